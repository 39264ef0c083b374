export const id = 5259;
export const ids = [5259,5806];
export const modules = {

/***/ 65806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(86999);
// EXTERNAL MODULE: ./src/registry/names.ts + 1 modules
var names = __webpack_require__(50123);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/store.ts
var store = __webpack_require__(5482);
// EXTERNAL MODULE: ./src/promote/execute.ts + 1 modules
var execute = __webpack_require__(45327);
// EXTERNAL MODULE: ./src/promote/hold-plan.ts
var hold_plan = __webpack_require__(24347);
;// CONCATENATED MODULE: ./src/promote/hold.ts
/**
 * Placing and lifting holds through a Forge: read the release, plan purely (hold-plan.ts), then either
 * commit on the default branch with compare-and-swap (re-planned on a lost race) or, where changes to
 * main go through review, open a request on its own branch that a person approves and merges.
 */







/** One branch per hold change, so holds of two versions can be under review at once. */
const holdBranch = (action, environment, model, version) => `dhow/${action}/${(0,names/* assertName */.I1)('environment', environment)}/${(0,names/* assertName */.I1)('model', model)}/${(0,names/* assertName */.I1)('version', version)}`;
async function changeHold(forge, action, input, options) {
    const logger = options.logger ?? src_logger/* silentLogger */.qq;
    const { model, environment, version } = input;
    const what = action === 'hold' ? `hold of ${model} ${version} in ${environment}` : `lifting the hold of ${model} ${version} in ${environment}`;
    return (0,execute/* withRetry */.bD)(what, options.attempts ?? execute/* DEFAULT_ATTEMPTS */.li, logger, async () => {
        const base = await forge.defaultBranch();
        const reader = await store.RegistryReader.open(forge, base);
        const config = await reader.config();
        const envs = config.environments.map((e) => e.name);
        const [modelFile, record, release] = await Promise.all([
            reader.model(model),
            reader.version(model, version),
            envs.includes(environment) ? reader.release(environment, model) : Promise.resolve(null),
        ]);
        const state = { config, model, modelKnown: modelFile !== null, versionKnown: record !== null, release: release ?? undefined };
        const at = options.at ?? new Date().toISOString();
        const plan = action === 'hold' ? (0,hold_plan/* planHold */.b)(state, input, { by: options.by, at }) : (0,hold_plan/* planUnhold */.A)(state, input);
        if (!plan.ok)
            throw (0,execute/* refused */.J5)(what, plan.reasons);
        if (plan.change === 'none')
            return { change: 'none', release: plan.release, ...(plan.hold ? { hold: plan.hold } : {}) };
        const subject = action === 'hold' ? `Hold ${model} ${version} in ${environment}` : `Lift the hold on ${model} ${version} in ${environment}`;
        const message = `${subject}\n\n${input.reason.trim() || `${action === 'hold' ? 'Held' : 'Hold lifted'} by ${options.by}`}`;
        const trailers = { [paths/* TRAILERS */.jl.model]: model, [paths/* TRAILERS */.jl.version]: version, [paths/* TRAILERS */.jl.environment]: environment };
        if (options.via === 'commit') {
            const { sha } = await forge.commitFiles({ branch: base, expectedHead: reader.ref, changes: plan.changes, message, trailers });
            return { change: plan.change, release: plan.release, hold: plan.hold, sha };
        }
        const branch = holdBranch(action, environment, model, version);
        const branchHead = await forge.branchHead(branch);
        const commit = await forge.commitFiles({
            branch,
            expectedHead: branchHead,
            from: reader.ref,
            parent: reader.ref,
            changes: plan.changes,
            message,
            trailers,
        });
        const envPolicy = config.environments.find((e) => e.name === environment);
        const opened = await (0,execute/* openRequestOnBranch */.bg)(forge, {
            branch,
            base,
            title: subject,
            body: `${subject}.\n\n- reason: ${input.reason.trim() || '(none given)'}\n- asked by: ${options.by}\n- the version running in ${environment} does not change (${plan.release.version})`,
            labels: [execute/* PROMOTION_LABEL */.vi, `env:${environment}`],
            reviewers: envPolicy.reviewers,
            author: options.by,
        }, { createdBranch: branchHead === null, sha: commit.sha }, options.logger ?? src_logger/* silentLogger */.qq);
        if (opened.request.headSha !== commit.sha) {
            // Another run moved the branch after we wrote it: re-plan rather than describe content we did not write.
            throw new errors/* DhowError */.Bp('conflict', `${branch} moved to ${opened.request.headSha.slice(0, 8)} while its request was being updated`);
        }
        return { change: plan.change, release: plan.release, hold: plan.hold, request: opened.request, operation: opened.operation };
    });
}

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(16931);
// EXTERNAL MODULE: ./src/cli/registry.ts
var registry = __webpack_require__(56611);
;// CONCATENATED MODULE: ./src/cli/commands/hold.ts
/**
 * dhow hold / dhow unhold --model M --env ENV --version V [--reason TEXT]: place or lift a hold on a
 * version in an environment. On a local registry it is one commit on main (compare-and-swap); on GitHub
 * (--repository) a pull request that people review and merge like any change to main.
 */




const usage = (action) => `usage: dhow ${action} (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M --env ENV --version V ${action === 'hold' ? '--reason TEXT' : '[--reason TEXT]'} [--as NAME] [--json]\n` +
    (action === 'hold'
        ? '  Holds V in ENV: it may not be promoted there, nor rolled back to, until the hold is lifted (dhow unhold).\n'
        : '  Lifts the hold on V in ENV: it may be promoted there again.\n') +
    '  Locally one commit on main; with --repository a pull request to review and merge. Running it again changes nothing.\n' +
    '  --json prints {"model", "environment", "version", "change": "held|lifted|none", "commit", "request"}.';
function command(action) {
    return async function run(args, ctx) {
        if ((0,registry/* helpRequested */._T)(args, ctx, usage(action)))
            return 0;
        const { values } = (0,context/* parseCommandArgs */.Qx)(action, args, {
            ...registry/* WHERE_OPTIONS */.JI,
            model: { type: 'string' },
            env: { type: 'string' },
            version: { type: 'string' },
            reason: { type: 'string' },
            as: { type: 'string' },
            json: { type: 'boolean' },
        });
        const model = (0,context/* requireName */.rI)(action, 'model', 'model', values.model);
        const environment = (0,context/* requireName */.rI)(action, 'environment', 'env', values.env);
        const version = (0,context/* requireName */.rI)(action, 'version', 'version', values.version);
        if (action === 'hold' && !values.reason?.trim())
            throw new errors/* DhowError */.Bp('usage', 'dhow hold: --reason is required (it is recorded with the hold)');
        if (values.reason !== undefined && (values.reason.length > 2000 || values.reason.includes('\0'))) {
            throw new errors/* DhowError */.Bp('usage', `dhow ${action}: --reason must be at most 2000 characters`, { field: '--reason' });
        }
        const by = (0,registry/* actor */.eN)(ctx, values.as);
        const forge = await (0,registry/* openForge */.ys)(ctx, action, values, by);
        const result = await changeHold(forge, action, { model, environment, version, reason: values.reason ?? '' }, { by, at: (0,registry/* now */.tB)(ctx), logger: ctx.logger, via: forge.kind === 'github' ? 'request' : 'commit' });
        if (values.json) {
            (0,context/* writeJson */.GF)(ctx, {
                model,
                environment,
                version,
                change: result.change,
                commit: result.sha ?? null,
                request: result.request ? { id: result.request.id, url: result.request.url ?? null, operation: result.operation } : null,
            });
            return 0;
        }
        if (result.change === 'none') {
            ctx.stdout.write(action === 'hold'
                ? `${model} ${version} is already held in ${environment}: nothing to do\n`
                : `${model} ${version} is not held in ${environment}: nothing to do\n`);
        }
        else if (result.request) {
            const verb = action === 'hold' ? 'hold' : 'lift the hold on';
            ctx.stdout.write(`Request ${result.request.url ?? `#${result.request.id}`} (${result.operation}) to ${verb} ${model} ${version} in ${environment}: it takes effect when merged\n`);
        }
        else {
            ctx.stdout.write(`${action === 'hold' ? 'Held' : 'Lifted the hold on'} ${model} ${version} in ${environment} [${(0,registry/* shortSha */.Fu)(result.sha)}]\n`);
        }
        return 0;
    };
}
const run = command('hold');


/***/ }),

/***/ 75259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _hold_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65806);
/** dhow unhold: lifts a hold (see hold.ts, which both commands share). */

const run = (0,_hold_js__WEBPACK_IMPORTED_MODULE_0__.command)('unhold');


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


/***/ }),

/***/ 24347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ planUnhold),
/* harmony export */   b: () => (/* binding */ planHold)
/* harmony export */ });
/* harmony import */ var _registry_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47682);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);


function common(state, input) {
    const reasons = [];
    const envs = state.config.environments.map((e) => e.name);
    if (!envs.includes(input.environment))
        reasons.push(`unknown environment "${input.environment}": dhow.yaml lists ${envs.join(', ')}`);
    if (!state.modelKnown || state.model !== input.model)
        reasons.push(`unknown model "${input.model}"`);
    else if (!state.versionKnown)
        reasons.push(`unknown version "${input.version}" of ${input.model}`);
    if (reasons.length === 0 && !state.release) {
        reasons.push(`${input.model} has never been released to ${input.environment}: a hold is kept in its release file (${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .releasePath */ .bD)(input.environment, input.model)}), which does not exist yet`);
    }
    return reasons;
}
function withHolds(release, holds) {
    const next = { ...release, holds };
    return { release: next, changes: [{ path: (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .releasePath */ .bD)(release.environment, release.model), content: (0,_registry_files_js__WEBPACK_IMPORTED_MODULE_0__/* .serializeRegistryFile */ .cF)(next) }] };
}
/** Holds `version` in `environment`: it may not be promoted there (nor rolled back to) until the hold is lifted. */
function planHold(state, input, options) {
    const reasons = common(state, input);
    if (!input.reason.trim())
        reasons.push('a hold needs a reason');
    if (reasons.length > 0)
        return { ok: false, reasons };
    const release = state.release;
    const existing = release.holds.find((h) => h.version === input.version);
    if (existing)
        return { ok: true, change: 'none', release, changes: [], hold: existing };
    const hold = { version: input.version, reason: input.reason.trim(), by: options.by, at: options.at };
    return { ok: true, change: 'held', hold, ...withHolds(release, [...release.holds, hold]) };
}
/** Lifts the hold on `version` in `environment`; the version may be promoted there again. */
function planUnhold(state, input) {
    const reasons = common(state, input);
    if (reasons.length > 0)
        return { ok: false, reasons };
    const release = state.release;
    const existing = release.holds.find((h) => h.version === input.version);
    if (!existing)
        return { ok: true, change: 'none', release, changes: [] };
    return {
        ok: true,
        change: 'lifted',
        hold: existing,
        ...withHolds(release, release.holds.filter((h) => h.version !== input.version)),
    };
}


/***/ })

};
