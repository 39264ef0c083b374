export const id = 169;
export const ids = [169];
export const modules = {

/***/ 4169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5217);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6611);
/**
 * dhow issues [list|show ID|close ID]: the issues dhow raised in a local registry (on refs/dhow/issues),
 * today the revert it could not make (no last known good, or it is on hold). Closing one is a person
 * saying "we know": dhow then leaves it closed and silent for that version, however often the alert repeats.
 */



const ON_GITHUB = "on GitHub, see dhow's issues in the repository's Issues tab (dhow status --repository lists the open ones)";
const USAGE = `usage: dhow issues --registry DIR [list] [--all] [--json]
       dhow issues --registry DIR show ID [--json]
       dhow issues --registry DIR close ID [--as NAME]
  Issues dhow raised when it could not revert by itself; list shows the open ones (--all: closed too).
  A closed issue stays closed: dhow neither reopens it nor writes to it again for the same version.\n  A local registry only: with a registry on GitHub, see dhow's issues in the repository's Issues tab (dhow status --repository lists the open ones).`;
async function run(args, ctx) {
    if ((0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .helpRequested */ ._T)(args, ctx, USAGE))
        return 0;
    (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseRepository */ .Pz)('issues', args, ON_GITHUB);
    const { values, positionals } = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)('issues', args, { registry: { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' }, as: { type: 'string' } }, true);
    const [sub = 'list', id, ...extra] = positionals;
    if (extra.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow issues: unexpected "${extra.join(' ')}"`);
    if (sub === 'list') {
        if (id !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow issues list takes no ID (did you mean "dhow issues show ${id}"?)`);
        const forge = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegistry */ .Me)(ctx, values.registry);
        const issues = (await forge.listIssues(values.all ? 'all' : 'open')).reverse();
        if (values.json)
            (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJson */ .GF)(ctx, { issues });
        else if (issues.length === 0)
            ctx.stdout.write(values.all ? 'dhow raised no issues\n' : 'No open issues\n');
        else
            ctx.stdout.write((0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['ISSUE', 'STATE', 'TITLE'], issues.map((i) => [i.id, i.state, i.title])));
        return 0;
    }
    if (sub !== 'show' && sub !== 'close')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow issues: unknown subcommand "${sub}" (list, show ID or close ID)`);
    if (id === undefined || !/^[1-9][0-9]*$/.test(id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow issues ${sub}: name one issue number${id ? `, got "${id}"` : ''}`);
    if (sub === 'show') {
        const forge = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegistry */ .Me)(ctx, values.registry);
        const issue = (await forge.listIssues('all')).find((i) => i.id === id);
        if (!issue)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `dhow issues show: no issue ${id}`);
        if (values.json)
            (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJson */ .GF)(ctx, issue);
        else
            ctx.stdout.write(`#${issue.id} (${issue.state}) ${issue.title}\n\n${issue.body}\n`);
        return 0;
    }
    const by = (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .actor */ .eN)(ctx, values.as);
    const forge = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegistry */ .Me)(ctx, values.registry, by);
    await forge.closeIssue(id, by);
    ctx.stdout.write(`Closed issue ${id}: dhow leaves it closed\n`);
    return 0;
}


/***/ })

};
