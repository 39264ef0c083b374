/**
 * Kubernetes mode of `train`, as the `train` action and `dhow train` see it (src/train/mode.ts): turns the
 * shared training job spec and the action's inputs into a Job, runs it (./run.ts), and hands back the metrics,
 * the artifact and the version-record draft. The edges load this module only by dynamic import, so nothing
 * else ever loads @kubernetes/client-node.
 */
import { parse as parseYaml } from 'yaml';
import { DhowError } from '../../errors.js';
import { buildVersionDraft, writeVersionDraft } from '../draft.js';
import type { KubernetesCleanupRequest, KubernetesTrainingRequest, TrainingOutcome } from '../mode.js';
import { parameterEnvName, type TrainingJobSpec } from '../spec.js';
import { contextNamespace, loadKubeConfig } from './client.js';
import { jobName, type KubernetesJobInputs } from './render.js';
import { deleteTrainingJob, trainOnKubernetes, type KubernetesTiming } from './run.js';

export { renderJob, jobName, parseJobInputs } from './render.js';
export type { KubernetesJobInputs, JobManifest } from './render.js';
export { trainOnKubernetes, deleteTrainingJob, trainingJobName, DEFAULT_TIMING } from './run.js';
export type { KubernetesTrainingOptions, KubernetesTrainingResult, KubernetesTiming, TrainingArtifact } from './run.js';

/** Saved for the post step, which deletes the Job when the workflow is cancelled. */
export const STATE_NAMESPACE = 'kubernetes-namespace';
export const STATE_JOB = 'kubernetes-job';
export const STATE_KEEP = 'kubernetes-keep-job';

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

function flag(input: (name: string) => string, name: string): boolean {
  const value = input(name).toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new DhowError('usage', `input "${name}" must be true or false`, { field: name });
}

function wholeNumber(input: (name: string) => string, name: string, min: number): number | undefined {
  const value = input(name);
  if (value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new DhowError('usage', `input "${name}" must be a whole number of at least ${min}`, { field: name });
  return Number(value);
}

/** The Job inputs from the shared spec, the action's Kubernetes inputs and the GITHUB_* variables. */
export function jobInputsFromSpec(spec: TrainingJobSpec, input: (name: string) => string, env: NodeJS.ProcessEnv, namespace: string): KubernetesJobInputs {
  if (!spec.image) throw new DhowError('usage', 'Kubernetes mode needs the container image (input "image", pinned as name@sha256:...)', { field: 'image' });
  const parameters = Object.fromEntries(Object.entries(spec.parameters).map(([name, value]) => [parameterEnvName(name), String(value)]));
  const gpu = spec.gpu;
  const failFast = input('fail-fast-exit-codes')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((code) => {
      if (!/^\d+$/.test(code)) throw new DhowError('usage', `input "fail-fast-exit-codes": "${code}" is not an exit code`, { field: 'fail-fast-exit-codes' });
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
export async function runKubernetesTraining(request: KubernetesTrainingRequest): Promise<TrainingOutcome> {
  const { input, logger } = request;
  const kubeconfig = input('kubeconfig');
  if (kubeconfig) maskKubeconfig(kubeconfig, request.maskSecret);
  // Loading the configuration here also fails early, with what is missing, before anything is saved.
  const kc = loadKubeConfig({ kubeconfig: kubeconfig || undefined, origin: 'input "kubeconfig"', env: request.env });
  const namespace = input('namespace') || contextNamespace(kc) || 'default';
  const job = jobInputsFromSpec(request.spec, input, request.env, namespace);
  const keepJob = flag(input, 'keep-job');
  request.saveState(STATE_NAMESPACE, namespace);
  request.saveState(STATE_JOB, jobName(job.repository, job.runId, job.runAttempt));
  request.saveState(STATE_KEEP, String(keepJob));

  const timing: Partial<KubernetesTiming> = {};
  const queueWait = wholeNumber(input, 'queue-wait', 1);
  if (queueWait !== undefined) timing.queueWaitMs = queueWait * 1000;
  const pullGrace = wholeNumber(input, 'image-pull-grace', 1);
  if (pullGrace !== undefined) timing.imagePullGraceMs = pullGrace * 1000;

  // A cancelled workflow sends SIGINT to the step: delete the Job at once (the post step is the fallback).
  const cancel = new AbortController();
  const onSignal = () => cancel.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let result;
  try {
    result = await logger.group('Training Job', () =>
      trainOnKubernetes({
        job,
        kubeconfig: kubeconfig || undefined,
        kubeconfigOrigin: 'input "kubeconfig"',
        env: request.env,
        logger,
        keepJob,
        timing,
        signal: cancel.signal,
      }),
    );
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (!result.artifact) {
    throw new DhowError(
      'invalid-input',
      `Job ${result.namespace}/${result.jobName} reported no artifact: write {"artifact": {"uri": ..., "digest": "sha256:..."}} to /dev/termination-log or print a "DHOW_ARTIFACT {json}" line`,
      { field: 'artifact' },
    );
  }
  const draft = buildVersionDraft({
    model: request.model,
    version: request.version,
    artifact: result.artifact,
    metrics: result.metrics,
    parameters: request.spec.parameters,
    data: request.spec.data,
    training: {
      mode: 'kubernetes',
      region: result.region,
      gpu: {
        count: job.gpu?.count ?? 0,
        ...(job.gpu?.product ? { product: job.gpu.product } : {}),
        ...(job.gpu?.migProfile ? { 'mig-profile': job.gpu.migProfile } : {}),
      },
      peakGpuMemoryMiB: null,
      durationSeconds: result.durationSeconds,
    },
    env: request.env,
    now: new Date(),
  });
  if (request.draftPath) await writeVersionDraft(request.draftPath, draft);
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
export async function cleanupKubernetesTraining(request: KubernetesCleanupRequest): Promise<void> {
  const namespace = request.getState(STATE_NAMESPACE);
  const name = request.getState(STATE_JOB);
  if (!namespace || !name || request.getState(STATE_KEEP) === 'true') return;
  const kubeconfig = request.input('kubeconfig');
  if (kubeconfig) maskKubeconfig(kubeconfig, request.maskSecret);
  await deleteTrainingJob({ kubeconfig: kubeconfig || undefined, env: request.env, namespace, name, logger: request.logger });
}
