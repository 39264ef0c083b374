/**
 * Who approved a promotion, counted the way the merge counted them (evaluateApprovals: latest review per
 * reviewer, on the merged head, not the author), and the approvals that were voided because they were
 * given on an earlier commit of the request.
 */
import { evaluateApprovals } from '../promote/approvals.js';
import type { Review } from '../forge/forge.js';
import type { RequestEvidence } from './snapshot.js';

export interface ApprovalEvidence {
  reviewer: string;
  at: string;
  /** The request commit the reviewer approved. */
  commit: string;
  /** True when the approval was of an earlier commit than the one merged, so it did not count. */
  stale: boolean;
}

/** The reviewers whose approval counted for the merge, in the order they approved. */
export function countedApprovers(request: RequestEvidence): string[] {
  return evaluateApprovals({ reviews: request.reviews, author: request.author, headSha: request.headSha, required: 0 }).approvers;
}

/** Every approval given on the request, marking those of an earlier commit as stale. */
export function approvalsOf(request: RequestEvidence): ApprovalEvidence[] {
  return request.reviews
    .filter((r: Review) => r.state === 'approved')
    .map((r) => ({ reviewer: r.reviewer, at: r.submittedAt, commit: r.commitSha, stale: r.commitSha !== request.headSha }));
}
