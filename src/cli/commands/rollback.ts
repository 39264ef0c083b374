/** dhow rollback --model M --env ENV [--to VERSION] [--as NAME] [--reason TEXT]: back to an earlier version. */
import { rollback } from '../../promote/execute.js';
import { assertName } from '../../registry/names.js';
import { parseCommandArgs, requireName, writeJson, type CliContext } from '../context.js';
import { actor, now, openForge, shortSha, helpRequested, WHERE_OPTIONS } from '../registry.js';

const USAGE =
  "usage: dhow rollback (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M --env ENV [--to VERSION] [--reason TEXT] [--as NAME] [--json]\n  Default target: the release's last known good. The commit carries a Revert-Of trailer.";

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  const { values } = parseCommandArgs('rollback', args, {
    ...WHERE_OPTIONS,
    model: { type: 'string' },
    env: { type: 'string' },
    to: { type: 'string' },
    reason: { type: 'string' },
    as: { type: 'string' },
    json: { type: 'boolean' },
  });
  const model = requireName('rollback', 'model', 'model', values.model);
  const environment = requireName('rollback', 'environment', 'env', values.env);
  const to = values.to === undefined ? undefined : assertName('version', values.to, { field: '--to' });
  const by = actor(ctx, values.as);
  const forge = await openForge(ctx, 'rollback', values, by);
  const reason = values.reason ?? `Rolled back by ${by}`;
  const result = await rollback(forge, { model, environment, to, toOption: '--to', reason }, { by, at: now(ctx), logger: ctx.logger });
  if (values.json) {
    writeJson(ctx, { model, environment, version: result.release.version, revertOf: result.release['revert-of'], commit: result.sha });
    return 0;
  }
  ctx.stdout.write(
    `${environment} runs ${model} ${result.release.version} again (rolled back from ${result.release['revert-of']}) [${shortSha(result.sha)}]\n`,
  );
  return 0;
}
