export const id = 317;
export const ids = [317];
export const modules = {

/***/ 317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _promote_execute_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1575);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5217);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6611);
/** dhow merge REQUEST [--as NAME]: merges once the environment's policy is met; otherwise lists what it needs. */




const ON_GITHUB = "on GitHub, people merge the promotion pull request in GitHub once the environment's approvals are met (the policy-check action guards it)";
const USAGE = "usage: dhow merge --registry DIR REQUEST [--as NAME] [--json]\n  Merges (deploys) when the environment's approvals are met; otherwise exits 1 listing what is missing.\n  A local registry only: with a registry on GitHub, people merge the promotion pull request in GitHub once the environment's approvals are met (the policy-check action guards it).";
async function run(args, ctx) {
    if ((0,_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .helpRequested */ ._T)(args, ctx, USAGE))
        return 0;
    (0,_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .refuseRepository */ .Pz)('merge', args, ON_GITHUB);
    const { values, positionals } = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('merge', args, { registry: { type: 'string' }, as: { type: 'string' }, json: { type: 'boolean' } }, true);
    if (positionals.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow merge: name one REQUEST (the id dhow promote printed)');
    if (!/^[1-9][0-9]*$/.test(positionals[0]))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow merge: REQUEST must be a request number (the id dhow promote printed), got "${positionals[0]}"`);
    const by = (0,_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .actor */ .eN)(ctx, values.as);
    const forge = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegistry */ .Me)(ctx, values.registry, by);
    const { sha, check } = await (0,_promote_execute_js__WEBPACK_IMPORTED_MODULE_1__/* .mergePromotion */ .U5)(forge, positionals[0], { by, logger: ctx.logger });
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJson */ .GF)(ctx, { request: check.request.id, merged: true, commit: sha, model: check.model, environment: check.environment, version: check.release.version });
        return 0;
    }
    const approvers = check.approvals.approvers.length > 0 ? ` (approved by ${check.approvals.approvers.join(', ')})` : '';
    ctx.stdout.write(`Merged request ${check.request.id}${approvers}: ${check.environment} now runs ${check.model} ${check.release.version} [${(0,_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(sha)}]\n`);
    return 0;
}


/***/ }),

/***/ 1575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U5: () => (/* binding */ mergePromotion),
  C5: () => (/* binding */ openPromotion),
  dU: () => (/* binding */ rollback)
});

// UNUSED EXPORTS: PROMOTION_LABEL, checkMerge

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/registry/files.ts
var files = __webpack_require__(860);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/store.ts
var store = __webpack_require__(5482);
;// CONCATENATED MODULE: ./src/promote/approvals.ts
const key = (name) => name.trim().toLowerCase();
function evaluateApprovals({ reviews, author, headSha, required, ignore = [] }) {
    const excluded = new Set([key(author), ...ignore.map(key)]);
    const ordered = reviews
        .map((review, index) => ({ review, index }))
        .sort((a, b) => a.review.submittedAt.localeCompare(b.review.submittedAt) || a.index - b.index);
    const latest = new Map();
    for (const { review } of ordered) {
        if (review.state === 'commented')
            continue;
        const who = key(review.reviewer);
        if (excluded.has(who))
            continue;
        latest.set(who, review);
    }
    const approvers = [];
    const stale = [];
    const blocking = [];
    for (const review of latest.values()) {
        if (review.state === 'approved') {
            if (review.commitSha === headSha)
                approvers.push(review.reviewer);
            else
                stale.push(review.reviewer);
        }
        else if (review.state === 'changes_requested')
            blocking.push(review.reviewer);
    }
    const missing = [];
    for (const who of blocking)
        missing.push(`${who} requested changes: they must approve (or the review be dismissed) before a merge`);
    if (approvers.length < required) {
        const need = required - approvers.length;
        const have = approvers.length === 0 ? 'none yet' : `${approvers.length} so far: ${approvers.join(', ')}`;
        missing.push(`${need} more approval${need === 1 ? '' : 's'} from reviewers other than the author ${author} (needs ${required}; ${have})`);
        for (const who of stale)
            missing.push(`${who} approved an earlier commit of the request: approve the current one`);
    }
    return { satisfied: missing.length === 0, approvers, missing };
}

// EXTERNAL MODULE: ./src/promote/plan.ts
var promote_plan = __webpack_require__(530);
// EXTERNAL MODULE: ./src/promote/state.ts
var promote_state = __webpack_require__(8397);
;// CONCATENATED MODULE: ./src/promote/execute.ts
/**
 * Carrying out promotions, merges and rollbacks through a Forge: read a snapshot, plan purely, write with
 * compare-and-swap, and on a lost race read again and re-plan (never write a plan made on a stale state).
 */








/** The label of every dhow promotion request, beside env:<environment>. */
const PROMOTION_LABEL = 'dhow';
async function withRetry(what, attempts, logger, fn) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (error) {
            if (!(error instanceof errors/* DhowError */.Bp && error.code === 'conflict') || attempt >= attempts)
                throw error;
            logger.debug(`${what}: the registry moved (${error.message}); reading it again (attempt ${attempt + 1})`);
            await new Promise((r) => setTimeout(r, Math.random() * 30 * attempt));
        }
    }
}
function refused(what, reasons) {
    return new errors/* DhowError */.Bp('refused', `${what} refused`, { reasons });
}
/**
 * Opens (or updates) the promotion request of `version` to `environment`: one request per model and
 * environment, on branch dhow/promote/<env>/<model>, holding exactly one commit on the current default
 * branch. Running it again with nothing new is a no-op (`operation: 'none'`).
 */
async function openPromotion(forge, input, options) {
    const logger = options.logger ?? src_logger/* silentLogger */.qq;
    const { model, version, environment } = input;
    const branch = (0,paths/* promotionBranch */.Iw)(environment, model);
    let created = false;
    return withRetry(`promote ${model} ${version} to ${environment}`, options.attempts ?? 10, logger, async () => {
        const base = await forge.defaultBranch();
        const reader = await store.RegistryReader.open(forge, base);
        const config = await reader.config();
        const envs = config.environments.map((e) => e.name);
        const before = (0,promote_state/* environmentBefore */.VW)(envs, environment);
        // Read together: a forge that batches (github) answers the three in one round trip.
        const [state, branchHead, existing] = await Promise.all([
            (0,promote_state/* loadModelState */.tX)(reader, model, { versions: [version], historyOf: before ? [before] : [], deployOf: [environment] }),
            forge.branchHead(branch),
            forge.findRequest(branch, { state: 'open' }),
        ]);
        // Keep the promotion time of an otherwise identical request, so a repeated promote changes nothing.
        let at = options.at ?? new Date().toISOString();
        let by = options.by;
        if (branchHead && existing) {
            // The deploy listing lets a forge compare the planned files with the branch without reading them again.
            const [text] = await Promise.all([forge.readFile((0,paths/* releasePath */.bD)(environment, model), branchHead), forge.listDirectory((0,paths/* deployDir */.RU)(environment, model), branchHead)]);
            const onBranch = text ? (0,files/* parseRegistryFile */.N0)('Release', (0,paths/* releasePath */.bD)(environment, model), text) : null;
            if (onBranch?.version === version) {
                at = onBranch['promoted-at'];
                by = onBranch['promoted-by'];
            }
        }
        const plan = (0,promote_plan/* planPromotion */.z)(state, model, version, environment, config, { by, at });
        if (!plan.ok)
            throw refused(`promotion of ${model} ${version} to ${environment}`, plan.reasons);
        const trailers = { [paths/* TRAILERS */.jl.model]: model, [paths/* TRAILERS */.jl.version]: version, [paths/* TRAILERS */.jl.environment]: environment };
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
            throw new errors/* DhowError */.Bp('conflict', `${branch} moved to ${opened.request.headSha.slice(0, 8)} while its request was being updated`);
        }
        // Another promoter may have moved the branch between our commit and the request update: then the
        // request's title would not describe its content. Re-plan and write again (the last writer wins whole).
        // A run that wrote nothing leaves consistency to the writer (and keeps an unchanged re-run read-only and cheap).
        const wrote = commit.changed || opened.operation !== 'none';
        if (wrote && (await forge.branchHead(branch)) !== commit.sha) {
            throw new errors/* DhowError */.Bp('conflict', `${branch} moved while its request was being updated`);
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
/** Reads a promotion request and decides whether the policy lets it merge now. */
async function checkMerge(forge, id, options = {}) {
    const request = await forge.getRequest(id);
    const match = /^dhow\/promote\/([^/]+)\/([^/]+)$/.exec(request.branch);
    if (!match)
        throw new errors/* DhowError */.Bp('invalid-input', `request ${id} is not a dhow promotion (branch ${request.branch})`);
    const [, environment, model] = match;
    if (request.state !== 'open')
        throw new errors/* DhowError */.Bp('refused', `request ${id} is already ${request.state}`);
    const text = await forge.readFile((0,paths/* releasePath */.bD)(environment, model), request.headSha);
    if (!text)
        throw new errors/* DhowError */.Bp('invalid-input', `request ${id} has no ${(0,paths/* releasePath */.bD)(environment, model)}`);
    const release = (0,files/* parseRegistryFile */.N0)('Release', `${request.branch}:${(0,paths/* releasePath */.bD)(environment, model)}`, text);
    const reader = await store.RegistryReader.open(forge, request.base);
    const config = await reader.config();
    const envPolicy = config.environments.find((e) => e.name === environment);
    if (!envPolicy)
        throw new errors/* DhowError */.Bp('refused', `environment ${environment} is no longer in dhow.yaml`);
    const approvals = evaluateApprovals({
        reviews: await forge.listReviews(id),
        author: request.author,
        headSha: request.headSha,
        required: envPolicy.approvals,
        // The person who asked for the promotion never approves it, even when a bot opened the request.
        ignore: [...(options.ignore ?? []), release['promoted-by']],
    });
    const blockers = [...approvals.missing];
    // The plan must still hold on today's default branch (a hold added since, an environment rolled back ...).
    const before = (0,promote_state/* environmentBefore */.VW)(config.environments.map((e) => e.name), environment);
    const state = await (0,promote_state/* withHistoryIfNeeded */.pG)(reader, await (0,promote_state/* loadModelState */.tX)(reader, model, { versions: [release.version], deployOf: [] }), before, release.version);
    const replan = (0,promote_plan/* planPromotion */.z)(state, model, release.version, environment, config, { by: release['promoted-by'], at: release['promoted-at'] });
    if (!replan.ok)
        blockers.push(...replan.reasons);
    else if (replan.release.previous !== release.previous || replan.release['last-known-good'] !== release['last-known-good'] || JSON.stringify(replan.release.holds) !== JSON.stringify(release.holds)) {
        blockers.push(`the request is out of date: ${environment} changed since it was opened; run "dhow promote" again to refresh it`);
    }
    return { request, environment, model, release, approvals, blockers };
}
/** Merges a promotion request when the policy allows: a real merge commit with dhow trailers. */
async function mergePromotion(forge, id, options) {
    const check = await checkMerge(forge, id);
    if (check.blockers.length > 0)
        throw refused(`merge of request ${id} (${check.request.title})`, check.blockers);
    const { model, environment, release } = check;
    const { sha } = await forge.mergeRequest(id, {
        expectedHeadSha: check.request.headSha,
        message: `Merge request ${id}: ${check.request.title}\n\nApproved by ${check.approvals.approvers.join(', ') || 'nobody (none needed)'}.`,
        trailers: {
            [paths/* TRAILERS */.jl.model]: model,
            [paths/* TRAILERS */.jl.version]: release.version,
            [paths/* TRAILERS */.jl.environment]: environment,
            [paths/* TRAILERS */.jl.request]: id,
        },
        mergedBy: options.by,
    });
    return { sha, check };
}
/** Rolls an environment back (default: to its last known good) with one direct commit carrying Revert-Of. */
async function rollback(forge, input, options) {
    const logger = options.logger ?? src_logger/* silentLogger */.qq;
    const { model, environment } = input;
    return withRetry(`roll back ${model} in ${environment}`, options.attempts ?? 10, logger, async () => {
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


/***/ })

};
