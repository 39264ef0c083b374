export const id = 300;
export const ids = [300,3909,8426];
export const modules = {

/***/ 62930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   progressBar: () => (/* binding */ progressBar),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _http_log_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(13654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _drift_text_content_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39473);
/* harmony import */ var _drift_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34380);
/* harmony import */ var _drift_choice_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48952);
/* harmony import */ var _drift_profile_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52326);
/* harmony import */ var _drift_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(44201);
/* harmony import */ var _drift_serve_defaults_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87995);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16931);
/**
 * `dhow drift`: compare current data with a reference (raw data or a profile) column by column, as
 * Evidently would, and say whether the data set drifted. `dhow drift profile` writes a reference profile;
 * `dhow drift --serve ADDR` keeps computing it and publishes it as Prometheus metrics until SIGTERM.
 */









// The --serve stack (node:http, prom-client) and the duration parser (yaml, zod) load only for --serve: a
// one-shot comparison never pays for them.


const HELP = `usage: dhow drift --reference REF --current CUR [options]
       dhow drift --serve HOST:PORT --reference REF --current CUR --model M --environment E --version V [options]
       dhow drift profile --input DATA --output PROFILE.json [--column-type COL=TYPE]...

Compares CUR with REF (CSV, JSON Lines, or a profile written by "dhow drift profile") column by column,
choosing each column's test as Evidently does, and reports dataset drift when the share of drifted
columns reaches --drift-share.

options:
  --method M              one test for every column, by Evidently's name: ks, chisquare, z, wasserstein,
                          jensenshannon, psi, t_test, mannw, ed, hellinger, kl_div, g_test, fisher_exact,
                          anderson, cramer_von_mises, es, TVD, empirical_mmd
                          (default: chosen per column, as Evidently chooses)
  --num-method M          the test for numerical columns (Evidently's num_stattest; wins over --method)
  --cat-method M          the test for categorical columns (cat_stattest; wins over --method)
  --text-method M         the test for text columns (text_stattest): abs_text_content_drift or
                          perc_text_content_drift, Evidently's domain classifier (default: perc, or abs
                          when the reference holds more than 1000 texts); text columns take no other test
  --method-for COL=M      the test for one column (per_column_stattest; repeatable; wins over the others).
                          A test that Evidently does not allow for the column's type is refused
  --threshold T           the threshold for every column (default: each test's own default)
  --num-threshold T       the threshold for numerical columns (wins over --threshold)
  --cat-threshold T       the threshold for categorical columns (wins over --threshold)
  --text-threshold T      the threshold for text columns (wins over --threshold; default 0.55 for abs,
                          0.95 for perc: the random classifiers' ROC AUC quantile to beat)
  --threshold-for COL=T   the threshold for one column (repeatable; wins over the others)
  --column-type COL=TYPE  numerical | categorical | text (repeatable; default: detected, never text)
  --text-columns A,B      these columns hold text (Evidently's text_features; same as COL=text)
  --column COL            test only these columns (repeatable)
  --drift-share S         share of drifted columns that means dataset drift (default 0.5)
  --min-sample-size N     fewer current values than this makes a column inconclusive (default 30)
  --json                  print the result as JSON
  --markdown FILE         also write the Markdown report (for a job summary)
  --fail-on-drift         exit 1 when the data set drifted
  --max-invalid-share S   a numerical column fails the data-quality check when more than this share of
                          its current rows hold a value that is not a number (default 0.01); such values
                          are left out of the tests and never count as drift
  --fail-on-data-quality  exit 1 when a column fails the data-quality check
  --sketch                fold the current data into fixed-size sketches: flat memory at any size;
                          columns with more than 2048 distinct values get approximate scores (marked ~)

serving (--serve): recompute on start, every --interval and when REF or CUR changes on disk, and publish
on GET /metrics dhow_drift_share{model,environment,version}, dhow_drift_dataset_drift,
dhow_drift_column_score{...,column,method}, dhow_drift_column_drifted, the data-quality series
dhow_drift_column_invalid_values{...,column}, dhow_drift_column_invalid_share{...,column} and
dhow_drift_data_quality_failed (never part of the drift share), dhow_drift_up (0 when the last
computation failed: the values shown are the last good ones), dhow_drift_last_success_timestamp_seconds,
dhow_drift_computation_failures_total and dhow_drift_computation_duration_seconds. GET /healthz is 200
once a computation succeeded. One JSON log line per event on stderr; SIGHUP recomputes now; stops
gracefully on SIGTERM or SIGINT.
  --serve HOST:PORT       listen there (e.g. 127.0.0.1:9097, or 0.0.0.0:9097 in a container)
  --model M               label: the model whose production data CUR is
  --environment E         label: the environment it runs in
  --version V             label: the version live there, whose reference REF is
  --interval D            recompute at least this often (default ${_drift_serve_defaults_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_SERVE_INTERVAL_MS */ .v2 / 1000}s; 90s, 5m, 1h, 500ms)
  --poll-interval D       how often REF and CUR are checked for changes (default ${_drift_serve_defaults_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLL_INTERVAL_MS */ .P / 1000}s)
`;
async function run(args, ctx) {
    if (args[0] === 'profile')
        return runProfile(args.slice(1), ctx);
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommandArgs */ .Qx)('drift', args, {
        reference: { type: 'string' },
        current: { type: 'string' },
        method: { type: 'string' },
        'num-method': { type: 'string' },
        'cat-method': { type: 'string' },
        'method-for': { type: 'string', multiple: true },
        threshold: { type: 'string' },
        'num-threshold': { type: 'string' },
        'cat-threshold': { type: 'string' },
        'text-method': { type: 'string' },
        'text-threshold': { type: 'string' },
        'text-columns': { type: 'string', multiple: true },
        'threshold-for': { type: 'string', multiple: true },
        'column-type': { type: 'string', multiple: true },
        column: { type: 'string', multiple: true },
        'drift-share': { type: 'string' },
        'min-sample-size': { type: 'string' },
        json: { type: 'boolean' },
        markdown: { type: 'string' },
        'fail-on-drift': { type: 'boolean' },
        'max-invalid-share': { type: 'string' },
        'fail-on-data-quality': { type: 'boolean' },
        sketch: { type: 'boolean' },
        serve: { type: 'string' },
        model: { type: 'string' },
        environment: { type: 'string' },
        version: { type: 'string' },
        interval: { type: 'string' },
        'poll-interval': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help)
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .printHelp */ .FR)(ctx, HELP);
    const reference = (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .requireOption */ .Ve)('drift', 'reference', values.reference);
    const current = (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .requireOption */ .Ve)('drift', 'current', values.current);
    const method = values.method === undefined ? undefined : parseMethod('method', values.method);
    const optionalMethod = (name) => (values[name] === undefined ? undefined : parseMethod(name, values[name]));
    const optionalNumber = (name) => values[name] === undefined ? undefined : parseNumber(name, values[name]);
    const options = {
        reference,
        current,
        method,
        threshold: values.threshold === undefined ? undefined : parseNumber('threshold', values.threshold),
        methodByKind: dropUndefined({ numerical: optionalMethod('num-method'), categorical: optionalMethod('cat-method'), text: optionalMethod('text-method') }),
        thresholdByKind: dropUndefined({
            numerical: optionalNumber('num-threshold'),
            categorical: optionalNumber('cat-threshold'),
            text: optionalNumber('text-threshold'),
        }),
        methodFor: parsePerColumn('method-for', values['method-for'] ?? [], (v) => parseMethod('method-for', v)),
        thresholdFor: parsePerColumn('threshold-for', values['threshold-for'] ?? [], (v) => parseNumber('threshold-for', v)),
        columnTypes: withTextColumns(parseColumnTypes(values['column-type'] ?? [], DRIFT_KINDS), values['text-columns'] ?? []),
        columns: values.column,
        driftShare: values['drift-share'] === undefined ? undefined : parseNumber('drift-share', values['drift-share']),
        minSampleSize: values['min-sample-size'] === undefined ? undefined : parseNumber('min-sample-size', values['min-sample-size']),
        sketch: values.sketch,
        maxInvalidShare: values['max-invalid-share'] === undefined ? undefined : parseShare('max-invalid-share', values['max-invalid-share']),
        optionNames: {
            method: '--method',
            methodFor: '--method-for',
            thresholdFor: '--threshold-for',
            numMethod: '--num-method',
            catMethod: '--cat-method',
            textMethod: '--text-method',
            columnType: '--column-type',
            driftShare: '--drift-share',
            maxInvalidShare: '--max-invalid-share',
        },
    };
    const serveOnly = ['model', 'environment', 'version', 'interval', 'poll-interval'].filter((k) => values[k] !== undefined);
    if (values.serve === undefined && serveOnly.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow drift: --${serveOnly[0]} only goes with --serve HOST:PORT`);
    }
    if (values.serve !== undefined) {
        const oneShot = ['json', 'markdown', 'fail-on-drift', 'fail-on-data-quality'].filter((k) => values[k] !== undefined);
        if (oneShot.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow drift: --${oneShot[0]} does not go with --serve (the result is published on /metrics)`);
        return serve(values.serve, options, values, ctx);
    }
    const result = await (0,_drift_index_js__WEBPACK_IMPORTED_MODULE_4__/* .detectDrift */ .D9)({ ...options, onProgress: progressBar(ctx) });
    if (values.markdown)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(values.markdown, (0,_drift_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderDriftMarkdown */ .b9)(result));
    if (values.json)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .writeJson */ .GF)(ctx, result);
    else
        ctx.stdout.write(renderText(result));
    if (values['fail-on-drift'] && result.dataset_drift)
        return 1;
    return values['fail-on-data-quality'] && result.data_quality.failed ? 1 : 0;
}
async function serve(listen, drift, values, ctx) {
    const { host, port } = (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .parseHostPort */ .Dv)(listen, 'drift', '--serve', 9097);
    const { checkTarget, startDriftServer } = await Promise.all(/* import() */[__webpack_require__.e(5222), __webpack_require__.e(6316)]).then(__webpack_require__.bind(__webpack_require__, 36316));
    const { parseDurationSeconds } = await Promise.all(/* import() */[__webpack_require__.e(3867), __webpack_require__.e(9843), __webpack_require__.e(975)]).then(__webpack_require__.bind(__webpack_require__, 90975));
    const parseInterval = (name, value, minMs) => parseIntervalWith(parseDurationSeconds, name, value, minMs);
    const target = checkTarget({
        model: (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .requireOption */ .Ve)('drift', 'model', values.model),
        environment: (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .requireOption */ .Ve)('drift', 'environment', values.environment),
        version: (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .requireOption */ .Ve)('drift', 'version', values.version),
    });
    const intervalMs = values.interval === undefined ? _drift_serve_defaults_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_SERVE_INTERVAL_MS */ .v2 : parseInterval('interval', values.interval, 1000);
    const pollMs = values['poll-interval'] === undefined ? _drift_serve_defaults_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLL_INTERVAL_MS */ .P : parseInterval('poll-interval', values['poll-interval'], 100);
    if (drift.driftShare !== undefined && !(drift.driftShare > 0 && drift.driftShare <= 1)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow drift: --drift-share must be in (0, 1], got ${drift.driftShare}`);
    }
    // The reference is fixed for a version: a missing one is a mistake to name now, not a failure to retry.
    const reference = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, drift.reference);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(reference).catch(() => undefined);
    if (!info?.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('not-found', `the reference ${info ? 'is not a file' : 'does not exist'}`, { file: drift.reference });
    const logger = (0,_http_log_js__WEBPACK_IMPORTED_MODULE_10__/* .jsonLogger */ .R)(ctx.stderr, { component: 'drift', verbose: Boolean(ctx.env.DHOW_DEBUG) });
    const server = await startDriftServer({
        host,
        port,
        target,
        drift: { ...drift, reference, current: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, drift.current) },
        intervalMs,
        pollMs,
        logger,
    });
    ctx.stdout.write(`dhow drift serving ${server.url}/metrics for ${target.model} ${target.version} in ${target.environment}\n`);
    const recompute = () => {
        logger.event('info', 'received SIGHUP: recomputing');
        void server.refresh();
    };
    process.on('SIGHUP', recompute);
    const signal = await new Promise((done) => {
        process.once('SIGTERM', () => done('SIGTERM'));
        process.once('SIGINT', () => done('SIGINT'));
    });
    process.off('SIGHUP', recompute);
    logger.event('info', `received ${signal}`);
    await server.close();
    return 0;
}
/** "60s", "5m", "1h30m", "500ms" or seconds -> milliseconds, at least `minMs`. */
function parseIntervalWith(parseDurationSeconds, name, value, minMs) {
    const ms = /^\s*\d+(\.\d+)?ms\s*$/.test(value) ? Number(value.trim().slice(0, -2)) : (parseDurationSeconds(value) ?? NaN) * 1000;
    if (!(ms >= minMs))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow drift: --${name} must be a duration of at least ${minMs} ms (e.g. 500ms, 30s, 5m, 1h), got "${value}"`);
    if (ms > _drift_serve_defaults_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_TIMER_MS */ ._o)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow drift: --${name} must be at most 24 days (the longest a timer waits), got "${value}"`);
    return ms;
}
async function runProfile(args, ctx) {
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommandArgs */ .Qx)('drift profile', args, {
        input: { type: 'string' },
        output: { type: 'string' },
        'column-type': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help)
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .printHelp */ .FR)(ctx, HELP);
    const input = (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .requireOption */ .Ve)('drift profile', 'input', values.input);
    const output = (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .requireOption */ .Ve)('drift profile', 'output', values.output);
    const profile = await (0,_drift_profile_js__WEBPACK_IMPORTED_MODULE_6__/* .buildProfile */ .Er)({ input, columnTypes: parseColumnTypes(values['column-type'] ?? [], PROFILE_KINDS), onProgress: progressBar(ctx) });
    profile.source = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(input);
    await (0,_drift_profile_js__WEBPACK_IMPORTED_MODULE_6__/* .writeProfile */ .Z8)(output, profile);
    const sketched = profile.columns.filter((c) => c.type === 'numerical' && c.quantiles).map((c) => c.name);
    ctx.stdout.write(`wrote ${output}: ${profile.columns.length} columns, ${profile.rows} rows` +
        (sketched.length > 0 ? `; quantile sketch (approximate ks, wasserstein, binned psi/jensenshannon) for ${sketched.join(', ')}` : '; every column exact') +
        '\n');
    return 0;
}
function parseMethod(name, value) {
    return (0,_drift_choice_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMethodName */ .KT)(`dhow drift: --${name}`, value);
}
function parsePerColumn(name, entries, parse) {
    return (0,_drift_choice_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePerColumn */ .fb)(`dhow drift: --${name}`, entries, parse);
}
function dropUndefined(record) {
    return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
function parseNumber(name, value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow drift: --${name} must be a number, got "${value}"`);
    return n;
}
function parseShare(name, value) {
    const n = parseNumber(name, value);
    if (!(n >= 0 && n <= 1))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow drift: --${name} must be between 0 and 1, got "${value}"`);
    return n;
}
const PROFILE_KINDS = ['numerical', 'categorical'];
const DRIFT_KINDS = ['numerical', 'categorical', 'text'];
function parseColumnTypes(entries, allowed) {
    const out = {};
    for (const entry of entries) {
        const at = entry.lastIndexOf('=');
        const name = entry.slice(0, at);
        const kind = entry.slice(at + 1);
        if (at <= 0 || !allowed.includes(kind)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow drift: --column-type takes ${allowed.map((k) => `COLUMN=${k}`).join(' or ')}, got "${entry}"`);
        }
        out[name] = kind;
    }
    return out;
}
/** --text-columns A,B (repeatable): each named column is text; one declared otherwise by --column-type is refused. */
function withTextColumns(types, lists) {
    for (const list of lists) {
        for (const name of list.split(',')) {
            if (name === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow drift: --text-columns takes column names separated by commas, got "${list}"`);
            if (Object.hasOwn(types, name) && types[name] !== 'text') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow drift: --text-columns names the column "${name}", which --column-type declares ${types[name]}`);
            }
            types[name] = 'text';
        }
    }
    return types;
}
/** A progress bar on stderr, only on a terminal and only for files over 32 MiB. */
function progressBar(ctx) {
    const stream = ctx.stderr;
    if (!stream.isTTY)
        return undefined;
    let lastFile = '';
    let lastShown = -1;
    return (file, done, total) => {
        if (total < 32 * 1024 * 1024)
            return;
        const pct = Math.floor((done / total) * 100);
        if (file === lastFile && pct === lastShown)
            return;
        lastFile = file;
        lastShown = pct;
        const width = 30;
        const filled = Math.round((pct / 100) * width);
        stream.write(`\r${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}%${pct === 100 ? '\n' : ''}`);
    };
}
function renderText(result) {
    const rows = result.columns.map((c) => [
        c.column,
        c.type,
        c.method,
        c.score === null ? '-' : (0,_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .formatScore */ .y)(c.score) + (c.exact ? '' : '~'),
        String(c.threshold),
        c.inconclusive ? 'inconclusive' : c.drifted ? 'DRIFT' : 'ok',
    ]);
    const header = ['column', 'type', 'method', 'score', 'threshold', 'drift'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => r
        .map((v, i) => v.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const verdict = result.inconclusive ? 'inconclusive' : result.dataset_drift ? 'DATASET DRIFT' : 'no dataset drift';
    return [
        line(header),
        ...rows.map(line),
        '',
        `${verdict}: ${result.drifted_columns} of ${result.columns.length} columns drifted (share ${Math.round(result.share * 1000) / 1000}, threshold ${result.drift_share})`,
        ...result.columns.flatMap((c) => (0,_drift_text_content_js__WEBPACK_IMPORTED_MODULE_3__/* .describeTextScore */ .ln)(c) ?? []),
        ...(result.approximate_methods.length > 0 ? [`~ approximate (computed from a sketch, not every value): ${result.approximate_methods.join(', ')}`] : []),
        ...dataQualityText(result),
        '',
    ].join('\n');
}
/** One line per column holding values that are not numbers (left out of the tests, not drift). */
function dataQualityText(result) {
    const q = result.data_quality;
    const bad = q.columns.filter((c) => c.invalid > 0);
    if (bad.length === 0)
        return [];
    return [
        `data quality ${q.failed ? 'FAILED' : 'ok'} (not drift; at most ${q.max_invalid_share} of a column's rows may hold a value that is not a number):`,
        ...bad.map((c) => `  ${c.column}: ${c.invalid} of ${c.rows} rows (share ${Math.round(c.share * 1e6) / 1e6})${c.failed ? ' FAILED' : ''}`),
    ];
}


/***/ }),

/***/ 87995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ DEFAULT_POLL_INTERVAL_MS),
/* harmony export */   _o: () => (/* binding */ MAX_TIMER_MS),
/* harmony export */   v2: () => (/* binding */ DEFAULT_SERVE_INTERVAL_MS)
/* harmony export */ });
/**
 * The timings of `dhow drift --serve`, apart from the server itself (./serve.ts) so the one-shot command can
 * name them in its help and check its flags without loading node:http and prom-client.
 */
const DEFAULT_SERVE_INTERVAL_MS = 60_000;
const DEFAULT_POLL_INTERVAL_MS = 2_000;
/** The longest a Node.js timer waits (2^31 - 1 ms, 24.8 days): a longer one fires after 1 ms instead. */
const MAX_TIMER_MS = 2_147_483_647;


/***/ }),

/***/ 13184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ logBinomial),
/* harmony export */   QB: () => (/* binding */ besselK),
/* harmony export */   af: () => (/* binding */ roundHalfEven),
/* harmony export */   p_: () => (/* binding */ gcd),
/* harmony export */   tX: () => (/* binding */ studentTTwoSided),
/* harmony export */   vr: () => (/* binding */ normalCdf),
/* harmony export */   wv: () => (/* binding */ chi2Sf)
/* harmony export */ });
/* unused harmony export gammaincc */
/* harmony import */ var _math_special_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58689);
/**
 * Special functions the drift tests need: log-gamma, the regularized incomplete gamma functions (for the
 * chi-square survival function) and the normal CDF, computed as scipy's cephes does where the rounding
 * matters (ndtr's 1 - erfc/2 for positive arguments).
 */
// log-gamma and the incomplete beta function live in src/math/special.ts (the rollout's Welch test uses them too).


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
    return sum * Math.exp(-x + a * Math.log(x) - (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(a));
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
    return Math.exp(-x + a * Math.log(x) - (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(a)) * h;
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
/** log of the binomial coefficient C(n, k) for 0 <= k <= n. */
function logBinomial(n, k) {
    return (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(n + 1) - (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(k + 1) - (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(n - k + 1);
}
/** Two-sided p-value of Student's t with df degrees of freedom: 2 * scipy.stats.t.sf(|t|, df). */
function studentTTwoSided(t, df) {
    if (Number.isNaN(t))
        return NaN;
    if (!Number.isFinite(t))
        return 0;
    return (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .betainc */ .h)(df / 2, 0.5, df / (df + t * t));
}
/**
 * The modified Bessel function of the second kind K_nu(x) for x > 0 (scipy.special.kv), from
 * K_nu(x) = integral over t >= 0 of exp(-x cosh t) cosh(nu t): the trapezoid rule converges exponentially
 * fast on such an integrand, to full double precision at this step.
 */
function besselK(nu, x) {
    const step = 1 / 32;
    let sum = 0.5 * Math.exp(-x);
    for (let i = 1; i < 1_000_000; i++) {
        const t = i * step;
        const term = Math.exp(-x * Math.cosh(t)) * Math.cosh(nu * t);
        sum += term;
        if (term < sum * 1e-18)
            break;
    }
    return sum * step;
}


/***/ }),

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

/***/ 58689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ logGamma),
/* harmony export */   h: () => (/* binding */ betainc)
/* harmony export */ });
/**
 * Special functions more than one part of dhow needs, written once: log-gamma and the regularized incomplete
 * beta function I_x(a, b) (scipy.special.betainc), which drift's Student t-test and the rollout's Welch test
 * both reduce to. Pure numbers, no imports: every layer may use them.
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
/** The continued fraction of I_x(a, b) (modified Lentz), convergent for x < (a + 1) / (a + b + 2). */
function betaContinuedFraction(a, b, x) {
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m < 100000; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return h;
}
/**
 * The regularized incomplete beta function I_x(a, b) (scipy.special.betainc): 0 at x = 0, 1 at x = 1, NaN for x
 * outside [0, 1] (as scipy) and, inside it, for a or b not above 0 (the Student-t callers never pass those).
 */
function betainc(a, b, x) {
    if (Number.isNaN(x) || x < 0 || x > 1)
        return NaN;
    if (x === 0)
        return 0;
    if (x === 1)
        return 1;
    if (!(a > 0 && b > 0))
        return NaN;
    const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - (logGamma(a) + logGamma(b) - logGamma(a + b)));
    // The fraction converges fast on this side of the mean; the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) covers the other.
    if (x < (a + 1) / (a + b + 2))
        return (front * betaContinuedFraction(a, b, x)) / a;
    return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}


/***/ })

};
