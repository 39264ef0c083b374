/**
 * The A/B statistics against scipy 1.17.1 (Debian python3-scipy). Every expected value was printed once by
 * the scipy call named beside it and pinned here; none comes from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta, studentTCdf, twoProportionZTest, welchTTest } from '../../src/rollout/stats.js';

describe('the regularized incomplete beta function', () => {
  // scipy.special.betainc(a, b, x)
  it.each([
    [0.5, 0.5, 0.3, 0.36901011956554536],
    [2, 3, 0.4, 0.5247999999999999],
    [10, 0.5, 0.9, 0.15164090963470994],
    [50, 60, 0.45, 0.4642352914306031],
    [1.5, 200, 0.001, 0.05990210981833621],
  ])('I_x(%s, %s) at x = %s is %s', (a, b, x, expected) => {
    expect(regularizedIncompleteBeta(a, b, x)).toBeCloseTo(expected, 12);
  });

  it('is 0 at 0, 1 at 1, and NaN outside its domain', () => {
    expect(regularizedIncompleteBeta(2, 3, 0)).toBe(0);
    expect(regularizedIncompleteBeta(2, 3, 1)).toBe(1);
    expect(regularizedIncompleteBeta(2, 3, 1.5)).toBeNaN();
    expect(regularizedIncompleteBeta(0, 3, 0.5)).toBeNaN();
  });
});

describe("Student's t CDF", () => {
  // scipy.stats.t.cdf(t, df)
  it.each([
    [0, 5, 0.5],
    [1, 1, 0.75],
    [-2.5, 3, 0.04385332350403278],
    [2, 10.5, 0.9639830999215159],
    [1.96, 1e4, 0.9749882398840835],
    [12, 4, 0.9998617857257485],
  ])('at t = %s with %s degrees of freedom is %s', (t, df, expected) => {
    expect(studentTCdf(t, df)).toBeCloseTo(expected, 12);
  });

  it('keeps its relative precision deep in the lower tail', () => {
    // scipy.stats.t.cdf(-4.2, 37.3) = 7.967870919695662e-05
    expect(studentTCdf(-4.2, 37.3) / 7.967870919695662e-5).toBeCloseTo(1, 10);
  });
});

describe("Welch's t-test", () => {
  // scipy.stats.ttest_ind_from_stats(m1, s1, n1, m2, s2, n2, equal_var=False) -> statistic, pvalue;
  // df by the Welch-Satterthwaite formula evaluated in Python: (v1+v2)**2/(v1**2/(n1-1)+v2**2/(n2-1)).
  it.each([
    [10.2, 2.1, 40, 9.5, 2.4, 55, 1.5097386228673186, 0.13462171954450047, 89.77740623462331],
    [0.71, 0.12, 500, 0.7, 0.15, 480, 1.1495391989851003, 0.2506336434080632, 916.361196103988],
    [5, 1, 3, 7, 3, 4, -1.2443420336765103, 0.2841118950019109, 3.8286852589641436],
  ])('canary %s±%s (n=%s) against stable %s±%s (n=%s)', (m1, s1, n1, m2, s2, n2, statistic, pValue, df) => {
    const result = welchTTest({ mean: m1, stddev: s1, count: n1 }, { mean: m2, stddev: s2, count: n2 });
    expect(result.statistic).toBeCloseTo(statistic, 12);
    expect(result.pValue).toBeCloseTo(pValue, 12);
    expect(result.df).toBeCloseTo(df, 9);
  });

  it('has nothing to test with fewer than two observations in an arm or no variance', () => {
    expect(welchTTest({ mean: 1, stddev: 1, count: 1 }, { mean: 2, stddev: 1, count: 10 }).pValue).toBeNaN();
    expect(welchTTest({ mean: 1, stddev: 0, count: 5 }, { mean: 2, stddev: 0, count: 10 }).pValue).toBeNaN();
  });
});

describe('the two-proportion z-test', () => {
  // Pooled z = (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2)), p-value 2 * scipy.stats.norm.sf(|z|)
  // (the statistic statsmodels' proportions_ztest computes by default).
  it.each([
    [30, 1000, 50, 1000, -2.2821773229381925, 0.022478873366125248],
    [520, 1000, 500, 1000, 0.894606130121643, 0.37099767373660797],
    [12, 5000, 9, 5000, 0.6553421415938249, 0.51224749404155],
  ])('%s of %s against %s of %s', (x1, n1, x2, n2, statistic, pValue) => {
    const result = twoProportionZTest(x1, n1, x2, n2);
    expect(result.statistic).toBeCloseTo(statistic, 12);
    expect(result.pValue).toBeCloseTo(pValue, 12);
  });

  it('keeps a tiny p-value to its relative precision', () => {
    // z = 5.338225922968465, 2 * scipy.stats.norm.sf(z) = 9.386045741028277e-08
    const result = twoProportionZTest(130, 1000, 60, 1000);
    expect(result.statistic).toBeCloseTo(5.338225922968465, 12);
    expect(result.pValue / 9.386045741028277e-8).toBeCloseTo(1, 8);
  });

  it('has nothing to test without trials or when every trial succeeded', () => {
    expect(twoProportionZTest(0, 0, 5, 10).pValue).toBeNaN();
    expect(twoProportionZTest(10, 10, 20, 20).pValue).toBeNaN();
  });
});
