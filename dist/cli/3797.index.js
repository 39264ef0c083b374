export const id = 3797;
export const ids = [3797];
export const modules = {

/***/ 43797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _metrics_arabic_normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73433);
/* harmony import */ var _metrics_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35490);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16931);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * `dhow arabic normalize [--steps ...] [TEXT | -]` prints TEXT (or stdin, line by line) normalized;
 * `dhow arabic check --input F.txt|F.jsonl [--json]` runs the Arabic data checks and exits 1 when a check of
 * severity error fires (warnings are shown, and do not change the exit code).
 */





const NORMALIZE_USAGE = `  dhow arabic normalize [--steps ${_metrics_arabic_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_NORMALIZATION_STEPS */ .qF.join(',')}] [TEXT | -]
                        (default: ${_metrics_arabic_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .ARABIC_NORMALIZATION_STEPS */ .Jv.join(',')}; persian is optional)\n`;
const CHECK_USAGE = '  dhow arabic check --input F.txt|F.jsonl [--format text|jsonl] [--json]   # exit 1 when an error-level check fires\n';
const USAGE = `usage:\n${NORMALIZE_USAGE}${CHECK_USAGE}`;
/** `dhow arabic SUB --help` (or -h): that subcommand's usage on stdout, exit 0. */
async function run(args, ctx) {
    const [sub, ...rest] = args;
    const help = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .subcommandHelp */ .BE)(sub, ctx, USAGE);
    if (help !== undefined)
        return help;
    switch (sub) {
        case 'normalize':
            return normalize(rest, ctx);
        case 'check':
            return check(rest, ctx);
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow arabic: unknown subcommand "${sub}"\n${USAGE}`);
    }
}
async function normalize(args, ctx) {
    const { values, positionals } = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('arabic normalize', args, { steps: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
    if (values.help)
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .printHelp */ .FR)(ctx, `usage:\n${NORMALIZE_USAGE}`);
    const steps = values.steps === undefined ? [..._metrics_arabic_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .ARABIC_NORMALIZATION_STEPS */ .Jv] : (0,_metrics_arabic_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNormalizationSteps */ .WA)(values.steps, '--steps');
    if (positionals.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow arabic normalize: give one TEXT argument (quote it), or - for stdin');
    const [text] = positionals;
    if (text !== undefined && text !== '-') {
        ctx.stdout.write(`${(0,_metrics_arabic_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeArabic */ .C2)(text, steps)}\n`);
        return 0;
    }
    for await (const line of (0,_metrics_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .splitLines */ .uz)(ctx.stdin, { file: '<stdin>' })) {
        ctx.stdout.write(`${(0,_metrics_arabic_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeArabic */ .C2)((0,_metrics_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8Line */ .qv)(line, '<stdin>'), steps)}\n`);
    }
    return 0;
}
async function check(args, ctx) {
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('arabic check', args, {
        input: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help)
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .printHelp */ .FR)(ctx, `usage:\n${CHECK_USAGE}`);
    const input = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .requireOption */ .Ve)('arabic check', 'input', values.input);
    if (values.format !== undefined && values.format !== 'text' && values.format !== 'jsonl') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow arabic check: --format must be text or jsonl, got "${values.format}"`);
    }
    const { checkArabicFile } = await __webpack_require__.e(/* import() */ 5249).then(__webpack_require__.bind(__webpack_require__, 5249));
    const report = await checkArabicFile((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(ctx.cwd, input), { format: values.format, name: input });
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(ctx, report);
    }
    else {
        const share = report.arabic_share === null ? 'n/a (no letters)' : `${(report.arabic_share * 100).toFixed(1)}%`;
        const forms = report.presentation_form_share === null ? '' : `, presentation forms ${(report.presentation_form_share * 100).toFixed(1)}% of Arabic letters`;
        const lines = [`${input}: ${report.lines} lines, Arabic script ${share} of letters${forms}`];
        const width = Math.max(...Object.keys(report.checks).map((name) => name.length));
        for (const [name, f] of Object.entries(report.checks)) {
            const status = f.count === 0 ? 'ok  ' : f.severity === 'warning' ? 'warn' : 'FAIL';
            lines.push(`  ${status}  ${name.padEnd(width)} ${f.count}${f.count ? `  (lines ${f.lines.join(', ')}${f.count > f.lines.length ? ', ...' : ''})` : ''}`);
        }
        ctx.stdout.write(`${lines.join('\n')}\n`);
    }
    return report.ok ? 0 : 1;
}


/***/ }),

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


/***/ })

};
