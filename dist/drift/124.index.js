export const id = 124;
export const ids = [124];
export const modules = {

/***/ 5124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/actions/runner.ts
/**
 * The runner's side of a JavaScript action, without @actions/core: inputs from INPUT_* variables, outputs and
 * state through the runner's file commands, log lines and masks through workflow commands, and the job summary.
 * @actions/core loads undici through its OIDC client at start (about 1 MB of bundle, some 200 ms per action
 * start-up measured by test/bench/startup.bench.ts); the actions use none of that, so this module speaks the
 * documented protocol itself, byte for byte as @actions/core 3.0 writes it (MIT, github.com/actions/toolkit).
 * Protocol: https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 * Only src/actions/* imports this.
 */





function commandValue(input) {
    if (input === null || input === undefined)
        return '';
    return typeof input === 'string' ? input : JSON.stringify(input);
}
// Workflow command escaping: "::name key=value::message", with %, CR and LF escaped in data, and : and , too in
// property values.
const escapeData = (s) => commandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${escapeProperty(v)}`);
    process.stdout.write(`::${command}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Appends `name<<delimiter ... delimiter` to the file $GITHUB_<command> names (outputs, state). */
function issueFileCommand(command, name, value) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        return issueCommand(command === 'OUTPUT' ? 'set-output' : 'save-state', { name }, commandValue(value));
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // A fresh random delimiter per value, as the runner's docs ask, so a value cannot end the block early.
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const text = commandValue(value);
    if (name.includes(delimiter) || text.includes(delimiter))
        throw new Error('Unexpected input: the value contains the delimiter');
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${text}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** An input as the runner passes it (INPUT_<NAME>, spaces as _), trimmed; '' when absent. */
function getInput(name, options = {}) {
    const value = (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    if (options.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return value;
}
/** One entry per non-empty line, each trimmed. */
function getMultilineInput(name) {
    return getInput(name)
        .split('\n')
        .filter((x) => x !== '')
        .map((x) => x.trim());
}
/** YAML 1.2 core-schema booleans only, as @actions/core accepts them; anything else throws. */
function getBooleanInput(name) {
    const value = getInput(name);
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
    if (!process.env.GITHUB_OUTPUT)
        process.stdout.write(external_node_os_.EOL);
    issueFileCommand('OUTPUT', name, value);
}
function saveState(name, value) {
    issueFileCommand('STATE', name, value);
}
/** State a main step saved, as the runner hands it to the post step (STATE_<name>). */
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function warning(message) {
    issueCommand('warning', {}, message instanceof Error ? message.toString() : message);
}
function error(message) {
    issueCommand('error', {}, message instanceof Error ? message.toString() : message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
async function group(name, fn) {
    issueCommand('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** The job summary ($GITHUB_STEP_SUMMARY, Markdown and HTML), buffered until write(). */
class Summary {
    buffer = '';
    wrap(tag, content, attrs = {}) {
        const html = Object.entries(attrs)
            .map(([k, v]) => ` ${k}="${v}"`)
            .join('');
        return content ? `<${tag}${html}>${content}</${tag}>` : `<${tag}${html}>`;
    }
    addRaw(text, addEOL = false) {
        this.buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    addEOL() {
        return this.addRaw(external_node_os_.EOL);
    }
    addHeading(text, level = 1) {
        const tag = `h${level}`;
        return this.addRaw(this.wrap(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1', text)).addEOL();
    }
    addTable(rows) {
        const body = rows
            .map((row) => this.wrap('tr', row
            .map((cell) => {
            if (typeof cell === 'string')
                return this.wrap('td', cell);
            const { header, data, colspan, rowspan } = cell;
            return this.wrap(header ? 'th' : 'td', data, { ...(colspan && { colspan }), ...(rowspan && { rowspan }) });
        })
            .join('')))
            .join('');
        return this.addRaw(this.wrap('table', body)).addEOL();
    }
    stringify() {
        return this.buffer;
    }
    async write(options = {}) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        try {
            await (0,promises_.access)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        await (options.overwrite ? promises_.writeFile : promises_.appendFile)(file, this.buffer, { encoding: 'utf8' });
        this.buffer = '';
        return this;
    }
}
const summary = new Summary();

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The one error family of dhow. A DhowError is something a user can act on (bad input, a refusal by
 * policy, a lost race that could not be recovered); anything else that escapes is a bug.
 */
class errors_DhowError extends Error {
    code;
    file;
    field;
    line;
    reasons;
    constructor(code, message, options = {}) {
        super(formatMessage(message, options), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'DhowError';
        this.code = code;
        this.file = options.file;
        this.field = options.field;
        this.line = options.line;
        this.reasons = options.reasons ?? [];
    }
    /** Usage errors exit 2 (as the CLI contract says); every other refusal or failure exits 1. */
    get exitCode() {
        return this.code === 'usage' ? 2 : 1;
    }
}
function formatMessage(message, { file, field, line }) {
    const where = [file && (line ? `${file}:${line}` : file), field && `field "${field}"`].filter(Boolean).join(', ');
    return where ? `${where}: ${message}` : message;
}
/** A message for any thrown value, without a stack for DhowErrors (they are meant for users). */
function describeError(error) {
    if (error instanceof errors_DhowError) {
        return error.reasons.length > 0 ? `${error.message}\n${error.reasons.map((r) => `  - ${r}`).join('\n')}` : error.message;
    }
    if (error instanceof Error)
        return error.stack ?? error.message;
    return String(error);
}
/** A YAML parser's message without its code frame and position: the DhowError names the line itself. */
function yamlSyntaxMessage(error) {
    return error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/**
 * The first problem of a value that broke its schema, as an invalid-input DhowError naming the file and the
 * field path (e.g. `artifact.digest`; `field` when the value itself is wrong). `what` says what the value
 * was meant to be ("not a dhow gate report"), `hint` what would be right.
 */
function schemaError(issues, where = {}) {
    const issue = issues[0];
    const message = `${where.what ? `${where.what}: ` : ''}${issue.message}${where.hint ?? ''}`;
    return new errors_DhowError('invalid-input', message, { file: where.file, field: issue.path.map(String).join('.') || where.field });
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
            throw new errors_DhowError('usage', `the CSV separator must be one ASCII character other than a quote or a line end, got ${JSON.stringify(separator)}`);
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
        return new errors_DhowError('invalid-input', `the record is longer than ${limit}, the most a CSV record may hold`, { file: this.file, line });
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
                    throw new errors_DhowError('invalid-input', `unexpected text after a closing quote (field ${field})`, { file: this.file, line: line + lines });
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
            throw new errors_DhowError('invalid-input', 'a quoted field is not closed before the end of the input', { file: this.file, line: fieldLine });
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
        throw new errors_DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file, cause: error });
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
            throw new errors_DhowError('invalid-input', 'the line is not valid UTF-8', { file: this.file, line, cause: error });
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new errors_DhowError('invalid-input', `the line is not valid JSON: ${jsonSyntaxMessage(error)}`, { file: this.file, line, cause: error });
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
        throw new errors_DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
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
    throw new errors_DhowError('invalid-input', `unknown data format "${ext}" (expected .csv, .tsv, .jsonl or .ndjson)`, { file });
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
        throw new errors_DhowError('not-found', `cannot read the ${side} data: ${why}`, { file, cause: error });
    });
    if (info.isDirectory())
        throw new errors_DhowError('invalid-input', `the ${side} data is a directory, not a file`, { file });
    const size = info.size;
    if (size === 0)
        throw new errors_DhowError('invalid-input', `the ${side} data is empty`, { file });
    const format = formatOf(file);
    const flipped = format === 'csv' ? await readCsvSide(file, side, columns, kinds, options) : await readJsonlSide(file, side, columns, kinds, options);
    return flipped;
}
function headerColumns(file, side, header, columns, kinds) {
    const seen = new Set();
    for (const name of header) {
        if (seen.has(name))
            throw new errors_DhowError('invalid-input', 'the column appears twice in the header', { file, field: name, line: 1 });
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
                throw new errors_DhowError('invalid-input', `the column is missing from the ${side} data`, { file, field: name });
        }
        for (const name of header) {
            if (!columns.has(name))
                throw new errors_DhowError('invalid-input', `the column is only in the ${side} data`, { file, field: name });
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
            throw new errors_DhowError('invalid-input', `the row has ${record.length} fields, the header has ${width}`, { file, line: record.line });
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
        throw new errors_DhowError('invalid-input', `the ${side} data has no header row`, { file });
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
            throw new errors_DhowError('invalid-input', 'each line must be a JSON object of column values', { file, line });
        }
        const row = value;
        if (!order)
            order = headerColumns(file, side, Object.keys(row), columns, kinds);
        for (const key of Object.keys(row)) {
            if (!columns.has(key))
                throw new errors_DhowError('invalid-input', `the column is only in the ${side} data`, { file, field: key, line });
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
        throw new errors_DhowError('invalid-input', `the ${side} data has no rows`, { file });
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

;// CONCATENATED MODULE: ./src/drift/special.ts
/**
 * Special functions the drift tests need: log-gamma, the regularized incomplete gamma functions (for the
 * chi-square survival function) and the normal CDF, computed as scipy's cephes does where the rounding
 * matters (ndtr's 1 - erfc/2 for positive arguments).
 */
const LANCZOS_G = 7;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
    9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** log |Γ(x)| for x > 0 (Lanczos, about 15 significant digits). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + LANCZOS_G + 0.5;
    for (let i = 1; i < LANCZOS_G + 2; i++)
        a += LANCZOS[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
const EPS = 1e-16;
const TINY = 1e-300;
/** Regularized lower incomplete gamma P(a, x) by its series (x < a + 1). */
function gammaSeries(a, x) {
    let sum = 1 / a;
    let term = sum;
    let ap = a;
    for (let n = 0; n < 100000; n++) {
        ap += 1;
        term *= x / ap;
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
/** Regularized upper incomplete gamma Q(a, x) by Lentz's continued fraction (x >= a + 1). */
function gammaContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 100000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
/** Q(a, x) = Γ(a, x) / Γ(a), scipy.special.gammaincc. */
function gammaincc(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return NaN;
    if (x === 0)
        return 1;
    if (x === Infinity)
        return 0;
    if (x < a + 1)
        return 1 - gammaSeries(a, x);
    return gammaContinuedFraction(a, x);
}
/** Survival function of the chi-square distribution with df degrees of freedom (scipy.stats.chi2.sf). */
function chi2Sf(x, df) {
    if (x <= 0)
        return 1;
    return gammaincc(df / 2, x / 2);
}
/** erfc(x) for x >= 0, as Q(1/2, x^2), accurate in relative terms far into the tail. */
function erfcPositive(x) {
    return gammaincc(0.5, x * x);
}
/** The standard normal CDF, rounded the way cephes ndtr rounds it. */
function normalCdf(a) {
    const x = a * Math.SQRT1_2;
    const z = Math.abs(x);
    if (z < Math.SQRT1_2) {
        const erf = x < 0 ? -(1 - erfcPositive(z)) : 1 - erfcPositive(z);
        return 0.5 + 0.5 * erf;
    }
    const y = 0.5 * erfcPositive(z);
    return x > 0 ? 1 - y : y;
}
/** numpy's round: half to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}

;// CONCATENATED MODULE: ./src/drift/kolmogorov.ts
/**
 * The two-sample Kolmogorov-Smirnov p-value as scipy.stats.ks_2samp(method='auto', two-sided) gives it:
 * exact (Hodges' lattice-path counting) when both samples have at most 10,000 values, and otherwise the
 * distribution of the one-sample statistic with n = round(n1*n2/(n1+n2)) (scipy.stats.kstwo.sf), which
 * follows Simard & L'Ecuyer's choice among Durbin's matrix, Pomeranz's recursion, Pelz-Good's expansion
 * and the exact one-sided Smirnov sum.
 */

const KS_MAX_EXACT_N = 10000;
/** The KS statistic of two sorted samples, computed as scipy does (ECDFs at every observation, side='right'). */
function ksStatistic(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let maxS = -Infinity;
    let minS = Infinity;
    while (i < n1 || j < n2) {
        const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
        while (i < n1 && a[i] <= v)
            i++;
        while (j < n2 && b[j] <= v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > maxS)
            maxS = diff;
        if (diff < minS)
            minS = diff;
    }
    const negMin = Math.min(Math.max(-minS, 0), 1);
    return Math.max(negMin, maxS);
}
/** Two-sided two-sample KS test on sorted samples. */
function ks2samp(a, b) {
    return ksPvalue(a.length, b.length, ksStatistic(a, b));
}
/** The p-value of a statistic d for sample sizes n1, n2 (exact or asymptotic as ks_2samp would choose). */
function ksPvalue(n1, n2, d) {
    if (Math.max(n1, n2) <= KS_MAX_EXACT_N) {
        const exact = attemptExact(n1, n2, d);
        if (exact)
            return { statistic: exact.d, pvalue: clip(exact.p), method: 'exact' };
    }
    return { statistic: d, pvalue: clip(ksAsymptoticPvalue(n1, n2, d)), method: 'asymp' };
}
/** The asymptotic two-sided p-value: kstwo.sf(d, round(m*n/(m+n))). */
function ksAsymptoticPvalue(n1, n2, d) {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    return kolmogorovSf(roundHalfEven(en), d);
}
function clip(p) {
    return Math.min(1, Math.max(0, p));
}
function attemptExact(n1, n2, d) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    const dd = h / lcm;
    if (h === 0)
        return { d: dd, p: 1 };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
    if (!Number.isFinite(p) || p < 0 || p > 1)
        return undefined;
    return { d: dd, p };
}
/** Pr(D_{n,n} >= h/n), Horner-like evaluation of the alternating binomial sum (scipy's _compute_prob_outside_square). */
function probOutsideSquare(n, h) {
    let P = 0;
    let k = Math.floor(n / h);
    while (k >= 0) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
        k--;
    }
    return 2 * P;
}
/**
 * 1 - (proportion of lattice paths from (0,0) to (m,n) staying strictly inside |x/m - y/n| < h/lcm),
 * by Viehmann's recursion for the complement (scipy's _compute_outer_prob_inside_method).
 */
function outerProbInside(m0, n0, g, h) {
    let m = m0;
    let n = n0;
    if (m < n)
        [m, n] = [n, m];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    for (let k = minj; k < maxj; k++)
        A[k] = 0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
        minj = Math.min(minj, n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            for (let k = maxj - minj; k < maxj - minj + (lastlen - curlen); k++)
                A[k] = 1;
    }
    return A[maxj - minj - 1];
}
// ---------------------------------------------------------------------------------------------------
// kstwo: the two-sided one-sample statistic D_n (scipy.stats._ksstats._kolmogn with cdf=False).
const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const STIRLING = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
    -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];
function logNFactorialDivNPowN(n) {
    const rn = 1 / n;
    const t = rn / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * t + c;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
/** Pr(D_n >= x). */
function kolmogorovSf(n, x) {
    if (!(n > 0) || !Number.isInteger(n))
        return NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1 / n) * (2 * t - 1);
        }
        else
            prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
        return clip(1 - prob);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693)
            return clip(1 - durbinMtw(n, x));
        if (nxsquared <= 4)
            return clip(1 - pomeranz(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nxsquared >= 370)
        return 0;
    if (nxsquared >= 2.2)
        return clip(2 * smirnovSf(n, x));
    let cdf;
    if (nxsquared >= 18)
        cdf = 1;
    else if (n <= 100000 && n * x ** 1.5 <= 1.4)
        cdf = durbinMtw(n, x);
    else
        cdf = pelzGood(n, x);
    return clip(1 - cdf);
}
/**
 * The one-sided Smirnov survival function Pr(D_n^+ >= x), by the Smirnov / Birnbaum-Tingey sum
 * x * sum_{v=0}^{floor(n(1-x))} C(n,v) (x+v/n)^(v-1) (1-x-v/n)^(n-v), each term in logarithms.
 * Beyond n = 10^6 scipy switches to the asymptotic exp(-(6nx+1)^2/(18n)); so do we.
 */
function smirnovSf(n, x) {
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    if (n > 1_000_000)
        return Math.exp(-((6 * n * x + 1) ** 2) / 18 / n);
    const last = Math.floor(n * (1 - x));
    let sum = 0;
    let logBinom = 0; // log C(n, v), accumulated term by term
    for (let v = 0; v <= last; v++) {
        if (v > 0)
            logBinom += Math.log((n - v + 1) / v);
        const evn = x + v / n;
        if (evn >= 1) {
            // (1 - x - v/n)^(n-v) vanishes unless n - v == 0.
            if (n === v)
                sum += Math.exp(logBinom + (v - 1) * Math.log(evn));
            continue;
        }
        const logTerm = logBinom + (v - 1) * Math.log(evn) + (n - v) * Math.log1p(-evn);
        if (logTerm > -745)
            sum += Math.exp(logTerm);
    }
    return clip(sum * x);
}
/** Pr(D_n <= d) by Marsaglia-Tsang-Wang's evaluation of Durbin's matrix (scipy's _kolmogn_DMTW). */
function durbinMtw(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1 - h ** j;
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] *= fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let P = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        P[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let hExpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            P = matmul(P, H, m);
            expnt += hExpnt;
        }
        H = matmul(H, H, m);
        hExpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > E128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= E128;
            hExpnt += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = P[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= E128;
            expnt -= 128;
        }
    }
    if (expnt !== 0)
        p *= 2 ** expnt;
    return clip(p);
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            const bo = k * m;
            const oo = i * m;
            for (let j = 0; j < m; j++)
                out[oo + j] += aik * b[bo + j];
        }
    }
    return out;
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pr(D_n <= x) by Pomeranz's recursion (scipy's _kolmogn_Pomeranz). */
function pomeranz(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = 1;
    twogpower[0] = 1;
    onem2gpower[0] = 1;
    let expnt = 0;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let k = 1; k < npwrs; k++) {
        gpower[k] = (gpower[k - 1] * gOverN) / k;
        twogpower[k] = (twogpower[k - 1] * twoGOverN) / k;
        onem2gpower[k] = (onem2gpower[k - 1] * oneMinusTwoGOverN) / k;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1, j2] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            // Full convolution of V0[k1-V0s : k1-V0s+ln2] with pwrs[:ln2], then entries [j1-k1, j1-k1+len).
            const base = k1 - V0s;
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            let max = 0;
            for (let r = 0; r < convLen; r++) {
                const idx = convStart + r;
                let s = 0;
                const lo = Math.max(0, idx - (ln2 - 1));
                const hi = Math.min(idx, ln2 - 1);
                for (let q = lo; q <= hi; q++)
                    s += (V0[base + q] ?? 0) * pwrs[idx - q];
                V1[r] = s;
                if (s > max)
                    max = s;
            }
            if (max > 0 && max < EM128) {
                for (let r = 0; r < V1.length; r++)
                    V1[r] *= E128;
                expnt -= 128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let k = 1; k <= n; k++) {
        if (Math.abs(ans) > E128) {
            ans *= EM128;
            expnt += 128;
        }
        ans *= k;
    }
    if (expnt !== 0)
        ans *= 2 ** expnt;
    return clip(ans);
}
/** Pelz-Good's approximation of Pr(D_n <= x) (scipy's _kolmogn_PelzGood). */
function pelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z ** 2;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const PI2 = Math.PI ** 2;
    const PI4 = Math.PI ** 4;
    const PI6 = Math.PI ** 6;
    const qlog = -PI2 / 8 / z2;
    if (qlog < -708)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m ** 2;
        const m4 = m ** 4;
        const m6 = m ** 6;
        const qpower = q ** (8 * k);
        const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / div[i];
    q = Math.exp(-PI2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qp = q ** k2;
        k2extra += k2 * qp;
        const kspi = Math.PI * k;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp;
    }
    K[2] = K[2] + (k2extra * PI2 * SQRT2PI) / (-36 * z3);
    K[3] = K[3] + (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}

;// CONCATENATED MODULE: ./src/drift/stattests.ts
/**
 * The drift statistics, each computed the way Evidently computes it with scipy underneath:
 * `ks` (scipy.stats.ks_2samp), `chisquare` (scipy.stats.chisquare of current counts against reference
 * shares scaled to the current size), `z` (Evidently's two-proportion z-test), `wasserstein`
 * (scipy.stats.wasserstein_distance over the reference's population standard deviation, floored at 0.001),
 * `jensenshannon` (scipy.spatial.distance.jensenshannon, natural log) and `psi`, the last two over
 * Evidently's get_binned_data. Numerical samples come sorted; value counts come as a FrequencyTable.
 */


const METHODS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'];
const BOTH = ['numerical', 'categorical'];
const NUMERICAL = ['numerical'];
const atOrBelow = (score, threshold) => score <= threshold;
const below = (score, threshold) => score < threshold;
const atOrAbove = (score, threshold) => score >= threshold;
const METHOD_RULES = {
    ks: { kinds: NUMERICAL, threshold: 0.05, score: 'p-value', drifts: atOrBelow },
    chisquare: { kinds: BOTH, threshold: 0.05, score: 'p-value', drifts: below },
    z: { kinds: BOTH, threshold: 0.05, score: 'p-value', drifts: below },
    wasserstein: { kinds: NUMERICAL, threshold: 0.1, score: 'distance', drifts: atOrAbove },
    jensenshannon: { kinds: BOTH, threshold: 0.1, score: 'distance', drifts: atOrAbove },
    psi: { kinds: BOTH, threshold: 0.1, score: 'distance', drifts: atOrAbove },
};
/** Default thresholds (Evidently's), from METHOD_RULES. */
const THRESHOLDS = Object.fromEntries(METHODS.map((m) => [m, METHOD_RULES[m].threshold]));
/** Whether a score means drift: p-values below (ks: at or below) the threshold, distances at or above. */
function isDrift(method, score, threshold) {
    return METHOD_RULES[method].drifts(score, threshold);
}
/** Evidently's _get_default_stattest. `distinct` is the number of distinct values of both sides together. */
function defaultMethod(kind, referenceRows, distinct) {
    if (referenceRows <= 1000) {
        if (kind === 'numerical') {
            if (distinct <= 5)
                return distinct > 2 ? 'chisquare' : 'z';
            return 'ks';
        }
        return distinct > 2 ? 'chisquare' : 'z';
    }
    if (kind === 'numerical')
        return distinct <= 5 ? 'jensenshannon' : 'wasserstein';
    return 'jensenshannon';
}
/** The frequency table of two sorted numerical samples. */
function numericFrequencies(reference, current) {
    const keys = [];
    const ref = [];
    const cur = [];
    let i = 0;
    let j = 0;
    while (i < reference.length || j < current.length) {
        const v = j >= current.length || (i < reference.length && reference[i] <= current[j]) ? reference[i] : current[j];
        let a = 0;
        let b = 0;
        while (i < reference.length && reference[i] === v) {
            i++;
            a++;
        }
        while (j < current.length && current[j] === v) {
            j++;
            b++;
        }
        keys.push(v);
        ref.push(a);
        cur.push(b);
    }
    return { keys, reference: Float64Array.from(ref), current: Float64Array.from(cur), referenceTotal: reference.length, currentTotal: current.length };
}
/** Number of distinct values in a sorted sample, counting no further than `cap`. */
function stattests_distinctSorted(values, cap = Infinity) {
    let count = 0;
    for (let i = 0; i < values.length && count < cap; i++)
        if (i === 0 || values[i] !== values[i - 1])
            count++;
    return count;
}
/** Number of distinct values of two sorted samples together, counting no further than `cap`. */
function distinctSortedUnion(a, b, cap = Infinity) {
    let i = 0;
    let j = 0;
    let count = 0;
    while ((i < a.length || j < b.length) && count < cap) {
        const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        i = skipEqual(a, i, v);
        j = skipEqual(b, j, v);
        count++;
    }
    return count;
}
/** Pearson's chi-square of current counts against reference shares (p-value). */
function chiSquareTest(table) {
    const kNorm = table.currentTotal / table.referenceTotal;
    let stat = 0;
    let k = 0;
    for (let i = 0; i < table.keys.length; i++) {
        const obs = table.current[i];
        const exp = table.reference[i] * kNorm;
        if (obs === 0 && exp === 0)
            continue;
        k++;
        stat += ((obs - exp) * (obs - exp)) / exp;
    }
    if (k < 2)
        return 1;
    return chi2Sf(stat, k - 1);
}
/** Evidently's two-proportion z-test (p-value): the first key against all others. */
function zTest(table) {
    const refKeys = [];
    const curKeys = [];
    for (let i = 0; i < table.keys.length; i++) {
        if (table.reference[i] > 0)
            refKeys.push(i);
        if (table.current[i] > 0)
            curKeys.push(i);
    }
    if (refKeys.length === 1 && curKeys.length === 1 && refKeys[0] === curKeys[0])
        return 1;
    const first = table.keys.findIndex((_, i) => table.reference[i] > 0 || table.current[i] > 0);
    const n1 = table.referenceTotal;
    const n2 = table.currentTotal;
    const p1 = (n1 - table.reference[first]) / n1;
    const p2 = (n2 - table.current[first]) / n2;
    const P = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
    return 2 * (1 - normalCdf(Math.abs(z)));
}
/** First Wasserstein distance between two sorted samples (scipy.stats.wasserstein_distance). */
function wassersteinDistance(u, v) {
    const nu = u.length;
    const nv = v.length;
    let i = 0;
    let j = 0;
    let sum = 0;
    let prev = Math.min(u[0], v[0]);
    while (i < nu || j < nv) {
        const x = j >= nv || (i < nu && u[i] <= v[j]) ? u[i] : v[j];
        // The CDFs are constant on [prev, x): their values after every element < x.
        sum += Math.abs(i / nu - j / nv) * (x - prev);
        i = skipEqual(u, i, x);
        j = skipEqual(v, j, x);
        prev = x;
    }
    return sum;
}
/**
 * The first index from i on whose value is not x (a sorted array). A function of its own, not a loop
 * nested in the merge loops above: V8 would enter the optimised code in the inner loop (on-stack
 * replacement), which runs once or twice per outer step, and drop it at every exit (~1000 deopts, a cold
 * CLI run's compile time).
 */
function skipEqual(a, i, x) {
    const n = a.length;
    while (i < n && a[i] === x)
        i++;
    return i;
}
/** Population standard deviation (numpy's np.std, ddof=0). */
function stattests_populationStd(values) {
    const mean = sumOf(values) / values.length;
    return Math.sqrt(squaredDeviations(values, mean) / values.length);
}
// One loop per function: a second loop in the same function starts without type feedback and would
// deoptimise the code that on-stack replacement compiled for the first (a cold run's compile time).
function sumOf(values) {
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        sum += values[i];
    return sum;
}
function squaredDeviations(values, mean) {
    let ss = 0;
    for (let i = 0; i < values.length; i++) {
        const d = values[i] - mean;
        ss += d * d;
    }
    return ss;
}
/** Evidently's normed Wasserstein distance: W1 / max(std(reference), 0.001). */
function wassersteinNormed(reference, current, referenceStd = stattests_populationStd(reference)) {
    return wassersteinDistance(reference, current) / Math.max(referenceStd, 0.001);
}
/** numpy.histogram_bin_edges(data, bins='sturges') for data spanning [min, max] with n values. */
function sturgesEdges(min, max, n) {
    let first = min;
    let last = max;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const width = (max - min) / (Math.log2(n) + 1);
    const bins = width ? Math.ceil((last - first) / width) : 1;
    const edges = new Float64Array(bins + 1);
    const step = (last - first) / bins;
    for (let i = 0; i <= bins; i++)
        edges[i] = i * step + first;
    edges[bins] = last;
    return edges;
}
/** numpy.histogram counts of a sorted sample over edges (last bin closed). */
function histogramSorted(values, edges) {
    const bins = edges.length - 1;
    const counts = new Float64Array(bins);
    let i = 0;
    const n = values.length;
    while (i < n && values[i] < edges[0])
        i++;
    if (bins <= 0)
        return counts;
    // One loop over the values (the bin advances inside it): a loop per bin would be entered by on-stack
    // replacement and deoptimised at each bin's end.
    let b = 0;
    let hi = edges[1];
    for (; i < n; i++) {
        const x = values[i];
        while (!(x < hi || (b === bins - 1 && x === hi))) {
            b++;
            if (b === bins)
                return counts;
            hi = edges[b + 1];
        }
        counts[b]++;
    }
    return counts;
}
/** Replaces zero shares as Evidently does for psi: 0.0001, or the smallest non-zero share / 10^6 when that is <= 0.0001. */
function fillZeroes(shares) {
    let min = Infinity;
    for (const s of shares)
        if (s !== 0 && s < min)
            min = s;
    if (min === Infinity)
        return shares;
    const fill = min <= 0.0001 ? min / 10 ** 6 : 0.0001;
    for (let i = 0; i < shares.length; i++)
        if (shares[i] === 0)
            shares[i] = fill;
    return shares;
}
/** scipy.spatial.distance.jensenshannon(p, q) with the natural logarithm. */
function jensenShannonDistance(p, q) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    let left = 0;
    let right = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sp;
        const b = q[i] / sq;
        const m = (a + b) / 2;
        if (a > 0)
            left += a * Math.log(a / m);
        if (b > 0)
            right += b * Math.log(b / m);
    }
    return Math.sqrt(Math.max(0, (left + right) / 2));
}
/** Population stability index over shares already filled (no zeroes). */
function populationStabilityIndex(reference, current) {
    let psi = 0;
    for (let i = 0; i < reference.length; i++) {
        const r = reference[i];
        const c = current[i];
        psi += (r - c) * Math.log(r / c);
    }
    return psi;
}
/** Shares of a frequency table (one entry per value). */
function valueShares(table) {
    const reference = new Float64Array(table.keys.length);
    const current = new Float64Array(table.keys.length);
    for (let i = 0; i < table.keys.length; i++) {
        reference[i] = table.reference[i] / table.referenceTotal;
        current[i] = table.current[i] / table.currentTotal;
    }
    return { reference, current, labels: table.keys.map(String) };
}
/** Shares of sorted numerical samples in Sturges bins over both together. */
function binnedShares(reference, current) {
    const min = Math.min(reference[0], current[0]);
    const max = Math.max(reference.at(-1), current.at(-1));
    const edges = sturgesEdges(min, max, reference.length + current.length);
    const r = histogramSorted(reference, edges);
    const c = histogramSorted(current, edges);
    for (let i = 0; i < r.length; i++) {
        r[i] = r[i] / reference.length;
        c[i] = c[i] / current.length;
    }
    return { reference: r, current: c, edges, labels: binLabels(edges) };
}
function binLabels(edges) {
    const labels = [];
    for (let i = 0; i + 1 < edges.length; i++)
        labels.push(formatEdge(edges[i]));
    return labels;
}
function formatEdge(x) {
    return Number.isInteger(x) ? String(x) : Number(x.toPrecision(4)).toString();
}
/** Runs one method on a numerical column given as sorted, finite samples. */
function testNumerical(method, reference, current, referenceStd, referenceCount = reference.length) {
    const distinctRef = stattests_distinctSorted(reference, 21);
    const binned = distinctRef > 20;
    const chartShares = () => (binned ? binnedShares(reference, current) : valueShares(numericFrequencies(reference, current)));
    // ks and wasserstein do not need the shares: they are computed when the report asks (drifted columns only).
    let shares;
    switch (method) {
        case 'ks': {
            // With a profile the reference sample is synthesized; the p-value still uses the true reference size.
            const r = ksPvalue(referenceCount, current.length, ksStatistic(reference, current));
            return {
                method,
                score: r.pvalue,
                exact: true,
                detail: r.method,
                get shares() {
                    return (shares ??= chartShares());
                },
            };
        }
        case 'wasserstein':
            return {
                method,
                score: wassersteinNormed(reference, current, referenceStd),
                exact: true,
                get shares() {
                    return (shares ??= chartShares());
                },
            };
        case 'chisquare':
        case 'z': {
            const table = numericFrequencies(reference, current);
            return { method, score: method === 'z' ? zTest(table) : chiSquareTest(table), exact: true, shares: valueShares(table) };
        }
        case 'jensenshannon':
        case 'psi': {
            const shares = chartShares();
            return { method, score: sharesScore(method, shares), exact: true, shares };
        }
    }
}
/** Runs one method on a categorical column given as a frequency table. */
function testCategorical(method, table) {
    const shares = valueShares(table);
    switch (method) {
        case 'chisquare':
            return { method, score: chiSquareTest(table), exact: true, shares };
        case 'z':
            return { method, score: zTest(table), exact: true, shares };
        case 'jensenshannon':
        case 'psi':
            return { method, score: sharesScore(method, shares), exact: true, shares };
        default:
            throw new Error(`${method} does not apply to categorical columns`);
    }
}
/** jensenshannon or psi over shares (psi fills zero shares on copies). */
function sharesScore(method, shares) {
    if (method === 'jensenshannon')
        return jensenShannonDistance(shares.reference, shares.current);
    return populationStabilityIndex(fillZeroes(shares.reference.slice()), fillZeroes(shares.current.slice()));
}

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
            throw new errors_DhowError('not-found', `cannot read the profile: ${error.code}`, { file: path, cause: error });
        throw new errors_DhowError('invalid-input', `the profile is not valid JSON: ${jsonSyntaxMessage(error)}`, { file: path, cause: error });
    }
    const parsed = DriftProfile.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors_DhowError('invalid-input', `not a drift profile: ${issue.message}`, { file: path, field: issue.path.join('.') || undefined });
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
        const edges = sturgesEdges(min, max, reference.total + current.total);
        return { reference: weightedHistogram(reference, edges), current: weightedHistogram(current, edges), edges, labels: binLabels(edges) };
    };
    switch (method) {
        case 'ks': {
            const r = ksPvalue(reference.total, current.total, weightedKsStatistic(reference, current));
            return { method, score: r.pvalue, exact: exactData, exactData, shares: shares(), detail: r.method };
        }
        case 'wasserstein':
            return { method, score: weightedWasserstein(reference, current) / Math.max(referenceStd, 0.001), exact: exactData, exactData, shares: shares() };
        case 'chisquare':
            return { method, score: chiSquareTest(table()), exact: exactData, exactData, shares: shares() };
        case 'z':
            return { method, score: zTest(table()), exact: exactData, exactData, shares: shares() };
        case 'jensenshannon':
        case 'psi': {
            const s = shares();
            const score = method === 'jensenshannon'
                ? jensenShannonDistance(s.reference, s.current)
                : populationStabilityIndex(fillZeroes(s.reference.slice()), fillZeroes(s.current.slice()));
            return { method, score, exact: exactData, exactData, shares: s };
        }
    }
}
/** Evidently's choice for weighted samples (distinct values of both sides, capped at 6). */
function weightedDefaultMethod(reference, current) {
    let distinct = 0;
    walk(reference, current, () => void distinct++);
    return defaultMethod('numerical', reference.total, distinct);
}


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
    const comparison = METHOD_RULES[c.method].score;
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
    columnType: 'a declared column type',
    driftShare: 'the drift share',
    maxInvalidShare: 'the maximum share of invalid values',
};
async function detectDrift(options) {
    const names = { ...SEMANTIC_NAMES, ...options.optionNames };
    const driftShare = options.driftShare ?? DEFAULT_DRIFT_SHARE;
    if (!(driftShare > 0 && driftShare <= 1))
        throw new errors_DhowError('usage', `${names.driftShare} must be in (0, 1], got ${driftShare}`);
    const minSample = options.minSampleSize ?? DEFAULT_MIN_SAMPLE_SIZE;
    const kinds = new Map(Object.entries(options.columnTypes ?? {}));
    const columns = new Map();
    const readOptions = { onProgress: options.onProgress, csv: options.csv };
    const profile = (await isProfileFile(options.reference)) ? await loadProfile(options.reference) : undefined;
    if (profile) {
        for (const c of profile.columns) {
            const kind = kinds.get(c.name) ?? c.type;
            if (kind !== c.type) {
                throw new errors_DhowError('invalid-input', `the profile records the column as ${c.type}; it cannot be read as ${kind}`, {
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
    for (const name of kinds.keys()) {
        if (!columns.has(name))
            throw new errors_DhowError('usage', `${names.columnType} names a column that is not in the data`, { file: options.current, field: name });
    }
    let selected = [...columns.values()];
    if (options.columns) {
        // A column named twice is tested once: counting it twice would skew the share of drifted columns.
        selected = [...new Set(options.columns)].map((name) => {
            const c = columns.get(name);
            if (!c)
                throw new errors_DhowError('usage', 'no such column', { file: options.current, field: name });
            return c;
        });
    }
    const maxInvalidShare = options.maxInvalidShare ?? DEFAULT_MAX_INVALID_SHARE;
    if (!(maxInvalidShare >= 0 && maxInvalidShare <= 1))
        throw new errors_DhowError('usage', `${names.maxInvalidShare} must be in [0, 1], got ${maxInvalidShare}`);
    const results = selected.map((c) => testColumn(c, options, minSample, profile, names));
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
        data_quality: dataQuality(selected, maxInvalidShare),
    };
}
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
    if (kind === 'categorical') {
        const table = frequencyTable(column);
        const base = { column: column.name, type: kind, reference_size: table.referenceTotal, current_size: table.currentTotal };
        if (table.referenceTotal === 0)
            throw new errors_DhowError('invalid-input', 'the reference has no values in this column', { file: options.reference, field: column.name });
        let distinct = 0;
        for (let i = 0; i < table.keys.length; i++)
            if (table.reference[i] > 0 || table.current[i] > 0)
                distinct++;
        const method = options.method ?? defaultMethod(kind, table.referenceTotal, distinct);
        if (!METHOD_RULES[method].kinds.includes('categorical')) {
            throw new errors_DhowError('usage', `${names.method} ${method} needs a numerical column; declare it numerical with ${names.columnType} if it holds numbers`, {
                field: column.name,
            });
        }
        const threshold = options.threshold ?? THRESHOLDS[method];
        if (table.currentTotal < Math.max(1, minSample))
            return { ...base, method, score: null, threshold, drifted: false, inconclusive: true, exact: true };
        return finish(base, testCategorical(method, table), threshold, true);
    }
    if (column.current.sketch)
        return testSketchedColumn(column, options, minSample, profile);
    const ref = column.reference.numbers.view();
    const cur = column.current.numbers.view();
    const refCount = column.reference.count ?? ref.length;
    const base = { column: column.name, type: kind, reference_size: refCount, current_size: cur.length };
    if (ref.length === 0)
        throw new errors_DhowError('invalid-input', 'the reference has no numeric values in this column', { file: options.reference, field: column.name });
    sort_sortFloat64(ref);
    sort_sortFloat64(cur);
    const distinct = distinctSortedUnion(ref, cur, 6);
    const method = options.method ?? defaultMethod(kind, refCount, distinct);
    const threshold = options.threshold ?? THRESHOLDS[method];
    if (cur.length < Math.max(1, minSample))
        return { ...base, method, score: null, threshold, drifted: false, inconclusive: true, exact: true };
    const outcome = testNumerical(method, ref, cur, column.reference.std, refCount);
    return finish(base, outcome, threshold, !(profile && column.reference.exact === false));
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
function testSketchedColumn(column, options, minSample, profile) {
    const sketch = column.current.sketch;
    const ref = sort_sortFloat64(column.reference.numbers.view());
    const refCount = column.reference.count ?? ref.length;
    const base = { column: column.name, type: column.kind, reference_size: refCount, current_size: sketch.count };
    if (ref.length === 0)
        throw new errors_DhowError('invalid-input', 'the reference has no numeric values in this column', { file: options.reference, field: column.name });
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
    const method = options.method ?? (current.total === 0 ? defaultMethod('numerical', refCount, 6) : weightedDefaultMethod(reference, current));
    const threshold = options.threshold ?? THRESHOLDS[method];
    if (sketch.count < Math.max(1, minSample))
        return { ...base, method, score: null, threshold, drifted: false, inconclusive: true, exact: true };
    const outcome = testWeighted(method, reference, current, column.reference.std ?? stattests_populationStd(ref));
    return finish(base, outcome, threshold, outcome.exactData && !(profile && column.reference.exact === false));
}
function finish(base, outcome, threshold, exact) {
    const drifted = isDrift(outcome.method, outcome.score, threshold);
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

;// CONCATENATED MODULE: ./src/forge/forge.ts
/**
 * The Forge is the only door to the registry repository. Two implementations: `local` (a git
 * repository on disk through the git CLI, the embedded default) and `github` (Octokit).
 * Everything above this interface (promote, revert, policy checks) is shared by both.
 */
/** Formats commit trailers the way git interpret-trailers reads them. */
function withTrailers(message, trailers = {}) {
    const lines = Object.entries(trailers).map(([k, v]) => `${k}: ${v.replace(/\s*\n\s*/g, ' ')}`);
    return lines.length === 0 ? message.trimEnd() + '\n' : `${message.trimEnd()}\n\n${lines.join('\n')}\n`;
}
/** Reads trailers from the last paragraph of a commit message. */
function parseTrailers(message) {
    const paragraphs = message.trimEnd().split(/\n\s*\n/);
    const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : '';
    const trailers = {};
    for (const line of last.split('\n')) {
        const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
        if (!match)
            return {};
        trailers[match[1]] = match[2];
    }
    return trailers;
}

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/forge/github-client.ts
/**
 * The Octokit the github forge uses: @octokit/rest with the retry plugin (5xx, bounded) and the throttling
 * plugin (primary and secondary rate limits: retried a bounded number of times after the retry-after
 * GitHub sends, logged without the token). Failures become DhowErrors naming the route and status.
 */




const GitHubOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** A limiter that lets every job through at once, for the emulator (GitHub's pacing is off). */
const unpaced = { key: () => ({ schedule: (_options, fn, ...args) => fn(...args) }) };
function createClient(options) {
    const { logger } = options;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const unit = options.backoffUnitMs ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount < rateLimitRetries) {
            logger.warning(`GitHub ${kind} on ${request.method} ${request.url}: retrying after ${retryAfter}s (${retryCount + 1}/${rateLimitRetries})`);
            return true;
        }
        logger.error(`GitHub ${kind} on ${request.method} ${request.url}: giving up after ${rateLimitRetries} retries`);
        return false;
    };
    return new GitHubOctokit({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: 'dhow',
        log: { debug: () => { }, info: () => { }, warn: (m) => logger.debug(m), error: (m) => logger.debug(m) },
        // Only what may pass is retried: 405 (not mergeable yet) and 409 (the head moved) are GitHub's answer, and
        // the plugin's default list would retry them three times with back-off (1 + 4 + 9 s) before failing anyway.
        retry: { retries: options.serverErrorRetries ?? 3, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 405, 409, 410, 422, 451] },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: unit,
            ...(options.pacing === false ? { write: unpaced, notifications: unpaced } : {}),
        },
    });
}
function statusOf(error) {
    return error?.status;
}
/** GitHub's message and its `errors` details in one line (422s put the useful part in `errors`). */
function messageOf(error) {
    const e = error;
    const data = e?.response?.data;
    const details = (data?.errors ?? [])
        .map((d) => typeof d === 'string'
        ? d
        : (d.message ??
            [d.field, d.code].filter(Boolean).join(' ')))
        .filter(Boolean);
    return [data?.message ?? e?.message ?? String(error), ...details].join(': ');
}
/** Wraps an Octokit failure into a DhowError naming what was being done. */
function forgeError(what, error) {
    if (error instanceof errors_DhowError)
        return error;
    const status = statusOf(error);
    let hint = '';
    if (status === 401)
        hint = ' (the token is invalid or expired)';
    else if (status === 403 && /GitHub Actions is not permitted to create or approve pull requests/i.test(messageOf(error))) {
        hint =
            ' (the repository setting Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests" is off: turn it on, or better use a GitHub App token, whose pull requests also start workflows)';
    }
    else if (status === 403 || status === 404)
        hint = ' (check the token can reach this repository and has the permissions the action README lists)';
    return new errors_DhowError('forge', `GitHub: ${what} failed${status ? ` with ${status}` : ''}: ${messageOf(error)}${hint}`, { cause: error });
}

;// CONCATENATED MODULE: ./src/forge/github-reads.ts
const isCommitId = (ref) => /^[0-9a-f]{40}$/.test(ref);
/** The registry's policy file (registry/paths CONFIG_PATH), read with every branch head. */
const CONFIG_FILE = 'dhow.yaml';
const CONFIG_FIELD = `file(path: "${CONFIG_FILE}") { object { ... on Blob { oid text } } }`;
const PR_FIELDS = 'number url title body state headRefName baseRefName headRefOid author { login } labels(first: 50) { nodes { name } } mergeCommit { oid }';
class BatchedReader {
    graphql;
    owner;
    name;
    queue = [];
    scheduled = false;
    /** (commit:path) -> text (null: absent). Valid forever: a commit never changes. */
    files = new Map();
    /** (commit:path) -> blob id, from directory listings and file reads. */
    blobIds = new Map();
    /** commit -> root tree id. */
    trees = new Map();
    /** commit -> parent ids (of branch heads read). */
    parents = new Map();
    /** (commit:dir) of directories listed: a path in one that the listing lacks is absent. */
    listed = new Set();
    constructor(graphql, owner, name) {
        this.graphql = graphql;
        this.owner = owner;
        this.name = name;
    }
    /** Records what a commit is known to hold (from a query made for another reason). */
    prime(commit, path, text, oid) {
        this.files.set(`${commit}:${path}`, text);
        if (oid !== undefined)
            this.blobIds.set(`${commit}:${path}`, oid);
    }
    cachedBlobId(commit, path) {
        const known = this.blobIds.get(`${commit}:${path}`);
        if (known !== undefined)
            return known;
        const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
        return this.listed.has(`${commit}:${dir}`) ? null : undefined;
    }
    file(ref, path) {
        const key = `${ref}:${path}`;
        if (isCommitId(ref) && this.files.has(key))
            return Promise.resolve(this.files.get(key));
        return this.enqueue({ kind: 'file', ref, path });
    }
    dir(ref, path) {
        return this.enqueue({ kind: 'dir', ref, path });
    }
    head(branch) {
        return this.enqueue({ kind: 'head', branch });
    }
    pulls(branch, states) {
        return this.enqueue({ kind: 'pulls', branch, states });
    }
    history(ref, path, first, after) {
        return this.enqueue({ kind: 'history', ref, path, first, after });
    }
    enqueue(read) {
        return new Promise((resolve, reject) => {
            this.queue.push({ read, resolve, reject });
            if (!this.scheduled) {
                this.scheduled = true;
                // setImmediate runs after every promise continuation of this turn: all reads a Promise.all starts
                // land in the same batch.
                setImmediate(() => void this.flush());
            }
        });
    }
    async flush() {
        const batch = this.queue;
        this.queue = [];
        this.scheduled = false;
        const vars = { owner: this.owner, name: this.name };
        const defs = ['$owner: String!', '$name: String!'];
        const fields = [];
        batch.forEach(({ read }, i) => {
            const v = (suffix, type, value) => {
                vars[`v${i}${suffix}`] = value;
                defs.push(`$v${i}${suffix}: ${type}`);
                return `$v${i}${suffix}`;
            };
            switch (read.kind) {
                case 'file':
                    fields.push(`r${i}: object(expression: ${v('e', 'String!', `${read.ref}:${read.path}`)}) { __typename oid ... on Blob { text isTruncated isBinary } }`);
                    break;
                case 'dir':
                    fields.push(`r${i}: object(expression: ${v('e', 'String!', `${read.ref}:${read.path}`)}) { __typename ... on Tree { entries { name type oid } } }`);
                    break;
                case 'head':
                    fields.push(
                    // dhow.yaml comes with every head: a reader opened on a branch reads it next, so it costs no call.
                    `r${i}: ref(qualifiedName: ${v('q', 'String!', `refs/heads/${read.branch}`)}) { target { oid ... on Commit { tree { oid } parents(first: 2) { nodes { oid } } ${CONFIG_FIELD} } } }`);
                    break;
                case 'pulls':
                    fields.push(`r${i}: pullRequests(headRefName: ${v('h', 'String!', read.branch)}, states: ${v('s', '[PullRequestState!]', read.states)}, last: 5) { nodes { ${PR_FIELDS} } }`);
                    break;
                case 'history':
                    fields.push(`r${i}: object(expression: ${v('e', 'String!', read.ref)}) { ... on Commit { history(path: ${v('p', 'String!', read.path)}, first: ${v('n', 'Int!', read.first)}, after: ${v('a', 'String', read.after)}) { nodes { oid message committedDate author { name email date } file(path: ${v('f', 'String!', read.path)}) { object { ... on Blob { text } } } associatedPullRequests(first: 5) { nodes { number state mergedBy { login } mergeCommit { oid } } } } pageInfo { hasNextPage endCursor } } } }`);
                    break;
            }
        });
        const query = `query(${defs.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
        let repository;
        try {
            repository = (await this.graphql(query, vars)).repository;
        }
        catch (error) {
            for (const p of batch)
                p.reject(error);
            return;
        }
        batch.forEach(({ read, resolve }, i) => {
            const node = repository[`r${i}`];
            switch (read.kind) {
                case 'file': {
                    const text = node?.__typename === 'Blob' && !node.isBinary && !node.isTruncated ? node.text : null;
                    if (node?.__typename === 'Blob' && (node.isBinary || node.isTruncated)) {
                        resolve(Promise.reject(new Error(`${read.path} at ${read.ref} is binary or larger than GitHub returns through GraphQL`)));
                        return;
                    }
                    if (isCommitId(read.ref))
                        this.prime(read.ref, read.path, text, node?.__typename === 'Blob' ? node.oid : null);
                    resolve(text);
                    return;
                }
                case 'dir': {
                    const entries = node?.__typename === 'Tree' ? node.entries : [];
                    if (isCommitId(read.ref)) {
                        this.listed.add(`${read.ref}:${read.path}`);
                        for (const e of entries)
                            if (e.type === 'blob')
                                this.blobIds.set(`${read.ref}:${read.path}/${e.name}`, e.oid);
                    }
                    resolve(entries);
                    return;
                }
                case 'head':
                    if (node?.target?.tree?.oid) {
                        this.trees.set(node.target.oid, node.target.tree.oid);
                        const config = node.target.file?.object ?? null;
                        this.prime(node.target.oid, CONFIG_FILE, config?.text ?? null, config?.oid ?? null);
                    }
                    if (node?.target?.parents)
                        this.parents.set(node.target.oid, node.target.parents.nodes.map((n) => n.oid));
                    resolve(node?.target ? { oid: node.target.oid, tree: node.target.tree?.oid } : null);
                    return;
                case 'pulls':
                    resolve(node?.nodes ?? []);
                    return;
                case 'history': {
                    const history = node?.history ?? null;
                    for (const c of (history?.nodes ?? []))
                        this.prime(c.oid, read.path, c.file?.object?.text ?? null);
                    resolve(history);
                    return;
                }
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/forge/github-text.ts
/** Text rules of GitHub that the github forge follows: blob ids, body limits, comment markers. */

/** owner/name as GitHub allows them: an owner of letters, digits and inner hyphens; a name of letters, digits, '.', '_', '-'. */
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;
/** Git's object id of a blob holding `text` (UTF-8): sha1("blob <bytes>\0<content>"). */
function gitBlobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** GitHub refuses pull request and comment bodies over 65,536 characters. */
const BODY_LIMIT = 65_536;
/**
 * Cuts a Markdown body to fit under `limit` characters: at a line boundary (never inside a table row or
 * a surrogate pair), closing an open code fence, with a note saying what was left out.
 */
function truncateBody(body, limit = BODY_LIMIT, note = 'the rest is in the registry commit') {
    if (body.length <= limit)
        return body;
    const notice = `\n\n> **Truncated**: this text was longer than GitHub allows (${limit.toLocaleString('en-US')} characters); ${note}.\n`;
    const budget = limit - notice.length - '\n```'.length;
    let cut = body.slice(0, Math.max(0, budget));
    // Never end between the two halves of a surrogate pair.
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        cut = cut.slice(0, -1);
    // End on a whole line: a half table row breaks the table, a half line may break a link.
    const newline = cut.lastIndexOf('\n');
    if (newline > 0)
        cut = cut.slice(0, newline);
    const fences = (cut.match(/^```/gm) ?? []).length;
    if (fences % 2 === 1)
        cut += '\n```';
    return cut + notice;
}
/** The hidden marker that identifies dhow's sticky comment for one purpose. */
function commentMarker(purpose) {
    return `<!-- dhow:${purpose} -->`;
}

;// CONCATENATED MODULE: ./src/forge/github-refusals.ts
/**
 * What GitHub's refusals of a ref update mean for a dhow user: branch protection and rulesets answer a
 * direct update with 422 and the rule's message. Each known rule is named with what to do about it; an
 * unknown refusal is still reported as a refusal (never as a race to retry).
 */
const THROUGH_A_PULL_REQUEST = 'change it through a pull request (for reverts: revert.mode pull-request in dhow.yaml), or add this identity to the bypass list';
const RULES = [
    {
        match: /Changes must be made through a pull request/i,
        explain: () => `it requires pull requests: ${THROUGH_A_PULL_REQUEST}`,
    },
    {
        match: /Required status checks? "?([^"]+?)"? (?:is|are) expected/i,
        explain: (m) => `it requires the status check "${m[1]}" to pass first: ${THROUGH_A_PULL_REQUEST}`,
    },
    {
        match: /At least (\d+) approving reviews? (?:is|are) required/i,
        explain: (m) => `it requires ${m[1]} approving review${m[1] === '1' ? '' : 's'}: ${THROUGH_A_PULL_REQUEST}`,
    },
    {
        match: /must have verified signatures/i,
        explain: () => 'it requires signed commits, and GitHub signs only the commits a GitHub App or GITHUB_TOKEN makes through the API without an author, never those made with a personal access token: use a GitHub App token',
    },
    {
        match: /must not contain merge commits|linear history/i,
        explain: () => "it requires a linear history (no merge commits): merge dhow's pull requests by squash or rebase (the merge-method input), or lift the rule",
    },
    {
        match: /Reference update failed|protected branch/i,
        explain: () => `a ruleset or branch protection restricts updates to it: ${THROUGH_A_PULL_REQUEST}`,
    },
];
/** The message of the DhowError('refused') for a refused update of `branch` (GitHub's `message` quoted). */
function refUpdateRefusal(branch, message) {
    const oneLine = message.replace(/\s+/g, ' ').trim();
    for (const rule of RULES) {
        const m = rule.match.exec(message);
        if (m)
            return `GitHub refused to move ${branch}: ${rule.explain(m)} (GitHub said: ${oneLine})`;
    }
    return `GitHub refused to move ${branch} (${oneLine}): check the branch's protection and rulesets, and the token's permissions`;
}

;// CONCATENATED MODULE: ./src/forge/github.ts
/**
 * The github forge: the registry repository on GitHub (or GitHub Enterprise Server through
 * GITHUB_API_URL) through Octokit. Reads are batched GraphQL queries (src/forge/github-reads.ts); writes
 * are the Git Data API without a clone: one tree on the base tree with the changed files inline, one
 * commit WITHOUT author or committer (GitHub signs it for an App or GITHUB_TOKEN), then createRef or
 * updateRef with force:false. The new commit always descends from the expected head, so a branch that
 * moved meanwhile fails the fast-forward check: GitHub's updateRef becomes a compare-and-swap, and a lost
 * race is a DhowError('conflict') the caller answers by reading again and re-planning. Nothing is written
 * when every file already has the planned content (a force-push or a needless commit dismisses approvals).
 */







const PR_STATES = {
    open: ['OPEN'],
    closed: ['CLOSED'],
    merged: ['MERGED'],
    all: ['OPEN', 'CLOSED', 'MERGED'],
};
function createGitHubForge(options) {
    const match = REPOSITORY.exec(options.repository);
    if (!match)
        throw new errors_DhowError('usage', `registry "${options.repository}" must be owner/name`, { field: 'registry' });
    if (!options.token)
        throw new errors_DhowError('usage', 'a GitHub token is needed to reach the registry repository', { field: 'github-token' });
    const baseUrl = options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com';
    const clientOptions = {
        token: options.token,
        baseUrl,
        logger: options.logger,
        ...(options.backoffUnitMs !== undefined ? { backoffUnitMs: options.backoffUnitMs } : {}),
        ...(options.pacing !== undefined ? { pacing: options.pacing } : {}),
        ...(options.rateLimitRetries !== undefined ? { rateLimitRetries: options.rateLimitRetries } : {}),
        ...(options.serverErrorRetries !== undefined ? { serverErrorRetries: options.serverErrorRetries } : {}),
    };
    return new GitHubForge(createClient(clientOptions), match[1], match[2], options);
}
class GitHubForge {
    octokit;
    owner;
    repo;
    options;
    kind = 'github';
    description;
    reads;
    defaultBranchName;
    /** A head read together with the default branch name, handed to the next branchHead() of that branch. */
    primedHead;
    logger;
    constructor(octokit, owner, repo, options) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
        this.options = options;
        this.description = `${owner}/${repo}`;
        this.logger = options.logger;
        this.reads = new BatchedReader(this.octokit.graphql, owner, repo);
    }
    async call(what, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw forgeError(what, error);
        }
    }
    /**
     * The default branch, read with its head, the head's tree and dhow.yaml in the same query: a reader
     * opened next (branchHead, then the config) needs no further call.
     */
    async defaultBranch() {
        if (this.defaultBranchName)
            return this.defaultBranchName;
        const data = await this.call('reading the default branch', () => this.octokit.graphql(`query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { defaultBranchRef { name target { oid ... on Commit { tree { oid } ${CONFIG_FIELD} } } } } }`, { owner: this.owner, name: this.repo }));
        const ref = data.repository.defaultBranchRef;
        if (!ref)
            throw new errors_DhowError('not-found', `${this.description} is empty: it has no default branch yet`);
        this.defaultBranchName = ref.name;
        this.primedHead = { branch: ref.name, oid: ref.target.oid };
        if (ref.target.tree)
            this.reads.trees.set(ref.target.oid, ref.target.tree.oid);
        const config = ref.target.file?.object ?? null;
        this.reads.prime(ref.target.oid, CONFIG_FILE, config?.text ?? null, config?.oid ?? null);
        return ref.name;
    }
    async branchHead(branch) {
        if (this.primedHead?.branch === branch) {
            const { oid } = this.primedHead;
            this.primedHead = undefined;
            return oid;
        }
        const head = await this.call(`reading branch ${branch}`, () => this.reads.head(branch));
        return head?.oid ?? null;
    }
    readFile(path, ref) {
        return this.call(`reading ${path} at ${ref}`, () => this.reads.file(ref, path));
    }
    readFiles(paths, ref) {
        return Promise.all(paths.map((p) => this.readFile(p, ref)));
    }
    async listDirectory(path, ref) {
        const entries = await this.call(`listing ${path} at ${ref}`, () => this.reads.dir(ref, path.replace(/\/+$/, '')));
        return entries.map((e) => e.name).sort();
    }
    /**
     * Commits touching a path, newest first, as the default branch saw them: GitHub's history also walks the
     * branches merged into it, so a commit that came with a pull request counts only as the newest commit of
     * a MERGED one (reported with its number, who merged it and the merge commit); commits of pull requests
     * that were never merged, and older commits of merged ones, are left out. Direct commits stay.
     */
    async history(path, ref, options = {}) {
        const out = [];
        const seen = new Set();
        let after = null;
        for (;;) {
            const want = Math.min(100, options.limit ? options.limit - out.length : 100);
            const page = await this.call(`reading the history of ${path}`, () => this.reads.history(ref, path, want, after));
            if (!page)
                return out;
            for (const c of page.nodes) {
                const pulls = c.associatedPullRequests?.nodes ?? [];
                const merged = pulls.find((p) => p.state === 'MERGED' && p.mergeCommit);
                if (pulls.length > 0 && (!merged || seen.has(merged.number)))
                    continue;
                if (merged)
                    seen.add(merged.number);
                const [subject = '', ...rest] = c.message.split('\n');
                out.push({
                    ...(merged ? { request: { id: String(merged.number), mergedBy: merged.mergedBy?.login ?? '', mergeSha: merged.mergeCommit.oid } } : {}),
                    sha: c.oid,
                    subject,
                    body: rest.join('\n').trim(),
                    trailers: parseTrailers(c.message),
                    author: c.author?.name ?? '',
                    date: c.author?.date ?? c.committedDate,
                });
            }
            if (!page.pageInfo.hasNextPage || (options.limit && out.length >= options.limit))
                return out;
            after = page.pageInfo.endCursor;
        }
    }
    /** The root tree of a commit (cached: read with the head that named the commit). */
    async treeOf(commit) {
        const known = this.reads.trees.get(commit);
        if (known)
            return known;
        const { data } = await this.call(`reading commit ${commit}`, () => this.octokit.git.getCommit({ owner: this.owner, repo: this.repo, commit_sha: commit }));
        this.reads.trees.set(commit, data.tree.sha);
        return data.tree.sha;
    }
    /** Blob ids of paths at a commit: from the cache where a read already saw them, else one query. */
    async blobIds(commit, paths) {
        const result = new Map();
        const unknown = [];
        for (const path of paths) {
            const id = this.reads.cachedBlobId(commit, path);
            if (id === undefined)
                unknown.push(path);
            else
                result.set(path, id);
        }
        if (unknown.length > 0) {
            const texts = await this.readFiles(unknown, commit);
            unknown.forEach((path, i) => result.set(path, texts[i] === null ? null : (this.reads.cachedBlobId(commit, path) ?? gitBlobSha(texts[i]))));
        }
        return result;
    }
    async commitFiles(request) {
        const { branch, expectedHead } = request;
        const base = request.parent ?? expectedHead ?? request.from;
        if (!base)
            throw new errors_DhowError('usage', `commitFiles: branch ${branch} does not exist and no "from" commit was given`);
        const wanted = new Map(request.changes.map((c) => [c.path, c.content === null ? null : gitBlobSha(c.content)]));
        if (expectedHead) {
            // Same content already on the branch: write nothing, whatever the base did meanwhile.
            const there = await this.blobIds(expectedHead, [...wanted.keys()]);
            if ([...wanted].every(([path, id]) => there.get(path) === id)) {
                this.logger.debug(`${branch} already holds the planned content: nothing to write`);
                return { sha: expectedHead, changed: false };
            }
        }
        // Only what differs from the base tree goes into the new tree; deletions only of what is there.
        const inBase = await this.blobIds(base, [...wanted.keys()]);
        const entries = request.changes
            .filter((c) => inBase.get(c.path) !== wanted.get(c.path))
            .map((c) => c.content === null
            ? { path: c.path, mode: '100644', type: 'blob', sha: null }
            : { path: c.path, mode: '100644', type: 'blob', content: c.content });
        const baseTree = await this.treeOf(base);
        const tree = entries.length === 0
            ? baseTree
            : (await this.call('writing the tree', () => this.octokit.git.createTree({ owner: this.owner, repo: this.repo, base_tree: baseTree, tree: entries })))
                .data.sha;
        // The new commit descends from the expected head (a merge of the base when the base is another
        // commit), so updateRef with force:false only succeeds if the branch is still where we read it.
        const onBase = expectedHead !== null && (expectedHead === base || (this.reads.parents.get(expectedHead) ?? []).includes(base));
        const parents = expectedHead === null ? [base] : onBase ? [expectedHead] : [expectedHead, base];
        const commit = await this.createCommit(withTrailers(request.message, request.trailers), tree, parents);
        this.reads.trees.set(commit.sha, tree);
        try {
            if (expectedHead === null) {
                await this.octokit.git.createRef({ owner: this.owner, repo: this.repo, ref: `refs/heads/${branch}`, sha: commit.sha });
            }
            else {
                await this.octokit.git.updateRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}`, sha: commit.sha, force: false });
            }
        }
        catch (error) {
            // Only a lost race is a conflict; a protection or ruleset refusal is named and never retried (a retry
            // cannot pass it, and would spend the secondary rate limit's write budget).
            const status = statusOf(error);
            const message = messageOf(error);
            const race = status === 409 || (status === 422 && /Update is not a fast forward|Reference cannot be updated|Reference already exists/i.test(message));
            if (race)
                throw new errors_DhowError('conflict', `branch ${branch} moved while committing (${message}); read it again and re-plan`, { cause: error });
            // Protection and rulesets answer 422; a 403 is the token's permissions or a rate limit (forgeError says which).
            if (status === 422)
                throw new errors_DhowError('refused', refUpdateRefusal(branch, message), { cause: error });
            throw forgeError(`moving ${branch}`, error);
        }
        this.logger.debug(`committed ${commit.sha.slice(0, 8)} on ${branch}`);
        return { sha: commit.sha, changed: true };
    }
    /**
     * createCommit, retried a few times on GitHub's transient 422 "Tree SHA does not exist": right after
     * createTree the new tree may not have reached the replica that serves the commit.
     */
    async createCommit(message, tree, parents) {
        const attempts = 4;
        for (let attempt = 1;; attempt++) {
            try {
                return (await this.octokit.git.createCommit({ owner: this.owner, repo: this.repo, message, tree, parents })).data;
            }
            catch (error) {
                if (attempt < attempts && statusOf(error) === 422 && /Tree SHA does not exist/i.test(messageOf(error))) {
                    this.logger.debug(`tree ${tree.slice(0, 8)} not visible yet; retrying the commit (${attempt}/${attempts - 1})`);
                    await sleep((this.options.backoffUnitMs ?? 1000) * attempt);
                    continue;
                }
                throw forgeError('writing the commit', error);
            }
        }
    }
    async deleteBranch(branch) {
        try {
            await this.octokit.git.deleteRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
        }
        catch (error) {
            if (statusOf(error) === 422 && /does not exist/i.test(messageOf(error)))
                return;
            throw forgeError(`deleting ${branch}`, error);
        }
    }
    fromNode(node) {
        const state = node.state === 'OPEN' ? 'open' : node.state === 'MERGED' ? 'merged' : 'closed';
        return {
            id: String(node.number),
            url: node.url,
            branch: node.headRefName,
            base: node.baseRefName,
            title: node.title,
            body: node.body,
            state,
            author: node.author?.login ?? '',
            headSha: node.headRefOid,
            labels: node.labels.nodes.map((l) => l.name).sort(),
            ...(node.mergeCommit ? { mergeSha: node.mergeCommit.oid } : {}),
        };
    }
    fromRest(pr) {
        const merged = pr.merged_at !== null;
        return {
            id: String(pr.number),
            url: pr.html_url,
            branch: pr.head.ref,
            base: pr.base.ref,
            title: pr.title,
            body: pr.body ?? '',
            state: merged ? 'merged' : pr.state === 'open' ? 'open' : 'closed',
            author: pr.user?.login ?? '',
            headSha: pr.head.sha,
            labels: pr.labels
                .map((l) => l.name ?? '')
                .filter(Boolean)
                .sort(),
            ...(merged && pr.merge_commit_sha ? { mergeSha: pr.merge_commit_sha } : {}),
            // A fork's head repository (or '' once the fork is deleted): never this repository.
            ...(pr.head.repo !== undefined ? { headRepository: pr.head.repo?.full_name ?? '' } : {}),
        };
    }
    async findRequest(branch, options = {}) {
        const nodes = await this.call(`finding the pull request of ${branch}`, () => this.reads.pulls(branch, PR_STATES[options.state ?? 'open']));
        const newest = [...nodes].sort((a, b) => b.number - a.number)[0];
        return newest ? this.fromNode(newest) : null;
    }
    async getRequest(id) {
        const number = pullNumber(id);
        try {
            const { data } = await this.octokit.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number });
            return this.fromRest(data);
        }
        catch (error) {
            if (statusOf(error) === 404)
                throw new errors_DhowError('not-found', `${this.description} has no pull request #${number}`);
            throw forgeError(`reading pull request #${number}`, error);
        }
    }
    /** dhow's pull requests (those from a dhow/ branch), newest first: what `dhow status --repository` lists. */
    async listRequests(state = 'all') {
        const pulls = await this.call(`listing the pull requests of ${this.description}`, () => this.octokit.paginate(this.octokit.pulls.list, {
            owner: this.owner,
            repo: this.repo,
            state: state === 'open' ? 'open' : state === 'all' ? 'all' : 'closed',
            per_page: 100,
        }));
        return pulls
            .filter((p) => p.head.ref.startsWith('dhow/'))
            .map((p) => this.fromRest({ ...p, body: p.body ?? null, merged_at: p.merged_at ?? null }))
            .filter((r) => state === 'all' || r.state === state)
            .sort((a, b) => Number(b.id) - Number(a.id));
    }
    /** The issues dhow raised (their body holds dhow's hidden marker), newest first. */
    async listIssues(state = 'all') {
        const issues = await this.call(`listing the issues of ${this.description}`, () => this.octokit.paginate(this.octokit.issues.listForRepo, { owner: this.owner, repo: this.repo, state, per_page: 100 }));
        // dhow's issues carry its marker AND a dhow label (raiseIssue sets both): a person's issue quoting a
        // marker is not one of them.
        return issues
            .filter((i) => !i.pull_request && (i.body ?? '').includes(commentMarker('').slice(0, -4)))
            .map(issueFrom)
            .filter((i) => i.labels.some((label) => label.startsWith('dhow')))
            .sort((a, b) => Number(b.id) - Number(a.id));
    }
    async openOrUpdateRequest(input) {
        const body = truncateBody(input.body);
        let existing = input.existing !== undefined ? input.existing : await this.findRequest(input.branch, { state: 'open' });
        let operation = 'none';
        if (!existing) {
            try {
                const { data } = await this.octokit.pulls.create({
                    owner: this.owner,
                    repo: this.repo,
                    head: input.branch,
                    base: input.base,
                    title: input.title,
                    body,
                });
                existing = this.fromRest(data);
                operation = 'created';
            }
            catch (error) {
                if (!(statusOf(error) === 422 && /already exists/i.test(messageOf(error))))
                    throw forgeError(`opening a pull request for ${input.branch}`, error);
                // Another run opened it between our read and our create: find it and update it instead.
                const { data } = await this.call(`finding the pull request of ${input.branch}`, () => this.octokit.pulls.list({ owner: this.owner, repo: this.repo, head: `${this.owner}:${input.branch}`, state: 'open', per_page: 5 }));
                if (!data[0])
                    throw forgeError(`opening a pull request for ${input.branch}`, error);
                existing = this.fromRest({ ...data[0], merged_at: data[0].merged_at ?? null });
            }
        }
        if (operation !== 'created' && (existing.title !== input.title || existing.body !== body || existing.base !== input.base)) {
            const { data } = await this.call(`updating pull request #${existing.id}`, () => this.octokit.pulls.update({ owner: this.owner, repo: this.repo, pull_number: Number(existing.id), title: input.title, body, base: input.base }));
            existing = this.fromRest(data);
            operation = 'updated';
        }
        const missing = (input.labels ?? []).filter((l) => !existing.labels.includes(l));
        if (missing.length > 0) {
            const { data } = await this.call(`labelling pull request #${existing.id}`, () => this.octokit.issues.addLabels({ owner: this.owner, repo: this.repo, issue_number: Number(existing.id), labels: missing }));
            existing = { ...existing, labels: data.map((l) => l.name).sort() };
            if (operation === 'none')
                operation = 'updated';
        }
        if (operation === 'created' && input.reviewers && (input.reviewers.users.length > 0 || input.reviewers.teams.length > 0)) {
            await this.requestReviewers(Number(existing.id), input.reviewers, input.author);
        }
        return { request: existing, operation };
    }
    /**
     * Asks the policy's reviewers: users and teams in separate calls, so a team the token cannot see (always so
     * for GITHUB_TOKEN) costs only the team request, and never the pull request's author (GitHub refuses the
     * whole call for it). GitHub may not yet resolve a pull request it just created, so that is retried.
     */
    async requestReviewers(number, reviewers, author) {
        const users = reviewers.users.filter((u) => u.toLowerCase() !== author.toLowerCase());
        const teams = reviewers.teams.flatMap((t) => {
            const [org, slug] = t.split('/');
            if (org !== this.owner) {
                this.logger.warning(`team ${t} is not in ${this.owner}: GitHub only requests reviews from teams of the repository's organization; skipped`);
                return [];
            }
            return [slug];
        });
        if (users.length > 0)
            await this.askReviewers(number, { reviewers: users }, `users ${users.join(', ')}`);
        if (teams.length > 0) {
            await this.askReviewers(number, { team_reviewers: teams }, `teams ${teams.join(', ')} (the token must see them: a GitHub App with Members: read or a personal token with read:org; GITHUB_TOKEN never can)`);
        }
    }
    async askReviewers(number, who, what) {
        const attempts = this.options.reviewerAttempts ?? 4;
        for (let attempt = 1;; attempt++) {
            try {
                await this.octokit.pulls.requestReviewers({ owner: this.owner, repo: this.repo, pull_number: number, ...who });
                return;
            }
            catch (error) {
                if (statusOf(error) === 422 && /could not resolve to a node/i.test(messageOf(error)) && attempt < attempts) {
                    await sleep((this.options.backoffUnitMs ?? 1000) * attempt);
                    continue;
                }
                // Reviewers are a courtesy (the policy-check status is what blocks): warn, don't fail the promotion.
                this.logger.warning(`could not request reviews from ${what} on #${number}: ${messageOf(error)}`);
                return;
            }
        }
    }
    async listReviews(id) {
        const number = pullNumber(id);
        const reviews = await this.call(`reading the reviews of #${number}`, () => this.octokit.paginate(this.octokit.pulls.listReviews, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }));
        const states = {
            APPROVED: 'approved',
            CHANGES_REQUESTED: 'changes_requested',
            COMMENTED: 'commented',
            DISMISSED: 'dismissed',
        };
        return reviews
            .filter((r) => states[r.state] && r.user)
            .map((r) => ({
            reviewer: r.user.login,
            state: states[r.state],
            commitSha: r.commit_id ?? '',
            submittedAt: r.submitted_at ?? '',
            ...(r.body ? { body: r.body } : {}),
            ...(r.user.type === 'Bot' ? { bot: true } : {}),
        }));
    }
    /** GET /pulls/{n}/files, every page (GitHub lists at most 3,000 files; a rename names both paths). */
    async changedFiles(id) {
        const number = pullNumber(id);
        const files = await this.call(`listing the files of #${number}`, () => this.octokit.paginate(this.octokit.pulls.listFiles, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }));
        return [...new Set(files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])))].sort();
    }
    /** GET /collaborators/{login}/permission: a person's role on the registry repository (`none` for a stranger). */
    async permissionOf(login) {
        try {
            const { data } = await this.octokit.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username: login });
            // role_name carries the fine-grained role (maintain, triage); permission only admin/write/read/none.
            const role = (data.role_name ?? data.permission);
            return ['admin', 'maintain', 'write', 'triage', 'read'].find((r) => r === role) ?? data.permission;
        }
        catch (error) {
            if (statusOf(error) === 404)
                return 'none';
            throw forgeError(`reading the permission of ${login} on ${this.description}`, error);
        }
    }
    /**
     * The roles of several people in ONE GraphQL query (a Repository.collaborators alias per login), where
     * the REST route costs a call each. Someone the connection does not list has no access: `none`.
     * https://docs.github.com/en/graphql/reference/objects#repository
     */
    async permissionsOf(logins) {
        return (await this.reviewersOf(logins, [])).roles;
    }
    /**
     * Which of `logins` belong to each of `teams`, in ONE GraphQL query, where the REST route costs a call
     * per (team, person). See reviewersOf.
     */
    async teamMembersAmong(teams, logins) {
        return (await this.reviewersOf([], teams, logins)).members;
    }
    /**
     * The roles of `logins` on the registry repository and which of `members` (default `logins`) belong to
     * each of `teams`, all in ONE GraphQL query: a Repository.collaborators alias per login, an
     * Organization.team alias per team with a Team.members(query:) alias per login. Team.members lists child
     * teams' members too (membership: ALL), as the REST membership route does. A team the token may not see
     * resolves to null (REST answers 404): the group cannot be verified, and the error says what the token needs.
     * https://docs.github.com/en/graphql/reference/objects#repository
     * https://docs.github.com/en/graphql/reference/objects#organization
     * https://docs.github.com/en/graphql/reference/objects#team
     */
    async reviewersOf(logins, teams, members = logins) {
        const roles = new Map();
        const people = [...new Set(logins)];
        const named = [...new Set(teams)];
        const candidates = [...new Set(members)];
        const found = Object.fromEntries(named.map((t) => [t, []]));
        const asksTeams = named.length > 0 && candidates.length > 0;
        if (people.length === 0 && !asksTeams)
            return { roles, members: found };
        const params = [];
        const variables = {};
        const fields = [];
        if (people.length > 0) {
            params.push('$owner: String!', '$name: String!', ...people.map((_, i) => `$l${i}: String!`));
            Object.assign(variables, { owner: this.owner, name: this.repo }, Object.fromEntries(people.map((login, i) => [`l${i}`, login])));
            const perLogin = people.map((_, i) => `c${i}: collaborators(login: $l${i}, first: 1) { edges { permission node { login } } }`).join(' ');
            fields.push(`repository(owner: $owner, name: $name) { ${perLogin} }`);
        }
        if (asksTeams) {
            params.push(...named.flatMap((_, t) => [`$o${t}: String!`, `$s${t}: String!`]), ...candidates.map((_, m) => `$m${m}: String!`));
            named.forEach((team, t) => {
                const [org, slug] = team.split('/');
                variables[`o${t}`] = org ?? '';
                variables[`s${t}`] = slug ?? '';
            });
            candidates.forEach((login, m) => (variables[`m${m}`] = login));
            const perMember = candidates.map((_, m) => `m${m}: members(query: $m${m}, first: 100) { nodes { login } }`).join(' ');
            fields.push(...named.map((_, t) => `t${t}: organization(login: $o${t}) { team(slug: $s${t}) { ${perMember} } }`));
        }
        const what = [people.length ? `the roles of ${people.join(', ')}` : '', asksTeams ? `the members of ${named.join(', ')}` : '']
            .filter(Boolean)
            .join(' and ');
        let data;
        try {
            data = await this.octokit.graphql(`query(${params.join(', ')}) { ${fields.join(' ')} }`, variables);
        }
        catch (error) {
            // A team the token may not see can answer null beside an error: judge what came back.
            const partial = error.data;
            const usable = asksTeams && partial && (people.length === 0 || partial.repository) && statusOf(error) === undefined;
            // GitHub answers an integration without Members: read with "Resource not accessible by integration" (FORBIDDEN).
            const forbidden = statusOf(error) === 403 || /FORBIDDEN|not accessible by integration/i.test(JSON.stringify(error.errors ?? ''));
            if (asksTeams && forbidden) {
                throw new errors_DhowError('forge', `cannot read the members of team ${named.join(', ')} (403: ${messageOf(error)}): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App)`, { cause: error });
            }
            if (!usable)
                throw forgeError(`reading ${what} on ${this.description}`, error);
            data = partial;
        }
        const known = ['admin', 'maintain', 'write', 'triage', 'read'];
        people.forEach((login, i) => {
            const edge = data.repository?.[`c${i}`]?.edges?.find((e) => e.node.login.toLowerCase() === login.toLowerCase());
            const role = edge?.permission.toLowerCase();
            roles.set(login, role && known.includes(role) ? role : 'none');
        });
        if (asksTeams) {
            named.forEach((team, t) => {
                const node = data[`t${t}`]?.team;
                if (!node) {
                    throw new errors_DhowError('forge', `cannot read the members of team ${team} (no such team, or the token may not see it): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App); GITHUB_TOKEN cannot read teams`);
                }
                found[team] = candidates.filter((login, m) => node[`m${m}`]?.nodes?.some((n) => n.login.toLowerCase() === login.toLowerCase()));
            });
        }
        return { roles, members: found };
    }
    async upsertComment(id, marker, body) {
        const number = pullNumber(id);
        const hidden = commentMarker(marker);
        const text = truncateBody(`${hidden}\n${body}`);
        const comments = await this.call(`reading the comments of #${number}`, () => this.octokit.paginate(this.octokit.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: number, per_page: 100 }));
        const mine = comments.find((c) => c.body?.includes(hidden));
        if (mine) {
            if (mine.body === text)
                return;
            await this.call(`updating comment ${mine.id}`, () => this.octokit.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: mine.id, body: text }));
        }
        else {
            await this.call(`commenting on #${number}`, () => this.octokit.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: number, body: text }));
        }
    }
    /**
     * One issue per marker, found among the issues carrying `label` (the REST listing, which is consistent
     * at once, unlike search). The open one is edited in place; one a person closed is left alone. Two runs
     * that both create one (no listing saw the other's) keep the older: the newer closes itself.
     */
    async raiseIssue(input) {
        const hidden = commentMarker(input.marker);
        const body = truncateBody(`${hidden}\n${input.body}`, undefined, 'see the workflow run');
        const mine = await this.issuesMarked(input.label, hidden);
        const open = mine.find((i) => i.state === 'open');
        if (open) {
            if (open.title === input.title && open.body === body)
                return { issue: open, operation: 'none' };
            const { data } = await this.call(`updating issue #${open.id}`, () => this.octokit.issues.update({ owner: this.owner, repo: this.repo, issue_number: Number(open.id), title: input.title, body }));
            return { issue: issueFrom(data), operation: 'updated' };
        }
        if (mine[0])
            return { issue: mine[0], operation: 'none' };
        const { data } = await this.call(`opening an issue in ${this.description}`, () => this.octokit.issues.create({ owner: this.owner, repo: this.repo, title: input.title, body, labels: [input.label] }));
        const created = issueFrom(data);
        const oldest = (await this.issuesMarked(input.label, hidden)).filter((i) => i.state === 'open').sort((a, b) => Number(a.id) - Number(b.id))[0];
        if (oldest && oldest.id !== created.id) {
            await this.call(`closing the duplicate issue #${created.id}`, () => this.octokit.issues.update({ owner: this.owner, repo: this.repo, issue_number: Number(created.id), state: 'closed', state_reason: 'not_planned' }));
            return { issue: oldest, operation: 'none' };
        }
        return { issue: created, operation: 'created' };
    }
    /** Issues (not pull requests) with `label` whose body holds `hidden`, newest first. */
    async issuesMarked(label, hidden) {
        const issues = await this.call(`listing the issues labelled ${label}`, () => this.octokit.paginate(this.octokit.issues.listForRepo, {
            owner: this.owner,
            repo: this.repo,
            labels: label,
            state: 'all',
            sort: 'created',
            direction: 'desc',
            per_page: 100,
        }));
        return issues.filter((i) => !i.pull_request && (i.body ?? '').includes(hidden)).map(issueFrom);
    }
    async mergeRequest(id, input) {
        const number = pullNumber(id);
        const [title = '', ...rest] = withTrailers(input.message, input.trailers).split('\n');
        try {
            const { data } = await this.octokit.pulls.merge({
                owner: this.owner,
                repo: this.repo,
                pull_number: number,
                sha: input.expectedHeadSha,
                merge_method: input.method ?? (await this.mergeMethod()),
                commit_title: title,
                commit_message: rest.join('\n').trim(),
            });
            return { sha: data.sha };
        }
        catch (error) {
            if (statusOf(error) === 409)
                throw new errors_DhowError('conflict', `#${number} changed while merging (${messageOf(error)}); check it again`, { cause: error });
            if (statusOf(error) === 405)
                throw new errors_DhowError('refused', `GitHub refused to merge #${number}: ${messageOf(error)}`, { cause: error });
            throw forgeError(`merging #${number}`, error);
        }
    }
    allowedMethod;
    /** The first merge method the repository allows (merge, squash, rebase), read once. */
    mergeMethod() {
        this.allowedMethod ??= this.call(`reading the merge settings of ${this.description}`, async () => {
            const { data } = await this.octokit.repos.get({ owner: this.owner, repo: this.repo });
            if (data.allow_merge_commit !== false)
                return 'merge';
            if (data.allow_squash_merge !== false)
                return 'squash';
            if (data.allow_rebase_merge !== false)
                return 'rebase';
            return 'merge';
        });
        return this.allowedMethod;
    }
    async closeRequest(id) {
        const number = pullNumber(id);
        await this.call(`closing #${number}`, () => this.octokit.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, state: 'closed' }));
    }
    async dispatch(eventType, payload) {
        await this.call(`sending repository_dispatch ${eventType}`, () => this.octokit.repos.createDispatchEvent({ owner: this.owner, repo: this.repo, event_type: eventType, client_payload: payload }));
    }
    /** Sets a commit status (the policy check's verdict); descriptions are cut to GitHub's 140 characters. */
    async setStatus(sha, status) {
        const description = status.description.length > 140 ? `${status.description.slice(0, 139)}…` : status.description;
        await this.call(`setting status ${status.context} on ${sha.slice(0, 8)}`, () => this.octokit.repos.createCommitStatus({
            owner: this.owner,
            repo: this.repo,
            sha,
            state: status.state,
            context: status.context,
            description,
            ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
        }));
    }
    /**
     * Whether a user is an active member of org/team. Needs `read:org` (a personal token) or Members: read
     * (a GitHub App); the error says so when the token lacks it.
     */
    async isTeamMember(team, login) {
        const [org, slug] = team.split('/');
        try {
            const { data } = await this.octokit.teams.getMembershipForUserInOrg({ org: org, team_slug: slug, username: login });
            return data.state === 'active';
        }
        catch (error) {
            const status = statusOf(error);
            if (status === 404) {
                // 404 is both "not a member" and "you may not see this team": tell them apart by the team itself.
                if (await this.canSeeTeam(org, slug))
                    return false;
                throw new errors_DhowError('forge', `cannot read the members of team ${team} (404: no such team, or the token may not see it): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App); GITHUB_TOKEN cannot read teams`, { cause: error });
            }
            if (status === 403) {
                throw new errors_DhowError('forge', `cannot read the members of team ${team} (403: ${messageOf(error)}): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App)`, { cause: error });
            }
            throw forgeError(`checking ${login} in team ${team}`, error);
        }
    }
    async canSeeTeam(org, slug) {
        try {
            await this.octokit.teams.getByName({ org, team_slug: slug });
            return true;
        }
        catch (error) {
            if (statusOf(error) === 404 || statusOf(error) === 403)
                return false;
            throw forgeError(`reading team ${org}/${slug}`, error);
        }
    }
    /**
     * Turns on auto-merge (GraphQL enablePullRequestAutoMerge). GitHub's refusals become outcomes: "clean
     * status" (nothing left to wait for) merges now at the head just read; auto-merge not allowed on the
     * repository or no rules on the base leave the pull request as it is, with a warning; a draft is an error.
     */
    async enableAutoMerge(id, method) {
        const number = pullNumber(id);
        const { data } = await this.call(`reading #${number}`, () => this.octokit.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number }));
        if (data.draft) {
            throw new errors_DhowError('refused', `#${number} is a draft: GitHub will not auto-merge it. Mark it ready for review, then run again`);
        }
        const chosen = method ?? (await this.mergeMethod());
        try {
            await this.octokit.graphql(`mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { pullRequest { number } } }`, 
            // "method" may not be a variable name: @octokit/graphql reserves it.
            { id: data.node_id, mergeMethod: chosen.toUpperCase() });
            return { kind: 'enabled' };
        }
        catch (error) {
            const message = messageOf(error);
            if (/clean status/i.test(message)) {
                const { sha } = await this.mergeRequest(id, { expectedHeadSha: data.head.sha, message: data.title, method: chosen, mergedBy: '' });
                this.logger.info(`#${number} had nothing left to wait for: merged it at ${data.head.sha.slice(0, 12)}`);
                return { kind: 'merged', sha };
            }
            const reason = /not allowed/i.test(message)
                ? `auto-merge is not allowed on ${this.description} (Settings > General > "Allow auto-merge")`
                : /rules not configured/i.test(message)
                    ? `${data.base.ref} has no branch protection or ruleset, so auto-merge has nothing to wait for (require the dhow/policy status on it)`
                    : undefined;
            if (reason) {
                this.logger.warning(`could not enable auto-merge on #${number}: ${reason}`);
                return { kind: 'unavailable', reason };
            }
            throw forgeError(`enabling auto-merge on #${number}`, error);
        }
    }
}
function issueFrom(data) {
    return {
        id: String(data.number),
        url: data.html_url,
        title: data.title,
        body: data.body ?? '',
        state: data.state === 'open' ? 'open' : 'closed',
        labels: data.labels
            .map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
            .filter(Boolean)
            .sort(),
    };
}
function pullNumber(id) {
    const n = Number(id.replace(/^#/, ''));
    if (!Number.isInteger(n) || n <= 0)
        throw new errors_DhowError('invalid-input', `"${id}" is not a pull request number`);
    return n;
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

;// CONCATENATED MODULE: ./src/forge/connect.ts
/**
 * The github forge as an action builds it: token, registry as owner/name, the API root from the
 * `api-url` input or GITHUB_API_URL (GitHub Enterprise Server). DHOW_GITHUB_PACING=off turns GitHub's
 * write pacing off, for emulators only.
 */


const INPUT_NAMES = { registry: 'input "registry"', apiUrl: 'input "api-url"' };
function connectRegistry({ token, registry, apiUrl, logger, env = process.env, names = INPUT_NAMES }) {
    // An action's errors name the input as a field; a CLI's messages name the flag already.
    const field = (name) => (names === INPUT_NAMES ? { field: name } : {});
    if (!REPOSITORY.test(registry))
        throw new errors_DhowError('usage', `${names.registry} must be owner/name, got "${registry}"`, field('registry'));
    const baseUrl = apiUrl || env.GITHUB_API_URL || 'https://api.github.com';
    // Credentials in the URL would reach logs and error messages (and are not how GitHub authenticates):
    // refused without echoing the URL.
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(baseUrl)) {
        throw new errors_DhowError('usage', `${names.apiUrl} must not carry a user name or password (the token goes in ${names === INPUT_NAMES ? 'the token input' : '$GITHUB_TOKEN'})`, field('api-url'));
    }
    if (!/^https?:\/\//.test(baseUrl))
        throw new errors_DhowError('usage', `${names.apiUrl} must be an http(s) URL, got "${baseUrl}"`, field('api-url'));
    const pacing = env.DHOW_GITHUB_PACING !== 'off';
    return createGitHubForge({ token, repository: registry, baseUrl, logger, pacing, ...(pacing ? {} : { backoffUnitMs: 20 }) });
}
/** The URL of this workflow run, for commit statuses and summaries. */
function runUrl(env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

;// CONCATENATED MODULE: ./src/registry/names.ts
/**
 * Names that become paths: models, versions, environments. Nothing from outside becomes a path in the
 * registry without passing through here. A name must be valid in EVERY place it becomes: a path segment,
 * a branch and ref segment (git refuses a component ending in "." or ".lock", or holding ".."), and a
 * Kubernetes label value (letters or digits at both ends, at most 63 characters), so a name that registers
 * can always be promoted, reverted and deployed.
 */


/**
 * Lower-case letters, digits, '.', '_' and '-', starting and ending with a letter or digit (a Kubernetes
 * label value; git refuses a ref component ending in '.'), at most 63 characters.
 */
const NAME_PATTERN = /^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$/;
/** Environments are also Kubernetes label values and branch segments: no dots or underscores. */
const ENVIRONMENT_PATTERN = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/;
/** The longest name of each kind. */
const MAX_NAME_LENGTH = { model: 63, version: 63, environment: 32 };
function check(kind, value) {
    if (value.length === 0)
        return `${kind} name is empty`;
    const max = MAX_NAME_LENGTH[kind];
    if (value.length > max)
        return `${kind} name "${printable(value.slice(0, 20))}…" is longer than ${max} characters`;
    const pattern = kind === 'environment' ? ENVIRONMENT_PATTERN : NAME_PATTERN;
    if (!pattern.test(value) || value.includes('..')) {
        return kind === 'environment'
            ? `environment name "${printable(value)}" must be lower-case letters, digits and '-', starting and ending with a letter or digit, at most ${max} characters`
            : `${kind} name "${printable(value)}" must be lower-case letters, digits, '.', '_' and '-', start and end with a letter or digit, contain no "..", and be at most ${max} characters`;
    }
    // git refuses a ref component ending in ".lock" (its lock files), so such a name could never be promoted.
    if (value.endsWith('.lock'))
        return `${kind} name "${value}" must not end in ".lock": git refuses it in a branch name`;
    return null;
}
/** A name as it may appear in a message: control characters and quotes escaped, so a hostile name cannot forge output. */
function printable(value) {
    return JSON.stringify(value).slice(1, -1);
}
/** Throws a DhowError('invalid-name') naming the field (and file, when given) unless `value` is a valid name. */
function names_assertName(kind, value, where = {}) {
    const problem = check(kind, value);
    if (problem)
        throw new errors_DhowError('invalid-name', problem, { field: where.field ?? kind, file: where.file });
    return value;
}
function isValidName(kind, value) {
    return check(kind, value) === null;
}
const zodName = (kind) => schemas/* string */.YjP()
    .superRefine((value, ctx) => {
    const problem = check(kind, value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
})
    // The JSON Schemas for editors carry the same rule (the refinement itself is not representable).
    .meta({ pattern: (kind === 'environment' ? ENVIRONMENT_PATTERN : NAME_PATTERN).source, description: `a ${kind} name` });
const ModelName = zodName('model');
const VersionName = zodName('version');
const EnvironmentName = zodName('environment');
/** A Kubernetes object name (RFC 1035 label) from a model name: '.' and '_' become '-'. */
function names_kubernetesName(model) {
    const name = model.replace(/[._]/g, '-').replace(/-+$/, '').slice(0, 63).replace(/-+$/, '');
    return /^[a-z]/.test(name) ? name : `m-${name}`.slice(0, 63);
}
/**
 * Models whose manifests would render the same Kubernetes object name (fraud.detect and fraud-detect,
 * 1abc and m-1abc): each such name with the models that map to it. Argo CD would let one overwrite the
 * other's deployment, so a registry refuses a second model on a taken name and `dhow validate` lists them.
 */
function kubernetesNameClashes(models) {
    const byName = new Map();
    for (const model of new Set(models)) {
        const name = names_kubernetesName(model);
        byName.set(name, [...(byName.get(name) ?? []), model]);
    }
    for (const [name, owners] of byName) {
        if (owners.length < 2)
            byName.delete(name);
        else
            owners.sort();
    }
    return byName;
}
/** The registered model that already renders as `model` would, or null when the name is free. */
function names_kubernetesNameTakenBy(model, registered) {
    const name = names_kubernetesName(model);
    for (const other of registered)
        if (other !== model && names_kubernetesName(other) === name)
            return other;
    return null;
}

;// CONCATENATED MODULE: ./src/logger.ts
/**
 * The small logging interface the core takes, so library code never imports @actions/core.
 * The CLI logs to stderr; actions adapt @actions/core to it; tests use a recording logger.
 */
const logger_silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
};
function streamLogger(stream = process.stderr, verbose = false) {
    return {
        debug: (m) => {
            if (verbose)
                stream.write(`debug: ${m}\n`);
        },
        info: (m) => void stream.write(`${m}\n`),
        warning: (m) => void stream.write(`warning: ${m}\n`),
        error: (m) => void stream.write(`error: ${m}\n`),
        group: async (name, fn) => {
            stream.write(`== ${name}\n`);
            return fn();
        },
    };
}
/** A logger that keeps every line, for tests. */
function recordingLogger() {
    const lines = [];
    return {
        lines,
        debug: (message) => void lines.push({ level: 'debug', message }),
        info: (message) => void lines.push({ level: 'info', message }),
        warning: (message) => void lines.push({ level: 'warning', message }),
        error: (message) => void lines.push({ level: 'error', message }),
        group: async (message, fn) => {
            lines.push({ level: 'group', message });
            return fn();
        },
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/registry/rollout-schemas.ts
/**
 * The registry format of progressive delivery: the rollout policy dhow.yaml declares per environment (and
 * per model), the GPU budget of an environment, and the rollout state a release file records while a
 * canary, blue-green or A/B rollout is under way. Every field is optional or defaulted, so registries
 * written before rollouts existed stay valid. Semantics of the analysis limits follow Argo Rollouts'
 * AnalysisTemplate (https://argo-rollouts.readthedocs.io/en/stable/features/analysis/).
 */


/** A duration as `30s`, `5m`, `24h` or `7d` (rollout intervals and soaks are often seconds or minutes). */
const RolloutDuration = schemas/* string */.YjP().regex(/^[1-9][0-9]{0,5}(s|m|h|d)$/, 'must be a whole number of seconds, minutes, hours or days, e.g. 30s, 5m, 1h');
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Milliseconds of a RolloutDuration (or of a registry Duration, which is a subset). */
function durationMs(duration) {
    const match = /^([0-9]+)([smhd])$/.exec(duration);
    if (!match)
        throw new RangeError(`not a duration: ${duration}`);
    return Number(match[1]) * UNIT_MS[match[2]];
}
const CheckName = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes');
/** A PromQL query; `{{model}}`, `{{environment}}`, `{{version}}` and `{{namespace}}` are filled in before it runs. */
const PromQL = schemas/* string */.YjP().min(1).max(4000);
/**
 * One analysis check. `canary` (and `stable`, for a relative comparison) are PromQL queries returning one
 * number; `samples` returns how many observations the canary's number rests on. Exactly one of `threshold`
 * (absolute) and `tolerance` (relative to stable, a fraction: 0.1 lets the canary be 10% worse) is given.
 */
const AnalysisCheck = schemas/* object */.Ikc({
    name: CheckName,
    canary: PromQL,
    stable: PromQL.optional(),
    samples: PromQL.optional(),
    /** Fewer samples than this make a measurement inconclusive, never a pass. */
    'min-samples': schemas/* number */.aig().int().min(0).default(0),
    direction: schemas/* enum */.k5n(['lower-is-better', 'higher-is-better']),
    threshold: schemas/* number */.aig().optional(),
    tolerance: schemas/* number */.aig().min(0).max(100).optional(),
    /** Time between two measurements; the first is taken one interval after a step begins. */
    interval: RolloutDuration.default('1m'),
    /** Argo Rollouts' failureLimit: the analysis fails when failed measurements exceed it; -1: never. */
    'failure-limit': schemas/* number */.aig().int().min(-1).default(0),
    /** Argo Rollouts' inconclusiveLimit: inconclusive measurements beyond it abort the rollout; -1: never. */
    'inconclusive-limit': schemas/* number */.aig().int().min(-1).default(0),
})
    .strict()
    .superRefine((check, ctx) => {
    if ((check.threshold === undefined) === (check.tolerance === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'give exactly one of "threshold" (absolute) and "tolerance" (relative to stable)' });
    }
    if (check.tolerance !== undefined && check.stable === undefined) {
        ctx.addIssue({ code: 'custom', path: ['stable'], message: 'a relative check ("tolerance") needs a "stable" query to compare with' });
    }
    if (check['min-samples'] > 0 && check.samples === undefined) {
        ctx.addIssue({ code: 'custom', path: ['samples'], message: '"min-samples" needs a "samples" query that counts the observations' });
    }
});
const CanaryStep = schemas/* object */.Ikc({ weight: schemas/* number */.aig().int().min(1).max(99), soak: RolloutDuration }).strict();
/**
 * The A/B decision: a fixed split held for `duration`, then a test on the primary metric. `rate`: PromQL
 * for successes and trials per arm (two-proportion z-test); `mean`: PromQL for the mean, standard deviation
 * and count per arm (Welch's t-test). Queries are templated like analysis checks, `{{version}}` naming the arm.
 */
const AbTest = schemas/* object */.Ikc({
    weight: schemas/* number */.aig().int().min(1).max(99).default(50),
    duration: RolloutDuration,
    metric: schemas/* discriminatedUnion */.gMt('kind', [
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('rate'), name: CheckName, successes: PromQL, trials: PromQL }).strict(),
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('mean'), name: CheckName, mean: PromQL, stddev: PromQL, count: PromQL }).strict(),
    ]),
    direction: schemas/* enum */.k5n(['lower-is-better', 'higher-is-better']),
    alpha: schemas/* number */.aig().gt(0).lt(1).default(0.05),
    /** Observations each arm needs; fewer make the decision inconclusive (the stable version stays). */
    'min-samples': schemas/* number */.aig().int().min(2).default(100),
})
    .strict();
const RolloutPolicy = schemas/* object */.Ikc({
    strategy: schemas/* enum */.k5n(['all-at-once', 'canary', 'blue-green', 'ab']).default('all-at-once'),
    /** canary: traffic weights in increasing order, each held for its soak; 100% follows the last. */
    steps: schemas/* array */.YOg(CanaryStep).max(20).optional(),
    /** blue-green: how long the new version runs beside the old with no traffic before it takes all. */
    preview: RolloutDuration.optional(),
    ab: AbTest.optional(),
    analysis: schemas/* array */.YOg(AnalysisCheck).max(20).default([]),
})
    .strict()
    .superRefine((policy, ctx) => {
    if (policy.strategy === 'canary') {
        if (!policy.steps || policy.steps.length === 0)
            ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a canary rollout needs at least one step' });
        policy.steps?.forEach((step, i) => {
            if (i > 0 && step.weight <= policy.steps[i - 1].weight) {
                ctx.addIssue({ code: 'custom', path: ['steps', i, 'weight'], message: 'step weights must increase' });
            }
        });
    }
    if (policy.strategy === 'blue-green' && !policy.preview) {
        ctx.addIssue({ code: 'custom', path: ['preview'], message: 'a blue-green rollout needs a "preview" duration' });
    }
    if (policy.strategy === 'ab' && !policy.ab)
        ctx.addIssue({ code: 'custom', path: ['ab'], message: 'an ab rollout needs an "ab" test' });
    const seen = new Set();
    policy.analysis.forEach((check, i) => {
        if (seen.has(check.name))
            ctx.addIssue({ code: 'custom', path: ['analysis', i, 'name'], message: `check "${check.name}" is listed twice` });
        seen.add(check.name);
    });
});
/** The GPUs an environment may use across all its models: whole GPUs, and MIG slices by profile. */
const GpuBudget = schemas/* object */.Ikc({
    gpus: schemas/* number */.aig().int().min(0).optional(),
    mig: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^\d+g\.\d+gb$/, 'must be a MIG profile such as 1g.10gb'), schemas/* number */.aig().int().min(0)).optional(),
})
    .strict();
const Timestamp = iso/* datetime */.w$({ offset: true });
/**
 * A rollout under way, in the release file: the release's `version` is the canary (what the manifests
 * render, with its traffic weight), `stable` the version serving the rest. Counters are measurements that
 * failed or were inconclusive, per check, since the rollout began.
 */
const RolloutState = schemas/* object */.Ikc({
    strategy: schemas/* enum */.k5n(['canary', 'blue-green', 'ab']),
    stable: VersionName,
    canary: VersionName,
    weight: schemas/* number */.aig().int().min(0).max(99),
    step: schemas/* number */.aig().int().min(0),
    'started-at': Timestamp,
    'step-started-at': Timestamp,
    failures: schemas/* record */.g1P(CheckName, schemas/* number */.aig().int().min(1)).default({}),
    inconclusive: schemas/* record */.g1P(CheckName, schemas/* number */.aig().int().min(1)).default({}),
    /** When each check's last recorded (failed or inconclusive) measurement was taken. */
    'measured-at': schemas/* record */.g1P(CheckName, Timestamp).default({}),
})
    .strict();

;// CONCATENATED MODULE: ./src/registry/schemas.ts
/**
 * The registry format, v1: one zod schema per file kind. Every file carries `apiVersion: dhow.dev/v1`
 * and `kind`; keys are kebab-case. These schemas are the source of the JSON Schemas in policies/schemas/.
 */



const schemas_API_VERSION = 'dhow.dev/v1';
const header = (kind) => ({
    apiVersion: schemas/* literal */.euz(schemas_API_VERSION),
    kind: schemas/* literal */.euz(kind),
});
/** `sha256:<64 hex>`: the only digest form dhow writes or accepts. */
const Digest = schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lower-case hex digits');
const schemas_Timestamp = iso/* datetime */.w$({ offset: true });
/** A region identifier as the cloud or cluster names it (e.g. me-central-1, qatarcentral, uaenorth). */
const Region = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case region identifier');
const Person = schemas/* string */.YjP().min(1).max(200);
// ---------------------------------------------------------------------------------------------
// dhow.yaml
const TeamName = schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be "org/team-slug"');
const Reviewers = schemas/* object */.Ikc({
    users: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    teams: schemas/* array */.YOg(TeamName).default([]),
})
    .strict();
/** A role on the registry repository, as GitHub names them (its "repository roles"), weakest last. */
const RepositoryRole = schemas/* enum */.k5n(['admin', 'maintain', 'write', 'triage', 'read']);
/** A group of which at least `count` must approve: a team, or a list of users. */
const RequiredApprovers = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ team: TeamName, count: schemas/* number */.aig().int().min(1).max(20).default(1) }).strict(),
    schemas/* object */.Ikc({ users: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1), count: schemas/* number */.aig().int().min(1).max(20).default(1) }).strict(),
]);
/** A duration as `30m`, `24h` or `7d`. */
const Duration = schemas/* string */.YjP().regex(/^[1-9][0-9]{0,5}(m|h|d)$/, 'must be a whole number of minutes, hours or days, e.g. 30m, 24h, 7d');
const EnvironmentPolicy = schemas/* object */.Ikc({
    name: EnvironmentName,
    /** Distinct approving reviewers needed, not counting the author or the bot. */
    approvals: schemas/* number */.aig().int().min(0).max(20),
    reviewers: Reviewers.default({ users: [], teams: [] }),
    /** Enable auto-merge on promotion pull requests once the policy is satisfied (github forge). */
    'auto-merge': schemas/* boolean */.zMY().default(false),
    /** Gate policy for this environment: a path in the registry, overriding the registry-wide one. */
    'gate-policy': schemas/* string */.YjP().min(1).optional(),
    /** Kubernetes namespace the deploy manifests target. */
    namespace: schemas/* string */.YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .optional(),
    /** Groups each of which must approve (beside `approvals` in all), e.g. one of team org/model-risk. */
    'required-approvers': schemas/* array */.YOg(RequiredApprovers).optional(),
    /** How long a version must have run in the environment before this one before it may come here. */
    soak: Duration.optional(),
    /** How a merged promotion reaches traffic here (default all-at-once); see docs/rollouts.md. */
    rollout: RolloutPolicy.optional(),
    /** The GPUs this environment's models may use together: a rollout that would exceed it does not start. */
    'gpu-budget': GpuBudget.optional(),
})
    .strict();
/**
 * Who may approve on a local registry (GitHub knows this itself): every reviewer has `default` unless
 * listed, and the members of teams named by `reviewers` or `required-approvers`.
 */
const AccessPolicy = schemas/* object */.Ikc({
    default: RepositoryRole.default('write'),
    users: schemas/* record */.g1P(schemas/* string */.YjP().min(1), RepositoryRole).default({}),
    teams: schemas/* record */.g1P(TeamName, schemas/* array */.YOg(schemas/* string */.YjP().min(1))).default({}),
})
    .strict();
const ResidencyLocation = schemas/* object */.Ikc({
    /** A URI prefix (s3://bucket/, gs://bucket/, https://account.blob.core.windows.net/) or a cluster name. */
    prefix: schemas/* string */.YjP().min(1),
    region: Region,
})
    .strict();
const ResidencyPolicy = schemas/* object */.Ikc({
    'allowed-regions': schemas/* array */.YOg(Region).min(1),
    locations: schemas/* array */.YOg(ResidencyLocation).default([]),
    clusters: schemas/* record */.g1P(schemas/* string */.YjP().min(1), Region).default({}),
})
    .strict();
const RevertPolicy = schemas/* object */.Ikc({
    mode: schemas/* enum */.k5n(['direct', 'pull-request']).default('pull-request'),
    'event-type': schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9_.-]{1,100}$/)
        .default('dhow-drift-alert'),
})
    .strict();
const DeployPolicy = schemas/* object */.Ikc({
    runtime: schemas/* enum */.k5n(['kserve']).default('kserve'),
    namespace: schemas/* string */.YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .default('models'),
})
    .strict();
const RegistryConfig = schemas/* object */.Ikc({
    ...header('Registry'),
    /** Environments in promotion order: a version reaches environment i only after it ran in i-1. */
    environments: schemas/* array */.YOg(EnvironmentPolicy).min(1),
    /** Registry-wide gate policy (a path in the registry); per-model overrides below. */
    'gate-policy': schemas/* string */.YjP().min(1).optional(),
    models: schemas/* record */.g1P(ModelName, schemas/* object */.Ikc({
        'gate-policy': schemas/* string */.YjP().min(1).optional(),
        /** Per-environment rollout policies replacing the environment's own for this model. */
        rollout: schemas/* record */.g1P(EnvironmentName, RolloutPolicy).optional(),
    })
        .strict())
        .default({}),
    residency: ResidencyPolicy.optional(),
    revert: RevertPolicy.default({ mode: 'pull-request', 'event-type': 'dhow-drift-alert' }),
    deploy: DeployPolicy.default({ runtime: 'kserve', namespace: 'models' }),
    /** Reviewer roles and team members on a local registry (ignored on GitHub, which knows both). */
    access: AccessPolicy.optional(),
})
    .strict()
    .superRefine((config, ctx) => {
    const seen = new Set();
    config.environments.forEach((env, i) => {
        if (seen.has(env.name)) {
            ctx.addIssue({ code: 'custom', path: ['environments', i, 'name'], message: `environment "${env.name}" is listed twice` });
        }
        seen.add(env.name);
    });
    for (const [model, entry] of Object.entries(config.models)) {
        for (const env of Object.keys(entry.rollout ?? {})) {
            if (!seen.has(env))
                ctx.addIssue({ code: 'custom', path: ['models', model, 'rollout', env], message: `no environment "${env}" in "environments"` });
        }
    }
});
// ---------------------------------------------------------------------------------------------
// models/<model>/model.yaml
const ModelFile = schemas/* object */.Ikc({
    ...header('Model'),
    name: ModelName,
    owners: schemas/* array */.YOg(Person).default([]),
    task: schemas/* string */.YjP().min(1).max(100).optional(),
    language: schemas/* array */.YOg(schemas/* string */.YjP().min(2).max(35)).default([]),
    description: schemas/* string */.YjP().max(10_000).optional(),
    /** For the AI-system register and model cards (dhow evidence, dhow site); all optional. */
    purpose: schemas/* string */.YjP().min(1).max(10_000).optional(),
    /** The risk tier the owner's governance assigns (e.g. QCB's or the EU AI Act's high-risk). */
    'risk-tier': schemas/* enum */.k5n(['minimal', 'limited', 'high', 'unacceptable']).optional(),
    /** Who regulators and users contact about the model: an e-mail address or a URL. */
    'owner-contact': schemas/* string */.YjP()
        .min(3)
        .max(320)
        .regex(/^(\S+@\S+\.\S+|https?:\/\/\S+)$/, 'must be an e-mail address or an http(s) URL')
        .optional(),
    limitations: schemas/* string */.YjP().min(1).max(10_000).optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// models/<model>/versions/<version>.yaml
const Artifact = schemas/* object */.Ikc({
    uri: schemas/* string */.YjP().min(1),
    digest: Digest,
    size: schemas/* number */.aig().int().nonnegative().optional(),
    format: schemas/* string */.YjP().min(1).max(100).optional(),
    /** Where an uploaded artifact is served from: the object store's endpoint and the bucket's region. */
    endpoint: schemas/* string */.YjP().url().optional(),
    region: schemas/* string */.YjP().min(1).max(64).optional(),
})
    .strict();
const GpuRequirement = schemas/* object */.Ikc({
    count: schemas/* number */.aig().int().min(0).max(64).default(1),
    product: schemas/* string */.YjP().min(1).optional(),
    /** A MIG profile such as 1g.10gb; mutually exclusive with whole GPUs of count > 1. */
    'mig-profile': schemas/* string */.YjP()
        .regex(/^\d+g\.\d+gb$/)
        .optional(),
})
    .strict();
const GateSummaryRow = schemas/* object */.Ikc({
    gate: schemas/* string */.YjP().min(1),
    metric: schemas/* string */.YjP().min(1).optional(),
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'warn', 'inconclusive']),
    value: schemas/* number */.aig().nullable().optional(),
    threshold: schemas/* number */.aig().nullable().optional(),
    baseline: schemas/* number */.aig().nullable().optional(),
})
    .strict();
/** The gate results of one run: what a version record's `gates` holds, and each attempt of a GateEvidence file. */
const GateResults = schemas/* object */.Ikc({
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'warn', 'inconclusive']),
    'policy-digest': Digest,
    'report-digest': Digest.optional(),
    summary: schemas/* array */.YOg(GateSummaryRow).default([]),
})
    .strict();
const VersionRecord = schemas/* object */.Ikc({
    ...header('ModelVersion'),
    model: ModelName,
    version: VersionName,
    artifact: Artifact,
    source: schemas/* object */.Ikc({
        repository: schemas/* string */.YjP().min(1).optional(),
        commit: schemas/* string */.YjP()
            .regex(/^[0-9a-f]{7,64}$/)
            .optional(),
        'run-url': schemas/* string */.YjP().url().optional(),
        'run-attempt': schemas/* number */.aig().int().positive().optional(),
    })
        .strict()
        .default({}),
    data: schemas/* object */.Ikc({
        uri: schemas/* string */.YjP().min(1).optional(),
        digest: Digest.optional(),
        version: schemas/* string */.YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    training: schemas/* object */.Ikc({
        mode: schemas/* enum */.k5n(['runner', 'kubernetes', 'external']).default('external'),
        cluster: schemas/* string */.YjP().min(1).optional(),
        region: Region.optional(),
        gpu: GpuRequirement.optional(),
        'peak-gpu-memory-mib': schemas/* number */.aig().nonnegative().optional(),
        'duration-seconds': schemas/* number */.aig().nonnegative().optional(),
    })
        .strict()
        .default({ mode: 'external' }),
    parameters: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).default({}),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* number */.aig()).default({}),
    /**
     * Gate results recorded with the version by registries older than per-environment evidence
     * (gates/<environment>/<model>/<version>.yaml): still read, for every environment without evidence.
     */
    gates: GateResults.optional(),
    serving: schemas/* object */.Ikc({
        gpu: GpuRequirement.optional(),
        /** Kubernetes quantity, e.g. 8Gi. */
        memory: schemas/* string */.YjP()
            .regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/)
            .optional(),
        'latency-slo-ms': schemas/* record */.g1P(schemas/* enum */.k5n(['p50', 'p90', 'p95', 'p99']), schemas/* number */.aig().positive()).optional(),
        'model-format': schemas/* string */.YjP().min(1).optional(),
        runtime: schemas/* string */.YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    /** Where the version's training data is held (data residency). */
    region: Region.optional(),
    'created-by': Person,
    'created-at': schemas_Timestamp,
})
    .strict();
// ---------------------------------------------------------------------------------------------
// releases/<environment>/<model>.yaml
const Hold = schemas/* object */.Ikc({
    version: VersionName,
    reason: schemas/* string */.YjP().min(1).max(2000),
    by: Person,
    at: schemas_Timestamp,
    /** The alert fingerprint, when a drift revert placed the hold. */
    alert: schemas/* string */.YjP().min(1).max(200).optional(),
})
    .strict();
const ReleaseFile = schemas/* object */.Ikc({
    ...header('Release'),
    model: ModelName,
    environment: EnvironmentName,
    version: VersionName,
    digest: Digest,
    /** The version that ran here before this one. */
    previous: VersionName.optional(),
    /** The version a revert goes back to. */
    'last-known-good': VersionName.optional(),
    /** Versions that may not be promoted to this environment until a person lifts the hold. */
    holds: schemas/* array */.YOg(Hold).default([]),
    /** When this release was a revert or rollback: the version it replaced. */
    'revert-of': VersionName.optional(),
    request: schemas/* object */.Ikc({ id: schemas/* string */.YjP().min(1), url: schemas/* string */.YjP().url().optional() })
        .strict()
        .optional(),
    'promoted-by': Person,
    'promoted-at': schemas_Timestamp,
    /** A canary, blue-green or A/B rollout under way (absent: the version takes all traffic). */
    rollout: RolloutState.optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// gates/<environment>/<model>/<version>.yaml
//
// Gate evidence lives in a file of its own per (version, environment), written on the default branch by
// register before any promotion request exists, rather than carried in the promotion request: the version
// record stays immutable, the policy engine reads evidence from the base branch (which a request's author
// cannot edit: a request that touches gates/ is refused as unplanned), and the evidence outlives the request
// (a revert, a closed request or a re-promotion keep it). The file is append-only history: each run of the
// gates that counts is one attempt, and the last attempt is the one the policy engine judges.
const GateAttempt = GateResults.extend({
    /** The workflow run that ran the gates, and its attempt (a "Re-run" keeps the URL and adds one). */
    'run-url': schemas/* string */.YjP().url().optional(),
    'run-attempt': schemas/* number */.aig().int().positive().optional(),
    'recorded-by': Person,
    'recorded-at': schemas_Timestamp,
}).strict();
const GateEvidenceFile = schemas/* object */.Ikc({
    ...header('GateEvidence'),
    model: ModelName,
    version: VersionName,
    environment: EnvironmentName,
    /** Oldest first; never rewritten, only appended to. The last one counts. */
    attempts: schemas/* array */.YOg(GateAttempt).min(1).max(1000),
})
    .strict();
/** Every file kind the registry holds, by `kind`. */
const schemas_FILE_KINDS = {
    Registry: RegistryConfig,
    Model: ModelFile,
    ModelVersion: VersionRecord,
    Release: ReleaseFile,
    GateEvidence: GateEvidenceFile,
};
/** The default dhow.yaml `dhow init` writes: dev -> staging -> production with 0, 1, 2 approvals. */
function defaultRegistryConfig() {
    return RegistryConfig.parse({
        apiVersion: schemas_API_VERSION,
        kind: 'Registry',
        environments: [
            { name: 'dev', approvals: 0 },
            { name: 'staging', approvals: 1 },
            { name: 'production', approvals: 2 },
        ],
    });
}

;// CONCATENATED MODULE: ./src/registry/files.ts
/**
 * Reading and writing registry files: YAML in, zod-validated objects out, and back to YAML with
 * deterministic bytes (keys in schema order, records sorted, no line folding), so the same object always
 * produces the same file and a re-registration of identical content is a byte-for-byte no-op.
 */



/**
 * The largest registry file dhow reads or writes. A version record is a few kilobytes; a 50 MB one would
 * cost gigabytes to parse on every later read, so anything larger is refused before it is parsed.
 */
const MAX_REGISTRY_FILE_BYTES = 1024 * 1024;
/**
 * YAML aliases allowed per document. Registry files have no use for them beyond a few; a "billion laughs"
 * document expands exponentially through them, so they are capped (the yaml library then refuses it).
 */
const MAX_YAML_ALIASES = 100;
function describeProblem(p) {
    const where = [p.line ? `${p.file}:${p.line}` : p.file, p.field && `field "${p.field}"`].filter(Boolean).join(', ');
    return `${where}: ${p.message}`;
}
/**
 * Every problem of a file's text against the schema of `kind` (empty when valid), with the value when valid.
 * Unlike parseRegistryFile it never throws: `dhow validate` lists every problem.
 */
function checkRegistryFile(kind, path, text) {
    const value = acceptQuickly(kind, text);
    if (value !== undefined)
        return { value, problems: [] };
    return checkWithLines(kind, path, text);
}
/**
 * The fast path of checkRegistryFile: the value of a file that passes every check, parsed without line
 * tracking, or undefined at the first doubt. Line numbers only matter in problems, so a file with any is parsed
 * again by checkWithLines, which alone words them: the messages are those of one path, whichever path a file
 * takes. Measured, dropping the LineCounter saves only ~3% CPU per file: the yaml library's lexer and CST parser
 * are ~200 us of a ~210 us check (zod ~12 us), so a faster parser for valid files belongs here.
 */
function acceptQuickly(kind, text) {
    if (Buffer.byteLength(text, 'utf8') > MAX_REGISTRY_FILE_BYTES || text.includes('\uFFFD'))
        return undefined;
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0 || doc.warnings.length > 0)
        return undefined;
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch {
        return undefined;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data) || data.kind !== kind)
        return undefined;
    const result = schemas_FILE_KINDS[kind].safeParse(data);
    return result.success ? result.data : undefined;
}
/** checkRegistryFile with line tracking: every problem of the file, each with its line where it has one. */
function checkWithLines(kind, path, text) {
    const parsed = parseYamlStrictly(path, text);
    if (!parsed.ok)
        return { value: null, problems: parsed.problems };
    const { doc, lineCounter, data } = parsed;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return { value: null, problems: [{ file: path, message: `expected a mapping with apiVersion and kind "${kind}"` }] };
    }
    const declared = data.kind;
    if (declared !== kind) {
        return {
            value: null,
            problems: [
                { file: path, field: 'kind', line: lineOf(doc, lineCounter, ['kind']), message: `expected "${kind}", found ${JSON.stringify(declared ?? null)}` },
            ],
        };
    }
    const schema = schemas_FILE_KINDS[kind];
    const result = schema.safeParse(data);
    if (result.success)
        return { value: result.data, problems: [] };
    return {
        value: null,
        problems: result.error.issues.map((issue) => {
            const fieldPath = issue.path.map(String);
            const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
            const field = [...fieldPath, ...(keys.length === 1 ? keys : [])].join('.') || undefined;
            return { file: path, field, line: lineOf(doc, lineCounter, [...issue.path, ...(keys.length === 1 ? keys : [])]), message: issue.message };
        }),
    };
}
/**
 * Parses YAML from outside strictly: size-capped before parsing, valid UTF-8 (a decoded U+FFFD marks bytes
 * that were not), no unknown tags (`!foo` would otherwise be read as a plain string), duplicate keys
 * refused, aliases capped. Every refusal is a problem naming the file (and line where there is one), never
 * an exception from the parser.
 */
function parseYamlStrictly(path, text) {
    const refuse = (message, line) => ({ ok: false, problems: [{ file: path, ...(line ? { line } : {}), message }] });
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES)
        return refuse(`is ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`);
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0)
        return refuse('is not valid UTF-8 (or holds the replacement character U+FFFD)', text.slice(0, bad).split('\n').length);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    // An unresolved tag is only a warning to the yaml library; here it is an error, like any other.
    const errors = [...doc.errors, ...doc.warnings];
    if (errors.length > 0) {
        return {
            ok: false,
            problems: errors.map((e) => ({
                file: path,
                line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
                message: `malformed YAML: ${e.message.split('\n')[0]}`,
            })),
        };
    }
    try {
        return { ok: true, doc, lineCounter, data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
    }
    catch (error) {
        // The yaml library throws (a ReferenceError) on excessive aliases: a resource-exhaustion attempt.
        const reason = /alias/i.test(error.message)
            ? `uses more than ${MAX_YAML_ALIASES} YAML aliases (refused: it could expand without bound)`
            : 'malformed YAML';
        return refuse(reason);
    }
}
/**
 * Parses a registry file of `kind`. Throws DhowError('invalid-input') naming the file, the field path
 * (e.g. `artifact.digest`) and the line; every further problem is listed in `reasons`.
 */
function parseRegistryFile(kind, path, text) {
    const checked = checkRegistryFile(kind, path, text);
    if (checked.value !== null)
        return checked.value;
    const [first, ...rest] = checked.problems;
    throw new errors_DhowError('invalid-input', first.message, {
        file: path,
        field: first.field,
        line: first.line,
        reasons: rest.map(describeProblem),
    });
}
/** Validates an object about to be written; the same DhowError as parseRegistryFile, without lines. */
function files_validateRegistryObject(kind, path, value) {
    const schema = FILE_KINDS[kind];
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const [first, ...rest] = result.error.issues;
    const field = (i) => i.path.map(String).join('.') || undefined;
    throw new DhowError('invalid-input', first.message, {
        file: path,
        field: field(first),
        reasons: rest.map((i) => describeProblem({ file: path, field: field(i), message: i.message })),
    });
}
/**
 * Deterministic YAML for a registry object: validated against the schema of its `kind` (nothing invalid
 * is ever written), keys in schema order, record keys sorted, no folded lines.
 */
function files_serializeRegistryFile(obj) {
    const kind = obj.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(FILE_KINDS, kind)) {
        throw new DhowError('invalid-input', `cannot serialize an object of kind ${JSON.stringify(kind ?? null)}`, { field: 'kind' });
    }
    const schema = FILE_KINDS[kind];
    const parsed = files_validateRegistryObject(kind, `<${kind}>`, obj);
    const text = stringify(canonical(schema, parsed), { lineWidth: 0, minContentWidth: 0, indentSeq: true, sortMapEntries: false });
    // Nothing is written that could not be read back.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES) {
        throw new DhowError('invalid-input', `the ${kind} file would be ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`, {
            file: `<${kind}>`,
        });
    }
    return text;
}
/** Orders object keys as the schema declares them and sorts record keys, recursively. */
function canonical(schema, value) {
    const s = unwrap(schema);
    if (Array.isArray(value)) {
        const element = s?._zod.def.type === 'array' ? s._zod.def.element : undefined;
        return value.map((v) => canonical(element, v));
    }
    if (value === null || typeof value !== 'object')
        return value;
    const input = value;
    const out = {};
    const def = s?._zod.def;
    if (def?.type === 'object' && def.shape) {
        for (const key of Object.keys(def.shape))
            if (input[key] !== undefined)
                out[key] = canonical(def.shape[key], input[key]);
        for (const key of Object.keys(input).sort())
            if (!(key in out) && input[key] !== undefined)
                out[key] = canonical(undefined, input[key]);
        return out;
    }
    for (const key of Object.keys(input).sort())
        if (input[key] !== undefined)
            out[key] = canonical(def?.type === 'record' ? def.valueType : undefined, input[key]);
    return out;
}
function unwrap(schema) {
    let s = schema;
    for (let i = 0; s && i < 10; i++) {
        const def = s._zod.def;
        if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType)
            s = def.innerType;
        else if (def.type === 'pipe' && def.in)
            s = def.in;
        else
            break;
    }
    return s;
}
/** The 1-based line of the node at `path` (or its nearest existing parent) in a parsed document. */
function lineOf(doc, counter, path) {
    for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        const range = node?.range;
        if (node && range && (n === 0 || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) || typeof node === 'object')) {
            return counter.linePos(range[0]).line;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/gate-evidence.ts
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
function gate_evidence_decideGateEvidence(existing, target, attempt) {
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

;// CONCATENATED MODULE: ./src/registry/paths.ts
/** Where each file lives in a registry. Every segment is validated before it becomes a path. */


const paths_CONFIG_PATH = 'dhow.yaml';
const paths_modelPath = (model) => `models/${names_assertName('model', model)}/model.yaml`;
const versionsDir = (model) => `models/${names_assertName('model', model)}/versions`;
const paths_versionPath = (model, version) => `${versionsDir(model)}/${names_assertName('version', version)}.yaml`;
const releasesDir = (environment) => `releases/${names_assertName('environment', environment)}`;
const releasePath = (environment, model) => `${releasesDir(environment)}/${names_assertName('model', model)}.yaml`;
const deployDir = (environment, model) => `deploy/${assertName('environment', environment)}/${assertName('model', model)}`;
/** Gate evidence of one version in one environment (schemas.ts says why it is a file of its own). */
const gateEvidenceDir = (environment) => `gates/${names_assertName('environment', environment)}`;
const paths_gateEvidencePath = (environment, model, version) => `${gateEvidenceDir(environment)}/${names_assertName('model', model)}/${names_assertName('version', version)}.yaml`;
/** Deterministic branch names, one per purpose. */
const promotionBranch = (environment, model) => `dhow/promote/${assertName('environment', environment)}/${assertName('model', model)}`;
/**
 * The revert of ONE promotion: the version and when it was promoted (`promoted-at` of the release it
 * undoes). A version re-promoted after a revert is a new promotion, so drifting again opens a new revert
 * instead of finding the first one merged. A suffix rather than a deeper segment, so the branch never
 * clashes with a branch of the older `dhow/revert/<env>/<model>/<version>` form still in a repository.
 */
const revertBranch = (environment, model, version, promotedAt) => `dhow/revert/${assertName('environment', environment)}/${assertName('model', model)}/${assertName('version', version)}-promoted-${promotionStamp(promotedAt)}`;
/** A release's promoted-at as a ref-safe UTC stamp (20261122T083000Z; milliseconds only when present). */
function promotionStamp(promotedAt) {
    const ms = Date.parse(promotedAt);
    if (Number.isNaN(ms))
        throw new DhowError('invalid-input', `"${promotedAt}" is not a timestamp`, { field: 'promoted-at' });
    return new Date(ms)
        .toISOString()
        .replace(/\.000Z$/, 'Z')
        .replace(/[-:]/g, '')
        .replace('.', '');
}
/** Commit trailers dhow writes and reads. */
const paths_TRAILERS = {
    model: 'Dhow-Model',
    version: 'Dhow-Version',
    environment: 'Dhow-Environment',
    alert: 'Dhow-Alert',
    revertOf: 'Revert-Of',
    request: 'Dhow-Request',
};

;// CONCATENATED MODULE: ./src/registry/store.ts
/**
 * Reading the registry at one commit, and registering versions. A RegistryReader pins a commit when it
 * is created, so everything it returns is one consistent snapshot, and it reads only what is asked for:
 * `dhow status` reads dhow.yaml and the release files, never the version records.
 */







/**
 * `S` is what the reader was opened on: any RegistrySource; a use case that opened it on a Forge gets the
 * Forge back as `reader.forge` (a RegistryReader<Forge>).
 */
class RegistryReader {
    forge;
    ref;
    configCache;
    /** `ref` should be a commit id, so every read sees the same snapshot (see RegistryReader.open). */
    constructor(forge, ref) {
        this.forge = forge;
        this.ref = ref;
    }
    /** A reader pinned to the current head of `branch` (default: the registry's default branch). */
    static async open(forge, branch) {
        const name = branch ?? (await forge.defaultBranch());
        const head = await forge.branchHead(name);
        if (!head)
            throw new errors_DhowError('not-found', `${forge.description} has no branch ${name}: is it a dhow registry? ("dhow init" creates one)`);
        return new RegistryReader(forge, head);
    }
    config() {
        this.configCache ??= this.read('Registry', paths_CONFIG_PATH).then((config) => {
            if (!config)
                throw new errors_DhowError('not-found', `${paths_CONFIG_PATH} is missing in ${this.forge.description}: is it a dhow registry? ("dhow init" creates one)`);
            return config;
        });
        return this.configCache;
    }
    model(model) {
        return this.read('Model', paths_modelPath(model));
    }
    version(model, version) {
        return this.read('ModelVersion', paths_versionPath(model, version));
    }
    release(environment, model) {
        return this.read('Release', releasePath(environment, model));
    }
    /** The gate evidence of a version in one environment (gates/<env>/<model>/<version>.yaml). */
    gateEvidence(environment, model, version) {
        return this.read('GateEvidence', paths_gateEvidencePath(environment, model, version));
    }
    /** The gate evidence of a version in each of `environments` that has some, read in one batch. */
    async gateEvidenceByEnvironment(model, version, environments) {
        const files = await this.readMany('GateEvidence', environments.map((env) => paths_gateEvidencePath(env, model, version)));
        const out = {};
        environments.forEach((env, i) => {
            if (files[i])
                out[env] = files[i];
        });
        return out;
    }
    /** A file's text at this snapshot, unparsed (a gate policy that dhow.yaml names); null when absent. */
    readText(path) {
        return this.forge.readFile(path, this.ref);
    }
    async listModels() {
        return this.names('models', '', 'model');
    }
    async listVersions(model) {
        return this.names(versionsDir(model), '.yaml', 'version');
    }
    /** Every release file, of one environment or of every environment dhow.yaml lists (in its order). */
    async listReleases(environment) {
        const environments = environment ? [environment] : (await this.config()).environments.map((e) => e.name);
        const perEnvironment = this.forge.listTree && environments.length > 1
            ? await this.releaseEntriesFromTree(environments)
            : await Promise.all(environments.map(async (env) => this.forge.listDirectory(releasesDir(env), this.ref)));
        const paths = environments.flatMap((env, i) => this.namesOf(releasesDir(env), perEnvironment[i], '.yaml', 'model').map((m) => releasePath(env, m)));
        return (await this.readMany('Release', paths)).filter((r) => r !== null);
    }
    /** The releases of a model in an environment, newest first, from the history of its release file. */
    async releaseHistory(environment, model, options = {}) {
        const path = releasePath(environment, model);
        const commits = await this.forge.history(path, this.ref, options);
        const texts = await Promise.all(commits.map((c) => this.forge.readFile(path, c.sha)));
        return commits.map((c, i) => ({
            commit: c.sha,
            date: c.date,
            author: c.author,
            subject: c.subject,
            trailers: c.trailers,
            ...(c.request ? { request: c.request } : {}),
            release: texts[i] == null ? null : parseRegistryFile('Release', `${path}@${c.sha.slice(0, 8)}`, texts[i]),
        }));
    }
    /** Files directly under a registry directory (for deploy/<env>/<model>/). */
    async listFiles(dir) {
        return this.forge.listDirectory(dir, this.ref);
    }
    /** Reads and validates one file; null when absent. */
    async read(kind, path) {
        const text = await this.forge.readFile(path, this.ref);
        return text === null ? null : parseRegistryFile(kind, path, text);
    }
    async readMany(kind, paths) {
        const texts = this.forge.readFiles ? await this.forge.readFiles(paths, this.ref) : await Promise.all(paths.map((p) => this.forge.readFile(p, this.ref)));
        return texts.map((text, i) => (text == null ? null : parseRegistryFile(kind, paths[i], text)));
    }
    /**
     * The entries directly under each environment's releases directory, as listDirectory gives them, from one
     * listing of releases/ (one git process where the forge lists trees, not one per environment): a path
     * deeper than releases/<env>/<entry> counts as its <entry>, once, as a directory does there.
     */
    async releaseEntriesFromTree(environments) {
        const byDir = new Map(environments.map((env) => [`${releasesDir(env)}/`, new Set()]));
        for (const path of await this.forge.listTree('releases', this.ref)) {
            const slash = path.indexOf('/', 'releases/'.length);
            const entries = slash < 0 ? undefined : byDir.get(path.slice(0, slash + 1));
            if (entries)
                entries.add(path.slice(slash + 1).split('/')[0]);
        }
        return environments.map((env) => [...byDir.get(`${releasesDir(env)}/`)]);
    }
    async names(dir, suffix, kind) {
        return this.namesOf(dir, await this.forge.listDirectory(dir, this.ref), suffix, kind);
    }
    namesOf(dir, entries, suffix, kind) {
        const names = [];
        for (const entry of entries) {
            if (!entry.endsWith(suffix))
                continue;
            const name = suffix ? entry.slice(0, -suffix.length) : entry;
            if (!isValidName(kind, name)) {
                throw new errors_DhowError('invalid-input', `"${entry}" is not a valid ${kind} file name (run dhow validate)`, { file: `${dir}/${entry}` });
            }
            names.push(name);
        }
        return names.sort();
    }
}
/** The evidence file `evidence` would add to (null: none yet), read in the same round trip as `also`. */
async function readWithEvidence(reader, target, evidence, also) {
    if (!evidence)
        return [await also, null];
    return Promise.all([also, reader.gateEvidence(evidence.environment, target.model, target.version)]);
}
/** A change of gate evidence to write, or none, against one snapshot; throws when the rule refuses it. */
function planEvidence(config, target, evidence, existing) {
    if (!evidence)
        return undefined;
    const { environment, attempt } = evidence;
    const path = gateEvidencePath(environment, target.model, target.version);
    if (!config.environments.some((e) => e.name === environment)) {
        throw new DhowError('not-found', `environment "${environment}" is not in ${CONFIG_PATH} (it has ${config.environments.map((e) => e.name).join(', ')}): no gate evidence is recorded for it`, { field: 'environment', file: CONFIG_PATH });
    }
    const decision = decideGateEvidence(existing, { model: target.model, version: target.version, environment }, attempt);
    if (decision.kind === 'refused') {
        throw new DhowError('refused', `gate evidence of ${target.model} ${target.version} for ${environment} refused`, { file: path, reasons: decision.reasons });
    }
    if (decision.kind === 'unchanged')
        return { result: { operation: 'unchanged', path, message: decision.message }, content: null };
    return { result: { operation: 'recorded', path, message: decision.message }, content: serializeRegistryFile(decision.file) };
}
async function backoff(attempt) {
    // Exponential backoff with full jitter: a crowd of writers spreads out instead of colliding in step.
    await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 10))));
}
/**
 * Registers a version. Version records are immutable: registering identical content again is a no-op.
 * What is not compared: the registration's own `created-by`/`created-at`, the run that registered it
 * (`source.run-url`, `source.run-attempt`: promote.yml registers again from each environment's run and
 * each re-run) and, when `evidence` is given, `gates` (they then live in gates/). Different content under the
 * same version is refused. With `evidence`, the environment's gate results are recorded (gate-evidence.ts
 * decides how) in the same commit, so the version and its evidence land together or not at all. New
 * models get a model.yaml in the same commit. The commit lands with compare-and-swap on the default
 * branch and is recomputed from the new state on a lost race.
 */
async function registerVersion(forge, record, options = {}) {
    const logger = options.logger ?? silentLogger;
    const path = versionPath(record.model, record.version);
    const valid = validateRegistryObject('ModelVersion', path, record);
    const content = serializeRegistryFile(valid);
    if (options.evidence)
        assertName('environment', options.evidence.environment, { field: 'environment' });
    const branch = await forge.defaultBranch();
    const attempts = options.attempts ?? 40;
    for (let attempt = 1;; attempt++) {
        const reader = await RegistryReader.open(forge, branch);
        const config = await reader.config();
        const [existing, recorded] = await readWithEvidence(reader, valid, options.evidence, reader.version(valid.model, valid.version));
        const ignoreGates = options.evidence !== undefined;
        if (existing && !sameVersionContent(existing, valid, ignoreGates)) {
            throw new DhowError('refused', `${valid.model} ${valid.version} is already registered with different content: versions are immutable, register a new version`, {
                file: path,
                reasons: differences(existing, valid, ignoreGates).map((f) => `field "${f}" differs`),
            });
        }
        const evidence = planEvidence(config, valid, options.evidence, recorded);
        if (existing) {
            logger.info(`${valid.model} ${valid.version} is already registered with identical content: nothing to do`);
            if (evidence)
                logger.info(evidence.result.message);
            if (!evidence?.content)
                return { operation: 'unchanged', path, commit: reader.ref, modelCreated: false, ...(evidence ? { evidence: evidence.result } : {}) };
        }
        const changes = existing ? [] : [{ path, content }];
        if (evidence?.content)
            changes.push({ path: evidence.result.path, content: evidence.content });
        const modelFile = existing ? null : await reader.model(valid.model);
        if (!existing && !modelFile) {
            const clash = kubernetesNameTakenBy(valid.model, await reader.listModels());
            if (clash) {
                throw new DhowError('refused', `model "${valid.model}" would deploy as the Kubernetes object "${kubernetesName(valid.model)}", which model "${clash}" already uses: choose another name`, {
                    field: 'model',
                });
            }
            const model = { apiVersion: API_VERSION, kind: 'Model', name: valid.model, owners: [options.by ?? valid['created-by']], language: [] };
            changes.push({ path: modelPath(valid.model), content: serializeRegistryFile(model) });
        }
        const environment = options.evidence?.environment;
        try {
            const result = await forge.commitFiles({
                branch,
                expectedHead: reader.ref,
                changes,
                message: existing
                    ? `Record the gate results of ${valid.model} ${valid.version} in ${environment}`
                    : `Register ${valid.model} ${valid.version}\n\nArtifact ${valid.artifact.uri} (${valid.artifact.digest}).`,
                trailers: {
                    [TRAILERS.model]: valid.model,
                    [TRAILERS.version]: valid.version,
                    ...(evidence?.content && environment ? { [TRAILERS.environment]: environment } : {}),
                },
            });
            logger.debug(`registered ${valid.model} ${valid.version} (${result.sha.slice(0, 8)})`);
            return {
                operation: existing ? 'unchanged' : 'created',
                path,
                commit: result.sha,
                modelCreated: !existing && !modelFile,
                ...(evidence ? { evidence: evidence.result } : {}),
            };
        }
        catch (error) {
            if (error instanceof DhowError && error.code === 'conflict' && attempt < attempts) {
                logger.debug(`registry moved while registering ${valid.model} ${valid.version}; retrying (${attempt})`);
                await backoff(attempt);
                continue;
            }
            throw error;
        }
    }
}
/**
 * Records a registered version's gate results for one environment, without registering anything: the
 * version must exist. Same rule and same compare-and-swap as registerVersion's `evidence`.
 */
async function recordGateEvidence(forge, target, options = {}) {
    const logger = options.logger ?? silentLogger;
    assertName('model', target.model, { field: 'model' });
    assertName('version', target.version, { field: 'version' });
    assertName('environment', target.environment, { field: 'environment' });
    const branch = await forge.defaultBranch();
    const attempts = options.attempts ?? 40;
    for (let attempt = 1;; attempt++) {
        const reader = await RegistryReader.open(forge, branch);
        const config = await reader.config();
        const evidenceOption = { environment: target.environment, attempt: target.attempt };
        const [record, recorded] = await readWithEvidence(reader, target, evidenceOption, reader.version(target.model, target.version));
        if (!record) {
            throw new DhowError('not-found', `${target.model} ${target.version} is not registered: gate evidence is recorded only for a registered version`, {
                file: versionPath(target.model, target.version),
                field: 'version',
            });
        }
        const evidence = planEvidence(config, target, evidenceOption, recorded);
        logger.info(evidence.result.message);
        if (!evidence.content)
            return { ...evidence.result, commit: reader.ref };
        try {
            const result = await forge.commitFiles({
                branch,
                expectedHead: reader.ref,
                changes: [{ path: evidence.result.path, content: evidence.content }],
                message: `Record the gate results of ${target.model} ${target.version} in ${target.environment}`,
                trailers: { [TRAILERS.model]: target.model, [TRAILERS.version]: target.version, [TRAILERS.environment]: target.environment },
            });
            return { ...evidence.result, commit: result.sha };
        }
        catch (error) {
            if (error instanceof DhowError && error.code === 'conflict' && attempt < attempts) {
                await backoff(attempt);
                continue;
            }
            throw error;
        }
    }
}
/**
 * The record without what a registration may change: who and when, and the registering run. With
 * per-environment evidence also `gates`, which then live in gates/ (a version registered before with
 * its first environment's gates in the record is the same version).
 */
function withoutRegistration(record, ignoreGates) {
    const { ['created-at']: _at, ['created-by']: _by, gates, source, training, ...rest } = record;
    const { ['run-url']: _url, ['run-attempt']: _attempt, ...origin } = source;
    // How long this run trained and its peak GPU memory are measurements of the run, like its URL: a re-run
    // that trains again to the same artifact (same digest) registers the same version.
    const { ['duration-seconds']: _seconds, ['peak-gpu-memory-mib']: _peak, ...how } = training;
    return { ...rest, source: origin, training: how, ...(gates && !ignoreGates ? { gates } : {}) };
}
function sameVersionContent(a, b, ignoreGates) {
    return serializeForCompare(withoutRegistration(a, ignoreGates)) === serializeForCompare(withoutRegistration(b, ignoreGates));
}
function serializeForCompare(value) {
    return JSON.stringify(value, (_k, v) => v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v);
}
/** Top-level (and artifact) fields that differ, for the refusal message. */
function differences(a, b, ignoreGates) {
    const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out = [];
    const [left, right] = [withoutRegistration(a, ignoreGates), withoutRegistration(b, ignoreGates)];
    for (const f of [...fields].sort()) {
        const x = left[f];
        const y = right[f];
        if (serializeForCompare(x) === serializeForCompare(y))
            continue;
        if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x)) {
            for (const k of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
                if (serializeForCompare(x[k]) !== serializeForCompare(y[k]))
                    out.push(`${f}.${k}`);
            }
        }
        else
            out.push(f);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/revert/payload.ts
/**
 * The drift alert as it travels to the registry: the `client_payload` of a `repository_dispatch` event,
 * the file `dhow revert --alert` reads, and what the bridge builds from an Alertmanager alert.
 * GitHub caps `client_payload` at 10 top-level properties; we also cap its size, so a forged or runaway
 * payload is refused before anything reads it further.
 */




const MAX_PAYLOAD_KEYS = 10;
const MAX_PAYLOAD_BYTES = 64 * 1024;
const DriftAlert = schemas/* object */.Ikc({
    model: ModelName,
    environment: EnvironmentName,
    version: VersionName,
    /** Identifies the alert (Alertmanager's fingerprint); recorded in the hold and the Dhow-Alert trailer. */
    fingerprint: schemas/* string */.YjP().regex(/^[A-Za-z0-9._:-]{1,200}$/, 'must be 1 to 200 letters, digits, ".", "_", ":" or "-"'),
    /** When the alert started: an alert that started before the version was promoted is about an earlier deployment. */
    'starts-at': schemas_Timestamp,
    summary: schemas/* string */.YjP().max(2000).optional(),
    /** Who raised it: a URL (Prometheus' generatorURL, a workflow run) or a short name. */
    source: schemas/* string */.YjP().min(1).max(1000).optional(),
})
    .strict();
/**
 * Validates a payload from outside. `where` names it in errors (a file path, or "client_payload").
 * Throws DhowError('invalid-input') naming the first offending key.
 */
function parseDriftAlert(raw, where = 'client_payload') {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new errors_DhowError('invalid-input', 'the alert payload must be a JSON object', { file: where });
    }
    const keys = Object.keys(raw);
    if (keys.length > MAX_PAYLOAD_KEYS) {
        throw new errors_DhowError('invalid-input', `the alert payload has ${keys.length} top-level keys; at most ${MAX_PAYLOAD_KEYS} are allowed`, {
            file: where,
        });
    }
    const bytes = Buffer.byteLength(JSON.stringify(raw), 'utf8');
    if (bytes >= MAX_PAYLOAD_BYTES) {
        throw new errors_DhowError('invalid-input', `the alert payload is ${bytes} bytes; it must be under ${MAX_PAYLOAD_BYTES}`, { file: where });
    }
    const result = DriftAlert.safeParse(raw);
    if (result.success)
        return result.data;
    const issues = result.error.issues.map((issue) => {
        if (issue.code === 'unrecognized_keys')
            return `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
        const field = issue.path.map(String).join('.');
        return issue.code === 'invalid_type' && issue.input === undefined ? `"${field}" is missing` : `"${field}": ${issue.message}`;
    });
    const first = result.error.issues[0];
    const field = first.code === 'unrecognized_keys' ? first.keys[0] : first.path.map(String).join('.');
    throw new errors_DhowError('invalid-input', `invalid alert payload: ${issues.join('; ')}`, { file: where, field });
}

;// CONCATENATED MODULE: ./src/actions/runtime.ts
/**
 * The edge between GitHub Actions and the core: inputs, outputs, summaries and failure through the runner's
 * protocol (./runner.ts). Only src/actions/* imports this (the core never imports @actions/*).
 */





/** A GitHub repository as inputs name it: owner/name, in the characters GitHub allows. */
const RepositoryInput = schemas/* string */.YjP().regex(REPOSITORY, 'must be owner/name');
/** A Logger over @actions/core: groups become collapsible log groups on the runner. */
function actionsLogger() {
    return {
        debug: (m) => debug(m),
        info: (m) => info(m),
        warning: (m) => warning(m),
        error: (m) => error(m),
        group: (name, fn) => group(name, fn),
    };
}
/** Masks a secret before anything else can print it; empty values are ignored. */
function maskSecret(value) {
    if (value)
        setSecret(value);
}
/** A string input, trimmed; '' when absent and not required. */
function stringInput(name, options = {}) {
    const value = getInput(name, { required: false }).trim();
    if (options.required && value === '')
        throw new errors_DhowError('usage', `input "${name}" is required`, { field: name });
    return value;
}
/** A secret input (a token), masked before anything else can print it; '' when absent. */
function secretInput(name) {
    const value = stringInput(name);
    maskSecret(value);
    return value;
}
/** A string input that may be left out: undefined when absent or blank. */
function optionalInput(name) {
    return stringInput(name) || undefined;
}
/** The checkout the workflow runs in ($GITHUB_WORKSPACE), where relative paths in inputs start. */
function workspaceDir() {
    return process.env.GITHUB_WORKSPACE ?? process.cwd();
}
/** A path an input names, resolved from the workspace. */
function workspacePath(path) {
    return resolve(workspaceDir(), path);
}
function booleanInput(name, fallback) {
    if (getInput(name).trim() === '')
        return fallback;
    try {
        return getBooleanInput(name);
    }
    catch {
        throw new errors_DhowError('usage', `input "${name}" must be true or false`, { field: name });
    }
}
/** One value per line; blank lines and surrounding spaces ignored. */
function listInput(name) {
    return getMultilineInput(name)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Parses a settings object with zod and turns the first issue into an error naming the input. */
function parseInputs(schema, raw) {
    const result = schema.safeParse(raw);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const field = issue.path.map(String).join('.');
    throw new errors_DhowError('usage', `input "${field}": ${issue.message}`, { field });
}
/** Runs an action's body; any error becomes `core.setFailed("<action>: <message>")`. */
async function runAction(action, body) {
    try {
        await body();
    }
    catch (error) {
        setFailed(`${action}: ${describeError(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/actions/drift/main.ts
/**
 * The `drift` action: compares a production sample with the reference (or profile) of the version live
 * in an environment (read from the registry's release file unless given), writes the report to the job
 * summary, and on dataset drift sends the revert's repository_dispatch to the registry repository.
 */











const ACTION = 'drift';
const Settings = schemas/* object */.Ikc({
    model: ModelName,
    environment: EnvironmentName,
    current: schemas/* string */.YjP().min(1, 'is required'),
    reference: schemas/* string */.YjP().min(1, 'is required'),
    version: VersionName.optional(),
    registry: RepositoryInput,
    token: schemas/* string */.YjP(),
    'api-url': schemas/* string */.YjP().optional(),
    method: schemas/* enum */.k5n(METHODS).optional(),
    'column-types': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* enum */.k5n(['numerical', 'categorical'])),
    'drift-share': schemas/* number */.aig().gt(0).lte(1),
    'max-invalid-share': schemas/* number */.aig().gte(0).lte(1),
    dispatch: schemas/* boolean */.zMY(),
    'event-type': schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]{1,100}$/),
    summary: schemas/* boolean */.zMY(),
});
function getInputs() {
    const token = secretInput('github-token');
    const columnTypes = {};
    for (const line of listInput('column-types')) {
        const at = line.indexOf('=');
        if (at <= 0)
            throw new errors_DhowError('usage', `input "column-types": "${line}" is not COLUMN=numerical|categorical`, { field: 'column-types' });
        columnTypes[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    const share = stringInput('drift-share') || '0.5';
    const invalidShare = stringInput('max-invalid-share') || '0.01';
    return parseInputs(Settings, {
        model: stringInput('model', { required: true }),
        environment: stringInput('environment') || 'production',
        current: stringInput('current', { required: true }),
        reference: stringInput('reference', { required: true }),
        version: optionalInput('version'),
        registry: stringInput('registry') || process.env.GITHUB_REPOSITORY,
        token,
        'api-url': optionalInput('api-url'),
        method: optionalInput('method'),
        'column-types': columnTypes,
        'drift-share': /^\d*\.?\d+$/.test(share) ? Number(share) : NaN,
        'max-invalid-share': /^\d*\.?\d+$/.test(invalidShare) ? Number(invalidShare) : NaN,
        dispatch: booleanInput('dispatch', true),
        'event-type': stringInput('event-type') || 'dhow-drift-alert',
        summary: booleanInput('summary', true),
    });
}
async function run() {
    await runAction(ACTION, async () => {
        const settings = getInputs();
        const logger = actionsLogger();
        const workspace = workspaceDir();
        let registry;
        const forge = () => (registry ??= connectRegistry({ token: settings.token, registry: settings.registry, apiUrl: settings['api-url'], logger }));
        let version = settings.version;
        if (!version) {
            const release = await (await RegistryReader.open(forge())).release(settings.environment, settings.model);
            if (!release) {
                throw new errors_DhowError('not-found', `${settings.model} has no release in ${settings.environment} in ${settings.registry}: nothing runs there to compare with`, { field: 'model' });
            }
            version = release.version;
            logger.info(`${settings.environment} runs ${settings.model} ${version}`);
        }
        const reference = (0,external_node_path_.resolve)(workspace, settings.reference.replaceAll('{version}', version));
        const current = (0,external_node_path_.resolve)(workspace, settings.current);
        const result = await logger.group(`drift of ${settings.model} ${version} in ${settings.environment}`, () => detectDrift({
            reference,
            current,
            ...(settings.method ? { method: settings.method } : {}),
            columnTypes: settings['column-types'],
            driftShare: settings['drift-share'],
            maxInvalidShare: settings['max-invalid-share'],
            optionNames: {
                method: 'input "method"',
                columnType: 'input "column-types"',
                driftShare: 'input "drift-share"',
                maxInvalidShare: 'input "max-invalid-share"',
            },
        }));
        const drifted = result.columns.filter((c) => c.drifted).map((c) => c.column);
        const reportPath = (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? workspace, `dhow-drift-${settings.model}-${settings.environment}.json`);
        await (0,promises_.writeFile)(reportPath, `${JSON.stringify(result, null, 2)}\n`);
        setOutput('dataset-drift', String(result.dataset_drift));
        setOutput('inconclusive', String(result.inconclusive));
        setOutput('share', String(result.share));
        setOutput('drifted-columns', JSON.stringify(drifted));
        setOutput('version', version);
        setOutput('report', reportPath);
        setOutput('data-quality-failed', String(result.data_quality.failed));
        if (result.data_quality.failed) {
            const bad = result.data_quality.columns.filter((c) => c.failed).map((c) => `${c.column} (${c.invalid} of ${c.rows} rows)`);
            warning(`data quality: values that are not numbers in ${bad.slice(0, 20).join(', ')}; left out of the drift tests, not treated as drift`);
        }
        info(`${drifted.length} of ${result.columns.length} columns drifted (share ${result.share}); dataset drift: ${result.dataset_drift}`);
        let dispatched = false;
        if (result.dataset_drift && settings.dispatch) {
            const runUrl = `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`;
            const alert = parseDriftAlert({
                model: settings.model,
                environment: settings.environment,
                version,
                fingerprint: `drift-run-${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
                'starts-at': new Date().toISOString(),
                summary: `dataset drift: ${drifted.length} of ${result.columns.length} columns drifted (${drifted.slice(0, 20).join(', ')})`.slice(0, 2000),
                source: runUrl,
            }, 'drift alert');
            await forge().dispatch(settings['event-type'], { ...alert });
            dispatched = true;
            warning(`${settings.model} ${version} drifts in ${settings.environment}: sent ${settings['event-type']} to ${settings.registry}`);
        }
        setOutput('dispatched', String(dispatched));
        if (settings.summary) {
            const note = dispatched
                ? `\n\nSent the drift alert \`${settings['event-type']}\` to \`${settings.registry}\`: its revert workflow decides from the registry's state.`
                : '';
            await summary.addRaw(`${renderDriftMarkdown(result)}${note}\n`).write();
        }
    });
}


/***/ })

};
