export const id = 5327;
export const ids = [5327];
export const modules = {

/***/ 45327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  li: () => (/* binding */ DEFAULT_ATTEMPTS),
  vi: () => (/* binding */ PROMOTION_LABEL),
  bg: () => (/* binding */ openRequestOnBranch),
  J5: () => (/* binding */ refused),
  b0: () => (/* binding */ requestPromotion),
  dU: () => (/* binding */ rollback),
  bD: () => (/* binding */ withRetry)
});

// UNUSED EXPORTS: alreadyLive, openPromotion

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(86999);
// EXTERNAL MODULE: ./src/registry/files.ts + 1 modules
var files = __webpack_require__(47682);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/store.ts
var store = __webpack_require__(5482);
// EXTERNAL MODULE: ./src/promote/plan.ts
var promote_plan = __webpack_require__(40530);
// EXTERNAL MODULE: ./src/promote/state.ts
var promote_state = __webpack_require__(38397);
// EXTERNAL MODULE: ./src/rollout/gpu-budget.ts
var gpu_budget = __webpack_require__(79405);
;// CONCATENATED MODULE: ./src/rollout/gpu-usage.ts

async function environmentGpuInUse(reader, environment, promoting) {
    const releases = await reader.listReleases(environment);
    const running = releases.flatMap((r) => {
        if (r.model === promoting)
            return [[r.model, r.rollout?.stable ?? r.version]];
        return r.rollout ? [[r.model, r.version], [r.model, r.rollout.stable]] : [[r.model, r.version]];
    });
    const records = await Promise.all(running.map(([model, version]) => reader.version(model, version)));
    return (0,gpu_budget/* addDemands */.eS)(...records.flatMap((record) => (record ? [(0,gpu_budget/* gpuDemandOf */.lJ)(record)] : [])));
}

;// CONCATENATED MODULE: ./src/promote/execute.ts
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
            if (!(error instanceof errors/* DhowError */.Bp && error.code === 'conflict') || attempt >= attempts)
                throw error;
            logger.debug(`${what}: the registry moved (${error.message}); reading it again (attempt ${attempt + 1})`);
            // Exponential backoff with full jitter (capped at 2 s): writers that collided do not collide again in step.
            await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 10))));
        }
    }
}
function refused(what, reasons) {
    return new errors/* DhowError */.Bp('refused', `${what} refused`, { reasons });
}
/**
 * Opens (or updates) the request of a branch this run wrote. When the forge refuses the request itself (a
 * repository setting, a missing permission: GITHUB_TOKEN where Actions may not open pull requests) and
 * this run created the branch, the branch is deleted again, so a refused run leaves nothing that looks
 * like a request in progress. A lost race keeps the branch: the run re-plans on top of it.
 */
async function openRequestOnBranch(forge, input, wrote, logger) {
    try {
        return await forge.openOrUpdateRequest(input);
    }
    catch (error) {
        const race = error instanceof errors/* DhowError */.Bp && error.code === 'conflict';
        if (wrote.createdBranch && !race && (await forge.branchHead(input.branch).catch(() => null)) === wrote.sha) {
            await forge.deleteBranch(input.branch).catch((cleanup) => {
                logger.warning(`could not delete ${input.branch} after the request was refused: ${cleanup instanceof Error ? cleanup.message : String(cleanup)}`);
            });
        }
        throw error;
    }
}
/**
 * Opens (or updates) the promotion request of `version` to `environment`: one request per model and
 * environment, on branch dhow/promote/<env>/<model>, holding exactly one commit on the current default
 * branch. Running it again with nothing new is a no-op (`operation: 'none'`). A version that already runs
 * in the environment is refused: there is no request to open. The CLI and the action call requestPromotion.
 */
async function openPromotion(forge, input, options) {
    const outcome = await requestPromotion(forge, input, options);
    if (outcome.live)
        throw refused(`promotion of ${input.model} ${input.version} to ${input.environment}`, [outcome.message]);
    return outcome;
}
/** The title (and commit subject) of a promotion request: how a merged one is recognised later. */
const promotionTitle = (model, version, environment) => `Promote ${model} ${version} to ${environment}`;
/** Whether `version` is what runs in `environment` now: then a promotion has nothing to do. */
function alreadyLive(release, version) {
    return release?.version === version;
}
/**
 * openPromotion for workflows that run again: promote.yml's promote job re-run after its request was
 * merged (or `dhow promote` in an idempotent script) finds the version live and does nothing, naming the
 * merged request when the forge finds it, instead of being refused.
 */
async function requestPromotion(forge, input, options) {
    const logger = options.logger ?? src_logger/* silentLogger */.qq;
    const { model, version, environment } = input;
    const branch = (0,paths/* promotionBranch */.Iw)(environment, model);
    let created = false;
    return withRetry(`promote ${model} ${version} to ${environment}`, options.attempts ?? DEFAULT_ATTEMPTS, logger, async () => {
        // Read together: a forge that batches (github) answers the default branch with its head and dhow.yaml,
        // the promotion branch and its open request in one round trip, and the model's state in a second.
        const [base, branchHead, existing] = await Promise.all([forge.defaultBranch(), forge.branchHead(branch), forge.findRequest(branch, { state: 'open' })]);
        const reader = await store.RegistryReader.open(forge, base);
        const config = await reader.config();
        const envs = config.environments.map((e) => e.name);
        const before = (0,promote_state/* environmentBefore */.VW)(envs, environment);
        const [state, onBranch] = await Promise.all([
            (0,promote_state/* loadModelState */.tX)(reader, model, { versions: [version], historyOf: before ? [before] : [], deployOf: [environment] }),
            branchHead && existing ? readOnBranch(forge, branchHead, environment, model) : null,
        ]);
        const live = state.releases[environment];
        if (alreadyLive(live, version)) {
            // The newest merged request of the branch, if it carried this very version (the branch is reused by later promotions).
            const merged = await forge.findRequest(branch, { state: 'merged' });
            const request = merged && merged.title === promotionTitle(model, version, environment) ? merged : null;
            const message = `${model} ${version} already runs in ${environment}: nothing to do`;
            logger.debug(request ? `${message} (merged in ${request.url ?? `request ${request.id}`})` : message);
            return { live: true, operation: 'none', release: live, request, message };
        }
        // Keep the promotion time of an otherwise identical request, so a repeated promote changes nothing.
        let at = options.at ?? new Date().toISOString();
        let by = options.by;
        if (onBranch?.version === version) {
            at = onBranch['promoted-at'];
            by = onBranch['promoted-by'];
        }
        const budgeted = config.environments.find((e) => e.name === environment)?.['gpu-budget'];
        const gpuInUse = budgeted ? await environmentGpuInUse(reader, environment, model) : undefined;
        const plan = (0,promote_plan/* planPromotion */.z)(gpuInUse ? { ...state, gpuInUse } : state, model, version, environment, config, { by, at });
        if (!plan.ok)
            throw refused(`promotion of ${model} ${version} to ${environment}`, plan.reasons);
        const trailers = { [paths/* TRAILERS */.jl.model]: model, [paths/* TRAILERS */.jl.version]: version, [paths/* TRAILERS */.jl.environment]: environment };
        const commit = await forge.commitFiles({
            branch,
            expectedHead: branchHead,
            from: reader.ref,
            parent: reader.ref,
            changes: plan.changes,
            message: promotionTitle(model, version, environment),
            trailers,
        });
        const envPolicy = config.environments.find((e) => e.name === environment);
        const title = promotionTitle(model, version, environment);
        const body = promotionBody(plan.release, envPolicy.approvals, before);
        const opened = await openRequestOnBranch(forge, { branch, base, title, body, labels: [PROMOTION_LABEL, `env:${environment}`], reviewers: envPolicy.reviewers, author: options.by, existing }, { createdBranch: branchHead === null, sha: commit.sha }, logger);
        created ||= opened.operation === 'created'; // kept across a retry below
        if (opened.request.headSha !== commit.sha) {
            // Another run moved the branch after we wrote it: its request text may not match the branch. Re-plan.
            throw new errors/* DhowError */.Bp('conflict', `${branch} moved to ${opened.request.headSha.slice(0, 8)} while its request was being updated`);
        }
        // Another promoter may have moved the branch between our commit and the request update: then the
        // request's title would not describe its content. Re-plan and write again (the last writer wins whole).
        // A run that wrote nothing leaves consistency to the writer (and keeps an unchanged re-run read-only and cheap).
        // A request this run just created took its head from the branch as it was then (checked above), and a
        // writer that moves the branch later updates the request itself: only an update, whose head GitHub
        // refreshes after a push, needs the branch read again.
        const wrote = commit.changed || opened.operation !== 'none';
        if (wrote && opened.operation !== 'created' && (await forge.branchHead(branch)) !== commit.sha) {
            throw new errors/* DhowError */.Bp('conflict', `${branch} moved while its request was being updated`);
        }
        const operation = created ? 'created' : commit.changed || opened.operation === 'updated' ? 'updated' : 'none';
        logger.debug(`request ${opened.request.id}: ${operation}`);
        return { live: false, request: opened.request, operation, release: plan.release };
    });
}
/**
 * The release file on an open request's branch, read with the model's state. The deploy listing lets a
 * forge compare the planned files with the branch without reading them again.
 */
async function readOnBranch(forge, head, environment, model) {
    const [text] = await Promise.all([forge.readFile((0,paths/* releasePath */.bD)(environment, model), head), forge.listDirectory((0,paths/* deployDir */.RU)(environment, model), head)]);
    return text ? (0,files/* parseRegistryFile */.N0)('Release', (0,paths/* releasePath */.bD)(environment, model), text) : null;
}
function promotionBody(release, approvals, before) {
    const lines = [
        `Promotes **${release.model} ${release.version}** (\`${release.digest}\`) to **${release.environment}**.`,
        '',
        `- replaces: ${release.previous ?? 'nothing (first release here)'}`,
        `- last known good after merge: ${release['last-known-good'] ?? 'none'}`,
        before ? `- ran in ${before} before` : '- first environment in the promotion order',
        `- needs ${approvals} approval${approvals === 1 ? '' : 's'} from reviewers other than the author`,
        ...(release.rollout
            ? [
                `- after merge: a ${release.rollout.strategy} rollout beside ${release.rollout.stable}, starting at ${release.rollout.weight}% of traffic (dhow rollout step)`,
            ]
            : []),
    ];
    return lines.join('\n');
}
/** Rolls an environment back (default: to its last known good) with one direct commit carrying Revert-Of. */
async function rollback(forge, input, options) {
    const logger = options.logger ?? src_logger/* silentLogger */.qq;
    const { model, environment } = input;
    return withRetry(`roll back ${model} in ${environment}`, options.attempts ?? DEFAULT_ATTEMPTS, logger, async () => {
        const branch = await forge.defaultBranch();
        const reader = await store.RegistryReader.open(forge, branch);
        // The release file comes with the state; only a default target (its last-known-good) needs one more read.
        const loaded = await (0,promote_state/* loadModelState */.tX)(reader, model, { versions: input.to ? [input.to] : [], historyOf: [environment], deployOf: [environment] });
        const target = input.to ?? loaded.releases[environment]?.['last-known-good'];
        const record = target && !input.to ? await reader.version(model, target) : null;
        const state = record ? { ...loaded, versions: { ...loaded.versions, [record.version]: record } } : loaded;
        const plan = (0,promote_plan/* planRollback */.I)(state, model, environment, { ...input, by: options.by, at: options.at ?? new Date().toISOString() });
        if (!plan.ok)
            throw refused(`rollback of ${model} in ${environment}`, plan.reasons);
        const { sha } = await forge.commitFiles({
            branch,
            expectedHead: reader.ref,
            changes: plan.changes,
            message: `Roll back ${model} in ${environment} to ${plan.release.version}\n\n${input.reason}`,
            trailers: {
                [paths/* TRAILERS */.jl.model]: model,
                [paths/* TRAILERS */.jl.version]: plan.release.version,
                [paths/* TRAILERS */.jl.environment]: environment,
                [paths/* TRAILERS */.jl.revertOf]: plan.release['revert-of'],
            },
        });
        return { sha, release: plan.release };
    });
}


/***/ }),

/***/ 40530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ planRollback),
/* harmony export */   z: () => (/* binding */ planPromotion)
/* harmony export */ });
/* harmony import */ var _registry_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50123);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
/* harmony import */ var _registry_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47682);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9843);
/* harmony import */ var _registry_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34699);
/* harmony import */ var _rollout_gpu_budget_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79405);
/* harmony import */ var _rollout_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87048);
/* harmony import */ var _rollout_policy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(22731);








const isHeld = (release, version) => release?.holds.find((h) => h.version === version);
/** Versions that are or were released in an environment, with the digest they ran with. */
function ranIn(state, environment, version) {
    const current = state.releases[environment];
    if (current?.version === version)
        return current;
    return (state.history[environment] ?? []).find((r) => r.version === version);
}
function environmentNames(policy) {
    return policy.environments.map((e) => e.name);
}
function finish(state, release, record, policy) {
    // A rollout that keeps its stable version beside the canary (RawDeployment) renders both.
    const manifests = (0,_registry_render_js__WEBPACK_IMPORTED_MODULE_4__/* .renderDeployManifests */ .GQ)(release, record, policy, release.rollout ? state.versions[release.rollout.stable] : undefined);
    const keep = new Set(manifests.map((m) => m.path));
    const stale = (state.deployFiles[release.environment] ?? [])
        .map((f) => (f.includes('/') ? f : `${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .deployDir */ .RU)(release.environment, release.model)}/${f}`))
        .filter((p) => !keep.has(p))
        .map((path) => ({ path, content: null }));
    return {
        ok: true,
        release,
        changes: [{ path: (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .releasePath */ .bD)(release.environment, release.model), content: (0,_registry_files_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeRegistryFile */ .cF)(release) }, ...manifests, ...stale],
    };
}
function planPromotion(state, model, version, environment, policy, options = { by: 'dhow', at: new Date().toISOString() }) {
    const reasons = [];
    const envs = environmentNames(policy);
    const index = envs.indexOf(environment);
    if (index < 0)
        reasons.push(`unknown environment "${environment}": dhow.yaml lists ${envs.join(', ')}`);
    if (!state.modelFile || state.model !== model)
        reasons.push(`unknown model "${model}": register a version first (dhow register)`);
    const record = state.versions[version];
    if (!record)
        reasons.push(`unknown version "${version}" of ${model}: register it first (dhow register)`);
    if (reasons.length > 0)
        return { ok: false, reasons };
    const current = state.releases[environment];
    const hold = isHeld(current, version);
    if (hold)
        reasons.push(`${model} ${version} is held in ${environment}: ${hold.reason} (by ${hold.by}, ${hold.at})`);
    if (current?.version === version)
        reasons.push(`${model} ${version} already runs in ${environment}`);
    if (record.model !== model || record.version !== version) {
        reasons.push(`the version record says ${record.model} ${record.version}, not ${model} ${version}`);
    }
    if (index > 0) {
        const before = envs[index - 1];
        const there = ranIn(state, before, version);
        if (!there) {
            reasons.push(`${model} ${version} has not run in ${before}: promote it to ${before} first (a version reaches ${environment} only after it ran in ${before})`);
        }
        else if (there.digest !== record.artifact.digest) {
            reasons.push(`digest mismatch: ${model} ${version} ran in ${before} as ${there.digest} but its version record says ${record.artifact.digest}`);
        }
    }
    // Register refuses a look-alike name, but a hand-made commit can still bring one in: Argo CD would then
    // let this promotion overwrite the other model's InferenceService.
    const owner = (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_0__/* .kubernetesNameTakenBy */ .g$)(model, state.modelsIn?.[environment] ?? []);
    if (owner) {
        reasons.push(`model "${model}" would deploy in ${environment} as the Kubernetes object "${(0,_registry_names_js__WEBPACK_IMPORTED_MODULE_0__/* .kubernetesName */ .gg)(model)}", which model "${owner}" already uses there: rename one of them`);
    }
    if (reasons.length > 0)
        return { ok: false, reasons };
    const release = {
        apiVersion: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .API_VERSION */ .mG,
        kind: 'Release',
        model,
        environment,
        version,
        digest: record.artifact.digest,
        ...(current ? { previous: current.version } : {}),
        ...lastKnownGood(current),
        holds: current?.holds ?? [],
        ...(options.request ? { request: options.request } : {}),
        'promoted-by': options.by,
        'promoted-at': options.at,
    };
    // A canary, blue-green or A/B policy starts a rollout with the merge (issue 15); over the GPU budget it is refused.
    const envPolicy = policy.environments[index];
    const gpu = state.gpuInUse ? { budget: envPolicy['gpu-budget'], inUse: state.gpuInUse, adds: (0,_rollout_gpu_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .gpuDemandOf */ .lJ)(record) } : undefined;
    const start = (0,_rollout_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .planRolloutStart */ .Xz)({ environment, current, canary: version, policy: (0,_rollout_policy_js__WEBPACK_IMPORTED_MODULE_7__/* .rolloutPolicyFor */ .h)(policy, model, environment), now: options.at, gpu });
    if (!start.ok)
        return { ok: false, reasons: start.reasons };
    if (start.rollout)
        release.rollout = start.rollout;
    return finish(state, release, record, policy);
}
function lastKnownGood(current) {
    if (!current)
        return {};
    if (!isHeld(current, current.version))
        return { 'last-known-good': current.version };
    return current['last-known-good'] ? { 'last-known-good': current['last-known-good'] } : {};
}
/**
 * Puts an environment back on an earlier version: the same machinery as a promotion, pointed at a version
 * that already ran in this environment. The new release records `revert-of` and `previous` (the version
 * replaced); its `last-known-good` is what it was when the target last ran here.
 */
function planRollback(state, model, environment, options) {
    const policy = state.config;
    const reasons = [];
    const envs = environmentNames(policy);
    if (!envs.includes(environment))
        reasons.push(`unknown environment "${environment}": dhow.yaml lists ${envs.join(', ')}`);
    if (!state.modelFile || state.model !== model)
        reasons.push(`unknown model "${model}"`);
    const current = state.releases[environment];
    if (reasons.length === 0 && !current)
        reasons.push(`${model} has never been released to ${environment}: nothing to roll back`);
    if (reasons.length > 0)
        return { ok: false, reasons };
    const target = options.to ?? current['last-known-good'];
    if (!target)
        return {
            ok: false,
            reasons: [
                `${environment} has no last known good version of ${model} recorded: ${options.toOption ? `name one with ${options.toOption}` : 'name the version to roll back to'}`,
            ],
        };
    const record = state.versions[target];
    if (target === current.version)
        reasons.push(`${model} ${target} already runs in ${environment}`);
    if (!record)
        reasons.push(`unknown version "${target}" of ${model}`);
    const hold = isHeld(current, target);
    if (hold)
        reasons.push(`${model} ${target} is held in ${environment}: ${hold.reason} (by ${hold.by}, ${hold.at})`);
    const before = (state.history[environment] ?? []).find((r) => r.version === target);
    if (!before && target !== current.version)
        reasons.push(`${model} ${target} never ran in ${environment}: a rollback only goes back to a version that ran there`);
    if (record && before && before.digest !== record.artifact.digest) {
        reasons.push(`digest mismatch: ${model} ${target} ran in ${environment} as ${before.digest} but its version record says ${record.artifact.digest}`);
    }
    if (reasons.length > 0)
        return { ok: false, reasons };
    const holds = [...current.holds];
    if (options.hold && !holds.some((h) => h.version === options.hold.version)) {
        holds.push({
            version: options.hold.version,
            reason: options.hold.reason,
            by: options.hold.by,
            at: options.at,
            ...(options.hold.alert ? { alert: options.hold.alert } : {}),
        });
    }
    const lkg = before?.['last-known-good'];
    const release = {
        apiVersion: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .API_VERSION */ .mG,
        kind: 'Release',
        model,
        environment,
        version: target,
        digest: record.artifact.digest,
        previous: current.version,
        ...(lkg && lkg !== target && !holds.some((h) => h.version === lkg) ? { 'last-known-good': lkg } : {}),
        holds,
        'revert-of': options.revertOf ?? current.version,
        ...(options.request ? { request: options.request } : {}),
        'promoted-by': options.by,
        'promoted-at': options.at,
    };
    return finish(state, release, record, policy);
}


/***/ }),

/***/ 38397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VW: () => (/* binding */ environmentBefore),
/* harmony export */   tX: () => (/* binding */ loadModelState)
/* harmony export */ });
/* unused harmony export withHistoryIfNeeded */
/* harmony import */ var _registry_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50123);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
/** Loads the snapshot a plan needs for one model: only its own files, never every version in the registry. */


async function loadModelState(reader, model, options = {}) {
    const config = await reader.config();
    const envs = config.environments.map((e) => e.name);
    const deployEnvs = (options.deployOf ?? envs).filter((e) => envs.includes(e));
    const [modelFile, releases, records, histories, deployFiles, modelsIn] = await Promise.all([
        reader.model(model),
        reader.readMany('Release', envs.map((env) => (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .releasePath */ .bD)(env, model))),
        Promise.all((options.versions ?? []).map((v) => reader.version(model, v))),
        Promise.all((options.historyOf ?? []).filter((e) => envs.includes(e)).map(async (env) => [env, await reader.releaseHistory(env, model)])),
        Promise.all(deployEnvs.map(async (env) => [env, (await reader.listFiles((0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .deployDir */ .RU)(env, model))).map((f) => `${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .deployDir */ .RU)(env, model)}/${f}`)])),
        Promise.all(deployEnvs.map(async (env) => [env, await modelsReleasedOrDeployed(reader, env)])),
    ]);
    const versions = {};
    for (const record of records)
        if (record)
            versions[record.version] = record;
    // A RawDeployment rollout renders its stable version beside the canary: the version running there now (a
    // rollout's stable is the version it starts beside, or the one it keeps). One more read, for these only.
    const stableOf = deployEnvs
        .filter((env) => config.environments.find((e) => e.name === env)?.['kserve-mode'] === 'raw-deployment')
        .map((env) => releases[envs.indexOf(env)])
        .flatMap((r) => (r ? [r.rollout?.stable ?? r.version] : []))
        .filter((v) => !versions[v]);
    for (const record of await Promise.all([...new Set(stableOf)].map((v) => reader.version(model, v))))
        if (record)
            versions[record.version] = record;
    const current = {};
    envs.forEach((env, i) => {
        if (releases[i])
            current[env] = releases[i];
    });
    const history = {};
    for (const [env, entries] of histories)
        history[env] = entries.map((e) => e.release).filter((r) => r !== null);
    return {
        config,
        model,
        modelFile,
        versions,
        releases: current,
        history,
        deployFiles: Object.fromEntries(deployFiles),
        modelsIn: Object.fromEntries(modelsIn),
    };
}
/**
 * Every model with a release file or a deploy directory in an environment: what its Kubernetes namespace
 * holds (or is about to), whichever of the two a hand-made commit left behind.
 */
async function modelsReleasedOrDeployed(reader, environment) {
    const [released, deployed] = await Promise.all([reader.listFiles((0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .releasesDir */ .m5)(environment)), reader.listFiles(`deploy/${environment}`)]);
    const models = new Set([...released.filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)), ...deployed]);
    return [...models].filter((m) => (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidName */ .uV)('model', m)).sort();
}
/** The environment before `environment` in promotion order, or undefined for the first. */
function environmentBefore(envs, environment) {
    const i = envs.indexOf(environment);
    return i > 0 ? envs[i - 1] : undefined;
}
/**
 * Adds the release history of `environment` to the state unless `version` is live there now (then the
 * history cannot change a plan's answer): promotions along the usual path never read history.
 */
async function withHistoryIfNeeded(reader, state, environment, version) {
    if (!environment || state.releases[environment]?.version === version || state.history[environment])
        return state;
    const entries = await reader.releaseHistory(environment, state.model);
    return { ...state, history: { ...state.history, [environment]: entries.map((e) => e.release).filter((r) => r !== null) } };
}


/***/ })

};
