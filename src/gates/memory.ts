/**
 * The memory gate: runs a command (a smoke inference of the model) and measures the peak GPU memory of its
 * process tree through nvidia-smi, against what the model is allotted: a whole GPU (its memory.total), or a
 * MIG profile from the table of profiles per GPU model (`MIG_GPUS` in src/gpu/mig.ts: A30, A100, H100,
 * H200). Where there is no GPU, the GPU metrics have no value (the gate is inconclusive) and
 * `peak-rss-mib`, the peak resident memory of the process tree, is what can be gated.
 */
import { DhowError } from '../errors.js';
import type { Logger } from '../logger.js';
import { detectGpus, findMigProfile, measureCommand, queryGpuMemory } from '../gpu/index.js';

export interface MemoryGateSettings {
  command: string[];
  'mig-profile'?: string;
  'gpu-product'?: string;
  'interval-ms': number;
  'timeout-seconds': number;
}

export interface MemoryMeasurement {
  values: { 'peak-gpu-memory-mib': number | null; 'gpu-memory-fraction': number | null; 'peak-rss-mib': number };
  samples: number;
  /** The allotment the fraction is of, in MiB, and what it is. */
  allocationMiB: number | null;
  allocation: string | null;
  /** Why the GPU metrics have no value, when they have none. */
  noGpu?: string;
  /** Set when the command itself failed: the gate fails, whatever the numbers. */
  failure?: string;
}

const MIB = 1024 * 1024;

/** A MIG profile's memory: its name states decimal GB ("10gb"), which is below what the slice really holds. */
export function migAllocationMiB(gpuName: string, profile: string): number {
  return (findMigProfile(gpuName, profile).memoryGB * 1e9) / MIB;
}

export async function measureMemory(
  settings: MemoryGateSettings,
  options: { cwd: string; env: NodeJS.ProcessEnv; logger: Logger; nvidiaSmi?: string },
): Promise<MemoryMeasurement> {
  const smi = { path: options.nvidiaSmi, env: options.env };
  const detection = await detectGpus(smi);
  const [command, ...args] = settings.command;
  const run = await measureCommand({
    command: command!,
    args,
    cwd: options.cwd,
    env: options.env,
    intervalMs: settings['interval-ms'],
    timeoutMs: settings['timeout-seconds'] * 1000,
    killGraceMs: 2000,
    nvidiaSmi: options.nvidiaSmi,
    logger: options.logger,
    detection,
  });
  const memory = run.memory;
  const peakRssMiB = memory.peakRssBytes / MIB;
  const failure = run.timedOut
    ? `the command ran longer than ${settings['timeout-seconds']} s and was stopped`
    : run.exitCode !== 0
      ? `the command exited with ${run.exitCode === null ? `signal ${run.signal}` : `code ${run.exitCode}`}${run.stderrTail.length ? `: ${run.stderrTail.slice(-3).join(' / ')}` : ''}`
      : undefined;

  if (!detection.available || memory.peakGpuMemoryMiB === null) {
    return {
      values: { 'peak-gpu-memory-mib': null, 'gpu-memory-fraction': null, 'peak-rss-mib': peakRssMiB },
      samples: memory.samples,
      allocationMiB: null,
      allocation: null,
      noGpu: detection.available ? 'no GPU memory was measured' : `no GPU: ${detection.message}`,
      ...(failure ? { failure } : {}),
    };
  }

  // The allotment: a MIG profile of the named (or first) GPU, or the whole GPU the tree used most.
  let allocationMiB: number | null = null;
  let allocation: string | null = null;
  const busiest = memory.perGpu.reduce<(typeof memory.perGpu)[number] | undefined>((a, b) => (!a || b.peakMiB > a.peakMiB ? b : a), undefined);
  if (settings['mig-profile']) {
    const product = settings['gpu-product'] ?? busiest?.name ?? detection.gpus[0]?.name;
    if (!product) throw new DhowError('invalid-input', 'cannot tell which GPU the MIG profile is of: give "gpu-product"', { field: 'source.gpu-product' });
    allocationMiB = migAllocationMiB(product, settings['mig-profile']);
    allocation = `MIG ${settings['mig-profile']} of ${product}`;
  } else {
    const gpus = await queryGpuMemory(smi);
    const gpu = gpus.find((g) => g.uuid === busiest?.uuid) ?? gpus[0];
    if (gpu?.totalMiB) {
      allocationMiB = gpu.totalMiB;
      allocation = `GPU ${gpu.index} (${gpu.name}), ${gpu.totalMiB} MiB`;
    }
  }
  const peak = memory.peakGpuMemoryMiB;
  return {
    values: {
      'peak-gpu-memory-mib': peak,
      'gpu-memory-fraction': allocationMiB ? peak / allocationMiB : null,
      'peak-rss-mib': peakRssMiB,
    },
    samples: memory.samples,
    allocationMiB,
    allocation,
    ...(failure ? { failure } : {}),
  };
}
