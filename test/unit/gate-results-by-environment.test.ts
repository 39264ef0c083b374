/**
 * Which gate results the readers show per environment: the policy engine's rule (its gateReasons), the
 * environment's evidence file's last attempt, else the version record's gates (registries older than gates/).
 */
import { describe, expect, it } from 'vitest';
import { gateResultsByEnvironment } from '../../src/registry/gate-evidence.js';
import { API_VERSION, type GateAttempt, type GateEvidenceFile, type GateResults } from '../../src/registry/schemas.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const ENVS = ['dev', 'staging', 'production'];
const attempt = (verdict: GateAttempt['verdict'], n: number): GateAttempt => ({
  verdict,
  'policy-digest': DIGEST,
  summary: [],
  'run-url': 'https://github.example/acme/m/actions/runs/7',
  'run-attempt': n,
  'recorded-by': 'ds',
  'recorded-at': `2026-11-20T10:0${n}:00Z`,
});
const file = (environment: string, ...attempts: GateAttempt[]): GateEvidenceFile => ({
  apiVersion: API_VERSION,
  kind: 'GateEvidence',
  model: 'm',
  version: '1.0.0',
  environment,
  attempts,
});
const legacy: GateResults = { verdict: 'warn', 'policy-digest': DIGEST, summary: [] };

describe('gate results by environment', () => {
  const cases: {
    name: string;
    evidence: Record<string, GateEvidenceFile>;
    record: { gates?: GateResults } | null;
    expected: [string, string, string, number][];
  }[] = [
    { name: 'nothing recorded anywhere: no environment', evidence: {}, record: {}, expected: [] },
    { name: 'a missing record and no evidence: no environment', evidence: {}, record: null, expected: [] },
    {
      name: "an older registry: the record's gates in every environment",
      evidence: {},
      record: { gates: legacy },
      expected: [
        ['dev', 'warn', 'record', 0],
        ['staging', 'warn', 'record', 0],
        ['production', 'warn', 'record', 0],
      ],
    },
    {
      name: 'the last attempt counts, and every attempt is kept',
      evidence: { staging: file('staging', attempt('fail', 1), attempt('inconclusive', 2), attempt('pass', 3)), dev: file('dev', attempt('pass', 1)) },
      record: {},
      expected: [
        ['dev', 'pass', 'evidence', 1],
        ['staging', 'pass', 'evidence', 3],
      ],
    },
    {
      name: "an environment's own failure wins over a passing record; the others keep the record's",
      evidence: { staging: file('staging', attempt('pass', 1), attempt('fail', 2)) },
      record: { gates: { ...legacy, verdict: 'pass' } },
      expected: [
        ['dev', 'pass', 'record', 0],
        ['staging', 'fail', 'evidence', 2],
        ['production', 'pass', 'record', 0],
      ],
    },
    {
      name: 'evidence of an environment not asked about is left out',
      evidence: { qa: file('qa', attempt('pass', 1)) },
      record: {},
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(gateResultsByEnvironment(ENVS, c.evidence, c.record).map((g) => [g.environment, g.results.verdict, g.source, g.attempts.length])).toEqual(
        c.expected,
      );
    });
  }
});
