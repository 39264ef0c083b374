/**
 * The REST operations the emulator serves, by GitHub operationId, each written from GitHub's
 * documentation: the same status codes and messages for the failures dhow must handle.
 */
import type { TreeChange, CommitObject } from './git.js';
import { now, type IssueState, type PullState, type RepositoryState, type ReviewState, type User } from './state.js';
import {
  actionsMayNotCreatePulls,
  appIdOf,
  canSeeTeams,
  deliver,
  dismissStale,
  lacksAdministration,
  mergeRefusal,
  refUpdateRefusal,
  roleOf,
  rulesFor,
  rulesFromRuleset,
} from './rules.js';
import type { RulesetState } from './state.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface RouteContext {
  repo: RepositoryState;
  params: Record<string, string>;
  query: Record<string, string>;
  body: any;
  user: User;
  url: string;
  users: Map<string, User>;
  teams: Map<string, Set<string>>;
  /** GitHub's rules older tests predate (see EmulatorOptions.enforceRules). */
  strict: boolean;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (ctx: RouteContext) => Promise<RouteResult>;

const DOCS = 'https://docs.github.com/rest';
const notFound = () => new HttpError(404, 'Not Found');
const validation = (message: string, errors?: unknown[]) => new HttpError(422, message, errors);

let nextId = 1000;
export const newId = () => ++nextId;

export function nodeId(kind: string, key: string): string {
  return `${kind}_${Buffer.from(key).toString('base64url')}`;
}

export function userJson(ctx: { url: string; users: Map<string, User> }, login: string) {
  const user = ctx.users.get(login);
  return {
    login,
    id: user?.id ?? 1,
    node_id: nodeId('U', login),
    type: user?.type ?? 'User',
    site_admin: false,
    url: `${ctx.url}/users/${encodeURIComponent(login)}`,
    html_url: `${ctx.url}/${encodeURIComponent(login)}`,
    avatar_url: `${ctx.url}/avatars/${encodeURIComponent(login)}`,
  };
}

/**
 * How a login relates to the repository, as GitHub marks issues, pull requests and comments.
 * https://docs.github.com/en/graphql/reference/enums#commentauthorassociation
 */
export function authorAssociation(repo: RepositoryState, login: string): 'OWNER' | 'COLLABORATOR' | 'NONE' {
  if (login === repo.owner) return 'OWNER';
  return roleOf(repo, login) ? 'COLLABORATOR' : 'NONE';
}

function repoUrl(ctx: RouteContext) {
  return `${ctx.url}/repos/${ctx.repo.owner}/${ctx.repo.name}`;
}

export function repositoryJson(ctx: RouteContext) {
  const { repo } = ctx;
  return {
    id: repo.id,
    node_id: nodeId('R', `${repo.owner}/${repo.name}`),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: userJson(ctx, repo.owner),
    private: true,
    default_branch: repo.defaultBranch,
    url: repoUrl(ctx),
    html_url: `${ctx.url}/${repo.owner}/${repo.name}`,
    allow_auto_merge: repo.settings.allowAutoMerge,
    allow_merge_commit: repo.settings.allowMergeCommit,
    allow_squash_merge: repo.settings.allowSquashMerge,
    allow_rebase_merge: repo.settings.allowRebaseMerge,
    delete_branch_on_merge: repo.settings.deleteBranchOnMerge,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

async function commitJson(ctx: RouteContext, commit: CommitObject) {
  const verified = isVerified(commit);
  return {
    sha: commit.sha,
    node_id: nodeId('C', commit.sha),
    url: `${repoUrl(ctx)}/git/commits/${commit.sha}`,
    html_url: `${ctx.url}/${ctx.repo.owner}/${ctx.repo.name}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message.replace(/\n$/, ''),
    tree: { sha: commit.tree, url: `${repoUrl(ctx)}/git/trees/${commit.tree}` },
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${repoUrl(ctx)}/git/commits/${sha}`,
      html_url: `${ctx.url}/${ctx.repo.owner}/${ctx.repo.name}/commit/${sha}`,
    })),
    verification: {
      verified,
      reason: verified ? 'valid' : 'unsigned',
      signature: null,
      payload: null,
      verified_at: verified ? commit.committer.date : null,
    },
  };
}

/** Commits created through the API without author or committer are attributed to and signed by GitHub. */
export const BOT_SIGNER = { name: 'GitHub', email: 'noreply@github.com' };

export function identity(user: User) {
  return { name: user.login, email: `${user.id}+${user.login}@users.noreply.github.com` };
}

function refJson(ctx: RouteContext, ref: string, sha: string, type = 'commit') {
  return {
    ref,
    node_id: nodeId('REF', ref),
    url: `${repoUrl(ctx)}/git/refs/${ref.replace(/^refs\//, '')}`,
    object: { type, sha, url: `${repoUrl(ctx)}/git/${type}s/${sha}` },
  };
}

async function headSha(repo: RepositoryState, pull: PullState): Promise<string> {
  if (pull.state === 'closed' && pull.closedHeadSha) return pull.closedHeadSha;
  const ref = pull.headRepository ? `refs/pull/${pull.number}/head` : `refs/heads/${pull.head}`;
  return (await repo.git.refValue(ref)) ?? pull.closedHeadSha ?? '0'.repeat(40);
}

/**
 * author_association of a login on this repository: OWNER, COLLABORATOR (any repository role), else NONE.
 * https://docs.github.com/en/graphql/reference/enums#commentauthorassociation
 */
function labelJson(ctx: RouteContext, name: string) {
  let id = ctx.repo.labels.get(name);
  if (id === undefined) {
    id = newId();
    ctx.repo.labels.set(name, id);
  }
  return {
    id,
    node_id: nodeId('LA', `${ctx.repo.name}:${name}`),
    url: `${repoUrl(ctx)}/labels/${encodeURIComponent(name)}`,
    name,
    description: ctx.repo.labelInfo?.get(name)?.description ?? '',
    color: ctx.repo.labelInfo?.get(name)?.color ?? 'ededed',
    default: false,
  };
}

async function pullJson(ctx: RouteContext, pull: PullState, full: boolean) {
  const sha = await headSha(ctx.repo, pull);
  const baseSha = (await ctx.repo.git.refValue(`refs/heads/${pull.base}`)) ?? '0'.repeat(40);
  const url = `${repoUrl(ctx)}/pulls/${pull.number}`;
  const html = `${ctx.url}/${ctx.repo.owner}/${ctx.repo.name}/pull/${pull.number}`;
  const repo = repositoryJson(ctx);
  const side = (ref: string, at: string, fork?: string) => {
    if (!fork) return { label: `${ctx.repo.owner}:${ref}`, ref, sha: at, user: userJson(ctx, ctx.repo.owner), repo };
    // A fork's head: its own repository, owner and label (GitHub's "head.repo" of a cross-repository pull request).
    const [forkOwner, forkName] = fork.split('/') as [string, string];
    const forkRepo = {
      ...repo,
      id: repo.id + 100_000,
      node_id: nodeId('R', fork),
      name: forkName,
      full_name: fork,
      owner: userJson(ctx, forkOwner),
      url: `${ctx.url}/repos/${fork}`,
      html_url: `${ctx.url}/${fork}`,
      fork: true,
    };
    return { label: `${forkOwner}:${ref}`, ref, sha: at, user: userJson(ctx, forkOwner), repo: forkRepo };
  };
  const link = (href: string) => ({ href });
  const base = {
    id: pull.number * 7919,
    node_id: nodeId('PR', `${ctx.repo.owner}/${ctx.repo.name}#${pull.number}`),
    number: pull.number,
    url,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoUrl(ctx)}/issues/${pull.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl(ctx)}/pulls/comments{/number}`,
    comments_url: `${repoUrl(ctx)}/issues/${pull.number}/comments`,
    statuses_url: `${repoUrl(ctx)}/statuses/${sha}`,
    state: pull.state,
    locked: false,
    title: pull.title,
    body: pull.body,
    user: userJson(ctx, pull.user),
    labels: pull.labels.map((name) => labelJson(ctx, name)),
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    draft: pull.draft,
    head: side(pull.head, sha, pull.headRepository),
    base: side(pull.base, baseSha),
    requested_reviewers: pull.requestedReviewers.map((login) => userJson(ctx, login)),
    requested_teams: pull.requestedTeams.map((slug) => ({
      id: newId(),
      node_id: nodeId('T', slug),
      name: slug,
      slug,
      url: `${ctx.url}/orgs/${ctx.repo.owner}/teams/${slug}`,
      html_url: `${ctx.url}/orgs/${ctx.repo.owner}/teams/${slug}`,
      members_url: `${ctx.url}/orgs/${ctx.repo.owner}/teams/${slug}/members{/member}`,
      repositories_url: `${ctx.url}/orgs/${ctx.repo.owner}/teams/${slug}/repos`,
      permission: 'pull',
      description: null,
      parent: null,
    })),
    author_association: authorAssociation(ctx.repo, pull.user),
    auto_merge: pull.autoMerge
      ? { enabled_by: userJson(ctx, pull.autoMerge.enabledBy), merge_method: pull.autoMerge.method.toLowerCase(), commit_title: '', commit_message: '' }
      : null,
    _links: {
      self: link(url),
      html: link(html),
      issue: link(`${repoUrl(ctx)}/issues/${pull.number}`),
      comments: link(`${repoUrl(ctx)}/issues/${pull.number}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${repoUrl(ctx)}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${repoUrl(ctx)}/statuses/${sha}`),
    },
  };
  if (!full) return base;
  return {
    ...base,
    merged: pull.merged,
    mergeable: pull.state === 'open' ? true : null,
    mergeable_state:
      pull.state !== 'open'
        ? 'unknown'
        : pull.draft
          ? 'draft'
          : mergeRefusal(
                ctx.repo,
                rulesFor(ctx.repo, pull.base, ctx.user),
                pull,
                sha,
                ctx.repo.settings.allowMergeCommit ? 'merge' : ctx.repo.settings.allowSquashMerge ? 'squash' : 'rebase',
              )
            ? 'blocked'
            : 'clean',
    merged_by: pull.mergedBy ? userJson(ctx, pull.mergedBy) : null,
    comments: ctx.repo.comments.filter((c) => c.issue === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

function reviewJson(ctx: RouteContext, pull: PullState, review: ReviewState) {
  const html = `${ctx.url}/${ctx.repo.owner}/${ctx.repo.name}/pull/${pull.number}#pullrequestreview-${review.id}`;
  return {
    id: review.id,
    node_id: nodeId('PRR', String(review.id)),
    user: userJson(ctx, review.user),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: `${repoUrl(ctx)}/pulls/${pull.number}`,
    _links: { html: { href: html }, pull_request: { href: `${repoUrl(ctx)}/pulls/${pull.number}` } },
    submitted_at: review.submittedAt,
    commit_id: review.commitId,
    author_association: authorAssociation(ctx.repo, review.user),
  };
}

function commentJson(ctx: RouteContext, c: RepositoryState['comments'][number]) {
  return {
    id: c.id,
    node_id: nodeId('IC', String(c.id)),
    url: `${repoUrl(ctx)}/issues/comments/${c.id}`,
    html_url: `${ctx.url}/${ctx.repo.owner}/${ctx.repo.name}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${repoUrl(ctx)}/issues/${c.issue}`,
    body: c.body,
    user: userJson(ctx, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: authorAssociation(ctx.repo, c.user),
  };
}

function statusJson(ctx: RouteContext, s: RepositoryState['statuses'][number]) {
  return {
    id: s.id,
    node_id: nodeId('SC', String(s.id)),
    url: `${repoUrl(ctx)}/statuses/${s.sha}`,
    avatar_url: null,
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: userJson(ctx, s.creator),
  };
}

function findPull(ctx: RouteContext, key: 'pull_number' | 'issue_number' = 'pull_number'): PullState {
  const number = Number(ctx.params[key]);
  const pull = ctx.repo.pulls.find((p) => p.number === number);
  if (!pull) throw notFound();
  return pull;
}

/** An issue, or a pull request seen as an issue (it then carries `pull_request`), as GitHub shows both. */
function issueJson(ctx: RouteContext, issue: IssueState | PullState) {
  const isPull = 'head' in issue;
  const url = `${repoUrl(ctx)}/issues/${issue.number}`;
  const html = `${ctx.url}/${ctx.repo.owner}/${ctx.repo.name}/${isPull ? 'pull' : 'issues'}/${issue.number}`;
  return {
    id: issue.number * 7907,
    node_id: nodeId(isPull ? 'PR' : 'I', `${ctx.repo.owner}/${ctx.repo.name}#${issue.number}`),
    url,
    repository_url: repoUrl(ctx),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: isPull ? null : issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userJson(ctx, issue.user),
    labels: issue.labels.map((name) => labelJson(ctx, name)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: ctx.repo.comments.filter((c) => c.issue === issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    closed_by: !isPull && issue.closedBy ? userJson(ctx, issue.closedBy) : null,
    author_association: authorAssociation(ctx.repo, issue.user),
    ...(isPull
      ? {
          pull_request: {
            url: `${repoUrl(ctx)}/pulls/${issue.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: issue.mergedAt,
          },
        }
      : {}),
  };
}

function findIssue(ctx: RouteContext): IssueState {
  const number = Number(ctx.params.issue_number);
  const issue = ctx.repo.issues.find((i) => i.number === number);
  // Pull requests are issues on GitHub too; the emulator edits them only through the pulls routes.
  if (!issue) throw notFound();
  return issue;
}

function labelNames(labels: unknown): string[] {
  return ((labels ?? []) as (string | { name?: string })[]).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
}

function checkBodyLength(body: string | null | undefined) {
  if (body && body.length > 65_536) {
    throw validation('Validation Failed', [{ resource: 'Issue', field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }]);
  }
}

/** A page and the Link header GitHub sends with it, so Octokit's paginate follows to the next page. */
function linkedPage<T>(ctx: RouteContext, path: string, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(ctx.query.per_page ?? 30), 100);
  const pageNumber = Number(ctx.query.page ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const at = (n: number) => {
    const params = new URLSearchParams({ ...ctx.query, page: String(n) });
    return `<${repoUrl(ctx)}${path}?${params}>`;
  };
  const links = pageNumber < last ? [`${at(pageNumber + 1)}; rel="next"`, `${at(last)}; rel="last"`] : [];
  return { items: page(items, ctx.query), headers: links.length ? { link: links.join(', ') } : {} };
}

function page<T>(items: T[], query: Record<string, string>): T[] {
  const perPage = Math.min(Number(query.per_page ?? 30), 100);
  const pageNumber = Number(query.page ?? 1);
  return items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
}

const SHA = /^[0-9a-f]{40}$/;

/** Commits an update brings to a branch (not reachable from `current`), with what the rules look at. */
export async function newCommits(repo: RepositoryState, current: string | null, sha: string) {
  const range = current ? [`${current}..${sha}`] : [sha, '--not', '--branches'];
  const shas = (await repo.git.git(['rev-list', ...range])).split('\n').filter(Boolean);
  return Promise.all(
    shas.map(async (c) => {
      const commit = (await repo.git.readCommit(c))!;
      return { sha: c, verified: isVerified(commit), merge: commit.parents.length > 1 };
    }),
  );
}

/**
 * Branch protection and rulesets refuse a direct ref update of the branch they protect (the GraphQL createRef
 * mutation is refused alike: test/support/github/graphql-schema.ts).
 */
export async function guardRefUpdate(ctx: Pick<RouteContext, 'repo' | 'user'>, ref: string, current: string | null, sha: string | null): Promise<void> {
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
  const rules = branch ? rulesFor(ctx.repo, branch, ctx.user) : null;
  if (!rules) return;
  // Creating or deleting a branch a ruleset covers ("Restrict creations", "Restrict deletions") fails with
  // GitHub's generic ref message. https://docs.github.com/en/rest/git/refs#create-a-reference
  if (!current || !sha) {
    if (rules.updatesOnly) return;
    throw validation('Reference update failed');
  }
  const refusal = refUpdateRefusal(ctx.repo, rules, sha, await newCommits(ctx.repo, current, sha));
  if (refusal) throw new HttpError(refusal.status, refusal.message);
}

/** What follows a branch moving: stale approvals dismissed, push and synchronize events delivered. */
export function branchMoved(ctx: Pick<RouteContext, 'repo' | 'user'>, ref: string, sha: string): void {
  if (!ref.startsWith('refs/heads/')) return;
  const branch = ref.slice('refs/heads/'.length);
  dismissStale(ctx.repo, branch, sha);
  deliver(ctx.repo, ctx.user, { event: 'push', ref: branch, sha });
  for (const pull of ctx.repo.pulls) {
    if (pull.state === 'open' && pull.head === branch)
      deliver(ctx.repo, ctx.user, { event: 'pull_request', action: 'synchronize', ref: branch, pull: pull.number });
  }
}

/**
 * Merges a pull request as `ctx.user` (pulls/merge, and auto-merge on behalf of whoever enabled it):
 * refused with 405 by the settings and the base branch's rules, 409 when the head or base moved.
 */
async function mergePull(
  ctx: RouteContext,
  pull: PullState,
  input: { sha?: string; method: 'merge' | 'squash' | 'rebase'; title?: string; message?: string },
): Promise<string> {
  if (pull.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable');
  const git = ctx.repo.git;
  const head = await headSha(ctx.repo, pull);
  if (input.sha && input.sha !== head) throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
  const refusal = mergeRefusal(ctx.repo, rulesFor(ctx.repo, pull.base, ctx.user), pull, head, input.method);
  if (refusal) throw new HttpError(refusal.status, refusal.message);
  const baseRef = `refs/heads/${pull.base}`;
  const baseHead = (await git.refValue(baseRef))!;
  const tree = await git.mergeTrees(baseHead, head);
  if (!tree) throw new HttpError(405, 'Pull Request is not mergeable');
  const title =
    input.title ?? (input.method === 'squash' ? `${pull.title} (#${pull.number})` : `Merge pull request #${pull.number} from ${ctx.repo.owner}/${pull.head}`);
  const message = input.message ? `${title}\n\n${input.message}` : title;
  const parents = input.method === 'merge' ? [baseHead, head] : [baseHead];
  const committed = await git.writeCommit({ tree, parents, message, author: identity(ctx.user), committer: BOT_SIGNER });
  if (!(await git.updateRef(baseRef, committed, baseHead))) throw new HttpError(409, 'Base branch was modified. Review and try the merge again.');
  const at = now();
  Object.assign(pull, {
    state: 'closed',
    merged: true,
    mergedAt: at,
    closedAt: at,
    mergedBy: ctx.user.login,
    mergeCommitSha: committed,
    closedHeadSha: head,
    updatedAt: at,
  });
  deliver(ctx.repo, ctx.user, { event: 'pull_request', action: 'closed', ref: pull.head, pull: pull.number });
  deliver(ctx.repo, ctx.user, { event: 'push', ref: pull.base });
  return committed;
}

/**
 * Auto-merge: a pull request with auto-merge enabled merges, as the user who enabled it, once its base
 * branch's required reviews and checks pass.
 * https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/incorporating-changes-from-a-pull-request/automatically-merging-a-pull-request
 * GitHub keeps a pull request queued for auto-merge while its base moves and merges it once it can, so passes on
 * one repository run one at a time (checks reported at once must not race each other's base update), and a pass
 * goes round again after a merge or a base that moved under it.
 */
const autoMergeQueues = new WeakMap<RouteContext['repo'], Promise<void>>();

export function runAutoMerge(ctx: RouteContext): Promise<void> {
  const pass = (autoMergeQueues.get(ctx.repo) ?? Promise.resolve()).then(() => autoMergePass(ctx));
  autoMergeQueues.set(
    ctx.repo,
    pass.catch(() => undefined),
  );
  return pass;
}

async function autoMergePass(ctx: RouteContext): Promise<void> {
  // Each round merges at least one pull request or stops, so there are at most as many rounds as pulls.
  for (let round = 0; round <= ctx.repo.pulls.length; round++) {
    let again = false;
    for (const pull of ctx.repo.pulls) {
      // Without rules on the base there is nothing auto-merge waits for (GitHub refuses to enable it then; tests
      // that do not switch rules on keep it pending, as before).
      if (pull.state !== 'open' || !pull.autoMerge || !ctx.repo.rules.has(pull.base)) continue;
      const enabler = ctx.users.get(pull.autoMerge.enabledBy);
      if (!enabler) continue;
      const method = pull.autoMerge.method.toLowerCase() as 'merge' | 'squash' | 'rebase';
      const as = { ...ctx, user: enabler };
      if (mergeRefusal(ctx.repo, rulesFor(ctx.repo, pull.base, enabler), pull, await headSha(ctx.repo, pull), method)) continue;
      try {
        await mergePull(as, pull, { method });
        pull.autoMerge = null;
        again = true;
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        // The base moved under this merge (another writer): it stays queued and is tried again.
        if (error.status === 409) again = true;
      }
    }
    if (!again) return;
  }
}

/** GitHub marks a commit verified when it signed it itself: made through the API by an App or bot with no author given. */
function isVerified(commit: CommitObject): boolean {
  return commit.committer.name === BOT_SIGNER.name && commit.committer.email === BOT_SIGNER.email;
}

interface RulesetBody {
  target?: RulesetState['target'];
  bypass_actors?: RulesetState['bypassActors'];
  conditions?: RulesetState['conditions'];
  rules?: RulesetState['rules'];
}

function applyRulesetBody(ruleset: RulesetState, body: RulesetBody): void {
  if (body.target !== undefined) ruleset.target = body.target;
  if (body.bypass_actors !== undefined) ruleset.bypassActors = body.bypass_actors;
  if (body.conditions !== undefined) ruleset.conditions = body.conditions;
  if (body.rules !== undefined) ruleset.rules = body.rules;
}

function findRuleset(ctx: RouteContext): RulesetState {
  const ruleset = (ctx.repo.rulesets ?? []).find((r) => r.id === Number(ctx.params.ruleset_id));
  if (!ruleset) throw notFound();
  return ruleset;
}

/** The first active ruleset on the default branch becomes the rules enforced there (rules a test set stay otherwise). */
function enforceRulesets(ctx: RouteContext): void {
  const branch = ctx.repo.defaultBranch;
  for (const ruleset of ctx.repo.rulesets ?? []) {
    const rules = rulesFromRuleset(ruleset, branch, branch, ctx.users.values());
    if (rules) return void ctx.repo.rules.set(branch, rules);
  }
  if (ctx.repo.rules.get(branch)?.kind === 'ruleset') ctx.repo.rules.delete(branch);
}

/** A repository ruleset; the list omits conditions and rules, as GitHub's does. */
function rulesetJson(ctx: RouteContext, ruleset: RulesetState, full: boolean) {
  const self = `${repoUrl(ctx)}/rulesets/${ruleset.id}`;
  return {
    id: ruleset.id,
    name: ruleset.name,
    target: ruleset.target,
    source_type: 'Repository',
    source: `${ctx.repo.owner}/${ctx.repo.name}`,
    enforcement: ruleset.enforcement,
    node_id: nodeId('RRS', String(ruleset.id)),
    _links: { self: { href: self }, html: { href: `${ctx.url}/${ctx.repo.owner}/${ctx.repo.name}/rules/${ruleset.id}` } },
    created_at: ruleset.createdAt,
    updated_at: ruleset.updatedAt,
    ...(full ? { bypass_actors: ruleset.bypassActors, current_user_can_bypass: 'never', conditions: ruleset.conditions, rules: ruleset.rules } : {}),
  };
}

export const ROUTES: Record<string, Handler> = {
  'repos/get': async (ctx) => ({ status: 200, body: repositoryJson(ctx) }),

  /**
   * "Update a repository": the settings dhow's set-up asks for; admin only.
   * https://docs.github.com/en/rest/repos/repos#update-a-repository
   */
  'repos/update': async (ctx) => {
    const lacking = lacksAdministration(ctx.repo, ctx.user);
    if (lacking === 'integration') throw new HttpError(403, 'Resource not accessible by integration');
    if (lacking === 'person') throw new HttpError(403, 'Must have admin rights to Repository.');
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    const map: Record<string, keyof RepositoryState['settings']> = {
      allow_auto_merge: 'allowAutoMerge',
      allow_merge_commit: 'allowMergeCommit',
      allow_squash_merge: 'allowSquashMerge',
      allow_rebase_merge: 'allowRebaseMerge',
      delete_branch_on_merge: 'deleteBranchOnMerge',
    };
    const next = { ...ctx.repo.settings };
    for (const [field, key] of Object.entries(map)) if (typeof body[field] === 'boolean') next[key] = body[field] as boolean;
    // At least one merge method stays allowed ("You must select at least one option").
    if (!next.allowMergeCommit && !next.allowSquashMerge && !next.allowRebaseMerge)
      throw validation('Validation Failed', [{ resource: 'Repository', code: 'custom', message: 'At least one merge method must be enabled' }]);
    ctx.repo.settings = next;
    return { status: 200, body: repositoryJson(ctx) };
  },

  /** https://docs.github.com/en/rest/issues/labels#list-labels-for-a-repository */
  'issues/list-labels-for-repo': async (ctx) => ({ status: 200, body: page([...ctx.repo.labels.keys()], ctx.query).map((name) => labelJson(ctx, name)) }),

  /**
   * "Create a label": 422 already_exists when the name is taken (label names are case-insensitive).
   * https://docs.github.com/en/rest/issues/labels#create-a-label
   */
  'issues/create-label': async (ctx) => {
    const { name, color, description } = ctx.body as { name: string; color?: string; description?: string };
    if ([...ctx.repo.labels.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
      throw validation('Validation Failed', [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    }
    if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color)) throw validation('Validation Failed', [{ resource: 'Label', code: 'invalid', field: 'color' }]);
    if (description !== undefined && description.length > 100)
      throw validation('Validation Failed', [{ resource: 'Label', code: 'invalid', field: 'description' }]);
    ctx.repo.labels.set(name, newId());
    (ctx.repo.labelInfo ??= new Map()).set(name, { color: (color ?? 'ededed').toLowerCase(), description: description ?? null });
    return { status: 201, body: labelJson(ctx, name) };
  },

  /** https://docs.github.com/en/rest/repos/rules#get-all-repository-rulesets (admin only: 404 otherwise) */
  'repos/get-repo-rulesets': async (ctx) => {
    if (lacksAdministration(ctx.repo, ctx.user)) throw notFound();
    return { status: 200, body: page(ctx.repo.rulesets ?? [], ctx.query).map((r) => rulesetJson(ctx, r, false)) };
  },

  /** https://docs.github.com/en/rest/repos/rules#get-a-repository-ruleset */
  'repos/get-repo-ruleset': async (ctx) => {
    if (lacksAdministration(ctx.repo, ctx.user)) throw notFound();
    return { status: 200, body: rulesetJson(ctx, findRuleset(ctx), true) };
  },

  /**
   * "Create a repository ruleset": admin only (404 otherwise); 422 when the name is taken. An active branch
   * ruleset on the default branch becomes the rules the emulator enforces there.
   * https://docs.github.com/en/rest/repos/rules#create-a-repository-ruleset
   */
  'repos/create-repo-ruleset': async (ctx) => {
    if (lacksAdministration(ctx.repo, ctx.user)) throw notFound();
    const body = ctx.body as RulesetBody & { name: string; enforcement: RulesetState['enforcement'] };
    const rulesets = (ctx.repo.rulesets ??= []);
    if (rulesets.some((r) => r.name === body.name)) throw validation('Validation Failed', [`Name must be unique`]);
    const at = now();
    const ruleset: RulesetState = {
      id: newId(),
      name: body.name,
      target: 'branch',
      enforcement: body.enforcement,
      bypassActors: [],
      conditions: null,
      rules: [],
      createdAt: at,
      updatedAt: at,
    };
    applyRulesetBody(ruleset, body);
    rulesets.push(ruleset);
    enforceRulesets(ctx);
    return { status: 201, body: rulesetJson(ctx, ruleset, true) };
  },

  /** https://docs.github.com/en/rest/repos/rules#update-a-repository-ruleset */
  'repos/update-repo-ruleset': async (ctx) => {
    if (lacksAdministration(ctx.repo, ctx.user)) throw notFound();
    const ruleset = findRuleset(ctx);
    const body = ctx.body as RulesetBody & { name?: string; enforcement?: RulesetState['enforcement'] };
    if (body.name !== undefined && body.name !== ruleset.name && ctx.repo.rulesets!.some((r) => r.name === body.name))
      throw validation('Validation Failed', [`Name must be unique`]);
    if (body.name !== undefined) ruleset.name = body.name;
    if (body.enforcement !== undefined) ruleset.enforcement = body.enforcement;
    applyRulesetBody(ruleset, body);
    ruleset.updatedAt = now();
    enforceRulesets(ctx);
    return { status: 200, body: rulesetJson(ctx, ruleset, true) };
  },

  'git/get-ref': async (ctx) => {
    const ref = `refs/${ctx.params.ref}`;
    const sha = await ctx.repo.git.refValue(ref);
    if (!sha || !/^refs\/(heads|tags)\//.test(ref)) throw notFound();
    return { status: 200, body: refJson(ctx, ref, sha) };
  },

  'git/create-ref': async (ctx) => {
    const { ref, sha } = ctx.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref) || /\.\.|[\s~^:?*[\\]|\/$|\.lock$/.test(ref)) throw validation('Reference name is invalid');
    if (!SHA.test(sha) || (await ctx.repo.git.objectType(sha)) === null) throw validation('Object does not exist');
    await guardRefUpdate(ctx, ref, null, sha);
    if (!(await ctx.repo.git.updateRef(ref, sha, null))) throw validation('Reference already exists');
    branchMoved(ctx, ref, sha);
    return { status: 201, body: refJson(ctx, ref, sha) };
  },

  'git/update-ref': async (ctx) => {
    const ref = `refs/${ctx.params.ref}`;
    const { sha, force } = ctx.body as { sha: string; force?: boolean };
    const current = await ctx.repo.git.refValue(ref);
    if (!current) throw validation('Reference does not exist');
    if (!SHA.test(sha) || (await ctx.repo.git.objectType(sha)) !== 'commit') throw validation('Object does not exist');
    if (!force && !(await ctx.repo.git.isAncestor(current, sha))) throw validation('Update is not a fast forward');
    await guardRefUpdate(ctx, ref, current, sha);
    if (!(await ctx.repo.git.updateRef(ref, sha, current))) throw validation('Reference cannot be updated');
    branchMoved(ctx, ref, sha);
    return { status: 200, body: refJson(ctx, ref, sha) };
  },

  'git/delete-ref': async (ctx) => {
    const ref = `refs/${ctx.params.ref}`;
    const current = await ctx.repo.git.refValue(ref);
    if (!current) throw validation('Reference does not exist');
    await guardRefUpdate(ctx, ref, current, null);
    if (!(await ctx.repo.git.deleteRef(ref, current))) throw validation('Reference cannot be updated');
    return { status: 204 };
  },

  'git/create-blob': async (ctx) => {
    const { content, encoding } = ctx.body as { content: string; encoding?: string };
    const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');
    const sha = await ctx.repo.git.writeBlob(bytes);
    return { status: 201, body: { sha, url: `${repoUrl(ctx)}/git/blobs/${sha}` } };
  },

  'git/get-blob': async (ctx) => {
    const sha = ctx.params.file_sha!;
    if (!SHA.test(sha) || (await ctx.repo.git.objectType(sha)) !== 'blob') throw notFound();
    const bytes = await ctx.repo.git.readBlob(sha);
    return {
      status: 200,
      body: {
        sha,
        node_id: nodeId('B', sha),
        size: bytes.length,
        url: `${repoUrl(ctx)}/git/blobs/${sha}`,
        content: bytes.toString('base64'),
        encoding: 'base64',
      },
    };
  },

  'git/create-tree': async (ctx) => {
    const { tree, base_tree } = ctx.body as {
      base_tree?: string;
      tree: { path: string; mode: string; type: 'blob' | 'tree' | 'commit'; sha?: string | null; content?: string }[];
    };
    const git = ctx.repo.git;
    if (base_tree !== undefined && (!SHA.test(base_tree) || (await git.objectType(base_tree)) !== 'tree')) {
      throw validation('Invalid tree info', [{ resource: 'Tree', field: 'base_tree', code: 'invalid' }]);
    }
    const changes: TreeChange[] = [];
    for (const [i, entry] of tree.entries()) {
      if (entry.path.startsWith('/') || entry.path.endsWith('/') || entry.path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
        throw validation('Invalid tree info', [{ resource: 'Tree', field: `tree[${i}].path`, code: 'invalid' }]);
      }
      if (entry.content !== undefined && entry.sha !== undefined) {
        throw validation('Invalid tree info', [{ resource: 'Tree', field: `tree[${i}]`, code: 'custom', message: 'Only one of sha or content may be given' }]);
      }
      if (entry.content !== undefined) {
        changes.push({ path: entry.path, mode: entry.mode, type: entry.type, sha: await git.writeBlob(Buffer.from(entry.content, 'utf8')) });
      } else if (entry.sha === null) {
        if (base_tree === undefined) throw validation('Invalid tree info: deletion needs base_tree');
        changes.push({ path: entry.path, mode: entry.mode, type: entry.type, sha: null });
      } else {
        if (!entry.sha || !SHA.test(entry.sha) || (await git.objectType(entry.sha)) !== entry.type) {
          throw validation('Invalid tree info', [{ resource: 'Tree', field: `tree[${i}].sha`, code: 'invalid' }]);
        }
        changes.push({ path: entry.path, mode: entry.mode, type: entry.type, sha: entry.sha });
      }
    }
    const sha = await git.applyTree(base_tree ?? null, changes);
    const entries = await git.readTree(sha);
    return {
      status: 201,
      body: {
        sha,
        url: `${repoUrl(ctx)}/git/trees/${sha}`,
        truncated: false,
        tree: entries.map((e) => ({ ...e, url: `${repoUrl(ctx)}/git/${e.type}s/${e.sha}` })),
      },
    };
  },

  'git/get-tree': async (ctx) => {
    const git = ctx.repo.git;
    let sha = ctx.params.tree_sha!;
    const type = await git.objectType(sha);
    if (type === null) {
      const commit = await git.resolveCommit(sha);
      if (!commit) throw notFound();
      sha = await git.treeOf(commit);
    } else if (type === 'commit') sha = await git.treeOf(sha);
    else if (type !== 'tree') throw notFound();
    const recursive = ctx.query.recursive !== undefined && ctx.query.recursive !== '0' && ctx.query.recursive !== 'false';
    const entries = await git.readTree(sha, recursive);
    const limit = 100_000;
    return {
      status: 200,
      body: {
        sha,
        url: `${repoUrl(ctx)}/git/trees/${sha}`,
        truncated: entries.length > limit,
        tree: entries.slice(0, limit).map((e) => ({ ...e, url: `${repoUrl(ctx)}/git/${e.type}s/${e.sha}` })),
      },
    };
  },

  'git/create-commit': async (ctx) => {
    const {
      message,
      tree,
      parents = [],
      author,
      committer,
    } = ctx.body as {
      message: string;
      tree: string;
      parents?: string[];
      author?: { name: string; email: string; date?: string };
      committer?: { name: string; email: string; date?: string };
    };
    const git = ctx.repo.git;
    if (!SHA.test(tree) || (await git.objectType(tree)) !== 'tree') throw validation('Tree SHA does not exist');
    for (const parent of parents) {
      if (!SHA.test(parent) || (await git.objectType(parent)) !== 'commit') throw validation('Parent SHA does not exist or is not a commit object');
    }
    // Without author and committer GitHub attributes the commit to the token's identity; it signs it only
    // for an App or bot (GITHUB_TOKEN, an installation token), never for a person's token.
    // https://docs.github.com/en/authentication/managing-commit-signature-verification/about-commit-signature-verification#signature-verification-for-bots
    const who = author ?? identity(ctx.user);
    const signer = ctx.user.type === 'Bot' ? BOT_SIGNER : identity(ctx.user);
    const sha = await git.writeCommit({ tree, parents, message, author: who, committer: committer ?? author ?? signer });
    const commit = (await git.readCommit(sha))!;
    return { status: 201, body: await commitJson(ctx, commit) };
  },

  'git/get-commit': async (ctx) => {
    const commit = SHA.test(ctx.params.commit_sha!) ? await ctx.repo.git.readCommit(ctx.params.commit_sha!) : null;
    if (!commit) throw notFound();
    return { status: 200, body: await commitJson(ctx, commit) };
  },

  'repos/get-content': async (ctx) => {
    const git = ctx.repo.git;
    const ref = ctx.query.ref ?? ctx.repo.defaultBranch;
    const commit = await git.resolveCommit(ref);
    if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
    const entry = await git.entryAt(commit, path);
    if (!entry) throw notFound();
    const item = (e: { path: string; sha: string; type: string; size?: number }, full: string) => {
      const html = `${ctx.url}/${ctx.repo.owner}/${ctx.repo.name}/blob/${ref}/${full}`;
      const gitUrl = `${repoUrl(ctx)}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`;
      const self = `${repoUrl(ctx)}/contents/${full}?ref=${ref}`;
      return {
        type: e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : 'file',
        size: e.size ?? 0,
        name: full.split('/').pop() ?? full,
        path: full,
        sha: e.sha,
        url: self,
        git_url: gitUrl,
        html_url: html,
        download_url: e.type === 'blob' ? `${ctx.url}/raw/${ctx.repo.owner}/${ctx.repo.name}/${ref}/${full}` : null,
        _links: { self, git: gitUrl, html },
      };
    };
    if (entry.type === 'tree') {
      const entries = await git.readTree(entry.sha);
      return { status: 200, body: entries.map((e) => item(e, path ? `${path}/${e.path}` : e.path)) };
    }
    const bytes = await git.readBlob(entry.sha);
    return {
      status: 200,
      body: { ...item(entry, path), encoding: 'base64', content: bytes.toString('base64').replace(/(.{60})/g, '$1\n') },
    };
  },

  'repos/list-commits': async (ctx) => {
    const git = ctx.repo.git;
    const ref = ctx.query.sha ?? ctx.repo.defaultBranch;
    const start = await git.resolveCommit(ref);
    if (!start) throw new HttpError(404, `No commit found for SHA: ${ref}`);
    const perPage = Math.min(Number(ctx.query.per_page ?? 30), 100);
    const pageNumber = Number(ctx.query.page ?? 1);
    const shas = (await git.log(start, ctx.query.path, perPage * pageNumber)).slice((pageNumber - 1) * perPage);
    const commits = [];
    for (const sha of shas) {
      const c = (await git.readCommit(sha))!;
      const json = await commitJson(ctx, c);
      commits.push({
        sha,
        node_id: json.node_id,
        url: `${repoUrl(ctx)}/commits/${sha}`,
        html_url: json.html_url,
        comments_url: `${repoUrl(ctx)}/commits/${sha}/comments`,
        commit: {
          url: json.url,
          author: c.author,
          committer: c.committer,
          message: json.message,
          comment_count: 0,
          tree: json.tree,
          verification: json.verification,
        },
        author: null,
        committer: null,
        parents: json.parents,
      });
    }
    return { status: 200, body: commits };
  },

  'pulls/create': async (ctx) => {
    const { title, head, base, body, draft } = ctx.body as { title?: string; head: string; base: string; body?: string; draft?: boolean };
    const [headOwner, headBranch] = head.includes(':') ? head.split(':', 2) : [ctx.repo.owner, head];
    if (!title) throw validation('Validation Failed', [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }]);
    const forbidden = actionsMayNotCreatePulls(ctx.repo, ctx.user);
    if (forbidden) throw new HttpError(forbidden.status, forbidden.message);
    const git = ctx.repo.git;
    const headCommit = headOwner === ctx.repo.owner ? await git.refValue(`refs/heads/${headBranch}`) : null;
    if (!headCommit) throw validation('Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    const baseCommit = await git.refValue(`refs/heads/${base}`);
    if (!baseCommit) throw validation('Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    if (ctx.repo.pulls.some((p) => p.state === 'open' && p.head === headBranch && p.base === base)) {
      throw validation('Validation Failed', [
        { resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${headOwner}:${headBranch}.` },
      ]);
    }
    if (await git.isAncestor(headCommit, baseCommit)) {
      throw validation('Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${headBranch}` }]);
    }
    const at = now();
    const pull: PullState = {
      number: ctx.repo.nextNumber++,
      title,
      body: body ?? null,
      head: headBranch!,
      base,
      user: ctx.user.login,
      state: 'open',
      draft: Boolean(draft),
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      closedHeadSha: null,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      labels: [],
      requestedReviewers: [],
      requestedTeams: [],
      reviews: [],
      autoMerge: null,
    };
    if (pull.body && pull.body.length > 65_536) {
      throw validation('Validation Failed', [{ resource: 'Issue', field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }]);
    }
    ctx.repo.pulls.push(pull);
    deliver(ctx.repo, ctx.user, { event: 'pull_request', action: 'opened', ref: pull.head, pull: pull.number });
    return { status: 201, body: await pullJson(ctx, pull, true), headers: { location: `${repoUrl(ctx)}/pulls/${pull.number}` } };
  },

  'pulls/list': async (ctx) => {
    const state = ctx.query.state ?? 'open';
    let pulls = ctx.repo.pulls.filter((p) => state === 'all' || p.state === state);
    if (ctx.query.head) {
      const [owner, branch] = ctx.query.head.includes(':') ? ctx.query.head.split(':', 2) : [ctx.query.head, undefined];
      pulls = owner !== ctx.repo.owner ? [] : pulls.filter((p) => branch === undefined || p.head === branch);
    }
    if (ctx.query.base) pulls = pulls.filter((p) => p.base === ctx.query.base);
    pulls = [...pulls].sort((a, b) => (ctx.query.direction === 'asc' ? a.number - b.number : b.number - a.number));
    return { status: 200, body: await Promise.all(page(pulls, ctx.query).map((p) => pullJson(ctx, p, false))) };
  },

  'pulls/get': async (ctx) => ({ status: 200, body: await pullJson(ctx, findPull(ctx), true) }),

  'pulls/update': async (ctx) => {
    const pull = findPull(ctx);
    const { title, body, state, base } = ctx.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string };
    if (body !== undefined && body.length > 65_536) {
      throw validation('Validation Failed', [{ resource: 'Issue', field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }]);
    }
    if (title !== undefined) pull.title = title;
    if (body !== undefined) pull.body = body;
    if (base !== undefined) pull.base = base;
    if (state === 'closed' && pull.state === 'open') {
      pull.closedHeadSha = await headSha(ctx.repo, pull);
      pull.state = 'closed';
      pull.closedAt = now();
    } else if (state === 'open' && pull.state === 'closed' && !pull.merged) {
      pull.state = 'open';
      pull.closedAt = null;
      pull.closedHeadSha = null;
    }
    pull.updatedAt = now();
    return { status: 200, body: await pullJson(ctx, pull, true) };
  },

  'pulls/merge': async (ctx) => {
    const pull = findPull(ctx);
    const {
      sha,
      merge_method = 'merge',
      commit_title,
      commit_message,
    } = (ctx.body ?? {}) as {
      sha?: string;
      merge_method?: 'merge' | 'squash' | 'rebase';
      commit_title?: string;
      commit_message?: string;
    };
    const committed = await mergePull(ctx, pull, {
      ...(sha ? { sha } : {}),
      method: merge_method,
      ...(commit_title ? { title: commit_title } : {}),
      ...(commit_message ? { message: commit_message } : {}),
    });
    return { status: 200, body: { sha: committed, merged: true, message: 'Pull Request successfully merged' } };
  },

  // https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files: at most 3000 files, paginated.
  'pulls/list-files': async (ctx) => {
    const pull = findPull(ctx);
    const head = await headSha(ctx.repo, pull);
    const baseSha = (await ctx.repo.git.refValue(`refs/heads/${pull.base}`))!;
    // GitHub diffs the head against the merge base (base...head), as git diff with three dots does.
    const out = await ctx.repo.git.git(['diff', '--name-status', '--no-renames', '-z', `${baseSha}...${head}`]);
    const parts = out.split('\0').filter(Boolean);
    const files: unknown[] = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const status = { A: 'added', D: 'removed', M: 'modified' }[parts[i]![0] as 'A' | 'D' | 'M'] ?? 'changed';
      const filename = parts[i + 1]!;
      files.push({
        sha: '0'.repeat(40),
        filename,
        status,
        additions: 0,
        deletions: 0,
        changes: 0,
        blob_url: `${ctx.url}/${ctx.repo.owner}/${ctx.repo.name}/blob/${head}/${filename}`,
        raw_url: `${ctx.url}/${ctx.repo.owner}/${ctx.repo.name}/raw/${head}/${filename}`,
        contents_url: `${repoUrl(ctx)}/contents/${filename}?ref=${head}`,
      });
    }
    const { items, headers } = linkedPage(ctx, `/pulls/${pull.number}/files`, files.slice(0, 3000));
    return { status: 200, body: items, headers };
  },

  // https://docs.github.com/en/rest/collaborators/collaborators#get-repository-permissions-for-a-user:
  // permission is admin/write/read/none (maintain reads as write, triage as read); role_name is the role.
  'repos/get-collaborator-permission-level': async (ctx) => {
    const login = ctx.params.username!;
    if (!ctx.users.has(login)) throw notFound();
    const role = ctx.repo.collaborators.get(login);
    const permission = !role ? 'none' : role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
    return {
      status: 200,
      body: {
        permission,
        role_name: role ?? 'none',
        user: {
          ...userJson(ctx, login),
          permissions: {
            admin: role === 'admin',
            maintain: role === 'admin' || role === 'maintain',
            push: permission === 'admin' || permission === 'write',
            triage: role !== undefined && role !== 'read',
            pull: role !== undefined,
          },
        },
      },
    };
  },

  'pulls/list-reviews': async (ctx) => {
    const pull = findPull(ctx);
    const visible = pull.reviews.filter((r) => r.state !== 'PENDING' || r.user === ctx.user.login);
    // "Using pagination in the REST API": the Link header names the next and last pages.
    // https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api
    const { items, headers } = linkedPage(ctx, `/pulls/${pull.number}/reviews`, visible);
    return { status: 200, body: items.map((r) => reviewJson(ctx, pull, r)), headers };
  },

  'pulls/create-review': async (ctx) => {
    const pull = findPull(ctx);
    const { commit_id, body = '', event } = (ctx.body ?? {}) as { commit_id?: string; body?: string; event?: string };
    if (pull.state !== 'open') throw validation('Unprocessable Entity', ['Pull request is closed']);
    if (event === 'APPROVE' && pull.user === ctx.user.login) throw validation('Unprocessable Entity', ['Can not approve your own pull request']);
    if (event === 'REQUEST_CHANGES' && pull.user === ctx.user.login)
      throw validation('Unprocessable Entity', ['Can not request changes on your own pull request']);
    const forbidden = event === 'APPROVE' ? actionsMayNotCreatePulls(ctx.repo, ctx.user) : null;
    if (forbidden) throw new HttpError(forbidden.status, forbidden.message);
    if ((event === 'REQUEST_CHANGES' || event === 'COMMENT') && body.trim() === '') {
      throw validation('Unprocessable Entity', ['Body is required for this review event']);
    }
    const state = event === 'APPROVE' ? 'APPROVED' : event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : event === 'COMMENT' ? 'COMMENTED' : 'PENDING';
    const review: ReviewState = { id: newId(), user: ctx.user.login, body, state, commitId: commit_id ?? (await headSha(ctx.repo, pull)), submittedAt: now() };
    pull.reviews.push(review);
    pull.requestedReviewers = pull.requestedReviewers.filter((r) => r !== ctx.user.login);
    if (state !== 'PENDING') {
      deliver(ctx.repo, ctx.user, { event: 'pull_request_review', action: 'submitted', ref: pull.head, pull: pull.number });
      await runAutoMerge(ctx);
    }
    return { status: 200, body: reviewJson(ctx, pull, review) };
  },

  'pulls/request-reviewers': async (ctx) => {
    const pull = findPull(ctx);
    const { reviewers = [], team_reviewers = [] } = (ctx.body ?? {}) as { reviewers?: string[]; team_reviewers?: string[] };
    if (reviewers.includes(pull.user)) throw validation('Review cannot be requested from pull request author.');
    const unknownUser = reviewers.find((r) => !ctx.users.has(r));
    // A team the token may not see is, to GitHub, no collaborator at all (GITHUB_TOKEN sees no team).
    const unknownTeam = team_reviewers.find((t) => !ctx.teams.has(`${ctx.repo.owner}/${t}`) || (ctx.strict && !canSeeTeams(ctx.user)));
    if (unknownUser || unknownTeam) {
      throw validation(
        `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${ctx.repo.owner}/${ctx.repo.name} repository.`,
      );
    }
    for (const r of reviewers) if (!pull.requestedReviewers.includes(r)) pull.requestedReviewers.push(r);
    for (const t of team_reviewers) if (!pull.requestedTeams.includes(t)) pull.requestedTeams.push(t);
    return { status: 201, body: await pullJson(ctx, pull, false) };
  },

  'issues/list-for-repo': async (ctx) => {
    const state = ctx.query.state ?? 'open';
    const wanted = (ctx.query.labels ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean);
    let all: (IssueState | PullState)[] = [...ctx.repo.issues, ...ctx.repo.pulls];
    all = all.filter((i) => (state === 'all' || i.state === state) && wanted.every((l) => i.labels.includes(l)));
    const key = ctx.query.sort === 'updated' ? 'updatedAt' : 'createdAt';
    const sign = ctx.query.direction === 'asc' ? 1 : -1;
    all.sort((a, b) => sign * (a[key].localeCompare(b[key]) || a.number - b.number));
    const { items, headers } = linkedPage(ctx, '/issues', all);
    return { status: 200, body: items.map((i) => issueJson(ctx, i)), headers };
  },

  'issues/create': async (ctx) => {
    const { title, body, labels } = ctx.body as { title?: string | number; body?: string; labels?: unknown };
    if (title === undefined || String(title).trim() === '')
      throw validation('Validation Failed', [{ resource: 'Issue', field: 'title', code: 'missing_field' }]);
    checkBodyLength(body);
    const at = now();
    const issue: IssueState = {
      number: ctx.repo.nextNumber++,
      title: String(title),
      body: body ?? null,
      user: ctx.user.login,
      state: 'open',
      stateReason: null,
      labels: [...new Set(labelNames(labels))],
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      closedBy: null,
    };
    ctx.repo.issues.push(issue);
    return { status: 201, body: issueJson(ctx, issue), headers: { location: `${repoUrl(ctx)}/issues/${issue.number}` } };
  },

  'issues/get': async (ctx) => ({ status: 200, body: issueJson(ctx, findIssue(ctx)) }),

  'issues/update': async (ctx) => {
    const issue = findIssue(ctx);
    const { title, body, state, state_reason, labels } = (ctx.body ?? {}) as {
      title?: string | number | null;
      body?: string | null;
      state?: 'open' | 'closed';
      state_reason?: IssueState['stateReason'];
      labels?: unknown;
    };
    checkBodyLength(body);
    if (title !== undefined && title !== null) issue.title = String(title);
    if (body !== undefined) issue.body = body;
    if (labels !== undefined) issue.labels = [...new Set(labelNames(labels))];
    if (state === 'closed' && issue.state === 'open') {
      Object.assign(issue, { state: 'closed', stateReason: state_reason ?? 'completed', closedAt: now(), closedBy: ctx.user.login });
    } else if (state === 'open' && issue.state === 'closed') {
      Object.assign(issue, { state: 'open', stateReason: 'reopened', closedAt: null, closedBy: null });
    }
    issue.updatedAt = now();
    return { status: 200, body: issueJson(ctx, issue) };
  },

  'issues/add-labels': async (ctx) => {
    const pull = findPull(ctx, 'issue_number');
    const body = ctx.body as { labels?: (string | { name: string })[] } | string[];
    const names = (Array.isArray(body) ? body : (body.labels ?? [])).map((l) => (typeof l === 'string' ? l : l.name));
    for (const name of names) if (!pull.labels.includes(name)) pull.labels.push(name);
    return { status: 200, body: pull.labels.map((name) => labelJson(ctx, name)) };
  },

  'issues/list-labels-on-issue': async (ctx) => {
    const pull = findPull(ctx, 'issue_number');
    return { status: 200, body: page(pull.labels, ctx.query).map((name) => labelJson(ctx, name)) };
  },

  'issues/list-comments': async (ctx) => {
    const pull = findPull(ctx, 'issue_number');
    const comments = ctx.repo.comments.filter((c) => c.issue === pull.number);
    const { items, headers } = linkedPage(ctx, `/issues/${pull.number}/comments`, comments);
    return { status: 200, body: items.map((c) => commentJson(ctx, c)), headers };
  },

  'issues/create-comment': async (ctx) => {
    const pull = findPull(ctx, 'issue_number');
    const { body } = ctx.body as { body: string };
    if (body.length > 65_536)
      throw validation('Validation Failed', [
        { resource: 'IssueComment', field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' },
      ]);
    const at = now();
    const comment = { id: newId(), issue: pull.number, user: ctx.user.login, body, createdAt: at, updatedAt: at };
    ctx.repo.comments.push(comment);
    return { status: 201, body: commentJson(ctx, comment) };
  },

  'issues/update-comment': async (ctx) => {
    const comment = ctx.repo.comments.find((c) => c.id === Number(ctx.params.comment_id));
    if (!comment) throw notFound();
    if (comment.user !== ctx.user.login) throw new HttpError(403, 'Resource not accessible by integration');
    const { body } = ctx.body as { body: string };
    if (body.length > 65_536)
      throw validation('Validation Failed', [
        { resource: 'IssueComment', field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' },
      ]);
    comment.body = body;
    comment.updatedAt = now();
    return { status: 200, body: commentJson(ctx, comment) };
  },

  'repos/create-commit-status': async (ctx) => {
    const sha = ctx.params.sha!;
    if (!SHA.test(sha) || (await ctx.repo.git.objectType(sha)) !== 'commit') throw validation(`No commit found for SHA: ${sha}`);
    const {
      state,
      target_url,
      description,
      context = 'default',
    } = ctx.body as {
      state: 'error' | 'failure' | 'pending' | 'success';
      target_url?: string | null;
      description?: string | null;
      context?: string;
    };
    if (description && description.length > 140) {
      throw validation('Validation Failed', [
        { resource: 'Status', field: 'description', code: 'custom', message: 'description is too long (maximum is 140 characters)' },
      ]);
    }
    const status = {
      id: newId(),
      sha,
      state,
      context,
      description: description ?? null,
      targetUrl: target_url ?? null,
      creator: ctx.user.login,
      createdAt: now(),
    };
    ctx.repo.statuses.push(status);
    deliver(ctx.repo, ctx.user, { event: 'status' });
    await runAutoMerge(ctx);
    return { status: 201, body: statusJson(ctx, status) };
  },

  'repos/list-commit-statuses-for-ref': async (ctx) => {
    const sha = await ctx.repo.git.resolveCommit(ctx.params.ref!);
    if (!sha) throw notFound();
    const statuses = ctx.repo.statuses.filter((s) => s.sha === sha).reverse();
    return { status: 200, body: page(statuses, ctx.query).map((s) => statusJson(ctx, s)) };
  },

  'repos/create-dispatch-event': async (ctx) => {
    const { event_type, client_payload = {} } = ctx.body as { event_type: string; client_payload?: Record<string, unknown> };
    if (Object.keys(client_payload).length > 10) {
      throw validation('Validation Failed', [
        { resource: 'Repository', field: 'client_payload', code: 'custom', message: 'No more than 10 properties are allowed; 11 were supplied.' },
      ]);
    }
    // "client_payload ... The maximum number of top-level properties is 10. The payload cannot be more than
    // 65535 characters." https://docs.github.com/en/rest/repos/repos#create-a-repository-dispatch-event
    if (JSON.stringify(client_payload).length > 65_535) {
      throw validation('Validation Failed', [
        { resource: 'Repository', field: 'client_payload', code: 'custom', message: 'client_payload is too large; it cannot be more than 65535 characters.' },
      ]);
    }
    ctx.repo.dispatches.push({ eventType: event_type, clientPayload: client_payload, sender: ctx.user.login });
    deliver(ctx.repo, ctx.user, { event: 'repository_dispatch', action: event_type });
    return { status: 204 };
  },

  /**
   * "Create a workflow dispatch event": the workflow (its file name) must exist at `ref` and declare
   * `workflow_dispatch`, else 404 or 422 "Workflow does not have 'workflow_dispatch' trigger"; 204 on success.
   * The inputs travel with the event; the workflow driver checks them against the workflow's declaration.
   * https://docs.github.com/en/rest/actions/workflows#create-a-workflow-dispatch-event
   */
  'actions/create-workflow-dispatch': async (ctx) => {
    const { ref, inputs = {} } = ctx.body as { ref: string; inputs?: Record<string, unknown> };
    const sha = await ctx.repo.git.resolveCommit(ref);
    if (!sha) throw validation(`No ref found for: ${ref}`);
    const entry = await ctx.repo.git.entryAt(sha, `.github/workflows/${ctx.params.workflow_id}`);
    if (!entry || entry.type !== 'blob') throw notFound();
    const text = (await ctx.repo.git.readBlob(entry.sha)).toString('utf8');
    if (!/^\s*workflow_dispatch\b|[[,\s]workflow_dispatch\b/m.test(text)) throw validation("Workflow does not have 'workflow_dispatch' trigger");
    deliver(ctx.repo, ctx.user, { event: 'workflow_dispatch', ref, workflow: ctx.params.workflow_id!, inputs, sha });
    return { status: 204 };
  },
};

/** Served outside /repos/{owner}/{repo}. */
export const ORG_ROUTES: Record<string, (ctx: Omit<RouteContext, 'repo'>) => Promise<RouteResult>> = {
  /**
   * "Get an app": public, any token; `id` is the integration id a ruleset's status check pins.
   * https://docs.github.com/en/rest/apps/apps#get-an-app
   */
  'apps/get-by-slug': async (ctx) => {
    const bot = ctx.users.get(`${ctx.params.app_slug}[bot]`);
    if (!bot || bot.identity !== 'app') throw notFound();
    const slug = ctx.params.app_slug!;
    return {
      status: 200,
      body: {
        id: appIdOf(bot),
        slug,
        node_id: nodeId('A', slug),
        client_id: `Iv1.${slug}`,
        owner: userJson(ctx, 'acme'),
        name: slug,
        description: null,
        external_url: `${ctx.url}/apps/${slug}`,
        html_url: `${ctx.url}/apps/${slug}`,
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        permissions: { contents: 'write', pull_requests: 'write', statuses: 'write', metadata: 'read' },
        events: [],
      },
    };
  },
  'teams/get-by-name': async (ctx) => {
    const key = `${ctx.params.org}/${ctx.params.team_slug}`;
    const members = ctx.teams.get(key);
    if (!members || (ctx.strict && !canSeeTeams(ctx.user))) throw notFound();
    const url = `${ctx.url}/orgs/${ctx.params.org}/teams/${ctx.params.team_slug}`;
    return {
      status: 200,
      body: {
        id: 1,
        node_id: nodeId('T', key),
        url,
        html_url: url,
        name: ctx.params.team_slug,
        slug: ctx.params.team_slug,
        description: null,
        privacy: 'closed',
        permission: 'pull',
        members_url: `${url}/members{/member}`,
        repositories_url: `${url}/repos`,
        members_count: members.size,
        repos_count: 0,
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        organization: { login: ctx.params.org, id: 1, node_id: nodeId('O', ctx.params.org!), url: `${ctx.url}/orgs/${ctx.params.org}` },
      },
    };
  },
  'teams/get-membership-for-user-in-org': async (ctx) => {
    const members = ctx.teams.get(`${ctx.params.org}/${ctx.params.team_slug}`);
    if (!members || !members.has(ctx.params.username!) || (ctx.strict && !canSeeTeams(ctx.user))) throw notFound();
    return {
      status: 200,
      body: {
        url: `${ctx.url}/organizations/1/team/1/memberships/${ctx.params.username}`,
        role: 'member',
        state: 'active',
      },
    };
  },
};

export { DOCS };
