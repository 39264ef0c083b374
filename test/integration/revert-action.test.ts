/**
 * The revert action as the runner runs it (INPUT_* variables, GITHUB_EVENT_PATH), against a registry in
 * the GitHub emulator through real Octokit.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionProcess } from '../support/action.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit, refs, releaseFile, seedRegistry } from '../support/github/registry.js';

const REPO = 'acme/model-registry';
const MODEL = 'arabic-sentiment';
let gh: GitHubEmulator;

const alert = {
  model: MODEL,
  environment: 'production',
  version: '1.4.0',
  fingerprint: '6f1c2ab9d04e7731',
  'starts-at': '2026-11-22T09:00:00Z',
  summary: 'share of drifted columns 0.58',
};

beforeAll(async () => {
  gh = await startGitHubEmulator({ repositories: [REPO] });
  await seedRegistry(gh, REPO, { models: { [MODEL]: ['1.3.0', '1.4.0'] }, config: { revert: { mode: 'direct' } } });
  await gh.seed(REPO, { [`releases/production/${MODEL}.yaml`]: releaseFile('production', MODEL, '1.3.0') }, { message: 'Promote 1.3.0' });
  await gh.seed(
    REPO,
    {
      [`releases/production/${MODEL}.yaml`]: releaseFile('production', MODEL, '1.4.0', {
        previous: '1.3.0',
        'last-known-good': '1.3.0',
        'promoted-at': '2026-11-22T08:00:00Z',
      }),
    },
    { message: 'Promote 1.4.0' },
  );
});

afterAll(async () => {
  await gh?.stop();
});

const run = (event: { name: string; payload: unknown }, inputs: Record<string, string> = {}) =>
  runActionProcess('revert', {
    inputs: { 'github-token': gh.token, repository: REPO, 'event-type': 'dhow-drift-alert', actor: 'dhow-revert', summary: 'true', ...inputs },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO },
    event,
  });

describe('revert action on repository_dispatch', () => {
  it('refuses a repository GitHub could not have (an owner with "_"), naming the input "repository", with no call', async () => {
    gh.resetCalls();
    const result = await run(
      { name: 'repository_dispatch', payload: { action: 'dhow-drift-alert', client_payload: alert } },
      { repository: 'acme_corp/model-registry' },
    );
    expect(result.exitCode).toBe(1);
    expect(result.annotations.join('\n')).toContain('input "repository": must be owner/name');
    expect(gh.calls.total()).toBe(0);
  });

  it('refuses a payload with an unknown key, naming it, and writes nothing', async () => {
    const before = refs(gh, REPO);
    const result = await run({ name: 'repository_dispatch', payload: { action: 'dhow-drift-alert', client_payload: { ...alert, branch: 'main' } } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.join('\n')).toContain('revert: client_payload, field "branch": invalid alert payload: unknown key(s) "branch"');
    expect(refs(gh, REPO)).toBe(before);
  });

  it('ignores another repository_dispatch event type', async () => {
    const result = await run({ name: 'repository_dispatch', payload: { action: 'something-else', client_payload: {} } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.outcome).toBe('nothing');
  });

  it('reverts production once, with the hold and the trailers in the same commit; a repeat does nothing', async () => {
    const first = await run({ name: 'repository_dispatch', payload: { action: 'dhow-drift-alert', client_payload: alert } });
    expect(first.stderr).not.toContain(gh.token);
    // The token is masked before use and appears nowhere else: not in the log, not in the job summary.
    expect(first.stdout).toContain(`::add-mask::${gh.token}`);
    expect(first.stdout.split('\n').filter((l) => l.includes(gh.token) && !l.startsWith('::add-mask::'))).toEqual([]);
    expect(first.summary).not.toContain(gh.token);
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ outcome: 'reverted', 'from-version': '1.4.0', 'to-version': '1.3.0' });
    expect(first.summary).toContain('Reverted arabic-sentiment in production');

    const release = bareGit(gh, REPO, ['show', `main:releases/production/${MODEL}.yaml`]);
    expect(release).toMatch(/^version: 1\.3\.0$/m);
    expect(release).toMatch(/^revert-of: 1\.4\.0$/m);
    expect(release).toMatch(/holds:\n  - version: 1\.4\.0\n/);
    const message = bareGit(gh, REPO, ['log', '-1', '--format=%B', 'main']);
    expect(message).toContain('Dhow-Alert: 6f1c2ab9d04e7731');
    expect(message).toContain('Revert-Of: 1.4.0');
    expect(bareGit(gh, REPO, ['rev-parse', 'main'])).toBe(first.outputs.commit);

    const before = refs(gh, REPO);
    const second = await run({ name: 'repository_dispatch', payload: { action: 'dhow-drift-alert', client_payload: { ...alert, fingerprint: 'repeat' } } });
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ outcome: 'nothing', reason: 'not-live' });
    expect(refs(gh, REPO)).toBe(before);
    expect(gh.violations).toEqual([]);
  });

  it('pull-request mode: the deterministic revert branch, merged by the action; a repeat does nothing', async () => {
    const repo = 'acme/registry-pr';
    const pr = await startGitHubEmulator({ repositories: [repo] });
    try {
      await seedRegistry(pr, repo, { models: { [MODEL]: ['1.3.0', '1.4.0'] }, config: { revert: { mode: 'pull-request' } } });
      await pr.seed(repo, { [`releases/production/${MODEL}.yaml`]: releaseFile('production', MODEL, '1.3.0') });
      await pr.seed(repo, {
        [`releases/production/${MODEL}.yaml`]: releaseFile('production', MODEL, '1.4.0', {
          previous: '1.3.0',
          'last-known-good': '1.3.0',
          'promoted-at': '2026-11-22T08:00:00Z',
        }),
      });
      const dispatch = { name: 'repository_dispatch', payload: { action: 'dhow-drift-alert', client_payload: alert } };
      const go = () =>
        runActionProcess('revert', {
          inputs: { 'github-token': pr.token, repository: repo },
          env: { GITHUB_API_URL: pr.url, GITHUB_REPOSITORY: repo, DHOW_GITHUB_PACING: 'off' },
          event: dispatch,
        });
      const first = await go();
      expect(first.exitCode, first.stdout).toBe(0);
      expect(first.outputs).toMatchObject({ outcome: 'reverted', 'to-version': '1.3.0' });
      const pulls = pr.pulls(repo);
      expect(pulls.map((p) => [p.head, p.state, p.merged])).toEqual([[`dhow/revert/production/${MODEL}/1.4.0-promoted-20261122T080000Z`, 'closed', true]]);
      expect(bareGit(pr, repo, ['show', `main:releases/production/${MODEL}.yaml`])).toMatch(/^version: 1\.3\.0$/m);

      const before = refs(pr, repo);
      const second = await go();
      expect(second.outputs).toMatchObject({ outcome: 'nothing', reason: 'not-live' });
      expect(refs(pr, repo)).toBe(before);
      expect(pr.pulls(repo)).toHaveLength(1);
      expect(pr.violations).toEqual([]);
    } finally {
      await pr.stop();
    }
  });
});

describe('revert action when a revert is impossible (no last known good)', () => {
  const repo = 'acme/registry-nolkg';
  const noLkgMessage = (fingerprint: string) =>
    `revert: ${MODEL} in production runs 1.4.0, which drifts (alert ${fingerprint}), but its release records no last known good version to go back to`;

  /** The action as a GitHub Enterprise Server runner would run it: the API only through the `api-url` input. */
  const go = (emulator: GitHubEmulator, payload: Record<string, unknown>) =>
    runActionProcess('revert', {
      inputs: { 'github-token': emulator.token, repository: repo, 'api-url': emulator.url },
      env: { GITHUB_REPOSITORY: repo, DHOW_GITHUB_PACING: 'off' },
      event: { name: 'repository_dispatch', payload: { action: 'dhow-drift-alert', client_payload: payload } },
    });

  const noToken = (emulator: GitHubEmulator, run: { stdout: string; stderr: string; summary: string }) => {
    expect(run.stdout.split('\n').filter((l) => l.includes(emulator.token) && !l.startsWith('::add-mask::'))).toEqual([]);
    expect(run.stderr).not.toContain(emulator.token);
    expect(run.summary).not.toContain(emulator.token);
  };

  it('with no promotion request, fails and opens exactly one labelled issue through api-url; repeats update it', async () => {
    const emulator = await startGitHubEmulator({ repositories: [repo] });
    try {
      await seedRegistry(emulator, repo, { models: { [MODEL]: ['1.4.0'] }, config: { revert: { mode: 'direct' } } });
      await emulator.seed(repo, {
        [`releases/production/${MODEL}.yaml`]: releaseFile('production', MODEL, '1.4.0', { 'promoted-at': '2026-11-22T08:00:00Z' }),
      });
      const before = refs(emulator, repo);

      const first = await go(emulator, alert);
      expect(first.exitCode).toBe(1);
      expect(first.annotations.join('\n')).toContain(noLkgMessage(alert.fingerprint));
      noToken(emulator, first);
      expect(refs(emulator, repo)).toBe(before);
      const [issue, ...more] = emulator.issues(repo);
      expect(more).toEqual([]);
      expect(issue).toMatchObject({
        state: 'open',
        title: `dhow could not revert ${MODEL} 1.4.0 in production`,
        labels: ['dhow-revert-failed'],
        user: emulator.botLogin,
      });
      expect(issue!.body).toContain(`<!-- dhow:revert-failed:production/${MODEL}/1.4.0:no-last-known-good -->`);
      expect(issue!.body).toContain(`Alert \`${alert.fingerprint}\`, started ${alert['starts-at']}.`);

      // Alertmanager repeating the same alert: nothing to write. A re-run with another fingerprint: the same issue, edited.
      emulator.resetCalls();
      const repeat = await go(emulator, alert);
      expect(repeat.exitCode).toBe(1);
      expect(emulator.calls.list.filter((c) => c.operationId.startsWith('issues/') && c.write)).toEqual([]);
      const rerun = await go(emulator, { ...alert, fingerprint: 'b0a7d2e1' });
      expect(rerun.exitCode).toBe(1);
      expect(rerun.annotations.join('\n')).toContain(noLkgMessage('b0a7d2e1'));
      noToken(emulator, rerun);
      expect(emulator.issues(repo).map((i) => [i.number, i.state])).toEqual([[issue!.number, 'open']]);
      expect(emulator.issues(repo)[0]!.body).toContain('Alert `b0a7d2e1`');
      expect(emulator.calls.list.filter((c) => c.operationId === 'issues/update')).toHaveLength(1);

      // A person closes it: later alerts about the same version neither reopen nor comment nor open another.
      const person = new Octokit({ auth: emulator.tokenFor('layla'), baseUrl: emulator.url });
      await person.issues.update({ owner: 'acme', repo: 'registry-nolkg', issue_number: issue!.number, state: 'closed', state_reason: 'completed' });
      const afterClose = await go(emulator, { ...alert, fingerprint: 'c1c2c3c4', 'starts-at': '2026-11-23T09:00:00Z' });
      expect(afterClose.exitCode).toBe(1);
      expect(emulator.issues(repo).map((i) => [i.number, i.state, i.closedBy])).toEqual([[issue!.number, 'closed', 'layla']]);
      expect(emulator.issues(repo)[0]!.body).toContain('Alert `b0a7d2e1`');
      expect(emulator.repository(repo).comments).toEqual([]);
      expect(emulator.violations).toEqual([]);
    } finally {
      await emulator.stop();
    }
  });

  it('when commenting on the recorded request fails, opens the issue instead; without issues: write it still fails the same way, with a warning', async () => {
    const emulator = await startGitHubEmulator({ repositories: [repo] });
    try {
      await seedRegistry(emulator, repo, { models: { [MODEL]: ['1.4.0'] }, config: { revert: { mode: 'direct' } } });
      // The release names pull request #99, which does not exist (a registry moved from another repository).
      await emulator.seed(repo, {
        [`releases/production/${MODEL}.yaml`]: releaseFile('production', MODEL, '1.4.0', { 'promoted-at': '2026-11-22T08:00:00Z', request: { id: '99' } }),
      });
      // First the token lacks issues: write (GitHub answers 403 to the issue's creation).
      emulator.injectFault({ route: 'issues/create', status: 403, message: 'Resource not accessible by integration' });
      const denied = await go(emulator, alert);
      expect(denied.exitCode).toBe(1);
      const annotations = denied.annotations.join('\n');
      expect(annotations).toContain('::warning::could not comment on request 99');
      expect(annotations).toMatch(
        /::warning::could not raise an issue in acme\/registry-nolkg: GitHub: opening an issue in acme\/registry-nolkg failed with 403: Resource not accessible by integration \(check the token can reach this repository and has the permissions the action README lists\)/,
      );
      expect(annotations).toContain(noLkgMessage(alert.fingerprint));
      noToken(emulator, denied);
      expect(emulator.issues(repo)).toEqual([]);

      // With the permission, the next alert opens the one issue.
      const allowed = await go(emulator, alert);
      expect(allowed.exitCode).toBe(1);
      expect(allowed.annotations.join('\n')).toContain(noLkgMessage(alert.fingerprint));
      expect(emulator.issues(repo).map((i) => [i.state, i.labels])).toEqual([['open', ['dhow-revert-failed']]]);
      expect(emulator.repository(repo).comments).toEqual([]);
      expect(emulator.violations).toEqual([]);
    } finally {
      await emulator.stop();
    }
  });

  it('with the promotion pull request recorded, comments there once (edited in place) and opens no issue', async () => {
    const emulator = await startGitHubEmulator({ repositories: [repo] });
    try {
      await seedRegistry(emulator, repo, { models: { [MODEL]: ['1.4.0'] }, config: { revert: { mode: 'direct' } } });
      // The promotion pull request of 1.4.0, merged, recorded in the release.
      await emulator.seed(repo, { 'notes/1.4.0.md': 'promote 1.4.0\n' }, { branch: 'dhow/promote/production/arabic-sentiment', message: 'Promote' });
      const octokit = new Octokit({ auth: emulator.token, baseUrl: emulator.url });
      const { data: pull } = await octokit.pulls.create({
        owner: 'acme',
        repo: 'registry-nolkg',
        head: 'dhow/promote/production/arabic-sentiment',
        base: 'main',
        title: 'Promote 1.4.0',
      });
      await emulator.seed(repo, {
        [`releases/production/${MODEL}.yaml`]: releaseFile('production', MODEL, '1.4.0', {
          'promoted-at': '2026-11-22T08:00:00Z',
          request: { id: String(pull.number) },
        }),
      });

      for (const fingerprint of [alert.fingerprint, 'b0a7d2e1']) {
        const run = await go(emulator, { ...alert, fingerprint });
        expect(run.exitCode).toBe(1);
        expect(run.annotations.join('\n')).toContain(noLkgMessage(fingerprint));
        noToken(emulator, run);
      }
      const comments = emulator.repository(repo).comments;
      expect(comments.map((c) => c.issue)).toEqual([pull.number]);
      // One whole hidden marker: the comment shows no stray "-->".
      expect(comments[0]!.body.startsWith(`<!-- dhow:revert-failed:production/${MODEL}/1.4.0 -->\n**dhow could not revert`)).toBe(true);
      expect(comments[0]!.body).toContain('Alert `b0a7d2e1`');
      expect(emulator.issues(repo)).toEqual([]);
      expect(emulator.violations).toEqual([]);
    } finally {
      await emulator.stop();
    }
  });
});
