/**
 * Gate evidence per environment (issue 12, item 1): one version carried dev -> staging -> production as
 * promote.yml carries it, registering it again from each environment's run with that environment's gate
 * report, on BOTH forges. The version record is written once; each environment's results land in
 * gates/<env>/<model>/<version>.yaml; a "Re-run all jobs" of any environment writes nothing; evidence for
 * an unknown version or environment is refused with the registry unchanged. Then the same through the
 * register action (the step promote.yml runs) and the CLI.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import type { Forge } from '../../src/forge/forge.js';
import { createGitHubForge } from '../../src/forge/github.js';
import { initRegistry, type LocalForge } from '../../src/forge/local.js';
import { silentLogger } from '../../src/logger.js';
import { mergePromotion } from '../../src/policy/merge.js';
import { openPromotion } from '../../src/promote/execute.js';
import { parseRegistryFile, serializeRegistryFile } from '../../src/registry/files.js';
import { API_VERSION, RegistryConfig, type GateAttempt, type VersionRecord } from '../../src/registry/schemas.js';
import { recordGateEvidence, registerVersion } from '../../src/registry/store.js';
import { validateRegistry } from '../../src/registry/validate.js';
import { runActionProcess } from '../support/action.js';
import { dhow } from '../support/cli.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit } from '../support/github/registry.js';
import { show, tempDir, tempRegistry } from '../support/registry.js';

const REPO = 'acme/registry';
const ENVIRONMENTS = ['dev', 'staging', 'production'] as const;
const CONFIG = RegistryConfig.parse({
  apiVersion: API_VERSION,
  kind: 'Registry',
  environments: [
    { name: 'dev', approvals: 0 },
    { name: 'staging', approvals: 1 },
    { name: 'production', approvals: 1 },
  ],
});
const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const POLICY = sha256('dhow-gates.yaml');
const runOf = (environment: string) => `https://github.example/acme/model-repo/actions/runs/${100 + ENVIRONMENTS.indexOf(environment as 'dev')}`;

/** The version record as each environment's run drafts it: same content, its own run and registration time. */
function record(model: string, run: string, attempt: number, at: string): VersionRecord {
  return {
    apiVersion: API_VERSION,
    kind: 'ModelVersion',
    model,
    version: '1.0.0',
    artifact: { uri: `s3://models/${model}/1.0.0`, digest: sha256(`${model}/1.0.0`) },
    source: { repository: 'https://github.example/acme/model-repo', commit: 'a'.repeat(40), 'run-url': run, 'run-attempt': attempt },
    data: {},
    training: { mode: 'external' },
    parameters: {},
    metrics: { accuracy: 0.91 },
    serving: {},
    'created-by': 'ds',
    'created-at': at,
  };
}

/** An environment's gate results: its own report (the baseline differs per environment). */
function results(environment: string, run: string, attempt: number, measured = 120): GateAttempt {
  return {
    verdict: 'pass',
    'policy-digest': POLICY,
    'report-digest': sha256(`report ${environment} ${measured}`),
    summary: [{ gate: 'latency', metric: 'p99', verdict: 'pass', value: measured, threshold: 500 }],
    'run-url': run,
    'run-attempt': attempt,
    'recorded-by': 'ds',
    'recorded-at': `2026-11-2${ENVIRONMENTS.indexOf(environment as 'dev')}T10:0${attempt}:00Z`,
  };
}

interface Harness {
  name: 'local' | 'github';
  forge: Forge;
  approve(id: string, reviewer: string): Promise<void>;
}

let gh: GitHubEmulator;
const harnesses: Harness[] = [];

beforeAll(async () => {
  const local: LocalForge = await initRegistry(await tempDir(), CONFIG, { identity: { name: 'dhow-test' } });
  harnesses.push({
    name: 'local',
    forge: local,
    approve: async (id, reviewer) => void (await local.submitReview(id, { reviewer, state: 'approved' })),
  });
  gh = await startGitHubEmulator({
    repositories: [REPO],
    users: ['ds', 'bob'],
    collaborators: { [REPO]: { acme: 'admin', ds: 'write', bob: 'write' } },
  });
  await gh.seed(REPO, { 'dhow.yaml': serializeRegistryFile(CONFIG) });
  harnesses.push({
    name: 'github',
    forge: createGitHubForge({ token: gh.token, repository: REPO, baseUrl: gh.url, logger: silentLogger, pacing: false, backoffUnitMs: 5 }),
    async approve(id, reviewer) {
      const octokit = new Octokit({ auth: gh.tokenFor(reviewer), baseUrl: gh.url });
      await octokit.pulls.createReview({ owner: 'acme', repo: 'registry', pull_number: Number(id), event: 'APPROVE' });
    },
  });
}, 120_000);
afterAll(() => gh?.stop());

describe.each(['local', 'github'] as const)('gate evidence per environment on the %s forge', (name) => {
  const harness = () => harnesses.find((h) => h.name === name)!;
  const main = () => harness().forge.branchHead('main');

  it('carries one version dev -> staging -> production, each environment with its own evidence, each re-run a no-op', async () => {
    const { forge, approve } = harness();
    const model = 'chain';
    for (const [i, environment] of ENVIRONMENTS.entries()) {
      const run = runOf(environment);
      // The register job of this environment's promote.yml run.
      const before = await main();
      const first = await registerVersion(forge, record(model, run, 1, `2026-11-2${i}T10:00:00Z`), {
        by: 'ds',
        evidence: { environment, attempt: results(environment, run, 1) },
      });
      expect(first.operation).toBe(i === 0 ? 'created' : 'unchanged');
      expect(first.evidence).toMatchObject({ operation: 'recorded', path: `gates/${environment}/${model}/1.0.0.yaml` });
      expect(first.commit).not.toBe(before);
      expect(await main()).toBe(first.commit);

      // "Re-run all jobs": attempt 2 of the same run, the gates re-measured, registered later.
      const again = await registerVersion(forge, record(model, run, 2, `2026-11-2${i}T11:00:00Z`), {
        by: 'ds',
        evidence: { environment, attempt: { ...results(environment, run, 2, 131) } },
      });
      expect(again.operation).toBe('unchanged');
      expect(again.evidence?.operation).toBe('unchanged');
      expect(await main()).toBe(first.commit);

      // The promote job, run twice: the second changes nothing.
      const opened = await openPromotion(forge, { model, version: '1.0.0', environment }, { by: 'ds', logger: silentLogger });
      const branchHead = await forge.branchHead(`dhow/promote/${environment}/${model}`);
      const reopened = await openPromotion(forge, { model, version: '1.0.0', environment }, { by: 'ds', logger: silentLogger });
      expect(reopened.operation).toBe('none');
      expect(await forge.branchHead(`dhow/promote/${environment}/${model}`)).toBe(branchHead);
      expect(await main()).toBe(first.commit);

      if (environment !== 'dev') await approve(opened.request.id, 'bob');
      await mergePromotion(forge, opened.request.id, { by: 'merger' });
      const release = parseRegistryFile('Release', 'release', (await forge.readFile(`releases/${environment}/${model}.yaml`, 'main'))!);
      expect(release.version).toBe('1.0.0');
    }

    // The record was written once, by dev's run, with no gates; each environment holds its own single attempt.
    const text = (await forge.readFile(`models/${model}/versions/1.0.0.yaml`, 'main'))!;
    const stored = parseRegistryFile('ModelVersion', 'record', text);
    expect(stored.gates).toBeUndefined();
    expect(stored.source['run-url']).toBe(runOf('dev'));
    for (const environment of ENVIRONMENTS) {
      const evidence = parseRegistryFile('GateEvidence', 'evidence', (await forge.readFile(`gates/${environment}/${model}/1.0.0.yaml`, 'main'))!);
      expect(evidence).toMatchObject({ model, version: '1.0.0', environment });
      expect(evidence.attempts).toEqual([results(environment, runOf(environment), 1)]);
    }
    expect(await validateRegistry(forge, (await main())!)).toEqual([]);
  }, 300_000);

  it('records the pass of a re-run after a failure, keeping the failure', async () => {
    const { forge } = harness();
    const model = 'rerun';
    const run = runOf('dev');
    const failed: GateAttempt = {
      ...results('dev', run, 1, 798),
      verdict: 'fail',
      summary: [{ gate: 'latency', metric: 'p99', verdict: 'fail', value: 798, threshold: 500 }],
    };
    await registerVersion(forge, record(model, run, 1, '2026-11-20T10:00:00Z'), { by: 'ds', evidence: { environment: 'dev', attempt: failed } });
    const second = await registerVersion(forge, record(model, run, 2, '2026-11-20T11:00:00Z'), {
      by: 'ds',
      evidence: { environment: 'dev', attempt: results('dev', run, 2) },
    });
    expect(second.evidence?.operation).toBe('recorded');
    const evidence = parseRegistryFile('GateEvidence', 'evidence', (await forge.readFile(`gates/dev/${model}/1.0.0.yaml`, 'main'))!);
    expect(evidence.attempts.map((a) => [a.verdict, a['run-attempt']])).toEqual([
      ['fail', 1],
      ['pass', 2],
    ]);
  });

  it('refuses evidence for a version that is not registered, or an environment not in dhow.yaml, writing nothing', async () => {
    const { forge } = harness();
    const before = await main();
    const missing = recordGateEvidence(forge, { model: 'ghost', version: '9.9.9', environment: 'staging', attempt: results('staging', runOf('staging'), 1) });
    await expect(missing).rejects.toThrow(DhowError);
    await expect(missing).rejects.toMatchObject({ code: 'not-found', file: 'models/ghost/versions/9.9.9.yaml' });
    const unknown = registerVersion(forge, record('qa-model', runOf('dev'), 1, '2026-11-20T10:00:00Z'), {
      by: 'ds',
      evidence: { environment: 'qa', attempt: results('dev', runOf('dev'), 1) },
    });
    await expect(unknown).rejects.toMatchObject({ code: 'not-found', field: 'environment' });
    expect(await main()).toBe(before);
    expect(await forge.readFile('models/qa-model/versions/1.0.0.yaml', 'main')).toBeNull();
  });

  it('refuses another run with other results under the same policy, writing nothing', async () => {
    const { forge } = harness();
    const model = 'shopping';
    await registerVersion(forge, record(model, runOf('dev'), 1, '2026-11-20T10:00:00Z'), {
      by: 'ds',
      evidence: { environment: 'dev', attempt: results('dev', runOf('dev'), 1) },
    });
    const before = await main();
    const other = 'https://github.example/acme/model-repo/actions/runs/999';
    const refused = registerVersion(forge, record(model, other, 1, '2026-11-21T10:00:00Z'), {
      by: 'ds',
      evidence: { environment: 'dev', attempt: results('dev', other, 1, 90) },
    });
    await expect(refused).rejects.toMatchObject({ code: 'refused', file: `gates/dev/${model}/1.0.0.yaml` });
    expect(await main()).toBe(before);
  });
});

describe('validate', () => {
  it('names gate evidence of an unregistered version and of an environment dhow.yaml lacks', async () => {
    const forge = await initRegistry(await tempDir(), CONFIG, { identity: { name: 'dhow-test' } });
    const evidence = (environment: string) =>
      serializeRegistryFile({
        apiVersion: API_VERSION,
        kind: 'GateEvidence',
        model: 'm',
        version: '1.0.0',
        environment,
        attempts: [results('dev', runOf('dev'), 1)],
      });
    const { sha } = await forge.commitFiles({
      branch: 'main',
      expectedHead: await forge.branchHead('main'),
      changes: [
        { path: 'gates/staging/m/1.0.0.yaml', content: evidence('staging') },
        { path: 'gates/qa/m/1.0.0.yaml', content: evidence('qa') },
      ],
      message: 'hand-made evidence',
    });
    const problems = await validateRegistry(forge, sha);
    expect(problems).toContainEqual({ file: 'gates/staging/m/1.0.0.yaml', field: 'version', message: 'version "1.0.0" of m is not registered' });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'gates/qa', message: expect.stringMatching(/environment "qa" is not in dhow.yaml/) }));
  });
});

describe('the register action, as promote.yml runs it for each environment', () => {
  it('registers once, records each environment, and writes nothing on a re-run', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'dhow-evidence-ws-'));
    // The train action's draft: no provenance yet (the action adds this run's), no registration.
    const draft = { ...record('action-model', runOf('dev'), 1, '2026-11-20T10:00:00Z'), source: {} };
    await writeFile(join(workspace, 'dhow-version.yaml'), serializeRegistryFile(draft).replace(/created-(at|by): .*\n/g, ''));
    const report = (environment: string) => ({
      apiVersion: 'dhow.dev/v1',
      kind: 'GateReport',
      verdict: 'pass',
      blocked: false,
      'policy-digest': POLICY,
      'policy-files': ['dhow-gates.yaml'],
      candidate: { file: 'dhow-version.yaml', model: 'action-model', version: '1.0.0' },
      environment,
      'baseline-version': null,
      'generated-at': '2026-11-20T10:00:00Z',
      gates: [],
    });
    const step = async (environment: string, runId: string, attempt: string) => {
      await writeFile(join(workspace, 'report.json'), JSON.stringify(report(environment)));
      return runActionProcess('register', {
        inputs: { 'github-token': gh.token, registry: REPO, 'version-file': 'dhow-version.yaml', 'gate-report': 'report.json', environment },
        env: { GITHUB_API_URL: gh.url, DHOW_GITHUB_PACING: 'off', GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt },
        cwd: workspace,
      });
    };
    const dev = await step('dev', '2001', '1');
    expect(dev.annotations).toEqual([]);
    expect(dev.outputs).toMatchObject({ operation: 'created', evidence: 'recorded', 'evidence-path': 'gates/dev/action-model/1.0.0.yaml' });

    const staging = await step('staging', '2002', '1');
    expect(staging.annotations).toEqual([]);
    expect(staging.outputs).toMatchObject({ operation: 'none', evidence: 'recorded', 'evidence-path': 'gates/staging/action-model/1.0.0.yaml' });
    const evidence = parseYaml(bareGit(gh, REPO, ['show', 'main:gates/staging/action-model/1.0.0.yaml']));
    expect(evidence.attempts).toHaveLength(1);
    expect(evidence.attempts[0]).toMatchObject({
      verdict: 'pass',
      'policy-digest': POLICY,
      'run-url': 'https://github.example/acme/model-repo/actions/runs/2002',
      'run-attempt': 1,
      'recorded-by': 'data-scientist',
    });
    const record1 = parseYaml(bareGit(gh, REPO, ['show', 'main:models/action-model/versions/1.0.0.yaml']));
    expect(record1.gates).toBeUndefined();
    expect(record1.source['run-url']).toBe('https://github.example/acme/model-repo/actions/runs/2001');

    const before = bareGit(gh, REPO, ['rev-parse', 'main']);
    gh.resetCalls();
    const rerun = await step('staging', '2002', '2');
    expect(rerun.annotations).toEqual([]);
    expect(rerun.outputs).toMatchObject({ operation: 'none', evidence: 'none' });
    expect(gh.calls.writes()).toEqual([]);
    expect(bareGit(gh, REPO, ['rev-parse', 'main'])).toBe(before);
  });
});

describe('the gate action on a registry read through the API', () => {
  it('takes the version live in the environment on GitHub as its baseline, with no checkout', async () => {
    const forge = harnesses.find((h) => h.name === 'github')!.forge;
    await registerVersion(forge, record('api-gated', runOf('dev'), 1, '2026-11-20T10:00:00Z'), { by: 'ds' });
    const opened = await openPromotion(forge, { model: 'api-gated', version: '1.0.0', environment: 'dev' }, { by: 'ds', logger: silentLogger });
    await mergePromotion(forge, opened.request.id, { by: 'merger' });

    const workspace = await mkdtemp(join(tmpdir(), 'dhow-evidence-gate-'));
    const policy = [
      'apiVersion: dhow.dev/v1',
      'kind: GatePolicy',
      'gates:',
      '  - name: accuracy',
      '    metric: accuracy',
      '    source: { kind: candidate }',
      '    threshold: 0.8',
      '    min-absolute-change: 0.01',
      '    greater-is-better: true',
      '',
    ].join('\n');
    await writeFile(join(workspace, 'gates.yaml'), policy);
    const candidate = { ...record('api-gated', runOf('dev'), 1, '2026-11-21T10:00:00Z'), version: '1.1.0', metrics: { accuracy: 0.95 }, source: {} };
    await writeFile(join(workspace, 'candidate.yaml'), serializeRegistryFile(candidate));
    const run = await runActionProcess('gate', {
      cwd: workspace,
      inputs: {
        policy: 'gates.yaml',
        candidate: 'candidate.yaml',
        'registry-repository': REPO,
        'github-token': gh.token,
        environment: 'dev',
        'report-path': 'report.json',
      },
      env: { GITHUB_API_URL: gh.url, DHOW_GITHUB_PACING: 'off' },
    });
    expect(run.annotations).toEqual([]);
    expect(run.outputs.verdict).toBe('pass');
    // The baseline came from the registry on GitHub: 1.0.0 runs in dev there, with accuracy 0.91.
    const report = JSON.parse(await readFile(join(workspace, 'report.json'), 'utf8'));
    expect(report['baseline-version']).toBe('1.0.0');
    expect(report.gates[0]).toMatchObject({ name: 'accuracy', baseline: 0.91, value: 0.95 });
    expect((run.stdout + run.stderr).split('\n').filter((l) => l.includes(gh.token) && !l.startsWith('::add-mask::'))).toEqual([]);
  });
});

describe('dhow register --gate-report --environment', () => {
  it('records each environment on a local registry, and refuses a report without its environment', async () => {
    const reg = await tempRegistry();
    const dir = await tempDir();
    const reportFile = join(dir, 'report.json');
    const base = ['register', '--registry', reg, '--model', 'm', '--version', 'v1', '--artifact', 's3://b/m/v1', '--digest', sha256('m/v1'), '--as', 'ds'];
    await writeFile(reportFile, JSON.stringify(cliReport('dev')));
    const dev = await dhow([...base, '--gate-report', reportFile, '--environment', 'dev', '--json']);
    expect(dev.code).toBe(0);
    expect(JSON.parse(dev.stdout)).toMatchObject({
      operation: 'created',
      evidence: { operation: 'recorded', path: 'gates/dev/m/v1.yaml', environment: 'dev' },
    });
    await writeFile(reportFile, JSON.stringify(cliReport('staging')));
    const staging = await dhow([...base, '--gate-report', reportFile, '--environment', 'staging']);
    expect(staging.code).toBe(0);
    expect(staging.stdout).toMatch(/already registered with identical content: recorded its gate results for staging in gates\/staging\/m\/v1\.yaml/);
    expect(parseYaml(show(reg, 'gates/staging/m/v1.yaml'))).toMatchObject({ kind: 'GateEvidence', environment: 'staging', attempts: [{ verdict: 'pass' }] });

    const alone = await dhow([...base, '--gate-report', reportFile]);
    expect(alone.code).not.toBe(0);
    expect(alone.stderr).toMatch(/--environment/);
    expect((await dhow(['validate', '--registry', reg])).code).toBe(0);
  });
});

function cliReport(environment: string) {
  return {
    apiVersion: 'dhow.dev/v1',
    kind: 'GateReport',
    verdict: 'pass',
    blocked: false,
    'policy-digest': POLICY,
    'policy-files': ['dhow-gates.yaml'],
    candidate: { file: 'candidate.yaml', model: 'm', version: 'v1' },
    environment,
    'baseline-version': null,
    'generated-at': '2026-11-20T10:00:00Z',
    gates: [],
  };
}
