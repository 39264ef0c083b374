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
import { levenshteinDense } from './levenshtein.js';
import { CharIds, WordIds } from './ngrams.js';
import { PY_WHITESPACE_RUN_OF_TWO, pyStrip } from './whitespace.js';

/** jiwer's wer_default: RemoveMultipleSpaces, Strip, ReduceToListOfListOfWords. */
export function werWords(s: string): string[] {
  return pyStrip(s.replace(PY_WHITESPACE_RUN_OF_TWO, ' '))
    .split(' ')
    .filter((w) => w.length >= 1);
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

  add(hypothesis: string, reference: string): void {
    const ref = werWords(reference);
    const hyp = werWords(hypothesis);
    // Words become dense integer ids (per segment: only equality matters for the distance).
    const words = new WordIds();
    const r = words.ids(ref);
    const h = words.ids(hyp);
    this.edits += levenshteinDense(r, h, words.size + 1);
    this.referenceLength += ref.length;
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

  add(hypothesis: string, reference: string): void {
    const refText = pyStrip(reference);
    const chars = new CharIds();
    const ref = chars.ids(refText);
    const hyp = chars.ids(pyStrip(hypothesis));
    this.edits += levenshteinDense(ref, hyp, chars.size + 1);
    this.referenceLength += ref.length;
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
