/**
 * The decision of an A/B rollout: after the fixed split has run its course, the primary metric of the two
 * arms goes through the test the policy names (two-proportion z-test for a rate, Welch's t-test for a
 * mean) at the policy's significance level. Too few observations make it inconclusive, never a win.
 */
import type { AbTest } from '../registry/rollout-schemas.js';
import { twoProportionZTest, welchTTest, type ArmSummary } from './stats.js';

export interface RateArm {
  successes: number | null;
  trials: number | null;
}

export type AbMeasurement = { kind: 'rate'; canary: RateArm; stable: RateArm } | { kind: 'mean'; canary: Partial<NullableArm>; stable: Partial<NullableArm> };
type NullableArm = { [K in keyof ArmSummary]: number | null };

export type AbOutcome = 'canary-better' | 'canary-worse' | 'no-difference' | 'inconclusive';

export interface AbDecision {
  outcome: AbOutcome;
  test: 'two-proportion-z' | 'welch-t';
  statistic: number | null;
  pValue: number | null;
  alpha: number;
  /** Welch-Satterthwaite degrees of freedom (Welch's t-test only). */
  df?: number;
  reason: string;
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

export function decideAb(ab: AbTest, measurement: AbMeasurement): AbDecision {
  const alpha = ab.alpha;
  const name = ab.metric.name;
  if (measurement.kind !== ab.metric.kind) {
    return {
      outcome: 'inconclusive',
      test: testOf(ab),
      statistic: null,
      pValue: null,
      alpha,
      reason: `${name}: measured as a ${measurement.kind}, not a ${ab.metric.kind}`,
    };
  }
  let statistic: number;
  let pValue: number;
  let df: number | undefined;
  let counts: [number, number];
  if (measurement.kind === 'rate') {
    const { canary, stable } = measurement;
    if (!finite(canary.successes) || !finite(canary.trials) || !finite(stable.successes) || !finite(stable.trials)) {
      return inconclusive(ab, 'a successes or trials query returned no number');
    }
    counts = [canary.trials, stable.trials];
    ({ statistic, pValue } = twoProportionZTest(canary.successes, canary.trials, stable.successes, stable.trials));
  } else {
    const { canary, stable } = measurement;
    const arms = [canary, stable].map((a) => ({ mean: a.mean, stddev: a.stddev, count: a.count }));
    if (!arms.every((a) => finite(a.mean) && finite(a.stddev) && finite(a.count))) return inconclusive(ab, 'a mean, stddev or count query returned no number');
    const [c, s] = arms as ArmSummary[];
    counts = [c!.count, s!.count];
    ({ statistic, pValue, df } = welchTTest(c!, s!));
  }
  const fewest = Math.min(...counts);
  if (fewest < ab['min-samples']) return inconclusive(ab, `${fewest} observations in an arm, fewer than the ${ab['min-samples']} needed`);
  if (!Number.isFinite(pValue)) return inconclusive(ab, 'the arms show no variance: there is nothing to test');
  const numbers = `${testOf(ab)} statistic ${statistic.toFixed(4)}, p = ${pValue.toPrecision(4)}, alpha ${alpha}`;
  const base = { test: testOf(ab), statistic, pValue, alpha, ...(df === undefined ? {} : { df }) };
  if (pValue >= alpha) return { ...base, outcome: 'no-difference', reason: `${name}: no significant difference (${numbers})` };
  // A positive statistic means the canary's value is higher.
  const better = ab.direction === 'higher-is-better' ? statistic > 0 : statistic < 0;
  return {
    ...base,
    outcome: better ? 'canary-better' : 'canary-worse',
    reason: `${name}: the canary is significantly ${better ? 'better' : 'worse'} (${numbers})`,
  };
}

function testOf(ab: AbTest): AbDecision['test'] {
  return ab.metric.kind === 'rate' ? 'two-proportion-z' : 'welch-t';
}

function inconclusive(ab: AbTest, why: string): AbDecision {
  return { outcome: 'inconclusive', test: testOf(ab), statistic: null, pValue: null, alpha: ab.alpha, reason: `${ab.metric.name}: inconclusive, ${why}` };
}
