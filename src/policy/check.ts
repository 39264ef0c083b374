/**
 * The policy check of one request (a pull request on GitHub): a thin adapter over the policy engine. It
 * gathers what the engine needs through any Forge (the request and its
 * head repository, its files, its reviews, the roles of the reviewers whose latest review could count, team
 * membership through a token that may read it) with judgeRequest, and turns the verdict into the commit
 * status `dhow/policy`, whose description says what is missing. The verdict comes from state, never from
 * the event.
 */
import type { ChangeRequest, Forge } from '../forge/forge.js';
import type { Logger } from '../logger.js';
import type { ApprovalOutcome } from '../promote/approvals.js';
import type { Reason } from './engine.js';
import { judgeRequest, requestKindOf, type Judgement } from './request.js';
import type { EnvironmentPolicy } from '../registry/schemas.js';

export const POLICY_CONTEXT = 'dhow/policy';

export interface PolicyVerdict {
  request: ChangeRequest;
  kind: Judgement['kind']['kind'];
  environment: string;
  model: string;
  version: string;
  satisfied: boolean;
  approvals: ApprovalOutcome;
  reasons: Reason[];
  /** Everything missing, one line each (approvals first). */
  missing: string[];
  /** The commit status description (GitHub allows 140 characters). */
  description: string;
  environmentPolicy?: EnvironmentPolicy;
}

export interface PolicyOptions {
  logger: Logger;
  /** Accounts whose reviews never count besides the request's author and bots. */
  ignore?: string[];
  /** A forge whose token may read team membership (read:org or Members: read); default the same forge. */
  teams?: Pick<Forge, 'isTeamMember' | 'teamMembersAmong'>;
  /** The time soak is measured to (default now). */
  now?: string;
}

/** Whether a pull request branch is a dhow promotion, and of what. */
export function promotionOf(branch: string): { environment: string; model: string } | null {
  const kind = requestKindOf(branch);
  return kind.kind === 'promotion' ? { environment: kind.environment, model: kind.model } : null;
}

/** One line under 140 characters: the first thing missing, and how many more there are. */
export function statusDescription(missing: string[], approvers: string[], kind: Judgement['kind']['kind'] = 'promotion'): string {
  if (missing.length === 0) {
    const text =
      kind === 'other'
        ? 'Changes no file dhow governs'
        : kind === 'rollback'
          ? 'Exactly the planned rollback to the last known good version'
          : kind === 'hold'
            ? 'Exactly the planned hold; a hold needs no approval'
            : kind === 'unhold'
              ? `Exactly the planned lifting of a hold; approved by ${approvers.join(', ') || 'nobody (none needed)'}`
              : approvers.length
                ? `Approved by ${approvers.join(', ')}; order, gates, holds and residency hold`
                : 'No approval needed; order, gates, holds and residency hold';
    return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
  }
  const more = missing.length > 1 ? ` (+${missing.length - 1} more)` : '';
  const room = 140 - more.length;
  const first = missing[0]!.length <= room ? missing[0]! : `${missing[0]!.slice(0, room - 1)}…`;
  return first + more;
}

const APPROVAL_CODES = new Set(['approvals', 'changes-requested', 'stale-approval', 'not-eligible', 'required-approvers']);

/** Judges any open pull request of the registry repository: promotions, reverts and hand-made ones. */
export async function checkRequestPolicy(forge: Forge, id: string, options: PolicyOptions): Promise<PolicyVerdict> {
  const judgement = await judgeRequest(forge, id, {
    now: options.now ?? new Date().toISOString(),
    ignore: ['github-actions[bot]', ...(options.ignore ?? [])],
    ...(options.teams ? { teams: options.teams } : {}),
  });
  const missing = judgement.reasons.map((r) => r.message);
  const { kind } = judgement;
  const approvalMissing = judgement.reasons.filter((r) => APPROVAL_CODES.has(r.code)).map((r) => r.message);
  options.logger.info(missing.length === 0 ? `#${id}: the policy is satisfied` : `#${id}: ${missing.length} thing(s) missing:\n  - ${missing.join('\n  - ')}`);
  return {
    request: judgement.request,
    kind: kind.kind,
    environment: kind.kind === 'other' ? '' : kind.environment,
    model: kind.kind === 'other' ? '' : kind.model,
    version: judgement.verdict?.version ?? judgement.release?.version ?? '',
    satisfied: judgement.satisfied,
    approvals: { satisfied: approvalMissing.length === 0, approvers: judgement.approvers, missing: approvalMissing },
    reasons: judgement.reasons,
    missing,
    description: statusDescription(missing, judgement.approvers, kind.kind),
    ...(judgement.environmentPolicy ? { environmentPolicy: judgement.environmentPolicy } : {}),
  };
}

/** The verdict on a dhow promotion pull request, or null for any other pull request. */
export async function checkPromotionPolicy(forge: Forge, id: string, options: PolicyOptions): Promise<PolicyVerdict | null> {
  const request = await forge.getRequest(id);
  if (!promotionOf(request.branch)) return null;
  return checkRequestPolicy(forge, id, options);
}
