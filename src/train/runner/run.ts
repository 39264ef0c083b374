/**
 * Runner mode: runs the training command on this machine (a self-hosted GPU runner), the way the
 * `train` action and `dhow train run` do it:
 *   1. detect GPUs with nvidia-smi and refuse to start when the spec or policy needs one that is not there;
 *   2. prepare the output and checkpoint directories (resuming an earlier attempt of the same run);
 *   3. run the command with DHOW_* variables, streaming its log in a group, sampling its memory, under a timeout;
 *   4. validate what it wrote (metrics.json, the artifact, parameters.json) and build the version-record draft.
 * Any failure is a DhowError and nothing is written for registration.
 */
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DhowError } from '../../errors.js';
import { detectGpus, type GpuDetection } from '../../gpu/nvidia-smi.js';
import { measureCommand, type MemorySummary } from '../../gpu/sampler.js';
import type { Logger } from '../../logger.js';
import type { ArtifactUploader } from '../../storage/index.js';
import { buildVersionDraft, writeVersionDraft, type VersionDraft } from '../draft.js';
import { findDefaultArtifact, hashArtifact, readMetrics, readParameters, type HashedArtifact } from '../outputs.js';
import { parameterEnvName, type TrainingJobSpec } from '../spec.js';
import { checkpointRoot, prepareCheckpoints, releaseCheckpoints, runIdentity, type CheckpointPlan } from './checkpoint.js';

export interface RunnerTrainingOptions {
  spec: TrainingJobSpec;
  /** Where the command writes metrics.json and its artifact (DHOW_OUTPUT_DIR); created when missing. */
  outputDir: string;
  /** The artifact, relative to outputDir or absolute; default: the one `model` or `model.*` in outputDir. */
  artifact?: string;
  /** How the caller's users name the options, for messages (the CLI: `--artifact`; the action: `input "artifact"`). */
  optionNames?: { artifact?: string };
  /** The URI the version record names (e.g. where a later step uploads it); default: a file:// URI. */
  artifactUri?: string;
  /**
   * Uploads the hashed artifact (under <model>/<version> when named) before the draft is written; the record
   * then names the uploaded object, its endpoint and region. Build it before training (s3ArtifactUploader),
   * so a bad location or missing credentials fail before the GPU time is spent.
   */
  upload?: ArtifactUploader;
  model?: string;
  version?: string;
  /** Write the version-record draft here (YAML) when the run succeeds. */
  draftPath?: string;
  /** Where the command runs; relative paths resolve from here. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** The nvidia-smi executable (default: $DHOW_NVIDIA_SMI, else "nvidia-smi" on PATH). */
  nvidiaSmi?: string;
  /** Root of the per-run checkpoint directories (see checkpoint.ts for the default). */
  checkpointRoot?: string;
  /** Keep the checkpoints after a successful run. */
  keepCheckpoints?: boolean;
  sampleIntervalMs?: number;
  killGraceMs?: number;
  region?: string;
  now?: () => Date;
  /** Signals to dhow that stop the training too (default SIGINT and SIGTERM; [] to leave them alone). */
  stopOn?: NodeJS.Signals[];
  /** The record's created-by and created-at (default: $GITHUB_ACTOR or $USER, and the end of the run). */
  createdBy?: string;
  createdAt?: Date;
}

export interface RunnerTrainingResult {
  metrics: Record<string, number>;
  artifact: HashedArtifact & { uri: string; endpoint?: string; region?: string };
  parameters: Record<string, string | number | boolean>;
  memory: MemorySummary;
  durationSeconds: number;
  resumed: boolean;
  checkpointDir: string;
  gpus: GpuDetection;
  draft: VersionDraft;
  draftPath?: string;
}

/** Checks the GPU the spec asks for against what nvidia-smi lists (pure). */
export function checkGpuRequirement(spec: TrainingJobSpec, detection: GpuDetection): void {
  const wanted = spec.gpu.count;
  const required = spec.policy['require-gpu'] || wanted > 0 || spec.gpu['mig-profile'] !== undefined;
  if (!required) return;
  if (!detection.available) {
    throw new DhowError(
      'refused',
      `the policy requires a GPU and this runner has none (${detection.message}); run on a GPU runner (e.g. runs-on: [self-hosted, gpu])`,
      {
        field: 'gpu',
      },
    );
  }
  const profile = spec.gpu['mig-profile'];
  if (profile) {
    const devices = detection.gpus.flatMap((gpu) => gpu.mig.filter((m) => m.profile === profile).map(() => gpu.name));
    if (devices.length === 0) {
      const present = detection.gpus.flatMap((gpu) => gpu.mig.map((m) => m.profile));
      throw new DhowError('refused', `the job needs a MIG ${profile} device and this runner has ${present.length ? present.join(', ') : 'no MIG devices'}`, {
        field: 'gpu.mig-profile',
      });
    }
    return;
  }
  if (wanted > detection.gpus.length) {
    throw new DhowError('refused', `the job needs ${wanted} GPUs and this runner has ${detection.gpus.length}`, { field: 'gpu.count' });
  }
  const product = spec.gpu.product;
  if (product && !detection.gpus.some((gpu) => sameProduct(gpu.name, product))) {
    throw new DhowError('refused', `the job needs a ${product} and this runner has ${[...new Set(detection.gpus.map((g) => g.name))].join(', ')}`, {
      field: 'gpu.product',
    });
  }
}

/** "NVIDIA-H100-80GB-HBM3" (the Kubernetes label) names the same GPU as "NVIDIA H100 80GB HBM3". */
function sameProduct(a: string, b: string): boolean {
  const n = (s: string) => s.toUpperCase().replace(/[\s_-]+/g, '-');
  return n(a) === n(b);
}

/**
 * What the training command inherits: the runner's environment without what belongs to the action
 * itself (its inputs, such as a kubeconfig, its saved state, and the runtime tokens the runner gives
 * JavaScript actions but never gives \`run:\` steps).
 */
export function inheritedEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const withheld = /^(INPUT_|STATE_|ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_CACHE_URL$|ACTIONS_RESULTS_URL$|DHOW_NVIDIA_SMI$)/;
  return Object.fromEntries(Object.entries(env).filter(([name]) => !withheld.test(name)));
}

function describeCommand(command: string | string[]): string {
  return typeof command === 'string' ? command : command.join(' ');
}

export async function runRunnerTraining(options: RunnerTrainingOptions): Promise<RunnerTrainingResult> {
  const { spec, logger, env } = options;
  const now = options.now ?? (() => new Date());
  const nvidiaSmi = options.nvidiaSmi ?? env.DHOW_NVIDIA_SMI ?? undefined;

  const gpus = await detectGpus({ path: nvidiaSmi, env });
  if (gpus.available)
    logger.info(`GPUs: ${gpus.gpus.map((g) => `${g.index}: ${g.name}${g.mig.length ? ` (MIG ${g.mig.map((m) => m.profile).join(', ')})` : ''}`).join('; ')}`);
  else logger.info(`no GPU: ${gpus.message}`);
  checkGpuRequirement(spec, gpus);

  const outputDir = resolve(options.cwd, options.outputDir);
  await mkdir(outputDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST' || error.code === 'ENOTDIR') {
      throw new DhowError('invalid-input', 'the output directory is a file: name a directory (new or existing)', { file: outputDir, field: 'output-dir' });
    }
    throw error;
  });
  // What the output directory already holds: a file the command does not rewrite must not pass as its output.
  const leftovers = await outputStamps(outputDir);
  const run = runIdentity(env);
  const checkpoints: CheckpointPlan = await prepareCheckpoints(checkpointRoot(env, options.checkpointRoot), run);
  if (checkpoints.resume) logger.info(`resuming from the checkpoints of attempt ${checkpoints.resumedFromAttempt} in ${checkpoints.dir}`);

  const childEnv: NodeJS.ProcessEnv = {
    ...inheritedEnvironment(env),
    ...spec.env,
    DHOW_OUTPUT_DIR: outputDir,
    DHOW_CHECKPOINT_DIR: checkpoints.dir,
    DHOW_RESUME: checkpoints.resume ? '1' : '0',
    DHOW_RUN_ATTEMPT: String(run.attempt),
    DHOW_PARAMETERS: JSON.stringify(spec.parameters),
  };
  for (const [name, value] of Object.entries(spec.parameters)) childEnv[parameterEnvName(name)] = String(value);

  const [command, args] = typeof spec.command === 'string' ? ['sh', ['-c', spec.command]] : [spec.command[0]!, spec.command.slice(1)];
  const started = now();
  const measured = await logger.group(`Training: ${describeCommand(spec.command)}`, () =>
    measureCommand({
      command,
      args,
      env: childEnv,
      cwd: options.cwd,
      intervalMs: options.sampleIntervalMs ?? 1000,
      nvidiaSmi,
      logger,
      detection: gpus,
      timeoutMs: spec.timeout * 1000,
      killGraceMs: options.killGraceMs,
      onLine: (line) => logger.info(line),
      stopOn: options.stopOn ?? ['SIGINT', 'SIGTERM'],
    }),
  );
  const durationSeconds = (now().getTime() - started.getTime()) / 1000;
  if (measured.memory.gpuMemoryUnknown) {
    logger.warning(
      'nvidia-smi did not report the GPU memory of some training processes ([N/A] or [Insufficient Permissions], usual on MIG devices): the peak GPU memory undercounts',
    );
  }

  if (measured.stoppedBy) {
    throw new DhowError(
      'training-failed',
      `dhow received ${measured.stoppedBy} (the workflow was cancelled?) and stopped the training; its checkpoints are kept in ${checkpoints.dir}`,
      {
        field: 'command',
      },
    );
  }
  if (measured.timedOut) {
    throw new DhowError(
      'timeout',
      `the training passed its timeout of ${formatSeconds(spec.timeout)} and was stopped (SIGTERM, then SIGKILL); its checkpoints are kept in ${checkpoints.dir}, so a re-run of this workflow run resumes`,
      {
        field: 'timeout',
      },
    );
  }
  if (measured.exitCode !== 0) {
    const tail = measured.stderrTail.filter((l) => l.trim() !== '').slice(-5);
    if (typeof spec.command === 'string' && measured.exitCode === 127 && tail.some((l) => /not found|No such file/i.test(l))) {
      throw new DhowError('not-found', `the training command was not found: ${tail.at(-1)}`, { field: 'command' });
    }
    const how = measured.exitCode === null ? `was killed by ${measured.signal}` : `exited with code ${measured.exitCode}`;
    throw new DhowError('training-failed', `the training command ${how}; nothing was registered`, { field: 'command', reasons: tail });
  }

  refuseLeftover(leftovers, await outputStamps(outputDir), 'metrics.json', 'metrics.json', outputDir);
  const metrics = await readMetrics(join(outputDir, 'metrics.json'));
  const artifactPath = options.artifact
    ? isAbsolute(options.artifact)
      ? options.artifact
      : resolve(outputDir, options.artifact)
    : await findDefaultArtifact(outputDir, options.optionNames?.artifact);
  if (options.artifact && !existsSync(artifactPath) && existsSync(resolve(options.cwd, options.artifact))) {
    throw new DhowError('invalid-input', `the artifact must be inside the output directory ${outputDir}`, { field: 'artifact', file: options.artifact });
  }
  const artifactName = relative(outputDir, artifactPath);
  if (!artifactName.startsWith('..') && !isAbsolute(artifactName))
    refuseLeftover(leftovers, await outputStamps(outputDir), artifactName, 'the artifact', outputDir);
  const hashed = await hashArtifact(artifactPath);
  let artifact: RunnerTrainingResult['artifact'] = { ...hashed, uri: options.artifactUri ?? pathToFileURL(artifactPath).href };
  if (options.upload) {
    // Unnamed drafts go under their digest, so two runs never share a key.
    const under = options.model && options.version ? [options.model, options.version] : [hashed.digest.replace(':', '-')];
    const uploaded = await options.upload({ path: artifactPath, digest: hashed.digest, isDirectory: hashed.format === 'directory', under });
    artifact = { ...hashed, uri: uploaded.uri, endpoint: uploaded.endpoint, region: uploaded.region };
  }
  const written = existsSync(join(outputDir, 'parameters.json')) ? await readParameters(join(outputDir, 'parameters.json')) : {};
  const parameters = { ...spec.parameters, ...written };

  const gpu =
    gpus.available && (spec.gpu.count > 0 || spec.gpu['mig-profile'] || spec.policy['require-gpu'])
      ? {
          count: spec.gpu['mig-profile'] ? 1 : Math.max(spec.gpu.count, 1),
          product: gpus.gpus[0]!.name,
          ...(spec.gpu['mig-profile'] ? { 'mig-profile': spec.gpu['mig-profile'] } : {}),
        }
      : undefined;
  const draft = buildVersionDraft({
    model: options.model,
    version: options.version,
    artifact,
    metrics,
    parameters,
    data: spec.data,
    training: { mode: 'runner', region: options.region ?? spec.region, gpu, peakGpuMemoryMiB: measured.memory.peakGpuMemoryMiB, durationSeconds },
    env,
    now: options.createdAt ?? now(),
    createdBy: options.createdBy,
  });
  if (options.draftPath) await writeVersionDraft(resolve(options.cwd, options.draftPath), draft);
  if (!options.keepCheckpoints) await releaseCheckpoints(checkpoints);

  return {
    metrics,
    artifact,
    parameters,
    memory: measured.memory,
    durationSeconds,
    resumed: checkpoints.resume,
    checkpointDir: checkpoints.dir,
    gpus,
    draft,
    ...(options.draftPath ? { draftPath: resolve(options.cwd, options.draftPath) } : {}),
  };
}

/** A file's identity and last write, as `stat` gives it (nanoseconds): a rewrite changes it. */
type Stamps = Map<string, string>;
const MAX_STAMPED = 100_000;

/** Every file under the output directory (relative path -> inode, size and mtime), bounded. */
async function outputStamps(dir: string): Promise<Stamps> {
  const stamps: Stamps = new Map();
  const walk = async (sub: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(join(dir, sub), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (stamps.size >= MAX_STAMPED) return;
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(rel);
      else {
        const st = await lstat(join(dir, rel), { bigint: true }).catch(() => null);
        if (st) stamps.set(rel, `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`);
      }
    }
  };
  await walk('');
  return stamps;
}

/**
 * Refuses an output (a file, or every file of a directory artifact) that was there before the command ran and
 * that the command left untouched: it belongs to an earlier run, and recording it would register that run's
 * model or metrics under this run's lineage.
 */
function refuseLeftover(before: Stamps, after: Stamps, name: string, what: string, outputDir: string): void {
  const prefix = `${name}/`;
  const files = [...after.keys()].filter((k) => k === name || k.startsWith(prefix));
  if (files.length === 0 || !files.every((f) => before.get(f) === after.get(f))) return;
  throw new DhowError(
    'invalid-input',
    `${what} (${name}) is left over from an earlier run: the training command did not write it this time. Have the command write it to $DHOW_OUTPUT_DIR, or start from an empty output directory`,
    { file: join(outputDir, name), field: 'output-dir' },
  );
}

function formatSeconds(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
