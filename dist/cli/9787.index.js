export const id = 9787;
export const ids = [9787];
export const modules = {

/***/ 49787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _forge_local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21295);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9843);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16931);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56611);
/**
 * dhow init [DIR]: a new registry (a bare git repository with dhow.yaml) in DIR or the registry directory.
 * dhow init --repository OWNER/NAME [--protect]: the same registry in a repository on GitHub, written
 * through the API, and with --protect the settings, labels and ruleset docs/github-setup.md asks for.
 */






const USAGE = `usage: dhow init [DIR] [--json]
       dhow init --repository OWNER/NAME [--protect] [--api-url URL] [--json]
  Creates a registry (dhow.yaml: dev -> staging -> production, 0/1/2 approvals): a bare git repository in DIR,
  or, with --repository, dhow.yaml and README.md in one commit on the default branch of a repository on
  GitHub (token from $GITHUB_TOKEN; an existing dhow.yaml with other content is refused, never overwritten).
  --protect also sets what dhow needs there (admin rights: "Administration: write"): allow auto-merge,
  delete head branches on merge, merge commits allowed; the labels dhow, dhow:revert, dhow-revert-failed
  and env:<environment>; a ruleset "dhow" on the default branch requiring pull requests and the dhow/policy
  status (pinned to the App when the token is an App's installation token). A second run writes nothing.`;
async function run(args, ctx) {
    if ((0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .helpRequested */ ._T)(args, ctx, USAGE))
        return 0;
    const { values, positionals } = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('init', args, { registry: { type: 'string' }, repository: { type: 'string' }, 'api-url': { type: 'string' }, protect: { type: 'boolean' }, json: { type: 'boolean' } }, true);
    if (positionals.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DhowError */ .Bp('usage', 'dhow init: at most one directory');
    const config = (0,_registry_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultRegistryConfig */ .bI)();
    if (values.repository !== undefined) {
        if (positionals.length > 0 || values.registry !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DhowError */ .Bp('usage', 'dhow init: a directory (or --registry) and --repository OWNER/NAME exclude each other: pass one');
        }
        return initOnGitHub(ctx, config, values.repository, values['api-url'], Boolean(values.protect), Boolean(values.json));
    }
    if (values.protect || values['api-url'] !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DhowError */ .Bp('usage', 'dhow init: --protect and --api-url go with --repository OWNER/NAME (a registry on GitHub)');
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, positionals[0] ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .registryDir */ .zr)(values.registry, ctx));
    await (0,_forge_local_js__WEBPACK_IMPORTED_MODULE_1__/* .initRegistry */ .s)(dir, config, { logger: ctx.logger, identity: { name: ctx.env.GIT_AUTHOR_NAME ?? ctx.env.USER ?? 'dhow' }, now: () => (0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .now */ .tB)(ctx) });
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(ctx, { registry: dir, environments: config.environments.map((e) => ({ name: e.name, approvals: e.approvals })) });
        return 0;
    }
    ctx.stdout.write(`Created a dhow registry in ${dir}\nPromotion order: ${promotionOrder(config)}\n`);
    return 0;
}
function promotionOrder(config) {
    return config.environments.map((e) => `${e.name} (${e.approvals} approval${e.approvals === 1 ? '' : 's'})`).join(' -> ');
}
async function initOnGitHub(ctx, config, repository, apiUrl, protect, json) {
    const token = ctx.env.GITHUB_TOKEN;
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DhowError */ .Bp('usage', `dhow init: --repository needs a GitHub token in $GITHUB_TOKEN (one that can write to ${repository}; with --protect, one with admin rights)`);
    const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(5053), __webpack_require__.e(397)]).then(__webpack_require__.bind(__webpack_require__, 90397));
    const admin = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(5006)]).then(__webpack_require__.bind(__webpack_require__, 45006));
    const forge = connectRegistry({
        token,
        registry: repository,
        ...(apiUrl !== undefined ? { apiUrl } : {}),
        logger: ctx.logger,
        env: ctx.env,
        names: { registry: '--repository', apiUrl: '--api-url (or $GITHUB_API_URL)' },
    });
    const files = await admin.bootstrapRegistry(forge, config);
    let protection;
    let identity;
    if (protect) {
        identity = await admin.tokenIdentity(forge);
        protection = await admin.protectRegistry(forge, admin.desiredProtection(config, identity.kind === 'app' ? identity.integrationId : undefined));
    }
    const pinnedTo = identity?.kind === 'app' ? { app: identity.slug, integrationId: identity.integrationId } : null;
    if (json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(ctx, {
            repository,
            branch: files.branch,
            commit: files.commit ?? null,
            written: files.written,
            environments: config.environments.map((e) => ({ name: e.name, approvals: e.approvals })),
            ...(protection
                ? { protection: { settings: protection.settings, labelsCreated: protection.labels, ruleset: protection.ruleset, policyCheckPinnedTo: pinnedTo } }
                : {}),
        });
        return 0;
    }
    const out = [];
    out.push(files.commit
        ? `Wrote ${files.written.join(' and ')} to ${repository} in one commit ${(0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(files.commit)} on ${files.branch}`
        : `${repository} already holds dhow.yaml and a README on ${files.branch}: no file to write`);
    out.push(`Promotion order: ${promotionOrder(config)}`);
    if (protection && identity) {
        const settings = Object.entries(protection.settings).map(([k, v]) => `${k}=${String(v)}`);
        out.push(settings.length ? `Settings changed: ${settings.join(', ')}` : 'Settings: already as dhow needs them (auto-merge, delete head branches, merge commits)');
        out.push(protection.labels.length ? `Labels created: ${protection.labels.join(', ')}` : 'Labels: all there');
        const ruleset = { created: 'created', updated: 'updated to what dhow needs', none: 'already as dhow needs it' }[protection.ruleset.operation];
        out.push(`Ruleset "dhow" on ${files.branch} (id ${protection.ruleset.id}): ${ruleset}; pull requests required, ${admin.POLICY_CONTEXT} required`);
        if (identity.kind === 'app')
            out.push(`  ${admin.POLICY_CONTEXT} is pinned to the App ${identity.slug} (integration id ${identity.integrationId}): only its status satisfies it`);
        else {
            out.push(`  ${admin.POLICY_CONTEXT} is NOT pinned to an App (the token is ${identity.kind === 'github-token' ? "GitHub Actions' GITHUB_TOKEN" : `${identity.login}'s`}): any status with that name satisfies it.`, `  Run dhow init --protect again with the App's installation token (e.g. from actions/create-github-app-token) to pin it,`, `  or choose the App as the check's source in Settings > Rules > Rulesets > dhow.`);
        }
        const wrote = Object.keys(protection.settings).length + protection.labels.length + (protection.ruleset.operation === 'none' ? 0 : 1);
        if (wrote === 0 && !files.commit)
            out.push('Nothing changed.');
    }
    else if (!files.commit)
        out.push('Nothing changed.');
    ctx.stdout.write(out.join('\n') + '\n');
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
