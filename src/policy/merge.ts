/**
 * Merging a promotion, revert or hold request under the policy: the policy engine judges the request as
 * GitHub's policy-check action does, and only a request it passes is merged, with dhow's trailers. The local
 * forge's `dhow merge` goes through here, so it refuses exactly what policy-check refuses.
 */
import { DhowError } from '../errors.js';
import type { ChangeRequest, Forge } from '../forge/forge.js';
import { TRAILERS } from '../registry/paths.js';
import type { ReleaseFile } from '../registry/schemas.js';
import type { ApprovalOutcome } from '../promote/approvals.js';
import { refused, type ActOptions } from '../promote/execute.js';
import { judgeRequest, type Judgement } from './request.js';

export interface MergeCheck {
  request: ChangeRequest;
  environment: string;
  model: string;
  release: ReleaseFile;
  approvals: ApprovalOutcome;
  /** Everything that stops the merge now (the policy engine's reasons); empty when it may merge. */
  blockers: string[];
  judgement: Judgement;
}

/**
 * Reads a promotion (or revert) request and decides, with the policy engine, whether it may merge now:
 * the same judgement GitHub's policy-check action makes.
 */
export async function checkMerge(forge: Forge, id: string, options: { ignore?: string[]; now?: string } = {}): Promise<MergeCheck> {
  const judgement = await judgeRequest(forge, id, { now: options.now ?? new Date().toISOString(), ...(options.ignore ? { ignore: options.ignore } : {}) });
  const { request, kind } = judgement;
  if (kind.kind === 'other') throw new DhowError('invalid-input', `request ${id} is not a dhow promotion or revert (branch ${request.branch})`);
  const release = judgement.release;
  if (!release) throw new DhowError('refused', `merge of request ${id} refused`, { reasons: judgement.reasons.map((r) => r.message) });
  const approvalCodes = new Set(['approvals', 'changes-requested', 'stale-approval', 'not-eligible', 'required-approvers']);
  const approvalMissing = judgement.reasons.filter((r) => approvalCodes.has(r.code)).map((r) => r.message);
  return {
    request,
    environment: kind.environment,
    model: kind.model,
    release,
    approvals: { satisfied: approvalMissing.length === 0, approvers: judgement.approvers, missing: approvalMissing },
    blockers: judgement.reasons.map((r) => r.message),
    judgement,
  };
}

/** Merges a promotion (or revert) request when the policy allows: a real merge commit with dhow trailers. */
export async function mergePromotion(forge: Forge, id: string, options: ActOptions): Promise<{ sha: string; check: MergeCheck }> {
  const check = await checkMerge(forge, id, { now: options.at ?? new Date().toISOString() });
  if (check.blockers.length > 0) throw refused(`merge of request ${id} (${check.request.title})`, check.blockers);
  const { model, environment, release } = check;
  // A hold change names the version held (as a direct hold commit does), not the one that keeps running.
  const version = check.judgement.verdict?.version ?? release.version;
  const { sha } = await forge.mergeRequest(id, {
    expectedHeadSha: check.request.headSha,
    message: `Merge request ${id}: ${check.request.title}\n\nApproved by ${check.approvals.approvers.join(', ') || 'nobody (none needed)'}.`,
    trailers: {
      [TRAILERS.model]: model,
      [TRAILERS.version]: version,
      [TRAILERS.environment]: environment,
      [TRAILERS.request]: id,
      ...(release['revert-of'] && check.judgement.kind.kind === 'rollback' ? { [TRAILERS.revertOf]: release['revert-of'] } : {}),
    },
    mergedBy: options.by,
  });
  return { sha, check };
}
