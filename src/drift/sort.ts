/**
 * Sorting float64 columns fast: an LSD radix sort on the IEEE-754 bits (11-bit digits, passes whose digit
 * is constant are skipped), several times faster than TypedArray.prototype.sort on millions of values.
 * NaN must already be gone (the drift code drops NaN and infinities before sorting).
 */

let scratch = new Float64Array(0);

/** Sorts values[0, length) ascending, in place. */
export function sortFloat64(values: Float64Array, length = values.length): Float64Array {
  const view = values.subarray(0, length);
  if (length < 2048) {
    view.sort();
    return view;
  }
  // Decimal text first (one to three radix passes over 32-bit keys, whatever the number of distinct values),
  // then few distinct values of any kind (a hash table), then any doubles.
  if (sortDecimalKeys(view)) return view;
  if (sortByCounting(view)) return view;
  return radixSort(view, length);
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/**
 * Values read from decimal text with at most 9 fraction digits are m / 10^d for integers m: sort the
 * integers m - min (when they span less than 2^32), by counting them when they span few keys (see
 * COUNTING_MIN_RANGE), else with an LSD radix sort of 4-byte keys in 2 or 3 passes, then write m / 10^d
 * back, which is exactly the double that was there (every value is checked).
 *
 * Each loop is a function of its own: V8 compiles a long loop while it runs (on-stack replacement), and
 * code after it in the same function, never run by then, has no type feedback and would throw the
 * compiled loop away when reached (a cold CLI run pays those recompilations).
 */
function sortDecimalKeys(view: Float64Array): boolean {
  const length = view.length;
  const d = fractionDigits(view, Math.min(length, 1000));
  if (d < 0) return false;
  const scale = POW10[d]!;
  // Replace each value by its integer m in place; on the first value that is not m / 10^d, undo and give up.
  const failed = toKeys(view, scale);
  const min = keyStats[0]!;
  const max = keyStats[1]!;
  const negativeZeros = keyStats[2]!;
  if (failed >= 0 || !(max - min < 2 ** 32)) {
    // The keys of negative zeros are -0 themselves (Math.round(-0) is -0): undoing gives every -0 back.
    fromKeys(view, failed >= 0 ? failed : length, scale);
    return false;
  }
  const range = max - min;
  if (range < Math.max(COUNTING_MIN_RANGE, length >>> 3)) {
    const counts = new Uint32Array(range + 1);
    countKeys(view, min, counts);
    writeCounted(view, counts, min, scale);
  } else radixSortKeys(view, min, range, scale);
  if (negativeZeros > 0) restoreNegativeZeros(view, negativeZeros);
  return true;
}

/**
 * Below this many possible keys (or an eighth of the sample's length, when larger), keys are counted, not
 * radix-sorted: the counts take at most half a byte per value beyond a constant.
 */
const COUNTING_MIN_RANGE = 1 << 16;

/** The fraction digits the first `count` values need (the most any of them needs), or -1 beyond 9. */
function fractionDigits(view: Float64Array, count: number): number {
  let d = 0;
  for (let i = 0; i < count; i++) d = digitsOf(view[i]!, d);
  return d > 9 ? -1 : d;
}

function digitsOf(v: number, d: number): number {
  while (d <= 9 && Math.round(v * POW10[d]!) / POW10[d]! !== v) d++;
  return d;
}

/** toKeys' results beside its return value: the smallest and largest key, and how many -0 became 0. */
const keyStats = new Float64Array(3);

/**
 * Writes m = round(v * scale) over each value v, while v is m / scale exactly; returns the index of the
 * first value that is not (its keys before it written), or -1. keyStats gets min, max and the -0 count,
 * updated inside the loop as they change (nothing is left to do after it).
 */
function toKeys(view: Float64Array, scale: number): number {
  const stats = keyStats;
  stats[0] = Infinity;
  stats[1] = -Infinity;
  stats[2] = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < view.length; i++) {
    const v = view[i]!;
    const m = Math.round(v * scale);
    if (m / scale !== v) return i;
    if (m === 0 && Object.is(v, -0)) stats[2]!++;
    view[i] = m;
    if (m < min) stats[0] = min = m;
    if (m > max) stats[1] = max = m;
  }
  return -1;
}

/** Undoes toKeys on view[0, count). */
function fromKeys(view: Float64Array, count: number, scale: number): void {
  for (let j = 0; j < count; j++) view[j] = view[j]! / scale;
}

function countKeys(view: Float64Array, min: number, counts: Uint32Array): void {
  for (let i = 0; i < view.length; i++) counts[view[i]! - min]!++;
}

/** Writes every key back as often as it was counted, as the double (key + min) / scale, in order. */
function writeCounted(view: Float64Array, counts: Uint32Array, min: number, scale: number): void {
  let at = 0;
  for (let key = 0; key < counts.length; key++) {
    const c = counts[key]!;
    if (c === 0) continue;
    const v = (key + min) / scale;
    view.fill(v, at, at + c);
    at += c;
  }
}

/**
 * LSD radix sort of the keys m - min (fewer than 2^32) in 2 or 3 passes, then the doubles written back.
 * No memory beyond the values' own: the 4-byte keys go into the first half of the values' 8-byte slots
 * (key i overwrites bytes of values already read) and the passes alternate between the two halves.
 */
function radixSortKeys(view: Float64Array, min: number, range: number, scale: number): void {
  const length = view.length;
  const lower = new Uint32Array(view.buffer, view.byteOffset, length);
  const upper = new Uint32Array(view.buffer, view.byteOffset + 4 * length, length);
  let src = lower;
  let dst = upper;
  const bits = range === 0 ? 1 : Math.floor(Math.log2(range)) + 1;
  const passes = Math.ceil(bits / 13);
  const width = Math.ceil(bits / passes);
  const buckets = 1 << width;
  // Every pass's digit counts in the same loop that writes the keys (one read of the data, not one per pass).
  const counts = new Uint32Array(3 * buckets);
  digitCounts(view, min, src, counts, width, buckets);
  for (let pass = 0, shift = 0; pass < passes; pass++, shift += width) {
    const base = pass * buckets;
    prefixSums(counts, base, buckets);
    scatterKeys(src, dst, counts, base, shift, buckets - 1);
    const t = src;
    src = dst;
    dst = t;
  }
  // Back to doubles without overwriting keys still to be read: from the end when the keys are in the lower
  // half (double i covers keys 2i and 2i + 1, read already), from the start when in the upper half.
  if (src === lower) keysBackFromEnd(view, src, min, scale);
  else keysBack(view, src, min, scale);
}

function digitCounts(view: Float64Array, min: number, keys: Uint32Array, counts: Uint32Array, width: number, buckets: number): void {
  const mask = buckets - 1;
  const shift2 = 2 * width;
  for (let i = 0; i < view.length; i++) {
    const key = (view[i]! - min) >>> 0;
    keys[i] = key;
    counts[key & mask]!++;
    counts[buckets + ((key >>> width) & mask)]!++;
    counts[2 * buckets + ((key >>> shift2) & mask)]!++;
  }
}

function prefixSums(counts: Uint32Array, base: number, buckets: number): void {
  let sum = 0;
  for (let b = base; b < base + buckets; b++) {
    const c = counts[b]!;
    counts[b] = sum;
    sum += c;
  }
}

function scatterKeys(src: Uint32Array, dst: Uint32Array, counts: Uint32Array, base: number, shift: number, mask: number): void {
  for (let i = 0; i < src.length; i++) {
    const key = src[i]!;
    dst[counts[base + ((key >>> shift) & mask)]!++] = key;
  }
}

function keysBack(view: Float64Array, keys: Uint32Array, min: number, scale: number): void {
  for (let i = 0; i < view.length; i++) view[i] = (keys[i]! + min) / scale;
}

function keysBackFromEnd(view: Float64Array, keys: Uint32Array, min: number, scale: number): void {
  for (let i = view.length - 1; i >= 0; i--) view[i] = (keys[i]! + min) / scale;
}

/**
 * -0 became 0 on the way through the sorted integers: put the negative zeros back, at the start of the run
 * of zeros (as Float64Array.prototype.sort orders them).
 */
function restoreNegativeZeros(view: Float64Array, count: number): void {
  // The first value that is not negative (binary search: the values are sorted).
  let lo = 0;
  let hi = view.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (view[mid]! < 0) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; count > 0; count--) view[i++] = -0;
}

/**
 * Data read from text often has few distinct values (integers, rounded decimals): count them in a hash
 * table, sort the distinct values and write each one back as many times as it occurred. Gives up (false)
 * as soon as the distinct values exceed a sixteenth of the sample or 2^16, or look like they will.
 */
function sortByCounting(view: Float64Array): boolean {
  const length = view.length;
  const limit = Math.min(1 << 16, length >>> 4);
  // Grow the table as distinct values appear; start small so columns with few values stay in cache.
  let size = 1024;
  let shift = 22; // 32 - log2(size): the table index is the top bits of the hash
  let keys = new Float64Array(size);
  let counts = new Int32Array(size);
  let used = new Uint8Array(size);
  let distinct = 0;
  const bits = new Uint32Array(view.buffer, view.byteOffset, length * 2);
  let negativeZeros = 0;
  let positiveZeros = 0;
  for (let i = 0; i < length; i++) {
    const v = view[i]!;
    if (v === 0) {
      // Zeros are counted apart: -0 and +0 compare equal but must keep their order (-0 first).
      if (Object.is(v, -0)) negativeZeros++;
      else positiveZeros++;
      continue;
    }
    let slot = hashBits(bits[2 * i]!, bits[2 * i + 1]!, shift);
    for (;;) {
      if (used[slot] === 0) {
        used[slot] = 1;
        keys[slot] = v;
        counts[slot] = 1;
        distinct++;
        break;
      }
      if (keys[slot] === v) {
        counts[slot]!++;
        break;
      }
      slot = (slot + 1) & (size - 1);
    }
    if (i === 16384 && distinct > 4096) return false;
    if (distinct * 2 > size) {
      if (distinct > limit) return false;
      // Rehash into a table twice the size.
      const oldKeys = keys;
      const oldCounts = counts;
      const oldUsed = used;
      size *= 2;
      shift--;
      keys = new Float64Array(size);
      counts = new Int32Array(size);
      used = new Uint8Array(size);
      const kb = new Uint32Array(oldKeys.buffer);
      for (let j = 0; j < oldUsed.length; j++) {
        if (oldUsed[j] === 0) continue;
        let s2 = hashBits(kb[2 * j]!, kb[2 * j + 1]!, shift);
        while (used[s2] === 1) s2 = (s2 + 1) & (size - 1);
        used[s2] = 1;
        keys[s2] = oldKeys[j]!;
        counts[s2] = oldCounts[j]!;
      }
    }
  }
  const distinctKeys = new Float64Array(distinct);
  const distinctCounts = new Int32Array(distinct);
  let k = 0;
  for (let j = 0; j < size; j++) if (used[j] === 1) distinctKeys[k++] = keys[j]!;
  distinctKeys.sort();
  // Look the counts up again in sorted order.
  const kb = new Uint32Array(distinctKeys.buffer);
  for (let d = 0; d < distinct; d++) {
    const v = distinctKeys[d]!;
    let slot = hashBits(kb[2 * d]!, kb[2 * d + 1]!, shift);
    while (keys[slot] !== v || used[slot] === 0) slot = (slot + 1) & (size - 1);
    distinctCounts[d] = counts[slot]!;
  }
  let at = 0;
  let zerosDone = negativeZeros + positiveZeros === 0;
  for (let d = 0; d <= distinct; d++) {
    if (!zerosDone && (d === distinct || distinctKeys[d]! > 0)) {
      view.fill(-0, at, at + negativeZeros);
      at += negativeZeros;
      view.fill(0, at, at + positiveZeros);
      at += positiveZeros;
      zerosDone = true;
    }
    if (d === distinct) break;
    const v = distinctKeys[d]!;
    view.fill(v, at, at + distinctCounts[d]!);
    at += distinctCounts[d]!;
  }
  return true;
}

/** Multiplicative hashing of a double's two words; the top bits are the well-mixed ones. */
function hashBits(lo: number, hi: number, shift: number): number {
  return Math.imul(Math.imul(lo, 0x9e3779b1) ^ hi, 0x85ebca6b) >>> shift;
}

function radixSort(view: Float64Array, length: number): Float64Array {
  if (scratch.length < length) scratch = new Float64Array(length);
  const a32: Uint32Array = new Uint32Array(view.buffer, view.byteOffset, length * 2);
  const b32: Uint32Array = new Uint32Array(scratch.buffer, 0, length * 2);
  // To sortable unsigned keys: flip all bits of negatives, only the sign bit of positives (little-endian: hi word at 2i+1).
  for (let i = 0; i < length; i++) {
    const hi = a32[2 * i + 1]!;
    if (hi & 0x80000000) {
      a32[2 * i + 1] = ~hi >>> 0;
      a32[2 * i] = ~a32[2 * i]! >>> 0;
    } else a32[2 * i + 1] = (hi | 0x80000000) >>> 0;
  }
  // Six passes of 11, 11 and 10 bits over the low word, then the high word.
  const counts = new Uint32Array(6 * 2048);
  for (let i = 0; i < length; i++) {
    const lo = a32[2 * i]!;
    const hi = a32[2 * i + 1]!;
    counts[lo & 0x7ff]!++;
    counts[2048 + ((lo >>> 11) & 0x7ff)]!++;
    counts[4096 + (lo >>> 22)]!++;
    counts[6144 + (hi & 0x7ff)]!++;
    counts[8192 + ((hi >>> 11) & 0x7ff)]!++;
    counts[10240 + (hi >>> 22)]!++;
  }
  let src = a32;
  let dst = b32;
  for (let pass = 0; pass < 6; pass++) {
    const base = pass * 2048;
    let skip = false;
    let sum = 0;
    for (let d = 0; d < 2048; d++) {
      const c = counts[base + d]!;
      if (c === length) {
        skip = true;
        break;
      }
      counts[base + d] = sum;
      sum += c;
    }
    if (skip) continue;
    const word = pass < 3 ? 0 : 1;
    const shift = (pass % 3) * 11;
    for (let i = 0; i < length; i++) {
      const lo = src[2 * i]!;
      const hi = src[2 * i + 1]!;
      const key = ((word === 0 ? lo : hi) >>> shift) & 0x7ff;
      const at = counts[base + key]!++;
      dst[2 * at] = lo;
      dst[2 * at + 1] = hi;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== a32) a32.set(src.subarray(0, length * 2));
  for (let i = 0; i < length; i++) {
    const hi = a32[2 * i + 1]!;
    if (hi & 0x80000000) a32[2 * i + 1] = (hi & 0x7fffffff) >>> 0;
    else {
      a32[2 * i + 1] = ~hi >>> 0;
      a32[2 * i] = ~a32[2 * i]! >>> 0;
    }
  }
  return view;
}

/** Releases the scratch buffer (after a drift run). */
export function releaseSortScratch(): void {
  scratch = new Float64Array(0);
}
