/**
 * The two-sample tests of Evidently's registry that dhow computes on numerical columns beyond ks and
 * wasserstein, each as Evidently calls scipy (evidently/legacy/calculations/stattests/, commit a4aa4c2b):
 * `t_test` (scipy.stats.ttest_ind), `mannw` (scipy.stats.mannwhitneyu, alternative "less"), `ed`
 * (scipy.stats.energy_distance), the numerical branch of `hellinger` (density histograms over Sturges bins
 * of the distinct values), `anderson` (scipy.stats.anderson_ksamp), `cramer_von_mises` (Evidently's own code)
 * and `es` (scipy.stats.epps_singleton_2samp). Samples come sorted and finite.
 */
import { RefusedData } from './refused.js';
import { besselK, chi2Sf, gcd, logGamma, normalCdf, studentTTwoSided } from './special.js';
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

/**
 * scipy.stats.anderson_ksamp([reference, current])'s significance level, which Evidently takes as the p-value:
 * the midrank statistic A2akN (Scholz and Stephens, equation 7) standardized, then scipy's interpolation of
 * log(significance) over its critical values by a quadratic fit, capped to [0.001, 0.25] as scipy caps it.
 */
export function andersonDarling(reference: Float64Array, current: Float64Array): number {
  const n = [reference.length, current.length];
  const N = n[0]! + n[1]!;
  const k = 2;
  let a2 = 0;
  if (reference[0] === reference.at(-1) && current[0] === current.at(-1) && reference[0] === current[0]) {
    throw new RefusedData('anderson needs more than one distinct value (scipy anderson_ksamp refuses a constant column)');
  }
  for (let s = 0; s < k; s++) {
    let i = 0; // reference index
    let j = 0; // current index
    let below = 0; // values of both samples below z
    let sum = 0;
    while (i < reference.length || j < current.length) {
      const z = j >= current.length || (i < reference.length && reference[i]! <= current[j]!) ? reference[i]! : current[j]!;
      const i0 = i;
      const j0 = j;
      while (i < reference.length && reference[i] === z) i++;
      while (j < current.length && current[j] === z) j++;
      const l = i - i0 + (j - j0);
      const f = s === 0 ? i - i0 : j - j0;
      const upTo = s === 0 ? i : j;
      const m = upTo - f / 2;
      const b = below + l / 2;
      const d = N * m - b * n[s]!;
      sum += ((l / N) * d * d) / (b * (N - b) - (N * l) / 4);
      below += l;
    }
    a2 += sum / n[s]!;
  }
  a2 *= (N - 1) / N;
  const H = 1 / n[0]! + 1 / n[1]!;
  // hs_cs = cumsum(1 / arange(N - 1, 1, -1)); h = hs_cs[-1] + 1; g = sum(hs_cs / arange(2, N)).
  let cs = 0;
  let g = 0;
  for (let q = 0; q < N - 2; q++) {
    cs += 1 / (N - 1 - q);
    g += cs / (q + 2);
  }
  const h = cs + 1;
  const A = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
  const B = (2 * g - 4) * k * k + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
  const C = (6 * h + 2 * g - 2) * k * k + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
  const D = (2 * h + 6) * k * k - 4 * h * k;
  const sigmasq = (A * N ** 3 + B * N ** 2 + C * N + D) / ((N - 1) * (N - 2) * (N - 3));
  const stat = (a2 - (k - 1)) / Math.sqrt(sigmasq);
  const critical = AD_CRITICAL;
  if (stat < critical[0]!) return 0.25;
  if (stat > critical.at(-1)!) return 0.001;
  const [c2, c1, c0] = AD_FIT;
  return Math.exp((c2 * stat + c1) * stat + c0);
}

// scipy's critical values for k - 1 = 1 (b0 + b1 / sqrt(m) + b2 / m) and their significance levels.
const AD_CRITICAL = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085].map(
  (b0, i) => b0 + [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615][i]! + [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154][i]!,
);
const AD_SIGNIFICANCE = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];
const AD_FIT = quadraticFit(AD_CRITICAL, AD_SIGNIFICANCE.map(Math.log));

/** numpy.polyfit(x, y, 2): least-squares coefficients, highest power first (normal equations, 3 by 3). */
function quadraticFit(x: number[], y: number[]): [number, number, number] {
  const s = [0, 0, 0, 0, 0];
  const t = [0, 0, 0];
  for (let i = 0; i < x.length; i++) {
    let p = 1;
    for (let e = 0; e <= 4; e++) {
      s[e]! += p;
      if (e <= 2) t[e]! += p * y[i]!;
      p *= x[i]!;
    }
  }
  // Rows: sum x^(r+c) * coef_c = sum x^r y, coefficients for powers 0, 1, 2.
  const m = [0, 1, 2].map((r) => [s[r]!, s[r + 1]!, s[r + 2]!, t[r]!]);
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < 3; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c < 4; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  const coef = [0, 1, 2].map((r) => m[r]![3]! / m[r]![r]!);
  return [coef[2]!, coef[1]!, coef[0]!];
}

/**
 * Evidently's own two-sample Cramér-von Mises test (cramer_von_mises_stattest.py, `_cvm_2samp` with method
 * "auto"): the exact distribution (Xiao, Gordon and Yakovlev 2006) when neither sample has more than 20 values,
 * else the asymptotic one (Csörgő and Faraway 1996). Needs two values on each side, as Evidently does.
 */
export function cramerVonMises(reference: Float64Array, current: Float64Array): number {
  const nx = reference.length;
  const ny = current.length;
  if (nx <= 1 || ny <= 1) throw new RefusedData('cramer_von_mises needs at least two values on each side (Evidently refuses fewer)');
  // Average ranks over both samples; u = nx * sum (rx - i)^2 + ny * sum (ry - j)^2.
  let sx = 0;
  let sy = 0;
  let i = 0;
  let j = 0;
  let rank = 0;
  while (i < nx || j < ny) {
    const z = j >= ny || (i < nx && reference[i]! <= current[j]!) ? reference[i]! : current[j]!;
    const i0 = i;
    const j0 = j;
    while (i < nx && reference[i] === z) i++;
    while (j < ny && current[j] === z) j++;
    const t = i - i0 + (j - j0);
    const r = rank + (t + 1) / 2;
    for (let a = i0; a < i; a++) sx += (r - (a + 1)) ** 2;
    for (let b = j0; b < j; b++) sy += (r - (b + 1)) ** 2;
    rank += t;
  }
  const u = nx * sx + ny * sy;
  const k = nx * ny;
  const N = nx + ny;
  if (Math.max(nx, ny) <= 20) return cvmExactPvalue(u, nx, ny);
  const t = u / (k * N) - (4 * k - 1) / (6 * N);
  const et = (1 + 1 / N) / 6;
  const vt = ((N + 1) * (4 * k * N - 3 * (nx * nx + ny * ny) - 2 * k)) / (45 * N * N * 4 * k);
  const tn = 1 / 6 + (t - et) / Math.sqrt(45 * vt);
  if (tn < 0.003) return 1;
  return Math.max(0, 1 - cvmLimitCdf(tn));
}

/** Evidently's _cdf_cvm_inf: the series of the limiting distribution, until a term is below 1e-7. */
function cvmLimitCdf(x: number): number {
  let total = 0;
  for (let k = 0; ; k++) {
    const u = Math.exp(logGamma(k + 0.5) - logGamma(k + 1)) / (Math.PI ** 1.5 * Math.sqrt(x));
    const y = 4 * k + 1;
    const q = (y * y) / (16 * x);
    const z = u * Math.sqrt(y) * Math.exp(-q) * besselK(0.25, q);
    total += z;
    if (!(Math.abs(z) >= 1e-7)) return total;
  }
}

/**
 * Evidently's _pval_cvm_2samp_exact: counts of the statistic's values over all arrangements, by path, each
 * step a merge of sorted (value, count) lists. Evidently keeps these in float32 (np.min_scalar_type of a float)
 * and, under numpy 2, divides in float32 too: the result is rounded to float32 as Evidently's is. Its counts are
 * exact below 2^24 arrangements (C(m + n, m)); above, Evidently's float32 sums drift and dhow's stay exact.
 */
function cvmExactPvalue(s: number, m: number, n: number): number {
  const lcm = (m * n) / gcd(m, n);
  const a = lcm / m;
  const b = lcm / n;
  const mn = m * n;
  const zeta = Math.floor((lcm * lcm * (m + n) * (6 * s - mn * (4 * mn - 1))) / (6 * mn * mn));
  type Counts = { values: number[]; freqs: number[] };
  let gs: Counts[] = [{ values: [0], freqs: [1] }, ...Array.from({ length: m }, () => ({ values: [], freqs: [] }))];
  for (let u = 0; u <= n; u++) {
    const next: Counts[] = [];
    let tmp: Counts = { values: [], freqs: [] };
    for (let v = 0; v < gs.length; v++) {
      const g = gs[v]!;
      const shift = (a * v - b * u) ** 2;
      const merged: Counts = { values: [], freqs: [] };
      let x = 0;
      let y = 0;
      while (x < tmp.values.length || y < g.values.length) {
        const tv = x < tmp.values.length ? tmp.values[x]! : Infinity;
        const gv = y < g.values.length ? g.values[y]! : Infinity;
        const value = Math.min(tv, gv);
        let freq = 0;
        if (tv === value) freq += tmp.freqs[x++]!;
        if (gv === value) freq += g.freqs[y++]!;
        merged.values.push(value + shift);
        merged.freqs.push(freq);
      }
      tmp = merged;
      next.push(tmp);
    }
    gs = next;
  }
  let combinations = 1;
  for (let q = 1; q <= m; q++) combinations = (combinations * (n + q)) / q;
  let count = 0;
  const last = gs[m]!;
  for (let k = 0; k < last.values.length; k++) if (last.values[k]! >= zeta) count += last.freqs[k]!;
  return Math.fround(count / combinations);
}

/**
 * scipy.stats.epps_singleton_2samp(reference, current) with t = (0.4, 0.8): the empirical characteristic
 * functions at t / (IQR / 2), their biased covariance, and a chi-square with 4 degrees of freedom (with the
 * small-sample correction below 25 values). Evidently refuses a zero interquartile range.
 */
export function eppsSingleton(reference: Float64Array, current: Float64Array): number {
  const nx = reference.length;
  const ny = current.length;
  if (nx < 5 || ny < 5) throw new RefusedData('es needs at least 5 values on each side (scipy epps_singleton_2samp refuses fewer)');
  const n = nx + ny;
  const both = new Float64Array(n);
  both.set(reference);
  both.set(current, nx);
  both.sort();
  const sigma = (quantileLinear(both, 0.75) - quantileLinear(both, 0.25)) / 2;
  if (sigma === 0) throw new RefusedData('es needs variability: the interquartile range of both samples is zero (Evidently refuses it)');
  const ts = [0.4 / sigma, 0.8 / sigma];
  const features = (x: Float64Array) => [
    ...ts.map((t) => Float64Array.from(x, (v) => Math.cos(t * v))),
    ...ts.map((t) => Float64Array.from(x, (v) => Math.sin(t * v))),
  ];
  const gx = features(reference);
  const gy = features(current);
  const meanX = gx.map(mean);
  const meanY = gy.map(mean);
  const cov: number[][] = [];
  for (let p = 0; p < 4; p++) {
    cov.push([]);
    for (let q = 0; q < 4; q++)
      cov[p]!.push((n / nx) * biasedCov(gx[p]!, gx[q]!, meanX[p]!, meanX[q]!) + (n / ny) * biasedCov(gy[p]!, gy[q]!, meanY[p]!, meanY[q]!));
  }
  const diff = meanX.map((m, p) => m - meanY[p]!);
  const solved = solveSymmetric(cov, diff);
  if (!solved) throw new RefusedData('es: the estimated covariance matrix is singular (scipy then falls back to a pseudo-inverse dhow does not compute)');
  let w = 0;
  for (let p = 0; p < 4; p++) w += diff[p]! * solved[p]!;
  w *= n;
  if (Math.max(nx, ny) < 25) w *= 1 / (1 + n ** -0.45 + 10.1 * (nx ** -1.7 + ny ** -1.7));
  return chi2Sf(w, 4);
}

/** numpy.cov's entry for two rows, times (n - 1) / n: the biased estimate the test uses. */
function biasedCov(x: Float64Array, y: Float64Array, mx: number, my: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i]! - mx) * (y[i]! - my);
  return s / x.length;
}

/** numpy.percentile with linear interpolation on a sorted sample. */
function quantileLinear(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Solves A x = b by Gaussian elimination with partial pivoting; undefined when A is numerically singular. */
function solveSymmetric(a: number[][], b: number[]): number[] | undefined {
  const size = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  let scale = 0;
  for (const row of a) for (const v of row) scale = Math.max(scale, Math.abs(v));
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let r = col + 1; r < size; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) <= scale * size * Number.EPSILON) return undefined;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = col + 1; r < size; r++) {
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= size; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  const x = new Array<number>(size).fill(0);
  for (let r = size - 1; r >= 0; r--) {
    let s = m[r]![size]!;
    for (let c = r + 1; c < size; c++) s -= m[r]![c]! * x[c]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}
