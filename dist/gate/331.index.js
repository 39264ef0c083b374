export const id = 331;
export const ids = [331];
export const modules = {

/***/ 5331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/actions/runner.ts
/**
 * The runner's side of a JavaScript action, without @actions/core: inputs from INPUT_* variables, outputs and
 * state through the runner's file commands, log lines and masks through workflow commands, and the job summary.
 * @actions/core loads undici through its OIDC client at start (about 1 MB of bundle, some 200 ms per action
 * start-up measured by test/bench/startup.bench.ts); the actions use none of that, so this module speaks the
 * documented protocol itself, byte for byte as @actions/core 3.0 writes it (MIT, github.com/actions/toolkit).
 * Protocol: https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 * Only src/actions/* imports this.
 */





function commandValue(input) {
    if (input === null || input === undefined)
        return '';
    return typeof input === 'string' ? input : JSON.stringify(input);
}
// Workflow command escaping: "::name key=value::message", with %, CR and LF escaped in data, and : and , too in
// property values.
const escapeData = (s) => commandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${escapeProperty(v)}`);
    process.stdout.write(`::${command}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Appends `name<<delimiter ... delimiter` to the file $GITHUB_<command> names (outputs, state). */
function issueFileCommand(command, name, value) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        return issueCommand(command === 'OUTPUT' ? 'set-output' : 'save-state', { name }, commandValue(value));
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // A fresh random delimiter per value, as the runner's docs ask, so a value cannot end the block early.
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const text = commandValue(value);
    if (name.includes(delimiter) || text.includes(delimiter))
        throw new Error('Unexpected input: the value contains the delimiter');
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${text}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** An input as the runner passes it (INPUT_<NAME>, spaces as _), trimmed; '' when absent. */
function getInput(name, options = {}) {
    const value = (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    if (options.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return value;
}
/** One entry per non-empty line, each trimmed. */
function getMultilineInput(name) {
    return getInput(name)
        .split('\n')
        .filter((x) => x !== '')
        .map((x) => x.trim());
}
/** YAML 1.2 core-schema booleans only, as @actions/core accepts them; anything else throws. */
function getBooleanInput(name) {
    const value = getInput(name);
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
    if (!process.env.GITHUB_OUTPUT)
        process.stdout.write(external_node_os_.EOL);
    issueFileCommand('OUTPUT', name, value);
}
function saveState(name, value) {
    issueFileCommand('STATE', name, value);
}
/** State a main step saved, as the runner hands it to the post step (STATE_<name>). */
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function warning(message) {
    issueCommand('warning', {}, message instanceof Error ? message.toString() : message);
}
function error(message) {
    issueCommand('error', {}, message instanceof Error ? message.toString() : message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
async function group(name, fn) {
    issueCommand('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** The job summary ($GITHUB_STEP_SUMMARY, Markdown and HTML), buffered until write(). */
class Summary {
    buffer = '';
    wrap(tag, content, attrs = {}) {
        const html = Object.entries(attrs)
            .map(([k, v]) => ` ${k}="${v}"`)
            .join('');
        return content ? `<${tag}${html}>${content}</${tag}>` : `<${tag}${html}>`;
    }
    addRaw(text, addEOL = false) {
        this.buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    addEOL() {
        return this.addRaw(external_node_os_.EOL);
    }
    addHeading(text, level = 1) {
        const tag = `h${level}`;
        return this.addRaw(this.wrap(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1', text)).addEOL();
    }
    addTable(rows) {
        const body = rows
            .map((row) => this.wrap('tr', row
            .map((cell) => {
            if (typeof cell === 'string')
                return this.wrap('td', cell);
            const { header, data, colspan, rowspan } = cell;
            return this.wrap(header ? 'th' : 'td', data, { ...(colspan && { colspan }), ...(rowspan && { rowspan }) });
        })
            .join('')))
            .join('');
        return this.addRaw(this.wrap('table', body)).addEOL();
    }
    stringify() {
        return this.buffer;
    }
    async write(options = {}) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        try {
            await (0,promises_.access)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        await (options.overwrite ? promises_.writeFile : promises_.appendFile)(file, this.buffer, { encoding: 'utf8' });
        this.buffer = '';
        return this;
    }
}
const summary = new Summary();

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The one error family of dhow. A DhowError is something a user can act on (bad input, a refusal by
 * policy, a lost race that could not be recovered); anything else that escapes is a bug.
 */
class errors_DhowError extends Error {
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
    if (error instanceof errors_DhowError) {
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
function errors_schemaError(issues, where = {}) {
    const issue = issues[0];
    const message = `${where.what ? `${where.what}: ` : ''}${issue.message}${where.hint ?? ''}`;
    return new errors_DhowError('invalid-input', message, { file: where.file, field: issue.path.map(String).join('.') || where.field });
}

;// CONCATENATED MODULE: ./src/atomic-file.ts
/** Writing a file whole or not at all: what dhow writes for other steps (reports, drafts) is never read half-written. */


/** Writes a file whole: to a temporary name beside it, then renamed, so a reader never sees half of it. */
async function writeFileAtomic(path, content) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, content, 'utf8');
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}

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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/registry/names.ts
/**
 * Names that become paths: models, versions, environments. Nothing from outside becomes a path in the
 * registry without passing through here. A name must be valid in EVERY place it becomes: a path segment,
 * a branch and ref segment (git refuses a component ending in "." or ".lock", or holding ".."), and a
 * Kubernetes label value (letters or digits at both ends, at most 63 characters), so a name that registers
 * can always be promoted, reverted and deployed.
 */


/**
 * Lower-case letters, digits, '.', '_' and '-', starting and ending with a letter or digit (a Kubernetes
 * label value; git refuses a ref component ending in '.'), at most 63 characters.
 */
const NAME_PATTERN = /^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$/;
/** Environments are also Kubernetes label values and branch segments: no dots or underscores. */
const ENVIRONMENT_PATTERN = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/;
/** The longest name of each kind. */
const MAX_NAME_LENGTH = { model: 63, version: 63, environment: 32 };
function check(kind, value) {
    if (value.length === 0)
        return `${kind} name is empty`;
    const max = MAX_NAME_LENGTH[kind];
    if (value.length > max)
        return `${kind} name "${printable(value.slice(0, 20))}…" is longer than ${max} characters`;
    const pattern = kind === 'environment' ? ENVIRONMENT_PATTERN : NAME_PATTERN;
    if (!pattern.test(value) || value.includes('..')) {
        return kind === 'environment'
            ? `environment name "${printable(value)}" must be lower-case letters, digits and '-', starting and ending with a letter or digit, at most ${max} characters`
            : `${kind} name "${printable(value)}" must be lower-case letters, digits, '.', '_' and '-', start and end with a letter or digit, contain no "..", and be at most ${max} characters`;
    }
    // git refuses a ref component ending in ".lock" (its lock files), so such a name could never be promoted.
    if (value.endsWith('.lock'))
        return `${kind} name "${value}" must not end in ".lock": git refuses it in a branch name`;
    return null;
}
/** A name as it may appear in a message: control characters and quotes escaped, so a hostile name cannot forge output. */
function printable(value) {
    return JSON.stringify(value).slice(1, -1);
}
/** Throws a DhowError('invalid-name') naming the field (and file, when given) unless `value` is a valid name. */
function names_assertName(kind, value, where = {}) {
    const problem = check(kind, value);
    if (problem)
        throw new errors_DhowError('invalid-name', problem, { field: where.field ?? kind, file: where.file });
    return value;
}
function isValidName(kind, value) {
    return check(kind, value) === null;
}
const zodName = (kind) => schemas/* string */.YjP()
    .superRefine((value, ctx) => {
    const problem = check(kind, value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
})
    // The JSON Schemas for editors carry the same rule (the refinement itself is not representable).
    .meta({ pattern: (kind === 'environment' ? ENVIRONMENT_PATTERN : NAME_PATTERN).source, description: `a ${kind} name` });
const ModelName = zodName('model');
const VersionName = zodName('version');
const EnvironmentName = zodName('environment');
/** A Kubernetes object name (RFC 1035 label) from a model name: '.' and '_' become '-'. */
function names_kubernetesName(model) {
    const name = model.replace(/[._]/g, '-').replace(/-+$/, '').slice(0, 63).replace(/-+$/, '');
    return /^[a-z]/.test(name) ? name : `m-${name}`.slice(0, 63);
}
/**
 * Models whose manifests would render the same Kubernetes object name (fraud.detect and fraud-detect,
 * 1abc and m-1abc): each such name with the models that map to it. Argo CD would let one overwrite the
 * other's deployment, so a registry refuses a second model on a taken name and `dhow validate` lists them.
 */
function kubernetesNameClashes(models) {
    const byName = new Map();
    for (const model of new Set(models)) {
        const name = names_kubernetesName(model);
        byName.set(name, [...(byName.get(name) ?? []), model]);
    }
    for (const [name, owners] of byName) {
        if (owners.length < 2)
            byName.delete(name);
        else
            owners.sort();
    }
    return byName;
}
/** The registered model that already renders as `model` would, or null when the name is free. */
function names_kubernetesNameTakenBy(model, registered) {
    const name = names_kubernetesName(model);
    for (const other of registered)
        if (other !== model && names_kubernetesName(other) === name)
            return other;
    return null;
}

;// CONCATENATED MODULE: ./src/registry/paths.ts
/** Where each file lives in a registry. Every segment is validated before it becomes a path. */


const paths_CONFIG_PATH = 'dhow.yaml';
const paths_modelPath = (model) => `models/${names_assertName('model', model)}/model.yaml`;
const versionsDir = (model) => `models/${names_assertName('model', model)}/versions`;
const paths_versionPath = (model, version) => `${versionsDir(model)}/${names_assertName('version', version)}.yaml`;
const releasesDir = (environment) => `releases/${names_assertName('environment', environment)}`;
const releasePath = (environment, model) => `${releasesDir(environment)}/${names_assertName('model', model)}.yaml`;
const deployDir = (environment, model) => `deploy/${assertName('environment', environment)}/${assertName('model', model)}`;
/** Gate evidence of one version in one environment (schemas.ts says why it is a file of its own). */
const gateEvidenceDir = (environment) => `gates/${names_assertName('environment', environment)}`;
const paths_gateEvidencePath = (environment, model, version) => `${gateEvidenceDir(environment)}/${names_assertName('model', model)}/${names_assertName('version', version)}.yaml`;
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
const paths_TRAILERS = {
    model: 'Dhow-Model',
    version: 'Dhow-Version',
    environment: 'Dhow-Environment',
    alert: 'Dhow-Alert',
    revertOf: 'Revert-Of',
    request: 'Dhow-Request',
};

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/registry/rollout-schemas.ts
/**
 * The registry format of progressive delivery: the rollout policy dhow.yaml declares per environment (and
 * per model), the GPU budget of an environment, and the rollout state a release file records while a
 * canary, blue-green or A/B rollout is under way. Every field is optional or defaulted, so registries
 * written before rollouts existed stay valid. Semantics of the analysis limits follow Argo Rollouts'
 * AnalysisTemplate (https://argo-rollouts.readthedocs.io/en/stable/features/analysis/).
 */


/** A duration as `30s`, `5m`, `24h` or `7d` (rollout intervals and soaks are often seconds or minutes). */
const RolloutDuration = schemas/* string */.YjP().regex(/^[1-9][0-9]{0,5}(s|m|h|d)$/, 'must be a whole number of seconds, minutes, hours or days, e.g. 30s, 5m, 1h');
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Milliseconds of a RolloutDuration (or of a registry Duration, which is a subset). */
function durationMs(duration) {
    const match = /^([0-9]+)([smhd])$/.exec(duration);
    if (!match)
        throw new RangeError(`not a duration: ${duration}`);
    return Number(match[1]) * UNIT_MS[match[2]];
}
const CheckName = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes');
/** A PromQL query; `{{model}}`, `{{environment}}`, `{{version}}` and `{{namespace}}` are filled in before it runs. */
const PromQL = schemas/* string */.YjP().min(1).max(4000);
/**
 * One analysis check. `canary` (and `stable`, for a relative comparison) are PromQL queries returning one
 * number; `samples` returns how many observations the canary's number rests on. Exactly one of `threshold`
 * (absolute) and `tolerance` (relative to stable, a fraction: 0.1 lets the canary be 10% worse) is given.
 */
const AnalysisCheck = schemas/* object */.Ikc({
    name: CheckName,
    canary: PromQL,
    stable: PromQL.optional(),
    samples: PromQL.optional(),
    /** Fewer samples than this make a measurement inconclusive, never a pass. */
    'min-samples': schemas/* number */.aig().int().min(0).default(0),
    direction: schemas/* enum */.k5n(['lower-is-better', 'higher-is-better']),
    threshold: schemas/* number */.aig().optional(),
    tolerance: schemas/* number */.aig().min(0).max(100).optional(),
    /** Time between two measurements; the first is taken one interval after a step begins. */
    interval: RolloutDuration.default('1m'),
    /** Argo Rollouts' failureLimit: the analysis fails when failed measurements exceed it; -1: never. */
    'failure-limit': schemas/* number */.aig().int().min(-1).default(0),
    /** Argo Rollouts' inconclusiveLimit: inconclusive measurements beyond it abort the rollout; -1: never. */
    'inconclusive-limit': schemas/* number */.aig().int().min(-1).default(0),
})
    .strict()
    .superRefine((check, ctx) => {
    if ((check.threshold === undefined) === (check.tolerance === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'give exactly one of "threshold" (absolute) and "tolerance" (relative to stable)' });
    }
    if (check.tolerance !== undefined && check.stable === undefined) {
        ctx.addIssue({ code: 'custom', path: ['stable'], message: 'a relative check ("tolerance") needs a "stable" query to compare with' });
    }
    if (check['min-samples'] > 0 && check.samples === undefined) {
        ctx.addIssue({ code: 'custom', path: ['samples'], message: '"min-samples" needs a "samples" query that counts the observations' });
    }
});
const CanaryStep = schemas/* object */.Ikc({ weight: schemas/* number */.aig().int().min(1).max(99), soak: RolloutDuration }).strict();
/**
 * The A/B decision: a fixed split held for `duration`, then a test on the primary metric. `rate`: PromQL
 * for successes and trials per arm (two-proportion z-test); `mean`: PromQL for the mean, standard deviation
 * and count per arm (Welch's t-test). Queries are templated like analysis checks, `{{version}}` naming the arm.
 */
const AbTest = schemas/* object */.Ikc({
    weight: schemas/* number */.aig().int().min(1).max(99).default(50),
    duration: RolloutDuration,
    metric: schemas/* discriminatedUnion */.gMt('kind', [
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('rate'), name: CheckName, successes: PromQL, trials: PromQL }).strict(),
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('mean'), name: CheckName, mean: PromQL, stddev: PromQL, count: PromQL }).strict(),
    ]),
    direction: schemas/* enum */.k5n(['lower-is-better', 'higher-is-better']),
    alpha: schemas/* number */.aig().gt(0).lt(1).default(0.05),
    /** Observations each arm needs; fewer make the decision inconclusive (the stable version stays). */
    'min-samples': schemas/* number */.aig().int().min(2).default(100),
})
    .strict();
const RolloutPolicy = schemas/* object */.Ikc({
    strategy: schemas/* enum */.k5n(['all-at-once', 'canary', 'blue-green', 'ab']).default('all-at-once'),
    /** canary: traffic weights in increasing order, each held for its soak; 100% follows the last. */
    steps: schemas/* array */.YOg(CanaryStep).max(20).optional(),
    /** blue-green: how long the new version runs beside the old with no traffic before it takes all. */
    preview: RolloutDuration.optional(),
    ab: AbTest.optional(),
    analysis: schemas/* array */.YOg(AnalysisCheck).max(20).default([]),
})
    .strict()
    .superRefine((policy, ctx) => {
    if (policy.strategy === 'canary') {
        if (!policy.steps || policy.steps.length === 0)
            ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a canary rollout needs at least one step' });
        policy.steps?.forEach((step, i) => {
            if (i > 0 && step.weight <= policy.steps[i - 1].weight) {
                ctx.addIssue({ code: 'custom', path: ['steps', i, 'weight'], message: 'step weights must increase' });
            }
        });
    }
    if (policy.strategy === 'blue-green' && !policy.preview) {
        ctx.addIssue({ code: 'custom', path: ['preview'], message: 'a blue-green rollout needs a "preview" duration' });
    }
    if (policy.strategy === 'ab' && !policy.ab)
        ctx.addIssue({ code: 'custom', path: ['ab'], message: 'an ab rollout needs an "ab" test' });
    const seen = new Set();
    policy.analysis.forEach((check, i) => {
        if (seen.has(check.name))
            ctx.addIssue({ code: 'custom', path: ['analysis', i, 'name'], message: `check "${check.name}" is listed twice` });
        seen.add(check.name);
    });
});
/** The GPUs an environment may use across all its models: whole GPUs, and MIG slices by profile. */
const GpuBudget = schemas/* object */.Ikc({
    gpus: schemas/* number */.aig().int().min(0).optional(),
    mig: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^\d+g\.\d+gb$/, 'must be a MIG profile such as 1g.10gb'), schemas/* number */.aig().int().min(0)).optional(),
})
    .strict();
const Timestamp = iso/* datetime */.w$({ offset: true });
/**
 * A rollout under way, in the release file: the release's `version` is the canary (what the manifests
 * render, with its traffic weight), `stable` the version serving the rest. Counters are measurements that
 * failed or were inconclusive, per check, since the rollout began.
 */
const RolloutState = schemas/* object */.Ikc({
    strategy: schemas/* enum */.k5n(['canary', 'blue-green', 'ab']),
    stable: VersionName,
    canary: VersionName,
    weight: schemas/* number */.aig().int().min(0).max(99),
    step: schemas/* number */.aig().int().min(0),
    'started-at': Timestamp,
    'step-started-at': Timestamp,
    failures: schemas/* record */.g1P(CheckName, schemas/* number */.aig().int().min(1)).default({}),
    inconclusive: schemas/* record */.g1P(CheckName, schemas/* number */.aig().int().min(1)).default({}),
    /** When each check's last recorded (failed or inconclusive) measurement was taken. */
    'measured-at': schemas/* record */.g1P(CheckName, Timestamp).default({}),
})
    .strict();

;// CONCATENATED MODULE: ./src/registry/schemas.ts
/**
 * The registry format, v1: one zod schema per file kind. Every file carries `apiVersion: dhow.dev/v1`
 * and `kind`; keys are kebab-case. These schemas are the source of the JSON Schemas in policies/schemas/.
 */



const schemas_API_VERSION = 'dhow.dev/v1';
const header = (kind) => ({
    apiVersion: schemas/* literal */.euz(schemas_API_VERSION),
    kind: schemas/* literal */.euz(kind),
});
/** `sha256:<64 hex>`: the only digest form dhow writes or accepts. */
const Digest = schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lower-case hex digits');
const schemas_Timestamp = iso/* datetime */.w$({ offset: true });
/** A region identifier as the cloud or cluster names it (e.g. me-central-1, qatarcentral, uaenorth). */
const Region = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case region identifier');
const Person = schemas/* string */.YjP().min(1).max(200);
// ---------------------------------------------------------------------------------------------
// dhow.yaml
const TeamName = schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be "org/team-slug"');
const Reviewers = schemas/* object */.Ikc({
    users: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    teams: schemas/* array */.YOg(TeamName).default([]),
})
    .strict();
/** A role on the registry repository, as GitHub names them (its "repository roles"), weakest last. */
const RepositoryRole = schemas/* enum */.k5n(['admin', 'maintain', 'write', 'triage', 'read']);
/** A group of which at least `count` must approve: a team, or a list of users. */
const RequiredApprovers = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ team: TeamName, count: schemas/* number */.aig().int().min(1).max(20).default(1) }).strict(),
    schemas/* object */.Ikc({ users: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1), count: schemas/* number */.aig().int().min(1).max(20).default(1) }).strict(),
]);
/** A duration as `30m`, `24h` or `7d`. */
const Duration = schemas/* string */.YjP().regex(/^[1-9][0-9]{0,5}(m|h|d)$/, 'must be a whole number of minutes, hours or days, e.g. 30m, 24h, 7d');
const EnvironmentPolicy = schemas/* object */.Ikc({
    name: EnvironmentName,
    /** Distinct approving reviewers needed, not counting the author or the bot. */
    approvals: schemas/* number */.aig().int().min(0).max(20),
    reviewers: Reviewers.default({ users: [], teams: [] }),
    /** Enable auto-merge on promotion pull requests once the policy is satisfied (github forge). */
    'auto-merge': schemas/* boolean */.zMY().default(false),
    /** Gate policy for this environment: a path in the registry, overriding the registry-wide one. */
    'gate-policy': schemas/* string */.YjP().min(1).optional(),
    /** Kubernetes namespace the deploy manifests target. */
    namespace: schemas/* string */.YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .optional(),
    /** Groups each of which must approve (beside `approvals` in all), e.g. one of team org/model-risk. */
    'required-approvers': schemas/* array */.YOg(RequiredApprovers).optional(),
    /** How long a version must have run in the environment before this one before it may come here. */
    soak: Duration.optional(),
    /** How a merged promotion reaches traffic here (default all-at-once); see docs/rollouts.md. */
    rollout: RolloutPolicy.optional(),
    /** The GPUs this environment's models may use together: a rollout that would exceed it does not start. */
    'gpu-budget': GpuBudget.optional(),
})
    .strict();
/**
 * Who may approve on a local registry (GitHub knows this itself): every reviewer has `default` unless
 * listed, and the members of teams named by `reviewers` or `required-approvers`.
 */
const AccessPolicy = schemas/* object */.Ikc({
    default: RepositoryRole.default('write'),
    users: schemas/* record */.g1P(schemas/* string */.YjP().min(1), RepositoryRole).default({}),
    teams: schemas/* record */.g1P(TeamName, schemas/* array */.YOg(schemas/* string */.YjP().min(1))).default({}),
})
    .strict();
const ResidencyLocation = schemas/* object */.Ikc({
    /** A URI prefix (s3://bucket/, gs://bucket/, https://account.blob.core.windows.net/) or a cluster name. */
    prefix: schemas/* string */.YjP().min(1),
    region: Region,
})
    .strict();
const ResidencyPolicy = schemas/* object */.Ikc({
    'allowed-regions': schemas/* array */.YOg(Region).min(1),
    locations: schemas/* array */.YOg(ResidencyLocation).default([]),
    clusters: schemas/* record */.g1P(schemas/* string */.YjP().min(1), Region).default({}),
})
    .strict();
const RevertPolicy = schemas/* object */.Ikc({
    mode: schemas/* enum */.k5n(['direct', 'pull-request']).default('pull-request'),
    'event-type': schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9_.-]{1,100}$/)
        .default('dhow-drift-alert'),
})
    .strict();
const DeployPolicy = schemas/* object */.Ikc({
    runtime: schemas/* enum */.k5n(['kserve']).default('kserve'),
    namespace: schemas/* string */.YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .default('models'),
})
    .strict();
const RegistryConfig = schemas/* object */.Ikc({
    ...header('Registry'),
    /** Environments in promotion order: a version reaches environment i only after it ran in i-1. */
    environments: schemas/* array */.YOg(EnvironmentPolicy).min(1),
    /** Registry-wide gate policy (a path in the registry); per-model overrides below. */
    'gate-policy': schemas/* string */.YjP().min(1).optional(),
    models: schemas/* record */.g1P(ModelName, schemas/* object */.Ikc({
        'gate-policy': schemas/* string */.YjP().min(1).optional(),
        /** Per-environment rollout policies replacing the environment's own for this model. */
        rollout: schemas/* record */.g1P(EnvironmentName, RolloutPolicy).optional(),
    })
        .strict())
        .default({}),
    residency: ResidencyPolicy.optional(),
    revert: RevertPolicy.default({ mode: 'pull-request', 'event-type': 'dhow-drift-alert' }),
    deploy: DeployPolicy.default({ runtime: 'kserve', namespace: 'models' }),
    /** Reviewer roles and team members on a local registry (ignored on GitHub, which knows both). */
    access: AccessPolicy.optional(),
})
    .strict()
    .superRefine((config, ctx) => {
    const seen = new Set();
    config.environments.forEach((env, i) => {
        if (seen.has(env.name)) {
            ctx.addIssue({ code: 'custom', path: ['environments', i, 'name'], message: `environment "${env.name}" is listed twice` });
        }
        seen.add(env.name);
    });
    for (const [model, entry] of Object.entries(config.models)) {
        for (const env of Object.keys(entry.rollout ?? {})) {
            if (!seen.has(env))
                ctx.addIssue({ code: 'custom', path: ['models', model, 'rollout', env], message: `no environment "${env}" in "environments"` });
        }
    }
});
// ---------------------------------------------------------------------------------------------
// models/<model>/model.yaml
const ModelFile = schemas/* object */.Ikc({
    ...header('Model'),
    name: ModelName,
    owners: schemas/* array */.YOg(Person).default([]),
    task: schemas/* string */.YjP().min(1).max(100).optional(),
    language: schemas/* array */.YOg(schemas/* string */.YjP().min(2).max(35)).default([]),
    description: schemas/* string */.YjP().max(10_000).optional(),
    /** For the AI-system register and model cards (dhow evidence, dhow site); all optional. */
    purpose: schemas/* string */.YjP().min(1).max(10_000).optional(),
    /** The risk tier the owner's governance assigns (e.g. QCB's or the EU AI Act's high-risk). */
    'risk-tier': schemas/* enum */.k5n(['minimal', 'limited', 'high', 'unacceptable']).optional(),
    /** Who regulators and users contact about the model: an e-mail address or a URL. */
    'owner-contact': schemas/* string */.YjP()
        .min(3)
        .max(320)
        .regex(/^(\S+@\S+\.\S+|https?:\/\/\S+)$/, 'must be an e-mail address or an http(s) URL')
        .optional(),
    limitations: schemas/* string */.YjP().min(1).max(10_000).optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// models/<model>/versions/<version>.yaml
const Artifact = schemas/* object */.Ikc({
    uri: schemas/* string */.YjP().min(1),
    digest: Digest,
    size: schemas/* number */.aig().int().nonnegative().optional(),
    format: schemas/* string */.YjP().min(1).max(100).optional(),
    /** Where an uploaded artifact is served from: the object store's endpoint and the bucket's region. */
    endpoint: schemas/* string */.YjP().url().optional(),
    region: schemas/* string */.YjP().min(1).max(64).optional(),
})
    .strict();
const GpuRequirement = schemas/* object */.Ikc({
    count: schemas/* number */.aig().int().min(0).max(64).default(1),
    product: schemas/* string */.YjP().min(1).optional(),
    /** A MIG profile such as 1g.10gb; mutually exclusive with whole GPUs of count > 1. */
    'mig-profile': schemas/* string */.YjP()
        .regex(/^\d+g\.\d+gb$/)
        .optional(),
})
    .strict();
const GateSummaryRow = schemas/* object */.Ikc({
    gate: schemas/* string */.YjP().min(1),
    metric: schemas/* string */.YjP().min(1).optional(),
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'warn', 'inconclusive']),
    value: schemas/* number */.aig().nullable().optional(),
    threshold: schemas/* number */.aig().nullable().optional(),
    baseline: schemas/* number */.aig().nullable().optional(),
})
    .strict();
/** The gate results of one run: what a version record's `gates` holds, and each attempt of a GateEvidence file. */
const GateResults = schemas/* object */.Ikc({
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'warn', 'inconclusive']),
    'policy-digest': Digest,
    'report-digest': Digest.optional(),
    summary: schemas/* array */.YOg(GateSummaryRow).default([]),
})
    .strict();
const VersionRecord = schemas/* object */.Ikc({
    ...header('ModelVersion'),
    model: ModelName,
    version: VersionName,
    artifact: Artifact,
    source: schemas/* object */.Ikc({
        repository: schemas/* string */.YjP().min(1).optional(),
        commit: schemas/* string */.YjP()
            .regex(/^[0-9a-f]{7,64}$/)
            .optional(),
        'run-url': schemas/* string */.YjP().url().optional(),
        'run-attempt': schemas/* number */.aig().int().positive().optional(),
    })
        .strict()
        .default({}),
    data: schemas/* object */.Ikc({
        uri: schemas/* string */.YjP().min(1).optional(),
        digest: Digest.optional(),
        version: schemas/* string */.YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    training: schemas/* object */.Ikc({
        mode: schemas/* enum */.k5n(['runner', 'kubernetes', 'external']).default('external'),
        cluster: schemas/* string */.YjP().min(1).optional(),
        region: Region.optional(),
        gpu: GpuRequirement.optional(),
        'peak-gpu-memory-mib': schemas/* number */.aig().nonnegative().optional(),
        'duration-seconds': schemas/* number */.aig().nonnegative().optional(),
    })
        .strict()
        .default({ mode: 'external' }),
    parameters: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).default({}),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* number */.aig()).default({}),
    /**
     * Gate results recorded with the version by registries older than per-environment evidence
     * (gates/<environment>/<model>/<version>.yaml): still read, for every environment without evidence.
     */
    gates: GateResults.optional(),
    serving: schemas/* object */.Ikc({
        gpu: GpuRequirement.optional(),
        /** Kubernetes quantity, e.g. 8Gi. */
        memory: schemas/* string */.YjP()
            .regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/)
            .optional(),
        'latency-slo-ms': schemas/* record */.g1P(schemas/* enum */.k5n(['p50', 'p90', 'p95', 'p99']), schemas/* number */.aig().positive()).optional(),
        'model-format': schemas/* string */.YjP().min(1).optional(),
        runtime: schemas/* string */.YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    /** Where the version's training data is held (data residency). */
    region: Region.optional(),
    'created-by': Person,
    'created-at': schemas_Timestamp,
})
    .strict();
// ---------------------------------------------------------------------------------------------
// releases/<environment>/<model>.yaml
const Hold = schemas/* object */.Ikc({
    version: VersionName,
    reason: schemas/* string */.YjP().min(1).max(2000),
    by: Person,
    at: schemas_Timestamp,
    /** The alert fingerprint, when a drift revert placed the hold. */
    alert: schemas/* string */.YjP().min(1).max(200).optional(),
})
    .strict();
const ReleaseFile = schemas/* object */.Ikc({
    ...header('Release'),
    model: ModelName,
    environment: EnvironmentName,
    version: VersionName,
    digest: Digest,
    /** The version that ran here before this one. */
    previous: VersionName.optional(),
    /** The version a revert goes back to. */
    'last-known-good': VersionName.optional(),
    /** Versions that may not be promoted to this environment until a person lifts the hold. */
    holds: schemas/* array */.YOg(Hold).default([]),
    /** When this release was a revert or rollback: the version it replaced. */
    'revert-of': VersionName.optional(),
    request: schemas/* object */.Ikc({ id: schemas/* string */.YjP().min(1), url: schemas/* string */.YjP().url().optional() })
        .strict()
        .optional(),
    'promoted-by': Person,
    'promoted-at': schemas_Timestamp,
    /** A canary, blue-green or A/B rollout under way (absent: the version takes all traffic). */
    rollout: RolloutState.optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// gates/<environment>/<model>/<version>.yaml
//
// Gate evidence lives in a file of its own per (version, environment), written on the default branch by
// register before any promotion request exists, rather than carried in the promotion request: the version
// record stays immutable, the policy engine reads evidence from the base branch (which a request's author
// cannot edit: a request that touches gates/ is refused as unplanned), and the evidence outlives the request
// (a revert, a closed request or a re-promotion keep it). The file is append-only history: each run of the
// gates that counts is one attempt, and the last attempt is the one the policy engine judges.
const GateAttempt = GateResults.extend({
    /** The workflow run that ran the gates, and its attempt (a "Re-run" keeps the URL and adds one). */
    'run-url': schemas/* string */.YjP().url().optional(),
    'run-attempt': schemas/* number */.aig().int().positive().optional(),
    'recorded-by': Person,
    'recorded-at': schemas_Timestamp,
}).strict();
const GateEvidenceFile = schemas/* object */.Ikc({
    ...header('GateEvidence'),
    model: ModelName,
    version: VersionName,
    environment: EnvironmentName,
    /** Oldest first; never rewritten, only appended to. The last one counts. */
    attempts: schemas/* array */.YOg(GateAttempt).min(1).max(1000),
})
    .strict();
/** Every file kind the registry holds, by `kind`. */
const schemas_FILE_KINDS = {
    Registry: RegistryConfig,
    Model: ModelFile,
    ModelVersion: VersionRecord,
    Release: ReleaseFile,
    GateEvidence: GateEvidenceFile,
};
/** The default dhow.yaml `dhow init` writes: dev -> staging -> production with 0, 1, 2 approvals. */
function schemas_defaultRegistryConfig() {
    return RegistryConfig.parse({
        apiVersion: schemas_API_VERSION,
        kind: 'Registry',
        environments: [
            { name: 'dev', approvals: 0 },
            { name: 'staging', approvals: 1 },
            { name: 'production', approvals: 2 },
        ],
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/registry/files.ts
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
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true });
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
    const result = schemas_FILE_KINDS[kind].safeParse(data);
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
    const schema = schemas_FILE_KINDS[kind];
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
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
    throw new errors_DhowError('invalid-input', first.message, {
        file: path,
        field: first.field,
        line: first.line,
        reasons: rest.map(describeProblem),
    });
}
/** Validates an object about to be written; the same DhowError as parseRegistryFile, without lines. */
function files_validateRegistryObject(kind, path, value) {
    const schema = FILE_KINDS[kind];
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const [first, ...rest] = result.error.issues;
    const field = (i) => i.path.map(String).join('.') || undefined;
    throw new DhowError('invalid-input', first.message, {
        file: path,
        field: field(first),
        reasons: rest.map((i) => describeProblem({ file: path, field: field(i), message: i.message })),
    });
}
/**
 * Deterministic YAML for a registry object: validated against the schema of its `kind` (nothing invalid
 * is ever written), keys in schema order, record keys sorted, no folded lines.
 */
function files_serializeRegistryFile(obj) {
    const kind = obj.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(FILE_KINDS, kind)) {
        throw new DhowError('invalid-input', `cannot serialize an object of kind ${JSON.stringify(kind ?? null)}`, { field: 'kind' });
    }
    const schema = FILE_KINDS[kind];
    const parsed = files_validateRegistryObject(kind, `<${kind}>`, obj);
    const text = stringify(canonical(schema, parsed), { lineWidth: 0, minContentWidth: 0, indentSeq: true, sortMapEntries: false });
    // Nothing is written that could not be read back.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES) {
        throw new DhowError('invalid-input', `the ${kind} file would be ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`, {
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
        if (node && range && (n === 0 || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) || typeof node === 'object')) {
            return counter.linePos(range[0]).line;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/bootstrap.ts
/**
 * What a new registry holds: dhow.yaml and a README of the registry layout. A local registry gets both in
 * its first commit (`initialRegistryFiles`, written by the local forge's `initRegistry`); a registry
 * repository that already exists (on GitHub) gets each only when missing, in one commit (`planBootstrap`).
 * Pure: given what the default branch holds, the changes to commit, or a refusal when dhow.yaml is there
 * with other content (never overwritten). The layout is the registry's, so its README lives here; only
 * the last paragraph (where requests and reviews live) differs between forges.
 */


const CONFIG_FILE = 'dhow.yaml';
const README_FILE = 'README.md';
/** The registry's README: the layout, then `requestsNote`, a paragraph on where requests and reviews live. */
function registryReadme(requestsNote) {
    return `# Model registry

This repository is a dhow model registry: every file is validated by \`dhow validate\`.

- \`dhow.yaml\`: environments in promotion order and the approvals each needs
- \`models/<model>/model.yaml\`, \`models/<model>/versions/<version>.yaml\`: models and their immutable versions
- \`releases/<environment>/<model>.yaml\`: what runs where (its history is \`git log\` of the file)
- \`deploy/<environment>/<model>/\`: the Kubernetes manifests Argo CD or Flux sync

${requestsNote}
`;
}
const GITHUB_REGISTRY_README = registryReadme('Promotions and reverts are pull requests labelled `dhow`; reviews are the approvals, a merge is the deployment.');
/** The README of a local registry, whose requests and issues are committed on metadata refs of the repository. */
function bootstrap_localRegistryReadme(requestsRef, issuesRef) {
    return registryReadme(`Promotion requests and reviews live on \`${requestsRef}\`; issues dhow raises (a revert it could not
make) on \`${issuesRef}\`.`);
}
/** The files of a new registry's first commit. */
function bootstrap_initialRegistryFiles(config, readme) {
    return [
        { path: CONFIG_FILE, content: serializeRegistryFile(config) },
        { path: README_FILE, content: readme },
    ];
}
/**
 * A README counts as missing when there is none, or it is only what GitHub's "Add a README" writes: a
 * title line and at most one line of description.
 */
function placeholderReadme(text) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.length <= 2 && (lines.length === 0 || lines[0].startsWith('# '));
}
function planBootstrap(existing, config, where) {
    const wanted = serializeRegistryFile(config);
    const changes = [];
    if (existing.config === null)
        changes.push({ path: CONFIG_FILE, content: wanted });
    else if (existing.config !== wanted) {
        throw new DhowError('refused', `${where} already has a ${CONFIG_FILE} with other content than dhow init writes: dhow init never overwrites it (edit it by pull request, or use another repository)`, { file: CONFIG_FILE });
    }
    if (existing.readme === null || (placeholderReadme(existing.readme) && existing.readme !== GITHUB_REGISTRY_README)) {
        changes.push({ path: README_FILE, content: GITHUB_REGISTRY_README });
    }
    return { changes };
}

;// CONCATENATED MODULE: ./src/forge/forge.ts
/**
 * The Forge is the only door to the registry repository. Two implementations: `local` (a git
 * repository on disk through the git CLI, the embedded default) and `github` (Octokit).
 * Everything above this interface (promote, revert, policy checks) is shared by both.
 */
/** Formats commit trailers the way git interpret-trailers reads them. */
function withTrailers(message, trailers = {}) {
    const lines = Object.entries(trailers).map(([k, v]) => `${k}: ${v.replace(/\s*\n\s*/g, ' ')}`);
    return lines.length === 0 ? message.trimEnd() + '\n' : `${message.trimEnd()}\n\n${lines.join('\n')}\n`;
}
/** Reads trailers from the last paragraph of a commit message. */
function parseTrailers(message) {
    const paragraphs = message.trimEnd().split(/\n\s*\n/);
    const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : '';
    const trailers = {};
    for (const line of last.split('\n')) {
        const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
        if (!match)
            return {};
        trailers[match[1]] = match[2];
    }
    return trailers;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/forge/local-git.ts
/**
 * The git CLI, spawned: the only way the local forge touches a repository. No libraries, no working tree:
 * every command runs against the git directory with plumbing (cat-file, ls-tree, commit-tree, update-ref).
 */


class local_git_Git {
    gitDir;
    constructor(gitDir) {
        this.gitDir = gitDir;
    }
    async run(args, options = {}) {
        const env = { ...process.env, GIT_DIR: this.gitDir, ...options.env };
        // Never let an ambient GIT_INDEX_FILE or GIT_WORK_TREE reach a user's checkout.
        if (!options.env?.GIT_INDEX_FILE)
            delete env.GIT_INDEX_FILE;
        delete env.GIT_WORK_TREE;
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)('git', args, { env: env, stdio: ['pipe', 'pipe', 'pipe'] });
            const out = [];
            let stderr = '';
            child.stdout.on('data', (c) => out.push(c));
            child.stderr.on('data', (c) => (stderr += c.toString()));
            child.on('error', (error) => reject(new errors_DhowError('forge', `git ${args[0]}: ${error.message}`, { cause: error })));
            child.on('close', (code) => {
                const result = { code: code ?? 1, stdout: Buffer.concat(out), stderr };
                if (result.code === 0 || options.okCodes?.includes(result.code))
                    resolve(result);
                else
                    reject(new errors_DhowError('forge', `git ${args.join(' ').slice(0, 200)} failed (${result.code}): ${stderr.trim()}`));
            });
            child.stdin.on('error', () => { }); // git may exit before reading all input; its exit code says why
            child.stdin.end(options.input ?? '');
        });
    }
    async text(args, options = {}) {
        return (await this.run(args, options)).stdout.toString('utf8');
    }
    /** The commit a ref names, or null. */
    async resolve(ref) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1, 128] });
        return r.code === 0 ? r.stdout.toString().trim() : null;
    }
    /**
     * Reads many `<rev>:<path>` objects with one `git cat-file --batch`: text per spec, null when missing.
     */
    async readBlobs(specs) {
        if (specs.length === 0)
            return [];
        for (const s of specs)
            if (/[\n\r]/.test(s))
                throw new errors_DhowError('invalid-input', `a path may not contain a line break: ${JSON.stringify(s)}`);
        const { stdout } = await this.run(['cat-file', '--batch'], { input: specs.map((s) => `${s}\n`).join('') });
        const results = [];
        let at = 0;
        for (let i = 0; i < specs.length; i++) {
            const nl = stdout.indexOf(0x0a, at);
            const header = stdout.subarray(at, nl).toString();
            at = nl + 1;
            const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
            if (!m) {
                results.push(null); // "<spec> missing" or "ambiguous"
                continue;
            }
            const size = Number(m[3]);
            results.push(m[2] === 'blob' ? stdout.subarray(at, at + size).toString('utf8') : null);
            at += size + 1;
        }
        return results;
    }
    async hashBlob(content) {
        return (await this.text(['hash-object', '-w', '--stdin'], { input: content })).trim();
    }
}
const ZERO_OID = '0000000000000000000000000000000000000000';

;// CONCATENATED MODULE: ./src/forge/local-tree.ts
/**
 * Builds trees and commits without a working tree or an index: the trees on the way to each changed
 * path are read with one `git cat-file --batch`, rebuilt in memory and written bottom-up with
 * `git mktree`. Only the directories that change are touched, so a commit costs the same in a registry
 * of 100 versions as in one of 10,000. A user's checkout and its index are never touched.
 */


/** A registry-relative path: no leading slash, no `.`/`..` segments, no empty segments, no line breaks. */
function assertSafePath(path) {
    const segments = path.split('/');
    if (path.length === 0 || path.length > 1024 || /[\0\n\r\t\\]/.test(path) || segments.some((s) => s === '' || s === '.' || s === '..' || s === '.git')) {
        throw new errors_DhowError('invalid-input', `unsafe registry path ${JSON.stringify(path)}`);
    }
    return path;
}
function local_tree_group(changes) {
    const root = { files: new Map(), dirs: new Map() };
    for (const change of changes) {
        const parts = assertSafePath(change.path).split('/');
        let node = root;
        for (const part of parts.slice(0, -1)) {
            let next = node.dirs.get(part);
            if (!next)
                node.dirs.set(part, (next = { files: new Map(), dirs: new Map() }));
            node = next;
        }
        node.files.set(parts.at(-1), change.content);
    }
    return root;
}
/** Parses a raw tree object: `<mode> <name>\0<binary id>` entries. */
function parseTree(raw, idBytes) {
    const entries = new Map();
    let at = 0;
    while (at < raw.length) {
        const space = raw.indexOf(0x20, at);
        const nul = raw.indexOf(0, space);
        const mode = raw.subarray(at, space).toString();
        const name = raw.subarray(space + 1, nul).toString('utf8');
        const sha = raw.subarray(nul + 1, nul + 1 + idBytes).toString('hex');
        entries.set(name, { mode, sha });
        at = nul + 1 + idBytes;
    }
    return entries;
}
/** Reads raw objects by spec with one `git cat-file --batch`; null for missing ones or non-trees. */
async function readTrees(git, specs) {
    if (specs.length === 0)
        return [];
    const { stdout } = await git.run(['cat-file', '--batch'], { input: specs.map((s) => `${s}\n`).join('') });
    const out = [];
    let at = 0;
    for (let i = 0; i < specs.length; i++) {
        const nl = stdout.indexOf(0x0a, at);
        const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(stdout.subarray(at, nl).toString());
        at = nl + 1;
        if (!m) {
            out.push(null);
            continue;
        }
        const size = Number(m[3]);
        out.push(m[2] === 'tree' ? stdout.subarray(at, at + size) : null);
        at += size + 1;
    }
    return out;
}
/** The tree of `parent` (a commit, or null for an empty tree) with `changes` applied. */
async function local_tree_buildTree(git, parent, changes) {
    const root = local_tree_group(changes);
    const idBytes = parent && parent.length === 64 ? 32 : 20;
    // Every directory on the way to a change, read at once.
    const dirs = [];
    const walk = (node, prefix) => {
        dirs.push(prefix);
        for (const [name, child] of node.dirs)
            walk(child, prefix ? `${prefix}/${name}` : name);
    };
    walk(root, '');
    const raws = parent
        ? await readTrees(git, dirs.map((d) => `${parent}:${d}`))
        : dirs.map(() => null);
    const existing = new Map(dirs.map((d, i) => [d, raws[i] ? parseTree(raws[i], idBytes) : new Map()]));
    // Blobs first, all in parallel.
    const blobs = new Map();
    await Promise.all(changes.filter((c) => c.content !== null).map(async (c) => blobs.set(c.path, await git.hashBlob(c.content))));
    const write = async (node, prefix) => {
        const entries = new Map(existing.get(prefix));
        const subtrees = await Promise.all([...node.dirs].map(async ([name, child]) => [name, await write(child, prefix ? `${prefix}/${name}` : name)]));
        for (const [name, sha] of subtrees) {
            if (sha === null)
                entries.delete(name);
            else
                entries.set(name, { mode: '40000', sha });
        }
        for (const [name, content] of node.files) {
            const path = prefix ? `${prefix}/${name}` : name;
            if (content === null)
                entries.delete(name);
            else
                entries.set(name, { mode: '100644', sha: blobs.get(path) });
        }
        if (entries.size === 0 && prefix !== '')
            return null;
        const lines = [...entries].map(([name, e]) => {
            const type = e.mode === '40000' ? 'tree' : e.mode === '160000' ? 'commit' : 'blob';
            return `${e.mode.padStart(6, '0')} ${type} ${e.sha}\t${name}`;
        });
        return (await git.text(['mktree'], { input: lines.length ? lines.join('\n') + '\n' : '' })).trim();
    };
    return (await write(root, ''));
}
async function treeOf(git, commit) {
    if (!commit)
        return '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
    return (await git.text(['rev-parse', `${commit}^{tree}`])).trim();
}
async function parentsOf(git, commit) {
    const line = (await git.text(['rev-list', '--parents', '-n', '1', commit])).trim();
    return line.split(' ').slice(1);
}
async function local_tree_commitTree(git, tree, parents, message, who) {
    const env = {
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_COMMITTER_NAME: who.name,
        GIT_COMMITTER_EMAIL: who.email,
    };
    if (who.date) {
        env.GIT_AUTHOR_DATE = who.date;
        env.GIT_COMMITTER_DATE = who.date;
    }
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])];
    return (await git.text(args, { input: message, env })).trim();
}
/**
 * Compare-and-swap on a ref: succeeds only when the ref still points to `expected` (null: must not exist).
 * Returns false when it lost the race.
 */
async function local_tree_casRef(git, ref, next, expected, reason) {
    const args = next === null ? ['update-ref', '-m', reason, '-d', ref, expected ?? ''] : ['update-ref', '-m', reason, ref, next, expected ?? ZERO_OID];
    const r = await git.run(args, { okCodes: [1, 128] });
    return r.code === 0;
}

;// CONCATENATED MODULE: ./src/io/jsonl.ts
/**
 * JSON Lines reader: one JSON value per line, read from a file in chunks. Each line is decoded as
 * strict UTF-8 (an invalid byte is an error, not a replacement character) and parsed on its own, so an
 * error names the file and the line. Blank lines (and a trailing CR) are ignored, a UTF-8 byte order
 * mark at the start is skipped.
 */


const LF = 0x0a;
const CR = 0x0d;
/** Push-style: feed chunks, get `onValue(value, line)` for each line. Returning false stops. */
class JsonlParser {
    onValue;
    decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    file;
    pending = null;
    line = 1;
    first = true;
    stopped = false;
    constructor(onValue, options = {}) {
        this.onValue = onValue;
        this.file = options.file ?? '<input>';
    }
    get done() {
        return this.stopped;
    }
    push(chunk) {
        if (this.stopped || chunk.length === 0)
            return;
        let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
        this.pending = null;
        if (this.first) {
            if (buf.length < 3 && buf[0] === 0xef) {
                this.pending = Buffer.from(buf);
                return;
            }
            this.first = false;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                buf = buf.subarray(3);
        }
        let pos = 0;
        for (;;) {
            const nl = buf.indexOf(LF, pos);
            if (nl < 0)
                break;
            this.emit(buf, pos, nl);
            pos = nl + 1;
            if (this.stopped)
                return;
        }
        if (pos < buf.length)
            this.pending = Buffer.from(buf.subarray(pos));
    }
    finish() {
        if (this.stopped)
            return;
        const rest = this.pending;
        this.pending = null;
        if (!rest || rest.length === 0)
            return;
        const skip = this.first && rest[0] === 0xef && rest[1] === 0xbb && rest[2] === 0xbf ? 3 : 0;
        this.first = false;
        this.emit(rest, skip, rest.length);
    }
    emit(buf, start, end) {
        const line = this.line++;
        if (end > start && buf[end - 1] === CR)
            end--;
        let blank = true;
        for (let k = start; k < end; k++) {
            const c = buf[k];
            if (c !== 0x20 && c !== 0x09) {
                blank = false;
                break;
            }
        }
        if (blank)
            return;
        let text;
        try {
            text = this.decoder.decode(buf.subarray(start, end));
        }
        catch (error) {
            throw new DhowError('invalid-input', 'the line is not valid UTF-8', { file: this.file, line, cause: error });
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new DhowError('invalid-input', `the line is not valid JSON: ${jsonl_jsonSyntaxMessage(error)}`, { file: this.file, line, cause: error });
        }
        if (this.onValue(value, line) === false)
            this.stopped = true;
    }
}
function parseJsonlBuffer(buffer, onValue, options = {}) {
    const parser = new JsonlParser(onValue, options);
    parser.push(buffer);
    parser.finish();
}
/** Streams a JSON Lines file; memory stays at one chunk plus one line. */
async function readJsonlFile(path, onValue, options = {}) {
    const parser = new JsonlParser(onValue, { file: path, ...options });
    const handle = await open(path, 'r').catch((error) => {
        throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
    });
    try {
        const total = (await handle.stat()).size;
        const size = options.chunkSize ?? 1 << 20;
        const chunk = Buffer.allocUnsafe(size);
        let done = 0;
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, size, null);
            if (bytesRead === 0)
                break;
            done += bytesRead;
            parser.push(chunk.subarray(0, bytesRead));
            options.onProgress?.(done, total);
            if (parser.done)
                return;
        }
        parser.finish();
    }
    finally {
        await handle.close();
    }
}
/** Async iteration over a JSON Lines file: `{ value, line }` per non-blank line. */
async function* jsonlValues(path, options = {}) {
    const queue = [];
    const parser = new JsonlParser((value, line) => void queue.push({ value, line }), { file: path, ...options });
    const handle = await open(path, 'r').catch((error) => {
        throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
    });
    try {
        const size = options.chunkSize ?? 1 << 20;
        const chunk = Buffer.allocUnsafe(size);
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, size, null);
            if (bytesRead === 0)
                break;
            parser.push(chunk.subarray(0, bytesRead));
            while (queue.length > 0)
                yield queue.shift();
        }
        parser.finish();
        while (queue.length > 0)
            yield queue.shift();
    }
    finally {
        await handle.close();
    }
}
/**
 * Where JSON.parse stopped, without the text it quotes: V8's messages repeat the start of the input
 * (`Unexpected token 'G', "GITHUB_TOK"... is not valid JSON`), and the input may be a secret (an environment
 * dump given as a data file). Only the position survives.
 */
function jsonl_jsonSyntaxMessage(error) {
    const text = error instanceof Error ? error.message : '';
    if (/Unexpected end of JSON input/i.test(text))
        return 'it ends before the JSON value is complete';
    const lineColumn = /\(line (\d+) column (\d+)\)/.exec(text);
    if (lineColumn)
        return `unexpected text at line ${lineColumn[1]}, column ${lineColumn[2]} of the JSON`;
    const position = /at position (\d+)/.exec(text);
    if (position)
        return `unexpected text at character ${Number(position[1]) + 1} of the JSON`;
    return 'unexpected text in the JSON';
}

;// CONCATENATED MODULE: ./src/forge/local-records.ts



class RecordStore {
    git;
    who;
    options;
    constructor(git, who, options) {
        this.git = git;
        this.who = who;
        this.options = options;
    }
    fileOf(id) {
        return `${this.options.folder}/${id}.json`;
    }
    async all(at) {
        const { ref, folder } = this.options;
        const head = at === undefined ? await this.git.resolve(ref) : at;
        if (!head)
            return [];
        const r = await this.git.run(['ls-tree', '-z', '--name-only', `${head}:${folder}`], { okCodes: [128] });
        if (r.code !== 0)
            return [];
        const names = r.stdout
            .toString()
            .split('\0')
            .filter((n) => /^[1-9][0-9]*\.json$/.test(n));
        const texts = await this.git.readBlobs(names.map((n) => `${head}:${folder}/${n}`));
        return texts.map((text, i) => this.parse(names[i], text));
    }
    async get(id) {
        const { noun, field } = this.options;
        if (!/^[1-9][0-9]*$/.test(id))
            throw new errors_DhowError('invalid-input', `"${id}" is not a ${noun} id (a positive number)`, { field });
        const head = await this.git.resolve(this.options.ref);
        const [text] = head ? await this.git.readBlobs([`${head}:${this.fileOf(id)}`]) : [null];
        if (!text)
            throw new errors_DhowError('not-found', `no ${noun} ${id}`);
        return this.parse(`${id}.json`, text);
    }
    /** The next free id among `all` (ids are 1, 2, 3, ... and never reused). */
    static nextId(all) {
        return String(all.reduce((max, r) => Math.max(max, Number(r.id)), 0) + 1);
    }
    /**
     * Applies `change` to the current records and commits the record it returns (nothing is written when it
     * returns a record unchanged). On a lost race the change is recomputed from the new state, never applied
     * to a stale one.
     */
    async update(what, change) {
        const { ref, schema } = this.options;
        for (let attempt = 1; attempt <= 50; attempt++) {
            const head = await this.git.resolve(ref);
            const all = await this.all(head);
            const stored = schema.parse(change(all));
            const existing = all.find((r) => r.id === stored.id);
            if (existing && JSON.stringify(existing) === JSON.stringify(stored))
                return existing;
            const tree = await local_tree_buildTree(this.git, head, [{ path: this.fileOf(stored.id), content: `${JSON.stringify(stored, null, 2)}\n` }]);
            const sha = await local_tree_commitTree(this.git, tree, head ? [head] : [], `${what}\n`, await this.who());
            if (await local_tree_casRef(this.git, ref, sha, head, `dhow: ${what}`))
                return stored;
            await new Promise((r) => setTimeout(r, Math.random() * 20 * Math.min(attempt, 5)));
        }
        throw new errors_DhowError('conflict', `${what}: the ${this.options.noun} metadata kept changing; try again`);
    }
    parse(name, text) {
        const file = `${this.options.ref}:${this.options.folder}/${name}`;
        if (text === null)
            throw new errors_DhowError('not-found', `${file} is missing`);
        let json;
        try {
            json = JSON.parse(text);
        }
        catch (error) {
            throw new errors_DhowError('invalid-input', `not JSON: ${jsonl_jsonSyntaxMessage(error)}`, { file });
        }
        const result = this.options.schema.safeParse(json);
        if (!result.success)
            throw errors_schemaError(result.error.issues, { file });
        return result.data;
    }
}

;// CONCATENATED MODULE: ./src/forge/local-requests.ts
/**
 * Promotion requests of the local forge, stored in the registry repository itself: one JSON file per
 * request (with its reviews and comments) in the tree of the metadata ref `refs/dhow/requests`, written
 * with compare-and-swap (src/forge/local-records.ts), so concurrent reviewers and promoters never lose
 * each other's updates.
 */


const local_requests_REQUESTS_REF = 'refs/dhow/requests';
const StoredReview = schemas/* object */.Ikc({
    reviewer: schemas/* string */.YjP(),
    state: schemas/* enum */.k5n(['approved', 'changes_requested', 'commented', 'dismissed']),
    commitSha: schemas/* string */.YjP(),
    submittedAt: schemas/* string */.YjP(),
    body: schemas/* string */.YjP().optional(),
});
const StoredRequest = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().regex(/^[1-9][0-9]*$/),
    branch: schemas/* string */.YjP(),
    base: schemas/* string */.YjP(),
    title: schemas/* string */.YjP(),
    body: schemas/* string */.YjP(),
    state: schemas/* enum */.k5n(['open', 'merged', 'closed']),
    author: schemas/* string */.YjP(),
    labels: schemas/* array */.YOg(schemas/* string */.YjP()),
    reviewers: schemas/* object */.Ikc({ users: schemas/* array */.YOg(schemas/* string */.YjP()), teams: schemas/* array */.YOg(schemas/* string */.YjP()) }),
    createdAt: schemas/* string */.YjP(),
    updatedAt: schemas/* string */.YjP(),
    reviews: schemas/* array */.YOg(StoredReview),
    comments: schemas/* array */.YOg(schemas/* object */.Ikc({ marker: schemas/* string */.YjP(), body: schemas/* string */.YjP(), updatedAt: schemas/* string */.YjP() })),
    headSha: schemas/* string */.YjP().optional(),
    mergeSha: schemas/* string */.YjP().optional(),
    mergedBy: schemas/* string */.YjP().optional(),
    mergedAt: schemas/* string */.YjP().optional(),
});
/** The local forge's promotion requests, one JSON file each under `requests/` on REQUESTS_REF. */
class RequestStore extends RecordStore {
    constructor(git, who) {
        super(git, who, { ref: local_requests_REQUESTS_REF, folder: 'requests', schema: StoredRequest, noun: 'promotion request', field: 'request' });
    }
}

;// CONCATENATED MODULE: ./src/forge/local-issues.ts
/**
 * Issues of the local forge: what dhow has to tell people when there is no request to comment on (a
 * revert that is impossible). One JSON file per issue under `issues/` on the metadata ref
 * `refs/dhow/issues`, written with compare-and-swap, so two runs raising the same issue at once still
 * make one. `git show refs/dhow/issues:issues/<id>.json` reads one; `dhow`'s LocalForge lists them.
 */


const local_issues_ISSUES_REF = 'refs/dhow/issues';
const StoredIssue = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().regex(/^[1-9][0-9]*$/),
    /** The purpose the issue is found by (one issue per marker). */
    marker: schemas/* string */.YjP().min(1),
    title: schemas/* string */.YjP(),
    body: schemas/* string */.YjP(),
    state: schemas/* enum */.k5n(['open', 'closed']),
    labels: schemas/* array */.YOg(schemas/* string */.YjP()),
    createdAt: schemas/* string */.YjP(),
    updatedAt: schemas/* string */.YjP(),
    closedAt: schemas/* string */.YjP().optional(),
    closedBy: schemas/* string */.YjP().optional(),
});
class IssueStore extends RecordStore {
    constructor(git, who) {
        super(git, who, { ref: local_issues_ISSUES_REF, folder: 'issues', schema: StoredIssue, noun: 'issue', field: 'issue' });
    }
}

;// CONCATENATED MODULE: ./src/forge/local.ts
/**
 * The local forge: a git repository on disk, driven through the git CLI. It is the embedded default: no
 * account, no network. Files are read at refs with plumbing; commits are built in a temporary index and
 * land with compare-and-swap on the branch (`git update-ref <ref> <new> <old>`). Promotion requests, their
 * reviews, comments and merges live in the repository itself, as JSON files committed (also with CAS) on
 * the metadata ref `refs/dhow/requests`, so a registry directory is self-contained and can be pushed anywhere
 * (`git push <remote> 'refs/*:refs/*'`). Issues dhow raises (an impossible revert) live the same way on
 * `refs/dhow/issues`.
 */















class LocalForge {
    git;
    dir;
    logger;
    now;
    kind = 'local';
    description;
    dispatchHandler = null;
    requests;
    issues;
    identity;
    constructor(git, dir, identity, logger, now) {
        this.git = git;
        this.dir = dir;
        this.logger = logger;
        this.now = now;
        this.description = dir;
        this.identity = identity ? { name: identity.name, email: identity.email ?? emailFor(identity.name) } : null;
        this.requests = new RequestStore(git, () => this.committer());
        this.issues = new IssueStore(git, () => this.committer());
    }
    /** The identity and date the next commit gets. */
    async committer() {
        this.identity ??= await defaultIdentity(this.git, process.env);
        return { ...this.identity, date: this.now() };
    }
    /** Runs `fn` for every `dispatch` on this forge (the local stand-in for repository_dispatch). */
    setDispatchHandler(fn) {
        this.dispatchHandler = fn;
    }
    async defaultBranch() {
        const r = await this.git.run(['symbolic-ref', '--short', 'HEAD'], { okCodes: [1, 128] });
        return r.code === 0 ? r.stdout.toString().trim() : 'main';
    }
    async branchHead(branch) {
        return this.git.resolve(`refs/heads/${await this.checkBranch(branch)}`);
    }
    async readFile(path, ref) {
        const [text] = await this.readFiles([path], ref);
        return text ?? null;
    }
    async readFiles(paths, ref) {
        const rev = await this.rev(ref);
        return Promise.all(paths.map((p) => this.readBatched(`${rev}:${assertSafePath(p)}`)));
    }
    pendingReads = [];
    /**
     * Reads issued in the same turn of the event loop (a Promise.all over files or over commits) share one
     * `git cat-file --batch`, so reading a release's whole history costs one process, not one per commit.
     */
    readBatched(spec) {
        return new Promise((resolve, reject) => {
            this.pendingReads.push({ spec, resolve, reject });
            if (this.pendingReads.length === 1) {
                setImmediate(() => {
                    const batch = this.pendingReads.splice(0);
                    this.git.readBlobs(batch.map((b) => b.spec)).then((texts) => batch.forEach((b, i) => b.resolve(texts[i] ?? null)), (error) => batch.forEach((b) => b.reject(error)));
                });
            }
        });
    }
    /** Every file path under `dir` (recursively; '' for the whole tree) at a ref, in one git call. */
    async listTree(dir, ref) {
        const rev = await this.rev(ref);
        const args = ['ls-tree', '-r', '-z', '--name-only', rev];
        if (dir !== '' && dir !== '.')
            args.push('--', assertSafePath(dir.replace(/\/$/, '')));
        return (await this.git.text(args)).split('\0').filter(Boolean);
    }
    async listDirectory(path, ref) {
        const rev = await this.rev(ref);
        const spec = path === '' || path === '.' ? `${rev}^{tree}` : `${rev}:${assertSafePath(path.replace(/\/$/, ''))}`;
        const r = await this.git.run(['ls-tree', '-z', '--name-only', spec], { okCodes: [128] });
        if (r.code !== 0)
            return [];
        return r.stdout.toString('utf8').split('\0').filter(Boolean);
    }
    async history(path, ref, options = {}) {
        const rev = await this.rev(ref);
        const args = ['log', '--first-parent', '--format=%H%x00%an%x00%aI%x00%B%x1e'];
        if (options.limit)
            args.push(`-n${options.limit}`);
        args.push(rev, '--', assertSafePath(path));
        return parseLog(await this.git.text(args));
    }
    async commitFiles(request) {
        const branch = await this.checkBranch(request.branch);
        const ref = `refs/heads/${branch}`;
        const current = await this.git.resolve(ref);
        if (current !== request.expectedHead) {
            throw new errors_DhowError('conflict', `branch ${branch} moved (expected ${local_short(request.expectedHead)}, found ${local_short(current)})`);
        }
        let parent;
        if (request.parent)
            parent = await this.mustResolve(request.parent);
        else if (current)
            parent = current;
        else if (request.from)
            parent = await this.mustResolve(request.from);
        else
            throw new errors_DhowError('usage', `commitFiles: branch ${branch} does not exist and no "from" commit was given`);
        const tree = await local_tree_buildTree(this.git, parent, request.changes);
        if (current) {
            const sameAsHead = current === parent ? tree === (await treeOf(this.git, current)) : await this.isOneCommitOn(current, parent, tree);
            if (sameAsHead)
                return { sha: current, changed: false };
        }
        const sha = await local_tree_commitTree(this.git, tree, parent ? [parent] : [], withTrailers(request.message, request.trailers), await this.committer());
        if (!(await local_tree_casRef(this.git, ref, sha, current, `dhow: ${request.message.split('\n')[0]}`))) {
            throw new errors_DhowError('conflict', `branch ${branch} moved while committing; re-read and try again`);
        }
        this.logger.debug(`committed ${local_short(sha)} on ${branch}`);
        return { sha, changed: true };
    }
    async deleteBranch(branch) {
        const ref = `refs/heads/${await this.checkBranch(branch)}`;
        const head = await this.git.resolve(ref);
        if (head && !(await local_tree_casRef(this.git, ref, null, head, 'dhow: delete branch'))) {
            throw new errors_DhowError('conflict', `branch ${branch} moved while deleting it`);
        }
    }
    async findRequest(branch, options = {}) {
        const wanted = options.state ?? 'open';
        const all = (await this.completeInterruptedMerges((await this.requests.all()).filter((r) => r.branch === branch))).filter((r) => wanted === 'all' || r.state === wanted);
        const latest = all.sort((a, b) => Number(b.id) - Number(a.id))[0];
        return latest ? this.toChangeRequest(latest) : null;
    }
    async getRequest(id) {
        const [request] = await this.completeInterruptedMerges([await this.requests.get(id)]);
        return this.toChangeRequest(request);
    }
    /** Every request, newest first (for `dhow status` and tests). */
    async listRequests(state = 'all') {
        const all = (await this.completeInterruptedMerges(await this.requests.all())).filter((r) => state === 'all' || r.state === state);
        return Promise.all(all.sort((a, b) => Number(b.id) - Number(a.id)).map((r) => this.toChangeRequest(r)));
    }
    async openOrUpdateRequest(input) {
        await this.checkBranch(input.branch);
        if (!(await this.branchHead(input.branch)))
            throw new errors_DhowError('not-found', `branch ${input.branch} does not exist`);
        let operation = 'none';
        const stored = await this.requests.update(`request for ${input.branch}`, (all) => {
            const open = all.find((r) => r.branch === input.branch && r.state === 'open');
            const labels = [...(input.labels ?? [])].sort();
            if (!open) {
                operation = 'created';
                const id = String(all.reduce((max, r) => Math.max(max, Number(r.id)), 0) + 1);
                const at = this.now();
                return {
                    id,
                    branch: input.branch,
                    base: input.base,
                    title: input.title,
                    body: input.body,
                    state: 'open',
                    author: input.author,
                    labels,
                    reviewers: input.reviewers ?? { users: [], teams: [] },
                    createdAt: at,
                    updatedAt: at,
                    reviews: [],
                    comments: [],
                };
            }
            const same = open.title === input.title && open.body === input.body && JSON.stringify(open.labels) === JSON.stringify(labels) && open.base === input.base;
            operation = same ? 'none' : 'updated';
            if (same)
                return open;
            return { ...open, title: input.title, body: input.body, labels, base: input.base, updatedAt: this.now() };
        });
        return { request: await this.toChangeRequest(stored), operation };
    }
    /** Records a review by `reviewer` on the request's current head (the local stand-in for a PR review). */
    async submitReview(id, input) {
        const request = await this.requests.get(id);
        if (request.state !== 'open')
            throw new errors_DhowError('refused', `request ${id} is ${request.state}: only open requests can be reviewed`);
        const head = await this.branchHead(request.branch);
        if (!head)
            throw new errors_DhowError('not-found', `the branch of request ${id} (${request.branch}) is gone`);
        const review = {
            reviewer: input.reviewer,
            state: input.state,
            commitSha: head,
            submittedAt: this.now(),
            ...(input.body ? { body: input.body } : {}),
        };
        await this.requests.update(`review of request ${id}`, (all) => {
            const current = all.find((r) => r.id === id);
            if (current.state !== 'open')
                throw new errors_DhowError('refused', `request ${id} is ${current.state}: only open requests can be reviewed`);
            return { ...current, reviews: [...current.reviews, review], updatedAt: review.submittedAt };
        });
        return review;
    }
    async listReviews(id) {
        // A local reviewer named like a GitHub app (`name[bot]`) is a bot.
        return (await this.requests.get(id)).reviews.map((r) => (r.reviewer.endsWith('[bot]') ? { ...r, bot: true } : r));
    }
    /** `git diff --name-only base...head`: what the request's branch changed since it left its base. */
    async changedFiles(id) {
        const request = await this.requests.get(id);
        const head = request.state === 'open' ? await this.branchHead(request.branch) : (request.headSha ?? null);
        if (!head)
            throw new errors_DhowError('not-found', `the branch of request ${id} (${request.branch}) is gone`);
        const base = await this.mustResolve(request.base);
        const out = await this.git.text(['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`]);
        return out.split('\0').filter(Boolean).sort();
    }
    /**
     * A reviewer's role on a local registry: dhow.yaml `access.users`, else `access.default` (write when
     * dhow.yaml says nothing: everyone who can write to the directory can review).
     */
    async permissionOf(login) {
        const access = await this.access();
        const listed = Object.entries(access?.users ?? {}).find(([name]) => name.toLowerCase() === login.toLowerCase());
        return listed?.[1] ?? access?.default ?? 'write';
    }
    /** Team members on a local registry are listed in dhow.yaml `access.teams`; an unlisted team has none. */
    async isTeamMember(team, login) {
        const members = (await this.access())?.teams[team] ?? [];
        return members.some((m) => m.toLowerCase() === login.toLowerCase());
    }
    async access() {
        const base = await this.defaultBranch();
        const text = await this.readFile(paths_CONFIG_PATH, base);
        return text === null ? undefined : parseRegistryFile('Registry', paths_CONFIG_PATH, text).access;
    }
    async upsertComment(id, marker, body) {
        await this.requests.update(`comment on request ${id}`, (all) => {
            const current = all.find((r) => r.id === id);
            if (!current)
                throw new errors_DhowError('not-found', `no request ${id}`);
            const existing = current.comments.find((c) => c.marker === marker);
            if (existing?.body === body)
                return current;
            const comments = existing
                ? current.comments.map((c) => (c.marker === marker ? { ...c, body, updatedAt: this.now() } : c))
                : [...current.comments, { marker, body, updatedAt: this.now() }];
            return { ...current, comments };
        });
    }
    async mergeRequest(id, input) {
        const request = await this.requests.get(id);
        if (request.state !== 'open')
            throw new errors_DhowError('refused', `request ${id} is ${request.state}`);
        const head = await this.branchHead(request.branch);
        if (head !== input.expectedHeadSha) {
            throw new errors_DhowError('conflict', `request ${id} changed (head ${local_short(head)}, expected ${local_short(input.expectedHeadSha)}): review it again`);
        }
        const baseRef = `refs/heads/${await this.checkBranch(request.base)}`;
        let sha = '';
        for (let attempt = 1;; attempt++) {
            const base = await this.git.resolve(baseRef);
            if (!base)
                throw new errors_DhowError('not-found', `base branch ${request.base} does not exist`);
            const merged = await this.git.run(['merge-base', '--is-ancestor', head, base], { okCodes: [1] });
            if (merged.code === 0)
                throw new errors_DhowError('refused', `request ${id} is already merged into ${request.base}`);
            const result = await this.git.run(['merge-tree', '--write-tree', '--name-only', '--no-messages', base, head], { okCodes: [1] });
            if (result.code === 1) {
                const files = result.stdout.toString().split('\n').slice(1).filter(Boolean);
                throw new errors_DhowError('refused', `request ${id} conflicts with ${request.base}${files.length ? ` in ${files.join(', ')}` : ''}: run the promotion again to refresh it`);
            }
            const tree = result.stdout.toString().split('\n')[0].trim();
            sha = await local_tree_commitTree(this.git, tree, [base, head], withTrailers(input.message, input.trailers), { ...(await this.committer()), name: input.mergedBy });
            if (await local_tree_casRef(this.git, baseRef, sha, base, `dhow: merge request ${id}`))
                break;
            if (attempt >= 10)
                throw new errors_DhowError('conflict', `${request.base} kept moving while merging request ${id}`);
            this.logger.debug(`${request.base} moved while merging request ${id}; merging again (attempt ${attempt + 1})`);
        }
        await this.requests.update(`merge request ${id}`, (all) => {
            const current = all.find((r) => r.id === id);
            const at = this.now();
            return { ...current, state: 'merged', headSha: head, mergeSha: sha, mergedBy: input.mergedBy, mergedAt: at, updatedAt: at };
        });
        // Like a pull request's "delete branch on merge": the next promotion starts a fresh request.
        await local_tree_casRef(this.git, `refs/heads/${request.branch}`, null, head, `dhow: merged request ${id}`);
        return { sha };
    }
    /**
     * A merge moves three refs one after the other (the base, the request record, the branch deletion), so a
     * process killed between them leaves a request that is open although its head is in the base, or merged
     * with its branch still there. Whoever reads such a request next finishes the merge, as GitHub marks a
     * pull request merged once its head is reachable from its base: the record says merged (with the merge
     * commit that brought the head in), and the branch, if it still points at the merged head, is deleted.
     */
    async completeInterruptedMerges(requests) {
        return Promise.all(requests.map((r) => this.completeInterruptedMerge(r)));
    }
    async completeInterruptedMerge(r) {
        if (r.state === 'merged') {
            // Only the merged head is deleted: a branch a later promotion re-created has another head.
            if (r.headSha && (await this.branchHead(r.branch)) === r.headSha) {
                await local_tree_casRef(this.git, `refs/heads/${r.branch}`, null, r.headSha, `dhow: merged request ${r.id}`);
            }
            return r;
        }
        if (r.state !== 'open')
            return r;
        const [head, base] = await Promise.all([this.branchHead(r.branch), this.git.resolve(`refs/heads/${r.base}`)]);
        if (!head || !base || head === base)
            return r;
        const inBase = await this.git.run(['merge-base', '--is-ancestor', head, base], { okCodes: [1] });
        if (inBase.code !== 0)
            return r;
        const mergeSha = await this.mergeCommitOf(head, base);
        // The merge commit's author is who merged (mergeRequest writes it so).
        const mergedBy = (await this.git.text(['log', '-1', '--format=%an', mergeSha])).trim();
        this.logger.info(`request ${r.id} was merged into ${r.base} (${local_short(mergeSha)}) by a run that stopped before recording it: recording it now`);
        const stored = await this.requests.update(`merge request ${r.id} (completed)`, (all) => {
            const current = all.find((x) => x.id === r.id);
            if (current.state !== 'open')
                return current;
            return { ...current, state: 'merged', headSha: head, mergeSha, ...(mergedBy ? { mergedBy } : {}), mergedAt: this.now(), updatedAt: this.now() };
        });
        return this.completeInterruptedMerge(stored);
    }
    /** The first-parent commit of `base` that brought `head` in (the merge commit); `base` when none is found. */
    async mergeCommitOf(head, base) {
        const lines = (await this.git.text(['rev-list', '--first-parent', '--parents', `${head}..${base}`])).split('\n');
        for (const line of lines) {
            const [sha, ...parents] = line.trim().split(' ');
            if (sha && parents.slice(1).includes(head))
                return sha;
        }
        return base;
    }
    async closeRequest(id) {
        await this.requests.update(`close request ${id}`, (all) => {
            const current = all.find((r) => r.id === id);
            if (!current)
                throw new errors_DhowError('not-found', `no request ${id}`);
            if (current.state !== 'open')
                return current;
            return { ...current, state: 'closed', updatedAt: this.now() };
        });
    }
    async raiseIssue(input) {
        let operation = 'none';
        const stored = await this.issues.update(`raise issue: ${input.title.split('\n')[0]}`, (all) => {
            operation = 'none';
            const mine = all.filter((i) => i.marker === input.marker).sort((a, b) => Number(b.id) - Number(a.id));
            const open = mine.find((i) => i.state === 'open');
            if (open) {
                if (open.title === input.title && open.body === input.body && open.labels.includes(input.label))
                    return open;
                operation = 'updated';
                const labels = [...new Set([...open.labels, input.label])].sort();
                return { ...open, title: input.title, body: input.body, labels, updatedAt: this.now() };
            }
            // One a person closed is their decision: left closed, not reopened, not duplicated.
            if (mine[0])
                return mine[0];
            operation = 'created';
            const at = this.now();
            return {
                id: RecordStore.nextId(all),
                marker: input.marker,
                title: input.title,
                body: input.body,
                state: 'open',
                labels: [input.label],
                createdAt: at,
                updatedAt: at,
            };
        });
        return { issue: this.toIssue(stored), operation };
    }
    /** Every issue dhow raised, newest first. */
    async listIssues(state = 'all') {
        const all = (await this.issues.all()).filter((i) => state === 'all' || i.state === state);
        return all.sort((a, b) => Number(b.id) - Number(a.id)).map((i) => this.toIssue(i));
    }
    /** Closes an issue (a person saying "we know"); dhow then leaves it closed. */
    async closeIssue(id, by) {
        await this.issues.get(id);
        await this.issues.update(`close issue ${id}`, (all) => {
            const current = all.find((i) => i.id === id);
            if (current.state === 'closed')
                return current;
            const at = this.now();
            return { ...current, state: 'closed', closedAt: at, closedBy: by, updatedAt: at };
        });
    }
    toIssue(i) {
        return { id: i.id, url: `dhow://${this.dir}/issues/${i.id}`, title: i.title, body: i.body, state: i.state, labels: i.labels };
    }
    async dispatch(eventType, payload) {
        if (!this.dispatchHandler) {
            this.logger.info(`dispatch ${eventType}: no handler is registered on the local forge; nothing ran`);
            return;
        }
        await this.dispatchHandler(eventType, payload);
    }
    async toChangeRequest(r) {
        const head = r.state === 'open' ? await this.branchHead(r.branch) : null;
        return {
            id: r.id,
            url: `dhow://${this.dir}/requests/${r.id}`,
            branch: r.branch,
            base: r.base,
            title: r.title,
            body: r.body,
            state: r.state,
            author: r.author,
            headSha: head ?? r.headSha ?? '',
            labels: r.labels,
            ...(r.mergeSha ? { mergeSha: r.mergeSha } : {}),
            // Local requests are branches of this very repository: there are no forks.
            headRepository: this.description,
        };
    }
    async rev(ref) {
        if (/^[0-9a-f]{40}$/.test(ref))
            return ref;
        return this.mustResolve(ref);
    }
    async mustResolve(ref) {
        if (ref.startsWith('-'))
            throw new errors_DhowError('invalid-input', `bad ref ${JSON.stringify(ref)}`);
        const sha = (await this.git.resolve(ref.startsWith('refs/') ? ref : `refs/heads/${ref}`)) ?? (await this.git.resolve(ref));
        if (!sha)
            throw new errors_DhowError('not-found', `${ref} does not exist in ${this.dir}`);
        return sha;
    }
    /** A conservative subset of git's ref name rules, checked without spawning git. */
    async checkBranch(branch) {
        const ok = branch.length > 0 &&
            branch.length <= 255 &&
            branch.split('/').every((s) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(s) && !s.endsWith('.lock') && !s.endsWith('.')) &&
            !branch.includes('..');
        if (!ok)
            throw new errors_DhowError('invalid-input', `"${branch}" is not a valid branch name`);
        return branch;
    }
    async isOneCommitOn(commit, parent, tree) {
        const parents = await parentsOf(this.git, commit);
        return parents.length === 1 && parents[0] === parent && (await treeOf(this.git, commit)) === tree;
    }
}
function local_short(sha) {
    return sha ? sha.slice(0, 8) : 'nothing';
}
function parseLog(text) {
    return text
        .split('\x1e')
        .map((entry) => entry.replace(/^\n/, ''))
        .filter((entry) => entry.trim() !== '')
        .map((entry) => {
        const [sha, author, date, message] = entry.split('\0');
        const [subject = '', ...rest] = message.split('\n');
        return { sha, author, date, subject, body: rest.join('\n').trim(), trailers: parseTrailers(message) };
    });
}
async function findGitDir(dir) {
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory())
        return null;
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(dir, '.git'))) {
        const r = await new local_git_Git('').run(['-C', dir, 'rev-parse', '--absolute-git-dir'], { okCodes: [128], env: { GIT_DIR: undefined } });
        if (r.code === 0)
            return r.stdout.toString().trim();
    }
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(dir, 'HEAD')) && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(dir, 'objects')))
        return (0,external_node_path_.resolve)(dir);
    return null;
}
const emailFor = (name) => `${name.replace(/[^A-Za-z0-9._-]/g, '-')}@dhow.local`;
async function defaultIdentity(git, env) {
    const get = async (key) => (await git.run(['config', '--get', key], { okCodes: [1] })).stdout.toString().trim();
    const name = env.GIT_AUTHOR_NAME || (await get('user.name')) || env.USER || 'dhow';
    const email = env.GIT_AUTHOR_EMAIL || (await get('user.email')) || emailFor(name);
    return { name, email };
}
/** Opens the registry repository in `dir` (a bare registry as `dhow init` makes it, or any git repository). */
async function openLocalForge(dir, options = {}) {
    const absolute = (0,external_node_path_.isAbsolute)(dir) ? dir : (0,external_node_path_.resolve)(dir);
    const gitDir = await findGitDir(absolute);
    if (!gitDir)
        throw new errors_DhowError('not-found', `${absolute} is not a dhow registry (no git repository there): run "dhow init ${dir}" first`);
    return new LocalForge(new local_git_Git(gitDir), absolute, options.identity ?? null, options.logger ?? logger_silentLogger, options.now ?? (() => new Date().toISOString()));
}
/**
 * Creates a registry in `dir`: a bare git repository (no working tree to fall out of date) whose `main`
 * holds the registry's first files (src/registry/bootstrap.ts says which). Refuses a directory that is not empty.
 */
async function initRegistry(dir, config = defaultRegistryConfig(), options = {}) {
    const absolute = isAbsolute(dir) ? dir : resolve(dir);
    await mkdir(absolute, { recursive: true });
    const entries = await readdir(absolute);
    if (entries.length > 0)
        throw new DhowError('refused', `${absolute} is not empty: dhow init needs an empty or new directory`);
    await new Git(absolute).run(['init', '--quiet', '--bare', '--initial-branch=main', absolute], { env: { GIT_DIR: undefined } });
    const forge = await openLocalForge(absolute, options);
    const tree = await buildTree(forge.git, null, initialRegistryFiles(config, localRegistryReadme(REQUESTS_REF, ISSUES_REF)));
    const sha = await commitTree(forge.git, tree, [], 'Create the dhow registry\n', await forge.committer());
    if (!(await casRef(forge.git, 'refs/heads/main', sha, null, 'dhow init'))) {
        throw new DhowError('conflict', `${absolute} was initialised by someone else at the same time`);
    }
    return forge;
}

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
function gate_evidence_decideGateEvidence(existing, target, attempt) {
    const what = `${target.model} ${target.version} in ${target.environment}`;
    if (!existing) {
        return {
            kind: 'record',
            file: { apiVersion: API_VERSION, kind: 'GateEvidence', ...target, attempts: [attempt] },
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

;// CONCATENATED MODULE: ./src/metrics/lines.ts
/**
 * Line-oriented input for the metrics: a file (or stdin) read in large chunks and cut at LF bytes,
 * so memory holds one chunk and one partial line whatever the file's size. Lines come back as bytes;
 * callers decode them strictly (`decodeUtf8Line`) so invalid UTF-8 is reported with its line number.
 *
 * Limits, enforced while reading (before the bytes are held): a line may hold at most `MAX_LINE_BYTES`
 * (16 MiB; one 200 MB JSON line used to abort V8 in JSON.parse) and an input at most `MAX_INPUT_BYTES`
 * (4 GiB; an endless stream such as a device stops there). Going past either is a DhowError naming the
 * file and the line.
 */


const lines_LF = 0x0a;
const lines_CR = 0x0d;
/** The most bytes one line may hold before its LF (a CR before the LF counts): 16 MiB. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** The most bytes one input may hold: 4 GiB. */
const MAX_INPUT_BYTES = 4 * 1024 * 1024 * 1024;
function sizeLabel(bytes) {
    if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0)
        return `${bytes / 1024 ** 3} GiB`;
    if (bytes >= 1024 ** 2 && bytes % 1024 ** 2 === 0)
        return `${bytes / 1024 ** 2} MiB`;
    return `${bytes} bytes`;
}
/** Yields every line of a byte stream; a final line without LF counts, an empty tail after the last LF does not. */
async function* lines_splitLines(chunks, limits = {}) {
    const file = limits.file ?? '<input>';
    const maxLine = limits.maxLineBytes ?? MAX_LINE_BYTES;
    const maxInput = limits.maxInputBytes ?? MAX_INPUT_BYTES;
    const tooLong = (line) => new errors_DhowError('invalid-input', `the line is longer than ${sizeLabel(maxLine)}, the limit for one line`, { file, line });
    // The partial line is kept as a list of copies and joined once, so a long line costs no repeated copying.
    let pending = [];
    let pendingBytes = 0;
    let number = 0;
    let total = 0;
    for await (const raw of chunks) {
        const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
        total += chunk.length;
        if (total > maxInput) {
            throw new errors_DhowError('invalid-input', `the input is larger than ${sizeLabel(maxInput)}, the limit for one input`, { file, line: number + 1 });
        }
        let start = 0;
        let lf = chunk.indexOf(lines_LF, start);
        while (lf !== -1) {
            let line = chunk.subarray(start, lf);
            if (pendingBytes + line.length > maxLine)
                throw tooLong(number + 1);
            if (pending.length > 0) {
                line = Buffer.concat([...pending, line]);
                pending = [];
                pendingBytes = 0;
            }
            number += 1;
            yield { number, bytes: trimLine(line, number) };
            start = lf + 1;
            lf = chunk.indexOf(lines_LF, start);
        }
        if (start < chunk.length) {
            const rest = chunk.subarray(start);
            if (pendingBytes + rest.length > maxLine)
                throw tooLong(number + 1);
            // Copy: the stream may reuse its chunk buffer.
            pending.push(Buffer.from(rest));
            pendingBytes += rest.length;
        }
    }
    if (pendingBytes > 0) {
        if (pendingBytes > maxLine)
            throw tooLong(number + 1);
        number += 1;
        yield { number, bytes: trimLine(pending.length === 1 ? pending[0] : Buffer.concat(pending), number) };
    }
}
function trimLine(line, number) {
    let out = line;
    if (out.length > 0 && out[out.length - 1] === lines_CR)
        out = out.subarray(0, out.length - 1);
    if (number === 1 && out.length >= 3 && out[0] === 0xef && out[1] === 0xbb && out[2] === 0xbf)
        out = out.subarray(3);
    return out;
}
/** The lines of a file, streamed; a missing or unreadable file is a DhowError naming it (as `file`, default the path). */
async function* readFileLines(path, file = path, limits = {}) {
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
    try {
        yield* lines_splitLines(stream, { ...limits, file });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors_DhowError('not-found', 'no such file', { file, cause: error });
        if (code === 'EISDIR')
            throw new errors_DhowError('invalid-input', 'is a directory, not a file', { file, cause: error });
        if (code !== undefined && !(error instanceof errors_DhowError))
            throw new errors_DhowError('invalid-input', `cannot read: ${code}`, { file, cause: error });
        throw error;
    }
    finally {
        stream.destroy();
    }
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes one line as UTF-8, or returns undefined when its bytes are not valid UTF-8. */
function tryDecodeUtf8(bytes) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** Decodes one line as UTF-8, refusing invalid bytes with a DhowError that names the file and line. */
function decodeUtf8Line(line, file) {
    const text = tryDecodeUtf8(line.bytes);
    if (text === undefined) {
        const offset = firstInvalidUtf8Offset(line.bytes);
        throw new errors_DhowError('invalid-input', `invalid UTF-8 at byte ${offset + 1} of the line`, { file, line: line.number });
    }
    return text;
}
/** The 0-based offset of the first byte that breaks UTF-8 (the line's length when none does). */
function firstInvalidUtf8Offset(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let need;
        let min;
        if (b < 0x80) {
            i += 1;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else {
            return i;
        }
        if (i + need >= bytes.length)
            return i;
        let cp = b & (0xff >> (need + 2));
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return bytes.length;
}

;// CONCATENATED MODULE: ./src/metrics/arabic/checks.ts
/**
 * Data checks for Arabic evaluation sets and serving logs, one streaming pass over a text file (one segment
 * per line) or a JSONL file (every string value of every line is checked). Each check counts the lines it
 * fires on and keeps the first few line numbers as examples:
 *
 *   invalid_utf8   the line's bytes are not UTF-8 (the rest of the checks skip it)
 *   invalid_json   (JSONL only) the line is not a JSON value
 *   mojibake       UTF-8 that was decoded as Latin-1/Windows-1252 or Windows-1256 and saved again: either the
 *                  tell-tale pairs of UTF-8 Arabic read as Latin-1 ("Ø§", "Ù„": lead byte D8-DB shown as
 *                  Ø Ù Ú Û, then a continuation byte), or text that re-encodes to valid multi-byte UTF-8
 *                  in Windows-1252 or Windows-1256 (e.g. "ط§ظ„" is "ال" read as Windows-1256)
 *   bidi_controls  stray directional formatting characters: U+061C (ARABIC LETTER MARK, which SentencePiece
 *                  keeps and which changes mT5/XLM-R tokens), U+200E U+200F, U+202A-U+202E, U+2066-U+2069
 *   empty_lines    lines with nothing but whitespace (JSONL: strings that are empty or whitespace)
 *   mixed_digits   lines mixing digit systems: Western 0-9, Arabic-Indic U+0660-U+0669, Eastern U+06F0-U+06F9
 *   zero_width_joiner      U+200D
 *   zero_width_non_joiner  U+200C (a warning: Persian spells with it, Arabic does not)
 *   bom_in_text    U+FEFF anywhere but the first bytes of the file (files glued together, or a BOM in a value)
 *   soft_hyphen    U+00AD (invisible, yet a separate character to WER, CER and every tokenizer)
 *   tatweel        U+0640 in model outputs: JSONL lines with a "hypothesis" key are checked there only,
 *                  other lines everywhere (kashida stretches words in print; a model should not emit it)
 *   presentation_forms     (warning) Arabic presentation forms, U+FB50-U+FDFF and U+FE70-U+FEFC, the letters
 *                  of PDF extraction; `presentation_form_share` measures them against all Arabic letters
 *   nfkc_urdu_forms        (warning) presentation forms U+FBD3-U+FBFF, which NFKC folds to Urdu and Uyghur
 *                  letters (U+FBFC-U+FBFF to U+06CC FARSI YEH, U+FBD3 to U+06AD NG ...), not to Arabic ones
 *   persian_letters        Persian and Urdu look-alikes in Arabic text: U+06A9 KEHEH (for kaf), U+06CC FARSI
 *                  YEH (for yeh or alef maksura), U+066E DOTLESS BEH (the `persian` normalization folds them)
 *   arabic_number_signs    (warning) U+066A ARABIC PERCENT SIGN, U+066B DECIMAL SEPARATOR, U+066C THOUSANDS
 *                  SEPARATOR: correct Arabic typography that number parsers and tokenizers do not know
 *   mixed_number_digits    a number (digits joined by at most one of . , U+066B U+066C) whose digits come from
 *                  two systems ("١2٣"), or Western digits joined by an Arabic sign ("3٫14")
 *
 * and measures the share of Arabic script: Arabic-script letters over all letters (Unicode \p{L}).
 * A warning is counted and shown like any check but does not make the report fail (`ok`).
 */


const ARABIC_CHECKS = [
    'invalid_utf8',
    'invalid_json',
    'mojibake',
    'bidi_controls',
    'empty_lines',
    'mixed_digits',
    'zero_width_joiner',
    'zero_width_non_joiner',
    'bom_in_text',
    'soft_hyphen',
    'tatweel',
    'presentation_forms',
    'nfkc_urdu_forms',
    'persian_letters',
    'arabic_number_signs',
    'mixed_number_digits',
];
/** Checks that are reported but never fail the report: each is legitimate somewhere. */
const ARABIC_WARNINGS = new Set(['zero_width_non_joiner', 'presentation_forms', 'nfkc_urdu_forms', 'arabic_number_signs']);
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const PRESENTATION_FORM = /(?=[\uFB50-\uFDFF\uFE70-\uFEFC])\p{L}/u;
const PRESENTATION_FORM_LETTER = new RegExp(PRESENTATION_FORM.source, 'gu');
const NFKC_URDU_FORM = /[\uFBD3-\uFBFF]/;
const PERSIAN_LETTER = /[\u06A9\u06CC\u066E]/;
const ARABIC_NUMBER_SIGN = /[\u066A-\u066C]/;
// A number: digits of any system, joined by at most one separator between two digits.
const NUMBER = /[0-9\u0660-\u0669\u06F0-\u06F9](?:[.,\u066B\u066C]?[0-9\u0660-\u0669\u06F0-\u06F9])*/g;
const WESTERN_DIGIT = /[0-9]/;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/;
const EASTERN_ARABIC_INDIC_DIGIT = /[\u06F0-\u06F9]/;
const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/gu;
// UTF-8 lead bytes of the Arabic block (D8-DB) read as Latin-1, then a continuation byte (80-BF) read as
// Latin-1 (C1 controls, U+00A0-U+00BF) or as Windows-1252 (its 80-9F punctuation).
const LATIN1_ARABIC_PAIR = /[\u00D8-\u00DB][\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]/;
/** Character -> byte tables of the single-byte encodings mojibake comes from (built from the platform decoder). */
function reverseTable(label, withC1) {
    try {
        const decoder = new TextDecoder(label);
        const table = new Map();
        for (let b = 0; b < 256; b++) {
            const ch = decoder.decode(Uint8Array.of(b));
            if (ch.length === 1 && ch !== '\uFFFD')
                table.set(ch.charCodeAt(0), b);
        }
        if (withC1)
            for (let b = 0x80; b < 0xa0; b++)
                if (!table.has(b))
                    table.set(b, b);
        return table;
    }
    catch {
        return undefined;
    }
}
const SINGLE_BYTE_TABLES = [reverseTable('windows-1252', true), reverseTable('windows-1256', false)].filter((t) => t !== undefined);
/** True when `text` re-encoded in one of the single-byte tables is valid UTF-8 with multi-byte characters. */
function reencodesAsUtf8(text) {
    for (const table of SINGLE_BYTE_TABLES) {
        const bytes = new Uint8Array(text.length);
        let high = false;
        let ok = true;
        for (let i = 0; i < text.length; i++) {
            const b = table.get(text.charCodeAt(i));
            if (b === undefined) {
                ok = false;
                break;
            }
            if (b >= 0x80)
                high = true;
            bytes[i] = b;
        }
        if (ok && high && tryDecodeUtf8(bytes) !== undefined)
            return true;
    }
    return false;
}
function looksLikeMojibake(text) {
    if (LATIN1_ARABIC_PAIR.test(text))
        return true;
    // Pure ASCII never is; anything else is tried against the single-byte encodings.
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) >= 0x80)
            return reencodesAsUtf8(text);
    return false;
}
function hasMixedDigits(text) {
    let systems = 0;
    if (WESTERN_DIGIT.test(text))
        systems++;
    if (ARABIC_INDIC_DIGIT.test(text))
        systems++;
    if (EASTERN_ARABIC_INDIC_DIGIT.test(text))
        systems++;
    return systems > 1;
}
function hasBidiControls(text) {
    return BIDI_CONTROLS.test(text);
}
/** True when one number of `text` mixes digit systems, or joins Western digits with U+066B or U+066C. */
function hasMixedNumber(text) {
    for (const [number] of text.matchAll(NUMBER)) {
        if (hasMixedDigits(number))
            return true;
        if (WESTERN_DIGIT.test(number) && /[\u066B\u066C]/.test(number))
            return true;
    }
    return false;
}
/** The checks that look at one string's characters, in the order of ARABIC_CHECKS. */
const CHARACTER_CHECKS = [
    ['mojibake', looksLikeMojibake],
    ['bidi_controls', hasBidiControls],
    ['mixed_digits', hasMixedDigits],
    ['zero_width_joiner', (s) => s.includes('\u200D')],
    ['zero_width_non_joiner', (s) => s.includes('\u200C')],
    ['bom_in_text', (s) => s.includes('\uFEFF')],
    ['soft_hyphen', (s) => s.includes('\u00AD')],
    ['presentation_forms', (s) => PRESENTATION_FORM.test(s)],
    ['nfkc_urdu_forms', (s) => NFKC_URDU_FORM.test(s)],
    ['persian_letters', (s) => PERSIAN_LETTER.test(s)],
    ['arabic_number_signs', (s) => ARABIC_NUMBER_SIGN.test(s)],
    ['mixed_number_digits', hasMixedNumber],
];
/** Accumulates the checks line by line. */
class ArabicChecker {
    input;
    format;
    findings = Object.fromEntries(ARABIC_CHECKS.map((c) => [c, { count: 0, lines: [], severity: ARABIC_WARNINGS.has(c) ? 'warning' : 'error' }]));
    lineCount = 0;
    letters = 0;
    arabicLetters = 0;
    presentationFormLetters = 0;
    exampleLimit;
    constructor(input, format, exampleLimit = 5) {
        this.input = input;
        this.format = format;
        this.exampleLimit = exampleLimit;
    }
    flag(check, line) {
        const f = this.findings[check];
        f.count += 1;
        if (f.lines.length < this.exampleLimit)
            f.lines.push(line);
    }
    addLine(raw) {
        this.lineCount = raw.number;
        const text = tryDecodeUtf8(raw.bytes);
        if (text === undefined) {
            this.flag('invalid_utf8', raw.number);
            return;
        }
        let strings;
        // The strings a model wrote, where the line says so (the tatweel check looks only at those).
        let outputs;
        if (this.format === 'jsonl') {
            if (text.trim() === '') {
                this.flag('empty_lines', raw.number);
                return;
            }
            let value;
            try {
                value = JSON.parse(text);
            }
            catch {
                this.flag('invalid_json', raw.number);
                return;
            }
            strings = collectStrings(value);
            const hypothesis = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'hypothesis');
            outputs = hypothesis ? collectStrings(value.hypothesis) : strings;
            if (strings.some((s) => s.trim() === ''))
                this.flag('empty_lines', raw.number);
        }
        else {
            strings = [text];
            outputs = strings;
            if (text.trim() === '')
                this.flag('empty_lines', raw.number);
        }
        const fired = new Set();
        for (const s of strings) {
            for (const [check, test] of CHARACTER_CHECKS)
                if (!fired.has(check) && test(s))
                    fired.add(check);
            this.letters += s.match(LETTER)?.length ?? 0;
            this.arabicLetters += s.match(ARABIC_LETTER)?.length ?? 0;
            this.presentationFormLetters += s.match(PRESENTATION_FORM_LETTER)?.length ?? 0;
        }
        if (outputs.some((s) => s.includes('\u0640')))
            fired.add('tatweel');
        for (const check of ARABIC_CHECKS)
            if (fired.has(check))
                this.flag(check, raw.number);
    }
    report() {
        const checks = Object.fromEntries(ARABIC_CHECKS.map((c) => [c, { ...this.findings[c], lines: [...this.findings[c].lines] }]));
        return {
            input: this.input,
            format: this.format,
            lines: this.lineCount,
            arabic_letters: this.arabicLetters,
            letters: this.letters,
            arabic_share: this.letters === 0 ? null : this.arabicLetters / this.letters,
            presentation_form_letters: this.presentationFormLetters,
            presentation_form_share: this.arabicLetters === 0 ? null : this.presentationFormLetters / this.arabicLetters,
            checks,
            ok: ARABIC_CHECKS.every((c) => checks[c].count === 0 || checks[c].severity === 'warning'),
        };
    }
}
function collectStrings(value, out = []) {
    if (typeof value === 'string')
        out.push(value);
    else if (Array.isArray(value))
        for (const v of value)
            collectStrings(v, out);
    else if (value !== null && typeof value === 'object')
        for (const v of Object.values(value))
            collectStrings(v, out);
    return out;
}
/** The format of a file by its extension: .jsonl (or .ndjson) is JSONL, anything else is text. */
function formatOf(file) {
    return /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : 'text';
}
/** Runs every check over a file in one streaming pass. */
async function checkArabicFile(path, options = {}) {
    const file = options.name ?? path;
    const checker = new ArabicChecker(file, options.format ?? formatOf(path), options.exampleLimit);
    let any = false;
    for await (const raw of readFileLines(path, file)) {
        any = true;
        checker.addLine(raw);
    }
    if (!any)
        throw new errors_DhowError('invalid-input', 'the file is empty', { file });
    return checker.report();
}
/** Runs every check over text held in memory (tests, serving responses). */
async function checkArabicText(text, name = '<text>', options = {}) {
    const checker = new ArabicChecker(name, options.format ?? 'text', options.exampleLimit);
    for await (const raw of splitLines([typeof text === 'string' ? Buffer.from(text, 'utf8') : text]))
        checker.addLine(raw);
    return checker.report();
}

;// CONCATENATED MODULE: ./src/registry/digest.ts
/** Content digests as the registry records them (the `Digest` schema): "sha256:" and 64 lower-case hex digits. */


/** The digest of a text's UTF-8 bytes. */
function sha256Digest(text) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}
/** The digest and size of a file, read as a stream (artifacts can be large). */
async function sha256File(path) {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { digest: `sha256:${hash.digest('hex')}`, size };
}

;// CONCATENATED MODULE: ./src/bounded-file.ts
/**
 * Reading a small file from outside (an alert payload, a version record, a metrics file) with its size
 * limit enforced WHILE reading: a regular file only (a FIFO, a device such as /dev/zero or a directory is
 * refused before a byte is read), and never more than the limit plus one byte, whatever stat said (a file
 * can grow between stat and read, and /proc files report size 0).
 */



async function readBoundedFile(path, limit, what) {
    let handle;
    try {
        // O_NONBLOCK: opening a FIFO with no writer must not hang before we can see it is not a regular file.
        handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors_DhowError('not-found', `${what} does not exist`, { file: path });
        if (code === 'EISDIR')
            throw new errors_DhowError('invalid-input', `is a directory: give ${what}`, { file: path });
        throw new errors_DhowError('invalid-input', `cannot read ${what} (${code ?? 'error'})`, { file: path });
    }
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw new errors_DhowError('invalid-input', `is a directory: give ${what}`, { file: path });
        if (!info.isFile())
            throw new errors_DhowError('invalid-input', `${what} is not a regular file (a device, FIFO or socket is refused)`, { file: path });
        if (info.size > limit)
            throw new errors_DhowError('invalid-input', `${what} is ${info.size} bytes; at most ${limit} are allowed`, { file: path });
        const buffer = Buffer.alloc(limit + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > limit)
            throw new errors_DhowError('invalid-input', `${what} is larger than the ${limit} bytes allowed`, { file: path });
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
        }
        catch {
            throw new errors_DhowError('invalid-input', `${what} is not valid UTF-8`, { file: path });
        }
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/gates/policy.ts
/**
 * The gate policy file (apiVersion dhow.dev/v1, kind GatePolicy): its zod schema, loading with errors
 * that name the file, the key and the line (and the closest known key for a typo), overlaying the
 * per-model and per-environment overrides of the registry, and the digest recorded with the results.
 */









/** Gate names appear in reports and version records: short kebab-case identifiers. */
const GateName = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and "-", at most 63 characters');
/** Metrics each computed source can produce; a gate naming another metric is an error at load time. */
const SOURCE_METRICS = {
    fairness: [
        'demographic_parity_difference',
        'demographic_parity_ratio',
        'equal_opportunity_difference',
        'equal_opportunity_ratio',
        'equalized_odds_difference',
        'equalized_odds_ratio',
        'accuracy',
        'selection_rate',
        'tpr',
        'fpr',
    ],
    text: ['wer', 'cer', 'bleu', 'chrf'],
    // Lines each check of `dhow arabic check` fired on, and the share of Arabic letters (its JSON keys).
    'arabic-data': [...ARABIC_CHECKS, 'arabic_share', 'presentation_form_share'],
    latency: ['p50', 'p90', 'p95', 'p99', 'max', 'mean', 'error-rate'],
    memory: ['peak-gpu-memory-mib', 'gpu-memory-fraction', 'peak-rss-mib'],
    residency: ['residency-violations'],
    'round-trip': ['round-trip-mismatches'],
};
const Path = schemas/* string */.YjP().min(1);
/** A loopback or remote endpoint; `${NAME}` is replaced from the environment at run time. */
const Url = schemas/* string */.YjP().min(1);
const CandidateSource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('candidate'),
    /** The key in the candidate's metrics (default: the gate's metric); nested JSON keys join with '.'. */
    key: schemas/* string */.YjP().min(1).optional(),
    /** A key in the candidate's metrics holding the number of samples the metric was computed on. */
    'samples-key': schemas/* string */.YjP().min(1).optional(),
})
    .strict();
const FairnessSource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('fairness'),
    input: Path,
    label: schemas/* string */.YjP().min(1),
    prediction: schemas/* string */.YjP().min(1),
    /** One column, or several forming intersectional groups. */
    group: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)]),
    'positive-label': schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
    method: schemas/* enum */.k5n(['between_groups', 'to_overall']).default('between_groups'),
    agg: schemas/* enum */.k5n(['worst_case', 'mean']).default('worst_case'),
    'min-group-size': schemas/* number */.aig().int().min(1).optional(),
})
    .strict();
const TextSource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('text'),
    input: Path,
    normalize: schemas/* enum */.k5n(['none', 'arabic']).default('none'),
})
    .strict();
const ArabicDataSource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('arabic-data'),
    input: Path,
})
    .strict();
const LoadSettings = schemas/* object */.Ikc({
    url: Url,
    method: schemas/* enum */.k5n(['GET', 'POST', 'PUT']).default('POST'),
    /** The request body (sent as application/json when it is an object). */
    body: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())]).optional(),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
    /** constant-rate: requests start on a schedule and latency counts from the scheduled time. */
    mode: schemas/* enum */.k5n(['constant-rate', 'closed-loop']).default('constant-rate'),
    /** Requests per second (constant-rate). */
    rate: schemas/* number */.aig().positive().max(100_000).default(20),
    /** Concurrent connections, each sending its next request when the previous answer arrives (closed-loop). */
    connections: schemas/* number */.aig().int().min(1).max(1024).default(4),
    'duration-seconds': schemas/* number */.aig().positive().max(3600).default(10),
    'warmup-seconds': schemas/* number */.aig().min(0).max(600).default(1),
    'timeout-ms': schemas/* number */.aig().int().positive().max(600_000).default(10_000),
})
    .strict();
const LatencySource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('latency'),
    /** Recorded latencies, one number of milliseconds per line. */
    file: Path.optional(),
    endpoint: LoadSettings.optional(),
})
    .strict()
    .superRefine((source, ctx) => {
    if ((source.file === undefined) === (source.endpoint === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'give exactly one of "file" and "endpoint"' });
    }
});
const MemorySource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('memory'),
    /** The command to measure, as argv (no shell). */
    command: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1),
    /** What the model is allowed: a MIG profile (e.g. 1g.10gb) of `gpu-product`, or the whole GPU when absent. */
    'mig-profile': schemas/* string */.YjP()
        .regex(/^\d+g\.\d+gb$/, 'must look like 1g.10gb')
        .optional(),
    'gpu-product': schemas/* string */.YjP().min(1).optional(),
    'interval-ms': schemas/* number */.aig().int().min(10).max(60_000).default(200),
    'timeout-seconds': schemas/* number */.aig().positive().max(86_400).default(600),
})
    .strict();
const ResidencySource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('residency'),
    /** Overrides of what the candidate record says; absent ones are read from the candidate. */
    'artifact-uri': schemas/* string */.YjP().min(1).optional(),
    'data-uri': schemas/* string */.YjP().min(1).optional(),
    'training-region': schemas/* string */.YjP().min(1).optional(),
    'training-cluster': schemas/* string */.YjP().min(1).optional(),
})
    .strict();
const RoundTripSource = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('round-trip'),
    url: Url,
    /** json: POST {"<request-field>": text}, read the response's <response-field>; raw: the body is echoed as is. */
    mode: schemas/* enum */.k5n(['json', 'raw']).default('json'),
    'request-field': schemas/* string */.YjP().min(1).default('text'),
    /** Dot-separated path in the JSON answer. */
    'response-field': schemas/* string */.YjP().min(1).default('text'),
    /** Texts to send; default: Arabic with diacritics, shadda, dagger alef and a decomposed hamza. */
    texts: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).optional(),
    'timeout-ms': schemas/* number */.aig().int().positive().max(600_000).default(10_000),
})
    .strict();
const GateSource = schemas/* discriminatedUnion */.gMt('kind', [
    CandidateSource,
    FairnessSource,
    TextSource,
    ArabicDataSource,
    LatencySource,
    MemorySource,
    ResidencySource,
    RoundTripSource,
]);
const GateSpec = schemas/* object */.Ikc({
    name: GateName,
    description: schemas/* string */.YjP().max(2000).optional(),
    metric: schemas/* string */.YjP().min(1),
    source: GateSource,
    /** Absolute: the value must be >= threshold (greater is better) or <= threshold. */
    threshold: schemas/* number */.aig().optional(),
    /** Against the version live in the target environment: at least this much better (MLflow: positive). */
    'min-absolute-change': schemas/* number */.aig().positive().optional(),
    /** Against the live version, as a fraction of its value, between 0 and 1 (MLflow semantics). */
    'min-relative-change': schemas/* number */.aig().min(0).max(1).optional(),
    /** Required except for residency and round-trip gates (counts of violations: lower is better). */
    'greater-is-better': schemas/* boolean */.zMY().optional(),
    severity: schemas/* enum */.k5n(['block', 'warn']).default('block'),
    /** Below this many samples the gate is inconclusive. */
    'min-samples': schemas/* number */.aig().int().min(1).optional(),
    /** The metric's key in the live version's record, when it differs from `metric`. */
    'baseline-metric': schemas/* string */.YjP().min(1).optional(),
    enabled: schemas/* boolean */.zMY().default(true),
})
    .strict();
const GatePolicyFile = schemas/* object */.Ikc({
    apiVersion: schemas/* literal */.euz(schemas_API_VERSION),
    kind: schemas/* literal */.euz('GatePolicy'),
    description: schemas/* string */.YjP().max(2000).optional(),
    /** Whether an inconclusive blocking gate blocks the promotion (default) or only warns. */
    inconclusive: schemas/* enum */.k5n(['block', 'warn']).optional(),
    /** Residency rules for this policy; the registry's dhow.yaml `residency` is used when absent. */
    residency: ResidencyPolicy.optional(),
    gates: schemas/* array */.YOg(GateSpec).default([]),
})
    .strict();
/** Every key the policy format knows, for "did you mean" suggestions. */
const KNOWN_KEYS = [
    ...collectKeys(GatePolicyFile),
    ...collectKeys(GateSpec),
    ...[CandidateSource, FairnessSource, TextSource, ArabicDataSource, LatencySource, MemorySource, ResidencySource, RoundTripSource, LoadSettings].flatMap(collectKeys),
    ...collectKeys(ResidencyPolicy),
];
function collectKeys(schema) {
    const def = schema.def;
    if (def?.shape)
        return Object.keys(def.shape);
    if (def?.in)
        return collectKeys(def.in);
    const shape = schema.shape;
    return shape ? Object.keys(shape) : [];
}
/** Levenshtein distance, for suggesting the closest key to a typo. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** The closest candidate within a distance that still looks like a typo, or undefined. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of new Set(candidates)) {
        const [w, c] = [word.toLowerCase(), candidate.toLowerCase()];
        // A shortened key ("demographic_parity_diff") is one slip, whatever its length.
        const distance = c.startsWith(w) && w.length >= 4 ? 1 : editDistance(w, c);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function keyPath(path) {
    return path.reduce((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}
/** The 1-based line of the YAML node at `path` (or of its nearest existing ancestor). */
function policy_lineOf(doc, counter, path, key) {
    let node = doc.contents;
    let offset = node?.range?.[0];
    for (const part of [...path, ...(key === undefined ? [] : [key])]) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => item.key?.value === part);
            if (!pair)
                break;
            offset = pair.key.range?.[0] ?? offset;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof part === 'number') {
            node = node.items[part];
            offset = node?.range?.[0] ?? offset;
        }
        else
            break;
    }
    return offset === undefined ? undefined : counter.linePos(offset).line;
}
/**
 * The data of a parsed YAML document, held to the registry's rules: an unknown tag (only a warning to the yaml
 * library) is an error, and aliases are capped (an alias bomb expands without bound), each naming the file.
 */
function yamlData(doc, file) {
    const warning = doc.warnings[0];
    if (warning)
        throw new errors_DhowError('invalid-input', `not valid YAML: ${yamlSyntaxMessage(warning)}`, { file, line: warning.linePos?.[0]?.line });
    try {
        return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch {
        throw new errors_DhowError('invalid-input', `uses more than ${MAX_YAML_ALIASES} YAML aliases (refused: it could expand without bound)`, { file });
    }
}
/** Parses policy text; throws a DhowError naming `file`, the key, the line and the closest known key. */
function parsePolicy(text, file) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        throw new errors_DhowError('invalid-input', `not valid YAML: ${yamlSyntaxMessage(error)}`, {
            file,
            line: error.linePos?.[0]?.line,
        });
    }
    const raw = yamlData(doc, file);
    if (raw === null || raw === undefined)
        throw new errors_DhowError('invalid-input', 'the policy file is empty', { file });
    const result = GatePolicyFile.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        if (issue.code === 'unrecognized_keys') {
            const key = issue.keys[0];
            const suggestion = closest(key, KNOWN_KEYS);
            const field = keyPath([...issue.path, key]);
            throw new errors_DhowError('invalid-input', `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, {
                file,
                field,
                line: policy_lineOf(doc, counter, issue.path, key),
            });
        }
        let message = issue.message;
        const last = issue.path[issue.path.length - 1];
        if (last === 'kind' && issue.path[issue.path.length - 2] === 'source') {
            const value = issue.path.reduce((node, part) => node?.[part], raw);
            const kinds = ['candidate', ...Object.keys(SOURCE_METRICS)];
            const suggestion = typeof value === 'string' ? closest(value, kinds) : undefined;
            message = `unknown source kind ${JSON.stringify(value)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known: ${kinds.join(', ')}`;
        }
        throw new errors_DhowError('invalid-input', message, { file, field: keyPath(issue.path), line: policy_lineOf(doc, counter, issue.path) });
    }
    const policy = result.data;
    checkGates(policy, (path, message) => {
        throw new errors_DhowError('invalid-input', message, { file, field: keyPath(path), line: policy_lineOf(doc, counter, path) });
    });
    return policy;
}
/** Rules zod cannot say per field: known metrics, at least one threshold, unique names, direction. */
function checkGates(policy, fail) {
    const names = new Set();
    policy.gates.forEach((gate, i) => {
        if (names.has(gate.name))
            fail(['gates', i, 'name'], `gate "${gate.name}" is listed twice`);
        names.add(gate.name);
        const kind = gate.source.kind;
        if (kind !== 'candidate') {
            const known = SOURCE_METRICS[kind];
            if (!known.includes(gate.metric)) {
                const suggestion = closest(gate.metric, known);
                fail(['gates', i, 'metric'], `unknown metric "${gate.metric}" for a ${kind} gate${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known: ${known.join(', ')}`);
            }
        }
        const countsViolations = kind === 'residency' || kind === 'round-trip';
        if (!countsViolations) {
            if (gate['greater-is-better'] === undefined)
                fail(['gates', i], '"greater-is-better" is required (true or false)');
            if (gate.threshold === undefined && gate['min-absolute-change'] === undefined && gate['min-relative-change'] === undefined) {
                fail(['gates', i], 'give at least one of "threshold", "min-absolute-change" and "min-relative-change"');
            }
        }
        else if (gate['greater-is-better'] === true) {
            fail(['gates', i, 'greater-is-better'], `a ${kind} gate counts violations: lower is better`);
        }
    });
}
/** Settles defaults: residency and round-trip gates count violations and pass only at 0 unless told otherwise. */
function settle(gate) {
    const countsViolations = gate.source.kind === 'residency' || gate.source.kind === 'round-trip';
    const noThreshold = gate.threshold === undefined && gate['min-absolute-change'] === undefined && gate['min-relative-change'] === undefined;
    return {
        ...gate,
        'greater-is-better': gate['greater-is-better'] ?? false,
        ...(countsViolations && noThreshold ? { threshold: 0 } : {}),
    };
}
/** Reads a policy file; `cwd` resolves a relative name, which errors keep as given. */
async function readPolicyFile(file, cwd = process.cwd()) {
    return parsePolicy(await readGateFile(file, cwd, 'the gate policy'), file);
}
/**
 * A gate policy or candidate file, held to the registry's file limits (a regular file of at most 1 MiB of
 * UTF-8, read no further than that); errors name the file as it was given.
 */
async function readGateFile(file, cwd, what) {
    try {
        return await readBoundedFile((0,external_node_path_.resolve)(cwd, file), MAX_REGISTRY_FILE_BYTES, what);
    }
    catch (error) {
        if (error instanceof errors_DhowError)
            throw new errors_DhowError(error.code, error.message, { file, cause: error });
        throw error;
    }
}
/**
 * Lays override files over a base policy, in order: a gate with the same name is replaced whole
 * (`enabled: false` switches it off), new gates are added, and `inconclusive`/`residency` are taken
 * from the last file that sets them.
 */
function overlayPolicies(files) {
    const gates = new Map();
    const origins = {};
    let inconclusive = 'block';
    let residency;
    for (const { file, policy } of files) {
        if (policy.inconclusive)
            inconclusive = policy.inconclusive;
        if (policy.residency)
            residency = policy.residency;
        for (const gate of policy.gates) {
            gates.delete(gate.name); // a replaced gate moves to where the override puts it
            gates.set(gate.name, gate);
            origins[gate.name] = file;
        }
    }
    const inForce = [...gates.values()].filter((gate) => gate.enabled).map(settle);
    return {
        inconclusive,
        residency,
        gates: inForce,
        sources: files.map((f) => f.file),
        origins: Object.fromEntries(inForce.map((gate) => [gate.name, origins[gate.name]])),
    };
}
/** Canonical JSON: object keys sorted, so the digest does not depend on key order in the files. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/**
 * The digest recorded in the version record: sha256 of the canonical JSON of the policy in force (gates,
 * defaults filled in, and the inconclusive rule), so a reformatted file keeps its digest and any change of
 * meaning changes it.
 */
function policyDigest(policy) {
    const { sources: _sources, origins: _origins, ...meaning } = policy;
    return sha256Digest(canonicalJson(meaning));
}

;// CONCATENATED MODULE: ./src/gates/candidate.ts
/**
 * The candidate a gate run judges, read from one file: a version record draft (YAML or JSON with
 * `kind: ModelVersion`; it need not be complete yet, the gates fill in its `gates` field) or a metrics file
 * (a JSON or YAML object of numbers; nested objects are flattened with '.', so the JSON that
 * `dhow metrics fairness --json` prints is a metrics file: `overall.accuracy`, `by_group.gulf.tpr`).
 */




const Loose = (shape) => schemas/* object */.Ikc(shape).loose();
/** A draft is read leniently (the registry validates the finished record); what gates read must be well typed. */
const VersionDraft = Loose({
    kind: schemas/* literal */.euz('ModelVersion'),
    model: schemas/* string */.YjP().min(1).optional(),
    version: schemas/* string */.YjP().min(1).optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).default({}),
    artifact: Loose({ uri: schemas/* string */.YjP().min(1).optional() }).optional(),
    data: Loose({ uri: schemas/* string */.YjP().min(1).optional() }).optional(),
    training: Loose({ region: schemas/* string */.YjP().min(1).optional(), cluster: schemas/* string */.YjP().min(1).optional() }).optional(),
    region: schemas/* string */.YjP().min(1).optional(),
});
function flatten(value, prefix, into) {
    if (typeof value === 'number') {
        if (Number.isFinite(value))
            into.set(prefix, value);
    }
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value))
            flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    }
}
function parseCandidate(text, file) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        throw new errors_DhowError('invalid-input', `not valid JSON or YAML: ${yamlSyntaxMessage(error)}`, { file, line: error.linePos?.[0]?.line });
    }
    const raw = yamlData(doc, file);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new errors_DhowError('invalid-input', 'the candidate must be a version record or an object of metrics', { file });
    }
    if (raw.kind === 'ModelVersion') {
        const result = VersionDraft.safeParse(raw);
        if (!result.success)
            throw errors_schemaError(result.error.issues, { file });
        const draft = result.data;
        return {
            file,
            model: draft.model ?? null,
            version: draft.version ?? null,
            metrics: new Map(Object.entries(draft.metrics)),
            residency: {
                'artifact-uri': draft.artifact?.uri,
                'data-uri': draft.data?.uri,
                'training-region': draft.training?.region,
                'training-cluster': draft.training?.cluster,
                'data-region': draft.region,
            },
        };
    }
    if ('kind' in raw) {
        throw new errors_DhowError('invalid-input', `a candidate of kind "${String(raw.kind)}" cannot be gated: give a ModelVersion draft or a metrics file`, {
            file,
            field: 'kind',
        });
    }
    const metrics = new Map();
    flatten(raw, '', metrics);
    return { file, model: null, version: null, metrics, residency: {} };
}
/** Reads a candidate file; `cwd` resolves a relative name, which errors keep as given. */
async function readCandidate(file, cwd = process.cwd()) {
    return parseCandidate(await readGateFile(file, cwd, 'the candidate'), file);
}

;// CONCATENATED MODULE: ./src/metrics/latency.ts
/**
 * Latency summaries with nearest-rank percentiles: the p-th percentile of N samples is the ceil(p/100 * N)-th
 * smallest (the smallest for p = 0), always one of the samples, never an interpolation. The rank is computed
 * in integers (p in thousandths of a percent) so 0.95 * 20 is 19, not 19.000000000000004.
 * `LatencyRecorder` keeps samples in a growable Float64Array (8 bytes each); `latencyFromFile` streams a file
 * of one latency in milliseconds per line into it.
 */


/** The 1-based nearest rank of percentile `p` (0-100) among `n` samples. */
function nearestRank(p, n) {
    if (!(p >= 0 && p <= 100))
        throw new RangeError(`percentile must be within 0..100, got ${p}`);
    if (n <= 0)
        throw new RangeError('no samples');
    const milli = Math.round(p * 1000); // thousandths of a percent
    const rank = Math.ceil((milli * n) / 100_000);
    // (milli * n) is an exact integer below 2^53 for any n a machine can hold; the division is the only rounding.
    return Math.min(n, Math.max(1, exactCeilDiv(milli * n, 100_000, rank)));
}
function exactCeilDiv(numerator, denominator, approx) {
    // Guard against the float division landing a hair above an integer: check with integer arithmetic.
    let r = approx;
    while (r > 0 && (r - 1) * denominator >= numerator)
        r -= 1;
    while (r * denominator < numerator)
        r += 1;
    return r;
}
/** The nearest-rank percentile of samples sorted ascending. */
function percentileOfSorted(sorted, p) {
    return sorted[nearestRank(p, sorted.length) - 1];
}
class LatencyRecorder {
    values = new Float64Array(1024);
    n = 0;
    /** Records one latency in milliseconds (finite and not negative). */
    add(ms) {
        if (!Number.isFinite(ms) || ms < 0)
            throw new RangeError(`latency must be a finite number >= 0, got ${ms}`);
        if (this.n === this.values.length) {
            const grown = new Float64Array(this.values.length * 2);
            grown.set(this.values);
            this.values = grown;
        }
        this.values[this.n++] = ms;
    }
    get count() {
        return this.n;
    }
    /** The samples sorted ascending (a copy). */
    sorted() {
        return this.values.slice(0, this.n).sort();
    }
    /** The nearest-rank percentile of what was recorded. */
    percentile(p) {
        return percentileOfSorted(this.sorted(), p);
    }
    summary() {
        if (this.n === 0)
            throw new RangeError('no latencies recorded');
        return summarizeSorted(this.sorted());
    }
}
/** count, p50, p90, p95, p99, max and mean of samples sorted ascending. */
function summarizeSorted(sorted) {
    const n = sorted.length;
    // Neumaier's compensated sum: the mean of millions of samples stays exact to the last digit or so.
    let sum = 0;
    let comp = 0;
    for (let i = 0; i < n; i++) {
        const x = sorted[i];
        const t = sum + x;
        comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
        sum = t;
    }
    return {
        count: n,
        p50: percentileOfSorted(sorted, 50),
        p90: percentileOfSorted(sorted, 90),
        p95: percentileOfSorted(sorted, 95),
        p99: percentileOfSorted(sorted, 99),
        max: sorted[n - 1],
        mean: (sum + comp) / n,
    };
}
/** Summarizes latencies given in any order. */
function summarizeLatencies(values) {
    const rec = new LatencyRecorder();
    for (const v of values)
        rec.add(v);
    return rec.summary();
}
const latency_NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Reads one latency in milliseconds per line (blank lines skipped) and summarizes them. */
async function latencyFromFile(path, options = {}) {
    const file = options.name ?? path;
    const rec = new LatencyRecorder();
    for await (const raw of readFileLines(path, file)) {
        const text = decodeUtf8Line(raw, file).trim();
        if (text === '')
            continue;
        if (!latency_NUMBER.test(text)) {
            throw new errors_DhowError('invalid-input', 'not a latency in milliseconds (one non-negative number per line; the line is not repeated here)', {
                file,
                line: raw.number,
            });
        }
        const ms = Number(text);
        // "1e400" matches the grammar but is no double: Number gives Infinity, which a percentile cannot hold.
        if (!Number.isFinite(ms)) {
            throw new errors_DhowError('invalid-input', 'not a finite latency: the number is larger than a double can hold (about 1.8e308)', { file, line: raw.number });
        }
        rec.add(ms);
    }
    if (rec.count === 0)
        throw new errors_DhowError('invalid-input', 'no latencies: the file is empty', { file });
    return rec.summary();
}

;// CONCATENATED MODULE: ./src/metrics/arabic/normalize.ts
/**
 * Arabic orthographic normalization, step by step, with CAMeL Tools' mappings
 * (camel_tools.utils.normalize and camel_tools.utils.dediac, Arabic-script variants):
 *
 *   nfkc          CAMeL's normalize_unicode: U+FDFC -> "ريال", U+FDFD -> the basmala, then NFKC
 *   persian       (optional, not a default) Persian and Urdu look-alikes to the Arabic letters: U+06A9 KEHEH
 *                 -> U+0643 KAF, U+06CC FARSI YEH -> U+064A YEH, U+066E DOTLESS BEH -> U+0628 BEH. After
 *                 nfkc, so the forms NFKC folds to keheh and Farsi yeh (U+FB8E-U+FB91, U+FBFC-U+FBFF) fold on
 *   diacritics    dediac_ar: remove U+064B-U+0652 (tanween, harakat, shadda, sukun) and U+0670 (dagger alef)
 *   alef          normalize_alef_ar: U+0625 U+0623 U+0671 U+0622 -> U+0627
 *   alef-maksura  normalize_alef_maksura_ar: U+0649 -> U+064A
 *   teh-marbuta   normalize_teh_marbuta_ar: U+0629 -> U+0647
 *   tatweel       remove U+0640 (CAMeL keeps it in its letter set, so it is a step of its own here)
 *
 * Steps always run in the order above, whatever order they are asked for in: NFKC first turns presentation
 * forms (lam-alef ligatures, isolated/final forms) into the letters the later steps map.
 */

/** The default steps (what `--normalize arabic` applies), in canonical order. */
const ARABIC_NORMALIZATION_STEPS = ['nfkc', 'diacritics', 'alef', 'alef-maksura', 'teh-marbuta', 'tatweel'];
/** Every step, the optional ones included, in the order they run. */
const ALL_NORMALIZATION_STEPS = ['nfkc', 'persian', 'diacritics', 'alef', 'alef-maksura', 'teh-marbuta', 'tatweel'];
const DIACRITICS = /[\u064B-\u0652\u0670]/g;
const ALEF_VARIANTS = /[\u0625\u0623\u0671\u0622]/g;
// NFKC would turn these two ligatures into Persian-yeh spellings; CAMeL Tools spells them out first.
const LIGATURE_FIXES = /[\uFDFC\uFDFD]/g;
const LIGATURE_SPELLINGS = {
    '\uFDFC': '\u0631\u064A\u0627\u0644',
    '\uFDFD': '\u0628\u0633\u0645 \u0627\u0644\u0644\u0647 \u0627\u0644\u0631\u062D\u0645\u0646 \u0627\u0644\u0631\u062D\u064A\u0645',
};
const PERSIAN_LOOKALIKES = /[\u06A9\u06CC\u066E]/g;
const PERSIAN_TO_ARABIC = { '\u06A9': '\u0643', '\u06CC': '\u064A', '\u066E': '\u0628' };
const APPLY = {
    nfkc: (s) => s.replace(LIGATURE_FIXES, (c) => LIGATURE_SPELLINGS[c] ?? c).normalize('NFKC'),
    persian: (s) => s.replace(PERSIAN_LOOKALIKES, (c) => PERSIAN_TO_ARABIC[c] ?? c),
    diacritics: (s) => s.replace(DIACRITICS, ''),
    alef: (s) => s.replace(ALEF_VARIANTS, '\u0627'),
    'alef-maksura': (s) => s.replaceAll('\u0649', '\u064A'),
    'teh-marbuta': (s) => s.replaceAll('\u0629', '\u0647'),
    tatweel: (s) => s.replaceAll('\u0640', ''),
};
/** Normalizes `text` with the given steps (default: all of them), always in the canonical order. */
function normalizeArabic(text, steps = ARABIC_NORMALIZATION_STEPS) {
    let out = text;
    for (const step of ALL_NORMALIZATION_STEPS) {
        if (steps.includes(step))
            out = APPLY[step](out);
    }
    return out;
}
/** Parses a comma-separated list of steps ("nfkc,alef"), refusing unknown or repeated names. */
function parseNormalizationSteps(list, field = 'steps') {
    const names = list
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    if (names.length === 0)
        throw new DhowError('usage', `no normalization step given; choose from ${ALL_NORMALIZATION_STEPS.join(', ')}`, { field });
    const seen = new Set();
    for (const name of names) {
        if (!ALL_NORMALIZATION_STEPS.includes(name)) {
            throw new DhowError('usage', `unknown normalization step "${name}"; choose from ${ALL_NORMALIZATION_STEPS.join(', ')}`, { field });
        }
        if (seen.has(name))
            throw new DhowError('usage', `normalization step "${name}" is given twice`, { field });
        seen.add(name);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/metrics/text/ngrams.ts
/**
 * Fast n-gram counting for BLEU and chrF. Symbols (tokens, characters) of one segment and its references
 * get dense integer ids; an n-gram becomes the number sum(id_k * base^k), exact while base^n < 2^53, built
 * order by order with one multiply-add per position. Clipped matches (the sum over n-grams of
 * min(hyp count, ref count)) come from one reused open-addressing table: no strings, no maps, no sorting.
 */
/** Dense ids for the code points of one segment: a stamped table for the BMP, a map beyond. */
class CharIds {
    static stamp = new Int32Array(0x10000);
    static value = new Int32Array(0x10000);
    static generation = 0;
    gen;
    astral = new Map();
    size = 0;
    constructor() {
        CharIds.generation = (CharIds.generation + 1) | 0;
        if (CharIds.generation === 0) {
            CharIds.stamp.fill(0);
            CharIds.generation = 1;
        }
        this.gen = CharIds.generation;
    }
    /** The ids (from 1) of the code points of `s`. */
    ids(s) {
        const out = new Int32Array(s.length);
        let n = 0;
        const stamp = CharIds.stamp;
        const value = CharIds.value;
        for (let i = 0; i < s.length; i++) {
            let cp = s.charCodeAt(i);
            if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
                const d = s.charCodeAt(i + 1);
                if (d >= 0xdc00 && d <= 0xdfff) {
                    cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
                    i++;
                }
            }
            let id;
            if (cp < 0x10000) {
                if (stamp[cp] === this.gen)
                    id = value[cp];
                else {
                    id = ++this.size;
                    stamp[cp] = this.gen;
                    value[cp] = id;
                }
            }
            else {
                const v = this.astral.get(cp);
                if (v !== undefined)
                    id = v;
                else {
                    id = ++this.size;
                    this.astral.set(cp, id);
                }
            }
            out[n++] = id;
        }
        return n === out.length ? out : out.subarray(0, n);
    }
}
/** Dense ids (from 1) for the words of one segment. */
class WordIds {
    map = new Map();
    get size() {
        return this.map.size;
    }
    ids(words) {
        const out = new Int32Array(words.length);
        for (let i = 0; i < words.length; i++) {
            const w = words[i];
            let id = this.map.get(w);
            if (id === undefined) {
                id = this.map.size + 1;
                this.map.set(w, id);
            }
            out[i] = id;
        }
        return out;
    }
}
/** True when every n-gram up to `maxOrder` over `alphabet` ids packs exactly into a double. */
function packable(alphabet, maxOrder) {
    return (alphabet + 1) ** maxOrder < 2 ** 53;
}
/** The packed n-grams of order 1: the ids themselves. */
function unigrams(ids) {
    return Float64Array.from(ids);
}
/** The packed n-grams of order n from those of order n - 1 (rolling: one multiply-add per position). */
function nextOrder(previous, ids, n, base) {
    const count = ids.length - n + 1;
    if (count <= 0)
        return new Float64Array(0);
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++)
        out[i] = previous[i] * base + ids[i + n - 1];
    return out;
}
/** The packed n-grams of every order 1..maxOrder. */
function allOrders(ids, maxOrder, base) {
    const out = [];
    let current = unigrams(ids);
    for (let n = 1; n <= maxOrder; n++) {
        if (n > 1)
            current = nextOrder(current, ids, n, base);
        out.push(current);
    }
    return out;
}
// One open-addressing table, reused: keys, hypothesis counts, per-reference counts and best reference counts.
let tableKeys = new Float64Array(256);
let tableHyp = new Int32Array(256);
let tableRef = new Int32Array(256);
let tableMax = new Int32Array(256);
const touched = [];
function prepare(size) {
    let cap = 256;
    while (cap < size * 2)
        cap *= 2;
    if (cap > tableKeys.length) {
        tableKeys = new Float64Array(cap);
        tableHyp = new Int32Array(cap);
        tableRef = new Int32Array(cap);
        tableMax = new Int32Array(cap);
    }
    return cap - 1;
}
function slotOf(key, mask) {
    // Keys are non-negative integers below 2^53: mix the low and high 32 bits.
    const lo = (key % 4294967296) | 0;
    const hi = (key / 4294967296) | 0;
    return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) & mask;
}
/** Inserts the hypothesis n-grams; returns the mask. Slots in use have tableHyp > 0. */
function insertHypothesis(hyp) {
    const mask = prepare(hyp.length);
    for (let i = 0; i < hyp.length; i++) {
        const key = hyp[i];
        let slot = slotOf(key, mask);
        while (tableHyp[slot] > 0 && tableKeys[slot] !== key)
            slot = (slot + 1) & mask;
        if (tableHyp[slot] === 0) {
            tableKeys[slot] = key;
            touched.push(slot);
        }
        tableHyp[slot] += 1;
    }
    return mask;
}
function clearTable() {
    for (const slot of touched) {
        tableHyp[slot] = 0;
        tableRef[slot] = 0;
        tableMax[slot] = 0;
    }
    touched.length = 0;
}
/** Clipped matches: sum over n-grams of min(count in hyp, count in ref). */
function clippedMatches(hyp, ref) {
    if (hyp.length === 0 || ref.length === 0)
        return 0;
    const mask = insertHypothesis(hyp);
    let matches = 0;
    for (let i = 0; i < ref.length; i++) {
        const key = ref[i];
        let slot = slotOf(key, mask);
        while (tableHyp[slot] > 0 && tableKeys[slot] !== key)
            slot = (slot + 1) & mask;
        // Each reference occurrence consumes one hypothesis occurrence: the sum is min(h, r) per n-gram.
        if (tableHyp[slot] > tableRef[slot]) {
            tableRef[slot] += 1;
            matches++;
        }
    }
    clearTable();
    return matches;
}
/**
 * Clipped matches of a hypothesis against several references where each n-gram's reference count is its
 * maximum over the references (BLEU's multi-reference clipping).
 */
function clippedMatchesMaxRef(hyp, refs) {
    if (refs.length === 1)
        return clippedMatches(hyp, refs[0]);
    if (hyp.length === 0)
        return 0;
    const mask = insertHypothesis(hyp);
    const seen = [];
    for (const ref of refs) {
        for (let i = 0; i < ref.length; i++) {
            const key = ref[i];
            let slot = slotOf(key, mask);
            while (tableHyp[slot] > 0 && tableKeys[slot] !== key)
                slot = (slot + 1) & mask;
            if (tableHyp[slot] > 0) {
                if (tableRef[slot] === 0)
                    seen.push(slot);
                tableRef[slot] += 1;
            }
        }
        for (const slot of seen) {
            if (tableRef[slot] > tableMax[slot])
                tableMax[slot] = tableRef[slot];
            tableRef[slot] = 0;
        }
        seen.length = 0;
    }
    let matches = 0;
    for (const slot of touched)
        matches += Math.min(tableHyp[slot], tableMax[slot]);
    clearTable();
    return matches;
}

;// CONCATENATED MODULE: ./src/metrics/text/whitespace.ts
/**
 * Python's idea of whitespace (str.isspace, str.split(), str.strip() and `\s` in `re`), which the reference
 * tools (jiwer, sacreBLEU) rely on. It differs from JavaScript's `\s`: it includes U+001C-U+001F and U+0085,
 * and excludes U+FEFF.
 */
const CLASS = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_WHITESPACE_RUN = new RegExp(`[${CLASS}]+`, 'g');
const PY_WHITESPACE_RUN_OF_TWO = new RegExp(`[${CLASS}][${CLASS}]+`, 'g');
const LEADING = new RegExp(`^[${CLASS}]+`);
const TRAILING = new RegExp(`[${CLASS}]+$`);
/** Python's `s.split()`: split on runs of whitespace, no empty strings. */
function pySplit(s) {
    const parts = s.split(PY_WHITESPACE_RUN);
    if (parts.length > 0 && parts[0] === '')
        parts.shift();
    if (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** Python's `s.strip()`. */
function pyStrip(s) {
    return s.replace(LEADING, '').replace(TRAILING, '');
}
/** Python's `s.rstrip()`. */
function pyRstrip(s) {
    return s.replace(TRAILING, '');
}
/** The code points of a string, as Python indexes a str. */
function codePoints(s) {
    const out = [];
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
                i++;
                continue;
            }
        }
        out.push(c);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/metrics/text/bleu.ts
/**
 * Corpus BLEU exactly as sacreBLEU 2.6 computes it. Defaults are sacreBLEU's: the `13a` tokenizer
 * (mteval-v13a), case-sensitive, max n-gram order 4, `exp` smoothing (NIST's: the k-th order with no match
 * gets precision 100 / (2^k * total)), no effective order, n-gram counts clipped by their maximum count over
 * the references, and the brevity penalty against the closest reference length (the shorter on a tie).
 * Options as sacreBLEU's BLEU(): tokenizers `13a`, `intl` (mteval-v14 international), `char` and `none`;
 * `lowercase`; smoothing `exp`, `floor` (value, default 0.1), `add-k` (value, default 1) and `none`;
 * `effective_order`; the max n-gram order. Scores are on sacreBLEU's 0-100 scale. Statistics are sums, so
 * segments stream through in constant memory.
 */


const SACREBLEU_VERSION = '2.6.0';
const MAX_NGRAM_ORDER = 4;
const BLEU_TOKENIZERS = (/* unused pure expression or super */ null && (['13a', 'intl', 'char', 'none']));
const BLEU_SMOOTH_METHODS = (/* unused pure expression or super */ null && (['exp', 'floor', 'add-k', 'none']));
/** sacreBLEU's BLEU.SMOOTH_DEFAULTS: the value a method takes when none is given (null: it takes none). */
const SMOOTH_DEFAULTS = { none: null, floor: 0.1, 'add-k': 1, exp: null };
const BLEU_DEFAULTS = { tokenize: '13a', lowercase: false, maxOrder: MAX_NGRAM_ORDER, smoothMethod: 'exp', effectiveOrder: false };
// mteval-v13a's language-dependent rules, as sacreBLEU's TokenizerRegexp applies them, in order.
const RULES = [
    // ASCII punctuation and symbols except . , ' - (ranges { to ~, [ to `, space to &, ( to +, : to @, and /)
    [/([{-~[-` -&(-+:-@/])/gu, ' $1 '],
    // period and comma unless preceded by a digit
    [/([^0-9])([.,])/gu, '$1 $2 '],
    // period and comma unless followed by a digit
    [/([.,])([^0-9])/gu, ' $1 $2'],
    // dash when preceded by a digit
    [/([0-9])(-)/gu, '$1 $2 '],
];
/** sacreBLEU's Tokenizer13a applied to one segment (after BLEU's own rstrip). Returns the tokens. */
function tokenize13a(segment) {
    let line = segment.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
    if (line.includes('&')) {
        line = line.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    }
    line = ` ${line} `;
    for (const [re, replacement] of RULES)
        line = line.replace(re, replacement);
    return pySplit(line);
}
// mteval-v14's international rules, as sacreBLEU's TokenizerV14International applies them (with `regex`).
const INTL_RULES = [
    // punctuation preceded by a non-digit
    [/(\P{N})(\p{P})/gu, '$1 $2 '],
    // punctuation followed by a non-digit
    [/(\p{P})(\P{N})/gu, ' $1 $2'],
    // symbols
    [/(\p{S})/gu, ' $1 '],
];
/** sacreBLEU's TokenizerV14International. */
function tokenizeIntl(segment) {
    let line = segment;
    for (const [re, replacement] of INTL_RULES)
        line = line.replace(re, replacement);
    return pySplit(line);
}
/** sacreBLEU's TokenizerChar: every code point is a token (whitespace ones vanish in the split). */
function tokenizeChar(segment) {
    return pySplit(codePoints(segment)
        .map((c) => String.fromCodePoint(c))
        .join(' '));
}
/** The tokens BLEU counts for one segment: rstrip, optional lowercasing, the tokenizer, then str.split(). */
function bleuTokens(segment, tokenize = '13a', lowercase = false) {
    // sacreBLEU lowercases first, then rstrips, then tokenizes (BLEU._preprocess_segment).
    const text = pyRstrip(lowercase ? segment.toLowerCase() : segment);
    switch (tokenize) {
        case '13a':
            return tokenize13a(text);
        case 'intl':
            return tokenizeIntl(text);
        case 'char':
            return tokenizeChar(text);
        case 'none':
            return pySplit(text);
    }
}
/** Python's f'{x:.2f}' for x >= 0: toFixed, except that exact ties round half to even as Python does. */
function pyFixed2(x) {
    // A double at an exact tie of the second decimal is an odd multiple of 1/8 (0.125, 0.375 ...).
    const eighths = x * 8;
    if (Number.isInteger(eighths) && eighths % 2 === 1) {
        const floor = Math.floor(x * 100);
        return ((floor % 2 === 0 ? floor : floor + 1) / 100).toFixed(2);
    }
    return x.toFixed(2);
}
/** Counts of every n-gram, 1 <= n <= maxOrder, keyed by the tokens joined with a space (tokens hold none). */
function ngramCounts(tokens, maxOrder) {
    const counts = new Map();
    for (let n = 1; n <= maxOrder; n++) {
        for (let i = 0; i + n <= tokens.length; i++) {
            const key = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return counts;
}
function orderOf(key) {
    let n = 1;
    for (let i = 0; i < key.length; i++)
        if (key.charCodeAt(i) === 32)
            n++;
    return n;
}
/** sacreBLEU's _get_closest_ref_len: the reference length nearest the hypothesis length, the shorter on a tie. */
function closestReferenceLength(hypothesisLength, referenceLengths) {
    let bestDiff = -1;
    let best = -1;
    for (const len of referenceLengths) {
        const diff = Math.abs(hypothesisLength - len);
        if (bestDiff === -1 || diff < bestDiff) {
            bestDiff = diff;
            best = len;
        }
        else if (diff === bestDiff && len < best) {
            best = len;
        }
    }
    return best;
}
/** sacreBLEU's my_log: log floored at a very low number for zero. */
function myLog(x) {
    return x === 0 ? -9999999999 : Math.log(x);
}
/** sacreBLEU's BLEU.compute_bleu (defaults: smooth_method 'exp', effective_order False, order 4). */
function computeBleu(stats, scoring = {}) {
    const { maxOrder, smoothMethod, effectiveOrder } = { ...BLEU_DEFAULTS, ...scoring };
    const smoothValue = scoring.smoothValue ?? SMOOTH_DEFAULTS[smoothMethod] ?? 0;
    const { sysLen, refLen } = stats;
    // add-k adds to the counts it scores, as sacreBLEU does (on copies: the statistics stay as counted).
    const correct = [...stats.correct];
    const total = [...stats.total];
    let bp;
    if (sysLen < refLen)
        bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0;
    else
        bp = 1;
    const precisions = new Array(maxOrder).fill(0);
    if (!correct.some((c) => c !== 0))
        return { ...stats, score: 0, precisions, bp };
    let smooth = 1;
    let order = maxOrder;
    for (let n = 1; n <= maxOrder; n++) {
        if (smoothMethod === 'add-k' && n > 1) {
            correct[n - 1] += smoothValue;
            total[n - 1] += smoothValue;
        }
        const t = total[n - 1];
        const c = correct[n - 1];
        if (t === 0)
            break;
        // Effective order: only the orders the hypotheses have n-grams of count.
        if (effectiveOrder)
            order = n;
        if (c === 0) {
            if (smoothMethod === 'exp') {
                smooth *= 2;
                precisions[n - 1] = 100 / (smooth * t);
            }
            else if (smoothMethod === 'floor') {
                precisions[n - 1] = (100 * smoothValue) / t;
            }
        }
        else {
            precisions[n - 1] = (100 * c) / t;
        }
    }
    let sum = 0;
    for (let i = 0; i < order; i++)
        sum += myLog(precisions[i]);
    return { ...stats, score: bp * Math.exp(sum / order), precisions, bp };
}
/** Corpus BLEU accumulator: `add` one segment at a time, `score()` at the end. */
class CorpusBleu {
    stats;
    refCounts = new Set();
    options;
    maxOrder;
    constructor(options = {}) {
        this.options = { ...BLEU_DEFAULTS, ...options };
        this.maxOrder = this.options.maxOrder;
        const maxOrder = this.maxOrder;
        this.stats = { sysLen: 0, refLen: 0, correct: new Array(maxOrder).fill(0), total: new Array(maxOrder).fill(0) };
    }
    add(hypothesis, references) {
        this.refCounts.add(references.length);
        const { tokenize, lowercase } = this.options;
        const refTokens = references.map((ref) => bleuTokens(ref, tokenize, lowercase));
        const hypTokens = bleuTokens(hypothesis, tokenize, lowercase);
        this.stats.sysLen += hypTokens.length;
        this.stats.refLen += closestReferenceLength(hypTokens.length, refTokens.map((t) => t.length));
        const words = new WordIds();
        const refIds = refTokens.map((t) => words.ids(t));
        const hypIds = words.ids(hypTokens);
        if (!packable(words.size, this.maxOrder)) {
            this.addWithStrings(hypTokens, refTokens);
            return;
        }
        const base = words.size + 1;
        const hypGrams = allOrders(hypIds, this.maxOrder, base);
        const refGrams = refIds.map((r) => allOrders(r, this.maxOrder, base));
        for (let n = 1; n <= this.maxOrder; n++) {
            const hyp = hypGrams[n - 1];
            this.stats.total[n - 1] += hyp.length;
            this.stats.correct[n - 1] += clippedMatchesMaxRef(hyp, refGrams.map((r) => r[n - 1]));
        }
    }
    /** The same counts with string n-gram keys, for segments with too many distinct tokens to pack. */
    addWithStrings(hypTokens, refTokens) {
        let refNgrams;
        for (const tokens of refTokens) {
            const counts = ngramCounts(tokens, this.maxOrder);
            if (!refNgrams)
                refNgrams = counts;
            else
                for (const [k, v] of counts)
                    if (v > (refNgrams.get(k) ?? 0))
                        refNgrams.set(k, v);
        }
        const hypNgrams = ngramCounts(hypTokens, this.maxOrder);
        for (const [k, v] of hypNgrams) {
            const n = orderOf(k) - 1;
            this.stats.total[n] += v;
            const r = refNgrams?.get(k);
            if (r !== undefined)
                this.stats.correct[n] += Math.min(v, r);
        }
    }
    statistics() {
        return { sysLen: this.stats.sysLen, refLen: this.stats.refLen, correct: [...this.stats.correct], total: [...this.stats.total] };
    }
    score() {
        return computeBleu(this.statistics(), this.options);
    }
    /** sacreBLEU's signature for these settings, e.g. `nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0`. */
    signature() {
        const o = this.options;
        // BLEUSignature: a method that takes a value shows it in brackets, with two decimals.
        const defaultValue = SMOOTH_DEFAULTS[o.smoothMethod];
        const smooth = defaultValue === null ? o.smoothMethod : `${o.smoothMethod}[${pyFixed2(o.smoothValue ?? defaultValue)}]`;
        return (`nrefs:${referenceCountLabel(this.refCounts)}|case:${o.lowercase ? 'lc' : 'mixed'}|eff:${o.effectiveOrder ? 'yes' : 'no'}|` +
            `tok:${o.tokenize}|smooth:${smooth}|version:${SACREBLEU_VERSION}`);
    }
}
/** The `nrefs` field of a sacreBLEU signature: the count when every segment has the same, else `var`. */
function referenceCountLabel(counts) {
    if (counts.size === 1)
        return String([...counts][0]);
    return counts.size === 0 ? '0' : 'var';
}
/** Corpus BLEU of hypotheses against reference streams, as sacrebleu.corpus_bleu(hyps, [refs1, refs2, ...], **options). */
function corpusBleu(hypotheses, referenceStreams, options = {}) {
    const acc = new CorpusBleu(options);
    hypotheses.forEach((h, i) => acc.add(h, referenceStreams.map((stream) => stream[i])));
    return acc.score();
}

;// CONCATENATED MODULE: ./src/metrics/text/chrf.ts
/**
 * chrF (Popović 2015) and chrF++ (Popović 2017) as sacreBLEU 2.6 computes them. Defaults are sacreBLEU's:
 * character order 6, word order 0 (chrF2; 2 gives chrF++), beta 2, case-sensitive (`lowercase` folds), whitespace removed
 * before character n-grams are taken, and eps_smoothing off: precision and recall are averaged over the
 * orders that have both hypothesis and reference n-grams ("effective order"), then combined into F-beta.
 * With several references a segment keeps the statistics of the reference with the best segment F-score.
 * Corpus statistics are sums over segments; the score is on the 0-100 scale.
 */



const CHRF_DEFAULTS = { charOrder: 6, wordOrder: 0, beta: 2, whitespace: false, epsSmoothing: false, lowercase: false };
// sacreBLEU's _PUNCTS (Python's string.punctuation).
const PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
/** sacreBLEU's CHRF._remove_punctuation: split, then peel one punctuation mark off a word's end or start. */
function chrfWords(sentence) {
    const out = [];
    for (const w of pySplit(sentence)) {
        const cps = codePoints(w);
        if (cps.length === 1) {
            out.push(w);
            continue;
        }
        const last = String.fromCodePoint(cps[cps.length - 1]);
        const first = String.fromCodePoint(cps[0]);
        if (PUNCTUATION.has(last))
            out.push(w.slice(0, w.length - last.length), last);
        else if (PUNCTUATION.has(first))
            out.push(first, w.slice(first.length));
        else
            out.push(w);
    }
    return out;
}
/** Character n-gram counters for orders 1..maxOrder (code points, as Python slices a str). */
function charNgrams(line, maxOrder, whitespace) {
    const s = whitespace ? line : pySplit(line).join('');
    // UTF-16 offsets of each code point, so n-grams are substrings without building arrays of characters.
    const offsets = [];
    for (let i = 0; i < s.length; i++) {
        offsets.push(i);
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff)
                i++;
        }
    }
    offsets.push(s.length);
    const len = offsets.length - 1;
    const out = [];
    for (let n = 1; n <= maxOrder; n++) {
        const counts = new Map();
        for (let i = 0; i + n <= len; i++) {
            const key = s.slice(offsets[i], offsets[i + n]);
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        out.push(counts);
    }
    return out;
}
function wordNgrams(words, n) {
    const counts = new Map();
    for (let i = 0; i + n <= words.length; i++) {
        const key = words.slice(i, i + n).join(' ');
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}
function allNgrams(sentence, o) {
    const ngrams = charNgrams(sentence, o.charOrder, o.whitespace);
    if (o.wordOrder > 0) {
        const words = chrfWords(sentence);
        for (let n = 1; n <= o.wordOrder; n++)
            ngrams.push(wordNgrams(words, n));
    }
    return ngrams;
}
/** [hyp count (0 when the reference has none), ref count, clipped matches], as _get_match_statistics. */
function matchStatistics(hyp, ref) {
    let match = 0;
    let hypCount = 0;
    for (const [k, v] of hyp) {
        hypCount += v;
        const r = ref.get(k);
        if (r !== undefined)
            match += Math.min(v, r);
    }
    let refCount = 0;
    for (const v of ref.values())
        refCount += v;
    return [ref.size > 0 ? hypCount : 0, refCount, match];
}
/** sacreBLEU's CHRF._compute_f_score over flattened [hyp, ref, match] triples; 0-100. */
function chrfScore(stats, o = CHRF_DEFAULTS) {
    const eps = 1e-16;
    const factor = o.beta ** 2;
    const order = o.charOrder + o.wordOrder;
    let score = 0;
    let effective = 0;
    let avgPrec = 0;
    let avgRec = 0;
    for (let i = 0; i < order; i++) {
        const nHyp = stats[3 * i];
        const nRef = stats[3 * i + 1];
        const nMatch = stats[3 * i + 2];
        const prec = nHyp > 0 ? nMatch / nHyp : eps;
        const rec = nRef > 0 ? nMatch / nRef : eps;
        const denom = factor * prec + rec;
        score += denom > 0 ? ((1 + factor) * prec * rec) / denom : eps;
        if (nHyp > 0 && nRef > 0) {
            avgPrec += prec;
            avgRec += rec;
            effective += 1;
        }
    }
    if (o.epsSmoothing)
        return (100 * score) / order;
    if (effective === 0) {
        avgPrec = 0;
        avgRec = 0;
    }
    else {
        avgPrec /= effective;
        avgRec /= effective;
    }
    if (avgPrec + avgRec !== 0) {
        return 100 * (((1 + factor) * avgPrec * avgRec) / (factor * avgPrec + avgRec));
    }
    return 0;
}
/** Corpus chrF accumulator. */
class CorpusChrf {
    options;
    stats;
    refCounts = new Set();
    constructor(options = {}) {
        this.options = { ...CHRF_DEFAULTS, ...options };
        this.stats = new Array(3 * (this.options.charOrder + this.options.wordOrder)).fill(0);
    }
    add(hypothesisText, referenceTexts) {
        this.refCounts.add(referenceTexts.length);
        const o = this.options;
        // CHRF._preprocess_segment: lowercasing is all the preprocessing chrF does.
        const hypothesis = o.lowercase ? hypothesisText.toLowerCase() : hypothesisText;
        const references = o.lowercase ? referenceTexts.map((r) => r.toLowerCase()) : referenceTexts;
        const squeeze = (s) => (o.whitespace ? s : pySplit(s).join(''));
        const chars = new CharIds();
        const hypChars = chars.ids(squeeze(hypothesis));
        const refChars = references.map((r) => chars.ids(squeeze(r)));
        const words = new WordIds();
        const hypWords = o.wordOrder > 0 ? words.ids(chrfWords(hypothesis)) : new Int32Array(0);
        const refWords = o.wordOrder > 0 ? references.map((r) => words.ids(chrfWords(r))) : [];
        let perReference;
        if (packable(chars.size, o.charOrder) && packable(words.size, o.wordOrder)) {
            const charBase = chars.size + 1;
            const wordBase = words.size + 1;
            const hypGrams = [...allOrders(hypChars, o.charOrder, charBase), ...allOrders(hypWords, o.wordOrder, wordBase)];
            perReference = references.map((_, k) => {
                const refGrams = [...allOrders(refChars[k], o.charOrder, charBase), ...allOrders(refWords[k] ?? new Int32Array(0), o.wordOrder, wordBase)];
                const stats = [];
                for (let i = 0; i < hypGrams.length; i++) {
                    const hyp = hypGrams[i];
                    const ref = refGrams[i];
                    stats.push(ref.length > 0 ? hyp.length : 0, ref.length, clippedMatches(hyp, ref));
                }
                return stats;
            });
        }
        else {
            const hyp = allNgrams(hypothesis, o);
            perReference = references.map((reference) => {
                const ref = allNgrams(reference, o);
                const stats = [];
                for (let i = 0; i < hyp.length; i++)
                    stats.push(...matchStatistics(hyp[i], ref[i]));
                return stats;
            });
        }
        let best = [];
        let bestF = -1;
        for (const stats of perReference) {
            const f = chrfScore(stats, o);
            if (f > bestF) {
                bestF = f;
                best = stats;
            }
        }
        for (let i = 0; i < best.length; i++)
            this.stats[i] += best[i];
    }
    statistics() {
        return [...this.stats];
    }
    score() {
        return chrfScore(this.stats, this.options);
    }
    /** The metric's name as sacreBLEU prints it: chrF2, chrF2++ ... */
    name() {
        return `chrF${this.options.beta}${'+'.repeat(this.options.wordOrder)}`;
    }
    /** sacreBLEU's chrF signature, e.g. `nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0`. */
    signature() {
        const o = this.options;
        return (`nrefs:${referenceCountLabel(this.refCounts)}|case:${o.lowercase ? 'lc' : 'mixed'}|eff:${o.epsSmoothing ? 'no' : 'yes'}|` +
            `nc:${o.charOrder}|nw:${o.wordOrder}|space:${o.whitespace ? 'yes' : 'no'}|version:${SACREBLEU_VERSION}`);
    }
}
/** Corpus chrF of hypotheses against reference streams, as sacrebleu.corpus_chrf(hyps, [refs1, ...], **options). */
function corpusChrf(hypotheses, referenceStreams, options = {}) {
    const acc = new CorpusChrf(options);
    hypotheses.forEach((h, i) => acc.add(h, referenceStreams.map((stream) => stream[i])));
    return acc.score();
}

;// CONCATENATED MODULE: ./src/metrics/text/levenshtein.ts
/**
 * Levenshtein distance between two sequences of integer symbols (word ids or code points), with unit costs
 * for substitution, insertion and deletion, as rapidfuzz (and so jiwer) counts it. Bit-parallel (Myers 1999,
 * with Hyyrö's blocks for patterns longer than 32): O(ceil(m/32) * n) instead of O(m * n), after the common
 * prefix and suffix are set aside.
 */
/** Distance between sequences of arbitrary integer symbols. */
function levenshtein(a, b) {
    const ids = new Map();
    const dense = (s) => {
        const out = new Int32Array(s.length);
        for (let i = 0; i < s.length; i++) {
            let id = ids.get(s[i]);
            if (id === undefined) {
                id = ids.size + 1;
                ids.set(s[i], id);
            }
            out[i] = id;
        }
        return out;
    };
    const da = dense(a);
    const db = dense(b);
    return levenshteinDense(da, db, ids.size + 1);
}
/** Distance between sequences of dense ids in [0, alphabet). */
function levenshteinDense(a, b, alphabet) {
    let start = 0;
    let endA = a.length;
    let endB = b.length;
    while (start < endA && start < endB && a[start] === b[start])
        start++;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    let pattern = a.subarray(start, endA);
    let text = b.subarray(start, endB);
    if (pattern.length > text.length)
        [pattern, text] = [text, pattern];
    const m = pattern.length;
    const n = text.length;
    if (m === 0)
        return n;
    const blocks = (m + 31) >>> 5;
    // Peq[symbol * blocks + block]: bit i set where the pattern holds the symbol.
    const peq = new Int32Array(alphabet * blocks);
    for (let i = 0; i < m; i++)
        peq[pattern[i] * blocks + (i >>> 5)] |= 1 << (i & 31);
    const lastBit = 1 << ((m - 1) & 31);
    if (blocks === 1) {
        let pv = -1;
        let mv = 0;
        let score = m;
        for (let j = 0; j < n; j++) {
            const eq = peq[text[j]];
            const xv = eq | mv;
            const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
            let ph = mv | ~(xh | pv);
            let mh = pv & xh;
            if ((ph & lastBit) !== 0)
                score++;
            else if ((mh & lastBit) !== 0)
                score--;
            // The top row grows by one per column: a +1 carries into the first bit.
            ph = (ph << 1) | 1;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }
        return score;
    }
    const pv = new Int32Array(blocks).fill(-1);
    const mv = new Int32Array(blocks);
    let score = m;
    for (let j = 0; j < n; j++) {
        const base = text[j] * blocks;
        let hin = 1;
        for (let b = 0; b < blocks; b++) {
            let eq = peq[base + b];
            const p = pv[b];
            const mm = mv[b];
            const xv = eq | mm;
            if (hin < 0)
                eq |= 1;
            const xh = ((((eq & p) + p) | 0) ^ p) | eq;
            let ph = mm | ~(xh | p);
            let mh = p & xh;
            const high = b === blocks - 1 ? lastBit : 1 << 31;
            let hout = 0;
            if ((ph & high) !== 0)
                hout = 1;
            else if ((mh & high) !== 0)
                hout = -1;
            ph <<= 1;
            mh <<= 1;
            if (hin < 0)
                mh |= 1;
            else if (hin > 0)
                ph |= 1;
            pv[b] = mh | ~(xv | ph);
            mv[b] = ph & xv;
            hin = hout;
        }
        score += hin;
    }
    return score;
}

;// CONCATENATED MODULE: ./src/metrics/text/error-rate.ts
/**
 * Word and character error rates with jiwer 4's definitions and default transforms.
 *
 * WER (jiwer.wer, transform `wer_default`): runs of two or more whitespace characters become one space,
 * the string is stripped, then split on " " (a lone tab stays inside a word, as in jiwer).
 * CER (jiwer.cer, transform `cer_default`): the string is stripped, then every code point (spaces
 * included) is a symbol.
 * Both are corpus micro-averages: total edits (S + D + I) over total reference symbols (H + S + D), which
 * is the summed Levenshtein distances over the summed reference lengths.
 *
 * Empty references follow jiwer 4.0 ("allow empty references", jitsi/jiwer#108; jiwer 3 raised ValueError):
 * a reference that is empty, before or after the transform, is allowed and its hypothesis' symbols count as
 * insertions. When the whole corpus has no reference symbol, the rate is the number of insertions itself
 * (jiwer's `wer = num_insertions`), so wer('', 'silence') = 1 and cer('', 'abd') = 3: a model that
 * hallucinates on silent audio scores above 0, one that stays silent scores 0.
 */



/** jiwer's wer_default: RemoveMultipleSpaces, Strip, ReduceToListOfListOfWords. */
function werWords(s) {
    return pyStrip(s.replace(PY_WHITESPACE_RUN_OF_TWO, ' '))
        .split(' ')
        .filter((w) => w.length >= 1);
}
/** jiwer 4's corpus rate: edits over reference symbols, or the edits (all insertions) when there are none. */
function errorRate(c) {
    if (c.segments === 0)
        return Number.NaN;
    return c.referenceLength === 0 ? c.edits : c.edits / c.referenceLength;
}
/** Accumulates corpus WER over segments, one at a time (constant memory). */
class WordErrorRate {
    edits = 0;
    referenceLength = 0;
    segments = 0;
    add(hypothesis, reference) {
        const ref = werWords(reference);
        const hyp = werWords(hypothesis);
        // Words become dense integer ids (per segment: only equality matters for the distance).
        const words = new WordIds();
        const r = words.ids(ref);
        const h = words.ids(hyp);
        this.edits += levenshteinDense(r, h, words.size + 1);
        this.referenceLength += ref.length;
        this.segments += 1;
    }
    counts() {
        return { edits: this.edits, referenceLength: this.referenceLength, segments: this.segments };
    }
    /** WER as a fraction (like jiwer): may exceed 1 when there are many insertions. NaN before any segment. */
    value() {
        return errorRate(this.counts());
    }
}
/** Accumulates corpus CER over segments. */
class CharacterErrorRate {
    edits = 0;
    referenceLength = 0;
    segments = 0;
    add(hypothesis, reference) {
        const refText = pyStrip(reference);
        const chars = new CharIds();
        const ref = chars.ids(refText);
        const hyp = chars.ids(pyStrip(hypothesis));
        this.edits += levenshteinDense(ref, hyp, chars.size + 1);
        this.referenceLength += ref.length;
        this.segments += 1;
    }
    counts() {
        return { edits: this.edits, referenceLength: this.referenceLength, segments: this.segments };
    }
    /** CER as a fraction (like jiwer); NaN before any segment. */
    value() {
        return errorRate(this.counts());
    }
}
/** Corpus WER of parallel lists, as jiwer.wer(references, hypotheses). */
function wordErrorRate(references, hypotheses) {
    assertParallel(references, hypotheses);
    const acc = new WordErrorRate();
    references.forEach((r, i) => acc.add(hypotheses[i] ?? '', r));
    return acc.value();
}
/** Corpus CER of parallel lists, as jiwer.cer(references, hypotheses). */
function characterErrorRate(references, hypotheses) {
    assertParallel(references, hypotheses);
    const acc = new CharacterErrorRate();
    references.forEach((r, i) => acc.add(hypotheses[i] ?? '', r));
    return acc.value();
}
function assertParallel(references, hypotheses) {
    if (references.length !== hypotheses.length) {
        throw new RangeError(`${references.length} references but ${hypotheses.length} hypotheses`);
    }
}

;// CONCATENATED MODULE: ./src/metrics/text/corpus.ts
/**
 * Text quality over an evaluation set: corpus WER and CER (jiwer 4), BLEU and chrF (sacreBLEU 2.6), in one
 * streaming pass over a JSONL file whose lines are {"hypothesis": "...", "reference": "..."} or
 * {"hypothesis": "...", "references": ["...", "..."]}. BLEU and chrF use every reference; WER and CER (which
 * jiwer defines against one reference) use the first. Other keys on a line (ids, dialect labels) are ignored.
 * Optionally every string is first normalized as Arabic (all steps of `normalizeArabic`).
 */







const TEXT_METRICS = ['wer', 'cer', 'bleu', 'chrf'];
class TextMetrics {
    wer = new WordErrorRate();
    cer = new CharacterErrorRate();
    bleu;
    chrf;
    normalize;
    wanted;
    count = 0;
    constructor(options = {}) {
        this.normalize = options.normalize ?? 'none';
        this.bleu = new CorpusBleu(options.bleu);
        this.chrf = new CorpusChrf({ ...options.chrf, wordOrder: options.chrfWordOrder ?? options.chrf?.wordOrder ?? 0 });
        this.wanted = new Set(options.metrics ?? TEXT_METRICS);
    }
    /** Adds one segment; an empty reference is allowed (jiwer 4; sacreBLEU always allowed one). */
    add(segment) {
        const norm = this.normalize === 'arabic' ? (s) => normalizeArabic(s) : (s) => s;
        const hypothesis = norm(segment.hypothesis);
        const references = segment.references.map(norm);
        const first = references[0] ?? '';
        if (this.wanted.has('wer'))
            this.wer.add(hypothesis, first);
        if (this.wanted.has('cer'))
            this.cer.add(hypothesis, first);
        if (this.wanted.has('bleu'))
            this.bleu.add(hypothesis, references);
        if (this.wanted.has('chrf'))
            this.chrf.add(hypothesis, references);
        this.count += 1;
    }
    result() {
        return {
            segments: this.count,
            wer: this.wer.value(),
            cer: this.cer.value(),
            bleu: this.wanted.has('bleu') ? this.bleu.score().score : Number.NaN,
            chrf: this.wanted.has('chrf') ? this.chrf.score() : Number.NaN,
            bleu_signature: this.bleu.signature(),
            chrf_signature: this.chrf.signature(),
        };
    }
}
/** Parses one JSONL line into a segment, or throws a DhowError naming the file, line and field. */
function parseTextSegment(text, file, line) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors_DhowError('invalid-input', `not valid JSON: ${jsonl_jsonSyntaxMessage(error)}`, { file, line });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors_DhowError('invalid-input', 'each line must be a JSON object with "hypothesis" and "reference" or "references"', { file, line });
    }
    const record = value;
    if (typeof record.hypothesis !== 'string') {
        throw new errors_DhowError('invalid-input', 'must be a string', { file, line, field: 'hypothesis' });
    }
    const hasOne = Object.hasOwn(record, 'reference');
    const hasMany = Object.hasOwn(record, 'references');
    if (hasOne === hasMany) {
        throw new errors_DhowError('invalid-input', 'give exactly one of "reference" (a string) or "references" (a list of strings)', { file, line, field: 'reference' });
    }
    if (hasOne) {
        if (typeof record.reference !== 'string')
            throw new errors_DhowError('invalid-input', 'must be a string', { file, line, field: 'reference' });
        return { hypothesis: record.hypothesis, references: [record.reference] };
    }
    const refs = record.references;
    if (!Array.isArray(refs) || refs.length === 0 || !refs.every((r) => typeof r === 'string')) {
        throw new errors_DhowError('invalid-input', 'must be a non-empty list of strings', { file, line, field: 'references' });
    }
    return { hypothesis: record.hypothesis, references: refs };
}
/** Streams a JSONL file of segments (blank lines are skipped; invalid UTF-8 is an error naming the line). */
async function* readTextSegments(path, file = path) {
    for await (const raw of readFileLines(path, file)) {
        const text = decodeUtf8Line(raw, file);
        if (text.trim() === '')
            continue;
        yield { ...parseTextSegment(text, file, raw.number), line: raw.number };
    }
}
/** Computes the text metrics of a JSONL file in one streaming pass. */
async function textMetricsFromJsonl(path, options = {}) {
    const file = options.name ?? path;
    const metrics = new TextMetrics(options);
    for await (const segment of readTextSegments(path, file))
        metrics.add(segment);
    const result = metrics.result();
    if (result.segments === 0)
        throw new errors_DhowError('invalid-input', 'no segments: the file is empty', { file });
    return result;
}

;// CONCATENATED MODULE: ./src/gates/data-file.ts
/**
 * Where a gate policy may read its data from. A policy can come from the registry's dhow.yaml, written by
 * someone other than the person running the gate, so its `source.input` / `source.file` must not reach
 * anything on the runner: the path is resolved (symlinks included) and must lie inside one of the data
 * roots (the workspace, the policy file's directory, roots the caller allows), must be a regular file,
 * and never one of the kernel's special file systems (/proc, /sys, /dev), whose "files" hold the process
 * environment and its secrets. Messages name the path the policy wrote, never anything read from it.
 */



/** Kernel file systems that hold process state and devices rather than data. */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];
function inside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
function isSpecial(path) {
    return SPECIAL_ROOTS.some((root) => inside(path, root));
}
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * The real path of a policy's data file, once it is known to be a regular file inside a data root;
 * otherwise a DhowError naming the field and the path as written.
 */
async function confineDataFile(written, rules) {
    const where = { field: rules.field, ...(rules.file ? { file: rules.file } : {}) };
    const shown = JSON.stringify(written.length > 200 ? `${written.slice(0, 200)}…` : written);
    const requested = (0,external_node_path_.resolve)(rules.cwd, written);
    // Refused before anything is touched: not even a stat of /proc/self/... on the policy's say-so.
    if (isSpecial(requested))
        throw new errors_DhowError('invalid-input', `the data file ${shown} is on a special file system (/proc, /sys, /dev); a gate reads data files only`, where);
    let real;
    try {
        real = await (0,promises_.realpath)(requested);
    }
    catch (error) {
        const code = error.code;
        throw new errors_DhowError('not-found', `cannot read the data file ${shown}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}`, {
            ...where,
            cause: error,
        });
    }
    if (isSpecial(real))
        throw new errors_DhowError('invalid-input', `the data file ${shown} leads to a special file system (/proc, /sys, /dev); a gate reads data files only`, where);
    const roots = await Promise.all(rules.roots.map((root) => (0,promises_.realpath)(root).catch(() => undefined)));
    if (!roots.some((root) => root !== undefined && inside(real, root))) {
        const allowed = rules.roots.map((r) => JSON.stringify(r)).join(', ');
        throw new errors_DhowError('invalid-input', `the data file ${shown} is outside the data roots (${allowed}), symbolic links resolved; move it there or allow its directory as a data root`, where);
    }
    const info = await (0,promises_.stat)(real);
    if (!info.isFile())
        throw new errors_DhowError('invalid-input', `the data file ${shown} is ${kindOf(info)}, not a file`, where);
    return real;
}

;// CONCATENATED MODULE: ./src/io/csv-scanner.ts
/**
 * THE CSV scanner: the one place that knows the dialect dhow reads (RFC 4180 quoted fields with embedded
 * separators, newlines and doubled quotes; a UTF-8 byte order mark; CRLF, LF or a lone CR as line ends;
 * one ASCII separator, "," or a tab for .tsv), the record limit, line numbers and the errors. It is a state
 * machine over Buffers fed chunk by chunk (an incomplete record is carried to the next chunk) that emits one
 * event per record: a reused `CsvRecord` of field byte ranges with the line it starts on. Every CSV reader
 * in dhow is a sink on it: the row reader and readCsvFile (src/io/csv.ts), the projected fairness reader
 * (src/metrics/csv-columns.ts) and drift's column reader (src/drift/columns.ts).
 *
 * It is built for data that grows (drift, fairness): nothing is allocated per row unless the caller asks for
 * a string (`text`) or interns the bytes (ByteInterner). Sinks that know their columns can take values
 * during the scan: numbers parsed straight from the bytes (`expectNumbers`, `parseDecimal`), categories
 * hashed while scanned (`expectCategories`), and direct mode (`expectDirect`), a fast lane that writes
 * plain records (one line, unquoted, plain decimals) straight into columns and hands every other record,
 * unchanged, to the general state machine, so the dialect's rules and errors stay in one place.
 *
 * Strictness: a record whose field count differs from the header's is the sinks' error (they know the
 * header); text after a closing quote, a quote left open at the end of the input and a record longer than
 * the limit are errors here, naming the file and line, never echoing the data. A quote inside an unquoted
 * field is kept literally (as pandas does). Blank lines are skipped.
 */

const QUOTE = 0x22;
const csv_scanner_LF = 0x0a;
const csv_scanner_CR = 0x0d;
/** Strings pandas reads as missing values; they are "empty" for the numeric check. */
const MISSING_TOKENS = new Set([
    '',
    '#N/A',
    '#N/A N/A',
    '#NA',
    '-1.#IND',
    '-1.#QNAN',
    '-NaN',
    '-nan',
    '1.#IND',
    '1.#QNAN',
    '<NA>',
    'N/A',
    'NA',
    'NULL',
    'NaN',
    'None',
    'n/a',
    'nan',
    'null',
]);
/** First bytes of the missing-value tokens: anything else is not missing, without building a string. */
const MISSING_FIRST_BYTES = new Uint8Array(256);
for (const token of MISSING_TOKENS)
    if (token)
        MISSING_FIRST_BYTES[token.charCodeAt(0)] = 1;
/** First bytes that keep a categorical field out of direct mode: a quote, or a possible missing value. */
const DIRECT_REFUSED_FIRST_BYTES = MISSING_FIRST_BYTES.slice();
DIRECT_REFUSED_FIRST_BYTES[QUOTE] = 1;
/** True when bytes [start, end) may be a missing value (empty, or starting like a missing-value token). */
function mayBeMissing(bytes, start, end) {
    return start === end || MISSING_FIRST_BYTES[bytes[start]] === 1;
}
/** FNV-1a's offset basis and prime, shared by the parser's scan and ByteInterner. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/**
 * The longest record (one row, with the line ends inside its quoted fields) a CSV input may hold: 4 MiB.
 * Lower than JSON Lines' 16 MiB per line (src/io/jsonl.ts) because a CSV record is one row of a table of
 * numbers and categories, not a document; it equals the header limit (a header is a record too), and an
 * unclosed quote or a file with no line end is refused after at most this much plus one read, never
 * buffered whole.
 */
const MAX_CSV_RECORD_BYTES = 4 << 20;
class RecordView {
    line = 1;
    length = 0;
    bytes = Buffer.alloc(0);
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    flags = new Uint8Array(64); // 1: holds doubled quotes
    nums = new Float64Array(64); // the number, when numOk is 1 or 2
    hashes = new Int32Array(64); // the FNV-1a hash of the bytes, when numOk is 3
    // 0: nothing computed; 1: nums holds the field's value, computed while scanning; 2: that number went to
    // its sink; 3: hashes holds the bytes' hash; 4: the value went to its category sink.
    numOk = new Uint8Array(64);
    allTaken = false;
    start(i) {
        return this.starts[i];
    }
    end(i) {
        return this.ends[i];
    }
    escaped(i) {
        return this.flags[i] === 1;
    }
    text(i) {
        const s = this.bytes.toString('utf8', this.starts[i], this.ends[i]);
        return this.flags[i] === 1 ? s.replaceAll('""', '"') : s;
    }
    taken(i) {
        const k = this.numOk[i];
        return k === 2 || k === 4;
    }
    number(i) {
        const k = this.numOk[i];
        if (k === 1 || k === 2)
            return this.nums[i];
        return parseDecimal(this.bytes, this.starts[i], this.ends[i]);
    }
    missing(i) {
        const s = this.starts[i];
        const e = this.ends[i];
        if (s === e)
            return true;
        if (e - s > 9 || !MISSING_FIRST_BYTES[this.bytes[s]])
            return false;
        return MISSING_TOKENS.has(this.bytes.toString('latin1', s, e));
    }
    texts() {
        const out = [];
        for (let i = 0; i < this.length; i++)
            out.push(this.text(i));
        return out;
    }
    grow() {
        const n = this.starts.length * 2;
        const s = new Int32Array(n);
        s.set(this.starts);
        const e = new Int32Array(n);
        e.set(this.ends);
        const f = new Uint8Array(n);
        f.set(this.flags);
        const v = new Float64Array(n);
        v.set(this.nums);
        const o = new Uint8Array(n);
        o.set(this.numOk);
        const h = new Int32Array(n);
        h.set(this.hashes);
        this.starts = s;
        this.ends = e;
        this.flags = f;
        this.nums = v;
        this.numOk = o;
        this.hashes = h;
    }
}
/**
 * Push-style parser: feed it chunks, it calls `onRecord` for every complete record (header included).
 * Returning `false` from the callback stops the parse.
 */
class csv_scanner_CsvParser {
    onRecord;
    sep;
    file;
    maxRecord;
    view = new RecordView();
    pending = null; // bytes of an incomplete record carried to the next chunk
    joined = Buffer.alloc(0); // reused for pending + chunk (no new buffer per chunk)
    line = 1; // line of the next record's first byte
    first = true;
    stopped = false;
    /** Bytes consumed so far (for progress). */
    bytesDone = 0;
    numeric;
    /** 1 for the bytes that end an unquoted field: the separator, LF and CR. */
    stops = new Uint8Array(256);
    /** The largest of those bytes. */
    stopMax;
    sinks;
    categorical;
    categorySinks;
    // Direct mode (expectDirect): per field 1 (a number column) or 2 (a category sink), and where they go.
    directKinds;
    directNumbers = [];
    directCategories = [];
    directData = [];
    directBase = new Int32Array(0);
    directTaken = new Int32Array(1);
    /** Records whose values went straight to the direct-mode columns (the record callback never saw them). */
    directRecords = 0;
    /**
     * Marks columns expected to hold numbers: their plain decimals are computed while the bytes are
     * scanned, so `record.number(i)` costs nothing more (a hint: any column may still be read as text).
     * With `sinks`, a plain decimal of column i goes straight to sinks[i] and `record.taken(i)` is true:
     * the record callback has nothing left to do for that field. Both arrays may change between records.
     */
    expectNumbers(columns, sinks) {
        this.numeric = columns;
        this.sinks = sinks;
        this.view.numOk.fill(0); // parse leaves numOk alone while no column is typed: start from nothing computed
    }
    /**
     * Marks columns holding categories: their unquoted fields are hashed while scanned and, once the record
     * is complete, offered to sinks[i] (see CategorySink); `record.taken(i)` is true when the sink took it.
     * A column marked by expectNumbers too is read as numbers. Both arrays may change between records.
     */
    expectCategories(columns, sinks) {
        this.categorical = columns;
        this.categorySinks = sinks;
        this.view.numOk.fill(0);
    }
    /**
     * Direct mode, for readers that want nothing from a data record but its values: every field is either a
     * number column (`numbers[f]`, written in place) or a category sink (`categories[f]`). A record that is
     * one line of exactly that many unquoted fields, each number a plain decimal (as `expectNumbers` computes
     * them) and each category not empty and not starting like a missing-value token, then goes straight to
     * the columns, never to the record callback, and is counted in `directRecords`. Any other record (quotes,
     * missing values, exponents, a wrong field count, a lone CR, a full number column) reaches the callback
     * exactly as without direct mode, so the callback stays the one place for errors and odd values.
     * A category sink in direct mode must take every value it is offered. `undefined` ends direct mode.
     */
    expectDirect(columns) {
        if (!columns) {
            this.directKinds = undefined;
            return;
        }
        const width = columns.numbers.length;
        const kinds = new Uint8Array(width);
        const empty = new Float64Array(0);
        const placeholder = { data: empty, length: 0 };
        this.directNumbers = [];
        this.directData.length = 0;
        for (let f = 0; f < width; f++) {
            const column = columns.numbers[f];
            if (column)
                kinds[f] = 1;
            else if (columns.categories[f])
                kinds[f] = 2;
            else {
                // A field with nowhere to go: the callback must see every record.
                this.directKinds = undefined;
                return;
            }
            this.directNumbers.push(column ?? placeholder);
            this.directData.push(empty);
        }
        this.directCategories = columns.categories.slice(0, width);
        this.directBase = new Int32Array(width);
        while (this.view.starts.length < width)
            this.view.grow();
        this.directKinds = kinds;
    }
    constructor(onRecord, options = {}) {
        this.onRecord = onRecord;
        const separator = options.separator ?? ',';
        if (separator.length !== 1 || separator.charCodeAt(0) > 0x7f || separator === '"' || separator === '\n' || separator === '\r') {
            throw new errors_DhowError('usage', `the CSV separator must be one ASCII character other than a quote or a line end, got ${JSON.stringify(separator)}`);
        }
        this.sep = separator.charCodeAt(0);
        this.file = options.file ?? '<input>';
        this.maxRecord = options.maxRecordBytes ?? MAX_CSV_RECORD_BYTES;
        this.stops[this.sep] = 1;
        this.stops[csv_scanner_LF] = 1;
        this.stops[csv_scanner_CR] = 1;
        this.stopMax = Math.max(this.sep, csv_scanner_LF, csv_scanner_CR);
    }
    get done() {
        return this.stopped;
    }
    /** Parses a chunk; the scanner keeps (copies) the start of a record the chunk cuts, for the next one. */
    push(chunk) {
        if (this.stopped || chunk.length === 0)
            return;
        let buf = chunk;
        if (this.pending) {
            const pending = this.pending;
            const total = pending.length + chunk.length;
            if (this.joined.length < total)
                this.joined = Buffer.allocUnsafe(Math.max(total, this.joined.length * 2));
            pending.copy(this.joined, 0);
            chunk.copy(this.joined, pending.length);
            buf = this.joined.subarray(0, total);
            this.pending = null;
        }
        const consumed = this.feed(buf, false);
        if (consumed < buf.length && !this.stopped)
            this.pending = Buffer.from(buf.subarray(consumed));
    }
    /**
     * Parses the whole records at the start of `buf` and returns the bytes they took; the rest (a record the
     * bytes cut) is the caller's to hand over again, followed by more bytes, or with `last` when none follow.
     * For readers that place the next read right after that rest themselves (readCsvFile): no chunk is copied.
     * An incomplete record longer than the limit is refused here, so memory stays bounded by the limit plus
     * one chunk. Do not mix with push/finish.
     */
    feed(buf, last) {
        if (this.stopped)
            return buf.length;
        let skip = 0;
        if (this.first) {
            if (buf.length < 3 && buf[0] === 0xef && !last)
                return 0; // a byte order mark may be cut
            this.first = false;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                skip = 3;
        }
        const consumed = skip + this.parse(skip === 0 ? buf : buf.subarray(skip), last);
        this.bytesDone += consumed;
        if (!last && !this.stopped && buf.length - consumed > this.maxRecord)
            throw this.tooLong(this.line);
        return consumed;
    }
    tooLong(line) {
        const limit = this.maxRecord % (1 << 20) === 0 ? `${this.maxRecord >> 20} MiB` : `${this.maxRecord} bytes`;
        return new errors_DhowError('invalid-input', `the record is longer than ${limit}, the most a CSV record may hold`, { file: this.file, line });
    }
    /** Ends the input: a last record without a line end is delivered; an open quote is an error. */
    finish() {
        if (this.stopped)
            return;
        const rest = this.pending;
        this.pending = null;
        if (rest)
            this.feed(rest, true);
    }
    /** Parses whole records from buf; returns how many bytes were consumed. */
    parse(buf, last) {
        const sep = this.sep;
        const view = this.view;
        const numeric = this.numeric;
        const numericCount = numeric ? numeric.length : 0;
        const sinks = this.sinks;
        const categorical = this.categorical;
        const categoricalCount = categorical ? categorical.length : 0;
        const categorySinks = this.categorySinks;
        const stops = this.stops;
        const stopMax = this.stopMax;
        const typed = numericCount > 0 || categoricalCount > 0;
        const n = buf.length;
        view.bytes = buf;
        let pos = 0; // start of the current record
        let line = this.line;
        while (pos < n) {
            if (this.directKinds !== undefined) {
                // As many records as direct mode takes; the one it stops at (if any) is parsed below.
                const before = this.directRecords;
                pos = this.directRun(buf, pos, n);
                line += this.directRecords - before;
                if (pos >= n)
                    break;
            }
            let i = pos;
            let field = 0;
            let lines = 0; // line ends inside quoted fields of this record
            let complete = false;
            let starts = view.starts;
            let ends = view.ends;
            let flags = view.flags;
            let numOk = view.numOk;
            // One record.
            for (;;) {
                if (field === starts.length) {
                    view.grow();
                    starts = view.starts;
                    ends = view.ends;
                    flags = view.flags;
                    numOk = view.numOk;
                }
                if (i < n && buf[i] === QUOTE) {
                    const closed = this.closingQuote(buf, i, last, line + lines);
                    if (closed < 0)
                        return this.stopAt(pos, line);
                    lines += this.quotedLines;
                    starts[field] = i + 1;
                    ends[field] = closed;
                    flags[field] = this.quotedDoubled;
                    numOk[field] = 0;
                    field++;
                    i = closed + 1;
                    if (i >= n) {
                        if (!last)
                            return this.stopAt(pos, line);
                        complete = true;
                        break;
                    }
                    const c = buf[i];
                    if (c === sep) {
                        i++;
                        continue;
                    }
                    if (c === csv_scanner_LF) {
                        i++;
                        complete = true;
                        break;
                    }
                    if (c === csv_scanner_CR) {
                        if (i + 1 >= n && !last)
                            return this.stopAt(pos, line);
                        i += i + 1 < n && buf[i + 1] === csv_scanner_LF ? 2 : 1;
                        complete = true;
                        break;
                    }
                    throw new errors_DhowError('invalid-input', `unexpected text after a closing quote (field ${field})`, { file: this.file, line: line + lines });
                }
                // Unquoted field: scan to the separator or the line end.
                const s = i;
                let c = 0;
                if (field < numericCount && numeric[field] === 1) {
                    i = this.numberField(buf, i, field);
                    c = i < n ? buf[i] : 0;
                }
                else if (field < categoricalCount && categorical[field] === 1) {
                    i = this.categoryField(buf, i, field);
                    c = i < n ? buf[i] : 0;
                }
                else {
                    // Most bytes of text are above every byte that ends a field: one comparison passes them.
                    while (i < n) {
                        c = buf[i];
                        if (c > stopMax) {
                            i++;
                            continue;
                        }
                        if (stops[c] === 1)
                            break;
                        i++;
                    }
                    if (typed)
                        numOk[field] = 0; // without typed columns it is never set
                }
                starts[field] = s;
                ends[field] = i;
                flags[field] = 0;
                field++;
                if (i >= n) {
                    if (!last)
                        return this.stopAt(pos, line);
                    complete = true;
                    break;
                }
                if (c === sep) {
                    i++;
                    continue;
                }
                if (c === csv_scanner_LF) {
                    i++;
                    complete = true;
                    break;
                }
                // CR: CRLF, or a lone CR as a line end.
                if (i + 1 >= n && !last)
                    return this.stopAt(pos, line);
                i += i + 1 < n && buf[i + 1] === csv_scanner_LF ? 2 : 1;
                complete = true;
                break;
            }
            if (!complete)
                break;
            if (i - pos > this.maxRecord)
                throw this.tooLong(line);
            const recordLine = line;
            line += lines + 1;
            // A blank line (one empty unquoted field) is skipped.
            if (!(field === 1 && ends[0] === starts[0] && flags[0] === 0 && (buf[pos] === csv_scanner_LF || buf[pos] === csv_scanner_CR || pos >= n))) {
                // Only a complete record hands its values to the sinks (an incomplete one is scanned again).
                const taken = sinks !== undefined || categorySinks !== undefined ? this.offer(buf, field) : 0;
                view.allTaken = taken === field;
                view.line = recordLine;
                view.length = field;
                if (this.onRecord(view) === false) {
                    this.stopped = true;
                    this.line = line;
                    return i;
                }
            }
            pos = i;
        }
        this.line = line;
        return pos;
    }
    /**
     * An unquoted field of a column expected to hold numbers, from i: accumulates the digits while scanning
     * (plain decimals only; anything else is left to parseDecimal when the number is asked for). Returns the
     * field's end. A method of its own, so that readers without typed columns (fairness) never compile it.
     */
    numberField(buf, i, field) {
        const view = this.view;
        const stops = this.stops;
        const n = buf.length;
        const s = i;
        let m = 0;
        let dot = -1;
        let plain = 1;
        if (i < n && buf[i] === 0x2d)
            i++;
        const digitsStart = i;
        while (i < n) {
            const c = buf[i];
            const d = c - 0x30;
            if (d >>> 0 <= 9)
                m = m * 10 + d;
            else if (stops[c] === 1)
                break;
            else if (c === 0x2e && dot < 0)
                dot = i;
            else
                plain = 0;
            i++;
        }
        const digits = i - digitsStart - (dot < 0 ? 0 : 1);
        if (plain === 1 && digits > 0 && digits <= 15) {
            const v = dot < 0 ? m : m / POW10[i - dot - 1];
            view.nums[field] = buf[s] === 0x2d ? -v : v;
            view.numOk[field] = 1;
        }
        else
            view.numOk[field] = 0;
        return i;
    }
    /** An unquoted field of a categorical column, from i: hashes the bytes while scanning them; returns its end. */
    categoryField(buf, i, field) {
        const stops = this.stops;
        const n = buf.length;
        let h = FNV_OFFSET;
        while (i < n) {
            const c = buf[i];
            if (stops[c] === 1)
                break;
            h = Math.imul(h ^ c, FNV_PRIME);
            i++;
        }
        this.view.hashes[field] = h;
        this.view.numOk[field] = 3;
        return i;
    }
    /** Line ends inside the quoted field closingQuote last found, and 1 when it holds doubled quotes. */
    quotedLines = 0;
    quotedDoubled = 0;
    /**
     * The closing quote of the quoted field opening at i (doubled quotes skipped), or -1 when the bytes end
     * first and more may come; at the end of the input an open quote is an error naming the field's line.
     */
    closingQuote(buf, i, last, fieldLine) {
        const n = buf.length;
        let j = i + 1;
        let doubled = 0;
        let closed = -1;
        for (;;) {
            const q = buf.indexOf(QUOTE, j);
            if (q < 0)
                break;
            if (q + 1 < n && buf[q + 1] === QUOTE) {
                doubled = 1;
                j = q + 2;
                continue;
            }
            if (q + 1 >= n && !last)
                break; // the next byte decides: wait for it
            closed = q;
            break;
        }
        if (closed < 0) {
            if (!last)
                return -1;
            throw new errors_DhowError('invalid-input', 'a quoted field is not closed before the end of the input', { file: this.file, line: fieldLine });
        }
        let lines = 0;
        for (let k = i + 1; k < closed; k++)
            if (buf[k] === csv_scanner_LF)
                lines++;
        this.quotedLines = lines;
        this.quotedDoubled = doubled;
        return closed;
    }
    /** Hands a complete record's values computed during the scan to their sinks; returns how many were taken. */
    offer(buf, fields) {
        const view = this.view;
        const numOk = view.numOk;
        const sinks = this.sinks;
        const categorySinks = this.categorySinks;
        const numberSinks = sinks === undefined ? 0 : sinks.length;
        const categoryCount = categorySinks === undefined ? 0 : categorySinks.length;
        let taken = 0;
        for (let f = 0; f < fields; f++) {
            const k = numOk[f];
            if (k === 1) {
                const sink = f < numberSinks ? sinks[f] : undefined;
                if (sink !== undefined) {
                    sink.push(view.nums[f]);
                    numOk[f] = 2;
                    taken++;
                }
            }
            else if (k === 3) {
                const sink = f < categoryCount ? categorySinks[f] : undefined;
                if (sink !== undefined && sink.add(buf, view.starts[f], view.ends[f], view.hashes[f])) {
                    numOk[f] = 4;
                    taken++;
                }
            }
        }
        return taken;
    }
    /**
     * Direct mode for one stretch of a buffer (see expectDirect): parses records from pos while they qualify
     * and the number columns have room, writes their values in place, and returns where it stopped (the
     * start of the first record it did not take). Number columns' lengths move once, at the end.
     */
    directRun(buf, pos, n) {
        const kinds = this.directKinds;
        const numbers = this.directNumbers;
        const data = this.directData;
        const base = this.directBase;
        let room = 0x7fffffff;
        for (let f = 0; f < kinds.length; f++) {
            if (kinds[f] !== 1)
                continue;
            const column = numbers[f];
            data[f] = column.data;
            base[f] = column.length;
            room = Math.min(room, column.data.length - column.length);
        }
        this.directTaken[0] = 0;
        const end = this.directLoop(buf, pos, n, room);
        const records = this.directTaken[0];
        if (records > 0) {
            for (let f = 0; f < kinds.length; f++)
                if (kinds[f] === 1)
                    numbers[f].length += records;
            this.directRecords += records;
        }
        return end;
    }
    /**
     * The records themselves. A record is committed only once all its fields qualified: its numbers are
     * already in place (beyond the columns' lengths until then), its categories are offered, and
     * directTaken[0] counts it. Nothing follows the loop but the return: V8 compiles this loop while it
     * runs (on-stack replacement), and code after it, never run by then, would throw that code away.
     */
    directLoop(buf, pos, n, room) {
        const kinds = this.directKinds;
        const width = kinds.length;
        const categories = this.directCategories;
        const data = this.directData;
        const base = this.directBase;
        const taken = this.directTaken;
        const view = this.view;
        const starts = view.starts;
        const ends = view.ends;
        const hashes = view.hashes;
        const sep = this.sep;
        const stops = this.stops;
        const maxRecord = this.maxRecord;
        let records = 0;
        let start = pos;
        record: while (records < room && start < n) {
            let i = start;
            for (let f = 0;;) {
                if (i >= n)
                    break record;
                const s = i;
                let c = buf[i];
                if (kinds[f] === 1) {
                    // Digits, then optionally a dot and more digits: a plain decimal, as the general path reads it.
                    let m = 0;
                    if (c === 0x2d)
                        i++;
                    const digitsStart = i;
                    let d = 0;
                    while (i < n && (d = buf[i] - 0x30) >>> 0 <= 9) {
                        m = m * 10 + d;
                        i++;
                    }
                    let dot = 0;
                    let fraction = 0;
                    if (i < n && buf[i] === 0x2e) {
                        dot = 1;
                        const fractionStart = ++i;
                        while (i < n && (d = buf[i] - 0x30) >>> 0 <= 9) {
                            m = m * 10 + d;
                            i++;
                        }
                        fraction = i - fractionStart;
                    }
                    if (i >= n)
                        break record;
                    c = buf[i];
                    if (stops[c] !== 1)
                        break record;
                    const digits = i - digitsStart - dot;
                    if (digits <= 0 || digits > 15)
                        break record;
                    const v = fraction === 0 ? m : m / POW10[fraction];
                    data[f][base[f] + records] = buf[s] === 0x2d ? -v : v;
                }
                else {
                    // Not empty, not quoted, not possibly missing.
                    if (DIRECT_REFUSED_FIRST_BYTES[c] === 1 || stops[c] === 1)
                        break record;
                    let h = FNV_OFFSET;
                    while (i < n) {
                        c = buf[i];
                        if (stops[c] === 1)
                            break;
                        h = Math.imul(h ^ c, FNV_PRIME);
                        i++;
                    }
                    if (i >= n)
                        break record;
                    starts[f] = s;
                    ends[f] = i;
                    hashes[f] = h;
                }
                f++;
                if (c === sep) {
                    if (f === width)
                        break record;
                    i++;
                    continue;
                }
                if (f !== width)
                    break record;
                if (c === csv_scanner_LF)
                    i++;
                else if (i + 1 < n && buf[i + 1] === csv_scanner_LF)
                    i += 2; // CRLF
                else
                    break record; // a lone CR, or CR at the end of the buffer: the general path decides
                break;
            }
            if (i - start > maxRecord)
                break record; // the general path refuses it
            for (let f = 0; f < width; f++)
                if (kinds[f] === 2)
                    categories[f].add(buf, starts[f], ends[f], hashes[f]);
            taken[0] = ++records;
            start = i;
        }
        return start;
    }
    stopAt(pos, line) {
        this.line = line;
        return pos;
    }
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const NUMBER_TEXT = /^\s*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity)\s*$/i;
/**
 * The number in bytes [start, end), or NaN when the field is empty or not a decimal number.
 * Plain forms ([+-]digits[.digits][e[+-]digits], up to 15 significant digits and a power of ten up to 22)
 * are computed exactly from the bytes (one correctly rounded multiplication or division, Clinger's fast
 * path); anything else goes through Number(), restricted to decimal text (no hex, no "Infinity" spelling
 * games beyond inf/infinity, which pandas accepts too).
 */
function parseDecimal(bytes, start, end) {
    let i = start;
    if (i >= end)
        return NaN;
    let c = bytes[i];
    let negative = false;
    if (c === 0x2d) {
        negative = true;
        i++;
    }
    else if (c === 0x2b)
        i++;
    const first = i;
    let mantissa = 0;
    let digits = 0; // significant digits (leading zeros do not count)
    let dot = -1;
    for (; i < end; i++) {
        c = bytes[i] - 0x30;
        if (c >= 0 && c <= 9) {
            mantissa = mantissa * 10 + c;
            if (mantissa !== 0)
                digits++;
        }
        else if (c === -2 && dot < 0)
            dot = i;
        else
            break;
    }
    const mantissaEnd = i;
    // No digit at all ("", "-", ".", "e5"): not a plain number.
    if (mantissaEnd === first || (dot >= 0 && mantissaEnd === first + 1))
        return slowDecimal(bytes, start, end);
    let exponent = dot < 0 ? 0 : dot + 1 - mantissaEnd;
    if (i < end) {
        c = bytes[i];
        if (c !== 0x65 && c !== 0x45)
            return slowDecimal(bytes, start, end);
        i++;
        let expNegative = false;
        if (i < end && (bytes[i] === 0x2d || bytes[i] === 0x2b)) {
            expNegative = bytes[i] === 0x2d;
            i++;
        }
        const expStart = i;
        let e = 0;
        for (; i < end; i++) {
            c = bytes[i] - 0x30;
            if (c < 0 || c > 9)
                return slowDecimal(bytes, start, end);
            if (e < 100000)
                e = e * 10 + c;
        }
        if (i === expStart)
            return slowDecimal(bytes, start, end);
        exponent += expNegative ? -e : e;
    }
    if (digits > 15)
        return slowDecimal(bytes, start, end);
    let value;
    if (exponent === 0 || mantissa === 0)
        value = mantissa;
    else if (exponent > 0 && exponent <= 22)
        value = mantissa * POW10[exponent];
    else if (exponent < 0 && exponent >= -22)
        value = mantissa / POW10[-exponent];
    else
        return slowDecimal(bytes, start, end);
    return negative ? -value : value;
}
function slowDecimal(bytes, start, end) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
    if (!NUMBER_TEXT.test(text))
        return NaN;
    const t = text.trim().toLowerCase();
    if (t.endsWith('inf') || t.endsWith('infinity'))
        return t.startsWith('-') ? -Infinity : Infinity;
    return Number(t);
}

;// CONCATENATED MODULE: ./src/io/csv.ts
/**
 * CSV readers over the scanner (src/io/csv-scanner.ts, which owns the dialect, line numbers, limits and
 * errors): a whole buffer, a file streamed in chunks (`readCsvFile`), rows as strings of selected columns
 * (`csvRows`); and what readers share: column selection, header and data quoting for messages (an error
 * must not print what it read), and byte interning (`ByteInterner`).
 */




/** Parses a whole buffer. */
function parseCsvBuffer(buffer, onRecord, options = {}) {
    const parser = new CsvParser(onRecord, options);
    parser.push(buffer);
    parser.finish();
}
/** Room before each read for the record the previous read cut (a longer one is joined by a copy). */
const READ_RESERVE = 1 << 16;
/** Streams a file through the parser in chunks; memory stays at two chunks plus one record. */
async function readCsvFile(path, onRecord, options = {}) {
    const file = options.file ?? path;
    const parser = new csv_scanner_CsvParser(onRecord, { ...options, file });
    options.withParser?.(parser);
    if (options.chunks) {
        let done = 0;
        for (const chunk of options.chunks) {
            parser.push(chunk);
            options.onProgress?.((done += chunk.length), done);
            if (parser.done)
                return;
        }
        return parser.finish();
    }
    const handle = await (0,promises_.open)(path, 'r').catch((error) => {
        throw new errors_DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file, cause: error });
    });
    // Two buffers, taking turns: the next chunk is read (on libuv's thread pool) while this one is parsed.
    // Each read lands after a reserve; the record the previous chunk cut is copied into the reserve, right
    // before the read's bytes, so only that record's bytes are copied, never a whole chunk.
    let next;
    try {
        const total = (await handle.stat()).size;
        const size = options.chunkSize ?? 1 << 20;
        let chunk = Buffer.allocUnsafe(READ_RESERVE + size);
        let spare = Buffer.allocUnsafe(READ_RESERVE + size);
        let rest = Buffer.alloc(0); // unparsed bytes of the previous input, in the spare buffer
        let done = 0;
        next = handle.read(chunk, READ_RESERVE, size, null);
        for (;;) {
            const { bytesRead } = await next;
            next = undefined;
            if (bytesRead === 0)
                break;
            done += bytesRead;
            let input;
            if (rest.length <= READ_RESERVE) {
                rest.copy(chunk, READ_RESERVE - rest.length);
                input = chunk.subarray(READ_RESERVE - rest.length, READ_RESERVE + bytesRead);
            }
            else
                input = Buffer.concat([rest, chunk.subarray(READ_RESERVE, READ_RESERVE + bytesRead)]); // a long record
            if (bytesRead === size)
                next = handle.read(spare, READ_RESERVE, size, null);
            const consumed = parser.feed(input, false);
            options.onProgress?.(done, total);
            if (parser.done)
                return;
            rest = input.subarray(consumed);
            if (!next)
                next = handle.read(spare, READ_RESERVE, size, null);
            [chunk, spare] = [spare, chunk];
        }
        parser.feed(rest, true);
    }
    finally {
        // A read still in flight (the parser stopped or threw) must end before the file is closed.
        await next?.catch(() => undefined);
        await handle.close();
    }
}
/**
 * Reads a CSV file with a header and yields, for each data row, the selected columns as strings.
 * Convenient, and allocates per row: prefer `readCsvFile` with a `CsvRecord` for large inputs.
 */
async function* csvRows(path, options = {}) {
    const queue = [];
    let header;
    let indexes = [];
    // A bad record stops the parse; the rows before it are still yielded, then the error is thrown.
    let failure;
    const parser = new CsvParser((record) => {
        try {
            if (!header) {
                header = record.texts();
                indexes = selectColumns(header, options.columns, path);
                return;
            }
            checkWidth(record, header.length, path);
            queue.push({ line: record.line, values: indexes.map((i) => record.text(i)) });
        }
        catch (error) {
            failure = error;
            return false;
        }
    }, { file: path, ...options });
    const handle = await open(path, 'r').catch((error) => {
        throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
    });
    try {
        const size = options.chunkSize ?? 1 << 20;
        const chunk = Buffer.allocUnsafe(size);
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, size, null);
            if (bytesRead === 0)
                break;
            parser.push(chunk.subarray(0, bytesRead));
            while (queue.length > 0)
                yield { ...queue.shift(), header: header };
            if (failure)
                throw failure;
        }
        parser.finish();
        while (queue.length > 0)
            yield { ...queue.shift(), header: header };
        if (failure)
            throw failure;
        if (!header)
            throw new DhowError('invalid-input', 'the file is empty (no header row)', { file: path });
    }
    finally {
        await handle.close();
    }
}
/** Indexes of the named columns in a header (all columns when names is undefined); unknown names are errors. */
function selectColumns(header, names, file) {
    if (!names)
        return header.map((_, i) => i);
    return names.map((name) => {
        const i = header.indexOf(name);
        if (i < 0)
            throw new DhowError('invalid-input', `no such column ${quoteData(name)}; ${describeHeader(header)}`, { file, field: name });
        return i;
    });
}
/** A column name as a header of data would spell it: letters, digits, marks and a little punctuation. */
const PLAIN_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}\p{M} _.\-()%#/]{0,63}$/u;
const MAX_NAMES_SHOWN = 50;
/**
 * The header's names for an error message, only when it looks like a header of column names (at most 50
 * plain names, none with "=", control characters or the like). Anything else may be a file that was never
 * data (an environment listing, a key) and is not repeated: an error must not print what it read.
 */
function describeHeader(names) {
    if (names.length === 0 || names.length > MAX_NAMES_SHOWN || !names.every((n) => PLAIN_NAME.test(n))) {
        return 'the first line does not look like a header of column names, so it is not repeated here';
    }
    return `the columns are ${names.map((n) => JSON.stringify(n)).join(', ')}`;
}
/** Text from a data file or a policy for a message: cut to `max` characters and JSON-escaped (quotes, control bytes). */
function quoteData(text, max = 64) {
    const chars = [...text];
    return JSON.stringify(chars.length > max ? `${chars.slice(0, max).join('')}…` : text);
}
/** A data record must have as many fields as the header. */
function checkWidth(record, width, file) {
    if (record.length !== width) {
        throw new DhowError('invalid-input', `the row has ${record.length} fields, the header has ${width}`, { file, line: record.line });
    }
}
/**
 * Maps byte strings to dense integer ids without building a string per occurrence: an open-addressing
 * hash table (FNV-1a) over a byte arena. `values[id]` is the decoded string, built once per distinct value.
 */
class ByteInterner {
    values = [];
    arena = new Uint8Array(4096);
    arenaUsed = 0;
    offsets = new Int32Array(64);
    lengths = new Int32Array(64);
    hashes = new Int32Array(64);
    table = new Int32Array(128).fill(-1);
    scratch = Buffer.alloc(256);
    get size() {
        return this.values.length;
    }
    /** The id of field i of a record (doubled quotes undone). */
    idOfField(record, i) {
        const s = record.start(i);
        const e = record.end(i);
        if (!record.escaped(i))
            return this.id(record.bytes, s, e);
        const text = record.text(i);
        const len = Buffer.byteLength(text);
        if (len > this.scratch.length)
            this.scratch = Buffer.alloc(len * 2);
        this.scratch.write(text, 0, 'utf8');
        return this.id(this.scratch, 0, len);
    }
    /** The id of a string value. */
    idOfString(text) {
        const bytes = Buffer.from(text, 'utf8');
        return this.id(bytes, 0, bytes.length);
    }
    /** The id of bytes [start, end). */
    id(bytes, start, end) {
        let h = FNV_OFFSET;
        for (let k = start; k < end; k++)
            h = Math.imul(h ^ bytes[k], FNV_PRIME);
        return this.idHashed(bytes, start, end, h);
    }
    /** The id of bytes [start, end) whose FNV-1a hash (as the CSV parser computes it) is h. */
    idHashed(bytes, start, end, h) {
        const table = this.table;
        const mask = table.length - 1;
        const len = end - start;
        let slot = h & mask;
        for (;;) {
            const id = table[slot];
            if (id < 0)
                break;
            if (this.hashes[id] === h && this.lengths[id] === len) {
                const off = this.offsets[id];
                let k = 0;
                while (k < len && this.arena[off + k] === bytes[start + k])
                    k++;
                if (k === len)
                    return id;
            }
            slot = (slot + 1) & mask;
        }
        return this.insert(bytes, start, end, h, slot);
    }
    insert(bytes, start, end, h, slot) {
        const id = this.values.length;
        const len = end - start;
        if (this.arenaUsed + len > this.arena.length) {
            const a = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + len));
            a.set(this.arena);
            this.arena = a;
        }
        this.arena.set(bytes.subarray(start, end), this.arenaUsed);
        if (id === this.offsets.length) {
            this.offsets = growInt32(this.offsets);
            this.lengths = growInt32(this.lengths);
            this.hashes = growInt32(this.hashes);
        }
        this.offsets[id] = this.arenaUsed;
        this.lengths[id] = len;
        this.hashes[id] = h;
        this.arenaUsed += len;
        this.values.push(Buffer.from(bytes.buffer, bytes.byteOffset + start, len).toString('utf8'));
        this.table[slot] = id;
        if ((id + 1) * 2 > this.table.length)
            this.rehash();
        return id;
    }
    rehash() {
        const table = new Int32Array(this.table.length * 2).fill(-1);
        const mask = table.length - 1;
        for (let id = 0; id < this.values.length; id++) {
            let slot = this.hashes[id] & mask;
            while (table[slot] >= 0)
                slot = (slot + 1) & mask;
            table[slot] = id;
        }
        this.table = table;
    }
}
function growInt32(a) {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
}

;// CONCATENATED MODULE: ./src/metrics/csv-columns.ts
/**
 * The projected CSV reader for metrics that count (fairness): a sink on the one CSV scanner (CsvParser in
 * src/io/csv.ts, which owns the dialect, the line numbers, the limits and the errors) that hands on only the
 * byte ranges of the few columns asked for, by slot (their position in the request). It adds the header
 * handshake (`onHeader` names the columns wanted) and refuses a row whose field count differs from the
 * header's, naming the file and line.
 */



/** One record, valid only during the callback (reused). Ranges are by slot: the position in the asked columns. */
class ProjectedRecord {
    line = 1;
    /** Number of fields in the record (all columns, asked for or not). */
    fields = 0;
    bytes = Buffer.alloc(0);
    start;
    end;
    /** 1 when the field was quoted and holds doubled quotes (its bytes are not its value yet). */
    escaped;
    constructor(slots) {
        this.start = new Int32Array(slots);
        this.end = new Int32Array(slots);
        this.escaped = new Uint8Array(slots);
    }
    /** The value of a slot as a string (UTF-8, doubled quotes undone). */
    text(slot) {
        const s = this.bytes.toString('utf8', this.start[slot], this.end[slot]);
        return this.escaped[slot] === 1 ? s.replaceAll('""', '"') : s;
    }
}
/**
 * The sink: turns the scanner's records into projected records. `onHeader` gets the header's names and
 * returns the column indexes wanted (slots in that order); `onRecord` gets every data record.
 */
class Projection {
    file;
    onHeader;
    onRecord;
    /** The header's field count; -1 until the header was read. */
    width = -1;
    columns = new Int32Array(0);
    record = new ProjectedRecord(0);
    constructor(file, onHeader, onRecord) {
        this.file = file;
        this.onHeader = onHeader;
        this.onRecord = onRecord;
    }
    /** The scanner's callback. */
    take = (record) => {
        const width = this.width;
        if (width < 0)
            return this.header(record);
        if (record.length !== width) {
            throw new errors_DhowError('invalid-input', `the row has ${record.length} fields, the header has ${width}`, { file: this.file, line: record.line });
        }
        const view = this.record;
        const columns = this.columns;
        const start = view.start;
        const end = view.end;
        const escaped = view.escaped;
        const starts = record.starts;
        const ends = record.ends;
        const flags = record.flags;
        for (let slot = 0; slot < columns.length; slot++) {
            const c = columns[slot];
            start[slot] = starts[c];
            end[slot] = ends[c];
            escaped[slot] = flags[c];
        }
        view.bytes = record.bytes;
        view.line = record.line;
        view.fields = record.length;
        this.onRecord(view);
    };
    header(record) {
        const names = record.texts();
        const wanted = this.onHeader(names, record.line);
        this.columns = Int32Array.from(wanted);
        this.record = new ProjectedRecord(wanted.length);
        this.width = names.length;
    }
}
/**
 * Push-style reader over chunks: `push` them, then `finish`. `onHeader` gets the header's names and returns
 * the column indexes wanted (slots in that order); `onRecord` gets every data record.
 */
class ProjectedCsvScanner {
    projection;
    parser;
    constructor(onHeader, onRecord, options = {}) {
        this.projection = new Projection(options.file ?? '<input>', onHeader, onRecord);
        this.parser = new CsvParser(this.projection.take, options);
    }
    /** True once the header was read. */
    get started() {
        return this.projection.width >= 0;
    }
    push(chunk) {
        this.parser.push(chunk);
    }
    finish() {
        this.parser.finish();
    }
}
/** Streams a file through the projection; memory stays at two reads plus one record (see readCsvFile). */
async function scanCsvColumns(path, onHeader, onRecord, options = {}) {
    const file = options.file ?? path;
    const projection = new Projection(file, onHeader, onRecord);
    await readCsvFile(path, projection.take, { ...options, file });
    return { headerRead: projection.width >= 0 };
}
/** The header line may be at most this long: a "header" without a line end for megabytes is not one. */
const MAX_HEADER_BYTES = MAX_CSV_RECORD_BYTES;
/**
 * The header's names only (reads no further than the header line, at most 4 MiB). For checking the columns
 * a caller needs before a full scan, with a message of its own.
 */
async function readCsvHeader(path, options = {}) {
    let names;
    const file = options.file ?? path;
    const size = 1 << 16;
    // The parser's own limit is above the header's, so that the header's message (with its reason) comes first.
    const parser = new csv_scanner_CsvParser((record) => {
        names = record.texts();
        return false; // the header is all this reader wants: data rows are the full scan's business
    }, { ...options, file, maxRecordBytes: MAX_HEADER_BYTES + 2 * size });
    const handle = await (0,promises_.open)(path, 'r').catch((error) => {
        throw new errors_DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file, cause: error });
    });
    try {
        const chunk = Buffer.allocUnsafe(size);
        let total = 0;
        while (names === undefined) {
            const { bytesRead } = await handle.read(chunk, 0, size, null);
            if (bytesRead === 0) {
                parser.finish();
                break;
            }
            total += bytesRead;
            parser.push(chunk.subarray(0, bytesRead));
            if (names === undefined && total > MAX_HEADER_BYTES) {
                throw new errors_DhowError('invalid-input', `the first line is longer than ${MAX_HEADER_BYTES >> 20} MiB: not a header of column names`, { file, line: 1 });
            }
        }
    }
    finally {
        await handle.close();
    }
    if (names === undefined)
        throw new errors_DhowError('invalid-input', 'the file is empty (no header row)', { file });
    return names;
}

;// CONCATENATED MODULE: ./src/metrics/fairness.ts
/**
 * Group fairness of a binary classifier with Fairlearn's definitions (fairlearn.metrics, MetricFrame).
 *
 * Per group and overall: selection rate (share predicted positive), TPR and FPR (sklearn's confusion matrix
 * normalized by true class with nan_to_num: a group with no positives has TPR 0, one with no negatives FPR 0),
 * accuracy and count. From them:
 *   demographic_parity_*  on selection rate       equal_opportunity_*  on TPR
 *   equalized_odds_*      on TPR and FPR, combined with `agg`: worst_case (the larger difference, the smaller
 *                         ratio, with Python's max/min semantics) or mean (pandas mean, NaN skipped)
 * `method` between_groups: difference max - min, ratio min / max; to_overall: difference max |group - overall|,
 * ratio min over groups of group/overall folded below 1. A ratio that is 0/0 is NaN (JSON null), as in pandas;
 * NaN groups are skipped by min/max as pandas does.
 *
 * Several group columns form intersectional groups keyed by their values joined with "," (a "," or "\" inside
 * a value is escaped with "\"). Only combinations that occur are reported (Fairlearn also lists absent
 * combinations, as NaN rows that no disparity uses). Labels and predictions must be binary: {0, 1}, {-1, 1}
 * or {false, true} (1 and true are positive), or any two values with --positive-label. The positive label
 * applies to every metric (Fairlearn's selection_rate always counts pos_label=1, so this equals Fairlearn on
 * labels binarized to 0/1).
 *
 * The CSV streams through a projected scan (`csv-columns.ts`, the dialect of `src/io/csv.ts`) that records only
 * the label, prediction and group columns; counters are per group only: memory does not grow with the rows.
 */



/** Metrics of one confusion matrix, as Fairlearn/sklearn compute them. */
function groupMetrics(c) {
    const count = c.tp + c.fp + c.tn + c.fn;
    const positives = c.tp + c.fn;
    const negatives = c.fp + c.tn;
    return {
        selection_rate: (c.tp + c.fp) / count,
        tpr: positives > 0 ? c.tp / positives : 0,
        fpr: negatives > 0 ? c.fp / negatives : 0,
        accuracy: (c.tp + c.tn) / count,
        count,
    };
}
/** pandas Series.max()/min(): NaN skipped, NaN when nothing is left. */
function nanMax(values) {
    let out = Number.NaN;
    for (const v of values)
        if (!Number.isNaN(v) && (Number.isNaN(out) || v > out))
            out = v;
    return out;
}
function nanMin(values) {
    let out = Number.NaN;
    for (const v of values)
        if (!Number.isNaN(v) && (Number.isNaN(out) || v < out))
            out = v;
    return out;
}
/** MetricFrame.difference for one metric. */
function difference(byGroup, overall, method = 'between_groups') {
    if (method === 'between_groups') {
        const min = nanMin(byGroup);
        return nanMax(byGroup.map((v) => Math.abs(v - min)));
    }
    return nanMax(byGroup.map((v) => Math.abs(v - overall)));
}
/** MetricFrame.ratio for one metric. */
function ratio(byGroup, overall, method = 'between_groups') {
    if (method === 'between_groups')
        return nanMin(byGroup) / nanMax(byGroup);
    return nanMin(byGroup.map((v) => {
        const r = v / overall;
        return r > 1 ? 1 / r : r;
    }));
}
/** Python's builtin max(a, b) / min(a, b) over a two-element Series: the first wins unless the second compares. */
function pyMax2(a, b) {
    return b > a ? b : a;
}
function pyMin2(a, b) {
    return b < a ? b : a;
}
/** pandas Series.mean() of two values, NaN skipped. */
function nanMean2(a, b) {
    const vals = [a, b].filter((v) => !Number.isNaN(v));
    return vals.length === 0 ? Number.NaN : vals.reduce((s, v) => s + v, 0) / vals.length;
}
/** Computes the whole report from per-group confusion counts (groups in the order they should be listed). */
function fairnessFromCounts(groups, options = {}) {
    const method = options.method ?? 'between_groups';
    const agg = options.agg ?? 'worst_case';
    const minSize = options.minGroupSize ?? 1;
    if (groups.size === 0)
        throw new errors_DhowError('invalid-input', 'no rows: nothing to measure', { file: options.file });
    const total = { tp: 0, fp: 0, tn: 0, fn: 0 };
    const byGroup = {};
    const small = [];
    for (const [key, c] of groups) {
        total.tp += c.tp;
        total.fp += c.fp;
        total.tn += c.tn;
        total.fn += c.fn;
        byGroup[key] = groupMetrics(c);
        if (byGroup[key].count < minSize)
            small.push(key);
    }
    if (small.length > 0 && (options.smallGroups ?? 'error') === 'error') {
        throw new errors_DhowError('invalid-input', `${small.length} group(s) have fewer than ${minSize} rows`, {
            file: options.file,
            reasons: small.map((k) => `group ${quoteData(k)}: ${byGroup[k].count} rows`),
        });
    }
    const overall = groupMetrics(total);
    const list = Object.values(byGroup);
    const col = (m) => list.map((g) => g[m]);
    const tprDiff = difference(col('tpr'), overall.tpr, method);
    const fprDiff = difference(col('fpr'), overall.fpr, method);
    const tprRatio = ratio(col('tpr'), overall.tpr, method);
    const fprRatio = ratio(col('fpr'), overall.fpr, method);
    return {
        overall,
        by_group: byGroup,
        demographic_parity_difference: difference(col('selection_rate'), overall.selection_rate, method),
        demographic_parity_ratio: ratio(col('selection_rate'), overall.selection_rate, method),
        equal_opportunity_difference: tprDiff,
        equal_opportunity_ratio: tprRatio,
        equalized_odds_difference: agg === 'worst_case' ? pyMax2(tprDiff, fprDiff) : nanMean2(tprDiff, fprDiff),
        equalized_odds_ratio: agg === 'worst_case' ? pyMin2(tprRatio, fprRatio) : nanMean2(tprRatio, fprRatio),
        small_groups: small,
    };
}
/** Joins the values of several group columns into one key: "," between values, "\" escapes "," and "\". */
function groupKey(values) {
    return values.length === 1 ? values[0] : values.map((v) => v.replace(/[\\,]/g, (c) => `\\${c}`)).join(',');
}
/** In-memory convenience (tests, small data): Fairlearn's API shape over arrays. */
function fairnessFromArrays(yTrue, yPred, sensitive, options = {}) {
    const counter = new LabelledGroupCounter(options.positiveLabel, options.file ?? '<arrays>');
    yTrue.forEach((t, i) => {
        const s = sensitive[i];
        const key = groupKey(Array.isArray(s) ? s.map(String) : [String(s)]);
        counter.add(key, String(t), String(yPred[i]), i + 1);
    });
    return fairnessFromCounts(counter.confusion(), options);
}
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** The value a label reads as (pandas-like): numbers by value ("1.0" is "1"), true/false as 1/0. */
function canonicalLabel(raw) {
    const t = raw.trim();
    if (NUMERIC.test(t))
        return String(Number(t));
    const lower = t.toLowerCase();
    if (lower === 'true')
        return '1';
    if (lower === 'false')
        return '0';
    return t;
}
function isMissingValue(raw) {
    return MISSING_TOKENS.has(raw.trim());
}
/**
 * Counts (group, label, prediction) triples by raw label text and decides the positive label at the end,
 * so one pass suffices. Raw label values are few (a binary column); a column with many distinct values is
 * refused as soon as it shows more than two canonical values.
 */
class LabelledGroupCounter {
    positiveLabel;
    file;
    labelField;
    positiveLabelName;
    /** raw label/prediction text -> id; first line each was seen on, for errors. */
    labelIds = new Map();
    labelTexts = [];
    labelLines = [];
    canonical = new Set();
    /** group key -> counts by (labelId * 16 + predId). */
    groups = new Map();
    constructor(positiveLabel, file, labelField = 'label', 
    /** How the caller's users name the positive label, for messages (the CLI: `--positive-label`). */
    positiveLabelName = SEMANTIC_NAMES.positiveLabel) {
        this.positiveLabel = positiveLabel;
        this.file = file;
        this.labelField = labelField;
        this.positiveLabelName = positiveLabelName;
    }
    /** The id of a raw label text (registers it, checking it is not missing and the column stays binary). */
    labelId(raw, line, field) {
        let id = this.labelIds.get(raw);
        if (id !== undefined)
            return id;
        if (isMissingValue(raw))
            throw new errors_DhowError('invalid-input', `empty or missing value ${quoteData(raw, 16)}`, { file: this.file, line, field });
        id = this.labelTexts.length;
        if (id >= 16)
            throw this.notBinary(line, field);
        this.labelIds.set(raw, id);
        this.labelTexts.push(raw);
        this.labelLines.push(line);
        this.canonical.add(canonicalLabel(raw));
        if (this.canonical.size > 2)
            throw this.notBinary(line, field);
        return id;
    }
    notBinary(line, field) {
        return new errors_DhowError('invalid-input', `labels and predictions must take at most two values; seen ${[...this.canonical]
            .slice(0, 5)
            .map((v) => quoteData(v, 16))
            .join(', ')}${this.canonical.size > 5 ? ', …' : ''}`, { file: this.file, line, field });
    }
    /** The counters of a group, indexed by labelId * 16 + predictionId (the hot loop increments them directly). */
    countsFor(key) {
        let counts = this.groups.get(key);
        if (!counts) {
            counts = new Float64Array(256);
            this.groups.set(key, counts);
        }
        return counts;
    }
    addIds(key, labelId, predId) {
        this.countsFor(key)[labelId * 16 + predId] += 1;
    }
    add(key, label, prediction, line) {
        this.addIds(key, this.labelId(label, line, this.labelField), this.labelId(prediction, line, 'prediction'));
    }
    /** Resolves the positive label and returns the confusion counts per group, groups sorted by key. */
    confusion() {
        const values = [...this.canonical];
        let positive;
        if (this.positiveLabel !== undefined) {
            positive = canonicalLabel(this.positiveLabel);
            if (values.length === 2 && !values.includes(positive)) {
                throw new errors_DhowError('invalid-input', `${this.positiveLabelName} ${quoteData(this.positiveLabel, 16)} is not one of the labels (${values.map((v) => quoteData(v, 16)).join(', ')})`, {
                    file: this.file,
                    field: this.labelField,
                });
            }
        }
        else {
            const set = new Set(values);
            const within = (allowed) => [...set].every((v) => allowed.includes(v));
            if (!within(['0', '1']) && !within(['-1', '1'])) {
                const firstOdd = this.labelTexts.findIndex((t) => !['0', '1', '-1'].includes(canonicalLabel(t)));
                throw new errors_DhowError('invalid-input', `labels are not binary 0/1, -1/1 or true/false (seen ${values.map((v) => quoteData(v, 16)).join(', ')}): give ${this.positiveLabelName}`, { file: this.file, line: this.labelLines[Math.max(0, firstOdd)], field: this.labelField });
            }
            positive = '1';
        }
        const isPositive = this.labelTexts.map((t) => canonicalLabel(t) === positive);
        const out = new Map();
        for (const key of [...this.groups.keys()].sort(compareKeys)) {
            const counts = this.groups.get(key);
            const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
            for (let l = 0; l < this.labelTexts.length; l++) {
                for (let p = 0; p < this.labelTexts.length; p++) {
                    const n = counts[l * 16 + p];
                    if (n === 0)
                        continue;
                    if (isPositive[l]) {
                        if (isPositive[p])
                            c.tp += n;
                        else
                            c.fn += n;
                    }
                    else if (isPositive[p])
                        c.fp += n;
                    else
                        c.tn += n;
                }
            }
            out.set(key, c);
        }
        return out;
    }
}
/** Groups sort like pandas' groupby on numeric-looking values (by number), else by code point. */
function compareKeys(a, b) {
    if (NUMERIC.test(a) && NUMERIC.test(b))
        return Number(a) - Number(b);
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Ids for the few distinct values of a group column: a direct-mapped cache keyed by length, first and last
 * byte, checked byte by byte, in front of a ByteInterner (which hashes every byte). Rows repeat a handful of
 * values, so nearly every lookup is one compare of a few bytes.
 */
class ColumnValues {
    interner = new ByteInterner();
    slots = new Int32Array(4096).fill(-1);
    known = [];
    id(bytes, s, e) {
        const len = e - s;
        const slot = len === 0 ? 0 : (len * 0x9e5 + (bytes[s] << 4) + bytes[e - 1] * 31) & 4095;
        const candidate = this.slots[slot];
        if (candidate >= 0) {
            const v = this.known[candidate];
            if (v.length === len) {
                let k = 0;
                while (k < len && v[k] === bytes[s + k])
                    k++;
                if (k === len)
                    return candidate;
            }
        }
        const id = this.interner.id(bytes, s, e);
        if (this.known[id] === undefined)
            this.known[id] = Uint8Array.from(bytes.subarray(s, e));
        this.slots[slot] = id;
        return id;
    }
}
const SEMANTIC_NAMES = {
    label: 'the label column',
    prediction: 'the prediction column',
    group: 'the group columns',
    positiveLabel: 'the positive label',
};
/** Streams a CSV file and computes the fairness report. Errors name the file, line and column. */
async function fairnessFromCsv(path, options) {
    // Errors name the input as the caller knows it (`options.file`, e.g. the path a policy wrote), else the path.
    const file = options.file ?? path;
    const givenBy = { ...SEMANTIC_NAMES, ...options.givenBy };
    if (options.group.length === 0)
        throw new errors_DhowError('usage', 'at least one group column is needed', { field: givenBy.group });
    const counter = new LabelledGroupCounter(options.positiveLabel, file, options.label, givenBy.positiveLabel);
    const groupNames = options.group;
    const groupCount = groupNames.length;
    const columns = groupNames.map(() => new ColumnValues());
    const groupInterners = columns.map((c) => c.interner);
    // Per-group counters reached without building a string per row: by the group value's id for one column,
    // by the pair of ids for two, by the joined key beyond (a rare configuration).
    const countsById = [];
    const countsByPair = [];
    const groupIds = new Int32Array(groupCount);
    // Labels: one-byte values ("0", "1") through a 256-entry table, longer ones through an interner.
    const byteLabel = new Int16Array(256).fill(-1);
    const labelCache = new ByteInterner();
    const labelIdOf = [];
    // Column numbers (0-based) of the slots: 0 label, 1 prediction, 2.. groups.
    let columnOf = [];
    let rows = 0;
    const slowLabelId = (record, slot, field) => {
        const s = record.start[slot];
        const e = record.end[slot];
        if (s === e)
            throw cellError(file, record.line, field, columnOf[slot], 'is empty');
        const iid = record.escaped[slot] === 1 ? labelCache.idOfString(record.text(slot)) : labelCache.id(record.bytes, s, e);
        let id = labelIdOf[iid];
        if (id === undefined) {
            id = counter.labelId(labelCache.values[iid], record.line, field);
            labelIdOf[iid] = id;
        }
        if (e - s === 1 && record.escaped[slot] === 0)
            byteLabel[record.bytes[s]] = id;
        return id;
    };
    // Ids are dense and grow by one, so a value is new exactly when its id reaches the count validated so far.
    const validated = new Int32Array(groupCount);
    const groupId = (record, g) => {
        const slot = 2 + g;
        const s = record.start[slot];
        const e = record.end[slot];
        if (s === e)
            throw cellError(file, record.line, groupNames[g], columnOf[slot], 'is empty');
        const id = record.escaped[slot] === 1 ? groupInterners[g].idOfString(record.text(slot)) : columns[g].id(record.bytes, s, e);
        if (id >= validated[g]) {
            const value = groupInterners[g].values[id];
            if (isMissingValue(value))
                throw cellError(file, record.line, groupNames[g], columnOf[slot], `holds a missing value (${quoteData(value, 16)})`);
            validated[g] = id + 1;
        }
        return id;
    };
    const column0 = columns[0];
    const column1 = columns[1] ?? column0;
    const keyOf = () => groupKey(Array.from(groupIds, (id, g) => groupInterners[g].values[id]));
    const { headerRead } = await scanCsvColumns(path, (names, line) => {
        const find = (name, flag) => {
            const i = names.indexOf(name);
            if (i < 0) {
                throw new errors_DhowError('invalid-input', `no column ${quoteData(name)} (given by ${flag}); ${describeHeader(names)}`, {
                    file,
                    line,
                    field: name,
                });
            }
            return i;
        };
        columnOf = [find(options.label, givenBy.label), find(options.prediction, givenBy.prediction), ...groupNames.map((g) => find(g, givenBy.group))];
        return columnOf;
    }, (record) => {
        const bytes = record.bytes;
        let s = record.start[0];
        let labelId = record.end[0] - s === 1 ? byteLabel[bytes[s]] : -1;
        if (labelId < 0)
            labelId = slowLabelId(record, 0, options.label);
        s = record.start[1];
        let predId = record.end[1] - s === 1 ? byteLabel[bytes[s]] : -1;
        if (predId < 0)
            predId = slowLabelId(record, 1, options.prediction);
        let counts;
        if (groupCount === 1) {
            const id = groupId(record, 0);
            counts = countsById[id];
            if (!counts) {
                groupIds[0] = id;
                counts = counter.countsFor(keyOf());
                countsById[id] = counts;
            }
        }
        else if (groupCount === 2) {
            // Inline fast path: plain (unescaped, non-empty) values already validated; anything else via groupId.
            let a = -1;
            let b = -1;
            let gs = record.start[2];
            let ge = record.end[2];
            if (gs < ge && record.escaped[2] === 0) {
                a = column0.id(bytes, gs, ge);
                if (a >= validated[0])
                    a = -1;
            }
            if (a < 0)
                a = groupId(record, 0);
            gs = record.start[3];
            ge = record.end[3];
            if (gs < ge && record.escaped[3] === 0) {
                b = column1.id(bytes, gs, ge);
                if (b >= validated[1])
                    b = -1;
            }
            if (b < 0)
                b = groupId(record, 1);
            let row = countsByPair[a];
            if (!row) {
                row = [];
                countsByPair[a] = row;
            }
            counts = row[b];
            if (!counts) {
                groupIds[0] = a;
                groupIds[1] = b;
                counts = counter.countsFor(keyOf());
                row[b] = counts;
            }
        }
        else {
            for (let g = 0; g < groupCount; g++)
                groupIds[g] = groupId(record, g);
            // Beyond two columns: the joined key (a rare configuration, one string per row).
            counts = counter.countsFor(keyOf());
        }
        counts[labelId * 16 + predId] += 1;
        rows++;
    }, { separator: options.separator, file });
    if (!headerRead)
        throw new errors_DhowError('invalid-input', 'the file is empty (no header row)', { file });
    if (rows === 0)
        throw new errors_DhowError('invalid-input', 'the file has a header but no rows', { file });
    return fairnessFromCounts(counter.confusion(), { ...options, file });
}
function cellError(file, line, field, col, what) {
    return new errors_DhowError('invalid-input', `column ${col + 1} ${what}`, { file, line, field });
}

;// CONCATENATED MODULE: ./src/gates/fairness.ts
/**
 * The fairness source of a gate: Fairlearn's definitions over a streamed CSV (src/metrics/fairness.ts),
 * turned into the values gates read. A ratio with nothing to divide by (NaN) has no value: a gate on it is
 * inconclusive rather than passing or failing on a number that is not one. The columns the policy names
 * are checked against the header first, with a message that repeats the header only when it looks like one.
 */




const finite = (value) => (Number.isFinite(value) ? value : null);
/** Every column the policy names is in the header; the error never prints the header unless it is one. */
async function checkColumns(settings) {
    const file = settings.name ?? settings.input;
    const header = await readCsvHeader(settings.input, { file });
    const givenBy = { label: 'source.label', prediction: 'source.prediction', group: 'source.group', ...settings.givenBy };
    const wanted = [
        [settings.label, givenBy.label],
        [settings.prediction, givenBy.prediction],
        ...settings.groups.map((g) => [g, givenBy.group]),
    ];
    for (const [name, by] of wanted) {
        if (!header.includes(name)) {
            const quoted = quoteData(name);
            // The field is the name as quoted (cut, escaped): a policy's text never reaches a message raw.
            throw new errors_DhowError('invalid-input', `no column ${quoted} (given by ${by}); ${describeHeader(header)}`, { file, line: 1, field: quoted.slice(1, -1) });
        }
    }
}
async function measureFairness(settings) {
    await checkColumns(settings);
    const report = await fairnessFromCsv(settings.input, {
        label: settings.label,
        prediction: settings.prediction,
        group: settings.groups,
        positiveLabel: settings.positiveLabel,
        method: settings.method,
        agg: settings.agg,
        minGroupSize: settings.minGroupSize,
        file: settings.name ?? settings.input,
        givenBy: settings.givenBy,
    });
    return {
        values: {
            demographic_parity_difference: finite(report.demographic_parity_difference),
            demographic_parity_ratio: finite(report.demographic_parity_ratio),
            equal_opportunity_difference: finite(report.equal_opportunity_difference),
            equal_opportunity_ratio: finite(report.equal_opportunity_ratio),
            equalized_odds_difference: finite(report.equalized_odds_difference),
            equalized_odds_ratio: finite(report.equalized_odds_ratio),
            accuracy: finite(report.overall.accuracy),
            selection_rate: finite(report.overall.selection_rate),
            tpr: finite(report.overall.tpr),
            fpr: finite(report.overall.fpr),
        },
        count: report.overall.count,
        byGroup: report.by_group,
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/gates/load.ts
/**
 * The load generator of the latency gate, against an HTTP endpoint (the served model).
 *
 * constant-rate: request i is scheduled at start + i/rate whatever happened before, and its latency counts
 * from that scheduled time, not from when it was actually sent. A server that stalls therefore shows the
 * stall in every request that had to wait for it, as users would see it; a closed loop (send, wait,
 * send) hides the stall behind the one request that met it ("coordinated omission", Gil Tene).
 * closed-loop: N connections, each sending its next request when the previous answer arrived; the
 * latency is the request's own round trip. Useful for throughput, optimistic for tails.
 *
 * Requests started in the warm-up are sent but not measured. Failed requests (connection errors,
 * timeouts, non-2xx) are counted, not measured.
 */





function target(options, sockets) {
    let url;
    try {
        url = new URL(options.url);
    }
    catch {
        throw new errors_DhowError('invalid-input', `"${options.url}" is not a URL`, { field: 'source.endpoint.url' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors_DhowError('invalid-input', `the latency endpoint must be http or https, not ${url.protocol}`, { field: 'source.endpoint.url' });
    }
    const client = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const headers = { ...options.headers };
    let body;
    if (options.body !== undefined) {
        body = Buffer.from(typeof options.body === 'string' ? options.body : JSON.stringify(options.body), 'utf8');
        if (typeof options.body !== 'string')
            headers['content-type'] ??= 'application/json; charset=utf-8';
        headers['content-length'] = String(body.length);
    }
    return {
        client,
        agent: new client.Agent({ keepAlive: true, maxSockets: sockets }),
        url,
        method: options.method ?? (body ? 'POST' : 'GET'),
        headers,
        body,
        timeoutMs: options.timeoutMs ?? 10_000,
    };
}
/** One request; resolves (never rejects) with an error reason or null, once the whole answer is read. */
function send(t) {
    return new Promise((resolve) => {
        const request = t.client.request(t.url, { method: t.method, headers: t.headers, agent: t.agent, signal: AbortSignal.timeout(t.timeoutMs) }, (response) => {
            response.on('data', () => { });
            response.on('error', (error) => resolve(error.message));
            response.on('end', () => {
                const status = response.statusCode ?? 0;
                resolve(status >= 200 && status < 300 ? null : `HTTP ${status}`);
            });
        });
        request.on('error', (error) => resolve(error.name === 'TimeoutError' || error.name === 'AbortError' ? `timed out after ${t.timeoutMs} ms` : error.message));
        request.end(t.body);
    });
}
async function generateLoad(options) {
    if (!(options.durationSeconds > 0))
        throw new errors_DhowError('invalid-input', 'the load duration must be positive', { field: 'duration-seconds' });
    const warmupMs = (options.warmupSeconds ?? 0) * 1000;
    const latenciesMs = [];
    const errorReasons = new Set();
    let errors = 0;
    let warmupRequests = 0;
    const record = (measured, latency, error) => {
        if (!measured) {
            warmupRequests++;
        }
        else if (error === null) {
            latenciesMs.push(latency);
        }
        else {
            errors++;
            if (errorReasons.size < 5)
                errorReasons.add(error);
        }
    };
    /** What was measured since `start`, the warm-up left out. */
    const result = (start) => ({
        mode: options.mode,
        latenciesMs,
        errors,
        errorReasons: [...errorReasons],
        warmupRequests,
        elapsedSeconds: (external_node_perf_hooks_.performance.now() - start - warmupMs) / 1000,
    });
    if (options.mode === 'constant-rate') {
        const rate = options.rate ?? 10;
        const interval = 1000 / rate;
        const total = Math.floor(((warmupMs + options.durationSeconds * 1000) / 1000) * rate);
        // Enough sockets that the client is never the bottleneck; beyond them requests queue in the agent,
        // still measured from their scheduled time.
        const t = target(options, 512);
        const inFlight = new Set();
        const start = external_node_perf_hooks_.performance.now();
        let i = 0;
        try {
            while (i < total) {
                const wait = start + i * interval - external_node_perf_hooks_.performance.now();
                if (wait > 0)
                    await (0,external_node_timers_promises_.setTimeout)(wait);
                // Fire everything that is due, so a late timer never thins the schedule out.
                const now = external_node_perf_hooks_.performance.now();
                while (i < total && start + i * interval <= now) {
                    const scheduled = start + i * interval;
                    // Compared as offsets: (start + x) - start is not always x in floating point.
                    const measured = i * interval >= warmupMs;
                    const p = send(t).then((error) => record(measured, external_node_perf_hooks_.performance.now() - scheduled, error));
                    inFlight.add(p);
                    void p.finally(() => inFlight.delete(p));
                    i++;
                }
            }
            await Promise.all(inFlight);
        }
        finally {
            t.agent.destroy();
        }
        return result(start);
    }
    const connections = options.connections ?? 1;
    const t = target(options, connections);
    const start = external_node_perf_hooks_.performance.now();
    const end = start + warmupMs + options.durationSeconds * 1000;
    try {
        await Promise.all(Array.from({ length: connections }, async () => {
            while (external_node_perf_hooks_.performance.now() < end) {
                const sent = external_node_perf_hooks_.performance.now();
                const error = await send(t);
                record(sent - start >= warmupMs, external_node_perf_hooks_.performance.now() - sent, error);
            }
        }));
    }
    finally {
        t.agent.destroy();
    }
    return result(start);
}

;// CONCATENATED MODULE: ./src/gpu/nvidia-smi.ts
/**
 * What nvidia-smi says about the GPUs of this machine: the device list (`-L`, with MIG devices), memory per
 * GPU (`--query-gpu`) and memory per process (`--query-compute-apps`). Parsers are pure and take the text
 * nvidia-smi prints; the `query*` functions run it. A machine without nvidia-smi, without a driver or
 * without devices is not an error here: it is a `GpuDetection` with `available: false` and a reason.
 */


/** The fields, in order, that `queryGpuMemory` and `queryComputeApps` ask for. */
const QUERY_GPU_FIELDS = ['index', 'uuid', 'name', 'memory.total', 'memory.used'];
const QUERY_COMPUTE_APPS_FIELDS = ['gpu_uuid', 'pid', 'used_memory'];
const GPU_LINE = /^GPU (\d+): (.+?) \(UUID: ([^)]+)\)\s*$/;
// "  MIG 1g.10gb     Device  0: (UUID: MIG-...)" (R470+) and "  MIG 1g.5gb Device 0: (UUID: MIG-GPU-.../7/0)" (R450).
const MIG_LINE = /^\s+MIG (\S+)\s+Device\s+(\d+): \(UUID: ([^)]+)\)\s*$/;
/** Parses `nvidia-smi -L`. Lines it does not recognise are an error: the format is a contract. */
function parseGpuList(text) {
    const gpus = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '')
            return;
        const gpu = GPU_LINE.exec(line);
        if (gpu) {
            gpus.push({ index: Number(gpu[1]), name: gpu[2], uuid: gpu[3], mig: [] });
            return;
        }
        const mig = MIG_LINE.exec(line);
        const owner = gpus.at(-1);
        if (mig && owner) {
            owner.mig.push({ profile: mig[1], index: Number(mig[2]), uuid: mig[3] });
            return;
        }
        throw new errors_DhowError('invalid-input', `unexpected line from nvidia-smi -L: ${JSON.stringify(line)}`, {
            file: 'nvidia-smi -L',
            line: i + 1,
        });
    });
    return gpus;
}
/** "[N/A]", "[Not Supported]", "[Insufficient Permissions]", "N/A" -> null; digits -> number. */
function parseMiB(value, where) {
    const v = value.trim();
    if (/^\[.*\]$/.test(v) || v === 'N/A')
        return null;
    if (!/^\d+(\.\d+)?$/.test(v)) {
        throw new errors_DhowError('invalid-input', `expected a number of MiB, got ${JSON.stringify(v)}`, where);
    }
    return Number(v);
}
function csvLines(text) {
    return text
        .split(/\r?\n/)
        .map((raw, i) => ({ raw, line: i + 1 }))
        .filter(({ raw }) => raw.trim() !== '')
        .map(({ raw, line }) => ({ cells: raw.split(',').map((c) => c.trim()), line }));
}
/** Parses `--query-gpu=index,uuid,name,memory.total,memory.used --format=csv,noheader,nounits`. */
function parseGpuMemory(text) {
    const file = 'nvidia-smi --query-gpu';
    return csvLines(text).map(({ cells, line }) => {
        if (cells.length < 5) {
            throw new errors_DhowError('invalid-input', `expected ${QUERY_GPU_FIELDS.join(', ')}, got ${cells.length} columns`, { file, line });
        }
        // A GPU name could hold a comma: the fixed columns are the first two and the last two.
        const [index, uuid] = cells;
        const total = cells.at(-2);
        const used = cells.at(-1);
        if (!/^\d+$/.test(index))
            throw new errors_DhowError('invalid-input', `GPU index ${JSON.stringify(index)} is not a number`, { file, line, field: 'index' });
        return {
            index: Number(index),
            uuid: uuid,
            name: cells.slice(2, -2).join(', '),
            totalMiB: parseMiB(total, { file, line, field: 'memory.total' }),
            usedMiB: parseMiB(used, { file, line, field: 'memory.used' }),
        };
    });
}
/** Parses `--query-compute-apps=gpu_uuid,pid,used_memory --format=csv,noheader,nounits`; "No running processes found" is []. */
function parseComputeApps(text) {
    const file = 'nvidia-smi --query-compute-apps';
    if (/^\s*No running (compute )?processes found\s*$/i.test(text))
        return [];
    return csvLines(text).map(({ cells, line }) => {
        if (cells.length !== 3) {
            throw new errors_DhowError('invalid-input', `expected ${QUERY_COMPUTE_APPS_FIELDS.join(', ')}, got ${cells.length} columns`, { file, line });
        }
        const [gpuUuid, pid, used] = cells;
        if (!/^\d+$/.test(pid))
            throw new errors_DhowError('invalid-input', `pid ${JSON.stringify(pid)} is not a number`, { file, line, field: 'pid' });
        return { gpuUuid, pid: Number(pid), usedMiB: parseMiB(used, { file, line, field: 'used_memory' }) };
    });
}
/** Runs nvidia-smi; never throws for a missing executable or a non-zero exit (callers classify those). */
function runNvidiaSmi(args, options = {}) {
    const path = options.path ?? 'nvidia-smi';
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(path, args, { env: options.env ?? process.env, timeout: options.timeoutMs ?? 15_000, maxBuffer: 8 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            if (error && error.code === 'ENOENT') {
                resolve({ exitCode: null, stdout: '', stderr: `${path}: not found` });
                return;
            }
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            resolve({ exitCode: code, stdout, stderr });
        });
    });
}
/** Names what went wrong with a failed nvidia-smi run, in the words a runner's owner would search for. */
function classifyFailure(result) {
    const text = `${result.stdout}\n${result.stderr}`.trim();
    if (result.exitCode === null)
        return { reason: 'missing', message: 'nvidia-smi is not installed or not on PATH' };
    if (/No devices were found/i.test(text))
        return { reason: 'no-devices', message: 'nvidia-smi found no GPUs' };
    if (/couldn't communicate with the NVIDIA driver|NVIDIA driver/i.test(text)) {
        return { reason: 'driver', message: `nvidia-smi could not talk to the NVIDIA driver: ${firstLine(text)}` };
    }
    return { reason: 'failed', message: `nvidia-smi exited with ${result.exitCode}: ${firstLine(text) || '(no output)'}` };
}
function firstLine(text) {
    return (text
        .split(/\r?\n/)
        .find((l) => l.trim() !== '')
        ?.trim() ?? '');
}
/** `nvidia-smi -L`: which GPUs (and MIG devices) this machine has, or why there are none. */
async function detectGpus(options = {}) {
    const result = await runNvidiaSmi(['-L'], options);
    if (result.exitCode !== 0 || /No devices were found/i.test(result.stdout))
        return { available: false, ...classifyFailure(result) };
    let gpus;
    try {
        gpus = parseGpuList(result.stdout);
    }
    catch (error) {
        // An unknown format must not fail a run that needs no GPU; one that does is refused with this message.
        return { available: false, reason: 'failed', message: `could not read the output of nvidia-smi -L: ${error.message}` };
    }
    if (gpus.length === 0)
        return { available: false, reason: 'no-devices', message: 'nvidia-smi found no GPUs' };
    return { available: true, gpus };
}
async function query(args, options) {
    const result = await runNvidiaSmi(args, options);
    if (result.exitCode !== 0) {
        throw new errors_DhowError('invalid-input', classifyFailure(result).message, { file: `nvidia-smi ${args[0]}` });
    }
    return result.stdout;
}
async function queryGpuMemory(options = {}) {
    return parseGpuMemory(await query([`--query-gpu=${QUERY_GPU_FIELDS.join(',')}`, '--format=csv,noheader,nounits'], options));
}
async function queryComputeApps(options = {}) {
    return parseComputeApps(await query([`--query-compute-apps=${QUERY_COMPUTE_APPS_FIELDS.join(',')}`, '--format=csv,noheader,nounits'], options));
}

;// CONCATENATED MODULE: ./src/gpu/process-tree.ts
/**
 * The process tree of a command, read from /proc (Linux): its descendants, their resident memory, and
 * how to stop all of them. Other systems get a tree of just the root (no /proc): sampling still works,
 * it only sees less.
 */

/** Parses /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses. */
function parseStat(text) {
    const close = text.lastIndexOf(')');
    if (close < 0)
        return null;
    const pid = Number.parseInt(text, 10);
    const rest = text.slice(close + 2).split(' ');
    const ppid = Number(rest[1]);
    if (!Number.isInteger(pid) || !Number.isInteger(ppid))
        return null;
    return { pid, ppid };
}
/** Parses VmRSS from /proc/<pid>/status into bytes; null when absent (kernel threads, zombies). */
function parseVmRss(text) {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(text);
    return match ? Number(match[1]) * 1024 : null;
}
/** Every process on the machine with its parent, from /proc; [] where there is no /proc. */
async function listProcesses(procDir = '/proc') {
    let names;
    try {
        names = await (0,promises_.readdir)(procDir);
    }
    catch {
        return [];
    }
    const entries = await Promise.all(names
        .filter((name) => /^\d+$/.test(name))
        .map(async (name) => {
        try {
            return parseStat(await (0,promises_.readFile)(`${procDir}/${name}/stat`, 'utf8'));
        }
        catch {
            return null; // exited between readdir and read
        }
    }));
    return entries.filter((e) => e !== null);
}
/** The pids of `root` and all its descendants, root first (pure: takes a process table). */
function process_tree_treeOf(root, table) {
    const children = new Map();
    for (const { pid, ppid } of table) {
        if (pid === ppid)
            continue;
        const list = children.get(ppid) ?? [];
        list.push(pid);
        children.set(ppid, list);
    }
    const tree = [root];
    const seen = new Set(tree);
    for (let i = 0; i < tree.length; i++) {
        for (const child of children.get(tree[i]) ?? []) {
            if (!seen.has(child)) {
                seen.add(child);
                tree.push(child);
            }
        }
    }
    return tree;
}
async function processTree(root, procDir = '/proc') {
    return process_tree_treeOf(root, await listProcesses(procDir));
}
/** The summed VmRSS of the given pids in bytes (processes that vanished count 0). */
async function treeRssBytes(pids, procDir = '/proc') {
    const sizes = await Promise.all(pids.map(async (pid) => {
        try {
            return parseVmRss(await (0,promises_.readFile)(`${procDir}/${pid}/status`, 'utf8')) ?? 0;
        }
        catch {
            return 0;
        }
    }));
    return sizes.reduce((a, b) => a + b, 0);
}
function signal(pid, sig) {
    try {
        process.kill(pid, sig);
        return true;
    }
    catch {
        return false;
    }
}
/** True while the process exists and is not a zombie waiting to be reaped. */
async function alive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        if (error.code !== 'EPERM')
            return false;
    }
    try {
        const stat = await (0,promises_.readFile)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    }
    catch {
        return process.platform !== 'linux';
    }
}
async function anyAlive(pids) {
    for (const pid of pids)
        if (await alive(pid))
            return true;
    return false;
}
/**
 * Stops a process tree: SIGTERM to the process group (when the root leads one) and to every descendant,
 * then SIGKILL after `graceMs` to whatever is still alive. The tree is read before signalling, since
 * children re-parent to init once their parent dies.
 */
async function killTree(root, options = {}) {
    const graceMs = options.graceMs ?? 5000;
    const tree = await processTree(root);
    if (options.processGroup)
        signal(-root, 'SIGTERM');
    for (const pid of tree)
        signal(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && (await anyAlive(tree)))
        await new Promise((r) => setTimeout(r, 50));
    // Descendants started during the grace period belong to the tree too.
    const late = await processTree(root);
    if (options.processGroup)
        signal(-root, 'SIGKILL');
    for (const pid of new Set([...tree, ...late]))
        if (await alive(pid))
            signal(pid, 'SIGKILL');
}

;// CONCATENATED MODULE: ./src/gpu/sampler.ts
/**
 * Measures the memory a command uses while it runs: GPU memory of its process tree (the compute apps
 * nvidia-smi lists whose pid is in the tree) and the resident memory of the tree, sampled every
 * `intervalMs`. The memory gate and the training runner read the peaks from `MemorySummary`.
 */





function startMemorySampler(options) {
    const intervalMs = options.intervalMs ?? 1000;
    const logger = options.logger ?? logger_silentLogger;
    const smi = { path: options.nvidiaSmi, env: options.env };
    const perGpu = new Map();
    const state = { peakGpu: 0, peakRss: 0, samples: 0, stopped: false, warned: false, unknown: false, treeSeen: false };
    // The device-wide fallback: used memory per GPU at the first reading, and the largest rise since.
    const device = { baseline: new Map(), peakRise: 0, perGpu: new Map() };
    let detection = options.detection;
    let wake;
    async function sample() {
        const tree = await processTree(options.rootPid);
        const inTree = new Set(tree);
        state.peakRss = Math.max(state.peakRss, await treeRssBytes(tree));
        if (detection?.available) {
            try {
                const used = new Map();
                for (const app of await queryComputeApps(smi)) {
                    if (!inTree.has(app.pid))
                        continue;
                    if (app.usedMiB === null)
                        state.unknown = true;
                    used.set(app.gpuUuid, (used.get(app.gpuUuid) ?? 0) + (app.usedMiB ?? 0));
                }
                if (used.size > 0)
                    state.treeSeen = true;
                if (!state.treeSeen)
                    await sampleDevices();
                let total = 0;
                for (const [uuid, mib] of used) {
                    total += mib;
                    const peak = perGpu.get(uuid) ?? { uuid, ...describeGpu(detection, uuid), peakMiB: 0 };
                    peak.peakMiB = Math.max(peak.peakMiB, mib);
                    perGpu.set(uuid, peak);
                }
                state.peakGpu = Math.max(state.peakGpu, total);
            }
            catch (error) {
                if (!state.warned)
                    logger.warning(`GPU memory sample failed (will keep trying): ${error.message}`);
                state.warned = true;
            }
        }
        state.samples++;
    }
    async function sampleDevices() {
        let rise = 0;
        for (const gpu of await queryGpuMemory(smi)) {
            if (gpu.usedMiB === null)
                continue;
            if (!device.baseline.has(gpu.uuid))
                device.baseline.set(gpu.uuid, gpu.usedMiB);
            const delta = Math.max(0, gpu.usedMiB - device.baseline.get(gpu.uuid));
            device.perGpu.set(gpu.uuid, Math.max(device.perGpu.get(gpu.uuid) ?? 0, delta));
            rise += delta;
        }
        device.peakRise = Math.max(device.peakRise, rise);
    }
    // Resident memory is sampled from the first tick; GPU memory once nvidia-smi has answered, so a slow
    // nvidia-smi never hides the start of a short command.
    const detecting = detection
        ? Promise.resolve()
        : detectGpus(smi).then((found) => {
            detection = found;
            if (!found.available)
                logger.debug(`no GPU memory to sample: ${found.message}`);
        });
    const loop = (async () => {
        while (!state.stopped) {
            await sample();
            if (state.stopped)
                break;
            await new Promise((resolve) => {
                const timer = setTimeout(resolve, intervalMs);
                wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
            });
        }
    })();
    return {
        async stop() {
            state.stopped = true;
            wake?.();
            await loop;
            await detecting;
            const available = detection?.available ?? false;
            const byDevice = available && !state.treeSeen && device.peakRise > 0;
            if (byDevice) {
                logger.warning(`nvidia-smi never listed a process of the training (its PIDs are in another namespace?): the peak GPU memory is the rise of the GPUs' used memory, ${device.peakRise} MiB, which counts every process on them`);
                for (const [uuid, rise] of device.perGpu)
                    if (rise > 0)
                        perGpu.set(uuid, { uuid, ...describeGpu(detection, uuid), peakMiB: rise });
            }
            return {
                peakGpuMemoryMiB: available ? (byDevice ? device.peakRise : state.peakGpu) : null,
                ...(available ? { gpuMeasurement: byDevice ? 'device-delta' : 'processes' } : {}),
                perGpu: [...perGpu.values()].sort((a, b) => (a.index ?? 0) - (b.index ?? 0) || a.uuid.localeCompare(b.uuid)),
                peakRssBytes: state.peakRss,
                samples: state.samples,
                gpuAvailable: available,
                ...(state.unknown ? { gpuMemoryUnknown: true } : {}),
                ...(detection && !detection.available ? { gpuUnavailableReason: detection.message } : {}),
            };
        },
    };
}
function describeGpu(detection, uuid) {
    if (!detection.available)
        return { index: null, name: null };
    const gpu = detection.gpus.find((g) => g.uuid === uuid || g.mig.some((m) => m.uuid === uuid));
    return gpu ? { index: gpu.index, name: gpu.name } : { index: null, name: null };
}
const TAIL_LINES = 20;
/** Runs a command to completion while sampling its memory; a command that cannot start is a DhowError. */
async function measureCommand(options) {
    const started = Date.now();
    // Listen for the signals that stop the command before it exists: a signal that arrives between the spawn and
    // the first await would otherwise kill dhow with its default action and leave the command running.
    let stoppedBy = null;
    const control = {};
    const onSignal = (signal) => {
        stoppedBy ??= signal;
        if (control.stop)
            void control.stop();
    };
    for (const signal of options.stopOn ?? [])
        process.on(signal, onSignal);
    const stopListening = () => {
        for (const signal of options.stopOn ?? [])
            process.off(signal, onSignal);
    };
    const child = (0,external_node_child_process_.spawn)(options.command, options.args ?? [], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so a timeout can stop everything it started.
        detached: true,
    });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const spawned = await new Promise((resolve) => {
        child.once('spawn', () => resolve(null));
        child.once('error', (error) => resolve(error));
    });
    if (spawned) {
        stopListening();
        const code = spawned.code === 'ENOENT' ? 'not-found' : 'invalid-input';
        throw new errors_DhowError(code, `command "${options.command}" could not be started: ${spawned.code === 'ENOENT' ? 'no such file or command' : spawned.message}`, {
            field: 'command',
        });
    }
    const sampler = startMemorySampler({
        rootPid: child.pid,
        intervalMs: options.intervalMs,
        nvidiaSmi: options.nvidiaSmi,
        env: options.env,
        logger: options.logger,
        detection: options.detection,
    });
    const stderrTail = [];
    const streams = [
        lines(child.stdout, (line) => options.onLine?.(line, 'stdout')),
        lines(child.stderr, (line) => {
            options.onLine?.(line, 'stderr');
            stderrTail.push(line);
            if (stderrTail.length > TAIL_LINES)
                stderrTail.shift();
        }),
    ];
    let timedOut = false;
    let killing;
    const stop = (control.stop = () => (killing ??= killTree(child.pid, { graceMs: options.killGraceMs ?? 10_000, processGroup: true })));
    // A signal that came while the command was starting stops it now.
    if (stoppedBy)
        void stop();
    const timer = options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            void stop();
        }, options.timeoutMs);
    const exit = await exited;
    if (timer)
        clearTimeout(timer);
    stopListening();
    await killing;
    // A background grandchild may still hold the pipes open: read what is there, then let go of them.
    const drained = await Promise.race([
        Promise.all(streams).then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), killing ? 500 : 2000).unref()),
    ]);
    if (!drained) {
        child.stdout?.destroy();
        child.stderr?.destroy();
        await Promise.all(streams);
    }
    const memory = await sampler.stop();
    return { exitCode: exit.code, signal: exit.signal, timedOut, stoppedBy, durationMs: Date.now() - started, memory, stderrTail };
}
/** Splits a stream into lines without keeping more than the current partial line. */
function lines(stream, onLine) {
    return new Promise((resolve) => {
        let partial = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
            const parts = (partial + chunk).split('\n');
            partial = parts.pop() ?? '';
            for (const part of parts)
                onLine(part.endsWith('\r') ? part.slice(0, -1) : part);
        });
        const end = () => {
            if (partial !== '')
                onLine(partial);
            partial = '';
            resolve();
        };
        stream.on('end', end);
        stream.on('close', end);
        stream.on('error', end);
    });
}

;// CONCATENATED MODULE: ./src/gpu/mig.ts
/**
 * MIG (Multi-Instance GPU) profiles per GPU model, from NVIDIA's MIG user guide ("Supported MIG
 * Profiles", https://docs.nvidia.com/datacenter/tesla/mig-user-guide/supported-mig-profiles.html).
 *
 * A GPU in MIG mode is cut into compute slices and memory slices, and how many depends on the model:
 * the A30 has 4 of each, the A100, H100 and H200 have 7 compute slices and 8 memory slices. A profile
 * "<c>g.<m>gb" takes c compute slices and the memory slices that hold about m GB; `maxInstances` is how
 * many instances of that one profile fit on the GPU at once.
 *
 * Sources: the A30 and A100 rows are the guide's tables. The H100 94GB/96GB and H200 rows (names and
 * instance counts) are NVIDIA's own tables of MIG-backed vGPU types ("Slices per vGPU", "Maximum vGPUs
 * per GPU", "Corresponding GPU Instance Profile") and the defaults of NVIDIA's mig-parted, which agree
 * with each other; they share the A100/H100 layout of 7 compute and 8 memory slices. B200 and GB200
 * are not here: their tables could not be read exactly.
 *
 * Media-extension profiles ("+me", e.g. 1g.10gb+me) are left out on purpose: each is the plain 1g (or,
 * on the A30, 2g) profile plus the GPU's one set of media engines, so at most one fits on a GPU; the
 * policy and Kubernetes schemas accept only "<c>g.<m>gb"; and their rows could not be read for every
 * GPU here.
 *
 * Lookups accept the names nvidia-smi prints ("NVIDIA H100 80GB HBM3", "NVIDIA H200", "NVIDIA A30",
 * "NVIDIA GH200 480GB") and the `nvidia.com/gpu.product` labels of GPU feature discovery
 * ("NVIDIA-A100-SXM4-80GB", "NVIDIA-H100-NVL").
 */

const p = (name, computeSlices, memorySlices, maxInstances) => ({
    name,
    computeSlices,
    memorySlices,
    memoryGB: Number(/\.(\d+)gb$/.exec(name)[1]),
    maxInstances,
});
/** The 7-compute / 8-memory slice layout that every Ampere A100 and Hopper table shares, with its memory sizes. */
const sevenSlice = (gb1, gb2, gb4, gb8) => ({
    computeSlices: 7,
    memorySlices: 8,
    profiles: [
        p(`1g.${gb1}gb`, 1, 1, 7),
        p(`1g.${gb2}gb`, 1, 2, 4),
        p(`2g.${gb2}gb`, 2, 2, 3),
        p(`3g.${gb4}gb`, 3, 4, 2),
        p(`4g.${gb4}gb`, 4, 4, 1),
        p(`7g.${gb8}gb`, 7, 8, 1),
    ],
});
const MIG_GPUS = {
    'A30-24GB': { computeSlices: 4, memorySlices: 4, profiles: [p('1g.6gb', 1, 1, 4), p('2g.12gb', 2, 2, 2), p('4g.24gb', 4, 4, 1)] },
    'A100-40GB': sevenSlice(5, 10, 20, 40),
    'A100-80GB': sevenSlice(10, 20, 40, 80),
    'H100-80GB': sevenSlice(10, 20, 40, 80),
    /** H100 NVL and H100 SXM5 94GB. */
    'H100-94GB': sevenSlice(12, 24, 47, 94),
    /** The H100 of a GH200 (96GB HBM3) and the H20 96GB. */
    'H100-96GB': sevenSlice(12, 24, 48, 96),
    /** H200 SXM5 and H200 NVL (and the H20 141GB). */
    'H200-141GB': sevenSlice(18, 35, 71, 141),
};
/** The profiles of each model (the `profiles` of MIG_GPUS). */
const MIG_PROFILES = Object.fromEntries(Object.entries(MIG_GPUS).map(([model, gpu]) => [model, gpu.profiles]));
/**
 * The MIG table a GPU name belongs to, or null for GPUs dhow has no MIG table for. Names are compared
 * by whole words ("A30" is not "RTX A3000", "H200" is not "GH200").
 */
function migGpuModel(gpuName) {
    const words = gpuName
        .toUpperCase()
        .split(/[\s_-]+/)
        .filter(Boolean);
    const has = (word) => words.includes(word);
    const n = words.join('-');
    if (has('A30'))
        return 'A30-24GB';
    if (n.includes('A100')) {
        if (n.includes('80GB'))
            return 'A100-80GB';
        if (n.includes('40GB'))
            return 'A100-40GB';
        return null;
    }
    if (has('GH200')) {
        // "NVIDIA GH200 480GB" (480GB of CPU memory beside a 96GB H100); the 144GB HBM3e GH200 has another table.
        if (/144G|HBM3E/.test(n))
            return null;
        return 'H100-96GB';
    }
    if (has('H200'))
        return 'H200-141GB';
    if (has('H20'))
        return /141GB|3E/.test(n) ? 'H200-141GB' : 'H100-96GB';
    if (n.includes('H100')) {
        if (has('NVL') || n.includes('94GB'))
            return 'H100-94GB';
        if (n.includes('96GB'))
            return 'H100-96GB';
        if (n.includes('64GB'))
            return null; // the H100 SXM5 64GB has a table of its own
        return 'H100-80GB';
    }
    return null;
}
/** "mig-1g.10gb", "MIG 1g.10gb", "nvidia.com/mig-1g.10gb" -> "1g.10gb". */
function normalizeMigProfile(profile) {
    return profile
        .trim()
        .replace(/^nvidia\.com\//i, '')
        .replace(/^mig[-\s]+/i, '')
        .toLowerCase();
}
/** The slices and profiles of a GPU, or a DhowError that lists the models dhow knows. */
function migGpuFor(gpuName) {
    const model = migGpuModel(gpuName);
    if (!model) {
        throw new errors_DhowError('invalid-input', `no MIG profiles are known for GPU "${gpuName}" (known: ${Object.keys(MIG_GPUS).join(', ')})`, {
            field: 'gpu.product',
        });
    }
    return { model, ...MIG_GPUS[model] };
}
function migProfilesFor(gpuName) {
    return migGpuFor(gpuName).profiles;
}
/** The profile, or a DhowError that lists the profiles this GPU does have. */
function findMigProfile(gpuName, profile) {
    const { model, profiles } = migGpuFor(gpuName);
    const wanted = normalizeMigProfile(profile);
    const found = profiles.find((candidate) => candidate.name === wanted);
    if (!found) {
        throw new errors_DhowError('invalid-input', `MIG profile "${profile}" does not exist on ${model} ("${gpuName}"); its profiles are ${profiles.map((x) => x.name).join(', ')}`, { field: 'gpu.mig-profile' });
    }
    return found;
}
/** The extended resource the NVIDIA device plugin advertises for a profile (mixed strategy). */
function migResourceName(profile) {
    return `nvidia.com/mig-${normalizeMigProfile(profile)}`;
}

;// CONCATENATED MODULE: ./src/gpu/index.ts
/** The GPU layer: nvidia-smi, process trees, memory sampling and MIG profiles. */





;// CONCATENATED MODULE: ./src/gates/memory.ts
/**
 * The memory gate: runs a command (a smoke inference of the model) and measures the peak GPU memory of its
 * process tree through nvidia-smi, against what the model is allotted: a whole GPU (its memory.total), or a
 * MIG profile from the table of profiles per GPU model (`MIG_GPUS` in src/gpu/mig.ts: A30, A100, H100,
 * H200). Where there is no GPU, the GPU metrics have no value (the gate is inconclusive) and
 * `peak-rss-mib`, the peak resident memory of the process tree, is what can be gated.
 */


const MIB = 1024 * 1024;
/** A MIG profile's memory: its name states decimal GB ("10gb"), which is below what the slice really holds. */
function migAllocationMiB(gpuName, profile) {
    return (findMigProfile(gpuName, profile).memoryGB * 1e9) / MIB;
}
async function measureMemory(settings, options) {
    const smi = { path: options.nvidiaSmi, env: options.env };
    const detection = await detectGpus(smi);
    const [command, ...args] = settings.command;
    const run = await measureCommand({
        command: command,
        args,
        cwd: options.cwd,
        env: options.env,
        intervalMs: settings['interval-ms'],
        timeoutMs: settings['timeout-seconds'] * 1000,
        killGraceMs: 2000,
        nvidiaSmi: options.nvidiaSmi,
        logger: options.logger,
        detection,
    });
    const memory = run.memory;
    const peakRssMiB = memory.peakRssBytes / MIB;
    const failure = run.timedOut
        ? `the command ran longer than ${settings['timeout-seconds']} s and was stopped`
        : run.exitCode !== 0
            ? `the command exited with ${run.exitCode === null ? `signal ${run.signal}` : `code ${run.exitCode}`}${run.stderrTail.length ? `: ${run.stderrTail.slice(-3).join(' / ')}` : ''}`
            : undefined;
    if (!detection.available || memory.peakGpuMemoryMiB === null) {
        return {
            values: { 'peak-gpu-memory-mib': null, 'gpu-memory-fraction': null, 'peak-rss-mib': peakRssMiB },
            samples: memory.samples,
            allocationMiB: null,
            allocation: null,
            noGpu: detection.available ? 'no GPU memory was measured' : `no GPU: ${detection.message}`,
            ...(failure ? { failure } : {}),
        };
    }
    // The allotment: a MIG profile of the named (or first) GPU, or the whole GPU the tree used most.
    let allocationMiB = null;
    let allocation = null;
    const busiest = memory.perGpu.reduce((a, b) => (!a || b.peakMiB > a.peakMiB ? b : a), undefined);
    if (settings['mig-profile']) {
        const product = settings['gpu-product'] ?? busiest?.name ?? detection.gpus[0]?.name;
        if (!product)
            throw new errors_DhowError('invalid-input', 'cannot tell which GPU the MIG profile is of: give "gpu-product"', { field: 'source.gpu-product' });
        allocationMiB = migAllocationMiB(product, settings['mig-profile']);
        allocation = `MIG ${settings['mig-profile']} of ${product}`;
    }
    else {
        const gpus = await queryGpuMemory(smi);
        const gpu = gpus.find((g) => g.uuid === busiest?.uuid) ?? gpus[0];
        if (gpu?.totalMiB) {
            allocationMiB = gpu.totalMiB;
            allocation = `GPU ${gpu.index} (${gpu.name}), ${gpu.totalMiB} MiB`;
        }
    }
    const peak = memory.peakGpuMemoryMiB;
    return {
        values: {
            'peak-gpu-memory-mib': peak,
            'gpu-memory-fraction': allocationMiB ? peak / allocationMiB : null,
            'peak-rss-mib': peakRssMiB,
        },
        samples: memory.samples,
        allocationMiB,
        allocation,
        ...(failure ? { failure } : {}),
    };
}

;// CONCATENATED MODULE: ./src/gates/regression.ts
function liveVersionOf(record) {
    const gateValues = {};
    for (const row of record.gates?.summary ?? []) {
        if (typeof row.value === 'number' && Number.isFinite(row.value))
            gateValues[row.gate] = row.value;
    }
    return { version: record.version, metrics: { ...record.metrics }, gateValues };
}
function baselineFor(gate, live) {
    if (live === null)
        return { kind: 'no-live-version' };
    const has = (key) => Object.hasOwn(live.metrics, key) && Number.isFinite(live.metrics[key]);
    const explicit = gate['baseline-metric'];
    if (explicit !== undefined) {
        return has(explicit) ? { kind: 'value', version: live.version, value: live.metrics[explicit] } : { kind: 'missing', version: live.version };
    }
    if (Object.hasOwn(live.gateValues, gate.name))
        return { kind: 'value', version: live.version, value: live.gateValues[gate.name] };
    const key = gate.source.kind === 'candidate' ? (gate.source.key ?? gate.metric) : gate.metric;
    return has(key) ? { kind: 'value', version: live.version, value: live.metrics[key] } : { kind: 'missing', version: live.version };
}

;// CONCATENATED MODULE: ./src/gates/residency.ts
/** The scheme and authority compare case-insensitively (hosts and schemes are); the path does not. */
function canonicalUri(uri) {
    const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/]*)(.*)$/s.exec(uri.trim());
    return match ? `${match[1].toLowerCase()}${match[2].toLowerCase()}${match[3]}` : uri.trim();
}
/**
 * The region of a URI: the longest location prefix it falls under. A prefix matches only at a boundary,
 * so `s3://models` does not claim `s3://models-eu/...`.
 */
function regionOfUri(uri, policy) {
    const target = canonicalUri(uri);
    let best;
    for (const location of policy.locations) {
        const prefix = canonicalUri(location.prefix);
        const inside = target === prefix || (target.startsWith(prefix) && (prefix.endsWith('/') || target[prefix.length] === '/'));
        if (inside && (!best || prefix.length > best.prefix.length))
            best = { region: location.region, prefix: location.prefix };
    }
    return best;
}
function checkResidency(subject, policy) {
    const allowed = new Set(policy['allowed-regions']);
    const findings = [];
    const place = (what, label, region, subjectText, how) => {
        if (region === undefined) {
            findings.push({ what, subject: subjectText, region: null, ok: false, why: `${label}: ${how}` });
        }
        else if (!allowed.has(region)) {
            findings.push({ what, subject: subjectText, region, ok: false, why: `${label} is in ${region}, not an allowed region (${[...allowed].join(', ')})` });
        }
        else {
            findings.push({ what, subject: subjectText, region, ok: true, why: `${label} is in ${region}` });
        }
    };
    for (const [what, key] of [
        ['artifact', 'artifact-uri'],
        ['data', 'data-uri'],
    ]) {
        const uri = subject[key];
        if (uri === undefined || uri.trim() === '') {
            place(what, `the ${what} URI`, undefined, null, 'not given, so its region is unknown');
            continue;
        }
        const found = regionOfUri(uri, policy);
        place(what, `the ${what} URI ${uri}`, found?.region, uri, 'no residency location covers it, so its region is unknown');
    }
    const cluster = subject['training-cluster'];
    const declared = subject['training-region'];
    const clusterRegion = cluster !== undefined && Object.hasOwn(policy.clusters, cluster) ? policy.clusters[cluster] : undefined;
    if (declared !== undefined && clusterRegion !== undefined && declared !== clusterRegion) {
        findings.push({
            what: 'training',
            subject: cluster ?? null,
            region: declared,
            ok: false,
            why: `training declares region ${declared} but cluster ${cluster} is in ${clusterRegion}`,
        });
    }
    else if (declared !== undefined) {
        place('training', 'training', declared, cluster ?? declared, '');
    }
    else if (cluster !== undefined) {
        place('training', `training cluster ${cluster}`, clusterRegion, cluster, 'the cluster is not in the residency policy, so its region is unknown');
    }
    else {
        place('training', 'training', undefined, null, 'neither a training region nor a known cluster is given, so its region is unknown');
    }
    const dataRegion = subject['data-region'];
    if (dataRegion !== undefined)
        place('data-region', 'the declared data region', dataRegion, dataRegion, '');
    return { violations: findings.filter((f) => !f.ok).length, findings };
}

;// CONCATENATED MODULE: ./src/gates/threshold.ts
/**
 * One gate's decision, with the semantics of MLflow's MetricThreshold (mlflow.models.MetricThreshold and
 * mlflow/models/evaluation/validation.py `_validate`):
 * - `threshold`: the value must be >= threshold when greater is better, <= threshold otherwise;
 * - `min-absolute-change`: value >= baseline + change (greater is better) or value <= baseline - change;
 * - `min-relative-change`: (value - baseline) / baseline >= change (greater is better) or
 *   (baseline - value) / baseline >= change; when the baseline is 0, value >= baseline + 1e-10
 *   (or value <= baseline - 1e-10);
 * - a change check whose live version lacks the metric fails ("missing baseline"), as in MLflow.
 * dhow adds: with no version live in the target environment the change checks do not apply (a first
 * release has nothing to regress against), `min-samples` makes a gate inconclusive, and `severity` turns
 * a failure into a warning.
 */
/** The checks of MLflow's `_validate` for one metric; returns the failures, empty when it passes. */
function thresholdFailures(value, spec, baseline) {
    const greater = spec['greater-is-better'];
    const better = (a, b) => (greater ? a >= b : a <= b);
    const op = greater ? '>=' : '<=';
    const failures = [];
    if (spec.threshold !== undefined && !better(value, spec.threshold)) {
        failures.push(`${fmt(value)} is not ${op} threshold ${fmt(spec.threshold)}`);
    }
    const absolute = spec['min-absolute-change'];
    const relative = spec['min-relative-change'];
    if (absolute === undefined && relative === undefined)
        return failures;
    if (baseline.kind === 'no-live-version')
        return failures;
    if (baseline.kind === 'missing') {
        failures.push(`the live version ${baseline.version} has no value for this metric to compare with`);
        return failures;
    }
    const base = baseline.value;
    if (absolute !== undefined) {
        const bound = greater ? base + absolute : base - absolute;
        if (!better(value, bound)) {
            failures.push(`${fmt(value)} is not ${op} ${fmt(bound)} (live ${baseline.version}: ${fmt(base)} ${greater ? '+' : '-'} ${fmt(absolute)})`);
        }
    }
    if (relative !== undefined) {
        if (base === 0) {
            const bound = greater ? base + 1e-10 : base - 1e-10;
            if (!better(value, bound)) {
                failures.push(`${fmt(value)} is not better than the live ${baseline.version}'s 0 (relative change undefined at 0)`);
            }
        }
        else {
            const change = greater ? (value - base) / base : (base - value) / base;
            if (change < relative) {
                failures.push(`relative change ${fmt(change)} against live ${baseline.version} (${fmt(base)}) is below ${fmt(relative)}`);
            }
        }
    }
    return failures;
}
/** The verdict of one gate from its measurement, its baseline and the policy's inconclusive rule. */
function decide(spec, measurement, baseline, inconclusive = 'block') {
    const blockingSeverity = (spec.severity ?? 'block') === 'block';
    const inconclusiveDecision = (reason) => ({
        verdict: 'inconclusive',
        blocking: blockingSeverity && inconclusive === 'block',
        reasons: [reason],
    });
    const { value, samples } = measurement;
    const minSamples = spec['min-samples'];
    if (minSamples !== undefined) {
        if (samples === undefined)
            return inconclusiveDecision(`the number of samples is unknown (min-samples ${minSamples})`);
        if (samples < minSamples)
            return inconclusiveDecision(`${samples} samples, fewer than min-samples ${minSamples}`);
    }
    if (value === null || !Number.isFinite(value))
        return inconclusiveDecision('the metric has no finite value');
    const failures = thresholdFailures(value, spec, baseline);
    if (failures.length === 0) {
        const reasons = [];
        if (baseline.kind === 'no-live-version' && (spec['min-absolute-change'] !== undefined || spec['min-relative-change'] !== undefined)) {
            reasons.push('no version is live in the target environment: change checks do not apply');
        }
        return { verdict: 'pass', blocking: false, reasons };
    }
    return blockingSeverity ? { verdict: 'fail', blocking: true, reasons: failures } : { verdict: 'warn', blocking: false, reasons: failures };
}
/** Numbers in reasons: up to 6 significant digits, no exponent for ordinary sizes. */
function fmt(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (Number.isInteger(value))
        return String(value);
    return String(Number(value.toPrecision(6)));
}

;// CONCATENATED MODULE: ./src/gates/report.ts
/**
 * The gate report: a JSON document with a stable schema (kind GateReport), the Markdown the job summary
 * and the promotion pull request show (one row per gate and a Mermaid chart of candidate against
 * production), the `gates` object of the version record, and reading a report file back.
 */







const VerdictEnum = schemas/* enum */.k5n(['pass', 'fail', 'warn', 'inconclusive']);
const GateResult = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    metric: schemas/* string */.YjP().min(1),
    source: schemas/* enum */.k5n(['candidate', 'fairness', 'text', 'arabic-data', 'latency', 'memory', 'residency', 'round-trip']),
    severity: schemas/* enum */.k5n(['block', 'warn']),
    verdict: VerdictEnum,
    /** True when this gate stops the promotion. */
    blocking: schemas/* boolean */.zMY(),
    value: schemas/* number */.aig().nullable(),
    threshold: schemas/* number */.aig().nullable(),
    'min-absolute-change': schemas/* number */.aig().nullable(),
    'min-relative-change': schemas/* number */.aig().nullable(),
    'greater-is-better': schemas/* boolean */.zMY(),
    /** The metric of the version live in the target environment. */
    baseline: schemas/* number */.aig().nullable(),
    samples: schemas/* number */.aig().nullable(),
    'min-samples': schemas/* number */.aig().nullable(),
    reasons: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** Source-specific detail (per-group rates, latency percentiles, residency findings ...). */
    details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).default({}),
})
    .strict();
const GateReport = schemas/* object */.Ikc({
    apiVersion: schemas/* literal */.euz(schemas_API_VERSION),
    kind: schemas/* literal */.euz('GateReport'),
    verdict: VerdictEnum,
    /** True when at least one gate blocks: the candidate may not be promoted. */
    blocked: schemas/* boolean */.zMY(),
    'policy-digest': Digest,
    'policy-files': schemas/* array */.YOg(schemas/* string */.YjP()),
    candidate: schemas/* object */.Ikc({ file: schemas/* string */.YjP(), model: schemas/* string */.YjP().nullable(), version: schemas/* string */.YjP().nullable() }).strict(),
    environment: schemas/* string */.YjP().nullable(),
    /** The version live in the environment, the baseline of every change check; null when none is. */
    'baseline-version': schemas/* string */.YjP().nullable(),
    'generated-at': iso/* datetime */.w$({ offset: true }),
    gates: schemas/* array */.YOg(GateResult),
})
    .strict();
/**
 * The overall verdict: fail when a gate blocks on a failure; inconclusive when the rest pass but some
 * gate could not decide (blocking or not, as `blocked` says); warn when only warnings failed; else pass.
 */
function overallVerdict(gates) {
    const blocked = gates.some((g) => g.blocking);
    if (gates.some((g) => g.verdict === 'fail'))
        return { verdict: 'fail', blocked };
    if (gates.some((g) => g.verdict === 'inconclusive'))
        return { verdict: 'inconclusive', blocked };
    if (gates.some((g) => g.verdict === 'warn'))
        return { verdict: 'warn', blocked };
    return { verdict: 'pass', blocked };
}
/** The report as the file holds it: two-space JSON with a final newline (its digest is of these bytes). */
function serializeReport(report) {
    return `${JSON.stringify(GateReport.parse(report), null, 2)}\n`;
}
function reportDigest(serialized) {
    return sha256Digest(serialized);
}
/**
 * A gate report file as the promote and register actions take it: the report and the text its digest is
 * of. Errors name the file and `field`, the input that named it.
 */
async function readGateReportFile(path, field) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        throw new DhowError('invalid-input', `cannot read it: ${error.message}`, { file: path, field });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new DhowError('invalid-input', `not JSON: ${jsonSyntaxMessage(error)}`, { file: path, field });
    }
    const parsed = GateReport.safeParse(data);
    if (!parsed.success)
        throw schemaError(parsed.error.issues, { file: path, field, what: 'not a dhow gate report' });
    return { report: parsed.data, text };
}
/** The `gates` field of the version record. */
function versionGates(report, digestOfReport) {
    const finite = (v) => (v !== null && Number.isFinite(v) ? v : null);
    return {
        verdict: report.verdict,
        'policy-digest': report['policy-digest'],
        ...(digestOfReport ? { 'report-digest': digestOfReport } : {}),
        summary: report.gates.map((g) => ({
            gate: g.name,
            metric: g.metric,
            verdict: g.verdict,
            value: finite(g.value),
            threshold: finite(g.threshold),
            baseline: finite(g.baseline),
        })),
    };
}
// ---------------------------------------------------------------------------------------------
// Markdown
const VERDICT_LABEL = {
    pass: '✅ pass',
    fail: '❌ fail',
    warn: '⚠️ warn',
    inconclusive: '❔ inconclusive',
};
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim() || ' ';
}
function number(value) {
    return value === null ? '–' : fmt(value);
}
/** The threshold column: every check the gate makes, in the direction it makes it. */
function describeThreshold(g) {
    const better = g['greater-is-better'];
    const parts = [];
    if (g.threshold !== null)
        parts.push(`${better ? '≥' : '≤'} ${fmt(g.threshold)}`);
    if (g['min-absolute-change'] !== null)
        parts.push(`${better ? '+' : '−'}${fmt(g['min-absolute-change'])} vs live`);
    if (g['min-relative-change'] !== null)
        parts.push(`${better ? '+' : '−'}${fmt(g['min-relative-change'] * 100)}% vs live`);
    return parts.join('; ') || '–';
}
function headline(report) {
    const blocking = report.gates.filter((g) => g.blocking).length;
    if (report.blocked)
        return `❌ refused: ${blocking} blocking gate${blocking === 1 ? '' : 's'}`;
    switch (report.verdict) {
        case 'pass':
            return '✅ passed';
        case 'warn':
            return '⚠️ passed with warnings';
        default:
            return '❔ passed, with inconclusive gates that do not block';
    }
}
/** A quoted Mermaid label: quotes cannot be escaped there, so they become apostrophes. */
function label(text) {
    return `"${text.replace(/"/g, "'")}"`;
}
/**
 * Mermaid xychart-beta: each gate's candidate value as a percentage of the live version's in the target
 * environment (= 100; production, usually),
 * so metrics of different units share one axis. Gates without a baseline (or a baseline of 0) are left out.
 */
function mermaidChart(report) {
    const rows = report.gates.filter((g) => g.value !== null && g.baseline !== null && g.baseline !== 0 && Number.isFinite(g.value));
    if (rows.length === 0)
        return undefined;
    const candidate = rows.map((g) => Number(((g.value / g.baseline) * 100).toFixed(1)));
    const top = Math.max(100, ...candidate);
    // The baseline is what runs in the target environment, which is not always production.
    const live = report.environment ?? 'production';
    return [
        '```mermaid',
        'xychart-beta',
        `    title ${label(`Candidate as % of ${live} ${report['baseline-version'] ?? ''}`.trim())}`,
        `    x-axis [${rows.map((g) => label(g.name)).join(', ')}]`,
        `    y-axis ${label(`% of ${live}`)} 0 --> ${Math.ceil(top * 1.1)}`,
        `    bar [${candidate.join(', ')}]`,
        `    line [${rows.map(() => 100).join(', ')}]`,
        '```',
    ].join('\n');
}
function renderMarkdown(report) {
    const who = report.candidate.model
        ? `\`${report.candidate.model}${report.candidate.version ? `@${report.candidate.version}` : ''}\``
        : `\`${report.candidate.file}\``;
    const against = report.environment === null
        ? 'no target environment (change checks do not apply)'
        : report['baseline-version'] === null
            ? `\`${report.environment}\`, where no version is live yet`
            : `\`${report.candidate.model}@${report['baseline-version']}\`, live in \`${report.environment}\``;
    const lines = [
        `### dhow gates: ${headline(report)}`,
        '',
        `Candidate ${who} against ${against}. Policy \`${report['policy-digest'].slice(0, 19)}…\`${report['policy-files'].length ? ` from ${report['policy-files'].map((f) => `\`${f}\``).join(', ')}` : ''}.`,
        '',
        '| Gate | Metric | Value | Threshold | Baseline | Verdict | Why |',
        '| --- | --- | ---: | --- | ---: | --- | --- |',
        ...report.gates.map((g) => [
            '',
            cell(g.severity === 'warn' ? `${g.name} (warn only)` : g.name),
            cell(`\`${g.metric}\``),
            number(g.value),
            cell(describeThreshold(g)),
            number(g.baseline),
            cell(`${VERDICT_LABEL[g.verdict]}${g.verdict === 'inconclusive' && g.blocking ? ' (blocks)' : ''}`),
            cell(g.reasons.join('; ') || (g.verdict === 'pass' ? 'within the threshold' : '')),
            '',
        ]
            .join(' | ')
            .trim()),
    ];
    const chart = mermaidChart(report);
    if (chart)
        lines.push('', chart);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/gates/roundtrip.ts
/**
 * The encoding round trip: Arabic with diacritics goes to a serving endpoint that echoes it, and the same
 * UTF-8 bytes must come back. It catches servers that re-encode (Latin-1, CP1256), normalize (NFC composes
 * alef + combining hamza into U+0623), strip diacritics or drop characters.
 */

/**
 * The default texts: full diacritics (fatha, kasra, damma, sukun, shadda, tanween), a dagger alef (U+0670),
 * alef wasla (U+0671), tatweel, Arabic-Indic digits, and an alef followed by a combining hamza above
 * (U+0627 U+0654) that NFC would turn into U+0623.
 */
const ROUND_TRIP_TEXTS = [
    'بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ',
    'ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ',
    'إِنَّ مَعَ ٱلْعُسْرِ يُسْرًا',
    'مُدَرِّسَةٌ فِي الدَّوْحَةِ مُنْذُ ١٤٤٥ هـ',
    'كتـــــاب جَمِيلٌ',
    'ا\u0654حمد',
];
function field(value, path) {
    let node = value;
    for (const part of path.split('.')) {
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part))
            return undefined;
        node = node[part];
    }
    return node;
}
function hex(bytes, max = 24) {
    const shown = [...bytes.slice(0, max)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    return bytes.length > max ? `${shown} …` : shown;
}
/** Why two texts differ, in words a person can act on. */
function describeDifference(sent, received) {
    if (received === sent.normalize('NFC') && sent !== received)
        return 'the endpoint normalized the text to NFC';
    if (received === sent.normalize('NFKC') && sent !== received)
        return 'the endpoint normalized the text to NFKC';
    if (received === sent.replace(/[\u064B-\u0652\u0670]/g, ''))
        return 'the endpoint stripped the diacritics';
    if (received.includes('\uFFFD'))
        return 'the endpoint replaced characters with U+FFFD (it decoded the bytes with the wrong encoding)';
    if (Buffer.from(received, 'latin1').toString('utf8') === sent || /[\u00D8-\u00DB][\u0080-\u00BF]/.test(received))
        return 'the endpoint returned mojibake (UTF-8 read as Latin-1 or CP1256)';
    const a = new TextEncoder().encode(sent);
    const b = new TextEncoder().encode(received);
    let at = 0;
    while (at < a.length && at < b.length && a[at] === b[at])
        at++;
    return `the bytes differ from byte ${at}: sent ${hex(a.slice(at))}, received ${hex(b.slice(at))}`;
}
/** Sends every text and compares the echoed bytes. Connection failures are errors, not mismatches. */
async function roundTrip(settings) {
    const texts = settings.texts ?? ROUND_TRIP_TEXTS;
    const mismatches = [];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const [index, text] of texts.entries()) {
        const body = settings.mode === 'json' ? JSON.stringify({ [settings['request-field']]: text }) : text;
        let response;
        try {
            response = await fetch(settings.url, {
                method: 'POST',
                headers: { 'content-type': settings.mode === 'json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' },
                body,
                signal: AbortSignal.timeout(settings['timeout-ms']),
            });
        }
        catch (error) {
            throw new errors_DhowError('invalid-input', `the round-trip endpoint ${settings.url} did not answer: ${error.message}`, {
                field: 'source.url',
                cause: error,
            });
        }
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (!response.ok) {
            mismatches.push({ index, sent: text, received: null, why: `HTTP ${response.status}` });
            continue;
        }
        let received;
        try {
            received = decoder.decode(bytes);
        }
        catch {
            mismatches.push({ index, sent: text, received: null, why: `the answer is not valid UTF-8: ${hex(bytes)}` });
            continue;
        }
        if (settings.mode === 'json') {
            let parsed;
            try {
                parsed = JSON.parse(received);
            }
            catch {
                mismatches.push({ index, sent: text, received, why: 'the answer is not JSON' });
                continue;
            }
            const echoed = field(parsed, settings['response-field']);
            if (typeof echoed !== 'string') {
                mismatches.push({ index, sent: text, received: null, why: `the answer has no string at "${settings['response-field']}"` });
                continue;
            }
            received = echoed;
        }
        if (Buffer.compare(Buffer.from(text, 'utf8'), Buffer.from(received, 'utf8')) !== 0) {
            mismatches.push({ index, sent: text, received, why: describeDifference(text, received) });
        }
    }
    return { sent: texts.length, mismatches };
}

;// CONCATENATED MODULE: ./src/gates/evaluate.ts
/**
 * Runs a gate policy over a candidate: measures each source once (several gates may read one CSV),
 * decides every gate against its threshold and the live version's record, and assembles the report.
 * Any bad input (a missing file, a metric the candidate lacks, an endpoint that is not a URL) is a
 * DhowError before anything is reported: a report is whole or absent.
 */
















/** A source's own error (a missing data file, a bad column) says which gate of the policy read it. */
function inGate(gate, error) {
    if (!(error instanceof errors_DhowError) || error.field?.startsWith('gates['))
        return error;
    return new errors_DhowError(error.code, `gate "${gate.name}" (source ${gate.source.kind}): ${error.message}`, { reasons: error.reasons, cause: error });
}
function where(gate, field) {
    return { field: `gates[name=${gate.name}].${field}` };
}
/** Replaces `${NAME}` from the environment; an unset variable is an error naming the field. */
function expandVariables(text, env, gate, field) {
    return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const value = env[name];
        if (value === undefined || value === '') {
            throw new errors_DhowError('invalid-input', `\${${name}} is not set in the environment`, where(gate, field));
        }
        return value;
    });
}
/** `source.<key> in <policy file>` for each key: how an input error names where a value came from. */
function policyKeys(file, keys) {
    return Object.fromEntries(keys.map((k) => [k, `source.${k}${file ? ` in ${file}` : ''}`]));
}
async function measure(gate, input, logger) {
    const source = gate.source;
    // The path as the policy wrote it stays the name in messages; the confined real path is what is read.
    const path = (file, key = 'input') => confineDataFile(file, {
        cwd: input.cwd,
        roots: input.dataRoots ?? [input.cwd],
        field: where(gate, `source.${key}`).field,
        file: input.policy.origins?.[gate.name],
    });
    switch (source.kind) {
        case 'candidate':
            throw new Error('candidate sources are read directly');
        case 'fairness': {
            const groups = Array.isArray(source.group) ? source.group : [source.group];
            // Messages name the policy's keys (`source.positive-label in gates.yaml`), never the CLI's flags.
            const keys = policyKeys(input.policy.origins?.[gate.name], ['label', 'prediction', 'group', 'positive-label']);
            const result = await measureFairness({
                input: await path(source.input),
                label: source.label,
                prediction: source.prediction,
                groups,
                positiveLabel: source['positive-label'] === undefined ? undefined : String(source['positive-label']),
                method: source.method,
                agg: source.agg,
                minGroupSize: source['min-group-size'],
                name: source.input,
                givenBy: { label: keys.label, prediction: keys.prediction, group: keys.group, positiveLabel: keys['positive-label'] },
            });
            return { values: result.values, samples: result.count, details: { by_group: result.byGroup } };
        }
        case 'text': {
            const result = await textMetricsFromJsonl(await path(source.input), { normalize: source.normalize });
            return {
                values: { wer: result.wer, cer: result.cer, bleu: result.bleu, chrf: result.chrf },
                samples: result.segments,
                details: { bleu_signature: result.bleu_signature, chrf_signature: result.chrf_signature, normalize: source.normalize },
            };
        }
        case 'arabic-data': {
            const report = await checkArabicFile(await path(source.input));
            const values = { arabic_share: report.arabic_share, presentation_form_share: report.presentation_form_share };
            for (const [name, finding] of Object.entries(report.checks))
                values[name] = finding.count;
            return {
                values,
                samples: report.lines,
                details: Object.fromEntries(Object.entries(report.checks).map(([name, f]) => [name, { count: f.count, lines: f.lines }])),
            };
        }
        case 'latency': {
            if (source.file !== undefined) {
                const summary = await latencyFromFile(await path(source.file, 'file'));
                return { values: { ...summary, 'error-rate': 0 }, samples: summary.count, details: { file: source.file } };
            }
            const endpoint = source.endpoint;
            const url = expandVariables(endpoint.url, input.env, gate, 'source.endpoint.url');
            logger.info(`gate ${gate.name}: load on ${url}: ${endpoint.mode === 'constant-rate' ? `${endpoint.rate} requests/s` : `${endpoint.connections} connections`} for ${endpoint['duration-seconds']} s after ${endpoint['warmup-seconds']} s of warm-up`);
            const load = await generateLoad({
                url,
                method: endpoint.method,
                body: endpoint.body,
                headers: endpoint.headers,
                mode: endpoint.mode,
                rate: endpoint.rate,
                connections: endpoint.connections,
                durationSeconds: endpoint['duration-seconds'],
                warmupSeconds: endpoint['warmup-seconds'],
                timeoutMs: endpoint['timeout-ms'],
            });
            const measured = load.latenciesMs.length + load.errors;
            const details = { mode: load.mode, errors: load.errors, 'error-reasons': load.errorReasons, 'warmup-requests': load.warmupRequests };
            if (load.latenciesMs.length === 0) {
                return {
                    values: { p50: null, p90: null, p95: null, p99: null, max: null, mean: null, 'error-rate': measured ? load.errors / measured : null },
                    samples: 0,
                    details,
                    note: `no request succeeded${load.errorReasons.length ? ` (${load.errorReasons.join('; ')})` : ''}`,
                };
            }
            const summary = summarizeLatencies(load.latenciesMs);
            return { values: { ...summary, 'error-rate': load.errors / measured }, samples: summary.count, details: { ...details, ...summary } };
        }
        case 'memory': {
            logger.info(`measuring the memory of ${source.command[0]}${source.command.length > 1 ? ' …' : ''} (gate ${gate.name})`);
            const result = await measureMemory(source, { cwd: input.cwd, env: input.env, logger, nvidiaSmi: input.nvidiaSmi });
            return {
                values: result.values,
                samples: result.samples,
                details: { allocation: result.allocation, 'allocation-mib': result.allocationMiB, ...(result.noGpu ? { 'no-gpu': result.noGpu } : {}) },
                ...(result.failure ? { failure: result.failure } : {}),
                ...(result.noGpu && gate.metric !== 'peak-rss-mib' ? { note: result.noGpu } : {}),
            };
        }
        case 'residency': {
            const rules = input.policy.residency ?? input.residency;
            if (!rules) {
                throw new errors_DhowError('invalid-input', "a residency gate needs residency rules: `residency` in the policy or in the registry's dhow.yaml", where(gate, 'source'));
            }
            const subject = { ...input.candidate.residency };
            for (const key of ['artifact-uri', 'data-uri', 'training-region', 'training-cluster']) {
                if (source[key] !== undefined)
                    subject[key] = source[key];
            }
            const result = checkResidency(subject, rules);
            return {
                values: { 'residency-violations': result.violations },
                samples: result.findings.length,
                details: { findings: result.findings },
                ...(result.violations > 0
                    ? {
                        note: result.findings
                            .filter((f) => !f.ok)
                            .map((f) => f.why)
                            .join('; '),
                    }
                    : {}),
            };
        }
        case 'round-trip': {
            const url = expandVariables(source.url, input.env, gate, 'source.url');
            const result = await roundTrip({ ...source, url });
            return {
                values: { 'round-trip-mismatches': result.mismatches.length },
                samples: result.sent,
                details: { mismatches: result.mismatches },
                ...(result.mismatches.length > 0 ? { note: result.mismatches.map((m) => `text ${m.index + 1}: ${m.why}`).join('; ') } : {}),
            };
        }
    }
}
function fromCandidate(gate, candidate) {
    const key = gate.source.key ?? gate.metric;
    const known = [...candidate.metrics.keys()];
    const lookup = (k, field) => {
        const value = candidate.metrics.get(k);
        if (value === undefined) {
            const suggestion = closest(k, known);
            throw new errors_DhowError('invalid-input', `the candidate ${candidate.file} has no metric "${k}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}${known.length ? `; it has ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}` : '; it has no metrics'}`, where(gate, field));
        }
        return value;
    };
    const value = lookup(key, gate.source.key ? 'source.key' : 'metric');
    const samplesKey = gate.source['samples-key'];
    return { values: { [gate.metric]: value }, samples: samplesKey ? lookup(samplesKey, 'source.samples-key') : null, details: {} };
}
async function runGates(input) {
    const logger = input.logger ?? logger_silentLogger;
    if (input.policy.gates.length === 0) {
        // A policy that checks nothing would pass everything: that is a mistake, not a verdict.
        throw new errors_DhowError('invalid-input', 'the gate policy has no enabled gates, so it would check nothing', {
            file: input.policy.sources.join(', ') || undefined,
            field: 'gates',
        });
    }
    const cache = new Map();
    const results = [];
    for (const gate of input.policy.gates) {
        let measurement;
        if (gate.source.kind === 'candidate') {
            measurement = fromCandidate(gate, input.candidate);
        }
        else {
            const key = canonicalJson(gate.source);
            if (!cache.has(key))
                cache.set(key, measure(gate, input, logger).catch((error) => Promise.reject(inGate(gate, error))));
            measurement = await cache.get(key);
        }
        const value = measurement.values[gate.metric] ?? null;
        const baseline = baselineFor(gate, input.live);
        let decision = decide(gate, { value, samples: measurement.samples ?? undefined }, baseline, input.policy.inconclusive);
        if (measurement.failure) {
            decision = { verdict: gate.severity === 'block' ? 'fail' : 'warn', blocking: gate.severity === 'block', reasons: [measurement.failure] };
        }
        else if (measurement.note && decision.verdict !== 'pass') {
            decision = { ...decision, reasons: [...decision.reasons, measurement.note] };
        }
        results.push({
            name: gate.name,
            metric: gate.metric,
            source: gate.source.kind,
            severity: gate.severity,
            verdict: decision.verdict,
            blocking: decision.blocking,
            value: value !== null && Number.isFinite(value) ? value : null,
            threshold: gate.threshold ?? null,
            'min-absolute-change': gate['min-absolute-change'] ?? null,
            'min-relative-change': gate['min-relative-change'] ?? null,
            'greater-is-better': gate['greater-is-better'],
            baseline: baseline.kind === 'value' ? baseline.value : null,
            samples: measurement.samples,
            'min-samples': gate['min-samples'] ?? null,
            reasons: decision.reasons,
            details: measurement.details,
        });
        logger.debug(`gate ${gate.name}: ${decision.verdict}${decision.reasons.length ? ` (${decision.reasons.join('; ')})` : ''}`);
    }
    const { verdict, blocked } = overallVerdict(results);
    return {
        apiVersion: schemas_API_VERSION,
        kind: 'GateReport',
        verdict,
        blocked,
        'policy-digest': policyDigest(input.policy),
        'policy-files': input.policy.sources,
        candidate: { file: input.candidate.file, model: input.candidate.model, version: input.candidate.version },
        environment: input.environment,
        'baseline-version': input.live?.version ?? null,
        'generated-at': (input.now?.() ?? new Date()).toISOString(),
        gates: results,
    };
}

;// CONCATENATED MODULE: ./src/gates/run.ts
/**
 * One gate run from files, as `dhow gate` and the gate action do it: read the policy and the candidate,
 * and when a registry and an environment are given, lay the registry's `gate-policy` overrides over the
 * policy (registry-wide, then the model's, then the environment's), take its residency rules and the
 * version live in the environment as the baseline. The registry is read through a small port
 * (GateRegistry; a RegistryReader over any forge is one), so the gates run the same on a local registry
 * and on one on GitHub. Data files are confined to the working directory, the policy file's directory and
 * the caller's data roots. Then run the gates and render the report. Nothing is written here: callers
 * write the report only once it is whole.
 */











async function prepareGates(request) {
    const base = await readPolicyFile(request.policyFile, request.cwd);
    const candidate = await readCandidate(request.candidateFile, request.cwd);
    const layers = [{ file: request.policyFile, policy: base }];
    const reader = request.registry;
    if (reader === undefined) {
        if (request.environment !== undefined)
            throw new errors_DhowError('usage', '--environment needs a registry (--registry DIR)', { field: 'environment' });
        return { policy: overlayPolicies(layers), candidate, environment: null, live: null };
    }
    const config = await reader.config();
    const model = request.model ?? candidate.model ?? undefined;
    if (model !== undefined)
        names_assertName('model', model, { field: 'model', file: request.model ? undefined : candidate.file });
    const environment = request.environment;
    const envPolicy = environment === undefined ? undefined : config.environments.find((e) => e.name === environment);
    if (environment !== undefined) {
        names_assertName('environment', environment, { field: 'environment' });
        if (!envPolicy) {
            throw new errors_DhowError('not-found', `environment "${environment}" is not in dhow.yaml (it has ${config.environments.map((e) => e.name).join(', ')})`, {
                field: 'environment',
            });
        }
        if (model === undefined) {
            throw new errors_DhowError('usage', `which model? the candidate ${candidate.file} does not name one: pass --model`, { field: 'model' });
        }
    }
    const overrides = [
        config['gate-policy'],
        model !== undefined && Object.hasOwn(config.models, model) ? config.models[model]['gate-policy'] : undefined,
        envPolicy?.['gate-policy'],
    ].filter((p) => p !== undefined);
    for (const path of overrides) {
        const text = await reader.readText(path);
        const file = `${request.registryName ?? 'registry'}:${path}`;
        if (text === null)
            throw new errors_DhowError('not-found', 'the gate policy dhow.yaml names is not in the registry', { file, field: 'gate-policy' });
        layers.push({ file, policy: parsePolicy(text, file) });
    }
    let live = null;
    if (environment !== undefined && model !== undefined) {
        const release = await reader.release(environment, model);
        if (release) {
            const record = await reader.version(model, release.version);
            if (!record) {
                throw new errors_DhowError('not-found', `${model}@${release.version} is live in ${environment} but has no version record`, {
                    file: paths_versionPath(model, release.version),
                });
            }
            // The live version's baseline gate values are the ones it passed in this environment: its evidence
            // here (the policy engine's rule, gate-evidence.ts), else the record's gates (older registries).
            const [results] = gateResultsByEnvironment([environment], await evidenceOf(reader, environment, model, release.version), record);
            live = liveVersionOf({ ...record, gates: results?.results });
        }
    }
    return {
        policy: overlayPolicies(layers),
        candidate: model !== undefined && candidate.model === null ? { ...candidate, model } : candidate,
        environment: environment ?? null,
        live,
        residency: config.residency,
    };
}
async function evidenceOf(reader, environment, model, version) {
    const file = await reader.gateEvidence(environment, model, version);
    return file ? { [environment]: file } : {};
}
/** Prepares, runs and renders; throws a DhowError on bad input, with nothing written. */
async function runGateRequest(request) {
    const logger = request.logger ?? logger_silentLogger;
    const setup = await prepareGates(request);
    const dataRoots = [request.cwd, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(request.cwd, request.policyFile)), ...(request.dataRoots ?? []).map((root) => (0,external_node_path_.resolve)(request.cwd, root))];
    const report = await runGates({ ...setup, cwd: request.cwd, dataRoots, env: request.env, logger, nvidiaSmi: request.nvidiaSmi, now: request.now });
    const json = serializeReport(report);
    const digest = reportDigest(json);
    return { report, json, digest, markdown: renderMarkdown(report), record: versionGates(report, digest) };
}

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/forge/github-client.ts
/**
 * The Octokit the github forge uses: @octokit/rest with the retry plugin (5xx, bounded) and the throttling
 * plugin (primary and secondary rate limits: retried a bounded number of times after the retry-after
 * GitHub sends, logged without the token). Failures become DhowErrors naming the route and status.
 */




const GitHubOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** A limiter that lets every job through at once, for the emulator (GitHub's pacing is off). */
const unpaced = { key: () => ({ schedule: (_options, fn, ...args) => fn(...args) }) };
function createClient(options) {
    const { logger } = options;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const unit = options.backoffUnitMs ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount < rateLimitRetries) {
            logger.warning(`GitHub ${kind} on ${request.method} ${request.url}: retrying after ${retryAfter}s (${retryCount + 1}/${rateLimitRetries})`);
            return true;
        }
        logger.error(`GitHub ${kind} on ${request.method} ${request.url}: giving up after ${rateLimitRetries} retries`);
        return false;
    };
    return new GitHubOctokit({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: 'dhow',
        log: { debug: () => { }, info: () => { }, warn: (m) => logger.debug(m), error: (m) => logger.debug(m) },
        // Only what may pass is retried: 405 (not mergeable yet) and 409 (the head moved) are GitHub's answer, and
        // the plugin's default list would retry them three times with back-off (1 + 4 + 9 s) before failing anyway.
        retry: { retries: options.serverErrorRetries ?? 3, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 405, 409, 410, 422, 451] },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: unit,
            ...(options.pacing === false ? { write: unpaced, notifications: unpaced } : {}),
        },
    });
}
function statusOf(error) {
    return error?.status;
}
/** GitHub's message and its `errors` details in one line (422s put the useful part in `errors`). */
function messageOf(error) {
    const e = error;
    const data = e?.response?.data;
    const details = (data?.errors ?? [])
        .map((d) => typeof d === 'string'
        ? d
        : (d.message ??
            [d.field, d.code].filter(Boolean).join(' ')))
        .filter(Boolean);
    return [data?.message ?? e?.message ?? String(error), ...details].join(': ');
}
/** Wraps an Octokit failure into a DhowError naming what was being done. */
function forgeError(what, error) {
    if (error instanceof errors_DhowError)
        return error;
    const status = statusOf(error);
    let hint = '';
    if (status === 401)
        hint = ' (the token is invalid or expired)';
    else if (status === 403 && /GitHub Actions is not permitted to create or approve pull requests/i.test(messageOf(error))) {
        hint =
            ' (the repository setting Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests" is off: turn it on, or better use a GitHub App token, whose pull requests also start workflows)';
    }
    else if (status === 403 || status === 404)
        hint = ' (check the token can reach this repository and has the permissions the action README lists)';
    return new errors_DhowError('forge', `GitHub: ${what} failed${status ? ` with ${status}` : ''}: ${messageOf(error)}${hint}`, { cause: error });
}

;// CONCATENATED MODULE: ./src/forge/github-reads.ts
const isCommitId = (ref) => /^[0-9a-f]{40}$/.test(ref);
/** The registry's policy file (registry/paths CONFIG_PATH), read with every branch head. */
const github_reads_CONFIG_FILE = 'dhow.yaml';
const CONFIG_FIELD = `file(path: "${github_reads_CONFIG_FILE}") { object { ... on Blob { oid text } } }`;
const PR_FIELDS = 'number url title body state headRefName baseRefName headRefOid author { login } labels(first: 50) { nodes { name } } mergeCommit { oid }';
class BatchedReader {
    graphql;
    owner;
    name;
    queue = [];
    scheduled = false;
    /** (commit:path) -> text (null: absent). Valid forever: a commit never changes. */
    files = new Map();
    /** (commit:path) -> blob id, from directory listings and file reads. */
    blobIds = new Map();
    /** commit -> root tree id. */
    trees = new Map();
    /** commit -> parent ids (of branch heads read). */
    parents = new Map();
    /** (commit:dir) of directories listed: a path in one that the listing lacks is absent. */
    listed = new Set();
    constructor(graphql, owner, name) {
        this.graphql = graphql;
        this.owner = owner;
        this.name = name;
    }
    /** Records what a commit is known to hold (from a query made for another reason). */
    prime(commit, path, text, oid) {
        this.files.set(`${commit}:${path}`, text);
        if (oid !== undefined)
            this.blobIds.set(`${commit}:${path}`, oid);
    }
    cachedBlobId(commit, path) {
        const known = this.blobIds.get(`${commit}:${path}`);
        if (known !== undefined)
            return known;
        const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
        return this.listed.has(`${commit}:${dir}`) ? null : undefined;
    }
    file(ref, path) {
        const key = `${ref}:${path}`;
        if (isCommitId(ref) && this.files.has(key))
            return Promise.resolve(this.files.get(key));
        return this.enqueue({ kind: 'file', ref, path });
    }
    dir(ref, path) {
        return this.enqueue({ kind: 'dir', ref, path });
    }
    head(branch) {
        return this.enqueue({ kind: 'head', branch });
    }
    pulls(branch, states) {
        return this.enqueue({ kind: 'pulls', branch, states });
    }
    history(ref, path, first, after) {
        return this.enqueue({ kind: 'history', ref, path, first, after });
    }
    enqueue(read) {
        return new Promise((resolve, reject) => {
            this.queue.push({ read, resolve, reject });
            if (!this.scheduled) {
                this.scheduled = true;
                // setImmediate runs after every promise continuation of this turn: all reads a Promise.all starts
                // land in the same batch.
                setImmediate(() => void this.flush());
            }
        });
    }
    async flush() {
        const batch = this.queue;
        this.queue = [];
        this.scheduled = false;
        const vars = { owner: this.owner, name: this.name };
        const defs = ['$owner: String!', '$name: String!'];
        const fields = [];
        batch.forEach(({ read }, i) => {
            const v = (suffix, type, value) => {
                vars[`v${i}${suffix}`] = value;
                defs.push(`$v${i}${suffix}: ${type}`);
                return `$v${i}${suffix}`;
            };
            switch (read.kind) {
                case 'file':
                    fields.push(`r${i}: object(expression: ${v('e', 'String!', `${read.ref}:${read.path}`)}) { __typename oid ... on Blob { text isTruncated isBinary } }`);
                    break;
                case 'dir':
                    fields.push(`r${i}: object(expression: ${v('e', 'String!', `${read.ref}:${read.path}`)}) { __typename ... on Tree { entries { name type oid } } }`);
                    break;
                case 'head':
                    fields.push(
                    // dhow.yaml comes with every head: a reader opened on a branch reads it next, so it costs no call.
                    `r${i}: ref(qualifiedName: ${v('q', 'String!', `refs/heads/${read.branch}`)}) { target { oid ... on Commit { tree { oid } parents(first: 2) { nodes { oid } } ${CONFIG_FIELD} } } }`);
                    break;
                case 'pulls':
                    fields.push(`r${i}: pullRequests(headRefName: ${v('h', 'String!', read.branch)}, states: ${v('s', '[PullRequestState!]', read.states)}, last: 5) { nodes { ${PR_FIELDS} } }`);
                    break;
                case 'history':
                    fields.push(`r${i}: object(expression: ${v('e', 'String!', read.ref)}) { ... on Commit { history(path: ${v('p', 'String!', read.path)}, first: ${v('n', 'Int!', read.first)}, after: ${v('a', 'String', read.after)}) { nodes { oid message committedDate author { name email date } file(path: ${v('f', 'String!', read.path)}) { object { ... on Blob { text } } } associatedPullRequests(first: 5) { nodes { number state mergedBy { login } mergeCommit { oid } } } } pageInfo { hasNextPage endCursor } } } }`);
                    break;
            }
        });
        const query = `query(${defs.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
        let repository;
        try {
            repository = (await this.graphql(query, vars)).repository;
        }
        catch (error) {
            for (const p of batch)
                p.reject(error);
            return;
        }
        batch.forEach(({ read, resolve }, i) => {
            const node = repository[`r${i}`];
            switch (read.kind) {
                case 'file': {
                    const text = node?.__typename === 'Blob' && !node.isBinary && !node.isTruncated ? node.text : null;
                    if (node?.__typename === 'Blob' && (node.isBinary || node.isTruncated)) {
                        resolve(Promise.reject(new Error(`${read.path} at ${read.ref} is binary or larger than GitHub returns through GraphQL`)));
                        return;
                    }
                    if (isCommitId(read.ref))
                        this.prime(read.ref, read.path, text, node?.__typename === 'Blob' ? node.oid : null);
                    resolve(text);
                    return;
                }
                case 'dir': {
                    const entries = node?.__typename === 'Tree' ? node.entries : [];
                    if (isCommitId(read.ref)) {
                        this.listed.add(`${read.ref}:${read.path}`);
                        for (const e of entries)
                            if (e.type === 'blob')
                                this.blobIds.set(`${read.ref}:${read.path}/${e.name}`, e.oid);
                    }
                    resolve(entries);
                    return;
                }
                case 'head':
                    if (node?.target?.tree?.oid) {
                        this.trees.set(node.target.oid, node.target.tree.oid);
                        const config = node.target.file?.object ?? null;
                        this.prime(node.target.oid, github_reads_CONFIG_FILE, config?.text ?? null, config?.oid ?? null);
                    }
                    if (node?.target?.parents)
                        this.parents.set(node.target.oid, node.target.parents.nodes.map((n) => n.oid));
                    resolve(node?.target ? { oid: node.target.oid, tree: node.target.tree?.oid } : null);
                    return;
                case 'pulls':
                    resolve(node?.nodes ?? []);
                    return;
                case 'history': {
                    const history = node?.history ?? null;
                    for (const c of (history?.nodes ?? []))
                        this.prime(c.oid, read.path, c.file?.object?.text ?? null);
                    resolve(history);
                    return;
                }
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/forge/github-text.ts
/** Text rules of GitHub that the github forge follows: blob ids, body limits, comment markers. */

/** owner/name as GitHub allows them: an owner of letters, digits and inner hyphens; a name of letters, digits, '.', '_', '-'. */
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;
/** Git's object id of a blob holding `text` (UTF-8): sha1("blob <bytes>\0<content>"). */
function gitBlobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** GitHub refuses pull request and comment bodies over 65,536 characters. */
const BODY_LIMIT = 65_536;
/**
 * Cuts a Markdown body to fit under `limit` characters: at a line boundary (never inside a table row or
 * a surrogate pair), closing an open code fence, with a note saying what was left out.
 */
function truncateBody(body, limit = BODY_LIMIT, note = 'the rest is in the registry commit') {
    if (body.length <= limit)
        return body;
    const notice = `\n\n> **Truncated**: this text was longer than GitHub allows (${limit.toLocaleString('en-US')} characters); ${note}.\n`;
    const budget = limit - notice.length - '\n```'.length;
    let cut = body.slice(0, Math.max(0, budget));
    // Never end between the two halves of a surrogate pair.
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        cut = cut.slice(0, -1);
    // End on a whole line: a half table row breaks the table, a half line may break a link.
    const newline = cut.lastIndexOf('\n');
    if (newline > 0)
        cut = cut.slice(0, newline);
    const fences = (cut.match(/^```/gm) ?? []).length;
    if (fences % 2 === 1)
        cut += '\n```';
    return cut + notice;
}
/** The hidden marker that identifies dhow's sticky comment for one purpose. */
function commentMarker(purpose) {
    return `<!-- dhow:${purpose} -->`;
}

;// CONCATENATED MODULE: ./src/forge/github-refusals.ts
/**
 * What GitHub's refusals of a ref update mean for a dhow user: branch protection and rulesets answer a
 * direct update with 422 and the rule's message. Each known rule is named with what to do about it; an
 * unknown refusal is still reported as a refusal (never as a race to retry).
 */
const THROUGH_A_PULL_REQUEST = 'change it through a pull request (for reverts: revert.mode pull-request in dhow.yaml), or add this identity to the bypass list';
const github_refusals_RULES = [
    {
        match: /Changes must be made through a pull request/i,
        explain: () => `it requires pull requests: ${THROUGH_A_PULL_REQUEST}`,
    },
    {
        match: /Required status checks? "?([^"]+?)"? (?:is|are) expected/i,
        explain: (m) => `it requires the status check "${m[1]}" to pass first: ${THROUGH_A_PULL_REQUEST}`,
    },
    {
        match: /At least (\d+) approving reviews? (?:is|are) required/i,
        explain: (m) => `it requires ${m[1]} approving review${m[1] === '1' ? '' : 's'}: ${THROUGH_A_PULL_REQUEST}`,
    },
    {
        match: /must have verified signatures/i,
        explain: () => 'it requires signed commits, and GitHub signs only the commits a GitHub App or GITHUB_TOKEN makes through the API without an author, never those made with a personal access token: use a GitHub App token',
    },
    {
        match: /must not contain merge commits|linear history/i,
        explain: () => "it requires a linear history (no merge commits): merge dhow's pull requests by squash or rebase (the merge-method input), or lift the rule",
    },
    {
        match: /Reference update failed|protected branch/i,
        explain: () => `a ruleset or branch protection restricts updates to it: ${THROUGH_A_PULL_REQUEST}`,
    },
];
/** The message of the DhowError('refused') for a refused update of `branch` (GitHub's `message` quoted). */
function refUpdateRefusal(branch, message) {
    const oneLine = message.replace(/\s+/g, ' ').trim();
    for (const rule of github_refusals_RULES) {
        const m = rule.match.exec(message);
        if (m)
            return `GitHub refused to move ${branch}: ${rule.explain(m)} (GitHub said: ${oneLine})`;
    }
    return `GitHub refused to move ${branch} (${oneLine}): check the branch's protection and rulesets, and the token's permissions`;
}

;// CONCATENATED MODULE: ./src/forge/github.ts
/**
 * The github forge: the registry repository on GitHub (or GitHub Enterprise Server through
 * GITHUB_API_URL) through Octokit. Reads are batched GraphQL queries (src/forge/github-reads.ts); writes
 * are the Git Data API without a clone: one tree on the base tree with the changed files inline, one
 * commit WITHOUT author or committer (GitHub signs it for an App or GITHUB_TOKEN), then createRef or
 * updateRef with force:false. The new commit always descends from the expected head, so a branch that
 * moved meanwhile fails the fast-forward check: GitHub's updateRef becomes a compare-and-swap, and a lost
 * race is a DhowError('conflict') the caller answers by reading again and re-planning. Nothing is written
 * when every file already has the planned content (a force-push or a needless commit dismisses approvals).
 */







const PR_STATES = {
    open: ['OPEN'],
    closed: ['CLOSED'],
    merged: ['MERGED'],
    all: ['OPEN', 'CLOSED', 'MERGED'],
};
function createGitHubForge(options) {
    const match = REPOSITORY.exec(options.repository);
    if (!match)
        throw new errors_DhowError('usage', `registry "${options.repository}" must be owner/name`, { field: 'registry' });
    if (!options.token)
        throw new errors_DhowError('usage', 'a GitHub token is needed to reach the registry repository', { field: 'github-token' });
    const baseUrl = options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com';
    const clientOptions = {
        token: options.token,
        baseUrl,
        logger: options.logger,
        ...(options.backoffUnitMs !== undefined ? { backoffUnitMs: options.backoffUnitMs } : {}),
        ...(options.pacing !== undefined ? { pacing: options.pacing } : {}),
        ...(options.rateLimitRetries !== undefined ? { rateLimitRetries: options.rateLimitRetries } : {}),
        ...(options.serverErrorRetries !== undefined ? { serverErrorRetries: options.serverErrorRetries } : {}),
    };
    return new GitHubForge(createClient(clientOptions), match[1], match[2], options);
}
class GitHubForge {
    octokit;
    owner;
    repo;
    options;
    kind = 'github';
    description;
    reads;
    defaultBranchName;
    /** A head read together with the default branch name, handed to the next branchHead() of that branch. */
    primedHead;
    logger;
    constructor(octokit, owner, repo, options) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
        this.options = options;
        this.description = `${owner}/${repo}`;
        this.logger = options.logger;
        this.reads = new BatchedReader(this.octokit.graphql, owner, repo);
    }
    async call(what, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw forgeError(what, error);
        }
    }
    /**
     * The default branch, read with its head, the head's tree and dhow.yaml in the same query: a reader
     * opened next (branchHead, then the config) needs no further call.
     */
    async defaultBranch() {
        if (this.defaultBranchName)
            return this.defaultBranchName;
        const data = await this.call('reading the default branch', () => this.octokit.graphql(`query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { defaultBranchRef { name target { oid ... on Commit { tree { oid } ${CONFIG_FIELD} } } } } }`, { owner: this.owner, name: this.repo }));
        const ref = data.repository.defaultBranchRef;
        if (!ref)
            throw new errors_DhowError('not-found', `${this.description} is empty: it has no default branch yet`);
        this.defaultBranchName = ref.name;
        this.primedHead = { branch: ref.name, oid: ref.target.oid };
        if (ref.target.tree)
            this.reads.trees.set(ref.target.oid, ref.target.tree.oid);
        const config = ref.target.file?.object ?? null;
        this.reads.prime(ref.target.oid, github_reads_CONFIG_FILE, config?.text ?? null, config?.oid ?? null);
        return ref.name;
    }
    async branchHead(branch) {
        if (this.primedHead?.branch === branch) {
            const { oid } = this.primedHead;
            this.primedHead = undefined;
            return oid;
        }
        const head = await this.call(`reading branch ${branch}`, () => this.reads.head(branch));
        return head?.oid ?? null;
    }
    readFile(path, ref) {
        return this.call(`reading ${path} at ${ref}`, () => this.reads.file(ref, path));
    }
    readFiles(paths, ref) {
        return Promise.all(paths.map((p) => this.readFile(p, ref)));
    }
    async listDirectory(path, ref) {
        const entries = await this.call(`listing ${path} at ${ref}`, () => this.reads.dir(ref, path.replace(/\/+$/, '')));
        return entries.map((e) => e.name).sort();
    }
    /**
     * Commits touching a path, newest first, as the default branch saw them: GitHub's history also walks the
     * branches merged into it, so a commit that came with a pull request counts only as the newest commit of
     * a MERGED one (reported with its number, who merged it and the merge commit); commits of pull requests
     * that were never merged, and older commits of merged ones, are left out. Direct commits stay.
     */
    async history(path, ref, options = {}) {
        const out = [];
        const seen = new Set();
        let after = null;
        for (;;) {
            const want = Math.min(100, options.limit ? options.limit - out.length : 100);
            const page = await this.call(`reading the history of ${path}`, () => this.reads.history(ref, path, want, after));
            if (!page)
                return out;
            for (const c of page.nodes) {
                const pulls = c.associatedPullRequests?.nodes ?? [];
                const merged = pulls.find((p) => p.state === 'MERGED' && p.mergeCommit);
                if (pulls.length > 0 && (!merged || seen.has(merged.number)))
                    continue;
                if (merged)
                    seen.add(merged.number);
                const [subject = '', ...rest] = c.message.split('\n');
                out.push({
                    ...(merged ? { request: { id: String(merged.number), mergedBy: merged.mergedBy?.login ?? '', mergeSha: merged.mergeCommit.oid } } : {}),
                    sha: c.oid,
                    subject,
                    body: rest.join('\n').trim(),
                    trailers: parseTrailers(c.message),
                    author: c.author?.name ?? '',
                    date: c.author?.date ?? c.committedDate,
                });
            }
            if (!page.pageInfo.hasNextPage || (options.limit && out.length >= options.limit))
                return out;
            after = page.pageInfo.endCursor;
        }
    }
    /** The root tree of a commit (cached: read with the head that named the commit). */
    async treeOf(commit) {
        const known = this.reads.trees.get(commit);
        if (known)
            return known;
        const { data } = await this.call(`reading commit ${commit}`, () => this.octokit.git.getCommit({ owner: this.owner, repo: this.repo, commit_sha: commit }));
        this.reads.trees.set(commit, data.tree.sha);
        return data.tree.sha;
    }
    /** Blob ids of paths at a commit: from the cache where a read already saw them, else one query. */
    async blobIds(commit, paths) {
        const result = new Map();
        const unknown = [];
        for (const path of paths) {
            const id = this.reads.cachedBlobId(commit, path);
            if (id === undefined)
                unknown.push(path);
            else
                result.set(path, id);
        }
        if (unknown.length > 0) {
            const texts = await this.readFiles(unknown, commit);
            unknown.forEach((path, i) => result.set(path, texts[i] === null ? null : (this.reads.cachedBlobId(commit, path) ?? gitBlobSha(texts[i]))));
        }
        return result;
    }
    async commitFiles(request) {
        const { branch, expectedHead } = request;
        const base = request.parent ?? expectedHead ?? request.from;
        if (!base)
            throw new errors_DhowError('usage', `commitFiles: branch ${branch} does not exist and no "from" commit was given`);
        const wanted = new Map(request.changes.map((c) => [c.path, c.content === null ? null : gitBlobSha(c.content)]));
        if (expectedHead) {
            // Same content already on the branch: write nothing, whatever the base did meanwhile.
            const there = await this.blobIds(expectedHead, [...wanted.keys()]);
            if ([...wanted].every(([path, id]) => there.get(path) === id)) {
                this.logger.debug(`${branch} already holds the planned content: nothing to write`);
                return { sha: expectedHead, changed: false };
            }
        }
        // Only what differs from the base tree goes into the new tree; deletions only of what is there.
        const inBase = await this.blobIds(base, [...wanted.keys()]);
        const entries = request.changes
            .filter((c) => inBase.get(c.path) !== wanted.get(c.path))
            .map((c) => c.content === null
            ? { path: c.path, mode: '100644', type: 'blob', sha: null }
            : { path: c.path, mode: '100644', type: 'blob', content: c.content });
        const baseTree = await this.treeOf(base);
        const tree = entries.length === 0
            ? baseTree
            : (await this.call('writing the tree', () => this.octokit.git.createTree({ owner: this.owner, repo: this.repo, base_tree: baseTree, tree: entries })))
                .data.sha;
        // The new commit descends from the expected head (a merge of the base when the base is another
        // commit), so updateRef with force:false only succeeds if the branch is still where we read it.
        const onBase = expectedHead !== null && (expectedHead === base || (this.reads.parents.get(expectedHead) ?? []).includes(base));
        const parents = expectedHead === null ? [base] : onBase ? [expectedHead] : [expectedHead, base];
        const commit = await this.createCommit(withTrailers(request.message, request.trailers), tree, parents);
        this.reads.trees.set(commit.sha, tree);
        try {
            if (expectedHead === null) {
                await this.octokit.git.createRef({ owner: this.owner, repo: this.repo, ref: `refs/heads/${branch}`, sha: commit.sha });
            }
            else {
                await this.octokit.git.updateRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}`, sha: commit.sha, force: false });
            }
        }
        catch (error) {
            // Only a lost race is a conflict; a protection or ruleset refusal is named and never retried (a retry
            // cannot pass it, and would spend the secondary rate limit's write budget).
            const status = statusOf(error);
            const message = messageOf(error);
            const race = status === 409 || (status === 422 && /Update is not a fast forward|Reference cannot be updated|Reference already exists/i.test(message));
            if (race)
                throw new errors_DhowError('conflict', `branch ${branch} moved while committing (${message}); read it again and re-plan`, { cause: error });
            // Protection and rulesets answer 422; a 403 is the token's permissions or a rate limit (forgeError says which).
            if (status === 422)
                throw new errors_DhowError('refused', refUpdateRefusal(branch, message), { cause: error });
            throw forgeError(`moving ${branch}`, error);
        }
        this.logger.debug(`committed ${commit.sha.slice(0, 8)} on ${branch}`);
        return { sha: commit.sha, changed: true };
    }
    /**
     * createCommit, retried a few times on GitHub's transient 422 "Tree SHA does not exist": right after
     * createTree the new tree may not have reached the replica that serves the commit.
     */
    async createCommit(message, tree, parents) {
        const attempts = 4;
        for (let attempt = 1;; attempt++) {
            try {
                return (await this.octokit.git.createCommit({ owner: this.owner, repo: this.repo, message, tree, parents })).data;
            }
            catch (error) {
                if (attempt < attempts && statusOf(error) === 422 && /Tree SHA does not exist/i.test(messageOf(error))) {
                    this.logger.debug(`tree ${tree.slice(0, 8)} not visible yet; retrying the commit (${attempt}/${attempts - 1})`);
                    await sleep((this.options.backoffUnitMs ?? 1000) * attempt);
                    continue;
                }
                throw forgeError('writing the commit', error);
            }
        }
    }
    async deleteBranch(branch) {
        try {
            await this.octokit.git.deleteRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
        }
        catch (error) {
            if (statusOf(error) === 422 && /does not exist/i.test(messageOf(error)))
                return;
            throw forgeError(`deleting ${branch}`, error);
        }
    }
    fromNode(node) {
        const state = node.state === 'OPEN' ? 'open' : node.state === 'MERGED' ? 'merged' : 'closed';
        return {
            id: String(node.number),
            url: node.url,
            branch: node.headRefName,
            base: node.baseRefName,
            title: node.title,
            body: node.body,
            state,
            author: node.author?.login ?? '',
            headSha: node.headRefOid,
            labels: node.labels.nodes.map((l) => l.name).sort(),
            ...(node.mergeCommit ? { mergeSha: node.mergeCommit.oid } : {}),
        };
    }
    fromRest(pr) {
        const merged = pr.merged_at !== null;
        return {
            id: String(pr.number),
            url: pr.html_url,
            branch: pr.head.ref,
            base: pr.base.ref,
            title: pr.title,
            body: pr.body ?? '',
            state: merged ? 'merged' : pr.state === 'open' ? 'open' : 'closed',
            author: pr.user?.login ?? '',
            headSha: pr.head.sha,
            labels: pr.labels
                .map((l) => l.name ?? '')
                .filter(Boolean)
                .sort(),
            ...(merged && pr.merge_commit_sha ? { mergeSha: pr.merge_commit_sha } : {}),
            // A fork's head repository (or '' once the fork is deleted): never this repository.
            ...(pr.head.repo !== undefined ? { headRepository: pr.head.repo?.full_name ?? '' } : {}),
        };
    }
    async findRequest(branch, options = {}) {
        const nodes = await this.call(`finding the pull request of ${branch}`, () => this.reads.pulls(branch, PR_STATES[options.state ?? 'open']));
        const newest = [...nodes].sort((a, b) => b.number - a.number)[0];
        return newest ? this.fromNode(newest) : null;
    }
    async getRequest(id) {
        const number = pullNumber(id);
        try {
            const { data } = await this.octokit.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number });
            return this.fromRest(data);
        }
        catch (error) {
            if (statusOf(error) === 404)
                throw new errors_DhowError('not-found', `${this.description} has no pull request #${number}`);
            throw forgeError(`reading pull request #${number}`, error);
        }
    }
    /** dhow's pull requests (those from a dhow/ branch), newest first: what `dhow status --repository` lists. */
    async listRequests(state = 'all') {
        const pulls = await this.call(`listing the pull requests of ${this.description}`, () => this.octokit.paginate(this.octokit.pulls.list, {
            owner: this.owner,
            repo: this.repo,
            state: state === 'open' ? 'open' : state === 'all' ? 'all' : 'closed',
            per_page: 100,
        }));
        return pulls
            .filter((p) => p.head.ref.startsWith('dhow/'))
            .map((p) => this.fromRest({ ...p, body: p.body ?? null, merged_at: p.merged_at ?? null }))
            .filter((r) => state === 'all' || r.state === state)
            .sort((a, b) => Number(b.id) - Number(a.id));
    }
    /** The issues dhow raised (their body holds dhow's hidden marker), newest first. */
    async listIssues(state = 'all') {
        const issues = await this.call(`listing the issues of ${this.description}`, () => this.octokit.paginate(this.octokit.issues.listForRepo, { owner: this.owner, repo: this.repo, state, per_page: 100 }));
        // dhow's issues carry its marker AND a dhow label (raiseIssue sets both): a person's issue quoting a
        // marker is not one of them.
        return issues
            .filter((i) => !i.pull_request && (i.body ?? '').includes(commentMarker('').slice(0, -4)))
            .map(issueFrom)
            .filter((i) => i.labels.some((label) => label.startsWith('dhow')))
            .sort((a, b) => Number(b.id) - Number(a.id));
    }
    async openOrUpdateRequest(input) {
        const body = truncateBody(input.body);
        let existing = input.existing !== undefined ? input.existing : await this.findRequest(input.branch, { state: 'open' });
        let operation = 'none';
        if (!existing) {
            try {
                const { data } = await this.octokit.pulls.create({
                    owner: this.owner,
                    repo: this.repo,
                    head: input.branch,
                    base: input.base,
                    title: input.title,
                    body,
                });
                existing = this.fromRest(data);
                operation = 'created';
            }
            catch (error) {
                if (!(statusOf(error) === 422 && /already exists/i.test(messageOf(error))))
                    throw forgeError(`opening a pull request for ${input.branch}`, error);
                // Another run opened it between our read and our create: find it and update it instead.
                const { data } = await this.call(`finding the pull request of ${input.branch}`, () => this.octokit.pulls.list({ owner: this.owner, repo: this.repo, head: `${this.owner}:${input.branch}`, state: 'open', per_page: 5 }));
                if (!data[0])
                    throw forgeError(`opening a pull request for ${input.branch}`, error);
                existing = this.fromRest({ ...data[0], merged_at: data[0].merged_at ?? null });
            }
        }
        if (operation !== 'created' && (existing.title !== input.title || existing.body !== body || existing.base !== input.base)) {
            const { data } = await this.call(`updating pull request #${existing.id}`, () => this.octokit.pulls.update({ owner: this.owner, repo: this.repo, pull_number: Number(existing.id), title: input.title, body, base: input.base }));
            existing = this.fromRest(data);
            operation = 'updated';
        }
        const missing = (input.labels ?? []).filter((l) => !existing.labels.includes(l));
        if (missing.length > 0) {
            const { data } = await this.call(`labelling pull request #${existing.id}`, () => this.octokit.issues.addLabels({ owner: this.owner, repo: this.repo, issue_number: Number(existing.id), labels: missing }));
            existing = { ...existing, labels: data.map((l) => l.name).sort() };
            if (operation === 'none')
                operation = 'updated';
        }
        if (operation === 'created' && input.reviewers && (input.reviewers.users.length > 0 || input.reviewers.teams.length > 0)) {
            await this.requestReviewers(Number(existing.id), input.reviewers, input.author);
        }
        return { request: existing, operation };
    }
    /**
     * Asks the policy's reviewers: users and teams in separate calls, so a team the token cannot see (always so
     * for GITHUB_TOKEN) costs only the team request, and never the pull request's author (GitHub refuses the
     * whole call for it). GitHub may not yet resolve a pull request it just created, so that is retried.
     */
    async requestReviewers(number, reviewers, author) {
        const users = reviewers.users.filter((u) => u.toLowerCase() !== author.toLowerCase());
        const teams = reviewers.teams.flatMap((t) => {
            const [org, slug] = t.split('/');
            if (org !== this.owner) {
                this.logger.warning(`team ${t} is not in ${this.owner}: GitHub only requests reviews from teams of the repository's organization; skipped`);
                return [];
            }
            return [slug];
        });
        if (users.length > 0)
            await this.askReviewers(number, { reviewers: users }, `users ${users.join(', ')}`);
        if (teams.length > 0) {
            await this.askReviewers(number, { team_reviewers: teams }, `teams ${teams.join(', ')} (the token must see them: a GitHub App with Members: read or a personal token with read:org; GITHUB_TOKEN never can)`);
        }
    }
    async askReviewers(number, who, what) {
        const attempts = this.options.reviewerAttempts ?? 4;
        for (let attempt = 1;; attempt++) {
            try {
                await this.octokit.pulls.requestReviewers({ owner: this.owner, repo: this.repo, pull_number: number, ...who });
                return;
            }
            catch (error) {
                if (statusOf(error) === 422 && /could not resolve to a node/i.test(messageOf(error)) && attempt < attempts) {
                    await sleep((this.options.backoffUnitMs ?? 1000) * attempt);
                    continue;
                }
                // Reviewers are a courtesy (the policy-check status is what blocks): warn, don't fail the promotion.
                this.logger.warning(`could not request reviews from ${what} on #${number}: ${messageOf(error)}`);
                return;
            }
        }
    }
    async listReviews(id) {
        const number = pullNumber(id);
        const reviews = await this.call(`reading the reviews of #${number}`, () => this.octokit.paginate(this.octokit.pulls.listReviews, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }));
        const states = {
            APPROVED: 'approved',
            CHANGES_REQUESTED: 'changes_requested',
            COMMENTED: 'commented',
            DISMISSED: 'dismissed',
        };
        return reviews
            .filter((r) => states[r.state] && r.user)
            .map((r) => ({
            reviewer: r.user.login,
            state: states[r.state],
            commitSha: r.commit_id ?? '',
            submittedAt: r.submitted_at ?? '',
            ...(r.body ? { body: r.body } : {}),
            ...(r.user.type === 'Bot' ? { bot: true } : {}),
        }));
    }
    /** GET /pulls/{n}/files, every page (GitHub lists at most 3,000 files; a rename names both paths). */
    async changedFiles(id) {
        const number = pullNumber(id);
        const files = await this.call(`listing the files of #${number}`, () => this.octokit.paginate(this.octokit.pulls.listFiles, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }));
        return [...new Set(files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])))].sort();
    }
    /** GET /collaborators/{login}/permission: a person's role on the registry repository (`none` for a stranger). */
    async permissionOf(login) {
        try {
            const { data } = await this.octokit.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username: login });
            // role_name carries the fine-grained role (maintain, triage); permission only admin/write/read/none.
            const role = (data.role_name ?? data.permission);
            return ['admin', 'maintain', 'write', 'triage', 'read'].find((r) => r === role) ?? data.permission;
        }
        catch (error) {
            if (statusOf(error) === 404)
                return 'none';
            throw forgeError(`reading the permission of ${login} on ${this.description}`, error);
        }
    }
    /**
     * The roles of several people in ONE GraphQL query (a Repository.collaborators alias per login), where
     * the REST route costs a call each. Someone the connection does not list has no access: `none`.
     * https://docs.github.com/en/graphql/reference/objects#repository
     */
    async permissionsOf(logins) {
        return (await this.reviewersOf(logins, [])).roles;
    }
    /**
     * Which of `logins` belong to each of `teams`, in ONE GraphQL query, where the REST route costs a call
     * per (team, person). See reviewersOf.
     */
    async teamMembersAmong(teams, logins) {
        return (await this.reviewersOf([], teams, logins)).members;
    }
    /**
     * The roles of `logins` on the registry repository and which of `members` (default `logins`) belong to
     * each of `teams`, all in ONE GraphQL query: a Repository.collaborators alias per login, an
     * Organization.team alias per team with a Team.members(query:) alias per login. Team.members lists child
     * teams' members too (membership: ALL), as the REST membership route does. A team the token may not see
     * resolves to null (REST answers 404): the group cannot be verified, and the error says what the token needs.
     * https://docs.github.com/en/graphql/reference/objects#repository
     * https://docs.github.com/en/graphql/reference/objects#organization
     * https://docs.github.com/en/graphql/reference/objects#team
     */
    async reviewersOf(logins, teams, members = logins) {
        const roles = new Map();
        const people = [...new Set(logins)];
        const named = [...new Set(teams)];
        const candidates = [...new Set(members)];
        const found = Object.fromEntries(named.map((t) => [t, []]));
        const asksTeams = named.length > 0 && candidates.length > 0;
        if (people.length === 0 && !asksTeams)
            return { roles, members: found };
        const params = [];
        const variables = {};
        const fields = [];
        if (people.length > 0) {
            params.push('$owner: String!', '$name: String!', ...people.map((_, i) => `$l${i}: String!`));
            Object.assign(variables, { owner: this.owner, name: this.repo }, Object.fromEntries(people.map((login, i) => [`l${i}`, login])));
            const perLogin = people.map((_, i) => `c${i}: collaborators(login: $l${i}, first: 1) { edges { permission node { login } } }`).join(' ');
            fields.push(`repository(owner: $owner, name: $name) { ${perLogin} }`);
        }
        if (asksTeams) {
            params.push(...named.flatMap((_, t) => [`$o${t}: String!`, `$s${t}: String!`]), ...candidates.map((_, m) => `$m${m}: String!`));
            named.forEach((team, t) => {
                const [org, slug] = team.split('/');
                variables[`o${t}`] = org ?? '';
                variables[`s${t}`] = slug ?? '';
            });
            candidates.forEach((login, m) => (variables[`m${m}`] = login));
            const perMember = candidates.map((_, m) => `m${m}: members(query: $m${m}, first: 100) { nodes { login } }`).join(' ');
            fields.push(...named.map((_, t) => `t${t}: organization(login: $o${t}) { team(slug: $s${t}) { ${perMember} } }`));
        }
        const what = [people.length ? `the roles of ${people.join(', ')}` : '', asksTeams ? `the members of ${named.join(', ')}` : '']
            .filter(Boolean)
            .join(' and ');
        let data;
        try {
            data = await this.octokit.graphql(`query(${params.join(', ')}) { ${fields.join(' ')} }`, variables);
        }
        catch (error) {
            // A team the token may not see can answer null beside an error: judge what came back.
            const partial = error.data;
            const usable = asksTeams && partial && (people.length === 0 || partial.repository) && statusOf(error) === undefined;
            // GitHub answers an integration without Members: read with "Resource not accessible by integration" (FORBIDDEN).
            const forbidden = statusOf(error) === 403 || /FORBIDDEN|not accessible by integration/i.test(JSON.stringify(error.errors ?? ''));
            if (asksTeams && forbidden) {
                throw new errors_DhowError('forge', `cannot read the members of team ${named.join(', ')} (403: ${messageOf(error)}): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App)`, { cause: error });
            }
            if (!usable)
                throw forgeError(`reading ${what} on ${this.description}`, error);
            data = partial;
        }
        const known = ['admin', 'maintain', 'write', 'triage', 'read'];
        people.forEach((login, i) => {
            const edge = data.repository?.[`c${i}`]?.edges?.find((e) => e.node.login.toLowerCase() === login.toLowerCase());
            const role = edge?.permission.toLowerCase();
            roles.set(login, role && known.includes(role) ? role : 'none');
        });
        if (asksTeams) {
            named.forEach((team, t) => {
                const node = data[`t${t}`]?.team;
                if (!node) {
                    throw new errors_DhowError('forge', `cannot read the members of team ${team} (no such team, or the token may not see it): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App); GITHUB_TOKEN cannot read teams`);
                }
                found[team] = candidates.filter((login, m) => node[`m${m}`]?.nodes?.some((n) => n.login.toLowerCase() === login.toLowerCase()));
            });
        }
        return { roles, members: found };
    }
    async upsertComment(id, marker, body) {
        const number = pullNumber(id);
        const hidden = commentMarker(marker);
        const text = truncateBody(`${hidden}\n${body}`);
        const comments = await this.call(`reading the comments of #${number}`, () => this.octokit.paginate(this.octokit.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: number, per_page: 100 }));
        const mine = comments.find((c) => c.body?.includes(hidden));
        if (mine) {
            if (mine.body === text)
                return;
            await this.call(`updating comment ${mine.id}`, () => this.octokit.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: mine.id, body: text }));
        }
        else {
            await this.call(`commenting on #${number}`, () => this.octokit.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: number, body: text }));
        }
    }
    /**
     * One issue per marker, found among the issues carrying `label` (the REST listing, which is consistent
     * at once, unlike search). The open one is edited in place; one a person closed is left alone. Two runs
     * that both create one (no listing saw the other's) keep the older: the newer closes itself.
     */
    async raiseIssue(input) {
        const hidden = commentMarker(input.marker);
        const body = truncateBody(`${hidden}\n${input.body}`, undefined, 'see the workflow run');
        const mine = await this.issuesMarked(input.label, hidden);
        const open = mine.find((i) => i.state === 'open');
        if (open) {
            if (open.title === input.title && open.body === body)
                return { issue: open, operation: 'none' };
            const { data } = await this.call(`updating issue #${open.id}`, () => this.octokit.issues.update({ owner: this.owner, repo: this.repo, issue_number: Number(open.id), title: input.title, body }));
            return { issue: issueFrom(data), operation: 'updated' };
        }
        if (mine[0])
            return { issue: mine[0], operation: 'none' };
        const { data } = await this.call(`opening an issue in ${this.description}`, () => this.octokit.issues.create({ owner: this.owner, repo: this.repo, title: input.title, body, labels: [input.label] }));
        const created = issueFrom(data);
        const oldest = (await this.issuesMarked(input.label, hidden)).filter((i) => i.state === 'open').sort((a, b) => Number(a.id) - Number(b.id))[0];
        if (oldest && oldest.id !== created.id) {
            await this.call(`closing the duplicate issue #${created.id}`, () => this.octokit.issues.update({ owner: this.owner, repo: this.repo, issue_number: Number(created.id), state: 'closed', state_reason: 'not_planned' }));
            return { issue: oldest, operation: 'none' };
        }
        return { issue: created, operation: 'created' };
    }
    /** Issues (not pull requests) with `label` whose body holds `hidden`, newest first. */
    async issuesMarked(label, hidden) {
        const issues = await this.call(`listing the issues labelled ${label}`, () => this.octokit.paginate(this.octokit.issues.listForRepo, {
            owner: this.owner,
            repo: this.repo,
            labels: label,
            state: 'all',
            sort: 'created',
            direction: 'desc',
            per_page: 100,
        }));
        return issues.filter((i) => !i.pull_request && (i.body ?? '').includes(hidden)).map(issueFrom);
    }
    async mergeRequest(id, input) {
        const number = pullNumber(id);
        const [title = '', ...rest] = withTrailers(input.message, input.trailers).split('\n');
        try {
            const { data } = await this.octokit.pulls.merge({
                owner: this.owner,
                repo: this.repo,
                pull_number: number,
                sha: input.expectedHeadSha,
                merge_method: input.method ?? (await this.mergeMethod()),
                commit_title: title,
                commit_message: rest.join('\n').trim(),
            });
            return { sha: data.sha };
        }
        catch (error) {
            if (statusOf(error) === 409)
                throw new errors_DhowError('conflict', `#${number} changed while merging (${messageOf(error)}); check it again`, { cause: error });
            if (statusOf(error) === 405)
                throw new errors_DhowError('refused', `GitHub refused to merge #${number}: ${messageOf(error)}`, { cause: error });
            throw forgeError(`merging #${number}`, error);
        }
    }
    allowedMethod;
    /** The first merge method the repository allows (merge, squash, rebase), read once. */
    mergeMethod() {
        this.allowedMethod ??= this.call(`reading the merge settings of ${this.description}`, async () => {
            const { data } = await this.octokit.repos.get({ owner: this.owner, repo: this.repo });
            if (data.allow_merge_commit !== false)
                return 'merge';
            if (data.allow_squash_merge !== false)
                return 'squash';
            if (data.allow_rebase_merge !== false)
                return 'rebase';
            return 'merge';
        });
        return this.allowedMethod;
    }
    async closeRequest(id) {
        const number = pullNumber(id);
        await this.call(`closing #${number}`, () => this.octokit.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, state: 'closed' }));
    }
    async dispatch(eventType, payload) {
        await this.call(`sending repository_dispatch ${eventType}`, () => this.octokit.repos.createDispatchEvent({ owner: this.owner, repo: this.repo, event_type: eventType, client_payload: payload }));
    }
    /** Sets a commit status (the policy check's verdict); descriptions are cut to GitHub's 140 characters. */
    async setStatus(sha, status) {
        const description = status.description.length > 140 ? `${status.description.slice(0, 139)}…` : status.description;
        await this.call(`setting status ${status.context} on ${sha.slice(0, 8)}`, () => this.octokit.repos.createCommitStatus({
            owner: this.owner,
            repo: this.repo,
            sha,
            state: status.state,
            context: status.context,
            description,
            ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
        }));
    }
    /**
     * Whether a user is an active member of org/team. Needs `read:org` (a personal token) or Members: read
     * (a GitHub App); the error says so when the token lacks it.
     */
    async isTeamMember(team, login) {
        const [org, slug] = team.split('/');
        try {
            const { data } = await this.octokit.teams.getMembershipForUserInOrg({ org: org, team_slug: slug, username: login });
            return data.state === 'active';
        }
        catch (error) {
            const status = statusOf(error);
            if (status === 404) {
                // 404 is both "not a member" and "you may not see this team": tell them apart by the team itself.
                if (await this.canSeeTeam(org, slug))
                    return false;
                throw new errors_DhowError('forge', `cannot read the members of team ${team} (404: no such team, or the token may not see it): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App); GITHUB_TOKEN cannot read teams`, { cause: error });
            }
            if (status === 403) {
                throw new errors_DhowError('forge', `cannot read the members of team ${team} (403: ${messageOf(error)}): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App)`, { cause: error });
            }
            throw forgeError(`checking ${login} in team ${team}`, error);
        }
    }
    async canSeeTeam(org, slug) {
        try {
            await this.octokit.teams.getByName({ org, team_slug: slug });
            return true;
        }
        catch (error) {
            if (statusOf(error) === 404 || statusOf(error) === 403)
                return false;
            throw forgeError(`reading team ${org}/${slug}`, error);
        }
    }
    /**
     * Turns on auto-merge (GraphQL enablePullRequestAutoMerge). GitHub's refusals become outcomes: "clean
     * status" (nothing left to wait for) merges now at the head just read; auto-merge not allowed on the
     * repository or no rules on the base leave the pull request as it is, with a warning; a draft is an error.
     */
    async enableAutoMerge(id, method) {
        const number = pullNumber(id);
        const { data } = await this.call(`reading #${number}`, () => this.octokit.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number }));
        if (data.draft) {
            throw new errors_DhowError('refused', `#${number} is a draft: GitHub will not auto-merge it. Mark it ready for review, then run again`);
        }
        const chosen = method ?? (await this.mergeMethod());
        try {
            await this.octokit.graphql(`mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { pullRequest { number } } }`, 
            // "method" may not be a variable name: @octokit/graphql reserves it.
            { id: data.node_id, mergeMethod: chosen.toUpperCase() });
            return { kind: 'enabled' };
        }
        catch (error) {
            const message = messageOf(error);
            if (/clean status/i.test(message)) {
                const { sha } = await this.mergeRequest(id, { expectedHeadSha: data.head.sha, message: data.title, method: chosen, mergedBy: '' });
                this.logger.info(`#${number} had nothing left to wait for: merged it at ${data.head.sha.slice(0, 12)}`);
                return { kind: 'merged', sha };
            }
            const reason = /not allowed/i.test(message)
                ? `auto-merge is not allowed on ${this.description} (Settings > General > "Allow auto-merge")`
                : /rules not configured/i.test(message)
                    ? `${data.base.ref} has no branch protection or ruleset, so auto-merge has nothing to wait for (require the dhow/policy status on it)`
                    : undefined;
            if (reason) {
                this.logger.warning(`could not enable auto-merge on #${number}: ${reason}`);
                return { kind: 'unavailable', reason };
            }
            throw forgeError(`enabling auto-merge on #${number}`, error);
        }
    }
}
function issueFrom(data) {
    return {
        id: String(data.number),
        url: data.html_url,
        title: data.title,
        body: data.body ?? '',
        state: data.state === 'open' ? 'open' : 'closed',
        labels: data.labels
            .map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
            .filter(Boolean)
            .sort(),
    };
}
function pullNumber(id) {
    const n = Number(id.replace(/^#/, ''));
    if (!Number.isInteger(n) || n <= 0)
        throw new errors_DhowError('invalid-input', `"${id}" is not a pull request number`);
    return n;
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

;// CONCATENATED MODULE: ./src/forge/connect.ts
/**
 * The github forge as an action builds it: token, registry as owner/name, the API root from the
 * `api-url` input or GITHUB_API_URL (GitHub Enterprise Server). DHOW_GITHUB_PACING=off turns GitHub's
 * write pacing off, for emulators only.
 */


const INPUT_NAMES = { registry: 'input "registry"', apiUrl: 'input "api-url"' };
function connectRegistry({ token, registry, apiUrl, logger, env = process.env, names = INPUT_NAMES }) {
    // An action's errors name the input as a field; a CLI's messages name the flag already.
    const field = (name) => (names === INPUT_NAMES ? { field: name } : {});
    if (!REPOSITORY.test(registry))
        throw new errors_DhowError('usage', `${names.registry} must be owner/name, got "${registry}"`, field('registry'));
    const baseUrl = apiUrl || env.GITHUB_API_URL || 'https://api.github.com';
    // Credentials in the URL would reach logs and error messages (and are not how GitHub authenticates):
    // refused without echoing the URL.
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(baseUrl)) {
        throw new errors_DhowError('usage', `${names.apiUrl} must not carry a user name or password (the token goes in ${names === INPUT_NAMES ? 'the token input' : '$GITHUB_TOKEN'})`, field('api-url'));
    }
    if (!/^https?:\/\//.test(baseUrl))
        throw new errors_DhowError('usage', `${names.apiUrl} must be an http(s) URL, got "${baseUrl}"`, field('api-url'));
    const pacing = env.DHOW_GITHUB_PACING !== 'off';
    return createGitHubForge({ token, repository: registry, baseUrl, logger, pacing, ...(pacing ? {} : { backoffUnitMs: 20 }) });
}
/** The URL of this workflow run, for commit statuses and summaries. */
function runUrl(env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
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
            throw new errors_DhowError('not-found', `${forge.description} has no branch ${name}: is it a dhow registry? ("dhow init" creates one)`);
        return new RegistryReader(forge, head);
    }
    config() {
        this.configCache ??= this.read('Registry', paths_CONFIG_PATH).then((config) => {
            if (!config)
                throw new errors_DhowError('not-found', `${paths_CONFIG_PATH} is missing in ${this.forge.description}: is it a dhow registry? ("dhow init" creates one)`);
            return config;
        });
        return this.configCache;
    }
    model(model) {
        return this.read('Model', paths_modelPath(model));
    }
    version(model, version) {
        return this.read('ModelVersion', paths_versionPath(model, version));
    }
    release(environment, model) {
        return this.read('Release', releasePath(environment, model));
    }
    /** The gate evidence of a version in one environment (gates/<env>/<model>/<version>.yaml). */
    gateEvidence(environment, model, version) {
        return this.read('GateEvidence', paths_gateEvidencePath(environment, model, version));
    }
    /** The gate evidence of a version in each of `environments` that has some, read in one batch. */
    async gateEvidenceByEnvironment(model, version, environments) {
        const files = await this.readMany('GateEvidence', environments.map((env) => paths_gateEvidencePath(env, model, version)));
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
        return this.names(versionsDir(model), '.yaml', 'version');
    }
    /** Every release file, of one environment or of every environment dhow.yaml lists (in its order). */
    async listReleases(environment) {
        const environments = environment ? [environment] : (await this.config()).environments.map((e) => e.name);
        const perEnvironment = this.forge.listTree && environments.length > 1
            ? await this.releaseEntriesFromTree(environments)
            : await Promise.all(environments.map(async (env) => this.forge.listDirectory(releasesDir(env), this.ref)));
        const paths = environments.flatMap((env, i) => this.namesOf(releasesDir(env), perEnvironment[i], '.yaml', 'model').map((m) => releasePath(env, m)));
        return (await this.readMany('Release', paths)).filter((r) => r !== null);
    }
    /** The releases of a model in an environment, newest first, from the history of its release file. */
    async releaseHistory(environment, model, options = {}) {
        const path = releasePath(environment, model);
        const commits = await this.forge.history(path, this.ref, options);
        const texts = await Promise.all(commits.map((c) => this.forge.readFile(path, c.sha)));
        return commits.map((c, i) => ({
            commit: c.sha,
            date: c.date,
            author: c.author,
            subject: c.subject,
            trailers: c.trailers,
            ...(c.request ? { request: c.request } : {}),
            release: texts[i] == null ? null : parseRegistryFile('Release', `${path}@${c.sha.slice(0, 8)}`, texts[i]),
        }));
    }
    /** Files directly under a registry directory (for deploy/<env>/<model>/). */
    async listFiles(dir) {
        return this.forge.listDirectory(dir, this.ref);
    }
    /** Reads and validates one file; null when absent. */
    async read(kind, path) {
        const text = await this.forge.readFile(path, this.ref);
        return text === null ? null : parseRegistryFile(kind, path, text);
    }
    async readMany(kind, paths) {
        const texts = this.forge.readFiles ? await this.forge.readFiles(paths, this.ref) : await Promise.all(paths.map((p) => this.forge.readFile(p, this.ref)));
        return texts.map((text, i) => (text == null ? null : parseRegistryFile(kind, paths[i], text)));
    }
    /**
     * The entries directly under each environment's releases directory, as listDirectory gives them, from one
     * listing of releases/ (one git process where the forge lists trees, not one per environment): a path
     * deeper than releases/<env>/<entry> counts as its <entry>, once, as a directory does there.
     */
    async releaseEntriesFromTree(environments) {
        const byDir = new Map(environments.map((env) => [`${releasesDir(env)}/`, new Set()]));
        for (const path of await this.forge.listTree('releases', this.ref)) {
            const slash = path.indexOf('/', 'releases/'.length);
            const entries = slash < 0 ? undefined : byDir.get(path.slice(0, slash + 1));
            if (entries)
                entries.add(path.slice(slash + 1).split('/')[0]);
        }
        return environments.map((env) => [...byDir.get(`${releasesDir(env)}/`)]);
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
            if (!isValidName(kind, name)) {
                throw new errors_DhowError('invalid-input', `"${entry}" is not a valid ${kind} file name (run dhow validate)`, { file: `${dir}/${entry}` });
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
    const path = gateEvidencePath(environment, target.model, target.version);
    if (!config.environments.some((e) => e.name === environment)) {
        throw new DhowError('not-found', `environment "${environment}" is not in ${CONFIG_PATH} (it has ${config.environments.map((e) => e.name).join(', ')}): no gate evidence is recorded for it`, { field: 'environment', file: CONFIG_PATH });
    }
    const decision = decideGateEvidence(existing, { model: target.model, version: target.version, environment }, attempt);
    if (decision.kind === 'refused') {
        throw new DhowError('refused', `gate evidence of ${target.model} ${target.version} for ${environment} refused`, { file: path, reasons: decision.reasons });
    }
    if (decision.kind === 'unchanged')
        return { result: { operation: 'unchanged', path, message: decision.message }, content: null };
    return { result: { operation: 'recorded', path, message: decision.message }, content: serializeRegistryFile(decision.file) };
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
    const logger = options.logger ?? silentLogger;
    const path = versionPath(record.model, record.version);
    const valid = validateRegistryObject('ModelVersion', path, record);
    const content = serializeRegistryFile(valid);
    if (options.evidence)
        assertName('environment', options.evidence.environment, { field: 'environment' });
    const branch = await forge.defaultBranch();
    const attempts = options.attempts ?? 40;
    for (let attempt = 1;; attempt++) {
        const reader = await RegistryReader.open(forge, branch);
        const config = await reader.config();
        const [existing, recorded] = await readWithEvidence(reader, valid, options.evidence, reader.version(valid.model, valid.version));
        const ignoreGates = options.evidence !== undefined;
        if (existing && !sameVersionContent(existing, valid, ignoreGates)) {
            throw new DhowError('refused', `${valid.model} ${valid.version} is already registered with different content: versions are immutable, register a new version`, {
                file: path,
                reasons: differences(existing, valid, ignoreGates).map((f) => `field "${f}" differs`),
            });
        }
        const evidence = planEvidence(config, valid, options.evidence, recorded);
        if (existing) {
            logger.info(`${valid.model} ${valid.version} is already registered with identical content: nothing to do`);
            if (evidence)
                logger.info(evidence.result.message);
            if (!evidence?.content)
                return { operation: 'unchanged', path, commit: reader.ref, modelCreated: false, ...(evidence ? { evidence: evidence.result } : {}) };
        }
        const changes = existing ? [] : [{ path, content }];
        if (evidence?.content)
            changes.push({ path: evidence.result.path, content: evidence.content });
        const modelFile = existing ? null : await reader.model(valid.model);
        if (!existing && !modelFile) {
            const clash = kubernetesNameTakenBy(valid.model, await reader.listModels());
            if (clash) {
                throw new DhowError('refused', `model "${valid.model}" would deploy as the Kubernetes object "${kubernetesName(valid.model)}", which model "${clash}" already uses: choose another name`, {
                    field: 'model',
                });
            }
            const model = { apiVersion: API_VERSION, kind: 'Model', name: valid.model, owners: [options.by ?? valid['created-by']], language: [] };
            changes.push({ path: modelPath(valid.model), content: serializeRegistryFile(model) });
        }
        const environment = options.evidence?.environment;
        try {
            const result = await forge.commitFiles({
                branch,
                expectedHead: reader.ref,
                changes,
                message: existing
                    ? `Record the gate results of ${valid.model} ${valid.version} in ${environment}`
                    : `Register ${valid.model} ${valid.version}\n\nArtifact ${valid.artifact.uri} (${valid.artifact.digest}).`,
                trailers: {
                    [TRAILERS.model]: valid.model,
                    [TRAILERS.version]: valid.version,
                    ...(evidence?.content && environment ? { [TRAILERS.environment]: environment } : {}),
                },
            });
            logger.debug(`registered ${valid.model} ${valid.version} (${result.sha.slice(0, 8)})`);
            return {
                operation: existing ? 'unchanged' : 'created',
                path,
                commit: result.sha,
                modelCreated: !existing && !modelFile,
                ...(evidence ? { evidence: evidence.result } : {}),
            };
        }
        catch (error) {
            if (error instanceof DhowError && error.code === 'conflict' && attempt < attempts) {
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

;// CONCATENATED MODULE: ./src/actions/runtime.ts
/**
 * The edge between GitHub Actions and the core: inputs, outputs, summaries and failure through the runner's
 * protocol (./runner.ts). Only src/actions/* imports this (the core never imports @actions/*).
 */





/** A GitHub repository as inputs name it: owner/name, in the characters GitHub allows. */
const RepositoryInput = schemas/* string */.YjP().regex(REPOSITORY, 'must be owner/name');
/** A Logger over @actions/core: groups become collapsible log groups on the runner. */
function actionsLogger() {
    return {
        debug: (m) => debug(m),
        info: (m) => info(m),
        warning: (m) => warning(m),
        error: (m) => error(m),
        group: (name, fn) => group(name, fn),
    };
}
/** Masks a secret before anything else can print it; empty values are ignored. */
function maskSecret(value) {
    if (value)
        setSecret(value);
}
/** A string input, trimmed; '' when absent and not required. */
function stringInput(name, options = {}) {
    const value = getInput(name, { required: false }).trim();
    if (options.required && value === '')
        throw new errors_DhowError('usage', `input "${name}" is required`, { field: name });
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
    if (getInput(name).trim() === '')
        return fallback;
    try {
        return getBooleanInput(name);
    }
    catch {
        throw new errors_DhowError('usage', `input "${name}" must be true or false`, { field: name });
    }
}
/** One value per line; blank lines and surrounding spaces ignored. */
function listInput(name) {
    return getMultilineInput(name)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Parses a settings object with zod and turns the first issue into an error naming the input. */
function parseInputs(schema, raw) {
    const result = schema.safeParse(raw);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const field = issue.path.map(String).join('.');
    throw new DhowError('usage', `input "${field}": ${issue.message}`, { field });
}
/** Runs an action's body; any error becomes `core.setFailed("<action>: <message>")`. */
async function runAction(action, body) {
    try {
        await body();
    }
    catch (error) {
        setFailed(`${action}: ${describeError(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/actions/gate/main.ts
/**
 * The `gate` action: runs the gates of a policy over a candidate, writes the JSON report and the job
 * summary, sets verdict/blocked/report/report-digest/record-gates, and fails when a blocking gate fails.
 * The registry is a checkout (`registry`) or the repository itself through the API (`registry-repository`
 * with `github-token`). On bad input it fails before anything is written.
 */









const ACTION = 'gate';
function getInputs() {
    const workspace = workspaceDir();
    const registry = optionalInput('registry');
    const registryRepository = optionalInput('registry-repository');
    const environment = optionalInput('environment');
    if (registry !== undefined && registryRepository !== undefined) {
        throw new errors_DhowError('usage', 'inputs "registry" (a checkout) and "registry-repository" (owner/name, read through the API) exclude each other: pass one', {
            field: 'registry-repository',
        });
    }
    if (environment !== undefined && registry === undefined && registryRepository === undefined) {
        throw new errors_DhowError('usage', 'input "environment" needs input "registry" (a checkout of the registry repository) or "registry-repository"', {
            field: 'environment',
        });
    }
    const token = registryRepository === undefined ? undefined : secretInput('github-token');
    if (registryRepository !== undefined && !token) {
        throw new errors_DhowError('usage', 'input "registry-repository" needs input "github-token" (a token that can read it)', { field: 'github-token' });
    }
    return {
        workspace,
        policy: stringInput('policy', { required: true }),
        candidate: stringInput('candidate', { required: true }),
        registry: registry === undefined ? undefined : (0,external_node_path_.resolve)(workspace, registry),
        registryRepository,
        token,
        apiUrl: optionalInput('api-url'),
        environment,
        model: optionalInput('model'),
        reportPath: (0,external_node_path_.resolve)(workspace, optionalInput('report-path') ?? (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? workspace, 'dhow-gate-report.json')),
        summary: booleanInput('summary', true),
        dataRoots: listInput('data-roots').map((root) => (0,external_node_path_.resolve)(workspace, root)),
    };
}
/** The registry's snapshot the gates read: a checkout through git, or the repository through the API. */
async function openRegistry(settings, logger) {
    if (settings.registryRepository !== undefined) {
        return RegistryReader.open(connectRegistry({ token: settings.token, registry: settings.registryRepository, apiUrl: settings.apiUrl, logger }));
    }
    return settings.registry === undefined ? undefined : RegistryReader.open(await openLocalForge(settings.registry, { logger }));
}
async function run() {
    await runAction(ACTION, async () => {
        const settings = getInputs();
        const logger = actionsLogger();
        const outcome = await runGateRequest({
            policyFile: settings.policy,
            candidateFile: settings.candidate,
            registry: await openRegistry(settings, logger),
            registryName: settings.registryRepository ?? settings.registry,
            environment: settings.environment,
            model: settings.model,
            cwd: settings.workspace,
            dataRoots: settings.dataRoots,
            env: process.env,
            logger,
        });
        await writeFileAtomic(settings.reportPath, outcome.json);
        setOutput('verdict', outcome.report.verdict);
        setOutput('blocked', String(outcome.report.blocked));
        setOutput('report', settings.reportPath);
        setOutput('report-digest', outcome.digest);
        setOutput('record-gates', JSON.stringify(outcome.record));
        if (settings.summary)
            await summary.addRaw(outcome.markdown, true).write();
        if (outcome.report.blocked) {
            const blocking = outcome.report.gates.filter((g) => g.blocking);
            throw new errors_DhowError('gate-failed', `the candidate is refused by ${blocking.length} blocking gate${blocking.length === 1 ? '' : 's'}: ${blocking.map((g) => `${g.name} (${g.reasons.join('; ') || g.verdict})`).join(', ')}`);
        }
    });
}


/***/ })

};
