/** dhow site: the registry dashboard, a static site built from the registry alone and written whole or not at all. */
import { resolve } from 'node:path';
import { writeDirectoryAtomic } from '../../atomic-directory.js';
import { readRegistrySnapshot } from '../../evidence/snapshot.js';
import { buildSite } from '../../site/build.js';
import { parseCommandArgs, requireOption, type CliContext } from '../context.js';
import { openForge, WHERE_OPTIONS, helpRequested } from '../registry.js';

const USAGE = `usage: dhow site (--registry DIR | --repository OWNER/NAME [--api-url URL]) --out DIR
  Writes index.html (models x environments), models/<model>.html, environments/<env>.html and audit.html to DIR:
  no server, no request leaves the pages; the same commit gives the same files.`;

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  const { values } = parseCommandArgs('site', args, { ...WHERE_OPTIONS, out: { type: 'string' } });
  const out = resolve(ctx.cwd, requireOption('site', 'out', values.out));
  const forge = await openForge(ctx, 'site', values);
  const snapshot = await readRegistrySnapshot(forge);
  const openRequests = (await forge.listRequests('open'))
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((r) => ({ id: r.id, title: r.title, author: r.author, branch: r.branch, ...(r.url ? { url: r.url } : {}) }));
  const files = await buildSite(snapshot, { openRequests });
  await writeDirectoryAtomic(out, { files, marker: 'site.json', isOurs: (m) => m.includes('"generator": "dhow site"'), flag: '--out' });
  ctx.stdout.write(`wrote ${files.size} pages and files to ${out} from commit ${snapshot.commit}\n`);
  return 0;
}
