/** dhow promote: opens or updates the promotion request of a version to an environment. */
import { requestPromotion } from '../../promote/execute.js';
import { parseCommandArgs, requireName, writeJson, type CliContext } from '../context.js';
import { actor, now, openForge, helpRequested, WHERE_OPTIONS } from '../registry.js';

const USAGE =
  'usage: dhow promote (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M --version V --to ENV [--as NAME] [--json]\n  Opens or updates the promotion request (with --repository: the pull request on GitHub); --json prints {"request": ID, "operation": "created|updated|none"}.\n' +
  '  A version that already runs there is nothing to do (exit 0; --json: {"request": ID|null, "operation": "none", "live": true},\n' +
  '  the merged request that put it there when it can be found).';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  const { values } = parseCommandArgs('promote', args, {
    ...WHERE_OPTIONS,
    model: { type: 'string' },
    version: { type: 'string' },
    to: { type: 'string' },
    as: { type: 'string' },
    json: { type: 'boolean' },
  });
  const model = requireName('promote', 'model', 'model', values.model);
  const version = requireName('promote', 'version', 'version', values.version);
  const environment = requireName('promote', 'environment', 'to', values.to);
  const by = actor(ctx, values.as);
  const forge = await openForge(ctx, 'promote', values, by);
  const result = await requestPromotion(forge, { model, version, environment }, { by, at: now(ctx), logger: ctx.logger });
  if (result.live) {
    // Idempotent workflows promote what may already be there: that is success with nothing done.
    if (values.json) writeJson(ctx, { request: result.request?.id ?? null, operation: 'none', live: true });
    else
      ctx.stdout.write(`${result.message}${result.request ? ` (request ${result.request.id}${result.request.url ? `, ${result.request.url}` : ''})` : ''}\n`);
    return 0;
  }
  if (values.json) {
    writeJson(ctx, { request: result.request.id, operation: result.operation });
    return 0;
  }
  const verb = { created: 'opened', updated: 'updated', none: 'unchanged' }[result.operation];
  ctx.stdout.write(
    `${result.request.title}: request ${result.request.id} ${verb}\n` +
      `  replaces ${result.release.previous ?? 'nothing'}; branch ${result.request.branch}\n` +
      (forge.kind === 'github'
        ? `  next: review and merge it in GitHub: ${result.request.url ?? `pull request #${result.request.id}`}\n`
        : `  next: dhow review ${result.request.id} --approve --as REVIEWER, then dhow merge ${result.request.id}\n`),
  );
  return 0;
}
