export const id = 7412;
export const ids = [7412];
export const modules = {

/***/ 73433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ normalizeArabic),
/* harmony export */   Jv: () => (/* binding */ ARABIC_NORMALIZATION_STEPS),
/* harmony export */   WA: () => (/* binding */ parseNormalizationSteps),
/* harmony export */   qF: () => (/* binding */ ALL_NORMALIZATION_STEPS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Arabic orthographic normalization, step by step, with CAMeL Tools' mappings
 * (camel_tools.utils.normalize and camel_tools.utils.dediac, Arabic-script variants):
 *
 *   nfkc          CAMeL's normalize_unicode: U+FDFC -> "ريال", U+FDFD -> the basmala, then NFKC
 *   persian       (optional, not a default) Persian and Urdu look-alikes to the Arabic letters: U+06A9 KEHEH
 *                 -> U+0643 KAF, U+06CC FARSI YEH -> U+064A YEH, U+066E DOTLESS BEH -> U+0628 BEH. After
 *                 nfkc, so the forms NFKC folds to keheh and Farsi yeh (U+FB8E-U+FB91, U+FBFC-U+FBFF) fold on
 *   diacritics    dediac_ar: remove U+064B-U+0652 (tanween, harakat, shadda, sukun) and U+0670 (dagger alef)
 *   alef          normalize_alef_ar: U+0625 U+0623 U+0671 U+0622 -> U+0627
 *   alef-maksura  normalize_alef_maksura_ar: U+0649 -> U+064A
 *   teh-marbuta   normalize_teh_marbuta_ar: U+0629 -> U+0647
 *   tatweel       remove U+0640 (CAMeL keeps it in its letter set, so it is a step of its own here)
 *
 * Steps always run in the order above, whatever order they are asked for in: NFKC first turns presentation
 * forms (lam-alef ligatures, isolated/final forms) into the letters the later steps map.
 */

/** The default steps (what `--normalize arabic` applies), in canonical order. */
const ARABIC_NORMALIZATION_STEPS = ['nfkc', 'diacritics', 'alef', 'alef-maksura', 'teh-marbuta', 'tatweel'];
/** Every step, the optional ones included, in the order they run. */
const ALL_NORMALIZATION_STEPS = ['nfkc', 'persian', 'diacritics', 'alef', 'alef-maksura', 'teh-marbuta', 'tatweel'];
const DIACRITICS = /[\u064B-\u0652\u0670]/g;
const ALEF_VARIANTS = /[\u0625\u0623\u0671\u0622]/g;
// NFKC would turn these two ligatures into Persian-yeh spellings; CAMeL Tools spells them out first.
const LIGATURE_FIXES = /[\uFDFC\uFDFD]/g;
const LIGATURE_SPELLINGS = {
    '\uFDFC': '\u0631\u064A\u0627\u0644',
    '\uFDFD': '\u0628\u0633\u0645 \u0627\u0644\u0644\u0647 \u0627\u0644\u0631\u062D\u0645\u0646 \u0627\u0644\u0631\u062D\u064A\u0645',
};
const PERSIAN_LOOKALIKES = /[\u06A9\u06CC\u066E]/g;
const PERSIAN_TO_ARABIC = { '\u06A9': '\u0643', '\u06CC': '\u064A', '\u066E': '\u0628' };
const APPLY = {
    nfkc: (s) => s.replace(LIGATURE_FIXES, (c) => LIGATURE_SPELLINGS[c] ?? c).normalize('NFKC'),
    persian: (s) => s.replace(PERSIAN_LOOKALIKES, (c) => PERSIAN_TO_ARABIC[c] ?? c),
    diacritics: (s) => s.replace(DIACRITICS, ''),
    alef: (s) => s.replace(ALEF_VARIANTS, '\u0627'),
    'alef-maksura': (s) => s.replaceAll('\u0649', '\u064A'),
    'teh-marbuta': (s) => s.replaceAll('\u0629', '\u0647'),
    tatweel: (s) => s.replaceAll('\u0640', ''),
};
/** Normalizes `text` with the given steps (default: all of them), always in the canonical order. */
function normalizeArabic(text, steps = ARABIC_NORMALIZATION_STEPS) {
    let out = text;
    for (const step of ALL_NORMALIZATION_STEPS) {
        if (steps.includes(step))
            out = APPLY[step](out);
    }
    return out;
}
/** Parses a comma-separated list of steps ("nfkc,alef"), refusing unknown or repeated names. */
function parseNormalizationSteps(list, field = 'steps') {
    const names = list
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    if (names.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `no normalization step given; choose from ${ALL_NORMALIZATION_STEPS.join(', ')}`, { field });
    const seen = new Set();
    for (const name of names) {
        if (!ALL_NORMALIZATION_STEPS.includes(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `unknown normalization step "${name}"; choose from ${ALL_NORMALIZATION_STEPS.join(', ')}`, { field });
        }
        if (seen.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `normalization step "${name}" is given twice`, { field });
        seen.add(name);
    }
    return names;
}


/***/ }),

/***/ 35490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ readFileLines),
/* harmony export */   fK: () => (/* binding */ tryDecodeUtf8),
/* harmony export */   qv: () => (/* binding */ decodeUtf8Line),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* unused harmony exports MAX_LINE_BYTES, MAX_INPUT_BYTES, firstInvalidUtf8Offset */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * Line-oriented input for the metrics: a file (or stdin) read in large chunks and cut at LF bytes,
 * so memory holds one chunk and one partial line whatever the file's size. Lines come back as bytes;
 * callers decode them strictly (`decodeUtf8Line`) so invalid UTF-8 is reported with its line number.
 *
 * Limits, enforced while reading (before the bytes are held): a line may hold at most `MAX_LINE_BYTES`
 * (16 MiB; one 200 MB JSON line used to abort V8 in JSON.parse) and an input at most `MAX_INPUT_BYTES`
 * (4 GiB; an endless stream such as a device stops there). Going past either is a DhowError naming the
 * file and the line.
 */


const LF = 0x0a;
const CR = 0x0d;
/** The most bytes one line may hold before its LF (a CR before the LF counts): 16 MiB. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** The most bytes one input may hold: 4 GiB. */
const MAX_INPUT_BYTES = 4 * 1024 * 1024 * 1024;
function sizeLabel(bytes) {
    if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0)
        return `${bytes / 1024 ** 3} GiB`;
    if (bytes >= 1024 ** 2 && bytes % 1024 ** 2 === 0)
        return `${bytes / 1024 ** 2} MiB`;
    return `${bytes} bytes`;
}
/** Yields every line of a byte stream; a final line without LF counts, an empty tail after the last LF does not. */
async function* splitLines(chunks, limits = {}) {
    const file = limits.file ?? '<input>';
    const maxLine = limits.maxLineBytes ?? MAX_LINE_BYTES;
    const maxInput = limits.maxInputBytes ?? MAX_INPUT_BYTES;
    const tooLong = (line) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `the line is longer than ${sizeLabel(maxLine)}, the limit for one line`, { file, line });
    // The partial line is kept as a list of copies and joined once, so a long line costs no repeated copying.
    let pending = [];
    let pendingBytes = 0;
    let number = 0;
    let total = 0;
    for await (const raw of chunks) {
        const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
        total += chunk.length;
        if (total > maxInput) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `the input is larger than ${sizeLabel(maxInput)}, the limit for one input`, { file, line: number + 1 });
        }
        let start = 0;
        let lf = chunk.indexOf(LF, start);
        while (lf !== -1) {
            let line = chunk.subarray(start, lf);
            if (pendingBytes + line.length > maxLine)
                throw tooLong(number + 1);
            if (pending.length > 0) {
                line = Buffer.concat([...pending, line]);
                pending = [];
                pendingBytes = 0;
            }
            number += 1;
            yield { number, bytes: trimLine(line, number) };
            start = lf + 1;
            lf = chunk.indexOf(LF, start);
        }
        if (start < chunk.length) {
            const rest = chunk.subarray(start);
            if (pendingBytes + rest.length > maxLine)
                throw tooLong(number + 1);
            // Copy: the stream may reuse its chunk buffer.
            pending.push(Buffer.from(rest));
            pendingBytes += rest.length;
        }
    }
    if (pendingBytes > 0) {
        if (pendingBytes > maxLine)
            throw tooLong(number + 1);
        number += 1;
        yield { number, bytes: trimLine(pending.length === 1 ? pending[0] : Buffer.concat(pending), number) };
    }
}
function trimLine(line, number) {
    let out = line;
    if (out.length > 0 && out[out.length - 1] === CR)
        out = out.subarray(0, out.length - 1);
    if (number === 1 && out.length >= 3 && out[0] === 0xef && out[1] === 0xbb && out[2] === 0xbf)
        out = out.subarray(3);
    return out;
}
/** The lines of a file, streamed; a missing or unreadable file is a DhowError naming it (as `file`, default the path). */
async function* readFileLines(path, file = path, limits = {}) {
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 1 << 20 });
    try {
        yield* splitLines(stream, { ...limits, file });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('not-found', 'no such file', { file, cause: error });
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', 'is a directory, not a file', { file, cause: error });
        if (code !== undefined && !(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `cannot read: ${code}`, { file, cause: error });
        throw error;
    }
    finally {
        stream.destroy();
    }
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes one line as UTF-8, or returns undefined when its bytes are not valid UTF-8. */
function tryDecodeUtf8(bytes) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** Decodes one line as UTF-8, refusing invalid bytes with a DhowError that names the file and line. */
function decodeUtf8Line(line, file) {
    const text = tryDecodeUtf8(line.bytes);
    if (text === undefined) {
        const offset = firstInvalidUtf8Offset(line.bytes);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `invalid UTF-8 at byte ${offset + 1} of the line`, { file, line: line.number });
    }
    return text;
}
/** The 0-based offset of the first byte that breaks UTF-8 (the line's length when none does). */
function firstInvalidUtf8Offset(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let need;
        let min;
        if (b < 0x80) {
            i += 1;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else {
            return i;
        }
        if (i + need >= bytes.length)
            return i;
        let cp = b & (0xff >> (need + 2));
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return bytes.length;
}


/***/ }),

/***/ 27412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TEXT_METRICS: () => (/* binding */ TEXT_METRICS),
  Z1: () => (/* binding */ TextMetrics),
  cN: () => (/* binding */ parseTextSegment),
  textMetricsFromJsonl: () => (/* binding */ textMetricsFromJsonl)
});

// UNUSED EXPORTS: DEFAULT_TEXT_METRICS, readTextSegments

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/metrics/arabic/normalize.ts
var normalize = __webpack_require__(73433);
// EXTERNAL MODULE: ./src/metrics/lines.ts
var lines = __webpack_require__(35490);
// EXTERNAL MODULE: ./src/metrics/text/bleu.ts
var bleu = __webpack_require__(87093);
// EXTERNAL MODULE: ./src/metrics/text/ngrams.ts
var ngrams = __webpack_require__(47795);
// EXTERNAL MODULE: ./src/metrics/text/whitespace.ts
var text_whitespace = __webpack_require__(44188);
;// CONCATENATED MODULE: ./src/metrics/text/chrf.ts
/**
 * chrF (Popović 2015) and chrF++ (Popović 2017) as sacreBLEU 2.6 computes them. Defaults are sacreBLEU's:
 * character order 6, word order 0 (chrF2; 2 gives chrF++), beta 2, case-sensitive (`lowercase` folds), whitespace removed
 * before character n-grams are taken, and eps_smoothing off: precision and recall are averaged over the
 * orders that have both hypothesis and reference n-grams ("effective order"), then combined into F-beta.
 * With several references a segment keeps the statistics of the reference with the best segment F-score.
 * Corpus statistics are sums over segments; the score is on the 0-100 scale.
 */



const CHRF_DEFAULTS = { charOrder: 6, wordOrder: 0, beta: 2, whitespace: false, epsSmoothing: false, lowercase: false };
// sacreBLEU's _PUNCTS (Python's string.punctuation).
const PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
/** sacreBLEU's CHRF._remove_punctuation: split, then peel one punctuation mark off a word's end or start. */
function chrfWords(sentence) {
    const out = [];
    for (const w of (0,text_whitespace/* pySplit */.GX)(sentence)) {
        const cps = (0,text_whitespace/* codePoints */.BH)(w);
        if (cps.length === 1) {
            out.push(w);
            continue;
        }
        const last = String.fromCodePoint(cps[cps.length - 1]);
        const first = String.fromCodePoint(cps[0]);
        if (PUNCTUATION.has(last))
            out.push(w.slice(0, w.length - last.length), last);
        else if (PUNCTUATION.has(first))
            out.push(first, w.slice(first.length));
        else
            out.push(w);
    }
    return out;
}
/** Character n-gram counters for orders 1..maxOrder (code points, as Python slices a str). */
function charNgrams(line, maxOrder, whitespace) {
    const s = whitespace ? line : (0,text_whitespace/* pySplit */.GX)(line).join('');
    // UTF-16 offsets of each code point, so n-grams are substrings without building arrays of characters.
    const offsets = [];
    for (let i = 0; i < s.length; i++) {
        offsets.push(i);
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff)
                i++;
        }
    }
    offsets.push(s.length);
    const len = offsets.length - 1;
    const out = [];
    for (let n = 1; n <= maxOrder; n++) {
        const counts = new Map();
        for (let i = 0; i + n <= len; i++) {
            const key = s.slice(offsets[i], offsets[i + n]);
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        out.push(counts);
    }
    return out;
}
function wordNgrams(words, n) {
    const counts = new Map();
    for (let i = 0; i + n <= words.length; i++) {
        const key = words.slice(i, i + n).join(' ');
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}
function allNgrams(sentence, o) {
    const ngrams = charNgrams(sentence, o.charOrder, o.whitespace);
    if (o.wordOrder > 0) {
        const words = chrfWords(sentence);
        for (let n = 1; n <= o.wordOrder; n++)
            ngrams.push(wordNgrams(words, n));
    }
    return ngrams;
}
/** [hyp count (0 when the reference has none), ref count, clipped matches], as _get_match_statistics. */
function matchStatistics(hyp, ref) {
    let match = 0;
    let hypCount = 0;
    for (const [k, v] of hyp) {
        hypCount += v;
        const r = ref.get(k);
        if (r !== undefined)
            match += Math.min(v, r);
    }
    let refCount = 0;
    for (const v of ref.values())
        refCount += v;
    return [ref.size > 0 ? hypCount : 0, refCount, match];
}
/** sacreBLEU's CHRF._compute_f_score over flattened [hyp, ref, match] triples; 0-100. */
function chrfScore(stats, o = CHRF_DEFAULTS) {
    const eps = 1e-16;
    const factor = o.beta ** 2;
    const order = o.charOrder + o.wordOrder;
    let score = 0;
    let effective = 0;
    let avgPrec = 0;
    let avgRec = 0;
    for (let i = 0; i < order; i++) {
        const nHyp = stats[3 * i];
        const nRef = stats[3 * i + 1];
        const nMatch = stats[3 * i + 2];
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
    if (o.epsSmoothing)
        return (100 * score) / order;
    if (effective === 0) {
        avgPrec = 0;
        avgRec = 0;
    }
    else {
        avgPrec /= effective;
        avgRec /= effective;
    }
    if (avgPrec + avgRec !== 0) {
        return 100 * (((1 + factor) * avgPrec * avgRec) / (factor * avgPrec + avgRec));
    }
    return 0;
}
/** Corpus chrF accumulator. */
class CorpusChrf {
    options;
    stats;
    refCounts = new Set();
    // Scratch reused from segment to segment (chrF was half of the text metrics' time, much of it allocation):
    // the symbol ids of the hypothesis and every reference end to end, their packed n-grams, the bounds of each,
    // and the statistics of the reference being scored and of the best one so far.
    chars = new ngrams/* CharIds */.ZO();
    words = new ngrams/* WordIds */.B8();
    charSymbols = new Int32Array(256);
    wordSymbols = new Int32Array(64);
    symbolBounds = new Int32Array(8);
    /** Where the word bounds start in symbolBounds (after the character bounds of this segment). */
    wordBoundsAt = 0;
    hypGrams = new Float64Array(1024);
    refGrams = new Float64Array(1024);
    /** Clipped matches by reference and order, from clippedMatchesByClass. */
    charMatches = new Float64Array(16);
    wordMatches = new Float64Array(16);
    hypStarts;
    refStarts;
    candidate;
    best;
    constructor(options = {}) {
        this.options = { ...CHRF_DEFAULTS, ...options };
        const order = this.options.charOrder + this.options.wordOrder;
        this.stats = new Array(3 * order).fill(0);
        this.hypStarts = new Int32Array(order + 2);
        this.refStarts = new Int32Array(order + 2);
        this.candidate = new Float64Array(3 * order);
        this.best = new Float64Array(3 * order);
    }
    add(hypothesisText, referenceTexts) {
        this.refCounts.add(referenceTexts.length);
        const o = this.options;
        // CHRF._preprocess_segment: lowercasing is all the preprocessing chrF does.
        const hypothesis = o.lowercase ? hypothesisText.toLowerCase() : hypothesisText;
        const references = o.lowercase ? referenceTexts.map((r) => r.toLowerCase()) : referenceTexts;
        const count = references.length;
        if (count === 0)
            return;
        // Ids of the hypothesis (sequence 0) and each reference (k + 1), end to end; whitespace is dropped as
        // ''.join(s.split()) drops it unless whitespace is kept.
        const chars = this.chars;
        chars.reset();
        let room = hypothesis.length;
        for (let k = 0; k < count; k++)
            room += references[k].length;
        this.charSymbols = (0,ngrams/* atLeastInt32 */.hh)(this.charSymbols, room);
        this.symbolBounds = (0,ngrams/* atLeastInt32 */.hh)(this.symbolBounds, 2 * (count + 2));
        const bounds = this.symbolBounds;
        const charSymbols = this.charSymbols;
        bounds[0] = 0;
        bounds[1] = chars.idsInto(hypothesis, charSymbols, 0, !o.whitespace);
        for (let k = 0; k < count; k++)
            bounds[k + 2] = chars.idsInto(references[k], charSymbols, bounds[k + 1], !o.whitespace);
        // Word ids (chrF++ only) in the second half of the bounds.
        const words = this.words;
        const wordBounds = count + 2;
        this.wordBoundsAt = wordBounds;
        bounds[wordBounds] = 0;
        for (let k = 0; k <= count; k++)
            bounds[wordBounds + k + 1] = bounds[wordBounds + k];
        if (o.wordOrder > 0) {
            words.reset();
            const split = [chrfWords(hypothesis), ...references.map((r) => chrfWords(r))];
            let total = 0;
            for (const w of split)
                total += w.length;
            this.wordSymbols = (0,ngrams/* atLeastInt32 */.hh)(this.wordSymbols, total);
            for (let k = 0; k <= count; k++)
                bounds[wordBounds + k + 1] = words.idsInto(split[k], this.wordSymbols, bounds[wordBounds + k]);
        }
        if (this.addByClasses(count))
            return;
        if (!(0,ngrams/* packable */.c5)(chars.size, o.charOrder) || !(0,ngrams/* packable */.c5)(words.size, o.wordOrder)) {
            this.addByStrings(hypothesis, references);
            return;
        }
        const order = o.charOrder + o.wordOrder;
        this.hypGrams = this.packSegment(0, this.hypGrams, this.hypStarts, chars.size + 1, words.size + 1);
        const best = this.best;
        const candidate = this.candidate;
        let bestF = -1;
        for (let k = 0; k < count; k++) {
            this.refGrams = this.packSegment(k + 1, this.refGrams, this.refStarts, chars.size + 1, words.size + 1);
            const hs = this.hypStarts;
            const rs = this.refStarts;
            for (let i = 0; i < order; i++) {
                const hypCount = hs[i + 1] - hs[i];
                const refCount = rs[i + 1] - rs[i];
                candidate[3 * i] = refCount > 0 ? hypCount : 0;
                candidate[3 * i + 1] = refCount;
                candidate[3 * i + 2] = (0,ngrams/* clippedMatchesIn */.cS)(this.hypGrams, hs[i], hs[i + 1], this.refGrams, rs[i], rs[i + 1]);
            }
            // The reference with the best segment F-score; the first of equals.
            const f = chrfScore(candidate, o);
            if (f > bestF) {
                bestF = f;
                best.set(candidate);
            }
        }
        for (let i = 0; i < 3 * order; i++)
            this.stats[i] += best[i];
    }
    /**
     * The statistics from n-gram classes (clippedMatchesByClass), for the ids and bounds add() left in the scratch;
     * false when the segment is too large for them (add() then packs n-grams).
     */
    addByClasses(count) {
        const o = this.options;
        const bounds = this.symbolBounds;
        const wordBounds = this.wordBoundsAt;
        this.charMatches = (0,ngrams/* atLeastFloat64 */.NR)(this.charMatches, count * o.charOrder);
        this.wordMatches = (0,ngrams/* atLeastFloat64 */.NR)(this.wordMatches, count * o.wordOrder);
        if (!(0,ngrams/* clippedMatchesByClass */.CS)(this.charSymbols, bounds, 0, count + 1, o.charOrder, this.chars.size + 1, this.charMatches))
            return false;
        if (o.wordOrder > 0 && !(0,ngrams/* clippedMatchesByClass */.CS)(this.wordSymbols, bounds, wordBounds, count + 1, o.wordOrder, this.words.size + 1, this.wordMatches)) {
            return false;
        }
        const candidate = this.candidate;
        const best = this.best;
        const hypChars = bounds[1] - bounds[0];
        const hypWords = bounds[wordBounds + 1] - bounds[wordBounds];
        let bestF = -1;
        for (let k = 0; k < count; k++) {
            const refChars = bounds[k + 2] - bounds[k + 1];
            const refWords = bounds[wordBounds + k + 2] - bounds[wordBounds + k + 1];
            for (let i = 0; i < o.charOrder; i++) {
                // An order's n-grams in a sequence of L symbols: L - n + 1, or none.
                const refCount = Math.max(0, refChars - i);
                candidate[3 * i] = refCount > 0 ? Math.max(0, hypChars - i) : 0;
                candidate[3 * i + 1] = refCount;
                candidate[3 * i + 2] = this.charMatches[k * o.charOrder + i];
            }
            for (let j = 0; j < o.wordOrder; j++) {
                const i = o.charOrder + j;
                const refCount = Math.max(0, refWords - j);
                candidate[3 * i] = refCount > 0 ? Math.max(0, hypWords - j) : 0;
                candidate[3 * i + 1] = refCount;
                candidate[3 * i + 2] = this.wordMatches[k * o.wordOrder + j];
            }
            // The reference with the best segment F-score; the first of equals.
            const f = chrfScore(candidate, o);
            if (f > bestF) {
                bestF = f;
                best.set(candidate);
            }
        }
        for (let i = 0; i < 3 * (o.charOrder + o.wordOrder); i++)
            this.stats[i] += best[i];
        return true;
    }
    /** Packs sequence `k`'s character then word n-grams into `grams` (grown when short), bounds into `starts`. */
    packSegment(k, grams, starts, charBase, wordBase) {
        const o = this.options;
        const bounds = this.symbolBounds;
        const wordBounds = this.wordBoundsAt;
        const charFrom = bounds[k];
        const charTo = bounds[k + 1];
        const wordFrom = bounds[wordBounds + k];
        const wordTo = bounds[wordBounds + k + 1];
        const out = (0,ngrams/* atLeastFloat64 */.NR)(grams, (0,ngrams/* orderedCount */.BE)(charTo - charFrom, o.charOrder) + (0,ngrams/* orderedCount */.BE)(wordTo - wordFrom, o.wordOrder));
        const end = (0,ngrams/* packOrdersInto */.rw)(this.charSymbols, charFrom, charTo, o.charOrder, charBase, out, 0, starts, 0);
        if (o.wordOrder > 0)
            (0,ngrams/* packOrdersInto */.rw)(this.wordSymbols, wordFrom, wordTo, o.wordOrder, wordBase, out, end, starts, o.charOrder);
        return out;
    }
    /** The string-keyed path, for segments whose alphabet is too large to pack n-grams into doubles. */
    addByStrings(hypothesis, references) {
        const o = this.options;
        const hyp = allNgrams(hypothesis, o);
        let best = [];
        let bestF = -1;
        for (const reference of references) {
            const ref = allNgrams(reference, o);
            const stats = [];
            for (let i = 0; i < hyp.length; i++)
                stats.push(...matchStatistics(hyp[i], ref[i]));
            const f = chrfScore(stats, o);
            if (f > bestF) {
                bestF = f;
                best = stats;
            }
        }
        for (let i = 0; i < best.length; i++)
            this.stats[i] += best[i];
    }
    statistics() {
        return [...this.stats];
    }
    score() {
        return chrfScore(this.stats, this.options);
    }
    /** The metric's name as sacreBLEU prints it: chrF2, chrF2++ ... */
    name() {
        return `chrF${this.options.beta}${'+'.repeat(this.options.wordOrder)}`;
    }
    /** sacreBLEU's chrF signature, e.g. `nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0`. */
    signature() {
        const o = this.options;
        return (`nrefs:${(0,bleu/* referenceCountLabel */.nT)(this.refCounts)}|case:${o.lowercase ? 'lc' : 'mixed'}|eff:${o.epsSmoothing ? 'no' : 'yes'}|` +
            `nc:${o.charOrder}|nw:${o.wordOrder}|space:${o.whitespace ? 'yes' : 'no'}|version:${bleu/* SACREBLEU_VERSION */.y2}`);
    }
}
/** Corpus chrF of hypotheses against reference streams, as sacrebleu.corpus_chrf(hyps, [refs1, ...], **options). */
function corpusChrf(hypotheses, referenceStreams, options = {}) {
    const acc = new CorpusChrf(options);
    hypotheses.forEach((h, i) => acc.add(h, referenceStreams.map((stream) => stream[i])));
    return acc.score();
}

;// CONCATENATED MODULE: ./src/metrics/text/levenshtein.ts
/**
 * Levenshtein distance between two sequences of integer symbols (word ids or code points), with unit costs
 * for substitution, insertion and deletion, as rapidfuzz (and so jiwer) counts it. Bit-parallel (Myers 1999,
 * with Hyyrö's blocks for patterns longer than 32): O(ceil(m/32) * n) instead of O(m * n), after the common
 * prefix and suffix are set aside.
 */
/** Distance between sequences of arbitrary integer symbols. */
function levenshtein(a, b) {
    const ids = new Map();
    const dense = (s) => {
        const out = new Int32Array(s.length);
        for (let i = 0; i < s.length; i++) {
            let id = ids.get(s[i]);
            if (id === undefined) {
                id = ids.size + 1;
                ids.set(s[i], id);
            }
            out[i] = id;
        }
        return out;
    };
    const da = dense(a);
    const db = dense(b);
    return levenshteinDense(da, db, ids.size + 1);
}
/** Distance between sequences of dense ids in [0, alphabet). */
function levenshteinDense(a, b, alphabet) {
    return levenshteinRanges(a, 0, a.length, b, 0, b.length, alphabet);
}
/**
 * Distance between a[aFrom, aTo) and b[bFrom, bTo), ids in [0, alphabet): ranges rather than subarrays, since a
 * typed-array view is an allocation and a corpus makes one call per segment and metric.
 */
function levenshteinRanges(a, aFrom, aTo, b, bFrom, bTo, alphabet) {
    let startA = aFrom;
    let startB = bFrom;
    let endA = aTo;
    let endB = bTo;
    while (startA < endA && startB < endB && a[startA] === b[startB]) {
        startA++;
        startB++;
    }
    while (endA > startA && endB > startB && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    // The pattern is the shorter.
    const swap = endA - startA > endB - startB;
    const pattern = swap ? b : a;
    const patternFrom = swap ? startB : startA;
    const m = swap ? endB - startB : endA - startA;
    const text = swap ? a : b;
    const textFrom = swap ? startA : startB;
    const n = swap ? endA - startA : endB - startB;
    if (m === 0)
        return n;
    const blocks = (m + 31) >>> 5;
    // Peq[symbol * blocks + block]: bit i set where the pattern holds the symbol. The table is reused from call
    // to call (a corpus makes one call per segment) and the pattern's entries are cleared before returning.
    if (peqScratch.length < alphabet * blocks)
        peqScratch = new Int32Array(Math.max(alphabet * blocks, 2 * peqScratch.length));
    const peq = peqScratch;
    for (let i = 0; i < m; i++)
        peq[pattern[patternFrom + i] * blocks + (i >>> 5)] |= 1 << (i & 31);
    const score = blocks === 1 ? oneBlock(peq, m, text, textFrom, n) : manyBlocks(peq, m, blocks, text, textFrom, n);
    for (let i = 0; i < m; i++)
        peq[pattern[patternFrom + i] * blocks + (i >>> 5)] = 0;
    return score;
}
let peqScratch = new Int32Array(4096);
/** Myers' algorithm for a pattern of at most 32 symbols: one machine word per column. */
function oneBlock(peq, m, text, textFrom, n) {
    const lastBit = 1 << ((m - 1) & 31);
    let pv = -1;
    let mv = 0;
    let score = m;
    const textTo = textFrom + n;
    for (let j = textFrom; j < textTo; j++) {
        const eq = peq[text[j]];
        const xv = eq | mv;
        const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
        let ph = mv | ~(xh | pv);
        let mh = pv & xh;
        if ((ph & lastBit) !== 0)
            score++;
        else if ((mh & lastBit) !== 0)
            score--;
        // The top row grows by one per column: a +1 carries into the first bit.
        ph = (ph << 1) | 1;
        mh <<= 1;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    return score;
}
/** Hyyrö's blocks for a pattern longer than 32 symbols. */
function manyBlocks(peq, m, blocks, text, textFrom, n) {
    const lastBit = 1 << ((m - 1) & 31);
    const pv = new Int32Array(blocks).fill(-1);
    const mv = new Int32Array(blocks);
    let score = m;
    const textTo = textFrom + n;
    for (let j = textFrom; j < textTo; j++) {
        const base = text[j] * blocks;
        let hin = 1;
        for (let b = 0; b < blocks; b++) {
            let eq = peq[base + b];
            const p = pv[b];
            const mm = mv[b];
            const xv = eq | mm;
            if (hin < 0)
                eq |= 1;
            const xh = ((((eq & p) + p) | 0) ^ p) | eq;
            let ph = mm | ~(xh | p);
            let mh = p & xh;
            const high = b === blocks - 1 ? lastBit : 1 << 31;
            let hout = 0;
            if ((ph & high) !== 0)
                hout = 1;
            else if ((mh & high) !== 0)
                hout = -1;
            ph <<= 1;
            mh <<= 1;
            if (hin < 0)
                mh |= 1;
            else if (hin > 0)
                ph |= 1;
            pv[b] = mh | ~(xv | ph);
            mv[b] = ph & xv;
            hin = hout;
        }
        score += hin;
    }
    return score;
}

// EXTERNAL MODULE: ./src/metrics/text/token-ids.ts
var token_ids = __webpack_require__(70547);
;// CONCATENATED MODULE: ./src/metrics/text/error-rate.ts
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




/**
 * jiwer's wer_default: RemoveMultipleSpaces (a run of two or more whitespace characters becomes " "), Strip,
 * then split on " " with empty words dropped. Done in one scan: words are separated by a space or by a run of
 * two or more whitespace characters; a lone other whitespace character (a tab) between two words' characters
 * stays inside the word, and one at either end goes with the strip.
 */
function werWords(s) {
    const ranges = new Int32Array(s.length + 2);
    const count = werWordRanges(s, ranges, 0);
    const words = [];
    for (let k = 0; k < count; k++)
        words.push(s.slice(ranges[2 * k], ranges[2 * k + 1]));
    return words;
}
/**
 * werWords as [start, end) offsets into `s`, written pairwise into `ranges` from `at` (room for s.length + 2
 * needed); returns the number of words.
 */
function werWordRanges(s, ranges, at) {
    let end = s.length;
    while (end > 0 && (0,text_whitespace/* isPyWhitespace */.lr)(s.charCodeAt(end - 1)))
        end--;
    let start = 0;
    while (start < end && (0,text_whitespace/* isPyWhitespace */.lr)(s.charCodeAt(start)))
        start++;
    let out = at;
    let word = start;
    for (let i = start; i < end;) {
        const c = s.charCodeAt(i);
        if (!(0,text_whitespace/* isPyWhitespace */.lr)(c)) {
            i++;
            continue;
        }
        let run = i + 1;
        while (run < end && (0,text_whitespace/* isPyWhitespace */.lr)(s.charCodeAt(run)))
            run++;
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
/** jiwer 4's corpus rate: edits over reference symbols, or the edits (all insertions) when there are none. */
function errorRate(c) {
    if (c.segments === 0)
        return Number.NaN;
    return c.referenceLength === 0 ? c.edits : c.edits / c.referenceLength;
}
/** Accumulates corpus WER over segments, one at a time (constant memory). */
class WordErrorRate {
    edits = 0;
    referenceLength = 0;
    segments = 0;
    // Reused from segment to segment: the word ids, the words' offsets, and one buffer holding the reference's ids
    // then the hypothesis's.
    words = new token_ids/* TokenIds */.u();
    ranges = new Int32Array(512);
    symbols = new Int32Array(256);
    add(hypothesis, reference) {
        const ranges = (this.ranges = (0,ngrams/* atLeastInt32 */.hh)(this.ranges, reference.length + hypothesis.length + 4));
        const refCount = werWordRanges(reference, ranges, 0);
        const hypCount = werWordRanges(hypothesis, ranges, 2 * refCount);
        // Words become dense integer ids (per segment: only equality matters for the distance).
        const words = this.words;
        words.reset();
        const symbols = (this.symbols = (0,ngrams/* atLeastInt32 */.hh)(this.symbols, refCount + hypCount));
        for (let k = 0; k < refCount; k++)
            symbols[k] = words.id(reference, ranges[2 * k], ranges[2 * k + 1]);
        for (let k = refCount; k < refCount + hypCount; k++)
            symbols[k] = words.id(hypothesis, ranges[2 * k], ranges[2 * k + 1]);
        this.edits += levenshteinRanges(symbols, 0, refCount, symbols, refCount, refCount + hypCount, words.size + 1);
        this.referenceLength += refCount;
        this.segments += 1;
    }
    counts() {
        return { edits: this.edits, referenceLength: this.referenceLength, segments: this.segments };
    }
    /** WER as a fraction (like jiwer): may exceed 1 when there are many insertions. NaN before any segment. */
    value() {
        return errorRate(this.counts());
    }
}
/** Accumulates corpus CER over segments. */
class CharacterErrorRate {
    edits = 0;
    referenceLength = 0;
    segments = 0;
    chars = new ngrams/* CharIds */.ZO();
    symbols = new Int32Array(1024);
    add(hypothesis, reference) {
        const refText = (0,text_whitespace/* pyStrip */.m0)(reference);
        const hypText = (0,text_whitespace/* pyStrip */.m0)(hypothesis);
        const chars = this.chars;
        chars.reset();
        const symbols = (this.symbols = (0,ngrams/* atLeastInt32 */.hh)(this.symbols, refText.length + hypText.length));
        const refEnd = chars.idsInto(refText, symbols, 0, false);
        const hypEnd = chars.idsInto(hypText, symbols, refEnd, false);
        this.edits += levenshteinRanges(symbols, 0, refEnd, symbols, refEnd, hypEnd, chars.size + 1);
        this.referenceLength += refEnd;
        this.segments += 1;
    }
    counts() {
        return { edits: this.edits, referenceLength: this.referenceLength, segments: this.segments };
    }
    /** CER as a fraction (like jiwer); NaN before any segment. */
    value() {
        return errorRate(this.counts());
    }
}
/** Corpus WER of parallel lists, as jiwer.wer(references, hypotheses). */
function wordErrorRate(references, hypotheses) {
    assertParallel(references, hypotheses);
    const acc = new WordErrorRate();
    references.forEach((r, i) => acc.add(hypotheses[i] ?? '', r));
    return acc.value();
}
/** Corpus CER of parallel lists, as jiwer.cer(references, hypotheses). */
function characterErrorRate(references, hypotheses) {
    assertParallel(references, hypotheses);
    const acc = new CharacterErrorRate();
    references.forEach((r, i) => acc.add(hypotheses[i] ?? '', r));
    return acc.value();
}
function assertParallel(references, hypotheses) {
    if (references.length !== hypotheses.length) {
        throw new RangeError(`${references.length} references but ${hypotheses.length} hypotheses`);
    }
}

;// CONCATENATED MODULE: ./src/metrics/text/ter.ts
/**
 * Corpus TER (translation edit rate, Snover et al. 2006) exactly as sacreBLEU 2.6 computes it: its Tercom
 * tokenizer (`normalized`, `no_punct`, `asian_support`, `case_sensitive`), its beam edit distance and its
 * greedy block shifts with Tercom's limits and ranking (sacrebleu/metrics/lib_ter.py), the best reference
 * per segment by edits and the average reference length, and its signature
 * (`nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0`). Scores are on a 0-100 scale;
 * statistics are two sums, so segments stream through in constant memory.
 */


const TER_DEFAULTS = { normalized: false, noPunct: false, asianSupport: false, caseSensitive: false };
const ASIAN_PUNCT = /([\u3001\u3002\u3008-\u3011\u3014-\u301f\uff61-\uff65\u30fb])/g;
const FULL_WIDTH_PUNCT = /([\uff0e\uff0c\uff1f\uff1a\uff1b\uff01\uff02\uff08\uff09])/g;
// sacreBLEU's _normalize_general_and_western, rule by rule (Python `re`, no flags: `^`/`$` anchor the string).
function normalizeGeneralAndWestern(input) {
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
function normalizeAsian(input) {
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
function tercomTokenize(input, options = {}) {
    const o = { ...TER_DEFAULTS, ...options };
    if (input === '')
        return '';
    let sent = o.caseSensitive ? input : input.toLowerCase();
    if (o.normalized) {
        sent = normalizeGeneralAndWestern(sent);
        if (o.asianSupport)
            sent = normalizeAsian(sent);
    }
    if (o.noPunct) {
        sent = sent.replace(/[.,?:;!"()]/g, '');
        if (o.asianSupport)
            sent = sent.replace(ASIAN_PUNCT, '').replace(FULL_WIDTH_PUNCT, '');
    }
    return (0,text_whitespace/* pySplit */.GX)(sent).join(' ');
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
function beamEditDistance(hyp, ref) {
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
                cost[row] = cost[prev] + 1;
                op[row] = DEL;
                continue;
            }
            // Tercom prefers no-op/substitution, then deletion, then insertion (strictly better replaces).
            const same = hyp[i - 1] === ref[j - 1];
            const candidates = [
                [cost[prev + j - 1] + (same ? 0 : 1), same ? NOP : SUB],
                [cost[prev + j] + 1, DEL],
                [cost[row + j - 1] + 1, INS],
            ];
            for (const [c, o] of candidates) {
                if (cost[row + j] > c) {
                    cost[row + j] = c;
                    op[row + j] = o;
                }
            }
        }
    }
    const trace = [];
    let i = n;
    let j = m;
    while (i > 0 || j > 0) {
        const o = op[i * width + j];
        trace.push(o);
        if (o === SUB || o === NOP) {
            i--;
            j--;
        }
        else if (o === INS)
            j--;
        else if (o === DEL)
            i--;
        else
            throw new Error(`TER trace reached an unset cell at ${i},${j}`);
    }
    trace.reverse();
    return { distance: cost[n * width + m], trace };
}
/** lib_ter's trace_to_alignment on the flipped trace (insertions and deletions swapped). */
function traceToAlignment(inverseTrace) {
    let posHyp = -1;
    let posRef = -1;
    const align = new Map();
    const refErr = [];
    const hypErr = [];
    for (const inverse of inverseTrace) {
        const o = inverse === INS ? DEL : inverse === DEL ? INS : inverse;
        if (o === NOP || o === SUB) {
            posHyp++;
            posRef++;
            align.set(posRef, posHyp);
            const err = o === SUB ? 1 : 0;
            hypErr.push(err);
            refErr.push(err);
        }
        else if (o === INS) {
            posHyp++;
            hypErr.push(1);
        }
        else {
            posRef++;
            align.set(posRef, posHyp);
            refErr.push(1);
        }
    }
    return { align, refErr, hypErr };
}
/** lib_ter's _perform_shift: moves words[start, start+length) to target. */
function performShift(words, start, length, target) {
    if (target < start) {
        return [...words.slice(0, target), ...words.slice(start, start + length), ...words.slice(target, start), ...words.slice(start + length)];
    }
    if (target > start + length) {
        return [...words.slice(0, start), ...words.slice(start + length, target), ...words.slice(start, start + length), ...words.slice(target)];
    }
    return [...words.slice(0, start), ...words.slice(start + length, length + target), ...words.slice(start, start + length), ...words.slice(length + target)];
}
function sum(values, from, to) {
    let s = 0;
    for (let k = from; k < Math.min(to, values.length); k++)
        s += values[k];
    return s;
}
/** lib_ter's _shift: the shift that reduces the edit distance most, ranked as Tercom ranks them. */
function bestShift(hyp, ref, checkedBefore) {
    const { distance: preScore, trace } = beamEditDistance(hyp, ref);
    const { align, refErr, hypErr } = traceToAlignment(trace);
    let checked = checkedBefore;
    let best;
    pairs: for (let startH = 0; startH < hyp.length; startH++) {
        for (let startR = 0; startR < ref.length; startR++) {
            if (Math.abs(startR - startH) > MAX_SHIFT_DIST)
                continue;
            // _find_shifted_pairs yields every common run (h, r, length) by increasing length.
            let length = 0;
            while (hyp[startH + length] === ref[startR + length] && length < MAX_SHIFT_SIZE) {
                length++;
                if (sum(hypErr, startH, startH + length) !== 0 && sum(refErr, startR, startR + length) !== 0) {
                    const aligned = align.get(startR);
                    if (!(startH <= aligned && aligned < startH + length)) {
                        let prevIdx = -1;
                        for (let offset = -1; offset < length; offset++) {
                            let idx;
                            if (startR + offset === -1)
                                idx = 0;
                            else if (align.has(startR + offset))
                                idx = align.get(startR + offset) + 1;
                            else
                                break;
                            if (idx === prevIdx)
                                continue;
                            prevIdx = idx;
                            const shifted = performShift(hyp, startH, length, idx);
                            const score = preScore - beamEditDistance(shifted, ref).distance;
                            checked++;
                            // Highest gain, then longest, then earliest start, then earliest target (tuple order).
                            if (best === undefined ||
                                score > best.score ||
                                (score === best.score &&
                                    (length > best.length || (length === best.length && (startH < best.startH || (startH === best.startH && idx < best.idx)))))) {
                                best = { score, length, startH, idx, words: shifted };
                            }
                        }
                    }
                    if (checked >= MAX_SHIFT_CANDIDATES)
                        break pairs;
                }
                if (hyp.length === startH + length || ref.length === startR + length)
                    break;
            }
        }
    }
    return best === undefined ? { delta: 0, words: hyp, checked } : { delta: best.score, words: best.words, checked };
}
/** lib_ter's translation_edit_rate: (edits including shifts, reference length) of tokenized words. */
function translationEditRate(hyp, ref) {
    if (ref.length === 0)
        return { edits: hyp.length, referenceLength: 0 };
    let words = hyp;
    let shifts = 0;
    let checked = 0;
    for (;;) {
        const shift = bestShift(words, ref, checked);
        checked = shift.checked;
        // sacreBLEU drops the last shift found once the candidate budget is spent, however good it was.
        if (checked >= MAX_SHIFT_CANDIDATES || shift.delta <= 0)
            break;
        shifts++;
        words = shift.words;
    }
    return { edits: shifts + beamEditDistance(words, ref).distance, referenceLength: ref.length };
}
/** Accumulates corpus TER over segments (two running sums). */
class CorpusTer {
    options;
    edits = 0;
    referenceLength = 0;
    refCounts = new Set();
    constructor(options = {}) {
        this.options = { ...TER_DEFAULTS, ...options };
    }
    words(segment) {
        return (0,text_whitespace/* pySplit */.GX)(tercomTokenize((0,text_whitespace/* pyRstrip */.Op)(segment), this.options));
    }
    add(hypothesis, references) {
        const hyp = this.words(hypothesis);
        let best = INFINITY;
        let lengths = 0;
        for (const reference of references) {
            const { edits, referenceLength } = translationEditRate(hyp, this.words(reference));
            lengths += referenceLength;
            if (edits < best)
                best = edits;
        }
        this.edits += best;
        this.referenceLength += lengths / references.length;
        this.refCounts.add(references.length);
    }
    score() {
        const { edits, referenceLength } = this;
        // sacreBLEU: an empty reference corpus scores 100 when the hypotheses have words, 0 when they have none.
        const rate = referenceLength > 0 ? edits / referenceLength : edits > 0 ? 1 : 0;
        return { score: 100 * rate, edits, referenceLength };
    }
    /** sacreBLEU's TERSignature, e.g. `nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0`. */
    signature() {
        const o = this.options;
        const yesNo = (b) => (b ? 'yes' : 'no');
        return (`nrefs:${(0,bleu/* referenceCountLabel */.nT)(this.refCounts)}|case:${o.caseSensitive ? 'mixed' : 'lc'}|tok:tercom|norm:${yesNo(o.normalized)}|` +
            `punct:${yesNo(!o.noPunct)}|asian:${yesNo(o.asianSupport)}|version:${bleu/* SACREBLEU_VERSION */.y2}`);
    }
}
/** Corpus TER as sacrebleu.corpus_ter(hyps, [refs1, refs2, ...], **options). */
function corpusTer(hypotheses, referenceStreams, options = {}) {
    const acc = new CorpusTer(options);
    hypotheses.forEach((h, i) => acc.add(h, referenceStreams.map((stream) => stream[i])));
    return acc.score();
}

;// CONCATENATED MODULE: ./src/metrics/text/alignment.ts
/**
 * jiwer 4's alignment output (jiwer/process.py: process_words, process_characters): per segment the edit
 * chunks `equal`, `substitute`, `insert`, `delete` with their reference and hypothesis index ranges, and over
 * the corpus the hits, substitutions, deletions and insertions. jiwer takes its chunks from rapidfuzz's
 * Levenshtein.opcodes(reference, hypothesis); where several minimal alignments exist, the one chosen here is
 * rapidfuzz's: its common prefix and suffix are set aside, then Hyyrö's bit-parallel matrix is walked back
 * preferring deletion, then insertion, then match or substitution (rapidfuzz/distance/Levenshtein_py.py,
 * `editops`, and `Editops.as_opcodes`), with the matrix written out in full (same deltas as the bit vectors).
 * rapidfuzz's C++ switches to Hirschberg's algorithm once the matrix passes a few megabytes (segments of
 * thousands of symbols); there the counts are the same minimum but a tie may be broken the other way.
 */

/** The alignment matrix is written out in full: past this many cells (400 MB) a segment is refused, not swapped. */
const MAX_ALIGNMENT_CELLS = 100_000_000;
/** rapidfuzz's Levenshtein.opcodes(s1, s2) as jiwer's chunks, over symbols compared by identity. */
function alignmentChunks(reference, hypothesis) {
    const srcLen = reference.length;
    const destLen = hypothesis.length;
    let prefix = 0;
    while (prefix < srcLen && prefix < destLen && reference[prefix] === hypothesis[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < srcLen - prefix && suffix < destLen - prefix && reference[srcLen - 1 - suffix] === hypothesis[destLen - 1 - suffix])
        suffix++;
    const s1 = reference.slice(prefix, srcLen - suffix);
    const s2 = hypothesis.slice(prefix, destLen - suffix);
    const n = s1.length;
    const m = s2.length;
    // d[i * (m + 1) + j]: distance between s1[0, i) and s2[0, j).
    const w = m + 1;
    const d = new Int32Array((n + 1) * w);
    for (let i = 0; i <= n; i++)
        d[i * w] = i;
    for (let j = 0; j <= m; j++)
        d[j] = j;
    for (let i = 1; i <= n; i++) {
        for (let j = 1; j <= m; j++) {
            const sub = d[(i - 1) * w + j - 1] + (s1[i - 1] === s2[j - 1] ? 0 : 1);
            d[i * w + j] = Math.min(sub, d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1);
        }
    }
    // Hyyrö's vertical deltas: VP at (col, row) when d[col][row] - d[col-1][row] is +1, VN when it is -1.
    const delta = (col, row) => d[col * w + row] - d[(col - 1) * w + row];
    const ops = [];
    let col = n;
    let row = m;
    while (row !== 0 && col !== 0) {
        if (delta(col, row) === 1) {
            col--;
            ops.push({ type: 'delete', src: col + prefix, dest: row + prefix });
        }
        else {
            row--;
            if (row !== 0 && delta(col, row) === -1) {
                ops.push({ type: 'insert', src: col + prefix, dest: row + prefix });
            }
            else {
                col--;
                if (s1[col] !== s2[row])
                    ops.push({ type: 'substitute', src: col + prefix, dest: row + prefix });
            }
        }
    }
    while (col !== 0) {
        col--;
        ops.push({ type: 'delete', src: col + prefix, dest: row + prefix });
    }
    while (row !== 0) {
        row--;
        ops.push({ type: 'insert', src: col + prefix, dest: row + prefix });
    }
    ops.reverse();
    return opsToChunks(ops, srcLen, destLen);
}
/** rapidfuzz's Editops.as_opcodes: runs of one operation become one chunk, the gaps between them `equal`. */
function opsToChunks(ops, srcLen, destLen) {
    const chunks = [];
    let src = 0;
    let dest = 0;
    let i = 0;
    while (i < ops.length) {
        const first = ops[i];
        if (src < first.src || dest < first.dest) {
            chunks.push({ type: 'equal', ref_start_idx: src, ref_end_idx: first.src, hyp_start_idx: dest, hyp_end_idx: first.dest });
            src = first.src;
            dest = first.dest;
        }
        const srcBegin = src;
        const destBegin = dest;
        while (i < ops.length && ops[i].type === first.type && ops[i].src === src && ops[i].dest === dest) {
            if (first.type !== 'insert')
                src++;
            if (first.type !== 'delete')
                dest++;
            i++;
        }
        chunks.push({ type: first.type, ref_start_idx: srcBegin, ref_end_idx: src, hyp_start_idx: destBegin, hyp_end_idx: dest });
    }
    if (src < srcLen || dest < destLen)
        chunks.push({ type: 'equal', ref_start_idx: src, ref_end_idx: srcLen, hyp_start_idx: dest, hyp_end_idx: destLen });
    return chunks;
}
/** The counts of one segment's chunks, as jiwer sums them. */
function chunkCounts(chunks) {
    const c = { hits: 0, substitutions: 0, deletions: 0, insertions: 0 };
    for (const k of chunks) {
        if (k.type === 'equal')
            c.hits += k.ref_end_idx - k.ref_start_idx;
        else if (k.type === 'substitute')
            c.substitutions += k.ref_end_idx - k.ref_start_idx;
        else if (k.type === 'delete')
            c.deletions += k.ref_end_idx - k.ref_start_idx;
        else
            c.insertions += k.hyp_end_idx - k.hyp_start_idx;
    }
    return c;
}
/**
 * Corpus WER or CER through alignments, with any transform chain for the reference and the hypothesis:
 * jiwer's rate is (S + D + I) / (H + S + D), or the insertions when the corpus has no reference symbol.
 */
class AlignedErrorRate {
    referenceSymbols;
    hypothesisSymbols;
    file;
    counts = { hits: 0, substitutions: 0, deletions: 0, insertions: 0 };
    kept;
    segments = 0;
    constructor(referenceSymbols, hypothesisSymbols, keepAlignments = false, 
    /** Names the input in errors. */
    file) {
        this.referenceSymbols = referenceSymbols;
        this.hypothesisSymbols = hypothesisSymbols;
        this.file = file;
        this.kept = keepAlignments ? [] : undefined;
    }
    add(hypothesis, reference, line) {
        const ref = this.referenceSymbols(reference);
        const hyp = this.hypothesisSymbols(hypothesis);
        if ((ref.length + 1) * (hyp.length + 1) > MAX_ALIGNMENT_CELLS) {
            throw new errors/* DhowError */.Bp('invalid-input', `a segment of ${ref.length} reference and ${hyp.length} hypothesis symbols is too long to align`, {
                file: this.file,
                line,
            });
        }
        const chunks = alignmentChunks(ref, hyp);
        const c = chunkCounts(chunks);
        this.counts.hits += c.hits;
        this.counts.substitutions += c.substitutions;
        this.counts.deletions += c.deletions;
        this.counts.insertions += c.insertions;
        this.segments += 1;
        this.kept?.push(line === undefined ? { chunks } : { line, chunks });
    }
    value() {
        if (this.segments === 0)
            return Number.NaN;
        const { hits, substitutions, deletions, insertions } = this.counts;
        const referenceLength = hits + substitutions + deletions;
        return referenceLength === 0 ? insertions : (substitutions + deletions + insertions) / referenceLength;
    }
    result() {
        return { rate: this.value(), ...this.counts, ...(this.kept === undefined ? {} : { alignments: this.kept }) };
    }
}
/** Convenience for parallel lists (as jiwer.process_words / process_characters with given transforms). */
function alignCorpus(segments, referenceSymbols, hypothesisSymbols) {
    const acc = new AlignedErrorRate(referenceSymbols, hypothesisSymbols, true);
    for (const s of segments)
        acc.add(s.hypothesis, s.references[0] ?? '');
    return acc.result();
}

// EXTERNAL MODULE: ./src/metrics/text/transforms.ts
var transforms = __webpack_require__(98524);
// EXTERNAL MODULE: ./src/io/jsonl.ts
var jsonl = __webpack_require__(58426);
;// CONCATENATED MODULE: ./src/metrics/text/corpus.ts
/**
 * Text quality over an evaluation set: corpus WER and CER (jiwer 4), BLEU, chrF and TER (sacreBLEU 2.6), in one
 * streaming pass over a JSONL file whose lines are {"hypothesis": "...", "reference": "..."} or
 * {"hypothesis": "...", "references": ["...", "..."]}. BLEU and chrF use every reference; WER and CER (which
 * jiwer defines against one reference) use the first. Other keys on a line (ids, dialect labels) are ignored.
 * Optionally every string is first normalized as Arabic (all steps of `normalizeArabic`); WER and CER may then
 * take jiwer's transforms for each side, and report jiwer's alignment (hits, substitutions, deletions, insertions
 * and each segment's chunks).
 */










const TEXT_METRICS = ['wer', 'cer', 'bleu', 'chrf', 'ter'];
/** What is computed when nobody says: TER's shift search costs more than the rest together, so it is asked for. */
const DEFAULT_TEXT_METRICS = ['wer', 'cer', 'bleu', 'chrf'];
const DEFAULT_CHAIN = { steps: ['default'] };
/** WER or CER through jiwer's alignment, with the transforms asked for. */
function alignedRate(options, unit) {
    const ref = (0,transforms/* compileTransform */.mP)(options.transforms?.reference ?? DEFAULT_CHAIN, unit);
    const hyp = (0,transforms/* compileTransform */.mP)(options.transforms?.hypothesis ?? DEFAULT_CHAIN, unit);
    return new AlignedErrorRate(ref, hyp, options.alignment === true, options.name);
}
class TextMetrics {
    // The plain distances are the fast path; transforms or an alignment take jiwer's aligned path.
    wer;
    cer;
    aligned;
    bleu;
    chrf;
    ter;
    normalize;
    wanted;
    showAlignment;
    count = 0;
    constructor(options = {}) {
        this.normalize = options.normalize ?? 'none';
        this.bleu = new bleu/* CorpusBleu */.fv(options.bleu);
        this.chrf = new CorpusChrf({ ...options.chrf, wordOrder: options.chrfWordOrder ?? options.chrf?.wordOrder ?? 0 });
        this.ter = new CorpusTer(options.ter);
        this.aligned = options.alignment === true || options.transforms?.reference !== undefined || options.transforms?.hypothesis !== undefined;
        this.wer = this.aligned ? alignedRate(options, 'words') : new WordErrorRate();
        this.cer = this.aligned ? alignedRate(options, 'characters') : new CharacterErrorRate();
        this.showAlignment = options.alignment === true;
        this.wanted = new Set(options.metrics ?? DEFAULT_TEXT_METRICS);
    }
    /** Adds one segment; an empty reference is allowed (jiwer 4; sacreBLEU always allowed one). */
    add(segment, line) {
        const arabic = this.normalize === 'arabic';
        const hypothesis = arabic ? (0,normalize/* normalizeArabic */.C2)(segment.hypothesis) : segment.hypothesis;
        const references = arabic ? segment.references.map((s) => (0,normalize/* normalizeArabic */.C2)(s)) : segment.references;
        const first = references[0] ?? '';
        const wanted = this.wanted;
        if (wanted.has('wer'))
            this.addErrorRate(this.wer, hypothesis, first, line);
        if (wanted.has('cer'))
            this.addErrorRate(this.cer, hypothesis, first, line);
        if (wanted.has('bleu'))
            this.bleu.add(hypothesis, references);
        if (wanted.has('chrf'))
            this.chrf.add(hypothesis, references);
        if (wanted.has('ter'))
            this.ter.add(hypothesis, references);
        this.count += 1;
    }
    addErrorRate(acc, hypothesis, reference, line) {
        if (acc instanceof AlignedErrorRate)
            acc.add(hypothesis, reference, line);
        else
            acc.add(hypothesis, reference);
    }
    result() {
        const alignment = (metric) => {
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
function parseTextSegment(text, file, line) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* DhowError */.Bp('invalid-input', `not valid JSON: ${(0,jsonl/* jsonSyntaxMessage */.lJ)(error)}`, { file, line });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* DhowError */.Bp('invalid-input', 'each line must be a JSON object with "hypothesis" and "reference" or "references"', { file, line });
    }
    const record = value;
    if (typeof record.hypothesis !== 'string') {
        throw new errors/* DhowError */.Bp('invalid-input', 'must be a string', { file, line, field: 'hypothesis' });
    }
    const hasOne = Object.hasOwn(record, 'reference');
    const hasMany = Object.hasOwn(record, 'references');
    if (hasOne === hasMany) {
        throw new errors/* DhowError */.Bp('invalid-input', 'give exactly one of "reference" (a string) or "references" (a list of strings)', { file, line, field: 'reference' });
    }
    if (hasOne) {
        if (typeof record.reference !== 'string')
            throw new errors/* DhowError */.Bp('invalid-input', 'must be a string', { file, line, field: 'reference' });
        return { hypothesis: record.hypothesis, references: [record.reference] };
    }
    const refs = record.references;
    if (!Array.isArray(refs) || refs.length === 0 || !refs.every((r) => typeof r === 'string')) {
        throw new errors/* DhowError */.Bp('invalid-input', 'must be a non-empty list of strings', { file, line, field: 'references' });
    }
    return { hypothesis: record.hypothesis, references: refs };
}
/** Streams a JSONL file of segments (blank lines are skipped; invalid UTF-8 is an error naming the line). */
async function* readTextSegments(path, file = path) {
    for await (const raw of readFileLines(path, file)) {
        const text = decodeUtf8Line(raw, file);
        if (text.trim() === '')
            continue;
        const segment = parseTextSegment(text, file, raw.number);
        yield { hypothesis: segment.hypothesis, references: segment.references, line: raw.number };
    }
}
/** Computes the text metrics of a JSONL file in one streaming pass. */
async function textMetricsFromJsonl(path, options = {}) {
    const file = options.name ?? path;
    const metrics = new TextMetrics(options);
    // readTextSegments' loop, inline: one more async generator between the lines and the metrics cost a promise, a
    // result object and a microtask turn per segment.
    for await (const raw of (0,lines/* readFileLines */.MU)(path, file)) {
        const text = (0,lines/* decodeUtf8Line */.qv)(raw, file);
        if (text.trim() === '')
            continue;
        metrics.add(parseTextSegment(text, file, raw.number), raw.number);
    }
    const result = metrics.result();
    if (result.segments === 0)
        throw new errors/* DhowError */.Bp('invalid-input', 'no segments: the file is empty', { file });
    return result;
}


/***/ }),

/***/ 98524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KT: () => (/* binding */ JIWER_TRANSFORMS),
/* harmony export */   mP: () => (/* binding */ compileTransform),
/* harmony export */   parseSubstitutions: () => (/* binding */ parseSubstitutions),
/* harmony export */   parseTransformList: () => (/* binding */ parseTransformList)
/* harmony export */ });
/* unused harmony export checkSubstitutions */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _whitespace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44188);
/**
 * jiwer 4's documented transforms (jiwer/transforms.py, jiwer/transformations.py) as a chain of named steps
 * applied to a reference or a hypothesis before WER or CER: `remove-punctuation` (RemovePunctuation: every
 * code point of a Unicode P* category), `lowercase` (ToLowerCase), `strip` (Strip), `remove-multiple-spaces`
 * (RemoveMultipleSpaces), `substitute-words` (SubstituteWords, whole words by Python's Unicode `\b`) and
 * `default`, the metric's own default chain (wer_default: remove-multiple-spaces, strip; cer_default: strip).
 * The chain always ends with jiwer's reduction: words split on " " (empty ones dropped) for WER, code points
 * for CER. What Python does differently from JavaScript (whitespace, word characters) is done Python's way.
 */


const JIWER_TRANSFORMS = ['default', 'remove-punctuation', 'lowercase', 'strip', 'remove-multiple-spaces', 'substitute-words'];
const PUNCTUATION = /\p{P}/gu;
// Python's `\w` in a str pattern: str.isalnum() (letters L*, numbers N*) or underscore; marks are not word characters.
const WORD = '[\\p{L}\\p{N}_]';
function wordPattern(word) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    // Python's \b: a word character on exactly one side (start and end of string count as non-word).
    const boundary = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
    return new RegExp(`${boundary}${escaped}${boundary}`, 'gu');
}
/** Checks substitutions the way a user can act on: `name` says where they came from (a file, a flag). */
function checkSubstitutions(pairs, name) {
    for (const [from, to] of pairs) {
        if (from === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'a word to substitute cannot be empty', { file: name });
        // jiwer passes the replacement to re.sub, which reads backslashes as group references and escapes.
        if (to.includes('\\'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `the replacement of "${from}" contains a backslash, which jiwer reads as an escape`, { file: name });
    }
}
/** Compiles a chain into one function from a sentence to the symbols the error rate counts. */
function compileTransform(chain, unit) {
    const patterns = (chain.substitutions ?? []).map(([from, to]) => [wordPattern(from), to]);
    const step = (name) => {
        switch (name) {
            case 'default':
                return unit === 'words' ? (s) => (0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .pyStrip */ .m0)(s.replace(_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .PY_WHITESPACE_RUN_OF_TWO */ .tg, ' ')) : _whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .pyStrip */ .m0;
            case 'remove-punctuation':
                return (s) => s.replace(PUNCTUATION, '');
            case 'lowercase':
                return (s) => s.toLowerCase();
            case 'strip':
                return _whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .pyStrip */ .m0;
            case 'remove-multiple-spaces':
                return (s) => s.replace(_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .PY_WHITESPACE_RUN_OF_TWO */ .tg, ' ');
            case 'substitute-words':
                return (s) => patterns.reduce((text, [re, to]) => text.replace(re, () => to), s);
        }
    };
    const steps = chain.steps.map(step);
    const reduce = unit === 'words' ? (s) => s.split(' ').filter((w) => w.length >= 1) : (s) => (0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .codePoints */ .BH)(s).map((c) => String.fromCodePoint(c));
    return (s) => reduce(steps.reduce((text, f) => f(text), s));
}
/** Parses a comma-separated list of transform names; `flag` names the option in the message. */
function parseTransformList(list, flag) {
    const names = list
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '');
    if (names.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${flag} needs at least one of ${JIWER_TRANSFORMS.join(', ')}`);
    for (const n of names) {
        if (!JIWER_TRANSFORMS.includes(n))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${flag} must list ${JIWER_TRANSFORMS.join(', ')}; got "${n}"`);
    }
    return names;
}
/**
 * Reads substitutions from JSON text: a list of [word, replacement] pairs, or an object of words to their
 * replacements. jiwer applies them in order; a JavaScript object puts integer-like keys first, so an object
 * with such a key among others is refused (the list form keeps any order).
 */
function parseSubstitutions(text, name) {
    const shape = 'must be a JSON list of [word, replacement] pairs or an object of words to their replacements';
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', shape, { file: name });
    }
    const pairs = [];
    if (Array.isArray(value)) {
        value.forEach((pair, i) => {
            if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'must be a [word, replacement] pair of strings', { file: name, field: `[${i}]` });
            }
            pairs.push([pair[0], pair[1]]);
        });
    }
    else if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value);
        if (entries.length > 1 && entries.some(([k]) => /^(0|[1-9][0-9]*)$/.test(k))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'an object with number-like words loses its order in JavaScript: give a list of [word, replacement] pairs', {
                file: name,
            });
        }
        for (const [from, to] of entries) {
            if (typeof to !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'must be a string', { file: name, field: from });
            pairs.push([from, to]);
        }
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', shape, { file: name });
    }
    checkSubstitutions(pairs, name);
    return pairs;
}


/***/ })

};
