export const id = 9264;
export const ids = [9264];
export const modules = {

/***/ 93549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Writing a file whole or not at all: what dhow writes for other steps (reports, drafts) is never read half-written. */


/** Writes a file whole: to a temporary name beside it, then renamed, so a reader never sees half of it. */
async function writeFileAtomic(path, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temporary, content, 'utf8');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temporary, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 62717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readBoundedFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
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
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('not-found', `${what} does not exist`, { file: path });
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `is a directory: give ${what}`, { file: path });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `cannot read ${what} (${code ?? 'error'})`, { file: path });
    }
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `is a directory: give ${what}`, { file: path });
        if (!info.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `${what} is not a regular file (a device, FIFO or socket is refused)`, { file: path });
        if (info.size > limit)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `${what} is ${info.size} bytes; at most ${limit} are allowed`, { file: path });
        const buffer = Buffer.alloc(limit + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > limit)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `${what} is larger than the ${limit} bytes allowed`, { file: path });
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `${what} is not valid UTF-8`, { file: path });
        }
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 69264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62717);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _gates_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9704);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35035);
/* harmony import */ var _registry_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50123);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9843);
/* harmony import */ var _registry_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5482);
/* harmony import */ var _registry_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47682);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(143);
/* harmony import */ var _train_draft_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(34501);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(16931);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(56611);
/**
 * dhow register: records a model version. The record comes from --from FILE.yaml (any fields of a
 * ModelVersion) overlaid with the flags; the digest from --artifact-file (sha256 of the file) or --digest.
 * --gate-report FILE --environment ENV records the gate results as that environment's evidence, in the
 * same commit (or alone, when the version is already registered).
 */













const OPTIONS = {
    ..._registry_js__WEBPACK_IMPORTED_MODULE_12__/* .WHERE_OPTIONS */ .JI,
    model: { type: 'string' },
    version: { type: 'string' },
    artifact: { type: 'string' },
    'artifact-file': { type: 'string' },
    digest: { type: 'string' },
    format: { type: 'string' },
    metrics: { type: 'string' },
    param: { type: 'string', multiple: true },
    from: { type: 'string' },
    'gate-report': { type: 'string' },
    environment: { type: 'string' },
    as: { type: 'string' },
    json: { type: 'boolean' },
};
async function readText(path, what) {
    return (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoundedFile */ .M)(path, _registry_files_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_REGISTRY_FILE_BYTES */ .kf, what);
}
/** A flat JSON object of numbers: {"accuracy": 0.91, ...}. */
async function readMetricsFile(path) {
    const text = await readText(path, 'the metrics file');
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        // V8's message quotes the text: never echo a file's content.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'not JSON: expected a JSON object of metric names to numbers', { file: path });
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'expected a JSON object of metric names to numbers', { file: path });
    const metrics = {};
    for (const [key, value] of Object.entries(data)) {
        if (typeof value !== 'number' || !Number.isFinite(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `expected a finite number, found ${JSON.stringify(value)}`, { file: path, field: key });
        metrics[key] = value;
    }
    return metrics;
}
function parseParam(text) {
    const at = text.indexOf('=');
    if (at <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow register: --param must be KEY=VALUE (got "${text}")`, { field: '--param' });
    const key = text.slice(0, at);
    const raw = text.slice(at + 1);
    const value = raw === 'true' ? true : raw === 'false' ? false : /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(raw) ? Number(raw) : raw;
    return [key, value];
}
const USAGE = "usage: dhow register (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M --version V --artifact URI [--artifact-file PATH | --digest sha256:HEX]\n                     [--format F] [--metrics FILE.json] [--param KEY=VALUE]... [--from FILE.yaml] [--as NAME] [--json]\n                     [--gate-report REPORT.json --environment ENV]\n  Records an immutable version: the same content again is a no-op, different content is refused.\n  With --gate-report and --environment, the report is recorded as that environment's gate evidence\n  (gates/ENV/MODEL/VERSION.yaml); registering the same version for another environment records only that.";
async function run(args, ctx) {
    if ((0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .helpRequested */ ._T)(args, ctx, USAGE))
        return 0;
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .parseCommandArgs */ .Qx)('register', args, OPTIONS);
    const base = values.from ? await (0,_train_draft_js__WEBPACK_IMPORTED_MODULE_10__/* .readVersionDraftFile */ .kt)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, values.from), '--from') : {};
    const model = values.model ?? base.model;
    const version = values.version ?? base.version;
    if (!model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow register: --model is required');
    if (!version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow register: --version is required');
    (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_5__/* .assertName */ .I1)('model', model, { field: '--model' });
    (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_5__/* .assertName */ .I1)('version', version, { field: '--version' });
    const artifact = { ...(base.artifact ?? {}) };
    if (values.artifact)
        artifact.uri = values.artifact;
    if (!artifact.uri)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow register: --artifact URI is required');
    if (values['artifact-file']) {
        const { digest, size } = await (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, values['artifact-file'])).catch((error) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `cannot read the artifact: ${error.message}`, { field: '--artifact-file' });
        });
        if (values.digest && values.digest !== digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('refused', `--digest ${values.digest} does not match the file's ${digest}`, { field: '--digest' });
        artifact.digest = digest;
        artifact.size = size;
    }
    else if (values.digest)
        artifact.digest = values.digest;
    if (!artifact.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow register: the artifact digest is unknown: pass --artifact-file PATH (dhow hashes it) or --digest sha256:...');
    if (values.format)
        artifact.format = values.format;
    const metrics = {
        ...(base.metrics ?? {}),
        ...(values.metrics ? await readMetricsFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, values.metrics)) : {}),
    };
    const parameters = { ...(base.parameters ?? {}), ...Object.fromEntries((values.param ?? []).map(parseParam)) };
    if ((values['gate-report'] === undefined) !== (values.environment === undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'dhow register: --gate-report and --environment go together (the environment the gates ran for)', {
            field: values.environment === undefined ? '--environment' : '--gate-report',
        });
    }
    if (values.environment !== undefined)
        (0,_registry_names_js__WEBPACK_IMPORTED_MODULE_5__/* .assertName */ .I1)('environment', values.environment, { field: '--environment' });
    const report = values['gate-report'] ? await (0,_gates_report_js__WEBPACK_IMPORTED_MODULE_3__/* .readGateReportFile */ .UQ)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, values['gate-report']), '--gate-report') : undefined;
    const by = (0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .actor */ .eN)(ctx, values.as);
    const record = (0,_registry_files_js__WEBPACK_IMPORTED_MODULE_8__/* .validateRegistryObject */ .ze)('ModelVersion', values.from ?? (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_9__/* .versionPath */ .qW)(model, version), {
        ...base,
        apiVersion: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .API_VERSION */ .mG,
        kind: 'ModelVersion',
        model,
        version,
        artifact,
        metrics,
        parameters,
        'created-by': base['created-by'] ?? by,
        'created-at': base['created-at'] ?? (0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .now */ .tB)(ctx),
    });
    const forge = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .openForge */ .ys)(ctx, 'register', values, by);
    const evidence = report && values.environment !== undefined
        ? {
            environment: values.environment,
            attempt: { ...(0,_gates_report_js__WEBPACK_IMPORTED_MODULE_3__/* .versionGates */ .N2)(report.report, (0,_gates_report_js__WEBPACK_IMPORTED_MODULE_3__/* .reportDigest */ .Np)(report.text)), 'recorded-by': by, 'recorded-at': (0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .now */ .tB)(ctx) },
        }
        : undefined;
    const result = await (0,_registry_store_js__WEBPACK_IMPORTED_MODULE_7__/* .registerVersion */ .K)(forge, record, { logger: ctx.logger, by, ...(evidence ? { evidence } : {}) });
    const recorded = result.evidence?.operation === 'recorded' ? `\nRecorded the gate results for ${values.environment} in ${result.evidence.path}` : '';
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .writeJson */ .GF)(ctx, {
            model,
            version,
            operation: result.operation,
            path: result.path,
            commit: result.commit,
            digest: record.artifact.digest,
            ...(result.evidence ? { evidence: { operation: result.evidence.operation, path: result.evidence.path, environment: values.environment } } : {}),
        });
    }
    else if (result.operation === 'created') {
        ctx.stdout.write(`Registered ${model} ${version} (${record.artifact.digest}) in ${result.path} [${(0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .shortSha */ .Fu)(result.commit)}]${result.modelCreated ? `\nNew model ${model}: models/${model}/model.yaml` : ''}${recorded}\n`);
    }
    else {
        const what = result.evidence?.operation === 'recorded' ? `recorded its gate results for ${values.environment} in ${result.evidence.path}` : 'nothing changed';
        ctx.stdout.write(`${model} ${version} is already registered with identical content: ${what}\n`);
    }
    return 0;
}


/***/ }),

/***/ 56611:
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
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _forge_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21295);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9843);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16931);
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
    const forge = await (0,_forge_local_js__WEBPACK_IMPORTED_MODULE_3__.openLocalForge)(dir, { logger: ctx.logger, ...(name ? { identity: { name } } : {}), now: () => now(ctx) });
    // A command is one pass: its refs are read once. A server among the commands begins its own per request.
    forge.beginPass();
    (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .atCommandEnd */ .WB)(ctx, () => forge.endPass());
    return forge;
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
    const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(5053), __webpack_require__.e(397)]).then(__webpack_require__.bind(__webpack_require__, 90397));
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

/***/ 9704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ overallVerdict),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   N2: () => (/* binding */ versionGates),
/* harmony export */   Np: () => (/* binding */ reportDigest),
/* harmony export */   UQ: () => (/* binding */ readGateReportFile),
/* harmony export */   xH: () => (/* binding */ serializeReport)
/* harmony export */ });
/* unused harmony exports VerdictEnum, GateResult, GateReport, describeThreshold, mermaidChart */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64377);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35035);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9843);
/* harmony import */ var _threshold_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78099);
/* harmony import */ var _text_slices_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(741);
/* harmony import */ var _io_jsonl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58426);
/**
 * The gate report: a JSON document with a stable schema (kind GateReport), the Markdown the job summary
 * and the promotion pull request show (one row per gate and a Mermaid chart of candidate against
 * production), the `gates` object of the version record, and reading a report file back.
 */








const VerdictEnum = zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'inconclusive']);
const GateResult = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1),
    metric: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1),
    source: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['candidate', 'fairness', 'text', 'arabic-data', 'latency', 'memory', 'residency', 'round-trip']),
    severity: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['block', 'warn']),
    verdict: VerdictEnum,
    /** True when this gate stops the promotion. */
    blocking: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY(),
    value: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nullable(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nullable(),
    'min-absolute-change': zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nullable(),
    'min-relative-change': zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nullable(),
    'greater-is-better': zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY(),
    /** The metric of the version live in the target environment. */
    baseline: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nullable(),
    samples: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nullable(),
    'min-samples': zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nullable(),
    reasons: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()),
    /** Source-specific detail (per-group rates, latency percentiles, residency findings ...). */
    details: zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .unknown */ .L5J()).default({}),
})
    .strict();
const GateReport = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    apiVersion: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz(_registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .API_VERSION */ .mG),
    kind: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz('GateReport'),
    verdict: VerdictEnum,
    /** True when at least one gate blocks: the candidate may not be promoted. */
    blocked: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY(),
    'policy-digest': _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Digest */ .np,
    'policy-files': zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()),
    candidate: zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), model: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().nullable(), version: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().nullable() }).strict(),
    environment: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().nullable(),
    /** The version live in the environment, the baseline of every change check; null when none is. */
    'baseline-version': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().nullable(),
    'generated-at': zod__WEBPACK_IMPORTED_MODULE_7__/* .datetime */ .w$({ offset: true }),
    gates: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(GateResult),
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
    return (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Digest */ .s)(serialized);
}
/**
 * A gate report file as the promote and register actions take it: the report and the text its digest is
 * of. Errors name the file and `field`, the input that named it.
 */
async function readGateReportFile(path, field) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `cannot read it: ${error.message}`, { file: path, field });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `not JSON: ${(0,_io_jsonl_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonSyntaxMessage */ .lJ)(error)}`, { file: path, field });
    }
    const parsed = GateReport.safeParse(data);
    if (!parsed.success)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaError */ .g$)(parsed.error.issues, { file: path, field, what: 'not a dhow gate report' });
    return { report: parsed.data, text };
}
/** The `gates` field of the version record. */
function versionGates(report, digestOfReport) {
    const finite = (v) => (v !== null && Number.isFinite(v) ? v : null);
    return {
        verdict: report.verdict,
        'policy-digest': report['policy-digest'],
        ...(digestOfReport ? { 'report-digest': digestOfReport } : {}),
        summary: report.gates.flatMap((g) => [
            {
                gate: g.name,
                metric: g.metric,
                verdict: g.verdict,
                value: finite(g.value),
                threshold: finite(g.threshold),
                baseline: finite(g.baseline),
            },
            // A sliced text gate's slices: the next run reads them back as each slice's baseline.
            ...(0,_text_slices_js__WEBPACK_IMPORTED_MODULE_4__/* .sliceSummaryRows */ .qT)(g.name, g.metric, finite(g.threshold), (0,_text_slices_js__WEBPACK_IMPORTED_MODULE_4__/* .slicesOf */ .nu)(g.details) ?? []),
        ]),
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
    return value === null ? '–' : (0,_threshold_js__WEBPACK_IMPORTED_MODULE_8__/* .fmt */ .Sc)(value);
}
/** The threshold column: every check the gate makes, in the direction it makes it. */
function describeThreshold(g) {
    const better = g['greater-is-better'];
    const parts = [];
    if (g.threshold !== null)
        parts.push(`${better ? '≥' : '≤'} ${(0,_threshold_js__WEBPACK_IMPORTED_MODULE_8__/* .fmt */ .Sc)(g.threshold)}`);
    if (g['min-absolute-change'] !== null)
        parts.push(`${better ? '+' : '−'}${(0,_threshold_js__WEBPACK_IMPORTED_MODULE_8__/* .fmt */ .Sc)(g['min-absolute-change'])} vs live`);
    if (g['min-relative-change'] !== null)
        parts.push(`${better ? '+' : '−'}${(0,_threshold_js__WEBPACK_IMPORTED_MODULE_8__/* .fmt */ .Sc)(g['min-relative-change'] * 100)}% vs live`);
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
    // A text metric's number means little without how it was made (tokenizer, case, transforms): its signature.
    const signatureOf = (g) => (g.source === 'text' && typeof g.details.signature === 'string' ? g.details.signature : undefined);
    const unsliced = report.gates.filter((g) => signatureOf(g) !== undefined && !(0,_text_slices_js__WEBPACK_IMPORTED_MODULE_4__/* .slicesOf */ .nu)(g.details)?.length);
    if (unsliced.length > 0) {
        lines.push('', 'Text metrics were measured as their signatures say:', '');
        for (const g of unsliced)
            lines.push(`- ${cell(g.name)} (\`${cell(g.metric)}\`): ${(0,_text_slices_js__WEBPACK_IMPORTED_MODULE_4__/* .signatureCode */ .sd)(signatureOf(g))}`);
    }
    for (const g of report.gates) {
        const slices = (0,_text_slices_js__WEBPACK_IMPORTED_MODULE_4__/* .slicesOf */ .nu)(g.details);
        if (slices && slices.length > 0)
            lines.push('', ...(0,_text_slices_js__WEBPACK_IMPORTED_MODULE_4__/* .sliceTable */ .d9)(g.name, g.metric, String(g.details['slice-by'] ?? 'slice'), slices, signatureOf(g)));
    }
    const chart = mermaidChart(report);
    if (chart)
        lines.push('', chart);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _R: () => (/* binding */ decideSlices),
/* harmony export */   d9: () => (/* binding */ sliceTable),
/* harmony export */   nu: () => (/* binding */ slicesOf),
/* harmony export */   qT: () => (/* binding */ sliceSummaryRows),
/* harmony export */   sd: () => (/* binding */ signatureCode)
/* harmony export */ });
/* unused harmony export sliceGateName */
/* harmony import */ var _threshold_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78099);

/** The summary row name that carries a slice's value to the next run's baseline. */
function sliceGateName(gate, slice) {
    return `${gate}[${slice}]`;
}
function sliceBaseline(gate, slice, live) {
    if (live === null)
        return { kind: 'no-live-version' };
    const key = sliceGateName(gate.name, slice);
    return Object.hasOwn(live.gateValues, key)
        ? { kind: 'value', version: live.version, value: live.gateValues[key] }
        : { kind: 'missing', version: live.version };
}
const RANK = { pass: 0, warn: 1, inconclusive: 2, fail: 3 };
/** Decides every slice and folds them into the gate's decision (the worst verdict; blocking if any blocks). */
function decideSlices(gate, whole, slices, live, inconclusive) {
    const rows = [];
    let verdict = whole.verdict;
    let blocking = whole.blocking;
    const reasons = [...whole.reasons];
    for (const s of slices) {
        const baseline = sliceBaseline(gate, s.slice, live);
        const d = (0,_threshold_js__WEBPACK_IMPORTED_MODULE_0__/* .decide */ .LD)(gate, { value: s.value, samples: s.samples }, baseline, inconclusive);
        rows.push({
            slice: s.slice,
            value: s.value !== null && Number.isFinite(s.value) ? s.value : null,
            baseline: baseline.kind === 'value' ? baseline.value : null,
            samples: s.samples,
            verdict: d.verdict,
            reasons: d.reasons,
        });
        if (RANK[d.verdict] > RANK[verdict])
            verdict = d.verdict;
        blocking ||= d.blocking;
        if (d.verdict !== 'pass')
            reasons.push(...d.reasons.map((r) => `slice ${s.slice}: ${r}`));
    }
    return { decision: { verdict, blocking, reasons }, rows };
}
/** The version record's summary rows for a gate's slices (read back by liveVersionOf as baselines). */
function sliceSummaryRows(gate, metric, threshold, slices) {
    return slices.map((s) => ({ gate: sliceGateName(gate, s.slice), metric, verdict: s.verdict, value: s.value, threshold, baseline: s.baseline }));
}
/** Reads `details.slices` of a gate result back (it is `unknown` in the report schema). */
function slicesOf(details) {
    const rows = details.slices;
    return Array.isArray(rows) ? rows : undefined;
}
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim() || ' ';
}
/**
 * A signature as inline code on a line of its own (never in a table: its "|" would split cells, and escaping
 * them would show the backslashes in the code span). A backtick would end the span early, so none passes.
 */
function signatureCode(signature) {
    return `\`${signature.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
}
/** The Markdown table of one gate's slices, under the signature of how every value in it was made. */
function sliceTable(gate, metric, sliceBy, rows, signature) {
    const n = (v) => (v === null ? '–' : (0,_threshold_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(v));
    return [
        `#### ${cell(gate)}: \`${cell(metric)}\` by \`${cell(sliceBy)}\``,
        '',
        ...(signature ? [`Signature: ${signatureCode(signature)}`, ''] : []),
        '| Slice | Value | Baseline | Segments | Verdict | Why |',
        '| --- | ---: | ---: | ---: | --- | --- |',
        ...rows.map((r) => `| ${cell(r.slice)} | ${n(r.value)} | ${n(r.baseline)} | ${r.samples} | ${r.verdict} | ${cell(r.reasons.join('; ') || ' ')} |`),
    ];
}


/***/ }),

/***/ 78099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   Sc: () => (/* binding */ fmt)
/* harmony export */ });
/* unused harmony export thresholdFailures */
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


/***/ }),

/***/ 35035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/** Content digests as the registry records them (the `Digest` schema): "sha256:" and 64 lower-case hex digits. */


/** The digest of a text's UTF-8 bytes. */
function sha256Digest(text) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}
/** The digest and size of a file, read as a stream (artifacts can be large). */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { digest: `sha256:${hash.digest('hex')}`, size };
}


/***/ }),

/***/ 34501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ writeVersionDraft),
/* harmony export */   e8: () => (/* binding */ buildVersionDraft),
/* harmony export */   kt: () => (/* binding */ readVersionDraftFile)
/* harmony export */ });
/* unused harmony exports VersionDraft, sourceFromEnv */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _atomic_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93549);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62717);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _registry_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47682);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9843);
/**
 * The version-record draft a training run hands to `dhow register --from FILE.yaml`: the VersionRecord
 * shape of src/registry/schemas.ts, filled from the run (artifact, metrics, parameters, GPU memory,
 * duration, lineage from the GITHUB_* variables). Without a model and version it is a partial record
 * the register step completes.
 */






/** A VersionRecord without model and version, when those are not known yet. */
const VersionDraft = _registry_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .VersionRecord */ .iJ.partial({ model: true, version: true });
/** The lineage GitHub's default variables give: repository, commit, run URL and attempt. */
function sourceFromEnv(env) {
    const source = {};
    if (env.GITHUB_REPOSITORY)
        source.repository = env.GITHUB_REPOSITORY;
    if (env.GITHUB_SHA && /^[0-9a-f]{7,64}$/.test(env.GITHUB_SHA))
        source.commit = env.GITHUB_SHA;
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
        const base = `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
        source['run-url'] = Number.isInteger(attempt) && attempt > 0 ? `${base}/attempts/${attempt}` : base;
    }
    if (Number.isInteger(attempt) && attempt > 0)
        source['run-attempt'] = attempt;
    return source;
}
function buildVersionDraft(input) {
    const training = {
        mode: input.training.mode,
        'duration-seconds': Math.round(input.training.durationSeconds * 1000) / 1000,
    };
    if (input.training.cluster)
        training.cluster = input.training.cluster;
    if (input.training.region)
        training.region = input.training.region;
    if (input.training.gpu)
        training.gpu = input.training.gpu;
    if (input.training.peakGpuMemoryMiB !== undefined && input.training.peakGpuMemoryMiB !== null) {
        training['peak-gpu-memory-mib'] = input.training.peakGpuMemoryMiB;
    }
    const artifact = { uri: input.artifact.uri, digest: input.artifact.digest, size: input.artifact.size };
    if (input.artifact.format)
        artifact.format = input.artifact.format;
    if (input.artifact.endpoint)
        artifact.endpoint = input.artifact.endpoint;
    if (input.artifact.region)
        artifact.region = input.artifact.region;
    const draft = {
        apiVersion: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .API_VERSION */ .mG,
        kind: 'ModelVersion',
        ...(input.model ? { model: input.model } : {}),
        ...(input.version ? { version: input.version } : {}),
        artifact,
        source: sourceFromEnv(input.env),
        training,
        ...(dataLineage(input.data) ? { data: dataLineage(input.data) } : {}),
        parameters: input.parameters,
        metrics: input.metrics,
        // Where the data is held: declared, else the training region (data trained on in a region sits there).
        ...((input.data?.region ?? input.training.region) ? { region: input.data?.region ?? input.training.region } : {}),
        'created-by': input.createdBy || input.env.GITHUB_ACTOR || input.env.USER || 'dhow',
        'created-at': input.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    const parsed = (input.model && input.version ? _registry_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .VersionRecord */ .iJ : VersionDraft).safeParse(draft);
    if (!parsed.success)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaError */ .g$)(parsed.error.issues, { what: 'the version record would be invalid' });
    return parsed.data;
}
function dataLineage(data) {
    if (!data)
        return undefined;
    const lineage = {};
    if (data.uri)
        lineage.uri = data.uri;
    if (data.digest)
        lineage.digest = data.digest;
    if (data.version)
        lineage.version = data.version;
    return Object.keys(lineage).length > 0 ? lineage : undefined;
}
/** Writes the draft as YAML, whole or not at all. */
async function writeVersionDraft(path, draft) {
    await (0,_atomic_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)(path, (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(draft, { lineWidth: 0 }));
}
/**
 * A draft file as `dhow register --from` and the register action's `version-file` take it: the mapping of
 * ModelVersion fields their flags or inputs complete. Errors name the file and `field`, what named it.
 */
async function readVersionDraftFile(path, field) {
    const text = await (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoundedFile */ .M)(path, _registry_files_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REGISTRY_FILE_BYTES */ .kf, 'the version record');
    // As strict as a registry file: size, UTF-8, tags, duplicate keys and aliases.
    const parsed = (0,_registry_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlStrictly */ .Tl)(path, text);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DhowError */ .Bp('invalid-input', parsed.problems[0].message, { file: path, field, line: parsed.problems[0].line });
    const data = parsed.data;
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DhowError */ .Bp('invalid-input', 'expected a mapping of ModelVersion fields', { file: path, field });
    return data;
}


/***/ })

};
