export const id = 248;
export const ids = [248,377];
export const modules = {

/***/ 5867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readGateReportFile: () => (/* binding */ readGateReportFile),
  reportDigest: () => (/* binding */ reportDigest),
  versionGates: () => (/* binding */ versionGates)
});

// UNUSED EXPORTS: GateReport, GateResult, VerdictEnum, describeThreshold, mermaidChart, overallVerdict, renderMarkdown, serializeReport

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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

// EXTERNAL MODULE: ./src/registry/schemas.ts + 1 modules
var registry_schemas = __webpack_require__(9201);
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
function text_slices_slicesOf(details) {
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
function text_slices_signatureCode(signature) {
    return `\`${signature.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
}
/** The Markdown table of one gate's slices, under the signature of how every value in it was made. */
function text_slices_sliceTable(gate, metric, sliceBy, rows, signature) {
    const n = (v) => (v === null ? '–' : fmt(v));
    return [
        `#### ${cell(gate)}: \`${cell(metric)}\` by \`${cell(sliceBy)}\``,
        '',
        ...(signature ? [`Signature: ${text_slices_signatureCode(signature)}`, ''] : []),
        '| Slice | Value | Baseline | Segments | Verdict | Why |',
        '| --- | ---: | ---: | ---: | --- | --- |',
        ...rows.map((r) => `| ${cell(r.slice)} | ${n(r.value)} | ${n(r.baseline)} | ${r.samples} | ${r.verdict} | ${cell(r.reasons.join('; ') || ' ')} |`),
    ];
}

// EXTERNAL MODULE: ./src/io/jsonl.ts
var jsonl = __webpack_require__(8426);
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
    apiVersion: schemas/* literal */.euz(registry_schemas.API_VERSION),
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
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* DhowError */.Bp('invalid-input', `cannot read it: ${error.message}`, { file: path, field });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* DhowError */.Bp('invalid-input', `not JSON: ${(0,jsonl/* jsonSyntaxMessage */.lJ)(error)}`, { file: path, field });
    }
    const parsed = GateReport.safeParse(data);
    if (!parsed.success)
        throw (0,errors/* schemaError */.g$)(parsed.error.issues, { file: path, field, what: 'not a dhow gate report' });
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
            ...sliceSummaryRows(g.name, g.metric, finite(g.threshold), text_slices_slicesOf(g.details) ?? []),
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

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
