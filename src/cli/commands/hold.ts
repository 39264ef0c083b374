/**
 * dhow hold / dhow unhold --model M --env ENV --version V [--reason TEXT]: place or lift a hold on a
 * version in an environment. On a local registry it is one commit on main (compare-and-swap); on GitHub
 * (--repository) a pull request that people review and merge like any change to main.
 */
import { DhowError } from '../../errors.js';
import { changeHold, type HoldAction } from '../../promote/hold.js';
import { parseCommandArgs, requireName, writeJson, type CliContext } from '../context.js';
import { actor, helpRequested, now, openForge, shortSha, WHERE_OPTIONS } from '../registry.js';

const usage = (action: HoldAction) =>
  `usage: dhow ${action} (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M --env ENV --version V ${action === 'hold' ? '--reason TEXT' : '[--reason TEXT]'} [--as NAME] [--json]\n` +
  (action === 'hold'
    ? '  Holds V in ENV: it may not be promoted there, nor rolled back to, until the hold is lifted (dhow unhold).\n'
    : '  Lifts the hold on V in ENV: it may be promoted there again.\n') +
  '  Locally one commit on main; with --repository a pull request to review and merge. Running it again changes nothing.\n' +
  '  --json prints {"model", "environment", "version", "change": "held|lifted|none", "commit", "request"}.';

export function command(action: HoldAction) {
  return async function run(args: string[], ctx: CliContext): Promise<number> {
    if (helpRequested(args, ctx, usage(action))) return 0;
    const { values } = parseCommandArgs(action, args, {
      ...WHERE_OPTIONS,
      model: { type: 'string' },
      env: { type: 'string' },
      version: { type: 'string' },
      reason: { type: 'string' },
      as: { type: 'string' },
      json: { type: 'boolean' },
    });
    const model = requireName(action, 'model', 'model', values.model);
    const environment = requireName(action, 'environment', 'env', values.env);
    const version = requireName(action, 'version', 'version', values.version);
    if (action === 'hold' && !values.reason?.trim()) throw new DhowError('usage', 'dhow hold: --reason is required (it is recorded with the hold)');
    if (values.reason !== undefined && (values.reason.length > 2000 || values.reason.includes('\0'))) {
      throw new DhowError('usage', `dhow ${action}: --reason must be at most 2000 characters`, { field: '--reason' });
    }
    const by = actor(ctx, values.as);
    const forge = await openForge(ctx, action, values, by);
    const result = await changeHold(
      forge,
      action,
      { model, environment, version, reason: values.reason ?? '' },
      { by, at: now(ctx), logger: ctx.logger, via: forge.kind === 'github' ? 'request' : 'commit' },
    );
    if (values.json) {
      writeJson(ctx, {
        model,
        environment,
        version,
        change: result.change,
        commit: result.sha ?? null,
        request: result.request ? { id: result.request.id, url: result.request.url ?? null, operation: result.operation } : null,
      });
      return 0;
    }
    if (result.change === 'none') {
      ctx.stdout.write(
        action === 'hold'
          ? `${model} ${version} is already held in ${environment}: nothing to do\n`
          : `${model} ${version} is not held in ${environment}: nothing to do\n`,
      );
    } else if (result.request) {
      const verb = action === 'hold' ? 'hold' : 'lift the hold on';
      ctx.stdout.write(
        `Request ${result.request.url ?? `#${result.request.id}`} (${result.operation}) to ${verb} ${model} ${version} in ${environment}: it takes effect when merged\n`,
      );
    } else {
      ctx.stdout.write(`${action === 'hold' ? 'Held' : 'Lifted the hold on'} ${model} ${version} in ${environment} [${shortSha(result.sha!)}]\n`);
    }
    return 0;
  };
}

export const run = command('hold');
