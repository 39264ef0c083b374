export const id = 5;
export const ids = [5,143];
export const modules = {

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ modelPath),
/* harmony export */   NZ: () => (/* binding */ versionsDir),
/* harmony export */   bD: () => (/* binding */ releasePath),
/* harmony export */   bL: () => (/* binding */ profilePath),
/* harmony export */   jl: () => (/* binding */ TRAILERS),
/* harmony export */   m5: () => (/* binding */ releasesDir),
/* harmony export */   tF: () => (/* binding */ CONFIG_PATH),
/* harmony export */   versionPath: () => (/* binding */ versionPath),
/* harmony export */   wr: () => (/* binding */ gateEvidencePath)
/* harmony export */ });
/* unused harmony exports deployDir, gateEvidenceDir, promotionBranch, revertBranch, promotionStamp */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1815);
/** Where each file lives in a registry. Every segment is validated before it becomes a path. */


const CONFIG_PATH = 'dhow.yaml';
const modelPath = (model) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/model.yaml`;
const versionsDir = (model) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/versions`;
const versionPath = (model, version) => `${versionsDir(model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('version', version)}.yaml`;
/** A version's reference profile for drift checks (profile-file.ts). */
const profilePath = (model, version) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/profiles/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('version', version)}.json`;
const releasesDir = (environment) => `releases/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}`;
const releasePath = (environment, model) => `${releasesDir(environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}.yaml`;
const deployDir = (environment, model) => `deploy/${assertName('environment', environment)}/${assertName('model', model)}`;
/** Gate evidence of one version in one environment (schemas.ts says why it is a file of its own). */
const gateEvidenceDir = (environment) => `gates/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}`;
const gateEvidencePath = (environment, model, version) => `${gateEvidenceDir(environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('version', version)}.yaml`;
/** Deterministic branch names, one per purpose. */
const promotionBranch = (environment, model) => `dhow/promote/${assertName('environment', environment)}/${assertName('model', model)}`;
/**
 * The revert of ONE promotion: the version and when it was promoted (`promoted-at` of the release it
 * undoes). A version re-promoted after a revert is a new promotion, so drifting again opens a new revert
 * instead of finding the first one merged. A suffix rather than a deeper segment, so the branch never
 * clashes with a branch of the older `dhow/revert/<env>/<model>/<version>` form still in a repository.
 */
const revertBranch = (environment, model, version, promotedAt) => `dhow/revert/${assertName('environment', environment)}/${assertName('model', model)}/${assertName('version', version)}-promoted-${promotionStamp(promotedAt)}`;
/** A release's promoted-at as a ref-safe UTC stamp (20261122T083000Z; milliseconds only when present). */
function promotionStamp(promotedAt) {
    const ms = Date.parse(promotedAt);
    if (Number.isNaN(ms))
        throw new DhowError('invalid-input', `"${promotedAt}" is not a timestamp`, { field: 'promoted-at' });
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


/***/ }),

/***/ 7005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerVersion: () => (/* binding */ registerVersion)
});

// UNUSED EXPORTS: RegistryReader, recordGateEvidence

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/logger.ts
/**
 * The small logging interface the core takes, so library code never imports @actions/core.
 * The CLI logs to stderr; actions adapt @actions/core to it; tests use a recording logger.
 */
const logger_silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
};
function streamLogger(stream = process.stderr, verbose = false) {
    return {
        debug: (m) => {
            if (verbose)
                stream.write(`debug: ${m}\n`);
        },
        info: (m) => void stream.write(`${m}\n`),
        warning: (m) => void stream.write(`warning: ${m}\n`),
        error: (m) => void stream.write(`error: ${m}\n`),
        group: async (name, fn) => {
            stream.write(`== ${name}\n`);
            return fn();
        },
    };
}
/** A logger that keeps every line, for tests. */
function recordingLogger() {
    const lines = [];
    return {
        lines,
        debug: (message) => void lines.push({ level: 'debug', message }),
        info: (message) => void lines.push({ level: 'info', message }),
        warning: (message) => void lines.push({ level: 'warning', message }),
        error: (message) => void lines.push({ level: 'error', message }),
        group: async (message, fn) => {
            lines.push({ level: 'group', message });
            return fn();
        },
    };
}

// EXTERNAL MODULE: ./src/registry/files.ts + 1 modules
var files = __webpack_require__(7682);
// EXTERNAL MODULE: ./src/registry/schemas.ts + 1 modules
var schemas = __webpack_require__(9201);
;// CONCATENATED MODULE: ./src/registry/gate-evidence.ts
/**
 * Gate evidence per (version, environment): the pure rule that decides whether a run of the gates adds an
 * attempt to gates/<environment>/<model>/<version>.yaml, changes nothing, or is refused. Writing it is
 * store.ts's job (in the same commit as the version record, when there is one).
 *
 * The file is append-only history, as an auditor reads it: what ran, under which policy, from which run,
 * with which result, in order. The rule, against the last recorded attempt:
 * 1. the same results (verdict, policy digest, report digest, summary): nothing to record;
 * 2. the same run (same run URL, or both without one: the CLI on one machine) re-run:
 *    - the last attempt passed: nothing to record. The decision was made and the promotion may rest on it;
 *      "Re-run all jobs" re-measures the gates, but a re-measurement of a decided gate is no new evidence;
 *    - it did not pass: the new results are appended (a re-run of a failed gate can record its pass);
 *    - an attempt older than the one recorded (a late job of an earlier attempt) is refused;
 * 3. a different policy digest: appended (the policy engine asks for a run under the current policy);
 * 4. anything else, another run with other results under the same policy, is refused: evidence is
 *    written once per version, environment and policy, so nobody can shop for a better run.
 */

const passed = (results) => results.verdict === 'pass' || results.verdict === 'warn';
/** The results of a run without its provenance, in a form two runs can be compared by. */
function resultsKey(a) {
    return JSON.stringify([
        a.verdict,
        a['policy-digest'],
        a['report-digest'] ?? null,
        a.summary.map((r) => [r.gate, r.metric ?? null, r.verdict, r.value ?? null, r.threshold ?? null, r.baseline ?? null]),
    ]);
}
function sameGateResults(a, b) {
    return resultsKey(a) === resultsKey(b);
}
function runOf(attempt) {
    return attempt['run-url'] ? `run ${attempt['run-url']}${attempt['run-attempt'] ? ` (attempt ${attempt['run-attempt']})` : ''}` : 'a run without a URL';
}
/** What recording `attempt` for `target` does to the evidence already there (null: none yet). */
function decideGateEvidence(existing, target, attempt) {
    const what = `${target.model} ${target.version} in ${target.environment}`;
    if (!existing) {
        return {
            kind: 'record',
            file: { apiVersion: schemas.API_VERSION, kind: 'GateEvidence', ...target, attempts: [attempt] },
            message: `recorded the gate results of ${what} (${attempt.verdict})`,
        };
    }
    const last = existing.attempts[existing.attempts.length - 1];
    const append = (message) => ({ kind: 'record', file: { ...existing, attempts: [...existing.attempts, attempt] }, message });
    if (sameGateResults(last, attempt))
        return { kind: 'unchanged', message: `the gate results of ${what} are already recorded: nothing to do` };
    const sameRun = (last['run-url'] ?? null) === (attempt['run-url'] ?? null);
    if (sameRun) {
        if (last['run-attempt'] !== undefined && attempt['run-attempt'] !== undefined && attempt['run-attempt'] < last['run-attempt']) {
            return {
                kind: 'refused',
                reasons: [`attempt ${attempt['run-attempt']} of the run is older than attempt ${last['run-attempt']}, whose gate results ${what} already records`],
            };
        }
        if (passed(last)) {
            return {
                kind: 'unchanged',
                message: `${what} already passed its gates in ${runOf(last)} ("${last.verdict}"): a re-run of that run records nothing new`,
            };
        }
        return append(`recorded a re-run of the gates of ${what}: "${last.verdict}" then "${attempt.verdict}"`);
    }
    if (last['policy-digest'] !== attempt['policy-digest']) {
        return append(`recorded the gate results of ${what} under a new gate policy (${attempt.verdict})`);
    }
    return {
        kind: 'refused',
        reasons: [
            `${what} already has gate results from ${runOf(last)} ("${last.verdict}") under the same gate policy: evidence is written once per version, environment and policy, and only a re-run of that run adds to it; register a new version`,
        ],
    };
}
/** The results the policy engine judges: the last attempt. */
function currentGateResults(file) {
    return file.attempts[file.attempts.length - 1];
}
/**
 * The gate results of a version per environment, by the policy engine's rule (policy/engine.ts gateReasons:
 * the environment's evidence file, its last attempt, else the record's `gates`, which older registries
 * wrote once for every environment). Environments with neither are left out; the order is `environments`'.
 * Every reader (dhow versions, the evidence pack, model cards, the site) shows this, never a copy of the rule.
 */
function gateResultsByEnvironment(environments, evidence, record) {
    const out = [];
    for (const environment of environments) {
        const file = evidence[environment];
        if (file)
            out.push({ environment, results: currentGateResults(file), source: 'evidence', attempts: file.attempts });
        else if (record?.gates)
            out.push({ environment, results: record.gates, source: 'record', attempts: [] });
    }
    return out;
}

// EXTERNAL MODULE: ./src/registry/names.ts
var registry_names = __webpack_require__(1815);
// EXTERNAL MODULE: ./src/registry/paths.ts
var registry_paths = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/registry/profile-file.ts
/**
 * The problems of a profile's text: not JSON, or not a DriftProfile (the first schema issue, by field).
 * The drift schema loads on first use: most registry work never meets a profile.
 */
async function checkProfileText(path, text) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return [{ file: path, message: 'not valid JSON: a reference profile is the JSON dhow drift profile writes' }];
    }
    const { DriftProfile } = await __webpack_require__.e(/* import() */ 390).then(__webpack_require__.bind(__webpack_require__, 3390));
    const parsed = DriftProfile.safeParse(raw);
    if (parsed.success)
        return [];
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.');
    return [{ file: path, message: `not a drift profile: ${issue.message}`, ...(field ? { field } : {}) }];
}
/** The profile's bytes as the registry keeps them: parsed and written back with two-space indents. */
function canonicalProfile(text) {
    return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}
/** A profile is written once per version: the same bytes again change nothing, other bytes are refused. */
function decideProfile(existing, text) {
    const content = canonicalProfile(text);
    if (existing === null)
        return { kind: 'write', content };
    if (existing === content)
        return { kind: 'unchanged' };
    return { kind: 'refused', reason: 'a different reference profile is already registered for this version: profiles are immutable, register a new version' };
}

;// CONCATENATED MODULE: ./src/registry/store.ts
/**
 * Reading the registry at one commit, and registering versions. A RegistryReader pins a commit when it
 * is created, so everything it returns is one consistent snapshot, and it reads only what is asked for:
 * `dhow status` reads dhow.yaml and the release files, never the version records.
 */








/**
 * `S` is what the reader was opened on: any RegistrySource; a use case that opened it on a Forge gets the
 * Forge back as `reader.forge` (a RegistryReader<Forge>).
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
            throw new errors/* DhowError */.Bp('not-found', `${forge.description} has no branch ${name}: is it a dhow registry? ("dhow init" creates one)`);
        return new RegistryReader(forge, head);
    }
    config() {
        this.configCache ??= this.read('Registry', registry_paths/* CONFIG_PATH */.tF).then((config) => {
            if (!config)
                throw new errors/* DhowError */.Bp('not-found', `${registry_paths/* CONFIG_PATH */.tF} is missing in ${this.forge.description}: is it a dhow registry? ("dhow init" creates one)`);
            return config;
        });
        return this.configCache;
    }
    model(model) {
        return this.read('Model', (0,registry_paths/* modelPath */.LH)(model));
    }
    version(model, version) {
        return this.read('ModelVersion', (0,registry_paths.versionPath)(model, version));
    }
    release(environment, model) {
        return this.read('Release', (0,registry_paths/* releasePath */.bD)(environment, model));
    }
    /** The gate evidence of a version in one environment (gates/<env>/<model>/<version>.yaml). */
    gateEvidence(environment, model, version) {
        return this.read('GateEvidence', (0,registry_paths/* gateEvidencePath */.wr)(environment, model, version));
    }
    /** The gate evidence of a version in each of `environments` that has some, read in one batch. */
    async gateEvidenceByEnvironment(model, version, environments) {
        const files = await this.readMany('GateEvidence', environments.map((env) => (0,registry_paths/* gateEvidencePath */.wr)(env, model, version)));
        const out = {};
        environments.forEach((env, i) => {
            if (files[i])
                out[env] = files[i];
        });
        return out;
    }
    /** A file's text at this snapshot, unparsed (a gate policy that dhow.yaml names); null when absent. */
    readText(path) {
        return this.forge.readFile(path, this.ref);
    }
    async listModels() {
        return this.names('models', '', 'model');
    }
    async listVersions(model) {
        return this.names((0,registry_paths/* versionsDir */.NZ)(model), '.yaml', 'version');
    }
    /** Every release file, of one environment or of every environment dhow.yaml lists (in its order). */
    async listReleases(environment) {
        const environments = environment ? [environment] : (await this.config()).environments.map((e) => e.name);
        const perEnvironment = this.forge.listTree && environments.length > 1
            ? await this.releaseEntriesFromTree(environments)
            : await Promise.all(environments.map(async (env) => this.forge.listDirectory((0,registry_paths/* releasesDir */.m5)(env), this.ref)));
        const paths = environments.flatMap((env, i) => this.namesOf((0,registry_paths/* releasesDir */.m5)(env), perEnvironment[i], '.yaml', 'model').map((m) => (0,registry_paths/* releasePath */.bD)(env, m)));
        return (await this.readMany('Release', paths)).filter((r) => r !== null);
    }
    /** The releases of a model in an environment, newest first, from the history of its release file. */
    async releaseHistory(environment, model, options = {}) {
        const path = (0,registry_paths/* releasePath */.bD)(environment, model);
        const commits = await this.forge.history(path, this.ref, options);
        const texts = await Promise.all(commits.map((c) => this.forge.readFile(path, c.sha)));
        return commits.map((c, i) => ({
            commit: c.sha,
            date: c.date,
            author: c.author,
            subject: c.subject,
            body: c.body,
            trailers: c.trailers,
            ...(c.request ? { request: c.request } : {}),
            release: texts[i] == null ? null : (0,files/* parseRegistryFile */.N0)('Release', `${path}@${c.sha.slice(0, 8)}`, texts[i]),
        }));
    }
    /** Files directly under a registry directory (for deploy/<env>/<model>/). */
    async listFiles(dir) {
        return this.forge.listDirectory(dir, this.ref);
    }
    /** Reads and validates one file; null when absent. */
    async read(kind, path) {
        const text = await this.forge.readFile(path, this.ref);
        return text === null ? null : (0,files/* parseRegistryFile */.N0)(kind, path, text);
    }
    async readMany(kind, paths) {
        const texts = this.forge.readFiles ? await this.forge.readFiles(paths, this.ref) : await Promise.all(paths.map((p) => this.forge.readFile(p, this.ref)));
        return texts.map((text, i) => (text == null ? null : (0,files/* parseRegistryFile */.N0)(kind, paths[i], text)));
    }
    /**
     * The entries directly under each environment's releases directory, as listDirectory gives them, from one
     * listing of releases/ (one git process where the forge lists trees, not one per environment): a path
     * deeper than releases/<env>/<entry> counts as its <entry>, once, as a directory does there.
     */
    async releaseEntriesFromTree(environments) {
        const byDir = new Map(environments.map((env) => [`${(0,registry_paths/* releasesDir */.m5)(env)}/`, new Set()]));
        for (const path of await this.forge.listTree('releases', this.ref)) {
            const slash = path.indexOf('/', 'releases/'.length);
            const entries = slash < 0 ? undefined : byDir.get(path.slice(0, slash + 1));
            if (entries)
                entries.add(path.slice(slash + 1).split('/')[0]);
        }
        return environments.map((env) => [...byDir.get(`${(0,registry_paths/* releasesDir */.m5)(env)}/`)]);
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
            if (!(0,registry_names/* isValidName */.uV)(kind, name)) {
                throw new errors/* DhowError */.Bp('invalid-input', `"${entry}" is not a valid ${kind} file name (run dhow validate)`, { file: `${dir}/${entry}` });
            }
            names.push(name);
        }
        return names.sort();
    }
}
/** The evidence file `evidence` would add to (null: none yet), read in the same round trip as `also`. */
async function readWithEvidence(reader, target, evidence, also) {
    if (!evidence)
        return [await also, null];
    return Promise.all([also, reader.gateEvidence(evidence.environment, target.model, target.version)]);
}
/** A change of gate evidence to write, or none, against one snapshot; throws when the rule refuses it. */
function planEvidence(config, target, evidence, existing) {
    if (!evidence)
        return undefined;
    const { environment, attempt } = evidence;
    const path = (0,registry_paths/* gateEvidencePath */.wr)(environment, target.model, target.version);
    if (!config.environments.some((e) => e.name === environment)) {
        throw new errors/* DhowError */.Bp('not-found', `environment "${environment}" is not in ${registry_paths/* CONFIG_PATH */.tF} (it has ${config.environments.map((e) => e.name).join(', ')}): no gate evidence is recorded for it`, { field: 'environment', file: registry_paths/* CONFIG_PATH */.tF });
    }
    const decision = decideGateEvidence(existing, { model: target.model, version: target.version, environment }, attempt);
    if (decision.kind === 'refused') {
        throw new errors/* DhowError */.Bp('refused', `gate evidence of ${target.model} ${target.version} for ${environment} refused`, { file: path, reasons: decision.reasons });
    }
    if (decision.kind === 'unchanged')
        return { result: { operation: 'unchanged', path, message: decision.message }, content: null };
    return { result: { operation: 'recorded', path, message: decision.message }, content: (0,files/* serializeRegistryFile */.cF)(decision.file) };
}
async function backoff(attempt) {
    // Exponential backoff with full jitter: a crowd of writers spreads out instead of colliding in step.
    await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 10))));
}
/**
 * Registers a version. Version records are immutable: registering identical content again is a no-op.
 * What is not compared: the registration's own `created-by`/`created-at`, the run that registered it
 * (`source.run-url`, `source.run-attempt`: promote.yml registers again from each environment's run and
 * each re-run) and, when `evidence` is given, `gates` (they then live in gates/). Different content under the
 * same version is refused. With `evidence`, the environment's gate results are recorded (gate-evidence.ts
 * decides how) in the same commit, so the version and its evidence land together or not at all. New
 * models get a model.yaml in the same commit. The commit lands with compare-and-swap on the default
 * branch and is recomputed from the new state on a lost race.
 */
async function registerVersion(forge, record, options = {}) {
    const logger = options.logger ?? logger_silentLogger;
    const path = (0,registry_paths.versionPath)(record.model, record.version);
    const valid = (0,files.validateRegistryObject)('ModelVersion', path, record);
    const content = (0,files/* serializeRegistryFile */.cF)(valid);
    if (options.evidence)
        (0,registry_names/* assertName */.I1)('environment', options.evidence.environment, { field: 'environment' });
    const profileFile = options.profile === undefined ? undefined : (0,registry_paths/* profilePath */.bL)(valid.model, valid.version);
    if (options.profile) {
        const [problem] = await checkProfileText(options.profile.file, options.profile.text);
        if (problem)
            throw new errors/* DhowError */.Bp('invalid-input', problem.message, { file: problem.file, field: problem.field });
    }
    const branch = await forge.defaultBranch();
    const attempts = options.attempts ?? 40;
    for (let attempt = 1;; attempt++) {
        const reader = await RegistryReader.open(forge, branch);
        const config = await reader.config();
        const [existing, recorded] = await readWithEvidence(reader, valid, options.evidence, reader.version(valid.model, valid.version));
        const ignoreGates = options.evidence !== undefined;
        if (existing && !sameVersionContent(existing, valid, ignoreGates)) {
            throw new errors/* DhowError */.Bp('refused', `${valid.model} ${valid.version} is already registered with different content: versions are immutable, register a new version`, {
                file: path,
                reasons: differences(existing, valid, ignoreGates).map((f) => `field "${f}" differs`),
            });
        }
        const evidence = planEvidence(config, valid, options.evidence, recorded);
        const profile = options.profile && profileFile ? decideProfile(await reader.readText(profileFile), options.profile.text) : undefined;
        if (profile?.kind === 'refused')
            throw new errors/* DhowError */.Bp('refused', profile.reason, { file: profileFile });
        const profileResult = profile && profileFile ? { profile: { operation: profile.kind === 'write' ? 'recorded' : 'unchanged', path: profileFile } } : {};
        if (existing) {
            logger.info(`${valid.model} ${valid.version} is already registered with identical content: nothing to do`);
            if (evidence)
                logger.info(evidence.result.message);
            if (!evidence?.content && profile?.kind !== 'write')
                return { operation: 'unchanged', path, commit: reader.ref, modelCreated: false, ...profileResult, ...(evidence ? { evidence: evidence.result } : {}) };
        }
        const changes = existing ? [] : [{ path, content }];
        if (evidence?.content)
            changes.push({ path: evidence.result.path, content: evidence.content });
        if (profile?.kind === 'write' && profileFile)
            changes.push({ path: profileFile, content: profile.content });
        const modelFile = existing ? null : await reader.model(valid.model);
        if (!existing && !modelFile) {
            const clash = (0,registry_names/* kubernetesNameTakenBy */.g$)(valid.model, await reader.listModels());
            if (clash) {
                throw new errors/* DhowError */.Bp('refused', `model "${valid.model}" would deploy as the Kubernetes object "${(0,registry_names/* kubernetesName */.gg)(valid.model)}", which model "${clash}" already uses: choose another name`, {
                    field: 'model',
                });
            }
            const model = { apiVersion: schemas.API_VERSION, kind: 'Model', name: valid.model, owners: [options.by ?? valid['created-by']], language: [] };
            changes.push({ path: (0,registry_paths/* modelPath */.LH)(valid.model), content: (0,files/* serializeRegistryFile */.cF)(model) });
        }
        const environment = options.evidence?.environment;
        try {
            const result = await forge.commitFiles({
                branch,
                expectedHead: reader.ref,
                changes,
                message: existing
                    ? evidence?.content
                        ? `Record the gate results of ${valid.model} ${valid.version} in ${environment}`
                        : `Record the reference profile of ${valid.model} ${valid.version}`
                    : `Register ${valid.model} ${valid.version}\n\nArtifact ${valid.artifact.uri} (${valid.artifact.digest}).`,
                trailers: {
                    [registry_paths/* TRAILERS */.jl.model]: valid.model,
                    [registry_paths/* TRAILERS */.jl.version]: valid.version,
                    ...(evidence?.content && environment ? { [registry_paths/* TRAILERS */.jl.environment]: environment } : {}),
                },
            });
            logger.debug(`registered ${valid.model} ${valid.version} (${result.sha.slice(0, 8)})`);
            return {
                operation: existing ? 'unchanged' : 'created',
                path,
                commit: result.sha,
                modelCreated: !existing && !modelFile,
                ...profileResult,
                ...(evidence ? { evidence: evidence.result } : {}),
            };
        }
        catch (error) {
            if (error instanceof errors/* DhowError */.Bp && error.code === 'conflict' && attempt < attempts) {
                logger.debug(`registry moved while registering ${valid.model} ${valid.version}; retrying (${attempt})`);
                await backoff(attempt);
                continue;
            }
            throw error;
        }
    }
}
/**
 * Records a registered version's gate results for one environment, without registering anything: the
 * version must exist. Same rule and same compare-and-swap as registerVersion's `evidence`.
 */
async function recordGateEvidence(forge, target, options = {}) {
    const logger = options.logger ?? silentLogger;
    assertName('model', target.model, { field: 'model' });
    assertName('version', target.version, { field: 'version' });
    assertName('environment', target.environment, { field: 'environment' });
    const branch = await forge.defaultBranch();
    const attempts = options.attempts ?? 40;
    for (let attempt = 1;; attempt++) {
        const reader = await RegistryReader.open(forge, branch);
        const config = await reader.config();
        const evidenceOption = { environment: target.environment, attempt: target.attempt };
        const [record, recorded] = await readWithEvidence(reader, target, evidenceOption, reader.version(target.model, target.version));
        if (!record) {
            throw new DhowError('not-found', `${target.model} ${target.version} is not registered: gate evidence is recorded only for a registered version`, {
                file: versionPath(target.model, target.version),
                field: 'version',
            });
        }
        const evidence = planEvidence(config, target, evidenceOption, recorded);
        logger.info(evidence.result.message);
        if (!evidence.content)
            return { ...evidence.result, commit: reader.ref };
        try {
            const result = await forge.commitFiles({
                branch,
                expectedHead: reader.ref,
                changes: [{ path: evidence.result.path, content: evidence.content }],
                message: `Record the gate results of ${target.model} ${target.version} in ${target.environment}`,
                trailers: { [TRAILERS.model]: target.model, [TRAILERS.version]: target.version, [TRAILERS.environment]: target.environment },
            });
            return { ...evidence.result, commit: result.sha };
        }
        catch (error) {
            if (error instanceof DhowError && error.code === 'conflict' && attempt < attempts) {
                await backoff(attempt);
                continue;
            }
            throw error;
        }
    }
}
/**
 * The record without what a registration may change: who and when, and the registering run. With
 * per-environment evidence also `gates`, which then live in gates/ (a version registered before with
 * its first environment's gates in the record is the same version).
 */
function withoutRegistration(record, ignoreGates) {
    const { ['created-at']: _at, ['created-by']: _by, gates, source, training, ...rest } = record;
    const { ['run-url']: _url, ['run-attempt']: _attempt, ...origin } = source;
    // How long this run trained and its peak GPU memory are measurements of the run, like its URL: a re-run
    // that trains again to the same artifact (same digest) registers the same version.
    const { ['duration-seconds']: _seconds, ['peak-gpu-memory-mib']: _peak, ...how } = training;
    return { ...rest, source: origin, training: how, ...(gates && !ignoreGates ? { gates } : {}) };
}
function sameVersionContent(a, b, ignoreGates) {
    return serializeForCompare(withoutRegistration(a, ignoreGates)) === serializeForCompare(withoutRegistration(b, ignoreGates));
}
function serializeForCompare(value) {
    return JSON.stringify(value, (_k, v) => v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v);
}
/** Top-level (and artifact) fields that differ, for the refusal message. */
function differences(a, b, ignoreGates) {
    const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out = [];
    const [left, right] = [withoutRegistration(a, ignoreGates), withoutRegistration(b, ignoreGates)];
    for (const f of [...fields].sort()) {
        const x = left[f];
        const y = right[f];
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
