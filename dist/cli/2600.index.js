export const id = 2600;
export const ids = [2600];
export const modules = {

/***/ 87728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ writeDirectoryAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
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

/***/ 1605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ countedApprovers),
/* harmony export */   m: () => (/* binding */ approvalsOf)
/* harmony export */ });
/* harmony import */ var _promote_approvals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58224);
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

/***/ 51178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L2: () => (/* binding */ gateHistoriesOf),
/* harmony export */   gU: () => (/* binding */ buildAuditTrail),
/* harmony export */   kF: () => (/* binding */ AUDIT_COLUMNS)
/* harmony export */ });
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _approvals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1605);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49148);
/**
 * The promotion audit trail of an environment (ISO/IEC 42001 event logs): every request, approval (with
 * the commit it approved, stale ones marked as voided), merge, rollback, drift revert, drift alert and
 * hold, and every recorded gate attempt (gates/<env>/<model>/<version>.yaml), oldest first. Every row names
 * a commit: the release commit, the request commit a review was given on, or the commit that recorded the
 * gate attempt, so each can be checked with `git show`.
 */




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
function buildAuditTrail(model, env, since, gates = []) {
    const rows = [];
    for (const event of env.history)
        rows.push(...eventRows(model, env.environment, event));
    for (const evidence of gates)
        rows.push(...attemptRows(model, env.environment, evidence));
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
/**
 * One row per gate attempt. Each recording appends one attempt in one commit, so attempt i was written by
 * the i-th commit of the file; where the counts differ (a file written otherwise), every attempt names the
 * file's last commit, which holds them all.
 */
function attemptRows(model, environment, { file, commits }) {
    const path = (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .gateEvidencePath */ .wr)(environment, model, file.version);
    const n = file.attempts.length;
    return file.attempts.map((attempt, i) => ({
        at: (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .utc */ .n)(attempt['recorded-at']),
        model,
        environment,
        event: 'gate-attempt',
        version: file.version,
        actor: attempt['recorded-by'],
        commit: (commits.length === n ? commits[i] : commits.at(-1)) ?? '',
        request: null,
        detail: `${attempt.verdict}: attempt ${i + 1} of ${n} in ${path}${attempt['run-url'] ? `, run ${attempt['run-url']}${attempt['run-attempt'] ? ` (attempt ${attempt['run-attempt']})` : ''}` : ''}`,
    }));
}
/** The gate evidence histories of a model in one environment, for buildAuditTrail. */
function gateHistoriesOf(model, environment) {
    return model.versions.flatMap((v) => {
        const file = model.gates[v.version]?.[environment];
        return file ? [{ file, commits: model.gateCommits[v.version]?.[environment] ?? [] }] : [];
    });
}


/***/ }),

/***/ 68788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ REGISTER_COLUMNS),
/* harmony export */   K: () => (/* binding */ buildRegister)
/* harmony export */ });
/* harmony import */ var _approvals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1605);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49148);
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

/***/ 90769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readRegistrySnapshot)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47682);
/* harmony import */ var _registry_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50123);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5482);
/**
 * The registry as the evidence pack and the site see it: one commit's models, versions and releases, the
 * git history of every release file and, for each promotion, the request and its reviews. This is the only
 * module of src/evidence that reads (through the Forge); everything built from it is a pure function, so the
 * same commit always gives the same evidence. A file that breaks its schema, now or in the history, or a
 * release naming a version the registry does not hold, stops the read with a DhowError naming the file:
 * nothing is built from half a registry.
 */





/**
 * Requests read at once (each a few forge calls). The registry itself is read in a fixed number of passes,
 * whatever its size: one listing of models/, one batch of model files, one of version records, one of
 * gate evidence, one history of releases/ and one batch of the release files it names (where the forge
 * can: the local forge does each in one git process). Reading per model cost ~9 git processes per model.
 */
const REQUESTS_AT_ONCE = 8;
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
    const reader = await _registry_store_js__WEBPACK_IMPORTED_MODULE_4__.RegistryReader.open(forge);
    const config = await reader.config();
    const environments = config.environments.map((e) => e.name);
    if (options.environment !== undefined && !environments.includes(options.environment)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `unknown environment "${options.environment}": dhow.yaml lists ${environments.join(', ')}`);
    }
    const wanted = options.environment ? [options.environment] : environments;
    const layout = await listModelsAndVersions(reader, options.model);
    const names = [...layout.keys()];
    const files = await reader.readMany('Model', names.map(_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .modelPath */ .LH));
    files.forEach((file, i) => {
        if (!file)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `unknown model "${names[i]}": ${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .modelPath */ .LH)(names[i])} does not exist`);
    });
    const versionPaths = names.flatMap((name) => layout.get(name).map((v) => (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .versionPath */ .qW)(name, v)));
    const releasePaths = names.flatMap((name) => wanted.map((env) => (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .releasePath */ .bD)(env, name)));
    const [records, current, histories, evidence] = await Promise.all([
        reader.readMany('ModelVersion', versionPaths),
        reader.readMany('Release', releasePaths),
        releaseHistories(reader, releasePaths),
        readGateEvidence(reader, names, layout, wanted),
    ]);
    const evidenceCommits = await commitsOf(reader, 'gates', [...evidence.keys()]);
    // By path, not by the record's own model field: a record sits in its model's folder.
    const byModel = new Map();
    let at = 0;
    for (const name of names) {
        const count = layout.get(name).length;
        byModel.set(name, records.slice(at, at + count).filter((r) => r !== null));
        at += count;
    }
    const requests = await readRequests(reader, [...histories.entries()]);
    const models = names.map((name, m) => {
        const versions = byModel.get(name).sort((a, b) => a['created-at'].localeCompare(b['created-at']) || a.version.localeCompare(b.version));
        const registered = new Set(versions.map((v) => v.version));
        const perEnvironment = wanted.map((environment, j) => {
            const path = releasePaths[m * wanted.length + j];
            const release = current[m * wanted.length + j] ?? null;
            // A release is evidence of what runs: one naming a version without its record would give a register
            // row, a model card and a test report about nothing. Refused, like dhow validate refuses it.
            if (release && !registered.has(release.version)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `names ${name} ${release.version}, which ${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .versionPath */ .qW)(name, release.version)} does not hold (run dhow validate)`, {
                    file: path,
                    field: 'version',
                });
            }
            return environmentEvidence(environment, release, histories.get(path) ?? [], requests);
        });
        const gates = {};
        const gateCommits = {};
        for (const v of versions) {
            const byEnvironment = {};
            const commitsByEnvironment = {};
            for (const env of wanted) {
                const path = (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .gateEvidencePath */ .wr)(env, name, v.version);
                const found = evidence.get(path);
                if (found) {
                    byEnvironment[env] = found;
                    commitsByEnvironment[env] = evidenceCommits.get(path) ?? [];
                }
            }
            gates[v.version] = byEnvironment;
            gateCommits[v.version] = commitsByEnvironment;
        }
        return { name, file: files[m], versions, environments: perEnvironment, gates, gateCommits };
    });
    return { commit: reader.ref, config, models };
}
/**
 * Each model (all, or `only`) with its version names, sorted. One listing of models/ where the forge lists
 * trees; the same names, and the same refusal of a badly named entry, as listModels and listVersions give.
 */
async function listModelsAndVersions(reader, only) {
    const layout = new Map();
    if (!reader.forge.listTree) {
        for (const name of only === undefined ? await reader.listModels() : [only])
            layout.set(name, await reader.listVersions(name));
        return layout;
    }
    const checked = (kind, name, entry, file) => {
        if (!(0,_registry_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidName */ .uV)(kind, name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `"${entry}" is not a valid ${kind} file name (run dhow validate)`, { file });
        return name;
    };
    for (const path of await reader.forge.listTree('models', reader.ref)) {
        const [, model, dir, file, ...deeper] = path.split('/');
        if (model === undefined)
            continue;
        checked('model', model, model, `models/${model}`);
        if (only !== undefined && model !== only)
            continue;
        if (!layout.has(model))
            layout.set(model, []);
        if (dir === 'versions' && file !== undefined && deeper.length === 0 && file.endsWith('.yaml')) {
            layout.get(model).push(checked('version', file.slice(0, -'.yaml'.length), file, `models/${model}/versions/${file}`));
        }
    }
    if (only !== undefined && !layout.has(only))
        layout.set(only, []);
    for (const versions of layout.values())
        versions.sort();
    return new Map([...layout].sort(([a], [b]) => (a < b ? -1 : 1)));
}
/** The gate evidence files of these versions in these environments, by path: only those that exist are read. */
async function readGateEvidence(reader, names, layout, environments) {
    let paths = names.flatMap((name) => layout.get(name).flatMap((v) => environments.map((env) => (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .gateEvidencePath */ .wr)(env, name, v))));
    if (reader.forge.listTree) {
        const present = new Set(await reader.forge.listTree('gates', reader.ref));
        paths = paths.filter((p) => present.has(p));
    }
    const files = await reader.readMany('GateEvidence', paths);
    const out = new Map();
    paths.forEach((p, i) => {
        if (files[i])
            out.set(p, files[i]);
    });
    return out;
}
/**
 * The history of each release file, newest first, as RegistryReader.releaseHistory gives it: from one
 * history of releases/ and one batch of reads where the forge can, one history per file otherwise.
 */
async function releaseHistories(reader, paths) {
    const forge = reader.forge;
    const out = new Map();
    if (!forge.historyUnder) {
        const entries = await inPool(paths, REQUESTS_AT_ONCE, (path) => {
            const [, environment, file] = path.split('/');
            return reader.releaseHistory(environment, file.slice(0, -'.yaml'.length));
        });
        paths.forEach((p, i) => out.set(p, entries[i]));
        return out;
    }
    const wanted = new Set(paths);
    const commits = wanted.size === 0 ? [] : await forge.historyUnder('releases', reader.ref);
    const reads = [];
    for (const commit of commits)
        for (const path of commit.paths)
            if (wanted.has(path))
                reads.push({ path, commit });
    // Issued together, so the local forge answers them with one `git cat-file --batch`.
    const texts = await Promise.all(reads.map((r) => forge.readFile(r.path, r.commit.sha)));
    reads.forEach(({ path, commit: c }, i) => {
        const text = texts[i];
        const entry = {
            commit: c.sha,
            date: c.date,
            author: c.author,
            subject: c.subject,
            body: c.body,
            trailers: c.trailers,
            ...(c.request ? { request: c.request } : {}),
            release: text == null ? null : (0,_registry_files_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRegistryFile */ .N0)('Release', `${path}@${c.sha.slice(0, 8)}`, text),
        };
        out.set(path, [...(out.get(path) ?? []), entry]);
    });
    return out;
}
/** The commits that changed each of `paths` (under `dir`), oldest first: one history of `dir` where the forge can. */
async function commitsOf(reader, dir, paths) {
    const out = new Map();
    if (paths.length === 0)
        return out;
    const forge = reader.forge;
    if (forge.historyUnder) {
        const wanted = new Set(paths);
        for (const commit of await forge.historyUnder(dir, reader.ref))
            for (const path of commit.paths)
                if (wanted.has(path))
                    out.set(path, [commit.sha, ...(out.get(path) ?? [])]);
        return out;
    }
    const histories = await inPool(paths, REQUESTS_AT_ONCE, (path) => forge.history(path, reader.ref));
    paths.forEach((p, i) => out.set(p, histories[i].map((c) => c.sha).reverse()));
    return out;
}
/** Every request a release commit names, read once each: by id. */
async function readRequests(reader, histories) {
    const wanted = new Map();
    for (const [path, entries] of histories)
        for (const entry of entries) {
            const id = entry.trailers[_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .TRAILERS */ .jl.request];
            if (id !== undefined && !wanted.has(id))
                wanted.set(id, path);
        }
    const ids = [...wanted.keys()].sort();
    const read = await inPool(ids, REQUESTS_AT_ONCE, (id) => readRequest(reader, id, wanted.get(id)));
    return new Map(ids.map((id, i) => [id, read[i]]));
}
function environmentEvidence(environment, release, newestFirst, requests) {
    const history = [];
    let before = null;
    for (const entry of [...newestFirst].reverse()) {
        const id = entry.trailers[_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .TRAILERS */ .jl.request];
        const request = id === undefined ? undefined : requests.get(id);
        history.push({
            commit: entry.commit,
            date: entry.date,
            author: entry.author,
            subject: entry.subject,
            body: entry.body ?? '',
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

/***/ 49148:
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


/***/ })

};
