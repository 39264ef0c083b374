/** dhow merge REQUEST [--as NAME]: merges once the policy engine finds nothing missing; otherwise lists every reason. */
import { DhowError } from '../../errors.js';
import { mergePromotion } from '../../policy/merge.js';
import { parseCommandArgs, writeJson, type CliContext } from '../context.js';
import { actor, now, openRegistry, shortSha, helpRequested, refuseRepository } from '../registry.js';

const ON_GITHUB = "on GitHub, people merge the promotion pull request in GitHub once the environment's approvals are met (the policy-check action guards it)";
const USAGE =
  "usage: dhow merge --registry DIR REQUEST [--as NAME] [--json]\n  Merges (deploys) a promotion or revert request when the policy holds (approvals, exactly the planned files,\n  order, holds, gates, residency, soak: what policy-check checks on GitHub); otherwise exits 1 listing what is missing.\n  A local registry only: with a registry on GitHub, people merge the promotion pull request in GitHub once the environment's approvals are met (the policy-check action guards it).";

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  refuseRepository('merge', args, ON_GITHUB);
  const { values, positionals } = parseCommandArgs('merge', args, { registry: { type: 'string' }, as: { type: 'string' }, json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new DhowError('usage', 'dhow merge: name one REQUEST (the id dhow promote printed)');
  if (!/^[1-9][0-9]*$/.test(positionals[0]!))
    throw new DhowError('usage', `dhow merge: REQUEST must be a request number (the id dhow promote printed), got "${positionals[0]}"`);
  const by = actor(ctx, values.as);
  const forge = await openRegistry(ctx, values.registry, by);
  // Merging again what is merged (a re-run, or one after a run killed mid-merge) is done, not an error.
  const request = await forge.getRequest(positionals[0]!);
  if (request.state === 'merged') {
    if (values.json) writeJson(ctx, { request: request.id, merged: true, commit: request.mergeSha ?? null, already: true });
    else ctx.stdout.write(`Request ${request.id} is already merged${request.mergeSha ? ` [${shortSha(request.mergeSha)}]` : ''}: nothing to do\n`);
    return 0;
  }
  const { sha, check } = await mergePromotion(forge, positionals[0]!, { by, at: now(ctx), logger: ctx.logger });
  if (values.json) {
    writeJson(ctx, {
      request: check.request.id,
      merged: true,
      commit: sha,
      model: check.model,
      environment: check.environment,
      version: check.release.version,
    });
    return 0;
  }
  const approvers = check.approvals.approvers.length > 0 ? ` (approved by ${check.approvals.approvers.join(', ')})` : '';
  ctx.stdout.write(
    `Merged request ${check.request.id}${approvers}: ${check.environment} now runs ${check.model} ${check.release.version} [${shortSha(sha)}]\n`,
  );
  return 0;
}
