export const id = 1713;
export const ids = [1713,8426];
export const modules = {

/***/ 58426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rz: () => (/* binding */ readJsonlFile),
/* harmony export */   lJ: () => (/* binding */ jsonSyntaxMessage),
/* harmony export */   lT: () => (/* binding */ jsonlValues)
/* harmony export */ });
/* unused harmony exports JsonlParser, parseJsonlBuffer */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', 'the line is not valid UTF-8', { file: this.file, line, cause: error });
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `the line is not valid JSON: ${jsonSyntaxMessage(error)}`, { file: this.file, line, cause: error });
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
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r').catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
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
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r').catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
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

/***/ 73730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wg: () => (/* binding */ qualitySignature),
/* harmony export */   textMetricsBySlice: () => (/* binding */ textMetricsBySlice)
/* harmony export */ });
/* unused harmony exports JIWER_VERSION, MAX_SLICES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35490);
/* harmony import */ var _corpus_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27412);
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
    const overall = new _corpus_js__WEBPACK_IMPORTED_MODULE_2__/* .TextMetrics */ .Z1(options);
    const slices = new Map();
    for await (const raw of (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .readFileLines */ .MU)(path, file)) {
        const text = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8Line */ .qv)(raw, file);
        if (text.trim() === '')
            continue;
        const segment = (0,_corpus_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTextSegment */ .cN)(text, file, raw.number);
        // parseTextSegment has proved the line is a JSON object.
        const value = JSON.parse(text)[options.sliceBy];
        if (typeof value !== 'string' || value === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `must be a non-empty string naming the line's slice`, { file, line: raw.number, field: options.sliceBy });
        }
        let acc = slices.get(value);
        if (acc === undefined) {
            if (slices.size >= MAX_SLICES) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `more than ${MAX_SLICES} distinct values: not a slice key`, { file, line: raw.number, field: options.sliceBy });
            }
            acc = new _corpus_js__WEBPACK_IMPORTED_MODULE_2__/* .TextMetrics */ .Z1(options);
            slices.set(value, acc);
        }
        acc.add(segment, raw.number);
        overall.add(segment, raw.number);
    }
    const whole = overall.result();
    if (whole.segments === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'no segments: the file is empty', { file });
    return {
        slice_by: options.sliceBy,
        overall: withSignatures(whole, options),
        slices: Object.fromEntries([...slices].map(([name, acc]) => [name, withSignatures(acc.result(), options)])),
    };
}


/***/ })

};
