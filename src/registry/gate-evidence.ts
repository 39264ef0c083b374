/**
 * Gate evidence per (version, environment): the pure rule that decides whether a run of the gates adds an
 * attempt to gates/<environment>/<model>/<version>.yaml, changes nothing, or is refused. Writing it is
 * store.ts's job (in the same commit as the version record, when there is one).
 *
 * The file is append-only history, as an auditor reads it: what ran, under which policy, from which run,
 * with which result, in order. The rule, against the last recorded attempt:
 * 1. the same results (verdict, policy digest, report digest, summary): nothing to record;
 * 2. the same run (same run URL, or both without one: the CLI on one machine) re-run:
 *    - the last attempt passed: nothing to record. The decision was made and the promotion may rest on it;
 *      "Re-run all jobs" re-measures the gates, but a re-measurement of a decided gate is no new evidence;
 *    - it did not pass: the new results are appended (a re-run of a failed gate can record its pass);
 *    - an attempt older than the one recorded (a late job of an earlier attempt) is refused;
 * 3. a different policy digest: appended (the policy engine asks for a run under the current policy);
 * 4. anything else, another run with other results under the same policy, is refused: evidence is
 *    written once per version, environment and policy, so nobody can shop for a better run.
 */
import { API_VERSION, type GateAttempt, type GateEvidenceFile, type GateResults } from './schemas.js';

export interface EvidenceTarget {
  model: string;
  version: string;
  environment: string;
}

export type EvidenceDecision =
  { kind: 'unchanged'; message: string } | { kind: 'record'; file: GateEvidenceFile; message: string } | { kind: 'refused'; reasons: string[] };

const passed = (results: Pick<GateResults, 'verdict'>) => results.verdict === 'pass' || results.verdict === 'warn';

/** The results of a run without its provenance, in a form two runs can be compared by. */
function resultsKey(a: GateResults): string {
  return JSON.stringify([
    a.verdict,
    a['policy-digest'],
    a['report-digest'] ?? null,
    a.summary.map((r) => [r.gate, r.metric ?? null, r.verdict, r.value ?? null, r.threshold ?? null, r.baseline ?? null]),
  ]);
}

export function sameGateResults(a: GateResults, b: GateResults): boolean {
  return resultsKey(a) === resultsKey(b);
}

function runOf(attempt: GateAttempt): string {
  return attempt['run-url'] ? `run ${attempt['run-url']}${attempt['run-attempt'] ? ` (attempt ${attempt['run-attempt']})` : ''}` : 'a run without a URL';
}

/** What recording `attempt` for `target` does to the evidence already there (null: none yet). */
export function decideGateEvidence(existing: GateEvidenceFile | null, target: EvidenceTarget, attempt: GateAttempt): EvidenceDecision {
  const what = `${target.model} ${target.version} in ${target.environment}`;
  if (!existing) {
    return {
      kind: 'record',
      file: { apiVersion: API_VERSION, kind: 'GateEvidence', ...target, attempts: [attempt] },
      message: `recorded the gate results of ${what} (${attempt.verdict})`,
    };
  }
  const last = existing.attempts[existing.attempts.length - 1]!;
  const append = (message: string): EvidenceDecision => ({ kind: 'record', file: { ...existing, attempts: [...existing.attempts, attempt] }, message });
  if (sameGateResults(last, attempt)) return { kind: 'unchanged', message: `the gate results of ${what} are already recorded: nothing to do` };

  const sameRun = (last['run-url'] ?? null) === (attempt['run-url'] ?? null);
  if (sameRun) {
    if (last['run-attempt'] !== undefined && attempt['run-attempt'] !== undefined && attempt['run-attempt'] < last['run-attempt']) {
      return {
        kind: 'refused',
        reasons: [`attempt ${attempt['run-attempt']} of the run is older than attempt ${last['run-attempt']}, whose gate results ${what} already records`],
      };
    }
    if (passed(last)) {
      return {
        kind: 'unchanged',
        message: `${what} already passed its gates in ${runOf(last)} ("${last.verdict}"): a re-run of that run records nothing new`,
      };
    }
    return append(`recorded a re-run of the gates of ${what}: "${last.verdict}" then "${attempt.verdict}"`);
  }
  if (last['policy-digest'] !== attempt['policy-digest']) {
    return append(`recorded the gate results of ${what} under a new gate policy (${attempt.verdict})`);
  }
  return {
    kind: 'refused',
    reasons: [
      `${what} already has gate results from ${runOf(last)} ("${last.verdict}") under the same gate policy: evidence is written once per version, environment and policy, and only a re-run of that run adds to it; register a new version`,
    ],
  };
}

/** The results the policy engine judges: the last attempt. */
export function currentGateResults(file: GateEvidenceFile): GateAttempt {
  return file.attempts[file.attempts.length - 1]!;
}

/** The gate results that count for a version in one environment, and where they come from. */
export interface EnvironmentGateResults {
  environment: string;
  /** What the policy engine judges: the last attempt of the environment's evidence file, else the record's `gates`. */
  results: GateResults;
  /** `evidence`: gates/<environment>/<model>/<version>.yaml; `record`: the version record (registries older than gates/). */
  source: 'evidence' | 'record';
  /** Every recorded attempt, oldest first (empty for `record`): the history an auditor reads. */
  attempts: GateAttempt[];
}

/**
 * The gate results of a version per environment, by the policy engine's rule (policy/engine.ts gateReasons:
 * the environment's evidence file, its last attempt, else the record's `gates`, which older registries
 * wrote once for every environment). Environments with neither are left out; the order is `environments`'.
 * Every reader (dhow versions, the evidence pack, model cards, the site) shows this, never a copy of the rule.
 */
export function gateResultsByEnvironment(
  environments: readonly string[],
  evidence: Readonly<Record<string, GateEvidenceFile>>,
  record: { gates?: GateResults } | null | undefined,
): EnvironmentGateResults[] {
  const out: EnvironmentGateResults[] = [];
  for (const environment of environments) {
    const file = evidence[environment];
    if (file) out.push({ environment, results: currentGateResults(file), source: 'evidence', attempts: file.attempts });
    else if (record?.gates) out.push({ environment, results: record.gates, source: 'record', attempts: [] });
  }
  return out;
}
