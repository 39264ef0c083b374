export const id = 5881;
export const ids = [5881,975];
export const modules = {

/***/ 15881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/render.ts + 1 modules
var render = __webpack_require__(34699);
// EXTERNAL MODULE: ./src/registry/names.ts + 1 modules
var names = __webpack_require__(50123);
// EXTERNAL MODULE: ./src/registry/store.ts
var store = __webpack_require__(5482);
// EXTERNAL MODULE: ./src/rollout/plan.ts + 3 modules
var plan = __webpack_require__(87048);
// EXTERNAL MODULE: ./src/rollout/policy.ts
var rollout_policy = __webpack_require__(22731);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./src/rollout/prometheus.ts
/**
 * Reading one number from Prometheus' HTTP API (GET /api/v1/query, an instant query): a one-series vector or
 * a scalar gives its value, an empty vector gives null (no data: the analysis calls it inconclusive), more
 * than one series is refused (the check must aggregate). API: https://prometheus.io/docs/prometheus/latest/querying/api/
 * A Prometheus behind authentication takes a bearer token or basic auth (Prometheus' own web config,
 * https://prometheus.io/docs/prometheus/latest/configuration/https/, or a proxy in front of it), and one on
 * https with a private CA takes that CA. The query text and the server's message are named; a response body
 * is never echoed, and the credentials never appear in a message: anything the server or the network says
 * back is scrubbed of them first.
 */



const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
const numberOf = (value) => {
    if (!Array.isArray(value) || typeof value[1] !== 'string')
        return null;
    const x = Number(value[1]);
    return Number.isFinite(x) ? x : null;
};
/** Replaces every credential in a text (a server's error, a network error) before it can reach a message. */
function scrubber(access) {
    const secrets = [
        access.bearerToken,
        access.basicAuth?.password,
        access.basicAuth && Buffer.from(`${access.basicAuth.username}:${access.basicAuth.password}`).toString('base64'),
    ]
        .filter((x) => typeof x === 'string' && x.length > 0)
        .sort((a, b) => b.length - a.length);
    return (text) => secrets.reduce((t, secret) => t.split(secret).join('***'), text);
}
/** One GET with node:http(s), which (unlike fetch) takes a CA of its own; the body is read up to the limit. */
function get(url, headers, access) {
    return new Promise((resolve, reject) => {
        const options = { headers, timeout: access.timeoutMs ?? 10_000, ...(access.ca ? { ca: access.ca } : {}) };
        const onResponse = (response) => {
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_RESPONSE_BYTES) {
                    response.destroy();
                    reject(new errors/* DhowError */.Bp('monitoring', `Prometheus at ${url.origin} answered more than ${MAX_RESPONSE_BYTES} bytes to one query: more than one number`));
                    return;
                }
                chunks.push(chunk);
            });
            response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
            response.on('error', reject);
        };
        const req = url.protocol === 'https:' ? (0,external_node_https_.request)(url, options, onResponse) : (0,external_node_http_.request)(url, options, onResponse);
        req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { name: 'TimeoutError' })));
        req.on('error', reject);
        req.end();
    });
}
/** A MetricSource on the Prometheus at `baseUrl` (http or https); `queries` counts the queries it ran. */
function prometheusSource(baseUrl, access = {}) {
    let count = 0;
    const base = baseUrl.replace(/\/+$/, '');
    const scrub = scrubber(access);
    const headers = { accept: 'application/json' };
    if (access.bearerToken)
        headers.authorization = `Bearer ${access.bearerToken}`;
    else if (access.basicAuth)
        headers.authorization = `Basic ${Buffer.from(`${access.basicAuth.username}:${access.basicAuth.password}`).toString('base64')}`;
    const source = async (promql) => {
        count++;
        const url = new URL(`${base}/api/v1/query?${new URLSearchParams({ query: promql })}`);
        let response;
        try {
            response = await get(url, headers, access);
        }
        catch (error) {
            if (error instanceof errors/* DhowError */.Bp)
                throw error;
            const why = error.name === 'TimeoutError' ? 'did not answer in time' : `could not be reached (${scrub(error.message)})`;
            // The cause is left out: it may carry the request, and with it the Authorization header.
            throw new errors/* DhowError */.Bp('monitoring', `Prometheus at ${base} ${why}`);
        }
        if (response.status === 401 || response.status === 403) {
            const given = access.bearerToken ? 'the bearer token' : access.basicAuth ? `the password of "${access.basicAuth.username}"` : undefined;
            throw new errors/* DhowError */.Bp('monitoring', given
                ? `Prometheus at ${base} refused ${given} (HTTP ${response.status}): check the credentials dhow is given`
                : `Prometheus at ${base} asks for credentials (HTTP ${response.status}): give dhow a bearer token or a user name and password`);
        }
        const text = response.text;
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new errors/* DhowError */.Bp('monitoring', `Prometheus at ${base} answered HTTP ${response.status} without the query API's JSON: is it Prometheus?`);
        }
        if (body.status !== 'success') {
            throw new errors/* DhowError */.Bp('monitoring', `Prometheus refused the query ${JSON.stringify(promql)}: ${body.errorType ?? `HTTP ${response.status}`}: ${scrub(String(body.error ?? '')).slice(0, 300)}`);
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
var src_logger = __webpack_require__(86999);
// EXTERNAL MODULE: ./src/registry/files.ts + 1 modules
var files = __webpack_require__(47682);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/rollout/evidence.ts
/** The trailer carrying a step's analysis as JSON (`StepEvidence` without the commit). */
const ROLLOUT_ANALYSIS_TRAILER = 'Dhow-Rollout-Analysis';
/** The sticky comment's marker on the promotion request: one comment per rollout of a model in an environment. */
const rolloutCommentMarker = (environment, model) => `rollout-analysis:${environment}/${model}`;
function stepEvidence(step, decision, at) {
    const checks = decision.outcomes.map((o) => ({
        check: o.check,
        verdict: o.verdict,
        canary: o.canary,
        stable: o.stable,
        samples: o.samples,
        comparison: o.comparison,
        limit: o.limit,
    }));
    const ab = decision.ab
        ? { outcome: decision.ab.outcome, test: decision.ab.test, statistic: decision.ab.statistic, pValue: decision.ab.pValue, alpha: decision.ab.alpha }
        : undefined;
    return { step: step.step + 1, weight: step.weight, action: decision.action, at, checks, ...(ab ? { ab } : {}) };
}
/** The trailer value: compact JSON on one line (git trailers are one line each). */
function encodeStepEvidence(evidence) {
    const { commit: _commit, ...rest } = evidence;
    return JSON.stringify(rest);
}
/** Reads a trailer written by encodeStepEvidence; anything else (a hand-written commit) reads as nothing. */
function decodeStepEvidence(text, commit) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        if (typeof value !== 'object' || value === null || typeof value.step !== 'number' || !Array.isArray(value.checks))
            return undefined;
        return { ...value, ...(commit ? { commit } : {}) };
    }
    catch {
        return undefined;
    }
}
/** A number rounded as the tables show it: six significant digits, no float noise. */
const rounded = (x) => Number(x.toPrecision(6));
/** A number as a reviewer reads it: up to six significant digits, no float noise (0.12, not 0.12000000000000001). */
function showNumber(x) {
    return x === null ? '–' : String(rounded(x));
}
const VERDICT = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive' };
/** Markdown cells may not hold a pipe or a line break. */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
/** The Markdown table of one step's checks. */
function analysisTable(rows) {
    const lines = ['| Check | Canary | Stable | Comparison | Verdict | Samples |', '| --- | ---: | ---: | --- | --- | ---: |'];
    for (const r of rows) {
        // A relative rule shows the bound it came to; an absolute one already says it.
        const comparison = r.limit === null || !r.comparison.includes('stable') ? r.comparison : `${r.comparison} (${showNumber(r.limit)})`;
        lines.push(`| ${cell(r.check)} | ${showNumber(r.canary)} | ${showNumber(r.stable)} | ${cell(comparison)} | ${VERDICT[r.verdict]} | ${showNumber(r.samples)} |`);
    }
    return lines.join('\n');
}
const ACTION = {
    none: 'nothing to do',
    wait: 'wait',
    advance: 'advance',
    promote: 'promote to all traffic',
    abort: 'abort, back to stable',
};
/** One step's section: a heading with the decision, the table, and the A/B test's numbers when it decided. */
function stepSection(evidence) {
    const heading = `#### Step ${evidence.step} (${evidence.weight}% of traffic), ${evidence.at}: ${ACTION[evidence.action]}${evidence.commit ? ` (${evidence.commit.slice(0, 7)})` : ''}`;
    const parts = [heading, ''];
    if (evidence.checks.length > 0)
        parts.push(analysisTable(evidence.checks));
    else
        parts.push('No analysis check was measured in this step.');
    if (evidence.ab) {
        const { test, statistic, pValue, alpha, outcome } = evidence.ab;
        parts.push('', `A/B test (${test}): statistic ${showNumber(statistic)}, p-value ${showNumber(pValue)}, alpha ${alpha}: ${outcome}`);
    }
    return parts.join('\n');
}
/**
 * A chart shows at most this many steps, the latest ones a check was measured in: more points than that
 * crowd the x axis of a comment-sized chart, and the tables below it still list every step.
 */
const CHART_STEPS = 20;
/**
 * The series of each check across the steps, checks in the order they first appear. A step counts for a
 * check when it measured the check's canary value; a check with fewer than two such steps has no series
 * (a line through one point draws nothing, and the step's table says it all).
 */
function checkSeries(steps) {
    const names = [...new Set(steps.flatMap((s) => s.checks.map((c) => c.check)))];
    const series = [];
    for (const check of names) {
        const points = steps
            .flatMap((s) => {
            const row = s.checks.find((c) => c.check === check);
            return row && finite(row.canary) ? [{ weight: s.weight, row }] : [];
        })
            .slice(-CHART_STEPS);
        if (points.length < 2)
            continue;
        const seen = new Map();
        const weights = points.map(({ weight }) => {
            const n = (seen.get(weight) ?? 0) + 1;
            seen.set(weight, n);
            // Mermaid's band axis merges equal labels, so a weight recorded twice needs a distinct one.
            return n === 1 ? `${weight}%` : `${weight}% (${n})`;
        });
        const column = (value) => points.every((p) => finite(value(p.row))) ? { values: points.map((p) => rounded(value(p.row))) } : undefined;
        const stable = column((r) => r.stable);
        const bound = column((r) => r.limit);
        series.push({
            check,
            weights,
            canary: points.map((p) => rounded(p.row.canary)),
            ...(stable ? { stable: stable.values } : {}),
            ...(bound ? { bound: bound.values } : {}),
        });
    }
    return series;
}
const finite = (x) => typeof x === 'number' && Number.isFinite(x);
/**
 * A number in Mermaid's xychart grammar, which reads `[+-]?(\d+(\.\d+)?|\.\d+)`: no exponent, so the
 * digits JavaScript would write as 1.5e-7 or 1e+21 are spelled out.
 */
function mermaidNumber(x) {
    const text = String(x);
    const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
    if (!exponent)
        return text;
    const [, sign, lead, rest = '', power] = exponent;
    const digits = lead + rest;
    const e = Number(power);
    if (e < 0)
        return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
    return `${sign}${digits}${'0'.repeat(e - rest.length)}`;
}
/**
 * A quoted Mermaid string. The grammar ends a string at `"`, a backtick after the quote starts Markdown
 * text, and Mermaid reads `%%{` as a directive anywhere in the diagram; in a Markdown fence a line break or
 * backticks could end the block. Check names come from dhow.yaml, so anything but letters, digits and plain
 * punctuation becomes `_`, and a run of `%` becomes one.
 */
function mermaidString(text) {
    const safe = text
        .replace(/[^\p{L}\p{N} _.,:/()+=@%-]/gu, '_')
        .replace(/%+/g, '%')
        .slice(0, 80);
    return `"${safe}"`;
}
/**
 * One check's chart: a Mermaid `xychart-beta` block, which GitHub renders in comments and job summaries
 * (docs.github.com, "Creating diagrams": https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-diagrams).
 * Mermaid draws no legend, so a line under the block names the lines in the order drawn.
 */
function checkChart(series) {
    const lines = [
        ['canary', series.canary],
        ['stable', series.stable],
        ['bound', series.bound],
    ];
    const drawn = lines.filter((l) => l[1] !== undefined);
    return [
        '```mermaid',
        'xychart-beta',
        `  title ${mermaidString(series.check)}`,
        `  x-axis "canary weight by step" [${series.weights.map(mermaidString).join(', ')}]`,
        ...drawn.map(([name, values]) => `  line ${mermaidString(name)} [${values.map(mermaidNumber).join(', ')}]`),
        '```',
        '',
        `Lines, in the order drawn: ${drawn.map(([name]) => name).join(', ')}.`,
    ].join('\n');
}
/** The charts of every check measured in two steps or more (the last CHART_STEPS of them); '' when none. */
function analysisCharts(steps) {
    return checkSeries(steps).map(checkChart).join('\n\n');
}
/** The promotion request's sticky comment: a chart per check across the steps, then every recorded step, oldest first. */
function rolloutComment(input) {
    const { model, environment, canary, stable, steps } = input;
    const charts = analysisCharts(steps);
    return [
        `### Rollout of ${model} ${canary} in ${environment} (stable: ${stable})`,
        '',
        'The analysis each recorded step rests on, from the registry history (`dhow rollout status --json`).',
        '',
        ...(charts ? [`#### Each check across the steps (the last ${CHART_STEPS} at most)`, '', charts, ''] : []),
        ...steps.flatMap((s) => [stepSection(s), '']),
    ]
        .join('\n')
        .trimEnd();
}
/**
 * One rollout's part of a job summary: what this step decided, and the analysis it measured (if any was due);
 * given the rollout's recorded steps (`history`, oldest first), also a chart per check across them and this step.
 */
function summarySection(input) {
    const { model, environment, reasons, evidence, history = [] } = input;
    const lines = [`### ${model} in ${environment}`, '', ...reasons.map((r) => `- ${cell(r)}`), ''];
    if (evidence.checks.length > 0 || evidence.ab)
        lines.push(stepSection(evidence), '');
    // This step ends the chart unless the history, read after its commit, holds it already.
    const recorded = evidence.commit !== undefined && history.some((s) => s.commit === evidence.commit);
    const charts = analysisCharts(recorded || evidence.checks.length === 0 ? history : [...history, evidence]);
    if (charts)
        lines.push(charts, '');
    return lines.join('\n');
}

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
    // The analysis the decision rests on travels with its commit: the history is the record reviewers read back.
    const analysed = decision.outcomes.length > 0 || decision.ab !== undefined;
    const evidence = analysed ? { [ROLLOUT_ANALYSIS_TRAILER]: encodeStepEvidence(stepEvidence(rollout, decision, options.at)) } : {};
    const trailers = (version, action, extra = {}) => ({
        [paths/* TRAILERS */.jl.model]: model,
        [paths/* TRAILERS */.jl.version]: version,
        [paths/* TRAILERS */.jl.environment]: environment,
        [ROLLOUT_TRAILER]: action,
        [ROLLOUT_STEP_TRAILER]: stepId,
        ...extra,
        ...evidence,
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

;// CONCATENATED MODULE: ./src/rollout/history.ts




/** Enough for 20 steps with their recorded failed and inconclusive measurements; older ones are not shown. */
const HISTORY_LIMIT = 200;
async function rolloutHistory(source, at, rollout) {
    return rolloutHistoryOf(await source.history((0,paths/* releasePath */.bD)(at.environment, at.model), at.ref, { limit: HISTORY_LIMIT }), rollout);
}
/** A rollout's evidence in commits of its release file already read (newest first, as `history` returns them). */
function rolloutHistoryOf(commits, rollout) {
    const prefix = `${rollout.canary}@${rollout['started-at']}#`;
    const steps = commits
        .filter((c) => c.trailers[ROLLOUT_STEP_TRAILER]?.startsWith(prefix))
        .flatMap((c) => decodeStepEvidence(c.trailers[ROLLOUT_ANALYSIS_TRAILER], c.sha) ?? [])
        .reverse();
    const request = commits.find((c) => c.trailers[paths/* TRAILERS */.jl.request] !== undefined)?.trailers[paths/* TRAILERS */.jl.request];
    return { steps, ...(request ? { request } : {}) };
}
/** Reads enough of a release file's history for a rollout's evidence. */
function releaseHistory(source, at) {
    return source.history((0,paths/* releasePath */.bD)(at.environment, at.model), at.ref, { limit: HISTORY_LIMIT });
}

;// CONCATENATED MODULE: ./src/rollout/comment.ts





/**
 * Which rollout the comment shows: the one under way, or the one whose promotion or abort is the release
 * file's latest commit (its step trailer, `<canary>@<started-at>#<step>`, names it). Nothing otherwise: an
 * older rollout's comment is left as it is.
 */
function rolloutToShow(release, latest) {
    const rollout = release.rollout;
    if (rollout)
        return { canary: rollout.canary, 'started-at': rollout['started-at'], stable: rollout.stable };
    const action = latest?.trailers[ROLLOUT_TRAILER];
    const step = /^([^@#]+)@([^@#]+)#\d+$/.exec(latest?.trailers[ROLLOUT_STEP_TRAILER] ?? '');
    if (!step || (action !== 'promote' && action !== 'abort'))
        return undefined;
    // An abort writes the stable version back as the release's version.
    return { canary: step[1], 'started-at': step[2], ...(action === 'abort' ? { stable: release.version } : {}) };
}
/**
 * Brings the sticky comment up to date with the history at `ref` (`commits`: that history when the caller
 * has read it already). Returns whether it wrote the comment.
 */
async function reconcileRolloutComment(forge, at, logger) {
    const { release, ref } = at;
    const { model, environment } = release;
    let id = release.request?.id;
    try {
        const commits = at.commits ?? (await releaseHistory(forge, { model, environment, ref }));
        const shown = rolloutToShow(release, commits[0]);
        if (!shown)
            return false;
        const stable = shown.stable ?? (await stableBefore(forge, release, commits[1]));
        if (!stable)
            return false;
        const { steps, request } = rolloutHistoryOf(commits, shown);
        id ??= request;
        // No step recorded yet (or no request to comment on): nothing to show.
        if (!id || steps.length === 0)
            return false;
        const body = rolloutComment({ model, environment, canary: shown.canary, stable, steps });
        const marker = rolloutCommentMarker(environment, model);
        const current = (await forge.listComments(id)).find((c) => c.marker === marker);
        if (current?.body === body)
            return false;
        await forge.upsertComment(id, marker, body);
        return true;
    }
    catch (error) {
        logger.warning(`rollout of ${model} in ${environment}: could not update the analysis on request ${id ?? '(unknown)'}: ${error.message}`);
        return false;
    }
}
/** A promoted rollout's stable version, from the release file as the commit before the promotion left it. */
async function stableBefore(forge, release, before) {
    if (!before)
        return undefined;
    const path = (0,paths/* releasePath */.bD)(release.environment, release.model);
    const text = await forge.readFile(path, before.sha);
    return text === null ? undefined : (0,files/* parseRegistryFile */.N0)('Release', path, text).rollout?.stable;
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
        // One read of the release file's history serves both the rollout's start and its sticky comment.
        const commits = await releaseHistory(forge, { model, environment, ref: reader.ref });
        const release = begunAtMerge(written, written.rollout ? commits[0] : undefined);
        const policy = (0,rollout_policy/* rolloutPolicyFor */.h)(config, model, environment);
        const now = options.now();
        const results = release.rollout ? await measure(release, policy, now, envPolicy.namespace ?? config.deploy.namespace, options.metrics) : { checks: [] };
        const decision = (0,plan/* planRolloutStep */.HL)(release, results, policy, now);
        const evidence = stepEvidence(release.rollout ?? { step: 0, weight: 100 }, decision, now);
        const history = release.rollout ? rolloutHistoryOf(commits, release.rollout).steps : [];
        if (!(0,plan/* decisionChangesRelease */.nP)(decision)) {
            // A step killed after its commit left the comment behind the history: catch up, even when waiting.
            await reconcileRolloutComment(forge, { release, ref: reader.ref, commits }, logger);
            return { decision, release, evidence, history };
        }
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
        // A RawDeployment canary runs beside the stable version, whose record the manifests then need.
        const stableRecord = (0,render/* rendersStableVersion */.bQ)(commit.release, config)
            ? ((await reader.version(model, commit.release.rollout.stable)) ?? undefined)
            : undefined;
        try {
            const { sha } = await forge.commitFiles({
                branch,
                expectedHead: reader.ref,
                changes: [
                    { path: (0,paths/* releasePath */.bD)(environment, model), content: (0,files/* serializeRegistryFile */.cF)(commit.release) },
                    ...options.render(commit.release, record, config, stableRecord),
                ],
                message: commit.message,
                trailers: commit.trailers,
            });
            await reconcileRolloutComment(forge, { release: commit.release.rollout ? commit.release : { ...commit.release, request: release.request }, ref: sha }, logger);
            return { decision, release: commit.release, sha, evidence: { ...evidence, commit: sha }, history };
        }
        catch (error) {
            if (!(error instanceof errors/* DhowError */.Bp && error.code === 'conflict') || attempt >= attempts)
                throw error;
            logger.debug(`rollout of ${model} in ${environment}: the registry moved; reading it again (attempt ${attempt + 1})`);
        }
    }
}

// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
// EXTERNAL MODULE: ./src/http/log.ts
var http_log = __webpack_require__(13654);
// EXTERNAL MODULE: ./src/http/server.ts + 1 modules
var http_server = __webpack_require__(77143);
;// CONCATENATED MODULE: ./src/rollout/serve.ts
/**
 * `dhow rollout --serve`: the long-running rollout controller. On start and then every interval it reads the
 * registry, finds every release with a rollout under way and takes one step of each through `stepRollout`
 * (the same planner and compare-and-swap commit as `dhow rollout step`), never two passes at once. It keeps no
 * state of its own: the release files are the state, so a restarted controller resumes where they say and a
 * second controller beside it loses the compare-and-swap and re-plans instead of committing a step twice.
 * A rollout whose step fails (Prometheus down, a bad query) is logged and counted; the others still step.
 * It serves its own Prometheus metrics, /healthz and graceful shutdown through src/http/server.ts.
 */






const DEFAULT_CONTROLLER_INTERVAL_MS = 15_000;
/** The controller's own series, in their own registry. */
function controllerSeries() {
    const registry = new prom_client.Registry();
    const labelNames = ['model', 'environment'];
    return {
        registry,
        steps: new prom_client.Counter({
            name: 'dhow_rollout_steps_total',
            help: 'Rollout steps taken, by outcome (none, wait, advance, promote, abort, error).',
            labelNames: [...labelNames, 'outcome'],
            registers: [registry],
        }),
        commits: new prom_client.Counter({ name: 'dhow_rollout_commits_total', help: 'Commits the controller made to the registry.', labelNames, registers: [registry] }),
        queries: new prom_client.Counter({ name: 'dhow_rollout_prometheus_queries_total', help: 'Prometheus queries the steps made.', labelNames, registers: [registry] }),
        passQueries: new prom_client.Gauge({
            name: 'dhow_rollout_pass_queries',
            help: 'Prometheus queries the last pass made for a rollout (constant in the number of past steps).',
            labelNames,
            registers: [registry],
        }),
        lastDecision: new prom_client.Gauge({
            name: 'dhow_rollout_last_decision_timestamp_seconds',
            help: 'When the controller last decided on a rollout (Unix time), whatever it decided.',
            labelNames,
            registers: [registry],
        }),
        weight: new prom_client.Gauge({
            name: 'dhow_rollout_canary_weight_percent',
            help: "The canary's share of traffic after the last step (100 once promoted, 0 once aborted).",
            labelNames,
            registers: [registry],
        }),
        errors: new prom_client.Counter({
            name: 'dhow_rollout_errors_total',
            help: 'Rollout steps that failed (Prometheus unreachable, a bad query, a registry problem); the rollout is tried again next pass.',
            labelNames,
            registers: [registry],
        }),
        passFailures: new prom_client.Counter({
            name: 'dhow_rollout_pass_failures_total',
            help: 'Passes that could not read the registry at all.',
            registers: [registry],
        }),
        passes: new prom_client.Counter({ name: 'dhow_rollout_passes_total', help: 'Passes over the registry.', registers: [registry] }),
        up: new prom_client.Gauge({ name: 'dhow_rollout_up', help: '1 when the last pass could read the registry, 0 otherwise.', registers: [registry] }),
    };
}
async function startRolloutController(options) {
    const intervalMs = options.intervalMs ?? DEFAULT_CONTROLLER_INTERVAL_MS;
    if (!(intervalMs > 0) || intervalMs > 2_147_483_647) {
        throw new errors/* DhowError */.Bp('usage', `the rollout controller's interval must be positive and at most 24 days, got ${intervalMs} ms`);
    }
    const log = options.logger ?? (0,http_log/* jsonLogger */.R)(process.stderr, { component: 'rollout' });
    const series = controllerSeries();
    series.passFailures.inc(0);
    series.up.set(0);
    const state = { passes: 0, lastPassAt: undefined, lastError: undefined, last: [] };
    async function stepOne(model, environment) {
        const labels = { model, environment };
        const before = options.metrics.queries();
        try {
            const result = await stepRollout(forge, labels, { by: options.by, now: options.now, metrics: options.metrics, render: options.render, logger: log });
            const queries = options.metrics.queries() - before;
            const { decision, release } = result;
            series.steps.inc({ ...labels, outcome: decision.action });
            series.lastDecision.set(labels, Date.now() / 1000);
            const weight = release.rollout ? release.rollout.weight : decision.action === 'abort' ? 0 : 100;
            series.weight.set(labels, weight);
            if (result.sha)
                series.commits.inc(labels);
            log.event(result.sha ? 'info' : 'debug', `rollout ${decision.action}`, {
                ...labels,
                version: release.version,
                weight: release.rollout?.weight ?? null,
                commit: result.sha ?? null,
                queries,
                reasons: decision.reasons,
            });
            return { ...labels, action: decision.action, weight, queries, ...(result.sha ? { sha: result.sha } : {}) };
        }
        catch (error) {
            const queries = options.metrics.queries() - before;
            const reason = (0,errors/* describeError */.Uc)(error).split('\n')[0].slice(0, 1000);
            series.steps.inc({ ...labels, outcome: 'error' });
            series.errors.inc(labels);
            log.event('error', 'rollout step failed; it is tried again next pass', {
                ...labels,
                reason,
                ...(error instanceof errors/* DhowError */.Bp && error.file ? { file: error.file } : {}),
                ...(error instanceof errors/* DhowError */.Bp && error.field ? { field: error.field } : {}),
            });
            return { ...labels, action: 'error', queries, error: reason };
        }
        finally {
            series.queries.inc(labels, options.metrics.queries() - before);
            series.passQueries.set(labels, options.metrics.queries() - before);
        }
    }
    async function runPass() {
        series.passes.inc();
        state.passes++;
        let rollouts;
        try {
            // Each pass reads the registry as it is now, with the commits other writers made since the last one.
            forge.beginPass?.();
            const reader = await store.RegistryReader.open(forge);
            rollouts = (await reader.listReleases()).filter((r) => r.rollout).map((r) => ({ model: r.model, environment: r.environment }));
            state.lastError = undefined;
            series.up.set(1);
        }
        catch (error) {
            state.lastError = (0,errors/* describeError */.Uc)(error).split('\n')[0].slice(0, 1000);
            state.lastPassAt = options.now();
            series.passFailures.inc();
            series.up.set(0);
            log.event('error', 'cannot read the registry; trying again next pass', { reason: state.lastError });
            forge.endPass?.();
            return [];
        }
        // One rollout after the other: each is a few queries and at most one commit, and sequential steps keep
        // the commits of one pass from racing each other on the same branch.
        const reports = [];
        for (const r of rollouts) {
            if (server.closing)
                break;
            const report = await stepOne(r.model, r.environment);
            reports.push(report);
            options.onStep?.(report);
        }
        forge.endPass?.();
        state.last = reports;
        state.lastPassAt = options.now();
        return reports;
    }
    let running;
    const pass = () => {
        if (running)
            return running;
        if (server.closing)
            return Promise.resolve([]);
        running = runPass().finally(() => {
            running = undefined;
        });
        return running;
    };
    const forge = options.forge;
    const server = await (0,http_server/* startHttpServer */.O_)({
        name: 'rollout controller',
        host: options.host,
        port: options.port,
        logger: log,
        metrics: series.registry,
        health: () => health(state),
        listeningFields: { interval_s: intervalMs / 1000, by: options.by },
    });
    void pass();
    // A tick while a pass runs joins it: the next tick starts the next one, so passes never pile up.
    const tick = setInterval(() => void pass(), intervalMs);
    tick.unref();
    return {
        url: server.url,
        port: server.port,
        registry: series.registry,
        state: () => ({ ...state, last: [...state.last] }),
        pass,
        close() {
            clearInterval(tick);
            return server.close({ inFlight: running, graceMs: options.shutdownGraceMs, fields: { stepping: running !== undefined } });
        },
    };
}
/** /healthz: 503 until the first pass has read the registry or while it cannot; 200 otherwise. */
function health(state) {
    if (state.lastPassAt === undefined)
        return { code: 503, body: { status: 'starting', reason: 'the first pass over the registry has not finished yet' } };
    if (state.lastError !== undefined)
        return { code: 503, body: { status: 'no-registry', reason: state.lastError, last_pass: state.lastPassAt } };
    const failing = state.last.filter((r) => r.action === 'error').map((r) => `${r.model}/${r.environment}`);
    // Still 200 when some rollouts fail to step: the controller works, and /metrics counts the errors.
    return { code: 200, body: { status: failing.length ? 'degraded' : 'ok', last_pass: state.lastPassAt, rollouts: state.last.length, failing } };
}

// EXTERNAL MODULE: ./src/train/spec.ts
var spec = __webpack_require__(90975);
// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(16931);
// EXTERNAL MODULE: ./src/cli/registry.ts
var registry = __webpack_require__(56611);
;// CONCATENATED MODULE: ./src/cli/commands/rollout.ts
/**
 * dhow rollout step | status | --serve: one idempotent step of a canary, blue-green or A/B rollout (measure
 * the due checks in Prometheus, plan, commit with compare-and-swap), where each rollout stands, and the
 * long-running controller that steps every rollout each interval. A scheduled workflow or a cron job runs
 * `step`, a cluster runs `--serve`; state lives only in the registry, so either can run again at any time.
 */

















const USAGE = `usage: dhow rollout step (--registry DIR | --repository OWNER/NAME [--api-url URL]) (--model M --env ENV | --all) [--prometheus URL [--prometheus-ca FILE]] [--as NAME] [--json] [--summary FILE]
       dhow rollout status (--registry DIR | --repository OWNER/NAME [--api-url URL]) [--model M] [--json]
       dhow rollout --serve HOST:PORT (--registry DIR | --repository OWNER/NAME [--api-url URL]) [--prometheus URL] [--interval 15s] [--as NAME]
  step: measures the analysis checks that are due in Prometheus (--prometheus or $DHOW_PROMETHEUS_URL), then
        waits, shifts traffic to the next step, promotes to 100% or aborts (back to the stable version, the
        canary on hold): one commit when something changes, none otherwise. Safe to run again at any time.
        --json prints {"model", "environment", "action", "reasons", "version", "weight", "commit", "checks"}.
        --all steps every rollout under way in the registry (what the scheduled rollout.yml runs); one that
        fails does not stop the others, and the exit code is 1 when any failed. --json prints {"rollouts": [...]}.
        --summary FILE appends each step's analysis (check, canary, stable, comparison, verdict, samples) as
        Markdown tables to FILE (rollout.yml passes $GITHUB_STEP_SUMMARY). Each commit records its analysis
        (trailer Dhow-Rollout-Analysis) and the promotion request's sticky comment shows every recorded step.
  status: every rollout under way: strategy, canary and stable versions, weight, step, counted failures;
        --json adds "analysis": each recorded step's checks, read from the registry history.
  --serve: the controller: on start and every --interval (default 15s; keep it at most the shortest analysis
        interval) takes one step of every rollout under way, as \`step\` does; serves /metrics (dhow_rollout_*)
        and /healthz there, logs JSON lines on stderr and stops gracefully on SIGTERM or SIGINT. It keeps no
        state: a restarted controller resumes from the release files, two at once never commit a step twice.
  A Prometheus behind authentication: $DHOW_PROMETHEUS_TOKEN (a bearer token), or $DHOW_PROMETHEUS_USERNAME
  and $DHOW_PROMETHEUS_PASSWORD (basic auth), never flags (they would show in process lists); an https one
  with a private CA: --prometheus-ca FILE (or $DHOW_PROMETHEUS_CA_FILE), PEM. Credentials are never printed.
  The rollout policy is in dhow.yaml (environments[].rollout, models.<m>.rollout.<env>); see docs/rollouts.md.`;
async function run(args, ctx) {
    const [sub, ...rest] = args;
    const help = (0,context/* subcommandHelp */.BE)(sub, ctx, USAGE);
    if (help !== undefined)
        return help;
    if (args.some((a) => a === '--help' || a === '-h')) {
        ctx.stdout.write(USAGE);
        return 0;
    }
    // The controller is a mode of the command, like `dhow drift --serve`: its flag may come anywhere.
    if (sub?.startsWith('--') && args.some((a) => a === '--serve' || a.startsWith('--serve=')))
        return serve(args, ctx);
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
        throw new errors/* DhowError */.Bp('usage', 'dhow rollout: where is Prometheus? pass --prometheus URL (or set $DHOW_PROMETHEUS_URL)');
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
/** A header value may hold visible ASCII only; anything else is refused without echoing it. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;
/** Credentials from the environment (secrets in a workflow) and the CA file: what prometheusSource needs. */
async function prometheusAccess(flagCa, ctx) {
    const { DHOW_PROMETHEUS_TOKEN: token, DHOW_PROMETHEUS_USERNAME: username, DHOW_PROMETHEUS_PASSWORD: password } = ctx.env;
    const access = {};
    if (token && (username || password)) {
        throw new errors/* DhowError */.Bp('usage', 'dhow rollout: give either $DHOW_PROMETHEUS_TOKEN or $DHOW_PROMETHEUS_USERNAME and $DHOW_PROMETHEUS_PASSWORD, not both');
    }
    if (token) {
        if (!HEADER_SAFE.test(token))
            throw new errors/* DhowError */.Bp('usage', 'must be printable ASCII without spaces (its value is not shown)', { field: '$DHOW_PROMETHEUS_TOKEN' });
        access.bearerToken = token;
    }
    else if (username || password) {
        if (!username || !password) {
            throw new errors/* DhowError */.Bp('usage', `dhow rollout: $DHOW_PROMETHEUS_${username ? 'PASSWORD' : 'USERNAME'} is missing: basic auth needs a user name and a password`);
        }
        if (username.includes(':') || !HEADER_SAFE.test(username)) {
            throw new errors/* DhowError */.Bp('usage', 'must be printable ASCII without spaces or a colon', { field: '$DHOW_PROMETHEUS_USERNAME' });
        }
        if (/[\r\n]/.test(password))
            throw new errors/* DhowError */.Bp('usage', 'must be one line (its value is not shown)', { field: '$DHOW_PROMETHEUS_PASSWORD' });
        access.basicAuth = { username, password };
    }
    const caFile = flagCa ?? (ctx.env.DHOW_PROMETHEUS_CA_FILE || undefined);
    if (caFile !== undefined) {
        const field = flagCa !== undefined ? '--prometheus-ca' : '$DHOW_PROMETHEUS_CA_FILE';
        let pem;
        try {
            pem = await (0,promises_.readFile)((0,external_node_path_.resolve)(ctx.cwd, caFile), 'utf8');
        }
        catch (error) {
            throw new errors/* DhowError */.Bp('usage', `cannot read the CA certificates: ${error.code ?? 'unreadable'}`, { file: caFile, field });
        }
        if (!pem.includes('-----BEGIN CERTIFICATE-----'))
            throw new errors/* DhowError */.Bp('usage', 'holds no PEM certificate (-----BEGIN CERTIFICATE-----)', { file: caFile, field });
        access.ca = pem;
    }
    return access;
}
async function metricSource(values, ctx) {
    return prometheusSource(prometheusUrl(values.prometheus, ctx), await prometheusAccess(values['prometheus-ca'], ctx));
}
async function step(args, ctx) {
    const { values } = (0,context/* parseCommandArgs */.Qx)('rollout step', args, {
        ...registry/* WHERE_OPTIONS */.JI,
        model: { type: 'string' },
        env: { type: 'string' },
        prometheus: { type: 'string' },
        'prometheus-ca': { type: 'string' },
        as: { type: 'string' },
        json: { type: 'boolean' },
        all: { type: 'boolean' },
        summary: { type: 'string' },
    });
    if (values.all)
        return stepAll(values, ctx);
    const model = (0,context/* requireName */.rI)('rollout step', 'model', 'model', values.model);
    const environment = (0,context/* requireName */.rI)('rollout step', 'environment', 'env', values.env);
    const metrics = await metricSource(values, ctx);
    const by = (0,registry/* actor */.eN)(ctx, values.as);
    const forge = await (0,registry/* openForge */.ys)(ctx, 'rollout step', values, by);
    const result = await stepRollout(forge, { model, environment }, { by, now: () => (0,registry/* now */.tB)(ctx), metrics, render: render/* renderDeployManifests */.GQ, logger: ctx.logger });
    if (values.summary !== undefined)
        await writeSummary(ctx, values.summary, [summaryOf(model, environment, result)]);
    if (values.json) {
        (0,context/* writeJson */.GF)(ctx, stepJson(model, environment, result, metrics.queries()));
        return 0;
    }
    ctx.stdout.write(stepText(model, environment, result));
    return 0;
}
function summaryOf(model, environment, result) {
    return summarySection({ model, environment, reasons: result.decision.reasons, evidence: result.evidence, history: result.history });
}
/** Appends to the job summary file (GitHub's $GITHUB_STEP_SUMMARY is appended to, one section per step). */
async function writeSummary(ctx, file, sections) {
    try {
        await (0,promises_.appendFile)((0,external_node_path_.resolve)(ctx.cwd, file), `${sections.join('\n')}\n`);
    }
    catch (error) {
        throw new errors/* DhowError */.Bp('usage', `could not write the summary: ${error.code ?? error.message}`, {
            file,
            field: '--summary',
        });
    }
}
function stepJson(model, environment, result, queries) {
    const { decision, release } = result;
    return {
        model,
        environment,
        action: decision.action,
        reasons: decision.reasons,
        version: release.version,
        weight: release.rollout ? release.rollout.weight : 100,
        commit: result.sha ?? null,
        checks: decision.outcomes,
        queries,
        ...(decision.ab ? { ab: decision.ab } : {}),
    };
}
/** `step --all`: one step of every rollout under way, each on its own (one failing does not stop the rest). */
async function stepAll(values, ctx) {
    const alone = ['model', 'env'].find((k) => values[k] !== undefined);
    if (alone)
        throw new errors/* DhowError */.Bp('usage', `dhow rollout step: --all steps every rollout; it does not go with --${alone}`);
    const metrics = await metricSource(values, ctx);
    const by = (0,registry/* actor */.eN)(ctx, values.as);
    const forge = await (0,registry/* openForge */.ys)(ctx, 'rollout step', values, by);
    const under = (await (await store.RegistryReader.open(forge)).listReleases()).filter((r) => r.rollout);
    const results = [];
    const sections = [];
    let failed = 0;
    for (const { model, environment } of under) {
        const before = metrics.queries();
        try {
            const result = await stepRollout(forge, { model, environment }, { by, now: () => (0,registry/* now */.tB)(ctx), metrics, render: render/* renderDeployManifests */.GQ, logger: ctx.logger });
            results.push(stepJson(model, environment, result, metrics.queries() - before));
            sections.push(summaryOf(model, environment, result));
            if (!values.json)
                ctx.stdout.write(stepText(model, environment, result));
        }
        catch (error) {
            failed++;
            const message = (0,errors/* describeError */.Uc)(error).split('\n')[0];
            results.push({ model, environment, action: 'error', error: message, queries: metrics.queries() - before });
            sections.push(`### ${model} in ${environment}\n\nThe step failed: ${message.replace(/\|/g, '\\|')}\n`);
            ctx.stderr.write(`${model} in ${environment}: the step failed: ${message}\n`);
        }
    }
    if (values.summary !== undefined)
        await writeSummary(ctx, values.summary, sections.length > 0 ? sections : ['No rollout is under way.\n']);
    if (values.json)
        (0,context/* writeJson */.GF)(ctx, { rollouts: results });
    else if (under.length === 0)
        ctx.stdout.write('No rollout is under way\n');
    return failed > 0 ? 1 : 0;
}
function stepText(model, environment, result) {
    const { decision, release } = result;
    const where = result.sha ? ` [${(0,registry/* shortSha */.Fu)(result.sha)}]` : '';
    const headline = {
        none: `no rollout of ${model} is under way in ${environment}`,
        wait: `${model} in ${environment}: waiting${result.sha ? ' (analysis recorded)' : ''}`,
        advance: `${model} in ${environment}: ${release.rollout?.weight}% of traffic to ${release.version}`,
        promote: `${model} in ${environment}: ${release.version} takes all traffic`,
        abort: `${model} in ${environment}: rollout aborted, back to ${release.version}`,
    };
    return `${headline[decision.action]}${where}\n${decision.reasons.map((r) => `  ${r}\n`).join('')}`;
}
async function serve(args, ctx) {
    const { values } = (0,context/* parseCommandArgs */.Qx)('rollout', args, {
        ...registry/* WHERE_OPTIONS */.JI,
        serve: { type: 'string' },
        prometheus: { type: 'string' },
        'prometheus-ca': { type: 'string' },
        interval: { type: 'string' },
        as: { type: 'string' },
    });
    const { host, port } = (0,context/* parseHostPort */.Dv)(values.serve ?? '', 'rollout', '--serve', 9098);
    let intervalMs = DEFAULT_CONTROLLER_INTERVAL_MS;
    if (values.interval !== undefined) {
        const ms = /^\s*\d+(\.\d+)?ms\s*$/.exec(values.interval) ? Number(values.interval.trim().slice(0, -2)) / 1000 : null;
        const seconds = ms ?? (0,spec.parseDurationSeconds)(values.interval);
        if (seconds === null || !(seconds >= 0.1) || seconds * 1000 > 2_147_483_647) {
            throw new errors/* DhowError */.Bp('usage', `dhow rollout: --interval must be a duration from 100ms to 24 days, such as 500ms, 15s or 1m, got "${values.interval}"`);
        }
        intervalMs = seconds * 1000;
    }
    const metrics = await metricSource(values, ctx);
    const by = (0,registry/* actor */.eN)(ctx, values.as);
    const forge = await (0,registry/* openForge */.ys)(ctx, 'rollout', values, by);
    const logger = (0,http_log/* jsonLogger */.R)(ctx.stderr, { component: 'rollout', verbose: Boolean(ctx.env.DHOW_DEBUG) });
    const controller = await startRolloutController({ forge, metrics, render: render/* renderDeployManifests */.GQ, by, now: () => (0,registry/* now */.tB)(ctx), intervalMs, host, port, logger });
    ctx.stdout.write(`dhow rollout controller serving ${controller.url}/metrics, stepping every ${intervalMs / 1000} s\n`);
    const signal = await new Promise((done) => {
        process.once('SIGTERM', () => done('SIGTERM'));
        process.once('SIGINT', () => done('SIGINT'));
    });
    logger.event('info', `received ${signal}`);
    await controller.close();
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
    const under = (await reader.listReleases()).filter((r) => r.rollout && (values.model === undefined || r.model === values.model));
    const rollouts = await Promise.all(under.map(async (r) => {
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
            analysis: (await rolloutHistory(forge, { model: r.model, environment: r.environment, ref: reader.ref }, ro)).steps,
        };
    }));
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

/***/ 13654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ jsonLogger)
/* harmony export */ });
function jsonLogger(stream = process.stderr, options = {}) {
    const event = (level, msg, fields = {}) => {
        if (level === 'debug' && !options.verbose)
            return;
        const record = { time: new Date().toISOString(), level, msg };
        if (options.component)
            record.component = options.component;
        for (const [key, value] of Object.entries(fields))
            if (value !== undefined)
                record[key] = value;
        stream.write(`${JSON.stringify(record)}\n`);
    };
    return {
        event,
        debug: (m) => event('debug', m),
        info: (m) => event('info', m),
        warning: (m) => event('warning', m),
        error: (m) => event('error', m),
        group: async (name, fn) => {
            event('info', name);
            return fn();
        },
    };
}


/***/ }),

/***/ 77143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O_: () => (/* binding */ startHttpServer)
});

// UNUSED EXPORTS: DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_SHUTDOWN_GRACE_MS

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/http/shutdown.ts
async function closeGracefully(server, inFlight, graceMs) {
    const stopped = new Promise((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    if (inFlight) {
        let timer;
        const grace = new Promise((resolve) => (timer = setTimeout(resolve, graceMs)));
        await Promise.race([inFlight, grace]);
        clearTimeout(timer);
    }
    server.closeIdleConnections();
    const forced = setTimeout(() => server.closeAllConnections(), 1000);
    await stopped;
    clearTimeout(forced);
}

;// CONCATENATED MODULE: ./src/http/server.ts
/**
 * The HTTP server skeleton of dhow's long-running servers (the Alertmanager bridge, `dhow drift --serve`,
 * the rollout controller to come), on node:http. It owns what each of them needs, so a server is only its
 * routes and its state:
 *
 * - routes by exact path and method; `/healthz` (GET, HEAD) answered from `health()` and `/metrics`
 *   (GET, HEAD) from a prom-client registry are built in; a known path with another method gets 405 with
 *   `Allow`, an unknown path 404, both without reading the body;
 * - `Exchange.send` (JSON, or text for a string; content-length; `connection: close` while shutting down)
 *   and `Exchange.refuse` (an answer before the body is read: the rest is discarded, bounded in time);
 * - body limits: `Exchange.requireJson()` answers 415 for any Content-Type but application/json, and
 *   `Exchange.readBody(limit)` answers 413 when the declared or the actual size is over the limit;
 * - Node's slow-client timeouts (headers, whole request) and a cap on connections;
 * - one JSON log line per answer (debug below 400, warning for 4xx, error for 5xx; probes always debug)
 *   and, when `requestsMetric` names one, a counter of answers by path and code;
 * - graceful shutdown: from `close()` on, /healthz answers 503 "shutting-down", routes 503 with
 *   retry-after, idle connections close, and the work in flight gets `graceMs` to finish.
 *
 *   const http = await startHttpServer({
 *     name: 'bridge', logger, metrics, health: () => ({ code: 200, body: { status: 'ok' } }),
 *     routes: [{ method: 'POST', path: '/alertmanager', handle: async (x) => x.send(200, { ok: true }) }],
 *   });
 *   await http.close({ inFlight: work, graceMs: 10_000 });
 */




const DEFAULT_HEADERS_TIMEOUT_MS = 15_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** How long a refused request's body is drained before its connection is cut. */
const DRAIN_MS = 2000;
const PROBES = ['/healthz', '/metrics'];
async function startHttpServer(options) {
    const { logger: log, metrics, name } = options;
    const routes = options.routes ?? [];
    const allowed = new Map(PROBES.map((p) => [p, ['GET', 'HEAD']]));
    for (const route of routes)
        allowed.set(route.path, [...(allowed.get(route.path) ?? []), ...(route.method === 'GET' ? ['GET', 'HEAD'] : [route.method])]);
    const requests = options.requestsMetric
        ? new prom_client.Counter({
            name: options.requestsMetric,
            help: `HTTP requests answered by the ${name}, by path and status code.`,
            labelNames: ['path', 'code'],
            registers: [metrics],
        })
        : undefined;
    let closing = false;
    function exchange(req, res, path) {
        const x = {
            req,
            res,
            path,
            send(code, body, headers = {}) {
                requests?.inc({ path, code: String(code) });
                const text = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`;
                res.writeHead(code, {
                    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
                    'content-length': String(Buffer.byteLength(text)),
                    ...(closing ? { connection: 'close' } : {}),
                    ...headers,
                });
                res.end(req.method === 'HEAD' ? undefined : text);
                const level = PROBES.includes(path) ? 'debug' : code >= 500 ? 'error' : code >= 400 ? 'warning' : 'debug';
                log.event(level, 'request', { method: req.method ?? '', path, code, remote: req.socket.remoteAddress ?? '' });
            },
            refuse(code, body, headers = {}) {
                x.send(code, body, { connection: 'close', ...headers });
                req.resume();
                setTimeout(() => req.destroy(), DRAIN_MS).unref();
            },
            requireJson() {
                const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
                if (type === 'application/json')
                    return true;
                x.refuse(415, { error: `Content-Type must be application/json${type ? `, not ${type.slice(0, 100)}` : ''}` }, { accept: 'application/json' });
                return false;
            },
            async readBody(limit) {
                const tooLarge = () => x.refuse(413, { error: `the body is larger than ${limit} bytes` });
                const declared = Number(req.headers['content-length'] ?? NaN);
                if (Number.isFinite(declared) && declared > limit)
                    return void tooLarge();
                const chunks = [];
                let size = 0;
                for await (const chunk of req) {
                    size += chunk.length;
                    if (size > limit)
                        return void tooLarge();
                    chunks.push(chunk);
                }
                return Buffer.concat(chunks);
            },
        };
        return x;
    }
    async function answer(x) {
        const { req, path } = x;
        const methods = allowed.get(path);
        if (!methods)
            return x.refuse(404, { error: `not found: this server has ${[...allowed.keys()].join(', ')}` });
        if (!methods.includes(req.method ?? '')) {
            return x.refuse(405, { error: `method ${req.method} not allowed on ${path}` }, { allow: methods.join(', ') });
        }
        if (path === '/healthz') {
            const { code, body } = closing ? { code: 503, body: { status: 'shutting-down' } } : await options.health();
            return x.send(code, body);
        }
        if (path === '/metrics')
            return x.send(200, await metrics.metrics(), { 'content-type': metrics.contentType });
        if (closing)
            return x.refuse(503, { error: `the ${name} is shutting down; retry` }, { 'retry-after': '1' });
        // HEAD is answered by the GET route (Node drops the body).
        const route = routes.find((r) => r.path === path && (r.method === req.method || (req.method === 'HEAD' && r.method === 'GET')));
        await route.handle(x);
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        const x = exchange(req, res, allowed.has(path) ? path : 'other');
        answer(x).catch((error) => {
            log.event('error', 'request failed', { path: x.path, error: (0,errors/* describeError */.Uc)(error).split('\n')[0] });
            if (!res.headersSent)
                x.send(500, { error: 'internal error' });
            else
                res.destroy();
        });
    });
    server.headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
    server.requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    if (options.maxConnections !== undefined)
        server.maxConnections = options.maxConnections;
    const host = options.host ?? '127.0.0.1';
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(options.port ?? 0, host, () => {
                server.off('error', reject);
                resolve();
            });
        });
    }
    catch (error) {
        const code = error.code;
        throw new errors/* DhowError */.Bp('usage', `cannot listen on ${host}:${options.port ?? 0}: ${code ?? error.message}`, { cause: error });
    }
    const address = server.address();
    const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    log.event('info', `${name} listening`, { url, ...options.listeningFields });
    let closed;
    return {
        url,
        port: address.port,
        get closing() {
            return closing;
        },
        connections: () => new Promise((resolve) => server.getConnections((_error, count) => resolve(count ?? 0))),
        close(work = {}) {
            closed ??= (async () => {
                closing = true;
                log.event('info', `${name} shutting down`, work.fields);
                await closeGracefully(server, work.inFlight, work.graceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
                log.event('info', `${name} stopped`);
            })();
            return closed;
        },
    };
}


/***/ }),

/***/ 90975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ parameterEnvName),
/* harmony export */   On: () => (/* binding */ overlaySpecMapping),
/* harmony export */   Ug: () => (/* binding */ parseTrainingJobSpec),
/* harmony export */   _A: () => (/* binding */ parseParameters),
/* harmony export */   bg: () => (/* binding */ issueMessage),
/* harmony export */   gY: () => (/* binding */ readTrainingSpecFile),
/* harmony export */   parseDurationSeconds: () => (/* binding */ parseDurationSeconds),
/* harmony export */   xg: () => (/* binding */ parsePairs)
/* harmony export */ });
/* unused harmony exports Duration, TrainingGpu, TrainingPolicy, TrainingData, TrainingJobSpec */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9843);
/**
 * The training job spec both modes share (runner and Kubernetes): what to run, on what GPU, for how
 * long, with which environment, and the policy's requirements. Keys are kebab-case, like the registry's
 * files; the action and the CLI build one of these from their inputs, and each mode reads what it needs.
 */





const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 };
/**
 * "90s", "30m", "1h30m", "2h", "1d" or a bare number of seconds -> seconds. Returns null for anything
 * else, so callers can name the field.
 */
function parseDurationSeconds(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text > 0 ? text : null;
    const value = text.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Number(value) > 0 ? Number(value) : null;
    if (!/^(\d+(\.\d+)?[smhd])+$/.test(value))
        return null;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) {
        total += Number(amount) * UNIT_SECONDS[unit];
    }
    return total > 0 ? total : null;
}
/** A duration as a string ("30m") or seconds, parsed to seconds. */
const Duration = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()]).transform((value, ctx) => {
    const seconds = parseDurationSeconds(value);
    if (seconds === null) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a duration (e.g. 90s, 30m, 1h30m, or seconds)` });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return seconds;
});
/** Environment variable names as POSIX shells accept them. */
const EnvName = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a valid environment variable name');
const TrainingGpu = _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .GpuRequirement */ .qS.extend({
    count: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(0).max(64).default(0),
    /** Time-sliced (shared) GPU: the device plugin's `nvidia.com/gpu.shared` resource on Kubernetes. */
    shared: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
})
    .strict()
    .superRefine((gpu, ctx) => {
    if (gpu['mig-profile'] && gpu.count > 1) {
        ctx.addIssue({ code: 'custom', path: ['mig-profile'], message: 'a MIG profile takes one MIG device: count must be 0 or 1' });
    }
    if (gpu['mig-profile'] && gpu.shared) {
        ctx.addIssue({ code: 'custom', path: ['shared'], message: 'a MIG device and a time-sliced GPU are exclusive' });
    }
});
/** What the policy demands of a training job (dhow.yaml or the gate policy can set these). */
const TrainingPolicy = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** Refuse to start without a GPU (runner mode: nvidia-smi must list one). */
    'require-gpu': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
    /** Kubernetes mode: the image must be pinned as name@sha256:... */
    'require-image-digest': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
    /** Regions the job may run in (data residency); empty = anywhere. */
    'allowed-regions': zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).default([]),
    /** Kubernetes mode: tolerate spot/preemptible nodes. */
    'allow-spot': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
})
    .strict();
const TrainingData = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** Where the training data is, e.g. s3://bucket/datasets/adi/2026-11/ (the residency gate checks it). */
    uri: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(2000).optional(),
    digest: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Digest */ .np.optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(200).optional(),
    /** The region that holds the data, when the URI alone does not say (the record's top-level `region`). */
    region: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Region */ .Tp.optional(),
})
    .strict();
const TrainingJobSpec = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** A shell command line (run with `sh -c` on a runner) or an argv list. */
    command: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).min(1)], {
        error: (issue) => `${issue.input === undefined ? 'is missing: give ' : 'must be '}a command line (a string, quoted in YAML when it looks like a number or true/false) or a list of arguments`,
    }),
    /** Container image; required in Kubernetes mode, ignored on a runner. */
    image: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional(),
    gpu: TrainingGpu.default({ count: 0, shared: false }),
    /** Wall-clock limit; the job is stopped when it passes. Default 6h, like a GitHub-hosted job. */
    timeout: Duration.default(6 * 3600),
    env: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(EnvName, zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).default({}),
    /** Hyper-parameters, recorded in the version record and passed as DHOW_PARAM_<NAME>. */
    parameters: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()])).default({}),
    policy: TrainingPolicy.default({ 'require-gpu': false, 'require-image-digest': false, 'allowed-regions': [], 'allow-spot': false }),
    /**
     * The training data's lineage, recorded in the version record (`data`, and `region` where the data is
     * held): without it the residency gate cannot prove where the data lives.
     */
    data: TrainingData.default({}),
    /**
     * Runner mode: the region this runner is in, recorded as `training.region` (Kubernetes mode reads it from
     * the node's topology.kubernetes.io/region label instead).
     */
    region: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Region */ .Tp.optional(),
})
    .strict();
/** Parses a spec, turning the first zod issue into a DhowError that names the field (and file). */
function parseTrainingJobSpec(raw, where = {}) {
    const result = TrainingJobSpec.safeParse(raw);
    if (result.success)
        return result.data;
    // A misspelt key is named before what its absence caused ("comand:" also leaves "command" missing).
    const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0];
    if (issue.code === 'unrecognized_keys') {
        const parent = issue.path.map(String).join('.');
        const known = Object.keys(SPEC_KEYS[parent] ?? {});
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `unknown key${known.length ? `; the keys are ${known.join(', ')}` : ''}`, {
            file: where.file,
            field: [parent, issue.keys[0]].filter(Boolean).join('.'),
        });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', issueMessage(issue), { file: where.file, field: issue.path.map(String).join('.') || undefined });
}
/** zod reports a bad record key as "Invalid key in record"; the key's own issue says what is wrong with it. */
function issueMessage(issue) {
    if (issue.code === 'invalid_key' && issue.issues[0])
        return issue.issues[0].message;
    return issue.message;
}
/** The keys a spec may hold, by the path of the mapping that holds them. */
const SPEC_KEYS = {
    '': TrainingJobSpec.shape,
    gpu: TrainingGpu.shape,
    policy: TrainingPolicy.shape,
};
/** "K=V" pairs (from --env or an action input) -> strings, as written. */
function parsePairs(pairs, field) {
    const result = {};
    for (const pair of pairs) {
        const at = pair.indexOf('=');
        if (at <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `"${pair}" is not NAME=VALUE`, { field });
        result[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
    }
    return result;
}
/** "K=V" pairs (from --param or an action input) -> parameters; numbers and booleans are typed. */
function parseParameters(pairs, field = 'param') {
    const parameters = {};
    for (const [name, value] of Object.entries(parsePairs(pairs, field))) {
        parameters[name] = value === 'true' ? true : value === 'false' ? false : /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(value) ? Number(value) : value;
    }
    return parameters;
}
/** The environment name a parameter is passed under: learning-rate -> DHOW_PARAM_LEARNING_RATE. */
function parameterEnvName(name) {
    return `DHOW_PARAM_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
/** One mapping of a spec (gpu, policy, parameters, env) with the entries of flags or inputs laid over it. */
function overlaySpecMapping(spec, key, entries = {}) {
    return { ...(spec[key] ?? {}), ...entries };
}
/**
 * A training spec file as the mapping the action's inputs or the CLI's flags are laid over; errors name the
 * file (and `field`, the input or flag that named it, when it does not exist) and the line of bad YAML.
 */
async function readTrainingSpecFile(path, field) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'is a directory: give the training spec file (YAML)', { file: path });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('not-found', 'the training spec file does not exist', { file: path, field });
    }
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        const linePos = error.linePos;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `is not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlSyntaxMessage */ .iC)(error)}${linePos ? ` (column ${linePos[0].col})` : ''}`, {
            file: path,
            ...(linePos ? { line: linePos[0].line } : {}),
        });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'must be a mapping', { file: path });
    return value;
}


/***/ })

};
