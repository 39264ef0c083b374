/**
 * What a rollout decision does to the release file, and the commit that carries it: an advance or a
 * recorded measurement rewrites the rollout state; a promotion drops it (the canary takes all traffic); an
 * abort puts the stable version back as a rollback does (`revert-of` the canary, the canary on hold when it
 * failed). Pure, so the planner's tests can read the exact file and trailers that would be committed.
 */
import { API_VERSION, type ReleaseFile } from '../registry/schemas.js';
import { TRAILERS } from '../registry/paths.js';
import { encodeStepEvidence, ROLLOUT_ANALYSIS_TRAILER, stepEvidence } from './evidence.js';
import type { RolloutDecision } from './plan.js';

/** The trailer naming the rollout action of a commit (advance, record, promote, abort). */
export const ROLLOUT_TRAILER = 'Dhow-Rollout';
/** The trailer naming the step a commit decided: `<canary>@<started-at>#<step>`, so a step is never committed twice. */
export const ROLLOUT_STEP_TRAILER = 'Dhow-Rollout-Step';

export interface ApplyOptions {
  by: string;
  at: string;
  /** The stable version's artifact digest (an abort puts it back). */
  stableDigest?: string;
}

export interface RolloutCommit {
  release: ReleaseFile;
  message: string;
  trailers: Record<string, string>;
}

/** The new release and its commit for a decision, or null when the decision changes nothing. */
export function rolloutCommit(release: ReleaseFile, decision: RolloutDecision, options: ApplyOptions): RolloutCommit | null {
  const rollout = release.rollout;
  if (!rollout) return null;
  const { model, environment } = release;
  const body = decision.reasons.join('\n');
  const stepId = `${rollout.canary}@${rollout['started-at']}#${rollout.step}`;
  // The analysis the decision rests on travels with its commit: the history is the record reviewers read back.
  const analysed = decision.outcomes.length > 0 || decision.ab !== undefined;
  const evidence: Record<string, string> = analysed ? { [ROLLOUT_ANALYSIS_TRAILER]: encodeStepEvidence(stepEvidence(rollout, decision, options.at)) } : {};
  const trailers = (version: string, action: string, extra: Record<string, string> = {}) => ({
    [TRAILERS.model]: model,
    [TRAILERS.version]: version,
    [TRAILERS.environment]: environment,
    [ROLLOUT_TRAILER]: action,
    [ROLLOUT_STEP_TRAILER]: stepId,
    ...extra,
    ...evidence,
  });
  switch (decision.action) {
    case 'none':
      return null;
    case 'wait':
      if (!decision.rollout) return null;
      return {
        release: { ...release, rollout: decision.rollout },
        message: `Record the analysis of ${model} ${rollout.canary} in ${environment} (step ${rollout.step + 1}, ${rollout.weight}%)\n\n${body}`,
        trailers: trailers(release.version, 'record'),
      };
    case 'advance':
      return {
        release: { ...release, rollout: decision.rollout! },
        message: `Shift ${decision.rollout!.weight}% of ${model} traffic in ${environment} to ${rollout.canary} (step ${decision.rollout!.step + 1})\n\n${body}`,
        trailers: trailers(release.version, 'advance'),
      };
    case 'promote': {
      const { rollout: _done, ...rest } = release;
      return {
        release: rest,
        message: `Promote ${model} ${rollout.canary} to all traffic in ${environment}\n\n${body}`,
        trailers: trailers(release.version, 'promote'),
      };
    }
    case 'abort': {
      if (!options.stableDigest) throw new TypeError('an abort needs the stable version digest');
      const hold = decision.hold
        ? [{ version: rollout.canary, reason: `rollout aborted: ${decision.reasons[0] ?? 'analysis failed'}`.slice(0, 2000), by: options.by, at: options.at }]
        : [];
      const back: ReleaseFile = {
        apiVersion: API_VERSION,
        kind: 'Release',
        model,
        environment,
        version: rollout.stable,
        digest: options.stableDigest,
        previous: rollout.canary,
        ...(release['last-known-good'] ? { 'last-known-good': release['last-known-good'] } : {}),
        holds: hold.length > 0 ? [...release.holds.filter((h) => h.version !== rollout.canary), ...hold] : release.holds,
        'revert-of': rollout.canary,
        'promoted-by': options.by,
        'promoted-at': options.at,
      };
      return {
        release: back,
        message: `Abort the rollout of ${model} ${rollout.canary} in ${environment}: back to ${rollout.stable}\n\n${body}`,
        trailers: trailers(rollout.stable, 'abort', { [TRAILERS.revertOf]: rollout.canary }),
      };
    }
  }
}

/**
 * A rollout is written into the release file with its promotion request, but it begins when the request
 * merges: while no rollout commit has touched the file since (its latest commit carries no Dhow-Rollout
 * trailer), the first step starts at that commit's date. The first rollout commit writes the date down.
 */
export function begunAtMerge(release: ReleaseFile, latest: { date: string; trailers: Record<string, string> } | undefined): ReleaseFile {
  const rollout = release.rollout;
  if (!rollout || rollout.step !== 0 || !latest || latest.trailers[ROLLOUT_TRAILER] !== undefined) return release;
  const merged = Date.parse(latest.date);
  if (!Number.isFinite(merged) || merged <= Date.parse(rollout['step-started-at'])) return release;
  const at = new Date(merged).toISOString();
  return { ...release, rollout: { ...rollout, 'started-at': at, 'step-started-at': at } };
}
