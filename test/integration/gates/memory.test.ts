import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/gates/threshold.js';
import { measureMemory, migAllocationMiB } from '../../../src/gates/memory.js';
import { silentLogger } from '../../../src/logger.js';
import { H100, installFakeNvidiaSmi, twoH100s } from '../../support/fake-nvidia-smi.js';

/** A command whose grandchild writes its pid to `pidFile` and lives until the fake was queried `queries` times. */
function grandchildUntil(pidFile: string, counterFile: string, queries: number): string[] {
  const inner = `echo $$ > '${pidFile}'; while c=$(cat '${counterFile}' 2>/dev/null); [ "\${c:-0}" -lt ${queries} ]; do sleep 0.02; done`;
  return ['sh', '-c', `sh -c "${inner.replace(/"/g, '\\"').replace(/\$/g, '\\$')}" & wait`];
}

const settings = { 'interval-ms': 10, 'timeout-seconds': 60 };
const A100 = 'NVIDIA A100-SXM4-80GB';
const MIG_UUID = 'MIG-1d4db9a4-c49c-5ede-9ecf-e3f5bf1d7a5b';

// Each peak is held for three queries: on a loaded machine the sampler may lose a sample at either end of a
// short-lived tree, and the peak must not hinge on one sample.
describe('memory gate', () => {
  it('measures the peak GPU memory of the process tree against a whole GPU, with nvidia-smi found on PATH', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dhow-memgate-'));
    const pidFile = join(dir, 'pid');
    const fake = await installFakeNvidiaSmi({
      gpus: twoH100s(),
      apps: [
        { gpuUuid: H100.uuids[0]!, pidFile, usedMiB: [1000, 30_000, 41_000, 41_000, 41_000, 20_000] },
        { gpuUuid: H100.uuids[0]!, pid: 1, usedMiB: 40_000 }, // another tenant: not ours
      ],
    });
    const result = await measureMemory(
      { command: grandchildUntil(pidFile, fake.counterFile, 6), ...settings },
      { cwd: dir, env: { ...process.env, PATH: fake.pathEnv }, logger: silentLogger },
    );
    expect(result.failure).toBeUndefined();
    expect(result.values['peak-gpu-memory-mib']).toBe(41_000);
    expect(result.allocationMiB).toBe(81_559);
    expect(result.allocation).toBe('GPU 0 (NVIDIA H100 80GB HBM3), 81559 MiB');
    // 41000 / 81559 = 0.5027036...
    expect(result.values['gpu-memory-fraction']).toBeCloseTo(0.5027036, 6);
    expect(decide({ threshold: 0.9, 'greater-is-better': false }, { value: result.values['gpu-memory-fraction'] }, { kind: 'no-live-version' }).verdict).toBe(
      'pass',
    );
  });

  it('fails a model that outgrows its MIG slice (1g.10gb of an A100 80GB)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dhow-memgate-'));
    const pidFile = join(dir, 'pid');
    const fake = await installFakeNvidiaSmi({
      gpus: [{ name: A100, uuid: 'GPU-5d5ba0d6-d33d-2b2c-524d-9e3d8d2b8a77', totalMiB: 81920, usedMiB: 0, mig: [{ profile: '1g.10gb', uuid: MIG_UUID }] }],
      apps: [{ gpuUuid: MIG_UUID, pidFile, usedMiB: [2000, 9800, 9800, 9800, 9000] }],
    });
    const result = await measureMemory(
      { command: grandchildUntil(pidFile, fake.counterFile, 5), 'mig-profile': '1g.10gb', ...settings },
      { cwd: dir, env: { ...process.env, PATH: fake.pathEnv }, logger: silentLogger },
    );
    // "10gb" is 10 * 10^9 bytes = 9536.7431640625 MiB; 9800 / 9536.7431640625 = 1.027604...
    expect(result.allocationMiB).toBe(9536.7431640625);
    expect(result.allocation).toBe(`MIG 1g.10gb of ${A100}`);
    expect(result.values['peak-gpu-memory-mib']).toBe(9800);
    expect(result.values['gpu-memory-fraction']).toBeCloseTo(1.027604, 6);
    const verdict = decide({ threshold: 1, 'greater-is-better': false }, { value: result.values['gpu-memory-fraction'] }, { kind: 'no-live-version' });
    expect(verdict.verdict).toBe('fail');
  });

  it('knows the MIG tables of the A30, A100, H100 and H200', () => {
    expect(migAllocationMiB('NVIDIA A100-SXM4-40GB', '1g.5gb')).toBeCloseTo(4768.37, 2);
    expect(migAllocationMiB('NVIDIA H100 80GB HBM3', '3g.40gb')).toBeCloseTo(38146.97, 2);
    expect(() => migAllocationMiB('NVIDIA H100 80GB HBM3', '1g.5gb')).toThrow(/does not exist on H100-80GB/);
    // 6 * 10^9 / 2^20 = 5722.0458984375; 18 * 10^9 / 2^20 = 17166.13769...; 47 * 10^9 / 2^20 = 44822.69...
    expect(migAllocationMiB('NVIDIA A30', '1g.6gb')).toBeCloseTo(5722.05, 2);
    expect(migAllocationMiB('NVIDIA H200', '1g.18gb')).toBeCloseTo(17166.14, 2);
    expect(migAllocationMiB('NVIDIA H100 NVL', '3g.47gb')).toBeCloseTo(44822.69, 2);
    expect(() => migAllocationMiB('NVIDIA A30', '1g.5gb')).toThrow(/does not exist on A30-24GB/);
  });

  it('without a GPU, measures peak RSS and leaves the GPU metrics without value', async () => {
    const fake = await installFakeNvidiaSmi({ failure: 'driver' });
    const result = await measureMemory(
      { command: [process.execPath, '-e', 'const b = Buffer.alloc(96 * 1024 * 1024, 1); setTimeout(() => console.log(b[1]), 400);'], ...settings },
      { cwd: tmpdir(), env: { ...process.env, PATH: fake.pathEnv }, logger: silentLogger },
    );
    expect(result.values['peak-gpu-memory-mib']).toBeNull();
    expect(result.values['gpu-memory-fraction']).toBeNull();
    expect(result.noGpu).toMatch(/^no GPU: .*NVIDIA driver/);
    expect(result.values['peak-rss-mib']).toBeGreaterThan(96);
    expect(decide({ threshold: 50, 'greater-is-better': false }, { value: result.values['peak-rss-mib'] }, { kind: 'no-live-version' }).verdict).toBe('fail');
  });

  it('fails the gate when the command itself fails', async () => {
    const fake = await installFakeNvidiaSmi({ failure: 'no-devices' });
    const result = await measureMemory(
      { command: ['sh', '-c', 'echo CUDA out of memory >&2; exit 3'], ...settings },
      { cwd: tmpdir(), env: { ...process.env, PATH: fake.pathEnv }, logger: silentLogger },
    );
    expect(result.failure).toBe('the command exited with code 3: CUDA out of memory');
  });
});
