/** dhow review REQUEST (--approve | --request-changes) --as NAME [--comment TEXT] */
import { DhowError } from '../../errors.js';
import { parseCommandArgs, requireOption, writeJson, type CliContext } from '../context.js';
import { openRegistry, shortSha, helpRequested, refuseRepository } from '../registry.js';

const ON_GITHUB = 'on GitHub, review the promotion pull request in GitHub (approve or request changes there)';
const USAGE =
  'usage: dhow review --registry DIR REQUEST (--approve | --request-changes | --comment TEXT) --as NAME [--comment TEXT] [--json]\n  A local registry only: with a registry on GitHub, review the promotion pull request in GitHub (approve or request changes there).';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  refuseRepository('review', args, ON_GITHUB);
  const { values, positionals } = parseCommandArgs(
    'review',
    args,
    {
      registry: { type: 'string' },
      approve: { type: 'boolean' },
      'request-changes': { type: 'boolean' },
      comment: { type: 'string' },
      as: { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (positionals.length !== 1) throw new DhowError('usage', 'dhow review: name one REQUEST (the id dhow promote printed)');
  if (!/^[1-9][0-9]*$/.test(positionals[0]!))
    throw new DhowError('usage', `dhow review: REQUEST must be a request number (the id dhow promote printed), got "${positionals[0]}"`);
  if (values.approve && values['request-changes']) throw new DhowError('usage', 'dhow review: --approve and --request-changes exclude each other');
  if (!values.approve && !values['request-changes'] && !values.comment)
    throw new DhowError('usage', 'dhow review: pass --approve, --request-changes or --comment TEXT');
  const reviewer = requireOption('review', 'as', values.as);
  const id = positionals[0]!;
  const forge = await openRegistry(ctx, values.registry, reviewer);
  if (values.approve) {
    // Names compare as the approval count compares them (trimmed, any case): the author's approval never counts.
    const { author } = await forge.getRequest(id);
    if (author.trim().toLowerCase() === reviewer.trim().toLowerCase()) {
      throw new DhowError(
        'refused',
        `dhow review: ${reviewer} opened request ${id}, and the author of a request cannot approve it (--request-changes and --comment are allowed)`,
      );
    }
  }
  const state = values.approve ? 'approved' : values['request-changes'] ? 'changes_requested' : 'commented';
  const review = await forge.submitReview(id, { reviewer, state, body: values.comment });
  if (values.json) {
    writeJson(ctx, { request: id, reviewer, state, commit: review.commitSha });
    return 0;
  }
  const what = { approved: 'approved', changes_requested: 'requested changes on', commented: 'commented on' }[state];
  ctx.stdout.write(`${reviewer} ${what} request ${id} at ${shortSha(review.commitSha)}${values.comment ? `: "${values.comment}"` : ''}\n`);
  return 0;
}
