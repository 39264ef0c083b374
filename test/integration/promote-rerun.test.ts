/**
 * Promoting the version that already runs in the environment is nothing to do, not a refusal (issue 12):
 * promote.yml's promote job re-run after its pull request was merged, or `dhow promote` in an idempotent
 * script, succeeds without a write and names the merged request when the forge finds it. On both forges:
 * the promote action against the GitHub emulator, the CLI on a local registry. The library's
 * openPromotion, which must hand back a request, still refuses.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { createGitHubForge } from '../../src/forge/github.js';
import { openLocalForge } from '../../src/forge/local.js';
import { recordingLogger } from '../../src/logger.js';
import { mergePromotion } from '../../src/policy/merge.js';
import { openPromotion } from '../../src/promote/execute.js';
import { runActionProcess } from '../support/action.js';
import { dhow } from '../support/cli.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { refs, seedRegistry } from '../support/github/registry.js';
import { promoteAndMerge, refsSnapshot, register, tempRegistry } from '../support/registry.js';

describe('a re-run of the promote action after its pull request was merged (GitHub)', () => {
  const REPO = 'acme/registry';
  let gh: GitHubEmulator;
  let workspace: string;
  beforeAll(async () => {
    gh = await startGitHubEmulator({ repositories: [REPO], users: ['data-scientist', 'bob'] });
    await seedRegistry(gh, REPO, { models: { sentiment: ['1.0.0'] }, stagingReviewers: { users: ['bob'] } });
    workspace = await mkdtemp(join(tmpdir(), 'dhow-rerun-ws-'));
  });
  afterAll(() => gh.stop());
  afterEach(() => expect(gh.violations.splice(0)).toEqual([]));
  const env = () => ({ GITHUB_API_URL: gh.url, DHOW_GITHUB_PACING: 'off' });
  const inputs = (environment: string) => ({ 'github-token': gh.token, registry: REPO, model: 'sentiment', version: '1.0.0', environment });

  it('succeeds with operation "none" and the merged pull request, writing nothing', async () => {
    const first = await runActionProcess('promote', { inputs: inputs('staging'), env: env(), cwd: workspace });
    expect(first.annotations).toEqual([]);
    expect(first.outputs.operation).toBe('created');
    const number = first.outputs['pull-request-number']!;
    await new Octokit({ auth: gh.tokenFor('bob'), baseUrl: gh.url }).pulls.createReview({
      owner: 'acme',
      repo: 'registry',
      pull_number: Number(number),
      event: 'APPROVE',
    });
    const forge = createGitHubForge({ token: gh.token, repository: REPO, baseUrl: gh.url, logger: recordingLogger(), pacing: false, backoffUnitMs: 5 });
    await mergePromotion(forge, number, { by: 'data-scientist' });
    expect(gh.pulls(REPO).find((p) => p.number === Number(number))!.merged).toBe(true);

    const before = refs(gh, REPO);
    gh.resetCalls();
    const rerun = await runActionProcess('promote', { inputs: inputs('staging'), env: env(), cwd: workspace });
    expect(rerun.annotations).toEqual([]);
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs).toMatchObject({
      operation: 'none',
      'pull-request-number': number,
      'pull-request-url': `${gh.url}/acme/registry/pull/${number}`,
      branch: 'dhow/promote/staging/sentiment',
    });
    expect(rerun.stdout).toContain('sentiment 1.0.0 already runs in staging: nothing to do');
    expect(rerun.summary).toContain('sentiment 1.0.0 already runs in staging: nothing to do');
    expect(gh.calls.writes()).toEqual([]);
    expect(refs(gh, REPO)).toBe(before);
  });

  it('succeeds with empty request outputs when no request put the version there', async () => {
    // seedRegistry put sentiment 1.0.0 in dev by a plain commit: there is no pull request to name.
    const before = refs(gh, REPO);
    gh.resetCalls();
    const run = await runActionProcess('promote', { inputs: inputs('dev'), env: env(), cwd: workspace });
    expect(run.annotations).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ operation: 'none', 'pull-request-number': '', 'pull-request-url': '', branch: '' });
    expect(run.stdout).toContain('sentiment 1.0.0 already runs in dev: nothing to do');
    expect(gh.calls.writes()).toEqual([]);
    expect(refs(gh, REPO)).toBe(before);
  });
});

describe('dhow promote of the version already live (local registry)', () => {
  it('exits 0 saying there is nothing to do, names the merged request, and writes nothing', { timeout: 120_000 }, async () => {
    const registry = await tempRegistry();
    expect((await register(registry, 'm', 'v1')).code).toBe(0);
    const id = await promoteAndMerge(registry, 'm', 'v1', 'dev');
    const before = refsSnapshot(registry);

    const text = await dhow(['promote', '--registry', registry, '--model', 'm', '--version', 'v1', '--to', 'dev', '--as', 'ds']);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(`m v1 already runs in dev: nothing to do (request ${id}, dhow://${registry}/requests/${id})\n`);
    const json = await dhow(['promote', '--registry', registry, '--model', 'm', '--version', 'v1', '--to', 'dev', '--as', 'ds', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ request: id, operation: 'none', live: true });
    expect(refsSnapshot(registry)).toBe(before);

    // openPromotion promises a request to review; for a live version there is none to open.
    const error = await openPromotion(
      await openLocalForge(registry, { identity: { name: 'ds' } }),
      { model: 'm', version: 'v1', environment: 'dev' },
      { by: 'ds' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DhowError);
    expect((error as DhowError).reasons).toEqual(['m v1 already runs in dev: nothing to do']);
    expect(refsSnapshot(registry)).toBe(before);
  });
});
