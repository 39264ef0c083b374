export const id = 325;
export const ids = [325];
export const modules = {

/***/ 2325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5217);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6611);
/** dhow review REQUEST (--approve | --request-changes) --as NAME [--comment TEXT] */



const ON_GITHUB = "on GitHub, review the promotion pull request in GitHub (approve or request changes there)";
const USAGE = 'usage: dhow review --registry DIR REQUEST (--approve | --request-changes | --comment TEXT) --as NAME [--comment TEXT] [--json]\n  A local registry only: with a registry on GitHub, review the promotion pull request in GitHub (approve or request changes there).';
async function run(args, ctx) {
    if ((0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .helpRequested */ ._T)(args, ctx, USAGE))
        return 0;
    (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseRepository */ .Pz)('review', args, ON_GITHUB);
    const { values, positionals } = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)('review', args, {
        registry: { type: 'string' },
        approve: { type: 'boolean' },
        'request-changes': { type: 'boolean' },
        comment: { type: 'string' },
        as: { type: 'string' },
        json: { type: 'boolean' },
    }, true);
    if (positionals.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow review: name one REQUEST (the id dhow promote printed)');
    if (!/^[1-9][0-9]*$/.test(positionals[0]))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow review: REQUEST must be a request number (the id dhow promote printed), got "${positionals[0]}"`);
    if (values.approve && values['request-changes'])
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow review: --approve and --request-changes exclude each other');
    if (!values.approve && !values['request-changes'] && !values.comment)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow review: pass --approve, --request-changes or --comment TEXT');
    const reviewer = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)('review', 'as', values.as);
    const id = positionals[0];
    const forge = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegistry */ .Me)(ctx, values.registry, reviewer);
    if (values.approve) {
        // Names compare as the approval count compares them (trimmed, any case): the author's approval never counts.
        const { author } = await forge.getRequest(id);
        if (author.trim().toLowerCase() === reviewer.trim().toLowerCase()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('refused', `dhow review: ${reviewer} opened request ${id}, and the author of a request cannot approve it (--request-changes and --comment are allowed)`);
        }
    }
    const state = values.approve ? 'approved' : values['request-changes'] ? 'changes_requested' : 'commented';
    const review = await forge.submitReview(id, { reviewer, state, body: values.comment });
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJson */ .GF)(ctx, { request: id, reviewer, state, commit: review.commitSha });
        return 0;
    }
    const what = { approved: 'approved', changes_requested: 'requested changes on', commented: 'commented on' }[state];
    ctx.stdout.write(`${reviewer} ${what} request ${id} at ${(0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(review.commitSha)}${values.comment ? `: "${values.comment}"` : ''}\n`);
    return 0;
}


/***/ })

};
