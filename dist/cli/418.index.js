export const id = 418;
export const ids = [418,8426];
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
// EXTERNAL MODULE: ./src/http/log.ts
var http_log = __webpack_require__(3654);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/drift/index.ts + 1 modules
var src_drift = __webpack_require__(3816);
// EXTERNAL MODULE: ./src/drift/profile.ts
var drift_profile = __webpack_require__(2326);
// EXTERNAL MODULE: ./src/drift/report.ts
var report = __webpack_require__(4201);
// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(5222);
// EXTERNAL MODULE: ./src/http/server.ts + 1 modules
var http_server = __webpack_require__(7143);
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
 * data-quality series, never as drift. It serves /metrics and /healthz and shuts down gracefully through
 * the HTTP skeleton (src/http/server.ts).
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
    const log = options.logger ?? (0,http_log/* jsonLogger */.R)(process.stderr, { component: 'drift' });
    const files = [options.drift.reference, options.drift.current];
    const series = driftSeries(target);
    const state = { result: undefined, lastSuccessAt: undefined, lastError: undefined, computations: 0, failures: 0 };
    // The server is up before the first computation starts, so computations always find it.
    const closing = () => server.closing;
    /** The files' signatures as the running (or last) computation saw them before reading. */
    let computedSignature = '';
    const computations = oneAtATime(async (trigger) => {
        computedSignature = await filesSignature(files);
        await computeDrift(trigger, options.drift, series, state, log);
    }, closing);
    const compute = computations.compute;
    // --- the stat poll: a change is acted on once the files have stayed the same for one poll, so a file
    // being written is read when its writer is done, not half-way.
    let lastPolled = '';
    let polling = false;
    function pollFiles() {
        if (polling || closing())
            return;
        polling = true;
        void filesSignature(files)
            .then((now) => {
            if (now === lastPolled && now !== computedSignature && computations.idle())
                void compute('changed');
            lastPolled = now;
        })
            .finally(() => {
            polling = false;
        });
    }
    const server = await (0,http_server/* startHttpServer */.O_)({
        name: 'drift server',
        host: options.host,
        port: options.port,
        logger: log,
        metrics: series.registry,
        health: () => health(state),
        listeningFields: {
            ...target,
            reference: options.drift.reference,
            current: options.drift.current,
            interval_s: intervalMs / 1000,
            poll_s: pollMs / 1000,
        },
    });
    void compute('start');
    // The timers start only now, with the start computation under way: listening can take a while (a host name
    // is looked up on the thread pool), and a tick or a poll before it would compute first, as 'interval' or as
    // a file change against no signature at all, and swallow the start computation into its queue.
    const poll = setInterval(pollFiles, pollMs);
    poll.unref();
    const tick = setInterval(() => void compute('interval'), intervalMs);
    tick.unref();
    return {
        url: server.url,
        port: server.port,
        registry: series.registry,
        state: () => ({ ...state }),
        refresh: () => compute('requested'),
        close() {
            clearInterval(poll);
            clearInterval(tick);
            const running = computations.running();
            return server.close({ inFlight: running, graceMs: options.shutdownGraceMs, fields: { computing: running !== undefined } });
        },
    };
}
/**
 * The series `dhow drift --serve` publishes, in their own registry: a computation starts a timer, and its
 * result or its failure sets them (a failure keeps the last good values and drops dhow_drift_up to 0).
 */
function driftSeries(target) {
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
    return {
        registry,
        /** Counts a computation and times it: call the returned function when it ends. */
        started: () => {
            computations.inc(target);
            return duration.startTimer(target);
        },
        succeeded(result, at) {
            publish(result);
            up.set(target, 1);
            lastSuccess.set(target, at / 1000);
        },
        failed() {
            failures.inc(target);
            up.set(target, 0);
        },
    };
}
/** The files' identity as a stat sees it (inode, size, mtime): a change of any means a new computation. */
async function filesSignature(files) {
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
/** /healthz: 503 until a computation has succeeded; then 200, saying so when the values are stale. */
function health(state) {
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
/** One drift computation: its result published, or its failure logged with the file and counted. */
async function computeDrift(trigger, drift, series, state, log) {
    const stop = series.started();
    const started = performance.now();
    state.computations++;
    try {
        const result = await (0,src_drift/* detectDrift */.D9)(drift);
        stop();
        state.result = result;
        state.lastSuccessAt = Date.now();
        state.lastError = undefined;
        series.succeeded(result, state.lastSuccessAt);
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
        series.failed();
        state.failures++;
        const reason = (0,errors/* describeError */.Uc)(error).split('\n')[0].slice(0, 1000);
        state.lastError = reason;
        log.event('error', 'drift computation failed; the last good values stay published, marked stale (dhow_drift_up 0)', {
            trigger,
            file: error instanceof errors/* DhowError */.Bp && error.file ? error.file : drift.current,
            reason,
            stale_since: state.lastSuccessAt === undefined ? null : new Date(state.lastSuccessAt).toISOString(),
        });
    }
}
/**
 * Runs computations one at a time: a call while one runs queues exactly one more after it, which every
 * later call joins; once `stopped`, nothing new starts.
 */
function oneAtATime(run, stopped) {
    let running;
    let queued;
    function compute(trigger) {
        if (stopped())
            return running ?? Promise.resolve();
        if (!running) {
            running = run(trigger).finally(() => {
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
    return { compute, running: () => running, idle: () => !running && !queued };
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
    const result = await (0,src_drift/* detectDrift */.D9)({ ...options, onProgress: progressBar(ctx) });
    if (values.markdown)
        await (0,promises_.writeFile)(values.markdown, (0,src_drift/* renderDriftMarkdown */.b9)(result));
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
    const logger = (0,http_log/* jsonLogger */.R)(ctx.stderr, { component: 'drift', verbose: Boolean(ctx.env.DHOW_DEBUG) });
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
    if (!src_drift/* METHODS */.J8.includes(value))
        throw new errors/* DhowError */.Bp('usage', `dhow drift: --method must be one of ${src_drift/* METHODS */.J8.join(', ')}, got "${value}"`);
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

/***/ 3184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   af: () => (/* binding */ roundHalfEven),
/* harmony export */   p_: () => (/* binding */ gcd),
/* harmony export */   vr: () => (/* binding */ normalCdf),
/* harmony export */   wv: () => (/* binding */ chi2Sf)
/* harmony export */ });
/* unused harmony export gammaincc */
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
