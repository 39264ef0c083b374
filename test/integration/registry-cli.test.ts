import { execFile, execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';
import { openLocalForge } from '../../src/forge/local.js';
import { git, promoteAndMerge, refsSnapshot, register, show, tempDir, tempRegistry } from '../support/registry.js';

const json = (stdout: string) => JSON.parse(stdout);

describe('dhow register', () => {
  it('writes an immutable version record and a model file in one commit', async () => {
    const reg = await tempRegistry();
    const r = await register(reg, 'arabic-dialect-id', 'v1', ['--param', 'epochs=3', '--param', 'base=camelbert', '--json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({ model: 'arabic-dialect-id', version: 'v1', operation: 'created' });
    const record = parse(show(reg, 'models/arabic-dialect-id/versions/v1.yaml'));
    // The digest of the artifact's bytes, computed independently by coreutils.
    const sha = execFileSync('sha256sum', { input: 'arabic-dialect-id/v1' }).toString().split(' ')[0];
    expect(record.artifact).toEqual({ uri: 's3://bucket/arabic-dialect-id/v1', digest: `sha256:${sha}`, size: 20 });
    expect(record.parameters).toEqual({ epochs: 3, base: 'camelbert' });
    expect(parse(show(reg, 'models/arabic-dialect-id/model.yaml'))).toMatchObject({ kind: 'Model', name: 'arabic-dialect-id', owners: ['ds'] });
    expect(git(reg, ['rev-list', '--count', 'main']).trim()).toBe('2');
  });

  it('is a no-op for identical content and refuses different content, leaving the registry unchanged', async () => {
    const reg = await tempRegistry();
    expect((await register(reg, 'm', 'v1')).code).toBe(0);
    const before = refsSnapshot(reg);
    const again = await register(reg, 'm', 'v1', ['--json']);
    expect(again.code).toBe(0);
    expect(json(again.stdout).operation).toBe('unchanged');
    const different = await dhow([
      'register',
      '--registry',
      reg,
      '--model',
      'm',
      '--version',
      'v1',
      '--artifact',
      's3://bucket/other',
      '--digest',
      `sha256:${'b'.repeat(64)}`,
      '--as',
      'ds',
    ]);
    expect(different.code).toBe(1);
    expect(different.stderr).toMatch(/already registered with different content: versions are immutable/);
    expect(different.stderr).toMatch(/field "artifact\.digest" differs/);
    expect(refsSnapshot(reg)).toBe(before);
  });

  it.each([
    [['--model', '../x'], /field "--model": model name "..\/x" must be/],
    [['--model', 'a/b'], /field "--model"/],
    [['--model', ''], /--model is required/],
    [['--model', 'x'.repeat(64)], /longer than 63 characters/],
    [['--version', 'v1/../../dhow'], /field "--version"/],
  ])('refuses bad names %j with the registry unchanged', async (flags, message) => {
    const reg = await tempRegistry();
    const before = refsSnapshot(reg);
    const base: Record<string, string> = { '--model': 'm', '--version': 'v1' };
    for (let i = 0; i < flags.length; i += 2) base[flags[i]!] = flags[i + 1]!;
    const r = await dhow([
      'register',
      '--registry',
      reg,
      ...Object.entries(base).flat(),
      '--artifact',
      's3://b/m',
      '--digest',
      `sha256:${'c'.repeat(64)}`,
      '--as',
      'ds',
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(refsSnapshot(reg)).toBe(before);
  });

  it('refuses a --from file that breaks the schema, naming file and field', async () => {
    const reg = await tempRegistry();
    const dir = await tempDir();
    const from = join(dir, 'version.yaml');
    await writeFile(from, 'model: m\nversion: v1\nartifact:\n  uri: s3://b/m\n  digest: sha256:nothex\ncreated-by: ds\n');
    const before = refsSnapshot(reg);
    const r = await dhow(['register', '--registry', reg, '--from', from, '--as', 'ds']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${from}, field "artifact.digest": must be "sha256:" followed by 64 lower-case hex digits`);
    expect(refsSnapshot(reg)).toBe(before);
  });

  it('refuses a metrics file that is not numbers', async () => {
    const reg = await tempRegistry();
    const metrics = join(await tempDir(), 'metrics.json');
    await writeFile(metrics, '{"accuracy": "high"}');
    const r = await register(reg, 'm', 'v1', ['--metrics', metrics]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${metrics}, field "accuracy": expected a finite number, found "high"`);
  });

  it('keeps every one of 5 parallel registrations (compare-and-swap, retried)', async () => {
    const reg = await tempRegistry();
    const runs = await Promise.all([1, 2, 3, 4, 5].map((i) => register(reg, i % 2 ? 'm' : 'n', `v${i}`)));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0]);
    expect(git(reg, ['ls-tree', '-r', '--name-only', 'main', 'models']).trim().split('\n').sort()).toEqual([
      'models/m/model.yaml',
      'models/m/versions/v1.yaml',
      'models/m/versions/v3.yaml',
      'models/m/versions/v5.yaml',
      'models/n/model.yaml',
      'models/n/versions/v2.yaml',
      'models/n/versions/v4.yaml',
    ]);
    expect((await dhow(['validate', '--registry', reg])).code).toBe(0);
  });

  it('exits 2 on usage errors', async () => {
    const reg = await tempRegistry();
    expect((await dhow(['register', '--registry', reg, '--bogus'])).code).toBe(2);
    expect((await dhow(['register', '--registry', reg, '--model', 'm', '--version', 'v1', '--as', 'x'])).code).toBe(2);
  });
});

describe('promotion, review and merge', () => {
  it('promotes through dev, staging and production with the approvals each needs', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    await promoteAndMerge(reg, 'm', 'v1', 'dev');
    await promoteAndMerge(reg, 'm', 'v1', 'staging', ['layla']);
    const id = await promoteAndMerge(reg, 'm', 'v1', 'production', ['layla', 'omar']);
    const status = json((await dhow(['status', '--registry', reg, '--json'])).stdout);
    expect(status.releases.map((r: { environment: string; version: string }) => `${r.environment}=${r.version}`)).toEqual([
      'dev=v1',
      'staging=v1',
      'production=v1',
    ]);
    // The deployment is a real merge commit carrying the trailers.
    const parents = git(reg, ['rev-list', '--parents', '-n', '1', 'main']).trim().split(' ');
    expect(parents).toHaveLength(3);
    const trailers = git(reg, ['log', '-1', '--format=%(trailers:only,unfold)', 'main']).trim().split('\n');
    expect(trailers).toEqual(['Dhow-Model: m', 'Dhow-Version: v1', 'Dhow-Environment: production', `Dhow-Request: ${id}`]);
    expect(parse(show(reg, 'deploy/production/m/inferenceservice.yaml')).spec.predictor.model.storageUri).toBe('s3://bucket/m/v1');
  });

  it('returns created, then none, then updated for the same request', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    await register(reg, 'm', 'v2');
    const promote = (v: string) => dhow(['promote', '--registry', reg, '--model', 'm', '--version', v, '--to', 'dev', '--as', 'ds', '--json']);
    expect(json((await promote('v1')).stdout)).toEqual({ request: '1', operation: 'created' });
    const before = refsSnapshot(reg);
    expect(json((await promote('v1')).stdout)).toEqual({ request: '1', operation: 'none' });
    expect(refsSnapshot(reg)).toBe(before);
    expect(json((await promote('v2')).stdout)).toEqual({ request: '1', operation: 'updated' });
  });

  it('refuses a merge without the approvals, listing what is missing, with the registry unchanged', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    await promoteAndMerge(reg, 'm', 'v1', 'dev');
    const p = json((await dhow(['promote', '--registry', reg, '--model', 'm', '--version', 'v1', '--to', 'staging', '--as', 'ds', '--json'])).stdout);
    expect((await dhow(['review', '--registry', reg, p.request, '--approve', '--as', 'ds'])).code).toBe(1); // the author cannot approve
    const before = refsSnapshot(reg);
    const merge = await dhow(['merge', '--registry', reg, p.request, '--as', 'ds']);
    expect(merge.code).toBe(1);
    expect(merge.stderr).toContain('1 more approval from reviewers other than the author ds (needs 1; none yet)');
    expect(refsSnapshot(reg)).toBe(before);
    await dhow(['review', '--registry', reg, p.request, '--request-changes', '--as', 'omar', '--comment', 'check latency first']);
    await dhow(['review', '--registry', reg, p.request, '--approve', '--as', 'layla']);
    const blocked = await dhow(['merge', '--registry', reg, p.request, '--as', 'ds']);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('omar requested changes');
    await dhow(['review', '--registry', reg, p.request, '--approve', '--as', 'omar']);
    expect((await dhow(['merge', '--registry', reg, p.request, '--as', 'ds'])).code).toBe(0);
  });

  it('refuses a promotion that skips an environment, with the registry unchanged', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    await promoteAndMerge(reg, 'm', 'v1', 'dev');
    const before = refsSnapshot(reg);
    const r = await dhow(['promote', '--registry', reg, '--model', 'm', '--version', 'v1', '--to', 'production', '--as', 'ds']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('m v1 has not run in staging: promote it to staging first');
    expect(refsSnapshot(reg)).toBe(before);
  });

  it('lets two promotions racing on one environment both finish, leaving one consistent request', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    await register(reg, 'm', 'v2');
    const runs = await Promise.all(
      ['v1', 'v2'].map((v) => dhow(['promote', '--registry', reg, '--model', 'm', '--version', v, '--to', 'dev', '--as', 'ds', '--json'])),
    );
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const answers = runs.map((r) => json(r.stdout));
    expect(answers[0].request).toBe(answers[1].request);
    expect(answers.map((a) => a.operation)).toContain('created');
    // Whichever wrote last, the request describes exactly what its branch holds.
    const onBranch = parse(show(reg, 'releases/dev/m.yaml', 'dhow/promote/dev/m'));
    const forge = await openLocalForge(reg);
    expect((await forge.getRequest(answers[0].request)).title).toBe(`Promote m ${onBranch.version} to dev`);
    expect(git(reg, ['rev-list', '--count', 'main..dhow/promote/dev/m']).trim()).toBe('1');
    expect((await dhow(['merge', '--registry', reg, answers[0].request, '--as', 'ds'])).code).toBe(0);
    expect((await dhow(['validate', '--registry', reg])).code).toBe(0);
    expect(parse(show(reg, 'releases/dev/m.yaml')).version).toBe(onBranch.version);
  });
});

describe('separate processes', () => {
  it('two `dhow promote` processes racing on one environment both finish and leave a valid registry', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    await register(reg, 'm', 'v2');
    const bin = new URL('../../bin/dhow.js', import.meta.url).pathname;
    const promote = (v: string) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [bin, 'promote', '--registry', reg, '--model', 'm', '--version', v, '--to', 'dev', '--as', 'ds', '--json'],
          { env: { ...process.env, DHOW_FROM_SOURCE: '1' } },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
    const runs = await Promise.all([promote('v1'), promote('v2')]);
    expect(
      runs.map((r) => r.code),
      runs.map((r) => r.stderr).join('\n'),
    ).toEqual([0, 0]);
    const ids = runs.map((r) => json(r.stdout).request);
    expect(ids[0]).toBe(ids[1]);
    const onBranch = parse(show(reg, 'releases/dev/m.yaml', 'dhow/promote/dev/m'));
    expect((await (await openLocalForge(reg)).getRequest(ids[0])).title).toBe(`Promote m ${onBranch.version} to dev`);
    expect((await dhow(['merge', '--registry', reg, ids[0], '--as', 'ds'])).code).toBe(0);
    expect((await dhow(['validate', '--registry', reg])).code).toBe(0);
  });
});

describe('merging twice', () => {
  it('merges a request once when two merges race, and refuses the second', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    const p = json((await dhow(['promote', '--registry', reg, '--model', 'm', '--version', 'v1', '--to', 'dev', '--as', 'ds', '--json'])).stdout);
    const runs = await Promise.all([1, 2].map(() => dhow(['merge', '--registry', reg, p.request, '--as', 'ds'])));
    expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
    expect(git(reg, ['rev-list', '--merges', '--count', 'main']).trim()).toBe('1');
  });
});

describe('dhow rollback', () => {
  it('goes back to the last known good with a Revert-Of trailer', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    await register(reg, 'm', 'v2');
    await promoteAndMerge(reg, 'm', 'v1', 'dev');
    await promoteAndMerge(reg, 'm', 'v2', 'dev');
    const r = await dhow(['rollback', '--registry', reg, '--model', 'm', '--env', 'dev', '--as', 'omar', '--reason', 'too slow', '--json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({ version: 'v1', revertOf: 'v2' });
    expect(git(reg, ['log', '-1', '--format=%(trailers:only,unfold)', 'main']).trim().split('\n')).toEqual([
      'Dhow-Model: m',
      'Dhow-Version: v1',
      'Dhow-Environment: dev',
      'Revert-Of: v2',
    ]);
    expect(parse(show(reg, 'releases/dev/m.yaml'))).toMatchObject({ version: 'v1', previous: 'v2', 'revert-of': 'v2', 'promoted-by': 'omar' });
    const history = json((await dhow(['history', '--registry', reg, '--model', 'm', '--env', 'dev', '--json'])).stdout).history;
    expect(history.map((h: { version: string; action: string }) => `${h.action}:${h.version}`)).toEqual(['rollback:v1', 'promotion:v2', 'promotion:v1']);
  });

  it('says to name a version with --to when no last known good is recorded', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    await promoteAndMerge(reg, 'm', 'v1', 'dev');
    const r = await dhow(['rollback', '--registry', reg, '--model', 'm', '--env', 'dev', '--as', 'omar']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dev has no last known good version of m recorded: name one with --to');
  });

  it('refuses a version that never ran there, with the registry unchanged', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    await register(reg, 'm', 'v2');
    await promoteAndMerge(reg, 'm', 'v1', 'dev');
    const before = refsSnapshot(reg);
    const r = await dhow(['rollback', '--registry', reg, '--model', 'm', '--env', 'dev', '--to', 'v2', '--as', 'omar']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('m v2 never ran in dev');
    expect(refsSnapshot(reg)).toBe(before);
  });
});

describe('dhow validate', () => {
  it('passes a registry dhow wrote, and lists every problem of a hand-broken one with file and field', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    await promoteAndMerge(reg, 'm', 'v1', 'dev');
    expect(json((await dhow(['validate', '--registry', reg, '--json'])).stdout)).toEqual({ valid: true, problems: [] });

    // A careless hand edit, committed straight to main.
    const forge = await openLocalForge(reg);
    const release = show(reg, 'releases/dev/m.yaml');
    const deploy = show(reg, 'deploy/dev/m/inferenceservice.yaml');
    await forge.commitFiles({
      branch: 'main',
      expectedHead: await forge.branchHead('main'),
      message: 'hand edit',
      changes: [
        {
          path: 'releases/staging/m.yaml',
          content: release.replace('environment: dev', 'environment: staging').replace(/digest: sha256:\w+/, `digest: sha256:${'d'.repeat(64)}`),
        },
        { path: 'releases/qa/m.yaml', content: release.replace('environment: dev', 'environment: qa') },
        { path: 'models/m/versions/v2.yaml', content: show(reg, 'models/m/versions/v1.yaml') },
        { path: 'models/m/versions/v3.yaml', content: 'apiVersion: dhow.dev/v1\nkind: ModelVersion\nmodel: m\n' },
        { path: 'deploy/dev/m/inferenceservice.yaml', content: deploy.replace('namespace: models', 'namespace: default') },
      ],
    });
    const r = await dhow(['validate', '--registry', reg, '--json']);
    expect(r.code).toBe(1);
    const problems = json(r.stdout).problems.map((p: { file: string; field?: string; message: string }) => `${p.file} ${p.field ?? '-'}: ${p.message}`);
    const v1 = parse(show(reg, 'models/m/versions/v1.yaml')).artifact.digest;
    expect(problems).toEqual([
      'deploy/dev/m/inferenceservice.yaml -: differs from what releases/dev/m.yaml renders (edited by hand?)',
      'deploy/qa/m -: missing: releases/qa/m.yaml has no rendered manifests',
      'deploy/staging/m -: missing: releases/staging/m.yaml has no rendered manifests',
      'models/m/versions/v2.yaml version: says "v1" but the file is v2.yaml',
      'models/m/versions/v3.yaml version: Invalid input: expected string, received undefined',
      'models/m/versions/v3.yaml artifact: Invalid input: expected object, received undefined',
      'models/m/versions/v3.yaml created-by: Invalid input: expected string, received undefined',
      'models/m/versions/v3.yaml created-at: Invalid input: expected string, received undefined',
      'releases/qa -: environment "qa" is not in dhow.yaml (dev, staging, production)',
      `releases/staging/m.yaml digest: sha256:${'d'.repeat(64)} differs from the version record's artifact digest ${v1}`,
    ]);
    // The human form names file, line and field.
    const human = await dhow(['validate', '--registry', reg]);
    expect(human.stdout).toContain('10 problems in');
    expect(human.stdout).toContain('models/m/versions/v3.yaml:1, field "version": Invalid input');
  });
});

describe('dhow init and usage', () => {
  it('refuses a directory that is not empty', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'keep.txt'), 'mine');
    const r = await dhow(['init', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not empty');
  });

  it.each([
    [['promote', '--model', 'm', '--version', 'v1', '--to', 'Prod'], 1, /field "--to": environment name "Prod" must be/],
    [['promote', '--model', 'm', '--version', 'v1', '--to', 'qa', '--as', 'ds'], 1, /unknown environment "qa": dhow.yaml lists dev, staging, production/],
    [['promote', '--model', 'm', '--version', 'v9', '--to', 'dev', '--as', 'ds'], 1, /unknown version "v9" of m/],
    [['merge', '99', '--as', 'ds'], 1, /no promotion request 99/],
    [['review', '1', '--approve', '--request-changes', '--as', 'x'], 2, /exclude each other/],
    [['history', '--model', 'm'], 2, /--env is required/],
    [['merge', 'abc', '--as', 'ds'], 2, /dhow merge: REQUEST must be a request number .*got "abc"/],
    [['merge', '0', '--as', 'ds'], 2, /dhow merge: REQUEST must be a request number/],
    [['merge', '1.5', '--as', 'ds'], 2, /dhow merge: REQUEST must be a request number/],
    [['review', 'abc', '--approve', '--as', 'x'], 2, /dhow review: REQUEST must be a request number .*got "abc"/],
    [['review', '0', '--comment', 'hi', '--as', 'x'], 2, /dhow review: REQUEST must be a request number/],
  ])('refuses %j with exit %i and the registry unchanged', async (argv, code, message) => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    const before = refsSnapshot(reg);
    const r = await dhow([...argv, '--registry', reg]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(refsSnapshot(reg)).toBe(before);
  });

  it("prints a command's options with --help", async () => {
    const r = await dhow(['status', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: dhow status \(--registry DIR \| --repository OWNER\/NAME \[--api-url URL\]\) \[--model M\] \[--json\]/);
  });
});

describe('dhow status', () => {
  it('reads from $DHOW_REGISTRY when --registry is absent and prints a table', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    await promoteAndMerge(reg, 'm', 'v1', 'dev');
    const r = await dhow(['status'], { env: { DHOW_REGISTRY: reg } });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^MODEL\s+ENVIRONMENT\s+VERSION\s+DIGEST/);
    expect(r.stdout).toMatch(/^m\s+dev\s+v1\s+/m);
  });

  it('lists open promotion requests under the releases', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    await promoteAndMerge(reg, 'm', 'v1', 'dev');
    await dhow(['promote', '--registry', reg, '--model', 'm', '--version', 'v1', '--to', 'staging', '--as', 'ds']);
    const r = await dhow(['status', '--registry', reg]);
    expect(r.stdout).toMatch(/Open promotion requests:\nREQUEST\s+TITLE\s+AUTHOR\n#2\s+Promote m v1 to staging\s+ds\n$/);
  });

  it('names the file, line and field of a broken dhow.yaml', async () => {
    const reg = await tempRegistry();
    const forge = await openLocalForge(reg);
    const config = show(reg, 'dhow.yaml').replace('approvals: 2', 'approvals: two');
    await forge.commitFiles({
      branch: 'main',
      expectedHead: await forge.branchHead('main'),
      message: 'typo',
      changes: [{ path: 'dhow.yaml', content: config }],
    });
    const line = config.split('\n').findIndex((l) => l.includes('approvals: two')) + 1;
    const r = await dhow(['status', '--registry', reg]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`dhow.yaml:${line}, field "environments.2.approvals": Invalid input: expected number, received string`);
  });

  it('fails with exit 1 naming the directory when it is no registry', async () => {
    const dir = await tempDir();
    const r = await dhow(['status', '--registry', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not a dhow registry');
  });
});

describe('dhow history and dhow status with a model or environment the registry does not have', () => {
  it('refuses an unknown model or environment with exit 1 naming it; a registered model never released still answers 0', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');

    const history = await dhow(['history', '--registry', reg, '--model', 'nope', '--env', 'dev']);
    expect(history.code).toBe(1);
    expect(history.stderr).toContain('unknown model "nope"');
    expect(history.stderr).toContain('models/nope/model.yaml');
    expect(history.stdout).toBe('');

    const status = await dhow(['status', '--registry', reg, '--model', 'nope']);
    expect(status.code).toBe(1);
    expect(status.stderr).toContain('unknown model "nope"');
    expect(status.stdout).toBe('');

    // The registry's environments are dev, staging and production (test/support/registry.ts).
    const env = await dhow(['history', '--registry', reg, '--model', 'm', '--env', 'prod']);
    expect(env.code).toBe(1);
    expect(env.stderr).toContain('unknown environment "prod": dhow.yaml lists dev, staging, production');

    const never = await dhow(['history', '--registry', reg, '--model', 'm', '--env', 'dev']);
    expect(never.code).toBe(0);
    expect(never.stdout).toBe('m has never been released to dev\n');
    const notAnywhere = await dhow(['status', '--registry', reg, '--model', 'm']);
    expect(notAnywhere.code).toBe(0);
    expect(notAnywhere.stdout).toContain('m is not released anywhere yet');
  });
});

describe('dhow review by the author of the request', () => {
  it('refuses --approve from the author (in any case) with exit 1 and the registry unchanged; --request-changes and comments stay allowed', async () => {
    const reg = await tempRegistry();
    await register(reg, 'm', 'v1');
    const p = json((await dhow(['promote', '--registry', reg, '--model', 'm', '--version', 'v1', '--to', 'dev', '--as', 'omar', '--json'])).stdout);
    const before = refsSnapshot(reg);
    for (const who of ['omar', 'Omar']) {
      const r = await dhow(['review', '--registry', reg, p.request, '--approve', '--as', who]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('the author of a request cannot approve it');
      expect(r.stdout).toBe('');
    }
    expect(refsSnapshot(reg)).toBe(before);
    const forge = await openLocalForge(reg);
    expect(await forge.listReviews(p.request)).toEqual([]);

    expect((await dhow(['review', '--registry', reg, p.request, '--request-changes', '--as', 'omar', '--comment', 'wrong threshold'])).code).toBe(0);
    expect((await dhow(['review', '--registry', reg, p.request, '--comment', 'fixed it', '--as', 'omar'])).code).toBe(0);
    expect((await forge.listReviews(p.request)).map((r) => `${r.reviewer}:${r.state}`)).toEqual(['omar:changes_requested', 'omar:commented']);
  });
});
