/**
 * Kill anywhere: every registry command that writes (register, promote, merge, rollback, revert) is killed
 * with SIGKILL right after each of its ref updates, by a git `reference-transaction` hook in the registry,
 * then run again. Each time the registry must validate, hold nothing half-written (no request left open
 * over merged work, no merged branch left behind) and show the operation done exactly once.
 */
import { spawn } from 'node:child_process';
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openLocalForge } from '../../src/forge/local.js';
import { dhow } from '../support/cli.js';
import { git, register } from '../support/registry.js';

const BIN = fileURLToPath(new URL('../../bin/dhow.js', import.meta.url));

/**
 * Counts committed ref transactions in $DHOW_KILL_COUNTER; at the $DHOW_KILL_AT-th it kills the process
 * that ran git (its parent: dhow spawns git directly) with SIGKILL: nothing of dhow runs after that ref moved.
 */
const HOOK = `#!/bin/sh
[ "$1" = committed ] || exit 0
[ -n "$DHOW_KILL_COUNTER" ] || exit 0
n=$(cat "$DHOW_KILL_COUNTER" 2>/dev/null || echo 0)
n=$((n + 1))
echo "$n" > "$DHOW_KILL_COUNTER"
if [ "$n" = "$DHOW_KILL_AT" ]; then
  dhow=$(awk '{print $4}' /proc/$PPID/stat)
  kill -9 "$dhow"
fi
exit 0
`;

let root = '';
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function workspace(): Promise<string> {
  root ||= await mkdtemp(join(tmpdir(), 'dhow-kill-'));
  return mkdtemp(join(root, 'case-'));
}

/** A registry prepared by `prepare`, with the hook installed (idle unless the environment arms it). */
async function template(prepare: (dir: string) => Promise<void>): Promise<string> {
  const dir = join(await workspace(), 'registry');
  expect((await dhow(['init', dir])).code).toBe(0);
  await prepare(dir);
  await writeFile(join(dir, 'hooks', 'reference-transaction'), HOOK);
  await chmod(join(dir, 'hooks', 'reference-transaction'), 0o755);
  return dir;
}

/** Runs the real CLI in its own process with the hook armed; resolves with how it ended and the transactions it made. */
async function runArmed(dir: string, args: string[], killAt: number): Promise<{ signal: NodeJS.Signals | null; code: number | null; transactions: number }> {
  const counter = join(dir, '..', `counter-${killAt}`);
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, DHOW_FROM_SOURCE: '1', DHOW_KILL_COUNTER: counter, DHOW_KILL_AT: String(killAt) },
    stdio: 'ignore',
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  const transactions = Number((await readFile(counter, 'utf8').catch(() => '0')).trim());
  return { signal, code, transactions };
}

async function copyOf(dir: string): Promise<string> {
  const copy = join(await workspace(), 'registry');
  await cp(dir, copy, { recursive: true });
  return copy;
}

/** Subjects and trailers of the first-parent history of main, newest first. */
function mainLog(dir: string): { subject: string; trailers: string }[] {
  return git(dir, ['log', '--first-parent', '--format=%s%x00%(trailers:only,unfold)%x1e', 'main'])
    .split('\x1e')
    .map((e) => e.replace(/^\n/, ''))
    .filter((e) => e.trim())
    .map((e) => {
      const [subject = '', trailers = ''] = e.split('\0');
      return { subject, trailers };
    });
}

const branches = (dir: string) => git(dir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads/']).split('\n').filter(Boolean).sort();

interface Scenario {
  name: string;
  prepare: (dir: string) => Promise<void>;
  /** The command line after `dhow`, with REGISTRY standing for the registry directory. */
  args: string[];
  /** Files the command needs beside the registry. */
  files?: Record<string, string>;
  /** Asserts the operation happened exactly once and nothing is half-written. */
  done: (dir: string) => Promise<void>;
  /**
   * A command that is not idempotent by nature (a rollback goes back one step each time it runs) may refuse
   * the re-run once its work landed, with this reason; it must still have landed exactly once.
   */
  rerunRefusal?: RegExp;
}

const promoted = async (dir: string, version: string) => {
  const p = await dhow(['promote', '--registry', dir, '--model', 'm', '--version', version, '--to', 'dev', '--as', 'ds', '--json']);
  expect(p.code, p.stderr).toBe(0);
  return JSON.parse(p.stdout).request as string;
};
const merged = async (dir: string, id: string) => expect((await dhow(['merge', '--registry', dir, id, '--as', 'ds'])).code).toBe(0);
const release = (dir: string) => git(dir, ['show', 'main:releases/dev/m.yaml']);
const openRequests = async (dir: string) => (await (await openLocalForge(dir)).listRequests('open')).map((r) => r.branch);

const SCENARIOS: Scenario[] = [
  {
    name: 'register',
    prepare: async () => {},
    args: [
      'register',
      '--registry',
      'REGISTRY',
      '--model',
      'm',
      '--version',
      'v1',
      '--artifact',
      's3://bucket/m/v1',
      '--digest',
      `sha256:${'a'.repeat(64)}`,
      '--as',
      'ds',
    ],
    done: async (dir) => {
      expect(mainLog(dir).filter((c) => c.trailers.includes('Dhow-Version: v1'))).toHaveLength(1);
    },
  },
  {
    name: 'promote',
    prepare: async (dir) => void expect((await register(dir, 'm', 'v1')).code).toBe(0),
    args: ['promote', '--registry', 'REGISTRY', '--model', 'm', '--version', 'v1', '--to', 'dev', '--as', 'ds'],
    done: async (dir) => {
      expect(await openRequests(dir)).toEqual(['dhow/promote/dev/m']);
      expect(git(dir, ['rev-list', '--count', 'main..dhow/promote/dev/m']).trim()).toBe('1');
    },
  },
  {
    name: 'merge',
    prepare: async (dir) => {
      expect((await register(dir, 'm', 'v1')).code).toBe(0);
      expect(await promoted(dir, 'v1')).toBe('1');
    },
    args: ['merge', '--registry', 'REGISTRY', '1', '--as', 'ds'],
    done: async (dir) => {
      expect(release(dir)).toContain('version: v1');
      expect(mainLog(dir).filter((c) => c.trailers.includes('Dhow-Request: 1'))).toHaveLength(1);
      expect(await openRequests(dir)).toEqual([]);
      expect(branches(dir)).toEqual(['main']);
      // The symptom of issue 11.4: the next promotion of the model is not refused.
      expect((await register(dir, 'm', 'v2')).code).toBe(0);
      await merged(dir, await promoted(dir, 'v2'));
      expect(release(dir)).toContain('version: v2');
    },
  },
  {
    name: 'rollback',
    prepare: async (dir) => {
      for (const v of ['v1', 'v2']) {
        expect((await register(dir, 'm', v)).code).toBe(0);
        await merged(dir, await promoted(dir, v));
      }
    },
    args: ['rollback', '--registry', 'REGISTRY', '--model', 'm', '--env', 'dev', '--reason', 'bad', '--as', 'ds'],
    // Its one commit landed before the kill: v1 runs, and a second rollback has no earlier version to go to.
    rerunRefusal: /no last known good version of m recorded/,
    done: async (dir) => {
      expect(release(dir)).toContain('version: v1');
      expect(mainLog(dir).filter((c) => c.trailers.includes('Revert-Of: v2'))).toHaveLength(1);
    },
  },
  {
    name: 'revert (pull-request mode)',
    prepare: async (dir) => {
      for (const v of ['v1', 'v2']) {
        expect((await register(dir, 'm', v)).code).toBe(0);
        await merged(dir, await promoted(dir, v));
      }
    },
    files: { 'alert.json': JSON.stringify({ model: 'm', environment: 'dev', version: 'v2', fingerprint: 'f00d', 'starts-at': '2999-01-01T00:00:00Z' }) },
    args: ['revert', '--registry', 'REGISTRY', '--alert', 'FILE:alert.json', '--as', 'bot'],
    done: async (dir) => {
      expect(release(dir)).toContain('version: v1');
      // One revert: the merge of the revert request (its trailers) on main, not two.
      expect(mainLog(dir).filter((c) => c.trailers.includes('Dhow-Alert: f00d'))).toHaveLength(1);
      expect(await openRequests(dir)).toEqual([]);
      expect(branches(dir)).toEqual(['main']);
    },
  },
];

describe('every registry command killed after each of its ref updates, then run again', () => {
  it.each(SCENARIOS)(
    '$name: registry valid, nothing half-written, done exactly once',
    async (scenario) => {
      const base = await template(scenario.prepare);
      const argsFor = (dir: string) => scenario.args.map((a) => (a === 'REGISTRY' ? dir : a.startsWith('FILE:') ? join(dir, '..', a.slice(5)) : a));
      const withFiles = async (dir: string) => {
        for (const [name, text] of Object.entries(scenario.files ?? {})) await writeFile(join(dir, '..', name), text);
        return dir;
      };

      // An unarmed run says how many ref transactions the command makes (and that it works at all).
      const clean = await withFiles(await copyOf(base));
      const full = await runArmed(clean, argsFor(clean), 0);
      expect(full).toMatchObject({ code: 0, signal: null });
      expect(full.transactions).toBeGreaterThan(0);
      await scenario.done(clean);

      for (let at = 1; at <= full.transactions; at++) {
        const dir = await withFiles(await copyOf(base));
        const killed = await runArmed(dir, argsFor(dir), at);
        expect(killed.signal, `killed after ref update ${at} of ${full.transactions}`).toBe('SIGKILL');
        const again = await dhow(argsFor(dir));
        if (scenario.rerunRefusal && again.code === 1) expect(again.stderr).toMatch(scenario.rerunRefusal);
        else expect(again.code, `re-run after a kill at ref update ${at}: ${again.stderr}`).toBe(0);
        expect(again.stderr).not.toMatch(/\n\s+at /);
        const validate = await dhow(['validate', '--registry', dir]);
        expect(validate.code, validate.stdout + validate.stderr).toBe(0);
        await scenario.done(dir);
      }
    },
    600_000,
  ); // each kill is a real process started through tsx: slow on a loaded 2-core machine
});
