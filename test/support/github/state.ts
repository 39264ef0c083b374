/** The emulator's non-git state: users and tokens, teams, pull requests, issues, reviews, comments, statuses. */
import type { BareRepository } from './git.js';

export interface User {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  token: string;
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
}

export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
