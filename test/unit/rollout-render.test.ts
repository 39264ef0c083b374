/**
 * The rendered InferenceService of a release during a rollout, validated against KServe's published CRD
 * schema (test/fixtures/kserve, with its source and licence) with unknown fields refused, as
 * `kubectl apply --validate=strict` refuses them.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderDeployManifests } from '../../src/registry/render.js';
import type { RolloutState } from '../../src/registry/rollout-schemas.js';
import { parseRegistryFile } from '../../src/registry/files.js';
import { defaultRegistryConfig, RegistryConfig, type ReleaseFile, type VersionRecord } from '../../src/registry/schemas.js';

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

function validInferenceService(object: unknown): string[] {
  return validate(object) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

const digest = (c: string) => `sha256:${c.repeat(64)}`;
const config = defaultRegistryConfig();

function version(v: string): VersionRecord {
  return {
    apiVersion: 'dhow.dev/v1',
    kind: 'ModelVersion',
    model: 'arabic-sentiment',
    version: v,
    artifact: { uri: `s3://models/arabic-sentiment/${v}/`, digest: digest('b'), format: 'huggingface' },
    source: {},
    data: {},
    training: { mode: 'external' },
    parameters: {},
    metrics: {},
    serving: { gpu: { count: 1, product: 'NVIDIA-H100-80GB-HBM3' }, memory: '16Gi' },
    'created-by': 'noura',
    'created-at': '2026-11-20T08:00:00Z',
  };
}

function release(rollout?: Partial<RolloutState>): ReleaseFile {
  return {
    apiVersion: 'dhow.dev/v1',
    kind: 'Release',
    model: 'arabic-sentiment',
    environment: 'production',
    version: '1.4.0',
    digest: digest('b'),
    previous: '1.3.0',
    holds: [],
    'promoted-by': 'noura',
    'promoted-at': '2026-11-22T10:00:00Z',
    ...(rollout
      ? {
          rollout: {
            strategy: 'canary',
            stable: '1.3.0',
            canary: '1.4.0',
            weight: 10,
            step: 0,
            'started-at': '2026-11-22T10:00:00Z',
            'step-started-at': '2026-11-22T10:00:00Z',
            failures: {},
            inconclusive: {},
            'measured-at': {},
            ...rollout,
          },
        }
      : {}),
  };
}

function rendered(r: ReleaseFile): Record<string, any> {
  const [file] = renderDeployManifests(r, version(r.version), config);
  return parse(file!.content!) as Record<string, any>;
}

describe('rendering a rollout for KServe (Serverless canaryTrafficPercent)', () => {
  it.each([
    ['a canary step', { weight: 10 }, 10],
    ['a later canary step', { weight: 50, step: 1 }, 50],
    ['a blue-green preview', { strategy: 'blue-green' as const, weight: 0 }, 0],
    ['an A/B split', { strategy: 'ab' as const, weight: 50 }, 50],
  ])('sends the weight of %s to the canary, in a manifest the KServe CRD accepts', (_what, rollout, weight) => {
    const service = rendered(release(rollout));
    expect(validInferenceService(service)).toEqual([]);
    expect(service.spec.predictor.canaryTrafficPercent).toBe(weight);
    expect(service.spec.predictor.model.storageUri).toBe('s3://models/arabic-sentiment/1.4.0/');
    expect(service.metadata.annotations).toMatchObject({ 'serving.kserve.io/enable-tag-routing': 'true', 'dhow.dev/stable-version': '1.3.0' });
  });

  it('renders the declared replicas as the predictor minReplicas and maxReplicas the KServe CRD accepts', () => {
    const r = release({ weight: 10 });
    const record = { ...version(r.version), serving: { ...version(r.version).serving, replicas: { min: 1, max: 3 } } };
    const service = parse(renderDeployManifests(r, record, config)[0]!.content!) as Record<string, any>;
    expect(validInferenceService(service)).toEqual([]);
    expect(service.spec.predictor).toMatchObject({ minReplicas: 1, maxReplicas: 3, canaryTrafficPercent: 10 });
    expect(rendered(r).spec.predictor).not.toHaveProperty('maxReplicas');
  });

  it('renders no canaryTrafficPercent once no rollout is under way (KServe promotes by its removal)', () => {
    const service = rendered(release());
    expect(validInferenceService(service)).toEqual([]);
    expect(service.spec.predictor).not.toHaveProperty('canaryTrafficPercent');
    expect(service.metadata.annotations).not.toHaveProperty('serving.kserve.io/enable-tag-routing');
  });

  it('refuses, under the same strict schema, a misspelled field and a weight of the wrong type (the check can fail)', () => {
    const service = rendered(release({ weight: 10 }));
    const misspelled = { ...service, spec: { predictor: { ...service.spec.predictor, canaryTrafficPercentage: 10 } } };
    expect(validInferenceService(misspelled).join('\n')).toMatch(/must NOT have additional properties.*canaryTrafficPercentage/);
    const text = { ...service, spec: { predictor: { ...service.spec.predictor, canaryTrafficPercent: '10' } } };
    expect(validInferenceService(text).join('\n')).toMatch(/canaryTrafficPercent must be integer/);
  });
});

describe('KServe RawDeployment environments', () => {
  const yaml = (extra: string) =>
    [
      'apiVersion: dhow.dev/v1',
      'kind: Registry',
      'environments:',
      '  - name: staging',
      '    approvals: 0',
      '  - name: production',
      '    approvals: 1',
      '    kserve-mode: raw-deployment',
      extra,
      '',
    ].join('\n');

  it('refuses a canary policy for a RawDeployment environment, naming the dhow.yaml field', () => {
    const policy = ['    rollout:', '      strategy: canary', '      steps: [{ weight: 10, soak: 5m }]'].join('\n');
    expect(() => parseRegistryFile('Registry', 'dhow.yaml', yaml(policy))).toThrow(/dhow\.yaml.*environments\.1\.rollout\.strategy.*only Serverless mode has/s);
    const override = ['models:', '  arabic-sentiment:', '    rollout:', '      production: { strategy: blue-green, preview: 5m }'].join('\n');
    expect(() => parseRegistryFile('Registry', 'dhow.yaml', yaml(override))).toThrow(
      /models\.arabic-sentiment\.rollout\.production\.strategy.*a blue-green rollout/s,
    );
  });

  it('renders the deployment mode annotation for a RawDeployment environment, in a manifest the CRD accepts', () => {
    const raw = parseRegistryFile('Registry', 'dhow.yaml', yaml('    rollout: { strategy: all-at-once }')) as RegistryConfig;
    const [file] = renderDeployManifests(release(), version('1.4.0'), raw);
    const service = parse(file!.content) as Record<string, any>;
    expect(validInferenceService(service)).toEqual([]);
    expect(service.metadata.annotations['serving.kserve.io/deploymentMode']).toBe('RawDeployment');
    expect(rendered(release()).metadata.annotations).not.toHaveProperty('serving.kserve.io/deploymentMode');
  });
});
