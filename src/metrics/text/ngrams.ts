/**
 * Fast n-gram counting for BLEU and chrF. Symbols (tokens, characters) of one segment and its references
 * get dense integer ids; an n-gram becomes the number sum(id_k * base^k), exact while base^n < 2^53, built
 * order by order with one multiply-add per position. Clipped matches (the sum over n-grams of
 * min(hyp count, ref count)) come from one reused open-addressing table: no strings, no maps, no sorting.
 * The `...Into`/`...In` forms write into and read from caller-owned scratch arrays, so a corpus loop allocates
 * nothing per segment (chrF's inner loop). Most segments take clippedMatchesByClass instead (chrF, and BLEU with one
 * reference): a trie of the hypothesis's n-grams, or per-order classes when the trie's table would be too large.
 */

import { isPyWhitespace } from './whitespace.js';

export { isPyWhitespace };

/** An Int32Array of at least `size` elements: `current` when it is big enough, else a larger fresh one. */
export function atLeastInt32(current: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  return current.length >= size ? current : new Int32Array(Math.max(size, current.length * 2));
}

/** A Float64Array of at least `size` elements: `current` when it is big enough, else a larger fresh one. */
export function atLeastFloat64(current: Float64Array<ArrayBuffer>, size: number): Float64Array<ArrayBuffer> {
  return current.length >= size ? current : new Float64Array(Math.max(size, current.length * 2));
}

/** Dense ids for the code points of one segment: a stamped table for the BMP, a map beyond. */
export class CharIds {
  private static readonly stamp = new Int32Array(0x10000);
  private static readonly value = new Int32Array(0x10000);
  private static generation = 0;
  private gen = 0;
  private readonly astral = new Map<number, number>();
  size = 0;

  constructor() {
    this.reset();
  }

  /** Forgets every id, for the next segment (one instance serves a whole corpus). */
  reset(): void {
    CharIds.generation = (CharIds.generation + 1) | 0;
    if (CharIds.generation === 0) {
      CharIds.stamp.fill(0);
      CharIds.generation = 1;
    }
    this.gen = CharIds.generation;
    if (this.astral.size > 0) this.astral.clear();
    this.size = 0;
  }

  /** The ids (from 1) of the code points of `s`. */
  ids(s: string): Int32Array {
    const out = new Int32Array(s.length);
    const n = this.idsInto(s, out, 0, false);
    return n === out.length ? out : out.subarray(0, n);
  }

  /**
   * Writes the ids of the code points of `s` into `out` from `at` (room for s.length needed) and returns the end.
   * With `skipWhitespace`, Python's whitespace is left out, exactly as `''.join(s.split())` would: a high and a
   * low surrogate that only whitespace separated become one code point.
   */
  idsInto(s: string, out: Int32Array, at: number, skipWhitespace: boolean): number {
    let n = at;
    const stamp = CharIds.stamp;
    const value = CharIds.value;
    // The generation and the count in locals: the loop runs once per character of every segment.
    const gen = this.gen;
    let size = this.size;
    const length = s.length;
    for (let i = 0; i < length; i++) {
      let cp = s.charCodeAt(i);
      if (skipWhitespace && isPyWhitespace(cp)) continue;
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
        let j = i + 1;
        if (skipWhitespace) while (j < s.length && isPyWhitespace(s.charCodeAt(j))) j++;
        const d = j < s.length ? s.charCodeAt(j) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i = j;
        }
      }
      let id: number;
      if (cp < 0x10000) {
        if (stamp[cp] === gen) id = value[cp]!;
        else {
          id = ++size;
          stamp[cp] = gen;
          value[cp] = id;
        }
      } else {
        const v = this.astral.get(cp);
        if (v !== undefined) id = v;
        else {
          id = ++size;
          this.astral.set(cp, id);
        }
      }
      out[n++] = id;
    }
    this.size = size;
    return n;
  }
}

/** Dense ids (from 1) for the words of one segment. */
export class WordIds {
  private readonly map = new Map<string, number>();

  get size(): number {
    return this.map.size;
  }

  /** Forgets every id, for the next segment. */
  reset(): void {
    this.map.clear();
  }

  /** Writes the ids of `words` into `out` from `at` and returns the end. */
  idsInto(words: readonly string[], out: Int32Array, at: number): number {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let id = this.map.get(w);
      if (id === undefined) {
        id = this.map.size + 1;
        this.map.set(w, id);
      }
      out[at + i] = id;
    }
    return at + words.length;
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
  // A plain loop: Float64Array.from walks the iterator protocol, several times slower on short segments.
  const out = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = ids[i]!;
  return out;
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

/** How many packed n-grams of orders 1..maxOrder a sequence of `length` symbols has. */
export function orderedCount(length: number, maxOrder: number): number {
  let total = 0;
  for (let n = 1; n <= maxOrder && n <= length; n++) total += length - n + 1;
  return total;
}

/**
 * Writes the packed n-grams of orders 1..maxOrder of ids[from, to) into `out` from `at`, order after order, and
 * their bounds into `starts` from `startAt` (order n spans starts[startAt + n - 1] to starts[startAt + n]).
 * Returns the end in `out`. Room needed: orderedCount(to - from, maxOrder) in `out`, maxOrder + 1 in `starts`.
 */
export function packOrdersInto(
  ids: Int32Array,
  from: number,
  to: number,
  maxOrder: number,
  base: number,
  out: Float64Array,
  at: number,
  starts: Int32Array,
  startAt: number,
): number {
  const length = to - from;
  let end = at;
  let previous = at;
  starts[startAt] = at;
  for (let n = 1; n <= maxOrder; n++) {
    const count = length - n + 1;
    const begin = end;
    if (n === 1) for (let i = 0; i < count; i++) out[end++] = ids[from + i]!;
    else for (let i = 0; i < count; i++) out[end++] = out[previous + i]! * base + ids[from + i + n - 1]!;
    previous = begin;
    starts[startAt + n] = end;
  }
  return end;
}

// One open-addressing table, reused: keys, hypothesis counts, per-reference counts and best reference counts.
let tableKeys = new Float64Array(256);
let tableHyp = new Int32Array(256);
let tableRef = new Int32Array(256);
let tableMax = new Int32Array(256);
// The slots in use, to clear them after each count (cheaper than clearing a table sized for the longest segment).
let touched = new Int32Array(256);
let touchedCount = 0;

function prepare(size: number): number {
  let cap = 256;
  while (cap < size * 2) cap *= 2;
  if (cap > tableKeys.length) {
    tableKeys = new Float64Array(cap);
    tableHyp = new Int32Array(cap);
    tableRef = new Int32Array(cap);
    tableMax = new Int32Array(cap);
  }
  if (touched.length < size) touched = new Int32Array(cap);
  return cap - 1;
}

function slotOf(key: number, mask: number): number {
  // Keys are non-negative integers below 2^53. `key | 0` is the low 32 bits (a truncation; `%` on a double is a
  // call into C, once a third of chrF's time). The finalizer folds the high bits of the product down: a plain
  // multiply keeps in its low bits only the key's low bits, and keys packed in an even base share those
  // whenever their last symbols agree, which made long probe chains.
  const lo = key | 0;
  const hi = (key / 4294967296) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/** Inserts the hypothesis n-grams hyp[from, to); returns the mask. Slots in use have tableHyp > 0. */
function insertHypothesis(hyp: Float64Array, from = 0, to = hyp.length): number {
  const mask = prepare(to - from);
  for (let i = from; i < to; i++) {
    const key = hyp[i]!;
    let slot = slotOf(key, mask);
    while (tableHyp[slot]! > 0 && tableKeys[slot] !== key) slot = (slot + 1) & mask;
    if (tableHyp[slot] === 0) {
      tableKeys[slot] = key;
      touched[touchedCount++] = slot;
    }
    tableHyp[slot]! += 1;
  }
  return mask;
}

function clearTable(): void {
  for (let i = 0; i < touchedCount; i++) {
    const slot = touched[i]!;
    tableHyp[slot] = 0;
    tableRef[slot] = 0;
    tableMax[slot] = 0;
  }
  touchedCount = 0;
}

/** Clipped matches: sum over n-grams of min(count in hyp, count in ref). */
export function clippedMatches(hyp: Float64Array, ref: Float64Array): number {
  return clippedMatchesIn(hyp, 0, hyp.length, ref, 0, ref.length);
}

/** clippedMatches of hyp[hypFrom, hypTo) against ref[refFrom, refTo): ranges of scratch arrays, no copies. */
export function clippedMatchesIn(hyp: Float64Array, hypFrom: number, hypTo: number, ref: Float64Array, refFrom: number, refTo: number): number {
  if (hypTo <= hypFrom || refTo <= refFrom) return 0;
  const mask = insertHypothesis(hyp, hypFrom, hypTo);
  let matches = 0;
  for (let i = refFrom; i < refTo; i++) {
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
  for (let i = 0; i < touchedCount; i++) matches += Math.min(tableHyp[touched[i]!]!, tableMax[touched[i]!]!);
  clearTable();
  return matches;
}

// Clipped matches by n-gram classes: the n-grams of one segment (hypothesis and references) get dense class ids,
// order after order: an n-gram's class is that of the pair (class of its (n-1)-gram prefix, its last symbol), so a
// class is found by indexing a table of (class count x alphabet) pairs, no hashing. Counting is then by class.
let classes = new Int32Array(1024);
let pairStamp = new Int32Array(4096);
let pairClass = new Int32Array(4096);
let pairGeneration = 0;
let hypCounts = new Int32Array(1024);
let refSeen = new Int32Array(1024);
/** The largest table (entries) the trie or the class path uses; a segment that needs more takes the hash path. */
const MAX_PAIRS = 1 << 20;

/**
 * Clipped matches of every order 1..maxOrder of sequence 0 (the hypothesis) against each of sequences
 * 1..sequences-1 (the references), where sequence s is symbols[bounds[at + s], bounds[at + s + 1]) and every
 * symbol is in [1, alphabet). Writes the matches of reference r (from 0) and order n into
 * matches[r * maxOrder + n - 1]. Counts down a trie of the hypothesis's n-grams, or order by order with classes
 * when the trie's table would pass MAX_PAIRS entries. Returns false, having written nothing final, when the pair
 * table would too: the caller then counts with packed n-grams (clippedMatchesIn).
 */
export function clippedMatchesByClass(
  symbols: Int32Array,
  bounds: Int32Array,
  at: number,
  sequences: number,
  maxOrder: number,
  alphabet: number,
  matches: Float64Array,
): boolean {
  if (clippedMatchesByTrie(symbols, bounds, at, sequences, maxOrder, alphabet, matches)) return true;
  return clippedMatchesByOrder(symbols, bounds, at, sequences, maxOrder, alphabet, matches);
}

// The trie of the hypothesis's n-grams up to maxOrder: node 0 is the empty n-gram, and the entry at v * alphabet + x
// of trieEdges holds the child of node v by symbol x in its low TRIE_NODE_BITS bits when its high bits hold this
// segment's generation (so the table is cleared only when the generations wrap; one load finds both). Each node
// counts the hypothesis's occurrences (trieCounts) and those a reference has taken (trieSeen), zeroed when it is made.
const TRIE_NODE_BITS = 20;
const TRIE_NODE_MASK = (1 << TRIE_NODE_BITS) - 1;
/** Generations run 1..TRIE_GENERATIONS - 1 in the 11 bits above the node (the sign bit stays clear). */
const TRIE_GENERATIONS = 1 << (31 - TRIE_NODE_BITS);
let trieEdges = new Int32Array(4096);
let trieGeneration = 0;
let trieCounts = new Int32Array(1024);
let trieSeen = new Int32Array(1024);

/**
 * clippedMatchesByClass by walking each position's n-grams, shortest first, down a trie of the hypothesis's: a
 * reference's walk stops at the first n-gram the hypothesis lacks, since no longer one from there can match. One
 * walk per position and no pass per order. False when the trie's table could exceed MAX_PAIRS entries.
 */
function clippedMatchesByTrie(
  symbols: Int32Array,
  bounds: Int32Array,
  at: number,
  sequences: number,
  maxOrder: number,
  alphabet: number,
  matches: Float64Array,
): boolean {
  const hypFrom = bounds[at]!;
  const hypTo = bounds[at + 1]!;
  const nodeBound = 1 + (hypTo - hypFrom) * maxOrder;
  const entries = nodeBound * alphabet;
  // Nodes fit their bits: nodeBound <= entries <= MAX_PAIRS = 2^TRIE_NODE_BITS.
  if (entries > MAX_PAIRS) return false;
  if (trieEdges.length < entries) {
    trieEdges = new Int32Array(Math.max(entries, 2 * trieEdges.length));
    trieGeneration = 0;
  }
  if (trieCounts.length < nodeBound) {
    trieCounts = new Int32Array(Math.max(nodeBound, 2 * trieCounts.length));
    trieSeen = new Int32Array(trieCounts.length);
  }
  trieGeneration++;
  if (trieGeneration === TRIE_GENERATIONS) {
    trieEdges.fill(0);
    trieGeneration = 1;
  }
  const generation = trieGeneration << TRIE_NODE_BITS;
  const edges = trieEdges;
  const counts = trieCounts;
  const seen = trieSeen;
  let nodes = 1;
  for (let p = hypFrom; p < hypTo; p++) {
    const last = Math.min(hypTo, p + maxOrder);
    let node = 0;
    for (let q = p; q < last; q++) {
      const key = node * alphabet + symbols[q]!;
      const edge = edges[key]!;
      if ((edge & ~TRIE_NODE_MASK) === generation) node = edge & TRIE_NODE_MASK;
      else {
        edges[key] = generation | nodes;
        counts[nodes] = 0;
        seen[nodes] = 0;
        node = nodes++;
      }
      counts[node]! += 1;
    }
  }
  for (let s = 1; s < sequences; s++) {
    const base = (s - 1) * maxOrder;
    for (let k = 0; k < maxOrder; k++) matches[base + k] = 0;
    if (s > 1) seen.fill(0, 0, nodes);
    const from = bounds[at + s]!;
    const to = bounds[at + s + 1]!;
    for (let p = from; p < to; p++) {
      const last = Math.min(to, p + maxOrder);
      let node = 0;
      for (let q = p; q < last; q++) {
        const edge = edges[node * alphabet + symbols[q]!]!;
        if ((edge & ~TRIE_NODE_MASK) !== generation) break;
        node = edge & TRIE_NODE_MASK;
        // Each reference occurrence consumes one hypothesis occurrence: the sum is min(h, r) per n-gram.
        if (seen[node]! < counts[node]!) {
          seen[node]! += 1;
          matches[base + q - p]! += 1;
        }
      }
    }
  }
  return true;
}

/** clippedMatchesByClass order by order, for segments whose trie table would be too large. */
function clippedMatchesByOrder(
  symbols: Int32Array,
  bounds: Int32Array,
  at: number,
  sequences: number,
  maxOrder: number,
  alphabet: number,
  matches: Float64Array,
): boolean {
  const from = bounds[at]!;
  const total = bounds[at + sequences]! - from;
  if (classes.length < total) classes = new Int32Array(Math.max(total, 2 * classes.length));
  const cls = classes;
  // Order 1: the class is the symbol.
  for (let p = 0; p < total; p++) cls[p] = symbols[from + p]!;
  let classCount = alphabet;
  for (let n = 1; n <= maxOrder; n++) {
    if (n > 1) {
      const pairs = classCount * alphabet;
      if (pairs > MAX_PAIRS) return false;
      if (pairStamp.length < pairs) {
        pairStamp = new Int32Array(Math.max(pairs, 2 * pairStamp.length));
        pairClass = new Int32Array(pairStamp.length);
        pairGeneration = 0;
      }
      pairGeneration = (pairGeneration + 1) | 0;
      if (pairGeneration === 0) {
        pairStamp.fill(0);
        pairGeneration = 1;
      }
      const generation = pairGeneration;
      let next = 0;
      for (let s = 0; s < sequences; s++) {
        const start = bounds[at + s]! - from;
        const end = bounds[at + s + 1]! - from - n + 1;
        // In place: the class of order n at p needs only the class of order n - 1 at p.
        for (let p = start; p < end; p++) {
          const key = cls[p]! * alphabet + symbols[from + p + n - 1]!;
          if (pairStamp[key] !== generation) {
            pairStamp[key] = generation;
            pairClass[key] = next++;
          }
          cls[p] = pairClass[key]!;
        }
      }
      classCount = next;
    }
    if (hypCounts.length < classCount) {
      hypCounts = new Int32Array(Math.max(classCount, 2 * hypCounts.length));
      refSeen = new Int32Array(hypCounts.length);
    }
    const hypStart = bounds[at]! - from;
    const hypEnd = bounds[at + 1]! - from - n + 1;
    for (let p = hypStart; p < hypEnd; p++) hypCounts[cls[p]!]! += 1;
    for (let s = 1; s < sequences; s++) {
      const start = bounds[at + s]! - from;
      const end = bounds[at + s + 1]! - from - n + 1;
      let m = 0;
      // Each reference occurrence consumes one hypothesis occurrence: the sum is min(h, r) per n-gram.
      for (let p = start; p < end; p++) {
        const c = cls[p]!;
        if (refSeen[c]! < hypCounts[c]!) {
          refSeen[c]! += 1;
          m++;
        }
      }
      for (let p = start; p < end; p++) refSeen[cls[p]!] = 0;
      matches[(s - 1) * maxOrder + n - 1] = m;
    }
    for (let p = hypStart; p < hypEnd; p++) hypCounts[cls[p]!] = 0;
  }
  return true;
}
