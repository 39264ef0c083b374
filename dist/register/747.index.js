export const id = 747;
export const ids = [747];
export const modules = {

/***/ 8747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readVersionDraftFile: () => (/* binding */ readVersionDraftFile)
});

// UNUSED EXPORTS: VersionDraft, buildVersionDraft, sourceFromEnv, writeVersionDraft

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/atomic-file.ts
/** Writing a file whole or not at all: what dhow writes for other steps (reports, drafts) is never read half-written. */


/** Writes a file whole: to a temporary name beside it, then renamed, so a reader never sees half of it. */
async function atomic_file_writeFileAtomic(path, content) {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    try {
        await writeFile(temporary, content, 'utf8');
        await rename(temporary, path);
    }
    catch (error) {
        await rm(temporary, { force: true });
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

// EXTERNAL MODULE: ./src/registry/files.ts + 1 modules
var files = __webpack_require__(7682);
// EXTERNAL MODULE: ./src/registry/schemas.ts + 1 modules
var schemas = __webpack_require__(9201);
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
        apiVersion: API_VERSION,
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
    const parsed = (input.model && input.version ? VersionRecord : VersionDraft).safeParse(draft);
    if (!parsed.success)
        throw schemaError(parsed.error.issues, { what: 'the version record would be invalid' });
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
    await writeFileAtomic(path, stringify(draft, { lineWidth: 0 }));
}
/**
 * A draft file as `dhow register --from` and the register action's `version-file` take it: the mapping of
 * ModelVersion fields their flags or inputs complete. Errors name the file and `field`, what named it.
 */
async function readVersionDraftFile(path, field) {
    const text = await readBoundedFile(path, files/* MAX_REGISTRY_FILE_BYTES */.kf, 'the version record');
    // As strict as a registry file: size, UTF-8, tags, duplicate keys and aliases.
    const parsed = (0,files/* parseYamlStrictly */.Tl)(path, text);
    if (!parsed.ok)
        throw new errors/* DhowError */.Bp('invalid-input', parsed.problems[0].message, { file: path, field, line: parsed.problems[0].line });
    const data = parsed.data;
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new errors/* DhowError */.Bp('invalid-input', 'expected a mapping of ModelVersion fields', { file: path, field });
    return data;
}


/***/ })

};
