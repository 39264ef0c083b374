/**
 * The GPU budget of an environment. During a rollout the canary runs beside the stable version, so it adds
 * its GPUs (or MIG slices) to what the environment already uses; a rollout that would exceed the budget is
 * refused before it starts, saying by how much. GPUs are what these teams have least of. Each version counts
 * at its maximum replicas (what the rendered InferenceService lets the autoscaler reach) times the GPUs of
 * one replica: during a canary both the stable and the canary revision can scale that far.
 */
import type { GpuBudget } from '../registry/rollout-schemas.js';
import type { VersionRecord } from '../registry/schemas.js';

/** GPUs a serving version takes at its maximum replicas: whole GPUs, and MIG slices by profile. */
export interface GpuDemand {
  gpus: number;
  mig: Record<string, number>;
  /** How it was counted, for the message: replicas times what one replica takes (absent: one replica). */
  replicas?: number;
}

export const NO_GPU: GpuDemand = { gpus: 0, mig: {} };

export function gpuDemandOf(record: VersionRecord): GpuDemand {
  const gpu = record.serving.gpu;
  if (!gpu || gpu.count === 0) return NO_GPU;
  const replicas = record.serving.replicas?.max ?? 1;
  const profile = gpu['mig-profile'];
  const demand = profile ? { gpus: 0, mig: { [profile]: gpu.count * replicas } } : { gpus: gpu.count * replicas, mig: {} };
  return replicas === 1 ? demand : { ...demand, replicas };
}

export function addDemands(...demands: GpuDemand[]): GpuDemand {
  const total: GpuDemand = { gpus: 0, mig: {} };
  for (const d of demands) {
    total.gpus += d.gpus;
    for (const [profile, count] of Object.entries(d.mig)) total.mig[profile] = (total.mig[profile] ?? 0) + count;
  }
  return total;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Reasons the rollout's extra demand does not fit (empty: it fits, or the environment declares no budget).
 * `inUse` is what the environment's releases use now, the stable version included.
 */
export function gpuBudgetProblems(environment: string, budget: GpuBudget | undefined, inUse: GpuDemand, adds: GpuDemand): string[] {
  if (!budget) return [];
  const reasons: string[] = [];
  // "(3 replicas of 2)": how many the canary can scale to, and what each takes.
  const counted = (total: number) => (adds.replicas ? ` (${adds.replicas} replicas of ${total / adds.replicas})` : '');
  if (budget.gpus !== undefined && adds.gpus > 0 && inUse.gpus + adds.gpus > budget.gpus) {
    const need = inUse.gpus + adds.gpus;
    reasons.push(
      `the canary adds ${plural(adds.gpus, 'GPU', 'GPUs')}${counted(adds.gpus)} to the ${inUse.gpus} ${environment} uses: ${need} is over its budget of ${budget.gpus} by ${need - budget.gpus}`,
    );
  }
  for (const [profile, count] of Object.entries(adds.mig)) {
    const limit = budget.mig?.[profile];
    if (limit === undefined) continue;
    const used = inUse.mig[profile] ?? 0;
    if (used + count > limit) {
      reasons.push(
        `the canary adds ${plural(count, `${profile} MIG slice`, `${profile} MIG slices`)}${counted(count)} to the ${used} ${environment} uses: ${used + count} is over its budget of ${limit} by ${used + count - limit}`,
      );
    }
  }
  return reasons;
}
