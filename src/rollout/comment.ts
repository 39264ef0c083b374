/**
 * The promotion request's sticky comment on a rollout, reconciled with the registry history. Every step
 * derives the comment the history calls for (the step trailers carry the analysis it shows: a chart per
 * check, a table per step) and writes it only when the request's comment differs, whatever the step
 * decides: a step killed between its commit and its comment leaves a comment that the next step, even one
 * that waits, brings up to date, and a step that changes nothing writes nothing. Best effort: the step is
 * committed either way, so a comment that cannot be read or written is a warning, never a failed step.
 */
import type { Forge } from '../forge/forge.js';
import type { Logger } from '../logger.js';
import { parseRegistryFile } from '../registry/files.js';
import { releasePath } from '../registry/paths.js';
import type { CommitInfo } from '../registry/repository.js';
import type { ReleaseFile } from '../registry/schemas.js';
import { rolloutComment, rolloutCommentMarker } from './evidence.js';
import { releaseHistory, rolloutHistoryOf } from './history.js';
import { ROLLOUT_STEP_TRAILER, ROLLOUT_TRAILER } from './release.js';

/** The rollout a comment shows: its canary and start (which name its step commits) and its stable version. */
export interface ShownRollout {
  canary: string;
  'started-at': string;
  /** Absent for a promoted rollout: the release file no longer names it (read it from the commit before). */
  stable?: string;
}

/**
 * Which rollout the comment shows: the one under way, or the one whose promotion or abort is the release
 * file's latest commit (its step trailer, `<canary>@<started-at>#<step>`, names it). Nothing otherwise: an
 * older rollout's comment is left as it is.
 */
export function rolloutToShow(release: ReleaseFile, latest: CommitInfo | undefined): ShownRollout | undefined {
  const rollout = release.rollout;
  if (rollout) return { canary: rollout.canary, 'started-at': rollout['started-at'], stable: rollout.stable };
  const action = latest?.trailers[ROLLOUT_TRAILER];
  const step = /^([^@#]+)@([^@#]+)#\d+$/.exec(latest?.trailers[ROLLOUT_STEP_TRAILER] ?? '');
  if (!step || (action !== 'promote' && action !== 'abort')) return undefined;
  // An abort writes the stable version back as the release's version.
  return { canary: step[1]!, 'started-at': step[2]!, ...(action === 'abort' ? { stable: release.version } : {}) };
}

/**
 * Brings the sticky comment up to date with the history at `ref` (`commits`: that history when the caller
 * has read it already). Returns whether it wrote the comment.
 */
export async function reconcileRolloutComment(
  forge: Forge,
  at: { release: ReleaseFile; ref: string; commits?: CommitInfo[] },
  logger: Logger,
): Promise<boolean> {
  const { release, ref } = at;
  const { model, environment } = release;
  let id = release.request?.id;
  try {
    const commits = at.commits ?? (await releaseHistory(forge, { model, environment, ref }));
    const shown = rolloutToShow(release, commits[0]);
    if (!shown) return false;
    const stable = shown.stable ?? (await stableBefore(forge, release, commits[1]));
    if (!stable) return false;
    const { steps, request } = rolloutHistoryOf(commits, shown);
    id ??= request;
    // No step recorded yet (or no request to comment on): nothing to show.
    if (!id || steps.length === 0) return false;
    const body = rolloutComment({ model, environment, canary: shown.canary, stable, steps });
    const marker = rolloutCommentMarker(environment, model);
    const current = (await forge.listComments(id)).find((c) => c.marker === marker);
    if (current?.body === body) return false;
    await forge.upsertComment(id, marker, body);
    return true;
  } catch (error) {
    logger.warning(`rollout of ${model} in ${environment}: could not update the analysis on request ${id ?? '(unknown)'}: ${(error as Error).message}`);
    return false;
  }
}

/** A promoted rollout's stable version, from the release file as the commit before the promotion left it. */
async function stableBefore(forge: Forge, release: ReleaseFile, before: CommitInfo | undefined): Promise<string | undefined> {
  if (!before) return undefined;
  const path = releasePath(release.environment, release.model);
  const text = await forge.readFile(path, before.sha);
  return text === null ? undefined : parseRegistryFile('Release', path, text).rollout?.stable;
}
