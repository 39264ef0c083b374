export const id = 773;
export const ids = [773];
export const modules = {

/***/ 7773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGateRequest: () => (/* binding */ runGateRequest)
});

// UNUSED EXPORTS: prepareGates

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/registry/names.ts + 1 modules
var names = __webpack_require__(123);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/gate-evidence.ts
var gate_evidence = __webpack_require__(5004);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/metrics/lines.ts
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
async function* lines_splitLines(chunks, limits = {}) {
    const file = limits.file ?? '<input>';
    const maxLine = limits.maxLineBytes ?? MAX_LINE_BYTES;
    const maxInput = limits.maxInputBytes ?? MAX_INPUT_BYTES;
    const tooLong = (line) => new src_errors/* DhowError */.Bp('invalid-input', `the line is longer than ${sizeLabel(maxLine)}, the limit for one line`, { file, line });
    // The partial line is kept as a list of copies and joined once, so a long line costs no repeated copying.
    let pending = [];
    let pendingBytes = 0;
    let number = 0;
    let total = 0;
    for await (const raw of chunks) {
        const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
        total += chunk.length;
        if (total > maxInput) {
            throw new src_errors/* DhowError */.Bp('invalid-input', `the input is larger than ${sizeLabel(maxInput)}, the limit for one input`, { file, line: number + 1 });
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
async function* lines_readFileLines(path, file = path, limits = {}) {
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
    try {
        yield* lines_splitLines(stream, { ...limits, file });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new src_errors/* DhowError */.Bp('not-found', 'no such file', { file, cause: error });
        if (code === 'EISDIR')
            throw new src_errors/* DhowError */.Bp('invalid-input', 'is a directory, not a file', { file, cause: error });
        if (code !== undefined && !(error instanceof src_errors/* DhowError */.Bp))
            throw new src_errors/* DhowError */.Bp('invalid-input', `cannot read: ${code}`, { file, cause: error });
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
function lines_decodeUtf8Line(line, file) {
    const text = tryDecodeUtf8(line.bytes);
    if (text === undefined) {
        const offset = firstInvalidUtf8Offset(line.bytes);
        throw new src_errors/* DhowError */.Bp('invalid-input', `invalid UTF-8 at byte ${offset + 1} of the line`, { file, line: line.number });
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

;// CONCATENATED MODULE: ./src/metrics/arabic/checks.ts
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
        if (ok && high && tryDecodeUtf8(bytes) !== undefined)
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
        const text = tryDecodeUtf8(raw.bytes);
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
    for await (const raw of lines_readFileLines(path, file)) {
        any = true;
        checker.addLine(raw);
    }
    if (!any)
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the file is empty', { file });
    return checker.report();
}
/** Runs every check over text held in memory (tests, serving responses). */
async function checkArabicText(text, name = '<text>', options = {}) {
    const checker = new ArabicChecker(name, options.format ?? 'text', options.exampleLimit);
    for await (const raw of splitLines([typeof text === 'string' ? Buffer.from(text, 'utf8') : text]))
        checker.addLine(raw);
    return checker.report();
}

;// CONCATENATED MODULE: ./src/metrics/text/whitespace.ts
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

;// CONCATENATED MODULE: ./src/metrics/text/transforms.ts
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
            throw new DhowError('invalid-input', 'a word to substitute cannot be empty', { file: name });
        // jiwer passes the replacement to re.sub, which reads backslashes as group references and escapes.
        if (to.includes('\\'))
            throw new DhowError('invalid-input', `the replacement of "${from}" contains a backslash, which jiwer reads as an escape`, { file: name });
    }
}
/** Compiles a chain into one function from a sentence to the symbols the error rate counts. */
function compileTransform(chain, unit) {
    const patterns = (chain.substitutions ?? []).map(([from, to]) => [wordPattern(from), to]);
    const step = (name) => {
        switch (name) {
            case 'default':
                return unit === 'words' ? (s) => pyStrip(s.replace(PY_WHITESPACE_RUN_OF_TWO, ' ')) : pyStrip;
            case 'remove-punctuation':
                return (s) => s.replace(PUNCTUATION, '');
            case 'lowercase':
                return (s) => s.toLowerCase();
            case 'strip':
                return pyStrip;
            case 'remove-multiple-spaces':
                return (s) => s.replace(PY_WHITESPACE_RUN_OF_TWO, ' ');
            case 'substitute-words':
                return (s) => patterns.reduce((text, [re, to]) => text.replace(re, () => to), s);
        }
    };
    const steps = chain.steps.map(step);
    const reduce = unit === 'words' ? (s) => s.split(' ').filter((w) => w.length >= 1) : (s) => codePoints(s).map((c) => String.fromCodePoint(c));
    return (s) => reduce(steps.reduce((text, f) => f(text), s));
}
/** Parses a comma-separated list of transform names; `flag` names the option in the message. */
function parseTransformList(list, flag) {
    const names = list
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '');
    if (names.length === 0)
        throw new DhowError('usage', `${flag} needs at least one of ${JIWER_TRANSFORMS.join(', ')}`);
    for (const n of names) {
        if (!JIWER_TRANSFORMS.includes(n))
            throw new DhowError('usage', `${flag} must list ${JIWER_TRANSFORMS.join(', ')}; got "${n}"`);
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
        throw new DhowError('invalid-input', shape, { file: name });
    }
    const pairs = [];
    if (Array.isArray(value)) {
        value.forEach((pair, i) => {
            if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
                throw new DhowError('invalid-input', 'must be a [word, replacement] pair of strings', { file: name, field: `[${i}]` });
            }
            pairs.push([pair[0], pair[1]]);
        });
    }
    else if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value);
        if (entries.length > 1 && entries.some(([k]) => /^(0|[1-9][0-9]*)$/.test(k))) {
            throw new DhowError('invalid-input', 'an object with number-like words loses its order in JavaScript: give a list of [word, replacement] pairs', {
                file: name,
            });
        }
        for (const [from, to] of entries) {
            if (typeof to !== 'string')
                throw new DhowError('invalid-input', 'must be a string', { file: name, field: from });
            pairs.push([from, to]);
        }
    }
    else {
        throw new DhowError('invalid-input', shape, { file: name });
    }
    checkSubstitutions(pairs, name);
    return pairs;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/registry/digest.ts
/** Content digests as the registry records them (the `Digest` schema): "sha256:" and 64 lower-case hex digits. */


/** The digest of a text's UTF-8 bytes. */
function sha256Digest(text) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}
/** The digest and size of a file, read as a stream (artifacts can be large). */
async function sha256File(path) {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { digest: `sha256:${hash.digest('hex')}`, size };
}

// EXTERNAL MODULE: ./src/registry/files.ts + 1 modules
var files = __webpack_require__(7682);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/bounded-file.ts
/**
 * Reading a small file from outside (an alert payload, a version record, a metrics file) with its size
 * limit enforced WHILE reading: a regular file only (a FIFO, a device such as /dev/zero or a directory is
 * refused before a byte is read), and never more than the limit plus one byte, whatever stat said (a file
 * can grow between stat and read, and /proc files report size 0).
 */



async function readBoundedFile(path, limit, what) {
    let handle;
    try {
        // O_NONBLOCK: opening a FIFO with no writer must not hang before we can see it is not a regular file.
        handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new src_errors/* DhowError */.Bp('not-found', `${what} does not exist`, { file: path });
        if (code === 'EISDIR')
            throw new src_errors/* DhowError */.Bp('invalid-input', `is a directory: give ${what}`, { file: path });
        throw new src_errors/* DhowError */.Bp('invalid-input', `cannot read ${what} (${code ?? 'error'})`, { file: path });
    }
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw new src_errors/* DhowError */.Bp('invalid-input', `is a directory: give ${what}`, { file: path });
        if (!info.isFile())
            throw new src_errors/* DhowError */.Bp('invalid-input', `${what} is not a regular file (a device, FIFO or socket is refused)`, { file: path });
        if (info.size > limit)
            throw new src_errors/* DhowError */.Bp('invalid-input', `${what} is ${info.size} bytes; at most ${limit} are allowed`, { file: path });
        const buffer = Buffer.alloc(limit + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > limit)
            throw new src_errors/* DhowError */.Bp('invalid-input', `${what} is larger than the ${limit} bytes allowed`, { file: path });
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
        }
        catch {
            throw new src_errors/* DhowError */.Bp('invalid-input', `${what} is not valid UTF-8`, { file: path });
        }
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/registry/schemas.ts + 1 modules
var registry_schemas = __webpack_require__(9201);
;// CONCATENATED MODULE: ./src/gates/policy.ts
/**
 * The gate policy file (apiVersion dhow.dev/v1, kind GatePolicy): its zod schema, loading with errors
 * that name the file, the key and the line (and the closest known key for a typo), overlaying the
 * per-model and per-environment overrides of the registry, and the digest recorded with the results.
 */










/** Gate names appear in reports and version records: short kebab-case identifiers. */
const GateName = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and "-", at most 63 characters');
/** Metrics each computed source can produce; a gate naming another metric is an error at load time. */
const SOURCE_METRICS = {
    fairness: [
        'demographic_parity_difference',
        'demographic_parity_ratio',
        'equal_opportunity_difference',
        'equal_opportunity_ratio',
        'equalized_odds_difference',
        'equalized_odds_ratio',
        'accuracy',
        'selection_rate',
        'tpr',
        'fpr',
    ],
    text: ['wer', 'cer', 'bleu', 'chrf', 'ter'],
    // Lines each check of `dhow arabic check` fired on, and the share of Arabic letters (its JSON keys).
    'arabic-data': [...ARABIC_CHECKS, 'arabic_share', 'presentation_form_share'],
    latency: ['p50', 'p90', 'p95', 'p99', 'max', 'mean', 'error-rate'],
    memory: ['peak-gpu-memory-mib', 'gpu-memory-fraction', 'peak-rss-mib'],
    residency: ['residency-violations'],
    'round-trip': ['round-trip-mismatches'],
};
const Path = schemas/* string */.YjP().min(1);
/** A loopback or remote endpoint; `${NAME}` is replaced from the environment at run time. */
const Url = schemas/* string */.YjP().min(1);
const CandidateSource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('candidate'),
    /** The key in the candidate's metrics (default: the gate's metric); nested JSON keys join with '.'. */
    key: schemas/* string */.YjP().min(1).optional(),
    /** A key in the candidate's metrics holding the number of samples the metric was computed on. */
    'samples-key': schemas/* string */.YjP().min(1).optional(),
})
    .strict();
const FairnessSource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('fairness'),
    input: Path,
    label: schemas/* string */.YjP().min(1),
    prediction: schemas/* string */.YjP().min(1),
    /** One column, or several forming intersectional groups. */
    group: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)]),
    'positive-label': schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
    method: schemas/* enum */.k5n(['between_groups', 'to_overall']).default('between_groups'),
    agg: schemas/* enum */.k5n(['worst_case', 'mean']).default('worst_case'),
    'min-group-size': schemas/* number */.aig().int().min(1).optional(),
})
    .strict();
/** jiwer 4's transforms, applied in order before WER or CER (the names of `dhow metrics text --reference-transform`). */
const JiwerTransformList = schemas/* array */.YOg(schemas/* enum */.k5n(JIWER_TRANSFORMS)).min(1);
/** sacreBLEU's TER options (`dhow metrics text --ter-*`); each off by default, as in sacreBLEU. */
const TerSettings = schemas/* object */.Ikc({
    normalized: schemas/* boolean */.zMY().default(false),
    'no-punct': schemas/* boolean */.zMY().default(false),
    'asian-support': schemas/* boolean */.zMY().default(false),
    'case-sensitive': schemas/* boolean */.zMY().default(false),
})
    .strict();
const TextSource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('text'),
    input: Path,
    normalize: schemas/* enum */.k5n(['none', 'arabic']).default('none'),
    /** A JSONL key (e.g. dialect): every slice is gated too, against the same slice of the live version. */
    'slice-by': schemas/* string */.YjP().min(1).optional(),
    /** jiwer transforms of the reference and of the hypothesis for WER and CER (default: the metric's own). */
    'reference-transform': JiwerTransformList.optional(),
    'hypothesis-transform': JiwerTransformList.optional(),
    /** [word, replacement] pairs for the substitute-words transform, applied in order as jiwer does. */
    'substitute-words': schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* string */.YjP().min(1), schemas/* string */.YjP()]))
        .min(1)
        .optional(),
    /** TER's tokenizer options (a `ter` gate only). */
    ter: TerSettings.optional(),
})
    .strict();
const ArabicDataSource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('arabic-data'),
    input: Path,
})
    .strict();
const LoadSettings = schemas/* object */.Ikc({
    url: Url,
    method: schemas/* enum */.k5n(['GET', 'POST', 'PUT']).default('POST'),
    /** The request body (sent as application/json when it is an object). */
    body: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())]).optional(),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
    /** constant-rate: requests start on a schedule and latency counts from the scheduled time. */
    mode: schemas/* enum */.k5n(['constant-rate', 'closed-loop']).default('constant-rate'),
    /** Requests per second (constant-rate). */
    rate: schemas/* number */.aig().positive().max(100_000).default(20),
    /** Concurrent connections, each sending its next request when the previous answer arrives (closed-loop). */
    connections: schemas/* number */.aig().int().min(1).max(1024).default(4),
    'duration-seconds': schemas/* number */.aig().positive().max(3600).default(10),
    'warmup-seconds': schemas/* number */.aig().min(0).max(600).default(1),
    'timeout-ms': schemas/* number */.aig().int().positive().max(600_000).default(10_000),
})
    .strict();
const LatencySource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('latency'),
    /** Recorded latencies, one number of milliseconds per line. */
    file: Path.optional(),
    endpoint: LoadSettings.optional(),
})
    .strict()
    .superRefine((source, ctx) => {
    if ((source.file === undefined) === (source.endpoint === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'give exactly one of "file" and "endpoint"' });
    }
});
const MemorySource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('memory'),
    /** The command to measure, as argv (no shell). */
    command: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1),
    /** What the model is allowed: a MIG profile (e.g. 1g.10gb) of `gpu-product`, or the whole GPU when absent. */
    'mig-profile': schemas/* string */.YjP()
        .regex(/^\d+g\.\d+gb$/, 'must look like 1g.10gb')
        .optional(),
    'gpu-product': schemas/* string */.YjP().min(1).optional(),
    'interval-ms': schemas/* number */.aig().int().min(10).max(60_000).default(200),
    'timeout-seconds': schemas/* number */.aig().positive().max(86_400).default(600),
})
    .strict();
const ResidencySource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('residency'),
    /** Overrides of what the candidate record says; absent ones are read from the candidate. */
    'artifact-uri': schemas/* string */.YjP().min(1).optional(),
    'data-uri': schemas/* string */.YjP().min(1).optional(),
    'training-region': schemas/* string */.YjP().min(1).optional(),
    'training-cluster': schemas/* string */.YjP().min(1).optional(),
})
    .strict();
const RoundTripSource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('round-trip'),
    url: Url,
    /** json: POST {"<request-field>": text}, read the response's <response-field>; raw: the body is echoed as is. */
    mode: schemas/* enum */.k5n(['json', 'raw']).default('json'),
    'request-field': schemas/* string */.YjP().min(1).default('text'),
    /** Dot-separated path in the JSON answer. */
    'response-field': schemas/* string */.YjP().min(1).default('text'),
    /** Texts to send; default: Arabic with diacritics, shadda, dagger alef and a decomposed hamza. */
    texts: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).optional(),
    'timeout-ms': schemas/* number */.aig().int().positive().max(600_000).default(10_000),
})
    .strict();
const GateSource = schemas/* discriminatedUnion */.gMt('kind', [
    CandidateSource,
    FairnessSource,
    TextSource,
    ArabicDataSource,
    LatencySource,
    MemorySource,
    ResidencySource,
    RoundTripSource,
]);
const GateSpec = schemas/* object */.Ikc({
    name: GateName,
    description: schemas/* string */.YjP().max(2000).optional(),
    metric: schemas/* string */.YjP().min(1),
    source: GateSource,
    /** Absolute: the value must be >= threshold (greater is better) or <= threshold. */
    threshold: schemas/* number */.aig().optional(),
    /** Against the version live in the target environment: at least this much better (MLflow: positive). */
    'min-absolute-change': schemas/* number */.aig().positive().optional(),
    /** Against the live version, as a fraction of its value, between 0 and 1 (MLflow semantics). */
    'min-relative-change': schemas/* number */.aig().min(0).max(1).optional(),
    /** Required except for residency and round-trip gates (counts of violations: lower is better). */
    'greater-is-better': schemas/* boolean */.zMY().optional(),
    severity: schemas/* enum */.k5n(['block', 'warn']).default('block'),
    /** Below this many samples the gate is inconclusive. */
    'min-samples': schemas/* number */.aig().int().min(1).optional(),
    /** The metric's key in the live version's record, when it differs from `metric`. */
    'baseline-metric': schemas/* string */.YjP().min(1).optional(),
    enabled: schemas/* boolean */.zMY().default(true),
})
    .strict();
const GatePolicyFile = schemas/* object */.Ikc({
    apiVersion: schemas/* literal */.euz(registry_schemas/* API_VERSION */.mG),
    kind: schemas/* literal */.euz('GatePolicy'),
    description: schemas/* string */.YjP().max(2000).optional(),
    /** Whether an inconclusive blocking gate blocks the promotion (default) or only warns. */
    inconclusive: schemas/* enum */.k5n(['block', 'warn']).optional(),
    /** Residency rules for this policy; the registry's dhow.yaml `residency` is used when absent. */
    residency: registry_schemas/* ResidencyPolicy */.Jm.optional(),
    gates: schemas/* array */.YOg(GateSpec).default([]),
})
    .strict();
/** Every key the policy format knows, for "did you mean" suggestions. */
const KNOWN_KEYS = [
    ...collectKeys(GatePolicyFile),
    ...collectKeys(GateSpec),
    ...[
        CandidateSource,
        FairnessSource,
        TextSource,
        TerSettings,
        ArabicDataSource,
        LatencySource,
        MemorySource,
        ResidencySource,
        RoundTripSource,
        LoadSettings,
    ].flatMap(collectKeys),
    ...collectKeys(registry_schemas/* ResidencyPolicy */.Jm),
];
function collectKeys(schema) {
    const def = schema.def;
    if (def?.shape)
        return Object.keys(def.shape);
    if (def?.in)
        return collectKeys(def.in);
    const shape = schema.shape;
    return shape ? Object.keys(shape) : [];
}
/** Levenshtein distance, for suggesting the closest key to a typo. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** The closest candidate within a distance that still looks like a typo, or undefined. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of new Set(candidates)) {
        const [w, c] = [word.toLowerCase(), candidate.toLowerCase()];
        // A shortened key ("demographic_parity_diff") is one slip, whatever its length.
        const distance = c.startsWith(w) && w.length >= 4 ? 1 : editDistance(w, c);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function keyPath(path) {
    return path.reduce((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}
/** The 1-based line of the YAML node at `path` (or of its nearest existing ancestor). */
function lineOf(doc, counter, path, key) {
    let node = doc.contents;
    let offset = node?.range?.[0];
    for (const part of [...path, ...(key === undefined ? [] : [key])]) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => item.key?.value === part);
            if (!pair)
                break;
            offset = pair.key.range?.[0] ?? offset;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof part === 'number') {
            node = node.items[part];
            offset = node?.range?.[0] ?? offset;
        }
        else
            break;
    }
    return offset === undefined ? undefined : counter.linePos(offset).line;
}
/**
 * The data of a parsed YAML document, held to the registry's rules: an unknown tag (only a warning to the yaml
 * library) is an error, and aliases are capped (an alias bomb expands without bound), each naming the file.
 */
function yamlData(doc, file) {
    const warning = doc.warnings[0];
    if (warning)
        throw new src_errors/* DhowError */.Bp('invalid-input', `not valid YAML: ${(0,src_errors/* yamlSyntaxMessage */.iC)(warning)}`, { file, line: warning.linePos?.[0]?.line });
    try {
        return doc.toJS({ maxAliasCount: files/* MAX_YAML_ALIASES */.ap });
    }
    catch {
        throw new src_errors/* DhowError */.Bp('invalid-input', `uses more than ${files/* MAX_YAML_ALIASES */.ap} YAML aliases (refused: it could expand without bound)`, { file });
    }
}
/** Parses policy text; throws a DhowError naming `file`, the key, the line and the closest known key. */
function parsePolicy(text, file) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        throw new src_errors/* DhowError */.Bp('invalid-input', `not valid YAML: ${(0,src_errors/* yamlSyntaxMessage */.iC)(error)}`, {
            file,
            line: error.linePos?.[0]?.line,
        });
    }
    const raw = yamlData(doc, file);
    if (raw === null || raw === undefined)
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the policy file is empty', { file });
    const result = GatePolicyFile.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        if (issue.code === 'unrecognized_keys') {
            const key = issue.keys[0];
            const suggestion = closest(key, KNOWN_KEYS);
            const field = keyPath([...issue.path, key]);
            throw new src_errors/* DhowError */.Bp('invalid-input', `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, {
                file,
                field,
                line: lineOf(doc, counter, issue.path, key),
            });
        }
        let message = issue.message;
        const last = issue.path[issue.path.length - 1];
        if (last === 'kind' && issue.path[issue.path.length - 2] === 'source') {
            const value = issue.path.reduce((node, part) => node?.[part], raw);
            const kinds = ['candidate', ...Object.keys(SOURCE_METRICS)];
            const suggestion = typeof value === 'string' ? closest(value, kinds) : undefined;
            message = `unknown source kind ${JSON.stringify(value)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known: ${kinds.join(', ')}`;
        }
        throw new src_errors/* DhowError */.Bp('invalid-input', message, { file, field: keyPath(issue.path), line: lineOf(doc, counter, issue.path) });
    }
    const policy = result.data;
    checkGates(policy, (path, message) => {
        throw new src_errors/* DhowError */.Bp('invalid-input', message, { file, field: keyPath(path), line: lineOf(doc, counter, path) });
    });
    return policy;
}
/** Rules zod cannot say per field: known metrics, at least one threshold, unique names, direction. */
function checkGates(policy, fail) {
    const names = new Set();
    policy.gates.forEach((gate, i) => {
        if (names.has(gate.name))
            fail(['gates', i, 'name'], `gate "${gate.name}" is listed twice`);
        names.add(gate.name);
        const kind = gate.source.kind;
        if (kind !== 'candidate') {
            const known = SOURCE_METRICS[kind];
            if (!known.includes(gate.metric)) {
                const suggestion = closest(gate.metric, known);
                fail(['gates', i, 'metric'], `unknown metric "${gate.metric}" for a ${kind} gate${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known: ${known.join(', ')}`);
            }
        }
        if (gate.source.kind === 'text')
            checkTextGate(gate.metric, gate['greater-is-better'], gate.source, (path, message) => fail(['gates', i, ...path], message));
        const countsViolations = kind === 'residency' || kind === 'round-trip';
        if (!countsViolations) {
            if (gate['greater-is-better'] === undefined)
                fail(['gates', i], '"greater-is-better" is required (true or false)');
            if (gate.threshold === undefined && gate['min-absolute-change'] === undefined && gate['min-relative-change'] === undefined) {
                fail(['gates', i], 'give at least one of "threshold", "min-absolute-change" and "min-relative-change"');
            }
        }
        else if (gate['greater-is-better'] === true) {
            fail(['gates', i, 'greater-is-better'], `a ${kind} gate counts violations: lower is better`);
        }
    });
}
/** Error rates (jiwer's WER and CER, sacreBLEU's TER) fall as quality rises; BLEU and chrF rise with it. */
const TEXT_LOWER_IS_BETTER = ['wer', 'cer', 'ter'];
/**
 * A text gate's options must shape the number it gates: jiwer's transforms shape WER and CER only (BLEU, chrF
 * and TER tokenize with sacreBLEU's own rules) and TER's options shape TER only; an option that would change
 * nothing is a misreading waiting to happen, so it is refused. The direction of a text metric is known.
 */
function checkTextGate(metric, greaterIsBetter, source, fail) {
    const jiwer = metric === 'wer' || metric === 'cer';
    for (const key of ['reference-transform', 'hypothesis-transform', 'substitute-words']) {
        if (source[key] !== undefined && !jiwer) {
            fail(['source', key], `jiwer's transforms apply to a wer or cer gate, not ${metric} (sacreBLEU tokenizes ${metric} by its own rules)`);
        }
    }
    if (source.ter !== undefined && metric !== 'ter')
        fail(['source', 'ter'], `TER's options apply to a ter gate, not ${metric}`);
    const substitutes = [source['reference-transform'], source['hypothesis-transform']].some((steps) => steps?.includes('substitute-words'));
    if (substitutes && source['substitute-words'] === undefined)
        fail(['source'], 'the substitute-words transform needs "substitute-words": a list of [word, replacement] pairs');
    if (!substitutes && source['substitute-words'] !== undefined) {
        fail(['source', 'substitute-words'], 'give substitute-words in "reference-transform" or "hypothesis-transform" too, or the pairs change nothing');
    }
    (source['substitute-words'] ?? []).forEach(([from, to], k) => {
        // jiwer passes the replacement to re.sub, which reads backslashes as group references and escapes.
        if (to.includes('\\'))
            fail(['source', 'substitute-words', k, 1], `the replacement of "${from}" contains a backslash, which jiwer reads as an escape`);
    });
    if (greaterIsBetter !== undefined && greaterIsBetter === TEXT_LOWER_IS_BETTER.includes(metric)) {
        fail(['greater-is-better'], `${metric} is ${greaterIsBetter ? 'lower' : 'greater'} when the text is better: "greater-is-better" must be ${!greaterIsBetter}`);
    }
}
/** Settles defaults: residency and round-trip gates count violations and pass only at 0 unless told otherwise. */
function settle(gate) {
    const countsViolations = gate.source.kind === 'residency' || gate.source.kind === 'round-trip';
    const noThreshold = gate.threshold === undefined && gate['min-absolute-change'] === undefined && gate['min-relative-change'] === undefined;
    return {
        ...gate,
        'greater-is-better': gate['greater-is-better'] ?? false,
        ...(countsViolations && noThreshold ? { threshold: 0 } : {}),
    };
}
/** Reads a policy file; `cwd` resolves a relative name, which errors keep as given. */
async function readPolicyFile(file, cwd = process.cwd()) {
    return parsePolicy(await readGateFile(file, cwd, 'the gate policy'), file);
}
/**
 * A gate policy or candidate file, held to the registry's file limits (a regular file of at most 1 MiB of
 * UTF-8, read no further than that); errors name the file as it was given.
 */
async function readGateFile(file, cwd, what) {
    try {
        return await readBoundedFile((0,external_node_path_.resolve)(cwd, file), files/* MAX_REGISTRY_FILE_BYTES */.kf, what);
    }
    catch (error) {
        if (error instanceof src_errors/* DhowError */.Bp)
            throw new src_errors/* DhowError */.Bp(error.code, error.message, { file, cause: error });
        throw error;
    }
}
/**
 * Lays override files over a base policy, in order: a gate with the same name is replaced whole
 * (`enabled: false` switches it off), new gates are added, and `inconclusive`/`residency` are taken
 * from the last file that sets them.
 */
function overlayPolicies(files) {
    const gates = new Map();
    const origins = {};
    let inconclusive = 'block';
    let residency;
    for (const { file, policy } of files) {
        if (policy.inconclusive)
            inconclusive = policy.inconclusive;
        if (policy.residency)
            residency = policy.residency;
        for (const gate of policy.gates) {
            gates.delete(gate.name); // a replaced gate moves to where the override puts it
            gates.set(gate.name, gate);
            origins[gate.name] = file;
        }
    }
    const inForce = [...gates.values()].filter((gate) => gate.enabled).map(settle);
    return {
        inconclusive,
        residency,
        gates: inForce,
        sources: files.map((f) => f.file),
        origins: Object.fromEntries(inForce.map((gate) => [gate.name, origins[gate.name]])),
    };
}
/** Canonical JSON: object keys sorted, so the digest does not depend on key order in the files. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/**
 * The digest recorded in the version record: sha256 of the canonical JSON of the policy in force (gates,
 * defaults filled in, and the inconclusive rule), so a reformatted file keeps its digest and any change of
 * meaning changes it.
 */
function policyDigest(policy) {
    const { sources: _sources, origins: _origins, ...meaning } = policy;
    return sha256Digest(canonicalJson(meaning));
}

;// CONCATENATED MODULE: ./src/gates/candidate.ts
/**
 * The candidate a gate run judges, read from one file: a version record draft (YAML or JSON with
 * `kind: ModelVersion`; it need not be complete yet, the gates fill in its `gates` field) or a metrics file
 * (a JSON or YAML object of numbers; nested objects are flattened with '.', so the JSON that
 * `dhow metrics fairness --json` prints is a metrics file: `overall.accuracy`, `by_group.gulf.tpr`).
 */




const Loose = (shape) => schemas/* object */.Ikc(shape).loose();
/** A draft is read leniently (the registry validates the finished record); what gates read must be well typed. */
const VersionDraft = Loose({
    kind: schemas/* literal */.euz('ModelVersion'),
    model: schemas/* string */.YjP().min(1).optional(),
    version: schemas/* string */.YjP().min(1).optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).default({}),
    artifact: Loose({ uri: schemas/* string */.YjP().min(1).optional() }).optional(),
    data: Loose({ uri: schemas/* string */.YjP().min(1).optional() }).optional(),
    training: Loose({ region: schemas/* string */.YjP().min(1).optional(), cluster: schemas/* string */.YjP().min(1).optional() }).optional(),
    region: schemas/* string */.YjP().min(1).optional(),
});
function flatten(value, prefix, into) {
    if (typeof value === 'number') {
        if (Number.isFinite(value))
            into.set(prefix, value);
    }
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value))
            flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    }
}
function parseCandidate(text, file) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        throw new src_errors/* DhowError */.Bp('invalid-input', `not valid JSON or YAML: ${(0,src_errors/* yamlSyntaxMessage */.iC)(error)}`, { file, line: error.linePos?.[0]?.line });
    }
    const raw = yamlData(doc, file);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the candidate must be a version record or an object of metrics', { file });
    }
    if (raw.kind === 'ModelVersion') {
        const result = VersionDraft.safeParse(raw);
        if (!result.success)
            throw (0,src_errors/* schemaError */.g$)(result.error.issues, { file });
        const draft = result.data;
        return {
            file,
            model: draft.model ?? null,
            version: draft.version ?? null,
            metrics: new Map(Object.entries(draft.metrics)),
            residency: {
                'artifact-uri': draft.artifact?.uri,
                'data-uri': draft.data?.uri,
                'training-region': draft.training?.region,
                'training-cluster': draft.training?.cluster,
                'data-region': draft.region,
            },
        };
    }
    if ('kind' in raw) {
        throw new src_errors/* DhowError */.Bp('invalid-input', `a candidate of kind "${String(raw.kind)}" cannot be gated: give a ModelVersion draft or a metrics file`, {
            file,
            field: 'kind',
        });
    }
    const metrics = new Map();
    flatten(raw, '', metrics);
    return { file, model: null, version: null, metrics, residency: {} };
}
/** Reads a candidate file; `cwd` resolves a relative name, which errors keep as given. */
async function readCandidate(file, cwd = process.cwd()) {
    return parseCandidate(await readGateFile(file, cwd, 'the candidate'), file);
}

;// CONCATENATED MODULE: ./src/metrics/latency.ts
/**
 * Latency summaries with nearest-rank percentiles: the p-th percentile of N samples is the ceil(p/100 * N)-th
 * smallest (the smallest for p = 0), always one of the samples, never an interpolation. The rank is computed
 * in integers (p in thousandths of a percent) so 0.95 * 20 is 19, not 19.000000000000004.
 * `LatencyRecorder` keeps samples in a growable Float64Array (8 bytes each); `latencyFromFile` streams a file
 * of one latency in milliseconds per line into it.
 */


/** The 1-based nearest rank of percentile `p` (0-100) among `n` samples. */
function nearestRank(p, n) {
    if (!(p >= 0 && p <= 100))
        throw new RangeError(`percentile must be within 0..100, got ${p}`);
    if (n <= 0)
        throw new RangeError('no samples');
    const milli = Math.round(p * 1000); // thousandths of a percent
    const rank = Math.ceil((milli * n) / 100_000);
    // (milli * n) is an exact integer below 2^53 for any n a machine can hold; the division is the only rounding.
    return Math.min(n, Math.max(1, exactCeilDiv(milli * n, 100_000, rank)));
}
function exactCeilDiv(numerator, denominator, approx) {
    // Guard against the float division landing a hair above an integer: check with integer arithmetic.
    let r = approx;
    while (r > 0 && (r - 1) * denominator >= numerator)
        r -= 1;
    while (r * denominator < numerator)
        r += 1;
    return r;
}
/** The nearest-rank percentile of samples sorted ascending. */
function percentileOfSorted(sorted, p) {
    return sorted[nearestRank(p, sorted.length) - 1];
}
class LatencyRecorder {
    values = new Float64Array(1024);
    n = 0;
    /** Records one latency in milliseconds (finite and not negative). */
    add(ms) {
        if (!Number.isFinite(ms) || ms < 0)
            throw new RangeError(`latency must be a finite number >= 0, got ${ms}`);
        if (this.n === this.values.length) {
            const grown = new Float64Array(this.values.length * 2);
            grown.set(this.values);
            this.values = grown;
        }
        this.values[this.n++] = ms;
    }
    get count() {
        return this.n;
    }
    /** The samples sorted ascending (a copy). */
    sorted() {
        return this.values.slice(0, this.n).sort();
    }
    /** The nearest-rank percentile of what was recorded. */
    percentile(p) {
        return percentileOfSorted(this.sorted(), p);
    }
    summary() {
        if (this.n === 0)
            throw new RangeError('no latencies recorded');
        return summarizeSorted(this.sorted());
    }
}
/** count, p50, p90, p95, p99, max and mean of samples sorted ascending. */
function summarizeSorted(sorted) {
    const n = sorted.length;
    // Neumaier's compensated sum: the mean of millions of samples stays exact to the last digit or so.
    let sum = 0;
    let comp = 0;
    for (let i = 0; i < n; i++) {
        const x = sorted[i];
        const t = sum + x;
        comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
        sum = t;
    }
    return {
        count: n,
        p50: percentileOfSorted(sorted, 50),
        p90: percentileOfSorted(sorted, 90),
        p95: percentileOfSorted(sorted, 95),
        p99: percentileOfSorted(sorted, 99),
        max: sorted[n - 1],
        mean: (sum + comp) / n,
    };
}
/** Summarizes latencies given in any order. */
function summarizeLatencies(values) {
    const rec = new LatencyRecorder();
    for (const v of values)
        rec.add(v);
    return rec.summary();
}
const latency_NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Reads one latency in milliseconds per line (blank lines skipped) and summarizes them. */
async function latencyFromFile(path, options = {}) {
    const file = options.name ?? path;
    const rec = new LatencyRecorder();
    for await (const raw of lines_readFileLines(path, file)) {
        const text = lines_decodeUtf8Line(raw, file).trim();
        if (text === '')
            continue;
        if (!latency_NUMBER.test(text)) {
            throw new src_errors/* DhowError */.Bp('invalid-input', 'not a latency in milliseconds (one non-negative number per line; the line is not repeated here)', {
                file,
                line: raw.number,
            });
        }
        const ms = Number(text);
        // "1e400" matches the grammar but is no double: Number gives Infinity, which a percentile cannot hold.
        if (!Number.isFinite(ms)) {
            throw new src_errors/* DhowError */.Bp('invalid-input', 'not a finite latency: the number is larger than a double can hold (about 1.8e308)', { file, line: raw.number });
        }
        rec.add(ms);
    }
    if (rec.count === 0)
        throw new src_errors/* DhowError */.Bp('invalid-input', 'no latencies: the file is empty', { file });
    return rec.summary();
}

;// CONCATENATED MODULE: ./src/metrics/arabic/normalize.ts
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
        throw new DhowError('usage', `no normalization step given; choose from ${ALL_NORMALIZATION_STEPS.join(', ')}`, { field });
    const seen = new Set();
    for (const name of names) {
        if (!ALL_NORMALIZATION_STEPS.includes(name)) {
            throw new DhowError('usage', `unknown normalization step "${name}"; choose from ${ALL_NORMALIZATION_STEPS.join(', ')}`, { field });
        }
        if (seen.has(name))
            throw new DhowError('usage', `normalization step "${name}" is given twice`, { field });
        seen.add(name);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/metrics/text/ngrams.ts
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
            if (skipWhitespace && isPyWhitespace(cp))
                continue;
            if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
                let j = i + 1;
                if (skipWhitespace)
                    while (j < s.length && isPyWhitespace(s.charCodeAt(j)))
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

;// CONCATENATED MODULE: ./src/metrics/text/token-ids.ts
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

;// CONCATENATED MODULE: ./src/metrics/text/bleu.ts
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
const BLEU_TOKENIZERS = (/* unused pure expression or super */ null && (['13a', 'intl', 'char', 'none']));
const BLEU_SMOOTH_METHODS = (/* unused pure expression or super */ null && (['exp', 'floor', 'add-k', 'none']));
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
    if (isPyWhitespace(c))
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
        const kind = c < 0x80 ? kinds[c] : isPyWhitespace(c) ? SPACE : INSIDE;
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
        if (!isPyWhitespace(units[offset])) {
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
    return pySplit(line);
}
/** sacreBLEU's TokenizerChar: every code point is a token (whitespace ones vanish in the split). */
function tokenizeChar(segment) {
    return pySplit(codePoints(segment)
        .map((c) => String.fromCodePoint(c))
        .join(' '));
}
/** The tokens BLEU counts for one segment: rstrip, optional lowercasing, the tokenizer, then str.split(). */
function bleuTokens(segment, tokenize = '13a', lowercase = false) {
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
    words = new WordIds();
    symbols = new Int32Array(256);
    hypGrams = new Float64Array(1024);
    refGrams = new Float64Array(1024);
    hypStarts;
    refStarts;
    // The 13a one-reference path: token ids by offsets (no token strings), the bounds of hypothesis and reference in
    // `symbols`, and the clipped matches by order.
    tokens = new TokenIds();
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
            const hyp = hypGrams[n - 1];
            this.stats.total[n - 1] += hyp.length;
            this.stats.correct[n - 1] += clippedMatchesMaxRef(hyp, refGrams.map((r) => r[n - 1]));
        }
    }
    /**
     * add() for the 13a tokenizer and one reference (the common case): tokens become ids where they lie in the line
     * and n-grams are counted by class (clippedMatchesByClass), so no token string is made.
     */
    add13aOneReference(hypothesis, reference) {
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
        for (let k = 0; k < hypCount; k++)
            symbols[k] = ids.id(hypLine, ranges[2 * k], ranges[2 * k + 1]);
        for (let k = hypCount; k < hypCount + refCount; k++)
            symbols[k] = ids.id(refLine, ranges[2 * k], ranges[2 * k + 1]);
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
            this.stats.total[n - 1] += Math.max(0, hypCount - n + 1);
            this.stats.correct[n - 1] += this.matches[n - 1];
        }
    }
    /** add() for one reference, in the accumulator's scratch arrays: the same counts, nothing allocated. */
    addOneReference(hypTokens, refTokens) {
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
            this.stats.total[n - 1] += hs[n] - hs[n - 1];
            this.stats.correct[n - 1] += clippedMatchesIn(this.hypGrams, hs[n - 1], hs[n], this.refGrams, rs[n - 1], rs[n]);
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
const chrf_PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
/** sacreBLEU's CHRF._remove_punctuation: split, then peel one punctuation mark off a word's end or start. */
function chrfWords(sentence) {
    const out = [];
    for (const w of pySplit(sentence)) {
        const cps = codePoints(w);
        if (cps.length === 1) {
            out.push(w);
            continue;
        }
        const last = String.fromCodePoint(cps[cps.length - 1]);
        const first = String.fromCodePoint(cps[0]);
        if (chrf_PUNCTUATION.has(last))
            out.push(w.slice(0, w.length - last.length), last);
        else if (chrf_PUNCTUATION.has(first))
            out.push(first, w.slice(first.length));
        else
            out.push(w);
    }
    return out;
}
/** Character n-gram counters for orders 1..maxOrder (code points, as Python slices a str). */
function charNgrams(line, maxOrder, whitespace) {
    const s = whitespace ? line : pySplit(line).join('');
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
    chars = new CharIds();
    words = new WordIds();
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
        this.charSymbols = atLeastInt32(this.charSymbols, room);
        this.symbolBounds = atLeastInt32(this.symbolBounds, 2 * (count + 2));
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
            this.wordSymbols = atLeastInt32(this.wordSymbols, total);
            for (let k = 0; k <= count; k++)
                bounds[wordBounds + k + 1] = words.idsInto(split[k], this.wordSymbols, bounds[wordBounds + k]);
        }
        if (this.addByClasses(count))
            return;
        if (!packable(chars.size, o.charOrder) || !packable(words.size, o.wordOrder)) {
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
                candidate[3 * i + 2] = clippedMatchesIn(this.hypGrams, hs[i], hs[i + 1], this.refGrams, rs[i], rs[i + 1]);
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
        this.charMatches = atLeastFloat64(this.charMatches, count * o.charOrder);
        this.wordMatches = atLeastFloat64(this.wordMatches, count * o.wordOrder);
        if (!clippedMatchesByClass(this.charSymbols, bounds, 0, count + 1, o.charOrder, this.chars.size + 1, this.charMatches))
            return false;
        if (o.wordOrder > 0 && !clippedMatchesByClass(this.wordSymbols, bounds, wordBounds, count + 1, o.wordOrder, this.words.size + 1, this.wordMatches)) {
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
        const out = atLeastFloat64(grams, orderedCount(charTo - charFrom, o.charOrder) + orderedCount(wordTo - wordFrom, o.wordOrder));
        const end = packOrdersInto(this.charSymbols, charFrom, charTo, o.charOrder, charBase, out, 0, starts, 0);
        if (o.wordOrder > 0)
            packOrdersInto(this.wordSymbols, wordFrom, wordTo, o.wordOrder, wordBase, out, end, starts, o.charOrder);
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
        return (`nrefs:${referenceCountLabel(this.refCounts)}|case:${o.lowercase ? 'lc' : 'mixed'}|eff:${o.epsSmoothing ? 'no' : 'yes'}|` +
            `nc:${o.charOrder}|nw:${o.wordOrder}|space:${o.whitespace ? 'yes' : 'no'}|version:${SACREBLEU_VERSION}`);
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
    while (end > 0 && isPyWhitespace(s.charCodeAt(end - 1)))
        end--;
    let start = 0;
    while (start < end && isPyWhitespace(s.charCodeAt(start)))
        start++;
    let out = at;
    let word = start;
    for (let i = start; i < end;) {
        const c = s.charCodeAt(i);
        if (!isPyWhitespace(c)) {
            i++;
            continue;
        }
        let run = i + 1;
        while (run < end && isPyWhitespace(s.charCodeAt(run)))
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
    words = new TokenIds();
    ranges = new Int32Array(512);
    symbols = new Int32Array(256);
    add(hypothesis, reference) {
        const ranges = (this.ranges = atLeastInt32(this.ranges, reference.length + hypothesis.length + 4));
        const refCount = werWordRanges(reference, ranges, 0);
        const hypCount = werWordRanges(hypothesis, ranges, 2 * refCount);
        // Words become dense integer ids (per segment: only equality matters for the distance).
        const words = this.words;
        words.reset();
        const symbols = (this.symbols = atLeastInt32(this.symbols, refCount + hypCount));
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
    chars = new CharIds();
    symbols = new Int32Array(1024);
    add(hypothesis, reference) {
        const refText = pyStrip(reference);
        const hypText = pyStrip(hypothesis);
        const chars = this.chars;
        chars.reset();
        const symbols = (this.symbols = atLeastInt32(this.symbols, refText.length + hypText.length));
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
        return pySplit(tercomTokenize(pyRstrip(segment), this.options));
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
        return (`nrefs:${referenceCountLabel(this.refCounts)}|case:${o.caseSensitive ? 'mixed' : 'lc'}|tok:tercom|norm:${yesNo(o.normalized)}|` +
            `punct:${yesNo(!o.noPunct)}|asian:${yesNo(o.asianSupport)}|version:${SACREBLEU_VERSION}`);
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
            throw new src_errors/* DhowError */.Bp('invalid-input', `a segment of ${ref.length} reference and ${hyp.length} hypothesis symbols is too long to align`, {
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

// EXTERNAL MODULE: ./src/io/jsonl.ts
var jsonl = __webpack_require__(8426);
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
    const ref = compileTransform(options.transforms?.reference ?? DEFAULT_CHAIN, unit);
    const hyp = compileTransform(options.transforms?.hypothesis ?? DEFAULT_CHAIN, unit);
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
    add(segment, line) {
        const arabic = this.normalize === 'arabic';
        const hypothesis = arabic ? normalizeArabic(segment.hypothesis) : segment.hypothesis;
        const references = arabic ? segment.references.map((s) => normalizeArabic(s)) : segment.references;
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
        throw new src_errors/* DhowError */.Bp('invalid-input', `not valid JSON: ${(0,jsonl/* jsonSyntaxMessage */.lJ)(error)}`, { file, line });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new src_errors/* DhowError */.Bp('invalid-input', 'each line must be a JSON object with "hypothesis" and "reference" or "references"', { file, line });
    }
    const record = value;
    if (typeof record.hypothesis !== 'string') {
        throw new src_errors/* DhowError */.Bp('invalid-input', 'must be a string', { file, line, field: 'hypothesis' });
    }
    const hasOne = Object.hasOwn(record, 'reference');
    const hasMany = Object.hasOwn(record, 'references');
    if (hasOne === hasMany) {
        throw new src_errors/* DhowError */.Bp('invalid-input', 'give exactly one of "reference" (a string) or "references" (a list of strings)', { file, line, field: 'reference' });
    }
    if (hasOne) {
        if (typeof record.reference !== 'string')
            throw new src_errors/* DhowError */.Bp('invalid-input', 'must be a string', { file, line, field: 'reference' });
        return { hypothesis: record.hypothesis, references: [record.reference] };
    }
    const refs = record.references;
    if (!Array.isArray(refs) || refs.length === 0 || !refs.every((r) => typeof r === 'string')) {
        throw new src_errors/* DhowError */.Bp('invalid-input', 'must be a non-empty list of strings', { file, line, field: 'references' });
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
    for await (const raw of lines_readFileLines(path, file)) {
        const text = lines_decodeUtf8Line(raw, file);
        if (text.trim() === '')
            continue;
        metrics.add(parseTextSegment(text, file, raw.number), raw.number);
    }
    const result = metrics.result();
    if (result.segments === 0)
        throw new src_errors/* DhowError */.Bp('invalid-input', 'no segments: the file is empty', { file });
    return result;
}

;// CONCATENATED MODULE: ./src/metrics/text/slices.ts
/**
 * Text quality per slice of an evaluation set: WER, CER, BLEU, chrF (and TER when asked) for every value of
 * one JSONL key (`dialect`: Gulf, Egyptian, Levantine, Maghrebi, MSA ...) beside the whole corpus, in one
 * streaming pass (one accumulator per slice: memory grows with the slices, not the lines). Each metric carries
 * a signature that records what was measured: sacreBLEU's own signature, or jiwer's version and transforms for
 * WER and CER, followed by dhow's fields `dhow-norm` (the normalization applied first) and `slice` (the key).
 */



/** The jiwer version whose definitions WER and CER follow (error-rate.ts, alignment.ts). */
const JIWER_VERSION = '4.0.0';
/** More slices than this is a key that is not a slice (an id, a free text). */
const MAX_SLICES = 1000;
/** A metric's signature with dhow's normalization and slice fields appended. */
function qualitySignature(metric, result, options, sliceBy) {
    // `dhow-norm`, not `norm`: sacreBLEU's TER signature has a `norm` of its own (its tercom normalization), and a
    // key must appear once. dhow's fields come after the tool's, whose order stays the tool's own.
    const dhow = `dhow-norm:${options.normalize ?? 'none'}${sliceBy === undefined ? '' : `|slice:${sliceBy}`}`;
    if (metric === 'wer' || metric === 'cer') {
        const side = (chain) => (chain ?? { steps: ['default'] }).steps.join('+');
        return `jiwer:${JIWER_VERSION}|ref:${side(options.transforms?.reference)}|hyp:${side(options.transforms?.hypothesis)}|${dhow}`;
    }
    return `${result[`${metric}_signature`]}|${dhow}`;
}
function withSignatures(result, options) {
    const wanted = options.metrics ?? ['wer', 'cer', 'bleu', 'chrf'];
    return { ...result, signatures: Object.fromEntries(wanted.map((m) => [m, qualitySignature(m, result, options, options.sliceBy)])) };
}
/** Streams a JSONL file once and returns the metrics of the whole corpus and of every slice. */
async function textMetricsBySlice(path, options) {
    const file = options.name ?? path;
    const overall = new TextMetrics(options);
    const slices = new Map();
    for await (const raw of lines_readFileLines(path, file)) {
        const text = lines_decodeUtf8Line(raw, file);
        if (text.trim() === '')
            continue;
        const segment = parseTextSegment(text, file, raw.number);
        // parseTextSegment has proved the line is a JSON object.
        const value = JSON.parse(text)[options.sliceBy];
        if (typeof value !== 'string' || value === '') {
            throw new src_errors/* DhowError */.Bp('invalid-input', `must be a non-empty string naming the line's slice`, { file, line: raw.number, field: options.sliceBy });
        }
        let acc = slices.get(value);
        if (acc === undefined) {
            if (slices.size >= MAX_SLICES) {
                throw new src_errors/* DhowError */.Bp('invalid-input', `more than ${MAX_SLICES} distinct values: not a slice key`, { file, line: raw.number, field: options.sliceBy });
            }
            acc = new TextMetrics(options);
            slices.set(value, acc);
        }
        acc.add(segment, raw.number);
        overall.add(segment, raw.number);
    }
    const whole = overall.result();
    if (whole.segments === 0)
        throw new src_errors/* DhowError */.Bp('invalid-input', 'no segments: the file is empty', { file });
    return {
        slice_by: options.sliceBy,
        overall: withSignatures(whole, options),
        slices: Object.fromEntries([...slices].map(([name, acc]) => [name, withSignatures(acc.result(), options)])),
    };
}

;// CONCATENATED MODULE: ./src/gates/threshold.ts
/**
 * One gate's decision, with the semantics of MLflow's MetricThreshold (mlflow.models.MetricThreshold and
 * mlflow/models/evaluation/validation.py `_validate`):
 * - `threshold`: the value must be >= threshold when greater is better, <= threshold otherwise;
 * - `min-absolute-change`: value >= baseline + change (greater is better) or value <= baseline - change;
 * - `min-relative-change`: (value - baseline) / baseline >= change (greater is better) or
 *   (baseline - value) / baseline >= change; when the baseline is 0, value >= baseline + 1e-10
 *   (or value <= baseline - 1e-10);
 * - a change check whose live version lacks the metric fails ("missing baseline"), as in MLflow.
 * dhow adds: with no version live in the target environment the change checks do not apply (a first
 * release has nothing to regress against), `min-samples` makes a gate inconclusive, and `severity` turns
 * a failure into a warning.
 */
/** The checks of MLflow's `_validate` for one metric; returns the failures, empty when it passes. */
function thresholdFailures(value, spec, baseline) {
    const greater = spec['greater-is-better'];
    const better = (a, b) => (greater ? a >= b : a <= b);
    const op = greater ? '>=' : '<=';
    const failures = [];
    if (spec.threshold !== undefined && !better(value, spec.threshold)) {
        failures.push(`${fmt(value)} is not ${op} threshold ${fmt(spec.threshold)}`);
    }
    const absolute = spec['min-absolute-change'];
    const relative = spec['min-relative-change'];
    if (absolute === undefined && relative === undefined)
        return failures;
    if (baseline.kind === 'no-live-version')
        return failures;
    if (baseline.kind === 'missing') {
        failures.push(`the live version ${baseline.version} has no value for this metric to compare with`);
        return failures;
    }
    const base = baseline.value;
    if (absolute !== undefined) {
        const bound = greater ? base + absolute : base - absolute;
        if (!better(value, bound)) {
            failures.push(`${fmt(value)} is not ${op} ${fmt(bound)} (live ${baseline.version}: ${fmt(base)} ${greater ? '+' : '-'} ${fmt(absolute)})`);
        }
    }
    if (relative !== undefined) {
        if (base === 0) {
            const bound = greater ? base + 1e-10 : base - 1e-10;
            if (!better(value, bound)) {
                failures.push(`${fmt(value)} is not better than the live ${baseline.version}'s 0 (relative change undefined at 0)`);
            }
        }
        else {
            const change = greater ? (value - base) / base : (base - value) / base;
            if (change < relative) {
                failures.push(`relative change ${fmt(change)} against live ${baseline.version} (${fmt(base)}) is below ${fmt(relative)}`);
            }
        }
    }
    return failures;
}
/** The verdict of one gate from its measurement, its baseline and the policy's inconclusive rule. */
function decide(spec, measurement, baseline, inconclusive = 'block') {
    const blockingSeverity = (spec.severity ?? 'block') === 'block';
    const inconclusiveDecision = (reason) => ({
        verdict: 'inconclusive',
        blocking: blockingSeverity && inconclusive === 'block',
        reasons: [reason],
    });
    const { value, samples } = measurement;
    const minSamples = spec['min-samples'];
    if (minSamples !== undefined) {
        if (samples === undefined)
            return inconclusiveDecision(`the number of samples is unknown (min-samples ${minSamples})`);
        if (samples < minSamples)
            return inconclusiveDecision(`${samples} samples, fewer than min-samples ${minSamples}`);
    }
    if (value === null || !Number.isFinite(value))
        return inconclusiveDecision('the metric has no finite value');
    const failures = thresholdFailures(value, spec, baseline);
    if (failures.length === 0) {
        const reasons = [];
        if (baseline.kind === 'no-live-version' && (spec['min-absolute-change'] !== undefined || spec['min-relative-change'] !== undefined)) {
            reasons.push('no version is live in the target environment: change checks do not apply');
        }
        return { verdict: 'pass', blocking: false, reasons };
    }
    return blockingSeverity ? { verdict: 'fail', blocking: true, reasons: failures } : { verdict: 'warn', blocking: false, reasons: failures };
}
/** Numbers in reasons: up to 6 significant digits, no exponent for ordinary sizes. */
function fmt(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (Number.isInteger(value))
        return String(value);
    return String(Number(value.toPrecision(6)));
}

;// CONCATENATED MODULE: ./src/gates/text-slices.ts

/** The summary row name that carries a slice's value to the next run's baseline. */
function sliceGateName(gate, slice) {
    return `${gate}[${slice}]`;
}
function sliceBaseline(gate, slice, live) {
    if (live === null)
        return { kind: 'no-live-version' };
    const key = sliceGateName(gate.name, slice);
    return Object.hasOwn(live.gateValues, key)
        ? { kind: 'value', version: live.version, value: live.gateValues[key] }
        : { kind: 'missing', version: live.version };
}
const RANK = { pass: 0, warn: 1, inconclusive: 2, fail: 3 };
/** Decides every slice and folds them into the gate's decision (the worst verdict; blocking if any blocks). */
function decideSlices(gate, whole, slices, live, inconclusive) {
    const rows = [];
    let verdict = whole.verdict;
    let blocking = whole.blocking;
    const reasons = [...whole.reasons];
    for (const s of slices) {
        const baseline = sliceBaseline(gate, s.slice, live);
        const d = decide(gate, { value: s.value, samples: s.samples }, baseline, inconclusive);
        rows.push({
            slice: s.slice,
            value: s.value !== null && Number.isFinite(s.value) ? s.value : null,
            baseline: baseline.kind === 'value' ? baseline.value : null,
            samples: s.samples,
            verdict: d.verdict,
            reasons: d.reasons,
        });
        if (RANK[d.verdict] > RANK[verdict])
            verdict = d.verdict;
        blocking ||= d.blocking;
        if (d.verdict !== 'pass')
            reasons.push(...d.reasons.map((r) => `slice ${s.slice}: ${r}`));
    }
    return { decision: { verdict, blocking, reasons }, rows };
}
/** The version record's summary rows for a gate's slices (read back by liveVersionOf as baselines). */
function sliceSummaryRows(gate, metric, threshold, slices) {
    return slices.map((s) => ({ gate: sliceGateName(gate, s.slice), metric, verdict: s.verdict, value: s.value, threshold, baseline: s.baseline }));
}
/** Reads `details.slices` of a gate result back (it is `unknown` in the report schema). */
function slicesOf(details) {
    const rows = details.slices;
    return Array.isArray(rows) ? rows : undefined;
}
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim() || ' ';
}
/**
 * A signature as inline code on a line of its own (never in a table: its "|" would split cells, and escaping
 * them would show the backslashes in the code span). A backtick would end the span early, so none passes.
 */
function signatureCode(signature) {
    return `\`${signature.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
}
/** The Markdown table of one gate's slices, under the signature of how every value in it was made. */
function sliceTable(gate, metric, sliceBy, rows, signature) {
    const n = (v) => (v === null ? '–' : fmt(v));
    return [
        `#### ${cell(gate)}: \`${cell(metric)}\` by \`${cell(sliceBy)}\``,
        '',
        ...(signature ? [`Signature: ${signatureCode(signature)}`, ''] : []),
        '| Slice | Value | Baseline | Segments | Verdict | Why |',
        '| --- | ---: | ---: | ---: | --- | --- |',
        ...rows.map((r) => `| ${cell(r.slice)} | ${n(r.value)} | ${n(r.baseline)} | ${r.samples} | ${r.verdict} | ${cell(r.reasons.join('; ') || ' ')} |`),
    ];
}

;// CONCATENATED MODULE: ./src/gates/data-file.ts
/**
 * Where a gate policy may read its data from. A policy can come from the registry's dhow.yaml, written by
 * someone other than the person running the gate, so its `source.input` / `source.file` must not reach
 * anything on the runner: the path is resolved (symlinks included) and must lie inside one of the data
 * roots (the workspace, the policy file's directory, roots the caller allows), must be a regular file,
 * and never one of the kernel's special file systems (/proc, /sys, /dev), whose "files" hold the process
 * environment and its secrets. Messages name the path the policy wrote, never anything read from it.
 */



/** Kernel file systems that hold process state and devices rather than data. */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];
function inside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
function isSpecial(path) {
    return SPECIAL_ROOTS.some((root) => inside(path, root));
}
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * The real path of a policy's data file, once it is known to be a regular file inside a data root;
 * otherwise a DhowError naming the field and the path as written.
 */
async function confineDataFile(written, rules) {
    const where = { field: rules.field, ...(rules.file ? { file: rules.file } : {}) };
    const shown = JSON.stringify(written.length > 200 ? `${written.slice(0, 200)}…` : written);
    const requested = (0,external_node_path_.resolve)(rules.cwd, written);
    // Refused before anything is touched: not even a stat of /proc/self/... on the policy's say-so.
    if (isSpecial(requested))
        throw new src_errors/* DhowError */.Bp('invalid-input', `the data file ${shown} is on a special file system (/proc, /sys, /dev); a gate reads data files only`, where);
    let real;
    try {
        real = await (0,promises_.realpath)(requested);
    }
    catch (error) {
        const code = error.code;
        throw new src_errors/* DhowError */.Bp('not-found', `cannot read the data file ${shown}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}`, {
            ...where,
            cause: error,
        });
    }
    if (isSpecial(real))
        throw new src_errors/* DhowError */.Bp('invalid-input', `the data file ${shown} leads to a special file system (/proc, /sys, /dev); a gate reads data files only`, where);
    const roots = await Promise.all(rules.roots.map((root) => (0,promises_.realpath)(root).catch(() => undefined)));
    if (!roots.some((root) => root !== undefined && inside(real, root))) {
        const allowed = rules.roots.map((r) => JSON.stringify(r)).join(', ');
        throw new src_errors/* DhowError */.Bp('invalid-input', `the data file ${shown} is outside the data roots (${allowed}), symbolic links resolved; move it there or allow its directory as a data root`, where);
    }
    const info = await (0,promises_.stat)(real);
    if (!info.isFile())
        throw new src_errors/* DhowError */.Bp('invalid-input', `the data file ${shown} is ${kindOf(info)}, not a file`, where);
    return real;
}

;// CONCATENATED MODULE: ./src/io/csv-scanner.ts
/**
 * THE CSV scanner: the one place that knows the dialect dhow reads (RFC 4180 quoted fields with embedded
 * separators, newlines and doubled quotes; a UTF-8 byte order mark; CRLF, LF or a lone CR as line ends;
 * one ASCII separator, "," or a tab for .tsv), the record limit, line numbers and the errors. It is a state
 * machine over Buffers fed chunk by chunk (an incomplete record is carried to the next chunk) that emits one
 * event per record: a reused `CsvRecord` of field byte ranges with the line it starts on. Every CSV reader
 * in dhow is a sink on it: the row reader and readCsvFile (src/io/csv.ts), the projected fairness reader
 * (src/metrics/csv-columns.ts) and drift's column reader (src/drift/columns.ts).
 *
 * It is built for data that grows (drift, fairness): nothing is allocated per row unless the caller asks for
 * a string (`text`) or interns the bytes (ByteInterner). Sinks that know their columns can take values
 * during the scan: numbers parsed straight from the bytes (`expectNumbers`, `parseDecimal`), categories
 * hashed while scanned (`expectCategories`), and direct mode (`expectDirect`), a fast lane that writes
 * plain records (one line, unquoted, plain decimals) straight into columns and hands every other record,
 * unchanged, to the general state machine, so the dialect's rules and errors stay in one place.
 *
 * Strictness: a record whose field count differs from the header's is the sinks' error (they know the
 * header); text after a closing quote, a quote left open at the end of the input and a record longer than
 * the limit are errors here, naming the file and line, never echoing the data. A quote inside an unquoted
 * field is kept literally (as pandas does). Blank lines are skipped.
 */

const QUOTE = 0x22;
const csv_scanner_LF = 0x0a;
const csv_scanner_CR = 0x0d;
/** Strings pandas reads as missing values; they are "empty" for the numeric check. */
const MISSING_TOKENS = new Set([
    '',
    '#N/A',
    '#N/A N/A',
    '#NA',
    '-1.#IND',
    '-1.#QNAN',
    '-NaN',
    '-nan',
    '1.#IND',
    '1.#QNAN',
    '<NA>',
    'N/A',
    'NA',
    'NULL',
    'NaN',
    'None',
    'n/a',
    'nan',
    'null',
]);
/** First bytes of the missing-value tokens: anything else is not missing, without building a string. */
const MISSING_FIRST_BYTES = new Uint8Array(256);
for (const token of MISSING_TOKENS)
    if (token)
        MISSING_FIRST_BYTES[token.charCodeAt(0)] = 1;
/** First bytes that keep a categorical field out of direct mode: a quote, or a possible missing value. */
const DIRECT_REFUSED_FIRST_BYTES = MISSING_FIRST_BYTES.slice();
DIRECT_REFUSED_FIRST_BYTES[QUOTE] = 1;
/** True when bytes [start, end) may be a missing value (empty, or starting like a missing-value token). */
function mayBeMissing(bytes, start, end) {
    return start === end || MISSING_FIRST_BYTES[bytes[start]] === 1;
}
/** FNV-1a's offset basis and prime, shared by the parser's scan and ByteInterner. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/**
 * The longest record (one row, with the line ends inside its quoted fields) a CSV input may hold: 4 MiB.
 * Lower than JSON Lines' 16 MiB per line (src/io/jsonl.ts) because a CSV record is one row of a table of
 * numbers and categories, not a document; it equals the header limit (a header is a record too), and an
 * unclosed quote or a file with no line end is refused after at most this much plus one read, never
 * buffered whole.
 */
const MAX_CSV_RECORD_BYTES = 4 << 20;
class RecordView {
    line = 1;
    length = 0;
    bytes = Buffer.alloc(0);
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    flags = new Uint8Array(64); // 1: holds doubled quotes
    nums = new Float64Array(64); // the number, when numOk is 1 or 2
    hashes = new Int32Array(64); // the FNV-1a hash of the bytes, when numOk is 3
    // 0: nothing computed; 1: nums holds the field's value, computed while scanning; 2: that number went to
    // its sink; 3: hashes holds the bytes' hash; 4: the value went to its category sink.
    numOk = new Uint8Array(64);
    allTaken = false;
    start(i) {
        return this.starts[i];
    }
    end(i) {
        return this.ends[i];
    }
    escaped(i) {
        return this.flags[i] === 1;
    }
    text(i) {
        const s = this.bytes.toString('utf8', this.starts[i], this.ends[i]);
        return this.flags[i] === 1 ? s.replaceAll('""', '"') : s;
    }
    taken(i) {
        const k = this.numOk[i];
        return k === 2 || k === 4;
    }
    number(i) {
        const k = this.numOk[i];
        if (k === 1 || k === 2)
            return this.nums[i];
        return parseDecimal(this.bytes, this.starts[i], this.ends[i]);
    }
    missing(i) {
        const s = this.starts[i];
        const e = this.ends[i];
        if (s === e)
            return true;
        if (e - s > 9 || !MISSING_FIRST_BYTES[this.bytes[s]])
            return false;
        return MISSING_TOKENS.has(this.bytes.toString('latin1', s, e));
    }
    texts() {
        const out = [];
        for (let i = 0; i < this.length; i++)
            out.push(this.text(i));
        return out;
    }
    grow() {
        const n = this.starts.length * 2;
        const s = new Int32Array(n);
        s.set(this.starts);
        const e = new Int32Array(n);
        e.set(this.ends);
        const f = new Uint8Array(n);
        f.set(this.flags);
        const v = new Float64Array(n);
        v.set(this.nums);
        const o = new Uint8Array(n);
        o.set(this.numOk);
        const h = new Int32Array(n);
        h.set(this.hashes);
        this.starts = s;
        this.ends = e;
        this.flags = f;
        this.nums = v;
        this.numOk = o;
        this.hashes = h;
    }
}
/**
 * Push-style parser: feed it chunks, it calls `onRecord` for every complete record (header included).
 * Returning `false` from the callback stops the parse.
 */
class csv_scanner_CsvParser {
    onRecord;
    sep;
    file;
    maxRecord;
    view = new RecordView();
    pending = null; // bytes of an incomplete record carried to the next chunk
    joined = Buffer.alloc(0); // reused for pending + chunk (no new buffer per chunk)
    line = 1; // line of the next record's first byte
    first = true;
    stopped = false;
    /** Bytes consumed so far (for progress). */
    bytesDone = 0;
    numeric;
    /** 1 for the bytes that end an unquoted field: the separator, LF and CR. */
    stops = new Uint8Array(256);
    /** The largest of those bytes. */
    stopMax;
    sinks;
    categorical;
    categorySinks;
    // Direct mode (expectDirect): per field 1 (a number column) or 2 (a category sink), and where they go.
    directKinds;
    directNumbers = [];
    directCategories = [];
    directData = [];
    directBase = new Int32Array(0);
    directTaken = new Int32Array(1);
    /** Records whose values went straight to the direct-mode columns (the record callback never saw them). */
    directRecords = 0;
    /**
     * Marks columns expected to hold numbers: their plain decimals are computed while the bytes are
     * scanned, so `record.number(i)` costs nothing more (a hint: any column may still be read as text).
     * With `sinks`, a plain decimal of column i goes straight to sinks[i] and `record.taken(i)` is true:
     * the record callback has nothing left to do for that field. Both arrays may change between records.
     */
    expectNumbers(columns, sinks) {
        this.numeric = columns;
        this.sinks = sinks;
        this.view.numOk.fill(0); // parse leaves numOk alone while no column is typed: start from nothing computed
    }
    /**
     * Marks columns holding categories: their unquoted fields are hashed while scanned and, once the record
     * is complete, offered to sinks[i] (see CategorySink); `record.taken(i)` is true when the sink took it.
     * A column marked by expectNumbers too is read as numbers. Both arrays may change between records.
     */
    expectCategories(columns, sinks) {
        this.categorical = columns;
        this.categorySinks = sinks;
        this.view.numOk.fill(0);
    }
    /**
     * Direct mode, for readers that want nothing from a data record but its values: every field is either a
     * number column (`numbers[f]`, written in place) or a category sink (`categories[f]`). A record that is
     * one line of exactly that many unquoted fields, each number a plain decimal (as `expectNumbers` computes
     * them) and each category not empty and not starting like a missing-value token, then goes straight to
     * the columns, never to the record callback, and is counted in `directRecords`. Any other record (quotes,
     * missing values, exponents, a wrong field count, a lone CR, a full number column) reaches the callback
     * exactly as without direct mode, so the callback stays the one place for errors and odd values.
     * A category sink in direct mode must take every value it is offered. `undefined` ends direct mode.
     */
    expectDirect(columns) {
        if (!columns) {
            this.directKinds = undefined;
            return;
        }
        const width = columns.numbers.length;
        const kinds = new Uint8Array(width);
        const empty = new Float64Array(0);
        const placeholder = { data: empty, length: 0 };
        this.directNumbers = [];
        this.directData.length = 0;
        for (let f = 0; f < width; f++) {
            const column = columns.numbers[f];
            if (column)
                kinds[f] = 1;
            else if (columns.categories[f])
                kinds[f] = 2;
            else {
                // A field with nowhere to go: the callback must see every record.
                this.directKinds = undefined;
                return;
            }
            this.directNumbers.push(column ?? placeholder);
            this.directData.push(empty);
        }
        this.directCategories = columns.categories.slice(0, width);
        this.directBase = new Int32Array(width);
        while (this.view.starts.length < width)
            this.view.grow();
        this.directKinds = kinds;
    }
    constructor(onRecord, options = {}) {
        this.onRecord = onRecord;
        const separator = options.separator ?? ',';
        if (separator.length !== 1 || separator.charCodeAt(0) > 0x7f || separator === '"' || separator === '\n' || separator === '\r') {
            throw new src_errors/* DhowError */.Bp('usage', `the CSV separator must be one ASCII character other than a quote or a line end, got ${JSON.stringify(separator)}`);
        }
        this.sep = separator.charCodeAt(0);
        this.file = options.file ?? '<input>';
        this.maxRecord = options.maxRecordBytes ?? MAX_CSV_RECORD_BYTES;
        this.stops[this.sep] = 1;
        this.stops[csv_scanner_LF] = 1;
        this.stops[csv_scanner_CR] = 1;
        this.stopMax = Math.max(this.sep, csv_scanner_LF, csv_scanner_CR);
    }
    get done() {
        return this.stopped;
    }
    /** Parses a chunk; the scanner keeps (copies) the start of a record the chunk cuts, for the next one. */
    push(chunk) {
        if (this.stopped || chunk.length === 0)
            return;
        let buf = chunk;
        if (this.pending) {
            const pending = this.pending;
            const total = pending.length + chunk.length;
            if (this.joined.length < total)
                this.joined = Buffer.allocUnsafe(Math.max(total, this.joined.length * 2));
            pending.copy(this.joined, 0);
            chunk.copy(this.joined, pending.length);
            buf = this.joined.subarray(0, total);
            this.pending = null;
        }
        const consumed = this.feed(buf, false);
        if (consumed < buf.length && !this.stopped)
            this.pending = Buffer.from(buf.subarray(consumed));
    }
    /**
     * Parses the whole records at the start of `buf` and returns the bytes they took; the rest (a record the
     * bytes cut) is the caller's to hand over again, followed by more bytes, or with `last` when none follow.
     * For readers that place the next read right after that rest themselves (readCsvFile): no chunk is copied.
     * An incomplete record longer than the limit is refused here, so memory stays bounded by the limit plus
     * one chunk. Do not mix with push/finish.
     */
    feed(buf, last) {
        if (this.stopped)
            return buf.length;
        let skip = 0;
        if (this.first) {
            if (buf.length < 3 && buf[0] === 0xef && !last)
                return 0; // a byte order mark may be cut
            this.first = false;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                skip = 3;
        }
        const consumed = skip + this.parse(skip === 0 ? buf : buf.subarray(skip), last);
        this.bytesDone += consumed;
        if (!last && !this.stopped && buf.length - consumed > this.maxRecord)
            throw this.tooLong(this.line);
        return consumed;
    }
    tooLong(line) {
        const limit = this.maxRecord % (1 << 20) === 0 ? `${this.maxRecord >> 20} MiB` : `${this.maxRecord} bytes`;
        return new src_errors/* DhowError */.Bp('invalid-input', `the record is longer than ${limit}, the most a CSV record may hold`, { file: this.file, line });
    }
    /** Ends the input: a last record without a line end is delivered; an open quote is an error. */
    finish() {
        if (this.stopped)
            return;
        const rest = this.pending;
        this.pending = null;
        if (rest)
            this.feed(rest, true);
    }
    /** Parses whole records from buf; returns how many bytes were consumed. */
    parse(buf, last) {
        const sep = this.sep;
        const view = this.view;
        const numeric = this.numeric;
        const numericCount = numeric ? numeric.length : 0;
        const sinks = this.sinks;
        const categorical = this.categorical;
        const categoricalCount = categorical ? categorical.length : 0;
        const categorySinks = this.categorySinks;
        const stops = this.stops;
        const stopMax = this.stopMax;
        const typed = numericCount > 0 || categoricalCount > 0;
        const n = buf.length;
        view.bytes = buf;
        let pos = 0; // start of the current record
        let line = this.line;
        while (pos < n) {
            if (this.directKinds !== undefined) {
                // As many records as direct mode takes; the one it stops at (if any) is parsed below.
                const before = this.directRecords;
                pos = this.directRun(buf, pos, n);
                line += this.directRecords - before;
                if (pos >= n)
                    break;
            }
            let i = pos;
            let field = 0;
            let lines = 0; // line ends inside quoted fields of this record
            let complete = false;
            let starts = view.starts;
            let ends = view.ends;
            let flags = view.flags;
            let numOk = view.numOk;
            // One record.
            for (;;) {
                if (field === starts.length) {
                    view.grow();
                    starts = view.starts;
                    ends = view.ends;
                    flags = view.flags;
                    numOk = view.numOk;
                }
                if (i < n && buf[i] === QUOTE) {
                    const closed = this.closingQuote(buf, i, last, line + lines);
                    if (closed < 0)
                        return this.stopAt(pos, line);
                    lines += this.quotedLines;
                    starts[field] = i + 1;
                    ends[field] = closed;
                    flags[field] = this.quotedDoubled;
                    numOk[field] = 0;
                    field++;
                    i = closed + 1;
                    if (i >= n) {
                        if (!last)
                            return this.stopAt(pos, line);
                        complete = true;
                        break;
                    }
                    const c = buf[i];
                    if (c === sep) {
                        i++;
                        continue;
                    }
                    if (c === csv_scanner_LF) {
                        i++;
                        complete = true;
                        break;
                    }
                    if (c === csv_scanner_CR) {
                        if (i + 1 >= n && !last)
                            return this.stopAt(pos, line);
                        i += i + 1 < n && buf[i + 1] === csv_scanner_LF ? 2 : 1;
                        complete = true;
                        break;
                    }
                    throw new src_errors/* DhowError */.Bp('invalid-input', `unexpected text after a closing quote (field ${field})`, { file: this.file, line: line + lines });
                }
                // Unquoted field: scan to the separator or the line end.
                const s = i;
                let c = 0;
                if (field < numericCount && numeric[field] === 1) {
                    i = this.numberField(buf, i, field);
                    c = i < n ? buf[i] : 0;
                }
                else if (field < categoricalCount && categorical[field] === 1) {
                    i = this.categoryField(buf, i, field);
                    c = i < n ? buf[i] : 0;
                }
                else {
                    // Most bytes of text are above every byte that ends a field: one comparison passes them.
                    while (i < n) {
                        c = buf[i];
                        if (c > stopMax) {
                            i++;
                            continue;
                        }
                        if (stops[c] === 1)
                            break;
                        i++;
                    }
                    if (typed)
                        numOk[field] = 0; // without typed columns it is never set
                }
                starts[field] = s;
                ends[field] = i;
                flags[field] = 0;
                field++;
                if (i >= n) {
                    if (!last)
                        return this.stopAt(pos, line);
                    complete = true;
                    break;
                }
                if (c === sep) {
                    i++;
                    continue;
                }
                if (c === csv_scanner_LF) {
                    i++;
                    complete = true;
                    break;
                }
                // CR: CRLF, or a lone CR as a line end.
                if (i + 1 >= n && !last)
                    return this.stopAt(pos, line);
                i += i + 1 < n && buf[i + 1] === csv_scanner_LF ? 2 : 1;
                complete = true;
                break;
            }
            if (!complete)
                break;
            if (i - pos > this.maxRecord)
                throw this.tooLong(line);
            const recordLine = line;
            line += lines + 1;
            // A blank line (one empty unquoted field) is skipped.
            if (!(field === 1 && ends[0] === starts[0] && flags[0] === 0 && (buf[pos] === csv_scanner_LF || buf[pos] === csv_scanner_CR || pos >= n))) {
                // Only a complete record hands its values to the sinks (an incomplete one is scanned again).
                const taken = sinks !== undefined || categorySinks !== undefined ? this.offer(buf, field) : 0;
                view.allTaken = taken === field;
                view.line = recordLine;
                view.length = field;
                if (this.onRecord(view) === false) {
                    this.stopped = true;
                    this.line = line;
                    return i;
                }
            }
            pos = i;
        }
        this.line = line;
        return pos;
    }
    /**
     * An unquoted field of a column expected to hold numbers, from i: accumulates the digits while scanning
     * (plain decimals only; anything else is left to parseDecimal when the number is asked for). Returns the
     * field's end. A method of its own, so that readers without typed columns (fairness) never compile it.
     */
    numberField(buf, i, field) {
        const view = this.view;
        const stops = this.stops;
        const n = buf.length;
        const s = i;
        let m = 0;
        let dot = -1;
        let plain = 1;
        if (i < n && buf[i] === 0x2d)
            i++;
        const digitsStart = i;
        while (i < n) {
            const c = buf[i];
            const d = c - 0x30;
            if (d >>> 0 <= 9)
                m = m * 10 + d;
            else if (stops[c] === 1)
                break;
            else if (c === 0x2e && dot < 0)
                dot = i;
            else
                plain = 0;
            i++;
        }
        const digits = i - digitsStart - (dot < 0 ? 0 : 1);
        if (plain === 1 && digits > 0 && digits <= 15) {
            const v = dot < 0 ? m : m / POW10[i - dot - 1];
            view.nums[field] = buf[s] === 0x2d ? -v : v;
            view.numOk[field] = 1;
        }
        else
            view.numOk[field] = 0;
        return i;
    }
    /** An unquoted field of a categorical column, from i: hashes the bytes while scanning them; returns its end. */
    categoryField(buf, i, field) {
        const stops = this.stops;
        const n = buf.length;
        let h = FNV_OFFSET;
        while (i < n) {
            const c = buf[i];
            if (stops[c] === 1)
                break;
            h = Math.imul(h ^ c, FNV_PRIME);
            i++;
        }
        this.view.hashes[field] = h;
        this.view.numOk[field] = 3;
        return i;
    }
    /** Line ends inside the quoted field closingQuote last found, and 1 when it holds doubled quotes. */
    quotedLines = 0;
    quotedDoubled = 0;
    /**
     * The closing quote of the quoted field opening at i (doubled quotes skipped), or -1 when the bytes end
     * first and more may come; at the end of the input an open quote is an error naming the field's line.
     */
    closingQuote(buf, i, last, fieldLine) {
        const n = buf.length;
        let j = i + 1;
        let doubled = 0;
        let closed = -1;
        for (;;) {
            const q = buf.indexOf(QUOTE, j);
            if (q < 0)
                break;
            if (q + 1 < n && buf[q + 1] === QUOTE) {
                doubled = 1;
                j = q + 2;
                continue;
            }
            if (q + 1 >= n && !last)
                break; // the next byte decides: wait for it
            closed = q;
            break;
        }
        if (closed < 0) {
            if (!last)
                return -1;
            throw new src_errors/* DhowError */.Bp('invalid-input', 'a quoted field is not closed before the end of the input', { file: this.file, line: fieldLine });
        }
        let lines = 0;
        for (let k = i + 1; k < closed; k++)
            if (buf[k] === csv_scanner_LF)
                lines++;
        this.quotedLines = lines;
        this.quotedDoubled = doubled;
        return closed;
    }
    /** Hands a complete record's values computed during the scan to their sinks; returns how many were taken. */
    offer(buf, fields) {
        const view = this.view;
        const numOk = view.numOk;
        const sinks = this.sinks;
        const categorySinks = this.categorySinks;
        const numberSinks = sinks === undefined ? 0 : sinks.length;
        const categoryCount = categorySinks === undefined ? 0 : categorySinks.length;
        let taken = 0;
        for (let f = 0; f < fields; f++) {
            const k = numOk[f];
            if (k === 1) {
                const sink = f < numberSinks ? sinks[f] : undefined;
                if (sink !== undefined) {
                    sink.push(view.nums[f]);
                    numOk[f] = 2;
                    taken++;
                }
            }
            else if (k === 3) {
                const sink = f < categoryCount ? categorySinks[f] : undefined;
                if (sink !== undefined && sink.add(buf, view.starts[f], view.ends[f], view.hashes[f])) {
                    numOk[f] = 4;
                    taken++;
                }
            }
        }
        return taken;
    }
    /**
     * Direct mode for one stretch of a buffer (see expectDirect): parses records from pos while they qualify
     * and the number columns have room, writes their values in place, and returns where it stopped (the
     * start of the first record it did not take). Number columns' lengths move once, at the end.
     */
    directRun(buf, pos, n) {
        const kinds = this.directKinds;
        const numbers = this.directNumbers;
        const data = this.directData;
        const base = this.directBase;
        let room = 0x7fffffff;
        for (let f = 0; f < kinds.length; f++) {
            if (kinds[f] !== 1)
                continue;
            const column = numbers[f];
            data[f] = column.data;
            base[f] = column.length;
            room = Math.min(room, column.data.length - column.length);
        }
        this.directTaken[0] = 0;
        const end = this.directLoop(buf, pos, n, room);
        const records = this.directTaken[0];
        if (records > 0) {
            for (let f = 0; f < kinds.length; f++)
                if (kinds[f] === 1)
                    numbers[f].length += records;
            this.directRecords += records;
        }
        return end;
    }
    /**
     * The records themselves. A record is committed only once all its fields qualified: its numbers are
     * already in place (beyond the columns' lengths until then), its categories are offered, and
     * directTaken[0] counts it. Nothing follows the loop but the return: V8 compiles this loop while it
     * runs (on-stack replacement), and code after it, never run by then, would throw that code away.
     */
    directLoop(buf, pos, n, room) {
        const kinds = this.directKinds;
        const width = kinds.length;
        const categories = this.directCategories;
        const data = this.directData;
        const base = this.directBase;
        const taken = this.directTaken;
        const view = this.view;
        const starts = view.starts;
        const ends = view.ends;
        const hashes = view.hashes;
        const sep = this.sep;
        const stops = this.stops;
        const maxRecord = this.maxRecord;
        let records = 0;
        let start = pos;
        record: while (records < room && start < n) {
            let i = start;
            for (let f = 0;;) {
                if (i >= n)
                    break record;
                const s = i;
                let c = buf[i];
                if (kinds[f] === 1) {
                    // Digits, then optionally a dot and more digits: a plain decimal, as the general path reads it.
                    let m = 0;
                    if (c === 0x2d)
                        i++;
                    const digitsStart = i;
                    let d = 0;
                    while (i < n && (d = buf[i] - 0x30) >>> 0 <= 9) {
                        m = m * 10 + d;
                        i++;
                    }
                    let dot = 0;
                    let fraction = 0;
                    if (i < n && buf[i] === 0x2e) {
                        dot = 1;
                        const fractionStart = ++i;
                        while (i < n && (d = buf[i] - 0x30) >>> 0 <= 9) {
                            m = m * 10 + d;
                            i++;
                        }
                        fraction = i - fractionStart;
                    }
                    if (i >= n)
                        break record;
                    c = buf[i];
                    if (stops[c] !== 1)
                        break record;
                    const digits = i - digitsStart - dot;
                    if (digits <= 0 || digits > 15)
                        break record;
                    const v = fraction === 0 ? m : m / POW10[fraction];
                    data[f][base[f] + records] = buf[s] === 0x2d ? -v : v;
                }
                else {
                    // Not empty, not quoted, not possibly missing.
                    if (DIRECT_REFUSED_FIRST_BYTES[c] === 1 || stops[c] === 1)
                        break record;
                    let h = FNV_OFFSET;
                    while (i < n) {
                        c = buf[i];
                        if (stops[c] === 1)
                            break;
                        h = Math.imul(h ^ c, FNV_PRIME);
                        i++;
                    }
                    if (i >= n)
                        break record;
                    starts[f] = s;
                    ends[f] = i;
                    hashes[f] = h;
                }
                f++;
                if (c === sep) {
                    if (f === width)
                        break record;
                    i++;
                    continue;
                }
                if (f !== width)
                    break record;
                if (c === csv_scanner_LF)
                    i++;
                else if (i + 1 < n && buf[i + 1] === csv_scanner_LF)
                    i += 2; // CRLF
                else
                    break record; // a lone CR, or CR at the end of the buffer: the general path decides
                break;
            }
            if (i - start > maxRecord)
                break record; // the general path refuses it
            for (let f = 0; f < width; f++)
                if (kinds[f] === 2)
                    categories[f].add(buf, starts[f], ends[f], hashes[f]);
            taken[0] = ++records;
            start = i;
        }
        return start;
    }
    stopAt(pos, line) {
        this.line = line;
        return pos;
    }
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const NUMBER_TEXT = /^\s*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity)\s*$/i;
/**
 * The number in bytes [start, end), or NaN when the field is empty or not a decimal number.
 * Plain forms ([+-]digits[.digits][e[+-]digits], up to 15 significant digits and a power of ten up to 22)
 * are computed exactly from the bytes (one correctly rounded multiplication or division, Clinger's fast
 * path); anything else goes through Number(), restricted to decimal text (no hex, no "Infinity" spelling
 * games beyond inf/infinity, which pandas accepts too).
 */
function parseDecimal(bytes, start, end) {
    let i = start;
    if (i >= end)
        return NaN;
    let c = bytes[i];
    let negative = false;
    if (c === 0x2d) {
        negative = true;
        i++;
    }
    else if (c === 0x2b)
        i++;
    const first = i;
    let mantissa = 0;
    let digits = 0; // significant digits (leading zeros do not count)
    let dot = -1;
    for (; i < end; i++) {
        c = bytes[i] - 0x30;
        if (c >= 0 && c <= 9) {
            mantissa = mantissa * 10 + c;
            if (mantissa !== 0)
                digits++;
        }
        else if (c === -2 && dot < 0)
            dot = i;
        else
            break;
    }
    const mantissaEnd = i;
    // No digit at all ("", "-", ".", "e5"): not a plain number.
    if (mantissaEnd === first || (dot >= 0 && mantissaEnd === first + 1))
        return slowDecimal(bytes, start, end);
    let exponent = dot < 0 ? 0 : dot + 1 - mantissaEnd;
    if (i < end) {
        c = bytes[i];
        if (c !== 0x65 && c !== 0x45)
            return slowDecimal(bytes, start, end);
        i++;
        let expNegative = false;
        if (i < end && (bytes[i] === 0x2d || bytes[i] === 0x2b)) {
            expNegative = bytes[i] === 0x2d;
            i++;
        }
        const expStart = i;
        let e = 0;
        for (; i < end; i++) {
            c = bytes[i] - 0x30;
            if (c < 0 || c > 9)
                return slowDecimal(bytes, start, end);
            if (e < 100000)
                e = e * 10 + c;
        }
        if (i === expStart)
            return slowDecimal(bytes, start, end);
        exponent += expNegative ? -e : e;
    }
    if (digits > 15)
        return slowDecimal(bytes, start, end);
    let value;
    if (exponent === 0 || mantissa === 0)
        value = mantissa;
    else if (exponent > 0 && exponent <= 22)
        value = mantissa * POW10[exponent];
    else if (exponent < 0 && exponent >= -22)
        value = mantissa / POW10[-exponent];
    else
        return slowDecimal(bytes, start, end);
    return negative ? -value : value;
}
function slowDecimal(bytes, start, end) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
    if (!NUMBER_TEXT.test(text))
        return NaN;
    const t = text.trim().toLowerCase();
    if (t.endsWith('inf') || t.endsWith('infinity'))
        return t.startsWith('-') ? -Infinity : Infinity;
    return Number(t);
}

;// CONCATENATED MODULE: ./src/io/csv.ts
/**
 * CSV readers over the scanner (src/io/csv-scanner.ts, which owns the dialect, line numbers, limits and
 * errors): a whole buffer, a file streamed in chunks (`readCsvFile`), rows as strings of selected columns
 * (`csvRows`); and what readers share: column selection, header and data quoting for messages (an error
 * must not print what it read), and byte interning (`ByteInterner`).
 */




/** Parses a whole buffer. */
function parseCsvBuffer(buffer, onRecord, options = {}) {
    const parser = new CsvParser(onRecord, options);
    parser.push(buffer);
    parser.finish();
}
/** Room before each read for the record the previous read cut (a longer one is joined by a copy). */
const READ_RESERVE = 1 << 16;
/** Streams a file through the parser in chunks; memory stays at two chunks plus one record. */
async function readCsvFile(path, onRecord, options = {}) {
    const file = options.file ?? path;
    const parser = new csv_scanner_CsvParser(onRecord, { ...options, file });
    options.withParser?.(parser);
    if (options.chunks) {
        let done = 0;
        for (const chunk of options.chunks) {
            parser.push(chunk);
            options.onProgress?.((done += chunk.length), done);
            if (parser.done)
                return;
        }
        return parser.finish();
    }
    const handle = await (0,promises_.open)(path, 'r').catch((error) => {
        throw new src_errors/* DhowError */.Bp('not-found', `cannot open the file: ${error.code ?? error.message}`, { file, cause: error });
    });
    // Two buffers, taking turns: the next chunk is read (on libuv's thread pool) while this one is parsed.
    // Each read lands after a reserve; the record the previous chunk cut is copied into the reserve, right
    // before the read's bytes, so only that record's bytes are copied, never a whole chunk.
    let next;
    try {
        const total = (await handle.stat()).size;
        const size = options.chunkSize ?? 1 << 20;
        let chunk = Buffer.allocUnsafe(READ_RESERVE + size);
        let spare = Buffer.allocUnsafe(READ_RESERVE + size);
        let rest = Buffer.alloc(0); // unparsed bytes of the previous input, in the spare buffer
        let done = 0;
        next = handle.read(chunk, READ_RESERVE, size, null);
        for (;;) {
            const { bytesRead } = await next;
            next = undefined;
            if (bytesRead === 0)
                break;
            done += bytesRead;
            let input;
            if (rest.length <= READ_RESERVE) {
                rest.copy(chunk, READ_RESERVE - rest.length);
                input = chunk.subarray(READ_RESERVE - rest.length, READ_RESERVE + bytesRead);
            }
            else
                input = Buffer.concat([rest, chunk.subarray(READ_RESERVE, READ_RESERVE + bytesRead)]); // a long record
            if (bytesRead === size)
                next = handle.read(spare, READ_RESERVE, size, null);
            const consumed = parser.feed(input, false);
            options.onProgress?.(done, total);
            if (parser.done)
                return;
            rest = input.subarray(consumed);
            if (!next)
                next = handle.read(spare, READ_RESERVE, size, null);
            [chunk, spare] = [spare, chunk];
        }
        parser.feed(rest, true);
    }
    finally {
        // A read still in flight (the parser stopped or threw) must end before the file is closed.
        await next?.catch(() => undefined);
        await handle.close();
    }
}
/**
 * Reads a CSV file with a header and yields, for each data row, the selected columns as strings.
 * Convenient, and allocates per row: prefer `readCsvFile` with a `CsvRecord` for large inputs.
 */
async function* csvRows(path, options = {}) {
    const queue = [];
    let header;
    let indexes = [];
    // A bad record stops the parse; the rows before it are still yielded, then the error is thrown.
    let failure;
    const parser = new CsvParser((record) => {
        try {
            if (!header) {
                header = record.texts();
                indexes = selectColumns(header, options.columns, path);
                return;
            }
            checkWidth(record, header.length, path);
            queue.push({ line: record.line, values: indexes.map((i) => record.text(i)) });
        }
        catch (error) {
            failure = error;
            return false;
        }
    }, { file: path, ...options });
    const handle = await open(path, 'r').catch((error) => {
        throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
    });
    try {
        const size = options.chunkSize ?? 1 << 20;
        const chunk = Buffer.allocUnsafe(size);
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, size, null);
            if (bytesRead === 0)
                break;
            parser.push(chunk.subarray(0, bytesRead));
            while (queue.length > 0)
                yield { ...queue.shift(), header: header };
            if (failure)
                throw failure;
        }
        parser.finish();
        while (queue.length > 0)
            yield { ...queue.shift(), header: header };
        if (failure)
            throw failure;
        if (!header)
            throw new DhowError('invalid-input', 'the file is empty (no header row)', { file: path });
    }
    finally {
        await handle.close();
    }
}
/** Indexes of the named columns in a header (all columns when names is undefined); unknown names are errors. */
function selectColumns(header, names, file) {
    if (!names)
        return header.map((_, i) => i);
    return names.map((name) => {
        const i = header.indexOf(name);
        if (i < 0)
            throw new DhowError('invalid-input', `no such column ${quoteData(name)}; ${describeHeader(header)}`, { file, field: name });
        return i;
    });
}
/** A column name as a header of data would spell it: letters, digits, marks and a little punctuation. */
const PLAIN_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}\p{M} _.\-()%#/]{0,63}$/u;
const MAX_NAMES_SHOWN = 50;
/**
 * The header's names for an error message, only when it looks like a header of column names (at most 50
 * plain names, none with "=", control characters or the like). Anything else may be a file that was never
 * data (an environment listing, a key) and is not repeated: an error must not print what it read.
 */
function describeHeader(names) {
    if (names.length === 0 || names.length > MAX_NAMES_SHOWN || !names.every((n) => PLAIN_NAME.test(n))) {
        return 'the first line does not look like a header of column names, so it is not repeated here';
    }
    return `the columns are ${names.map((n) => JSON.stringify(n)).join(', ')}`;
}
/** Text from a data file or a policy for a message: cut to `max` characters and JSON-escaped (quotes, control bytes). */
function quoteData(text, max = 64) {
    const chars = [...text];
    return JSON.stringify(chars.length > max ? `${chars.slice(0, max).join('')}…` : text);
}
/** A data record must have as many fields as the header. */
function checkWidth(record, width, file) {
    if (record.length !== width) {
        throw new DhowError('invalid-input', `the row has ${record.length} fields, the header has ${width}`, { file, line: record.line });
    }
}
/**
 * Maps byte strings to dense integer ids without building a string per occurrence: an open-addressing
 * hash table (FNV-1a) over a byte arena. `values[id]` is the decoded string, built once per distinct value.
 */
class ByteInterner {
    values = [];
    arena = new Uint8Array(4096);
    arenaUsed = 0;
    offsets = new Int32Array(64);
    lengths = new Int32Array(64);
    hashes = new Int32Array(64);
    table = new Int32Array(128).fill(-1);
    scratch = Buffer.alloc(256);
    get size() {
        return this.values.length;
    }
    /** The id of field i of a record (doubled quotes undone). */
    idOfField(record, i) {
        const s = record.start(i);
        const e = record.end(i);
        if (!record.escaped(i))
            return this.id(record.bytes, s, e);
        const text = record.text(i);
        const len = Buffer.byteLength(text);
        if (len > this.scratch.length)
            this.scratch = Buffer.alloc(len * 2);
        this.scratch.write(text, 0, 'utf8');
        return this.id(this.scratch, 0, len);
    }
    /** The id of a string value. */
    idOfString(text) {
        const bytes = Buffer.from(text, 'utf8');
        return this.id(bytes, 0, bytes.length);
    }
    /** The id of bytes [start, end). */
    id(bytes, start, end) {
        let h = FNV_OFFSET;
        for (let k = start; k < end; k++)
            h = Math.imul(h ^ bytes[k], FNV_PRIME);
        return this.idHashed(bytes, start, end, h);
    }
    /** The id of bytes [start, end) whose FNV-1a hash (as the CSV parser computes it) is h. */
    idHashed(bytes, start, end, h) {
        const table = this.table;
        const mask = table.length - 1;
        const len = end - start;
        let slot = h & mask;
        for (;;) {
            const id = table[slot];
            if (id < 0)
                break;
            if (this.hashes[id] === h && this.lengths[id] === len) {
                const off = this.offsets[id];
                let k = 0;
                while (k < len && this.arena[off + k] === bytes[start + k])
                    k++;
                if (k === len)
                    return id;
            }
            slot = (slot + 1) & mask;
        }
        return this.insert(bytes, start, end, h, slot);
    }
    insert(bytes, start, end, h, slot) {
        const id = this.values.length;
        const len = end - start;
        if (this.arenaUsed + len > this.arena.length) {
            const a = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + len));
            a.set(this.arena);
            this.arena = a;
        }
        this.arena.set(bytes.subarray(start, end), this.arenaUsed);
        if (id === this.offsets.length) {
            this.offsets = growInt32(this.offsets);
            this.lengths = growInt32(this.lengths);
            this.hashes = growInt32(this.hashes);
        }
        this.offsets[id] = this.arenaUsed;
        this.lengths[id] = len;
        this.hashes[id] = h;
        this.arenaUsed += len;
        this.values.push(Buffer.from(bytes.buffer, bytes.byteOffset + start, len).toString('utf8'));
        this.table[slot] = id;
        if ((id + 1) * 2 > this.table.length)
            this.rehash();
        return id;
    }
    rehash() {
        const table = new Int32Array(this.table.length * 2).fill(-1);
        const mask = table.length - 1;
        for (let id = 0; id < this.values.length; id++) {
            let slot = this.hashes[id] & mask;
            while (table[slot] >= 0)
                slot = (slot + 1) & mask;
            table[slot] = id;
        }
        this.table = table;
    }
}
function growInt32(a) {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
}

;// CONCATENATED MODULE: ./src/metrics/csv-columns.ts
/**
 * The projected CSV reader for metrics that count (fairness): a sink on the one CSV scanner (CsvParser in
 * src/io/csv.ts, which owns the dialect, the line numbers, the limits and the errors) that hands on only the
 * byte ranges of the few columns asked for, by slot (their position in the request). It adds the header
 * handshake (`onHeader` names the columns wanted) and refuses a row whose field count differs from the
 * header's, naming the file and line.
 */



/** One record, valid only during the callback (reused). Ranges are by slot: the position in the asked columns. */
class ProjectedRecord {
    line = 1;
    /** Number of fields in the record (all columns, asked for or not). */
    fields = 0;
    bytes = Buffer.alloc(0);
    start;
    end;
    /** 1 when the field was quoted and holds doubled quotes (its bytes are not its value yet). */
    escaped;
    constructor(slots) {
        this.start = new Int32Array(slots);
        this.end = new Int32Array(slots);
        this.escaped = new Uint8Array(slots);
    }
    /** The value of a slot as a string (UTF-8, doubled quotes undone). */
    text(slot) {
        const s = this.bytes.toString('utf8', this.start[slot], this.end[slot]);
        return this.escaped[slot] === 1 ? s.replaceAll('""', '"') : s;
    }
}
/**
 * The sink: turns the scanner's records into projected records. `onHeader` gets the header's names and
 * returns the column indexes wanted (slots in that order); `onRecord` gets every data record.
 */
class Projection {
    file;
    onHeader;
    onRecord;
    /** The header's field count; -1 until the header was read. */
    width = -1;
    columns = new Int32Array(0);
    record = new ProjectedRecord(0);
    constructor(file, onHeader, onRecord) {
        this.file = file;
        this.onHeader = onHeader;
        this.onRecord = onRecord;
    }
    /** The scanner's callback. */
    take = (record) => {
        const width = this.width;
        if (width < 0)
            return this.header(record);
        if (record.length !== width) {
            throw new src_errors/* DhowError */.Bp('invalid-input', `the row has ${record.length} fields, the header has ${width}`, { file: this.file, line: record.line });
        }
        const view = this.record;
        const columns = this.columns;
        const start = view.start;
        const end = view.end;
        const escaped = view.escaped;
        const starts = record.starts;
        const ends = record.ends;
        const flags = record.flags;
        for (let slot = 0; slot < columns.length; slot++) {
            const c = columns[slot];
            start[slot] = starts[c];
            end[slot] = ends[c];
            escaped[slot] = flags[c];
        }
        view.bytes = record.bytes;
        view.line = record.line;
        view.fields = record.length;
        this.onRecord(view);
    };
    header(record) {
        const names = record.texts();
        const wanted = this.onHeader(names, record.line);
        this.columns = Int32Array.from(wanted);
        this.record = new ProjectedRecord(wanted.length);
        this.width = names.length;
    }
}
/**
 * Push-style reader over chunks: `push` them, then `finish`. `onHeader` gets the header's names and returns
 * the column indexes wanted (slots in that order); `onRecord` gets every data record.
 */
class ProjectedCsvScanner {
    projection;
    parser;
    constructor(onHeader, onRecord, options = {}) {
        this.projection = new Projection(options.file ?? '<input>', onHeader, onRecord);
        this.parser = new CsvParser(this.projection.take, options);
    }
    /** True once the header was read. */
    get started() {
        return this.projection.width >= 0;
    }
    push(chunk) {
        this.parser.push(chunk);
    }
    finish() {
        this.parser.finish();
    }
}
/** Streams a file through the projection; memory stays at two reads plus one record (see readCsvFile). */
async function scanCsvColumns(path, onHeader, onRecord, options = {}) {
    const file = options.file ?? path;
    const projection = new Projection(file, onHeader, onRecord);
    await readCsvFile(path, projection.take, { ...options, file });
    return { headerRead: projection.width >= 0 };
}
/** The header line may be at most this long: a "header" without a line end for megabytes is not one. */
const MAX_HEADER_BYTES = MAX_CSV_RECORD_BYTES;
/**
 * The header's names only (reads no further than the header line, at most 4 MiB). For checking the columns
 * a caller needs before a full scan, with a message of its own.
 */
async function readCsvHeader(path, options = {}) {
    let names;
    const file = options.file ?? path;
    const size = 1 << 16;
    // The parser's own limit is above the header's, so that the header's message (with its reason) comes first.
    const parser = new csv_scanner_CsvParser((record) => {
        names = record.texts();
        return false; // the header is all this reader wants: data rows are the full scan's business
    }, { ...options, file, maxRecordBytes: MAX_HEADER_BYTES + 2 * size });
    const handle = await (0,promises_.open)(path, 'r').catch((error) => {
        throw new src_errors/* DhowError */.Bp('not-found', `cannot open the file: ${error.code ?? error.message}`, { file, cause: error });
    });
    try {
        const chunk = Buffer.allocUnsafe(size);
        let total = 0;
        while (names === undefined) {
            const { bytesRead } = await handle.read(chunk, 0, size, null);
            if (bytesRead === 0) {
                parser.finish();
                break;
            }
            total += bytesRead;
            parser.push(chunk.subarray(0, bytesRead));
            if (names === undefined && total > MAX_HEADER_BYTES) {
                throw new src_errors/* DhowError */.Bp('invalid-input', `the first line is longer than ${MAX_HEADER_BYTES >> 20} MiB: not a header of column names`, { file, line: 1 });
            }
        }
    }
    finally {
        await handle.close();
    }
    if (names === undefined)
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the file is empty (no header row)', { file });
    return names;
}

;// CONCATENATED MODULE: ./src/metrics/fairness.ts
/**
 * Group fairness of a binary classifier with Fairlearn's definitions (fairlearn.metrics, MetricFrame).
 *
 * Per group and overall: selection rate (share predicted positive), TPR and FPR (sklearn's confusion matrix
 * normalized by true class with nan_to_num: a group with no positives has TPR 0, one with no negatives FPR 0),
 * accuracy and count. From them:
 *   demographic_parity_*  on selection rate       equal_opportunity_*  on TPR
 *   equalized_odds_*      on TPR and FPR, combined with `agg`: worst_case (the larger difference, the smaller
 *                         ratio, with Python's max/min semantics) or mean (pandas mean, NaN skipped)
 * `method` between_groups: difference max - min, ratio min / max; to_overall: difference max |group - overall|,
 * ratio min over groups of group/overall folded below 1. A ratio that is 0/0 is NaN (JSON null), as in pandas;
 * NaN groups are skipped by min/max as pandas does.
 *
 * Several group columns form intersectional groups keyed by their values joined with "," (a "," or "\" inside
 * a value is escaped with "\"). Only combinations that occur are reported (Fairlearn also lists absent
 * combinations, as NaN rows that no disparity uses). Labels and predictions must be binary: {0, 1}, {-1, 1}
 * or {false, true} (1 and true are positive), or any two values with --positive-label. The positive label
 * applies to every metric (Fairlearn's selection_rate always counts pos_label=1, so this equals Fairlearn on
 * labels binarized to 0/1).
 *
 * Fairlearn's `sample_weight` (a weight column): every count becomes a sum of weights, so selection rate,
 * TPR, FPR and accuracy are the weighted ones Fairlearn's metrics compute (sklearn's confusion matrix with
 * sample_weight); `count` stays the number of rows, as Fairlearn's `count` takes no weight. Fairlearn's
 * `control_features` (control columns): MetricFrame's by-group, overall and difference/ratio are computed
 * within each control stratum (`by_control`, keyed like groups); the top-level figures stay the whole data's.
 * Equalized odds per stratum combines the stratum's TPR and FPR disparities as `agg` says.
 *
 * The CSV streams through a projected scan (`csv-columns.ts`, the dialect of `src/io/csv.ts`) that records only
 * the label, prediction and group columns; counters are per group only: memory does not grow with the rows.
 */



/** Metrics of one confusion matrix, as Fairlearn/sklearn compute them. */
function groupMetrics(c) {
    const total = c.tp + c.fp + c.tn + c.fn;
    const positives = c.tp + c.fn;
    const negatives = c.fp + c.tn;
    return {
        selection_rate: (c.tp + c.fp) / total,
        tpr: positives > 0 ? c.tp / positives : 0,
        fpr: negatives > 0 ? c.fp / negatives : 0,
        accuracy: (c.tp + c.tn) / total,
        count: c.rows ?? total,
    };
}
/** pandas Series.max()/min(): NaN skipped, NaN when nothing is left. */
function nanMax(values) {
    let out = Number.NaN;
    for (const v of values)
        if (!Number.isNaN(v) && (Number.isNaN(out) || v > out))
            out = v;
    return out;
}
function nanMin(values) {
    let out = Number.NaN;
    for (const v of values)
        if (!Number.isNaN(v) && (Number.isNaN(out) || v < out))
            out = v;
    return out;
}
/** MetricFrame.difference for one metric. */
function difference(byGroup, overall, method = 'between_groups') {
    if (method === 'between_groups') {
        const min = nanMin(byGroup);
        return nanMax(byGroup.map((v) => Math.abs(v - min)));
    }
    return nanMax(byGroup.map((v) => Math.abs(v - overall)));
}
/** MetricFrame.ratio for one metric. */
function ratio(byGroup, overall, method = 'between_groups') {
    if (method === 'between_groups')
        return nanMin(byGroup) / nanMax(byGroup);
    return nanMin(byGroup.map((v) => {
        const r = v / overall;
        return r > 1 ? 1 / r : r;
    }));
}
/** Python's builtin max(a, b) / min(a, b) over a two-element Series: the first wins unless the second compares. */
function pyMax2(a, b) {
    return b > a ? b : a;
}
function pyMin2(a, b) {
    return b < a ? b : a;
}
/** pandas Series.mean() of two values, NaN skipped. */
function nanMean2(a, b) {
    const vals = [a, b].filter((v) => !Number.isNaN(v));
    return vals.length === 0 ? Number.NaN : vals.reduce((s, v) => s + v, 0) / vals.length;
}
/** Computes the whole report from per-group confusion counts (groups in the order they should be listed). */
function fairnessFromCounts(groups, options = {}) {
    const method = options.method ?? 'between_groups';
    const agg = options.agg ?? 'worst_case';
    const minSize = options.minGroupSize ?? 1;
    if (groups.size === 0)
        throw new src_errors/* DhowError */.Bp('invalid-input', 'no rows: nothing to measure', { file: options.file });
    const total = { tp: 0, fp: 0, tn: 0, fn: 0 };
    let rows;
    const byGroup = {};
    const small = [];
    for (const [key, c] of groups) {
        total.tp += c.tp;
        total.fp += c.fp;
        total.tn += c.tn;
        total.fn += c.fn;
        if (c.rows !== undefined)
            rows = (rows ?? 0) + c.rows;
        byGroup[key] = groupMetrics(c);
        if (byGroup[key].count < minSize)
            small.push(key);
    }
    if (small.length > 0 && (options.smallGroups ?? 'error') === 'error') {
        throw new src_errors/* DhowError */.Bp('invalid-input', `${small.length} group(s) have fewer than ${minSize} rows`, {
            file: options.file,
            reasons: small.map((k) => `group ${quoteData(k)}: ${byGroup[k].count} rows`),
        });
    }
    const overall = groupMetrics(rows === undefined ? total : { ...total, rows });
    const list = Object.values(byGroup);
    const col = (m) => list.map((g) => g[m]);
    const tprDiff = difference(col('tpr'), overall.tpr, method);
    const fprDiff = difference(col('fpr'), overall.fpr, method);
    const tprRatio = ratio(col('tpr'), overall.tpr, method);
    const fprRatio = ratio(col('fpr'), overall.fpr, method);
    return {
        overall,
        by_group: byGroup,
        demographic_parity_difference: difference(col('selection_rate'), overall.selection_rate, method),
        demographic_parity_ratio: ratio(col('selection_rate'), overall.selection_rate, method),
        equal_opportunity_difference: tprDiff,
        equal_opportunity_ratio: tprRatio,
        equalized_odds_difference: agg === 'worst_case' ? pyMax2(tprDiff, fprDiff) : nanMean2(tprDiff, fprDiff),
        equalized_odds_ratio: agg === 'worst_case' ? pyMin2(tprRatio, fprRatio) : nanMean2(tprRatio, fprRatio),
        small_groups: small,
    };
}
/** Joins the values of several group columns into one key: "," between values, "\" escapes "," and "\". */
function groupKey(values) {
    return values.length === 1 ? values[0] : values.map((v) => v.replace(/[\\,]/g, (c) => `\\${c}`)).join(',');
}
/** In-memory convenience (tests, small data): Fairlearn's API shape over arrays. */
function fairnessFromArrays(yTrue, yPred, sensitive, options = {}) {
    const counter = new LabelledGroupCounter(options.positiveLabel, options.file ?? '<arrays>');
    yTrue.forEach((t, i) => {
        const s = sensitive[i];
        const key = groupKey(Array.isArray(s) ? s.map(String) : [String(s)]);
        counter.add(key, String(t), String(yPred[i]), i + 1);
    });
    return fairnessFromCounts(counter.confusion(), options);
}
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** The value a label reads as (pandas-like): numbers by value ("1.0" is "1"), true/false as 1/0. */
function canonicalLabel(raw) {
    const t = raw.trim();
    if (NUMERIC.test(t))
        return String(Number(t));
    const lower = t.toLowerCase();
    if (lower === 'true')
        return '1';
    if (lower === 'false')
        return '0';
    return t;
}
function isMissingValue(raw) {
    return MISSING_TOKENS.has(raw.trim());
}
/**
 * Counts (group, label, prediction) triples by raw label text and decides the positive label at the end,
 * so one pass suffices. Raw label values are few (a binary column); a column with many distinct values is
 * refused as soon as it shows more than two canonical values.
 */
class LabelledGroupCounter {
    positiveLabel;
    file;
    labelField;
    positiveLabelName;
    /** raw label/prediction text -> id; first line each was seen on, for errors. */
    labelIds = new Map();
    labelTexts = [];
    labelLines = [];
    canonical = new Set();
    /** group key -> counts by (labelId * 16 + predId). */
    groups = new Map();
    constructor(positiveLabel, file, labelField = 'label', 
    /** How the caller's users name the positive label, for messages (the CLI: `--positive-label`). */
    positiveLabelName = SEMANTIC_NAMES.positiveLabel) {
        this.positiveLabel = positiveLabel;
        this.file = file;
        this.labelField = labelField;
        this.positiveLabelName = positiveLabelName;
    }
    /** The id of a raw label text (registers it, checking it is not missing and the column stays binary). */
    labelId(raw, line, field) {
        let id = this.labelIds.get(raw);
        if (id !== undefined)
            return id;
        if (isMissingValue(raw))
            throw new src_errors/* DhowError */.Bp('invalid-input', `empty or missing value ${quoteData(raw, 16)}`, { file: this.file, line, field });
        id = this.labelTexts.length;
        if (id >= 16)
            throw this.notBinary(line, field);
        this.labelIds.set(raw, id);
        this.labelTexts.push(raw);
        this.labelLines.push(line);
        this.canonical.add(canonicalLabel(raw));
        if (this.canonical.size > 2)
            throw this.notBinary(line, field);
        return id;
    }
    notBinary(line, field) {
        return new src_errors/* DhowError */.Bp('invalid-input', `labels and predictions must take at most two values; seen ${[...this.canonical]
            .slice(0, 5)
            .map((v) => quoteData(v, 16))
            .join(', ')}${this.canonical.size > 5 ? ', …' : ''}`, { file: this.file, line, field });
    }
    /** The counters of a group, indexed by labelId * 16 + predictionId (the hot loop increments them directly). */
    countsFor(key) {
        let counts = this.groups.get(key);
        if (!counts) {
            counts = new Float64Array(256);
            this.groups.set(key, counts);
        }
        return counts;
    }
    addIds(key, labelId, predId) {
        this.countsFor(key)[labelId * 16 + predId] += 1;
    }
    add(key, label, prediction, line) {
        this.addIds(key, this.labelId(label, line, this.labelField), this.labelId(prediction, line, 'prediction'));
    }
    /** Resolves the positive label and returns the confusion counts per group, groups sorted by key. */
    confusion() {
        const values = [...this.canonical];
        let positive;
        if (this.positiveLabel !== undefined) {
            positive = canonicalLabel(this.positiveLabel);
            if (values.length === 2 && !values.includes(positive)) {
                throw new src_errors/* DhowError */.Bp('invalid-input', `${this.positiveLabelName} ${quoteData(this.positiveLabel, 16)} is not one of the labels (${values.map((v) => quoteData(v, 16)).join(', ')})`, {
                    file: this.file,
                    field: this.labelField,
                });
            }
        }
        else {
            const set = new Set(values);
            const within = (allowed) => [...set].every((v) => allowed.includes(v));
            if (!within(['0', '1']) && !within(['-1', '1'])) {
                const firstOdd = this.labelTexts.findIndex((t) => !['0', '1', '-1'].includes(canonicalLabel(t)));
                throw new src_errors/* DhowError */.Bp('invalid-input', `labels are not binary 0/1, -1/1 or true/false (seen ${values.map((v) => quoteData(v, 16)).join(', ')}): give ${this.positiveLabelName}`, { file: this.file, line: this.labelLines[Math.max(0, firstOdd)], field: this.labelField });
            }
            positive = '1';
        }
        const isPositive = this.labelTexts.map((t) => canonicalLabel(t) === positive);
        const out = new Map();
        for (const key of [...this.groups.keys()].sort(compareKeys)) {
            const counts = this.groups.get(key);
            const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
            for (let l = 0; l < this.labelTexts.length; l++) {
                for (let p = 0; p < this.labelTexts.length; p++) {
                    const n = counts[l * 16 + p];
                    if (n === 0)
                        continue;
                    if (isPositive[l]) {
                        if (isPositive[p])
                            c.tp += n;
                        else
                            c.fn += n;
                    }
                    else if (isPositive[p])
                        c.fp += n;
                    else
                        c.tn += n;
                }
            }
            out.set(key, c);
        }
        return out;
    }
}
/** Groups sort like pandas' groupby on numeric-looking values (by number), else by code point. */
function compareKeys(a, b) {
    if (NUMERIC.test(a) && NUMERIC.test(b))
        return Number(a) - Number(b);
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Ids for the few distinct values of a group column: a direct-mapped cache keyed by length, first and last
 * byte, checked byte by byte, in front of a ByteInterner (which hashes every byte). Rows repeat a handful of
 * values, so nearly every lookup is one compare of a few bytes.
 */
class ColumnValues {
    interner = new ByteInterner();
    slots = new Int32Array(4096).fill(-1);
    known = [];
    id(bytes, s, e) {
        const len = e - s;
        const slot = len === 0 ? 0 : (len * 0x9e5 + (bytes[s] << 4) + bytes[e - 1] * 31) & 4095;
        const candidate = this.slots[slot];
        if (candidate >= 0) {
            const v = this.known[candidate];
            if (v.length === len) {
                let k = 0;
                while (k < len && v[k] === bytes[s + k])
                    k++;
                if (k === len)
                    return candidate;
            }
        }
        const id = this.interner.id(bytes, s, e);
        if (this.known[id] === undefined)
            this.known[id] = Uint8Array.from(bytes.subarray(s, e));
        this.slots[slot] = id;
        return id;
    }
}
const SEMANTIC_NAMES = {
    label: 'the label column',
    prediction: 'the prediction column',
    group: 'the group columns',
    positiveLabel: 'the positive label',
    weight: 'the weight column',
    control: 'the control columns',
};
/** Streams a CSV file and computes the fairness report. Errors name the file, line and column. */
async function fairnessFromCsv(path, options) {
    // Errors name the input as the caller knows it (`options.file`, e.g. the path a policy wrote), else the path.
    const file = options.file ?? path;
    const givenBy = { ...SEMANTIC_NAMES, ...options.givenBy };
    if (options.group.length === 0)
        throw new src_errors/* DhowError */.Bp('usage', 'at least one group column is needed', { field: givenBy.group });
    if (options.weight !== undefined || (options.control ?? []).length > 0)
        return weightedFairnessFromCsv(path, file, givenBy, options);
    const counter = new LabelledGroupCounter(options.positiveLabel, file, options.label, givenBy.positiveLabel);
    const groupNames = options.group;
    const groupCount = groupNames.length;
    const columns = groupNames.map(() => new ColumnValues());
    const groupInterners = columns.map((c) => c.interner);
    // Per-group counters reached without building a string per row: by the group value's id for one column,
    // by the pair of ids for two, by the joined key beyond (a rare configuration).
    const countsById = [];
    const countsByPair = [];
    const groupIds = new Int32Array(groupCount);
    // Labels: one-byte values ("0", "1") through a 256-entry table, longer ones through an interner.
    const byteLabel = new Int16Array(256).fill(-1);
    const labelCache = new ByteInterner();
    const labelIdOf = [];
    // Column numbers (0-based) of the slots: 0 label, 1 prediction, 2.. groups.
    let columnOf = [];
    let rows = 0;
    const slowLabelId = (record, slot, field) => {
        const s = record.start[slot];
        const e = record.end[slot];
        if (s === e)
            throw cellError(file, record.line, field, columnOf[slot], 'is empty');
        const iid = record.escaped[slot] === 1 ? labelCache.idOfString(record.text(slot)) : labelCache.id(record.bytes, s, e);
        let id = labelIdOf[iid];
        if (id === undefined) {
            id = counter.labelId(labelCache.values[iid], record.line, field);
            labelIdOf[iid] = id;
        }
        if (e - s === 1 && record.escaped[slot] === 0)
            byteLabel[record.bytes[s]] = id;
        return id;
    };
    // Ids are dense and grow by one, so a value is new exactly when its id reaches the count validated so far.
    const validated = new Int32Array(groupCount);
    const groupId = (record, g) => {
        const slot = 2 + g;
        const s = record.start[slot];
        const e = record.end[slot];
        if (s === e)
            throw cellError(file, record.line, groupNames[g], columnOf[slot], 'is empty');
        const id = record.escaped[slot] === 1 ? groupInterners[g].idOfString(record.text(slot)) : columns[g].id(record.bytes, s, e);
        if (id >= validated[g]) {
            const value = groupInterners[g].values[id];
            if (isMissingValue(value))
                throw cellError(file, record.line, groupNames[g], columnOf[slot], `holds a missing value (${quoteData(value, 16)})`);
            validated[g] = id + 1;
        }
        return id;
    };
    const column0 = columns[0];
    const column1 = columns[1] ?? column0;
    const keyOf = () => groupKey(Array.from(groupIds, (id, g) => groupInterners[g].values[id]));
    const { headerRead } = await scanCsvColumns(path, (names, line) => {
        const find = (name, flag) => {
            const i = names.indexOf(name);
            if (i < 0) {
                throw new src_errors/* DhowError */.Bp('invalid-input', `no column ${quoteData(name)} (given by ${flag}); ${describeHeader(names)}`, {
                    file,
                    line,
                    field: name,
                });
            }
            return i;
        };
        columnOf = [find(options.label, givenBy.label), find(options.prediction, givenBy.prediction), ...groupNames.map((g) => find(g, givenBy.group))];
        return columnOf;
    }, (record) => {
        const bytes = record.bytes;
        let s = record.start[0];
        let labelId = record.end[0] - s === 1 ? byteLabel[bytes[s]] : -1;
        if (labelId < 0)
            labelId = slowLabelId(record, 0, options.label);
        s = record.start[1];
        let predId = record.end[1] - s === 1 ? byteLabel[bytes[s]] : -1;
        if (predId < 0)
            predId = slowLabelId(record, 1, options.prediction);
        let counts;
        if (groupCount === 1) {
            const id = groupId(record, 0);
            counts = countsById[id];
            if (!counts) {
                groupIds[0] = id;
                counts = counter.countsFor(keyOf());
                countsById[id] = counts;
            }
        }
        else if (groupCount === 2) {
            // Inline fast path: plain (unescaped, non-empty) values already validated; anything else via groupId.
            let a = -1;
            let b = -1;
            let gs = record.start[2];
            let ge = record.end[2];
            if (gs < ge && record.escaped[2] === 0) {
                a = column0.id(bytes, gs, ge);
                if (a >= validated[0])
                    a = -1;
            }
            if (a < 0)
                a = groupId(record, 0);
            gs = record.start[3];
            ge = record.end[3];
            if (gs < ge && record.escaped[3] === 0) {
                b = column1.id(bytes, gs, ge);
                if (b >= validated[1])
                    b = -1;
            }
            if (b < 0)
                b = groupId(record, 1);
            let row = countsByPair[a];
            if (!row) {
                row = [];
                countsByPair[a] = row;
            }
            counts = row[b];
            if (!counts) {
                groupIds[0] = a;
                groupIds[1] = b;
                counts = counter.countsFor(keyOf());
                row[b] = counts;
            }
        }
        else {
            for (let g = 0; g < groupCount; g++)
                groupIds[g] = groupId(record, g);
            // Beyond two columns: the joined key (a rare configuration, one string per row).
            counts = counter.countsFor(keyOf());
        }
        counts[labelId * 16 + predId] += 1;
        rows++;
    }, { separator: options.separator, file });
    if (!headerRead)
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the file is empty (no header row)', { file });
    if (rows === 0)
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the file has a header but no rows', { file });
    return fairnessFromCounts(counter.confusion(), { ...options, file });
}
function cellError(file, line, field, col, what) {
    return new src_errors/* DhowError */.Bp('invalid-input', `column ${col + 1} ${what}`, { file, line, field });
}
// Separates a control stratum's key from a group's key inside one counter key (neither can hold a NUL: keys
// are CSV cell texts joined by groupKey, and a NUL would need escaping nowhere else).
const STRATUM = '\u0000';
/**
 * The sample_weight / control_features path: one row at a time through the same projected scan, each count a
 * sum of weights. It builds a key per row, so it is slower than the plain path, which stays as it is.
 */
async function weightedFairnessFromCsv(path, file, givenBy, options) {
    const control = options.control ?? [];
    const counter = new LabelledGroupCounter(options.positiveLabel, file, options.label, givenBy.positiveLabel);
    const rows = new Map();
    let columnOf = [];
    let count = 0;
    const hasWeight = options.weight !== undefined;
    const groupSlots = options.group.map((_, g) => 2 + g);
    const controlSlots = control.map((_, c) => 2 + options.group.length + c);
    const weightSlot = 2 + options.group.length + control.length;
    const names = [options.label, options.prediction, ...options.group, ...control, ...(hasWeight ? [options.weight] : [])];
    const flags = [givenBy.label, givenBy.prediction, ...options.group.map(() => givenBy.group), ...control.map(() => givenBy.control), givenBy.weight];
    const cell = (record, slot) => {
        const value = record.text(slot);
        if (value === '' || isMissingValue(value))
            throw cellError(file, record.line, names[slot], columnOf[slot], 'is empty or missing');
        return value;
    };
    const { headerRead } = await scanCsvColumns(path, (header, line) => {
        columnOf = names.map((name, i) => {
            const at = header.indexOf(name);
            if (at < 0)
                throw new src_errors/* DhowError */.Bp('invalid-input', `no column ${quoteData(name)} (given by ${flags[i]}); ${describeHeader(header)}`, { file, line, field: name });
            return at;
        });
        return columnOf;
    }, (record) => {
        const label = counter.labelId(cell(record, 0), record.line, options.label);
        const prediction = counter.labelId(cell(record, 1), record.line, options.prediction);
        let weight = 1;
        if (hasWeight) {
            const text = cell(record, weightSlot).trim();
            weight = NUMERIC.test(text) ? Number(text) : Number.NaN;
            if (!Number.isFinite(weight) || weight < 0)
                throw cellError(file, record.line, options.weight, columnOf[weightSlot], 'must be a number >= 0');
        }
        const key = `${groupKey(controlSlots.map((s) => cell(record, s)))}${STRATUM}${groupKey(groupSlots.map((s) => cell(record, s)))}`;
        counter.countsFor(key)[label * 16 + prediction] += weight;
        rows.set(key, (rows.get(key) ?? 0) + 1);
        count++;
    }, { separator: options.separator, file });
    if (!headerRead)
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the file is empty (no header row)', { file });
    if (count === 0)
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the file has a header but no rows', { file });
    const whole = new Map();
    const strata = new Map();
    for (const [key, c] of counter.confusion()) {
        const at = key.indexOf(STRATUM);
        const stratum = key.slice(0, at);
        const group = key.slice(at + 1);
        const counts = { ...c, rows: rows.get(key) };
        const sum = whole.get(group) ?? { tp: 0, fp: 0, tn: 0, fn: 0, rows: 0 };
        whole.set(group, { tp: sum.tp + c.tp, fp: sum.fp + c.fp, tn: sum.tn + c.tn, fn: sum.fn + c.fn, rows: sum.rows + counts.rows });
        if (!strata.has(stratum))
            strata.set(stratum, new Map());
        strata.get(stratum).set(group, counts);
    }
    const sorted = (m) => new Map([...m].sort(([a], [b]) => compareKeys(a, b)));
    const report = fairnessFromCounts(sorted(whole), { ...options, file });
    if (control.length === 0)
        return report;
    const byControl = {};
    for (const [stratum, groups] of sorted(strata))
        byControl[stratum] = fairnessFromCounts(sorted(groups), { ...options, file });
    return { ...report, by_control: byControl };
}

;// CONCATENATED MODULE: ./src/gates/fairness.ts
/**
 * The fairness source of a gate: Fairlearn's definitions over a streamed CSV (src/metrics/fairness.ts),
 * turned into the values gates read. A ratio with nothing to divide by (NaN) has no value: a gate on it is
 * inconclusive rather than passing or failing on a number that is not one. The columns the policy names
 * are checked against the header first, with a message that repeats the header only when it looks like one.
 */




const finite = (value) => (Number.isFinite(value) ? value : null);
/** Every column the policy names is in the header; the error never prints the header unless it is one. */
async function checkColumns(settings) {
    const file = settings.name ?? settings.input;
    const header = await readCsvHeader(settings.input, { file });
    const givenBy = { label: 'source.label', prediction: 'source.prediction', group: 'source.group', ...settings.givenBy };
    const wanted = [
        [settings.label, givenBy.label],
        [settings.prediction, givenBy.prediction],
        ...settings.groups.map((g) => [g, givenBy.group]),
    ];
    for (const [name, by] of wanted) {
        if (!header.includes(name)) {
            const quoted = quoteData(name);
            // The field is the name as quoted (cut, escaped): a policy's text never reaches a message raw.
            throw new src_errors/* DhowError */.Bp('invalid-input', `no column ${quoted} (given by ${by}); ${describeHeader(header)}`, { file, line: 1, field: quoted.slice(1, -1) });
        }
    }
}
async function measureFairness(settings) {
    await checkColumns(settings);
    const report = await fairnessFromCsv(settings.input, {
        label: settings.label,
        prediction: settings.prediction,
        group: settings.groups,
        positiveLabel: settings.positiveLabel,
        method: settings.method,
        agg: settings.agg,
        minGroupSize: settings.minGroupSize,
        file: settings.name ?? settings.input,
        givenBy: settings.givenBy,
    });
    return {
        values: {
            demographic_parity_difference: finite(report.demographic_parity_difference),
            demographic_parity_ratio: finite(report.demographic_parity_ratio),
            equal_opportunity_difference: finite(report.equal_opportunity_difference),
            equal_opportunity_ratio: finite(report.equal_opportunity_ratio),
            equalized_odds_difference: finite(report.equalized_odds_difference),
            equalized_odds_ratio: finite(report.equalized_odds_ratio),
            accuracy: finite(report.overall.accuracy),
            selection_rate: finite(report.overall.selection_rate),
            tpr: finite(report.overall.tpr),
            fpr: finite(report.overall.fpr),
        },
        count: report.overall.count,
        byGroup: report.by_group,
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/gates/load.ts
/**
 * The load generator of the latency gate, against an HTTP endpoint (the served model).
 *
 * constant-rate: request i is scheduled at start + i/rate whatever happened before, and its latency counts
 * from that scheduled time, not from when it was actually sent. A server that stalls therefore shows the
 * stall in every request that had to wait for it, as users would see it; a closed loop (send, wait,
 * send) hides the stall behind the one request that met it ("coordinated omission", Gil Tene).
 * closed-loop: N connections, each sending its next request when the previous answer arrived; the
 * latency is the request's own round trip. Useful for throughput, optimistic for tails.
 *
 * Requests started in the warm-up are sent but not measured. Failed requests (connection errors,
 * timeouts, non-2xx) are counted, not measured.
 */





function target(options, sockets) {
    let url;
    try {
        url = new URL(options.url);
    }
    catch {
        throw new src_errors/* DhowError */.Bp('invalid-input', `"${options.url}" is not a URL`, { field: 'source.endpoint.url' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new src_errors/* DhowError */.Bp('invalid-input', `the latency endpoint must be http or https, not ${url.protocol}`, { field: 'source.endpoint.url' });
    }
    const client = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const headers = { ...options.headers };
    let body;
    if (options.body !== undefined) {
        body = Buffer.from(typeof options.body === 'string' ? options.body : JSON.stringify(options.body), 'utf8');
        if (typeof options.body !== 'string')
            headers['content-type'] ??= 'application/json; charset=utf-8';
        headers['content-length'] = String(body.length);
    }
    return {
        client,
        agent: new client.Agent({ keepAlive: true, maxSockets: sockets }),
        url,
        method: options.method ?? (body ? 'POST' : 'GET'),
        headers,
        body,
        timeoutMs: options.timeoutMs ?? 10_000,
    };
}
/** One request; resolves (never rejects) with an error reason or null, once the whole answer is read. */
function send(t) {
    return new Promise((resolve) => {
        const request = t.client.request(t.url, { method: t.method, headers: t.headers, agent: t.agent, signal: AbortSignal.timeout(t.timeoutMs) }, (response) => {
            response.on('data', () => { });
            response.on('error', (error) => resolve(error.message));
            response.on('end', () => {
                const status = response.statusCode ?? 0;
                resolve(status >= 200 && status < 300 ? null : `HTTP ${status}`);
            });
        });
        request.on('error', (error) => resolve(error.name === 'TimeoutError' || error.name === 'AbortError' ? `timed out after ${t.timeoutMs} ms` : error.message));
        request.end(t.body);
    });
}
async function generateLoad(options) {
    if (!(options.durationSeconds > 0))
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the load duration must be positive', { field: 'duration-seconds' });
    const warmupMs = (options.warmupSeconds ?? 0) * 1000;
    const latenciesMs = [];
    const errorReasons = new Set();
    let errors = 0;
    let warmupRequests = 0;
    const record = (measured, latency, error) => {
        if (!measured) {
            warmupRequests++;
        }
        else if (error === null) {
            latenciesMs.push(latency);
        }
        else {
            errors++;
            if (errorReasons.size < 5)
                errorReasons.add(error);
        }
    };
    /** What was measured since `start`, the warm-up left out. */
    const result = (start) => ({
        mode: options.mode,
        latenciesMs,
        errors,
        errorReasons: [...errorReasons],
        warmupRequests,
        elapsedSeconds: (external_node_perf_hooks_.performance.now() - start - warmupMs) / 1000,
    });
    if (options.mode === 'constant-rate') {
        const rate = options.rate ?? 10;
        const interval = 1000 / rate;
        const total = Math.floor(((warmupMs + options.durationSeconds * 1000) / 1000) * rate);
        // Enough sockets that the client is never the bottleneck; beyond them requests queue in the agent,
        // still measured from their scheduled time.
        const t = target(options, 512);
        const inFlight = new Set();
        const start = external_node_perf_hooks_.performance.now();
        let i = 0;
        try {
            while (i < total) {
                const wait = start + i * interval - external_node_perf_hooks_.performance.now();
                if (wait > 0)
                    await (0,external_node_timers_promises_.setTimeout)(wait);
                // Fire everything that is due, so a late timer never thins the schedule out.
                const now = external_node_perf_hooks_.performance.now();
                while (i < total && start + i * interval <= now) {
                    const scheduled = start + i * interval;
                    // Compared as offsets: (start + x) - start is not always x in floating point.
                    const measured = i * interval >= warmupMs;
                    const p = send(t).then((error) => record(measured, external_node_perf_hooks_.performance.now() - scheduled, error));
                    inFlight.add(p);
                    void p.finally(() => inFlight.delete(p));
                    i++;
                }
            }
            await Promise.all(inFlight);
        }
        finally {
            t.agent.destroy();
        }
        return result(start);
    }
    const connections = options.connections ?? 1;
    const t = target(options, connections);
    const start = external_node_perf_hooks_.performance.now();
    const end = start + warmupMs + options.durationSeconds * 1000;
    try {
        await Promise.all(Array.from({ length: connections }, async () => {
            while (external_node_perf_hooks_.performance.now() < end) {
                const sent = external_node_perf_hooks_.performance.now();
                const error = await send(t);
                record(sent - start >= warmupMs, external_node_perf_hooks_.performance.now() - sent, error);
            }
        }));
    }
    finally {
        t.agent.destroy();
    }
    return result(start);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/gpu/nvidia-smi.ts
/**
 * What nvidia-smi says about the GPUs of this machine: the device list (`-L`, with MIG devices), memory per
 * GPU (`--query-gpu`) and memory per process (`--query-compute-apps`). Parsers are pure and take the text
 * nvidia-smi prints; the `query*` functions run it. A machine without nvidia-smi, without a driver or
 * without devices is not an error here: it is a `GpuDetection` with `available: false` and a reason.
 */


/** The fields, in order, that `queryGpuMemory` and `queryComputeApps` ask for. */
const QUERY_GPU_FIELDS = ['index', 'uuid', 'name', 'memory.total', 'memory.used'];
const QUERY_COMPUTE_APPS_FIELDS = ['gpu_uuid', 'pid', 'used_memory'];
const GPU_LINE = /^GPU (\d+): (.+?) \(UUID: ([^)]+)\)\s*$/;
// "  MIG 1g.10gb     Device  0: (UUID: MIG-...)" (R470+) and "  MIG 1g.5gb Device 0: (UUID: MIG-GPU-.../7/0)" (R450).
const MIG_LINE = /^\s+MIG (\S+)\s+Device\s+(\d+): \(UUID: ([^)]+)\)\s*$/;
/** Parses `nvidia-smi -L`. Lines it does not recognise are an error: the format is a contract. */
function parseGpuList(text) {
    const gpus = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '')
            return;
        const gpu = GPU_LINE.exec(line);
        if (gpu) {
            gpus.push({ index: Number(gpu[1]), name: gpu[2], uuid: gpu[3], mig: [] });
            return;
        }
        const mig = MIG_LINE.exec(line);
        const owner = gpus.at(-1);
        if (mig && owner) {
            owner.mig.push({ profile: mig[1], index: Number(mig[2]), uuid: mig[3] });
            return;
        }
        throw new src_errors/* DhowError */.Bp('invalid-input', `unexpected line from nvidia-smi -L: ${JSON.stringify(line)}`, {
            file: 'nvidia-smi -L',
            line: i + 1,
        });
    });
    return gpus;
}
/** "[N/A]", "[Not Supported]", "[Insufficient Permissions]", "N/A" -> null; digits -> number. */
function parseMiB(value, where) {
    const v = value.trim();
    if (/^\[.*\]$/.test(v) || v === 'N/A')
        return null;
    if (!/^\d+(\.\d+)?$/.test(v)) {
        throw new src_errors/* DhowError */.Bp('invalid-input', `expected a number of MiB, got ${JSON.stringify(v)}`, where);
    }
    return Number(v);
}
function csvLines(text) {
    return text
        .split(/\r?\n/)
        .map((raw, i) => ({ raw, line: i + 1 }))
        .filter(({ raw }) => raw.trim() !== '')
        .map(({ raw, line }) => ({ cells: raw.split(',').map((c) => c.trim()), line }));
}
/** Parses `--query-gpu=index,uuid,name,memory.total,memory.used --format=csv,noheader,nounits`. */
function parseGpuMemory(text) {
    const file = 'nvidia-smi --query-gpu';
    return csvLines(text).map(({ cells, line }) => {
        if (cells.length < 5) {
            throw new src_errors/* DhowError */.Bp('invalid-input', `expected ${QUERY_GPU_FIELDS.join(', ')}, got ${cells.length} columns`, { file, line });
        }
        // A GPU name could hold a comma: the fixed columns are the first two and the last two.
        const [index, uuid] = cells;
        const total = cells.at(-2);
        const used = cells.at(-1);
        if (!/^\d+$/.test(index))
            throw new src_errors/* DhowError */.Bp('invalid-input', `GPU index ${JSON.stringify(index)} is not a number`, { file, line, field: 'index' });
        return {
            index: Number(index),
            uuid: uuid,
            name: cells.slice(2, -2).join(', '),
            totalMiB: parseMiB(total, { file, line, field: 'memory.total' }),
            usedMiB: parseMiB(used, { file, line, field: 'memory.used' }),
        };
    });
}
/** Parses `--query-compute-apps=gpu_uuid,pid,used_memory --format=csv,noheader,nounits`; "No running processes found" is []. */
function parseComputeApps(text) {
    const file = 'nvidia-smi --query-compute-apps';
    if (/^\s*No running (compute )?processes found\s*$/i.test(text))
        return [];
    return csvLines(text).map(({ cells, line }) => {
        if (cells.length !== 3) {
            throw new src_errors/* DhowError */.Bp('invalid-input', `expected ${QUERY_COMPUTE_APPS_FIELDS.join(', ')}, got ${cells.length} columns`, { file, line });
        }
        const [gpuUuid, pid, used] = cells;
        if (!/^\d+$/.test(pid))
            throw new src_errors/* DhowError */.Bp('invalid-input', `pid ${JSON.stringify(pid)} is not a number`, { file, line, field: 'pid' });
        return { gpuUuid, pid: Number(pid), usedMiB: parseMiB(used, { file, line, field: 'used_memory' }) };
    });
}
/** Runs nvidia-smi; never throws for a missing executable or a non-zero exit (callers classify those). */
function runNvidiaSmi(args, options = {}) {
    const path = options.path ?? 'nvidia-smi';
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(path, args, { env: options.env ?? process.env, timeout: options.timeoutMs ?? 15_000, maxBuffer: 8 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            if (error && error.code === 'ENOENT') {
                resolve({ exitCode: null, stdout: '', stderr: `${path}: not found` });
                return;
            }
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            resolve({ exitCode: code, stdout, stderr });
        });
    });
}
/** Names what went wrong with a failed nvidia-smi run, in the words a runner's owner would search for. */
function classifyFailure(result) {
    const text = `${result.stdout}\n${result.stderr}`.trim();
    if (result.exitCode === null)
        return { reason: 'missing', message: 'nvidia-smi is not installed or not on PATH' };
    if (/No devices were found/i.test(text))
        return { reason: 'no-devices', message: 'nvidia-smi found no GPUs' };
    if (/couldn't communicate with the NVIDIA driver|NVIDIA driver/i.test(text)) {
        return { reason: 'driver', message: `nvidia-smi could not talk to the NVIDIA driver: ${firstLine(text)}` };
    }
    return { reason: 'failed', message: `nvidia-smi exited with ${result.exitCode}: ${firstLine(text) || '(no output)'}` };
}
function firstLine(text) {
    return (text
        .split(/\r?\n/)
        .find((l) => l.trim() !== '')
        ?.trim() ?? '');
}
/** `nvidia-smi -L`: which GPUs (and MIG devices) this machine has, or why there are none. */
async function detectGpus(options = {}) {
    const result = await runNvidiaSmi(['-L'], options);
    if (result.exitCode !== 0 || /No devices were found/i.test(result.stdout))
        return { available: false, ...classifyFailure(result) };
    let gpus;
    try {
        gpus = parseGpuList(result.stdout);
    }
    catch (error) {
        // An unknown format must not fail a run that needs no GPU; one that does is refused with this message.
        return { available: false, reason: 'failed', message: `could not read the output of nvidia-smi -L: ${error.message}` };
    }
    if (gpus.length === 0)
        return { available: false, reason: 'no-devices', message: 'nvidia-smi found no GPUs' };
    return { available: true, gpus };
}
async function query(args, options) {
    const result = await runNvidiaSmi(args, options);
    if (result.exitCode !== 0) {
        throw new src_errors/* DhowError */.Bp('invalid-input', classifyFailure(result).message, { file: `nvidia-smi ${args[0]}` });
    }
    return result.stdout;
}
async function queryGpuMemory(options = {}) {
    return parseGpuMemory(await query([`--query-gpu=${QUERY_GPU_FIELDS.join(',')}`, '--format=csv,noheader,nounits'], options));
}
async function queryComputeApps(options = {}) {
    return parseComputeApps(await query([`--query-compute-apps=${QUERY_COMPUTE_APPS_FIELDS.join(',')}`, '--format=csv,noheader,nounits'], options));
}

// EXTERNAL MODULE: ./src/gpu/process-tree.ts
var process_tree = __webpack_require__(8972);
;// CONCATENATED MODULE: ./src/gpu/sampler.ts
/**
 * Measures the memory a command uses while it runs: GPU memory of its process tree (the compute apps
 * nvidia-smi lists whose pid is in the tree) and the resident memory of the tree, sampled every
 * `intervalMs`. The memory gate and the training runner read the peaks from `MemorySummary`.
 */





function startMemorySampler(options) {
    const intervalMs = options.intervalMs ?? 1000;
    const logger = options.logger ?? src_logger/* silentLogger */.qq;
    const smi = { path: options.nvidiaSmi, env: options.env };
    const perGpu = new Map();
    const state = { peakGpu: 0, peakRss: 0, samples: 0, stopped: false, warned: false, unknown: false, treeSeen: false };
    // The device-wide fallback: used memory per GPU at the first reading, and the largest rise since.
    const device = { baseline: new Map(), peakRise: 0, perGpu: new Map() };
    let detection = options.detection;
    let wake;
    async function sample() {
        const tree = await (0,process_tree/* processTree */.WZ)(options.rootPid);
        const inTree = new Set(tree);
        state.peakRss = Math.max(state.peakRss, await (0,process_tree/* treeRssBytes */.QS)(tree));
        if (detection?.available) {
            try {
                const used = new Map();
                for (const app of await queryComputeApps(smi)) {
                    if (!inTree.has(app.pid))
                        continue;
                    if (app.usedMiB === null)
                        state.unknown = true;
                    used.set(app.gpuUuid, (used.get(app.gpuUuid) ?? 0) + (app.usedMiB ?? 0));
                }
                if (used.size > 0)
                    state.treeSeen = true;
                if (!state.treeSeen)
                    await sampleDevices();
                let total = 0;
                for (const [uuid, mib] of used) {
                    total += mib;
                    const peak = perGpu.get(uuid) ?? { uuid, ...describeGpu(detection, uuid), peakMiB: 0 };
                    peak.peakMiB = Math.max(peak.peakMiB, mib);
                    perGpu.set(uuid, peak);
                }
                state.peakGpu = Math.max(state.peakGpu, total);
            }
            catch (error) {
                if (!state.warned)
                    logger.warning(`GPU memory sample failed (will keep trying): ${error.message}`);
                state.warned = true;
            }
        }
        state.samples++;
    }
    async function sampleDevices() {
        let rise = 0;
        for (const gpu of await queryGpuMemory(smi)) {
            if (gpu.usedMiB === null)
                continue;
            if (!device.baseline.has(gpu.uuid))
                device.baseline.set(gpu.uuid, gpu.usedMiB);
            const delta = Math.max(0, gpu.usedMiB - device.baseline.get(gpu.uuid));
            device.perGpu.set(gpu.uuid, Math.max(device.perGpu.get(gpu.uuid) ?? 0, delta));
            rise += delta;
        }
        device.peakRise = Math.max(device.peakRise, rise);
    }
    // Resident memory is sampled from the first tick; GPU memory once nvidia-smi has answered, so a slow
    // nvidia-smi never hides the start of a short command.
    const detecting = detection
        ? Promise.resolve()
        : detectGpus(smi).then((found) => {
            detection = found;
            if (!found.available)
                logger.debug(`no GPU memory to sample: ${found.message}`);
        });
    const loop = (async () => {
        while (!state.stopped) {
            await sample();
            if (state.stopped)
                break;
            await new Promise((resolve) => {
                const timer = setTimeout(resolve, intervalMs);
                wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
            });
        }
    })();
    return {
        async stop() {
            state.stopped = true;
            wake?.();
            await loop;
            await detecting;
            const available = detection?.available ?? false;
            const byDevice = available && !state.treeSeen && device.peakRise > 0;
            if (byDevice) {
                logger.warning(`nvidia-smi never listed a process of the training (its PIDs are in another namespace?): the peak GPU memory is the rise of the GPUs' used memory, ${device.peakRise} MiB, which counts every process on them`);
                for (const [uuid, rise] of device.perGpu)
                    if (rise > 0)
                        perGpu.set(uuid, { uuid, ...describeGpu(detection, uuid), peakMiB: rise });
            }
            return {
                peakGpuMemoryMiB: available ? (byDevice ? device.peakRise : state.peakGpu) : null,
                ...(available ? { gpuMeasurement: byDevice ? 'device-delta' : 'processes' } : {}),
                perGpu: [...perGpu.values()].sort((a, b) => (a.index ?? 0) - (b.index ?? 0) || a.uuid.localeCompare(b.uuid)),
                peakRssBytes: state.peakRss,
                samples: state.samples,
                gpuAvailable: available,
                ...(state.unknown ? { gpuMemoryUnknown: true } : {}),
                ...(detection && !detection.available ? { gpuUnavailableReason: detection.message } : {}),
            };
        },
    };
}
function describeGpu(detection, uuid) {
    if (!detection.available)
        return { index: null, name: null };
    const gpu = detection.gpus.find((g) => g.uuid === uuid || g.mig.some((m) => m.uuid === uuid));
    return gpu ? { index: gpu.index, name: gpu.name } : { index: null, name: null };
}
const TAIL_LINES = 20;
/** Runs a command to completion while sampling its memory; a command that cannot start is a DhowError. */
async function measureCommand(options) {
    const started = Date.now();
    // Listen for the signals that stop the command before it exists: a signal that arrives between the spawn and
    // the first await would otherwise kill dhow with its default action and leave the command running.
    let stoppedBy = null;
    const control = {};
    const onSignal = (signal) => {
        stoppedBy ??= signal;
        if (control.stop)
            void control.stop();
    };
    for (const signal of options.stopOn ?? [])
        process.on(signal, onSignal);
    const stopListening = () => {
        for (const signal of options.stopOn ?? [])
            process.off(signal, onSignal);
    };
    const child = (0,external_node_child_process_.spawn)(options.command, options.args ?? [], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so a timeout can stop everything it started.
        detached: true,
    });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const spawned = await new Promise((resolve) => {
        child.once('spawn', () => resolve(null));
        child.once('error', (error) => resolve(error));
    });
    if (spawned) {
        stopListening();
        const code = spawned.code === 'ENOENT' ? 'not-found' : 'invalid-input';
        throw new src_errors/* DhowError */.Bp(code, `command "${options.command}" could not be started: ${spawned.code === 'ENOENT' ? 'no such file or command' : spawned.message}`, {
            field: 'command',
        });
    }
    const sampler = startMemorySampler({
        rootPid: child.pid,
        intervalMs: options.intervalMs,
        nvidiaSmi: options.nvidiaSmi,
        env: options.env,
        logger: options.logger,
        detection: options.detection,
    });
    const stderrTail = [];
    const streams = [
        lines(child.stdout, (line) => options.onLine?.(line, 'stdout')),
        lines(child.stderr, (line) => {
            options.onLine?.(line, 'stderr');
            stderrTail.push(line);
            if (stderrTail.length > TAIL_LINES)
                stderrTail.shift();
        }),
    ];
    let timedOut = false;
    let killing;
    const stop = (control.stop = () => (killing ??= (0,process_tree/* killTree */.TP)(child.pid, { graceMs: options.killGraceMs ?? 10_000, processGroup: true })));
    // A signal that came while the command was starting stops it now.
    if (stoppedBy)
        void stop();
    const timer = options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            void stop();
        }, options.timeoutMs);
    const exit = await exited;
    if (timer)
        clearTimeout(timer);
    stopListening();
    await killing;
    // A background grandchild may still hold the pipes open: read what is there, then let go of them.
    const drained = await Promise.race([
        Promise.all(streams).then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), killing ? 500 : 2000).unref()),
    ]);
    if (!drained) {
        child.stdout?.destroy();
        child.stderr?.destroy();
        await Promise.all(streams);
    }
    const memory = await sampler.stop();
    return { exitCode: exit.code, signal: exit.signal, timedOut, stoppedBy, durationMs: Date.now() - started, memory, stderrTail };
}
/** Splits a stream into lines without keeping more than the current partial line. */
function lines(stream, onLine) {
    return new Promise((resolve) => {
        let partial = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
            const parts = (partial + chunk).split('\n');
            partial = parts.pop() ?? '';
            for (const part of parts)
                onLine(part.endsWith('\r') ? part.slice(0, -1) : part);
        });
        const end = () => {
            if (partial !== '')
                onLine(partial);
            partial = '';
            resolve();
        };
        stream.on('end', end);
        stream.on('close', end);
        stream.on('error', end);
    });
}

;// CONCATENATED MODULE: ./src/gpu/mig.ts
/**
 * MIG (Multi-Instance GPU) profiles per GPU model, from NVIDIA's MIG user guide ("Supported MIG
 * Profiles", https://docs.nvidia.com/datacenter/tesla/mig-user-guide/supported-mig-profiles.html).
 *
 * A GPU in MIG mode is cut into compute slices and memory slices, and how many depends on the model:
 * the A30 has 4 of each, the A100, H100 and H200 have 7 compute slices and 8 memory slices. A profile
 * "<c>g.<m>gb" takes c compute slices and the memory slices that hold about m GB; `maxInstances` is how
 * many instances of that one profile fit on the GPU at once.
 *
 * Sources: the A30 and A100 rows are the guide's tables. The H100 94GB/96GB and H200 rows (names and
 * instance counts) are NVIDIA's own tables of MIG-backed vGPU types ("Slices per vGPU", "Maximum vGPUs
 * per GPU", "Corresponding GPU Instance Profile") and the defaults of NVIDIA's mig-parted, which agree
 * with each other; they share the A100/H100 layout of 7 compute and 8 memory slices. B200 and GB200
 * are not here: their tables could not be read exactly.
 *
 * Media-extension profiles ("+me", e.g. 1g.10gb+me) are left out on purpose: each is the plain 1g (or,
 * on the A30, 2g) profile plus the GPU's one set of media engines, so at most one fits on a GPU; the
 * policy and Kubernetes schemas accept only "<c>g.<m>gb"; and their rows could not be read for every
 * GPU here.
 *
 * Lookups accept the names nvidia-smi prints ("NVIDIA H100 80GB HBM3", "NVIDIA H200", "NVIDIA A30",
 * "NVIDIA GH200 480GB") and the `nvidia.com/gpu.product` labels of GPU feature discovery
 * ("NVIDIA-A100-SXM4-80GB", "NVIDIA-H100-NVL").
 */

const p = (name, computeSlices, memorySlices, maxInstances) => ({
    name,
    computeSlices,
    memorySlices,
    memoryGB: Number(/\.(\d+)gb$/.exec(name)[1]),
    maxInstances,
});
/** The 7-compute / 8-memory slice layout that every Ampere A100 and Hopper table shares, with its memory sizes. */
const sevenSlice = (gb1, gb2, gb4, gb8) => ({
    computeSlices: 7,
    memorySlices: 8,
    profiles: [
        p(`1g.${gb1}gb`, 1, 1, 7),
        p(`1g.${gb2}gb`, 1, 2, 4),
        p(`2g.${gb2}gb`, 2, 2, 3),
        p(`3g.${gb4}gb`, 3, 4, 2),
        p(`4g.${gb4}gb`, 4, 4, 1),
        p(`7g.${gb8}gb`, 7, 8, 1),
    ],
});
const MIG_GPUS = {
    'A30-24GB': { computeSlices: 4, memorySlices: 4, profiles: [p('1g.6gb', 1, 1, 4), p('2g.12gb', 2, 2, 2), p('4g.24gb', 4, 4, 1)] },
    'A100-40GB': sevenSlice(5, 10, 20, 40),
    'A100-80GB': sevenSlice(10, 20, 40, 80),
    'H100-80GB': sevenSlice(10, 20, 40, 80),
    /** H100 NVL and H100 SXM5 94GB. */
    'H100-94GB': sevenSlice(12, 24, 47, 94),
    /** The H100 of a GH200 (96GB HBM3) and the H20 96GB. */
    'H100-96GB': sevenSlice(12, 24, 48, 96),
    /** H200 SXM5 and H200 NVL (and the H20 141GB). */
    'H200-141GB': sevenSlice(18, 35, 71, 141),
};
/** The profiles of each model (the `profiles` of MIG_GPUS). */
const MIG_PROFILES = Object.fromEntries(Object.entries(MIG_GPUS).map(([model, gpu]) => [model, gpu.profiles]));
/**
 * The MIG table a GPU name belongs to, or null for GPUs dhow has no MIG table for. Names are compared
 * by whole words ("A30" is not "RTX A3000", "H200" is not "GH200").
 */
function migGpuModel(gpuName) {
    const words = gpuName
        .toUpperCase()
        .split(/[\s_-]+/)
        .filter(Boolean);
    const has = (word) => words.includes(word);
    const n = words.join('-');
    if (has('A30'))
        return 'A30-24GB';
    if (n.includes('A100')) {
        if (n.includes('80GB'))
            return 'A100-80GB';
        if (n.includes('40GB'))
            return 'A100-40GB';
        return null;
    }
    if (has('GH200')) {
        // "NVIDIA GH200 480GB" (480GB of CPU memory beside a 96GB H100); the 144GB HBM3e GH200 has another table.
        if (/144G|HBM3E/.test(n))
            return null;
        return 'H100-96GB';
    }
    if (has('H200'))
        return 'H200-141GB';
    if (has('H20'))
        return /141GB|3E/.test(n) ? 'H200-141GB' : 'H100-96GB';
    if (n.includes('H100')) {
        if (has('NVL') || n.includes('94GB'))
            return 'H100-94GB';
        if (n.includes('96GB'))
            return 'H100-96GB';
        if (n.includes('64GB'))
            return null; // the H100 SXM5 64GB has a table of its own
        return 'H100-80GB';
    }
    return null;
}
/** "mig-1g.10gb", "MIG 1g.10gb", "nvidia.com/mig-1g.10gb" -> "1g.10gb". */
function normalizeMigProfile(profile) {
    return profile
        .trim()
        .replace(/^nvidia\.com\//i, '')
        .replace(/^mig[-\s]+/i, '')
        .toLowerCase();
}
/** The slices and profiles of a GPU, or a DhowError that lists the models dhow knows. */
function migGpuFor(gpuName) {
    const model = migGpuModel(gpuName);
    if (!model) {
        throw new src_errors/* DhowError */.Bp('invalid-input', `no MIG profiles are known for GPU "${gpuName}" (known: ${Object.keys(MIG_GPUS).join(', ')})`, {
            field: 'gpu.product',
        });
    }
    return { model, ...MIG_GPUS[model] };
}
function migProfilesFor(gpuName) {
    return migGpuFor(gpuName).profiles;
}
/** The profile, or a DhowError that lists the profiles this GPU does have. */
function findMigProfile(gpuName, profile) {
    const { model, profiles } = migGpuFor(gpuName);
    const wanted = normalizeMigProfile(profile);
    const found = profiles.find((candidate) => candidate.name === wanted);
    if (!found) {
        throw new src_errors/* DhowError */.Bp('invalid-input', `MIG profile "${profile}" does not exist on ${model} ("${gpuName}"); its profiles are ${profiles.map((x) => x.name).join(', ')}`, { field: 'gpu.mig-profile' });
    }
    return found;
}
/** The extended resource the NVIDIA device plugin advertises for a profile (mixed strategy). */
function migResourceName(profile) {
    return `nvidia.com/mig-${normalizeMigProfile(profile)}`;
}

;// CONCATENATED MODULE: ./src/gpu/index.ts
/** The GPU layer: nvidia-smi, process trees, memory sampling and MIG profiles. */





;// CONCATENATED MODULE: ./src/gates/memory.ts
/**
 * The memory gate: runs a command (a smoke inference of the model) and measures the peak GPU memory of its
 * process tree through nvidia-smi, against what the model is allotted: a whole GPU (its memory.total), or a
 * MIG profile from the table of profiles per GPU model (`MIG_GPUS` in src/gpu/mig.ts: A30, A100, H100,
 * H200). Where there is no GPU, the GPU metrics have no value (the gate is inconclusive) and
 * `peak-rss-mib`, the peak resident memory of the process tree, is what can be gated.
 */


const MIB = 1024 * 1024;
/** A MIG profile's memory: its name states decimal GB ("10gb"), which is below what the slice really holds. */
function migAllocationMiB(gpuName, profile) {
    return (findMigProfile(gpuName, profile).memoryGB * 1e9) / MIB;
}
async function measureMemory(settings, options) {
    const smi = { path: options.nvidiaSmi, env: options.env };
    const detection = await detectGpus(smi);
    const [command, ...args] = settings.command;
    const run = await measureCommand({
        command: command,
        args,
        cwd: options.cwd,
        env: options.env,
        intervalMs: settings['interval-ms'],
        timeoutMs: settings['timeout-seconds'] * 1000,
        killGraceMs: 2000,
        nvidiaSmi: options.nvidiaSmi,
        logger: options.logger,
        detection,
    });
    const memory = run.memory;
    const peakRssMiB = memory.peakRssBytes / MIB;
    const failure = run.timedOut
        ? `the command ran longer than ${settings['timeout-seconds']} s and was stopped`
        : run.exitCode !== 0
            ? `the command exited with ${run.exitCode === null ? `signal ${run.signal}` : `code ${run.exitCode}`}${run.stderrTail.length ? `: ${run.stderrTail.slice(-3).join(' / ')}` : ''}`
            : undefined;
    if (!detection.available || memory.peakGpuMemoryMiB === null) {
        return {
            values: { 'peak-gpu-memory-mib': null, 'gpu-memory-fraction': null, 'peak-rss-mib': peakRssMiB },
            samples: memory.samples,
            allocationMiB: null,
            allocation: null,
            noGpu: detection.available ? 'no GPU memory was measured' : `no GPU: ${detection.message}`,
            ...(failure ? { failure } : {}),
        };
    }
    // The allotment: a MIG profile of the named (or first) GPU, or the whole GPU the tree used most.
    let allocationMiB = null;
    let allocation = null;
    const busiest = memory.perGpu.reduce((a, b) => (!a || b.peakMiB > a.peakMiB ? b : a), undefined);
    if (settings['mig-profile']) {
        const product = settings['gpu-product'] ?? busiest?.name ?? detection.gpus[0]?.name;
        if (!product)
            throw new src_errors/* DhowError */.Bp('invalid-input', 'cannot tell which GPU the MIG profile is of: give "gpu-product"', { field: 'source.gpu-product' });
        allocationMiB = migAllocationMiB(product, settings['mig-profile']);
        allocation = `MIG ${settings['mig-profile']} of ${product}`;
    }
    else {
        const gpus = await queryGpuMemory(smi);
        const gpu = gpus.find((g) => g.uuid === busiest?.uuid) ?? gpus[0];
        if (gpu?.totalMiB) {
            allocationMiB = gpu.totalMiB;
            allocation = `GPU ${gpu.index} (${gpu.name}), ${gpu.totalMiB} MiB`;
        }
    }
    const peak = memory.peakGpuMemoryMiB;
    return {
        values: {
            'peak-gpu-memory-mib': peak,
            'gpu-memory-fraction': allocationMiB ? peak / allocationMiB : null,
            'peak-rss-mib': peakRssMiB,
        },
        samples: memory.samples,
        allocationMiB,
        allocation,
        ...(failure ? { failure } : {}),
    };
}

;// CONCATENATED MODULE: ./src/gates/regression.ts
function liveVersionOf(record) {
    const gateValues = {};
    for (const row of record.gates?.summary ?? []) {
        if (typeof row.value === 'number' && Number.isFinite(row.value))
            gateValues[row.gate] = row.value;
    }
    return { version: record.version, metrics: { ...record.metrics }, gateValues };
}
function baselineFor(gate, live) {
    if (live === null)
        return { kind: 'no-live-version' };
    const has = (key) => Object.hasOwn(live.metrics, key) && Number.isFinite(live.metrics[key]);
    const explicit = gate['baseline-metric'];
    if (explicit !== undefined) {
        return has(explicit) ? { kind: 'value', version: live.version, value: live.metrics[explicit] } : { kind: 'missing', version: live.version };
    }
    if (Object.hasOwn(live.gateValues, gate.name))
        return { kind: 'value', version: live.version, value: live.gateValues[gate.name] };
    const key = gate.source.kind === 'candidate' ? (gate.source.key ?? gate.metric) : gate.metric;
    return has(key) ? { kind: 'value', version: live.version, value: live.metrics[key] } : { kind: 'missing', version: live.version };
}

;// CONCATENATED MODULE: ./src/gates/residency.ts
/** The scheme and authority compare case-insensitively (hosts and schemes are); the path does not. */
function canonicalUri(uri) {
    const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/]*)(.*)$/s.exec(uri.trim());
    return match ? `${match[1].toLowerCase()}${match[2].toLowerCase()}${match[3]}` : uri.trim();
}
/**
 * The region of a URI: the longest location prefix it falls under. A prefix matches only at a boundary,
 * so `s3://models` does not claim `s3://models-eu/...`.
 */
function regionOfUri(uri, policy) {
    const target = canonicalUri(uri);
    let best;
    for (const location of policy.locations) {
        const prefix = canonicalUri(location.prefix);
        const inside = target === prefix || (target.startsWith(prefix) && (prefix.endsWith('/') || target[prefix.length] === '/'));
        if (inside && (!best || prefix.length > best.prefix.length))
            best = { region: location.region, prefix: location.prefix };
    }
    return best;
}
function checkResidency(subject, policy) {
    const allowed = new Set(policy['allowed-regions']);
    const findings = [];
    const place = (what, label, region, subjectText, how) => {
        if (region === undefined) {
            findings.push({ what, subject: subjectText, region: null, ok: false, why: `${label}: ${how}` });
        }
        else if (!allowed.has(region)) {
            findings.push({ what, subject: subjectText, region, ok: false, why: `${label} is in ${region}, not an allowed region (${[...allowed].join(', ')})` });
        }
        else {
            findings.push({ what, subject: subjectText, region, ok: true, why: `${label} is in ${region}` });
        }
    };
    for (const [what, key] of [
        ['artifact', 'artifact-uri'],
        ['data', 'data-uri'],
    ]) {
        const uri = subject[key];
        if (uri === undefined || uri.trim() === '') {
            place(what, `the ${what} URI`, undefined, null, 'not given, so its region is unknown');
            continue;
        }
        const found = regionOfUri(uri, policy);
        place(what, `the ${what} URI ${uri}`, found?.region, uri, 'no residency location covers it, so its region is unknown');
    }
    const cluster = subject['training-cluster'];
    const declared = subject['training-region'];
    const clusterRegion = cluster !== undefined && Object.hasOwn(policy.clusters, cluster) ? policy.clusters[cluster] : undefined;
    if (declared !== undefined && clusterRegion !== undefined && declared !== clusterRegion) {
        findings.push({
            what: 'training',
            subject: cluster ?? null,
            region: declared,
            ok: false,
            why: `training declares region ${declared} but cluster ${cluster} is in ${clusterRegion}`,
        });
    }
    else if (declared !== undefined) {
        place('training', 'training', declared, cluster ?? declared, '');
    }
    else if (cluster !== undefined) {
        place('training', `training cluster ${cluster}`, clusterRegion, cluster, 'the cluster is not in the residency policy, so its region is unknown');
    }
    else {
        place('training', 'training', undefined, null, 'neither a training region nor a known cluster is given, so its region is unknown');
    }
    const dataRegion = subject['data-region'];
    if (dataRegion !== undefined)
        place('data-region', 'the declared data region', dataRegion, dataRegion, '');
    return { violations: findings.filter((f) => !f.ok).length, findings };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/gates/report.ts
/**
 * The gate report: a JSON document with a stable schema (kind GateReport), the Markdown the job summary
 * and the promotion pull request show (one row per gate and a Mermaid chart of candidate against
 * production), the `gates` object of the version record, and reading a report file back.
 */








const VerdictEnum = schemas/* enum */.k5n(['pass', 'fail', 'warn', 'inconclusive']);
const GateResult = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    metric: schemas/* string */.YjP().min(1),
    source: schemas/* enum */.k5n(['candidate', 'fairness', 'text', 'arabic-data', 'latency', 'memory', 'residency', 'round-trip']),
    severity: schemas/* enum */.k5n(['block', 'warn']),
    verdict: VerdictEnum,
    /** True when this gate stops the promotion. */
    blocking: schemas/* boolean */.zMY(),
    value: schemas/* number */.aig().nullable(),
    threshold: schemas/* number */.aig().nullable(),
    'min-absolute-change': schemas/* number */.aig().nullable(),
    'min-relative-change': schemas/* number */.aig().nullable(),
    'greater-is-better': schemas/* boolean */.zMY(),
    /** The metric of the version live in the target environment. */
    baseline: schemas/* number */.aig().nullable(),
    samples: schemas/* number */.aig().nullable(),
    'min-samples': schemas/* number */.aig().nullable(),
    reasons: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** Source-specific detail (per-group rates, latency percentiles, residency findings ...). */
    details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).default({}),
})
    .strict();
const GateReport = schemas/* object */.Ikc({
    apiVersion: schemas/* literal */.euz(registry_schemas/* API_VERSION */.mG),
    kind: schemas/* literal */.euz('GateReport'),
    verdict: VerdictEnum,
    /** True when at least one gate blocks: the candidate may not be promoted. */
    blocked: schemas/* boolean */.zMY(),
    'policy-digest': registry_schemas/* Digest */.np,
    'policy-files': schemas/* array */.YOg(schemas/* string */.YjP()),
    candidate: schemas/* object */.Ikc({ file: schemas/* string */.YjP(), model: schemas/* string */.YjP().nullable(), version: schemas/* string */.YjP().nullable() }).strict(),
    environment: schemas/* string */.YjP().nullable(),
    /** The version live in the environment, the baseline of every change check; null when none is. */
    'baseline-version': schemas/* string */.YjP().nullable(),
    'generated-at': iso/* datetime */.w$({ offset: true }),
    gates: schemas/* array */.YOg(GateResult),
})
    .strict();
/**
 * The overall verdict: fail when a gate blocks on a failure; inconclusive when the rest pass but some
 * gate could not decide (blocking or not, as `blocked` says); warn when only warnings failed; else pass.
 */
function overallVerdict(gates) {
    const blocked = gates.some((g) => g.blocking);
    if (gates.some((g) => g.verdict === 'fail'))
        return { verdict: 'fail', blocked };
    if (gates.some((g) => g.verdict === 'inconclusive'))
        return { verdict: 'inconclusive', blocked };
    if (gates.some((g) => g.verdict === 'warn'))
        return { verdict: 'warn', blocked };
    return { verdict: 'pass', blocked };
}
/** The report as the file holds it: two-space JSON with a final newline (its digest is of these bytes). */
function serializeReport(report) {
    return `${JSON.stringify(GateReport.parse(report), null, 2)}\n`;
}
function reportDigest(serialized) {
    return sha256Digest(serialized);
}
/**
 * A gate report file as the promote and register actions take it: the report and the text its digest is
 * of. Errors name the file and `field`, the input that named it.
 */
async function readGateReportFile(path, field) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        throw new DhowError('invalid-input', `cannot read it: ${error.message}`, { file: path, field });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new DhowError('invalid-input', `not JSON: ${jsonSyntaxMessage(error)}`, { file: path, field });
    }
    const parsed = GateReport.safeParse(data);
    if (!parsed.success)
        throw schemaError(parsed.error.issues, { file: path, field, what: 'not a dhow gate report' });
    return { report: parsed.data, text };
}
/** The `gates` field of the version record. */
function versionGates(report, digestOfReport) {
    const finite = (v) => (v !== null && Number.isFinite(v) ? v : null);
    return {
        verdict: report.verdict,
        'policy-digest': report['policy-digest'],
        ...(digestOfReport ? { 'report-digest': digestOfReport } : {}),
        summary: report.gates.flatMap((g) => [
            {
                gate: g.name,
                metric: g.metric,
                verdict: g.verdict,
                value: finite(g.value),
                threshold: finite(g.threshold),
                baseline: finite(g.baseline),
            },
            // A sliced text gate's slices: the next run reads them back as each slice's baseline.
            ...sliceSummaryRows(g.name, g.metric, finite(g.threshold), slicesOf(g.details) ?? []),
        ]),
    };
}
// ---------------------------------------------------------------------------------------------
// Markdown
const VERDICT_LABEL = {
    pass: '✅ pass',
    fail: '❌ fail',
    warn: '⚠️ warn',
    inconclusive: '❔ inconclusive',
};
function report_cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim() || ' ';
}
function number(value) {
    return value === null ? '–' : fmt(value);
}
/** The threshold column: every check the gate makes, in the direction it makes it. */
function describeThreshold(g) {
    const better = g['greater-is-better'];
    const parts = [];
    if (g.threshold !== null)
        parts.push(`${better ? '≥' : '≤'} ${fmt(g.threshold)}`);
    if (g['min-absolute-change'] !== null)
        parts.push(`${better ? '+' : '−'}${fmt(g['min-absolute-change'])} vs live`);
    if (g['min-relative-change'] !== null)
        parts.push(`${better ? '+' : '−'}${fmt(g['min-relative-change'] * 100)}% vs live`);
    return parts.join('; ') || '–';
}
function headline(report) {
    const blocking = report.gates.filter((g) => g.blocking).length;
    if (report.blocked)
        return `❌ refused: ${blocking} blocking gate${blocking === 1 ? '' : 's'}`;
    switch (report.verdict) {
        case 'pass':
            return '✅ passed';
        case 'warn':
            return '⚠️ passed with warnings';
        default:
            return '❔ passed, with inconclusive gates that do not block';
    }
}
/** A quoted Mermaid label: quotes cannot be escaped there, so they become apostrophes. */
function label(text) {
    return `"${text.replace(/"/g, "'")}"`;
}
/**
 * Mermaid xychart-beta: each gate's candidate value as a percentage of the live version's in the target
 * environment (= 100; production, usually),
 * so metrics of different units share one axis. Gates without a baseline (or a baseline of 0) are left out.
 */
function mermaidChart(report) {
    const rows = report.gates.filter((g) => g.value !== null && g.baseline !== null && g.baseline !== 0 && Number.isFinite(g.value));
    if (rows.length === 0)
        return undefined;
    const candidate = rows.map((g) => Number(((g.value / g.baseline) * 100).toFixed(1)));
    const top = Math.max(100, ...candidate);
    // The baseline is what runs in the target environment, which is not always production.
    const live = report.environment ?? 'production';
    return [
        '```mermaid',
        'xychart-beta',
        `    title ${label(`Candidate as % of ${live} ${report['baseline-version'] ?? ''}`.trim())}`,
        `    x-axis [${rows.map((g) => label(g.name)).join(', ')}]`,
        `    y-axis ${label(`% of ${live}`)} 0 --> ${Math.ceil(top * 1.1)}`,
        `    bar [${candidate.join(', ')}]`,
        `    line [${rows.map(() => 100).join(', ')}]`,
        '```',
    ].join('\n');
}
function renderMarkdown(report) {
    const who = report.candidate.model
        ? `\`${report.candidate.model}${report.candidate.version ? `@${report.candidate.version}` : ''}\``
        : `\`${report.candidate.file}\``;
    const against = report.environment === null
        ? 'no target environment (change checks do not apply)'
        : report['baseline-version'] === null
            ? `\`${report.environment}\`, where no version is live yet`
            : `\`${report.candidate.model}@${report['baseline-version']}\`, live in \`${report.environment}\``;
    const lines = [
        `### dhow gates: ${headline(report)}`,
        '',
        `Candidate ${who} against ${against}. Policy \`${report['policy-digest'].slice(0, 19)}…\`${report['policy-files'].length ? ` from ${report['policy-files'].map((f) => `\`${f}\``).join(', ')}` : ''}.`,
        '',
        '| Gate | Metric | Value | Threshold | Baseline | Verdict | Why |',
        '| --- | --- | ---: | --- | ---: | --- | --- |',
        ...report.gates.map((g) => [
            '',
            report_cell(g.severity === 'warn' ? `${g.name} (warn only)` : g.name),
            report_cell(`\`${g.metric}\``),
            number(g.value),
            report_cell(describeThreshold(g)),
            number(g.baseline),
            report_cell(`${VERDICT_LABEL[g.verdict]}${g.verdict === 'inconclusive' && g.blocking ? ' (blocks)' : ''}`),
            report_cell(g.reasons.join('; ') || (g.verdict === 'pass' ? 'within the threshold' : '')),
            '',
        ]
            .join(' | ')
            .trim()),
    ];
    // A text metric's number means little without how it was made (tokenizer, case, transforms): its signature.
    const signatureOf = (g) => (g.source === 'text' && typeof g.details.signature === 'string' ? g.details.signature : undefined);
    const unsliced = report.gates.filter((g) => signatureOf(g) !== undefined && !slicesOf(g.details)?.length);
    if (unsliced.length > 0) {
        lines.push('', 'Text metrics were measured as their signatures say:', '');
        for (const g of unsliced)
            lines.push(`- ${report_cell(g.name)} (\`${report_cell(g.metric)}\`): ${signatureCode(signatureOf(g))}`);
    }
    for (const g of report.gates) {
        const slices = slicesOf(g.details);
        if (slices && slices.length > 0)
            lines.push('', ...sliceTable(g.name, g.metric, String(g.details['slice-by'] ?? 'slice'), slices, signatureOf(g)));
    }
    const chart = mermaidChart(report);
    if (chart)
        lines.push('', chart);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/gates/roundtrip.ts
/**
 * The encoding round trip: Arabic with diacritics goes to a serving endpoint that echoes it, and the same
 * UTF-8 bytes must come back. It catches servers that re-encode (Latin-1, CP1256), normalize (NFC composes
 * alef + combining hamza into U+0623), strip diacritics or drop characters.
 */

/**
 * The default texts: full diacritics (fatha, kasra, damma, sukun, shadda, tanween), a dagger alef (U+0670),
 * alef wasla (U+0671), tatweel, Arabic-Indic digits, and an alef followed by a combining hamza above
 * (U+0627 U+0654) that NFC would turn into U+0623.
 */
const ROUND_TRIP_TEXTS = [
    'بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ',
    'ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ',
    'إِنَّ مَعَ ٱلْعُسْرِ يُسْرًا',
    'مُدَرِّسَةٌ فِي الدَّوْحَةِ مُنْذُ ١٤٤٥ هـ',
    'كتـــــاب جَمِيلٌ',
    'ا\u0654حمد',
];
function field(value, path) {
    let node = value;
    for (const part of path.split('.')) {
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part))
            return undefined;
        node = node[part];
    }
    return node;
}
function hex(bytes, max = 24) {
    const shown = [...bytes.slice(0, max)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    return bytes.length > max ? `${shown} …` : shown;
}
/** Why two texts differ, in words a person can act on. */
function describeDifference(sent, received) {
    if (received === sent.normalize('NFC') && sent !== received)
        return 'the endpoint normalized the text to NFC';
    if (received === sent.normalize('NFKC') && sent !== received)
        return 'the endpoint normalized the text to NFKC';
    if (received === sent.replace(/[\u064B-\u0652\u0670]/g, ''))
        return 'the endpoint stripped the diacritics';
    if (received.includes('\uFFFD'))
        return 'the endpoint replaced characters with U+FFFD (it decoded the bytes with the wrong encoding)';
    if (Buffer.from(received, 'latin1').toString('utf8') === sent || /[\u00D8-\u00DB][\u0080-\u00BF]/.test(received))
        return 'the endpoint returned mojibake (UTF-8 read as Latin-1 or CP1256)';
    const a = new TextEncoder().encode(sent);
    const b = new TextEncoder().encode(received);
    let at = 0;
    while (at < a.length && at < b.length && a[at] === b[at])
        at++;
    return `the bytes differ from byte ${at}: sent ${hex(a.slice(at))}, received ${hex(b.slice(at))}`;
}
/** Sends every text and compares the echoed bytes. Connection failures are errors, not mismatches. */
async function roundTrip(settings) {
    const texts = settings.texts ?? ROUND_TRIP_TEXTS;
    const mismatches = [];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const [index, text] of texts.entries()) {
        const body = settings.mode === 'json' ? JSON.stringify({ [settings['request-field']]: text }) : text;
        let response;
        try {
            response = await fetch(settings.url, {
                method: 'POST',
                headers: { 'content-type': settings.mode === 'json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' },
                body,
                signal: AbortSignal.timeout(settings['timeout-ms']),
            });
        }
        catch (error) {
            throw new src_errors/* DhowError */.Bp('invalid-input', `the round-trip endpoint ${settings.url} did not answer: ${error.message}`, {
                field: 'source.url',
                cause: error,
            });
        }
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (!response.ok) {
            mismatches.push({ index, sent: text, received: null, why: `HTTP ${response.status}` });
            continue;
        }
        let received;
        try {
            received = decoder.decode(bytes);
        }
        catch {
            mismatches.push({ index, sent: text, received: null, why: `the answer is not valid UTF-8: ${hex(bytes)}` });
            continue;
        }
        if (settings.mode === 'json') {
            let parsed;
            try {
                parsed = JSON.parse(received);
            }
            catch {
                mismatches.push({ index, sent: text, received, why: 'the answer is not JSON' });
                continue;
            }
            const echoed = field(parsed, settings['response-field']);
            if (typeof echoed !== 'string') {
                mismatches.push({ index, sent: text, received: null, why: `the answer has no string at "${settings['response-field']}"` });
                continue;
            }
            received = echoed;
        }
        if (Buffer.compare(Buffer.from(text, 'utf8'), Buffer.from(received, 'utf8')) !== 0) {
            mismatches.push({ index, sent: text, received, why: describeDifference(text, received) });
        }
    }
    return { sent: texts.length, mismatches };
}

;// CONCATENATED MODULE: ./src/gates/evaluate.ts
/**
 * Runs a gate policy over a candidate: measures each source once (several gates may read one CSV),
 * decides every gate against its threshold and the live version's record, and assembles the report.
 * Any bad input (a missing file, a metric the candidate lacks, an endpoint that is not a URL) is a
 * DhowError before anything is reported: a report is whole or absent.
 */


















/** A source's own error (a missing data file, a bad column) says which gate of the policy read it. */
function inGate(gate, error) {
    if (!(error instanceof src_errors/* DhowError */.Bp) || error.field?.startsWith('gates['))
        return error;
    return new src_errors/* DhowError */.Bp(error.code, `gate "${gate.name}" (source ${gate.source.kind}): ${error.message}`, { reasons: error.reasons, cause: error });
}
function where(gate, field) {
    return { field: `gates[name=${gate.name}].${field}` };
}
/** Replaces `${NAME}` from the environment; an unset variable is an error naming the field. */
function expandVariables(text, env, gate, field) {
    return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const value = env[name];
        if (value === undefined || value === '') {
            throw new src_errors/* DhowError */.Bp('invalid-input', `\${${name}} is not set in the environment`, where(gate, field));
        }
        return value;
    });
}
/** `source.<key> in <policy file>` for each key: how an input error names where a value came from. */
function policyKeys(file, keys) {
    return Object.fromEntries(keys.map((k) => [k, `source.${k}${file ? ` in ${file}` : ''}`]));
}
async function measure(gate, input, logger) {
    const source = gate.source;
    // The path as the policy wrote it stays the name in messages; the confined real path is what is read.
    const path = (file, key = 'input') => confineDataFile(file, {
        cwd: input.cwd,
        roots: input.dataRoots ?? [input.cwd],
        field: where(gate, `source.${key}`).field,
        file: input.policy.origins?.[gate.name],
    });
    switch (source.kind) {
        case 'candidate':
            throw new Error('candidate sources are read directly');
        case 'fairness': {
            const groups = Array.isArray(source.group) ? source.group : [source.group];
            // Messages name the policy's keys (`source.positive-label in gates.yaml`), never the CLI's flags.
            const keys = policyKeys(input.policy.origins?.[gate.name], ['label', 'prediction', 'group', 'positive-label']);
            const result = await measureFairness({
                input: await path(source.input),
                label: source.label,
                prediction: source.prediction,
                groups,
                positiveLabel: source['positive-label'] === undefined ? undefined : String(source['positive-label']),
                method: source.method,
                agg: source.agg,
                minGroupSize: source['min-group-size'],
                name: source.input,
                givenBy: { label: keys.label, prediction: keys.prediction, group: keys.group, positiveLabel: keys['positive-label'] },
            });
            return { values: result.values, samples: result.count, details: { by_group: result.byGroup } };
        }
        case 'text': {
            const options = textOptions(source, textMetricsOf(source, input.policy.gates));
            const sliceBy = source['slice-by'];
            if (sliceBy !== undefined) {
                const r = await textMetricsBySlice(await path(source.input), { ...options, sliceBy });
                const pick = (m) => Object.fromEntries(TEXT_METRICS.map((k) => [k, m[k]]));
                return {
                    values: pick(r.overall),
                    samples: r.overall.segments,
                    details: {
                        signatures: r.overall.signatures,
                        normalize: source.normalize,
                        'slice-by': sliceBy,
                        // Measured values per slice; runGates replaces them with the decided rows of the gate's metric.
                        measured: Object.fromEntries(Object.entries(r.slices).map(([name, m]) => [name, { ...pick(m), segments: m.segments }])),
                    },
                };
            }
            const result = await textMetricsFromJsonl(await path(source.input), options);
            return {
                values: Object.fromEntries(TEXT_METRICS.map((k) => [k, result[k]])),
                samples: result.segments,
                details: {
                    signatures: Object.fromEntries(options.metrics.map((m) => [m, qualitySignature(m, result, options)])),
                    normalize: source.normalize,
                },
            };
        }
        case 'arabic-data': {
            const report = await checkArabicFile(await path(source.input));
            const values = { arabic_share: report.arabic_share, presentation_form_share: report.presentation_form_share };
            for (const [name, finding] of Object.entries(report.checks))
                values[name] = finding.count;
            return {
                values,
                samples: report.lines,
                details: Object.fromEntries(Object.entries(report.checks).map(([name, f]) => [name, { count: f.count, lines: f.lines }])),
            };
        }
        case 'latency': {
            if (source.file !== undefined) {
                const summary = await latencyFromFile(await path(source.file, 'file'));
                return { values: { ...summary, 'error-rate': 0 }, samples: summary.count, details: { file: source.file } };
            }
            const endpoint = source.endpoint;
            const url = expandVariables(endpoint.url, input.env, gate, 'source.endpoint.url');
            logger.info(`gate ${gate.name}: load on ${url}: ${endpoint.mode === 'constant-rate' ? `${endpoint.rate} requests/s` : `${endpoint.connections} connections`} for ${endpoint['duration-seconds']} s after ${endpoint['warmup-seconds']} s of warm-up`);
            const load = await generateLoad({
                url,
                method: endpoint.method,
                body: endpoint.body,
                headers: endpoint.headers,
                mode: endpoint.mode,
                rate: endpoint.rate,
                connections: endpoint.connections,
                durationSeconds: endpoint['duration-seconds'],
                warmupSeconds: endpoint['warmup-seconds'],
                timeoutMs: endpoint['timeout-ms'],
            });
            const measured = load.latenciesMs.length + load.errors;
            const details = { mode: load.mode, errors: load.errors, 'error-reasons': load.errorReasons, 'warmup-requests': load.warmupRequests };
            if (load.latenciesMs.length === 0) {
                return {
                    values: { p50: null, p90: null, p95: null, p99: null, max: null, mean: null, 'error-rate': measured ? load.errors / measured : null },
                    samples: 0,
                    details,
                    note: `no request succeeded${load.errorReasons.length ? ` (${load.errorReasons.join('; ')})` : ''}`,
                };
            }
            const summary = summarizeLatencies(load.latenciesMs);
            return { values: { ...summary, 'error-rate': load.errors / measured }, samples: summary.count, details: { ...details, ...summary } };
        }
        case 'memory': {
            logger.info(`measuring the memory of ${source.command[0]}${source.command.length > 1 ? ' …' : ''} (gate ${gate.name})`);
            const result = await measureMemory(source, { cwd: input.cwd, env: input.env, logger, nvidiaSmi: input.nvidiaSmi });
            return {
                values: result.values,
                samples: result.samples,
                details: { allocation: result.allocation, 'allocation-mib': result.allocationMiB, ...(result.noGpu ? { 'no-gpu': result.noGpu } : {}) },
                ...(result.failure ? { failure: result.failure } : {}),
                ...(result.noGpu && gate.metric !== 'peak-rss-mib' ? { note: result.noGpu } : {}),
            };
        }
        case 'residency': {
            const rules = input.policy.residency ?? input.residency;
            if (!rules) {
                throw new src_errors/* DhowError */.Bp('invalid-input', "a residency gate needs residency rules: `residency` in the policy or in the registry's dhow.yaml", where(gate, 'source'));
            }
            const subject = { ...input.candidate.residency };
            for (const key of ['artifact-uri', 'data-uri', 'training-region', 'training-cluster']) {
                if (source[key] !== undefined)
                    subject[key] = source[key];
            }
            const result = checkResidency(subject, rules);
            return {
                values: { 'residency-violations': result.violations },
                samples: result.findings.length,
                details: { findings: result.findings },
                ...(result.violations > 0
                    ? {
                        note: result.findings
                            .filter((f) => !f.ok)
                            .map((f) => f.why)
                            .join('; '),
                    }
                    : {}),
            };
        }
        case 'round-trip': {
            const url = expandVariables(source.url, input.env, gate, 'source.url');
            const result = await roundTrip({ ...source, url });
            return {
                values: { 'round-trip-mismatches': result.mismatches.length },
                samples: result.sent,
                details: { mismatches: result.mismatches },
                ...(result.mismatches.length > 0 ? { note: result.mismatches.map((m) => `text ${m.index + 1}: ${m.why}`).join('; ') } : {}),
            };
        }
    }
}
/**
 * The metrics a text source must compute: those of every gate reading the same source (they share one
 * measurement), so TER, whose shift search costs more than the rest together, is computed only when gated.
 */
function textMetricsOf(source, gates) {
    const key = canonicalJson(source);
    const gated = new Set(gates.filter((g) => g.source.kind === 'text' && canonicalJson(g.source) === key).map((g) => g.metric));
    return TEXT_METRICS.filter((m) => gated.has(m));
}
/** The policy's text source as the metrics' options (jiwer's transforms, sacreBLEU's TER options). */
function textOptions(source, metrics) {
    const substitutions = source['substitute-words']?.map(([from, to]) => [from, to]);
    const chain = (steps) => (steps === undefined ? undefined : { steps, substitutions });
    const reference = chain(source['reference-transform']);
    const hypothesis = chain(source['hypothesis-transform']);
    const ter = source.ter;
    return {
        normalize: source.normalize,
        metrics,
        name: source.input,
        ...(reference || hypothesis ? { transforms: { ...(reference ? { reference } : {}), ...(hypothesis ? { hypothesis } : {}) } } : {}),
        ...(ter ? { ter: { normalized: ter.normalized, noPunct: ter['no-punct'], asianSupport: ter['asian-support'], caseSensitive: ter['case-sensitive'] } } : {}),
    };
}
function fromCandidate(gate, candidate) {
    const key = gate.source.key ?? gate.metric;
    const known = [...candidate.metrics.keys()];
    const lookup = (k, field) => {
        const value = candidate.metrics.get(k);
        if (value === undefined) {
            const suggestion = closest(k, known);
            throw new src_errors/* DhowError */.Bp('invalid-input', `the candidate ${candidate.file} has no metric "${k}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}${known.length ? `; it has ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}` : '; it has no metrics'}`, where(gate, field));
        }
        return value;
    };
    const value = lookup(key, gate.source.key ? 'source.key' : 'metric');
    const samplesKey = gate.source['samples-key'];
    return { values: { [gate.metric]: value }, samples: samplesKey ? lookup(samplesKey, 'source.samples-key') : null, details: {} };
}
async function runGates(input) {
    const logger = input.logger ?? src_logger/* silentLogger */.qq;
    if (input.policy.gates.length === 0) {
        // A policy that checks nothing would pass everything: that is a mistake, not a verdict.
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the gate policy has no enabled gates, so it would check nothing', {
            file: input.policy.sources.join(', ') || undefined,
            field: 'gates',
        });
    }
    const cache = new Map();
    const results = [];
    for (const gate of input.policy.gates) {
        let measurement;
        if (gate.source.kind === 'candidate') {
            measurement = fromCandidate(gate, input.candidate);
        }
        else {
            const key = canonicalJson(gate.source);
            if (!cache.has(key))
                cache.set(key, measure(gate, input, logger).catch((error) => Promise.reject(inGate(gate, error))));
            measurement = await cache.get(key);
        }
        const value = measurement.values[gate.metric] ?? null;
        const baseline = baselineFor(gate, input.live);
        let decision = decide(gate, { value, samples: measurement.samples ?? undefined }, baseline, input.policy.inconclusive);
        if (measurement.failure) {
            decision = { verdict: gate.severity === 'block' ? 'fail' : 'warn', blocking: gate.severity === 'block', reasons: [measurement.failure] };
        }
        else if (measurement.note && decision.verdict !== 'pass') {
            decision = { ...decision, reasons: [...decision.reasons, measurement.note] };
        }
        let details = measurement.details;
        if (gate.source.kind === 'text') {
            // How the gated number was made, beside it: sacreBLEU's signature, or jiwer's version and transforms.
            const signatures = details.signatures;
            details = { ...details, signature: signatures?.[gate.metric] ?? null };
        }
        const measured = details.measured;
        if (gate.source.kind === 'text' && measured !== undefined) {
            const slices = Object.entries(measured).map(([slice, m]) => ({ slice, value: m[gate.metric] ?? null, samples: m.segments }));
            const decided = decideSlices(gate, decision, slices, input.live, input.policy.inconclusive);
            decision = decided.decision;
            const { measured: _measured, ...rest } = details;
            details = { ...rest, slices: decided.rows };
        }
        results.push({
            name: gate.name,
            metric: gate.metric,
            source: gate.source.kind,
            severity: gate.severity,
            verdict: decision.verdict,
            blocking: decision.blocking,
            value: value !== null && Number.isFinite(value) ? value : null,
            threshold: gate.threshold ?? null,
            'min-absolute-change': gate['min-absolute-change'] ?? null,
            'min-relative-change': gate['min-relative-change'] ?? null,
            'greater-is-better': gate['greater-is-better'],
            baseline: baseline.kind === 'value' ? baseline.value : null,
            samples: measurement.samples,
            'min-samples': gate['min-samples'] ?? null,
            reasons: decision.reasons,
            details,
        });
        logger.debug(`gate ${gate.name}: ${decision.verdict}${decision.reasons.length ? ` (${decision.reasons.join('; ')})` : ''}`);
    }
    const { verdict, blocked } = overallVerdict(results);
    return {
        apiVersion: registry_schemas/* API_VERSION */.mG,
        kind: 'GateReport',
        verdict,
        blocked,
        'policy-digest': policyDigest(input.policy),
        'policy-files': input.policy.sources,
        candidate: { file: input.candidate.file, model: input.candidate.model, version: input.candidate.version },
        environment: input.environment,
        'baseline-version': input.live?.version ?? null,
        'generated-at': (input.now?.() ?? new Date()).toISOString(),
        gates: results,
    };
}

// EXTERNAL MODULE: ./src/gates/server-plan.ts
var server_plan = __webpack_require__(6661);
;// CONCATENATED MODULE: ./src/gates/run.ts
/**
 * One gate run from files, as `dhow gate` and the gate action do it: read the policy and the candidate,
 * and when a registry and an environment are given, lay the registry's `gate-policy` overrides over the
 * policy (registry-wide, then the model's, then the environment's), take its residency rules and the
 * version live in the environment as the baseline. The registry is read through a small port
 * (GateRegistry; a RegistryReader over any forge is one), so the gates run the same on a local registry
 * and on one on GitHub. Data files are confined to the working directory, the policy file's directory and
 * the caller's data roots. Then run the gates and render the report. Nothing is written here: callers
 * write the report only once it is whole.
 */












async function prepareGates(request) {
    const base = await readPolicyFile(request.policyFile, request.cwd);
    const candidate = await readCandidate(request.candidateFile, request.cwd);
    const layers = [{ file: request.policyFile, policy: base }];
    const reader = request.registry;
    if (reader === undefined) {
        if (request.environment !== undefined)
            throw new src_errors/* DhowError */.Bp('usage', '--environment needs a registry (--registry DIR)', { field: 'environment' });
        return { policy: overlayPolicies(layers), candidate, environment: null, live: null };
    }
    const config = await reader.config();
    const model = request.model ?? candidate.model ?? undefined;
    if (model !== undefined)
        (0,names/* assertName */.I1)('model', model, { field: 'model', file: request.model ? undefined : candidate.file });
    const environment = request.environment;
    const envPolicy = environment === undefined ? undefined : config.environments.find((e) => e.name === environment);
    if (environment !== undefined) {
        (0,names/* assertName */.I1)('environment', environment, { field: 'environment' });
        if (!envPolicy) {
            throw new src_errors/* DhowError */.Bp('not-found', `environment "${environment}" is not in dhow.yaml (it has ${config.environments.map((e) => e.name).join(', ')})`, {
                field: 'environment',
            });
        }
        if (model === undefined) {
            throw new src_errors/* DhowError */.Bp('usage', `which model? the candidate ${candidate.file} does not name one: pass --model`, { field: 'model' });
        }
    }
    const overrides = [
        config['gate-policy'],
        model !== undefined && Object.hasOwn(config.models, model) ? config.models[model]['gate-policy'] : undefined,
        envPolicy?.['gate-policy'],
    ].filter((p) => p !== undefined);
    for (const path of overrides) {
        const text = await reader.readText(path);
        const file = `${request.registryName ?? 'registry'}:${path}`;
        if (text === null)
            throw new src_errors/* DhowError */.Bp('not-found', 'the gate policy dhow.yaml names is not in the registry', { file, field: 'gate-policy' });
        layers.push({ file, policy: parsePolicy(text, file) });
    }
    let live = null;
    if (environment !== undefined && model !== undefined) {
        const release = await reader.release(environment, model);
        if (release) {
            const record = await reader.version(model, release.version);
            if (!record) {
                throw new src_errors/* DhowError */.Bp('not-found', `${model}@${release.version} is live in ${environment} but has no version record`, {
                    file: (0,paths/* versionPath */.qW)(model, release.version),
                });
            }
            // The live version's baseline gate values are the ones it passed in this environment: its evidence
            // here (the policy engine's rule, gate-evidence.ts), else the record's gates (older registries).
            const [results] = (0,gate_evidence/* gateResultsByEnvironment */.k_)([environment], await evidenceOf(reader, environment, model, release.version), record);
            live = liveVersionOf({ ...record, gates: results?.results });
        }
    }
    return {
        policy: overlayPolicies(layers),
        candidate: model !== undefined && candidate.model === null ? { ...candidate, model } : candidate,
        environment: environment ?? null,
        live,
        residency: config.residency,
    };
}
async function evidenceOf(reader, environment, model, version) {
    const file = await reader.gateEvidence(environment, model, version);
    return file ? { [environment]: file } : {};
}
/** Prepares, runs and renders; throws a DhowError on bad input, with nothing written. */
async function runGateRequest(request) {
    const logger = request.logger ?? src_logger/* silentLogger */.qq;
    const setup = await prepareGates(request);
    const dataRoots = [request.cwd, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(request.cwd, request.policyFile)), ...(request.dataRoots ?? []).map((root) => (0,external_node_path_.resolve)(request.cwd, root))];
    const gates = (env) => runGates({ ...setup, cwd: request.cwd, dataRoots, env, logger, nvidiaSmi: request.nvidiaSmi, now: request.now });
    // The policy and candidate are read and checked before the server starts: bad input starts nothing.
    const plan = request.modelServer;
    let report;
    if (plan === undefined)
        report = await gates(request.env);
    else {
        if ((0,server_plan/* gatesUsingServer */.MW)(setup.policy, plan.urlVariable).length === 0) {
            logger.warning(`no enabled gate's endpoint names \${${plan.urlVariable}}: the model server is started, but nothing in the policy measures it`);
        }
        const { withModelServer } = await __webpack_require__.e(/* import() */ 257).then(__webpack_require__.bind(__webpack_require__, 4257));
        report = await withModelServer(plan, { env: request.env, logger }, gates);
    }
    const json = serializeReport(report);
    const digest = reportDigest(json);
    return { report, json, digest, markdown: renderMarkdown(report), record: versionGates(report, digest) };
}


/***/ }),

/***/ 8972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QS: () => (/* binding */ treeRssBytes),
/* harmony export */   TP: () => (/* binding */ killTree),
/* harmony export */   WZ: () => (/* binding */ processTree)
/* harmony export */ });
/* unused harmony exports parseStat, parseVmRss, listProcesses, treeOf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The process tree of a command, read from /proc (Linux): its descendants, their resident memory, and
 * how to stop all of them. Other systems get a tree of just the root (no /proc): sampling still works,
 * it only sees less.
 */

/** Parses /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses. */
function parseStat(text) {
    const close = text.lastIndexOf(')');
    if (close < 0)
        return null;
    const pid = Number.parseInt(text, 10);
    const rest = text.slice(close + 2).split(' ');
    const ppid = Number(rest[1]);
    if (!Number.isInteger(pid) || !Number.isInteger(ppid))
        return null;
    return { pid, ppid };
}
/** Parses VmRSS from /proc/<pid>/status into bytes; null when absent (kernel threads, zombies). */
function parseVmRss(text) {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(text);
    return match ? Number(match[1]) * 1024 : null;
}
/** Every process on the machine with its parent, from /proc; [] where there is no /proc. */
async function listProcesses(procDir = '/proc') {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(procDir);
    }
    catch {
        return [];
    }
    const entries = await Promise.all(names
        .filter((name) => /^\d+$/.test(name))
        .map(async (name) => {
        try {
            return parseStat(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`${procDir}/${name}/stat`, 'utf8'));
        }
        catch {
            return null; // exited between readdir and read
        }
    }));
    return entries.filter((e) => e !== null);
}
/** The pids of `root` and all its descendants, root first (pure: takes a process table). */
function treeOf(root, table) {
    const children = new Map();
    for (const { pid, ppid } of table) {
        if (pid === ppid)
            continue;
        const list = children.get(ppid) ?? [];
        list.push(pid);
        children.set(ppid, list);
    }
    const tree = [root];
    const seen = new Set(tree);
    for (let i = 0; i < tree.length; i++) {
        for (const child of children.get(tree[i]) ?? []) {
            if (!seen.has(child)) {
                seen.add(child);
                tree.push(child);
            }
        }
    }
    return tree;
}
async function processTree(root, procDir = '/proc') {
    return treeOf(root, await listProcesses(procDir));
}
/** The summed VmRSS of the given pids in bytes (processes that vanished count 0). */
async function treeRssBytes(pids, procDir = '/proc') {
    const sizes = await Promise.all(pids.map(async (pid) => {
        try {
            return parseVmRss(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`${procDir}/${pid}/status`, 'utf8')) ?? 0;
        }
        catch {
            return 0;
        }
    }));
    return sizes.reduce((a, b) => a + b, 0);
}
function signal(pid, sig) {
    try {
        process.kill(pid, sig);
        return true;
    }
    catch {
        return false;
    }
}
/** True while the process exists and is not a zombie waiting to be reaped. */
async function alive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        if (error.code !== 'EPERM')
            return false;
    }
    try {
        const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    }
    catch {
        return process.platform !== 'linux';
    }
}
async function anyAlive(pids) {
    for (const pid of pids)
        if (await alive(pid))
            return true;
    return false;
}
/**
 * Stops a process tree: SIGTERM to the process group (when the root leads one) and to every descendant,
 * then SIGKILL after `graceMs` to whatever is still alive. The tree is read before signalling, since
 * children re-parent to init once their parent dies.
 */
async function killTree(root, options = {}) {
    const graceMs = options.graceMs ?? 5000;
    const tree = await processTree(root);
    if (options.processGroup)
        signal(-root, 'SIGTERM');
    for (const pid of tree)
        signal(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && (await anyAlive(tree)))
        await new Promise((r) => setTimeout(r, 50));
    // Descendants started during the grace period belong to the tree too.
    const late = await processTree(root);
    if (options.processGroup)
        signal(-root, 'SIGKILL');
    for (const pid of new Set([...tree, ...late]))
        if (await alive(pid))
            signal(pid, 'SIGKILL');
}


/***/ }),

/***/ 8426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lJ: () => (/* binding */ jsonSyntaxMessage)
/* harmony export */ });
/* unused harmony exports JsonlParser, parseJsonlBuffer, readJsonlFile, jsonlValues */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/**
 * JSON Lines reader: one JSON value per line, read from a file in chunks. Each line is decoded as
 * strict UTF-8 (an invalid byte is an error, not a replacement character) and parsed on its own, so an
 * error names the file and the line. Blank lines (and a trailing CR) are ignored, a UTF-8 byte order
 * mark at the start is skipped.
 */


const LF = 0x0a;
const CR = 0x0d;
/** Push-style: feed chunks, get `onValue(value, line)` for each line. Returning false stops. */
class JsonlParser {
    onValue;
    decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    file;
    pending = null;
    line = 1;
    first = true;
    stopped = false;
    constructor(onValue, options = {}) {
        this.onValue = onValue;
        this.file = options.file ?? '<input>';
    }
    get done() {
        return this.stopped;
    }
    push(chunk) {
        if (this.stopped || chunk.length === 0)
            return;
        let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
        this.pending = null;
        if (this.first) {
            if (buf.length < 3 && buf[0] === 0xef) {
                this.pending = Buffer.from(buf);
                return;
            }
            this.first = false;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                buf = buf.subarray(3);
        }
        let pos = 0;
        for (;;) {
            const nl = buf.indexOf(LF, pos);
            if (nl < 0)
                break;
            this.emit(buf, pos, nl);
            pos = nl + 1;
            if (this.stopped)
                return;
        }
        if (pos < buf.length)
            this.pending = Buffer.from(buf.subarray(pos));
    }
    finish() {
        if (this.stopped)
            return;
        const rest = this.pending;
        this.pending = null;
        if (!rest || rest.length === 0)
            return;
        const skip = this.first && rest[0] === 0xef && rest[1] === 0xbb && rest[2] === 0xbf ? 3 : 0;
        this.first = false;
        this.emit(rest, skip, rest.length);
    }
    emit(buf, start, end) {
        const line = this.line++;
        if (end > start && buf[end - 1] === CR)
            end--;
        let blank = true;
        for (let k = start; k < end; k++) {
            const c = buf[k];
            if (c !== 0x20 && c !== 0x09) {
                blank = false;
                break;
            }
        }
        if (blank)
            return;
        let text;
        try {
            text = this.decoder.decode(buf.subarray(start, end));
        }
        catch (error) {
            throw new DhowError('invalid-input', 'the line is not valid UTF-8', { file: this.file, line, cause: error });
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new DhowError('invalid-input', `the line is not valid JSON: ${jsonSyntaxMessage(error)}`, { file: this.file, line, cause: error });
        }
        if (this.onValue(value, line) === false)
            this.stopped = true;
    }
}
function parseJsonlBuffer(buffer, onValue, options = {}) {
    const parser = new JsonlParser(onValue, options);
    parser.push(buffer);
    parser.finish();
}
/** Streams a JSON Lines file; memory stays at one chunk plus one line. */
async function readJsonlFile(path, onValue, options = {}) {
    const parser = new JsonlParser(onValue, { file: path, ...options });
    const handle = await open(path, 'r').catch((error) => {
        throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
    });
    try {
        const total = (await handle.stat()).size;
        const size = options.chunkSize ?? 1 << 20;
        const chunk = Buffer.allocUnsafe(size);
        let done = 0;
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, size, null);
            if (bytesRead === 0)
                break;
            done += bytesRead;
            parser.push(chunk.subarray(0, bytesRead));
            options.onProgress?.(done, total);
            if (parser.done)
                return;
        }
        parser.finish();
    }
    finally {
        await handle.close();
    }
}
/** Async iteration over a JSON Lines file: `{ value, line }` per non-blank line. */
async function* jsonlValues(path, options = {}) {
    const queue = [];
    const parser = new JsonlParser((value, line) => void queue.push({ value, line }), { file: path, ...options });
    const handle = await open(path, 'r').catch((error) => {
        throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
    });
    try {
        const size = options.chunkSize ?? 1 << 20;
        const chunk = Buffer.allocUnsafe(size);
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, size, null);
            if (bytesRead === 0)
                break;
            parser.push(chunk.subarray(0, bytesRead));
            while (queue.length > 0)
                yield queue.shift();
        }
        parser.finish();
        while (queue.length > 0)
            yield queue.shift();
    }
    finally {
        await handle.close();
    }
}
/**
 * Where JSON.parse stopped, without the text it quotes: V8's messages repeat the start of the input
 * (`Unexpected token 'G', "GITHUB_TOK"... is not valid JSON`), and the input may be a secret (an environment
 * dump given as a data file). Only the position survives.
 */
function jsonSyntaxMessage(error) {
    const text = error instanceof Error ? error.message : '';
    if (/Unexpected end of JSON input/i.test(text))
        return 'it ends before the JSON value is complete';
    const lineColumn = /\(line (\d+) column (\d+)\)/.exec(text);
    if (lineColumn)
        return `unexpected text at line ${lineColumn[1]}, column ${lineColumn[2]} of the JSON`;
    const position = /at position (\d+)/.exec(text);
    if (position)
        return `unexpected text at character ${Number(position[1]) + 1} of the JSON`;
    return 'unexpected text in the JSON';
}


/***/ }),

/***/ 5004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k_: () => (/* binding */ gateResultsByEnvironment)
/* harmony export */ });
/* unused harmony exports sameGateResults, decideGateEvidence, currentGateResults */
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9201);
/**
 * Gate evidence per (version, environment): the pure rule that decides whether a run of the gates adds an
 * attempt to gates/<environment>/<model>/<version>.yaml, changes nothing, or is refused. Writing it is
 * store.ts's job (in the same commit as the version record, when there is one).
 *
 * The file is append-only history, as an auditor reads it: what ran, under which policy, from which run,
 * with which result, in order. The rule, against the last recorded attempt:
 * 1. the same results (verdict, policy digest, report digest, summary): nothing to record;
 * 2. the same run (same run URL, or both without one: the CLI on one machine) re-run:
 *    - the last attempt passed: nothing to record. The decision was made and the promotion may rest on it;
 *      "Re-run all jobs" re-measures the gates, but a re-measurement of a decided gate is no new evidence;
 *    - it did not pass: the new results are appended (a re-run of a failed gate can record its pass);
 *    - an attempt older than the one recorded (a late job of an earlier attempt) is refused;
 * 3. a different policy digest: appended (the policy engine asks for a run under the current policy);
 * 4. anything else, another run with other results under the same policy, is refused: evidence is
 *    written once per version, environment and policy, so nobody can shop for a better run.
 */

const passed = (results) => results.verdict === 'pass' || results.verdict === 'warn';
/** The results of a run without its provenance, in a form two runs can be compared by. */
function resultsKey(a) {
    return JSON.stringify([
        a.verdict,
        a['policy-digest'],
        a['report-digest'] ?? null,
        a.summary.map((r) => [r.gate, r.metric ?? null, r.verdict, r.value ?? null, r.threshold ?? null, r.baseline ?? null]),
    ]);
}
function sameGateResults(a, b) {
    return resultsKey(a) === resultsKey(b);
}
function runOf(attempt) {
    return attempt['run-url'] ? `run ${attempt['run-url']}${attempt['run-attempt'] ? ` (attempt ${attempt['run-attempt']})` : ''}` : 'a run without a URL';
}
/** What recording `attempt` for `target` does to the evidence already there (null: none yet). */
function decideGateEvidence(existing, target, attempt) {
    const what = `${target.model} ${target.version} in ${target.environment}`;
    if (!existing) {
        return {
            kind: 'record',
            file: { apiVersion: API_VERSION, kind: 'GateEvidence', ...target, attempts: [attempt] },
            message: `recorded the gate results of ${what} (${attempt.verdict})`,
        };
    }
    const last = existing.attempts[existing.attempts.length - 1];
    const append = (message) => ({ kind: 'record', file: { ...existing, attempts: [...existing.attempts, attempt] }, message });
    if (sameGateResults(last, attempt))
        return { kind: 'unchanged', message: `the gate results of ${what} are already recorded: nothing to do` };
    const sameRun = (last['run-url'] ?? null) === (attempt['run-url'] ?? null);
    if (sameRun) {
        if (last['run-attempt'] !== undefined && attempt['run-attempt'] !== undefined && attempt['run-attempt'] < last['run-attempt']) {
            return {
                kind: 'refused',
                reasons: [`attempt ${attempt['run-attempt']} of the run is older than attempt ${last['run-attempt']}, whose gate results ${what} already records`],
            };
        }
        if (passed(last)) {
            return {
                kind: 'unchanged',
                message: `${what} already passed its gates in ${runOf(last)} ("${last.verdict}"): a re-run of that run records nothing new`,
            };
        }
        return append(`recorded a re-run of the gates of ${what}: "${last.verdict}" then "${attempt.verdict}"`);
    }
    if (last['policy-digest'] !== attempt['policy-digest']) {
        return append(`recorded the gate results of ${what} under a new gate policy (${attempt.verdict})`);
    }
    return {
        kind: 'refused',
        reasons: [
            `${what} already has gate results from ${runOf(last)} ("${last.verdict}") under the same gate policy: evidence is written once per version, environment and policy, and only a re-run of that run adds to it; register a new version`,
        ],
    };
}
/** The results the policy engine judges: the last attempt. */
function currentGateResults(file) {
    return file.attempts[file.attempts.length - 1];
}
/**
 * The gate results of a version per environment, by the policy engine's rule (policy/engine.ts gateReasons:
 * the environment's evidence file, its last attempt, else the record's `gates`, which older registries
 * wrote once for every environment). Environments with neither are left out; the order is `environments`'.
 * Every reader (dhow versions, the evidence pack, model cards, the site) shows this, never a copy of the rule.
 */
function gateResultsByEnvironment(environments, evidence, record) {
    const out = [];
    for (const environment of environments) {
        const file = evidence[environment];
        if (file)
            out.push({ environment, results: currentGateResults(file), source: 'evidence', attempts: file.attempts });
        else if (record?.gates)
            out.push({ environment, results: record.gates, source: 'record', attempts: [] });
    }
    return out;
}


/***/ })

};
