export const id = 6316;
export const ids = [6316];
export const modules = {

/***/ 36316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkTarget: () => (/* binding */ checkTarget),
/* harmony export */   startDriftServer: () => (/* binding */ startDriftServer)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var prom_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95222);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _http_log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13654);
/* harmony import */ var _http_server_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77143);
/* harmony import */ var _registry_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50123);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34380);
/* harmony import */ var _serve_defaults_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87995);
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









/** Checks the labels with the registry's name rules; the error names the option (`--model` ...). */
function checkTarget(target, optionPrefix = '--') {
    for (const kind of ['model', 'environment', 'version']) {
        try {
            (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_4__/* .assertName */ .I1)(kind, target[kind], { field: `${optionPrefix}${kind}` });
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', error.message);
        }
    }
    return target;
}
async function startDriftServer(options) {
    const target = checkTarget(options.target);
    const intervalMs = options.intervalMs ?? _serve_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_SERVE_INTERVAL_MS */ .v2;
    const pollMs = options.pollMs ?? _serve_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_POLL_INTERVAL_MS */ .P;
    if (!(intervalMs > 0) || !(pollMs > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'the drift server needs a positive interval and poll interval');
    if (intervalMs > _serve_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_TIMER_MS */ ._o || pollMs > _serve_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_TIMER_MS */ ._o) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `the drift server's interval and poll interval must be at most ${_serve_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_TIMER_MS */ ._o} ms (24 days), got ${intervalMs} and ${pollMs}`);
    }
    const log = options.logger ?? (0,_http_log_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonLogger */ .R)(process.stderr, { component: 'drift' });
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
    const server = await (0,_http_server_js__WEBPACK_IMPORTED_MODULE_3__/* .startHttpServer */ .O_)({
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
    const registry = new prom_client__WEBPACK_IMPORTED_MODULE_1__.Registry();
    const labelNames = ['model', 'environment', 'version'];
    const columnLabelNames = [...labelNames, 'column', 'method'];
    const gauge = (name, help) => new prom_client__WEBPACK_IMPORTED_MODULE_1__.Gauge({ name, help, labelNames, registers: [registry] });
    const columnGauge = (name, help) => new prom_client__WEBPACK_IMPORTED_MODULE_1__.Gauge({ name, help, labelNames: columnLabelNames, registers: [registry] });
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
    const invalidValues = new prom_client__WEBPACK_IMPORTED_MODULE_1__.Gauge({
        name: 'dhow_drift_column_invalid_values',
        help: 'Values of the current data that are not numbers in a numerical column (left out of its test; not drift).',
        labelNames: dataColumnLabelNames,
        registers: [registry],
    });
    const invalidShare = new prom_client__WEBPACK_IMPORTED_MODULE_1__.Gauge({
        name: 'dhow_drift_column_invalid_share',
        help: "A numerical column's invalid values over the current data's rows.",
        labelNames: dataColumnLabelNames,
        registers: [registry],
    });
    const qualityFailed = gauge('dhow_drift_data_quality_failed', '1 when some column holds more invalid values than --max-invalid-share allows (a data problem, not drift).');
    const computations = new prom_client__WEBPACK_IMPORTED_MODULE_1__.Counter({
        name: 'dhow_drift_computations_total',
        help: 'Drift computations run, failed or not.',
        labelNames,
        registers: [registry],
    });
    const failures = new prom_client__WEBPACK_IMPORTED_MODULE_1__.Counter({
        name: 'dhow_drift_computation_failures_total',
        help: 'Drift computations that failed (file missing, unreadable or malformed); the last good values stay published.',
        labelNames,
        registers: [registry],
    });
    const duration = new prom_client__WEBPACK_IMPORTED_MODULE_1__.Histogram({
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
            const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
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
        const result = await (0,_index_js__WEBPACK_IMPORTED_MODULE_5__/* .detectDrift */ .D9)(drift);
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
        const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error).split('\n')[0].slice(0, 1000);
        state.lastError = reason;
        log.event('error', 'drift computation failed; the last good values stay published, marked stale (dhow_drift_up 0)', {
            trigger,
            file: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp && error.file ? error.file : drift.current,
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


/***/ }),

/***/ 77143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O_: () => (/* binding */ startHttpServer)
});

// UNUSED EXPORTS: DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_SHUTDOWN_GRACE_MS

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/http/shutdown.ts
async function closeGracefully(server, inFlight, graceMs) {
    const stopped = new Promise((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    if (inFlight) {
        let timer;
        const grace = new Promise((resolve) => (timer = setTimeout(resolve, graceMs)));
        await Promise.race([inFlight, grace]);
        clearTimeout(timer);
    }
    server.closeIdleConnections();
    const forced = setTimeout(() => server.closeAllConnections(), 1000);
    await stopped;
    clearTimeout(forced);
}

;// CONCATENATED MODULE: ./src/http/server.ts
/**
 * The HTTP server skeleton of dhow's long-running servers (the Alertmanager bridge, `dhow drift --serve`,
 * the rollout controller to come), on node:http. It owns what each of them needs, so a server is only its
 * routes and its state:
 *
 * - routes by exact path and method; `/healthz` (GET, HEAD) answered from `health()` and `/metrics`
 *   (GET, HEAD) from a prom-client registry are built in; a known path with another method gets 405 with
 *   `Allow`, an unknown path 404, both without reading the body;
 * - `Exchange.send` (JSON, or text for a string; content-length; `connection: close` while shutting down)
 *   and `Exchange.refuse` (an answer before the body is read: the rest is discarded, bounded in time);
 * - body limits: `Exchange.requireJson()` answers 415 for any Content-Type but application/json, and
 *   `Exchange.readBody(limit)` answers 413 when the declared or the actual size is over the limit;
 * - Node's slow-client timeouts (headers, whole request) and a cap on connections;
 * - one JSON log line per answer (debug below 400, warning for 4xx, error for 5xx; probes always debug)
 *   and, when `requestsMetric` names one, a counter of answers by path and code;
 * - graceful shutdown: from `close()` on, /healthz answers 503 "shutting-down", routes 503 with
 *   retry-after, idle connections close, and the work in flight gets `graceMs` to finish.
 *
 *   const http = await startHttpServer({
 *     name: 'bridge', logger, metrics, health: () => ({ code: 200, body: { status: 'ok' } }),
 *     routes: [{ method: 'POST', path: '/alertmanager', handle: async (x) => x.send(200, { ok: true }) }],
 *   });
 *   await http.close({ inFlight: work, graceMs: 10_000 });
 */




const DEFAULT_HEADERS_TIMEOUT_MS = 15_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** How long a refused request's body is drained before its connection is cut. */
const DRAIN_MS = 2000;
const PROBES = ['/healthz', '/metrics'];
async function startHttpServer(options) {
    const { logger: log, metrics, name } = options;
    const routes = options.routes ?? [];
    const allowed = new Map(PROBES.map((p) => [p, ['GET', 'HEAD']]));
    for (const route of routes)
        allowed.set(route.path, [...(allowed.get(route.path) ?? []), ...(route.method === 'GET' ? ['GET', 'HEAD'] : [route.method])]);
    const requests = options.requestsMetric
        ? new prom_client.Counter({
            name: options.requestsMetric,
            help: `HTTP requests answered by the ${name}, by path and status code.`,
            labelNames: ['path', 'code'],
            registers: [metrics],
        })
        : undefined;
    let closing = false;
    function exchange(req, res, path) {
        const x = {
            req,
            res,
            path,
            send(code, body, headers = {}) {
                requests?.inc({ path, code: String(code) });
                const text = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`;
                res.writeHead(code, {
                    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
                    'content-length': String(Buffer.byteLength(text)),
                    ...(closing ? { connection: 'close' } : {}),
                    ...headers,
                });
                res.end(req.method === 'HEAD' ? undefined : text);
                const level = PROBES.includes(path) ? 'debug' : code >= 500 ? 'error' : code >= 400 ? 'warning' : 'debug';
                log.event(level, 'request', { method: req.method ?? '', path, code, remote: req.socket.remoteAddress ?? '' });
            },
            refuse(code, body, headers = {}) {
                x.send(code, body, { connection: 'close', ...headers });
                req.resume();
                setTimeout(() => req.destroy(), DRAIN_MS).unref();
            },
            requireJson() {
                const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
                if (type === 'application/json')
                    return true;
                x.refuse(415, { error: `Content-Type must be application/json${type ? `, not ${type.slice(0, 100)}` : ''}` }, { accept: 'application/json' });
                return false;
            },
            async readBody(limit) {
                const tooLarge = () => x.refuse(413, { error: `the body is larger than ${limit} bytes` });
                const declared = Number(req.headers['content-length'] ?? NaN);
                if (Number.isFinite(declared) && declared > limit)
                    return void tooLarge();
                const chunks = [];
                let size = 0;
                for await (const chunk of req) {
                    size += chunk.length;
                    if (size > limit)
                        return void tooLarge();
                    chunks.push(chunk);
                }
                return Buffer.concat(chunks);
            },
        };
        return x;
    }
    async function answer(x) {
        const { req, path } = x;
        const methods = allowed.get(path);
        if (!methods)
            return x.refuse(404, { error: `not found: this server has ${[...allowed.keys()].join(', ')}` });
        if (!methods.includes(req.method ?? '')) {
            return x.refuse(405, { error: `method ${req.method} not allowed on ${path}` }, { allow: methods.join(', ') });
        }
        if (path === '/healthz') {
            const { code, body } = closing ? { code: 503, body: { status: 'shutting-down' } } : await options.health();
            return x.send(code, body);
        }
        if (path === '/metrics')
            return x.send(200, await metrics.metrics(), { 'content-type': metrics.contentType });
        if (closing)
            return x.refuse(503, { error: `the ${name} is shutting down; retry` }, { 'retry-after': '1' });
        // HEAD is answered by the GET route (Node drops the body).
        const route = routes.find((r) => r.path === path && (r.method === req.method || (req.method === 'HEAD' && r.method === 'GET')));
        await route.handle(x);
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        const x = exchange(req, res, allowed.has(path) ? path : 'other');
        answer(x).catch((error) => {
            log.event('error', 'request failed', { path: x.path, error: (0,errors/* describeError */.Uc)(error).split('\n')[0] });
            if (!res.headersSent)
                x.send(500, { error: 'internal error' });
            else
                res.destroy();
        });
    });
    server.headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
    server.requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    if (options.maxConnections !== undefined)
        server.maxConnections = options.maxConnections;
    const host = options.host ?? '127.0.0.1';
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(options.port ?? 0, host, () => {
                server.off('error', reject);
                resolve();
            });
        });
    }
    catch (error) {
        const code = error.code;
        throw new errors/* DhowError */.Bp('usage', `cannot listen on ${host}:${options.port ?? 0}: ${code ?? error.message}`, { cause: error });
    }
    const address = server.address();
    const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    log.event('info', `${name} listening`, { url, ...options.listeningFields });
    let closed;
    return {
        url,
        port: address.port,
        get closing() {
            return closing;
        },
        connections: () => new Promise((resolve) => server.getConnections((_error, count) => resolve(count ?? 0))),
        close(work = {}) {
            closed ??= (async () => {
                closing = true;
                log.event('info', `${name} shutting down`, work.fields);
                await closeGracefully(server, work.inFlight, work.graceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
                log.event('info', `${name} stopped`);
            })();
            return closed;
        },
    };
}


/***/ })

};
