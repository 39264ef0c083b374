import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { openLocalForge } from '../../src/forge/local.js';
import { tempDir, tempRegistry } from '../support/registry.js';

const run = (cwd: string, args: string[]) => execFileSync('git', args, { cwd }).toString();

describe('the local forge', () => {
  it('commits several files atomically and never touches a working tree or its index', async () => {
    const dir = await tempDir();
    run(dir, ['init', '-q', '-b', 'main']);
    await writeFile(join(dir, 'notes.txt'), 'mine\n');
    run(dir, ['add', 'notes.txt']);
    run(dir, ['commit', '-qm', 'first']);
    await writeFile(join(dir, 'notes.txt'), 'uncommitted edit\n');
    const statusBefore = run(dir, ['status', '--porcelain']);
    const forge = await openLocalForge(dir, { identity: { name: 'dhow-test' } });
    const head = await forge.branchHead('main');
    const result = await forge.commitFiles({
      branch: 'main',
      expectedHead: head,
      changes: [
        { path: 'a/one.yaml', content: 'one: 1\n' },
        { path: 'b/two.yaml', content: 'two: 2\n' },
      ],
      message: 'Two files',
      trailers: { 'Dhow-Model': 'm' },
    });
    expect(result.changed).toBe(true);
    expect(run(dir, ['show', '--stat', '--format=%s%n%(trailers)', 'main']).split('\n').slice(0, 3)).toEqual(['Two files', 'Dhow-Model: m', '']);
    expect(run(dir, ['ls-tree', '-r', '--name-only', 'main']).trim().split('\n')).toEqual(['a/one.yaml', 'b/two.yaml', 'notes.txt']);
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('uncommitted edit\n');
    // The index still matches the first commit: dhow's commit shows up as staged reverse changes, nothing else.
    expect(run(dir, ['diff', '--cached', '--name-only', 'HEAD~1']).trim()).toBe('');
    expect(statusBefore).toBe(' M notes.txt\n');
    // By hand: main (HEAD) gained a/one.yaml and b/two.yaml, the untouched index lacks them (staged deletions),
    // and the edit in the working tree is still there, unstaged.
    expect(run(dir, ['status', '--porcelain'])).toBe('D  a/one.yaml\nD  b/two.yaml\n M notes.txt\n');
  });

  it('refuses a commit whose expected head is stale (compare-and-swap) and writes nothing', async () => {
    const reg = await tempRegistry();
    const forge = await openLocalForge(reg);
    const head = await forge.branchHead('main');
    await forge.commitFiles({ branch: 'main', expectedHead: head, changes: [{ path: 'x.txt', content: 'x\n' }], message: 'x' });
    const after = await forge.branchHead('main');
    const error = await forge
      .commitFiles({ branch: 'main', expectedHead: head, changes: [{ path: 'y.txt', content: 'y\n' }], message: 'y' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DhowError);
    expect((error as DhowError).code).toBe('conflict');
    expect(await forge.branchHead('main')).toBe(after);
  });

  it('writes nothing when every change matches what is there', async () => {
    const reg = await tempRegistry();
    const forge = await openLocalForge(reg);
    const head = await forge.branchHead('main');
    const config = await forge.readFile('dhow.yaml', 'main');
    expect(await forge.commitFiles({ branch: 'main', expectedHead: head, changes: [{ path: 'dhow.yaml', content: config }], message: 'same' })).toEqual({
      sha: head,
      changed: false,
    });
  });

  it('refuses unsafe paths', async () => {
    const forge = await openLocalForge(await tempRegistry());
    const head = await forge.branchHead('main');
    for (const path of ['../x', '/abs', 'a//b', 'a/./b', '.git/config']) {
      await expect(forge.commitFiles({ branch: 'main', expectedHead: head, changes: [{ path, content: 'x' }], message: 'x' })).rejects.toThrow(
        /unsafe registry path/,
      );
    }
    expect(await forge.branchHead('main')).toBe(head);
  });

  it('keeps requests, reviews and comments in the repository, so a clone carries them', async () => {
    const reg = await tempRegistry();
    const forge = await openLocalForge(reg);
    const main = (await forge.branchHead('main'))!;
    await forge.commitFiles({ branch: 'dhow/promote/dev/m', expectedHead: null, from: main, changes: [{ path: 'f.txt', content: 'f\n' }], message: 'f' });
    const { request, operation } = await forge.openOrUpdateRequest({
      branch: 'dhow/promote/dev/m',
      base: 'main',
      title: 'T',
      body: 'B',
      author: 'noura',
      labels: ['b', 'a'],
    });
    expect(operation).toBe('created');
    expect(
      (await forge.openOrUpdateRequest({ branch: 'dhow/promote/dev/m', base: 'main', title: 'T', body: 'B', author: 'noura', labels: ['a', 'b'] })).operation,
    ).toBe('none');
    await forge.submitReview(request.id, { reviewer: 'layla', state: 'approved' });
    await forge.upsertComment(request.id, '<!-- dhow:gates -->', 'first');
    await forge.upsertComment(request.id, '<!-- dhow:gates -->', 'second');

    const clone = join(await tempDir(), 'clone.git');
    run(reg, ['clone', '-q', '--mirror', reg, clone]);
    const copy = await openLocalForge(clone);
    const reviews = await copy.listReviews(request.id);
    expect(reviews).toEqual([{ reviewer: 'layla', state: 'approved', commitSha: request.headSha, submittedAt: expect.any(String) }]);
    const stored = JSON.parse(run(clone, ['show', `refs/dhow/requests:requests/${request.id}.json`]));
    expect(stored.comments).toEqual([{ marker: '<!-- dhow:gates -->', body: 'second', updatedAt: expect.any(String) }]);
    expect((await copy.getRequest(request.id)).title).toBe('T');
  });

  it('runs the registered handler on dispatch', async () => {
    const forge = await openLocalForge(await tempRegistry());
    const seen: unknown[] = [];
    forge.setDispatchHandler(async (type, payload) => void seen.push([type, payload]));
    await forge.dispatch('dhow-drift-alert', { model: 'm' });
    expect(seen).toEqual([['dhow-drift-alert', { model: 'm' }]]);
  });

  it('lists history newest first with trailers, following the first parent', async () => {
    const reg = await tempRegistry();
    const forge = await openLocalForge(reg);
    for (const v of ['v1', 'v2']) {
      await forge.commitFiles({
        branch: 'main',
        expectedHead: await forge.branchHead('main'),
        changes: [{ path: 'r.yaml', content: `${v}\n` }],
        message: `set ${v}`,
        trailers: { 'Dhow-Version': v },
      });
    }
    const history = await forge.history('r.yaml', 'main');
    expect(history.map((c) => [c.subject, c.trailers['Dhow-Version']])).toEqual([
      ['set v2', 'v2'],
      ['set v1', 'v1'],
    ]);
    expect(await forge.listDirectory('', 'main')).toEqual(['README.md', 'dhow.yaml', 'r.yaml']);
  });
});
