/**
 * Renders the `batch/v1` Job that trains a model on a GPU cluster, from the training inputs and the
 * registry's policy. Pure: no Kubernetes client here (`dhow train render` loads only this module).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DhowError } from '../../errors.js';
import { Region } from '../../registry/schemas.js';
import { gpuResource } from './gpu-resources.js';
import { issueMessage } from '../spec.js';

export const CONTAINER_NAME = 'train';
export const MANAGED_BY = 'dhow';
export const LABEL_RUN_ID = 'dhow.dev/run-id';
export const LABEL_RUN_ATTEMPT = 'dhow.dev/run-attempt';
export const LABEL_REPOSITORY_HASH = 'dhow.dev/repository-hash';
export const ANNOTATION_REPOSITORY = 'dhow.dev/repository';
export const KUEUE_QUEUE_LABEL = 'kueue.x-k8s.io/queue-name';
export const REGION_LABEL = 'topology.kubernetes.io/region';
export const GPU_PRODUCT_LABEL = 'nvidia.com/gpu.product';
/** The label the Job controller puts on its pods (Kubernetes 1.27+). */
export const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';

/**
 * Taints spot capacity carries, per cloud. AKS taints spot pools itself; GKE Autopilot taints Spot Pods' nodes
 * (Standard spot pools carry only the label unless the team adds the same taint); EKS managed node groups and
 * Karpenter label spot nodes, and teams that keep general work off them taint them with the same key and value.
 */
export const SPOT_TOLERATIONS = [
  { key: 'karpenter.sh/capacity-type', operator: 'Equal', value: 'spot', effect: 'NoSchedule' },
  { key: 'eks.amazonaws.com/capacityType', operator: 'Equal', value: 'SPOT', effect: 'NoSchedule' },
  { key: 'kubernetes.azure.com/scalesetpriority', operator: 'Equal', value: 'spot', effect: 'NoSchedule' },
  { key: 'cloud.google.com/gke-spot', operator: 'Equal', value: 'true', effect: 'NoSchedule' },
] as const;

export const Quantity = z.string().regex(/^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/, 'must be a Kubernetes quantity such as 8Gi or 500m');
export const DnsLabel = z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'must be a DNS-1123 label (lower-case letters, digits, "-", at most 63)');
const ImageRef = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9._\-/:]*(@sha256:[0-9a-f]{64})?$/, 'must be a container image reference');

/** Everything the Job is rendered from. Field names are the camelCase form of the action's inputs. */
export const KubernetesJobInputs = z
  .object({
    /** owner/name of the model repository (GITHUB_REPOSITORY). */
    repository: z.string().min(1).max(200),
    /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT: with the repository they name the Job. */
    runId: z.string().regex(/^[0-9A-Za-z-]{1,40}$/, 'must be the workflow run id'),
    runAttempt: z.number().int().positive(),
    namespace: DnsLabel,
    image: ImageRef,
    command: z.array(z.string()).min(1, 'the training command is empty'),
    env: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name'), z.string()).default({}),
    gpu: z
      .object({
        count: z.number().int().min(0).max(64).default(1),
        product: z
          .string()
          .regex(/^[A-Za-z0-9][-A-Za-z0-9_.]{0,62}$/, 'must be a node label value such as NVIDIA-H100-80GB-HBM3')
          .optional(),
        migProfile: z
          .string()
          .regex(/^\d+g\.\d+gb$/, 'must be a MIG profile such as 1g.10gb')
          .optional(),
        sharedResource: z.string().optional(),
      })
      .strict()
      .default({ count: 1 }),
    cpu: Quantity.optional(),
    memory: Quantity.optional(),
    /** Tolerate each cloud's spot taint (preemption is then expected and not a failure). */
    spot: z.boolean().default(false),
    /** Kueue LocalQueue; the Job is created suspended and Kueue admits it. */
    queue: DnsLabel.optional(),
    /** Failed pods tolerated before the Job fails (preempted pods do not count). */
    backoffLimit: z.number().int().min(0).max(100).default(2),
    activeDeadlineSeconds: z
      .number()
      .int()
      .positive()
      .default(6 * 3600),
    ttlSecondsAfterFinished: z.number().int().min(0).default(3600),
    /** Exit codes meaning "do not retry" (bad data, bad config): the Job fails at once. */
    failFastExitCodes: z.array(z.number().int().min(1).max(255)).default([]),
    /** Residency: the regions nodes may be in; empty means no constraint. */
    allowedRegions: z.array(Region).default([]),
    /** Policy: the image must be pinned by digest. */
    requireDigest: z.boolean().default(true),
    serviceAccountName: DnsLabel.optional(),
  })
  .strict();
export type KubernetesJobInputs = z.input<typeof KubernetesJobInputs>;
export type KubernetesJobSettings = z.infer<typeof KubernetesJobInputs>;

/**
 * A batch/v1 Job as plain data: the subset of the Kubernetes API types dhow writes, field by field, so that
 * the compiler (test/unit/kubernetes-render.test.ts assigns it to kubernetes-models' IJob) catches a field
 * that is misspelt or of the wrong type.
 */
export interface JobManifest {
  apiVersion: 'batch/v1';
  kind: 'Job';
  metadata: { name: string; namespace: string; labels: Record<string, string>; annotations: Record<string, string> };
  spec: JobSpecManifest;
}

export interface JobSpecManifest {
  suspend?: boolean;
  completions: number;
  parallelism: number;
  backoffLimit: number;
  activeDeadlineSeconds: number;
  ttlSecondsAfterFinished: number;
  podFailurePolicy: { rules: PodFailurePolicyRule[] };
  template: { metadata: { labels: Record<string, string> }; spec: PodSpecManifest };
}

export type PodFailurePolicyRule =
  | { action: 'Ignore'; onPodConditions: { type: string; status: string }[] }
  | { action: 'FailJob'; onExitCodes: { containerName: string; operator: 'In'; values: number[] } };

export interface Toleration {
  key: string;
  operator: 'Equal' | 'Exists';
  value?: string;
  effect: 'NoSchedule';
}

export interface PodSpecManifest {
  restartPolicy: 'Never';
  containers: ContainerManifest[];
  nodeSelector?: Record<string, string>;
  tolerations?: Toleration[];
  affinity?: {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: { matchExpressions: { key: string; operator: 'In'; values: string[] }[] }[] };
    };
  };
  serviceAccountName?: string;
}

export interface ContainerManifest {
  name: string;
  image: string;
  command: string[];
  env: { name: string; value: string }[];
  resources: { limits?: Record<string, string>; requests?: Record<string, string> };
  terminationMessagePath: string;
  terminationMessagePolicy: 'FallbackToLogsOnError';
}

/** Parses the inputs, naming the offending field. */
export function parseJobInputs(raw: unknown, file?: string): KubernetesJobSettings {
  const result = KubernetesJobInputs.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new DhowError('invalid-input', issueMessage(issue), { field: issue.path.map(String).join('.') || undefined, file });
}

/**
 * The Job name: `dhow-<repository>-<run>-<attempt>-<hash>`, a DNS-1123 label of at most 63 characters.
 * The same run attempt always gets the same name, so creating it twice answers 409 and dhow re-attaches.
 */
export function jobName(repository: string, runId: string, runAttempt: number): string {
  const hash = createHash('sha256').update(`${repository}\n${runId}\n${runAttempt}`).digest('hex').slice(0, 8);
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

export function isPinnedByDigest(image: string): boolean {
  return /@sha256:[0-9a-f]{64}$/.test(image);
}

/** Renders the Job; throws a DhowError naming the field when the inputs break the policy. */
export function renderJob(raw: KubernetesJobInputs): JobManifest {
  const s = parseJobInputs(raw);
  if (s.requireDigest && !isPinnedByDigest(s.image)) {
    throw new DhowError(
      'refused',
      `image "${s.image}" is not pinned by digest; the policy requires image@sha256:<digest> so the Job runs exactly what was reviewed`,
      {
        field: 'image',
      },
    );
  }
  const gpu = gpuResource(s.gpu);
  const name = jobName(s.repository, s.runId, s.runAttempt);
  const repositoryHash = createHash('sha256').update(s.repository).digest('hex').slice(0, 16);
  const labels: Record<string, string> = {
    'app.kubernetes.io/managed-by': MANAGED_BY,
    'app.kubernetes.io/component': 'training',
    [LABEL_RUN_ID]: s.runId,
    [LABEL_RUN_ATTEMPT]: String(s.runAttempt),
    [LABEL_REPOSITORY_HASH]: repositoryHash,
  };
  const jobLabels: Record<string, string> = s.queue ? { ...labels, [KUEUE_QUEUE_LABEL]: s.queue } : { ...labels };

  const limits: Record<string, string> = {};
  const requests: Record<string, string> = {};
  if (gpu) limits[gpu.name] = String(gpu.count);
  if (s.cpu) requests.cpu = s.cpu;
  if (s.memory) {
    requests.memory = s.memory;
    limits.memory = s.memory;
  }

  const tolerations: Toleration[] = [];
  if (gpu) tolerations.push({ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' });
  if (s.spot) tolerations.push(...SPOT_TOLERATIONS.map((t) => ({ ...t })));

  const nodeSelector: Record<string, string> = {};
  if (s.gpu.product && gpu) nodeSelector[GPU_PRODUCT_LABEL] = s.gpu.product;

  const env = [
    { name: 'DHOW_JOB_NAME', value: name },
    { name: 'DHOW_RUN_ID', value: s.runId },
    { name: 'DHOW_RUN_ATTEMPT', value: String(s.runAttempt) },
    { name: 'DHOW_TERMINATION_MESSAGE_PATH', value: '/dev/termination-log' },
    ...Object.entries(s.env)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, value]) => ({ name: k, value })),
  ];

  const podFailureRules: PodFailurePolicyRule[] = [
    // A pod disrupted by preemption, eviction or node loss is not the training's fault: do not count it.
    { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] },
  ];
  if (s.failFastExitCodes.length > 0) {
    podFailureRules.push({
      action: 'FailJob',
      onExitCodes: { containerName: CONTAINER_NAME, operator: 'In', values: [...new Set(s.failFastExitCodes)].sort((a, b) => a - b) },
    });
  }

  const podSpec: PodSpecManifest = {
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
