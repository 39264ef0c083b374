export const id = 9264;
export const ids = [9264];
export const modules = {

/***/ 9264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2717);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _gates_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9704);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5035);
/* harmony import */ var _registry_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1815);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9843);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5482);
/* harmony import */ var _registry_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(860);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(143);
/* harmony import */ var _train_draft_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4501);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6931);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6611);
/**
 * dhow register: records a model version. The record comes from --from FILE.yaml (any fields of a
 * ModelVersion) overlaid with the flags; the digest from --artifact-file (sha256 of the file) or --digest.
 * --gate-report FILE --environment ENV records the gate results as that environment's evidence, in the
 * same commit (or alone, when the version is already registered).
 */













const OPTIONS = {
    ..._registry_js__WEBPACK_IMPORTED_MODULE_12__/* .WHERE_OPTIONS */ .JI,
    model: { type: 'string' },
    version: { type: 'string' },
    artifact: { type: 'string' },
    'artifact-file': { type: 'string' },
    digest: { type: 'string' },
    format: { type: 'string' },
    metrics: { type: 'string' },
    param: { type: 'string', multiple: true },
    from: { type: 'string' },
    'gate-report': { type: 'string' },
    environment: { type: 'string' },
    as: { type: 'string' },
    json: { type: 'boolean' },
};
async function readText(path, what) {
    return (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoundedFile */ .M)(path, _registry_files_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_REGISTRY_FILE_BYTES */ .kf, what);
}
/** A flat JSON object of numbers: {"accuracy": 0.91, ...}. */
async function readMetricsFile(path) {
    const text = await readText(path, 'the metrics file');
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        // V8's message quotes the text: never echo a file's content.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'not JSON: expected a JSON object of metric names to numbers', { file: path });
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'expected a JSON object of metric names to numbers', { file: path });
    const metrics = {};
    for (const [key, value] of Object.entries(data)) {
        if (typeof value !== 'number' || !Number.isFinite(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `expected a finite number, found ${JSON.stringify(value)}`, { file: path, field: key });
        metrics[key] = value;
    }
    return metrics;
}
function parseParam(text) {
    const at = text.indexOf('=');
    if (at <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow register: --param must be KEY=VALUE (got "${text}")`, { field: '--param' });
    const key = text.slice(0, at);
    const raw = text.slice(at + 1);
    const value = raw === 'true' ? true : raw === 'false' ? false : /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(raw) ? Number(raw) : raw;
    return [key, value];
}
const USAGE = "usage: dhow register (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M --version V --artifact URI [--artifact-file PATH | --digest sha256:HEX]\n                     [--format F] [--metrics FILE.json] [--param KEY=VALUE]... [--from FILE.yaml] [--as NAME] [--json]\n                     [--gate-report REPORT.json --environment ENV]\n  Records an immutable version: the same content again is a no-op, different content is refused.\n  With --gate-report and --environment, the report is recorded as that environment's gate evidence\n  (gates/ENV/MODEL/VERSION.yaml); registering the same version for another environment records only that.";
async function run(args, ctx) {
    if ((0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .helpRequested */ ._T)(args, ctx, USAGE))
        return 0;
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .parseCommandArgs */ .Qx)('register', args, OPTIONS);
    const base = values.from ? await (0,_train_draft_js__WEBPACK_IMPORTED_MODULE_10__/* .readVersionDraftFile */ .kt)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, values.from), '--from') : {};
    const model = values.model ?? base.model;
    const version = values.version ?? base.version;
    if (!model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow register: --model is required');
    if (!version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow register: --version is required');
    (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_5__/* .assertName */ .I1)('model', model, { field: '--model' });
    (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_5__/* .assertName */ .I1)('version', version, { field: '--version' });
    const artifact = { ...(base.artifact ?? {}) };
    if (values.artifact)
        artifact.uri = values.artifact;
    if (!artifact.uri)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow register: --artifact URI is required');
    if (values['artifact-file']) {
        const { digest, size } = await (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, values['artifact-file'])).catch((error) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `cannot read the artifact: ${error.message}`, { field: '--artifact-file' });
        });
        if (values.digest && values.digest !== digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('refused', `--digest ${values.digest} does not match the file's ${digest}`, { field: '--digest' });
        artifact.digest = digest;
        artifact.size = size;
    }
    else if (values.digest)
        artifact.digest = values.digest;
    if (!artifact.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow register: the artifact digest is unknown: pass --artifact-file PATH (dhow hashes it) or --digest sha256:...');
    if (values.format)
        artifact.format = values.format;
    const metrics = {
        ...(base.metrics ?? {}),
        ...(values.metrics ? await readMetricsFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, values.metrics)) : {}),
    };
    const parameters = { ...(base.parameters ?? {}), ...Object.fromEntries((values.param ?? []).map(parseParam)) };
    if ((values['gate-report'] === undefined) !== (values.environment === undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow register: --gate-report and --environment go together (the environment the gates ran for)', {
            field: values.environment === undefined ? '--environment' : '--gate-report',
        });
    }
    if (values.environment !== undefined)
        (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_5__/* .assertName */ .I1)('environment', values.environment, { field: '--environment' });
    const report = values['gate-report'] ? await (0,_gates_report_js__WEBPACK_IMPORTED_MODULE_3__/* .readGateReportFile */ .UQ)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, values['gate-report']), '--gate-report') : undefined;
    const by = (0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .actor */ .eN)(ctx, values.as);
    const record = (0,_registry_files_js__WEBPACK_IMPORTED_MODULE_8__/* .validateRegistryObject */ .ze)('ModelVersion', values.from ?? (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_9__/* .versionPath */ .qW)(model, version), {
        ...base,
        apiVersion: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .API_VERSION */ .mG,
        kind: 'ModelVersion',
        model,
        version,
        artifact,
        metrics,
        parameters,
        'created-by': base['created-by'] ?? by,
        'created-at': base['created-at'] ?? (0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .now */ .tB)(ctx),
    });
    const forge = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .openForge */ .ys)(ctx, 'register', values, by);
    const evidence = report && values.environment !== undefined
        ? {
            environment: values.environment,
            attempt: { ...(0,_gates_report_js__WEBPACK_IMPORTED_MODULE_3__/* .versionGates */ .N2)(report.report, (0,_gates_report_js__WEBPACK_IMPORTED_MODULE_3__/* .reportDigest */ .Np)(report.text)), 'recorded-by': by, 'recorded-at': (0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .now */ .tB)(ctx) },
        }
        : undefined;
    const result = await (0,_registry_store_js__WEBPACK_IMPORTED_MODULE_7__/* .registerVersion */ .K)(forge, record, { logger: ctx.logger, by, ...(evidence ? { evidence } : {}) });
    const recorded = result.evidence?.operation === 'recorded' ? `\nRecorded the gate results for ${values.environment} in ${result.evidence.path}` : '';
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .writeJson */ .GF)(ctx, {
            model,
            version,
            operation: result.operation,
            path: result.path,
            commit: result.commit,
            digest: record.artifact.digest,
            ...(result.evidence ? { evidence: { operation: result.evidence.operation, path: result.evidence.path, environment: values.environment } } : {}),
        });
    }
    else if (result.operation === 'created') {
        ctx.stdout.write(`Registered ${model} ${version} (${record.artifact.digest}) in ${result.path} [${(0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .shortSha */ .Fu)(result.commit)}]${result.modelCreated ? `\nNew model ${model}: models/${model}/model.yaml` : ''}${recorded}\n`);
    }
    else {
        const what = result.evidence?.operation === 'recorded' ? `recorded its gate results for ${values.environment} in ${result.evidence.path}` : 'nothing changed';
        ctx.stdout.write(`${model} ${version} is already registered with identical content: ${what}\n`);
    }
    return 0;
}


/***/ }),

/***/ 9704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ overallVerdict),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   N2: () => (/* binding */ versionGates),
/* harmony export */   Np: () => (/* binding */ reportDigest),
/* harmony export */   UQ: () => (/* binding */ readGateReportFile),
/* harmony export */   xH: () => (/* binding */ serializeReport)
/* harmony export */ });
/* unused harmony exports VerdictEnum, GateResult, GateReport, describeThreshold, mermaidChart */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4377);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5035);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9843);
/* harmony import */ var _threshold_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8099);
/* harmony import */ var _io_jsonl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8426);
/**
 * The gate report: a JSON document with a stable schema (kind GateReport), the Markdown the job summary
 * and the promotion pull request show (one row per gate and a Mermaid chart of candidate against
 * production), the `gates` object of the version record, and reading a report file back.
 */







const VerdictEnum = zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'inconclusive']);
const GateResult = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    metric: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    source: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['candidate', 'fairness', 'text', 'arabic-data', 'latency', 'memory', 'residency', 'round-trip']),
    severity: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['block', 'warn']),
    verdict: VerdictEnum,
    /** True when this gate stops the promotion. */
    blocking: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(),
    value: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(),
    'min-absolute-change': zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(),
    'min-relative-change': zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(),
    'greater-is-better': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(),
    /** The metric of the version live in the target environment. */
    baseline: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(),
    samples: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(),
    'min-samples': zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(),
    reasons: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
    /** Source-specific detail (per-group rates, latency percentiles, residency findings ...). */
    details: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()).default({}),
})
    .strict();
const GateReport = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    apiVersion: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(_registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .API_VERSION */ .mG),
    kind: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('GateReport'),
    verdict: VerdictEnum,
    /** True when at least one gate blocks: the candidate may not be promoted. */
    blocked: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(),
    'policy-digest': _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Digest */ .np,
    'policy-files': zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
    candidate: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), model: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(), version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable() }).strict(),
    environment: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    /** The version live in the environment, the baseline of every change check; null when none is. */
    'baseline-version': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    'generated-at': zod__WEBPACK_IMPORTED_MODULE_6__/* .datetime */ .w$({ offset: true }),
    gates: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(GateResult),
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
    return (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Digest */ .s)(serialized);
}
/**
 * A gate report file as the promote and register actions take it: the report and the text its digest is
 * of. Errors name the file and `field`, the input that named it.
 */
async function readGateReportFile(path, field) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `cannot read it: ${error.message}`, { file: path, field });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `not JSON: ${(0,_io_jsonl_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonSyntaxMessage */ .lJ)(error)}`, { file: path, field });
    }
    const parsed = GateReport.safeParse(data);
    if (!parsed.success)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaError */ .g$)(parsed.error.issues, { file: path, field, what: 'not a dhow gate report' });
    return { report: parsed.data, text };
}
/** The `gates` field of the version record. */
function versionGates(report, digestOfReport) {
    const finite = (v) => (v !== null && Number.isFinite(v) ? v : null);
    return {
        verdict: report.verdict,
        'policy-digest': report['policy-digest'],
        ...(digestOfReport ? { 'report-digest': digestOfReport } : {}),
        summary: report.gates.map((g) => ({
            gate: g.name,
            metric: g.metric,
            verdict: g.verdict,
            value: finite(g.value),
            threshold: finite(g.threshold),
            baseline: finite(g.baseline),
        })),
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
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim() || ' ';
}
function number(value) {
    return value === null ? '–' : (0,_threshold_js__WEBPACK_IMPORTED_MODULE_7__/* .fmt */ .Sc)(value);
}
/** The threshold column: every check the gate makes, in the direction it makes it. */
function describeThreshold(g) {
    const better = g['greater-is-better'];
    const parts = [];
    if (g.threshold !== null)
        parts.push(`${better ? '≥' : '≤'} ${(0,_threshold_js__WEBPACK_IMPORTED_MODULE_7__/* .fmt */ .Sc)(g.threshold)}`);
    if (g['min-absolute-change'] !== null)
        parts.push(`${better ? '+' : '−'}${(0,_threshold_js__WEBPACK_IMPORTED_MODULE_7__/* .fmt */ .Sc)(g['min-absolute-change'])} vs live`);
    if (g['min-relative-change'] !== null)
        parts.push(`${better ? '+' : '−'}${(0,_threshold_js__WEBPACK_IMPORTED_MODULE_7__/* .fmt */ .Sc)(g['min-relative-change'] * 100)}% vs live`);
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
            cell(g.severity === 'warn' ? `${g.name} (warn only)` : g.name),
            cell(`\`${g.metric}\``),
            number(g.value),
            cell(describeThreshold(g)),
            number(g.baseline),
            cell(`${VERDICT_LABEL[g.verdict]}${g.verdict === 'inconclusive' && g.blocking ? ' (blocks)' : ''}`),
            cell(g.reasons.join('; ') || (g.verdict === 'pass' ? 'within the threshold' : '')),
            '',
        ]
            .join(' | ')
            .trim()),
    ];
    const chart = mermaidChart(report);
    if (chart)
        lines.push('', chart);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 8099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   Sc: () => (/* binding */ fmt)
/* harmony export */ });
/* unused harmony export thresholdFailures */
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


/***/ }),

/***/ 4501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ writeVersionDraft),
/* harmony export */   e8: () => (/* binding */ buildVersionDraft),
/* harmony export */   kt: () => (/* binding */ readVersionDraftFile)
/* harmony export */ });
/* unused harmony exports VersionDraft, sourceFromEnv */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _atomic_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3549);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2717);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _registry_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(860);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9843);
/**
 * The version-record draft a training run hands to `dhow register --from FILE.yaml`: the VersionRecord
 * shape of src/registry/schemas.ts, filled from the run (artifact, metrics, parameters, GPU memory,
 * duration, lineage from the GITHUB_* variables). Without a model and version it is a partial record
 * the register step completes.
 */






/** A VersionRecord without model and version, when those are not known yet. */
const VersionDraft = _registry_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .VersionRecord */ .iJ.partial({ model: true, version: true });
/** The lineage GitHub's default variables give: repository, commit, run URL and attempt. */
function sourceFromEnv(env) {
    const source = {};
    if (env.GITHUB_REPOSITORY)
        source.repository = env.GITHUB_REPOSITORY;
    if (env.GITHUB_SHA && /^[0-9a-f]{7,64}$/.test(env.GITHUB_SHA))
        source.commit = env.GITHUB_SHA;
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
        const base = `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
        source['run-url'] = Number.isInteger(attempt) && attempt > 0 ? `${base}/attempts/${attempt}` : base;
    }
    if (Number.isInteger(attempt) && attempt > 0)
        source['run-attempt'] = attempt;
    return source;
}
function buildVersionDraft(input) {
    const training = {
        mode: input.training.mode,
        'duration-seconds': Math.round(input.training.durationSeconds * 1000) / 1000,
    };
    if (input.training.cluster)
        training.cluster = input.training.cluster;
    if (input.training.region)
        training.region = input.training.region;
    if (input.training.gpu)
        training.gpu = input.training.gpu;
    if (input.training.peakGpuMemoryMiB !== undefined && input.training.peakGpuMemoryMiB !== null) {
        training['peak-gpu-memory-mib'] = input.training.peakGpuMemoryMiB;
    }
    const artifact = { uri: input.artifact.uri, digest: input.artifact.digest, size: input.artifact.size };
    if (input.artifact.format)
        artifact.format = input.artifact.format;
    if (input.artifact.endpoint)
        artifact.endpoint = input.artifact.endpoint;
    if (input.artifact.region)
        artifact.region = input.artifact.region;
    const draft = {
        apiVersion: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .API_VERSION */ .mG,
        kind: 'ModelVersion',
        ...(input.model ? { model: input.model } : {}),
        ...(input.version ? { version: input.version } : {}),
        artifact,
        source: sourceFromEnv(input.env),
        training,
        ...(dataLineage(input.data) ? { data: dataLineage(input.data) } : {}),
        parameters: input.parameters,
        metrics: input.metrics,
        // Where the data is held: declared, else the training region (data trained on in a region sits there).
        ...((input.data?.region ?? input.training.region) ? { region: input.data?.region ?? input.training.region } : {}),
        'created-by': input.createdBy || input.env.GITHUB_ACTOR || input.env.USER || 'dhow',
        'created-at': input.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    const parsed = (input.model && input.version ? _registry_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .VersionRecord */ .iJ : VersionDraft).safeParse(draft);
    if (!parsed.success)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaError */ .g$)(parsed.error.issues, { what: 'the version record would be invalid' });
    return parsed.data;
}
function dataLineage(data) {
    if (!data)
        return undefined;
    const lineage = {};
    if (data.uri)
        lineage.uri = data.uri;
    if (data.digest)
        lineage.digest = data.digest;
    if (data.version)
        lineage.version = data.version;
    return Object.keys(lineage).length > 0 ? lineage : undefined;
}
/** Writes the draft as YAML, whole or not at all. */
async function writeVersionDraft(path, draft) {
    await (0,_atomic_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)(path, (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(draft, { lineWidth: 0 }));
}
/**
 * A draft file as `dhow register --from` and the register action's `version-file` take it: the mapping of
 * ModelVersion fields their flags or inputs complete. Errors name the file and `field`, what named it.
 */
async function readVersionDraftFile(path, field) {
    const text = await (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoundedFile */ .M)(path, _registry_files_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REGISTRY_FILE_BYTES */ .kf, 'the version record');
    // As strict as a registry file: size, UTF-8, tags, duplicate keys and aliases.
    const parsed = (0,_registry_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlStrictly */ .Tl)(path, text);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DhowError */ .Bp('invalid-input', parsed.problems[0].message, { file: path, field, line: parsed.problems[0].line });
    const data = parsed.data;
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DhowError */ .Bp('invalid-input', 'expected a mapping of ModelVersion fields', { file: path, field });
    return data;
}


/***/ })

};
