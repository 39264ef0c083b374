/**
 * The whole chain, as GitHub would run it: the example model repository (examples/model-repo) and the
 * example registry (examples/registry-repo) live in the GitHub emulator, and the workflow driver runs
 * their workflows and dhow's reusable workflows job by job, started only by the events the emulator says
 * GitHub would deliver. People act through the API with their own tokens (a push, reviews, merges).
 * Each workflow run prints its API calls and wall time; nothing here asserts a duration.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Octokit } from '@octokit/rest';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeRegistryFile } from '../../src/registry/files.js';
import { API_VERSION } from '../../src/registry/schemas.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { S3Emulator } from '../support/s3-emulator.js';
import { bareGit, refs, releaseFile, versionFile } from '../support/github/registry.js';
import { createWorkflowDriver, withDhowRepository, type WorkflowDriver, type WorkflowRun } from '../support/workflow-driver/index.js';

const MODEL_REPO = 'acme/model-repo';
const REGISTRY = 'acme/model-registry';
const TYPO_REPO = 'acme/typo-repo';
const MODEL = 'arabic-sentiment';
/** Where the drift alert arrives: production once promote.yml runs past the first environment. */
const DRIFT_ENVIRONMENT = 'production';
const APP = 'dhow-registry';
const APP_LOGIN = `${APP}[bot]`;
const CLIENT_ID = 'Iv23.dhowregistry';
const PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\nnot-a-real-key\n-----END PRIVATE KEY-----\n';
const examples = new URL('../../examples/', import.meta.url).pathname;

const S3_KEY = 'AKIDMODELREPO';
const S3_SECRET = 'model-repo-s3-secret/never-shown';

let gh: GitHubEmulator;
let s3: S3Emulator;
let driver: WorkflowDriver;
const report: string[] = [];

/** The files of an example as a user commits them: `OWNER/dhow` filled in with dhow's repository. */
function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = withDhowRepository(readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

const as = (login: string) => new Octokit({ auth: gh.tokenFor(login), baseUrl: gh.url });
const show = (repository: string, path: string, ref = 'main') => bareGit(gh, repository, ['show', `${ref}:${path}`]);
/** The last gate attempt recorded for 1.0.0 in an environment (gates/<env>/<model>/<version>.yaml). */
const evidence = (environment: string) =>
  (parseYaml(show(REGISTRY, `gates/${environment}/${MODEL}/1.0.0.yaml`)) as { attempts: { verdict: string }[] }).attempts.at(-1);
const release = (environment: string) =>
  parseYaml(show(REGISTRY, `releases/${environment}/${MODEL}.yaml`)) as { version: string; 'last-known-good'?: string; holds?: unknown[] };

/** A person pushes a commit to main through the API (the Git Data API), as `git push` would land. */
async function push(repository: string, login: string, files: Record<string, string>, message: string): Promise<void> {
  const [owner, repo] = repository.split('/') as [string, string];
  const octokit = as(login);
  const head = (await octokit.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
  const base = (await octokit.git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha;
  const tree = await octokit.git.createTree({
    owner,
    repo,
    base_tree: base,
    tree: Object.entries(files).map(([path, content]) => ({ path, mode: '100644' as const, type: 'blob' as const, content })),
  });
  const commit = await octokit.git.createCommit({ owner, repo, message, tree: tree.data.sha, parents: [head] });
  await octokit.git.updateRef({ owner, repo, ref: 'heads/main', sha: commit.data.sha });
}

function print(runs: WorkflowRun[]): void {
  for (const run of runs) {
    const line = `${run.repository} ${run.workflow} (${run.event}${run.action ? `.${run.action}` : ''}, attempt ${run.attempt}): ${run.result}, ${run.calls} API calls (${run.writes} writes), ${run.wallMs} ms`;
    report.push(line);
    console.log(line);
  }
}

const failures = (runs: WorkflowRun[]) =>
  runs
    .filter((r) => r.result === 'failure')
    .map((r) => ({
      workflow: r.workflow,
      error: r.error,
      jobs: r.jobs
        .filter((j) => j.result === 'failure')
        .map((j) => ({ job: j.name, error: j.error, steps: j.steps.filter((s) => s.result === 'failure').map((s) => [s.name, ...s.annotations]) })),
    }));

const openPull = (head: RegExp) => gh.pulls(REGISTRY).find((p) => p.state === 'open' && head.test(p.head));
const policyStatus = (sha: string) =>
  gh
    .repository(REGISTRY)
    .statuses.filter((s) => s.sha === sha && s.context === 'dhow/policy')
    .at(-1);

/** The model train.mjs writes, trained in a directory of its own. */
async function trainHere(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'dhow-chain-train-'));
  execFileSync(process.execPath, [join(examples, 'model-repo/train.mjs')], { env: { ...process.env, DHOW_OUTPUT_DIR: out, DHOW_PARAM_ALPHA: '1' } });
  return readFileSync(join(out, 'model.json'), 'utf8');
}

/** A person runs the model repository's promote workflow (workflow_dispatch); returns the pull request it opens. */
async function promoteByDispatch(environment: string) {
  await as('noura').actions.createWorkflowDispatch({
    owner: 'acme',
    repo: 'model-repo',
    workflow_id: 'promote.yml',
    ref: 'main',
    inputs: { version: '1.0.0', environment },
  });
  const runs = await driver.settle([MODEL_REPO, REGISTRY]);
  print(runs);
  expect(failures(runs)).toEqual([]);
  expect(runs[0]).toMatchObject({ repository: MODEL_REPO, workflow: 'promote.yml', event: 'workflow_dispatch' });
  const pull = openPull(new RegExp(`^dhow/promote/${environment}/`));
  expect(pull?.user).toBe(APP_LOGIN);
  return pull!;
}

/** A reviewer approves; the review event runs the registry's policy. */
async function review(pullNumber: number, login: string): Promise<void> {
  await as(login).pulls.createReview({ owner: 'acme', repo: 'model-registry', pull_number: pullNumber, event: 'APPROVE', body: 'Checked the gate report.' });
  const runs = await driver.settle([MODEL_REPO, REGISTRY]);
  print(runs);
  expect(failures(runs)).toEqual([]);
}

beforeAll(async () => {
  gh = await startGitHubEmulator({
    repositories: [MODEL_REPO, REGISTRY, TYPO_REPO],
    users: ['data-scientist', 'noura'],
    teams: { 'acme/ml-platform': ['layla', 'omar'], 'acme/model-risk': ['khalid'] },
    collaborators: {
      [REGISTRY]: { noura: 'maintain', 'data-scientist': 'write', layla: 'write', omar: 'write', khalid: 'write' },
    },
    apps: { [APP]: { membersRead: true } },
    enforceRules: true,
  });
  // The registry's ruleset (examples/registry-repo/RULESET.md): pull requests only and dhow/policy from the
  // App. The App bypasses it, because the register action commits version records straight to main.
  gh.protect(REGISTRY, 'main', {
    kind: 'ruleset',
    requirePullRequest: true,
    requiredStatusChecks: [{ context: 'dhow/policy', setBy: APP_LOGIN }],
    bypass: [APP_LOGIN],
  });
  await gh.seed(MODEL_REPO, filesOf(join(examples, 'model-repo')), { message: 'The example model repository' });
  const registryFiles = filesOf(join(examples, 'registry-repo'));
  registryFiles['.github/CODEOWNERS'] = registryFiles.CODEOWNERS!;
  delete registryFiles.CODEOWNERS;
  // 0.9.0 already runs everywhere: the version 1.0.0 is gated against, and the drift revert's last known good.
  registryFiles[`models/${MODEL}/model.yaml`] = serializeRegistryFile({
    apiVersion: API_VERSION,
    kind: 'Model',
    name: MODEL,
    owners: ['data-scientist'],
    language: ['ar'],
  });
  registryFiles[`models/${MODEL}/versions/0.9.0.yaml`] = versionFile(MODEL, '0.9.0', { metrics: { accuracy: 0.75, 'test-samples': 8 } });
  for (const environment of ['dev', 'staging', 'production']) registryFiles[`releases/${environment}/${MODEL}.yaml`] = releaseFile(environment, MODEL, '0.9.0');
  await gh.seed(REGISTRY, registryFiles, { message: 'The example registry' });

  s3 = await new S3Emulator({ region: 'me-central-1', buckets: ['acme-models-uae'], credentials: { [S3_KEY]: S3_SECRET } }).start();
  const secrets = { DHOW_APP_CLIENT_ID: CLIENT_ID, DHOW_APP_PRIVATE_KEY: PRIVATE_KEY };
  const storage = { DHOW_S3_ACCESS_KEY_ID: S3_KEY, DHOW_S3_SECRET_ACCESS_KEY: S3_SECRET };
  driver = createWorkflowDriver({
    gh,
    secrets: { [MODEL_REPO]: { ...secrets, ...storage }, [REGISTRY]: secrets, [TYPO_REPO]: { ...secrets, ...storage } },
    vars: { [MODEL_REPO]: { DHOW_S3_ENDPOINT: s3.url, DHOW_S3_PATH_STYLE: 'true' }, [TYPO_REPO]: { DHOW_S3_ENDPOINT: s3.url, DHOW_S3_PATH_STYLE: 'true' } },
    apps: { [CLIENT_ID]: { slug: APP, privateKey: PRIVATE_KEY } },
    env: { DHOW_GITHUB_PACING: 'off' },
    log: process.env.DHOW_DRIVER_LOG ? (line) => console.log(line) : undefined,
  });
});

afterAll(async () => {
  console.log(['', 'whole chain: API calls and wall time per workflow run', ...report].join('\n'));
  await driver?.dispose();
  await gh?.stop();
  await s3?.stop();
});

describe('from a push in the model repository to production', () => {
  it('trains, gates, registers and opens the dev pull request on a push; the policy passes it and a merge releases it', async () => {
    await push(MODEL_REPO, 'data-scientist', { 'data/NOTES.md': 'Reviews collected in November.\n' }, 'Train 1.0.0');
    const runs = await driver.settle([MODEL_REPO, REGISTRY]);
    print(runs);
    expect(failures(runs)).toEqual([]);
    // The register commit on main (by the App) and the opened pull request each start the policy.
    expect(runs.map((r) => `${r.repository} ${r.workflow} ${r.event}${r.action ? `.${r.action}` : ''}`)).toEqual([
      `${MODEL_REPO} train-and-promote.yml push`,
      `${REGISTRY} policy.yml push`,
      `${REGISTRY} policy.yml pull_request.opened`,
    ]);
    const record = parseYaml(show(REGISTRY, `models/${MODEL}/versions/1.0.0.yaml`)) as {
      metrics: Record<string, number>;
      artifact: { uri: string; digest: string };
      training: { region?: string };
    };
    // train.mjs gets 7 of the 8 held-out reviews right.
    expect(record.metrics).toMatchObject({ accuracy: 0.875, 'test-samples': 8 });
    expect(record.training.region).toBe('me-central-1');
    // The artifact is in the bucket, and it is the model train.mjs makes (trained here again, independently).
    const uri = /^s3:\/\/acme-models-uae\/(.+)$/.exec(record.artifact.uri);
    expect(uri).not.toBeNull();
    const stored = s3.object('acme-models-uae', uri![1]!);
    expect(stored).toBeDefined();
    expect(record.artifact.digest).toBe(`sha256:${createHash('sha256').update(stored!.body).digest('hex')}`);
    expect(stored!.body.toString('utf8')).toBe(await trainHere());
    // The dev gate results are this environment's evidence.
    expect(evidence('dev')).toMatchObject({ verdict: 'pass' });

    const pull = openPull(/^dhow\/promote\/dev\//)!;
    expect(pull.user).toBe(APP_LOGIN);
    const head = bareGit(gh, REGISTRY, ['rev-parse', pull.head]);
    expect(policyStatus(head)).toMatchObject({ state: 'success', creator: APP_LOGIN });

    await as('noura').pulls.merge({ owner: 'acme', repo: 'model-registry', pull_number: pull.number, merge_method: 'merge' });
    print(await driver.settle([MODEL_REPO, REGISTRY]));
    expect(release('dev').version).toBe('1.0.0');
    expect(show(REGISTRY, `deploy/dev/${MODEL}/inferenceservice.yaml`)).toContain('namespace: models-dev');
  }, 600_000);

  it('promotes to staging when dispatched: the policy waits for one review from ml-platform, then a merge releases it', async () => {
    const pull = await promoteByDispatch('staging');
    const head = () => bareGit(gh, REGISTRY, ['rev-parse', pull.head]);
    expect(policyStatus(head())).toMatchObject({ state: 'failure', creator: APP_LOGIN });
    await review(pull.number, 'layla');
    expect(policyStatus(head())).toMatchObject({ state: 'success', creator: APP_LOGIN });
    await as('noura').pulls.merge({ owner: 'acme', repo: 'model-registry', pull_number: pull.number, merge_method: 'merge' });
    print(await driver.settle([MODEL_REPO, REGISTRY]));
    expect(release('staging').version).toBe('1.0.0');
    expect(evidence('staging')).toMatchObject({ verdict: 'pass' });
  }, 600_000);

  it('promotes to production with two reviews, one of them from model-risk', async () => {
    const pull = await promoteByDispatch('production');
    const head = () => bareGit(gh, REGISTRY, ['rev-parse', pull.head]);
    await review(pull.number, 'layla');
    await review(pull.number, 'omar');
    // Two approvals, but none from the required group acme/model-risk.
    expect(policyStatus(head())).toMatchObject({ state: 'failure', creator: APP_LOGIN });
    expect(policyStatus(head())!.description).toMatch(/model-risk/);
    await review(pull.number, 'khalid');
    expect(policyStatus(head())).toMatchObject({ state: 'success', creator: APP_LOGIN });
    await as('noura').pulls.merge({ owner: 'acme', repo: 'model-registry', pull_number: pull.number, merge_method: 'merge' });
    print(await driver.settle([MODEL_REPO, REGISTRY]));
    expect(release('production').version).toBe('1.0.0');
    expect(release('production')['last-known-good']).toBe('0.9.0');
    expect(evidence('production')).toMatchObject({ verdict: 'pass' });
  }, 600_000);

  it('answers a drift alert with the revert pull request to the last known good version, merged at once', async () => {
    const environment = DRIFT_ENVIRONMENT;
    expect(release(environment).version).toBe('1.0.0');
    // The bridge (with the App's token) turns the Alertmanager alert into a repository_dispatch.
    const bridge = new Octokit({ auth: gh.appToken(APP), baseUrl: gh.url });
    await bridge.repos.createDispatchEvent({
      owner: 'acme',
      repo: 'model-registry',
      event_type: 'dhow-drift-alert',
      client_payload: {
        model: MODEL,
        environment,
        version: '1.0.0',
        fingerprint: 'a1b2c3',
        'starts-at': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        summary: 'drift',
      },
    });
    const runs = await driver.settle([MODEL_REPO, REGISTRY]);
    print(runs);
    expect(failures(runs)).toEqual([]);
    // The revert, then the policy on its pull request (merged by then: nothing left to judge), then on main.
    expect(runs.map((r) => `${r.workflow} ${r.event}${r.action ? `.${r.action}` : ''}`)).toEqual([
      'revert.yml repository_dispatch.dhow-drift-alert',
      'policy.yml pull_request.opened',
      'policy.yml push',
    ]);
    expect(runs[0]!.jobs[0]!.outputs).toMatchObject({ outcome: 'reverted', 'to-version': '0.9.0' });
    // The App opens the revert request and merges it at once: it bypasses the ruleset (see beforeAll).
    const revert = gh.pulls(REGISTRY).find((p) => p.head.startsWith(`dhow/revert/${environment}/${MODEL}/1.0.0-`))!;
    expect(revert).toMatchObject({ user: APP_LOGIN, merged: true, mergedBy: APP_LOGIN });
    expect(release(environment).version).toBe('0.9.0');
    expect(JSON.stringify(release(environment).holds)).toContain('1.0.0');
    expect(show(REGISTRY, `deploy/${environment}/${MODEL}/inferenceservice.yaml`)).toContain('0.9.0');
  }, 600_000);

  it('changes nothing when every workflow runs again ("Re-run all jobs")', async () => {
    const first = driver.runs.filter((r) => r.attempt === 1 && r.repository !== TYPO_REPO);
    const state = () => ({
      model: refs(gh, MODEL_REPO),
      registry: refs(gh, REGISTRY),
      pulls: JSON.stringify(gh.pulls(REGISTRY)),
      issues: gh.issues(REGISTRY).length,
      statuses: gh.repository(REGISTRY).statuses.length,
    });
    const before = state();
    const again: WorkflowRun[] = [];
    for (const run of first) again.push(await driver.rerun(run));
    print(again);
    expect(again.map((r) => [r.workflow, r.writes])).toEqual(first.map((r) => [r.workflow, 0]));
    expect(state()).toEqual(before);
    // The dispatched promotion to staging finds 1.0.0 already running there: nothing to do, exit 0. The one to
    // production is refused, writing nothing: 1.0.0 is held there since the drift revert. The re-trained
    // version registers as the same one: its run's duration differs, its artifact's digest does not.
    const refusals = failures(again).map((f) => `${f.workflow}: ${JSON.stringify(f.jobs.map((j) => j.steps))}`);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatch(/^promote\.yml: .*promote: promotion of arabic-sentiment 1\.0\.0 to production refused.*is held in production/);
  }, 1_200_000);

  it('refuses a caller whose input is misspelt, naming the input, before any job runs', async () => {
    const caller = withDhowRepository(readFileSync(join(examples, 'model-repo/.github/workflows/train-and-promote.yml'), 'utf8')).replace(
      '      environment: dev\n',
      '      enviroment: dev\n',
    );
    expect(caller).toContain('enviroment: dev');
    await gh.seed(TYPO_REPO, { ...filesOf(join(examples, 'model-repo')), '.github/workflows/train-and-promote.yml': caller });
    const before = refs(gh, REGISTRY);
    await push(TYPO_REPO, 'data-scientist', { 'data/NOTES.md': 'typo\n' }, 'Train with a typo');
    const runs = await driver.settle([TYPO_REPO]);
    print(runs);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.result).toBe('failure');
    expect(runs[0]!.error).toContain('Invalid input, enviroment is not defined in the referenced workflow.');
    expect(runs[0]!.jobs).toEqual([]);
    expect(refs(gh, REGISTRY)).toBe(before);
  }, 60_000);
});
