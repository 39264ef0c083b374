/**
 * Corpus BLEU exactly as sacreBLEU 2.6 computes it. Defaults are sacreBLEU's: the `13a` tokenizer
 * (mteval-v13a), case-sensitive, max n-gram order 4, `exp` smoothing (NIST's: the k-th order with no match
 * gets precision 100 / (2^k * total)), no effective order, n-gram counts clipped by their maximum count over
 * the references, and the brevity penalty against the closest reference length (the shorter on a tie).
 * Options as sacreBLEU's BLEU(): tokenizers `13a`, `intl` (mteval-v14 international), `char` and `none`;
 * `lowercase`; smoothing `exp`, `floor` (value, default 0.1), `add-k` (value, default 1) and `none`;
 * `effective_order`; the max n-gram order. Scores are on sacreBLEU's 0-100 scale. Statistics are sums, so
 * segments stream through in constant memory.
 */
import {
  allOrders,
  atLeastFloat64,
  atLeastInt32,
  clippedMatchesByClass,
  clippedMatchesIn,
  clippedMatchesMaxRef,
  orderedCount,
  packable,
  packOrdersInto,
  WordIds,
} from './ngrams.js';
import { TokenIds } from './token-ids.js';
import { codePoints, isPyWhitespace, pyRstrip, pySplit } from './whitespace.js';

export const SACREBLEU_VERSION = '2.6.0';
export const MAX_NGRAM_ORDER = 4;

export const BLEU_TOKENIZERS = ['13a', 'intl', 'char', 'none'] as const;
export type BleuTokenizer = (typeof BLEU_TOKENIZERS)[number];
export const BLEU_SMOOTH_METHODS = ['exp', 'floor', 'add-k', 'none'] as const;
export type BleuSmoothMethod = (typeof BLEU_SMOOTH_METHODS)[number];
/** sacreBLEU's BLEU.SMOOTH_DEFAULTS: the value a method takes when none is given (null: it takes none). */
export const SMOOTH_DEFAULTS: Record<BleuSmoothMethod, number | null> = { none: null, floor: 0.1, 'add-k': 1, exp: null };

/** How BLEU turns statistics into a score (sacreBLEU's compute_bleu arguments). */
export interface BleuScoring {
  maxOrder: number;
  smoothMethod: BleuSmoothMethod;
  /** The value of `floor` or `add-k`; undefined takes SMOOTH_DEFAULTS. */
  smoothValue?: number;
  effectiveOrder: boolean;
}

export interface BleuOptions extends BleuScoring {
  tokenize: BleuTokenizer;
  lowercase: boolean;
}

export const BLEU_DEFAULTS: BleuOptions = { tokenize: '13a', lowercase: false, maxOrder: MAX_NGRAM_ORDER, smoothMethod: 'exp', effectiveOrder: false };

// mteval-v13a's language-dependent rules, as sacreBLEU's TokenizerRegexp applies them, in order, each a global
// re.sub over the output of the one before:
//   1. ASCII punctuation and symbols except . , ' - (ranges { to ~, [ to `, space to &, ( to +, : to @, and /)
//      get a space on each side: ([\{-\~\[-\` -\&\(-\+\:-\@\/]) -> " \1 "
//   2. period and comma unless preceded by a digit: ([^0-9])([\.,]) -> "\1 \2 "
//   3. period and comma unless followed by a digit: ([\.,])([^0-9]) -> " \1 \2"
//   4. dash when preceded by a digit: ([0-9])(-) -> "\1 \2 "
// The rules only insert spaces, so they run here as scans over the line's UTF-16 offsets (the line's length for an
// inserted space) with each rule's own left-to-right, non-overlapping matching; tokens are then slices of the line. The
// regular expressions took a sixth of the text metrics' time. Matching steps by code point, as `re` does on a str.

/** Rule 1's characters, by code unit. */
function spacedAround(c: number): boolean {
  return (c >= 0x7b && c <= 0x7e) || (c >= 0x5b && c <= 0x60) || (c >= 0x20 && c <= 0x26) || (c >= 0x28 && c <= 0x2b) || (c >= 0x3a && c <= 0x40) || c === 0x2f;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isPeriodOrComma = (c: number) => c === 0x2e || c === 0x2c;

// Scratch: the line's code units with a space after them (the offset of every inserted space), and two offset
// buffers the rules write alternately (rule 1 at most triples the length, each later rule at most doubles it).
let codes = new Int32Array(256);
let scanA = new Int32Array(1024);
let scanB = new Int32Array(1024);

/** The width in code units of the code point at index i of `buf` (the rules never put a space inside a pair). */
function widthAt(units: Int32Array, buf: Int32Array, i: number, len: number): number {
  const c = units[buf[i]!]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
    const d = units[buf[i + 1]!]!;
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * Runs mteval-v13a's rules over `line` (after the entity and newline handling of prepare13a) and writes its tokens'
 * [start, end) offsets in `line` pairwise into tokenRanges from `at`; returns the number of tokens.
 */
function rules13a(line: string, at: number): number {
  const direct = rules13aDirect(line, at);
  if (direct >= 0) return direct;
  const n = line.length;
  if (codes.length < n + 1) codes = new Int32Array(2 * n + 1);
  const room = 8 * (3 * n + 2);
  if (scanA.length < room) {
    scanA = new Int32Array(room);
    scanB = new Int32Array(room);
  }
  const units = codes;
  for (let i = 0; i < n; i++) units[i] = line.charCodeAt(i);
  const space = n;
  units[space] = 0x20;
  let src = scanA;
  let dst = scanB;
  // Rule 1 on " line " (tokenize13a pads the line with a space each side).
  let len = 0;
  // Rules 2 and 3 need a period or a comma, rule 4 a dash: a line without them skips their scans.
  let periodOrComma = false;
  let dash = false;
  dst[len++] = space;
  for (let i = 0; i < n; i++) {
    const c = units[i]!;
    if (spacedAround(c)) {
      dst[len++] = space;
      dst[len++] = i;
      dst[len++] = space;
    } else {
      dst[len++] = i;
      if (isPeriodOrComma(c)) periodOrComma = true;
      else if (c === 0x2d) dash = true;
    }
  }
  dst[len++] = space;
  if (periodOrComma) {
    [src, dst] = [dst, src];
    len = periodOrCommaRule(units, src, dst, len, space);
    [src, dst] = [dst, src];
    len = periodOrCommaBeforeRule(units, src, dst, len, space);
  }
  if (dash) {
    [src, dst] = [dst, src];
    len = dashRule(units, src, dst, len, space);
  }
  // A token is at least one code unit, so a line has at most n of them.
  if (tokenRanges.length < at + 2 * n + 2) {
    const grown = new Int32Array(2 * (at + 2 * n + 2));
    grown.set(tokenRanges.subarray(0, at));
    tokenRanges = grown;
  }
  return splitTokens(units, dst, len, at);
}

/**
 * rules13a in one pass over the line, for a line where no period or comma has a period or comma beside it (the
 * common line); -1 for any other. Every rule only inserts spaces, so what matters is which characters end up alone:
 *   - rule 1's characters, always;
 *   - a period or comma, unless a digit is on each side. Rule 2 spaces it when the character before it is no digit
 *     (an inserted space counts: it is no digit), rule 3 when the character after it is none. Neither match can be
 *     taken by a match just before it, since that needs a period or comma beside it;
 *   - a dash after a digit (rule 4; the spaces rules 1-3 insert never separate a digit from a dash, and every
 *     digit-dash pair matches on its own).
 */
// What rules13aDirect needs to know of an ASCII character.
const INSIDE = 0;
const SPACE = 1;
const ALONE = 2;
const PERIOD_OR_COMMA = 3;
const DASH = 4;
const ASCII_KINDS = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  if (isPyWhitespace(c)) ASCII_KINDS[c] = SPACE;
  else if (spacedAround(c)) ASCII_KINDS[c] = ALONE;
  else if (isPeriodOrComma(c)) ASCII_KINDS[c] = PERIOD_OR_COMMA;
  else if (c === 0x2d) ASCII_KINDS[c] = DASH;
}

function rules13aDirect(line: string, at: number): number {
  const n = line.length;
  if (tokenRanges.length < at + 2 * n + 2) {
    const grown = new Int32Array(2 * (at + 2 * n + 2));
    grown.set(tokenRanges.subarray(0, at));
    tokenRanges = grown;
  }
  const ranges = tokenRanges;
  const kinds = ASCII_KINDS;
  let out = at;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    const kind = c < 0x80 ? kinds[c]! : isPyWhitespace(c) ? SPACE : INSIDE;
    // Most characters are inside a token: one lookup decides.
    if (kind === INSIDE) {
      if (start === -1) start = i;
      continue;
    }
    if (kind === SPACE) {
      if (start !== -1) {
        ranges[out++] = start;
        ranges[out++] = i;
        start = -1;
      }
      continue;
    }
    let alone = true;
    if (kind === PERIOD_OR_COMMA) {
      const before = i > 0 ? line.charCodeAt(i - 1) : 0x20;
      const after = i + 1 < n ? line.charCodeAt(i + 1) : 0x20;
      if (isPeriodOrComma(before) || isPeriodOrComma(after)) return -1;
      alone = !(isDigit(before) && isDigit(after));
    } else if (kind === DASH) alone = i > 0 && isDigit(line.charCodeAt(i - 1));
    if (alone) {
      if (start !== -1) {
        ranges[out++] = start;
        ranges[out++] = i;
        start = -1;
      }
      ranges[out++] = i;
      ranges[out++] = i + 1;
    } else if (start === -1) start = i;
  }
  if (start !== -1) {
    ranges[out++] = start;
    ranges[out++] = n;
  }
  return (out - at) >> 1;
}

/** Rule 2 (a non-digit then . or ,) from `src` into `dst`; returns the new length. */
function periodOrCommaRule(units: Int32Array, src: Int32Array, dst: Int32Array, len: number, space: number): number {
  let out = 0;
  for (let i = 0; i < len;) {
    const w = widthAt(units, src, i, len);
    const match = !isDigit(units[src[i]!]!) && i + w < len && isPeriodOrComma(units[src[i + w]!]!);
    for (let k = 0; k < w; k++) dst[out++] = src[i + k]!;
    i += w;
    if (match) {
      dst[out++] = space;
      dst[out++] = src[i++]!;
      dst[out++] = space;
    }
  }
  return out;
}

/** Rule 3 (. or , then a non-digit) from `src` into `dst`; returns the new length. */
function periodOrCommaBeforeRule(units: Int32Array, src: Int32Array, dst: Int32Array, len: number, space: number): number {
  let out = 0;
  for (let i = 0; i < len;) {
    if (isPeriodOrComma(units[src[i]!]!) && i + 1 < len && !isDigit(units[src[i + 1]!]!)) {
      const w = widthAt(units, src, i + 1, len);
      dst[out++] = space;
      dst[out++] = src[i]!;
      dst[out++] = space;
      for (let k = 1; k <= w; k++) dst[out++] = src[i + k]!;
      i += 1 + w;
    } else {
      const w = widthAt(units, src, i, len);
      for (let k = 0; k < w; k++) dst[out++] = src[i + k]!;
      i += w;
    }
  }
  return out;
}

/** Rule 4 (a digit then a dash) from `src` into `dst`; returns the new length. */
function dashRule(units: Int32Array, src: Int32Array, dst: Int32Array, len: number, space: number): number {
  let out = 0;
  for (let i = 0; i < len;) {
    if (isDigit(units[src[i]!]!) && i + 1 < len && units[src[i + 1]!] === 0x2d) {
      dst[out++] = src[i]!;
      dst[out++] = space;
      dst[out++] = src[i + 1]!;
      dst[out++] = space;
      i += 2;
    } else {
      const w = widthAt(units, src, i, len);
      for (let k = 0; k < w; k++) dst[out++] = src[i + k]!;
      i += w;
    }
  }
  return out;
}

/** Token offsets of the last rules13a runs: token k spans tokenRanges[2k] to tokenRanges[2k + 1]. */
let tokenRanges = new Int32Array(1024);

/**
 * str.split() of the rules' output: maximal runs of non-whitespace (inserted spaces included), as offsets into the
 * line written into tokenRanges from `at`; returns the number of runs.
 */
function splitTokens(units: Int32Array, offsets: Int32Array, len: number, at: number): number {
  const ranges = tokenRanges;
  let out = at;
  let start = -1;
  for (let i = 0; i < len; i++) {
    const offset = offsets[i]!;
    if (!isPyWhitespace(units[offset]!)) {
      if (start === -1) start = offset;
    } else if (start !== -1) {
      // A run's characters are consecutive in the line: the rules only insert.
      ranges[out++] = start;
      ranges[out++] = offsets[i - 1]! + 1;
      start = -1;
    }
  }
  // The padding space ends every line, so the last run is closed above.
  return (out - at) >> 1;
}

/** Tokenizer13a's handling before its rules: `<skipped>` removed, newlines joined, four entities unescaped. */
function prepare13a(segment: string): string {
  let line = segment;
  if (line.includes('<skipped>')) line = line.replaceAll('<skipped>', '');
  if (line.includes('\n')) line = line.replaceAll('-\n', '').replaceAll('\n', ' ');
  if (line.includes('&')) {
    line = line.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  }
  return line;
}

/** The tokens of tokenRanges[2 * from, 2 * (from + count)) as slices of `line`. */
function tokenStrings(line: string, from: number, count: number): string[] {
  const tokens: string[] = [];
  for (let k = from; k < from + count; k++) tokens.push(line.slice(tokenRanges[2 * k], tokenRanges[2 * k + 1]));
  return tokens;
}

/** sacreBLEU's Tokenizer13a applied to one segment (after BLEU's own rstrip). Returns the tokens. */
export function tokenize13a(segment: string): string[] {
  const line = prepare13a(segment);
  return tokenStrings(line, 0, rules13a(line, 0));
}

// mteval-v14's international rules, as sacreBLEU's TokenizerV14International applies them (with `regex`).
const INTL_RULES: ReadonlyArray<[RegExp, string]> = [
  // punctuation preceded by a non-digit
  [/(\P{N})(\p{P})/gu, '$1 $2 '],
  // punctuation followed by a non-digit
  [/(\p{P})(\P{N})/gu, ' $1 $2'],
  // symbols
  [/(\p{S})/gu, ' $1 '],
];

/** sacreBLEU's TokenizerV14International. */
export function tokenizeIntl(segment: string): string[] {
  let line = segment;
  for (const [re, replacement] of INTL_RULES) line = line.replace(re, replacement);
  return pySplit(line);
}

/** sacreBLEU's TokenizerChar: every code point is a token (whitespace ones vanish in the split). */
export function tokenizeChar(segment: string): string[] {
  return pySplit(
    codePoints(segment)
      .map((c) => String.fromCodePoint(c))
      .join(' '),
  );
}

/** The tokens BLEU counts for one segment: rstrip, optional lowercasing, the tokenizer, then str.split(). */
export function bleuTokens(segment: string, tokenize: BleuTokenizer = '13a', lowercase = false): string[] {
  // sacreBLEU lowercases first, then rstrips, then tokenizes (BLEU._preprocess_segment).
  const text = pyRstrip(lowercase ? segment.toLowerCase() : segment);
  switch (tokenize) {
    case '13a':
      return tokenize13a(text);
    case 'intl':
      return tokenizeIntl(text);
    case 'char':
      return tokenizeChar(text);
    case 'none':
      return pySplit(text);
  }
}

/** Python's f'{x:.2f}' for x >= 0: toFixed, except that exact ties round half to even as Python does. */
export function pyFixed2(x: number): string {
  // A double at an exact tie of the second decimal is an odd multiple of 1/8 (0.125, 0.375 ...).
  const eighths = x * 8;
  if (Number.isInteger(eighths) && eighths % 2 === 1) {
    const floor = Math.floor(x * 100);
    return ((floor % 2 === 0 ? floor : floor + 1) / 100).toFixed(2);
  }
  return x.toFixed(2);
}

/** Counts of every n-gram, 1 <= n <= maxOrder, keyed by the tokens joined with a space (tokens hold none). */
function ngramCounts(tokens: readonly string[], maxOrder: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let n = 1; n <= maxOrder; n++) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const key = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

function orderOf(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}

/** sacreBLEU's _get_closest_ref_len: the reference length nearest the hypothesis length, the shorter on a tie. */
export function closestReferenceLength(hypothesisLength: number, referenceLengths: readonly number[]): number {
  let bestDiff = -1;
  let best = -1;
  for (const len of referenceLengths) {
    const diff = Math.abs(hypothesisLength - len);
    if (bestDiff === -1 || diff < bestDiff) {
      bestDiff = diff;
      best = len;
    } else if (diff === bestDiff && len < best) {
      best = len;
    }
  }
  return best;
}

export interface BleuStatistics {
  sysLen: number;
  refLen: number;
  correct: number[];
  total: number[];
}

export interface BleuScore extends BleuStatistics {
  score: number;
  precisions: number[];
  bp: number;
}

/** sacreBLEU's my_log: log floored at a very low number for zero. */
function myLog(x: number): number {
  return x === 0 ? -9999999999 : Math.log(x);
}

/** sacreBLEU's BLEU.compute_bleu (defaults: smooth_method 'exp', effective_order False, order 4). */
export function computeBleu(stats: BleuStatistics, scoring: Partial<BleuScoring> = {}): BleuScore {
  const { maxOrder, smoothMethod, effectiveOrder } = { ...BLEU_DEFAULTS, ...scoring };
  const smoothValue = scoring.smoothValue ?? SMOOTH_DEFAULTS[smoothMethod] ?? 0;
  const { sysLen, refLen } = stats;
  // add-k adds to the counts it scores, as sacreBLEU does (on copies: the statistics stay as counted).
  const correct = [...stats.correct];
  const total = [...stats.total];
  let bp: number;
  if (sysLen < refLen) bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0;
  else bp = 1;
  const precisions = new Array<number>(maxOrder).fill(0);
  if (!correct.some((c) => c !== 0)) return { ...stats, score: 0, precisions, bp };
  let smooth = 1;
  let order = maxOrder;
  for (let n = 1; n <= maxOrder; n++) {
    if (smoothMethod === 'add-k' && n > 1) {
      correct[n - 1]! += smoothValue;
      total[n - 1]! += smoothValue;
    }
    const t = total[n - 1]!;
    const c = correct[n - 1]!;
    if (t === 0) break;
    // Effective order: only the orders the hypotheses have n-grams of count.
    if (effectiveOrder) order = n;
    if (c === 0) {
      if (smoothMethod === 'exp') {
        smooth *= 2;
        precisions[n - 1] = 100 / (smooth * t);
      } else if (smoothMethod === 'floor') {
        precisions[n - 1] = (100 * smoothValue) / t;
      }
    } else {
      precisions[n - 1] = (100 * c) / t;
    }
  }
  let sum = 0;
  for (let i = 0; i < order; i++) sum += myLog(precisions[i]!);
  return { ...stats, score: bp * Math.exp(sum / order), precisions, bp };
}

/** Corpus BLEU accumulator: `add` one segment at a time, `score()` at the end. */
export class CorpusBleu {
  private readonly stats: BleuStatistics;
  private readonly refCounts = new Set<number>();
  private readonly options: BleuOptions;
  private readonly maxOrder: number;
  // Scratch reused from segment to segment for the one-reference case (the common one): token ids of the
  // reference then the hypothesis, their packed n-grams and the bounds of each order.
  private readonly words = new WordIds();
  private symbols = new Int32Array(256);
  private hypGrams = new Float64Array(1024);
  private refGrams = new Float64Array(1024);
  private readonly hypStarts: Int32Array;
  private readonly refStarts: Int32Array;
  // The 13a one-reference path: token ids by offsets (no token strings), the bounds of hypothesis and reference in
  // `symbols`, and the clipped matches by order.
  private readonly tokens = new TokenIds();
  private readonly bounds = new Int32Array(3);
  private readonly matches: Float64Array;

  constructor(options: Partial<BleuOptions> = {}) {
    this.options = { ...BLEU_DEFAULTS, ...options };
    this.maxOrder = this.options.maxOrder;
    const maxOrder = this.maxOrder;
    this.stats = { sysLen: 0, refLen: 0, correct: new Array<number>(maxOrder).fill(0), total: new Array<number>(maxOrder).fill(0) };
    this.hypStarts = new Int32Array(maxOrder + 1);
    this.refStarts = new Int32Array(maxOrder + 1);
    this.matches = new Float64Array(maxOrder);
  }

  add(hypothesis: string, references: readonly string[]): void {
    this.refCounts.add(references.length);
    const { tokenize, lowercase } = this.options;
    if (tokenize === '13a' && references.length === 1) {
      this.add13aOneReference(hypothesis, references[0]!);
      return;
    }
    const refTokens = references.map((ref) => bleuTokens(ref, tokenize, lowercase));
    const hypTokens = bleuTokens(hypothesis, tokenize, lowercase);
    this.stats.sysLen += hypTokens.length;
    this.stats.refLen += closestReferenceLength(
      hypTokens.length,
      refTokens.map((t) => t.length),
    );
    if (refTokens.length === 1) {
      this.addOneReference(hypTokens, refTokens[0]!);
      return;
    }
    const words = new WordIds();
    const refIds = refTokens.map((t) => words.ids(t));
    const hypIds = words.ids(hypTokens);
    if (!packable(words.size, this.maxOrder)) {
      this.addWithStrings(hypTokens, refTokens);
      return;
    }
    const base = words.size + 1;
    const hypGrams = allOrders(hypIds, this.maxOrder, base);
    const refGrams = refIds.map((r) => allOrders(r, this.maxOrder, base));
    for (let n = 1; n <= this.maxOrder; n++) {
      const hyp = hypGrams[n - 1]!;
      this.stats.total[n - 1]! += hyp.length;
      this.stats.correct[n - 1]! += clippedMatchesMaxRef(
        hyp,
        refGrams.map((r) => r[n - 1]!),
      );
    }
  }

  /**
   * add() for the 13a tokenizer and one reference (the common case): tokens become ids where they lie in the line
   * and n-grams are counted by class (clippedMatchesByClass), so no token string is made.
   */
  private add13aOneReference(hypothesis: string, reference: string): void {
    const lowercase = this.options.lowercase;
    // BLEU._preprocess_segment: lowercase, then rstrip; then the tokenizer.
    const hypLine = prepare13a(pyRstrip(lowercase ? hypothesis.toLowerCase() : hypothesis));
    const refLine = prepare13a(pyRstrip(lowercase ? reference.toLowerCase() : reference));
    const hypCount = rules13a(hypLine, 0);
    const refCount = rules13a(refLine, 2 * hypCount);
    this.stats.sysLen += hypCount;
    // closestReferenceLength of a single reference: its length.
    this.stats.refLen += refCount;
    const ranges = tokenRanges;
    const ids = this.tokens;
    ids.reset();
    const symbols = (this.symbols = atLeastInt32(this.symbols, hypCount + refCount));
    for (let k = 0; k < hypCount; k++) symbols[k] = ids.id(hypLine, ranges[2 * k]!, ranges[2 * k + 1]!);
    for (let k = hypCount; k < hypCount + refCount; k++) symbols[k] = ids.id(refLine, ranges[2 * k]!, ranges[2 * k + 1]!);
    const bounds = this.bounds;
    bounds[0] = 0;
    bounds[1] = hypCount;
    bounds[2] = hypCount + refCount;
    const order = this.maxOrder;
    if (!clippedMatchesByClass(symbols, bounds, 0, 2, order, ids.size + 1, this.matches)) {
      // Too many distinct tokens for the class tables: the packed or string n-grams, from token strings.
      this.addOneReference(tokenStrings(hypLine, 0, hypCount), tokenStrings(refLine, hypCount, refCount));
      return;
    }
    for (let n = 1; n <= order; n++) {
      this.stats.total[n - 1]! += Math.max(0, hypCount - n + 1);
      this.stats.correct[n - 1]! += this.matches[n - 1]!;
    }
  }

  /** add() for one reference, in the accumulator's scratch arrays: the same counts, nothing allocated. */
  private addOneReference(hypTokens: readonly string[], refTokens: readonly string[]): void {
    const words = this.words;
    words.reset();
    this.symbols = atLeastInt32(this.symbols, refTokens.length + hypTokens.length);
    const refEnd = words.idsInto(refTokens, this.symbols, 0);
    const hypEnd = words.idsInto(hypTokens, this.symbols, refEnd);
    if (!packable(words.size, this.maxOrder)) {
      this.addWithStrings(hypTokens, [refTokens]);
      return;
    }
    const base = words.size + 1;
    const order = this.maxOrder;
    this.refGrams = atLeastFloat64(this.refGrams, orderedCount(refEnd, order));
    this.hypGrams = atLeastFloat64(this.hypGrams, orderedCount(hypEnd - refEnd, order));
    packOrdersInto(this.symbols, 0, refEnd, order, base, this.refGrams, 0, this.refStarts, 0);
    packOrdersInto(this.symbols, refEnd, hypEnd, order, base, this.hypGrams, 0, this.hypStarts, 0);
    const hs = this.hypStarts;
    const rs = this.refStarts;
    for (let n = 1; n <= order; n++) {
      this.stats.total[n - 1]! += hs[n]! - hs[n - 1]!;
      this.stats.correct[n - 1]! += clippedMatchesIn(this.hypGrams, hs[n - 1]!, hs[n]!, this.refGrams, rs[n - 1]!, rs[n]!);
    }
  }

  /** The same counts with string n-gram keys, for segments with too many distinct tokens to pack. */
  private addWithStrings(hypTokens: readonly string[], refTokens: readonly (readonly string[])[]): void {
    let refNgrams: Map<string, number> | undefined;
    for (const tokens of refTokens) {
      const counts = ngramCounts(tokens, this.maxOrder);
      if (!refNgrams) refNgrams = counts;
      else for (const [k, v] of counts) if (v > (refNgrams.get(k) ?? 0)) refNgrams.set(k, v);
    }
    const hypNgrams = ngramCounts(hypTokens, this.maxOrder);
    for (const [k, v] of hypNgrams) {
      const n = orderOf(k) - 1;
      this.stats.total[n]! += v;
      const r = refNgrams?.get(k);
      if (r !== undefined) this.stats.correct[n]! += Math.min(v, r);
    }
  }

  statistics(): BleuStatistics {
    return { sysLen: this.stats.sysLen, refLen: this.stats.refLen, correct: [...this.stats.correct], total: [...this.stats.total] };
  }

  score(): BleuScore {
    return computeBleu(this.statistics(), this.options);
  }

  /** sacreBLEU's signature for these settings, e.g. `nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0`. */
  signature(): string {
    const o = this.options;
    // BLEUSignature: a method that takes a value shows it in brackets, with two decimals.
    const defaultValue = SMOOTH_DEFAULTS[o.smoothMethod];
    const smooth = defaultValue === null ? o.smoothMethod : `${o.smoothMethod}[${pyFixed2(o.smoothValue ?? defaultValue)}]`;
    return (
      `nrefs:${referenceCountLabel(this.refCounts)}|case:${o.lowercase ? 'lc' : 'mixed'}|eff:${o.effectiveOrder ? 'yes' : 'no'}|` +
      `tok:${o.tokenize}|smooth:${smooth}|version:${SACREBLEU_VERSION}`
    );
  }
}

/** The `nrefs` field of a sacreBLEU signature: the count when every segment has the same, else `var`. */
export function referenceCountLabel(counts: ReadonlySet<number>): string {
  if (counts.size === 1) return String([...counts][0]);
  return counts.size === 0 ? '0' : 'var';
}

/** Corpus BLEU of hypotheses against reference streams, as sacrebleu.corpus_bleu(hyps, [refs1, refs2, ...], **options). */
export function corpusBleu(hypotheses: readonly string[], referenceStreams: readonly (readonly string[])[], options: Partial<BleuOptions> = {}): BleuScore {
  const acc = new CorpusBleu(options);
  hypotheses.forEach((h, i) =>
    acc.add(
      h,
      referenceStreams.map((stream) => stream[i]!),
    ),
  );
  return acc.score();
}
