/**
 * GitHub's governance rules, switched on in the emulator, and dhow's github forge against them: protection
 * and rulesets, repository settings, token identities, auto-merge, pagination, the Tree SHA fault, GHES and
 * the client_payload limit. Statuses and messages are GitHub's (see test/support/github/rules.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
import { createGitHubForge } from '../../src/forge/github.js';
import { DhowError } from '../../src/errors.js';
import { recordingLogger } from '../../src/logger.js';
import { startGitHubEmulator, treeNotYetVisible, type GitHubEmulator } from '../support/github/index.js';
import { bareGit } from '../support/github/registry.js';

const APP = 'dhow-app';
const APP_LOGIN = `${APP}[bot]`;
const REPOS = ['acme/direct', 'acme/checks', 'acme/reviews', 'acme/signed', 'acme/settings', 'acme/auto', 'acme/pages', 'acme/reviewers'];
let gh: GitHubEmulator;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    repositories: REPOS,
    users: ['alice', 'bob', 'reader', 'layla'],
    teams: { 'acme/ml-leads': ['alice'] },
    apps: { [APP]: { membersRead: true } },
    collaborators: { 'acme/reviews': { acme: 'admin', alice: 'write', bob: 'maintain', reader: 'read', layla: 'write' } },
    enforceRules: true,
  });
});
afterAll(() => gh.stop());
afterEach(() => {
  gh.clearFaults();
  expect(gh.violations.splice(0)).toEqual([]);
});

const octokit = (token: string) => new Octokit({ auth: token, baseUrl: gh.url });
const forgeFor = (repository: string, token = gh.token, logger = recordingLogger()) =>
  createGitHubForge({ token, repository, baseUrl: gh.url, logger, pacing: false, backoffUnitMs: 2 });
const [owner] = ['acme'];

/** A branch off main holding one changed file, made through dhow's forge as `token`; returns its head. */
async function branchWith(repository: string, branch: string, path: string, content: string, token = gh.token): Promise<string> {
  const forge = forgeFor(repository, token);
  const main = (await forge.branchHead('main'))!;
  const { sha } = await forge.commitFiles({ branch, expectedHead: null, from: main, changes: [{ path, content }], message: `Change ${path}` });
  return sha;
}

async function openPull(repository: string, branch: string, token = gh.appToken(APP)): Promise<number> {
  const repo = repository.split('/')[1]!;
  const { data } = await octokit(token).pulls.create({ owner, repo, head: branch, base: 'main', title: `Change on ${branch}` });
  return data.number;
}

async function refusalOf(promise: Promise<unknown>): Promise<{ status?: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { status: (error as { status?: number }).status, message: (error as Error).message };
  }
  throw new Error('expected a refusal');
}

describe('branch protection and rulesets on the default branch', () => {
  it('refuses a direct ref update under a ruleset requiring pull requests, and dhow names the rule without retrying', async () => {
    const REPO = 'acme/direct';
    gh.protect(REPO, 'main', { kind: 'ruleset', requirePullRequest: true });
    const forge = forgeFor(REPO);
    const main = (await forge.branchHead('main'))!;
    const commit = await octokit(gh.token).git.createCommit({
      owner,
      repo: 'direct',
      message: 'direct',
      tree: bareGit(gh, REPO, ['rev-parse', 'main^{tree}']),
      parents: [main],
    });
    const refused = await refusalOf(octokit(gh.token).git.updateRef({ owner, repo: 'direct', ref: 'heads/main', sha: commit.data.sha }));
    expect(refused.status).toBe(422);
    expect(refused.message).toContain('Repository rule violations found\n\nChanges must be made through a pull request.');

    gh.resetCalls();
    const error = await forge
      .commitFiles({ branch: 'main', expectedHead: main, changes: [{ path: 'a.txt', content: 'a\n' }], message: 'direct' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DhowError);
    expect((error as DhowError).code).toBe('refused');
    expect((error as DhowError).message).toMatch(/GitHub refused to move main: it requires pull requests: change it through a pull request/);
    // Asked once (one createCommitOnBranch), never retried.
    expect(gh.calls.writes()).toHaveLength(1);
    expect(bareGit(gh, REPO, ['rev-parse', 'main'])).toBe(main);
    gh.protect(REPO, 'main', null);
  });

  it('still reports a non-fast-forward as a race (DhowError conflict), so callers re-plan', async () => {
    const REPO = 'acme/direct';
    const forge = forgeFor(REPO);
    const main = (await forge.branchHead('main'))!;
    await gh.seed(REPO, { 'moved.txt': 'moved\n' });
    const error = await forge
      .commitFiles({ branch: 'main', expectedHead: main, changes: [{ path: 'b.txt', content: 'b\n' }], message: 'late' })
      .catch((e: unknown) => e);
    expect((error as DhowError).code).toBe('conflict');
  });

  it('pins a required status check to the app that sets it: the same context from another creator does not count', async () => {
    const REPO = 'acme/checks';
    gh.protect(REPO, 'main', { kind: 'protection', requiredStatusChecks: [{ context: 'dhow/policy', setBy: APP_LOGIN }] });
    const head = await branchWith(REPO, 'feature/a', 'a.txt', 'a\n');
    const number = await openPull(REPO, 'feature/a');
    // A person sets the context by hand: GitHub still expects the app's status.
    await octokit(gh.tokenFor('layla')).repos.createCommitStatus({ owner, repo: 'checks', sha: head, state: 'success', context: 'dhow/policy' });
    const refused = await refusalOf(octokit(gh.appToken(APP)).pulls.merge({ owner, repo: 'checks', pull_number: number, sha: head }));
    expect(refused).toMatchObject({ status: 405 });
    expect(refused.message).toContain('Required status check "dhow/policy" is expected.');
    // A direct push of the branch's commit onto main is refused with GitHub's 422, and dhow names the check.
    const direct = await forgeFor(REPO)
      .commitFiles({ branch: 'main', expectedHead: (await forgeFor(REPO).branchHead('main'))!, changes: [{ path: 'x.txt', content: 'x\n' }], message: 'x' })
      .catch((e: unknown) => e);
    expect((direct as DhowError).message).toMatch(/requires the status check "dhow\/policy" to pass first/);

    await octokit(gh.appToken(APP)).repos.createCommitStatus({ owner, repo: 'checks', sha: head, state: 'success', context: 'dhow/policy' });
    const merged = await octokit(gh.appToken(APP)).pulls.merge({ owner, repo: 'checks', pull_number: number, sha: head });
    expect(merged.data.merged).toBe(true);
  });

  it('counts approvals only from users with write access, and dismisses them when the head moves', async () => {
    const REPO = 'acme/reviews';
    gh.protect(REPO, 'main', { kind: 'protection', requiredApprovingReviewCount: 1, dismissStaleReviews: true });
    const first = await branchWith(REPO, 'feature/r', 'r.txt', 'r1\n');
    const number = await openPull(REPO, 'feature/r');
    const merge = () => octokit(gh.tokenFor('bob')).pulls.merge({ owner, repo: 'reviews', pull_number: number, merge_method: 'squash' });
    await octokit(gh.tokenFor('reader')).pulls.createReview({ owner, repo: 'reviews', pull_number: number, event: 'APPROVE' });
    const refused = await refusalOf(merge());
    expect(refused).toMatchObject({ status: 405 });
    expect(refused.message).toContain('At least 1 approving review is required by reviewers with write access.');

    await octokit(gh.tokenFor('alice')).pulls.createReview({ owner, repo: 'reviews', pull_number: number, event: 'APPROVE' });
    // A push to the head dismisses alice's approval of the older commit.
    const forge = forgeFor(REPO);
    await forge.commitFiles({ branch: 'feature/r', expectedHead: first, changes: [{ path: 'r.txt', content: 'r2\n' }], message: 'r2' });
    const reviews = await octokit(gh.token).pulls.listReviews({ owner, repo: 'reviews', pull_number: number });
    expect(reviews.data.find((r) => r.user?.login === 'alice')?.state).toBe('DISMISSED');
    expect((await refusalOf(merge())).status).toBe(405);

    await octokit(gh.tokenFor('alice')).pulls.createReview({ owner, repo: 'reviews', pull_number: number, event: 'APPROVE' });
    expect((await merge()).data.merged).toBe(true);
  });

  it("signs an App's and GITHUB_TOKEN's Git Data API commits made without author, never a personal token's; required signatures refuse the latter", async () => {
    const REPO = 'acme/signed';
    const main = bareGit(gh, REPO, ['rev-parse', 'main']);
    const tree = bareGit(gh, REPO, ['rev-parse', 'main^{tree}']);
    const commitAs = async (token: string) =>
      (await octokit(token).git.createCommit({ owner, repo: 'signed', message: 'rest', tree, parents: [main] })).data.sha;
    const verified = async (sha: string) => (await octokit(gh.token).git.getCommit({ owner, repo: 'signed', commit_sha: sha })).data.verification?.verified;
    expect(await verified(await commitAs(gh.appToken(APP)))).toBe(true);
    expect(await verified(await commitAs(gh.token))).toBe(true);
    expect(await verified(await commitAs(gh.tokenFor('layla')))).toBe(false);
    // dhow's forge commits through createCommitOnBranch, which GitHub signs whoever the token belongs to.
    const viaPat = await branchWith(REPO, 'by-pat', 'pat.txt', 'pat\n', gh.tokenFor('layla'));
    expect(await verified(viaPat)).toBe(true);

    gh.protect(REPO, 'main', { kind: 'protection', requireSignatures: true });
    const patForge = forgeFor(REPO, gh.tokenFor('layla'));
    expect((await patForge.commitFiles({ branch: 'main', expectedHead: main, changes: [{ path: 'p.txt', content: 'p\n' }], message: 'p' })).changed).toBe(true);
    // A merge commit (a branch refreshed onto a base that moved) takes the Git Data API: unsigned for a personal token.
    const moved = (await patForge.branchHead('main'))!;
    const error = await patForge
      .commitFiles({ branch: 'main', expectedHead: moved, parent: viaPat, changes: [{ path: 'q.txt', content: 'q\n' }], message: 'q' })
      .catch((e: unknown) => e);
    expect((error as DhowError).code).toBe('refused');
    expect((error as DhowError).message).toMatch(/requires signed commits.*use a GitHub App token/);
    const appForge = forgeFor(REPO, gh.appToken(APP));
    expect(
      (await appForge.commitFiles({ branch: 'main', expectedHead: moved, parent: viaPat, changes: [{ path: 'q.txt', content: 'q\n' }], message: 'q' })).changed,
    ).toBe(true);
    gh.protect(REPO, 'main', null);
  });

  it('refuses merge commits under linear history', async () => {
    const REPO = 'acme/signed';
    gh.protect(REPO, 'main', { kind: 'ruleset', requireLinearHistory: true });
    const head = await branchWith(REPO, 'linear', 'l.txt', 'l\n');
    const number = await openPull(REPO, 'linear');
    const refused = await refusalOf(octokit(gh.appToken(APP)).pulls.merge({ owner, repo: 'signed', pull_number: number, sha: head, merge_method: 'merge' }));
    expect(refused).toMatchObject({ status: 405 });
    expect(refused.message).toContain('This branch must not contain merge commits.');
    expect((await octokit(gh.appToken(APP)).pulls.merge({ owner, repo: 'signed', pull_number: number, sha: head, merge_method: 'rebase' })).data.merged).toBe(
      true,
    );
    gh.protect(REPO, 'main', null);
  });
});

describe('repository settings and token identities', () => {
  it('shows the merge settings, and dhow merges a squash-only repository by squash', async () => {
    const REPO = 'acme/settings';
    gh.configure(REPO, { allowMergeCommit: false, allowRebaseMerge: false, allowSquashMerge: true });
    const repo = await octokit(gh.token).repos.get({ owner, repo: 'settings' });
    expect(repo.data).toMatchObject({ allow_merge_commit: false, allow_squash_merge: true, allow_rebase_merge: false });
    const head = await branchWith(REPO, 'squashed', 's.txt', 's\n');
    const number = await openPull(REPO, 'squashed');
    expect((await refusalOf(octokit(gh.token).pulls.merge({ owner, repo: 'settings', pull_number: number, merge_method: 'merge' }))).message).toContain(
      'Merge commits are not allowed on this repository.',
    );
    const { sha } = await forgeFor(REPO).mergeRequest(String(number), { expectedHeadSha: head, message: 'Squash it', mergedBy: 'alice' });
    expect(bareGit(gh, REPO, ['rev-list', '--parents', '-n', '1', sha]).split(' ')).toHaveLength(2);
    gh.configure(REPO, { allowMergeCommit: true, allowRebaseMerge: true });
  });

  it('refuses pull requests from GITHUB_TOKEN when Actions may not create them, not from an App', async () => {
    const REPO = 'acme/settings';
    gh.configure(REPO, { actionsCanCreatePullRequests: false });
    await branchWith(REPO, 'from-actions', 'f.txt', 'f\n');
    const refused = await refusalOf(octokit(gh.token).pulls.create({ owner, repo: 'settings', head: 'from-actions', base: 'main', title: 't' }));
    expect(refused).toMatchObject({ status: 403, message: expect.stringContaining('GitHub Actions is not permitted to create or approve pull requests.') });
    const error = await forgeFor(REPO)
      .openOrUpdateRequest({ branch: 'from-actions', base: 'main', title: 't', body: 'b', author: 'github-actions[bot]' })
      .catch((e: unknown) => e);
    expect((error as DhowError).message).toMatch(/failed with 403: .*"Allow GitHub Actions to create and approve pull requests" is off.*GitHub App token/);
    expect(await openPull(REPO, 'from-actions', gh.appToken(APP))).toBeGreaterThan(0);
    gh.configure(REPO, { actionsCanCreatePullRequests: true });
  });

  it('logs delivered events: those GITHUB_TOKEN causes start no workflow run, except repository_dispatch', async () => {
    const REPO = 'acme/settings';
    const before = gh.events(REPO).length;
    await branchWith(REPO, 'events-actions', 'e1.txt', 'e\n', gh.token);
    await openPull(REPO, 'events-actions', gh.token);
    await branchWith(REPO, 'events-app', 'e2.txt', 'e\n', gh.appToken(APP));
    await openPull(REPO, 'events-app', gh.appToken(APP));
    await forgeFor(REPO).dispatch('dhow-drift-alert', { model: 'm' });
    const events = gh
      .events(REPO)
      .slice(before)
      .map((e) => `${e.event}:${e.action ?? e.ref}:${e.sender}:${e.startsWorkflows}`);
    // Two pushes per new branch: createRef makes it at main, createCommitOnBranch moves it to the commit.
    expect(events).toEqual([
      'push:events-actions:github-actions[bot]:false',
      'push:events-actions:github-actions[bot]:false',
      'pull_request:opened:github-actions[bot]:false',
      `push:events-app:${APP_LOGIN}:true`,
      `push:events-app:${APP_LOGIN}:true`,
      `pull_request:opened:${APP_LOGIN}:true`,
      'repository_dispatch:dhow-drift-alert:github-actions[bot]:true',
    ]);
  });

  it('refuses a client_payload over 65535 characters', async () => {
    const error = await forgeFor('acme/settings')
      .dispatch('dhow-drift-alert', { notes: 'x'.repeat(70_000) })
      .catch((e: unknown) => e);
    expect((error as DhowError).message).toMatch(/422.*client_payload is too large/);
  });
});

describe('auto-merge', () => {
  const REPO = 'acme/auto';
  it('is unavailable, with a warning, where the repository does not allow it or the base has no rules; a draft is an error', async () => {
    await branchWith(REPO, 'no-rules', 'n.txt', 'n\n');
    const number = await openPull(REPO, 'no-rules');
    const logger = recordingLogger();
    expect(await forgeFor(REPO, gh.token, logger).enableAutoMerge(String(number))).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('no branch protection or ruleset'),
    });
    gh.configure(REPO, { allowAutoMerge: false });
    expect(await forgeFor(REPO, gh.token, logger).enableAutoMerge(String(number))).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('"Allow auto-merge"'),
    });
    expect(logger.lines.filter((l) => l.level === 'warning')).toHaveLength(2);
    gh.configure(REPO, { allowAutoMerge: true });
    expect(gh.pulls(REPO).find((p) => p.number === number)!.state).toBe('open');

    await branchWith(REPO, 'draft', 'd.txt', 'd\n');
    await octokit(gh.appToken(APP)).pulls.create({ owner, repo: 'auto', head: 'draft', base: 'main', title: 'draft', draft: true });
    const draft = gh.pulls(REPO).find((p) => p.head === 'draft')!.number;
    const error = await forgeFor(REPO)
      .enableAutoMerge(String(draft))
      .catch((e: unknown) => e);
    expect((error as DhowError).code).toBe('refused');
    expect((error as DhowError).message).toMatch(/is a draft/);
  });

  it('merges at once, at the head it read, when nothing is left to wait for ("clean status")', async () => {
    gh.protect(REPO, 'main', { kind: 'ruleset', requiredStatusChecks: [{ context: 'dhow/policy', setBy: APP_LOGIN }] });
    const head = await branchWith(REPO, 'clean', 'c.txt', 'c\n');
    const number = await openPull(REPO, 'clean');
    await octokit(gh.appToken(APP)).repos.createCommitStatus({ owner, repo: 'auto', sha: head, state: 'success', context: 'dhow/policy' });
    const outcome = await forgeFor(REPO, gh.appToken(APP)).enableAutoMerge(String(number));
    expect(outcome.kind).toBe('merged');
    const pull = gh.pulls(REPO).find((p) => p.number === number)!;
    expect(pull).toMatchObject({ merged: true, closedHeadSha: head });
  });

  it('merges by itself once the required status arrives', async () => {
    const head = await branchWith(REPO, 'waits', 'w.txt', 'w\n');
    const number = await openPull(REPO, 'waits');
    expect(await forgeFor(REPO, gh.appToken(APP)).enableAutoMerge(String(number))).toEqual({ kind: 'enabled' });
    expect(gh.pulls(REPO).find((p) => p.number === number)!.merged).toBe(false);
    await octokit(gh.appToken(APP)).repos.createCommitStatus({ owner, repo: 'auto', sha: head, state: 'success', context: 'dhow/policy' });
    expect(gh.pulls(REPO).find((p) => p.number === number)!).toMatchObject({ merged: true, mergedBy: APP_LOGIN });
    gh.protect(REPO, 'main', null);
  });
});

describe("reads, writes and reviewers under GitHub's limits", () => {
  it('pages reviews and comments with Link headers, and marks comment authors', async () => {
    const REPO = 'acme/pages';
    await branchWith(REPO, 'paged', 'p.txt', 'p\n');
    const number = await openPull(REPO, 'paged');
    const repo = gh.repository(REPO);
    const pull = repo.pulls.find((p) => p.number === number)!;
    for (let i = 0; i < 130; i++)
      pull.reviews.push({
        id: 90_000 + i,
        user: i % 2 ? 'alice' : 'bob',
        body: '',
        state: 'COMMENTED',
        commitId: 'x'.repeat(40),
        submittedAt: '2026-01-01T00:00:00Z',
      });
    for (let i = 0; i < 105; i++)
      repo.comments.push({ id: 80_000 + i, issue: number, user: 'alice', body: `c${i}`, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });
    await octokit(gh.tokenFor('layla')).issues.createComment({ owner, repo: 'pages', issue_number: number, body: 'hi' });
    const first = await octokit(gh.token).pulls.listReviews({ owner, repo: 'pages', pull_number: number, per_page: 100 });
    expect(first.headers.link).toMatch(/page=2>; rel="next"/);
    expect(await forgeFor(REPO).listReviews(String(number))).toHaveLength(130);
    const comments = await octokit(gh.token).paginate(octokit(gh.token).issues.listComments, { owner, repo: 'pages', issue_number: number, per_page: 100 });
    expect(comments).toHaveLength(106);
    expect(comments.at(-1)!.author_association).toBe('COLLABORATOR');
    const pr = await octokit(gh.token).pulls.get({ owner, repo: 'pages', pull_number: number });
    expect(pr.data.author_association).toBe('NONE'); // an App is no collaborator
  });

  it('retries the transient "Tree SHA does not exist" after createTree', async () => {
    const REPO = 'acme/pages';
    // A branch whose base moved is refreshed with a merge commit: the Git Data API's createTree and createCommit.
    const head = await branchWith(REPO, 'tree-lag', 't.txt', 't\n');
    const main = await gh.seed(REPO, { 'moved.txt': 'moved\n' });
    gh.injectFault(treeNotYetVisible(2));
    gh.resetCalls();
    const { sha } = await forgeFor(REPO).commitFiles({
      branch: 'tree-lag',
      expectedHead: head,
      parent: main,
      changes: [{ path: 't.txt', content: 't2\n' }],
      message: 't',
    });
    expect(bareGit(gh, REPO, ['rev-parse', 'tree-lag'])).toBe(sha);
    expect(gh.calls.list.filter((c) => c.operationId === 'git/create-commit').map((c) => c.status)).toEqual([422, 422, 201]);
  });

  it('requests users and teams in separate calls without the author; a team GITHUB_TOKEN cannot see is skipped with a warning', async () => {
    const REPO = 'acme/reviewers';
    const forge = forgeFor(REPO, gh.token);
    const main = (await forge.branchHead('main'))!;
    await forge.commitFiles({ branch: 'dhow/promote/staging/m', expectedHead: null, from: main, changes: [{ path: 'm.txt', content: 'm\n' }], message: 'm' });
    const logger = recordingLogger();
    gh.resetCalls();
    const { request } = await forgeFor(REPO, gh.token, logger).openOrUpdateRequest({
      branch: 'dhow/promote/staging/m',
      base: 'main',
      title: 'Promote m',
      body: 'b',
      reviewers: { users: ['alice', 'github-actions[bot]'], teams: ['acme/ml-leads'] },
      author: 'github-actions[bot]',
    });
    const asks = gh.calls.list.filter((c) => c.operationId === 'pulls/request-reviewers');
    expect(asks.map((c) => c.body)).toEqual([{ reviewers: ['alice'] }, { team_reviewers: ['ml-leads'] }]);
    expect(asks.map((c) => c.status)).toEqual([201, 422]);
    expect(logger.lines.map((l) => l.message).join('\n')).toMatch(/could not request reviews from teams ml-leads .*Members: read.*read:org/);
    const pull = gh.pulls(REPO).find((p) => p.number === Number(request.id))!;
    expect(pull.requestedReviewers).toEqual(['alice']);
  });
});

describe('release history from merged pull requests', () => {
  it('reports a promotion as its merged pull request (number, who merged, merge commit), never an older commit of its branch', async () => {
    const REPO = 'acme/pages';
    const path = 'releases/dev/m.yaml';
    const seeded = await gh.seed(REPO, { [path]: 'version: 1\n' }, { message: 'Seed m' });
    const forge = forgeFor(REPO);
    const first = await branchWith(REPO, 'dhow/promote/dev/m', path, 'version: 2\n');
    // Re-planned before anyone merged: the branch's first commit never reached main as such.
    const { sha: second } = await forge.commitFiles({
      branch: 'dhow/promote/dev/m',
      expectedHead: first,
      changes: [{ path, content: 'version: 3\n' }],
      message: 'Promote m 3',
    });
    const number = await openPull(REPO, 'dhow/promote/dev/m');
    const merged = await octokit(gh.tokenFor('bob')).pulls.merge({ owner, repo: 'pages', pull_number: number, sha: second });
    await branchWith(REPO, 'dhow/promote/dev/other', path, 'version: 4\n');
    await openPull(REPO, 'dhow/promote/dev/other');

    const history = await forgeFor(REPO).history(path, 'main');
    expect(history.map((c) => [c.sha, c.request])).toEqual([
      [second, { id: String(number), mergedBy: 'bob', mergeSha: merged.data.sha }],
      [seeded, undefined],
    ]);
  });
});

describe('GitHub Enterprise Server', () => {
  it('serves REST under /api/v3 and GraphQL at /api/graphql, and dhow reads and writes through both', async () => {
    const ghes = await startGitHubEmulator({ repositories: ['acme/registry'], ghes: true });
    try {
      expect(ghes.url).toMatch(/\/api\/v3$/);
      const forge = createGitHubForge({ token: ghes.token, repository: 'acme/registry', baseUrl: ghes.url, logger: recordingLogger(), pacing: false });
      expect(await forge.defaultBranch()).toBe('main');
      const main = (await forge.branchHead('main'))!;
      const { changed } = await forge.commitFiles({ branch: 'main', expectedHead: main, changes: [{ path: 'x.txt', content: 'x\n' }], message: 'x' });
      expect(changed).toBe(true);
      expect(await forge.readFile('x.txt', 'main')).toBe('x\n');
      expect(ghes.calls.list.map((c) => c.route)).toContain('POST /graphql');
      expect(ghes.violations).toEqual([]);
    } finally {
      await ghes.stop();
    }
  });
});
