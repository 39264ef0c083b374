/**
 * The rendered InferenceService of a release during a rollout, validated against KServe's published CRD
 * schema (test/fixtures/kserve, with its source and licence) with unknown fields refused, as
 * `kubectl apply --validate=strict` refuses them.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderDeployManifests } from '../../src/registry/render.js';
import { canaryPredictorName } from '../../src/registry/rollout-render.js';
import { rolloutPolicyFor } from '../../src/rollout/policy.js';
import type { RolloutState } from '../../src/registry/rollout-schemas.js';
import { parseRegistryFile } from '../../src/registry/files.js';
import { defaultRegistryConfig, RegistryConfig, type ReleaseFile, type VersionRecord } from '../../src/registry/schemas.js';
import { kserveCanaryRefusals, validInferenceService } from '../support/kserve-crd.js';

/** sha256 of the text `1.4.0-with-a-long-build-suffix`, from `printf %s ... | sha256sum`. */
const SHA_OF_LONG_VERSION = '87df7808477da1f595c53138769a2b406ec2ae188c50dc7e4adec38b712196f2';

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
  const raw = parseRegistryFile('Registry', 'dhow.yaml', yaml('')) as RegistryConfig;
  const stableRecord = version('1.3.0');
  const renderRaw = (r: ReleaseFile, record = version(r.version), stable: VersionRecord | undefined = stableRecord) =>
    parse(renderDeployManifests(r, record, raw, stable)[0]!.content) as Record<string, any>;

  it('accepts canary, blue-green and A/B policies for a RawDeployment environment (KServe v0.20 has named canaries)', () => {
    const policy = ['    rollout:', '      strategy: canary', '      steps: [{ weight: 10, soak: 5m }]'].join('\n');
    expect(rolloutPolicyFor(parseRegistryFile('Registry', 'dhow.yaml', yaml(policy)) as RegistryConfig, 'arabic-sentiment', 'production').strategy).toBe(
      'canary',
    );
    const override = ['models:', '  arabic-sentiment:', '    rollout:', '      production: { strategy: blue-green, preview: 5m }'].join('\n');
    expect(rolloutPolicyFor(parseRegistryFile('Registry', 'dhow.yaml', yaml(override)) as RegistryConfig, 'arabic-sentiment', 'production').strategy).toBe(
      'blue-green',
    );
  });

  it('renders the deployment mode annotation for a RawDeployment environment, in a manifest the CRD accepts', () => {
    const service = renderRaw(release());
    expect(validInferenceService(service)).toEqual([]);
    expect(service.metadata.annotations['serving.kserve.io/deploymentMode']).toBe('RawDeployment');
    expect(service.spec).not.toHaveProperty('canary');
    expect(rendered(release()).metadata.annotations).not.toHaveProperty('serving.kserve.io/deploymentMode');
  });

  it.each([
    ['a canary step', { weight: 10 }, 10],
    ['a later canary step', { weight: 50, step: 1 }, 50],
    ['an A/B split', { strategy: 'ab' as const, weight: 50 }, 50],
  ])('keeps the stable version as the predictor and runs %s as a named canary, in a manifest KServe accepts', (_what, rollout, weight) => {
    const service = renderRaw(release(rollout));
    expect(validInferenceService(service)).toEqual([]);
    expect(kserveCanaryRefusals(service)).toEqual([]);
    expect(service.spec.predictor.model.storageUri).toBe('s3://models/arabic-sentiment/1.3.0/');
    expect(service.spec.predictor).not.toHaveProperty('name');
    expect(service.spec.predictor).not.toHaveProperty('canaryTrafficPercent');
    expect(service.spec.canary).toEqual([
      {
        trafficPercent: weight,
        predictor: {
          name: 'v1-4-0',
          model: {
            name: 'kserve-container',
            modelFormat: { name: 'huggingface' },
            storageUri: 's3://models/arabic-sentiment/1.4.0/',
            resources: { requests: { memory: '16Gi', 'nvidia.com/gpu': '1' }, limits: { memory: '16Gi', 'nvidia.com/gpu': '1' } },
          },
          nodeSelector: { 'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3' },
        },
      },
    ]);
    // Tag routing is Knative's: a RawDeployment canary has its own Service (<isvc>-v1-4-0-predictor) instead.
    expect(service.metadata.annotations).not.toHaveProperty('serving.kserve.io/enable-tag-routing');
    expect(service.metadata.annotations).toMatchObject({ 'dhow.dev/stable-version': '1.3.0', 'serving.kserve.io/deploymentMode': 'RawDeployment' });
  });

  it('gives a blue-green preview at 0% one replica to analyse (KServe would give it none) and never autoscaling fields', () => {
    const replicas = (v: string, min: number, max: number) => ({ ...version(v), serving: { ...version(v).serving, replicas: { min, max } } });
    const preview = renderRaw(release({ strategy: 'blue-green', weight: 0 }), replicas('1.4.0', 2, 4), replicas('1.3.0', 2, 6));
    expect(validInferenceService(preview)).toEqual([]);
    expect(kserveCanaryRefusals(preview)).toEqual([]);
    expect(preview.spec.predictor).toMatchObject({ minReplicas: 2, maxReplicas: 6 });
    expect(preview.spec.canary[0]).toMatchObject({ trafficPercent: 0, predictor: { minReplicas: 1 } });
    expect(preview.spec.canary[0].predictor).not.toHaveProperty('maxReplicas');
    const step = renderRaw(release({ weight: 25 }), replicas('1.4.0', 2, 4), replicas('1.3.0', 2, 6));
    expect(kserveCanaryRefusals(step)).toEqual([]);
    expect(step.spec.canary[0].predictor).not.toHaveProperty('minReplicas');
    // A stable version that may scale to zero leaves KServe's own count (a preview without pods is inconclusive, never a pass).
    expect(kserveCanaryRefusals(renderRaw(release({ strategy: 'blue-green', weight: 0 }), version('1.4.0'), replicas('1.3.0', 0, 2)))).toEqual([]);
  });

  it('promotes by dropping the canary and pointing the predictor at it, and aborts by dropping the canary', () => {
    const promoted = renderRaw(release());
    expect(promoted.spec).toEqual({
      predictor: expect.objectContaining({ model: expect.objectContaining({ storageUri: 's3://models/arabic-sentiment/1.4.0/' }) }),
    });
    const back: ReleaseFile = { ...release(), version: '1.3.0', previous: '1.4.0', 'revert-of': '1.4.0' };
    const aborted = renderRaw(back);
    expect(validInferenceService(aborted)).toEqual([]);
    expect(aborted.spec.predictor.model.storageUri).toBe('s3://models/arabic-sentiment/1.3.0/');
    expect(aborted.spec).not.toHaveProperty('canary');
    // The stable predictor is the same object during the rollout and after the abort: its Deployment is not restarted.
    expect(renderRaw(release({ weight: 50 })).spec.predictor).toEqual(aborted.spec.predictor);
  });

  it('refuses, under the same checks, a canary KServe would refuse (the checks can fail)', () => {
    const service = renderRaw(release({ weight: 10 }));
    const autoscaled = {
      ...service,
      spec: { ...service.spec, canary: [{ ...service.spec.canary[0], predictor: { ...service.spec.canary[0].predictor, maxReplicas: 3 } }] },
    };
    expect(kserveCanaryRefusals(autoscaled)).toEqual(['canary "v1-4-0" must not set maxReplicas']);
    const dotted = {
      ...service,
      spec: { ...service.spec, canary: [{ ...service.spec.canary[0], predictor: { ...service.spec.canary[0].predictor, name: '1.4.0' } }] },
    };
    expect(validInferenceService(dotted).join('\n')).toMatch(/canary\/0\/predictor\/name must match pattern/);
    // The CRD requires the canary model's container name (the stable predictor's requirement is relaxed; the canary's is not).
    const { name: _name, ...nameless } = service.spec.canary[0].predictor.model;
    const unnamed = {
      ...service,
      spec: { ...service.spec, canary: [{ ...service.spec.canary[0], predictor: { ...service.spec.canary[0].predictor, model: nameless } }] },
    };
    expect(validInferenceService(unnamed).join('\n')).toMatch(/canary\/0\/predictor\/model must have required property 'name'/);
    const over = { ...service, spec: { ...service.spec, canary: [{ ...service.spec.canary[0], trafficPercent: 101 }] } };
    expect(validInferenceService(over).join('\n')).toMatch(/trafficPercent must be <= 100/);
  });

  it('names a canary whose readable name would make too long a Service name by a digest of its version', () => {
    expect(canaryPredictorName('arabic-sentiment', '1.4.0')).toBe('v1-4-0');
    expect(canaryPredictorName('arabic-sentiment', '2024_05.rc-')).toBe('v2024-05-rc');
    const long = canaryPredictorName('a'.repeat(40), '1.4.0-with-a-long-build-suffix');
    // sha256("1.4.0-with-a-long-build-suffix"), computed with sha256sum.
    expect(long).toBe(`v-${SHA_OF_LONG_VERSION.slice(0, 8)}`);
    expect(`${'a'.repeat(40)}-${long}-predictor`.length).toBeLessThanOrEqual(63);
  });

  it('refuses to render a RawDeployment canary without its stable version record, naming the release field', () => {
    expect(() => renderDeployManifests(release({ weight: 10 }), version('1.4.0'), raw)).toThrow(
      /releases\/production\/arabic-sentiment\.yaml.*rollout\.stable.*stable version 1\.3\.0 is missing/s,
    );
  });
});
