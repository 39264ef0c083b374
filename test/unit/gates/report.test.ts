import { describe, expect, it } from 'vitest';
import {
  describeThreshold,
  GateReport,
  mermaidChart,
  overallVerdict,
  renderMarkdown,
  reportDigest,
  serializeReport,
  versionGates,
  type GateResult,
} from '../../../src/gates/report.js';
import { VersionRecord } from '../../../src/registry/schemas.js';

const row = (over: Partial<GateResult>): GateResult => ({
  name: 'wer',
  metric: 'wer',
  source: 'text',
  severity: 'block',
  verdict: 'pass',
  blocking: false,
  value: 0.2,
  threshold: 0.35,
  'min-absolute-change': null,
  'min-relative-change': null,
  'greater-is-better': false,
  baseline: 0.25,
  samples: 400,
  'min-samples': 100,
  reasons: [],
  details: {},
  ...over,
});

const report = (gates: GateResult[]): GateReport => ({
  apiVersion: 'dhow.dev/v1',
  kind: 'GateReport',
  ...overallVerdict(gates),
  'policy-digest': `sha256:${'ab'.repeat(32)}`,
  'policy-files': ['policies/gates.yaml'],
  candidate: { file: 'candidate.yaml', model: 'dialect-id', version: '1.5.0' },
  environment: 'production',
  'baseline-version': '1.4.0',
  'generated-at': '2026-11-22T08:00:00.000Z',
  gates,
});

describe('overall verdict', () => {
  it('fails when any gate fails, else inconclusive, else warn, else pass', () => {
    expect(
      overallVerdict([
        { verdict: 'pass', blocking: false },
        { verdict: 'fail', blocking: true },
      ]),
    ).toEqual({ verdict: 'fail', blocked: true });
    expect(
      overallVerdict([
        { verdict: 'warn', blocking: false },
        { verdict: 'inconclusive', blocking: true },
      ]),
    ).toEqual({ verdict: 'inconclusive', blocked: true });
    expect(
      overallVerdict([
        { verdict: 'warn', blocking: false },
        { verdict: 'inconclusive', blocking: false },
      ]),
    ).toEqual({ verdict: 'inconclusive', blocked: false });
    expect(
      overallVerdict([
        { verdict: 'warn', blocking: false },
        { verdict: 'pass', blocking: false },
      ]),
    ).toEqual({ verdict: 'warn', blocked: false });
    expect(overallVerdict([])).toEqual({ verdict: 'pass', blocked: false });
  });
});

describe('Markdown report', () => {
  const refused = report([
    row({}),
    row({
      name: 'latency-p99',
      metric: 'p99',
      source: 'latency',
      value: 412.5,
      threshold: 300,
      baseline: 250,
      verdict: 'fail',
      blocking: true,
      reasons: ['412.5 is not <= threshold 300'],
    }),
    row({
      name: 'dialect-parity',
      metric: 'demographic_parity_difference',
      source: 'fairness',
      value: 0.12,
      threshold: 0.1,
      baseline: null,
      severity: 'warn',
      verdict: 'warn',
      reasons: ['0.12 is not <= threshold 0.1'],
    }),
    row({
      name: 'accuracy',
      metric: 'accuracy',
      source: 'fairness',
      value: 0.9,
      threshold: 0.8,
      'min-relative-change': 0.05,
      'greater-is-better': true,
      baseline: 0.88,
      verdict: 'inconclusive',
      blocking: true,
      samples: 50,
      reasons: ['50 samples, fewer than min-samples 200'],
    }),
  ]);
  const markdown = renderMarkdown(refused);
  const lines = markdown.split('\n');

  it('opens with the verdict and what was compared with what', () => {
    expect(lines[0]).toBe('### dhow gates: ❌ refused: 2 blocking gates');
    expect(lines[2]).toContain('`dialect-id@1.5.0` against `dialect-id@1.4.0`, live in `production`');
    expect(lines[2]).toContain('`sha256:abababababab…`');
  });

  it('has one row per gate with value, threshold, baseline, verdict and why', () => {
    const header = lines.indexOf('| Gate | Metric | Value | Threshold | Baseline | Verdict | Why |');
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toBe('| --- | --- | ---: | --- | ---: | --- | --- |');
    const rows = lines.slice(header + 2, header + 6);
    expect(rows).toEqual([
      '| wer | `wer` | 0.2 | ≤ 0.35 | 0.25 | ✅ pass | within the threshold |',
      '| latency-p99 | `p99` | 412.5 | ≤ 300 | 250 | ❌ fail | 412.5 is not <= threshold 300 |',
      '| dialect-parity (warn only) | `demographic_parity_difference` | 0.12 | ≤ 0.1 | – | ⚠️ warn | 0.12 is not <= threshold 0.1 |',
      '| accuracy | `accuracy` | 0.9 | ≥ 0.8; +5% vs live | 0.88 | ❔ inconclusive (blocks) | 50 samples, fewer than min-samples 200 |',
    ]);
    // every row has the 7 columns of the header
    for (const r of rows) expect(r.split(' | ')).toHaveLength(7);
  });

  it('escapes pipes and newlines in cells so the table holds', () => {
    const md = renderMarkdown(report([row({ verdict: 'fail', blocking: true, reasons: ['a | b\nc'] })]));
    expect(md).toContain('| a \\| b c |');
  });

  it('charts candidate against production as a Mermaid xychart, production at 100', () => {
    const chart = mermaidChart(refused)!;
    expect(markdown).toContain(chart);
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'xychart-beta',
      '    title "Candidate as % of production 1.4.0"',
      // dialect-parity has no baseline: left out. wer 0.2/0.25 = 80%, p99 412.5/250 = 165%, accuracy 0.9/0.88 = 102.3%
      '    x-axis ["wer", "latency-p99", "accuracy"]',
      '    y-axis "% of production" 0 --> 182',
      '    bar [80, 165, 102.3]',
      '    line [100, 100, 100]',
      '```',
    ]);
  });

  it('names the environment the baseline is live in when it is not production', () => {
    const chart = mermaidChart({ ...refused, environment: 'staging' })!;
    expect(chart).toContain('    title "Candidate as % of staging 1.4.0"');
    expect(chart).toContain('    y-axis "% of staging" 0 --> 182');
    expect(chart).not.toContain('production');
  });

  it('leaves the chart out when nothing has a baseline', () => {
    const first = report([row({ baseline: null })]);
    expect(mermaidChart(first)).toBeUndefined();
    expect(renderMarkdown(first)).not.toContain('mermaid');
  });

  it('says passed when nothing blocks', () => {
    expect(renderMarkdown(report([row({})])).split('\n')[0]).toBe('### dhow gates: ✅ passed');
    expect(renderMarkdown(report([row({ verdict: 'warn', severity: 'warn' })])).split('\n')[0]).toBe('### dhow gates: ⚠️ passed with warnings');
  });

  it('describes every check in the threshold column', () => {
    expect(describeThreshold({ threshold: null, 'min-absolute-change': 0.02, 'min-relative-change': null, 'greater-is-better': false })).toBe('−0.02 vs live');
    expect(describeThreshold({ threshold: null, 'min-absolute-change': null, 'min-relative-change': null, 'greater-is-better': true })).toBe('–');
  });
});

describe('JSON report and the version record', () => {
  const r = report([row({}), row({ name: 'residency', metric: 'residency-violations', source: 'residency', value: 0, threshold: 0, baseline: null })]);

  it('serializes with a stable schema and a digest of its bytes', () => {
    const text = serializeReport(r);
    expect(GateReport.parse(JSON.parse(text))).toEqual(r);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'apiVersion',
      'kind',
      'verdict',
      'blocked',
      'policy-digest',
      'policy-files',
      'candidate',
      'environment',
      'baseline-version',
      'generated-at',
      'gates',
    ]);
    expect(reportDigest(text)).toMatch(/^sha256:[0-9a-f]{64}$/);
    // FIPS 180-2, appendix B.1: SHA-256("abc").
    expect(reportDigest('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(reportDigest(text)).not.toBe(reportDigest(text.replace('0.2', '0.3')));
  });

  it('refuses a report that breaks the schema', () => {
    expect(() => serializeReport({ ...r, verdict: 'maybe' as never })).toThrow();
  });

  it('gives the gates field of a version record, which the registry schema accepts', () => {
    const gates = versionGates(r, `sha256:${'cd'.repeat(32)}`);
    expect(gates).toEqual({
      verdict: 'pass',
      'policy-digest': `sha256:${'ab'.repeat(32)}`,
      'report-digest': `sha256:${'cd'.repeat(32)}`,
      summary: [
        { gate: 'wer', metric: 'wer', verdict: 'pass', value: 0.2, threshold: 0.35, baseline: 0.25 },
        { gate: 'residency', metric: 'residency-violations', verdict: 'pass', value: 0, threshold: 0, baseline: null },
      ],
    });
    const record = VersionRecord.parse({
      apiVersion: 'dhow.dev/v1',
      kind: 'ModelVersion',
      model: 'dialect-id',
      version: '1.5.0',
      artifact: { uri: 's3://doha-models/dialect-id/1.5.0/model.onnx', digest: `sha256:${'ef'.repeat(32)}` },
      gates,
      'created-by': 'ci',
      'created-at': '2026-11-22T08:00:00Z',
    });
    expect(record.gates?.summary).toHaveLength(2);
  });
});
