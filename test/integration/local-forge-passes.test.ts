/**
 * What a long-lived local forge handle reads: objects by id through one `git cat-file --batch` for the
 * handle's life, refs once per pass (a command, a bridge delivery, a controller pass). Another writer here is
 * a plain `git update-ref` in the test, as a push from another machine would be.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { openLocalForge } from '../../src/forge/local.js';
import { dhow } from '../support/cli.js';
import { freePort } from '../support/monitoring.js';
import { createRevertRegistry, MODEL, PRODUCTION, type RevertRegistry } from '../support/revert-fixture.js';

const root = new URL('../..', import.meta.url).pathname;
const TOKEN = 'passes-bridge-token-5d1c';

let fixture: Promise<{ reg: RevertRegistry; before: Refs; after: Refs }> | undefined;
afterAll(async () => {
  const built = await fixture;
  built?.reg.forge.close();
  await built?.reg.cleanup();
});

function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** The refs a registry moves when a version reaches production: its branch and the request records. */
function refsOf(dir: string): Refs {
  return { main: git(dir, 'rev-parse', 'refs/heads/main'), requests: git(dir, 'rev-parse', 'refs/dhow/requests') };
}

/** Moves both refs in one transaction, as one push from elsewhere would. */
function moveRefs(dir: string, to: Refs, from: Refs): void {
  const r = spawnSync('git', ['--git-dir', dir, 'update-ref', '--stdin'], {
    input: `update refs/heads/main ${to.main} ${from.main}\nupdate refs/dhow/requests ${to.requests} ${from.requests}\n`,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`update-ref: ${r.stderr}`);
}

type Refs = { main: string; requests: string };

/**
 * A registry where 1.3.0 runs in production and 1.4.0 is registered, plus the refs of the moment 1.4.0
 * reached production (1.3.0 its last known good), kept aside for "another writer" to move them to. Built
 * once (two promotions take a while on a busy machine); each test starts from the refs of "before".
 */
async function registryBeforeAndAfter(): Promise<{ reg: RevertRegistry; before: Refs; after: Refs }> {
  fixture ??= (async () => {
    const reg = await createRevertRegistry();
    await reg.register('1.3.0');
    await reg.register('1.4.0');
    await reg.deploy('1.3.0', '2026-11-22T08:00:00Z');
    const before = refsOf(reg.dir);
    await reg.deploy('1.4.0', '2026-11-22T08:30:00Z');
    const after = refsOf(reg.dir);
    // The fixture's own handle is done writing: its reader process goes, so only the test's handles run git.
    reg.forge.close();
    return { reg, before, after };
  })();
  const built = await fixture;
  moveRefs(built.reg.dir, built.before, refsOf(built.reg.dir));
  return built;
}

/** The `git` processes whose parent is this process, with their arguments. */
function gitChildren(): string[] {
  return gitChildrenWithIds().map((c) => c.argv);
}

function gitChildrenWithIds(): { pid: number; argv: string }[] {
  const found: { pid: number; argv: string }[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      if (argv[0]?.endsWith('git') && !stat.includes(') Z ')) found.push({ pid: Number(pid), argv: argv.join(' ') });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/** Waits for a state, checking it as often as the machine lets us; fails with what it last saw. */
async function until<T>(what: string, read: () => T, done: (value: T) => boolean, limitMs = 60_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('refs of a long-lived local forge handle', () => {
  it('outside any pass, a read sees a commit another writer made after the first read', async () => {
    const { reg, before, after } = await registryBeforeAndAfter();
    const forge = await openLocalForge(reg.dir);
    try {
      expect(await forge.branchHead('main')).toBe(before.main);
      moveRefs(reg.dir, after, before);
      expect(await forge.branchHead('main')).toBe(after.main);
    } finally {
      forge.close();
    }
  });

  it('within a pass reads refs once; the next pass sees what another writer committed meanwhile', async () => {
    const { reg, before, after } = await registryBeforeAndAfter();
    const forge = await openLocalForge(reg.dir);
    try {
      forge.beginPass();
      expect(await forge.branchHead('main')).toBe(before.main);
      moveRefs(reg.dir, after, before);
      // One snapshot per pass: a command acts on one consistent view of the refs.
      expect(await forge.branchHead('main')).toBe(before.main);
      forge.beginPass();
      expect(await forge.branchHead('main')).toBe(after.main);
      const release = await forge.readFile(`releases/${PRODUCTION}/${MODEL}.yaml`, 'main');
      expect(release).toMatch(/^version: 1\.4\.0$/m);
    } finally {
      forge.close();
    }
  });

  it('a write within a pass is seen by the reads after it: the new head, without re-reading every ref', async () => {
    const { reg, before } = await registryBeforeAndAfter();
    const forge = await openLocalForge(reg.dir, { identity: { name: 'dhow-test' } });
    try {
      forge.beginPass();
      expect(await forge.branchHead('main')).toBe(before.main);
      const { sha } = await forge.commitFiles({
        branch: 'main',
        expectedHead: before.main,
        changes: [{ path: 'notes.txt', content: 'n\n' }],
        message: 'A note',
      });
      expect(await forge.branchHead('main')).toBe(sha);
      expect(git(reg.dir, 'rev-parse', 'refs/heads/main')).toBe(sha);
    } finally {
      forge.close();
    }
  });
});

describe('the cat-file process of a handle', () => {
  it('is killed on close: a read under way is rejected with a DhowError, and no git process is left', async () => {
    const { reg } = await registryBeforeAndAfter();
    const forge = await openLocalForge(reg.dir);
    const sha = await forge.branchHead('main');
    expect(await forge.readFile('dhow.yaml', sha!)).toMatch(/kind: Registry/);
    // Asked and closed in the same turn: the answer cannot have arrived.
    const pending = forge.git.readObject(`${sha}:dhow.yaml`);
    expect(gitChildren().filter((c) => c.includes('cat-file --batch'))).toHaveLength(1);
    forge.close();
    const outcome = await pending.then(
      () => 'answered',
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(DhowError);
    expect((outcome as DhowError).message).toContain('closed while a read was under way');
    await until('git children after close', gitChildren, (children) => children.length === 0);
    // A closed handle reads again with a new process.
    expect(await forge.readFile('dhow.yaml', sha!)).toMatch(/kind: Registry/);
    forge.close();
    await until('git children after the second close', gitChildren, (children) => children.length === 0);
  });
});

describe('the cat-file process of a pass', () => {
  it('serves every read of the pass however long the pass waits between them, and goes when the pass ends', async () => {
    const { reg } = await registryBeforeAndAfter();
    const forge = await openLocalForge(reg.dir);
    const readers = () => gitChildrenWithIds().filter((c) => c.argv.includes('cat-file --batch'));
    try {
      forge.beginPass();
      const sha = (await forge.branchHead('main'))!;
      expect(await forge.readFile('dhow.yaml', sha)).toMatch(/kind: Registry/);
      const [reader] = readers();
      expect(reader).toBeDefined();
      // Longer than a reader outside a pass stays idle (500 ms): a pass keeps its reader past any pause.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await forge.readFile(`releases/${PRODUCTION}/${MODEL}.yaml`, sha)).toMatch(/^version: 1\.3\.0$/m);
      expect(readers().map((c) => c.pid)).toEqual([reader!.pid]);
      forge.endPass();
      await until('git children after the pass', gitChildren, (children) => children.length === 0);
      // Reads after the pass still work, with a reader of their own.
      expect(await forge.readFile('dhow.yaml', sha)).toMatch(/kind: Registry/);
    } finally {
      forge.close();
    }
    await until('git children after close', gitChildren, (children) => children.length === 0);
  });

  it('of a dhow command run in-process goes when the command returns', async () => {
    const { reg } = await registryBeforeAndAfter();
    const run = await dhow(['status', '--registry', reg.dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(MODEL);
    await until('git children after dhow status', gitChildren, (children) => children.length === 0);
  });
});

describe('dhow bridge --forge local', () => {
  it('acts on the registry as it is at each delivery, not as it was at the first one', async () => {
    const { reg, before, after } = await registryBeforeAndAfter();
    const port = await freePort();
    const bridge = spawn(process.execPath, [`${root}bin/dhow.js`, 'bridge', '--listen', `127.0.0.1:${port}`, '--forge', 'local', '--registry', reg.dir], {
      env: { ...process.env, DHOW_FROM_SOURCE: '1', DHOW_BRIDGE_TOKEN: TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    bridge.stderr!.on('data', (c) => (stderr += c));
    try {
      await new Promise<void>((resolve, reject) => {
        bridge.stdout!.on('data', (c) => String(c).includes('listening') && resolve());
        bridge.once('exit', (code) => reject(new Error(`the bridge exited with ${code}: ${stderr}`)));
      });
      const alert = async (fingerprint: string) => {
        const response = await fetch(`http://127.0.0.1:${port}/alertmanager`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            version: '4',
            groupKey: `{}:{model="${MODEL}"}`,
            status: 'firing',
            receiver: 'dhow-bridge',
            groupLabels: {},
            commonLabels: {},
            commonAnnotations: {},
            externalURL: 'http://127.0.0.1:9093',
            alerts: [
              {
                status: 'firing',
                labels: { alertname: 'ModelDataDrift', model: MODEL, environment: PRODUCTION, version: '1.4.0' },
                annotations: { summary: 'share 0.58' },
                startsAt: '2026-11-22T09:00:00Z',
                endsAt: '0001-01-01T00:00:00Z',
                generatorURL: 'http://127.0.0.1:9090/graph',
                fingerprint,
              },
            ],
          }),
        });
        expect(response.status).toBe(200);
        return ((await response.json()) as { deliveries: Array<{ detail: string }> }).deliveries[0]!.detail;
      };

      // 1.4.0 is not live yet: nothing to revert, and the bridge has read the refs.
      expect(await alert('f1')).toMatch(/^nothing: /);
      expect(refsOf(reg.dir)).toEqual(before);
      // Another writer brings 1.4.0 to production.
      moveRefs(reg.dir, after, before);
      expect(await alert('f2')).toMatch(/^reverted: revert\(production\): arabic-sentiment 1\.4\.0 -> 1\.3\.0/);
      expect((await reg.release())!.version).toBe('1.3.0');
      reg.forge.close();
      expect(git(reg.dir, 'rev-parse', 'refs/heads/main^')).toBe(after.main);
    } finally {
      const exited = new Promise<number | null>((resolve) => (bridge.exitCode !== null ? resolve(bridge.exitCode) : bridge.once('exit', resolve)));
      bridge.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
