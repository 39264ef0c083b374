/**
 * What the local forge writes and reads without a process per object: blobs and trees written into the
 * object store in-process must be the very objects git writes (git itself is the reference: fsck, hash-object,
 * mktree), files read a directory at a time must read as `<commit>:<path>` reads them, and a revert must
 * leave tree building to no git process and read the refs once per pass. Git processes are counted by a
 * `git` shim first on the PATH of a dhow run in its own process (no project module is patched).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLocalForge } from '../../src/forge/local.js';
import { createRevertRegistry, MODEL, PRODUCTION } from '../support/revert-fixture.js';
import { tempRegistry } from '../support/registry.js';

const BIN = new URL('../../bin/dhow.js', import.meta.url).pathname;
const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
const cleanups: string[] = [];
afterAll(async () => {
  for (const dir of cleanups) await rm(dir, { recursive: true, force: true });
});

function git(dir: string, args: string[], input?: string): string {
  const identity = ['-c', 'user.name=dhow-test', '-c', 'user.email=dhow-test@dhow.local'];
  const r = spawnSync(realGit, [...identity, '--git-dir', dir, ...args], { encoding: 'utf8', ...(input !== undefined ? { input } : {}) });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

describe('objects the local forge writes itself', () => {
  it('are the blobs and trees git writes: fsck is clean, ids match hash-object and mktree', async () => {
    const dir = await tempRegistry();
    const forge = await openLocalForge(dir, { identity: { name: 'dhow-test' } });
    // Names whose order in a tree is git's own (a tree sorts as if its name ended in "/"), and a non-ASCII one.
    const files: Record<string, string> = {
      'order/a.b': 'file a.b\n',
      'order/a/inner.txt': 'in a tree named a\n',
      'order/a-b': 'file a-b\n',
      'order/a0': 'file a0\n',
      'order/قطر.yaml': 'name: قطر\n',
      'order/empty': '',
    };
    const head = await forge.branchHead('main');
    const { sha } = await forge.commitFiles({
      branch: 'main',
      expectedHead: head,
      changes: Object.entries(files).map(([path, content]) => ({ path, content })),
      message: 'Files in git order',
    });
    forge.close();
    expect(spawnSync(realGit, ['--git-dir', dir, 'fsck', '--strict', '--no-dangling'], { encoding: 'utf8' }).status).toBe(0);
    for (const [path, content] of Object.entries(files)) {
      const listed = git(dir, ['ls-tree', '-z', sha, '--', path]).split('\0')[0]!;
      expect(listed.split('\t')[0]!.split(' ')[2]).toBe(git(dir, ['hash-object', '--stdin'], content).trim());
      expect(git(dir, ['cat-file', 'blob', `${sha}:${path}`])).toBe(content);
    }
    // Every tree on the way: git's mktree, fed the tree's own listing, names the same object.
    for (const tree of [`${sha}^{tree}`, `${sha}:order`, `${sha}:order/a`]) {
      const listing = git(dir, ['ls-tree', '-z', tree]);
      expect(git(dir, ['mktree', '-z'], listing).trim()).toBe(git(dir, ['rev-parse', tree]).trim());
    }
    expect(
      git(dir, ['ls-tree', '--name-only', '-z', `${sha}:order`])
        .split('\0')
        .filter(Boolean),
    ).toEqual(['a-b', 'a.b', 'a', 'a0', 'empty', 'قطر.yaml']);
  });

  it('reads files a directory at a time exactly as one <commit>:<path> read each', async () => {
    const dir = await tempRegistry();
    const forge = await openLocalForge(dir, { identity: { name: 'dhow-test' } });
    const head = await forge.branchHead('main');
    const { sha } = await forge.commitFiles({
      branch: 'main',
      expectedHead: head,
      changes: ['one', 'two', 'three', 'four']
        .map((n) => ({ path: `many/${n}.yaml`, content: `n: ${n}\n` }))
        .concat({ path: 'many/sub/x.yaml', content: 'x\n' }),
      message: 'Many',
    });
    // A submodule entry (a gitlink) in the same directory: no file to read.
    const listing = git(dir, ['ls-tree', `${sha}:many`]);
    const withLink = git(dir, ['mktree'], `${listing}160000 commit ${'a'.repeat(40)}\tlink\n`).trim();
    const root = git(dir, ['ls-tree', `${sha}^{tree}`]).replace(/^(040000 tree )[0-9a-f]+(\tmany)$/m, `$1${withLink}$2`);
    const tree = git(dir, ['mktree'], root).trim();
    const commit = git(dir, ['commit-tree', tree, '-p', sha, '-m', 'link'], '').trim();
    const paths = [
      'many/one.yaml',
      'many/two.yaml',
      'many/missing.yaml',
      'many/sub',
      'many/link',
      'many/three.yaml',
      'many/four.yaml',
      'many/sub/x.yaml',
      'nowhere/at.all',
    ];
    const together = await forge.readFiles(paths, commit);
    const oneByOne = paths.map((p) => {
      const r = spawnSync(realGit, ['--git-dir', dir, 'cat-file', 'blob', `${commit}:${p}`], { encoding: 'utf8' });
      return r.status === 0 ? r.stdout : null;
    });
    forge.close();
    expect(oneByOne).toEqual(['n: one\n', 'n: two\n', null, null, null, 'n: three\n', 'n: four\n', 'x\n', null]);
    expect(together).toEqual(oneByOne);
  });
});

describe('a revert on a local registry', () => {
  it('in pull-request mode builds its trees with no git process and reads the refs once per pass', async () => {
    const registry = await createRevertRegistry({ mode: 'pull-request' });
    await registry.register('1.3.0');
    await registry.register('1.4.0');
    await registry.deploy('1.3.0', '2026-11-22T08:00:00Z');
    await registry.deploy('1.4.0', '2026-11-22T08:30:00Z');
    registry.forge.close();
    const work = await mkdtemp(join(tmpdir(), 'dhow-objects-'));
    cleanups.push(work);
    const log = join(work, 'calls.log');
    await writeFile(join(work, 'git'), `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\nexec '${realGit}' "$@"\n`);
    await chmod(join(work, 'git'), 0o755);
    const alert = join(work, 'alert.json');
    await writeFile(
      alert,
      JSON.stringify({ model: MODEL, environment: PRODUCTION, version: '1.4.0', fingerprint: 'objects-1', 'starts-at': '2026-11-22T09:00:00Z' }),
    );
    const child = spawn(process.execPath, [BIN, 'revert', '--registry', registry.dir, '--alert', alert, '--as', 'dhow-bot'], {
      env: { ...process.env, DHOW_FROM_SOURCE: '1', PATH: `${work}:${process.env.PATH}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, output).toBe(0);
    expect((await registry.release())!.version).toBe('1.3.0');
    registry.forge.close();
    const calls = (await readFile(log, 'utf8')).trim().split('\n');
    const count = (command: string) => calls.filter((c) => c === command).length;
    // Blobs and trees: in-process. Refs: once for the command's pass, once more where the merge checks them as they are now.
    expect(count('hash-object')).toBe(0);
    expect(count('mktree')).toBe(0);
    expect(count('for-each-ref')).toBe(2);
    // One long-lived reader; commits and compare-and-swap ref updates stay with git (branch, record, merge, record, branch deleted).
    expect(count('cat-file')).toBe(1);
    expect(count('commit-tree')).toBe(4);
    expect(count('update-ref')).toBe(5);
    expect(spawnSync(realGit, ['--git-dir', registry.dir, 'fsck', '--strict', '--no-dangling'], { encoding: 'utf8' }).status).toBe(0);
    await registry.cleanup();
  });
});
