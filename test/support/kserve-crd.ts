/**
 * KServe's published InferenceService CRD schema (test/fixtures/kserve, with its source and licence) as a
 * validator that refuses unknown fields, as `kubectl apply --validate=strict` does: every rendered manifest
 * of a test goes through it.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

type Schema = Record<string, unknown>;

/** Structural CRD schemas prune unknown fields; strict field validation refuses them: close every object that lists its properties. */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict);
  if (node === null || typeof node !== 'object') return node;
  const out: Schema = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'properties' ? mapValues(v as Schema) : strict(v)]));
  if (out.properties && out.additionalProperties === undefined && !out['x-kubernetes-preserve-unknown-fields']) out.additionalProperties = false;
  return out;
}
const mapValues = (o: Schema) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, strict(v)]));

const crd = JSON.parse(readFileSync(new URL('../fixtures/kserve/inferenceservices.v1beta1.openapi.json', import.meta.url), 'utf8')) as Schema;
const AjvClass = Ajv as unknown as typeof Ajv.default;
const validate = new AjvClass({ strict: false, allErrors: true, validateFormats: false }).compile(strict(crd) as Schema);

/** What the CRD refuses in an object (empty: it is a valid InferenceService). */
export function validInferenceService(object: unknown): string[] {
  return validate(object) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

/**
 * KServe's own admission rules for `spec.canary` (kserve/kserve pkg/apis/serving/v1beta1/inference_service_validation.go,
 * validateCanarySpecs, at the fixture's commit), written out here from the Go source: the CRD schema cannot say them.
 */
export function kserveCanaryRefusals(service: Record<string, any>): string[] {
  const canaries: any[] = service.spec.canary ?? [];
  if (canaries.length === 0) return [];
  const out: string[] = [];
  // The defaulting webhook turns the deprecated RawDeployment into Standard before validation (inference_service_defaults.go).
  const mode = service.metadata.annotations?.['serving.kserve.io/deploymentMode'];
  if (mode !== 'Standard' && mode !== 'RawDeployment') out.push('canary is only supported in Standard deployment mode');
  if (!service.spec.predictor.model?.storageUri) out.push('canary requires a stable predictor with a model');
  const names = new Set<string>();
  let total = 0;
  canaries.forEach((c, i) => {
    const name = c.predictor?.name;
    if (!name) out.push(`canary[${i}] predictor.name is required`);
    if (names.has(name)) out.push(`canary predictor.name "${name}" is duplicated`);
    names.add(name);
    if (name === service.spec.predictor.name) out.push(`canary predictor.name "${name}" conflicts with stable predictor name`);
    total += c.trafficPercent;
    if (!c.predictor.model) out.push(`canary "${name}" predictor: exactly one implementation`);
    for (const f of ['maxReplicas', 'scaleTarget', 'scaleMetric', 'autoScaling'])
      if (c.predictor[f] !== undefined) out.push(`canary "${name}" must not set ${f}`);
    const stableMin = service.spec.predictor.minReplicas ?? 1;
    if (c.predictor.minReplicas !== undefined && c.predictor.minReplicas > stableMin)
      out.push(`canary "${name}" minReplicas must not exceed stable predictor minReplicas`);
  });
  if (total > 100) out.push(`sum of canary trafficPercent values (${total}) must be <= 100`);
  return out;
}
