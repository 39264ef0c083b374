/**
 * Checkpoints that survive a failed attempt: one directory per workflow run (repository + GITHUB_RUN_ID),
 * shared by its attempts, so "Re-run failed jobs" resumes instead of starting over. It lives outside
 * RUNNER_TEMP, which the runner empties at the start of every job: $DHOW_CHECKPOINT_ROOT, else
 * $XDG_CACHE_HOME/dhow/checkpoints, else ~/.cache/dhow/checkpoints. A successful run removes its directory;
 * those of failed runs nobody re-ran are removed after RETENTION_DAYS (GitHub lets a run be re-run for 30
 * days; a runner's disk is usually the tighter limit).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunIdentity {
  repository?: string;
  runId?: string;
  attempt: number;
}

export interface CheckpointPlan {
  dir: string;
  /** True when an earlier attempt of the same run left checkpoints: the command is told DHOW_RESUME=1. */
  resume: boolean;
  /** The attempt that wrote the checkpoints being resumed. */
  resumedFromAttempt?: number;
  /** False for a run without an id (a local CLI run): its directory is temporary. */
  persistent: boolean;
}

const MARKER = '.dhow-attempt';
export const RETENTION_DAYS = 14;

/** The run's identity from GitHub's variables (DHOW_RUN_ID / DHOW_RUN_ATTEMPT override them). */
export function runIdentity(env: NodeJS.ProcessEnv): RunIdentity {
  const attempt = Number(env.DHOW_RUN_ATTEMPT ?? env.GITHUB_RUN_ATTEMPT ?? '1');
  return {
    repository: env.GITHUB_REPOSITORY || undefined,
    runId: env.DHOW_RUN_ID ?? (env.GITHUB_RUN_ID || undefined),
    attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
  };
}

export function checkpointRoot(env: NodeJS.ProcessEnv, configured?: string): string {
  if (configured) return configured;
  if (env.DHOW_CHECKPOINT_ROOT) return env.DHOW_CHECKPOINT_ROOT;
  const cache = env.XDG_CACHE_HOME || join(env.HOME || tmpdir(), '.cache');
  return join(cache, 'dhow', 'checkpoints');
}

const segment = (value: string) =>
  value
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 100);

export async function prepareCheckpoints(root: string, run: RunIdentity, options: { retentionDays?: number; now?: Date } = {}): Promise<CheckpointPlan> {
  if (!run.runId) {
    return { dir: await mkdtemp(join(tmpdir(), 'dhow-checkpoints-')), resume: false, persistent: false };
  }
  const repositoryDir = join(root, segment(run.repository ?? 'local'));
  const dir = join(repositoryDir, segment(run.runId));
  await mkdir(dir, { recursive: true });
  await pruneStale(repositoryDir, dir, (options.retentionDays ?? RETENTION_DAYS) * 86_400_000, (options.now ?? new Date()).getTime());
  const previous = Number((await readFile(join(dir, MARKER), 'utf8').catch(() => '')).trim()) || undefined;
  const hasCheckpoints = (await readdir(dir)).some((name) => name !== MARKER);
  const resume = hasCheckpoints && previous !== undefined && previous < run.attempt;
  if (hasCheckpoints && !resume) {
    // Left by this same attempt or by an unknown writer: not something to resume from.
    for (const name of await readdir(dir)) await rm(join(dir, name), { recursive: true, force: true });
  }
  await writeFile(join(dir, MARKER), `${run.attempt}\n`);
  return { dir, resume, persistent: true, ...(resume ? { resumedFromAttempt: previous } : {}) };
}

/** After a successful run the checkpoints are no longer needed. */
export async function releaseCheckpoints(plan: CheckpointPlan): Promise<void> {
  await rm(plan.dir, { recursive: true, force: true });
}

/** Removes the run directories of this repository whose last attempt started longer ago than maxAgeMs. */
async function pruneStale(repositoryDir: string, keep: string, maxAgeMs: number, now: number): Promise<void> {
  for (const name of await readdir(repositoryDir)) {
    const dir = join(repositoryDir, name);
    if (dir === keep) continue;
    const marker = await stat(join(dir, MARKER)).catch(() => stat(dir).catch(() => null));
    if (marker && now - marker.mtimeMs > maxAgeMs) await rm(dir, { recursive: true, force: true });
  }
}
