import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCandidate } from '../../../src/gates/candidate.js';
import { runGates } from '../../../src/gates/evaluate.js';
import { overlayPolicies, parsePolicy } from '../../../src/gates/policy.js';
import { liveVersionOf } from '../../../src/gates/regression.js';
import { renderMarkdown, versionGates } from '../../../src/gates/report.js';
import { textMetricsBySlice } from '../../../src/metrics/text/slices.js';
import { dhow } from '../../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dhow-text-slices-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// WER by hand (jiwer's default transform: words split on spaces):
//   gulf      "a b c d" vs "a b c d": 0 edits of 4; "e f" vs "e x": 1 substitution of 2   -> 1/6
//   egyptian  "g h i j" vs "g": 3 deletions of 4                                          -> 3/4
//   overall   4 edits of 10 reference words                                               -> 0.4
const rows = [
  { dialect: 'gulf', reference: 'a b c d', hypothesis: 'a b c d' },
  { dialect: 'egyptian', reference: 'g h i j', hypothesis: 'g' },
  { dialect: 'gulf', reference: 'e f', hypothesis: 'e x' },
];
const input = join(dir, 'eval.jsonl');
writeFileSync(input, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);

describe('text metrics per slice', () => {
  it('computes WER per slice and overall, with normalization and slice in the signatures', async () => {
    const r = await textMetricsBySlice(input, { sliceBy: 'dialect', normalize: 'arabic', metrics: ['wer', 'bleu'] });
    expect(Object.keys(r.slices)).toEqual(['gulf', 'egyptian']);
    expect(r.slices.gulf!.wer).toBeCloseTo(1 / 6, 12);
    expect(r.slices.egyptian!.wer).toBe(0.75);
    expect(r.overall.wer).toBe(0.4);
    expect(r.slices.gulf!.segments).toBe(2);
    expect(r.overall.signatures).toEqual({
      wer: 'jiwer:4.0.0|ref:default|hyp:default|dhow-norm:arabic|slice:dialect',
      bleu: 'nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0|dhow-norm:arabic|slice:dialect',
    });
  });

  it('refuses a line without the slice key, naming file, line and key', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify(rows[0])}\n${JSON.stringify({ reference: 'x', hypothesis: 'x' })}\n`);
    await expect(textMetricsBySlice(bad, { sliceBy: 'dialect', name: 'bad.jsonl' })).rejects.toThrow(
      /bad\.jsonl:2, field "dialect": must be a non-empty string/,
    );
  });

  it('prints slices from the CLI', async () => {
    const { code, stdout, stderr } = await dhow(['metrics', 'text', '--input', input, '--metrics', 'wer', '--slice-by', 'dialect', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.slice_by).toBe('dialect');
    expect(out.slices.egyptian).toEqual({ segments: 1, wer: 0.75, signatures: { wer: 'jiwer:4.0.0|ref:default|hyp:default|dhow-norm:none|slice:dialect' } });
  });
});

describe('the text gate per slice', () => {
  const policy = overlayPolicies([
    {
      file: 'p.yaml',
      policy: parsePolicy(
        `apiVersion: dhow.dev/v1
kind: GatePolicy
gates:
  - name: wer
    metric: wer
    source: { kind: text, input: eval.jsonl, slice-by: dialect }
    threshold: 0.5
    min-absolute-change: 0.01
    greater-is-better: false
`,
        'p.yaml',
      ),
    },
  ]);
  const candidate = parseCandidate('{}', 'c.json');

  it('gates each slice on its value and against the same slice of the live version', async () => {
    // Live: the whole corpus 0.45, gulf 0.1 (the candidate's 1/6 regresses), egyptian 0.8 (0.75 improves it by 0.05).
    const live = { version: 'v1', metrics: {}, gateValues: { wer: 0.45, 'wer[gulf]': 0.1, 'wer[egyptian]': 0.8 } };
    const report = await runGates({ policy, candidate, environment: 'production', live, cwd: dir, env: {} });
    const gate = report.gates[0]!;
    expect(gate.value).toBe(0.4);
    expect(gate.baseline).toBe(0.45);
    expect(gate.verdict).toBe('fail');
    const slices = gate.details.slices as Array<{ slice: string; verdict: string; value: number; baseline: number; reasons: string[] }>;
    expect(slices.map((s) => [s.slice, s.verdict, s.baseline])).toEqual([
      ['gulf', 'fail', 0.1],
      ['egyptian', 'fail', 0.8],
    ]);
    // gulf: within the threshold but worse than live's gulf; egyptian: better than live but over the threshold.
    expect(slices[0]!.reasons).toEqual(['0.166667 is not <= 0.09 (live v1: 0.1 - 0.01)']);
    expect(slices[1]!.reasons).toEqual(['0.75 is not <= threshold 0.5']);
    expect(gate.reasons).toEqual(['slice gulf: 0.166667 is not <= 0.09 (live v1: 0.1 - 0.01)', 'slice egyptian: 0.75 is not <= threshold 0.5']);

    const markdown = renderMarkdown(report);
    expect(markdown).toContain('#### wer: `wer` by `dialect`');
    expect(markdown).toContain('| Slice | Value | Baseline | Segments | Verdict | Why |');
    expect(markdown).toContain('| egyptian | 0.75 | 0.8 | 1 | fail | 0.75 is not <= threshold 0.5 |');
  });

  it("records each slice in the version's gates, which the next run reads back as its baseline", async () => {
    const first = await runGates({ policy, candidate, environment: 'production', live: null, cwd: dir, env: {} });
    const gates = versionGates(first);
    expect(gates.summary.map((r) => r.gate)).toEqual(['wer', 'wer[gulf]', 'wer[egyptian]']);
    const live = liveVersionOf({ version: 'v2', metrics: {}, gates });
    const second = await runGates({ policy, candidate, environment: 'production', live, cwd: dir, env: {} });
    const slices = second.gates[0]!.details.slices as Array<{ slice: string; baseline: number; reasons: string[] }>;
    expect(slices.map((s) => [s.slice, s.baseline])).toEqual([
      ['gulf', 1 / 6],
      ['egyptian', 0.75],
    ]);
    // The same candidate again does not improve on itself by 0.01: the change check now applies per slice.
    expect(slices[0]!.reasons).toEqual(['0.166667 is not <= 0.156667 (live v2: 0.166667 - 0.01)']);
  });
});
