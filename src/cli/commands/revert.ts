/**
 * `dhow revert --registry DIR --alert PAYLOAD.json`: what the revert action does on a repository_dispatch,
 * against a local registry or (--repository) one on GitHub. Decided from the registry's state: repeating it changes nothing.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DhowError } from '../../errors.js';
import { executeRevert } from '../../revert/execute.js';
import { parseDriftAlert } from '../../revert/payload.js';
import { parseCommandArgs, printHelp, requireOption, writeJson, type CliContext } from '../context.js';
import { actor, now, openForge, WHERE_OPTIONS } from '../registry.js';

const HELP = `usage: dhow revert --alert PAYLOAD.json [--registry DIR | --repository OWNER/NAME [--api-url URL]] [--mode direct|pull-request] [--as NAME] [--json]

Puts the alerted environment back on its release's last known good version, holding the drifting version
in the same commit, when (and only when) the environment still runs the alerted version and the alert
started after that version was promoted. PAYLOAD.json is the repository_dispatch client_payload:
{"model", "environment", "version", "fingerprint", "starts-at", "summary"?, "source"?}.
--mode overrides dhow.yaml's revert.mode. With --repository it does on GitHub what the revert action does
(token from $GITHUB_TOKEN; --api-url or $GITHUB_API_URL for GitHub Enterprise Server).
`;

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('revert', args, {
    ...WHERE_OPTIONS,
    alert: { type: 'string' },
    mode: { type: 'string' },
    as: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return printHelp(ctx, HELP);
  const alertPath = resolve(ctx.cwd, requireOption('revert', 'alert', values.alert));
  const mode = values.mode;
  if (mode !== undefined && mode !== 'direct' && mode !== 'pull-request') {
    throw new DhowError('usage', `dhow revert: --mode must be "direct" or "pull-request", not "${mode}"`);
  }
  const alert = parseDriftAlert(await readJsonFile(alertPath), alertPath);
  const by = actor(ctx, values.as);
  const forge = await openForge(ctx, 'revert', values, by);
  const outcome = await executeRevert(forge, alert, {
    by,
    now: () => now(ctx),
    logger: ctx.logger,
    ...(mode ? { mode } : {}),
  });
  if (values.json) writeJson(ctx, outcome);
  else ctx.stdout.write(`${outcome.outcome}: ${outcome.message}\n`);
  return 0;
}

async function readJsonFile(path: string): Promise<unknown> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new DhowError('invalid-input', 'is a directory: give the alert payload file', { file: path });
    size = info.size;
  } catch (error) {
    if (error instanceof DhowError) throw error;
    throw new DhowError('not-found', 'the alert payload file does not exist', { file: path });
  }
  if (size > 1024 * 1024) throw new DhowError('invalid-input', `the alert payload file is ${size} bytes: far over the 64 KB a payload may have`, { file: path });
  const text = await readFile(path, 'utf8');
  if (text.trim() === '') throw new DhowError('invalid-input', 'the alert payload file is empty', { file: path });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DhowError('invalid-input', `not JSON: ${(error as Error).message}`, { file: path });
  }
}
