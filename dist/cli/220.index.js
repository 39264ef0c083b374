export const id = 220;
export const ids = [220];
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
    const perEnvironment = await Promise.all(environments.map((environment) => readEnvironment(reader, name, environment)));
    return { name, file, versions, environments: perEnvironment };
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

/***/ 5482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ registerVersion),
/* harmony export */   RegistryReader: () => (/* binding */ RegistryReader)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6999);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(860);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1815);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(143);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9843);
/**
 * Reading the registry at one commit, and registering versions. A RegistryReader pins a commit when it
 * is created, so everything it returns is one consistent snapshot, and it reads only what is asked for:
 * `dhow status` reads dhow.yaml and the release files, never the version records.
 */






class RegistryReader {
    forge;
    ref;
    configCache;
    /** `ref` should be a commit id, so every read sees the same snapshot (see RegistryReader.open). */
    constructor(forge, ref) {
        this.forge = forge;
        this.ref = ref;
    }
    /** A reader pinned to the current head of `branch` (default: the registry's default branch). */
    static async open(forge, branch) {
        const name = branch ?? (await forge.defaultBranch());
        const head = await forge.branchHead(name);
        if (!head)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `${forge.description} has no branch ${name}: is it a dhow registry? ("dhow init" creates one)`);
        return new RegistryReader(forge, head);
    }
    config() {
        this.configCache ??= this.read('Registry', _paths_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_PATH */ .tF).then((config) => {
            if (!config)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `${_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_PATH */ .tF} is missing in ${this.forge.description}: is it a dhow registry? ("dhow init" creates one)`);
            return config;
        });
        return this.configCache;
    }
    model(model) {
        return this.read('Model', (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .modelPath */ .LH)(model));
    }
    version(model, version) {
        return this.read('ModelVersion', (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .versionPath */ .qW)(model, version));
    }
    release(environment, model) {
        return this.read('Release', (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .releasePath */ .bD)(environment, model));
    }
    async listModels() {
        return this.names('models', '', 'model');
    }
    async listVersions(model) {
        return this.names((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .versionsDir */ .NZ)(model), '.yaml', 'version');
    }
    /** Every release file, of one environment or of every environment dhow.yaml lists (in its order). */
    async listReleases(environment) {
        const environments = environment ? [environment] : (await this.config()).environments.map((e) => e.name);
        const perEnvironment = this.forge.listTree && environments.length > 1
            ? await this.releaseEntriesFromTree(environments)
            : await Promise.all(environments.map(async (env) => this.forge.listDirectory((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .releasesDir */ .m5)(env), this.ref)));
        const paths = environments.flatMap((env, i) => this.namesOf((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .releasesDir */ .m5)(env), perEnvironment[i], '.yaml', 'model').map((m) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .releasePath */ .bD)(env, m)));
        return (await this.readMany('Release', paths)).filter((r) => r !== null);
    }
    /** The releases of a model in an environment, newest first, from the history of its release file. */
    async releaseHistory(environment, model, options = {}) {
        const path = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .releasePath */ .bD)(environment, model);
        const commits = await this.forge.history(path, this.ref, options);
        const texts = await Promise.all(commits.map((c) => this.forge.readFile(path, c.sha)));
        return commits.map((c, i) => ({
            commit: c.sha,
            date: c.date,
            author: c.author,
            subject: c.subject,
            trailers: c.trailers,
            ...(c.request ? { request: c.request } : {}),
            release: texts[i] == null ? null : (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryFile */ .N0)('Release', `${path}@${c.sha.slice(0, 8)}`, texts[i]),
        }));
    }
    /** Files directly under a registry directory (for deploy/<env>/<model>/). */
    async listFiles(dir) {
        return this.forge.listDirectory(dir, this.ref);
    }
    /** Reads and validates one file; null when absent. */
    async read(kind, path) {
        const text = await this.forge.readFile(path, this.ref);
        return text === null ? null : (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryFile */ .N0)(kind, path, text);
    }
    async readMany(kind, paths) {
        const texts = this.forge.readFiles ? await this.forge.readFiles(paths, this.ref) : await Promise.all(paths.map((p) => this.forge.readFile(p, this.ref)));
        return texts.map((text, i) => (text == null ? null : (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryFile */ .N0)(kind, paths[i], text)));
    }
    /**
     * The entries directly under each environment's releases directory, as listDirectory gives them, from one
     * listing of releases/ (one git process where the forge lists trees, not one per environment): a path
     * deeper than releases/<env>/<entry> counts as its <entry>, once, as a directory does there.
     */
    async releaseEntriesFromTree(environments) {
        const byDir = new Map(environments.map((env) => [`${(0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .releasesDir */ .m5)(env)}/`, new Set()]));
        for (const path of await this.forge.listTree('releases', this.ref)) {
            const slash = path.indexOf('/', 'releases/'.length);
            const entries = slash < 0 ? undefined : byDir.get(path.slice(0, slash + 1));
            if (entries)
                entries.add(path.slice(slash + 1).split('/')[0]);
        }
        return environments.map((env) => [...byDir.get(`${(0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .releasesDir */ .m5)(env)}/`)]);
    }
    async names(dir, suffix, kind) {
        return this.namesOf(dir, await this.forge.listDirectory(dir, this.ref), suffix, kind);
    }
    namesOf(dir, entries, suffix, kind) {
        const names = [];
        for (const entry of entries) {
            if (!entry.endsWith(suffix))
                continue;
            const name = suffix ? entry.slice(0, -suffix.length) : entry;
            if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isValidName */ .uV)(kind, name)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `"${entry}" is not a valid ${kind} file name (run dhow validate)`, { file: `${dir}/${entry}` });
            }
            names.push(name);
        }
        return names.sort();
    }
}
/**
 * Registers a version. Version records are immutable: registering identical content again is a no-op
 * (the registration's own `created-by`/`created-at` are not compared, so a re-run is harmless); different
 * content under the same version is refused. New models get a model.yaml in the same commit. The commit
 * lands with compare-and-swap on the default branch and is recomputed from the new state on a lost race.
 */
async function registerVersion(forge, record, options = {}) {
    const logger = options.logger ?? _logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .qq;
    const path = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .versionPath */ .qW)(record.model, record.version);
    const valid = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .validateRegistryObject */ .ze)('ModelVersion', path, record);
    const content = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeRegistryFile */ .cF)(valid);
    const branch = await forge.defaultBranch();
    const attempts = options.attempts ?? 40;
    for (let attempt = 1;; attempt++) {
        const reader = await RegistryReader.open(forge, branch);
        await reader.config();
        const existing = await reader.version(valid.model, valid.version);
        if (existing) {
            if (sameVersionContent(existing, valid)) {
                logger.info(`${valid.model} ${valid.version} is already registered with identical content: nothing to do`);
                return { operation: 'unchanged', path, commit: reader.ref, modelCreated: false };
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('refused', `${valid.model} ${valid.version} is already registered with different content: versions are immutable, register a new version`, {
                file: path,
                reasons: differences(existing, valid).map((f) => `field "${f}" differs`),
            });
        }
        const changes = [{ path, content }];
        const modelFile = await reader.model(valid.model);
        if (!modelFile) {
            const clash = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .kubernetesNameTakenBy */ .g$)(valid.model, await reader.listModels());
            if (clash) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('refused', `model "${valid.model}" would deploy as the Kubernetes object "${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .kubernetesName */ .gg)(valid.model)}", which model "${clash}" already uses: choose another name`, {
                    field: 'model',
                });
            }
            const model = { apiVersion: _schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .API_VERSION */ .mG, kind: 'Model', name: valid.model, owners: [options.by ?? valid['created-by']], language: [] };
            changes.push({ path: (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .modelPath */ .LH)(valid.model), content: (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeRegistryFile */ .cF)(model) });
        }
        try {
            const result = await forge.commitFiles({
                branch,
                expectedHead: reader.ref,
                changes,
                message: `Register ${valid.model} ${valid.version}\n\nArtifact ${valid.artifact.uri} (${valid.artifact.digest}).`,
                trailers: { [_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .TRAILERS */ .jl.model]: valid.model, [_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .TRAILERS */ .jl.version]: valid.version },
            });
            logger.debug(`registered ${valid.model} ${valid.version} (${result.sha.slice(0, 8)})`);
            return { operation: 'created', path, commit: result.sha, modelCreated: !modelFile };
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp && error.code === 'conflict' && attempt < attempts) {
                logger.debug(`registry moved while registering ${valid.model} ${valid.version}; retrying (${attempt})`);
                // Exponential backoff with full jitter: a crowd of writers spreads out instead of colliding in step.
                await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 10))));
                continue;
            }
            throw error;
        }
    }
}
function withoutRegistration(record) {
    const { ['created-at']: _at, ['created-by']: _by, ...rest } = record;
    return rest;
}
function sameVersionContent(a, b) {
    return serializeForCompare(withoutRegistration(a)) === serializeForCompare(withoutRegistration(b));
}
function serializeForCompare(value) {
    return JSON.stringify(value, (_k, v) => v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v);
}
/** Top-level (and artifact) fields that differ, for the refusal message. */
function differences(a, b) {
    const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out = [];
    for (const f of [...fields].sort()) {
        if (f === 'created-at' || f === 'created-by')
            continue;
        const x = a[f];
        const y = b[f];
        if (serializeForCompare(x) === serializeForCompare(y))
            continue;
        if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x)) {
            for (const k of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
                if (serializeForCompare(x[k]) !== serializeForCompare(y[k]))
                    out.push(`${f}.${k}`);
            }
        }
        else
            out.push(f);
    }
    return out;
}


/***/ })

};
