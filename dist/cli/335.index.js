export const id = 335;
export const ids = [335];
export const modules = {

/***/ 5335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _revert_execute_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7070);
/* harmony import */ var _revert_payload_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3240);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5217);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6611);
/**
 * `dhow revert --registry DIR --alert PAYLOAD.json`: what the revert action does on a repository_dispatch,
 * against a local registry or (--repository) one on GitHub. Decided from the registry's state: repeating it changes nothing.
 */







const HELP = `usage: dhow revert --alert PAYLOAD.json [--registry DIR | --repository OWNER/NAME [--api-url URL]] [--mode direct|pull-request] [--as NAME] [--json]

Puts the alerted environment back on its release's last known good version, holding the drifting version
in the same commit, when (and only when) the environment still runs the alerted version and the alert
started after that version was promoted. PAYLOAD.json is the repository_dispatch client_payload:
{"model", "environment", "version", "fingerprint", "starts-at", "summary"?, "source"?}.
--mode overrides dhow.yaml's revert.mode. With --repository it does on GitHub what the revert action does
(token from $GITHUB_TOKEN; --api-url or $GITHUB_API_URL for GitHub Enterprise Server).
`;
async function run(args, ctx) {
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Qx)('revert', args, {
        ..._registry_js__WEBPACK_IMPORTED_MODULE_6__/* .WHERE_OPTIONS */ .JI,
        alert: { type: 'string' },
        mode: { type: 'string' },
        as: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help)
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .printHelp */ .FR)(ctx, HELP);
    const alertPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .requireOption */ .Ve)('revert', 'alert', values.alert));
    const mode = values.mode;
    if (mode !== undefined && mode !== 'direct' && mode !== 'pull-request') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow revert: --mode must be "direct" or "pull-request", not "${mode}"`);
    }
    const alert = (0,_revert_payload_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDriftAlert */ .$Q)(await readJsonFile(alertPath), alertPath);
    const by = (0,_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .actor */ .eN)(ctx, values.as);
    const forge = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .openForge */ .ys)(ctx, 'revert', values, by);
    const outcome = await (0,_revert_execute_js__WEBPACK_IMPORTED_MODULE_3__/* .executeRevert */ .EE)(forge, alert, {
        by,
        now: () => (0,_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .now */ .tB)(ctx),
        logger: ctx.logger,
        ...(mode ? { mode } : {}),
    });
    if (values.json)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .writeJson */ .GF)(ctx, outcome);
    else
        ctx.stdout.write(`${outcome.outcome}: ${outcome.message}\n`);
    return 0;
}
async function readJsonFile(path) {
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (info.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'is a directory: give the alert payload file', { file: path });
        size = info.size;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('not-found', 'the alert payload file does not exist', { file: path });
    }
    if (size > 1024 * 1024)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `the alert payload file is ${size} bytes: far over the 64 KB a payload may have`, { file: path });
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    if (text.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'the alert payload file is empty', { file: path });
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `not JSON: ${error.message}`, { file: path });
    }
}


/***/ })

};
