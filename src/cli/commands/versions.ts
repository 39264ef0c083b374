/**
 * dhow versions --model M [--json]: a model's versions, newest first, with their key metrics, the gate
 * verdict recorded with them, and where each runs now (or is held). Reads the version records and the
 * model's release files only.
 */
import { DhowError } from '../../errors.js';
import { modelPath, releasePath, versionPath } from '../../registry/paths.js';
import { RegistryReader } from '../../registry/store.js';
import { parseCommandArgs, requireName, writeJson, type CliContext } from '../context.js';
import { helpRequested, openForge, shortDigest, table, WHERE_OPTIONS } from '../registry.js';

const USAGE =
  'usage: dhow versions (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M [--json]\n' +
  '  --json prints {"model", "versions": [{"version", "digest", "createdAt", "createdBy", "metrics", "gates", "runsIn", "heldIn"}]}.';

/** How many metrics the table shows per version; --json has them all. */
const TABLE_METRICS = 4;

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  const { values } = parseCommandArgs('versions', args, { ...WHERE_OPTIONS, model: { type: 'string' }, json: { type: 'boolean' } });
  const model = requireName('versions', 'model', 'model', values.model);
  const forge = await openForge(ctx, 'versions', values);
  const reader = await RegistryReader.open(forge);
  const [config, modelFile, names] = await Promise.all([reader.config(), reader.model(model), reader.listVersions(model)]);
  if (!modelFile)
    throw new DhowError('not-found', `dhow versions: unknown model "${model}": ${modelPath(model)} does not exist (register a version first: dhow register)`, {
      field: '--model',
    });
  const environments = config.environments.map((e) => e.name);
  const [records, releases] = await Promise.all([
    reader.readMany(
      'ModelVersion',
      names.map((v) => versionPath(model, v)),
    ),
    reader.readMany(
      'Release',
      environments.map((env) => releasePath(env, model)),
    ),
  ]);
  const versions = records
    .filter((r) => r !== null)
    .sort((a, b) => b['created-at'].localeCompare(a['created-at']) || b.version.localeCompare(a.version))
    .map((r) => ({
      version: r.version,
      digest: r.artifact.digest,
      createdAt: r['created-at'],
      createdBy: r['created-by'],
      metrics: r.metrics,
      gates: r.gates?.verdict ?? null,
      runsIn: releases.filter((rel) => rel?.version === r.version).map((rel) => rel!.environment),
      heldIn: releases.filter((rel) => rel?.holds.some((h) => h.version === r.version)).map((rel) => rel!.environment),
    }));
  if (values.json) {
    writeJson(ctx, { model, versions });
    return 0;
  }
  if (versions.length === 0) {
    ctx.stdout.write(`${model} has no versions yet\n`);
    return 0;
  }
  const rows = versions.map((v) => {
    const metrics = Object.entries(v.metrics).sort(([a], [b]) => a.localeCompare(b));
    const shown = metrics.slice(0, TABLE_METRICS).map(([k, n]) => `${k}=${Number(n.toPrecision(4))}`);
    if (metrics.length > TABLE_METRICS) shown.push(`+${metrics.length - TABLE_METRICS} more`);
    return [
      v.version,
      shortDigest(v.digest),
      v.createdAt,
      v.createdBy,
      shown.join(' ') || '-',
      v.gates ?? '-',
      v.runsIn.join(', ') || '-',
      v.heldIn.join(', ') || '-',
    ];
  });
  ctx.stdout.write(table(['VERSION', 'DIGEST', 'CREATED', 'BY', 'METRICS', 'GATES', 'RUNS IN', 'HELD IN'], rows));
  return 0;
}
