import { describe, expect, it } from 'vitest';
import { refUpdateRefusal } from '../../src/forge/github-refusals.js';

// GitHub's messages as its REST API sends them for a refused ref update (branch protection: the rule's
// sentence; rulesets: "Repository rule violations found" and one line per rule).
describe('a ref update refused by branch protection or a ruleset', () => {
  it.each([
    ['Repository rule violations found\n\nChanges must be made through a pull request.\n\n', /it requires pull requests: change it through a pull request/],
    ['Required status check "dhow/policy" is expected.', /requires the status check "dhow\/policy" to pass first/],
    ['At least 1 approving review is required by reviewers with write access.', /requires 1 approving review:/],
    ['At least 2 approving reviews are required by reviewers with write access.', /requires 2 approving reviews:/],
    ['Commits must have verified signatures.', /requires signed commits, .*never those made with a personal access token: use a GitHub App token/],
    ['This branch must not contain merge commits.', /requires a linear history/],
    ['Reference update failed', /a ruleset or branch protection restricts updates to it/],
  ])('names the rule and what to do for %j', (message, expected) => {
    const text = refUpdateRefusal('main', message);
    expect(text).toMatch(/^GitHub refused to move main: /);
    expect(text).toMatch(expected);
    expect(text).toContain(`GitHub said: ${message.replace(/\s+/g, ' ').trim()}`);
  });

  it('still reports an unknown refusal as a refusal, quoting GitHub', () => {
    expect(refUpdateRefusal('main', 'Something new')).toBe(
      "GitHub refused to move main (Something new): check the branch's protection and rulesets, and the token's permissions",
    );
  });
});
