/**
 * The contract between the edges (the `train` action, `dhow train`) and the two training modes. Runner
 * mode is src/train/runner; Kubernetes mode is src/train/kubernetes/index.ts, loaded lazily (so the runner
 * path never loads @kubernetes/client-node) and expected to export the functions of
 * `KubernetesTrainingModule`.
 */
import { DhowError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { VersionDraft } from './draft.js';
import type { KubernetesModeSettings } from './kubernetes/plan.js';
import type { TrainingJobSpec } from './spec.js';

/** What either mode hands back to the edge, for outputs and the job summary. */
export interface TrainingOutcome {
  metrics: Record<string, number>;
  artifact: { uri: string; digest: string; size?: number };
  draft: VersionDraft;
  /** Where the draft was written, when it was. */
  draftPath?: string;
  peakGpuMemoryMiB: number | null;
  durationSeconds: number;
}

export interface KubernetesTrainingRequest {
  spec: TrainingJobSpec;
  /** The Kubernetes settings, parsed, checked and their kubeconfig masked by the edge (src/train/kubernetes/plan.ts). */
  settings: KubernetesModeSettings;
  /** Where the kubeconfig came from, for messages (e.g. 'input "kubeconfig"'). */
  kubeconfigOrigin?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  logger: Logger;
  model?: string;
  version?: string;
  /** Write the version-record draft here when the Job succeeds. */
  draftPath?: string;
  /** Remembers a value for the post step (the Job's namespace and name), e.g. core.saveState. */
  saveState: (name: string, value: string) => void;
}

export interface KubernetesCleanupRequest {
  /** The kubeconfig's YAML; absent means in-cluster. */
  kubeconfig?: string;
  /** A value saved by the main step (core.getState); '' when absent. */
  getState: (name: string) => string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

export interface KubernetesTrainingModule {
  /** The launcher itself, for the CLI (`dhow train run --mode kubernetes`). */
  trainOnKubernetes: typeof import('./kubernetes/index.js').trainOnKubernetes;
  runKubernetesTraining(request: KubernetesTrainingRequest): Promise<TrainingOutcome>;
  /** The post step: deletes the Job when the workflow was cancelled or failed before cleaning up. */
  cleanupKubernetesTraining?(request: KubernetesCleanupRequest): Promise<void>;
}

/**
 * Loads the Kubernetes launcher: from the sources, src/train/kubernetes/index.ts; from a bundle, the one
 * shared bundle dist/kubernetes/index.js beside it (scripts/build.mjs builds it once), so the 19 MB of
 * @kubernetes/client-node sit in dist/ once instead of inside every bundle that may train on a cluster.
 * The specifier is computed and marked webpackIgnore so that ncc leaves this import to Node.
 */
export async function loadKubernetesMode(): Promise<KubernetesTrainingModule> {
  const fromSources = import.meta.url.endsWith('.ts');
  const launcher = new URL(fromSources ? './kubernetes/index.ts' : '../kubernetes/index.js', import.meta.url);
  try {
    return (await import(/* webpackIgnore: true */ launcher.href)) as KubernetesTrainingModule;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes('kubernetes')) {
      throw new DhowError('usage', 'Kubernetes mode is not available in this build of dhow');
    }
    throw error;
  }
}
