import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { parse as parseYaml } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../../src/forge/github.js';
import { recordingLogger } from '../../src/logger.js';
import { openPromotion } from '../../src/promote/execute.js';
import { runActionProcess } from '../support/action.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit, releaseFile, releaseInDev, seedRegistry, versionFile } from '../support/github/registry.js';

const REPO = 'acme/registry';
const BRANCH = 'dhow/promote/staging/sentiment';
let gh: GitHubEmulator;
let workspace: string;

beforeAll(async () => {
  gh = await startGitHubEmulator({ repositories: [REPO], users: ['data-scientist', 'alice', 'bob', 'carol'], teams: { 'acme/ml-leads': ['alice'] } });
  await seedRegistry(gh, REPO, { models: { sentiment: ['1.0.0'], other: ['1.0.0'] }, stagingReviewers: { users: ['bob'], teams: ['acme/ml-leads'] } });
  workspace = await mkdtemp(join(tmpdir(), 'dhow-actions-ws-'));
});
afterAll(() => gh.stop());
afterEach(() => {
  gh.clearFaults();
  expect(gh.violations.splice(0)).toEqual([]);
});

// The model repository runs register and promote (GITHUB_REPOSITORY is acme/model-repo there); the
// registry repository runs policy-check.
const env = () => ({ GITHUB_API_URL: gh.url, DHOW_GITHUB_PACING: 'off' });
const registryEnv = () => ({ ...env(), GITHUB_REPOSITORY: REPO });
/** The only place a token may appear is the runner's own mask command. */
const leaks = (text: string, token: string) => text.split('\n').filter((l) => l.includes(token) && !l.startsWith('::add-mask::'));
const as = (login: string) => new Octokit({ auth: gh.tokenFor(login), baseUrl: gh.url });
const pull = () => gh.pulls(REPO).find((p) => p.head === BRANCH && p.state === 'open')!;
const head = () => bareGit(gh, REPO, ['rev-parse', BRANCH]);

async function review(login: string, event: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT', body = 'looked at it') {
  await as(login).pulls.createReview({ owner: 'acme', repo: 'registry', pull_number: pull().number, event, body });
}

function policyCheck(inputs: Record<string, string> = {}) {
  const pr = pull();
  const sha = head();
  return runActionProcess('policy-check', {
    inputs: { 'github-token': gh.token, ...inputs },
    env: registryEnv(),
    event: {
      name: 'pull_request_review',
      payload: {
        action: 'submitted',
        review: { id: 1, user: { login: 'someone' }, state: 'approved', commit_id: sha },
        pull_request: { number: pr.number, state: 'open', user: { login: pr.user }, head: { ref: BRANCH, sha }, base: { ref: 'main' } },
        repository: { full_name: REPO },
      },
    },
  });
}

function latestStatus() {
  const statuses = gh.repository(REPO).statuses.filter((s) => s.sha === head() && s.context === 'dhow/policy');
  return statuses[statuses.length - 1];
}

describe('the register action', () => {
  it('records the draft with its gate results and lineage, and writes nothing the second time', async () => {
    await writeFile(
      join(workspace, 'draft.yaml'),
      versionFile('sentiment', '1.1.0')
        .replace(/created-at: .*\n/, '')
        .replace(/created-by: .*\n/, ''),
    );
    const report = {
      apiVersion: 'dhow.dev/v1',
      kind: 'GateReport',
      verdict: 'pass',
      blocked: false,
      'policy-digest': `sha256:${'1'.repeat(64)}`,
      'policy-files': ['dhow-gates.yaml'],
      candidate: { file: 'draft.yaml', model: 'sentiment', version: '1.1.0' },
      environment: 'staging',
      'baseline-version': null,
      'generated-at': '2026-11-20T10:00:00Z',
      gates: [],
    };
    await writeFile(join(workspace, 'report.json'), JSON.stringify(report));
    const inputs = { 'github-token': gh.token, registry: REPO, 'version-file': 'draft.yaml', 'gate-report': 'report.json' };
    const first = await runActionProcess('register', { inputs, env: env(), cwd: workspace });
    expect(first.annotations).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(first.outputs.operation).toBe('created');
    expect(first.outputs['version-path']).toBe('models/sentiment/versions/1.1.0.yaml');
    const record = parseYaml(bareGit(gh, REPO, ['show', 'main:models/sentiment/versions/1.1.0.yaml']));
    expect(record.gates).toMatchObject({ verdict: 'pass', 'policy-digest': report['policy-digest'] });
    expect(record.source).toMatchObject({ repository: 'https://github.example/acme/model-repo', commit: 'a'.repeat(40), 'run-attempt': 1 });
    expect(record['created-by']).toBe('data-scientist');
    expect(first.summary).toContain('Registered sentiment 1.1.0');

    const before = bareGit(gh, REPO, ['rev-parse', 'main']);
    gh.resetCalls();
    const again = await runActionProcess('register', { inputs, env: env(), cwd: workspace });
    expect(again.outputs.operation).toBe('none');
    expect(gh.calls.writes()).toEqual([]);
    expect(bareGit(gh, REPO, ['rev-parse', 'main'])).toBe(before);
  });

  it('fails naming the input when the registry is not owner/name, and never prints the token', async () => {
    const run = await runActionProcess('register', {
      inputs: { 'github-token': gh.token, registry: 'not-a-repo', model: 'm', version: '1' },
      env: env(),
      cwd: workspace,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::register: .*"registry"/);
    expect(leaks(run.stdout + run.stderr, gh.token)).toEqual([]);
  });
});

describe('the promote action', () => {
  it('opens the pull request, sets its outputs and summary, and reports "none" when run again', async () => {
    const inputs = { 'github-token': gh.token, registry: REPO, model: 'sentiment', version: '1.0.0', environment: 'staging' };
    const run = await runActionProcess('promote', { inputs, env: env(), cwd: workspace });
    expect(run.annotations).toEqual([]);
    expect(run.outputs.operation).toBe('created');
    expect(run.outputs['pull-request-number']).toBe(String(pull().number));
    expect(run.outputs['pull-request-url']).toBe(`${gh.url}/acme/registry/pull/${pull().number}`);
    expect(run.summary).toContain('Promotion of sentiment 1.0.0 to staging');
    const again = await runActionProcess('promote', { inputs, env: env(), cwd: workspace });
    expect(again.outputs.operation).toBe('none');
    expect(leaks(run.stdout + run.stderr + again.stdout + again.stderr, gh.token)).toEqual([]);
  });

  it('records the workflow actor GitHub names as the requester, and refuses a requested-by input', async () => {
    const release = () => parseYaml(bareGit(gh, REPO, ['show', `${BRANCH}:releases/staging/sentiment.yaml`])) as { 'promoted-by': string };
    expect(release()['promoted-by']).toBe('data-scientist');
    const before = head();
    gh.resetCalls();
    const forged = await runActionProcess('promote', {
      inputs: { 'github-token': gh.token, registry: REPO, model: 'sentiment', version: '1.0.0', environment: 'staging', 'requested-by': 'alice' },
      env: env(),
      cwd: workspace,
    });
    expect(forged.exitCode).toBe(1);
    expect(forged.stdout).toMatch(/::error::promote: .*"requested-by" is no longer accepted: the requester is the workflow's actor \(GITHUB_ACTOR\)/);
    expect(gh.calls.writes()).toEqual([]);
    expect(head()).toBe(before);
    expect(release()['promoted-by']).toBe('data-scientist');
  });
});

describe('the policy-check action', () => {
  it("does not count the requester's own approval", async () => {
    await review('data-scientist', 'APPROVE');
    const run = await policyCheck();
    expect(run.outputs.state).toBe('failure');
    expect(latestStatus()).toMatchObject({ state: 'failure' });
    expect(latestStatus()!.description).toMatch(/^1 more approval from reviewers other than the author data-scientist/);
  });

  it('does not count an approval from someone the environment does not list', async () => {
    await review('carol', 'APPROVE');
    const run = await policyCheck();
    expect(run.outputs.state).toBe('failure');
    expect(JSON.parse(run.outputs.missing!)).toEqual([
      '1 more approval from reviewers other than the author data-scientist (needs 1; none yet)',
      // The requester's own approval, from the test above, is named too.
      'approvals by data-scientist do not count: data-scientist asked for this promotion',
      'approvals by carol do not count: staging takes approvals from bob, acme/ml-leads',
    ]);
  });

  it('blocks on changes requested until the same reviewer approves', async () => {
    await review('bob', 'REQUEST_CHANGES', 'latency looks high');
    const blocked = await policyCheck();
    expect(blocked.outputs.state).toBe('failure');
    expect(latestStatus()!.description).toMatch(/^bob requested changes/);
    await review('bob', 'APPROVE');
    const approved = await policyCheck();
    expect(approved.outputs.state).toBe('success');
    expect(latestStatus()).toMatchObject({ state: 'success', description: expect.stringMatching(/^Approved by bob/) });
  });

  it('ignores an approval given on an older head after a new version updates the pull request', async () => {
    const logger = recordingLogger();
    const forge = createGitHubForge({ token: gh.token, repository: REPO, baseUrl: gh.url, logger, pacing: false, backoffUnitMs: 5 });
    await releaseInDev(gh, REPO, 'sentiment', '1.1.0', '1.0.0');
    await openPromotion(forge, { model: 'sentiment', version: '1.1.0', environment: 'staging' }, { by: 'data-scientist', logger });
    const run = await policyCheck();
    expect(run.outputs.state).toBe('failure');
    expect(JSON.parse(run.outputs.missing!)).toContain('bob approved an earlier commit of the request: approve the current one');
  });

  it('counts a team member checked through the API, and enables auto-merge when asked', async () => {
    await review('alice', 'APPROVE');
    const run = await policyCheck({ 'auto-merge': 'true' });
    expect(run.annotations).toEqual([]);
    expect(run.outputs.state).toBe('success');
    expect(run.outputs['auto-merge']).toBe('true');
    expect(pull().autoMerge).toMatchObject({ method: 'MERGE' });
    // Membership comes from Organization.team.members in a GraphQL query, not a REST call per approver.
    expect(gh.calls.list.some((c) => c.route === 'POST /graphql' && JSON.stringify(c.body).includes('team(slug:') && c.status === 200)).toBe(true);
  });

  it('fails saying which permission is missing when the token may not read team membership', async () => {
    await review('carol', 'COMMENT', 'fyi');
    await as('carol').pulls.createReview({ owner: 'acme', repo: 'registry', pull_number: pull().number, event: 'APPROVE' });
    gh.injectFault({
      route: 'graphql',
      status: 403,
      times: 5,
      message: 'Resource not accessible by integration',
      matches: (body) => JSON.stringify(body).includes('team(slug:'),
    });
    const run = await policyCheck();
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::policy-check: cannot read the members of team acme\/ml-leads .*read:org/);
  });

  it('judges the pull requests again when main moves: a hold put on main turns success into failure', async () => {
    const before = await policyCheck();
    expect(before.outputs.state).toBe('success');
    await gh.seed(REPO, {
      'releases/staging/sentiment.yaml': releaseFile('staging', 'sentiment', '1.0.0', {
        holds: [{ version: '1.1.0', reason: 'drift on dialect mix', by: 'dhow-bridge', at: '2026-11-21T08:00:00Z' }],
      }),
    });
    const main = bareGit(gh, REPO, ['rev-parse', 'main']);
    const run = await runActionProcess('policy-check', {
      inputs: { 'github-token': gh.token },
      env: registryEnv(),
      event: { name: 'push', payload: { ref: 'refs/heads/main', after: main, repository: { full_name: REPO } } },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.state).toBe('failure');
    expect(JSON.parse(run.outputs.checked!)).toEqual([expect.objectContaining({ number: pull().number, state: 'failure' })]);
    expect(latestStatus()).toMatchObject({
      state: 'failure',
      description: expect.stringContaining('sentiment 1.1.0 is held in staging: drift on dialect mix'),
    });
  });

  it('passes a hand-made pull request that changes no governed file, and fails one that does, naming the files', async () => {
    const main = bareGit(gh, REPO, ['rev-parse', 'main']);
    const judge = async (branch: string, files: Record<string, string>) => {
      bareGit(gh, REPO, ['update-ref', `refs/heads/${branch}`, main]);
      const sha = await gh.seed(REPO, files, { branch });
      const { data } = await as('carol').pulls.create({ owner: 'acme', repo: 'registry', head: branch, base: 'main', title: branch });
      const run = await runActionProcess('policy-check', {
        inputs: { 'github-token': gh.token },
        env: registryEnv(),
        event: {
          name: 'pull_request',
          payload: {
            action: 'opened',
            pull_request: { number: data.number, state: 'open', user: { login: 'carol' }, head: { ref: branch, sha }, base: { ref: 'main' } },
            repository: { full_name: REPO },
          },
        },
      });
      const status = gh
        .repository(REPO)
        .statuses.filter((s) => s.sha === sha && s.context === 'dhow/policy')
        .at(-1);
      return { run, status };
    };
    const docs = await judge('docs/typo', { 'README.md': 'fixed\n' });
    expect(docs.run.outputs.state).toBe('success');
    expect(docs.status).toMatchObject({ state: 'success', description: 'Changes no file dhow governs' });
    const sneaky = await judge('feature/sneaky', {
      'README.md': 'x\n',
      'deploy/production/sentiment/inferenceservice.yaml': 'kind: x\n',
      'dhow.yaml': 'x: 1\n',
    });
    expect(sneaky.run.outputs.state).toBe('failure');
    expect(sneaky.status!.description).toMatch(/changes deploy\/production\/sentiment\/inferenceservice.yaml, dhow.yaml: only dhow's/);
  });

  it('refuses an event it does not handle, naming it', async () => {
    const run = await runActionProcess('policy-check', {
      inputs: { 'github-token': gh.token },
      env: registryEnv(),
      event: { name: 'workflow_dispatch', payload: {} },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::policy-check: this action runs on pull_request or pull_request_target or pull_request_review or push events, not on "workflow_dispatch"/,
    );
  });
});
