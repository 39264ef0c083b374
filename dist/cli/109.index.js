export const id = 109;
export const ids = [109];
export const modules = {

/***/ 5423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ jsonLogger)
/* harmony export */ });
function jsonLogger(stream = process.stderr, options = {}) {
    const event = (level, msg, fields = {}) => {
        if (level === 'debug' && !options.verbose)
            return;
        const record = { time: new Date().toISOString(), level, msg };
        if (options.component)
            record.component = options.component;
        for (const [key, value] of Object.entries(fields))
            if (value !== undefined)
                record[key] = value;
        stream.write(`${JSON.stringify(record)}\n`);
    };
    return {
        event,
        debug: (m) => event('debug', m),
        info: (m) => event('info', m),
        warning: (m) => event('warning', m),
        error: (m) => event('error', m),
        group: async (name, fn) => {
            event('info', name);
            return fn();
        },
    };
}


/***/ }),

/***/ 4249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y_: () => (/* binding */ DEFAULT_MAX_BODY_BYTES),
  c0: () => (/* binding */ startBridge)
});

// UNUSED EXPORTS: ALERTMANAGER_PATH

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(5222);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http-shutdown.ts
var http_shutdown = __webpack_require__(850);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/revert/payload.ts
var payload = __webpack_require__(3240);
;// CONCATENATED MODULE: ./src/bridge/alertmanager.ts
/**
 * Alertmanager's webhook notification, payload version 4, and what the bridge takes from it: one drift
 * alert per FIRING alert whose labels name model, environment and version. Resolved alerts and alerts
 * about something else are ignored (and said so), never an error: Alertmanager must not retry them.
 */



const Labels = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP());
const AlertmanagerAlert = schemas/* looseObject */._H3({
    status: schemas/* enum */.k5n(['firing', 'resolved']),
    labels: Labels,
    annotations: Labels.default({}),
    startsAt: schemas/* string */.YjP(),
    endsAt: schemas/* string */.YjP().optional(),
    generatorURL: schemas/* string */.YjP().optional(),
    fingerprint: schemas/* string */.YjP(),
});
/** Newer Alertmanagers may add fields; version "4" is the contract we check. */
const AlertmanagerWebhook = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz('4'),
    groupKey: schemas/* string */.YjP(),
    truncatedAlerts: schemas/* number */.aig().int().nonnegative().optional(),
    status: schemas/* enum */.k5n(['firing', 'resolved']),
    receiver: schemas/* string */.YjP(),
    groupLabels: Labels.default({}),
    commonLabels: Labels.default({}),
    commonAnnotations: Labels.default({}),
    externalURL: schemas/* string */.YjP().default(''),
    alerts: schemas/* array */.YOg(AlertmanagerAlert).max(1000),
});
/** Turns each firing alert about a model version into the payload the revert takes. */
function sortAlerts(webhook, options = {}) {
    const sorted = { drift: [], resolved: [], ignored: [] };
    const names = options.alertNames && options.alertNames.length > 0 ? new Set(options.alertNames) : undefined;
    for (const alert of webhook.alerts) {
        if (alert.status === 'resolved') {
            sorted.resolved.push({ fingerprint: alert.fingerprint, reason: 'resolved alerts are ignored' });
            continue;
        }
        if (names && !names.has(alert.labels.alertname ?? '')) {
            const name = alert.labels.alertname === undefined ? 'no alertname label' : `alertname "${alert.labels.alertname}"`;
            sorted.ignored.push({ fingerprint: alert.fingerprint, reason: `${name}: the bridge acts only on ${[...names].map((n) => `"${n}"`).join(', ')}` });
            continue;
        }
        const missing = ['model', 'environment', 'version'].filter((label) => !alert.labels[label]);
        if (missing.length > 0) {
            sorted.ignored.push({ fingerprint: alert.fingerprint, reason: `no ${missing.join(', ')} label(s): not a model drift alert` });
            continue;
        }
        const summary = alert.annotations.summary ?? alert.annotations.description;
        const source = alert.generatorURL || webhook.externalURL || undefined;
        try {
            sorted.drift.push((0,payload/* parseDriftAlert */.$Q)({
                model: alert.labels.model,
                environment: alert.labels.environment,
                version: alert.labels.version,
                fingerprint: alert.fingerprint,
                'starts-at': alert.startsAt,
                ...(summary ? { summary: summary.slice(0, 2000) } : {}),
                ...(source ? { source: source.slice(0, 1000) } : {}),
            }, `alert ${alert.fingerprint}`));
        }
        catch (error) {
            sorted.ignored.push({ fingerprint: alert.fingerprint, reason: (0,errors/* describeError */.Uc)(error) });
        }
    }
    return sorted;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/bridge/auth.ts
/**
 * Who may talk to the bridge: a bearer token (what Alertmanager's http_config.authorization sends) or an
 * HMAC-SHA256 signature of the body in `X-Dhow-Signature-256: sha256=<hex>` (for senders that sign).
 * Both comparisons run in constant time over equal-length digests, so a wrong guess leaks nothing.
 */

const SIGNATURE_HEADER = 'x-dhow-signature-256';
const sha256 = (text) => (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest();
/** True when the Authorization header carries the configured bearer token. */
function bearerMatches(header, token) {
    if (!token || !header)
        return false;
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!match)
        return false;
    return (0,external_node_crypto_.timingSafeEqual)(sha256(match[1]), sha256(token));
}
/** True when the signature header is the HMAC-SHA256 of the body under the configured secret. */
function signatureMatches(header, body, secret) {
    if (!secret || !header)
        return false;
    const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
    if (!match)
        return false;
    const expected = (0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest();
    return (0,external_node_crypto_.timingSafeEqual)(Buffer.from(match[1], 'hex'), expected);
}
/** The signature a sender puts in X-Dhow-Signature-256. */
function signBody(body, secret) {
    return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

// EXTERNAL MODULE: ./src/bridge/log.ts
var bridge_log = __webpack_require__(5423);
;// CONCATENATED MODULE: ./src/bridge/server.ts
/**
 * The Alertmanager bridge: an HTTP server (node:http) that turns Alertmanager webhook notifications into
 * drift alerts and hands each to `deliver` (a repository_dispatch, or the revert itself with the local
 * forge). It answers 5xx only when a delivery failed, so Alertmanager retries exactly those; everything
 * it decided not to act on is a 2xx with the reason. Identical deliveries in flight are joined, not
 * repeated. It exposes /healthz and /metrics (its own prom-client registry) and shuts down gracefully.
 */







const ALERTMANAGER_PATH = '/alertmanager';
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Refusals are final: retrying cannot change them, so they must not turn into a 5xx. */
const PERMANENT = new Set(['usage', 'invalid-input', 'invalid-name', 'not-found', 'refused', 'gate-failed']);
async function startBridge(options) {
    if (!options.auth.token && !options.auth.hmacSecret) {
        throw new errors/* DhowError */.Bp('usage', 'the bridge needs a bearer token or an HMAC secret: it never accepts unauthenticated alerts');
    }
    const log = options.logger ?? (0,bridge_log/* jsonLogger */.R)(process.stderr, { component: 'bridge' });
    const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const registry = new prom_client.Registry();
    const requests = new prom_client.Counter({
        name: 'dhow_bridge_requests_total',
        help: 'HTTP requests answered by the bridge, by path and status code.',
        labelNames: ['path', 'code'],
        registers: [registry],
    });
    const alerts = new prom_client.Counter({
        name: 'dhow_bridge_alerts_total',
        help: 'Alerts received, by outcome: delivered, deduplicated, refused, failed, resolved, ignored.',
        labelNames: ['outcome'],
        registers: [registry],
    });
    const inFlightGauge = new prom_client.Gauge({
        name: 'dhow_bridge_deliveries_in_flight',
        help: 'Deliveries running now.',
        registers: [registry],
    });
    const duration = new prom_client.Histogram({
        name: 'dhow_bridge_delivery_duration_seconds',
        help: 'Time to deliver one alert (dispatch or revert).',
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
        registers: [registry],
    });
    const inFlight = new Map();
    let closing = false;
    function deliverOnce(alert) {
        const key = `${alert.environment}/${alert.model}/${alert.version}`;
        const running = inFlight.get(key);
        if (running)
            return { promise: running, joined: true };
        const stop = duration.startTimer();
        inFlightGauge.inc();
        const promise = (async () => {
            try {
                return (await options.deliver(alert)) || 'delivered';
            }
            finally {
                stop();
                inFlightGauge.dec();
                inFlight.delete(key);
            }
        })();
        inFlight.set(key, promise);
        return { promise, joined: false };
    }
    async function deliverAll(drift) {
        const started = drift.map((alert) => ({ alert, ...deliverOnce(alert) }));
        return Promise.all(started.map(async ({ alert, promise, joined }) => {
            const key = `${alert.environment}/${alert.model}/${alert.version}`;
            const base = { fingerprint: alert.fingerprint, key };
            try {
                const detail = await promise;
                return { ...base, outcome: joined ? 'deduplicated' : 'delivered', detail };
            }
            catch (error) {
                const permanent = error instanceof errors/* DhowError */.Bp && PERMANENT.has(error.code);
                return { ...base, outcome: permanent ? 'refused' : 'failed', detail: (0,errors/* describeError */.Uc)(error).split('\n')[0].slice(0, 500) };
            }
        }));
    }
    function send(req, res, path, code, body, headers = {}) {
        requests.inc({ path, code: String(code) });
        const text = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`;
        res.writeHead(code, {
            'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
            'content-length': String(Buffer.byteLength(text)),
            ...(closing ? { connection: 'close' } : {}),
            ...headers,
        });
        res.end(text);
        log.event(code >= 500 ? 'error' : code >= 400 ? 'warning' : 'debug', 'request', {
            method: req.method ?? '',
            path,
            code,
            remote: req.socket.remoteAddress ?? '',
        });
    }
    /** Answers before the body is read: tell the client we are closing and throw the rest away, bounded. */
    function refuseEarly(req, res, path, code, body, headers = {}) {
        send(req, res, path, code, body, { connection: 'close', ...headers });
        req.resume();
        setTimeout(() => req.destroy(), 2000).unref();
    }
    async function readBody(req) {
        const chunks = [];
        let size = 0;
        for await (const chunk of req) {
            size += chunk.length;
            if (size > maxBody)
                return 'too-large';
            chunks.push(chunk);
        }
        return Buffer.concat(chunks);
    }
    async function handleAlertmanager(req, res, path) {
        if (closing)
            return refuseEarly(req, res, path, 503, { error: 'the bridge is shutting down; retry' }, { 'retry-after': '1' });
        const authorization = req.headers.authorization;
        const signature = req.headers[SIGNATURE_HEADER];
        const signatureHeader = Array.isArray(signature) ? signature[0] : signature;
        const bearerOk = bearerMatches(authorization, options.auth.token);
        if (!bearerOk && !(signatureHeader && options.auth.hmacSecret)) {
            log.event('warning', 'rejected a request without valid credentials', { remote: req.socket.remoteAddress ?? '' });
            return refuseEarly(req, res, path, 401, { error: 'missing or invalid credentials' }, { 'www-authenticate': 'Bearer realm="dhow-bridge"' });
        }
        const declared = Number(req.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > maxBody) {
            return refuseEarly(req, res, path, 413, { error: `the body is larger than ${maxBody} bytes` });
        }
        const body = await readBody(req);
        if (body === 'too-large')
            return refuseEarly(req, res, path, 413, { error: `the body is larger than ${maxBody} bytes` });
        if (!bearerOk && !signatureMatches(signatureHeader, body, options.auth.hmacSecret)) {
            log.event('warning', 'rejected a request with a wrong signature', { remote: req.socket.remoteAddress ?? '' });
            return send(req, res, path, 401, { error: 'missing or invalid credentials' }, { 'www-authenticate': 'Bearer realm="dhow-bridge"' });
        }
        let json;
        try {
            json = JSON.parse(body.toString('utf8'));
        }
        catch {
            return send(req, res, path, 400, { error: 'the body is not JSON' });
        }
        const parsed = AlertmanagerWebhook.safeParse(json);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            return send(req, res, path, 400, {
                error: `not an Alertmanager webhook (version 4): field "${issue.path.map(String).join('.')}": ${issue.message}`,
            });
        }
        const sorted = sortAlerts(parsed.data, { alertNames: options.alertNames });
        alerts.inc({ outcome: 'resolved' }, sorted.resolved.length);
        alerts.inc({ outcome: 'ignored' }, sorted.ignored.length);
        for (const ignored of sorted.ignored)
            log.event('info', 'ignored alert', { fingerprint: ignored.fingerprint, reason: ignored.reason });
        const reports = await deliverAll(sorted.drift);
        for (const report of reports) {
            alerts.inc({ outcome: report.outcome });
            log.event(report.outcome === 'failed' ? 'error' : report.outcome === 'refused' ? 'warning' : 'info', `alert ${report.outcome}`, {
                fingerprint: report.fingerprint,
                release: report.key,
                group: parsed.data.groupKey,
                detail: report.detail,
            });
        }
        const failed = reports.some((r) => r.outcome === 'failed');
        send(req, res, path, failed ? 502 : 200, {
            deliveries: reports,
            resolved: sorted.resolved.length,
            ignored: sorted.ignored,
        });
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        const known = path === ALERTMANAGER_PATH || path === '/healthz' || path === '/metrics';
        const label = known ? path : 'other';
        (async () => {
            if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
                return send(req, res, label, closing ? 503 : 200, { status: closing ? 'shutting-down' : 'ok' });
            }
            if (path === '/metrics' && req.method === 'GET') {
                const text = await registry.metrics();
                requests.inc({ path: label, code: '200' });
                res.writeHead(200, { 'content-type': registry.contentType });
                return void res.end(text);
            }
            if (path === ALERTMANAGER_PATH && req.method === 'POST')
                return handleAlertmanager(req, res, label);
            if (known)
                return refuseEarly(req, res, label, 405, { error: `method ${req.method} not allowed on ${path}` });
            return refuseEarly(req, res, label, 404, { error: 'not found' });
        })().catch((error) => {
            log.event('error', 'request failed', { path: label, error: (0,errors/* describeError */.Uc)(error).split('\n')[0] });
            if (!res.headersSent)
                send(req, res, label, 500, { error: 'internal error' });
            else
                res.destroy();
        });
    });
    server.requestTimeout = 60_000;
    server.headersTimeout = 15_000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${host}:${address.port}`;
    log.event('info', 'bridge listening', { url, path: ALERTMANAGER_PATH, auth: options.auth.token ? 'bearer' : 'hmac' });
    let closed;
    return {
        url,
        port: address.port,
        registry,
        close() {
            closed ??= (async () => {
                closing = true;
                log.event('info', 'bridge shutting down', { inFlight: inFlight.size });
                await (0,http_shutdown/* closeGracefully */.j)(server, Promise.allSettled([...inFlight.values()]), options.shutdownGraceMs ?? 10_000);
                log.event('info', 'bridge stopped');
            })();
            return closed;
        },
    };
}


/***/ }),

/***/ 2876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseListen: () => (/* binding */ parseListen),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _bridge_log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5423);
/* harmony import */ var _bridge_server_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4249);
/* harmony import */ var _revert_execute_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7070);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5217);
/**
 * `dhow bridge`: runs the Alertmanager bridge until SIGTERM or SIGINT. With `--forge github` each drift
 * alert becomes a repository_dispatch on the registry repository (the revert action does the rest);
 * with `--forge local` the bridge runs the revert itself on a local registry.
 * Secrets come from the environment or files, never from the command line (it shows in `ps`).
 */







const HELP = `usage: dhow bridge [--listen HOST:PORT] [--forge local|github] [options]

Takes Alertmanager webhook notifications on POST /alertmanager and, for each firing alert whose labels
name model, environment and version, sends a repository_dispatch (github) or runs the revert (local).
Also serves /healthz and /metrics. Stops gracefully on SIGTERM.

  --listen HOST:PORT        where to listen (default 127.0.0.1:9095)
  --forge local|github      where alerts go (default local)
  --registry DIR            the local registry (default $DHOW_REGISTRY or the current directory)
  --repository OWNER/NAME   the registry repository on GitHub (default $GITHUB_REPOSITORY)
  --api-url URL             the GitHub API (default $GITHUB_API_URL or GitHub's)
  --event-type TYPE         the repository_dispatch event type (default: dhow.yaml revert.event-type)
  --token-file FILE         the bearer token Alertmanager sends (default $DHOW_BRIDGE_TOKEN)
  --hmac-secret-file FILE   a secret for X-Dhow-Signature-256 HMAC signatures (default $DHOW_BRIDGE_HMAC_SECRET)
  --max-body-bytes N        larger bodies get 413 (default ${_bridge_server_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_BODY_BYTES */ .y_})
  --by NAME                 who the revert is recorded as (local; default dhow-bridge)
  --alertname NAME          act only on alerts with this alertname label (repeatable; default: any
                            firing alert whose labels name model, environment and version)
The GitHub token is read from $GITHUB_TOKEN.
`;
function parseListen(value) {
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .parseHostPort */ .Dv)(value, 'bridge', '--listen', 9095);
}
async function secret(file, envValue, what, cwd) {
    if (file) {
        const text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file), 'utf8').catch(() => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('not-found', `cannot read the ${what}`, { file });
        })).trim();
        if (!text)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `the ${what} file is empty`, { file });
        return text;
    }
    return envValue?.trim() || undefined;
}
async function run(args, ctx) {
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Qx)('bridge', args, {
        listen: { type: 'string', default: '127.0.0.1:9095' },
        forge: { type: 'string', default: 'local' },
        registry: { type: 'string' },
        repository: { type: 'string' },
        'api-url': { type: 'string' },
        'event-type': { type: 'string' },
        'token-file': { type: 'string' },
        'hmac-secret-file': { type: 'string' },
        'max-body-bytes': { type: 'string' },
        by: { type: 'string', default: 'dhow-bridge' },
        alertname: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help)
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .printHelp */ .FR)(ctx, HELP);
    const { host, port } = parseListen(values.listen);
    // Usage first: a mistyped --forge is named before the missing credentials are.
    if (values.forge !== 'local' && values.forge !== 'github') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow bridge: --forge must be "local" or "github", not "${values.forge}"`);
    }
    const maxBodyBytes = values['max-body-bytes'] === undefined ? _bridge_server_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_BODY_BYTES */ .y_ : Number(values['max-body-bytes']);
    if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1024)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow bridge: --max-body-bytes must be an integer >= 1024');
    const token = await secret(values['token-file'], ctx.env.DHOW_BRIDGE_TOKEN, 'bridge token', ctx.cwd);
    const hmacSecret = await secret(values['hmac-secret-file'], ctx.env.DHOW_BRIDGE_HMAC_SECRET, 'HMAC secret', ctx.cwd);
    if (!token && !hmacSecret) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow bridge: set $DHOW_BRIDGE_TOKEN (or --token-file) or $DHOW_BRIDGE_HMAC_SECRET (or --hmac-secret-file): the bridge never accepts unauthenticated alerts');
    }
    const logger = (0,_bridge_log_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonLogger */ .R)(ctx.stderr, { component: 'bridge', verbose: Boolean(ctx.env.DHOW_DEBUG) });
    let forge;
    let deliver;
    if (values.forge === 'local') {
        const { openLocalForge } = await __webpack_require__.e(/* import() */ 225).then(__webpack_require__.bind(__webpack_require__, 6225));
        forge = await openLocalForge((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .registryDir */ .zr)(values.registry, ctx)), { logger });
        const by = values.by;
        deliver = async (alert) => {
            const outcome = await (0,_revert_execute_js__WEBPACK_IMPORTED_MODULE_4__/* .executeRevert */ .EE)(forge, alert, { by, logger });
            return `${outcome.outcome}: ${outcome.message}`;
        };
    }
    else {
        const repository = values.repository ?? ctx.env.GITHUB_REPOSITORY;
        if (!repository)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow bridge: --repository OWNER/NAME (or $GITHUB_REPOSITORY) is required with --forge github');
        const githubToken = ctx.env.GITHUB_TOKEN;
        if (!githubToken)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow bridge: $GITHUB_TOKEN is required with --forge github (a token that may send repository_dispatch)');
        const { createGitHubForge } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(257), __webpack_require__.e(576)]).then(__webpack_require__.bind(__webpack_require__, 3257));
        const baseUrl = values['api-url'] ?? ctx.env.GITHUB_API_URL;
        forge = createGitHubForge({ token: githubToken, repository, ...(baseUrl ? { baseUrl } : {}), logger });
        const eventType = values['event-type'] ?? (await eventTypeOf(forge));
        deliver = async (alert) => {
            await forge.dispatch(eventType, { ...alert });
            return `dispatched ${eventType} to ${repository}`;
        };
    }
    const bridge = await (0,_bridge_server_js__WEBPACK_IMPORTED_MODULE_3__/* .startBridge */ .c0)({
        host,
        port,
        auth: { ...(token ? { token } : {}), ...(hmacSecret ? { hmacSecret } : {}) },
        deliver,
        logger,
        maxBodyBytes,
        ...(values.alertname ? { alertNames: values.alertname } : {}),
    });
    ctx.stdout.write(`dhow bridge listening on ${bridge.url}/alertmanager (forge ${forge.kind}: ${forge.description})\n`);
    const signal = await new Promise((done) => {
        process.once('SIGTERM', () => done('SIGTERM'));
        process.once('SIGINT', () => done('SIGINT'));
    });
    logger.event('info', `received ${signal}`);
    await bridge.close();
    return 0;
}
/** dhow.yaml's revert.event-type, read once at start. */
async function eventTypeOf(forge) {
    const { RegistryReader } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5482));
    try {
        const reader = await RegistryReader.open(forge);
        return (await reader.config()).revert['event-type'];
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('forge', `cannot read dhow.yaml from ${forge.description} to learn the revert event type (or pass --event-type): ${error.message}`);
    }
}


/***/ }),

/***/ 850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ closeGracefully)
/* harmony export */ });
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


/***/ }),

/***/ 860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ describeProblem),
/* harmony export */   N0: () => (/* binding */ parseRegistryFile),
/* harmony export */   cF: () => (/* binding */ serializeRegistryFile),
/* harmony export */   w6: () => (/* binding */ checkRegistryFile),
/* harmony export */   ze: () => (/* binding */ validateRegistryObject)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9843);
/**
 * Reading and writing registry files: YAML in, zod-validated objects out, and back to YAML with
 * deterministic bytes (keys in schema order, records sorted, no line folding), so the same object always
 * produces the same file and a re-registration of identical content is a byte-for-byte no-op.
 */



function describeProblem(p) {
    const where = [p.line ? `${p.file}:${p.line}` : p.file, p.field && `field "${p.field}"`].filter(Boolean).join(', ');
    return `${where}: ${p.message}`;
}
/**
 * Every problem of a file's text against the schema of `kind` (empty when valid), with the value when valid.
 * Unlike parseRegistryFile it never throws: `dhow validate` lists every problem.
 */
function checkRegistryFile(kind, path, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        return {
            value: null,
            problems: doc.errors.map((e) => ({
                file: path,
                line: e.linePos?.[0]?.line,
                message: `malformed YAML: ${e.message.split('\n')[0]}`,
            })),
        };
    }
    const data = doc.toJS();
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return { value: null, problems: [{ file: path, message: `expected a mapping with apiVersion and kind "${kind}"` }] };
    }
    const declared = data.kind;
    if (declared !== kind) {
        return {
            value: null,
            problems: [{ file: path, field: 'kind', line: lineOf(doc, lineCounter, ['kind']), message: `expected "${kind}", found ${JSON.stringify(declared ?? null)}` }],
        };
    }
    const schema = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt[kind];
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
 * Parses a registry file of `kind`. Throws DhowError('invalid-input') naming the file, the field path
 * (e.g. `artifact.digest`) and the line; every further problem is listed in `reasons`.
 */
function parseRegistryFile(kind, path, text) {
    const checked = checkRegistryFile(kind, path, text);
    if (checked.value !== null)
        return checked.value;
    const [first, ...rest] = checked.problems;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', first.message, {
        file: path,
        field: first.field,
        line: first.line,
        reasons: rest.map(describeProblem),
    });
}
/** Validates an object about to be written; the same DhowError as parseRegistryFile, without lines. */
function validateRegistryObject(kind, path, value) {
    const schema = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt[kind];
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const [first, ...rest] = result.error.issues;
    const field = (i) => i.path.map(String).join('.') || undefined;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', first.message, {
        file: path,
        field: field(first),
        reasons: rest.map((i) => describeProblem({ file: path, field: field(i), message: i.message })),
    });
}
/**
 * Deterministic YAML for a registry object: validated against the schema of its `kind` (nothing invalid
 * is ever written), keys in schema order, record keys sorted, no folded lines.
 */
function serializeRegistryFile(obj) {
    const kind = obj.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt, kind)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `cannot serialize an object of kind ${JSON.stringify(kind ?? null)}`, { field: 'kind' });
    }
    const schema = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt[kind];
    const parsed = validateRegistryObject(kind, `<${kind}>`, obj);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(canonical(schema, parsed), { lineWidth: 0, minContentWidth: 0, indentSeq: true, sortMapEntries: false });
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
        if (node && range && (n === 0 || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) || typeof node === 'object')) {
            return counter.linePos(range[0]).line;
        }
    }
    return undefined;
}


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ promotionBranch),
/* harmony export */   LH: () => (/* binding */ modelPath),
/* harmony export */   NZ: () => (/* binding */ versionsDir),
/* harmony export */   RU: () => (/* binding */ deployDir),
/* harmony export */   Z9: () => (/* binding */ revertBranch),
/* harmony export */   bD: () => (/* binding */ releasePath),
/* harmony export */   jl: () => (/* binding */ TRAILERS),
/* harmony export */   m5: () => (/* binding */ releasesDir),
/* harmony export */   qW: () => (/* binding */ versionPath),
/* harmony export */   tF: () => (/* binding */ CONFIG_PATH)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1815);
/** Where each file lives in a registry. Every segment is validated before it becomes a path. */

const CONFIG_PATH = 'dhow.yaml';
const modelPath = (model) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('model', model)}/model.yaml`;
const versionsDir = (model) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('model', model)}/versions`;
const versionPath = (model, version) => `${versionsDir(model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('version', version)}.yaml`;
const releasesDir = (environment) => `releases/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('environment', environment)}`;
const releasePath = (environment, model) => `${releasesDir(environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('model', model)}.yaml`;
const deployDir = (environment, model) => `deploy/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('environment', environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('model', model)}`;
/** Deterministic branch names, one per purpose. */
const promotionBranch = (environment, model) => `dhow/promote/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('environment', environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('model', model)}`;
const revertBranch = (environment, model, version) => `dhow/revert/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('environment', environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('model', model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('version', version)}`;
/** Commit trailers dhow writes and reads. */
const TRAILERS = {
    model: 'Dhow-Model',
    version: 'Dhow-Version',
    environment: 'Dhow-Environment',
    alert: 'Dhow-Alert',
    revertOf: 'Revert-Of',
    request: 'Dhow-Request',
};


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
/* unused harmony exports Reviewers, EnvironmentPolicy, ResidencyLocation, RevertPolicy, DeployPolicy, RegistryConfig, ModelFile, Artifact, GateSummaryRow, Hold, ReleaseFile */
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
const Reviewers = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    users: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
    teams: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be "org/team-slug"')).default([]),
})
    .strict();
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
    namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/).optional(),
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
    'event-type': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]{1,100}$/).default('dhow-drift-alert'),
})
    .strict();
const DeployPolicy = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    runtime: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['kserve']).default('kserve'),
    namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/).default('models'),
})
    .strict();
const RegistryConfig = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...header('Registry'),
    /** Environments in promotion order: a version reaches environment i only after it ran in i-1. */
    environments: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(EnvironmentPolicy).min(1),
    /** Registry-wide gate policy (a path in the registry); per-model overrides below. */
    'gate-policy': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    models: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt, zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ 'gate-policy': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional() }).strict())
        .default({}),
    residency: ResidencyPolicy.optional(),
    revert: RevertPolicy.default({ mode: 'pull-request', 'event-type': 'dhow-drift-alert' }),
    deploy: DeployPolicy.default({ runtime: 'kserve', namespace: 'models' }),
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
    'mig-profile': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+g\.\d+gb$/).optional(),
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
        commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{7,64}$/).optional(),
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
        memory: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/).optional(),
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


/***/ })

};
