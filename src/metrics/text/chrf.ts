/**
 * chrF (Popović 2015) and chrF++ (Popović 2017) as sacreBLEU 2.6 computes them. Defaults are sacreBLEU's:
 * character order 6, word order 0 (chrF2; 2 gives chrF++), beta 2, case-sensitive (`lowercase` folds), whitespace removed
 * before character n-grams are taken, and eps_smoothing off: precision and recall are averaged over the
 * orders that have both hypothesis and reference n-grams ("effective order"), then combined into F-beta.
 * With several references a segment keeps the statistics of the reference with the best segment F-score.
 * Corpus statistics are sums over segments; the score is on the 0-100 scale.
 */
import { SACREBLEU_VERSION, referenceCountLabel } from './bleu.js';
import { atLeastFloat64, atLeastInt32, CharIds, clippedMatchesByClass, clippedMatchesIn, orderedCount, packable, packOrdersInto, WordIds } from './ngrams.js';
import { codePoints, pySplit } from './whitespace.js';

export interface ChrfOptions {
  charOrder: number;
  wordOrder: number;
  beta: number;
  /** Keep whitespace in character n-grams (sacreBLEU's `whitespace=True`). */
  whitespace: boolean;
  /** sacreBLEU's `eps_smoothing=True` (chrF++.py, NLTK and Moses style). */
  epsSmoothing: boolean;
  /** Lowercase hypothesis and references first (sacreBLEU's `lowercase=True`). */
  lowercase: boolean;
}

export const CHRF_DEFAULTS: ChrfOptions = { charOrder: 6, wordOrder: 0, beta: 2, whitespace: false, epsSmoothing: false, lowercase: false };

// sacreBLEU's _PUNCTS (Python's string.punctuation).
const PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');

/** sacreBLEU's CHRF._remove_punctuation: split, then peel one punctuation mark off a word's end or start. */
export function chrfWords(sentence: string): string[] {
  const out: string[] = [];
  for (const w of pySplit(sentence)) {
    const cps = codePoints(w);
    if (cps.length === 1) {
      out.push(w);
      continue;
    }
    const last = String.fromCodePoint(cps[cps.length - 1]!);
    const first = String.fromCodePoint(cps[0]!);
    if (PUNCTUATION.has(last)) out.push(w.slice(0, w.length - last.length), last);
    else if (PUNCTUATION.has(first)) out.push(first, w.slice(first.length));
    else out.push(w);
  }
  return out;
}

/** Character n-gram counters for orders 1..maxOrder (code points, as Python slices a str). */
function charNgrams(line: string, maxOrder: number, whitespace: boolean): Map<string, number>[] {
  const s = whitespace ? line : pySplit(line).join('');
  // UTF-16 offsets of each code point, so n-grams are substrings without building arrays of characters.
  const offsets: number[] = [];
  for (let i = 0; i < s.length; i++) {
    offsets.push(i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  offsets.push(s.length);
  const len = offsets.length - 1;
  const out: Map<string, number>[] = [];
  for (let n = 1; n <= maxOrder; n++) {
    const counts = new Map<string, number>();
    for (let i = 0; i + n <= len; i++) {
      const key = s.slice(offsets[i], offsets[i + n]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    out.push(counts);
  }
  return out;
}

function wordNgrams(words: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function allNgrams(sentence: string, o: ChrfOptions): Map<string, number>[] {
  const ngrams = charNgrams(sentence, o.charOrder, o.whitespace);
  if (o.wordOrder > 0) {
    const words = chrfWords(sentence);
    for (let n = 1; n <= o.wordOrder; n++) ngrams.push(wordNgrams(words, n));
  }
  return ngrams;
}

/** [hyp count (0 when the reference has none), ref count, clipped matches], as _get_match_statistics. */
function matchStatistics(hyp: Map<string, number>, ref: Map<string, number>): [number, number, number] {
  let match = 0;
  let hypCount = 0;
  for (const [k, v] of hyp) {
    hypCount += v;
    const r = ref.get(k);
    if (r !== undefined) match += Math.min(v, r);
  }
  let refCount = 0;
  for (const v of ref.values()) refCount += v;
  return [ref.size > 0 ? hypCount : 0, refCount, match];
}

/** sacreBLEU's CHRF._compute_f_score over flattened [hyp, ref, match] triples; 0-100. */
export function chrfScore(stats: ArrayLike<number>, o: ChrfOptions = CHRF_DEFAULTS): number {
  const eps = 1e-16;
  const factor = o.beta ** 2;
  const order = o.charOrder + o.wordOrder;
  let score = 0;
  let effective = 0;
  let avgPrec = 0;
  let avgRec = 0;
  for (let i = 0; i < order; i++) {
    const nHyp = stats[3 * i]!;
    const nRef = stats[3 * i + 1]!;
    const nMatch = stats[3 * i + 2]!;
    const prec = nHyp > 0 ? nMatch / nHyp : eps;
    const rec = nRef > 0 ? nMatch / nRef : eps;
    const denom = factor * prec + rec;
    score += denom > 0 ? ((1 + factor) * prec * rec) / denom : eps;
    if (nHyp > 0 && nRef > 0) {
      avgPrec += prec;
      avgRec += rec;
      effective += 1;
    }
  }
  if (o.epsSmoothing) return (100 * score) / order;
  if (effective === 0) {
    avgPrec = 0;
    avgRec = 0;
  } else {
    avgPrec /= effective;
    avgRec /= effective;
  }
  if (avgPrec + avgRec !== 0) {
    return 100 * (((1 + factor) * avgPrec * avgRec) / (factor * avgPrec + avgRec));
  }
  return 0;
}

/** Corpus chrF accumulator. */
export class CorpusChrf {
  private readonly options: ChrfOptions;
  private readonly stats: number[];
  private readonly refCounts = new Set<number>();
  // Scratch reused from segment to segment (chrF was half of the text metrics' time, much of it allocation):
  // the symbol ids of the hypothesis and every reference end to end, their packed n-grams, the bounds of each,
  // and the statistics of the reference being scored and of the best one so far.
  private readonly chars = new CharIds();
  private readonly words = new WordIds();
  private charSymbols = new Int32Array(256);
  private wordSymbols = new Int32Array(64);
  private symbolBounds = new Int32Array(8);
  /** Where the word bounds start in symbolBounds (after the character bounds of this segment). */
  private wordBoundsAt = 0;
  private hypGrams = new Float64Array(1024);
  private refGrams = new Float64Array(1024);
  /** Clipped matches by reference and order, from clippedMatchesByClass. */
  private charMatches = new Float64Array(16);
  private wordMatches = new Float64Array(16);
  private readonly hypStarts: Int32Array;
  private readonly refStarts: Int32Array;
  private readonly candidate: Float64Array;
  private readonly best: Float64Array;

  constructor(options: Partial<ChrfOptions> = {}) {
    this.options = { ...CHRF_DEFAULTS, ...options };
    const order = this.options.charOrder + this.options.wordOrder;
    this.stats = new Array<number>(3 * order).fill(0);
    this.hypStarts = new Int32Array(order + 2);
    this.refStarts = new Int32Array(order + 2);
    this.candidate = new Float64Array(3 * order);
    this.best = new Float64Array(3 * order);
  }

  add(hypothesisText: string, referenceTexts: readonly string[]): void {
    this.refCounts.add(referenceTexts.length);
    const o = this.options;
    // CHRF._preprocess_segment: lowercasing is all the preprocessing chrF does.
    const hypothesis = o.lowercase ? hypothesisText.toLowerCase() : hypothesisText;
    const references = o.lowercase ? referenceTexts.map((r) => r.toLowerCase()) : referenceTexts;
    const count = references.length;
    if (count === 0) return;
    // Ids of the hypothesis (sequence 0) and each reference (k + 1), end to end; whitespace is dropped as
    // ''.join(s.split()) drops it unless whitespace is kept.
    const chars = this.chars;
    chars.reset();
    let room = hypothesis.length;
    for (let k = 0; k < count; k++) room += references[k]!.length;
    this.charSymbols = atLeastInt32(this.charSymbols, room);
    this.symbolBounds = atLeastInt32(this.symbolBounds, 2 * (count + 2));
    const bounds = this.symbolBounds;
    const charSymbols = this.charSymbols;
    bounds[0] = 0;
    bounds[1] = chars.idsInto(hypothesis, charSymbols, 0, !o.whitespace);
    for (let k = 0; k < count; k++) bounds[k + 2] = chars.idsInto(references[k]!, charSymbols, bounds[k + 1]!, !o.whitespace);
    // Word ids (chrF++ only) in the second half of the bounds.
    const words = this.words;
    const wordBounds = count + 2;
    this.wordBoundsAt = wordBounds;
    bounds[wordBounds] = 0;
    for (let k = 0; k <= count; k++) bounds[wordBounds + k + 1] = bounds[wordBounds + k]!;
    if (o.wordOrder > 0) {
      words.reset();
      const split = [chrfWords(hypothesis), ...references.map((r) => chrfWords(r))];
      let total = 0;
      for (const w of split) total += w.length;
      this.wordSymbols = atLeastInt32(this.wordSymbols, total);
      for (let k = 0; k <= count; k++) bounds[wordBounds + k + 1] = words.idsInto(split[k]!, this.wordSymbols, bounds[wordBounds + k]!);
    }
    if (this.addByClasses(count)) return;
    if (!packable(chars.size, o.charOrder) || !packable(words.size, o.wordOrder)) {
      this.addByStrings(hypothesis, references);
      return;
    }
    const order = o.charOrder + o.wordOrder;
    this.hypGrams = this.packSegment(0, this.hypGrams, this.hypStarts, chars.size + 1, words.size + 1);
    const best = this.best;
    const candidate = this.candidate;
    let bestF = -1;
    for (let k = 0; k < count; k++) {
      this.refGrams = this.packSegment(k + 1, this.refGrams, this.refStarts, chars.size + 1, words.size + 1);
      const hs = this.hypStarts;
      const rs = this.refStarts;
      for (let i = 0; i < order; i++) {
        const hypCount = hs[i + 1]! - hs[i]!;
        const refCount = rs[i + 1]! - rs[i]!;
        candidate[3 * i] = refCount > 0 ? hypCount : 0;
        candidate[3 * i + 1] = refCount;
        candidate[3 * i + 2] = clippedMatchesIn(this.hypGrams, hs[i]!, hs[i + 1]!, this.refGrams, rs[i]!, rs[i + 1]!);
      }
      // The reference with the best segment F-score; the first of equals.
      const f = chrfScore(candidate, o);
      if (f > bestF) {
        bestF = f;
        best.set(candidate);
      }
    }
    for (let i = 0; i < 3 * order; i++) this.stats[i]! += best[i]!;
  }

  /**
   * The statistics from n-gram classes (clippedMatchesByClass), for the ids and bounds add() left in the scratch;
   * false when the segment is too large for them (add() then packs n-grams).
   */
  private addByClasses(count: number): boolean {
    const o = this.options;
    const bounds = this.symbolBounds;
    const wordBounds = this.wordBoundsAt;
    this.charMatches = atLeastFloat64(this.charMatches, count * o.charOrder);
    this.wordMatches = atLeastFloat64(this.wordMatches, count * o.wordOrder);
    if (!clippedMatchesByClass(this.charSymbols, bounds, 0, count + 1, o.charOrder, this.chars.size + 1, this.charMatches)) return false;
    if (o.wordOrder > 0 && !clippedMatchesByClass(this.wordSymbols, bounds, wordBounds, count + 1, o.wordOrder, this.words.size + 1, this.wordMatches)) {
      return false;
    }
    const candidate = this.candidate;
    const best = this.best;
    const hypChars = bounds[1]! - bounds[0]!;
    const hypWords = bounds[wordBounds + 1]! - bounds[wordBounds]!;
    let bestF = -1;
    for (let k = 0; k < count; k++) {
      const refChars = bounds[k + 2]! - bounds[k + 1]!;
      const refWords = bounds[wordBounds + k + 2]! - bounds[wordBounds + k + 1]!;
      for (let i = 0; i < o.charOrder; i++) {
        // An order's n-grams in a sequence of L symbols: L - n + 1, or none.
        const refCount = Math.max(0, refChars - i);
        candidate[3 * i] = refCount > 0 ? Math.max(0, hypChars - i) : 0;
        candidate[3 * i + 1] = refCount;
        candidate[3 * i + 2] = this.charMatches[k * o.charOrder + i]!;
      }
      for (let j = 0; j < o.wordOrder; j++) {
        const i = o.charOrder + j;
        const refCount = Math.max(0, refWords - j);
        candidate[3 * i] = refCount > 0 ? Math.max(0, hypWords - j) : 0;
        candidate[3 * i + 1] = refCount;
        candidate[3 * i + 2] = this.wordMatches[k * o.wordOrder + j]!;
      }
      // The reference with the best segment F-score; the first of equals.
      const f = chrfScore(candidate, o);
      if (f > bestF) {
        bestF = f;
        best.set(candidate);
      }
    }
    for (let i = 0; i < 3 * (o.charOrder + o.wordOrder); i++) this.stats[i]! += best[i]!;
    return true;
  }

  /** Packs sequence `k`'s character then word n-grams into `grams` (grown when short), bounds into `starts`. */
  private packSegment(k: number, grams: Float64Array<ArrayBuffer>, starts: Int32Array, charBase: number, wordBase: number): Float64Array<ArrayBuffer> {
    const o = this.options;
    const bounds = this.symbolBounds;
    const wordBounds = this.wordBoundsAt;
    const charFrom = bounds[k]!;
    const charTo = bounds[k + 1]!;
    const wordFrom = bounds[wordBounds + k]!;
    const wordTo = bounds[wordBounds + k + 1]!;
    const out = atLeastFloat64(grams, orderedCount(charTo - charFrom, o.charOrder) + orderedCount(wordTo - wordFrom, o.wordOrder));
    const end = packOrdersInto(this.charSymbols, charFrom, charTo, o.charOrder, charBase, out, 0, starts, 0);
    if (o.wordOrder > 0) packOrdersInto(this.wordSymbols, wordFrom, wordTo, o.wordOrder, wordBase, out, end, starts, o.charOrder);
    return out;
  }

  /** The string-keyed path, for segments whose alphabet is too large to pack n-grams into doubles. */
  private addByStrings(hypothesis: string, references: readonly string[]): void {
    const o = this.options;
    const hyp = allNgrams(hypothesis, o);
    let best: number[] = [];
    let bestF = -1;
    for (const reference of references) {
      const ref = allNgrams(reference, o);
      const stats: number[] = [];
      for (let i = 0; i < hyp.length; i++) stats.push(...matchStatistics(hyp[i]!, ref[i]!));
      const f = chrfScore(stats, o);
      if (f > bestF) {
        bestF = f;
        best = stats;
      }
    }
    for (let i = 0; i < best.length; i++) this.stats[i]! += best[i]!;
  }

  statistics(): number[] {
    return [...this.stats];
  }

  score(): number {
    return chrfScore(this.stats, this.options);
  }

  /** The metric's name as sacreBLEU prints it: chrF2, chrF2++ ... */
  name(): string {
    return `chrF${this.options.beta}${'+'.repeat(this.options.wordOrder)}`;
  }

  /** sacreBLEU's chrF signature, e.g. `nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0`. */
  signature(): string {
    const o = this.options;
    return (
      `nrefs:${referenceCountLabel(this.refCounts)}|case:${o.lowercase ? 'lc' : 'mixed'}|eff:${o.epsSmoothing ? 'no' : 'yes'}|` +
      `nc:${o.charOrder}|nw:${o.wordOrder}|space:${o.whitespace ? 'yes' : 'no'}|version:${SACREBLEU_VERSION}`
    );
  }
}

/** Corpus chrF of hypotheses against reference streams, as sacrebleu.corpus_chrf(hyps, [refs1, ...], **options). */
export function corpusChrf(hypotheses: readonly string[], referenceStreams: readonly (readonly string[])[], options: Partial<ChrfOptions> = {}): number {
  const acc = new CorpusChrf(options);
  hypotheses.forEach((h, i) =>
    acc.add(
      h,
      referenceStreams.map((stream) => stream[i]!),
    ),
  );
  return acc.score();
}
