/** dhow status [--model M] [--json]: what runs where. Reads dhow.yaml and the release files only. */
import { DhowError } from '../../errors.js';
import { assertName } from '../../registry/names.js';
import { modelPath } from '../../registry/paths.js';
import { RegistryReader } from '../../registry/store.js';
import { parseCommandArgs, writeJson, type CliContext } from '../context.js';
import { openForge, WHERE_OPTIONS, shortDigest, table, helpRequested } from '../registry.js';

const USAGE =
  'usage: dhow status (--registry DIR | --repository OWNER/NAME [--api-url URL]) [--model M] [--json]\n  --json prints {"releases": [{"model", "environment", "version", "digest", "promotedAt", "promotedBy"}]}.';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  const { values } = parseCommandArgs('status', args, { ...WHERE_OPTIONS, model: { type: 'string' }, json: { type: 'boolean' } });
  if (values.model !== undefined) assertName('model', values.model, { field: '--model' });
  const forge = await openForge(ctx, 'status', values);
  const reader = await RegistryReader.open(forge);
  const [config, modelFile] = await Promise.all([reader.config(), values.model === undefined ? undefined : reader.model(values.model)]);
  if (modelFile === null) {
    throw new DhowError(
      'not-found',
      `dhow status: unknown model "${values.model}": ${modelPath(values.model!)} does not exist (register a version first: dhow register)`,
      { field: '--model' },
    );
  }
  const order = new Map(config.environments.map((e, i) => [e.name, i]));
  const releases = (await reader.listReleases())
    .filter((r) => values.model === undefined || r.model === values.model)
    .sort((a, b) => a.model.localeCompare(b.model) || (order.get(a.environment) ?? 0) - (order.get(b.environment) ?? 0));
  if (values.json) {
    writeJson(ctx, {
      releases: releases.map((r) => ({
        model: r.model,
        environment: r.environment,
        version: r.version,
        digest: r.digest,
        promotedAt: r['promoted-at'],
        promotedBy: r['promoted-by'],
      })),
    });
    return 0;
  }
  const open = (await forge.listRequests('open')).filter((r) => values.model === undefined || r.branch.endsWith(`/${values.model}`)).reverse();
  const issues = (await forge.listIssues('open')).filter((i) => values.model === undefined || i.title.split(' ').includes(values.model)).reverse();
  const requests =
    (open.length === 0
      ? ''
      : `\nOpen promotion requests:\n${table(
          ['REQUEST', 'TITLE', 'AUTHOR'],
          open.map((r) => [`#${r.id}`, r.title, r.author]),
        )}`) +
    (issues.length === 0
      ? ''
      : forge.kind === 'github'
        ? `\nOpen issues:\n${table(
            ['ISSUE', 'TITLE'],
            issues.map((i) => [`#${i.id}`, i.title]),
          )}`
        : `\nOpen issues (dhow issues show ID):\n${table(
            ['ISSUE', 'TITLE'],
            issues.map((i) => [i.id, i.title]),
          )}`);
  if (releases.length === 0) {
    ctx.stdout.write((values.model ? `${values.model} is not released anywhere yet\n` : 'Nothing is released yet\n') + requests);
    return 0;
  }
  const rows = releases.map((r) => {
    const notes = [r['revert-of'] ? `rolled back from ${r['revert-of']}` : '', r.holds.length ? `held: ${r.holds.map((h) => h.version).join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
    return [r.model, r.environment, r.version, shortDigest(r.digest), r['last-known-good'] ?? '-', r['promoted-at'], r['promoted-by'], notes];
  });
  ctx.stdout.write(table(['MODEL', 'ENVIRONMENT', 'VERSION', 'DIGEST', 'LAST-GOOD', 'SINCE', 'BY', 'NOTES'], rows) + requests);
  return 0;
}
