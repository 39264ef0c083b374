export const id = 7547;
export const ids = [7547];
export const modules = {

/***/ 3732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_gate_evidence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5004);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(143);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5482);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6931);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6611);
/**
 * dhow versions --model M [--json]: a model's versions, newest first, with their key metrics, the gate
 * verdict of each environment (the evidence the policy engine judges: gates/<env>/<model>/<version>.yaml,
 * else the record's own gates in older registries), and where each runs now (or is held). Reads the version
 * records, their gate evidence and the model's release files only.
 */






const USAGE = 'usage: dhow versions (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M [--json]\n' +
    '  --json prints {"model", "versions": [{"version", "digest", "createdAt", "createdBy", "metrics", "gates", "runsIn", "heldIn"}]},\n' +
    '  gates: {ENV: {"verdict", "source": "evidence"|"record", "attempts"}} for each environment with gate results.';
/** How many metrics the table shows per version; --json has them all. */
const TABLE_METRICS = 4;
async function run(args, ctx) {
    if ((0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .helpRequested */ ._T)(args, ctx, USAGE))
        return 0;
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)('versions', args, { ..._registry_js__WEBPACK_IMPORTED_MODULE_5__/* .WHERE_OPTIONS */ .JI, model: { type: 'string' }, json: { type: 'boolean' } });
    const model = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .requireName */ .rI)('versions', 'model', 'model', values.model);
    const forge = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .openForge */ .ys)(ctx, 'versions', values);
    const reader = await _registry_store_js__WEBPACK_IMPORTED_MODULE_3__.RegistryReader.open(forge);
    const [config, modelFile, names] = await Promise.all([reader.config(), reader.model(model), reader.listVersions(model)]);
    if (!modelFile)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `dhow versions: unknown model "${model}": ${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .modelPath */ .LH)(model)} does not exist (register a version first: dhow register)`, {
            field: '--model',
        });
    const environments = config.environments.map((e) => e.name);
    const [records, releases, evidence] = await Promise.all([
        reader.readMany('ModelVersion', names.map((v) => (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPath */ .qW)(model, v))),
        reader.readMany('Release', environments.map((env) => (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .releasePath */ .bD)(env, model))),
        // Every (version, environment) evidence file in one batch: one read however many versions there are.
        reader.readMany('GateEvidence', names.flatMap((v) => environments.map((env) => (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .gateEvidencePath */ .wr)(env, model, v)))),
    ]);
    const evidenceOf = (version) => {
        const i = names.indexOf(version);
        const out = {};
        environments.forEach((env, j) => {
            const file = evidence[i * environments.length + j];
            if (file)
                out[env] = file;
        });
        return out;
    };
    const versions = records
        .filter((r) => r !== null)
        .sort((a, b) => b['created-at'].localeCompare(a['created-at']) || b.version.localeCompare(a.version))
        .map((r) => ({
        version: r.version,
        digest: r.artifact.digest,
        createdAt: r['created-at'],
        createdBy: r['created-by'],
        metrics: r.metrics,
        gates: Object.fromEntries((0,_registry_gate_evidence_js__WEBPACK_IMPORTED_MODULE_1__/* .gateResultsByEnvironment */ .k_)(environments, evidenceOf(r.version), r).map((g) => [
            g.environment,
            { verdict: g.results.verdict, source: g.source, attempts: g.attempts.length },
        ])),
        runsIn: releases.filter((rel) => rel?.version === r.version).map((rel) => rel.environment),
        heldIn: releases.filter((rel) => rel?.holds.some((h) => h.version === r.version)).map((rel) => rel.environment),
    }));
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJson */ .GF)(ctx, { model, versions });
        return 0;
    }
    if (versions.length === 0) {
        ctx.stdout.write(`${model} has no versions yet\n`);
        return 0;
    }
    const rows = versions.map((v) => {
        const metrics = Object.entries(v.metrics).sort(([a], [b]) => a.localeCompare(b));
        const shown = metrics.slice(0, TABLE_METRICS).map(([k, n]) => `${k}=${Number(n.toPrecision(4))}`);
        if (metrics.length > TABLE_METRICS)
            shown.push(`+${metrics.length - TABLE_METRICS} more`);
        return [
            v.version,
            (0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .shortDigest */ .VK)(v.digest),
            v.createdAt,
            v.createdBy,
            shown.join(' ') || '-',
            gatesCell(v.gates),
            v.runsIn.join(', ') || '-',
            v.heldIn.join(', ') || '-',
        ];
    });
    ctx.stdout.write((0,_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(['VERSION', 'DIGEST', 'CREATED', 'BY', 'METRICS', 'GATES', 'RUNS IN', 'HELD IN'], rows));
    return 0;
}
/** `dev=pass staging=pass(2 attempts)`; an older registry's record verdict, the same everywhere, once: `pass (record)`. */
function gatesCell(gates) {
    const entries = Object.entries(gates);
    if (entries.length === 0)
        return '-';
    if (entries.every(([, g]) => g.source === 'record'))
        return `${entries[0][1].verdict} (record)`;
    return entries.map(([env, g]) => `${env}=${g.verdict}${g.source === 'record' ? '(record)' : g.attempts > 1 ? `(${g.attempts} attempts)` : ''}`).join(' ');
}


/***/ }),

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
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6931);
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
        return ((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['config', '--get', 'user.name'], { cwd: ctx.cwd, env: ctx.env, stdio: ['ignore', 'pipe', 'ignore'] })
            .toString()
            .trim() || undefined);
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
    const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(1094), __webpack_require__.e(397)]).then(__webpack_require__.bind(__webpack_require__, 397));
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
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
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
/* harmony export */   Tl: () => (/* binding */ parseYamlStrictly),
/* harmony export */   ap: () => (/* binding */ MAX_YAML_ALIASES),
/* harmony export */   cF: () => (/* binding */ serializeRegistryFile),
/* harmony export */   kf: () => (/* binding */ MAX_REGISTRY_FILE_BYTES),
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
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: true });
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
    const result = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_KINDS */ .Rt[kind].safeParse(data);
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
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
    const text = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(canonical(schema, parsed), { lineWidth: 0, minContentWidth: 0, indentSeq: true, sortMapEntries: false });
    // Nothing is written that could not be read back.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `the ${kind} file would be ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`, {
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
/* harmony export */   V2: () => (/* binding */ promotionStamp),
/* harmony export */   Z9: () => (/* binding */ revertBranch),
/* harmony export */   bD: () => (/* binding */ releasePath),
/* harmony export */   jl: () => (/* binding */ TRAILERS),
/* harmony export */   m5: () => (/* binding */ releasesDir),
/* harmony export */   qW: () => (/* binding */ versionPath),
/* harmony export */   tF: () => (/* binding */ CONFIG_PATH),
/* harmony export */   wr: () => (/* binding */ gateEvidencePath)
/* harmony export */ });
/* unused harmony export gateEvidenceDir */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1815);
/** Where each file lives in a registry. Every segment is validated before it becomes a path. */


const CONFIG_PATH = 'dhow.yaml';
const modelPath = (model) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/model.yaml`;
const versionsDir = (model) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/versions`;
const versionPath = (model, version) => `${versionsDir(model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('version', version)}.yaml`;
const releasesDir = (environment) => `releases/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}`;
const releasePath = (environment, model) => `${releasesDir(environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}.yaml`;
const deployDir = (environment, model) => `deploy/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}`;
/** Gate evidence of one version in one environment (schemas.ts says why it is a file of its own). */
const gateEvidenceDir = (environment) => `gates/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}`;
const gateEvidencePath = (environment, model, version) => `${gateEvidenceDir(environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('version', version)}.yaml`;
/** Deterministic branch names, one per purpose. */
const promotionBranch = (environment, model) => `dhow/promote/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}`;
/**
 * The revert of ONE promotion: the version and when it was promoted (`promoted-at` of the release it
 * undoes). A version re-promoted after a revert is a new promotion, so drifting again opens a new revert
 * instead of finding the first one merged. A suffix rather than a deeper segment, so the branch never
 * clashes with a branch of the older `dhow/revert/<env>/<model>/<version>` form still in a repository.
 */
const revertBranch = (environment, model, version, promotedAt) => `dhow/revert/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('version', version)}-promoted-${promotionStamp(promotedAt)}`;
/** A release's promoted-at as a ref-safe UTC stamp (20261122T083000Z; milliseconds only when present). */
function promotionStamp(promotedAt) {
    const ms = Date.parse(promotedAt);
    if (Number.isNaN(ms))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `"${promotedAt}" is not a timestamp`, { field: 'promoted-at' });
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


/***/ })

};
