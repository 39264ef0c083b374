import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../../src/forge/github.js';
import { checkPromotionPolicy, checkRequestPolicy } from '../../src/policy/check.js';
import { recordingLogger } from '../../src/logger.js';
import { openPromotion } from '../../src/promote/execute.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { registryConfig, releaseFile, seedRegistry, versionFile } from '../support/github/registry.js';

const REPO = 'acme/registry';
let gh: GitHubEmulator;

beforeAll(async () => {
  gh = await startGitHubEmulator({ repositories: [REPO], users: ['data-scientist', 'bob', 'carol', 'dan', 'erin'] });
  await seedRegistry(gh, REPO, { models: { gated: ['1.0.0'], resident: ['1.0.0'], held: ['1.0.0'] } });
});
afterAll(() => gh.stop());
afterEach(() => expect(gh.violations.splice(0)).toEqual([]));

const logger = recordingLogger();
const forge = () => createGitHubForge({ token: gh.token, repository: REPO, baseUrl: gh.url, logger, pacing: false, backoffUnitMs: 5 });

/** Opens the staging promotion of `model` 1.0.0 and has bob approve it. */
async function approvedPromotion(model: string): Promise<string> {
  const { request } = await openPromotion(forge(), { model, version: '1.0.0', environment: 'staging' }, { by: 'data-scientist', logger });
  await new Octokit({ auth: gh.tokenFor('bob'), baseUrl: gh.url }).pulls.createReview({
    owner: 'acme',
    repo: 'registry',
    pull_number: Number(request.id),
    event: 'APPROVE',
  });
  return request.id;
}

describe('the promotion policy beyond approvals', () => {
  it('is satisfied by one approval when nothing else is wrong', async () => {
    const id = await approvedPromotion('resident');
    const verdict = await checkPromotionPolicy(forge(), id, { logger });
    expect(verdict).toMatchObject({ satisfied: true, missing: [], description: 'Approved by bob; order, gates, holds and residency hold' });
  });

  it('refuses a version whose recorded gates failed', async () => {
    const id = await approvedPromotion('gated');
    await gh.seed(REPO, {
      'models/gated/versions/1.0.0.yaml': versionFile('gated', '1.0.0', {
        gates: {
          verdict: 'fail',
          'policy-digest': `sha256:${'2'.repeat(64)}`,
          summary: [
            { gate: 'latency', verdict: 'fail' },
            { gate: 'memory', verdict: 'pass' },
          ],
        },
      }),
    });
    const verdict = await checkPromotionPolicy(forge(), id, { logger });
    expect(verdict!.missing).toEqual(['the gates of gated 1.0.0 recorded "fail" (latency)']);
  });

  it('refuses an artifact stored outside the allowed regions once dhow.yaml has a residency policy', async () => {
    const id = (await openPromotion(forge(), { model: 'resident', version: '1.0.0', environment: 'staging' }, { by: 'data-scientist', logger })).request.id;
    await gh.seed(REPO, {
      'dhow.yaml': registryConfig({
        config: { residency: { 'allowed-regions': ['me-central-1'], locations: [{ prefix: 's3://models-eu/', region: 'eu-west-1' }], clusters: {} } },
      }),
    });
    const verdict = await checkPromotionPolicy(forge(), id, { logger });
    expect(verdict!.satisfied).toBe(false);
    expect(verdict!.missing).toContain('residency: the artifact URI s3://models-me/resident/1.0.0: no residency location covers it, so its region is unknown');
    await gh.seed(REPO, { 'dhow.yaml': registryConfig() });
  });

  it('refuses a version held in the environment after the request was opened', async () => {
    const id = await approvedPromotion('held');
    await gh.seed(REPO, {
      'releases/staging/held.yaml': releaseFile('staging', 'held', '1.0.0', {
        holds: [{ version: '1.0.0', reason: 'drift on dialect mix', by: 'dhow-bridge', at: '2026-11-21T08:00:00Z' }],
      }),
    });
    const verdict = await checkPromotionPolicy(forge(), id, { logger });
    expect(verdict!.missing.some((m) => m.includes('held in staging: drift on dialect mix'))).toBe(true);
  });

  it('judges a pull request with 5 reviews in a few API calls: roles asked only of those who approve the head', async () => {
    const id = await approvedPromotion('resident');
    const review = (login: string, event: 'APPROVE' | 'COMMENT' | 'REQUEST_CHANGES') =>
      new Octokit({ auth: gh.tokenFor(login), baseUrl: gh.url }).pulls.createReview({
        owner: 'acme',
        repo: 'registry',
        pull_number: Number(id),
        event,
        body: 'seen',
      });
    await review('carol', 'COMMENT');
    await review('dan', 'APPROVE');
    await review('erin', 'REQUEST_CHANGES');
    await review('erin', 'APPROVE');
    const client = forge();
    gh.resetCalls();
    const verdict = await checkRequestPolicy(client, id, { logger });
    // What policy-check adds: the head read just before the status, and the status.
    const head = await client.getRequest(id);
    await client.setStatus(head.headSha, { state: verdict.satisfied ? 'success' : 'failure', context: 'dhow/policy', description: verdict.description });
    expect(verdict.satisfied).toBe(true);
    expect(verdict.approvals.approvers.sort()).toEqual(['bob', 'dan', 'erin']);
    const byRoute = gh.calls.byRoute();
    // The roles of the three who approve the head come in one GraphQL query, not one REST call each.
    expect(byRoute['GET /repos/{owner}/{repo}/collaborators/{username}/permission']).toBeUndefined();
    console.log(`policy-check on a pull request with 5 reviews: ${gh.calls.total()} API calls`, byRoute);
    // Constant in the number of reviewers: the roles come in one query, dhow.yaml with the base's head.
    // The target is 8 (test/integration/github-call-ceilings.test.ts holds it for the action too).
    expect(gh.calls.total()).toBeLessThanOrEqual(8);
  });
});
