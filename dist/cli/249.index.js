export const id = 249;
export const ids = [249];
export const modules = {

/***/ 4249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y_: () => (/* binding */ DEFAULT_MAX_BODY_BYTES),
  c0: () => (/* binding */ startBridge)
});

// UNUSED EXPORTS: ALERTMANAGER_PATH, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_DELIVERIES, DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES, HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS

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
/**
 * The most of a body read before its HMAC signature is checked (a bearer token is checked from the headers
 * alone, before any of the body): a forger cannot make the bridge buffer a megabyte per request.
 */
const DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES = 256 * 1024;
/** Deliveries (a dispatch, or a revert running git) at once; the others wait their turn in order. */
const DEFAULT_MAX_DELIVERIES = 4;
/** Connections at once; further ones are refused by the server until one closes. */
const DEFAULT_MAX_CONNECTIONS = 64;
/** Node's limits on slow clients: all headers within 15 s, the whole request within 60 s. */
const HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 60_000;
/** Refusals are final: retrying cannot change them, so they must not turn into a 5xx. */
const PERMANENT = new Set(['usage', 'invalid-input', 'invalid-name', 'not-found', 'refused', 'gate-failed']);
async function startBridge(options) {
    if (!options.auth.token && !options.auth.hmacSecret) {
        throw new errors/* DhowError */.Bp('usage', 'the bridge needs a bearer token or an HMAC secret: it never accepts unauthenticated alerts');
    }
    const log = options.logger ?? (0,bridge_log/* jsonLogger */.R)(process.stderr, { component: 'bridge' });
    const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const maxUnauthenticated = Math.min(maxBody, options.maxUnauthenticatedBodyBytes ?? DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES);
    const maxDeliveries = options.maxDeliveries ?? DEFAULT_MAX_DELIVERIES;
    const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
    if (!(Number.isInteger(maxDeliveries) && maxDeliveries >= 1) || !(Number.isInteger(maxConnections) && maxConnections >= 1)) {
        throw new errors/* DhowError */.Bp('usage', 'the bridge needs at least one delivery and one connection at a time');
    }
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
    const queuedGauge = new prom_client.Gauge({
        name: 'dhow_bridge_deliveries_queued',
        help: 'Deliveries waiting for a free slot (at most dhow_bridge_max_deliveries run at once).',
        registers: [registry],
    });
    // The limits themselves, so a dashboard can show how close the bridge runs to them.
    const limits = new prom_client.Gauge({
        name: 'dhow_bridge_limit',
        help: 'Configured limits: max_deliveries, max_connections, max_body_bytes, max_unauthenticated_body_bytes, headers_timeout_seconds, request_timeout_seconds.',
        labelNames: ['limit'],
        registers: [registry],
    });
    limits.set({ limit: 'max_deliveries' }, maxDeliveries);
    limits.set({ limit: 'max_connections' }, maxConnections);
    limits.set({ limit: 'max_body_bytes' }, maxBody);
    limits.set({ limit: 'max_unauthenticated_body_bytes' }, maxUnauthenticated);
    limits.set({ limit: 'headers_timeout_seconds' }, HEADERS_TIMEOUT_MS / 1000);
    limits.set({ limit: 'request_timeout_seconds' }, REQUEST_TIMEOUT_MS / 1000);
    new prom_client.Gauge({
        name: 'dhow_bridge_connections',
        help: 'Open connections now.',
        registers: [registry],
        collect() {
            return new Promise((resolve) => server.getConnections((_error, count) => {
                this.set(count ?? 0);
                resolve();
            }));
        },
    });
    const duration = new prom_client.Histogram({
        name: 'dhow_bridge_delivery_duration_seconds',
        help: 'Time to deliver one alert (dispatch or revert).',
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
        registers: [registry],
    });
    const inFlight = new Map();
    let closing = false;
    // A semaphore over deliveries: one notification of 200 alerts must not start 400 git processes at once.
    let running = 0;
    const waiting = [];
    async function slot() {
        if (running >= maxDeliveries) {
            queuedGauge.inc();
            await new Promise((resolve) => waiting.push(resolve));
            queuedGauge.dec();
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
        const key = `${alert.environment}/${alert.model}/${alert.version}`;
        const running = inFlight.get(key);
        if (running)
            return { promise: running, joined: true };
        const promise = (async () => {
            const release = await slot();
            const stop = duration.startTimer();
            inFlightGauge.inc();
            try {
                return (await options.deliver(alert)) || 'delivered';
            }
            finally {
                stop();
                inFlightGauge.dec();
                release();
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
    async function readBody(req, limit) {
        const chunks = [];
        let size = 0;
        for await (const chunk of req) {
            size += chunk.length;
            if (size > limit)
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
        // Alertmanager sends application/json; anything else is refused before the body is read.
        const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        if (contentType !== 'application/json') {
            return refuseEarly(req, res, path, 415, { error: `Content-Type must be application/json${contentType ? `, not ${contentType.slice(0, 100)}` : ''}` }, { accept: 'application/json' });
        }
        // Until its signature is checked, a body is read only up to a small limit.
        const limit = bearerOk ? maxBody : maxUnauthenticated;
        const declared = Number(req.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > limit) {
            return refuseEarly(req, res, path, 413, { error: `the body is larger than ${limit} bytes` });
        }
        const body = await readBody(req, limit);
        if (body === 'too-large')
            return refuseEarly(req, res, path, 413, { error: `the body is larger than ${limit} bytes` });
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
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.headersTimeout = HEADERS_TIMEOUT_MS;
    server.maxConnections = maxConnections;
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


/***/ })

};
