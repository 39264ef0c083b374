/**
 * What GitHub's refusals of a ref update mean for a dhow user: branch protection and rulesets answer a
 * direct update with 422 and the rule's message. Each known rule is named with what to do about it; an
 * unknown refusal is still reported as a refusal (never as a race to retry).
 */

interface Rule {
  match: RegExp;
  /** The rule, in a user's words, and what to do. */
  explain: (detail: RegExpExecArray) => string;
}

const THROUGH_A_PULL_REQUEST = 'change it through a pull request (for reverts: revert.mode pull-request in dhow.yaml), or add this identity to the bypass list';

const RULES: Rule[] = [
  {
    match: /Changes must be made through a pull request/i,
    explain: () => `it requires pull requests: ${THROUGH_A_PULL_REQUEST}`,
  },
  {
    match: /Required status checks? "?([^"]+?)"? (?:is|are) expected/i,
    explain: (m) => `it requires the status check "${m[1]}" to pass first: ${THROUGH_A_PULL_REQUEST}`,
  },
  {
    match: /At least (\d+) approving reviews? (?:is|are) required/i,
    explain: (m) => `it requires ${m[1]} approving review${m[1] === '1' ? '' : 's'}: ${THROUGH_A_PULL_REQUEST}`,
  },
  {
    match: /must have verified signatures/i,
    explain: () =>
      'it requires signed commits, and GitHub signs only the commits a GitHub App or GITHUB_TOKEN makes through the API without an author, never those made with a personal access token: use a GitHub App token',
  },
  {
    match: /must not contain merge commits|linear history/i,
    explain: () => "it requires a linear history (no merge commits): merge dhow's pull requests by squash or rebase (the merge-method input), or lift the rule",
  },
  {
    match: /Reference update failed|protected branch/i,
    explain: () => `a ruleset or branch protection restricts updates to it: ${THROUGH_A_PULL_REQUEST}`,
  },
];

/** The message of the DhowError('refused') for a refused update of `branch` (GitHub's `message` quoted). */
export function refUpdateRefusal(branch: string, message: string): string {
  const oneLine = message.replace(/\s+/g, ' ').trim();
  for (const rule of RULES) {
    const m = rule.match.exec(message);
    if (m) return `GitHub refused to move ${branch}: ${rule.explain(m)} (GitHub said: ${oneLine})`;
  }
  return `GitHub refused to move ${branch} (${oneLine}): check the branch's protection and rulesets, and the token's permissions`;
}
