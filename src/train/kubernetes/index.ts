/**
 * Kubernetes mode of `train`, as the `train` action and `dhow train` see it (src/train/mode.ts): turns the
 * shared training job spec and the typed Kubernetes settings (./plan.ts) into a Job, runs it (./run.ts), and hands back the metrics,
 * the artifact and the version-record draft. The edges load this module only by dynamic import, so nothing
 * else ever loads @kubernetes/client-node.
 */
import { DhowError } from '../../errors.js';
import { buildVersionDraft, writeVersionDraft } from '../draft.js';
import type { KubernetesCleanupRequest, KubernetesTrainingRequest, TrainingOutcome } from '../mode.js';
import { contextNamespace, loadKubeConfig } from './client.js';
import { planKubernetesTraining, trainingRunFromEnv } from './plan.js';
import { jobName } from './render.js';
import { deleteTrainingJob, trainOnKubernetes } from './run.js';

export { renderJob, jobName, parseJobInputs } from './render.js';
export { maskKubeconfig, parseKubernetesModeSettings, planKubernetesTraining, trainingRunFromEnv } from './plan.js';
export type { KubernetesModeSettings, KubernetesTrainingPlan, TrainingRun } from './plan.js';
export type { KubernetesJobInputs, JobManifest } from './render.js';
export { trainOnKubernetes, deleteTrainingJob, trainingJobName, DEFAULT_TIMING } from './run.js';
export type { KubernetesTrainingOptions, KubernetesTrainingResult, KubernetesTiming, TrainingArtifact } from './run.js';

/** Saved for the post step, which deletes the Job when the workflow is cancelled. */
export const STATE_NAMESPACE = 'kubernetes-namespace';
export const STATE_JOB = 'kubernetes-job';
export const STATE_KEEP = 'kubernetes-keep-job';

/** Runs the training as a Kubernetes Job: the contract of src/train/mode.ts. */
export async function runKubernetesTraining(request: KubernetesTrainingRequest): Promise<TrainingOutcome> {
  const { settings, logger } = request;
  // Loading the configuration here also fails early, with what is missing, before anything is saved.
  const kc = loadKubeConfig({ kubeconfig: settings.kubeconfig, origin: request.kubeconfigOrigin, env: request.env });
  const namespace = settings.namespace ?? contextNamespace(kc) ?? 'default';
  const plan = planKubernetesTraining(request.spec, settings, trainingRunFromEnv(request.env), namespace);
  const { job } = plan;
  request.saveState(STATE_NAMESPACE, namespace);
  request.saveState(STATE_JOB, jobName(job.repository, job.runId, job.runAttempt));
  request.saveState(STATE_KEEP, String(plan.keepJob));

  // A cancelled workflow sends SIGINT to the step: delete the Job at once (the post step is the fallback).
  const cancel = new AbortController();
  const onSignal = () => cancel.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let result;
  try {
    result = await logger.group('Training Job', () =>
      trainOnKubernetes({ ...plan, kubeconfigOrigin: request.kubeconfigOrigin, env: request.env, logger, signal: cancel.signal }),
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
  await deleteTrainingJob({ kubeconfig: request.kubeconfig, env: request.env, namespace, name, logger: request.logger });
}
