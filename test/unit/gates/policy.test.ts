import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DhowError } from '../../../src/errors.js';
import { closest, overlayPolicies, parsePolicy, policyDigest } from '../../../src/gates/policy.js';

const header = 'apiVersion: dhow.dev/v1\nkind: GatePolicy\n';

function parseError(text: string): DhowError {
  try {
    parsePolicy(text, 'policies/team.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(DhowError);
    return error as DhowError;
  }
  throw new Error('expected the policy to be refused');
}

describe('gate policy files', () => {
  it('reads the default policy shipped in policies/gates.yaml', async () => {
    const policy = parsePolicy(await readFile('policies/gates.yaml', 'utf8'), 'policies/gates.yaml');
    expect(policy.gates.map((g) => g.name)).toContain('residency');
    expect(policy.inconclusive).toBe('block');
  });

  it('names the file, the key, its line and the closest key for a typo', () => {
    const error = parseError(
      `${header}gates:\n  - name: wer\n    metric: wer\n    source: { kind: text, input: t.jsonl }\n    treshold: 0.3\n    greater-is-better: false\n`,
    );
    expect(error.message).toBe('policies/team.yaml:7, field "gates[0].treshold": unknown key "treshold" (did you mean "threshold"?)');
    expect(error.line).toBe(7);
  });

  it('finds typos inside a gate source too', () => {
    const error = parseError(
      `${header}gates:\n  - name: p99\n    metric: p99\n    greater-is-better: false\n    threshold: 100\n    source:\n      kind: latency\n      endpoint:\n        url: http://127.0.0.1:1/\n        warmup-secs: 2\n`,
    );
    expect(error.field).toBe('gates[0].source.endpoint.warmup-secs');
    expect(error.message).toContain('did you mean "warmup-seconds"?');
    expect(error.line).toBe(12);
  });

  it('refuses an unknown metric for a computed source and suggests the closest', () => {
    const error = parseError(
      `${header}gates:\n  - name: parity\n    metric: demographic_parity_diff\n    source: { kind: fairness, input: p.csv, label: y, prediction: p, group: g }\n    threshold: 0.1\n    greater-is-better: false\n`,
    );
    expect(error.field).toBe('gates[0].metric');
    expect(error.line).toBe(5);
    expect(error.message).toContain('unknown metric "demographic_parity_diff"');
    expect(error.message).toContain('did you mean "demographic_parity_difference"?');
  });

  it('refuses an unknown source kind, suggesting the closest', () => {
    expect(parseError(`${header}gates:\n  - name: x\n    metric: x\n    source: { kind: vibes }\n    threshold: 1\n    greater-is-better: true\n`).field).toBe(
      'gates[0].source.kind',
    );
    const error = parseError(
      `${header}gates:\n  - name: x\n    metric: wer\n    source: { kind: txt, input: a.jsonl }\n    threshold: 1\n    greater-is-better: false\n`,
    );
    expect(error.message).toBe(
      'policies/team.yaml:6, field "gates[0].source.kind": unknown source kind "txt" (did you mean "text"?); known: candidate, fairness, text, arabic-data, latency, memory, residency, round-trip',
    );
  });

  it('requires greater-is-better and at least one threshold, like MLflow', () => {
    expect(parseError(`${header}gates:\n  - name: a\n    metric: a\n    source: { kind: candidate }\n    threshold: 1\n`).message).toContain(
      '"greater-is-better" is required',
    );
    expect(parseError(`${header}gates:\n  - name: a\n    metric: a\n    source: { kind: candidate }\n    greater-is-better: true\n`).message).toContain(
      'at least one of "threshold"',
    );
  });

  it('refuses a non-positive min-absolute-change and a min-relative-change above 1 (MLflow ranges)', () => {
    const gate = (extra: string) => `${header}gates:\n  - name: a\n    metric: a\n    source: { kind: candidate }\n    greater-is-better: true\n    ${extra}\n`;
    expect(parseError(gate('min-absolute-change: 0')).field).toBe('gates[0].min-absolute-change');
    expect(parseError(gate('min-relative-change: 1.5')).field).toBe('gates[0].min-relative-change');
  });

  it('refuses two gates with one name', () => {
    const gate = '  - name: a\n    metric: a\n    source: { kind: candidate }\n    threshold: 1\n    greater-is-better: true\n';
    expect(parseError(`${header}gates:\n${gate}${gate}`).message).toContain('gate "a" is listed twice');
  });

  it('refuses the wrong kind and YAML that does not parse, with the line', () => {
    expect(parseError('apiVersion: dhow.dev/v1\nkind: Policy\n').field).toBe('kind');
    expect(parseError(`${header}gates: [\n`).message).toContain('not valid YAML');
  });

  it('suggests only keys that look like the typo', () => {
    expect(closest('severty', ['severity', 'source'])).toBe('severity');
    expect(closest('banana', ['severity', 'source'])).toBeUndefined();
  });
});

describe('policy overrides and digest', () => {
  const base = parsePolicy(
    `${header}gates:\n  - name: wer\n    metric: wer\n    source: { kind: text, input: t.jsonl }\n    threshold: 0.3\n    greater-is-better: false\n  - name: residency\n    metric: residency-violations\n    source: { kind: residency }\n`,
    'base.yaml',
  );

  it('replaces gates by name, adds new ones, and switches gates off', () => {
    const production = parsePolicy(
      `${header}inconclusive: warn\ngates:\n  - name: wer\n    metric: wer\n    source: { kind: text, input: t.jsonl }\n    threshold: 0.2\n    greater-is-better: false\n  - name: residency\n    metric: residency-violations\n    source: { kind: residency }\n    enabled: false\n  - name: acc\n    metric: accuracy\n    source: { kind: candidate }\n    threshold: 0.9\n    greater-is-better: true\n`,
      'production.yaml',
    );
    const policy = overlayPolicies([
      { file: 'base.yaml', policy: base },
      { file: 'production.yaml', policy: production },
    ]);
    expect(policy.gates.map((g) => [g.name, g.threshold])).toEqual([
      ['wer', 0.2],
      ['acc', 0.9],
    ]);
    expect(policy.inconclusive).toBe('warn');
    expect(policy.sources).toEqual(['base.yaml', 'production.yaml']);
    // Messages name the file a gate in force came from: both were (re)defined by production.yaml.
    expect(policy.origins).toEqual({ wer: 'production.yaml', acc: 'production.yaml' });
    expect(overlayPolicies([{ file: 'base.yaml', policy: base }]).origins).toEqual({ wer: 'base.yaml', residency: 'base.yaml' });
  });

  it('gives residency and round-trip gates "no violations" as their default threshold', () => {
    const residency = overlayPolicies([{ file: 'base.yaml', policy: base }]).gates[1]!;
    expect(residency.threshold).toBe(0);
    expect(residency['greater-is-better']).toBe(false);
  });

  it('keeps its digest when only formatting and key order change, and changes it with meaning', () => {
    const reformatted = parsePolicy(
      `kind: GatePolicy\napiVersion: dhow.dev/v1\ngates:\n- {greater-is-better: false, threshold: 0.3, source: {input: t.jsonl, kind: text}, metric: wer, name: wer}\n- {name: residency, metric: residency-violations, source: {kind: residency}}\n`,
      'other.yaml',
    );
    const digest = policyDigest(overlayPolicies([{ file: 'base.yaml', policy: base }]));
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(policyDigest(overlayPolicies([{ file: 'other.yaml', policy: reformatted }]))).toBe(digest);
    const stricter = structuredClone(base);
    stricter.gates[0]!.threshold = 0.29;
    expect(policyDigest(overlayPolicies([{ file: 'base.yaml', policy: stricter }]))).not.toBe(digest);
  });
});
