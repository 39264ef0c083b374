export const id = 531;
export const ids = [531];
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
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6931);
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
        const { createGitHubForge } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(94), __webpack_require__.e(576)]).then(__webpack_require__.bind(__webpack_require__, 1094));
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


/***/ })

};
