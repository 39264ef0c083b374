/**
 * Levenshtein distance between two sequences of integer symbols (word ids or code points), with unit costs
 * for substitution, insertion and deletion, as rapidfuzz (and so jiwer) counts it. Bit-parallel (Myers 1999,
 * with Hyyrö's blocks for patterns longer than 32): O(ceil(m/32) * n) instead of O(m * n), after the common
 * prefix and suffix are set aside.
 */

/** Distance between sequences of arbitrary integer symbols. */
export function levenshtein(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const ids = new Map<number, number>();
  const dense = (s: ArrayLike<number>) => {
    const out = new Int32Array(s.length);
    for (let i = 0; i < s.length; i++) {
      let id = ids.get(s[i]!);
      if (id === undefined) {
        id = ids.size + 1;
        ids.set(s[i]!, id);
      }
      out[i] = id;
    }
    return out;
  };
  const da = dense(a);
  const db = dense(b);
  return levenshteinDense(da, db, ids.size + 1);
}

/** Distance between sequences of dense ids in [0, alphabet). */
export function levenshteinDense(a: Int32Array, b: Int32Array, alphabet: number): number {
  return levenshteinRanges(a, 0, a.length, b, 0, b.length, alphabet);
}

/**
 * Distance between a[aFrom, aTo) and b[bFrom, bTo), ids in [0, alphabet): ranges rather than subarrays, since a
 * typed-array view is an allocation and a corpus makes one call per segment and metric.
 */
export function levenshteinRanges(a: Int32Array, aFrom: number, aTo: number, b: Int32Array, bFrom: number, bTo: number, alphabet: number): number {
  let startA = aFrom;
  let startB = bFrom;
  let endA = aTo;
  let endB = bTo;
  while (startA < endA && startB < endB && a[startA] === b[startB]) {
    startA++;
    startB++;
  }
  while (endA > startA && endB > startB && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  // The pattern is the shorter.
  const swap = endA - startA > endB - startB;
  const pattern = swap ? b : a;
  const patternFrom = swap ? startB : startA;
  const m = swap ? endB - startB : endA - startA;
  const text = swap ? a : b;
  const textFrom = swap ? startA : startB;
  const n = swap ? endA - startA : endB - startB;
  if (m === 0) return n;
  const blocks = (m + 31) >>> 5;
  // Peq[symbol * blocks + block]: bit i set where the pattern holds the symbol. The table is reused from call
  // to call (a corpus makes one call per segment) and the pattern's entries are cleared before returning.
  if (peqScratch.length < alphabet * blocks) peqScratch = new Int32Array(Math.max(alphabet * blocks, 2 * peqScratch.length));
  const peq = peqScratch;
  for (let i = 0; i < m; i++) peq[pattern[patternFrom + i]! * blocks + (i >>> 5)]! |= 1 << (i & 31);
  const score = blocks === 1 ? oneBlock(peq, m, text, textFrom, n) : manyBlocks(peq, m, blocks, text, textFrom, n);
  for (let i = 0; i < m; i++) peq[pattern[patternFrom + i]! * blocks + (i >>> 5)] = 0;
  return score;
}

let peqScratch = new Int32Array(4096);

/** Myers' algorithm for a pattern of at most 32 symbols: one machine word per column. */
function oneBlock(peq: Int32Array, m: number, text: Int32Array, textFrom: number, n: number): number {
  const lastBit = 1 << ((m - 1) & 31);
  let pv = -1;
  let mv = 0;
  let score = m;
  const textTo = textFrom + n;
  for (let j = textFrom; j < textTo; j++) {
    const eq = peq[text[j]!]!;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if ((ph & lastBit) !== 0) score++;
    else if ((mh & lastBit) !== 0) score--;
    // The top row grows by one per column: a +1 carries into the first bit.
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return score;
}

/** Hyyrö's blocks for a pattern longer than 32 symbols. */
function manyBlocks(peq: Int32Array, m: number, blocks: number, text: Int32Array, textFrom: number, n: number): number {
  const lastBit = 1 << ((m - 1) & 31);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  let score = m;
  const textTo = textFrom + n;
  for (let j = textFrom; j < textTo; j++) {
    const base = text[j]! * blocks;
    let hin = 1;
    for (let b = 0; b < blocks; b++) {
      let eq = peq[base + b]!;
      const p = pv[b]!;
      const mm = mv[b]!;
      const xv = eq | mm;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq;
      let ph = mm | ~(xh | p);
      let mh = p & xh;
      const high = b === blocks - 1 ? lastBit : 1 << 31;
      let hout = 0;
      if ((ph & high) !== 0) hout = 1;
      else if ((mh & high) !== 0) hout = -1;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
  }
  return score;
}
