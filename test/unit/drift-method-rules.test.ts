/**
 * Each drift method's rules (METHOD_RULES), checked against Evidently's stattests
 * (evidently/calculations/stattests/*.py, Evidently 0.4): the default threshold each StatTest declares
 * (`default_threshold`, 0.05 where a test does not set one) and the comparison each `_*_stat_test`
 * returns as its drift flag:
 *   ks_stat_test            return p_value, p_value <= threshold
 *   chi_stat_test           return p_value, p_value < threshold
 *   z_stat_test             return p_value, p_value < threshold
 *   wasserstein_stat_test   return wd_norm_value, wd_norm_value >= threshold      (default_threshold=0.1)
 *   jensenshannon_stat_test return jensenshannon_value, jensenshannon_value >= threshold (default_threshold=0.1)
 *   psi_stat_test           return psi_value, psi_value >= threshold              (default_threshold=0.1)
 * Evidently's ks and wasserstein tests allow only numerical columns (allowed_feature_types=["num"]).
 */
import { describe, expect, it } from 'vitest';
import { isDrift, METHOD_RULES, METHODS, THRESHOLDS } from '../../src/drift/stattests.js';

const EVIDENTLY = {
  ks: { threshold: 0.05, atThreshold: true, score: 'p-value', categorical: false },
  chisquare: { threshold: 0.05, atThreshold: false, score: 'p-value', categorical: true },
  z: { threshold: 0.05, atThreshold: false, score: 'p-value', categorical: true },
  wasserstein: { threshold: 0.1, atThreshold: true, score: 'distance', categorical: false },
  jensenshannon: { threshold: 0.1, atThreshold: true, score: 'distance', categorical: true },
  psi: { threshold: 0.1, atThreshold: true, score: 'distance', categorical: true },
} as const;

describe('drift method rules, as Evidently states them', () => {
  it('cover every method', () => {
    expect(Object.keys(METHOD_RULES).sort()).toEqual([...METHODS].sort());
    expect(Object.keys(EVIDENTLY).sort()).toEqual([...METHODS].sort());
  });

  for (const method of METHODS) {
    const evidently = EVIDENTLY[method];
    it(`${method}: threshold ${evidently.threshold}, a ${evidently.score}, drift at the threshold: ${evidently.atThreshold}`, () => {
      const rules = METHOD_RULES[method];
      expect(rules.threshold).toBe(evidently.threshold);
      expect(THRESHOLDS[method]).toBe(evidently.threshold);
      expect(rules.score).toBe(evidently.score);
      expect(rules.kinds.includes('numerical')).toBe(true);
      expect(rules.kinds.includes('categorical')).toBe(evidently.categorical);
      const t = 0.07;
      expect(isDrift(method, t, t)).toBe(evidently.atThreshold);
      // A p-value drifts when small, a distance when large.
      expect(isDrift(method, t / 2, t)).toBe(evidently.score === 'p-value');
      expect(isDrift(method, t * 2, t)).toBe(evidently.score === 'distance');
    });
  }
});
