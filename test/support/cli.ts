/** Runs the dhow CLI in-process (fast; most tests) and captures its streams and exit code. */
import { runCliCaptured, type CliRun } from '../../src/cli/captured.js';

export type { CliRun };

export async function dhow(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<CliRun> {
  return runCliCaptured(argv, { env: { ...process.env, ...options.env }, cwd: options.cwd ?? process.cwd(), stdin: options.stdin });
}
