export const id = 3563;
export const ids = [3563];
export const modules = {

/***/ 93563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/atomic-file.ts
var atomic_file = __webpack_require__(93549);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(86999);
// EXTERNAL MODULE: ./src/registry/names.ts + 1 modules
var names = __webpack_require__(50123);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/gate-evidence.ts
var gate_evidence = __webpack_require__(25004);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/gates/policy.ts
var policy = __webpack_require__(16888);
;// CONCATENATED MODULE: ./src/gates/candidate.ts
/**
 * The candidate a gate run judges, read from one file: a version record draft (YAML or JSON with
 * `kind: ModelVersion`; it need not be complete yet, the gates fill in its `gates` field) or a metrics file
 * (a JSON or YAML object of numbers; nested objects are flattened with '.', so the JSON that
 * `dhow metrics fairness --json` prints is a metrics file: `overall.accuracy`, `by_group.gulf.tpr`).
 */




const Loose = (shape) => schemas/* object */.Ikc(shape).loose();
/** A draft is read leniently (the registry validates the finished record); what gates read must be well typed. */
const VersionDraft = Loose({
    kind: schemas/* literal */.euz('ModelVersion'),
    model: schemas/* string */.YjP().min(1).optional(),
    version: schemas/* string */.YjP().min(1).optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).default({}),
    artifact: Loose({ uri: schemas/* string */.YjP().min(1).optional() }).optional(),
    data: Loose({ uri: schemas/* string */.YjP().min(1).optional() }).optional(),
    training: Loose({ region: schemas/* string */.YjP().min(1).optional(), cluster: schemas/* string */.YjP().min(1).optional() }).optional(),
    region: schemas/* string */.YjP().min(1).optional(),
});
function flatten(value, prefix, into) {
    if (typeof value === 'number') {
        if (Number.isFinite(value))
            into.set(prefix, value);
    }
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value))
            flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    }
}
function parseCandidate(text, file) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        throw new src_errors/* DhowError */.Bp('invalid-input', `not valid JSON or YAML: ${(0,src_errors/* yamlSyntaxMessage */.iC)(error)}`, { file, line: error.linePos?.[0]?.line });
    }
    const raw = (0,policy/* yamlData */.Ot)(doc, file);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the candidate must be a version record or an object of metrics', { file });
    }
    if (raw.kind === 'ModelVersion') {
        const result = VersionDraft.safeParse(raw);
        if (!result.success)
            throw (0,src_errors/* schemaError */.g$)(result.error.issues, { file });
        const draft = result.data;
        return {
            file,
            model: draft.model ?? null,
            version: draft.version ?? null,
            metrics: new Map(Object.entries(draft.metrics)),
            residency: {
                'artifact-uri': draft.artifact?.uri,
                'data-uri': draft.data?.uri,
                'training-region': draft.training?.region,
                'training-cluster': draft.training?.cluster,
                'data-region': draft.region,
            },
        };
    }
    if ('kind' in raw) {
        throw new src_errors/* DhowError */.Bp('invalid-input', `a candidate of kind "${String(raw.kind)}" cannot be gated: give a ModelVersion draft or a metrics file`, {
            file,
            field: 'kind',
        });
    }
    const metrics = new Map();
    flatten(raw, '', metrics);
    return { file, model: null, version: null, metrics, residency: {} };
}
/** Reads a candidate file; `cwd` resolves a relative name, which errors keep as given. */
async function readCandidate(file, cwd = process.cwd()) {
    return parseCandidate(await (0,policy/* readGateFile */.iw)(file, cwd, 'the candidate'), file);
}

// EXTERNAL MODULE: ./src/metrics/arabic/checks.ts
var checks = __webpack_require__(5249);
// EXTERNAL MODULE: ./src/metrics/latency.ts
var latency = __webpack_require__(77579);
// EXTERNAL MODULE: ./src/metrics/text/corpus.ts + 5 modules
var corpus = __webpack_require__(27412);
// EXTERNAL MODULE: ./src/metrics/text/slices.ts
var slices = __webpack_require__(73730);
// EXTERNAL MODULE: ./src/gates/text-slices.ts
var text_slices = __webpack_require__(741);
// EXTERNAL MODULE: ./src/registry/schemas.ts
var registry_schemas = __webpack_require__(9843);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/gates/data-file.ts
/**
 * Where a gate policy may read its data from. A policy can come from the registry's dhow.yaml, written by
 * someone other than the person running the gate, so its `source.input` / `source.file` must not reach
 * anything on the runner: the path is resolved (symlinks included) and must lie inside one of the data
 * roots (the workspace, the policy file's directory, roots the caller allows), must be a regular file,
 * and never one of the kernel's special file systems (/proc, /sys, /dev), whose "files" hold the process
 * environment and its secrets. Messages name the path the policy wrote, never anything read from it.
 */



/** Kernel file systems that hold process state and devices rather than data. */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];
function inside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
function isSpecial(path) {
    return SPECIAL_ROOTS.some((root) => inside(path, root));
}
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * The real path of a policy's data file, once it is known to be a regular file inside a data root;
 * otherwise a DhowError naming the field and the path as written.
 */
async function confineDataFile(written, rules) {
    const where = { field: rules.field, ...(rules.file ? { file: rules.file } : {}) };
    const shown = JSON.stringify(written.length > 200 ? `${written.slice(0, 200)}…` : written);
    const requested = (0,external_node_path_.resolve)(rules.cwd, written);
    // Refused before anything is touched: not even a stat of /proc/self/... on the policy's say-so.
    if (isSpecial(requested))
        throw new src_errors/* DhowError */.Bp('invalid-input', `the data file ${shown} is on a special file system (/proc, /sys, /dev); a gate reads data files only`, where);
    let real;
    try {
        real = await (0,promises_.realpath)(requested);
    }
    catch (error) {
        const code = error.code;
        throw new src_errors/* DhowError */.Bp('not-found', `cannot read the data file ${shown}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}`, {
            ...where,
            cause: error,
        });
    }
    if (isSpecial(real))
        throw new src_errors/* DhowError */.Bp('invalid-input', `the data file ${shown} leads to a special file system (/proc, /sys, /dev); a gate reads data files only`, where);
    const roots = await Promise.all(rules.roots.map((root) => (0,promises_.realpath)(root).catch(() => undefined)));
    if (!roots.some((root) => root !== undefined && inside(real, root))) {
        const allowed = rules.roots.map((r) => JSON.stringify(r)).join(', ');
        throw new src_errors/* DhowError */.Bp('invalid-input', `the data file ${shown} is outside the data roots (${allowed}), symbolic links resolved; move it there or allow its directory as a data root`, where);
    }
    const info = await (0,promises_.stat)(real);
    if (!info.isFile())
        throw new src_errors/* DhowError */.Bp('invalid-input', `the data file ${shown} is ${kindOf(info)}, not a file`, where);
    return real;
}

// EXTERNAL MODULE: ./src/io/csv.ts + 1 modules
var csv = __webpack_require__(90134);
// EXTERNAL MODULE: ./src/metrics/csv-columns.ts
var csv_columns = __webpack_require__(92899);
// EXTERNAL MODULE: ./src/metrics/fairness.ts
var fairness = __webpack_require__(51540);
;// CONCATENATED MODULE: ./src/gates/fairness.ts
/**
 * The fairness source of a gate: Fairlearn's definitions over a streamed CSV (src/metrics/fairness.ts),
 * turned into the values gates read. A ratio with nothing to divide by (NaN) has no value: a gate on it is
 * inconclusive rather than passing or failing on a number that is not one. The columns the policy names
 * are checked against the header first, with a message that repeats the header only when it looks like one.
 */




const finite = (value) => (Number.isFinite(value) ? value : null);
/** Every column the policy names is in the header; the error never prints the header unless it is one. */
async function checkColumns(settings) {
    const file = settings.name ?? settings.input;
    const header = await (0,csv_columns/* readCsvHeader */.km)(settings.input, { file });
    const givenBy = { label: 'source.label', prediction: 'source.prediction', group: 'source.group', ...settings.givenBy };
    const wanted = [
        [settings.label, givenBy.label],
        [settings.prediction, givenBy.prediction],
        ...settings.groups.map((g) => [g, givenBy.group]),
    ];
    for (const [name, by] of wanted) {
        if (!header.includes(name)) {
            const quoted = (0,csv/* quoteData */.pL)(name);
            // The field is the name as quoted (cut, escaped): a policy's text never reaches a message raw.
            throw new src_errors/* DhowError */.Bp('invalid-input', `no column ${quoted} (given by ${by}); ${(0,csv/* describeHeader */.to)(header)}`, { file, line: 1, field: quoted.slice(1, -1) });
        }
    }
}
async function measureFairness(settings) {
    await checkColumns(settings);
    const report = await (0,fairness.fairnessFromCsv)(settings.input, {
        label: settings.label,
        prediction: settings.prediction,
        group: settings.groups,
        positiveLabel: settings.positiveLabel,
        method: settings.method,
        agg: settings.agg,
        minGroupSize: settings.minGroupSize,
        file: settings.name ?? settings.input,
        givenBy: settings.givenBy,
    });
    return {
        values: {
            demographic_parity_difference: finite(report.demographic_parity_difference),
            demographic_parity_ratio: finite(report.demographic_parity_ratio),
            equal_opportunity_difference: finite(report.equal_opportunity_difference),
            equal_opportunity_ratio: finite(report.equal_opportunity_ratio),
            equalized_odds_difference: finite(report.equalized_odds_difference),
            equalized_odds_ratio: finite(report.equalized_odds_ratio),
            accuracy: finite(report.overall.accuracy),
            selection_rate: finite(report.overall.selection_rate),
            tpr: finite(report.overall.tpr),
            fpr: finite(report.overall.fpr),
        },
        count: report.overall.count,
        byGroup: report.by_group,
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/gates/load.ts
/**
 * The load generator of the latency gate, against an HTTP endpoint (the served model).
 *
 * constant-rate: request i is scheduled at start + i/rate whatever happened before, and its latency counts
 * from that scheduled time, not from when it was actually sent. A server that stalls therefore shows the
 * stall in every request that had to wait for it, as users would see it; a closed loop (send, wait,
 * send) hides the stall behind the one request that met it ("coordinated omission", Gil Tene).
 * closed-loop: N connections, each sending its next request when the previous answer arrived; the
 * latency is the request's own round trip. Useful for throughput, optimistic for tails.
 *
 * Requests started in the warm-up are sent but not measured. Failed requests (connection errors,
 * timeouts, non-2xx) are counted, not measured.
 */





function target(options, sockets) {
    let url;
    try {
        url = new URL(options.url);
    }
    catch {
        throw new src_errors/* DhowError */.Bp('invalid-input', `"${options.url}" is not a URL`, { field: 'source.endpoint.url' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new src_errors/* DhowError */.Bp('invalid-input', `the latency endpoint must be http or https, not ${url.protocol}`, { field: 'source.endpoint.url' });
    }
    const client = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const headers = { ...options.headers };
    let body;
    if (options.body !== undefined) {
        body = Buffer.from(typeof options.body === 'string' ? options.body : JSON.stringify(options.body), 'utf8');
        if (typeof options.body !== 'string')
            headers['content-type'] ??= 'application/json; charset=utf-8';
        headers['content-length'] = String(body.length);
    }
    return {
        client,
        agent: new client.Agent({ keepAlive: true, maxSockets: sockets }),
        url,
        method: options.method ?? (body ? 'POST' : 'GET'),
        headers,
        body,
        timeoutMs: options.timeoutMs ?? 10_000,
    };
}
/** One request; resolves (never rejects) with an error reason or null, once the whole answer is read. */
function send(t) {
    return new Promise((resolve) => {
        const request = t.client.request(t.url, { method: t.method, headers: t.headers, agent: t.agent, signal: AbortSignal.timeout(t.timeoutMs) }, (response) => {
            response.on('data', () => { });
            response.on('error', (error) => resolve(error.message));
            response.on('end', () => {
                const status = response.statusCode ?? 0;
                resolve(status >= 200 && status < 300 ? null : `HTTP ${status}`);
            });
        });
        request.on('error', (error) => resolve(error.name === 'TimeoutError' || error.name === 'AbortError' ? `timed out after ${t.timeoutMs} ms` : error.message));
        request.end(t.body);
    });
}
async function generateLoad(options) {
    if (!(options.durationSeconds > 0))
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the load duration must be positive', { field: 'duration-seconds' });
    const warmupMs = (options.warmupSeconds ?? 0) * 1000;
    const latenciesMs = [];
    const errorReasons = new Set();
    let errors = 0;
    let warmupRequests = 0;
    const record = (measured, latency, error) => {
        if (!measured) {
            warmupRequests++;
        }
        else if (error === null) {
            latenciesMs.push(latency);
        }
        else {
            errors++;
            if (errorReasons.size < 5)
                errorReasons.add(error);
        }
    };
    /** What was measured since `start`, the warm-up left out. */
    const result = (start) => ({
        mode: options.mode,
        latenciesMs,
        errors,
        errorReasons: [...errorReasons],
        warmupRequests,
        elapsedSeconds: (external_node_perf_hooks_.performance.now() - start - warmupMs) / 1000,
    });
    if (options.mode === 'constant-rate') {
        const rate = options.rate ?? 10;
        const interval = 1000 / rate;
        const total = Math.floor(((warmupMs + options.durationSeconds * 1000) / 1000) * rate);
        // Enough sockets that the client is never the bottleneck; beyond them requests queue in the agent,
        // still measured from their scheduled time.
        const t = target(options, 512);
        const inFlight = new Set();
        const start = external_node_perf_hooks_.performance.now();
        let i = 0;
        try {
            while (i < total) {
                const wait = start + i * interval - external_node_perf_hooks_.performance.now();
                if (wait > 0)
                    await (0,external_node_timers_promises_.setTimeout)(wait);
                // Fire everything that is due, so a late timer never thins the schedule out.
                const now = external_node_perf_hooks_.performance.now();
                while (i < total && start + i * interval <= now) {
                    const scheduled = start + i * interval;
                    // Compared as offsets: (start + x) - start is not always x in floating point.
                    const measured = i * interval >= warmupMs;
                    const p = send(t).then((error) => record(measured, external_node_perf_hooks_.performance.now() - scheduled, error));
                    inFlight.add(p);
                    void p.finally(() => inFlight.delete(p));
                    i++;
                }
            }
            await Promise.all(inFlight);
        }
        finally {
            t.agent.destroy();
        }
        return result(start);
    }
    const connections = options.connections ?? 1;
    const t = target(options, connections);
    const start = external_node_perf_hooks_.performance.now();
    const end = start + warmupMs + options.durationSeconds * 1000;
    try {
        await Promise.all(Array.from({ length: connections }, async () => {
            while (external_node_perf_hooks_.performance.now() < end) {
                const sent = external_node_perf_hooks_.performance.now();
                const error = await send(t);
                record(sent - start >= warmupMs, external_node_perf_hooks_.performance.now() - sent, error);
            }
        }));
    }
    finally {
        t.agent.destroy();
    }
    return result(start);
}

// EXTERNAL MODULE: ./src/gpu/nvidia-smi.ts
var nvidia_smi = __webpack_require__(87777);
// EXTERNAL MODULE: ./src/gpu/process-tree.ts
var process_tree = __webpack_require__(48972);
// EXTERNAL MODULE: ./src/gpu/sampler.ts
var sampler = __webpack_require__(70886);
// EXTERNAL MODULE: ./src/gpu/mig.ts
var mig = __webpack_require__(64077);
;// CONCATENATED MODULE: ./src/gpu/index.ts
/** The GPU layer: nvidia-smi, process trees, memory sampling and MIG profiles. */





;// CONCATENATED MODULE: ./src/gates/memory.ts
/**
 * The memory gate: runs a command (a smoke inference of the model) and measures the peak GPU memory of its
 * process tree through nvidia-smi, against what the model is allotted: a whole GPU (its memory.total), or a
 * MIG profile from the table of profiles per GPU model (`MIG_GPUS` in src/gpu/mig.ts: A30, A100, H100,
 * H200). Where there is no GPU, the GPU metrics have no value (the gate is inconclusive) and
 * `peak-rss-mib`, the peak resident memory of the process tree, is what can be gated.
 */


const MIB = 1024 * 1024;
/** A MIG profile's memory: its name states decimal GB ("10gb"), which is below what the slice really holds. */
function migAllocationMiB(gpuName, profile) {
    return ((0,mig/* findMigProfile */.uF)(gpuName, profile).memoryGB * 1e9) / MIB;
}
async function measureMemory(settings, options) {
    const smi = { path: options.nvidiaSmi, env: options.env };
    const detection = await (0,nvidia_smi/* detectGpus */.RK)(smi);
    const [command, ...args] = settings.command;
    const run = await (0,sampler/* measureCommand */.W)({
        command: command,
        args,
        cwd: options.cwd,
        env: options.env,
        intervalMs: settings['interval-ms'],
        timeoutMs: settings['timeout-seconds'] * 1000,
        killGraceMs: 2000,
        nvidiaSmi: options.nvidiaSmi,
        logger: options.logger,
        detection,
    });
    const memory = run.memory;
    const peakRssMiB = memory.peakRssBytes / MIB;
    const failure = run.timedOut
        ? `the command ran longer than ${settings['timeout-seconds']} s and was stopped`
        : run.exitCode !== 0
            ? `the command exited with ${run.exitCode === null ? `signal ${run.signal}` : `code ${run.exitCode}`}${run.stderrTail.length ? `: ${run.stderrTail.slice(-3).join(' / ')}` : ''}`
            : undefined;
    if (!detection.available || memory.peakGpuMemoryMiB === null) {
        return {
            values: { 'peak-gpu-memory-mib': null, 'gpu-memory-fraction': null, 'peak-rss-mib': peakRssMiB },
            samples: memory.samples,
            allocationMiB: null,
            allocation: null,
            noGpu: detection.available ? 'no GPU memory was measured' : `no GPU: ${detection.message}`,
            ...(failure ? { failure } : {}),
        };
    }
    // The allotment: a MIG profile of the named (or first) GPU, or the whole GPU the tree used most.
    let allocationMiB = null;
    let allocation = null;
    const busiest = memory.perGpu.reduce((a, b) => (!a || b.peakMiB > a.peakMiB ? b : a), undefined);
    if (settings['mig-profile']) {
        const product = settings['gpu-product'] ?? busiest?.name ?? detection.gpus[0]?.name;
        if (!product)
            throw new src_errors/* DhowError */.Bp('invalid-input', 'cannot tell which GPU the MIG profile is of: give "gpu-product"', { field: 'source.gpu-product' });
        allocationMiB = migAllocationMiB(product, settings['mig-profile']);
        allocation = `MIG ${settings['mig-profile']} of ${product}`;
    }
    else {
        const gpus = await (0,nvidia_smi/* queryGpuMemory */.st)(smi);
        const gpu = gpus.find((g) => g.uuid === busiest?.uuid) ?? gpus[0];
        if (gpu?.totalMiB) {
            allocationMiB = gpu.totalMiB;
            allocation = `GPU ${gpu.index} (${gpu.name}), ${gpu.totalMiB} MiB`;
        }
    }
    const peak = memory.peakGpuMemoryMiB;
    return {
        values: {
            'peak-gpu-memory-mib': peak,
            'gpu-memory-fraction': allocationMiB ? peak / allocationMiB : null,
            'peak-rss-mib': peakRssMiB,
        },
        samples: memory.samples,
        allocationMiB,
        allocation,
        ...(failure ? { failure } : {}),
    };
}

;// CONCATENATED MODULE: ./src/gates/regression.ts
function liveVersionOf(record) {
    const gateValues = {};
    for (const row of record.gates?.summary ?? []) {
        if (typeof row.value === 'number' && Number.isFinite(row.value))
            gateValues[row.gate] = row.value;
    }
    return { version: record.version, metrics: { ...record.metrics }, gateValues };
}
function baselineFor(gate, live) {
    if (live === null)
        return { kind: 'no-live-version' };
    const has = (key) => Object.hasOwn(live.metrics, key) && Number.isFinite(live.metrics[key]);
    const explicit = gate['baseline-metric'];
    if (explicit !== undefined) {
        return has(explicit) ? { kind: 'value', version: live.version, value: live.metrics[explicit] } : { kind: 'missing', version: live.version };
    }
    if (Object.hasOwn(live.gateValues, gate.name))
        return { kind: 'value', version: live.version, value: live.gateValues[gate.name] };
    const key = gate.source.kind === 'candidate' ? (gate.source.key ?? gate.metric) : gate.metric;
    return has(key) ? { kind: 'value', version: live.version, value: live.metrics[key] } : { kind: 'missing', version: live.version };
}

// EXTERNAL MODULE: ./src/gates/residency.ts
var residency = __webpack_require__(31732);
// EXTERNAL MODULE: ./src/gates/report.ts
var gates_report = __webpack_require__(9704);
;// CONCATENATED MODULE: ./src/gates/roundtrip.ts
/**
 * The encoding round trip: Arabic with diacritics goes to a serving endpoint that echoes it, and the same
 * UTF-8 bytes must come back. It catches servers that re-encode (Latin-1, CP1256), normalize (NFC composes
 * alef + combining hamza into U+0623), strip diacritics or drop characters.
 */

/**
 * The default texts: full diacritics (fatha, kasra, damma, sukun, shadda, tanween), a dagger alef (U+0670),
 * alef wasla (U+0671), tatweel, Arabic-Indic digits, and an alef followed by a combining hamza above
 * (U+0627 U+0654) that NFC would turn into U+0623.
 */
const ROUND_TRIP_TEXTS = [
    'بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ',
    'ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ',
    'إِنَّ مَعَ ٱلْعُسْرِ يُسْرًا',
    'مُدَرِّسَةٌ فِي الدَّوْحَةِ مُنْذُ ١٤٤٥ هـ',
    'كتـــــاب جَمِيلٌ',
    'ا\u0654حمد',
];
function field(value, path) {
    let node = value;
    for (const part of path.split('.')) {
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part))
            return undefined;
        node = node[part];
    }
    return node;
}
function hex(bytes, max = 24) {
    const shown = [...bytes.slice(0, max)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    return bytes.length > max ? `${shown} …` : shown;
}
/** Why two texts differ, in words a person can act on. */
function describeDifference(sent, received) {
    if (received === sent.normalize('NFC') && sent !== received)
        return 'the endpoint normalized the text to NFC';
    if (received === sent.normalize('NFKC') && sent !== received)
        return 'the endpoint normalized the text to NFKC';
    if (received === sent.replace(/[\u064B-\u0652\u0670]/g, ''))
        return 'the endpoint stripped the diacritics';
    if (received.includes('\uFFFD'))
        return 'the endpoint replaced characters with U+FFFD (it decoded the bytes with the wrong encoding)';
    if (Buffer.from(received, 'latin1').toString('utf8') === sent || /[\u00D8-\u00DB][\u0080-\u00BF]/.test(received))
        return 'the endpoint returned mojibake (UTF-8 read as Latin-1 or CP1256)';
    const a = new TextEncoder().encode(sent);
    const b = new TextEncoder().encode(received);
    let at = 0;
    while (at < a.length && at < b.length && a[at] === b[at])
        at++;
    return `the bytes differ from byte ${at}: sent ${hex(a.slice(at))}, received ${hex(b.slice(at))}`;
}
/** Sends every text and compares the echoed bytes. Connection failures are errors, not mismatches. */
async function roundTrip(settings) {
    const texts = settings.texts ?? ROUND_TRIP_TEXTS;
    const mismatches = [];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const [index, text] of texts.entries()) {
        const body = settings.mode === 'json' ? JSON.stringify({ [settings['request-field']]: text }) : text;
        let response;
        try {
            response = await fetch(settings.url, {
                method: 'POST',
                headers: { 'content-type': settings.mode === 'json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' },
                body,
                signal: AbortSignal.timeout(settings['timeout-ms']),
            });
        }
        catch (error) {
            throw new src_errors/* DhowError */.Bp('invalid-input', `the round-trip endpoint ${settings.url} did not answer: ${error.message}`, {
                field: 'source.url',
                cause: error,
            });
        }
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (!response.ok) {
            mismatches.push({ index, sent: text, received: null, why: `HTTP ${response.status}` });
            continue;
        }
        let received;
        try {
            received = decoder.decode(bytes);
        }
        catch {
            mismatches.push({ index, sent: text, received: null, why: `the answer is not valid UTF-8: ${hex(bytes)}` });
            continue;
        }
        if (settings.mode === 'json') {
            let parsed;
            try {
                parsed = JSON.parse(received);
            }
            catch {
                mismatches.push({ index, sent: text, received, why: 'the answer is not JSON' });
                continue;
            }
            const echoed = field(parsed, settings['response-field']);
            if (typeof echoed !== 'string') {
                mismatches.push({ index, sent: text, received: null, why: `the answer has no string at "${settings['response-field']}"` });
                continue;
            }
            received = echoed;
        }
        if (Buffer.compare(Buffer.from(text, 'utf8'), Buffer.from(received, 'utf8')) !== 0) {
            mismatches.push({ index, sent: text, received, why: describeDifference(text, received) });
        }
    }
    return { sent: texts.length, mismatches };
}

// EXTERNAL MODULE: ./src/gates/threshold.ts
var threshold = __webpack_require__(78099);
;// CONCATENATED MODULE: ./src/gates/evaluate.ts
/**
 * Runs a gate policy over a candidate: measures each source once (several gates may read one CSV),
 * decides every gate against its threshold and the live version's record, and assembles the report.
 * Any bad input (a missing file, a metric the candidate lacks, an endpoint that is not a URL) is a
 * DhowError before anything is reported: a report is whole or absent.
 */


















/** A source's own error (a missing data file, a bad column) says which gate of the policy read it. */
function inGate(gate, error) {
    if (!(error instanceof src_errors/* DhowError */.Bp) || error.field?.startsWith('gates['))
        return error;
    return new src_errors/* DhowError */.Bp(error.code, `gate "${gate.name}" (source ${gate.source.kind}): ${error.message}`, { reasons: error.reasons, cause: error });
}
function where(gate, field) {
    return { field: `gates[name=${gate.name}].${field}` };
}
/** Replaces `${NAME}` from the environment; an unset variable is an error naming the field. */
function expandVariables(text, env, gate, field) {
    return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const value = env[name];
        if (value === undefined || value === '') {
            throw new src_errors/* DhowError */.Bp('invalid-input', `\${${name}} is not set in the environment`, where(gate, field));
        }
        return value;
    });
}
/** `source.<key> in <policy file>` for each key: how an input error names where a value came from. */
function policyKeys(file, keys) {
    return Object.fromEntries(keys.map((k) => [k, `source.${k}${file ? ` in ${file}` : ''}`]));
}
async function measure(gate, input, logger) {
    const source = gate.source;
    // The path as the policy wrote it stays the name in messages; the confined real path is what is read.
    const path = (file, key = 'input') => confineDataFile(file, {
        cwd: input.cwd,
        roots: input.dataRoots ?? [input.cwd],
        field: where(gate, `source.${key}`).field,
        file: input.policy.origins?.[gate.name],
    });
    switch (source.kind) {
        case 'candidate':
            throw new Error('candidate sources are read directly');
        case 'fairness': {
            const groups = Array.isArray(source.group) ? source.group : [source.group];
            // Messages name the policy's keys (`source.positive-label in gates.yaml`), never the CLI's flags.
            const keys = policyKeys(input.policy.origins?.[gate.name], ['label', 'prediction', 'group', 'positive-label']);
            const result = await measureFairness({
                input: await path(source.input),
                label: source.label,
                prediction: source.prediction,
                groups,
                positiveLabel: source['positive-label'] === undefined ? undefined : String(source['positive-label']),
                method: source.method,
                agg: source.agg,
                minGroupSize: source['min-group-size'],
                name: source.input,
                givenBy: { label: keys.label, prediction: keys.prediction, group: keys.group, positiveLabel: keys['positive-label'] },
            });
            return { values: result.values, samples: result.count, details: { by_group: result.byGroup } };
        }
        case 'text': {
            const options = textOptions(source, textMetricsOf(source, input.policy.gates));
            const sliceBy = source['slice-by'];
            if (sliceBy !== undefined) {
                const r = await (0,slices.textMetricsBySlice)(await path(source.input), { ...options, sliceBy });
                const pick = (m) => Object.fromEntries(corpus.TEXT_METRICS.map((k) => [k, m[k]]));
                return {
                    values: pick(r.overall),
                    samples: r.overall.segments,
                    details: {
                        signatures: r.overall.signatures,
                        normalize: source.normalize,
                        'slice-by': sliceBy,
                        // Measured values per slice; runGates replaces them with the decided rows of the gate's metric.
                        measured: Object.fromEntries(Object.entries(r.slices).map(([name, m]) => [name, { ...pick(m), segments: m.segments }])),
                    },
                };
            }
            const result = await (0,corpus.textMetricsFromJsonl)(await path(source.input), options);
            return {
                values: Object.fromEntries(corpus.TEXT_METRICS.map((k) => [k, result[k]])),
                samples: result.segments,
                details: {
                    signatures: Object.fromEntries(options.metrics.map((m) => [m, (0,slices/* qualitySignature */.Wg)(m, result, options)])),
                    normalize: source.normalize,
                },
            };
        }
        case 'arabic-data': {
            const report = await (0,checks.checkArabicFile)(await path(source.input));
            const values = { arabic_share: report.arabic_share, presentation_form_share: report.presentation_form_share };
            for (const [name, finding] of Object.entries(report.checks))
                values[name] = finding.count;
            return {
                values,
                samples: report.lines,
                details: Object.fromEntries(Object.entries(report.checks).map(([name, f]) => [name, { count: f.count, lines: f.lines }])),
            };
        }
        case 'latency': {
            if (source.file !== undefined) {
                const summary = await (0,latency.latencyFromFile)(await path(source.file, 'file'));
                return { values: { ...summary, 'error-rate': 0 }, samples: summary.count, details: { file: source.file } };
            }
            const endpoint = source.endpoint;
            const url = expandVariables(endpoint.url, input.env, gate, 'source.endpoint.url');
            logger.info(`gate ${gate.name}: load on ${url}: ${endpoint.mode === 'constant-rate' ? `${endpoint.rate} requests/s` : `${endpoint.connections} connections`} for ${endpoint['duration-seconds']} s after ${endpoint['warmup-seconds']} s of warm-up`);
            const load = await generateLoad({
                url,
                method: endpoint.method,
                body: endpoint.body,
                headers: endpoint.headers,
                mode: endpoint.mode,
                rate: endpoint.rate,
                connections: endpoint.connections,
                durationSeconds: endpoint['duration-seconds'],
                warmupSeconds: endpoint['warmup-seconds'],
                timeoutMs: endpoint['timeout-ms'],
            });
            const measured = load.latenciesMs.length + load.errors;
            const details = { mode: load.mode, errors: load.errors, 'error-reasons': load.errorReasons, 'warmup-requests': load.warmupRequests };
            if (load.latenciesMs.length === 0) {
                return {
                    values: { p50: null, p90: null, p95: null, p99: null, max: null, mean: null, 'error-rate': measured ? load.errors / measured : null },
                    samples: 0,
                    details,
                    note: `no request succeeded${load.errorReasons.length ? ` (${load.errorReasons.join('; ')})` : ''}`,
                };
            }
            const summary = (0,latency/* summarizeLatencies */._q)(load.latenciesMs);
            return { values: { ...summary, 'error-rate': load.errors / measured }, samples: summary.count, details: { ...details, ...summary } };
        }
        case 'memory': {
            logger.info(`measuring the memory of ${source.command[0]}${source.command.length > 1 ? ' …' : ''} (gate ${gate.name})`);
            const result = await measureMemory(source, { cwd: input.cwd, env: input.env, logger, nvidiaSmi: input.nvidiaSmi });
            return {
                values: result.values,
                samples: result.samples,
                details: { allocation: result.allocation, 'allocation-mib': result.allocationMiB, ...(result.noGpu ? { 'no-gpu': result.noGpu } : {}) },
                ...(result.failure ? { failure: result.failure } : {}),
                ...(result.noGpu && gate.metric !== 'peak-rss-mib' ? { note: result.noGpu } : {}),
            };
        }
        case 'residency': {
            const rules = input.policy.residency ?? input.residency;
            if (!rules) {
                throw new src_errors/* DhowError */.Bp('invalid-input', "a residency gate needs residency rules: `residency` in the policy or in the registry's dhow.yaml", where(gate, 'source'));
            }
            const subject = { ...input.candidate.residency };
            for (const key of ['artifact-uri', 'data-uri', 'training-region', 'training-cluster']) {
                if (source[key] !== undefined)
                    subject[key] = source[key];
            }
            const result = (0,residency/* checkResidency */.N)(subject, rules);
            return {
                values: { 'residency-violations': result.violations },
                samples: result.findings.length,
                details: { findings: result.findings },
                ...(result.violations > 0
                    ? {
                        note: result.findings
                            .filter((f) => !f.ok)
                            .map((f) => f.why)
                            .join('; '),
                    }
                    : {}),
            };
        }
        case 'round-trip': {
            const url = expandVariables(source.url, input.env, gate, 'source.url');
            const result = await roundTrip({ ...source, url });
            return {
                values: { 'round-trip-mismatches': result.mismatches.length },
                samples: result.sent,
                details: { mismatches: result.mismatches },
                ...(result.mismatches.length > 0 ? { note: result.mismatches.map((m) => `text ${m.index + 1}: ${m.why}`).join('; ') } : {}),
            };
        }
    }
}
/**
 * The metrics a text source must compute: those of every gate reading the same source (they share one
 * measurement), so TER, whose shift search costs more than the rest together, is computed only when gated.
 */
function textMetricsOf(source, gates) {
    const key = (0,policy/* canonicalJson */.dj)(source);
    const gated = new Set(gates.filter((g) => g.source.kind === 'text' && (0,policy/* canonicalJson */.dj)(g.source) === key).map((g) => g.metric));
    return corpus.TEXT_METRICS.filter((m) => gated.has(m));
}
/** The policy's text source as the metrics' options (jiwer's transforms, sacreBLEU's TER options). */
function textOptions(source, metrics) {
    const substitutions = source['substitute-words']?.map(([from, to]) => [from, to]);
    const chain = (steps) => (steps === undefined ? undefined : { steps, substitutions });
    const reference = chain(source['reference-transform']);
    const hypothesis = chain(source['hypothesis-transform']);
    const ter = source.ter;
    return {
        normalize: source.normalize,
        metrics,
        name: source.input,
        ...(reference || hypothesis ? { transforms: { ...(reference ? { reference } : {}), ...(hypothesis ? { hypothesis } : {}) } } : {}),
        ...(ter ? { ter: { normalized: ter.normalized, noPunct: ter['no-punct'], asianSupport: ter['asian-support'], caseSensitive: ter['case-sensitive'] } } : {}),
    };
}
function fromCandidate(gate, candidate) {
    const key = gate.source.key ?? gate.metric;
    const known = [...candidate.metrics.keys()];
    const lookup = (k, field) => {
        const value = candidate.metrics.get(k);
        if (value === undefined) {
            const suggestion = (0,policy/* closest */.kp)(k, known);
            throw new src_errors/* DhowError */.Bp('invalid-input', `the candidate ${candidate.file} has no metric "${k}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}${known.length ? `; it has ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}` : '; it has no metrics'}`, where(gate, field));
        }
        return value;
    };
    const value = lookup(key, gate.source.key ? 'source.key' : 'metric');
    const samplesKey = gate.source['samples-key'];
    return { values: { [gate.metric]: value }, samples: samplesKey ? lookup(samplesKey, 'source.samples-key') : null, details: {} };
}
async function runGates(input) {
    const logger = input.logger ?? src_logger/* silentLogger */.qq;
    if (input.policy.gates.length === 0) {
        // A policy that checks nothing would pass everything: that is a mistake, not a verdict.
        throw new src_errors/* DhowError */.Bp('invalid-input', 'the gate policy has no enabled gates, so it would check nothing', {
            file: input.policy.sources.join(', ') || undefined,
            field: 'gates',
        });
    }
    const cache = new Map();
    const results = [];
    for (const gate of input.policy.gates) {
        let measurement;
        if (gate.source.kind === 'candidate') {
            measurement = fromCandidate(gate, input.candidate);
        }
        else {
            const key = (0,policy/* canonicalJson */.dj)(gate.source);
            if (!cache.has(key))
                cache.set(key, measure(gate, input, logger).catch((error) => Promise.reject(inGate(gate, error))));
            measurement = await cache.get(key);
        }
        const value = measurement.values[gate.metric] ?? null;
        const baseline = baselineFor(gate, input.live);
        let decision = (0,threshold/* decide */.LD)(gate, { value, samples: measurement.samples ?? undefined }, baseline, input.policy.inconclusive);
        if (measurement.failure) {
            decision = { verdict: gate.severity === 'block' ? 'fail' : 'warn', blocking: gate.severity === 'block', reasons: [measurement.failure] };
        }
        else if (measurement.note && decision.verdict !== 'pass') {
            decision = { ...decision, reasons: [...decision.reasons, measurement.note] };
        }
        let details = measurement.details;
        if (gate.source.kind === 'text') {
            // How the gated number was made, beside it: sacreBLEU's signature, or jiwer's version and transforms.
            const signatures = details.signatures;
            details = { ...details, signature: signatures?.[gate.metric] ?? null };
        }
        const measured = details.measured;
        if (gate.source.kind === 'text' && measured !== undefined) {
            const slices = Object.entries(measured).map(([slice, m]) => ({ slice, value: m[gate.metric] ?? null, samples: m.segments }));
            const decided = (0,text_slices/* decideSlices */._R)(gate, decision, slices, input.live, input.policy.inconclusive);
            decision = decided.decision;
            const { measured: _measured, ...rest } = details;
            details = { ...rest, slices: decided.rows };
        }
        results.push({
            name: gate.name,
            metric: gate.metric,
            source: gate.source.kind,
            severity: gate.severity,
            verdict: decision.verdict,
            blocking: decision.blocking,
            value: value !== null && Number.isFinite(value) ? value : null,
            threshold: gate.threshold ?? null,
            'min-absolute-change': gate['min-absolute-change'] ?? null,
            'min-relative-change': gate['min-relative-change'] ?? null,
            'greater-is-better': gate['greater-is-better'],
            baseline: baseline.kind === 'value' ? baseline.value : null,
            samples: measurement.samples,
            'min-samples': gate['min-samples'] ?? null,
            reasons: decision.reasons,
            details,
        });
        logger.debug(`gate ${gate.name}: ${decision.verdict}${decision.reasons.length ? ` (${decision.reasons.join('; ')})` : ''}`);
    }
    const { verdict, blocked } = (0,gates_report/* overallVerdict */.Bn)(results);
    return {
        apiVersion: registry_schemas/* API_VERSION */.mG,
        kind: 'GateReport',
        verdict,
        blocked,
        'policy-digest': (0,policy/* policyDigest */.p1)(input.policy),
        'policy-files': input.policy.sources,
        candidate: { file: input.candidate.file, model: input.candidate.model, version: input.candidate.version },
        environment: input.environment,
        'baseline-version': input.live?.version ?? null,
        'generated-at': (input.now?.() ?? new Date()).toISOString(),
        gates: results,
    };
}

// EXTERNAL MODULE: ./src/gates/server-plan.ts
var server_plan = __webpack_require__(56661);
;// CONCATENATED MODULE: ./src/gates/run.ts
/**
 * One gate run from files, as `dhow gate` and the gate action do it: read the policy and the candidate,
 * and when a registry and an environment are given, lay the registry's `gate-policy` overrides over the
 * policy (registry-wide, then the model's, then the environment's), take its residency rules and the
 * version live in the environment as the baseline. The registry is read through a small port
 * (GateRegistry; a RegistryReader over any forge is one), so the gates run the same on a local registry
 * and on one on GitHub. Data files are confined to the working directory, the policy file's directory and
 * the caller's data roots. Then run the gates and render the report. Nothing is written here: callers
 * write the report only once it is whole.
 */












async function prepareGates(request) {
    const base = await (0,policy/* readPolicyFile */.BK)(request.policyFile, request.cwd);
    const candidate = await readCandidate(request.candidateFile, request.cwd);
    const layers = [{ file: request.policyFile, policy: base }];
    const reader = request.registry;
    if (reader === undefined) {
        if (request.environment !== undefined)
            throw new src_errors/* DhowError */.Bp('usage', '--environment needs a registry (--registry DIR)', { field: 'environment' });
        return { policy: (0,policy/* overlayPolicies */.rx)(layers), candidate, environment: null, live: null };
    }
    const config = await reader.config();
    const model = request.model ?? candidate.model ?? undefined;
    if (model !== undefined)
        (0,names/* assertName */.I1)('model', model, { field: 'model', file: request.model ? undefined : candidate.file });
    const environment = request.environment;
    const envPolicy = environment === undefined ? undefined : config.environments.find((e) => e.name === environment);
    if (environment !== undefined) {
        (0,names/* assertName */.I1)('environment', environment, { field: 'environment' });
        if (!envPolicy) {
            throw new src_errors/* DhowError */.Bp('not-found', `environment "${environment}" is not in dhow.yaml (it has ${config.environments.map((e) => e.name).join(', ')})`, {
                field: 'environment',
            });
        }
        if (model === undefined) {
            throw new src_errors/* DhowError */.Bp('usage', `which model? the candidate ${candidate.file} does not name one: pass --model`, { field: 'model' });
        }
    }
    const overrides = [
        config['gate-policy'],
        model !== undefined && Object.hasOwn(config.models, model) ? config.models[model]['gate-policy'] : undefined,
        envPolicy?.['gate-policy'],
    ].filter((p) => p !== undefined);
    for (const path of overrides) {
        const text = await reader.readText(path);
        const file = `${request.registryName ?? 'registry'}:${path}`;
        if (text === null)
            throw new src_errors/* DhowError */.Bp('not-found', 'the gate policy dhow.yaml names is not in the registry', { file, field: 'gate-policy' });
        layers.push({ file, policy: (0,policy/* parsePolicy */.ON)(text, file) });
    }
    let live = null;
    if (environment !== undefined && model !== undefined) {
        const release = await reader.release(environment, model);
        if (release) {
            const record = await reader.version(model, release.version);
            if (!record) {
                throw new src_errors/* DhowError */.Bp('not-found', `${model}@${release.version} is live in ${environment} but has no version record`, {
                    file: (0,paths/* versionPath */.qW)(model, release.version),
                });
            }
            // The live version's baseline gate values are the ones it passed in this environment: its evidence
            // here (the policy engine's rule, gate-evidence.ts), else the record's gates (older registries).
            const [results] = (0,gate_evidence/* gateResultsByEnvironment */.k_)([environment], await evidenceOf(reader, environment, model, release.version), record);
            live = liveVersionOf({ ...record, gates: results?.results });
        }
    }
    return {
        policy: (0,policy/* overlayPolicies */.rx)(layers),
        candidate: model !== undefined && candidate.model === null ? { ...candidate, model } : candidate,
        environment: environment ?? null,
        live,
        residency: config.residency,
    };
}
async function evidenceOf(reader, environment, model, version) {
    const file = await reader.gateEvidence(environment, model, version);
    return file ? { [environment]: file } : {};
}
/** Prepares, runs and renders; throws a DhowError on bad input, with nothing written. */
async function runGateRequest(request) {
    const logger = request.logger ?? src_logger/* silentLogger */.qq;
    const setup = await prepareGates(request);
    const dataRoots = [request.cwd, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(request.cwd, request.policyFile)), ...(request.dataRoots ?? []).map((root) => (0,external_node_path_.resolve)(request.cwd, root))];
    const gates = (env) => runGates({ ...setup, cwd: request.cwd, dataRoots, env, logger, nvidiaSmi: request.nvidiaSmi, now: request.now });
    // The policy and candidate are read and checked before the server starts: bad input starts nothing.
    const plan = request.modelServer;
    let report;
    if (plan === undefined)
        report = await gates(request.env);
    else {
        if ((0,server_plan/* gatesUsingServer */.MW)(setup.policy, plan.urlVariable).length === 0) {
            logger.warning(`no enabled gate's endpoint names \${${plan.urlVariable}}: the model server is started, but nothing in the policy measures it`);
        }
        const { withModelServer } = await __webpack_require__.e(/* import() */ 4257).then(__webpack_require__.bind(__webpack_require__, 64257));
        report = await withModelServer(plan, { env: request.env, logger }, gates);
    }
    const json = (0,gates_report/* serializeReport */.xH)(report);
    const digest = (0,gates_report/* reportDigest */.Np)(json);
    return { report, json, digest, markdown: (0,gates_report/* renderMarkdown */.Gc)(report), record: (0,gates_report/* versionGates */.N2)(report, digest) };
}

// EXTERNAL MODULE: ./src/registry/store.ts
var store = __webpack_require__(5482);
// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(16931);
// EXTERNAL MODULE: ./src/cli/registry.ts
var cli_registry = __webpack_require__(56611);
;// CONCATENATED MODULE: ./src/cli/commands/gate.ts
/**
 * dhow gate --policy FILE --candidate FILE [--registry DIR --environment ENV] [--model NAME]
 *           [--report FILE] [--markdown FILE] [--record FILE] [--json]
 * Runs the gates of a policy over a candidate; prints the Markdown report (or the JSON report with --json);
 * exits 1 when a blocking gate fails. Report files are written only when the run completed.
 */








const HELP = `usage: dhow gate --policy FILE --candidate FILE [(--registry DIR | --repository OWNER/NAME) --environment ENV] [--model NAME]
                 [--report FILE] [--markdown FILE] [--record FILE] [--json] [--data-root DIR]...
                 [--server-command LINE --server-ready-url URL [--server-ready-timeout S] [--server-url-variable NAME]]

Runs the gates of a policy over a candidate (a version record draft or a metrics JSON/YAML file) and
prints the report. With --environment, the version live there is the baseline of the change checks and
dhow.yaml's gate-policy overrides apply. The registry is a local one (--registry, $DHOW_REGISTRY) or one
on GitHub (--repository, with $GITHUB_TOKEN; --api-url or $GITHUB_API_URL). Exits 1 when a blocking gate fails.

  --report FILE    write the JSON report (stable schema, kind GateReport)
  --markdown FILE  write the Markdown report
  --record FILE    write the version record's "gates" field (JSON)
  --json           print the JSON report instead of the Markdown
  --data-root DIR  also let the policy read data files under DIR (repeatable); by default its data files
                   (source.input, source.file) must lie under the working directory or the policy's own
                   directory, symbolic links resolved, and be regular files (never /proc, /sys, /dev)
  --server-command LINE      start the model server the gates measure: a command line run with no shell
                             (quotes, no pipes or variables) or a JSON array argv, in the working directory,
                             in its own process group; stopped when the gates end, fail or dhow is stopped
  --server-ready-url URL     polled until it answers 2xx; its origin (http://127.0.0.1:8080) is given to the
                             policy's endpoints as $DHOW_SERVER_URL (write \${DHOW_SERVER_URL}/predict there)
  --server-ready-timeout S   seconds the server has to get ready (default 60)
  --server-url-variable NAME the variable that carries the URL instead of DHOW_SERVER_URL
`;
const SERVER_FLAGS = {
    command: '--server-command',
    readyUrl: '--server-ready-url',
    readyTimeout: '--server-ready-timeout',
    urlVariable: '--server-url-variable',
};
/** --server-command and --server-ready-url come together; the other two only with them. */
function serverPlan(values, cwd) {
    const text = (name) => (typeof values[name] === 'string' && values[name] !== '' ? values[name] : undefined);
    const command = text('server-command');
    const readyUrl = text('server-ready-url');
    if (command === undefined) {
        const stray = ['server-ready-url', 'server-ready-timeout', 'server-url-variable'].find((name) => text(name) !== undefined);
        if (stray)
            throw new src_errors/* DhowError */.Bp('usage', `dhow gate: --${stray} needs --server-command (the command that starts the model server)`);
        return undefined;
    }
    if (readyUrl === undefined)
        throw new src_errors/* DhowError */.Bp('usage', 'dhow gate: --server-command needs --server-ready-url (a URL that answers 2xx once the server is ready)');
    return (0,server_plan/* planModelServer */.kl)({ command, readyUrl, readyTimeout: text('server-ready-timeout'), urlVariable: text('server-url-variable'), cwd }, SERVER_FLAGS);
}
async function run(args, ctx) {
    const { values } = (0,context/* parseCommandArgs */.Qx)('gate', args, {
        policy: { type: 'string' },
        candidate: { type: 'string' },
        registry: { type: 'string' },
        repository: { type: 'string' },
        'api-url': { type: 'string' },
        environment: { type: 'string' },
        model: { type: 'string' },
        report: { type: 'string' },
        markdown: { type: 'string' },
        record: { type: 'string' },
        json: { type: 'boolean', default: false },
        'data-root': { type: 'string', multiple: true },
        'server-command': { type: 'string' },
        'server-ready-url': { type: 'string' },
        'server-ready-timeout': { type: 'string' },
        'server-url-variable': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help)
        return (0,context/* printHelp */.FR)(ctx, HELP);
    const at = (file) => (0,external_node_path_.resolve)(ctx.cwd, file);
    const policyFile = (0,context/* requireOption */.Ve)('gate', 'policy', values.policy);
    const candidateFile = (0,context/* requireOption */.Ve)('gate', 'candidate', values.candidate);
    const modelServer = serverPlan(values, ctx.cwd);
    const useRegistry = values.registry !== undefined || values.repository !== undefined || values.environment !== undefined;
    if (values.environment === '')
        throw new src_errors/* DhowError */.Bp('usage', 'dhow gate: --environment is empty');
    const where = { registry: values.registry, repository: values.repository, 'api-url': values['api-url'] };
    const registry = useRegistry ? await store.RegistryReader.open(await (0,cli_registry/* openForge */.ys)(ctx, 'gate', where)) : undefined;
    const outcome = await runGateRequest({
        policyFile,
        candidateFile,
        registry,
        registryName: values.repository ?? (useRegistry ? (0,external_node_path_.resolve)(ctx.cwd, (0,context/* registryDir */.zr)(values.registry, ctx)) : undefined),
        environment: values.environment,
        model: values.model,
        cwd: ctx.cwd,
        dataRoots: values['data-root'],
        env: ctx.env,
        logger: ctx.logger,
        modelServer,
        // The report's generated-at: $DHOW_NOW makes it reproducible (the demo's clock), as for every registry command.
        ...(ctx.env.DHOW_NOW ? { now: () => new Date((0,cli_registry/* now */.tB)(ctx)) } : {}),
    });
    // Everything is computed: only now are files written, each whole.
    if (values.report)
        await (0,atomic_file/* writeFileAtomic */.Z)(at(values.report), outcome.json);
    if (values.markdown)
        await (0,atomic_file/* writeFileAtomic */.Z)(at(values.markdown), outcome.markdown);
    if (values.record)
        await (0,atomic_file/* writeFileAtomic */.Z)(at(values.record), `${JSON.stringify(outcome.record, null, 2)}\n`);
    ctx.stdout.write(values.json ? outcome.json : outcome.markdown);
    if (outcome.report.blocked) {
        ctx.stderr.write(`dhow gate: refused: ${outcome.report.gates
            .filter((g) => g.blocking)
            .map((g) => g.name)
            .join(', ')} blocked the candidate\n`);
        return 1;
    }
    return 0;
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

/***/ 31732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ checkResidency)
/* harmony export */ });
/* unused harmony export regionOfUri */
/** The scheme and authority compare case-insensitively (hosts and schemes are); the path does not. */
function canonicalUri(uri) {
    const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/]*)(.*)$/s.exec(uri.trim());
    return match ? `${match[1].toLowerCase()}${match[2].toLowerCase()}${match[3]}` : uri.trim();
}
/**
 * The region of a URI: the longest location prefix it falls under. A prefix matches only at a boundary,
 * so `s3://models` does not claim `s3://models-eu/...`.
 */
function regionOfUri(uri, policy) {
    const target = canonicalUri(uri);
    let best;
    for (const location of policy.locations) {
        const prefix = canonicalUri(location.prefix);
        const inside = target === prefix || (target.startsWith(prefix) && (prefix.endsWith('/') || target[prefix.length] === '/'));
        if (inside && (!best || prefix.length > best.prefix.length))
            best = { region: location.region, prefix: location.prefix };
    }
    return best;
}
function checkResidency(subject, policy) {
    const allowed = new Set(policy['allowed-regions']);
    const findings = [];
    const place = (what, label, region, subjectText, how) => {
        if (region === undefined) {
            findings.push({ what, subject: subjectText, region: null, ok: false, why: `${label}: ${how}` });
        }
        else if (!allowed.has(region)) {
            findings.push({ what, subject: subjectText, region, ok: false, why: `${label} is in ${region}, not an allowed region (${[...allowed].join(', ')})` });
        }
        else {
            findings.push({ what, subject: subjectText, region, ok: true, why: `${label} is in ${region}` });
        }
    };
    for (const [what, key] of [
        ['artifact', 'artifact-uri'],
        ['data', 'data-uri'],
    ]) {
        const uri = subject[key];
        if (uri === undefined || uri.trim() === '') {
            place(what, `the ${what} URI`, undefined, null, 'not given, so its region is unknown');
            continue;
        }
        const found = regionOfUri(uri, policy);
        place(what, `the ${what} URI ${uri}`, found?.region, uri, 'no residency location covers it, so its region is unknown');
    }
    const cluster = subject['training-cluster'];
    const declared = subject['training-region'];
    const clusterRegion = cluster !== undefined && Object.hasOwn(policy.clusters, cluster) ? policy.clusters[cluster] : undefined;
    if (declared !== undefined && clusterRegion !== undefined && declared !== clusterRegion) {
        findings.push({
            what: 'training',
            subject: cluster ?? null,
            region: declared,
            ok: false,
            why: `training declares region ${declared} but cluster ${cluster} is in ${clusterRegion}`,
        });
    }
    else if (declared !== undefined) {
        place('training', 'training', declared, cluster ?? declared, '');
    }
    else if (cluster !== undefined) {
        place('training', `training cluster ${cluster}`, clusterRegion, cluster, 'the cluster is not in the residency policy, so its region is unknown');
    }
    else {
        place('training', 'training', undefined, null, 'neither a training region nor a known cluster is given, so its region is unknown');
    }
    const dataRegion = subject['data-region'];
    if (dataRegion !== undefined)
        place('data-region', 'the declared data region', dataRegion, dataRegion, '');
    return { violations: findings.filter((f) => !f.ok).length, findings };
}


/***/ }),

/***/ 56661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ gatesUsingServer),
/* harmony export */   Pw: () => (/* binding */ serverEnvironment),
/* harmony export */   kl: () => (/* binding */ planModelServer)
/* harmony export */ });
/* unused harmony exports DEFAULT_SERVER_URL_VARIABLE, DEFAULT_READY_TIMEOUT_SECONDS, splitCommandLine */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The plan for a model server the gates measure: which argv runs (no shell), where, which URL says it is
 * ready, how long it may take, and the environment variable that carries its base URL to the policy's
 * `${NAME}` endpoints. Pure: model-server.ts starts and stops the process. Every refusal names the input
 * or flag through `ServerSettingNames`, which the edge (action or CLI) supplies.
 */

const DEFAULT_SERVER_URL_VARIABLE = 'DHOW_SERVER_URL';
const DEFAULT_READY_TIMEOUT_SECONDS = 60;
const MAX_READY_TIMEOUT_SECONDS = 3600;
// Characters a shell would give meaning to: with no shell they would reach the program as text, which is
// never what a line written with them means.
const SHELL_ONLY = /[|&;<>$`*?(){}]/;
/**
 * Splits a command line into words the way a shell does for quoting alone: '…' keeps everything,
 * "…" keeps everything but \" and \\, a backslash outside quotes escapes the next character. Nothing is
 * expanded; a character only a shell would read (a pipe, a redirection, $VAR, a glob) is refused.
 */
function splitCommandLine(line, name) {
    const words = [];
    let word = '';
    let inWord = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} has an unclosed single quote`);
            word += line.slice(i + 1, end);
            inWord = true;
            i = end;
        }
        else if (c === '"') {
            let j = i + 1;
            for (; j < line.length && line[j] !== '"'; j++) {
                if (line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\'))
                    j++;
                word += line[j];
            }
            if (j >= line.length)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} has an unclosed double quote`);
            inWord = true;
            i = j;
        }
        else if (c === '\\') {
            if (i + 1 >= line.length)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} ends with a lone backslash`);
            word += line[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else if (SHELL_ONLY.test(c)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} runs with no shell, so "${c}" would reach the program as text: quote it, give the argv as a JSON array, or put the line in a script`);
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
function parseArgv(command, name) {
    if (Array.isArray(command))
        return command;
    const text = command.trim();
    if (!text.startsWith('['))
        return splitCommandLine(text, name);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} starts with "[" but is not a JSON array of strings`);
    }
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} must be a JSON array of strings`);
    return value;
}
function parseTimeoutMs(value, name) {
    if (value === undefined || value === '')
        return DEFAULT_READY_TIMEOUT_SECONDS * 1000;
    const seconds = typeof value === 'number' ? value : /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!(seconds > 0 && seconds <= MAX_READY_TIMEOUT_SECONDS)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${name} must be a number of seconds above 0 and at most ${MAX_READY_TIMEOUT_SECONDS}, not ${JSON.stringify(String(value))}`);
    }
    return Math.round(seconds * 1000);
}
function planModelServer(request, names) {
    const argv = parseArgv(request.command, names.command);
    if (argv.length === 0 || argv[0] === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.command} is empty: give the command that starts the model server`);
    let url;
    try {
        url = new URL(request.readyUrl);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.readyUrl} is not a URL: ${JSON.stringify(request.readyUrl)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.readyUrl} must be http or https, not ${url.protocol}`);
    // Credentials in the URL would reach the log with every message that names it.
    if (url.username || url.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.readyUrl} must not carry a user or password`);
    const urlVariable = request.urlVariable || DEFAULT_SERVER_URL_VARIABLE;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(urlVariable)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.urlVariable} must be an environment variable name (letters, digits, _), not ${JSON.stringify(urlVariable)}`);
    }
    return {
        argv,
        cwd: request.cwd,
        readyUrl: url.href,
        baseUrl: url.origin,
        urlVariable,
        readyTimeoutMs: parseTimeoutMs(request.readyTimeout, names.readyTimeout),
        names,
    };
}
/**
 * What the server inherits: the job's environment without what belongs to the action itself (its inputs,
 * a registry token among them, its saved state and the runner's runtime tokens), as for a training command.
 */
function serverEnvironment(env) {
    const withheld = /^(INPUT_|STATE_|ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_CACHE_URL$|ACTIONS_RESULTS_URL$)/;
    return Object.fromEntries(Object.entries(env).filter(([name]) => !withheld.test(name)));
}
/** The enabled gates whose endpoint names `${variable}`: a started server nothing measures is worth a warning. */
function gatesUsingServer(policy, variable) {
    const reference = `\${${variable}}`;
    return policy.gates
        .filter((gate) => gate.enabled)
        .filter((gate) => {
        const source = gate.source;
        if (source.kind === 'latency')
            return source.endpoint?.url.includes(reference) ?? false;
        if (source.kind === 'round-trip')
            return source.url.includes(reference);
        return false;
    })
        .map((gate) => gate.name);
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

/***/ 64077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uF: () => (/* binding */ findMigProfile),
/* harmony export */   xt: () => (/* binding */ migResourceName)
/* harmony export */ });
/* unused harmony exports MIG_GPUS, MIG_PROFILES, migGpuModel, normalizeMigProfile, migGpuFor, migProfilesFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * MIG (Multi-Instance GPU) profiles per GPU model, from NVIDIA's MIG user guide ("Supported MIG
 * Profiles", https://docs.nvidia.com/datacenter/tesla/mig-user-guide/supported-mig-profiles.html).
 *
 * A GPU in MIG mode is cut into compute slices and memory slices, and how many depends on the model:
 * the A30 has 4 of each, the A100, H100 and H200 have 7 compute slices and 8 memory slices. A profile
 * "<c>g.<m>gb" takes c compute slices and the memory slices that hold about m GB; `maxInstances` is how
 * many instances of that one profile fit on the GPU at once.
 *
 * Sources: the A30 and A100 rows are the guide's tables. The H100 94GB/96GB and H200 rows (names and
 * instance counts) are NVIDIA's own tables of MIG-backed vGPU types ("Slices per vGPU", "Maximum vGPUs
 * per GPU", "Corresponding GPU Instance Profile") and the defaults of NVIDIA's mig-parted, which agree
 * with each other; they share the A100/H100 layout of 7 compute and 8 memory slices. B200 and GB200
 * are not here: their tables could not be read exactly.
 *
 * Media-extension profiles ("+me", e.g. 1g.10gb+me) are left out on purpose: each is the plain 1g (or,
 * on the A30, 2g) profile plus the GPU's one set of media engines, so at most one fits on a GPU; the
 * policy and Kubernetes schemas accept only "<c>g.<m>gb"; and their rows could not be read for every
 * GPU here.
 *
 * Lookups accept the names nvidia-smi prints ("NVIDIA H100 80GB HBM3", "NVIDIA H200", "NVIDIA A30",
 * "NVIDIA GH200 480GB") and the `nvidia.com/gpu.product` labels of GPU feature discovery
 * ("NVIDIA-A100-SXM4-80GB", "NVIDIA-H100-NVL").
 */

const p = (name, computeSlices, memorySlices, maxInstances) => ({
    name,
    computeSlices,
    memorySlices,
    memoryGB: Number(/\.(\d+)gb$/.exec(name)[1]),
    maxInstances,
});
/** The 7-compute / 8-memory slice layout that every Ampere A100 and Hopper table shares, with its memory sizes. */
const sevenSlice = (gb1, gb2, gb4, gb8) => ({
    computeSlices: 7,
    memorySlices: 8,
    profiles: [
        p(`1g.${gb1}gb`, 1, 1, 7),
        p(`1g.${gb2}gb`, 1, 2, 4),
        p(`2g.${gb2}gb`, 2, 2, 3),
        p(`3g.${gb4}gb`, 3, 4, 2),
        p(`4g.${gb4}gb`, 4, 4, 1),
        p(`7g.${gb8}gb`, 7, 8, 1),
    ],
});
const MIG_GPUS = {
    'A30-24GB': { computeSlices: 4, memorySlices: 4, profiles: [p('1g.6gb', 1, 1, 4), p('2g.12gb', 2, 2, 2), p('4g.24gb', 4, 4, 1)] },
    'A100-40GB': sevenSlice(5, 10, 20, 40),
    'A100-80GB': sevenSlice(10, 20, 40, 80),
    'H100-80GB': sevenSlice(10, 20, 40, 80),
    /** H100 NVL and H100 SXM5 94GB. */
    'H100-94GB': sevenSlice(12, 24, 47, 94),
    /** The H100 of a GH200 (96GB HBM3) and the H20 96GB. */
    'H100-96GB': sevenSlice(12, 24, 48, 96),
    /** H200 SXM5 and H200 NVL (and the H20 141GB). */
    'H200-141GB': sevenSlice(18, 35, 71, 141),
};
/** The profiles of each model (the `profiles` of MIG_GPUS). */
const MIG_PROFILES = Object.fromEntries(Object.entries(MIG_GPUS).map(([model, gpu]) => [model, gpu.profiles]));
/**
 * The MIG table a GPU name belongs to, or null for GPUs dhow has no MIG table for. Names are compared
 * by whole words ("A30" is not "RTX A3000", "H200" is not "GH200").
 */
function migGpuModel(gpuName) {
    const words = gpuName
        .toUpperCase()
        .split(/[\s_-]+/)
        .filter(Boolean);
    const has = (word) => words.includes(word);
    const n = words.join('-');
    if (has('A30'))
        return 'A30-24GB';
    if (n.includes('A100')) {
        if (n.includes('80GB'))
            return 'A100-80GB';
        if (n.includes('40GB'))
            return 'A100-40GB';
        return null;
    }
    if (has('GH200')) {
        // "NVIDIA GH200 480GB" (480GB of CPU memory beside a 96GB H100); the 144GB HBM3e GH200 has another table.
        if (/144G|HBM3E/.test(n))
            return null;
        return 'H100-96GB';
    }
    if (has('H200'))
        return 'H200-141GB';
    if (has('H20'))
        return /141GB|3E/.test(n) ? 'H200-141GB' : 'H100-96GB';
    if (n.includes('H100')) {
        if (has('NVL') || n.includes('94GB'))
            return 'H100-94GB';
        if (n.includes('96GB'))
            return 'H100-96GB';
        if (n.includes('64GB'))
            return null; // the H100 SXM5 64GB has a table of its own
        return 'H100-80GB';
    }
    return null;
}
/** "mig-1g.10gb", "MIG 1g.10gb", "nvidia.com/mig-1g.10gb" -> "1g.10gb". */
function normalizeMigProfile(profile) {
    return profile
        .trim()
        .replace(/^nvidia\.com\//i, '')
        .replace(/^mig[-\s]+/i, '')
        .toLowerCase();
}
/** The slices and profiles of a GPU, or a DhowError that lists the models dhow knows. */
function migGpuFor(gpuName) {
    const model = migGpuModel(gpuName);
    if (!model) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `no MIG profiles are known for GPU "${gpuName}" (known: ${Object.keys(MIG_GPUS).join(', ')})`, {
            field: 'gpu.product',
        });
    }
    return { model, ...MIG_GPUS[model] };
}
function migProfilesFor(gpuName) {
    return migGpuFor(gpuName).profiles;
}
/** The profile, or a DhowError that lists the profiles this GPU does have. */
function findMigProfile(gpuName, profile) {
    const { model, profiles } = migGpuFor(gpuName);
    const wanted = normalizeMigProfile(profile);
    const found = profiles.find((candidate) => candidate.name === wanted);
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `MIG profile "${profile}" does not exist on ${model} ("${gpuName}"); its profiles are ${profiles.map((x) => x.name).join(', ')}`, { field: 'gpu.mig-profile' });
    }
    return found;
}
/** The extended resource the NVIDIA device plugin advertises for a profile (mixed strategy). */
function migResourceName(profile) {
    return `nvidia.com/mig-${normalizeMigProfile(profile)}`;
}


/***/ }),

/***/ 77579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _q: () => (/* binding */ summarizeLatencies),
/* harmony export */   latencyFromFile: () => (/* binding */ latencyFromFile)
/* harmony export */ });
/* unused harmony exports nearestRank, percentileOfSorted, LatencyRecorder, summarizeSorted */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35490);
/**
 * Latency summaries with nearest-rank percentiles: the p-th percentile of N samples is the ceil(p/100 * N)-th
 * smallest (the smallest for p = 0), always one of the samples, never an interpolation. The rank is computed
 * in integers (p in thousandths of a percent) so 0.95 * 20 is 19, not 19.000000000000004.
 * `LatencyRecorder` keeps samples in a growable Float64Array (8 bytes each); `latencyFromFile` streams a file
 * of one latency in milliseconds per line into it.
 */


/** The 1-based nearest rank of percentile `p` (0-100) among `n` samples. */
function nearestRank(p, n) {
    if (!(p >= 0 && p <= 100))
        throw new RangeError(`percentile must be within 0..100, got ${p}`);
    if (n <= 0)
        throw new RangeError('no samples');
    const milli = Math.round(p * 1000); // thousandths of a percent
    const rank = Math.ceil((milli * n) / 100_000);
    // (milli * n) is an exact integer below 2^53 for any n a machine can hold; the division is the only rounding.
    return Math.min(n, Math.max(1, exactCeilDiv(milli * n, 100_000, rank)));
}
function exactCeilDiv(numerator, denominator, approx) {
    // Guard against the float division landing a hair above an integer: check with integer arithmetic.
    let r = approx;
    while (r > 0 && (r - 1) * denominator >= numerator)
        r -= 1;
    while (r * denominator < numerator)
        r += 1;
    return r;
}
/** The nearest-rank percentile of samples sorted ascending. */
function percentileOfSorted(sorted, p) {
    return sorted[nearestRank(p, sorted.length) - 1];
}
class LatencyRecorder {
    values = new Float64Array(1024);
    n = 0;
    /** Records one latency in milliseconds (finite and not negative). */
    add(ms) {
        if (!Number.isFinite(ms) || ms < 0)
            throw new RangeError(`latency must be a finite number >= 0, got ${ms}`);
        if (this.n === this.values.length) {
            const grown = new Float64Array(this.values.length * 2);
            grown.set(this.values);
            this.values = grown;
        }
        this.values[this.n++] = ms;
    }
    get count() {
        return this.n;
    }
    /** The samples sorted ascending (a copy). */
    sorted() {
        return this.values.slice(0, this.n).sort();
    }
    /** The nearest-rank percentile of what was recorded. */
    percentile(p) {
        return percentileOfSorted(this.sorted(), p);
    }
    summary() {
        if (this.n === 0)
            throw new RangeError('no latencies recorded');
        return summarizeSorted(this.sorted());
    }
}
/** count, p50, p90, p95, p99, max and mean of samples sorted ascending. */
function summarizeSorted(sorted) {
    const n = sorted.length;
    // Neumaier's compensated sum: the mean of millions of samples stays exact to the last digit or so.
    let sum = 0;
    let comp = 0;
    for (let i = 0; i < n; i++) {
        const x = sorted[i];
        const t = sum + x;
        comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
        sum = t;
    }
    return {
        count: n,
        p50: percentileOfSorted(sorted, 50),
        p90: percentileOfSorted(sorted, 90),
        p95: percentileOfSorted(sorted, 95),
        p99: percentileOfSorted(sorted, 99),
        max: sorted[n - 1],
        mean: (sum + comp) / n,
    };
}
/** Summarizes latencies given in any order. */
function summarizeLatencies(values) {
    const rec = new LatencyRecorder();
    for (const v of values)
        rec.add(v);
    return rec.summary();
}
const NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Reads one latency in milliseconds per line (blank lines skipped) and summarizes them. */
async function latencyFromFile(path, options = {}) {
    const file = options.name ?? path;
    const rec = new LatencyRecorder();
    for await (const raw of (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .readFileLines */ .MU)(path, file)) {
        const text = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8Line */ .qv)(raw, file).trim();
        if (text === '')
            continue;
        if (!NUMBER.test(text)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'not a latency in milliseconds (one non-negative number per line; the line is not repeated here)', {
                file,
                line: raw.number,
            });
        }
        const ms = Number(text);
        // "1e400" matches the grammar but is no double: Number gives Infinity, which a percentile cannot hold.
        if (!Number.isFinite(ms)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'not a finite latency: the number is larger than a double can hold (about 1.8e308)', { file, line: raw.number });
        }
        rec.add(ms);
    }
    if (rec.count === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'no latencies: the file is empty', { file });
    return rec.summary();
}


/***/ }),

/***/ 73730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wg: () => (/* binding */ qualitySignature),
/* harmony export */   textMetricsBySlice: () => (/* binding */ textMetricsBySlice)
/* harmony export */ });
/* unused harmony exports JIWER_VERSION, MAX_SLICES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35490);
/* harmony import */ var _corpus_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27412);
/**
 * Text quality per slice of an evaluation set: WER, CER, BLEU, chrF (and TER when asked) for every value of
 * one JSONL key (`dialect`: Gulf, Egyptian, Levantine, Maghrebi, MSA ...) beside the whole corpus, in one
 * streaming pass (one accumulator per slice: memory grows with the slices, not the lines). Each metric carries
 * a signature that records what was measured: sacreBLEU's own signature, or jiwer's version and transforms for
 * WER and CER, followed by dhow's fields `dhow-norm` (the normalization applied first) and `slice` (the key).
 */



/** The jiwer version whose definitions WER and CER follow (error-rate.ts, alignment.ts). */
const JIWER_VERSION = '4.0.0';
/** More slices than this is a key that is not a slice (an id, a free text). */
const MAX_SLICES = 1000;
/** A metric's signature with dhow's normalization and slice fields appended. */
function qualitySignature(metric, result, options, sliceBy) {
    // `dhow-norm`, not `norm`: sacreBLEU's TER signature has a `norm` of its own (its tercom normalization), and a
    // key must appear once. dhow's fields come after the tool's, whose order stays the tool's own.
    const dhow = `dhow-norm:${options.normalize ?? 'none'}${sliceBy === undefined ? '' : `|slice:${sliceBy}`}`;
    if (metric === 'wer' || metric === 'cer') {
        const side = (chain) => (chain ?? { steps: ['default'] }).steps.join('+');
        return `jiwer:${JIWER_VERSION}|ref:${side(options.transforms?.reference)}|hyp:${side(options.transforms?.hypothesis)}|${dhow}`;
    }
    return `${result[`${metric}_signature`]}|${dhow}`;
}
function withSignatures(result, options) {
    const wanted = options.metrics ?? ['wer', 'cer', 'bleu', 'chrf'];
    return { ...result, signatures: Object.fromEntries(wanted.map((m) => [m, qualitySignature(m, result, options, options.sliceBy)])) };
}
/** Streams a JSONL file once and returns the metrics of the whole corpus and of every slice. */
async function textMetricsBySlice(path, options) {
    const file = options.name ?? path;
    const overall = new _corpus_js__WEBPACK_IMPORTED_MODULE_2__/* .TextMetrics */ .Z1(options);
    const slices = new Map();
    for await (const raw of (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .readFileLines */ .MU)(path, file)) {
        const text = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8Line */ .qv)(raw, file);
        if (text.trim() === '')
            continue;
        const segment = (0,_corpus_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTextSegment */ .cN)(text, file, raw.number);
        // parseTextSegment has proved the line is a JSON object.
        const value = JSON.parse(text)[options.sliceBy];
        if (typeof value !== 'string' || value === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `must be a non-empty string naming the line's slice`, { file, line: raw.number, field: options.sliceBy });
        }
        let acc = slices.get(value);
        if (acc === undefined) {
            if (slices.size >= MAX_SLICES) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `more than ${MAX_SLICES} distinct values: not a slice key`, { file, line: raw.number, field: options.sliceBy });
            }
            acc = new _corpus_js__WEBPACK_IMPORTED_MODULE_2__/* .TextMetrics */ .Z1(options);
            slices.set(value, acc);
        }
        acc.add(segment, raw.number);
        overall.add(segment, raw.number);
    }
    const whole = overall.result();
    if (whole.segments === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'no segments: the file is empty', { file });
    return {
        slice_by: options.sliceBy,
        overall: withSignatures(whole, options),
        slices: Object.fromEntries([...slices].map(([name, acc]) => [name, withSignatures(acc.result(), options)])),
    };
}


/***/ })

};
