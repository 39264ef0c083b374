/**
 * The dhow command against a registry on GitHub (`--repository OWNER/NAME`, the token from $GITHUB_TOKEN,
 * the API root from --api-url or $GITHUB_API_URL), over HTTP against the GitHub emulator. What it prints
 * must be what the same command prints for a local registry holding the same commits: a bare clone of the
 * emulated repository, read by the local forge through git.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';
import { parse as parseYaml } from 'yaml';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit, digestOf, releaseFile, releaseInDev, seedRegistry, versionFile } from '../support/github/registry.js';
import { serializeRegistryFile } from '../../src/registry/files.js';
import { API_VERSION } from '../../src/registry/schemas.js';

const modelFile = (name: string) => serializeRegistryFile({ apiVersion: API_VERSION, kind: 'Model', name, owners: ['data-scientist'], language: ['ar'] });

const REPO = 'acme/model-registry';
const BROKEN = 'acme/broken-registry';
const WRITE = 'acme/write-registry';
const REVERT = 'acme/revert-registry';
let gh: GitHubEmulator;
let scratch: string;
/** A local registry holding the commits of REPO. */
let localRegistry: string;
let brokenBefore: string;

beforeAll(async () => {
  gh = await startGitHubEmulator({ repositories: [REPO, BROKEN, WRITE, REVERT], users: ['alice'] });
  await seedRegistry(gh, REPO, { models: { 'arabic-sentiment': ['1.0.0', '1.1.0'], 'dialect-id': ['2.0.0'] } });
  await gh.seed(
    REPO,
    {
      'releases/staging/arabic-sentiment.yaml': releaseFile('staging', 'arabic-sentiment', '1.0.0', {
        'promoted-by': 'alice',
        'promoted-at': '2026-11-02T09:30:00Z',
      }),
    },
    { message: 'Promote arabic-sentiment 1.0.0 to staging' },
  );
  await releaseInDev(gh, REPO, 'arabic-sentiment', '1.2.0', '1.1.0');

  // Registered versions, released nowhere (a release needs its rendered manifests): valid, until one breaks.
  await seedRegistry(gh, BROKEN, { models: {} });
  await gh.seed(BROKEN, {
    'models/dialect-id/model.yaml': modelFile('dialect-id'),
    'models/dialect-id/versions/2.0.0.yaml': versionFile('dialect-id', '2.0.0'),
  });
  brokenBefore = bareGit(gh, BROKEN, ['rev-parse', 'main']);
  await gh.seed(BROKEN, { 'models/dialect-id/versions/2.1.0.yaml': versionFile('dialect-id', '2.1.0').replace(/digest: .*/, 'digest: not-a-digest') });
  scratch = await mkdtemp(join(tmpdir(), 'dhow-cli-github-'));
  localRegistry = localCopy(REPO);
});
afterAll(async () => {
  await gh.stop();
  await rm(scratch, { recursive: true, force: true });
});
afterEach(() => {
  expect(gh.violations.splice(0)).toEqual([]);
});

/** The environment of a laptop or CI job pointed at the emulator: a token, and the API root in $GITHUB_API_URL. */
const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  GITHUB_TOKEN: gh.token,
  GITHUB_API_URL: gh.url,
  DHOW_GITHUB_PACING: 'off',
  DHOW_REGISTRY: undefined,
  ...extra,
});

/** A local registry with the very commits of the emulated repository. */
function localCopy(repository: string): string {
  const dir = join(scratch, repository.replace('/', '-'));
  execFileSync('git', ['clone', '--quiet', '--bare', gh.barePath(repository), dir]);
  return dir;
}

describe('dhow status, history and validate with --repository', () => {
  it('status prints the table dhow status prints for a local registry with the same commits', async () => {
    const remote = await dhow(['status', '--repository', REPO], { env: env() });
    expect(remote.stderr).toBe('');
    expect(remote.code).toBe(0);
    const local = await dhow(['status', '--registry', localRegistry], { env: env({ GITHUB_TOKEN: undefined }) });
    expect(local.code).toBe(0);
    expect(remote.stdout).toBe(local.stdout);
    // And what those rows hold, written out by hand from the seeded files (dev, staging, production order).
    const rows = remote.stdout
      .trimEnd()
      .split('\n')
      .map((line) => line.split(/\s{2,}/));
    expect(rows).toEqual([
      ['MODEL', 'ENVIRONMENT', 'VERSION', 'DIGEST', 'LAST-GOOD', 'SINCE', 'BY', 'NOTES'],
      ['arabic-sentiment', 'dev', '1.2.0', digestOf('arabic-sentiment', '1.2.0').slice(7, 19), '-', '2026-11-01T11:00:00Z', 'data-scientist'],
      ['arabic-sentiment', 'staging', '1.0.0', digestOf('arabic-sentiment', '1.0.0').slice(7, 19), '-', '2026-11-02T09:30:00Z', 'alice'],
      ['dialect-id', 'dev', '2.0.0', digestOf('dialect-id', '2.0.0').slice(7, 19), '-', '2026-11-01T11:00:00Z', 'data-scientist'],
    ]);
  });

  it('status --json and --model read the same releases, with the API root from --api-url', async () => {
    const remote = await dhow(['status', '--repository', REPO, '--api-url', gh.url, '--model', 'dialect-id', '--json'], {
      env: env({ GITHUB_API_URL: undefined }),
    });
    expect(remote.code).toBe(0);
    expect(JSON.parse(remote.stdout)).toEqual({
      releases: [
        {
          model: 'dialect-id',
          environment: 'dev',
          version: '2.0.0',
          digest: digestOf('dialect-id', '2.0.0'),
          promotedAt: '2026-11-01T11:00:00Z',
          promotedBy: 'data-scientist',
        },
      ],
    });
  });

  it('history prints what the local history prints: every release commit, newest first', async () => {
    const remote = await dhow(['history', '--repository', REPO, '--model', 'arabic-sentiment', '--env', 'dev'], { env: env() });
    expect(remote.stderr).toBe('');
    expect(remote.code).toBe(0);
    const local = await dhow(['history', '--registry', localRegistry, '--model', 'arabic-sentiment', '--env', 'dev'], {
      env: env({ GITHUB_TOKEN: undefined }),
    });
    expect(local.code).toBe(0);
    expect(remote.stdout).toBe(local.stdout);
    // Two commits wrote releases/dev/arabic-sentiment.yaml: the seed (1.1.0) and the dev release of 1.2.0.
    const commits = bareGit(gh, REPO, ['log', '--format=%H %an', 'main', '--', 'releases/dev/arabic-sentiment.yaml']).split('\n');
    expect(commits).toHaveLength(2);
    const lines = remote.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('arabic-sentiment in dev, newest first:');
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/).slice(1))).toEqual([
      ['1.2.0', 'promotion (from 1.1.0)', '-', commits[0]!.slice(41), commits[0]!.slice(0, 8)],
      ['1.1.0', 'promotion', '-', commits[1]!.slice(41), commits[1]!.slice(0, 8)],
    ]);
  });

  it('validate passes a valid registry and names the broken file of another (exit 1)', async () => {
    const good = await dhow(['validate', '--repository', BROKEN, '--ref', brokenBefore], { env: env() });
    expect(good.stdout).toBe(`${BROKEN} (${brokenBefore}): every file is valid\n`);
    expect(good.code).toBe(0);
    const bad = await dhow(['validate', '--repository', BROKEN], { env: env() });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^1 problem in acme\/broken-registry \(main\):\n  models\/dialect-id\/versions\/2\.1\.0\.yaml.*artifact\.digest/);
  });

  it('validate lists the problems the local validate lists for the same commits', async () => {
    const remote = await dhow(['validate', '--repository', REPO, '--json'], { env: env() });
    const local = await dhow(['validate', '--registry', localRegistry, '--json'], { env: env({ GITHUB_TOKEN: undefined }) });
    expect(remote.code).toBe(1);
    expect(local.code).toBe(1);
    expect(JSON.parse(remote.stdout)).toEqual(JSON.parse(local.stdout));
    // The seed wrote releases without their rendered manifests: one problem per release.
    expect(JSON.parse(remote.stdout).problems).toHaveLength(3);
  });
});

describe('what --repository refuses', () => {
  it.each([
    ['merge', ['merge', '--repository', REPO, '3'], 'merge the promotion pull request in GitHub'],
    ['review', ['review', '--repository', REPO, '3', '--approve', '--as', 'alice'], 'review the promotion pull request in GitHub'],
    ['issues', ['issues', `--repository=${REPO}`, 'list'], "the repository's Issues tab"],
  ])('%s works on a local registry only and says what to do on GitHub instead (exit 2)', async (name, argv, instead) => {
    gh.resetCalls();
    const run = await dhow(argv, { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`dhow ${name}: works on a local registry only (--registry DIR), not with --repository`);
    expect(run.stderr).toContain(instead);
    expect(gh.calls.total()).toBe(0);
  });

  it('--registry and --repository together is a usage error', async () => {
    const run = await dhow(['status', '--registry', scratch, '--repository', REPO], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('dhow status: --registry DIR (a local registry) and --repository OWNER/NAME (one on GitHub) exclude each other: pass one');
  });

  it('--api-url without --repository is a usage error', async () => {
    const run = await dhow(['status', '--registry', scratch, '--api-url', gh.url], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('dhow status: --api-url goes with --repository OWNER/NAME (a registry on GitHub)');
  });

  it('an --api-url with credentials in it is refused without repeating them, and nothing is called', async () => {
    gh.resetCalls();
    const url = gh.url.replace('http://', 'http://dhow:s3cr3t-pass@');
    const run = await dhow(['status', '--repository', REPO, '--api-url', url], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('must not carry a user name or password (the token goes in $GITHUB_TOKEN)');
    expect(run.stderr + run.stdout).not.toContain('s3cr3t-pass');
    expect(gh.calls.list).toHaveLength(0);
  });

  it('a repository that is not OWNER/NAME is a usage error naming --repository', async () => {
    const run = await dhow(['status', '--repository', 'model-registry'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('dhow status: --repository must be owner/name, got "model-registry"');
  });

  it.each(['acme_corp/model-registry', 'acme/model-registry!'])(
    'a repository GitHub could not have (%s) is a usage error naming --repository, and no call',
    async (name) => {
      gh.resetCalls();
      const run = await dhow(['status', '--repository', name], { env: env() });
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe(`dhow status: --repository must be owner/name, got "${name}"`);
      expect(gh.calls.total()).toBe(0);
    },
  );

  it('without $GITHUB_TOKEN: a usage error saying where the token comes from, and no call', async () => {
    gh.resetCalls();
    const run = await dhow(['history', '--repository', REPO, '--model', 'arabic-sentiment', '--env', 'dev'], { env: env({ GITHUB_TOKEN: undefined }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dhow history: --repository needs a GitHub token in $GITHUB_TOKEN');
    expect(gh.calls.total()).toBe(0);
  });

  it('a bad token fails with exit 1, says the token is invalid, and never prints it', async () => {
    const token = 'ghs_thisTokenIsNotKnownToTheEmulator0000';
    for (const argv of [
      ['status', '--repository', REPO],
      ['validate', '--repository', REPO],
      ['history', '--repository', REPO, '--model', 'dialect-id', '--env', 'dev'],
    ]) {
      const run = await dhow(argv, { env: env({ GITHUB_TOKEN: token, DHOW_DEBUG: '1' }) });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`dhow ${argv[0]}: `);
      expect(run.stderr).toContain('the token is invalid or expired');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout + run.stderr).not.toContain(token);
      expect(run.stdout + run.stderr).not.toContain(token.slice(4));
    }
  });

  it('a good token is never printed either', async () => {
    const runs = await Promise.all([
      dhow(['status', '--repository', REPO], { env: env({ DHOW_DEBUG: '1' }) }),
      dhow(['validate', '--repository', BROKEN], { env: env({ DHOW_DEBUG: '1' }) }),
    ]);
    for (const run of runs) expect(run.stdout + run.stderr).not.toContain(gh.token);
  });

  it('the help of status, history, validate, register, promote, rollback and revert names --repository, and the shared note says where the token comes from', async () => {
    for (const name of ['status', 'history', 'validate', 'register', 'promote', 'rollback', 'revert']) {
      const help = await dhow([name, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('--repository OWNER/NAME [--api-url URL]');
      expect(help.stdout).toContain('$GITHUB_TOKEN');
      expect(help.stdout).toContain('$GITHUB_API_URL');
    }
    for (const name of ['merge', 'review', 'issues']) expect((await dhow([name, '--help'])).stdout).toContain('A local registry only');
  });
});

describe('the writing commands with --repository do on GitHub what they do locally', () => {
  /** The same commits in a local registry, written to by the same commands. */
  let twin: string;
  const at = { DHOW_NOW: '2026-11-05T08:00:00Z' };
  /** What a file holds on main, on GitHub and in the local twin. */
  const both = (path: string) => [
    bareGit(gh, WRITE, ['show', `main:${path}`]),
    execFileSync('git', ['--git-dir', twin, 'show', `main:${path}`], { encoding: 'utf8' }).trim(),
  ];

  beforeAll(async () => {
    await seedRegistry(gh, WRITE, { models: { 'arabic-sentiment': ['1.0.0'], 'dialect-id': ['2.0.0'] } });
    // production ran dialect-id 2.0.0, and runs 2.1.0 now, its last known good 2.0.0.
    await gh.seed(
      WRITE,
      { 'releases/production/dialect-id.yaml': releaseFile('production', 'dialect-id', '2.0.0') },
      { message: 'Promote dialect-id 2.0.0 to production' },
    );
    await gh.seed(WRITE, {
      'models/dialect-id/versions/2.1.0.yaml': versionFile('dialect-id', '2.1.0'),
      'releases/production/dialect-id.yaml': releaseFile('production', 'dialect-id', '2.1.0', { previous: '2.0.0', 'last-known-good': '2.0.0' }),
      'releases/staging/arabic-sentiment.yaml': releaseFile('staging', 'arabic-sentiment', '1.0.0'),
    });
    twin = join(scratch, 'write-twin');
    execFileSync('git', ['clone', '--quiet', '--bare', gh.barePath(WRITE), twin]);
  });

  const onBoth = async (argv: string[]) => {
    const remote = await dhow([...argv, '--repository', WRITE], { env: env(at) });
    const local = await dhow([...argv, '--registry', twin], { env: env({ ...at, GITHUB_TOKEN: undefined }) });
    return { remote, local };
  };

  it('register records the same version file', async () => {
    const digest = digestOf('arabic-sentiment', '1.1.0');
    const { remote, local } = await onBoth([
      'register',
      '--model',
      'arabic-sentiment',
      '--version',
      '1.1.0',
      '--artifact',
      's3://models-me/arabic-sentiment/1.1.0',
      '--digest',
      digest,
      '--as',
      'alice',
    ]);
    expect(remote.stderr).toBe('');
    expect(remote.code).toBe(0);
    expect(local.code).toBe(0);
    const [onGitHub, onDisk] = both('models/arabic-sentiment/versions/1.1.0.yaml');
    expect(onGitHub).toBe(onDisk);
    expect(parseYaml(onGitHub!)).toMatchObject({
      kind: 'ModelVersion',
      model: 'arabic-sentiment',
      version: '1.1.0',
      artifact: { digest },
      'created-by': 'alice',
      'created-at': '2026-11-05T08:00:00Z',
    });
    expect(remote.stdout).toMatch(
      /^Registered arabic-sentiment 1\.1\.0 \(sha256:[0-9a-f]{64}\) in models\/arabic-sentiment\/versions\/1\.1\.0\.yaml \[[0-9a-f]{8}\]\n$/,
    );
  });

  it('register on a protected default branch fails at once, saying so, and writes nothing', async () => {
    const mainBefore = bareGit(gh, WRITE, ['rev-parse', 'main']);
    gh.resetCalls();
    gh.protect(WRITE, 'main', { kind: 'protection', requirePullRequest: true });
    const run = await dhow(
      [
        'register',
        '--repository',
        WRITE,
        '--model',
        'arabic-sentiment',
        '--version',
        '1.2.0',
        '--artifact',
        's3://models-me/arabic-sentiment/1.2.0',
        '--digest',
        digestOf('arabic-sentiment', '1.2.0'),
        '--as',
        'alice',
      ],
      { env: env(at) },
    );
    gh.protect(WRITE, 'main', null);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('GitHub refused to move main: it requires pull requests');
    expect(run.stderr).toContain('(GitHub said: Changes must be made through a pull request.)');
    // Asked once (one createCommitOnBranch): a protected branch is not a race to re-plan and retry.
    expect(gh.calls.writes()).toHaveLength(1);
    expect(bareGit(gh, WRITE, ['rev-parse', 'main'])).toBe(mainBefore);
  });

  it('promote opens the pull request, and status lists it', async () => {
    const remote = await dhow(['promote', '--repository', WRITE, '--model', 'dialect-id', '--version', '2.0.0', '--to', 'staging', '--as', 'alice'], {
      env: env(at),
    });
    expect(remote.stderr).toBe('');
    expect(remote.code).toBe(0);
    const pr = gh.pulls(WRITE).find((p) => p.head === 'dhow/promote/staging/dialect-id')!;
    expect(pr).toBeDefined();
    expect(pr.title).toBe('Promote dialect-id 2.0.0 to staging');
    expect(pr.base).toBe('main');
    const release = parseYaml(bareGit(gh, WRITE, ['show', 'dhow/promote/staging/dialect-id:releases/staging/dialect-id.yaml']));
    expect(release).toMatchObject({
      model: 'dialect-id',
      environment: 'staging',
      version: '2.0.0',
      digest: digestOf('dialect-id', '2.0.0'),
      'promoted-by': 'alice',
      'promoted-at': '2026-11-05T08:00:00Z',
    });
    const url = `${gh.url}/${WRITE}/pull/${pr.number}`;
    expect(remote.stdout).toBe(
      `Promote dialect-id 2.0.0 to staging: request ${pr.number} opened\n  replaces nothing; branch dhow/promote/staging/dialect-id\n  next: review and merge it in GitHub: ${url}\n`,
    );

    const again = await dhow(['promote', '--repository', WRITE, '--model', 'dialect-id', '--version', '2.0.0', '--to', 'staging', '--as', 'alice', '--json'], {
      env: env(at),
    });
    expect(JSON.parse(again.stdout)).toEqual({ request: String(pr.number), operation: 'none' });

    const status = await dhow(['status', '--repository', WRITE], { env: env() });
    expect(status.code).toBe(0);
    const requests = status.stdout
      .split('\nOpen promotion requests:\n')[1]!
      .trimEnd()
      .split('\n')
      .map((l) => l.split(/\s{2,}/));
    expect(requests).toEqual([
      ['REQUEST', 'TITLE', 'AUTHOR'],
      [`#${pr.number}`, 'Promote dialect-id 2.0.0 to staging', gh.botLogin],
    ]);
  });

  it('rollback writes the same release and manifests as the local rollback', async () => {
    const { remote, local } = await onBoth(['rollback', '--model', 'dialect-id', '--env', 'production', '--reason', 'accuracy fell', '--as', 'alice']);
    expect(remote.stderr).toBe('');
    expect(remote.code).toBe(0);
    expect(local.code).toBe(0);
    const [onGitHub, onDisk] = both('releases/production/dialect-id.yaml');
    expect(onGitHub).toBe(onDisk);
    expect(parseYaml(onGitHub!)).toMatchObject({ version: '2.0.0', 'revert-of': '2.1.0', digest: digestOf('dialect-id', '2.0.0') });
    const [manifest, localManifest] = both('deploy/production/dialect-id/inferenceservice.yaml');
    expect(manifest).toBe(localManifest);
    expect(remote.stdout.replace(/\[[0-9a-f]{8}\]/, '[]')).toBe(local.stdout.replace(/\[[0-9a-f]{8}\]/, '[]'));
    expect(remote.stdout).toMatch(/^production runs dialect-id 2\.0\.0 again \(rolled back from 2\.1\.0\)/);
  });

  it('revert --mode direct puts staging back on its last known good, as the local revert does', async () => {
    // staging runs arabic-sentiment 1.1.0 now (last known good 1.0.0), and drift started after its promotion.
    const release = releaseFile('staging', 'arabic-sentiment', '1.1.0', {
      previous: '1.0.0',
      'last-known-good': '1.0.0',
      'promoted-at': '2026-11-03T10:00:00Z',
    });
    await gh.seed(WRITE, { 'releases/staging/arabic-sentiment.yaml': release }, { message: 'Promote arabic-sentiment 1.1.0 to staging' });
    execFileSync('git', ['--git-dir', twin, 'fetch', '--quiet', gh.barePath(WRITE), '+main:main']);
    const alert = join(scratch, 'alert.json');
    await writeFile(
      alert,
      JSON.stringify({ model: 'arabic-sentiment', environment: 'staging', version: '1.1.0', fingerprint: 'a1b2c3', 'starts-at': '2026-11-04T00:00:00Z' }),
    );
    const { remote, local } = await onBoth(['revert', '--alert', alert, '--mode', 'direct', '--as', 'dhow-bridge', '--json']);
    expect(remote.stderr).toContain('direct mode (break-glass) commits on main without a request');
    expect(remote.code).toBe(0);
    expect(local.code).toBe(0);
    const outcome = JSON.parse(remote.stdout);
    expect(outcome).toMatchObject({ outcome: 'reverted', from: '1.1.0', to: '1.0.0' });
    const [onGitHub, onDisk] = both('releases/staging/arabic-sentiment.yaml');
    expect(onGitHub).toBe(onDisk);
    expect(parseYaml(onGitHub!)).toMatchObject({ version: '1.0.0', 'revert-of': '1.1.0', holds: [{ version: '1.1.0' }] });
  });
});

describe('dhow revert --repository --mode pull-request', () => {
  const BRANCH = 'dhow/revert/production/dialect-id/2.1.0-promoted-20261103T100000Z';
  const onMain = (path: string) => bareGit(gh, REVERT, ['show', `main:${path}`]);

  beforeAll(async () => {
    // dhow.yaml leaves revert.mode at its default: --mode pull-request is what picks the request.
    await seedRegistry(gh, REVERT, { models: { 'dialect-id': ['2.0.0', '2.1.0'] } });
    await gh.seed(
      REVERT,
      { 'releases/production/dialect-id.yaml': releaseFile('production', 'dialect-id', '2.0.0') },
      { message: 'Promote dialect-id 2.0.0 to production' },
    );
    await gh.seed(
      REVERT,
      {
        'releases/production/dialect-id.yaml': releaseFile('production', 'dialect-id', '2.1.0', {
          previous: '2.0.0',
          'last-known-good': '2.0.0',
          'promoted-at': '2026-11-03T10:00:00Z',
        }),
      },
      { message: 'Promote dialect-id 2.1.0 to production' },
    );
  });

  const revert = async (payload: Record<string, unknown>) => {
    const alert = join(scratch, `alert-${String(payload.fingerprint)}.json`);
    await writeFile(alert, JSON.stringify(payload));
    return dhow(['revert', '--repository', REVERT, '--alert', alert, '--mode', 'pull-request', '--as', 'dhow-bridge', '--json'], {
      env: env({ DHOW_NOW: '2026-11-05T08:00:00Z', DHOW_DEBUG: '1' }),
    });
  };
  const alert = {
    model: 'dialect-id',
    environment: 'production',
    version: '2.1.0',
    fingerprint: 'f00d01',
    'starts-at': '2026-11-04T00:00:00Z',
    summary: 'drift share 0.75',
  };

  it('opens the revert pull request on the deterministic branch; a re-run while it cannot merge updates it; once mergeable it is merged, and nothing is duplicated', async () => {
    const mainBefore = bareGit(gh, REVERT, ['rev-parse', 'main']);
    // A required check has not passed yet: GitHub answers 405 to the merge (the client may retry it).
    const blocked = { route: 'pulls/merge', status: 405, times: 10, message: 'Required status check "policy-check" is expected.' };
    const merges = () => gh.calls.list.filter((c) => c.operationId === 'pulls/merge').length;
    gh.resetCalls();
    gh.injectFault(blocked);
    const first = await revert(alert);
    gh.clearFaults();
    expect(first.code, first.stderr).toBe(0);
    // 405 is GitHub's final answer (not mergeable yet): asked once, not retried with back-off (1 + 4 + 9 s on GitHub).
    expect(merges()).toBe(1);
    expect(JSON.parse(first.stdout)).toMatchObject({ outcome: 'requested', mode: 'pull-request', from: '2.1.0', to: '2.0.0' });
    const [pr, ...others] = gh.pulls(REVERT);
    expect(others).toEqual([]);
    expect(pr).toMatchObject({ head: BRANCH, base: 'main', state: 'open', merged: false });
    // GitHub is asked to merge it by itself once the check passes (auto-merge), and the run says so.
    expect(pr!.autoMerge).toMatchObject({ method: 'MERGE' });
    expect(JSON.parse(first.stdout).message).toContain('auto-merge is on');
    expect(pr!.labels).toEqual(expect.arrayContaining(['dhow', 'dhow:revert']));
    expect(pr!.body).toContain('`f00d01`');
    // The branch holds the revert; main is untouched until the request merges.
    expect(parseYaml(bareGit(gh, REVERT, ['show', `${BRANCH}:releases/production/dialect-id.yaml`]))).toMatchObject({
      version: '2.0.0',
      'revert-of': '2.1.0',
      holds: [{ version: '2.1.0' }],
    });
    expect(bareGit(gh, REVERT, ['rev-parse', 'main'])).toBe(mainBefore);

    // The alert fires again with another fingerprint, the merge still blocked: the same request, its body updated.
    gh.injectFault(blocked);
    const second = await revert({ ...alert, fingerprint: 'f00d02' });
    gh.clearFaults();
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ outcome: 'requested', request: { id: String(pr!.number) } });
    expect(gh.pulls(REVERT)).toHaveLength(1);
    expect(gh.pulls(REVERT)[0]!.body).toContain('`f00d02`');
    expect(bareGit(gh, REVERT, ['for-each-ref', '--format=%(refname)', 'refs/heads/dhow/revert'])).toBe(`refs/heads/${BRANCH}`);

    // The check passes: the next run merges that same request, and production is back on 2.0.0.
    const third = await revert({ ...alert, fingerprint: 'f00d03' });
    expect(third.code, third.stderr).toBe(0);
    expect(JSON.parse(third.stdout)).toMatchObject({ outcome: 'reverted', mode: 'pull-request', from: '2.1.0', to: '2.0.0' });
    expect(gh.pulls(REVERT).map((p) => [p.number, p.head, p.state, p.merged])).toEqual([[pr!.number, BRANCH, 'closed', true]]);
    expect(parseYaml(onMain('releases/production/dialect-id.yaml'))).toMatchObject({ version: '2.0.0', 'revert-of': '2.1.0', holds: [{ version: '2.1.0' }] });

    // A repeat finds 2.1.0 no longer live: nothing written, no second request.
    const before = bareGit(gh, REVERT, ['for-each-ref', '--format=%(refname) %(objectname)']);
    const fourth = await revert({ ...alert, fingerprint: 'f00d04' });
    expect(fourth.code).toBe(0);
    expect(JSON.parse(fourth.stdout)).toMatchObject({ outcome: 'nothing', reason: 'not-live' });
    expect(bareGit(gh, REVERT, ['for-each-ref', '--format=%(refname) %(objectname)'])).toBe(before);
    expect(gh.pulls(REVERT)).toHaveLength(1);
    // With $DHOW_DEBUG the debug lines are there (the commits on the branch), and the token is in none of them.
    expect(first.stderr).toMatch(/^debug: committed [0-9a-f]{8} on dhow\/revert\/production\/dialect-id\/2\.1\.0-promoted-20261103T100000Z$/m);
    for (const run of [first, second, third, fourth]) expect(run.stdout + run.stderr).not.toContain(gh.token);
  });
});

describe('two dhow revert --repository --mode pull-request runs at once', () => {
  const RACE = 'acme/race-registry';
  let race: GitHubEmulator;
  beforeAll(async () => {
    race = await startGitHubEmulator({ repositories: [RACE] });
    await seedRegistry(race, RACE, { models: { 'dialect-id': ['2.0.0', '2.1.0'] } });
    await race.seed(RACE, { 'releases/production/dialect-id.yaml': releaseFile('production', 'dialect-id', '2.0.0') });
    await race.seed(RACE, {
      'releases/production/dialect-id.yaml': releaseFile('production', 'dialect-id', '2.1.0', {
        previous: '2.0.0',
        'last-known-good': '2.0.0',
        'promoted-at': '2026-11-03T10:00:00Z',
      }),
    });
  });
  afterAll(() => race.stop());

  it('make one request and one revert; both exit 0', async () => {
    const runs = await Promise.all(
      ['race01', 'race02'].map(async (fingerprint) => {
        const file = join(scratch, `alert-${fingerprint}.json`);
        await writeFile(
          file,
          JSON.stringify({ model: 'dialect-id', environment: 'production', version: '2.1.0', fingerprint, 'starts-at': '2026-11-04T00:00:00Z' }),
        );
        return dhow(['revert', '--repository', RACE, '--alert', file, '--mode', 'pull-request', '--as', 'dhow-bridge', '--json'], {
          env: { GITHUB_TOKEN: race.token, GITHUB_API_URL: race.url, DHOW_GITHUB_PACING: 'off', DHOW_REGISTRY: undefined },
        });
      }),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(race.pulls(RACE).map((p) => [p.head, p.state, p.merged])).toEqual([
      ['dhow/revert/production/dialect-id/2.1.0-promoted-20261103T100000Z', 'closed', true],
    ]);
    expect(parseYaml(bareGit(race, RACE, ['show', 'main:releases/production/dialect-id.yaml']))).toMatchObject({ version: '2.0.0', 'revert-of': '2.1.0' });
    // One main commit merged the revert: the release file changed once after the seed.
    expect(bareGit(race, RACE, ['log', '--format=%H', '--first-parent', 'main', '--', 'releases/production/dialect-id.yaml']).split('\n')).toHaveLength(3);
    expect(race.violations).toEqual([]);
  });
});
