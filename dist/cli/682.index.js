export const id = 682;
export const ids = [682];
export const modules = {

/***/ 6611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   JI: () => (/* binding */ WHERE_OPTIONS),
/* harmony export */   Me: () => (/* binding */ openRegistry),
/* harmony export */   Pz: () => (/* binding */ refuseRepository),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   _T: () => (/* binding */ helpRequested),
/* harmony export */   eN: () => (/* binding */ actor),
/* harmony export */   tB: () => (/* binding */ now),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   ys: () => (/* binding */ openForge)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _forge_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6225);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9843);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5217);
/**
 * What the registry commands share: opening the local registry named by --registry / $DHOW_REGISTRY /
 * the working directory, who is acting (--as, $DHOW_ACTOR, git config user.name, $USER) and the clock
 * ($DHOW_NOW, for reproducible demos and tests, else now).
 */






function now(ctx) {
    const fixed = ctx.env.DHOW_NOW;
    if (fixed) {
        if (!_registry_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .Timestamp */ .Dc.safeParse(fixed).success)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `$DHOW_NOW must be an ISO 8601 time with an offset, e.g. 2026-11-22T08:00:00Z (got "${fixed}")`);
        return fixed;
    }
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function actor(ctx, as) {
    const name = as ?? ctx.env.DHOW_ACTOR ?? gitUserName(ctx) ?? ctx.env.USER ?? ctx.env.USERNAME;
    if (!name || !name.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'who is acting? pass --as NAME (or set $DHOW_ACTOR or git config user.name)');
    if (name.length > 200 || /[\n\r\0]/.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', '--as must be one line of at most 200 characters', { field: '--as' });
    return name.trim();
}
function gitUserName(ctx) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['config', '--get', 'user.name'], { cwd: ctx.cwd, env: ctx.env, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || undefined;
    }
    catch {
        return undefined;
    }
}
async function openRegistry(ctx, flag, as) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .registryDir */ .zr)(flag, ctx));
    // Commits are authored by the acting person; without --as the forge asks git config when it first commits.
    const name = as ?? ctx.env.DHOW_ACTOR;
    return (0,_forge_local_js__WEBPACK_IMPORTED_MODULE_3__.openLocalForge)(dir, { logger: ctx.logger, ...(name ? { identity: { name } } : {}), now: () => now(ctx) });
}
/** The options of a command that reads or writes the registry either locally (--registry) or on GitHub (--repository). */
const WHERE_OPTIONS = {
    registry: { type: 'string' },
    repository: { type: 'string' },
    'api-url': { type: 'string' },
};
/**
 * The registry a command works on: the repository on GitHub named by --repository (the token from
 * $GITHUB_TOKEN, the API root from --api-url, then $GITHUB_API_URL, then GitHub's), set up as the
 * actions set it up (connectRegistry); otherwise the local one (openRegistry).
 */
async function openForge(ctx, command, where, as) {
    if (where.repository === undefined) {
        if (where['api-url'] !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --api-url goes with --repository OWNER/NAME (a registry on GitHub)`);
        return openRegistry(ctx, where.registry, as);
    }
    if (where.registry !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --registry DIR (a local registry) and --repository OWNER/NAME (one on GitHub) exclude each other: pass one`);
    }
    const token = ctx.env.GITHUB_TOKEN;
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --repository needs a GitHub token in $GITHUB_TOKEN (one that can read ${where.repository}, and write to it for commands that change it)`);
    }
    const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(257), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 7441));
    return connectRegistry({
        token,
        registry: where.repository,
        ...(where['api-url'] !== undefined ? { apiUrl: where['api-url'] } : {}),
        logger: ctx.logger,
        env: ctx.env,
        names: { registry: '--repository', apiUrl: '--api-url (or $GITHUB_API_URL)' },
    });
}
/**
 * Commands that only make sense on a local registry refuse --repository (before their options are parsed,
 * so the refusal says what to do instead rather than "unknown option").
 */
function refuseRepository(command, args, instead) {
    if (args.some((a) => a === '--repository' || a.startsWith('--repository=') || a === '--api-url' || a.startsWith('--api-url='))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: works on a local registry only (--registry DIR), not with --repository: ${instead}`);
    }
}
/** A plain-text table: a header row and aligned columns, two spaces apart. */
function table(headers, rows) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
    return [line(headers), ...rows.map(line)].join('\n') + '\n';
}
const shortDigest = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
const shortSha = (sha) => sha.slice(0, 8);
/** `--help`/`-h` anywhere: print the command's usage and succeed. */
function helpRequested(args, ctx, usage) {
    if (!args.includes('--help') && !args.includes('-h'))
        return false;
    ctx.stdout.write(`${usage.trim()}\n\n--registry defaults to $DHOW_REGISTRY, then the current directory. --repository OWNER/NAME works on a registry on GitHub instead (token from $GITHUB_TOKEN; --api-url or $GITHUB_API_URL for GitHub Enterprise Server) where the usage shows it. Exit codes: 0 done, 1 refused or failed, 2 usage error.\n`);
    return true;
}


/***/ }),

/***/ 860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ describeProblem),
/* harmony export */   N0: () => (/* binding */ parseRegistryFile),
/* harmony export */   cF: () => (/* binding */ serializeRegistryFile),
/* harmony export */   w6: () => (/* binding */ checkRegistryFile),
/* harmony export */   ze: () => (/* binding */ validateRegistryObject)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9843);
/**
 * Reading and writing registry files: YAML in, zod-validated objects out, and back to YAML with
 * deterministic bytes (keys in schema order, records sorted, no line folding), so the same object always
 * produces the same file and a re-registration of identical content is a byte-for-byte no-op.
 */



function describeProblem(p) {
    const where = [p.line ? `${p.file}:${p.line}` : p.file, p.field && `field "${p.field}"`].filter(Boolean).join(', ');
    return `${where}: ${p.message}`;
}
/**
 * Every problem of a file's text against the schema of `kind` (empty when valid), with the value when valid.
 * Unlike parseRegistryFile it never throws: `dhow validate` lists every problem.
 */
function checkRegistryFile(kind, path, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        return {
            value: null,
            problems: doc.errors.map((e) => ({
                file: path,
                line: e.linePos?.[0]?.line,
                message: `malformed YAML: ${e.message.split('\n')[0]}`,
            })),
        };
    }
    const data = doc.toJS();
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return { value: null, problems: [{ file: path, message: `expected a mapping with apiVersion and kind "${kind}"` }] };
    }
    const declared = data.kind;
    if (declared !== kind) {
        return {
            value: null,
            problems: [{ file: path, field: 'kind', line: lineOf(doc, lineCounter, ['kind']), message: `expected "${kind}", found ${JSON.stringify(declared ?? null)}` }],
        };
    }
    const schema = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt[kind];
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
 * Parses a registry file of `kind`. Throws DhowError('invalid-input') naming the file, the field path
 * (e.g. `artifact.digest`) and the line; every further problem is listed in `reasons`.
 */
function parseRegistryFile(kind, path, text) {
    const checked = checkRegistryFile(kind, path, text);
    if (checked.value !== null)
        return checked.value;
    const [first, ...rest] = checked.problems;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', first.message, {
        file: path,
        field: first.field,
        line: first.line,
        reasons: rest.map(describeProblem),
    });
}
/** Validates an object about to be written; the same DhowError as parseRegistryFile, without lines. */
function validateRegistryObject(kind, path, value) {
    const schema = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt[kind];
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const [first, ...rest] = result.error.issues;
    const field = (i) => i.path.map(String).join('.') || undefined;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', first.message, {
        file: path,
        field: field(first),
        reasons: rest.map((i) => describeProblem({ file: path, field: field(i), message: i.message })),
    });
}
/**
 * Deterministic YAML for a registry object: validated against the schema of its `kind` (nothing invalid
 * is ever written), keys in schema order, record keys sorted, no folded lines.
 */
function serializeRegistryFile(obj) {
    const kind = obj.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt, kind)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `cannot serialize an object of kind ${JSON.stringify(kind ?? null)}`, { field: 'kind' });
    }
    const schema = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt[kind];
    const parsed = validateRegistryObject(kind, `<${kind}>`, obj);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(canonical(schema, parsed), { lineWidth: 0, minContentWidth: 0, indentSeq: true, sortMapEntries: false });
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
        if (node && range && (n === 0 || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) || typeof node === 'object')) {
            return counter.linePos(range[0]).line;
        }
    }
    return undefined;
}


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ promotionBranch),
/* harmony export */   LH: () => (/* binding */ modelPath),
/* harmony export */   NZ: () => (/* binding */ versionsDir),
/* harmony export */   RU: () => (/* binding */ deployDir),
/* harmony export */   Z9: () => (/* binding */ revertBranch),
/* harmony export */   bD: () => (/* binding */ releasePath),
/* harmony export */   jl: () => (/* binding */ TRAILERS),
/* harmony export */   m5: () => (/* binding */ releasesDir),
/* harmony export */   qW: () => (/* binding */ versionPath),
/* harmony export */   tF: () => (/* binding */ CONFIG_PATH)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1815);
/** Where each file lives in a registry. Every segment is validated before it becomes a path. */

const CONFIG_PATH = 'dhow.yaml';
const modelPath = (model) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('model', model)}/model.yaml`;
const versionsDir = (model) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('model', model)}/versions`;
const versionPath = (model, version) => `${versionsDir(model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('version', version)}.yaml`;
const releasesDir = (environment) => `releases/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('environment', environment)}`;
const releasePath = (environment, model) => `${releasesDir(environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('model', model)}.yaml`;
const deployDir = (environment, model) => `deploy/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('environment', environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('model', model)}`;
/** Deterministic branch names, one per purpose. */
const promotionBranch = (environment, model) => `dhow/promote/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('environment', environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('model', model)}`;
const revertBranch = (environment, model, version) => `dhow/revert/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('environment', environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('model', model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('version', version)}`;
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

/***/ 9843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ Timestamp),
/* harmony export */   Jm: () => (/* binding */ ResidencyPolicy),
/* harmony export */   Rt: () => (/* binding */ FILE_KINDS),
/* harmony export */   Tp: () => (/* binding */ Region),
/* harmony export */   bI: () => (/* binding */ defaultRegistryConfig),
/* harmony export */   iJ: () => (/* binding */ VersionRecord),
/* harmony export */   mG: () => (/* binding */ API_VERSION),
/* harmony export */   np: () => (/* binding */ Digest),
/* harmony export */   qS: () => (/* binding */ GpuRequirement)
/* harmony export */ });
/* unused harmony exports Reviewers, EnvironmentPolicy, ResidencyLocation, RevertPolicy, DeployPolicy, RegistryConfig, ModelFile, Artifact, GateSummaryRow, Hold, ReleaseFile */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1815);
/**
 * The registry format, v1: one zod schema per file kind. Every file carries `apiVersion: dhow.dev/v1`
 * and `kind`; keys are kebab-case. These schemas are the source of the JSON Schemas in policies/schemas/.
 */


const API_VERSION = 'dhow.dev/v1';
const header = (kind) => ({
    apiVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(API_VERSION),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(kind),
});
/** `sha256:<64 hex>`: the only digest form dhow writes or accepts. */
const Digest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lower-case hex digits');
const Timestamp = zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true });
/** A region identifier as the cloud or cluster names it (e.g. me-central-1, qatarcentral, uaenorth). */
const Region = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case region identifier');
const Person = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(200);
// ---------------------------------------------------------------------------------------------
// dhow.yaml
const Reviewers = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    users: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
    teams: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be "org/team-slug"')).default([]),
})
    .strict();
const EnvironmentPolicy = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentName */ .Ru,
    /** Distinct approving reviewers needed, not counting the author or the bot. */
    approvals: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(20),
    reviewers: Reviewers.default({ users: [], teams: [] }),
    /** Enable auto-merge on promotion pull requests once the policy is satisfied (github forge). */
    'auto-merge': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false),
    /** Gate policy for this environment: a path in the registry, overriding the registry-wide one. */
    'gate-policy': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    /** Kubernetes namespace the deploy manifests target. */
    namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/).optional(),
})
    .strict();
const ResidencyLocation = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** A URI prefix (s3://bucket/, gs://bucket/, https://account.blob.core.windows.net/) or a cluster name. */
    prefix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    region: Region,
})
    .strict();
const ResidencyPolicy = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    'allowed-regions': zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(Region).min(1),
    locations: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ResidencyLocation).default([]),
    clusters: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), Region).default({}),
})
    .strict();
const RevertPolicy = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['direct', 'pull-request']).default('pull-request'),
    'event-type': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]{1,100}$/).default('dhow-drift-alert'),
})
    .strict();
const DeployPolicy = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    runtime: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['kserve']).default('kserve'),
    namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/).default('models'),
})
    .strict();
const RegistryConfig = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...header('Registry'),
    /** Environments in promotion order: a version reaches environment i only after it ran in i-1. */
    environments: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(EnvironmentPolicy).min(1),
    /** Registry-wide gate policy (a path in the registry); per-model overrides below. */
    'gate-policy': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    models: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt, zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ 'gate-policy': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional() }).strict())
        .default({}),
    residency: ResidencyPolicy.optional(),
    revert: RevertPolicy.default({ mode: 'pull-request', 'event-type': 'dhow-drift-alert' }),
    deploy: DeployPolicy.default({ runtime: 'kserve', namespace: 'models' }),
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
});
// ---------------------------------------------------------------------------------------------
// models/<model>/model.yaml
const ModelFile = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...header('Model'),
    name: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt,
    owners: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(Person).default([]),
    task: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(100).optional(),
    language: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(2).max(35)).default([]),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(10_000).optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// models/<model>/versions/<version>.yaml
const Artifact = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    uri: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    digest: Digest,
    size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(100).optional(),
})
    .strict();
const GpuRequirement = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(64).default(1),
    product: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    /** A MIG profile such as 1g.10gb; mutually exclusive with whole GPUs of count > 1. */
    'mig-profile': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+g\.\d+gb$/).optional(),
})
    .strict();
const GateSummaryRow = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    gate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    metric: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'inconclusive']),
    value: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().optional(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().optional(),
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().optional(),
})
    .strict();
const VersionRecord = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...header('ModelVersion'),
    model: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt,
    version: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj,
    artifact: Artifact,
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{7,64}$/).optional(),
        'run-url': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().url().optional(),
        'run-attempt': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
    })
        .strict()
        .default({}),
    data: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        uri: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        digest: Digest.optional(),
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    training: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['runner', 'kubernetes', 'external']).default('external'),
        cluster: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        region: Region.optional(),
        gpu: GpuRequirement.optional(),
        'peak-gpu-memory-mib': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional(),
        'duration-seconds': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional(),
    })
        .strict()
        .default({ mode: 'external' }),
    parameters: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()])).default({}),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).default({}),
    gates: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'inconclusive']),
        'policy-digest': Digest,
        'report-digest': Digest.optional(),
        summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(GateSummaryRow).default([]),
    })
        .strict()
        .optional(),
    serving: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        gpu: GpuRequirement.optional(),
        /** Kubernetes quantity, e.g. 8Gi. */
        memory: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/).optional(),
        'latency-slo-ms': zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['p50', 'p90', 'p95', 'p99']), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive()).optional(),
        'model-format': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        runtime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    /** Where the version's training data is held (data residency). */
    region: Region.optional(),
    'created-by': Person,
    'created-at': Timestamp,
})
    .strict();
// ---------------------------------------------------------------------------------------------
// releases/<environment>/<model>.yaml
const Hold = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    version: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj,
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(2000),
    by: Person,
    at: Timestamp,
    /** The alert fingerprint, when a drift revert placed the hold. */
    alert: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(200).optional(),
})
    .strict();
const ReleaseFile = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...header('Release'),
    model: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt,
    environment: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentName */ .Ru,
    version: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj,
    digest: Digest,
    /** The version that ran here before this one. */
    previous: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj.optional(),
    /** The version a revert goes back to. */
    'last-known-good': _names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj.optional(),
    /** Versions that may not be promoted to this environment until a person lifts the hold. */
    holds: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(Hold).default([]),
    /** When this release was a revert or rollback: the version it replaced. */
    'revert-of': _names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj.optional(),
    request: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().url().optional() })
        .strict()
        .optional(),
    'promoted-by': Person,
    'promoted-at': Timestamp,
})
    .strict();
/** Every file kind the registry holds, by `kind`. */
const FILE_KINDS = {
    Registry: RegistryConfig,
    Model: ModelFile,
    ModelVersion: VersionRecord,
    Release: ReleaseFile,
};
/** The default dhow.yaml `dhow init` writes: dev -> staging -> production with 0, 1, 2 approvals. */
function defaultRegistryConfig() {
    return RegistryConfig.parse({
        apiVersion: API_VERSION,
        kind: 'Registry',
        environments: [
            { name: 'dev', approvals: 0 },
            { name: 'staging', approvals: 1 },
            { name: 'production', approvals: 2 },
        ],
    });
}


/***/ })

};
