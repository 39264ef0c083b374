/**
 * The promotion audit trail of an environment (ISO/IEC 42001 event logs): every request, approval (with
 * the commit it approved, stale ones marked as voided), merge, rollback, drift revert, drift alert and
 * hold, and every recorded gate attempt (gates/<env>/<model>/<version>.yaml), oldest first. Every row names
 * a commit: the release commit, the request commit a review was given on, or the commit that recorded the
 * gate attempt, so each can be checked with `git show`.
 */
import { gateEvidencePath } from '../registry/paths.js';
import type { GateEvidenceFile, Hold } from '../registry/schemas.js';
import { TRAILERS } from '../registry/paths.js';
import { approvalsOf } from './approvals.js';
import type { EnvironmentEvidence, ModelEvidence, ReleaseEvent } from './snapshot.js';
import { notBefore, utc } from './time.js';

export type AuditEventKind =
  | 'request'
  | 'approval'
  | 'stale-approval'
  | 'changes-requested'
  | 'promotion'
  | 'rollback'
  | 'drift-alert'
  | 'revert'
  | 'hold'
  | 'hold-lifted'
  | 'removal'
  | 'gate-attempt';

export interface AuditRow {
  at: string;
  model: string;
  environment: string;
  event: AuditEventKind;
  version: string | null;
  actor: string;
  commit: string;
  request: string | null;
  detail: string;
}

export const AUDIT_COLUMNS = [
  'at',
  'model',
  'environment',
  'event',
  'version',
  'actor',
  'commit',
  'request',
  'detail',
] as const satisfies readonly (keyof AuditRow)[];

/** A version's gate evidence in the environment, with the commits that wrote the file, oldest first. */
export interface GateEvidenceHistory {
  file: GateEvidenceFile;
  commits: string[];
}

/** The trail of one model in one environment, oldest first; `since` drops earlier rows. */
export function buildAuditTrail(model: string, env: EnvironmentEvidence, since?: string, gates: GateEvidenceHistory[] = []): AuditRow[] {
  const rows: AuditRow[] = [];
  for (const event of env.history) rows.push(...eventRows(model, env.environment, event));
  for (const evidence of gates) rows.push(...attemptRows(model, env.environment, evidence));
  // Reviews happen before the merge that counts them; a stable sort keeps same-second rows in causal order.
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.at.localeCompare(b.row.at) || a.i - b.i)
    .map(({ row }) => row)
    .filter((r) => notBefore(r.at, since));
}

function eventRows(model: string, environment: string, event: ReleaseEvent): AuditRow[] {
  const rows: AuditRow[] = [];
  const release = event.release;
  const version = release?.version ?? event.before?.version ?? null;
  const base = { model, environment, version, request: event.request?.id ?? null };
  const request = event.request;
  if (request) {
    rows.push({ ...base, at: utc(request.proposedAt ?? event.date), event: 'request', actor: request.author, commit: request.headSha, detail: request.title });
    for (const approval of approvalsOf(request)) {
      rows.push({
        ...base,
        at: utc(approval.at),
        event: approval.stale ? 'stale-approval' : 'approval',
        actor: approval.reviewer,
        commit: approval.commit,
        detail: approval.stale
          ? `voided: approved ${approval.commit.slice(0, 8)}, not the merged head ${request.headSha.slice(0, 8)}`
          : 'approved the merged head',
      });
    }
    for (const review of request.reviews.filter((r) => r.state === 'changes_requested')) {
      rows.push({
        ...base,
        at: utc(review.submittedAt),
        event: 'changes-requested',
        actor: review.reviewer,
        commit: review.commitSha,
        detail: review.body ?? '',
      });
    }
  }
  const at = utc(event.date);
  const alert = event.trailers[TRAILERS.alert];
  if (alert !== undefined)
    rows.push({
      ...base,
      at,
      event: 'drift-alert',
      actor: event.author,
      commit: event.commit,
      detail: `alert ${alert} on ${release?.['revert-of'] ?? event.before?.version ?? '?'}`,
    });
  if (release === null) rows.push({ ...base, at, event: 'removal', actor: event.author, commit: event.commit, detail: event.subject });
  else if (release['revert-of'] !== undefined) {
    rows.push({
      ...base,
      at,
      event: alert !== undefined ? 'revert' : 'rollback',
      actor: event.author,
      commit: event.commit,
      detail: `${release['revert-of']} -> ${release.version}: ${event.subject}`,
    });
  } else {
    const from = release.previous ?? event.before?.version;
    rows.push({
      ...base,
      at,
      event: 'promotion',
      actor: event.author,
      commit: event.commit,
      detail: from ? `${from} -> ${release.version}` : `first release: ${release.version}`,
    });
  }
  const key = (h: Hold) => `${h.version}\u0000${h.at}`;
  const had = new Map((event.before?.holds ?? []).map((h) => [key(h), h]));
  const has = new Map((release?.holds ?? []).map((h) => [key(h), h]));
  for (const [k, hold] of has) {
    if (!had.has(k)) rows.push({ ...base, version: hold.version, at: utc(hold.at), event: 'hold', actor: hold.by, commit: event.commit, detail: hold.reason });
  }
  for (const [k, hold] of had) {
    if (!has.has(k))
      rows.push({
        ...base,
        version: hold.version,
        at,
        event: 'hold-lifted',
        actor: event.author,
        commit: event.commit,
        detail: `lifted the hold of ${hold.at}: ${hold.reason}`,
      });
  }
  return rows;
}

/**
 * One row per gate attempt. Each recording appends one attempt in one commit, so attempt i was written by
 * the i-th commit of the file; where the counts differ (a file written otherwise), every attempt names the
 * file's last commit, which holds them all.
 */
function attemptRows(model: string, environment: string, { file, commits }: GateEvidenceHistory): AuditRow[] {
  const path = gateEvidencePath(environment, model, file.version);
  const n = file.attempts.length;
  return file.attempts.map((attempt, i) => ({
    at: utc(attempt['recorded-at']),
    model,
    environment,
    event: 'gate-attempt' as const,
    version: file.version,
    actor: attempt['recorded-by'],
    commit: (commits.length === n ? commits[i] : commits.at(-1)) ?? '',
    request: null,
    detail: `${attempt.verdict}: attempt ${i + 1} of ${n} in ${path}${attempt['run-url'] ? `, run ${attempt['run-url']}${attempt['run-attempt'] ? ` (attempt ${attempt['run-attempt']})` : ''}` : ''}`,
  }));
}

/** The gate evidence histories of a model in one environment, for buildAuditTrail. */
export function gateHistoriesOf(model: ModelEvidence, environment: string): GateEvidenceHistory[] {
  return model.versions.flatMap((v) => {
    const file = model.gates[v.version]?.[environment];
    return file ? [{ file, commits: model.gateCommits[v.version]?.[environment] ?? [] }] : [];
  });
}
