/**
 * A local registry whose history the site reads (models, versions, gate evidence with attempts, releases
 * promoted, rolled back and removed), written in a fixed number of direct commits whatever the number of
 * models: each commit touches every model. Pushed into the GitHub emulator, it is the same registry in both
 * places, so `dhow site --registry` and `dhow site --repository` must write the same bytes, and the API
 * calls of the second must not grow with the number of models.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { initRegistry } from '../../../src/forge/local.js';
import { serializeRegistryFile } from '../../../src/registry/files.js';
import { API_VERSION, RegistryConfig, type GateAttempt } from '../../../src/registry/schemas.js';
import type { FileChange } from '../../../src/registry/repository.js';
import { dhow } from '../cli.js';
import { tempDir } from '../registry.js';
import type { GitHubEmulator } from './index.js';

const CONFIG = RegistryConfig.parse({
  apiVersion: API_VERSION,
  kind: 'Registry',
  environments: [
    { name: 'dev', approvals: 0 },
    { name: 'staging', approvals: 1 },
    { name: 'production', approvals: 2 },
  ],
});

const digest = (model: string, version: string) => `sha256:${Buffer.from(`${model}/${version}`).toString('hex').padEnd(64, '0').slice(0, 64)}`;

function version(model: string, v: string, at: string, accuracy: number): string {
  return serializeRegistryFile({
    apiVersion: API_VERSION,
    kind: 'ModelVersion',
    model,
    version: v,
    artifact: { uri: `s3://models-me/${model}/${v}`, digest: digest(model, v) },
    metrics: { accuracy },
    'created-by': 'noura',
    'created-at': at,
  });
}

function release(environment: string, model: string, v: string, at: string, extra: Record<string, unknown> = {}): string {
  return serializeRegistryFile({
    apiVersion: API_VERSION,
    kind: 'Release',
    model,
    environment,
    version: v,
    digest: digest(model, v),
    holds: [],
    'promoted-by': 'layla',
    'promoted-at': at,
    ...extra,
  });
}

function attempt(verdict: 'pass' | 'fail', p99: number, at: string): GateAttempt {
  return {
    verdict,
    'policy-digest': `sha256:${'a'.repeat(64)}`,
    'report-digest': `sha256:${String(p99 % 10).repeat(64)}`,
    summary: [{ gate: 'latency', metric: 'p99', verdict, value: p99, threshold: 500 }],
    'run-url': 'https://github.example/acme/model-repo/actions/runs/7',
    'run-attempt': 1,
    'recorded-by': 'noura',
    'recorded-at': at,
  };
}

function evidence(environment: string, model: string, v: string, attempts: GateAttempt[]): string {
  return serializeRegistryFile({ apiVersion: API_VERSION, kind: 'GateEvidence', model, version: v, environment, attempts });
}

/** The names of `count` models; one is Arabic-described, as the site renders right-to-left. */
export const siteModels = (count: number) => Array.from({ length: count }, (_, i) => `model-${String(i).padStart(3, '0')}`);

/** Six commits on main, each touching every model. */
export async function buildSiteRegistry(models: number): Promise<string> {
  const registry = join(await tempDir('dhow-site-'), 'registry.git');
  const forge = await initRegistry(registry, CONFIG, { identity: { name: 'noura', email: 'noura@example.qa' } });
  const names = siteModels(models);
  const commit = async (message: string, files: (name: string) => Record<string, string | null>, trailers?: Record<string, string>) => {
    const changes: FileChange[] = names.flatMap((name) => Object.entries(files(name)).map(([path, content]) => ({ path, content })));
    const head = await forge.branchHead('main');
    await forge.commitFiles({ branch: 'main', expectedHead: head, changes, message, ...(trailers ? { trailers } : {}) });
  };
  await commit('Register the models', (m) => ({
    [`models/${m}/model.yaml`]: serializeRegistryFile({
      apiVersion: API_VERSION,
      kind: 'Model',
      name: m,
      owners: ['noura'],
      language: ['ar'],
      description: m.endsWith('1') ? 'يصنف النصوص العربية حسب اللهجة' : `The ${m} classifier`,
    }),
    [`models/${m}/versions/1.0.0.yaml`]: version(m, '1.0.0', '2026-11-01T09:00:00Z', 0.91),
    [`models/${m}/versions/1.1.0.yaml`]: version(m, '1.1.0', '2026-11-02T09:00:00Z', 0.93),
    [`gates/dev/${m}/1.0.0.yaml`]: evidence('dev', m, '1.0.0', [attempt('pass', 120, '2026-11-01T10:00:00Z')]),
  }));
  await commit('Gate 1.1.0 in staging: failed, then passed', (m) => ({
    [`gates/staging/${m}/1.1.0.yaml`]: evidence('staging', m, '1.1.0', [
      attempt('fail', 798, '2026-11-02T10:00:00Z'),
      attempt('pass', 231, '2026-11-02T11:00:00Z'),
    ]),
  }));
  await commit('Promote 1.0.0 to dev', (m) => ({ [`releases/dev/${m}.yaml`]: release('dev', m, '1.0.0', '2026-11-03T09:00:00Z') }), {
    'Dhow-Environment': 'dev',
  });
  await commit('Promote 1.1.0 to dev and 1.0.0 to staging', (m) => ({
    [`releases/dev/${m}.yaml`]: release('dev', m, '1.1.0', '2026-11-04T09:00:00Z', { previous: '1.0.0', 'last-known-good': '1.0.0' }),
    [`releases/staging/${m}.yaml`]: release('staging', m, '1.0.0', '2026-11-04T09:00:00Z'),
  }));
  await commit(
    'Roll back dev to 1.0.0',
    (m) => ({
      [`releases/dev/${m}.yaml`]: release('dev', m, '1.0.0', '2026-11-05T09:00:00Z', {
        previous: '1.1.0',
        'revert-of': '1.1.0',
        holds: [{ version: '1.1.0', reason: 'dataset drift', by: 'dhow-bridge', at: '2026-11-05T09:00:00Z' }],
      }),
    }),
    { 'Revert-Of': '1.1.0', 'Dhow-Alert': 'c0ffee42' },
  );
  await commit('Take 1.0.0 out of staging', (m) => ({ [`releases/staging/${m}.yaml`]: null }));
  return registry;
}

/** Puts the local registry's main, commit for commit, into the emulated repository. */
export function pushToEmulator(gh: GitHubEmulator, registry: string, repository: string): void {
  execFileSync('git', ['--git-dir', registry, 'push', '--quiet', '--force', gh.barePath(repository), 'refs/heads/main:refs/heads/main']);
}

/** `dhow site` against the emulated repository, with the calls it made by route. */
export async function siteOnGitHub(
  gh: GitHubEmulator,
  repository: string,
  out: string,
): Promise<{ code: number; stderr: string; byRoute: Record<string, number> }> {
  gh.resetCalls();
  const run = await dhow(['site', '--repository', repository, '--out', out], {
    env: { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url, DHOW_GITHUB_PACING: 'off', DHOW_REGISTRY: undefined },
  });
  return { code: run.code, stderr: run.stderr, byRoute: gh.calls.byRoute() };
}
