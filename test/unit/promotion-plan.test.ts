import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planPromotion, planRollback, type ModelState } from '../../src/promote/plan.js';
import { defaultRegistryConfig, type ReleaseFile, type VersionRecord } from '../../src/registry/schemas.js';

const config = defaultRegistryConfig();
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const AT = '2026-11-22T10:00:00Z';

function version(v: string, d: string, serving: VersionRecord['serving'] = {}): VersionRecord {
  return {
    apiVersion: 'dhow.dev/v1',
    kind: 'ModelVersion',
    model: 'm',
    version: v,
    artifact: { uri: `s3://bucket/m/${v}/model.safetensors`, digest: d, format: 'huggingface' },
    source: {},
    data: {},
    training: { mode: 'external' },
    parameters: {},
    metrics: {},
    serving,
    'created-by': 'noura',
    'created-at': '2026-11-20T08:00:00Z',
  };
}

function release(env: string, v: string, d: string, extra: Partial<ReleaseFile> = {}): ReleaseFile {
  return {
    apiVersion: 'dhow.dev/v1',
    kind: 'Release',
    model: 'm',
    environment: env,
    version: v,
    digest: d,
    holds: [],
    'promoted-by': 'noura',
    'promoted-at': '2026-11-21T08:00:00Z',
    ...extra,
  };
}

function state(partial: Partial<ModelState> = {}): ModelState {
  return {
    config,
    model: 'm',
    modelFile: { apiVersion: 'dhow.dev/v1', kind: 'Model', name: 'm', owners: ['noura'], language: [] },
    versions: { v1: version('v1', digest('1')), v2: version('v2', digest('2')) },
    releases: {},
    history: {},
    deployFiles: {},
    ...partial,
  };
}

const opts = { by: 'noura', at: AT };

describe('planning a promotion', () => {
  it('puts a registered version into the first environment with nothing before it', () => {
    const plan = planPromotion(state(), 'm', 'v1', 'dev', config, opts);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.release).toEqual(release('dev', 'v1', digest('1'), { 'promoted-at': AT }));
    expect(plan.changes.map((c) => c.path)).toEqual(['releases/dev/m.yaml', 'deploy/dev/m/inferenceservice.yaml']);
  });

  it('records the replaced version as previous and last known good, and carries holds over', () => {
    const hold = { version: 'v0', reason: 'drift', by: 'dhow', at: AT };
    const s = state({ releases: { staging: release('staging', 'v2', digest('2')), production: release('production', 'v1', digest('1'), { holds: [hold] }) } });
    const plan = planPromotion(s, 'm', 'v2', 'production', config, opts);
    expect(plan.ok && plan.release).toMatchObject({ version: 'v2', previous: 'v1', 'last-known-good': 'v1', holds: [hold] });
  });

  it('keeps the old last known good when the replaced version is held', () => {
    const hold = { version: 'v1', reason: 'drift', by: 'dhow', at: AT };
    const s = state({
      versions: { ...state().versions, v3: version('v3', digest('3')) },
      releases: { dev: release('dev', 'v1', digest('1'), { holds: [hold], 'last-known-good': 'v0' }) },
    });
    const plan = planPromotion(s, 'm', 'v3', 'dev', config, opts);
    expect(plan.ok && plan.release).toMatchObject({ previous: 'v1', 'last-known-good': 'v0' });
  });

  it('refuses to skip an environment', () => {
    const plan = planPromotion(state({ releases: { dev: release('dev', 'v1', digest('1')) } }), 'm', 'v1', 'production', config, opts);
    expect(plan).toEqual({
      ok: false,
      reasons: ['m v1 has not run in staging: promote it to staging first (a version reaches production only after it ran in staging)'],
    });
  });

  it('accepts a version that ran in the environment before in the past', () => {
    const s = state({
      releases: { staging: release('staging', 'v2', digest('2')) },
      history: { staging: [release('staging', 'v2', digest('2')), release('staging', 'v1', digest('1'))] },
    });
    expect(planPromotion(s, 'm', 'v1', 'production', config, opts).ok).toBe(true);
  });

  it('refuses a held version', () => {
    const hold = { version: 'v2', reason: 'latency drift on Gulf Arabic', by: 'dhow-bot', at: AT };
    const s = state({ releases: { dev: release('dev', 'v1', digest('1'), { holds: [hold] }) } });
    const plan = planPromotion(s, 'm', 'v2', 'dev', config, opts);
    expect(plan).toEqual({ ok: false, reasons: [`m v2 is held in dev: latency drift on Gulf Arabic (by dhow-bot, ${AT})`] });
  });

  it('refuses a digest that differs from what ran in the environment before', () => {
    const s = state({ releases: { dev: release('dev', 'v1', digest('f')) } });
    const plan = planPromotion(s, 'm', 'v1', 'staging', config, opts);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.reasons[0]).toMatch(/^digest mismatch: m v1 ran in dev as sha256:f+ but its version record says sha256:1+$/);
  });

  it('refuses unknown models, versions and environments', () => {
    expect(planPromotion(state({ modelFile: null }), 'm', 'v1', 'dev', config, opts)).toMatchObject({
      ok: false,
      reasons: [expect.stringMatching(/^unknown model "m"/)],
    });
    expect(planPromotion(state(), 'm', 'v9', 'dev', config, opts)).toMatchObject({ ok: false, reasons: [expect.stringMatching(/^unknown version "v9"/)] });
    expect(planPromotion(state(), 'm', 'v1', 'qa', config, opts)).toMatchObject({ ok: false, reasons: [expect.stringMatching(/^unknown environment "qa"/)] });
  });

  it('deletes stale files in the deploy directory', () => {
    const s = state({ deployFiles: { dev: ['deploy/dev/m/inferenceservice.yaml', 'deploy/dev/m/old.yaml'] } });
    const plan = planPromotion(s, 'm', 'v1', 'dev', config, opts);
    expect(plan.ok && plan.changes.at(-1)).toEqual({ path: 'deploy/dev/m/old.yaml', content: null });
  });

  it('renders a KServe InferenceService from the artifact and serving needs', () => {
    const s = state({ versions: { v1: version('v1', digest('1'), { gpu: { count: 1, 'mig-profile': '1g.10gb' }, memory: '8Gi' }) } });
    const plan = planPromotion(s, 'm', 'v1', 'dev', config, opts);
    if (!plan.ok) throw new Error(plan.reasons.join());
    const isvc = parse(plan.changes[1]!.content!);
    expect(isvc.apiVersion).toBe('serving.kserve.io/v1beta1');
    expect(isvc.kind).toBe('InferenceService');
    expect(isvc.metadata).toMatchObject({
      name: 'm',
      namespace: 'models',
      labels: { 'dhow.dev/model': 'm', 'dhow.dev/version': 'v1', 'dhow.dev/environment': 'dev' },
    });
    expect(isvc.spec.predictor.model).toEqual({
      modelFormat: { name: 'huggingface' },
      storageUri: 's3://bucket/m/v1/model.safetensors',
      resources: { requests: { memory: '8Gi', 'nvidia.com/mig-1g.10gb': '1' }, limits: { memory: '8Gi', 'nvidia.com/mig-1g.10gb': '1' } },
    });
  });
});

describe('planning a rollback', () => {
  const live = release('production', 'v2', digest('2'), { previous: 'v1', 'last-known-good': 'v1' });
  const history = { production: [live, release('production', 'v1', digest('1'), { 'last-known-good': 'v0' })] };

  it('goes back to the last known good by default and records revert-of', () => {
    const plan = planRollback(state({ releases: { production: live }, history }), 'm', 'production', { ...opts, by: 'omar', reason: 'bad' });
    expect(plan.ok && plan.release).toEqual(
      release('production', 'v1', digest('1'), { previous: 'v2', 'last-known-good': 'v0', 'revert-of': 'v2', 'promoted-by': 'omar', 'promoted-at': AT }),
    );
  });

  it('adds a hold on the bad version in the same change when asked', () => {
    const plan = planRollback(state({ releases: { production: live }, history }), 'm', 'production', {
      ...opts,
      reason: 'drift',
      hold: { version: 'v2', reason: 'PSI 0.31 on dialect mix', by: 'dhow-bot', alert: 'fp-123' },
    });
    expect(plan.ok && plan.release.holds).toEqual([{ version: 'v2', reason: 'PSI 0.31 on dialect mix', by: 'dhow-bot', at: AT, alert: 'fp-123' }]);
  });

  it('refuses a version that never ran in the environment', () => {
    const s = state({ versions: { ...state().versions, v3: version('v3', digest('3')) }, releases: { production: live }, history });
    expect(planRollback(s, 'm', 'production', { ...opts, reason: 'x', to: 'v3' })).toEqual({
      ok: false,
      reasons: ['m v3 never ran in production: a rollback only goes back to a version that ran there'],
    });
  });

  it('refuses when nothing was released or no last known good is recorded', () => {
    expect(planRollback(state(), 'm', 'production', { ...opts, reason: 'x' })).toEqual({
      ok: false,
      reasons: ['m has never been released to production: nothing to roll back'],
    });
    const first = release('production', 'v1', digest('1'));
    expect(planRollback(state({ releases: { production: first } }), 'm', 'production', { ...opts, reason: 'x' })).toEqual({
      ok: false,
      reasons: ['production has no last known good version of m recorded: name the version to roll back to'],
    });
    // The planner names options semantically; the CLI passes its flag.
    expect(planRollback(state({ releases: { production: first } }), 'm', 'production', { ...opts, reason: 'x', toOption: '--to' })).toEqual({
      ok: false,
      reasons: ['production has no last known good version of m recorded: name one with --to'],
    });
  });
});
