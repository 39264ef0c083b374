/**
 * Reads a rollout's evidence back from the registry history: the commits of the release file whose step
 * trailer names this rollout (its canary and start) carry each recorded step's analysis, and the latest merge
 * of a promotion request (its Dhow-Request trailer) names the request that started it. One history read,
 * however many steps went before; steps are returned oldest first.
 */
import type { CommitInfo, RegistrySource } from '../registry/repository.js';
import { releasePath } from '../registry/paths.js';
import type { RolloutState } from '../registry/rollout-schemas.js';
import { TRAILERS } from '../registry/paths.js';
import { decodeStepEvidence, ROLLOUT_ANALYSIS_TRAILER, type StepEvidence } from './evidence.js';
import { ROLLOUT_STEP_TRAILER } from './release.js';

/** Enough for 20 steps with their recorded failed and inconclusive measurements; older ones are not shown. */
const HISTORY_LIMIT = 200;

export interface RolloutHistory {
  steps: StepEvidence[];
  /** The promotion request whose merge started the rollout, when the history names it. */
  request?: string;
}

export async function rolloutHistory(
  source: RegistrySource,
  at: { model: string; environment: string; ref: string },
  rollout: Pick<RolloutState, 'canary' | 'started-at'>,
): Promise<RolloutHistory> {
  return rolloutHistoryOf(await source.history(releasePath(at.environment, at.model), at.ref, { limit: HISTORY_LIMIT }), rollout);
}

/** A rollout's evidence in commits of its release file already read (newest first, as `history` returns them). */
export function rolloutHistoryOf(commits: CommitInfo[], rollout: Pick<RolloutState, 'canary' | 'started-at'>): RolloutHistory {
  const prefix = `${rollout.canary}@${rollout['started-at']}#`;
  const steps = commits
    .filter((c) => c.trailers[ROLLOUT_STEP_TRAILER]?.startsWith(prefix))
    .flatMap((c) => decodeStepEvidence(c.trailers[ROLLOUT_ANALYSIS_TRAILER], c.sha) ?? [])
    .reverse();
  const request = commits.find((c) => c.trailers[TRAILERS.request] !== undefined)?.trailers[TRAILERS.request];
  return { steps, ...(request ? { request } : {}) };
}

/** Reads enough of a release file's history for a rollout's evidence. */
export function releaseHistory(source: RegistrySource, at: { model: string; environment: string; ref: string }): Promise<CommitInfo[]> {
  return source.history(releasePath(at.environment, at.model), at.ref, { limit: HISTORY_LIMIT });
}
