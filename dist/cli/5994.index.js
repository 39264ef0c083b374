export const id = 5994;
export const ids = [5994];
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

/***/ 87777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RK: () => (/* binding */ detectGpus),
/* harmony export */   S: () => (/* binding */ queryComputeApps),
/* harmony export */   st: () => (/* binding */ queryGpuMemory)
/* harmony export */ });
/* unused harmony exports QUERY_GPU_FIELDS, QUERY_COMPUTE_APPS_FIELDS, parseGpuList, parseMiB, parseGpuMemory, parseComputeApps, runNvidiaSmi, classifyFailure */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `unexpected line from nvidia-smi -L: ${JSON.stringify(line)}`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `expected a number of MiB, got ${JSON.stringify(v)}`, where);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `expected ${QUERY_GPU_FIELDS.join(', ')}, got ${cells.length} columns`, { file, line });
        }
        // A GPU name could hold a comma: the fixed columns are the first two and the last two.
        const [index, uuid] = cells;
        const total = cells.at(-2);
        const used = cells.at(-1);
        if (!/^\d+$/.test(index))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `GPU index ${JSON.stringify(index)} is not a number`, { file, line, field: 'index' });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `expected ${QUERY_COMPUTE_APPS_FIELDS.join(', ')}, got ${cells.length} columns`, { file, line });
        }
        const [gpuUuid, pid, used] = cells;
        if (!/^\d+$/.test(pid))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `pid ${JSON.stringify(pid)} is not a number`, { file, line, field: 'pid' });
        return { gpuUuid, pid: Number(pid), usedMiB: parseMiB(used, { file, line, field: 'used_memory' }) };
    });
}
/** Runs nvidia-smi; never throws for a missing executable or a non-zero exit (callers classify those). */
function runNvidiaSmi(args, options = {}) {
    const path = options.path ?? 'nvidia-smi';
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(path, args, { env: options.env ?? process.env, timeout: options.timeoutMs ?? 15_000, maxBuffer: 8 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', classifyFailure(result).message, { file: `nvidia-smi ${args[0]}` });
    }
    return result.stdout;
}
async function queryGpuMemory(options = {}) {
    return parseGpuMemory(await query([`--query-gpu=${QUERY_GPU_FIELDS.join(',')}`, '--format=csv,noheader,nounits'], options));
}
async function queryComputeApps(options = {}) {
    return parseComputeApps(await query([`--query-compute-apps=${QUERY_COMPUTE_APPS_FIELDS.join(',')}`, '--format=csv,noheader,nounits'], options));
}


/***/ }),

/***/ 48972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QS: () => (/* binding */ treeRssBytes),
/* harmony export */   TP: () => (/* binding */ killTree),
/* harmony export */   WZ: () => (/* binding */ processTree)
/* harmony export */ });
/* unused harmony exports parseStat, parseVmRss, listProcesses, treeOf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
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
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(procDir);
    }
    catch {
        return [];
    }
    const entries = await Promise.all(names
        .filter((name) => /^\d+$/.test(name))
        .map(async (name) => {
        try {
            return parseStat(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`${procDir}/${name}/stat`, 'utf8'));
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
            return parseVmRss(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`${procDir}/${pid}/status`, 'utf8')) ?? 0;
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
        const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`/proc/${pid}/stat`, 'utf8');
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


/***/ }),

/***/ 70886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ measureCommand)
/* harmony export */ });
/* unused harmony export startMemorySampler */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86999);
/* harmony import */ var _nvidia_smi_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87777);
/* harmony import */ var _process_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48972);
/**
 * Measures the memory a command uses while it runs: GPU memory of its process tree (the compute apps
 * nvidia-smi lists whose pid is in the tree) and the resident memory of the tree, sampled every
 * `intervalMs`. The memory gate and the training runner read the peaks from `MemorySummary`.
 */





function startMemorySampler(options) {
    const intervalMs = options.intervalMs ?? 1000;
    const logger = options.logger ?? _logger_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .qq;
    const smi = { path: options.nvidiaSmi, env: options.env };
    const perGpu = new Map();
    const state = { peakGpu: 0, peakRss: 0, samples: 0, stopped: false, warned: false, unknown: false, treeSeen: false };
    // The device-wide fallback: used memory per GPU at the first reading, and the largest rise since.
    const device = { baseline: new Map(), peakRise: 0, perGpu: new Map() };
    let detection = options.detection;
    let wake;
    async function sample() {
        const tree = await (0,_process_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .processTree */ .WZ)(options.rootPid);
        const inTree = new Set(tree);
        state.peakRss = Math.max(state.peakRss, await (0,_process_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .treeRssBytes */ .QS)(tree));
        if (detection?.available) {
            try {
                const used = new Map();
                for (const app of await (0,_nvidia_smi_js__WEBPACK_IMPORTED_MODULE_3__/* .queryComputeApps */ .S)(smi)) {
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
        for (const gpu of await (0,_nvidia_smi_js__WEBPACK_IMPORTED_MODULE_3__/* .queryGpuMemory */ .st)(smi)) {
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
        : (0,_nvidia_smi_js__WEBPACK_IMPORTED_MODULE_3__/* .detectGpus */ .RK)(smi).then((found) => {
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
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.command, options.args ?? [], {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp(code, `command "${options.command}" could not be started: ${spawned.code === 'ENOENT' ? 'no such file or command' : spawned.message}`, {
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
    const stop = (control.stop = () => (killing ??= (0,_process_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .killTree */ .TP)(child.pid, { graceMs: options.killGraceMs ?? 10_000, processGroup: true })));
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


/***/ })

};
