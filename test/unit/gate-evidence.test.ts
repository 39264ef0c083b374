import { describe, expect, it } from 'vitest';
import { decideGateEvidence, type EvidenceDecision } from '../../src/registry/gate-evidence.js';
import { parseRegistryFile, serializeRegistryFile } from '../../src/registry/files.js';
import { gateEvidencePath } from '../../src/registry/paths.js';
import { API_VERSION, type GateAttempt, type GateEvidenceFile } from '../../src/registry/schemas.js';

const POLICY = `sha256:${'1'.repeat(64)}`;
const OTHER_POLICY = `sha256:${'2'.repeat(64)}`;
const REPORT = `sha256:${'3'.repeat(64)}`;
const OTHER_REPORT = `sha256:${'4'.repeat(64)}`;
const RUN = 'https://github.com/acme/model/actions/runs/100';
const OTHER_RUN = 'https://github.com/acme/model/actions/runs/200';
const TARGET = { model: 'm', version: '1.0.0', environment: 'staging' };

function attempt(extra: Partial<GateAttempt> = {}): GateAttempt {
  return {
    verdict: 'pass',
    'policy-digest': POLICY,
    'report-digest': REPORT,
    summary: [{ gate: 'latency', metric: 'p99', verdict: 'pass', value: 120, threshold: 500 }],
    'run-url': RUN,
    'run-attempt': 1,
    'recorded-by': 'ds',
    'recorded-at': '2026-11-10T10:00:00Z',
    ...extra,
  };
}

function file(...attempts: GateAttempt[]): GateEvidenceFile {
  return { apiVersion: API_VERSION, kind: 'GateEvidence', ...TARGET, attempts };
}

const failing = (extra: Partial<GateAttempt> = {}) =>
  attempt({
    verdict: 'fail',
    'report-digest': OTHER_REPORT,
    summary: [{ gate: 'latency', metric: 'p99', verdict: 'fail', value: 798, threshold: 500 }],
    ...extra,
  });

interface Case {
  name: string;
  existing: GateEvidenceFile | null;
  next: GateAttempt;
  /** The decision's kind and, when recorded, how many attempts the file then holds. */
  expected: { kind: EvidenceDecision['kind']; attempts?: number };
}

const CASES: Case[] = [
  { name: 'the first results of an environment are recorded', existing: null, next: attempt(), expected: { kind: 'record', attempts: 1 } },
  {
    name: 'the same results again, from another attempt of the run, change nothing',
    existing: file(attempt()),
    next: attempt({ 'run-attempt': 2, 'recorded-at': '2026-11-10T11:00:00Z' }),
    expected: { kind: 'unchanged' },
  },
  {
    name: 'the same results from another run change nothing either',
    existing: file(attempt()),
    next: attempt({ 'run-url': OTHER_RUN }),
    expected: { kind: 'unchanged' },
  },
  {
    name: 'a re-run of a failed gate records its pass beside the failure',
    existing: file(failing()),
    next: attempt({ 'run-attempt': 2 }),
    expected: { kind: 'record', attempts: 2 },
  },
  {
    name: 'a re-run that re-measured a passed gate records nothing (Re-run all jobs is a no-op)',
    existing: file(attempt()),
    next: attempt({
      'run-attempt': 2,
      'report-digest': OTHER_REPORT,
      summary: [{ gate: 'latency', metric: 'p99', verdict: 'pass', value: 130, threshold: 500 }],
    }),
    expected: { kind: 'unchanged' },
  },
  {
    name: 'a late job of an older attempt is refused',
    existing: file(failing({ 'run-attempt': 1 }), attempt({ 'run-attempt': 3 })),
    next: failing({ 'run-attempt': 2 }),
    expected: { kind: 'refused' },
  },
  {
    name: 'another run with other results under the same policy is refused',
    existing: file(attempt()),
    next: failing({ 'run-url': OTHER_RUN }),
    expected: { kind: 'refused' },
  },
  {
    name: 'another run after a failure, under the same policy, is refused too (no shopping for a run)',
    existing: file(failing()),
    next: attempt({ 'run-url': OTHER_RUN }),
    expected: { kind: 'refused' },
  },
  {
    name: 'another run under a new gate policy is appended',
    existing: file(attempt()),
    next: attempt({ 'run-url': OTHER_RUN, 'policy-digest': OTHER_POLICY, 'report-digest': OTHER_REPORT }),
    expected: { kind: 'record', attempts: 2 },
  },
  {
    name: 'the CLI without a run URL may record a pass after its own failure',
    existing: file(failing({ 'run-url': undefined, 'run-attempt': undefined })),
    next: attempt({ 'run-url': undefined, 'run-attempt': undefined }),
    expected: { kind: 'record', attempts: 2 },
  },
];

describe('gate evidence per version and environment', () => {
  it.each(CASES)('$name', (c) => {
    const decision = decideGateEvidence(c.existing, TARGET, c.next);
    expect(decision.kind).toBe(c.expected.kind);
    if (decision.kind === 'record') {
      expect(decision.file.attempts).toHaveLength(c.expected.attempts!);
      // Append-only: every attempt already there is kept, unchanged and in order; the new one comes last.
      expect(decision.file.attempts.slice(0, -1)).toEqual(c.existing?.attempts ?? []);
      expect(decision.file.attempts.at(-1)).toEqual(c.next);
    }
    if (decision.kind === 'refused') expect(decision.reasons.join(' ')).toMatch(/m 1\.0\.0 in staging/);
  });

  it('writes a file that reads back as the same evidence', () => {
    const decision = decideGateEvidence(file(failing()), TARGET, attempt({ 'run-attempt': 2 }));
    if (decision.kind !== 'record') throw new Error(decision.kind);
    const path = gateEvidencePath('staging', 'm', '1.0.0');
    expect(path).toBe('gates/staging/m/1.0.0.yaml');
    expect(parseRegistryFile('GateEvidence', path, serializeRegistryFile(decision.file))).toEqual(decision.file);
  });

  it('refuses a file without attempts, naming the field', () => {
    const text = `apiVersion: ${API_VERSION}\nkind: GateEvidence\nmodel: m\nversion: 1.0.0\nenvironment: staging\nattempts: []\n`;
    expect(() => parseRegistryFile('GateEvidence', 'gates/staging/m/1.0.0.yaml', text)).toThrow(/attempts/);
  });
});
