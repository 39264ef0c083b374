export const id = 5586;
export const ids = [5586,5249];
export const modules = {

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

/***/ 16888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ readPolicyFile),
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   Op: () => (/* binding */ SOURCE_METRICS),
/* harmony export */   Ot: () => (/* binding */ yamlData),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   iw: () => (/* binding */ readGateFile),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   p1: () => (/* binding */ policyDigest),
/* harmony export */   rx: () => (/* binding */ overlayPolicies)
/* harmony export */ });
/* unused harmony exports GateName, CandidateSource, FairnessSource, TerSettings, TextSource, ArabicDataSource, LoadSettings, LatencySource, MemorySource, ResidencySource, RoundTripSource, GateSource, GateSpec, GatePolicyFile, editDistance */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(92857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _metrics_arabic_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5249);
/* harmony import */ var _metrics_text_transforms_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98524);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35035);
/* harmony import */ var _registry_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47682);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62717);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9843);
/**
 * The gate policy file (apiVersion dhow.dev/v1, kind GatePolicy): its zod schema, loading with errors
 * that name the file, the key and the line (and the closest known key for a typo), overlaying the
 * per-model and per-environment overrides of the registry, and the digest recorded with the results.
 */










/** Gate names appear in reports and version records: short kebab-case identifiers. */
const GateName = zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and "-", at most 63 characters');
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
    text: ['wer', 'cer', 'bleu', 'chrf', 'ter'],
    // Lines each check of `dhow arabic check` fired on, and the share of Arabic letters (its JSON keys).
    'arabic-data': [..._metrics_arabic_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .ARABIC_CHECKS */ .Vx, 'arabic_share', 'presentation_form_share'],
    latency: ['p50', 'p90', 'p95', 'p99', 'max', 'mean', 'error-rate'],
    memory: ['peak-gpu-memory-mib', 'gpu-memory-fraction', 'peak-rss-mib'],
    residency: ['residency-violations'],
    'round-trip': ['round-trip-mismatches'],
};
const Path = zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1);
/** A loopback or remote endpoint; `${NAME}` is replaced from the environment at run time. */
const Url = zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1);
const CandidateSource = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_9__/* .literal */ .euz('candidate'),
    /** The key in the candidate's metrics (default: the gate's metric); nested JSON keys join with '.'. */
    key: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).optional(),
    /** A key in the candidate's metrics holding the number of samples the metric was computed on. */
    'samples-key': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).optional(),
})
    .strict();
const FairnessSource = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_9__/* .literal */ .euz('fairness'),
    input: Path,
    label: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1),
    prediction: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1),
    /** One column, or several forming intersectional groups. */
    group: zod__WEBPACK_IMPORTED_MODULE_9__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_9__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1)).min(1)]),
    'positive-label': zod__WEBPACK_IMPORTED_MODULE_9__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig()]).optional(),
    method: zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(['between_groups', 'to_overall']).default('between_groups'),
    agg: zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(['worst_case', 'mean']).default('worst_case'),
    'min-group-size': zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().int().min(1).optional(),
})
    .strict();
/** jiwer 4's transforms, applied in order before WER or CER (the names of `dhow metrics text --reference-transform`). */
const JiwerTransformList = zod__WEBPACK_IMPORTED_MODULE_9__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(_metrics_text_transforms_js__WEBPACK_IMPORTED_MODULE_4__/* .JIWER_TRANSFORMS */ .KT)).min(1);
/** sacreBLEU's TER options (`dhow metrics text --ter-*`); each off by default, as in sacreBLEU. */
const TerSettings = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    normalized: zod__WEBPACK_IMPORTED_MODULE_9__/* .boolean */ .zMY().default(false),
    'no-punct': zod__WEBPACK_IMPORTED_MODULE_9__/* .boolean */ .zMY().default(false),
    'asian-support': zod__WEBPACK_IMPORTED_MODULE_9__/* .boolean */ .zMY().default(false),
    'case-sensitive': zod__WEBPACK_IMPORTED_MODULE_9__/* .boolean */ .zMY().default(false),
})
    .strict();
const TextSource = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_9__/* .literal */ .euz('text'),
    input: Path,
    normalize: zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(['none', 'arabic']).default('none'),
    /** A JSONL key (e.g. dialect): every slice is gated too, against the same slice of the live version. */
    'slice-by': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).optional(),
    /** jiwer transforms of the reference and of the hypothesis for WER and CER (default: the metric's own). */
    'reference-transform': JiwerTransformList.optional(),
    'hypothesis-transform': JiwerTransformList.optional(),
    /** [word, replacement] pairs for the substitute-words transform, applied in order as jiwer does. */
    'substitute-words': zod__WEBPACK_IMPORTED_MODULE_9__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_9__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP()]))
        .min(1)
        .optional(),
    /** TER's tokenizer options (a `ter` gate only). */
    ter: TerSettings.optional(),
})
    .strict();
const ArabicDataSource = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_9__/* .literal */ .euz('arabic-data'),
    input: Path,
})
    .strict();
const LoadSettings = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    url: Url,
    method: zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(['GET', 'POST', 'PUT']).default('POST'),
    /** The request body (sent as application/json when it is an object). */
    body: zod__WEBPACK_IMPORTED_MODULE_9__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_9__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_9__/* .unknown */ .L5J())]).optional(),
    headers: zod__WEBPACK_IMPORTED_MODULE_9__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP()).default({}),
    /** constant-rate: requests start on a schedule and latency counts from the scheduled time. */
    mode: zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(['constant-rate', 'closed-loop']).default('constant-rate'),
    /** Requests per second (constant-rate). */
    rate: zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().positive().max(100_000).default(20),
    /** Concurrent connections, each sending its next request when the previous answer arrives (closed-loop). */
    connections: zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().int().min(1).max(1024).default(4),
    'duration-seconds': zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().positive().max(3600).default(10),
    'warmup-seconds': zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().min(0).max(600).default(1),
    'timeout-ms': zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().int().positive().max(600_000).default(10_000),
})
    .strict();
const LatencySource = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_9__/* .literal */ .euz('latency'),
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
const MemorySource = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_9__/* .literal */ .euz('memory'),
    /** The command to measure, as argv (no shell). */
    command: zod__WEBPACK_IMPORTED_MODULE_9__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1)).min(1),
    /** What the model is allowed: a MIG profile (e.g. 1g.10gb) of `gpu-product`, or the whole GPU when absent. */
    'mig-profile': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP()
        .regex(/^\d+g\.\d+gb$/, 'must look like 1g.10gb')
        .optional(),
    'gpu-product': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).optional(),
    'interval-ms': zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().int().min(10).max(60_000).default(200),
    'timeout-seconds': zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().positive().max(86_400).default(600),
})
    .strict();
const ResidencySource = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_9__/* .literal */ .euz('residency'),
    /** Overrides of what the candidate record says; absent ones are read from the candidate. */
    'artifact-uri': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).optional(),
    'data-uri': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).optional(),
    'training-region': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).optional(),
    'training-cluster': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).optional(),
})
    .strict();
const RoundTripSource = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_9__/* .literal */ .euz('round-trip'),
    url: Url,
    /** json: POST {"<request-field>": text}, read the response's <response-field>; raw: the body is echoed as is. */
    mode: zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(['json', 'raw']).default('json'),
    'request-field': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).default('text'),
    /** Dot-separated path in the JSON answer. */
    'response-field': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).default('text'),
    /** Texts to send; default: Arabic with diacritics, shadda, dagger alef and a decomposed hamza. */
    texts: zod__WEBPACK_IMPORTED_MODULE_9__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1)).min(1).optional(),
    'timeout-ms': zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().int().positive().max(600_000).default(10_000),
})
    .strict();
const GateSource = zod__WEBPACK_IMPORTED_MODULE_9__/* .discriminatedUnion */ .gMt('kind', [
    CandidateSource,
    FairnessSource,
    TextSource,
    ArabicDataSource,
    LatencySource,
    MemorySource,
    ResidencySource,
    RoundTripSource,
]);
const GateSpec = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    name: GateName,
    description: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().max(2000).optional(),
    metric: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1),
    source: GateSource,
    /** Absolute: the value must be >= threshold (greater is better) or <= threshold. */
    threshold: zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().optional(),
    /** Against the version live in the target environment: at least this much better (MLflow: positive). */
    'min-absolute-change': zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().positive().optional(),
    /** Against the live version, as a fraction of its value, between 0 and 1 (MLflow semantics). */
    'min-relative-change': zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().min(0).max(1).optional(),
    /** Required except for residency and round-trip gates (counts of violations: lower is better). */
    'greater-is-better': zod__WEBPACK_IMPORTED_MODULE_9__/* .boolean */ .zMY().optional(),
    severity: zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(['block', 'warn']).default('block'),
    /** Below this many samples the gate is inconclusive. */
    'min-samples': zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().int().min(1).optional(),
    /** The metric's key in the live version's record, when it differs from `metric`. */
    'baseline-metric': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).optional(),
    enabled: zod__WEBPACK_IMPORTED_MODULE_9__/* .boolean */ .zMY().default(true),
})
    .strict();
const GatePolicyFile = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    apiVersion: zod__WEBPACK_IMPORTED_MODULE_9__/* .literal */ .euz(_registry_schemas_js__WEBPACK_IMPORTED_MODULE_8__/* .API_VERSION */ .mG),
    kind: zod__WEBPACK_IMPORTED_MODULE_9__/* .literal */ .euz('GatePolicy'),
    description: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().max(2000).optional(),
    /** Whether an inconclusive blocking gate blocks the promotion (default) or only warns. */
    inconclusive: zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(['block', 'warn']).optional(),
    /** Residency rules for this policy; the registry's dhow.yaml `residency` is used when absent. */
    residency: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_8__/* .ResidencyPolicy */ .Jm.optional(),
    gates: zod__WEBPACK_IMPORTED_MODULE_9__/* .array */ .YOg(GateSpec).default([]),
})
    .strict();
/** Every key the policy format knows, for "did you mean" suggestions. */
const KNOWN_KEYS = [
    ...collectKeys(GatePolicyFile),
    ...collectKeys(GateSpec),
    ...[
        CandidateSource,
        FairnessSource,
        TextSource,
        TerSettings,
        ArabicDataSource,
        LatencySource,
        MemorySource,
        ResidencySource,
        RoundTripSource,
        LoadSettings,
    ].flatMap(collectKeys),
    ...collectKeys(_registry_schemas_js__WEBPACK_IMPORTED_MODULE_8__/* .ResidencyPolicy */ .Jm),
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
function lineOf(doc, counter, path, key) {
    let node = doc.contents;
    let offset = node?.range?.[0];
    for (const part of [...path, ...(key === undefined ? [] : [key])]) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((item) => item.key?.value === part);
            if (!pair)
                break;
            offset = pair.key.range?.[0] ?? offset;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && typeof part === 'number') {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlSyntaxMessage */ .iC)(warning)}`, { file, line: warning.linePos?.[0]?.line });
    try {
        return doc.toJS({ maxAliasCount: _registry_files_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_YAML_ALIASES */ .ap });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `uses more than ${_registry_files_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_YAML_ALIASES */ .ap} YAML aliases (refused: it could expand without bound)`, { file });
    }
}
/** Parses policy text; throws a DhowError naming `file`, the key, the line and the closest known key. */
function parsePolicy(text, file) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlSyntaxMessage */ .iC)(error)}`, {
            file,
            line: error.linePos?.[0]?.line,
        });
    }
    const raw = yamlData(doc, file);
    if (raw === null || raw === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'the policy file is empty', { file });
    const result = GatePolicyFile.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        if (issue.code === 'unrecognized_keys') {
            const key = issue.keys[0];
            const suggestion = closest(key, KNOWN_KEYS);
            const field = keyPath([...issue.path, key]);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, {
                file,
                field,
                line: lineOf(doc, counter, issue.path, key),
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', message, { file, field: keyPath(issue.path), line: lineOf(doc, counter, issue.path) });
    }
    const policy = result.data;
    checkGates(policy, (path, message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', message, { file, field: keyPath(path), line: lineOf(doc, counter, path) });
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
        if (gate.source.kind === 'text')
            checkTextGate(gate.metric, gate['greater-is-better'], gate.source, (path, message) => fail(['gates', i, ...path], message));
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
/** Error rates (jiwer's WER and CER, sacreBLEU's TER) fall as quality rises; BLEU and chrF rise with it. */
const TEXT_LOWER_IS_BETTER = ['wer', 'cer', 'ter'];
/**
 * A text gate's options must shape the number it gates: jiwer's transforms shape WER and CER only (BLEU, chrF
 * and TER tokenize with sacreBLEU's own rules) and TER's options shape TER only; an option that would change
 * nothing is a misreading waiting to happen, so it is refused. The direction of a text metric is known.
 */
function checkTextGate(metric, greaterIsBetter, source, fail) {
    const jiwer = metric === 'wer' || metric === 'cer';
    for (const key of ['reference-transform', 'hypothesis-transform', 'substitute-words']) {
        if (source[key] !== undefined && !jiwer) {
            fail(['source', key], `jiwer's transforms apply to a wer or cer gate, not ${metric} (sacreBLEU tokenizes ${metric} by its own rules)`);
        }
    }
    if (source.ter !== undefined && metric !== 'ter')
        fail(['source', 'ter'], `TER's options apply to a ter gate, not ${metric}`);
    const substitutes = [source['reference-transform'], source['hypothesis-transform']].some((steps) => steps?.includes('substitute-words'));
    if (substitutes && source['substitute-words'] === undefined)
        fail(['source'], 'the substitute-words transform needs "substitute-words": a list of [word, replacement] pairs');
    if (!substitutes && source['substitute-words'] !== undefined) {
        fail(['source', 'substitute-words'], 'give substitute-words in "reference-transform" or "hypothesis-transform" too, or the pairs change nothing');
    }
    (source['substitute-words'] ?? []).forEach(([from, to], k) => {
        // jiwer passes the replacement to re.sub, which reads backslashes as group references and escapes.
        if (to.includes('\\'))
            fail(['source', 'substitute-words', k, 1], `the replacement of "${from}" contains a backslash, which jiwer reads as an escape`);
    });
    if (greaterIsBetter !== undefined && greaterIsBetter === TEXT_LOWER_IS_BETTER.includes(metric)) {
        fail(['greater-is-better'], `${metric} is ${greaterIsBetter ? 'lower' : 'greater'} when the text is better: "greater-is-better" must be ${!greaterIsBetter}`);
    }
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
        return await (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readBoundedFile */ .M)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, file), _registry_files_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_REGISTRY_FILE_BYTES */ .kf, what);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp(error.code, error.message, { file, cause: error });
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
    return (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Digest */ .s)(canonicalJson(meaning));
}


/***/ }),

/***/ 5249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vx: () => (/* binding */ ARABIC_CHECKS),
/* harmony export */   checkArabicFile: () => (/* binding */ checkArabicFile)
/* harmony export */ });
/* unused harmony exports ARABIC_WARNINGS, looksLikeMojibake, hasMixedDigits, hasBidiControls, hasMixedNumber, ArabicChecker, formatOf, checkArabicText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35490);
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
        if (ok && high && (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .tryDecodeUtf8 */ .fK)(bytes) !== undefined)
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
        const text = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .tryDecodeUtf8 */ .fK)(raw.bytes);
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
    for await (const raw of (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .readFileLines */ .MU)(path, file)) {
        any = true;
        checker.addLine(raw);
    }
    if (!any)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'the file is empty', { file });
    return checker.report();
}
/** Runs every check over text held in memory (tests, serving responses). */
async function checkArabicText(text, name = '<text>', options = {}) {
    const checker = new ArabicChecker(name, options.format ?? 'text', options.exampleLimit);
    for await (const raw of splitLines([typeof text === 'string' ? Buffer.from(text, 'utf8') : text]))
        checker.addLine(raw);
    return checker.report();
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


/***/ })

};
