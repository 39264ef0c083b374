/** Loads the snapshot a plan needs for one model: only its own files, never every version in the registry. */
import { isValidName } from '../registry/names.js';
import { deployDir, releasePath, releasesDir } from '../registry/paths.js';
import type { ReleaseFile, VersionRecord } from '../registry/schemas.js';
import type { RegistryReader } from '../registry/store.js';
import type { ModelState } from './plan.js';

export interface LoadOptions {
  /** Version records to load (missing ones are simply absent from the state). */
  versions?: string[];
  /** Environments whose release history to load (default: none; a promotion loads the one before). */
  historyOf?: string[];
  /** Environments whose deploy directory to list (default: every environment). */
  deployOf?: string[];
}

export async function loadModelState(reader: RegistryReader, model: string, options: LoadOptions = {}): Promise<ModelState> {
  const config = await reader.config();
  const envs = config.environments.map((e) => e.name);
  const deployEnvs = (options.deployOf ?? envs).filter((e) => envs.includes(e));
  const [modelFile, releases, records, histories, deployFiles, modelsIn] = await Promise.all([
    reader.model(model),
    reader.readMany(
      'Release',
      envs.map((env) => releasePath(env, model)),
    ),
    Promise.all((options.versions ?? []).map((v) => reader.version(model, v))),
    Promise.all((options.historyOf ?? []).filter((e) => envs.includes(e)).map(async (env) => [env, await reader.releaseHistory(env, model)] as const)),
    Promise.all(deployEnvs.map(async (env) => [env, (await reader.listFiles(deployDir(env, model))).map((f) => `${deployDir(env, model)}/${f}`)] as const)),
    Promise.all(deployEnvs.map(async (env) => [env, await modelsReleasedOrDeployed(reader, env)] as const)),
  ]);
  const versions: Record<string, VersionRecord> = {};
  for (const record of records) if (record) versions[record.version] = record;
  // A RawDeployment rollout renders its stable version beside the canary: the version running there now (a
  // rollout's stable is the version it starts beside, or the one it keeps). One more read, for these only.
  const stableOf = deployEnvs
    .filter((env) => config.environments.find((e) => e.name === env)?.['kserve-mode'] === 'raw-deployment')
    .map((env) => releases[envs.indexOf(env)])
    .flatMap((r) => (r ? [r.rollout?.stable ?? r.version] : []))
    .filter((v) => !versions[v]);
  for (const record of await Promise.all([...new Set(stableOf)].map((v) => reader.version(model, v)))) if (record) versions[record.version] = record;
  const current: Record<string, ReleaseFile> = {};
  envs.forEach((env, i) => {
    if (releases[i]) current[env] = releases[i]!;
  });
  const history: Record<string, ReleaseFile[]> = {};
  for (const [env, entries] of histories) history[env] = entries.map((e) => e.release).filter((r): r is ReleaseFile => r !== null);
  return {
    config,
    model,
    modelFile,
    versions,
    releases: current,
    history,
    deployFiles: Object.fromEntries(deployFiles),
    modelsIn: Object.fromEntries(modelsIn),
  };
}

/**
 * Every model with a release file or a deploy directory in an environment: what its Kubernetes namespace
 * holds (or is about to), whichever of the two a hand-made commit left behind.
 */
async function modelsReleasedOrDeployed(reader: RegistryReader, environment: string): Promise<string[]> {
  const [released, deployed] = await Promise.all([reader.listFiles(releasesDir(environment)), reader.listFiles(`deploy/${environment}`)]);
  const models = new Set([...released.filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)), ...deployed]);
  return [...models].filter((m) => isValidName('model', m)).sort();
}

/** The environment before `environment` in promotion order, or undefined for the first. */
export function environmentBefore(envs: string[], environment: string): string | undefined {
  const i = envs.indexOf(environment);
  return i > 0 ? envs[i - 1] : undefined;
}

/**
 * Adds the release history of `environment` to the state unless `version` is live there now (then the
 * history cannot change a plan's answer): promotions along the usual path never read history.
 */
export async function withHistoryIfNeeded(reader: RegistryReader, state: ModelState, environment: string | undefined, version: string): Promise<ModelState> {
  if (!environment || state.releases[environment]?.version === version || state.history[environment]) return state;
  const entries = await reader.releaseHistory(environment, state.model);
  return { ...state, history: { ...state.history, [environment]: entries.map((e) => e.release).filter((r): r is ReleaseFile => r !== null) } };
}
