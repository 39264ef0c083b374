/**
 * Each drift method's rules (METHOD_RULES), checked against Evidently's stattests
 * (src/evidently/legacy/calculations/stattests/*.py at commit a4aa4c2b37fe, Evidently 0.7): the default
 * threshold each StatTest declares (`default_threshold`, 0.05 where a test does not set one), the kinds it
 * allows (`allowed_feature_types`) and the comparison each test function returns as its drift flag:
 *   ks_stat_test            p_value <= threshold   num         0.05
 *   chi_stat_test           p_value < threshold    cat         0.05
 *   z_stat_test             p_value < threshold    cat         0.05
 *   wasserstein_stat_test   value >= threshold     num         0.1
 *   jensenshannon_stat_test value >= threshold     cat, num    0.1
 *   psi_stat_test           value >= threshold     cat, num    0.1
 *   t_test                  p_value < threshold    num         0.05 (not set)
 *   mann_whitney_u_stat_test p_value < threshold   num         0.05
 *   energy_dist_test (ed)   distance > threshold   num         0.1
 *   hellinger_stat_test     distance >= threshold  cat, num    0.1
 *   kl_div_stat_test        kl_div >= threshold    cat, num    0.1
 *   g_test                  p_value < threshold    cat         0.1
 *   fisher_exact_test       p_value < threshold    cat         0.1
 *   anderson_darling_test   p_value < threshold    num         0.1
 *   cramer_von_mises        p_value <= threshold   num         0.1
 *   epps_singleton_test (es) p_value < threshold   num         0.05
 *   tvd_test (TVD)          p_value < threshold    cat         0.1
 *   empirical_mmd           p_value < threshold    num         0.1
 *   abs_text_content_drift  roc_auc > threshold    text        0.55 (text_content_drift_abs.py)
 *   perc_text_content_drift roc_auc > quantile     text        0.95 (text_content_drift.py; the drift flag compares
 *                           the AUC with the random classifiers' quantile at the threshold, tested in drift-text-content)
 */
import { describe, expect, it } from 'vitest';
import { isDrift, METHOD_RULES, METHODS, THRESHOLDS } from '../../src/drift/stattests.js';

const EVIDENTLY = {
  ks: { threshold: 0.05, atThreshold: true, score: 'p-value', numerical: true, categorical: false },
  chisquare: { threshold: 0.05, atThreshold: false, score: 'p-value', numerical: false, categorical: true },
  z: { threshold: 0.05, atThreshold: false, score: 'p-value', numerical: false, categorical: true },
  wasserstein: { threshold: 0.1, atThreshold: true, score: 'distance', numerical: true, categorical: false },
  jensenshannon: { threshold: 0.1, atThreshold: true, score: 'distance', numerical: true, categorical: true },
  psi: { threshold: 0.1, atThreshold: true, score: 'distance', numerical: true, categorical: true },
  t_test: { threshold: 0.05, atThreshold: false, score: 'p-value', numerical: true, categorical: false },
  mannw: { threshold: 0.05, atThreshold: false, score: 'p-value', numerical: true, categorical: false },
  ed: { threshold: 0.1, atThreshold: false, score: 'distance', numerical: true, categorical: false },
  hellinger: { threshold: 0.1, atThreshold: true, score: 'distance', numerical: true, categorical: true },
  kl_div: { threshold: 0.1, atThreshold: true, score: 'distance', numerical: true, categorical: true },
  g_test: { threshold: 0.1, atThreshold: false, score: 'p-value', numerical: false, categorical: true },
  fisher_exact: { threshold: 0.1, atThreshold: false, score: 'p-value', numerical: false, categorical: true },
  anderson: { threshold: 0.1, atThreshold: false, score: 'p-value', numerical: true, categorical: false },
  cramer_von_mises: { threshold: 0.1, atThreshold: true, score: 'p-value', numerical: true, categorical: false },
  es: { threshold: 0.05, atThreshold: false, score: 'p-value', numerical: true, categorical: false },
  TVD: { threshold: 0.1, atThreshold: false, score: 'p-value', numerical: false, categorical: true },
  empirical_mmd: { threshold: 0.1, atThreshold: false, score: 'p-value', numerical: true, categorical: false },
  abs_text_content_drift: { threshold: 0.55, atThreshold: false, score: 'roc-auc', numerical: false, categorical: false, text: true },
  perc_text_content_drift: { threshold: 0.95, atThreshold: false, score: 'roc-auc', numerical: false, categorical: false, text: true },
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
      expect(rules.kinds.includes('numerical')).toBe(evidently.numerical);
      expect(rules.kinds.includes('categorical')).toBe(evidently.categorical);
      expect(rules.kinds.includes('text')).toBe('text' in evidently);
      const t = 0.07;
      expect(isDrift(method, t, t)).toBe(evidently.atThreshold);
      // A p-value drifts when small, a distance when large.
      expect(isDrift(method, t / 2, t)).toBe(evidently.score === 'p-value');
      expect(isDrift(method, t * 2, t)).toBe(evidently.score !== 'p-value');
    });
  }
});
