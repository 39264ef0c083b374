/**
 * Commits through GitHub's GraphQL createRef and createCommitOnBranch mutations: the emulator's rules for them
 * (token permissions, protection and rulesets as for a push, a stale expected head, a missing branch, a ref that
 * exists, inputs GitHub's schema refuses), and the github forge on top: one call for a new branch and its commit,
 * the same tree the Git Data API builds, a lost race as DhowError('conflict'), a refusal as DhowError('refused')
 * with nothing left behind.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
import { createGitHubForge } from '../../src/forge/github.js';
import { parseTrailers } from '../../src/forge/forge.js';
import { DhowError } from '../../src/errors.js';
import { recordingLogger } from '../../src/logger.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit } from '../support/github/registry.js';

const APP = 'dhow-app';
const READ_ONLY_APP = 'reader-app';
const REPO = 'acme/commits';
let gh: GitHubEmulator;
let repositoryId: string;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    repositories: [REPO],
    users: ['layla', 'reader'],
    apps: { [APP]: {}, [READ_ONLY_APP]: { contents: 'read' } },
    collaborators: { [REPO]: { acme: 'admin', layla: 'write', reader: 'read' } },
    enforceRules: true,
  });
  await gh.seed(REPO, { 'keep.txt': 'keep\n', 'gone.txt': 'gone\n', 'dir/old.txt': 'old\n' });
  const answer = await octokit(gh.token).graphql<{ repository: { id: string } }>(`query { repository(owner: "acme", name: "commits") { id } }`);
  repositoryId = answer.repository.id;
});
afterAll(() => gh.stop());
afterEach(() => {
  gh.clearFaults();
  for (const branch of ['main', 'dhow/partial', 'dhow/restricted']) gh.protect(REPO, branch, null);
  expect(gh.violations.splice(0)).toEqual([]);
});

const octokit = (token: string) => new Octokit({ auth: token, baseUrl: gh.url });
const forgeFor = (token = gh.token, logger = recordingLogger()) =>
  createGitHubForge({ token, repository: REPO, baseUrl: gh.url, logger, pacing: false, backoffUnitMs: 2 });
const head = (branch: string) => bareGit(gh, REPO, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]).trim();
const branches = () => bareGit(gh, REPO, ['for-each-ref', '--format=%(refname:short)', 'refs/heads/']).trim().split('\n');
const b64 = (text: string) => Buffer.from(text).toString('base64');

const COMMIT = 'mutation($commit: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $commit) { commit { oid } } }';
const BOTH =
  'mutation($ref: CreateRefInput!, $commit: CreateCommitOnBranchInput!) { branch: createRef(input: $ref) { ref { name } } commit: createCommitOnBranch(input: $commit) { commit { oid } } }';
const commitInput = (branch: string, expected: string, extra: Record<string, unknown> = {}) => ({
  branch: { repositoryNameWithOwner: REPO, branchName: branch },
  expectedHeadOid: expected,
  message: { headline: 'Change', body: 'Why it changed.\n\nDhow-Model: m' },
  fileChanges: { additions: [{ path: 'dir/new.txt', contents: b64('new\n') }] },
  ...extra,
});

/** The GraphQL errors of a refused document (type, message, path), and what data came back. */
async function graphqlRefusal(token: string, query: string, variables: Record<string, unknown>) {
  try {
    await octokit(token).graphql(query, variables);
  } catch (error) {
    const e = error as { errors?: { type?: string; message: string; path?: string[] }[]; data?: unknown };
    if (!e.errors) throw error;
    return { errors: e.errors.map(({ type, message, path }) => ({ type, message, path })), data: e.data };
  }
  throw new Error('expected GitHub to refuse the document');
}

describe('the emulated createCommitOnBranch and createRef mutations', () => {
  it('commit on the expected head: its tree plus the changes, a headline and body message, authored by the token owner and signed by GitHub', async () => {
    const before = head('main');
    const { createCommitOnBranch } = await octokit(gh.appToken(APP)).graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(COMMIT, {
      commit: commitInput('main', before, {
        fileChanges: { additions: [{ path: 'dir/new.txt', contents: b64('new\n') }], deletions: [{ path: 'gone.txt' }] },
      }),
    });
    const sha = createCommitOnBranch.commit.oid;
    expect(head('main')).toBe(sha);
    expect(bareGit(gh, REPO, ['rev-list', '--parents', '-n', '1', sha]).trim().split(' ')).toEqual([sha, before]);
    expect(bareGit(gh, REPO, ['ls-tree', '-r', '--name-only', sha]).trim().split('\n')).toEqual(['README.md', 'dir/new.txt', 'dir/old.txt', 'keep.txt']);
    expect(bareGit(gh, REPO, ['show', `${sha}:dir/new.txt`]).trim()).toBe('new');
    expect(bareGit(gh, REPO, ['log', '-1', '--format=%B', sha]).trimEnd()).toBe('Change\n\nWhy it changed.\n\nDhow-Model: m');
    expect(bareGit(gh, REPO, ['log', '-1', '--format=%an|%cn|%ce', sha]).trim()).toBe(`${APP}[bot]|GitHub|noreply@github.com`);
    const rest = await octokit(gh.token).git.getCommit({ owner: 'acme', repo: 'commits', commit_sha: sha });
    expect(rest.data.verification?.verified).toBe(true);
  });

  it("signs a personal token's commit too, unlike the Git Data API", async () => {
    const before = head('main');
    const answer = await octokit(gh.tokenFor('layla')).graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(COMMIT, {
      commit: commitInput('main', before, { fileChanges: { additions: [{ path: 'pat.txt', contents: b64('pat\n') }] } }),
    });
    const rest = await octokit(gh.token).git.getCommit({ owner: 'acme', repo: 'commits', commit_sha: answer.createCommitOnBranch.commit.oid });
    expect(rest.data.verification?.verified).toBe(true);
    expect(rest.data.author.name).toBe('layla');
  });

  it('refuses a stale expected head (STALE_DATA) and a missing branch (NOT_FOUND), moving nothing', async () => {
    const before = head('main');
    const stale = 'f'.repeat(40);
    expect((await graphqlRefusal(gh.token, COMMIT, { commit: commitInput('main', stale) })).errors).toEqual([
      { type: 'STALE_DATA', message: `Expected branch to point to "${stale}" but it did not.  Pull and try again.`, path: ['createCommitOnBranch'] },
    ]);
    const missing = await graphqlRefusal(gh.token, COMMIT, { commit: commitInput('no-such-branch', before) });
    expect(missing.errors[0]!.type).toBe('NOT_FOUND');
    expect(head('main')).toBe(before);
  });

  it('refuses to delete a path the head lacks, and a ref name that exists', async () => {
    const before = head('main');
    const deletion = await graphqlRefusal(gh.token, COMMIT, { commit: commitInput('main', before, { fileChanges: { deletions: [{ path: 'nowhere.txt' }] } }) });
    expect(deletion.errors[0]!.message).toBe(`A path was requested for deletion which does not exist as of commit oid \`${before}\``);
    const taken = await graphqlRefusal(gh.token, 'mutation($ref: CreateRefInput!) { createRef(input: $ref) { ref { name } } }', {
      ref: { repositoryId, name: 'refs/heads/main', oid: before },
    });
    expect(taken.errors).toEqual([{ type: 'UNPROCESSABLE', message: 'A ref named "refs/heads/main" already exists in the repository.', path: ['createRef'] }]);
    expect(head('main')).toBe(before);
  });

  it('needs Contents: write: an App with read only and a reader are FORBIDDEN', async () => {
    const before = head('main');
    const app = await graphqlRefusal(gh.appToken(READ_ONLY_APP), COMMIT, { commit: commitInput('main', before) });
    expect(app.errors[0]).toMatchObject({ type: 'FORBIDDEN', message: 'Resource not accessible by integration' });
    const reader = await graphqlRefusal(gh.tokenFor('reader'), COMMIT, { commit: commitInput('main', before) });
    expect(reader.errors[0]).toMatchObject({ type: 'FORBIDDEN', message: 'reader does not have the correct permissions to execute `CreateCommitOnBranch`' });
    expect(head('main')).toBe(before);
  });

  it('judges the commit as a push: classic protection and rulesets refuse it with their rule, moving nothing', async () => {
    const before = head('main');
    gh.protect(REPO, 'main', { kind: 'protection', requirePullRequest: true });
    expect((await graphqlRefusal(gh.token, COMMIT, { commit: commitInput('main', before) })).errors[0]).toMatchObject({
      type: 'BRANCH_PROTECTION_RULE_VIOLATION',
      message: 'Changes must be made through a pull request.',
    });
    gh.protect(REPO, 'main', { kind: 'ruleset', requirePullRequest: true });
    expect((await graphqlRefusal(gh.token, COMMIT, { commit: commitInput('main', before) })).errors[0]!.message).toBe(
      'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
    );
    expect(head('main')).toBe(before);
  });

  it('runs createRef then createCommitOnBranch in order in one document; an input GitHub would refuse fails the whole document', async () => {
    const before = head('main');
    const wrong = await graphqlRefusal(gh.token, BOTH, {
      ref: { repositoryId, name: 'refs/heads/dhow/created', oid: before },
      commit: commitInput('dhow/created', before, { author: { name: 'someone' } }),
    });
    expect(wrong).toEqual({
      errors: [
        {
          type: undefined,
          message:
            'Variable $commit of type CreateCommitOnBranchInput! was provided invalid value for author (Field is not defined on CreateCommitOnBranchInput)',
          path: undefined,
        },
      ],
      data: null,
    });
    expect(branches()).not.toContain('dhow/created');
    const payloadField = await graphqlRefusal(gh.token, 'mutation($commit: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $commit) { sha } }', {
      commit: commitInput('main', before),
    });
    expect(payloadField.errors[0]!.message).toBe("Field 'sha' doesn't exist on type 'CreateCommitOnBranchPayload'");

    const made = await octokit(gh.token).graphql<{ branch: { ref: { name: string } }; commit: { commit: { oid: string } } }>(BOTH, {
      ref: { repositoryId, name: 'refs/heads/dhow/created', oid: before },
      commit: commitInput('dhow/created', before),
    });
    expect(made.branch.ref.name).toBe('dhow/created');
    expect(head('dhow/created')).toBe(made.commit.commit.oid);
    expect(head('main')).toBe(before);
  });
});

describe('the github forge commits through createCommitOnBranch', () => {
  it('creates a branch and its commit in one call, with the tree the Git Data API builds and the trailers in the message', async () => {
    const forge = forgeFor(gh.appToken(APP));
    const main = (await forge.branchHead('main'))!;
    const changes = [
      { path: 'releases/staging/m.yaml', content: 'version: 1.0.0\n' },
      { path: 'keep.txt', content: 'keep\n' }, // unchanged: not sent
      { path: 'dir/old.txt', content: null }, // deleted
      { path: 'absent.txt', content: null }, // already absent: not sent
    ];
    gh.resetCalls();
    const { sha, changed } = await forge.commitFiles({
      branch: 'dhow/one-call',
      expectedHead: null,
      from: main,
      parent: main,
      changes,
      message: 'Promote m 1.0.0 to staging',
      trailers: { 'Dhow-Model': 'm', 'Dhow-Version': '1.0.0' },
    });
    expect(changed).toBe(true);
    // What main holds at the changed paths (one query), then the branch and its commit (one mutation).
    expect(gh.calls.list.map((c) => c.route)).toEqual(['POST /graphql', 'POST /graphql']);
    expect(gh.calls.writes().map((c) => (c.body as { query: string }).query.match(/\w+(?=\(input:)/g))).toEqual([['createRef', 'createCommitOnBranch']]);
    expect(head('dhow/one-call')).toBe(sha);
    expect(bareGit(gh, REPO, ['rev-parse', `${sha}^`]).trim()).toBe(main);

    // The tree the REST path made: createTree on main's tree with the changed entries.
    const rest = await octokit(gh.token).git.createTree({
      owner: 'acme',
      repo: 'commits',
      base_tree: bareGit(gh, REPO, ['rev-parse', `${main}^{tree}`]).trim(),
      tree: [
        { path: 'releases/staging/m.yaml', mode: '100644', type: 'blob', content: 'version: 1.0.0\n' },
        { path: 'dir/old.txt', mode: '100644', type: 'blob', sha: null },
      ],
    });
    expect(bareGit(gh, REPO, ['rev-parse', `${sha}^{tree}`]).trim()).toBe(rest.data.sha);
    const message = bareGit(gh, REPO, ['log', '-1', '--format=%B', sha]);
    expect(message.split('\n')[0]).toBe('Promote m 1.0.0 to staging');
    expect(parseTrailers(message)).toEqual({ 'Dhow-Model': 'm', 'Dhow-Version': '1.0.0' });

    // Once the branch holds the content, nothing is written.
    gh.resetCalls();
    const again = await forgeFor(gh.appToken(APP)).commitFiles({ branch: 'dhow/one-call', expectedHead: sha, parent: main, changes, message: 'again' });
    expect(again).toEqual({ sha, changed: false });
    expect(gh.calls.writes()).toEqual([]);
  });

  it('reports a head that moved since it was read as a conflict, and writes nothing', async () => {
    const forge = forgeFor();
    const main = (await forge.branchHead('main'))!;
    const moved = await gh.seed(REPO, { 'moved.txt': 'moved\n' });
    const error = await forge
      .commitFiles({ branch: 'main', expectedHead: main, changes: [{ path: 'late.txt', content: 'late\n' }], message: 'late' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(DhowError);
    expect((error as DhowError).code).toBe('conflict');
    expect((error as DhowError).message).toMatch(/branch main moved while committing \(Expected branch to point to/);
    expect(head('main')).toBe(moved);
  });

  it('reports a protected branch as refused, naming it, asked once and never retried', async () => {
    gh.protect(REPO, 'main', { kind: 'ruleset', requirePullRequest: true });
    const forge = forgeFor();
    const main = (await forge.branchHead('main'))!;
    gh.resetCalls();
    const error = await forge
      .commitFiles({ branch: 'main', expectedHead: main, changes: [{ path: 'direct.txt', content: 'd\n' }], message: 'direct' })
      .catch((e) => e);
    expect((error as DhowError).code).toBe('refused');
    expect((error as DhowError).message).toMatch(/^GitHub refused to move main: it requires pull requests/);
    expect(gh.calls.writes()).toHaveLength(1);
    expect(head('main')).toBe(main);
  });

  it('reports a new branch a ruleset may not create as refused, leaving no branch', async () => {
    gh.protect(REPO, 'dhow/restricted', { kind: 'ruleset', requirePullRequest: true });
    const forge = forgeFor();
    const main = (await forge.branchHead('main'))!;
    const before = branches();
    const error = await forge
      .commitFiles({ branch: 'dhow/restricted', expectedHead: null, from: main, changes: [{ path: 'x.txt', content: 'x\n' }], message: 'x' })
      .catch((e) => e);
    expect((error as DhowError).code).toBe('refused');
    // The createRef refusal is reported, not the commit's "no such branch" that follows it.
    expect((error as DhowError).message).toMatch(/^GitHub refused to move dhow\/restricted: a ruleset or branch protection restricts updates to it/);
    expect(branches()).toEqual(before);
  });

  it('deletes the empty branch when the branch was created but its commit refused, so no stray branch is left', async () => {
    // A ruleset without "Restrict creations": the branch may be made, but not updated outside a pull request.
    gh.protect(REPO, 'dhow/partial', { kind: 'ruleset', requirePullRequest: true, updatesOnly: true });
    const forge = forgeFor();
    const main = (await forge.branchHead('main'))!;
    gh.resetCalls();
    const error = await forge
      .commitFiles({ branch: 'dhow/partial', expectedHead: null, from: main, changes: [{ path: 'p.txt', content: 'p\n' }], message: 'p' })
      .catch((e) => e);
    expect((error as DhowError).code).toBe('refused');
    expect((error as DhowError).message).toMatch(/^GitHub refused to move dhow\/partial: it requires pull requests/);
    expect(branches()).not.toContain('dhow/partial');
    expect(gh.calls.list.map((c) => `${c.route} ${c.status}`)).toEqual([
      'POST /graphql 200', // what main holds at p.txt
      'POST /graphql 200', // createRef (made) + createCommitOnBranch (refused)
      'POST /graphql 200', // the branch read again: still at main
      'DELETE /repos/{owner}/{repo}/git/refs/{ref} 204',
    ]);
  });

  it('names the missing Contents: write permission, and leaves no branch', async () => {
    const forge = forgeFor(gh.appToken(READ_ONLY_APP));
    const main = (await forge.branchHead('main'))!;
    const error = await forge
      .commitFiles({ branch: 'dhow/read-only', expectedHead: null, from: main, changes: [{ path: 'r.txt', content: 'r\n' }], message: 'r' })
      .catch((e) => e);
    expect((error as DhowError).code).toBe('forge');
    expect((error as DhowError).message).toMatch(/Resource not accessible by integration.*Contents: write/);
    expect(branches()).not.toContain('dhow/read-only');
  });
});
