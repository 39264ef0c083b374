export const id = 5249;
export const ids = [5249];
export const modules = {

/***/ 5249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vx: () => (/* binding */ ARABIC_CHECKS),
/* harmony export */   checkArabicFile: () => (/* binding */ checkArabicFile)
/* harmony export */ });
/* unused harmony exports ARABIC_WARNINGS, looksLikeMojibake, hasMixedDigits, hasBidiControls, hasMixedNumber, ArabicChecker, formatOf, checkArabicText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35490);
/**
 * Data checks for Arabic evaluation sets and serving logs, one streaming pass over a text file (one segment
 * per line) or a JSONL file (every string value of every line is checked). Each check counts the lines it
 * fires on and keeps the first few line numbers as examples:
 *
 *   invalid_utf8   the line's bytes are not UTF-8 (the rest of the checks skip it)
 *   invalid_json   (JSONL only) the line is not a JSON value
 *   mojibake       UTF-8 that was decoded as Latin-1/Windows-1252 or Windows-1256 and saved again: either the
 *                  tell-tale pairs of UTF-8 Arabic read as Latin-1 ("Ø§", "Ù„": lead byte D8-DB shown as
 *                  Ø Ù Ú Û, then a continuation byte), or text that re-encodes to valid multi-byte UTF-8
 *                  in Windows-1252 or Windows-1256 (e.g. "ط§ظ„" is "ال" read as Windows-1256)
 *   bidi_controls  stray directional formatting characters: U+061C (ARABIC LETTER MARK, which SentencePiece
 *                  keeps and which changes mT5/XLM-R tokens), U+200E U+200F, U+202A-U+202E, U+2066-U+2069
 *   empty_lines    lines with nothing but whitespace (JSONL: strings that are empty or whitespace)
 *   mixed_digits   lines mixing digit systems: Western 0-9, Arabic-Indic U+0660-U+0669, Eastern U+06F0-U+06F9
 *   zero_width_joiner      U+200D
 *   zero_width_non_joiner  U+200C (a warning: Persian spells with it, Arabic does not)
 *   bom_in_text    U+FEFF anywhere but the first bytes of the file (files glued together, or a BOM in a value)
 *   soft_hyphen    U+00AD (invisible, yet a separate character to WER, CER and every tokenizer)
 *   tatweel        U+0640 in model outputs: JSONL lines with a "hypothesis" key are checked there only,
 *                  other lines everywhere (kashida stretches words in print; a model should not emit it)
 *   presentation_forms     (warning) Arabic presentation forms, U+FB50-U+FDFF and U+FE70-U+FEFC, the letters
 *                  of PDF extraction; `presentation_form_share` measures them against all Arabic letters
 *   nfkc_urdu_forms        (warning) presentation forms U+FBD3-U+FBFF, which NFKC folds to Urdu and Uyghur
 *                  letters (U+FBFC-U+FBFF to U+06CC FARSI YEH, U+FBD3 to U+06AD NG ...), not to Arabic ones
 *   persian_letters        Persian and Urdu look-alikes in Arabic text: U+06A9 KEHEH (for kaf), U+06CC FARSI
 *                  YEH (for yeh or alef maksura), U+066E DOTLESS BEH (the `persian` normalization folds them)
 *   arabic_number_signs    (warning) U+066A ARABIC PERCENT SIGN, U+066B DECIMAL SEPARATOR, U+066C THOUSANDS
 *                  SEPARATOR: correct Arabic typography that number parsers and tokenizers do not know
 *   mixed_number_digits    a number (digits joined by at most one of . , U+066B U+066C) whose digits come from
 *                  two systems ("١2٣"), or Western digits joined by an Arabic sign ("3٫14")
 *
 * and measures the share of Arabic script: Arabic-script letters over all letters (Unicode \p{L}).
 * A warning is counted and shown like any check but does not make the report fail (`ok`).
 */


const ARABIC_CHECKS = [
    'invalid_utf8',
    'invalid_json',
    'mojibake',
    'bidi_controls',
    'empty_lines',
    'mixed_digits',
    'zero_width_joiner',
    'zero_width_non_joiner',
    'bom_in_text',
    'soft_hyphen',
    'tatweel',
    'presentation_forms',
    'nfkc_urdu_forms',
    'persian_letters',
    'arabic_number_signs',
    'mixed_number_digits',
];
/** Checks that are reported but never fail the report: each is legitimate somewhere. */
const ARABIC_WARNINGS = new Set(['zero_width_non_joiner', 'presentation_forms', 'nfkc_urdu_forms', 'arabic_number_signs']);
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const PRESENTATION_FORM = /(?=[\uFB50-\uFDFF\uFE70-\uFEFC])\p{L}/u;
const PRESENTATION_FORM_LETTER = new RegExp(PRESENTATION_FORM.source, 'gu');
const NFKC_URDU_FORM = /[\uFBD3-\uFBFF]/;
const PERSIAN_LETTER = /[\u06A9\u06CC\u066E]/;
const ARABIC_NUMBER_SIGN = /[\u066A-\u066C]/;
// A number: digits of any system, joined by at most one separator between two digits.
const NUMBER = /[0-9\u0660-\u0669\u06F0-\u06F9](?:[.,\u066B\u066C]?[0-9\u0660-\u0669\u06F0-\u06F9])*/g;
const WESTERN_DIGIT = /[0-9]/;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/;
const EASTERN_ARABIC_INDIC_DIGIT = /[\u06F0-\u06F9]/;
const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/gu;
// UTF-8 lead bytes of the Arabic block (D8-DB) read as Latin-1, then a continuation byte (80-BF) read as
// Latin-1 (C1 controls, U+00A0-U+00BF) or as Windows-1252 (its 80-9F punctuation).
const LATIN1_ARABIC_PAIR = /[\u00D8-\u00DB][\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]/;
/** Character -> byte tables of the single-byte encodings mojibake comes from (built from the platform decoder). */
function reverseTable(label, withC1) {
    try {
        const decoder = new TextDecoder(label);
        const table = new Map();
        for (let b = 0; b < 256; b++) {
            const ch = decoder.decode(Uint8Array.of(b));
            if (ch.length === 1 && ch !== '\uFFFD')
                table.set(ch.charCodeAt(0), b);
        }
        if (withC1)
            for (let b = 0x80; b < 0xa0; b++)
                if (!table.has(b))
                    table.set(b, b);
        return table;
    }
    catch {
        return undefined;
    }
}
const SINGLE_BYTE_TABLES = [reverseTable('windows-1252', true), reverseTable('windows-1256', false)].filter((t) => t !== undefined);
/** True when `text` re-encoded in one of the single-byte tables is valid UTF-8 with multi-byte characters. */
function reencodesAsUtf8(text) {
    for (const table of SINGLE_BYTE_TABLES) {
        const bytes = new Uint8Array(text.length);
        let high = false;
        let ok = true;
        for (let i = 0; i < text.length; i++) {
            const b = table.get(text.charCodeAt(i));
            if (b === undefined) {
                ok = false;
                break;
            }
            if (b >= 0x80)
                high = true;
            bytes[i] = b;
        }
        if (ok && high && (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .tryDecodeUtf8 */ .fK)(bytes) !== undefined)
            return true;
    }
    return false;
}
function looksLikeMojibake(text) {
    if (LATIN1_ARABIC_PAIR.test(text))
        return true;
    // Pure ASCII never is; anything else is tried against the single-byte encodings.
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) >= 0x80)
            return reencodesAsUtf8(text);
    return false;
}
function hasMixedDigits(text) {
    let systems = 0;
    if (WESTERN_DIGIT.test(text))
        systems++;
    if (ARABIC_INDIC_DIGIT.test(text))
        systems++;
    if (EASTERN_ARABIC_INDIC_DIGIT.test(text))
        systems++;
    return systems > 1;
}
function hasBidiControls(text) {
    return BIDI_CONTROLS.test(text);
}
/** True when one number of `text` mixes digit systems, or joins Western digits with U+066B or U+066C. */
function hasMixedNumber(text) {
    for (const [number] of text.matchAll(NUMBER)) {
        if (hasMixedDigits(number))
            return true;
        if (WESTERN_DIGIT.test(number) && /[\u066B\u066C]/.test(number))
            return true;
    }
    return false;
}
/** The checks that look at one string's characters, in the order of ARABIC_CHECKS. */
const CHARACTER_CHECKS = [
    ['mojibake', looksLikeMojibake],
    ['bidi_controls', hasBidiControls],
    ['mixed_digits', hasMixedDigits],
    ['zero_width_joiner', (s) => s.includes('\u200D')],
    ['zero_width_non_joiner', (s) => s.includes('\u200C')],
    ['bom_in_text', (s) => s.includes('\uFEFF')],
    ['soft_hyphen', (s) => s.includes('\u00AD')],
    ['presentation_forms', (s) => PRESENTATION_FORM.test(s)],
    ['nfkc_urdu_forms', (s) => NFKC_URDU_FORM.test(s)],
    ['persian_letters', (s) => PERSIAN_LETTER.test(s)],
    ['arabic_number_signs', (s) => ARABIC_NUMBER_SIGN.test(s)],
    ['mixed_number_digits', hasMixedNumber],
];
/** Accumulates the checks line by line. */
class ArabicChecker {
    input;
    format;
    findings = Object.fromEntries(ARABIC_CHECKS.map((c) => [c, { count: 0, lines: [], severity: ARABIC_WARNINGS.has(c) ? 'warning' : 'error' }]));
    lineCount = 0;
    letters = 0;
    arabicLetters = 0;
    presentationFormLetters = 0;
    exampleLimit;
    constructor(input, format, exampleLimit = 5) {
        this.input = input;
        this.format = format;
        this.exampleLimit = exampleLimit;
    }
    flag(check, line) {
        const f = this.findings[check];
        f.count += 1;
        if (f.lines.length < this.exampleLimit)
            f.lines.push(line);
    }
    addLine(raw) {
        this.lineCount = raw.number;
        const text = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .tryDecodeUtf8 */ .fK)(raw.bytes);
        if (text === undefined) {
            this.flag('invalid_utf8', raw.number);
            return;
        }
        let strings;
        // The strings a model wrote, where the line says so (the tatweel check looks only at those).
        let outputs;
        if (this.format === 'jsonl') {
            if (text.trim() === '') {
                this.flag('empty_lines', raw.number);
                return;
            }
            let value;
            try {
                value = JSON.parse(text);
            }
            catch {
                this.flag('invalid_json', raw.number);
                return;
            }
            strings = collectStrings(value);
            const hypothesis = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'hypothesis');
            outputs = hypothesis ? collectStrings(value.hypothesis) : strings;
            if (strings.some((s) => s.trim() === ''))
                this.flag('empty_lines', raw.number);
        }
        else {
            strings = [text];
            outputs = strings;
            if (text.trim() === '')
                this.flag('empty_lines', raw.number);
        }
        const fired = new Set();
        for (const s of strings) {
            for (const [check, test] of CHARACTER_CHECKS)
                if (!fired.has(check) && test(s))
                    fired.add(check);
            this.letters += s.match(LETTER)?.length ?? 0;
            this.arabicLetters += s.match(ARABIC_LETTER)?.length ?? 0;
            this.presentationFormLetters += s.match(PRESENTATION_FORM_LETTER)?.length ?? 0;
        }
        if (outputs.some((s) => s.includes('\u0640')))
            fired.add('tatweel');
        for (const check of ARABIC_CHECKS)
            if (fired.has(check))
                this.flag(check, raw.number);
    }
    report() {
        const checks = Object.fromEntries(ARABIC_CHECKS.map((c) => [c, { ...this.findings[c], lines: [...this.findings[c].lines] }]));
        return {
            input: this.input,
            format: this.format,
            lines: this.lineCount,
            arabic_letters: this.arabicLetters,
            letters: this.letters,
            arabic_share: this.letters === 0 ? null : this.arabicLetters / this.letters,
            presentation_form_letters: this.presentationFormLetters,
            presentation_form_share: this.arabicLetters === 0 ? null : this.presentationFormLetters / this.arabicLetters,
            checks,
            ok: ARABIC_CHECKS.every((c) => checks[c].count === 0 || checks[c].severity === 'warning'),
        };
    }
}
function collectStrings(value, out = []) {
    if (typeof value === 'string')
        out.push(value);
    else if (Array.isArray(value))
        for (const v of value)
            collectStrings(v, out);
    else if (value !== null && typeof value === 'object')
        for (const v of Object.values(value))
            collectStrings(v, out);
    return out;
}
/** The format of a file by its extension: .jsonl (or .ndjson) is JSONL, anything else is text. */
function formatOf(file) {
    return /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : 'text';
}
/** Runs every check over a file in one streaming pass. */
async function checkArabicFile(path, options = {}) {
    const file = options.name ?? path;
    const checker = new ArabicChecker(file, options.format ?? formatOf(path), options.exampleLimit);
    let any = false;
    for await (const raw of (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .readFileLines */ .MU)(path, file)) {
        any = true;
        checker.addLine(raw);
    }
    if (!any)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'the file is empty', { file });
    return checker.report();
}
/** Runs every check over text held in memory (tests, serving responses). */
async function checkArabicText(text, name = '<text>', options = {}) {
    const checker = new ArabicChecker(name, options.format ?? 'text', options.exampleLimit);
    for await (const raw of splitLines([typeof text === 'string' ? Buffer.from(text, 'utf8') : text]))
        checker.addLine(raw);
    return checker.report();
}


/***/ })

};
