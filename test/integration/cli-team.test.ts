/**
 * The commands a team lives in: holds placed and lifted, a model's versions, the requests with their
 * reviews, and --json failures a script can read.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/index.js';
import { dhow } from '../support/cli.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit, seedRegistry } from '../support/github/registry.js';
import { git, promoteAndMerge, refsSnapshot, register, show, tempDir, tempRegistry } from '../support/registry.js';

const json = (stdout: string) => JSON.parse(stdout);
const AT = '2026-11-22T08:00:00Z';
const run = (args: string[], at = AT) => dhow(args, { env: { DHOW_NOW: at } });

/** v1 runs in dev and staging; v2 is registered and ran nowhere. */
async function registryWithStaging(): Promise<string> {
  const reg = await tempRegistry();
  expect((await register(reg, 'm', 'v1')).code).toBe(0);
  expect((await register(reg, 'm', 'v2')).code).toBe(0);
  await promoteAndMerge(reg, 'm', 'v1', 'dev');
  await promoteAndMerge(reg, 'm', 'v1', 'staging', ['layla']);
  await promoteAndMerge(reg, 'm', 'v2', 'dev');
  return reg;
}

describe('dhow hold and dhow unhold on a local registry', () => {
  let reg: string;
  beforeAll(async () => {
    reg = await registryWithStaging();
  }, 240_000);

  it('holds a version with one commit on main, and the hold refuses its promotion', async () => {
    const before = git(reg, ['rev-parse', 'main']).trim();
    const held = await run([
      'hold',
      '--registry',
      reg,
      '--model',
      'm',
      '--env',
      'staging',
      '--version',
      'v2',
      '--reason',
      'bias found in review',
      '--as',
      'omar',
      '--json',
    ]);
    expect(held.stderr).toBe('');
    expect(held.code).toBe(0);
    const out = json(held.stdout);
    expect(out).toMatchObject({ model: 'm', environment: 'staging', version: 'v2', change: 'held', request: null });
    // One commit on top of the old main, which is its only parent, and it is main now.
    expect(git(reg, ['rev-parse', `${out.commit}^`]).trim()).toBe(before);
    expect(git(reg, ['rev-parse', 'main']).trim()).toBe(out.commit);
    expect(git(reg, ['diff', '--name-only', before, out.commit]).trim()).toBe('releases/staging/m.yaml');
    expect(git(reg, ['log', '-1', '--format=%B', 'main'])).toMatch(/^Hold m v2 in staging\n\nbias found in review\n[\s\S]*Dhow-Environment: staging/);
    const release = parse(show(reg, 'releases/staging/m.yaml'));
    expect(release.version).toBe('v1');
    expect(release.holds).toEqual([{ version: 'v2', reason: 'bias found in review', by: 'omar', at: AT }]);

    const promote = await dhow(['promote', '--registry', reg, '--model', 'm', '--version', 'v2', '--to', 'staging', '--as', 'ds']);
    expect(promote.code).toBe(1);
    expect(promote.stderr).toMatch(/v2 is held in staging/);
  });

  it('changes nothing when the version is already held', async () => {
    const before = refsSnapshot(reg);
    const again = await run(['hold', '--registry', reg, '--model', 'm', '--env', 'staging', '--version', 'v2', '--reason', 'again', '--as', 'omar']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('m v2 is already held in staging: nothing to do\n');
    expect(refsSnapshot(reg)).toBe(before);
  });

  it('lifts the hold, after which the version may be promoted again', async () => {
    const lifted = await run([
      'unhold',
      '--registry',
      reg,
      '--model',
      'm',
      '--env',
      'staging',
      '--version',
      'v2',
      '--reason',
      'fixed in data v6',
      '--as',
      'omar',
      '--json',
    ]);
    expect(lifted.code).toBe(0);
    expect(json(lifted.stdout)).toMatchObject({ change: 'lifted' });
    expect(parse(show(reg, 'releases/staging/m.yaml')).holds).toEqual([]);
    expect(git(reg, ['log', '-1', '--format=%s', 'main']).trim()).toBe('Lift the hold on m v2 in staging');
    const promote = await dhow(['promote', '--registry', reg, '--model', 'm', '--version', 'v2', '--to', 'staging', '--as', 'ds', '--json']);
    expect(promote.code).toBe(0);
    expect(json(promote.stdout).operation).toBe('created');

    const before = refsSnapshot(reg);
    const none = await run(['unhold', '--registry', reg, '--model', 'm', '--env', 'staging', '--version', 'v2', '--as', 'omar']);
    expect(none.stdout).toBe('m v2 is not held in staging: nothing to do\n');
    expect(refsSnapshot(reg)).toBe(before);
  });

  it('refuses a hold where the model was never released, leaving the registry unchanged', async () => {
    const before = refsSnapshot(reg);
    const r = await run(['hold', '--registry', reg, '--model', 'm', '--env', 'production', '--version', 'v2', '--reason', 'x', '--as', 'omar', '--json']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).error).toEqual({
      code: 'refused',
      message: 'hold of m v2 in production refused',
      file: null,
      field: null,
      reasons: ['m has never been released to production: a hold is kept in its release file (releases/production/m.yaml), which does not exist yet'],
    });
    expect(refsSnapshot(reg)).toBe(before);
  });

  it.each([
    [['--model', 'm', '--env', 'staging', '--version', 'v9', '--reason', 'x'], 1, /unknown version "v9" of m/],
    [['--model', 'm', '--env', 'qa', '--version', 'v2', '--reason', 'x'], 1, /unknown environment "qa"/],
    [['--model', 'm', '--env', 'staging', '--version', 'v2'], 2, /--reason is required/],
    [['--model', 'm', '--env', 'staging', '--version', '../v2', '--reason', 'x'], 1, /field "--version"/],
  ])('refuses %j', async (flags, code, message) => {
    const before = refsSnapshot(reg);
    const r = await run(['hold', '--registry', reg, ...flags, '--as', 'omar']);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(refsSnapshot(reg)).toBe(before);
  });
});

describe('dhow versions', () => {
  it("lists a model's versions newest first, with their metrics and where each runs or is held", { timeout: 240_000 }, async () => {
    const reg = await tempRegistry();
    const dir = await tempDir();
    await writeFile(join(dir, 'm1.json'), JSON.stringify({ accuracy: 0.91, f1: 0.88 }));
    await writeFile(join(dir, 'm2.json'), JSON.stringify({ accuracy: 0.93 }));
    const reg1 = await dhow(
      [
        'register',
        '--registry',
        reg,
        '--model',
        'm',
        '--version',
        'v1',
        '--artifact',
        's3://b/m/v1',
        '--digest',
        `sha256:${'1'.repeat(64)}`,
        '--metrics',
        join(dir, 'm1.json'),
        '--as',
        'ds',
      ],
      { env: { DHOW_NOW: '2026-11-01T00:00:00Z' } },
    );
    expect(reg1.code).toBe(0);
    const reg2 = await dhow(
      [
        'register',
        '--registry',
        reg,
        '--model',
        'm',
        '--version',
        'v2',
        '--artifact',
        's3://b/m/v2',
        '--digest',
        `sha256:${'2'.repeat(64)}`,
        '--metrics',
        join(dir, 'm2.json'),
        '--as',
        'noura',
      ],
      { env: { DHOW_NOW: '2026-11-02T00:00:00Z' } },
    );
    expect(reg2.code).toBe(0);
    await promoteAndMerge(reg, 'm', 'v1', 'dev');
    await run(['hold', '--registry', reg, '--model', 'm', '--env', 'dev', '--version', 'v2', '--reason', 'wait', '--as', 'omar']);

    const r = await dhow(['versions', '--registry', reg, '--model', 'm', '--json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toEqual({
      model: 'm',
      versions: [
        {
          version: 'v2',
          digest: `sha256:${'2'.repeat(64)}`,
          createdAt: '2026-11-02T00:00:00Z',
          createdBy: 'noura',
          metrics: { accuracy: 0.93 },
          gates: {},
          runsIn: [],
          heldIn: ['dev'],
        },
        {
          version: 'v1',
          digest: `sha256:${'1'.repeat(64)}`,
          createdAt: '2026-11-01T00:00:00Z',
          createdBy: 'ds',
          metrics: { accuracy: 0.91, f1: 0.88 },
          gates: {},
          runsIn: ['dev'],
          heldIn: [],
        },
      ],
    });
    const table = await dhow(['versions', '--registry', reg, '--model', 'm']);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^VERSION\s+DIGEST\s+CREATED\s+BY\s+METRICS\s+GATES\s+RUNS IN\s+HELD IN$/);
    expect(lines[1]).toMatch(/^v2\s+222222222222\s+2026-11-02T00:00:00Z\s+noura\s+accuracy=0\.93\s+-\s+-\s+dev$/);
    expect(lines[2]).toMatch(/^v1\s+111111111111\s+.*accuracy=0\.91 f1=0\.88\s+-\s+dev\s+-$/);
  });

  it('names an unknown model, as JSON on stdout under --json', async () => {
    const reg = await tempRegistry();
    const r = await dhow(['versions', '--registry', reg, '--model', 'nope', '--json']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).error).toMatchObject({ code: 'not-found', field: '--model' });
    expect(json(r.stdout).error.message).toMatch(/unknown model "nope"/);
    expect(r.stderr).toMatch(/unknown model "nope"/);
  });
});

describe('dhow requests', () => {
  it('lists the open requests and shows one with who reviewed, how, and on which commit', { timeout: 240_000 }, async () => {
    const reg = await tempRegistry();
    expect((await register(reg, 'm', 'v1')).code).toBe(0);
    await promoteAndMerge(reg, 'm', 'v1', 'dev');
    const p = json((await dhow(['promote', '--registry', reg, '--model', 'm', '--version', 'v1', '--to', 'staging', '--as', 'ds', '--json'])).stdout);
    const head = git(reg, ['rev-parse', 'dhow/promote/staging/m']).trim();
    expect((await dhow(['review', '--registry', reg, p.request, '--request-changes', '--as', 'omar', '--comment', 'check latency first'])).code).toBe(0);
    expect((await dhow(['review', '--registry', reg, p.request, '--approve', '--as', 'layla'])).code).toBe(0);

    const list = await dhow(['requests', '--registry', reg, '--json']);
    expect(list.code).toBe(0);
    expect(json(list.stdout).requests.map((r: { id: string; state: string }) => [r.id, r.state])).toEqual([[p.request, 'open']]);
    const all = json((await dhow(['requests', '--registry', reg, 'list', '--all', '--json'])).stdout).requests;
    expect(all.map((r: { state: string }) => r.state)).toEqual(['open', 'merged']);

    const shown = await dhow(['requests', '--registry', reg, 'show', p.request, '--json']);
    expect(shown.code).toBe(0);
    const out = json(shown.stdout);
    expect(out.request).toMatchObject({ id: p.request, state: 'open', branch: 'dhow/promote/staging/m', headSha: head, author: 'ds' });
    expect(out.reviews.map((r: Record<string, unknown>) => [r.reviewer, r.state, r.commit, r.onHead, r.body])).toEqual([
      ['omar', 'changes_requested', head, true, 'check latency first'],
      ['layla', 'approved', head, true, null],
    ]);
    const text = await dhow(['requests', '--registry', reg, 'show', p.request]);
    expect(text.stdout).toContain(`#${p.request} (open) Promote m v1 to staging`);
    expect(text.stdout).toMatch(/omar\s+changes_requested\s+[0-9a-f]{8}\s+\S+\s+check latency first/);
  });

  it('names a request that does not exist, and a bad ID', async () => {
    const reg = await tempRegistry();
    const missing = await dhow(['requests', '--registry', reg, 'show', '42', '--json']);
    expect(missing.code).toBe(1);
    expect(json(missing.stdout).error.code).toBe('not-found');
    const bad = await dhow(['requests', '--registry', reg, 'show', 'x', '--json']);
    expect(bad.code).toBe(2);
    expect(json(bad.stdout).error).toMatchObject({ code: 'usage', message: 'dhow requests show: name one request number, got "x"' });
  });
});

describe('--json on a failure', () => {
  it.each(Object.keys(COMMANDS))('dhow %s --bogus --json prints the usage error as an object on stdout, exit 2', async (name) => {
    const r = await dhow([name, '--bogus', '--json'], { env: { DHOW_REGISTRY: '/nonexistent' } });
    expect(r.code).toBe(2);
    const { error } = json(r.stdout);
    expect(error).toMatchObject({ code: 'usage', file: null, field: null, reasons: [] });
    expect(error.message).toContain('--bogus');
    expect(r.stderr).toContain(error.message.split('\n')[0]);
  });

  it('prints the error object on stdout for a usage error, the exit code unchanged', async () => {
    const r = await dhow(['status', '--bogus', '--json']);
    expect(r.code).toBe(2);
    expect(json(r.stdout)).toEqual({ error: { code: 'usage', message: "dhow status: Unknown option '--bogus'", file: null, field: null, reasons: [] } });
  });

  it('names the field of a bad name', async () => {
    const reg = await tempRegistry();
    const r = await dhow(['history', '--registry', reg, '--model', 'Bad/Name', '--env', 'dev', '--json']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).error).toMatchObject({ code: 'invalid-name', field: '--model' });
  });

  it('prints nothing on stdout without --json, and --json after -- is not the flag', async () => {
    const plain = await dhow(['status', '--bogus']);
    expect(plain.stdout).toBe('');
    const positional = await dhow(['issues', '--registry', '/nonexistent', 'show', '--', '--json']);
    expect(positional.code).toBe(2);
    expect(positional.stdout).toBe('');
  });
});

describe('hold and requests on a registry on GitHub (--repository)', () => {
  const REPO = 'acme/registry';
  let gh: GitHubEmulator;
  beforeAll(async () => {
    gh = await startGitHubEmulator({ repositories: [REPO], users: ['alice', 'omar'] });
    await seedRegistry(gh, REPO, { models: { sentiment: ['1.0.0', '1.1.0'] } });
  });
  afterAll(() => gh.stop());
  const env = { GITHUB_TOKEN: '', GITHUB_API_URL: '', DHOW_GITHUB_PACING: 'off', DHOW_REGISTRY: undefined, DHOW_NOW: AT };
  const remote = (args: string[]) => dhow(args, { env: { ...env, GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url } });

  it('opens a pull request for the hold instead of committing on main, and writes nothing the second time', { timeout: 240_000 }, async () => {
    const main = bareGit(gh, REPO, ['rev-parse', 'main']);
    const held = await remote([
      'hold',
      '--repository',
      REPO,
      '--model',
      'sentiment',
      '--env',
      'dev',
      '--version',
      '1.0.0',
      '--reason',
      'bias found',
      '--as',
      'omar',
      '--json',
    ]);
    expect(held.stderr).toBe('');
    expect(held.code).toBe(0);
    const pr = gh.pulls(REPO).find((p) => p.head === 'dhow/hold/dev/sentiment/1.0.0')!;
    expect(pr).toBeDefined();
    expect(json(held.stdout)).toEqual({
      model: 'sentiment',
      environment: 'dev',
      version: '1.0.0',
      change: 'held',
      commit: null,
      request: { id: String(pr.number), url: `${gh.url}/${REPO}/pull/${pr.number}`, operation: 'created' },
    });
    expect(pr).toMatchObject({ title: 'Hold sentiment 1.0.0 in dev', base: 'main', state: 'open' });
    expect(bareGit(gh, REPO, ['rev-parse', 'main'])).toBe(main);
    const onBranch = parse(bareGit(gh, REPO, ['show', 'dhow/hold/dev/sentiment/1.0.0:releases/dev/sentiment.yaml']));
    expect(onBranch.version).toBe('1.1.0');
    expect(onBranch.holds).toEqual([{ version: '1.0.0', reason: 'bias found', by: 'omar', at: AT }]);
    expect(bareGit(gh, REPO, ['rev-parse', 'dhow/hold/dev/sentiment/1.0.0^'])).toBe(main);

    gh.resetCalls();
    const again = await remote([
      'hold',
      '--repository',
      REPO,
      '--model',
      'sentiment',
      '--env',
      'dev',
      '--version',
      '1.0.0',
      '--reason',
      'bias found',
      '--as',
      'omar',
      '--json',
    ]);
    expect(again.code).toBe(0);
    expect(json(again.stdout).request.operation).toBe('none');
    expect(gh.calls.writes()).toEqual([]);
    expect(gh.violations.splice(0)).toEqual([]);
  });

  it('lists the request and shows its review, on which commit', { timeout: 240_000 }, async () => {
    const pr = gh.pulls(REPO).find((p) => p.head === 'dhow/hold/dev/sentiment/1.0.0')!;
    const head = bareGit(gh, REPO, ['rev-parse', 'dhow/hold/dev/sentiment/1.0.0']);
    await new Octokit({ auth: gh.tokenFor('alice'), baseUrl: gh.url }).pulls.createReview({
      owner: 'acme',
      repo: 'registry',
      pull_number: pr.number,
      event: 'APPROVE',
      body: 'agreed',
    });
    const list = await remote(['requests', '--repository', REPO, '--json']);
    expect(list.code).toBe(0);
    expect(json(list.stdout).requests.map((r: { id: string; title: string }) => [r.id, r.title])).toEqual([[String(pr.number), 'Hold sentiment 1.0.0 in dev']]);
    const shown = await remote(['requests', '--repository', REPO, 'show', String(pr.number), '--json']);
    expect(shown.code).toBe(0);
    expect(json(shown.stdout).reviews).toEqual([
      { reviewer: 'alice', state: 'approved', commit: head, onHead: true, submittedAt: expect.any(String), body: 'agreed' },
    ]);
    expect(gh.violations.splice(0)).toEqual([]);
  });
});
