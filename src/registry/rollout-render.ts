/**
 * What a rollout under way changes in the rendered KServe InferenceService (Serverless mode): the predictor
 * points at the canary's artifact (the release's version) and `canaryTrafficPercent` sends that share of
 * traffic to it, KServe keeping the rest on the last revision that had all traffic; removing the field
 * promotes. 0% is a blue-green preview. Tag routing gives the canary and the stable revision their own URLs
 * so each can be analysed on its own. Docs: https://kserve.github.io/website/docs/model-serving/predictive-inference/rollout-strategies/canary
 * Imports only registry types, so it can move with the renderer.
 */
import type { ReleaseFile } from './schemas.js';

/** KServe's annotation that exposes the latest and previous revisions at tagged URLs (latest-…, prev-…). */
export const TAG_ROUTING_ANNOTATION = 'serving.kserve.io/enable-tag-routing';

/** The InferenceService with the release's rollout applied (unchanged when no rollout is under way). */
export function withRolloutTraffic<T extends Record<string, unknown>>(release: ReleaseFile, service: T): T {
  const rollout = release.rollout;
  if (!rollout) return service;
  const metadata = service.metadata as { annotations?: Record<string, string> };
  const spec = service.spec as { predictor: Record<string, unknown> };
  return {
    ...service,
    metadata: {
      ...metadata,
      annotations: {
        ...metadata.annotations,
        [TAG_ROUTING_ANNOTATION]: 'true',
        'dhow.dev/rollout': rollout.strategy,
        'dhow.dev/stable-version': rollout.stable,
      },
    },
    spec: { ...spec, predictor: { ...spec.predictor, canaryTrafficPercent: rollout.weight } },
  };
}
