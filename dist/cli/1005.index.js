export const id = 1005;
export const ids = [1005];
export const modules = {

/***/ 97070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EE: () => (/* binding */ executeRevert)
});

// UNUSED EXPORTS: REVERT_FAILED_ISSUE_MARKER, REVERT_FAILED_LABEL, REVERT_FAILED_MARKER

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(86999);
// EXTERNAL MODULE: ./src/promote/execute.ts + 1 modules
var execute = __webpack_require__(45327);
// EXTERNAL MODULE: ./src/promote/plan.ts
var promote_plan = __webpack_require__(40530);
// EXTERNAL MODULE: ./src/promote/state.ts
var promote_state = __webpack_require__(38397);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/store.ts
var store = __webpack_require__(5482);
;// CONCATENATED MODULE: ./src/revert/plan.ts

function planRevert(state, alert, context) {
    const { model, environment, version } = alert;
    const subject = `${model} in ${environment}`;
    if (!state.alertedVersionExists) {
        return { action: 'fail', reason: 'unknown-version', message: `version "${version}" of model "${model}" does not exist in the registry` };
    }
    const release = state.release;
    if (!release) {
        return { action: 'none', reason: 'not-deployed', message: `${subject} has no release: nothing to revert` };
    }
    if (release.version !== version) {
        return {
            action: 'none',
            reason: 'not-live',
            message: `${subject} runs ${release.version}, not ${version}: nothing to revert`,
        };
    }
    if (Date.parse(alert['starts-at']) < Date.parse(release['promoted-at'])) {
        return {
            action: 'none',
            reason: 'predates-promotion',
            message: `the alert started at ${alert['starts-at']}, before ${version} was promoted at ${release['promoted-at']}: it is about an earlier deployment`,
        };
    }
    const target = release['last-known-good'];
    if (target !== undefined && target === release['revert-of']) {
        return {
            action: 'none',
            reason: 'would-undo-revert',
            message: `${subject} runs ${version} because ${target} was reverted; a drift alert never reverts a revert`,
        };
    }
    if (target === undefined || target === version) {
        return {
            action: 'fail',
            reason: 'no-last-known-good',
            message: `${subject} runs ${version}, which drifts (alert ${alert.fingerprint}), but its release records no last known good version to go back to: put it back by hand with "dhow rollback --to VERSION"`,
        };
    }
    if (release.holds.some((hold) => hold.version === target)) {
        return {
            action: 'fail',
            reason: 'last-known-good-held',
            message: `${subject}: the last known good version ${target} is on hold, so dhow will not go back to it; decide by hand`,
        };
    }
    const summary = alert.summary ? `: ${alert.summary}` : '';
    const hold = {
        version,
        reason: `drift alert ${alert.fingerprint}${summary}`.slice(0, 2000),
        by: context.by,
        at: context.now,
        alert: alert.fingerprint,
    };
    return {
        action: 'revert',
        model,
        environment,
        from: version,
        to: target,
        hold,
        message: revertMessage(alert, version, target),
        trailers: {
            [paths/* TRAILERS */.jl.model]: model,
            [paths/* TRAILERS */.jl.version]: target,
            [paths/* TRAILERS */.jl.environment]: environment,
            [paths/* TRAILERS */.jl.alert]: alert.fingerprint,
            [paths/* TRAILERS */.jl.revertOf]: version,
        },
    };
}
function revertMessage(alert, from, to) {
    const lines = [
        `revert(${alert.environment}): ${alert.model} ${from} -> ${to} on drift alert`,
        '',
        `${from} drifts in ${alert.environment} (alert ${alert.fingerprint}, started ${alert['starts-at']}).`,
        `Back to the last known good version ${to}; ${from} is on hold until a person lifts the hold.`,
    ];
    if (alert.summary)
        lines.push('', alert.summary.replace(/\s+/g, ' ').trim());
    if (alert.source)
        lines.push('', `Source: ${alert.source}`);
    return lines.join('\n');
}
/**
 * The release file after a revert: forward to the last known good (not a git revert), the drifting
 * version held, the revert recorded. The caller supplies the digest of the target version's record.
 */
function revertedRelease(release, plan, targetDigest, context) {
    const holds = release.holds.filter((hold) => hold.version !== plan.hold.version);
    const next = {
        ...release,
        version: plan.to,
        digest: targetDigest,
        previous: plan.from,
        'last-known-good': plan.to,
        holds: [...holds, plan.hold],
        'revert-of': plan.from,
        'promoted-by': context.by,
        'promoted-at': context.now,
    };
    delete next.request;
    // A drift revert during a rollout ends it: the stable version takes all traffic again (issue 15).
    delete next.rollout;
    return next;
}

;// CONCATENATED MODULE: ./src/revert/execute.ts
/**
 * Carrying out a revert through a Forge. Every attempt reads a fresh snapshot of the default branch,
 * decides with planRevert (state, not event), builds the files with planRollback (the release file and
 * the deploy manifests, the bad version held in the same change) and writes them in ONE commit:
 * - `direct`: a compare-and-swap commit on the default branch (the break-glass path; the commit and its
 *   trailers are the record). A lost race re-reads and re-decides, so a concurrent promotion wins.
 * - `pull-request`: the deterministic branch dhow/revert/<env>/<model>/<version>-promoted-<when>, one per
 *   promotion it undoes (a version re-promoted after a revert that drifts again is reverted again), then merged at once; when
 *   the merge must wait (a required check or review), auto-merge is turned on so the forge merges it then.
 *   An open request is updated; a merged one means there is nothing to do; one closed unmerged means a
 *   person rejected the revert, and it is never reopened.
 * A revert that is needed but impossible (no last known good, or it is on hold) fails loudly: the error
 * fails the run, and people are told where they look: a comment on the drifting version's promotion
 * request, or, when there is none (or commenting fails), one issue in the registry repository labelled
 * `dhow-revert-failed`. That issue is one per environment/model/version and reason: repeats of the alert,
 * a restarted bridge or a re-run update the open issue in place. Once a person closes it, dhow leaves it
 * closed and silent for that same version: closing it says "we know, we are on it", and an alert that
 * repeats every few hours must not undo that. Reopening it (or a new version going live) starts the
 * updates again.
 */








/** The purpose (hidden marker) of the comment that says a revert was impossible. */
const REVERT_FAILED_MARKER = (alert) => `revert-failed:${alert.environment}/${alert.model}/${alert.version}`;
/** The purpose (hidden marker) of the issue that says so when there is no request to comment on. */
const REVERT_FAILED_ISSUE_MARKER = (alert, reason) => `${REVERT_FAILED_MARKER(alert)}:${reason}`;
/** The label of those issues (the github forge lists them by it). */
const REVERT_FAILED_LABEL = 'dhow-revert-failed';
async function executeRevert(forge, alert, options) {
    const logger = options.logger ?? src_logger/* silentLogger */.qq;
    const now = options.now ?? (() => new Date().toISOString());
    const maxAttempts = options.maxAttempts ?? 5;
    const base = await forge.defaultBranch();
    const subject = `${alert.model} ${alert.version} in ${alert.environment}`;
    for (let attempt = 1;; attempt++) {
        const reader = await store.RegistryReader.open(forge, base);
        const config = await reader.config();
        if (!config.environments.some((e) => e.name === alert.environment)) {
            throw new errors/* DhowError */.Bp('not-found', `unknown environment "${alert.environment}": dhow.yaml lists ${config.environments.map((e) => e.name).join(', ')}`, {
                field: 'environment',
            });
        }
        const current = await reader.release(alert.environment, alert.model);
        const wanted = [alert.version, current?.['last-known-good']].filter((v) => Boolean(v));
        const state = await (0,promote_state/* loadModelState */.tX)(reader, alert.model, { versions: wanted, historyOf: [alert.environment], deployOf: [alert.environment] });
        const at = now();
        const plan = planRevert({ release: current, alertedVersionExists: alert.version in state.versions }, alert, { by: options.by, now: at });
        if (plan.action === 'none') {
            logger.info(`revert ${subject}: ${plan.message}`);
            return { outcome: 'nothing', reason: plan.reason, message: plan.message };
        }
        if (plan.action === 'fail')
            return failLoudly(forge, alert, plan.reason, plan.message, await promotionRequestOf(forge, reader.ref, current), logger);
        const rollback = (0,promote_plan/* planRollback */.I)(state, alert.model, alert.environment, {
            to: plan.to,
            by: options.by,
            at,
            reason: plan.hold.reason,
            revertOf: plan.from,
            hold: { version: plan.hold.version, reason: plan.hold.reason, by: plan.hold.by, alert: alert.fingerprint },
        });
        if (!rollback.ok) {
            const why = `${subject} cannot go back to ${plan.to}: ${rollback.reasons.join('; ')}`;
            return failLoudly(forge, alert, 'no-last-known-good', why, await promotionRequestOf(forge, reader.ref, current), logger);
        }
        const mode = options.mode ?? config.revert.mode;
        try {
            if (mode === 'direct') {
                logger.warning(`revert ${subject}: direct mode (break-glass) commits on ${base} without a request`);
                const commit = await forge.commitFiles({
                    branch: base,
                    expectedHead: reader.ref,
                    changes: rollback.changes,
                    message: plan.message,
                    trailers: plan.trailers,
                });
                logger.info(`revert ${subject}: ${alert.environment} is back on ${plan.to} (${commit.sha.slice(0, 12)})`);
                return { outcome: 'reverted', mode, from: plan.from, to: plan.to, commit: commit.sha, message: plan.message.split('\n')[0] };
            }
            // planRevert only reverts a live release of the alerted version, so `current` is that promotion.
            const undoes = current['promoted-at'];
            const branch = (0,paths/* revertBranch */.Z9)(alert.environment, alert.model, alert.version, undoes);
            const existing = await forge.findRequest(branch, { state: 'all' });
            if (existing?.state === 'merged') {
                const message = `the revert request ${existing.url ?? existing.id} of ${subject} is already merged: nothing to do`;
                logger.info(message);
                return { outcome: 'nothing', reason: 'already-merged', message };
            }
            if (existing?.state === 'closed') {
                const message = `the revert request ${existing.url ?? existing.id} of ${subject} was closed without merging: a person rejected it, dhow does not reopen it`;
                logger.warning(message);
                return { outcome: 'rejected', request: existing, message };
            }
            const branchHead = await forge.branchHead(branch);
            const commit = await forge.commitFiles({
                branch,
                expectedHead: branchHead,
                ...(branchHead ? { parent: reader.ref } : { from: reader.ref }),
                changes: rollback.changes,
                message: plan.message,
                trailers: plan.trailers,
            });
            // Another run may have merged this revert since we read the state (its request is closed now, so we
            // would open a second one on the same branch and revert twice): the base moved, so read it again.
            const baseNow = await forge.branchHead(base);
            if (baseNow !== reader.ref)
                throw new errors/* DhowError */.Bp('conflict', `${base} moved to ${baseNow?.slice(0, 12) ?? 'nowhere'} since ${reader.ref.slice(0, 12)} was read`);
            const { request } = await (0,execute/* openRequestOnBranch */.bg)(forge, {
                branch,
                base,
                title: plan.message.split('\n')[0],
                body: requestBody(alert, plan.from, plan.to, undoes),
                labels: ['dhow', 'dhow:revert'],
                author: options.by,
            }, { createdBranch: branchHead === null, sha: commit.sha }, logger);
            try {
                const merged = await forge.mergeRequest(request.id, {
                    expectedHeadSha: commit.sha,
                    message: plan.message,
                    trailers: plan.trailers,
                    mergedBy: options.by,
                });
                logger.info(`revert ${subject}: request ${request.url ?? request.id} merged; ${alert.environment} is back on ${plan.to}`);
                return { outcome: 'reverted', mode, from: plan.from, to: plan.to, commit: merged.sha, request, message: plan.message.split('\n')[0] };
            }
            catch (error) {
                if (!(error instanceof errors/* DhowError */.Bp) || error.code !== 'refused')
                    throw error;
                // Not mergeable yet (a required check or review): let the forge merge it the moment it is.
                let autoMerge = '';
                if (forge.enableAutoMerge) {
                    try {
                        const outcome = await forge.enableAutoMerge(request.id);
                        if (outcome.kind === 'enabled')
                            autoMerge = '; auto-merge is on: it merges as soon as its required checks and reviews pass';
                        else if (outcome.kind === 'unavailable')
                            autoMerge = `; auto-merge is unavailable: ${outcome.reason}`;
                        else {
                            logger.info(`revert ${subject}: request ${request.url ?? request.id} merged`);
                            return { outcome: 'reverted', mode, from: plan.from, to: plan.to, commit: outcome.sha, request, message: plan.message.split('\n')[0] };
                        }
                    }
                    catch (autoError) {
                        logger.warning(`could not turn on auto-merge for ${request.url ?? request.id}: ${autoError.message}`);
                    }
                }
                const message = `revert request ${request.url ?? request.id} for ${subject} is open but could not be merged yet: ${error.message}${autoMerge}`;
                logger.warning(message);
                return { outcome: 'requested', mode, from: plan.from, to: plan.to, request, message };
            }
        }
        catch (error) {
            if (error instanceof errors/* DhowError */.Bp && error.code === 'conflict' && attempt < maxAttempts) {
                logger.info(`revert ${subject}: the registry moved (${error.message}); reading it again (attempt ${attempt + 1})`);
                continue;
            }
            throw error;
        }
    }
}
/** The request that deployed the live release: recorded in the file, or in the Dhow-Request trailer of its last commit. */
async function promotionRequestOf(forge, ref, release) {
    if (!release)
        return undefined;
    if (release.request?.id)
        return release.request.id;
    const [last] = await forge.history((0,paths/* releasePath */.bD)(release.environment, release.model), ref, { limit: 1 });
    return last?.trailers[paths/* TRAILERS */.jl.request];
}
/**
 * Says so where people look (the promotion request of the drifting version; else one issue in the
 * registry repository), then fails. Telling people is best effort: the error is thrown either way.
 */
async function failLoudly(forge, alert, reason, message, requestId, logger) {
    // No logger.error here: the error thrown below is what the CLI prints, the action fails with and the
    // bridge logs; logging it too would say everything twice. An alert naming an unknown version is bad
    // input, not news for people: it only fails.
    if (reason !== 'unknown-version') {
        const told = requestId ? await commentOnRequest(forge, alert, message, requestId, logger) : false;
        if (!told)
            await raiseRevertIssue(forge, alert, reason, message, logger);
    }
    throw new errors/* DhowError */.Bp(reason === 'unknown-version' ? 'not-found' : 'refused', message);
}
async function commentOnRequest(forge, alert, message, requestId, logger) {
    try {
        await forge.upsertComment(requestId, REVERT_FAILED_MARKER(alert), [`**dhow could not revert ${alert.model} in ${alert.environment} automatically.**`, '', message, '', alertLine(alert)].join('\n'));
        return true;
    }
    catch (error) {
        logger.warning(`could not comment on request ${requestId}: ${error.message}; raising an issue instead`);
        return false;
    }
}
async function raiseRevertIssue(forge, alert, reason, message, logger) {
    try {
        const { issue, operation } = await forge.raiseIssue({
            marker: REVERT_FAILED_ISSUE_MARKER(alert, reason),
            label: REVERT_FAILED_LABEL,
            title: `dhow could not revert ${alert.model} ${alert.version} in ${alert.environment}`,
            body: [
                `**dhow could not revert ${alert.model} in ${alert.environment} automatically.** ${alert.environment} still runs ${alert.version}, which drifts.`,
                '',
                message,
                '',
                `Last alert: ${alertLine(alert)}`,
                ...(alert.source ? [`Source: ${alert.source}`] : []),
                '',
                `dhow keeps this issue up to date while it is open. Close it once ${alert.version} is handled: dhow will not reopen it or write here again for ${alert.version} in ${alert.environment}, however often the alert repeats; reopen it to hear about further alerts.`,
            ].join('\n'),
        });
        const where = `issue ${issue.url ?? issue.id}`;
        if (issue.state === 'closed')
            logger.info(`${where} about this was closed by a person: dhow leaves it closed`);
        else if (operation === 'none')
            logger.info(`${where} already says so`);
        else
            logger.info(`${operation === 'created' ? 'opened' : 'updated'} ${where} about this`);
    }
    catch (error) {
        logger.warning(`could not raise an issue in ${forge.description}: ${error.message}`);
    }
}
function alertLine(alert) {
    return `Alert \`${alert.fingerprint}\`, started ${alert['starts-at']}.${alert.summary ? ` ${alert.summary}` : ''}`;
}
function requestBody(alert, from, to, undoes) {
    return [
        `Production data drifts away from what **${alert.model} ${from}** was trained on, so dhow puts **${alert.environment}** back on its last known good version **${to}** and holds ${from} until a person lifts the hold.`,
        '',
        '| | |',
        '|---|---|',
        `| Undoes | the promotion of ${from} at ${undoes} |`,
        `| Alert | \`${alert.fingerprint}\` |`,
        `| Started | ${alert['starts-at']} |`,
        ...(alert.summary ? [`| Summary | ${alert.summary.replace(/\|/g, '\\|').replace(/\s+/g, ' ')} |`] : []),
        ...(alert.source ? [`| Source | ${alert.source.replace(/\|/g, '\\|')} |`] : []),
        '',
        'Closing this request without merging rejects the revert: dhow will not reopen it for this promotion of the version.',
    ].join('\n');
}


/***/ }),

/***/ 83240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ parseDriftAlert),
/* harmony export */   qY: () => (/* binding */ MAX_PAYLOAD_BYTES)
/* harmony export */ });
/* unused harmony exports MAX_PAYLOAD_KEYS, DriftAlert */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50123);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9843);
/**
 * The drift alert as it travels to the registry: the `client_payload` of a `repository_dispatch` event,
 * the file `dhow revert --alert` reads, and what the bridge builds from an Alertmanager alert.
 * GitHub caps `client_payload` at 10 top-level properties; we also cap its size, so a forged or runaway
 * payload is refused before anything reads it further.
 */




const MAX_PAYLOAD_KEYS = 10;
const MAX_PAYLOAD_BYTES = 64 * 1024;
const DriftAlert = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    model: (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelName */ .bt)(),
    environment: (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_1__/* .EnvironmentName */ .Ru)(),
    version: (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionName */ .gj)(),
    /** Identifies the alert (Alertmanager's fingerprint); recorded in the hold and the Dhow-Alert trailer. */
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[A-Za-z0-9._:-]{1,200}$/, 'must be 1 to 200 letters, digits, ".", "_", ":" or "-"'),
    /** When the alert started: an alert that started before the version was promoted is about an earlier deployment. */
    'starts-at': _registry_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .Timestamp */ .Dc,
    summary: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(2000).optional(),
    /** Who raised it: a URL (Prometheus' generatorURL, a workflow run) or a short name. */
    source: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).max(1000).optional(),
})
    .strict();
/**
 * Validates a payload from outside. `where` names it in errors (a file path, or "client_payload").
 * Throws DhowError('invalid-input') naming the first offending key.
 */
function parseDriftAlert(raw, where = 'client_payload') {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'the alert payload must be a JSON object', { file: where });
    }
    const keys = Object.keys(raw);
    if (keys.length > MAX_PAYLOAD_KEYS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `the alert payload has ${keys.length} top-level keys; at most ${MAX_PAYLOAD_KEYS} are allowed`, {
            file: where,
        });
    }
    const bytes = Buffer.byteLength(JSON.stringify(raw), 'utf8');
    if (bytes >= MAX_PAYLOAD_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `the alert payload is ${bytes} bytes; it must be under ${MAX_PAYLOAD_BYTES}`, { file: where });
    }
    const result = DriftAlert.safeParse(raw);
    if (result.success)
        return result.data;
    const issues = result.error.issues.map((issue) => {
        if (issue.code === 'unrecognized_keys')
            return `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
        const field = issue.path.map(String).join('.');
        return issue.code === 'invalid_type' && issue.input === undefined ? `"${field}" is missing` : `"${field}": ${issue.message}`;
    });
    const first = result.error.issues[0];
    const field = first.code === 'unrecognized_keys' ? first.keys[0] : first.path.map(String).join('.');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `invalid alert payload: ${issues.join('; ')}`, { file: where, field });
}


/***/ })

};
