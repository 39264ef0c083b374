/**
 * dhow init --repository OWNER/NAME [--protect] against the GitHub emulator, through the CLI: the registry's
 * files in one commit on the default branch, a differing dhow.yaml refused, the settings, labels and ruleset
 * of docs/github-setup.md, what a token without admin rights is told, and a second run that writes nothing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { dhow } from '../support/cli.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit } from '../support/github/registry.js';
import { createGitHubForge } from '../../src/forge/github.js';
import { silentLogger } from '../../src/logger.js';

const FRESH = 'acme/fresh-registry';
const TAKEN = 'acme/taken-registry';
const GUARDED = 'acme/guarded-registry';
const PLAIN = 'acme/plain-registry';
const APP = 'dhow-bot';
let gh: GitHubEmulator;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    repositories: [FRESH, TAKEN, GUARDED, PLAIN],
    users: ['alice'],
    apps: { [APP]: {} },
    // The App installed with Administration: write on GUARDED (an admin there); alice writes only.
    collaborators: { [GUARDED]: { [`${APP}[bot]`]: 'admin', alice: 'write' } },
    enforceRules: true,
  });
});
afterAll(async () => {
  await gh.stop();
});
afterEach(() => {
  expect(gh.violations.splice(0)).toEqual([]);
});

const env = (token: string): NodeJS.ProcessEnv => ({ GITHUB_TOKEN: token, GITHUB_API_URL: gh.url, DHOW_GITHUB_PACING: 'off', DHOW_REGISTRY: undefined });
const api = async (token: string, path: string) => {
  const response = await fetch(`${gh.url}${path}`, { headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json' } });
  return (await response.json()) as any;
};

describe('dhow init --repository', () => {
  it('writes dhow.yaml and the README in one commit on the default branch, then a second run writes nothing', async () => {
    const before = bareGit(gh, FRESH, ['rev-parse', 'main']);
    const first = await dhow(['init', '--repository', FRESH], { env: env(gh.tokenFor('acme')) });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const head = bareGit(gh, FRESH, ['rev-parse', 'main']);
    expect(first.stdout).toContain(`Wrote dhow.yaml and README.md to ${FRESH} in one commit ${head.slice(0, 8)} on main`);
    // One commit on the old head, changing exactly the two files.
    expect(bareGit(gh, FRESH, ['rev-parse', 'main^'])).toBe(before);
    expect(bareGit(gh, FRESH, ['diff-tree', '--no-commit-id', '--name-status', '-r', 'main']).split('\n').sort()).toEqual(['A\tdhow.yaml', 'M\tREADME.md']);
    // The documented default: dev -> staging -> production with 0, 1 and 2 approvals.
    const config = parseYaml(bareGit(gh, FRESH, ['show', 'main:dhow.yaml']));
    expect(config.kind).toBe('Registry');
    expect(config.environments.map((e: { name: string; approvals: number }) => [e.name, e.approvals])).toEqual([
      ['dev', 0],
      ['staging', 1],
      ['production', 2],
    ]);
    expect(bareGit(gh, FRESH, ['show', 'main:README.md'])).toMatch(/^# Model registry/);

    gh.resetCalls();
    const again = await dhow(['init', '--repository', FRESH], { env: env(gh.tokenFor('acme')) });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('no file to write');
    expect(again.stdout).toContain('Nothing changed.');
    expect(gh.calls.writes()).toEqual([]);
    expect(bareGit(gh, FRESH, ['rev-parse', 'main'])).toBe(head);
  });

  it('refuses a repository whose dhow.yaml differs, naming the file, and writes nothing (exit 1)', async () => {
    const theirs = 'apiVersion: dhow.dev/v1\nkind: Registry\nenvironments:\n  - name: qa\n    approvals: 1\n';
    const before = await gh.seed(TAKEN, { 'dhow.yaml': theirs });
    gh.resetCalls();
    const run = await dhow(['init', '--repository', TAKEN], { env: env(gh.tokenFor('acme')) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('dhow.yaml');
    expect(run.stderr).toContain('never overwrites');
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(gh.calls.writes()).toEqual([]);
    expect(bareGit(gh, TAKEN, ['rev-parse', 'main'])).toBe(before);
    expect(bareGit(gh, TAKEN, ['show', 'main:dhow.yaml'])).toBe(theirs.trimEnd());
  });

  it('names a repository the token cannot see, without a stack trace (exit 1)', async () => {
    const run = await dhow(['init', '--repository', 'acme/no-such-registry'], { env: env(gh.tokenFor('acme')) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('acme/no-such-registry');
    expect(run.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
  });

  it('needs a token in $GITHUB_TOKEN (exit 2)', async () => {
    const run = await dhow(['init', '--repository', FRESH], { env: { ...env(''), GITHUB_TOKEN: undefined } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('$GITHUB_TOKEN');
  });
});

describe('dhow init --repository --protect', () => {
  it("sets the settings, labels and ruleset with the App's token, the check pinned to the App, and a second run writes nothing", async () => {
    const token = gh.appToken(APP);
    const app = await api(token, `/apps/${APP}`);
    const run = await dhow(['init', '--repository', GUARDED, '--protect'], { env: env(token) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`pinned to the App ${APP} (integration id ${app.id})`);

    const repo = await api(token, `/repos/${GUARDED}`);
    expect([repo.allow_auto_merge, repo.delete_branch_on_merge, repo.allow_merge_commit]).toEqual([true, true, true]);
    const labels = (await api(token, `/repos/${GUARDED}/labels`)).map((l: { name: string }) => l.name).sort();
    expect(labels).toEqual(['dhow', 'dhow-revert-failed', 'dhow:revert', 'env:dev', 'env:production', 'env:staging']);
    const [summary] = await api(token, `/repos/${GUARDED}/rulesets`);
    const ruleset = await api(token, `/repos/${GUARDED}/rulesets/${summary.id}`);
    expect(ruleset).toMatchObject({ name: 'dhow', target: 'branch', enforcement: 'active', conditions: { ref_name: { include: ['~DEFAULT_BRANCH'] } } });
    const types = ruleset.rules.map((r: { type: string }) => r.type).sort();
    expect(types).toEqual(['deletion', 'non_fast_forward', 'pull_request', 'required_status_checks']);
    const checks = ruleset.rules.find((r: { type: string }) => r.type === 'required_status_checks').parameters.required_status_checks;
    expect(checks).toEqual([{ context: 'dhow/policy', integration_id: app.id }]);
    expect(ruleset.bypass_actors).toEqual([{ actor_id: app.id, actor_type: 'Integration', bypass_mode: 'always' }]);

    gh.resetCalls();
    const again = await dhow(['init', '--repository', GUARDED, '--protect'], { env: env(token) });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing changed.');
    expect(gh.calls.writes()).toEqual([]);
  });

  it('then GitHub refuses a direct commit to main: changes go through pull requests with dhow/policy', async () => {
    // Protected by the previous test's ruleset; the emulator enforces what the ruleset created through the API says.
    const forge = createGitHubForge({
      token: gh.tokenFor('acme'),
      repository: GUARDED,
      baseUrl: gh.url,
      logger: silentLogger,
      pacing: false,
      backoffUnitMs: 1,
    });
    const head = bareGit(gh, GUARDED, ['rev-parse', 'main']);
    const direct = forge.commitFiles({
      branch: 'main',
      expectedHead: head,
      changes: [{ path: 'releases/production/m.yaml', content: 'sneaked in\n' }],
      message: 'Straight to production',
    });
    await expect(direct).rejects.toThrow(/Changes must be made through a pull request[\s\S]*Required status check "dhow\/policy" is expected/);
    expect(bareGit(gh, GUARDED, ['rev-parse', 'main'])).toBe(head);
  });

  it("then only the App's dhow/policy status lets a pull request merge, not GITHUB_TOKEN's", async () => {
    const forge = createGitHubForge({
      token: gh.tokenFor('acme'),
      repository: GUARDED,
      baseUrl: gh.url,
      logger: silentLogger,
      pacing: false,
      backoffUnitMs: 1,
    });
    const base = bareGit(gh, GUARDED, ['rev-parse', 'main']);
    const { sha } = await forge.commitFiles({
      branch: 'dhow/promote/dev/m/1.0.0',
      expectedHead: null,
      from: base,
      changes: [{ path: 'notes.md', content: 'hello\n' }],
      message: 'A change',
    });
    const { request } = await forge.openOrUpdateRequest({ branch: 'dhow/promote/dev/m/1.0.0', base: 'main', title: 'A change', body: '', author: 'acme' });
    const post = (token: string, path: string, method: string, body: unknown) =>
      fetch(`${gh.url}${path}`, { method, headers: { authorization: `token ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const status = { state: 'success', context: 'dhow/policy', description: 'policy met' };
    expect((await post(gh.token, `/repos/${GUARDED}/statuses/${sha}`, 'POST', status)).status).toBe(201);
    const refused = await post(gh.tokenFor('acme'), `/repos/${GUARDED}/pulls/${request.id}/merge`, 'PUT', { sha });
    expect(refused.status).toBe(405);
    expect(((await refused.json()) as { message: string }).message).toContain('Required status check "dhow/policy" is expected.');
    expect((await post(gh.appToken(APP), `/repos/${GUARDED}/statuses/${sha}`, 'POST', status)).status).toBe(201);
    expect((await post(gh.tokenFor('acme'), `/repos/${GUARDED}/pulls/${request.id}/merge`, 'PUT', { sha })).status).toBe(200);
  });

  it('tells a token without admin rights which permission is missing, before any protection write (exit 1)', async () => {
    gh.resetCalls();
    const run = await dhow(['init', '--repository', PLAIN, '--protect'], { env: env(gh.tokenFor('alice')) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Administration: write');
    expect(run.stderr).toContain('404');
    // The files went in (alice may write: one createCommitOnBranch); nothing of the protection did.
    expect(gh.calls.writes().map((c) => `${c.operationId} ${/createCommitOnBranch/.test(JSON.stringify(c.body))}`)).toEqual(['graphql true']);
    expect(gh.repository(PLAIN).rulesets ?? []).toEqual([]);
  });

  it("with a person's admin token: protected, and the output says the check is not pinned and how to pin it", async () => {
    const run = await dhow(['init', '--repository', PLAIN, '--protect', '--json'], { env: env(gh.tokenFor('acme')) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.commit).toBeNull();
    expect(out.protection.policyCheckPinnedTo).toBeNull();
    expect(out.protection.ruleset.operation).toBe('created');
    const text = await dhow(['init', '--repository', PLAIN, '--protect'], { env: env(gh.tokenFor('acme')) });
    expect(text.stdout).toContain('dhow/policy is NOT pinned to an App');
    expect(text.stdout).toContain("App's installation token");
  });
});
