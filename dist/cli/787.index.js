export const id = 787;
export const ids = [787];
export const modules = {

/***/ 9787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _forge_local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6225);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9843);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5217);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6611);
/** dhow init [DIR]: a new registry (a bare git repository with dhow.yaml) in DIR or the registry directory. */






const USAGE = 'usage: dhow init [DIR] [--json]\n  Creates a registry (a bare git repository with dhow.yaml: dev -> staging -> production, 0/1/2 approvals).';
async function run(args, ctx) {
    if ((0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .helpRequested */ ._T)(args, ctx, USAGE))
        return 0;
    const { values, positionals } = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('init', args, { registry: { type: 'string' }, json: { type: 'boolean' } }, true);
    if (positionals.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DhowError */ .Bp('usage', 'dhow init: at most one directory');
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, positionals[0] ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .registryDir */ .zr)(values.registry, ctx));
    const config = (0,_registry_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultRegistryConfig */ .bI)();
    await (0,_forge_local_js__WEBPACK_IMPORTED_MODULE_1__/* .initRegistry */ .s)(dir, config, { logger: ctx.logger, identity: { name: ctx.env.GIT_AUTHOR_NAME ?? ctx.env.USER ?? 'dhow' }, now: () => (0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .now */ .tB)(ctx) });
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(ctx, { registry: dir, environments: config.environments.map((e) => ({ name: e.name, approvals: e.approvals })) });
        return 0;
    }
    const order = config.environments.map((e) => `${e.name} (${e.approvals} approval${e.approvals === 1 ? '' : 's'})`).join(' -> ');
    ctx.stdout.write(`Created a dhow registry in ${dir}\nPromotion order: ${order}\n`);
    return 0;
}


/***/ })

};
