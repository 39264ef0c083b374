/**
 * What nvidia-smi says about the GPUs of this machine: the device list (`-L`, with MIG devices), memory per
 * GPU (`--query-gpu`) and memory per process (`--query-compute-apps`). Parsers are pure and take the text
 * nvidia-smi prints; the `query*` functions run it. A machine without nvidia-smi, without a driver or
 * without devices is not an error here: it is a `GpuDetection` with `available: false` and a reason.
 */
import { execFile } from 'node:child_process';
import { DhowError } from '../errors.js';

export interface MigDevice {
  /** The MIG profile, e.g. "1g.10gb" (the "MIG " prefix removed). */
  profile: string;
  /** The MIG device index within its GPU. */
  index: number;
  uuid: string;
}

export interface GpuDevice {
  index: number;
  /** As nvidia-smi names it, e.g. "NVIDIA H100 80GB HBM3". */
  name: string;
  uuid: string;
  mig: MigDevice[];
}

export interface GpuMemory {
  index: number;
  uuid: string;
  name: string;
  /** MiB; null when nvidia-smi says "[N/A]" or similar. */
  totalMiB: number | null;
  usedMiB: number | null;
}

export interface ComputeApp {
  gpuUuid: string;
  pid: number;
  /** MiB; null when nvidia-smi cannot say (MIG without permissions, "[N/A]"). */
  usedMiB: number | null;
}

export type GpuUnavailableReason = 'missing' | 'no-devices' | 'driver' | 'failed';

export type GpuDetection = { available: true; gpus: GpuDevice[] } | { available: false; reason: GpuUnavailableReason; message: string };

/** The fields, in order, that `queryGpuMemory` and `queryComputeApps` ask for. */
export const QUERY_GPU_FIELDS = ['index', 'uuid', 'name', 'memory.total', 'memory.used'] as const;
export const QUERY_COMPUTE_APPS_FIELDS = ['gpu_uuid', 'pid', 'used_memory'] as const;

const GPU_LINE = /^GPU (\d+): (.+?) \(UUID: ([^)]+)\)\s*$/;
// "  MIG 1g.10gb     Device  0: (UUID: MIG-...)" (R470+) and "  MIG 1g.5gb Device 0: (UUID: MIG-GPU-.../7/0)" (R450).
const MIG_LINE = /^\s+MIG (\S+)\s+Device\s+(\d+): \(UUID: ([^)]+)\)\s*$/;

/** Parses `nvidia-smi -L`. Lines it does not recognise are an error: the format is a contract. */
export function parseGpuList(text: string): GpuDevice[] {
  const gpus: GpuDevice[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const gpu = GPU_LINE.exec(line);
    if (gpu) {
      gpus.push({ index: Number(gpu[1]), name: gpu[2]!, uuid: gpu[3]!, mig: [] });
      return;
    }
    const mig = MIG_LINE.exec(line);
    const owner = gpus.at(-1);
    if (mig && owner) {
      owner.mig.push({ profile: mig[1]!, index: Number(mig[2]), uuid: mig[3]! });
      return;
    }
    throw new DhowError('invalid-input', `unexpected line from nvidia-smi -L: ${JSON.stringify(line)}`, {
      file: 'nvidia-smi -L',
      line: i + 1,
    });
  });
  return gpus;
}

/** "[N/A]", "[Not Supported]", "[Insufficient Permissions]", "N/A" -> null; digits -> number. */
export function parseMiB(value: string, where: { file: string; line: number; field: string }): number | null {
  const v = value.trim();
  if (/^\[.*\]$/.test(v) || v === 'N/A') return null;
  if (!/^\d+(\.\d+)?$/.test(v)) {
    throw new DhowError('invalid-input', `expected a number of MiB, got ${JSON.stringify(v)}`, where);
  }
  return Number(v);
}

function csvLines(text: string): { cells: string[]; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ raw, line: i + 1 }))
    .filter(({ raw }) => raw.trim() !== '')
    .map(({ raw, line }) => ({ cells: raw.split(',').map((c) => c.trim()), line }));
}

/** Parses `--query-gpu=index,uuid,name,memory.total,memory.used --format=csv,noheader,nounits`. */
export function parseGpuMemory(text: string): GpuMemory[] {
  const file = 'nvidia-smi --query-gpu';
  return csvLines(text).map(({ cells, line }) => {
    if (cells.length < 5) {
      throw new DhowError('invalid-input', `expected ${QUERY_GPU_FIELDS.join(', ')}, got ${cells.length} columns`, { file, line });
    }
    // A GPU name could hold a comma: the fixed columns are the first two and the last two.
    const [index, uuid] = cells;
    const total = cells.at(-2)!;
    const used = cells.at(-1)!;
    if (!/^\d+$/.test(index!)) throw new DhowError('invalid-input', `GPU index ${JSON.stringify(index)} is not a number`, { file, line, field: 'index' });
    return {
      index: Number(index),
      uuid: uuid!,
      name: cells.slice(2, -2).join(', '),
      totalMiB: parseMiB(total, { file, line, field: 'memory.total' }),
      usedMiB: parseMiB(used, { file, line, field: 'memory.used' }),
    };
  });
}

/** Parses `--query-compute-apps=gpu_uuid,pid,used_memory --format=csv,noheader,nounits`; "No running processes found" is []. */
export function parseComputeApps(text: string): ComputeApp[] {
  const file = 'nvidia-smi --query-compute-apps';
  if (/^\s*No running (compute )?processes found\s*$/i.test(text)) return [];
  return csvLines(text).map(({ cells, line }) => {
    if (cells.length !== 3) {
      throw new DhowError('invalid-input', `expected ${QUERY_COMPUTE_APPS_FIELDS.join(', ')}, got ${cells.length} columns`, { file, line });
    }
    const [gpuUuid, pid, used] = cells as [string, string, string];
    if (!/^\d+$/.test(pid)) throw new DhowError('invalid-input', `pid ${JSON.stringify(pid)} is not a number`, { file, line, field: 'pid' });
    return { gpuUuid, pid: Number(pid), usedMiB: parseMiB(used, { file, line, field: 'used_memory' }) };
  });
}

export interface NvidiaSmiOptions {
  /** The nvidia-smi executable: a path, or a name looked up on env.PATH (default "nvidia-smi"). */
  path?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export interface NvidiaSmiResult {
  /** null when the executable was not found. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs nvidia-smi; never throws for a missing executable or a non-zero exit (callers classify those). */
export function runNvidiaSmi(args: string[], options: NvidiaSmiOptions = {}): Promise<NvidiaSmiResult> {
  const path = options.path ?? 'nvidia-smi';
  return new Promise((resolve) => {
    execFile(
      path,
      args,
      { env: options.env ?? process.env, timeout: options.timeoutMs ?? 15_000, maxBuffer: 8 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          resolve({ exitCode: null, stdout: '', stderr: `${path}: not found` });
          return;
        }
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ exitCode: code, stdout, stderr });
      },
    );
  });
}

/** Names what went wrong with a failed nvidia-smi run, in the words a runner's owner would search for. */
export function classifyFailure(result: NvidiaSmiResult): { reason: GpuUnavailableReason; message: string } {
  const text = `${result.stdout}\n${result.stderr}`.trim();
  if (result.exitCode === null) return { reason: 'missing', message: 'nvidia-smi is not installed or not on PATH' };
  if (/No devices were found/i.test(text)) return { reason: 'no-devices', message: 'nvidia-smi found no GPUs' };
  if (/couldn't communicate with the NVIDIA driver|NVIDIA driver/i.test(text)) {
    return { reason: 'driver', message: `nvidia-smi could not talk to the NVIDIA driver: ${firstLine(text)}` };
  }
  return { reason: 'failed', message: `nvidia-smi exited with ${result.exitCode}: ${firstLine(text) || '(no output)'}` };
}

function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  );
}

/** `nvidia-smi -L`: which GPUs (and MIG devices) this machine has, or why there are none. */
export async function detectGpus(options: NvidiaSmiOptions = {}): Promise<GpuDetection> {
  const result = await runNvidiaSmi(['-L'], options);
  if (result.exitCode !== 0 || /No devices were found/i.test(result.stdout)) return { available: false, ...classifyFailure(result) };
  let gpus: GpuDevice[];
  try {
    gpus = parseGpuList(result.stdout);
  } catch (error) {
    // An unknown format must not fail a run that needs no GPU; one that does is refused with this message.
    return { available: false, reason: 'failed', message: `could not read the output of nvidia-smi -L: ${(error as Error).message}` };
  }
  if (gpus.length === 0) return { available: false, reason: 'no-devices', message: 'nvidia-smi found no GPUs' };
  return { available: true, gpus };
}

async function query(args: string[], options: NvidiaSmiOptions): Promise<string> {
  const result = await runNvidiaSmi(args, options);
  if (result.exitCode !== 0) {
    throw new DhowError('invalid-input', classifyFailure(result).message, { file: `nvidia-smi ${args[0]}` });
  }
  return result.stdout;
}

export async function queryGpuMemory(options: NvidiaSmiOptions = {}): Promise<GpuMemory[]> {
  return parseGpuMemory(await query([`--query-gpu=${QUERY_GPU_FIELDS.join(',')}`, '--format=csv,noheader,nounits'], options));
}

export async function queryComputeApps(options: NvidiaSmiOptions = {}): Promise<ComputeApp[]> {
  return parseComputeApps(await query([`--query-compute-apps=${QUERY_COMPUTE_APPS_FIELDS.join(',')}`, '--format=csv,noheader,nounits'], options));
}
