export const id = 309;
export const ids = [309];
export const modules = {

/***/ 8309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _promote_execute_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5159);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6931);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6611);
/** dhow promote: opens or updates the promotion request of a version to an environment. */



const USAGE = 'usage: dhow promote (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M --version V --to ENV [--as NAME] [--json]\n  Opens or updates the promotion request (with --repository: the pull request on GitHub); --json prints {"request": ID, "operation": "created|updated|none"}.';
async function run(args, ctx) {
    if ((0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .helpRequested */ ._T)(args, ctx, USAGE))
        return 0;
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)('promote', args, {
        ..._registry_js__WEBPACK_IMPORTED_MODULE_2__/* .WHERE_OPTIONS */ .JI,
        model: { type: 'string' },
        version: { type: 'string' },
        to: { type: 'string' },
        as: { type: 'string' },
        json: { type: 'boolean' },
    });
    const model = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .requireName */ .rI)('promote', 'model', 'model', values.model);
    const version = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .requireName */ .rI)('promote', 'version', 'version', values.version);
    const environment = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .requireName */ .rI)('promote', 'environment', 'to', values.to);
    const by = (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .actor */ .eN)(ctx, values.as);
    const forge = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .openForge */ .ys)(ctx, 'promote', values, by);
    const result = await (0,_promote_execute_js__WEBPACK_IMPORTED_MODULE_0__/* .openPromotion */ .C5)(forge, { model, version, environment }, { by, at: (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .now */ .tB)(ctx), logger: ctx.logger });
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJson */ .GF)(ctx, { request: result.request.id, operation: result.operation });
        return 0;
    }
    const verb = { created: 'opened', updated: 'updated', none: 'unchanged' }[result.operation];
    ctx.stdout.write(`${result.request.title}: request ${result.request.id} ${verb}\n` +
        `  replaces ${result.release.previous ?? 'nothing'}; branch ${result.request.branch}\n` +
        (forge.kind === 'github'
            ? `  next: review and merge it in GitHub: ${result.request.url ?? `pull request #${result.request.id}`}\n`
            : `  next: dhow review ${result.request.id} --approve --as REVIEWER, then dhow merge ${result.request.id}\n`));
    return 0;
}


/***/ }),

/***/ 6611:
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
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _forge_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6225);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9843);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6931);
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
    return (0,_forge_local_js__WEBPACK_IMPORTED_MODULE_3__.openLocalForge)(dir, { logger: ctx.logger, ...(name ? { identity: { name } } : {}), now: () => now(ctx) });
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
    const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(94), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 7441));
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


/***/ }),

/***/ 5159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ openPromotion),
/* harmony export */   J5: () => (/* binding */ refused),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   dU: () => (/* binding */ rollback),
/* harmony export */   li: () => (/* binding */ DEFAULT_ATTEMPTS),
/* harmony export */   vi: () => (/* binding */ PROMOTION_LABEL)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6999);
/* harmony import */ var _registry_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(860);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5482);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(530);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8397);
/**
 * Carrying out promotions, merges and rollbacks through a Forge: read a snapshot, plan purely, write with
 * compare-and-swap, and on a lost race read again and re-plan (never write a plan made on a stale state).
 */







/** The label of every dhow promotion request, beside env:<environment>. */
const PROMOTION_LABEL = 'dhow';
/**
 * Attempts when the registry moves under a writer. Each lost race means another writer landed, so N writers
 * at once finish within N attempts in the worst case; 40 covers a crowd, and the backoff spreads them out.
 */
const DEFAULT_ATTEMPTS = 40;
async function withRetry(what, attempts, logger, fn) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp && error.code === 'conflict') || attempt >= attempts)
                throw error;
            logger.debug(`${what}: the registry moved (${error.message}); reading it again (attempt ${attempt + 1})`);
            // Exponential backoff with full jitter (capped at 2 s): writers that collided do not collide again in step.
            await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 10))));
        }
    }
}
function refused(what, reasons) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('refused', `${what} refused`, { reasons });
}
/**
 * Opens (or updates) the promotion request of `version` to `environment`: one request per model and
 * environment, on branch dhow/promote/<env>/<model>, holding exactly one commit on the current default
 * branch. Running it again with nothing new is a no-op (`operation: 'none'`).
 */
async function openPromotion(forge, input, options) {
    const logger = options.logger ?? _logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .qq;
    const { model, version, environment } = input;
    const branch = (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .promotionBranch */ .Iw)(environment, model);
    let created = false;
    return withRetry(`promote ${model} ${version} to ${environment}`, options.attempts ?? DEFAULT_ATTEMPTS, logger, async () => {
        const base = await forge.defaultBranch();
        const reader = await _registry_store_js__WEBPACK_IMPORTED_MODULE_4__.RegistryReader.open(forge, base);
        const config = await reader.config();
        const envs = config.environments.map((e) => e.name);
        const before = (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .environmentBefore */ .VW)(envs, environment);
        // Read together: a forge that batches (github) answers the three in one round trip.
        const [state, branchHead, existing] = await Promise.all([
            (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .loadModelState */ .tX)(reader, model, { versions: [version], historyOf: before ? [before] : [], deployOf: [environment] }),
            forge.branchHead(branch),
            forge.findRequest(branch, { state: 'open' }),
        ]);
        // Keep the promotion time of an otherwise identical request, so a repeated promote changes nothing.
        let at = options.at ?? new Date().toISOString();
        let by = options.by;
        if (branchHead && existing) {
            // The deploy listing lets a forge compare the planned files with the branch without reading them again.
            const [text] = await Promise.all([
                forge.readFile((0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .releasePath */ .bD)(environment, model), branchHead),
                forge.listDirectory((0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .deployDir */ .RU)(environment, model), branchHead),
            ]);
            const onBranch = text ? (0,_registry_files_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryFile */ .N0)('Release', (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .releasePath */ .bD)(environment, model), text) : null;
            if (onBranch?.version === version) {
                at = onBranch['promoted-at'];
                by = onBranch['promoted-by'];
            }
        }
        const plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .planPromotion */ .z)(state, model, version, environment, config, { by, at });
        if (!plan.ok)
            throw refused(`promotion of ${model} ${version} to ${environment}`, plan.reasons);
        const trailers = { [_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .TRAILERS */ .jl.model]: model, [_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .TRAILERS */ .jl.version]: version, [_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .TRAILERS */ .jl.environment]: environment };
        const commit = await forge.commitFiles({
            branch,
            expectedHead: branchHead,
            from: reader.ref,
            parent: reader.ref,
            changes: plan.changes,
            message: `Promote ${model} ${version} to ${environment}`,
            trailers,
        });
        const envPolicy = config.environments.find((e) => e.name === environment);
        const title = `Promote ${model} ${version} to ${environment}`;
        const body = promotionBody(plan.release, envPolicy.approvals, before);
        const opened = await forge.openOrUpdateRequest({
            branch,
            base,
            title,
            body,
            labels: [PROMOTION_LABEL, `env:${environment}`],
            reviewers: envPolicy.reviewers,
            author: options.by,
        });
        created ||= opened.operation === 'created'; // kept across a retry below
        if (opened.request.headSha !== commit.sha) {
            // Another run moved the branch after we wrote it: its request text may not match the branch. Re-plan.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('conflict', `${branch} moved to ${opened.request.headSha.slice(0, 8)} while its request was being updated`);
        }
        // Another promoter may have moved the branch between our commit and the request update: then the
        // request's title would not describe its content. Re-plan and write again (the last writer wins whole).
        // A run that wrote nothing leaves consistency to the writer (and keeps an unchanged re-run read-only and cheap).
        const wrote = commit.changed || opened.operation !== 'none';
        if (wrote && (await forge.branchHead(branch)) !== commit.sha) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('conflict', `${branch} moved while its request was being updated`);
        }
        const operation = created ? 'created' : commit.changed || opened.operation === 'updated' ? 'updated' : 'none';
        logger.debug(`request ${opened.request.id}: ${operation}`);
        return { request: opened.request, operation, release: plan.release };
    });
}
function promotionBody(release, approvals, before) {
    const lines = [
        `Promotes **${release.model} ${release.version}** (\`${release.digest}\`) to **${release.environment}**.`,
        '',
        `- replaces: ${release.previous ?? 'nothing (first release here)'}`,
        `- last known good after merge: ${release['last-known-good'] ?? 'none'}`,
        before ? `- ran in ${before} before` : '- first environment in the promotion order',
        `- needs ${approvals} approval${approvals === 1 ? '' : 's'} from reviewers other than the author`,
    ];
    return lines.join('\n');
}
/** Rolls an environment back (default: to its last known good) with one direct commit carrying Revert-Of. */
async function rollback(forge, input, options) {
    const logger = options.logger ?? _logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .qq;
    const { model, environment } = input;
    return withRetry(`roll back ${model} in ${environment}`, options.attempts ?? DEFAULT_ATTEMPTS, logger, async () => {
        const branch = await forge.defaultBranch();
        const reader = await _registry_store_js__WEBPACK_IMPORTED_MODULE_4__.RegistryReader.open(forge, branch);
        // The release file comes with the state; only a default target (its last-known-good) needs one more read.
        const loaded = await (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .loadModelState */ .tX)(reader, model, { versions: input.to ? [input.to] : [], historyOf: [environment], deployOf: [environment] });
        const target = input.to ?? loaded.releases[environment]?.['last-known-good'];
        const record = target && !input.to ? await reader.version(model, target) : null;
        const state = record ? { ...loaded, versions: { ...loaded.versions, [record.version]: record } } : loaded;
        const plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .planRollback */ .I)(state, model, environment, { ...input, by: options.by, at: options.at ?? new Date().toISOString() });
        if (!plan.ok)
            throw refused(`rollback of ${model} in ${environment}`, plan.reasons);
        const { sha } = await forge.commitFiles({
            branch,
            expectedHead: reader.ref,
            changes: plan.changes,
            message: `Roll back ${model} in ${environment} to ${plan.release.version}\n\n${input.reason}`,
            trailers: {
                [_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .TRAILERS */ .jl.model]: model,
                [_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .TRAILERS */ .jl.version]: plan.release.version,
                [_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .TRAILERS */ .jl.environment]: environment,
                [_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .TRAILERS */ .jl.revertOf]: plan.release['revert-of'],
            },
        });
        return { sha, release: plan.release };
    });
}


/***/ })

};
