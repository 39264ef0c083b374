/**
 * MIG (Multi-Instance GPU) profiles per GPU model, from NVIDIA's MIG user guide ("Supported MIG
 * Profiles", https://docs.nvidia.com/datacenter/tesla/mig-user-guide/supported-mig-profiles.html).
 *
 * A GPU in MIG mode is cut into compute slices and memory slices, and how many depends on the model:
 * the A30 has 4 of each, the A100, H100 and H200 have 7 compute slices and 8 memory slices. A profile
 * "<c>g.<m>gb" takes c compute slices and the memory slices that hold about m GB; `maxInstances` is how
 * many instances of that one profile fit on the GPU at once.
 *
 * Sources: the A30 and A100 rows are the guide's tables. The H100 94GB/96GB and H200 rows (names and
 * instance counts) are NVIDIA's own tables of MIG-backed vGPU types ("Slices per vGPU", "Maximum vGPUs
 * per GPU", "Corresponding GPU Instance Profile") and the defaults of NVIDIA's mig-parted, which agree
 * with each other; they share the A100/H100 layout of 7 compute and 8 memory slices. B200 and GB200
 * are not here: their tables could not be read exactly.
 *
 * Media-extension profiles ("+me", e.g. 1g.10gb+me) are left out on purpose: each is the plain 1g (or,
 * on the A30, 2g) profile plus the GPU's one set of media engines, so at most one fits on a GPU; the
 * policy and Kubernetes schemas accept only "<c>g.<m>gb"; and their rows could not be read for every
 * GPU here.
 *
 * Lookups accept the names nvidia-smi prints ("NVIDIA H100 80GB HBM3", "NVIDIA H200", "NVIDIA A30",
 * "NVIDIA GH200 480GB") and the `nvidia.com/gpu.product` labels of GPU feature discovery
 * ("NVIDIA-A100-SXM4-80GB", "NVIDIA-H100-NVL").
 */
import { DhowError } from '../errors.js';

export type MigGpuModel = 'A30-24GB' | 'A100-40GB' | 'A100-80GB' | 'H100-80GB' | 'H100-94GB' | 'H100-96GB' | 'H200-141GB';

export interface MigProfile {
  /** e.g. "1g.10gb": compute slices "g", memory in GB. */
  name: string;
  computeSlices: number;
  memorySlices: number;
  /** The nominal memory in GB the name states. */
  memoryGB: number;
  /** How many instances of this profile fit on one GPU. */
  maxInstances: number;
}

export interface MigGpu {
  /** The slices the whole GPU has: 4 and 4 on the A30, 7 and 8 on the A100, H100 and H200. */
  computeSlices: number;
  memorySlices: number;
  /** Smallest first; the last profile is the whole GPU. */
  profiles: readonly MigProfile[];
}

const p = (name: string, computeSlices: number, memorySlices: number, maxInstances: number): MigProfile => ({
  name,
  computeSlices,
  memorySlices,
  memoryGB: Number(/\.(\d+)gb$/.exec(name)![1]),
  maxInstances,
});

/** The 7-compute / 8-memory slice layout that every Ampere A100 and Hopper table shares, with its memory sizes. */
const sevenSlice = (gb1: number, gb2: number, gb4: number, gb8: number): MigGpu => ({
  computeSlices: 7,
  memorySlices: 8,
  profiles: [
    p(`1g.${gb1}gb`, 1, 1, 7),
    p(`1g.${gb2}gb`, 1, 2, 4),
    p(`2g.${gb2}gb`, 2, 2, 3),
    p(`3g.${gb4}gb`, 3, 4, 2),
    p(`4g.${gb4}gb`, 4, 4, 1),
    p(`7g.${gb8}gb`, 7, 8, 1),
  ],
});

export const MIG_GPUS: Record<MigGpuModel, MigGpu> = {
  'A30-24GB': { computeSlices: 4, memorySlices: 4, profiles: [p('1g.6gb', 1, 1, 4), p('2g.12gb', 2, 2, 2), p('4g.24gb', 4, 4, 1)] },
  'A100-40GB': sevenSlice(5, 10, 20, 40),
  'A100-80GB': sevenSlice(10, 20, 40, 80),
  'H100-80GB': sevenSlice(10, 20, 40, 80),
  /** H100 NVL and H100 SXM5 94GB. */
  'H100-94GB': sevenSlice(12, 24, 47, 94),
  /** The H100 of a GH200 (96GB HBM3) and the H20 96GB. */
  'H100-96GB': sevenSlice(12, 24, 48, 96),
  /** H200 SXM5 and H200 NVL (and the H20 141GB). */
  'H200-141GB': sevenSlice(18, 35, 71, 141),
};

/** The profiles of each model (the `profiles` of MIG_GPUS). */
export const MIG_PROFILES: Record<MigGpuModel, readonly MigProfile[]> = Object.fromEntries(
  Object.entries(MIG_GPUS).map(([model, gpu]) => [model, gpu.profiles]),
) as Record<MigGpuModel, readonly MigProfile[]>;

/**
 * The MIG table a GPU name belongs to, or null for GPUs dhow has no MIG table for. Names are compared
 * by whole words ("A30" is not "RTX A3000", "H200" is not "GH200").
 */
export function migGpuModel(gpuName: string): MigGpuModel | null {
  const words = gpuName
    .toUpperCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
  const has = (word: string) => words.includes(word);
  const n = words.join('-');
  if (has('A30')) return 'A30-24GB';
  if (n.includes('A100')) {
    if (n.includes('80GB')) return 'A100-80GB';
    if (n.includes('40GB')) return 'A100-40GB';
    return null;
  }
  if (has('GH200')) {
    // "NVIDIA GH200 480GB" (480GB of CPU memory beside a 96GB H100); the 144GB HBM3e GH200 has another table.
    if (/144G|HBM3E/.test(n)) return null;
    return 'H100-96GB';
  }
  if (has('H200')) return 'H200-141GB';
  if (has('H20')) return /141GB|3E/.test(n) ? 'H200-141GB' : 'H100-96GB';
  if (n.includes('H100')) {
    if (has('NVL') || n.includes('94GB')) return 'H100-94GB';
    if (n.includes('96GB')) return 'H100-96GB';
    if (n.includes('64GB')) return null; // the H100 SXM5 64GB has a table of its own
    return 'H100-80GB';
  }
  return null;
}

/** "mig-1g.10gb", "MIG 1g.10gb", "nvidia.com/mig-1g.10gb" -> "1g.10gb". */
export function normalizeMigProfile(profile: string): string {
  return profile
    .trim()
    .replace(/^nvidia\.com\//i, '')
    .replace(/^mig[-\s]+/i, '')
    .toLowerCase();
}

/** The slices and profiles of a GPU, or a DhowError that lists the models dhow knows. */
export function migGpuFor(gpuName: string): MigGpu & { model: MigGpuModel } {
  const model = migGpuModel(gpuName);
  if (!model) {
    throw new DhowError('invalid-input', `no MIG profiles are known for GPU "${gpuName}" (known: ${Object.keys(MIG_GPUS).join(', ')})`, {
      field: 'gpu.product',
    });
  }
  return { model, ...MIG_GPUS[model] };
}

export function migProfilesFor(gpuName: string): readonly MigProfile[] {
  return migGpuFor(gpuName).profiles;
}

/** The profile, or a DhowError that lists the profiles this GPU does have. */
export function findMigProfile(gpuName: string, profile: string): MigProfile {
  const { model, profiles } = migGpuFor(gpuName);
  const wanted = normalizeMigProfile(profile);
  const found = profiles.find((candidate) => candidate.name === wanted);
  if (!found) {
    throw new DhowError(
      'invalid-input',
      `MIG profile "${profile}" does not exist on ${model} ("${gpuName}"); its profiles are ${profiles.map((x) => x.name).join(', ')}`,
      { field: 'gpu.mig-profile' },
    );
  }
  return found;
}

/** The extended resource the NVIDIA device plugin advertises for a profile (mixed strategy). */
export function migResourceName(profile: string): string {
  return `nvidia.com/mig-${normalizeMigProfile(profile)}`;
}
