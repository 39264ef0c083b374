/**
 * Planning a promotion or a rollback, purely: from a snapshot of one model's registry state to the files
 * to write (the release file and the rendered deploy manifests) or a refusal with every reason. Executing
 * a plan is someone else's job (src/promote/execute.ts, src/revert/execute.ts), through a Forge.
 *
 * Release file semantics: on a promotion `previous` is the version live before and `last-known-good`
 * becomes that previous version (unless it is held, then the old last-known-good stays); holds carry over.
 * A version reaches environment i only if it ran in environment i-1 (is or was released there) with the
 * same artifact digest.
 */
import type { FileChange } from '../forge/forge.js';
import { kubernetesName, kubernetesNameTakenBy } from '../registry/names.js';
import { deployDir, releasePath } from '../registry/paths.js';
import { serializeRegistryFile } from '../registry/files.js';
import { API_VERSION, type Hold, type ModelFile, type RegistryConfig, type ReleaseFile, type VersionRecord } from '../registry/schemas.js';
import { renderDeployManifests } from '../registry/render.js';
import { gpuDemandOf, type GpuDemand } from '../rollout/gpu-budget.js';
import { planRolloutStart } from '../rollout/plan.js';
import { rolloutPolicyFor } from '../rollout/policy.js';

/** What a plan needs to know about one model (load it with loadModelState). */
export interface ModelState {
  /** dhow.yaml at the snapshot (planRollback renders with it; planPromotion takes its policy explicitly). */
  config: RegistryConfig;
  model: string;
  modelFile: ModelFile | null;
  /** Version records by version: at least the ones being planned. */
  versions: Record<string, VersionRecord>;
  /** The current release of the model in each environment (absent: never released there). */
  releases: Record<string, ReleaseFile>;
  /** Past release files per environment, newest first (the current one may be included). */
  history: Record<string, ReleaseFile[]>;
  /** Files currently under deploy/<environment>/<model>/, by environment (registry-relative paths). */
  deployFiles: Record<string, string[]>;
  /** GPUs the target environment's releases use now, when it declares a GPU budget (src/rollout/gpu-usage.ts). */
  gpuInUse?: GpuDemand;
  /**
   * Models released or deployed in each environment, this one included (loaded for the environments whose
   * deploy directory is listed): a promotion must not render an object another model's manifests own.
   */
  modelsIn?: Record<string, string[]>;
}

export interface PlanOptions {
  by: string;
  /** ISO 8601 timestamp written as promoted-at (and into a new hold). */
  at: string;
  request?: { id: string; url?: string };
}

export type Plan = { ok: true; changes: FileChange[]; release: ReleaseFile } | { ok: false; reasons: string[] };

const isHeld = (release: ReleaseFile | undefined, version: string) => release?.holds.find((h) => h.version === version);

/** Versions that are or were released in an environment, with the digest they ran with. */
function ranIn(state: ModelState, environment: string, version: string): ReleaseFile | undefined {
  const current = state.releases[environment];
  if (current?.version === version) return current;
  return (state.history[environment] ?? []).find((r) => r.version === version);
}

function environmentNames(policy: RegistryConfig): string[] {
  return policy.environments.map((e) => e.name);
}

function finish(state: ModelState, release: ReleaseFile, record: VersionRecord, policy: RegistryConfig): Plan {
  // A rollout that keeps its stable version beside the canary (RawDeployment) renders both.
  const manifests = renderDeployManifests(release, record, policy, release.rollout ? state.versions[release.rollout.stable] : undefined);
  const keep = new Set(manifests.map((m) => m.path));
  const stale = (state.deployFiles[release.environment] ?? [])
    .map((f) => (f.includes('/') ? f : `${deployDir(release.environment, release.model)}/${f}`))
    .filter((p) => !keep.has(p))
    .map((path) => ({ path, content: null }));
  return {
    ok: true,
    release,
    changes: [{ path: releasePath(release.environment, release.model), content: serializeRegistryFile(release) }, ...manifests, ...stale],
  };
}

export function planPromotion(
  state: ModelState,
  model: string,
  version: string,
  environment: string,
  policy: RegistryConfig,
  options: PlanOptions = { by: 'dhow', at: new Date().toISOString() },
): Plan {
  const reasons: string[] = [];
  const envs = environmentNames(policy);
  const index = envs.indexOf(environment);
  if (index < 0) reasons.push(`unknown environment "${environment}": dhow.yaml lists ${envs.join(', ')}`);
  if (!state.modelFile || state.model !== model) reasons.push(`unknown model "${model}": register a version first (dhow register)`);
  const record = state.versions[version];
  if (!record) reasons.push(`unknown version "${version}" of ${model}: register it first (dhow register)`);
  if (reasons.length > 0) return { ok: false, reasons };

  const current = state.releases[environment];
  const hold = isHeld(current, version);
  if (hold) reasons.push(`${model} ${version} is held in ${environment}: ${hold.reason} (by ${hold.by}, ${hold.at})`);
  if (current?.version === version) reasons.push(`${model} ${version} already runs in ${environment}`);
  if (record!.model !== model || record!.version !== version) {
    reasons.push(`the version record says ${record!.model} ${record!.version}, not ${model} ${version}`);
  }
  if (index > 0) {
    const before = envs[index - 1]!;
    const there = ranIn(state, before, version);
    if (!there) {
      reasons.push(
        `${model} ${version} has not run in ${before}: promote it to ${before} first (a version reaches ${environment} only after it ran in ${before})`,
      );
    } else if (there.digest !== record!.artifact.digest) {
      reasons.push(`digest mismatch: ${model} ${version} ran in ${before} as ${there.digest} but its version record says ${record!.artifact.digest}`);
    }
  }
  // Register refuses a look-alike name, but a hand-made commit can still bring one in: Argo CD would then
  // let this promotion overwrite the other model's InferenceService.
  const owner = kubernetesNameTakenBy(model, state.modelsIn?.[environment] ?? []);
  if (owner) {
    reasons.push(
      `model "${model}" would deploy in ${environment} as the Kubernetes object "${kubernetesName(model)}", which model "${owner}" already uses there: rename one of them`,
    );
  }
  if (reasons.length > 0) return { ok: false, reasons };

  const release: ReleaseFile = {
    apiVersion: API_VERSION,
    kind: 'Release',
    model,
    environment,
    version,
    digest: record!.artifact.digest,
    ...(current ? { previous: current.version } : {}),
    ...lastKnownGood(current),
    holds: current?.holds ?? [],
    ...(options.request ? { request: options.request } : {}),
    'promoted-by': options.by,
    'promoted-at': options.at,
  };
  // A canary, blue-green or A/B policy starts a rollout with the merge (issue 15); over the GPU budget it is refused.
  const envPolicy = policy.environments[index]!;
  const gpu = state.gpuInUse ? { budget: envPolicy['gpu-budget'], inUse: state.gpuInUse, adds: gpuDemandOf(record!) } : undefined;
  const start = planRolloutStart({ environment, current, canary: version, policy: rolloutPolicyFor(policy, model, environment), now: options.at, gpu });
  if (!start.ok) return { ok: false, reasons: start.reasons };
  if (start.rollout) release.rollout = start.rollout;
  return finish(state, release, record!, policy);
}

function lastKnownGood(current: ReleaseFile | undefined): { 'last-known-good'?: string } {
  if (!current) return {};
  if (!isHeld(current, current.version)) return { 'last-known-good': current.version };
  return current['last-known-good'] ? { 'last-known-good': current['last-known-good'] } : {};
}

export interface RollbackOptions extends PlanOptions {
  /** The version to go back to; default: the release's last-known-good. */
  to?: string;
  /** How the caller's users name `to`, for reasons (the CLI: `--to`); default: semantic words. */
  toOption?: string;
  reason: string;
  /** The version being replaced (recorded as `revert-of`); default: the version live now. */
  revertOf?: string;
  /** A hold to add in the same change (the drift revert holds the bad version). */
  hold?: { version: string; reason: string; by: string; alert?: string };
}

/**
 * Puts an environment back on an earlier version: the same machinery as a promotion, pointed at a version
 * that already ran in this environment. The new release records `revert-of` and `previous` (the version
 * replaced); its `last-known-good` is what it was when the target last ran here.
 */
export function planRollback(state: ModelState, model: string, environment: string, options: RollbackOptions): Plan {
  const policy = state.config;
  const reasons: string[] = [];
  const envs = environmentNames(policy);
  if (!envs.includes(environment)) reasons.push(`unknown environment "${environment}": dhow.yaml lists ${envs.join(', ')}`);
  if (!state.modelFile || state.model !== model) reasons.push(`unknown model "${model}"`);
  const current = state.releases[environment];
  if (reasons.length === 0 && !current) reasons.push(`${model} has never been released to ${environment}: nothing to roll back`);
  if (reasons.length > 0) return { ok: false, reasons };

  const target = options.to ?? current!['last-known-good'];
  if (!target)
    return {
      ok: false,
      reasons: [
        `${environment} has no last known good version of ${model} recorded: ${options.toOption ? `name one with ${options.toOption}` : 'name the version to roll back to'}`,
      ],
    };
  const record = state.versions[target];
  if (target === current!.version) reasons.push(`${model} ${target} already runs in ${environment}`);
  if (!record) reasons.push(`unknown version "${target}" of ${model}`);
  const hold = isHeld(current, target);
  if (hold) reasons.push(`${model} ${target} is held in ${environment}: ${hold.reason} (by ${hold.by}, ${hold.at})`);
  const before = (state.history[environment] ?? []).find((r) => r.version === target);
  if (!before && target !== current!.version)
    reasons.push(`${model} ${target} never ran in ${environment}: a rollback only goes back to a version that ran there`);
  if (record && before && before.digest !== record.artifact.digest) {
    reasons.push(`digest mismatch: ${model} ${target} ran in ${environment} as ${before.digest} but its version record says ${record.artifact.digest}`);
  }
  if (reasons.length > 0) return { ok: false, reasons };

  const holds: Hold[] = [...current!.holds];
  if (options.hold && !holds.some((h) => h.version === options.hold!.version)) {
    holds.push({
      version: options.hold.version,
      reason: options.hold.reason,
      by: options.hold.by,
      at: options.at,
      ...(options.hold.alert ? { alert: options.hold.alert } : {}),
    });
  }
  const lkg = before?.['last-known-good'];
  const release: ReleaseFile = {
    apiVersion: API_VERSION,
    kind: 'Release',
    model,
    environment,
    version: target,
    digest: record!.artifact.digest,
    previous: current!.version,
    ...(lkg && lkg !== target && !holds.some((h) => h.version === lkg) ? { 'last-known-good': lkg } : {}),
    holds,
    'revert-of': options.revertOf ?? current!.version,
    ...(options.request ? { request: options.request } : {}),
    'promoted-by': options.by,
    'promoted-at': options.at,
  };
  return finish(state, release, record!, policy);
}
