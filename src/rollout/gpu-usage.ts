/**
 * What an environment's releases use of its GPUs now, read from the registry: each release's version, and
 * its stable version too while a rollout runs both. The model being promoted counts with its stable version
 * only: the new version replaces any canary it had.
 */
import type { RegistryReader } from '../registry/store.js';
import { addDemands, gpuDemandOf, type GpuDemand } from './gpu-budget.js';

export async function environmentGpuInUse(reader: RegistryReader, environment: string, promoting: string): Promise<GpuDemand> {
  const releases = await reader.listReleases(environment);
  const running = releases.flatMap((r) => {
    if (r.model === promoting) return [[r.model, r.rollout?.stable ?? r.version] as const];
    return r.rollout ? [[r.model, r.version] as const, [r.model, r.rollout.stable] as const] : [[r.model, r.version] as const];
  });
  const records = await Promise.all(running.map(([model, version]) => reader.version(model, version)));
  return addDemands(...records.flatMap((record) => (record ? [gpuDemandOf(record)] : [])));
}
