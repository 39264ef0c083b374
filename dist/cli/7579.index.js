export const id = 7579;
export const ids = [7579];
export const modules = {

/***/ 77579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _q: () => (/* binding */ summarizeLatencies),
/* harmony export */   latencyFromFile: () => (/* binding */ latencyFromFile)
/* harmony export */ });
/* unused harmony exports nearestRank, percentileOfSorted, LatencyRecorder, summarizeSorted */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35490);
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
const NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Reads one latency in milliseconds per line (blank lines skipped) and summarizes them. */
async function latencyFromFile(path, options = {}) {
    const file = options.name ?? path;
    const rec = new LatencyRecorder();
    for await (const raw of (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .readFileLines */ .MU)(path, file)) {
        const text = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8Line */ .qv)(raw, file).trim();
        if (text === '')
            continue;
        if (!NUMBER.test(text)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'not a latency in milliseconds (one non-negative number per line; the line is not repeated here)', {
                file,
                line: raw.number,
            });
        }
        const ms = Number(text);
        // "1e400" matches the grammar but is no double: Number gives Infinity, which a percentile cannot hold.
        if (!Number.isFinite(ms)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'not a finite latency: the number is larger than a double can hold (about 1.8e308)', { file, line: raw.number });
        }
        rec.add(ms);
    }
    if (rec.count === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'no latencies: the file is empty', { file });
    return rec.summary();
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
