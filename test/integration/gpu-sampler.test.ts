import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectGpus, queryComputeApps, queryGpuMemory } from '../../src/gpu/nvidia-smi.js';
import { processTree } from '../../src/gpu/process-tree.js';
import { measureCommand } from '../../src/gpu/sampler.js';
import { H100, installFakeNvidiaSmi, twoH100s } from '../support/fake-nvidia-smi.js';

/** A shell command whose grandchild writes its pid to `pidFile` and lives until the fake was queried `queries` times. */
function grandchildUntil(pidFile: string, counterFile: string, queries: number): string[] {
  // The sampler queries one at a time, so once query `queries + 1` has started, the first `queries` have been
  // read and recorded: exiting then (a state) never cuts off a reading still in flight, however slow the machine.
  // The fake rewrites the counter in place: a read between truncate and write sees '', which counts as 0 (an
  // empty operand made `[` fail and ended the loop early on a loaded machine).
  const inner = `echo $$ > '${pidFile}'; while c=$(cat '${counterFile}' 2>/dev/null); [ "\${c:-0}" -lt ${queries + 1} ]; do sleep 0.02; done`;
  return ['-c', `sh -c "${inner.replace(/"/g, '\\"').replace(/\$/g, '\\$')}" & wait`];
}

describe('the fake nvidia-smi through the real queries', () => {
  it('answers -L, --query-gpu and --query-compute-apps in nvidia-smi formats', async () => {
    const fake = await installFakeNvidiaSmi({ gpus: twoH100s(), apps: [{ gpuUuid: H100.uuids[0]!, pid: 4242, usedMiB: 2048 }] });
    const detection = await detectGpus({ path: fake.path });
    expect(detection).toMatchObject({ available: true, gpus: [{ index: 0, name: H100.name }, { index: 1 }] });
    expect(await queryGpuMemory({ path: fake.path })).toMatchObject([{ index: 0, totalMiB: 81559, usedMiB: 0 }, { index: 1 }]);
    expect(await queryComputeApps({ path: fake.path })).toEqual([{ gpuUuid: H100.uuids[0], pid: 4242, usedMiB: 2048 }]);
  });

  it('finds nvidia-smi on PATH, and says so when it is missing', async () => {
    const fake = await installFakeNvidiaSmi({ gpus: twoH100s() });
    expect((await detectGpus({ env: { PATH: fake.pathEnv } })).available).toBe(true);
    expect(await detectGpus({ path: join(fake.dir, 'no-such-nvidia-smi') })).toMatchObject({ available: false, reason: 'missing' });
  });

  it('reports a driver failure and a machine without devices', async () => {
    const driver = await installFakeNvidiaSmi({ failure: 'driver' });
    expect(await detectGpus({ path: driver.path })).toMatchObject({ available: false, reason: 'driver' });
    const none = await installFakeNvidiaSmi({ failure: 'no-devices' });
    expect(await detectGpus({ path: none.path })).toMatchObject({ available: false, reason: 'no-devices' });
    const noneButZero = await installFakeNvidiaSmi({ failure: 'no-devices-exit-0' });
    expect(await detectGpus({ path: noneButZero.path })).toMatchObject({ available: false, reason: 'no-devices' });
  });

  it('treats output it cannot read as no usable GPU, saying why, rather than failing', async () => {
    const odd = await installFakeNvidiaSmi({ failure: 'unknown-format' });
    expect(await detectGpus({ path: odd.path })).toMatchObject({
      available: false,
      reason: 'failed',
      message: expect.stringMatching(/could not read the output of nvidia-smi -L: .*Hypothetical GPU 5000/),
    });
  });
});

describe('process tree', () => {
  it('holds the children and grandchildren of a process', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dhow-tree-'));
    const pidFile = join(dir, 'pid');
    const stopFile = join(dir, 'stop');
    const { spawn } = await import('node:child_process');
    const child = spawn('sh', ['-c', `sh -c "echo \\$\\$ > '${pidFile}'; while [ ! -e '${stopFile}' ]; do sleep 0.02; done" & wait`]);
    while (!existsSync(pidFile) || (await readFile(pidFile, 'utf8')).trim() === '') await new Promise((r) => setTimeout(r, 20));
    const grandchild = Number((await readFile(pidFile, 'utf8')).trim());
    const tree = await processTree(child.pid!);
    expect(tree[0]).toBe(child.pid);
    expect(tree).toContain(grandchild);
    expect(tree).not.toContain(process.pid);
    await import('node:fs/promises').then((fs) => fs.writeFile(stopFile, ''));
    await new Promise((r) => child.once('exit', r));
  });
});

describe('memory sampling of a command', () => {
  it('reports the peak GPU memory of the process tree on the fake schedule, ignoring other processes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dhow-sampler-'));
    const pidFile = join(dir, 'pid');
    const fake = await installFakeNvidiaSmi({
      gpus: twoH100s(),
      apps: [
        // The training process: grows to 900 MiB on GPU 0 and 50 MiB on GPU 1, then shrinks.
        { gpuUuid: H100.uuids[0]!, pidFile, usedMiB: [100, 300, 900, 400, 400] },
        { gpuUuid: H100.uuids[1]!, pidFile, usedMiB: [0, 50, 50, 50, 50] },
        // Someone else's job on the same GPU: must not count.
        { gpuUuid: H100.uuids[0]!, pid: 1, usedMiB: 60_000 },
      ],
    });
    const result = await measureCommand({
      command: 'sh',
      args: grandchildUntil(pidFile, fake.counterFile, 5),
      nvidiaSmi: fake.path,
      intervalMs: 10,
    });
    expect(result.exitCode).toBe(0);
    expect(result.memory.gpuAvailable).toBe(true);
    expect(result.memory.gpuMeasurement).toBe('processes');
    // Hand sums per sample: 100, 350, 950, 450, 450 -> peak 950; per GPU 900 and 50.
    expect(result.memory.peakGpuMemoryMiB).toBe(950);
    expect(result.memory.perGpu).toEqual([
      { uuid: H100.uuids[0], index: 0, name: H100.name, peakMiB: 900 },
      { uuid: H100.uuids[1], index: 1, name: H100.name, peakMiB: 50 },
    ]);
    expect(result.memory.samples).toBeGreaterThanOrEqual(5);
    expect(result.memory.peakRssBytes).toBeGreaterThan(0);
  });

  it('falls back to the rise of the GPUs used memory when nvidia-smi never lists a process of the tree', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dhow-sampler-'));
    const pidFile = join(dir, 'pid');
    const fake = await installFakeNvidiaSmi({
      // In a container nvidia-smi reports host PIDs, none of which is in the tree.
      gpus: [{ name: H100.name, uuid: H100.uuids[0]!, totalMiB: H100.totalMiB, usedMiB: [1000, 1000, 3000, 9000, 5000] }],
      apps: [{ gpuUuid: H100.uuids[0]!, pid: 4_000_000, usedMiB: 8000 }],
    });
    const result = await measureCommand({ command: 'sh', args: grandchildUntil(pidFile, fake.gpuCounterFile, 5), nvidiaSmi: fake.path, intervalMs: 10 });
    // Baseline 1000 MiB at the first reading; the highest reading is 9000: a rise of 8000 MiB.
    expect(result.memory).toMatchObject({ gpuAvailable: true, gpuMeasurement: 'device-delta', peakGpuMemoryMiB: 8000 });
    expect(result.memory.perGpu).toEqual([{ uuid: H100.uuids[0], index: 0, name: H100.name, peakMiB: 8000 }]);
  });

  it('flags GPU memory nvidia-smi would not report for a process of the tree', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dhow-sampler-'));
    const pidFile = join(dir, 'pid');
    const fake = await installFakeNvidiaSmi({
      gpus: [{ name: 'NVIDIA A100-SXM4-80GB', uuid: 'GPU-a', totalMiB: 81920, mig: [{ profile: '1g.10gb', uuid: 'MIG-b' }] }],
      apps: [{ gpuUuid: 'MIG-b', pidFile, usedMiB: [null, null, null] }],
    });
    const result = await measureCommand({ command: 'sh', args: grandchildUntil(pidFile, fake.counterFile, 3), nvidiaSmi: fake.path, intervalMs: 10 });
    expect(result.memory).toMatchObject({ gpuAvailable: true, gpuMemoryUnknown: true, peakGpuMemoryMiB: 0 });
    expect(result.memory.perGpu).toEqual([{ uuid: 'MIG-b', index: 0, name: 'NVIDIA A100-SXM4-80GB', peakMiB: 0 }]);
  });

  it('measures resident memory of the tree without a GPU, and says why there is no GPU figure', async () => {
    const fake = await installFakeNvidiaSmi({ failure: 'driver' });
    // A node child that holds ~64 MiB of touched memory for a moment.
    const script = 'const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => console.log(b[5]), 1000);';
    const lines: string[] = [];
    const result = await measureCommand({
      command: process.execPath,
      args: ['-e', script],
      nvidiaSmi: fake.path,
      intervalMs: 20,
      onLine: (line) => lines.push(line),
    });
    expect(result.exitCode).toBe(0);
    expect(lines).toEqual(['1']);
    expect(result.memory).toMatchObject({ gpuAvailable: false, peakGpuMemoryMiB: null, perGpu: [] });
    expect(result.memory.gpuUnavailableReason).toMatch(/NVIDIA driver/);
    expect(result.memory.peakRssBytes).toBeGreaterThan(64 * 1024 * 1024);
  });

  it('kills the whole tree on timeout: SIGTERM first, SIGKILL for what ignores it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dhow-timeout-'));
    const pidFile = join(dir, 'pid');
    const fake = await installFakeNvidiaSmi({ failure: 'no-devices' });
    // The grandchild ignores SIGTERM, so only SIGKILL stops it.
    const inner = `trap '' TERM; echo \\$\\$ > '${pidFile}'; while true; do sleep 0.05; done`;
    // Were SIGKILL never sent, measureCommand would not return and the test would time out: no clock needed.
    // The timeout leaves a loaded machine time to start the grandchild (it writes its pid first).
    const result = await measureCommand({
      command: 'sh',
      args: ['-c', `sh -c "${inner}" & wait`],
      nvidiaSmi: fake.path,
      timeoutMs: 2_000,
      killGraceMs: 300,
    });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode === null ? result.signal : result.exitCode).toBeTruthy();
    const grandchild = Number((await readFile(pidFile, 'utf8')).trim());
    // SIGKILL is delivered asynchronously: wait for the state (gone, or a zombie), however long that takes.
    const alive = async () => {
      try {
        return !/\) Z /.test(await readFile(`/proc/${grandchild}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    while (await alive()) await new Promise((r) => setTimeout(r, 20));
    expect(await alive()).toBe(false);
  });

  it('a command that does not exist is a clear error', async () => {
    await expect(measureCommand({ command: 'dhow-no-such-trainer' })).rejects.toThrow(
      /command "dhow-no-such-trainer" could not be started: no such file or command/,
    );
  });
});
