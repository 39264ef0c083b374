/** dhow history --model M --env ENV [--json]: the releases of a model in an environment, newest first. */
import { DhowError } from '../../errors.js';
import { CONFIG_PATH, modelPath, TRAILERS } from '../../registry/paths.js';
import { RegistryReader } from '../../registry/store.js';
import { parseCommandArgs, requireName, writeJson, type CliContext } from '../context.js';
import { openForge, WHERE_OPTIONS, shortSha, table, helpRequested } from '../registry.js';

const USAGE = 'usage: dhow history (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M --env ENV [--limit N] [--json]';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  const { values } = parseCommandArgs('history', args, {
    ...WHERE_OPTIONS,
    model: { type: 'string' },
    env: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  });
  const model = requireName('history', 'model', 'model', values.model);
  const environment = requireName('history', 'environment', 'env', values.env);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new DhowError('usage', `dhow history: --limit must be a positive whole number (got "${values.limit}")`);
  const forge = await openForge(ctx, 'history', values);
  const reader = await RegistryReader.open(forge);
  const [config, modelFile] = await Promise.all([reader.config(), reader.model(model)]);
  const environments = config.environments.map((e) => e.name);
  if (!environments.includes(environment)) {
    throw new DhowError('not-found', `dhow history: unknown environment "${environment}": ${CONFIG_PATH} lists ${environments.join(', ')}`, { field: '--env' });
  }
  if (!modelFile)
    throw new DhowError('not-found', `dhow history: unknown model "${model}": ${modelPath(model)} does not exist (register a version first: dhow register)`, {
      field: '--model',
    });
  const entries = await reader.releaseHistory(environment, model, limit ? { limit } : {});
  // A release a pull request brought is reported as its merge: the merge commit, the number, who merged it.
  const history = entries.map((e) => ({
    commit: e.request?.mergeSha ?? e.commit,
    date: e.date,
    version: e.release?.version ?? null,
    digest: e.release?.digest ?? null,
    previous: e.release?.previous ?? null,
    action: e.release === null ? 'removed' : e.release['revert-of'] ? 'rollback' : 'promotion',
    revertOf: e.release?.['revert-of'] ?? null,
    request: e.request?.id ?? e.trailers[TRAILERS.request] ?? null,
    promotedBy: e.release?.['promoted-by'] ?? null,
    promotedAt: e.release?.['promoted-at'] ?? null,
    mergedBy: e.request?.mergedBy || e.author,
    subject: e.subject,
  }));
  if (values.json) {
    writeJson(ctx, { model, environment, history });
    return 0;
  }
  if (history.length === 0) {
    ctx.stdout.write(`${model} has never been released to ${environment}\n`);
    return 0;
  }
  const rows = history.map((h) => [
    `${new Date(h.date).toISOString().slice(0, 16).replace('T', ' ')}Z`,
    h.version ?? '-',
    h.action === 'rollback' ? `rollback (from ${h.revertOf})` : h.action === 'promotion' ? `promotion${h.previous ? ` (from ${h.previous})` : ''}` : h.action,
    h.request ? `#${h.request}` : '-',
    h.mergedBy,
    shortSha(h.commit),
  ]);
  ctx.stdout.write(`${model} in ${environment}, newest first:\n` + table(['WHEN', 'VERSION', 'WHAT', 'REQUEST', 'BY', 'COMMIT'], rows));
  return 0;
}
