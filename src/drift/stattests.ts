/**
 * The drift statistics, each computed the way Evidently computes it with scipy underneath:
 * `ks` (scipy.stats.ks_2samp), `chisquare` (scipy.stats.chisquare of current counts against reference
 * shares scaled to the current size), `z` (Evidently's two-proportion z-test), `wasserstein`
 * (scipy.stats.wasserstein_distance over the reference's population standard deviation, floored at 0.001),
 * `jensenshannon` (scipy.spatial.distance.jensenshannon, natural log) and `psi`, the last two over
 * Evidently's get_binned_data. Numerical samples come sorted; value counts come as a FrequencyTable.
 */
import { fisherExact, gTest, hellingerCategorical, klDivergence } from './categorical-tests.js';
import { ksPvalue, ksStatistic } from './kolmogorov.js';
import { andersonDarling, cramerVonMises, energyDistance, eppsSingleton, hellingerNumerical, mannWhitneyU, tTest } from './numerical-tests.js';
import { chi2Sf, normalCdf } from './special.js';
import { TEXT_METHODS } from './text-content.js';

/** Evidently's names for its tests (its registry's StatTest.name), so that options read the same in both. */
export const METHODS = [
  'ks',
  'chisquare',
  'z',
  'wasserstein',
  'jensenshannon',
  'psi',
  't_test',
  'mannw',
  'ed',
  'hellinger',
  'kl_div',
  'g_test',
  'fisher_exact',
  'anderson',
  'cramer_von_mises',
  'es',
  'TVD',
  'empirical_mmd',
  ...TEXT_METHODS,
] as const;
export type Method = (typeof METHODS)[number];
export type ColumnKind = 'numerical' | 'categorical';
/** Every kind a column can be tested as: text columns are only ever declared (Evidently's text_features), never detected. */
export type DriftColumnKind = ColumnKind | 'text';

/** What a method's score is, and so which way it crosses the threshold. */
export type ScoreKind = 'p-value' | 'distance' | 'roc-auc';

/**
 * Each method's rules, in one place: the kinds of column it applies to when a user names it (Evidently's
 * `allowed_feature_types`; its default choice may still pick chisquare or z for a numerical column of few
 * values), its default threshold (Evidently's) and how its score is read against the threshold. The computation itself is in testNumerical,
 * testCategorical and testWeighted (sketch.ts).
 */
export interface MethodRules {
  /** The kinds of column it can test (ks and wasserstein need numbers; text columns take only the text-content tests). */
  kinds: readonly DriftColumnKind[];
  /** Evidently's default threshold. */
  threshold: number;
  score: ScoreKind;
  /** Drift when the score is at or below (ks), strictly below (other p-values), at or above (most distances) or above (ed) the threshold. */
  drifts(score: number, threshold: number): boolean;
}

const BOTH: readonly ColumnKind[] = ['numerical', 'categorical'];
const NUMERICAL: readonly ColumnKind[] = ['numerical'];
const CATEGORICAL: readonly ColumnKind[] = ['categorical'];
const TEXT: readonly DriftColumnKind[] = ['text'];
const atOrBelow = (score: number, threshold: number) => score <= threshold;
const below = (score: number, threshold: number) => score < threshold;
const atOrAbove = (score: number, threshold: number) => score >= threshold;
const above = (score: number, threshold: number) => score > threshold;

export const METHOD_RULES: Readonly<Record<Method, MethodRules>> = {
  ks: { kinds: NUMERICAL, threshold: 0.05, score: 'p-value', drifts: atOrBelow },
  chisquare: { kinds: CATEGORICAL, threshold: 0.05, score: 'p-value', drifts: below },
  z: { kinds: CATEGORICAL, threshold: 0.05, score: 'p-value', drifts: below },
  wasserstein: { kinds: NUMERICAL, threshold: 0.1, score: 'distance', drifts: atOrAbove },
  jensenshannon: { kinds: BOTH, threshold: 0.1, score: 'distance', drifts: atOrAbove },
  psi: { kinds: BOTH, threshold: 0.1, score: 'distance', drifts: atOrAbove },
  t_test: { kinds: NUMERICAL, threshold: 0.05, score: 'p-value', drifts: below },
  mannw: { kinds: NUMERICAL, threshold: 0.05, score: 'p-value', drifts: below },
  ed: { kinds: NUMERICAL, threshold: 0.1, score: 'distance', drifts: above },
  hellinger: { kinds: BOTH, threshold: 0.1, score: 'distance', drifts: atOrAbove },
  kl_div: { kinds: BOTH, threshold: 0.1, score: 'distance', drifts: atOrAbove },
  g_test: { kinds: CATEGORICAL, threshold: 0.1, score: 'p-value', drifts: below },
  fisher_exact: { kinds: CATEGORICAL, threshold: 0.1, score: 'p-value', drifts: below },
  anderson: { kinds: NUMERICAL, threshold: 0.1, score: 'p-value', drifts: below },
  cramer_von_mises: { kinds: NUMERICAL, threshold: 0.1, score: 'p-value', drifts: atOrBelow },
  es: { kinds: NUMERICAL, threshold: 0.05, score: 'p-value', drifts: below },
  // TVD's module docstring says numerical; its StatTest allows categorical columns only, and that is what Evidently enforces.
  TVD: { kinds: CATEGORICAL, threshold: 0.1, score: 'p-value', drifts: below },
  empirical_mmd: { kinds: NUMERICAL, threshold: 0.1, score: 'p-value', drifts: below },
  // The domain classifier's ROC AUC; perc compares it with the random classifiers' quantile instead (text-content.ts).
  abs_text_content_drift: { kinds: TEXT, threshold: 0.55, score: 'roc-auc', drifts: above },
  perc_text_content_drift: { kinds: TEXT, threshold: 0.95, score: 'roc-auc', drifts: above },
};

/** Default thresholds (Evidently's), from METHOD_RULES. */
export const THRESHOLDS: Readonly<Record<Method, number>> = Object.fromEntries(METHODS.map((m) => [m, METHOD_RULES[m].threshold])) as Record<Method, number>;

/** Whether a score means drift: p-values below (ks: at or below) the threshold, distances at or above. */
export function isDrift(method: Method, score: number, threshold: number): boolean {
  return METHOD_RULES[method].drifts(score, threshold);
}

/** Counts per distinct value on both sides; keys sorted (numbers ascending, strings by code point). */
export interface FrequencyTable {
  keys: (string | number)[];
  reference: Float64Array;
  current: Float64Array;
  referenceTotal: number;
  currentTotal: number;
}

/** Evidently's _get_default_stattest. `distinct` is the number of distinct values of both sides together. */
export function defaultMethod(kind: ColumnKind, referenceRows: number, distinct: number): Method {
  if (referenceRows <= 1000) {
    if (kind === 'numerical') {
      if (distinct <= 5) return distinct > 2 ? 'chisquare' : 'z';
      return 'ks';
    }
    return distinct > 2 ? 'chisquare' : 'z';
  }
  if (kind === 'numerical') return distinct <= 5 ? 'jensenshannon' : 'wasserstein';
  return 'jensenshannon';
}

/** The frequency table of two sorted numerical samples. */
export function numericFrequencies(reference: Float64Array, current: Float64Array): FrequencyTable {
  const keys: number[] = [];
  const ref: number[] = [];
  const cur: number[] = [];
  let i = 0;
  let j = 0;
  while (i < reference.length || j < current.length) {
    const v = j >= current.length || (i < reference.length && reference[i]! <= current[j]!) ? reference[i]! : current[j]!;
    let a = 0;
    let b = 0;
    while (i < reference.length && reference[i] === v) {
      i++;
      a++;
    }
    while (j < current.length && current[j] === v) {
      j++;
      b++;
    }
    keys.push(v);
    ref.push(a);
    cur.push(b);
  }
  return { keys, reference: Float64Array.from(ref), current: Float64Array.from(cur), referenceTotal: reference.length, currentTotal: current.length };
}

/** Number of distinct values in a sorted sample, counting no further than `cap`. */
export function distinctSorted(values: Float64Array, cap = Infinity): number {
  let count = 0;
  for (let i = 0; i < values.length && count < cap; i++) if (i === 0 || values[i] !== values[i - 1]) count++;
  return count;
}

/** Number of distinct values of two sorted samples together, counting no further than `cap`. */
export function distinctSortedUnion(a: Float64Array, b: Float64Array, cap = Infinity): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while ((i < a.length || j < b.length) && count < cap) {
    const v = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    i = skipEqual(a, i, v);
    j = skipEqual(b, j, v);
    count++;
  }
  return count;
}

/** Pearson's chi-square of current counts against reference shares (p-value). */
export function chiSquareTest(table: FrequencyTable): number {
  const kNorm = table.currentTotal / table.referenceTotal;
  let stat = 0;
  let k = 0;
  for (let i = 0; i < table.keys.length; i++) {
    const obs = table.current[i]!;
    const exp = table.reference[i]! * kNorm;
    if (obs === 0 && exp === 0) continue;
    k++;
    stat += ((obs - exp) * (obs - exp)) / exp;
  }
  if (k < 2) return 1;
  return chi2Sf(stat, k - 1);
}

/** Evidently's two-proportion z-test (p-value): the first key against all others. */
export function zTest(table: FrequencyTable): number {
  const refKeys: number[] = [];
  const curKeys: number[] = [];
  for (let i = 0; i < table.keys.length; i++) {
    if (table.reference[i]! > 0) refKeys.push(i);
    if (table.current[i]! > 0) curKeys.push(i);
  }
  if (refKeys.length === 1 && curKeys.length === 1 && refKeys[0] === curKeys[0]) return 1;
  const first = table.keys.findIndex((_, i) => table.reference[i]! > 0 || table.current[i]! > 0);
  const n1 = table.referenceTotal;
  const n2 = table.currentTotal;
  const p1 = (n1 - table.reference[first]!) / n1;
  const p2 = (n2 - table.current[first]!) / n2;
  const P = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
  return 2 * (1 - normalCdf(Math.abs(z)));
}

/** First Wasserstein distance between two sorted samples (scipy.stats.wasserstein_distance). */
export function wassersteinDistance(u: Float64Array, v: Float64Array): number {
  const nu = u.length;
  const nv = v.length;
  let i = 0;
  let j = 0;
  let sum = 0;
  let prev = Math.min(u[0]!, v[0]!);
  while (i < nu || j < nv) {
    const x = j >= nv || (i < nu && u[i]! <= v[j]!) ? u[i]! : v[j]!;
    // The CDFs are constant on [prev, x): their values after every element < x.
    sum += Math.abs(i / nu - j / nv) * (x - prev);
    i = skipEqual(u, i, x);
    j = skipEqual(v, j, x);
    prev = x;
  }
  return sum;
}

/**
 * The first index from i on whose value is not x (a sorted array). A function of its own, not a loop
 * nested in the merge loops above: V8 would enter the optimised code in the inner loop (on-stack
 * replacement), which runs once or twice per outer step, and drop it at every exit (~1000 deopts, a cold
 * CLI run's compile time).
 */
function skipEqual(a: Float64Array, i: number, x: number): number {
  const n = a.length;
  while (i < n && a[i] === x) i++;
  return i;
}

/** Population standard deviation (numpy's np.std, ddof=0). */
export function populationStd(values: Float64Array): number {
  const mean = sumOf(values) / values.length;
  return Math.sqrt(squaredDeviations(values, mean) / values.length);
}

// One loop per function: a second loop in the same function starts without type feedback and would
// deoptimise the code that on-stack replacement compiled for the first (a cold run's compile time).
function sumOf(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}

function squaredDeviations(values: Float64Array, mean: number): number {
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - mean;
    ss += d * d;
  }
  return ss;
}

/** Evidently's normed Wasserstein distance: W1 / max(std(reference), 0.001). */
export function wassersteinNormed(reference: Float64Array, current: Float64Array, referenceStd = populationStd(reference)): number {
  return wassersteinDistance(reference, current) / Math.max(referenceStd, 0.001);
}

/** Shares per bin or per value, as Evidently's get_binned_data returns them. */
export interface BinnedShares {
  reference: Float64Array;
  current: Float64Array;
  /** Bin edges when the column was binned by width, else undefined (one entry per value). */
  edges?: Float64Array;
  labels: string[];
}

/** numpy.histogram_bin_edges(data, bins='sturges') for data spanning [min, max] with n values. */
export function sturgesEdges(min: number, max: number, n: number): Float64Array {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(n) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  const edges = new Float64Array(bins + 1);
  const step = (last - first) / bins;
  for (let i = 0; i <= bins; i++) edges[i] = i * step + first;
  edges[bins] = last;
  return edges;
}

/** numpy.histogram counts of a sorted sample over edges (last bin closed). */
export function histogramSorted(values: Float64Array, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  let i = 0;
  const n = values.length;
  while (i < n && values[i]! < edges[0]!) i++;
  if (bins <= 0) return counts;
  // One loop over the values (the bin advances inside it): a loop per bin would be entered by on-stack
  // replacement and deoptimised at each bin's end.
  let b = 0;
  let hi = edges[1]!;
  for (; i < n; i++) {
    const x = values[i]!;
    while (!(x < hi || (b === bins - 1 && x === hi))) {
      b++;
      if (b === bins) return counts;
      hi = edges[b + 1]!;
    }
    counts[b]!++;
  }
  return counts;
}

/** Replaces zero shares as Evidently does for psi: 0.0001, or the smallest non-zero share / 10^6 when that is <= 0.0001. */
export function fillZeroes(shares: Float64Array): Float64Array {
  let min = Infinity;
  for (const s of shares) if (s !== 0 && s < min) min = s;
  if (min === Infinity) return shares;
  const fill = min <= 0.0001 ? min / 10 ** 6 : 0.0001;
  for (let i = 0; i < shares.length; i++) if (shares[i] === 0) shares[i] = fill;
  return shares;
}

/** scipy.spatial.distance.jensenshannon(p, q) with the natural logarithm. */
export function jensenShannonDistance(p: Float64Array, q: Float64Array): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i]!;
    sq += q[i]!;
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i]! / sp;
    const b = q[i]! / sq;
    const m = (a + b) / 2;
    if (a > 0) left += a * Math.log(a / m);
    if (b > 0) right += b * Math.log(b / m);
  }
  return Math.sqrt(Math.max(0, (left + right) / 2));
}

/** Population stability index over shares already filled (no zeroes). */
export function populationStabilityIndex(reference: Float64Array, current: Float64Array): number {
  let psi = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i]!;
    const c = current[i]!;
    psi += (r - c) * Math.log(r / c);
  }
  return psi;
}

/** Shares of a frequency table (one entry per value). */
export function valueShares(table: FrequencyTable): BinnedShares {
  const reference = new Float64Array(table.keys.length);
  const current = new Float64Array(table.keys.length);
  for (let i = 0; i < table.keys.length; i++) {
    reference[i] = table.reference[i]! / table.referenceTotal;
    current[i] = table.current[i]! / table.currentTotal;
  }
  return { reference, current, labels: table.keys.map(String) };
}

/** Shares of sorted numerical samples in Sturges bins over both together. */
export function binnedShares(reference: Float64Array, current: Float64Array): BinnedShares {
  const min = Math.min(reference[0]!, current[0]!);
  const max = Math.max(reference.at(-1)!, current.at(-1)!);
  const edges = sturgesEdges(min, max, reference.length + current.length);
  const r = histogramSorted(reference, edges);
  const c = histogramSorted(current, edges);
  for (let i = 0; i < r.length; i++) {
    r[i] = r[i]! / reference.length;
    c[i] = c[i]! / current.length;
  }
  return { reference: r, current: c, edges, labels: binLabels(edges) };
}

export function binLabels(edges: Float64Array): string[] {
  const labels: string[] = [];
  for (let i = 0; i + 1 < edges.length; i++) labels.push(formatEdge(edges[i]!));
  return labels;
}

function formatEdge(x: number): string {
  return Number.isInteger(x) ? String(x) : Number(x.toPrecision(4)).toString();
}

export interface TestOutcome {
  method: Method;
  score: number;
  /** True when the score is computed exactly as scipy/Evidently would; false when from a sketch. */
  exact: boolean;
  /** Shares for the report's chart. */
  shares: BinnedShares;
  /** KS p-value method, for the record. */
  detail?: string;
}

/** The chart's shares of two sorted numerical samples: Sturges bins above 20 distinct reference values, else per value. */
export function numericChartShares(reference: Float64Array, current: Float64Array): BinnedShares {
  return distinctSorted(reference, 21) > 20 ? binnedShares(reference, current) : valueShares(numericFrequencies(reference, current));
}

/** Runs one method on a numerical column given as sorted, finite samples. */
export function testNumerical(
  method: Method,
  reference: Float64Array,
  current: Float64Array,
  referenceStd?: number,
  referenceCount = reference.length,
): TestOutcome {
  const distinctRef = distinctSorted(reference, 21);
  const binned = distinctRef > 20;
  const chartShares = () => (binned ? binnedShares(reference, current) : valueShares(numericFrequencies(reference, current)));
  // ks and wasserstein do not need the shares: they are computed when the report asks (drifted columns only).
  let shares: BinnedShares | undefined;
  switch (method) {
    case 'ks': {
      // With a profile the reference sample is synthesized; the p-value still uses the true reference size.
      const r = ksPvalue(referenceCount, current.length, ksStatistic(reference, current));
      return {
        method,
        score: r.pvalue,
        exact: true,
        detail: r.method,
        get shares() {
          return (shares ??= chartShares());
        },
      };
    }
    case 'wasserstein':
      return {
        method,
        score: wassersteinNormed(reference, current, referenceStd),
        exact: true,
        get shares() {
          return (shares ??= chartShares());
        },
      };
    case 'chisquare':
    case 'z': {
      const table = numericFrequencies(reference, current);
      return { method, score: method === 'z' ? zTest(table) : chiSquareTest(table), exact: true, shares: valueShares(table) };
    }
    case 'jensenshannon':
    case 'psi':
    case 'kl_div': {
      const shares = chartShares();
      return { method, score: sharesScore(method, shares), exact: true, shares };
    }
    case 't_test':
    case 'mannw':
    case 'ed':
    case 'hellinger':
    case 'anderson':
    case 'cramer_von_mises':
    case 'es': {
      const score = NUMERICAL_TESTS[method](reference, current);
      return {
        method,
        score,
        exact: true,
        get shares() {
          return (shares ??= chartShares());
        },
      };
    }
    case 'g_test':
    case 'fisher_exact':
    case 'TVD':
    case 'abs_text_content_drift':
    case 'perc_text_content_drift':
      throw new Error(`${method} does not apply to numerical columns`);
    case 'empirical_mmd':
      throw new Error('empirical_mmd permutes the rows in file order: detectDrift calls empiricalMmd on them');
  }
}

const NUMERICAL_TESTS: Record<'t_test' | 'mannw' | 'ed' | 'hellinger' | 'anderson' | 'cramer_von_mises' | 'es', (r: Float64Array, c: Float64Array) => number> =
  {
    t_test: tTest,
    mannw: mannWhitneyU,
    ed: energyDistance,
    hellinger: hellingerNumerical,
    anderson: andersonDarling,
    cramer_von_mises: cramerVonMises,
    es: eppsSingleton,
  };

/** Runs one method on a categorical column given as a frequency table. */
export function testCategorical(method: Method, table: FrequencyTable): TestOutcome {
  const shares = valueShares(table);
  switch (method) {
    case 'chisquare':
      return { method, score: chiSquareTest(table), exact: true, shares };
    case 'z':
      return { method, score: zTest(table), exact: true, shares };
    case 'jensenshannon':
    case 'psi':
    case 'kl_div':
      return { method, score: sharesScore(method, shares), exact: true, shares };
    case 'hellinger':
      return { method, score: hellingerCategorical(table), exact: true, shares };
    case 'g_test':
      return { method, score: gTest(table), exact: true, shares };
    case 'fisher_exact':
      return { method, score: fisherExact(table), exact: true, shares };
    default:
      throw new Error(`${method} does not apply to categorical columns`);
  }
}

/** jensenshannon, psi or kl_div over shares (psi and kl_div fill zero shares on copies, as get_binned_data does). */
export function sharesScore(method: 'jensenshannon' | 'psi' | 'kl_div', shares: BinnedShares): number {
  if (method === 'jensenshannon') return jensenShannonDistance(shares.reference, shares.current);
  if (method === 'kl_div') return klDivergence(fillZeroes(shares.reference.slice()), fillZeroes(shares.current.slice()));
  return populationStabilityIndex(fillZeroes(shares.reference.slice()), fillZeroes(shares.current.slice()));
}
