/**
 * Renders the Kubernetes manifests of a release: a KServe InferenceService (serving.kserve.io/v1beta1)
 * whose storageUri is the version's artifact. Argo CD or Flux sync deploy/<environment>/<model>/; dhow
 * owns every file in that directory. It lives with the registry format because `dhow validate` checks
 * that deploy/ is what this renders, and promotion writes it; a rollout's canary render belongs beside it.
 */
import { stringify } from 'yaml';
import { kubernetesName } from './names.js';
import { deployDir } from './paths.js';
import type { RegistryConfig, ReleaseFile, VersionRecord } from './schemas.js';
import { withRawCanary, withRolloutTraffic } from './rollout-render.js';

/** The file name of the InferenceService in deploy/<environment>/<model>/. */
export const INFERENCE_SERVICE_FILE = 'inferenceservice.yaml';

// The model -> object name mapping lives with the names (the registry refuses clashes at register time).
export { kubernetesName, kubernetesNameClashes, kubernetesNameTakenBy } from './names.js';

/** The predictor of one version: its model (format, runtime, artifact, resources), replicas and GPU product. */
function predictorFor(record: VersionRecord): Record<string, unknown> {
  const serving = record.serving;
  const resources: Record<string, Record<string, string>> = {};
  const add = (name: string, value: string) => {
    (resources.requests ??= {})[name] = value;
    (resources.limits ??= {})[name] = value;
  };
  if (serving.memory) add('memory', serving.memory);
  if (serving.gpu && serving.gpu.count > 0) {
    const mig = serving.gpu['mig-profile'];
    add(mig ? `nvidia.com/mig-${mig}` : 'nvidia.com/gpu', String(serving.gpu.count));
  }
  const format = serving['model-format'] ?? record.artifact.format ?? 'custom';
  const model: Record<string, unknown> = { modelFormat: { name: format } };
  if (serving.runtime) model.runtime = serving.runtime;
  model.storageUri = record.artifact.uri;
  if (Object.keys(resources).length > 0) model.resources = resources;
  const predictor: Record<string, unknown> = { model };
  if (serving.replicas) Object.assign(predictor, { minReplicas: serving.replicas.min, maxReplicas: serving.replicas.max });
  if (serving.gpu?.product) predictor.nodeSelector = { 'nvidia.com/gpu.product': serving.gpu.product };
  return predictor;
}

/** Whether rendering this release needs the record of its rollout's stable version (a RawDeployment canary runs both). */
export function rendersStableVersion(release: ReleaseFile, config: RegistryConfig): boolean {
  return release.rollout !== undefined && config.environments.find((e) => e.name === release.environment)?.['kserve-mode'] === 'raw-deployment';
}

/**
 * The InferenceService of a release. `stable` is the record of the rollout's stable version, which a
 * RawDeployment environment renders beside the canary (see rendersStableVersion); Serverless needs only `record`.
 */
export function renderInferenceService(release: ReleaseFile, record: VersionRecord, config: RegistryConfig, stable?: VersionRecord): Record<string, unknown> {
  const environment = config.environments.find((e) => e.name === release.environment);
  const namespace = environment?.namespace ?? config.deploy.namespace;
  const raw = environment?.['kserve-mode'] === 'raw-deployment';
  const predictor = predictorFor(record);
  const service = {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: {
      name: kubernetesName(release.model),
      namespace,
      labels: {
        'app.kubernetes.io/name': kubernetesName(release.model),
        'app.kubernetes.io/version': release.version,
        'app.kubernetes.io/managed-by': 'dhow',
        'dhow.dev/model': release.model,
        'dhow.dev/version': release.version,
        'dhow.dev/environment': release.environment,
      },
      annotations: {
        // https://kserve.github.io/website/docs/admin-guide/kubernetes-deployment: the mode is chosen per InferenceService.
        ...(raw ? { 'serving.kserve.io/deploymentMode': 'RawDeployment' } : {}),
        'dhow.dev/artifact-digest': record.artifact.digest,
        ...(release['revert-of'] ? { 'dhow.dev/revert-of': release['revert-of'] } : {}),
      },
    },
    spec: { predictor },
  };
  // A rollout under way sends only its weight to this version (rollout-render.ts), the way the KServe mode allows.
  if (raw) return withRawCanary(release, service, { canary: predictor, ...(stable ? { stable: predictorFor(stable) } : {}) });
  return withRolloutTraffic(release, service);
}

/** Every file of deploy/<environment>/<model>/ for a release, as file changes (deterministic YAML) a Forge commits. */
export function renderDeployManifests(
  release: ReleaseFile,
  record: VersionRecord,
  config: RegistryConfig,
  stable?: VersionRecord,
): { path: string; content: string }[] {
  const header = `# Rendered by dhow from releases/${release.environment}/${release.model}.yaml: do not edit by hand.\n`;
  return [
    {
      path: `${deployDir(release.environment, release.model)}/${INFERENCE_SERVICE_FILE}`,
      content: header + stringify(renderInferenceService(release, record, config, stable), { lineWidth: 0 }),
    },
  ];
}
