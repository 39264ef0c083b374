export const id = 8560;
export const ids = [8560];
export const modules = {

/***/ 78560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/forge/local.ts + 7 modules
var local = __webpack_require__(21295);
// EXTERNAL MODULE: ./src/registry/files.ts + 1 modules
var files = __webpack_require__(47682);
// EXTERNAL MODULE: ./src/registry/store.ts
var store = __webpack_require__(5482);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/train/spec.ts
var train_spec = __webpack_require__(90975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/registry/schemas.ts
var registry_schemas = __webpack_require__(9843);
// EXTERNAL MODULE: ./src/gpu/mig.ts
var mig = __webpack_require__(64077);
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
        (0,mig/* findMigProfile */.uF)(gpu.product, gpu.migProfile); // throws, listing the GPU's profiles, when it has no such profile
        return { name: (0,mig/* migResourceName */.xt)(gpu.migProfile), count: gpu.count };
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
        product: schemas/* string */.YjP()
            .regex(/^[A-Za-z0-9][-A-Za-z0-9_.]{0,62}$/, 'must be a node label value such as NVIDIA-H100-80GB-HBM3')
            .optional(),
        migProfile: schemas/* string */.YjP()
            .regex(/^\d+g\.\d+gb$/, 'must be a MIG profile such as 1g.10gb')
            .optional(),
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
    activeDeadlineSeconds: schemas/* number */.aig()
        .int()
        .positive()
        .default(6 * 3600),
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
    const run = runId
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 20);
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

;// CONCATENATED MODULE: ./src/train/kubernetes/plan.ts
/**
 * Kubernetes mode's settings and its plan, pure (no Kubernetes client, so the edges load this freely): the
 * typed settings an edge parses its inputs or flags into (`KubernetesModeSettings`), the run that names the
 * Job, and `planKubernetesTraining`, which turns the shared training spec and those settings into what
 * `trainOnKubernetes` takes. Errors name the settings' own fields; each edge maps them to its input or flag.
 */





/** The device plugin's time-sliced GPU resource, when the settings name none. */
const DEFAULT_SHARED_GPU_RESOURCE = 'nvidia.com/gpu.shared';
/** Everything Kubernetes mode takes beyond the shared training spec. */
const KubernetesModeSettings = schemas/* object */.Ikc({
    /** The kubeconfig's YAML (a secret); absent means the in-cluster service account. */
    kubeconfig: schemas/* string */.YjP().min(1).optional(),
    /** Absent: the kubeconfig context's namespace, else "default". */
    namespace: DnsLabel.optional(),
    cpu: Quantity.optional(),
    memory: Quantity.optional(),
    spot: schemas/* boolean */.zMY().default(false),
    queue: DnsLabel.optional(),
    backoffLimit: schemas/* number */.aig().int().min(0).max(100, 'must be at most 100').optional(),
    failFastExitCodes: schemas/* array */.YOg(schemas/* number */.aig().int().min(1, 'is not an exit code (1-255)').max(255, 'is not an exit code (1-255)')).default([]),
    gpuSharedResource: schemas/* string */.YjP()
        .regex(/^nvidia\.com\/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'must be an nvidia.com/ resource name such as nvidia.com/gpu.shared')
        .default(DEFAULT_SHARED_GPU_RESOURCE),
    keepJob: schemas/* boolean */.zMY().default(false),
    queueWaitSeconds: schemas/* number */.aig().int().min(1, 'must be at least 1 second').optional(),
    imagePullGraceSeconds: schemas/* number */.aig().int().min(1, 'must be at least 1 second').optional(),
})
    .strict();
/** Parses the settings; the DhowError's field is the settings' key (e.g. "backoffLimit") for the edge to rename. */
function parseKubernetesModeSettings(raw) {
    const result = KubernetesModeSettings.safeParse(raw);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    // The first path element is the setting; an index within a list is not something a user typed.
    const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    throw new errors/* DhowError */.Bp('invalid-input', issue.message, { field });
}
/** The run from the GITHUB_* variables; outside Actions, "local/model" run "local", attempt 1. */
function trainingRunFromEnv(env) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    return {
        repository: env.GITHUB_REPOSITORY || 'local/model',
        runId: env.GITHUB_RUN_ID || 'local',
        runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    };
}
/**
 * The Job inputs and the run's settings from the shared spec, the Kubernetes settings and the run; the
 * namespace is resolved by the caller (an explicit one, else the kubeconfig context's, else "default").
 */
function planKubernetesTraining(spec, settings, run, namespace) {
    if (!spec.image)
        throw new errors/* DhowError */.Bp('usage', 'Kubernetes mode needs the container image, pinned as name@sha256:...', { field: 'image' });
    const parameters = Object.fromEntries(Object.entries(spec.parameters).map(([name, value]) => [(0,train_spec/* parameterEnvName */.E5)(name), String(value)]));
    const gpu = spec.gpu;
    const timing = {};
    if (settings.queueWaitSeconds !== undefined)
        timing.queueWaitMs = settings.queueWaitSeconds * 1000;
    if (settings.imagePullGraceSeconds !== undefined)
        timing.imagePullGraceMs = settings.imagePullGraceSeconds * 1000;
    return {
        job: {
            ...run,
            namespace,
            image: spec.image,
            command: typeof spec.command === 'string' ? ['sh', '-c', spec.command] : spec.command,
            env: { ...parameters, ...spec.env },
            gpu: {
                // A MIG device or a shared GPU is one device even when the spec leaves the count at 0.
                count: gpu['mig-profile'] || gpu.shared ? Math.max(1, gpu.count) : gpu.count,
                product: gpu.product,
                migProfile: gpu['mig-profile'],
                sharedResource: gpu.shared ? settings.gpuSharedResource : undefined,
            },
            cpu: settings.cpu,
            memory: settings.memory,
            spot: spec.policy['allow-spot'] || settings.spot,
            queue: settings.queue,
            activeDeadlineSeconds: Math.ceil(spec.timeout),
            backoffLimit: settings.backoffLimit,
            failFastExitCodes: settings.failFastExitCodes,
            allowedRegions: spec.policy['allowed-regions'],
            requireDigest: spec.policy['require-image-digest'],
        },
        kubeconfig: settings.kubeconfig,
        keepJob: settings.keepJob,
        timing,
    };
}
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
        document = parseYaml(kubeconfig);
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

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(16931);
;// CONCATENATED MODULE: ./src/cli/commands/train-kubernetes.ts
/**
 * `dhow train render` prints the Job Kubernetes mode would submit (for teams that commit it);
 * `dhow train kubernetes` submits it and waits. Reached from `dhow train` (args start with the subcommand).
 * `render` never loads the Kubernetes client; `kubernetes` loads it by dynamic import. Flags are read into the
 * same typed inputs the `train` action builds (the shared training spec, `KubernetesModeSettings`, the run)
 * and planned by the same pure `planKubernetesTraining`: one builder, one set of defaults; errors from the
 * schemas name the flag.
 */











const USAGE = `usage: dhow train render     [options] -- COMMAND [ARG...]
       dhow train kubernetes [options] -- COMMAND [ARG...]

  --image IMAGE            container image, pinned as name@sha256:<digest>
  --namespace NS           namespace of the Job (default: the kubeconfig context's, else "default")
  --repository OWNER/NAME  names the Job with the run (default: $GITHUB_REPOSITORY)
  --run-id ID              (default: $GITHUB_RUN_ID, else "local")
  --run-attempt N          (default: $GITHUB_RUN_ATTEMPT, else 1)
  --gpus N                 whole GPUs, MIG devices or shares (default 1)
  --gpu-product PRODUCT    node label nvidia.com/gpu.product, e.g. NVIDIA-H100-80GB-HBM3
  --mig-profile PROFILE    a MIG device instead of a whole GPU, e.g. 1g.10gb (checked against the product)
  --gpu-shared [RESOURCE]  a time-sliced GPU (default resource nvidia.com/gpu.shared)
  --cpu Q  --memory Q      requests (memory is also the limit)
  --env NAME=VALUE         (repeatable)
  --spot                   tolerate each cloud's spot taint
  --queue NAME             Kueue LocalQueue (the Job is created suspended)
  --timeout DURATION       activeDeadlineSeconds: seconds, or 90s, 30m, 1h30m (default 6h)
  --backoff-limit N        failed pods tolerated (default 2; preemptions do not count)
  --fail-exit-code N       exit code that fails the Job at once (repeatable)
  --allowed-region REGION  nodes must be in this region (repeatable; adds to the registry's residency policy)
  --registry DIR           read residency from DIR/dhow.yaml
  --allow-unpinned-image   accept an image without a digest
  --json                   print the Job (render) or the result (kubernetes) as JSON
kubernetes only:
  --kubeconfig FILE        (default: the first file of $KUBECONFIG, else in-cluster)
  --keep-job               do not delete the Job when it ends
  --queue-wait SECONDS     how long to wait for a node or for Kueue (default 1800)
`;
const OPTIONS = {
    image: { type: 'string' },
    namespace: { type: 'string' },
    repository: { type: 'string' },
    'run-id': { type: 'string' },
    'run-attempt': { type: 'string' },
    gpus: { type: 'string' },
    'gpu-product': { type: 'string' },
    'mig-profile': { type: 'string' },
    'gpu-shared': { type: 'string' },
    cpu: { type: 'string' },
    memory: { type: 'string' },
    env: { type: 'string', multiple: true },
    spot: { type: 'boolean' },
    queue: { type: 'string' },
    timeout: { type: 'string' },
    'backoff-limit': { type: 'string' },
    'fail-exit-code': { type: 'string', multiple: true },
    'allowed-region': { type: 'string', multiple: true },
    registry: { type: 'string' },
    'allow-unpinned-image': { type: 'boolean' },
    kubeconfig: { type: 'string' },
    'keep-job': { type: 'boolean' },
    'queue-wait': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
function integer(name, value, min) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min)
        throw new errors/* DhowError */.Bp('usage', `--${name} must be a whole number of at least ${min}, got "${value}"`, { field: name });
    return Number(value);
}
/** The flag of each Kubernetes setting (KubernetesModeSettings' keys), for the schema's messages. */
const SETTING_FLAGS = {
    kubeconfig: 'kubeconfig',
    namespace: 'namespace',
    cpu: 'cpu',
    memory: 'memory',
    spot: 'spot',
    queue: 'queue',
    backoffLimit: 'backoff-limit',
    failFastExitCodes: 'fail-exit-code',
    gpuSharedResource: 'gpu-shared',
    keepJob: 'keep-job',
    queueWaitSeconds: 'queue-wait',
};
/** The flag of each field of the training spec the flags fill (a path, or its first key). */
const SPEC_FLAGS = {
    command: 'command',
    image: 'image',
    'gpu.count': 'gpus',
    'gpu.product': 'gpu-product',
    'gpu.mig-profile': 'mig-profile',
    'gpu.shared': 'gpu-shared',
    gpu: 'gpus',
    timeout: 'timeout',
    env: 'env',
    'policy.allowed-regions': 'allowed-region',
};
/** Runs a parse of the core whose DhowError names a field, and names the flag instead. */
function withFlags(flags, parse) {
    try {
        return parse();
    }
    catch (error) {
        const field = error instanceof errors/* DhowError */.Bp ? error.field : undefined;
        const flag = field === undefined ? undefined : (flags[field] ?? flags[field.split('.')[0]]);
        if (flag === undefined)
            throw error;
        // The flag leads the message, so the error carries no field (the message would name it twice).
        throw new errors/* DhowError */.Bp('usage', `--${flag}: ${error.message.replace(/^field "[^"]*": /, '')}`);
    }
}
/**
 * The residency policy's regions of the registry `--registry` names, read the way every other command reads a
 * registry (a bare one as `dhow init` makes it, or a checkout: dhow.yaml on its default branch); a plain
 * directory that merely holds a dhow.yaml (not a git repository) is read as it is.
 */
async function registryRegions(dir, ctx) {
    if (!dir)
        return [];
    const absolute = (0,external_node_path_.resolve)(ctx.cwd, dir);
    const forge = await (0,local.openLocalForge)(absolute, { logger: ctx.logger }).catch((error) => {
        if (error instanceof errors/* DhowError */.Bp && error.code === 'not-found')
            return null;
        throw error;
    });
    if (forge) {
        const reader = await store.RegistryReader.open(forge);
        return (await reader.config()).residency?.['allowed-regions'] ?? [];
    }
    const file = (0,external_node_path_.join)(absolute, 'dhow.yaml');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* DhowError */.Bp('not-found', `no registry here: neither a git repository nor a dhow.yaml (--registry names a registry as dhow init makes it, or a checkout of one)`, { file: absolute, field: 'registry' });
    }
    return (0,files/* parseRegistryFile */.N0)('Registry', file, text).residency?.['allowed-regions'] ?? [];
}
/**
 * `--gpu-shared [RESOURCE]`: node:util parseArgs has no optional values, so a bare `--gpu-shared` (last,
 * or before another option or `--`) is rewritten to `--gpu-shared=` (the default resource).
 */
function withBareGpuShared(args) {
    const end = args.indexOf('--');
    return args.map((arg, i) => {
        if (arg !== '--gpu-shared' || (end !== -1 && i > end))
            return arg;
        const next = args[i + 1];
        return next === undefined || next.startsWith('-') ? '--gpu-shared=' : arg;
    });
}
async function run(args, ctx) {
    const [sub, ...rest] = args;
    const command = `train ${sub}`;
    const { values, positionals } = (0,context/* parseCommandArgs */.Qx)(command, withBareGpuShared(rest), OPTIONS, true);
    if (values.help)
        return (0,context/* printHelp */.FR)(ctx, USAGE);
    if (sub !== 'render' && sub !== 'kubernetes')
        throw new errors/* DhowError */.Bp('usage', `dhow train: unknown subcommand "${sub}"`);
    if (sub === 'render') {
        const misplaced = ['kubeconfig', 'keep-job', 'queue-wait'].find((name) => values[name] !== undefined);
        if (misplaced)
            throw new errors/* DhowError */.Bp('usage', `dhow train render: --${misplaced} is for dhow train kubernetes; render only prints the Job`);
    }
    if (!values.image)
        throw new errors/* DhowError */.Bp('usage', `dhow ${command}: --image is required`, { field: 'image' });
    if (positionals.length === 0)
        throw new errors/* DhowError */.Bp('usage', `dhow ${command}: give the training command after "--", e.g. -- python train.py`, { field: 'command' });
    const env = {};
    for (const pair of values.env ?? []) {
        const at = pair.indexOf('=');
        if (at <= 0)
            throw new errors/* DhowError */.Bp('usage', `--env "${pair}" is not NAME=VALUE`, { field: 'env' });
        env[pair.slice(0, at)] = pair.slice(at + 1);
    }
    const regions = [...new Set([...(await registryRegions(values.registry, ctx)), ...(values['allowed-region'] ?? [])])];
    const shared = values['gpu-shared'];
    const kubeconfigFile = values.kubeconfig ?? ctx.env.KUBECONFIG?.split(external_node_path_.delimiter).find((f) => f !== '');
    const kubeconfig = sub === 'kubernetes' && kubeconfigFile ? await readKubeconfig(kubeconfigFile) : undefined;
    // The inputs the train action builds, from flags: the shared spec, the Kubernetes settings and the run.
    const specInput = {
        command: positionals,
        image: values.image,
        gpu: { count: integer('gpus', values.gpus, 0) ?? 1, product: values['gpu-product'], 'mig-profile': values['mig-profile'], shared: shared !== undefined },
        env,
        policy: { 'allowed-regions': regions, 'require-image-digest': !values['allow-unpinned-image'] },
    };
    if (values.timeout !== undefined)
        specInput.timeout = values.timeout;
    const spec = withFlags(SPEC_FLAGS, () => (0,train_spec/* parseTrainingJobSpec */.Ug)(specInput));
    const settingsInput = {
        kubeconfig,
        namespace: values.namespace,
        cpu: values.cpu,
        memory: values.memory,
        spot: values.spot ?? false,
        queue: values.queue,
        backoffLimit: integer('backoff-limit', values['backoff-limit'], 0),
        failFastExitCodes: (values['fail-exit-code'] ?? []).map((c) => integer('fail-exit-code', c, 1)),
        gpuSharedResource: shared || undefined,
        keepJob: values['keep-job'] ?? false,
        queueWaitSeconds: integer('queue-wait', values['queue-wait'], 1),
    };
    const settings = withFlags(SETTING_FLAGS, () => parseKubernetesModeSettings(settingsInput));
    const fromEnv = trainingRunFromEnv(ctx.env);
    const run = {
        repository: values.repository ?? fromEnv.repository,
        runId: values['run-id'] ?? fromEnv.runId,
        runAttempt: integer('run-attempt', values['run-attempt'], 1) ?? fromEnv.runAttempt,
    };
    const namespace = settings.namespace ?? (kubeconfig ? await namespaceOf(kubeconfig) : undefined) ?? 'default';
    const plan = withFlags(SPEC_FLAGS, () => planKubernetesTraining(spec, settings, run, namespace));
    if (sub === 'render') {
        const job = renderJob(plan.job);
        if (values.json)
            (0,context/* writeJson */.GF)(ctx, job);
        else
            ctx.stdout.write((0,dist/* stringify */.As)(job));
        return 0;
    }
    const { trainOnKubernetes } = await (await __webpack_require__.e(/* import() */ 7779).then(__webpack_require__.bind(__webpack_require__, 17779))).loadKubernetesMode();
    const result = await trainOnKubernetes({
        ...plan,
        kubeconfigOrigin: kubeconfigFile,
        env: ctx.env,
        logger: ctx.logger,
        onLogLine: (line) => ctx.stderr.write(`${line}\n`),
    });
    if (values.json)
        (0,context/* writeJson */.GF)(ctx, result);
    else
        ctx.stdout.write(`Job ${result.namespace}/${result.jobName} succeeded: ${JSON.stringify(result.metrics)}${result.artifact ? ` ${result.artifact.uri} ${result.artifact.digest}` : ''}\n`);
    return 0;
}
async function readKubeconfig(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* DhowError */.Bp('not-found', 'the kubeconfig file cannot be read', { file, field: 'kubeconfig' });
    }
}
/** The current context's namespace, read without the Kubernetes client. */
async function namespaceOf(kubeconfig) {
    try {
        const doc = (0,dist/* parse */.qg)(kubeconfig);
        return doc?.contexts?.find((c) => c.name === doc['current-context'])?.context?.namespace;
    }
    catch {
        return undefined; // the client reports the parse error with its position
    }
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


/***/ })

};
