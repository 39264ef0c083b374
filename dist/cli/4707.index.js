export const id = 4707;
export const ids = [4707];
export const modules = {

/***/ 7728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ writeDirectoryAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * Writing a directory of generated files whole or not at all (the evidence pack, the site): everything is
 * written into a temporary directory beside the target and renamed into place only once complete, so a
 * failure leaves the target as it was. A target that already holds output of the same generator (its
 * marker file says so) is replaced; any other non-empty directory is refused rather than deleted.
 */



async function writeDirectoryAtomic(target, output) {
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target).catch((e) => (e.code === 'ENOENT' ? null : Promise.reject(e)));
    if (existing && !existing.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `${target}: ${output.flag} names a file, not a directory`, { field: output.flag });
    let replace = false;
    if (existing && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(target)).length > 0) {
        const marker = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, output.marker), 'utf8').catch(() => null);
        if (marker === null || !output.isOurs(marker)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `${target}: ${output.flag} is not empty and was not written by dhow: give a new or empty directory`, { field: output.flag });
        }
        replace = true;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
    const temporary = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.tmp-`));
    try {
        // mkdtemp makes the directory private (0700); the output is meant to be read (served, shared) like any other.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(temporary, 0o755);
        for (const [path, content] of output.files) {
            if (path.startsWith('/') || path.split('/').some((p) => p === '..' || p === '' || p === '.'))
                throw new Error(`unsafe output path ${path}`);
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temporary, path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, content, 'utf8');
        }
        if (replace) {
            // Two renames: the old output moves aside, the new one takes its place, then the old one goes.
            const old = `${temporary}.old`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(target, old);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, target);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(old, { recursive: true, force: true });
        }
        else {
            if (existing)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rmdir)(target);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, target);
        }
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temporary, { recursive: true, force: true });
        throw error;
    }
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


/***/ }),

/***/ 1605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ countedApprovers),
/* harmony export */   m: () => (/* binding */ approvalsOf)
/* harmony export */ });
/* harmony import */ var _promote_approvals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8224);
/**
 * Who approved a promotion, counted the way the merge counted them (evaluateApprovals: latest review per
 * reviewer, on the merged head, not the author), and the approvals that were voided because they were
 * given on an earlier commit of the request.
 */

/** The reviewers whose approval counted for the merge, in the order they approved. */
function countedApprovers(request) {
    return (0,_promote_approvals_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateApprovals */ .E)({ reviews: request.reviews, author: request.author, headSha: request.headSha, required: 0 }).approvers;
}
/** Every approval given on the request, marking those of an earlier commit as stale. */
function approvalsOf(request) {
    return request.reviews
        .filter((r) => r.state === 'approved')
        .map((r) => ({ reviewer: r.reviewer, at: r.submittedAt, commit: r.commitSha, stale: r.commitSha !== request.headSha }));
}


/***/ }),

/***/ 1178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ buildAuditTrail),
/* harmony export */   k: () => (/* binding */ AUDIT_COLUMNS)
/* harmony export */ });
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _approvals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1605);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9148);



const AUDIT_COLUMNS = [
    'at',
    'model',
    'environment',
    'event',
    'version',
    'actor',
    'commit',
    'request',
    'detail',
];
/** The trail of one model in one environment, oldest first; `since` drops earlier rows. */
function buildAuditTrail(model, env, since) {
    const rows = [];
    for (const event of env.history)
        rows.push(...eventRows(model, env.environment, event));
    // Reviews happen before the merge that counts them; a stable sort keeps same-second rows in causal order.
    return rows
        .map((row, i) => ({ row, i }))
        .sort((a, b) => a.row.at.localeCompare(b.row.at) || a.i - b.i)
        .map(({ row }) => row)
        .filter((r) => (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .notBefore */ .$)(r.at, since));
}
function eventRows(model, environment, event) {
    const rows = [];
    const release = event.release;
    const version = release?.version ?? event.before?.version ?? null;
    const base = { model, environment, version, request: event.request?.id ?? null };
    const request = event.request;
    if (request) {
        rows.push({ ...base, at: (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .utc */ .n)(request.proposedAt ?? event.date), event: 'request', actor: request.author, commit: request.headSha, detail: request.title });
        for (const approval of (0,_approvals_js__WEBPACK_IMPORTED_MODULE_2__/* .approvalsOf */ .m)(request)) {
            rows.push({
                ...base,
                at: (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .utc */ .n)(approval.at),
                event: approval.stale ? 'stale-approval' : 'approval',
                actor: approval.reviewer,
                commit: approval.commit,
                detail: approval.stale
                    ? `voided: approved ${approval.commit.slice(0, 8)}, not the merged head ${request.headSha.slice(0, 8)}`
                    : 'approved the merged head',
            });
        }
        for (const review of request.reviews.filter((r) => r.state === 'changes_requested')) {
            rows.push({
                ...base,
                at: (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .utc */ .n)(review.submittedAt),
                event: 'changes-requested',
                actor: review.reviewer,
                commit: review.commitSha,
                detail: review.body ?? '',
            });
        }
    }
    const at = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .utc */ .n)(event.date);
    const alert = event.trailers[_registry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .TRAILERS */ .jl.alert];
    if (alert !== undefined)
        rows.push({
            ...base,
            at,
            event: 'drift-alert',
            actor: event.author,
            commit: event.commit,
            detail: `alert ${alert} on ${release?.['revert-of'] ?? event.before?.version ?? '?'}`,
        });
    if (release === null)
        rows.push({ ...base, at, event: 'removal', actor: event.author, commit: event.commit, detail: event.subject });
    else if (release['revert-of'] !== undefined) {
        rows.push({
            ...base,
            at,
            event: alert !== undefined ? 'revert' : 'rollback',
            actor: event.author,
            commit: event.commit,
            detail: `${release['revert-of']} -> ${release.version}: ${event.subject}`,
        });
    }
    else {
        const from = release.previous ?? event.before?.version;
        rows.push({
            ...base,
            at,
            event: 'promotion',
            actor: event.author,
            commit: event.commit,
            detail: from ? `${from} -> ${release.version}` : `first release: ${release.version}`,
        });
    }
    const key = (h) => `${h.version}\u0000${h.at}`;
    const had = new Map((event.before?.holds ?? []).map((h) => [key(h), h]));
    const has = new Map((release?.holds ?? []).map((h) => [key(h), h]));
    for (const [k, hold] of has) {
        if (!had.has(k))
            rows.push({ ...base, version: hold.version, at: (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .utc */ .n)(hold.at), event: 'hold', actor: hold.by, commit: event.commit, detail: hold.reason });
    }
    for (const [k, hold] of had) {
        if (!has.has(k))
            rows.push({
                ...base,
                version: hold.version,
                at,
                event: 'hold-lifted',
                actor: event.author,
                commit: event.commit,
                detail: `lifted the hold of ${hold.at}: ${hold.reason}`,
            });
    }
    return rows;
}


/***/ }),

/***/ 8788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ REGISTER_COLUMNS),
/* harmony export */   K: () => (/* binding */ buildRegister)
/* harmony export */ });
/* harmony import */ var _approvals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1605);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9148);
/**
 * The AI-system register (QCB's register of AI systems, ISO/IEC 42001 inventory): one row per model and
 * environment with its owner, purpose and risk tier from model.yaml, and what runs there, since when, and
 * who approved it, every row pointing at the commit that put it there.
 */


const REGISTER_COLUMNS = [
    'model',
    'environment',
    'status',
    'version',
    'digest',
    'owners',
    'ownerContact',
    'purpose',
    'riskTier',
    'task',
    'since',
    'by',
    'firstReleased',
    'approvers',
    'request',
    'commit',
];
function buildRegister(snapshot) {
    const rows = [];
    for (const model of snapshot.models) {
        for (const env of model.environments) {
            const last = env.history.at(-1);
            const release = env.release;
            const approvers = last?.request && release ? (0,_approvals_js__WEBPACK_IMPORTED_MODULE_0__/* .countedApprovers */ .V)(last.request) : [];
            rows.push({
                model: model.name,
                environment: env.environment,
                status: release ? 'released' : env.history.length > 0 ? 'removed' : 'never-released',
                version: release?.version ?? null,
                digest: release?.digest ?? null,
                owners: model.file.owners.join('; '),
                ownerContact: model.file['owner-contact'] ?? null,
                purpose: model.file.purpose ?? null,
                riskTier: model.file['risk-tier'] ?? null,
                task: model.file.task ?? null,
                since: release ? (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .utc */ .n)(release['promoted-at']) : null,
                by: release?.['promoted-by'] ?? null,
                firstReleased: env.history[0] ? (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .utc */ .n)(env.history[0].date) : null,
                approvers: approvers.join('; '),
                request: release && last?.request ? last.request.id : null,
                commit: last?.commit ?? null,
            });
        }
    }
    return rows;
}


/***/ }),

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readRegistrySnapshot)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5482);
/**
 * The registry as the evidence pack and the site see it: one commit's models, versions and releases, the
 * git history of every release file and, for each promotion, the request and its reviews. This is the only
 * module of src/evidence that reads (through the Forge); everything built from it is a pure function, so the
 * same commit always gives the same evidence. A file that breaks its schema, now or in the history, stops
 * the read with a DhowError naming it: nothing is built from half a registry.
 */



/**
 * Models read at once. Each costs a few short git processes per environment (log, cat-file); one model
 * after another left the 100-model registry of site.bench.ts waiting on ~900 processes in a row. A small
 * pool overlaps them (and lets reads issued together share one cat-file) while keeping the number of git
 * processes bounded (this many models x environments).
 */
const MODELS_AT_ONCE = 8;
/** Maps `items` through `work` with at most `limit` in flight, keeping their order. */
async function inPool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await work(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** Reads the snapshot at the head of the registry's default branch. */
async function readRegistrySnapshot(forge, options = {}) {
    const reader = await _registry_store_js__WEBPACK_IMPORTED_MODULE_2__.RegistryReader.open(forge);
    const config = await reader.config();
    const environments = config.environments.map((e) => e.name);
    if (options.environment !== undefined && !environments.includes(options.environment)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `unknown environment "${options.environment}": dhow.yaml lists ${environments.join(', ')}`);
    }
    const names = options.model === undefined ? await reader.listModels() : [options.model];
    const wanted = options.environment ? [options.environment] : environments;
    const models = await inPool(names, MODELS_AT_ONCE, (name) => readModel(reader, name, wanted));
    return { commit: reader.ref, config, models };
}
async function readModel(reader, name, environments) {
    const file = await reader.model(name);
    if (!file)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `unknown model "${name}": ${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .modelPath */ .LH)(name)} does not exist`);
    const versionNames = await reader.listVersions(name);
    const records = await reader.readMany('ModelVersion', versionNames.map((v) => (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .versionPath */ .qW)(name, v)));
    const versions = records
        .filter((r) => r !== null)
        .sort((a, b) => a['created-at'].localeCompare(b['created-at']) || a.version.localeCompare(b.version));
    const [perEnvironment, evidence] = await Promise.all([
        Promise.all(environments.map((environment) => readEnvironment(reader, name, environment))),
        reader.readMany('GateEvidence', versions.flatMap((v) => environments.map((env) => (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .gateEvidencePath */ .wr)(env, name, v.version)))),
    ]);
    const gates = {};
    versions.forEach((v, i) => {
        const byEnvironment = {};
        environments.forEach((env, j) => {
            const found = evidence[i * environments.length + j];
            if (found)
                byEnvironment[env] = found;
        });
        gates[v.version] = byEnvironment;
    });
    return { name, file, versions, environments: perEnvironment, gates };
}
async function readEnvironment(reader, model, environment) {
    const release = await reader.release(environment, model);
    const newestFirst = await reader.releaseHistory(environment, model);
    const history = [];
    let before = null;
    for (const entry of [...newestFirst].reverse()) {
        const id = entry.trailers[_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .TRAILERS */ .jl.request];
        const request = id === undefined ? undefined : await readRequest(reader, id, (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .releasePath */ .bD)(environment, model));
        history.push({
            commit: entry.commit,
            date: entry.date,
            author: entry.author,
            subject: entry.subject,
            trailers: entry.trailers,
            release: entry.release,
            before,
            ...(request ? { request } : {}),
        });
        before = entry.release;
    }
    return { environment, release, history };
}
async function readRequest(reader, id, path) {
    const forge = reader.forge;
    const [request, reviews] = await Promise.all([forge.getRequest(id), forge.listReviews(id)]);
    // The request's own commit of the release file says when it was proposed (the forge keeps no creation time).
    const proposed = request.headSha ? (await forge.history(path, request.headSha, { limit: 1 }))[0] : undefined;
    return {
        id: request.id,
        ...(request.url ? { url: request.url } : {}),
        title: request.title,
        author: request.author,
        headSha: request.headSha,
        ...(proposed ? { proposedAt: proposed.date } : {}),
        reviews: [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)),
    };
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ notBefore),
/* harmony export */   n: () => (/* binding */ utc)
/* harmony export */ });
/** One form for every time the evidence shows: UTC, seconds, `Z` (git prints offsets; records may too). */
function utc(time) {
    const ms = Date.parse(time);
    return Number.isNaN(ms) ? time : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** True when `time` is at or after `since` (no bound when `since` is undefined). */
function notBefore(time, since) {
    return since === undefined || Date.parse(time) >= Date.parse(since);
}


/***/ }),

/***/ 8224:
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

/***/ 860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ describeProblem),
/* harmony export */   N0: () => (/* binding */ parseRegistryFile),
/* harmony export */   Tl: () => (/* binding */ parseYamlStrictly),
/* harmony export */   ap: () => (/* binding */ MAX_YAML_ALIASES),
/* harmony export */   cF: () => (/* binding */ serializeRegistryFile),
/* harmony export */   kf: () => (/* binding */ MAX_REGISTRY_FILE_BYTES),
/* harmony export */   w6: () => (/* binding */ checkRegistryFile),
/* harmony export */   ze: () => (/* binding */ validateRegistryObject)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9843);
/**
 * Reading and writing registry files: YAML in, zod-validated objects out, and back to YAML with
 * deterministic bytes (keys in schema order, records sorted, no line folding), so the same object always
 * produces the same file and a re-registration of identical content is a byte-for-byte no-op.
 */



/**
 * The largest registry file dhow reads or writes. A version record is a few kilobytes; a 50 MB one would
 * cost gigabytes to parse on every later read, so anything larger is refused before it is parsed.
 */
const MAX_REGISTRY_FILE_BYTES = 1024 * 1024;
/**
 * YAML aliases allowed per document. Registry files have no use for them beyond a few; a "billion laughs"
 * document expands exponentially through them, so they are capped (the yaml library then refuses it).
 */
const MAX_YAML_ALIASES = 100;
function describeProblem(p) {
    const where = [p.line ? `${p.file}:${p.line}` : p.file, p.field && `field "${p.field}"`].filter(Boolean).join(', ');
    return `${where}: ${p.message}`;
}
/**
 * Every problem of a file's text against the schema of `kind` (empty when valid), with the value when valid.
 * Unlike parseRegistryFile it never throws: `dhow validate` lists every problem.
 */
function checkRegistryFile(kind, path, text) {
    const value = acceptQuickly(kind, text);
    if (value !== undefined)
        return { value, problems: [] };
    return checkWithLines(kind, path, text);
}
/**
 * The fast path of checkRegistryFile: the value of a file that passes every check, parsed without line
 * tracking, or undefined at the first doubt. Line numbers only matter in problems, so a file with any is parsed
 * again by checkWithLines, which alone words them: the messages are those of one path, whichever path a file
 * takes. Measured, dropping the LineCounter saves only ~3% CPU per file: the yaml library's lexer and CST parser
 * are ~200 us of a ~210 us check (zod ~12 us), so a faster parser for valid files belongs here.
 */
function acceptQuickly(kind, text) {
    if (Buffer.byteLength(text, 'utf8') > MAX_REGISTRY_FILE_BYTES || text.includes('\uFFFD'))
        return undefined;
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0 || doc.warnings.length > 0)
        return undefined;
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch {
        return undefined;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data) || data.kind !== kind)
        return undefined;
    const result = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt[kind].safeParse(data);
    return result.success ? result.data : undefined;
}
/** checkRegistryFile with line tracking: every problem of the file, each with its line where it has one. */
function checkWithLines(kind, path, text) {
    const parsed = parseYamlStrictly(path, text);
    if (!parsed.ok)
        return { value: null, problems: parsed.problems };
    const { doc, lineCounter, data } = parsed;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return { value: null, problems: [{ file: path, message: `expected a mapping with apiVersion and kind "${kind}"` }] };
    }
    const declared = data.kind;
    if (declared !== kind) {
        return {
            value: null,
            problems: [
                { file: path, field: 'kind', line: lineOf(doc, lineCounter, ['kind']), message: `expected "${kind}", found ${JSON.stringify(declared ?? null)}` },
            ],
        };
    }
    const schema = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt[kind];
    const result = schema.safeParse(data);
    if (result.success)
        return { value: result.data, problems: [] };
    return {
        value: null,
        problems: result.error.issues.map((issue) => {
            const fieldPath = issue.path.map(String);
            const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
            const field = [...fieldPath, ...(keys.length === 1 ? keys : [])].join('.') || undefined;
            return { file: path, field, line: lineOf(doc, lineCounter, [...issue.path, ...(keys.length === 1 ? keys : [])]), message: issue.message };
        }),
    };
}
/**
 * Parses YAML from outside strictly: size-capped before parsing, valid UTF-8 (a decoded U+FFFD marks bytes
 * that were not), no unknown tags (`!foo` would otherwise be read as a plain string), duplicate keys
 * refused, aliases capped. Every refusal is a problem naming the file (and line where there is one), never
 * an exception from the parser.
 */
function parseYamlStrictly(path, text) {
    const refuse = (message, line) => ({ ok: false, problems: [{ file: path, ...(line ? { line } : {}), message }] });
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES)
        return refuse(`is ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`);
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0)
        return refuse('is not valid UTF-8 (or holds the replacement character U+FFFD)', text.slice(0, bad).split('\n').length);
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    // An unresolved tag is only a warning to the yaml library; here it is an error, like any other.
    const errors = [...doc.errors, ...doc.warnings];
    if (errors.length > 0) {
        return {
            ok: false,
            problems: errors.map((e) => ({
                file: path,
                line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
                message: `malformed YAML: ${e.message.split('\n')[0]}`,
            })),
        };
    }
    try {
        return { ok: true, doc, lineCounter, data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
    }
    catch (error) {
        // The yaml library throws (a ReferenceError) on excessive aliases: a resource-exhaustion attempt.
        const reason = /alias/i.test(error.message)
            ? `uses more than ${MAX_YAML_ALIASES} YAML aliases (refused: it could expand without bound)`
            : 'malformed YAML';
        return refuse(reason);
    }
}
/**
 * Parses a registry file of `kind`. Throws DhowError('invalid-input') naming the file, the field path
 * (e.g. `artifact.digest`) and the line; every further problem is listed in `reasons`.
 */
function parseRegistryFile(kind, path, text) {
    const checked = checkRegistryFile(kind, path, text);
    if (checked.value !== null)
        return checked.value;
    const [first, ...rest] = checked.problems;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', first.message, {
        file: path,
        field: first.field,
        line: first.line,
        reasons: rest.map(describeProblem),
    });
}
/** Validates an object about to be written; the same DhowError as parseRegistryFile, without lines. */
function validateRegistryObject(kind, path, value) {
    const schema = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt[kind];
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const [first, ...rest] = result.error.issues;
    const field = (i) => i.path.map(String).join('.') || undefined;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', first.message, {
        file: path,
        field: field(first),
        reasons: rest.map((i) => describeProblem({ file: path, field: field(i), message: i.message })),
    });
}
/**
 * Deterministic YAML for a registry object: validated against the schema of its `kind` (nothing invalid
 * is ever written), keys in schema order, record keys sorted, no folded lines.
 */
function serializeRegistryFile(obj) {
    const kind = obj.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt, kind)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `cannot serialize an object of kind ${JSON.stringify(kind ?? null)}`, { field: 'kind' });
    }
    const schema = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt[kind];
    const parsed = validateRegistryObject(kind, `<${kind}>`, obj);
    const text = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(canonical(schema, parsed), { lineWidth: 0, minContentWidth: 0, indentSeq: true, sortMapEntries: false });
    // Nothing is written that could not be read back.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `the ${kind} file would be ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`, {
            file: `<${kind}>`,
        });
    }
    return text;
}
/** Orders object keys as the schema declares them and sorts record keys, recursively. */
function canonical(schema, value) {
    const s = unwrap(schema);
    if (Array.isArray(value)) {
        const element = s?._zod.def.type === 'array' ? s._zod.def.element : undefined;
        return value.map((v) => canonical(element, v));
    }
    if (value === null || typeof value !== 'object')
        return value;
    const input = value;
    const out = {};
    const def = s?._zod.def;
    if (def?.type === 'object' && def.shape) {
        for (const key of Object.keys(def.shape))
            if (input[key] !== undefined)
                out[key] = canonical(def.shape[key], input[key]);
        for (const key of Object.keys(input).sort())
            if (!(key in out) && input[key] !== undefined)
                out[key] = canonical(undefined, input[key]);
        return out;
    }
    for (const key of Object.keys(input).sort())
        if (input[key] !== undefined)
            out[key] = canonical(def?.type === 'record' ? def.valueType : undefined, input[key]);
    return out;
}
function unwrap(schema) {
    let s = schema;
    for (let i = 0; s && i < 10; i++) {
        const def = s._zod.def;
        if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType)
            s = def.innerType;
        else if (def.type === 'pipe' && def.in)
            s = def.in;
        else
            break;
    }
    return s;
}
/** The 1-based line of the node at `path` (or its nearest existing parent) in a parsed document. */
function lineOf(doc, counter, path) {
    for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        const range = node?.range;
        if (node && range && (n === 0 || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) || typeof node === 'object')) {
            return counter.linePos(range[0]).line;
        }
    }
    return undefined;
}


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ promotionBranch),
/* harmony export */   LH: () => (/* binding */ modelPath),
/* harmony export */   NZ: () => (/* binding */ versionsDir),
/* harmony export */   RU: () => (/* binding */ deployDir),
/* harmony export */   V2: () => (/* binding */ promotionStamp),
/* harmony export */   Z9: () => (/* binding */ revertBranch),
/* harmony export */   bD: () => (/* binding */ releasePath),
/* harmony export */   jl: () => (/* binding */ TRAILERS),
/* harmony export */   m5: () => (/* binding */ releasesDir),
/* harmony export */   qW: () => (/* binding */ versionPath),
/* harmony export */   tF: () => (/* binding */ CONFIG_PATH),
/* harmony export */   wr: () => (/* binding */ gateEvidencePath)
/* harmony export */ });
/* unused harmony export gateEvidenceDir */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1815);
/** Where each file lives in a registry. Every segment is validated before it becomes a path. */


const CONFIG_PATH = 'dhow.yaml';
const modelPath = (model) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/model.yaml`;
const versionsDir = (model) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/versions`;
const versionPath = (model, version) => `${versionsDir(model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('version', version)}.yaml`;
const releasesDir = (environment) => `releases/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}`;
const releasePath = (environment, model) => `${releasesDir(environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}.yaml`;
const deployDir = (environment, model) => `deploy/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}`;
/** Gate evidence of one version in one environment (schemas.ts says why it is a file of its own). */
const gateEvidenceDir = (environment) => `gates/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}`;
const gateEvidencePath = (environment, model, version) => `${gateEvidenceDir(environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('version', version)}.yaml`;
/** Deterministic branch names, one per purpose. */
const promotionBranch = (environment, model) => `dhow/promote/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}`;
/**
 * The revert of ONE promotion: the version and when it was promoted (`promoted-at` of the release it
 * undoes). A version re-promoted after a revert is a new promotion, so drifting again opens a new revert
 * instead of finding the first one merged. A suffix rather than a deeper segment, so the branch never
 * clashes with a branch of the older `dhow/revert/<env>/<model>/<version>` form still in a repository.
 */
const revertBranch = (environment, model, version, promotedAt) => `dhow/revert/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('version', version)}-promoted-${promotionStamp(promotedAt)}`;
/** A release's promoted-at as a ref-safe UTC stamp (20261122T083000Z; milliseconds only when present). */
function promotionStamp(promotedAt) {
    const ms = Date.parse(promotedAt);
    if (Number.isNaN(ms))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `"${promotedAt}" is not a timestamp`, { field: 'promoted-at' });
    return new Date(ms)
        .toISOString()
        .replace(/\.000Z$/, 'Z')
        .replace(/[-:]/g, '')
        .replace('.', '');
}
/** Commit trailers dhow writes and reads. */
const TRAILERS = {
    model: 'Dhow-Model',
    version: 'Dhow-Version',
    environment: 'Dhow-Environment',
    alert: 'Dhow-Alert',
    revertOf: 'Revert-Of',
    request: 'Dhow-Request',
};


/***/ })

};
