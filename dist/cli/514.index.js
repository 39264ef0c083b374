export const id = 514;
export const ids = [514];
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

/***/ 5514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/demo/context.ts
/** Lines of a template literal without the common indentation and blank edges. */
function dedent(text) {
    const lines = text.replace(/^\s*\n/, '').trimEnd().split('\n');
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length));
    return lines.map((l) => l.slice(indent));
}
const shellQuote = (arg) => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
function createDemoContext(registry, workDir, io, start = '2026-11-22T08:00:00Z') {
    let clock = Date.parse(start);
    const style = (code, text) => (io.color ? `\x1b[${code}m${text}\x1b[0m` : text);
    const write = (text) => io.out.write(text);
    const ctx = {
        registry,
        workDir,
        shared: {},
        env: io.env,
        narrate: (text) => write(`${dedent(text).map((l) => `  ${l}`.trimEnd()).join('\n')}\n\n`),
        heading: (text) => write(`\n${style('1', `━━ ${text} `.padEnd(78, '━'))}\n\n`),
        now: () => new Date(clock).toISOString().replace('.000Z', 'Z'),
        advance: (minutes) => {
            clock += minutes * 60_000;
        },
        async dhow(argv, options = {}) {
            const { runCliCaptured } = await __webpack_require__.e(/* import() */ 298).then(__webpack_require__.bind(__webpack_require__, 298));
            const as = options.as;
            const full = as ? [...argv, '--as', as] : argv;
            const shown = ['dhow', ...full].map(shellQuote).join(' ').replace(registry, '$DHOW_REGISTRY');
            write(`${style('2', '$')} ${style('1', shown)}\n`);
            const env = { ...io.env, DHOW_REGISTRY: registry, DHOW_NOW: ctx.now(), GIT_AUTHOR_NAME: as ?? io.env.GIT_AUTHOR_NAME ?? 'dhow-demo' };
            const { code, stdout, stderr } = await runCliCaptured(full, { env, cwd: io.cwd });
            if (!options.quiet) {
                const shownOut = stdout.replaceAll(registry, '$DHOW_REGISTRY');
                if (shownOut)
                    write(shownOut.replace(/^/gm, '  ').replace(/ +$/gm, '') + (shownOut.endsWith('\n') ? '' : '\n'));
                if (stderr)
                    write(style('33', stderr.replaceAll(registry, '$DHOW_REGISTRY').replace(/^/gm, '  ').replace(/ +$/gm, '')) + (stderr.endsWith('\n') ? '' : '\n'));
                write('\n');
            }
            ctx.advance(options.minutes ?? 7);
            const expected = options.expect ?? 0;
            if (code !== expected) {
                throw new Error(`demo: "${shown}" exited ${code}, expected ${expected}\n${stderr}`);
            }
            return { code, stdout, stderr };
        },
    };
    return ctx;
}

;// CONCATENATED MODULE: ./src/demo/step-intro.ts
const introStep = {
    title: 'A registry is a git repository',
    async run(ctx) {
        ctx.narrate(`
      dhow keeps its model registry in a plain git repository: every version, every release and every
      approval is a commit you can read, diff and push anywhere. This demo needs no account and no
      network: the registry below is a local repository in a temporary directory.
    `);
        ctx.narrate(`In the commands below, $DHOW_REGISTRY is ${ctx.registry}`);
        await ctx.dhow(['init', ctx.registry]);
        ctx.narrate(`
      dhow.yaml lists the environments in promotion order and the approvals each needs:
      dev (none), staging (1 reviewer), production (2 reviewers, never the author).
    `);
    },
};

;// CONCATENATED MODULE: ./src/demo/step-register.ts


const DEMO_MODEL = 'arabic-dialect-id';
/** Writes a stand-in artifact and its metrics, and registers it. */
async function registerDemoVersion(ctx, version, metrics, params) {
    const artifact = (0,external_node_path_.join)(ctx.workDir, `${DEMO_MODEL}-${version}.safetensors`);
    await (0,promises_.writeFile)(artifact, `stand-in weights of ${DEMO_MODEL} ${version}\n`);
    const metricsFile = (0,external_node_path_.join)(ctx.workDir, `metrics-${version}.json`);
    await (0,promises_.writeFile)(metricsFile, `${JSON.stringify(metrics, null, 2)}\n`);
    await ctx.dhow([
        'register',
        '--model', DEMO_MODEL,
        '--version', version,
        '--artifact', `s3://mena-models-me-central-1/${DEMO_MODEL}/${version}/model.safetensors`,
        '--artifact-file', artifact,
        '--metrics', metricsFile,
        ...Object.entries(params).flatMap(([k, v]) => ['--param', `${k}=${v}`]),
    ], { as: 'noura' });
}
const registerStep = {
    title: 'Register two versions',
    async run(ctx) {
        ctx.narrate(`
      Noura, a data scientist, fine-tuned a classifier of Arabic dialects (Gulf, Levantine, Egyptian,
      Maghrebi, MSA). Registering a version records its artifact and sha256 digest, its metrics and its
      parameters in an immutable file: registering the same version again with different content is refused.
    `);
        await registerDemoVersion(ctx, 'v1', { accuracy: 0.912, 'macro-f1': 0.884 }, { 'base-model': 'CAMeLBERT-mix', epochs: '3' });
        ctx.narrate('A week later she registers a second version, trained on more Maghrebi data.');
        ctx.advance(60 * 24 * 7);
        await registerDemoVersion(ctx, 'v2', { accuracy: 0.927, 'macro-f1': 0.901 }, { 'base-model': 'CAMeLBERT-mix', epochs: '4' });
    },
};

;// CONCATENATED MODULE: ./src/demo/step-promote-v1.ts

/** `dhow promote`, returning the request id from its --json answer. */
async function promote(ctx, version, env, as) {
    const run = await ctx.dhow(['promote', '--model', DEMO_MODEL, '--version', version, '--to', env], { as });
    const id = /request (\d+)/.exec(run.stdout)?.[1];
    if (!id)
        throw new Error(`demo: no request id in the output of dhow promote:\n${run.stdout}`);
    return id;
}
const promoteV1Step = {
    title: 'Promote v1: dev, staging, production',
    async run(ctx) {
        ctx.narrate(`
      A promotion is a request (a pull request on GitHub; a branch and a metadata ref here) that changes
      releases/<env>/<model>.yaml and renders the KServe InferenceService Argo CD or Flux will sync.
      Merging it is the deployment. dev needs no approval.
    `);
        let id = await promote(ctx, 'v1', 'dev', 'noura');
        await ctx.dhow(['merge', id], { as: 'noura' });
        ctx.narrate('staging needs one reviewer who is not the author. Layla from the platform team approves.');
        id = await promote(ctx, 'v1', 'staging', 'noura');
        await ctx.dhow(['review', id, '--approve', '--comment', 'Latency and memory look fine on the A10 pool.'], { as: 'layla' });
        await ctx.dhow(['merge', id], { as: 'noura' });
        ctx.narrate('production needs two. A merge before that is refused, and says what is missing:');
        id = await promote(ctx, 'v1', 'production', 'noura');
        await ctx.dhow(['merge', id], { as: 'noura', expect: 1 });
        await ctx.dhow(['review', id, '--approve'], { as: 'layla' });
        await ctx.dhow(['review', id, '--approve', '--comment', 'Fairness across dialects checked.'], { as: 'omar' });
        await ctx.dhow(['merge', id], { as: 'noura' });
    },
};

;// CONCATENATED MODULE: ./src/demo/step-promote-v2.ts

const promoteV2Step = {
    title: 'Promote v2 the same way',
    async run(ctx) {
        ctx.narrate('v2 cannot jump straight to production: it has not run in staging yet.');
        await ctx.dhow(['promote', '--model', 'arabic-dialect-id', '--version', 'v2', '--to', 'production'], { as: 'noura', expect: 1 });
        let id = await promote(ctx, 'v2', 'dev', 'noura');
        await ctx.dhow(['merge', id], { as: 'noura', quiet: false });
        id = await promote(ctx, 'v2', 'staging', 'noura');
        await ctx.dhow(['review', id, '--approve'], { as: 'layla' });
        await ctx.dhow(['merge', id], { as: 'noura' });
        id = await promote(ctx, 'v2', 'production', 'noura');
        await ctx.dhow(['review', id, '--approve'], { as: 'layla' });
        await ctx.dhow(['review', id, '--approve'], { as: 'omar' });
        await ctx.dhow(['merge', id], { as: 'noura' });
        ctx.narrate('production now runs v2; its release file records v1 as the last known good version.');
    },
};

;// CONCATENATED MODULE: ./src/demo/step-rollback.ts
const rollbackStep = {
    title: 'Roll production back',
    async run(ctx) {
        ctx.advance(60 * 3);
        ctx.narrate(`
      Three hours later, support tickets: v2 mislabels Sudanese Arabic as Egyptian. Omar, on call, rolls
      production back. No approval is needed to go back to the last known good version, and the commit
      records which version it reverts (a Revert-Of trailer).
    `);
        await ctx.dhow(['rollback', '--model', 'arabic-dialect-id', '--env', 'production', '--reason', 'v2 confuses Sudanese and Egyptian Arabic'], { as: 'omar' });
    },
};

;// CONCATENATED MODULE: ./src/demo/step-summary.ts
const summaryStep = {
    title: 'What runs where, and how it got there',
    async run(ctx) {
        await ctx.dhow(['status']);
        await ctx.dhow(['history', '--model', 'arabic-dialect-id', '--env', 'production']);
        await ctx.dhow(['validate']);
        ctx.narrate(`
      Everything above is in the registry's git history: try
        git -C ${ctx.registry} log --oneline --graph main
        git -C ${ctx.registry} show main:releases/production/arabic-dialect-id.yaml
    `);
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/demo/step-train.ts
/**
 * The demo's training step: trains the example model (examples/arabic-dialect-id) in runner mode on this
 * machine and registers v3 from what the training wrote, through the version-record draft.
 */




const EXAMPLE = (0,external_node_path_.join)('examples', 'arabic-dialect-id', 'train.mjs');
/** The example's train.mjs: next to the working directory, or up from this module (sources or bundle). */
function findExampleTrainer(cwd) {
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(cwd, EXAMPLE)))
        return EXAMPLE;
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = (0,external_node_path_.join)(dir, EXAMPLE);
        if ((0,external_node_fs_.existsSync)(candidate))
            return (0,external_node_path_.relative)(cwd, candidate) || candidate;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            throw new Error(`demo: ${EXAMPLE} not found above ${cwd}`);
        dir = parent;
    }
}
const trainStep = {
    title: 'Train a baseline (v3) on a runner and register it from the outputs',
    async run(ctx) {
        ctx.advance(60 * 24);
        ctx.narrate(`
      The next day Noura wants a fast baseline to compare her fine-tuned models against: a character
      n-gram classifier in plain Node (examples/arabic-dialect-id), which trains in about a second. On a
      self-hosted GPU runner the train action does what \`dhow train run\` does here: it runs the training
      command with DHOW_OUTPUT_DIR and DHOW_CHECKPOINT_DIR set, samples the GPU memory of its processes
      (this machine has no GPU, so only resident memory is measured; --require-gpu would refuse to
      start), stops it at the timeout, validates metrics.json, hashes the artifact and drafts the
      version record.
    `);
        const trainer = findExampleTrainer(process.cwd());
        const draft = (0,external_node_path_.join)(ctx.workDir, 'v3.yaml');
        await ctx.dhow([
            'train', 'run',
            '--command', `node ${trainer}`,
            '--output-dir', (0,external_node_path_.join)(ctx.workDir, 'train-v3'),
            '--param', 'max-n=4',
            '--param', 'alpha=1',
            '--timeout', '10m',
            '--artifact-uri', `s3://mena-models-me-central-1/${DEMO_MODEL}/v3/model.json`,
            '--checkpoint-root', (0,external_node_path_.join)(ctx.workDir, 'checkpoints'),
            '--model', DEMO_MODEL,
            '--version', 'v3',
            '--draft', draft,
        ], { as: 'noura' });
        ctx.narrate(`
      The draft holds the metrics, the parameters, the artifact's digest and size, how long training
      took and where it ran. Registering from it records exactly what the training produced. The
      baseline scores far below v1, so it is registered for comparison, not promoted:
    `);
        await ctx.dhow(['register', '--from', draft], { as: 'noura' });
        ctx.shared.trainedVersion = 'v3';
        ctx.narrate(`
      Her fine-tuned models train on the platform's GPU cluster instead. There the train action submits
      a Kubernetes Job and follows it to the end; \`dhow train render\` prints that Job for teams that
      prefer to commit it: the image pinned by digest, one MIG slice of an H100, spot capacity tolerated,
      preemption not counted as a failure, and nodes held to the region the residency policy allows:
    `);
        await ctx.dhow([
            'train', 'render',
            '--image', `registry.invalid/mena/arabic-dialect-id-trainer@sha256:${'3f'.repeat(32)}`,
            '--repository', 'mena-ai/arabic-dialect-id',
            '--run-id', '4242',
            '--gpu-product', 'NVIDIA-H100-80GB-HBM3',
            '--mig-profile', '1g.10gb',
            '--spot',
            '--allowed-region', 'me-central-1',
            '--', 'python', 'train.py', '--epochs', '3',
        ], { minutes: 0 });
    },
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/bridge/log.ts
var log = __webpack_require__(5423);
// EXTERNAL MODULE: ./src/drift/index.ts + 1 modules
var drift = __webpack_require__(3816);
// EXTERNAL MODULE: ./src/bridge/server.ts + 2 modules
var server = __webpack_require__(4249);
// EXTERNAL MODULE: ./src/forge/local.ts + 5 modules
var local = __webpack_require__(6225);
// EXTERNAL MODULE: ./src/revert/execute.ts + 1 modules
var execute = __webpack_require__(7070);
;// CONCATENATED MODULE: ./src/demo/drift.ts
/**
 * The demo's last act: a new version reaches production, production data drifts away from what it was
 * trained on, the drift report shows it, the alert arrives at the bridge as Alertmanager would send it,
 * the bridge reverts production to the last known good version (holding the bad one), a repeated alert
 * does nothing, and `dhow history` shows the revert.
 */











/** A small seeded generator (mulberry32), so the demo's data and report are the same on every run. */
function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function normal(next, mean, sd) {
    const u = Math.max(next(), 1e-12);
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}
function pick(next, weights) {
    const total = Object.values(weights).reduce((a, b) => a + b, 0);
    let r = next() * total;
    for (const [value, weight] of Object.entries(weights))
        if ((r -= weight) < 0)
            return value;
    return Object.keys(weights).at(-1);
}
/** Requests the classifier saw: message length, its confidence, the predicted dialect, the channel. */
function demoRequests(rows, seed, shape) {
    const next = random(seed);
    const lines = ['message_length,confidence,predicted_dialect,channel'];
    for (let i = 0; i < rows; i++) {
        const length = Math.max(3, Math.round(normal(next, ...shape.length)));
        const confidence = Math.min(0.999, Math.max(0.2, normal(next, ...shape.confidence))).toFixed(3);
        lines.push(`${length},${confidence},${pick(next, shape.dialect)},${pick(next, shape.channel)}`);
    }
    return `${lines.join('\n')}\n`;
}
const TRAINING = {
    length: [118, 30],
    confidence: [0.9, 0.05],
    dialect: { gulf: 30, levantine: 25, egyptian: 25, maghrebi: 10, msa: 10 },
    channel: { app: 60, web: 40 },
};
/** A voice-note channel launched in Sudan: short transcripts, a dialect the model barely knows. */
const PRODUCTION_NOW = {
    length: [64, 28],
    confidence: [0.71, 0.12],
    dialect: { gulf: 18, levantine: 12, egyptian: 45, maghrebi: 5, msa: 20 },
    channel: { app: 58, web: 42 },
};
/** The notification Alertmanager sends for the firing ModelDataDrift alert (webhook payload version 4). */
function alertmanagerNotification(version, startsAt, share) {
    const labels = { alertname: 'ModelDataDrift', model: DEMO_MODEL, environment: 'production', version, severity: 'page' };
    return {
        version: '4',
        groupKey: `{}/{alertname="ModelDataDrift"}:{environment="production", model="${DEMO_MODEL}", version="${version}"}`,
        truncatedAlerts: 0,
        status: 'firing',
        receiver: 'dhow-bridge',
        groupLabels: { environment: 'production', model: DEMO_MODEL, version },
        commonLabels: labels,
        commonAnnotations: {},
        externalURL: 'http://alertmanager.monitoring.svc:9093',
        alerts: [
            {
                status: 'firing',
                labels,
                annotations: { summary: `${DEMO_MODEL} ${version} drifts in production: ${Math.round(share * 100)}% of its columns` },
                startsAt,
                endsAt: '0001-01-01T00:00:00Z',
                generatorURL: 'http://prometheus.monitoring.svc:9090/graph?g0.expr=dhow_drift_share+%3E%3D+0.5',
                fingerprint: '9d3f6c2a71be0e45',
            },
        ],
    };
}
async function promoteEverywhere(ctx, version) {
    let id = await promote(ctx, version, 'dev', 'noura');
    await ctx.dhow(['merge', id], { as: 'noura', quiet: true });
    id = await promote(ctx, version, 'staging', 'noura');
    await ctx.dhow(['review', id, '--approve'], { as: 'layla', quiet: true });
    await ctx.dhow(['merge', id], { as: 'noura', quiet: true });
    id = await promote(ctx, version, 'production', 'noura');
    await ctx.dhow(['review', id, '--approve'], { as: 'layla', quiet: true });
    await ctx.dhow(['review', id, '--approve', '--comment', 'Sudanese Arabic fixed; checked on the dialect test set.'], { as: 'omar', quiet: true });
    await ctx.dhow(['merge', id], { as: 'noura' });
}
const driftStep = {
    title: 'Production data drifts: the automatic revert',
    async run(ctx) {
        ctx.narrate(`
      Noura retrains on more Sudanese data and registers v4. It goes through dev, staging and production
      with the same reviews as before (the commands are run quietly here). Production's release file now
      records v1 as its last known good version.
    `);
        await registerDemoVersion(ctx, 'v4', { accuracy: 0.931, 'macro-f1': 0.906 }, { 'base-model': 'CAMeLBERT-mix', epochs: '4' });
        await promoteEverywhere(ctx, 'v4');
        ctx.advance(60 * 24 * 3);
        const reference = (0,external_node_path_.join)(ctx.workDir, 'reference-v4.csv');
        const current = (0,external_node_path_.join)(ctx.workDir, 'production-sample.csv');
        await (0,promises_.writeFile)(reference, demoRequests(800, 3, TRAINING));
        await (0,promises_.writeFile)(current, demoRequests(600, 33, PRODUCTION_NOW));
        ctx.narrate(`
      Three days later a voice-note channel launches: short transcripts, many of them Egyptian and
      Sudanese. The nightly drift job compares a sample of production requests with v4's reference data,
      column by column, the way Evidently decides it:
    `);
        await ctx.dhow(['drift', '--reference', reference, '--current', current]);
        const result = await (0,drift/* detectDrift */.D9)({ reference, current });
        ctx.narrate(`
      The job publishes the share of drifted columns as dhow_drift_share{model, environment, version}
      (${result.share}). Prometheus' rule ModelDataDrift fires at >= 0.5, and Alertmanager posts the alert to
      the dhow bridge, which runs here against the local registry (with --forge github it would send a
      repository_dispatch and the revert workflow would do the same in the registry repository).
    `);
        const token = (0,external_node_crypto_.randomBytes)(24).toString('hex');
        const forge = await (0,local.openLocalForge)(ctx.registry, { identity: { name: 'dhow-bridge' }, now: () => ctx.now() });
        const silent = new external_node_stream_.Writable({ write: (_c, _e, done) => done() });
        const bridge = await (0,server/* startBridge */.c0)({
            auth: { token },
            logger: (0,log/* jsonLogger */.R)(silent),
            deliver: async (alert) => {
                const outcome = await (0,execute/* executeRevert */.EE)(forge, alert, { by: 'dhow-bridge', now: () => ctx.now() });
                return `${outcome.outcome}: ${outcome.message}`;
            },
        });
        try {
            const body = JSON.stringify(alertmanagerNotification('v4', ctx.now(), result.share));
            const send = async () => {
                const response = await fetch(`${bridge.url}/alertmanager`, {
                    method: 'POST',
                    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
                    body,
                });
                const answer = (await response.json());
                return `HTTP ${response.status}: ${answer.deliveries.map((d) => d.detail).join('; ')}`;
            };
            ctx.narrate(`POST /alertmanager (the alert fires) -> ${await send()}`);
            ctx.advance(5);
            ctx.narrate(`
        Alertmanager repeats the notification while the alert keeps firing. The revert decides from the
        registry's state, not from the event: production no longer runs v4, so the repeat does nothing.
        POST /alertmanager (repeat) -> ${await send()}
      `);
        }
        finally {
            await bridge.close();
        }
        ctx.narrate(`
      One commit moved production back to v1 and put v4 on hold (nothing promotes it again until a person
      lifts the hold); its trailers name the alert (Dhow-Alert) and the version it reverts (Revert-Of).
    `);
        await ctx.dhow(['history', '--model', DEMO_MODEL, '--env', 'production']);
        ctx.shared.driftShare = result.share;
    },
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/demo/gates.ts
/**
 * The demo's gate step: the example model (examples/arabic-dialect-id) is trained, served on loopback and
 * evaluated, and two candidates go through one gate policy against the version live in production:
 * v4 passes (its gate results are ready for its version record), the v3 baseline is refused.
 */









const DIGEST = (c) => `sha256:${c.repeat(64)}`;
async function runNode(args, env) {
    const child = (0,external_node_child_process_.spawn)(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const [code] = (await (0,external_node_events_.once)(child, 'exit'));
    if (code !== 0)
        throw new Error(`demo: node ${args.join(' ').slice(0, 80)} exited ${code}\n${err}`);
    return out;
}
/** Starts serve.mjs on a free loopback port and resolves with its URL once it listens. */
async function serve(serveScript, model) {
    const child = (0,external_node_child_process_.spawn)(process.execPath, [serveScript, '--port', '0', '--model', model], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = (0,external_node_readline_.createInterface)({ input: child.stdout });
    const url = await new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error('demo: the example model server did not start in 10 s')), 10_000);
        child.once('exit', (code) => reject(new Error(`demo: the example model server exited with ${code}`)));
        lines.on('line', (line) => {
            const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
            if (match) {
                clearTimeout(timer);
                resolvePromise(match[1]);
            }
        });
    });
    return { url, child };
}
/** The evaluation files the gates read, from the example model's predictions on its held-out split. */
async function evaluationFiles(ctx, example, outDir) {
    const predictions = (await (0,promises_.readFile)((0,external_node_path_.join)(outDir, 'predictions.jsonl'), 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    // Fairness by dialect: was each sentence classified correctly (1) or not (0); the selection rate of a
    // dialect is then its accuracy, and the demographic parity difference the gap between dialects.
    const csv = (0,external_node_path_.join)(ctx.workDir, 'gates-dialects.csv');
    await (0,promises_.writeFile)(csv, ['dialect,expected,correct', ...predictions.map((p) => `${p.dialect},1,${p.prediction === p.dialect ? 1 : 0}`)].join('\n') + '\n');
    // Text quality: the text the model reads (its own normalization) against what the user wrote.
    const text = (0,external_node_path_.join)(ctx.workDir, 'gates-text.jsonl');
    const script = `
    import { normalize } from ${JSON.stringify((0,external_node_path_.join)(example, 'model.mjs'))};
    import { readFileSync, writeFileSync } from 'node:fs';
    const rows = readFileSync(${JSON.stringify((0,external_node_path_.join)(outDir, 'predictions.jsonl'))}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
    writeFileSync(${JSON.stringify(text)}, rows.map((r) => JSON.stringify({ hypothesis: normalize(r.text), reference: r.text })).join('\\n') + '\\n');
  `;
    await runNode(['--input-type=module', '-e', script], process.env);
    return { csv, text };
}
function policy(paths, url) {
    const smoke = `import { DATA, fit, predict, readExamples } from ${JSON.stringify((0,external_node_path_.join)(paths.example, 'model.mjs'))};
const all = readExamples(DATA); const model = fit(all.filter((e) => e.split === 'train'));
for (const e of all) predict(model, e.text);`;
    return (0,dist/* stringify */.As)({
        apiVersion: 'dhow.dev/v1',
        kind: 'GatePolicy',
        description: 'arabic-dialect-id: promotion gates',
        inconclusive: 'block',
        residency: {
            'allowed-regions': ['me-central-1', 'qatarcentral'],
            locations: [
                { prefix: 's3://mena-models-me-central-1/', region: 'me-central-1' },
                { prefix: 's3://mena-data-me-central-1/', region: 'me-central-1' },
            ],
            clusters: { 'gpu-doha-1': 'qatarcentral' },
        },
        gates: [
            { name: 'accuracy', description: 'not below 0.85, and at least 0.005 above production', metric: 'accuracy', source: { kind: 'candidate' }, threshold: 0.85, 'min-absolute-change': 0.005, 'greater-is-better': true },
            { name: 'macro-f1', metric: 'macro-f1', source: { kind: 'candidate' }, 'min-relative-change': 0, 'greater-is-better': true, severity: 'warn' },
            {
                name: 'dialect-accuracy-gap',
                description: 'accuracy may differ by at most 0.4 between dialects (Fairlearn demographic parity difference of "correct")',
                metric: 'demographic_parity_difference',
                source: { kind: 'fairness', input: paths.csv, label: 'expected', prediction: 'correct', group: 'dialect', 'positive-label': '1', 'min-group-size': 10 },
                threshold: 0.4,
                'greater-is-better': false,
                'min-samples': 50,
            },
            {
                name: 'preprocessing-wer',
                description: 'on normalized Arabic, the model reads what the user wrote (only punctuation may go)',
                metric: 'wer',
                source: { kind: 'text', input: paths.text, normalize: 'arabic' },
                threshold: 0.5,
                'greater-is-better': false,
            },
            { name: 'arabic-mojibake', metric: 'mojibake', source: { kind: 'arabic-data', input: paths.text }, threshold: 0, 'greater-is-better': false },
            { name: 'arabic-share', metric: 'arabic_share', source: { kind: 'arabic-data', input: paths.text }, threshold: 0.95, 'greater-is-better': true },
            {
                name: 'latency-p99',
                metric: 'p99',
                source: {
                    kind: 'latency',
                    endpoint: { url: `${url}/predict`, body: { text: 'شلونك اليوم؟ عساك بخير' }, mode: 'constant-rate', rate: 40, 'duration-seconds': 1, 'warmup-seconds': 0.25 },
                },
                // A CPU classifier on a shared machine: the SLO leaves room for a busy neighbour.
                threshold: 500,
                'greater-is-better': false,
                'min-samples': 30,
            },
            { name: 'encoding-round-trip', metric: 'round-trip-mismatches', source: { kind: 'round-trip', url: `${url}/echo`, 'response-field': 'text' } },
            {
                name: 'memory',
                description: 'peak resident memory of a smoke inference (no GPU on this machine)',
                metric: 'peak-rss-mib',
                source: { kind: 'memory', command: [process.execPath, '--input-type=module', '-e', smoke], 'interval-ms': 50 },
                threshold: 512,
                'greater-is-better': false,
            },
            { name: 'residency', metric: 'residency-violations', source: { kind: 'residency' } },
        ],
    });
}
const gatesStep = {
    title: 'Gate two candidates against production',
    async run(ctx) {
        ctx.narrate(`
      Before a version is promoted it goes through gates, each a metric with MLflow's threshold semantics:
      an absolute threshold, and a minimum change against the version live in the target environment.
      The numbers are the reference tools' (Fairlearn, jiwer, sacreBLEU, CAMeL Tools' normalization). The
      example model is trained, served on loopback and measured: accuracy gap between dialects, text on
      normalized Arabic, the Arabic data checks, latency at a constant arrival rate, an encoding round
      trip of Arabic with diacritics, peak memory, and where the artifact, data and training live.
    `);
        const trainer = (0,external_node_path_.resolve)(findExampleTrainer(process.cwd()));
        const example = (0,external_node_path_.dirname)(trainer);
        // The training step's outputs when it ran; else train here (about a second).
        let outDir = (0,external_node_path_.join)(ctx.workDir, 'train-v3');
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(outDir, 'predictions.jsonl')) || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(outDir, 'model.json'))) {
            outDir = (0,external_node_path_.join)(ctx.workDir, 'gates-eval');
            await runNode([trainer], { ...process.env, DHOW_OUTPUT_DIR: outDir });
        }
        const files = await evaluationFiles(ctx, example, outDir);
        const server = await serve((0,external_node_path_.join)(example, 'serve.mjs'), (0,external_node_path_.join)(outDir, 'model.json'));
        try {
            const policyFile = (0,external_node_path_.join)(ctx.workDir, 'gates.yaml');
            await (0,promises_.writeFile)(policyFile, policy({ ...files, example }, server.url));
            ctx.narrate('v4, the fine-tuned model retrained with Sudanese data, against production:');
            const v4 = (0,external_node_path_.join)(ctx.workDir, 'v4.yaml');
            const v4Draft = {
                apiVersion: 'dhow.dev/v1',
                kind: 'ModelVersion',
                model: DEMO_MODEL,
                version: 'v4',
                artifact: { uri: `s3://mena-models-me-central-1/${DEMO_MODEL}/v4/model.safetensors`, digest: DIGEST('4') },
                data: { uri: 's3://mena-data-me-central-1/dialects/v5/' },
                training: { mode: 'kubernetes', cluster: 'gpu-doha-1' },
                metrics: { accuracy: 0.931, 'macro-f1': 0.906 },
                'created-by': 'noura',
                'created-at': ctx.now(),
            };
            await (0,promises_.writeFile)(v4, (0,dist/* stringify */.As)(v4Draft));
            const record = (0,external_node_path_.join)(ctx.workDir, 'v4-gates.json');
            await ctx.dhow(['gate', '--policy', policyFile, '--candidate', v4, '--environment', 'production', '--report', (0,external_node_path_.join)(ctx.workDir, 'v4-report.json'), '--record', record]);
            const gates = JSON.parse(await (0,promises_.readFile)(record, 'utf8'));
            ctx.narrate(`
        --record wrote the "gates" field of v4's version record (verdict ${gates.verdict}, policy
        ${gates['policy-digest'].slice(0, 19)}…, ${gates.summary.length} rows): registered with the version, the
        registry keeps what the candidate was judged by and against which policy.
      `);
            ctx.shared.v4Gates = gates;
            ctx.narrate('The v3 baseline trained earlier goes through the same gates, and is refused:');
            let v3 = (0,external_node_path_.join)(ctx.workDir, 'v3.yaml');
            if (!(0,external_node_fs_.existsSync)(v3)) {
                v3 = (0,external_node_path_.join)(ctx.workDir, 'v3-draft.yaml');
                const metrics = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(outDir, 'metrics.json'), 'utf8'));
                await (0,promises_.writeFile)(v3, (0,dist/* stringify */.As)({
                    apiVersion: 'dhow.dev/v1',
                    kind: 'ModelVersion',
                    model: DEMO_MODEL,
                    version: 'v3',
                    artifact: { uri: `s3://mena-models-me-central-1/${DEMO_MODEL}/v3/model.json`, digest: DIGEST('3') },
                    training: { mode: 'runner' },
                    metrics,
                }));
            }
            await ctx.dhow(['gate', '--policy', policyFile, '--candidate', v3, '--environment', 'production', '--report', (0,external_node_path_.join)(ctx.workDir, 'v3-report.json')], { expect: 1 });
            ctx.narrate(`
        Refused: its accuracy is far below production's, and nobody declared where it was trained or
        what data it used, and residency treats unknown as a failure, never a pass. The gate action
        writes the same report to the job summary and fails the workflow.
      `);
        }
        finally {
            server.child.kill();
        }
    },
};

;// CONCATENATED MODULE: ./src/demo/index.ts
/**
 * The demo: an ordered list of steps, each a module `{title, run(ctx)}` in this directory. Adding a step
 * is one line in DEMO_STEPS. `runDemo` makes a fresh registry in a temporary directory (or the one given),
 * runs every step with one shared DemoContext and returns it (tests inspect the registry afterwards).
 */













/** The steps, in order. Other parts of dhow add theirs here (training, gates, drift and the automatic revert). */
const DEMO_STEPS = [
    introStep,
    registerStep,
    promoteV1Step,
    promoteV2Step,
    rollbackStep,
    trainStep,
    gatesStep,
    driftStep,
    summaryStep,
];
async function runDemo(options = {}) {
    const io = {
        out: options.out ?? process.stdout,
        env: options.env ?? process.env,
        cwd: options.cwd ?? process.cwd(),
        color: options.color ?? false,
    };
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'dhow-demo-'));
    const registry = options.registry ?? (0,external_node_path_.join)(workDir, 'registry');
    const ctx = createDemoContext(registry, workDir, io);
    for (const step of options.steps ?? DEMO_STEPS) {
        ctx.heading(step.title);
        await step.run(ctx);
    }
    return ctx;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli/registry.ts
var cli_registry = __webpack_require__(6611);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
;// CONCATENATED MODULE: ./src/cli/commands/demo.ts
/** dhow demo [--registry DIR]: a narrated lifecycle on a fresh local registry (npm run demo). */






const USAGE = 'usage: dhow demo [--registry DIR]\n  A narrated lifecycle on a fresh local registry (a temporary directory unless DIR is given).';
async function run(args, ctx) {
    if ((0,cli_registry/* helpRequested */._T)(args, ctx, USAGE))
        return 0;
    const { values } = (0,context/* parseCommandArgs */.Qx)('demo', args, { registry: { type: 'string' } });
    const registry = values.registry ? (0,external_node_path_.resolve)(ctx.cwd, values.registry) : undefined;
    if (registry)
        await assertFreshDirectory(registry);
    const demo = await runDemo({ out: ctx.stdout, env: ctx.env, cwd: ctx.cwd, color: ctx.interactive && !ctx.env.NO_COLOR, ...(registry ? { registry } : {}) });
    ctx.stdout.write(`\nThe registry is in ${demo.registry}: it is yours to explore.\n`);
    return 0;
}
/** The demo starts with `dhow init DIR`, which needs a new or empty directory: say so before narrating anything. */
async function assertFreshDirectory(dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return;
        if (code === 'ENOTDIR')
            throw new errors/* DhowError */.Bp('usage', '--registry names a file: give a new or empty directory', { file: dir });
        throw error;
    }
    if (entries.length > 0) {
        throw new errors/* DhowError */.Bp('usage', '--registry is not empty: the demo creates a fresh registry there, so give a new or empty directory', { file: dir });
    }
}


/***/ })

};
