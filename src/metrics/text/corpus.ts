/**
 * Text quality over an evaluation set: corpus WER and CER (jiwer 4), BLEU and chrF (sacreBLEU 2.6), in one
 * streaming pass over a JSONL file whose lines are {"hypothesis": "...", "reference": "..."} or
 * {"hypothesis": "...", "references": ["...", "..."]}. BLEU and chrF use every reference; WER and CER (which
 * jiwer defines against one reference) use the first. Other keys on a line (ids, dialect labels) are ignored.
 * Optionally every string is first normalized as Arabic (all steps of `normalizeArabic`).
 */
import { DhowError } from '../../errors.js';
import { normalizeArabic } from '../arabic/normalize.js';
import { decodeUtf8Line, readFileLines } from '../lines.js';
import { CorpusBleu, type BleuOptions } from './bleu.js';
import { CorpusChrf, type ChrfOptions } from './chrf.js';
import { CharacterErrorRate, WordErrorRate } from './error-rate.js';
import { jsonSyntaxMessage } from '../../io/jsonl.js';

export type TextNormalization = 'none' | 'arabic';

export interface TextSegment {
  hypothesis: string;
  references: string[];
}

export const TEXT_METRICS = ['wer', 'cer', 'bleu', 'chrf'] as const;
export type TextMetricName = (typeof TEXT_METRICS)[number];

export interface TextMetricsOptions {
  normalize?: TextNormalization;
  /** chrF word n-gram order: 0 (chrF2, sacreBLEU's default) or 2 (chrF++). */
  chrfWordOrder?: number;
  /** sacreBLEU BLEU options (tokenizer, case, smoothing, effective order). */
  bleu?: Partial<BleuOptions>;
  /** sacreBLEU chrF options (orders, beta, case, whitespace, eps smoothing); `chrfWordOrder` wins over wordOrder. */
  chrf?: Partial<ChrfOptions>;
  /** The metrics to compute (default all); the others stay NaN and cost nothing. */
  metrics?: readonly TextMetricName[];
  /** The name errors give the input (default: its path). */
  name?: string;
}

/** The public JSON of `dhow metrics text` (keys are part of the interface). */
export interface TextMetricsResult {
  segments: number;
  wer: number;
  cer: number;
  bleu: number;
  chrf: number;
  bleu_signature: string;
  chrf_signature: string;
}

export class TextMetrics {
  private readonly wer = new WordErrorRate();
  private readonly cer = new CharacterErrorRate();
  private readonly bleu: CorpusBleu;
  private readonly chrf: CorpusChrf;
  private readonly normalize: TextNormalization;
  private readonly wanted: ReadonlySet<TextMetricName>;
  private count = 0;

  constructor(options: TextMetricsOptions = {}) {
    this.normalize = options.normalize ?? 'none';
    this.bleu = new CorpusBleu(options.bleu);
    this.chrf = new CorpusChrf({ ...options.chrf, wordOrder: options.chrfWordOrder ?? options.chrf?.wordOrder ?? 0 });
    this.wanted = new Set(options.metrics ?? TEXT_METRICS);
  }

  /** Adds one segment; an empty reference is allowed (jiwer 4; sacreBLEU always allowed one). */
  add(segment: TextSegment): void {
    const norm = this.normalize === 'arabic' ? (s: string) => normalizeArabic(s) : (s: string) => s;
    const hypothesis = norm(segment.hypothesis);
    const references = segment.references.map(norm);
    const first = references[0] ?? '';
    if (this.wanted.has('wer')) this.wer.add(hypothesis, first);
    if (this.wanted.has('cer')) this.cer.add(hypothesis, first);
    if (this.wanted.has('bleu')) this.bleu.add(hypothesis, references);
    if (this.wanted.has('chrf')) this.chrf.add(hypothesis, references);
    this.count += 1;
  }

  result(): TextMetricsResult {
    return {
      segments: this.count,
      wer: this.wer.value(),
      cer: this.cer.value(),
      bleu: this.wanted.has('bleu') ? this.bleu.score().score : Number.NaN,
      chrf: this.wanted.has('chrf') ? this.chrf.score() : Number.NaN,
      bleu_signature: this.bleu.signature(),
      chrf_signature: this.chrf.signature(),
    };
  }
}

/** Parses one JSONL line into a segment, or throws a DhowError naming the file, line and field. */
export function parseTextSegment(text: string, file: string, line: number): TextSegment {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DhowError('invalid-input', `not valid JSON: ${jsonSyntaxMessage(error)}`, { file, line });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DhowError('invalid-input', 'each line must be a JSON object with "hypothesis" and "reference" or "references"', { file, line });
  }
  const record = value as Record<string, unknown>;
  if (typeof record.hypothesis !== 'string') {
    throw new DhowError('invalid-input', 'must be a string', { file, line, field: 'hypothesis' });
  }
  const hasOne = Object.hasOwn(record, 'reference');
  const hasMany = Object.hasOwn(record, 'references');
  if (hasOne === hasMany) {
    throw new DhowError('invalid-input', 'give exactly one of "reference" (a string) or "references" (a list of strings)', { file, line, field: 'reference' });
  }
  if (hasOne) {
    if (typeof record.reference !== 'string') throw new DhowError('invalid-input', 'must be a string', { file, line, field: 'reference' });
    return { hypothesis: record.hypothesis, references: [record.reference] };
  }
  const refs = record.references;
  if (!Array.isArray(refs) || refs.length === 0 || !refs.every((r) => typeof r === 'string')) {
    throw new DhowError('invalid-input', 'must be a non-empty list of strings', { file, line, field: 'references' });
  }
  return { hypothesis: record.hypothesis, references: refs as string[] };
}

/** Streams a JSONL file of segments (blank lines are skipped; invalid UTF-8 is an error naming the line). */
export async function* readTextSegments(path: string, file = path): AsyncGenerator<TextSegment & { line: number }> {
  for await (const raw of readFileLines(path, file)) {
    const text = decodeUtf8Line(raw, file);
    if (text.trim() === '') continue;
    yield { ...parseTextSegment(text, file, raw.number), line: raw.number };
  }
}

/** Computes the text metrics of a JSONL file in one streaming pass. */
export async function textMetricsFromJsonl(path: string, options: TextMetricsOptions = {}): Promise<TextMetricsResult> {
  const file = options.name ?? path;
  const metrics = new TextMetrics(options);
  for await (const segment of readTextSegments(path, file)) metrics.add(segment);
  const result = metrics.result();
  if (result.segments === 0) throw new DhowError('invalid-input', 'no segments: the file is empty', { file });
  return result;
}
