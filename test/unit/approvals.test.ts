import { describe, expect, it } from 'vitest';
import type { Review } from '../../src/forge/forge.js';
import { evaluateApprovals } from '../../src/promote/approvals.js';

const HEAD = 'h'.repeat(40);
const OLD = 'o'.repeat(40);
let clock = 0;
const review = (reviewer: string, state: Review['state'], commitSha = HEAD): Review => ({
  reviewer,
  state,
  commitSha,
  submittedAt: new Date(Date.UTC(2026, 10, 22, 8, clock++)).toISOString(),
});

describe('approvals policy', () => {
  it('is satisfied by two distinct approvals on the current head', () => {
    const out = evaluateApprovals({ reviews: [review('layla', 'approved'), review('omar', 'approved')], author: 'noura', headSha: HEAD, required: 2 });
    expect(out).toEqual({ satisfied: true, approvers: ['layla', 'omar'], missing: [] });
  });

  it('counts one reviewer once however often they approve', () => {
    const out = evaluateApprovals({ reviews: [review('layla', 'approved'), review('Layla', 'approved')], author: 'noura', headSha: HEAD, required: 2 });
    expect(out.satisfied).toBe(false);
    expect(out.approvers).toHaveLength(1);
    expect(out.missing[0]).toMatch(/^1 more approval /);
  });

  it('never counts the author or ignored bots', () => {
    const out = evaluateApprovals({
      reviews: [review('noura', 'approved'), review('dhow-bot', 'approved')],
      author: 'noura',
      headSha: HEAD,
      required: 1,
      ignore: ['dhow-bot'],
    });
    expect(out.satisfied).toBe(false);
    expect(out.approvers).toEqual([]);
  });

  it('does not count an approval given on an older head, and says so', () => {
    const out = evaluateApprovals({ reviews: [review('layla', 'approved', OLD)], author: 'noura', headSha: HEAD, required: 1 });
    expect(out.satisfied).toBe(false);
    expect(out.missing).toContain('layla approved an earlier commit of the request: approve the current one');
  });

  it("lets a later approval lift the same reviewer's request for changes", () => {
    const out = evaluateApprovals({ reviews: [review('omar', 'changes_requested'), review('omar', 'approved')], author: 'noura', headSha: HEAD, required: 1 });
    expect(out.satisfied).toBe(true);
  });

  it('blocks on changes requested by anyone, even with enough approvals', () => {
    const out = evaluateApprovals({
      reviews: [review('layla', 'approved'), review('omar', 'approved'), review('sara', 'changes_requested')],
      author: 'noura',
      headSha: HEAD,
      required: 2,
    });
    expect(out.satisfied).toBe(false);
    expect(out.missing).toEqual(['sara requested changes: they must approve (or the review be dismissed) before a merge']);
  });

  it("ignores plain comments when finding a reviewer's latest review", () => {
    const out = evaluateApprovals({ reviews: [review('layla', 'approved'), review('layla', 'commented')], author: 'noura', headSha: HEAD, required: 1 });
    expect(out.satisfied).toBe(true);
  });

  it('lets a dismissal undo an approval', () => {
    const out = evaluateApprovals({ reviews: [review('layla', 'approved'), review('layla', 'dismissed')], author: 'noura', headSha: HEAD, required: 1 });
    expect(out.satisfied).toBe(false);
  });

  it('needs nothing when the environment needs no approval', () => {
    expect(evaluateApprovals({ reviews: [], author: 'noura', headSha: HEAD, required: 0 })).toEqual({ satisfied: true, approvers: [], missing: [] });
  });
});
