/**
 * dhow versions --model M [--json]: a model's versions, newest first, with their key metrics, the gate
 * verdict of each environment (the evidence the policy engine judges: gates/<env>/<model>/<version>.yaml,
 * else the record's own gates in older registries), and where each runs now (or is held). Reads the version
 * records, their gate evidence and the model's release files only.
 */
import { DhowError } from '../../errors.js';
import { gateResultsByEnvironment } from '../../registry/gate-evidence.js';
import { gateEvidencePath, modelPath, releasePath, versionPath } from '../../registry/paths.js';
import { RegistryReader } from '../../registry/store.js';
import { parseCommandArgs, requireName, writeJson, type CliContext } from '../context.js';
import { helpRequested, openForge, shortDigest, table, WHERE_OPTIONS } from '../registry.js';

const USAGE =
  'usage: dhow versions (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M [--json]\n' +
  '  --json prints {"model", "versions": [{"version", "digest", "createdAt", "createdBy", "metrics", "gates", "runsIn", "heldIn"}]},\n' +
  '  gates: {ENV: {"verdict", "source": "evidence"|"record", "attempts"}} for each environment with gate results.';

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
  const [records, releases, evidence] = await Promise.all([
    reader.readMany(
      'ModelVersion',
      names.map((v) => versionPath(model, v)),
    ),
    reader.readMany(
      'Release',
      environments.map((env) => releasePath(env, model)),
    ),
    // Every (version, environment) evidence file in one batch: one read however many versions there are.
    reader.readMany(
      'GateEvidence',
      names.flatMap((v) => environments.map((env) => gateEvidencePath(env, model, v))),
    ),
  ]);
  const evidenceOf = (version: string) => {
    const i = names.indexOf(version);
    const out: Record<string, NonNullable<(typeof evidence)[number]>> = {};
    environments.forEach((env, j) => {
      const file = evidence[i * environments.length + j];
      if (file) out[env] = file;
    });
    return out;
  };
  const versions = records
    .filter((r) => r !== null)
    .sort((a, b) => b['created-at'].localeCompare(a['created-at']) || b.version.localeCompare(a.version))
    .map((r) => ({
      version: r.version,
      digest: r.artifact.digest,
      createdAt: r['created-at'],
      createdBy: r['created-by'],
      metrics: r.metrics,
      gates: Object.fromEntries(
        gateResultsByEnvironment(environments, evidenceOf(r.version), r).map((g) => [
          g.environment,
          { verdict: g.results.verdict, source: g.source, attempts: g.attempts.length },
        ]),
      ),
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
      gatesCell(v.gates),
      v.runsIn.join(', ') || '-',
      v.heldIn.join(', ') || '-',
    ];
  });
  ctx.stdout.write(table(['VERSION', 'DIGEST', 'CREATED', 'BY', 'METRICS', 'GATES', 'RUNS IN', 'HELD IN'], rows));
  return 0;
}

/** `dev=pass staging=pass(2 attempts)`; an older registry's record verdict, the same everywhere, once: `pass (record)`. */
function gatesCell(gates: Record<string, { verdict: string; source: 'evidence' | 'record'; attempts: number }>): string {
  const entries = Object.entries(gates);
  if (entries.length === 0) return '-';
  if (entries.every(([, g]) => g.source === 'record')) return `${entries[0]![1].verdict} (record)`;
  return entries.map(([env, g]) => `${env}=${g.verdict}${g.source === 'record' ? '(record)' : g.attempts > 1 ? `(${g.attempts} attempts)` : ''}`).join(' ');
}
