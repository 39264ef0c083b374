export const id = 216;
export const ids = [216];
export const modules = {

/***/ 3216:
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
// EXTERNAL MODULE: ./src/lazy-schema.ts
var lazy_schema = __webpack_require__(3345);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
    if (core.getInput(name).trim() === '')
        return fallback;
    try {
        return core.getBooleanInput(name);
    }
    catch {
        throw new DhowError('usage', `input "${name}" must be true or false`, { field: name });
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

;// CONCATENATED MODULE: ./src/actions/policy-check/main.ts
/**
 * The `policy-check` action: runs in the registry repository on pull_request, pull_request_review and
 * push events and sets the commit status `dhow/policy` on EVERY pull request's head (a ruleset requires
 * it): promotions and reverts are judged by the policy engine, a hand-made pull request passes only when
 * it changes no governed file. On a push to the default branch it judges every open pull request again (a
 * hold a revert put on main turns an earlier success into failure). The verdict comes from state, read
 * just before the status is written; the event only says which pull request to look at. Optionally turns
 * on auto-merge once the policy is satisfied.
 */





const ACTION = 'policy-check';
// Built on first use: an action that stops at a missing input never pays for it (issue 14).
const Settings = (0,lazy_schema/* lazySchema */.I)(() => schemas/* object */.Ikc({
    'github-token': schemas/* string */.YjP().min(1, 'is required'),
    'team-token': schemas/* string */.YjP().optional(),
    registry: RepositoryInput(),
    'api-url': schemas/* string */.YjP().optional(),
    'auto-merge': schemas/* enum */.k5n(['policy', 'true', 'false']),
    'merge-method': schemas/* enum */.k5n(['merge', 'squash', 'rebase']).optional(),
    'ignore-reviewers': schemas/* array */.YOg(schemas/* string */.YjP().min(1)),
    // Absent: the policy engine's own context, read once the engine is loaded (after the inputs are checked).
    context: schemas/* string */.YjP().min(1).max(100).optional(),
}));
function getInputs() {
    const token = secretInput('github-token');
    const teamToken = secretInput('team-token');
    return parseInputs(Settings(), {
        'github-token': token,
        'team-token': teamToken || undefined,
        registry: stringInput('registry') || process.env.GITHUB_REPOSITORY || '',
        'api-url': optionalInput('api-url'),
        'auto-merge': stringInput('auto-merge') || 'policy',
        'merge-method': stringInput('merge-method') || undefined,
        'ignore-reviewers': listInput('ignore-reviewers'),
        context: stringInput('context') || undefined,
    });
}
/** Judges one pull request from a head read just before the status is written, and writes it on that head. */
async function judgeAndSetStatus(forge, id, settings, options) {
    const { checkRequestPolicy } = await Promise.all(/* import() */[__webpack_require__.e(867), __webpack_require__.e(257)]).then(__webpack_require__.bind(__webpack_require__, 257));
    const { runUrl } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 1040));
    let verdict = await checkRequestPolicy(forge, id, options);
    // A push or a review can land while we judge: judge again until the head we judged is still the head.
    for (let attempt = 1; attempt < 3; attempt++) {
        const now = await forge.getRequest(id);
        if (now.headSha === verdict.request.headSha || now.state !== 'open')
            break;
        verdict = await checkRequestPolicy(forge, id, options);
    }
    const state = verdict.satisfied ? 'success' : 'failure';
    const target = runUrl();
    await forge.setStatus(verdict.request.headSha, {
        state,
        context: settings.context,
        description: verdict.description,
        ...(target ? { targetUrl: target } : {}),
    });
    return verdict;
}
function summarize(settings, verdicts) {
    const rows = verdicts.map((v) => [
        `#${v.request.id}`,
        v.kind === 'other' ? v.request.branch : `${v.kind} ${v.model} ${v.version} to ${v.environment}`,
        v.satisfied ? 'success' : 'failure',
        v.approvals.approvers.join(', ') || '-',
        v.missing.join('<br>') || '-',
    ]);
    summary.addHeading(`${settings.context}`, 2).addTable([
        [
            { data: 'Pull request', header: true },
            { data: 'What', header: true },
            { data: 'Status', header: true },
            { data: 'Approved by', header: true },
            { data: 'Missing', header: true },
        ],
        ...rows,
    ]);
}
async function run() {
    await runAction(ACTION, async () => {
        const inputs = getInputs();
        const logger = actionsLogger();
        // The event schemas are built once the inputs are known to be good.
        const { readEvent } = await __webpack_require__.e(/* import() */ 742).then(__webpack_require__.bind(__webpack_require__, 7742));
        const event = await readEvent(['pull_request', 'pull_request_target', 'pull_request_review', 'push']);
        // The policy engine and Octokit load once the inputs and the event are known to be good.
        const { POLICY_CONTEXT } = await Promise.all(/* import() */[__webpack_require__.e(867), __webpack_require__.e(257)]).then(__webpack_require__.bind(__webpack_require__, 257));
        const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 1040));
        const settings = { ...inputs, context: inputs.context ?? POLICY_CONTEXT };
        const forge = connectRegistry({ token: settings['github-token'], registry: settings.registry, apiUrl: settings['api-url'], logger });
        const teams = settings['team-token']
            ? connectRegistry({ token: settings['team-token'], registry: settings.registry, apiUrl: settings['api-url'], logger })
            : forge;
        const options = { logger, ignore: settings['ignore-reviewers'], teams };
        if (event.name === 'push') {
            // main moved (a merge, a revert's hold): every open dhow pull request's verdict may have changed.
            const push = event.payload;
            const base = await forge.defaultBranch();
            if (push.ref !== `refs/heads/${base}`) {
                logger.info(`a push to ${push.ref}, not to ${base}: nothing to check`);
                setOutput('state', 'skipped');
                return;
            }
            const open = (await forge.listRequests('open')).filter((r) => r.base === base);
            const verdicts = [];
            for (const request of open)
                verdicts.push(await judgeAndSetStatus(forge, request.id, settings, options));
            setOutput('state', verdicts.every((v) => v.satisfied) ? 'success' : 'failure');
            setOutput('checked', JSON.stringify(verdicts.map((v) => ({ number: Number(v.request.id), state: v.satisfied ? 'success' : 'failure', description: v.description }))));
            summarize(settings, verdicts);
            await summary.write();
            return;
        }
        const pull = event.payload.pull_request;
        setOutput('pull-request-number', String(pull.number));
        if (pull.state !== 'open') {
            logger.info(`#${pull.number} is closed: nothing to check`);
            setOutput('state', 'skipped');
            return;
        }
        let verdict;
        try {
            verdict = await judgeAndSetStatus(forge, String(pull.number), settings, options);
        }
        catch (error) {
            // The event is a snapshot: a request merged or closed since (a revert dhow merged at once, a re-run
            // after the merge) has nothing left to judge, which is no failure of the policy.
            const now = await forge.getRequest(String(pull.number)).catch(() => undefined);
            if (!now || now.state === 'open')
                throw error;
            logger.info(`#${pull.number} is ${now.state} since the event: nothing to check`);
            setOutput('state', 'skipped');
            return;
        }
        const state = verdict.satisfied ? 'success' : 'failure';
        setOutput('state', state);
        setOutput('description', verdict.description);
        setOutput('missing', JSON.stringify(verdict.missing));
        const wanted = settings['auto-merge'] === 'true' ||
            (settings['auto-merge'] === 'policy' && verdict.kind === 'promotion' && Boolean(verdict.environmentPolicy?.['auto-merge']));
        let autoMerged = false;
        if (verdict.satisfied && verdict.kind !== 'other' && wanted) {
            // Not allowed / no rules: the forge warned; the status stands and a person merges.
            const outcome = await forge.enableAutoMerge(verdict.request.id, settings['merge-method']);
            autoMerged = outcome.kind !== 'unavailable';
            if (outcome.kind === 'enabled')
                logger.info(`auto-merge enabled on #${verdict.request.id}`);
            if (outcome.kind === 'merged')
                logger.info(`#${verdict.request.id} could merge at once: merged as ${outcome.sha.slice(0, 12)}`);
        }
        setOutput('auto-merge', String(autoMerged));
        summarize(settings, [verdict]);
        await summary.write();
    });
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
