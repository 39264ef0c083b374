export const id = 450;
export const ids = [450];
export const modules = {

/***/ 3240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDriftAlert: () => (/* binding */ parseDriftAlert)
/* harmony export */ });
/* unused harmony exports MAX_PAYLOAD_KEYS, MAX_PAYLOAD_BYTES, DriftAlert */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1815);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9201);
/**
 * The drift alert as it travels to the registry: the `client_payload` of a `repository_dispatch` event,
 * the file `dhow revert --alert` reads, and what the bridge builds from an Alertmanager alert.
 * GitHub caps `client_payload` at 10 top-level properties; we also cap its size, so a forged or runaway
 * payload is refused before anything reads it further.
 */




const MAX_PAYLOAD_KEYS = 10;
const MAX_PAYLOAD_BYTES = 64 * 1024;
const DriftAlert = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    model: (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelName */ .bt)(),
    environment: (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_1__/* .EnvironmentName */ .Ru)(),
    version: (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionName */ .gj)(),
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


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
