export const id = 6171;
export const ids = [6171];
export const modules = {

/***/ 46171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50123);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(143);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5482);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16931);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56611);
/** dhow status [--model M] [--json]: what runs where. Reads dhow.yaml and the release files only. */






const USAGE = 'usage: dhow status (--registry DIR | --repository OWNER/NAME [--api-url URL]) [--model M] [--json]\n  --json prints {"releases": [{"model", "environment", "version", "digest", "promotedAt", "promotedBy"}]}.';
async function run(args, ctx) {
    if ((0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .helpRequested */ ._T)(args, ctx, USAGE))
        return 0;
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)('status', args, { ..._registry_js__WEBPACK_IMPORTED_MODULE_5__/* .WHERE_OPTIONS */ .JI, model: { type: 'string' }, json: { type: 'boolean' } });
    if (values.model !== undefined)
        (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', values.model, { field: '--model' });
    const forge = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .openForge */ .ys)(ctx, 'status', values);
    const reader = await _registry_store_js__WEBPACK_IMPORTED_MODULE_3__.RegistryReader.open(forge);
    const [config, modelFile] = await Promise.all([reader.config(), values.model === undefined ? undefined : reader.model(values.model)]);
    if (modelFile === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `dhow status: unknown model "${values.model}": ${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .modelPath */ .LH)(values.model)} does not exist (register a version first: dhow register)`, { field: '--model' });
    }
    const order = new Map(config.environments.map((e, i) => [e.name, i]));
    const releases = (await reader.listReleases())
        .filter((r) => values.model === undefined || r.model === values.model)
        .sort((a, b) => a.model.localeCompare(b.model) || (order.get(a.environment) ?? 0) - (order.get(b.environment) ?? 0));
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJson */ .GF)(ctx, {
            releases: releases.map((r) => ({
                model: r.model,
                environment: r.environment,
                version: r.version,
                digest: r.digest,
                promotedAt: r['promoted-at'],
                promotedBy: r['promoted-by'],
            })),
        });
        return 0;
    }
    const open = (await forge.listRequests('open')).filter((r) => values.model === undefined || r.branch.endsWith(`/${values.model}`)).reverse();
    const issues = (await forge.listIssues('open')).filter((i) => values.model === undefined || i.title.split(' ').includes(values.model)).reverse();
    const requests = (open.length === 0
        ? ''
        : `\nOpen promotion requests:\n${(0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(['REQUEST', 'TITLE', 'AUTHOR'], open.map((r) => [`#${r.id}`, r.title, r.author]))}`) +
        (issues.length === 0
            ? ''
            : forge.kind === 'github'
                ? `\nOpen issues:\n${(0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(['ISSUE', 'TITLE'], issues.map((i) => [`#${i.id}`, i.title]))}`
                : `\nOpen issues (dhow issues show ID):\n${(0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(['ISSUE', 'TITLE'], issues.map((i) => [i.id, i.title]))}`);
    if (releases.length === 0) {
        ctx.stdout.write((values.model ? `${values.model} is not released anywhere yet\n` : 'Nothing is released yet\n') + requests);
        return 0;
    }
    const rows = releases.map((r) => {
        const notes = [r['revert-of'] ? `rolled back from ${r['revert-of']}` : '', r.holds.length ? `held: ${r.holds.map((h) => h.version).join(', ')}` : '']
            .filter(Boolean)
            .join('; ');
        return [r.model, r.environment, r.version, (0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .shortDigest */ .VK)(r.digest), r['last-known-good'] ?? '-', r['promoted-at'], r['promoted-by'], notes];
    });
    ctx.stdout.write((0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(['MODEL', 'ENVIRONMENT', 'VERSION', 'DIGEST', 'LAST-GOOD', 'SINCE', 'BY', 'NOTES'], rows) + requests);
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
