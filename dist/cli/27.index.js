export const id = 27;
export const ids = [27];
export const modules = {

/***/ 30027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/paths.ts
var registry_paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/promote/execute.ts + 1 modules
var execute = __webpack_require__(45327);
// EXTERNAL MODULE: ./src/promote/hold-plan.ts
var hold_plan = __webpack_require__(24347);
// EXTERNAL MODULE: ./src/promote/plan.ts
var promote_plan = __webpack_require__(40530);
// EXTERNAL MODULE: ./src/promote/state.ts
var promote_state = __webpack_require__(38397);
// EXTERNAL MODULE: ./src/registry/files.ts + 1 modules
var files = __webpack_require__(47682);
// EXTERNAL MODULE: ./src/registry/store.ts
var store = __webpack_require__(5482);
// EXTERNAL MODULE: ./src/gates/residency.ts
var residency = __webpack_require__(31732);
// EXTERNAL MODULE: ./src/promote/approvals.ts
var approvals = __webpack_require__(58224);
// EXTERNAL MODULE: ./src/registry/gate-evidence.ts
var gate_evidence = __webpack_require__(25004);
;// CONCATENATED MODULE: ./src/policy/engine.ts



const WRITE = new Set(['admin', 'maintain', 'write']);
const key = (login) => login.trim().toLowerCase();
/** Milliseconds in a dhow.yaml duration (`30m`, `24h`, `7d`). */
function durationMs(text) {
    const match = /^([0-9]+)(m|h|d)$/.exec(text);
    if (!match)
        throw new RangeError(`not a duration: ${text}`);
    return Number(match[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2]];
}
function evidenceOfResults(results) {
    return {
        verdict: results.verdict,
        policyDigest: results['policy-digest'],
        failed: results.summary.filter((g) => g.verdict !== 'pass' && g.verdict !== 'warn').map((g) => g.gate),
    };
}
/** The gate evidence a version record carries (registries older than gates/: one for every environment). */
function gateEvidenceOf(record) {
    return record?.gates ? evidenceOfResults(record.gates) : null;
}
/** The evidence an environment's evidence file holds: its last attempt. */
function gateEvidenceOfFile(file) {
    return evidenceOfResults((0,gate_evidence/* currentGateResults */.h8)(file));
}
function originReasons(request) {
    if (request.headRepository === request.baseRepository)
        return [];
    return [
        {
            code: 'fork',
            message: `#${request.id} comes from ${request.headRepository || 'a deleted repository'}, not from ${request.baseRepository}: dhow requests are made in the registry repository itself`,
        },
    ];
}
function list(paths, most = 5) {
    return paths.length <= most ? paths.join(', ') : `${paths.slice(0, most).join(', ')} and ${paths.length - most} more`;
}
function changeSetReasons(planned, request, change) {
    const reasons = [];
    const wanted = new Set(planned.map((c) => c.path));
    const changed = new Set(request.changedFiles);
    const extra = request.changedFiles.filter((p) => !wanted.has(p)).sort();
    if (extra.length) {
        reasons.push({
            code: 'unplanned-files',
            message: `#${request.id} changes ${list(extra)}, which the ${change.kind} of ${change.model} ${change.version} to ${change.environment} does not: a dhow request changes exactly its planned files`,
        });
    }
    const missing = planned.filter((c) => !changed.has(c.path) && (request.files[c.path] ?? null) !== c.content).map((c) => c.path);
    const differs = planned.filter((c) => changed.has(c.path) && (request.files[c.path] ?? null) !== c.content).map((c) => c.path);
    if (missing.length)
        reasons.push({
            code: 'missing-files',
            message: `#${request.id} lacks ${list(missing)} of the planned ${change.kind}: run it again to refresh the request`,
        });
    if (differs.length) {
        reasons.push({
            code: 'differs-from-plan',
            message: `${list(differs)} on #${request.id} differ from the ${change.kind} planned on today's ${change.environment}: the request is out of date or was edited; run it again to refresh it`,
        });
    }
    return reasons;
}
function gateReasons(input, environment) {
    const { config, change } = input;
    const recorded = input.evidence ?? {};
    const evidence = input.gates !== undefined ? input.gates : (recorded[change.environment] ?? gateEvidenceOf(input.record));
    const configured = Boolean(environment['gate-policy'] ?? config.models[change.model]?.['gate-policy'] ?? config['gate-policy']);
    // A version whose gates ran for another environment is gated: each environment then needs its own
    // results (the gates differ per environment: baseline, overrides), even where dhow.yaml names no policy.
    const elsewhere = Object.keys(recorded)
        .filter((env) => env !== change.environment)
        .sort();
    const what = `${change.model} ${change.version}`;
    if (!evidence) {
        if (!configured && elsewhere.length === 0)
            return [];
        const why = configured ? 'which has a gate policy' : `though its gates ran for ${elsewhere.join(', ')}: each environment needs its own`;
        return [
            {
                code: 'gates-missing',
                message: `${what} has no gate results for ${change.environment}, ${why}; run the gates for ${change.environment} and register again (promote.yml does both)`,
            },
        ];
    }
    const reasons = [];
    if (evidence.verdict === 'fail' || evidence.verdict === 'inconclusive') {
        reasons.push({
            code: 'gates-failing',
            message: `the gates of ${what} recorded "${evidence.verdict}"${evidence.failed.length ? ` (${evidence.failed.join(', ')})` : ''}`,
        });
    }
    if (input.expectedPolicyDigest && evidence.policyDigest !== input.expectedPolicyDigest) {
        reasons.push({
            code: 'gates-policy',
            message: `the gates of ${what} ran under policy ${evidence.policyDigest.slice(0, 19)}…, not ${change.environment}'s ${input.expectedPolicyDigest.slice(0, 19)}…: run the gates again`,
        });
    }
    return reasons;
}
function residencyReasons(record, config) {
    if (!config.residency || !record)
        return [];
    const result = (0,residency/* checkResidency */.N)({
        'artifact-uri': record.artifact.uri,
        ...(record.data.uri ? { 'data-uri': record.data.uri } : {}),
        ...(record.training.region ? { 'training-region': record.training.region } : {}),
        ...(record.training.cluster ? { 'training-cluster': record.training.cluster } : {}),
        ...(record.region ? { 'data-region': record.region } : {}),
    }, config.residency);
    return result.findings.filter((f) => !f.ok).map((f) => ({ code: 'residency', message: `residency: ${f.why}` }));
}
function soakReasons(input, environment) {
    if (!environment.soak || input.change.kind !== 'promotion')
        return [];
    const envs = input.config.environments.map((e) => e.name);
    const before = envs[envs.indexOf(environment.name) - 1];
    if (!before)
        return [];
    const need = durationMs(environment.soak);
    const now = Date.parse(input.now);
    // The longest stint counts: a version that soaked once and was replaced by a hotfix has still soaked.
    let longest = 0;
    for (const stint of input.previousStints) {
        if (stint.version !== input.change.version)
            continue;
        longest = Math.max(longest, (stint.until ? Date.parse(stint.until) : now) - Date.parse(stint.since));
    }
    if (longest >= need)
        return [];
    const hours = (ms) => `${Math.floor(ms / 3_600_000)}h${String(Math.floor((ms % 3_600_000) / 60_000)).padStart(2, '0')}m`;
    return [
        {
            code: 'soak',
            message: `${input.change.model} ${input.change.version} has run ${hours(Math.max(0, longest))} in ${before}; ${environment.name} needs ${environment.soak} there first (${hours(need - longest)} to go)`,
        },
    ];
}
/** Who may approve: the reasons others' reviews do not count, by reviewer. */
function eligibility(input, environment) {
    const { request, change } = input;
    const excluded = new Map();
    const requesters = new Set([key(request.author), key(change.promotedBy)]);
    const ignored = new Set((input.ignore ?? []).map(key));
    const listedUsers = new Set(environment.reviewers.users.map(key));
    const listedTeams = environment.reviewers.teams;
    const restricted = listedUsers.size > 0 || listedTeams.length > 0;
    const inTeam = (team, login) => (input.teams[team] ?? []).some((m) => key(m) === key(login));
    for (const review of request.reviews) {
        const who = key(review.reviewer);
        if (excluded.has(who))
            continue;
        if (requesters.has(who))
            excluded.set(who, `${review.reviewer} asked for this ${change.kind}`);
        else if (review.bot || who.endsWith('[bot]') || ignored.has(who))
            excluded.set(who, `${review.reviewer} is a bot or dhow's own automation`);
        else if (review.permission !== undefined && !WRITE.has(review.permission)) {
            excluded.set(who, `${review.reviewer} has ${review.permission === 'none' ? 'no' : `only ${review.permission}`} access to ${request.baseRepository}, and approvals need write access or above`);
        }
        else if (restricted && !listedUsers.has(who) && !listedTeams.some((t) => inTeam(t, who))) {
            excluded.set(who, `${environment.name} takes approvals from ${[...environment.reviewers.users, ...listedTeams].join(', ')}`);
        }
    }
    return { excluded };
}
function groupName(group) {
    return 'team' in group ? `team ${group.team}` : group.users.join(', ');
}
function groupReasons(input, environment, approvers) {
    const reasons = [];
    for (const group of environment['required-approvers'] ?? []) {
        const members = new Set(('team' in group ? (input.teams[group.team] ?? []) : group.users).map(key));
        const have = approvers.filter((a) => members.has(key(a)));
        if (have.length < group.count) {
            const need = group.count - have.length;
            reasons.push({
                code: 'required-approvers',
                message: `${environment.name} needs ${need} more approval${need === 1 ? '' : 's'} from ${groupName(group)}${have.length ? ` (so far: ${have.join(', ')})` : ''}`,
            });
        }
    }
    return reasons;
}
function approvalReasons(input, environment) {
    const { request, change } = input;
    const { excluded } = eligibility(input, environment);
    const counted = request.reviews.filter((r) => !excluded.has(key(r.reviewer)));
    const outcome = (0,approvals/* evaluateApprovals */.E)({ reviews: counted, author: change.promotedBy, headSha: request.headSha, required: environment.approvals });
    const reasons = outcome.missing.map((message) => ({
        code: message.includes('requested changes')
            ? 'changes-requested'
            : message.includes('earlier commit')
                ? 'stale-approval'
                : 'approvals',
        message,
    }));
    reasons.push(...groupReasons(input, environment, outcome.approvers));
    // Say why an approval on the head did not count, when approvals are what is missing.
    if (reasons.length > 0) {
        const approvedHead = new Set(request.reviews.filter((r) => r.state === 'approved' && r.commitSha === request.headSha).map((r) => key(r.reviewer)));
        for (const review of request.reviews) {
            const who = key(review.reviewer);
            const why = excluded.get(who);
            if (why && approvedHead.delete(who))
                reasons.push({ code: 'not-eligible', message: `approvals by ${review.reviewer} do not count: ${why}` });
        }
    }
    return { reasons, approvers: outcome.approvers };
}
/** Judges a request against the policy: every reason it may not merge now, or none. */
function evaluatePolicy(input) {
    const { change, config, request } = input;
    const base = { environment: change.environment, model: change.model, version: change.version, kind: change.kind };
    const reasons = [...originReasons(request)];
    const environment = config.environments.find((e) => e.name === change.environment);
    if (!change.plan.ok || !environment) {
        reasons.push(...(change.plan.ok ? [] : change.plan.reasons).map((message) => ({ code: 'plan', message })));
        if (!environment)
            reasons.push({ code: 'plan', message: `environment ${change.environment} is not in dhow.yaml` });
        return { ...base, satisfied: false, reasons, approvers: [] };
    }
    reasons.push(...changeSetReasons(change.plan.changes, request, change));
    // A rollback goes back to a version that already ran here under this policy: it needs no approval,
    // gate or soak (the drift revert must land unattended), only to be exactly the planned rollback.
    // A hold only makes things safer (a version may not go live): it needs no approval either.
    if (change.kind === 'rollback' || change.kind === 'hold')
        return { ...base, satisfied: reasons.length === 0, reasons, approvers: [] };
    if (change.kind === 'unhold') {
        // Lifting a hold re-allows a version: the environment's approvals, as for putting one live. Gates,
        // residency and soak are the promotion's business when the version is promoted later.
        const approvals = approvalReasons(input, environment);
        const ordered = [...approvals.reasons, ...reasons];
        return { ...base, satisfied: ordered.length === 0, reasons: ordered, approvers: approvals.approvers };
    }
    reasons.push(...gateReasons(input, environment), ...residencyReasons(input.record, config), ...soakReasons(input, environment));
    const approvals = approvalReasons(input, environment);
    // Approvals first: they are what people act on most often, and what the status description shows.
    const ordered = [...approvals.reasons, ...reasons];
    return { ...base, satisfied: ordered.length === 0, reasons: ordered, approvers: approvals.approvers };
}

;// CONCATENATED MODULE: ./src/policy/request.ts
/**
 * Judging one request through any Forge: gathers what the policy engine needs (the request, its changed
 * files, its reviews with the roles of those whose review could count, the registry on the request's
 * base, the release history of the environment before) with as few reads as the forge allows, re-makes
 * the plan on the base and calls evaluatePolicy. The local `dhow merge` and GitHub's `policy-check` both
 * call this, so they refuse the same things. A request that is neither a promotion nor a revert is judged
 * by the files it touches: none of the registry's governed files, or it is refused.
 */








const PROMOTION_BRANCH = /^dhow\/promote\/([^/]+)\/([^/]+)$/;
/** dhow/hold/<env>/<model>/<version> and dhow/unhold/... (holdBranch). */
const HOLD_BRANCH = /^dhow\/(hold|unhold)\/([^/]+)\/([^/]+)\/([^/]+)$/;
/** dhow/revert/<env>/<model>/<version>-promoted-<stamp> (revertBranch); the older form had no stamp. */
const REVERT_BRANCH = /^dhow\/revert\/([^/]+)\/([^/]+)\/([^/]+?)(?:-promoted-(\d{8}T\d{6}(?:\d{1,3})?Z))?$/;
/** What a request is, from its branch name: a dhow promotion, revert, hold or unhold, or anything else. */
function requestKindOf(branch) {
    const promotion = PROMOTION_BRANCH.exec(branch);
    if (promotion)
        return { kind: 'promotion', environment: promotion[1], model: promotion[2] };
    const revert = REVERT_BRANCH.exec(branch);
    if (revert)
        return { kind: 'rollback', environment: revert[1], model: revert[2], version: revert[3], ...(revert[4] ? { promoted: revert[4] } : {}) };
    const hold = HOLD_BRANCH.exec(branch);
    if (hold)
        return { kind: hold[1] === 'hold' ? 'hold' : 'unhold', environment: hold[2], model: hold[3], version: hold[4] };
    return { kind: 'other' };
}
/** Files only dhow's own requests may change: releases, manifests, version records, gate evidence, the policy, workflows. */
function governedFiles(paths) {
    return paths.filter((p) => p === registry_paths/* CONFIG_PATH */.tF || /^(releases|deploy|gates|\.github)\//.test(p) || /^models\/[^/]+\/versions\//.test(p)).sort();
}
const request_key = (login) => login.trim().toLowerCase();
/** Each reviewer's latest review that is not a plain comment (the one GitHub counts). */
function latestDecisive(reviews) {
    const latest = new Map();
    const ordered = reviews.map((r, i) => ({ r, i })).sort((a, b) => a.r.submittedAt.localeCompare(b.r.submittedAt) || a.i - b.i);
    for (const { r } of ordered)
        if (r.state !== 'commented')
            latest.set(request_key(r.reviewer), r);
    return [...latest.values()];
}
/** Stints of a version in an environment from its release history (newest first). */
function stintsOf(history) {
    const stints = [];
    // Walk oldest to newest: a stint starts at the first commit that made the version live and ends at the
    // first one that made another version (or nothing) live.
    const chronological = [...history].reverse();
    let open;
    for (const entry of chronological) {
        const version = entry.release?.version;
        if (open && open.version !== version) {
            open.until = entry.date;
            stints.push(open);
            open = undefined;
        }
        if (version && !open)
            open = { version, since: entry.date };
    }
    if (open)
        stints.push(open);
    return stints.reverse();
}
async function readAll(forge, paths, ref) {
    return forge.readFiles ? forge.readFiles(paths, ref) : Promise.all(paths.map((p) => forge.readFile(p, ref)));
}
/** Reviewers whose role could matter: their latest review approves the head, or blocks. */
function rolesWanted(reviews, headSha, skip) {
    return latestDecisive(reviews)
        .filter((r) => !skip.has(request_key(r.reviewer)) && !r.bot && ((r.state === 'approved' && r.commitSha === headSha) || r.state === 'changes_requested'))
        .map((r) => r.reviewer);
}
/** Reviewers whose latest review approves the head: the only ones whose team membership could count. */
function headApprovers(reviews, headSha, skip) {
    return latestDecisive(reviews)
        .filter((r) => !skip.has(request_key(r.reviewer)) && r.state === 'approved' && r.commitSha === headSha && !r.bot)
        .map((r) => r.reviewer);
}
/** Every team an environment names, as a listed reviewer or a required approver group. */
function namedTeams(environment) {
    return [...new Set([...environment.reviewers.teams, ...(environment['required-approvers'] ?? []).flatMap((g) => ('team' in g ? [g.team] : []))])];
}
function withRoles(reviews, roles) {
    const byKey = new Map([...roles].map(([login, role]) => [request_key(login), role]));
    return reviews.map((r) => {
        const permission = byKey.get(request_key(r.reviewer));
        return permission === undefined ? r : { ...r, permission };
    });
}
/** Looks up roles only for reviewers whose latest review could count (approves the head, or blocks). */
async function withPermissions(forge, reviews, headSha, skip) {
    const wanted = rolesWanted(reviews, headSha, skip);
    const roles = new Map();
    if (forge.permissionsOf && wanted.length > 0) {
        // One query for every reviewer: the cost stays constant in the number of reviews.
        for (const [login, role] of await forge.permissionsOf(wanted))
            roles.set(login, role);
    }
    else
        await Promise.all(wanted.map(async (login) => roles.set(login, await forge.permissionOf(login))));
    return withRoles(reviews, roles);
}
/** Members (among the reviewers who approved the head) of every team the environment names. */
async function teamMembers(teams, named, reviews, headSha, skip) {
    if (named.length === 0)
        return {};
    const candidates = headApprovers(reviews, headSha, skip);
    // One query for every (team, approver) where the forge can: the cost stays constant in the number of reviews.
    if (teams.teamMembersAmong)
        return candidates.length ? teams.teamMembersAmong(named, candidates) : Object.fromEntries(named.map((t) => [t, []]));
    const members = {};
    await Promise.all(named.map(async (team) => {
        const found = [];
        for (const login of candidates)
            if (await teams.isTeamMember(team, login))
                found.push(login);
        members[team] = found;
    }));
    return members;
}
/**
 * The reviewers' roles and the teams' members among the approvers. Where the same token reads both and
 * the forge can, one query answers both (issue 10: a policy check costs the same whatever the reviews).
 */
async function rolesAndTeams(forge, teamReader, named, reviews, headSha, skip) {
    if (named.length > 0 && teamReader === forge && forge.reviewersOf) {
        const both = await forge.reviewersOf(rolesWanted(reviews, headSha, skip), named, headApprovers(reviews, headSha, skip));
        return { judged: withRoles(reviews, both.roles), teams: both.members };
    }
    const judged = await withPermissions(forge, reviews, headSha, skip);
    return { judged, teams: await teamMembers(teamReader, named, reviews, headSha, skip) };
}
function releaseOnHead(request, path, text) {
    return text === null ? null : (0,files/* parseRegistryFile */.N0)('Release', `${request.branch}:${path}`, text);
}
/**
 * The plan of a hold change re-made on the base: today's release with exactly that one hold added (its
 * reason, who and when as the request's head states them: they are the requester's to say) or removed.
 */
function planHoldChange(action, state, version, head, id) {
    const input = { model: state.model, environment: head.environment, version, reason: '' };
    if (action === 'unhold') {
        const plan = (0,hold_plan/* planUnhold */.A)(state, input);
        if (plan.ok && plan.change === 'none')
            return { ok: false, reasons: [`${state.model} ${version} is not held in ${input.environment}: there is no hold to lift`] };
        return plan.ok ? { ok: true, changes: plan.changes, release: plan.release } : plan;
    }
    const asked = head.holds.find((h) => h.version === version);
    if (!asked)
        return { ok: false, reasons: [`#${id} does not hold ${version} in ${(0,registry_paths/* releasePath */.bD)(input.environment, state.model)}: it is not the hold its branch names`] };
    const plan = (0,hold_plan/* planHold */.b)(state, { ...input, reason: asked.reason }, { by: asked.by, at: asked.at });
    if (!plan.ok)
        return plan;
    if (plan.change === 'none')
        return { ok: false, reasons: [`${state.model} ${version} is already held in ${input.environment}: there is nothing to add`] };
    const release = { ...state.release, holds: [...state.release.holds, asked] };
    return { ok: true, release, changes: [{ path: (0,registry_paths/* releasePath */.bD)(input.environment, state.model), content: (0,files/* serializeRegistryFile */.cF)(release) }] };
}
/** Judges request `id` of `forge` against the registry's policy on the request's base. */
async function judgeRequest(forge, id, options) {
    const request = await forge.getRequest(id);
    if (request.state !== 'open')
        throw new errors/* DhowError */.Bp('refused', `request ${id} is ${request.state}: nothing to judge`);
    const kind = requestKindOf(request.branch);
    const registry = forge.description;
    const origin = request.headRepository ?? registry;
    if (kind.kind === 'other') {
        const changed = await forge.changedFiles(id);
        const governed = governedFiles(changed);
        const reasons = governed.length
            ? [
                {
                    code: 'unplanned-files',
                    message: `#${id} changes ${governed.slice(0, 5).join(', ')}${governed.length > 5 ? ` and ${governed.length - 5} more` : ''}: only dhow's promotion and revert requests may change releases, deploy manifests, version records, dhow.yaml or .github`,
                },
            ]
            : [];
        return { request, kind, satisfied: reasons.length === 0, reasons, approvers: [] };
    }
    const { environment, model } = kind;
    const path = (0,registry_paths/* releasePath */.bD)(environment, model);
    const [reviews, changedFiles, reader, [headText]] = await Promise.all([
        forge.listReviews(id),
        forge.changedFiles(id),
        store.RegistryReader.open(forge, request.base),
        readAll(forge, [path], request.headSha),
    ]);
    const release = releaseOnHead(request, path, headText);
    const config = await reader.config();
    const environmentPolicy = config.environments.find((e) => e.name === environment);
    const envs = config.environments.map((e) => e.name);
    const atHead = new Map();
    const prefetch = async (paths) => {
        const texts = paths.length ? await readAll(forge, paths, request.headSha) : [];
        paths.forEach((p, i) => atHead.set(p, texts[i] ?? null));
    };
    let plan;
    let state;
    let history = [];
    let evidence;
    if (!release) {
        plan = { ok: false, reasons: [`#${id} does not hold ${path}: it is not a ${kind.kind} dhow made`] };
    }
    else if (kind.kind === 'promotion') {
        const before = (0,promote_state/* environmentBefore */.VW)(envs, environment);
        // The request's own files are read in the same round trip as the base's state (a batching forge
        // answers both in one query); a planned path the request does not change is read later, if ever.
        // Gate evidence is read on the base: a request cannot bring its own (it would change gates/, unplanned).
        const [loaded, recorded] = await Promise.all([
            (0,promote_state/* loadModelState */.tX)(reader, model, { versions: [release.version], deployOf: [environment] }),
            reader.gateEvidenceByEnvironment(model, release.version, envs),
            prefetch(changedFiles),
        ]);
        evidence = Object.fromEntries(Object.entries(recorded).map(([env, file]) => [env, gateEvidenceOfFile(file)]));
        // The history of the environment before: for the order (a version no longer live there) and for soak.
        const needHistory = before && (environmentPolicy?.soak || loaded.releases[before]?.version !== release.version);
        history = needHistory ? await reader.releaseHistory(before, model) : [];
        state = before && needHistory ? { ...loaded, history: { [before]: history.map((e) => e.release).filter((r) => r !== null) } } : loaded;
        plan = (0,promote_plan/* planPromotion */.z)(state, model, release.version, environment, config, { by: release['promoted-by'], at: release['promoted-at'] });
    }
    else if (kind.kind === 'hold' || kind.kind === 'unhold') {
        const [current, modelFile, record] = await Promise.all([
            reader.release(environment, model),
            reader.model(model),
            reader.version(model, kind.version),
            prefetch(changedFiles),
        ]);
        plan = planHoldChange(kind.kind, { config, model, modelKnown: modelFile !== null, versionKnown: record !== null, release: current ?? undefined }, kind.version, release, id);
    }
    else {
        const [current] = await Promise.all([reader.release(environment, model), prefetch(changedFiles)]);
        const target = current?.['last-known-good'];
        state = await (0,promote_state/* loadModelState */.tX)(reader, model, { versions: target ? [target] : [], historyOf: [environment], deployOf: [environment] });
        const hold = release.holds.find((h) => h.version === kind.version);
        if (!current || current.version !== kind.version)
            plan = { ok: false, reasons: [`${environment} runs ${current?.version ?? 'nothing'} of ${model}, not ${kind.version}: there is nothing to revert`] };
        else if (kind.promoted && (0,registry_paths/* promotionStamp */.V2)(current['promoted-at']) !== kind.promoted) {
            // The request undoes an earlier promotion of the same version (reverted, then promoted again).
            plan = {
                ok: false,
                reasons: [
                    `#${id} undoes the promotion of ${model} ${kind.version} made at ${kind.promoted}, but the one live in ${environment} was made at ${current['promoted-at']}: a new alert opens a new revert request`,
                ],
            };
        }
        else if (!target)
            plan = { ok: false, reasons: [`${environment} has no last known good version of ${model} to revert to`] };
        else if (release.version !== target)
            plan = { ok: false, reasons: [`#${id} puts ${release.version} live, not ${environment}'s last known good version ${target}`] };
        else {
            // A revert always holds the version it replaces: one without the hold differs from the plan.
            const held = hold ?? { version: kind.version, reason: `reverted by #${id}`, by: release['promoted-by'] };
            plan = (0,promote_plan/* planRollback */.I)(state, model, environment, {
                to: target,
                by: release['promoted-by'],
                at: release['promoted-at'],
                reason: held.reason,
                revertOf: kind.version,
                hold: { version: held.version, reason: held.reason, by: held.by, ...(hold?.alert ? { alert: hold.alert } : {}) },
            });
        }
    }
    const plannedPaths = plan.ok ? plan.changes.map((c) => c.path) : [];
    await prefetch(plannedPaths.filter((p) => !atHead.has(p)));
    const files = Object.fromEntries(plannedPaths.map((p) => [p, atHead.get(p) ?? null]));
    // A hold change leaves promoted-by as it was (someone else's promotion): its requester is the author.
    const holdChange = kind.kind === 'hold' || kind.kind === 'unhold';
    const promotedBy = holdChange ? request.author : (release?.['promoted-by'] ?? request.author);
    const requesters = new Set([request_key(request.author), request_key(promotedBy), ...(options.ignore ?? []).map(request_key)]);
    // Roles matter only where approvals do: a revert or a hold needs none, so it costs no lookups.
    const approved = kind.kind === 'promotion' || kind.kind === 'unhold';
    const { judged, teams } = approved
        ? await rolesAndTeams(forge, options.teams ?? forge, environmentPolicy ? namedTeams(environmentPolicy) : [], reviews, request.headSha, requesters)
        : { judged: reviews, teams: {} };
    const version = kind.kind === 'hold' || kind.kind === 'unhold' ? kind.version : (release?.version ?? (kind.kind === 'rollback' ? kind.version : '?'));
    const verdict = evaluatePolicy({
        change: { kind: kind.kind, environment, model, version, promotedBy, plan },
        config,
        ...(state?.versions[version] ? { record: state.versions[version] } : {}),
        ...(evidence ? { evidence } : {}),
        request: { id, headSha: request.headSha, headRepository: origin, baseRepository: registry, author: request.author, changedFiles, files, reviews: judged },
        teams,
        previousStints: stintsOf(history),
        now: options.now,
        ...(options.ignore ? { ignore: options.ignore } : {}),
    });
    return {
        request,
        kind,
        satisfied: verdict.satisfied,
        reasons: verdict.reasons,
        approvers: verdict.approvers,
        verdict,
        ...(release ? { release } : {}),
        ...(environmentPolicy ? { environmentPolicy } : {}),
    };
}

;// CONCATENATED MODULE: ./src/policy/merge.ts
/**
 * Merging a promotion, revert or hold request under the policy: the policy engine judges the request as
 * GitHub's policy-check action does, and only a request it passes is merged, with dhow's trailers. The local
 * forge's `dhow merge` goes through here, so it refuses exactly what policy-check refuses.
 */




/**
 * Reads a promotion (or revert) request and decides, with the policy engine, whether it may merge now:
 * the same judgement GitHub's policy-check action makes.
 */
async function checkMerge(forge, id, options = {}) {
    const judgement = await judgeRequest(forge, id, { now: options.now ?? new Date().toISOString(), ...(options.ignore ? { ignore: options.ignore } : {}) });
    const { request, kind } = judgement;
    if (kind.kind === 'other')
        throw new errors/* DhowError */.Bp('invalid-input', `request ${id} is not a dhow promotion or revert (branch ${request.branch})`);
    const release = judgement.release;
    if (!release)
        throw new errors/* DhowError */.Bp('refused', `merge of request ${id} refused`, { reasons: judgement.reasons.map((r) => r.message) });
    const approvalCodes = new Set(['approvals', 'changes-requested', 'stale-approval', 'not-eligible', 'required-approvers']);
    const approvalMissing = judgement.reasons.filter((r) => approvalCodes.has(r.code)).map((r) => r.message);
    return {
        request,
        environment: kind.environment,
        model: kind.model,
        release,
        approvals: { satisfied: approvalMissing.length === 0, approvers: judgement.approvers, missing: approvalMissing },
        blockers: judgement.reasons.map((r) => r.message),
        judgement,
    };
}
/** Merges a promotion (or revert) request when the policy allows: a real merge commit with dhow trailers. */
async function mergePromotion(forge, id, options) {
    const check = await checkMerge(forge, id, { now: options.at ?? new Date().toISOString() });
    if (check.blockers.length > 0)
        throw (0,execute/* refused */.J5)(`merge of request ${id} (${check.request.title})`, check.blockers);
    const { model, environment, release } = check;
    // A hold change names the version held (as a direct hold commit does), not the one that keeps running.
    const version = check.judgement.verdict?.version ?? release.version;
    const { sha } = await forge.mergeRequest(id, {
        expectedHeadSha: check.request.headSha,
        message: `Merge request ${id}: ${check.request.title}\n\nApproved by ${check.approvals.approvers.join(', ') || 'nobody (none needed)'}.`,
        trailers: {
            [registry_paths/* TRAILERS */.jl.model]: model,
            [registry_paths/* TRAILERS */.jl.version]: version,
            [registry_paths/* TRAILERS */.jl.environment]: environment,
            [registry_paths/* TRAILERS */.jl.request]: id,
            ...(release['revert-of'] && check.judgement.kind.kind === 'rollback' ? { [registry_paths/* TRAILERS */.jl.revertOf]: release['revert-of'] } : {}),
        },
        mergedBy: options.by,
    });
    return { sha, check };
}

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(16931);
// EXTERNAL MODULE: ./src/cli/registry.ts
var registry = __webpack_require__(56611);
;// CONCATENATED MODULE: ./src/cli/commands/merge.ts
/** dhow merge REQUEST [--as NAME]: merges once the policy engine finds nothing missing; otherwise lists every reason. */




const ON_GITHUB = "on GitHub, people merge the promotion pull request in GitHub once the environment's approvals are met (the policy-check action guards it)";
const USAGE = "usage: dhow merge --registry DIR REQUEST [--as NAME] [--json]\n  Merges (deploys) a promotion or revert request when the policy holds (approvals, exactly the planned files,\n  order, holds, gates, residency, soak: what policy-check checks on GitHub); otherwise exits 1 listing what is missing.\n  A local registry only: with a registry on GitHub, people merge the promotion pull request in GitHub once the environment's approvals are met (the policy-check action guards it).";
async function run(args, ctx) {
    if ((0,registry/* helpRequested */._T)(args, ctx, USAGE))
        return 0;
    (0,registry/* refuseRepository */.Pz)('merge', args, ON_GITHUB);
    const { values, positionals } = (0,context/* parseCommandArgs */.Qx)('merge', args, { registry: { type: 'string' }, as: { type: 'string' }, json: { type: 'boolean' } }, true);
    if (positionals.length !== 1)
        throw new errors/* DhowError */.Bp('usage', 'dhow merge: name one REQUEST (the id dhow promote printed)');
    if (!/^[1-9][0-9]*$/.test(positionals[0]))
        throw new errors/* DhowError */.Bp('usage', `dhow merge: REQUEST must be a request number (the id dhow promote printed), got "${positionals[0]}"`);
    const by = (0,registry/* actor */.eN)(ctx, values.as);
    const forge = await (0,registry/* openRegistry */.Me)(ctx, values.registry, by);
    // Merging again what is merged (a re-run, or one after a run killed mid-merge) is done, not an error.
    const request = await forge.getRequest(positionals[0]);
    if (request.state === 'merged') {
        if (values.json)
            (0,context/* writeJson */.GF)(ctx, { request: request.id, merged: true, commit: request.mergeSha ?? null, already: true });
        else
            ctx.stdout.write(`Request ${request.id} is already merged${request.mergeSha ? ` [${(0,registry/* shortSha */.Fu)(request.mergeSha)}]` : ''}: nothing to do\n`);
        return 0;
    }
    const { sha, check } = await mergePromotion(forge, positionals[0], { by, at: (0,registry/* now */.tB)(ctx), logger: ctx.logger });
    if (values.json) {
        (0,context/* writeJson */.GF)(ctx, {
            request: check.request.id,
            merged: true,
            commit: sha,
            model: check.model,
            environment: check.environment,
            version: check.release.version,
        });
        return 0;
    }
    const approvers = check.approvals.approvers.length > 0 ? ` (approved by ${check.approvals.approvers.join(', ')})` : '';
    ctx.stdout.write(`Merged request ${check.request.id}${approvers}: ${check.environment} now runs ${check.model} ${check.release.version} [${(0,registry/* shortSha */.Fu)(sha)}]\n`);
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


/***/ }),

/***/ 31732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ checkResidency)
/* harmony export */ });
/* unused harmony export regionOfUri */
/** The scheme and authority compare case-insensitively (hosts and schemes are); the path does not. */
function canonicalUri(uri) {
    const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/]*)(.*)$/s.exec(uri.trim());
    return match ? `${match[1].toLowerCase()}${match[2].toLowerCase()}${match[3]}` : uri.trim();
}
/**
 * The region of a URI: the longest location prefix it falls under. A prefix matches only at a boundary,
 * so `s3://models` does not claim `s3://models-eu/...`.
 */
function regionOfUri(uri, policy) {
    const target = canonicalUri(uri);
    let best;
    for (const location of policy.locations) {
        const prefix = canonicalUri(location.prefix);
        const inside = target === prefix || (target.startsWith(prefix) && (prefix.endsWith('/') || target[prefix.length] === '/'));
        if (inside && (!best || prefix.length > best.prefix.length))
            best = { region: location.region, prefix: location.prefix };
    }
    return best;
}
function checkResidency(subject, policy) {
    const allowed = new Set(policy['allowed-regions']);
    const findings = [];
    const place = (what, label, region, subjectText, how) => {
        if (region === undefined) {
            findings.push({ what, subject: subjectText, region: null, ok: false, why: `${label}: ${how}` });
        }
        else if (!allowed.has(region)) {
            findings.push({ what, subject: subjectText, region, ok: false, why: `${label} is in ${region}, not an allowed region (${[...allowed].join(', ')})` });
        }
        else {
            findings.push({ what, subject: subjectText, region, ok: true, why: `${label} is in ${region}` });
        }
    };
    for (const [what, key] of [
        ['artifact', 'artifact-uri'],
        ['data', 'data-uri'],
    ]) {
        const uri = subject[key];
        if (uri === undefined || uri.trim() === '') {
            place(what, `the ${what} URI`, undefined, null, 'not given, so its region is unknown');
            continue;
        }
        const found = regionOfUri(uri, policy);
        place(what, `the ${what} URI ${uri}`, found?.region, uri, 'no residency location covers it, so its region is unknown');
    }
    const cluster = subject['training-cluster'];
    const declared = subject['training-region'];
    const clusterRegion = cluster !== undefined && Object.hasOwn(policy.clusters, cluster) ? policy.clusters[cluster] : undefined;
    if (declared !== undefined && clusterRegion !== undefined && declared !== clusterRegion) {
        findings.push({
            what: 'training',
            subject: cluster ?? null,
            region: declared,
            ok: false,
            why: `training declares region ${declared} but cluster ${cluster} is in ${clusterRegion}`,
        });
    }
    else if (declared !== undefined) {
        place('training', 'training', declared, cluster ?? declared, '');
    }
    else if (cluster !== undefined) {
        place('training', `training cluster ${cluster}`, clusterRegion, cluster, 'the cluster is not in the residency policy, so its region is unknown');
    }
    else {
        place('training', 'training', undefined, null, 'neither a training region nor a known cluster is given, so its region is unknown');
    }
    const dataRegion = subject['data-region'];
    if (dataRegion !== undefined)
        place('data-region', 'the declared data region', dataRegion, dataRegion, '');
    return { violations: findings.filter((f) => !f.ok).length, findings };
}


/***/ }),

/***/ 58224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ evaluateApprovals)
/* harmony export */ });
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
