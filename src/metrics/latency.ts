/**
 * Latency summaries with nearest-rank percentiles: the p-th percentile of N samples is the ceil(p/100 * N)-th
 * smallest (the smallest for p = 0), always one of the samples, never an interpolation. The rank is computed
 * in integers (p in thousandths of a percent) so 0.95 * 20 is 19, not 19.000000000000004.
 * `LatencyRecorder` keeps samples in a growable Float64Array (8 bytes each); `latencyFromFile` streams a file
 * of one latency in milliseconds per line into it.
 */
import { DhowError } from '../errors.js';
import { decodeUtf8Line, readFileLines } from './lines.js';

/** The public JSON of `dhow metrics latency` (keys are part of the interface); values in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** The 1-based nearest rank of percentile `p` (0-100) among `n` samples. */
export function nearestRank(p: number, n: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  if (n <= 0) throw new RangeError('no samples');
  const milli = Math.round(p * 1000); // thousandths of a percent
  const rank = Math.ceil((milli * n) / 100_000);
  // (milli * n) is an exact integer below 2^53 for any n a machine can hold; the division is the only rounding.
  return Math.min(n, Math.max(1, exactCeilDiv(milli * n, 100_000, rank)));
}

function exactCeilDiv(numerator: number, denominator: number, approx: number): number {
  // Guard against the float division landing a hair above an integer: check with integer arithmetic.
  let r = approx;
  while (r > 0 && (r - 1) * denominator >= numerator) r -= 1;
  while (r * denominator < numerator) r += 1;
  return r;
}

/** The nearest-rank percentile of samples sorted ascending. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  return sorted[nearestRank(p, sorted.length) - 1]!;
}

export class LatencyRecorder {
  private values = new Float64Array(1024);
  private n = 0;

  /** Records one latency in milliseconds (finite and not negative). */
  add(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`latency must be a finite number >= 0, got ${ms}`);
    if (this.n === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.n++] = ms;
  }

  get count(): number {
    return this.n;
  }

  /** The samples sorted ascending (a copy). */
  sorted(): Float64Array {
    return this.values.slice(0, this.n).sort();
  }

  /** The nearest-rank percentile of what was recorded. */
  percentile(p: number): number {
    return percentileOfSorted(this.sorted(), p);
  }

  summary(): LatencySummary {
    if (this.n === 0) throw new RangeError('no latencies recorded');
    return summarizeSorted(this.sorted());
  }
}

/** count, p50, p90, p95, p99, max and mean of samples sorted ascending. */
export function summarizeSorted(sorted: Float64Array): LatencySummary {
  const n = sorted.length;
  // Neumaier's compensated sum: the mean of millions of samples stays exact to the last digit or so.
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i]!;
    const t = sum + x;
    comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return {
    count: n,
    p50: percentileOfSorted(sorted, 50),
    p90: percentileOfSorted(sorted, 90),
    p95: percentileOfSorted(sorted, 95),
    p99: percentileOfSorted(sorted, 99),
    max: sorted[n - 1]!,
    mean: (sum + comp) / n,
  };
}

/** Summarizes latencies given in any order. */
export function summarizeLatencies(values: Iterable<number>): LatencySummary {
  const rec = new LatencyRecorder();
  for (const v of values) rec.add(v);
  return rec.summary();
}

const NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Reads one latency in milliseconds per line (blank lines skipped) and summarizes them. */
export async function latencyFromFile(path: string, options: { name?: string } = {}): Promise<LatencySummary> {
  const file = options.name ?? path;
  const rec = new LatencyRecorder();
  for await (const raw of readFileLines(path, file)) {
    const text = decodeUtf8Line(raw, file).trim();
    if (text === '') continue;
    if (!NUMBER.test(text)) {
      throw new DhowError('invalid-input', 'not a latency in milliseconds (one non-negative number per line; the line is not repeated here)', {
        file,
        line: raw.number,
      });
    }
    const ms = Number(text);
    // "1e400" matches the grammar but is no double: Number gives Infinity, which a percentile cannot hold.
    if (!Number.isFinite(ms)) {
      throw new DhowError('invalid-input', 'not a finite latency: the number is larger than a double can hold (about 1.8e308)', { file, line: raw.number });
    }
    rec.add(ms);
  }
  if (rec.count === 0) throw new DhowError('invalid-input', 'no latencies: the file is empty', { file });
  return rec.summary();
}
