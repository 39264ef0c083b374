export const id = 4169;
export const ids = [4169];
export const modules = {

/***/ 94169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16931);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56611);
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


/***/ }),

/***/ 56611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   JI: () => (/* binding */ WHERE_OPTIONS),
/* harmony export */   Me: () => (/* binding */ openRegistry),
/* harmony export */   Pz: () => (/* binding */ refuseRepository),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   _T: () => (/* binding */ helpRequested),
/* harmony export */   eN: () => (/* binding */ actor),
/* harmony export */   tB: () => (/* binding */ now),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   ys: () => (/* binding */ openForge)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _forge_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21295);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9843);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16931);
/**
 * What the registry commands share: opening the local registry named by --registry / $DHOW_REGISTRY /
 * the working directory, who is acting (--as, $DHOW_ACTOR, git config user.name, $USER) and the clock
 * ($DHOW_NOW, for reproducible demos and tests, else now).
 */






function now(ctx) {
    const fixed = ctx.env.DHOW_NOW;
    if (fixed) {
        if (!_registry_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .Timestamp */ .Dc.safeParse(fixed).success)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `$DHOW_NOW must be an ISO 8601 time with an offset, e.g. 2026-11-22T08:00:00Z (got "${fixed}")`);
        return fixed;
    }
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function actor(ctx, as) {
    const name = as ?? ctx.env.DHOW_ACTOR ?? gitUserName(ctx) ?? ctx.env.USER ?? ctx.env.USERNAME;
    if (!name || !name.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'who is acting? pass --as NAME (or set $DHOW_ACTOR or git config user.name)');
    if (name.length > 200 || /[\n\r\0]/.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', '--as must be one line of at most 200 characters', { field: '--as' });
    return name.trim();
}
function gitUserName(ctx) {
    try {
        return ((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['config', '--get', 'user.name'], { cwd: ctx.cwd, env: ctx.env, stdio: ['ignore', 'pipe', 'ignore'] })
            .toString()
            .trim() || undefined);
    }
    catch {
        return undefined;
    }
}
async function openRegistry(ctx, flag, as) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .registryDir */ .zr)(flag, ctx));
    // Commits are authored by the acting person; without --as the forge asks git config when it first commits.
    const name = as ?? ctx.env.DHOW_ACTOR;
    const forge = await (0,_forge_local_js__WEBPACK_IMPORTED_MODULE_3__.openLocalForge)(dir, { logger: ctx.logger, ...(name ? { identity: { name } } : {}), now: () => now(ctx) });
    // A command is one pass: its refs are read once. A server among the commands begins its own per request.
    forge.beginPass();
    (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .atCommandEnd */ .WB)(ctx, () => forge.endPass());
    return forge;
}
/** The options of a command that reads or writes the registry either locally (--registry) or on GitHub (--repository). */
const WHERE_OPTIONS = {
    registry: { type: 'string' },
    repository: { type: 'string' },
    'api-url': { type: 'string' },
};
/**
 * The registry a command works on: the repository on GitHub named by --repository (the token from
 * $GITHUB_TOKEN, the API root from --api-url, then $GITHUB_API_URL, then GitHub's), set up as the
 * actions set it up (connectRegistry); otherwise the local one (openRegistry).
 */
async function openForge(ctx, command, where, as) {
    if (where.repository === undefined) {
        if (where['api-url'] !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --api-url goes with --repository OWNER/NAME (a registry on GitHub)`);
        return openRegistry(ctx, where.registry, as);
    }
    if (where.registry !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --registry DIR (a local registry) and --repository OWNER/NAME (one on GitHub) exclude each other: pass one`);
    }
    const token = ctx.env.GITHUB_TOKEN;
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --repository needs a GitHub token in $GITHUB_TOKEN (one that can read ${where.repository}, and write to it for commands that change it)`);
    }
    const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(5053), __webpack_require__.e(397)]).then(__webpack_require__.bind(__webpack_require__, 90397));
    return connectRegistry({
        token,
        registry: where.repository,
        ...(where['api-url'] !== undefined ? { apiUrl: where['api-url'] } : {}),
        logger: ctx.logger,
        env: ctx.env,
        names: { registry: '--repository', apiUrl: '--api-url (or $GITHUB_API_URL)' },
    });
}
/**
 * Commands that only make sense on a local registry refuse --repository (before their options are parsed,
 * so the refusal says what to do instead rather than "unknown option").
 */
function refuseRepository(command, args, instead) {
    if (args.some((a) => a === '--repository' || a.startsWith('--repository=') || a === '--api-url' || a.startsWith('--api-url='))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: works on a local registry only (--registry DIR), not with --repository: ${instead}`);
    }
}
/** A plain-text table: a header row and aligned columns, two spaces apart. */
function table(headers, rows) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(headers), ...rows.map(line)].join('\n') + '\n';
}
const shortDigest = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
const shortSha = (sha) => sha.slice(0, 8);
/** `--help`/`-h` anywhere: print the command's usage and succeed. */
function helpRequested(args, ctx, usage) {
    if (!args.includes('--help') && !args.includes('-h'))
        return false;
    ctx.stdout.write(`${usage.trim()}\n\n--registry defaults to $DHOW_REGISTRY, then the current directory. --repository OWNER/NAME works on a registry on GitHub instead (token from $GITHUB_TOKEN; --api-url or $GITHUB_API_URL for GitHub Enterprise Server) where the usage shows it. Exit codes: 0 done, 1 refused or failed, 2 usage error.\n`);
    return true;
}


/***/ })

};
