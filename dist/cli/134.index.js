export const id = 134;
export const ids = [134];
export const modules = {

/***/ 90134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Md: () => (/* binding */ ByteInterner),
  C2: () => (/* reexport */ csv_scanner_CsvParser),
  E2: () => (/* reexport */ MAX_CSV_RECORD_BYTES),
  gS: () => (/* reexport */ MISSING_TOKENS),
  Kx: () => (/* binding */ csvRows),
  to: () => (/* binding */ describeHeader),
  ZK: () => (/* reexport */ mayBeMissing),
  pL: () => (/* binding */ quoteData),
  FU: () => (/* binding */ readCsvFile)
});

// UNUSED EXPORTS: FNV_OFFSET, FNV_PRIME, checkWidth, parseCsvBuffer, parseDecimal, selectColumns

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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


/***/ })

};
