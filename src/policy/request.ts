/**
 * Judging one request through any Forge: gathers what the policy engine needs (the request, its changed
 * files, its reviews with the roles of those whose review could count, the registry on the request's
 * base, the release history of the environment before) with as few reads as the forge allows, re-makes
 * the plan on the base and calls evaluatePolicy. The local `dhow merge` and GitHub's `policy-check` both
 * call this, so they refuse the same things. A request that is neither a promotion nor a revert is judged
 * by the files it touches: none of the registry's governed files, or it is refused.
 */
import { DhowError } from '../errors.js';
import type { ChangeRequest, Forge, Permission, Review } from '../forge/forge.js';
import { planHold, planUnhold, type HoldState } from '../promote/hold-plan.js';
import { planPromotion, planRollback, type ModelState, type Plan } from '../promote/plan.js';
import { environmentBefore, loadModelState } from '../promote/state.js';
import { parseRegistryFile, serializeRegistryFile } from '../registry/files.js';
import { CONFIG_PATH, promotionStamp, releasePath } from '../registry/paths.js';
import type { EnvironmentPolicy, ReleaseFile } from '../registry/schemas.js';
import { RegistryReader, type ReleaseHistoryEntry } from '../registry/store.js';
import { evaluatePolicy, gateEvidenceOfFile, type GateEvidence, type JudgedReview, type PolicyVerdict, type Reason, type ReleaseStint } from './engine.js';

const PROMOTION_BRANCH = /^dhow\/promote\/([^/]+)\/([^/]+)$/;
/** dhow/hold/<env>/<model>/<version> and dhow/unhold/... (holdBranch). */
const HOLD_BRANCH = /^dhow\/(hold|unhold)\/([^/]+)\/([^/]+)\/([^/]+)$/;
/** dhow/revert/<env>/<model>/<version>-promoted-<stamp> (revertBranch); the older form had no stamp. */
const REVERT_BRANCH = /^dhow\/revert\/([^/]+)\/([^/]+)\/([^/]+?)(?:-promoted-(\d{8}T\d{6}(?:\d{1,3})?Z))?$/;

export type RequestKind =
  | { kind: 'promotion'; environment: string; model: string }
  | {
      kind: 'rollback';
      environment: string;
      model: string;
      /** The version being reverted. */
      version: string;
      /** The promotion it undoes (promotionStamp of that release's promoted-at), when the branch names it. */
      promoted?: string;
    }
  | (HoldRequest & { kind: 'hold' })
  | (HoldRequest & { kind: 'unhold' })
  | { kind: 'other' };

interface HoldRequest {
  environment: string;
  model: string;
  /** The version held, or whose hold is lifted. */
  version: string;
}

/** What a request is, from its branch name: a dhow promotion, revert, hold or unhold, or anything else. */
export function requestKindOf(branch: string): RequestKind {
  const promotion = PROMOTION_BRANCH.exec(branch);
  if (promotion) return { kind: 'promotion', environment: promotion[1]!, model: promotion[2]! };
  const revert = REVERT_BRANCH.exec(branch);
  if (revert) return { kind: 'rollback', environment: revert[1]!, model: revert[2]!, version: revert[3]!, ...(revert[4] ? { promoted: revert[4] } : {}) };
  const hold = HOLD_BRANCH.exec(branch);
  if (hold) return { kind: hold[1] === 'hold' ? 'hold' : 'unhold', environment: hold[2]!, model: hold[3]!, version: hold[4]! };
  return { kind: 'other' };
}

/** Files only dhow's own requests may change: releases, manifests, version records, gate evidence, the policy, workflows. */
export function governedFiles(paths: string[]): string[] {
  return paths.filter((p) => p === CONFIG_PATH || /^(releases|deploy|gates|\.github)\//.test(p) || /^models\/[^/]+\/versions\//.test(p)).sort();
}

export interface Judgement {
  request: ChangeRequest;
  kind: RequestKind;
  satisfied: boolean;
  reasons: Reason[];
  approvers: string[];
  /** The engine's verdict (absent for requests that are not dhow's). */
  verdict?: PolicyVerdict;
  /** The release the request puts live, as its head holds it. */
  release?: ReleaseFile;
  environmentPolicy?: EnvironmentPolicy;
}

export interface JudgeOptions {
  /** ISO 8601: the time soak is measured to. */
  now: string;
  /** Accounts whose reviews never count beside bots. */
  ignore?: string[];
  /** Where team membership is read (a token with read:org); default the forge itself. */
  teams?: Pick<Forge, 'isTeamMember' | 'teamMembersAmong'>;
}

const key = (login: string) => login.trim().toLowerCase();

/** Each reviewer's latest review that is not a plain comment (the one GitHub counts). */
function latestDecisive(reviews: Review[]): Review[] {
  const latest = new Map<string, Review>();
  const ordered = reviews.map((r, i) => ({ r, i })).sort((a, b) => a.r.submittedAt.localeCompare(b.r.submittedAt) || a.i - b.i);
  for (const { r } of ordered) if (r.state !== 'commented') latest.set(key(r.reviewer), r);
  return [...latest.values()];
}

/** Stints of a version in an environment from its release history (newest first). */
export function stintsOf(history: Pick<ReleaseHistoryEntry, 'date' | 'release'>[]): ReleaseStint[] {
  const stints: ReleaseStint[] = [];
  // Walk oldest to newest: a stint starts at the first commit that made the version live and ends at the
  // first one that made another version (or nothing) live.
  const chronological = [...history].reverse();
  let open: ReleaseStint | undefined;
  for (const entry of chronological) {
    const version = entry.release?.version;
    if (open && open.version !== version) {
      open.until = entry.date;
      stints.push(open);
      open = undefined;
    }
    if (version && !open) open = { version, since: entry.date };
  }
  if (open) stints.push(open);
  return stints.reverse();
}

async function readAll(forge: Forge, paths: string[], ref: string): Promise<(string | null)[]> {
  return forge.readFiles ? forge.readFiles(paths, ref) : Promise.all(paths.map((p) => forge.readFile(p, ref)));
}

/** Reviewers whose role could matter: their latest review approves the head, or blocks. */
function rolesWanted(reviews: Review[], headSha: string, skip: Set<string>): string[] {
  return latestDecisive(reviews)
    .filter((r) => !skip.has(key(r.reviewer)) && !r.bot && ((r.state === 'approved' && r.commitSha === headSha) || r.state === 'changes_requested'))
    .map((r) => r.reviewer);
}

/** Reviewers whose latest review approves the head: the only ones whose team membership could count. */
function headApprovers(reviews: Review[], headSha: string, skip: Set<string>): string[] {
  return latestDecisive(reviews)
    .filter((r) => !skip.has(key(r.reviewer)) && r.state === 'approved' && r.commitSha === headSha && !r.bot)
    .map((r) => r.reviewer);
}

/** Every team an environment names, as a listed reviewer or a required approver group. */
function namedTeams(environment: EnvironmentPolicy): string[] {
  return [...new Set([...environment.reviewers.teams, ...(environment['required-approvers'] ?? []).flatMap((g) => ('team' in g ? [g.team] : []))])];
}

function withRoles(reviews: Review[], roles: Map<string, Permission>): JudgedReview[] {
  const byKey = new Map([...roles].map(([login, role]) => [key(login), role]));
  return reviews.map((r) => {
    const permission = byKey.get(key(r.reviewer));
    return permission === undefined ? r : { ...r, permission };
  });
}

/** Looks up roles only for reviewers whose latest review could count (approves the head, or blocks). */
async function withPermissions(forge: Forge, reviews: Review[], headSha: string, skip: Set<string>): Promise<JudgedReview[]> {
  const wanted = rolesWanted(reviews, headSha, skip);
  const roles = new Map<string, Permission>();
  if (forge.permissionsOf && wanted.length > 0) {
    // One query for every reviewer: the cost stays constant in the number of reviews.
    for (const [login, role] of await forge.permissionsOf(wanted)) roles.set(login, role);
  } else await Promise.all(wanted.map(async (login) => roles.set(login, await forge.permissionOf(login))));
  return withRoles(reviews, roles);
}

/** Members (among the reviewers who approved the head) of every team the environment names. */
async function teamMembers(
  teams: Pick<Forge, 'isTeamMember' | 'teamMembersAmong'>,
  named: string[],
  reviews: Review[],
  headSha: string,
  skip: Set<string>,
): Promise<Record<string, string[]>> {
  if (named.length === 0) return {};
  const candidates = headApprovers(reviews, headSha, skip);
  // One query for every (team, approver) where the forge can: the cost stays constant in the number of reviews.
  if (teams.teamMembersAmong) return candidates.length ? teams.teamMembersAmong(named, candidates) : Object.fromEntries(named.map((t) => [t, []]));
  const members: Record<string, string[]> = {};
  await Promise.all(
    named.map(async (team) => {
      const found: string[] = [];
      for (const login of candidates) if (await teams.isTeamMember(team, login)) found.push(login);
      members[team] = found;
    }),
  );
  return members;
}

/**
 * The reviewers' roles and the teams' members among the approvers. Where the same token reads both and
 * the forge can, one query answers both (issue 10: a policy check costs the same whatever the reviews).
 */
async function rolesAndTeams(
  forge: Forge,
  teamReader: Pick<Forge, 'isTeamMember' | 'teamMembersAmong'>,
  named: string[],
  reviews: Review[],
  headSha: string,
  skip: Set<string>,
): Promise<{ judged: JudgedReview[]; teams: Record<string, string[]> }> {
  if (named.length > 0 && teamReader === forge && forge.reviewersOf) {
    const both = await forge.reviewersOf(rolesWanted(reviews, headSha, skip), named, headApprovers(reviews, headSha, skip));
    return { judged: withRoles(reviews, both.roles), teams: both.members };
  }
  const judged = await withPermissions(forge, reviews, headSha, skip);
  return { judged, teams: await teamMembers(teamReader, named, reviews, headSha, skip) };
}

function releaseOnHead(request: ChangeRequest, path: string, text: string | null): ReleaseFile | null {
  return text === null ? null : parseRegistryFile('Release', `${request.branch}:${path}`, text);
}

/**
 * The plan of a hold change re-made on the base: today's release with exactly that one hold added (its
 * reason, who and when as the request's head states them: they are the requester's to say) or removed.
 */
function planHoldChange(action: 'hold' | 'unhold', state: HoldState, version: string, head: ReleaseFile, id: string): Plan {
  const input = { model: state.model, environment: head.environment, version, reason: '' };
  if (action === 'unhold') {
    const plan = planUnhold(state, input);
    if (plan.ok && plan.change === 'none')
      return { ok: false, reasons: [`${state.model} ${version} is not held in ${input.environment}: there is no hold to lift`] };
    return plan.ok ? { ok: true, changes: plan.changes, release: plan.release } : plan;
  }
  const asked = head.holds.find((h) => h.version === version);
  if (!asked)
    return { ok: false, reasons: [`#${id} does not hold ${version} in ${releasePath(input.environment, state.model)}: it is not the hold its branch names`] };
  const plan = planHold(state, { ...input, reason: asked.reason }, { by: asked.by, at: asked.at });
  if (!plan.ok) return plan;
  if (plan.change === 'none') return { ok: false, reasons: [`${state.model} ${version} is already held in ${input.environment}: there is nothing to add`] };
  const release: ReleaseFile = { ...state.release!, holds: [...state.release!.holds, asked] };
  return { ok: true, release, changes: [{ path: releasePath(input.environment, state.model), content: serializeRegistryFile(release) }] };
}

/** Judges request `id` of `forge` against the registry's policy on the request's base. */
export async function judgeRequest(forge: Forge, id: string, options: JudgeOptions): Promise<Judgement> {
  const request = await forge.getRequest(id);
  if (request.state !== 'open') throw new DhowError('refused', `request ${id} is ${request.state}: nothing to judge`);
  const kind = requestKindOf(request.branch);
  const registry = forge.description;
  const origin = request.headRepository ?? registry;

  if (kind.kind === 'other') {
    const changed = await forge.changedFiles(id);
    const governed = governedFiles(changed);
    const reasons: Reason[] = governed.length
      ? [
          {
            code: 'unplanned-files',
            message: `#${id} changes ${governed.slice(0, 5).join(', ')}${governed.length > 5 ? ` and ${governed.length - 5} more` : ''}: only dhow's promotion and revert requests may change releases, deploy manifests, version records, dhow.yaml or .github`,
          },
        ]
      : [];
    return { request, kind, satisfied: reasons.length === 0, reasons, approvers: [] };
  }

  const { environment, model } = kind;
  const path = releasePath(environment, model);
  const [reviews, changedFiles, reader, [headText]] = await Promise.all([
    forge.listReviews(id),
    forge.changedFiles(id),
    RegistryReader.open(forge, request.base),
    readAll(forge, [path], request.headSha),
  ]);
  const release = releaseOnHead(request, path, headText!);
  const config = await reader.config();
  const environmentPolicy = config.environments.find((e) => e.name === environment);
  const envs = config.environments.map((e) => e.name);

  const atHead = new Map<string, string | null>();
  const prefetch = async (paths: string[]) => {
    const texts = paths.length ? await readAll(forge, paths, request.headSha) : [];
    paths.forEach((p, i) => atHead.set(p, texts[i] ?? null));
  };
  let plan: Plan;
  let state: ModelState | undefined;
  let history: ReleaseHistoryEntry[] = [];
  let evidence: Record<string, GateEvidence> | undefined;
  if (!release) {
    plan = { ok: false, reasons: [`#${id} does not hold ${path}: it is not a ${kind.kind} dhow made`] };
  } else if (kind.kind === 'promotion') {
    const before = environmentBefore(envs, environment);
    // The request's own files are read in the same round trip as the base's state (a batching forge
    // answers both in one query); a planned path the request does not change is read later, if ever.
    // Gate evidence is read on the base: a request cannot bring its own (it would change gates/, unplanned).
    const [loaded, recorded] = await Promise.all([
      loadModelState(reader, model, { versions: [release.version], deployOf: [environment] }),
      reader.gateEvidenceByEnvironment(model, release.version, envs),
      prefetch(changedFiles),
    ]);
    evidence = Object.fromEntries(Object.entries(recorded).map(([env, file]) => [env, gateEvidenceOfFile(file)]));
    // The history of the environment before: for the order (a version no longer live there) and for soak.
    const needHistory = before && (environmentPolicy?.soak || loaded.releases[before]?.version !== release.version);
    history = needHistory ? await reader.releaseHistory(before!, model) : [];
    state = before && needHistory ? { ...loaded, history: { [before]: history.map((e) => e.release).filter((r): r is ReleaseFile => r !== null) } } : loaded;
    plan = planPromotion(state, model, release.version, environment, config, { by: release['promoted-by'], at: release['promoted-at'] });
  } else if (kind.kind === 'hold' || kind.kind === 'unhold') {
    const [current, modelFile, record] = await Promise.all([
      reader.release(environment, model),
      reader.model(model),
      reader.version(model, kind.version),
      prefetch(changedFiles),
    ]);
    plan = planHoldChange(
      kind.kind,
      { config, model, modelKnown: modelFile !== null, versionKnown: record !== null, release: current ?? undefined },
      kind.version,
      release,
      id,
    );
  } else {
    const [current] = await Promise.all([reader.release(environment, model), prefetch(changedFiles)]);
    const target = current?.['last-known-good'];
    state = await loadModelState(reader, model, { versions: target ? [target] : [], historyOf: [environment], deployOf: [environment] });
    const hold = release.holds.find((h) => h.version === kind.version);
    if (!current || current.version !== kind.version)
      plan = { ok: false, reasons: [`${environment} runs ${current?.version ?? 'nothing'} of ${model}, not ${kind.version}: there is nothing to revert`] };
    else if (kind.promoted && promotionStamp(current['promoted-at']) !== kind.promoted) {
      // The request undoes an earlier promotion of the same version (reverted, then promoted again).
      plan = {
        ok: false,
        reasons: [
          `#${id} undoes the promotion of ${model} ${kind.version} made at ${kind.promoted}, but the one live in ${environment} was made at ${current['promoted-at']}: a new alert opens a new revert request`,
        ],
      };
    } else if (!target) plan = { ok: false, reasons: [`${environment} has no last known good version of ${model} to revert to`] };
    else if (release.version !== target)
      plan = { ok: false, reasons: [`#${id} puts ${release.version} live, not ${environment}'s last known good version ${target}`] };
    else {
      // A revert always holds the version it replaces: one without the hold differs from the plan.
      const held = hold ?? { version: kind.version, reason: `reverted by #${id}`, by: release['promoted-by'] };
      plan = planRollback(state, model, environment, {
        to: target,
        by: release['promoted-by'],
        at: release['promoted-at'],
        reason: held.reason,
        revertOf: kind.version,
        hold: { version: held.version, reason: held.reason, by: held.by, ...(hold?.alert ? { alert: hold.alert } : {}) },
      });
    }
  }

  const plannedPaths = plan.ok ? plan.changes.map((c) => c.path) : [];
  await prefetch(plannedPaths.filter((p) => !atHead.has(p)));
  const files: Record<string, string | null> = Object.fromEntries(plannedPaths.map((p) => [p, atHead.get(p) ?? null]));

  // A hold change leaves promoted-by as it was (someone else's promotion): its requester is the author.
  const holdChange = kind.kind === 'hold' || kind.kind === 'unhold';
  const promotedBy = holdChange ? request.author : (release?.['promoted-by'] ?? request.author);
  const requesters = new Set([key(request.author), key(promotedBy), ...(options.ignore ?? []).map(key)]);
  // Roles matter only where approvals do: a revert or a hold needs none, so it costs no lookups.
  const approved = kind.kind === 'promotion' || kind.kind === 'unhold';
  const { judged, teams } = approved
    ? await rolesAndTeams(forge, options.teams ?? forge, environmentPolicy ? namedTeams(environmentPolicy) : [], reviews, request.headSha, requesters)
    : { judged: reviews as JudgedReview[], teams: {} };
  const version = kind.kind === 'hold' || kind.kind === 'unhold' ? kind.version : (release?.version ?? (kind.kind === 'rollback' ? kind.version : '?'));
  const verdict = evaluatePolicy({
    change: { kind: kind.kind, environment, model, version, promotedBy, plan },
    config,
    ...(state?.versions[version] ? { record: state.versions[version] } : {}),
    ...(evidence ? { evidence } : {}),
    request: { id, headSha: request.headSha, headRepository: origin, baseRepository: registry, author: request.author, changedFiles, files, reviews: judged },
    teams,
    previousStints: stintsOf(history),
    now: options.now,
    ...(options.ignore ? { ignore: options.ignore } : {}),
  });
  return {
    request,
    kind,
    satisfied: verdict.satisfied,
    reasons: verdict.reasons,
    approvers: verdict.approvers,
    verdict,
    ...(release ? { release } : {}),
    ...(environmentPolicy ? { environmentPolicy } : {}),
  };
}
