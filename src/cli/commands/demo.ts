/** dhow demo [--registry DIR]: a narrated lifecycle on a fresh local registry (npm run demo). */
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runDemo } from '../../demo/index.js';
import { DhowError } from '../../errors.js';
import { runCliCaptured } from '../captured.js';
import { helpRequested } from '../registry.js';
import { parseCommandArgs, type CliContext } from '../context.js';

const USAGE = 'usage: dhow demo [--registry DIR]\n  A narrated lifecycle on a fresh local registry (a temporary directory unless DIR is given).';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  const { values } = parseCommandArgs('demo', args, { registry: { type: 'string' } });
  const registry = values.registry ? resolve(ctx.cwd, values.registry) : undefined;
  if (registry) await assertFreshDirectory(registry);
  const demo = await runDemo({
    out: ctx.stdout,
    env: ctx.env,
    cwd: ctx.cwd,
    color: ctx.interactive && !ctx.env.NO_COLOR,
    run: runCliCaptured,
    ...(registry ? { registry } : {}),
  });
  ctx.stdout.write(`\nThe registry is in ${demo.registry}: it is yours to explore.\n`);
  return 0;
}

/** The demo starts with `dhow init DIR`, which needs a new or empty directory: say so before narrating anything. */
async function assertFreshDirectory(dir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new DhowError('usage', '--registry names a file: give a new or empty directory', { file: dir });
    throw error;
  }
  if (entries.length > 0) {
    throw new DhowError('usage', '--registry is not empty: the demo creates a fresh registry there, so give a new or empty directory', { file: dir });
  }
}
