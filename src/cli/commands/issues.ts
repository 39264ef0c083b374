/**
 * dhow issues [list|show ID|close ID]: the issues dhow raised in a local registry (on refs/dhow/issues),
 * today the revert it could not make (no last known good, or it is on hold). Closing one is a person
 * saying "we know": dhow then leaves it closed and silent for that version, however often the alert repeats.
 */
import { DhowError } from '../../errors.js';
import { parseCommandArgs, writeJson, type CliContext } from '../context.js';
import { actor, helpRequested, openRegistry, refuseRepository, table } from '../registry.js';

const ON_GITHUB = "on GitHub, see dhow's issues in the repository's Issues tab (dhow status --repository lists the open ones)";
const USAGE = `usage: dhow issues --registry DIR [list] [--all] [--json]
       dhow issues --registry DIR show ID [--json]
       dhow issues --registry DIR close ID [--as NAME]
  Issues dhow raised when it could not revert by itself; list shows the open ones (--all: closed too).
  A closed issue stays closed: dhow neither reopens it nor writes to it again for the same version.\n  A local registry only: with a registry on GitHub, see dhow's issues in the repository's Issues tab (dhow status --repository lists the open ones).`;

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  refuseRepository('issues', args, ON_GITHUB);
  const { values, positionals } = parseCommandArgs(
    'issues',
    args,
    { registry: { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' }, as: { type: 'string' } },
    true,
  );
  const [sub = 'list', id, ...extra] = positionals;
  if (extra.length > 0) throw new DhowError('usage', `dhow issues: unexpected "${extra.join(' ')}"`);
  if (sub === 'list') {
    if (id !== undefined) throw new DhowError('usage', `dhow issues list takes no ID (did you mean "dhow issues show ${id}"?)`);
    const forge = await openRegistry(ctx, values.registry);
    const issues = (await forge.listIssues(values.all ? 'all' : 'open')).reverse();
    if (values.json) writeJson(ctx, { issues });
    else if (issues.length === 0) ctx.stdout.write(values.all ? 'dhow raised no issues\n' : 'No open issues\n');
    else
      ctx.stdout.write(
        table(
          ['ISSUE', 'STATE', 'TITLE'],
          issues.map((i) => [i.id, i.state, i.title]),
        ),
      );
    return 0;
  }
  if (sub !== 'show' && sub !== 'close') throw new DhowError('usage', `dhow issues: unknown subcommand "${sub}" (list, show ID or close ID)`);
  if (id === undefined || !/^[1-9][0-9]*$/.test(id)) throw new DhowError('usage', `dhow issues ${sub}: name one issue number${id ? `, got "${id}"` : ''}`);
  if (sub === 'show') {
    const forge = await openRegistry(ctx, values.registry);
    const issue = (await forge.listIssues('all')).find((i) => i.id === id);
    if (!issue) throw new DhowError('not-found', `dhow issues show: no issue ${id}`);
    if (values.json) writeJson(ctx, issue);
    else ctx.stdout.write(`#${issue.id} (${issue.state}) ${issue.title}\n\n${issue.body}\n`);
    return 0;
  }
  const by = actor(ctx, values.as);
  const forge = await openRegistry(ctx, values.registry, by);
  await forge.closeIssue(id, by);
  ctx.stdout.write(`Closed issue ${id}: dhow leaves it closed\n`);
  return 0;
}
