import { afterEach, describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import type { Forge } from '../../src/forge/forge.js';
import { recordingLogger } from '../../src/logger.js';
import { mergePromotion } from '../../src/policy/merge.js';
import { openPromotion } from '../../src/promote/execute.js';
import { serializeRegistryFile } from '../../src/registry/files.js';
import { executeRevert } from '../../src/revert/execute.js';
import { createRevertRegistry, digestOf, driftAlert, MODEL, PRODUCTION, type RevertRegistry } from '../support/revert-fixture.js';

let registry: RevertRegistry | undefined;
afterEach(async () => {
  await registry?.cleanup();
  registry = undefined;
});

const by = 'dhow-bot';
const now = () => '2026-11-22T09:05:00Z';

/** 1.3.0 ran in production from 08:00, 1.4.0 replaced it at 08:30: 1.3.0 is the last known good. */
async function productionOn140(mode: 'direct' | 'pull-request' = 'direct') {
  registry = await createRevertRegistry({ mode });
  await registry.register('1.3.0');
  await registry.register('1.4.0');
  await registry.deploy('1.3.0', '2026-11-22T08:00:00Z');
  await registry.deploy('1.4.0', '2026-11-22T08:30:00Z');
  return registry;
}

/** 1.4.0 put live in production by hand: no promotion request, no last known good. */
async function liveWithoutRequest() {
  registry = await createRevertRegistry();
  await registry.register('1.4.0');
  await registry.putLiveByHand('1.4.0', '2026-11-22T08:30:00Z');
  return registry;
}

const reverts = async (r: RevertRegistry) => (await r.commits()).filter((c) => c.trailers['Revert-Of']);

describe('executing a revert on a drift alert (local registry, real git)', () => {
  it('direct: production goes back to the last known good in one commit that also holds the bad version', async () => {
    const r = await productionOn140('direct');
    const before = (await r.commits()).length;
    const outcome = await executeRevert(r.forge, driftAlert(), { by, now });
    expect(outcome).toMatchObject({ outcome: 'reverted', mode: 'direct', from: '1.4.0', to: '1.3.0' });

    const commits = await r.commits();
    expect(commits.length).toBe(before + 1);
    expect(commits[0]!.trailers).toMatchObject({ 'Dhow-Alert': 'c0ffee12', 'Revert-Of': '1.4.0', 'Dhow-Version': '1.3.0', 'Dhow-Environment': PRODUCTION });
    const release = await r.release();
    expect(release).toMatchObject({ version: '1.3.0', digest: digestOf('1.3.0'), previous: '1.4.0', 'revert-of': '1.4.0', 'promoted-by': by });
    expect(release!.holds).toEqual([
      { version: '1.4.0', reason: 'drift alert c0ffee12: share of drifted columns 0.58', by, at: '2026-11-22T09:05:00Z', alert: 'c0ffee12' },
    ]);
    // The deploy manifests Argo CD syncs moved in the same commit.
    const manifests = await r.forge.listDirectory(`deploy/${PRODUCTION}/${MODEL}`, commits[0]!.sha);
    const texts = await Promise.all(manifests.map((f) => r.forge.readFile(`deploy/${PRODUCTION}/${MODEL}/${f}`, commits[0]!.sha)));
    expect(texts.join('\n')).toContain('1.3.0');
    expect(texts.join('\n')).not.toContain('/1.4.0/');
    const changed = await r.forge.git.text(['diff', '--name-only', `${commits[0]!.sha}^`, commits[0]!.sha]);
    expect(changed.split('\n').filter(Boolean).sort()).toEqual(
      [`releases/${PRODUCTION}/${MODEL}.yaml`, ...manifests.map((f) => `deploy/${PRODUCTION}/${MODEL}/${f}`)].sort(),
    );
  });

  it('a repeated or late alert about the same version changes nothing', async () => {
    const r = await productionOn140();
    await executeRevert(r.forge, driftAlert(), { by, now });
    const after = await r.commits();
    for (const alert of [driftAlert(), driftAlert({ fingerprint: 'other', 'starts-at': '2026-11-22T09:30:00Z' })]) {
      expect(await executeRevert(r.forge, alert, { by, now })).toMatchObject({ outcome: 'nothing', reason: 'not-live' });
    }
    expect(await r.commits()).toEqual(after);
  });

  it('never undoes a newer promotion made after the alert', async () => {
    const r = await productionOn140();
    await r.register('1.5.0');
    await r.deploy('1.5.0', '2026-11-22T09:10:00Z');
    const before = await r.commits();
    expect(await executeRevert(r.forge, driftAlert(), { by, now })).toMatchObject({ outcome: 'nothing', reason: 'not-live' });
    expect(await r.commits()).toEqual(before);
    expect((await r.release())!.version).toBe('1.5.0');
  });

  it('ignores an alert that started before the live version was promoted', async () => {
    const r = await productionOn140();
    const outcome = await executeRevert(r.forge, driftAlert({ 'starts-at': '2026-11-22T08:15:00Z' }), { by, now });
    expect(outcome).toMatchObject({ outcome: 'nothing', reason: 'predates-promotion' });
    expect(await reverts(r)).toEqual([]);
  });

  it('fails loudly without a last known good, and says so on the promotion request', async () => {
    registry = await createRevertRegistry();
    await registry.register('1.4.0');
    await registry.deploy('1.4.0', '2026-11-22T08:30:00Z');
    const before = await registry.commits();
    const error = await executeRevert(registry.forge, driftAlert(), { by, now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DhowError);
    expect((error as DhowError).code).toBe('refused');
    expect((error as DhowError).message).toContain('records no last known good version');
    expect(await registry.commits()).toEqual(before);
    const [merge] = await registry.forge.history(`releases/${PRODUCTION}/${MODEL}.yaml`, 'main', { limit: 1 });
    const id = merge!.trailers['Dhow-Request']!;
    const stored = JSON.parse(await registry.forge.git.text(['show', `refs/dhow/requests:requests/${id}.json`]));
    expect(stored.comments).toHaveLength(1);
    expect(stored.comments[0].body).toContain('dhow could not revert arabic-sentiment in production automatically');
    // Said on the request: no issue as well.
    expect(await registry.forge.listIssues()).toEqual([]);
  });

  it('without a promotion request to comment on, raises one issue in the registry; repeats update it', async () => {
    // 1.4.0 was put live by hand (no promotion request, no Dhow-Request trailer) and records no last known good.
    const r = await liveWithoutRequest();
    const before = await r.commits();
    const first = await executeRevert(r.forge, driftAlert(), { by, now }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(DhowError);
    expect((first as DhowError).code).toBe('refused');
    expect((first as DhowError).message).toContain('records no last known good version');
    expect(await r.commits()).toEqual(before);

    const [issue, ...others] = await r.forge.listIssues();
    expect(others).toEqual([]);
    expect(issue).toMatchObject({
      id: '1',
      state: 'open',
      labels: ['dhow-revert-failed'],
      title: 'dhow could not revert arabic-sentiment 1.4.0 in production',
    });
    expect(issue!.body).toContain((first as DhowError).message);
    expect(issue!.body).toContain('Alert `c0ffee12`, started 2026-11-22T09:00:00Z.');

    // Alertmanager repeats (same alert), a restarted bridge, a re-run with another fingerprint: one issue, updated.
    const logger = recordingLogger();
    for (const alert of [driftAlert(), driftAlert({ fingerprint: 'a11ce5', 'starts-at': '2026-11-22T10:00:00Z' })]) {
      await expect(executeRevert(r.forge, alert, { by, now, logger })).rejects.toThrow((first as DhowError).message.replace('c0ffee12', alert.fingerprint));
    }
    const issues = await r.forge.listIssues();
    expect(issues.map((i) => [i.id, i.state])).toEqual([['1', 'open']]);
    expect(issues[0]!.body).toContain('Alert `a11ce5`, started 2026-11-22T10:00:00Z.');
    expect(logger.lines.map((l) => l.message).join('\n')).toMatch(/issue dhow:\/\/.*\/issues\/1 already says so/);
    expect(logger.lines.map((l) => l.message).join('\n')).toMatch(/updated issue dhow:\/\/.*\/issues\/1 about this/);
    expect(await r.commits()).toEqual(before);
  });

  it('leaves an issue a person closed closed and silent for the same version, but still fails', async () => {
    const r = await liveWithoutRequest();
    await executeRevert(r.forge, driftAlert(), { by, now }).catch(() => undefined);
    await r.forge.closeIssue('1', 'layla');
    const closed = await r.forge.listIssues();
    const error = await executeRevert(r.forge, driftAlert({ fingerprint: 'later', 'starts-at': '2026-11-23T09:00:00Z' }), { by, now }).catch((e: unknown) => e);
    expect((error as DhowError).code).toBe('refused');
    expect(await r.forge.listIssues()).toEqual(closed);
  });

  it('two runs raising the same issue at once make one issue (compare-and-swap on refs/dhow/issues)', async () => {
    const r = await liveWithoutRequest();
    const results = await Promise.allSettled([1, 2, 3].map((i) => executeRevert(r.forge, driftAlert({ fingerprint: `run-${i}` }), { by, now })));
    expect(results.map((x) => x.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((await r.forge.listIssues()).map((i) => i.id)).toEqual(['1']);
  });

  it('an alert naming an unknown version raises no issue', async () => {
    const r = await liveWithoutRequest();
    await expect(executeRevert(r.forge, driftAlert({ version: '9.9.9' }), { by, now })).rejects.toMatchObject({ code: 'not-found' });
    expect(await r.forge.listIssues()).toEqual([]);
  });

  it('rejects an alert about a version the registry does not know', async () => {
    const r = await productionOn140();
    await expect(executeRevert(r.forge, driftAlert({ version: '9.9.9' }), { by, now })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('two bridges delivering the same alert at once revert exactly once (compare-and-swap, then re-decide)', async () => {
    const r = await productionOn140();
    const outcomes = await Promise.all([1, 2, 3].map(() => executeRevert(r.forge, driftAlert(), { by, now })));
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['nothing', 'nothing', 'reverted']);
    expect(await reverts(r)).toHaveLength(1);
  });

  it('pull-request: opens the deterministic revert request and merges it; a repeat does nothing', async () => {
    const r = await productionOn140('pull-request');
    const outcome = await executeRevert(r.forge, driftAlert(), { by, now });
    expect(outcome).toMatchObject({ outcome: 'reverted', mode: 'pull-request', to: '1.3.0' });
    if (outcome.outcome !== 'reverted') throw new Error('expected a revert');
    expect(outcome.request!.branch).toBe(`dhow/revert/${PRODUCTION}/${MODEL}/1.4.0-promoted-20261122T083000Z`);
    expect((await r.release())!.version).toBe('1.3.0');
    const merged = await r.forge.findRequest(outcome.request!.branch, { state: 'all' });
    expect(merged!.state).toBe('merged');
    expect(await executeRevert(r.forge, driftAlert(), { by, now })).toMatchObject({ outcome: 'nothing', reason: 'not-live' });
  });

  it('pull-request: a version re-promoted after its revert that drifts again is reverted again', async () => {
    const r = await productionOn140('pull-request');
    expect(await executeRevert(r.forge, driftAlert(), { by, now })).toMatchObject({ outcome: 'reverted', from: '1.4.0', to: '1.3.0' });
    // A person lifts the hold on 1.4.0 (an edit of the release file), then promotes 1.4.0 again.
    const held = (await r.release())!;
    const head = await r.forge.branchHead('main');
    await r.forge.commitFiles({
      branch: 'main',
      expectedHead: head,
      changes: [{ path: `releases/${PRODUCTION}/${MODEL}.yaml`, content: serializeRegistryFile({ ...held, holds: [] }) }],
      message: 'Lift the hold on 1.4.0: the data pipeline is fixed',
    });
    const { request } = await openPromotion(r.forge, { model: MODEL, version: '1.4.0', environment: PRODUCTION }, { by: 'noura', at: '2026-11-22T10:00:00Z' });
    await mergePromotion(r.forge, request.id, { by: 'noura', at: '2026-11-22T10:00:00Z' });
    expect((await r.release())!.version).toBe('1.4.0');

    const again = await executeRevert(r.forge, driftAlert({ fingerprint: 'd00d', 'starts-at': '2026-11-22T10:30:00Z' }), {
      by,
      now: () => '2026-11-22T10:35:00Z',
    });
    expect(again).toMatchObject({ outcome: 'reverted', mode: 'pull-request', from: '1.4.0', to: '1.3.0' });
    if (again.outcome !== 'reverted') throw new Error('expected a revert');
    expect(again.request!.branch).toBe(`dhow/revert/${PRODUCTION}/${MODEL}/1.4.0-promoted-20261122T100000Z`);
    expect((await r.release())!).toMatchObject({ version: '1.3.0', 'revert-of': '1.4.0' });
    expect((await reverts(r)).map((c) => c.trailers['Dhow-Alert'])).toEqual(['d00d', 'c0ffee12']);
    // And the second revert, like the first, is done once.
    expect(await executeRevert(r.forge, driftAlert({ fingerprint: 'd00d', 'starts-at': '2026-11-22T10:30:00Z' }), { by, now })).toMatchObject({
      outcome: 'nothing',
      reason: 'not-live',
    });
  }, 240_000); // five promotions and two reverts of real git work: slow on a loaded machine, never waiting on time

  it('pull-request: a revert request a person closed unmerged is never reopened', async () => {
    const r = await productionOn140('pull-request');
    // A forge whose merges are refused (branch protection wants a review): the request stays open.
    const guarded: Forge = Object.create(r.forge, {
      mergeRequest: {
        value: async () => {
          throw new DhowError('refused', 'a review is required');
        },
      },
    });
    const first = await executeRevert(guarded, driftAlert(), { by, now });
    expect(first.outcome).toBe('requested');
    if (first.outcome !== 'requested') throw new Error('expected an open request');
    // Run again while open: the same request is updated, not duplicated.
    const again = await executeRevert(guarded, driftAlert({ fingerprint: 'repeat' }), { by, now });
    expect(again).toMatchObject({ outcome: 'requested', request: { id: first.request.id } });

    await r.forge.closeRequest(first.request.id);
    const outcome = await executeRevert(r.forge, driftAlert(), { by, now });
    expect(outcome).toMatchObject({ outcome: 'rejected', request: { id: first.request.id, state: 'closed' } });
    expect((await r.release())!.version).toBe('1.4.0');
    expect(await reverts(r)).toEqual([]);
  });
});
