export const id = 551;
export const ids = [551];
export const modules = {

/***/ 3551:
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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

// EXTERNAL MODULE: ./src/gates/server-plan.ts
var server_plan = __webpack_require__(6661);
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
    return resolve(workspaceDir(), path);
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
    return getMultilineInput(name)
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

;// CONCATENATED MODULE: ./src/actions/gate/main.ts
/**
 * The `gate` action: runs the gates of a policy over a candidate, writes the JSON report and the job
 * summary, sets verdict/blocked/report/report-digest/record-gates, and fails when a blocking gate fails.
 * The registry is a checkout (`registry`) or the repository itself through the API (`registry-repository`
 * with `github-token`). On bad input it fails before anything is written.
 */






const ACTION = 'gate';
const SERVER_INPUTS = {
    command: 'input "server-command"',
    readyUrl: 'input "server-ready-url"',
    readyTimeout: 'input "server-ready-timeout"',
    urlVariable: 'input "server-url-variable"',
};
/**
 * server-command and server-ready-url come together. The timeout and the variable have defaults in
 * action.yml (the runner always sets them), so only they alone say nothing.
 */
function serverInputs(workspace) {
    const command = optionalInput('server-command');
    const readyUrl = optionalInput('server-ready-url');
    if (command === undefined) {
        if (readyUrl !== undefined) {
            throw new errors/* DhowError */.Bp('usage', 'input "server-ready-url" needs input "server-command" (the command that starts the model server)', {
                field: 'server-ready-url',
            });
        }
        return undefined;
    }
    const readyTimeout = optionalInput('server-ready-timeout');
    const urlVariable = optionalInput('server-url-variable');
    if (readyUrl === undefined) {
        throw new errors/* DhowError */.Bp('usage', 'input "server-command" needs input "server-ready-url" (a URL that answers 2xx once the server is ready)', {
            field: 'server-ready-url',
        });
    }
    return (0,server_plan/* planModelServer */.kl)({ command, readyUrl, readyTimeout, urlVariable, cwd: workspace }, SERVER_INPUTS);
}
function getInputs() {
    const workspace = workspaceDir();
    const registry = optionalInput('registry');
    const registryRepository = optionalInput('registry-repository');
    const environment = optionalInput('environment');
    if (registry !== undefined && registryRepository !== undefined) {
        throw new errors/* DhowError */.Bp('usage', 'inputs "registry" (a checkout) and "registry-repository" (owner/name, read through the API) exclude each other: pass one', {
            field: 'registry-repository',
        });
    }
    if (environment !== undefined && registry === undefined && registryRepository === undefined) {
        throw new errors/* DhowError */.Bp('usage', 'input "environment" needs input "registry" (a checkout of the registry repository) or "registry-repository"', {
            field: 'environment',
        });
    }
    const token = registryRepository === undefined ? undefined : secretInput('github-token');
    if (registryRepository !== undefined && !token) {
        throw new errors/* DhowError */.Bp('usage', 'input "registry-repository" needs input "github-token" (a token that can read it)', { field: 'github-token' });
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
        modelServer: serverInputs(workspace),
    };
}
/** The registry's snapshot the gates read: a checkout through git, or the repository through the API. */
async function openRegistry(settings, logger) {
    if (settings.registryRepository === undefined && settings.registry === undefined)
        return undefined;
    // Loaded per need: Octokit only when the registry is read through the API, git's forge only for a checkout.
    const { RegistryReader } = await Promise.all(/* import() */[__webpack_require__.e(867), __webpack_require__.e(432), __webpack_require__.e(482)]).then(__webpack_require__.bind(__webpack_require__, 5482));
    if (settings.registryRepository !== undefined) {
        const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(206)]).then(__webpack_require__.bind(__webpack_require__, 8206));
        return RegistryReader.open(connectRegistry({ token: settings.token, registry: settings.registryRepository, apiUrl: settings.apiUrl, logger }));
    }
    const { openLocalForge } = await Promise.all(/* import() */[__webpack_require__.e(867), __webpack_require__.e(432), __webpack_require__.e(429)]).then(__webpack_require__.bind(__webpack_require__, 9429));
    return RegistryReader.open(await openLocalForge(settings.registry, { logger }));
}
async function run() {
    await runAction(ACTION, async () => {
        const settings = getInputs();
        const logger = actionsLogger();
        const { runGateRequest } = await Promise.all(/* import() */[__webpack_require__.e(867), __webpack_require__.e(432), __webpack_require__.e(773)]).then(__webpack_require__.bind(__webpack_require__, 7773));
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
            modelServer: settings.modelServer,
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
            throw new errors/* DhowError */.Bp('gate-failed', `the candidate is refused by ${blocking.length} blocking gate${blocking.length === 1 ? '' : 's'}: ${blocking.map((g) => `${g.name} (${g.reasons.join('; ') || g.verdict})`).join(', ')}`);
        }
    });
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


/***/ }),

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ gatesUsingServer),
/* harmony export */   Pw: () => (/* binding */ serverEnvironment),
/* harmony export */   kl: () => (/* binding */ planModelServer)
/* harmony export */ });
/* unused harmony exports DEFAULT_SERVER_URL_VARIABLE, DEFAULT_READY_TIMEOUT_SECONDS, splitCommandLine */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The plan for a model server the gates measure: which argv runs (no shell), where, which URL says it is
 * ready, how long it may take, and the environment variable that carries its base URL to the policy's
 * `${NAME}` endpoints. Pure: model-server.ts starts and stops the process. Every refusal names the input
 * or flag through `ServerSettingNames`, which the edge (action or CLI) supplies.
 */

const DEFAULT_SERVER_URL_VARIABLE = 'DHOW_SERVER_URL';
const DEFAULT_READY_TIMEOUT_SECONDS = 60;
const MAX_READY_TIMEOUT_SECONDS = 3600;
// Characters a shell would give meaning to: with no shell they would reach the program as text, which is
// never what a line written with them means.
const SHELL_ONLY = /[|&;<>$`*?(){}]/;
/**
 * Splits a command line into words the way a shell does for quoting alone: '…' keeps everything,
 * "…" keeps everything but \" and \\, a backslash outside quotes escapes the next character. Nothing is
 * expanded; a character only a shell would read (a pipe, a redirection, $VAR, a glob) is refused.
 */
function splitCommandLine(line, name) {
    const words = [];
    let word = '';
    let inWord = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} has an unclosed single quote`);
            word += line.slice(i + 1, end);
            inWord = true;
            i = end;
        }
        else if (c === '"') {
            let j = i + 1;
            for (; j < line.length && line[j] !== '"'; j++) {
                if (line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\'))
                    j++;
                word += line[j];
            }
            if (j >= line.length)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} has an unclosed double quote`);
            inWord = true;
            i = j;
        }
        else if (c === '\\') {
            if (i + 1 >= line.length)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} ends with a lone backslash`);
            word += line[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else if (SHELL_ONLY.test(c)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} runs with no shell, so "${c}" would reach the program as text: quote it, give the argv as a JSON array, or put the line in a script`);
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
function parseArgv(command, name) {
    if (Array.isArray(command))
        return command;
    const text = command.trim();
    if (!text.startsWith('['))
        return splitCommandLine(text, name);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} starts with "[" but is not a JSON array of strings`);
    }
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} must be a JSON array of strings`);
    return value;
}
function parseTimeoutMs(value, name) {
    if (value === undefined || value === '')
        return DEFAULT_READY_TIMEOUT_SECONDS * 1000;
    const seconds = typeof value === 'number' ? value : /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!(seconds > 0 && seconds <= MAX_READY_TIMEOUT_SECONDS)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} must be a number of seconds above 0 and at most ${MAX_READY_TIMEOUT_SECONDS}, not ${JSON.stringify(String(value))}`);
    }
    return Math.round(seconds * 1000);
}
function planModelServer(request, names) {
    const argv = parseArgv(request.command, names.command);
    if (argv.length === 0 || argv[0] === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.command} is empty: give the command that starts the model server`);
    let url;
    try {
        url = new URL(request.readyUrl);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.readyUrl} is not a URL: ${JSON.stringify(request.readyUrl)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.readyUrl} must be http or https, not ${url.protocol}`);
    // Credentials in the URL would reach the log with every message that names it.
    if (url.username || url.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.readyUrl} must not carry a user or password`);
    const urlVariable = request.urlVariable || DEFAULT_SERVER_URL_VARIABLE;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(urlVariable)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.urlVariable} must be an environment variable name (letters, digits, _), not ${JSON.stringify(urlVariable)}`);
    }
    return {
        argv,
        cwd: request.cwd,
        readyUrl: url.href,
        baseUrl: url.origin,
        urlVariable,
        readyTimeoutMs: parseTimeoutMs(request.readyTimeout, names.readyTimeout),
        names,
    };
}
/**
 * What the server inherits: the job's environment without what belongs to the action itself (its inputs,
 * a registry token among them, its saved state and the runner's runtime tokens), as for a training command.
 */
function serverEnvironment(env) {
    const withheld = /^(INPUT_|STATE_|ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_CACHE_URL$|ACTIONS_RESULTS_URL$)/;
    return Object.fromEntries(Object.entries(env).filter(([name]) => !withheld.test(name)));
}
/** The enabled gates whose endpoint names `${variable}`: a started server nothing measures is worth a warning. */
function gatesUsingServer(policy, variable) {
    const reference = `\${${variable}}`;
    return policy.gates
        .filter((gate) => gate.enabled)
        .filter((gate) => {
        const source = gate.source;
        if (source.kind === 'latency')
            return source.endpoint?.url.includes(reference) ?? false;
        if (source.kind === 'round-trip')
            return source.url.includes(reference);
        return false;
    })
        .map((gate) => gate.name);
}


/***/ })

};
