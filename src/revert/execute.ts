/**
 * Carrying out a revert through a Forge. Every attempt reads a fresh snapshot of the default branch,
 * decides with planRevert (state, not event), builds the files with planRollback (the release file and
 * the deploy manifests, the bad version held in the same change) and writes them in ONE commit:
 * - `direct`: a compare-and-swap commit on the default branch (the break-glass path; the commit and its
 *   trailers are the record). A lost race re-reads and re-decides, so a concurrent promotion wins.
 * - `pull-request`: the deterministic branch dhow/revert/<env>/<model>/<version>-promoted-<when>, one per
 *   promotion it undoes (a version re-promoted after a revert that drifts again is reverted again), then merged at once; when
 *   the merge must wait (a required check or review), auto-merge is turned on so the forge merges it then.
 *   An open request is updated; a merged one means there is nothing to do; one closed unmerged means a
 *   person rejected the revert, and it is never reopened.
 * A revert that is needed but impossible (no last known good, or it is on hold) fails loudly: the error
 * fails the run, and people are told where they look: a comment on the drifting version's promotion
 * request, or, when there is none (or commenting fails), one issue in the registry repository labelled
 * `dhow-revert-failed`. That issue is one per environment/model/version and reason: repeats of the alert,
 * a restarted bridge or a re-run update the open issue in place. Once a person closes it, dhow leaves it
 * closed and silent for that same version: closing it says "we know, we are on it", and an alert that
 * repeats every few hours must not undo that. Reopening it (or a new version going live) starts the
 * updates again.
 */
import { DhowError } from '../errors.js';
import type { ChangeRequest, Forge } from '../forge/forge.js';
import { silentLogger, type Logger } from '../logger.js';
import { openRequestOnBranch } from '../promote/execute.js';
import { planRollback } from '../promote/plan.js';
import { loadModelState } from '../promote/state.js';
import { releasePath, revertBranch, TRAILERS } from '../registry/paths.js';
import type { ReleaseFile } from '../registry/schemas.js';
import { RegistryReader } from '../registry/store.js';
import type { DriftAlert } from './payload.js';
import { planRevert, type NoRevertReason, type RevertFailure } from './plan.js';

export type RevertMode = 'direct' | 'pull-request';

export interface ExecuteRevertOptions {
  /** Who acts: the bot's or the person's name, written as promoted-by and into the hold. */
  by: string;
  logger?: Logger;
  now?: () => string;
  /** Overrides dhow.yaml `revert.mode`. */
  mode?: RevertMode;
  /** Attempts when the default branch moves under us (each one re-reads the state). */
  maxAttempts?: number;
}

export type RevertOutcome =
  | { outcome: 'reverted'; mode: RevertMode; from: string; to: string; commit: string; request?: ChangeRequest; message: string }
  | { outcome: 'requested'; mode: 'pull-request'; from: string; to: string; request: ChangeRequest; message: string }
  | { outcome: 'nothing'; reason: NoRevertReason | 'already-merged'; message: string }
  | { outcome: 'rejected'; request: ChangeRequest; message: string };

/** The purpose (hidden marker) of the comment that says a revert was impossible. */
export const REVERT_FAILED_MARKER = (alert: DriftAlert) => `revert-failed:${alert.environment}/${alert.model}/${alert.version}`;

/** The purpose (hidden marker) of the issue that says so when there is no request to comment on. */
export const REVERT_FAILED_ISSUE_MARKER = (alert: DriftAlert, reason: RevertFailure) => `${REVERT_FAILED_MARKER(alert)}:${reason}`;

/** The label of those issues (the github forge lists them by it). */
export const REVERT_FAILED_LABEL = 'dhow-revert-failed';

export async function executeRevert(forge: Forge, alert: DriftAlert, options: ExecuteRevertOptions): Promise<RevertOutcome> {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date().toISOString());
  const maxAttempts = options.maxAttempts ?? 5;
  const base = await forge.defaultBranch();
  const subject = `${alert.model} ${alert.version} in ${alert.environment}`;

  for (let attempt = 1; ; attempt++) {
    const reader = await RegistryReader.open(forge, base);
    const config = await reader.config();
    if (!config.environments.some((e) => e.name === alert.environment)) {
      throw new DhowError('not-found', `unknown environment "${alert.environment}": dhow.yaml lists ${config.environments.map((e) => e.name).join(', ')}`, {
        field: 'environment',
      });
    }
    const current = await reader.release(alert.environment, alert.model);
    const wanted = [alert.version, current?.['last-known-good']].filter((v): v is string => Boolean(v));
    const state = await loadModelState(reader, alert.model, { versions: wanted, historyOf: [alert.environment], deployOf: [alert.environment] });
    const at = now();
    const plan = planRevert({ release: current, alertedVersionExists: alert.version in state.versions }, alert, { by: options.by, now: at });

    if (plan.action === 'none') {
      logger.info(`revert ${subject}: ${plan.message}`);
      return { outcome: 'nothing', reason: plan.reason, message: plan.message };
    }
    if (plan.action === 'fail') return failLoudly(forge, alert, plan.reason, plan.message, await promotionRequestOf(forge, reader.ref, current), logger);
    const rollback = planRollback(state, alert.model, alert.environment, {
      to: plan.to,
      by: options.by,
      at,
      reason: plan.hold.reason,
      revertOf: plan.from,
      hold: { version: plan.hold.version, reason: plan.hold.reason, by: plan.hold.by, alert: alert.fingerprint },
    });
    if (!rollback.ok) {
      const why = `${subject} cannot go back to ${plan.to}: ${rollback.reasons.join('; ')}`;
      return failLoudly(forge, alert, 'no-last-known-good', why, await promotionRequestOf(forge, reader.ref, current), logger);
    }

    const mode = options.mode ?? config.revert.mode;
    try {
      if (mode === 'direct') {
        logger.warning(`revert ${subject}: direct mode (break-glass) commits on ${base} without a request`);
        const commit = await forge.commitFiles({
          branch: base,
          expectedHead: reader.ref,
          changes: rollback.changes,
          message: plan.message,
          trailers: plan.trailers,
        });
        logger.info(`revert ${subject}: ${alert.environment} is back on ${plan.to} (${commit.sha.slice(0, 12)})`);
        return { outcome: 'reverted', mode, from: plan.from, to: plan.to, commit: commit.sha, message: plan.message.split('\n')[0]! };
      }

      // planRevert only reverts a live release of the alerted version, so `current` is that promotion.
      const undoes = current!['promoted-at'];
      const branch = revertBranch(alert.environment, alert.model, alert.version, undoes);
      const existing = await forge.findRequest(branch, { state: 'all' });
      if (existing?.state === 'merged') {
        const message = `the revert request ${existing.url ?? existing.id} of ${subject} is already merged: nothing to do`;
        logger.info(message);
        return { outcome: 'nothing', reason: 'already-merged', message };
      }
      if (existing?.state === 'closed') {
        const message = `the revert request ${existing.url ?? existing.id} of ${subject} was closed without merging: a person rejected it, dhow does not reopen it`;
        logger.warning(message);
        return { outcome: 'rejected', request: existing, message };
      }
      const branchHead = await forge.branchHead(branch);
      const commit = await forge.commitFiles({
        branch,
        expectedHead: branchHead,
        ...(branchHead ? { parent: reader.ref } : { from: reader.ref }),
        changes: rollback.changes,
        message: plan.message,
        trailers: plan.trailers,
      });
      // Another run may have merged this revert since we read the state (its request is closed now, so we
      // would open a second one on the same branch and revert twice): the base moved, so read it again.
      const baseNow = await forge.branchHead(base);
      if (baseNow !== reader.ref)
        throw new DhowError('conflict', `${base} moved to ${baseNow?.slice(0, 12) ?? 'nowhere'} since ${reader.ref.slice(0, 12)} was read`);
      const { request } = await openRequestOnBranch(
        forge,
        {
          branch,
          base,
          title: plan.message.split('\n')[0]!,
          body: requestBody(alert, plan.from, plan.to, undoes),
          labels: ['dhow', 'dhow:revert'],
          author: options.by,
        },
        { createdBranch: branchHead === null, sha: commit.sha },
        logger,
      );
      try {
        const merged = await forge.mergeRequest(request.id, {
          expectedHeadSha: commit.sha,
          message: plan.message,
          trailers: plan.trailers,
          mergedBy: options.by,
        });
        logger.info(`revert ${subject}: request ${request.url ?? request.id} merged; ${alert.environment} is back on ${plan.to}`);
        return { outcome: 'reverted', mode, from: plan.from, to: plan.to, commit: merged.sha, request, message: plan.message.split('\n')[0]! };
      } catch (error) {
        if (!(error instanceof DhowError) || error.code !== 'refused') throw error;
        // Not mergeable yet (a required check or review): let the forge merge it the moment it is.
        let autoMerge = '';
        if (forge.enableAutoMerge) {
          try {
            const outcome = await forge.enableAutoMerge(request.id);
            if (outcome.kind === 'enabled') autoMerge = '; auto-merge is on: it merges as soon as its required checks and reviews pass';
            else if (outcome.kind === 'unavailable') autoMerge = `; auto-merge is unavailable: ${outcome.reason}`;
            else {
              logger.info(`revert ${subject}: request ${request.url ?? request.id} merged`);
              return { outcome: 'reverted', mode, from: plan.from, to: plan.to, commit: outcome.sha, request, message: plan.message.split('\n')[0]! };
            }
          } catch (autoError) {
            logger.warning(`could not turn on auto-merge for ${request.url ?? request.id}: ${(autoError as Error).message}`);
          }
        }
        const message = `revert request ${request.url ?? request.id} for ${subject} is open but could not be merged yet: ${error.message}${autoMerge}`;
        logger.warning(message);
        return { outcome: 'requested', mode, from: plan.from, to: plan.to, request, message };
      }
    } catch (error) {
      if (error instanceof DhowError && error.code === 'conflict' && attempt < maxAttempts) {
        logger.info(`revert ${subject}: the registry moved (${error.message}); reading it again (attempt ${attempt + 1})`);
        continue;
      }
      throw error;
    }
  }
}

/** The request that deployed the live release: recorded in the file, or in the Dhow-Request trailer of its last commit. */
async function promotionRequestOf(forge: Forge, ref: string, release: ReleaseFile | null): Promise<string | undefined> {
  if (!release) return undefined;
  if (release.request?.id) return release.request.id;
  const [last] = await forge.history(releasePath(release.environment, release.model), ref, { limit: 1 });
  return last?.trailers[TRAILERS.request];
}

/**
 * Says so where people look (the promotion request of the drifting version; else one issue in the
 * registry repository), then fails. Telling people is best effort: the error is thrown either way.
 */
async function failLoudly(
  forge: Forge,
  alert: DriftAlert,
  reason: RevertFailure,
  message: string,
  requestId: string | undefined,
  logger: Logger,
): Promise<never> {
  // No logger.error here: the error thrown below is what the CLI prints, the action fails with and the
  // bridge logs; logging it too would say everything twice. An alert naming an unknown version is bad
  // input, not news for people: it only fails.
  if (reason !== 'unknown-version') {
    const told = requestId ? await commentOnRequest(forge, alert, message, requestId, logger) : false;
    if (!told) await raiseRevertIssue(forge, alert, reason, message, logger);
  }
  throw new DhowError(reason === 'unknown-version' ? 'not-found' : 'refused', message);
}

async function commentOnRequest(forge: Forge, alert: DriftAlert, message: string, requestId: string, logger: Logger): Promise<boolean> {
  try {
    await forge.upsertComment(
      requestId,
      REVERT_FAILED_MARKER(alert),
      [`**dhow could not revert ${alert.model} in ${alert.environment} automatically.**`, '', message, '', alertLine(alert)].join('\n'),
    );
    return true;
  } catch (error) {
    logger.warning(`could not comment on request ${requestId}: ${(error as Error).message}; raising an issue instead`);
    return false;
  }
}

async function raiseRevertIssue(forge: Forge, alert: DriftAlert, reason: RevertFailure, message: string, logger: Logger): Promise<void> {
  try {
    const { issue, operation } = await forge.raiseIssue({
      marker: REVERT_FAILED_ISSUE_MARKER(alert, reason),
      label: REVERT_FAILED_LABEL,
      title: `dhow could not revert ${alert.model} ${alert.version} in ${alert.environment}`,
      body: [
        `**dhow could not revert ${alert.model} in ${alert.environment} automatically.** ${alert.environment} still runs ${alert.version}, which drifts.`,
        '',
        message,
        '',
        `Last alert: ${alertLine(alert)}`,
        ...(alert.source ? [`Source: ${alert.source}`] : []),
        '',
        `dhow keeps this issue up to date while it is open. Close it once ${alert.version} is handled: dhow will not reopen it or write here again for ${alert.version} in ${alert.environment}, however often the alert repeats; reopen it to hear about further alerts.`,
      ].join('\n'),
    });
    const where = `issue ${issue.url ?? issue.id}`;
    if (issue.state === 'closed') logger.info(`${where} about this was closed by a person: dhow leaves it closed`);
    else if (operation === 'none') logger.info(`${where} already says so`);
    else logger.info(`${operation === 'created' ? 'opened' : 'updated'} ${where} about this`);
  } catch (error) {
    logger.warning(`could not raise an issue in ${forge.description}: ${(error as Error).message}`);
  }
}

function alertLine(alert: DriftAlert): string {
  return `Alert \`${alert.fingerprint}\`, started ${alert['starts-at']}.${alert.summary ? ` ${alert.summary}` : ''}`;
}

function requestBody(alert: DriftAlert, from: string, to: string, undoes: string): string {
  return [
    `Production data drifts away from what **${alert.model} ${from}** was trained on, so dhow puts **${alert.environment}** back on its last known good version **${to}** and holds ${from} until a person lifts the hold.`,
    '',
    '| | |',
    '|---|---|',
    `| Undoes | the promotion of ${from} at ${undoes} |`,
    `| Alert | \`${alert.fingerprint}\` |`,
    `| Started | ${alert['starts-at']} |`,
    ...(alert.summary ? [`| Summary | ${alert.summary.replace(/\|/g, '\\|').replace(/\s+/g, ' ')} |`] : []),
    ...(alert.source ? [`| Source | ${alert.source.replace(/\|/g, '\\|')} |`] : []),
    '',
    'Closing this request without merging rejects the revert: dhow will not reopen it for this promotion of the version.',
  ].join('\n');
}
