/**
 * Text quality per slice of an evaluation set: WER, CER, BLEU, chrF (and TER when asked) for every value of
 * one JSONL key (`dialect`: Gulf, Egyptian, Levantine, Maghrebi, MSA ...) beside the whole corpus, in one
 * streaming pass (one accumulator per slice: memory grows with the slices, not the lines). Each metric carries
 * a signature that records what was measured: sacreBLEU's own signature, or jiwer's version and transforms for
 * WER and CER, followed by dhow's fields `dhow-norm` (the normalization applied first) and `slice` (the key).
 */
import { DhowError } from '../../errors.js';
import { decodeUtf8Line, readFileLines } from '../lines.js';
import { parseTextSegment, TextMetrics, type TextMetricName, type TextMetricsOptions, type TextMetricsResult } from './corpus.js';

/** The jiwer version whose definitions WER and CER follow (error-rate.ts, alignment.ts). */
export const JIWER_VERSION = '4.0.0';
/** More slices than this is a key that is not a slice (an id, a free text). */
export const MAX_SLICES = 1000;

export interface SlicedTextOptions extends TextMetricsOptions {
  /** The JSONL key whose string value names a line's slice. */
  sliceBy: string;
}

export interface SliceResult extends TextMetricsResult {
  /** Per metric computed: its signature with the normalization and the slice key recorded. */
  signatures: Partial<Record<TextMetricName, string>>;
}

export interface SlicedTextResult {
  slice_by: string;
  overall: SliceResult;
  /** Slices in first-seen order. */
  slices: Record<string, SliceResult>;
}

/** A metric's signature with dhow's normalization and slice fields appended. */
export function qualitySignature(metric: TextMetricName, result: TextMetricsResult, options: TextMetricsOptions, sliceBy?: string): string {
  // `dhow-norm`, not `norm`: sacreBLEU's TER signature has a `norm` of its own (its tercom normalization), and a
  // key must appear once. dhow's fields come after the tool's, whose order stays the tool's own.
  const dhow = `dhow-norm:${options.normalize ?? 'none'}${sliceBy === undefined ? '' : `|slice:${sliceBy}`}`;
  if (metric === 'wer' || metric === 'cer') {
    const side = (chain: { steps: readonly string[] } | undefined) => (chain ?? { steps: ['default'] }).steps.join('+');
    return `jiwer:${JIWER_VERSION}|ref:${side(options.transforms?.reference)}|hyp:${side(options.transforms?.hypothesis)}|${dhow}`;
  }
  return `${result[`${metric}_signature`]}|${dhow}`;
}

function withSignatures(result: TextMetricsResult, options: SlicedTextOptions): SliceResult {
  const wanted = options.metrics ?? ['wer', 'cer', 'bleu', 'chrf'];
  return { ...result, signatures: Object.fromEntries(wanted.map((m) => [m, qualitySignature(m, result, options, options.sliceBy)])) };
}

/** Streams a JSONL file once and returns the metrics of the whole corpus and of every slice. */
export async function textMetricsBySlice(path: string, options: SlicedTextOptions): Promise<SlicedTextResult> {
  const file = options.name ?? path;
  const overall = new TextMetrics(options);
  const slices = new Map<string, TextMetrics>();
  for await (const raw of readFileLines(path, file)) {
    const text = decodeUtf8Line(raw, file);
    if (text.trim() === '') continue;
    const segment = parseTextSegment(text, file, raw.number);
    // parseTextSegment has proved the line is a JSON object.
    const value = (JSON.parse(text) as Record<string, unknown>)[options.sliceBy];
    if (typeof value !== 'string' || value === '') {
      throw new DhowError('invalid-input', `must be a non-empty string naming the line's slice`, { file, line: raw.number, field: options.sliceBy });
    }
    let acc = slices.get(value);
    if (acc === undefined) {
      if (slices.size >= MAX_SLICES) {
        throw new DhowError('invalid-input', `more than ${MAX_SLICES} distinct values: not a slice key`, { file, line: raw.number, field: options.sliceBy });
      }
      acc = new TextMetrics(options);
      slices.set(value, acc);
    }
    acc.add(segment, raw.number);
    overall.add(segment, raw.number);
  }
  const whole = overall.result();
  if (whole.segments === 0) throw new DhowError('invalid-input', 'no segments: the file is empty', { file });
  return {
    slice_by: options.sliceBy,
    overall: withSignatures(whole, options),
    slices: Object.fromEntries([...slices].map(([name, acc]) => [name, withSignatures(acc.result(), options)])),
  };
}
