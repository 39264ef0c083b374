export const id = 257;
export const ids = [257];
export const modules = {

/***/ 4257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withModelServer: () => (/* binding */ withModelServer)
/* harmony export */ });
/* unused harmony export startModelServer */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _gpu_process_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8972);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6999);
/* harmony import */ var _server_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6661);
/**
 * The model server's lifetime around a gate run: starts the planned argv in its own process group (no
 * shell), polls the ready URL until it answers 2xx, and stops the whole group afterwards: on success, on
 * failure, and when this process is told to stop (SIGTERM, SIGINT) or exits. A server that exits early
 * or never gets ready is stopped and reported with its last stderr lines. The plan is server-plan.ts's.
 */






const STDERR_LINES = 20;
const STOP_GRACE_MS = 5000;
function describeExit(exit) {
    return exit.code === null ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}
/** Why one poll failed, in a few words (the fetch error's cause carries the socket's code). */
function pollProblem(error) {
    const cause = error.cause;
    if (error.name === 'TimeoutError')
        return 'no answer within the poll timeout';
    return cause?.code ?? cause?.message ?? error.message;
}
async function startModelServer(plan, options) {
    const logger = options.logger ?? _logger_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .qq;
    const shown = plan.argv.join(' ');
    // detached: the server leads its own process group, so stopping it reaches everything it started.
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(plan.argv[0], plan.argv.slice(1), {
        cwd: plan.cwd,
        env: (0,_server_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .serverEnvironment */ .Pw)(options.env),
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderrTail = [];
    // Both pipes are read to the end: a server blocked on a full pipe would never answer.
    (0,node_readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input: child.stdout }).on('line', (line) => logger.debug(`server: ${line}`));
    (0,node_readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input: child.stderr }).on('line', (line) => {
        logger.debug(`server stderr: ${line}`);
        stderrTail.push(line);
        if (stderrTail.length > STDERR_LINES)
            stderrTail.shift();
    });
    const state = { exit: null, spawnError: null };
    const exited = new Promise((resolve) => {
        child.once('exit', (code, signal) => {
            state.exit = { code, signal };
            resolve();
        });
        child.once('error', (error) => {
            state.spawnError = error;
            resolve();
        });
    });
    const pid = child.pid;
    if (pid === undefined) {
        await exited;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `${plan.names.command} could not start ${JSON.stringify(plan.argv[0])}: ${state.spawnError?.message ?? 'no process'}`);
    }
    logger.info(`started the model server (pid ${pid}, leading its own process group): ${shown}`);
    let stopping = null;
    const stop = () => {
        stopping ??= (async () => {
            process.off('exit', killNow);
            for (const signal of ['SIGTERM', 'SIGINT'])
                process.off(signal, onSignal);
            // The group is signalled even when its leader has exited: what it started may still run.
            await (0,_gpu_process_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .killTree */ .TP)(pid, { processGroup: true, graceMs: STOP_GRACE_MS });
            await exited;
            logger.info(`the model server (pid ${pid}) stopped`);
        })();
        return stopping;
    };
    // Last resort when this process exits without stop() (process.exit, a crash): kill the group now,
    // synchronously, since nothing asynchronous runs in an exit handler.
    const killNow = () => {
        try {
            process.kill(-pid, 'SIGKILL');
        }
        catch {
            // already gone
        }
    };
    // A cancelled job sends SIGTERM (then SIGKILL): stop the server first, then end as the signal would.
    const onSignal = (signal) => {
        void stop().finally(() => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
    };
    process.on('exit', killNow);
    for (const signal of ['SIGTERM', 'SIGINT'])
        process.on(signal, onSignal);
    const fail = async (what) => {
        await stop();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `the model server never got ready: ${what}`, {
            reasons: stderrTail.length ? [`its last stderr lines:`, ...stderrTail.map((line) => `  ${line}`)] : ['it wrote nothing to stderr'],
        });
    };
    const deadline = Date.now() + plan.readyTimeoutMs;
    let problem = 'not polled yet';
    let pause = 50;
    for (;;) {
        if (state.spawnError)
            return fail(`${plan.names.command} could not start ${JSON.stringify(plan.argv[0])}: ${state.spawnError.message}`);
        if (state.exit)
            return fail(`${plan.names.command} (${shown}) ${describeExit(state.exit)} before ${plan.names.readyUrl} ${plan.readyUrl} answered`);
        const remaining = deadline - Date.now();
        if (remaining <= 0) {
            return fail(`${plan.names.readyUrl} ${plan.readyUrl} did not answer 2xx within ${plan.readyTimeoutMs / 1000} s (${plan.names.readyTimeout}); last: ${problem}`);
        }
        try {
            const response = await fetch(plan.readyUrl, { signal: AbortSignal.timeout(Math.max(100, Math.min(remaining, 5000))) });
            await response.arrayBuffer();
            if (response.ok)
                break;
            problem = `HTTP ${response.status}`;
        }
        catch (error) {
            problem = pollProblem(error);
        }
        // Wake early when the server exits: no need to wait out the pause to report it.
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, Math.min(pause, Math.max(0, deadline - Date.now()))))]);
        pause = Math.min(pause * 2, 500);
    }
    logger.info(`the model server (pid ${pid}) is ready: ${plan.readyUrl} answered; ${plan.urlVariable}=${plan.baseUrl}`);
    return { pid, stop };
}
/** Runs `body` with the server up and its base URL in the environment; the server is stopped whatever happens. */
async function withModelServer(plan, options, body) {
    const server = await startModelServer(plan, options);
    try {
        return await body({ ...options.env, [plan.urlVariable]: plan.baseUrl });
    }
    finally {
        await server.stop();
    }
}


/***/ })

};
