import { describe, expect, it } from 'vitest';
import { findMigProfile, MIG_GPUS, migGpuFor, migGpuModel, migProfilesFor, migResourceName } from '../../src/gpu/mig.js';

// Expected rows written by hand, [profile, compute slices, memory slices, instances per GPU]:
// - A30 and A100: NVIDIA MIG user guide, "Supported MIG Profiles"
//   https://docs.nvidia.com/datacenter/tesla/mig-user-guide/supported-mig-profiles.html
//   (slices from the "Fraction of SMs" / "Fraction of Memory" columns, e.g. 1g.6gb = 1/4 and 1/4, 4 instances).
// - H100 94GB (NVL, SXM5 94GB), H20/GH200 96GB, H200 141GB: the same guide's H200 table (fractions 1/8 ... full),
//   NVIDIA's "MIG-Backed NVIDIA vGPU for Compute" tables (Hopper vGPU types: slices and maximum per GPU for each
//   "Corresponding GPU Instance Profile") and the all-<profile> configurations of NVIDIA mig-parted's defaults.
type Row = [string, number, number, number];
const rows = (gpu: string): Row[] => migProfilesFor(gpu).map((x) => [x.name, x.computeSlices, x.memorySlices, x.maxInstances]);

describe('MIG profile tables', () => {
  it('A30-24GB: 4 compute and 4 memory slices', () => {
    expect(rows('NVIDIA A30')).toEqual([
      ['1g.6gb', 1, 1, 4],
      ['2g.12gb', 2, 2, 2],
      ['4g.24gb', 4, 4, 1],
    ]);
    expect(migGpuFor('NVIDIA A30')).toMatchObject({ model: 'A30-24GB', computeSlices: 4, memorySlices: 4 });
  });

  it('A100-40GB', () => {
    expect(rows('NVIDIA A100-SXM4-40GB')).toEqual([
      ['1g.5gb', 1, 1, 7],
      ['1g.10gb', 1, 2, 4],
      ['2g.10gb', 2, 2, 3],
      ['3g.20gb', 3, 4, 2],
      ['4g.20gb', 4, 4, 1],
      ['7g.40gb', 7, 8, 1],
    ]);
  });

  it('A100-80GB and H100-80GB', () => {
    const expected: Row[] = [
      ['1g.10gb', 1, 1, 7],
      ['1g.20gb', 1, 2, 4],
      ['2g.20gb', 2, 2, 3],
      ['3g.40gb', 3, 4, 2],
      ['4g.40gb', 4, 4, 1],
      ['7g.80gb', 7, 8, 1],
    ];
    expect(rows('NVIDIA A100-SXM4-80GB')).toEqual(expected);
    expect(rows('NVIDIA H100 80GB HBM3')).toEqual(expected);
    expect(findMigProfile('NVIDIA H100 80GB HBM3', '3g.40gb')).toMatchObject({ computeSlices: 3, memorySlices: 4, memoryGB: 40 });
  });

  it('H100-94GB (H100 NVL)', () => {
    expect(rows('NVIDIA H100 NVL')).toEqual([
      ['1g.12gb', 1, 1, 7],
      ['1g.24gb', 1, 2, 4],
      ['2g.24gb', 2, 2, 3],
      ['3g.47gb', 3, 4, 2],
      ['4g.47gb', 4, 4, 1],
      ['7g.94gb', 7, 8, 1],
    ]);
  });

  it('H100-96GB (GH200, H20)', () => {
    const expected: Row[] = [
      ['1g.12gb', 1, 1, 7],
      ['1g.24gb', 1, 2, 4],
      ['2g.24gb', 2, 2, 3],
      ['3g.48gb', 3, 4, 2],
      ['4g.48gb', 4, 4, 1],
      ['7g.96gb', 7, 8, 1],
    ];
    expect(rows('NVIDIA GH200 480GB')).toEqual(expected);
    expect(rows('NVIDIA H20')).toEqual(expected);
  });

  it('H200-141GB', () => {
    expect(rows('NVIDIA H200')).toEqual([
      ['1g.18gb', 1, 1, 7],
      ['1g.35gb', 1, 2, 4],
      ['2g.35gb', 2, 2, 3],
      ['3g.71gb', 3, 4, 2],
      ['4g.71gb', 4, 4, 1],
      ['7g.141gb', 7, 8, 1],
    ]);
    expect(findMigProfile('NVIDIA-H200', '7g.141gb').memoryGB).toBe(141);
  });

  it('no profile asks for more slices than its GPU has, and the last one is the whole GPU', () => {
    for (const [model, gpu] of Object.entries(MIG_GPUS)) {
      for (const x of gpu.profiles) {
        expect(x.computeSlices * x.maxInstances, `${model} ${x.name}`).toBeLessThanOrEqual(gpu.computeSlices);
        expect(x.memorySlices * x.maxInstances, `${model} ${x.name}`).toBeLessThanOrEqual(gpu.memorySlices);
      }
      expect(gpu.profiles.at(-1), model).toMatchObject({ computeSlices: gpu.computeSlices, memorySlices: gpu.memorySlices, maxInstances: 1 });
    }
  });
});

describe('which table a GPU name belongs to', () => {
  it.each([
    // nvidia-smi names
    ['NVIDIA A30', 'A30-24GB'],
    ['NVIDIA A100-SXM4-40GB', 'A100-40GB'],
    ['NVIDIA A100-PCIE-40GB', 'A100-40GB'],
    ['NVIDIA A100-SXM4-80GB', 'A100-80GB'],
    ['NVIDIA A100 80GB PCIe', 'A100-80GB'],
    ['NVIDIA H100 80GB HBM3', 'H100-80GB'],
    ['NVIDIA H100 PCIe', 'H100-80GB'],
    ['NVIDIA H100 NVL', 'H100-94GB'],
    ['NVIDIA GH200 480GB', 'H100-96GB'],
    ['NVIDIA H20', 'H100-96GB'],
    ['NVIDIA H200', 'H200-141GB'],
    ['NVIDIA H200 NVL', 'H200-141GB'],
    // GPU feature discovery labels (nvidia.com/gpu.product)
    ['NVIDIA-A30', 'A30-24GB'],
    ['NVIDIA-A100-SXM4-80GB', 'A100-80GB'],
    ['NVIDIA-H100-80GB-HBM3', 'H100-80GB'],
    ['NVIDIA-H100-SXM5-80GB', 'H100-80GB'],
    ['NVIDIA-H100-PCIe', 'H100-80GB'],
    ['NVIDIA-H100-NVL', 'H100-94GB'],
    ['NVIDIA-GH200-480GB', 'H100-96GB'],
    ['NVIDIA-H200', 'H200-141GB'],
    ['NVIDIA-H200-NVL', 'H200-141GB'],
    // GPUs without a table here: no MIG at all, or MIG with another table
    ['Tesla T4', null],
    ['NVIDIA RTX A3000 Laptop GPU', null],
    ['NVIDIA L40S', null],
    ['NVIDIA GH200 144G HBM3e', null],
    ['NVIDIA A100-SXM4', null],
  ])('%s -> %s', (name, model) => {
    expect(migGpuModel(name)).toBe(model);
  });
});

describe('looking up a profile', () => {
  it('accepts the device plugin spellings of a profile', () => {
    expect(findMigProfile('NVIDIA-H100-80GB-HBM3', 'nvidia.com/mig-1g.10gb').name).toBe('1g.10gb');
    expect(findMigProfile('NVIDIA-H100-80GB-HBM3', 'MIG 1g.20gb').name).toBe('1g.20gb');
    expect(findMigProfile('NVIDIA-A30', 'mig-2g.12gb').name).toBe('2g.12gb');
    expect(migResourceName('1g.10gb')).toBe('nvidia.com/mig-1g.10gb');
  });

  it('refuses a profile the GPU does not have and lists those it has', () => {
    expect(() => findMigProfile('NVIDIA H100 80GB HBM3', '1g.5gb')).toThrow(
      /MIG profile "1g.5gb" does not exist on H100-80GB .*1g.10gb, 1g.20gb, 2g.20gb, 3g.40gb, 4g.40gb, 7g.80gb/,
    );
    expect(() => findMigProfile('NVIDIA A100-SXM4-40GB', '7g.80gb')).toThrow(/field "gpu.mig-profile"/);
    // A 7-slice profile does not exist on the 4-slice A30, nor an H100 80GB profile on an H100 NVL.
    expect(() => findMigProfile('NVIDIA A30', '7g.24gb')).toThrow(/does not exist on A30-24GB .*1g.6gb, 2g.12gb, 4g.24gb$/);
    expect(() => findMigProfile('NVIDIA H100 NVL', '3g.40gb')).toThrow(/does not exist on H100-94GB/);
  });

  it('refuses a GPU without a MIG table, naming every model it knows', () => {
    const known = 'A30-24GB, A100-40GB, A100-80GB, H100-80GB, H100-94GB, H100-96GB, H200-141GB';
    expect(() => migProfilesFor('Tesla T4')).toThrow(`no MIG profiles are known for GPU "Tesla T4" (known: ${known})`);
    expect(() => findMigProfile('NVIDIA B200', '1g.23gb')).toThrow(/no MIG profiles are known for GPU "NVIDIA B200" \(known: A30-24GB, .*H200-141GB\)/);
  });
});
