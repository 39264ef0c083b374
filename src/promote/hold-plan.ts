/**
 * Planning a hold or its lifting, purely: from a model's current release in an environment to the new
 * release file, or a refusal with every reason. A hold lives in the release file of the environment it
 * applies to (`holds`), so only that file changes; the version that runs and the deploy manifests stay.
 * Holding a version already held, or lifting one that is not, plans no change: re-running is a no-op.
 */
import type { FileChange } from '../forge/forge.js';
import { serializeRegistryFile } from '../registry/files.js';
import { releasePath } from '../registry/paths.js';
import type { Hold, RegistryConfig, ReleaseFile } from '../registry/schemas.js';

export interface HoldState {
  config: RegistryConfig;
  model: string;
  /** Whether models/<model>/model.yaml exists. */
  modelKnown: boolean;
  /** Whether the version record exists. */
  versionKnown: boolean;
  /** The model's release in the environment, or undefined when it was never released there. */
  release: ReleaseFile | undefined;
}

export interface HoldInput {
  model: string;
  environment: string;
  version: string;
  /** Why: recorded in the hold (required to place one, optional to lift one). */
  reason: string;
}

export type HoldPlan =
  | { ok: true; change: 'none'; release: ReleaseFile; changes: []; hold?: Hold }
  | { ok: true; change: 'held' | 'lifted'; release: ReleaseFile; changes: FileChange[]; hold: Hold }
  | { ok: false; reasons: string[] };

function common(state: HoldState, input: HoldInput): string[] {
  const reasons: string[] = [];
  const envs = state.config.environments.map((e) => e.name);
  if (!envs.includes(input.environment)) reasons.push(`unknown environment "${input.environment}": dhow.yaml lists ${envs.join(', ')}`);
  if (!state.modelKnown || state.model !== input.model) reasons.push(`unknown model "${input.model}"`);
  else if (!state.versionKnown) reasons.push(`unknown version "${input.version}" of ${input.model}`);
  if (reasons.length === 0 && !state.release) {
    reasons.push(
      `${input.model} has never been released to ${input.environment}: a hold is kept in its release file (${releasePath(input.environment, input.model)}), which does not exist yet`,
    );
  }
  return reasons;
}

function withHolds(release: ReleaseFile, holds: Hold[]): { release: ReleaseFile; changes: FileChange[] } {
  const next: ReleaseFile = { ...release, holds };
  return { release: next, changes: [{ path: releasePath(release.environment, release.model), content: serializeRegistryFile(next) }] };
}

/** Holds `version` in `environment`: it may not be promoted there (nor rolled back to) until the hold is lifted. */
export function planHold(state: HoldState, input: HoldInput, options: { by: string; at: string }): HoldPlan {
  const reasons = common(state, input);
  if (!input.reason.trim()) reasons.push('a hold needs a reason');
  if (reasons.length > 0) return { ok: false, reasons };
  const release = state.release!;
  const existing = release.holds.find((h) => h.version === input.version);
  if (existing) return { ok: true, change: 'none', release, changes: [], hold: existing };
  const hold: Hold = { version: input.version, reason: input.reason.trim(), by: options.by, at: options.at };
  return { ok: true, change: 'held', hold, ...withHolds(release, [...release.holds, hold]) };
}

/** Lifts the hold on `version` in `environment`; the version may be promoted there again. */
export function planUnhold(state: HoldState, input: HoldInput): HoldPlan {
  const reasons = common(state, input);
  if (reasons.length > 0) return { ok: false, reasons };
  const release = state.release!;
  const existing = release.holds.find((h) => h.version === input.version);
  if (!existing) return { ok: true, change: 'none', release, changes: [] };
  return {
    ok: true,
    change: 'lifted',
    hold: existing,
    ...withHolds(
      release,
      release.holds.filter((h) => h.version !== input.version),
    ),
  };
}
