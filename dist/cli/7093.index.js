export const id = 7093;
export const ids = [7093];
export const modules = {

/***/ 87093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BLEU_SMOOTH_METHODS: () => (/* binding */ BLEU_SMOOTH_METHODS),
/* harmony export */   BLEU_TOKENIZERS: () => (/* binding */ BLEU_TOKENIZERS),
/* harmony export */   SMOOTH_DEFAULTS: () => (/* binding */ SMOOTH_DEFAULTS),
/* harmony export */   fv: () => (/* binding */ CorpusBleu),
/* harmony export */   nT: () => (/* binding */ referenceCountLabel),
/* harmony export */   y2: () => (/* binding */ SACREBLEU_VERSION)
/* harmony export */ });
/* unused harmony exports MAX_NGRAM_ORDER, BLEU_DEFAULTS, tokenize13a, tokenizeIntl, tokenizeChar, bleuTokens, pyFixed2, closestReferenceLength, computeBleu, corpusBleu */
/* harmony import */ var _ngrams_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47795);
/* harmony import */ var _token_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70547);
/* harmony import */ var _whitespace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44188);
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



const SACREBLEU_VERSION = '2.6.0';
const MAX_NGRAM_ORDER = 4;
const BLEU_TOKENIZERS = ['13a', 'intl', 'char', 'none'];
const BLEU_SMOOTH_METHODS = ['exp', 'floor', 'add-k', 'none'];
/** sacreBLEU's BLEU.SMOOTH_DEFAULTS: the value a method takes when none is given (null: it takes none). */
const SMOOTH_DEFAULTS = { none: null, floor: 0.1, 'add-k': 1, exp: null };
const BLEU_DEFAULTS = { tokenize: '13a', lowercase: false, maxOrder: MAX_NGRAM_ORDER, smoothMethod: 'exp', effectiveOrder: false };
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
function spacedAround(c) {
    return (c >= 0x7b && c <= 0x7e) || (c >= 0x5b && c <= 0x60) || (c >= 0x20 && c <= 0x26) || (c >= 0x28 && c <= 0x2b) || (c >= 0x3a && c <= 0x40) || c === 0x2f;
}
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const isPeriodOrComma = (c) => c === 0x2e || c === 0x2c;
// Scratch: the line's code units with a space after them (the offset of every inserted space), and two offset
// buffers the rules write alternately (rule 1 at most triples the length, each later rule at most doubles it).
let codes = new Int32Array(256);
let scanA = new Int32Array(1024);
let scanB = new Int32Array(1024);
/** The width in code units of the code point at index i of `buf` (the rules never put a space inside a pair). */
function widthAt(units, buf, i, len) {
    const c = units[buf[i]];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
        const d = units[buf[i + 1]];
        if (d >= 0xdc00 && d <= 0xdfff)
            return 2;
    }
    return 1;
}
/**
 * Runs mteval-v13a's rules over `line` (after the entity and newline handling of prepare13a) and writes its tokens'
 * [start, end) offsets in `line` pairwise into tokenRanges from `at`; returns the number of tokens.
 */
function rules13a(line, at) {
    const direct = rules13aDirect(line, at);
    if (direct >= 0)
        return direct;
    const n = line.length;
    if (codes.length < n + 1)
        codes = new Int32Array(2 * n + 1);
    const room = 8 * (3 * n + 2);
    if (scanA.length < room) {
        scanA = new Int32Array(room);
        scanB = new Int32Array(room);
    }
    const units = codes;
    for (let i = 0; i < n; i++)
        units[i] = line.charCodeAt(i);
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
        const c = units[i];
        if (spacedAround(c)) {
            dst[len++] = space;
            dst[len++] = i;
            dst[len++] = space;
        }
        else {
            dst[len++] = i;
            if (isPeriodOrComma(c))
                periodOrComma = true;
            else if (c === 0x2d)
                dash = true;
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
    if ((0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyWhitespace */ .lr)(c))
        ASCII_KINDS[c] = SPACE;
    else if (spacedAround(c))
        ASCII_KINDS[c] = ALONE;
    else if (isPeriodOrComma(c))
        ASCII_KINDS[c] = PERIOD_OR_COMMA;
    else if (c === 0x2d)
        ASCII_KINDS[c] = DASH;
}
function rules13aDirect(line, at) {
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
        const kind = c < 0x80 ? kinds[c] : (0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyWhitespace */ .lr)(c) ? SPACE : INSIDE;
        // Most characters are inside a token: one lookup decides.
        if (kind === INSIDE) {
            if (start === -1)
                start = i;
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
            if (isPeriodOrComma(before) || isPeriodOrComma(after))
                return -1;
            alone = !(isDigit(before) && isDigit(after));
        }
        else if (kind === DASH)
            alone = i > 0 && isDigit(line.charCodeAt(i - 1));
        if (alone) {
            if (start !== -1) {
                ranges[out++] = start;
                ranges[out++] = i;
                start = -1;
            }
            ranges[out++] = i;
            ranges[out++] = i + 1;
        }
        else if (start === -1)
            start = i;
    }
    if (start !== -1) {
        ranges[out++] = start;
        ranges[out++] = n;
    }
    return (out - at) >> 1;
}
/** Rule 2 (a non-digit then . or ,) from `src` into `dst`; returns the new length. */
function periodOrCommaRule(units, src, dst, len, space) {
    let out = 0;
    for (let i = 0; i < len;) {
        const w = widthAt(units, src, i, len);
        const match = !isDigit(units[src[i]]) && i + w < len && isPeriodOrComma(units[src[i + w]]);
        for (let k = 0; k < w; k++)
            dst[out++] = src[i + k];
        i += w;
        if (match) {
            dst[out++] = space;
            dst[out++] = src[i++];
            dst[out++] = space;
        }
    }
    return out;
}
/** Rule 3 (. or , then a non-digit) from `src` into `dst`; returns the new length. */
function periodOrCommaBeforeRule(units, src, dst, len, space) {
    let out = 0;
    for (let i = 0; i < len;) {
        if (isPeriodOrComma(units[src[i]]) && i + 1 < len && !isDigit(units[src[i + 1]])) {
            const w = widthAt(units, src, i + 1, len);
            dst[out++] = space;
            dst[out++] = src[i];
            dst[out++] = space;
            for (let k = 1; k <= w; k++)
                dst[out++] = src[i + k];
            i += 1 + w;
        }
        else {
            const w = widthAt(units, src, i, len);
            for (let k = 0; k < w; k++)
                dst[out++] = src[i + k];
            i += w;
        }
    }
    return out;
}
/** Rule 4 (a digit then a dash) from `src` into `dst`; returns the new length. */
function dashRule(units, src, dst, len, space) {
    let out = 0;
    for (let i = 0; i < len;) {
        if (isDigit(units[src[i]]) && i + 1 < len && units[src[i + 1]] === 0x2d) {
            dst[out++] = src[i];
            dst[out++] = space;
            dst[out++] = src[i + 1];
            dst[out++] = space;
            i += 2;
        }
        else {
            const w = widthAt(units, src, i, len);
            for (let k = 0; k < w; k++)
                dst[out++] = src[i + k];
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
function splitTokens(units, offsets, len, at) {
    const ranges = tokenRanges;
    let out = at;
    let start = -1;
    for (let i = 0; i < len; i++) {
        const offset = offsets[i];
        if (!(0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyWhitespace */ .lr)(units[offset])) {
            if (start === -1)
                start = offset;
        }
        else if (start !== -1) {
            // A run's characters are consecutive in the line: the rules only insert.
            ranges[out++] = start;
            ranges[out++] = offsets[i - 1] + 1;
            start = -1;
        }
    }
    // The padding space ends every line, so the last run is closed above.
    return (out - at) >> 1;
}
/** Tokenizer13a's handling before its rules: `<skipped>` removed, newlines joined, four entities unescaped. */
function prepare13a(segment) {
    let line = segment;
    if (line.includes('<skipped>'))
        line = line.replaceAll('<skipped>', '');
    if (line.includes('\n'))
        line = line.replaceAll('-\n', '').replaceAll('\n', ' ');
    if (line.includes('&')) {
        line = line.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    }
    return line;
}
/** The tokens of tokenRanges[2 * from, 2 * (from + count)) as slices of `line`. */
function tokenStrings(line, from, count) {
    const tokens = [];
    for (let k = from; k < from + count; k++)
        tokens.push(line.slice(tokenRanges[2 * k], tokenRanges[2 * k + 1]));
    return tokens;
}
/** sacreBLEU's Tokenizer13a applied to one segment (after BLEU's own rstrip). Returns the tokens. */
function tokenize13a(segment) {
    const line = prepare13a(segment);
    return tokenStrings(line, 0, rules13a(line, 0));
}
// mteval-v14's international rules, as sacreBLEU's TokenizerV14International applies them (with `regex`).
const INTL_RULES = [
    // punctuation preceded by a non-digit
    [/(\P{N})(\p{P})/gu, '$1 $2 '],
    // punctuation followed by a non-digit
    [/(\p{P})(\P{N})/gu, ' $1 $2'],
    // symbols
    [/(\p{S})/gu, ' $1 '],
];
/** sacreBLEU's TokenizerV14International. */
function tokenizeIntl(segment) {
    let line = segment;
    for (const [re, replacement] of INTL_RULES)
        line = line.replace(re, replacement);
    return (0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .pySplit */ .GX)(line);
}
/** sacreBLEU's TokenizerChar: every code point is a token (whitespace ones vanish in the split). */
function tokenizeChar(segment) {
    return (0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .pySplit */ .GX)((0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .codePoints */ .BH)(segment)
        .map((c) => String.fromCodePoint(c))
        .join(' '));
}
/** The tokens BLEU counts for one segment: rstrip, optional lowercasing, the tokenizer, then str.split(). */
function bleuTokens(segment, tokenize = '13a', lowercase = false) {
    // sacreBLEU lowercases first, then rstrips, then tokenizes (BLEU._preprocess_segment).
    const text = (0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRstrip */ .Op)(lowercase ? segment.toLowerCase() : segment);
    switch (tokenize) {
        case '13a':
            return tokenize13a(text);
        case 'intl':
            return tokenizeIntl(text);
        case 'char':
            return tokenizeChar(text);
        case 'none':
            return (0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .pySplit */ .GX)(text);
    }
}
/** Python's f'{x:.2f}' for x >= 0: toFixed, except that exact ties round half to even as Python does. */
function pyFixed2(x) {
    // A double at an exact tie of the second decimal is an odd multiple of 1/8 (0.125, 0.375 ...).
    const eighths = x * 8;
    if (Number.isInteger(eighths) && eighths % 2 === 1) {
        const floor = Math.floor(x * 100);
        return ((floor % 2 === 0 ? floor : floor + 1) / 100).toFixed(2);
    }
    return x.toFixed(2);
}
/** Counts of every n-gram, 1 <= n <= maxOrder, keyed by the tokens joined with a space (tokens hold none). */
function ngramCounts(tokens, maxOrder) {
    const counts = new Map();
    for (let n = 1; n <= maxOrder; n++) {
        for (let i = 0; i + n <= tokens.length; i++) {
            const key = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return counts;
}
function orderOf(key) {
    let n = 1;
    for (let i = 0; i < key.length; i++)
        if (key.charCodeAt(i) === 32)
            n++;
    return n;
}
/** sacreBLEU's _get_closest_ref_len: the reference length nearest the hypothesis length, the shorter on a tie. */
function closestReferenceLength(hypothesisLength, referenceLengths) {
    let bestDiff = -1;
    let best = -1;
    for (const len of referenceLengths) {
        const diff = Math.abs(hypothesisLength - len);
        if (bestDiff === -1 || diff < bestDiff) {
            bestDiff = diff;
            best = len;
        }
        else if (diff === bestDiff && len < best) {
            best = len;
        }
    }
    return best;
}
/** sacreBLEU's my_log: log floored at a very low number for zero. */
function myLog(x) {
    return x === 0 ? -9999999999 : Math.log(x);
}
/** sacreBLEU's BLEU.compute_bleu (defaults: smooth_method 'exp', effective_order False, order 4). */
function computeBleu(stats, scoring = {}) {
    const { maxOrder, smoothMethod, effectiveOrder } = { ...BLEU_DEFAULTS, ...scoring };
    const smoothValue = scoring.smoothValue ?? SMOOTH_DEFAULTS[smoothMethod] ?? 0;
    const { sysLen, refLen } = stats;
    // add-k adds to the counts it scores, as sacreBLEU does (on copies: the statistics stay as counted).
    const correct = [...stats.correct];
    const total = [...stats.total];
    let bp;
    if (sysLen < refLen)
        bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0;
    else
        bp = 1;
    const precisions = new Array(maxOrder).fill(0);
    if (!correct.some((c) => c !== 0))
        return { ...stats, score: 0, precisions, bp };
    let smooth = 1;
    let order = maxOrder;
    for (let n = 1; n <= maxOrder; n++) {
        if (smoothMethod === 'add-k' && n > 1) {
            correct[n - 1] += smoothValue;
            total[n - 1] += smoothValue;
        }
        const t = total[n - 1];
        const c = correct[n - 1];
        if (t === 0)
            break;
        // Effective order: only the orders the hypotheses have n-grams of count.
        if (effectiveOrder)
            order = n;
        if (c === 0) {
            if (smoothMethod === 'exp') {
                smooth *= 2;
                precisions[n - 1] = 100 / (smooth * t);
            }
            else if (smoothMethod === 'floor') {
                precisions[n - 1] = (100 * smoothValue) / t;
            }
        }
        else {
            precisions[n - 1] = (100 * c) / t;
        }
    }
    let sum = 0;
    for (let i = 0; i < order; i++)
        sum += myLog(precisions[i]);
    return { ...stats, score: bp * Math.exp(sum / order), precisions, bp };
}
/** Corpus BLEU accumulator: `add` one segment at a time, `score()` at the end. */
class CorpusBleu {
    stats;
    refCounts = new Set();
    options;
    maxOrder;
    // Scratch reused from segment to segment for the one-reference case (the common one): token ids of the
    // reference then the hypothesis, their packed n-grams and the bounds of each order.
    words = new _ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .WordIds */ .B8();
    symbols = new Int32Array(256);
    hypGrams = new Float64Array(1024);
    refGrams = new Float64Array(1024);
    hypStarts;
    refStarts;
    // The 13a one-reference path: token ids by offsets (no token strings), the bounds of hypothesis and reference in
    // `symbols`, and the clipped matches by order.
    tokens = new _token_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .TokenIds */ .u();
    bounds = new Int32Array(3);
    matches;
    constructor(options = {}) {
        this.options = { ...BLEU_DEFAULTS, ...options };
        this.maxOrder = this.options.maxOrder;
        const maxOrder = this.maxOrder;
        this.stats = { sysLen: 0, refLen: 0, correct: new Array(maxOrder).fill(0), total: new Array(maxOrder).fill(0) };
        this.hypStarts = new Int32Array(maxOrder + 1);
        this.refStarts = new Int32Array(maxOrder + 1);
        this.matches = new Float64Array(maxOrder);
    }
    add(hypothesis, references) {
        this.refCounts.add(references.length);
        const { tokenize, lowercase } = this.options;
        if (tokenize === '13a' && references.length === 1) {
            this.add13aOneReference(hypothesis, references[0]);
            return;
        }
        const refTokens = references.map((ref) => bleuTokens(ref, tokenize, lowercase));
        const hypTokens = bleuTokens(hypothesis, tokenize, lowercase);
        this.stats.sysLen += hypTokens.length;
        this.stats.refLen += closestReferenceLength(hypTokens.length, refTokens.map((t) => t.length));
        if (refTokens.length === 1) {
            this.addOneReference(hypTokens, refTokens[0]);
            return;
        }
        const words = new _ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .WordIds */ .B8();
        const refIds = refTokens.map((t) => words.ids(t));
        const hypIds = words.ids(hypTokens);
        if (!(0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .packable */ .c5)(words.size, this.maxOrder)) {
            this.addWithStrings(hypTokens, refTokens);
            return;
        }
        const base = words.size + 1;
        const hypGrams = (0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .allOrders */ .hO)(hypIds, this.maxOrder, base);
        const refGrams = refIds.map((r) => (0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .allOrders */ .hO)(r, this.maxOrder, base));
        for (let n = 1; n <= this.maxOrder; n++) {
            const hyp = hypGrams[n - 1];
            this.stats.total[n - 1] += hyp.length;
            this.stats.correct[n - 1] += (0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .clippedMatchesMaxRef */ .Ek)(hyp, refGrams.map((r) => r[n - 1]));
        }
    }
    /**
     * add() for the 13a tokenizer and one reference (the common case): tokens become ids where they lie in the line
     * and n-grams are counted by class (clippedMatchesByClass), so no token string is made.
     */
    add13aOneReference(hypothesis, reference) {
        const lowercase = this.options.lowercase;
        // BLEU._preprocess_segment: lowercase, then rstrip; then the tokenizer.
        const hypLine = prepare13a((0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRstrip */ .Op)(lowercase ? hypothesis.toLowerCase() : hypothesis));
        const refLine = prepare13a((0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRstrip */ .Op)(lowercase ? reference.toLowerCase() : reference));
        const hypCount = rules13a(hypLine, 0);
        const refCount = rules13a(refLine, 2 * hypCount);
        this.stats.sysLen += hypCount;
        // closestReferenceLength of a single reference: its length.
        this.stats.refLen += refCount;
        const ranges = tokenRanges;
        const ids = this.tokens;
        ids.reset();
        const symbols = (this.symbols = (0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeastInt32 */ .hh)(this.symbols, hypCount + refCount));
        for (let k = 0; k < hypCount; k++)
            symbols[k] = ids.id(hypLine, ranges[2 * k], ranges[2 * k + 1]);
        for (let k = hypCount; k < hypCount + refCount; k++)
            symbols[k] = ids.id(refLine, ranges[2 * k], ranges[2 * k + 1]);
        const bounds = this.bounds;
        bounds[0] = 0;
        bounds[1] = hypCount;
        bounds[2] = hypCount + refCount;
        const order = this.maxOrder;
        if (!(0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .clippedMatchesByClass */ .CS)(symbols, bounds, 0, 2, order, ids.size + 1, this.matches)) {
            // Too many distinct tokens for the class tables: the packed or string n-grams, from token strings.
            this.addOneReference(tokenStrings(hypLine, 0, hypCount), tokenStrings(refLine, hypCount, refCount));
            return;
        }
        for (let n = 1; n <= order; n++) {
            this.stats.total[n - 1] += Math.max(0, hypCount - n + 1);
            this.stats.correct[n - 1] += this.matches[n - 1];
        }
    }
    /** add() for one reference, in the accumulator's scratch arrays: the same counts, nothing allocated. */
    addOneReference(hypTokens, refTokens) {
        const words = this.words;
        words.reset();
        this.symbols = (0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeastInt32 */ .hh)(this.symbols, refTokens.length + hypTokens.length);
        const refEnd = words.idsInto(refTokens, this.symbols, 0);
        const hypEnd = words.idsInto(hypTokens, this.symbols, refEnd);
        if (!(0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .packable */ .c5)(words.size, this.maxOrder)) {
            this.addWithStrings(hypTokens, [refTokens]);
            return;
        }
        const base = words.size + 1;
        const order = this.maxOrder;
        this.refGrams = (0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeastFloat64 */ .NR)(this.refGrams, (0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .orderedCount */ .BE)(refEnd, order));
        this.hypGrams = (0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeastFloat64 */ .NR)(this.hypGrams, (0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .orderedCount */ .BE)(hypEnd - refEnd, order));
        (0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .packOrdersInto */ .rw)(this.symbols, 0, refEnd, order, base, this.refGrams, 0, this.refStarts, 0);
        (0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .packOrdersInto */ .rw)(this.symbols, refEnd, hypEnd, order, base, this.hypGrams, 0, this.hypStarts, 0);
        const hs = this.hypStarts;
        const rs = this.refStarts;
        for (let n = 1; n <= order; n++) {
            this.stats.total[n - 1] += hs[n] - hs[n - 1];
            this.stats.correct[n - 1] += (0,_ngrams_js__WEBPACK_IMPORTED_MODULE_0__/* .clippedMatchesIn */ .cS)(this.hypGrams, hs[n - 1], hs[n], this.refGrams, rs[n - 1], rs[n]);
        }
    }
    /** The same counts with string n-gram keys, for segments with too many distinct tokens to pack. */
    addWithStrings(hypTokens, refTokens) {
        let refNgrams;
        for (const tokens of refTokens) {
            const counts = ngramCounts(tokens, this.maxOrder);
            if (!refNgrams)
                refNgrams = counts;
            else
                for (const [k, v] of counts)
                    if (v > (refNgrams.get(k) ?? 0))
                        refNgrams.set(k, v);
        }
        const hypNgrams = ngramCounts(hypTokens, this.maxOrder);
        for (const [k, v] of hypNgrams) {
            const n = orderOf(k) - 1;
            this.stats.total[n] += v;
            const r = refNgrams?.get(k);
            if (r !== undefined)
                this.stats.correct[n] += Math.min(v, r);
        }
    }
    statistics() {
        return { sysLen: this.stats.sysLen, refLen: this.stats.refLen, correct: [...this.stats.correct], total: [...this.stats.total] };
    }
    score() {
        return computeBleu(this.statistics(), this.options);
    }
    /** sacreBLEU's signature for these settings, e.g. `nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0`. */
    signature() {
        const o = this.options;
        // BLEUSignature: a method that takes a value shows it in brackets, with two decimals.
        const defaultValue = SMOOTH_DEFAULTS[o.smoothMethod];
        const smooth = defaultValue === null ? o.smoothMethod : `${o.smoothMethod}[${pyFixed2(o.smoothValue ?? defaultValue)}]`;
        return (`nrefs:${referenceCountLabel(this.refCounts)}|case:${o.lowercase ? 'lc' : 'mixed'}|eff:${o.effectiveOrder ? 'yes' : 'no'}|` +
            `tok:${o.tokenize}|smooth:${smooth}|version:${SACREBLEU_VERSION}`);
    }
}
/** The `nrefs` field of a sacreBLEU signature: the count when every segment has the same, else `var`. */
function referenceCountLabel(counts) {
    if (counts.size === 1)
        return String([...counts][0]);
    return counts.size === 0 ? '0' : 'var';
}
/** Corpus BLEU of hypotheses against reference streams, as sacrebleu.corpus_bleu(hyps, [refs1, refs2, ...], **options). */
function corpusBleu(hypotheses, referenceStreams, options = {}) {
    const acc = new CorpusBleu(options);
    hypotheses.forEach((h, i) => acc.add(h, referenceStreams.map((stream) => stream[i])));
    return acc.score();
}


/***/ }),

/***/ 47795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ WordIds),
/* harmony export */   BE: () => (/* binding */ orderedCount),
/* harmony export */   CS: () => (/* binding */ clippedMatchesByClass),
/* harmony export */   Ek: () => (/* binding */ clippedMatchesMaxRef),
/* harmony export */   NR: () => (/* binding */ atLeastFloat64),
/* harmony export */   ZO: () => (/* binding */ CharIds),
/* harmony export */   c5: () => (/* binding */ packable),
/* harmony export */   cS: () => (/* binding */ clippedMatchesIn),
/* harmony export */   hO: () => (/* binding */ allOrders),
/* harmony export */   hh: () => (/* binding */ atLeastInt32),
/* harmony export */   rw: () => (/* binding */ packOrdersInto)
/* harmony export */ });
/* unused harmony exports unigrams, nextOrder, clippedMatches */
/* harmony import */ var _whitespace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44188);
/**
 * Fast n-gram counting for BLEU and chrF. Symbols (tokens, characters) of one segment and its references
 * get dense integer ids; an n-gram becomes the number sum(id_k * base^k), exact while base^n < 2^53, built
 * order by order with one multiply-add per position. Clipped matches (the sum over n-grams of
 * min(hyp count, ref count)) come from one reused open-addressing table: no strings, no maps, no sorting.
 * The `...Into`/`...In` forms write into and read from caller-owned scratch arrays, so a corpus loop allocates
 * nothing per segment (chrF's inner loop). Most segments take clippedMatchesByClass instead (chrF, and BLEU with one
 * reference): a trie of the hypothesis's n-grams, or per-order classes when the trie's table would be too large.
 */


/** An Int32Array of at least `size` elements: `current` when it is big enough, else a larger fresh one. */
function atLeastInt32(current, size) {
    return current.length >= size ? current : new Int32Array(Math.max(size, current.length * 2));
}
/** A Float64Array of at least `size` elements: `current` when it is big enough, else a larger fresh one. */
function atLeastFloat64(current, size) {
    return current.length >= size ? current : new Float64Array(Math.max(size, current.length * 2));
}
/** Dense ids for the code points of one segment: a stamped table for the BMP, a map beyond. */
class CharIds {
    static stamp = new Int32Array(0x10000);
    static value = new Int32Array(0x10000);
    static generation = 0;
    gen = 0;
    astral = new Map();
    size = 0;
    constructor() {
        this.reset();
    }
    /** Forgets every id, for the next segment (one instance serves a whole corpus). */
    reset() {
        CharIds.generation = (CharIds.generation + 1) | 0;
        if (CharIds.generation === 0) {
            CharIds.stamp.fill(0);
            CharIds.generation = 1;
        }
        this.gen = CharIds.generation;
        if (this.astral.size > 0)
            this.astral.clear();
        this.size = 0;
    }
    /** The ids (from 1) of the code points of `s`. */
    ids(s) {
        const out = new Int32Array(s.length);
        const n = this.idsInto(s, out, 0, false);
        return n === out.length ? out : out.subarray(0, n);
    }
    /**
     * Writes the ids of the code points of `s` into `out` from `at` (room for s.length needed) and returns the end.
     * With `skipWhitespace`, Python's whitespace is left out, exactly as `''.join(s.split())` would: a high and a
     * low surrogate that only whitespace separated become one code point.
     */
    idsInto(s, out, at, skipWhitespace) {
        let n = at;
        const stamp = CharIds.stamp;
        const value = CharIds.value;
        // The generation and the count in locals: the loop runs once per character of every segment.
        const gen = this.gen;
        let size = this.size;
        const length = s.length;
        for (let i = 0; i < length; i++) {
            let cp = s.charCodeAt(i);
            if (skipWhitespace && (0,_whitespace_js__WEBPACK_IMPORTED_MODULE_0__/* .isPyWhitespace */ .lr)(cp))
                continue;
            if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
                let j = i + 1;
                if (skipWhitespace)
                    while (j < s.length && (0,_whitespace_js__WEBPACK_IMPORTED_MODULE_0__/* .isPyWhitespace */ .lr)(s.charCodeAt(j)))
                        j++;
                const d = j < s.length ? s.charCodeAt(j) : 0;
                if (d >= 0xdc00 && d <= 0xdfff) {
                    cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
                    i = j;
                }
            }
            let id;
            if (cp < 0x10000) {
                if (stamp[cp] === gen)
                    id = value[cp];
                else {
                    id = ++size;
                    stamp[cp] = gen;
                    value[cp] = id;
                }
            }
            else {
                const v = this.astral.get(cp);
                if (v !== undefined)
                    id = v;
                else {
                    id = ++size;
                    this.astral.set(cp, id);
                }
            }
            out[n++] = id;
        }
        this.size = size;
        return n;
    }
}
/** Dense ids (from 1) for the words of one segment. */
class WordIds {
    map = new Map();
    get size() {
        return this.map.size;
    }
    /** Forgets every id, for the next segment. */
    reset() {
        this.map.clear();
    }
    /** Writes the ids of `words` into `out` from `at` and returns the end. */
    idsInto(words, out, at) {
        for (let i = 0; i < words.length; i++) {
            const w = words[i];
            let id = this.map.get(w);
            if (id === undefined) {
                id = this.map.size + 1;
                this.map.set(w, id);
            }
            out[at + i] = id;
        }
        return at + words.length;
    }
    ids(words) {
        const out = new Int32Array(words.length);
        for (let i = 0; i < words.length; i++) {
            const w = words[i];
            let id = this.map.get(w);
            if (id === undefined) {
                id = this.map.size + 1;
                this.map.set(w, id);
            }
            out[i] = id;
        }
        return out;
    }
}
/** True when every n-gram up to `maxOrder` over `alphabet` ids packs exactly into a double. */
function packable(alphabet, maxOrder) {
    return (alphabet + 1) ** maxOrder < 2 ** 53;
}
/** The packed n-grams of order 1: the ids themselves. */
function unigrams(ids) {
    // A plain loop: Float64Array.from walks the iterator protocol, several times slower on short segments.
    const out = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++)
        out[i] = ids[i];
    return out;
}
/** The packed n-grams of order n from those of order n - 1 (rolling: one multiply-add per position). */
function nextOrder(previous, ids, n, base) {
    const count = ids.length - n + 1;
    if (count <= 0)
        return new Float64Array(0);
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++)
        out[i] = previous[i] * base + ids[i + n - 1];
    return out;
}
/** The packed n-grams of every order 1..maxOrder. */
function allOrders(ids, maxOrder, base) {
    const out = [];
    let current = unigrams(ids);
    for (let n = 1; n <= maxOrder; n++) {
        if (n > 1)
            current = nextOrder(current, ids, n, base);
        out.push(current);
    }
    return out;
}
/** How many packed n-grams of orders 1..maxOrder a sequence of `length` symbols has. */
function orderedCount(length, maxOrder) {
    let total = 0;
    for (let n = 1; n <= maxOrder && n <= length; n++)
        total += length - n + 1;
    return total;
}
/**
 * Writes the packed n-grams of orders 1..maxOrder of ids[from, to) into `out` from `at`, order after order, and
 * their bounds into `starts` from `startAt` (order n spans starts[startAt + n - 1] to starts[startAt + n]).
 * Returns the end in `out`. Room needed: orderedCount(to - from, maxOrder) in `out`, maxOrder + 1 in `starts`.
 */
function packOrdersInto(ids, from, to, maxOrder, base, out, at, starts, startAt) {
    const length = to - from;
    let end = at;
    let previous = at;
    starts[startAt] = at;
    for (let n = 1; n <= maxOrder; n++) {
        const count = length - n + 1;
        const begin = end;
        if (n === 1)
            for (let i = 0; i < count; i++)
                out[end++] = ids[from + i];
        else
            for (let i = 0; i < count; i++)
                out[end++] = out[previous + i] * base + ids[from + i + n - 1];
        previous = begin;
        starts[startAt + n] = end;
    }
    return end;
}
// One open-addressing table, reused: keys, hypothesis counts, per-reference counts and best reference counts.
let tableKeys = new Float64Array(256);
let tableHyp = new Int32Array(256);
let tableRef = new Int32Array(256);
let tableMax = new Int32Array(256);
// The slots in use, to clear them after each count (cheaper than clearing a table sized for the longest segment).
let touched = new Int32Array(256);
let touchedCount = 0;
function prepare(size) {
    let cap = 256;
    while (cap < size * 2)
        cap *= 2;
    if (cap > tableKeys.length) {
        tableKeys = new Float64Array(cap);
        tableHyp = new Int32Array(cap);
        tableRef = new Int32Array(cap);
        tableMax = new Int32Array(cap);
    }
    if (touched.length < size)
        touched = new Int32Array(cap);
    return cap - 1;
}
function slotOf(key, mask) {
    // Keys are non-negative integers below 2^53. `key | 0` is the low 32 bits (a truncation; `%` on a double is a
    // call into C, once a third of chrF's time). The finalizer folds the high bits of the product down: a plain
    // multiply keeps in its low bits only the key's low bits, and keys packed in an even base share those
    // whenever their last symbols agree, which made long probe chains.
    const lo = key | 0;
    const hi = (key / 4294967296) | 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) & mask;
}
/** Inserts the hypothesis n-grams hyp[from, to); returns the mask. Slots in use have tableHyp > 0. */
function insertHypothesis(hyp, from = 0, to = hyp.length) {
    const mask = prepare(to - from);
    for (let i = from; i < to; i++) {
        const key = hyp[i];
        let slot = slotOf(key, mask);
        while (tableHyp[slot] > 0 && tableKeys[slot] !== key)
            slot = (slot + 1) & mask;
        if (tableHyp[slot] === 0) {
            tableKeys[slot] = key;
            touched[touchedCount++] = slot;
        }
        tableHyp[slot] += 1;
    }
    return mask;
}
function clearTable() {
    for (let i = 0; i < touchedCount; i++) {
        const slot = touched[i];
        tableHyp[slot] = 0;
        tableRef[slot] = 0;
        tableMax[slot] = 0;
    }
    touchedCount = 0;
}
/** Clipped matches: sum over n-grams of min(count in hyp, count in ref). */
function clippedMatches(hyp, ref) {
    return clippedMatchesIn(hyp, 0, hyp.length, ref, 0, ref.length);
}
/** clippedMatches of hyp[hypFrom, hypTo) against ref[refFrom, refTo): ranges of scratch arrays, no copies. */
function clippedMatchesIn(hyp, hypFrom, hypTo, ref, refFrom, refTo) {
    if (hypTo <= hypFrom || refTo <= refFrom)
        return 0;
    const mask = insertHypothesis(hyp, hypFrom, hypTo);
    let matches = 0;
    for (let i = refFrom; i < refTo; i++) {
        const key = ref[i];
        let slot = slotOf(key, mask);
        while (tableHyp[slot] > 0 && tableKeys[slot] !== key)
            slot = (slot + 1) & mask;
        // Each reference occurrence consumes one hypothesis occurrence: the sum is min(h, r) per n-gram.
        if (tableHyp[slot] > tableRef[slot]) {
            tableRef[slot] += 1;
            matches++;
        }
    }
    clearTable();
    return matches;
}
/**
 * Clipped matches of a hypothesis against several references where each n-gram's reference count is its
 * maximum over the references (BLEU's multi-reference clipping).
 */
function clippedMatchesMaxRef(hyp, refs) {
    if (refs.length === 1)
        return clippedMatches(hyp, refs[0]);
    if (hyp.length === 0)
        return 0;
    const mask = insertHypothesis(hyp);
    const seen = [];
    for (const ref of refs) {
        for (let i = 0; i < ref.length; i++) {
            const key = ref[i];
            let slot = slotOf(key, mask);
            while (tableHyp[slot] > 0 && tableKeys[slot] !== key)
                slot = (slot + 1) & mask;
            if (tableHyp[slot] > 0) {
                if (tableRef[slot] === 0)
                    seen.push(slot);
                tableRef[slot] += 1;
            }
        }
        for (const slot of seen) {
            if (tableRef[slot] > tableMax[slot])
                tableMax[slot] = tableRef[slot];
            tableRef[slot] = 0;
        }
        seen.length = 0;
    }
    let matches = 0;
    for (let i = 0; i < touchedCount; i++)
        matches += Math.min(tableHyp[touched[i]], tableMax[touched[i]]);
    clearTable();
    return matches;
}
// Clipped matches by n-gram classes: the n-grams of one segment (hypothesis and references) get dense class ids,
// order after order: an n-gram's class is that of the pair (class of its (n-1)-gram prefix, its last symbol), so a
// class is found by indexing a table of (class count x alphabet) pairs, no hashing. Counting is then by class.
let classes = new Int32Array(1024);
let pairStamp = new Int32Array(4096);
let pairClass = new Int32Array(4096);
let pairGeneration = 0;
let hypCounts = new Int32Array(1024);
let refSeen = new Int32Array(1024);
/** The largest table (entries) the trie or the class path uses; a segment that needs more takes the hash path. */
const MAX_PAIRS = 1 << 20;
/**
 * Clipped matches of every order 1..maxOrder of sequence 0 (the hypothesis) against each of sequences
 * 1..sequences-1 (the references), where sequence s is symbols[bounds[at + s], bounds[at + s + 1]) and every
 * symbol is in [1, alphabet). Writes the matches of reference r (from 0) and order n into
 * matches[r * maxOrder + n - 1]. Counts down a trie of the hypothesis's n-grams, or order by order with classes
 * when the trie's table would pass MAX_PAIRS entries. Returns false, having written nothing final, when the pair
 * table would too: the caller then counts with packed n-grams (clippedMatchesIn).
 */
function clippedMatchesByClass(symbols, bounds, at, sequences, maxOrder, alphabet, matches) {
    if (clippedMatchesByTrie(symbols, bounds, at, sequences, maxOrder, alphabet, matches))
        return true;
    return clippedMatchesByOrder(symbols, bounds, at, sequences, maxOrder, alphabet, matches);
}
// The trie of the hypothesis's n-grams up to maxOrder: node 0 is the empty n-gram, and the entry at v * alphabet + x
// of trieEdges holds the child of node v by symbol x in its low TRIE_NODE_BITS bits when its high bits hold this
// segment's generation (so the table is cleared only when the generations wrap; one load finds both). Each node
// counts the hypothesis's occurrences (trieCounts) and those a reference has taken (trieSeen), zeroed when it is made.
const TRIE_NODE_BITS = 20;
const TRIE_NODE_MASK = (1 << TRIE_NODE_BITS) - 1;
/** Generations run 1..TRIE_GENERATIONS - 1 in the 11 bits above the node (the sign bit stays clear). */
const TRIE_GENERATIONS = 1 << (31 - TRIE_NODE_BITS);
let trieEdges = new Int32Array(4096);
let trieGeneration = 0;
let trieCounts = new Int32Array(1024);
let trieSeen = new Int32Array(1024);
/**
 * clippedMatchesByClass by walking each position's n-grams, shortest first, down a trie of the hypothesis's: a
 * reference's walk stops at the first n-gram the hypothesis lacks, since no longer one from there can match. One
 * walk per position and no pass per order. False when the trie's table could exceed MAX_PAIRS entries.
 */
function clippedMatchesByTrie(symbols, bounds, at, sequences, maxOrder, alphabet, matches) {
    const hypFrom = bounds[at];
    const hypTo = bounds[at + 1];
    const nodeBound = 1 + (hypTo - hypFrom) * maxOrder;
    const entries = nodeBound * alphabet;
    // Nodes fit their bits: nodeBound <= entries <= MAX_PAIRS = 2^TRIE_NODE_BITS.
    if (entries > MAX_PAIRS)
        return false;
    if (trieEdges.length < entries) {
        trieEdges = new Int32Array(Math.max(entries, 2 * trieEdges.length));
        trieGeneration = 0;
    }
    if (trieCounts.length < nodeBound) {
        trieCounts = new Int32Array(Math.max(nodeBound, 2 * trieCounts.length));
        trieSeen = new Int32Array(trieCounts.length);
    }
    trieGeneration++;
    if (trieGeneration === TRIE_GENERATIONS) {
        trieEdges.fill(0);
        trieGeneration = 1;
    }
    const generation = trieGeneration << TRIE_NODE_BITS;
    const edges = trieEdges;
    const counts = trieCounts;
    const seen = trieSeen;
    let nodes = 1;
    for (let p = hypFrom; p < hypTo; p++) {
        const last = Math.min(hypTo, p + maxOrder);
        let node = 0;
        for (let q = p; q < last; q++) {
            const key = node * alphabet + symbols[q];
            const edge = edges[key];
            if ((edge & ~TRIE_NODE_MASK) === generation)
                node = edge & TRIE_NODE_MASK;
            else {
                edges[key] = generation | nodes;
                counts[nodes] = 0;
                seen[nodes] = 0;
                node = nodes++;
            }
            counts[node] += 1;
        }
    }
    for (let s = 1; s < sequences; s++) {
        const base = (s - 1) * maxOrder;
        for (let k = 0; k < maxOrder; k++)
            matches[base + k] = 0;
        if (s > 1)
            seen.fill(0, 0, nodes);
        const from = bounds[at + s];
        const to = bounds[at + s + 1];
        for (let p = from; p < to; p++) {
            const last = Math.min(to, p + maxOrder);
            let node = 0;
            for (let q = p; q < last; q++) {
                const edge = edges[node * alphabet + symbols[q]];
                if ((edge & ~TRIE_NODE_MASK) !== generation)
                    break;
                node = edge & TRIE_NODE_MASK;
                // Each reference occurrence consumes one hypothesis occurrence: the sum is min(h, r) per n-gram.
                if (seen[node] < counts[node]) {
                    seen[node] += 1;
                    matches[base + q - p] += 1;
                }
            }
        }
    }
    return true;
}
/** clippedMatchesByClass order by order, for segments whose trie table would be too large. */
function clippedMatchesByOrder(symbols, bounds, at, sequences, maxOrder, alphabet, matches) {
    const from = bounds[at];
    const total = bounds[at + sequences] - from;
    if (classes.length < total)
        classes = new Int32Array(Math.max(total, 2 * classes.length));
    const cls = classes;
    // Order 1: the class is the symbol.
    for (let p = 0; p < total; p++)
        cls[p] = symbols[from + p];
    let classCount = alphabet;
    for (let n = 1; n <= maxOrder; n++) {
        if (n > 1) {
            const pairs = classCount * alphabet;
            if (pairs > MAX_PAIRS)
                return false;
            if (pairStamp.length < pairs) {
                pairStamp = new Int32Array(Math.max(pairs, 2 * pairStamp.length));
                pairClass = new Int32Array(pairStamp.length);
                pairGeneration = 0;
            }
            pairGeneration = (pairGeneration + 1) | 0;
            if (pairGeneration === 0) {
                pairStamp.fill(0);
                pairGeneration = 1;
            }
            const generation = pairGeneration;
            let next = 0;
            for (let s = 0; s < sequences; s++) {
                const start = bounds[at + s] - from;
                const end = bounds[at + s + 1] - from - n + 1;
                // In place: the class of order n at p needs only the class of order n - 1 at p.
                for (let p = start; p < end; p++) {
                    const key = cls[p] * alphabet + symbols[from + p + n - 1];
                    if (pairStamp[key] !== generation) {
                        pairStamp[key] = generation;
                        pairClass[key] = next++;
                    }
                    cls[p] = pairClass[key];
                }
            }
            classCount = next;
        }
        if (hypCounts.length < classCount) {
            hypCounts = new Int32Array(Math.max(classCount, 2 * hypCounts.length));
            refSeen = new Int32Array(hypCounts.length);
        }
        const hypStart = bounds[at] - from;
        const hypEnd = bounds[at + 1] - from - n + 1;
        for (let p = hypStart; p < hypEnd; p++)
            hypCounts[cls[p]] += 1;
        for (let s = 1; s < sequences; s++) {
            const start = bounds[at + s] - from;
            const end = bounds[at + s + 1] - from - n + 1;
            let m = 0;
            // Each reference occurrence consumes one hypothesis occurrence: the sum is min(h, r) per n-gram.
            for (let p = start; p < end; p++) {
                const c = cls[p];
                if (refSeen[c] < hypCounts[c]) {
                    refSeen[c] += 1;
                    m++;
                }
            }
            for (let p = start; p < end; p++)
                refSeen[cls[p]] = 0;
            matches[(s - 1) * maxOrder + n - 1] = m;
        }
        for (let p = hypStart; p < hypEnd; p++)
            hypCounts[cls[p]] = 0;
    }
    return true;
}


/***/ }),

/***/ 70547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ TokenIds)
/* harmony export */ });
/**
 * Dense ids (from 1) for the tokens of one segment given as ranges of strings: WER's words and BLEU's 13a tokens
 * are looked up where they lie in the line, never cut out. Cutting each token out as a string and keying a Map by
 * it made a fresh string per token (garbage), hashed it once more inside the Map, and was most of WER's and a
 * third of BLEU's time. One open-addressing table keyed by the token's code units, reused from segment to segment.
 */
class TokenIds {
    /** Slot -> id (0: empty). */
    slots = new Int32Array(256);
    /** Id -> the token's hash, string and range (the first occurrence stands for every equal one). */
    hashes = new Int32Array(128);
    texts = [''];
    starts = new Int32Array(128);
    ends = new Int32Array(128);
    /** The slots in use, to clear them on reset (cheaper than clearing a table sized for the longest segment). */
    used = new Int32Array(128);
    size = 0;
    /** Forgets every id, for the next segment. */
    reset() {
        const slots = this.slots;
        const used = this.used;
        for (let i = 0; i < this.size; i++)
            slots[used[i]] = 0;
        this.size = 0;
    }
    /** The id of the token s[start, end) (code units), a new one when no equal token has one. */
    id(s, start, end) {
        // FNV-1a over the code units, then a finalizer so the low bits (the slot) depend on every unit.
        let h = 0x811c9dc5 ^ (end - start);
        for (let i = start; i < end; i++)
            h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
        h ^= h >>> 16;
        h = Math.imul(h, 0x85ebca6b);
        h ^= h >>> 13;
        const slots = this.slots;
        const mask = slots.length - 1;
        let slot = h & mask;
        for (;;) {
            const id = slots[slot];
            if (id === 0)
                break;
            if (this.hashes[id] === h && this.equal(id, s, start, end))
                return id;
            slot = (slot + 1) & mask;
        }
        const id = ++this.size;
        if (id >= this.hashes.length)
            this.growIds();
        this.hashes[id] = h;
        this.texts[id] = s;
        this.starts[id] = start;
        this.ends[id] = end;
        slots[slot] = id;
        this.used[id - 1] = slot;
        // At most half full: probe chains stay short.
        if (2 * id > mask)
            this.growSlots();
        return id;
    }
    equal(id, s, start, end) {
        const from = this.starts[id];
        if (this.ends[id] - from !== end - start)
            return false;
        const t = this.texts[id];
        for (let i = 0; i < end - start; i++)
            if (t.charCodeAt(from + i) !== s.charCodeAt(start + i))
                return false;
        return true;
    }
    growIds() {
        const size = 2 * this.hashes.length;
        const grow = (a) => {
            const b = new Int32Array(size);
            b.set(a);
            return b;
        };
        this.hashes = grow(this.hashes);
        this.starts = grow(this.starts);
        this.ends = grow(this.ends);
        this.used = grow(this.used);
    }
    growSlots() {
        const slots = new Int32Array(2 * this.slots.length);
        const mask = slots.length - 1;
        for (let id = 1; id <= this.size; id++) {
            let slot = this.hashes[id] & mask;
            while (slots[slot] !== 0)
                slot = (slot + 1) & mask;
            slots[slot] = id;
            this.used[id - 1] = slot;
        }
        this.slots = slots;
    }
}


/***/ }),

/***/ 44188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ codePoints),
/* harmony export */   GX: () => (/* binding */ pySplit),
/* harmony export */   Op: () => (/* binding */ pyRstrip),
/* harmony export */   lr: () => (/* binding */ isPyWhitespace),
/* harmony export */   m0: () => (/* binding */ pyStrip),
/* harmony export */   tg: () => (/* binding */ PY_WHITESPACE_RUN_OF_TWO)
/* harmony export */ });
/* unused harmony export PY_WHITESPACE_RUN */
/**
 * Python's idea of whitespace (str.isspace, str.split(), str.strip() and `\s` in `re`), which the reference
 * tools (jiwer, sacreBLEU) rely on. It differs from JavaScript's `\s`: it includes U+001C-U+001F and U+0085,
 * and excludes U+FEFF.
 */
const CLASS = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_WHITESPACE_RUN = new RegExp(`[${CLASS}]+`, 'g');
const PY_WHITESPACE_RUN_OF_TWO = new RegExp(`[${CLASS}][${CLASS}]+`, 'g');
/** Python's `s.split()`: split on runs of whitespace, no empty strings. */
function pySplit(s) {
    const parts = s.split(PY_WHITESPACE_RUN);
    if (parts.length > 0 && parts[0] === '')
        parts.shift();
    if (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** Python's str.isspace() for one UTF-16 code unit (every Python whitespace character is in the BMP). */
function isPyWhitespace(c) {
    // A lookup rather than the chain of compares: it runs for most characters of every segment, several times.
    return c <= 0x3000 && WHITESPACE[c] === 1;
}
/** Python's whitespace, all of it at or below U+3000, by code unit. */
const WHITESPACE = new Uint8Array(0x3001);
for (let c = 0; c <= 0x3000; c++)
    if (isPyWhitespaceByRanges(c))
        WHITESPACE[c] = 1;
function isPyWhitespaceByRanges(c) {
    return (c === 0x20 ||
        (c >= 0x09 && c <= 0x0d) ||
        (c >= 0x1c && c <= 0x1f) ||
        c === 0x85 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000);
}
// strip and rstrip scan for the ends instead of running two regular expressions: every segment is stripped
// once or twice per metric, and an unchanged string comes back as it is, without a copy.
/** Python's `s.strip()`. */
function pyStrip(s) {
    let end = s.length;
    while (end > 0 && isPyWhitespace(s.charCodeAt(end - 1)))
        end--;
    let start = 0;
    while (start < end && isPyWhitespace(s.charCodeAt(start)))
        start++;
    return start === 0 && end === s.length ? s : s.slice(start, end);
}
/** Python's `s.rstrip()`. */
function pyRstrip(s) {
    let end = s.length;
    while (end > 0 && isPyWhitespace(s.charCodeAt(end - 1)))
        end--;
    return end === s.length ? s : s.slice(0, end);
}
/** The code points of a string, as Python indexes a str. */
function codePoints(s) {
    const out = [];
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
                i++;
                continue;
            }
        }
        out.push(c);
    }
    return out;
}


/***/ })

};
