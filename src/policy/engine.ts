/**
 * THE policy engine: one pure function from a request (where it comes from, what it changes, who reviewed
 * it with which role), the change dhow planned for it on today's base (a promotion or a rollback), the
 * registry state and the policy (dhow.yaml) to a verdict with every reason it is refused. Both forges
 * apply it: a local `dhow merge` refuses exactly what `policy-check` refuses on GitHub. Gathering the
 * inputs (API calls, git) is the callers' job (src/policy/request.ts); nothing here does I/O.
 */
import type { FileChange, Permission, Review } from '../forge/forge.js';
import { checkResidency } from '../gates/residency.js';
import { evaluateApprovals } from '../promote/approvals.js';
import type { Plan } from '../promote/plan.js';
import { currentGateResults } from '../registry/gate-evidence.js';
import type { EnvironmentPolicy, GateEvidenceFile, GateResults, RegistryConfig, RequiredApprovers, VersionRecord } from '../registry/schemas.js';

export type ReasonCode =
  | 'fork'
  | 'unplanned-files'
  | 'missing-files'
  | 'differs-from-plan'
  | 'plan'
  | 'gates-missing'
  | 'gates-failing'
  | 'gates-policy'
  | 'residency'
  | 'approvals'
  | 'changes-requested'
  | 'stale-approval'
  | 'not-eligible'
  | 'required-approvers'
  | 'soak';

export interface Reason {
  code: ReasonCode;
  message: string;
}

/** A review as the engine judges it: the reviewer's role on the registry repository, when it was looked up. */
export interface JudgedReview extends Review {
  /** Absent: not looked up (the gatherer looks up only reviewers whose latest review could count). */
  permission?: Permission;
}

export interface PolicyRequest {
  id: string;
  headSha: string;
  /** owner/name (or the registry directory) of the head branch, and of the registry repository. */
  headRepository: string;
  baseRepository: string;
  /** Who opened the request. */
  author: string;
  /** Every path the request changes against its base. */
  changedFiles: string[];
  /** The content at the request's head of every planned path (null: absent there). */
  files: Record<string, string | null>;
  reviews: JudgedReview[];
}

/** Gate results of a version for one environment: its evidence file's last attempt, or the record's legacy `gates`. */
export interface GateEvidence {
  verdict: 'pass' | 'fail' | 'warn' | 'inconclusive';
  policyDigest: string;
  /** Gates that did not pass. */
  failed: string[];
}

export interface PlannedChange {
  /** hold/unhold: a hold on `version` placed in, or lifted from, the environment's release file. */
  kind: 'promotion' | 'rollback' | 'hold' | 'unhold';
  environment: string;
  model: string;
  version: string;
  /** Who asks: the release's `promoted-by` for a promotion or rollback, the request's author for a hold change. */
  promotedBy: string;
  /** The plan re-made on the base branch (planPromotion / planRollback / planHold / planUnhold). */
  plan: Plan;
}

/** When a version went live in an environment and until when, from the release history's commit dates. */
export interface ReleaseStint {
  version: string;
  /** The merge or commit that released it there. */
  since: string;
  /** The commit that replaced it, absent while it runs there. */
  until?: string;
}

export interface PolicyInput {
  change: PlannedChange;
  config: RegistryConfig;
  /** The version record of the version the change puts live (absent: unknown, the plan says so). */
  record?: VersionRecord;
  /**
   * Gate evidence for the target environment, overriding what follows (null: none). By default the
   * target environment's entry of `evidence`, else the version record's legacy `gates`.
   */
  gates?: GateEvidence | null;
  /** The version's gate evidence by environment (gates/<env>/<model>/<version>.yaml), as recorded on the base. */
  evidence?: Record<string, GateEvidence>;
  /** The gate policy digest the environment requires, when the caller resolved one. */
  expectedPolicyDigest?: string;
  request: PolicyRequest;
  /** Members of the teams the policy names (org/slug -> logins), as resolved by the forge. */
  teams: Record<string, string[]>;
  /** Stints of the version in the environment before the target (for soak), newest first. */
  previousStints: ReleaseStint[];
  now: string;
  /** Accounts whose reviews never count beside bots (the registry's own automation). */
  ignore?: string[];
}

export interface PolicyVerdict {
  satisfied: boolean;
  reasons: Reason[];
  /** Reviewers whose approval counts. */
  approvers: string[];
  environment: string;
  model: string;
  version: string;
  kind: PlannedChange['kind'];
}

const WRITE: ReadonlySet<Permission> = new Set(['admin', 'maintain', 'write']);
const key = (login: string) => login.trim().toLowerCase();

/** Milliseconds in a dhow.yaml duration (`30m`, `24h`, `7d`). */
export function durationMs(text: string): number {
  const match = /^([0-9]+)(m|h|d)$/.exec(text);
  if (!match) throw new RangeError(`not a duration: ${text}`);
  return Number(match[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 'm' | 'h' | 'd'];
}

function evidenceOfResults(results: GateResults): GateEvidence {
  return {
    verdict: results.verdict,
    policyDigest: results['policy-digest'],
    failed: results.summary.filter((g) => g.verdict !== 'pass' && g.verdict !== 'warn').map((g) => g.gate),
  };
}

/** The gate evidence a version record carries (registries older than gates/: one for every environment). */
export function gateEvidenceOf(record: VersionRecord | undefined): GateEvidence | null {
  return record?.gates ? evidenceOfResults(record.gates) : null;
}

/** The evidence an environment's evidence file holds: its last attempt. */
export function gateEvidenceOfFile(file: GateEvidenceFile): GateEvidence {
  return evidenceOfResults(currentGateResults(file));
}

function originReasons(request: PolicyRequest): Reason[] {
  if (request.headRepository === request.baseRepository) return [];
  return [
    {
      code: 'fork',
      message: `#${request.id} comes from ${request.headRepository || 'a deleted repository'}, not from ${request.baseRepository}: dhow requests are made in the registry repository itself`,
    },
  ];
}

function list(paths: string[], most = 5): string {
  return paths.length <= most ? paths.join(', ') : `${paths.slice(0, most).join(', ')} and ${paths.length - most} more`;
}

function changeSetReasons(planned: FileChange[], request: PolicyRequest, change: PlannedChange): Reason[] {
  const reasons: Reason[] = [];
  const wanted = new Set(planned.map((c) => c.path));
  const changed = new Set(request.changedFiles);
  const extra = request.changedFiles.filter((p) => !wanted.has(p)).sort();
  if (extra.length) {
    reasons.push({
      code: 'unplanned-files',
      message: `#${request.id} changes ${list(extra)}, which the ${change.kind} of ${change.model} ${change.version} to ${change.environment} does not: a dhow request changes exactly its planned files`,
    });
  }
  const missing = planned.filter((c) => !changed.has(c.path) && (request.files[c.path] ?? null) !== c.content).map((c) => c.path);
  const differs = planned.filter((c) => changed.has(c.path) && (request.files[c.path] ?? null) !== c.content).map((c) => c.path);
  if (missing.length)
    reasons.push({
      code: 'missing-files',
      message: `#${request.id} lacks ${list(missing)} of the planned ${change.kind}: run it again to refresh the request`,
    });
  if (differs.length) {
    reasons.push({
      code: 'differs-from-plan',
      message: `${list(differs)} on #${request.id} differ from the ${change.kind} planned on today's ${change.environment}: the request is out of date or was edited; run it again to refresh it`,
    });
  }
  return reasons;
}

function gateReasons(input: PolicyInput, environment: EnvironmentPolicy): Reason[] {
  const { config, change } = input;
  const recorded = input.evidence ?? {};
  const evidence = input.gates !== undefined ? input.gates : (recorded[change.environment] ?? gateEvidenceOf(input.record));
  const configured = Boolean(environment['gate-policy'] ?? config.models[change.model]?.['gate-policy'] ?? config['gate-policy']);
  // A version whose gates ran for another environment is gated: each environment then needs its own
  // results (the gates differ per environment: baseline, overrides), even where dhow.yaml names no policy.
  const elsewhere = Object.keys(recorded)
    .filter((env) => env !== change.environment)
    .sort();
  const what = `${change.model} ${change.version}`;
  if (!evidence) {
    if (!configured && elsewhere.length === 0) return [];
    const why = configured ? 'which has a gate policy' : `though its gates ran for ${elsewhere.join(', ')}: each environment needs its own`;
    return [
      {
        code: 'gates-missing',
        message: `${what} has no gate results for ${change.environment}, ${why}; run the gates for ${change.environment} and register again (promote.yml does both)`,
      },
    ];
  }
  const reasons: Reason[] = [];
  if (evidence.verdict === 'fail' || evidence.verdict === 'inconclusive') {
    reasons.push({
      code: 'gates-failing',
      message: `the gates of ${what} recorded "${evidence.verdict}"${evidence.failed.length ? ` (${evidence.failed.join(', ')})` : ''}`,
    });
  }
  if (input.expectedPolicyDigest && evidence.policyDigest !== input.expectedPolicyDigest) {
    reasons.push({
      code: 'gates-policy',
      message: `the gates of ${what} ran under policy ${evidence.policyDigest.slice(0, 19)}…, not ${change.environment}'s ${input.expectedPolicyDigest.slice(0, 19)}…: run the gates again`,
    });
  }
  return reasons;
}

function residencyReasons(record: VersionRecord | undefined, config: RegistryConfig): Reason[] {
  if (!config.residency || !record) return [];
  const result = checkResidency(
    {
      'artifact-uri': record.artifact.uri,
      ...(record.data.uri ? { 'data-uri': record.data.uri } : {}),
      ...(record.training.region ? { 'training-region': record.training.region } : {}),
      ...(record.training.cluster ? { 'training-cluster': record.training.cluster } : {}),
      ...(record.region ? { 'data-region': record.region } : {}),
    },
    config.residency,
  );
  return result.findings.filter((f) => !f.ok).map((f) => ({ code: 'residency' as const, message: `residency: ${f.why}` }));
}

function soakReasons(input: PolicyInput, environment: EnvironmentPolicy): Reason[] {
  if (!environment.soak || input.change.kind !== 'promotion') return [];
  const envs = input.config.environments.map((e) => e.name);
  const before = envs[envs.indexOf(environment.name) - 1];
  if (!before) return [];
  const need = durationMs(environment.soak);
  const now = Date.parse(input.now);
  // The longest stint counts: a version that soaked once and was replaced by a hotfix has still soaked.
  let longest = 0;
  for (const stint of input.previousStints) {
    if (stint.version !== input.change.version) continue;
    longest = Math.max(longest, (stint.until ? Date.parse(stint.until) : now) - Date.parse(stint.since));
  }
  if (longest >= need) return [];
  const hours = (ms: number) => `${Math.floor(ms / 3_600_000)}h${String(Math.floor((ms % 3_600_000) / 60_000)).padStart(2, '0')}m`;
  return [
    {
      code: 'soak',
      message: `${input.change.model} ${input.change.version} has run ${hours(Math.max(0, longest))} in ${before}; ${environment.name} needs ${environment.soak} there first (${hours(need - longest)} to go)`,
    },
  ];
}

/** Who may approve: the reasons others' reviews do not count, by reviewer. */
function eligibility(input: PolicyInput, environment: EnvironmentPolicy): { excluded: Map<string, string> } {
  const { request, change } = input;
  const excluded = new Map<string, string>();
  const requesters = new Set([key(request.author), key(change.promotedBy)]);
  const ignored = new Set((input.ignore ?? []).map(key));
  const listedUsers = new Set(environment.reviewers.users.map(key));
  const listedTeams = environment.reviewers.teams;
  const restricted = listedUsers.size > 0 || listedTeams.length > 0;
  const inTeam = (team: string, login: string) => (input.teams[team] ?? []).some((m) => key(m) === key(login));
  for (const review of request.reviews) {
    const who = key(review.reviewer);
    if (excluded.has(who)) continue;
    if (requesters.has(who)) excluded.set(who, `${review.reviewer} asked for this ${change.kind}`);
    else if (review.bot || who.endsWith('[bot]') || ignored.has(who)) excluded.set(who, `${review.reviewer} is a bot or dhow's own automation`);
    else if (review.permission !== undefined && !WRITE.has(review.permission)) {
      excluded.set(
        who,
        `${review.reviewer} has ${review.permission === 'none' ? 'no' : `only ${review.permission}`} access to ${request.baseRepository}, and approvals need write access or above`,
      );
    } else if (restricted && !listedUsers.has(who) && !listedTeams.some((t) => inTeam(t, who))) {
      excluded.set(who, `${environment.name} takes approvals from ${[...environment.reviewers.users, ...listedTeams].join(', ')}`);
    }
  }
  return { excluded };
}

function groupName(group: RequiredApprovers): string {
  return 'team' in group ? `team ${group.team}` : group.users.join(', ');
}

function groupReasons(input: PolicyInput, environment: EnvironmentPolicy, approvers: string[]): Reason[] {
  const reasons: Reason[] = [];
  for (const group of environment['required-approvers'] ?? []) {
    const members = new Set(('team' in group ? (input.teams[group.team] ?? []) : group.users).map(key));
    const have = approvers.filter((a) => members.has(key(a)));
    if (have.length < group.count) {
      const need = group.count - have.length;
      reasons.push({
        code: 'required-approvers',
        message: `${environment.name} needs ${need} more approval${need === 1 ? '' : 's'} from ${groupName(group)}${have.length ? ` (so far: ${have.join(', ')})` : ''}`,
      });
    }
  }
  return reasons;
}

function approvalReasons(input: PolicyInput, environment: EnvironmentPolicy): { reasons: Reason[]; approvers: string[] } {
  const { request, change } = input;
  const { excluded } = eligibility(input, environment);
  const counted = request.reviews.filter((r) => !excluded.has(key(r.reviewer)));
  const outcome = evaluateApprovals({ reviews: counted, author: change.promotedBy, headSha: request.headSha, required: environment.approvals });
  const reasons: Reason[] = outcome.missing.map((message) => ({
    code: message.includes('requested changes')
      ? ('changes-requested' as const)
      : message.includes('earlier commit')
        ? ('stale-approval' as const)
        : ('approvals' as const),
    message,
  }));
  reasons.push(...groupReasons(input, environment, outcome.approvers));
  // Say why an approval on the head did not count, when approvals are what is missing.
  if (reasons.length > 0) {
    const approvedHead = new Set(request.reviews.filter((r) => r.state === 'approved' && r.commitSha === request.headSha).map((r) => key(r.reviewer)));
    for (const review of request.reviews) {
      const who = key(review.reviewer);
      const why = excluded.get(who);
      if (why && approvedHead.delete(who)) reasons.push({ code: 'not-eligible', message: `approvals by ${review.reviewer} do not count: ${why}` });
    }
  }
  return { reasons, approvers: outcome.approvers };
}

/** Judges a request against the policy: every reason it may not merge now, or none. */
export function evaluatePolicy(input: PolicyInput): PolicyVerdict {
  const { change, config, request } = input;
  const base = { environment: change.environment, model: change.model, version: change.version, kind: change.kind };
  const reasons: Reason[] = [...originReasons(request)];
  const environment = config.environments.find((e) => e.name === change.environment);
  if (!change.plan.ok || !environment) {
    reasons.push(...(change.plan.ok ? [] : change.plan.reasons).map((message) => ({ code: 'plan' as const, message })));
    if (!environment) reasons.push({ code: 'plan', message: `environment ${change.environment} is not in dhow.yaml` });
    return { ...base, satisfied: false, reasons, approvers: [] };
  }
  reasons.push(...changeSetReasons(change.plan.changes, request, change));
  // A rollback goes back to a version that already ran here under this policy: it needs no approval,
  // gate or soak (the drift revert must land unattended), only to be exactly the planned rollback.
  // A hold only makes things safer (a version may not go live): it needs no approval either.
  if (change.kind === 'rollback' || change.kind === 'hold') return { ...base, satisfied: reasons.length === 0, reasons, approvers: [] };
  if (change.kind === 'unhold') {
    // Lifting a hold re-allows a version: the environment's approvals, as for putting one live. Gates,
    // residency and soak are the promotion's business when the version is promoted later.
    const approvals = approvalReasons(input, environment);
    const ordered = [...approvals.reasons, ...reasons];
    return { ...base, satisfied: ordered.length === 0, reasons: ordered, approvers: approvals.approvers };
  }
  reasons.push(...gateReasons(input, environment), ...residencyReasons(input.record, config), ...soakReasons(input, environment));
  const approvals = approvalReasons(input, environment);
  // Approvals first: they are what people act on most often, and what the status description shows.
  const ordered = [...approvals.reasons, ...reasons];
  return { ...base, satisfied: ordered.length === 0, reasons: ordered, approvers: approvals.approvers };
}
