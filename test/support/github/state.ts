/** The emulator's non-git state: users and tokens, teams, pull requests, issues, reviews, comments, statuses. */
import type { BareRepository } from './git.js';

export interface User {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  token: string;
  /**
   * What kind of token this login holds: the workflow's GITHUB_TOKEN (github-actions[bot]), a GitHub App
   * installation token (`<app>[bot]`), or a person's token (a PAT). Decides signing, team visibility and
   * which events start workflow runs.
   */
  identity: 'github-token' | 'app' | 'pat';
  /** An App installation with the Members: read organization permission (it may see teams). */
  canReadMembers?: boolean;
  /** An App installation granted Contents: read only (default write): it may not create refs or commits. */
  contentsReadOnly?: boolean;
}

export interface ReviewState {
  id: number;
  user: string;
  body: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  commitId: string;
  submittedAt: string;
}

export interface PullState {
  number: number;
  title: string;
  body: string | null;
  head: string;
  base: string;
  user: string;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  /** The head commit when the pull request was closed or merged (the branch may be gone later). */
  closedHeadSha: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  labels: string[];
  requestedReviewers: string[];
  requestedTeams: string[];
  reviews: ReviewState[];
  autoMerge: { method: string; enabledBy: string; enabledAt: string } | null;
  /**
   * owner/name of the fork the head branch lives in; absent for a branch of this repository. GitHub keeps
   * a fork pull request's head at refs/pull/<number>/head of the base repository, and so does the emulator.
   */
  headRepository?: string;
}

/** An issue (not a pull request); issues and pull requests share one sequence of numbers. */
export interface IssueState {
  number: number;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
}

export interface CommentState {
  id: number;
  issue: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface StatusState {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
}

export interface DispatchState {
  eventType: string;
  clientPayload: Record<string, unknown>;
  sender: string;
}

export interface RepositoryState {
  id: number;
  owner: string;
  name: string;
  git: BareRepository;
  defaultBranch: string;
  pulls: PullState[];
  issues: IssueState[];
  comments: CommentState[];
  statuses: StatusState[];
  dispatches: DispatchState[];
  labels: Map<string, number>;
  nextNumber: number;
  /** Collaborator permissions (GitHub's "repository roles"); the owner is admin. */
  collaborators: Map<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'>;
  /** Repository settings (GET /repos/{owner}/{repo}); the defaults allow everything. */
  settings: RepositorySettings;
  /** Branch protection or a ruleset per branch name; none by default (no rule is enforced). */
  rules: Map<string, BranchRules>;
  /** Events GitHub would deliver to workflows, in order, with whether each would start a run. */
  events: DeliveredEvent[];
  /** Colour and description of labels created through the API (others are grey, without description). */
  labelInfo?: Map<string, { color: string; description: string | null }>;
  /** Rulesets created through the API; each active one on a branch becomes that branch's `rules`. */
  rulesets?: RulesetState[];
}

/** A repository ruleset as the REST API holds it (the fields dhow sets; the rest keep GitHub's defaults). */
export interface RulesetState {
  id: number;
  name: string;
  target: 'branch' | 'tag' | 'push';
  enforcement: 'disabled' | 'active' | 'evaluate';
  bypassActors: { actor_id?: number | null; actor_type: string; bypass_mode?: string }[];
  conditions: { ref_name?: { include?: string[]; exclude?: string[] } } | null;
  rules: { type: string; parameters?: Record<string, unknown> }[];
  createdAt: string;
  updatedAt: string;
}

export interface RepositorySettings {
  allowAutoMerge: boolean;
  allowMergeCommit: boolean;
  allowSquashMerge: boolean;
  allowRebaseMerge: boolean;
  /** Settings > Actions > "Allow GitHub Actions to create and approve pull requests" (off on new repositories). */
  actionsCanCreatePullRequests: boolean;
  /** Settings > General > "Automatically delete head branches" (off on new repositories). */
  deleteBranchOnMerge: boolean;
}

/**
 * What protects a branch: classic branch protection or a ruleset (the same rules; GitHub words the
 * refusals differently: rulesets prefix "Repository rule violations found").
 */
export interface BranchRules {
  kind: 'protection' | 'ruleset';
  /** Required status checks, each pinned to the login that must set it (any creator when `setBy` is absent). */
  requiredStatusChecks?: { context: string; setBy?: string }[];
  /** Approving reviews required, counted only from users with write access or above. */
  requiredApprovingReviewCount?: number;
  /** Approvals given on an older head are dismissed when the head branch moves. */
  dismissStaleReviews?: boolean;
  /** Direct pushes and ref updates refused: changes go through pull requests. */
  requirePullRequest?: boolean;
  /** Every new commit must be verified (signed). */
  requireSignatures?: boolean;
  /** No merge commits on the branch. */
  requireLinearHistory?: boolean;
  /** Logins that bypass the rules (ruleset bypass list / protection's "allow specified actors"). */
  bypass?: string[];
  /**
   * A ruleset without its "Restrict creations" and "Restrict deletions" rules: the branch may be created and
   * deleted; only updates are judged. Otherwise creating or deleting a covered branch is refused.
   */
  updatesOnly?: boolean;
}

export interface DeliveredEvent {
  event: 'push' | 'pull_request' | 'pull_request_review' | 'status' | 'repository_dispatch' | 'workflow_dispatch';
  action?: string;
  /** The branch pushed, or the pull request's head branch. */
  ref?: string;
  pull?: number;
  sender: string;
  /** Whether GitHub would start workflow runs for it (events caused by GITHUB_TOKEN start none). */
  startsWorkflows: boolean;
  /** workflow_dispatch: the workflow file dispatched and its inputs. */
  workflow?: string;
  inputs?: Record<string, unknown>;
  /** The commit pushed, or the one `ref` named when a workflow was dispatched. */
  sha?: string;
  /** The pull request as it was when the event happened (GitHub's payload is a snapshot, not today's state). */
  pullSnapshot?: { state: 'open' | 'closed'; merged: boolean; review?: { id: number; state: string; commitId: string } };
}

export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
