export const id = 872;
export const ids = [872];
export const modules = {

/***/ 8872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/actions/runner.ts
var runner = __webpack_require__(3197);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The one error family of dhow. A DhowError is something a user can act on (bad input, a refusal by
 * policy, a lost race that could not be recovered); anything else that escapes is a bug.
 */
class errors_DhowError extends Error {
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
    if (error instanceof errors_DhowError) {
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
    return new errors_DhowError('invalid-input', message, { file: where.file, field: issue.path.map(String).join('.') || where.field });
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/registry/names.ts
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
        throw new errors_DhowError('invalid-name', problem, { field: where.field ?? kind, file: where.file });
    return value;
}
function isValidName(kind, value) {
    return check(kind, value) === null;
}
const zodName = (kind) => schemas/* string */.YjP()
    .superRefine((value, ctx) => {
    const problem = check(kind, value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
})
    // The JSON Schemas for editors carry the same rule (the refinement itself is not representable).
    .meta({ pattern: (kind === 'environment' ? ENVIRONMENT_PATTERN : NAME_PATTERN).source, description: `a ${kind} name` });
const ModelName = zodName('model');
const VersionName = zodName('version');
const EnvironmentName = zodName('environment');
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

;// CONCATENATED MODULE: ./src/train/mode.ts
/**
 * The contract between the edges (the `train` action, `dhow train`) and the two training modes. Runner
 * mode is src/train/runner; Kubernetes mode is src/train/kubernetes/index.ts, loaded lazily (so the runner
 * path never loads @kubernetes/client-node) and expected to export the functions of
 * `KubernetesTrainingModule`.
 */

/**
 * Loads the Kubernetes launcher: from the sources, src/train/kubernetes/index.ts; from a bundle, the one
 * shared bundle dist/kubernetes/index.js beside it (scripts/build.mjs builds it once), so the 19 MB of
 * @kubernetes/client-node sit in dist/ once instead of inside every bundle that may train on a cluster.
 * The specifier is computed and marked webpackIgnore so that ncc leaves this import to Node.
 */
async function loadKubernetesMode() {
    const fromSources = import.meta.url.endsWith('.ts');
    const launcher = new URL(fromSources ? './kubernetes/index.ts' : '../kubernetes/index.js', import.meta.url);
    try {
        return (await import(/* webpackIgnore: true */ launcher.href));
    }
    catch (error) {
        if (error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('kubernetes')) {
            throw new errors_DhowError('usage', 'Kubernetes mode is not available in this build of dhow');
        }
        throw error;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
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
        throw new errors_DhowError('invalid-input', `unexpected line from nvidia-smi -L: ${JSON.stringify(line)}`, {
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
        throw new errors_DhowError('invalid-input', `expected a number of MiB, got ${JSON.stringify(v)}`, where);
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
            throw new errors_DhowError('invalid-input', `expected ${QUERY_GPU_FIELDS.join(', ')}, got ${cells.length} columns`, { file, line });
        }
        // A GPU name could hold a comma: the fixed columns are the first two and the last two.
        const [index, uuid] = cells;
        const total = cells.at(-2);
        const used = cells.at(-1);
        if (!/^\d+$/.test(index))
            throw new errors_DhowError('invalid-input', `GPU index ${JSON.stringify(index)} is not a number`, { file, line, field: 'index' });
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
            throw new errors_DhowError('invalid-input', `expected ${QUERY_COMPUTE_APPS_FIELDS.join(', ')}, got ${cells.length} columns`, { file, line });
        }
        const [gpuUuid, pid, used] = cells;
        if (!/^\d+$/.test(pid))
            throw new errors_DhowError('invalid-input', `pid ${JSON.stringify(pid)} is not a number`, { file, line, field: 'pid' });
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
        throw new errors_DhowError('invalid-input', classifyFailure(result).message, { file: `nvidia-smi ${args[0]}` });
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
        throw new errors_DhowError(code, `command "${options.command}" could not be started: ${spawned.code === 'ENOENT' ? 'no such file or command' : spawned.message}`, {
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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

;// CONCATENATED MODULE: ./src/bounded-file.ts
/**
 * Reading a small file from outside (an alert payload, a version record, a metrics file) with its size
 * limit enforced WHILE reading: a regular file only (a FIFO, a device such as /dev/zero or a directory is
 * refused before a byte is read), and never more than the limit plus one byte, whatever stat said (a file
 * can grow between stat and read, and /proc files report size 0).
 */



async function bounded_file_readBoundedFile(path, limit, what) {
    let handle;
    try {
        // O_NONBLOCK: opening a FIFO with no writer must not hang before we can see it is not a regular file.
        handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new DhowError('not-found', `${what} does not exist`, { file: path });
        if (code === 'EISDIR')
            throw new DhowError('invalid-input', `is a directory: give ${what}`, { file: path });
        throw new DhowError('invalid-input', `cannot read ${what} (${code ?? 'error'})`, { file: path });
    }
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw new DhowError('invalid-input', `is a directory: give ${what}`, { file: path });
        if (!info.isFile())
            throw new DhowError('invalid-input', `${what} is not a regular file (a device, FIFO or socket is refused)`, { file: path });
        if (info.size > limit)
            throw new DhowError('invalid-input', `${what} is ${info.size} bytes; at most ${limit} are allowed`, { file: path });
        const buffer = Buffer.alloc(limit + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > limit)
            throw new DhowError('invalid-input', `${what} is larger than the ${limit} bytes allowed`, { file: path });
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
        }
        catch {
            throw new DhowError('invalid-input', `${what} is not valid UTF-8`, { file: path });
        }
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/registry/rollout-schemas.ts
/**
 * The registry format of progressive delivery: the rollout policy dhow.yaml declares per environment (and
 * per model), the GPU budget of an environment, and the rollout state a release file records while a
 * canary, blue-green or A/B rollout is under way. Every field is optional or defaulted, so registries
 * written before rollouts existed stay valid. Semantics of the analysis limits follow Argo Rollouts'
 * AnalysisTemplate (https://argo-rollouts.readthedocs.io/en/stable/features/analysis/).
 */


/** A duration as `30s`, `5m`, `24h` or `7d` (rollout intervals and soaks are often seconds or minutes). */
const RolloutDuration = schemas/* string */.YjP().regex(/^[1-9][0-9]{0,5}(s|m|h|d)$/, 'must be a whole number of seconds, minutes, hours or days, e.g. 30s, 5m, 1h');
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Milliseconds of a RolloutDuration (or of a registry Duration, which is a subset). */
function durationMs(duration) {
    const match = /^([0-9]+)([smhd])$/.exec(duration);
    if (!match)
        throw new RangeError(`not a duration: ${duration}`);
    return Number(match[1]) * UNIT_MS[match[2]];
}
const CheckName = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes');
/** A PromQL query; `{{model}}`, `{{environment}}`, `{{version}}` and `{{namespace}}` are filled in before it runs. */
const PromQL = schemas/* string */.YjP().min(1).max(4000);
/**
 * One analysis check. `canary` (and `stable`, for a relative comparison) are PromQL queries returning one
 * number; `samples` returns how many observations the canary's number rests on. Exactly one of `threshold`
 * (absolute) and `tolerance` (relative to stable, a fraction: 0.1 lets the canary be 10% worse) is given.
 */
const AnalysisCheck = schemas/* object */.Ikc({
    name: CheckName,
    canary: PromQL,
    stable: PromQL.optional(),
    samples: PromQL.optional(),
    /** Fewer samples than this make a measurement inconclusive, never a pass. */
    'min-samples': schemas/* number */.aig().int().min(0).default(0),
    direction: schemas/* enum */.k5n(['lower-is-better', 'higher-is-better']),
    threshold: schemas/* number */.aig().optional(),
    tolerance: schemas/* number */.aig().min(0).max(100).optional(),
    /** Time between two measurements; the first is taken one interval after a step begins. */
    interval: RolloutDuration.default('1m'),
    /** Argo Rollouts' failureLimit: the analysis fails when failed measurements exceed it; -1: never. */
    'failure-limit': schemas/* number */.aig().int().min(-1).default(0),
    /** Argo Rollouts' inconclusiveLimit: inconclusive measurements beyond it abort the rollout; -1: never. */
    'inconclusive-limit': schemas/* number */.aig().int().min(-1).default(0),
})
    .strict()
    .superRefine((check, ctx) => {
    if ((check.threshold === undefined) === (check.tolerance === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'give exactly one of "threshold" (absolute) and "tolerance" (relative to stable)' });
    }
    if (check.tolerance !== undefined && check.stable === undefined) {
        ctx.addIssue({ code: 'custom', path: ['stable'], message: 'a relative check ("tolerance") needs a "stable" query to compare with' });
    }
    if (check['min-samples'] > 0 && check.samples === undefined) {
        ctx.addIssue({ code: 'custom', path: ['samples'], message: '"min-samples" needs a "samples" query that counts the observations' });
    }
});
const CanaryStep = schemas/* object */.Ikc({ weight: schemas/* number */.aig().int().min(1).max(99), soak: RolloutDuration }).strict();
/**
 * The A/B decision: a fixed split held for `duration`, then a test on the primary metric. `rate`: PromQL
 * for successes and trials per arm (two-proportion z-test); `mean`: PromQL for the mean, standard deviation
 * and count per arm (Welch's t-test). Queries are templated like analysis checks, `{{version}}` naming the arm.
 */
const AbTest = schemas/* object */.Ikc({
    weight: schemas/* number */.aig().int().min(1).max(99).default(50),
    duration: RolloutDuration,
    metric: schemas/* discriminatedUnion */.gMt('kind', [
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('rate'), name: CheckName, successes: PromQL, trials: PromQL }).strict(),
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('mean'), name: CheckName, mean: PromQL, stddev: PromQL, count: PromQL }).strict(),
    ]),
    direction: schemas/* enum */.k5n(['lower-is-better', 'higher-is-better']),
    alpha: schemas/* number */.aig().gt(0).lt(1).default(0.05),
    /** Observations each arm needs; fewer make the decision inconclusive (the stable version stays). */
    'min-samples': schemas/* number */.aig().int().min(2).default(100),
})
    .strict();
const RolloutPolicy = schemas/* object */.Ikc({
    strategy: schemas/* enum */.k5n(['all-at-once', 'canary', 'blue-green', 'ab']).default('all-at-once'),
    /** canary: traffic weights in increasing order, each held for its soak; 100% follows the last. */
    steps: schemas/* array */.YOg(CanaryStep).max(20).optional(),
    /** blue-green: how long the new version runs beside the old with no traffic before it takes all. */
    preview: RolloutDuration.optional(),
    ab: AbTest.optional(),
    analysis: schemas/* array */.YOg(AnalysisCheck).max(20).default([]),
})
    .strict()
    .superRefine((policy, ctx) => {
    if (policy.strategy === 'canary') {
        if (!policy.steps || policy.steps.length === 0)
            ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a canary rollout needs at least one step' });
        policy.steps?.forEach((step, i) => {
            if (i > 0 && step.weight <= policy.steps[i - 1].weight) {
                ctx.addIssue({ code: 'custom', path: ['steps', i, 'weight'], message: 'step weights must increase' });
            }
        });
    }
    if (policy.strategy === 'blue-green' && !policy.preview) {
        ctx.addIssue({ code: 'custom', path: ['preview'], message: 'a blue-green rollout needs a "preview" duration' });
    }
    if (policy.strategy === 'ab' && !policy.ab)
        ctx.addIssue({ code: 'custom', path: ['ab'], message: 'an ab rollout needs an "ab" test' });
    const seen = new Set();
    policy.analysis.forEach((check, i) => {
        if (seen.has(check.name))
            ctx.addIssue({ code: 'custom', path: ['analysis', i, 'name'], message: `check "${check.name}" is listed twice` });
        seen.add(check.name);
    });
});
/** The GPUs an environment may use across all its models: whole GPUs, and MIG slices by profile. */
const GpuBudget = schemas/* object */.Ikc({
    gpus: schemas/* number */.aig().int().min(0).optional(),
    mig: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^\d+g\.\d+gb$/, 'must be a MIG profile such as 1g.10gb'), schemas/* number */.aig().int().min(0)).optional(),
})
    .strict();
const Timestamp = iso/* datetime */.w$({ offset: true });
/**
 * A rollout under way, in the release file: the release's `version` is the canary (what the manifests
 * render, with its traffic weight), `stable` the version serving the rest. Counters are measurements that
 * failed or were inconclusive, per check, since the rollout began.
 */
const RolloutState = schemas/* object */.Ikc({
    strategy: schemas/* enum */.k5n(['canary', 'blue-green', 'ab']),
    stable: VersionName,
    canary: VersionName,
    weight: schemas/* number */.aig().int().min(0).max(99),
    step: schemas/* number */.aig().int().min(0),
    'started-at': Timestamp,
    'step-started-at': Timestamp,
    failures: schemas/* record */.g1P(CheckName, schemas/* number */.aig().int().min(1)).default({}),
    inconclusive: schemas/* record */.g1P(CheckName, schemas/* number */.aig().int().min(1)).default({}),
    /** When each check's last recorded (failed or inconclusive) measurement was taken. */
    'measured-at': schemas/* record */.g1P(CheckName, Timestamp).default({}),
})
    .strict();

;// CONCATENATED MODULE: ./src/registry/schemas.ts
/**
 * The registry format, v1: one zod schema per file kind. Every file carries `apiVersion: dhow.dev/v1`
 * and `kind`; keys are kebab-case. These schemas are the source of the JSON Schemas in policies/schemas/.
 */



const API_VERSION = 'dhow.dev/v1';
const header = (kind) => ({
    apiVersion: schemas/* literal */.euz(API_VERSION),
    kind: schemas/* literal */.euz(kind),
});
/** `sha256:<64 hex>`: the only digest form dhow writes or accepts. */
const Digest = schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lower-case hex digits');
const schemas_Timestamp = iso/* datetime */.w$({ offset: true });
/** A region identifier as the cloud or cluster names it (e.g. me-central-1, qatarcentral, uaenorth). */
const Region = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case region identifier');
const Person = schemas/* string */.YjP().min(1).max(200);
// ---------------------------------------------------------------------------------------------
// dhow.yaml
const TeamName = schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be "org/team-slug"');
const Reviewers = schemas/* object */.Ikc({
    users: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    teams: schemas/* array */.YOg(TeamName).default([]),
})
    .strict();
/** A role on the registry repository, as GitHub names them (its "repository roles"), weakest last. */
const RepositoryRole = schemas/* enum */.k5n(['admin', 'maintain', 'write', 'triage', 'read']);
/** A group of which at least `count` must approve: a team, or a list of users. */
const RequiredApprovers = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ team: TeamName, count: schemas/* number */.aig().int().min(1).max(20).default(1) }).strict(),
    schemas/* object */.Ikc({ users: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1), count: schemas/* number */.aig().int().min(1).max(20).default(1) }).strict(),
]);
/** A duration as `30m`, `24h` or `7d`. */
const Duration = schemas/* string */.YjP().regex(/^[1-9][0-9]{0,5}(m|h|d)$/, 'must be a whole number of minutes, hours or days, e.g. 30m, 24h, 7d');
const EnvironmentPolicy = schemas/* object */.Ikc({
    name: EnvironmentName,
    /** Distinct approving reviewers needed, not counting the author or the bot. */
    approvals: schemas/* number */.aig().int().min(0).max(20),
    reviewers: Reviewers.default({ users: [], teams: [] }),
    /** Enable auto-merge on promotion pull requests once the policy is satisfied (github forge). */
    'auto-merge': schemas/* boolean */.zMY().default(false),
    /** Gate policy for this environment: a path in the registry, overriding the registry-wide one. */
    'gate-policy': schemas/* string */.YjP().min(1).optional(),
    /** Kubernetes namespace the deploy manifests target. */
    namespace: schemas/* string */.YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .optional(),
    /** Groups each of which must approve (beside `approvals` in all), e.g. one of team org/model-risk. */
    'required-approvers': schemas/* array */.YOg(RequiredApprovers).optional(),
    /** How long a version must have run in the environment before this one before it may come here. */
    soak: Duration.optional(),
    /** How a merged promotion reaches traffic here (default all-at-once); see docs/rollouts.md. */
    rollout: RolloutPolicy.optional(),
    /** The GPUs this environment's models may use together: a rollout that would exceed it does not start. */
    'gpu-budget': GpuBudget.optional(),
})
    .strict();
/**
 * Who may approve on a local registry (GitHub knows this itself): every reviewer has `default` unless
 * listed, and the members of teams named by `reviewers` or `required-approvers`.
 */
const AccessPolicy = schemas/* object */.Ikc({
    default: RepositoryRole.default('write'),
    users: schemas/* record */.g1P(schemas/* string */.YjP().min(1), RepositoryRole).default({}),
    teams: schemas/* record */.g1P(TeamName, schemas/* array */.YOg(schemas/* string */.YjP().min(1))).default({}),
})
    .strict();
const ResidencyLocation = schemas/* object */.Ikc({
    /** A URI prefix (s3://bucket/, gs://bucket/, https://account.blob.core.windows.net/) or a cluster name. */
    prefix: schemas/* string */.YjP().min(1),
    region: Region,
})
    .strict();
const ResidencyPolicy = schemas/* object */.Ikc({
    'allowed-regions': schemas/* array */.YOg(Region).min(1),
    locations: schemas/* array */.YOg(ResidencyLocation).default([]),
    clusters: schemas/* record */.g1P(schemas/* string */.YjP().min(1), Region).default({}),
})
    .strict();
const RevertPolicy = schemas/* object */.Ikc({
    mode: schemas/* enum */.k5n(['direct', 'pull-request']).default('pull-request'),
    'event-type': schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9_.-]{1,100}$/)
        .default('dhow-drift-alert'),
})
    .strict();
const DeployPolicy = schemas/* object */.Ikc({
    runtime: schemas/* enum */.k5n(['kserve']).default('kserve'),
    namespace: schemas/* string */.YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .default('models'),
})
    .strict();
const RegistryConfig = schemas/* object */.Ikc({
    ...header('Registry'),
    /** Environments in promotion order: a version reaches environment i only after it ran in i-1. */
    environments: schemas/* array */.YOg(EnvironmentPolicy).min(1),
    /** Registry-wide gate policy (a path in the registry); per-model overrides below. */
    'gate-policy': schemas/* string */.YjP().min(1).optional(),
    models: schemas/* record */.g1P(ModelName, schemas/* object */.Ikc({
        'gate-policy': schemas/* string */.YjP().min(1).optional(),
        /** Per-environment rollout policies replacing the environment's own for this model. */
        rollout: schemas/* record */.g1P(EnvironmentName, RolloutPolicy).optional(),
    })
        .strict())
        .default({}),
    residency: ResidencyPolicy.optional(),
    revert: RevertPolicy.default({ mode: 'pull-request', 'event-type': 'dhow-drift-alert' }),
    deploy: DeployPolicy.default({ runtime: 'kserve', namespace: 'models' }),
    /** Reviewer roles and team members on a local registry (ignored on GitHub, which knows both). */
    access: AccessPolicy.optional(),
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
    for (const [model, entry] of Object.entries(config.models)) {
        for (const env of Object.keys(entry.rollout ?? {})) {
            if (!seen.has(env))
                ctx.addIssue({ code: 'custom', path: ['models', model, 'rollout', env], message: `no environment "${env}" in "environments"` });
        }
    }
});
// ---------------------------------------------------------------------------------------------
// models/<model>/model.yaml
const ModelFile = schemas/* object */.Ikc({
    ...header('Model'),
    name: ModelName,
    owners: schemas/* array */.YOg(Person).default([]),
    task: schemas/* string */.YjP().min(1).max(100).optional(),
    language: schemas/* array */.YOg(schemas/* string */.YjP().min(2).max(35)).default([]),
    description: schemas/* string */.YjP().max(10_000).optional(),
    /** For the AI-system register and model cards (dhow evidence, dhow site); all optional. */
    purpose: schemas/* string */.YjP().min(1).max(10_000).optional(),
    /** The risk tier the owner's governance assigns (e.g. QCB's or the EU AI Act's high-risk). */
    'risk-tier': schemas/* enum */.k5n(['minimal', 'limited', 'high', 'unacceptable']).optional(),
    /** Who regulators and users contact about the model: an e-mail address or a URL. */
    'owner-contact': schemas/* string */.YjP()
        .min(3)
        .max(320)
        .regex(/^(\S+@\S+\.\S+|https?:\/\/\S+)$/, 'must be an e-mail address or an http(s) URL')
        .optional(),
    limitations: schemas/* string */.YjP().min(1).max(10_000).optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// models/<model>/versions/<version>.yaml
const Artifact = schemas/* object */.Ikc({
    uri: schemas/* string */.YjP().min(1),
    digest: Digest,
    size: schemas/* number */.aig().int().nonnegative().optional(),
    format: schemas/* string */.YjP().min(1).max(100).optional(),
    /** Where an uploaded artifact is served from: the object store's endpoint and the bucket's region. */
    endpoint: schemas/* string */.YjP().url().optional(),
    region: schemas/* string */.YjP().min(1).max(64).optional(),
})
    .strict();
const GpuRequirement = schemas/* object */.Ikc({
    count: schemas/* number */.aig().int().min(0).max(64).default(1),
    product: schemas/* string */.YjP().min(1).optional(),
    /** A MIG profile such as 1g.10gb; mutually exclusive with whole GPUs of count > 1. */
    'mig-profile': schemas/* string */.YjP()
        .regex(/^\d+g\.\d+gb$/)
        .optional(),
})
    .strict();
const GateSummaryRow = schemas/* object */.Ikc({
    gate: schemas/* string */.YjP().min(1),
    metric: schemas/* string */.YjP().min(1).optional(),
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'warn', 'inconclusive']),
    value: schemas/* number */.aig().nullable().optional(),
    threshold: schemas/* number */.aig().nullable().optional(),
    baseline: schemas/* number */.aig().nullable().optional(),
})
    .strict();
/** The gate results of one run: what a version record's `gates` holds, and each attempt of a GateEvidence file. */
const GateResults = schemas/* object */.Ikc({
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'warn', 'inconclusive']),
    'policy-digest': Digest,
    'report-digest': Digest.optional(),
    summary: schemas/* array */.YOg(GateSummaryRow).default([]),
})
    .strict();
const VersionRecord = schemas/* object */.Ikc({
    ...header('ModelVersion'),
    model: ModelName,
    version: VersionName,
    artifact: Artifact,
    source: schemas/* object */.Ikc({
        repository: schemas/* string */.YjP().min(1).optional(),
        commit: schemas/* string */.YjP()
            .regex(/^[0-9a-f]{7,64}$/)
            .optional(),
        'run-url': schemas/* string */.YjP().url().optional(),
        'run-attempt': schemas/* number */.aig().int().positive().optional(),
    })
        .strict()
        .default({}),
    data: schemas/* object */.Ikc({
        uri: schemas/* string */.YjP().min(1).optional(),
        digest: Digest.optional(),
        version: schemas/* string */.YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    training: schemas/* object */.Ikc({
        mode: schemas/* enum */.k5n(['runner', 'kubernetes', 'external']).default('external'),
        cluster: schemas/* string */.YjP().min(1).optional(),
        region: Region.optional(),
        gpu: GpuRequirement.optional(),
        'peak-gpu-memory-mib': schemas/* number */.aig().nonnegative().optional(),
        'duration-seconds': schemas/* number */.aig().nonnegative().optional(),
    })
        .strict()
        .default({ mode: 'external' }),
    parameters: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).default({}),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* number */.aig()).default({}),
    /**
     * Gate results recorded with the version by registries older than per-environment evidence
     * (gates/<environment>/<model>/<version>.yaml): still read, for every environment without evidence.
     */
    gates: GateResults.optional(),
    serving: schemas/* object */.Ikc({
        gpu: GpuRequirement.optional(),
        /** Kubernetes quantity, e.g. 8Gi. */
        memory: schemas/* string */.YjP()
            .regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/)
            .optional(),
        'latency-slo-ms': schemas/* record */.g1P(schemas/* enum */.k5n(['p50', 'p90', 'p95', 'p99']), schemas/* number */.aig().positive()).optional(),
        'model-format': schemas/* string */.YjP().min(1).optional(),
        runtime: schemas/* string */.YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    /** Where the version's training data is held (data residency). */
    region: Region.optional(),
    'created-by': Person,
    'created-at': schemas_Timestamp,
})
    .strict();
// ---------------------------------------------------------------------------------------------
// releases/<environment>/<model>.yaml
const Hold = schemas/* object */.Ikc({
    version: VersionName,
    reason: schemas/* string */.YjP().min(1).max(2000),
    by: Person,
    at: schemas_Timestamp,
    /** The alert fingerprint, when a drift revert placed the hold. */
    alert: schemas/* string */.YjP().min(1).max(200).optional(),
})
    .strict();
const ReleaseFile = schemas/* object */.Ikc({
    ...header('Release'),
    model: ModelName,
    environment: EnvironmentName,
    version: VersionName,
    digest: Digest,
    /** The version that ran here before this one. */
    previous: VersionName.optional(),
    /** The version a revert goes back to. */
    'last-known-good': VersionName.optional(),
    /** Versions that may not be promoted to this environment until a person lifts the hold. */
    holds: schemas/* array */.YOg(Hold).default([]),
    /** When this release was a revert or rollback: the version it replaced. */
    'revert-of': VersionName.optional(),
    request: schemas/* object */.Ikc({ id: schemas/* string */.YjP().min(1), url: schemas/* string */.YjP().url().optional() })
        .strict()
        .optional(),
    'promoted-by': Person,
    'promoted-at': schemas_Timestamp,
    /** A canary, blue-green or A/B rollout under way (absent: the version takes all traffic). */
    rollout: RolloutState.optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// gates/<environment>/<model>/<version>.yaml
//
// Gate evidence lives in a file of its own per (version, environment), written on the default branch by
// register before any promotion request exists, rather than carried in the promotion request: the version
// record stays immutable, the policy engine reads evidence from the base branch (which a request's author
// cannot edit: a request that touches gates/ is refused as unplanned), and the evidence outlives the request
// (a revert, a closed request or a re-promotion keep it). The file is append-only history: each run of the
// gates that counts is one attempt, and the last attempt is the one the policy engine judges.
const GateAttempt = GateResults.extend({
    /** The workflow run that ran the gates, and its attempt (a "Re-run" keeps the URL and adds one). */
    'run-url': schemas/* string */.YjP().url().optional(),
    'run-attempt': schemas/* number */.aig().int().positive().optional(),
    'recorded-by': Person,
    'recorded-at': schemas_Timestamp,
}).strict();
const GateEvidenceFile = schemas/* object */.Ikc({
    ...header('GateEvidence'),
    model: ModelName,
    version: VersionName,
    environment: EnvironmentName,
    /** Oldest first; never rewritten, only appended to. The last one counts. */
    attempts: schemas/* array */.YOg(GateAttempt).min(1).max(1000),
})
    .strict();
/** Every file kind the registry holds, by `kind`. */
const schemas_FILE_KINDS = {
    Registry: RegistryConfig,
    Model: ModelFile,
    ModelVersion: VersionRecord,
    Release: ReleaseFile,
    GateEvidence: GateEvidenceFile,
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
const files_MAX_REGISTRY_FILE_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
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
    if (Buffer.byteLength(text, 'utf8') > files_MAX_REGISTRY_FILE_BYTES || text.includes('\uFFFD'))
        return undefined;
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
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
    const result = FILE_KINDS[kind].safeParse(data);
    return result.success ? result.data : undefined;
}
/** checkRegistryFile with line tracking: every problem of the file, each with its line where it has one. */
function checkWithLines(kind, path, text) {
    const parsed = files_parseYamlStrictly(path, text);
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
function files_parseYamlStrictly(path, text) {
    const refuse = (message, line) => ({ ok: false, problems: [{ file: path, ...(line ? { line } : {}), message }] });
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > files_MAX_REGISTRY_FILE_BYTES)
        return refuse(`is ${bytes} bytes; a registry file may have at most ${files_MAX_REGISTRY_FILE_BYTES} (1 MiB)`);
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0)
        return refuse('is not valid UTF-8 (or holds the replacement character U+FFFD)', text.slice(0, bad).split('\n').length);
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
    if (bytes > files_MAX_REGISTRY_FILE_BYTES) {
        throw new DhowError('invalid-input', `the ${kind} file would be ${bytes} bytes; a registry file may have at most ${files_MAX_REGISTRY_FILE_BYTES} (1 MiB)`, {
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
const VersionDraft = VersionRecord.partial({ model: true, version: true });
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
        throw new DhowError('invalid-input', parsed.problems[0].message, { file: path, field, line: parsed.problems[0].line });
    const data = parsed.data;
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new DhowError('invalid-input', 'expected a mapping of ModelVersion fields', { file: path, field });
    return data;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/registry/digest.ts
/** Content digests as the registry records them (the `Digest` schema): "sha256:" and 64 lower-case hex digits. */


/** The digest of a text's UTF-8 bytes. */
function sha256Digest(text) {
    return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
/** The digest and size of a file, read as a stream (artifacts can be large). */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { digest: `sha256:${hash.digest('hex')}`, size };
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
        throw schemaError(result.error.issues, { file: path, hint });
    }
    const metrics = {};
    for (const [name, value] of Object.entries(result.data))
        metrics[name] = typeof value === 'number' ? value : value.value;
    if (Object.keys(metrics).length === 0)
        throw new errors_DhowError('invalid-input', 'holds no metrics', { file: path });
    return metrics;
}
async function readParameters(path) {
    const result = ParametersFile.safeParse(await readJson(path, 'parameters'));
    if (!result.success)
        throw schemaError(result.error.issues, { file: path, hint: ' (parameters are strings, numbers or booleans)' });
    return result.data;
}
async function readJson(path, what) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new errors_DhowError('not-found', `the training did not write ${what} (expected ${(0,external_node_path_.basename)(path)} in DHOW_OUTPUT_DIR)`, { file: path });
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
            throw new errors_DhowError('invalid-input', `${nonFinite[2]} is not JSON: every metric must be a finite number (Python's json.dump writes NaN and Infinity for non-finite floats)`, {
                file: path,
                line,
            });
        }
        throw new errors_DhowError('invalid-input', `is not JSON: ${jsonSyntaxMessage(error)}`, { file: path });
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
            throw new errors_DhowError('not-found', 'the training did not write its artifact', { file: path, field });
        }
        throw error;
    }
    if (info.isSymbolicLink())
        throw new errors_DhowError('invalid-input', 'the artifact is a symbolic link; write the file itself', { file: path, field });
    if (info.isFile()) {
        const { digest, size } = await sha256File(path);
        return { path, digest, size, format: FORMATS[(0,external_node_path_.extname)(path).toLowerCase()] };
    }
    if (!info.isDirectory())
        throw new errors_DhowError('invalid-input', 'the artifact is neither a file nor a directory', { file: path, field });
    const files = await listFiles(path, path, field);
    if (files.length === 0)
        throw new errors_DhowError('invalid-input', 'the artifact directory is empty', { file: path, field });
    const manifest = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for (const file of files.sort()) {
        const hashed = await sha256File((0,external_node_path_.join)(path, file));
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
            throw new errors_DhowError('invalid-input', 'the artifact holds a symbolic link', { file: full, field });
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
        throw new errors_DhowError('not-found', 'the output directory does not exist', { file: outputDir });
    }
    const candidates = names.filter((name) => name === 'model' || name.startsWith('model.'));
    if (candidates.length === 1)
        return (0,external_node_path_.join)(outputDir, candidates[0]);
    throw new errors_DhowError('not-found', candidates.length === 0
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

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
;// CONCATENATED MODULE: ./src/train/spec.ts
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
const spec_Duration = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform((value, ctx) => {
    const seconds = parseDurationSeconds(value);
    if (seconds === null) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a duration (e.g. 90s, 30m, 1h30m, or seconds)` });
        return core/* NEVER */.tm;
    }
    return seconds;
});
/** Environment variable names as POSIX shells accept them. */
const EnvName = schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a valid environment variable name');
const TrainingGpu = GpuRequirement.extend({
    count: schemas/* number */.aig().int().min(0).max(64).default(0),
    /** Time-sliced (shared) GPU: the device plugin's `nvidia.com/gpu.shared` resource on Kubernetes. */
    shared: schemas/* boolean */.zMY().default(false),
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
const TrainingPolicy = schemas/* object */.Ikc({
    /** Refuse to start without a GPU (runner mode: nvidia-smi must list one). */
    'require-gpu': schemas/* boolean */.zMY().default(false),
    /** Kubernetes mode: the image must be pinned as name@sha256:... */
    'require-image-digest': schemas/* boolean */.zMY().default(false),
    /** Regions the job may run in (data residency); empty = anywhere. */
    'allowed-regions': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    /** Kubernetes mode: tolerate spot/preemptible nodes. */
    'allow-spot': schemas/* boolean */.zMY().default(false),
})
    .strict();
const TrainingData = schemas/* object */.Ikc({
    /** Where the training data is, e.g. s3://bucket/datasets/adi/2026-11/ (the residency gate checks it). */
    uri: schemas/* string */.YjP().min(1).max(2000).optional(),
    digest: Digest.optional(),
    version: schemas/* string */.YjP().min(1).max(200).optional(),
    /** The region that holds the data, when the URI alone does not say (the record's top-level `region`). */
    region: Region.optional(),
})
    .strict();
const TrainingJobSpec = schemas/* object */.Ikc({
    /** A shell command line (run with `sh -c` on a runner) or an argv list. */
    command: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)], {
        error: (issue) => `${issue.input === undefined ? 'is missing: give ' : 'must be '}a command line (a string, quoted in YAML when it looks like a number or true/false) or a list of arguments`,
    }),
    /** Container image; required in Kubernetes mode, ignored on a runner. */
    image: schemas/* string */.YjP().min(1).optional(),
    gpu: TrainingGpu.default({ count: 0, shared: false }),
    /** Wall-clock limit; the job is stopped when it passes. Default 6h, like a GitHub-hosted job. */
    timeout: spec_Duration.default(6 * 3600),
    env: schemas/* record */.g1P(EnvName, schemas/* string */.YjP()).default({}),
    /** Hyper-parameters, recorded in the version record and passed as DHOW_PARAM_<NAME>. */
    parameters: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).default({}),
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
    region: Region.optional(),
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
        throw new errors_DhowError('invalid-input', `unknown key${known.length ? `; the keys are ${known.join(', ')}` : ''}`, {
            file: where.file,
            field: [parent, issue.keys[0]].filter(Boolean).join('.'),
        });
    }
    throw new errors_DhowError('invalid-input', issueMessage(issue), { file: where.file, field: issue.path.map(String).join('.') || undefined });
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
            throw new errors_DhowError('usage', `"${pair}" is not NAME=VALUE`, { field });
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
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'EISDIR')
            throw new errors_DhowError('invalid-input', 'is a directory: give the training spec file (YAML)', { file: path });
        throw new errors_DhowError('not-found', 'the training spec file does not exist', { file: path, field });
    }
    let value;
    try {
        value = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const linePos = error.linePos;
        throw new errors_DhowError('invalid-input', `is not valid YAML: ${yamlSyntaxMessage(error)}${linePos ? ` (column ${linePos[0].col})` : ''}`, {
            file: path,
            ...(linePos ? { line: linePos[0].line } : {}),
        });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new errors_DhowError('invalid-input', 'must be a mapping', { file: path });
    return value;
}

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
        throw new errors_DhowError('refused', `the policy requires a GPU and this runner has none (${detection.message}); run on a GPU runner (e.g. runs-on: [self-hosted, gpu])`, {
            field: 'gpu',
        });
    }
    const profile = spec.gpu['mig-profile'];
    if (profile) {
        const devices = detection.gpus.flatMap((gpu) => gpu.mig.filter((m) => m.profile === profile).map(() => gpu.name));
        if (devices.length === 0) {
            const present = detection.gpus.flatMap((gpu) => gpu.mig.map((m) => m.profile));
            throw new errors_DhowError('refused', `the job needs a MIG ${profile} device and this runner has ${present.length ? present.join(', ') : 'no MIG devices'}`, {
                field: 'gpu.mig-profile',
            });
        }
        return;
    }
    if (wanted > detection.gpus.length) {
        throw new errors_DhowError('refused', `the job needs ${wanted} GPUs and this runner has ${detection.gpus.length}`, { field: 'gpu.count' });
    }
    const product = spec.gpu.product;
    if (product && !detection.gpus.some((gpu) => sameProduct(gpu.name, product))) {
        throw new errors_DhowError('refused', `the job needs a ${product} and this runner has ${[...new Set(detection.gpus.map((g) => g.name))].join(', ')}`, {
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
            throw new errors_DhowError('invalid-input', 'the output directory is a file: name a directory (new or existing)', { file: outputDir, field: 'output-dir' });
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
        childEnv[parameterEnvName(name)] = String(value);
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
        throw new errors_DhowError('training-failed', `dhow received ${measured.stoppedBy} (the workflow was cancelled?) and stopped the training; its checkpoints are kept in ${checkpoints.dir}`, {
            field: 'command',
        });
    }
    if (measured.timedOut) {
        throw new errors_DhowError('timeout', `the training passed its timeout of ${formatSeconds(spec.timeout)} and was stopped (SIGTERM, then SIGKILL); its checkpoints are kept in ${checkpoints.dir}, so a re-run of this workflow run resumes`, {
            field: 'timeout',
        });
    }
    if (measured.exitCode !== 0) {
        const tail = measured.stderrTail.filter((l) => l.trim() !== '').slice(-5);
        if (typeof spec.command === 'string' && measured.exitCode === 127 && tail.some((l) => /not found|No such file/i.test(l))) {
            throw new errors_DhowError('not-found', `the training command was not found: ${tail.at(-1)}`, { field: 'command' });
        }
        const how = measured.exitCode === null ? `was killed by ${measured.signal}` : `exited with code ${measured.exitCode}`;
        throw new errors_DhowError('training-failed', `the training command ${how}; nothing was registered`, { field: 'command', reasons: tail });
    }
    refuseLeftover(leftovers, await outputStamps(outputDir), 'metrics.json', 'metrics.json', outputDir);
    const metrics = await readMetrics((0,external_node_path_.join)(outputDir, 'metrics.json'));
    const artifactPath = options.artifact
        ? (0,external_node_path_.isAbsolute)(options.artifact)
            ? options.artifact
            : (0,external_node_path_.resolve)(outputDir, options.artifact)
        : await findDefaultArtifact(outputDir, options.optionNames?.artifact);
    if (options.artifact && !(0,external_node_fs_.existsSync)(artifactPath) && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(options.cwd, options.artifact))) {
        throw new errors_DhowError('invalid-input', `the artifact must be inside the output directory ${outputDir}`, { field: 'artifact', file: options.artifact });
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
    const draft = buildVersionDraft({
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
        await writeVersionDraft((0,external_node_path_.resolve)(options.cwd, options.draftPath), draft);
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
    throw new errors_DhowError('invalid-input', `${what} (${name}) is left over from an earlier run: the training command did not write it this time. Have the command write it to $DHOW_OUTPUT_DIR, or start from an empty output directory`, { file: (0,external_node_path_.join)(outputDir, name), field: 'output-dir' });
}
function formatSeconds(seconds) {
    if (seconds % 3600 === 0)
        return `${seconds / 3600}h`;
    if (seconds % 60 === 0)
        return `${seconds / 60}m`;
    return `${seconds}s`;
}

;// CONCATENATED MODULE: ./src/storage/location.ts
/**
 * Where an artifact goes in S3-compatible object storage: the `s3://bucket/prefix` a user names, the object
 * key under it, the endpoint (in the bucket's region) and how a request addresses the bucket. Pure.
 */

// Bucket names as S3 allows them (lower-case letters, digits, dots and hyphens, 3-63), which also keeps
// them safe in a host name.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** Parses `s3://bucket/prefix`; `field` names the flag or input in errors. */
function parseS3Prefix(uri, field) {
    const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(uri.trim());
    if (!match)
        throw new errors_DhowError('usage', `"${uri}" is not an s3://bucket/prefix location`, { field });
    const bucket = match[1];
    if (!BUCKET.test(bucket) || bucket.includes('..'))
        throw new errors_DhowError('usage', `"${bucket}" is not a valid bucket name (3-63 lower-case letters, digits, dots and hyphens)`, { field });
    const prefix = (match[2] ?? '').replace(/^\/+|\/+$/g, '');
    if (prefix.split('/').some((segment) => segment === '.' || segment === '..' || (segment === '' && prefix !== '')))
        throw new errors_DhowError('usage', `the key prefix "${prefix}" holds an empty, "." or ".." segment`, { field });
    if (Buffer.byteLength(prefix) > 512)
        throw new errors_DhowError('usage', 'the key prefix is longer than 512 bytes', { field });
    return { bucket, prefix };
}
/** Resolves the endpoint: the one given, else AWS's regional endpoint for the region (in-region by construction). */
function resolveEndpoint(options, fields) {
    const region = options.region?.trim();
    if (!region)
        throw new errors_DhowError('usage', 'the bucket region is required to sign requests (or set AWS_REGION)', { field: fields.region });
    if (!REGION.test(region))
        throw new errors_DhowError('usage', `"${region}" is not a region name`, { field: fields.region });
    let url;
    try {
        url = new URL(options.endpoint?.trim() || `https://s3.${region}.amazonaws.com`);
    }
    catch {
        throw new errors_DhowError('usage', `"${options.endpoint}" is not a URL`, { field: fields.endpoint });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors_DhowError('usage', `the endpoint must be an http(s) URL, got ${url.protocol}`, { field: fields.endpoint });
    if (url.username || url.password)
        throw new errors_DhowError('usage', 'the endpoint must not carry credentials', { field: fields.endpoint });
    if ((url.pathname !== '/' && url.pathname !== '') || url.search)
        throw new errors_DhowError('usage', 'the endpoint is an origin only (scheme, host, port)', { field: fields.endpoint });
    return { url: new URL(url.origin), region, pathStyle: options.pathStyle ?? false };
}
/** The object key for a file of an artifact: `<prefix>/<model>/<version>/<name>` (model and version when known). */
function artifactKey(prefix, parts) {
    return [prefix.prefix, ...parts].filter((part) => part !== '').join('/');
}
/** The URL of an object (or of the bucket when key is ''), with the key's segments encoded. */
function objectUrl(endpoint, bucket, key, query = '') {
    const path = key
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
    const url = endpoint.pathStyle
        ? new URL(`${endpoint.url.origin}/${bucket}/${path}`)
        : new URL(`${endpoint.url.protocol}//${bucket}.${endpoint.url.host}/${path}`);
    if (query)
        url.search = query;
    return url;
}

;// CONCATENATED MODULE: ./src/storage/sigv4.ts
/**
 * AWS Signature Version 4 for request headers, as AWS documents it ("Create a signed AWS API request" and,
 * for S3, "Signature Calculations for the Authorization Header"): canonical request, string to sign,
 * derived signing key, signature. Pure and written with node:crypto only, so dhow needs no AWS SDK.
 * S3 flavour: the path is URI-encoded once, never normalised (S3 keys may hold "//" or "."), and every
 * header handed in is signed.
 */

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - _ . ~ is %XX (upper-case hex). */
function uriEncode(value, encodeSlash = true) {
    let out = '';
    for (const byte of Buffer.from(value, 'utf8')) {
        const c = String.fromCharCode(byte);
        if (/[A-Za-z0-9\-_.~]/.test(c) || (c === '/' && !encodeSlash))
            out += c;
        else
            out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/** The path of an S3 request: each segment decoded from the URL, then encoded once. */
function canonicalPath(url) {
    const path = url.pathname || '/';
    return path
        .split('/')
        .map((segment) => uriEncode(safeDecode(segment)))
        .join('/');
}
/** The query, sorted by encoded name then value; "?lifecycle" signs as "lifecycle=". `+` stays a plus. */
function canonicalQuery(url) {
    const raw = url.search.startsWith('?') ? url.search.slice(1) : url.search;
    if (!raw)
        return '';
    const pairs = raw
        .split('&')
        .filter((part) => part !== '')
        .map((part) => {
        const eq = part.indexOf('=');
        const [name, value] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
        return [uriEncode(safeDecode(name)), uriEncode(safeDecode(value))];
    });
    pairs.sort(([an, av], [bn, bv]) => (an < bn ? -1 : an > bn ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
    return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** The UTC time as SigV4 writes it: 20130524T000000Z. */
function amzDate(now) {
    return now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}Z$/, 'Z');
}
function signingKey(secretAccessKey, date, region, service) {
    const kDate = hmac(`AWS4${secretAccessKey}`, date);
    const kRegion = hmac(kDate, region);
    const kService = hmac(kRegion, service);
    return hmac(kService, 'aws4_request');
}
function hmac(key, data) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(data, 'utf8').digest();
}
/** Signs the request's headers; the caller sends exactly `headers` of the result. */
function signRequest(request, credentials, scope) {
    const timestamp = amzDate(scope.now);
    const date = timestamp.slice(0, 8);
    const headers = {};
    for (const [name, value] of Object.entries(request.headers))
        headers[name.toLowerCase()] = value;
    headers.host ??= request.url.host;
    headers['x-amz-date'] = timestamp;
    if (credentials.sessionToken)
        headers['x-amz-security-token'] = credentials.sessionToken;
    const names = Object.keys(headers).sort();
    const canonicalHeaders = names.map((name) => `${name}:${headers[name].trim().replace(/\s+/g, ' ')}\n`).join('');
    const signedHeaders = names.join(';');
    const canonicalRequest = [
        request.method.toUpperCase(),
        canonicalPath(request.url),
        canonicalQuery(request.url),
        canonicalHeaders,
        signedHeaders,
        request.payloadHash,
    ].join('\n');
    const credentialScope = `${date}/${scope.region}/${scope.service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', timestamp, credentialScope, sha256Hex(canonicalRequest)].join('\n');
    const signature = (0,external_node_crypto_.createHmac)('sha256', signingKey(credentials.secretAccessKey, date, scope.region, scope.service))
        .update(stringToSign, 'utf8')
        .digest('hex');
    headers.authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
    return { headers, canonicalRequest, stringToSign, signature };
}

;// CONCATENATED MODULE: ./src/storage/s3.ts
/**
 * A small S3 client over fetch, enough to put an artifact and read it back: PutObject, the multipart
 * upload (Create, UploadPart, Complete, Abort), HeadObject and a streamed GetObject. Every request is signed
 * with SigV4 (./sigv4.ts) including the SHA-256 of its body, so the store refuses bytes changed on the way;
 * answers 5xx (and 429) or a dropped connection are retried with backoff, re-signed each time. Failures are
 * DhowErrors that quote S3's error code and message and never the credentials.
 */




const RETRYABLE = new Set([429, 500, 502, 503, 504]);
const MAX_ERROR_BODY = 64 * 1024;
class S3Client {
    endpoint;
    credentials;
    logger;
    attempts;
    backoffMs;
    now;
    constructor(options) {
        this.endpoint = options.endpoint;
        this.credentials = options.credentials;
        this.logger = options.logger;
        this.attempts = Math.max(1, options.attempts ?? 4);
        this.backoffMs = options.backoffMs ?? 500;
        this.now = options.now ?? (() => new Date());
    }
    async head(bucket, key) {
        const response = await this.send('HEAD', bucket, key, { what: `read the head of s3://${bucket}/${key}`, accept: [404] });
        if (response.status === 404)
            return undefined;
        const metadata = {};
        response.headers.forEach((value, name) => {
            if (name.startsWith('x-amz-meta-'))
                metadata[name.slice('x-amz-meta-'.length)] = value;
        });
        return { size: Number(response.headers.get('content-length') ?? '0'), etag: response.headers.get('etag') ?? undefined, metadata };
    }
    async putObject(bucket, key, body, metadata) {
        await this.send('PUT', bucket, key, { body, headers: metaHeaders(metadata), what: `upload s3://${bucket}/${key}` });
    }
    async createMultipartUpload(bucket, key, metadata) {
        const response = await this.send('POST', bucket, key, {
            query: 'uploads',
            headers: metaHeaders(metadata),
            what: `start a multipart upload of s3://${bucket}/${key}`,
        });
        const uploadId = xmlValue(await response.text(), 'UploadId');
        if (!uploadId)
            throw new errors_DhowError('storage', `the store answered no UploadId when asked to start a multipart upload of s3://${bucket}/${key}`);
        return uploadId;
    }
    async uploadPart(bucket, key, uploadId, number, body) {
        const response = await this.send('PUT', bucket, key, {
            query: `partNumber=${number}&uploadId=${encodeURIComponent(uploadId)}`,
            body,
            what: `upload part ${number} of s3://${bucket}/${key}`,
        });
        const etag = response.headers.get('etag');
        if (!etag)
            throw new errors_DhowError('storage', `the store answered no ETag for part ${number} of s3://${bucket}/${key}`);
        return etag;
    }
    async completeMultipartUpload(bucket, key, uploadId, parts) {
        const xml = `<CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${parts
            .map((p) => `<Part><PartNumber>${p.number}</PartNumber><ETag>${escapeXml(p.etag)}</ETag></Part>`)
            .join('')}</CompleteMultipartUpload>`;
        const response = await this.send('POST', bucket, key, {
            query: `uploadId=${encodeURIComponent(uploadId)}`,
            body: Buffer.from(xml, 'utf8'),
            headers: { 'content-type': 'application/xml' },
            what: `complete the multipart upload of s3://${bucket}/${key}`,
        });
        // CompleteMultipartUpload can fail after a 200: the error is in the body (S3 API reference).
        const text = await response.text();
        if (/<Error>/.test(text))
            throw storageError(`complete the multipart upload of s3://${bucket}/${key}`, response.status, text);
    }
    async abortMultipartUpload(bucket, key, uploadId) {
        await this.send('DELETE', bucket, key, {
            query: `uploadId=${encodeURIComponent(uploadId)}`,
            what: `abort the multipart upload of s3://${bucket}/${key}`,
            accept: [404],
        });
    }
    /** Reads the object back, streamed, and returns the SHA-256 and size of the bytes the store serves. */
    async sha256OfObject(bucket, key) {
        const response = await this.send('GET', bucket, key, { what: `read back s3://${bucket}/${key}` });
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        await eachChunk(response, (chunk) => {
            hash.update(chunk);
            size += chunk.length;
            return true;
        });
        return { digest: `sha256:${hash.digest('hex')}`, size };
    }
    async errorBodyOf(url, options) {
        const signed = signRequest({ method: 'GET', url, headers: { ...options.headers, 'x-amz-content-sha256': EMPTY_SHA256 }, payloadHash: EMPTY_SHA256 }, this.credentials, {
            region: this.endpoint.region,
            service: 's3',
            now: this.now(),
        });
        const { host: _host, ...headers } = signed.headers;
        try {
            const response = await fetch(url, { method: 'GET', headers, redirect: 'manual' });
            if (response.ok) {
                await response.body?.cancel();
                return '';
            }
            return await boundedText(response);
        }
        catch {
            return '';
        }
    }
    async send(method, bucket, key, options) {
        const url = objectUrl(this.endpoint, bucket, key, options.query);
        const payloadHash = options.body ? sha256Hex(options.body) : EMPTY_SHA256;
        let lastProblem = '';
        for (let attempt = 1; attempt <= this.attempts; attempt += 1) {
            if (attempt > 1)
                await delay(this.backoffMs * 2 ** (attempt - 2));
            const signed = signRequest({ method, url, headers: { ...options.headers, 'x-amz-content-sha256': payloadHash }, payloadHash }, this.credentials, {
                region: this.endpoint.region,
                service: 's3',
                now: this.now(),
            });
            // fetch sets Host itself, from the URL the signature covers.
            const { host: _host, ...headers } = signed.headers;
            let response;
            try {
                response = await fetch(url, { method, headers, body: options.body, redirect: 'manual' });
            }
            catch (error) {
                lastProblem = networkProblem(error);
                if (attempt < this.attempts)
                    this.logger.warning(`could not ${options.what} (${lastProblem}); retrying (${attempt}/${this.attempts})`);
                continue;
            }
            if (response.ok || options.accept?.includes(response.status))
                return response;
            const text = await boundedText(response);
            if (RETRYABLE.has(response.status)) {
                lastProblem = describeStatus(response.status, text);
                if (attempt < this.attempts)
                    this.logger.warning(`could not ${options.what} (${lastProblem}); retrying (${attempt}/${this.attempts})`);
                continue;
            }
            // A HEAD answer has no body, so S3's error code is not in it: ask once with GET to read the code.
            const explained = method === 'HEAD' && !text ? await this.errorBodyOf(url, options) : text;
            throw storageError(options.what, response.status, explained, this.endpoint.region);
        }
        throw new errors_DhowError('storage', `could not ${options.what} after ${this.attempts} attempts: ${lastProblem}`);
    }
}
/** Compares two "sha256:<hex>" digests in constant time. */
function sameDigest(a, b) {
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(Buffer.from(a), Buffer.from(b));
}
function metaHeaders(metadata) {
    return Object.fromEntries(Object.entries(metadata).map(([name, value]) => [`x-amz-meta-${name}`, value]));
}
function xmlValue(xml, tag) {
    const match = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
    return match ? unescapeXml(match[1]) : undefined;
}
function escapeXml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function unescapeXml(text) {
    return text
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}
async function boundedText(response) {
    const chunks = [];
    let size = 0;
    await eachChunk(response, (chunk) => {
        chunks.push(Buffer.from(chunk));
        size += chunk.length;
        return size < MAX_ERROR_BODY;
    });
    return Buffer.concat(chunks).toString('utf8').slice(0, MAX_ERROR_BODY);
}
/** Reads a response body chunk by chunk until `onChunk` returns false; the rest is cancelled. */
async function eachChunk(response, onChunk) {
    if (!response.body)
        return;
    const reader = response.body.getReader();
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                return;
            if (!onChunk(value)) {
                await reader.cancel();
                return;
            }
        }
    }
    finally {
        reader.releaseLock();
    }
}
function describeStatus(status, body) {
    const code = xmlValue(body, 'Code');
    return code ? `HTTP ${status} ${code}` : `HTTP ${status}`;
}
/** S3's own words (Code and Message, nothing else: the body can echo the canonical request), made actionable. */
function storageError(what, status, body, region) {
    const code = xmlValue(body, 'Code');
    const message = xmlValue(body, 'Message')?.slice(0, 300);
    const said = code ? `${code}${message ? `: ${message}` : ''}` : `HTTP ${status}`;
    if (code === 'AuthorizationHeaderMalformed' || code === 'PermanentRedirect' || code === 'IncorrectEndpoint' || (status >= 300 && status < 400)) {
        const expected = xmlValue(body, 'Region');
        return new errors_DhowError('refused', `could not ${what}: the bucket is not in region ${region ?? '(unset)'}${expected ? ` but in ${expected}` : ''}, or the endpoint is not that region's (${said}); name the bucket's region and its in-region endpoint`, { field: 'region' });
    }
    if (code === 'SignatureDoesNotMatch' || code === 'InvalidAccessKeyId' || code === 'AccessDenied' || code === 'ExpiredToken' || status === 403) {
        return new errors_DhowError('refused', `could not ${what}: the store refused the credentials (${said}); check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, and that they may s3:GetObject, s3:PutObject and s3:ListBucket (without ListBucket S3 answers 403 for a missing object)`, {
            field: 'credentials',
        });
    }
    return new errors_DhowError('storage', `could not ${what}: ${said}`);
}
function networkProblem(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? error.message;
}
function delay(ms) {
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

;// CONCATENATED MODULE: ./src/storage/multipart.ts
/**
 * The multipart plan of an upload: one PUT up to a threshold, else parts of a fixed size (the last one
 * shorter) within S3's documented limits ("Amazon S3 multipart upload limits": parts of 5 MiB to 5 GiB,
 * the last one excepted; at most 10,000 parts; objects of at most 5 TiB). Pure.
 */

const MIB = 1024 * 1024;
const S3_LIMITS = {
    minPartSize: 5 * MIB,
    maxPartSize: 5 * 1024 * MIB,
    maxParts: 10_000,
    maxObjectSize: 5 * 1024 * 1024 * MIB,
    maxSinglePut: 5 * 1024 * MIB,
};
function planUpload(size, options = {}) {
    if (!Number.isSafeInteger(size) || size < 0)
        throw new errors_DhowError('invalid-input', `cannot upload ${size} bytes`);
    if (size > S3_LIMITS.maxObjectSize)
        throw new errors_DhowError('invalid-input', `the artifact is ${size} bytes; an S3 object holds at most 5 TiB`);
    const threshold = Math.min(options.threshold ?? 64 * MIB, S3_LIMITS.maxSinglePut);
    if (size <= threshold)
        return { kind: 'single', size };
    let partSize = Math.max(options.partSize ?? 16 * MIB, S3_LIMITS.minPartSize);
    // Grow to whole MiB so 10,000 parts cover the file.
    if (Math.ceil(size / partSize) > S3_LIMITS.maxParts)
        partSize = Math.ceil(size / S3_LIMITS.maxParts / MIB) * MIB;
    partSize = Math.min(partSize, S3_LIMITS.maxPartSize);
    const parts = [];
    for (let offset = 0, number = 1; offset < size; offset += partSize, number += 1) {
        parts.push({ number, offset, length: Math.min(partSize, size - offset) });
    }
    return { kind: 'multipart', size, partSize, parts };
}

;// CONCATENATED MODULE: ./src/storage/upload.ts
/**
 * Uploads a trained artifact (a file, or a directory file by file) to `s3://bucket/prefix/<model>/<version>/`
 * and proves it arrived whole: each object is read back and its SHA-256 compared with the file's, and a
 * directory's manifest digest is rebuilt from what the store serves. Versions are immutable: an object
 * already at the key with the same SHA-256 (a re-run) is kept, one with other content is refused.
 * Memory stays bounded: a single PUT holds at most the threshold, a multipart upload one part per worker.
 */








/** The metadata key that carries each object's SHA-256 (returned by HEAD on every S3-compatible store). */
const SHA256_METADATA = 'dhow-sha256';
async function uploadArtifact(request) {
    const { client, location } = request;
    const base = artifactKey(location, [...request.under, (0,external_node_path_.basename)(request.path)]);
    const files = request.isDirectory ? (await upload_listFiles(request.path)).sort() : [''];
    let size = 0;
    let written = 0;
    const manifest = (0,external_node_crypto_.createHash)('sha256');
    let lastDigest = '';
    for (const file of files) {
        const path = file ? (0,external_node_path_.join)(request.path, file) : request.path;
        const key = file ? `${base}/${file}` : base;
        const uploaded = await uploadFile(request, path, key);
        size += uploaded.size;
        if (uploaded.written)
            written += 1;
        lastDigest = uploaded.digest;
        manifest.update(`${uploaded.digest.slice('sha256:'.length)}  ${file}\n`);
    }
    // The digest of what the store now serves, computed the way the artifact's digest was.
    const served = request.isDirectory ? `sha256:${manifest.digest('hex')}` : lastDigest;
    if (!sameDigest(served, request.digest)) {
        throw new errors_DhowError('storage', `the artifact uploaded to s3://${location.bucket}/${base}${request.isDirectory ? '/' : ''} has digest ${served}, not ${request.digest}: it changed after training; nothing was recorded`);
    }
    return {
        uri: `s3://${location.bucket}/${base}${request.isDirectory ? '/' : ''}`,
        digest: request.digest,
        size,
        endpoint: client.endpoint.url.origin,
        region: client.endpoint.region,
        written,
    };
}
/** Uploads one file unless the same content is there, then reads it back and compares the SHA-256. */
async function uploadFile(request, path, key) {
    const { client, location, logger } = request;
    const { bucket } = location;
    const local = await sha256File(path);
    const hex = local.digest.slice('sha256:'.length);
    const existing = await client.head(bucket, key);
    let written = false;
    if (existing) {
        if (existing.metadata[SHA256_METADATA] !== hex || existing.size !== local.size) {
            throw new errors_DhowError('refused', `s3://${bucket}/${key} already holds a different object (${existing.size} bytes${existing.metadata[SHA256_METADATA] ? `, sha256 ${existing.metadata[SHA256_METADATA]}` : ''}); a version's artifact is never overwritten: name a new version or another prefix`, { field: 'upload' });
        }
        logger.info(`s3://${bucket}/${key} already holds this content (sha256 ${hex}); checking it`);
    }
    else {
        await putFile(request, path, key, local.size, { [SHA256_METADATA]: hex });
        written = true;
    }
    const served = await client.sha256OfObject(bucket, key);
    if (!sameDigest(served.digest, local.digest) || served.size !== local.size) {
        throw new errors_DhowError('storage', `s3://${bucket}/${key} reads back as ${served.digest} (${served.size} bytes), not ${local.digest} (${local.size} bytes): the store holds other bytes than were uploaded; nothing was recorded`);
    }
    logger.info(`${written ? 'uploaded' : 'kept'} s3://${bucket}/${key} (${local.size} bytes, sha256 checked after upload)`);
    return { ...local, written };
}
async function putFile(request, path, key, size, metadata) {
    const { client } = request;
    const { bucket } = request.location;
    const plan = planUpload(size, request.plan);
    const handle = await (0,promises_.open)(path, 'r');
    try {
        if (plan.kind === 'single') {
            await client.putObject(bucket, key, await readRange(handle, 0, size), metadata);
            return;
        }
        const uploadId = await client.createMultipartUpload(bucket, key, metadata);
        try {
            const etags = [];
            const queue = [...plan.parts];
            const worker = async () => {
                for (let part = queue.shift(); part; part = queue.shift()) {
                    const body = await readRange(handle, part.offset, part.length);
                    etags.push({ number: part.number, etag: await client.uploadPart(bucket, key, uploadId, part.number, body) });
                }
            };
            await Promise.all(Array.from({ length: Math.min(request.concurrency ?? 4, plan.parts.length) }, worker));
            await client.completeMultipartUpload(bucket, key, uploadId, etags.sort((a, b) => a.number - b.number));
        }
        catch (error) {
            // Leave no half upload billed in the bucket; the original failure is the one to report.
            await client.abortMultipartUpload(bucket, key, uploadId).catch((abortError) => {
                request.logger.warning(`could not abort the multipart upload of s3://${bucket}/${key}: ${abortError.message}`);
            });
            throw error;
        }
    }
    finally {
        await handle.close();
    }
}
async function readRange(handle, offset, length) {
    const buffer = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled);
        if (bytesRead === 0)
            throw new errors_DhowError('storage', 'the artifact became shorter during the upload', { file: '(artifact)' });
        filled += bytesRead;
    }
    return buffer;
}
async function upload_listFiles(root, dir = root) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isSymbolicLink())
            throw new errors_DhowError('invalid-input', 'the artifact holds a symbolic link', { file: full, field: 'artifact' });
        if (entry.isDirectory())
            out.push(...(await upload_listFiles(root, full)));
        else if (entry.isFile())
            out.push((0,external_node_path_.relative)(root, full).split('\\').join('/'));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/storage/index.ts
/**
 * The object-storage door the edges use: turns the upload settings (location, endpoint, region, path style)
 * and the environment's credentials into an artifact uploader. Credentials come only from AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN; no message ever holds their values.
 */




function credentialsFromEnv(env) {
    const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
    const missing = [!accessKeyId && 'AWS_ACCESS_KEY_ID', !secretAccessKey && 'AWS_SECRET_ACCESS_KEY'].filter(Boolean);
    if (missing.length > 0) {
        throw new errors_DhowError('usage', `uploading the artifact needs object-storage credentials: set ${missing.join(' and ')} (train.yml passes the DHOW_S3_ACCESS_KEY_ID and DHOW_S3_SECRET_ACCESS_KEY secrets)`, { field: 'credentials' });
    }
    const sessionToken = env.AWS_SESSION_TOKEN?.trim();
    return { accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
function clientFor(settings, env, logger) {
    const location = parseS3Prefix(settings.location, settings.fields.location);
    const endpoint = resolveEndpoint({
        endpoint: settings.endpoint,
        region: settings.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || settings.fallbackRegion,
        pathStyle: settings.pathStyle,
    }, settings.fields);
    const credentials = credentialsFromEnv(env);
    return { location, client: new S3Client({ endpoint, credentials, logger, attempts: settings.attempts, backoffMs: settings.backoffMs }) };
}
/**
 * Checks the settings and the credentials at once (before any training runs: a typo must not cost a
 * training run) and returns the uploader.
 */
function s3ArtifactUploader(settings, env, logger) {
    const { location, client } = clientFor(settings, env, logger);
    return (artifact) => logger.group(`Upload to s3://${location.bucket}/${location.prefix}`, () => uploadArtifact({ client, location, logger, plan: settings.plan, concurrency: settings.concurrency, ...artifact }));
}
/**
 * For an artifact uploaded by someone else (a Kubernetes Job): it must lie under the location, be one object
 * (a directory's manifest cannot be rebuilt from a URI alone) and read back with the reported digest.
 */
function s3ArtifactVerifier(settings, env, logger) {
    const { location, client } = clientFor(settings, env, logger);
    const root = `s3://${location.bucket}/${location.prefix ? `${location.prefix}/` : ''}`;
    return async ({ uri, digest }) => {
        if (!uri.startsWith(root) || uri.endsWith('/') || uri.length === root.length)
            throw new errors_DhowError('refused', `the Job reported its artifact at ${uri}, which is not one object under ${root}: upload the model file under $DHOW_UPLOAD_URI`, {
                field: 'artifact',
            });
        const key = uri.slice(`s3://${location.bucket}/`.length);
        const served = await client.sha256OfObject(location.bucket, key);
        if (!sameDigest(served.digest, digest))
            throw new errors_DhowError('storage', `${uri} reads back as ${served.digest}, not the ${digest} the Job reported; nothing was recorded`, { field: 'artifact' });
        logger.info(`checked ${uri} (${served.size} bytes): its sha256 is the one the Job reported`);
        return { uri, digest, size: served.size, endpoint: client.endpoint.url.origin, region: client.endpoint.region, written: 0 };
    };
}

;// CONCATENATED MODULE: ./src/forge/github-text.ts
/** Text rules of GitHub that the github forge follows: blob ids, body limits, comment markers. */

/** owner/name as GitHub allows them: an owner of letters, digits and inner hyphens; a name of letters, digits, '.', '_', '-'. */
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;
/** Git's object id of a blob holding `text` (UTF-8): sha1("blob <bytes>\0<content>"). */
function gitBlobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
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

;// CONCATENATED MODULE: ./src/actions/runtime.ts
/**
 * The edge between GitHub Actions and the core: inputs, outputs, summaries and failure through the runner's
 * protocol (./runner.ts). Only src/actions/* imports this (the core never imports @actions/*).
 */





/** A GitHub repository as inputs name it: owner/name, in the characters GitHub allows. */
const RepositoryInput = schemas/* string */.YjP().regex(REPOSITORY, 'must be owner/name');
/** A Logger over @actions/core: groups become collapsible log groups on the runner. */
function actionsLogger() {
    return {
        debug: (m) => runner/* debug */.Yz(m),
        info: (m) => runner/* info */.pq(m),
        warning: (m) => runner/* warning */.$e(m),
        error: (m) => runner/* error */.z3(m),
        group: (name, fn) => runner/* group */.Os(name, fn),
    };
}
/** Masks a secret before anything else can print it; empty values are ignored. */
function maskSecret(value) {
    if (value)
        runner/* setSecret */.Pq(value);
}
/** A string input, trimmed; '' when absent and not required. */
function stringInput(name, options = {}) {
    const value = runner/* getInput */.V4(name, { required: false }).trim();
    if (options.required && value === '')
        throw new errors_DhowError('usage', `input "${name}" is required`, { field: name });
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
    if (runner/* getInput */.V4(name).trim() === '')
        return fallback;
    try {
        return runner/* getBooleanInput */.Vt(name);
    }
    catch {
        throw new errors_DhowError('usage', `input "${name}" must be true or false`, { field: name });
    }
}
/** One value per line; blank lines and surrounding spaces ignored. */
function listInput(name) {
    return runner/* getMultilineInput */.q3(name)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Parses a settings object with zod and turns the first issue into an error naming the input. */
function parseInputs(schema, raw) {
    const result = schema.safeParse(raw);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const field = issue.path.map(String).join('.');
    throw new DhowError('usage', `input "${field}": ${issue.message}`, { field });
}
/** Runs an action's body; any error becomes `core.setFailed("<action>: <message>")`. */
async function runAction(action, body) {
    try {
        await body();
    }
    catch (error) {
        runner/* setFailed */.C1(`${action}: ${describeError(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/actions/train/main.ts
/**
 * The `train` action: reads its inputs into a training job spec, trains on this runner or as a Kubernetes
 * Job, and sets the outputs register needs (metrics, artifact digest and URI, the version-record draft,
 * peak GPU memory). The post step lets Kubernetes mode delete its Job when the workflow is cancelled.
 */










const ACTION = 'train';
async function getInputs() {
    const workspace = workspaceDir();
    const mode = stringInput('mode') || 'runner';
    if (mode !== 'runner' && mode !== 'kubernetes') {
        throw new errors_DhowError('usage', `input "mode" must be runner or kubernetes, got "${mode}"`, { field: 'mode' });
    }
    maskSecret(stringInput('kubeconfig'));
    // The object-storage credentials come from the step's env (train.yml maps its DHOW_S3_* secrets there).
    maskSecret(process.env.AWS_SECRET_ACCESS_KEY?.trim());
    maskSecret(process.env.AWS_SESSION_TOKEN?.trim());
    const specFile = optionalInput('spec');
    const raw = specFile ? await readTrainingSpecFile((0,external_node_path_.resolve)(workspace, specFile), 'spec') : {};
    const command = stringInput('command');
    if (command)
        raw.command = command;
    if (raw.command === undefined)
        throw new errors_DhowError('usage', 'input "command" is required (or a spec file with a command)', { field: 'command' });
    const image = stringInput('image');
    if (image)
        raw.image = image;
    const timeout = stringInput('timeout');
    if (timeout)
        raw.timeout = timeout;
    const gpu = overlaySpecMapping(raw, 'gpu');
    const count = stringInput('gpu-count');
    if (count && !(count === '0' && gpu.count !== undefined)) {
        if (!/^\d+$/.test(count))
            throw new errors_DhowError('usage', `input "gpu-count" must be a whole number, got "${count}"`, { field: 'gpu-count' });
        gpu.count = Number(count);
    }
    const product = stringInput('gpu-product');
    if (product)
        gpu.product = product;
    const mig = stringInput('mig-profile');
    if (mig)
        gpu['mig-profile'] = mig;
    if (booleanInput('gpu-shared', false))
        gpu.shared = true;
    raw.gpu = gpu;
    if (booleanInput('require-gpu', false))
        raw.policy = overlaySpecMapping(raw, 'policy', { 'require-gpu': true });
    const parameters = listInput('parameters');
    if (parameters.length)
        raw.parameters = overlaySpecMapping(raw, 'parameters', parseParameters(parameters, 'parameters'));
    const env = listInput('env');
    if (env.length)
        raw.env = overlaySpecMapping(raw, 'env', parsePairs(env, 'env'));
    const region = stringInput('region');
    if (region)
        raw.region = region;
    const data = {};
    for (const key of ['uri', 'digest', 'version', 'region']) {
        const value = stringInput(`data-${key}`);
        if (value)
            data[key] = value;
    }
    if (Object.keys(data).length > 0)
        raw.data = overlaySpecMapping(raw, 'data', data);
    let spec;
    try {
        spec = parseTrainingJobSpec(raw, { file: specFile });
    }
    catch (error) {
        // Name the action input, not the spec's key, when the value came from an input.
        if (error instanceof errors_DhowError && !specFile && error.field) {
            const gpuInputs = {
                'gpu.count': 'gpu-count',
                'gpu.product': 'gpu-product',
                'gpu.mig-profile': 'mig-profile',
                'gpu.shared': 'gpu-shared',
            };
            const lineageInputs = {
                'data.uri': 'data-uri',
                'data.digest': 'data-digest',
                'data.version': 'data-version',
                'data.region': 'data-region',
            };
            const input = gpuInputs[error.field] ?? lineageInputs[error.field] ?? error.field.split('.')[0];
            throw new errors_DhowError('usage', error.message.replace(/^field "[^"]*": /, ''), { field: input });
        }
        throw error;
    }
    const model = optionalInput('model');
    const version = optionalInput('version');
    if ((model === undefined) !== (version === undefined))
        throw new errors_DhowError('usage', 'inputs "model" and "version" go together', { field: model ? 'version' : 'model' });
    if (model)
        assertName('model', model, { field: 'model' });
    if (version)
        assertName('version', version, { field: 'version' });
    const location = optionalInput('upload');
    if (location && optionalInput('artifact-uri'))
        throw new errors_DhowError('usage', 'inputs "upload" and "artifact-uri" both name the artifact; give one', { field: 'upload' });
    // Built before training, so a bad location or missing credentials cost no GPU time.
    const storage = location
        ? {
            location,
            endpoint: optionalInput('s3-endpoint'),
            region: optionalInput('s3-region'),
            fallbackRegion: spec.data.region ?? spec.region,
            pathStyle: booleanInput('s3-path-style', false),
            fields: { location: 'upload', endpoint: 's3-endpoint', region: 's3-region' },
        }
        : undefined;
    const upload = storage && mode === 'runner' ? s3ArtifactUploader(storage, process.env, actionsLogger()) : undefined;
    // Kubernetes mode: the Job uploads the model itself (with the cluster's own identity) where
    // DHOW_UPLOAD_URI says, and this step reads it back to check the digest the Job reports.
    const verify = storage && mode === 'kubernetes' ? s3ArtifactVerifier(storage, process.env, actionsLogger()) : undefined;
    if (storage && verify) {
        const prefix = [storage.location.replace(/\/+$/, ''), model, version].filter(Boolean).join('/');
        spec.env = {
            ...spec.env,
            DHOW_UPLOAD_URI: `${prefix}/`,
            DHOW_S3_REGION: storage.region ?? storage.fallbackRegion ?? '',
            DHOW_S3_ENDPOINT: storage.endpoint ?? '',
        };
    }
    return {
        mode,
        upload,
        verify,
        spec,
        outputDir: (0,external_node_path_.resolve)(workspace, stringInput('output-dir') || 'dhow-output'),
        artifact: optionalInput('artifact'),
        artifactUri: optionalInput('artifact-uri'),
        model,
        version,
        versionFile: (0,external_node_path_.resolve)(workspace, stringInput('version-file') || (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? workspace, 'dhow-version.yaml')),
        checkpointRoot: optionalInput('checkpoint-root'),
        summary: booleanInput('summary', true),
    };
}
async function run() {
    await runAction(ACTION, async () => {
        const settings = await getInputs();
        const logger = actionsLogger();
        runner/* saveState */.LZ('mode', settings.mode);
        let outcome;
        if (settings.mode === 'runner') {
            const result = await runRunnerTraining({
                spec: settings.spec,
                outputDir: settings.outputDir,
                artifact: settings.artifact,
                optionNames: { artifact: 'input "artifact"' },
                artifactUri: settings.artifactUri,
                upload: settings.upload,
                model: settings.model,
                version: settings.version,
                draftPath: settings.versionFile,
                cwd: workspaceDir(),
                env: process.env,
                logger,
                checkpointRoot: settings.checkpointRoot,
            });
            outcome = {
                metrics: result.metrics,
                artifact: result.artifact,
                draft: result.draft,
                draftPath: result.draftPath,
                peakGpuMemoryMiB: result.memory.peakGpuMemoryMiB,
                durationSeconds: result.durationSeconds,
            };
        }
        else {
            const kubernetes = await loadKubernetesMode();
            outcome = await kubernetes.runKubernetesTraining({
                spec: settings.spec,
                input: (name) => runner/* getInput */.V4(name).trim(),
                env: process.env,
                cwd: workspaceDir(),
                logger,
                model: settings.model,
                version: settings.version,
                // With an upload to check, the draft is written only once the object is checked.
                draftPath: settings.verify ? undefined : settings.versionFile,
                maskSecret: (value) => runner/* setSecret */.Pq(value),
                saveState: (name, value) => runner/* saveState */.LZ(name, value),
            });
            if (settings.verify) {
                const checked = await settings.verify({ uri: outcome.artifact.uri, digest: outcome.artifact.digest });
                const draft = { ...outcome.draft, artifact: { ...outcome.draft.artifact, size: checked.size, endpoint: checked.endpoint, region: checked.region } };
                await writeVersionDraft(settings.versionFile, draft);
                outcome = { ...outcome, artifact: { ...outcome.artifact, size: checked.size }, draft, draftPath: settings.versionFile };
            }
        }
        runner/* setOutput */.uH('metrics', JSON.stringify(outcome.metrics));
        runner/* setOutput */.uH('artifact-digest', outcome.artifact.digest);
        runner/* setOutput */.uH('artifact-uri', outcome.artifact.uri);
        runner/* setOutput */.uH('version-file', outcome.draftPath ?? '');
        runner/* setOutput */.uH('peak-gpu-memory-mib', outcome.peakGpuMemoryMiB === null ? '' : String(outcome.peakGpuMemoryMiB));
        if (settings.summary)
            await writeSummary(settings, outcome);
    });
}
async function writeSummary(settings, outcome) {
    const name = settings.model && settings.version ? `${settings.model} ${settings.version}` : 'model';
    runner/* summary */.z
        .addHeading(`Trained ${name} (${settings.mode})`, 2)
        .addTable([
        [
            { data: 'Metric', header: true },
            { data: 'Value', header: true },
        ],
        ...Object.entries(outcome.metrics).map(([metric, value]) => [metric, String(value)]),
    ])
        .addTable([
        [
            { data: 'Artifact', header: true },
            { data: 'Digest', header: true },
            { data: 'Peak GPU memory', header: true },
            { data: 'Duration', header: true },
        ],
        [
            outcome.artifact.uri,
            `<code>${outcome.artifact.digest}</code>`,
            outcome.peakGpuMemoryMiB === null ? 'no GPU' : `${outcome.peakGpuMemoryMiB} MiB`,
            `${outcome.durationSeconds.toFixed(1)} s`,
        ],
    ]);
    await runner/* summary */.z.write();
}
/** The post step: Kubernetes mode deletes a Job the main step left behind (cancelled workflow). */
async function post() {
    try {
        if (runner/* getState */.Gu('mode') !== 'kubernetes')
            return;
        const kubernetes = await loadKubernetesMode();
        await kubernetes.cleanupKubernetesTraining?.({
            input: (name) => runner/* getInput */.V4(name).trim(),
            getState: (name) => runner/* getState */.Gu(name),
            env: process.env,
            logger: actionsLogger(),
            maskSecret: (value) => runner/* setSecret */.Pq(value),
        });
    }
    catch (error) {
        // Cleanup problems are warnings: the main step's result stands.
        runner/* warning */.$e(`${ACTION}: cleanup: ${error.message}`);
    }
}


/***/ })

};
