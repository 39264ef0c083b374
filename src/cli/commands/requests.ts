/**
 * dhow requests [list [--all] | show ID] [--json]: dhow's promotion, revert and hold requests (pull
 * requests on GitHub), with their state, reviews (who reviewed, how, and on which commit: a review of an
 * older head no longer counts) and conversation comments (people's, and dhow's own by purpose).
 */
import { DhowError } from '../../errors.js';
import { parseCommandArgs, writeJson, type CliContext } from '../context.js';
import { helpRequested, openForge, shortSha, table, WHERE_OPTIONS } from '../registry.js';

const USAGE = `usage: dhow requests (--registry DIR | --repository OWNER/NAME [--api-url URL]) [list] [--all] [--json]
       dhow requests (--registry DIR | --repository OWNER/NAME [--api-url URL]) show ID [--json]
  list shows the open requests (--all: merged and closed too), newest first; show one with its reviews and comments.
  --json prints {"requests": [...]} or {"request", "reviews": [{"reviewer", "state", "commit", "onHead", "submittedAt", "body"}],
  "comments": [{"author", "body", "marker", "createdAt", "updatedAt", "url"}]} (author null: not recorded; marker: dhow's own, by purpose).`;

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  const { values, positionals } = parseCommandArgs('requests', args, { ...WHERE_OPTIONS, all: { type: 'boolean' }, json: { type: 'boolean' } }, true);
  const [sub = 'list', id, ...extra] = positionals;
  if (extra.length > 0) throw new DhowError('usage', `dhow requests: unexpected "${extra.join(' ')}"`);
  if (sub === 'list') {
    if (id !== undefined) throw new DhowError('usage', `dhow requests list takes no ID (did you mean "dhow requests show ${id}"?)`);
    const forge = await openForge(ctx, 'requests', values);
    const requests = (await forge.listRequests(values.all ? 'all' : 'open')).sort((a, b) => Number(b.id) - Number(a.id));
    if (values.json) {
      writeJson(ctx, { requests });
      return 0;
    }
    if (requests.length === 0) ctx.stdout.write(values.all ? 'No requests\n' : 'No open requests\n');
    else
      ctx.stdout.write(
        table(
          ['REQUEST', 'STATE', 'TITLE', 'AUTHOR', 'HEAD'],
          requests.map((r) => [`#${r.id}`, r.state, r.title, r.author, shortSha(r.headSha)]),
        ),
      );
    return 0;
  }
  if (sub !== 'show') throw new DhowError('usage', `dhow requests: unknown subcommand "${sub}" (list or show ID)`);
  if (id === undefined || !/^[1-9][0-9]*$/.test(id)) throw new DhowError('usage', `dhow requests show: name one request number${id ? `, got "${id}"` : ''}`);
  const forge = await openForge(ctx, 'requests', values);
  const request = await forge.getRequest(id);
  const reviews = (await forge.listReviews(id)).map((r) => ({
    reviewer: r.reviewer,
    state: r.state,
    commit: r.commitSha,
    onHead: r.commitSha === request.headSha,
    submittedAt: r.submittedAt,
    body: r.body ?? null,
  }));
  const comments = (await forge.listComments(id)).map((c) => ({
    author: c.author,
    body: c.body,
    marker: c.marker ?? null,
    createdAt: c.createdAt ?? null,
    updatedAt: c.updatedAt,
    url: c.url ?? null,
  }));
  if (values.json) {
    writeJson(ctx, { request, reviews, comments });
    return 0;
  }
  const lines = [
    `#${request.id} (${request.state}) ${request.title}`,
    ...(request.url ? [request.url] : []),
    `branch ${request.branch} -> ${request.base}, head ${shortSha(request.headSha)}, by ${request.author}${request.mergeSha ? `, merged as ${shortSha(request.mergeSha)}` : ''}`,
    '',
    request.body,
    '',
  ];
  ctx.stdout.write(lines.join('\n'));
  ctx.stdout.write(
    reviews.length === 0
      ? 'No reviews\n'
      : `Reviews:\n${table(
          ['REVIEWER', 'STATE', 'COMMIT', 'WHEN', 'COMMENT'],
          reviews.map((r) => [r.reviewer, r.state, `${shortSha(r.commit)}${r.onHead ? '' : ' (older head)'}`, r.submittedAt, r.body ?? '']),
        )}`,
  );
  ctx.stdout.write(comments.length === 0 ? 'No comments\n' : `\nComments:\n${comments.map(commentText).join('\n')}`);
  return 0;
}

/** One comment as `dhow requests show` prints it: who (or dhow's purpose) and when, then the text indented. */
function commentText(c: { author: string | null; body: string; marker: string | null; updatedAt: string }): string {
  const who = c.marker ? `dhow (${c.marker})${c.author ? ` as ${c.author}` : ''}` : (c.author ?? 'unknown');
  const text = c.body
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`.trimEnd());
  return `${who}, ${c.updatedAt}:\n${text.join('\n')}\n`;
}
