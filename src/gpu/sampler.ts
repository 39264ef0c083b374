/**
 * Measures the memory a command uses while it runs: GPU memory of its process tree (the compute apps
 * nvidia-smi lists whose pid is in the tree) and the resident memory of the tree, sampled every
 * `intervalMs`. The memory gate and the training runner read the peaks from `MemorySummary`.
 */
import { spawn } from 'node:child_process';
import { DhowError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { detectGpus, queryComputeApps, queryGpuMemory, type GpuDetection, type NvidiaSmiOptions } from './nvidia-smi.js';
import { killTree, processTree, treeRssBytes } from './process-tree.js';

export interface GpuPeak {
  uuid: string;
  /** The GPU's index and name from `nvidia-smi -L`, when it listed this UUID (MIG devices carry their GPU's). */
  index: number | null;
  name: string | null;
  peakMiB: number;
}

export interface MemorySummary {
  /** The largest GPU memory the tree held at one moment, summed over GPUs, in MiB; null without a GPU. */
  peakGpuMemoryMiB: number | null;
  perGpu: GpuPeak[];
  /** The largest summed VmRSS of the tree at one moment, in bytes. */
  peakRssBytes: number;
  /** How many samples were taken. */
  samples: number;
  gpuAvailable: boolean;
  /**
   * True when nvidia-smi listed a process of the tree without its memory ("[N/A]", "[Insufficient
   * Permissions]", common on MIG devices): the peak then undercounts.
   */
  gpuMemoryUnknown?: boolean;
  /**
   * How the GPU figure was measured: from the processes of the tree (nvidia-smi's compute apps), or,
   * when nvidia-smi never listed one of them (a container in its own PID namespace sees host PIDs), as
   * the rise of the GPUs' used memory over the first sample: that counts every process on those GPUs.
   */
  gpuMeasurement?: 'processes' | 'device-delta';
  /** Why no GPU memory was measured, when it was not. */
  gpuUnavailableReason?: string;
}

export interface MemorySamplerOptions {
  rootPid: number;
  intervalMs?: number;
  /** The nvidia-smi executable (default: "nvidia-smi" on env.PATH). */
  nvidiaSmi?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** A detection already made (skips `nvidia-smi -L`). */
  detection?: GpuDetection;
}

export interface MemorySampler {
  /** Stops sampling and returns the peaks; safe to call once the process has exited. */
  stop(): Promise<MemorySummary>;
}

export function startMemorySampler(options: MemorySamplerOptions): MemorySampler {
  const intervalMs = options.intervalMs ?? 1000;
  const logger = options.logger ?? silentLogger;
  const smi: NvidiaSmiOptions = { path: options.nvidiaSmi, env: options.env };
  const perGpu = new Map<string, GpuPeak>();
  const state = { peakGpu: 0, peakRss: 0, samples: 0, stopped: false, warned: false, unknown: false, treeSeen: false };
  // The device-wide fallback: used memory per GPU at the first reading, and the largest rise since.
  const device = { baseline: new Map<string, number>(), peakRise: 0, perGpu: new Map<string, number>() };
  let detection: GpuDetection | undefined = options.detection;
  let wake: (() => void) | undefined;

  async function sample(): Promise<void> {
    const tree = await processTree(options.rootPid);
    const inTree = new Set(tree);
    state.peakRss = Math.max(state.peakRss, await treeRssBytes(tree));
    if (detection?.available) {
      try {
        const used = new Map<string, number>();
        for (const app of await queryComputeApps(smi)) {
          if (!inTree.has(app.pid)) continue;
          if (app.usedMiB === null) state.unknown = true;
          used.set(app.gpuUuid, (used.get(app.gpuUuid) ?? 0) + (app.usedMiB ?? 0));
        }
        if (used.size > 0) state.treeSeen = true;
        if (!state.treeSeen) await sampleDevices();
        let total = 0;
        for (const [uuid, mib] of used) {
          total += mib;
          const peak = perGpu.get(uuid) ?? { uuid, ...describeGpu(detection, uuid), peakMiB: 0 };
          peak.peakMiB = Math.max(peak.peakMiB, mib);
          perGpu.set(uuid, peak);
        }
        state.peakGpu = Math.max(state.peakGpu, total);
      } catch (error) {
        if (!state.warned) logger.warning(`GPU memory sample failed (will keep trying): ${(error as Error).message}`);
        state.warned = true;
      }
    }
    state.samples++;
  }

  async function sampleDevices(): Promise<void> {
    let rise = 0;
    for (const gpu of await queryGpuMemory(smi)) {
      if (gpu.usedMiB === null) continue;
      if (!device.baseline.has(gpu.uuid)) device.baseline.set(gpu.uuid, gpu.usedMiB);
      const delta = Math.max(0, gpu.usedMiB - device.baseline.get(gpu.uuid)!);
      device.perGpu.set(gpu.uuid, Math.max(device.perGpu.get(gpu.uuid) ?? 0, delta));
      rise += delta;
    }
    device.peakRise = Math.max(device.peakRise, rise);
  }

  // Resident memory is sampled from the first tick; GPU memory once nvidia-smi has answered, so a slow
  // nvidia-smi never hides the start of a short command.
  const detecting = detection
    ? Promise.resolve()
    : detectGpus(smi).then((found) => {
        detection = found;
        if (!found.available) logger.debug(`no GPU memory to sample: ${found.message}`);
      });
  const loop = (async () => {
    while (!state.stopped) {
      await sample();
      if (state.stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();

  return {
    async stop() {
      state.stopped = true;
      wake?.();
      await loop;
      await detecting;
      const available = detection?.available ?? false;
      const byDevice = available && !state.treeSeen && device.peakRise > 0;
      if (byDevice) {
        logger.warning(
          `nvidia-smi never listed a process of the training (its PIDs are in another namespace?): the peak GPU memory is the rise of the GPUs' used memory, ${device.peakRise} MiB, which counts every process on them`,
        );
        for (const [uuid, rise] of device.perGpu) if (rise > 0) perGpu.set(uuid, { uuid, ...describeGpu(detection!, uuid), peakMiB: rise });
      }
      return {
        peakGpuMemoryMiB: available ? (byDevice ? device.peakRise : state.peakGpu) : null,
        ...(available ? { gpuMeasurement: byDevice ? ('device-delta' as const) : ('processes' as const) } : {}),
        perGpu: [...perGpu.values()].sort((a, b) => (a.index ?? 0) - (b.index ?? 0) || a.uuid.localeCompare(b.uuid)),
        peakRssBytes: state.peakRss,
        samples: state.samples,
        gpuAvailable: available,
        ...(state.unknown ? { gpuMemoryUnknown: true } : {}),
        ...(detection && !detection.available ? { gpuUnavailableReason: detection.message } : {}),
      };
    },
  };
}

function describeGpu(detection: GpuDetection, uuid: string): { index: number | null; name: string | null } {
  if (!detection.available) return { index: null, name: null };
  const gpu = detection.gpus.find((g) => g.uuid === uuid || g.mig.some((m) => m.uuid === uuid));
  return gpu ? { index: gpu.index, name: gpu.name } : { index: null, name: null };
}

export interface MeasureCommandOptions {
  command: string;
  args?: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  intervalMs?: number;
  nvidiaSmi?: string;
  logger?: Logger;
  detection?: GpuDetection;
  /** Kill the tree (SIGTERM, then SIGKILL after killGraceMs) after this long. */
  timeoutMs?: number;
  killGraceMs?: number;
  /** Each line the command prints, as it prints it (nothing is kept in memory). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /**
   * Signals to this process that stop the command's tree too (e.g. SIGINT and SIGTERM, which a runner
   * sends when a workflow is cancelled): the command runs in its own process group and would outlive us.
   */
  stopOn?: NodeJS.Signals[];
}

export interface MeasuredCommand {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** The signal to this process that stopped the command, when one did (see stopOn). */
  stoppedBy: NodeJS.Signals | null;
  durationMs: number;
  memory: MemorySummary;
  /** The last lines of stderr, for error messages. */
  stderrTail: string[];
}

const TAIL_LINES = 20;

/** Runs a command to completion while sampling its memory; a command that cannot start is a DhowError. */
export async function measureCommand(options: MeasureCommandOptions): Promise<MeasuredCommand> {
  const started = Date.now();
  // Listen for the signals that stop the command before it exists: a signal that arrives between the spawn and
  // the first await would otherwise kill dhow with its default action and leave the command running.
  let stoppedBy: NodeJS.Signals | null = null;
  const control: { stop?: () => Promise<void> } = {};
  const onSignal = (signal: NodeJS.Signals) => {
    stoppedBy ??= signal;
    if (control.stop) void control.stop();
  };
  for (const signal of options.stopOn ?? []) process.on(signal, onSignal);
  const stopListening = () => {
    for (const signal of options.stopOn ?? []) process.off(signal, onSignal);
  };
  const child = spawn(options.command, options.args ?? [], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a timeout can stop everything it started.
    detached: true,
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const spawned = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
    child.once('spawn', () => resolve(null));
    child.once('error', (error) => resolve(error));
  });
  if (spawned) {
    stopListening();
    const code = spawned.code === 'ENOENT' ? 'not-found' : 'invalid-input';
    throw new DhowError(code, `command "${options.command}" could not be started: ${spawned.code === 'ENOENT' ? 'no such file or command' : spawned.message}`, {
      field: 'command',
    });
  }

  const sampler = startMemorySampler({
    rootPid: child.pid!,
    intervalMs: options.intervalMs,
    nvidiaSmi: options.nvidiaSmi,
    env: options.env,
    logger: options.logger,
    detection: options.detection,
  });
  const stderrTail: string[] = [];
  const streams = [
    lines(child.stdout!, (line) => options.onLine?.(line, 'stdout')),
    lines(child.stderr!, (line) => {
      options.onLine?.(line, 'stderr');
      stderrTail.push(line);
      if (stderrTail.length > TAIL_LINES) stderrTail.shift();
    }),
  ];

  let timedOut = false;
  let killing: Promise<void> | undefined;
  const stop = (control.stop = () => (killing ??= killTree(child.pid!, { graceMs: options.killGraceMs ?? 10_000, processGroup: true })));
  // A signal that came while the command was starting stops it now.
  if (stoppedBy) void stop();
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          void stop();
        }, options.timeoutMs);

  const exit = await exited;
  if (timer) clearTimeout(timer);
  stopListening();
  await killing;
  // A background grandchild may still hold the pipes open: read what is there, then let go of them.
  const drained = await Promise.race([
    Promise.all(streams).then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), killing ? 500 : 2000).unref()),
  ]);
  if (!drained) {
    child.stdout?.destroy();
    child.stderr?.destroy();
    await Promise.all(streams);
  }
  const memory = await sampler.stop();
  return { exitCode: exit.code, signal: exit.signal, timedOut, stoppedBy, durationMs: Date.now() - started, memory, stderrTail };
}

/** Splits a stream into lines without keeping more than the current partial line. */
function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve) => {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const part of parts) onLine(part.endsWith('\r') ? part.slice(0, -1) : part);
    });
    const end = () => {
      if (partial !== '') onLine(partial);
      partial = '';
      resolve();
    };
    stream.on('end', end);
    stream.on('close', end);
    stream.on('error', end);
  });
}
