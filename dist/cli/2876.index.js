export const id = 2876;
export const ids = [2876];
export const modules = {

/***/ 52876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BRIDGE_LIMIT_FLAGS: () => (/* binding */ BRIDGE_LIMIT_FLAGS),
/* harmony export */   parseBridgeLimits: () => (/* binding */ parseBridgeLimits),
/* harmony export */   parseListen: () => (/* binding */ parseListen),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _http_log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13654);
/* harmony import */ var _bridge_server_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26466);
/* harmony import */ var _revert_execute_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97070);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16931);
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
  --max-unauthenticated-body-bytes N
                            the most of a body read before its HMAC signature is checked
                            (default ${_bridge_server_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES */ .vG}; at most --max-body-bytes)
  --max-deliveries N        deliveries (dispatches or reverts) running at once; the rest wait in order
                            (default ${_bridge_server_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_DELIVERIES */ .wB})
  --max-connections N       open connections at once (default ${_bridge_server_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_CONNECTIONS */ .zT})
  --max-alerts N            alerts in one notification; a larger one gets 413 (default ${_bridge_server_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_ALERTS */ .j8});
                            set Alertmanager's webhook_config max_alerts to at most this
  --by NAME                 who the revert is recorded as (local; default dhow-bridge)
  --alertname NAME          act only on alerts with this alertname label (repeatable; default: any
                            firing alert whose labels name model, environment and version)
Each --max-* flag may also come from the environment: $DHOW_BRIDGE_MAX_BODY_BYTES, ...,
$DHOW_BRIDGE_MAX_ALERTS (the flag wins). The GitHub token is read from $GITHUB_TOKEN.
`;
/** The bridge's limits as flags: each with its environment variable and the range it may take. */
const BRIDGE_LIMIT_FLAGS = [
    { flag: 'max-body-bytes', env: 'DHOW_BRIDGE_MAX_BODY_BYTES', option: 'maxBodyBytes', default: _bridge_server_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_BODY_BYTES */ .y_, min: 1024, max: 64 * 1024 * 1024 },
    {
        flag: 'max-unauthenticated-body-bytes',
        env: 'DHOW_BRIDGE_MAX_UNAUTHENTICATED_BODY_BYTES',
        option: 'maxUnauthenticatedBodyBytes',
        default: _bridge_server_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES */ .vG,
        min: 1024,
        max: 64 * 1024 * 1024,
    },
    { flag: 'max-deliveries', env: 'DHOW_BRIDGE_MAX_DELIVERIES', option: 'maxDeliveries', default: _bridge_server_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_DELIVERIES */ .wB, min: 1, max: 256 },
    { flag: 'max-connections', env: 'DHOW_BRIDGE_MAX_CONNECTIONS', option: 'maxConnections', default: _bridge_server_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_CONNECTIONS */ .zT, min: 1, max: 65_536 },
    { flag: 'max-alerts', env: 'DHOW_BRIDGE_MAX_ALERTS', option: 'maxAlerts', default: _bridge_server_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_ALERTS */ .j8, min: 1, max: 100_000 },
];
/**
 * The limits from flags, else the environment, else the defaults; a bad value is refused naming the flag
 * or the variable it came from (the value itself is not repeated).
 */
function parseBridgeLimits(flags, env) {
    const limits = {};
    for (const limit of BRIDGE_LIMIT_FLAGS) {
        const fromFlag = typeof flags[limit.flag] === 'string' ? flags[limit.flag] : undefined;
        const fromEnv = env[limit.env]?.trim() || undefined;
        const source = fromFlag !== undefined ? `--${limit.flag}` : `$${limit.env}`;
        const text = fromFlag ?? fromEnv;
        if (text === undefined) {
            limits[limit.option] = limit.default;
            continue;
        }
        const value = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
        if (!Number.isSafeInteger(value) || value < limit.min)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow bridge: ${source} must be an integer >= ${limit.min}`);
        if (value > limit.max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow bridge: ${source} must be at most ${limit.max}`);
        limits[limit.option] = value;
    }
    if (limits.maxUnauthenticatedBodyBytes > limits.maxBodyBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow bridge: --max-unauthenticated-body-bytes (${limits.maxUnauthenticatedBodyBytes}) must not exceed --max-body-bytes (${limits.maxBodyBytes})`);
    }
    return limits;
}
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
        ...Object.fromEntries(BRIDGE_LIMIT_FLAGS.map((l) => [l.flag, { type: 'string' }])),
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
    const limits = parseBridgeLimits(values, ctx.env);
    const token = await secret(values['token-file'], ctx.env.DHOW_BRIDGE_TOKEN, 'bridge token', ctx.cwd);
    const hmacSecret = await secret(values['hmac-secret-file'], ctx.env.DHOW_BRIDGE_HMAC_SECRET, 'HMAC secret', ctx.cwd);
    if (!token && !hmacSecret) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow bridge: set $DHOW_BRIDGE_TOKEN (or --token-file) or $DHOW_BRIDGE_HMAC_SECRET (or --hmac-secret-file): the bridge never accepts unauthenticated alerts');
    }
    const logger = (0,_http_log_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonLogger */ .R)(ctx.stderr, { component: 'bridge', verbose: Boolean(ctx.env.DHOW_DEBUG) });
    let forge;
    let deliver;
    let closeForge = () => { };
    if (values.forge === 'local') {
        const { openLocalForge } = await __webpack_require__.e(/* import() */ 1295).then(__webpack_require__.bind(__webpack_require__, 21295));
        const local = await openLocalForge((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .registryDir */ .zr)(values.registry, ctx)), { logger });
        forge = local;
        closeForge = () => local.close();
        const by = values.by;
        deliver = async (alert) => {
            // Each delivery reads the registry as it is now, not as the bridge found it at its last delivery.
            local.beginPass();
            try {
                const outcome = await (0,_revert_execute_js__WEBPACK_IMPORTED_MODULE_4__/* .executeRevert */ .EE)(local, alert, { by, logger });
                return `${outcome.outcome}: ${outcome.message}`;
            }
            finally {
                local.endPass();
            }
        };
    }
    else {
        const repository = values.repository ?? ctx.env.GITHUB_REPOSITORY;
        if (!repository)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow bridge: --repository OWNER/NAME (or $GITHUB_REPOSITORY) is required with --forge github');
        const githubToken = ctx.env.GITHUB_TOKEN;
        if (!githubToken)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow bridge: $GITHUB_TOKEN is required with --forge github (a token that may send repository_dispatch)');
        const { createGitHubForge } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(5053), __webpack_require__.e(6576)]).then(__webpack_require__.bind(__webpack_require__, 45053));
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
        ...limits,
        ...(values.alertname ? { alertNames: values.alertname } : {}),
    });
    ctx.stdout.write(`dhow bridge listening on ${bridge.url}/alertmanager (forge ${forge.kind}: ${forge.description})\n`);
    const signal = await new Promise((done) => {
        process.once('SIGTERM', () => done('SIGTERM'));
        process.once('SIGINT', () => done('SIGINT'));
    });
    logger.event('info', `received ${signal}`);
    await bridge.close();
    closeForge();
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

/***/ 13654:
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


/***/ })

};
