import { describe, expect, it } from 'vitest';
import { parseCandidate } from '../../../src/gates/candidate.js';
import { baselineFor, liveVersionOf } from '../../../src/gates/regression.js';
import { DhowError } from '../../../src/errors.js';

describe('candidate files', () => {
  it('reads a version record draft: metrics and where its artifact, data and training are', () => {
    const candidate = parseCandidate(
      `apiVersion: dhow.dev/v1\nkind: ModelVersion\nmodel: dialect-id\nversion: 1.5.0\nartifact: { uri: "s3://doha-models/m.onnx" }\ndata: { uri: "s3://doha-data/eval/" }\ntraining: { mode: kubernetes, cluster: gpu-doha-1 }\nregion: me-central-1\nmetrics: { accuracy: 0.91, macro-f1: 0.88 }\n`,
      'v.yaml',
    );
    expect(candidate).toMatchObject({ model: 'dialect-id', version: '1.5.0' });
    expect(Object.fromEntries(candidate.metrics)).toEqual({ accuracy: 0.91, 'macro-f1': 0.88 });
    expect(candidate.residency).toEqual({
      'artifact-uri': 's3://doha-models/m.onnx',
      'data-uri': 's3://doha-data/eval/',
      'training-region': undefined,
      'training-cluster': 'gpu-doha-1',
      'data-region': 'me-central-1',
    });
  });

  it('flattens a metrics JSON (such as dhow metrics fairness --json) with dotted keys, keeping numbers only', () => {
    const candidate = parseCandidate(
      JSON.stringify({
        overall: { accuracy: 0.75, count: 8 },
        by_group: { gulf: { tpr: 0.5 } },
        demographic_parity_difference: 0.25,
        bleu_signature: 'nrefs:1',
      }),
      'fairness.json',
    );
    expect(Object.fromEntries(candidate.metrics)).toEqual({
      'overall.accuracy': 0.75,
      'overall.count': 8,
      'by_group.gulf.tpr': 0.5,
      demographic_parity_difference: 0.25,
    });
  });

  it('refuses a metric that is not a number in a draft, and another kind of file, naming the field', () => {
    const error = (() => {
      try {
        parseCandidate('kind: ModelVersion\nmetrics: { accuracy: high }\n', 'v.yaml');
      } catch (e) {
        return e as DhowError;
      }
    })();
    expect(error?.message).toMatch(/^v\.yaml, field "metrics\.accuracy": /);
    expect(() => parseCandidate('kind: Release\n', 'r.yaml')).toThrow('r.yaml, field "kind": a candidate of kind "Release" cannot be gated');
    expect(() => parseCandidate('[1, 2]', 'a.json')).toThrow('the candidate must be a version record or an object of metrics');
    expect(() => parseCandidate('{"a": 1,', 'b.json')).toThrow(/^b\.json:1: not valid JSON or YAML: Flow map must end with a \}$/);
  });
});

describe('baselines from the live version', () => {
  const live = liveVersionOf({
    version: '1.4.0',
    metrics: { accuracy: 0.86, p99: 999 },
    gates: {
      verdict: 'pass',
      'policy-digest': `sha256:${'0'.repeat(64)}`,
      summary: [{ gate: 'latency-p99', metric: 'p99', verdict: 'pass', value: 120, threshold: 300, baseline: null }],
    },
  });
  const gate = (over: object) => ({ name: 'accuracy', metric: 'accuracy', source: { kind: 'candidate' as const }, ...over });

  it('is the live record metric of the same name for a candidate metric', () => {
    expect(baselineFor(gate({}), live)).toEqual({ kind: 'value', version: '1.4.0', value: 0.86 });
  });

  it("prefers the live version's own gate result of the same gate name for computed metrics", () => {
    expect(baselineFor({ name: 'latency-p99', metric: 'p99', source: { kind: 'latency', file: 'x' } } as never, live)).toMatchObject({ value: 120 });
  });

  it('takes baseline-metric when given, and is missing when the live record lacks it', () => {
    expect(baselineFor(gate({ 'baseline-metric': 'p99' }), live)).toMatchObject({ value: 999 });
    expect(baselineFor(gate({ metric: 'f1' }), live)).toEqual({ kind: 'missing', version: '1.4.0' });
  });

  it('says when nothing is live', () => {
    expect(baselineFor(gate({}), null)).toEqual({ kind: 'no-live-version' });
  });
});
