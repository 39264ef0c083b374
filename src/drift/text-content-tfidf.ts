/**
 * The text features of Evidently's domain classifier, as scikit-learn 1.2.1 computes them for
 * `TfidfVectorizer(sublinear_tf=True, max_df=0.5, stop_words="english")`: lowercase (str.lower), tokens by the
 * default token_pattern `(?u)\b\w\w+\b` with Python's Unicode `\w`, English stop words out, a vocabulary fitted on
 * the training texts (terms in more than half of them dropped, the rest sorted by code point), smooth idf
 * (ln((1 + n) / (1 + df)) + 1), sublinear tf (1 + ln tf) and rows scaled to unit length. Rows keep the order of
 * their entries that scipy's sparse matrices end up with, because SGD sums over that order: a fitted row lists its
 * terms by last first appearance in the training texts, a transformed row by descending vocabulary index.
 */
import { logCorrectlyRounded } from './text-content-log.js';
import { ENGLISH_STOP_WORDS } from './text-content-stop-words.js';

/** One text as a sparse row: `indices[k]` is a vocabulary index, `values[k]` its weight, in scikit-learn's order. */
export interface SparseRow {
  indices: Int32Array;
  values: Float64Array;
}

export interface TfidfModel {
  /** Terms by vocabulary index (sorted by code point, as Python sorts str). */
  vocabulary: string[];
  /** Smooth idf per vocabulary index. */
  idf: Float64Array;
}

/** Python's `\w` for str patterns: letters (L*), numbers (N*: what str.isalnum accepts beyond letters) and "_". */
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

/**
 * scikit-learn's default analyzer with Evidently's settings: the maximal runs of two or more word characters
 * (what `\b\w\w+\b` matches) of the lowercased text, stop words left out. Counted in code points, as Python counts.
 */
export function analyzeText(text: string, stopWords: ReadonlySet<string> = ENGLISH_STOP_WORDS): string[] {
  const tokens: string[] = [];
  let run = '';
  let length = 0;
  const flush = () => {
    if (length >= 2 && !stopWords.has(run)) tokens.push(run);
    run = '';
    length = 0;
  };
  for (const ch of text.toLowerCase()) {
    if (WORD_CHAR.test(ch)) {
      run += ch;
      length++;
    } else flush();
  }
  flush();
  return tokens;
}

/** Python's str ordering: by code point (JavaScript's default compares UTF-16 units, which differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

/** Raised (as scikit-learn raises ValueError) when the training texts leave no term to learn from. */
export class EmptyVocabulary extends Error {}

/** Fits the vocabulary and idf on the training texts; returns them with the training rows as the classifier sees them. */
export function fitTfidf(texts: readonly string[], maxDf = 0.5): { model: TfidfModel; rows: SparseRow[] } {
  const analyzed = texts.map((t) => analyzeText(t));
  // Term ids in order of first appearance over the corpus: CountVectorizer's own ids before it sorts them.
  const firstSeen = new Map<string, number>();
  const df: number[] = [];
  for (const tokens of analyzed) {
    for (const term of new Set(tokens)) {
      let id = firstSeen.get(term);
      if (id === undefined) {
        id = firstSeen.size;
        firstSeen.set(term, id);
        df.push(0);
      }
      df[id]!++;
    }
  }
  if (firstSeen.size === 0) throw new EmptyVocabulary('empty vocabulary; perhaps the documents only contain stop words');
  const maxDocCount = maxDf * texts.length;
  const kept = [...firstSeen.keys()].filter((term) => df[firstSeen.get(term)!]! <= maxDocCount).sort(compareCodePoints);
  if (kept.length === 0) throw new EmptyVocabulary('After pruning, no terms remain. Try a lower min_df or a higher max_df.');
  const index = new Map(kept.map((term, i) => [term, i]));
  const n = texts.length;
  // np.log(n_samples / df) + 1 with the smoothing's extra document.
  const idf = Float64Array.from(kept, (term) => logCorrectlyRounded((n + 1) / (df[firstSeen.get(term)!]! + 1)) + 1);
  const model = { vocabulary: kept, idf };
  const rows = analyzed.map((tokens) => weigh(model, countTerms(tokens, index), (a, b) => firstSeen.get(kept[b]!)! - firstSeen.get(kept[a]!)!));
  return { model, rows };
}

/** Rows of texts the model was not fitted on (the test half): entries by descending vocabulary index. */
export function transformTfidf(model: TfidfModel, texts: readonly string[]): SparseRow[] {
  const index = new Map(model.vocabulary.map((term, i) => [term, i]));
  return texts.map((t) => weigh(model, countTerms(analyzeText(t), index), (a, b) => b - a));
}

function countTerms(tokens: string[], index: Map<string, number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const token of tokens) {
    const i = index.get(token);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  return counts;
}

/** 1 + ln(tf), times idf, then divided by the row's Euclidean norm (summed in the row's order, as normalize sums). */
function weigh(model: TfidfModel, counts: Map<number, number>, order: (a: number, b: number) => number): SparseRow {
  const indices = Int32Array.from([...counts.keys()].sort(order));
  const values = Float64Array.from(indices, (i) => (logCorrectlyRounded(counts.get(i)!) + 1) * model.idf[i]!);
  let sum = 0;
  for (let k = 0; k < values.length; k++) sum += values[k]! * values[k]!;
  if (sum !== 0) {
    const norm = Math.sqrt(sum);
    for (let k = 0; k < values.length; k++) values[k] = values[k]! / norm;
  }
  return { indices, values };
}
