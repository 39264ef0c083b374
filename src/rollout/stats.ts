/**
 * The statistics an A/B rollout decides with: the two-proportion z-test (rates such as error or click
 * rates) and Welch's unequal-variance t-test (means such as latency or a quality score), both two-sided,
 * with the Student-t CDF through the regularized incomplete beta function. Results match scipy
 * (scipy.special.betainc, scipy.stats.t.cdf, scipy.stats.ttest_ind_from_stats(equal_var=False)).
 */
import { normalCdf } from '../drift/special.js';
import { betainc } from '../math/special.js';

export { normalCdf };

/** The regularized incomplete beta function I_x(a, b) (scipy.special.betainc), the one src/math/special.ts holds. */
export const regularizedIncompleteBeta = betainc;

/** The CDF of Student's t distribution with `df` (real, > 0) degrees of freedom (scipy.stats.t.cdf). */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  // P(T <= -|t|) = I_{df/(df+t^2)}(df/2, 1/2) / 2
  const tail = 0.5 * regularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t));
  return t < 0 ? tail : 1 - tail;
}

/** Two-sided p-value of a z statistic: 2 * P(Z >= |z|), from the lower tail so small values keep their digits. */
function twoSidedNormal(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

export interface TestResult {
  statistic: number;
  pValue: number;
}

/**
 * Two-proportion z-test with the pooled proportion under H0 (p1 = p2), two-sided: the test
 * statsmodels.stats.proportion.proportions_ztest runs by default. Arm 1 is the canary, arm 2 the stable,
 * so a positive statistic means the canary's rate is higher. NaN when either arm has no trials or the pooled
 * rate is 0 or 1 (no variance: nothing to test).
 */
export function twoProportionZTest(successes1: number, trials1: number, successes2: number, trials2: number): TestResult {
  if (!(trials1 > 0 && trials2 > 0)) return { statistic: NaN, pValue: NaN };
  const p1 = successes1 / trials1;
  const p2 = successes2 / trials2;
  const pooled = (successes1 + successes2) / (trials1 + trials2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / trials1 + 1 / trials2));
  if (!(se > 0)) return { statistic: NaN, pValue: NaN };
  const z = (p1 - p2) / se;
  return { statistic: z, pValue: twoSidedNormal(z) };
}

export interface WelchResult extends TestResult {
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
}

/** The summary of one arm: mean, sample standard deviation (ddof = 1) and count. */
export interface ArmSummary {
  mean: number;
  stddev: number;
  count: number;
}

/** Welch's t-test from summaries, two-sided (scipy.stats.ttest_ind_from_stats(..., equal_var=False)). */
export function welchTTest(canary: ArmSummary, stable: ArmSummary): WelchResult {
  if (!(canary.count >= 2 && stable.count >= 2)) return { statistic: NaN, pValue: NaN, df: NaN };
  const v1 = (canary.stddev * canary.stddev) / canary.count;
  const v2 = (stable.stddev * stable.stddev) / stable.count;
  const se2 = v1 + v2;
  if (!(se2 > 0)) return { statistic: NaN, pValue: NaN, df: NaN };
  const t = (canary.mean - stable.mean) / Math.sqrt(se2);
  const df = (se2 * se2) / ((v1 * v1) / (canary.count - 1) + (v2 * v2) / (stable.count - 1));
  return { statistic: t, df, pValue: Math.min(1, 2 * studentTCdf(-Math.abs(t), df)) };
}
