/**
 * The Forge is the only door to the registry repository. Two implementations: `local` (a git
 * repository on disk through the git CLI, the embedded default) and `github` (Octokit).
 * Everything above this interface (promote, revert, policy checks) is shared by both.
 */

// The registry's own port (reading files at a commit, one atomic commit) lives in the registry layer, so
// the registry reads and registers without knowing forges; a Forge is a RegistryRepository and more.
import type { RegistryRepository } from '../registry/repository.js';

export type { CommitInfo, CommitRequest, CommitResult, FileChange, RegistryRepository, RegistrySource } from '../registry/repository.js';

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

/** A comment on a request's conversation: a person's, or one of dhow's own (one per purpose, named by `marker`). */
export interface RequestComment {
  /** Who wrote it; null where the forge does not record it (a local registry keeps only dhow's own comments). */
  author: string | null;
  /** The text, without dhow's hidden marker. */
  body: string;
  /** The purpose of one of dhow's comments (its hidden marker, as upsertComment was given it); absent on a person's. */
  marker?: string;
  createdAt?: string;
  updatedAt: string;
  url?: string;
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

/** A commit status (the policy check's verdict on a request's head); GitHub cuts descriptions to 140 characters. */
export interface CommitStatus {
  state: 'success' | 'failure' | 'pending' | 'error';
  context: string;
  description: string;
  targetUrl?: string;
}

/** The registry repository with its requests, reviews, permissions, issues and events (the reads and commits are RegistryRepository's). */
export interface Forge extends RegistryRepository {
  readonly kind: 'local' | 'github';

  /**
   * Begins a pass: refs may be read once and reused until the forge writes or the next pass begins. A
   * long-running server (the bridge, the rollout controller) begins one per delivery or pass so it never
   * acts on refs read before another writer committed. Absent where a forge keeps no refs between reads.
   */
  beginPass?(): void;
  /** Ends the pass: lets go of what it held open (the local forge's object reader). Optional, as beginPass. */
  endPass?(): void;

  deleteBranch(branch: string): Promise<void>;

  findRequest(branch: string, options?: { state?: RequestState | 'all' }): Promise<ChangeRequest | null>;
  getRequest(id: string): Promise<ChangeRequest>;
  /** Every request of the registry repository in a state (default all), as `dhow requests` lists them. */
  listRequests(state?: RequestState | 'all'): Promise<ChangeRequest[]>;
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
  /** Which of `logins` belong to each org/team (one query where the forge can); absent: one isTeamMember each. */
  teamMembersAmong?(teams: string[], logins: string[]): Promise<Record<string, string[]>>;
  /** Roles of `logins` and which of `members` belong to each team, together in one query where the forge can. */
  reviewersOf?(logins: string[], teams: string[], members?: string[]): Promise<{ roles: Map<string, Permission>; members: Record<string, string[]> }>;
  /** The request's conversation comments, oldest first (people's and dhow's own; not line comments on the diff). */
  listComments(id: string): Promise<RequestComment[]>;
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
  /** The issues dhow raised, in a state (default all). */
  listIssues(state?: 'open' | 'closed' | 'all'): Promise<Issue[]>;

  /**
   * Sets a status on a commit (the policy check's verdict). Absent where nothing reads statuses (the local
   * forge: its merges are decided by dhow itself, not by required checks).
   */
  setStatus?(sha: string, status: CommitStatus): Promise<void>;

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
