/**
 * The github forge: the registry repository on GitHub (or GitHub Enterprise Server through
 * GITHUB_API_URL) through Octokit. Reads are batched GraphQL queries (src/forge/github-reads.ts); writes
 * need no clone. A commit on the branch's head, and a new branch with its first commit, is one GraphQL call
 * (createRef and createCommitOnBranch, src/forge/github-commit.ts), compare-and-swapped on the head read. A
 * commit with another parent as well (a branch refreshed onto a base that moved) is the Git Data API: one tree
 * on the base tree with the changed files inline, one commit WITHOUT author or committer (GitHub signs it for
 * an App or GITHUB_TOKEN), then updateRef with force:false; it descends from the expected head, so a branch
 * that moved meanwhile fails the fast-forward check. Either way a lost race is a DhowError('conflict') the
 * caller answers by reading again and re-planning. Nothing is written when every file already has the planned
 * content (a force-push or a needless commit dismisses approvals).
 */
import { DhowError } from '../errors.js';
import type {
  AutoMergeOutcome,
  ChangeRequest,
  CommitInfo,
  CommitRequest,
  CommitResult,
  CommitStatus,
  Forge,
  Issue,
  IssueInput,
  IssueOperation,
  MergeInput,
  MergeMethod,
  OpenRequestInput,
  Permission,
  RequestComment,
  RequestOperation,
  RequestState,
  Review,
  ReviewState,
} from './forge.js';
import { withTrailers } from './forge.js';
import type { Logger } from '../logger.js';
import { createClient, forgeError, messageOf, statusOf, type ClientOptions, type GitHubClient } from './github-client.js';
import { BatchedReader, type PullRequestNode } from './github-reads.js';
import { commitInfoOf, countedAs, historyUnderAt, listTreeAt } from './github-history.js';
import { commentMarker, gitBlobSha, REPOSITORY, truncateBody } from './github-text.js';
import { refUpdateRefusal } from './github-refusals.js';
import { commitOnBranch } from './github-commit.js';

export interface GitHubForgeOptions {
  token: string;
  /** owner/name of the registry repository. */
  repository: string;
  /** REST API root; default GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
  logger: Logger;
  /** Attempts at requesting reviewers right after creating a pull request (default 4). */
  reviewerAttempts?: number;
  /** Milliseconds per back-off step (default 1000; tests pass a small value). */
  backoffUnitMs?: number;
  /** GitHub's pacing of writes (default true; the emulator needs none). */
  pacing?: boolean;
  rateLimitRetries?: number;
  serverErrorRetries?: number;
}

export { REPOSITORY } from './github-text.js';
const PR_STATES: Record<RequestState | 'all', string[]> = {
  open: ['OPEN'],
  closed: ['CLOSED'],
  merged: ['MERGED'],
  all: ['OPEN', 'CLOSED', 'MERGED'],
};

export function createGitHubForge(options: GitHubForgeOptions): GitHubForge {
  const match = REPOSITORY.exec(options.repository);
  if (!match) throw new DhowError('usage', `registry "${options.repository}" must be owner/name`, { field: 'registry' });
  if (!options.token) throw new DhowError('usage', 'a GitHub token is needed to reach the registry repository', { field: 'github-token' });
  const baseUrl = options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com';
  const clientOptions: ClientOptions = {
    token: options.token,
    baseUrl,
    logger: options.logger,
    ...(options.backoffUnitMs !== undefined ? { backoffUnitMs: options.backoffUnitMs } : {}),
    ...(options.pacing !== undefined ? { pacing: options.pacing } : {}),
    ...(options.rateLimitRetries !== undefined ? { rateLimitRetries: options.rateLimitRetries } : {}),
    ...(options.serverErrorRetries !== undefined ? { serverErrorRetries: options.serverErrorRetries } : {}),
  };
  return new GitHubForge(createClient(clientOptions), match[1]!, match[2]!, options);
}

export class GitHubForge implements Forge {
  readonly kind = 'github' as const;
  readonly description: string;
  private readonly reads: BatchedReader;
  private defaultBranchName: string | undefined;
  /** A head read together with the default branch name, handed to the next branchHead() of that branch. */
  private primedHead: { branch: string; oid: string } | undefined;
  private readonly logger: Logger;

  constructor(
    readonly octokit: GitHubClient,
    readonly owner: string,
    readonly repo: string,
    private readonly options: Pick<GitHubForgeOptions, 'reviewerAttempts' | 'backoffUnitMs' | 'logger'>,
  ) {
    this.description = `${owner}/${repo}`;
    this.logger = options.logger;
    this.reads = new BatchedReader(this.octokit.graphql, owner, repo);
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw forgeError(what, error);
    }
  }

  /**
   * The default branch, read with its head, the head's tree and dhow.yaml, in the same query as every other
   * read started in this turn (a promotion asks for its branch and open pull request alongside): a reader
   * opened next (branchHead, then the config) needs no further call.
   */
  async defaultBranch(): Promise<string> {
    if (this.defaultBranchName) return this.defaultBranchName;
    const ref = await this.call('reading the default branch', () => this.reads.defaultBranch());
    if (!ref) throw new DhowError('not-found', `${this.description} is empty: it has no default branch yet`);
    this.defaultBranchName = ref.name;
    this.primedHead = { branch: ref.name, oid: ref.oid };
    return ref.name;
  }

  async branchHead(branch: string): Promise<string | null> {
    if (this.primedHead?.branch === branch) {
      const { oid } = this.primedHead;
      this.primedHead = undefined;
      return oid;
    }
    const head = await this.call(`reading branch ${branch}`, () => this.reads.head(branch));
    return head?.oid ?? null;
  }

  readFile(path: string, ref: string): Promise<string | null> {
    return this.call(`reading ${path} at ${ref}`, () => this.reads.file(ref, path));
  }

  readFiles(paths: string[], ref: string): Promise<(string | null)[]> {
    return Promise.all(paths.map((p) => this.readFile(p, ref)));
  }

  async listDirectory(path: string, ref: string): Promise<string[]> {
    const entries = await this.call(`listing ${path} at ${ref}`, () => this.reads.dir(ref, path.replace(/\/+$/, '')));
    return entries.map((e) => e.name).sort();
  }

  /**
   * Commits touching a path, newest first, as the default branch saw them: GitHub's history also walks the
   * branches merged into it, so a commit that came with a pull request counts only as the newest commit of
   * a MERGED one (reported with its number, who merged it and the merge commit); commits of pull requests
   * that were never merged, and older commits of merged ones, are left out. Direct commits stay.
   */
  async history(path: string, ref: string, options: { limit?: number } = {}): Promise<CommitInfo[]> {
    const out: CommitInfo[] = [];
    const seen = new Set<number>();
    let after: string | null = null;
    for (;;) {
      const want = Math.min(100, options.limit ? options.limit - out.length : 100);
      const page = await this.call(`reading the history of ${path}`, () => this.reads.history(ref, path, want, after));
      if (!page) return out;
      for (const c of page.nodes) {
        const merged = countedAs(c, seen);
        if (merged !== undefined) out.push(commitInfoOf(c, merged));
      }
      if (!page.pageInfo.hasNextPage || (options.limit && out.length >= options.limit)) return out;
      after = page.pageInfo.endCursor;
    }
  }

  /** Every file under `dir` at `ref`: one query for the registry's depth (src/forge/github-history.ts). */
  listTree(dir: string, ref: string): Promise<string[]> {
    return this.call(`listing ${dir || 'the registry'} at ${ref}`, () => listTreeAt(this.reads, ref, dir));
  }

  /**
   * Every commit touching `dir`, newest first, with the paths each changed: 2 queries per 100 commits for
   * releases/, 3 for gates/, and one more per 100 trees a level of a page changed (src/forge/github-history.ts).
   */
  historyUnder(dir: string, ref: string): Promise<(CommitInfo & { paths: string[] })[]> {
    return this.call(`reading the history of ${dir}`, () => historyUnderAt(this.octokit.graphql, this.reads, { owner: this.owner, name: this.repo }, dir, ref));
  }

  /** The root tree of a commit (cached: read with the head that named the commit). */
  private async treeOf(commit: string): Promise<string> {
    const known = this.reads.trees.get(commit);
    if (known) return known;
    const { data } = await this.call(`reading commit ${commit}`, () => this.octokit.git.getCommit({ owner: this.owner, repo: this.repo, commit_sha: commit }));
    this.reads.trees.set(commit, data.tree.sha);
    return data.tree.sha;
  }

  /** Blob ids of paths at a commit: from the cache where a read already saw them, else one query. */
  private async blobIds(commit: string, paths: string[]): Promise<Map<string, string | null>> {
    const result = new Map<string, string | null>();
    const unknown: string[] = [];
    for (const path of paths) {
      const id = this.reads.cachedBlobId(commit, path);
      if (id === undefined) unknown.push(path);
      else result.set(path, id);
    }
    if (unknown.length > 0) {
      const texts = await this.readFiles(unknown, commit);
      unknown.forEach((path, i) => result.set(path, texts[i] === null ? null : (this.reads.cachedBlobId(commit, path) ?? gitBlobSha(texts[i]!))));
    }
    return result;
  }

  async commitFiles(request: CommitRequest): Promise<CommitResult> {
    const { branch, expectedHead } = request;
    const base = request.parent ?? expectedHead ?? request.from;
    if (!base) throw new DhowError('usage', `commitFiles: branch ${branch} does not exist and no "from" commit was given`);
    const wanted = new Map(request.changes.map((c) => [c.path, c.content === null ? null : gitBlobSha(c.content)]));

    if (expectedHead) {
      // Same content already on the branch: write nothing, whatever the base did meanwhile.
      const there = await this.blobIds(expectedHead, [...wanted.keys()]);
      if ([...wanted].every(([path, id]) => there.get(path) === id)) {
        this.logger.debug(`${branch} already holds the planned content: nothing to write`);
        return { sha: expectedHead, changed: false };
      }
    }
    // Only what differs from the base tree goes into the new tree; deletions only of what is there.
    const inBase = await this.blobIds(base, [...wanted.keys()]);
    const entries = request.changes
      .filter((c) => inBase.get(c.path) !== wanted.get(c.path))
      .map((c) =>
        c.content === null
          ? { path: c.path, mode: '100644' as const, type: 'blob' as const, sha: null }
          : { path: c.path, mode: '100644' as const, type: 'blob' as const, content: c.content },
      );
    // One commit on the expected head (or, for a new branch, on the commit it starts from) whose tree is that
    // commit's tree plus the changes: one GraphQL call (src/forge/github-commit.ts). A commit that must also
    // descend from another base (a merge) or whose tree is not its parent's plus the changes (a branch refreshed
    // onto the base it sits on) takes the Git Data API below, which builds any tree and any parents.
    if (expectedHead === null || expectedHead === base) return this.commitOnBranch(request, base, entries);
    const baseTree = await this.treeOf(base);
    const tree =
      entries.length === 0
        ? baseTree
        : (await this.call('writing the tree', () => this.octokit.git.createTree({ owner: this.owner, repo: this.repo, base_tree: baseTree, tree: entries })))
            .data.sha;
    // The new commit descends from the expected head (a merge of the base when the base is another
    // commit), so updateRef with force:false only succeeds if the branch is still where we read it.
    const onBase = expectedHead !== null && (expectedHead === base || (this.reads.parents.get(expectedHead) ?? []).includes(base));
    const parents = expectedHead === null ? [base] : onBase ? [expectedHead] : [expectedHead, base];
    const commit = await this.createCommit(withTrailers(request.message, request.trailers), tree, parents);
    this.reads.trees.set(commit.sha, tree);
    try {
      if (expectedHead === null) {
        await this.octokit.git.createRef({ owner: this.owner, repo: this.repo, ref: `refs/heads/${branch}`, sha: commit.sha });
      } else {
        await this.octokit.git.updateRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}`, sha: commit.sha, force: false });
      }
    } catch (error) {
      // Only a lost race is a conflict; a protection or ruleset refusal is named and never retried (a retry
      // cannot pass it, and would spend the secondary rate limit's write budget).
      const status = statusOf(error);
      const message = messageOf(error);
      const race = status === 409 || (status === 422 && /Update is not a fast forward|Reference cannot be updated|Reference already exists/i.test(message));
      if (race) throw new DhowError('conflict', `branch ${branch} moved while committing (${message}); read it again and re-plan`, { cause: error });
      // Protection and rulesets answer 422; a 403 is the token's permissions or a rate limit (forgeError says which).
      if (status === 422) throw new DhowError('refused', refUpdateRefusal(branch, message), { cause: error });
      throw forgeError(`moving ${branch}`, error);
    }
    this.logger.debug(`committed ${commit.sha.slice(0, 8)} on ${branch}`);
    return { sha: commit.sha, changed: true };
  }

  /**
   * The commit through createCommitOnBranch (with createRef first for a new branch, in the same call). A refused
   * commit after a created branch leaves nothing behind: the empty branch is deleted if it still points at `base`
   * (read again first, so a branch another writer has moved meanwhile is left alone).
   */
  private async commitOnBranch(
    request: CommitRequest,
    base: string,
    entries: ({ path: string; content: string } | { path: string; sha: null })[],
  ): Promise<CommitResult> {
    const { branch } = request;
    const create = request.expectedHead === null;
    if (create && !this.reads.repositoryId) await this.call('reading the repository', () => this.reads.defaultBranch());
    const result = await commitOnBranch(this.octokit.graphql, {
      repositoryId: this.reads.repositoryId ?? '',
      nameWithOwner: this.description,
      branch,
      head: base,
      create,
      additions: entries.flatMap((e) => ('content' in e ? [{ path: e.path, content: e.content }] : [])),
      deletions: entries.flatMap((e) => ('content' in e ? [] : [e.path])),
      message: withTrailers(request.message, request.trailers),
    });
    if (result.ok) {
      this.reads.trees.set(result.sha, result.tree);
      this.logger.debug(`committed ${result.sha.slice(0, 8)} on ${branch}`);
      return { sha: result.sha, changed: true };
    }
    if (result.created) {
      try {
        const head = await this.reads.head(branch);
        if (head?.oid === base) {
          await this.deleteBranch(branch);
          this.logger.debug(`deleted the empty branch ${branch} the failed commit left`);
        }
      } catch (error) {
        this.logger.warning(`could not delete the empty branch ${branch} after the commit failed: ${messageOf(error)}`);
      }
    }
    throw result.error;
  }

  /**
   * createCommit, retried a few times on GitHub's transient 422 "Tree SHA does not exist": right after
   * createTree the new tree may not have reached the replica that serves the commit.
   */
  private async createCommit(message: string, tree: string, parents: string[]): Promise<{ sha: string }> {
    const attempts = 4;
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.octokit.git.createCommit({ owner: this.owner, repo: this.repo, message, tree, parents })).data;
      } catch (error) {
        if (attempt < attempts && statusOf(error) === 422 && /Tree SHA does not exist/i.test(messageOf(error))) {
          this.logger.debug(`tree ${tree.slice(0, 8)} not visible yet; retrying the commit (${attempt}/${attempts - 1})`);
          await sleep((this.options.backoffUnitMs ?? 1000) * attempt);
          continue;
        }
        throw forgeError('writing the commit', error);
      }
    }
  }

  async deleteBranch(branch: string): Promise<void> {
    try {
      await this.octokit.git.deleteRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
    } catch (error) {
      if (statusOf(error) === 422 && /does not exist/i.test(messageOf(error))) return;
      throw forgeError(`deleting ${branch}`, error);
    }
  }

  private fromNode(node: PullRequestNode): ChangeRequest {
    const state: RequestState = node.state === 'OPEN' ? 'open' : node.state === 'MERGED' ? 'merged' : 'closed';
    return {
      id: String(node.number),
      url: node.url,
      branch: node.headRefName,
      base: node.baseRefName,
      title: node.title,
      body: node.body,
      state,
      author: node.author?.login ?? '',
      headSha: node.headRefOid,
      labels: node.labels.nodes.map((l) => l.name).sort(),
      ...(node.mergeCommit ? { mergeSha: node.mergeCommit.oid } : {}),
    };
  }

  private fromRest(pr: {
    number: number;
    html_url: string;
    head: { ref: string; sha: string; repo?: { full_name: string } | null };
    base: { ref: string };
    title: string;
    body: string | null;
    state: string;
    merged_at: string | null;
    merge_commit_sha?: string | null;
    user: { login: string } | null;
    labels: { name?: string }[];
  }): ChangeRequest {
    const merged = pr.merged_at !== null;
    return {
      id: String(pr.number),
      url: pr.html_url,
      branch: pr.head.ref,
      base: pr.base.ref,
      title: pr.title,
      body: pr.body ?? '',
      state: merged ? 'merged' : pr.state === 'open' ? 'open' : 'closed',
      author: pr.user?.login ?? '',
      headSha: pr.head.sha,
      labels: pr.labels
        .map((l) => l.name ?? '')
        .filter(Boolean)
        .sort(),
      ...(merged && pr.merge_commit_sha ? { mergeSha: pr.merge_commit_sha } : {}),
      // A fork's head repository (or '' once the fork is deleted): never this repository.
      ...(pr.head.repo !== undefined ? { headRepository: pr.head.repo?.full_name ?? '' } : {}),
    };
  }

  async findRequest(branch: string, options: { state?: RequestState | 'all' } = {}): Promise<ChangeRequest | null> {
    const nodes = await this.call(`finding the pull request of ${branch}`, () => this.reads.pulls(branch, PR_STATES[options.state ?? 'open']));
    const newest = [...nodes].sort((a, b) => b.number - a.number)[0];
    return newest ? this.fromNode(newest) : null;
  }

  async getRequest(id: string): Promise<ChangeRequest> {
    const number = pullNumber(id);
    try {
      const { data } = await this.octokit.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number });
      return this.fromRest(data);
    } catch (error) {
      if (statusOf(error) === 404) throw new DhowError('not-found', `${this.description} has no pull request #${number}`);
      throw forgeError(`reading pull request #${number}`, error);
    }
  }

  /** dhow's pull requests (those from a dhow/ branch), newest first: what `dhow status --repository` lists. */
  async listRequests(state: RequestState | 'all' = 'all'): Promise<ChangeRequest[]> {
    const pulls = await this.call(`listing the pull requests of ${this.description}`, () =>
      this.octokit.paginate(this.octokit.pulls.list, {
        owner: this.owner,
        repo: this.repo,
        state: state === 'open' ? 'open' : state === 'all' ? 'all' : 'closed',
        per_page: 100,
      }),
    );
    return pulls
      .filter((p) => p.head.ref.startsWith('dhow/'))
      .map((p) => this.fromRest({ ...p, body: p.body ?? null, merged_at: p.merged_at ?? null }))
      .filter((r) => state === 'all' || r.state === state)
      .sort((a, b) => Number(b.id) - Number(a.id));
  }

  /** The issues dhow raised (their body holds dhow's hidden marker), newest first. */
  async listIssues(state: 'open' | 'closed' | 'all' = 'all'): Promise<Issue[]> {
    const issues = await this.call(`listing the issues of ${this.description}`, () =>
      this.octokit.paginate(this.octokit.issues.listForRepo, { owner: this.owner, repo: this.repo, state, per_page: 100 }),
    );
    // dhow's issues carry its marker AND a dhow label (raiseIssue sets both): a person's issue quoting a
    // marker is not one of them.
    return issues
      .filter((i) => !i.pull_request && (i.body ?? '').includes(commentMarker('').slice(0, -4)))
      .map(issueFrom)
      .filter((i) => i.labels.some((label) => label.startsWith('dhow')))
      .sort((a, b) => Number(b.id) - Number(a.id));
  }

  async openOrUpdateRequest(input: OpenRequestInput): Promise<{ request: ChangeRequest; operation: RequestOperation }> {
    const body = truncateBody(input.body);
    let existing = input.existing !== undefined ? input.existing : await this.findRequest(input.branch, { state: 'open' });
    let operation: RequestOperation = 'none';
    if (!existing) {
      try {
        const { data } = await this.octokit.pulls.create({
          owner: this.owner,
          repo: this.repo,
          head: input.branch,
          base: input.base,
          title: input.title,
          body,
        });
        existing = this.fromRest(data);
        operation = 'created';
      } catch (error) {
        if (!(statusOf(error) === 422 && /already exists/i.test(messageOf(error)))) throw forgeError(`opening a pull request for ${input.branch}`, error);
        // Another run opened it between our read and our create: find it and update it instead.
        const { data } = await this.call(`finding the pull request of ${input.branch}`, () =>
          this.octokit.pulls.list({ owner: this.owner, repo: this.repo, head: `${this.owner}:${input.branch}`, state: 'open', per_page: 5 }),
        );
        if (!data[0]) throw forgeError(`opening a pull request for ${input.branch}`, error);
        existing = this.fromRest({ ...data[0], merged_at: data[0].merged_at ?? null });
      }
    }
    if (operation !== 'created' && (existing.title !== input.title || existing.body !== body || existing.base !== input.base)) {
      const { data } = await this.call(`updating pull request #${existing.id}`, () =>
        this.octokit.pulls.update({ owner: this.owner, repo: this.repo, pull_number: Number(existing!.id), title: input.title, body, base: input.base }),
      );
      existing = this.fromRest(data);
      operation = 'updated';
    }
    const missing = (input.labels ?? []).filter((l) => !existing!.labels.includes(l));
    if (missing.length > 0) {
      const { data } = await this.call(`labelling pull request #${existing.id}`, () =>
        this.octokit.issues.addLabels({ owner: this.owner, repo: this.repo, issue_number: Number(existing!.id), labels: missing }),
      );
      existing = { ...existing, labels: data.map((l) => l.name).sort() };
      if (operation === 'none') operation = 'updated';
    }
    if (operation === 'created' && input.reviewers && (input.reviewers.users.length > 0 || input.reviewers.teams.length > 0)) {
      await this.requestReviewers(Number(existing.id), input.reviewers, input.author);
    }
    return { request: existing, operation };
  }

  /**
   * Asks the policy's reviewers: users and teams in separate calls, so a team the token cannot see (always so
   * for GITHUB_TOKEN) costs only the team request, and never the pull request's author (GitHub refuses the
   * whole call for it). GitHub may not yet resolve a pull request it just created, so that is retried.
   */
  private async requestReviewers(number: number, reviewers: { users: string[]; teams: string[] }, author: string): Promise<void> {
    const users = reviewers.users.filter((u) => u.toLowerCase() !== author.toLowerCase());
    const teams = reviewers.teams.flatMap((t) => {
      const [org, slug] = t.split('/');
      if (org !== this.owner) {
        this.logger.warning(`team ${t} is not in ${this.owner}: GitHub only requests reviews from teams of the repository's organization; skipped`);
        return [];
      }
      return [slug!];
    });
    if (users.length > 0) await this.askReviewers(number, { reviewers: users }, `users ${users.join(', ')}`);
    if (teams.length > 0) {
      await this.askReviewers(
        number,
        { team_reviewers: teams },
        `teams ${teams.join(', ')} (the token must see them: a GitHub App with Members: read or a personal token with read:org; GITHUB_TOKEN never can)`,
      );
    }
  }

  private async askReviewers(number: number, who: { reviewers?: string[]; team_reviewers?: string[] }, what: string): Promise<void> {
    const attempts = this.options.reviewerAttempts ?? 4;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.octokit.pulls.requestReviewers({ owner: this.owner, repo: this.repo, pull_number: number, ...who });
        return;
      } catch (error) {
        if (statusOf(error) === 422 && /could not resolve to a node/i.test(messageOf(error)) && attempt < attempts) {
          await sleep((this.options.backoffUnitMs ?? 1000) * attempt);
          continue;
        }
        // Reviewers are a courtesy (the policy-check status is what blocks): warn, don't fail the promotion.
        this.logger.warning(`could not request reviews from ${what} on #${number}: ${messageOf(error)}`);
        return;
      }
    }
  }

  async listReviews(id: string): Promise<Review[]> {
    const number = pullNumber(id);
    const reviews = await this.call(`reading the reviews of #${number}`, () =>
      this.octokit.paginate(this.octokit.pulls.listReviews, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }),
    );
    const states: Record<string, ReviewState> = {
      APPROVED: 'approved',
      CHANGES_REQUESTED: 'changes_requested',
      COMMENTED: 'commented',
      DISMISSED: 'dismissed',
    };
    return reviews
      .filter((r) => states[r.state] && r.user)
      .map((r) => ({
        reviewer: r.user!.login,
        state: states[r.state]!,
        commitSha: r.commit_id ?? '',
        submittedAt: r.submitted_at ?? '',
        ...(r.body ? { body: r.body } : {}),
        ...(r.user!.type === 'Bot' ? { bot: true } : {}),
      }));
  }

  /** GET /pulls/{n}/files, every page (GitHub lists at most 3,000 files; a rename names both paths). */
  async changedFiles(id: string): Promise<string[]> {
    const number = pullNumber(id);
    const files = await this.call(`listing the files of #${number}`, () =>
      this.octokit.paginate(this.octokit.pulls.listFiles, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }),
    );
    return [...new Set(files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])))].sort();
  }

  /** GET /collaborators/{login}/permission: a person's role on the registry repository (`none` for a stranger). */
  async permissionOf(login: string): Promise<Permission> {
    try {
      const { data } = await this.octokit.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username: login });
      // role_name carries the fine-grained role (maintain, triage); permission only admin/write/read/none.
      const role = (data.role_name ?? data.permission) as string;
      return (['admin', 'maintain', 'write', 'triage', 'read'] as const).find((r) => r === role) ?? (data.permission as Permission);
    } catch (error) {
      if (statusOf(error) === 404) return 'none';
      throw forgeError(`reading the permission of ${login} on ${this.description}`, error);
    }
  }

  /**
   * The roles of several people in ONE GraphQL query (a Repository.collaborators alias per login), where
   * the REST route costs a call each. Someone the connection does not list has no access: `none`.
   * https://docs.github.com/en/graphql/reference/objects#repository
   */
  async permissionsOf(logins: string[]): Promise<Map<string, Permission>> {
    return (await this.reviewersOf(logins, [])).roles;
  }

  /**
   * Which of `logins` belong to each of `teams`, in ONE GraphQL query, where the REST route costs a call
   * per (team, person). See reviewersOf.
   */
  async teamMembersAmong(teams: string[], logins: string[]): Promise<Record<string, string[]>> {
    return (await this.reviewersOf([], teams, logins)).members;
  }

  /**
   * The roles of `logins` on the registry repository and which of `members` (default `logins`) belong to
   * each of `teams`, all in ONE GraphQL query: a Repository.collaborators alias per login, an
   * Organization.team alias per team with a Team.members(query:) alias per login. Team.members lists child
   * teams' members too (membership: ALL), as the REST membership route does. A team the token may not see
   * resolves to null (REST answers 404): the group cannot be verified, and the error says what the token needs.
   * https://docs.github.com/en/graphql/reference/objects#repository
   * https://docs.github.com/en/graphql/reference/objects#organization
   * https://docs.github.com/en/graphql/reference/objects#team
   */
  async reviewersOf(
    logins: string[],
    teams: string[],
    members: string[] = logins,
  ): Promise<{ roles: Map<string, Permission>; members: Record<string, string[]> }> {
    const roles = new Map<string, Permission>();
    const people = [...new Set(logins)];
    const named = [...new Set(teams)];
    const candidates = [...new Set(members)];
    const found: Record<string, string[]> = Object.fromEntries(named.map((t) => [t, []]));
    const asksTeams = named.length > 0 && candidates.length > 0;
    if (people.length === 0 && !asksTeams) return { roles, members: found };

    const params: string[] = [];
    const variables: Record<string, string> = {};
    const fields: string[] = [];
    if (people.length > 0) {
      params.push('$owner: String!', '$name: String!', ...people.map((_, i) => `$l${i}: String!`));
      Object.assign(variables, { owner: this.owner, name: this.repo }, Object.fromEntries(people.map((login, i) => [`l${i}`, login])));
      const perLogin = people.map((_, i) => `c${i}: collaborators(login: $l${i}, first: 1) { edges { permission node { login } } }`).join(' ');
      fields.push(`repository(owner: $owner, name: $name) { ${perLogin} }`);
    }
    if (asksTeams) {
      params.push(...named.flatMap((_, t) => [`$o${t}: String!`, `$s${t}: String!`]), ...candidates.map((_, m) => `$m${m}: String!`));
      named.forEach((team, t) => {
        const [org, slug] = team.split('/');
        variables[`o${t}`] = org ?? '';
        variables[`s${t}`] = slug ?? '';
      });
      candidates.forEach((login, m) => (variables[`m${m}`] = login));
      const perMember = candidates.map((_, m) => `m${m}: members(query: $m${m}, first: 100) { nodes { login } }`).join(' ');
      fields.push(...named.map((_, t) => `t${t}: organization(login: $o${t}) { team(slug: $s${t}) { ${perMember} } }`));
    }

    type Edges = { edges: { permission: string; node: { login: string } }[] | null } | null;
    type Org = { team: Record<string, { nodes: { login: string }[] | null } | null> | null } | null;
    type Answer = { repository?: Record<string, Edges> | null } & Record<string, Org | Record<string, Edges> | null | undefined>;
    const what = [people.length ? `the roles of ${people.join(', ')}` : '', asksTeams ? `the members of ${named.join(', ')}` : '']
      .filter(Boolean)
      .join(' and ');
    let data: Answer;
    try {
      data = await this.octokit.graphql<Answer>(`query(${params.join(', ')}) { ${fields.join(' ')} }`, variables);
    } catch (error) {
      // A team the token may not see can answer null beside an error: judge what came back.
      const partial = (error as { data?: Answer | null }).data;
      const usable = asksTeams && partial && (people.length === 0 || partial.repository) && statusOf(error) === undefined;
      // GitHub answers an integration without Members: read with "Resource not accessible by integration" (FORBIDDEN).
      const forbidden =
        statusOf(error) === 403 || /FORBIDDEN|not accessible by integration/i.test(JSON.stringify((error as { errors?: unknown }).errors ?? ''));
      if (asksTeams && forbidden) {
        throw new DhowError(
          'forge',
          `cannot read the members of team ${named.join(', ')} (403: ${messageOf(error)}): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App)`,
          { cause: error },
        );
      }
      if (!usable) throw forgeError(`reading ${what} on ${this.description}`, error);
      data = partial;
    }

    const known: readonly Permission[] = ['admin', 'maintain', 'write', 'triage', 'read'];
    people.forEach((login, i) => {
      const edge = data.repository?.[`c${i}`]?.edges?.find((e) => e.node.login.toLowerCase() === login.toLowerCase());
      const role = edge?.permission.toLowerCase() as Permission | undefined;
      roles.set(login, role && known.includes(role) ? role : 'none');
    });
    if (asksTeams) {
      named.forEach((team, t) => {
        const node = (data[`t${t}`] as Org | undefined)?.team;
        if (!node) {
          throw new DhowError(
            'forge',
            `cannot read the members of team ${team} (no such team, or the token may not see it): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App); GITHUB_TOKEN cannot read teams`,
          );
        }
        found[team] = candidates.filter((login, m) => node[`m${m}`]?.nodes?.some((n) => n.login.toLowerCase() === login.toLowerCase()));
      });
    }
    return { roles, members: found };
  }

  /** GET /issues/{n}/comments, every page; dhow's own are told by their hidden marker, which is taken out of the body. */
  async listComments(id: string): Promise<RequestComment[]> {
    const number = pullNumber(id);
    const comments = await this.call(`reading the comments of #${number}`, () =>
      this.octokit.paginate(this.octokit.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: number, per_page: 100 }),
    );
    return comments.map((c) => {
      const body = c.body ?? '';
      const marked = /^<!-- dhow:(.+?) -->\n?/.exec(body);
      return {
        author: c.user?.login ?? null,
        body: marked ? body.slice(marked[0].length) : body,
        ...(marked ? { marker: marked[1]! } : {}),
        createdAt: c.created_at,
        updatedAt: c.updated_at,
        url: c.html_url,
      };
    });
  }

  async upsertComment(id: string, marker: string, body: string): Promise<void> {
    const number = pullNumber(id);
    const hidden = commentMarker(marker);
    const text = truncateBody(`${hidden}\n${body}`);
    const comments = await this.call(`reading the comments of #${number}`, () =>
      this.octokit.paginate(this.octokit.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: number, per_page: 100 }),
    );
    const mine = comments.find((c) => c.body?.includes(hidden));
    if (mine) {
      if (mine.body === text) return;
      await this.call(`updating comment ${mine.id}`, () =>
        this.octokit.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: mine.id, body: text }),
      );
    } else {
      await this.call(`commenting on #${number}`, () =>
        this.octokit.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: number, body: text }),
      );
    }
  }

  /**
   * One issue per marker, found among the issues carrying `label` (the REST listing, which is consistent
   * at once, unlike search). The open one is edited in place; one a person closed is left alone. Two runs
   * that both create one (no listing saw the other's) keep the older: the newer closes itself.
   */
  async raiseIssue(input: IssueInput): Promise<{ issue: Issue; operation: IssueOperation }> {
    const hidden = commentMarker(input.marker);
    const body = truncateBody(`${hidden}\n${input.body}`, undefined, 'see the workflow run');
    const mine = await this.issuesMarked(input.label, hidden);
    const open = mine.find((i) => i.state === 'open');
    if (open) {
      if (open.title === input.title && open.body === body) return { issue: open, operation: 'none' };
      const { data } = await this.call(`updating issue #${open.id}`, () =>
        this.octokit.issues.update({ owner: this.owner, repo: this.repo, issue_number: Number(open.id), title: input.title, body }),
      );
      return { issue: issueFrom(data), operation: 'updated' };
    }
    if (mine[0]) return { issue: mine[0], operation: 'none' };
    const { data } = await this.call(`opening an issue in ${this.description}`, () =>
      this.octokit.issues.create({ owner: this.owner, repo: this.repo, title: input.title, body, labels: [input.label] }),
    );
    const created = issueFrom(data);
    const oldest = (await this.issuesMarked(input.label, hidden)).filter((i) => i.state === 'open').sort((a, b) => Number(a.id) - Number(b.id))[0];
    if (oldest && oldest.id !== created.id) {
      await this.call(`closing the duplicate issue #${created.id}`, () =>
        this.octokit.issues.update({ owner: this.owner, repo: this.repo, issue_number: Number(created.id), state: 'closed', state_reason: 'not_planned' }),
      );
      return { issue: oldest, operation: 'none' };
    }
    return { issue: created, operation: 'created' };
  }

  /** Issues (not pull requests) with `label` whose body holds `hidden`, newest first. */
  private async issuesMarked(label: string, hidden: string): Promise<Issue[]> {
    const issues = await this.call(`listing the issues labelled ${label}`, () =>
      this.octokit.paginate(this.octokit.issues.listForRepo, {
        owner: this.owner,
        repo: this.repo,
        labels: label,
        state: 'all',
        sort: 'created',
        direction: 'desc',
        per_page: 100,
      }),
    );
    return issues.filter((i) => !i.pull_request && (i.body ?? '').includes(hidden)).map(issueFrom);
  }

  async mergeRequest(id: string, input: MergeInput): Promise<{ sha: string }> {
    const number = pullNumber(id);
    const [title = '', ...rest] = withTrailers(input.message, input.trailers).split('\n');
    try {
      const { data } = await this.octokit.pulls.merge({
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
        sha: input.expectedHeadSha,
        merge_method: input.method ?? (await this.mergeMethod()),
        commit_title: title,
        commit_message: rest.join('\n').trim(),
      });
      return { sha: data.sha };
    } catch (error) {
      if (statusOf(error) === 409) throw new DhowError('conflict', `#${number} changed while merging (${messageOf(error)}); check it again`, { cause: error });
      if (statusOf(error) === 405) throw new DhowError('refused', `GitHub refused to merge #${number}: ${messageOf(error)}`, { cause: error });
      throw forgeError(`merging #${number}`, error);
    }
  }

  private allowedMethod: Promise<MergeMethod> | undefined;

  /** The first merge method the repository allows (merge, squash, rebase), read once. */
  mergeMethod(): Promise<MergeMethod> {
    this.allowedMethod ??= this.call(`reading the merge settings of ${this.description}`, async () => {
      const { data } = await this.octokit.repos.get({ owner: this.owner, repo: this.repo });
      if (data.allow_merge_commit !== false) return 'merge' as const;
      if (data.allow_squash_merge !== false) return 'squash' as const;
      if (data.allow_rebase_merge !== false) return 'rebase' as const;
      return 'merge' as const;
    });
    return this.allowedMethod;
  }

  async closeRequest(id: string): Promise<void> {
    const number = pullNumber(id);
    await this.call(`closing #${number}`, () => this.octokit.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, state: 'closed' }));
  }

  async dispatch(eventType: string, payload: Record<string, unknown>): Promise<void> {
    await this.call(`sending repository_dispatch ${eventType}`, () =>
      this.octokit.repos.createDispatchEvent({ owner: this.owner, repo: this.repo, event_type: eventType, client_payload: payload }),
    );
  }

  /** Sets a commit status (the policy check's verdict); descriptions are cut to GitHub's 140 characters. */
  async setStatus(sha: string, status: CommitStatus): Promise<void> {
    const description = status.description.length > 140 ? `${status.description.slice(0, 139)}…` : status.description;
    await this.call(`setting status ${status.context} on ${sha.slice(0, 8)}`, () =>
      this.octokit.repos.createCommitStatus({
        owner: this.owner,
        repo: this.repo,
        sha,
        state: status.state,
        context: status.context,
        description,
        ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
      }),
    );
  }

  /**
   * Whether a user is an active member of org/team. Needs `read:org` (a personal token) or Members: read
   * (a GitHub App); the error says so when the token lacks it.
   */
  async isTeamMember(team: string, login: string): Promise<boolean> {
    const [org, slug] = team.split('/');
    try {
      const { data } = await this.octokit.teams.getMembershipForUserInOrg({ org: org!, team_slug: slug!, username: login });
      return data.state === 'active';
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) {
        // 404 is both "not a member" and "you may not see this team": tell them apart by the team itself.
        if (await this.canSeeTeam(org!, slug!)) return false;
        throw new DhowError(
          'forge',
          `cannot read the members of team ${team} (404: no such team, or the token may not see it): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App); GITHUB_TOKEN cannot read teams`,
          { cause: error },
        );
      }
      if (status === 403) {
        throw new DhowError(
          'forge',
          `cannot read the members of team ${team} (403: ${messageOf(error)}): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App)`,
          { cause: error },
        );
      }
      throw forgeError(`checking ${login} in team ${team}`, error);
    }
  }

  private async canSeeTeam(org: string, slug: string): Promise<boolean> {
    try {
      await this.octokit.teams.getByName({ org, team_slug: slug });
      return true;
    } catch (error) {
      if (statusOf(error) === 404 || statusOf(error) === 403) return false;
      throw forgeError(`reading team ${org}/${slug}`, error);
    }
  }

  /**
   * Turns on auto-merge (GraphQL enablePullRequestAutoMerge). GitHub's refusals become outcomes: "clean
   * status" (nothing left to wait for) merges now at the head just read; auto-merge not allowed on the
   * repository or no rules on the base leave the pull request as it is, with a warning; a draft is an error.
   */
  async enableAutoMerge(id: string, method?: MergeMethod): Promise<AutoMergeOutcome> {
    const number = pullNumber(id);
    const { data } = await this.call(`reading #${number}`, () => this.octokit.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number }));
    if (data.draft) {
      throw new DhowError('refused', `#${number} is a draft: GitHub will not auto-merge it. Mark it ready for review, then run again`);
    }
    const chosen = method ?? (await this.mergeMethod());
    try {
      await this.octokit.graphql(
        `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { pullRequest { number } } }`,
        // "method" may not be a variable name: @octokit/graphql reserves it.
        { id: data.node_id, mergeMethod: chosen.toUpperCase() },
      );
      return { kind: 'enabled' };
    } catch (error) {
      const message = messageOf(error);
      if (/clean status/i.test(message)) {
        const { sha } = await this.mergeRequest(id, { expectedHeadSha: data.head.sha, message: data.title, method: chosen, mergedBy: '' });
        this.logger.info(`#${number} had nothing left to wait for: merged it at ${data.head.sha.slice(0, 12)}`);
        return { kind: 'merged', sha };
      }
      const reason = /not allowed/i.test(message)
        ? `auto-merge is not allowed on ${this.description} (Settings > General > "Allow auto-merge")`
        : /rules not configured/i.test(message)
          ? `${data.base.ref} has no branch protection or ruleset, so auto-merge has nothing to wait for (require the dhow/policy status on it)`
          : undefined;
      if (reason) {
        this.logger.warning(`could not enable auto-merge on #${number}: ${reason}`);
        return { kind: 'unavailable', reason };
      }
      throw forgeError(`enabling auto-merge on #${number}`, error);
    }
  }
}

function issueFrom(data: {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  labels: (string | { name?: string })[];
}): Issue {
  return {
    id: String(data.number),
    url: data.html_url,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'open' ? 'open' : 'closed',
    labels: data.labels
      .map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
      .filter(Boolean)
      .sort(),
  };
}

function pullNumber(id: string): number {
  const n = Number(id.replace(/^#/, ''));
  if (!Number.isInteger(n) || n <= 0) throw new DhowError('invalid-input', `"${id}" is not a pull request number`);
  return n;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
