/** Planning holds, purely: what the release file becomes, or why not. */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planHold, planUnhold, type HoldState } from '../../src/promote/hold-plan.js';
import { API_VERSION, defaultRegistryConfig, type ReleaseFile } from '../../src/registry/schemas.js';

const release = (holds: ReleaseFile['holds'] = []): ReleaseFile => ({
  apiVersion: API_VERSION,
  kind: 'Release',
  model: 'm',
  environment: 'staging',
  version: 'v1',
  digest: `sha256:${'a'.repeat(64)}`,
  'last-known-good': 'v0',
  holds,
  'promoted-by': 'ds',
  'promoted-at': '2026-11-01T00:00:00Z',
});
const state = (over: Partial<HoldState> = {}): HoldState => ({
  config: defaultRegistryConfig(),
  model: 'm',
  modelKnown: true,
  versionKnown: true,
  release: release(),
  ...over,
});
const input = { model: 'm', environment: 'staging', version: 'v2', reason: 'bias found' };
const by = { by: 'omar', at: '2026-11-22T08:00:00Z' };
const earlier = { version: 'v2', reason: 'earlier', by: 'layla', at: '2026-11-20T00:00:00Z' };

describe('planHold', () => {
  it('adds the hold to the release file and changes nothing else', () => {
    const plan = planHold(state(), input, by);
    expect(plan).toMatchObject({ ok: true, change: 'held' });
    if (!plan.ok || plan.change === 'none') throw new Error('expected a change');
    expect(plan.changes.map((c) => c.path)).toEqual(['releases/staging/m.yaml']);
    const written = parse(plan.changes[0]!.content!);
    expect(written).toEqual({ ...release(), holds: [{ version: 'v2', reason: 'bias found', by: 'omar', at: '2026-11-22T08:00:00Z' }] });
  });

  it('keeps an existing hold as it is (its reason and who placed it) and plans nothing', () => {
    expect(planHold(state({ release: release([earlier]) }), input, by)).toEqual({
      ok: true,
      change: 'none',
      release: release([earlier]),
      changes: [],
      hold: earlier,
    });
  });

  it.each([
    ['an unknown environment', state(), { ...input, environment: 'qa' }, 'unknown environment "qa": dhow.yaml lists dev, staging, production'],
    ['an unknown model', state({ modelKnown: false }), input, 'unknown model "m"'],
    ['an unknown version', state({ versionKnown: false }), input, 'unknown version "v2" of m'],
    [
      'no release there yet',
      state({ release: undefined }),
      input,
      'm has never been released to staging: a hold is kept in its release file (releases/staging/m.yaml), which does not exist yet',
    ],
    ['no reason', state(), { ...input, reason: '  ' }, 'a hold needs a reason'],
  ])('refuses %s', (_, s, i, reason) => {
    expect(planHold(s, i, by)).toEqual({ ok: false, reasons: [reason] });
  });
});

describe('planUnhold', () => {
  it('removes only the hold of that version', () => {
    const other = { ...earlier, version: 'v3' };
    const plan = planUnhold(state({ release: release([earlier, other]) }), input);
    if (!plan.ok || plan.change === 'none') throw new Error('expected a change');
    expect(plan.change).toBe('lifted');
    expect(plan.hold).toEqual(earlier);
    expect(parse(plan.changes[0]!.content!).holds).toEqual([other]);
  });

  it('plans nothing when the version is not held', () => {
    expect(planUnhold(state(), input)).toEqual({ ok: true, change: 'none', release: release(), changes: [] });
  });
});
