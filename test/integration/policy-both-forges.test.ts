/**
 * One table of policy cases run against BOTH forges: a local registry (checkMerge, then mergePromotion,
 * which `dhow merge` calls) and a registry repository on the GitHub emulator (the policy-check logic,
 * checkRequestPolicy). Each case is refused with the same reason on both, and nothing is merged.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import type { Forge } from '../../src/forge/forge.js';
import { createGitHubForge } from '../../src/forge/github.js';
import { initRegistry, type LocalForge } from '../../src/forge/local.js';
import { checkRequestPolicy } from '../../src/policy/check.js';
import { silentLogger } from '../../src/logger.js';
import type { ReasonCode } from '../../src/policy/engine.js';
import { checkMerge, mergePromotion } from '../../src/policy/merge.js';
import { openPromotion } from '../../src/promote/execute.js';
import { changeHold, holdBranch, type HoldAction } from '../../src/promote/hold.js';
import { planRollback } from '../../src/promote/plan.js';
import { loadModelState } from '../../src/promote/state.js';
import { serializeRegistryFile } from '../../src/registry/files.js';
import { revertBranch } from '../../src/registry/paths.js';
import { API_VERSION, RegistryConfig } from '../../src/registry/schemas.js';
import { RegistryReader } from '../../src/registry/store.js';
import { openForkPullRequest } from '../support/github/forks.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { releaseFile, versionFile } from '../support/github/registry.js';
import { tempDir } from '../support/registry.js';

const REPO = 'acme/registry';
const GATES = { verdict: 'pass', 'policy-digest': `sha256:${'1'.repeat(64)}`, summary: [{ gate: 'latency', verdict: 'pass' }] };
const LATER = () => new Date(Date.now() + 25 * 3_600_000).toISOString();
const NOW = () => new Date().toISOString();

const CONFIG = RegistryConfig.parse({
  apiVersion: API_VERSION,
  kind: 'Registry',
  environments: [
    { name: 'dev', approvals: 0 },
    { name: 'staging', approvals: 1 },
    { name: 'production', approvals: 1, 'required-approvers': [{ team: 'acme/model-risk', count: 1 }], soak: '24h', 'gate-policy': 'policies/gates.yaml' },
  ],
  residency: {
    'allowed-regions': ['me-central-1'],
    locations: [
      { prefix: 's3://models-me/', region: 'me-central-1' },
      { prefix: 's3://models-eu/', region: 'eu-west-1' },
    ],
  },
  // The local forge's roles and teams; GitHub knows its own (the emulator's collaborators and teams below).
  access: { default: 'write', users: { reader: 'read' }, teams: { 'acme/model-risk': ['risk'] } },
});

type ReviewState = 'approved' | 'changes_requested';

interface Harness {
  name: 'local' | 'github';
  forge: Forge;
  review(id: string, reviewer: string, state: ReviewState): Promise<void>;
  /** The codes of every reason, and whether the merge went through. */
  judge(id: string, now: string): Promise<{ codes: ReasonCode[]; merged: boolean }>;
  fork?(model: string): Promise<string>;
}

async function seedMain(forge: Forge, files: Record<string, string | null>): Promise<void> {
  const head = await forge.branchHead('main');
  await forge.commitFiles({
    branch: 'main',
    expectedHead: head,
    changes: Object.entries(files).map(([path, content]) => ({ path, content })),
    message: 'Seed',
  });
}

/** A model whose `version` runs in dev (and in staging when `inStaging`), with the version record given. */
async function seedModel(forge: Forge, model: string, options: { record?: Record<string, unknown>; inStaging?: boolean; uri?: string } = {}): Promise<void> {
  // Data and training in an allowed region, so only what a case changes breaks residency.
  const resident = { data: { uri: `s3://models-me/data/${model}.parquet` }, training: { mode: 'external', region: 'me-central-1' } };
  const record = versionFile(model, '1.0.0', {
    ...resident,
    ...(options.record ?? {}),
    ...(options.uri ? { artifact: { uri: options.uri, digest: digest(model) } } : {}),
  });
  await seedMain(forge, {
    [`models/${model}/model.yaml`]: serializeRegistryFile({ apiVersion: API_VERSION, kind: 'Model', name: model, owners: [], language: [] }),
    [`models/${model}/versions/1.0.0.yaml`]: record,
    [`releases/dev/${model}.yaml`]: releaseFile('dev', model, '1.0.0'),
    ...(options.inStaging ? { [`releases/staging/${model}.yaml`]: releaseFile('staging', model, '1.0.0') } : {}),
  });
}

/** Gate evidence of `model` 1.0.0 for `environment`, as register writes it (gates/<env>/<model>/1.0.0.yaml). */
function evidenceFile(model: string, environment: string, verdict: 'pass' | 'fail'): Record<string, string> {
  const file = {
    apiVersion: API_VERSION,
    kind: 'GateEvidence',
    model,
    version: '1.0.0',
    environment,
    attempts: [{ ...GATES, verdict, summary: [{ gate: 'latency', verdict }], 'recorded-by': 'ds', 'recorded-at': '2026-11-02T00:00:00Z' }],
  };
  return { [`gates/${environment}/${model}/1.0.0.yaml`]: serializeRegistryFile(file) };
}

function digest(model: string): string {
  return (/digest: (sha256:[0-9a-f]+)/.exec(versionFile(model, '1.0.0')) ?? [])[1]!;
}

async function commitOnBranch(forge: Forge, branch: string, files: Record<string, string | null>): Promise<void> {
  const head = await forge.branchHead(branch);
  await forge.commitFiles({ branch, expectedHead: head, changes: Object.entries(files).map(([path, content]) => ({ path, content })), message: 'Hand edit' });
}

let gh: GitHubEmulator;
let local: LocalForge;
const harnesses: Harness[] = [];

beforeAll(async () => {
  local = await initRegistry(await tempDir(), CONFIG, { identity: { name: 'dhow-test' } });
  harnesses.push({
    name: 'local',
    forge: local,
    async review(id, reviewer, state) {
      await local.submitReview(id, { reviewer, state, ...(state === 'changes_requested' ? { body: 'no' } : {}) });
    },
    async judge(id, now) {
      const before = await local.branchHead('main');
      const codes = (await checkMerge(local, id, { now })).judgement.reasons.map((r) => r.code);
      let merged = false;
      try {
        await mergePromotion(local, id, { by: 'merger', at: now });
        merged = true;
      } catch (error) {
        if (!(error instanceof DhowError) || error.code !== 'refused') throw error;
        expect(await local.branchHead('main')).toBe(before);
      }
      return { codes, merged };
    },
  });

  gh = await startGitHubEmulator({
    repositories: [REPO],
    users: ['ds', 'bob', 'carol', 'risk', 'reader', 'renovate[bot]', 'mallory'],
    teams: { 'acme/model-risk': ['risk'] },
    collaborators: { [REPO]: { acme: 'admin', ds: 'write', bob: 'write', carol: 'write', risk: 'write', reader: 'read' } },
  });
  const forge = createGitHubForge({ token: gh.token, repository: REPO, baseUrl: gh.url, logger: silentLogger, pacing: false, backoffUnitMs: 5 });
  await gh.seed(REPO, { 'dhow.yaml': serializeRegistryFile(CONFIG) });
  harnesses.push({
    name: 'github',
    forge,
    async review(id, reviewer, state) {
      const octokit = new Octokit({ auth: gh.tokenFor(reviewer), baseUrl: gh.url });
      await octokit.pulls.createReview({
        owner: 'acme',
        repo: 'registry',
        pull_number: Number(id),
        event: state === 'approved' ? 'APPROVE' : 'REQUEST_CHANGES',
        ...(state === 'changes_requested' ? { body: 'no' } : {}),
      });
    },
    async judge(id, now) {
      const verdict = await checkRequestPolicy(forge, id, { logger: silentLogger, now });
      return { codes: verdict.reasons.map((r) => r.code), merged: false };
    },
    async fork(model) {
      await seedModel(forge, model);
      const n = await openForkPullRequest(gh, REPO, {
        fork: 'mallory/registry',
        branch: `dhow/promote/dev/${model}`,
        title: `Promote ${model}`,
        user: 'mallory',
        files: { [`releases/dev/${model}.yaml`]: releaseFile('dev', model, '1.0.0', { 'promoted-at': '2026-11-02T00:00:00Z' }) },
      });
      return String(n);
    },
  });
}, 120_000);
afterAll(() => gh?.stop());

interface Case {
  name: string;
  /** Sets the request up on one forge; returns its id and the `now` to judge at. */
  setup(h: Harness, model: string): Promise<{ id: string; now: string }>;
  expected: ReasonCode[];
}

const promote = async (h: Harness, model: string, environment: string, by = 'ds') =>
  (await openPromotion(h.forge, { model, version: '1.0.0', environment }, { by, logger: silentLogger })).request.id;

/** A hold change of `model` 1.0.0 in staging, on main (`commit`) or as a request (its id). */
async function holdChange(h: Harness, model: string, action: HoldAction, via: 'commit' | 'request'): Promise<string> {
  const input = { model, environment: 'staging', version: '1.0.0', reason: 'suspected label leak' };
  const result = await changeHold(h.forge, action, input, { by: 'ds', via, logger: silentLogger });
  return result.request?.id ?? '';
}

const CASES: Case[] = [
  {
    name: 'a dev-branch request that also touches deploy/production',
    async setup(h, model) {
      await seedModel(h.forge, model);
      await seedMain(h.forge, { [`releases/dev/${model}.yaml`]: null });
      const id = await promote(h, model, 'dev');
      await commitOnBranch(h.forge, `dhow/promote/dev/${model}`, { [`deploy/production/${model}/inferenceservice.yaml`]: 'kind: InferenceService\n' });
      return { id, now: NOW() };
    },
    expected: ['unplanned-files'],
  },
  {
    name: 'a self-approval through a forged promoted-by',
    async setup(h, model) {
      await seedModel(h.forge, model);
      const id = await promote(h, model, 'staging', 'bob');
      await h.review(id, 'bob', 'approved');
      return { id, now: NOW() };
    },
    expected: ['approvals', 'not-eligible'],
  },
  {
    name: 'a read-only reviewer',
    async setup(h, model) {
      await seedModel(h.forge, model);
      const id = await promote(h, model, 'staging');
      await h.review(id, 'reader', 'approved');
      return { id, now: NOW() };
    },
    expected: ['approvals', 'not-eligible'],
  },
  {
    name: "a bot's approval",
    async setup(h, model) {
      await seedModel(h.forge, model);
      const id = await promote(h, model, 'staging');
      await h.review(id, 'renovate[bot]', 'approved');
      return { id, now: NOW() };
    },
    expected: ['approvals', 'not-eligible'],
  },
  {
    name: 'an approval from outside the required group',
    async setup(h, model) {
      await seedModel(h.forge, model, { record: { gates: GATES }, inStaging: true });
      const id = await promote(h, model, 'production');
      await h.review(id, 'bob', 'approved');
      return { id, now: LATER() };
    },
    expected: ['required-approvers'],
  },
  {
    name: 'a stale approval',
    async setup(h, model) {
      await seedModel(h.forge, model);
      const id = await promote(h, model, 'staging');
      await h.review(id, 'bob', 'approved');
      // Two pushes that cancel out: the same change as planned, but a new head; the approval is on the old one.
      const branch = `dhow/promote/staging/${model}`;
      await commitOnBranch(h.forge, branch, { [`notes/${model}.md`]: 'scratch\n' });
      await commitOnBranch(h.forge, branch, { [`notes/${model}.md`]: null });
      return { id, now: NOW() };
    },
    expected: ['approvals', 'stale-approval'],
  },
  {
    name: 'changes requested',
    async setup(h, model) {
      await seedModel(h.forge, model);
      const id = await promote(h, model, 'staging');
      await h.review(id, 'bob', 'approved');
      await h.review(id, 'carol', 'changes_requested');
      return { id, now: NOW() };
    },
    expected: ['changes-requested'],
  },
  {
    name: 'soak not yet met',
    async setup(h, model) {
      await seedModel(h.forge, model, { record: { gates: GATES }, inStaging: true });
      const id = await promote(h, model, 'production');
      await h.review(id, 'risk', 'approved');
      return { id, now: NOW() };
    },
    expected: ['soak'],
  },
  {
    name: 'gates missing',
    async setup(h, model) {
      await seedModel(h.forge, model, { inStaging: true });
      const id = await promote(h, model, 'production');
      await h.review(id, 'risk', 'approved');
      return { id, now: LATER() };
    },
    expected: ['gates-missing'],
  },
  {
    name: 'gates failing',
    async setup(h, model) {
      await seedModel(h.forge, model, { record: { gates: { ...GATES, verdict: 'fail', summary: [{ gate: 'fairness', verdict: 'fail' }] } }, inStaging: true });
      const id = await promote(h, model, 'production');
      await h.review(id, 'risk', 'approved');
      return { id, now: LATER() };
    },
    expected: ['gates-failing'],
  },
  {
    name: 'the issue example: no gate results and an artifact outside the allowed region, to production',
    async setup(h, model) {
      await seedModel(h.forge, model, { inStaging: true, uri: `s3://models-eu/${model}/1.0.0` });
      const id = await promote(h, model, 'production');
      await h.review(id, 'risk', 'approved');
      return { id, now: LATER() };
    },
    expected: ['gates-missing', 'residency'],
  },
  {
    name: 'a staging promotion without staging gate evidence, though the gates ran for dev',
    async setup(h, model) {
      await seedModel(h.forge, model);
      await seedMain(h.forge, evidenceFile(model, 'dev', 'pass'));
      const id = await promote(h, model, 'staging');
      await h.review(id, 'bob', 'approved');
      return { id, now: NOW() };
    },
    expected: ['gates-missing'],
  },
  {
    name: "a staging promotion whose staging gates failed, though dev's passed",
    async setup(h, model) {
      await seedModel(h.forge, model);
      await seedMain(h.forge, { ...evidenceFile(model, 'dev', 'pass'), ...evidenceFile(model, 'staging', 'fail') });
      const id = await promote(h, model, 'staging');
      await h.review(id, 'bob', 'approved');
      return { id, now: NOW() };
    },
    expected: ['gates-failing'],
  },
  {
    name: 'a promotion request that brings its own gate evidence',
    async setup(h, model) {
      await seedModel(h.forge, model);
      await seedMain(h.forge, evidenceFile(model, 'dev', 'pass'));
      const id = await promote(h, model, 'staging');
      // Evidence counts only on the base: written there by register, never by the request under judgement.
      await commitOnBranch(h.forge, `dhow/promote/staging/${model}`, evidenceFile(model, 'staging', 'pass'));
      await h.review(id, 'bob', 'approved');
      return { id, now: NOW() };
    },
    expected: ['unplanned-files', 'gates-missing'],
  },
  {
    name: 'extra files beside the planned ones',
    async setup(h, model) {
      await seedModel(h.forge, model);
      const id = await promote(h, model, 'staging');
      await commitOnBranch(h.forge, `dhow/promote/staging/${model}`, { 'README.md': 'hello\n' });
      await h.review(id, 'bob', 'approved');
      return { id, now: NOW() };
    },
    expected: ['unplanned-files'],
  },
  {
    name: 'a revert request that is not exactly the planned rollback',
    async setup(h, model) {
      await seedModel(h.forge, model);
      await seedMain(h.forge, {
        [`models/${model}/versions/2.0.0.yaml`]: versionFile(model, '2.0.0'),
        [`releases/staging/${model}.yaml`]: releaseFile('staging', model, '1.0.0'),
      });
      await seedMain(h.forge, {
        [`releases/staging/${model}.yaml`]: releaseFile('staging', model, '2.0.0', { previous: '1.0.0', 'last-known-good': '1.0.0', digest: digest2(model) }),
      });
      const reader = await RegistryReader.open(h.forge, 'main');
      const state = await loadModelState(reader, model, { versions: ['1.0.0'], historyOf: ['staging'], deployOf: ['staging'] });
      // The rollback dhow would plan, but without the hold on the drifting version.
      const plan = planRollback(state, model, 'staging', { to: '1.0.0', by: 'dhow-bot', at: '2026-11-10T00:00:00Z', reason: 'drift', revertOf: '2.0.0' });
      if (!plan.ok) throw new Error(plan.reasons.join('; '));
      const live = state.releases.staging!;
      const branch = revertBranch('staging', model, '2.0.0', live['promoted-at']);
      await h.forge.commitFiles({ branch, expectedHead: null, from: reader.ref, changes: plan.changes, message: 'revert' });
      const { request } = await h.forge.openOrUpdateRequest({ branch, base: 'main', title: `revert ${model}`, body: '', author: 'dhow-bot' });
      return { id: request.id, now: NOW() };
    },
    expected: ['differs-from-plan'],
  },
  {
    name: 'a hold request that also changes another release',
    async setup(h, model) {
      await seedModel(h.forge, model, { inStaging: true });
      const id = await holdChange(h, model, 'hold', 'request');
      await commitOnBranch(h.forge, holdBranch('hold', 'staging', model, '1.0.0'), { [`releases/dev/${model}.yaml`]: null });
      return { id, now: NOW() };
    },
    expected: ['unplanned-files'],
  },
  {
    name: 'a hold request whose release holds more than the one version',
    async setup(h, model) {
      await seedModel(h.forge, model, { inStaging: true });
      const id = await holdChange(h, model, 'hold', 'request');
      const hold = (version: string) => ({ version, reason: 'suspected label leak', by: 'ds', at: '2026-11-05T00:00:00Z' });
      await commitOnBranch(h.forge, holdBranch('hold', 'staging', model, '1.0.0'), {
        [`releases/staging/${model}.yaml`]: releaseFile('staging', model, '1.0.0', { holds: [hold('1.0.0'), hold('0.9.0')] }),
      });
      return { id, now: NOW() };
    },
    expected: ['differs-from-plan'],
  },
  {
    name: 'a hold request that also changes the version that runs',
    async setup(h, model) {
      await seedModel(h.forge, model, { inStaging: true });
      const id = await holdChange(h, model, 'hold', 'request');
      const branch = holdBranch('hold', 'staging', model, '1.0.0');
      const text = (await h.forge.readFile(`releases/staging/${model}.yaml`, branch))!;
      await commitOnBranch(h.forge, branch, { [`releases/staging/${model}.yaml`]: text.replace('promoted-by: data-scientist', 'promoted-by: mallory') });
      return { id, now: NOW() };
    },
    expected: ['differs-from-plan'],
  },
  {
    name: 'an unhold request nobody approved',
    async setup(h, model) {
      await seedModel(h.forge, model, { inStaging: true });
      await holdChange(h, model, 'hold', 'commit');
      const id = await holdChange(h, model, 'unhold', 'request');
      return { id, now: NOW() };
    },
    expected: ['approvals'],
  },
  {
    name: 'an unhold request approved by a read-only reviewer',
    async setup(h, model) {
      await seedModel(h.forge, model, { inStaging: true });
      await holdChange(h, model, 'hold', 'commit');
      const id = await holdChange(h, model, 'unhold', 'request');
      await h.review(id, 'reader', 'approved');
      return { id, now: NOW() };
    },
    expected: ['approvals', 'not-eligible'],
  },
  {
    name: 'an unhold request for a hold that was lifted meanwhile',
    async setup(h, model) {
      await seedModel(h.forge, model, { inStaging: true });
      await holdChange(h, model, 'hold', 'commit');
      const id = await holdChange(h, model, 'unhold', 'request');
      await h.review(id, 'bob', 'approved');
      await holdChange(h, model, 'unhold', 'commit');
      return { id, now: NOW() };
    },
    expected: ['plan'],
  },
];

function digest2(model: string): string {
  return (/digest: (sha256:[0-9a-f]+)/.exec(versionFile(model, '2.0.0')) ?? [])[1]!;
}

describe.each(['local', 'github'] as const)('the policy on the %s forge', (name) => {
  const harness = () => harnesses.find((h) => h.name === name)!;

  it.each(CASES.map((c, i) => ({ ...c, model: `case-${i}` })))('refuses $name', async (c) => {
    const h = harness();
    const { id, now } = await c.setup(h, c.model);
    const { codes, merged } = await h.judge(id, now);
    expect([...new Set(codes)].sort()).toEqual([...c.expected].sort());
    expect(merged).toBe(false);
  });

  it('lets a production promotion through once it soaked 24h and model-risk approved', async () => {
    const h = harness();
    await seedModel(h.forge, 'soaked', { record: { gates: GATES }, inStaging: true });
    const id = await promote(h, 'soaked', 'production');
    await h.review(id, 'risk', 'approved');
    const { codes, merged } = await h.judge(id, LATER());
    expect(codes).toEqual([]);
    expect(merged).toBe(name === 'local');
  });
});

describe.each(['local', 'github'] as const)('gate evidence per environment on the %s forge', (name) => {
  const harness = () => harnesses.find((h) => h.name === name)!;

  it("lets a staging promotion through on staging's own passing evidence", async () => {
    const h = harness();
    await seedModel(h.forge, 'evidenced');
    await seedMain(h.forge, { ...evidenceFile('evidenced', 'dev', 'pass'), ...evidenceFile('evidenced', 'staging', 'pass') });
    const id = await promote(h, 'evidenced', 'staging');
    await h.review(id, 'bob', 'approved');
    const { codes, merged } = await h.judge(id, NOW());
    expect(codes).toEqual([]);
    expect(merged).toBe(name === 'local');
  });
});

describe.each(['local', 'github'] as const)('hold changes on the %s forge', (name) => {
  const harness = () => harnesses.find((h) => h.name === name)!;

  it('lets a hold through with no approval: it only makes things safer', async () => {
    const h = harness();
    await seedModel(h.forge, 'held', { inStaging: true });
    const id = await holdChange(h, 'held', 'hold', 'request');
    const { codes, merged } = await h.judge(id, NOW());
    expect(codes).toEqual([]);
    expect(merged).toBe(name === 'local');
    if (name === 'local') expect((await h.forge.readFile('releases/staging/held.yaml', 'main'))!).toContain('suspected label leak');
  });

  it('lets an unhold through once a writer approved it', async () => {
    const h = harness();
    await seedModel(h.forge, 'unheld', { inStaging: true });
    await holdChange(h, 'unheld', 'hold', 'commit');
    const id = await holdChange(h, 'unheld', 'unhold', 'request');
    await h.review(id, 'bob', 'approved');
    const { codes, merged } = await h.judge(id, NOW());
    expect(codes).toEqual([]);
    expect(merged).toBe(name === 'local');
    if (name === 'local') expect((await h.forge.readFile('releases/staging/unheld.yaml', 'main'))!).not.toContain('suspected label leak');
  });
});

// A local registry has no forks: its requests are branches of the registry itself.
describe('a pull request from a fork on GitHub', () => {
  it('is refused, whatever it holds', async () => {
    const github = harnesses.find((h) => h.name === 'github')!;
    const id = await github.fork!('forked');
    const { codes } = await github.judge(id, NOW());
    expect(codes).toContain('fork');
  });
});
