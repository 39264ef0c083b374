/**
 * Corpus TER (translation edit rate, Snover et al. 2006) exactly as sacreBLEU 2.6 computes it: its Tercom
 * tokenizer (`normalized`, `no_punct`, `asian_support`, `case_sensitive`), its beam edit distance and its
 * greedy block shifts with Tercom's limits and ranking (sacrebleu/metrics/lib_ter.py), the best reference
 * per segment by edits and the average reference length, and its signature
 * (`nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0`). Scores are on a 0-100 scale;
 * statistics are two sums, so segments stream through in constant memory.
 */
import { referenceCountLabel, SACREBLEU_VERSION } from './bleu.js';
import { pyRstrip, pySplit } from './whitespace.js';

export interface TerOptions {
  /** Tercom's normalization: XML entities, punctuation tokenization, possessives (sacreBLEU `normalized`). */
  normalized: boolean;
  /** Remove . , ? : ; ! " ( ) (and CJK punctuation with asianSupport). */
  noPunct: boolean;
  /** Split CJK characters (with normalized) and remove CJK punctuation (with noPunct). */
  asianSupport: boolean;
  /** Keep case; sacreBLEU's TER lowercases by default. */
  caseSensitive: boolean;
}

export const TER_DEFAULTS: TerOptions = { normalized: false, noPunct: false, asianSupport: false, caseSensitive: false };

const ASIAN_PUNCT = /([\u3001\u3002\u3008-\u3011\u3014-\u301f\uff61-\uff65\u30fb])/g;
const FULL_WIDTH_PUNCT = /([\uff0e\uff0c\uff1f\uff1a\uff1b\uff01\uff02\uff08\uff09])/g;

// sacreBLEU's _normalize_general_and_western, rule by rule (Python `re`, no flags: `^`/`$` anchor the string).
function normalizeGeneralAndWestern(input: string): string {
  let sent = input.replace(/\n-/g, '').replace(/\n/g, ' ');
  sent = sent
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  sent = ` ${sent} `;
  sent = sent.replace(/([{-~[-` -&(-+:-@/])/g, ' $1 ');
  sent = sent.replace(/'s /g, " 's ");
  sent = sent.replace(/'s$/, " 's");
  sent = sent.replace(/([^0-9])([.,])/g, '$1 $2 ');
  sent = sent.replace(/([.,])([^0-9])/g, ' $1 $2');
  sent = sent.replace(/([0-9])(-)/g, '$1 $2 ');
  return sent;
}

// sacreBLEU's _normalize_asian (its odd Hiragana/Katakana anchors kept as they are: they decide the tokens).
function normalizeAsian(input: string): string {
  let sent = input.replace(/([\u4e00-\u9fff\u3400-\u4dbf])/g, ' $1 ');
  sent = sent.replace(/([\u31c0-\u31ef\u2e80-\u2eff])/g, ' $1 ');
  sent = sent.replace(/([\u3300-\u33ff\uf900-\ufaff\ufe30-\ufe4f])/g, ' $1 ');
  sent = sent.replace(/([\u3200-\u3f22])/g, ' $1 ');
  sent = sent.replace(/(^|^[\u3040-\u309f])([\u3040-\u309f]+)(?=$|^[\u3040-\u309f])/g, '$1 $2 ');
  sent = sent.replace(/(^|^[\u30a0-\u30ff])([\u30a0-\u30ff]+)(?=$|^[\u30a0-\u30ff])/g, '$1 $2 ');
  sent = sent.replace(/(^|^[\u31f0-\u31ff])([\u31f0-\u31ff]+)(?=$|^[\u31f0-\u31ff])/g, '$1 $2 ');
  return sent.replace(ASIAN_PUNCT, ' $1 ').replace(FULL_WIDTH_PUNCT, ' $1 ');
}

/** sacreBLEU's TercomTokenizer: returns the tokenized sentence, words joined by single spaces. */
export function tercomTokenize(input: string, options: Partial<TerOptions> = {}): string {
  const o = { ...TER_DEFAULTS, ...options };
  if (input === '') return '';
  let sent = o.caseSensitive ? input : input.toLowerCase();
  if (o.normalized) {
    sent = normalizeGeneralAndWestern(sent);
    if (o.asianSupport) sent = normalizeAsian(sent);
  }
  if (o.noPunct) {
    sent = sent.replace(/[.,?:;!"()]/g, '');
    if (o.asianSupport) sent = sent.replace(ASIAN_PUNCT, '').replace(FULL_WIDTH_PUNCT, '');
  }
  return pySplit(sent).join(' ');
}

// lib_ter.py's limits.
const MAX_SHIFT_SIZE = 10;
const MAX_SHIFT_DIST = 50;
const BEAM_WIDTH = 25;
const MAX_SHIFT_CANDIDATES = 1000;
const INFINITY = 1e16;

// Edit operations of the trace; the distance rewrites the hypothesis into the reference.
const NOP = 0;
const SUB = 1;
const INS = 2;
const DEL = 3;
const UNDEF = 4;

/**
 * lib_ter's BeamEditDistance without its cache (the cache only saves time): the Levenshtein distance of the
 * hypothesis to the reference within a beam around the length-scaled diagonal, and its trace of operations.
 */
function beamEditDistance(hyp: readonly string[], ref: readonly string[]): { distance: number; trace: number[] } {
  const n = hyp.length;
  const m = ref.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(INFINITY);
  const op = new Uint8Array((n + 1) * width).fill(UNDEF);
  for (let j = 0; j <= m; j++) {
    cost[j] = j;
    op[j] = INS;
  }
  const ratio = n > 0 ? m / n : 1;
  const beam = BEAM_WIDTH < ratio / 2 ? Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
  for (let i = 1; i <= n; i++) {
    const diagonal = Math.floor(i * ratio);
    const minJ = Math.max(0, diagonal - beam);
    const maxJ = i === n ? m + 1 : Math.min(m + 1, diagonal + beam);
    const row = i * width;
    const prev = (i - 1) * width;
    for (let j = minJ; j < maxJ; j++) {
      if (j === 0) {
        cost[row] = cost[prev]! + 1;
        op[row] = DEL;
        continue;
      }
      // Tercom prefers no-op/substitution, then deletion, then insertion (strictly better replaces).
      const same = hyp[i - 1] === ref[j - 1];
      const candidates: Array<[number, number]> = [
        [cost[prev + j - 1]! + (same ? 0 : 1), same ? NOP : SUB],
        [cost[prev + j]! + 1, DEL],
        [cost[row + j - 1]! + 1, INS],
      ];
      for (const [c, o] of candidates) {
        if (cost[row + j]! > c) {
          cost[row + j] = c;
          op[row + j] = o;
        }
      }
    }
  }
  const trace: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const o = op[i * width + j]!;
    trace.push(o);
    if (o === SUB || o === NOP) {
      i--;
      j--;
    } else if (o === INS) j--;
    else if (o === DEL) i--;
    else throw new Error(`TER trace reached an unset cell at ${i},${j}`);
  }
  trace.reverse();
  return { distance: cost[n * width + m]!, trace };
}

/** lib_ter's trace_to_alignment on the flipped trace (insertions and deletions swapped). */
function traceToAlignment(inverseTrace: readonly number[]): { align: Map<number, number>; refErr: number[]; hypErr: number[] } {
  let posHyp = -1;
  let posRef = -1;
  const align = new Map<number, number>();
  const refErr: number[] = [];
  const hypErr: number[] = [];
  for (const inverse of inverseTrace) {
    const o = inverse === INS ? DEL : inverse === DEL ? INS : inverse;
    if (o === NOP || o === SUB) {
      posHyp++;
      posRef++;
      align.set(posRef, posHyp);
      const err = o === SUB ? 1 : 0;
      hypErr.push(err);
      refErr.push(err);
    } else if (o === INS) {
      posHyp++;
      hypErr.push(1);
    } else {
      posRef++;
      align.set(posRef, posHyp);
      refErr.push(1);
    }
  }
  return { align, refErr, hypErr };
}

/** lib_ter's _perform_shift: moves words[start, start+length) to target. */
function performShift(words: readonly string[], start: number, length: number, target: number): string[] {
  if (target < start) {
    return [...words.slice(0, target), ...words.slice(start, start + length), ...words.slice(target, start), ...words.slice(start + length)];
  }
  if (target > start + length) {
    return [...words.slice(0, start), ...words.slice(start + length, target), ...words.slice(start, start + length), ...words.slice(target)];
  }
  return [...words.slice(0, start), ...words.slice(start + length, length + target), ...words.slice(start, start + length), ...words.slice(length + target)];
}

function sum(values: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let k = from; k < Math.min(to, values.length); k++) s += values[k]!;
  return s;
}

/** lib_ter's _shift: the shift that reduces the edit distance most, ranked as Tercom ranks them. */
function bestShift(hyp: readonly string[], ref: readonly string[], checkedBefore: number): { delta: number; words: readonly string[]; checked: number } {
  const { distance: preScore, trace } = beamEditDistance(hyp, ref);
  const { align, refErr, hypErr } = traceToAlignment(trace);
  let checked = checkedBefore;
  let best: { score: number; length: number; startH: number; idx: number; words: string[] } | undefined;
  pairs: for (let startH = 0; startH < hyp.length; startH++) {
    for (let startR = 0; startR < ref.length; startR++) {
      if (Math.abs(startR - startH) > MAX_SHIFT_DIST) continue;
      // _find_shifted_pairs yields every common run (h, r, length) by increasing length.
      let length = 0;
      while (hyp[startH + length] === ref[startR + length] && length < MAX_SHIFT_SIZE) {
        length++;
        if (sum(hypErr, startH, startH + length) !== 0 && sum(refErr, startR, startR + length) !== 0) {
          const aligned = align.get(startR)!;
          if (!(startH <= aligned && aligned < startH + length)) {
            let prevIdx = -1;
            for (let offset = -1; offset < length; offset++) {
              let idx: number;
              if (startR + offset === -1) idx = 0;
              else if (align.has(startR + offset)) idx = align.get(startR + offset)! + 1;
              else break;
              if (idx === prevIdx) continue;
              prevIdx = idx;
              const shifted = performShift(hyp, startH, length, idx);
              const score = preScore - beamEditDistance(shifted, ref).distance;
              checked++;
              // Highest gain, then longest, then earliest start, then earliest target (tuple order).
              if (
                best === undefined ||
                score > best.score ||
                (score === best.score &&
                  (length > best.length || (length === best.length && (startH < best.startH || (startH === best.startH && idx < best.idx)))))
              ) {
                best = { score, length, startH, idx, words: shifted };
              }
            }
          }
          if (checked >= MAX_SHIFT_CANDIDATES) break pairs;
        }
        if (hyp.length === startH + length || ref.length === startR + length) break;
      }
    }
  }
  return best === undefined ? { delta: 0, words: hyp, checked } : { delta: best.score, words: best.words, checked };
}

/** lib_ter's translation_edit_rate: (edits including shifts, reference length) of tokenized words. */
export function translationEditRate(hyp: readonly string[], ref: readonly string[]): { edits: number; referenceLength: number } {
  if (ref.length === 0) return { edits: hyp.length, referenceLength: 0 };
  let words = hyp;
  let shifts = 0;
  let checked = 0;
  for (;;) {
    const shift = bestShift(words, ref, checked);
    checked = shift.checked;
    // sacreBLEU drops the last shift found once the candidate budget is spent, however good it was.
    if (checked >= MAX_SHIFT_CANDIDATES || shift.delta <= 0) break;
    shifts++;
    words = shift.words;
  }
  return { edits: shifts + beamEditDistance(words, ref).distance, referenceLength: ref.length };
}

export interface TerScore {
  /** TER on sacreBLEU's 0-100 scale. */
  score: number;
  /** Edits summed over segments (each segment's best reference). */
  edits: number;
  /** Average reference lengths summed over segments. */
  referenceLength: number;
}

/** Accumulates corpus TER over segments (two running sums). */
export class CorpusTer {
  private readonly options: TerOptions;
  private edits = 0;
  private referenceLength = 0;
  private readonly refCounts = new Set<number>();

  constructor(options: Partial<TerOptions> = {}) {
    this.options = { ...TER_DEFAULTS, ...options };
  }

  private words(segment: string): string[] {
    return pySplit(tercomTokenize(pyRstrip(segment), this.options));
  }

  add(hypothesis: string, references: readonly string[]): void {
    const hyp = this.words(hypothesis);
    let best = INFINITY;
    let lengths = 0;
    for (const reference of references) {
      const { edits, referenceLength } = translationEditRate(hyp, this.words(reference));
      lengths += referenceLength;
      if (edits < best) best = edits;
    }
    this.edits += best;
    this.referenceLength += lengths / references.length;
    this.refCounts.add(references.length);
  }

  score(): TerScore {
    const { edits, referenceLength } = this;
    // sacreBLEU: an empty reference corpus scores 100 when the hypotheses have words, 0 when they have none.
    const rate = referenceLength > 0 ? edits / referenceLength : edits > 0 ? 1 : 0;
    return { score: 100 * rate, edits, referenceLength };
  }

  /** sacreBLEU's TERSignature, e.g. `nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0`. */
  signature(): string {
    const o = this.options;
    const yesNo = (b: boolean) => (b ? 'yes' : 'no');
    return (
      `nrefs:${referenceCountLabel(this.refCounts)}|case:${o.caseSensitive ? 'mixed' : 'lc'}|tok:tercom|norm:${yesNo(o.normalized)}|` +
      `punct:${yesNo(!o.noPunct)}|asian:${yesNo(o.asianSupport)}|version:${SACREBLEU_VERSION}`
    );
  }
}

/** Corpus TER as sacrebleu.corpus_ter(hyps, [refs1, refs2, ...], **options). */
export function corpusTer(hypotheses: readonly string[], referenceStreams: readonly (readonly string[])[], options: Partial<TerOptions> = {}): TerScore {
  const acc = new CorpusTer(options);
  hypotheses.forEach((h, i) =>
    acc.add(
      h,
      referenceStreams.map((stream) => stream[i]!),
    ),
  );
  return acc.score();
}
