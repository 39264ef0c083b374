export const id = 969;
export const ids = [969];
export const modules = {

/***/ 3969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_TIMING: () => (/* reexport */ DEFAULT_TIMING),
  STATE_JOB: () => (/* binding */ STATE_JOB),
  STATE_KEEP: () => (/* binding */ STATE_KEEP),
  STATE_NAMESPACE: () => (/* binding */ STATE_NAMESPACE),
  cleanupKubernetesTraining: () => (/* binding */ cleanupKubernetesTraining),
  deleteTrainingJob: () => (/* reexport */ deleteTrainingJob),
  jobInputsFromSpec: () => (/* binding */ jobInputsFromSpec),
  jobName: () => (/* reexport */ jobName),
  maskKubeconfig: () => (/* binding */ maskKubeconfig),
  parseJobInputs: () => (/* reexport */ parseJobInputs),
  renderJob: () => (/* reexport */ renderJob),
  runKubernetesTraining: () => (/* binding */ runKubernetesTraining),
  trainOnKubernetes: () => (/* reexport */ trainOnKubernetes),
  trainingJobName: () => (/* reexport */ trainingJobName)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/train/draft.ts + 1 modules
var train_draft = __webpack_require__(115);
// EXTERNAL MODULE: ./src/train/spec.ts
var train_spec = __webpack_require__(975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 875 modules
var client_node_dist = __webpack_require__(7010);
;// CONCATENATED MODULE: ./src/train/kubernetes/client.ts
/**
 * The only door to the cluster: loads the kubeconfig (from a string, or in-cluster; never the client's silent
 * fallback to localhost:8080) and wraps the few @kubernetes/client-node calls dhow makes, returning plain JSON
 * objects and turning failures into DhowErrors that say what went wrong without printing credentials.
 */



const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
/** Loads a kubeconfig explicitly: a given one, else in-cluster, else a DhowError saying what is missing. */
function loadKubeConfig(source) {
    const kc = new client_node_dist/* KubeConfig */.ypW();
    const origin = source.origin ?? 'kubeconfig';
    if (source.kubeconfig !== undefined && source.kubeconfig.trim() !== '') {
        try {
            kc.loadFromString(source.kubeconfig);
        }
        catch (error) {
            // The YAML parser's message quotes the offending text, which may hold a token: name the position only.
            const mark = error.mark;
            throw new errors/* DhowError */.Bp('invalid-input', `the kubeconfig does not parse as YAML${mark?.line !== undefined ? ` (line ${mark.line + 1})` : ''}`, {
                file: origin,
                line: mark?.line !== undefined ? mark.line + 1 : undefined,
            });
        }
        const context = kc.getCurrentContext();
        if (!context || !kc.getContextObject(context)) {
            throw new errors/* DhowError */.Bp('invalid-input', 'the kubeconfig names no usable current-context (set "current-context" to one of its contexts)', {
                file: origin,
                field: 'current-context',
            });
        }
        const cluster = kc.getCurrentCluster();
        if (!cluster?.server) {
            throw new errors/* DhowError */.Bp('invalid-input', `the kubeconfig's current context "${context}" has no cluster with a server URL`, { file: origin, field: 'clusters' });
        }
        return kc;
    }
    const env = source.env ?? process.env;
    const prefix = source.serviceAccountPrefix ?? '';
    const host = env.KUBERNETES_SERVICE_HOST;
    const port = env.KUBERNETES_SERVICE_PORT;
    const dir = `${prefix}${SERVICE_ACCOUNT_DIR}`;
    if (host && port && (0,external_node_fs_.existsSync)(`${dir}/token`)) {
        // What KubeConfig.loadFromCluster does, but from the environment we were given rather than process.env.
        const namespaceFile = `${dir}/namespace`;
        kc.loadFromOptions({
            clusters: [{ name: 'inCluster', server: `https://${host.includes(':') ? `[${host}]` : host}:${port}`, caFile: `${dir}/ca.crt`, skipTLSVerify: false }],
            users: [{ name: 'inClusterUser', authProvider: { name: 'tokenFile', config: { tokenFile: `${dir}/token` } } }],
            contexts: [
                {
                    name: 'inClusterContext',
                    cluster: 'inCluster',
                    user: 'inClusterUser',
                    ...((0,external_node_fs_.existsSync)(namespaceFile) ? { namespace: (0,external_node_fs_.readFileSync)(namespaceFile, 'utf8').trim() } : {}),
                },
            ],
            currentContext: 'inClusterContext',
        });
        return kc;
    }
    throw new errors/* DhowError */.Bp('usage', 'no Kubernetes configuration: pass a kubeconfig (the action\'s "kubeconfig" input, or --kubeconfig / $KUBECONFIG for the CLI), ' +
        `or run inside a cluster (KUBERNETES_SERVICE_HOST and a service-account token in ${SERVICE_ACCOUNT_DIR}). ` +
        'dhow does not fall back to http://localhost:8080.', { field: 'kubeconfig' });
}
/** The namespace of the kubeconfig's current context, if it names one. */
function contextNamespace(kc) {
    return kc.getContextObject(kc.getCurrentContext())?.namespace;
}
/** Plain JSON (ISO strings for times) from the generated client's model classes. */
function plain(value) {
    return JSON.parse(JSON.stringify(value));
}
function httpStatus(error) {
    const e = error;
    if (typeof e?.code === 'number')
        return e.code;
    if (typeof e?.statusCode === 'number')
        return e.statusCode;
    return undefined;
}
/** The API server's own words for a failed call (its Status message), never the request headers. */
function apiMessage(error) {
    const e = error;
    let body = e?.body;
    if (typeof body === 'string') {
        try {
            body = JSON.parse(body);
        }
        catch {
            /* plain text */
        }
    }
    if (body && typeof body === 'object' && typeof body.message === 'string')
        return body.message;
    const status = httpStatus(error);
    if (status !== undefined)
        return `HTTP ${status}`;
    const cause = e?.cause?.code ?? e?.cause?.message;
    return cause ? `${e?.message ?? 'request failed'} (${cause})` : (e?.message ?? String(error));
}
class KubeApi {
    kc;
    server;
    batch;
    core;
    watcher;
    logs;
    constructor(kc, options = {}) {
        this.kc = kc;
        this.server = kc.getCurrentCluster()?.server ?? '';
        this.batch = kc.makeApiClient(client_node_dist/* BatchV1Api */.Q8C);
        this.core = kc.makeApiClient(client_node_dist/* CoreV1Api */.f5Y);
        this.watcher = new client_node_dist/* Watch */.ox1(kc);
        // client-node aborts a watch after 30 s without bytes; for a quiet Job that is a reconnect every 30 s.
        // dhow asks the server to end each watch after `timeoutSeconds` (and sends bookmarks), so it only needs
        // the inactivity guard for a connection that died silently.
        Object.assign(this.watcher, { requestTimeoutMs: options.watchInactivityMs ?? 330_000 });
        this.logs = new client_node_dist/* Log */.tG8(kc);
    }
    fail(what, error) {
        if (error instanceof errors/* DhowError */.Bp)
            throw error;
        throw new errors/* DhowError */.Bp('kubernetes', `${what} failed at ${this.server}: ${apiMessage(error)}`, { cause: error });
    }
    async createJob(namespace, body) {
        return plain(await this.batch.createNamespacedJob({ namespace, body: body }));
    }
    /** The Job, or null when it does not exist. */
    async readJob(namespace, name) {
        try {
            return plain(await this.batch.readNamespacedJob({ name, namespace }));
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return null;
            return this.fail(`reading Job ${namespace}/${name}`, error);
        }
    }
    async listJobs(namespace, fieldSelector) {
        try {
            const list = await this.batch.listNamespacedJob({ namespace, fieldSelector });
            return { items: list.items.map(plain), resourceVersion: list.metadata?.resourceVersion ?? '' };
        }
        catch (error) {
            return this.fail(`listing Jobs in ${namespace}`, error);
        }
    }
    async listPods(namespace, labelSelector) {
        try {
            const list = await this.core.listNamespacedPod({ namespace, labelSelector });
            return { items: list.items.map(plain), resourceVersion: list.metadata?.resourceVersion ?? '' };
        }
        catch (error) {
            return this.fail(`listing pods in ${namespace}`, error);
        }
    }
    async listEvents(namespace, fieldSelector) {
        try {
            const list = await this.core.listNamespacedEvent({ namespace, fieldSelector });
            return list.items.map(plain);
        }
        catch (error) {
            return this.fail(`listing events in ${namespace}`, error);
        }
    }
    async readNode(name) {
        try {
            return plain(await this.core.readNode({ name }));
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return null;
            return this.fail(`reading node ${name}`, error);
        }
    }
    /** Deletes a Job and (propagationPolicy Background) its pods; true if it existed. */
    async deleteJob(namespace, name) {
        try {
            await this.batch.deleteNamespacedJob({ name, namespace, propagationPolicy: 'Background' });
            return true;
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return false;
            return this.fail(`deleting Job ${namespace}/${name}`, error);
        }
    }
    watch(path, params, onEvent, onDone) {
        return this.watcher.watch(path, params, onEvent, onDone);
    }
    followLog(namespace, pod, container, sink, options) {
        return this.logs.log(namespace, pod, container, sink, options);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/registry/schemas.ts + 1 modules
var registry_schemas = __webpack_require__(1246);
;// CONCATENATED MODULE: ./src/gpu/mig.ts
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
    const words = gpuName.toUpperCase().split(/[\s_-]+/).filter(Boolean);
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
        throw new errors/* DhowError */.Bp('invalid-input', `no MIG profiles are known for GPU "${gpuName}" (known: ${Object.keys(MIG_GPUS).join(', ')})`, {
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
        throw new errors/* DhowError */.Bp('invalid-input', `MIG profile "${profile}" does not exist on ${model} ("${gpuName}"); its profiles are ${profiles.map((x) => x.name).join(', ')}`, { field: 'gpu.mig-profile' });
    }
    return found;
}
/** The extended resource the NVIDIA device plugin advertises for a profile (mixed strategy). */
function migResourceName(profile) {
    return `nvidia.com/mig-${normalizeMigProfile(profile)}`;
}

;// CONCATENATED MODULE: ./src/train/kubernetes/gpu-resources.ts
/**
 * How a GPU request becomes a Kubernetes extended resource: whole GPUs (`nvidia.com/gpu`), a MIG slice
 * (`nvidia.com/mig-<profile>`, the device plugin's "mixed" strategy) or a time-sliced share (a renamed
 * resource such as `nvidia.com/gpu.shared`). MIG profiles are checked against the GPU the policy names.
 */


function gpuResource(gpu, field = 'gpu') {
    if (gpu.count === 0) {
        if (gpu.migProfile || gpu.sharedResource) {
            throw new errors/* DhowError */.Bp('invalid-input', 'a MIG profile or shared GPU needs a count of at least 1', { field: `${field}.count` });
        }
        return null;
    }
    if (gpu.migProfile && gpu.sharedResource) {
        throw new errors/* DhowError */.Bp('invalid-input', 'choose either a MIG profile or a time-sliced shared GPU, not both', { field: `${field}.mig-profile` });
    }
    if (gpu.migProfile) {
        if (!gpu.product) {
            throw new errors/* DhowError */.Bp('invalid-input', `MIG profile "${gpu.migProfile}" needs the GPU product, to check that the profile exists on it`, {
                field: `${field}.product`,
            });
        }
        findMigProfile(gpu.product, gpu.migProfile); // throws, listing the GPU's profiles, when it has no such profile
        return { name: migResourceName(gpu.migProfile), count: gpu.count };
    }
    if (gpu.sharedResource) {
        if (!/^nvidia\.com\/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(gpu.sharedResource)) {
            throw new errors/* DhowError */.Bp('invalid-input', `shared GPU resource "${gpu.sharedResource}" must be an nvidia.com/ resource name such as nvidia.com/gpu.shared`, {
                field: `${field}.shared-resource`,
            });
        }
        return { name: gpu.sharedResource, count: gpu.count };
    }
    return { name: 'nvidia.com/gpu', count: gpu.count };
}

;// CONCATENATED MODULE: ./src/train/kubernetes/render.ts
/**
 * Renders the `batch/v1` Job that trains a model on a GPU cluster, from the training inputs and the
 * registry's policy. Pure: no Kubernetes client here (`dhow train render` loads only this module).
 */






const CONTAINER_NAME = 'train';
const MANAGED_BY = 'dhow';
const LABEL_RUN_ID = 'dhow.dev/run-id';
const LABEL_RUN_ATTEMPT = 'dhow.dev/run-attempt';
const LABEL_REPOSITORY_HASH = 'dhow.dev/repository-hash';
const ANNOTATION_REPOSITORY = 'dhow.dev/repository';
const KUEUE_QUEUE_LABEL = 'kueue.x-k8s.io/queue-name';
const REGION_LABEL = 'topology.kubernetes.io/region';
const GPU_PRODUCT_LABEL = 'nvidia.com/gpu.product';
/** The label the Job controller puts on its pods (Kubernetes 1.27+). */
const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';
/**
 * Taints spot capacity carries, per cloud. AKS taints spot pools itself; GKE Autopilot taints Spot Pods' nodes
 * (Standard spot pools carry only the label unless the team adds the same taint); EKS managed node groups and
 * Karpenter label spot nodes, and teams that keep general work off them taint them with the same key and value.
 */
const SPOT_TOLERATIONS = [
    { key: 'karpenter.sh/capacity-type', operator: 'Equal', value: 'spot', effect: 'NoSchedule' },
    { key: 'eks.amazonaws.com/capacityType', operator: 'Equal', value: 'SPOT', effect: 'NoSchedule' },
    { key: 'kubernetes.azure.com/scalesetpriority', operator: 'Equal', value: 'spot', effect: 'NoSchedule' },
    { key: 'cloud.google.com/gke-spot', operator: 'Equal', value: 'true', effect: 'NoSchedule' },
];
const Quantity = schemas/* string */.YjP().regex(/^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/, 'must be a Kubernetes quantity such as 8Gi or 500m');
const DnsLabel = schemas/* string */.YjP().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'must be a DNS-1123 label (lower-case letters, digits, "-", at most 63)');
const ImageRef = schemas/* string */.YjP().regex(/^[a-zA-Z0-9][a-zA-Z0-9._\-/:]*(@sha256:[0-9a-f]{64})?$/, 'must be a container image reference');
/** Everything the Job is rendered from. Field names are the camelCase form of the action's inputs. */
const KubernetesJobInputs = schemas/* object */.Ikc({
    /** owner/name of the model repository (GITHUB_REPOSITORY). */
    repository: schemas/* string */.YjP().min(1).max(200),
    /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT: with the repository they name the Job. */
    runId: schemas/* string */.YjP().regex(/^[0-9A-Za-z-]{1,40}$/, 'must be the workflow run id'),
    runAttempt: schemas/* number */.aig().int().positive(),
    namespace: DnsLabel,
    image: ImageRef,
    command: schemas/* array */.YOg(schemas/* string */.YjP()).min(1, 'the training command is empty'),
    env: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name'), schemas/* string */.YjP()).default({}),
    gpu: schemas/* object */.Ikc({
        count: schemas/* number */.aig().int().min(0).max(64).default(1),
        product: schemas/* string */.YjP().regex(/^[A-Za-z0-9][-A-Za-z0-9_.]{0,62}$/, 'must be a node label value such as NVIDIA-H100-80GB-HBM3').optional(),
        migProfile: schemas/* string */.YjP().regex(/^\d+g\.\d+gb$/, 'must be a MIG profile such as 1g.10gb').optional(),
        sharedResource: schemas/* string */.YjP().optional(),
    })
        .strict()
        .default({ count: 1 }),
    cpu: Quantity.optional(),
    memory: Quantity.optional(),
    /** Tolerate each cloud's spot taint (preemption is then expected and not a failure). */
    spot: schemas/* boolean */.zMY().default(false),
    /** Kueue LocalQueue; the Job is created suspended and Kueue admits it. */
    queue: DnsLabel.optional(),
    /** Failed pods tolerated before the Job fails (preempted pods do not count). */
    backoffLimit: schemas/* number */.aig().int().min(0).max(100).default(2),
    activeDeadlineSeconds: schemas/* number */.aig().int().positive().default(6 * 3600),
    ttlSecondsAfterFinished: schemas/* number */.aig().int().min(0).default(3600),
    /** Exit codes meaning "do not retry" (bad data, bad config): the Job fails at once. */
    failFastExitCodes: schemas/* array */.YOg(schemas/* number */.aig().int().min(1).max(255)).default([]),
    /** Residency: the regions nodes may be in; empty means no constraint. */
    allowedRegions: schemas/* array */.YOg(registry_schemas/* Region */.Tp).default([]),
    /** Policy: the image must be pinned by digest. */
    requireDigest: schemas/* boolean */.zMY().default(true),
    serviceAccountName: DnsLabel.optional(),
})
    .strict();
/** Parses the inputs, naming the offending field. */
function parseJobInputs(raw, file) {
    const result = KubernetesJobInputs.safeParse(raw);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    throw new errors/* DhowError */.Bp('invalid-input', (0,train_spec/* issueMessage */.bg)(issue), { field: issue.path.map(String).join('.') || undefined, file });
}
/**
 * The Job name: `dhow-<repository>-<run>-<attempt>-<hash>`, a DNS-1123 label of at most 63 characters.
 * The same run attempt always gets the same name, so creating it twice answers 409 and dhow re-attaches.
 */
function jobName(repository, runId, runAttempt) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`${repository}\n${runId}\n${runAttempt}`).digest('hex').slice(0, 8);
    const repo = (repository.split('/').pop() ?? repository)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    const run = runId.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 20);
    const suffix = `-${run}-${runAttempt}-${hash}`;
    const middle = repo.slice(0, 63 - 'dhow-'.length - suffix.length).replace(/-+$/g, '');
    return `dhow-${middle || 'job'}${suffix}`;
}
function isPinnedByDigest(image) {
    return /@sha256:[0-9a-f]{64}$/.test(image);
}
/** Renders the Job; throws a DhowError naming the field when the inputs break the policy. */
function renderJob(raw) {
    const s = parseJobInputs(raw);
    if (s.requireDigest && !isPinnedByDigest(s.image)) {
        throw new errors/* DhowError */.Bp('refused', `image "${s.image}" is not pinned by digest; the policy requires image@sha256:<digest> so the Job runs exactly what was reviewed`, {
            field: 'image',
        });
    }
    const gpu = gpuResource(s.gpu);
    const name = jobName(s.repository, s.runId, s.runAttempt);
    const repositoryHash = (0,external_node_crypto_.createHash)('sha256').update(s.repository).digest('hex').slice(0, 16);
    const labels = {
        'app.kubernetes.io/managed-by': MANAGED_BY,
        'app.kubernetes.io/component': 'training',
        [LABEL_RUN_ID]: s.runId,
        [LABEL_RUN_ATTEMPT]: String(s.runAttempt),
        [LABEL_REPOSITORY_HASH]: repositoryHash,
    };
    const jobLabels = s.queue ? { ...labels, [KUEUE_QUEUE_LABEL]: s.queue } : { ...labels };
    const limits = {};
    const requests = {};
    if (gpu)
        limits[gpu.name] = String(gpu.count);
    if (s.cpu)
        requests.cpu = s.cpu;
    if (s.memory) {
        requests.memory = s.memory;
        limits.memory = s.memory;
    }
    const tolerations = [];
    if (gpu)
        tolerations.push({ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' });
    if (s.spot)
        tolerations.push(...SPOT_TOLERATIONS.map((t) => ({ ...t })));
    const nodeSelector = {};
    if (s.gpu.product && gpu)
        nodeSelector[GPU_PRODUCT_LABEL] = s.gpu.product;
    const env = [
        { name: 'DHOW_JOB_NAME', value: name },
        { name: 'DHOW_RUN_ID', value: s.runId },
        { name: 'DHOW_RUN_ATTEMPT', value: String(s.runAttempt) },
        { name: 'DHOW_TERMINATION_MESSAGE_PATH', value: '/dev/termination-log' },
        ...Object.entries(s.env)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, value]) => ({ name: k, value })),
    ];
    const podFailureRules = [
        // A pod disrupted by preemption, eviction or node loss is not the training's fault: do not count it.
        { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] },
    ];
    if (s.failFastExitCodes.length > 0) {
        podFailureRules.push({
            action: 'FailJob',
            onExitCodes: { containerName: CONTAINER_NAME, operator: 'In', values: [...new Set(s.failFastExitCodes)].sort((a, b) => a - b) },
        });
    }
    const podSpec = {
        restartPolicy: 'Never',
        containers: [
            {
                name: CONTAINER_NAME,
                image: s.image,
                command: s.command,
                env,
                resources: {
                    ...(Object.keys(limits).length > 0 ? { limits } : {}),
                    ...(Object.keys(requests).length > 0 ? { requests } : {}),
                },
                terminationMessagePath: '/dev/termination-log',
                terminationMessagePolicy: 'FallbackToLogsOnError',
            },
        ],
        ...(Object.keys(nodeSelector).length > 0 ? { nodeSelector } : {}),
        ...(tolerations.length > 0 ? { tolerations } : {}),
        ...(s.allowedRegions.length > 0
            ? {
                affinity: {
                    nodeAffinity: {
                        requiredDuringSchedulingIgnoredDuringExecution: {
                            nodeSelectorTerms: [{ matchExpressions: [{ key: REGION_LABEL, operator: 'In', values: [...s.allowedRegions] }] }],
                        },
                    },
                },
            }
            : {}),
        ...(s.serviceAccountName ? { serviceAccountName: s.serviceAccountName } : {}),
    };
    return {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name, namespace: s.namespace, labels: jobLabels, annotations: { [ANNOTATION_REPOSITORY]: s.repository } },
        spec: {
            // Kueue admits a Job by unsuspending it; creating it suspended keeps pods from starting before admission.
            ...(s.queue ? { suspend: true } : {}),
            completions: 1,
            parallelism: 1,
            backoffLimit: s.backoffLimit,
            activeDeadlineSeconds: s.activeDeadlineSeconds,
            ttlSecondsAfterFinished: s.ttlSecondsAfterFinished,
            podFailurePolicy: { rules: podFailureRules },
            template: { metadata: { labels }, spec: podSpec },
        },
    };
}

// EXTERNAL MODULE: ./src/train/outputs.ts + 1 modules
var outputs = __webpack_require__(6503);
;// CONCATENATED MODULE: ./src/train/kubernetes/classify.ts
const IMAGE_PULL_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
function condition(object, type) {
    return object?.status?.conditions?.find((c) => c.type === type);
}
function isTrue(object, type) {
    return condition(object, type)?.status === 'True';
}
function byCreation(a, b) {
    const ta = String(a.metadata?.creationTimestamp ?? '');
    const tb = String(b.metadata?.creationTimestamp ?? '');
    return ta === tb ? String(a.metadata?.name).localeCompare(String(b.metadata?.name)) : ta.localeCompare(tb);
}
function containerTermination(pod) {
    const t = pod.status?.containerStatuses?.[0]?.state?.terminated;
    if (!t)
        return undefined;
    return { pod: pod.metadata?.name, exitCode: t.exitCode, reason: t.reason, message: t.message };
}
/** Pods the cluster disrupted (preemption, eviction, node shutdown): not the training's failure. */
function disruptions(pods) {
    return pods
        .filter((p) => isTrue(p, 'DisruptionTarget'))
        .map((p) => {
        const c = condition(p, 'DisruptionTarget');
        return { pod: p.metadata.name, reason: c.reason ?? 'Disrupted', message: c.message ?? '' };
    });
}
/** The newest autoscaler verdict on a pod: TriggeredScaleUp or NotTriggerScaleUp. */
function autoscalerVerdict(events, pod) {
    const relevant = events
        .filter((e) => e.involvedObject?.name === pod && (e.reason === 'TriggeredScaleUp' || e.reason === 'NotTriggerScaleUp'))
        .sort((a, b) => String(a.lastTimestamp ?? a.eventTime ?? '').localeCompare(String(b.lastTimestamp ?? b.eventTime ?? '')));
    const last = relevant.at(-1);
    return last ? { reason: last.reason, message: last.message ?? '' } : undefined;
}
function observe(job, pods, events = []) {
    if (job === null)
        return { kind: 'deleted' };
    const sorted = [...pods].sort(byCreation);
    if (isTrue(job, 'Complete')) {
        return { kind: 'succeeded', pod: [...sorted].reverse().find((p) => p.status?.phase === 'Succeeded') };
    }
    const failed = condition(job, 'Failed')?.status === 'True' ? condition(job, 'Failed') : isTrue(job, 'FailureTarget') ? condition(job, 'FailureTarget') : undefined;
    if (failed) {
        const lastFailed = [...sorted].reverse().find((p) => p.status?.phase === 'Failed' && !isTrue(p, 'DisruptionTarget'));
        return { kind: 'failed', reason: failed.reason ?? 'Failed', message: failed.message ?? '', lastTermination: lastFailed ? containerTermination(lastFailed) : undefined };
    }
    if (job.spec?.suspend === true) {
        return { kind: 'queued', queue: job.metadata?.labels?.['kueue.x-k8s.io/queue-name'], message: condition(job, 'Suspended')?.message ?? 'Job suspended' };
    }
    const live = sorted.filter((p) => p.status?.phase === 'Pending' || p.status?.phase === 'Running');
    const current = live.at(-1);
    if (!current)
        return { kind: 'starting' };
    const name = current.metadata.name;
    if (current.status?.phase === 'Running')
        return { kind: 'running', pod: name, node: current.spec?.nodeName };
    const scheduled = condition(current, 'PodScheduled');
    if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
        return { kind: 'unschedulable', pod: name, message: scheduled.message ?? '', autoscaler: autoscalerVerdict(events, name) };
    }
    const waiting = current.status?.containerStatuses?.[0]?.state?.waiting;
    if (waiting && IMAGE_PULL_REASONS.has(waiting.reason)) {
        return { kind: 'image-pull', pod: name, reason: waiting.reason, message: waiting.message ?? '' };
    }
    return { kind: 'starting', pod: name };
}
function seconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
function describeTermination(t) {
    if (!t)
        return 'no pod left a termination record';
    const parts = [`pod ${t.pod} exited with code ${t.exitCode ?? 'unknown'}`];
    if (t.reason && t.reason !== 'Error')
        parts.push(`(${t.reason})`);
    return parts.join(' ');
}
function scaleUpWords(state) {
    if (!state.autoscaler)
        return 'no cluster-autoscaler event yet';
    return state.autoscaler.reason === 'TriggeredScaleUp'
        ? `the cluster autoscaler is adding a node (${state.autoscaler.message})`
        : `the cluster autoscaler cannot add a node (${state.autoscaler.message})`;
}
/** The verdict on a state that has lasted `waitedMs` (measured by the caller, who tracks when the state began). */
function judge(state, waitedMs, settings) {
    switch (state.kind) {
        case 'succeeded':
            return { done: true, ok: true, message: 'the training Job completed' };
        case 'deleted':
            return {
                done: true,
                ok: false,
                code: 'job-deleted',
                message: 'the Job was deleted while dhow was waiting for it (by a person, a namespace cleanup or a TTL controller)',
                reasons: [],
            };
        case 'failed':
            return judgeFailure(state, settings);
        case 'queued':
            if (waitedMs >= settings.queueWaitMs) {
                return {
                    done: true,
                    ok: false,
                    code: 'queue-timeout',
                    message: `Kueue did not admit the Job within ${seconds(settings.queueWaitMs)}${state.queue ? ` (queue "${state.queue}")` : ''}: the queue's quota is taken; try later or raise the queue-wait limit`,
                    reasons: [],
                };
            }
            return { done: false, waiting: true, message: `waiting for Kueue to admit the Job${state.queue ? ` from queue "${state.queue}"` : ''} (${state.message})` };
        case 'unschedulable':
            if (waitedMs >= settings.queueWaitMs) {
                return {
                    done: true,
                    ok: false,
                    code: 'unschedulable',
                    message: `no node could take pod ${state.pod} for ${seconds(settings.queueWaitMs)}: ${state.message}; ${scaleUpWords(state)}`,
                    reasons: [],
                };
            }
            return { done: false, waiting: true, message: `pod ${state.pod} is waiting for a GPU node: ${state.message}; ${scaleUpWords(state)}` };
        case 'image-pull':
            if (waitedMs >= settings.imagePullGraceMs) {
                return {
                    done: true,
                    ok: false,
                    code: 'image-pull',
                    message: `the image cannot be pulled (${state.reason}: ${state.message || 'no detail'}) for ${seconds(settings.imagePullGraceMs)}; check the image digest and the namespace's image pull secret`,
                    reasons: [],
                };
            }
            return { done: false, waiting: true, message: `pod ${state.pod} cannot pull its image yet (${state.reason}); retrying` };
        case 'starting':
            if (waitedMs >= settings.queueWaitMs) {
                return {
                    done: true,
                    ok: false,
                    code: 'start-timeout',
                    message: state.pod
                        ? `pod ${state.pod} did not start within ${seconds(settings.queueWaitMs)} (its container is still being created: check volumes, secrets and the node)`
                        : `the Job controller created no pod within ${seconds(settings.queueWaitMs)} (check the namespace's quotas and admission webhooks)`,
                    reasons: [],
                };
            }
            return { done: false, waiting: true, message: state.pod ? `pod ${state.pod} is starting` : 'waiting for the Job controller to create a pod' };
        case 'running':
            return { done: false, waiting: false, message: `pod ${state.pod} is running${state.node ? ` on node ${state.node}` : ''}` };
    }
}
function judgeFailure(state, settings) {
    const t = state.lastTermination;
    const reasons = [state.message ? `Job condition: ${state.reason}: ${state.message}` : `Job condition: ${state.reason}`, describeTermination(t)];
    const oom = t?.reason === 'OOMKilled';
    if (oom && state.reason !== 'DeadlineExceeded') {
        return {
            done: true,
            ok: false,
            code: 'oom-killed',
            message: `the training ran out of memory: pod ${t.pod} was OOMKilled${settings.memory ? ` at its ${settings.memory} memory limit` : ''}; raise the memory limit or lower the batch size`,
            reasons,
        };
    }
    switch (state.reason) {
        case 'DeadlineExceeded':
            return {
                done: true,
                ok: false,
                code: 'deadline-exceeded',
                message: `the Job ran longer than its deadline${settings.activeDeadlineSeconds ? ` (activeDeadlineSeconds ${settings.activeDeadlineSeconds})` : ''} and Kubernetes stopped it`,
                reasons,
            };
        case 'BackoffLimitExceeded':
            return {
                done: true,
                ok: false,
                code: 'backoff-limit-exceeded',
                message: `the training failed more times than the Job allows${settings.backoffLimit !== undefined ? ` (backoffLimit ${settings.backoffLimit})` : ''}; last: ${describeTermination(t)}`,
                reasons,
            };
        case 'PodFailurePolicy':
            return {
                done: true,
                ok: false,
                code: 'pod-failure-policy',
                message: `the training exited with code ${t?.exitCode ?? 'unknown'}, which the policy marks as not worth retrying, so the Job failed at once`,
                reasons,
            };
        default:
            return { done: true, ok: false, code: 'failed', message: `the Job failed (${state.reason}${state.message ? `: ${state.message}` : ''})`, reasons };
    }
}
/** A key that changes whenever the waiting state changes, so the caller can time how long it lasted. */
function waitingKey(state) {
    switch (state.kind) {
        case 'queued':
            return 'queued';
        case 'unschedulable':
            return `unschedulable/${state.pod}`;
        case 'image-pull':
            return `image-pull/${state.pod}`;
        case 'starting':
            return `starting/${state.pod ?? ''}`;
        default:
            return null;
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/train/kubernetes/logs.ts
/**
 * Follows one pod's training log. Lines are requested with timestamps, so when the stream ends while the
 * container still runs (log rotation, a dropped connection) dhow follows again from `sinceTime` and skips
 * what it already printed: no line is lost and none is printed twice. Lines are handled one at a time as
 * they arrive (memory stays flat however long the log), and marked lines are picked up on the way:
 * `DHOW_METRICS {json}` and `DHOW_ARTIFACT {json}`.
 */

const METRICS_MARKER = 'DHOW_METRICS ';
const ARTIFACT_MARKER = 'DHOW_ARTIFACT ';
/** RFC3339 (any fraction) to nanoseconds since the epoch, exactly. */
function parseTimestampNs(value) {
    const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(value);
    if (!m)
        return null;
    const seconds = Date.parse(`${m[1]}${m[3]}`);
    if (Number.isNaN(seconds))
        return null;
    return BigInt(seconds) * 1000000n + BigInt((m[2] ?? '').padEnd(9, '0'));
}
/** Whole seconds (RFC3339), rounded down: what every API server accepts as sinceTime. */
function sinceTimeOf(ns) {
    return new Date(Number(ns / 1000000000n) * 1000).toISOString().replace('.000Z', 'Z');
}
class LogFollower {
    api;
    namespace;
    pod;
    container;
    hooks;
    options;
    logger;
    lines = 0;
    duplicatesSkipped = 0;
    requests = 0;
    /** Newest timestamp printed, and how many lines carried exactly that timestamp. */
    lastNs = null;
    seenAtLast = 0;
    stopped = false;
    current;
    done;
    constructor(api, namespace, pod, container, hooks, options, logger) {
        this.api = api;
        this.namespace = namespace;
        this.pod = pod;
        this.container = container;
        this.hooks = hooks;
        this.options = options;
        this.logger = logger;
    }
    start() {
        this.done ??= this.run();
        return this.done;
    }
    /** Stops following; lines already received have been delivered. */
    stop() {
        this.stopped = true;
        this.current?.controller?.abort();
        this.current?.finish();
    }
    async run() {
        let failuresAfterExit = 0;
        while (!this.stopped) {
            const terminatedBefore = this.hooks.isTerminated();
            let ok = true;
            try {
                await this.followOnce(!terminatedBefore);
            }
            catch (error) {
                ok = false;
                this.logger.debug(`log of ${this.pod}: ${error.message}`);
            }
            if (this.stopped || this.hooks.isGone())
                return;
            if (terminatedBefore && ok)
                return; // a complete read of a finished container
            if (this.hooks.isTerminated()) {
                // The container ended while we followed: one more read catches any tail the stream did not deliver.
                if (!ok && ++failuresAfterExit >= this.options.finalAttempts)
                    return;
                if (ok) {
                    await this.followOnce(false).catch(() => undefined);
                    return;
                }
            }
            await new Promise((resolve) => setTimeout(resolve, this.options.retryDelayMs));
        }
    }
    followOnce(follow) {
        return new Promise((resolve, reject) => {
            let partial = '';
            const pass = { atLast: 0 };
            let settled = false;
            const finish = () => {
                if (settled)
                    return;
                settled = true;
                if (partial !== '')
                    this.handle(partial, pass);
                partial = '';
                resolve();
            };
            const sink = new external_node_stream_.Writable({
                decodeStrings: false,
                write: (chunk, _encoding, callback) => {
                    if (settled)
                        return callback();
                    const text = partial + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
                    let start = 0;
                    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
                        this.handle(text.slice(start, nl), pass);
                        start = nl + 1;
                    }
                    partial = text.slice(start);
                    callback();
                },
            });
            sink.on('finish', finish);
            // client-node pipes the response into the sink but does not end it when the connection breaks.
            sink.on('pipe', (source) => {
                source.on('error', finish);
                source.on('close', () => setImmediate(finish));
            });
            this.current = { finish };
            this.requests += 1;
            const options = {
                follow,
                timestamps: true,
                ...(this.lastNs !== null ? { sinceTime: sinceTimeOf(this.lastNs) } : {}),
            };
            this.api.followLog(this.namespace, this.pod, this.container, sink, options).then((controller) => {
                if (this.current)
                    this.current.controller = controller;
                if (this.stopped)
                    controller.abort();
            }, (error) => {
                settled = true;
                reject(error);
            });
        });
    }
    /**
     * One timestamped line: skip it if an earlier read already printed it. `pass.atLast` counts the lines of
     * this read that carry the newest timestamp, so lines sharing a timestamp are neither lost nor repeated.
     */
    handle(raw, pass) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const space = line.indexOf(' ');
        const ns = space > 0 ? parseTimestampNs(line.slice(0, space)) : null;
        const text = ns === null ? line : line.slice(space + 1);
        if (ns !== null) {
            if (this.lastNs !== null && ns < this.lastNs) {
                this.duplicatesSkipped += 1;
                return;
            }
            if (this.lastNs !== null && ns === this.lastNs) {
                pass.atLast += 1;
                if (pass.atLast <= this.seenAtLast) {
                    this.duplicatesSkipped += 1;
                    return;
                }
                this.seenAtLast = pass.atLast;
            }
            else {
                this.lastNs = ns;
                this.seenAtLast = 1;
                pass.atLast = 1;
            }
        }
        this.lines += 1;
        this.hooks.onLine(text);
    }
}

;// CONCATENATED MODULE: ./src/train/kubernetes/residency.ts

function checkNodeRegion(node, nodeName, allowedRegions) {
    const region = node?.metadata?.labels?.[REGION_LABEL];
    if (allowedRegions.length === 0)
        return { ok: true, region };
    if (node === null) {
        return { ok: false, region, message: `node ${nodeName} could not be read, so its region cannot be checked against the residency policy` };
    }
    if (!region) {
        return { ok: false, region, message: `node ${nodeName} has no ${REGION_LABEL} label, so the residency policy (${allowedRegions.join(', ')}) cannot be proven` };
    }
    if (!allowedRegions.includes(region)) {
        return {
            ok: false,
            region,
            message: `the training pod ran on node ${nodeName} in region ${region}, which the residency policy does not allow (allowed: ${allowedRegions.join(', ')})`,
        };
    }
    return { ok: true, region };
}

;// CONCATENATED MODULE: ./src/train/kubernetes/watch.ts

class ResourceWatch {
    api;
    options;
    objects = new Map();
    resourceVersion = '';
    relists = 0;
    reconnects = 0;
    controller;
    stopped = false;
    failures = 0;
    timer;
    constructor(api, options) {
        this.api = api;
        this.options = options;
    }
    async start() {
        await this.relist();
        this.connect();
    }
    stop() {
        this.stopped = true;
        if (this.timer)
            clearTimeout(this.timer);
        this.controller?.abort();
    }
    async relist() {
        const { items, resourceVersion } = await this.options.list();
        const seen = new Set();
        for (const item of items) {
            const name = item.metadata?.name;
            seen.add(name);
            const before = this.objects.get(name);
            this.objects.set(name, item);
            if (!before)
                this.options.onEvent('ADDED', item);
            else if (before.metadata?.resourceVersion !== item.metadata?.resourceVersion)
                this.options.onEvent('MODIFIED', item);
        }
        for (const [name, object] of this.objects) {
            if (!seen.has(name)) {
                this.objects.delete(name);
                this.options.onEvent('DELETED', object);
            }
        }
        this.resourceVersion = resourceVersion;
    }
    connect() {
        if (this.stopped)
            return;
        let gone = false;
        const params = {
            resourceVersion: this.resourceVersion,
            allowWatchBookmarks: true,
            timeoutSeconds: this.options.timeoutSeconds,
            fieldSelector: this.options.fieldSelector,
            labelSelector: this.options.labelSelector,
        };
        const onEvent = (type, object) => {
            if (type === 'ERROR') {
                if (object?.code === 410)
                    gone = true;
                else
                    this.options.logger.debug(`watch ${this.options.path}: ${object?.message ?? 'error event'}`);
                return;
            }
            const rv = object?.metadata?.resourceVersion;
            if (rv)
                this.resourceVersion = rv;
            if (type === 'BOOKMARK')
                return;
            const name = object?.metadata?.name;
            if (type === 'DELETED')
                this.objects.delete(name);
            else
                this.objects.set(name, object);
            this.failures = 0;
            this.options.onEvent(type, object);
        };
        const onDone = (error) => {
            if (this.stopped)
                return;
            if (gone || httpStatus(error) === 410) {
                this.options.logger.debug(`watch ${this.options.path}: resourceVersion ${this.resourceVersion} expired (410 Gone); listing again`);
                this.relists += 1;
                this.relist().then(() => this.connect(), (e) => this.retry(e));
                return;
            }
            if (error) {
                this.retry(error);
                return;
            }
            // The server ended the watch (timeoutSeconds): resume where we were.
            this.reconnects += 1;
            this.connect();
        };
        this.api.watch(this.options.path, params, onEvent, onDone).then((controller) => {
            this.controller = controller;
            if (this.stopped)
                controller.abort();
        }, (error) => onDone(error ?? new Error('watch failed')));
    }
    retry(error) {
        if (this.stopped)
            return;
        this.failures += 1;
        this.reconnects += 1;
        const delay = this.options.retryDelayMs * Math.min(8, 2 ** (this.failures - 1));
        this.options.logger.debug(`watch ${this.options.path} interrupted (${error?.message ?? error}); reconnecting in ${delay} ms`);
        this.timer = setTimeout(() => this.connect(), delay);
    }
}

;// CONCATENATED MODULE: ./src/train/kubernetes/run.ts
/**
 * One training Job, start to finish: renders the Job, creates it (or re-attaches on 409), waits with list + watch
 * (and a slow status poll as a safety net), streams the training log across preemptions, checks residency
 * once the pod is placed, classifies the outcome in words, collects metrics and the artifact the Job reports,
 * and deletes the Job unless told to keep it.
 */










const DEFAULT_TIMING = {
    pollIntervalMs: 60_000,
    imagePullGraceMs: 5 * 60_000,
    queueWaitMs: 30 * 60_000,
    watchTimeoutSeconds: 300,
    watchInactivityMs: 330_000,
    retryDelayMs: 1000,
    logDrainMs: 15_000,
    eventsIntervalMs: 60_000,
    tickMs: 250,
};
/** What the training reports, in its termination message (JSON) or in DHOW_METRICS / DHOW_ARTIFACT lines. */
const TerminationReport = schemas/* object */.Ikc({
    metrics: schemas/* record */.g1P(outputs/* MetricName */.OX, schemas/* number */.aig()).optional(),
    artifact: schemas/* object */.Ikc({ uri: schemas/* string */.YjP().min(1), digest: registry_schemas/* Digest */.np, size: schemas/* number */.aig().int().nonnegative().optional() }).strict().optional(),
})
    .passthrough();
const MetricsLine = schemas/* record */.g1P(outputs/* MetricName */.OX, schemas/* number */.aig());
const ArtifactLine = schemas/* object */.Ikc({ uri: schemas/* string */.YjP().min(1), digest: registry_schemas/* Digest */.np, size: schemas/* number */.aig().int().nonnegative().optional() }).strict();
function zodWhere(error) {
    const issue = error.issues[0];
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
}
/** The name of the Job a run attempt trains in (for the post step that deletes it on cancel). */
function trainingJobName(inputs) {
    return jobName(inputs.repository, inputs.runId, inputs.runAttempt);
}
/** Deletes a training Job (propagationPolicy Background); false when it was already gone. For the action's post step. */
async function deleteTrainingJob(options) {
    const api = new KubeApi(loadKubeConfig({ kubeconfig: options.kubeconfig, env: options.env }));
    const deleted = await api.deleteJob(options.namespace, options.name);
    options.logger.info(deleted ? `deleted Job ${options.namespace}/${options.name}` : `Job ${options.namespace}/${options.name} was already gone`);
    return deleted;
}
class Wake {
    resolve;
    notify = () => {
        this.resolve?.();
        this.resolve = undefined;
    };
    wait(ms) {
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                this.resolve = undefined;
                resolve();
            }, ms);
            this.resolve = () => {
                clearTimeout(timer);
                resolve();
            };
        });
    }
}
async function trainOnKubernetes(options) {
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    const { logger } = options;
    const settings = parseJobInputs(options.job);
    const manifest = renderJob(options.job); // every refusal by policy happens before the cluster is touched
    const kc = loadKubeConfig({ kubeconfig: options.kubeconfig, origin: options.kubeconfigOrigin, env: options.env });
    const api = new KubeApi(kc, { watchInactivityMs: timing.watchInactivityMs });
    const ns = manifest.metadata.namespace;
    const name = manifest.metadata.name;
    const started = Date.now();
    let reattached = false;
    try {
        await api.createJob(ns, manifest);
        logger.info(`created Job ${ns}/${name}`);
    }
    catch (error) {
        const code = httpStatus(error);
        if (code === 409) {
            const existing = await api.readJob(ns, name);
            const labels = existing?.metadata?.labels ?? {};
            if (!existing ||
                labels[LABEL_RUN_ID] !== manifest.metadata.labels[LABEL_RUN_ID] ||
                labels[LABEL_RUN_ATTEMPT] !== manifest.metadata.labels[LABEL_RUN_ATTEMPT] ||
                labels[LABEL_REPOSITORY_HASH] !== manifest.metadata.labels[LABEL_REPOSITORY_HASH]) {
                throw new errors/* DhowError */.Bp('conflict', `Job ${ns}/${name} exists but was not created by this run attempt; delete it or change the run`, { field: 'job' });
            }
            reattached = true;
            logger.info(`Job ${ns}/${name} already exists (a re-run of this attempt): re-attaching instead of creating a second one`);
        }
        else if (code === 422) {
            throw new errors/* DhowError */.Bp('invalid-input', `the API server rejected the Job: ${apiMessage(error)}`, { field: 'job', cause: error });
        }
        else if (code === 401 || code === 403) {
            throw new errors/* DhowError */.Bp('kubernetes', `the cluster refused to create Job ${ns}/${name} (HTTP ${code}): check the kubeconfig's credentials and that they may create Jobs in namespace ${ns}`, { cause: error });
        }
        else {
            throw new errors/* DhowError */.Bp('kubernetes', `creating Job ${ns}/${name} failed at ${api.server}: ${apiMessage(error)}`, { cause: error });
        }
    }
    const wake = new Wake();
    /** The newest state of each pod, from the pod watch (and the final list). */
    const latestPods = new Map();
    let jobSeen = false;
    let jobDeleted = false;
    const jobSelector = `metadata.name=${name}`;
    const podSelector = `${JOB_NAME_LABEL}=${name}`;
    const jobWatch = new ResourceWatch(api, {
        path: `/apis/batch/v1/namespaces/${ns}/jobs`,
        fieldSelector: jobSelector,
        list: () => api.listJobs(ns, jobSelector),
        onEvent: (type) => {
            if (type === 'DELETED')
                jobDeleted = true;
            else
                jobSeen = true;
            wake.notify();
        },
        logger,
        timeoutSeconds: timing.watchTimeoutSeconds,
        retryDelayMs: timing.retryDelayMs,
    });
    const podWatch = new ResourceWatch(api, {
        path: `/api/v1/namespaces/${ns}/pods`,
        labelSelector: podSelector,
        list: () => api.listPods(ns, podSelector),
        onEvent: (type, pod) => {
            if (type === 'DELETED')
                latestPods.delete(pod.metadata?.name);
            else
                latestPods.set(pod.metadata?.name, pod);
            wake.notify();
        },
        logger,
        timeoutSeconds: timing.watchTimeoutSeconds,
        retryDelayMs: timing.retryDelayMs,
    });
    const followers = new Map();
    const podsSeen = [];
    const nodes = [];
    const checkedNodes = new Map();
    const preemptions = [];
    let region;
    let logMetrics;
    let logArtifact;
    let badMarker;
    const printLine = options.onLogLine ?? ((line) => logger.info(line));
    const onLine = (line) => {
        const trimmed = line.trimStart();
        if (trimmed.startsWith(METRICS_MARKER) || trimmed.startsWith(ARTIFACT_MARKER)) {
            const isMetrics = trimmed.startsWith(METRICS_MARKER);
            const json = trimmed.slice((isMetrics ? METRICS_MARKER : ARTIFACT_MARKER).length);
            try {
                const parsed = (isMetrics ? MetricsLine : ArtifactLine).safeParse(JSON.parse(json));
                if (!parsed.success)
                    badMarker = `${isMetrics ? 'DHOW_METRICS' : 'DHOW_ARTIFACT'} line: ${zodWhere(parsed.error)}`;
                else if (isMetrics)
                    logMetrics = { ...logMetrics, ...parsed.data };
                else
                    logArtifact = parsed.data;
            }
            catch {
                badMarker = `${isMetrics ? 'DHOW_METRICS' : 'DHOW_ARTIFACT'} line is not JSON`;
            }
        }
        printLine(line);
    };
    const cleanup = async () => {
        jobWatch.stop();
        podWatch.stop();
        for (const f of followers.values())
            f.stop();
        if (options.keepJob) {
            logger.info(`keeping Job ${ns}/${name} (keep-job is set)`);
            return false;
        }
        try {
            const deleted = await api.deleteJob(ns, name);
            if (deleted)
                logger.info(`deleted Job ${ns}/${name} (propagationPolicy Background)`);
            return deleted;
        }
        catch (error) {
            logger.warning(`could not delete Job ${ns}/${name}: ${error.message}`);
            return false;
        }
    };
    const fail = async (message, reasons = []) => {
        await cleanup();
        throw new errors/* DhowError */.Bp('kubernetes', `Job ${ns}/${name}: ${message}`, { reasons });
    };
    try {
        await Promise.all([jobWatch.start(), podWatch.start()]);
    }
    catch (error) {
        await cleanup();
        throw error;
    }
    if (jobWatch.objects.has(name))
        jobSeen = true;
    /** Residency of each new node, and a log follower for each pod whose container has started. */
    const inspect = async (pods) => {
        for (const pod of pods) {
            const podName = pod.metadata.name;
            const nodeName = pod.spec?.nodeName;
            if (!podsSeen.includes(podName))
                podsSeen.push(podName);
            if (nodeName && !checkedNodes.has(nodeName)) {
                const check = checkNodeRegion(await api.readNode(nodeName), nodeName, settings.allowedRegions);
                checkedNodes.set(nodeName, check);
                nodes.push(nodeName);
                if (!check.ok)
                    await fail(`${check.message}; the Job was stopped`);
                region = check.region ?? region;
                logger.info(`pod ${podName} placed on node ${nodeName}${check.region ? ` in region ${check.region}` : ''}${preemptions.length > 0 ? ` (resumed after ${preemptions.length} preemption${preemptions.length > 1 ? 's' : ''})` : ''}`);
            }
            const cs = pod.status?.containerStatuses?.[0]?.state;
            if ((cs?.running || cs?.terminated) && !followers.has(podName)) {
                const follower = new LogFollower(api, ns, podName, CONTAINER_NAME, {
                    onLine,
                    isTerminated: () => Boolean(latestPods.get(podName)?.status?.containerStatuses?.[0]?.state?.terminated),
                    isGone: () => !latestPods.has(podName),
                }, { retryDelayMs: timing.retryDelayMs, finalAttempts: 3 }, logger);
                followers.set(podName, follower);
                void follower.start();
            }
        }
    };
    const judgeSettings = {
        imagePullGraceMs: timing.imagePullGraceMs,
        queueWaitMs: timing.queueWaitMs,
        memory: settings.memory,
        activeDeadlineSeconds: settings.activeDeadlineSeconds,
        backoffLimit: settings.backoffLimit,
    };
    let events = [];
    let lastEvents = 0;
    let lastPoll = Date.now();
    let waiting;
    let lastMessage = '';
    let succeededPod;
    const onAbort = () => wake.notify();
    options.signal?.addEventListener('abort', onAbort);
    try {
        for (;;) {
            if (options.signal?.aborted)
                await fail('the run was cancelled; the Job was deleted');
            const job = jobDeleted || (jobSeen && !jobWatch.objects.has(name)) ? null : (jobWatch.objects.get(name) ?? null);
            const pods = [...podWatch.objects.values()];
            for (const d of disruptions(pods)) {
                if (preemptions.some((p) => p.pod === d.pod))
                    continue;
                preemptions.push(d);
                logger.warning(`pod ${d.pod} was disrupted (${d.reason}${d.message ? `: ${d.message}` : ''}); this does not count as a failure and the Job starts a new pod`);
            }
            await inspect(pods);
            let state = observe(job, pods, events);
            if (state.kind === 'unschedulable' && Date.now() - lastEvents >= timing.eventsIntervalMs) {
                lastEvents = Date.now();
                events = await api.listEvents(ns, `involvedObject.name=${state.pod}`);
                state = observe(job, pods, events);
            }
            const key = waitingKey(state);
            if (key === null)
                waiting = undefined;
            else if (waiting?.key !== key)
                waiting = { key, since: Date.now() };
            const verdict = judge(state, waiting ? Date.now() - waiting.since : 0, judgeSettings);
            if (verdict.message !== lastMessage) {
                lastMessage = verdict.message;
                if (!verdict.done)
                    logger.info(verdict.message);
            }
            if (verdict.done) {
                if (!verdict.ok) {
                    await drain(followers, timing.logDrainMs);
                    await fail(verdict.message, verdict.reasons);
                }
                succeededPod = state.kind === 'succeeded' ? state.pod : undefined;
                break;
            }
            if (Date.now() - lastPoll >= timing.pollIntervalMs) {
                lastPoll = Date.now();
                const polled = await api.readJob(ns, name);
                if (polled === null)
                    jobDeleted = true;
                else if (Number(polled.metadata?.resourceVersion) > Number(jobWatch.objects.get(name)?.metadata?.resourceVersion ?? 0)) {
                    jobWatch.objects.set(name, polled);
                    jobSeen = true;
                }
                continue;
            }
            await wake.wait(timing.tickMs);
        }
    }
    finally {
        options.signal?.removeEventListener('abort', onAbort);
    }
    // The Job completed. Its watch may be ahead of the pod watch: give the pod watch a moment to show the
    // finished pod (its termination message), then read the pods once.
    const settle = Date.now() + Math.min(timing.logDrainMs, 2000);
    while (!succeededPod && Date.now() < settle) {
        await wake.wait(timing.tickMs);
        succeededPod = [...podWatch.objects.values()].find((p) => p.status?.phase === 'Succeeded');
    }
    if (!succeededPod) {
        const listed = (await api.listPods(ns, podSelector)).items;
        for (const pod of listed)
            latestPods.set(pod.metadata.name, pod);
        succeededPod = listed.find((p) => p.status?.phase === 'Succeeded');
    }
    // The pod may have run and ended between two looks: check its node and read its log now.
    await inspect([...latestPods.values()]);
    // Let the log catch up, then read what the training reported.
    await drain(followers, timing.logDrainMs);
    let metrics = {};
    let artifact;
    let metricsSource = 'none';
    const message = succeededPod?.status?.containerStatuses?.[0]?.state?.terminated?.message;
    if (message && message.trim() !== '') {
        let json;
        try {
            json = JSON.parse(message);
        }
        catch {
            logger.warning(`the termination message of pod ${succeededPod.metadata.name} is not JSON; looking for DHOW_METRICS lines in the log instead`);
        }
        if (json !== undefined) {
            const report = TerminationReport.safeParse(json);
            if (!report.success) {
                await cleanup();
                throw new errors/* DhowError */.Bp('invalid-input', `the Job's termination message does not match what dhow expects: ${zodWhere(report.error)}`, {
                    file: `pod ${ns}/${succeededPod.metadata.name} /dev/termination-log`,
                });
            }
            if (report.data.metrics) {
                metrics = report.data.metrics;
                metricsSource = 'termination-message';
            }
            artifact = report.data.artifact;
        }
    }
    if (metricsSource === 'none' && logMetrics) {
        metrics = logMetrics;
        metricsSource = 'log';
    }
    artifact ??= logArtifact;
    if (badMarker && metricsSource !== 'termination-message') {
        await cleanup();
        throw new errors/* DhowError */.Bp('invalid-input', `the training log has a malformed ${badMarker}`, { file: `pod log of Job ${ns}/${name}` });
    }
    if (metricsSource === 'none')
        logger.warning('the Job reported no metrics (termination message JSON {"metrics": {...}} or a "DHOW_METRICS {json}" log line)');
    const deleted = await cleanup();
    return {
        namespace: ns,
        jobName: name,
        reattached,
        metrics,
        artifact,
        metricsSource,
        pods: podsSeen,
        nodes,
        region,
        preemptions,
        durationSeconds: (Date.now() - started) / 1000,
        logLines: [...followers.values()].reduce((n, f) => n + f.lines, 0),
        deleted,
    };
}
/** Waits for the log followers to deliver the last lines, at most `ms`. */
async function drain(followers, ms) {
    let timer;
    await Promise.race([
        Promise.all([...followers.values()].map((f) => f.start())),
        new Promise((resolve) => {
            timer = setTimeout(resolve, ms);
        }),
    ]);
    clearTimeout(timer);
}

;// CONCATENATED MODULE: ./src/train/kubernetes/index.ts
/**
 * Kubernetes mode of `train`, as the `train` action and `dhow train` see it (src/train/mode.ts): turns the
 * shared training job spec and the action's inputs into a Job, runs it (./run.ts), and hands back the metrics,
 * the artifact and the version-record draft. The edges load this module only by dynamic import, so nothing
 * else ever loads @kubernetes/client-node.
 */









/** Saved for the post step, which deletes the Job when the workflow is cancelled. */
const STATE_NAMESPACE = 'kubernetes-namespace';
const STATE_JOB = 'kubernetes-job';
const STATE_KEEP = 'kubernetes-keep-job';
/** Kubeconfig keys whose values are credentials: each value is masked on its own as well. */
const SECRET_KEYS = new Set([
    'token',
    'client-key-data',
    'client-certificate-data',
    'password',
    'certificate-authority-data',
    'id-token',
    'refresh-token',
    'access-token',
    'client-secret',
]);
/**
 * Masks the whole kubeconfig, then every credential in it on its own: a runner masks a multi-line secret
 * line by line, and a kubeconfig may be YAML or JSON (even on one line), so credentials are found by walking
 * the parsed document, not by the shape of a line. An unparseable kubeconfig is still masked whole (and
 * refused later by the loader).
 */
function maskKubeconfig(kubeconfig, mask) {
    mask(kubeconfig);
    let document;
    try {
        document = (0,dist/* parse */.qg)(kubeconfig);
    }
    catch {
        return;
    }
    const walk = (node) => {
        if (Array.isArray(node))
            return node.forEach(walk);
        if (node === null || typeof node !== 'object')
            return;
        for (const [key, value] of Object.entries(node)) {
            if (SECRET_KEYS.has(key) && typeof value === 'string' && value.length >= 4)
                mask(value);
            else
                walk(value);
        }
    };
    walk(document);
}
function flag(input, name) {
    const value = input(name).toLowerCase();
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new errors/* DhowError */.Bp('usage', `input "${name}" must be true or false`, { field: name });
}
function wholeNumber(input, name, min) {
    const value = input(name);
    if (value === '')
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min)
        throw new errors/* DhowError */.Bp('usage', `input "${name}" must be a whole number of at least ${min}`, { field: name });
    return Number(value);
}
/** The Job inputs from the shared spec, the action's Kubernetes inputs and the GITHUB_* variables. */
function jobInputsFromSpec(spec, input, env, namespace) {
    if (!spec.image)
        throw new errors/* DhowError */.Bp('usage', 'Kubernetes mode needs the container image (input "image", pinned as name@sha256:...)', { field: 'image' });
    const parameters = Object.fromEntries(Object.entries(spec.parameters).map(([name, value]) => [(0,train_spec/* parameterEnvName */.E5)(name), String(value)]));
    const gpu = spec.gpu;
    const failFast = input('fail-fast-exit-codes')
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((code) => {
        if (!/^\d+$/.test(code))
            throw new errors/* DhowError */.Bp('usage', `input "fail-fast-exit-codes": "${code}" is not an exit code`, { field: 'fail-fast-exit-codes' });
        return Number(code);
    });
    return {
        repository: env.GITHUB_REPOSITORY || 'local/model',
        runId: env.GITHUB_RUN_ID || 'local',
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT) > 0 ? Number(env.GITHUB_RUN_ATTEMPT) : 1,
        namespace,
        image: spec.image,
        command: typeof spec.command === 'string' ? ['sh', '-c', spec.command] : spec.command,
        env: { ...parameters, ...spec.env },
        gpu: {
            // A MIG device or a shared GPU is one device even when the spec leaves the count at 0.
            count: gpu['mig-profile'] || gpu.shared ? Math.max(1, gpu.count) : gpu.count,
            product: gpu.product,
            migProfile: gpu['mig-profile'],
            sharedResource: gpu.shared ? input('gpu-shared-resource') || 'nvidia.com/gpu.shared' : undefined,
        },
        cpu: input('cpu') || undefined,
        memory: input('memory') || undefined,
        spot: spec.policy['allow-spot'] || flag(input, 'spot'),
        queue: input('queue') || undefined,
        activeDeadlineSeconds: Math.ceil(spec.timeout),
        backoffLimit: wholeNumber(input, 'backoff-limit', 0),
        failFastExitCodes: failFast,
        allowedRegions: spec.policy['allowed-regions'],
        requireDigest: spec.policy['require-image-digest'],
    };
}
/** Runs the training as a Kubernetes Job: the contract of src/train/mode.ts. */
async function runKubernetesTraining(request) {
    const { input, logger } = request;
    const kubeconfig = input('kubeconfig');
    if (kubeconfig)
        maskKubeconfig(kubeconfig, request.maskSecret);
    // Loading the configuration here also fails early, with what is missing, before anything is saved.
    const kc = loadKubeConfig({ kubeconfig: kubeconfig || undefined, origin: 'input "kubeconfig"', env: request.env });
    const namespace = input('namespace') || contextNamespace(kc) || 'default';
    const job = jobInputsFromSpec(request.spec, input, request.env, namespace);
    const keepJob = flag(input, 'keep-job');
    request.saveState(STATE_NAMESPACE, namespace);
    request.saveState(STATE_JOB, jobName(job.repository, job.runId, job.runAttempt));
    request.saveState(STATE_KEEP, String(keepJob));
    const timing = {};
    const queueWait = wholeNumber(input, 'queue-wait', 1);
    if (queueWait !== undefined)
        timing.queueWaitMs = queueWait * 1000;
    const pullGrace = wholeNumber(input, 'image-pull-grace', 1);
    if (pullGrace !== undefined)
        timing.imagePullGraceMs = pullGrace * 1000;
    // A cancelled workflow sends SIGINT to the step: delete the Job at once (the post step is the fallback).
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let result;
    try {
        result = await logger.group('Training Job', () => trainOnKubernetes({ job, kubeconfig: kubeconfig || undefined, kubeconfigOrigin: 'input "kubeconfig"', env: request.env, logger, keepJob, timing, signal: cancel.signal }));
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
    if (!result.artifact) {
        throw new errors/* DhowError */.Bp('invalid-input', `Job ${result.namespace}/${result.jobName} reported no artifact: write {"artifact": {"uri": ..., "digest": "sha256:..."}} to /dev/termination-log or print a "DHOW_ARTIFACT {json}" line`, { field: 'artifact' });
    }
    const draft = (0,train_draft/* buildVersionDraft */.e8)({
        model: request.model,
        version: request.version,
        artifact: result.artifact,
        metrics: result.metrics,
        parameters: request.spec.parameters,
        training: {
            mode: 'kubernetes',
            region: result.region,
            gpu: { count: job.gpu?.count ?? 0, ...(job.gpu?.product ? { product: job.gpu.product } : {}), ...(job.gpu?.migProfile ? { 'mig-profile': job.gpu.migProfile } : {}) },
            peakGpuMemoryMiB: null,
            durationSeconds: result.durationSeconds,
        },
        env: request.env,
        now: new Date(),
    });
    if (request.draftPath)
        await (0,train_draft/* writeVersionDraft */.HK)(request.draftPath, draft);
    return {
        metrics: result.metrics,
        artifact: result.artifact,
        draft,
        draftPath: request.draftPath,
        peakGpuMemoryMiB: null,
        durationSeconds: result.durationSeconds,
    };
}
/** The post step: deletes the Job the main step started, unless it was kept (a cancelled run leaves it running). */
async function cleanupKubernetesTraining(request) {
    const namespace = request.getState(STATE_NAMESPACE);
    const name = request.getState(STATE_JOB);
    if (!namespace || !name || request.getState(STATE_KEEP) === 'true')
        return;
    const kubeconfig = request.input('kubeconfig');
    if (kubeconfig)
        maskKubeconfig(kubeconfig, request.maskSecret);
    await deleteTrainingJob({ kubeconfig: kubeconfig || undefined, env: request.env, namespace, name, logger: request.logger });
}


/***/ })

};
