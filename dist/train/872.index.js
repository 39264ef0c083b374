export const id = 872;
export const ids = [872,975,485];
export const modules = {

/***/ 5035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* unused harmony export sha256Digest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/** Content digests as the registry records them (the `Digest` schema): "sha256:" and 64 lower-case hex digits. */


/** The digest of a text's UTF-8 bytes. */
function sha256Digest(text) {
    return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
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

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VersionDraft: () => (/* binding */ VersionDraft),
  buildVersionDraft: () => (/* binding */ buildVersionDraft),
  readVersionDraftFile: () => (/* binding */ readVersionDraftFile),
  sourceFromEnv: () => (/* binding */ sourceFromEnv),
  writeVersionDraft: () => (/* binding */ writeVersionDraft)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/bounded-file.ts
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
        handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* DhowError */.Bp('not-found', `${what} does not exist`, { file: path });
        if (code === 'EISDIR')
            throw new errors/* DhowError */.Bp('invalid-input', `is a directory: give ${what}`, { file: path });
        throw new errors/* DhowError */.Bp('invalid-input', `cannot read ${what} (${code ?? 'error'})`, { file: path });
    }
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw new errors/* DhowError */.Bp('invalid-input', `is a directory: give ${what}`, { file: path });
        if (!info.isFile())
            throw new errors/* DhowError */.Bp('invalid-input', `${what} is not a regular file (a device, FIFO or socket is refused)`, { file: path });
        if (info.size > limit)
            throw new errors/* DhowError */.Bp('invalid-input', `${what} is ${info.size} bytes; at most ${limit} are allowed`, { file: path });
        const buffer = Buffer.alloc(limit + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > limit)
            throw new errors/* DhowError */.Bp('invalid-input', `${what} is larger than the ${limit} bytes allowed`, { file: path });
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
        }
        catch {
            throw new errors/* DhowError */.Bp('invalid-input', `${what} is not valid UTF-8`, { file: path });
        }
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/registry/schemas.ts + 1 modules
var schemas = __webpack_require__(9201);
;// CONCATENATED MODULE: ./src/registry/files.ts
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
 * takes. The yaml library's lexer and CST parser are ~200 us of a ~210 us check (zod ~12 us), so the YAML dhow
 * writes is read by the plain reader (src/registry/plain-yaml.ts); what it declines, the yaml library reads.
 */
function acceptQuickly(kind, text) {
    if (Buffer.byteLength(text, 'utf8') > MAX_REGISTRY_FILE_BYTES || text.includes('\uFFFD'))
        return undefined;
    let data = parsePlainYaml(text);
    if (data === undefined) {
        const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
        if (doc.errors.length > 0 || doc.warnings.length > 0)
            return undefined;
        try {
            data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
        }
        catch {
            return undefined;
        }
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data) || data.kind !== kind)
        return undefined;
    const result = FILE_KINDS[kind].safeParse(data);
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
    const schema = FILE_KINDS[kind];
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
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
    throw new DhowError('invalid-input', first.message, {
        file: path,
        field: first.field,
        line: first.line,
        reasons: rest.map(describeProblem),
    });
}
/** Validates an object about to be written; the same DhowError as parseRegistryFile, without lines. */
function validateRegistryObject(kind, path, value) {
    const schema = FILE_KINDS[kind];
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const [first, ...rest] = result.error.issues;
    const field = (i) => i.path.map(String).join('.') || undefined;
    throw new DhowError('invalid-input', first.message, {
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
    if (typeof kind !== 'string' || !Object.hasOwn(FILE_KINDS, kind)) {
        throw new DhowError('invalid-input', `cannot serialize an object of kind ${JSON.stringify(kind ?? null)}`, { field: 'kind' });
    }
    const schema = FILE_KINDS[kind];
    const parsed = validateRegistryObject(kind, `<${kind}>`, obj);
    const text = stringify(canonical(schema, parsed), { lineWidth: 0, minContentWidth: 0, indentSeq: true, sortMapEntries: false });
    // Nothing is written that could not be read back.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES) {
        throw new DhowError('invalid-input', `the ${kind} file would be ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`, {
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
        if (node && range && (n === 0 || isMap(node) || isSeq(node) || typeof node === 'object')) {
            return counter.linePos(range[0]).line;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/train/draft.ts
/**
 * The version-record draft a training run hands to `dhow register --from FILE.yaml`: the VersionRecord
 * shape of src/registry/schemas.ts, filled from the run (artifact, metrics, parameters, GPU memory,
 * duration, lineage from the GITHUB_* variables). Without a model and version it is a partial record
 * the register step completes.
 */






/** A VersionRecord without model and version, when those are not known yet. */
const VersionDraft = schemas/* VersionRecord */.iJ.partial({ model: true, version: true });
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
        apiVersion: schemas/* API_VERSION */.mG,
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
    const parsed = (input.model && input.version ? schemas/* VersionRecord */.iJ : VersionDraft).safeParse(draft);
    if (!parsed.success)
        throw (0,errors/* schemaError */.g$)(parsed.error.issues, { what: 'the version record would be invalid' });
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
    await writeFileAtomic(path, (0,dist/* stringify */.As)(draft, { lineWidth: 0 }));
}
/**
 * A draft file as `dhow register --from` and the register action's `version-file` take it: the mapping of
 * ModelVersion fields their flags or inputs complete. Errors name the file and `field`, what named it.
 */
async function readVersionDraftFile(path, field) {
    const text = await readBoundedFile(path, MAX_REGISTRY_FILE_BYTES, 'the version record');
    // As strict as a registry file: size, UTF-8, tags, duplicate keys and aliases.
    const parsed = parseYamlStrictly(path, text);
    if (!parsed.ok)
        throw new errors/* DhowError */.Bp('invalid-input', parsed.problems[0].message, { file: path, field, line: parsed.problems[0].line });
    const data = parsed.data;
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new errors/* DhowError */.Bp('invalid-input', 'expected a mapping of ModelVersion fields', { file: path, field });
    return data;
}


/***/ }),

/***/ 6872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRunnerTraining: () => (/* binding */ runRunnerTraining)
});

// UNUSED EXPORTS: checkGpuRequirement, inheritedEnvironment

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/gpu/nvidia-smi.ts
/**
 * What nvidia-smi says about the GPUs of this machine: the device list (`-L`, with MIG devices), memory per
 * GPU (`--query-gpu`) and memory per process (`--query-compute-apps`). Parsers are pure and take the text
 * nvidia-smi prints; the `query*` functions run it. A machine without nvidia-smi, without a driver or
 * without devices is not an error here: it is a `GpuDetection` with `available: false` and a reason.
 */


/** The fields, in order, that `queryGpuMemory` and `queryComputeApps` ask for. */
const QUERY_GPU_FIELDS = ['index', 'uuid', 'name', 'memory.total', 'memory.used'];
const QUERY_COMPUTE_APPS_FIELDS = ['gpu_uuid', 'pid', 'used_memory'];
const GPU_LINE = /^GPU (\d+): (.+?) \(UUID: ([^)]+)\)\s*$/;
// "  MIG 1g.10gb     Device  0: (UUID: MIG-...)" (R470+) and "  MIG 1g.5gb Device 0: (UUID: MIG-GPU-.../7/0)" (R450).
const MIG_LINE = /^\s+MIG (\S+)\s+Device\s+(\d+): \(UUID: ([^)]+)\)\s*$/;
/** Parses `nvidia-smi -L`. Lines it does not recognise are an error: the format is a contract. */
function parseGpuList(text) {
    const gpus = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '')
            return;
        const gpu = GPU_LINE.exec(line);
        if (gpu) {
            gpus.push({ index: Number(gpu[1]), name: gpu[2], uuid: gpu[3], mig: [] });
            return;
        }
        const mig = MIG_LINE.exec(line);
        const owner = gpus.at(-1);
        if (mig && owner) {
            owner.mig.push({ profile: mig[1], index: Number(mig[2]), uuid: mig[3] });
            return;
        }
        throw new errors/* DhowError */.Bp('invalid-input', `unexpected line from nvidia-smi -L: ${JSON.stringify(line)}`, {
            file: 'nvidia-smi -L',
            line: i + 1,
        });
    });
    return gpus;
}
/** "[N/A]", "[Not Supported]", "[Insufficient Permissions]", "N/A" -> null; digits -> number. */
function parseMiB(value, where) {
    const v = value.trim();
    if (/^\[.*\]$/.test(v) || v === 'N/A')
        return null;
    if (!/^\d+(\.\d+)?$/.test(v)) {
        throw new errors/* DhowError */.Bp('invalid-input', `expected a number of MiB, got ${JSON.stringify(v)}`, where);
    }
    return Number(v);
}
function csvLines(text) {
    return text
        .split(/\r?\n/)
        .map((raw, i) => ({ raw, line: i + 1 }))
        .filter(({ raw }) => raw.trim() !== '')
        .map(({ raw, line }) => ({ cells: raw.split(',').map((c) => c.trim()), line }));
}
/** Parses `--query-gpu=index,uuid,name,memory.total,memory.used --format=csv,noheader,nounits`. */
function parseGpuMemory(text) {
    const file = 'nvidia-smi --query-gpu';
    return csvLines(text).map(({ cells, line }) => {
        if (cells.length < 5) {
            throw new errors/* DhowError */.Bp('invalid-input', `expected ${QUERY_GPU_FIELDS.join(', ')}, got ${cells.length} columns`, { file, line });
        }
        // A GPU name could hold a comma: the fixed columns are the first two and the last two.
        const [index, uuid] = cells;
        const total = cells.at(-2);
        const used = cells.at(-1);
        if (!/^\d+$/.test(index))
            throw new errors/* DhowError */.Bp('invalid-input', `GPU index ${JSON.stringify(index)} is not a number`, { file, line, field: 'index' });
        return {
            index: Number(index),
            uuid: uuid,
            name: cells.slice(2, -2).join(', '),
            totalMiB: parseMiB(total, { file, line, field: 'memory.total' }),
            usedMiB: parseMiB(used, { file, line, field: 'memory.used' }),
        };
    });
}
/** Parses `--query-compute-apps=gpu_uuid,pid,used_memory --format=csv,noheader,nounits`; "No running processes found" is []. */
function parseComputeApps(text) {
    const file = 'nvidia-smi --query-compute-apps';
    if (/^\s*No running (compute )?processes found\s*$/i.test(text))
        return [];
    return csvLines(text).map(({ cells, line }) => {
        if (cells.length !== 3) {
            throw new errors/* DhowError */.Bp('invalid-input', `expected ${QUERY_COMPUTE_APPS_FIELDS.join(', ')}, got ${cells.length} columns`, { file, line });
        }
        const [gpuUuid, pid, used] = cells;
        if (!/^\d+$/.test(pid))
            throw new errors/* DhowError */.Bp('invalid-input', `pid ${JSON.stringify(pid)} is not a number`, { file, line, field: 'pid' });
        return { gpuUuid, pid: Number(pid), usedMiB: parseMiB(used, { file, line, field: 'used_memory' }) };
    });
}
/** Runs nvidia-smi; never throws for a missing executable or a non-zero exit (callers classify those). */
function runNvidiaSmi(args, options = {}) {
    const path = options.path ?? 'nvidia-smi';
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(path, args, { env: options.env ?? process.env, timeout: options.timeoutMs ?? 15_000, maxBuffer: 8 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            if (error && error.code === 'ENOENT') {
                resolve({ exitCode: null, stdout: '', stderr: `${path}: not found` });
                return;
            }
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            resolve({ exitCode: code, stdout, stderr });
        });
    });
}
/** Names what went wrong with a failed nvidia-smi run, in the words a runner's owner would search for. */
function classifyFailure(result) {
    const text = `${result.stdout}\n${result.stderr}`.trim();
    if (result.exitCode === null)
        return { reason: 'missing', message: 'nvidia-smi is not installed or not on PATH' };
    if (/No devices were found/i.test(text))
        return { reason: 'no-devices', message: 'nvidia-smi found no GPUs' };
    if (/couldn't communicate with the NVIDIA driver|NVIDIA driver/i.test(text)) {
        return { reason: 'driver', message: `nvidia-smi could not talk to the NVIDIA driver: ${firstLine(text)}` };
    }
    return { reason: 'failed', message: `nvidia-smi exited with ${result.exitCode}: ${firstLine(text) || '(no output)'}` };
}
function firstLine(text) {
    return (text
        .split(/\r?\n/)
        .find((l) => l.trim() !== '')
        ?.trim() ?? '');
}
/** `nvidia-smi -L`: which GPUs (and MIG devices) this machine has, or why there are none. */
async function detectGpus(options = {}) {
    const result = await runNvidiaSmi(['-L'], options);
    if (result.exitCode !== 0 || /No devices were found/i.test(result.stdout))
        return { available: false, ...classifyFailure(result) };
    let gpus;
    try {
        gpus = parseGpuList(result.stdout);
    }
    catch (error) {
        // An unknown format must not fail a run that needs no GPU; one that does is refused with this message.
        return { available: false, reason: 'failed', message: `could not read the output of nvidia-smi -L: ${error.message}` };
    }
    if (gpus.length === 0)
        return { available: false, reason: 'no-devices', message: 'nvidia-smi found no GPUs' };
    return { available: true, gpus };
}
async function query(args, options) {
    const result = await runNvidiaSmi(args, options);
    if (result.exitCode !== 0) {
        throw new errors/* DhowError */.Bp('invalid-input', classifyFailure(result).message, { file: `nvidia-smi ${args[0]}` });
    }
    return result.stdout;
}
async function queryGpuMemory(options = {}) {
    return parseGpuMemory(await query([`--query-gpu=${QUERY_GPU_FIELDS.join(',')}`, '--format=csv,noheader,nounits'], options));
}
async function queryComputeApps(options = {}) {
    return parseComputeApps(await query([`--query-compute-apps=${QUERY_COMPUTE_APPS_FIELDS.join(',')}`, '--format=csv,noheader,nounits'], options));
}

;// CONCATENATED MODULE: ./src/logger.ts
/**
 * The small logging interface the core takes, so library code never imports @actions/core.
 * The CLI logs to stderr; actions adapt @actions/core to it; tests use a recording logger.
 */
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
};
function streamLogger(stream = process.stderr, verbose = false) {
    return {
        debug: (m) => {
            if (verbose)
                stream.write(`debug: ${m}\n`);
        },
        info: (m) => void stream.write(`${m}\n`),
        warning: (m) => void stream.write(`warning: ${m}\n`),
        error: (m) => void stream.write(`error: ${m}\n`),
        group: async (name, fn) => {
            stream.write(`== ${name}\n`);
            return fn();
        },
    };
}
/** A logger that keeps every line, for tests. */
function recordingLogger() {
    const lines = [];
    return {
        lines,
        debug: (message) => void lines.push({ level: 'debug', message }),
        info: (message) => void lines.push({ level: 'info', message }),
        warning: (message) => void lines.push({ level: 'warning', message }),
        error: (message) => void lines.push({ level: 'error', message }),
        group: async (message, fn) => {
            lines.push({ level: 'group', message });
            return fn();
        },
    };
}

;// CONCATENATED MODULE: ./src/gpu/process-tree.ts
/**
 * The process tree of a command, read from /proc (Linux): its descendants, their resident memory, and
 * how to stop all of them. Other systems get a tree of just the root (no /proc): sampling still works,
 * it only sees less.
 */

/** Parses /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses. */
function parseStat(text) {
    const close = text.lastIndexOf(')');
    if (close < 0)
        return null;
    const pid = Number.parseInt(text, 10);
    const rest = text.slice(close + 2).split(' ');
    const ppid = Number(rest[1]);
    if (!Number.isInteger(pid) || !Number.isInteger(ppid))
        return null;
    return { pid, ppid };
}
/** Parses VmRSS from /proc/<pid>/status into bytes; null when absent (kernel threads, zombies). */
function parseVmRss(text) {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(text);
    return match ? Number(match[1]) * 1024 : null;
}
/** Every process on the machine with its parent, from /proc; [] where there is no /proc. */
async function listProcesses(procDir = '/proc') {
    let names;
    try {
        names = await (0,promises_.readdir)(procDir);
    }
    catch {
        return [];
    }
    const entries = await Promise.all(names
        .filter((name) => /^\d+$/.test(name))
        .map(async (name) => {
        try {
            return parseStat(await (0,promises_.readFile)(`${procDir}/${name}/stat`, 'utf8'));
        }
        catch {
            return null; // exited between readdir and read
        }
    }));
    return entries.filter((e) => e !== null);
}
/** The pids of `root` and all its descendants, root first (pure: takes a process table). */
function treeOf(root, table) {
    const children = new Map();
    for (const { pid, ppid } of table) {
        if (pid === ppid)
            continue;
        const list = children.get(ppid) ?? [];
        list.push(pid);
        children.set(ppid, list);
    }
    const tree = [root];
    const seen = new Set(tree);
    for (let i = 0; i < tree.length; i++) {
        for (const child of children.get(tree[i]) ?? []) {
            if (!seen.has(child)) {
                seen.add(child);
                tree.push(child);
            }
        }
    }
    return tree;
}
async function processTree(root, procDir = '/proc') {
    return treeOf(root, await listProcesses(procDir));
}
/** The summed VmRSS of the given pids in bytes (processes that vanished count 0). */
async function treeRssBytes(pids, procDir = '/proc') {
    const sizes = await Promise.all(pids.map(async (pid) => {
        try {
            return parseVmRss(await (0,promises_.readFile)(`${procDir}/${pid}/status`, 'utf8')) ?? 0;
        }
        catch {
            return 0;
        }
    }));
    return sizes.reduce((a, b) => a + b, 0);
}
function signal(pid, sig) {
    try {
        process.kill(pid, sig);
        return true;
    }
    catch {
        return false;
    }
}
/** True while the process exists and is not a zombie waiting to be reaped. */
async function alive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        if (error.code !== 'EPERM')
            return false;
    }
    try {
        const stat = await (0,promises_.readFile)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    }
    catch {
        return process.platform !== 'linux';
    }
}
async function anyAlive(pids) {
    for (const pid of pids)
        if (await alive(pid))
            return true;
    return false;
}
/**
 * Stops a process tree: SIGTERM to the process group (when the root leads one) and to every descendant,
 * then SIGKILL after `graceMs` to whatever is still alive. The tree is read before signalling, since
 * children re-parent to init once their parent dies.
 */
async function killTree(root, options = {}) {
    const graceMs = options.graceMs ?? 5000;
    const tree = await processTree(root);
    if (options.processGroup)
        signal(-root, 'SIGTERM');
    for (const pid of tree)
        signal(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && (await anyAlive(tree)))
        await new Promise((r) => setTimeout(r, 50));
    // Descendants started during the grace period belong to the tree too.
    const late = await processTree(root);
    if (options.processGroup)
        signal(-root, 'SIGKILL');
    for (const pid of new Set([...tree, ...late]))
        if (await alive(pid))
            signal(pid, 'SIGKILL');
}

;// CONCATENATED MODULE: ./src/gpu/sampler.ts
/**
 * Measures the memory a command uses while it runs: GPU memory of its process tree (the compute apps
 * nvidia-smi lists whose pid is in the tree) and the resident memory of the tree, sampled every
 * `intervalMs`. The memory gate and the training runner read the peaks from `MemorySummary`.
 */





function startMemorySampler(options) {
    const intervalMs = options.intervalMs ?? 1000;
    const logger = options.logger ?? silentLogger;
    const smi = { path: options.nvidiaSmi, env: options.env };
    const perGpu = new Map();
    const state = { peakGpu: 0, peakRss: 0, samples: 0, stopped: false, warned: false, unknown: false, treeSeen: false };
    // The device-wide fallback: used memory per GPU at the first reading, and the largest rise since.
    const device = { baseline: new Map(), peakRise: 0, perGpu: new Map() };
    let detection = options.detection;
    let wake;
    async function sample() {
        const tree = await processTree(options.rootPid);
        const inTree = new Set(tree);
        state.peakRss = Math.max(state.peakRss, await treeRssBytes(tree));
        if (detection?.available) {
            try {
                const used = new Map();
                for (const app of await queryComputeApps(smi)) {
                    if (!inTree.has(app.pid))
                        continue;
                    if (app.usedMiB === null)
                        state.unknown = true;
                    used.set(app.gpuUuid, (used.get(app.gpuUuid) ?? 0) + (app.usedMiB ?? 0));
                }
                if (used.size > 0)
                    state.treeSeen = true;
                if (!state.treeSeen)
                    await sampleDevices();
                let total = 0;
                for (const [uuid, mib] of used) {
                    total += mib;
                    const peak = perGpu.get(uuid) ?? { uuid, ...describeGpu(detection, uuid), peakMiB: 0 };
                    peak.peakMiB = Math.max(peak.peakMiB, mib);
                    perGpu.set(uuid, peak);
                }
                state.peakGpu = Math.max(state.peakGpu, total);
            }
            catch (error) {
                if (!state.warned)
                    logger.warning(`GPU memory sample failed (will keep trying): ${error.message}`);
                state.warned = true;
            }
        }
        state.samples++;
    }
    async function sampleDevices() {
        let rise = 0;
        for (const gpu of await queryGpuMemory(smi)) {
            if (gpu.usedMiB === null)
                continue;
            if (!device.baseline.has(gpu.uuid))
                device.baseline.set(gpu.uuid, gpu.usedMiB);
            const delta = Math.max(0, gpu.usedMiB - device.baseline.get(gpu.uuid));
            device.perGpu.set(gpu.uuid, Math.max(device.perGpu.get(gpu.uuid) ?? 0, delta));
            rise += delta;
        }
        device.peakRise = Math.max(device.peakRise, rise);
    }
    // Resident memory is sampled from the first tick; GPU memory once nvidia-smi has answered, so a slow
    // nvidia-smi never hides the start of a short command.
    const detecting = detection
        ? Promise.resolve()
        : detectGpus(smi).then((found) => {
            detection = found;
            if (!found.available)
                logger.debug(`no GPU memory to sample: ${found.message}`);
        });
    const loop = (async () => {
        while (!state.stopped) {
            await sample();
            if (state.stopped)
                break;
            await new Promise((resolve) => {
                const timer = setTimeout(resolve, intervalMs);
                wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
            });
        }
    })();
    return {
        async stop() {
            state.stopped = true;
            wake?.();
            await loop;
            await detecting;
            const available = detection?.available ?? false;
            const byDevice = available && !state.treeSeen && device.peakRise > 0;
            if (byDevice) {
                logger.warning(`nvidia-smi never listed a process of the training (its PIDs are in another namespace?): the peak GPU memory is the rise of the GPUs' used memory, ${device.peakRise} MiB, which counts every process on them`);
                for (const [uuid, rise] of device.perGpu)
                    if (rise > 0)
                        perGpu.set(uuid, { uuid, ...describeGpu(detection, uuid), peakMiB: rise });
            }
            return {
                peakGpuMemoryMiB: available ? (byDevice ? device.peakRise : state.peakGpu) : null,
                ...(available ? { gpuMeasurement: byDevice ? 'device-delta' : 'processes' } : {}),
                perGpu: [...perGpu.values()].sort((a, b) => (a.index ?? 0) - (b.index ?? 0) || a.uuid.localeCompare(b.uuid)),
                peakRssBytes: state.peakRss,
                samples: state.samples,
                gpuAvailable: available,
                ...(state.unknown ? { gpuMemoryUnknown: true } : {}),
                ...(detection && !detection.available ? { gpuUnavailableReason: detection.message } : {}),
            };
        },
    };
}
function describeGpu(detection, uuid) {
    if (!detection.available)
        return { index: null, name: null };
    const gpu = detection.gpus.find((g) => g.uuid === uuid || g.mig.some((m) => m.uuid === uuid));
    return gpu ? { index: gpu.index, name: gpu.name } : { index: null, name: null };
}
const TAIL_LINES = 20;
/** Runs a command to completion while sampling its memory; a command that cannot start is a DhowError. */
async function measureCommand(options) {
    const started = Date.now();
    // Listen for the signals that stop the command before it exists: a signal that arrives between the spawn and
    // the first await would otherwise kill dhow with its default action and leave the command running.
    let stoppedBy = null;
    const control = {};
    const onSignal = (signal) => {
        stoppedBy ??= signal;
        if (control.stop)
            void control.stop();
    };
    for (const signal of options.stopOn ?? [])
        process.on(signal, onSignal);
    const stopListening = () => {
        for (const signal of options.stopOn ?? [])
            process.off(signal, onSignal);
    };
    const child = (0,external_node_child_process_.spawn)(options.command, options.args ?? [], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so a timeout can stop everything it started.
        detached: true,
    });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const spawned = await new Promise((resolve) => {
        child.once('spawn', () => resolve(null));
        child.once('error', (error) => resolve(error));
    });
    if (spawned) {
        stopListening();
        const code = spawned.code === 'ENOENT' ? 'not-found' : 'invalid-input';
        throw new errors/* DhowError */.Bp(code, `command "${options.command}" could not be started: ${spawned.code === 'ENOENT' ? 'no such file or command' : spawned.message}`, {
            field: 'command',
        });
    }
    const sampler = startMemorySampler({
        rootPid: child.pid,
        intervalMs: options.intervalMs,
        nvidiaSmi: options.nvidiaSmi,
        env: options.env,
        logger: options.logger,
        detection: options.detection,
    });
    const stderrTail = [];
    const streams = [
        lines(child.stdout, (line) => options.onLine?.(line, 'stdout')),
        lines(child.stderr, (line) => {
            options.onLine?.(line, 'stderr');
            stderrTail.push(line);
            if (stderrTail.length > TAIL_LINES)
                stderrTail.shift();
        }),
    ];
    let timedOut = false;
    let killing;
    const stop = (control.stop = () => (killing ??= killTree(child.pid, { graceMs: options.killGraceMs ?? 10_000, processGroup: true })));
    // A signal that came while the command was starting stops it now.
    if (stoppedBy)
        void stop();
    const timer = options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            void stop();
        }, options.timeoutMs);
    const exit = await exited;
    if (timer)
        clearTimeout(timer);
    stopListening();
    await killing;
    // A background grandchild may still hold the pipes open: read what is there, then let go of them.
    const drained = await Promise.race([
        Promise.all(streams).then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), killing ? 500 : 2000).unref()),
    ]);
    if (!drained) {
        child.stdout?.destroy();
        child.stderr?.destroy();
        await Promise.all(streams);
    }
    const memory = await sampler.stop();
    return { exitCode: exit.code, signal: exit.signal, timedOut, stoppedBy, durationMs: Date.now() - started, memory, stderrTail };
}
/** Splits a stream into lines without keeping more than the current partial line. */
function lines(stream, onLine) {
    return new Promise((resolve) => {
        let partial = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
            const parts = (partial + chunk).split('\n');
            partial = parts.pop() ?? '';
            for (const part of parts)
                onLine(part.endsWith('\r') ? part.slice(0, -1) : part);
        });
        const end = () => {
            if (partial !== '')
                onLine(partial);
            partial = '';
            resolve();
        };
        stream.on('end', end);
        stream.on('close', end);
        stream.on('error', end);
    });
}

// EXTERNAL MODULE: ./src/train/draft.ts + 3 modules
var train_draft = __webpack_require__(7485);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/registry/digest.ts
var registry_digest = __webpack_require__(5035);
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

;// CONCATENATED MODULE: ./src/train/outputs.ts
/**
 * What a training run leaves behind and how dhow checks it: `metrics.json` (schema below), the model
 * artifact (sha256 and size, streamed), and optional `parameters.json`. Shared by both training modes.
 *
 * metrics.json is one JSON object; each key is a metric name, each value either a finite number or
 * `{ "value": <number>, "steps": [{ "step": <int>, "value": <number> }, ...] }` (a curve whose final
 * value is `value`). Example: `{ "accuracy": 0.91, "loss": { "value": 0.23, "steps": [{ "step": 1, "value": 0.9 }] } }`.
 */







const MetricName = schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_./-]{0,127}$/, 'metric names are letters, digits, "_", ".", "/" and "-"');
const FiniteNumber = schemas/* number */.aig().refine(Number.isFinite, 'must be a finite number');
const MetricCurve = schemas/* object */.Ikc({
    value: FiniteNumber,
    steps: schemas/* array */.YOg(schemas/* object */.Ikc({ step: schemas/* number */.aig().int().nonnegative(), value: FiniteNumber }).strict()).default([]),
})
    .strict();
const MetricsFile = schemas/* record */.g1P(MetricName, schemas/* union */.KCZ([FiniteNumber, MetricCurve]));
const ParametersFile = schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]));
/** Reads and validates metrics.json; returns the flat name -> value the version record holds. */
async function readMetrics(path) {
    const raw = await readJson(path, 'metrics');
    const result = MetricsFile.safeParse(raw);
    if (!result.success) {
        const hint = result.error.issues[0].code === 'invalid_key' ? '' : ' (each metric is a finite number or {"value": number, "steps": [...]})';
        throw (0,errors/* schemaError */.g$)(result.error.issues, { file: path, hint });
    }
    const metrics = {};
    for (const [name, value] of Object.entries(result.data))
        metrics[name] = typeof value === 'number' ? value : value.value;
    if (Object.keys(metrics).length === 0)
        throw new errors/* DhowError */.Bp('invalid-input', 'holds no metrics', { file: path });
    return metrics;
}
async function readParameters(path) {
    const result = ParametersFile.safeParse(await readJson(path, 'parameters'));
    if (!result.success)
        throw (0,errors/* schemaError */.g$)(result.error.issues, { file: path, hint: ' (parameters are strings, numbers or booleans)' });
    return result.data;
}
async function readJson(path, what) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new errors/* DhowError */.Bp('not-found', `the training did not write ${what} (expected ${(0,external_node_path_.basename)(path)} in DHOW_OUTPUT_DIR)`, { file: path });
        }
        throw error;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const nonFinite = /(^|[^"\w])(-?Infinity|NaN)\b/.exec(text);
        if (nonFinite) {
            const line = text.slice(0, nonFinite.index).split('\n').length;
            throw new errors/* DhowError */.Bp('invalid-input', `${nonFinite[2]} is not JSON: every metric must be a finite number (Python's json.dump writes NaN and Infinity for non-finite floats)`, {
                file: path,
                line,
            });
        }
        throw new errors/* DhowError */.Bp('invalid-input', `is not JSON: ${jsonSyntaxMessage(error)}`, { file: path });
    }
}
const FORMATS = {
    '.onnx': 'onnx',
    '.safetensors': 'safetensors',
    '.pt': 'pytorch',
    '.pth': 'pytorch',
    '.bin': 'binary',
    '.gguf': 'gguf',
    '.pkl': 'pickle',
    '.joblib': 'joblib',
    '.json': 'json',
    '.tar': 'tar',
    '.gz': 'gzip',
    '.zip': 'zip',
};
/**
 * Hashes the artifact, streaming. A file: sha256 of its bytes. A directory: sha256 of its manifest, the
 * lines "<hex sha256>  <relative path>\n" of every file, sorted by path (the `sha256sum` format), so the
 * same tree always has the same digest. Symbolic links are refused: they could point anywhere.
 */
async function hashArtifact(path, field = 'artifact') {
    let info;
    try {
        info = await (0,promises_.lstat)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new errors/* DhowError */.Bp('not-found', 'the training did not write its artifact', { file: path, field });
        }
        throw error;
    }
    if (info.isSymbolicLink())
        throw new errors/* DhowError */.Bp('invalid-input', 'the artifact is a symbolic link; write the file itself', { file: path, field });
    if (info.isFile()) {
        const { digest, size } = await (0,registry_digest/* sha256File */.Q)(path);
        return { path, digest, size, format: FORMATS[(0,external_node_path_.extname)(path).toLowerCase()] };
    }
    if (!info.isDirectory())
        throw new errors/* DhowError */.Bp('invalid-input', 'the artifact is neither a file nor a directory', { file: path, field });
    const files = await listFiles(path, path, field);
    if (files.length === 0)
        throw new errors/* DhowError */.Bp('invalid-input', 'the artifact directory is empty', { file: path, field });
    const manifest = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for (const file of files.sort()) {
        const hashed = await (0,registry_digest/* sha256File */.Q)((0,external_node_path_.join)(path, file));
        size += hashed.size;
        manifest.update(`${hashed.digest.slice('sha256:'.length)}  ${file}\n`);
    }
    return { path, digest: `sha256:${manifest.digest('hex')}`, size, format: 'directory' };
}
async function listFiles(root, dir, field) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isSymbolicLink())
            throw new errors/* DhowError */.Bp('invalid-input', 'the artifact holds a symbolic link', { file: full, field });
        if (entry.isDirectory())
            out.push(...(await listFiles(root, full, field)));
        else if (entry.isFile())
            out.push((0,external_node_path_.relative)(root, full).split('\\').join('/'));
    }
    return out;
}
/**
 * The artifact when none was named: the one `model` or `model.*` entry in the output directory.
 * `artifactOption` is how the caller's users name the artifact (the CLI: `--artifact`; the action: `input "artifact"`).
 */
async function findDefaultArtifact(outputDir, artifactOption = 'the artifact option') {
    let names;
    try {
        names = await (0,promises_.readdir)(outputDir);
    }
    catch {
        throw new errors/* DhowError */.Bp('not-found', 'the output directory does not exist', { file: outputDir });
    }
    const candidates = names.filter((name) => name === 'model' || name.startsWith('model.'));
    if (candidates.length === 1)
        return (0,external_node_path_.join)(outputDir, candidates[0]);
    throw new errors/* DhowError */.Bp('not-found', candidates.length === 0
        ? `the training wrote no artifact: write DHOW_OUTPUT_DIR/model (or model.<ext>), or name it with ${artifactOption}`
        : `several artifacts (${candidates.join(', ')}): name one with ${artifactOption}`, { file: outputDir, field: 'artifact' });
}
async function isDirectory(path) {
    try {
        return (await stat(path)).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/train/spec.ts
var train_spec = __webpack_require__(975);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/train/runner/checkpoint.ts
/**
 * Checkpoints that survive a failed attempt: one directory per workflow run (repository + GITHUB_RUN_ID),
 * shared by its attempts, so "Re-run failed jobs" resumes instead of starting over. It lives outside
 * RUNNER_TEMP, which the runner empties at the start of every job: $DHOW_CHECKPOINT_ROOT, else
 * $XDG_CACHE_HOME/dhow/checkpoints, else ~/.cache/dhow/checkpoints. A successful run removes its directory;
 * those of failed runs nobody re-ran are removed after RETENTION_DAYS (GitHub lets a run be re-run for 30
 * days; a runner's disk is usually the tighter limit).
 */



const MARKER = '.dhow-attempt';
const RETENTION_DAYS = 14;
/** The run's identity from GitHub's variables (DHOW_RUN_ID / DHOW_RUN_ATTEMPT override them). */
function runIdentity(env) {
    const attempt = Number(env.DHOW_RUN_ATTEMPT ?? env.GITHUB_RUN_ATTEMPT ?? '1');
    return {
        repository: env.GITHUB_REPOSITORY || undefined,
        runId: env.DHOW_RUN_ID ?? (env.GITHUB_RUN_ID || undefined),
        attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    };
}
function checkpointRoot(env, configured) {
    if (configured)
        return configured;
    if (env.DHOW_CHECKPOINT_ROOT)
        return env.DHOW_CHECKPOINT_ROOT;
    const cache = env.XDG_CACHE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.tmpdir)(), '.cache');
    return (0,external_node_path_.join)(cache, 'dhow', 'checkpoints');
}
const segment = (value) => value
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 100);
async function prepareCheckpoints(root, run, options = {}) {
    if (!run.runId) {
        return { dir: await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'dhow-checkpoints-')), resume: false, persistent: false };
    }
    const repositoryDir = (0,external_node_path_.join)(root, segment(run.repository ?? 'local'));
    const dir = (0,external_node_path_.join)(repositoryDir, segment(run.runId));
    await (0,promises_.mkdir)(dir, { recursive: true });
    await pruneStale(repositoryDir, dir, (options.retentionDays ?? RETENTION_DAYS) * 86_400_000, (options.now ?? new Date()).getTime());
    const previous = Number((await (0,promises_.readFile)((0,external_node_path_.join)(dir, MARKER), 'utf8').catch(() => '')).trim()) || undefined;
    const hasCheckpoints = (await (0,promises_.readdir)(dir)).some((name) => name !== MARKER);
    const resume = hasCheckpoints && previous !== undefined && previous < run.attempt;
    if (hasCheckpoints && !resume) {
        // Left by this same attempt or by an unknown writer: not something to resume from.
        for (const name of await (0,promises_.readdir)(dir))
            await (0,promises_.rm)((0,external_node_path_.join)(dir, name), { recursive: true, force: true });
    }
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, MARKER), `${run.attempt}\n`);
    return { dir, resume, persistent: true, ...(resume ? { resumedFromAttempt: previous } : {}) };
}
/** After a successful run the checkpoints are no longer needed. */
async function releaseCheckpoints(plan) {
    await (0,promises_.rm)(plan.dir, { recursive: true, force: true });
}
/** Removes the run directories of this repository whose last attempt started longer ago than maxAgeMs. */
async function pruneStale(repositoryDir, keep, maxAgeMs, now) {
    for (const name of await (0,promises_.readdir)(repositoryDir)) {
        const dir = (0,external_node_path_.join)(repositoryDir, name);
        if (dir === keep)
            continue;
        const marker = await (0,promises_.stat)((0,external_node_path_.join)(dir, MARKER)).catch(() => (0,promises_.stat)(dir).catch(() => null));
        if (marker && now - marker.mtimeMs > maxAgeMs)
            await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/train/runner/run.ts
/**
 * Runner mode: runs the training command on this machine (a self-hosted GPU runner), the way the
 * `train` action and `dhow train run` do it:
 *   1. detect GPUs with nvidia-smi and refuse to start when the spec or policy needs one that is not there;
 *   2. prepare the output and checkpoint directories (resuming an earlier attempt of the same run);
 *   3. run the command with DHOW_* variables, streaming its log in a group, sampling its memory, under a timeout;
 *   4. validate what it wrote (metrics.json, the artifact, parameters.json) and build the version-record draft.
 * Any failure is a DhowError and nothing is written for registration.
 */











/** Checks the GPU the spec asks for against what nvidia-smi lists (pure). */
function checkGpuRequirement(spec, detection) {
    const wanted = spec.gpu.count;
    const required = spec.policy['require-gpu'] || wanted > 0 || spec.gpu['mig-profile'] !== undefined;
    if (!required)
        return;
    if (!detection.available) {
        throw new errors/* DhowError */.Bp('refused', `the policy requires a GPU and this runner has none (${detection.message}); run on a GPU runner (e.g. runs-on: [self-hosted, gpu])`, {
            field: 'gpu',
        });
    }
    const profile = spec.gpu['mig-profile'];
    if (profile) {
        const devices = detection.gpus.flatMap((gpu) => gpu.mig.filter((m) => m.profile === profile).map(() => gpu.name));
        if (devices.length === 0) {
            const present = detection.gpus.flatMap((gpu) => gpu.mig.map((m) => m.profile));
            throw new errors/* DhowError */.Bp('refused', `the job needs a MIG ${profile} device and this runner has ${present.length ? present.join(', ') : 'no MIG devices'}`, {
                field: 'gpu.mig-profile',
            });
        }
        return;
    }
    if (wanted > detection.gpus.length) {
        throw new errors/* DhowError */.Bp('refused', `the job needs ${wanted} GPUs and this runner has ${detection.gpus.length}`, { field: 'gpu.count' });
    }
    const product = spec.gpu.product;
    if (product && !detection.gpus.some((gpu) => sameProduct(gpu.name, product))) {
        throw new errors/* DhowError */.Bp('refused', `the job needs a ${product} and this runner has ${[...new Set(detection.gpus.map((g) => g.name))].join(', ')}`, {
            field: 'gpu.product',
        });
    }
}
/** "NVIDIA-H100-80GB-HBM3" (the Kubernetes label) names the same GPU as "NVIDIA H100 80GB HBM3". */
function sameProduct(a, b) {
    const n = (s) => s.toUpperCase().replace(/[\s_-]+/g, '-');
    return n(a) === n(b);
}
/**
 * What the training command inherits: the runner's environment without what belongs to the action
 * itself (its inputs, such as a kubeconfig, its saved state, and the runtime tokens the runner gives
 * JavaScript actions but never gives \`run:\` steps).
 */
function inheritedEnvironment(env) {
    const withheld = /^(INPUT_|STATE_|ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_CACHE_URL$|ACTIONS_RESULTS_URL$|DHOW_NVIDIA_SMI$)/;
    return Object.fromEntries(Object.entries(env).filter(([name]) => !withheld.test(name)));
}
function describeCommand(command) {
    return typeof command === 'string' ? command : command.join(' ');
}
async function runRunnerTraining(options) {
    const { spec, logger, env } = options;
    const now = options.now ?? (() => new Date());
    const nvidiaSmi = options.nvidiaSmi ?? env.DHOW_NVIDIA_SMI ?? undefined;
    const gpus = await detectGpus({ path: nvidiaSmi, env });
    if (gpus.available)
        logger.info(`GPUs: ${gpus.gpus.map((g) => `${g.index}: ${g.name}${g.mig.length ? ` (MIG ${g.mig.map((m) => m.profile).join(', ')})` : ''}`).join('; ')}`);
    else
        logger.info(`no GPU: ${gpus.message}`);
    checkGpuRequirement(spec, gpus);
    const outputDir = (0,external_node_path_.resolve)(options.cwd, options.outputDir);
    await (0,promises_.mkdir)(outputDir, { recursive: true }).catch((error) => {
        if (error.code === 'EEXIST' || error.code === 'ENOTDIR') {
            throw new errors/* DhowError */.Bp('invalid-input', 'the output directory is a file: name a directory (new or existing)', { file: outputDir, field: 'output-dir' });
        }
        throw error;
    });
    // What the output directory already holds: a file the command does not rewrite must not pass as its output.
    const leftovers = await outputStamps(outputDir);
    const run = runIdentity(env);
    const checkpoints = await prepareCheckpoints(checkpointRoot(env, options.checkpointRoot), run);
    if (checkpoints.resume)
        logger.info(`resuming from the checkpoints of attempt ${checkpoints.resumedFromAttempt} in ${checkpoints.dir}`);
    const childEnv = {
        ...inheritedEnvironment(env),
        ...spec.env,
        DHOW_OUTPUT_DIR: outputDir,
        DHOW_CHECKPOINT_DIR: checkpoints.dir,
        DHOW_RESUME: checkpoints.resume ? '1' : '0',
        DHOW_RUN_ATTEMPT: String(run.attempt),
        DHOW_PARAMETERS: JSON.stringify(spec.parameters),
    };
    for (const [name, value] of Object.entries(spec.parameters))
        childEnv[(0,train_spec.parameterEnvName)(name)] = String(value);
    const [command, args] = typeof spec.command === 'string' ? ['sh', ['-c', spec.command]] : [spec.command[0], spec.command.slice(1)];
    const started = now();
    const measured = await logger.group(`Training: ${describeCommand(spec.command)}`, () => measureCommand({
        command,
        args,
        env: childEnv,
        cwd: options.cwd,
        intervalMs: options.sampleIntervalMs ?? 1000,
        nvidiaSmi,
        logger,
        detection: gpus,
        timeoutMs: spec.timeout * 1000,
        killGraceMs: options.killGraceMs,
        onLine: (line) => logger.info(line),
        stopOn: options.stopOn ?? ['SIGINT', 'SIGTERM'],
    }));
    const durationSeconds = (now().getTime() - started.getTime()) / 1000;
    if (measured.memory.gpuMemoryUnknown) {
        logger.warning('nvidia-smi did not report the GPU memory of some training processes ([N/A] or [Insufficient Permissions], usual on MIG devices): the peak GPU memory undercounts');
    }
    if (measured.stoppedBy) {
        throw new errors/* DhowError */.Bp('training-failed', `dhow received ${measured.stoppedBy} (the workflow was cancelled?) and stopped the training; its checkpoints are kept in ${checkpoints.dir}`, {
            field: 'command',
        });
    }
    if (measured.timedOut) {
        throw new errors/* DhowError */.Bp('timeout', `the training passed its timeout of ${formatSeconds(spec.timeout)} and was stopped (SIGTERM, then SIGKILL); its checkpoints are kept in ${checkpoints.dir}, so a re-run of this workflow run resumes`, {
            field: 'timeout',
        });
    }
    if (measured.exitCode !== 0) {
        const tail = measured.stderrTail.filter((l) => l.trim() !== '').slice(-5);
        if (typeof spec.command === 'string' && measured.exitCode === 127 && tail.some((l) => /not found|No such file/i.test(l))) {
            throw new errors/* DhowError */.Bp('not-found', `the training command was not found: ${tail.at(-1)}`, { field: 'command' });
        }
        const how = measured.exitCode === null ? `was killed by ${measured.signal}` : `exited with code ${measured.exitCode}`;
        throw new errors/* DhowError */.Bp('training-failed', `the training command ${how}; nothing was registered`, { field: 'command', reasons: tail });
    }
    refuseLeftover(leftovers, await outputStamps(outputDir), 'metrics.json', 'metrics.json', outputDir);
    const metrics = await readMetrics((0,external_node_path_.join)(outputDir, 'metrics.json'));
    const artifactPath = options.artifact
        ? (0,external_node_path_.isAbsolute)(options.artifact)
            ? options.artifact
            : (0,external_node_path_.resolve)(outputDir, options.artifact)
        : await findDefaultArtifact(outputDir, options.optionNames?.artifact);
    if (options.artifact && !(0,external_node_fs_.existsSync)(artifactPath) && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(options.cwd, options.artifact))) {
        throw new errors/* DhowError */.Bp('invalid-input', `the artifact must be inside the output directory ${outputDir}`, { field: 'artifact', file: options.artifact });
    }
    const artifactName = (0,external_node_path_.relative)(outputDir, artifactPath);
    if (!artifactName.startsWith('..') && !(0,external_node_path_.isAbsolute)(artifactName))
        refuseLeftover(leftovers, await outputStamps(outputDir), artifactName, 'the artifact', outputDir);
    const hashed = await hashArtifact(artifactPath);
    let artifact = { ...hashed, uri: options.artifactUri ?? (0,external_node_url_.pathToFileURL)(artifactPath).href };
    if (options.upload) {
        // Unnamed drafts go under their digest, so two runs never share a key.
        const under = options.model && options.version ? [options.model, options.version] : [hashed.digest.replace(':', '-')];
        const uploaded = await options.upload({ path: artifactPath, digest: hashed.digest, isDirectory: hashed.format === 'directory', under });
        artifact = { ...hashed, uri: uploaded.uri, endpoint: uploaded.endpoint, region: uploaded.region };
    }
    const written = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(outputDir, 'parameters.json')) ? await readParameters((0,external_node_path_.join)(outputDir, 'parameters.json')) : {};
    const parameters = { ...spec.parameters, ...written };
    const gpu = gpus.available && (spec.gpu.count > 0 || spec.gpu['mig-profile'] || spec.policy['require-gpu'])
        ? {
            count: spec.gpu['mig-profile'] ? 1 : Math.max(spec.gpu.count, 1),
            product: gpus.gpus[0].name,
            ...(spec.gpu['mig-profile'] ? { 'mig-profile': spec.gpu['mig-profile'] } : {}),
        }
        : undefined;
    const draft = (0,train_draft.buildVersionDraft)({
        model: options.model,
        version: options.version,
        artifact,
        metrics,
        parameters,
        data: spec.data,
        training: { mode: 'runner', region: options.region ?? spec.region, gpu, peakGpuMemoryMiB: measured.memory.peakGpuMemoryMiB, durationSeconds },
        env,
        now: options.createdAt ?? now(),
        createdBy: options.createdBy,
    });
    if (options.draftPath)
        await (0,train_draft.writeVersionDraft)((0,external_node_path_.resolve)(options.cwd, options.draftPath), draft);
    if (!options.keepCheckpoints)
        await releaseCheckpoints(checkpoints);
    return {
        metrics,
        artifact,
        parameters,
        memory: measured.memory,
        durationSeconds,
        resumed: checkpoints.resume,
        checkpointDir: checkpoints.dir,
        gpus,
        draft,
        ...(options.draftPath ? { draftPath: (0,external_node_path_.resolve)(options.cwd, options.draftPath) } : {}),
    };
}
const MAX_STAMPED = 100_000;
/** Every file under the output directory (relative path -> inode, size and mtime), bounded. */
async function outputStamps(dir) {
    const stamps = new Map();
    const walk = async (sub) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)((0,external_node_path_.join)(dir, sub), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (stamps.size >= MAX_STAMPED)
                return;
            const rel = sub ? `${sub}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                await walk(rel);
            else {
                const st = await (0,promises_.lstat)((0,external_node_path_.join)(dir, rel), { bigint: true }).catch(() => null);
                if (st)
                    stamps.set(rel, `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`);
            }
        }
    };
    await walk('');
    return stamps;
}
/**
 * Refuses an output (a file, or every file of a directory artifact) that was there before the command ran and
 * that the command left untouched: it belongs to an earlier run, and recording it would register that run's
 * model or metrics under this run's lineage.
 */
function refuseLeftover(before, after, name, what, outputDir) {
    const prefix = `${name}/`;
    const files = [...after.keys()].filter((k) => k === name || k.startsWith(prefix));
    if (files.length === 0 || !files.every((f) => before.get(f) === after.get(f)))
        return;
    throw new errors/* DhowError */.Bp('invalid-input', `${what} (${name}) is left over from an earlier run: the training command did not write it this time. Have the command write it to $DHOW_OUTPUT_DIR, or start from an empty output directory`, { file: (0,external_node_path_.join)(outputDir, name), field: 'output-dir' });
}
function formatSeconds(seconds) {
    if (seconds % 3600 === 0)
        return `${seconds / 3600}h`;
    if (seconds % 60 === 0)
        return `${seconds / 60}m`;
    return `${seconds}s`;
}


/***/ }),

/***/ 975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Duration: () => (/* binding */ Duration),
/* harmony export */   TrainingData: () => (/* binding */ TrainingData),
/* harmony export */   TrainingGpu: () => (/* binding */ TrainingGpu),
/* harmony export */   TrainingJobSpec: () => (/* binding */ TrainingJobSpec),
/* harmony export */   TrainingPolicy: () => (/* binding */ TrainingPolicy),
/* harmony export */   issueMessage: () => (/* binding */ issueMessage),
/* harmony export */   overlaySpecMapping: () => (/* binding */ overlaySpecMapping),
/* harmony export */   parameterEnvName: () => (/* binding */ parameterEnvName),
/* harmony export */   parseDurationSeconds: () => (/* binding */ parseDurationSeconds),
/* harmony export */   parsePairs: () => (/* binding */ parsePairs),
/* harmony export */   parseParameters: () => (/* binding */ parseParameters),
/* harmony export */   parseTrainingJobSpec: () => (/* binding */ parseTrainingJobSpec),
/* harmony export */   readTrainingSpecFile: () => (/* binding */ readTrainingSpecFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9201);
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
