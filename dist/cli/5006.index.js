export const id = 5006;
export const ids = [5006];
export const modules = {

/***/ 45006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   POLICY_CONTEXT: () => (/* binding */ POLICY_CONTEXT),
/* harmony export */   RULESET_NAME: () => (/* binding */ RULESET_NAME),
/* harmony export */   bootstrapRegistry: () => (/* binding */ bootstrapRegistry),
/* harmony export */   desiredProtection: () => (/* binding */ desiredProtection),
/* harmony export */   labelsToCreate: () => (/* binding */ labelsToCreate),
/* harmony export */   protectRegistry: () => (/* binding */ protectRegistry),
/* harmony export */   rulesetDiffers: () => (/* binding */ rulesetDiffers),
/* harmony export */   settingsToChange: () => (/* binding */ settingsToChange),
/* harmony export */   tokenIdentity: () => (/* binding */ tokenIdentity)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75945);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73222);
/**
 * Setting up the registry repository on GitHub (`dhow init --repository`): the registry's files in one
 * compare-and-swapped commit, and with protection the repository settings, the labels dhow puts on its
 * pull requests and the branch ruleset docs/github-setup.md asks for. What to want is decided by pure
 * functions (desiredProtection, settingsToChange, labelsToCreate, rulesetDiffers); the calls compare
 * first and write only what differs, so a second run makes no write.
 */



/** The status context the policy workflow sets; required on the default branch. */
const POLICY_CONTEXT = 'dhow/policy';
const RULESET_NAME = 'dhow';
/**
 * What dhow needs of the repository: auto-merge on (the policy workflow enables it), head branches deleted
 * on merge, merge commits allowed (promotion-policy's default merge-method); its labels; and a ruleset on
 * the default branch: pull requests only, stale approvals dismissed, the last push approved, code owners,
 * `dhow/policy` from `integrationId` (the App) when known, no force-push, no deletion. The App is the one
 * bypass actor: `register` commits version records and gate evidence straight to main (new, immutable
 * files dhow never rewrites), which "pull requests only" would refuse; every change to what runs (releases/,
 * deploy/, dhow.yaml) still goes through a request the policy engine judges.
 */
function desiredProtection(config, integrationId) {
    const labels = [
        { name: 'dhow', color: '0e8a16', description: 'A dhow promotion or revert' },
        { name: 'dhow:revert', color: 'b60205', description: 'A revert dhow opened after a drift alert' },
        { name: 'dhow-revert-failed', color: 'd93f0b', description: 'A revert dhow could not make by itself' },
        ...config.environments.map((e) => ({ name: `env:${e.name}`, color: '1d76db', description: `Changes what runs in ${e.name}` })),
    ];
    const check = {
        context: POLICY_CONTEXT,
        ...(integrationId !== undefined ? { integration_id: integrationId } : {}),
    };
    return {
        settings: { allow_auto_merge: true, delete_branch_on_merge: true, allow_merge_commit: true },
        labels,
        ruleset: {
            name: RULESET_NAME,
            target: 'branch',
            enforcement: 'active',
            conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
            rules: [
                {
                    type: 'pull_request',
                    parameters: {
                        required_approving_review_count: 0,
                        dismiss_stale_reviews_on_push: true,
                        require_code_owner_review: true,
                        require_last_push_approval: true,
                        required_review_thread_resolution: false,
                    },
                },
                { type: 'required_status_checks', parameters: { required_status_checks: [check], strict_required_status_checks_policy: false } },
                { type: 'non_fast_forward' },
                { type: 'deletion' },
            ],
            ...(integrationId !== undefined
                ? { bypass_actors: [{ actor_id: integrationId, actor_type: 'Integration', bypass_mode: 'always' }] }
                : {}),
        },
    };
}
/** The settings that differ from what dhow needs (empty: nothing to write). */
function settingsToChange(current, desired) {
    return Object.fromEntries(Object.entries(desired).filter(([k, v]) => current[k] !== v));
}
/** Labels not there yet (GitHub's label names are case-insensitive); existing ones are left as people made them. */
function labelsToCreate(existing, desired) {
    const there = new Set(existing.map((n) => n.toLowerCase()));
    return desired.filter((l) => !there.has(l.name.toLowerCase()));
}
/** Whether a ruleset GitHub holds differs from the wanted one in anything dhow sets (GitHub adds defaults). */
function rulesetDiffers(current, desired) {
    if (current.enforcement !== desired.enforcement || (current.target ?? 'branch') !== desired.target)
        return true;
    const bypass = current.bypass_actors ?? [];
    if ((desired.bypass_actors ?? []).some((want) => !bypass.some((have) => covers(have, want))))
        return true;
    if (!covers(current.conditions, desired.conditions))
        return true;
    const rules = current.rules ?? [];
    if (rules.length !== desired.rules.length)
        return true;
    return desired.rules.some((want) => !rules.some((have) => have.type === want.type && covers(have.parameters ?? {}, want.parameters ?? {})));
}
/** `have` holds every field of `want` with the same value (arrays element by element). */
function covers(have, want) {
    if (Array.isArray(want))
        return Array.isArray(have) && have.length === want.length && want.every((w, i) => covers(have[i], w));
    if (want !== null && typeof want === 'object') {
        if (have === null || typeof have !== 'object')
            return false;
        return Object.entries(want).every(([k, v]) => covers(have[k], v));
    }
    return have === want;
}
/** Writes dhow.yaml and the README where missing, in one commit compare-and-swapped on the default branch. */
async function bootstrapRegistry(forge, config) {
    // GitHub's Git Data API cannot write the first commit of an empty repository (409 "Git Repository is
    // empty."), and the Contents API would take one commit per file: the repository must have a commit.
    const empty = () => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `${forge.description} is empty: create it with a README (e.g. gh repo create ${forge.description} --add-readme) and run dhow init again`);
    const branch = await forge.defaultBranch().catch((error) => {
        throw error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp && error.code === 'not-found' ? empty() : error;
    });
    const head = await forge.branchHead(branch);
    if (!head)
        throw empty();
    const [configText, readme] = await forge.readFiles([_registry_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_FILE */ .g2, _registry_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .README_FILE */ .aF], head);
    const plan = (0,_registry_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .planBootstrap */ .CI)({ config: configText ?? null, readme: readme ?? null }, config, forge.description);
    if (plan.changes.length === 0)
        return { branch, written: [] };
    const result = await forge.commitFiles({
        branch,
        expectedHead: head,
        changes: plan.changes,
        message: 'Create the dhow registry\n\nWritten by dhow init: the registry format v1 and its promotion order.',
    });
    return { branch, ...(result.changed ? { commit: result.sha } : {}), written: result.changed ? plan.changes.map((c) => c.path) : [] };
}
async function tokenIdentity(forge) {
    const { viewer } = await call('reading who the token belongs to', () => forge.octokit.graphql('query { viewer { login } }'));
    const bot = /^(.+)\[bot\]$/.exec(viewer.login);
    if (!bot)
        return { kind: 'person', login: viewer.login };
    if (bot[1] === 'github-actions')
        return { kind: 'github-token', login: viewer.login };
    const { data } = await call(`reading the App ${bot[1]}`, () => forge.octokit.apps.getBySlug({ app_slug: bot[1] }));
    if (!data)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `GitHub has no App ${bot[1]}, yet the token belongs to ${viewer.login}`);
    return { kind: 'app', login: viewer.login, slug: bot[1], integrationId: data.id };
}
/** Applies `desired` where GitHub differs; reads everything first, writes nothing when all is in place. */
async function protectRegistry(forge, desired) {
    const repo = { owner: forge.owner, repo: forge.repo };
    const { data: current } = await call('reading the repository settings', () => forge.octokit.repos.get(repo));
    const settings = settingsToChange(current, desired.settings);
    const existingLabels = await call('listing the labels', () => forge.octokit.paginate(forge.octokit.issues.listLabelsForRepo, { ...repo, per_page: 100 }));
    const labels = labelsToCreate(existingLabels.map((l) => l.name), desired.labels);
    const rulesets = await admin('listing the rulesets', forge, () => forge.octokit.paginate(forge.octokit.repos.getRepoRulesets, { ...repo, per_page: 100, includes_parents: false }));
    const mine = rulesets.find((r) => r.name === desired.ruleset.name && r.source_type !== 'Organization');
    if (Object.keys(settings).length > 0)
        await admin('updating the repository settings', forge, () => forge.octokit.repos.update({ ...repo, ...settings }));
    for (const label of labels) {
        try {
            await forge.octokit.issues.createLabel({ ...repo, ...label });
        }
        catch (error) {
            // Made by someone else since we listed them: there now, which is all dhow needs.
            if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error) !== 422 || !/already_exists/.test(JSON.stringify(error.response?.data ?? '')))
                throw (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .forgeError */ .CX)(`creating the label ${label.name}`, error);
        }
    }
    let ruleset;
    if (!mine) {
        const { data } = await admin('creating the ruleset', forge, () => forge.octokit.repos.createRepoRuleset({ ...repo, ...desired.ruleset }));
        ruleset = { id: data.id, operation: 'created' };
    }
    else {
        const { data } = await admin('reading the ruleset', forge, () => forge.octokit.repos.getRepoRuleset({ ...repo, ruleset_id: mine.id }));
        if (rulesetDiffers(data, desired.ruleset)) {
            await admin('updating the ruleset', forge, () => forge.octokit.repos.updateRepoRuleset({ ...repo, ruleset_id: mine.id, ...desired.ruleset }));
            ruleset = { id: mine.id, operation: 'updated' };
        }
        else
            ruleset = { id: mine.id, operation: 'none' };
    }
    return { settings, labels: labels.map((l) => l.name), ruleset };
}
async function call(what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .forgeError */ .CX)(what, error);
    }
}
/** Administration routes: GitHub's 403 or 404 means the token lacks the permission; say which one. */
async function admin(what, forge, fn) {
    try {
        return await fn();
    }
    catch (error) {
        const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error);
        if (status === 403 || status === 404) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('refused', `GitHub: ${what} on ${forge.description} failed with ${status} (${(0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}): the token lacks the repository permission "Administration: write" (an App's or fine-grained token's; the admin role for a classic token). GITHUB_TOKEN never has it: run dhow init --protect with an admin's or the App's token`, { cause: error });
        }
        throw (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .forgeError */ .CX)(what, error);
    }
}


/***/ }),

/***/ 73222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ forgeError),
/* harmony export */   UU: () => (/* binding */ createClient),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony export GitHubOctokit */
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59988);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The Octokit the github forge uses: @octokit/rest with the retry plugin (5xx, bounded) and the throttling
 * plugin (primary and secondary rate limits: retried a bounded number of times after the retry-after
 * GitHub sends, logged without the token). Failures become DhowErrors naming the route and status.
 */




const GitHubOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
/** A limiter that lets every job through at once, for the emulator (GitHub's pacing is off). */
const unpaced = { key: () => ({ schedule: (_options, fn, ...args) => fn(...args) }) };
function createClient(options) {
    const { logger } = options;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const unit = options.backoffUnitMs ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount < rateLimitRetries) {
            logger.warning(`GitHub ${kind} on ${request.method} ${request.url}: retrying after ${retryAfter}s (${retryCount + 1}/${rateLimitRetries})`);
            return true;
        }
        logger.error(`GitHub ${kind} on ${request.method} ${request.url}: giving up after ${rateLimitRetries} retries`);
        return false;
    };
    return new GitHubOctokit({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: 'dhow',
        log: { debug: () => { }, info: () => { }, warn: (m) => logger.debug(m), error: (m) => logger.debug(m) },
        // Only what may pass is retried: 405 (not mergeable yet) and 409 (the head moved) are GitHub's answer, and
        // the plugin's default list would retry them three times with back-off (1 + 4 + 9 s) before failing anyway.
        retry: { retries: options.serverErrorRetries ?? 3, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 405, 409, 410, 422, 451] },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: unit,
            ...(options.pacing === false ? { write: unpaced, notifications: unpaced } : {}),
        },
    });
}
function statusOf(error) {
    return error?.status;
}
/** GitHub's message and its `errors` details in one line (422s put the useful part in `errors`). */
function messageOf(error) {
    const e = error;
    const data = e?.response?.data;
    const details = (data?.errors ?? [])
        .map((d) => typeof d === 'string'
        ? d
        : (d.message ??
            [d.field, d.code].filter(Boolean).join(' ')))
        .filter(Boolean);
    return [data?.message ?? e?.message ?? String(error), ...details].join(': ');
}
/** Wraps an Octokit failure into a DhowError naming what was being done. */
function forgeError(what, error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp)
        return error;
    const status = statusOf(error);
    let hint = '';
    if (status === 401)
        hint = ' (the token is invalid or expired)';
    else if (status === 403 && /GitHub Actions is not permitted to create or approve pull requests/i.test(messageOf(error))) {
        hint =
            ' (the repository setting Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests" is off: turn it on, or better use a GitHub App token, whose pull requests also start workflows)';
    }
    else if (status === 403 || status === 404)
        hint = ' (check the token can reach this repository and has the permissions the action README lists)';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('forge', `GitHub: ${what} failed${status ? ` with ${status}` : ''}: ${messageOf(error)}${hint}`, { cause: error });
}


/***/ })

};
