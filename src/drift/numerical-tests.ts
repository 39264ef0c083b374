/**
 * The two-sample tests of Evidently's registry that dhow computes on numerical columns beyond ks and
 * wasserstein, each as Evidently calls scipy (evidently/legacy/calculations/stattests/, commit a4aa4c2b):
 * `t_test` (scipy.stats.ttest_ind), `mannw` (scipy.stats.mannwhitneyu, alternative "less"), `ed`
 * (scipy.stats.energy_distance) and the numerical branch of `hellinger` (density histograms over Sturges bins
 * of the distinct values). Samples come sorted and finite.
 */
import { normalCdf, studentTTwoSided } from './special.js';
import { histogramSorted, sturgesEdges } from './stattests.js';

/** scipy.stats.ttest_ind(reference, current) (equal variances): the two-sided p-value. */
export function tTest(reference: Float64Array, current: Float64Array): number {
  const n1 = reference.length;
  const n2 = current.length;
  const m1 = mean(reference);
  const m2 = mean(current);
  const v1 = sumSquares(reference, m1) / (n1 - 1);
  const v2 = sumSquares(current, m2) / (n2 - 1);
  const df = n1 + n2 - 2;
  const pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / df;
  const t = (m1 - m2) / Math.sqrt(pooled * (1 / n1 + 1 / n2));
  return studentTTwoSided(t, df);
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

function sumSquares(values: Float64Array, m: number): number {
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - m;
    ss += d * d;
  }
  return ss;
}

/**
 * scipy.stats.mannwhitneyu(x=reference, y=current, alternative="less") with its defaults (method "auto",
 * continuity correction): the exact distribution when either sample has at most 8 values and nothing ties,
 * else the normal approximation with scipy's tie correction.
 */
export function mannWhitneyU(reference: Float64Array, current: Float64Array): number {
  const n1 = reference.length;
  const n2 = current.length;
  // Midranks over both samples: the reference's rank sum and the tie term sum(t^3 - t).
  let r1 = 0;
  let tieTerm = 0;
  let i = 0;
  let j = 0;
  let rank = 0;
  while (i < n1 || j < n2) {
    const x = j >= n2 || (i < n1 && reference[i]! <= current[j]!) ? reference[i]! : current[j]!;
    let a = 0;
    let b = 0;
    while (i < n1 && reference[i] === x) [i, a] = [i + 1, a + 1];
    while (j < n2 && current[j] === x) [j, b] = [j + 1, b + 1];
    const t = a + b;
    r1 += a * (rank + (t + 1) / 2);
    tieTerm += t * t * t - t;
    rank += t;
  }
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  // "less": scipy takes the survival function of U2 = n1 n2 - U1.
  const u = n1 * n2 - u1;
  let p: number;
  if ((n1 > 8 && n2 > 8) || tieTerm > 0) {
    const n = n1 + n2;
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    const z = (u - (n1 * n2) / 2 - 0.5) / s;
    p = normalCdf(-z);
  } else {
    p = mannWhitneyExactSf(u, n1, n2);
  }
  return Math.min(1, Math.max(0, p));
}

/** P(U >= u) under the null, from the counts of U's values (the Gaussian binomial coefficient's). */
function mannWhitneyExactSf(u: number, n1: number, n2: number): number {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const top = m * n;
  // [m+n choose m]_q = prod_{i=1..m} (1 - q^(n+i)) / (1 - q^i): counts of U = 0..mn.
  const counts = new Float64Array(top + 1);
  counts[0] = 1;
  let degree = 0;
  for (let i = 1; i <= m; i++) {
    const a = n + i;
    degree += a;
    for (let k = Math.min(degree, top); k >= a; k--) counts[k]! -= counts[k - a]!;
    degree -= i;
    for (let k = i; k <= top; k++) counts[k]! += counts[k - i]!;
  }
  let total = 0;
  for (let k = 0; k <= top; k++) total += counts[k]!;
  // The distribution is symmetric: sum the smaller tail, as scipy does.
  const kc = top - u;
  if (u < kc) {
    let below = 0;
    for (let k = 0; k < u; k++) below += counts[k]!;
    return 1 - below / total;
  }
  let upper = 0;
  for (let k = 0; k <= kc; k++) upper += counts[k]!;
  return upper / total;
}

/** scipy.stats.energy_distance(reference, current): sqrt(2) times the L2 distance of the two CDFs. */
export function energyDistance(u: Float64Array, v: Float64Array): number {
  const nu = u.length;
  const nv = v.length;
  let i = 0;
  let j = 0;
  let sum = 0;
  let prev = Math.min(u[0]!, v[0]!);
  while (i < nu || j < nv) {
    const x = j >= nv || (i < nu && u[i]! <= v[j]!) ? u[i]! : v[j]!;
    const d = i / nu - j / nv;
    sum += d * d * (x - prev);
    while (i < nu && u[i] === x) i++;
    while (j < nv && v[j] === x) j++;
    prev = x;
  }
  return Math.SQRT2 * Math.sqrt(sum);
}

/**
 * Evidently's Hellinger distance on a numerical column: numpy density histograms of both samples over
 * np.histogram_bin_edges(distinct values of both, bins="sturges"), then sqrt(1 - sum sqrt(h1 h2) * width).
 */
export function hellingerNumerical(reference: Float64Array, current: Float64Array): number {
  const keys = distinctUnion(reference, current);
  const edges = sturgesEdges(keys[0]!, keys.at(-1)!, keys.length);
  const h1 = densityHistogram(reference, edges);
  const h2 = densityHistogram(current, edges);
  const width = (edges.at(-1)! - edges[0]!) / (edges.length - 1);
  let bc = 0;
  for (let k = 0; k < h1.length; k++) bc += Math.sqrt(h1[k]! * h2[k]!) * width;
  return Math.sqrt(1 - Math.min(1, Math.max(0, bc)));
}

/** numpy.histogram(values, edges, density=True)[0]: counts / bin width / total count. */
function densityHistogram(values: Float64Array, edges: Float64Array): Float64Array {
  const counts = histogramSorted(values, edges);
  let total = 0;
  for (let k = 0; k < counts.length; k++) total += counts[k]!;
  for (let k = 0; k < counts.length; k++) counts[k] = counts[k]! / (edges[k + 1]! - edges[k]!) / total;
  return counts;
}

function distinctUnion(a: Float64Array, b: Float64Array): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    out.push(x);
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
  }
  return out;
}
