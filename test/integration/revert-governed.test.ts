/**
 * Reverts on a registry governed the way docs/github-setup.md asks: a ruleset on main that requires pull
 * requests and `dhow/policy` set by dhow's GitHub App, auto-merge allowed. The revert action opens the
 * request, the emulator's event log says whether GitHub would start a workflow for it, the policy-check
 * action runs on that event with the App's token, and auto-merge merges. With GITHUB_TOKEN the same is
 * refused, naming the setting or the identity. Three alerts for three models at once give three reverts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runActionProcess, type ActionRun } from '../support/action.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit, releaseFile, seedRegistry } from '../support/github/registry.js';

const APP = 'dhow-app';
const APP_LOGIN = `${APP}[bot]`;
const GOVERNED = 'acme/registry';
const PLAIN_SETTINGS = 'acme/registry-actions-off';
const ACTIONS_ON = 'acme/registry-actions-on';
const THREE = 'acme/registry-three';
const MODELS = ['sentiment', 'dialect-id', 'summarizer'];
/** Each test starts several action processes: on a busy machine each takes seconds. */
const SLOW = 300_000;
let gh: GitHubEmulator;

/** Each model registered at 1.3.0 and 1.4.0; production runs 1.4.0 with 1.3.0 as its last known good. */
async function seedGoverned(repository: string, models: string[]): Promise<void> {
  await seedRegistry(gh, repository, { models: Object.fromEntries(models.map((m) => [m, ['1.3.0', '1.4.0']])), config: { revert: { mode: 'pull-request' } } });
  await gh.seed(repository, Object.fromEntries(models.map((m) => [`releases/production/${m}.yaml`, releaseFile('production', m, '1.3.0')])));
  await gh.seed(
    repository,
    Object.fromEntries(
      models.map((m) => [
        `releases/production/${m}.yaml`,
        releaseFile('production', m, '1.4.0', { previous: '1.3.0', 'last-known-good': '1.3.0', 'promoted-at': '2026-11-22T08:00:00Z' }),
      ]),
    ),
  );
  // Set after seeding: from here on main changes only through pull requests with the App's dhow/policy.
  gh.protect(repository, 'main', { kind: 'ruleset', requirePullRequest: true, requiredStatusChecks: [{ context: 'dhow/policy', setBy: APP_LOGIN }] });
}

beforeAll(async () => {
  gh = await startGitHubEmulator({
    repositories: [GOVERNED, PLAIN_SETTINGS, ACTIONS_ON, THREE],
    apps: { [APP]: { membersRead: true } },
    enforceRules: true,
    // New repositories have "Allow GitHub Actions to create and approve pull requests" off.
    settings: { [PLAIN_SETTINGS]: { actionsCanCreatePullRequests: false }, [ACTIONS_ON]: { actionsCanCreatePullRequests: true } },
  });
  await seedGoverned(GOVERNED, [MODELS[0]!]);
  await seedGoverned(THREE, MODELS);
  await seedGoverned(PLAIN_SETTINGS, ['sentiment']);
  await seedGoverned(ACTIONS_ON, ['sentiment']);
}, 120_000);
afterAll(() => gh.stop());
afterEach(() => expect(gh.violations.splice(0)).toEqual([]));

const alertFor = (model: string) => ({
  model,
  environment: 'production',
  version: '1.4.0',
  fingerprint: `fp-${model}`,
  'starts-at': '2026-11-22T09:00:00Z',
  summary: 'share of drifted columns 0.58',
});

const revert = (repository: string, model: string, token: string) =>
  runActionProcess('revert', {
    inputs: { 'github-token': token, repository },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: repository, DHOW_GITHUB_PACING: 'off' },
    event: { name: 'repository_dispatch', payload: { action: 'dhow-drift-alert', client_payload: alertFor(model) } },
    timeoutMs: 120_000,
  });

/** policy-check as promotion-policy.yml runs it on a delivered pull_request event, with the App's token. */
function policyCheck(repository: string, number: number): Promise<ActionRun> {
  const pull = gh.pulls(repository).find((p) => p.number === number)!;
  const sha = bareGit(gh, repository, ['rev-parse', `refs/heads/${pull.head}`]);
  return runActionProcess('policy-check', {
    inputs: { 'github-token': gh.appToken(APP) },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: repository, DHOW_GITHUB_PACING: 'off' },
    event: {
      name: 'pull_request',
      payload: {
        action: 'opened',
        number,
        pull_request: { number, state: 'open', user: { login: pull.user }, head: { ref: pull.head, sha }, base: { ref: 'main' } },
        repository: { full_name: repository },
      },
    },
    timeoutMs: 120_000,
  });
}

const releaseOnMain = (repository: string, model: string) => bareGit(gh, repository, ['show', `main:releases/production/${model}.yaml`]);

/** The pull_request "opened" events of revert branches GitHub would deliver, and whether each starts a run. */
const openedReverts = (repository: string) =>
  gh.events(repository).filter((e) => e.event === 'pull_request' && e.action === 'opened' && e.ref?.startsWith('dhow/revert/'));

describe('a revert under a ruleset that requires dhow/policy from the App', () => {
  it(
    'is opened by the App, starts policy-check, gets success and merges by auto-merge',
    async () => {
      const model = MODELS[0]!;
      const reverted = await revert(GOVERNED, model, gh.appToken(APP));
      expect(reverted.exitCode, reverted.stdout).toBe(0);
      expect(reverted.outputs).toMatchObject({ outcome: 'requested', 'from-version': '1.4.0', 'to-version': '1.3.0' });
      expect(reverted.stdout).toContain('auto-merge is on');
      const pull = gh.pulls(GOVERNED).find((p) => p.head.startsWith(`dhow/revert/production/${model}/`))!;
      expect(pull).toMatchObject({ user: APP_LOGIN, state: 'open', merged: false, autoMerge: { enabledBy: APP_LOGIN } });
      // Nothing reached main yet: the ruleset waits for the App's dhow/policy.
      expect(releaseOnMain(GOVERNED, model)).toMatch(/^version: 1\.4\.0$/m);
      // GitHub would start the policy workflow for the App's pull request.
      expect(openedReverts(GOVERNED).filter((e) => e.pull === pull.number)).toEqual([expect.objectContaining({ sender: APP_LOGIN, startsWorkflows: true })]);

      const checked = await policyCheck(GOVERNED, pull.number);
      expect(checked.exitCode, checked.stdout).toBe(0);
      expect(checked.outputs).toMatchObject({ state: 'success', description: 'Exactly the planned rollback to the last known good version' });
      expect(gh.pulls(GOVERNED).find((p) => p.number === pull.number)).toMatchObject({ state: 'closed', merged: true, mergedBy: APP_LOGIN });
      const release = releaseOnMain(GOVERNED, model);
      expect(release).toMatch(/^version: 1\.3\.0$/m);
      expect(release).toMatch(/- version: 1\.4\.0\n\s+reason: /);
    },
    SLOW,
  );
});

describe('a revert with GITHUB_TOKEN under the same ruleset', () => {
  it(
    'is refused by GitHub where Actions may not open pull requests, and the message names the setting and the App',
    async () => {
      const before = bareGit(gh, PLAIN_SETTINGS, ['rev-parse', 'main']);
      const run = await revert(PLAIN_SETTINGS, 'sentiment', gh.token);
      expect(run.exitCode).toBe(1);
      const error = run.annotations.join('\n');
      expect(error).toContain('GitHub Actions is not permitted to create or approve pull requests');
      expect(error).toContain('"Allow GitHub Actions to create and approve pull requests" is off');
      expect(error).toContain('GitHub App token');
      expect(gh.pulls(PLAIN_SETTINGS)).toEqual([]);
      expect(bareGit(gh, PLAIN_SETTINGS, ['rev-parse', 'main'])).toBe(before);
      // The token appears only in the runner's own mask command.
      expect((run.stdout + run.stderr).split('\n').filter((l) => l.includes(gh.token) && !l.startsWith('::add-mask::'))).toEqual([]);
    },
    SLOW,
  );

  it(
    'where Actions may open it, fails naming GITHUB_TOKEN and the App: no workflow would start, nothing merges',
    async () => {
      const before = bareGit(gh, ACTIONS_ON, ['rev-parse', 'main']);
      const run = await revert(ACTIONS_ON, 'sentiment', gh.token);
      expect(run.exitCode).toBe(1);
      expect(run.outputs.outcome).toBe('requested');
      const error = run.annotations.join('\n');
      expect(error).toContain('was opened with GITHUB_TOKEN (github-actions[bot])');
      expect(error).toContain('GitHub starts no workflow for a pull request that token opens');
      expect(error).toContain('DHOW_APP_CLIENT_ID');
      const [pull, ...more] = gh.pulls(ACTIONS_ON);
      expect(more).toEqual([]);
      expect(pull).toMatchObject({ user: gh.botLogin, state: 'open', merged: false });
      // The log of delivered events agrees: GitHub would start no run for it, so no dhow/policy ever arrives.
      expect(openedReverts(ACTIONS_ON)).toEqual([expect.objectContaining({ pull: pull!.number, sender: gh.botLogin, startsWorkflows: false })]);
      expect(gh.repository(ACTIONS_ON).statuses.filter((s) => s.context === 'dhow/policy')).toEqual([]);
      expect(bareGit(gh, ACTIONS_ON, ['rev-parse', 'main'])).toBe(before);
    },
    SLOW,
  );
});

describe('three drift alerts for three models arriving at once', () => {
  it(
    'give three reverts: three revert requests merged by auto-merge and three holds, none cancelled',
    async () => {
      const runs = await Promise.all(MODELS.map((model) => revert(THREE, model, gh.appToken(APP))));
      runs.forEach((run) => expect(run.exitCode, run.stdout).toBe(0));
      expect(runs.map((r) => r.outputs.outcome)).toEqual(['requested', 'requested', 'requested']);

      const opened = gh.pulls(THREE).filter((p) => p.state === 'open');
      expect(opened.map((p) => p.head).sort()).toEqual(MODELS.map((m) => `dhow/revert/production/${m}/1.4.0-promoted-20261122T080000Z`).sort());
      for (const pull of opened) {
        expect(openedReverts(THREE).filter((e) => e.pull === pull.number)).toEqual([expect.objectContaining({ startsWorkflows: true })]);
      }
      // The policy workflow runs for each delivered event, at the same time.
      const checks = await Promise.all(opened.map((p) => policyCheck(THREE, p.number)));
      checks.forEach((check) => expect(check.outputs.state, check.stdout).toBe('success'));

      const reverts = gh.pulls(THREE).filter((p) => p.head.startsWith('dhow/revert/'));
      expect(reverts).toHaveLength(3);
      expect(reverts.every((p) => p.merged && p.mergedBy === APP_LOGIN)).toBe(true);
      for (const model of MODELS) {
        const release = releaseOnMain(THREE, model);
        expect(release).toMatch(/^version: 1\.3\.0$/m);
        expect(release).toMatch(/- version: 1\.4\.0\n\s+reason: /);
      }
      expect(gh.pulls(THREE).filter((p) => p.state === 'open')).toEqual([]);
    },
    SLOW,
  );
});
