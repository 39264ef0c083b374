export const id = 905;
export const ids = [905];
export const modules = {

/***/ 8905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5482);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6931);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6611);
/** dhow history --model M --env ENV [--json]: the releases of a model in an environment, newest first. */





const USAGE = 'usage: dhow history (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M --env ENV [--limit N] [--json]';
async function run(args, ctx) {
    if ((0,_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .helpRequested */ ._T)(args, ctx, USAGE))
        return 0;
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('history', args, {
        ..._registry_js__WEBPACK_IMPORTED_MODULE_4__/* .WHERE_OPTIONS */ .JI,
        model: { type: 'string' },
        env: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
    });
    const model = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .requireName */ .rI)('history', 'model', 'model', values.model);
    const environment = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .requireName */ .rI)('history', 'environment', 'env', values.env);
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow history: --limit must be a positive whole number (got "${values.limit}")`);
    const forge = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .openForge */ .ys)(ctx, 'history', values);
    const reader = await _registry_store_js__WEBPACK_IMPORTED_MODULE_2__.RegistryReader.open(forge);
    const [config, modelFile] = await Promise.all([reader.config(), reader.model(model)]);
    const environments = config.environments.map((e) => e.name);
    if (!environments.includes(environment)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `dhow history: unknown environment "${environment}": ${_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_PATH */ .tF} lists ${environments.join(', ')}`, { field: '--env' });
    }
    if (!modelFile)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `dhow history: unknown model "${model}": ${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .modelPath */ .LH)(model)} does not exist (register a version first: dhow register)`, {
            field: '--model',
        });
    const entries = await reader.releaseHistory(environment, model, limit ? { limit } : {});
    // A release a pull request brought is reported as its merge: the merge commit, the number, who merged it.
    const history = entries.map((e) => ({
        commit: e.request?.mergeSha ?? e.commit,
        date: e.date,
        version: e.release?.version ?? null,
        digest: e.release?.digest ?? null,
        previous: e.release?.previous ?? null,
        action: e.release === null ? 'removed' : e.release['revert-of'] ? 'rollback' : 'promotion',
        revertOf: e.release?.['revert-of'] ?? null,
        request: e.request?.id ?? e.trailers[_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .TRAILERS */ .jl.request] ?? null,
        promotedBy: e.release?.['promoted-by'] ?? null,
        promotedAt: e.release?.['promoted-at'] ?? null,
        mergedBy: e.request?.mergedBy || e.author,
        subject: e.subject,
    }));
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(ctx, { model, environment, history });
        return 0;
    }
    if (history.length === 0) {
        ctx.stdout.write(`${model} has never been released to ${environment}\n`);
        return 0;
    }
    const rows = history.map((h) => [
        `${new Date(h.date).toISOString().slice(0, 16).replace('T', ' ')}Z`,
        h.version ?? '-',
        h.action === 'rollback' ? `rollback (from ${h.revertOf})` : h.action === 'promotion' ? `promotion${h.previous ? ` (from ${h.previous})` : ''}` : h.action,
        h.request ? `#${h.request}` : '-',
        h.mergedBy,
        (0,_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(h.commit),
    ]);
    ctx.stdout.write(`${model} in ${environment}, newest first:\n` + (0,_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['WHEN', 'VERSION', 'WHAT', 'REQUEST', 'BY', 'COMMIT'], rows));
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
