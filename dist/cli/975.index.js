export const id = 975;
export const ids = [975];
export const modules = {

/***/ 90975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ parameterEnvName),
/* harmony export */   On: () => (/* binding */ overlaySpecMapping),
/* harmony export */   Ug: () => (/* binding */ parseTrainingJobSpec),
/* harmony export */   _A: () => (/* binding */ parseParameters),
/* harmony export */   bg: () => (/* binding */ issueMessage),
/* harmony export */   gY: () => (/* binding */ readTrainingSpecFile),
/* harmony export */   parseDurationSeconds: () => (/* binding */ parseDurationSeconds),
/* harmony export */   xg: () => (/* binding */ parsePairs)
/* harmony export */ });
/* unused harmony exports Duration, TrainingGpu, TrainingPolicy, TrainingData, TrainingJobSpec */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9843);
/**
 * The training job spec both modes share (runner and Kubernetes): what to run, on what GPU, for how
 * long, with which environment, and the policy's requirements. Keys are kebab-case, like the registry's
 * files; the action and the CLI build one of these from their inputs, and each mode reads what it needs.
 */





const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 };
/**
 * "90s", "30m", "1h30m", "2h", "1d" or a bare number of seconds -> seconds. Returns null for anything
 * else, so callers can name the field.
 */
function parseDurationSeconds(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text > 0 ? text : null;
    const value = text.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Number(value) > 0 ? Number(value) : null;
    if (!/^(\d+(\.\d+)?[smhd])+$/.test(value))
        return null;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) {
        total += Number(amount) * UNIT_SECONDS[unit];
    }
    return total > 0 ? total : null;
}
/** A duration as a string ("30m") or seconds, parsed to seconds. */
const Duration = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()]).transform((value, ctx) => {
    const seconds = parseDurationSeconds(value);
    if (seconds === null) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a duration (e.g. 90s, 30m, 1h30m, or seconds)` });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return seconds;
});
/** Environment variable names as POSIX shells accept them. */
const EnvName = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a valid environment variable name');
const TrainingGpu = _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .GpuRequirement */ .qS.extend({
    count: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(0).max(64).default(0),
    /** Time-sliced (shared) GPU: the device plugin's `nvidia.com/gpu.shared` resource on Kubernetes. */
    shared: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
})
    .strict()
    .superRefine((gpu, ctx) => {
    if (gpu['mig-profile'] && gpu.count > 1) {
        ctx.addIssue({ code: 'custom', path: ['mig-profile'], message: 'a MIG profile takes one MIG device: count must be 0 or 1' });
    }
    if (gpu['mig-profile'] && gpu.shared) {
        ctx.addIssue({ code: 'custom', path: ['shared'], message: 'a MIG device and a time-sliced GPU are exclusive' });
    }
});
/** What the policy demands of a training job (dhow.yaml or the gate policy can set these). */
const TrainingPolicy = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** Refuse to start without a GPU (runner mode: nvidia-smi must list one). */
    'require-gpu': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
    /** Kubernetes mode: the image must be pinned as name@sha256:... */
    'require-image-digest': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
    /** Regions the job may run in (data residency); empty = anywhere. */
    'allowed-regions': zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).default([]),
    /** Kubernetes mode: tolerate spot/preemptible nodes. */
    'allow-spot': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
})
    .strict();
const TrainingData = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** Where the training data is, e.g. s3://bucket/datasets/adi/2026-11/ (the residency gate checks it). */
    uri: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(2000).optional(),
    digest: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Digest */ .np.optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(200).optional(),
    /** The region that holds the data, when the URI alone does not say (the record's top-level `region`). */
    region: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Region */ .Tp.optional(),
})
    .strict();
const TrainingJobSpec = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** A shell command line (run with `sh -c` on a runner) or an argv list. */
    command: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).min(1)], {
        error: (issue) => `${issue.input === undefined ? 'is missing: give ' : 'must be '}a command line (a string, quoted in YAML when it looks like a number or true/false) or a list of arguments`,
    }),
    /** Container image; required in Kubernetes mode, ignored on a runner. */
    image: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional(),
    gpu: TrainingGpu.default({ count: 0, shared: false }),
    /** Wall-clock limit; the job is stopped when it passes. Default 6h, like a GitHub-hosted job. */
    timeout: Duration.default(6 * 3600),
    env: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(EnvName, zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).default({}),
    /** Hyper-parameters, recorded in the version record and passed as DHOW_PARAM_<NAME>. */
    parameters: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()])).default({}),
    policy: TrainingPolicy.default({ 'require-gpu': false, 'require-image-digest': false, 'allowed-regions': [], 'allow-spot': false }),
    /**
     * The training data's lineage, recorded in the version record (`data`, and `region` where the data is
     * held): without it the residency gate cannot prove where the data lives.
     */
    data: TrainingData.default({}),
    /**
     * Runner mode: the region this runner is in, recorded as `training.region` (Kubernetes mode reads it from
     * the node's topology.kubernetes.io/region label instead).
     */
    region: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Region */ .Tp.optional(),
})
    .strict();
/** Parses a spec, turning the first zod issue into a DhowError that names the field (and file). */
function parseTrainingJobSpec(raw, where = {}) {
    const result = TrainingJobSpec.safeParse(raw);
    if (result.success)
        return result.data;
    // A misspelt key is named before what its absence caused ("comand:" also leaves "command" missing).
    const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0];
    if (issue.code === 'unrecognized_keys') {
        const parent = issue.path.map(String).join('.');
        const known = Object.keys(SPEC_KEYS[parent] ?? {});
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `unknown key${known.length ? `; the keys are ${known.join(', ')}` : ''}`, {
            file: where.file,
            field: [parent, issue.keys[0]].filter(Boolean).join('.'),
        });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', issueMessage(issue), { file: where.file, field: issue.path.map(String).join('.') || undefined });
}
/** zod reports a bad record key as "Invalid key in record"; the key's own issue says what is wrong with it. */
function issueMessage(issue) {
    if (issue.code === 'invalid_key' && issue.issues[0])
        return issue.issues[0].message;
    return issue.message;
}
/** The keys a spec may hold, by the path of the mapping that holds them. */
const SPEC_KEYS = {
    '': TrainingJobSpec.shape,
    gpu: TrainingGpu.shape,
    policy: TrainingPolicy.shape,
};
/** "K=V" pairs (from --env or an action input) -> strings, as written. */
function parsePairs(pairs, field) {
    const result = {};
    for (const pair of pairs) {
        const at = pair.indexOf('=');
        if (at <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `"${pair}" is not NAME=VALUE`, { field });
        result[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
    }
    return result;
}
/** "K=V" pairs (from --param or an action input) -> parameters; numbers and booleans are typed. */
function parseParameters(pairs, field = 'param') {
    const parameters = {};
    for (const [name, value] of Object.entries(parsePairs(pairs, field))) {
        parameters[name] = value === 'true' ? true : value === 'false' ? false : /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(value) ? Number(value) : value;
    }
    return parameters;
}
/** The environment name a parameter is passed under: learning-rate -> DHOW_PARAM_LEARNING_RATE. */
function parameterEnvName(name) {
    return `DHOW_PARAM_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
/** One mapping of a spec (gpu, policy, parameters, env) with the entries of flags or inputs laid over it. */
function overlaySpecMapping(spec, key, entries = {}) {
    return { ...(spec[key] ?? {}), ...entries };
}
/**
 * A training spec file as the mapping the action's inputs or the CLI's flags are laid over; errors name the
 * file (and `field`, the input or flag that named it, when it does not exist) and the line of bad YAML.
 */
async function readTrainingSpecFile(path, field) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'is a directory: give the training spec file (YAML)', { file: path });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('not-found', 'the training spec file does not exist', { file: path, field });
    }
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        const linePos = error.linePos;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `is not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlSyntaxMessage */ .iC)(error)}${linePos ? ` (column ${linePos[0].col})` : ''}`, {
            file: path,
            ...(linePos ? { line: linePos[0].line } : {}),
        });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'must be a mapping', { file: path });
    return value;
}


/***/ })

};
