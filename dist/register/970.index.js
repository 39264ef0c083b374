export const id = 970;
export const ids = [970];
export const modules = {

/***/ 9970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

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
    // node:crypto loads here, on the first output, not at every action's start-up (tens of ms, issue 14).
    const delimiter = `ghadelimiter_${process.getBuiltinModule('node:crypto').randomUUID()}`;
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/lazy-schema.ts
var lazy_schema = __webpack_require__(3345);
// EXTERNAL MODULE: ./src/registry/names.ts
var names = __webpack_require__(1815);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/actions/runtime.ts
/**
 * The edge between GitHub Actions and the core: inputs, outputs, summaries and failure through the runner's
 * protocol (./runner.ts). Only src/actions/* imports this (the core never imports @actions/*). zod stays out of
 * it (./settings.ts parses with zod), so an action that parses its inputs by hand starts without loading zod.
 */



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
    return (0,external_node_path_.resolve)(workspaceDir(), path);
}
function booleanInput(name, fallback) {
    if (getInput(name).trim() === '')
        return fallback;
    try {
        return getBooleanInput(name);
    }
    catch {
        throw new errors/* DhowError */.Bp('usage', `input "${name}" must be true or false`, { field: name });
    }
}
/** One value per line; blank lines and surrounding spaces ignored. */
function listInput(name) {
    return core
        .getMultilineInput(name)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Runs an action's body; any error becomes `core.setFailed("<action>: <message>")`. */
async function runAction(action, body) {
    try {
        await body();
    }
    catch (error) {
        setFailed(`${action}: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/forge/github-text.ts
var github_text = __webpack_require__(1982);
;// CONCATENATED MODULE: ./src/actions/settings.ts
/**
 * Action settings parsed with zod: the repository input and the parse that turns zod's first issue into an error
 * naming the input. Apart from ./runtime.ts so that gate and train, which read their inputs by hand, do not load
 * zod at start-up (issue 14); the actions that parse with zod import it from here.
 */




/** A GitHub repository as inputs name it: owner/name, in the characters GitHub allows (built on first use). */
const RepositoryInput = (0,lazy_schema/* lazySchema */.I)(() => schemas/* string */.YjP().regex(github_text/* REPOSITORY */.Bw, 'must be owner/name'));
/** Parses a settings object with zod and turns the first issue into an error naming the input. */
function parseInputs(schema, raw) {
    const result = schema.safeParse(raw);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const field = issue.path.map(String).join('.');
    throw new errors/* DhowError */.Bp('usage', `input "${field}": ${issue.message}`, { field });
}

;// CONCATENATED MODULE: ./src/actions/register/main.ts
/**
 * The `register` action: records a model version in the registry repository (one commit on its default
 * branch, compare-and-swap, retried on a lost race). The record is the train action's draft
 * (`version-file`) overlaid with the inputs and where it came from (this repository, commit and run).
 * With `environment`, the gate report becomes that environment's gate evidence
 * (gates/<env>/<model>/<version>.yaml) in the same commit; without it, the legacy `gates` of the record.
 * Registering identical content again (from another environment's run, or a re-run) writes nothing but
 * evidence that is new.
 */







const ACTION = 'register';
// Built on first use: an action that stops at a missing input never pays for it (issue 14).
const Settings = (0,lazy_schema/* lazySchema */.I)(() => schemas/* object */.Ikc({
    'github-token': schemas/* string */.YjP().min(1, 'is required'),
    registry: RepositoryInput(),
    'version-file': schemas/* string */.YjP().optional(),
    model: (0,names/* ModelName */.bt)().optional(),
    version: (0,names/* VersionName */.gj)().optional(),
    'artifact-uri': schemas/* string */.YjP().min(1).optional(),
    'artifact-digest': schemas/* string */.YjP()
        .regex(/^sha256:[0-9a-f]{64}$/, 'must be sha256: and 64 hex digits')
        .optional(),
    'gate-report': schemas/* string */.YjP().optional(),
    profile: schemas/* string */.YjP().optional(),
    environment: (0,names/* EnvironmentName */.Ru)().optional(),
    'api-url': schemas/* string */.YjP().optional(),
    'registered-by': schemas/* string */.YjP().min(1, 'is required (or GITHUB_ACTOR)'),
    summary: schemas/* boolean */.zMY(),
}));
function getInputs() {
    const token = secretInput('github-token');
    return parseInputs(Settings(), {
        'github-token': token,
        registry: stringInput('registry', { required: true }),
        'version-file': optionalInput('version-file'),
        model: optionalInput('model'),
        version: optionalInput('version'),
        'artifact-uri': optionalInput('artifact-uri'),
        'artifact-digest': optionalInput('artifact-digest'),
        'gate-report': optionalInput('gate-report'),
        profile: optionalInput('profile'),
        environment: optionalInput('environment'),
        'api-url': optionalInput('api-url'),
        'registered-by': stringInput('registered-by') || process.env.GITHUB_ACTOR || '',
        summary: booleanInput('summary', true),
    });
}
async function readProfileInput(path) {
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    try {
        return await readFile(path, 'utf8');
    }
    catch (error) {
        throw new errors/* DhowError */.Bp('not-found', `input "profile": cannot read ${path}: ${error.code ?? 'unreadable'}`, { field: 'profile' });
    }
}
async function run() {
    await runAction(ACTION, async () => {
        const settings = getInputs();
        const logger = actionsLogger();
        const env = process.env;
        // The registry's schemas and Octokit load once the inputs are known to be good.
        const { readGateReportFile, reportDigest, versionGates } = await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(248)]).then(__webpack_require__.bind(__webpack_require__, 5867));
        const { connectRegistry, runUrl } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 1040));
        const { validateRegistryObject } = await Promise.all(/* import() */[__webpack_require__.e(867), __webpack_require__.e(201), __webpack_require__.e(682)]).then(__webpack_require__.bind(__webpack_require__, 7682));
        const { versionPath } = await __webpack_require__.e(/* import() */ 143).then(__webpack_require__.bind(__webpack_require__, 143));
        const { API_VERSION } = await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(377)]).then(__webpack_require__.bind(__webpack_require__, 9201));
        const { registerVersion } = await Promise.all(/* import() */[__webpack_require__.e(867), __webpack_require__.e(201), __webpack_require__.e(682), __webpack_require__.e(5)]).then(__webpack_require__.bind(__webpack_require__, 7005));
        const { readVersionDraftFile } = await Promise.all(/* import() */[__webpack_require__.e(867), __webpack_require__.e(201), __webpack_require__.e(682), __webpack_require__.e(747)]).then(__webpack_require__.bind(__webpack_require__, 8747));
        const draftFile = settings['version-file'] ? workspacePath(settings['version-file']) : undefined;
        const draft = draftFile ? await readVersionDraftFile(draftFile, 'version-file') : {};
        const model = settings.model ?? draft.model;
        const version = settings.version ?? draft.version;
        if (!model)
            throw new errors/* DhowError */.Bp('usage', 'input "model" is required (or a version-file that names it)', { field: 'model' });
        if (!version)
            throw new errors/* DhowError */.Bp('usage', 'input "version" is required (or a version-file that names it)', { field: 'version' });
        const artifact = { ...(draft.artifact ?? {}) };
        if (settings['artifact-uri'])
            artifact.uri = settings['artifact-uri'];
        if (settings['artifact-digest'])
            artifact.digest = settings['artifact-digest'];
        const source = { ...(draft.source ?? {}) };
        if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY)
            source.repository ??= `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
        if (env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(env.GITHUB_SHA))
            source.commit ??= env.GITHUB_SHA;
        const run = runUrl(env);
        if (run)
            source['run-url'] ??= run;
        if (env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT))
            source['run-attempt'] ??= Number(env.GITHUB_RUN_ATTEMPT);
        const environment = settings.environment;
        if (environment !== undefined && !settings['gate-report']) {
            throw new errors/* DhowError */.Bp('usage', 'input "environment" names whose gate evidence "gate-report" is: pass both, or neither', { field: 'environment' });
        }
        const gates = settings['gate-report'] ? await readGateReportFile(workspacePath(settings['gate-report']), 'gate-report') : undefined;
        if (gates?.report.blocked && gates.report.verdict === 'fail')
            logger.warning(`the gate report blocks ${model} ${version}: it is registered, but its promotion will be refused`);
        const results = gates ? versionGates(gates.report, reportDigest(gates.text)) : undefined;
        const registeredAt = new Date().toISOString();
        const record = validateRegistryObject('ModelVersion', draftFile ?? versionPath(model, version), {
            ...draft,
            apiVersion: API_VERSION,
            kind: 'ModelVersion',
            model,
            version,
            artifact,
            source,
            ...(results && environment === undefined ? { gates: results } : {}),
            'created-by': draft['created-by'] ?? settings['registered-by'],
            'created-at': draft['created-at'] ?? registeredAt,
        });
        // The evidence names this run, so a "Re-run" of it is recognised (gate-evidence.ts).
        const evidence = results && environment !== undefined
            ? {
                environment,
                attempt: {
                    ...results,
                    ...(run ? { 'run-url': run } : {}),
                    ...(env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT) ? { 'run-attempt': Number(env.GITHUB_RUN_ATTEMPT) } : {}),
                    'recorded-by': settings['registered-by'],
                    'recorded-at': registeredAt,
                },
            }
            : undefined;
        // The reference profile for scheduled drift checks, kept with the version (registry/profile-file.ts).
        const profile = settings.profile ? { text: await readProfileInput(workspacePath(settings.profile)), file: settings.profile } : undefined;
        const forge = connectRegistry({ token: settings['github-token'], registry: settings.registry, apiUrl: settings['api-url'], logger });
        const result = await logger.group(`Register ${model} ${version}`, () => registerVersion(forge, record, { logger, by: settings['registered-by'], ...(evidence ? { evidence } : {}), ...(profile ? { profile } : {}) }));
        const operation = result.operation === 'created' ? 'created' : 'none';
        setOutput('operation', operation);
        setOutput('version-path', result.path);
        setOutput('commit', result.commit);
        setOutput('evidence', result.evidence?.operation === 'recorded' ? 'recorded' : 'none');
        if (result.evidence)
            setOutput('evidence-path', result.evidence.path);
        if (result.profile)
            setOutput('profile-path', result.profile.path);
        if (settings.summary) {
            summary.addHeading(`Registered ${model} ${version}`, 2).addTable([
                [
                    { data: 'Registry', header: true },
                    { data: 'Record', header: true },
                    { data: 'Operation', header: true },
                    { data: 'Gates', header: true },
                ],
                [
                    settings.registry,
                    `<code>${result.path}</code>`,
                    operation === 'none' ? 'none (already registered)' : 'created',
                    result.evidence ? `${environment}: ${results.verdict} (${result.evidence.message})` : (record.gates?.verdict ?? 'not recorded'),
                ],
            ]);
            await summary.write();
        }
    });
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ DhowError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   g$: () => (/* binding */ schemaError)
/* harmony export */ });
/* unused harmony export yamlSyntaxMessage */
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


/***/ }),

/***/ 1982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ gitBlobSha),
/* harmony export */   Bw: () => (/* binding */ REPOSITORY),
/* harmony export */   Nz: () => (/* binding */ truncateBody),
/* harmony export */   Ql: () => (/* binding */ commentMarker)
/* harmony export */ });
/* unused harmony export BODY_LIMIT */
/** Text rules of GitHub that the github forge follows: blob ids, body limits, comment markers. */
/** owner/name as GitHub allows them: an owner of letters, digits and inner hyphens; a name of letters, digits, '.', '_', '-'. */
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;
/** Git's object id of a blob holding `text` (UTF-8): sha1("blob <bytes>\0<content>"). */
function gitBlobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    // node:crypto loads on first use: the actions import REPOSITORY from here at start-up and hash nothing then.
    return process.getBuiltinModule('node:crypto').createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
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


/***/ }),

/***/ 3345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ lazySchema)
/* harmony export */ });
/**
 * Schemas built on first use. zod builds a schema's checks and closures when the schema is constructed, so a
 * module that declares its schemas at top level pays for every one of them when it loads, used or not: at an
 * action's start-up that is time on every step (issue 14, test/bench/startup.bench.ts). `lazySchema` defers the
 * construction to the first call and returns the same instance from then on, so zod metadata registered on it
 * (`.meta()`, the JSON Schemas for editors) stays attached to one schema as before.
 */
function lazySchema(build) {
    let schema;
    return () => (schema ??= build());
}


/***/ }),

/***/ 1815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ assertName),
/* harmony export */   Ru: () => (/* binding */ EnvironmentName),
/* harmony export */   bt: () => (/* binding */ ModelName),
/* harmony export */   g$: () => (/* binding */ kubernetesNameTakenBy),
/* harmony export */   gg: () => (/* binding */ kubernetesName),
/* harmony export */   gj: () => (/* binding */ VersionName),
/* harmony export */   uV: () => (/* binding */ isValidName)
/* harmony export */ });
/* unused harmony exports NAME_PATTERN, ENVIRONMENT_PATTERN, MAX_NAME_LENGTH, kubernetesNameClashes */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _lazy_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3345);
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
function assertName(kind, value, where = {}) {
    const problem = check(kind, value);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-name', problem, { field: where.field ?? kind, file: where.file });
    return value;
}
function isValidName(kind, value) {
    return check(kind, value) === null;
}
const zodName = (kind) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .superRefine((value, ctx) => {
    const problem = check(kind, value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
})
    // The JSON Schemas for editors carry the same rule (the refinement itself is not representable).
    .meta({ pattern: (kind === 'environment' ? ENVIRONMENT_PATTERN : NAME_PATTERN).source, description: `a ${kind} name` });
// Built on first use (ModelName() is one schema, always the same): an action that only checks names with
// assertName never pays for zod's construction at start-up.
const ModelName = (0,_lazy_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .lazySchema */ .I)(() => zodName('model'));
const VersionName = (0,_lazy_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .lazySchema */ .I)(() => zodName('version'));
const EnvironmentName = (0,_lazy_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .lazySchema */ .I)(() => zodName('environment'));
/** A Kubernetes object name (RFC 1035 label) from a model name: '.' and '_' become '-'. */
function kubernetesName(model) {
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
        const name = kubernetesName(model);
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
function kubernetesNameTakenBy(model, registered) {
    const name = kubernetesName(model);
    for (const other of registered)
        if (other !== model && kubernetesName(other) === name)
            return other;
    return null;
}


/***/ })

};
