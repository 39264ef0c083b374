/**
 * The Forge is the only door to the registry repository. Two implementations: `local` (a git
 * repository on disk through the git CLI, the embedded default) and `github` (Octokit).
 * Everything above this interface (promote, revert, policy checks) is shared by both.
 */

/** A file to write (`content` as UTF-8 text) or delete (`content: null`). Paths are registry-relative. */
export interface FileChange {
  path: string;
  content: string | null;
}

export interface CommitRequest {
  branch: string;
  /**
   * Compare-and-swap: the head the branch must still have, or `null` when the branch must not exist yet
   * (it is then created from `from`). A moved head throws DhowError('conflict'); callers re-plan and retry.
   */
  expectedHead: string | null;
  /** The commit a new branch starts from (required when `expectedHead` is null). */
  from?: string;
  /**
   * The parent of the new commit when it is not the branch head: a request branch is refreshed onto the
   * current base this way (the branch is moved, still compare-and-swapped on `expectedHead`). When the head
   * already is one commit on `parent` with the same tree, nothing is written (`changed: false`).
   */
  parent?: string;
  changes: FileChange[];
  /** Subject and body; trailers are appended as `Key: value` lines. */
  message: string;
  trailers?: Record<string, string>;
}

export interface CommitResult {
  sha: string;
  /** False when every change matched what was already there: nothing was written. */
  changed: boolean;
}

export interface CommitInfo {
  sha: string;
  subject: string;
  body: string;
  trailers: Record<string, string>;
  author: string;
  date: string;
  /** The merged pull request that brought the commit (github): its number, who merged it, its merge commit. */
  request?: { id: string; mergedBy: string; mergeSha: string };
}

export type RequestState = 'open' | 'merged' | 'closed';

/** A promotion (or revert) request: a pull request on GitHub, a branch plus metadata locally. */
export interface ChangeRequest {
  id: string;
  url?: string;
  branch: string;
  base: string;
  title: string;
  body: string;
  state: RequestState;
  author: string;
  headSha: string;
  labels: string[];
  mergeSha?: string;
  /**
   * The repository the head branch lives in (owner/name on GitHub, the registry directory locally): a
   * request from anywhere but the registry repository itself (a fork) is never a dhow request.
   */
  headRepository?: string;
}

/** A role on the registry repository as GitHub names them; `none`: no access at all. */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export type ReviewState = 'approved' | 'changes_requested' | 'commented' | 'dismissed';

export interface Review {
  reviewer: string;
  state: ReviewState;
  /** The head commit the review was given on: approvals on an older head do not count. */
  commitSha: string;
  submittedAt: string;
  body?: string;
  /** The reviewer is an app or bot account (GitHub's user type `Bot`); its reviews never count. */
  bot?: boolean;
}

export interface OpenRequestInput {
  branch: string;
  base: string;
  title: string;
  body: string;
  labels?: string[];
  reviewers?: { users: string[]; teams: string[] };
  author: string;
  /**
   * The branch's open request as the caller read it in the same snapshot (null: none), so the forge need
   * not look it up again; a request opened since is still found when creating one is refused.
   */
  existing?: ChangeRequest | null;
}

export type RequestOperation = 'created' | 'updated' | 'none';

/**
 * What asking for auto-merge did: `enabled` (it merges once its checks and reviews pass), `merged` (nothing
 * was left to wait for, so it was merged at once, at the head it had), or `unavailable` (the repository
 * does not allow auto-merge or its base has no rules to wait for: `reason` says which; nothing changed).
 */
export type AutoMergeOutcome = { kind: 'enabled' } | { kind: 'merged'; sha: string } | { kind: 'unavailable'; reason: string };

export type MergeMethod = 'merge' | 'squash' | 'rebase';

export interface MergeInput {
  /** The head the request must still have; a moved head refuses the merge. */
  expectedHeadSha: string;
  /** How to merge; default: the first of merge, squash, rebase the repository allows. */
  method?: MergeMethod;
  message: string;
  trailers?: Record<string, string>;
  mergedBy: string;
}

/**
 * An issue dhow raises in the registry repository when it must tell people something and there is no
 * request to comment on (a revert that is impossible). One issue per `marker`, whatever the number of
 * runs: the open one is updated in place; one a person closed is left closed.
 */
export interface IssueInput {
  /** The purpose, a stable key such as `revert-failed:production/m/1.4.0:no-last-known-good` (a hidden marker on GitHub). */
  marker: string;
  title: string;
  body: string;
  /** The label dhow's issues of this kind carry (and are listed by); created when missing. */
  label: string;
}

export interface Issue {
  id: string;
  url?: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
}

/**
 * `created`: a new issue; `updated`: the open one now says the new body; `none`: the open one already said
 * it, or a person closed it (`issue.state` is `closed`): dhow neither reopens nor comments on it.
 */
export type IssueOperation = 'created' | 'updated' | 'none';

export interface Forge {
  readonly kind: 'local' | 'github';
  /** A human description for logs: a path or owner/name. */
  readonly description: string;

  defaultBranch(): Promise<string>;
  /** The commit a branch points to, or null when the branch does not exist. */
  branchHead(branch: string): Promise<string | null>;
  /** A file's text at a ref (branch or commit), or null when absent. */
  readFile(path: string, ref: string): Promise<string | null>;
  /** Several files at one ref in one round trip where the forge can (optional; readFile otherwise). */
  readFiles?(paths: string[], ref: string): Promise<(string | null)[]>;
  /** Every file path under a directory ('' for all), recursively, where the forge can list a tree at once (optional). */
  listTree?(dir: string, ref: string): Promise<string[]>;
  /** Names of the entries directly under a directory at a ref (files and directories), [] when absent. */
  listDirectory(path: string, ref: string): Promise<string[]>;
  /** Commits touching a path, newest first. */
  history(path: string, ref: string, options?: { limit?: number }): Promise<CommitInfo[]>;

  /** One atomic commit of several files with compare-and-swap on the branch head. */
  commitFiles(request: CommitRequest): Promise<CommitResult>;
  deleteBranch(branch: string): Promise<void>;

  findRequest(branch: string, options?: { state?: RequestState | 'all' }): Promise<ChangeRequest | null>;
  getRequest(id: string): Promise<ChangeRequest>;
  /** Opens a request for a branch, or updates title, body and labels of the open one: a no-op when unchanged. */
  openOrUpdateRequest(input: OpenRequestInput): Promise<{ request: ChangeRequest; operation: RequestOperation }>;
  listReviews(id: string): Promise<Review[]>;
  /** Every path the request changes against its base (added, modified, deleted, renamed: both names). */
  changedFiles(id: string): Promise<string[]>;
  /** The role a person holds on the registry repository (only write and above may approve). */
  permissionOf(login: string): Promise<Permission>;
  /** The roles of several people at once (one query where the forge can); absent: one permissionOf each. */
  permissionsOf?(logins: string[]): Promise<Map<string, Permission>>;
  /** Whether a person is a member of org/team (required approver groups, listed reviewer teams). */
  isTeamMember(team: string, login: string): Promise<boolean>;
  /** One comment per purpose, found by a hidden marker and edited in place. */
  upsertComment(id: string, marker: string, body: string): Promise<void>;
  mergeRequest(id: string, input: MergeInput): Promise<{ sha: string }>;
  /**
   * Asks the forge to merge the request by itself once its required checks and reviews pass (GitHub's
   * auto-merge). Absent where a merge is never left waiting (the local forge). A draft is refused
   * (DhowError 'refused'); the method defaults to the first the repository allows.
   */
  enableAutoMerge?(id: string, method?: MergeMethod): Promise<AutoMergeOutcome>;
  closeRequest(id: string): Promise<void>;

  /** Opens the issue for `marker`, or updates the open one; never reopens or duplicates one a person closed. */
  raiseIssue(input: IssueInput): Promise<{ issue: Issue; operation: IssueOperation }>;

  /** Sends a repository_dispatch event (github) or runs its handler (local). */
  dispatch(eventType: string, payload: Record<string, unknown>): Promise<void>;
}

/** Formats commit trailers the way git interpret-trailers reads them. */
export function withTrailers(message: string, trailers: Record<string, string> = {}): string {
  const lines = Object.entries(trailers).map(([k, v]) => `${k}: ${v.replace(/\s*\n\s*/g, ' ')}`);
  return lines.length === 0 ? message.trimEnd() + '\n' : `${message.trimEnd()}\n\n${lines.join('\n')}\n`;
}

/** Reads trailers from the last paragraph of a commit message. */
export function parseTrailers(message: string): Record<string, string> {
  const paragraphs = message.trimEnd().split(/\n\s*\n/);
  const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1]! : '';
  const trailers: Record<string, string> = {};
  for (const line of last.split('\n')) {
    const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!match) return {};
    trailers[match[1]!] = match[2]!;
  }
  return trailers;
}
