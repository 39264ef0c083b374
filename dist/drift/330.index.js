export const id = 330;
export const ids = [330];
export const modules = {

/***/ 8330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectDrift: () => (/* binding */ detectDrift),
  renderDriftMarkdown: () => (/* reexport */ renderDriftMarkdown)
});

// UNUSED EXPORTS: DEFAULT_DRIFT_SHARE, DEFAULT_MAX_INVALID_SHARE, DEFAULT_MIN_SAMPLE_SIZE, DriftProfile, METHODS, METHOD_RULES, buildProfile, loadProfile, writeProfile

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/drift/refused.ts
var refused = __webpack_require__(6275);
// EXTERNAL MODULE: ./src/drift/choice.ts
var choice = __webpack_require__(8952);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
const LF = 0x0a;
const CR = 0x0d;
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
            throw new errors/* DhowError */.Bp('usage', `the CSV separator must be one ASCII character other than a quote or a line end, got ${JSON.stringify(separator)}`);
        }
        this.sep = separator.charCodeAt(0);
        this.file = options.file ?? '<input>';
        this.maxRecord = options.maxRecordBytes ?? MAX_CSV_RECORD_BYTES;
        this.stops[this.sep] = 1;
        this.stops[LF] = 1;
        this.stops[CR] = 1;
        this.stopMax = Math.max(this.sep, LF, CR);
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
        return new errors/* DhowError */.Bp('invalid-input', `the record is longer than ${limit}, the most a CSV record may hold`, { file: this.file, line });
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
                    if (c === LF) {
                        i++;
                        complete = true;
                        break;
                    }
                    if (c === CR) {
                        if (i + 1 >= n && !last)
                            return this.stopAt(pos, line);
                        i += i + 1 < n && buf[i + 1] === LF ? 2 : 1;
                        complete = true;
                        break;
                    }
                    throw new errors/* DhowError */.Bp('invalid-input', `unexpected text after a closing quote (field ${field})`, { file: this.file, line: line + lines });
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
                if (c === LF) {
                    i++;
                    complete = true;
                    break;
                }
                // CR: CRLF, or a lone CR as a line end.
                if (i + 1 >= n && !last)
                    return this.stopAt(pos, line);
                i += i + 1 < n && buf[i + 1] === LF ? 2 : 1;
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
            if (!(field === 1 && ends[0] === starts[0] && flags[0] === 0 && (buf[pos] === LF || buf[pos] === CR || pos >= n))) {
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
            throw new errors/* DhowError */.Bp('invalid-input', 'a quoted field is not closed before the end of the input', { file: this.file, line: fieldLine });
        }
        let lines = 0;
        for (let k = i + 1; k < closed; k++)
            if (buf[k] === LF)
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
                if (c === LF)
                    i++;
                else if (i + 1 < n && buf[i + 1] === LF)
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
        throw new errors/* DhowError */.Bp('not-found', `cannot open the file: ${error.code ?? error.message}`, { file, cause: error });
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
    const parser = new csv_scanner_CsvParser((record) => {
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
    const handle = await (0,promises_.open)(path, 'r').catch((error) => {
        throw new errors/* DhowError */.Bp('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
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
            throw new errors/* DhowError */.Bp('invalid-input', 'the file is empty (no header row)', { file: path });
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
            throw new errors/* DhowError */.Bp('invalid-input', `no such column ${quoteData(name)}; ${describeHeader(header)}`, { file, field: name });
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
        throw new errors/* DhowError */.Bp('invalid-input', `the row has ${record.length} fields, the header has ${width}`, { file, line: record.line });
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

;// CONCATENATED MODULE: ./src/io/jsonl.ts
/**
 * JSON Lines reader: one JSON value per line, read from a file in chunks. Each line is decoded as
 * strict UTF-8 (an invalid byte is an error, not a replacement character) and parsed on its own, so an
 * error names the file and the line. Blank lines (and a trailing CR) are ignored, a UTF-8 byte order
 * mark at the start is skipped.
 */


const jsonl_LF = 0x0a;
const jsonl_CR = 0x0d;
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
            const nl = buf.indexOf(jsonl_LF, pos);
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
        if (end > start && buf[end - 1] === jsonl_CR)
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
            throw new errors/* DhowError */.Bp('invalid-input', 'the line is not valid UTF-8', { file: this.file, line, cause: error });
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* DhowError */.Bp('invalid-input', `the line is not valid JSON: ${jsonSyntaxMessage(error)}`, { file: this.file, line, cause: error });
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
    const handle = await (0,promises_.open)(path, 'r').catch((error) => {
        throw new errors/* DhowError */.Bp('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
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
    const handle = await (0,promises_.open)(path, 'r').catch((error) => {
        throw new errors/* DhowError */.Bp('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
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

;// CONCATENATED MODULE: ./src/drift/columns.ts
/**
 * Reading a data set (CSV or JSON Lines) into drift columns without per-row objects: numerical values go
 * into growable Float64Arrays (NaN and infinities dropped and counted), categorical values are interned
 * from their bytes and only counted. A column's kind comes from the reference (or its profile, or the
 * caller's declared kind) and never changes after: it is numerical when every non-missing reference value
 * parses as a number; a reference column that turns out not to be numerical after its numbers were kept is
 * re-read as categorical (rare: it costs one more pass over that file). A value of the current data that
 * does not parse in a numerical column is a data-quality finding (counted in `invalid`), never a reason to
 * change the column's kind: one bad cell must not turn a column categorical and look like drift.
 */





/** A Float64Array that grows by doubling. */
class GrowableFloat64 {
    data = new Float64Array(1024);
    length = 0;
    push(v) {
        if (this.length === this.data.length) {
            const next = new Float64Array(this.data.length * 2);
            next.set(this.data);
            this.data = next;
        }
        this.data[this.length++] = v;
    }
    view() {
        return this.data.subarray(0, this.length);
    }
    /**
     * Makes room for `capacity` values at once (no copies while they arrive). Pages never written are never
     * touched (the allocation is zero-filled lazily), so an estimate on the high side costs address space only.
     */
    reserve(capacity) {
        if (capacity <= this.data.length)
            return;
        const next = new Float64Array(capacity);
        next.set(this.data.subarray(0, this.length));
        this.data = next;
    }
}
/**
 * Sketch mode's number column: values gather here (the parser's direct mode writes them in place, as into
 * a GrowableFloat64) and are folded into the sketch 65,536 at a time, so memory stays flat.
 */
class SketchBuffer {
    sketch;
    data = new Float64Array(1 << 16);
    length = 0;
    constructor(sketch) {
        this.sketch = sketch;
    }
    push(v) {
        if (this.length === this.data.length)
            this.flush();
        this.data[this.length++] = v;
    }
    flush() {
        this.sketch.addAll(this.data, this.length);
        this.length = 0;
    }
}
/**
 * Counts a categorical column's values as the CSV parser hands them over, hashed during the scan, in a
 * typed array of its own (`flush` adds them to the side's counts).
 */
class CategoryCounter {
    interner;
    side;
    counts = new Float64Array(64);
    constructor(interner, side) {
        this.interner = interner;
        this.side = side;
    }
    add(bytes, start, end, hash) {
        // Possibly missing values go the slow way (the record callback checks the tokens).
        if (mayBeMissing(bytes, start, end))
            return false;
        const id = this.interner.idHashed(bytes, start, end, hash);
        if (id >= this.counts.length) {
            const next = new Float64Array(Math.max(id + 1, this.counts.length * 2));
            next.set(this.counts);
            this.counts = next;
        }
        this.counts[id]++;
        return true;
    }
    flush() {
        const counts = this.side.counts;
        const mine = this.counts;
        for (let id = 0; id < mine.length; id++)
            if (mine[id] > 0)
                counts[id] = (counts[id] ?? 0) + mine[id];
        // Zeroed in place: a new array here would change a field V8 treats as constant in the compiled parser.
        mine.fill(0);
    }
}
function newSide() {
    return { numbers: new GrowableFloat64(), counts: [], dropped: 0, invalid: 0, rows: 0 };
}
function formatOf(file) {
    const ext = (0,external_node_path_.extname)(file).toLowerCase();
    if (ext === '.jsonl' || ext === '.ndjson')
        return 'jsonl';
    if (ext === '.csv' || ext === '.txt' || ext === '.tsv')
        return 'csv';
    throw new errors/* DhowError */.Bp('invalid-input', `unknown data format "${ext}" (expected .csv, .tsv, .jsonl or .ndjson)`, { file });
}
/** readCsvFile's options for a file read with these settings. */
function csvFileOptions(file, options) {
    const csv = options.csv ?? {};
    return {
        separator: (0,external_node_path_.extname)(file).toLowerCase() === '.tsv' ? '\t' : ',',
        onProgress: options.onProgress && ((done, total) => options.onProgress(file, done, total)),
        chunks: csv.chunks?.(file),
    };
}
/**
 * Reads one side into the column states. `columns` is created from the first file's header when empty;
 * the second file must have the same columns (in any order). Returns the reference columns that turned
 * categorical after numbers were kept (to re-read); reading the current side never changes a kind.
 */
async function columns_readSide(file, side, columns, kinds, options = {}) {
    const info = await (0,promises_.stat)(file).catch((error) => {
        const why = error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message);
        throw new errors/* DhowError */.Bp('not-found', `cannot read the ${side} data: ${why}`, { file, cause: error });
    });
    if (info.isDirectory())
        throw new errors/* DhowError */.Bp('invalid-input', `the ${side} data is a directory, not a file`, { file });
    const size = info.size;
    if (size === 0)
        throw new errors/* DhowError */.Bp('invalid-input', `the ${side} data is empty`, { file });
    const format = formatOf(file);
    const flipped = format === 'csv' ? await readCsvSide(file, side, columns, kinds, options) : await readJsonlSide(file, side, columns, kinds, options);
    return flipped;
}
function headerColumns(file, side, header, columns, kinds) {
    const seen = new Set();
    for (const name of header) {
        if (seen.has(name))
            throw new errors/* DhowError */.Bp('invalid-input', 'the column appears twice in the header', { file, field: name, line: 1 });
        seen.add(name);
    }
    if (columns.size === 0) {
        for (const name of header) {
            const kind = kinds.get(name);
            columns.set(name, { name, kind: kind ?? 'numerical', fixed: kind !== undefined, interner: new ByteInterner(), reference: newSide(), current: newSide() });
        }
    }
    else {
        for (const name of columns.keys()) {
            if (!seen.has(name))
                throw new errors/* DhowError */.Bp('invalid-input', `the column is missing from the ${side} data`, { file, field: name });
        }
        for (const name of header) {
            if (!columns.has(name))
                throw new errors/* DhowError */.Bp('invalid-input', `the column is only in the ${side} data`, { file, field: name });
        }
    }
    return header.map((name) => columns.get(name));
}
async function readCsvSide(file, side, columns, kinds, options) {
    let order;
    let sides = [];
    let width = 0;
    const flipped = [];
    let numeric = new Uint8Array(0);
    let rows = 0;
    let parser;
    let sinks = [];
    let categorySinks = [];
    let categorical = new Uint8Array(0);
    const size = (await (0,promises_.stat)(file)).size;
    const direct = options.csv?.direct !== false;
    await readCsvFile(file, (record) => {
        if (!order) {
            const header = record.texts();
            order = headerColumns(file, side, header, columns, kinds);
            sides = order.map((c) => c[side]);
            width = header.length;
            numeric = Uint8Array.from(order.map((c) => (c.kind === 'numerical' ? 1 : 0)));
            // The parser computes these columns' numbers while scanning and pushes them straight into the
            // column (or its sketch); a column that flips is cleared from both arrays.
            sinks = order.map((c, k) => {
                if (numeric[k] !== 1)
                    return undefined;
                const sketch = c[side].sketch;
                return sketch ? new SketchBuffer(sketch) : c[side].numbers;
            });
            parser?.expectNumbers(numeric, sinks);
            // Categorical columns are counted by the parser too (values hashed while scanned).
            categorical = Uint8Array.from(order.map((c) => (c.kind === 'categorical' ? 1 : 0)));
            categorySinks = order.map((c, k) => (categorical[k] === 1 ? new CategoryCounter(c.interner, c[side]) : undefined));
            parser?.expectCategories(categorical, categorySinks);
            // The rest of the first chunk shows how long a row is: size the number columns for the whole file
            // now, then let plain rows go straight into them (direct mode) from the first data row on.
            reserveRows(sides, numeric, size, record.bytes, record.end(width - 1));
            if (direct)
                directMode(parser, sinks, categorySinks);
            return;
        }
        if (record.length !== width) {
            throw new errors/* DhowError */.Bp('invalid-input', `the row has ${record.length} fields, the header has ${width}`, { file, line: record.line });
        }
        rows++;
        if (record.allTaken)
            return;
        for (let c = 0; c < width; c++) {
            const s = sides[c];
            if (numeric[c] === 1) {
                if (record.taken(c))
                    continue;
                const v = record.number(c);
                if (v - v === 0) {
                    if (s.sketch)
                        s.sketch.add(v);
                    else
                        s.numbers.push(v);
                }
                else {
                    if (v !== v && !record.missing(c)) {
                        const column = order[c];
                        if (!column.fixed && side === 'reference') {
                            // Not a number in the reference: the column is categorical after all; its numbers so far
                            // are re-read, unless nothing was read from it yet (text from the first row on).
                            column.kind = 'categorical';
                            numeric[c] = 0;
                            sinks[c] = undefined;
                            flushSketches(sinks); // so that untouched() sees every value read so far
                            if (untouched(s)) {
                                categorical[c] = 1;
                                categorySinks[c] = new CategoryCounter(column.interner, s);
                            }
                            else
                                flipped.push(column.name);
                            s.numbers = new GrowableFloat64();
                            s.sketch = undefined;
                            if (direct)
                                directMode(parser, sinks, categorySinks);
                            countCategory(column, s, record, c);
                            continue;
                        }
                        // The kind is settled (declared, or decided by the reference): a data-quality finding.
                        s.invalid++;
                    }
                    s.dropped++;
                }
            }
            else if (!record.taken(c))
                countCategory(order[c], s, record, c); // a value its counter took is counted already
        }
    }, {
        ...csvFileOptions(file, options),
        withParser: (p) => {
            parser = p;
            options.csv?.onParser?.(p);
        },
    });
    if (!order)
        throw new errors/* DhowError */.Bp('invalid-input', `the ${side} data has no header row`, { file });
    for (const sink of categorySinks)
        sink?.flush();
    flushSketches(sinks);
    rows += parser.directRecords;
    for (const s of sides)
        s.rows = rows;
    return flipped;
}
function flushSketches(sinks) {
    for (const sink of sinks)
        if (sink instanceof SketchBuffer)
            sink.flush();
}
/**
 * Lets the parser write records straight into the columns (CsvParser.expectDirect) when every column has
 * a place to go: a number column (kept, or a sketch's buffer) or a category counter; otherwise every
 * record goes through the callback.
 */
function directMode(parser, sinks, categorySinks) {
    const numbers = [];
    for (let c = 0; c < sinks.length; c++) {
        const sink = sinks[c];
        if (sink !== undefined && !(sink instanceof GrowableFloat64) && !(sink instanceof SketchBuffer))
            return parser.expectDirect(undefined);
        if (sink === undefined && categorySinks[c] === undefined)
            return parser.expectDirect(undefined);
        numbers.push(sink);
    }
    parser.expectDirect({ numbers, categories: categorySinks });
}
/** True when nothing was read into a side yet (no value, not even a missing one). */
function untouched(s) {
    return s.numbers.length === 0 && s.dropped === 0 && s.rows === 0 && s.counts.length === 0 && (s.sketch === undefined || s.sketch.count === 0);
}
/**
 * Sizes the numeric columns for the whole file from the rows in the rest of the first chunk (`bytes`
 * after `headerEnd`): their line ends give the length of a row. With a margin: a short estimate only means
 * the arrays grow by doubling again, as without it; a long one (line ends inside quotes) costs address
 * space only, as pages never written are never touched.
 */
function reserveRows(sides, numeric, size, bytes, headerEnd) {
    const start = bytes.indexOf(0x0a, headerEnd); // the header's own line end
    if (start < 0)
        return;
    let rows = 0;
    let last = start;
    for (let at = bytes.indexOf(0x0a, start + 1); at >= 0; at = bytes.indexOf(0x0a, at + 1)) {
        rows++;
        last = at;
    }
    if (rows === 0)
        return;
    const perRow = (last - start) / rows;
    const estimate = Math.ceil(((size - start) / perRow) * 1.05) + 1024;
    for (let c = 0; c < sides.length; c++)
        if (numeric[c] === 1 && !sides[c].sketch)
            sides[c].numbers.reserve(estimate);
}
function countCategory(column, s, record, c) {
    if (record.missing(c)) {
        s.dropped++;
        return;
    }
    const id = column.interner.idOfField(record, c);
    s.counts[id] = (s.counts[id] ?? 0) + 1;
}
/** Re-reads the named columns of a CSV side as categorical (after detection found text in them). */
async function columns_rereadCategorical(file, side, names, columns, options = {}) {
    if (formatOf(file) === 'jsonl')
        return rereadJsonlCategorical(file, side, names, columns);
    let indexes = [];
    let targets = [];
    let first = true;
    for (const name of names) {
        const s = columns.get(name)[side];
        s.counts = [];
        s.dropped = 0;
        s.invalid = 0;
        s.rows = 0;
        s.numbers = new GrowableFloat64();
    }
    await readCsvFile(file, (record) => {
        if (first) {
            first = false;
            const header = record.texts();
            indexes = names.map((n) => header.indexOf(n));
            targets = names.map((n) => columns.get(n));
            return;
        }
        for (let k = 0; k < indexes.length; k++) {
            const column = targets[k];
            column[side].rows++;
            countCategory(column, column[side], record, indexes[k]);
        }
    }, { ...csvFileOptions(file, { csv: options.csv }), withParser: options.csv?.onParser });
}
/**
 * Reads the named categorical columns' values of one side again, in row order, into `order` (interned ids, the
 * same ids the counts use; missing values left out as Evidently drops them). Only TVD needs it: a second pass
 * over the file for those columns keeps the scanner's counting paths as they are.
 */
async function readCategoricalOrder(file, side, names, columns, options = {}) {
    const targets = names.map((n) => columns.get(n));
    const ids = targets.map(() => new GrowableFloat64());
    if (formatOf(file) === 'jsonl') {
        await readJsonlFile(file, (value) => {
            const row = value;
            targets.forEach((column, k) => {
                const v = row[column.name];
                if (!isMissing(v))
                    ids[k].push(column.interner.idOfString(jsonText(v)));
            });
        });
    }
    else {
        let indexes;
        await readCsvFile(file, (record) => {
            if (!indexes) {
                const header = record.texts();
                indexes = names.map((n) => header.indexOf(n));
                return;
            }
            targets.forEach((column, k) => {
                const c = indexes[k];
                if (!record.missing(c))
                    ids[k].push(column.interner.idOfField(record, c));
            });
        }, { ...csvFileOptions(file, { csv: options.csv }), withParser: options.csv?.onParser });
    }
    targets.forEach((column, k) => (column[side].order = Int32Array.from(ids[k].view())));
}
// ---------------------------------------------------------------------------------------------------
// JSON Lines: one object per line; numbers (or numeric strings) are numbers, null or an absent key is missing.
function jsonNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' && value.trim() !== '') {
        const n = Number(value);
        if (!Number.isNaN(n))
            return n;
        const t = value.trim().toLowerCase();
        if (t === 'nan')
            return NaN;
        if (t === 'inf' || t === '+inf' || t === 'infinity')
            return Infinity;
        if (t === '-inf' || t === '-infinity')
            return -Infinity;
    }
    return undefined;
}
function jsonText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function isMissing(value) {
    return value === null || value === undefined || value === '';
}
async function readJsonlSide(file, side, columns, kinds, options) {
    let order;
    const flipped = [];
    await readJsonlFile(file, (value, line) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* DhowError */.Bp('invalid-input', 'each line must be a JSON object of column values', { file, line });
        }
        const row = value;
        if (!order)
            order = headerColumns(file, side, Object.keys(row), columns, kinds);
        for (const key of Object.keys(row)) {
            if (!columns.has(key))
                throw new errors/* DhowError */.Bp('invalid-input', `the column is only in the ${side} data`, { file, field: key, line });
        }
        for (const column of order) {
            const s = column[side];
            s.rows++;
            const v = row[column.name];
            if (isMissing(v)) {
                s.dropped++;
                continue;
            }
            if (column.kind === 'numerical') {
                const n = jsonNumber(v);
                if (n !== undefined) {
                    if (!Number.isFinite(n))
                        s.dropped++;
                    else if (s.sketch)
                        s.sketch.add(n);
                    else
                        s.numbers.push(n);
                    continue;
                }
                if (column.fixed || side === 'current') {
                    // The kind is settled (declared, or decided by the reference): a data-quality finding.
                    s.invalid++;
                    s.dropped++;
                    continue;
                }
                column.kind = 'categorical';
                flipped.push(column.name);
                s.numbers = new GrowableFloat64();
                s.sketch = undefined;
            }
            const id = column.interner.idOfString(jsonText(v));
            s.counts[id] = (s.counts[id] ?? 0) + 1;
        }
    }, { onProgress: options.onProgress && ((done, total) => options.onProgress(file, done, total)) });
    if (!order)
        throw new errors/* DhowError */.Bp('invalid-input', `the ${side} data has no rows`, { file });
    return flipped;
}
async function rereadJsonlCategorical(file, side, names, columns) {
    const targets = names.map((n) => columns.get(n));
    for (const t of targets)
        t[side] = newSide();
    await readJsonlFile(file, (value) => {
        const row = value;
        for (const column of targets) {
            const s = column[side];
            s.rows++;
            const v = row[column.name];
            if (isMissing(v)) {
                s.dropped++;
                continue;
            }
            const id = column.interner.idOfString(jsonText(v));
            s.counts[id] = (s.counts[id] ?? 0) + 1;
        }
    });
}

// EXTERNAL MODULE: ./src/drift/numpy-random.ts
var numpy_random = __webpack_require__(950);
;// CONCATENATED MODULE: ./src/drift/permutation-tests.ts
/**
 * The two tests of Evidently's registry whose p-value comes from permuting the rows of both samples together,
 * so they take the rows in file order (not sorted, not counted):
 * - `TVD` (evidently/legacy/calculations/stattests/tvd_stattest.py at commit a4aa4c2b): the total variation
 *   distance of the value shares, and utils.permutation_test's p-value over 1000 draws of
 *   `np.random.choice(reference + current, len(reference), replace=False)` after `np.random.seed(0)`;
 * - `empirical_mmd` (mmd_stattest.py): MMD² with an RBF kernel whose bandwidth is the median of the reference's
 *   pairwise squared distances, and the share of 100 `np.random.permutation`s of the kernel matrix whose MMD²
 *   is at least the observed one. Evidently never seeds these permutations, so its own p-value changes from run
 *   to run; dhow seeds numpy's RandomState with 0 (as permutation_test does), so its p-value is repeatable and
 *   equals Evidently's code run after `np.random.seed(0)` (but for a permutation that repeats the observed split:
 *   its MMD² equals the observed one, and dhow counts it where Evidently's last bit may not).
 * Sums follow numpy's pairwise summation so that the floating-point results (and the ties the p-values count)
 * are numpy's.
 */


/** utils.permutation_test's number of draws for TVD, and mmd_pval's number of permutations. */
const TVD_ITERATIONS = 1000;
const MMD_PERMUTATIONS = 100;
/**
 * empirical_mmd keeps the (reference + current)² kernel matrix, as Evidently does: beyond this many values in
 * all it would take more memory than a CI runner should give one column (Evidently's matrix is as large).
 */
const MMD_MAX_VALUES = 4000;
/** numpy's pairwise summation of a float64 array (np.sum, np.add.reduce): 8 accumulators, blocks of 128. */
function numpySum(a, start = 0, end = a.length) {
    const n = end - start;
    if (n < 8) {
        let res = 0;
        for (let i = start; i < end; i++)
            res += a[i];
        return res;
    }
    if (n <= 128) {
        let r0 = a[start], r1 = a[start + 1], r2 = a[start + 2], r3 = a[start + 3], r4 = a[start + 4], r5 = a[start + 5], r6 = a[start + 6], r7 = a[start + 7];
        let i = start + 8;
        const stop = end - (n % 8);
        for (; i < stop; i += 8) {
            r0 += a[i];
            r1 += a[i + 1];
            r2 += a[i + 2];
            r3 += a[i + 3];
            r4 += a[i + 4];
            r5 += a[i + 5];
            r6 += a[i + 6];
            r7 += a[i + 7];
        }
        let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
        for (; i < end; i++)
            res += a[i];
        return res;
    }
    let half = Math.floor(n / 2);
    half -= half % 8;
    return numpySum(a, start, start + half) + numpySum(a, start + half, end);
}
/**
 * Evidently's _total_variation_distance on counts per value (the keys in one fixed order):
 * 0.5 * np.sum(np.abs(ref / sum(ref) - curr / sum(curr))).
 */
function totalVariationDistance(reference, current, referenceTotal, currentTotal) {
    const diffs = new Float64Array(reference.length);
    for (let k = 0; k < diffs.length; k++)
        diffs[k] = Math.abs(reference[k] / referenceTotal - current[k] / currentTotal);
    return 0.5 * numpySum(diffs);
}
/**
 * Evidently's TVD test: the p-value of the observed distance among TVD_ITERATIONS random splits of the pooled
 * rows. `reference` and `current` hold each row's value as an index into the sorted keys (rows in file order,
 * missing values left out, as Evidently drops them); `keys` is how many keys there are.
 */
function tvdTest(reference, current, keys) {
    const nRef = reference.length;
    const nCur = current.length;
    if (nRef === 0 || nCur === 0)
        throw new refused/* RefusedData */.n('TVD needs values on both sides');
    const pooled = new Int32Array(nRef + nCur);
    pooled.set(reference);
    pooled.set(current, nRef);
    const total = new Float64Array(keys);
    for (let i = 0; i < pooled.length; i++)
        total[pooled[i]]++;
    const ref = new Float64Array(keys);
    for (let i = 0; i < nRef; i++)
        ref[reference[i]]++;
    // Evidently's keys are the values present on either side: a key of no row (possible in a caller's table) is left out.
    const present = [...Array(keys).keys()].filter((k) => total[k] > 0);
    const pick = (counts) => Float64Array.from(present, (k) => counts[k]);
    const cur = (counts) => Float64Array.from(present, (k) => total[k] - counts[k]);
    const observed = totalVariationDistance(pick(ref), cur(ref), nRef, nCur);
    const rs = new numpy_random/* LegacyRandomState */.W(0);
    const draws = new Float64Array(keys);
    const order = new Int32Array(pooled.length);
    let atLeast = 0;
    for (let it = 0; it < TVD_ITERATIONS; it++) {
        // np.random.choice(pooled, nRef, replace=False) is pooled[permutation(len(pooled))[:nRef]].
        rs.permutationInto(order);
        draws.fill(0);
        for (let i = 0; i < nRef; i++)
            draws[pooled[order[i]]]++;
        if (observed <= Math.abs(totalVariationDistance(pick(draws), cur(draws), nRef, nCur)))
            atLeast++;
    }
    return atLeast / TVD_ITERATIONS;
}
/** Evidently's empirical MMD² and its permutation p-value (dhow's seed 0), on the rows in file order. */
function empiricalMmd(reference, current) {
    const n = reference.length;
    const m = current.length;
    if (n < 2 || m < 2)
        throw new refused/* RefusedData */.n('empirical_mmd needs at least two values on each side (Evidently divides by n(n - 1))');
    const size = n + m;
    if (size > MMD_MAX_VALUES)
        throw new refused/* RefusedData */.n(`empirical_mmd builds a kernel matrix over both samples; ${size} values are more than ${MMD_MAX_VALUES} (choose another test for this column)`);
    const z = new Float64Array(size);
    z.set(reference);
    z.set(current, n);
    const squares = Float64Array.from(z, (v) => v * v);
    // squared_paired_dist(x, y)[i][j] = (y_j² - 2 x_i y_j) + x_i², in that order, with the reference (x) as the row
    // of the cross block; sigma_median is over the reference's own n² distances, diagonal included.
    const dist = (row, col) => squares[col] - 2 * (z[row] * z[col]) + squares[row];
    const own = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
            own[i * n + j] = dist(i, j);
    // np.percentile(q=50, method="nearest"): the value at index round-half-even((n² - 1) / 2) of the sorted values.
    const virtual = (n * n - 1) / 2;
    const index = virtual % 1 === 0.5 ? (Math.floor(virtual) % 2 === 0 ? Math.floor(virtual) : Math.ceil(virtual)) : Math.round(virtual);
    selectNth(own, index);
    let sigma = Math.sqrt(0.5 * own[index]);
    if (sigma === 0)
        sigma = Math.sqrt(0.5);
    const gamma = 1.0 / (2.0 * (sigma * sigma));
    // The kernel matrix with its diagonal zeroed, row-major over [reference, current]; the lower-left block is
    // the transpose of the upper-right (Evidently concatenates kxy.T), so a cross entry's row is always the reference's.
    const kernel = new Float64Array(size * size);
    for (let a = 0; a < size; a++) {
        for (let b = 0; b < size; b++) {
            if (a === b)
                continue;
            const d = a < n || b >= n ? dist(a, b) : dist(b, a);
            kernel[a * size + b] = Math.exp(-gamma * d);
        }
    }
    const identity = Int32Array.from({ length: size }, (_, i) => i);
    const mmd = mmdOf(kernel, size, identity, n, m);
    // Each row's total, once: a permutation then needs each row's sum over the smaller of its two sides only.
    const rowTotal = new Float64Array(size);
    for (let a = 0; a < size; a++)
        rowTotal[a] = numpySum(kernel, a * size, (a + 1) * size);
    const rs = new numpy_random/* LegacyRandomState */.W(0);
    const ownValues = Float64Array.from(reference).sort();
    const drawn = new Float64Array(n);
    const order = new Int32Array(size);
    let atLeast = 0;
    for (let p = 0; p < MMD_PERMUTATIONS; p++) {
        rs.permutationInto(order);
        // A permutation that puts the reference's own values first has the observed MMD² exactly; numpy's sums in
        // another order decide Evidently's `<=` by their last bit. Equal is at least: dhow counts it.
        for (let i = 0; i < n; i++)
            drawn[i] = z[order[i]];
        drawn.sort();
        let same = true;
        for (let i = 0; i < n && same; i++)
            same = drawn[i] === ownValues[i];
        if (same || mmd <= permutedMmd(kernel, size, rowTotal, order, n, m))
            atLeast++;
    }
    return { mmd, pvalue: atLeast / MMD_PERMUTATIONS };
}
/**
 * mmd_2samp after a permutation, from row sums: the new reference is the rows order[0..n), the new current the
 * rest. Sums run over the original rows in memory order (numpy's run over the permuted matrix): the same value
 * up to rounding, which decides nothing but an exact repeat of the split (counted as a tie by the caller).
 */
function permutedMmd(kernel, size, rowTotal, order, n, m) {
    // The smaller side's columns, in memory order: each row's sum over them, the other side's by difference.
    const small = n <= m ? order.slice(0, n) : order.slice(n);
    small.sort();
    const inCurrent = new Uint8Array(size);
    for (let i = n; i < size; i++)
        inCurrent[order[i]] = 1;
    let xx = 0;
    let yy = 0;
    let yx = 0;
    for (let a = 0; a < size; a++) {
        const base = a * size;
        let part = 0;
        for (let k = 0; k < small.length; k++)
            part += kernel[base + small[k]];
        const toCurrent = n <= m ? rowTotal[a] - part : part;
        const toReference = rowTotal[a] - toCurrent;
        if (inCurrent[a] === 1) {
            yy += toCurrent;
            yx += toReference;
        }
        else
            xx += toReference;
    }
    return (1 / (n * (n - 1))) * xx + (1 / (m * (m - 1))) * yy - 2.0 * (yx / (m * n));
}
/** Puts the k-th smallest value at index k (values before it smaller or equal, after it larger or equal). */
function selectNth(values, k) {
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
        // Median of three as the pivot; Hoare partition.
        const mid = (lo + hi) >>> 1;
        const a = values[lo];
        const b = values[mid];
        const c = values[hi];
        const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (values[i] < pivot)
                i++;
            while (values[j] > pivot)
                j--;
            if (i <= j) {
                const t = values[i];
                values[i] = values[j];
                values[j] = t;
                i++;
                j--;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return;
    }
}
/**
 * mmd_2samp on kernel[index][:, index]: A * Kxx.sum() + B * Kyy.sum() - 2 * Kxy.mean(), each block summed as
 * numpy sums a strided 2-d view (row by row, each row pairwise).
 */
function mmdOf(kernel, size, index, n, m) {
    const row = new Float64Array(size);
    const block = (rows, cols) => {
        let total = 0;
        for (let a = rows[0]; a < rows[1]; a++) {
            const base = index[a] * size;
            for (let b = cols[0]; b < cols[1]; b++)
                row[b - cols[0]] = kernel[base + index[b]];
            total += numpySum(row, 0, cols[1] - cols[0]);
        }
        return total;
    };
    const xx = block([0, n], [0, n]);
    const yy = block([n, size], [n, size]);
    const yx = block([n, size], [0, n]);
    return (1 / (n * (n - 1))) * xx + (1 / (m * (m - 1))) * yy - 2.0 * (yx / (m * n));
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/drift/sort.ts
/**
 * Sorting float64 columns fast: an LSD radix sort on the IEEE-754 bits (11-bit digits, passes whose digit
 * is constant are skipped), several times faster than TypedArray.prototype.sort on millions of values.
 * NaN must already be gone (the drift code drops NaN and infinities before sorting).
 */
let scratch = new Float64Array(0);
/** Sorts values[0, length) ascending, in place. */
function sort_sortFloat64(values, length = values.length) {
    const view = values.subarray(0, length);
    if (length < 2048) {
        view.sort();
        return view;
    }
    // Decimal text first (one to three radix passes over 32-bit keys, whatever the number of distinct values),
    // then few distinct values of any kind (a hash table), then any doubles.
    if (sortDecimalKeys(view))
        return view;
    if (sortByCounting(view))
        return view;
    return radixSort(view, length);
}
const sort_POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
/**
 * Values read from decimal text with at most 9 fraction digits are m / 10^d for integers m: sort the
 * integers m - min (when they span less than 2^32), by counting them when they span few keys (see
 * COUNTING_MIN_RANGE), else with an LSD radix sort of 4-byte keys in 2 or 3 passes, then write m / 10^d
 * back, which is exactly the double that was there (every value is checked).
 *
 * Each loop is a function of its own: V8 compiles a long loop while it runs (on-stack replacement), and
 * code after it in the same function, never run by then, has no type feedback and would throw the
 * compiled loop away when reached (a cold CLI run pays those recompilations).
 */
function sortDecimalKeys(view) {
    const length = view.length;
    const d = fractionDigits(view, Math.min(length, 1000));
    if (d < 0)
        return false;
    const scale = sort_POW10[d];
    // Replace each value by its integer m in place; on the first value that is not m / 10^d, undo and give up.
    const failed = toKeys(view, scale);
    const min = keyStats[0];
    const max = keyStats[1];
    const negativeZeros = keyStats[2];
    if (failed >= 0 || !(max - min < 2 ** 32)) {
        // The keys of negative zeros are -0 themselves (Math.round(-0) is -0): undoing gives every -0 back.
        fromKeys(view, failed >= 0 ? failed : length, scale);
        return false;
    }
    const range = max - min;
    if (range < Math.max(COUNTING_MIN_RANGE, length >>> 3)) {
        const counts = new Uint32Array(range + 1);
        countKeys(view, min, counts);
        writeCounted(view, counts, min, scale);
    }
    else
        radixSortKeys(view, min, range, scale);
    if (negativeZeros > 0)
        restoreNegativeZeros(view, negativeZeros);
    return true;
}
/**
 * Below this many possible keys (or an eighth of the sample's length, when larger), keys are counted, not
 * radix-sorted: the counts take at most half a byte per value beyond a constant.
 */
const COUNTING_MIN_RANGE = 1 << 16;
/** The fraction digits the first `count` values need (the most any of them needs), or -1 beyond 9. */
function fractionDigits(view, count) {
    let d = 0;
    for (let i = 0; i < count; i++)
        d = digitsOf(view[i], d);
    return d > 9 ? -1 : d;
}
function digitsOf(v, d) {
    while (d <= 9 && Math.round(v * sort_POW10[d]) / sort_POW10[d] !== v)
        d++;
    return d;
}
/** toKeys' results beside its return value: the smallest and largest key, and how many -0 became 0. */
const keyStats = new Float64Array(3);
/**
 * Writes m = round(v * scale) over each value v, while v is m / scale exactly; returns the index of the
 * first value that is not (its keys before it written), or -1. keyStats gets min, max and the -0 count,
 * updated inside the loop as they change (nothing is left to do after it).
 */
function toKeys(view, scale) {
    const stats = keyStats;
    stats[0] = Infinity;
    stats[1] = -Infinity;
    stats[2] = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < view.length; i++) {
        const v = view[i];
        const m = Math.round(v * scale);
        if (m / scale !== v)
            return i;
        if (m === 0 && Object.is(v, -0))
            stats[2]++;
        view[i] = m;
        if (m < min)
            stats[0] = min = m;
        if (m > max)
            stats[1] = max = m;
    }
    return -1;
}
/** Undoes toKeys on view[0, count). */
function fromKeys(view, count, scale) {
    for (let j = 0; j < count; j++)
        view[j] = view[j] / scale;
}
function countKeys(view, min, counts) {
    for (let i = 0; i < view.length; i++)
        counts[view[i] - min]++;
}
/** Writes every key back as often as it was counted, as the double (key + min) / scale, in order. */
function writeCounted(view, counts, min, scale) {
    let at = 0;
    for (let key = 0; key < counts.length; key++) {
        const c = counts[key];
        if (c === 0)
            continue;
        const v = (key + min) / scale;
        view.fill(v, at, at + c);
        at += c;
    }
}
/**
 * LSD radix sort of the keys m - min (fewer than 2^32) in 2 or 3 passes, then the doubles written back.
 * No memory beyond the values' own: the 4-byte keys go into the first half of the values' 8-byte slots
 * (key i overwrites bytes of values already read) and the passes alternate between the two halves.
 */
function radixSortKeys(view, min, range, scale) {
    const length = view.length;
    const lower = new Uint32Array(view.buffer, view.byteOffset, length);
    const upper = new Uint32Array(view.buffer, view.byteOffset + 4 * length, length);
    let src = lower;
    let dst = upper;
    const bits = range === 0 ? 1 : Math.floor(Math.log2(range)) + 1;
    const passes = Math.ceil(bits / 13);
    const width = Math.ceil(bits / passes);
    const buckets = 1 << width;
    // Every pass's digit counts in the same loop that writes the keys (one read of the data, not one per pass).
    const counts = new Uint32Array(3 * buckets);
    digitCounts(view, min, src, counts, width, buckets);
    for (let pass = 0, shift = 0; pass < passes; pass++, shift += width) {
        const base = pass * buckets;
        prefixSums(counts, base, buckets);
        scatterKeys(src, dst, counts, base, shift, buckets - 1);
        const t = src;
        src = dst;
        dst = t;
    }
    // Back to doubles without overwriting keys still to be read: from the end when the keys are in the lower
    // half (double i covers keys 2i and 2i + 1, read already), from the start when in the upper half.
    if (src === lower)
        keysBackFromEnd(view, src, min, scale);
    else
        keysBack(view, src, min, scale);
}
function digitCounts(view, min, keys, counts, width, buckets) {
    const mask = buckets - 1;
    const shift2 = 2 * width;
    for (let i = 0; i < view.length; i++) {
        const key = (view[i] - min) >>> 0;
        keys[i] = key;
        counts[key & mask]++;
        counts[buckets + ((key >>> width) & mask)]++;
        counts[2 * buckets + ((key >>> shift2) & mask)]++;
    }
}
function prefixSums(counts, base, buckets) {
    let sum = 0;
    for (let b = base; b < base + buckets; b++) {
        const c = counts[b];
        counts[b] = sum;
        sum += c;
    }
}
function scatterKeys(src, dst, counts, base, shift, mask) {
    for (let i = 0; i < src.length; i++) {
        const key = src[i];
        dst[counts[base + ((key >>> shift) & mask)]++] = key;
    }
}
function keysBack(view, keys, min, scale) {
    for (let i = 0; i < view.length; i++)
        view[i] = (keys[i] + min) / scale;
}
function keysBackFromEnd(view, keys, min, scale) {
    for (let i = view.length - 1; i >= 0; i--)
        view[i] = (keys[i] + min) / scale;
}
/**
 * -0 became 0 on the way through the sorted integers: put the negative zeros back, at the start of the run
 * of zeros (as Float64Array.prototype.sort orders them).
 */
function restoreNegativeZeros(view, count) {
    // The first value that is not negative (binary search: the values are sorted).
    let lo = 0;
    let hi = view.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (view[mid] < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (let i = lo; count > 0; count--)
        view[i++] = -0;
}
/**
 * Data read from text often has few distinct values (integers, rounded decimals): count them in a hash
 * table, sort the distinct values and write each one back as many times as it occurred. Gives up (false)
 * as soon as the distinct values exceed a sixteenth of the sample or 2^16, or look like they will.
 */
function sortByCounting(view) {
    const length = view.length;
    const limit = Math.min(1 << 16, length >>> 4);
    // Grow the table as distinct values appear; start small so columns with few values stay in cache.
    let size = 1024;
    let shift = 22; // 32 - log2(size): the table index is the top bits of the hash
    let keys = new Float64Array(size);
    let counts = new Int32Array(size);
    let used = new Uint8Array(size);
    let distinct = 0;
    const bits = new Uint32Array(view.buffer, view.byteOffset, length * 2);
    let negativeZeros = 0;
    let positiveZeros = 0;
    for (let i = 0; i < length; i++) {
        const v = view[i];
        if (v === 0) {
            // Zeros are counted apart: -0 and +0 compare equal but must keep their order (-0 first).
            if (Object.is(v, -0))
                negativeZeros++;
            else
                positiveZeros++;
            continue;
        }
        let slot = hashBits(bits[2 * i], bits[2 * i + 1], shift);
        for (;;) {
            if (used[slot] === 0) {
                used[slot] = 1;
                keys[slot] = v;
                counts[slot] = 1;
                distinct++;
                break;
            }
            if (keys[slot] === v) {
                counts[slot]++;
                break;
            }
            slot = (slot + 1) & (size - 1);
        }
        if (i === 16384 && distinct > 4096)
            return false;
        if (distinct * 2 > size) {
            if (distinct > limit)
                return false;
            // Rehash into a table twice the size.
            const oldKeys = keys;
            const oldCounts = counts;
            const oldUsed = used;
            size *= 2;
            shift--;
            keys = new Float64Array(size);
            counts = new Int32Array(size);
            used = new Uint8Array(size);
            const kb = new Uint32Array(oldKeys.buffer);
            for (let j = 0; j < oldUsed.length; j++) {
                if (oldUsed[j] === 0)
                    continue;
                let s2 = hashBits(kb[2 * j], kb[2 * j + 1], shift);
                while (used[s2] === 1)
                    s2 = (s2 + 1) & (size - 1);
                used[s2] = 1;
                keys[s2] = oldKeys[j];
                counts[s2] = oldCounts[j];
            }
        }
    }
    const distinctKeys = new Float64Array(distinct);
    const distinctCounts = new Int32Array(distinct);
    let k = 0;
    for (let j = 0; j < size; j++)
        if (used[j] === 1)
            distinctKeys[k++] = keys[j];
    distinctKeys.sort();
    // Look the counts up again in sorted order.
    const kb = new Uint32Array(distinctKeys.buffer);
    for (let d = 0; d < distinct; d++) {
        const v = distinctKeys[d];
        let slot = hashBits(kb[2 * d], kb[2 * d + 1], shift);
        while (keys[slot] !== v || used[slot] === 0)
            slot = (slot + 1) & (size - 1);
        distinctCounts[d] = counts[slot];
    }
    let at = 0;
    let zerosDone = negativeZeros + positiveZeros === 0;
    for (let d = 0; d <= distinct; d++) {
        if (!zerosDone && (d === distinct || distinctKeys[d] > 0)) {
            view.fill(-0, at, at + negativeZeros);
            at += negativeZeros;
            view.fill(0, at, at + positiveZeros);
            at += positiveZeros;
            zerosDone = true;
        }
        if (d === distinct)
            break;
        const v = distinctKeys[d];
        view.fill(v, at, at + distinctCounts[d]);
        at += distinctCounts[d];
    }
    return true;
}
/** Multiplicative hashing of a double's two words; the top bits are the well-mixed ones. */
function hashBits(lo, hi, shift) {
    return Math.imul(Math.imul(lo, 0x9e3779b1) ^ hi, 0x85ebca6b) >>> shift;
}
function radixSort(view, length) {
    if (scratch.length < length)
        scratch = new Float64Array(length);
    const a32 = new Uint32Array(view.buffer, view.byteOffset, length * 2);
    const b32 = new Uint32Array(scratch.buffer, 0, length * 2);
    // To sortable unsigned keys: flip all bits of negatives, only the sign bit of positives (little-endian: hi word at 2i+1).
    for (let i = 0; i < length; i++) {
        const hi = a32[2 * i + 1];
        if (hi & 0x80000000) {
            a32[2 * i + 1] = ~hi >>> 0;
            a32[2 * i] = ~a32[2 * i] >>> 0;
        }
        else
            a32[2 * i + 1] = (hi | 0x80000000) >>> 0;
    }
    // Six passes of 11, 11 and 10 bits over the low word, then the high word.
    const counts = new Uint32Array(6 * 2048);
    for (let i = 0; i < length; i++) {
        const lo = a32[2 * i];
        const hi = a32[2 * i + 1];
        counts[lo & 0x7ff]++;
        counts[2048 + ((lo >>> 11) & 0x7ff)]++;
        counts[4096 + (lo >>> 22)]++;
        counts[6144 + (hi & 0x7ff)]++;
        counts[8192 + ((hi >>> 11) & 0x7ff)]++;
        counts[10240 + (hi >>> 22)]++;
    }
    let src = a32;
    let dst = b32;
    for (let pass = 0; pass < 6; pass++) {
        const base = pass * 2048;
        let skip = false;
        let sum = 0;
        for (let d = 0; d < 2048; d++) {
            const c = counts[base + d];
            if (c === length) {
                skip = true;
                break;
            }
            counts[base + d] = sum;
            sum += c;
        }
        if (skip)
            continue;
        const word = pass < 3 ? 0 : 1;
        const shift = (pass % 3) * 11;
        for (let i = 0; i < length; i++) {
            const lo = src[2 * i];
            const hi = src[2 * i + 1];
            const key = ((word === 0 ? lo : hi) >>> shift) & 0x7ff;
            const at = counts[base + key]++;
            dst[2 * at] = lo;
            dst[2 * at + 1] = hi;
        }
        const t = src;
        src = dst;
        dst = t;
    }
    if (src !== a32)
        a32.set(src.subarray(0, length * 2));
    for (let i = 0; i < length; i++) {
        const hi = a32[2 * i + 1];
        if (hi & 0x80000000)
            a32[2 * i + 1] = (hi & 0x7fffffff) >>> 0;
        else {
            a32[2 * i + 1] = ~hi >>> 0;
            a32[2 * i] = ~a32[2 * i] >>> 0;
        }
    }
    return view;
}
/** Releases the scratch buffer (after a drift run). */
function releaseSortScratch() {
    scratch = new Float64Array(0);
}

// EXTERNAL MODULE: ./src/drift/stattests.ts + 2 modules
var stattests = __webpack_require__(6272);
;// CONCATENATED MODULE: ./src/drift/profile.ts
/**
 * The reference profile: a compact JSON written when a version is registered, so the raw training data
 * never has to reach a runner. Per numerical column it keeps the count, min, max, mean, the exact
 * population standard deviation and either every distinct value with its count (at most 20 distinct
 * values: every test stays exact) or 1001 quantiles (a sketch: ks, wasserstein and binned psi /
 * jensenshannon become approximate). Per categorical column it keeps every value's count (exact).
 */









const PROFILE_VERSION = 1;
/** Quantile points kept per numerical column with more than MAX_EXACT_VALUES distinct values. */
const PROFILE_QUANTILES = 1000;
const MAX_EXACT_VALUES = 20;
/** The synthesized reference sample is at most this long. */
const MAX_SYNTHETIC = 100_000;
/** Methods whose results are approximate when the reference is a sketched (quantile) profile column. */
const APPROXIMATE_WITH_SKETCH = (/* unused pure expression or super */ null && (['ks', 'wasserstein', 'jensenshannon', 'psi', 'chisquare', 'z']));
const count = schemas/* number */.aig().int().nonnegative();
const NumericalColumn = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    type: schemas/* literal */.euz('numerical'),
    count,
    dropped: count,
    min: schemas/* number */.aig(),
    max: schemas/* number */.aig(),
    mean: schemas/* number */.aig(),
    std: schemas/* number */.aig().nonnegative(),
    /** Every distinct value and its count, when there are at most 20. */
    values: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig().int().positive()])).optional(),
    /** Quantiles at 0, 1/1000, ..., 1 (numpy's linear interpolation), when there are more. */
    quantiles: schemas/* array */.YOg(schemas/* number */.aig()).min(2).optional(),
})
    .strict()
    .refine((c) => (c.values === undefined) !== (c.quantiles === undefined), { message: 'a numerical column has either values or quantiles' });
const CategoricalColumn = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    type: schemas/* literal */.euz('categorical'),
    count,
    dropped: count,
    counts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().positive()),
})
    .strict();
const DriftProfile = schemas/* object */.Ikc({
    apiVersion: schemas/* literal */.euz('dhow.dev/v1'),
    kind: schemas/* literal */.euz('DriftProfile'),
    'profile-version': schemas/* literal */.euz(PROFILE_VERSION),
    source: schemas/* string */.YjP(),
    rows: count,
    'created-at': schemas/* string */.YjP(),
    columns: schemas/* array */.YOg(schemas/* union */.KCZ([NumericalColumn, CategoricalColumn])).min(1),
})
    .strict();
/** A .json file whose kind is DriftProfile. */
async function isProfileFile(path) {
    if ((0,external_node_path_.extname)(path).toLowerCase() !== '.json')
        return false;
    return true;
}
async function loadProfile(path) {
    let raw;
    try {
        raw = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        if (error.code)
            throw new errors/* DhowError */.Bp('not-found', `cannot read the profile: ${error.code}`, { file: path, cause: error });
        throw new errors/* DhowError */.Bp('invalid-input', `the profile is not valid JSON: ${jsonSyntaxMessage(error)}`, { file: path, cause: error });
    }
    const parsed = DriftProfile.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* DhowError */.Bp('invalid-input', `not a drift profile: ${issue.message}`, { file: path, field: issue.path.join('.') || undefined });
    }
    return parsed.data;
}
/** Builds the profile of a data set. */
async function buildProfile(options) {
    const columns = new Map();
    const kinds = new Map(Object.entries(options.columnTypes ?? {}));
    const flipped = await readSide(options.input, 'reference', columns, kinds, options);
    if (flipped.length > 0)
        await rereadCategorical(options.input, 'reference', flipped, columns, options);
    let rows = 0;
    const out = [];
    for (const column of columns.values()) {
        const side = column.reference;
        rows = side.rows;
        if (column.kind === 'categorical') {
            const counts = {};
            column.interner.values.forEach((value, id) => {
                const c = side.counts[id] ?? 0;
                if (c > 0)
                    counts[value] = c;
            });
            out.push({ name: column.name, type: 'categorical', count: side.rows - side.dropped, dropped: side.dropped, counts });
            continue;
        }
        const values = sortFloat64(side.numbers.view());
        if (values.length === 0)
            throw new DhowError('invalid-input', 'the column has no numeric values', { file: options.input, field: column.name });
        let sum = 0;
        for (const v of values)
            sum += v;
        const entry = {
            name: column.name,
            type: 'numerical',
            count: values.length,
            dropped: side.dropped,
            min: values[0],
            max: values.at(-1),
            mean: sum / values.length,
            std: populationStd(values),
        };
        if (distinctSorted(values, MAX_EXACT_VALUES + 1) <= MAX_EXACT_VALUES) {
            const pairs = [];
            for (let i = 0; i < values.length;) {
                let j = i;
                while (j < values.length && values[j] === values[i])
                    j++;
                pairs.push([values[i], j - i]);
                i = j;
            }
            out.push({ ...entry, values: pairs });
        }
        else {
            const quantiles = [];
            for (let k = 0; k <= PROFILE_QUANTILES; k++)
                quantiles.push(quantileSorted(values, k / PROFILE_QUANTILES));
            out.push({ ...entry, quantiles });
        }
    }
    return {
        apiVersion: 'dhow.dev/v1',
        kind: 'DriftProfile',
        'profile-version': PROFILE_VERSION,
        source: options.input,
        rows,
        'created-at': (options.now ?? new Date()).toISOString(),
        columns: out,
    };
}
/** Writes a profile atomically (temporary file, then rename). */
async function writeProfile(path, profile) {
    const tmp = `${path}.tmp-${process.pid}`;
    await writeFile(tmp, `${JSON.stringify(profile)}\n`);
    await rename(tmp, path);
}
/** numpy.quantile(values, p) with the default linear method, on a sorted sample. */
function quantileSorted(values, p) {
    const h = (values.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, values.length - 1);
    return values[lo] + (h - lo) * (values[hi] - values[lo]);
}
/** The reference side of a column rebuilt from its profile entry. */
function profileColumnToSides(c) {
    const interner = new ByteInterner();
    const reference = newSide();
    reference.rows = c.count + c.dropped;
    reference.dropped = c.dropped;
    if (c.type === 'categorical') {
        for (const [value, n] of Object.entries(c.counts)) {
            const id = interner.idOfString(value);
            reference.counts[id] = n;
        }
        return { name: c.name, kind: 'categorical', fixed: true, interner, reference, current: newSide() };
    }
    reference.std = c.std;
    reference.count = c.count;
    const numbers = new GrowableFloat64();
    if (c.values) {
        for (const [value, n] of c.values)
            for (let k = 0; k < n; k++)
                numbers.push(value);
        reference.exact = true;
    }
    else {
        const q = c.quantiles;
        const size = Math.max(2, Math.min(c.count, MAX_SYNTHETIC));
        const segments = q.length - 1;
        for (let j = 0; j < size; j++) {
            const t = (j / (size - 1)) * segments;
            const k = Math.min(Math.floor(t), segments - 1);
            numbers.push(q[k] + (t - k) * (q[k + 1] - q[k]));
        }
        reference.exact = false;
    }
    reference.numbers = numbers;
    return { name: c.name, kind: 'numerical', fixed: true, interner, reference, current: newSide() };
}

// EXTERNAL MODULE: ./src/drift/kolmogorov.ts
var kolmogorov = __webpack_require__(2228);
;// CONCATENATED MODULE: ./src/drift/sketch.ts
/**
 * Sketch mode: the current data's numerical columns are folded into fixed-size sketches instead of being
 * kept, so memory stays flat however many rows arrive. A sketch keeps the exact count, min, max and
 * every distinct value with its count while there are at most 2048 of them (then every test stays exact),
 * and an equal-width histogram of 8192 bins that widens (merging neighbouring bins) when a value falls
 * outside its range. Tests on a sketch treat each bin as its centre: ks, wasserstein and binned
 * psi / jensenshannon become approximate, within about one bin width.
 */


const SKETCH_BINS = 8192;
/** Distinct values a sketch keeps exactly (integers, codes, rounded measures) before relying on its bins. */
const SKETCH_EXACT_VALUES = 2048;
/** Evidently bins a numerical column by width when the reference has more distinct values than this. */
const BINNING_DISTINCT = 20;
class NumericSketch {
    counts = new Float64Array(SKETCH_BINS);
    lo;
    width;
    count = 0;
    min = Infinity;
    max = -Infinity;
    exact = new Map();
    /** lo and hi: the expected range (the reference's); it widens as needed. */
    constructor(lo, hi) {
        if (!(hi > lo)) {
            lo -= 0.5;
            hi = lo + 1;
        }
        this.lo = lo;
        this.width = hi - lo;
    }
    /** Same as add (the CSV reader's NumberSink). */
    push(v) {
        this.add(v);
    }
    /** Adds values[0, count). */
    addAll(values, count) {
        for (let i = 0; i < count; i++)
            this.add(values[i]);
    }
    add(v) {
        this.count++;
        if (v < this.min)
            this.min = v;
        if (v > this.max)
            this.max = v;
        if (this.exact) {
            this.exact.set(v, (this.exact.get(v) ?? 0) + 1);
            if (this.exact.size > SKETCH_EXACT_VALUES)
                this.exact = null;
        }
        while (v < this.lo)
            this.widen(false);
        while (v > this.lo + this.width)
            this.widen(true);
        let bin = Math.floor(((v - this.lo) / this.width) * SKETCH_BINS);
        if (bin >= SKETCH_BINS)
            bin = SKETCH_BINS - 1;
        this.counts[bin]++;
    }
    /** Doubles the range to the right (keeping lo) or to the left (keeping the top), merging bin pairs. */
    widen(right) {
        const c = this.counts;
        const half = SKETCH_BINS / 2;
        if (right) {
            for (let k = 0; k < half; k++)
                c[k] = c[2 * k] + c[2 * k + 1];
            c.fill(0, half);
        }
        else {
            for (let k = SKETCH_BINS - 1; k >= half; k--)
                c[k] = c[2 * (k - half)] + c[2 * (k - half) + 1];
            c.fill(0, 0, half);
            this.lo -= this.width;
        }
        this.width *= 2;
    }
    /** The sketch as weighted points, sorted: exact values when there are few, else bin centres. */
    points() {
        if (this.exact) {
            const values = Float64Array.from([...this.exact.keys()]).sort();
            return { values, weights: Float64Array.from(values, (v) => this.exact.get(v)), total: this.count, exact: true };
        }
        const values = [];
        const weights = [];
        const step = this.width / SKETCH_BINS;
        for (let k = 0; k < SKETCH_BINS; k++) {
            const n = this.counts[k];
            if (n === 0)
                continue;
            // The centre, kept inside the observed [min, max].
            values.push(Math.min(this.max, Math.max(this.min, this.lo + (k + 0.5) * step)));
            weights.push(n);
        }
        return { values: Float64Array.from(values), weights: Float64Array.from(weights), total: this.count, exact: false };
    }
}
/** A sorted plain sample as weighted points (run lengths). */
function weightedFromSorted(sorted) {
    const values = [];
    const weights = [];
    for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j < sorted.length && sorted[j] === sorted[i])
            j++;
        values.push(sorted[i]);
        weights.push(j - i);
        i = j;
    }
    return { values: Float64Array.from(values), weights: Float64Array.from(weights), total: sorted.length, exact: true };
}
/** Walks the merged support of two weighted samples, calling step(x, next, F_u(x), F_v(x)). */
function walk(u, v, step) {
    let i = 0;
    let j = 0;
    let cu = 0;
    let cv = 0;
    while (i < u.values.length || j < v.values.length) {
        const x = j >= v.values.length || (i < u.values.length && u.values[i] <= v.values[j]) ? u.values[i] : v.values[j];
        if (i < u.values.length && u.values[i] === x)
            cu += u.weights[i++];
        if (j < v.values.length && v.values[j] === x)
            cv += v.weights[j++];
        const next = Math.min(i < u.values.length ? u.values[i] : Infinity, j < v.values.length ? v.values[j] : Infinity);
        step(x, next, cu / u.total, cv / v.total);
    }
}
function weightedWasserstein(u, v) {
    let sum = 0;
    walk(u, v, (x, next, fu, fv) => {
        if (next !== Infinity)
            sum += Math.abs(fu - fv) * (next - x);
    });
    return sum;
}
function weightedKsStatistic(u, v) {
    let d = 0;
    walk(u, v, (_x, _next, fu, fv) => {
        d = Math.max(d, Math.abs(fu - fv));
    });
    return d;
}
function weightedTable(u, v) {
    const keys = [];
    const ref = [];
    const cur = [];
    let i = 0;
    let j = 0;
    while (i < u.values.length || j < v.values.length) {
        const x = j >= v.values.length || (i < u.values.length && u.values[i] <= v.values[j]) ? u.values[i] : v.values[j];
        keys.push(x);
        ref.push(i < u.values.length && u.values[i] === x ? u.weights[i++] : 0);
        cur.push(j < v.values.length && v.values[j] === x ? v.weights[j++] : 0);
    }
    return { keys, reference: Float64Array.from(ref), current: Float64Array.from(cur), referenceTotal: u.total, currentTotal: v.total };
}
function weightedHistogram(s, edges) {
    const bins = edges.length - 1;
    const shares = new Float64Array(bins);
    let b = 0;
    for (let i = 0; i < s.values.length; i++) {
        const x = s.values[i];
        while (b < bins - 1 && x >= edges[b + 1])
            b++;
        shares[b] += s.weights[i] / s.total;
    }
    return shares;
}
/** One method on a numerical column whose reference and current are weighted samples. */
function testWeighted(method, reference, current, referenceStd) {
    const exactData = reference.exact && current.exact;
    const table = () => weightedTable(reference, current);
    const distinctRef = reference.values.length;
    const binned = distinctRef > BINNING_DISTINCT;
    const shares = () => {
        if (!binned) {
            const t = table();
            return {
                reference: Float64Array.from(t.reference, (x) => x / t.referenceTotal),
                current: Float64Array.from(t.current, (x) => x / t.currentTotal),
                labels: t.keys.map(String),
            };
        }
        const min = Math.min(reference.values[0], current.values[0]);
        const max = Math.max(reference.values.at(-1), current.values.at(-1));
        const edges = (0,stattests/* sturgesEdges */.EX)(min, max, reference.total + current.total);
        return { reference: weightedHistogram(reference, edges), current: weightedHistogram(current, edges), edges, labels: (0,stattests/* binLabels */.H1)(edges) };
    };
    switch (method) {
        case 'ks': {
            const r = (0,kolmogorov/* ksPvalue */.sK)(reference.total, current.total, weightedKsStatistic(reference, current));
            return { method, score: r.pvalue, exact: exactData, exactData, shares: shares(), detail: r.method };
        }
        case 'wasserstein':
            return { method, score: weightedWasserstein(reference, current) / Math.max(referenceStd, 0.001), exact: exactData, exactData, shares: shares() };
        case 'chisquare':
            return { method, score: (0,stattests/* chiSquareTest */.Wp)(table()), exact: exactData, exactData, shares: shares() };
        case 'z':
            return { method, score: (0,stattests/* zTest */.HP)(table()), exact: exactData, exactData, shares: shares() };
        case 'jensenshannon':
        case 'psi': {
            const s = shares();
            const score = method === 'jensenshannon'
                ? (0,stattests/* jensenShannonDistance */.M$)(s.reference, s.current)
                : (0,stattests/* populationStabilityIndex */.V5)((0,stattests/* fillZeroes */.Gv)(s.reference.slice()), (0,stattests/* fillZeroes */.Gv)(s.current.slice()));
            return { method, score, exact: exactData, exactData, shares: s };
        }
        default:
            throw new Error(`${method} cannot test a sketch`);
    }
}
/** Evidently's choice for weighted samples (distinct values of both sides, capped at 6). */
function weightedDefaultMethod(reference, current) {
    let distinct = 0;
    walk(reference, current, () => void distinct++);
    return (0,stattests/* defaultMethod */.lL)('numerical', reference.total, distinct);
}


;// CONCATENATED MODULE: ./src/drift/text-content-columns.ts
/**
 * Reads the texts of the columns declared as text from one side's data file (CSV, TSV or JSON Lines), for
 * text-content drift: every value as a string, missing ones left out as Evidently leaves them out (it drops NaN
 * before a column's test): in CSV the fields pandas reads as NaN (empty, `NA`, `null`, ... MISSING_TOKENS), in JSON
 * Lines null, an absent key or an empty string, as the other columns' reader (columns.ts) counts them.
 * A value that is not text (a JSON number, boolean, array or object) is refused, naming the file, line and column.
 */





async function readTextColumns(file, names) {
    const texts = new Map(names.map((name) => [name, []]));
    if (formatOf(file) === 'csv') {
        const separator = (0,external_node_path_.extname)(file).toLowerCase() === '.tsv' ? '\t' : ',';
        for await (const row of csvRows(file, { columns: [...names], separator })) {
            names.forEach((name, k) => {
                const value = row.values[k];
                if (!MISSING_TOKENS.has(value))
                    texts.get(name).push(value);
            });
        }
        return texts;
    }
    for await (const { value, line } of jsonlValues(file)) {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* DhowError */.Bp('invalid-input', 'each line must be a JSON object', { file, line });
        }
        for (const name of names) {
            const text = Object.hasOwn(value, name) ? value[name] : undefined;
            if (text === undefined || text === null || text === '')
                continue;
            if (typeof text !== 'string') {
                throw new errors/* DhowError */.Bp('invalid-input', `a text column must hold strings; this line holds a ${Array.isArray(text) ? 'list' : typeof text}`, {
                    file,
                    line,
                    field: name,
                });
            }
            texts.get(name).push(text);
        }
    }
    return texts;
}

// EXTERNAL MODULE: ./src/drift/text-content.ts + 4 modules
var text_content = __webpack_require__(9473);
;// CONCATENATED MODULE: ./src/drift/report.ts


function renderDriftMarkdown(result) {
    const lines = [];
    const verdict = result.inconclusive ? 'inconclusive' : result.dataset_drift ? 'detected' : 'not detected';
    const icon = result.inconclusive ? '⚪' : result.dataset_drift ? '🔴' : '🟢';
    lines.push(`## ${icon} Data drift ${verdict}`, '');
    const decided = result.columns.filter((c) => !c.inconclusive).length;
    lines.push(`**${result.drifted_columns} of ${result.columns.length} columns drifted (${percent(result.share)})**; the data set drifts when the share reaches ${percent(result.drift_share)}.` +
        (decided < result.columns.length ? ` ${result.columns.length - decided} column(s) had too few current values to decide.` : ''), '', `Reference: \`${escapeCode(result.reference.file)}\` (${result.reference.rows} rows${result.reference.profile ? ', profile' : ''}) · Current: \`${escapeCode(result.current.file)}\` (${result.current.rows} rows)`, '', '| Column | Type | Method | Score | Threshold | Drifted |', '|---|---|---|---:|---:|:---:|');
    for (const c of result.columns) {
        const drifted = c.inconclusive ? 'inconclusive' : c.drifted ? '**yes**' : 'no';
        const score = c.score === null ? '—' : formatScore(c.score) + (c.exact ? '' : ' ≈');
        lines.push(`| ${escapeCell(c.column)} | ${c.type} | ${c.method} | ${score} | ${c.threshold} | ${drifted} |`);
    }
    const textNotes = result.columns.flatMap((c) => (0,text_content/* describeTextScore */.ln)(c) ?? []);
    if (textNotes.length > 0)
        lines.push('', ...textNotes.map((note) => `- ${escapeCell(note)}`));
    if (result.approximate_methods.length > 0) {
        lines.push('', `≈ approximate (${result.approximate_methods.join(', ')}): computed from a sketch (a reference profile's quantiles or the current data folded in sketch mode), not from every value.`);
    }
    lines.push(...dataQualityMarkdown(result));
    for (const c of result.columns.filter((x) => x.drifted && x.distribution))
        lines.push('', ...chart(c));
    lines.push('');
    return lines.join('\n');
}
/** The data-quality section: only columns with unparsable values, and only when there are some. */
function dataQualityMarkdown(result) {
    const q = result.data_quality;
    const bad = q.columns.filter((c) => c.invalid > 0);
    if (bad.length === 0)
        return [];
    const lines = [
        '',
        `### ${q.failed ? '🟠 Data quality check failed' : 'Data quality'}: ${q.invalid_values} value(s) of the current data are not numbers`,
        '',
        `Not counted as drift: these values are left out of the tests above. A column fails when more than ${percent(q.max_invalid_share)} of its rows hold one.`,
        '',
        '| Column | Invalid values | Share of rows | Failed |',
        '|---|---:|---:|:---:|',
    ];
    for (const c of bad)
        lines.push(`| ${escapeCell(c.column)} | ${c.invalid} | ${percent(c.share, 2)} | ${c.failed ? '**yes**' : 'no'} |`);
    return lines;
}
function chart(c) {
    const d = c.distribution;
    const ref = d.reference.map((v) => round(v * 100));
    const cur = d.current.map((v) => round(v * 100));
    const top = Math.min(100, Math.ceil(Math.max(1, ...ref, ...cur) / 5) * 5);
    const comparison = stattests/* METHOD_RULES */.Qf[c.method].score;
    return [
        `### \`${escapeCode(c.column)}\`: ${c.method} ${comparison} ${formatScore(c.score)} (threshold ${c.threshold})`,
        '',
        'Bars: reference, line: current (percent of values per ' +
            (c.type === 'numerical' && d.labels.length > 0 && !Number.isNaN(Number(d.labels[0])) ? 'bin or value' : 'value') +
            ').',
        '',
        '```mermaid',
        'xychart-beta',
        `    title "${mermaidText(c.column)}: reference vs current"`,
        `    x-axis [${d.labels.map((l) => `"${mermaidText(l)}"`).join(', ')}]`,
        `    y-axis "percent" 0 --> ${top}`,
        `    bar [${ref.join(', ')}]`,
        `    line [${cur.join(', ')}]`,
        '```',
    ];
}
function round(x) {
    return Math.round(x * 100) / 100;
}
function percent(x, decimals = 1) {
    const scale = 10 ** decimals;
    return `${Math.round(x * 100 * scale) / scale}%`;
}
function formatScore(x) {
    if (x === 0)
        return '0';
    if (Math.abs(x) < 1e-4)
        return x.toExponential(2);
    return String(Math.round(x * 1e4) / 1e4);
}
function mermaidText(s) {
    return s.replace(/["\n\r`]/g, "'").slice(0, 40);
}
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function escapeCode(s) {
    return s.replace(/`/g, "'");
}

;// CONCATENATED MODULE: ./src/drift/index.ts
/**
 * Data drift, decided the way Evidently decides it: per column a statistical test chosen by
 * `_get_default_stattest` (or the one asked for), then dataset drift when the share of drifted columns
 * reaches `driftShare`. The reference is raw data (CSV or JSON Lines) or a compact profile written at
 * registration (see profile.ts). Each column's kind comes from the reference (or profile, or the caller);
 * unparsable current values are a separate data-quality finding that never counts as drift.
 * `detectDrift` is the entry point the CLI and the drift action call;
 * `renderDriftMarkdown` renders the result for a job summary.
 */














const DEFAULT_DRIFT_SHARE = 0.5;
/** Below this many current values a column's result is inconclusive. */
const DEFAULT_MIN_SAMPLE_SIZE = 30;
/** Above this share of unparsable current values in a column, the data-quality check fails. */
const DEFAULT_MAX_INVALID_SHARE = 0.01;
const SEMANTIC_NAMES = {
    method: 'the method',
    methodFor: 'the method for a column',
    thresholdFor: 'the threshold for a column',
    numMethod: 'the method for numerical columns',
    catMethod: 'the method for categorical columns',
    textMethod: 'the method for text columns',
    columnType: 'a declared column type',
    driftShare: 'the drift share',
    maxInvalidShare: 'the maximum share of invalid values',
};
async function detectDrift(options) {
    const names = { ...SEMANTIC_NAMES, ...options.optionNames };
    const driftShare = options.driftShare ?? DEFAULT_DRIFT_SHARE;
    if (!(driftShare > 0 && driftShare <= 1))
        throw new errors/* DhowError */.Bp('usage', `${names.driftShare} must be in (0, 1], got ${driftShare}`);
    const minSample = options.minSampleSize ?? DEFAULT_MIN_SAMPLE_SIZE;
    const declared = new Map(Object.entries(options.columnTypes ?? {}));
    // Text columns are read apart (every text kept); the numerical and categorical reader sees the other kinds.
    const textColumns = new Set([...declared].filter(([, kind]) => kind === 'text').map(([name]) => name));
    const kinds = new Map([...declared].filter((entry) => entry[1] !== 'text'));
    const columns = new Map();
    const readOptions = { onProgress: options.onProgress, csv: options.csv };
    const profile = (await isProfileFile(options.reference)) ? await loadProfile(options.reference) : undefined;
    if (profile && textColumns.size > 0) {
        throw new errors/* DhowError */.Bp('usage', `${names.columnType} declares a text column, and a profile keeps no texts; compare with the raw reference data`, {
            file: options.reference,
            field: [...textColumns][0],
        });
    }
    if (profile) {
        for (const c of profile.columns) {
            const kind = kinds.get(c.name) ?? c.type;
            if (kind !== c.type) {
                throw new errors/* DhowError */.Bp('invalid-input', `the profile records the column as ${c.type}; it cannot be read as ${kind}`, {
                    file: options.reference,
                    field: c.name,
                });
            }
            columns.set(c.name, profileColumnToSides(c));
        }
        if (options.sketch)
            addSketches(columns);
        // The profile fixed every kind: text in a numerical column of the current data is counted as invalid.
        await columns_readSide(options.current, 'current', columns, kinds, readOptions);
    }
    else {
        const flippedRef = await columns_readSide(options.reference, 'reference', columns, kinds, readOptions);
        if (flippedRef.length > 0)
            await columns_rereadCategorical(options.reference, 'reference', flippedRef, columns, readOptions);
        if (options.sketch)
            addSketches(columns);
        // Kinds are settled now: the current data only counts what does not parse (dataQuality below).
        await columns_readSide(options.current, 'current', columns, kinds, readOptions);
    }
    for (const name of declared.keys()) {
        if (!columns.has(name))
            throw new errors/* DhowError */.Bp('usage', `${names.columnType} names a column that is not in the data`, { file: options.current, field: name });
    }
    (0,choice/* checkChoiceColumns */.tp)(options, (name) => columns.has(name), names, options.current);
    let selected = [...columns.values()];
    if (options.columns) {
        // A column named twice is tested once: counting it twice would skew the share of drifted columns.
        selected = [...new Set(options.columns)].map((name) => {
            const c = columns.get(name);
            if (!c)
                throw new errors/* DhowError */.Bp('usage', 'no such column', { file: options.current, field: name });
            return c;
        });
    }
    const maxInvalidShare = options.maxInvalidShare ?? DEFAULT_MAX_INVALID_SHARE;
    if (!(maxInvalidShare >= 0 && maxInvalidShare <= 1))
        throw new errors/* DhowError */.Bp('usage', `${names.maxInvalidShare} must be in [0, 1], got ${maxInvalidShare}`);
    await readRowOrder(selected.filter((c) => !textColumns.has(c.name)), options, profile, names, readOptions);
    const selectedText = selected.filter((c) => textColumns.has(c.name)).map((c) => c.name);
    const texts = selectedText.length > 0
        ? { reference: await readTextColumns(options.reference, selectedText), current: await readTextColumns(options.current, selectedText) }
        : undefined;
    const results = selected.map((c) => textColumns.has(c.name)
        ? testTextColumn(c.name, texts.reference.get(c.name), texts.current.get(c.name), options, minSample, names)
        : testColumn(c, options, minSample, profile, names));
    releaseSortScratch();
    const decided = results.filter((r) => !r.inconclusive);
    const drifted = decided.filter((r) => r.drifted).length;
    const share = decided.length === 0 ? 0 : drifted / results.length;
    const approximate = [...new Set(results.filter((r) => !r.exact).map((r) => r.method))];
    const first = selected[0];
    return {
        columns: results,
        drifted_columns: drifted,
        share,
        dataset_drift: decided.length > 0 && share >= driftShare,
        inconclusive: decided.length === 0,
        drift_share: driftShare,
        reference: { file: options.reference, rows: profile ? profile.rows : (first?.reference.rows ?? 0), profile: profile !== undefined },
        current: { file: options.current, rows: first?.current.rows ?? 0 },
        approximate_methods: approximate,
        data_quality: dataQuality(selected.filter((c) => !textColumns.has(c.name)), maxInvalidShare),
    };
}
/** The test a column gets when the user named one (chooseTest with this call's option names). */
function namedTest(column, options, names) {
    return (0,choice/* chooseTest */.YF)(column.name, column.kind, options, {
        method: names.method,
        methodFor: names.methodFor,
        methodByKind: { numerical: names.numMethod, categorical: names.catMethod, text: names.textMethod },
        columnType: names.columnType,
    });
}
/** TVD permutes the rows: its columns' values are read again in row order (counting kept no order). */
async function readRowOrder(selected, options, profile, names, readOptions) {
    const permuted = selected.filter((c) => c.kind === 'categorical' && namedTest(c, options, names).method === 'TVD').map((c) => c.name);
    if (permuted.length === 0)
        return;
    if (profile)
        throw new errors/* DhowError */.Bp('usage', ROWS_NEEDED('TVD'), { file: options.reference, field: permuted[0] });
    await readCategoricalOrder(options.reference, 'reference', permuted, new Map(selected.map((c) => [c.name, c])), readOptions);
    await readCategoricalOrder(options.current, 'current', permuted, new Map(selected.map((c) => [c.name, c])), readOptions);
}
const ROWS_NEEDED = (method) => `${method} permutes the reference's rows in order; a profile keeps none: give the reference data itself`;
/**
 * The current data's values that do not parse in the numerical columns tested, per column. Kept apart from
 * the drift verdict on purpose: a broken exporter or one stray comma decimal is a data problem to fix, not
 * a reason to roll production back, so nothing here feeds `share` or `dataset_drift`.
 */
function dataQuality(selected, maxInvalidShare) {
    const columns = [];
    let invalid = 0;
    for (const c of selected) {
        if (c.kind !== 'numerical')
            continue;
        const s = c.current;
        const share = s.rows === 0 ? 0 : s.invalid / s.rows;
        invalid += s.invalid;
        columns.push({ column: c.name, invalid: s.invalid, rows: s.rows, share, failed: share > maxInvalidShare });
    }
    return { max_invalid_share: maxInvalidShare, invalid_values: invalid, failed: columns.some((c) => c.failed), columns };
}
function testColumn(column, options, minSample, profile, names) {
    const kind = column.kind;
    const chosen = namedTest(column, options, names);
    if (kind === 'categorical') {
        const table = frequencyTable(column);
        const base = { column: column.name, type: kind, reference_size: table.referenceTotal, current_size: table.currentTotal };
        if (table.referenceTotal === 0)
            throw new errors/* DhowError */.Bp('invalid-input', 'the reference has no values in this column', { file: options.reference, field: column.name });
        let distinct = 0;
        for (let i = 0; i < table.keys.length; i++)
            if (table.reference[i] > 0 || table.current[i] > 0)
                distinct++;
        const method = chosen.method ?? (0,stattests/* defaultMethod */.lL)(kind, table.referenceTotal, distinct);
        const threshold = chosen.threshold ?? stattests/* THRESHOLDS */.Rm[method];
        if (table.currentTotal < Math.max(1, minSample))
            return { ...base, method, score: null, threshold, drifted: false, inconclusive: true, exact: true };
        const test = method === 'TVD' ? () => tvdOutcome(column, table) : () => (0,stattests/* testCategorical */.zm)(method, table);
        return finish(base, refusing(column.name, options, test), threshold, true);
    }
    if (column.current.sketch)
        return testSketchedColumn(column, chosen, options, minSample, profile);
    const ref = column.reference.numbers.view();
    const cur = column.current.numbers.view();
    const refCount = column.reference.count ?? ref.length;
    const base = { column: column.name, type: kind, reference_size: refCount, current_size: cur.length };
    if (ref.length === 0)
        throw new errors/* DhowError */.Bp('invalid-input', 'the reference has no numeric values in this column', { file: options.reference, field: column.name });
    // empirical_mmd permutes the rows in file order: keep that order before sorting.
    let inOrder;
    if (chosen.method === 'empirical_mmd') {
        if (profile)
            throw new errors/* DhowError */.Bp('usage', ROWS_NEEDED('empirical_mmd'), { file: options.reference, field: column.name });
        inOrder = [ref.slice(), cur.slice()];
    }
    sort_sortFloat64(ref);
    sort_sortFloat64(cur);
    const distinct = (0,stattests/* distinctSortedUnion */.r2)(ref, cur, 6);
    const method = chosen.method ?? (0,stattests/* defaultMethod */.lL)(kind, refCount, distinct);
    const threshold = chosen.threshold ?? stattests/* THRESHOLDS */.Rm[method];
    if (cur.length < Math.max(1, minSample))
        return { ...base, method, score: null, threshold, drifted: false, inconclusive: true, exact: true };
    const outcome = refusing(column.name, options, () => inOrder ? mmdOutcome(inOrder[0], inOrder[1], ref, cur) : (0,stattests/* testNumerical */.rD)(method, ref, cur, column.reference.std, refCount));
    return finish(base, outcome, threshold, !(profile && column.reference.exact === false));
}
/** TVD on the rows in order, as indexes into the table's sorted keys. */
function tvdOutcome(column, table) {
    const keyOf = new Map(table.keys.map((k, i) => [k, i]));
    const values = column.interner.values;
    const indexes = (ids) => Int32Array.from(ids ?? [], (id) => keyOf.get(values[id]));
    const score = tvdTest(indexes(column.reference.order), indexes(column.current.order), table.keys.length);
    return { method: 'TVD', score, exact: true, shares: (0,stattests/* valueShares */.Gl)(table) };
}
/** empirical_mmd on the rows in order; the chart's shares from the sorted samples, as for the other tests. */
function mmdOutcome(reference, current, sortedRef, sortedCur) {
    const { pvalue } = empiricalMmd(reference, current);
    let shares;
    return {
        method: 'empirical_mmd',
        score: pvalue,
        exact: true,
        get shares() {
            return (shares ??= (0,stattests/* numericChartShares */.SQ)(sortedRef, sortedCur));
        },
    };
}
/**
 * A text column: Evidently's text-content drift, perc_text_content_drift by default (abs_ when the reference holds
 * more than 1000 texts, as _get_default_stattest chooses), on the texts that are not missing.
 */
function testTextColumn(column, reference, current, options, minSample, names) {
    const chosen = (0,choice/* chooseTest */.YF)(column, 'text', options, {
        method: names.method,
        methodFor: names.methodFor,
        methodByKind: { numerical: names.numMethod, categorical: names.catMethod, text: names.textMethod },
        columnType: names.columnType,
    });
    const method = (chosen.method ?? (reference.length > 1000 ? 'abs_text_content_drift' : 'perc_text_content_drift'));
    const threshold = chosen.threshold ?? stattests/* THRESHOLDS */.Rm[method];
    const sizes = { reference_size: reference.length, current_size: current.length };
    if (reference.length === 0)
        throw new errors/* DhowError */.Bp('invalid-input', 'the reference has no texts in this column', { file: options.reference, field: column });
    if (current.length < Math.max(1, minSample)) {
        return { column, type: 'text', method, score: null, threshold, drifted: false, inconclusive: true, exact: true, ...sizes };
    }
    try {
        const outcome = (0,text_content/* textContentDrift */.Kt)(reference, current, method, threshold);
        const classifier = { train_size: outcome.train_size, test_size: outcome.test_size, vocabulary_size: outcome.vocabulary_size };
        return {
            ...{ column, type: 'text', method, score: outcome.score, threshold, drifted: outcome.drifted, inconclusive: false, exact: true, ...sizes },
            domain_classifier: outcome.random_auc_quantile === undefined ? classifier : { ...classifier, random_auc_quantile: outcome.random_auc_quantile },
        };
    }
    catch (error) {
        if (error instanceof text_content/* TextDriftRefused */.TQ)
            throw new errors/* DhowError */.Bp('invalid-input', error.message, { file: options.current, field: column });
        throw error;
    }
}
/** Sketch mode: every numerical column of the current data gets a sketch over the reference's range. */
function addSketches(columns) {
    for (const column of columns.values()) {
        if (column.kind !== 'numerical')
            continue;
        const ref = column.reference.numbers.view();
        let lo = Infinity;
        let hi = -Infinity;
        for (let i = 0; i < ref.length; i++) {
            const v = ref[i];
            if (v < lo)
                lo = v;
            if (v > hi)
                hi = v;
        }
        column.current.sketch = ref.length > 0 ? new NumericSketch(lo, hi) : new NumericSketch(0, 1);
    }
}
function testSketchedColumn(column, chosen, options, minSample, profile) {
    const sketch = column.current.sketch;
    const ref = sort_sortFloat64(column.reference.numbers.view());
    const refCount = column.reference.count ?? ref.length;
    const base = { column: column.name, type: column.kind, reference_size: refCount, current_size: sketch.count };
    if (ref.length === 0)
        throw new errors/* DhowError */.Bp('invalid-input', 'the reference has no numeric values in this column', { file: options.reference, field: column.name });
    const reference = weightedFromSorted(ref);
    reference.total = refCount;
    if (refCount !== ref.length) {
        // A profile's synthesized sample stands for refCount values.
        const scale = refCount / ref.length;
        for (let i = 0; i < reference.weights.length; i++)
            reference.weights[i] = reference.weights[i] * scale;
        reference.exact = false;
    }
    const current = sketch.points();
    if (chosen.method !== undefined && !SKETCH_METHODS.includes(chosen.method)) {
        throw new errors/* DhowError */.Bp('usage', `${chosen.method} needs every current value; with --sketch only ${SKETCH_METHODS.join(', ')} can test a numerical column`, {
            field: column.name,
        });
    }
    const method = chosen.method ?? (current.total === 0 ? (0,stattests/* defaultMethod */.lL)('numerical', refCount, 6) : weightedDefaultMethod(reference, current));
    const threshold = chosen.threshold ?? stattests/* THRESHOLDS */.Rm[method];
    if (sketch.count < Math.max(1, minSample))
        return { ...base, method, score: null, threshold, drifted: false, inconclusive: true, exact: true };
    const outcome = testWeighted(method, reference, current, column.reference.std ?? (0,stattests/* populationStd */.Ts)(ref));
    return finish(base, outcome, threshold, outcome.exactData && !(profile && column.reference.exact === false));
}
/** What a sketch of the current data can be tested with when named (testWeighted; chisquare and z only by default). */
const SKETCH_METHODS = ['ks', 'wasserstein', 'jensenshannon', 'psi'];
/** A test that refuses the data (as scipy or Evidently would raise) becomes a DhowError naming the column. */
function refusing(column, options, test) {
    try {
        return test();
    }
    catch (error) {
        if (error instanceof refused/* RefusedData */.n)
            throw new errors/* DhowError */.Bp('invalid-input', error.message, { file: options.current, field: column });
        throw error;
    }
}
function finish(base, outcome, threshold, exact) {
    const drifted = (0,stattests/* isDrift */._K)(outcome.method, outcome.score, threshold);
    const result = {
        ...base,
        method: outcome.method,
        score: outcome.score,
        threshold,
        drifted,
        inconclusive: false,
        exact: exact && outcome.exact,
    };
    if (drifted)
        result.distribution = chartData(outcome.shares);
    return result;
}
/** At most 30 bars: the largest shares (categorical) or merged neighbouring bins (numerical). */
function chartData(shares) {
    const n = shares.labels.length;
    const limit = 30;
    if (n <= limit)
        return { labels: shares.labels, reference: [...shares.reference], current: [...shares.current] };
    if (!shares.edges) {
        const order = [...Array(n).keys()]
            .sort((a, b) => Math.max(shares.reference[b], shares.current[b]) - Math.max(shares.reference[a], shares.current[a]))
            .slice(0, limit - 1);
        const labels = order.map((i) => shares.labels[i]);
        const reference = order.map((i) => shares.reference[i]);
        const current = order.map((i) => shares.current[i]);
        labels.push('(other)');
        reference.push(1 - reference.reduce((a, b) => a + b, 0));
        current.push(1 - current.reduce((a, b) => a + b, 0));
        return { labels, reference, current };
    }
    const group = Math.ceil(n / limit);
    const labels = [];
    const reference = [];
    const current = [];
    for (let i = 0; i < n; i += group) {
        labels.push(shares.labels[i]);
        let r = 0;
        let c = 0;
        for (let k = i; k < Math.min(n, i + group); k++) {
            r += shares.reference[k];
            c += shares.current[k];
        }
        reference.push(r);
        current.push(c);
    }
    return { labels, reference, current };
}
function frequencyTable(column) {
    const values = column.interner.values;
    const ids = [...values.keys()].sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0));
    const reference = new Float64Array(ids.length);
    const current = new Float64Array(ids.length);
    let rt = 0;
    let ct = 0;
    ids.forEach((id, k) => {
        reference[k] = column.reference.counts[id] ?? 0;
        current[k] = column.current.counts[id] ?? 0;
        rt += reference[k];
        ct += current[k];
    });
    return { keys: ids.map((id) => values[id]), reference, current, referenceTotal: rt, currentTotal: ct };
}


/***/ })

};
