/**
 * What a rollout under way changes in the rendered KServe InferenceService, in the environment's KServe mode.
 *
 * Serverless (Knative): the predictor points at the canary's artifact (the release's version) and
 * `canaryTrafficPercent` sends that share of traffic to it, KServe keeping the rest on the last revision that
 * had all traffic; removing the field promotes. 0% is a blue-green preview. Tag routing gives the canary and
 * the stable revision their own URLs so each can be analysed on its own.
 * Docs: https://kserve.github.io/website/docs/model-serving/predictive-inference/rollout-strategies/canary
 *
 * RawDeployment (KServe's Standard mode, v0.20 and later): there are no revisions, so the predictor stays the
 * stable version and the canary is one named entry of `spec.canary` (its predictor's `name` makes its own
 * Deployment and Service, `<isvc>-<name>-predictor`) with `trafficPercent`; KServe weights the route (Gateway
 * API HTTPRoute backendRefs, or an OpenShift Route's alternateBackends) once the canary is ready. A promotion
 * drops the entry and points the predictor at the canary's artifact (the stable Deployment rolls to it); an
 * abort drops the entry (KServe deletes the canary's Deployment). Source: kserve/kserve
 * pkg/apis/serving/v1beta1/inference_service.go (CanarySpec) and inference_service_validation.go
 * (validateCanarySpecs), added by kserve/kserve#5672.
 * Imports only registry types and the kernel, so it can move with the renderer.
 */
import { createHash } from 'node:crypto';
import { DhowError } from '../errors.js';
import { releasePath } from './paths.js';
import type { ReleaseFile } from './schemas.js';

/** KServe's annotation that exposes the latest and previous revisions at tagged URLs (latest-…, prev-…). */
export const TAG_ROUTING_ANNOTATION = 'serving.kserve.io/enable-tag-routing';

type Predictor = Record<string, unknown>;
type Service = Record<string, unknown>;

function withRolloutAnnotations<T extends Service>(service: T, annotations: Record<string, string>): T {
  const metadata = service.metadata as { annotations?: Record<string, string> };
  return { ...service, metadata: { ...metadata, annotations: { ...metadata.annotations, ...annotations } } };
}

/** Serverless: the InferenceService with the release's rollout applied (unchanged when no rollout is under way). */
export function withRolloutTraffic<T extends Service>(release: ReleaseFile, service: T): T {
  const rollout = release.rollout;
  if (!rollout) return service;
  const spec = service.spec as { predictor: Predictor };
  const annotated = withRolloutAnnotations(service, {
    [TAG_ROUTING_ANNOTATION]: 'true',
    'dhow.dev/rollout': rollout.strategy,
    'dhow.dev/stable-version': rollout.stable,
  });
  return { ...annotated, spec: { ...spec, predictor: { ...spec.predictor, canaryTrafficPercent: rollout.weight } } };
}

/** KServe's name for the model server's container (pkg/constants InferenceServiceContainerName). */
const MODEL_CONTAINER = 'kserve-container';

/** KServe's pattern for a predictor's name (the CRD's `predictor.name`): a DNS-1035 label. */
const PREDICTOR_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** Kubernetes Service names are DNS-1035 labels of at most 63 characters. */
const SERVICE_NAME_LENGTH = 63;

/**
 * The canary predictor's name for a version: `v` and the version with dots and underscores as dashes
 * (1.4.0 -> v1-4-0), so `kubectl get deploy` says which version runs. When that would make the canary's
 * Service name (`<isvc>-<name>-predictor`) longer than Kubernetes allows, a short digest of the version.
 */
export function canaryPredictorName(service: string, version: string): string {
  const readable = `v${version.replace(/[._]/g, '-')}`.replace(/-+$/, '');
  if (PREDICTOR_NAME.test(readable) && `${service}-${readable}-predictor`.length <= SERVICE_NAME_LENGTH) return readable;
  return `v-${createHash('sha256').update(version).digest('hex').slice(0, 8)}`;
}

/**
 * RawDeployment: the InferenceService whose predictor is the stable version's and whose one named canary is
 * the release's version at the rollout's weight. `stable` is the predictor rendered from the stable version's
 * record; `canary` the one rendered from the release's version.
 */
export function withRawCanary<T extends Service>(release: ReleaseFile, service: T, predictors: { stable?: Predictor; canary: Predictor }): T {
  const rollout = release.rollout;
  if (!rollout) return service;
  if (!predictors.stable) {
    throw new DhowError(
      'not-found',
      `cannot render the RawDeployment canary of ${release.model}: the version record of the stable version ${rollout.stable} is missing`,
      {
        file: releasePath(release.environment, release.model),
        field: 'rollout.stable',
      },
    );
  }
  const metadata = service.metadata as { name: string };
  const spec = service.spec as Record<string, unknown>;
  // KServe refuses autoscaling on a canary (fixed replicas: minReplicas, or the stable's share by weight) and
  // a minReplicas above the stable's (absent: 1).
  const { minReplicas: _min, maxReplicas: _max, ...canary } = predictors.canary;
  // The canary's model is a whole container spec in KServe's CRD, whose `name` it requires (the stable
  // predictor's is relaxed); KServe's model server container is named kserve-container.
  const model = { name: MODEL_CONTAINER, ...(canary.model as Record<string, unknown>) };
  const stableMin = typeof predictors.stable.minReplicas === 'number' ? predictors.stable.minReplicas : 1;
  // At 0% (a blue-green preview) KServe's share by weight is no pod at all: one replica to analyse, if the stable allows it.
  const preview = rollout.weight === 0 && stableMin >= 1 ? { minReplicas: 1 } : {};
  const annotated = withRolloutAnnotations(service, { 'dhow.dev/rollout': rollout.strategy, 'dhow.dev/stable-version': rollout.stable });
  return {
    ...annotated,
    spec: {
      ...spec,
      predictor: predictors.stable,
      canary: [{ predictor: { name: canaryPredictorName(metadata.name, rollout.canary), ...canary, model, ...preview }, trafficPercent: rollout.weight }],
    },
  };
}
