/**
 * `dhow revert --registry DIR --alert PAYLOAD.json`: what the revert action does on a repository_dispatch,
 * against a local registry or (--repository) one on GitHub. Decided from the registry's state: repeating it changes nothing.
 */
import { resolve } from 'node:path';
import { readBoundedFile } from '../../bounded-file.js';
import { DhowError } from '../../errors.js';
import { executeRevert } from '../../revert/execute.js';
import { MAX_PAYLOAD_BYTES, parseDriftAlert } from '../../revert/payload.js';
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
  // The file's limit is the payload's own: anything larger could never be a valid alert.
  const text = await readBoundedFile(path, MAX_PAYLOAD_BYTES, 'the alert payload file');
  if (text.trim() === '') throw new DhowError('invalid-input', 'the alert payload file is empty', { file: path });
  try {
    return JSON.parse(text);
  } catch {
    // V8's message quotes the text it could not parse: never echo a file's content (it may be a secret).
    throw new DhowError('invalid-input', 'not JSON: the alert payload must be one JSON object', { file: path });
  }
}
