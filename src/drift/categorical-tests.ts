/**
 * The tests of Evidently's registry that dhow computes on value counts beyond chisquare and z, each as
 * Evidently calls scipy (evidently/legacy/calculations/stattests/, commit a4aa4c2b): `g_test`
 * (scipy.stats.power_divergence, lambda_="log-likelihood", current counts against reference counts),
 * `fisher_exact` (scipy.stats.fisher_exact on Evidently's 2x2 table), the categorical branch of `hellinger`,
 * and `kl_div` (scipy.stats.entropy over get_binned_data's zero-filled shares, either kind of column).
 * Where scipy or Evidently raise on some data, these throw a RefusedData naming why; the caller names the column.
 */
import { chi2Sf, logBinomial } from './special.js';
import { RefusedData } from './refused.js';
import type { FrequencyTable } from './stattests.js';

/**
 * The G-test's p-value. scipy's power_divergence takes the reference's counts as expected counts unscaled,
 * so it raises unless both sides have as many values (relative tolerance 1e-8); Evidently inherits that.
 */
export function gTest(table: FrequencyTable): number {
  const { referenceTotal: r, currentTotal: c } = table;
  if (Math.abs(r - c) > 1e-8 * Math.max(r, c)) {
    throw new RefusedData(`g_test needs as many current values as reference values (scipy's power_divergence refuses ${c} against ${r})`);
  }
  let g = 0;
  let k = 0;
  for (let i = 0; i < table.keys.length; i++) {
    const obs = table.current[i]!;
    const exp = table.reference[i]!;
    if (obs === 0 && exp === 0) continue;
    k++;
    if (obs > 0) g += obs * Math.log(obs / exp);
  }
  return chi2Sf(2 * g, k - 1);
}

/**
 * Fisher's exact test, two-sided, as scipy.stats.fisher_exact computes it: the probabilities of the tables with
 * the same margins that are at most the observed one's (times 1 + 1e-14). Evidently builds the table from two
 * binary samples of the same size; it raises on anything else.
 */
export function fisherExact(table: FrequencyTable): number {
  const present = table.keys.map((_, i) => i).filter((i) => table.reference[i]! > 0 || table.current[i]! > 0);
  if (present.length > 2) throw new RefusedData(`fisher_exact needs a binary column (Evidently refuses more than 2 values; found ${present.length})`);
  if (table.referenceTotal !== table.currentTotal) {
    throw new RefusedData(
      `fisher_exact needs as many current values as reference values (Evidently refuses ${table.currentTotal} against ${table.referenceTotal})`,
    );
  }
  // Evidently's [[one_cur, zero_cur], [one_ref, zero_ref]]; which value is "one" does not change a two-sided p.
  const one = present[0]!;
  const a = table.current[one]!;
  const b = table.currentTotal - a;
  const c = table.reference[one]!;
  const d = table.referenceTotal - c;
  const n1 = a + b;
  const n2 = c + d;
  const n = a + c;
  if (n1 === 0 || n2 === 0 || n === 0 || b + d === 0) return 1;
  const logTotal = logBinomial(n1 + n2, n);
  const pmf = (x: number) => Math.exp(logBinomial(n1, x) + logBinomial(n2, n - x) - logTotal);
  const lo = Math.max(0, n - n2);
  const hi = Math.min(n, n1);
  const mode = Math.trunc(((n + 1) * (n1 + 1)) / (n1 + n2 + 2));
  const pexact = pmf(a);
  const pmode = pmf(mode);
  if (Math.abs(pexact - pmode) / Math.max(pexact, pmode) <= 1e-14) return 1;
  const bound = pexact * (1 + 1e-14);
  let p = 0;
  for (let x = lo; x <= hi; x++) {
    const px = pmf(x);
    if (px <= bound) p += px;
  }
  return Math.min(1, p);
}

/** Evidently's Hellinger distance on value counts: sqrt(1 - sum over values of sqrt(p_ref p_cur)). */
export function hellingerCategorical(table: FrequencyTable): number {
  let bc = 0;
  for (let i = 0; i < table.keys.length; i++) bc += Math.sqrt((table.reference[i]! / table.referenceTotal) * (table.current[i]! / table.currentTotal));
  return Math.sqrt(1 - Math.min(1, Math.max(0, bc)));
}

/** scipy.stats.entropy(p, q): the Kullback-Leibler divergence after normalizing both to sum 1. */
export function klDivergence(p: Float64Array, q: Float64Array): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i]!;
    sq += q[i]!;
  }
  let kl = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i]! / sp;
    const b = q[i]! / sq;
    if (a > 0) kl += a * Math.log(a / b);
  }
  return kl;
}
