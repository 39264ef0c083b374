export const id = 928;
export const ids = [928];
export const modules = {

/***/ 1928:
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
            throw new DhowError('invalid-input', `the line is not valid JSON: ${jsonSyntaxMessage(error)}`, { file: this.file, line, cause: error });
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
function jsonSyntaxMessage(error) {
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

;// CONCATENATED MODULE: ./src/actions/revert/main.ts
/**
 * The `revert` action: runs in the registry repository on a repository_dispatch (a drift alert from the
 * bridge, the drift action or Alertmanager directly). It validates `client_payload`, then decides from
 * the registry's state and reverts through the github forge (src/revert/execute.ts). Event data never
 * reaches a shell: it is read from GITHUB_EVENT_PATH and validated.
 */








const ACTION = 'revert';
// Built on first use: an action that stops at a missing input never pays for it (issue 14).
const Settings = (0,lazy_schema/* lazySchema */.I)(() => schemas/* object */.Ikc({
    token: schemas/* string */.YjP().min(1, 'is required'),
    repository: RepositoryInput(),
    'api-url': schemas/* string */.YjP().optional(),
    'event-type': schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]{1,100}$/, 'must be 1 to 100 letters, digits, ".", "_" or "-"'),
    mode: schemas/* enum */.k5n(['direct', 'pull-request']).optional(),
    actor: schemas/* string */.YjP()
        .min(1)
        .max(200)
        .regex(/^[^\n\r\0]+$/),
    payload: schemas/* string */.YjP().optional(),
    summary: schemas/* boolean */.zMY(),
}));
function getInputs() {
    const token = secretInput('github-token');
    return parseInputs(Settings(), {
        token,
        repository: stringInput('repository') || process.env.GITHUB_REPOSITORY,
        'api-url': optionalInput('api-url'),
        'event-type': stringInput('event-type') || 'dhow-drift-alert',
        mode: optionalInput('mode'),
        actor: stringInput('actor') || 'dhow-revert',
        payload: optionalInput('payload'),
        summary: booleanInput('summary', true),
    });
}
const DispatchEvent = (0,lazy_schema/* lazySchema */.I)(() => schemas/* looseObject */._H3({ action: schemas/* string */.YjP(), client_payload: schemas/* unknown */.L5J() }));
/** The alert to act on, or null when the event is another repository_dispatch type. */
async function readAlert(eventType, payload) {
    // The alert's schema (and the registry's schemas it shares) load once the inputs are known to be good.
    const { parseDriftAlert } = await Promise.all(/* import() */[__webpack_require__.e(843), __webpack_require__.e(450)]).then(__webpack_require__.bind(__webpack_require__, 3240));
    if (payload !== undefined) {
        let raw;
        try {
            raw = JSON.parse(payload);
        }
        catch (error) {
            throw new errors/* DhowError */.Bp('usage', `input "payload" is not JSON: ${jsonSyntaxMessage(error)}`, { field: 'payload' });
        }
        return parseDriftAlert(raw, 'input "payload"');
    }
    const name = process.env.GITHUB_EVENT_NAME;
    const path = process.env.GITHUB_EVENT_PATH;
    if (name !== 'repository_dispatch' || !path) {
        throw new errors/* DhowError */.Bp('usage', `runs on repository_dispatch (got ${name ?? 'no event'}); for a manual run pass the alert as input "payload"`);
    }
    const event = DispatchEvent().safeParse(JSON.parse(await (0,promises_.readFile)(path, 'utf8')));
    if (!event.success)
        throw new errors/* DhowError */.Bp('invalid-input', 'the repository_dispatch event has no action or client_payload', { file: 'GITHUB_EVENT_PATH' });
    if (event.data.action !== eventType) {
        info(`repository_dispatch "${event.data.action}" is not "${eventType}": nothing to do`);
        return null;
    }
    return parseDriftAlert(event.data.client_payload, 'client_payload');
}
async function run() {
    await runAction(ACTION, async () => {
        const settings = getInputs();
        const alert = await readAlert(settings['event-type'], settings.payload);
        if (!alert) {
            setOutput('outcome', 'nothing');
            setOutput('reason', 'other-event-type');
            return;
        }
        const logger = actionsLogger();
        const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 1040));
        const { executeRevert } = await Promise.all(/* import() */[__webpack_require__.e(867), __webpack_require__.e(843), __webpack_require__.e(876)]).then(__webpack_require__.bind(__webpack_require__, 8876));
        const forge = connectRegistry({ token: settings.token, registry: settings.repository, apiUrl: settings['api-url'], logger });
        const outcome = await logger.group(`revert ${alert.model} ${alert.version} in ${alert.environment}`, () => executeRevert(forge, alert, { by: settings.actor, logger, ...(settings.mode ? { mode: settings.mode } : {}) }));
        setOutputs(outcome);
        if (settings.summary)
            await writeSummary(alert, outcome);
        const stuck = waitsForNoRun(outcome);
        if (stuck)
            throw new errors/* DhowError */.Bp('refused', stuck, { field: 'github-token' });
    });
}
/** The login GitHub gives the workflow's own GITHUB_TOKEN. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * A revert request that must wait (for `dhow/policy`) but was opened with GITHUB_TOKEN never merges: GitHub
 * starts no workflow for events that token causes, so policy-check never judges it. Said as a failure,
 * naming the identity to use; the request stays open for a person to merge.
 * https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#using-the-github_token-in-a-workflow
 */
function waitsForNoRun(outcome) {
    if (outcome.outcome !== 'requested' || outcome.request.author !== ACTIONS_BOT)
        return null;
    const where = outcome.request.url ?? `#${outcome.request.id}`;
    return (`the revert request ${where} was opened with GITHUB_TOKEN (${ACTIONS_BOT}) and must wait for its checks, but GitHub starts no workflow ` +
        `for a pull request that token opens, so dhow/policy never runs on it and it never merges by itself: give the workflow a GitHub App ` +
        `token (secrets DHOW_APP_CLIENT_ID and DHOW_APP_PRIVATE_KEY) or DHOW_REGISTRY_TOKEN as input "github-token"; merge ${where} by hand now`);
}
function setOutputs(outcome) {
    setOutput('outcome', outcome.outcome);
    setOutput('reason', outcome.outcome === 'nothing' ? outcome.reason : '');
    setOutput('from-version', 'from' in outcome ? outcome.from : '');
    setOutput('to-version', 'to' in outcome ? outcome.to : '');
    setOutput('commit', outcome.outcome === 'reverted' ? outcome.commit : '');
    setOutput('request-url', 'request' in outcome && outcome.request ? (outcome.request.url ?? '') : '');
    info(`${outcome.outcome}: ${outcome.message}`);
}
async function writeSummary(alert, outcome) {
    const headline = {
        reverted: `Reverted ${alert.model} in ${alert.environment}`,
        requested: `Revert of ${alert.model} in ${alert.environment} is waiting for its pull request`,
        nothing: `Nothing to revert for ${alert.model} ${alert.version} in ${alert.environment}`,
        rejected: `The revert of ${alert.model} ${alert.version} was rejected by a person`,
    };
    const rows = [
        ['Alert', `\`${alert.fingerprint}\`, started ${alert['starts-at']}`],
        ['Outcome', outcome.outcome],
        ['Details', outcome.message],
    ];
    if ('from' in outcome)
        rows.push(['Versions', `${outcome.from} → ${outcome.to}`]);
    if (outcome.outcome === 'reverted')
        rows.push(['Commit', `\`${outcome.commit.slice(0, 12)}\``]);
    if (alert.summary)
        rows.push(['Summary', alert.summary]);
    await summary
        .addHeading(headline[outcome.outcome], 2)
        .addTable([
        [
            { data: 'Field', header: true },
            { data: 'Value', header: true },
        ],
        ...rows.map(([k, v]) => [k, v.replace(/\|/g, '\\|')]),
    ])
        .write();
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ DhowError),
/* harmony export */   Uc: () => (/* binding */ describeError)
/* harmony export */ });
/* unused harmony exports yamlSyntaxMessage, schemaError */
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


/***/ })

};
