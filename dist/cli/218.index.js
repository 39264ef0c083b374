export const id = 218;
export const ids = [218];
export const modules = {

/***/ 530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ planRollback),
/* harmony export */   z: () => (/* binding */ planPromotion)
/* harmony export */ });
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _registry_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(860);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9843);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9654);




const isHeld = (release, version) => release?.holds.find((h) => h.version === version);
/** Versions that are or were released in an environment, with the digest they ran with. */
function ranIn(state, environment, version) {
    const current = state.releases[environment];
    if (current?.version === version)
        return current;
    return (state.history[environment] ?? []).find((r) => r.version === version);
}
function environmentNames(policy) {
    return policy.environments.map((e) => e.name);
}
function finish(state, release, record, policy) {
    const manifests = (0,_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderDeployManifests */ .GQ)(release, record, policy);
    const keep = new Set(manifests.map((m) => m.path));
    const stale = (state.deployFiles[release.environment] ?? [])
        .map((f) => (f.includes('/') ? f : `${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .deployDir */ .RU)(release.environment, release.model)}/${f}`))
        .filter((p) => !keep.has(p))
        .map((path) => ({ path, content: null }));
    return {
        ok: true,
        release,
        changes: [{ path: (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .releasePath */ .bD)(release.environment, release.model), content: (0,_registry_files_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeRegistryFile */ .cF)(release) }, ...manifests, ...stale],
    };
}
function planPromotion(state, model, version, environment, policy, options = { by: 'dhow', at: new Date().toISOString() }) {
    const reasons = [];
    const envs = environmentNames(policy);
    const index = envs.indexOf(environment);
    if (index < 0)
        reasons.push(`unknown environment "${environment}": dhow.yaml lists ${envs.join(', ')}`);
    if (!state.modelFile || state.model !== model)
        reasons.push(`unknown model "${model}": register a version first (dhow register)`);
    const record = state.versions[version];
    if (!record)
        reasons.push(`unknown version "${version}" of ${model}: register it first (dhow register)`);
    if (reasons.length > 0)
        return { ok: false, reasons };
    const current = state.releases[environment];
    const hold = isHeld(current, version);
    if (hold)
        reasons.push(`${model} ${version} is held in ${environment}: ${hold.reason} (by ${hold.by}, ${hold.at})`);
    if (current?.version === version)
        reasons.push(`${model} ${version} already runs in ${environment}`);
    if (record.model !== model || record.version !== version) {
        reasons.push(`the version record says ${record.model} ${record.version}, not ${model} ${version}`);
    }
    if (index > 0) {
        const before = envs[index - 1];
        const there = ranIn(state, before, version);
        if (!there) {
            reasons.push(`${model} ${version} has not run in ${before}: promote it to ${before} first (a version reaches ${environment} only after it ran in ${before})`);
        }
        else if (there.digest !== record.artifact.digest) {
            reasons.push(`digest mismatch: ${model} ${version} ran in ${before} as ${there.digest} but its version record says ${record.artifact.digest}`);
        }
    }
    if (reasons.length > 0)
        return { ok: false, reasons };
    const release = {
        apiVersion: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .API_VERSION */ .mG,
        kind: 'Release',
        model,
        environment,
        version,
        digest: record.artifact.digest,
        ...(current ? { previous: current.version } : {}),
        ...lastKnownGood(current),
        holds: current?.holds ?? [],
        ...(options.request ? { request: options.request } : {}),
        'promoted-by': options.by,
        'promoted-at': options.at,
    };
    return finish(state, release, record, policy);
}
function lastKnownGood(current) {
    if (!current)
        return {};
    if (!isHeld(current, current.version))
        return { 'last-known-good': current.version };
    return current['last-known-good'] ? { 'last-known-good': current['last-known-good'] } : {};
}
/**
 * Puts an environment back on an earlier version: the same machinery as a promotion, pointed at a version
 * that already ran in this environment. The new release records `revert-of` and `previous` (the version
 * replaced); its `last-known-good` is what it was when the target last ran here.
 */
function planRollback(state, model, environment, options) {
    const policy = state.config;
    const reasons = [];
    const envs = environmentNames(policy);
    if (!envs.includes(environment))
        reasons.push(`unknown environment "${environment}": dhow.yaml lists ${envs.join(', ')}`);
    if (!state.modelFile || state.model !== model)
        reasons.push(`unknown model "${model}"`);
    const current = state.releases[environment];
    if (reasons.length === 0 && !current)
        reasons.push(`${model} has never been released to ${environment}: nothing to roll back`);
    if (reasons.length > 0)
        return { ok: false, reasons };
    const target = options.to ?? current['last-known-good'];
    if (!target)
        return { ok: false, reasons: [`${environment} has no last known good version of ${model} recorded: name one with --to`] };
    const record = state.versions[target];
    if (target === current.version)
        reasons.push(`${model} ${target} already runs in ${environment}`);
    if (!record)
        reasons.push(`unknown version "${target}" of ${model}`);
    const hold = isHeld(current, target);
    if (hold)
        reasons.push(`${model} ${target} is held in ${environment}: ${hold.reason} (by ${hold.by}, ${hold.at})`);
    const before = (state.history[environment] ?? []).find((r) => r.version === target);
    if (!before && target !== current.version)
        reasons.push(`${model} ${target} never ran in ${environment}: a rollback only goes back to a version that ran there`);
    if (record && before && before.digest !== record.artifact.digest) {
        reasons.push(`digest mismatch: ${model} ${target} ran in ${environment} as ${before.digest} but its version record says ${record.artifact.digest}`);
    }
    if (reasons.length > 0)
        return { ok: false, reasons };
    const holds = [...current.holds];
    if (options.hold && !holds.some((h) => h.version === options.hold.version)) {
        holds.push({
            version: options.hold.version,
            reason: options.hold.reason,
            by: options.hold.by,
            at: options.at,
            ...(options.hold.alert ? { alert: options.hold.alert } : {}),
        });
    }
    const lkg = before?.['last-known-good'];
    const release = {
        apiVersion: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .API_VERSION */ .mG,
        kind: 'Release',
        model,
        environment,
        version: target,
        digest: record.artifact.digest,
        previous: current.version,
        ...(lkg && lkg !== target && !holds.some((h) => h.version === lkg) ? { 'last-known-good': lkg } : {}),
        holds,
        'revert-of': options.revertOf ?? current.version,
        ...(options.request ? { request: options.request } : {}),
        'promoted-by': options.by,
        'promoted-at': options.at,
    };
    return finish(state, release, record, policy);
}


/***/ }),

/***/ 9654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ renderDeployManifests)
/* harmony export */ });
/* unused harmony exports INFERENCE_SERVICE_FILE, renderInferenceService */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _registry_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1815);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(143);
/**
 * Renders the Kubernetes manifests of a release: a KServe InferenceService (serving.kserve.io/v1beta1)
 * whose storageUri is the version's artifact. Argo CD or Flux sync deploy/<environment>/<model>/; dhow
 * owns every file in that directory.
 */



/** The file name of the InferenceService in deploy/<environment>/<model>/. */
const INFERENCE_SERVICE_FILE = 'inferenceservice.yaml';
// The model -> object name mapping lives with the names (the registry refuses clashes at register time).

function renderInferenceService(release, record, config) {
    const environment = config.environments.find((e) => e.name === release.environment);
    const namespace = environment?.namespace ?? config.deploy.namespace;
    const serving = record.serving;
    const resources = {};
    const add = (name, value) => {
        (resources.requests ??= {})[name] = value;
        (resources.limits ??= {})[name] = value;
    };
    if (serving.memory)
        add('memory', serving.memory);
    if (serving.gpu && serving.gpu.count > 0) {
        const mig = serving.gpu['mig-profile'];
        add(mig ? `nvidia.com/mig-${mig}` : 'nvidia.com/gpu', String(serving.gpu.count));
    }
    const format = serving['model-format'] ?? record.artifact.format ?? 'custom';
    const model = { modelFormat: { name: format } };
    if (serving.runtime)
        model.runtime = serving.runtime;
    model.storageUri = record.artifact.uri;
    if (Object.keys(resources).length > 0)
        model.resources = resources;
    const predictor = { model };
    if (serving.gpu?.product)
        predictor.nodeSelector = { 'nvidia.com/gpu.product': serving.gpu.product };
    return {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: {
            name: (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_1__/* .kubernetesName */ .gg)(release.model),
            namespace,
            labels: {
                'app.kubernetes.io/name': (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_1__/* .kubernetesName */ .gg)(release.model),
                'app.kubernetes.io/version': release.version,
                'app.kubernetes.io/managed-by': 'dhow',
                'dhow.dev/model': release.model,
                'dhow.dev/version': release.version,
                'dhow.dev/environment': release.environment,
            },
            annotations: {
                'dhow.dev/artifact-digest': record.artifact.digest,
                ...(release['revert-of'] ? { 'dhow.dev/revert-of': release['revert-of'] } : {}),
            },
        },
        spec: { predictor },
    };
}
/** Every file of deploy/<environment>/<model>/ for a release, as file changes (deterministic YAML). */
function renderDeployManifests(release, record, config) {
    const header = `# Rendered by dhow from releases/${release.environment}/${release.model}.yaml: do not edit by hand.\n`;
    return [
        {
            path: `${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .deployDir */ .RU)(release.environment, release.model)}/${INFERENCE_SERVICE_FILE}`,
            content: header + (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(renderInferenceService(release, record, config), { lineWidth: 0 }),
        },
    ];
}


/***/ }),

/***/ 8397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VW: () => (/* binding */ environmentBefore),
/* harmony export */   tX: () => (/* binding */ loadModelState)
/* harmony export */ });
/* unused harmony export withHistoryIfNeeded */
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/** Loads the snapshot a plan needs for one model: only its own files, never every version in the registry. */

async function loadModelState(reader, model, options = {}) {
    const config = await reader.config();
    const envs = config.environments.map((e) => e.name);
    const [modelFile, releases, records, histories, deployFiles] = await Promise.all([
        reader.model(model),
        reader.readMany('Release', envs.map((env) => (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .releasePath */ .bD)(env, model))),
        Promise.all((options.versions ?? []).map((v) => reader.version(model, v))),
        Promise.all((options.historyOf ?? []).filter((e) => envs.includes(e)).map(async (env) => [env, await reader.releaseHistory(env, model)])),
        Promise.all((options.deployOf ?? envs)
            .filter((e) => envs.includes(e))
            .map(async (env) => [env, (await reader.listFiles((0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .deployDir */ .RU)(env, model))).map((f) => `${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .deployDir */ .RU)(env, model)}/${f}`)])),
    ]);
    const versions = {};
    for (const record of records)
        if (record)
            versions[record.version] = record;
    const current = {};
    envs.forEach((env, i) => {
        if (releases[i])
            current[env] = releases[i];
    });
    const history = {};
    for (const [env, entries] of histories)
        history[env] = entries.map((e) => e.release).filter((r) => r !== null);
    return { config, model, modelFile, versions, releases: current, history, deployFiles: Object.fromEntries(deployFiles) };
}
/** The environment before `environment` in promotion order, or undefined for the first. */
function environmentBefore(envs, environment) {
    const i = envs.indexOf(environment);
    return i > 0 ? envs[i - 1] : undefined;
}
/**
 * Adds the release history of `environment` to the state unless `version` is live there now (then the
 * history cannot change a plan's answer): promotions along the usual path never read history.
 */
async function withHistoryIfNeeded(reader, state, environment, version) {
    if (!environment || state.releases[environment]?.version === version || state.history[environment])
        return state;
    const entries = await reader.releaseHistory(environment, state.model);
    return { ...state, history: { ...state.history, [environment]: entries.map((e) => e.release).filter((r) => r !== null) } };
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
