/**
 * Text quality over an evaluation set: corpus WER and CER (jiwer 4), BLEU, chrF and TER (sacreBLEU 2.6), in one
 * streaming pass over a JSONL file whose lines are {"hypothesis": "...", "reference": "..."} or
 * {"hypothesis": "...", "references": ["...", "..."]}. BLEU and chrF use every reference; WER and CER (which
 * jiwer defines against one reference) use the first. Other keys on a line (ids, dialect labels) are ignored.
 * Optionally every string is first normalized as Arabic (all steps of `normalizeArabic`); WER and CER may then
 * take jiwer's transforms for each side, and report jiwer's alignment (hits, substitutions, deletions, insertions
 * and each segment's chunks).
 */
import { DhowError } from '../../errors.js';
import { normalizeArabic } from '../arabic/normalize.js';
import { decodeUtf8Line, readFileLines } from '../lines.js';
import { CorpusBleu, type BleuOptions } from './bleu.js';
import { CorpusChrf, type ChrfOptions } from './chrf.js';
import { CharacterErrorRate, WordErrorRate } from './error-rate.js';
import { CorpusTer, type TerOptions } from './ter.js';
import { AlignedErrorRate, type AlignedErrorRateResult } from './alignment.js';
import { compileTransform, type TransformChain } from './transforms.js';
import { jsonSyntaxMessage } from '../../io/jsonl.js';

export type TextNormalization = 'none' | 'arabic';

export interface TextSegment {
  hypothesis: string;
  references: string[];
}

export const TEXT_METRICS = ['wer', 'cer', 'bleu', 'chrf', 'ter'] as const;
export type TextMetricName = (typeof TEXT_METRICS)[number];
/** What is computed when nobody says: TER's shift search costs more than the rest together, so it is asked for. */
export const DEFAULT_TEXT_METRICS: readonly TextMetricName[] = ['wer', 'cer', 'bleu', 'chrf'];

export interface TextMetricsOptions {
  normalize?: TextNormalization;
  /** chrF word n-gram order: 0 (chrF2, sacreBLEU's default) or 2 (chrF++). */
  chrfWordOrder?: number;
  /** sacreBLEU BLEU options (tokenizer, case, smoothing, effective order). */
  bleu?: Partial<BleuOptions>;
  /** sacreBLEU chrF options (orders, beta, case, whitespace, eps smoothing); `chrfWordOrder` wins over wordOrder. */
  chrf?: Partial<ChrfOptions>;
  /** sacreBLEU TER options (normalized, no_punct, asian_support, case_sensitive). */
  ter?: Partial<TerOptions>;
  /** jiwer transforms of the reference and the hypothesis for WER and CER (default: each metric's `default`). */
  transforms?: { reference?: TransformChain; hypothesis?: TransformChain };
  /** Report jiwer's alignment of WER and CER: counts and every segment's chunks (grows with the data). */
  alignment?: boolean;
  /** The metrics to compute (default DEFAULT_TEXT_METRICS); the others stay NaN and cost nothing. */
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
  ter: number;
  ter_signature: string;
  /** Present with `alignment`: jiwer's counts and chunks for WER and CER (when computed). */
  wer_alignment?: AlignedErrorRateResult;
  cer_alignment?: AlignedErrorRateResult;
}

const DEFAULT_CHAIN: TransformChain = { steps: ['default'] };

/** WER or CER through jiwer's alignment, with the transforms asked for. */
function alignedRate(options: TextMetricsOptions, unit: 'words' | 'characters'): AlignedErrorRate {
  const ref = compileTransform(options.transforms?.reference ?? DEFAULT_CHAIN, unit);
  const hyp = compileTransform(options.transforms?.hypothesis ?? DEFAULT_CHAIN, unit);
  return new AlignedErrorRate(ref, hyp, options.alignment === true, options.name);
}

export class TextMetrics {
  // The plain distances are the fast path; transforms or an alignment take jiwer's aligned path.
  private readonly wer: WordErrorRate | AlignedErrorRate;
  private readonly cer: CharacterErrorRate | AlignedErrorRate;
  private readonly aligned: boolean;
  private readonly bleu: CorpusBleu;
  private readonly chrf: CorpusChrf;
  private readonly ter: CorpusTer;
  private readonly normalize: TextNormalization;
  private readonly wanted: ReadonlySet<TextMetricName>;
  private readonly showAlignment: boolean;
  private count = 0;

  constructor(options: TextMetricsOptions = {}) {
    this.normalize = options.normalize ?? 'none';
    this.bleu = new CorpusBleu(options.bleu);
    this.chrf = new CorpusChrf({ ...options.chrf, wordOrder: options.chrfWordOrder ?? options.chrf?.wordOrder ?? 0 });
    this.ter = new CorpusTer(options.ter);
    this.aligned = options.alignment === true || options.transforms?.reference !== undefined || options.transforms?.hypothesis !== undefined;
    this.wer = this.aligned ? alignedRate(options, 'words') : new WordErrorRate();
    this.cer = this.aligned ? alignedRate(options, 'characters') : new CharacterErrorRate();
    this.showAlignment = options.alignment === true;
    this.wanted = new Set(options.metrics ?? DEFAULT_TEXT_METRICS);
  }

  /** Adds one segment; an empty reference is allowed (jiwer 4; sacreBLEU always allowed one). */
  add(segment: TextSegment, line?: number): void {
    const arabic = this.normalize === 'arabic';
    const hypothesis = arabic ? normalizeArabic(segment.hypothesis) : segment.hypothesis;
    const references = arabic ? segment.references.map((s) => normalizeArabic(s)) : segment.references;
    const first = references[0] ?? '';
    const wanted = this.wanted;
    if (wanted.has('wer')) this.addErrorRate(this.wer, hypothesis, first, line);
    if (wanted.has('cer')) this.addErrorRate(this.cer, hypothesis, first, line);
    if (wanted.has('bleu')) this.bleu.add(hypothesis, references);
    if (wanted.has('chrf')) this.chrf.add(hypothesis, references);
    if (wanted.has('ter')) this.ter.add(hypothesis, references);
    this.count += 1;
  }

  private addErrorRate(acc: WordErrorRate | CharacterErrorRate | AlignedErrorRate, hypothesis: string, reference: string, line?: number): void {
    if (acc instanceof AlignedErrorRate) acc.add(hypothesis, reference, line);
    else acc.add(hypothesis, reference);
  }

  result(): TextMetricsResult {
    const alignment = (metric: 'wer' | 'cer') => {
      const acc = this[metric];
      return this.showAlignment && this.wanted.has(metric) && acc instanceof AlignedErrorRate ? { [`${metric}_alignment`]: acc.result() } : {};
    };
    return {
      segments: this.count,
      wer: this.wer.value(),
      cer: this.cer.value(),
      bleu: this.wanted.has('bleu') ? this.bleu.score().score : Number.NaN,
      chrf: this.wanted.has('chrf') ? this.chrf.score() : Number.NaN,
      bleu_signature: this.bleu.signature(),
      chrf_signature: this.chrf.signature(),
      ter: this.wanted.has('ter') ? this.ter.score().score : Number.NaN,
      ter_signature: this.ter.signature(),
      ...alignment('wer'),
      ...alignment('cer'),
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
    const segment = parseTextSegment(text, file, raw.number);
    yield { hypothesis: segment.hypothesis, references: segment.references, line: raw.number };
  }
}

/** Computes the text metrics of a JSONL file in one streaming pass. */
export async function textMetricsFromJsonl(path: string, options: TextMetricsOptions = {}): Promise<TextMetricsResult> {
  const file = options.name ?? path;
  const metrics = new TextMetrics(options);
  // readTextSegments' loop, inline: one more async generator between the lines and the metrics cost a promise, a
  // result object and a microtask turn per segment.
  for await (const raw of readFileLines(path, file)) {
    const text = decodeUtf8Line(raw, file);
    if (text.trim() === '') continue;
    metrics.add(parseTextSegment(text, file, raw.number), raw.number);
  }
  const result = metrics.result();
  if (result.segments === 0) throw new DhowError('invalid-input', 'no segments: the file is empty', { file });
  return result;
}
