export const id = 928;
export const ids = [928];
export const modules = {

/***/ 2928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/actions/runner.ts
var runner = __webpack_require__(3197);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/train/mode.ts
/**
 * The contract between the edges (the `train` action, `dhow train`) and the two training modes. Runner
 * mode is src/train/runner; Kubernetes mode is src/train/kubernetes/index.ts, loaded lazily (so the runner
 * path never loads @kubernetes/client-node) and expected to export the functions of
 * `KubernetesTrainingModule`.
 */

/**
 * Loads the Kubernetes launcher: from the sources, src/train/kubernetes/index.ts; from a bundle, the one
 * shared bundle dist/kubernetes/index.js beside it (scripts/build.mjs builds it once), so the 19 MB of
 * @kubernetes/client-node sit in dist/ once instead of inside every bundle that may train on a cluster.
 * The specifier is computed and marked webpackIgnore so that ncc leaves this import to Node.
 */
async function loadKubernetesMode() {
    const fromSources = import.meta.url.endsWith('.ts');
    const launcher = new URL(fromSources ? './kubernetes/index.ts' : '../kubernetes/index.js', import.meta.url);
    try {
        return (await import(/* webpackIgnore: true */ launcher.href));
    }
    catch (error) {
        if (error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('kubernetes')) {
            throw new errors/* DhowError */.Bp('usage', 'Kubernetes mode is not available in this build of dhow');
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/actions/runtime.ts
/**
 * The edge between GitHub Actions and the core: inputs, outputs, summaries and failure through the runner's
 * protocol (./runner.ts). Only src/actions/* imports this (the core never imports @actions/*). zod stays out of
 * it (./settings.ts parses with zod), so an action that parses its inputs by hand starts without loading zod.
 */



/** A Logger over @actions/core: groups become collapsible log groups on the runner. */
function actionsLogger() {
    return {
        debug: (m) => runner/* debug */.Yz(m),
        info: (m) => runner/* info */.pq(m),
        warning: (m) => runner/* warning */.$e(m),
        error: (m) => runner/* error */.z3(m),
        group: (name, fn) => runner/* group */.Os(name, fn),
    };
}
/** Masks a secret before anything else can print it; empty values are ignored. */
function maskSecret(value) {
    if (value)
        runner/* setSecret */.Pq(value);
}
/** A string input, trimmed; '' when absent and not required. */
function stringInput(name, options = {}) {
    const value = runner/* getInput */.V4(name, { required: false }).trim();
    if (options.required && value === '')
        throw new errors/* DhowError */.Bp('usage', `input "${name}" is required`, { field: name });
    return value;
}
/** A secret input (a token), masked before anything else can print it; '' when absent. */
function secretInput(name) {
    const value = stringInput(name);
    maskSecret(value);
    return value;
}
/** A string input that may be left out: undefined when absent or blank. */
function optionalInput(name) {
    return stringInput(name) || undefined;
}
/** The checkout the workflow runs in ($GITHUB_WORKSPACE), where relative paths in inputs start. */
function workspaceDir() {
    return process.env.GITHUB_WORKSPACE ?? process.cwd();
}
/** A path an input names, resolved from the workspace. */
function workspacePath(path) {
    return resolve(workspaceDir(), path);
}
function booleanInput(name, fallback) {
    if (runner/* getInput */.V4(name).trim() === '')
        return fallback;
    try {
        return runner/* getBooleanInput */.Vt(name);
    }
    catch {
        throw new errors/* DhowError */.Bp('usage', `input "${name}" must be true or false`, { field: name });
    }
}
/** One value per line; blank lines and surrounding spaces ignored. */
function listInput(name) {
    return runner/* getMultilineInput */.q3(name)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Runs an action's body; any error becomes `core.setFailed("<action>: <message>")`. */
async function runAction(action, body) {
    try {
        await body();
    }
    catch (error) {
        runner/* setFailed */.C1(`${action}: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/actions/train/main.ts
/**
 * The `train` action: reads its inputs into a training job spec, trains on this runner or as a Kubernetes
 * Job, and sets the outputs register needs (metrics, artifact digest and URI, the version-record draft,
 * peak GPU memory). The post step lets Kubernetes mode delete its Job when the workflow is cancelled.
 */





const ACTION = 'train';
/** Each Kubernetes setting and the input it comes from, so that an error names what the user typed. */
const KUBERNETES_INPUTS = {
    kubeconfig: 'kubeconfig',
    namespace: 'namespace',
    cpu: 'cpu',
    memory: 'memory',
    spot: 'spot',
    queue: 'queue',
    backoffLimit: 'backoff-limit',
    failFastExitCodes: 'fail-fast-exit-codes',
    gpuSharedResource: 'gpu-shared-resource',
    keepJob: 'keep-job',
    queueWaitSeconds: 'queue-wait',
    imagePullGraceSeconds: 'image-pull-grace',
};
function wholeNumber(name, value) {
    if (!/^\d+$/.test(value))
        throw new errors/* DhowError */.Bp('usage', `input "${name}": "${value}" is not a whole number`, { field: name });
    return Number(value);
}
function optionalWholeNumber(name) {
    const value = stringInput(name);
    return value === '' ? undefined : wholeNumber(name, value);
}
/** Kubernetes mode's inputs, read into the typed settings the core takes; the kubeconfig's credentials are masked first. */
async function kubernetesInputs() {
    // The settings' schema (zod, yaml) loads only in Kubernetes mode: runner mode starts without it.
    const { maskKubeconfig, parseKubernetesModeSettings } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(867), __webpack_require__.e(201), __webpack_require__.e(909)]).then(__webpack_require__.bind(__webpack_require__, 4909));
    const kubeconfig = optionalInput('kubeconfig');
    if (kubeconfig)
        maskKubeconfig(kubeconfig, (value) => runner/* setSecret */.Pq(value));
    const raw = {
        kubeconfig,
        namespace: optionalInput('namespace'),
        cpu: optionalInput('cpu'),
        memory: optionalInput('memory'),
        spot: booleanInput('spot', false),
        queue: optionalInput('queue'),
        backoffLimit: optionalWholeNumber('backoff-limit'),
        failFastExitCodes: stringInput('fail-fast-exit-codes')
            .split(/[\s,]+/)
            .filter(Boolean)
            .map((code) => wholeNumber('fail-fast-exit-codes', code)),
        gpuSharedResource: optionalInput('gpu-shared-resource'),
        keepJob: booleanInput('keep-job', false),
        queueWaitSeconds: optionalWholeNumber('queue-wait'),
        imagePullGraceSeconds: optionalWholeNumber('image-pull-grace'),
    };
    try {
        return parseKubernetesModeSettings(raw);
    }
    catch (error) {
        const field = error instanceof errors/* DhowError */.Bp && error.field ? KUBERNETES_INPUTS[error.field] : undefined;
        if (!field)
            throw error;
        // Name the input, not the setting's key the core's message starts with.
        throw new errors/* DhowError */.Bp('usage', `input "${field}" ${error.message.replace(/^field "[^"]*": /, '')}`, { field });
    }
}
async function getInputs() {
    const workspace = workspaceDir();
    const mode = stringInput('mode') || 'runner';
    if (mode !== 'runner' && mode !== 'kubernetes') {
        throw new errors/* DhowError */.Bp('usage', `input "mode" must be runner or kubernetes, got "${mode}"`, { field: 'mode' });
    }
    const kubernetes = mode === 'kubernetes' ? await kubernetesInputs() : undefined;
    // Runner mode ignores a kubeconfig, but it is a secret all the same.
    if (!kubernetes)
        maskSecret(stringInput('kubeconfig'));
    // The object-storage credentials come from the step's env (train.yml maps its DHOW_S3_* secrets there).
    maskSecret(process.env.AWS_SECRET_ACCESS_KEY?.trim());
    maskSecret(process.env.AWS_SESSION_TOKEN?.trim());
    const specFile = optionalInput('spec');
    // The spec's reader and schemas (yaml, zod) load when a spec file is named or once the command is known.
    const raw = specFile ? await (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(867), __webpack_require__.e(201), __webpack_require__.e(975)]).then(__webpack_require__.bind(__webpack_require__, 975))).readTrainingSpecFile((0,external_node_path_.resolve)(workspace, specFile), 'spec') : {};
    const command = stringInput('command');
    if (command)
        raw.command = command;
    if (raw.command === undefined)
        throw new errors/* DhowError */.Bp('usage', 'input "command" is required (or a spec file with a command)', { field: 'command' });
    const { overlaySpecMapping, parsePairs, parseParameters, parseTrainingJobSpec } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(867), __webpack_require__.e(201), __webpack_require__.e(975)]).then(__webpack_require__.bind(__webpack_require__, 975));
    const image = stringInput('image');
    if (image)
        raw.image = image;
    const timeout = stringInput('timeout');
    if (timeout)
        raw.timeout = timeout;
    const gpu = overlaySpecMapping(raw, 'gpu');
    const count = stringInput('gpu-count');
    if (count && !(count === '0' && gpu.count !== undefined)) {
        if (!/^\d+$/.test(count))
            throw new errors/* DhowError */.Bp('usage', `input "gpu-count" must be a whole number, got "${count}"`, { field: 'gpu-count' });
        gpu.count = Number(count);
    }
    const product = stringInput('gpu-product');
    if (product)
        gpu.product = product;
    const mig = stringInput('mig-profile');
    if (mig)
        gpu['mig-profile'] = mig;
    if (booleanInput('gpu-shared', false))
        gpu.shared = true;
    raw.gpu = gpu;
    if (booleanInput('require-gpu', false))
        raw.policy = overlaySpecMapping(raw, 'policy', { 'require-gpu': true });
    const parameters = listInput('parameters');
    if (parameters.length)
        raw.parameters = overlaySpecMapping(raw, 'parameters', parseParameters(parameters, 'parameters'));
    const env = listInput('env');
    if (env.length)
        raw.env = overlaySpecMapping(raw, 'env', parsePairs(env, 'env'));
    const region = stringInput('region');
    if (region)
        raw.region = region;
    const data = {};
    for (const key of ['uri', 'digest', 'version', 'region']) {
        const value = stringInput(`data-${key}`);
        if (value)
            data[key] = value;
    }
    if (Object.keys(data).length > 0)
        raw.data = overlaySpecMapping(raw, 'data', data);
    let spec;
    try {
        spec = parseTrainingJobSpec(raw, { file: specFile });
    }
    catch (error) {
        // Name the action input, not the spec's key, when the value came from an input.
        if (error instanceof errors/* DhowError */.Bp && !specFile && error.field) {
            const gpuInputs = {
                'gpu.count': 'gpu-count',
                'gpu.product': 'gpu-product',
                'gpu.mig-profile': 'mig-profile',
                'gpu.shared': 'gpu-shared',
            };
            const lineageInputs = {
                'data.uri': 'data-uri',
                'data.digest': 'data-digest',
                'data.version': 'data-version',
                'data.region': 'data-region',
            };
            const input = gpuInputs[error.field] ?? lineageInputs[error.field] ?? error.field.split('.')[0];
            throw new errors/* DhowError */.Bp('usage', error.message.replace(/^field "[^"]*": /, ''), { field: input });
        }
        throw error;
    }
    if (mode === 'kubernetes' && !spec.image)
        throw new errors/* DhowError */.Bp('usage', 'input "image" is required in Kubernetes mode (the container image, pinned as name@sha256:...)', { field: 'image' });
    const model = optionalInput('model');
    const version = optionalInput('version');
    if ((model === undefined) !== (version === undefined))
        throw new errors/* DhowError */.Bp('usage', 'inputs "model" and "version" go together', { field: model ? 'version' : 'model' });
    // The name rules load here, not at start-up: names.ts carries the zod name schemas too.
    const { assertName } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(123)]).then(__webpack_require__.bind(__webpack_require__, 123));
    if (model)
        assertName('model', model, { field: 'model' });
    if (version)
        assertName('version', version, { field: 'version' });
    const location = optionalInput('upload');
    if (location && optionalInput('artifact-uri'))
        throw new errors/* DhowError */.Bp('usage', 'inputs "upload" and "artifact-uri" both name the artifact; give one', { field: 'upload' });
    // Built before training, so a bad location or missing credentials cost no GPU time.
    const storage = location
        ? {
            location,
            endpoint: optionalInput('s3-endpoint'),
            region: optionalInput('s3-region'),
            fallbackRegion: spec.data.region ?? spec.region,
            pathStyle: booleanInput('s3-path-style', false),
            fields: { location: 'upload', endpoint: 's3-endpoint', region: 's3-region' },
        }
        : undefined;
    const s3 = storage ? await __webpack_require__.e(/* import() */ 785).then(__webpack_require__.bind(__webpack_require__, 8785)) : undefined;
    const upload = storage && mode === 'runner' ? s3.s3ArtifactUploader(storage, process.env, actionsLogger()) : undefined;
    // Kubernetes mode: the Job uploads the model itself (with the cluster's own identity) where
    // DHOW_UPLOAD_URI says, and this step reads it back to check the digest the Job reports.
    const verify = storage && mode === 'kubernetes' ? s3.s3ArtifactVerifier(storage, process.env, actionsLogger()) : undefined;
    if (storage && verify) {
        const prefix = [storage.location.replace(/\/+$/, ''), model, version].filter(Boolean).join('/');
        spec.env = {
            ...spec.env,
            DHOW_UPLOAD_URI: `${prefix}/`,
            DHOW_S3_REGION: storage.region ?? storage.fallbackRegion ?? '',
            DHOW_S3_ENDPOINT: storage.endpoint ?? '',
        };
    }
    return {
        mode,
        kubernetes,
        upload,
        verify,
        spec,
        outputDir: (0,external_node_path_.resolve)(workspace, stringInput('output-dir') || 'dhow-output'),
        artifact: optionalInput('artifact'),
        artifactUri: optionalInput('artifact-uri'),
        model,
        version,
        versionFile: (0,external_node_path_.resolve)(workspace, stringInput('version-file') || (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? workspace, 'dhow-version.yaml')),
        checkpointRoot: optionalInput('checkpoint-root'),
        summary: booleanInput('summary', true),
    };
}
async function run() {
    await runAction(ACTION, async () => {
        const settings = await getInputs();
        const logger = actionsLogger();
        runner/* saveState */.LZ('mode', settings.mode);
        let outcome;
        if (settings.mode === 'runner') {
            const { runRunnerTraining } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(867), __webpack_require__.e(201), __webpack_require__.e(872)]).then(__webpack_require__.bind(__webpack_require__, 6872));
            const result = await runRunnerTraining({
                spec: settings.spec,
                outputDir: settings.outputDir,
                artifact: settings.artifact,
                optionNames: { artifact: 'input "artifact"' },
                artifactUri: settings.artifactUri,
                upload: settings.upload,
                model: settings.model,
                version: settings.version,
                draftPath: settings.versionFile,
                cwd: workspaceDir(),
                env: process.env,
                logger,
                checkpointRoot: settings.checkpointRoot,
            });
            outcome = {
                metrics: result.metrics,
                artifact: result.artifact,
                draft: result.draft,
                draftPath: result.draftPath,
                peakGpuMemoryMiB: result.memory.peakGpuMemoryMiB,
                durationSeconds: result.durationSeconds,
            };
        }
        else {
            const kubernetes = await loadKubernetesMode();
            outcome = await kubernetes.runKubernetesTraining({
                spec: settings.spec,
                settings: settings.kubernetes,
                kubeconfigOrigin: 'input "kubeconfig"',
                env: process.env,
                cwd: workspaceDir(),
                logger,
                model: settings.model,
                version: settings.version,
                // With an upload to check, the draft is written only once the object is checked.
                draftPath: settings.verify ? undefined : settings.versionFile,
                saveState: (name, value) => runner/* saveState */.LZ(name, value),
            });
            if (settings.verify) {
                const checked = await settings.verify({ uri: outcome.artifact.uri, digest: outcome.artifact.digest });
                const draft = { ...outcome.draft, artifact: { ...outcome.draft.artifact, size: checked.size, endpoint: checked.endpoint, region: checked.region } };
                await (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(867), __webpack_require__.e(201), __webpack_require__.e(485)]).then(__webpack_require__.bind(__webpack_require__, 7485))).writeVersionDraft(settings.versionFile, draft);
                outcome = { ...outcome, artifact: { ...outcome.artifact, size: checked.size }, draft, draftPath: settings.versionFile };
            }
        }
        runner/* setOutput */.uH('metrics', JSON.stringify(outcome.metrics));
        runner/* setOutput */.uH('artifact-digest', outcome.artifact.digest);
        runner/* setOutput */.uH('artifact-uri', outcome.artifact.uri);
        runner/* setOutput */.uH('version-file', outcome.draftPath ?? '');
        runner/* setOutput */.uH('peak-gpu-memory-mib', outcome.peakGpuMemoryMiB === null ? '' : String(outcome.peakGpuMemoryMiB));
        if (settings.summary)
            await writeSummary(settings, outcome);
    });
}
async function writeSummary(settings, outcome) {
    const name = settings.model && settings.version ? `${settings.model} ${settings.version}` : 'model';
    runner/* summary */.z
        .addHeading(`Trained ${name} (${settings.mode})`, 2)
        .addTable([
        [
            { data: 'Metric', header: true },
            { data: 'Value', header: true },
        ],
        ...Object.entries(outcome.metrics).map(([metric, value]) => [metric, String(value)]),
    ])
        .addTable([
        [
            { data: 'Artifact', header: true },
            { data: 'Digest', header: true },
            { data: 'Peak GPU memory', header: true },
            { data: 'Duration', header: true },
        ],
        [
            outcome.artifact.uri,
            `<code>${outcome.artifact.digest}</code>`,
            outcome.peakGpuMemoryMiB === null ? 'no GPU' : `${outcome.peakGpuMemoryMiB} MiB`,
            `${outcome.durationSeconds.toFixed(1)} s`,
        ],
    ]);
    await runner/* summary */.z.write();
}
/** The post step: Kubernetes mode deletes a Job the main step left behind (cancelled workflow). */
async function post() {
    try {
        if (runner/* getState */.Gu('mode') !== 'kubernetes')
            return;
        // The post step reads only the kubeconfig: the Job's namespace and name were saved by the main step.
        const kubeconfig = optionalInput('kubeconfig');
        if (kubeconfig)
            (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(867), __webpack_require__.e(201), __webpack_require__.e(909)]).then(__webpack_require__.bind(__webpack_require__, 4909))).maskKubeconfig(kubeconfig, (value) => runner/* setSecret */.Pq(value));
        const kubernetes = await loadKubernetesMode();
        await kubernetes.cleanupKubernetesTraining?.({ kubeconfig, getState: (name) => runner/* getState */.Gu(name), env: process.env, logger: actionsLogger() });
    }
    catch (error) {
        // Cleanup problems are warnings: the main step's result stands.
        runner/* warning */.$e(`${ACTION}: cleanup: ${error.message}`);
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ DhowError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   g$: () => (/* binding */ schemaError),
/* harmony export */   iC: () => (/* binding */ yamlSyntaxMessage)
/* harmony export */ });
/**
 * The one error family of dhow. A DhowError is something a user can act on (bad input, a refusal by
 * policy, a lost race that could not be recovered); anything else that escapes is a bug.
 */
class DhowError extends Error {
    code;
    file;
    field;
    line;
    reasons;
    constructor(code, message, options = {}) {
        super(formatMessage(message, options), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'DhowError';
        this.code = code;
        this.file = options.file;
        this.field = options.field;
        this.line = options.line;
        this.reasons = options.reasons ?? [];
    }
    /** Usage errors exit 2 (as the CLI contract says); every other refusal or failure exits 1. */
    get exitCode() {
        return this.code === 'usage' ? 2 : 1;
    }
}
function formatMessage(message, { file, field, line }) {
    const where = [file && (line ? `${file}:${line}` : file), field && `field "${field}"`].filter(Boolean).join(', ');
    return where ? `${where}: ${message}` : message;
}
/** A message for any thrown value, without a stack for DhowErrors (they are meant for users). */
function describeError(error) {
    if (error instanceof DhowError) {
        return error.reasons.length > 0 ? `${error.message}\n${error.reasons.map((r) => `  - ${r}`).join('\n')}` : error.message;
    }
    if (error instanceof Error)
        return error.stack ?? error.message;
    return String(error);
}
/** A YAML parser's message without its code frame and position: the DhowError names the line itself. */
function yamlSyntaxMessage(error) {
    return error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/**
 * The first problem of a value that broke its schema, as an invalid-input DhowError naming the file and the
 * field path (e.g. `artifact.digest`; `field` when the value itself is wrong). `what` says what the value
 * was meant to be ("not a dhow gate report"), `hint` what would be right.
 */
function schemaError(issues, where = {}) {
    const issue = issues[0];
    const message = `${where.what ? `${where.what}: ` : ''}${issue.message}${where.hint ?? ''}`;
    return new DhowError('invalid-input', message, { file: where.file, field: issue.path.map(String).join('.') || where.field });
}


/***/ })

};
