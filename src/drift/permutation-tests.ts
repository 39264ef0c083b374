/**
 * The two tests of Evidently's registry whose p-value comes from permuting the rows of both samples together,
 * so they take the rows in file order (not sorted, not counted):
 * - `TVD` (evidently/legacy/calculations/stattests/tvd_stattest.py at commit a4aa4c2b): the total variation
 *   distance of the value shares, and utils.permutation_test's p-value over 1000 draws of
 *   `np.random.choice(reference + current, len(reference), replace=False)` after `np.random.seed(0)`;
 * - `empirical_mmd` (mmd_stattest.py): MMD² with an RBF kernel whose bandwidth is the median of the reference's
 *   pairwise squared distances, and the share of 100 `np.random.permutation`s of the kernel matrix whose MMD²
 *   is at least the observed one. Evidently never seeds these permutations, so its own p-value changes from run
 *   to run; dhow seeds numpy's RandomState with 0 (as permutation_test does), so its p-value is repeatable and
 *   equals Evidently's code run after `np.random.seed(0)` (but for a permutation that repeats the observed split:
 *   its MMD² equals the observed one, and dhow counts it where Evidently's last bit may not).
 * Sums follow numpy's pairwise summation so that the floating-point results (and the ties the p-values count)
 * are numpy's.
 */
import { LegacyRandomState } from './numpy-random.js';
import { RefusedData } from './refused.js';

/** utils.permutation_test's number of draws for TVD, and mmd_pval's number of permutations. */
export const TVD_ITERATIONS = 1000;
export const MMD_PERMUTATIONS = 100;
/**
 * empirical_mmd keeps the (reference + current)² kernel matrix, as Evidently does: beyond this many values in
 * all it would take more memory than a CI runner should give one column (Evidently's matrix is as large).
 */
export const MMD_MAX_VALUES = 4000;

/** numpy's pairwise summation of a float64 array (np.sum, np.add.reduce): 8 accumulators, blocks of 128. */
export function numpySum(a: ArrayLike<number>, start = 0, end = a.length): number {
  const n = end - start;
  if (n < 8) {
    let res = 0;
    for (let i = start; i < end; i++) res += a[i]!;
    return res;
  }
  if (n <= 128) {
    let r0 = a[start]!,
      r1 = a[start + 1]!,
      r2 = a[start + 2]!,
      r3 = a[start + 3]!,
      r4 = a[start + 4]!,
      r5 = a[start + 5]!,
      r6 = a[start + 6]!,
      r7 = a[start + 7]!;
    let i = start + 8;
    const stop = end - (n % 8);
    for (; i < stop; i += 8) {
      r0 += a[i]!;
      r1 += a[i + 1]!;
      r2 += a[i + 2]!;
      r3 += a[i + 3]!;
      r4 += a[i + 4]!;
      r5 += a[i + 5]!;
      r6 += a[i + 6]!;
      r7 += a[i + 7]!;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < end; i++) res += a[i]!;
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return numpySum(a, start, start + half) + numpySum(a, start + half, end);
}

/**
 * Evidently's _total_variation_distance on counts per value (the keys in one fixed order):
 * 0.5 * np.sum(np.abs(ref / sum(ref) - curr / sum(curr))).
 */
export function totalVariationDistance(reference: ArrayLike<number>, current: ArrayLike<number>, referenceTotal: number, currentTotal: number): number {
  const diffs = new Float64Array(reference.length);
  for (let k = 0; k < diffs.length; k++) diffs[k] = Math.abs(reference[k]! / referenceTotal - current[k]! / currentTotal);
  return 0.5 * numpySum(diffs);
}

/**
 * Evidently's TVD test: the p-value of the observed distance among TVD_ITERATIONS random splits of the pooled
 * rows. `reference` and `current` hold each row's value as an index into the sorted keys (rows in file order,
 * missing values left out, as Evidently drops them); `keys` is how many keys there are.
 */
export function tvdTest(reference: Int32Array, current: Int32Array, keys: number): number {
  const nRef = reference.length;
  const nCur = current.length;
  if (nRef === 0 || nCur === 0) throw new RefusedData('TVD needs values on both sides');
  const pooled = new Int32Array(nRef + nCur);
  pooled.set(reference);
  pooled.set(current, nRef);
  const total = new Float64Array(keys);
  for (let i = 0; i < pooled.length; i++) total[pooled[i]!]!++;
  const ref = new Float64Array(keys);
  for (let i = 0; i < nRef; i++) ref[reference[i]!]!++;
  // Evidently's keys are the values present on either side: a key of no row (possible in a caller's table) is left out.
  const present = [...Array(keys).keys()].filter((k) => total[k]! > 0);
  const pick = (counts: Float64Array) => Float64Array.from(present, (k) => counts[k]!);
  const cur = (counts: Float64Array) => Float64Array.from(present, (k) => total[k]! - counts[k]!);
  const observed = totalVariationDistance(pick(ref), cur(ref), nRef, nCur);
  const rs = new LegacyRandomState(0);
  const draws = new Float64Array(keys);
  const order = new Int32Array(pooled.length);
  let atLeast = 0;
  for (let it = 0; it < TVD_ITERATIONS; it++) {
    // np.random.choice(pooled, nRef, replace=False) is pooled[permutation(len(pooled))[:nRef]].
    rs.permutationInto(order);
    draws.fill(0);
    for (let i = 0; i < nRef; i++) draws[pooled[order[i]!]!]!++;
    if (observed <= Math.abs(totalVariationDistance(pick(draws), cur(draws), nRef, nCur))) atLeast++;
  }
  return atLeast / TVD_ITERATIONS;
}

/** Evidently's empirical MMD² and its permutation p-value (dhow's seed 0), on the rows in file order. */
export function empiricalMmd(reference: Float64Array, current: Float64Array): { mmd: number; pvalue: number } {
  const n = reference.length;
  const m = current.length;
  if (n < 2 || m < 2) throw new RefusedData('empirical_mmd needs at least two values on each side (Evidently divides by n(n - 1))');
  const size = n + m;
  if (size > MMD_MAX_VALUES)
    throw new RefusedData(
      `empirical_mmd builds a kernel matrix over both samples; ${size} values are more than ${MMD_MAX_VALUES} (choose another test for this column)`,
    );
  const z = new Float64Array(size);
  z.set(reference);
  z.set(current, n);
  const squares = Float64Array.from(z, (v) => v * v);
  // squared_paired_dist(x, y)[i][j] = (y_j² - 2 x_i y_j) + x_i², in that order, with the reference (x) as the row
  // of the cross block; sigma_median is over the reference's own n² distances, diagonal included.
  const dist = (row: number, col: number) => squares[col]! - 2 * (z[row]! * z[col]!) + squares[row]!;
  const own = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) own[i * n + j] = dist(i, j);
  // np.percentile(q=50, method="nearest"): the value at index round-half-even((n² - 1) / 2) of the sorted values.
  const virtual = (n * n - 1) / 2;
  const index = virtual % 1 === 0.5 ? (Math.floor(virtual) % 2 === 0 ? Math.floor(virtual) : Math.ceil(virtual)) : Math.round(virtual);
  selectNth(own, index);
  let sigma = Math.sqrt(0.5 * own[index]!);
  if (sigma === 0) sigma = Math.sqrt(0.5);
  const gamma = 1.0 / (2.0 * (sigma * sigma));
  // The kernel matrix with its diagonal zeroed, row-major over [reference, current]; the lower-left block is
  // the transpose of the upper-right (Evidently concatenates kxy.T), so a cross entry's row is always the reference's.
  const kernel = new Float64Array(size * size);
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < size; b++) {
      if (a === b) continue;
      const d = a < n || b >= n ? dist(a, b) : dist(b, a);
      kernel[a * size + b] = Math.exp(-gamma * d);
    }
  }
  const identity = Int32Array.from({ length: size }, (_, i) => i);
  const mmd = mmdOf(kernel, size, identity, n, m);
  // Each row's total, once: a permutation then needs each row's sum over the smaller of its two sides only.
  const rowTotal = new Float64Array(size);
  for (let a = 0; a < size; a++) rowTotal[a] = numpySum(kernel, a * size, (a + 1) * size);
  const rs = new LegacyRandomState(0);
  const ownValues = Float64Array.from(reference).sort();
  const drawn = new Float64Array(n);
  const order = new Int32Array(size);
  let atLeast = 0;
  for (let p = 0; p < MMD_PERMUTATIONS; p++) {
    rs.permutationInto(order);
    // A permutation that puts the reference's own values first has the observed MMD² exactly; numpy's sums in
    // another order decide Evidently's `<=` by their last bit. Equal is at least: dhow counts it.
    for (let i = 0; i < n; i++) drawn[i] = z[order[i]!]!;
    drawn.sort();
    let same = true;
    for (let i = 0; i < n && same; i++) same = drawn[i] === ownValues[i];
    if (same || mmd <= permutedMmd(kernel, size, rowTotal, order, n, m)) atLeast++;
  }
  return { mmd, pvalue: atLeast / MMD_PERMUTATIONS };
}

/**
 * mmd_2samp after a permutation, from row sums: the new reference is the rows order[0..n), the new current the
 * rest. Sums run over the original rows in memory order (numpy's run over the permuted matrix): the same value
 * up to rounding, which decides nothing but an exact repeat of the split (counted as a tie by the caller).
 */
function permutedMmd(kernel: Float64Array, size: number, rowTotal: Float64Array, order: Int32Array, n: number, m: number): number {
  // The smaller side's columns, in memory order: each row's sum over them, the other side's by difference.
  const small = n <= m ? order.slice(0, n) : order.slice(n);
  small.sort();
  const inCurrent = new Uint8Array(size);
  for (let i = n; i < size; i++) inCurrent[order[i]!] = 1;
  let xx = 0;
  let yy = 0;
  let yx = 0;
  for (let a = 0; a < size; a++) {
    const base = a * size;
    let part = 0;
    for (let k = 0; k < small.length; k++) part += kernel[base + small[k]!]!;
    const toCurrent = n <= m ? rowTotal[a]! - part : part;
    const toReference = rowTotal[a]! - toCurrent;
    if (inCurrent[a] === 1) {
      yy += toCurrent;
      yx += toReference;
    } else xx += toReference;
  }
  return (1 / (n * (n - 1))) * xx + (1 / (m * (m - 1))) * yy - 2.0 * (yx / (m * n));
}

/** Puts the k-th smallest value at index k (values before it smaller or equal, after it larger or equal). */
function selectNth(values: Float64Array, k: number): void {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    // Median of three as the pivot; Hoare partition.
    const mid = (lo + hi) >>> 1;
    const a = values[lo]!;
    const b = values[mid]!;
    const c = values[hi]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * mmd_2samp on kernel[index][:, index]: A * Kxx.sum() + B * Kyy.sum() - 2 * Kxy.mean(), each block summed as
 * numpy sums a strided 2-d view (row by row, each row pairwise).
 */
function mmdOf(kernel: Float64Array, size: number, index: Int32Array, n: number, m: number): number {
  const row = new Float64Array(size);
  const block = (rows: [number, number], cols: [number, number]) => {
    let total = 0;
    for (let a = rows[0]; a < rows[1]; a++) {
      const base = index[a]! * size;
      for (let b = cols[0]; b < cols[1]; b++) row[b - cols[0]] = kernel[base + index[b]!]!;
      total += numpySum(row, 0, cols[1] - cols[0]);
    }
    return total;
  };
  const xx = block([0, n], [0, n]);
  const yy = block([n, size], [n, size]);
  const yx = block([n, size], [0, n]);
  return (1 / (n * (n - 1))) * xx + (1 / (m * (m - 1))) * yy - 2.0 * (yx / (m * n));
}
