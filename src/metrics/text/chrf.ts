/**
 * chrF (Popović 2015) and chrF++ (Popović 2017) as sacreBLEU 2.6 computes them. Defaults are sacreBLEU's:
 * character order 6, word order 0 (chrF2; 2 gives chrF++), beta 2, case-sensitive (`lowercase` folds), whitespace removed
 * before character n-grams are taken, and eps_smoothing off: precision and recall are averaged over the
 * orders that have both hypothesis and reference n-grams ("effective order"), then combined into F-beta.
 * With several references a segment keeps the statistics of the reference with the best segment F-score.
 * Corpus statistics are sums over segments; the score is on the 0-100 scale.
 */
import { SACREBLEU_VERSION, referenceCountLabel } from './bleu.js';
import { allOrders, CharIds, clippedMatches, packable, WordIds } from './ngrams.js';
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
export function chrfScore(stats: readonly number[], o: ChrfOptions = CHRF_DEFAULTS): number {
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

  constructor(options: Partial<ChrfOptions> = {}) {
    this.options = { ...CHRF_DEFAULTS, ...options };
    this.stats = new Array<number>(3 * (this.options.charOrder + this.options.wordOrder)).fill(0);
  }

  add(hypothesisText: string, referenceTexts: readonly string[]): void {
    this.refCounts.add(referenceTexts.length);
    const o = this.options;
    // CHRF._preprocess_segment: lowercasing is all the preprocessing chrF does.
    const hypothesis = o.lowercase ? hypothesisText.toLowerCase() : hypothesisText;
    const references = o.lowercase ? referenceTexts.map((r) => r.toLowerCase()) : referenceTexts;
    const squeeze = (s: string) => (o.whitespace ? s : pySplit(s).join(''));
    const chars = new CharIds();
    const hypChars = chars.ids(squeeze(hypothesis));
    const refChars = references.map((r) => chars.ids(squeeze(r)));
    const words = new WordIds();
    const hypWords = o.wordOrder > 0 ? words.ids(chrfWords(hypothesis)) : new Int32Array(0);
    const refWords = o.wordOrder > 0 ? references.map((r) => words.ids(chrfWords(r))) : [];
    let perReference: number[][];
    if (packable(chars.size, o.charOrder) && packable(words.size, o.wordOrder)) {
      const charBase = chars.size + 1;
      const wordBase = words.size + 1;
      const hypGrams = [...allOrders(hypChars, o.charOrder, charBase), ...allOrders(hypWords, o.wordOrder, wordBase)];
      perReference = references.map((_, k) => {
        const refGrams = [...allOrders(refChars[k]!, o.charOrder, charBase), ...allOrders(refWords[k] ?? new Int32Array(0), o.wordOrder, wordBase)];
        const stats: number[] = [];
        for (let i = 0; i < hypGrams.length; i++) {
          const hyp = hypGrams[i]!;
          const ref = refGrams[i]!;
          stats.push(ref.length > 0 ? hyp.length : 0, ref.length, clippedMatches(hyp, ref));
        }
        return stats;
      });
    } else {
      const hyp = allNgrams(hypothesis, o);
      perReference = references.map((reference) => {
        const ref = allNgrams(reference, o);
        const stats: number[] = [];
        for (let i = 0; i < hyp.length; i++) stats.push(...matchStatistics(hyp[i]!, ref[i]!));
        return stats;
      });
    }
    let best: number[] = [];
    let bestF = -1;
    for (const stats of perReference) {
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
