/**
 * Every reader shows the gate evidence the policy engine judges (issue 12, items 1 and 5): a version
 * registered the promote.yml way has its results in gates/<env>/<model>/<version>.yaml, one file per
 * environment, and no `gates` in its record. dev passed at once; staging failed, then its re-run passed.
 * `dhow versions` (JSON and table), the evidence pack (model card, test reports with the attempts) and the
 * site show each environment's verdict; a registry older than gates/ still shows its record's gates.
 * Every expected value below is written by hand from the fixture.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initRegistry } from '../../src/forge/local.js';
import { API_VERSION, RegistryConfig, type GateAttempt, type GateResults, type VersionRecord } from '../../src/registry/schemas.js';
import { serializeRegistryFile } from '../../src/registry/files.js';
import { registerVersion } from '../../src/registry/store.js';
import { dhow } from '../support/cli.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { seedRegistry } from '../support/github/registry.js';
import { promoteAndMerge, tempDir } from '../support/registry.js';

const CONFIG = RegistryConfig.parse({
  apiVersion: API_VERSION,
  kind: 'Registry',
  environments: [
    { name: 'dev', approvals: 0 },
    { name: 'staging', approvals: 0 },
    { name: 'production', approvals: 0 },
  ],
});
const MODEL = 'intent';
const POLICY = `sha256:${'a'.repeat(64)}`;
const DEV_RUN = 'https://github.example/acme/model-repo/actions/runs/100';
const STAGING_RUN = 'https://github.example/acme/model-repo/actions/runs/101';

function record(gates?: GateResults): VersionRecord {
  return {
    apiVersion: API_VERSION,
    kind: 'ModelVersion',
    model: MODEL,
    version: '1.0.0',
    artifact: { uri: `s3://models/${MODEL}/1.0.0`, digest: `sha256:${'1'.repeat(64)}` },
    source: {},
    data: {},
    training: { mode: 'external' },
    parameters: {},
    metrics: { accuracy: 0.91 },
    serving: {},
    'created-by': 'ds',
    'created-at': '2026-11-20T09:00:00Z',
    ...(gates ? { gates } : {}),
  };
}

function attempt(verdict: 'pass' | 'fail', p99: number, run: string, runAttempt: number, at: string): GateAttempt {
  return {
    verdict,
    'policy-digest': POLICY,
    'report-digest': `sha256:${String(p99 % 10).repeat(64)}`,
    summary: [{ gate: 'latency', metric: 'p99', verdict, value: p99, threshold: 500 }],
    'run-url': run,
    'run-attempt': runAttempt,
    'recorded-by': 'ds',
    'recorded-at': at,
  };
}

const versionsJson = async (registry: string) => {
  const r = await dhow(['versions', '--registry', registry, '--model', MODEL, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { versions: { version: string; gates: unknown }[] };
};

describe('readers of per-environment gate evidence', () => {
  let registry: string;
  let pack: string;
  let site: string;

  beforeAll(async () => {
    registry = join(await tempDir(), 'registry.git');
    const forge = await initRegistry(registry, CONFIG, { identity: { name: 'dhow-test' } });
    await registerVersion(forge, record(), { evidence: { environment: 'dev', attempt: attempt('pass', 120, DEV_RUN, 1, '2026-11-20T10:00:00Z') } });
    await registerVersion(forge, record(), { evidence: { environment: 'staging', attempt: attempt('fail', 798, STAGING_RUN, 1, '2026-11-21T10:00:00Z') } });
    await registerVersion(forge, record(), { evidence: { environment: 'staging', attempt: attempt('pass', 231, STAGING_RUN, 2, '2026-11-21T11:00:00Z') } });
    await promoteAndMerge(registry, MODEL, '1.0.0', 'dev');
    await promoteAndMerge(registry, MODEL, '1.0.0', 'staging');
    pack = join(await tempDir(), 'pack');
    site = join(await tempDir(), 'site');
    for (const args of [
      ['evidence', '--registry', registry, '--model', MODEL, '--out', pack],
      ['site', '--registry', registry, '--out', site],
    ]) {
      const r = await dhow(args);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
  }, 240_000);

  it('dhow versions --json gives each environment its latest verdict and how many attempts it took', async () => {
    expect((await versionsJson(registry)).versions[0]!.gates).toEqual({
      dev: { verdict: 'pass', source: 'evidence', attempts: 1 },
      staging: { verdict: 'pass', source: 'evidence', attempts: 2 },
    });
  });

  it('dhow versions shows the same in its table', async () => {
    const r = await dhow(['versions', '--registry', registry, '--model', MODEL]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(
      /^1\.0\.0\s+111111111111\s+2026-11-20T09:00:00Z\s+ds\s+accuracy=0\.91\s+dev=pass staging=pass\(2 attempts\)\s+dev, staging\s+-$/,
    );
  });

  it("the evidence pack's test report for staging lists the failed attempt before the one the promotion rests on", async () => {
    const reports = join(pack, 'test-reports', MODEL, 'staging');
    const files = await readdir(reports);
    expect(files).toHaveLength(1);
    const report = await readFile(join(reports, files[0]!), 'utf8');
    expect(report).toContain('- Verdict: **pass**');
    expect(report).toContain(`- Gate report digest: \`sha256:${'1'.repeat(64)}\``);
    expect(report).toContain(`- Recorded in: gates/staging/${MODEL}/1.0.0.yaml`);
    expect(report).toContain('| latency | p99 | pass | 231 | 500 |  |');
    expect(report).toContain(`| 1 | fail | 2026-11-21T10:00:00Z | ds | ${STAGING_RUN} | 1 | \`sha256:${'8'.repeat(64)}\` |`);
    expect(report).toContain(`| 2 | pass | 2026-11-21T11:00:00Z | ds | ${STAGING_RUN} | 2 | \`sha256:${'1'.repeat(64)}\` |`);
    const dev = await readdir(join(pack, 'test-reports', MODEL, 'dev'));
    const devReport = await readFile(join(pack, 'test-reports', MODEL, 'dev', dev[0]!), 'utf8');
    expect(devReport).toContain('| latency | p99 | pass | 120 | 500 |  |');
    expect(devReport).not.toContain('| 231 |');
  });

  it("the model card shows each environment's gates under its own heading", async () => {
    const card = await readFile(join(pack, 'model-cards', MODEL, '1.0.0.md'), 'utf8');
    const english = card.slice(0, card.indexOf('<div dir="rtl"'));
    const gates = english.slice(english.indexOf('## Gates'), english.indexOf('## Limitations'));
    expect(gates).toContain('### dev\n\n- Verdict: **pass**');
    expect(gates).toContain('### staging\n\n- Verdict: **pass**');
    expect(gates).toContain('- Attempts recorded: 2');
    expect(gates).toContain('| latency | p99 | pass | 120 | 500 |');
    expect(gates).toContain('| latency | p99 | pass | 231 | 500 |');
    expect(gates).not.toContain('production');
  });

  it("the site's model page shows each environment's verdict and staging's attempts", async () => {
    const page = await readFile(join(site, 'models', `${MODEL}.html`), 'utf8');
    const row = page.slice(page.indexOf('<tr id="version-1.0.0">'), page.indexOf('</tr>', page.indexOf('<tr id="version-1.0.0">')));
    expect(row).toContain(
      '<div class="gates" data-env="dev"><strong>dev</strong>: <span class="pass">pass</span><br>latency p99: <span class="pass">pass</span> 120 (threshold 500)</div>',
    );
    expect(row).toContain(
      '<div class="gates" data-env="staging"><strong>staging</strong>: <span class="pass">pass</span><br>latency p99: <span class="pass">pass</span> 231 (threshold 500)<br><small>2 attempts: fail → pass</small></div>',
    );
    expect(row).not.toContain('data-env="production"');
  });
});

describe('readers of a registry older than gates/', () => {
  it("still show the record's gates", { timeout: 240_000 }, async () => {
    const registry = join(await tempDir(), 'registry.git');
    const forge = await initRegistry(registry, CONFIG, { identity: { name: 'dhow-test' } });
    const gates: GateResults = {
      verdict: 'warn',
      'policy-digest': POLICY,
      summary: [{ gate: 'memory', metric: 'peak', verdict: 'warn', value: 7000, threshold: 8000 }],
    };
    await registerVersion(forge, record(gates));
    await promoteAndMerge(registry, MODEL, '1.0.0', 'dev');
    // The engine counts the record's gates for every environment; the table says it once.
    expect((await versionsJson(registry)).versions[0]!.gates).toEqual({
      dev: { verdict: 'warn', source: 'record', attempts: 0 },
      staging: { verdict: 'warn', source: 'record', attempts: 0 },
      production: { verdict: 'warn', source: 'record', attempts: 0 },
    });
    const table = await dhow(['versions', '--registry', registry, '--model', MODEL]);
    expect(table.stdout.split('\n')[1]).toMatch(/accuracy=0\.91\s+warn \(record\)\s+dev\s+-$/);

    const pack = join(await tempDir(), 'pack');
    const site = join(await tempDir(), 'site');
    expect((await dhow(['evidence', '--registry', registry, '--model', MODEL, '--out', pack])).code).toBe(0);
    expect((await dhow(['site', '--registry', registry, '--out', site])).code).toBe(0);
    const card = await readFile(join(pack, 'model-cards', MODEL, '1.0.0.md'), 'utf8');
    expect(card).toContain(`## Gates\n\n- Verdict: **warn**\n- Gate policy digest: \`${POLICY}\``);
    expect(card).not.toContain('### dev');
    const dir = join(pack, 'test-reports', MODEL, 'dev');
    const report = await readFile(join(dir, (await readdir(dir))[0]!), 'utf8');
    expect(report).toContain('- Verdict: **warn**');
    expect(report).toContain('- Recorded in: the version record');
    expect(report).toContain('| memory | peak | warn | 7000 | 8000 |  |');
    expect(report).not.toContain('### Attempts');
    const page = await readFile(join(site, 'models', `${MODEL}.html`), 'utf8');
    expect(page).toContain('<span class="warn">warn</span><br>memory peak: <span class="warn">warn</span> 7000 (threshold 8000)');
    expect(page).not.toContain('class="gates"');
  });
});

describe('dhow versions against a registry on GitHub', () => {
  const REPO = 'acme/registry';
  let gh: GitHubEmulator;
  beforeAll(async () => {
    gh = await startGitHubEmulator({ repositories: [REPO], users: ['data-scientist'] });
    // seedRegistry records sentiment 1.0.0 with no gates; staging's evidence file is added as promote.yml writes it.
    await seedRegistry(gh, REPO, { models: { sentiment: ['1.0.0'] } });
    const evidence = {
      apiVersion: API_VERSION,
      kind: 'GateEvidence' as const,
      model: 'sentiment',
      version: '1.0.0',
      environment: 'staging',
      attempts: [attempt('fail', 798, STAGING_RUN, 1, '2026-11-21T10:00:00Z'), attempt('pass', 231, STAGING_RUN, 2, '2026-11-21T11:00:00Z')],
    };
    await gh.seed(REPO, { 'gates/staging/sentiment/1.0.0.yaml': serializeRegistryFile(evidence) });
  });
  afterAll(() => gh.stop());

  it("reads each environment's evidence through the API", async () => {
    const r = await dhow(['versions', '--repository', REPO, '--model', 'sentiment', '--json'], {
      env: { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url, DHOW_GITHUB_PACING: 'off', DHOW_REGISTRY: undefined },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { versions: { gates: unknown }[] }).versions[0]!.gates).toEqual({
      staging: { verdict: 'pass', source: 'evidence', attempts: 2 },
    });
    expect(gh.violations.splice(0)).toEqual([]);
  });
});
