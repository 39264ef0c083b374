/**
 * Sketch mode: the current data's numerical columns are folded into fixed-size sketches instead of being
 * kept, so memory stays flat however many rows arrive. A sketch keeps the exact count, min, max and
 * every distinct value with its count while there are at most 2048 of them (then every test stays exact),
 * and an equal-width histogram of 8192 bins that widens (merging neighbouring bins) when a value falls
 * outside its range. Tests on a sketch treat each bin as its centre: ks, wasserstein and binned
 * psi / jensenshannon become approximate, within about one bin width.
 */
import { ksPvalue } from './kolmogorov.js';
import {
  binLabels,
  chiSquareTest,
  defaultMethod,
  isDrift,
  jensenShannonDistance,
  populationStabilityIndex,
  fillZeroes,
  sturgesEdges,
  zTest,
  type BinnedShares,
  type FrequencyTable,
  type Method,
  type TestOutcome,
} from './stattests.js';

export const SKETCH_BINS = 8192;
/** Distinct values a sketch keeps exactly (integers, codes, rounded measures) before relying on its bins. */
export const SKETCH_EXACT_VALUES = 2048;
/** Evidently bins a numerical column by width when the reference has more distinct values than this. */
const BINNING_DISTINCT = 20;

export class NumericSketch {
  readonly counts = new Float64Array(SKETCH_BINS);
  lo: number;
  width: number;
  count = 0;
  min = Infinity;
  max = -Infinity;
  exact: Map<number, number> | null = new Map();

  /** lo and hi: the expected range (the reference's); it widens as needed. */
  constructor(lo: number, hi: number) {
    if (!(hi > lo)) {
      lo -= 0.5;
      hi = lo + 1;
    }
    this.lo = lo;
    this.width = hi - lo;
  }

  /** Same as add (the CSV reader's NumberSink). */
  push(v: number): void {
    this.add(v);
  }

  /** Adds values[0, count). */
  addAll(values: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) this.add(values[i]!);
  }

  add(v: number): void {
    this.count++;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    if (this.exact) {
      this.exact.set(v, (this.exact.get(v) ?? 0) + 1);
      if (this.exact.size > SKETCH_EXACT_VALUES) this.exact = null;
    }
    while (v < this.lo) this.widen(false);
    while (v > this.lo + this.width) this.widen(true);
    let bin = Math.floor(((v - this.lo) / this.width) * SKETCH_BINS);
    if (bin >= SKETCH_BINS) bin = SKETCH_BINS - 1;
    this.counts[bin]!++;
  }

  /** Doubles the range to the right (keeping lo) or to the left (keeping the top), merging bin pairs. */
  private widen(right: boolean): void {
    const c = this.counts;
    const half = SKETCH_BINS / 2;
    if (right) {
      for (let k = 0; k < half; k++) c[k] = c[2 * k]! + c[2 * k + 1]!;
      c.fill(0, half);
    } else {
      for (let k = SKETCH_BINS - 1; k >= half; k--) c[k] = c[2 * (k - half)]! + c[2 * (k - half) + 1]!;
      c.fill(0, 0, half);
      this.lo -= this.width;
    }
    this.width *= 2;
  }

  /** The sketch as weighted points, sorted: exact values when there are few, else bin centres. */
  points(): WeightedSample {
    if (this.exact) {
      const values = Float64Array.from([...this.exact.keys()]).sort();
      return { values, weights: Float64Array.from(values, (v) => this.exact!.get(v)!), total: this.count, exact: true };
    }
    const values: number[] = [];
    const weights: number[] = [];
    const step = this.width / SKETCH_BINS;
    for (let k = 0; k < SKETCH_BINS; k++) {
      const n = this.counts[k]!;
      if (n === 0) continue;
      // The centre, kept inside the observed [min, max].
      values.push(Math.min(this.max, Math.max(this.min, this.lo + (k + 0.5) * step)));
      weights.push(n);
    }
    return { values: Float64Array.from(values), weights: Float64Array.from(weights), total: this.count, exact: false };
  }
}

/** A sorted sample with a weight per distinct point. */
export interface WeightedSample {
  values: Float64Array;
  weights: Float64Array;
  total: number;
  exact: boolean;
}

/** A sorted plain sample as weighted points (run lengths). */
export function weightedFromSorted(sorted: Float64Array): WeightedSample {
  const values: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    values.push(sorted[i]!);
    weights.push(j - i);
    i = j;
  }
  return { values: Float64Array.from(values), weights: Float64Array.from(weights), total: sorted.length, exact: true };
}

/** Walks the merged support of two weighted samples, calling step(x, next, F_u(x), F_v(x)). */
function walk(u: WeightedSample, v: WeightedSample, step: (x: number, next: number, fu: number, fv: number) => void): void {
  let i = 0;
  let j = 0;
  let cu = 0;
  let cv = 0;
  while (i < u.values.length || j < v.values.length) {
    const x = j >= v.values.length || (i < u.values.length && u.values[i]! <= v.values[j]!) ? u.values[i]! : v.values[j]!;
    if (i < u.values.length && u.values[i] === x) cu += u.weights[i++]!;
    if (j < v.values.length && v.values[j] === x) cv += v.weights[j++]!;
    const next = Math.min(i < u.values.length ? u.values[i]! : Infinity, j < v.values.length ? v.values[j]! : Infinity);
    step(x, next, cu / u.total, cv / v.total);
  }
}

export function weightedWasserstein(u: WeightedSample, v: WeightedSample): number {
  let sum = 0;
  walk(u, v, (x, next, fu, fv) => {
    if (next !== Infinity) sum += Math.abs(fu - fv) * (next - x);
  });
  return sum;
}

export function weightedKsStatistic(u: WeightedSample, v: WeightedSample): number {
  let d = 0;
  walk(u, v, (_x, _next, fu, fv) => {
    d = Math.max(d, Math.abs(fu - fv));
  });
  return d;
}

function weightedTable(u: WeightedSample, v: WeightedSample): FrequencyTable {
  const keys: number[] = [];
  const ref: number[] = [];
  const cur: number[] = [];
  let i = 0;
  let j = 0;
  while (i < u.values.length || j < v.values.length) {
    const x = j >= v.values.length || (i < u.values.length && u.values[i]! <= v.values[j]!) ? u.values[i]! : v.values[j]!;
    keys.push(x);
    ref.push(i < u.values.length && u.values[i] === x ? u.weights[i++]! : 0);
    cur.push(j < v.values.length && v.values[j] === x ? v.weights[j++]! : 0);
  }
  return { keys, reference: Float64Array.from(ref), current: Float64Array.from(cur), referenceTotal: u.total, currentTotal: v.total };
}

function weightedHistogram(s: WeightedSample, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const shares = new Float64Array(bins);
  let b = 0;
  for (let i = 0; i < s.values.length; i++) {
    const x = s.values[i]!;
    while (b < bins - 1 && x >= edges[b + 1]!) b++;
    shares[b]! += s.weights[i]! / s.total;
  }
  return shares;
}

/** One method on a numerical column whose reference and current are weighted samples. */
export function testWeighted(method: Method, reference: WeightedSample, current: WeightedSample, referenceStd: number): TestOutcome & { exactData: boolean } {
  const exactData = reference.exact && current.exact;
  const table = () => weightedTable(reference, current);
  const distinctRef = reference.values.length;
  const binned = distinctRef > BINNING_DISTINCT;
  const shares = (): BinnedShares => {
    if (!binned) {
      const t = table();
      return {
        reference: Float64Array.from(t.reference, (x) => x / t.referenceTotal),
        current: Float64Array.from(t.current, (x) => x / t.currentTotal),
        labels: t.keys.map(String),
      };
    }
    const min = Math.min(reference.values[0]!, current.values[0]!);
    const max = Math.max(reference.values.at(-1)!, current.values.at(-1)!);
    const edges = sturgesEdges(min, max, reference.total + current.total);
    return { reference: weightedHistogram(reference, edges), current: weightedHistogram(current, edges), edges, labels: binLabels(edges) };
  };
  switch (method) {
    case 'ks': {
      const r = ksPvalue(reference.total, current.total, weightedKsStatistic(reference, current));
      return { method, score: r.pvalue, exact: exactData, exactData, shares: shares(), detail: r.method };
    }
    case 'wasserstein':
      return { method, score: weightedWasserstein(reference, current) / Math.max(referenceStd, 0.001), exact: exactData, exactData, shares: shares() };
    case 'chisquare':
      return { method, score: chiSquareTest(table()), exact: exactData, exactData, shares: shares() };
    case 'z':
      return { method, score: zTest(table()), exact: exactData, exactData, shares: shares() };
    case 'jensenshannon':
    case 'psi': {
      const s = shares();
      const score =
        method === 'jensenshannon'
          ? jensenShannonDistance(s.reference, s.current)
          : populationStabilityIndex(fillZeroes(s.reference.slice()), fillZeroes(s.current.slice()));
      return { method, score, exact: exactData, exactData, shares: s };
    }
    default:
      throw new Error(`${method} cannot test a sketch`);
  }
}

/** Evidently's choice for weighted samples (distinct values of both sides, capped at 6). */
export function weightedDefaultMethod(reference: WeightedSample, current: WeightedSample): Method {
  let distinct = 0;
  walk(reference, current, () => void distinct++);
  return defaultMethod('numerical', reference.total, distinct);
}

export { isDrift };
