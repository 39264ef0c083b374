/**
 * Runs the dhow CLI in-process with its streams captured as strings: what the demo shows and what the
 * tests assert on, without a child process.
 */
import { PassThrough, Readable } from 'node:stream';
import { streamLogger } from '../logger.js';
import { main } from './index.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliCaptured(argv: string[], options: { env: NodeJS.ProcessEnv; cwd: string; stdin?: string }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = new PassThrough();
  const err = new PassThrough();
  out.on('data', (c) => (stdout += c));
  err.on('data', (c) => (stderr += c));
  const code = await main(argv, {
    stdout: out,
    stderr: err,
    stdin: Readable.from([options.stdin ?? '']),
    env: options.env,
    cwd: options.cwd,
    // $DHOW_DEBUG of the run's own environment, as the dhow process reads it from its own.
    logger: streamLogger(err, Boolean(options.env.DHOW_DEBUG)),
    interactive: false,
  });
  return { code, stdout, stderr };
}
