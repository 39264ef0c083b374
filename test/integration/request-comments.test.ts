/**
 * A request's conversation: `Forge.listComments` on both forges (the GitHub one over real Octokit against the
 * emulator, every page), and `dhow requests show` printing people's comments and dhow's own by purpose.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../../src/forge/github.js';
import { openLocalForge } from '../../src/forge/local.js';
import { recordingLogger } from '../../src/logger.js';
import { openPromotion } from '../../src/promote/execute.js';
import { dhow } from '../support/cli.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { seedRegistry } from '../support/github/registry.js';
import { promoteAndMerge, register, tempRegistry } from '../support/registry.js';

const json = (stdout: string) => JSON.parse(stdout);

describe('the comments of a request on GitHub', () => {
  const REPO = 'acme/registry';
  let gh: GitHubEmulator;
  let id: string;
  const forge = () => createGitHubForge({ token: gh.token, repository: REPO, baseUrl: gh.url, logger: recordingLogger(), pacing: false, backoffUnitMs: 5 });
  const remote = (args: string[]) =>
    dhow(args, { env: { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url, DHOW_GITHUB_PACING: 'off', DHOW_REGISTRY: undefined } });

  beforeAll(async () => {
    gh = await startGitHubEmulator({ repositories: [REPO], users: ['alice', 'omar'] });
    await seedRegistry(gh, REPO, { models: { m: ['1.0.0'] } });
    const opened = await openPromotion(forge(), { model: 'm', version: '1.0.0', environment: 'staging' }, { by: 'data-scientist', logger: recordingLogger() });
    id = opened.request!.id;
  }, 120_000);
  afterAll(() => gh.stop());

  it('lists people’s comments and dhow’s own, oldest first, over every page', async () => {
    const alice = new Octokit({ auth: gh.tokenFor('alice'), baseUrl: gh.url });
    const omar = new Octokit({ auth: gh.tokenFor('omar'), baseUrl: gh.url });
    await alice.issues.createComment({ owner: 'acme', repo: 'registry', issue_number: Number(id), body: 'latency looks high on staging' });
    await forge().upsertComment(id, 'gate-report', 'latency p95: 38 ms');
    // 101 more from omar: the listing takes two pages of 100.
    for (let i = 1; i <= 101; i++) await omar.issues.createComment({ owner: 'acme', repo: 'registry', issue_number: Number(id), body: `note ${i}` });

    gh.resetCalls();
    const comments = await forge().listComments(id);
    expect(gh.calls.list.map((c) => c.operationId)).toEqual(['issues/list-comments', 'issues/list-comments']);
    expect(comments).toHaveLength(103);
    expect(comments.slice(0, 3).map((c) => [c.author, c.marker, c.body])).toEqual([
      ['alice', undefined, 'latency looks high on staging'],
      [gh.botLogin, 'gate-report', 'latency p95: 38 ms'],
      ['omar', undefined, 'note 1'],
    ]);
    expect(comments[102]).toMatchObject({ author: 'omar', body: 'note 101' });
    expect(comments[0]!.url).toMatch(new RegExp(`/acme/registry/pull/${id}#issuecomment-\\d+$`));
    expect(gh.violations.splice(0)).toEqual([]);
  });

  it('dhow requests show --json carries them, and the text names dhow’s by purpose', { timeout: 240_000 }, async () => {
    const shown = await remote(['requests', '--repository', REPO, 'show', id, '--json']);
    expect(shown.stderr).toBe('');
    expect(shown.code).toBe(0);
    const out = json(shown.stdout);
    expect(out.comments).toHaveLength(103);
    expect(out.comments[0]).toEqual({
      author: 'alice',
      body: 'latency looks high on staging',
      marker: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      url: expect.stringContaining(`/pull/${id}#issuecomment-`),
    });
    expect(out.comments[1]).toMatchObject({ marker: 'gate-report', body: 'latency p95: 38 ms' });
    const text = await remote(['requests', '--repository', REPO, 'show', id]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/\nComments:\nalice, \S+:\n {2}latency looks high on staging\n/);
    expect(text.stdout).toMatch(new RegExp(`\\ndhow \\(gate-report\\) as ${gh.botLogin.replace(/[[\]]/g, '\\$&')}, \\S+:\\n {2}latency p95: 38 ms\\n`));
    expect(gh.violations.splice(0)).toEqual([]);
  });
});

describe('the comments of a request on a local registry', () => {
  it('are dhow’s own, one per purpose, with no author, and dhow requests show prints them', { timeout: 240_000 }, async () => {
    const reg = await tempRegistry();
    expect((await register(reg, 'm', 'v1')).code).toBe(0);
    await promoteAndMerge(reg, 'm', 'v1', 'dev');
    const p = json((await dhow(['promote', '--registry', reg, '--model', 'm', '--version', 'v1', '--to', 'staging', '--as', 'ds', '--json'])).stdout);

    const before = await dhow(['requests', '--registry', reg, 'show', p.request]);
    expect(before.stdout).toMatch(/No comments\n$/);

    const forge = await openLocalForge(reg);
    await forge.upsertComment(p.request, 'gate-report', 'accuracy 0.91\nlatency p95: 38 ms');
    await forge.upsertComment(p.request, 'gate-report', 'accuracy 0.92\nlatency p95: 37 ms');
    await forge.upsertComment(p.request, 'drift', 'no drift');
    expect((await forge.listComments(p.request)).map((c) => [c.author, c.marker, c.body])).toEqual([
      [null, 'gate-report', 'accuracy 0.92\nlatency p95: 37 ms'],
      [null, 'drift', 'no drift'],
    ]);

    const shown = json((await dhow(['requests', '--registry', reg, 'show', p.request, '--json'])).stdout);
    expect(shown.comments.map((c: Record<string, unknown>) => [c.author, c.marker, c.body, c.url])).toEqual([
      [null, 'gate-report', 'accuracy 0.92\nlatency p95: 37 ms', null],
      [null, 'drift', 'no drift', null],
    ]);
    const text = await dhow(['requests', '--registry', reg, 'show', p.request]);
    expect(text.stdout).toMatch(/\nComments:\ndhow \(gate-report\), \S+:\n {2}accuracy 0\.92\n {2}latency p95: 37 ms\n\ndhow \(drift\), \S+:\n {2}no drift\n$/);
  });
});
