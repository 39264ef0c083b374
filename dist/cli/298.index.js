export const id = 298;
export const ids = [298];
export const modules = {

/***/ 298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCliCaptured: () => (/* binding */ runCliCaptured)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6999);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(486);
/**
 * Runs the dhow CLI in-process with its streams captured as strings: what the demo shows and what the
 * tests assert on, without a child process.
 */



async function runCliCaptured(argv, options) {
    let stdout = '';
    let stderr = '';
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough();
    const err = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough();
    out.on('data', (c) => (stdout += c));
    err.on('data', (c) => (stderr += c));
    const code = await (0,_index_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .iW)(argv, {
        stdout: out,
        stderr: err,
        stdin: node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from([options.stdin ?? '']),
        env: options.env,
        cwd: options.cwd,
        // $DHOW_DEBUG of the run's own environment, as the dhow process reads it from its own.
        logger: (0,_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .streamLogger */ .VO)(err, Boolean(options.env.DHOW_DEBUG)),
        interactive: false,
    });
    return { code, stdout, stderr };
}


/***/ })

};
