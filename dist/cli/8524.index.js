export const id = 8524;
export const ids = [8524];
export const modules = {

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
