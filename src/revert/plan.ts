/**
 * Deciding a revert, purely. The decision is taken from the registry's STATE (what runs in the
 * environment now, since when, and what its last known good is), never from the event alone, so a
 * repeated, late or replayed alert does nothing twice and a newer promotion is never undone.
 */
import type { ReleaseFile, Hold } from '../registry/schemas.js';
import { TRAILERS } from '../registry/paths.js';
import type { DriftAlert } from './payload.js';

export interface RevertState {
  /** releases/<environment>/<model>.yaml at the head of the default branch; null when never released there. */
  release: ReleaseFile | null;
  /** Whether models/<model>/versions/<alerted version>.yaml exists. */
  alertedVersionExists: boolean;
}

export interface RevertContext {
  /** Who acts (the bot or the person running `dhow revert`). */
  by: string;
  /** The time of the decision (ISO 8601), recorded in the hold. */
  now: string;
}

/** Why nothing needs to be done: each is a normal outcome of a repeated, late or stale alert. */
export type NoRevertReason =
  | 'not-deployed' // the model has no release in that environment
  | 'not-live' // the environment no longer runs the alerted version (already reverted, or promoted since)
  | 'predates-promotion' // the alert started before the alerted version was (last) promoted
  | 'would-undo-revert'; // the live release is itself a revert away from the last known good

/** Why a revert is needed but impossible: these are reported loudly. */
export type RevertFailure = 'unknown-version' | 'no-last-known-good' | 'last-known-good-held';

export type RevertPlan =
  | {
      action: 'revert';
      model: string;
      environment: string;
      /** The drifting version that runs now. */
      from: string;
      /** The release's last known good. */
      to: string;
      /** The hold placed on `from` in the same commit. */
      hold: Hold;
      message: string;
      trailers: Record<string, string>;
    }
  | { action: 'none'; reason: NoRevertReason; message: string }
  | { action: 'fail'; reason: RevertFailure; message: string };

export function planRevert(state: RevertState, alert: DriftAlert, context: RevertContext): RevertPlan {
  const { model, environment, version } = alert;
  const subject = `${model} in ${environment}`;
  if (!state.alertedVersionExists) {
    return { action: 'fail', reason: 'unknown-version', message: `version "${version}" of model "${model}" does not exist in the registry` };
  }
  const release = state.release;
  if (!release) {
    return { action: 'none', reason: 'not-deployed', message: `${subject} has no release: nothing to revert` };
  }
  if (release.version !== version) {
    return {
      action: 'none',
      reason: 'not-live',
      message: `${subject} runs ${release.version}, not ${version}: nothing to revert`,
    };
  }
  if (Date.parse(alert['starts-at']) < Date.parse(release['promoted-at'])) {
    return {
      action: 'none',
      reason: 'predates-promotion',
      message: `the alert started at ${alert['starts-at']}, before ${version} was promoted at ${release['promoted-at']}: it is about an earlier deployment`,
    };
  }
  const target = release['last-known-good'];
  if (target !== undefined && target === release['revert-of']) {
    return {
      action: 'none',
      reason: 'would-undo-revert',
      message: `${subject} runs ${version} because ${target} was reverted; a drift alert never reverts a revert`,
    };
  }
  if (target === undefined || target === version) {
    return {
      action: 'fail',
      reason: 'no-last-known-good',
      message: `${subject} runs ${version}, which drifts (alert ${alert.fingerprint}), but its release records no last known good version to go back to: put it back by hand with "dhow rollback --to VERSION"`,
    };
  }
  if (release.holds.some((hold) => hold.version === target)) {
    return {
      action: 'fail',
      reason: 'last-known-good-held',
      message: `${subject}: the last known good version ${target} is on hold, so dhow will not go back to it; decide by hand`,
    };
  }
  const summary = alert.summary ? `: ${alert.summary}` : '';
  const hold: Hold = {
    version,
    reason: `drift alert ${alert.fingerprint}${summary}`.slice(0, 2000),
    by: context.by,
    at: context.now,
    alert: alert.fingerprint,
  };
  return {
    action: 'revert',
    model,
    environment,
    from: version,
    to: target,
    hold,
    message: revertMessage(alert, version, target),
    trailers: {
      [TRAILERS.model]: model,
      [TRAILERS.version]: target,
      [TRAILERS.environment]: environment,
      [TRAILERS.alert]: alert.fingerprint,
      [TRAILERS.revertOf]: version,
    },
  };
}

function revertMessage(alert: DriftAlert, from: string, to: string): string {
  const lines = [
    `revert(${alert.environment}): ${alert.model} ${from} -> ${to} on drift alert`,
    '',
    `${from} drifts in ${alert.environment} (alert ${alert.fingerprint}, started ${alert['starts-at']}).`,
    `Back to the last known good version ${to}; ${from} is on hold until a person lifts the hold.`,
  ];
  if (alert.summary) lines.push('', alert.summary.replace(/\s+/g, ' ').trim());
  if (alert.source) lines.push('', `Source: ${alert.source}`);
  return lines.join('\n');
}

/**
 * The release file after a revert: forward to the last known good (not a git revert), the drifting
 * version held, the revert recorded. The caller supplies the digest of the target version's record.
 */
export function revertedRelease(
  release: ReleaseFile,
  plan: Extract<RevertPlan, { action: 'revert' }>,
  targetDigest: string,
  context: RevertContext,
): ReleaseFile {
  const holds = release.holds.filter((hold) => hold.version !== plan.hold.version);
  const next: ReleaseFile = {
    ...release,
    version: plan.to,
    digest: targetDigest,
    previous: plan.from,
    'last-known-good': plan.to,
    holds: [...holds, plan.hold],
    'revert-of': plan.from,
    'promoted-by': context.by,
    'promoted-at': context.now,
  };
  delete next.request;
  // A drift revert during a rollout ends it: the stable version takes all traffic again (issue 15).
  delete next.rollout;
  return next;
}
