/**
 * A promotion whose Kubernetes object name is already taken in the target environment by another model is
 * refused, naming both models: register refuses look-alike names, but a hand-made commit can bring one in,
 * and Argo CD would then let the promotion overwrite the other team's InferenceService. Checked on the local
 * forge (the CLI, and the merge that re-plans it) and on GitHub (real Octokit against the emulator).
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DhowError, describeError } from '../../src/errors.js';
import { createGitHubForge } from '../../src/forge/github.js';
import { recordingLogger } from '../../src/logger.js';
import { openPromotion } from '../../src/promote/execute.js';
import { dhow } from '../support/cli.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { refs, releaseFile, seedRegistry } from '../support/github/registry.js';
import { git, promoteAndMerge, refsSnapshot, register, tempRegistry } from '../support/registry.js';

const NO_STACK = /\n\s+at .+:\d+/;

describe('promotion onto a Kubernetes object name another model uses (local forge)', () => {
  let registry = '';
  beforeAll(async () => {
    registry = await tempRegistry();
    expect((await register(registry, 'fraud-detect', 'v1')).code).toBe(0);
    await promoteAndMerge(registry, 'fraud-detect', 'v1', 'dev');
    expect((await register(registry, 'churn', 'v1')).code).toBe(0);
    // fraud.detect arrives by a hand-made commit: register would have refused it.
    const record = git(registry, ['show', 'main:models/fraud-detect/versions/v1.yaml']).replace(/^model: fraud-detect$/m, 'model: fraud.detect');
    const model = git(registry, ['show', 'main:models/fraud-detect/model.yaml']).replace(/^name: fraud-detect$/m, 'name: fraud.detect');
    handCommit(registry, { 'models/fraud.detect/versions/v1.yaml': record, 'models/fraud.detect/model.yaml': model });
  }, 240_000);
  afterAll(() => rm(join(registry, '..'), { recursive: true, force: true }));

  it('refuses dhow promote naming both models and the object, and writes nothing', async () => {
    const before = refsSnapshot(registry);
    const run = await dhow(['promote', '--registry', registry, '--model', 'fraud.detect', '--version', 'v1', '--to', 'dev', '--as', 'ds']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(
      'model "fraud.detect" would deploy in dev as the Kubernetes object "fraud-detect", which model "fraud-detect" already uses there',
    );
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(refsSnapshot(registry)).toBe(before);
  });

  it('still promotes a model whose name is free in that environment', async () => {
    await promoteAndMerge(registry, 'churn', 'v1', 'dev');
    expect(git(registry, ['ls-tree', '--name-only', 'main', 'deploy/dev/']).trim().split('\n')).toEqual(['deploy/dev/churn', 'deploy/dev/fraud-detect']);
  });

  it('refuses the merge of a request opened before the other model took the name', async () => {
    const fresh = await tempRegistry();
    try {
      expect((await register(fresh, 'fraud.detect', 'v1')).code).toBe(0);
      const opened = await dhow(['promote', '--registry', fresh, '--model', 'fraud.detect', '--version', 'v1', '--to', 'dev', '--as', 'ds', '--json']);
      expect(opened.code, opened.stderr).toBe(0);
      const id = JSON.parse(opened.stdout).request as string;
      // Meanwhile a hand-made commit deploys fraud-detect in dev.
      handCommit(fresh, { 'deploy/dev/fraud-detect/inferenceservice.yaml': 'kind: InferenceService\n' });
      const before = refsSnapshot(fresh);
      const merged = await dhow(['merge', '--registry', fresh, id, '--as', 'ds']);
      expect(merged.code, merged.stderr).not.toBe(0);
      expect(merged.stderr).toContain('which model "fraud-detect" already uses there');
      expect(refsSnapshot(fresh)).toBe(before);
    } finally {
      await rm(join(fresh, '..'), { recursive: true, force: true });
    }
  });
});

describe('promotion onto a Kubernetes object name another model uses (GitHub)', () => {
  const REPO = 'acme/clash-registry';
  let gh: GitHubEmulator;
  beforeAll(async () => {
    gh = await startGitHubEmulator({ repositories: [REPO], users: ['data-scientist'] });
    await seedRegistry(gh, REPO, { models: { 'fraud.detect': ['1.0.0'], fraud_detect: ['1.0.0'], churn: ['1.0.0'] } });
    // fraud_detect already runs in staging (seeded as a hand-made commit would put it there).
    await gh.seed(REPO, { 'releases/staging/fraud_detect.yaml': releaseFile('staging', 'fraud_detect', '1.0.0') });
  });
  afterAll(() => gh.stop());

  const promote = (model: string) =>
    openPromotion(
      createGitHubForge({ token: gh.token, repository: REPO, baseUrl: gh.url, logger: recordingLogger(), pacing: false, backoffUnitMs: 5 }),
      { model, version: '1.0.0', environment: 'staging' },
      { by: 'data-scientist' },
    );

  it('refuses the promotion naming both models, with no write to the repository', async () => {
    const before = refs(gh, REPO);
    gh.resetCalls();
    const error = await promote('fraud.detect').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DhowError);
    expect(describeError(error)).toContain(
      'model "fraud.detect" would deploy in staging as the Kubernetes object "fraud-detect", which model "fraud_detect" already uses there',
    );
    expect(gh.calls.writes()).toEqual([]);
    expect(refs(gh, REPO)).toBe(before);
    expect(gh.violations).toEqual([]);
  });

  it('opens the promotion of a model whose name is free there', async () => {
    const result = await promote('churn');
    expect(result.operation).toBe('created');
    expect(gh.violations).toEqual([]);
  });
});

/** Commits files onto main behind dhow's back (a bare registry: a temporary index, commit-tree, update-ref). */
function handCommit(dir: string, files: Record<string, string>): void {
  const env = { ...process.env, GIT_DIR: dir, GIT_INDEX_FILE: join(dir, '..', 'hand-index') };
  const run = (args: string[], input?: string) => execFileSync('git', args, { env, input }).toString().trim();
  run(['read-tree', 'main']);
  for (const [path, content] of Object.entries(files))
    run(['update-index', '--add', '--cacheinfo', `100644,${run(['hash-object', '-w', '--stdin'], content)},${path}`]);
  const commit = run(['commit-tree', run(['write-tree']), '-p', 'main', '-m', 'hand edit']);
  run(['update-ref', 'refs/heads/main', commit]);
}
