/**
 * Word and character error rates with jiwer 4's definitions and default transforms.
 *
 * WER (jiwer.wer, transform `wer_default`): runs of two or more whitespace characters become one space,
 * the string is stripped, then split on " " (a lone tab stays inside a word, as in jiwer).
 * CER (jiwer.cer, transform `cer_default`): the string is stripped, then every code point (spaces
 * included) is a symbol.
 * Both are corpus micro-averages: total edits (S + D + I) over total reference symbols (H + S + D), which
 * is the summed Levenshtein distances over the summed reference lengths.
 *
 * Empty references follow jiwer 4.0 ("allow empty references", jitsi/jiwer#108; jiwer 3 raised ValueError):
 * a reference that is empty, before or after the transform, is allowed and its hypothesis' symbols count as
 * insertions. When the whole corpus has no reference symbol, the rate is the number of insertions itself
 * (jiwer's `wer = num_insertions`), so wer('', 'silence') = 1 and cer('', 'abd') = 3: a model that
 * hallucinates on silent audio scores above 0, one that stays silent scores 0.
 */
import { levenshteinRanges } from './levenshtein.js';
import { atLeastInt32, CharIds } from './ngrams.js';
import { TokenIds } from './token-ids.js';
import { isPyWhitespace, pyStrip } from './whitespace.js';

/**
 * jiwer's wer_default: RemoveMultipleSpaces (a run of two or more whitespace characters becomes " "), Strip,
 * then split on " " with empty words dropped. Done in one scan: words are separated by a space or by a run of
 * two or more whitespace characters; a lone other whitespace character (a tab) between two words' characters
 * stays inside the word, and one at either end goes with the strip.
 */
export function werWords(s: string): string[] {
  const ranges = new Int32Array(s.length + 2);
  const count = werWordRanges(s, ranges, 0);
  const words: string[] = [];
  for (let k = 0; k < count; k++) words.push(s.slice(ranges[2 * k], ranges[2 * k + 1]));
  return words;
}

/**
 * werWords as [start, end) offsets into `s`, written pairwise into `ranges` from `at` (room for s.length + 2
 * needed); returns the number of words.
 */
export function werWordRanges(s: string, ranges: Int32Array, at: number): number {
  let end = s.length;
  while (end > 0 && isPyWhitespace(s.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && isPyWhitespace(s.charCodeAt(start))) start++;
  let out = at;
  let word = start;
  for (let i = start; i < end;) {
    const c = s.charCodeAt(i);
    if (!isPyWhitespace(c)) {
      i++;
      continue;
    }
    let run = i + 1;
    while (run < end && isPyWhitespace(s.charCodeAt(run))) run++;
    if (c === 0x20 || run - i >= 2) {
      if (i > word) {
        ranges[out++] = word;
        ranges[out++] = i;
      }
      word = run;
    }
    i = run;
  }
  if (end > word) {
    ranges[out++] = word;
    ranges[out++] = end;
  }
  return (out - at) >> 1;
}

export interface ErrorCounts {
  /** S + D + I summed over segments. */
  edits: number;
  /** H + S + D: reference words (or characters) summed over segments. */
  referenceLength: number;
  /** Segments added. */
  segments: number;
}

/** jiwer 4's corpus rate: edits over reference symbols, or the edits (all insertions) when there are none. */
function errorRate(c: ErrorCounts): number {
  if (c.segments === 0) return Number.NaN;
  return c.referenceLength === 0 ? c.edits : c.edits / c.referenceLength;
}

/** Accumulates corpus WER over segments, one at a time (constant memory). */
export class WordErrorRate {
  private edits = 0;
  private referenceLength = 0;
  private segments = 0;

  // Reused from segment to segment: the word ids, the words' offsets, and one buffer holding the reference's ids
  // then the hypothesis's.
  private readonly words = new TokenIds();
  private ranges = new Int32Array(512);
  private symbols = new Int32Array(256);

  add(hypothesis: string, reference: string): void {
    const ranges = (this.ranges = atLeastInt32(this.ranges, reference.length + hypothesis.length + 4));
    const refCount = werWordRanges(reference, ranges, 0);
    const hypCount = werWordRanges(hypothesis, ranges, 2 * refCount);
    // Words become dense integer ids (per segment: only equality matters for the distance).
    const words = this.words;
    words.reset();
    const symbols = (this.symbols = atLeastInt32(this.symbols, refCount + hypCount));
    for (let k = 0; k < refCount; k++) symbols[k] = words.id(reference, ranges[2 * k]!, ranges[2 * k + 1]!);
    for (let k = refCount; k < refCount + hypCount; k++) symbols[k] = words.id(hypothesis, ranges[2 * k]!, ranges[2 * k + 1]!);
    this.edits += levenshteinRanges(symbols, 0, refCount, symbols, refCount, refCount + hypCount, words.size + 1);
    this.referenceLength += refCount;
    this.segments += 1;
  }

  counts(): ErrorCounts {
    return { edits: this.edits, referenceLength: this.referenceLength, segments: this.segments };
  }

  /** WER as a fraction (like jiwer): may exceed 1 when there are many insertions. NaN before any segment. */
  value(): number {
    return errorRate(this.counts());
  }
}

/** Accumulates corpus CER over segments. */
export class CharacterErrorRate {
  private edits = 0;
  private referenceLength = 0;
  private segments = 0;

  private readonly chars = new CharIds();
  private symbols = new Int32Array(1024);

  add(hypothesis: string, reference: string): void {
    const refText = pyStrip(reference);
    const hypText = pyStrip(hypothesis);
    const chars = this.chars;
    chars.reset();
    const symbols = (this.symbols = atLeastInt32(this.symbols, refText.length + hypText.length));
    const refEnd = chars.idsInto(refText, symbols, 0, false);
    const hypEnd = chars.idsInto(hypText, symbols, refEnd, false);
    this.edits += levenshteinRanges(symbols, 0, refEnd, symbols, refEnd, hypEnd, chars.size + 1);
    this.referenceLength += refEnd;
    this.segments += 1;
  }

  counts(): ErrorCounts {
    return { edits: this.edits, referenceLength: this.referenceLength, segments: this.segments };
  }

  /** CER as a fraction (like jiwer); NaN before any segment. */
  value(): number {
    return errorRate(this.counts());
  }
}

/** Corpus WER of parallel lists, as jiwer.wer(references, hypotheses). */
export function wordErrorRate(references: readonly string[], hypotheses: readonly string[]): number {
  assertParallel(references, hypotheses);
  const acc = new WordErrorRate();
  references.forEach((r, i) => acc.add(hypotheses[i] ?? '', r));
  return acc.value();
}

/** Corpus CER of parallel lists, as jiwer.cer(references, hypotheses). */
export function characterErrorRate(references: readonly string[], hypotheses: readonly string[]): number {
  assertParallel(references, hypotheses);
  const acc = new CharacterErrorRate();
  references.forEach((r, i) => acc.add(hypotheses[i] ?? '', r));
  return acc.value();
}

function assertParallel(references: readonly string[], hypotheses: readonly string[]): void {
  if (references.length !== hypotheses.length) {
    throw new RangeError(`${references.length} references but ${hypotheses.length} hypotheses`);
  }
}
