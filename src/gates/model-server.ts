/**
 * The model server's lifetime around a gate run: starts the planned argv in its own process group (no
 * shell), polls the ready URL until it answers 2xx, and stops the whole group afterwards: on success, on
 * failure, and when this process is told to stop (SIGTERM, SIGINT) or exits. A server that exits early
 * or never gets ready is stopped and reported with its last stderr lines. The plan is server-plan.ts's.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { DhowError } from '../errors.js';
import { killTree } from '../gpu/process-tree.js';
import { silentLogger, type Logger } from '../logger.js';
import { serverEnvironment, type ModelServerPlan } from './server-plan.js';

const STDERR_LINES = 20;
const STOP_GRACE_MS = 5000;

export interface ModelServer {
  readonly pid: number;
  /** Stops the process group (SIGTERM, then SIGKILL after a grace period); safe to call twice. */
  stop(): Promise<void>;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

function describeExit(exit: Exit): string {
  return exit.code === null ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

/** Why one poll failed, in a few words (the fetch error's cause carries the socket's code). */
function pollProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return 'no answer within the poll timeout';
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

export async function startModelServer(plan: ModelServerPlan, options: { env: NodeJS.ProcessEnv; logger?: Logger }): Promise<ModelServer> {
  const logger = options.logger ?? silentLogger;
  const shown = plan.argv.join(' ');
  // detached: the server leads its own process group, so stopping it reaches everything it started.
  const child = spawn(plan.argv[0]!, plan.argv.slice(1), {
    cwd: plan.cwd,
    env: serverEnvironment(options.env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderrTail: string[] = [];
  // Both pipes are read to the end: a server blocked on a full pipe would never answer.
  createInterface({ input: child.stdout! }).on('line', (line) => logger.debug(`server: ${line}`));
  createInterface({ input: child.stderr! }).on('line', (line) => {
    logger.debug(`server stderr: ${line}`);
    stderrTail.push(line);
    if (stderrTail.length > STDERR_LINES) stderrTail.shift();
  });
  const state: { exit: Exit | null; spawnError: Error | null } = { exit: null, spawnError: null };
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      state.exit = { code, signal };
      resolve();
    });
    child.once('error', (error) => {
      state.spawnError = error;
      resolve();
    });
  });

  const pid = child.pid;
  if (pid === undefined) {
    await exited;
    throw new DhowError('invalid-input', `${plan.names.command} could not start ${JSON.stringify(plan.argv[0])}: ${state.spawnError?.message ?? 'no process'}`);
  }

  logger.info(`started the model server (pid ${pid}, leading its own process group): ${shown}`);
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.off('exit', killNow);
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.off(signal, onSignal);
      // The group is signalled even when its leader has exited: what it started may still run.
      await killTree(pid, { processGroup: true, graceMs: STOP_GRACE_MS });
      await exited;
      logger.info(`the model server (pid ${pid}) stopped`);
    })();
    return stopping;
  };
  // Last resort when this process exits without stop() (process.exit, a crash): kill the group now,
  // synchronously, since nothing asynchronous runs in an exit handler.
  const killNow = (): void => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  // A cancelled job sends SIGTERM (then SIGKILL): stop the server first, then end as the signal would.
  const onSignal = (signal: NodeJS.Signals): void => {
    void stop().finally(() => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
  };
  process.on('exit', killNow);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, onSignal);

  const fail = async (what: string): Promise<never> => {
    await stop();
    throw new DhowError('invalid-input', `the model server never got ready: ${what}`, {
      reasons: stderrTail.length ? [`its last stderr lines:`, ...stderrTail.map((line) => `  ${line}`)] : ['it wrote nothing to stderr'],
    });
  };

  const deadline = Date.now() + plan.readyTimeoutMs;
  let problem = 'not polled yet';
  let pause = 50;
  for (;;) {
    if (state.spawnError) return fail(`${plan.names.command} could not start ${JSON.stringify(plan.argv[0])}: ${state.spawnError.message}`);
    if (state.exit) return fail(`${plan.names.command} (${shown}) ${describeExit(state.exit)} before ${plan.names.readyUrl} ${plan.readyUrl} answered`);
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      return fail(
        `${plan.names.readyUrl} ${plan.readyUrl} did not answer 2xx within ${plan.readyTimeoutMs / 1000} s (${plan.names.readyTimeout}); last: ${problem}`,
      );
    }
    try {
      const response = await fetch(plan.readyUrl, { signal: AbortSignal.timeout(Math.max(100, Math.min(remaining, 5000))) });
      await response.arrayBuffer();
      if (response.ok) break;
      problem = `HTTP ${response.status}`;
    } catch (error) {
      problem = pollProblem(error);
    }
    // Wake early when the server exits: no need to wait out the pause to report it.
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, Math.min(pause, Math.max(0, deadline - Date.now()))))]);
    pause = Math.min(pause * 2, 500);
  }
  logger.info(`the model server (pid ${pid}) is ready: ${plan.readyUrl} answered; ${plan.urlVariable}=${plan.baseUrl}`);
  return { pid, stop };
}

/** Runs `body` with the server up and its base URL in the environment; the server is stopped whatever happens. */
export async function withModelServer<T>(
  plan: ModelServerPlan,
  options: { env: NodeJS.ProcessEnv; logger?: Logger },
  body: (env: NodeJS.ProcessEnv) => Promise<T>,
): Promise<T> {
  const server = await startModelServer(plan, options);
  try {
    return await body({ ...options.env, [plan.urlVariable]: plan.baseUrl });
  } finally {
    await server.stop();
  }
}
