import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';

const REPO = 'acme/registry';
let gh: GitHubEmulator;
let octokit: Octokit;

beforeAll(async () => {
  gh = await startGitHubEmulator({ repositories: [REPO], users: ['alice', 'bob'], teams: { 'acme/ml-leads': ['alice'] } });
  octokit = new Octokit({ auth: gh.token, baseUrl: gh.url });
});
afterAll(() => gh.stop());
afterEach(() => {
  gh.clearFaults();
});

const owner = 'acme';
const repo = 'registry';

function git(args: string[], cwd?: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

describe('the GitHub emulator', () => {
  it('writes real git objects: a tree on a base tree and a commit land in a bare repository git can clone', async () => {
    const main = await octokit.git.getRef({ owner, repo, ref: 'heads/main' });
    const base = await octokit.git.getCommit({ owner, repo, commit_sha: main.data.object.sha });
    const blob = await octokit.git.createBlob({ owner, repo, content: 'hello\n', encoding: 'utf-8' });
    // git's own blob id for "hello\n", computed by `printf 'hello\n' | git hash-object --stdin`
    expect(blob.data.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    const tree = await octokit.git.createTree({
      owner,
      repo,
      base_tree: base.data.tree.sha,
      tree: [
        { path: 'a/b/c.txt', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'd.txt', mode: '100644', type: 'blob', content: 'inline\n' },
      ],
    });
    const commit = await octokit.git.createCommit({ owner, repo, message: 'Add files', tree: tree.data.sha, parents: [main.data.object.sha] });
    expect(commit.data.verification?.verified).toBe(true);
    await octokit.git.updateRef({ owner, repo, ref: 'heads/main', sha: commit.data.sha, force: false });

    const clone = mkdtempSync(join(tmpdir(), 'emu-clone-'));
    git(['clone', '--quiet', gh.barePath(REPO), clone]);
    expect(readFileSync(join(clone, 'a/b/c.txt'), 'utf8')).toBe('hello\n');
    expect(readFileSync(join(clone, 'README.md'), 'utf8')).toBe('# acme/registry\n');
    expect(git(['rev-parse', 'HEAD'], clone)).toBe(commit.data.sha);
    expect(git(['log', '-1', '--format=%cn <%ce>'], clone)).toBe('GitHub <noreply@github.com>');
  });

  it("refuses a non-fast-forward updateRef with GitHub's message and leaves the ref alone", async () => {
    const main = await octokit.git.getRef({ owner, repo, ref: 'heads/main' });
    const base = await octokit.git.getCommit({ owner, repo, commit_sha: main.data.object.sha });
    const sideways = await octokit.git.createCommit({ owner, repo, message: 'orphan', tree: base.data.tree.sha, parents: [] });
    await expect(octokit.git.updateRef({ owner, repo, ref: 'heads/main', sha: sideways.data.sha, force: false })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Update is not a fast forward'),
    });
    expect(git(['--git-dir', gh.barePath(REPO), 'rev-parse', 'main'])).toBe(main.data.object.sha);
  });

  it('fails a request with a field GitHub does not know, and records the violation', async () => {
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: 'refs/heads/x', sha: 'a'.repeat(40), force: true } as never),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.violations.pop()).toMatch(/body field "force" is not in the description of git\/create-ref/);
  });

  it('reads files at a ref through the contents API and GraphQL', async () => {
    await gh.seed(REPO, { 'dir/one.yaml': 'one: 1\n', 'dir/two.yaml': 'two: 2\n' });
    const file = await octokit.repos.getContent({ owner, repo, path: 'dir/one.yaml', ref: 'main' });
    expect(Buffer.from((file.data as { content: string }).content, 'base64').toString()).toBe('one: 1\n');
    const dir = await octokit.repos.getContent({ owner, repo, path: 'dir' });
    expect((dir.data as { name: string }[]).map((e) => e.name)).toEqual(['one.yaml', 'two.yaml']);
    const result = await octokit.graphql<{ repository: { a: { text: string }; b: null; d: { entries: { name: string }[] } } }>(
      `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) {
        a: object(expression: "main:dir/two.yaml") { ... on Blob { text } }
        b: object(expression: "main:missing.yaml") { ... on Blob { text } }
        d: object(expression: "main:dir") { ... on Tree { entries { name } } } } }`,
      { owner, name: repo },
    );
    expect(result.repository.a.text).toBe('two: 2\n');
    expect(result.repository.b).toBeNull();
    expect(result.repository.d.entries.map((e) => e.name)).toEqual(['one.yaml', 'two.yaml']);
    await expect(octokit.graphql(`{ repository(owner: "acme", name: "registry") { nosuchfield } }`)).rejects.toThrow(
      "Field 'nosuchfield' doesn't exist on type 'Repository'",
    );
  });

  it('runs a pull request through reviews, statuses, labels, comments and merge', async () => {
    const main = (await octokit.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
    const tree = (await octokit.git.getCommit({ owner, repo, commit_sha: main })).data.tree.sha;
    const t2 = await octokit.git.createTree({ owner, repo, base_tree: tree, tree: [{ path: 'x.txt', mode: '100644', type: 'blob', content: 'x' }] });
    const c = await octokit.git.createCommit({ owner, repo, message: 'x', tree: t2.data.sha, parents: [main] });
    await octokit.git.createRef({ owner, repo, ref: 'refs/heads/feature', sha: c.data.sha });
    const pr = await octokit.pulls.create({ owner, repo, head: 'feature', base: 'main', title: 'Feature' });
    await expect(octokit.pulls.create({ owner, repo, head: 'feature', base: 'main', title: 'Again' })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('A pull request already exists for acme:feature'),
    });
    const listed = await octokit.pulls.list({ owner, repo, head: 'acme:feature', state: 'open' });
    expect(listed.data.map((p) => p.number)).toEqual([pr.data.number]);

    await octokit.pulls.requestReviewers({ owner, repo, pull_number: pr.data.number, reviewers: ['alice'], team_reviewers: ['ml-leads'] });
    const asAlice = new Octokit({ auth: gh.tokenFor('alice'), baseUrl: gh.url });
    await asAlice.pulls.createReview({ owner, repo, pull_number: pr.data.number, event: 'APPROVE' });
    await expect(octokit.pulls.createReview({ owner, repo, pull_number: pr.data.number, event: 'APPROVE' })).rejects.toMatchObject({ status: 422 });
    const reviews = await octokit.pulls.listReviews({ owner, repo, pull_number: pr.data.number });
    expect(reviews.data.map((r) => [r.user?.login, r.state, r.commit_id])).toEqual([['alice', 'APPROVED', c.data.sha]]);

    await octokit.issues.addLabels({ owner, repo, issue_number: pr.data.number, labels: ['dhow', 'env:staging'] });
    const comment = await octokit.issues.createComment({ owner, repo, issue_number: pr.data.number, body: 'hi' });
    await octokit.issues.updateComment({ owner, repo, comment_id: comment.data.id, body: 'edited' });
    expect((await octokit.issues.listComments({ owner, repo, issue_number: pr.data.number })).data.map((x) => x.body)).toEqual(['edited']);
    await octokit.repos.createCommitStatus({ owner, repo, sha: c.data.sha, state: 'success', context: 'dhow/policy', description: 'ok' });
    expect((await octokit.repos.listCommitStatusesForRef({ owner, repo, ref: 'feature' })).data[0]?.state).toBe('success');

    const member = await octokit.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'ml-leads', username: 'alice' });
    expect(member.data.state).toBe('active');
    await expect(octokit.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'ml-leads', username: 'bob' })).rejects.toMatchObject({ status: 404 });

    const auto = await octokit.graphql<{ enablePullRequestAutoMerge: { pullRequest: { autoMergeRequest: { mergeMethod: string } } } }>(
      `mutation($id: ID!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: SQUASH }) { pullRequest { autoMergeRequest { mergeMethod } } } }`,
      { id: pr.data.node_id },
    );
    expect(auto.enablePullRequestAutoMerge.pullRequest.autoMergeRequest.mergeMethod).toBe('SQUASH');

    await expect(octokit.pulls.merge({ owner, repo, pull_number: pr.data.number, sha: main })).rejects.toMatchObject({ status: 409 });
    const merged = await octokit.pulls.merge({ owner, repo, pull_number: pr.data.number, sha: c.data.sha, merge_method: 'squash' });
    expect(git(['--git-dir', gh.barePath(REPO), 'show', `${merged.data.sha}:x.txt`])).toBe('x');
    expect((await octokit.pulls.get({ owner, repo, pull_number: pr.data.number })).data.merged).toBe(true);
  });

  it('counts calls per route and injects faults: 5xx, then a secondary rate limit with retry-after', async () => {
    gh.resetCalls();
    gh.injectFault({ route: 'git/get-ref', status: 502 });
    await expect(octokit.git.getRef({ owner, repo, ref: 'heads/main' })).rejects.toMatchObject({ status: 502 });
    await octokit.git.getRef({ owner, repo, ref: 'heads/main' });
    gh.injectFault({ route: 'GET /repos/{owner}/{repo}/git/ref/{ref}', status: 403, retryAfter: 7 });
    const error = await octokit.git.getRef({ owner, repo, ref: 'heads/main' }).catch((e) => e);
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/secondary rate limit/);
    expect(error.response.headers['retry-after']).toBe('7');
    expect(gh.calls.byRoute()).toEqual({ 'GET /repos/{owner}/{repo}/git/ref/{ref}': 3 });
    expect(gh.calls.writes()).toEqual([]);
  });

  it("has seen no request or response that breaks GitHub's OpenAPI description", () => {
    expect(gh.violations).toEqual([]);
  });
});
