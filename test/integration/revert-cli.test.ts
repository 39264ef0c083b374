import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';
import { createRevertRegistry, driftAlert, type RevertRegistry } from '../support/revert-fixture.js';

let registry: RevertRegistry | undefined;
afterEach(async () => {
  await registry?.cleanup();
  registry = undefined;
});

describe('dhow revert --registry DIR --alert PAYLOAD.json', () => {
  it('reverts once, then answers "nothing" to the same alert, exit 0 both times', async () => {
    registry = await createRevertRegistry();
    await registry.register('1.3.0');
    await registry.register('1.4.0');
    await registry.deploy('1.3.0', '2026-11-22T08:00:00Z');
    await registry.deploy('1.4.0', '2026-11-22T08:30:00Z');
    const file = join(registry.dir, '..', 'alert.json');
    await writeFile(file, JSON.stringify(driftAlert()));

    const first = await dhow(['revert', '--registry', registry.dir, '--alert', file, '--json', '--as', 'omar']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ outcome: 'reverted', from: '1.4.0', to: '1.3.0', mode: 'direct' });
    expect((await registry.release())!['promoted-by']).toBe('omar');

    const second = await dhow(['revert', '--registry', registry.dir, '--alert', file]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^nothing: .*runs 1\.3\.0, not 1\.4\.0/);
  });

  it('rejects a payload with an unknown key and a missing one, naming the file, writing nothing', async () => {
    registry = await createRevertRegistry();
    const file = join(registry.dir, '..', 'bad.json');
    const { fingerprint: _f, ...rest } = driftAlert();
    await writeFile(file, JSON.stringify({ ...rest, ref: 'main' }));
    const before = await registry.commits();
    const run = await dhow(['revert', '--registry', registry.dir, '--alert', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain('unknown key(s) "ref"');
    expect(run.stderr).toContain('"fingerprint" is missing');
    expect(await registry.commits()).toEqual(before);
  });

  it('says clearly when the payload file is empty or missing, and when --alert is absent', async () => {
    registry = await createRevertRegistry();
    const empty = join(registry.dir, '..', 'empty.json');
    await writeFile(empty, '');
    expect((await dhow(['revert', '--registry', registry.dir, '--alert', empty])).stderr).toContain('the alert payload file is empty');
    expect((await dhow(['revert', '--registry', registry.dir, '--alert', `${empty}.nope`])).stderr).toContain('does not exist');
    const usage = await dhow(['revert', '--registry', registry.dir]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--alert is required');
  });

  it('says once why it cannot revert an alert about a version that does not exist, writing nothing', async () => {
    registry = await createRevertRegistry();
    await registry.register('1.3.0');
    await registry.deploy('1.3.0', '2026-11-22T08:00:00Z');
    const file = join(registry.dir, '..', 'alert.json');
    await writeFile(file, JSON.stringify(driftAlert({ version: '9.9.9' })));
    const before = await registry.commits();
    const run = await dhow(['revert', '--registry', registry.dir, '--alert', file]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['dhow revert: version "9.9.9" of model "arabic-sentiment" does not exist in the registry']);
    expect(await registry.commits()).toEqual(before);
  });

  it('without a last known good or a request to comment on: exit 1 with the reason, and one issue in the registry', async () => {
    registry = await createRevertRegistry();
    await registry.register('1.4.0');
    await registry.putLiveByHand('1.4.0', '2026-11-22T08:30:00Z');
    const file = join(registry.dir, '..', 'alert.json');
    await writeFile(file, JSON.stringify(driftAlert()));
    const before = await registry.commits();
    const reason =
      'dhow revert: arabic-sentiment in production runs 1.4.0, which drifts (alert c0ffee12), but its release records no last known good version to go back to: put it back by hand with "dhow rollback --to VERSION"';
    // The reason once, after a line saying where people are told (the registry's issue 1).
    const issueUrl = `dhow://${registry.dir}/issues/1`;
    for (const told of [`opened issue ${issueUrl} about this`, `issue ${issueUrl} already says so`]) {
      const result = await dhow(['revert', '--registry', registry.dir, '--alert', file]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([told, reason]);
    }
    expect(await registry.commits()).toEqual(before);
    const issues = await registry.forge.listIssues();
    expect(issues.map((i) => [i.id, i.state, i.title])).toEqual([['1', 'open', 'dhow could not revert arabic-sentiment 1.4.0 in production']]);
    // Where it lives: a JSON file on refs/dhow/issues, pushed with the registry.
    const stored = JSON.parse(await registry.forge.git.text(['show', 'refs/dhow/issues:issues/1.json']));
    expect(stored).toMatchObject({ marker: 'revert-failed:production/arabic-sentiment/1.4.0:no-last-known-good', labels: ['dhow-revert-failed'] });

    // People see it in dhow status and dhow issues, and close it once handled.
    const status = await dhow(['status', '--registry', registry.dir]);
    expect(status.stdout).toContain('Open issues (dhow issues show ID):\nISSUE  TITLE\n1      dhow could not revert arabic-sentiment 1.4.0 in production\n');
    expect((await dhow(['issues', '--registry', registry.dir])).stdout).toBe(
      'ISSUE  STATE  TITLE\n1      open   dhow could not revert arabic-sentiment 1.4.0 in production\n',
    );
    const shown = await dhow(['issues', '--registry', registry.dir, 'show', '1']);
    expect(shown.stdout).toContain(reason.replace('dhow revert: ', ''));
    expect((await dhow(['issues', '--registry', registry.dir, 'close', '1', '--as', 'layla'])).code).toBe(0);

    // A later alert about the same version: still exit 1 with the reason, the closed issue left alone.
    await writeFile(file, JSON.stringify(driftAlert({ fingerprint: 'later', 'starts-at': '2026-11-23T09:00:00Z' })));
    const later = await dhow(['revert', '--registry', registry.dir, '--alert', file]);
    expect(later.code).toBe(1);
    expect(later.stderr.trim().split('\n')).toEqual([
      `issue ${issueUrl} about this was closed by a person: dhow leaves it closed`,
      reason.replace('c0ffee12', 'later'),
    ]);
    expect((await dhow(['issues', '--registry', registry.dir])).stdout).toBe('No open issues\n');
    const all = JSON.parse((await dhow(['issues', '--registry', registry.dir, '--all', '--json'])).stdout);
    expect(all.issues).toMatchObject([{ id: '1', state: 'closed' }]);
    expect(all.issues[0].body).toContain('Alert `c0ffee12`');
    expect((await dhow(['status', '--registry', registry.dir])).stdout).not.toContain('Open issues');
  });

  it('dhow issues: usage errors name what is wrong', async () => {
    registry = await createRevertRegistry();
    const bad = await dhow(['issues', '--registry', registry.dir, 'close']);
    expect([bad.code, bad.stderr.trim()]).toEqual([2, 'dhow issues close: name one issue number']);
    const unknown = await dhow(['issues', '--registry', registry.dir, 'show', '7']);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([1, 'dhow issues show: no issue 7']);
    const closeUnknown = await dhow(['issues', '--registry', registry.dir, 'close', '7', '--as', 'layla']);
    expect([closeUnknown.code, closeUnknown.stderr.trim()]).toEqual([1, 'dhow issues: no issue 7']);
  });

  it('a damaged issue record (not JSON) is named by its ref and path, without a stack trace, and nothing is written', async () => {
    registry = await createRevertRegistry();
    // What a bad hand edit or a cut-off push leaves on refs/dhow/issues: issues/1.json holding half a record.
    const git = (args: string[], input?: string) => execFileSync('git', args, { cwd: registry!.dir, input, encoding: 'utf8' }).trim();
    const blob = git(['hash-object', '-w', '--stdin'], '{"id": "1", "marker": "revert-failed:produ');
    const folder = git(['mktree'], `100644 blob ${blob}\t1.json\n`);
    const tree = git(['mktree'], `040000 tree ${folder}\tissues\n`);
    const commit = git(['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit-tree', tree, '-m', 'damaged']);
    git(['update-ref', 'refs/dhow/issues', commit]);
    for (const argv of [
      ['issues', '--registry', registry.dir],
      ['status', '--registry', registry.dir],
    ]) {
      const run = await dhow(argv);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('refs/dhow/issues:issues/1.json: ');
      expect(run.stderr).toContain('not JSON');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(git(['rev-parse', 'refs/dhow/issues'])).toBe(commit);
  });

  it('names a directory given as the payload, without a stack trace', async () => {
    registry = await createRevertRegistry();
    const run = await dhow(['revert', '--registry', registry.dir, '--alert', registry.dir]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`dhow revert: ${registry.dir}: is a directory: give the alert payload file`);
  });
});
