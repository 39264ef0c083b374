/**
 * One measurement of one analysis check, judged: pass, fail or inconclusive. A measurement with fewer
 * samples than the check's `min-samples`, or with no number at all (an empty Prometheus vector, NaN), is
 * inconclusive and never a pass: a canary that got no traffic has proved nothing.
 */
import type { AnalysisCheck } from '../registry/rollout-schemas.js';

/** What the edge measured for one check: the canary's number, the stable's (relative checks) and the sample count. */
export interface Measurement {
  check: string;
  /** null: the query returned no series or no finite number. */
  canary: number | null;
  stable?: number | null;
  samples?: number | null;
}

export type Verdict = 'pass' | 'fail' | 'inconclusive';

export interface CheckOutcome {
  check: string;
  verdict: Verdict;
  /** One sentence with the numbers, for the commit message and `dhow rollout status`. */
  reason: string;
  canary: number | null;
  stable: number | null;
  samples: number | null;
  /** The bound the canary was held to (the threshold, or the stable value with its tolerance). */
  limit: number | null;
  /** The rule the canary is held to, in words: `at most 0.05`, `at most stable + 20%`. */
  comparison: string;
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
const show = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(4));

export function evaluateCheck(check: AnalysisCheck, measurement: Measurement): CheckOutcome {
  const canary = finite(measurement.canary) ? measurement.canary : null;
  const stable = finite(measurement.stable) ? measurement.stable : null;
  const samples = finite(measurement.samples) ? measurement.samples : null;
  const bound = check.direction === 'lower-is-better' ? 'at most' : 'at least';
  const rule =
    check.threshold !== undefined
      ? `${bound} ${check.threshold}`
      : `${bound} stable ${check.direction === 'lower-is-better' ? '+' : '-'} ${Number((check.tolerance! * 100).toPrecision(6))}%`;
  const base = { check: check.name, canary, stable, samples, comparison: rule };
  const inconclusive = (reason: string): CheckOutcome => ({ ...base, verdict: 'inconclusive', reason: `${check.name}: ${reason}`, limit: null });

  if (check.samples !== undefined) {
    if (samples === null) return inconclusive('the samples query returned no number');
    if (samples < check['min-samples']) return inconclusive(`${show(samples)} samples, fewer than the ${check['min-samples']} needed`);
  }
  if (canary === null) return inconclusive('the canary query returned no number');

  let limit: number;
  if (check.threshold !== undefined) {
    limit = check.threshold;
  } else {
    if (stable === null) return inconclusive('the stable query returned no number to compare with');
    // The tolerance widens the bound in the direction that is worse, by a share of the stable value.
    const slack = Math.abs(stable) * check.tolerance!;
    limit = check.direction === 'lower-is-better' ? stable + slack : stable - slack;
  }
  const ok = check.direction === 'lower-is-better' ? canary <= limit : canary >= limit;
  const against = check.threshold !== undefined ? '' : ` (stable ${show(stable!)}, tolerance ${check.tolerance! * 100}%)`;
  return {
    ...base,
    verdict: ok ? 'pass' : 'fail',
    reason: `${check.name}: canary ${show(canary)}, ${ok ? 'within' : 'beyond'} the limit of ${bound} ${show(limit)}${against}`,
    limit,
  };
}
