/**
 * Fast n-gram counting for BLEU and chrF. Symbols (tokens, characters) of one segment and its references
 * get dense integer ids; an n-gram becomes the number sum(id_k * base^k), exact while base^n < 2^53, built
 * order by order with one multiply-add per position. Clipped matches (the sum over n-grams of
 * min(hyp count, ref count)) come from one reused open-addressing table: no strings, no maps, no sorting.
 */

/** Dense ids for the code points of one segment: a stamped table for the BMP, a map beyond. */
export class CharIds {
  private static readonly stamp = new Int32Array(0x10000);
  private static readonly value = new Int32Array(0x10000);
  private static generation = 0;
  private readonly gen: number;
  private readonly astral = new Map<number, number>();
  size = 0;

  constructor() {
    CharIds.generation = (CharIds.generation + 1) | 0;
    if (CharIds.generation === 0) {
      CharIds.stamp.fill(0);
      CharIds.generation = 1;
    }
    this.gen = CharIds.generation;
  }

  /** The ids (from 1) of the code points of `s`. */
  ids(s: string): Int32Array {
    const out = new Int32Array(s.length);
    let n = 0;
    const stamp = CharIds.stamp;
    const value = CharIds.value;
    for (let i = 0; i < s.length; i++) {
      let cp = s.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i++;
        }
      }
      let id: number;
      if (cp < 0x10000) {
        if (stamp[cp] === this.gen) id = value[cp]!;
        else {
          id = ++this.size;
          stamp[cp] = this.gen;
          value[cp] = id;
        }
      } else {
        const v = this.astral.get(cp);
        if (v !== undefined) id = v;
        else {
          id = ++this.size;
          this.astral.set(cp, id);
        }
      }
      out[n++] = id;
    }
    return n === out.length ? out : out.subarray(0, n);
  }
}

/** Dense ids (from 1) for the words of one segment. */
export class WordIds {
  private readonly map = new Map<string, number>();

  get size(): number {
    return this.map.size;
  }

  ids(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let id = this.map.get(w);
      if (id === undefined) {
        id = this.map.size + 1;
        this.map.set(w, id);
      }
      out[i] = id;
    }
    return out;
  }
}

/** True when every n-gram up to `maxOrder` over `alphabet` ids packs exactly into a double. */
export function packable(alphabet: number, maxOrder: number): boolean {
  return (alphabet + 1) ** maxOrder < 2 ** 53;
}

/** The packed n-grams of order 1: the ids themselves. */
export function unigrams(ids: Int32Array): Float64Array {
  return Float64Array.from(ids);
}

/** The packed n-grams of order n from those of order n - 1 (rolling: one multiply-add per position). */
export function nextOrder(previous: Float64Array, ids: Int32Array, n: number, base: number): Float64Array {
  const count = ids.length - n + 1;
  if (count <= 0) return new Float64Array(0);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = previous[i]! * base + ids[i + n - 1]!;
  return out;
}

/** The packed n-grams of every order 1..maxOrder. */
export function allOrders(ids: Int32Array, maxOrder: number, base: number): Float64Array[] {
  const out: Float64Array[] = [];
  let current = unigrams(ids);
  for (let n = 1; n <= maxOrder; n++) {
    if (n > 1) current = nextOrder(current, ids, n, base);
    out.push(current);
  }
  return out;
}

// One open-addressing table, reused: keys, hypothesis counts, per-reference counts and best reference counts.
let tableKeys = new Float64Array(256);
let tableHyp = new Int32Array(256);
let tableRef = new Int32Array(256);
let tableMax = new Int32Array(256);
const touched: number[] = [];

function prepare(size: number): number {
  let cap = 256;
  while (cap < size * 2) cap *= 2;
  if (cap > tableKeys.length) {
    tableKeys = new Float64Array(cap);
    tableHyp = new Int32Array(cap);
    tableRef = new Int32Array(cap);
    tableMax = new Int32Array(cap);
  }
  return cap - 1;
}

function slotOf(key: number, mask: number): number {
  // Keys are non-negative integers below 2^53: mix the low and high 32 bits.
  const lo = (key % 4294967296) | 0;
  const hi = (key / 4294967296) | 0;
  return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) & mask;
}

/** Inserts the hypothesis n-grams; returns the mask. Slots in use have tableHyp > 0. */
function insertHypothesis(hyp: Float64Array): number {
  const mask = prepare(hyp.length);
  for (let i = 0; i < hyp.length; i++) {
    const key = hyp[i]!;
    let slot = slotOf(key, mask);
    while (tableHyp[slot]! > 0 && tableKeys[slot] !== key) slot = (slot + 1) & mask;
    if (tableHyp[slot] === 0) {
      tableKeys[slot] = key;
      touched.push(slot);
    }
    tableHyp[slot]! += 1;
  }
  return mask;
}

function clearTable(): void {
  for (const slot of touched) {
    tableHyp[slot] = 0;
    tableRef[slot] = 0;
    tableMax[slot] = 0;
  }
  touched.length = 0;
}

/** Clipped matches: sum over n-grams of min(count in hyp, count in ref). */
export function clippedMatches(hyp: Float64Array, ref: Float64Array): number {
  if (hyp.length === 0 || ref.length === 0) return 0;
  const mask = insertHypothesis(hyp);
  let matches = 0;
  for (let i = 0; i < ref.length; i++) {
    const key = ref[i]!;
    let slot = slotOf(key, mask);
    while (tableHyp[slot]! > 0 && tableKeys[slot] !== key) slot = (slot + 1) & mask;
    // Each reference occurrence consumes one hypothesis occurrence: the sum is min(h, r) per n-gram.
    if (tableHyp[slot]! > tableRef[slot]!) {
      tableRef[slot]! += 1;
      matches++;
    }
  }
  clearTable();
  return matches;
}

/**
 * Clipped matches of a hypothesis against several references where each n-gram's reference count is its
 * maximum over the references (BLEU's multi-reference clipping).
 */
export function clippedMatchesMaxRef(hyp: Float64Array, refs: readonly Float64Array[]): number {
  if (refs.length === 1) return clippedMatches(hyp, refs[0]!);
  if (hyp.length === 0) return 0;
  const mask = insertHypothesis(hyp);
  const seen: number[] = [];
  for (const ref of refs) {
    for (let i = 0; i < ref.length; i++) {
      const key = ref[i]!;
      let slot = slotOf(key, mask);
      while (tableHyp[slot]! > 0 && tableKeys[slot] !== key) slot = (slot + 1) & mask;
      if (tableHyp[slot]! > 0) {
        if (tableRef[slot] === 0) seen.push(slot);
        tableRef[slot]! += 1;
      }
    }
    for (const slot of seen) {
      if (tableRef[slot]! > tableMax[slot]!) tableMax[slot] = tableRef[slot]!;
      tableRef[slot] = 0;
    }
    seen.length = 0;
  }
  let matches = 0;
  for (const slot of touched) matches += Math.min(tableHyp[slot]!, tableMax[slot]!);
  clearTable();
  return matches;
}
