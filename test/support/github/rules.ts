/**
 * GitHub's governance rules, as the emulator enforces them when a test switches them on: branch protection
 * and rulesets on a branch (required status checks pinned to their creator, approving reviews counted from
 * users with write access, stale approvals dismissed, pull requests required, signed commits, linear
 * history), repository settings (merge methods, auto-merge, Actions creating pull requests), token
 * identities (GITHUB_TOKEN, App installation, PAT) and the events each delivers. Each refusal carries the
 * status and message GitHub documents or sends; each rule cites its docs page.
 */
import type { BranchRules, DeliveredEvent, PullState, RepositorySettings, RepositoryState, RulesetState, User } from './state.js';

export const DEFAULT_SETTINGS: RepositorySettings = {
  allowAutoMerge: true,
  allowMergeCommit: true,
  allowSquashMerge: true,
  allowRebaseMerge: true,
  actionsCanCreatePullRequests: true,
  deleteBranchOnMerge: false,
};

/** A refusal: the HTTP status and message GitHub sends. */
export interface Refusal {
  status: number;
  message: string;
}

type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read';
const WRITE_OR_ABOVE: Role[] = ['admin', 'maintain', 'write'];

/** The role of a login in `repo.collaborators` (the owner is admin); null when not a collaborator. */
export function roleOf(repo: RepositoryState, login: string): Role | null {
  return repo.collaborators.get(login) ?? (login === repo.owner ? 'admin' : null);
}

/**
 * "Triggering a workflow from a workflow": "events triggered by the GITHUB_TOKEN, with the exception of
 * workflow_dispatch and repository_dispatch, will not create a new workflow run."
 * https://docs.github.com/en/actions/using-workflows/triggering-a-workflow#triggering-a-workflow-from-a-workflow
 */
export function startsWorkflows(event: DeliveredEvent['event'], sender: User): boolean {
  if (sender.identity !== 'github-token') return true;
  return event === 'workflow_dispatch' || event === 'repository_dispatch';
}

export function deliver(repo: RepositoryState, sender: User, event: Omit<DeliveredEvent, 'sender' | 'startsWorkflows'>): void {
  const pull = event.pull === undefined ? undefined : repo.pulls.find((p) => p.number === event.pull);
  const review = event.event === 'pull_request_review' ? pull?.reviews.filter((r) => r.user === sender.login).at(-1) : undefined;
  const pullSnapshot = pull && {
    state: pull.state,
    merged: pull.merged,
    ...(review ? { review: { id: review.id, state: review.state, commitId: review.commitId } } : {}),
  };
  repo.events.push({ ...event, sender: sender.login, startsWorkflows: startsWorkflows(event.event, sender), ...(pullSnapshot ? { pullSnapshot } : {}) });
}

export function rulesFor(repo: RepositoryState, branch: string, user: User): BranchRules | null {
  const rules = repo.rules.get(branch);
  if (!rules || rules.bypass?.includes(user.login)) return null;
  return rules;
}

/** Required status checks that `sha` lacks: a success from the pinned creator (or anyone when unpinned). */
export function missingChecks(repo: RepositoryState, rules: BranchRules, sha: string): string[] {
  return (rules.requiredStatusChecks ?? [])
    .filter(({ context, setBy }) => {
      // The latest status of this context from the pinned app counts; a status from another creator does not
      // satisfy a check pinned to an app ("Require status checks to pass before merging", "expected source").
      // https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches#require-status-checks-before-merging
      const latest = repo.statuses.filter((s) => s.sha === sha && s.context === context && (!setBy || s.creator === setBy)).at(-1);
      return latest?.state !== 'success';
    })
    .map((c) => c.context);
}

/**
 * Approvals that count: the latest non-comment review of each reviewer is APPROVED, and the reviewer has
 * write access or above ("Required approvals ... approvals from people with write permissions").
 * https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches#require-pull-request-reviews-before-merging
 */
export function countedApprovals(repo: RepositoryState, pull: PullState): number {
  const latest = new Map<string, string>();
  for (const r of pull.reviews) if (r.state !== 'COMMENTED' && r.state !== 'PENDING') latest.set(r.user, r.state);
  let count = 0;
  for (const [login, state] of latest) {
    const role = roleOf(repo, login);
    if (state === 'APPROVED' && role && WRITE_OR_ABOVE.includes(role)) count++;
  }
  return count;
}

function approvalsMessage(required: number): string {
  return `At least ${required} approving review${required === 1 ? ' is' : 's are'} required by reviewers with write access.`;
}

function say(rules: BranchRules, violations: string[]): string {
  // Rulesets list every violation under one heading (GH013); classic protection names the first (GH006).
  // https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/about-rulesets
  return rules.kind === 'ruleset' ? `Repository rule violations found\n\n${violations.join('\n')}\n\n` : violations[0]!;
}

/**
 * A direct update of a protected branch's ref (git/update-ref, git/create-ref): 422 with the rule's message.
 * `newCommits` are the commits the update brings (oldest last), with whether each is verified and a merge.
 * https://docs.github.com/en/rest/git/refs#update-a-reference
 */
export function refUpdateRefusal(
  repo: RepositoryState,
  rules: BranchRules,
  sha: string,
  newCommits: { sha: string; verified: boolean; merge: boolean }[],
): Refusal | null {
  const violations: string[] = [];
  if (rules.requirePullRequest) {
    violations.push(
      rules.kind === 'protection' && (rules.requiredApprovingReviewCount ?? 0) > 0
        ? approvalsMessage(rules.requiredApprovingReviewCount!)
        : 'Changes must be made through a pull request.',
    );
  }
  for (const context of missingChecks(repo, rules, sha)) violations.push(`Required status check "${context}" is expected.`);
  if (rules.requireSignatures && newCommits.some((c) => !c.verified)) violations.push('Commits must have verified signatures.');
  if (rules.requireLinearHistory && newCommits.some((c) => c.merge)) violations.push('This branch must not contain merge commits.');
  return violations.length ? { status: 422, message: say(rules, violations) } : null;
}

/**
 * pulls/merge against the repository's settings and the base branch's rules: 405 with the reason.
 * https://docs.github.com/en/rest/pulls/pulls#merge-a-pull-request ("405: Method Not Allowed if merge cannot be performed")
 */
export function mergeRefusal(
  repo: RepositoryState,
  rules: BranchRules | null,
  pull: PullState,
  headSha: string,
  method: 'merge' | 'squash' | 'rebase',
): Refusal | null {
  // "Configuring pull request merges": a method that is off is refused.
  // https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/configuring-pull-request-merges/about-merge-methods-on-github
  const allowed = { merge: repo.settings.allowMergeCommit, squash: repo.settings.allowSquashMerge, rebase: repo.settings.allowRebaseMerge }[method];
  if (!allowed) {
    const what = { merge: 'Merge commits are', squash: 'Squash merges are', rebase: 'Rebase merges are' }[method];
    return { status: 405, message: `${what} not allowed on this repository.` };
  }
  if (pull.draft) return { status: 405, message: 'Pull Request is still a draft' };
  if (!rules) return null;
  const violations: string[] = [];
  for (const context of missingChecks(repo, rules, headSha)) violations.push(`Required status check "${context}" is expected.`);
  const required = rules.requiredApprovingReviewCount ?? 0;
  if (required > 0 && countedApprovals(repo, pull) < required) violations.push(approvalsMessage(required));
  if (rules.requireLinearHistory && method === 'merge') violations.push('This branch must not contain merge commits.');
  return violations.length ? { status: 405, message: say(rules, violations) } : null;
}

/**
 * "Dismiss stale pull request approvals when new commits are pushed".
 * https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches#require-pull-request-reviews-before-merging
 */
export function dismissStale(repo: RepositoryState, branch: string, newHead: string): void {
  for (const pull of repo.pulls) {
    if (pull.state !== 'open' || pull.head !== branch || !repo.rules.get(pull.base)?.dismissStaleReviews) continue;
    for (const review of pull.reviews) if (review.state === 'APPROVED' && review.commitId !== newHead) review.state = 'DISMISSED';
  }
}

/**
 * "Allow GitHub Actions to create and approve pull requests": off, GITHUB_TOKEN gets 403.
 * https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/enabling-features-for-your-repository/managing-github-actions-settings-for-a-repository#preventing-github-actions-from-creating-or-approving-pull-requests
 */
export function actionsMayNotCreatePulls(repo: RepositoryState, user: User): Refusal | null {
  if (user.identity !== 'github-token' || repo.settings.actionsCanCreatePullRequests) return null;
  return { status: 403, message: 'GitHub Actions is not permitted to create or approve pull requests.' };
}

/**
 * Which tokens may see an organization's teams: a PAT (read:org), an App with the Members: read
 * organization permission; never GITHUB_TOKEN, whose permissions are repository-scoped.
 * https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#permissions-for-the-github_token
 */
export function canSeeTeams(user: User): boolean {
  return user.identity === 'pat' || (user.identity === 'app' && Boolean(user.canReadMembers));
}

/**
 * The App's integration id (what GET /apps/{app_slug} answers as `id`, and what a ruleset's required status
 * check pins), distinct from its bot account's user id as on GitHub. The emulator derives one from the other.
 * https://docs.github.com/en/rest/apps/apps#get-an-app
 */
export function appIdOf(user: User): number {
  return 1_000_000 + user.id;
}

/** GitHub Actions' own App: every GITHUB_TOKEN status comes from it (integration id 15368 on github.com). */
export const GITHUB_ACTIONS_APP_ID = 15368;

/**
 * Repository administration (settings, rulesets) needs the admin role, or the "Administration: write"
 * permission for an App or fine-grained token, which GITHUB_TOKEN never has. An App counts as admin here when
 * a test lists its bot as an admin collaborator. GitHub answers an integration without the permission
 * 403 "Resource not accessible by integration"; a person without admin rights gets 403 "Must have admin
 * rights to Repository." on settings and 404 on rulesets (the routes choose).
 * https://docs.github.com/en/rest/repos/repos#update-a-repository
 * https://docs.github.com/en/rest/repos/rules#create-a-repository-ruleset
 */
export function lacksAdministration(repo: RepositoryState, user: User): 'integration' | 'person' | null {
  if (user.identity !== 'github-token' && roleOf(repo, user.login) === 'admin') return null;
  return user.identity === 'pat' ? 'person' : 'integration';
}

/**
 * The rules an active branch ruleset puts on `branch` ("~DEFAULT_BRANCH", "refs/heads/<name>" or "~ALL" in
 * its ref_name include list, nothing excluded): pull requests required, the status checks (pinned to the
 * App whose integration id they name), stale approvals dismissed, approvals counted, bypass actors
 * (Integration ids). Rulesets that do not apply give null.
 * https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/available-rules-for-rulesets
 */
export function rulesFromRuleset(ruleset: RulesetState, branch: string, defaultBranch: string, users: Iterable<User>): BranchRules | null {
  if (ruleset.enforcement !== 'active' || ruleset.target !== 'branch') return null;
  const include = ruleset.conditions?.ref_name?.include ?? [];
  const exclude = ruleset.conditions?.ref_name?.exclude ?? [];
  const names = (list: string[]) => list.some((r) => r === '~ALL' || r === `refs/heads/${branch}` || (r === '~DEFAULT_BRANCH' && branch === defaultBranch));
  if (!names(include) || names(exclude)) return null;
  const apps = [...users].filter((u) => u.identity === 'app');
  const appLogin = (id: unknown) =>
    apps.find((u) => appIdOf(u) === id)?.login ?? (id === GITHUB_ACTIONS_APP_ID ? 'github-actions[bot]' : `app-${String(id)}[bot]`);
  const rules: BranchRules = { kind: 'ruleset' };
  for (const rule of ruleset.rules) {
    const p = rule.parameters ?? {};
    if (rule.type === 'pull_request') {
      rules.requirePullRequest = true;
      rules.requiredApprovingReviewCount = Number(p.required_approving_review_count ?? 0);
      rules.dismissStaleReviews = Boolean(p.dismiss_stale_reviews_on_push);
    } else if (rule.type === 'required_status_checks') {
      const checks = (p.required_status_checks ?? []) as { context: string; integration_id?: number }[];
      rules.requiredStatusChecks = checks.map((c) =>
        c.integration_id === undefined ? { context: c.context } : { context: c.context, setBy: appLogin(c.integration_id) },
      );
    } else if (rule.type === 'required_signatures') rules.requireSignatures = true;
    else if (rule.type === 'required_linear_history') rules.requireLinearHistory = true;
  }
  const bypass = ruleset.bypassActors.filter((a) => a.actor_type === 'Integration').map((a) => appLogin(a.actor_id));
  if (bypass.length) rules.bypass = bypass;
  return rules;
}
