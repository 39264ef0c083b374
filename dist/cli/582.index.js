export const id = 582;
export const ids = [582];
export const modules = {

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

/***/ 7070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EE: () => (/* binding */ executeRevert)
});

// UNUSED EXPORTS: REVERT_FAILED_ISSUE_MARKER, REVERT_FAILED_LABEL, REVERT_FAILED_MARKER

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/promote/plan.ts
var promote_plan = __webpack_require__(530);
// EXTERNAL MODULE: ./src/promote/state.ts
var promote_state = __webpack_require__(8397);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/store.ts
var store = __webpack_require__(5482);
;// CONCATENATED MODULE: ./src/revert/plan.ts

function planRevert(state, alert, context) {
    const { model, environment, version } = alert;
    const subject = `${model} in ${environment}`;
    if (!state.alertedVersionExists) {
        return { action: 'fail', reason: 'unknown-version', message: `version "${version}" of model "${model}" does not exist in the registry` };
    }
    const release = state.release;
    if (!release) {
        return { action: 'none', reason: 'not-deployed', message: `${subject} has no release: nothing to revert` };
    }
    if (release.version !== version) {
        return {
            action: 'none',
            reason: 'not-live',
            message: `${subject} runs ${release.version}, not ${version}: nothing to revert`,
        };
    }
    if (Date.parse(alert['starts-at']) < Date.parse(release['promoted-at'])) {
        return {
            action: 'none',
            reason: 'predates-promotion',
            message: `the alert started at ${alert['starts-at']}, before ${version} was promoted at ${release['promoted-at']}: it is about an earlier deployment`,
        };
    }
    const target = release['last-known-good'];
    if (target !== undefined && target === release['revert-of']) {
        return {
            action: 'none',
            reason: 'would-undo-revert',
            message: `${subject} runs ${version} because ${target} was reverted; a drift alert never reverts a revert`,
        };
    }
    if (target === undefined || target === version) {
        return {
            action: 'fail',
            reason: 'no-last-known-good',
            message: `${subject} runs ${version}, which drifts (alert ${alert.fingerprint}), but its release records no last known good version to go back to: put it back by hand with "dhow rollback --to VERSION"`,
        };
    }
    if (release.holds.some((hold) => hold.version === target)) {
        return {
            action: 'fail',
            reason: 'last-known-good-held',
            message: `${subject}: the last known good version ${target} is on hold, so dhow will not go back to it; decide by hand`,
        };
    }
    const summary = alert.summary ? `: ${alert.summary}` : '';
    const hold = {
        version,
        reason: `drift alert ${alert.fingerprint}${summary}`.slice(0, 2000),
        by: context.by,
        at: context.now,
        alert: alert.fingerprint,
    };
    return {
        action: 'revert',
        model,
        environment,
        from: version,
        to: target,
        hold,
        message: revertMessage(alert, version, target),
        trailers: {
            [paths/* TRAILERS */.jl.model]: model,
            [paths/* TRAILERS */.jl.version]: target,
            [paths/* TRAILERS */.jl.environment]: environment,
            [paths/* TRAILERS */.jl.alert]: alert.fingerprint,
            [paths/* TRAILERS */.jl.revertOf]: version,
        },
    };
}
function revertMessage(alert, from, to) {
    const lines = [
        `revert(${alert.environment}): ${alert.model} ${from} -> ${to} on drift alert`,
        '',
        `${from} drifts in ${alert.environment} (alert ${alert.fingerprint}, started ${alert['starts-at']}).`,
        `Back to the last known good version ${to}; ${from} is on hold until a person lifts the hold.`,
    ];
    if (alert.summary)
        lines.push('', alert.summary.replace(/\s+/g, ' ').trim());
    if (alert.source)
        lines.push('', `Source: ${alert.source}`);
    return lines.join('\n');
}
/**
 * The release file after a revert: forward to the last known good (not a git revert), the drifting
 * version held, the revert recorded. The caller supplies the digest of the target version's record.
 */
function revertedRelease(release, plan, targetDigest, context) {
    const holds = release.holds.filter((hold) => hold.version !== plan.hold.version);
    const next = {
        ...release,
        version: plan.to,
        digest: targetDigest,
        previous: plan.from,
        'last-known-good': plan.to,
        holds: [...holds, plan.hold],
        'revert-of': plan.from,
        'promoted-by': context.by,
        'promoted-at': context.now,
    };
    delete next.request;
    return next;
}

;// CONCATENATED MODULE: ./src/revert/execute.ts
/**
 * Carrying out a revert through a Forge. Every attempt reads a fresh snapshot of the default branch,
 * decides with planRevert (state, not event), builds the files with planRollback (the release file and
 * the deploy manifests, the bad version held in the same change) and writes them in ONE commit:
 * - `direct`: a compare-and-swap commit on the default branch (the break-glass path; the commit and its
 *   trailers are the record). A lost race re-reads and re-decides, so a concurrent promotion wins.
 * - `pull-request`: the deterministic branch dhow/revert/<env>/<model>/<version>, then merged at once.
 *   An open request is updated; a merged one means there is nothing to do; one closed unmerged means a
 *   person rejected the revert, and it is never reopened.
 * A revert that is needed but impossible (no last known good, or it is on hold) fails loudly: the error
 * fails the run, and people are told where they look: a comment on the drifting version's promotion
 * request, or, when there is none (or commenting fails), one issue in the registry repository labelled
 * `dhow-revert-failed`. That issue is one per environment/model/version and reason: repeats of the alert,
 * a restarted bridge or a re-run update the open issue in place. Once a person closes it, dhow leaves it
 * closed and silent for that same version: closing it says "we know, we are on it", and an alert that
 * repeats every few hours must not undo that. Reopening it (or a new version going live) starts the
 * updates again.
 */







/** The purpose (hidden marker) of the comment that says a revert was impossible. */
const REVERT_FAILED_MARKER = (alert) => `revert-failed:${alert.environment}/${alert.model}/${alert.version}`;
/** The purpose (hidden marker) of the issue that says so when there is no request to comment on. */
const REVERT_FAILED_ISSUE_MARKER = (alert, reason) => `${REVERT_FAILED_MARKER(alert)}:${reason}`;
/** The label of those issues (the github forge lists them by it). */
const REVERT_FAILED_LABEL = 'dhow-revert-failed';
async function executeRevert(forge, alert, options) {
    const logger = options.logger ?? src_logger/* silentLogger */.qq;
    const now = options.now ?? (() => new Date().toISOString());
    const maxAttempts = options.maxAttempts ?? 5;
    const base = await forge.defaultBranch();
    const subject = `${alert.model} ${alert.version} in ${alert.environment}`;
    for (let attempt = 1;; attempt++) {
        const reader = await store.RegistryReader.open(forge, base);
        const config = await reader.config();
        if (!config.environments.some((e) => e.name === alert.environment)) {
            throw new errors/* DhowError */.Bp('not-found', `unknown environment "${alert.environment}": dhow.yaml lists ${config.environments.map((e) => e.name).join(', ')}`, {
                field: 'environment',
            });
        }
        const current = await reader.release(alert.environment, alert.model);
        const wanted = [alert.version, current?.['last-known-good']].filter((v) => Boolean(v));
        const state = await (0,promote_state/* loadModelState */.tX)(reader, alert.model, { versions: wanted, historyOf: [alert.environment], deployOf: [alert.environment] });
        const at = now();
        const plan = planRevert({ release: current, alertedVersionExists: alert.version in state.versions }, alert, { by: options.by, now: at });
        if (plan.action === 'none') {
            logger.info(`revert ${subject}: ${plan.message}`);
            return { outcome: 'nothing', reason: plan.reason, message: plan.message };
        }
        if (plan.action === 'fail')
            return failLoudly(forge, alert, plan.reason, plan.message, await promotionRequestOf(forge, reader.ref, current), logger);
        const rollback = (0,promote_plan/* planRollback */.I)(state, alert.model, alert.environment, {
            to: plan.to,
            by: options.by,
            at,
            reason: plan.hold.reason,
            revertOf: plan.from,
            hold: { version: plan.hold.version, reason: plan.hold.reason, by: plan.hold.by, alert: alert.fingerprint },
        });
        if (!rollback.ok) {
            const why = `${subject} cannot go back to ${plan.to}: ${rollback.reasons.join('; ')}`;
            return failLoudly(forge, alert, 'no-last-known-good', why, await promotionRequestOf(forge, reader.ref, current), logger);
        }
        const mode = options.mode ?? config.revert.mode;
        try {
            if (mode === 'direct') {
                logger.warning(`revert ${subject}: direct mode (break-glass) commits on ${base} without a request`);
                const commit = await forge.commitFiles({
                    branch: base,
                    expectedHead: reader.ref,
                    changes: rollback.changes,
                    message: plan.message,
                    trailers: plan.trailers,
                });
                logger.info(`revert ${subject}: ${alert.environment} is back on ${plan.to} (${commit.sha.slice(0, 12)})`);
                return { outcome: 'reverted', mode, from: plan.from, to: plan.to, commit: commit.sha, message: plan.message.split('\n')[0] };
            }
            const branch = (0,paths/* revertBranch */.Z9)(alert.environment, alert.model, alert.version);
            const existing = await forge.findRequest(branch, { state: 'all' });
            if (existing?.state === 'merged') {
                const message = `the revert request ${existing.url ?? existing.id} of ${subject} is already merged: nothing to do`;
                logger.info(message);
                return { outcome: 'nothing', reason: 'already-merged', message };
            }
            if (existing?.state === 'closed') {
                const message = `the revert request ${existing.url ?? existing.id} of ${subject} was closed without merging: a person rejected it, dhow does not reopen it`;
                logger.warning(message);
                return { outcome: 'rejected', request: existing, message };
            }
            const branchHead = await forge.branchHead(branch);
            const commit = await forge.commitFiles({
                branch,
                expectedHead: branchHead,
                ...(branchHead ? { parent: reader.ref } : { from: reader.ref }),
                changes: rollback.changes,
                message: plan.message,
                trailers: plan.trailers,
            });
            const { request } = await forge.openOrUpdateRequest({
                branch,
                base,
                title: plan.message.split('\n')[0],
                body: requestBody(alert, plan.from, plan.to),
                labels: ['dhow', 'dhow:revert'],
                author: options.by,
            });
            try {
                const merged = await forge.mergeRequest(request.id, {
                    expectedHeadSha: commit.sha,
                    message: plan.message,
                    trailers: plan.trailers,
                    mergedBy: options.by,
                });
                logger.info(`revert ${subject}: request ${request.url ?? request.id} merged; ${alert.environment} is back on ${plan.to}`);
                return { outcome: 'reverted', mode, from: plan.from, to: plan.to, commit: merged.sha, request, message: plan.message.split('\n')[0] };
            }
            catch (error) {
                if (!(error instanceof errors/* DhowError */.Bp) || error.code !== 'refused')
                    throw error;
                const message = `revert request ${request.url ?? request.id} for ${subject} is open but could not be merged yet: ${error.message}`;
                logger.warning(message);
                return { outcome: 'requested', mode, from: plan.from, to: plan.to, request, message };
            }
        }
        catch (error) {
            if (error instanceof errors/* DhowError */.Bp && error.code === 'conflict' && attempt < maxAttempts) {
                logger.info(`revert ${subject}: the registry moved (${error.message}); reading it again (attempt ${attempt + 1})`);
                continue;
            }
            throw error;
        }
    }
}
/** The request that deployed the live release: recorded in the file, or in the Dhow-Request trailer of its last commit. */
async function promotionRequestOf(forge, ref, release) {
    if (!release)
        return undefined;
    if (release.request?.id)
        return release.request.id;
    const [last] = await forge.history((0,paths/* releasePath */.bD)(release.environment, release.model), ref, { limit: 1 });
    return last?.trailers[paths/* TRAILERS */.jl.request];
}
/**
 * Says so where people look (the promotion request of the drifting version; else one issue in the
 * registry repository), then fails. Telling people is best effort: the error is thrown either way.
 */
async function failLoudly(forge, alert, reason, message, requestId, logger) {
    // No logger.error here: the error thrown below is what the CLI prints, the action fails with and the
    // bridge logs; logging it too would say everything twice. An alert naming an unknown version is bad
    // input, not news for people: it only fails.
    if (reason !== 'unknown-version') {
        const told = requestId ? await commentOnRequest(forge, alert, message, requestId, logger) : false;
        if (!told)
            await raiseRevertIssue(forge, alert, reason, message, logger);
    }
    throw new errors/* DhowError */.Bp(reason === 'unknown-version' ? 'not-found' : 'refused', message);
}
async function commentOnRequest(forge, alert, message, requestId, logger) {
    try {
        await forge.upsertComment(requestId, REVERT_FAILED_MARKER(alert), [`**dhow could not revert ${alert.model} in ${alert.environment} automatically.**`, '', message, '', alertLine(alert)].join('\n'));
        return true;
    }
    catch (error) {
        logger.warning(`could not comment on request ${requestId}: ${error.message}; raising an issue instead`);
        return false;
    }
}
async function raiseRevertIssue(forge, alert, reason, message, logger) {
    try {
        const { issue, operation } = await forge.raiseIssue({
            marker: REVERT_FAILED_ISSUE_MARKER(alert, reason),
            label: REVERT_FAILED_LABEL,
            title: `dhow could not revert ${alert.model} ${alert.version} in ${alert.environment}`,
            body: [
                `**dhow could not revert ${alert.model} in ${alert.environment} automatically.** ${alert.environment} still runs ${alert.version}, which drifts.`,
                '',
                message,
                '',
                `Last alert: ${alertLine(alert)}`,
                ...(alert.source ? [`Source: ${alert.source}`] : []),
                '',
                `dhow keeps this issue up to date while it is open. Close it once ${alert.version} is handled: dhow will not reopen it or write here again for ${alert.version} in ${alert.environment}, however often the alert repeats; reopen it to hear about further alerts.`,
            ].join('\n'),
        });
        const where = `issue ${issue.url ?? issue.id}`;
        if (issue.state === 'closed')
            logger.info(`${where} about this was closed by a person: dhow leaves it closed`);
        else if (operation === 'none')
            logger.info(`${where} already says so`);
        else
            logger.info(`${operation === 'created' ? 'opened' : 'updated'} ${where} about this`);
    }
    catch (error) {
        logger.warning(`could not raise an issue in ${forge.description}: ${error.message}`);
    }
}
function alertLine(alert) {
    return `Alert \`${alert.fingerprint}\`, started ${alert['starts-at']}.${alert.summary ? ` ${alert.summary}` : ''}`;
}
function requestBody(alert, from, to) {
    return [
        `Production data drifts away from what **${alert.model} ${from}** was trained on, so dhow puts **${alert.environment}** back on its last known good version **${to}** and holds ${from} until a person lifts the hold.`,
        '',
        '| | |',
        '|---|---|',
        `| Alert | \`${alert.fingerprint}\` |`,
        `| Started | ${alert['starts-at']} |`,
        ...(alert.summary ? [`| Summary | ${alert.summary.replace(/\|/g, '\\|').replace(/\s+/g, ' ')} |`] : []),
        ...(alert.source ? [`| Source | ${alert.source.replace(/\|/g, '\\|')} |`] : []),
        '',
        'Closing this request without merging rejects the revert: dhow will not reopen it for this version.',
    ].join('\n');
}


/***/ }),

/***/ 3240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ parseDriftAlert)
/* harmony export */ });
/* unused harmony exports MAX_PAYLOAD_KEYS, MAX_PAYLOAD_BYTES, DriftAlert */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1815);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9843);
/**
 * The drift alert as it travels to the registry: the `client_payload` of a `repository_dispatch` event,
 * the file `dhow revert --alert` reads, and what the bridge builds from an Alertmanager alert.
 * GitHub caps `client_payload` at 10 top-level properties; we also cap its size, so a forged or runaway
 * payload is refused before anything reads it further.
 */




const MAX_PAYLOAD_KEYS = 10;
const MAX_PAYLOAD_BYTES = 64 * 1024;
const DriftAlert = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    model: _registry_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelName */ .bt,
    environment: _registry_names_js__WEBPACK_IMPORTED_MODULE_1__/* .EnvironmentName */ .Ru,
    version: _registry_names_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionName */ .gj,
    /** Identifies the alert (Alertmanager's fingerprint); recorded in the hold and the Dhow-Alert trailer. */
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[A-Za-z0-9._:-]{1,200}$/, 'must be 1 to 200 letters, digits, ".", "_", ":" or "-"'),
    /** When the alert started: an alert that started before the version was promoted is about an earlier deployment. */
    'starts-at': _registry_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .Timestamp */ .Dc,
    summary: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(2000).optional(),
    /** Who raised it: a URL (Prometheus' generatorURL, a workflow run) or a short name. */
    source: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).max(1000).optional(),
})
    .strict();
/**
 * Validates a payload from outside. `where` names it in errors (a file path, or "client_payload").
 * Throws DhowError('invalid-input') naming the first offending key.
 */
function parseDriftAlert(raw, where = 'client_payload') {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'the alert payload must be a JSON object', { file: where });
    }
    const keys = Object.keys(raw);
    if (keys.length > MAX_PAYLOAD_KEYS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `the alert payload has ${keys.length} top-level keys; at most ${MAX_PAYLOAD_KEYS} are allowed`, {
            file: where,
        });
    }
    const bytes = Buffer.byteLength(JSON.stringify(raw), 'utf8');
    if (bytes >= MAX_PAYLOAD_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `the alert payload is ${bytes} bytes; it must be under ${MAX_PAYLOAD_BYTES}`, { file: where });
    }
    const result = DriftAlert.safeParse(raw);
    if (result.success)
        return result.data;
    const issues = result.error.issues.map((issue) => {
        if (issue.code === 'unrecognized_keys')
            return `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
        const field = issue.path.map(String).join('.');
        return issue.code === 'invalid_type' && issue.input === undefined ? `"${field}" is missing` : `"${field}": ${issue.message}`;
    });
    const first = result.error.issues[0];
    const field = first.code === 'unrecognized_keys' ? first.keys[0] : first.path.map(String).join('.');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `invalid alert payload: ${issues.join('; ')}`, { file: where, field });
}


/***/ })

};
