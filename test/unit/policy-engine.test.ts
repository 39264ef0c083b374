import { describe, expect, it } from 'vitest';
import { evaluatePolicy, durationMs, type GateEvidence, type JudgedReview, type PolicyInput, type ReasonCode } from '../../src/policy/engine.js';
import { governedFiles, requestKindOf, stintsOf } from '../../src/policy/request.js';
import { planPromotion, planRollback, type ModelState } from '../../src/promote/plan.js';
import { API_VERSION, RegistryConfig, type ReleaseFile, type VersionRecord } from '../../src/registry/schemas.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const HEAD = 'h'.repeat(40);
const OLD = 'o'.repeat(40);
const NOW = '2026-11-10T12:00:00Z';

function config(staging: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): RegistryConfig {
  return RegistryConfig.parse({
    apiVersion: API_VERSION,
    kind: 'Registry',
    environments: [
      { name: 'dev', approvals: 0 },
      { name: 'staging', approvals: 1, ...staging },
      { name: 'production', approvals: 2 },
    ],
    ...extra,
  });
}

function record(extra: Partial<VersionRecord> = {}): VersionRecord {
  return {
    apiVersion: API_VERSION,
    kind: 'ModelVersion',
    model: 'm',
    version: '1.0.0',
    artifact: { uri: 's3://models-me/m/1.0.0', digest: DIGEST },
    source: {},
    data: {},
    training: { mode: 'external' },
    parameters: {},
    metrics: {},
    serving: {},
    'created-by': 'ds',
    'created-at': '2026-11-01T10:00:00Z',
    ...extra,
  };
}

function release(environment: string, version: string, extra: Partial<ReleaseFile> = {}): ReleaseFile {
  return {
    apiVersion: API_VERSION,
    kind: 'Release',
    model: 'm',
    environment,
    version,
    digest: DIGEST,
    holds: [],
    'promoted-by': 'ds',
    'promoted-at': '2026-11-01T11:00:00Z',
    ...extra,
  };
}

function state(cfg: RegistryConfig, rec = record(), releases: Record<string, ReleaseFile> = { dev: release('dev', '1.0.0') }): ModelState {
  return {
    config: cfg,
    model: 'm',
    modelFile: { apiVersion: API_VERSION, kind: 'Model', name: 'm', owners: [], language: [] },
    versions: { [rec.version]: rec },
    releases,
    history: {},
    deployFiles: {},
  };
}

const approve = (reviewer: string, extra: Partial<JudgedReview> = {}): JudgedReview => ({
  reviewer,
  state: 'approved',
  commitSha: HEAD,
  submittedAt: '2026-11-10T10:00:00Z',
  permission: 'write',
  ...extra,
});

interface Case {
  name: string;
  staging?: Record<string, unknown>;
  extra?: Record<string, unknown>;
  record?: Partial<VersionRecord>;
  reviews?: JudgedReview[];
  headRepository?: string;
  author?: string;
  promotedBy?: string;
  /** Edits to the request's files or changed paths. */
  edit?: (files: Record<string, string | null>, changed: string[]) => void;
  teams?: Record<string, string[]>;
  stints?: { version: string; since: string; until?: string }[];
  /** Gate evidence files of the version, by environment. */
  evidence?: Record<string, GateEvidence>;
  /** Reason codes expected, in any order; [] = satisfied. */
  expected: ReasonCode[];
}

const passing: GateEvidence = { verdict: 'pass', policyDigest: DIGEST, failed: [] };

const CASES: Case[] = [
  { name: 'one approval from a writer on the head', reviews: [approve('bob')], expected: [] },
  { name: 'a fork', reviews: [approve('bob')], headRepository: 'mallory/registry', expected: ['fork'] },
  {
    name: 'extra files beside the plan',
    reviews: [approve('bob')],
    edit: (_f, changed) => changed.push('deploy/production/m/inferenceservice.yaml', '.github/workflows/x.yml'),
    expected: ['unplanned-files'],
  },
  {
    name: 'a release file edited by hand',
    reviews: [approve('bob')],
    edit: (files) => (files['releases/staging/m.yaml'] += '# edited\n'),
    expected: ['differs-from-plan'],
  },
  {
    name: 'a self-approval through a forged promoted-by',
    reviews: [approve('ds')],
    promotedBy: 'ds',
    author: 'dhow-bot',
    expected: ['approvals', 'not-eligible'],
  },
  { name: 'the request author approving', reviews: [approve('opener')], author: 'opener', expected: ['approvals', 'not-eligible'] },
  { name: 'a read-only reviewer', reviews: [approve('reader', { permission: 'read' })], expected: ['approvals', 'not-eligible'] },
  { name: 'a triage reviewer', reviews: [approve('t', { permission: 'triage' })], expected: ['approvals', 'not-eligible'] },
  { name: 'a maintainer', reviews: [approve('m', { permission: 'maintain' })], expected: [] },
  { name: 'a bot approval', reviews: [approve('renovate[bot]', { bot: true })], expected: ['approvals', 'not-eligible'] },
  { name: 'a stale approval', reviews: [approve('bob', { commitSha: OLD })], expected: ['approvals', 'stale-approval'] },
  {
    name: 'changes requested beside an approval',
    reviews: [approve('bob'), approve('carol', { state: 'changes_requested' })],
    expected: ['changes-requested'],
  },
  {
    name: 'an approval from outside the required group',
    staging: { 'required-approvers': [{ team: 'acme/model-risk', count: 1 }] },
    reviews: [approve('bob')],
    teams: { 'acme/model-risk': [] },
    expected: ['required-approvers'],
  },
  {
    name: 'an approval from the required group',
    staging: { 'required-approvers': [{ team: 'acme/model-risk' }] },
    reviews: [approve('bob')],
    teams: { 'acme/model-risk': ['bob'] },
    expected: [],
  },
  {
    name: 'a required user group',
    staging: { 'required-approvers': [{ users: ['carol', 'dan'], count: 1 }] },
    reviews: [approve('bob')],
    expected: ['required-approvers'],
  },
  {
    name: 'soak not yet met',
    staging: { soak: '24h' },
    reviews: [approve('bob')],
    stints: [{ version: '1.0.0', since: '2026-11-10T00:00:00Z' }],
    expected: ['soak'],
  },
  { name: 'soak met', staging: { soak: '24h' }, reviews: [approve('bob')], stints: [{ version: '1.0.0', since: '2026-11-09T11:59:00Z' }], expected: [] },
  {
    name: 'soak met in an earlier stint',
    staging: { soak: '1d' },
    reviews: [approve('bob')],
    stints: [{ version: '1.0.0', since: '2026-11-01T00:00:00Z', until: '2026-11-03T00:00:00Z' }],
    expected: [],
  },
  {
    name: 'gates missing where a gate policy applies',
    staging: { 'gate-policy': 'policies/gates.yaml' },
    reviews: [approve('bob')],
    expected: ['gates-missing'],
  },
  {
    name: 'gates failing',
    reviews: [approve('bob')],
    record: { gates: { verdict: 'fail', 'policy-digest': DIGEST, summary: [{ gate: 'latency', verdict: 'fail' }] } },
    expected: ['gates-failing'],
  },
  {
    name: 'residency broken',
    reviews: [approve('bob')],
    extra: { residency: { 'allowed-regions': ['me-central-1'], locations: [{ prefix: 's3://models-me/', region: 'eu-west-1' }] } },
    expected: ['residency'],
  },
  {
    name: "per-environment evidence: staging's own pass",
    reviews: [approve('bob')],
    evidence: { dev: passing, staging: passing },
    expected: [],
  },
  {
    name: 'per-environment evidence: none for staging though the gates ran for dev',
    reviews: [approve('bob')],
    evidence: { dev: passing },
    expected: ['gates-missing'],
  },
  {
    name: "per-environment evidence: staging's own failure, whatever dev recorded",
    reviews: [approve('bob')],
    evidence: { dev: passing, staging: { verdict: 'fail', policyDigest: DIGEST, failed: ['latency'] } },
    expected: ['gates-failing'],
  },
  {
    name: "per-environment evidence: staging's pass wins over a legacy failing record",
    reviews: [approve('bob')],
    record: { gates: { verdict: 'fail', 'policy-digest': DIGEST, summary: [{ gate: 'latency', verdict: 'fail' }] } },
    evidence: { staging: passing },
    expected: [],
  },
  {
    name: 'per-environment evidence: a legacy record still counts where no environment has evidence',
    staging: { 'gate-policy': 'policies/gates.yaml' },
    reviews: [approve('bob')],
    record: { gates: { verdict: 'pass', 'policy-digest': DIGEST, summary: [{ gate: 'latency', verdict: 'pass' }] } },
    expected: [],
  },
];

function build(c: Case): PolicyInput {
  const cfg = config(c.staging, c.extra);
  const rec = record(c.record);
  const promotedBy = c.promotedBy ?? 'ds';
  const plan = planPromotion(state(cfg, rec), 'm', '1.0.0', 'staging', cfg, { by: promotedBy, at: '2026-11-10T09:00:00Z' });
  if (!plan.ok) throw new Error(plan.reasons.join('; '));
  const files: Record<string, string | null> = Object.fromEntries(plan.changes.map((ch) => [ch.path, ch.content]));
  const changed = plan.changes.map((ch) => ch.path);
  c.edit?.(files, changed);
  return {
    change: { kind: 'promotion', environment: 'staging', model: 'm', version: '1.0.0', promotedBy, plan },
    config: cfg,
    record: rec,
    request: {
      id: '7',
      headSha: HEAD,
      headRepository: c.headRepository ?? 'acme/registry',
      baseRepository: 'acme/registry',
      author: c.author ?? 'dhow-bot',
      changedFiles: changed,
      files,
      reviews: c.reviews ?? [],
    },
    teams: c.teams ?? {},
    previousStints: c.stints ?? [{ version: '1.0.0', since: '2026-11-01T11:00:00Z' }],
    now: NOW,
    ...(c.evidence ? { evidence: c.evidence } : {}),
  };
}

describe('the policy engine', () => {
  it.each(CASES)('$name', (c) => {
    const verdict = evaluatePolicy(build(c));
    expect([...new Set(verdict.reasons.map((r) => r.code))].sort()).toEqual([...c.expected].sort());
    expect(verdict.satisfied).toBe(c.expected.length === 0);
    for (const reason of verdict.reasons) expect(reason.message.length).toBeGreaterThan(10);
  });

  it('names the extra files of a dev-branch request touching production', () => {
    const verdict = evaluatePolicy(
      build({
        name: '',
        reviews: [approve('bob')],
        edit: (_f, changed) => changed.push('deploy/production/m/inferenceservice.yaml', 'dhow.yaml'),
        expected: [],
      }),
    );
    expect(verdict.reasons.find((r) => r.code === 'unplanned-files')!.message).toContain('deploy/production/m/inferenceservice.yaml, dhow.yaml');
  });

  it('says how long a version still has to soak', () => {
    const verdict = evaluatePolicy(
      build({ name: '', staging: { soak: '24h' }, reviews: [approve('bob')], stints: [{ version: '1.0.0', since: '2026-11-10T06:30:00Z' }], expected: [] }),
    );
    // 12:00 - 06:30 = 5h30m run; 24h - 5h30m = 18h30m to go.
    expect(verdict.reasons.map((r) => r.message)).toEqual(['m 1.0.0 has run 5h30m in dev; staging needs 24h there first (18h30m to go)']);
  });

  it('counts an approval once, by its latest review, and names who approved', () => {
    const verdict = evaluatePolicy(
      build({ name: '', reviews: [approve('bob', { commitSha: OLD, submittedAt: '2026-11-10T09:00:00Z' }), approve('bob')], expected: [] }),
    );
    expect(verdict).toMatchObject({ satisfied: true, approvers: ['bob'] });
  });
});

describe('judging a rollback request', () => {
  const cfg = config();
  const rec = record();
  const current = release('staging', '2.0.0', { previous: '1.0.0', 'last-known-good': '1.0.0' });
  const s: ModelState = { ...state(cfg, rec, { staging: current }), history: { staging: [current, release('staging', '1.0.0')] } };
  const options = {
    to: '1.0.0',
    by: 'dhow-bot',
    at: '2026-11-10T11:00:00Z',
    reason: 'drift',
    revertOf: '2.0.0',
    hold: { version: '2.0.0', reason: 'drift', by: 'dhow-bot' },
  };
  const plan = planRollback(s, 'm', 'staging', options);
  if (!plan.ok) throw new Error(plan.reasons.join('; '));
  const input = (files: Record<string, string | null>, changed: string[]): PolicyInput => ({
    change: { kind: 'rollback', environment: 'staging', model: 'm', version: '2.0.0', promotedBy: 'dhow-bot', plan },
    config: cfg,
    record: rec,
    request: {
      id: '9',
      headSha: HEAD,
      headRepository: 'acme/registry',
      baseRepository: 'acme/registry',
      author: 'dhow-bot',
      changedFiles: changed,
      files,
      reviews: [],
    },
    teams: {},
    previousStints: [],
    now: NOW,
  });
  const planned = () => Object.fromEntries(plan.changes.map((c) => [c.path, c.content]));

  it('passes exactly the planned rollback to the last known good version, with no approval', () => {
    expect(evaluatePolicy(input(planned(), Object.keys(planned()))).satisfied).toBe(true);
  });

  it('refuses a rollback whose release names another version or drops the hold', () => {
    const files = planned();
    files['releases/staging/m.yaml'] = files['releases/staging/m.yaml']!.replace(/holds:[\s\S]*?(?=\n[a-z'-]+:)/, 'holds: []');
    const verdict = evaluatePolicy(input(files, Object.keys(files)));
    expect(verdict.reasons.map((r) => r.code)).toEqual(['differs-from-plan']);
  });

  it('refuses a rollback that also changes dhow.yaml', () => {
    const verdict = evaluatePolicy(input(planned(), [...Object.keys(planned()), 'dhow.yaml']));
    expect(verdict.reasons.map((r) => r.code)).toEqual(['unplanned-files']);
  });
});

describe('request kinds and governed files', () => {
  it('tells promotions, reverts and other branches apart', () => {
    expect(requestKindOf('dhow/promote/staging/m')).toEqual({ kind: 'promotion', environment: 'staging', model: 'm' });
    expect(requestKindOf('dhow/revert/production/m/2.0.0')).toEqual({ kind: 'rollback', environment: 'production', model: 'm', version: '2.0.0' });
    // The branch revertBranch writes names the promotion it undoes; a version may itself hold dashes.
    expect(requestKindOf('dhow/revert/production/m/2.0.0-rc-1-promoted-20261122T083000Z')).toEqual({
      kind: 'rollback',
      environment: 'production',
      model: 'm',
      version: '2.0.0-rc-1',
      promoted: '20261122T083000Z',
    });
    expect(requestKindOf('dhow/revert/production/m/2.0.0-promoted-20261122T083000123Z')).toMatchObject({ version: '2.0.0', promoted: '20261122T083000123Z' });
    expect(requestKindOf('feature/dhow/promote/staging/m')).toEqual({ kind: 'other' });
  });

  it('governs releases, deploy, version records, gate evidence, dhow.yaml and .github, not docs or model cards', () => {
    expect(
      governedFiles([
        'README.md',
        'models/m/model.yaml',
        'models/m/versions/1.yaml',
        'deploy/dev/m/a.yaml',
        'releases/dev/m.yaml',
        'dhow.yaml',
        '.github/workflows/x.yml',
        'gates/staging/m/1.yaml',
      ]),
    ).toEqual(['.github/workflows/x.yml', 'deploy/dev/m/a.yaml', 'dhow.yaml', 'gates/staging/m/1.yaml', 'models/m/versions/1.yaml', 'releases/dev/m.yaml']);
  });

  it('finds stints from a release history, newest first', () => {
    const r = (version: string) => release('dev', version);
    const stints = stintsOf([
      { date: '2026-11-05T00:00:00Z', release: r('1.0.0') },
      { date: '2026-11-04T00:00:00Z', release: r('2.0.0') },
      { date: '2026-11-03T00:00:00Z', release: r('1.0.0') },
      { date: '2026-11-01T00:00:00Z', release: r('1.0.0') },
    ]);
    expect(stints).toEqual([
      { version: '1.0.0', since: '2026-11-05T00:00:00Z' },
      { version: '2.0.0', since: '2026-11-04T00:00:00Z', until: '2026-11-05T00:00:00Z' },
      { version: '1.0.0', since: '2026-11-01T00:00:00Z', until: '2026-11-04T00:00:00Z' },
    ]);
  });

  it('reads durations', () => {
    expect([durationMs('30m'), durationMs('24h'), durationMs('7d')]).toEqual([1_800_000, 86_400_000, 604_800_000]);
  });
});
