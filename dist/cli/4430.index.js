export const id = 4430;
export const ids = [4430];
export const modules = {

/***/ 3433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ normalizeArabic),
/* harmony export */   Jv: () => (/* binding */ ARABIC_NORMALIZATION_STEPS),
/* harmony export */   WA: () => (/* binding */ parseNormalizationSteps),
/* harmony export */   qF: () => (/* binding */ ALL_NORMALIZATION_STEPS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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

/***/ 3109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ readFileLines),
/* harmony export */   fK: () => (/* binding */ tryDecodeUtf8),
/* harmony export */   qv: () => (/* binding */ decodeUtf8Line),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* unused harmony exports MAX_LINE_BYTES, MAX_INPUT_BYTES, firstInvalidUtf8Offset */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
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

/***/ 4430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TEXT_METRICS: () => (/* binding */ TEXT_METRICS),
  textMetricsFromJsonl: () => (/* binding */ textMetricsFromJsonl)
});

// UNUSED EXPORTS: TextMetrics, parseTextSegment, readTextSegments

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/metrics/arabic/normalize.ts
var normalize = __webpack_require__(3433);
// EXTERNAL MODULE: ./src/metrics/lines.ts
var lines = __webpack_require__(3109);
// EXTERNAL MODULE: ./src/metrics/text/bleu.ts
var bleu = __webpack_require__(7093);
// EXTERNAL MODULE: ./src/metrics/text/ngrams.ts
var ngrams = __webpack_require__(7795);
// EXTERNAL MODULE: ./src/metrics/text/whitespace.ts
var text_whitespace = __webpack_require__(4188);
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
    constructor(options = {}) {
        this.options = { ...CHRF_DEFAULTS, ...options };
        this.stats = new Array(3 * (this.options.charOrder + this.options.wordOrder)).fill(0);
    }
    add(hypothesisText, referenceTexts) {
        this.refCounts.add(referenceTexts.length);
        const o = this.options;
        // CHRF._preprocess_segment: lowercasing is all the preprocessing chrF does.
        const hypothesis = o.lowercase ? hypothesisText.toLowerCase() : hypothesisText;
        const references = o.lowercase ? referenceTexts.map((r) => r.toLowerCase()) : referenceTexts;
        const squeeze = (s) => (o.whitespace ? s : (0,text_whitespace/* pySplit */.GX)(s).join(''));
        const chars = new ngrams/* CharIds */.ZO();
        const hypChars = chars.ids(squeeze(hypothesis));
        const refChars = references.map((r) => chars.ids(squeeze(r)));
        const words = new ngrams/* WordIds */.B8();
        const hypWords = o.wordOrder > 0 ? words.ids(chrfWords(hypothesis)) : new Int32Array(0);
        const refWords = o.wordOrder > 0 ? references.map((r) => words.ids(chrfWords(r))) : [];
        let perReference;
        if ((0,ngrams/* packable */.c5)(chars.size, o.charOrder) && (0,ngrams/* packable */.c5)(words.size, o.wordOrder)) {
            const charBase = chars.size + 1;
            const wordBase = words.size + 1;
            const hypGrams = [...(0,ngrams/* allOrders */.hO)(hypChars, o.charOrder, charBase), ...(0,ngrams/* allOrders */.hO)(hypWords, o.wordOrder, wordBase)];
            perReference = references.map((_, k) => {
                const refGrams = [...(0,ngrams/* allOrders */.hO)(refChars[k], o.charOrder, charBase), ...(0,ngrams/* allOrders */.hO)(refWords[k] ?? new Int32Array(0), o.wordOrder, wordBase)];
                const stats = [];
                for (let i = 0; i < hypGrams.length; i++) {
                    const hyp = hypGrams[i];
                    const ref = refGrams[i];
                    stats.push(ref.length > 0 ? hyp.length : 0, ref.length, (0,ngrams/* clippedMatches */.zX)(hyp, ref));
                }
                return stats;
            });
        }
        else {
            const hyp = allNgrams(hypothesis, o);
            perReference = references.map((reference) => {
                const ref = allNgrams(reference, o);
                const stats = [];
                for (let i = 0; i < hyp.length; i++)
                    stats.push(...matchStatistics(hyp[i], ref[i]));
                return stats;
            });
        }
        let best = [];
        let bestF = -1;
        for (const stats of perReference) {
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
    let start = 0;
    let endA = a.length;
    let endB = b.length;
    while (start < endA && start < endB && a[start] === b[start])
        start++;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    let pattern = a.subarray(start, endA);
    let text = b.subarray(start, endB);
    if (pattern.length > text.length)
        [pattern, text] = [text, pattern];
    const m = pattern.length;
    const n = text.length;
    if (m === 0)
        return n;
    const blocks = (m + 31) >>> 5;
    // Peq[symbol * blocks + block]: bit i set where the pattern holds the symbol.
    const peq = new Int32Array(alphabet * blocks);
    for (let i = 0; i < m; i++)
        peq[pattern[i] * blocks + (i >>> 5)] |= 1 << (i & 31);
    const lastBit = 1 << ((m - 1) & 31);
    if (blocks === 1) {
        let pv = -1;
        let mv = 0;
        let score = m;
        for (let j = 0; j < n; j++) {
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
    const pv = new Int32Array(blocks).fill(-1);
    const mv = new Int32Array(blocks);
    let score = m;
    for (let j = 0; j < n; j++) {
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



/** jiwer's wer_default: RemoveMultipleSpaces, Strip, ReduceToListOfListOfWords. */
function werWords(s) {
    return (0,text_whitespace/* pyStrip */.m0)(s.replace(text_whitespace/* PY_WHITESPACE_RUN_OF_TWO */.tg, ' '))
        .split(' ')
        .filter((w) => w.length >= 1);
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
    add(hypothesis, reference) {
        const ref = werWords(reference);
        const hyp = werWords(hypothesis);
        // Words become dense integer ids (per segment: only equality matters for the distance).
        const words = new ngrams/* WordIds */.B8();
        const r = words.ids(ref);
        const h = words.ids(hyp);
        this.edits += levenshteinDense(r, h, words.size + 1);
        this.referenceLength += ref.length;
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
    add(hypothesis, reference) {
        const refText = (0,text_whitespace/* pyStrip */.m0)(reference);
        const chars = new ngrams/* CharIds */.ZO();
        const ref = chars.ids(refText);
        const hyp = chars.ids((0,text_whitespace/* pyStrip */.m0)(hypothesis));
        this.edits += levenshteinDense(ref, hyp, chars.size + 1);
        this.referenceLength += ref.length;
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

// EXTERNAL MODULE: ./src/io/jsonl.ts
var jsonl = __webpack_require__(8426);
;// CONCATENATED MODULE: ./src/metrics/text/corpus.ts
/**
 * Text quality over an evaluation set: corpus WER and CER (jiwer 4), BLEU and chrF (sacreBLEU 2.6), in one
 * streaming pass over a JSONL file whose lines are {"hypothesis": "...", "reference": "..."} or
 * {"hypothesis": "...", "references": ["...", "..."]}. BLEU and chrF use every reference; WER and CER (which
 * jiwer defines against one reference) use the first. Other keys on a line (ids, dialect labels) are ignored.
 * Optionally every string is first normalized as Arabic (all steps of `normalizeArabic`).
 */







const TEXT_METRICS = ['wer', 'cer', 'bleu', 'chrf'];
class TextMetrics {
    wer = new WordErrorRate();
    cer = new CharacterErrorRate();
    bleu;
    chrf;
    normalize;
    wanted;
    count = 0;
    constructor(options = {}) {
        this.normalize = options.normalize ?? 'none';
        this.bleu = new bleu/* CorpusBleu */.fv(options.bleu);
        this.chrf = new CorpusChrf({ ...options.chrf, wordOrder: options.chrfWordOrder ?? options.chrf?.wordOrder ?? 0 });
        this.wanted = new Set(options.metrics ?? TEXT_METRICS);
    }
    /** Adds one segment; an empty reference is allowed (jiwer 4; sacreBLEU always allowed one). */
    add(segment) {
        const norm = this.normalize === 'arabic' ? (s) => (0,normalize/* normalizeArabic */.C2)(s) : (s) => s;
        const hypothesis = norm(segment.hypothesis);
        const references = segment.references.map(norm);
        const first = references[0] ?? '';
        if (this.wanted.has('wer'))
            this.wer.add(hypothesis, first);
        if (this.wanted.has('cer'))
            this.cer.add(hypothesis, first);
        if (this.wanted.has('bleu'))
            this.bleu.add(hypothesis, references);
        if (this.wanted.has('chrf'))
            this.chrf.add(hypothesis, references);
        this.count += 1;
    }
    result() {
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
    for await (const raw of (0,lines/* readFileLines */.MU)(path, file)) {
        const text = (0,lines/* decodeUtf8Line */.qv)(raw, file);
        if (text.trim() === '')
            continue;
        yield { ...parseTextSegment(text, file, raw.number), line: raw.number };
    }
}
/** Computes the text metrics of a JSONL file in one streaming pass. */
async function textMetricsFromJsonl(path, options = {}) {
    const file = options.name ?? path;
    const metrics = new TextMetrics(options);
    for await (const segment of readTextSegments(path, file))
        metrics.add(segment);
    const result = metrics.result();
    if (result.segments === 0)
        throw new errors/* DhowError */.Bp('invalid-input', 'no segments: the file is empty', { file });
    return result;
}


/***/ })

};
