export const id = 837;
export const ids = [837,426];
export const modules = {

/***/ 1880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  progressBar: () => (/* binding */ progressBar),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/bridge/log.ts
var bridge_log = __webpack_require__(5423);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/drift/index.ts + 1 modules
var drift = __webpack_require__(3816);
// EXTERNAL MODULE: ./src/drift/profile.ts
var drift_profile = __webpack_require__(2326);
// EXTERNAL MODULE: ./src/drift/report.ts
var report = __webpack_require__(4201);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(5222);
// EXTERNAL MODULE: ./src/http-shutdown.ts
var http_shutdown = __webpack_require__(850);
// EXTERNAL MODULE: ./src/registry/names.ts
var names = __webpack_require__(1815);
;// CONCATENATED MODULE: ./src/drift/serve.ts
/**
 * `dhow drift --serve`: the drift of one model version's production data as Prometheus metrics. An HTTP
 * server (node:http, its own prom-client registry) that runs `detectDrift` on start, every interval and
 * whenever the reference or current file changes on disk (a cheap stat poll: mtime, size, inode), never
 * two computations at once. A failed computation (a file missing or half-written, a bad row) is logged with
 * the file and the reason and counted; the last good values stay published but `dhow_drift_up` drops to 0
 * so alert rules can tell stale numbers from fresh ones. Unparsable current values are published as their own
 * data-quality series, never as drift. It serves /metrics and /healthz and shuts down
 * gracefully.
 */








const DEFAULT_SERVE_INTERVAL_MS = 60_000;
const DEFAULT_POLL_INTERVAL_MS = 2_000;
/** The longest a Node.js timer waits (2^31 - 1 ms, 24.8 days): a longer one fires after 1 ms instead. */
const MAX_TIMER_MS = 2_147_483_647;
/** Checks the labels with the registry's name rules; the error names the option (`--model` ...). */
function checkTarget(target, optionPrefix = '--') {
    for (const kind of ['model', 'environment', 'version']) {
        try {
            (0,names/* assertName */.I1)(kind, target[kind], { field: `${optionPrefix}${kind}` });
        }
        catch (error) {
            throw new errors/* DhowError */.Bp('usage', error.message);
        }
    }
    return target;
}
async function startDriftServer(options) {
    const target = checkTarget(options.target);
    const intervalMs = options.intervalMs ?? DEFAULT_SERVE_INTERVAL_MS;
    const pollMs = options.pollMs ?? DEFAULT_POLL_INTERVAL_MS;
    if (!(intervalMs > 0) || !(pollMs > 0))
        throw new errors/* DhowError */.Bp('usage', 'the drift server needs a positive interval and poll interval');
    if (intervalMs > MAX_TIMER_MS || pollMs > MAX_TIMER_MS) {
        throw new errors/* DhowError */.Bp('usage', `the drift server's interval and poll interval must be at most ${MAX_TIMER_MS} ms (24 days), got ${intervalMs} and ${pollMs}`);
    }
    const log = options.logger ?? (0,bridge_log/* jsonLogger */.R)(process.stderr, { component: 'drift' });
    const files = [options.drift.reference, options.drift.current];
    const registry = new prom_client.Registry();
    const labelNames = ['model', 'environment', 'version'];
    const columnLabelNames = [...labelNames, 'column', 'method'];
    const gauge = (name, help) => new prom_client.Gauge({ name, help, labelNames, registers: [registry] });
    const columnGauge = (name, help) => new prom_client.Gauge({ name, help, labelNames: columnLabelNames, registers: [registry] });
    const share = gauge('dhow_drift_share', 'Share of the columns that drifted (drifted / all columns) in the last successful computation.');
    const datasetDrift = gauge('dhow_drift_dataset_drift', '1 when the share of drifted columns reached --drift-share in the last successful computation.');
    const inconclusive = gauge('dhow_drift_inconclusive', '1 when every column had fewer current values than --min-sample-size (nothing could be decided).');
    const driftedColumns = gauge('dhow_drift_drifted_columns', 'Columns that drifted in the last successful computation.');
    const columnCount = gauge('dhow_drift_columns', 'Columns tested in the last successful computation.');
    const currentRows = gauge('dhow_drift_current_rows', 'Rows of the current data in the last successful computation.');
    const up = gauge('dhow_drift_up', '1 when the last computation succeeded; 0 before the first success and after a failure (the other values are then stale).');
    const lastSuccess = gauge('dhow_drift_last_success_timestamp_seconds', 'When the last successful computation finished (Unix time).');
    const columnScore = columnGauge('dhow_drift_column_score', "A column's test score: p-value for ks, chisquare and z, distance otherwise (absent when inconclusive).");
    const columnDrifted = columnGauge('dhow_drift_column_drifted', '1 when the column drifted; inconclusive columns are 0.');
    const columnInconclusive = columnGauge('dhow_drift_column_inconclusive', '1 when the column had fewer current values than --min-sample-size.');
    // Data quality, apart from the drift series on purpose: an alert on dhow_drift_share never sees it, so
    // unparsable values alone never revert anything.
    const dataColumnLabelNames = [...labelNames, 'column'];
    const invalidValues = new prom_client.Gauge({
        name: 'dhow_drift_column_invalid_values',
        help: 'Values of the current data that are not numbers in a numerical column (left out of its test; not drift).',
        labelNames: dataColumnLabelNames,
        registers: [registry],
    });
    const invalidShare = new prom_client.Gauge({
        name: 'dhow_drift_column_invalid_share',
        help: "A numerical column's invalid values over the current data's rows.",
        labelNames: dataColumnLabelNames,
        registers: [registry],
    });
    const qualityFailed = gauge('dhow_drift_data_quality_failed', '1 when some column holds more invalid values than --max-invalid-share allows (a data problem, not drift).');
    const computations = new prom_client.Counter({
        name: 'dhow_drift_computations_total',
        help: 'Drift computations run, failed or not.',
        labelNames,
        registers: [registry],
    });
    const failures = new prom_client.Counter({
        name: 'dhow_drift_computation_failures_total',
        help: 'Drift computations that failed (file missing, unreadable or malformed); the last good values stay published.',
        labelNames,
        registers: [registry],
    });
    const duration = new prom_client.Histogram({
        name: 'dhow_drift_computation_duration_seconds',
        help: 'Time one drift computation took, failed or not.',
        labelNames,
        buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
        registers: [registry],
    });
    up.set(target, 0);
    computations.inc(target, 0);
    failures.inc(target, 0);
    const state = { result: undefined, lastSuccessAt: undefined, lastError: undefined, computations: 0, failures: 0 };
    let closing = false;
    function publish(result) {
        share.set(target, result.share);
        datasetDrift.set(target, result.dataset_drift ? 1 : 0);
        inconclusive.set(target, result.inconclusive ? 1 : 0);
        driftedColumns.set(target, result.drifted_columns);
        columnCount.set(target, result.columns.length);
        currentRows.set(target, result.current.rows);
        // A column's method can change between runs (its number of distinct values moved): drop old series.
        columnScore.reset();
        columnDrifted.reset();
        columnInconclusive.reset();
        qualityFailed.set(target, result.data_quality.failed ? 1 : 0);
        invalidValues.reset();
        invalidShare.reset();
        for (const c of result.data_quality.columns) {
            invalidValues.set({ ...target, column: c.column }, c.invalid);
            invalidShare.set({ ...target, column: c.column }, c.share);
        }
        for (const c of result.columns) {
            const labels = { ...target, column: c.column, method: c.method };
            if (c.score !== null && !c.inconclusive)
                columnScore.set(labels, c.score);
            columnDrifted.set(labels, c.drifted && !c.inconclusive ? 1 : 0);
            columnInconclusive.set(labels, c.inconclusive ? 1 : 0);
        }
    }
    // --- one computation at a time: a request while one runs queues exactly one more after it
    let running;
    let queued;
    /** The files' signatures as the running (or last) computation saw them before reading. */
    let computedSignature = '';
    async function signature() {
        const parts = await Promise.all(files.map(async (file) => {
            try {
                const s = await (0,promises_.stat)(file);
                return `${s.ino}:${s.size}:${s.mtimeMs}`;
            }
            catch (error) {
                return `missing:${error.code ?? 'error'}`;
            }
        }));
        return parts.join('|');
    }
    async function computeOnce(trigger) {
        computedSignature = await signature();
        const stop = duration.startTimer(target);
        const started = performance.now();
        computations.inc(target);
        state.computations++;
        try {
            const result = await (0,drift/* detectDrift */.D9)(options.drift);
            stop();
            publish(result);
            state.result = result;
            state.lastSuccessAt = Date.now();
            state.lastError = undefined;
            up.set(target, 1);
            lastSuccess.set(target, state.lastSuccessAt / 1000);
            log.event('info', 'drift computed', {
                trigger,
                share: result.share,
                dataset_drift: result.dataset_drift,
                inconclusive: result.inconclusive,
                drifted_columns: result.columns.filter((c) => c.drifted && !c.inconclusive).map((c) => c.column),
                columns: result.columns.length,
                current_rows: result.current.rows,
                invalid_values: result.data_quality.invalid_values,
                data_quality_failed: result.data_quality.failed,
                duration_ms: Math.round(performance.now() - started),
            });
        }
        catch (error) {
            stop();
            failures.inc(target);
            state.failures++;
            up.set(target, 0);
            const reason = (0,errors/* describeError */.Uc)(error).split('\n')[0].slice(0, 1000);
            state.lastError = reason;
            log.event('error', 'drift computation failed; the last good values stay published, marked stale (dhow_drift_up 0)', {
                trigger,
                file: error instanceof errors/* DhowError */.Bp && error.file ? error.file : options.drift.current,
                reason,
                stale_since: state.lastSuccessAt === undefined ? null : new Date(state.lastSuccessAt).toISOString(),
            });
        }
    }
    function compute(trigger) {
        if (closing)
            return running ?? Promise.resolve();
        if (!running) {
            running = computeOnce(trigger).finally(() => {
                running = undefined;
            });
            return running;
        }
        queued ??= running.then(() => {
            queued = undefined;
            return compute(trigger);
        });
        return queued;
    }
    // --- the stat poll: a change is acted on once the files have stayed the same for one poll, so a file
    // being written is read when its writer is done, not half-way.
    let lastPolled = '';
    let polling = false;
    function pollFiles() {
        if (polling || closing)
            return;
        polling = true;
        void signature()
            .then((now) => {
            if (now === lastPolled && now !== computedSignature && !running && !queued)
                void compute('changed');
            lastPolled = now;
        })
            .finally(() => {
            polling = false;
        });
    }
    function send(req, res, code, body, headers = {}) {
        const text = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`;
        res.writeHead(code, {
            'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
            'content-length': String(Buffer.byteLength(text)),
            ...(closing ? { connection: 'close' } : {}),
            ...headers,
        });
        res.end(req.method === 'HEAD' ? undefined : text);
    }
    function health() {
        if (closing)
            return { code: 503, body: { status: 'shutting-down' } };
        if (state.result === undefined) {
            return {
                code: 503,
                body: state.lastError
                    ? { status: 'no-data', reason: `no drift computation has succeeded yet; the last one failed: ${state.lastError}` }
                    : { status: 'starting', reason: 'the first drift computation has not finished yet' },
            };
        }
        const base = { share: state.result.share, dataset_drift: state.result.dataset_drift, last_success: new Date(state.lastSuccessAt).toISOString() };
        // Still 200 when stale: the last good values are being served, and /metrics says they are stale.
        return { code: 200, body: state.lastError ? { status: 'stale', reason: state.lastError, ...base } : { status: 'ok', ...base } };
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        (async () => {
            const readOnly = req.method === 'GET' || req.method === 'HEAD';
            if (path === '/healthz' && readOnly) {
                const { code, body } = health();
                return send(req, res, code, body);
            }
            if (path === '/metrics' && readOnly) {
                return send(req, res, 200, await registry.metrics(), { 'content-type': registry.contentType });
            }
            if (path === '/healthz' || path === '/metrics')
                return send(req, res, 405, { error: `method ${req.method} not allowed on ${path}` }, { allow: 'GET, HEAD' });
            return send(req, res, 404, { error: 'not found: this server has /metrics and /healthz' });
        })().catch((error) => {
            log.event('error', 'request failed', { path, error: (0,errors/* describeError */.Uc)(error).split('\n')[0] });
            if (!res.headersSent)
                send(req, res, 500, { error: 'internal error' });
            else
                res.destroy();
        });
    });
    server.requestTimeout = 30_000;
    server.headersTimeout = 15_000;
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
                server.off('error', reject);
                resolve();
            });
        });
    }
    catch (error) {
        const code = error.code;
        throw new errors/* DhowError */.Bp('usage', `cannot listen on ${options.host ?? '127.0.0.1'}:${options.port ?? 0}: ${code ?? error.message}`, { cause: error });
    }
    const address = server.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${host}:${address.port}`;
    log.event('info', 'drift server listening', {
        url,
        ...target,
        reference: options.drift.reference,
        current: options.drift.current,
        interval_s: intervalMs / 1000,
        poll_s: pollMs / 1000,
    });
    void compute('start');
    // The timers start only now, with the start computation under way: listening can take a while (a host name
    // is looked up on the thread pool), and a tick or a poll before it would compute first, as 'interval' or as
    // a file change against no signature at all, and swallow the start computation into its queue.
    const poll = setInterval(pollFiles, pollMs);
    poll.unref();
    const tick = setInterval(() => void compute('interval'), intervalMs);
    tick.unref();
    let closed;
    return {
        url,
        port: address.port,
        registry,
        state: () => ({ ...state }),
        refresh: () => compute('requested'),
        close() {
            closed ??= (async () => {
                closing = true;
                clearInterval(poll);
                clearInterval(tick);
                log.event('info', 'drift server shutting down', { computing: running !== undefined });
                await (0,http_shutdown/* closeGracefully */.j)(server, running, options.shutdownGraceMs ?? 10_000);
                log.event('info', 'drift server stopped');
            })();
            return closed;
        },
    };
}

// EXTERNAL MODULE: ./src/train/spec.ts
var spec = __webpack_require__(975);
// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(6931);
;// CONCATENATED MODULE: ./src/cli/commands/drift.ts
/**
 * `dhow drift`: compare current data with a reference (raw data or a profile) column by column, as
 * Evidently would, and say whether the data set drifted. `dhow drift profile` writes a reference profile;
 * `dhow drift --serve ADDR` keeps computing it and publishes it as Prometheus metrics until SIGTERM.
 */










const HELP = `usage: dhow drift --reference REF --current CUR [options]
       dhow drift --serve HOST:PORT --reference REF --current CUR --model M --environment E --version V [options]
       dhow drift profile --input DATA --output PROFILE.json [--column-type COL=TYPE]...

Compares CUR with REF (CSV, JSON Lines, or a profile written by "dhow drift profile") column by column,
choosing each column's test as Evidently does, and reports dataset drift when the share of drifted
columns reaches --drift-share.

options:
  --method M              ks | chisquare | z | wasserstein | jensenshannon | psi (default: per column, as Evidently)
  --threshold T           threshold for --method (default: that method's default)
  --column-type COL=TYPE  numerical | categorical (repeatable; default: detected)
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
  --interval D            recompute at least this often (default ${DEFAULT_SERVE_INTERVAL_MS / 1000}s; 90s, 5m, 1h, 500ms)
  --poll-interval D       how often REF and CUR are checked for changes (default ${DEFAULT_POLL_INTERVAL_MS / 1000}s)
`;
async function run(args, ctx) {
    if (args[0] === 'profile')
        return runProfile(args.slice(1), ctx);
    const { values } = (0,context/* parseCommandArgs */.Qx)('drift', args, {
        reference: { type: 'string' },
        current: { type: 'string' },
        method: { type: 'string' },
        threshold: { type: 'string' },
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
        return (0,context/* printHelp */.FR)(ctx, HELP);
    const reference = (0,context/* requireOption */.Ve)('drift', 'reference', values.reference);
    const current = (0,context/* requireOption */.Ve)('drift', 'current', values.current);
    const method = values.method === undefined ? undefined : parseMethod(values.method);
    const options = {
        reference,
        current,
        method,
        threshold: values.threshold === undefined ? undefined : parseNumber('threshold', values.threshold),
        columnTypes: parseColumnTypes(values['column-type'] ?? []),
        columns: values.column,
        driftShare: values['drift-share'] === undefined ? undefined : parseNumber('drift-share', values['drift-share']),
        minSampleSize: values['min-sample-size'] === undefined ? undefined : parseNumber('min-sample-size', values['min-sample-size']),
        sketch: values.sketch,
        maxInvalidShare: values['max-invalid-share'] === undefined ? undefined : parseShare('max-invalid-share', values['max-invalid-share']),
        optionNames: { method: '--method', columnType: '--column-type', driftShare: '--drift-share', maxInvalidShare: '--max-invalid-share' },
    };
    const serveOnly = ['model', 'environment', 'version', 'interval', 'poll-interval'].filter((k) => values[k] !== undefined);
    if (values.serve === undefined && serveOnly.length > 0) {
        throw new errors/* DhowError */.Bp('usage', `dhow drift: --${serveOnly[0]} only goes with --serve HOST:PORT`);
    }
    if (values.serve !== undefined) {
        const oneShot = ['json', 'markdown', 'fail-on-drift', 'fail-on-data-quality'].filter((k) => values[k] !== undefined);
        if (oneShot.length > 0)
            throw new errors/* DhowError */.Bp('usage', `dhow drift: --${oneShot[0]} does not go with --serve (the result is published on /metrics)`);
        return serve(values.serve, options, values, ctx);
    }
    const result = await (0,drift/* detectDrift */.D9)({ ...options, onProgress: progressBar(ctx) });
    if (values.markdown)
        await (0,promises_.writeFile)(values.markdown, (0,drift/* renderDriftMarkdown */.b9)(result));
    if (values.json)
        (0,context/* writeJson */.GF)(ctx, result);
    else
        ctx.stdout.write(renderText(result));
    if (values['fail-on-drift'] && result.dataset_drift)
        return 1;
    return values['fail-on-data-quality'] && result.data_quality.failed ? 1 : 0;
}
async function serve(listen, drift, values, ctx) {
    const { host, port } = (0,context/* parseHostPort */.Dv)(listen, 'drift', '--serve', 9097);
    const target = checkTarget({
        model: (0,context/* requireOption */.Ve)('drift', 'model', values.model),
        environment: (0,context/* requireOption */.Ve)('drift', 'environment', values.environment),
        version: (0,context/* requireOption */.Ve)('drift', 'version', values.version),
    });
    const intervalMs = values.interval === undefined ? DEFAULT_SERVE_INTERVAL_MS : parseInterval('interval', values.interval, 1000);
    const pollMs = values['poll-interval'] === undefined ? DEFAULT_POLL_INTERVAL_MS : parseInterval('poll-interval', values['poll-interval'], 100);
    if (drift.driftShare !== undefined && !(drift.driftShare > 0 && drift.driftShare <= 1)) {
        throw new errors/* DhowError */.Bp('usage', `dhow drift: --drift-share must be in (0, 1], got ${drift.driftShare}`);
    }
    // The reference is fixed for a version: a missing one is a mistake to name now, not a failure to retry.
    const reference = (0,external_node_path_.resolve)(ctx.cwd, drift.reference);
    const info = await (0,promises_.stat)(reference).catch(() => undefined);
    if (!info?.isFile())
        throw new errors/* DhowError */.Bp('not-found', `the reference ${info ? 'is not a file' : 'does not exist'}`, { file: drift.reference });
    const logger = (0,bridge_log/* jsonLogger */.R)(ctx.stderr, { component: 'drift', verbose: Boolean(ctx.env.DHOW_DEBUG) });
    const server = await startDriftServer({
        host,
        port,
        target,
        drift: { ...drift, reference, current: (0,external_node_path_.resolve)(ctx.cwd, drift.current) },
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
function parseInterval(name, value, minMs) {
    const ms = /^\s*\d+(\.\d+)?ms\s*$/.test(value) ? Number(value.trim().slice(0, -2)) : ((0,spec/* parseDurationSeconds */.lW)(value) ?? NaN) * 1000;
    if (!(ms >= minMs))
        throw new errors/* DhowError */.Bp('usage', `dhow drift: --${name} must be a duration of at least ${minMs} ms (e.g. 500ms, 30s, 5m, 1h), got "${value}"`);
    if (ms > MAX_TIMER_MS)
        throw new errors/* DhowError */.Bp('usage', `dhow drift: --${name} must be at most 24 days (the longest a timer waits), got "${value}"`);
    return ms;
}
async function runProfile(args, ctx) {
    const { values } = (0,context/* parseCommandArgs */.Qx)('drift profile', args, {
        input: { type: 'string' },
        output: { type: 'string' },
        'column-type': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help)
        return (0,context/* printHelp */.FR)(ctx, HELP);
    const input = (0,context/* requireOption */.Ve)('drift profile', 'input', values.input);
    const output = (0,context/* requireOption */.Ve)('drift profile', 'output', values.output);
    const profile = await (0,drift_profile/* buildProfile */.Er)({ input, columnTypes: parseColumnTypes(values['column-type'] ?? []), onProgress: progressBar(ctx) });
    profile.source = (0,external_node_path_.basename)(input);
    await (0,drift_profile/* writeProfile */.Z8)(output, profile);
    const sketched = profile.columns.filter((c) => c.type === 'numerical' && c.quantiles).map((c) => c.name);
    ctx.stdout.write(`wrote ${output}: ${profile.columns.length} columns, ${profile.rows} rows` +
        (sketched.length > 0 ? `; quantile sketch (approximate ks, wasserstein, binned psi/jensenshannon) for ${sketched.join(', ')}` : '; every column exact') +
        '\n');
    return 0;
}
function parseMethod(value) {
    if (!drift/* METHODS */.J8.includes(value))
        throw new errors/* DhowError */.Bp('usage', `dhow drift: --method must be one of ${drift/* METHODS */.J8.join(', ')}, got "${value}"`);
    return value;
}
function parseNumber(name, value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
        throw new errors/* DhowError */.Bp('usage', `dhow drift: --${name} must be a number, got "${value}"`);
    return n;
}
function parseShare(name, value) {
    const n = parseNumber(name, value);
    if (!(n >= 0 && n <= 1))
        throw new errors/* DhowError */.Bp('usage', `dhow drift: --${name} must be between 0 and 1, got "${value}"`);
    return n;
}
function parseColumnTypes(entries) {
    const out = {};
    for (const entry of entries) {
        const at = entry.lastIndexOf('=');
        const name = entry.slice(0, at);
        const kind = entry.slice(at + 1);
        if (at <= 0 || (kind !== 'numerical' && kind !== 'categorical')) {
            throw new errors/* DhowError */.Bp('usage', `dhow drift: --column-type takes COLUMN=numerical or COLUMN=categorical, got "${entry}"`);
        }
        out[name] = kind;
    }
    return out;
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
        stream.write(`\r${(0,external_node_path_.basename)(file)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}%${pct === 100 ? '\n' : ''}`);
    };
}
function renderText(result) {
    const rows = result.columns.map((c) => [
        c.column,
        c.type,
        c.method,
        c.score === null ? '-' : (0,report/* formatScore */.y)(c.score) + (c.exact ? '' : '~'),
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

/***/ 8426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rz: () => (/* binding */ readJsonlFile),
/* harmony export */   lJ: () => (/* binding */ jsonSyntaxMessage)
/* harmony export */ });
/* unused harmony exports JsonlParser, parseJsonlBuffer, jsonlValues */
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

/***/ 9843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ Timestamp),
/* harmony export */   Jm: () => (/* binding */ ResidencyPolicy),
/* harmony export */   Rt: () => (/* binding */ FILE_KINDS),
/* harmony export */   Tp: () => (/* binding */ Region),
/* harmony export */   bI: () => (/* binding */ defaultRegistryConfig),
/* harmony export */   iJ: () => (/* binding */ VersionRecord),
/* harmony export */   mG: () => (/* binding */ API_VERSION),
/* harmony export */   np: () => (/* binding */ Digest),
/* harmony export */   qS: () => (/* binding */ GpuRequirement)
/* harmony export */ });
/* unused harmony exports Reviewers, RepositoryRole, RequiredApprovers, Duration, EnvironmentPolicy, AccessPolicy, ResidencyLocation, RevertPolicy, DeployPolicy, RegistryConfig, ModelFile, Artifact, GateSummaryRow, Hold, ReleaseFile */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1815);
/**
 * The registry format, v1: one zod schema per file kind. Every file carries `apiVersion: dhow.dev/v1`
 * and `kind`; keys are kebab-case. These schemas are the source of the JSON Schemas in policies/schemas/.
 */


const API_VERSION = 'dhow.dev/v1';
const header = (kind) => ({
    apiVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(API_VERSION),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(kind),
});
/** `sha256:<64 hex>`: the only digest form dhow writes or accepts. */
const Digest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lower-case hex digits');
const Timestamp = zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true });
/** A region identifier as the cloud or cluster names it (e.g. me-central-1, qatarcentral, uaenorth). */
const Region = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case region identifier');
const Person = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(200);
// ---------------------------------------------------------------------------------------------
// dhow.yaml
const TeamName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be "org/team-slug"');
const Reviewers = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    users: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
    teams: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(TeamName).default([]),
})
    .strict();
/** A role on the registry repository, as GitHub names them (its "repository roles"), weakest last. */
const RepositoryRole = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['admin', 'maintain', 'write', 'triage', 'read']);
/** A group of which at least `count` must approve: a team, or a list of users. */
const RequiredApprovers = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ team: TeamName, count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(20).default(1) }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ users: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1), count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(20).default(1) }).strict(),
]);
/** A duration as `30m`, `24h` or `7d`. */
const Duration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[1-9][0-9]{0,5}(m|h|d)$/, 'must be a whole number of minutes, hours or days, e.g. 30m, 24h, 7d');
const EnvironmentPolicy = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentName */ .Ru,
    /** Distinct approving reviewers needed, not counting the author or the bot. */
    approvals: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(20),
    reviewers: Reviewers.default({ users: [], teams: [] }),
    /** Enable auto-merge on promotion pull requests once the policy is satisfied (github forge). */
    'auto-merge': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false),
    /** Gate policy for this environment: a path in the registry, overriding the registry-wide one. */
    'gate-policy': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    /** Kubernetes namespace the deploy manifests target. */
    namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .optional(),
    /** Groups each of which must approve (beside `approvals` in all), e.g. one of team org/model-risk. */
    'required-approvers': zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(RequiredApprovers).optional(),
    /** How long a version must have run in the environment before this one before it may come here. */
    soak: Duration.optional(),
})
    .strict();
/**
 * Who may approve on a local registry (GitHub knows this itself): every reviewer has `default` unless
 * listed, and the members of teams named by `reviewers` or `required-approvers`.
 */
const AccessPolicy = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    default: RepositoryRole.default('write'),
    users: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), RepositoryRole).default({}),
    teams: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(TeamName, zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))).default({}),
})
    .strict();
const ResidencyLocation = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** A URI prefix (s3://bucket/, gs://bucket/, https://account.blob.core.windows.net/) or a cluster name. */
    prefix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    region: Region,
})
    .strict();
const ResidencyPolicy = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    'allowed-regions': zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(Region).min(1),
    locations: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ResidencyLocation).default([]),
    clusters: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), Region).default({}),
})
    .strict();
const RevertPolicy = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['direct', 'pull-request']).default('pull-request'),
    'event-type': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9_.-]{1,100}$/)
        .default('dhow-drift-alert'),
})
    .strict();
const DeployPolicy = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    runtime: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['kserve']).default('kserve'),
    namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .default('models'),
})
    .strict();
const RegistryConfig = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...header('Registry'),
    /** Environments in promotion order: a version reaches environment i only after it ran in i-1. */
    environments: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(EnvironmentPolicy).min(1),
    /** Registry-wide gate policy (a path in the registry); per-model overrides below. */
    'gate-policy': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    models: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt, zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ 'gate-policy': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional() }).strict()).default({}),
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
});
// ---------------------------------------------------------------------------------------------
// models/<model>/model.yaml
const ModelFile = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...header('Model'),
    name: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt,
    owners: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(Person).default([]),
    task: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(100).optional(),
    language: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(2).max(35)).default([]),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(10_000).optional(),
    /** For the AI-system register and model cards (dhow evidence, dhow site); all optional. */
    purpose: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(10_000).optional(),
    /** The risk tier the owner's governance assigns (e.g. QCB's or the EU AI Act's high-risk). */
    'risk-tier': zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['minimal', 'limited', 'high', 'unacceptable']).optional(),
    /** Who regulators and users contact about the model: an e-mail address or a URL. */
    'owner-contact': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(3)
        .max(320)
        .regex(/^(\S+@\S+\.\S+|https?:\/\/\S+)$/, 'must be an e-mail address or an http(s) URL')
        .optional(),
    limitations: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(10_000).optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// models/<model>/versions/<version>.yaml
const Artifact = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    uri: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    digest: Digest,
    size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(100).optional(),
})
    .strict();
const GpuRequirement = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(64).default(1),
    product: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    /** A MIG profile such as 1g.10gb; mutually exclusive with whole GPUs of count > 1. */
    'mig-profile': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^\d+g\.\d+gb$/)
        .optional(),
})
    .strict();
const GateSummaryRow = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    gate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    metric: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'inconclusive']),
    value: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().optional(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().optional(),
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().optional(),
})
    .strict();
const VersionRecord = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...header('ModelVersion'),
    model: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt,
    version: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj,
    artifact: Artifact,
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^[0-9a-f]{7,64}$/)
            .optional(),
        'run-url': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().url().optional(),
        'run-attempt': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
    })
        .strict()
        .default({}),
    data: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        uri: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        digest: Digest.optional(),
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    training: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['runner', 'kubernetes', 'external']).default('external'),
        cluster: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        region: Region.optional(),
        gpu: GpuRequirement.optional(),
        'peak-gpu-memory-mib': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional(),
        'duration-seconds': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional(),
    })
        .strict()
        .default({ mode: 'external' }),
    parameters: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()])).default({}),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).default({}),
    gates: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'inconclusive']),
        'policy-digest': Digest,
        'report-digest': Digest.optional(),
        summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(GateSummaryRow).default([]),
    })
        .strict()
        .optional(),
    serving: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        gpu: GpuRequirement.optional(),
        /** Kubernetes quantity, e.g. 8Gi. */
        memory: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/)
            .optional(),
        'latency-slo-ms': zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['p50', 'p90', 'p95', 'p99']), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive()).optional(),
        'model-format': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        runtime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    /** Where the version's training data is held (data residency). */
    region: Region.optional(),
    'created-by': Person,
    'created-at': Timestamp,
})
    .strict();
// ---------------------------------------------------------------------------------------------
// releases/<environment>/<model>.yaml
const Hold = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    version: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj,
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(2000),
    by: Person,
    at: Timestamp,
    /** The alert fingerprint, when a drift revert placed the hold. */
    alert: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(200).optional(),
})
    .strict();
const ReleaseFile = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...header('Release'),
    model: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt,
    environment: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentName */ .Ru,
    version: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj,
    digest: Digest,
    /** The version that ran here before this one. */
    previous: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj.optional(),
    /** The version a revert goes back to. */
    'last-known-good': _names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj.optional(),
    /** Versions that may not be promoted to this environment until a person lifts the hold. */
    holds: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(Hold).default([]),
    /** When this release was a revert or rollback: the version it replaced. */
    'revert-of': _names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj.optional(),
    request: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().url().optional() })
        .strict()
        .optional(),
    'promoted-by': Person,
    'promoted-at': Timestamp,
})
    .strict();
/** Every file kind the registry holds, by `kind`. */
const FILE_KINDS = {
    Registry: RegistryConfig,
    Model: ModelFile,
    ModelVersion: VersionRecord,
    Release: ReleaseFile,
};
/** The default dhow.yaml `dhow init` writes: dev -> staging -> production with 0, 1, 2 approvals. */
function defaultRegistryConfig() {
    return RegistryConfig.parse({
        apiVersion: API_VERSION,
        kind: 'Registry',
        environments: [
            { name: 'dev', approvals: 0 },
            { name: 'staging', approvals: 1 },
            { name: 'production', approvals: 2 },
        ],
    });
}


/***/ }),

/***/ 975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ parameterEnvName),
/* harmony export */   On: () => (/* binding */ overlaySpecMapping),
/* harmony export */   Ug: () => (/* binding */ parseTrainingJobSpec),
/* harmony export */   _A: () => (/* binding */ parseParameters),
/* harmony export */   bg: () => (/* binding */ issueMessage),
/* harmony export */   gY: () => (/* binding */ readTrainingSpecFile),
/* harmony export */   lW: () => (/* binding */ parseDurationSeconds),
/* harmony export */   xg: () => (/* binding */ parsePairs)
/* harmony export */ });
/* unused harmony exports Duration, TrainingGpu, TrainingPolicy, TrainingData, TrainingJobSpec */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9843);
/**
 * The training job spec both modes share (runner and Kubernetes): what to run, on what GPU, for how
 * long, with which environment, and the policy's requirements. Keys are kebab-case, like the registry's
 * files; the action and the CLI build one of these from their inputs, and each mode reads what it needs.
 */





const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 };
/**
 * "90s", "30m", "1h30m", "2h", "1d" or a bare number of seconds -> seconds. Returns null for anything
 * else, so callers can name the field.
 */
function parseDurationSeconds(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text > 0 ? text : null;
    const value = text.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Number(value) > 0 ? Number(value) : null;
    if (!/^(\d+(\.\d+)?[smhd])+$/.test(value))
        return null;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) {
        total += Number(amount) * UNIT_SECONDS[unit];
    }
    return total > 0 ? total : null;
}
/** A duration as a string ("30m") or seconds, parsed to seconds. */
const Duration = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()]).transform((value, ctx) => {
    const seconds = parseDurationSeconds(value);
    if (seconds === null) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a duration (e.g. 90s, 30m, 1h30m, or seconds)` });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return seconds;
});
/** Environment variable names as POSIX shells accept them. */
const EnvName = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a valid environment variable name');
const TrainingGpu = _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .GpuRequirement */ .qS.extend({
    count: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(0).max(64).default(0),
    /** Time-sliced (shared) GPU: the device plugin's `nvidia.com/gpu.shared` resource on Kubernetes. */
    shared: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
})
    .strict()
    .superRefine((gpu, ctx) => {
    if (gpu['mig-profile'] && gpu.count > 1) {
        ctx.addIssue({ code: 'custom', path: ['mig-profile'], message: 'a MIG profile takes one MIG device: count must be 0 or 1' });
    }
    if (gpu['mig-profile'] && gpu.shared) {
        ctx.addIssue({ code: 'custom', path: ['shared'], message: 'a MIG device and a time-sliced GPU are exclusive' });
    }
});
/** What the policy demands of a training job (dhow.yaml or the gate policy can set these). */
const TrainingPolicy = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** Refuse to start without a GPU (runner mode: nvidia-smi must list one). */
    'require-gpu': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
    /** Kubernetes mode: the image must be pinned as name@sha256:... */
    'require-image-digest': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
    /** Regions the job may run in (data residency); empty = anywhere. */
    'allowed-regions': zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).default([]),
    /** Kubernetes mode: tolerate spot/preemptible nodes. */
    'allow-spot': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
})
    .strict();
const TrainingData = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** Where the training data is, e.g. s3://bucket/datasets/adi/2026-11/ (the residency gate checks it). */
    uri: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(2000).optional(),
    digest: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Digest */ .np.optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(200).optional(),
    /** The region that holds the data, when the URI alone does not say (the record's top-level `region`). */
    region: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Region */ .Tp.optional(),
})
    .strict();
const TrainingJobSpec = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** A shell command line (run with `sh -c` on a runner) or an argv list. */
    command: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).min(1)], {
        error: (issue) => `${issue.input === undefined ? 'is missing: give ' : 'must be '}a command line (a string, quoted in YAML when it looks like a number or true/false) or a list of arguments`,
    }),
    /** Container image; required in Kubernetes mode, ignored on a runner. */
    image: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional(),
    gpu: TrainingGpu.default({ count: 0, shared: false }),
    /** Wall-clock limit; the job is stopped when it passes. Default 6h, like a GitHub-hosted job. */
    timeout: Duration.default(6 * 3600),
    env: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(EnvName, zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).default({}),
    /** Hyper-parameters, recorded in the version record and passed as DHOW_PARAM_<NAME>. */
    parameters: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()])).default({}),
    policy: TrainingPolicy.default({ 'require-gpu': false, 'require-image-digest': false, 'allowed-regions': [], 'allow-spot': false }),
    /**
     * The training data's lineage, recorded in the version record (`data`, and `region` where the data is
     * held): without it the residency gate cannot prove where the data lives.
     */
    data: TrainingData.default({}),
    /**
     * Runner mode: the region this runner is in, recorded as `training.region` (Kubernetes mode reads it from
     * the node's topology.kubernetes.io/region label instead).
     */
    region: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Region */ .Tp.optional(),
})
    .strict();
/** Parses a spec, turning the first zod issue into a DhowError that names the field (and file). */
function parseTrainingJobSpec(raw, where = {}) {
    const result = TrainingJobSpec.safeParse(raw);
    if (result.success)
        return result.data;
    // A misspelt key is named before what its absence caused ("comand:" also leaves "command" missing).
    const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0];
    if (issue.code === 'unrecognized_keys') {
        const parent = issue.path.map(String).join('.');
        const known = Object.keys(SPEC_KEYS[parent] ?? {});
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `unknown key${known.length ? `; the keys are ${known.join(', ')}` : ''}`, {
            file: where.file,
            field: [parent, issue.keys[0]].filter(Boolean).join('.'),
        });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', issueMessage(issue), { file: where.file, field: issue.path.map(String).join('.') || undefined });
}
/** zod reports a bad record key as "Invalid key in record"; the key's own issue says what is wrong with it. */
function issueMessage(issue) {
    if (issue.code === 'invalid_key' && issue.issues[0])
        return issue.issues[0].message;
    return issue.message;
}
/** The keys a spec may hold, by the path of the mapping that holds them. */
const SPEC_KEYS = {
    '': TrainingJobSpec.shape,
    gpu: TrainingGpu.shape,
    policy: TrainingPolicy.shape,
};
/** "K=V" pairs (from --env or an action input) -> strings, as written. */
function parsePairs(pairs, field) {
    const result = {};
    for (const pair of pairs) {
        const at = pair.indexOf('=');
        if (at <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `"${pair}" is not NAME=VALUE`, { field });
        result[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
    }
    return result;
}
/** "K=V" pairs (from --param or an action input) -> parameters; numbers and booleans are typed. */
function parseParameters(pairs, field = 'param') {
    const parameters = {};
    for (const [name, value] of Object.entries(parsePairs(pairs, field))) {
        parameters[name] = value === 'true' ? true : value === 'false' ? false : /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(value) ? Number(value) : value;
    }
    return parameters;
}
/** The environment name a parameter is passed under: learning-rate -> DHOW_PARAM_LEARNING_RATE. */
function parameterEnvName(name) {
    return `DHOW_PARAM_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
/** One mapping of a spec (gpu, policy, parameters, env) with the entries of flags or inputs laid over it. */
function overlaySpecMapping(spec, key, entries = {}) {
    return { ...(spec[key] ?? {}), ...entries };
}
/**
 * A training spec file as the mapping the action's inputs or the CLI's flags are laid over; errors name the
 * file (and `field`, the input or flag that named it, when it does not exist) and the line of bad YAML.
 */
async function readTrainingSpecFile(path, field) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'is a directory: give the training spec file (YAML)', { file: path });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('not-found', 'the training spec file does not exist', { file: path, field });
    }
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        const linePos = error.linePos;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `is not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlSyntaxMessage */ .iC)(error)}${linePos ? ` (column ${linePos[0].col})` : ''}`, {
            file: path,
            ...(linePos ? { line: linePos[0].line } : {}),
        });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'must be a mapping', { file: path });
    return value;
}


/***/ })

};
