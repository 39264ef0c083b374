export const id = 1898;
export const ids = [1898];
export const modules = {

/***/ 1898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/registry/render.ts + 1 modules
var render = __webpack_require__(4699);
// EXTERNAL MODULE: ./src/registry/names.ts
var names = __webpack_require__(1815);
// EXTERNAL MODULE: ./src/registry/store.ts
var store = __webpack_require__(5482);
// EXTERNAL MODULE: ./src/rollout/plan.ts + 3 modules
var plan = __webpack_require__(7048);
// EXTERNAL MODULE: ./src/rollout/policy.ts
var rollout_policy = __webpack_require__(2731);
;// CONCATENATED MODULE: ./src/rollout/prometheus.ts
/**
 * Reading one number from Prometheus' HTTP API (GET /api/v1/query, an instant query): a one-series vector or
 * a scalar gives its value, an empty vector gives null (no data: the analysis calls it inconclusive), more
 * than one series is refused (the check must aggregate). API: https://prometheus.io/docs/prometheus/latest/querying/api/
 * The query text and the server's message are named; a response body is never echoed.
 */

const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
const numberOf = (value) => {
    if (!Array.isArray(value) || typeof value[1] !== 'string')
        return null;
    const x = Number(value[1]);
    return Number.isFinite(x) ? x : null;
};
/** A MetricSource on the Prometheus at `baseUrl` (http or https); `queries` counts the queries it ran. */
function prometheusSource(baseUrl, options = {}) {
    let count = 0;
    const base = baseUrl.replace(/\/+$/, '');
    const source = async (promql) => {
        count++;
        const url = `${base}/api/v1/query?${new URLSearchParams({ query: promql })}`;
        let response;
        try {
            response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 10_000), headers: { accept: 'application/json' } });
        }
        catch (error) {
            const why = error.name === 'TimeoutError' ? 'did not answer in time' : `could not be reached (${error.message})`;
            throw new errors/* DhowError */.Bp('monitoring', `Prometheus at ${base} ${why}`, { cause: error });
        }
        const text = await response.text();
        if (text.length > MAX_RESPONSE_BYTES)
            throw new errors/* DhowError */.Bp('monitoring', `Prometheus at ${base} answered ${text.length} bytes to one query: more than one number`);
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new errors/* DhowError */.Bp('monitoring', `Prometheus at ${base} answered HTTP ${response.status} without the query API's JSON: is it Prometheus?`);
        }
        if (body.status !== 'success') {
            throw new errors/* DhowError */.Bp('monitoring', `Prometheus refused the query ${JSON.stringify(promql)}: ${body.errorType ?? `HTTP ${response.status}`}: ${String(body.error ?? '').slice(0, 300)}`);
        }
        const { resultType, result } = body.data ?? {};
        if (resultType === 'scalar')
            return numberOf(result);
        if (resultType === 'vector' && Array.isArray(result)) {
            if (result.length === 0)
                return null;
            if (result.length > 1) {
                throw new errors/* DhowError */.Bp('monitoring', `the query ${JSON.stringify(promql)} returned ${result.length} series, not one: aggregate it (sum, avg, max) to one number`);
            }
            return numberOf(result[0].value);
        }
        throw new errors/* DhowError */.Bp('monitoring', `the query ${JSON.stringify(promql)} returned a ${resultType ?? 'malformed'} result, not one number`);
    };
    return Object.assign(source, { queries: () => count });
}

// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/registry/files.ts
var files = __webpack_require__(860);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/schemas.ts
var schemas = __webpack_require__(9843);
;// CONCATENATED MODULE: ./src/rollout/release.ts
/**
 * What a rollout decision does to the release file, and the commit that carries it: an advance or a
 * recorded measurement rewrites the rollout state; a promotion drops it (the canary takes all traffic); an
 * abort puts the stable version back as a rollback does (`revert-of` the canary, the canary on hold when it
 * failed). Pure, so the planner's tests can read the exact file and trailers that would be committed.
 */


/** The trailer naming the rollout action of a commit (advance, record, promote, abort). */
const ROLLOUT_TRAILER = 'Dhow-Rollout';
/** The trailer naming the step a commit decided: `<canary>@<started-at>#<step>`, so a step is never committed twice. */
const ROLLOUT_STEP_TRAILER = 'Dhow-Rollout-Step';
/** The new release and its commit for a decision, or null when the decision changes nothing. */
function rolloutCommit(release, decision, options) {
    const rollout = release.rollout;
    if (!rollout)
        return null;
    const { model, environment } = release;
    const body = decision.reasons.join('\n');
    const stepId = `${rollout.canary}@${rollout['started-at']}#${rollout.step}`;
    const trailers = (version, action, extra = {}) => ({
        [paths/* TRAILERS */.jl.model]: model,
        [paths/* TRAILERS */.jl.version]: version,
        [paths/* TRAILERS */.jl.environment]: environment,
        [ROLLOUT_TRAILER]: action,
        [ROLLOUT_STEP_TRAILER]: stepId,
        ...extra,
    });
    switch (decision.action) {
        case 'none':
            return null;
        case 'wait':
            if (!decision.rollout)
                return null;
            return {
                release: { ...release, rollout: decision.rollout },
                message: `Record the analysis of ${model} ${rollout.canary} in ${environment} (step ${rollout.step + 1}, ${rollout.weight}%)\n\n${body}`,
                trailers: trailers(release.version, 'record'),
            };
        case 'advance':
            return {
                release: { ...release, rollout: decision.rollout },
                message: `Shift ${decision.rollout.weight}% of ${model} traffic in ${environment} to ${rollout.canary} (step ${decision.rollout.step + 1})\n\n${body}`,
                trailers: trailers(release.version, 'advance'),
            };
        case 'promote': {
            const { rollout: _done, ...rest } = release;
            return {
                release: rest,
                message: `Promote ${model} ${rollout.canary} to all traffic in ${environment}\n\n${body}`,
                trailers: trailers(release.version, 'promote'),
            };
        }
        case 'abort': {
            if (!options.stableDigest)
                throw new TypeError('an abort needs the stable version digest');
            const hold = decision.hold
                ? [{ version: rollout.canary, reason: `rollout aborted: ${decision.reasons[0] ?? 'analysis failed'}`.slice(0, 2000), by: options.by, at: options.at }]
                : [];
            const back = {
                apiVersion: schemas/* API_VERSION */.mG,
                kind: 'Release',
                model,
                environment,
                version: rollout.stable,
                digest: options.stableDigest,
                previous: rollout.canary,
                ...(release['last-known-good'] ? { 'last-known-good': release['last-known-good'] } : {}),
                holds: hold.length > 0 ? [...release.holds.filter((h) => h.version !== rollout.canary), ...hold] : release.holds,
                'revert-of': rollout.canary,
                'promoted-by': options.by,
                'promoted-at': options.at,
            };
            return {
                release: back,
                message: `Abort the rollout of ${model} ${rollout.canary} in ${environment}: back to ${rollout.stable}\n\n${body}`,
                trailers: trailers(rollout.stable, 'abort', { [paths/* TRAILERS */.jl.revertOf]: rollout.canary }),
            };
        }
    }
}
/**
 * A rollout is written into the release file with its promotion request, but it begins when the request
 * merges: while no rollout commit has touched the file since (its latest commit carries no Dhow-Rollout
 * trailer), the first step starts at that commit's date. The first rollout commit writes the date down.
 */
function begunAtMerge(release, latest) {
    const rollout = release.rollout;
    if (!rollout || rollout.step !== 0 || !latest || latest.trailers[ROLLOUT_TRAILER] !== undefined)
        return release;
    const merged = Date.parse(latest.date);
    if (!Number.isFinite(merged) || merged <= Date.parse(rollout['step-started-at']))
        return release;
    const at = new Date(merged).toISOString();
    return { ...release, rollout: { ...rollout, 'started-at': at, 'step-started-at': at } };
}

;// CONCATENATED MODULE: ./src/rollout/execute.ts
/**
 * One rollout step through a Forge: read the release file, measure the checks that are due, plan, and
 * commit what the plan changes (release file and rendered manifests) with compare-and-swap. A lost race
 * means another controller moved the registry: read it again and re-plan, so no step is committed twice.
 * Rendering is passed in (the promotion renderer), keeping this module free of src/promote.
 */








/** Fills `{{model}}`, `{{environment}}`, `{{version}}` and `{{namespace}}` (validated names: safe inside PromQL label strings). */
function fillQuery(template, values) {
    return template.replace(/\{\{\s*(model|environment|version|namespace)\s*\}\}/g, (_m, key) => values[key]);
}
async function measure(release, policy, now, namespace, metrics) {
    const rollout = release.rollout;
    const vars = (version) => ({ model: release.model, environment: release.environment, version, namespace });
    const ask = async (what, template, version) => {
        try {
            return await metrics(fillQuery(template, vars(version)));
        }
        catch (error) {
            if (error instanceof errors/* DhowError */.Bp)
                throw new errors/* DhowError */.Bp(error.code, error.message, { file: 'dhow.yaml', field: `rollout ${what}`, cause: error });
            throw error;
        }
    };
    const due = new Set((0,plan/* dueChecks */.oP)(release, policy, now));
    const checks = await Promise.all(policy.analysis
        .filter((c) => due.has(c.name))
        .map(async (c) => ({
        check: c.name,
        canary: await ask(`analysis "${c.name}" canary`, c.canary, rollout.canary),
        ...(c.stable ? { stable: await ask(`analysis "${c.name}" stable`, c.stable, rollout.stable) } : {}),
        ...(c.samples ? { samples: await ask(`analysis "${c.name}" samples`, c.samples, rollout.canary) } : {}),
    })));
    if (!policy.ab || !(0,plan/* abDue */.Ex)(release, policy, now))
        return { checks };
    const m = policy.ab.metric;
    const arm = async (version) => m.kind === 'rate'
        ? { successes: await ask(`ab "${m.name}" successes`, m.successes, version), trials: await ask(`ab "${m.name}" trials`, m.trials, version) }
        : {
            mean: await ask(`ab "${m.name}" mean`, m.mean, version),
            stddev: await ask(`ab "${m.name}" stddev`, m.stddev, version),
            count: await ask(`ab "${m.name}" count`, m.count, version),
        };
    const [canary, stable] = await Promise.all([arm(rollout.canary), arm(rollout.stable)]);
    return { checks, ab: { kind: m.kind, canary, stable } };
}
async function stepRollout(forge, input, options) {
    const logger = options.logger ?? src_logger/* silentLogger */.qq;
    const { model, environment } = input;
    const attempts = options.attempts ?? 5;
    for (let attempt = 1;; attempt++) {
        const branch = await forge.defaultBranch();
        const reader = await store.RegistryReader.open(forge, branch);
        const config = await reader.config();
        const envPolicy = config.environments.find((e) => e.name === environment);
        if (!envPolicy) {
            throw new errors/* DhowError */.Bp('not-found', `unknown environment "${environment}": dhow.yaml lists ${config.environments.map((e) => e.name).join(', ')}`);
        }
        const written = await reader.release(environment, model);
        if (!written)
            throw new errors/* DhowError */.Bp('not-found', `${model} is not released in ${environment}: ${(0,paths/* releasePath */.bD)(environment, model)} does not exist`);
        const latest = written.rollout ? (await forge.history((0,paths/* releasePath */.bD)(environment, model), reader.ref, { limit: 1 }))[0] : undefined;
        const release = begunAtMerge(written, latest);
        const policy = (0,rollout_policy/* rolloutPolicyFor */.h)(config, model, environment);
        const now = options.now();
        const results = release.rollout ? await measure(release, policy, now, envPolicy.namespace ?? config.deploy.namespace, options.metrics) : { checks: [] };
        const decision = (0,plan/* planRolloutStep */.HL)(release, results, policy, now);
        if (!(0,plan/* decisionChangesRelease */.nP)(decision))
            return { decision, release };
        const rollout = release.rollout;
        const stable = decision.action === 'abort' ? await reader.version(model, rollout.stable) : null;
        if (decision.action === 'abort' && !stable) {
            throw new errors/* DhowError */.Bp('not-found', `cannot roll back to ${model} ${rollout.stable}: its version record is missing`, {
                file: (0,paths/* releasePath */.bD)(environment, model),
                field: 'rollout.stable',
            });
        }
        const commit = rolloutCommit(release, decision, { by: options.by, at: now, ...(stable ? { stableDigest: stable.artifact.digest } : {}) });
        const record = stable ?? (await reader.version(model, commit.release.version));
        if (!record)
            throw new errors/* DhowError */.Bp('not-found', `the version record of ${model} ${commit.release.version} is missing`, {
                file: (0,paths/* releasePath */.bD)(environment, model),
                field: 'version',
            });
        try {
            const { sha } = await forge.commitFiles({
                branch,
                expectedHead: reader.ref,
                changes: [{ path: (0,paths/* releasePath */.bD)(environment, model), content: (0,files/* serializeRegistryFile */.cF)(commit.release) }, ...options.render(commit.release, record, config)],
                message: commit.message,
                trailers: commit.trailers,
            });
            return { decision, release: commit.release, sha };
        }
        catch (error) {
            if (!(error instanceof errors/* DhowError */.Bp && error.code === 'conflict') || attempt >= attempts)
                throw error;
            logger.debug(`rollout of ${model} in ${environment}: the registry moved; reading it again (attempt ${attempt + 1})`);
        }
    }
}

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(6931);
// EXTERNAL MODULE: ./src/cli/registry.ts
var registry = __webpack_require__(6611);
;// CONCATENATED MODULE: ./src/cli/commands/rollout.ts
/**
 * dhow rollout step | status: one idempotent step of a canary, blue-green or A/B rollout (measure the due
 * checks in Prometheus, plan, commit with compare-and-swap), and where each rollout stands. A scheduled
 * workflow or a cron job runs `step`; state lives only in the registry, so running it again is safe.
 */










const USAGE = `usage: dhow rollout step (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M --env ENV [--prometheus URL] [--as NAME] [--json]
       dhow rollout status (--registry DIR | --repository OWNER/NAME [--api-url URL]) [--model M] [--json]
  step: measures the analysis checks that are due in Prometheus (--prometheus or $DHOW_PROMETHEUS_URL), then
        waits, shifts traffic to the next step, promotes to 100% or aborts (back to the stable version, the
        canary on hold): one commit when something changes, none otherwise. Safe to run again at any time.
        --json prints {"model", "environment", "action", "reasons", "version", "weight", "commit", "checks"}.
  status: every rollout under way: strategy, canary and stable versions, weight, step, counted failures.
  The rollout policy is in dhow.yaml (environments[].rollout, models.<m>.rollout.<env>); see docs/rollouts.md.`;
async function run(args, ctx) {
    const [sub, ...rest] = args;
    const help = (0,context/* subcommandHelp */.BE)(sub, ctx, USAGE);
    if (help !== undefined)
        return help;
    if (rest.some((a) => a === '--help' || a === '-h')) {
        ctx.stdout.write(USAGE);
        return 0;
    }
    if (sub === 'step')
        return step(rest, ctx);
    if (sub === 'status')
        return rollout_status(rest, ctx);
    throw new errors/* DhowError */.Bp('usage', `dhow rollout: unknown subcommand "${sub}": step or status (dhow rollout --help)`);
}
function prometheusUrl(flag, ctx) {
    const value = flag ?? ctx.env.DHOW_PROMETHEUS_URL;
    const field = flag === undefined ? '$DHOW_PROMETHEUS_URL' : '--prometheus';
    if (!value)
        throw new errors/* DhowError */.Bp('usage', 'dhow rollout step: where is Prometheus? pass --prometheus URL (or set $DHOW_PROMETHEUS_URL)');
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* DhowError */.Bp('usage', `must be an http(s) URL such as http://prometheus:9090`, { field });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* DhowError */.Bp('usage', 'must be an http(s) URL', { field });
    // Credentials in the URL would end up in messages: refuse them rather than risk echoing them.
    if (url.username || url.password)
        throw new errors/* DhowError */.Bp('usage', 'must not carry credentials (they would show in messages)', { field });
    return url.toString();
}
async function step(args, ctx) {
    const { values } = (0,context/* parseCommandArgs */.Qx)('rollout step', args, {
        ...registry/* WHERE_OPTIONS */.JI,
        model: { type: 'string' },
        env: { type: 'string' },
        prometheus: { type: 'string' },
        as: { type: 'string' },
        json: { type: 'boolean' },
    });
    const model = (0,context/* requireName */.rI)('rollout step', 'model', 'model', values.model);
    const environment = (0,context/* requireName */.rI)('rollout step', 'environment', 'env', values.env);
    const metrics = prometheusSource(prometheusUrl(values.prometheus, ctx));
    const by = (0,registry/* actor */.eN)(ctx, values.as);
    const forge = await (0,registry/* openForge */.ys)(ctx, 'rollout step', values, by);
    const result = await stepRollout(forge, { model, environment }, { by, now: () => (0,registry/* now */.tB)(ctx), metrics, render: render/* renderDeployManifests */.GQ, logger: ctx.logger });
    const { decision, release } = result;
    if (values.json) {
        (0,context/* writeJson */.GF)(ctx, {
            model,
            environment,
            action: decision.action,
            reasons: decision.reasons,
            version: release.version,
            weight: release.rollout ? release.rollout.weight : 100,
            commit: result.sha ?? null,
            checks: decision.outcomes,
            queries: metrics.queries(),
            ...(decision.ab ? { ab: decision.ab } : {}),
        });
        return 0;
    }
    const where = result.sha ? ` [${(0,registry/* shortSha */.Fu)(result.sha)}]` : '';
    const headline = {
        none: `no rollout of ${model} is under way in ${environment}`,
        wait: `${model} in ${environment}: waiting${result.sha ? ' (analysis recorded)' : ''}`,
        advance: `${model} in ${environment}: ${release.rollout?.weight}% of traffic to ${release.version}`,
        promote: `${model} in ${environment}: ${release.version} takes all traffic`,
        abort: `${model} in ${environment}: rollout aborted, back to ${release.version}`,
    };
    ctx.stdout.write(`${headline[decision.action]}${where}\n${decision.reasons.map((r) => `  ${r}\n`).join('')}`);
    return 0;
}
async function rollout_status(args, ctx) {
    const { values } = (0,context/* parseCommandArgs */.Qx)('rollout status', args, { ...registry/* WHERE_OPTIONS */.JI, model: { type: 'string' }, json: { type: 'boolean' } });
    if (values.model !== undefined)
        (0,names/* assertName */.I1)('model', values.model, { field: '--model' });
    const forge = await (0,registry/* openForge */.ys)(ctx, 'rollout status', values);
    const reader = await store.RegistryReader.open(forge);
    const config = await reader.config();
    const at = (0,registry/* now */.tB)(ctx);
    const rollouts = (await reader.listReleases())
        .filter((r) => r.rollout && (values.model === undefined || r.model === values.model))
        .map((r) => {
        const policy = (0,rollout_policy/* rolloutPolicyFor */.h)(config, r.model, r.environment);
        const ro = r.rollout;
        const steps = ro.strategy === 'canary' ? (policy.steps?.length ?? 0) : 1;
        const soakMs = policy.strategy === ro.strategy ? (0,plan/* stepOf */.cg)(policy, ro.strategy, ro.step).soakMs : 0;
        return {
            model: r.model,
            environment: r.environment,
            strategy: ro.strategy,
            canary: ro.canary,
            stable: ro.stable,
            weight: ro.weight,
            step: ro.step + 1,
            steps,
            stepStartedAt: ro['step-started-at'],
            soakEndsAt: new Date(Date.parse(ro['step-started-at']) + soakMs).toISOString(),
            failures: ro.failures,
            inconclusive: ro.inconclusive,
            due: (0,plan/* dueChecks */.oP)(r, policy, at),
        };
    });
    if (values.json) {
        (0,context/* writeJson */.GF)(ctx, { rollouts });
        return 0;
    }
    if (rollouts.length === 0) {
        ctx.stdout.write(values.model ? `no rollout of ${values.model} is under way\n` : 'No rollout is under way\n');
        return 0;
    }
    const counts = (c) => Object.entries(c)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '-';
    ctx.stdout.write((0,registry/* table */.tp)(['MODEL', 'ENVIRONMENT', 'STRATEGY', 'CANARY', 'STABLE', 'WEIGHT', 'STEP', 'SINCE', 'FAILED', 'INCONCLUSIVE'], rollouts.map((r) => [
        r.model,
        r.environment,
        r.strategy,
        r.canary,
        r.stable,
        `${r.weight}%`,
        `${r.step}/${r.steps}`,
        r.stepStartedAt,
        counts(r.failures),
        counts(r.inconclusive),
    ])));
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
    const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(1094), __webpack_require__.e(397)]).then(__webpack_require__.bind(__webpack_require__, 397));
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
