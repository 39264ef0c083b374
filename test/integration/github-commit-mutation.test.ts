/**
 * Commits through GitHub's GraphQL createRef and createCommitOnBranch mutations: the emulator's rules for them
 * (token permissions, protection and rulesets as for a push, a stale expected head, a missing branch, a ref that
 * exists, inputs GitHub's schema refuses).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
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
