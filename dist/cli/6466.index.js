export const id = 6466;
export const ids = [6466];
export const modules = {

/***/ 26466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j8: () => (/* binding */ DEFAULT_MAX_ALERTS),
  y_: () => (/* binding */ DEFAULT_MAX_BODY_BYTES),
  zT: () => (/* binding */ DEFAULT_MAX_CONNECTIONS),
  wB: () => (/* binding */ DEFAULT_MAX_DELIVERIES),
  vG: () => (/* binding */ DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES),
  c0: () => (/* binding */ startBridge)
});

// UNUSED EXPORTS: ALERTMANAGER_PATH, HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS

// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/http/log.ts
var http_log = __webpack_require__(13654);
// EXTERNAL MODULE: ./src/http/server.ts + 1 modules
var server = __webpack_require__(77143);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/revert/payload.ts
var payload = __webpack_require__(83240);
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
    // How many alerts one notification may carry is the bridge's limit (maxAlerts), checked after parsing.
    alerts: schemas/* array */.YOg(AlertmanagerAlert),
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
var external_node_crypto_ = __webpack_require__(77598);
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

;// CONCATENATED MODULE: ./src/bridge/deliveries.ts

/** Refusals are final: retrying cannot change them, so they must not turn into a 5xx. */
const PERMANENT = new Set(['usage', 'invalid-input', 'invalid-name', 'not-found', 'refused', 'gate-failed']);
const keyOf = (alert) => `${alert.environment}/${alert.model}/${alert.version}`;
function deliveryQueue(deliver, max, series) {
    const inFlight = new Map();
    let running = 0;
    const waiting = [];
    async function slot() {
        if (running >= max) {
            series.queued.inc();
            await new Promise((resolve) => waiting.push(resolve));
            series.queued.dec();
        }
        else
            running++;
        // The slot passes straight to the next waiter (running stays the same), or is freed.
        return () => {
            const next = waiting.shift();
            if (next)
                next();
            else
                running--;
        };
    }
    function deliverOnce(alert) {
        const key = keyOf(alert);
        const joined = inFlight.get(key);
        if (joined)
            return { promise: joined, joined: true };
        const promise = (async () => {
            const release = await slot();
            const stop = series.duration.startTimer();
            series.inFlight.inc();
            try {
                return (await deliver(alert)) || 'delivered';
            }
            finally {
                stop();
                series.inFlight.dec();
                release();
                inFlight.delete(key);
            }
        })();
        inFlight.set(key, promise);
        return { promise, joined: false };
    }
    return {
        pending: () => [...inFlight.values()],
        deliverAll(alerts) {
            const started = alerts.map((alert) => ({ alert, ...deliverOnce(alert) }));
            return Promise.all(started.map(async ({ alert, promise, joined }) => {
                const base = { fingerprint: alert.fingerprint, key: keyOf(alert) };
                try {
                    const detail = await promise;
                    return { ...base, outcome: joined ? 'deduplicated' : 'delivered', detail };
                }
                catch (error) {
                    const permanent = error instanceof errors/* DhowError */.Bp && PERMANENT.has(error.code);
                    return { ...base, outcome: permanent ? 'refused' : 'failed', detail: (0,errors/* describeError */.Uc)(error).split('\n')[0].slice(0, 500) };
                }
            }));
        },
    };
}

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
/**
 * The most of a body read before its HMAC signature is checked (a bearer token is checked from the headers
 * alone, before any of the body): a forger cannot make the bridge buffer a megabyte per request.
 */
const DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES = 256 * 1024;
/** Deliveries (a dispatch, or a revert running git) at once; the others wait their turn in order. */
const DEFAULT_MAX_DELIVERIES = 4;
/** Connections at once; further ones are refused by the server until one closes. */
const DEFAULT_MAX_CONNECTIONS = 64;
/**
 * Alerts in one notification. Alertmanager's webhook_config `max_alerts` truncates to fewer; a larger
 * notification is refused whole (413), since acting on part of it would hide the rest.
 */
const DEFAULT_MAX_ALERTS = 1000;
/** Node's limits on slow clients: all headers within 15 s, the whole request within 60 s. */
const HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 60_000;
async function startBridge(options) {
    if (!options.auth.token && !options.auth.hmacSecret) {
        throw new errors/* DhowError */.Bp('usage', 'the bridge needs a bearer token or an HMAC secret: it never accepts unauthenticated alerts');
    }
    const log = options.logger ?? (0,http_log/* jsonLogger */.R)(process.stderr, { component: 'bridge' });
    const limits = bridgeLimits(options);
    const series = bridgeSeries(limits, () => http.connections());
    const queue = deliveryQueue(options.deliver, limits.maxDeliveries, series);
    const http = await (0,server/* startHttpServer */.O_)({
        name: 'bridge',
        host: options.host,
        port: options.port,
        logger: log,
        metrics: series.registry,
        health: () => ({ code: 200, body: { status: 'ok' } }),
        routes: [{ method: 'POST', path: ALERTMANAGER_PATH, handle: (x) => handleAlertmanager(x, { options, log, limits, series, queue }) }],
        requestsMetric: 'dhow_bridge_requests_total',
        maxConnections: limits.maxConnections,
        headersTimeoutMs: HEADERS_TIMEOUT_MS,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
        listeningFields: { path: ALERTMANAGER_PATH, auth: options.auth.token ? 'bearer' : 'hmac' },
    });
    return {
        url: http.url,
        port: http.port,
        registry: series.registry,
        close() {
            const pending = queue.pending();
            return http.close({ inFlight: Promise.allSettled(pending), graceMs: options.shutdownGraceMs, fields: { inFlight: pending.length } });
        },
    };
}
/** The options' limits with their defaults, each a whole number of at least 1. */
function bridgeLimits(options) {
    const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const maxUnauthenticatedBodyBytes = Math.min(maxBodyBytes, options.maxUnauthenticatedBodyBytes ?? DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES);
    const maxDeliveries = options.maxDeliveries ?? DEFAULT_MAX_DELIVERIES;
    const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
    const maxAlerts = options.maxAlerts ?? DEFAULT_MAX_ALERTS;
    const limits = {
        maxBodyBytes,
        maxUnauthenticatedBodyBytes,
        maxDeliveries,
        maxConnections,
        maxAlerts,
    };
    for (const [field, value] of Object.entries(limits)) {
        if (!(Number.isSafeInteger(value) && value >= 1))
            throw new errors/* DhowError */.Bp('usage', `the bridge's ${field} must be a whole number of at least 1, not ${value}`);
    }
    return limits;
}
/** The bridge's own prom-client registry and series, the configured limits among them. */
function bridgeSeries(limits, connections) {
    const registry = new prom_client.Registry();
    const alerts = new prom_client.Counter({
        name: 'dhow_bridge_alerts_total',
        help: 'Alerts received, by outcome: delivered, deduplicated, refused, failed, resolved, ignored.',
        labelNames: ['outcome'],
        registers: [registry],
    });
    const inFlight = new prom_client.Gauge({
        name: 'dhow_bridge_deliveries_in_flight',
        help: 'Deliveries running now.',
        registers: [registry],
    });
    const queued = new prom_client.Gauge({
        name: 'dhow_bridge_deliveries_queued',
        help: 'Deliveries waiting for a free slot (at most dhow_bridge_max_deliveries run at once).',
        registers: [registry],
    });
    // The limits themselves, so a dashboard can show how close the bridge runs to them.
    const limit = new prom_client.Gauge({
        name: 'dhow_bridge_limit',
        help: 'Configured limits: max_deliveries, max_connections, max_alerts, max_body_bytes, max_unauthenticated_body_bytes, headers_timeout_seconds, request_timeout_seconds.',
        labelNames: ['limit'],
        registers: [registry],
    });
    limit.set({ limit: 'max_deliveries' }, limits.maxDeliveries);
    limit.set({ limit: 'max_connections' }, limits.maxConnections);
    limit.set({ limit: 'max_alerts' }, limits.maxAlerts);
    limit.set({ limit: 'max_body_bytes' }, limits.maxBodyBytes);
    limit.set({ limit: 'max_unauthenticated_body_bytes' }, limits.maxUnauthenticatedBodyBytes);
    limit.set({ limit: 'headers_timeout_seconds' }, HEADERS_TIMEOUT_MS / 1000);
    limit.set({ limit: 'request_timeout_seconds' }, REQUEST_TIMEOUT_MS / 1000);
    new prom_client.Gauge({
        name: 'dhow_bridge_connections',
        help: 'Open connections now.',
        registers: [registry],
        async collect() {
            this.set(await connections());
        },
    });
    const duration = new prom_client.Histogram({
        name: 'dhow_bridge_delivery_duration_seconds',
        help: 'Time to deliver one alert (dispatch or revert).',
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
        registers: [registry],
    });
    return { registry, alerts, inFlight, queued, duration };
}
/** POST /alertmanager: authenticate, read and check the notification, deliver its drift alerts, report each. */
async function handleAlertmanager(x, { options, log, limits, series, queue }) {
    const { req } = x;
    const authorization = req.headers.authorization;
    const signature = req.headers[SIGNATURE_HEADER];
    const signatureHeader = Array.isArray(signature) ? signature[0] : signature;
    const bearerOk = bearerMatches(authorization, options.auth.token);
    if (!bearerOk && !(signatureHeader && options.auth.hmacSecret)) {
        log.event('warning', 'rejected a request without valid credentials', { remote: req.socket.remoteAddress ?? '' });
        return x.refuse(401, { error: 'missing or invalid credentials' }, { 'www-authenticate': 'Bearer realm="dhow-bridge"' });
    }
    // Alertmanager sends application/json; anything else is refused before the body is read.
    if (!x.requireJson())
        return;
    // Until its signature is checked, a body is read only up to a small limit.
    const body = await x.readBody(bearerOk ? limits.maxBodyBytes : limits.maxUnauthenticatedBodyBytes);
    if (!body)
        return;
    if (!bearerOk && !signatureMatches(signatureHeader, body, options.auth.hmacSecret)) {
        log.event('warning', 'rejected a request with a wrong signature', { remote: req.socket.remoteAddress ?? '' });
        return x.send(401, { error: 'missing or invalid credentials' }, { 'www-authenticate': 'Bearer realm="dhow-bridge"' });
    }
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch {
        return x.send(400, { error: 'the body is not JSON' });
    }
    const parsed = AlertmanagerWebhook.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return x.send(400, {
            error: `not an Alertmanager webhook (version 4): field "${issue.path.map(String).join('.')}": ${issue.message}`,
        });
    }
    if (parsed.data.alerts.length > limits.maxAlerts) {
        return x.send(413, {
            error: `the notification holds ${parsed.data.alerts.length} alerts, more than the ${limits.maxAlerts} the bridge takes at once: set max_alerts in Alertmanager's webhook_config or raise the bridge's alert limit`,
        });
    }
    const sorted = sortAlerts(parsed.data, { alertNames: options.alertNames });
    series.alerts.inc({ outcome: 'resolved' }, sorted.resolved.length);
    series.alerts.inc({ outcome: 'ignored' }, sorted.ignored.length);
    for (const ignored of sorted.ignored)
        log.event('info', 'ignored alert', { fingerprint: ignored.fingerprint, reason: ignored.reason });
    const reports = await queue.deliverAll(sorted.drift);
    for (const report of reports) {
        series.alerts.inc({ outcome: report.outcome });
        log.event(report.outcome === 'failed' ? 'error' : report.outcome === 'refused' ? 'warning' : 'info', `alert ${report.outcome}`, {
            fingerprint: report.fingerprint,
            release: report.key,
            group: parsed.data.groupKey,
            detail: report.detail,
        });
    }
    const failed = reports.some((r) => r.outcome === 'failed');
    x.send(failed ? 502 : 200, {
        deliveries: reports,
        resolved: sorted.resolved.length,
        ignored: sorted.ignored,
    });
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
