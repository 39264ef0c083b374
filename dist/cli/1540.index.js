export const id = 1540;
export const ids = [1540];
export const modules = {

/***/ 92899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ scanCsvColumns),
/* harmony export */   km: () => (/* binding */ readCsvHeader)
/* harmony export */ });
/* unused harmony exports ProjectedRecord, ProjectedCsvScanner */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _io_csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90134);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `the row has ${record.length} fields, the header has ${width}`, { file: this.file, line: record.line });
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
    await (0,_io_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .readCsvFile */ .FU)(path, projection.take, { ...options, file });
    return { headerRead: projection.width >= 0 };
}
/** The header line may be at most this long: a "header" without a line end for megabytes is not one. */
const MAX_HEADER_BYTES = _io_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CSV_RECORD_BYTES */ .E2;
/**
 * The header's names only (reads no further than the header line, at most 4 MiB). For checking the columns
 * a caller needs before a full scan, with a message of its own.
 */
async function readCsvHeader(path, options = {}) {
    let names;
    const file = options.file ?? path;
    const size = 1 << 16;
    // The parser's own limit is above the header's, so that the header's message (with its reason) comes first.
    const parser = new _io_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .CsvParser */ .C2((record) => {
        names = record.texts();
        return false; // the header is all this reader wants: data rows are the full scan's business
    }, { ...options, file, maxRecordBytes: MAX_HEADER_BYTES + 2 * size });
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r').catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('not-found', `cannot open the file: ${error.code ?? error.message}`, { file, cause: error });
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `the first line is longer than ${MAX_HEADER_BYTES >> 20} MiB: not a header of column names`, { file, line: 1 });
            }
        }
    }
    finally {
        await handle.close();
    }
    if (names === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', 'the file is empty (no header row)', { file });
    return names;
}


/***/ }),

/***/ 51540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fairnessFromCsv: () => (/* binding */ fairnessFromCsv)
/* harmony export */ });
/* unused harmony exports groupMetrics, difference, ratio, fairnessFromCounts, groupKey, fairnessFromArrays, canonicalLabel, isMissingValue, LabelledGroupCounter */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _io_csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90134);
/* harmony import */ var _csv_columns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92899);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'no rows: nothing to measure', { file: options.file });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `${small.length} group(s) have fewer than ${minSize} rows`, {
            file: options.file,
            reasons: small.map((k) => `group ${(0,_io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteData */ .pL)(k)}: ${byGroup[k].count} rows`),
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
    return _io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .MISSING_TOKENS */ .gS.has(raw.trim());
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `empty or missing value ${(0,_io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteData */ .pL)(raw, 16)}`, { file: this.file, line, field });
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `labels and predictions must take at most two values; seen ${[...this.canonical]
            .slice(0, 5)
            .map((v) => (0,_io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteData */ .pL)(v, 16))
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `${this.positiveLabelName} ${(0,_io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteData */ .pL)(this.positiveLabel, 16)} is not one of the labels (${values.map((v) => (0,_io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteData */ .pL)(v, 16)).join(', ')})`, {
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `labels are not binary 0/1, -1/1 or true/false (seen ${values.map((v) => (0,_io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteData */ .pL)(v, 16)).join(', ')}): give ${this.positiveLabelName}`, { file: this.file, line: this.labelLines[Math.max(0, firstOdd)], field: this.labelField });
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
    interner = new _io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteInterner */ .Md();
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'at least one group column is needed', { field: givenBy.group });
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
    const labelCache = new _io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteInterner */ .Md();
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
                throw cellError(file, record.line, groupNames[g], columnOf[slot], `holds a missing value (${(0,_io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteData */ .pL)(value, 16)})`);
            validated[g] = id + 1;
        }
        return id;
    };
    const column0 = columns[0];
    const column1 = columns[1] ?? column0;
    const keyOf = () => groupKey(Array.from(groupIds, (id, g) => groupInterners[g].values[id]));
    const { headerRead } = await (0,_csv_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .scanCsvColumns */ .LQ)(path, (names, line) => {
        const find = (name, flag) => {
            const i = names.indexOf(name);
            if (i < 0) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `no column ${(0,_io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteData */ .pL)(name)} (given by ${flag}); ${(0,_io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .describeHeader */ .to)(names)}`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'the file is empty (no header row)', { file });
    if (rows === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'the file has a header but no rows', { file });
    return fairnessFromCounts(counter.confusion(), { ...options, file });
}
function cellError(file, line, field, col, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `column ${col + 1} ${what}`, { file, line, field });
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
    const { headerRead } = await (0,_csv_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .scanCsvColumns */ .LQ)(path, (header, line) => {
        columnOf = names.map((name, i) => {
            const at = header.indexOf(name);
            if (at < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `no column ${(0,_io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteData */ .pL)(name)} (given by ${flags[i]}); ${(0,_io_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .describeHeader */ .to)(header)}`, { file, line, field: name });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'the file is empty (no header row)', { file });
    if (count === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'the file has a header but no rows', { file });
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


/***/ })

};
