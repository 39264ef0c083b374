/**
 * Kubernetes mode's settings and its plan, pure (no Kubernetes client, so the edges load this freely): the
 * typed settings an edge parses its inputs or flags into (`KubernetesModeSettings`), the run that names the
 * Job, and `planKubernetesTraining`, which turns the shared training spec and those settings into what
 * `trainOnKubernetes` takes. Errors name the settings' own fields; each edge maps them to its input or flag.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DhowError } from '../../errors.js';
import { parameterEnvName, type TrainingJobSpec } from '../spec.js';
import { DnsLabel, Quantity, type KubernetesJobInputs } from './render.js';
import type { KubernetesTiming } from './run.js';

/** The device plugin's time-sliced GPU resource, when the settings name none. */
export const DEFAULT_SHARED_GPU_RESOURCE = 'nvidia.com/gpu.shared';

/** Everything Kubernetes mode takes beyond the shared training spec. */
export const KubernetesModeSettings = z
  .object({
    /** The kubeconfig's YAML (a secret); absent means the in-cluster service account. */
    kubeconfig: z.string().min(1).optional(),
    /** Absent: the kubeconfig context's namespace, else "default". */
    namespace: DnsLabel.optional(),
    cpu: Quantity.optional(),
    memory: Quantity.optional(),
    spot: z.boolean().default(false),
    queue: DnsLabel.optional(),
    backoffLimit: z.number().int().min(0).max(100, 'must be at most 100').optional(),
    failFastExitCodes: z.array(z.number().int().min(1, 'is not an exit code (1-255)').max(255, 'is not an exit code (1-255)')).default([]),
    gpuSharedResource: z
      .string()
      .regex(/^nvidia\.com\/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'must be an nvidia.com/ resource name such as nvidia.com/gpu.shared')
      .default(DEFAULT_SHARED_GPU_RESOURCE),
    keepJob: z.boolean().default(false),
    queueWaitSeconds: z.number().int().min(1, 'must be at least 1 second').optional(),
    imagePullGraceSeconds: z.number().int().min(1, 'must be at least 1 second').optional(),
  })
  .strict();
export type KubernetesModeSettings = z.infer<typeof KubernetesModeSettings>;
export type KubernetesModeSettingsInput = z.input<typeof KubernetesModeSettings>;

/** Parses the settings; the DhowError's field is the settings' key (e.g. "backoffLimit") for the edge to rename. */
export function parseKubernetesModeSettings(raw: unknown): KubernetesModeSettings {
  const result = KubernetesModeSettings.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // The first path element is the setting; an index within a list is not something a user typed.
  const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
  throw new DhowError('invalid-input', issue.message, { field });
}

/** The workflow run a Job belongs to: with the attempt it names the Job, so a re-run re-attaches. */
export interface TrainingRun {
  repository: string;
  runId: string;
  runAttempt: number;
}

/** The run from the GITHUB_* variables; outside Actions, "local/model" run "local", attempt 1. */
export function trainingRunFromEnv(env: NodeJS.ProcessEnv): TrainingRun {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  return {
    repository: env.GITHUB_REPOSITORY || 'local/model',
    runId: env.GITHUB_RUN_ID || 'local',
    runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
  };
}

/** What `trainOnKubernetes` takes besides its ports (logger, env, signal). */
export interface KubernetesTrainingPlan {
  job: KubernetesJobInputs;
  kubeconfig?: string;
  keepJob: boolean;
  timing: Partial<KubernetesTiming>;
}

/**
 * The Job inputs and the run's settings from the shared spec, the Kubernetes settings and the run; the
 * namespace is resolved by the caller (an explicit one, else the kubeconfig context's, else "default").
 */
export function planKubernetesTraining(spec: TrainingJobSpec, settings: KubernetesModeSettings, run: TrainingRun, namespace: string): KubernetesTrainingPlan {
  if (!spec.image) throw new DhowError('usage', 'Kubernetes mode needs the container image, pinned as name@sha256:...', { field: 'image' });
  const parameters = Object.fromEntries(Object.entries(spec.parameters).map(([name, value]) => [parameterEnvName(name), String(value)]));
  const gpu = spec.gpu;
  const timing: Partial<KubernetesTiming> = {};
  if (settings.queueWaitSeconds !== undefined) timing.queueWaitMs = settings.queueWaitSeconds * 1000;
  if (settings.imagePullGraceSeconds !== undefined) timing.imagePullGraceMs = settings.imagePullGraceSeconds * 1000;
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
export function maskKubeconfig(kubeconfig: string, mask: (value: string) => void): void {
  mask(kubeconfig);
  let document: unknown;
  try {
    document = parseYaml(kubeconfig);
  } catch {
    return;
  }
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (SECRET_KEYS.has(key) && typeof value === 'string' && value.length >= 4) mask(value);
      else walk(value);
    }
  };
  walk(document);
}
