/**
 * The API calls of everyday runs held as ceilings (issue 14: CALL_CEILINGS), so they cannot regress: counted by the emulator (a count
 * of calls is deterministic, unlike a duration), at two registry sizes, route by route the same at both.
 * test/bench/github.bench.ts prints the same scenarios at 10 and 10,000 versions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CALL_CEILINGS, measureGitHubCalls, type CallMeasure, type CallScenario } from '../support/github/call-scenarios.js';

const SMALL = 10;
const LARGE = 1_000;
let small: Record<CallScenario, CallMeasure>;
let large: Record<CallScenario, CallMeasure>;

beforeAll(async () => {
  small = await measureGitHubCalls(SMALL);
  large = await measureGitHubCalls(LARGE);
}, 600_000);

describe('GitHub API calls of everyday runs', () => {
  it.each(Object.keys(CALL_CEILINGS) as CallScenario[])('%s stays within its target, whatever the size of the registry', (scenario) => {
    const ceiling = CALL_CEILINGS[scenario];
    for (const measured of [small[scenario], large[scenario]]) {
      expect(measured.calls, JSON.stringify(measured.byRoute)).toBeLessThanOrEqual(ceiling);
    }
    expect(large[scenario].byRoute).toEqual(small[scenario].byRoute);
  });

  it('a first promotion asks user and team reviewers in two calls, and each run did its work', () => {
    expect(small['first with user and team reviewers'].byRoute['POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers']).toBe(2);
    expect(small.first.outcome).toBe('created');
    expect(small['first with user and team reviewers'].outcome).toBe('created');
    expect(small.updated.outcome).toBe('updated');
    // Approvals from bob, dan and erin (whose latest review approves); carol only commented.
    expect(small['policy-check, 5 reviews'].outcome).toBe('success: Approved by bob, dan, erin; order, gates, holds and residency hold');
    expect(small['policy-check, 5 reviews'].byRoute['POST /repos/{owner}/{repo}/statuses/{sha}']).toBe(1);
    // Five approvers, bob of them in the required team: roles and membership read in queries, not a call each.
    const grouped = small['policy-check with a required team group and 5 approving reviews'];
    expect(grouped.outcome).toBe('success: Approved by carol, dan, erin, farah, bob; order, gates, holds and residency hold');
    expect(Object.keys(grouped.byRoute).filter((route) => /collaborators|teams/.test(route))).toEqual([]);
  });

  it('a first promotion is two reads, one mutation that creates the branch and commits on it, the pull request and its labels', () => {
    const expected = [
      'POST /graphql query',
      'POST /graphql query',
      'POST /graphql mutation createRef, createCommitOnBranch',
      'POST /repos/{owner}/{repo}/pulls',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
    ];
    expect(small.first.sequence).toEqual(expected);
    expect(large.first.sequence).toEqual(expected);
    // An update whose base moved needs a merge commit: the Git Data API's tree, commit and ref.
    expect(small.updated.sequence.filter((c) => !c.startsWith('POST /graphql query'))).toEqual([
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/commits',
      'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
      'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
    ]);
  });

  it('an unchanged re-run writes nothing', () => {
    expect(small.rerun.outcome).toBe('none');
    expect(small.rerun.writes).toBe(0);
    expect(large.rerun.writes).toBe(0);
  });
});
