/**
 * `dhow rollout step` killed with SIGKILL in the middle of its commit leaves a valid registry, and the next
 * step completes the one that was cut short, once. The kill points are counted, not timed: a `git` shim first
 * on PATH counts the git processes the step runs and, after the Nth has finished, kills the step's process
 * with SIGKILL. One run without a kill counts them all; the test then kills at each of the last ones (the
 * commit of the release file and manifests, then the request's sticky comment), each on a fresh copy of the
 * same registry, against the real Prometheus of the rollout lab.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalForge } from '../../src/forge/local.js';
import { RegistryReader } from '../../src/registry/store.js';
import { dhow } from '../support/cli.js';
import { canaryPolicy, labRegistry, realNow, startRolloutLab, type LabRegistry, type RolloutLab } from '../support/rollout-lab.js';

const root = new URL('../..', import.meta.url).pathname;
const REAL_GIT = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();

/**
 * Counts git processes under flock (reads run in parallel) and logs each one's number and command; after the
 * KILL_AT-th has finished, SIGKILLs its parent: the step.
 */
const SHIM = `#!/bin/sh
n=$(flock "$DHOW_SHIM_DIR/lock" sh -c 'n=$(( $(cat "$1/count") + 1 )); echo $n > "$1/count"; echo $n' _ "$DHOW_SHIM_DIR")
"$DHOW_REAL_GIT" "$@"
status=$?
echo "$n $*" >> "$DHOW_SHIM_DIR/log"
if [ "$n" = "$DHOW_KILL_AT" ]; then kill -9 $PPID; fi
exit $status
`;

let lab: RolloutLab | undefined;
let registry: LabRegistry | undefined;
let shimDir = '';
let later = '';

beforeAll(async () => {
  lab = await startRolloutLab();
  lab.set('crash', '1.3.0', { errors: 0.01, requests: 5000, p99: 0.1 });
  lab.set('crash', '1.4.0', { errors: 0.01, requests: 800, p99: 0.1 });
  registry = await labRegistry(
    'crash',
    canaryPolicy([
      { weight: 10, soak: '1s' },
      { weight: 50, soak: '1s' },
    ]),
  );
  await registry.deploy('1.3.0');
  await registry.deploy('1.4.0');
  await lab.scraped('crash');
  // An hour after the merge both checks are due and the first soak is over: the step advances to 50%.
  later = new Date(Date.parse(realNow()) + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  shimDir = await mkdtemp(join(tmpdir(), 'dhow-git-shim-'));
  await writeFile(join(shimDir, 'git'), SHIM);
  await chmod(join(shimDir, 'git'), 0o755);
}, 240_000);

afterAll(async () => {
  await registry?.cleanup();
  await lab?.stop();
  if (shimDir) await rm(shimDir, { recursive: true, force: true });
});

/** A fresh copy of the registry as the merge left it. */
async function copy(name: string): Promise<string> {
  const dir = join(shimDir, name);
  await cp(registry!.dir, dir, { recursive: true });
  return dir;
}

/** Runs `dhow rollout step` from the sources with the shim first on PATH; resolves with how it ended. */
async function shimmedStep(dir: string, killAt: number): Promise<{ code: number | null; signal: string | null; gits: number; log: string[] }> {
  await writeFile(join(shimDir, 'count'), '0');
  await writeFile(join(shimDir, 'log'), '');
  const child = spawn(
    process.execPath,
    [
      `${root}bin/dhow.js`,
      'rollout',
      'step',
      '--registry',
      dir,
      '--model',
      'crash',
      '--env',
      'production',
      '--prometheus',
      lab!.prometheusUrl,
      '--as',
      'dhow-rollout',
    ],
    {
      env: {
        ...process.env,
        DHOW_FROM_SOURCE: '1',
        DHOW_NOW: later,
        PATH: `${shimDir}:${process.env.PATH}`,
        DHOW_SHIM_DIR: shimDir,
        DHOW_REAL_GIT: REAL_GIT,
        DHOW_KILL_AT: String(killAt),
      },
      stdio: 'ignore',
    },
  );
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.once('exit', (c, s) => resolve([c, s])));
  const log = (await readFile(join(shimDir, 'log'), 'utf8')).split('\n').filter(Boolean);
  return { code, signal, gits: Number(await readFile(join(shimDir, 'count'), 'utf8')), log };
}

async function state(dir: string) {
  const forge = await openLocalForge(dir, { identity: { name: 'dhow-test' }, now: realNow });
  const release = (await (await RegistryReader.open(forge)).release('production', 'crash'))!;
  const commits = await forge.history('releases/production/crash.yaml', 'main');
  return { release, advances: commits.filter((c) => c.trailers['Dhow-Rollout'] === 'advance').length };
}

describe('a rollout step killed during its commit', { timeout: 240_000 }, () => {
  // The git process after which main's compare-and-swap (update-ref) has landed the step's commit.
  let at = 0;

  it('commits the step in one compare-and-swap of main when nothing kills it', async () => {
    const whole = await shimmedStep(await copy('uncut'), 0);
    expect(whole).toMatchObject({ code: 0, signal: null });
    expect((await state(join(shimDir, 'uncut'))).release.rollout).toMatchObject({ step: 1, weight: 50 });
    const swap = whole.log.find((line) => / update-ref .*refs\/heads\/main /.test(line));
    expect(swap, whole.log.join('\n')).toBeDefined();
    at = Number(swap!.split(' ')[0]);
    expect(at + 1).toBeLessThanOrEqual(whole.gits);
  });

  // Kill after each of the three git processes that build the commit (trees, the commit), after the update-ref
  // itself, and after the next one (the sticky comment's), so the kill falls before, at and after the moment the
  // step is committed. One test per point: each runs the step three times and validates twice.
  it.each([-3, -2, -1, 0, 1])('leaves a valid registry when killed %i git processes from the commit, and the next step completes it once', async (offset) => {
    expect(at, 'the uncut step ran first').toBeGreaterThan(0);
    const killAt = at + offset;
    const dir = await copy(`kill-${killAt}`);
    const killed = await shimmedStep(dir, killAt);
    expect(killed, `kill after git process ${killAt}`).toMatchObject({ signal: 'SIGKILL' });
    const validate = await dhow(['validate', '--registry', dir]);
    expect(validate.code, `dhow validate after a kill at ${killAt}:\n${validate.stdout}${validate.stderr}`).toBe(0);
    const resumed = await dhow(
      ['rollout', 'step', '--registry', dir, '--model', 'crash', '--env', 'production', '--prometheus', lab!.prometheusUrl, '--json'],
      {
        env: { DHOW_NOW: later },
      },
    );
    expect(resumed.code, resumed.stderr).toBe(0);
    const after = await state(dir);
    expect(after.release.rollout, `after a kill at ${killAt}`).toMatchObject({ step: 1, weight: 50 });
    expect(after.advances, `advance commits after a kill at ${killAt}`).toBe(1);
    expect((await dhow(['validate', '--registry', dir])).code).toBe(0);
  });
});

/** dhow's sticky comment on the promotion request that started the rollout, and how many writes the request records have had. */
async function comment(dir: string): Promise<{ body: string | undefined; writes: number }> {
  const forge = await openLocalForge(dir, { identity: { name: 'dhow-test' }, now: realNow });
  const request = (await forge.findRequest('dhow/promote/production/crash', { state: 'all' }))!;
  const body = (await forge.listComments(request.id)).find((c) => c.marker === 'rollout-analysis:production/crash')?.body;
  // Every write of a local request (a comment included) is one commit of the metadata ref.
  const writes = Number(spawnSync(REAL_GIT, ['-C', dir, 'rev-list', '--count', 'refs/dhow/requests'], { encoding: 'utf8' }).stdout.trim());
  return { body, writes };
}

describe('the sticky comment of a step killed after its commit', { timeout: 240_000 }, () => {
  it('is brought up to date by the next step, which only waits, and a rerun that changes nothing writes no comment', async () => {
    const dir = await copy('comment-lag');
    // Run uncut once on another copy to find the git process that lands the commit (update-ref of main).
    const whole = await shimmedStep(await copy('comment-lag-uncut'), 0);
    const swap = whole.log.find((line) => / update-ref .*refs\/heads\/main /.test(line));
    expect(swap, whole.log.join('\n')).toBeDefined();
    const uncut = await comment(join(shimDir, 'comment-lag-uncut'));
    expect(uncut.body).toContain('#### Step 1 (10% of traffic)');

    // Killed right after main moved: the step is committed, its comment never written.
    const killed = await shimmedStep(dir, Number(swap!.split(' ')[0]));
    expect(killed).toMatchObject({ signal: 'SIGKILL' });
    expect((await state(dir)).release.rollout).toMatchObject({ step: 1, weight: 50 });
    const lagging = await comment(dir);
    expect(lagging.body ?? '').not.toContain('#### Step 1');

    const step = () =>
      dhow(['rollout', 'step', '--registry', dir, '--model', 'crash', '--env', 'production', '--prometheus', lab!.prometheusUrl, '--json'], {
        env: { DHOW_NOW: later },
      });
    const resumed = await step();
    expect(resumed.code, resumed.stderr).toBe(0);
    // The next step decides to wait (the 50% step has just begun) and commits nothing, yet the comment catches up.
    expect(JSON.parse(resumed.stdout)).toMatchObject({ action: 'wait', commit: null });
    const caught = await comment(dir);
    expect(caught.body).toBe(uncut.body);
    expect(caught.writes).toBe(lagging.writes + 1);

    const again = await step();
    expect(again.code, again.stderr).toBe(0);
    expect(await comment(dir)).toEqual(caught);
    expect((await state(dir)).advances).toBe(1);
  });
});
