export const id = 348;
export const ids = [348];
export const modules = {

/***/ 6348:
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
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/lazy-schema.ts
var lazy_schema = __webpack_require__(3345);
// EXTERNAL MODULE: ./src/drift/choice.ts
var choice = __webpack_require__(8952);
// EXTERNAL MODULE: ./src/drift/stattests.ts + 2 modules
var stattests = __webpack_require__(6272);
// EXTERNAL MODULE: ./src/registry/names.ts
var names = __webpack_require__(1815);
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

;// CONCATENATED MODULE: ./src/actions/drift/main.ts
/**
 * The `drift` action: compares a production sample with the reference (or profile) of the version live
 * in an environment (read from the registry's release file unless given), writes the report to the job
 * summary, and on dataset drift sends the revert's repository_dispatch to the registry repository.
 */











const ACTION = 'drift';
// Built on first use: an action that stops at a missing input never pays for it (issue 14).
const Settings = (0,lazy_schema/* lazySchema */.I)(() => schemas/* object */.Ikc({
    model: (0,names/* ModelName */.bt)(),
    environment: (0,names/* EnvironmentName */.Ru)(),
    current: schemas/* string */.YjP().min(1, 'is required'),
    reference: schemas/* string */.YjP().min(1, 'is required'),
    version: (0,names/* VersionName */.gj)().optional(),
    registry: RepositoryInput(),
    token: schemas/* string */.YjP(),
    'api-url': schemas/* string */.YjP().optional(),
    method: schemas/* enum */.k5n(stattests/* METHODS */.J8).optional(),
    // Per kind and per column, as the CLI's --num-method ... --threshold-for (lines checked in getInputs first).
    threshold: schemas/* number */.aig().finite().optional(),
    'num-method': schemas/* enum */.k5n(stattests/* METHODS */.J8).optional(),
    'cat-method': schemas/* enum */.k5n(stattests/* METHODS */.J8).optional(),
    'num-threshold': schemas/* number */.aig().finite().optional(),
    'cat-threshold': schemas/* number */.aig().finite().optional(),
    'method-for': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* enum */.k5n(stattests/* METHODS */.J8)),
    'threshold-for': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().finite()),
    'column-types': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* enum */.k5n(['numerical', 'categorical', 'text'])),
    'drift-share': schemas/* number */.aig().gt(0).lte(1),
    'max-invalid-share': schemas/* number */.aig().gte(0).lte(1),
    dispatch: schemas/* boolean */.zMY(),
    'event-type': schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]{1,100}$/),
    summary: schemas/* boolean */.zMY(),
}));
function getInputs() {
    const token = secretInput('github-token');
    const columnTypes = {};
    for (const line of listInput('column-types')) {
        const at = line.indexOf('=');
        if (at <= 0)
            throw new errors/* DhowError */.Bp('usage', `input "column-types": "${line}" is not COLUMN=numerical|categorical|text`, { field: 'column-types' });
        columnTypes[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    const input = (name) => `input "${name}"`;
    const method = (name) => {
        const value = optionalInput(name);
        return value === undefined ? undefined : (0,choice/* parseMethodName */.KT)(input(name), value);
    };
    const threshold = (name) => {
        const value = optionalInput(name);
        return value === undefined ? undefined : (0,choice/* parseThreshold */.B7)(input(name), value);
    };
    const share = stringInput('drift-share') || '0.5';
    const invalidShare = stringInput('max-invalid-share') || '0.01';
    return parseInputs(Settings(), {
        model: stringInput('model', { required: true }),
        environment: stringInput('environment') || 'production',
        current: stringInput('current', { required: true }),
        reference: stringInput('reference', { required: true }),
        version: optionalInput('version'),
        registry: stringInput('registry') || process.env.GITHUB_REPOSITORY,
        token,
        'api-url': optionalInput('api-url'),
        method: method('method'),
        threshold: threshold('threshold'),
        'num-method': method('num-method'),
        'cat-method': method('cat-method'),
        'num-threshold': threshold('num-threshold'),
        'cat-threshold': threshold('cat-threshold'),
        'method-for': (0,choice/* parsePerColumn */.fb)(input('method-for'), listInput('method-for'), (v) => (0,choice/* parseMethodName */.KT)(input('method-for'), v)),
        'threshold-for': (0,choice/* parsePerColumn */.fb)(input('threshold-for'), listInput('threshold-for'), (v) => (0,choice/* parseThreshold */.B7)(input('threshold-for'), v)),
        'column-types': columnTypes,
        'drift-share': /^\d*\.?\d+$/.test(share) ? Number(share) : NaN,
        'max-invalid-share': /^\d*\.?\d+$/.test(invalidShare) ? Number(invalidShare) : NaN,
        dispatch: booleanInput('dispatch', true),
        'event-type': stringInput('event-type') || 'dhow-drift-alert',
        summary: booleanInput('summary', true),
    });
}
/** A per-kind option without its unset kinds (an undefined entry would hide the option for every column). */
function definedOnly(byKind) {
    return Object.fromEntries(Object.entries(byKind).filter(([, v]) => v !== undefined));
}
async function run() {
    await runAction(ACTION, async () => {
        const settings = getInputs();
        const logger = actionsLogger();
        const workspace = workspaceDir();
        // The GitHub side (Octokit) and the registry's schemas load only when the step talks to the registry: a run
        // given its version that finds no drift never pays for them (test/bench/startup.bench.ts).
        let registry;
        const forge = async () => {
            const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 1040));
            return (registry ??= connectRegistry({ token: settings.token, registry: settings.registry, apiUrl: settings['api-url'], logger }));
        };
        let version = settings.version;
        if (!version) {
            const { RegistryReader } = await Promise.all(/* import() */[__webpack_require__.e(867), __webpack_require__.e(201), __webpack_require__.e(176)]).then(__webpack_require__.bind(__webpack_require__, 6176));
            const release = await (await RegistryReader.open(await forge())).release(settings.environment, settings.model);
            if (!release) {
                throw new errors/* DhowError */.Bp('not-found', `${settings.model} has no release in ${settings.environment} in ${settings.registry}: nothing runs there to compare with`, { field: 'model' });
            }
            version = release.version;
            logger.info(`${settings.environment} runs ${settings.model} ${version}`);
        }
        const reference = (0,external_node_path_.resolve)(workspace, settings.reference.replaceAll('{version}', version));
        const current = (0,external_node_path_.resolve)(workspace, settings.current);
        const { detectDrift, renderDriftMarkdown } = await __webpack_require__.e(/* import() */ 330).then(__webpack_require__.bind(__webpack_require__, 8330));
        const result = await logger.group(`drift of ${settings.model} ${version} in ${settings.environment}`, () => detectDrift({
            reference,
            current,
            ...(settings.method ? { method: settings.method } : {}),
            ...(settings.threshold !== undefined ? { threshold: settings.threshold } : {}),
            methodByKind: definedOnly({ numerical: settings['num-method'], categorical: settings['cat-method'] }),
            thresholdByKind: definedOnly({ numerical: settings['num-threshold'], categorical: settings['cat-threshold'] }),
            methodFor: settings['method-for'],
            thresholdFor: settings['threshold-for'],
            columnTypes: settings['column-types'],
            driftShare: settings['drift-share'],
            maxInvalidShare: settings['max-invalid-share'],
            optionNames: {
                method: 'input "method"',
                methodFor: 'input "method-for"',
                thresholdFor: 'input "threshold-for"',
                numMethod: 'input "num-method"',
                catMethod: 'input "cat-method"',
                columnType: 'input "column-types"',
                driftShare: 'input "drift-share"',
                maxInvalidShare: 'input "max-invalid-share"',
            },
        }));
        const drifted = result.columns.filter((c) => c.drifted).map((c) => c.column);
        const reportPath = (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? workspace, `dhow-drift-${settings.model}-${settings.environment}.json`);
        await (0,promises_.writeFile)(reportPath, `${JSON.stringify(result, null, 2)}\n`);
        setOutput('dataset-drift', String(result.dataset_drift));
        setOutput('inconclusive', String(result.inconclusive));
        setOutput('share', String(result.share));
        setOutput('drifted-columns', JSON.stringify(drifted));
        setOutput('version', version);
        setOutput('report', reportPath);
        setOutput('data-quality-failed', String(result.data_quality.failed));
        if (result.data_quality.failed) {
            const bad = result.data_quality.columns.filter((c) => c.failed).map((c) => `${c.column} (${c.invalid} of ${c.rows} rows)`);
            warning(`data quality: values that are not numbers in ${bad.slice(0, 20).join(', ')}; left out of the drift tests, not treated as drift`);
        }
        info(`${drifted.length} of ${result.columns.length} columns drifted (share ${result.share}); dataset drift: ${result.dataset_drift}`);
        let dispatched = false;
        if (result.dataset_drift && settings.dispatch) {
            const runUrl = `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`;
            const { parseDriftAlert } = await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(450)]).then(__webpack_require__.bind(__webpack_require__, 3240));
            const alert = parseDriftAlert({
                model: settings.model,
                environment: settings.environment,
                version,
                fingerprint: `drift-run-${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
                'starts-at': new Date().toISOString(),
                summary: `dataset drift: ${drifted.length} of ${result.columns.length} columns drifted (${drifted.slice(0, 20).join(', ')})`.slice(0, 2000),
                source: runUrl,
            }, 'drift alert');
            await (await forge()).dispatch(settings['event-type'], { ...alert });
            dispatched = true;
            warning(`${settings.model} ${version} drifts in ${settings.environment}: sent ${settings['event-type']} to ${settings.registry}`);
        }
        setOutput('dispatched', String(dispatched));
        if (settings.summary) {
            const note = dispatched
                ? `\n\nSent the drift alert \`${settings['event-type']}\` to \`${settings.registry}\`: its revert workflow decides from the registry's state.`
                : '';
            await summary.addRaw(`${renderDriftMarkdown(result)}${note}\n`).write();
        }
    });
}


/***/ }),

/***/ 8952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   KT: () => (/* binding */ parseMethodName),
/* harmony export */   YF: () => (/* binding */ chooseTest),
/* harmony export */   fb: () => (/* binding */ parsePerColumn),
/* harmony export */   tp: () => (/* binding */ checkChoiceColumns)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _stattests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6272);
/**
 * Which test and which threshold a column gets, resolved the way Evidently resolves its options
 * (evidently/legacy/utils/data_drift_utils.py, `_calculate_stattest` and `_calculate_threshold`): a test named
 * for the column wins over one named for its kind (`num_stattest`, `cat_stattest`), which wins over one for every
 * column (`stattest`); thresholds likewise, and without any the chosen test's default. A test the user named must
 * apply to the column's kind (Evidently's get_registered_stattest raises StatTestInvalidFeatureTypeError); a test
 * Evidently's default choice makes is not checked (it picks chisquare and z for numerical columns of few values).
 */


/** The test and threshold for one column, refusing a named test that does not apply to the column's kind. */
function chooseTest(column, kind, choice, names) {
    let method = choice.method;
    let source = names.method;
    const byKind = choice.methodByKind?.[kind];
    if (byKind !== undefined)
        [method, source] = [byKind, names.methodByKind[kind]];
    const forColumn = choice.methodFor && Object.hasOwn(choice.methodFor, column) ? choice.methodFor[column] : undefined;
    if (forColumn !== undefined)
        [method, source] = [forColumn, `${names.methodFor} ${column}=${forColumn}`];
    if (method !== undefined && !_stattests_js__WEBPACK_IMPORTED_MODULE_1__/* .METHOD_RULES */ .Qf[method].kinds.includes(kind)) {
        const says = source.endsWith(`=${method}`) ? source : `${source} ${method}`;
        const kinds = _stattests_js__WEBPACK_IMPORTED_MODULE_1__/* .METHOD_RULES */ .Qf[method].kinds;
        const message = kind === 'text' || kinds.includes('text')
            ? `${says} cannot test a ${kind} column: Evidently allows only abs_text_content_drift and perc_text_content_drift on text columns, ` +
                `and those only on text (StatTestInvalidFeatureTypeError)` +
                (kind === 'text' ? '' : `; declare the column text with ${names.columnType} if it holds text`)
            : kind === 'categorical'
                ? `${says} needs a numerical column; declare it numerical with ${names.columnType} if it holds numbers`
                : `${says} needs a categorical column (Evidently refuses it on a numerical one: StatTestInvalidFeatureTypeError); ` +
                    `choose another test, or declare the column categorical with ${names.columnType}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', message, { field: column });
    }
    const threshold = choice.thresholdFor && Object.hasOwn(choice.thresholdFor, column) ? choice.thresholdFor[column] : (choice.thresholdByKind?.[kind] ?? choice.threshold);
    return { method, threshold };
}
/** Refuses per-column options naming a column that the data does not have (a typo would silently test nothing). */
function checkChoiceColumns(choice, has, names, file) {
    for (const [option, map] of [
        [names.methodFor, choice.methodFor],
        [names.thresholdFor, choice.thresholdFor],
    ]) {
        for (const column of Object.keys(map ?? {})) {
            if (!has(column))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${option} names a column that is not in the data`, { file, field: column });
        }
    }
}
/**
 * COLUMN=VALUE entries (a CLI flag given again, or an action input's lines) into a record: the column name may
 * hold "=", the value may not; a column given twice is refused. `option` names the flag or input in messages.
 */
function parsePerColumn(option, entries, parse) {
    const out = {};
    for (const entry of entries) {
        const at = entry.lastIndexOf('=');
        if (at <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${option} takes COLUMN=VALUE, got "${entry}"`);
        const column = entry.slice(0, at).trim();
        if (Object.hasOwn(out, column))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${option} names the column "${column}" twice`, { field: column });
        out[column] = parse(entry.slice(at + 1).trim());
    }
    return out;
}
/** A test by Evidently's name, refused naming the flag or input otherwise. */
function parseMethodName(option, value) {
    if (!_stattests_js__WEBPACK_IMPORTED_MODULE_1__/* .METHODS */ .J8.includes(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${option} must be one of ${_stattests_js__WEBPACK_IMPORTED_MODULE_1__/* .METHODS */ .J8.join(', ')}, got "${value}"`);
    return value;
}
/** A threshold: a finite number, refused naming the flag or input otherwise. */
function parseThreshold(option, value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${option} must be a number, got "${value}"`);
    return n;
}


/***/ }),

/***/ 2228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sK: () => (/* binding */ ksPvalue),
/* harmony export */   tH: () => (/* binding */ ksStatistic)
/* harmony export */ });
/* unused harmony exports KS_MAX_EXACT_N, ks2samp, ksAsymptoticPvalue, probOutsideSquare, outerProbInside, kolmogorovSf, smirnovSf, durbinMtw, pomeranz, pelzGood */
/* harmony import */ var _special_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3184);
/**
 * The two-sample Kolmogorov-Smirnov p-value as scipy.stats.ks_2samp(method='auto', two-sided) gives it:
 * exact (Hodges' lattice-path counting) when both samples have at most 10,000 values, and otherwise the
 * distribution of the one-sample statistic with n = round(n1*n2/(n1+n2)) (scipy.stats.kstwo.sf), which
 * follows Simard & L'Ecuyer's choice among Durbin's matrix, Pomeranz's recursion, Pelz-Good's expansion
 * and the exact one-sided Smirnov sum.
 */

const KS_MAX_EXACT_N = 10000;
/** The KS statistic of two sorted samples, computed as scipy does (ECDFs at every observation, side='right'). */
function ksStatistic(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let maxS = -Infinity;
    let minS = Infinity;
    while (i < n1 || j < n2) {
        const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
        while (i < n1 && a[i] <= v)
            i++;
        while (j < n2 && b[j] <= v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > maxS)
            maxS = diff;
        if (diff < minS)
            minS = diff;
    }
    const negMin = Math.min(Math.max(-minS, 0), 1);
    return Math.max(negMin, maxS);
}
/** Two-sided two-sample KS test on sorted samples. */
function ks2samp(a, b) {
    return ksPvalue(a.length, b.length, ksStatistic(a, b));
}
/** The p-value of a statistic d for sample sizes n1, n2 (exact or asymptotic as ks_2samp would choose). */
function ksPvalue(n1, n2, d) {
    if (Math.max(n1, n2) <= KS_MAX_EXACT_N) {
        const exact = attemptExact(n1, n2, d);
        if (exact)
            return { statistic: exact.d, pvalue: clip(exact.p), method: 'exact' };
    }
    return { statistic: d, pvalue: clip(ksAsymptoticPvalue(n1, n2, d)), method: 'asymp' };
}
/** The asymptotic two-sided p-value: kstwo.sf(d, round(m*n/(m+n))). */
function ksAsymptoticPvalue(n1, n2, d) {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    return kolmogorovSf((0,_special_js__WEBPACK_IMPORTED_MODULE_0__/* .roundHalfEven */ .af)(en), d);
}
function clip(p) {
    return Math.min(1, Math.max(0, p));
}
function attemptExact(n1, n2, d) {
    const g = (0,_special_js__WEBPACK_IMPORTED_MODULE_0__/* .gcd */ .p_)(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = (0,_special_js__WEBPACK_IMPORTED_MODULE_0__/* .roundHalfEven */ .af)(d * lcm);
    const dd = h / lcm;
    if (h === 0)
        return { d: dd, p: 1 };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
    if (!Number.isFinite(p) || p < 0 || p > 1)
        return undefined;
    return { d: dd, p };
}
/** Pr(D_{n,n} >= h/n), Horner-like evaluation of the alternating binomial sum (scipy's _compute_prob_outside_square). */
function probOutsideSquare(n, h) {
    let P = 0;
    let k = Math.floor(n / h);
    while (k >= 0) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
        k--;
    }
    return 2 * P;
}
/**
 * 1 - (proportion of lattice paths from (0,0) to (m,n) staying strictly inside |x/m - y/n| < h/lcm),
 * by Viehmann's recursion for the complement (scipy's _compute_outer_prob_inside_method).
 */
function outerProbInside(m0, n0, g, h) {
    let m = m0;
    let n = n0;
    if (m < n)
        [m, n] = [n, m];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    for (let k = minj; k < maxj; k++)
        A[k] = 0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
        minj = Math.min(minj, n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            for (let k = maxj - minj; k < maxj - minj + (lastlen - curlen); k++)
                A[k] = 1;
    }
    return A[maxj - minj - 1];
}
// ---------------------------------------------------------------------------------------------------
// kstwo: the two-sided one-sample statistic D_n (scipy.stats._ksstats._kolmogn with cdf=False).
const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const STIRLING = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
    -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];
function logNFactorialDivNPowN(n) {
    const rn = 1 / n;
    const t = rn / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * t + c;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
/** Pr(D_n >= x). */
function kolmogorovSf(n, x) {
    if (!(n > 0) || !Number.isInteger(n))
        return NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1 / n) * (2 * t - 1);
        }
        else
            prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
        return clip(1 - prob);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693)
            return clip(1 - durbinMtw(n, x));
        if (nxsquared <= 4)
            return clip(1 - pomeranz(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nxsquared >= 370)
        return 0;
    if (nxsquared >= 2.2)
        return clip(2 * smirnovSf(n, x));
    let cdf;
    if (nxsquared >= 18)
        cdf = 1;
    else if (n <= 100000 && n * x ** 1.5 <= 1.4)
        cdf = durbinMtw(n, x);
    else
        cdf = pelzGood(n, x);
    return clip(1 - cdf);
}
/**
 * The one-sided Smirnov survival function Pr(D_n^+ >= x), by the Smirnov / Birnbaum-Tingey sum
 * x * sum_{v=0}^{floor(n(1-x))} C(n,v) (x+v/n)^(v-1) (1-x-v/n)^(n-v), each term in logarithms.
 * Beyond n = 10^6 scipy switches to the asymptotic exp(-(6nx+1)^2/(18n)); so do we.
 */
function smirnovSf(n, x) {
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    if (n > 1_000_000)
        return Math.exp(-((6 * n * x + 1) ** 2) / 18 / n);
    const last = Math.floor(n * (1 - x));
    let sum = 0;
    let logBinom = 0; // log C(n, v), accumulated term by term
    for (let v = 0; v <= last; v++) {
        if (v > 0)
            logBinom += Math.log((n - v + 1) / v);
        const evn = x + v / n;
        if (evn >= 1) {
            // (1 - x - v/n)^(n-v) vanishes unless n - v == 0.
            if (n === v)
                sum += Math.exp(logBinom + (v - 1) * Math.log(evn));
            continue;
        }
        const logTerm = logBinom + (v - 1) * Math.log(evn) + (n - v) * Math.log1p(-evn);
        if (logTerm > -745)
            sum += Math.exp(logTerm);
    }
    return clip(sum * x);
}
/** Pr(D_n <= d) by Marsaglia-Tsang-Wang's evaluation of Durbin's matrix (scipy's _kolmogn_DMTW). */
function durbinMtw(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1 - h ** j;
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] *= fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let P = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        P[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let hExpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            P = matmul(P, H, m);
            expnt += hExpnt;
        }
        H = matmul(H, H, m);
        hExpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > E128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= E128;
            hExpnt += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = P[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= E128;
            expnt -= 128;
        }
    }
    if (expnt !== 0)
        p *= 2 ** expnt;
    return clip(p);
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            const bo = k * m;
            const oo = i * m;
            for (let j = 0; j < m; j++)
                out[oo + j] += aik * b[bo + j];
        }
    }
    return out;
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pr(D_n <= x) by Pomeranz's recursion (scipy's _kolmogn_Pomeranz). */
function pomeranz(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = 1;
    twogpower[0] = 1;
    onem2gpower[0] = 1;
    let expnt = 0;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let k = 1; k < npwrs; k++) {
        gpower[k] = (gpower[k - 1] * gOverN) / k;
        twogpower[k] = (twogpower[k - 1] * twoGOverN) / k;
        onem2gpower[k] = (onem2gpower[k - 1] * oneMinusTwoGOverN) / k;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1, j2] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            // Full convolution of V0[k1-V0s : k1-V0s+ln2] with pwrs[:ln2], then entries [j1-k1, j1-k1+len).
            const base = k1 - V0s;
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            let max = 0;
            for (let r = 0; r < convLen; r++) {
                const idx = convStart + r;
                let s = 0;
                const lo = Math.max(0, idx - (ln2 - 1));
                const hi = Math.min(idx, ln2 - 1);
                for (let q = lo; q <= hi; q++)
                    s += (V0[base + q] ?? 0) * pwrs[idx - q];
                V1[r] = s;
                if (s > max)
                    max = s;
            }
            if (max > 0 && max < EM128) {
                for (let r = 0; r < V1.length; r++)
                    V1[r] *= E128;
                expnt -= 128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let k = 1; k <= n; k++) {
        if (Math.abs(ans) > E128) {
            ans *= EM128;
            expnt += 128;
        }
        ans *= k;
    }
    if (expnt !== 0)
        ans *= 2 ** expnt;
    return clip(ans);
}
/** Pelz-Good's approximation of Pr(D_n <= x) (scipy's _kolmogn_PelzGood). */
function pelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z ** 2;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const PI2 = Math.PI ** 2;
    const PI4 = Math.PI ** 4;
    const PI6 = Math.PI ** 6;
    const qlog = -PI2 / 8 / z2;
    if (qlog < -708)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m ** 2;
        const m4 = m ** 4;
        const m6 = m ** 6;
        const qpower = q ** (8 * k);
        const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / div[i];
    q = Math.exp(-PI2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qp = q ** k2;
        k2extra += k2 * qp;
        const kspi = Math.PI * k;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp;
    }
    K[2] = K[2] + (k2extra * PI2 * SQRT2PI) / (-36 * z3);
    K[3] = K[3] + (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}


/***/ }),

/***/ 950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ LegacyRandomState)
/* harmony export */ });
/**
 * numpy's legacy RandomState, as far as Evidently's permutation tests use it: MT19937 seeded the legacy way
 * (`np.random.seed(int)`: init_genrand), `rand` and `randint` (scikit-learn's seeding and splits draw these), `random_interval` (draws of 32 bits masked to the bound's bit width,
 * rejected above it) and `shuffle` / `permutation` of a 1-d array (Fisher-Yates from the last index down), so
 * that `np.random.seed(0); np.random.permutation(n)` gives the same indices here as in numpy (numpy/random/
 * mtrand.pyx `shuffle`, _common `_shuffle_raw`, src/distributions/distributions.c `random_interval`,
 * src/mt19937/mt19937.c `mt19937_seed` / `mt19937_gen`). Pure: the state lives in the object.
 */
const N = 624;
const M = 397;
class LegacyRandomState {
    key = new Uint32Array(N);
    pos = N;
    /** np.random.seed(seed) with an integer seed in [0, 2^32). */
    constructor(seed) {
        if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
            throw new RangeError('seed must be an integer in [0, 2^32)');
        let s = seed >>> 0;
        for (let i = 0; i < N; i++) {
            this.key[i] = s;
            // 1812433253 * (s ^ (s >> 30)) + i + 1, modulo 2^32.
            s = (Math.imul(1812433253, s ^ (s >>> 30)) + i + 1) >>> 0;
        }
    }
    /** The next 32-bit draw (genrand_int32). */
    nextUint32() {
        if (this.pos >= N)
            this.generate();
        let y = this.key[this.pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y >>> 0;
    }
    generate() {
        const key = this.key;
        const twist = (a, b, far) => {
            const y = (a & 0x80000000) | (b & 0x7fffffff);
            return far ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
        };
        let i = 0;
        for (; i < N - M; i++)
            key[i] = twist(key[i], key[i + 1], key[i + M]);
        for (; i < N - 1; i++)
            key[i] = twist(key[i], key[i + 1], key[i + M - N]);
        key[N - 1] = twist(key[N - 1], key[0], key[M - 1]);
        this.pos = 0;
    }
    /** random_sample / rand: 53 bits from two outputs, (a >> 5) * 2^26 + (b >> 6), over 2^53. */
    rand() {
        const a = this.nextUint32() >>> 5;
        const b = this.nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }
    /** randint(low, high): an integer in [low, high) (legacy, masked as random_interval; the range must fit 32 bits). */
    randint(low, high) {
        const range = high - 1 - low;
        if (!(range >= 0 && range <= 0xffffffff))
            throw new RangeError(`randint range [${low}, ${high}) is empty or wider than 2^32`);
        return low + this.interval(range);
    }
    /** random_interval(max): uniform in [0, max], for max below 2^32 (the only bound a shuffle here needs). */
    interval(max) {
        if (max === 0)
            return 0;
        if (max > 0xffffffff)
            throw new RangeError('interval bounds of 2^32 and above are not implemented');
        let mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask >>>= 0;
        let value;
        do
            value = (this.nextUint32() & mask) >>> 0;
        while (value > max);
        return value;
    }
    /** shuffle(x) of a 1-d array, in place. */
    shuffle(x) {
        for (let i = x.length - 1; i >= 1; i--) {
            const j = this.interval(i);
            const t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
    }
    /**
     * permutation(n) into `out` (its first n entries): arange(n), shuffled. The same draws as shuffle, with the
     * generator inlined: a permutation test takes hundreds of millions of them.
     */
    permutationInto(out, n = out.length) {
        for (let i = 0; i < n; i++)
            out[i] = i;
        const key = this.key;
        let pos = this.pos;
        let mask = 0;
        for (let i = n - 1; i >= 1; i--) {
            // The mask only shrinks as i falls: recompute it when i drops below half of it.
            if (mask === 0 || i <= mask >>> 1) {
                mask = i;
                mask |= mask >>> 1;
                mask |= mask >>> 2;
                mask |= mask >>> 4;
                mask |= mask >>> 8;
                mask |= mask >>> 16;
            }
            let j;
            do {
                if (pos >= N) {
                    this.generate();
                    pos = 0;
                }
                let y = key[pos++];
                y ^= y >>> 11;
                y ^= (y << 7) & 0x9d2c5680;
                y ^= (y << 15) & 0xefc60000;
                y ^= y >>> 18;
                j = (y & mask) >>> 0;
            } while (j > i);
            const t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        this.pos = pos;
        return out;
    }
    /** permutation(n): arange(n), shuffled. */
    permutation(n) {
        return this.permutationInto(new Int32Array(n));
    }
}


/***/ }),

/***/ 6275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ RefusedData)
/* harmony export */ });
/**
 * RefusedData: data a drift test cannot take, where scipy or Evidently raise on it (a G-test on samples of
 * different sizes, Fisher's exact test on more than two values ...). detectDrift turns it into a DhowError
 * naming the file and column.
 */
class RefusedData extends Error {
}


/***/ }),

/***/ 3184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ logBinomial),
/* harmony export */   QB: () => (/* binding */ besselK),
/* harmony export */   af: () => (/* binding */ roundHalfEven),
/* harmony export */   p_: () => (/* binding */ gcd),
/* harmony export */   tX: () => (/* binding */ studentTTwoSided),
/* harmony export */   vr: () => (/* binding */ normalCdf),
/* harmony export */   wv: () => (/* binding */ chi2Sf)
/* harmony export */ });
/* unused harmony export gammaincc */
/* harmony import */ var _math_special_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8689);
/**
 * Special functions the drift tests need: log-gamma, the regularized incomplete gamma functions (for the
 * chi-square survival function) and the normal CDF, computed as scipy's cephes does where the rounding
 * matters (ndtr's 1 - erfc/2 for positive arguments).
 */
// log-gamma and the incomplete beta function live in src/math/special.ts (the rollout's Welch test uses them too).


const EPS = 1e-16;
const TINY = 1e-300;
/** Regularized lower incomplete gamma P(a, x) by its series (x < a + 1). */
function gammaSeries(a, x) {
    let sum = 1 / a;
    let term = sum;
    let ap = a;
    for (let n = 0; n < 100000; n++) {
        ap += 1;
        term *= x / ap;
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(a));
}
/** Regularized upper incomplete gamma Q(a, x) by Lentz's continued fraction (x >= a + 1). */
function gammaContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 100000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(a)) * h;
}
/** Q(a, x) = Γ(a, x) / Γ(a), scipy.special.gammaincc. */
function gammaincc(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return NaN;
    if (x === 0)
        return 1;
    if (x === Infinity)
        return 0;
    if (x < a + 1)
        return 1 - gammaSeries(a, x);
    return gammaContinuedFraction(a, x);
}
/** Survival function of the chi-square distribution with df degrees of freedom (scipy.stats.chi2.sf). */
function chi2Sf(x, df) {
    if (x <= 0)
        return 1;
    return gammaincc(df / 2, x / 2);
}
/** erfc(x) for x >= 0, as Q(1/2, x^2), accurate in relative terms far into the tail. */
function erfcPositive(x) {
    return gammaincc(0.5, x * x);
}
/** The standard normal CDF, rounded the way cephes ndtr rounds it. */
function normalCdf(a) {
    const x = a * Math.SQRT1_2;
    const z = Math.abs(x);
    if (z < Math.SQRT1_2) {
        const erf = x < 0 ? -(1 - erfcPositive(z)) : 1 - erfcPositive(z);
        return 0.5 + 0.5 * erf;
    }
    const y = 0.5 * erfcPositive(z);
    return x > 0 ? 1 - y : y;
}
/** numpy's round: half to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** log of the binomial coefficient C(n, k) for 0 <= k <= n. */
function logBinomial(n, k) {
    return (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(n + 1) - (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(k + 1) - (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(n - k + 1);
}
/** Two-sided p-value of Student's t with df degrees of freedom: 2 * scipy.stats.t.sf(|t|, df). */
function studentTTwoSided(t, df) {
    if (Number.isNaN(t))
        return NaN;
    if (!Number.isFinite(t))
        return 0;
    return (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .betainc */ .h)(df / 2, 0.5, df / (df + t * t));
}
/**
 * The modified Bessel function of the second kind K_nu(x) for x > 0 (scipy.special.kv), from
 * K_nu(x) = integral over t >= 0 of exp(-x cosh t) cosh(nu t): the trapezoid rule converges exponentially
 * fast on such an integrand, to full double precision at this step.
 */
function besselK(nu, x) {
    const step = 1 / 32;
    let sum = 0.5 * Math.exp(-x);
    for (let i = 1; i < 1_000_000; i++) {
        const t = i * step;
        const term = Math.exp(-x * Math.cosh(t)) * Math.cosh(nu * t);
        sum += term;
        if (term < sum * 1e-18)
            break;
    }
    return sum * step;
}


/***/ }),

/***/ 6272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J8: () => (/* binding */ METHODS),
  Qf: () => (/* binding */ METHOD_RULES),
  Rm: () => (/* binding */ THRESHOLDS),
  H1: () => (/* binding */ binLabels),
  Wp: () => (/* binding */ chiSquareTest),
  lL: () => (/* binding */ defaultMethod),
  r2: () => (/* binding */ distinctSortedUnion),
  Gv: () => (/* binding */ fillZeroes),
  wb: () => (/* binding */ histogramSorted),
  _K: () => (/* binding */ isDrift),
  M$: () => (/* binding */ jensenShannonDistance),
  SQ: () => (/* binding */ numericChartShares),
  V5: () => (/* binding */ populationStabilityIndex),
  Ts: () => (/* binding */ populationStd),
  EX: () => (/* binding */ sturgesEdges),
  zm: () => (/* binding */ testCategorical),
  rD: () => (/* binding */ testNumerical),
  Gl: () => (/* binding */ valueShares),
  HP: () => (/* binding */ zTest)
});

// UNUSED EXPORTS: binnedShares, distinctSorted, numericFrequencies, sharesScore, wassersteinDistance, wassersteinNormed

// EXTERNAL MODULE: ./src/drift/special.ts
var special = __webpack_require__(3184);
// EXTERNAL MODULE: ./src/drift/refused.ts
var refused = __webpack_require__(6275);
;// CONCATENATED MODULE: ./src/drift/categorical-tests.ts
/**
 * The tests of Evidently's registry that dhow computes on value counts beyond chisquare and z, each as
 * Evidently calls scipy (evidently/legacy/calculations/stattests/, commit a4aa4c2b): `g_test`
 * (scipy.stats.power_divergence, lambda_="log-likelihood", current counts against reference counts),
 * `fisher_exact` (scipy.stats.fisher_exact on Evidently's 2x2 table), the categorical branch of `hellinger`,
 * and `kl_div` (scipy.stats.entropy over get_binned_data's zero-filled shares, either kind of column).
 * Where scipy or Evidently raise on some data, these throw a RefusedData naming why; the caller names the column.
 */


/**
 * The G-test's p-value. scipy's power_divergence takes the reference's counts as expected counts unscaled,
 * so it raises unless both sides have as many values (relative tolerance 1e-8); Evidently inherits that.
 */
function gTest(table) {
    const { referenceTotal: r, currentTotal: c } = table;
    if (Math.abs(r - c) > 1e-8 * Math.max(r, c)) {
        throw new refused/* RefusedData */.n(`g_test needs as many current values as reference values (scipy's power_divergence refuses ${c} against ${r})`);
    }
    let g = 0;
    let k = 0;
    for (let i = 0; i < table.keys.length; i++) {
        const obs = table.current[i];
        const exp = table.reference[i];
        if (obs === 0 && exp === 0)
            continue;
        k++;
        if (obs > 0)
            g += obs * Math.log(obs / exp);
    }
    return (0,special/* chi2Sf */.wv)(2 * g, k - 1);
}
/**
 * Fisher's exact test, two-sided, as scipy.stats.fisher_exact computes it: the probabilities of the tables with
 * the same margins that are at most the observed one's (times 1 + 1e-14). Evidently builds the table from two
 * binary samples of the same size; it raises on anything else.
 */
function fisherExact(table) {
    const present = table.keys.map((_, i) => i).filter((i) => table.reference[i] > 0 || table.current[i] > 0);
    if (present.length > 2)
        throw new refused/* RefusedData */.n(`fisher_exact needs a binary column (Evidently refuses more than 2 values; found ${present.length})`);
    if (table.referenceTotal !== table.currentTotal) {
        throw new refused/* RefusedData */.n(`fisher_exact needs as many current values as reference values (Evidently refuses ${table.currentTotal} against ${table.referenceTotal})`);
    }
    // Evidently's [[one_cur, zero_cur], [one_ref, zero_ref]]; which value is "one" does not change a two-sided p.
    const one = present[0];
    const a = table.current[one];
    const b = table.currentTotal - a;
    const c = table.reference[one];
    const d = table.referenceTotal - c;
    const n1 = a + b;
    const n2 = c + d;
    const n = a + c;
    if (n1 === 0 || n2 === 0 || n === 0 || b + d === 0)
        return 1;
    const logTotal = (0,special/* logBinomial */.Gu)(n1 + n2, n);
    const pmf = (x) => Math.exp((0,special/* logBinomial */.Gu)(n1, x) + (0,special/* logBinomial */.Gu)(n2, n - x) - logTotal);
    const lo = Math.max(0, n - n2);
    const hi = Math.min(n, n1);
    const mode = Math.trunc(((n + 1) * (n1 + 1)) / (n1 + n2 + 2));
    const pexact = pmf(a);
    const pmode = pmf(mode);
    if (Math.abs(pexact - pmode) / Math.max(pexact, pmode) <= 1e-14)
        return 1;
    const bound = pexact * (1 + 1e-14);
    let p = 0;
    for (let x = lo; x <= hi; x++) {
        const px = pmf(x);
        if (px <= bound)
            p += px;
    }
    return Math.min(1, p);
}
/** Evidently's Hellinger distance on value counts: sqrt(1 - sum over values of sqrt(p_ref p_cur)). */
function hellingerCategorical(table) {
    let bc = 0;
    for (let i = 0; i < table.keys.length; i++)
        bc += Math.sqrt((table.reference[i] / table.referenceTotal) * (table.current[i] / table.currentTotal));
    return Math.sqrt(1 - Math.min(1, Math.max(0, bc)));
}
/** scipy.stats.entropy(p, q): the Kullback-Leibler divergence after normalizing both to sum 1. */
function klDivergence(p, q) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    let kl = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sp;
        const b = q[i] / sq;
        if (a > 0)
            kl += a * Math.log(a / b);
    }
    return kl;
}

// EXTERNAL MODULE: ./src/drift/kolmogorov.ts
var kolmogorov = __webpack_require__(2228);
// EXTERNAL MODULE: ./src/math/special.ts
var math_special = __webpack_require__(8689);
;// CONCATENATED MODULE: ./src/drift/numerical-tests.ts
/**
 * The two-sample tests of Evidently's registry that dhow computes on numerical columns beyond ks and
 * wasserstein, each as Evidently calls scipy (evidently/legacy/calculations/stattests/, commit a4aa4c2b):
 * `t_test` (scipy.stats.ttest_ind), `mannw` (scipy.stats.mannwhitneyu, alternative "less"), `ed`
 * (scipy.stats.energy_distance), the numerical branch of `hellinger` (density histograms over Sturges bins
 * of the distinct values), `anderson` (scipy.stats.anderson_ksamp), `cramer_von_mises` (Evidently's own code)
 * and `es` (scipy.stats.epps_singleton_2samp). Samples come sorted and finite.
 */



/** scipy.stats.ttest_ind(reference, current) (equal variances): the two-sided p-value. */
function tTest(reference, current) {
    const n1 = reference.length;
    const n2 = current.length;
    const m1 = mean(reference);
    const m2 = mean(current);
    const v1 = sumSquares(reference, m1) / (n1 - 1);
    const v2 = sumSquares(current, m2) / (n2 - 1);
    const df = n1 + n2 - 2;
    const pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / df;
    const t = (m1 - m2) / Math.sqrt(pooled * (1 / n1 + 1 / n2));
    return (0,special/* studentTTwoSided */.tX)(t, df);
}
function mean(values) {
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        sum += values[i];
    return sum / values.length;
}
function sumSquares(values, m) {
    let ss = 0;
    for (let i = 0; i < values.length; i++) {
        const d = values[i] - m;
        ss += d * d;
    }
    return ss;
}
/**
 * scipy.stats.mannwhitneyu(x=reference, y=current, alternative="less") with its defaults (method "auto",
 * continuity correction): the exact distribution when either sample has at most 8 values and nothing ties,
 * else the normal approximation with scipy's tie correction.
 */
function mannWhitneyU(reference, current) {
    const n1 = reference.length;
    const n2 = current.length;
    // Midranks over both samples: the reference's rank sum and the tie term sum(t^3 - t).
    let r1 = 0;
    let tieTerm = 0;
    let i = 0;
    let j = 0;
    let rank = 0;
    while (i < n1 || j < n2) {
        const x = j >= n2 || (i < n1 && reference[i] <= current[j]) ? reference[i] : current[j];
        let a = 0;
        let b = 0;
        while (i < n1 && reference[i] === x)
            [i, a] = [i + 1, a + 1];
        while (j < n2 && current[j] === x)
            [j, b] = [j + 1, b + 1];
        const t = a + b;
        r1 += a * (rank + (t + 1) / 2);
        tieTerm += t * t * t - t;
        rank += t;
    }
    const u1 = r1 - (n1 * (n1 + 1)) / 2;
    // "less": scipy takes the survival function of U2 = n1 n2 - U1.
    const u = n1 * n2 - u1;
    let p;
    if ((n1 > 8 && n2 > 8) || tieTerm > 0) {
        const n = n1 + n2;
        const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
        const z = (u - (n1 * n2) / 2 - 0.5) / s;
        p = (0,special/* normalCdf */.vr)(-z);
    }
    else {
        p = mannWhitneyExactSf(u, n1, n2);
    }
    return Math.min(1, Math.max(0, p));
}
/** P(U >= u) under the null, from the counts of U's values (the Gaussian binomial coefficient's). */
function mannWhitneyExactSf(u, n1, n2) {
    const m = Math.min(n1, n2);
    const n = Math.max(n1, n2);
    const top = m * n;
    // [m+n choose m]_q = prod_{i=1..m} (1 - q^(n+i)) / (1 - q^i): counts of U = 0..mn.
    const counts = new Float64Array(top + 1);
    counts[0] = 1;
    let degree = 0;
    for (let i = 1; i <= m; i++) {
        const a = n + i;
        degree += a;
        for (let k = Math.min(degree, top); k >= a; k--)
            counts[k] -= counts[k - a];
        degree -= i;
        for (let k = i; k <= top; k++)
            counts[k] += counts[k - i];
    }
    let total = 0;
    for (let k = 0; k <= top; k++)
        total += counts[k];
    // The distribution is symmetric: sum the smaller tail, as scipy does.
    const kc = top - u;
    if (u < kc) {
        let below = 0;
        for (let k = 0; k < u; k++)
            below += counts[k];
        return 1 - below / total;
    }
    let upper = 0;
    for (let k = 0; k <= kc; k++)
        upper += counts[k];
    return upper / total;
}
/** scipy.stats.energy_distance(reference, current): sqrt(2) times the L2 distance of the two CDFs. */
function energyDistance(u, v) {
    const nu = u.length;
    const nv = v.length;
    let i = 0;
    let j = 0;
    let sum = 0;
    let prev = Math.min(u[0], v[0]);
    while (i < nu || j < nv) {
        const x = j >= nv || (i < nu && u[i] <= v[j]) ? u[i] : v[j];
        const d = i / nu - j / nv;
        sum += d * d * (x - prev);
        while (i < nu && u[i] === x)
            i++;
        while (j < nv && v[j] === x)
            j++;
        prev = x;
    }
    return Math.SQRT2 * Math.sqrt(sum);
}
/**
 * Evidently's Hellinger distance on a numerical column: numpy density histograms of both samples over
 * np.histogram_bin_edges(distinct values of both, bins="sturges"), then sqrt(1 - sum sqrt(h1 h2) * width).
 */
function hellingerNumerical(reference, current) {
    const keys = distinctUnion(reference, current);
    const edges = sturgesEdges(keys[0], keys.at(-1), keys.length);
    const h1 = densityHistogram(reference, edges);
    const h2 = densityHistogram(current, edges);
    const width = (edges.at(-1) - edges[0]) / (edges.length - 1);
    let bc = 0;
    for (let k = 0; k < h1.length; k++)
        bc += Math.sqrt(h1[k] * h2[k]) * width;
    return Math.sqrt(1 - Math.min(1, Math.max(0, bc)));
}
/** numpy.histogram(values, edges, density=True)[0]: counts / bin width / total count. */
function densityHistogram(values, edges) {
    const counts = histogramSorted(values, edges);
    let total = 0;
    for (let k = 0; k < counts.length; k++)
        total += counts[k];
    for (let k = 0; k < counts.length; k++)
        counts[k] = counts[k] / (edges[k + 1] - edges[k]) / total;
    return counts;
}
function distinctUnion(a, b) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        out.push(x);
        while (i < a.length && a[i] === x)
            i++;
        while (j < b.length && b[j] === x)
            j++;
    }
    return out;
}
/**
 * scipy.stats.anderson_ksamp([reference, current])'s significance level, which Evidently takes as the p-value:
 * the midrank statistic A2akN (Scholz and Stephens, equation 7) standardized, then scipy's interpolation of
 * log(significance) over its critical values by a quadratic fit, capped to [0.001, 0.25] as scipy caps it.
 */
function andersonDarling(reference, current) {
    const n = [reference.length, current.length];
    const N = n[0] + n[1];
    const k = 2;
    let a2 = 0;
    if (reference[0] === reference.at(-1) && current[0] === current.at(-1) && reference[0] === current[0]) {
        throw new refused/* RefusedData */.n('anderson needs more than one distinct value (scipy anderson_ksamp refuses a constant column)');
    }
    for (let s = 0; s < k; s++) {
        let i = 0; // reference index
        let j = 0; // current index
        let below = 0; // values of both samples below z
        let sum = 0;
        while (i < reference.length || j < current.length) {
            const z = j >= current.length || (i < reference.length && reference[i] <= current[j]) ? reference[i] : current[j];
            const i0 = i;
            const j0 = j;
            while (i < reference.length && reference[i] === z)
                i++;
            while (j < current.length && current[j] === z)
                j++;
            const l = i - i0 + (j - j0);
            const f = s === 0 ? i - i0 : j - j0;
            const upTo = s === 0 ? i : j;
            const m = upTo - f / 2;
            const b = below + l / 2;
            const d = N * m - b * n[s];
            sum += ((l / N) * d * d) / (b * (N - b) - (N * l) / 4);
            below += l;
        }
        a2 += sum / n[s];
    }
    a2 *= (N - 1) / N;
    const H = 1 / n[0] + 1 / n[1];
    // hs_cs = cumsum(1 / arange(N - 1, 1, -1)); h = hs_cs[-1] + 1; g = sum(hs_cs / arange(2, N)).
    let cs = 0;
    let g = 0;
    for (let q = 0; q < N - 2; q++) {
        cs += 1 / (N - 1 - q);
        g += cs / (q + 2);
    }
    const h = cs + 1;
    const A = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
    const B = (2 * g - 4) * k * k + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
    const C = (6 * h + 2 * g - 2) * k * k + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
    const D = (2 * h + 6) * k * k - 4 * h * k;
    const sigmasq = (A * N ** 3 + B * N ** 2 + C * N + D) / ((N - 1) * (N - 2) * (N - 3));
    const stat = (a2 - (k - 1)) / Math.sqrt(sigmasq);
    const critical = AD_CRITICAL;
    if (stat < critical[0])
        return 0.25;
    if (stat > critical.at(-1))
        return 0.001;
    const [c2, c1, c0] = AD_FIT;
    return Math.exp((c2 * stat + c1) * stat + c0);
}
// scipy's critical values for k - 1 = 1 (b0 + b1 / sqrt(m) + b2 / m) and their significance levels.
const AD_CRITICAL = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085].map((b0, i) => b0 + [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615][i] + [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154][i]);
const AD_SIGNIFICANCE = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];
const AD_FIT = quadraticFit(AD_CRITICAL, AD_SIGNIFICANCE.map(Math.log));
/** numpy.polyfit(x, y, 2): least-squares coefficients, highest power first (normal equations, 3 by 3). */
function quadraticFit(x, y) {
    const s = [0, 0, 0, 0, 0];
    const t = [0, 0, 0];
    for (let i = 0; i < x.length; i++) {
        let p = 1;
        for (let e = 0; e <= 4; e++) {
            s[e] += p;
            if (e <= 2)
                t[e] += p * y[i];
            p *= x[i];
        }
    }
    // Rows: sum x^(r+c) * coef_c = sum x^r y, coefficients for powers 0, 1, 2.
    const m = [0, 1, 2].map((r) => [s[r], s[r + 1], s[r + 2], t[r]]);
    for (let col = 0; col < 3; col++) {
        let pivot = col;
        for (let r = col + 1; r < 3; r++)
            if (Math.abs(m[r][col]) > Math.abs(m[pivot][col]))
                pivot = r;
        [m[col], m[pivot]] = [m[pivot], m[col]];
        for (let r = 0; r < 3; r++) {
            if (r === col)
                continue;
            const f = m[r][col] / m[col][col];
            for (let c = col; c < 4; c++)
                m[r][c] -= f * m[col][c];
        }
    }
    const coef = [0, 1, 2].map((r) => m[r][3] / m[r][r]);
    return [coef[2], coef[1], coef[0]];
}
/**
 * Evidently's own two-sample Cramér-von Mises test (cramer_von_mises_stattest.py, `_cvm_2samp` with method
 * "auto"): the exact distribution (Xiao, Gordon and Yakovlev 2006) when neither sample has more than 20 values,
 * else the asymptotic one (Csörgő and Faraway 1996). Needs two values on each side, as Evidently does.
 */
function cramerVonMises(reference, current) {
    const nx = reference.length;
    const ny = current.length;
    if (nx <= 1 || ny <= 1)
        throw new refused/* RefusedData */.n('cramer_von_mises needs at least two values on each side (Evidently refuses fewer)');
    // Average ranks over both samples; u = nx * sum (rx - i)^2 + ny * sum (ry - j)^2.
    let sx = 0;
    let sy = 0;
    let i = 0;
    let j = 0;
    let rank = 0;
    while (i < nx || j < ny) {
        const z = j >= ny || (i < nx && reference[i] <= current[j]) ? reference[i] : current[j];
        const i0 = i;
        const j0 = j;
        while (i < nx && reference[i] === z)
            i++;
        while (j < ny && current[j] === z)
            j++;
        const t = i - i0 + (j - j0);
        const r = rank + (t + 1) / 2;
        for (let a = i0; a < i; a++)
            sx += (r - (a + 1)) ** 2;
        for (let b = j0; b < j; b++)
            sy += (r - (b + 1)) ** 2;
        rank += t;
    }
    const u = nx * sx + ny * sy;
    const k = nx * ny;
    const N = nx + ny;
    if (Math.max(nx, ny) <= 20)
        return cvmExactPvalue(u, nx, ny);
    const t = u / (k * N) - (4 * k - 1) / (6 * N);
    const et = (1 + 1 / N) / 6;
    const vt = ((N + 1) * (4 * k * N - 3 * (nx * nx + ny * ny) - 2 * k)) / (45 * N * N * 4 * k);
    const tn = 1 / 6 + (t - et) / Math.sqrt(45 * vt);
    if (tn < 0.003)
        return 1;
    return Math.max(0, 1 - cvmLimitCdf(tn));
}
/** Evidently's _cdf_cvm_inf: the series of the limiting distribution, until a term is below 1e-7. */
function cvmLimitCdf(x) {
    let total = 0;
    for (let k = 0;; k++) {
        const u = Math.exp((0,math_special/* logGamma */.S)(k + 0.5) - (0,math_special/* logGamma */.S)(k + 1)) / (Math.PI ** 1.5 * Math.sqrt(x));
        const y = 4 * k + 1;
        const q = (y * y) / (16 * x);
        const z = u * Math.sqrt(y) * Math.exp(-q) * (0,special/* besselK */.QB)(0.25, q);
        total += z;
        if (!(Math.abs(z) >= 1e-7))
            return total;
    }
}
/**
 * Evidently's _pval_cvm_2samp_exact: counts of the statistic's values over all arrangements, by path, each
 * step a merge of sorted (value, count) lists. Evidently keeps these in float32 (np.min_scalar_type of a float)
 * and, under numpy 2, divides in float32 too: the result is rounded to float32 as Evidently's is. Its counts are
 * exact below 2^24 arrangements (C(m + n, m)); above, Evidently's float32 sums drift and dhow's stay exact.
 */
function cvmExactPvalue(s, m, n) {
    const lcm = (m * n) / (0,special/* gcd */.p_)(m, n);
    const a = lcm / m;
    const b = lcm / n;
    const mn = m * n;
    const zeta = Math.floor((lcm * lcm * (m + n) * (6 * s - mn * (4 * mn - 1))) / (6 * mn * mn));
    let gs = [{ values: [0], freqs: [1] }, ...Array.from({ length: m }, () => ({ values: [], freqs: [] }))];
    for (let u = 0; u <= n; u++) {
        const next = [];
        let tmp = { values: [], freqs: [] };
        for (let v = 0; v < gs.length; v++) {
            const g = gs[v];
            const shift = (a * v - b * u) ** 2;
            const merged = { values: [], freqs: [] };
            let x = 0;
            let y = 0;
            while (x < tmp.values.length || y < g.values.length) {
                const tv = x < tmp.values.length ? tmp.values[x] : Infinity;
                const gv = y < g.values.length ? g.values[y] : Infinity;
                const value = Math.min(tv, gv);
                let freq = 0;
                if (tv === value)
                    freq += tmp.freqs[x++];
                if (gv === value)
                    freq += g.freqs[y++];
                merged.values.push(value + shift);
                merged.freqs.push(freq);
            }
            tmp = merged;
            next.push(tmp);
        }
        gs = next;
    }
    let combinations = 1;
    for (let q = 1; q <= m; q++)
        combinations = (combinations * (n + q)) / q;
    let count = 0;
    const last = gs[m];
    for (let k = 0; k < last.values.length; k++)
        if (last.values[k] >= zeta)
            count += last.freqs[k];
    return Math.fround(count / combinations);
}
/**
 * scipy.stats.epps_singleton_2samp(reference, current) with t = (0.4, 0.8): the empirical characteristic
 * functions at t / (IQR / 2), their biased covariance, and a chi-square with 4 degrees of freedom (with the
 * small-sample correction below 25 values). Evidently refuses a zero interquartile range.
 */
function eppsSingleton(reference, current) {
    const nx = reference.length;
    const ny = current.length;
    if (nx < 5 || ny < 5)
        throw new refused/* RefusedData */.n('es needs at least 5 values on each side (scipy epps_singleton_2samp refuses fewer)');
    const n = nx + ny;
    const both = new Float64Array(n);
    both.set(reference);
    both.set(current, nx);
    both.sort();
    const sigma = (quantileLinear(both, 0.75) - quantileLinear(both, 0.25)) / 2;
    if (sigma === 0)
        throw new refused/* RefusedData */.n('es needs variability: the interquartile range of both samples is zero (Evidently refuses it)');
    const ts = [0.4 / sigma, 0.8 / sigma];
    const features = (x) => [
        ...ts.map((t) => Float64Array.from(x, (v) => Math.cos(t * v))),
        ...ts.map((t) => Float64Array.from(x, (v) => Math.sin(t * v))),
    ];
    const gx = features(reference);
    const gy = features(current);
    const meanX = gx.map(mean);
    const meanY = gy.map(mean);
    const cov = [];
    for (let p = 0; p < 4; p++) {
        cov.push([]);
        for (let q = 0; q < 4; q++)
            cov[p].push((n / nx) * biasedCov(gx[p], gx[q], meanX[p], meanX[q]) + (n / ny) * biasedCov(gy[p], gy[q], meanY[p], meanY[q]));
    }
    const diff = meanX.map((m, p) => m - meanY[p]);
    const solved = solveSymmetric(cov, diff);
    if (!solved)
        throw new refused/* RefusedData */.n('es: the estimated covariance matrix is singular (scipy then falls back to a pseudo-inverse dhow does not compute)');
    let w = 0;
    for (let p = 0; p < 4; p++)
        w += diff[p] * solved[p];
    w *= n;
    if (Math.max(nx, ny) < 25)
        w *= 1 / (1 + n ** -0.45 + 10.1 * (nx ** -1.7 + ny ** -1.7));
    return (0,special/* chi2Sf */.wv)(w, 4);
}
/** numpy.cov's entry for two rows, times (n - 1) / n: the biased estimate the test uses. */
function biasedCov(x, y, mx, my) {
    let s = 0;
    for (let i = 0; i < x.length; i++)
        s += (x[i] - mx) * (y[i] - my);
    return s / x.length;
}
/** numpy.percentile with linear interpolation on a sorted sample. */
function quantileLinear(sorted, p) {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
/** Solves A x = b by Gaussian elimination with partial pivoting; undefined when A is numerically singular. */
function solveSymmetric(a, b) {
    const size = b.length;
    const m = a.map((row, i) => [...row, b[i]]);
    let scale = 0;
    for (const row of a)
        for (const v of row)
            scale = Math.max(scale, Math.abs(v));
    for (let col = 0; col < size; col++) {
        let pivot = col;
        for (let r = col + 1; r < size; r++)
            if (Math.abs(m[r][col]) > Math.abs(m[pivot][col]))
                pivot = r;
        if (Math.abs(m[pivot][col]) <= scale * size * Number.EPSILON)
            return undefined;
        [m[col], m[pivot]] = [m[pivot], m[col]];
        for (let r = col + 1; r < size; r++) {
            const f = m[r][col] / m[col][col];
            for (let c = col; c <= size; c++)
                m[r][c] -= f * m[col][c];
        }
    }
    const x = new Array(size).fill(0);
    for (let r = size - 1; r >= 0; r--) {
        let s = m[r][size];
        for (let c = r + 1; c < size; c++)
            s -= m[r][c] * x[c];
        x[r] = s / m[r][r];
    }
    return x;
}

// EXTERNAL MODULE: ./src/drift/text-content.ts + 4 modules
var text_content = __webpack_require__(9473);
;// CONCATENATED MODULE: ./src/drift/stattests.ts
/**
 * The drift statistics, each computed the way Evidently computes it with scipy underneath:
 * `ks` (scipy.stats.ks_2samp), `chisquare` (scipy.stats.chisquare of current counts against reference
 * shares scaled to the current size), `z` (Evidently's two-proportion z-test), `wasserstein`
 * (scipy.stats.wasserstein_distance over the reference's population standard deviation, floored at 0.001),
 * `jensenshannon` (scipy.spatial.distance.jensenshannon, natural log) and `psi`, the last two over
 * Evidently's get_binned_data. Numerical samples come sorted; value counts come as a FrequencyTable.
 */





/** Evidently's names for its tests (its registry's StatTest.name), so that options read the same in both. */
const METHODS = [
    'ks',
    'chisquare',
    'z',
    'wasserstein',
    'jensenshannon',
    'psi',
    't_test',
    'mannw',
    'ed',
    'hellinger',
    'kl_div',
    'g_test',
    'fisher_exact',
    'anderson',
    'cramer_von_mises',
    'es',
    'TVD',
    'empirical_mmd',
    ...text_content/* TEXT_METHODS */.nQ,
];
const BOTH = ['numerical', 'categorical'];
const NUMERICAL = ['numerical'];
const CATEGORICAL = ['categorical'];
const TEXT = ['text'];
const atOrBelow = (score, threshold) => score <= threshold;
const below = (score, threshold) => score < threshold;
const atOrAbove = (score, threshold) => score >= threshold;
const above = (score, threshold) => score > threshold;
const METHOD_RULES = {
    ks: { kinds: NUMERICAL, threshold: 0.05, score: 'p-value', drifts: atOrBelow },
    chisquare: { kinds: CATEGORICAL, threshold: 0.05, score: 'p-value', drifts: below },
    z: { kinds: CATEGORICAL, threshold: 0.05, score: 'p-value', drifts: below },
    wasserstein: { kinds: NUMERICAL, threshold: 0.1, score: 'distance', drifts: atOrAbove },
    jensenshannon: { kinds: BOTH, threshold: 0.1, score: 'distance', drifts: atOrAbove },
    psi: { kinds: BOTH, threshold: 0.1, score: 'distance', drifts: atOrAbove },
    t_test: { kinds: NUMERICAL, threshold: 0.05, score: 'p-value', drifts: below },
    mannw: { kinds: NUMERICAL, threshold: 0.05, score: 'p-value', drifts: below },
    ed: { kinds: NUMERICAL, threshold: 0.1, score: 'distance', drifts: above },
    hellinger: { kinds: BOTH, threshold: 0.1, score: 'distance', drifts: atOrAbove },
    kl_div: { kinds: BOTH, threshold: 0.1, score: 'distance', drifts: atOrAbove },
    g_test: { kinds: CATEGORICAL, threshold: 0.1, score: 'p-value', drifts: below },
    fisher_exact: { kinds: CATEGORICAL, threshold: 0.1, score: 'p-value', drifts: below },
    anderson: { kinds: NUMERICAL, threshold: 0.1, score: 'p-value', drifts: below },
    cramer_von_mises: { kinds: NUMERICAL, threshold: 0.1, score: 'p-value', drifts: atOrBelow },
    es: { kinds: NUMERICAL, threshold: 0.05, score: 'p-value', drifts: below },
    // TVD's module docstring says numerical; its StatTest allows categorical columns only, and that is what Evidently enforces.
    TVD: { kinds: CATEGORICAL, threshold: 0.1, score: 'p-value', drifts: below },
    empirical_mmd: { kinds: NUMERICAL, threshold: 0.1, score: 'p-value', drifts: below },
    // The domain classifier's ROC AUC; perc compares it with the random classifiers' quantile instead (text-content.ts).
    abs_text_content_drift: { kinds: TEXT, threshold: 0.55, score: 'roc-auc', drifts: above },
    perc_text_content_drift: { kinds: TEXT, threshold: 0.95, score: 'roc-auc', drifts: above },
};
/** Default thresholds (Evidently's), from METHOD_RULES. */
const THRESHOLDS = Object.fromEntries(METHODS.map((m) => [m, METHOD_RULES[m].threshold]));
/** Whether a score means drift: p-values below (ks: at or below) the threshold, distances at or above. */
function isDrift(method, score, threshold) {
    return METHOD_RULES[method].drifts(score, threshold);
}
/** Evidently's _get_default_stattest. `distinct` is the number of distinct values of both sides together. */
function defaultMethod(kind, referenceRows, distinct) {
    if (referenceRows <= 1000) {
        if (kind === 'numerical') {
            if (distinct <= 5)
                return distinct > 2 ? 'chisquare' : 'z';
            return 'ks';
        }
        return distinct > 2 ? 'chisquare' : 'z';
    }
    if (kind === 'numerical')
        return distinct <= 5 ? 'jensenshannon' : 'wasserstein';
    return 'jensenshannon';
}
/** The frequency table of two sorted numerical samples. */
function numericFrequencies(reference, current) {
    const keys = [];
    const ref = [];
    const cur = [];
    let i = 0;
    let j = 0;
    while (i < reference.length || j < current.length) {
        const v = j >= current.length || (i < reference.length && reference[i] <= current[j]) ? reference[i] : current[j];
        let a = 0;
        let b = 0;
        while (i < reference.length && reference[i] === v) {
            i++;
            a++;
        }
        while (j < current.length && current[j] === v) {
            j++;
            b++;
        }
        keys.push(v);
        ref.push(a);
        cur.push(b);
    }
    return { keys, reference: Float64Array.from(ref), current: Float64Array.from(cur), referenceTotal: reference.length, currentTotal: current.length };
}
/** Number of distinct values in a sorted sample, counting no further than `cap`. */
function distinctSorted(values, cap = Infinity) {
    let count = 0;
    for (let i = 0; i < values.length && count < cap; i++)
        if (i === 0 || values[i] !== values[i - 1])
            count++;
    return count;
}
/** Number of distinct values of two sorted samples together, counting no further than `cap`. */
function distinctSortedUnion(a, b, cap = Infinity) {
    let i = 0;
    let j = 0;
    let count = 0;
    while ((i < a.length || j < b.length) && count < cap) {
        const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        i = skipEqual(a, i, v);
        j = skipEqual(b, j, v);
        count++;
    }
    return count;
}
/** Pearson's chi-square of current counts against reference shares (p-value). */
function chiSquareTest(table) {
    const kNorm = table.currentTotal / table.referenceTotal;
    let stat = 0;
    let k = 0;
    for (let i = 0; i < table.keys.length; i++) {
        const obs = table.current[i];
        const exp = table.reference[i] * kNorm;
        if (obs === 0 && exp === 0)
            continue;
        k++;
        stat += ((obs - exp) * (obs - exp)) / exp;
    }
    if (k < 2)
        return 1;
    return (0,special/* chi2Sf */.wv)(stat, k - 1);
}
/** Evidently's two-proportion z-test (p-value): the first key against all others. */
function zTest(table) {
    const refKeys = [];
    const curKeys = [];
    for (let i = 0; i < table.keys.length; i++) {
        if (table.reference[i] > 0)
            refKeys.push(i);
        if (table.current[i] > 0)
            curKeys.push(i);
    }
    if (refKeys.length === 1 && curKeys.length === 1 && refKeys[0] === curKeys[0])
        return 1;
    const first = table.keys.findIndex((_, i) => table.reference[i] > 0 || table.current[i] > 0);
    const n1 = table.referenceTotal;
    const n2 = table.currentTotal;
    const p1 = (n1 - table.reference[first]) / n1;
    const p2 = (n2 - table.current[first]) / n2;
    const P = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
    return 2 * (1 - (0,special/* normalCdf */.vr)(Math.abs(z)));
}
/** First Wasserstein distance between two sorted samples (scipy.stats.wasserstein_distance). */
function wassersteinDistance(u, v) {
    const nu = u.length;
    const nv = v.length;
    let i = 0;
    let j = 0;
    let sum = 0;
    let prev = Math.min(u[0], v[0]);
    while (i < nu || j < nv) {
        const x = j >= nv || (i < nu && u[i] <= v[j]) ? u[i] : v[j];
        // The CDFs are constant on [prev, x): their values after every element < x.
        sum += Math.abs(i / nu - j / nv) * (x - prev);
        i = skipEqual(u, i, x);
        j = skipEqual(v, j, x);
        prev = x;
    }
    return sum;
}
/**
 * The first index from i on whose value is not x (a sorted array). A function of its own, not a loop
 * nested in the merge loops above: V8 would enter the optimised code in the inner loop (on-stack
 * replacement), which runs once or twice per outer step, and drop it at every exit (~1000 deopts, a cold
 * CLI run's compile time).
 */
function skipEqual(a, i, x) {
    const n = a.length;
    while (i < n && a[i] === x)
        i++;
    return i;
}
/** Population standard deviation (numpy's np.std, ddof=0). */
function populationStd(values) {
    const mean = sumOf(values) / values.length;
    return Math.sqrt(squaredDeviations(values, mean) / values.length);
}
// One loop per function: a second loop in the same function starts without type feedback and would
// deoptimise the code that on-stack replacement compiled for the first (a cold run's compile time).
function sumOf(values) {
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        sum += values[i];
    return sum;
}
function squaredDeviations(values, mean) {
    let ss = 0;
    for (let i = 0; i < values.length; i++) {
        const d = values[i] - mean;
        ss += d * d;
    }
    return ss;
}
/** Evidently's normed Wasserstein distance: W1 / max(std(reference), 0.001). */
function wassersteinNormed(reference, current, referenceStd = populationStd(reference)) {
    return wassersteinDistance(reference, current) / Math.max(referenceStd, 0.001);
}
/** numpy.histogram_bin_edges(data, bins='sturges') for data spanning [min, max] with n values. */
function sturgesEdges(min, max, n) {
    let first = min;
    let last = max;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const width = (max - min) / (Math.log2(n) + 1);
    const bins = width ? Math.ceil((last - first) / width) : 1;
    const edges = new Float64Array(bins + 1);
    const step = (last - first) / bins;
    for (let i = 0; i <= bins; i++)
        edges[i] = i * step + first;
    edges[bins] = last;
    return edges;
}
/** numpy.histogram counts of a sorted sample over edges (last bin closed). */
function histogramSorted(values, edges) {
    const bins = edges.length - 1;
    const counts = new Float64Array(bins);
    let i = 0;
    const n = values.length;
    while (i < n && values[i] < edges[0])
        i++;
    if (bins <= 0)
        return counts;
    // One loop over the values (the bin advances inside it): a loop per bin would be entered by on-stack
    // replacement and deoptimised at each bin's end.
    let b = 0;
    let hi = edges[1];
    for (; i < n; i++) {
        const x = values[i];
        while (!(x < hi || (b === bins - 1 && x === hi))) {
            b++;
            if (b === bins)
                return counts;
            hi = edges[b + 1];
        }
        counts[b]++;
    }
    return counts;
}
/** Replaces zero shares as Evidently does for psi: 0.0001, or the smallest non-zero share / 10^6 when that is <= 0.0001. */
function fillZeroes(shares) {
    let min = Infinity;
    for (const s of shares)
        if (s !== 0 && s < min)
            min = s;
    if (min === Infinity)
        return shares;
    const fill = min <= 0.0001 ? min / 10 ** 6 : 0.0001;
    for (let i = 0; i < shares.length; i++)
        if (shares[i] === 0)
            shares[i] = fill;
    return shares;
}
/** scipy.spatial.distance.jensenshannon(p, q) with the natural logarithm. */
function jensenShannonDistance(p, q) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    let left = 0;
    let right = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sp;
        const b = q[i] / sq;
        const m = (a + b) / 2;
        if (a > 0)
            left += a * Math.log(a / m);
        if (b > 0)
            right += b * Math.log(b / m);
    }
    return Math.sqrt(Math.max(0, (left + right) / 2));
}
/** Population stability index over shares already filled (no zeroes). */
function populationStabilityIndex(reference, current) {
    let psi = 0;
    for (let i = 0; i < reference.length; i++) {
        const r = reference[i];
        const c = current[i];
        psi += (r - c) * Math.log(r / c);
    }
    return psi;
}
/** Shares of a frequency table (one entry per value). */
function valueShares(table) {
    const reference = new Float64Array(table.keys.length);
    const current = new Float64Array(table.keys.length);
    for (let i = 0; i < table.keys.length; i++) {
        reference[i] = table.reference[i] / table.referenceTotal;
        current[i] = table.current[i] / table.currentTotal;
    }
    return { reference, current, labels: table.keys.map(String) };
}
/** Shares of sorted numerical samples in Sturges bins over both together. */
function binnedShares(reference, current) {
    const min = Math.min(reference[0], current[0]);
    const max = Math.max(reference.at(-1), current.at(-1));
    const edges = sturgesEdges(min, max, reference.length + current.length);
    const r = histogramSorted(reference, edges);
    const c = histogramSorted(current, edges);
    for (let i = 0; i < r.length; i++) {
        r[i] = r[i] / reference.length;
        c[i] = c[i] / current.length;
    }
    return { reference: r, current: c, edges, labels: binLabels(edges) };
}
function binLabels(edges) {
    const labels = [];
    for (let i = 0; i + 1 < edges.length; i++)
        labels.push(formatEdge(edges[i]));
    return labels;
}
function formatEdge(x) {
    return Number.isInteger(x) ? String(x) : Number(x.toPrecision(4)).toString();
}
/** The chart's shares of two sorted numerical samples: Sturges bins above 20 distinct reference values, else per value. */
function numericChartShares(reference, current) {
    return distinctSorted(reference, 21) > 20 ? binnedShares(reference, current) : valueShares(numericFrequencies(reference, current));
}
/** Runs one method on a numerical column given as sorted, finite samples. */
function testNumerical(method, reference, current, referenceStd, referenceCount = reference.length) {
    const distinctRef = distinctSorted(reference, 21);
    const binned = distinctRef > 20;
    const chartShares = () => (binned ? binnedShares(reference, current) : valueShares(numericFrequencies(reference, current)));
    // ks and wasserstein do not need the shares: they are computed when the report asks (drifted columns only).
    let shares;
    switch (method) {
        case 'ks': {
            // With a profile the reference sample is synthesized; the p-value still uses the true reference size.
            const r = (0,kolmogorov/* ksPvalue */.sK)(referenceCount, current.length, (0,kolmogorov/* ksStatistic */.tH)(reference, current));
            return {
                method,
                score: r.pvalue,
                exact: true,
                detail: r.method,
                get shares() {
                    return (shares ??= chartShares());
                },
            };
        }
        case 'wasserstein':
            return {
                method,
                score: wassersteinNormed(reference, current, referenceStd),
                exact: true,
                get shares() {
                    return (shares ??= chartShares());
                },
            };
        case 'chisquare':
        case 'z': {
            const table = numericFrequencies(reference, current);
            return { method, score: method === 'z' ? zTest(table) : chiSquareTest(table), exact: true, shares: valueShares(table) };
        }
        case 'jensenshannon':
        case 'psi':
        case 'kl_div': {
            const shares = chartShares();
            return { method, score: sharesScore(method, shares), exact: true, shares };
        }
        case 't_test':
        case 'mannw':
        case 'ed':
        case 'hellinger':
        case 'anderson':
        case 'cramer_von_mises':
        case 'es': {
            const score = NUMERICAL_TESTS[method](reference, current);
            return {
                method,
                score,
                exact: true,
                get shares() {
                    return (shares ??= chartShares());
                },
            };
        }
        case 'g_test':
        case 'fisher_exact':
        case 'TVD':
        case 'abs_text_content_drift':
        case 'perc_text_content_drift':
            throw new Error(`${method} does not apply to numerical columns`);
        case 'empirical_mmd':
            throw new Error('empirical_mmd permutes the rows in file order: detectDrift calls empiricalMmd on them');
    }
}
const NUMERICAL_TESTS = {
    t_test: tTest,
    mannw: mannWhitneyU,
    ed: energyDistance,
    hellinger: hellingerNumerical,
    anderson: andersonDarling,
    cramer_von_mises: cramerVonMises,
    es: eppsSingleton,
};
/** Runs one method on a categorical column given as a frequency table. */
function testCategorical(method, table) {
    const shares = valueShares(table);
    switch (method) {
        case 'chisquare':
            return { method, score: chiSquareTest(table), exact: true, shares };
        case 'z':
            return { method, score: zTest(table), exact: true, shares };
        case 'jensenshannon':
        case 'psi':
        case 'kl_div':
            return { method, score: sharesScore(method, shares), exact: true, shares };
        case 'hellinger':
            return { method, score: hellingerCategorical(table), exact: true, shares };
        case 'g_test':
            return { method, score: gTest(table), exact: true, shares };
        case 'fisher_exact':
            return { method, score: fisherExact(table), exact: true, shares };
        default:
            throw new Error(`${method} does not apply to categorical columns`);
    }
}
/** jensenshannon, psi or kl_div over shares (psi and kl_div fill zero shares on copies, as get_binned_data does). */
function sharesScore(method, shares) {
    if (method === 'jensenshannon')
        return jensenShannonDistance(shares.reference, shares.current);
    if (method === 'kl_div')
        return klDivergence(fillZeroes(shares.reference.slice()), fillZeroes(shares.current.slice()));
    return populationStabilityIndex(fillZeroes(shares.reference.slice()), fillZeroes(shares.current.slice()));
}


/***/ }),

/***/ 9473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nQ: () => (/* binding */ TEXT_METHODS),
  TQ: () => (/* binding */ TextDriftRefused),
  ln: () => (/* binding */ describeTextScore),
  Kt: () => (/* binding */ textContentDrift)
});

// UNUSED EXPORTS: pairwiseSum, percentileLinear, randomClassifierQuantile, rocAuc, splitHalves

// EXTERNAL MODULE: ./src/drift/numpy-random.ts
var numpy_random = __webpack_require__(950);
;// CONCATENATED MODULE: ./src/drift/text-content-sgd.ts
/**
 * Evidently's domain classifier, `SGDClassifier(alpha=0.0001, max_iter=50, penalty="l1", loss="modified_huber",
 * random_state=42)`, trained as scikit-learn 1.2.1 trains it (sklearn/linear_model/_sgd_fast.pyx `_plain_sgd`,
 * called by _stochastic_gradient.py `fit_binary`): plain SGD over sparse rows with the 'optimal' learning rate
 * 1 / (alpha (t0 + t - 1)), the modified Huber loss, the intercept updated at the sparse decay 0.01, the L1 penalty
 * applied by truncated gradient (Tsuruoka et al. 2009) on the features each sample touches, the samples reshuffled
 * before every epoch by scikit-learn's own xorshift, and training stopped after 5 epochs without the summed loss
 * improving by tol (1e-3) times the number of samples.
 */

/** Evidently's settings; the rest are SGDClassifier's defaults. */
const EVIDENTLY_SGD = { alpha: 0.0001, maxIter: 50, tol: 1e-3, nIterNoChange: 5, randomState: 42 };
/** scikit-learn's SPARSE_INTERCEPT_DECAY: the intercept moves slower when the features are sparse. */
const SPARSE_INTERCEPT_DECAY = 0.01;
const MAX_DLOSS = 1e12;
const INT32_MAX = 2147483647;
function modifiedHuberLoss(p, y) {
    const z = p * y;
    if (z >= 1.0)
        return 0.0;
    if (z >= -1.0)
        return (1.0 - z) * (1.0 - z);
    return -4.0 * z;
}
function modifiedHuberDloss(p, y) {
    const z = p * y;
    if (z >= 1.0)
        return 0.0;
    if (z >= -1.0)
        return 2.0 * (1.0 - z) * -y;
    return -4.0 * y;
}
/** Fits the binary classifier: `positive[i]` is true for the class the probabilities are of (current data). */
function fitModifiedHuberL1(rows, positive, features, settings = EVIDENTLY_SGD) {
    const { alpha, maxIter, tol, nIterNoChange } = settings;
    // fit_binary's draws: make_dataset takes randint(1, 2^31 - 1) for the dataset (unused by plain SGD), then the seed.
    const random = new numpy_random/* LegacyRandomState */.W(settings.randomState);
    random.randint(1, INT32_MAX);
    const seed = random.randint(0, INT32_MAX);
    const n = rows.length;
    const w = new Float64Array(features);
    const q = new Float64Array(features);
    let u = 0.0;
    let intercept = 0.0;
    const l1Ratio = 1.0;
    const typw = Math.sqrt(1.0 / Math.sqrt(alpha));
    const initialEta0 = typw / Math.max(1.0, modifiedHuberDloss(-typw, 1.0));
    const optimalInit = 1.0 / (initialEta0 * alpha);
    const order = Int32Array.from({ length: n }, (_, i) => i);
    let t = 1.0;
    let bestLoss = Infinity;
    let noImprovement = 0;
    let epoch = 0;
    for (; epoch < maxIter; epoch++) {
        let sumloss = 0;
        // SequentialDataset.shuffle: the same seed every epoch, applied to the order the last epoch left.
        const state = { seed };
        for (let i = 0; i < n - 1; i++) {
            const j = i + (ourRandR(state) % (n - i));
            const swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        for (let k = 0; k < n; k++) {
            const sample = order[k];
            const { indices, values } = rows[sample];
            const y = positive[sample] ? 1.0 : -1.0;
            let p = 0.0;
            for (let j = 0; j < indices.length; j++)
                p += w[indices[j]] * values[j];
            p *= 1.0; // WeightVector.dot multiplies by wscale, which L1 alone leaves at 1
            p += intercept;
            const eta = 1.0 / (alpha * (optimalInit + t - 1));
            sumloss += modifiedHuberLoss(p, y);
            let dloss = modifiedHuberDloss(p, y);
            if (dloss < -MAX_DLOSS)
                dloss = -MAX_DLOSS;
            else if (dloss > MAX_DLOSS)
                dloss = MAX_DLOSS;
            let update = -eta * dloss;
            update *= 1.0 * 1.0; // class weight and sample weight
            if (update !== 0.0) {
                for (let j = 0; j < indices.length; j++)
                    w[indices[j]] = w[indices[j]] + values[j] * update;
                intercept += update * SPARSE_INTERCEPT_DECAY;
            }
            u += l1Ratio * eta * alpha;
            // l1penalty: each touched weight moves toward zero by what the penalty has accumulated, never across it.
            for (let j = 0; j < indices.length; j++) {
                const idx = indices[j];
                const z = w[idx];
                if (z > 0.0)
                    w[idx] = Math.max(0.0, z - (u + q[idx]));
                else if (z < 0.0)
                    w[idx] = Math.min(0.0, z + (u - q[idx]));
                q[idx] = q[idx] + (w[idx] - z);
            }
            t += 1;
        }
        if (!Number.isFinite(intercept) || w.some((v) => !Number.isFinite(v))) {
            throw new RangeError(`Floating-point under-/overflow occurred at epoch #${epoch + 1}`);
        }
        if (sumloss > bestLoss - tol * n)
            noImprovement++;
        else
            noImprovement = 0;
        if (sumloss < bestLoss)
            bestLoss = sumloss;
        if (noImprovement >= nIterNoChange)
            break;
    }
    return { coef: w, intercept, epochs: Math.min(epoch + 1, maxIter) };
}
/** predict_proba's column for the positive class: (clip(decision, -1, 1) + 1) / 2, the decision summed in row order. */
function modifiedHuberProbability(model, row) {
    let p = 0.0;
    for (let j = 0; j < row.indices.length; j++)
        p += row.values[j] * model.coef[row.indices[j]];
    p += model.intercept;
    p = Math.min(1, Math.max(-1, p));
    return (p + 1.0) / 2.0;
}
/** scikit-learn's our_rand_r (sklearn/utils/_random.pxd): xorshift on a 32-bit state, reduced to 31 bits. */
function ourRandR(state) {
    let s = state.seed >>> 0;
    if (s === 0)
        s = 1;
    s = (s ^ (s << 13)) >>> 0;
    s = (s ^ (s >>> 17)) >>> 0;
    s = (s ^ (s << 5)) >>> 0;
    state.seed = s;
    return s % 0x80000000;
}

;// CONCATENATED MODULE: ./src/drift/text-content-log.ts
/**
 * The natural logarithm correctly rounded, for the TF-IDF weights of text-content drift. scikit-learn takes them
 * from numpy's log, which is libm's (glibc: correctly rounded on every value these weights use) except on CPUs
 * where numpy dispatches its AVX-512 log, which is not; V8's Math.log is off by one unit in the last place on
 * some ratios. One unit there changes which samples cross the modified Huber loss's corners, and SGD's weights
 * then part ways, so the log is computed in double-double arithmetic and rounded once.
 */
function twoSum(a, b) {
    const s = a + b;
    const bb = s - a;
    return [s, a - (s - bb) + (b - bb)];
}
function quickTwoSum(a, b) {
    const s = a + b;
    return [s, b - (s - a)];
}
function split(a) {
    const c = 134217729 * a;
    const hi = c - (c - a);
    return [hi, a - hi];
}
function twoProd(a, b) {
    const p = a * b;
    const [ah, al] = split(a);
    const [bh, bl] = split(b);
    return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
function add(a, b) {
    const [s, e] = twoSum(a[0], b[0]);
    const [t, f] = twoSum(a[1], b[1]);
    const [s2, e2] = quickTwoSum(s, e + t);
    return quickTwoSum(s2, e2 + f);
}
function mul(a, b) {
    const [p, e] = twoProd(a[0], b[0]);
    return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}
function div(a, b) {
    const q1 = a[0] / b[0];
    let r = add(a, mul(b, [-q1, 0]));
    const q2 = r[0] / b[0];
    r = add(r, mul(b, [-q2, 0]));
    const q3 = r[0] / b[0];
    return add(quickTwoSum(q1, q2), [q3, 0]);
}
const LN2 = [0.6931471805599453, 2.3190468138462996e-17];
const TERMS = 30;
/** 1 / (2k + 1) for the atanh series, in double-double. */
const ODD_RECIPROCALS = Array.from({ length: TERMS }, (_, k) => div([1, 0], [2 * k + 1, 0]));
/** ln(x) for a positive finite normal x, correctly rounded (ln m = 2 atanh((m - 1) / (m + 1)), m near 1). */
function logCorrectlyRounded(x) {
    if (!(x > 0) || !Number.isFinite(x) || x < 2.2250738585072014e-308)
        return Math.log(x);
    if (x === 1)
        return 0;
    let k = Math.floor(Math.log2(x));
    let m = x / 2 ** k;
    if (m >= Math.SQRT2) {
        m /= 2;
        k++;
    }
    else if (m < Math.SQRT1_2) {
        m *= 2;
        k--;
    }
    // m - 1 is exact (Sterbenz: m is within a factor of two of 1).
    const s = div([m - 1, 0], twoSum(m, 1));
    const s2 = mul(s, s);
    let series = ODD_RECIPROCALS[TERMS - 1];
    for (let i = TERMS - 2; i >= 0; i--)
        series = add(ODD_RECIPROCALS[i], mul(s2, series));
    const lnM = mul([2 * s[0], 2 * s[1]], series);
    const total = add(mul([k, 0], LN2), lnM);
    return total[0] + total[1];
}

;// CONCATENATED MODULE: ./src/drift/text-content-stop-words.ts
/**
 * scikit-learn's English stop words (`sklearn.feature_extraction.text.ENGLISH_STOP_WORDS`, 318 words),
 * which Evidently's text-content drift removes (`TfidfVectorizer(stop_words="english")`). Data, copied from
 * scikit-learn 1.2.1's sklearn/feature_extraction/_stop_words.py, which takes the list from the Glasgow Information
 * Retrieval Group (http://ir.dcs.gla.ac.uk/resources/linguistic_utils/stop_words). scikit-learn is distributed under
 * the BSD 3-Clause licence (Copyright (c) 2007-2022 The scikit-learn developers; https://github.com/scikit-learn/
 * scikit-learn/blob/1.2.1/COPYING). test/unit/drift-text-content.test.ts compares it with the list the reference
 * script pinned from scikit-learn itself.
 */
// prettier-ignore
const ENGLISH_STOP_WORDS = new Set([
    'a', 'about', 'above', 'across', 'after', 'afterwards', 'again', 'against', 'all', 'almost', 'alone', 'along', 'already', 'also', 'although',
    'always', 'am', 'among', 'amongst', 'amoungst', 'amount', 'an', 'and', 'another', 'any', 'anyhow', 'anyone', 'anything', 'anyway', 'anywhere',
    'are', 'around', 'as', 'at', 'back', 'be', 'became', 'because', 'become', 'becomes', 'becoming', 'been', 'before', 'beforehand', 'behind', 'being',
    'below', 'beside', 'besides', 'between', 'beyond', 'bill', 'both', 'bottom', 'but', 'by', 'call', 'can', 'cannot', 'cant', 'co', 'con', 'could',
    'couldnt', 'cry', 'de', 'describe', 'detail', 'do', 'done', 'down', 'due', 'during', 'each', 'eg', 'eight', 'either', 'eleven', 'else', 'elsewhere',
    'empty', 'enough', 'etc', 'even', 'ever', 'every', 'everyone', 'everything', 'everywhere', 'except', 'few', 'fifteen', 'fifty', 'fill', 'find',
    'fire', 'first', 'five', 'for', 'former', 'formerly', 'forty', 'found', 'four', 'from', 'front', 'full', 'further', 'get', 'give', 'go', 'had',
    'has', 'hasnt', 'have', 'he', 'hence', 'her', 'here', 'hereafter', 'hereby', 'herein', 'hereupon', 'hers', 'herself', 'him', 'himself', 'his',
    'how', 'however', 'hundred', 'i', 'ie', 'if', 'in', 'inc', 'indeed', 'interest', 'into', 'is', 'it', 'its', 'itself', 'keep', 'last', 'latter',
    'latterly', 'least', 'less', 'ltd', 'made', 'many', 'may', 'me', 'meanwhile', 'might', 'mill', 'mine', 'more', 'moreover', 'most', 'mostly', 'move',
    'much', 'must', 'my', 'myself', 'name', 'namely', 'neither', 'never', 'nevertheless', 'next', 'nine', 'no', 'nobody', 'none', 'noone', 'nor', 'not',
    'nothing', 'now', 'nowhere', 'of', 'off', 'often', 'on', 'once', 'one', 'only', 'onto', 'or', 'other', 'others', 'otherwise', 'our', 'ours',
    'ourselves', 'out', 'over', 'own', 'part', 'per', 'perhaps', 'please', 'put', 'rather', 're', 'same', 'see', 'seem', 'seemed', 'seeming', 'seems',
    'serious', 'several', 'she', 'should', 'show', 'side', 'since', 'sincere', 'six', 'sixty', 'so', 'some', 'somehow', 'someone', 'something',
    'sometime', 'sometimes', 'somewhere', 'still', 'such', 'system', 'take', 'ten', 'than', 'that', 'the', 'their', 'them', 'themselves', 'then',
    'thence', 'there', 'thereafter', 'thereby', 'therefore', 'therein', 'thereupon', 'these', 'they', 'thick', 'thin', 'third', 'this', 'those',
    'though', 'three', 'through', 'throughout', 'thru', 'thus', 'to', 'together', 'too', 'top', 'toward', 'towards', 'twelve', 'twenty', 'two', 'un',
    'under', 'until', 'up', 'upon', 'us', 'very', 'via', 'was', 'we', 'well', 'were', 'what', 'whatever', 'when', 'whence', 'whenever', 'where',
    'whereafter', 'whereas', 'whereby', 'wherein', 'whereupon', 'wherever', 'whether', 'which', 'while', 'whither', 'who', 'whoever', 'whole', 'whom',
    'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'yet', 'you', 'your', 'yours', 'yourself', 'yourselves',
]);

;// CONCATENATED MODULE: ./src/drift/text-content-tfidf.ts
/**
 * The text features of Evidently's domain classifier, as scikit-learn 1.2.1 computes them for
 * `TfidfVectorizer(sublinear_tf=True, max_df=0.5, stop_words="english")`: lowercase (str.lower), tokens by the
 * default token_pattern `(?u)\b\w\w+\b` with Python's Unicode `\w`, English stop words out, a vocabulary fitted on
 * the training texts (terms in more than half of them dropped, the rest sorted by code point), smooth idf
 * (ln((1 + n) / (1 + df)) + 1), sublinear tf (1 + ln tf) and rows scaled to unit length. Rows keep the order of
 * their entries that scipy's sparse matrices end up with, because SGD sums over that order: a fitted row lists its
 * terms by last first appearance in the training texts, a transformed row by descending vocabulary index.
 */


/** Python's `\w` for str patterns: letters (L*), numbers (N*: what str.isalnum accepts beyond letters) and "_". */
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
/**
 * scikit-learn's default analyzer with Evidently's settings: the maximal runs of two or more word characters
 * (what `\b\w\w+\b` matches) of the lowercased text, stop words left out. Counted in code points, as Python counts.
 */
function analyzeText(text, stopWords = ENGLISH_STOP_WORDS) {
    const tokens = [];
    let run = '';
    let length = 0;
    const flush = () => {
        if (length >= 2 && !stopWords.has(run))
            tokens.push(run);
        run = '';
        length = 0;
    };
    for (const ch of text.toLowerCase()) {
        if (WORD_CHAR.test(ch)) {
            run += ch;
            length++;
        }
        else
            flush();
    }
    flush();
    return tokens;
}
/** Python's str ordering: by code point (JavaScript's default compares UTF-16 units, which differs above U+FFFF). */
function compareCodePoints(a, b) {
    const ia = a[Symbol.iterator]();
    const ib = b[Symbol.iterator]();
    for (;;) {
        const x = ia.next();
        const y = ib.next();
        if (x.done || y.done)
            return x.done && y.done ? 0 : x.done ? -1 : 1;
        const d = x.value.codePointAt(0) - y.value.codePointAt(0);
        if (d !== 0)
            return d;
    }
}
/** Raised (as scikit-learn raises ValueError) when the training texts leave no term to learn from. */
class EmptyVocabulary extends Error {
}
/** Fits the vocabulary and idf on the training texts; returns them with the training rows as the classifier sees them. */
function fitTfidf(texts, maxDf = 0.5) {
    const analyzed = texts.map((t) => analyzeText(t));
    // Term ids in order of first appearance over the corpus: CountVectorizer's own ids before it sorts them.
    const firstSeen = new Map();
    const df = [];
    for (const tokens of analyzed) {
        for (const term of new Set(tokens)) {
            let id = firstSeen.get(term);
            if (id === undefined) {
                id = firstSeen.size;
                firstSeen.set(term, id);
                df.push(0);
            }
            df[id]++;
        }
    }
    if (firstSeen.size === 0)
        throw new EmptyVocabulary('empty vocabulary; perhaps the documents only contain stop words');
    const maxDocCount = maxDf * texts.length;
    const kept = [...firstSeen.keys()].filter((term) => df[firstSeen.get(term)] <= maxDocCount).sort(compareCodePoints);
    if (kept.length === 0)
        throw new EmptyVocabulary('After pruning, no terms remain. Try a lower min_df or a higher max_df.');
    const index = new Map(kept.map((term, i) => [term, i]));
    const n = texts.length;
    // np.log(n_samples / df) + 1 with the smoothing's extra document.
    const idf = Float64Array.from(kept, (term) => logCorrectlyRounded((n + 1) / (df[firstSeen.get(term)] + 1)) + 1);
    const model = { vocabulary: kept, idf };
    const rows = analyzed.map((tokens) => weigh(model, countTerms(tokens, index), (a, b) => firstSeen.get(kept[b]) - firstSeen.get(kept[a])));
    return { model, rows };
}
/** Rows of texts the model was not fitted on (the test half): entries by descending vocabulary index. */
function transformTfidf(model, texts) {
    const index = new Map(model.vocabulary.map((term, i) => [term, i]));
    return texts.map((t) => weigh(model, countTerms(analyzeText(t), index), (a, b) => b - a));
}
function countTerms(tokens, index) {
    const counts = new Map();
    for (const token of tokens) {
        const i = index.get(token);
        if (i !== undefined)
            counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    return counts;
}
/** 1 + ln(tf), times idf, then divided by the row's Euclidean norm (summed in the row's order, as normalize sums). */
function weigh(model, counts, order) {
    const indices = Int32Array.from([...counts.keys()].sort(order));
    const values = Float64Array.from(indices, (i) => (logCorrectlyRounded(counts.get(i)) + 1) * model.idf[i]);
    let sum = 0;
    for (let k = 0; k < values.length; k++)
        sum += values[k] * values[k];
    if (sum !== 0) {
        const norm = Math.sqrt(sum);
        for (let k = 0; k < values.length; k++)
            values[k] = values[k] / norm;
    }
    return { indices, values };
}

;// CONCATENATED MODULE: ./src/drift/text-content.ts
/**
 * Text-content drift, Evidently's two tests for text columns (evidently/legacy/calculations/stattests/
 * text_content_drift.py and text_content_drift_abs.py over legacy/utils/data_drift_utils.py
 * `calculate_text_drift_score`): a domain classifier learns to tell reference texts (0) from current ones (1) on
 * half of them (train_test_split, test_size 0.5, random_state 42) and is scored by ROC AUC on the other half.
 * `abs_text_content_drift` calls drift when the AUC exceeds its threshold (default 0.55); `perc_text_content_drift`
 * when it exceeds the (threshold)-quantile of the AUCs of 1000 random classifiers on the same test labels
 * (default 0.95). The AUC is the score either way; pure functions over the texts.
 */



const TEXT_METHODS = ['abs_text_content_drift', 'perc_text_content_drift'];
/** sklearn's ShuffleSplit as train_test_split(test_size=0.5, random_state=seed) calls it: test first, ceil(n/2) of them. */
function splitHalves(n, seed = 42) {
    const permutation = Array.from(new numpy_random/* LegacyRandomState */.W(seed).permutation(n));
    const nTest = Math.ceil(0.5 * n);
    return { test: permutation.slice(0, nTest), train: permutation.slice(nTest) };
}
/**
 * sklearn.metrics.roc_auc_score for binary labels, step for step (roc_curve with drop_intermediate, then
 * np.trapz summed pairwise as numpy sums) so that the value is the same to the last bit, ties included.
 */
function rocAuc(labels, scores) {
    const n = labels.length;
    // argsort(kind="mergesort")[::-1]: stable ascending, reversed (so equal scores come in reverse input order).
    const ascending = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b] || a - b);
    const order = ascending.reverse();
    const tps = [];
    const fps = [];
    let positives = 0;
    for (let k = 0; k < n; k++) {
        positives += labels[order[k]];
        if (k === n - 1 || scores[order[k + 1]] !== scores[order[k]]) {
            tps.push(positives);
            fps.push(k + 1 - positives);
        }
    }
    if (positives === 0 || positives === n)
        throw new RangeError('Only one class present in y_true. ROC AUC score is not defined in that case.');
    let keepT = tps;
    let keepF = fps;
    if (tps.length > 2) {
        keepT = [];
        keepF = [];
        for (let i = 0; i < tps.length; i++) {
            const inner = i > 0 && i < tps.length - 1;
            if (!inner || fps[i - 1] - 2 * fps[i] + fps[i + 1] !== 0 || tps[i - 1] - 2 * tps[i] + tps[i + 1] !== 0) {
                keepT.push(tps[i]);
                keepF.push(fps[i]);
            }
        }
    }
    const tpr = [0, ...keepT].map((v) => v / keepT[keepT.length - 1]);
    const fpr = [0, ...keepF].map((v) => v / keepF[keepF.length - 1]);
    const terms = new Float64Array(tpr.length - 1);
    for (let i = 0; i < terms.length; i++)
        terms[i] = ((fpr[i + 1] - fpr[i]) * (tpr[i + 1] + tpr[i])) / 2.0;
    return pairwiseSum(terms, 0, terms.length);
}
/** numpy's pairwise summation (umath loops: blocks of 128, eight accumulators), which np.sum uses for float64. */
function pairwiseSum(a, start, n) {
    if (n < 8) {
        let res = 0;
        for (let i = 0; i < n; i++)
            res += a[start + i];
        return res;
    }
    if (n <= 128) {
        const r = Array.from({ length: 8 }, (_, j) => a[start + j]);
        let i = 8;
        for (; i < n - (n % 8); i += 8)
            for (let j = 0; j < 8; j++)
                r[j] = r[j] + a[start + i + j];
        let res = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
        for (; i < n; i++)
            res += a[start + i];
        return res;
    }
    let n2 = Math.floor(n / 2);
    n2 -= n2 % 8;
    return pairwiseSum(a, start, n2) + pairwiseSum(a, start + n2, n - n2);
}
/** np.percentile(values, q) with the default linear method (numpy 1.24's _quantile and _lerp). */
function percentileLinear(values, q) {
    const sorted = Float64Array.from(values).sort();
    const n = sorted.length;
    const virtual = (n - 1) * (q / 100);
    const previous = Math.floor(virtual);
    const below = sorted[Math.min(Math.max(previous, 0), n - 1)];
    const above = sorted[Math.min(Math.max(previous + 1, 0), n - 1)];
    const gamma = virtual - previous;
    const diff = above - below;
    return gamma >= 0.5 ? above - diff * (1 - gamma) : below + diff * gamma;
}
/** Evidently's roc_auc_random_classifier_percentile: 1000 random scorings seeded from seed 42, their quantile. */
function randomClassifierQuantile(labels, pValue, iterations = 1000, seed = 42) {
    const seeds = new numpy_random/* LegacyRandomState */.W(seed);
    const aucs = [];
    const draws = Array.from({ length: iterations }, () => seeds.randint(0, iterations * 10));
    for (const s of draws) {
        const random = new numpy_random/* LegacyRandomState */.W(s);
        aucs.push(rocAuc(labels, labels.map(() => random.rand())));
    }
    return percentileLinear(aucs, 100 * (1 - pValue));
}
/** Why a text column cannot be tested (too few texts, no words left): the caller names the column. */
class TextDriftRefused extends Error {
}
/** calculate_text_drift_score: reference texts then current texts, split, classified, scored. */
function textContentDrift(reference, current, method, threshold) {
    const texts = [...reference, ...current];
    const labels = [...reference.map(() => 0), ...current.map(() => 1)];
    const { train, test } = splitHalves(texts.length);
    const testLabels = test.map((i) => labels[i]);
    const trainLabels = train.map((i) => labels[i]);
    if (!testLabels.includes(0) || !testLabels.includes(1)) {
        throw new TextDriftRefused('the test half of the texts holds only one side (reference or current), so no ROC AUC can be computed; give both sides more texts');
    }
    if (!trainLabels.includes(0) || !trainLabels.includes(1)) {
        throw new TextDriftRefused('the training half of the texts holds only one side (reference or current), so no classifier can be trained; give both sides more texts');
    }
    let fitted;
    try {
        fitted = fitTfidf(train.map((i) => texts[i]));
    }
    catch (error) {
        if (error instanceof EmptyVocabulary) {
            throw new TextDriftRefused(`no word is left to compare after tokenizing (${error.message}); this column may not be text`);
        }
        throw error;
    }
    const model = fitModifiedHuberL1(fitted.rows, trainLabels.map((l) => l === 1), fitted.model.vocabulary.length, EVIDENTLY_SGD);
    const testRows = transformTfidf(fitted.model, test.map((i) => texts[i]));
    const score = rocAuc(testLabels, testRows.map((row) => modifiedHuberProbability(model, row)));
    const sizes = { train_size: train.length, test_size: test.length, vocabulary_size: fitted.model.vocabulary.length };
    if (method === 'abs_text_content_drift')
        return { method, score, drifted: score > threshold, ...sizes };
    const quantile = randomClassifierQuantile(testLabels, 1 - threshold);
    return { method, score, drifted: score > quantile, random_auc_quantile: quantile, ...sizes };
}
/** A text column's result as a sentence for reports: what the score is and what it had to exceed. */
function describeTextScore(column) {
    const quantile = column.domain_classifier?.random_auc_quantile;
    if (column.method === 'perc_text_content_drift' && quantile !== undefined) {
        return `${column.column}: the score is the domain classifier's ROC AUC; it drifts above ${quantile.toPrecision(4)}, the random classifiers' ${column.threshold} quantile`;
    }
    if (column.method === 'abs_text_content_drift')
        return `${column.column}: the score is the domain classifier's ROC AUC; it drifts above ${column.threshold}`;
    return undefined;
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


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ logGamma),
/* harmony export */   h: () => (/* binding */ betainc)
/* harmony export */ });
/**
 * Special functions more than one part of dhow needs, written once: log-gamma and the regularized incomplete
 * beta function I_x(a, b) (scipy.special.betainc), which drift's Student t-test and the rollout's Welch test
 * both reduce to. Pure numbers, no imports: every layer may use them.
 */
const LANCZOS_G = 7;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
    9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** log |Γ(x)| for x > 0 (Lanczos, about 15 significant digits). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + LANCZOS_G + 0.5;
    for (let i = 1; i < LANCZOS_G + 2; i++)
        a += LANCZOS[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
const EPS = 1e-16;
const TINY = 1e-300;
/** The continued fraction of I_x(a, b) (modified Lentz), convergent for x < (a + 1) / (a + b + 2). */
function betaContinuedFraction(a, b, x) {
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m < 100000; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return h;
}
/**
 * The regularized incomplete beta function I_x(a, b) (scipy.special.betainc): 0 at x = 0, 1 at x = 1, NaN for x
 * outside [0, 1] (as scipy) and, inside it, for a or b not above 0 (the Student-t callers never pass those).
 */
function betainc(a, b, x) {
    if (Number.isNaN(x) || x < 0 || x > 1)
        return NaN;
    if (x === 0)
        return 0;
    if (x === 1)
        return 1;
    if (!(a > 0 && b > 0))
        return NaN;
    const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - (logGamma(a) + logGamma(b) - logGamma(a + b)));
    // The fraction converges fast on this side of the mean; the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) covers the other.
    if (x < (a + 1) / (a + b + 2))
        return (front * betaContinuedFraction(a, b, x)) / a;
    return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}


/***/ }),

/***/ 1815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ assertName),
/* harmony export */   Ru: () => (/* binding */ EnvironmentName),
/* harmony export */   bt: () => (/* binding */ ModelName),
/* harmony export */   gj: () => (/* binding */ VersionName),
/* harmony export */   uV: () => (/* binding */ isValidName)
/* harmony export */ });
/* unused harmony exports NAME_PATTERN, ENVIRONMENT_PATTERN, MAX_NAME_LENGTH, kubernetesName, kubernetesNameClashes, kubernetesNameTakenBy */
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
