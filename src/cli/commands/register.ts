/**
 * dhow register: records a model version. The record comes from --from FILE.yaml (any fields of a
 * ModelVersion) overlaid with the flags; the digest from --artifact-file (sha256 of the file) or --digest.
 * --gate-report FILE --environment ENV records the gate results as that environment's evidence, in the
 * same commit (or alone, when the version is already registered).
 */
import { resolve } from 'node:path';
import { readBoundedFile } from '../../bounded-file.js';
import { DhowError } from '../../errors.js';
import { readGateReportFile, reportDigest, versionGates } from '../../gates/report.js';
import { sha256File } from '../../registry/digest.js';
import { assertName } from '../../registry/names.js';
import { API_VERSION, type VersionRecord } from '../../registry/schemas.js';
import { registerVersion } from '../../registry/store.js';
import { MAX_REGISTRY_FILE_BYTES, validateRegistryObject } from '../../registry/files.js';
import { versionPath } from '../../registry/paths.js';
import { readVersionDraftFile } from '../../train/draft.js';
import { parseCommandArgs, writeJson, type CliContext } from '../context.js';
import { actor, now, openForge, shortSha, helpRequested, WHERE_OPTIONS } from '../registry.js';

const OPTIONS = {
  ...WHERE_OPTIONS,
  model: { type: 'string' },
  version: { type: 'string' },
  artifact: { type: 'string' },
  'artifact-file': { type: 'string' },
  digest: { type: 'string' },
  format: { type: 'string' },
  metrics: { type: 'string' },
  param: { type: 'string', multiple: true },
  from: { type: 'string' },
  'gate-report': { type: 'string' },
  environment: { type: 'string' },
  as: { type: 'string' },
  json: { type: 'boolean' },
} as const;

async function readText(path: string, what: string): Promise<string> {
  return readBoundedFile(path, MAX_REGISTRY_FILE_BYTES, what);
}

/** A flat JSON object of numbers: {"accuracy": 0.91, ...}. */
async function readMetricsFile(path: string): Promise<Record<string, number>> {
  const text = await readText(path, 'the metrics file');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // V8's message quotes the text: never echo a file's content.
    throw new DhowError('invalid-input', 'not JSON: expected a JSON object of metric names to numbers', { file: path });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new DhowError('invalid-input', 'expected a JSON object of metric names to numbers', { file: path });
  const metrics: Record<string, number> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new DhowError('invalid-input', `expected a finite number, found ${JSON.stringify(value)}`, { file: path, field: key });
    metrics[key] = value;
  }
  return metrics;
}

function parseParam(text: string): [string, string | number | boolean] {
  const at = text.indexOf('=');
  if (at <= 0) throw new DhowError('usage', `dhow register: --param must be KEY=VALUE (got "${text}")`, { field: '--param' });
  const key = text.slice(0, at);
  const raw = text.slice(at + 1);
  const value = raw === 'true' ? true : raw === 'false' ? false : /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(raw) ? Number(raw) : raw;
  return [key, value];
}

const USAGE =
  "usage: dhow register (--registry DIR | --repository OWNER/NAME [--api-url URL]) --model M --version V --artifact URI [--artifact-file PATH | --digest sha256:HEX]\n                     [--format F] [--metrics FILE.json] [--param KEY=VALUE]... [--from FILE.yaml] [--as NAME] [--json]\n                     [--gate-report REPORT.json --environment ENV]\n  Records an immutable version: the same content again is a no-op, different content is refused.\n  With --gate-report and --environment, the report is recorded as that environment's gate evidence\n  (gates/ENV/MODEL/VERSION.yaml); registering the same version for another environment records only that.";

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  const { values } = parseCommandArgs('register', args, OPTIONS);
  const base = values.from ? await readVersionDraftFile(resolve(ctx.cwd, values.from), '--from') : {};
  const model = values.model ?? (base.model as string | undefined);
  const version = values.version ?? (base.version as string | undefined);
  if (!model) throw new DhowError('usage', 'dhow register: --model is required');
  if (!version) throw new DhowError('usage', 'dhow register: --version is required');
  assertName('model', model, { field: '--model' });
  assertName('version', version, { field: '--version' });

  const artifact = { ...((base.artifact as Record<string, unknown> | undefined) ?? {}) };
  if (values.artifact) artifact.uri = values.artifact;
  if (!artifact.uri) throw new DhowError('usage', 'dhow register: --artifact URI is required');
  if (values['artifact-file']) {
    const { digest, size } = await sha256File(resolve(ctx.cwd, values['artifact-file'])).catch((error: Error) => {
      throw new DhowError('invalid-input', `cannot read the artifact: ${error.message}`, { field: '--artifact-file' });
    });
    if (values.digest && values.digest !== digest)
      throw new DhowError('refused', `--digest ${values.digest} does not match the file's ${digest}`, { field: '--digest' });
    artifact.digest = digest;
    artifact.size = size;
  } else if (values.digest) artifact.digest = values.digest;
  if (!artifact.digest)
    throw new DhowError('usage', 'dhow register: the artifact digest is unknown: pass --artifact-file PATH (dhow hashes it) or --digest sha256:...');
  if (values.format) artifact.format = values.format;

  const metrics = {
    ...((base.metrics as Record<string, number> | undefined) ?? {}),
    ...(values.metrics ? await readMetricsFile(resolve(ctx.cwd, values.metrics)) : {}),
  };
  const parameters = { ...((base.parameters as Record<string, unknown> | undefined) ?? {}), ...Object.fromEntries((values.param ?? []).map(parseParam)) };
  if ((values['gate-report'] === undefined) !== (values.environment === undefined)) {
    throw new DhowError('usage', 'dhow register: --gate-report and --environment go together (the environment the gates ran for)', {
      field: values.environment === undefined ? '--environment' : '--gate-report',
    });
  }
  if (values.environment !== undefined) assertName('environment', values.environment, { field: '--environment' });
  const report = values['gate-report'] ? await readGateReportFile(resolve(ctx.cwd, values['gate-report']), '--gate-report') : undefined;
  const by = actor(ctx, values.as);
  const record = validateRegistryObject('ModelVersion', values.from ?? versionPath(model, version), {
    ...base,
    apiVersion: API_VERSION,
    kind: 'ModelVersion',
    model,
    version,
    artifact,
    metrics,
    parameters,
    'created-by': (base['created-by'] as string | undefined) ?? by,
    'created-at': (base['created-at'] as string | undefined) ?? now(ctx),
  }) as VersionRecord;

  const forge = await openForge(ctx, 'register', values, by);
  const evidence =
    report && values.environment !== undefined
      ? {
          environment: values.environment,
          attempt: { ...versionGates(report.report, reportDigest(report.text)), 'recorded-by': by, 'recorded-at': now(ctx) },
        }
      : undefined;
  const result = await registerVersion(forge, record, { logger: ctx.logger, by, ...(evidence ? { evidence } : {}) });
  const recorded = result.evidence?.operation === 'recorded' ? `\nRecorded the gate results for ${values.environment} in ${result.evidence.path}` : '';
  if (values.json) {
    writeJson(ctx, {
      model,
      version,
      operation: result.operation,
      path: result.path,
      commit: result.commit,
      digest: record.artifact.digest,
      ...(result.evidence ? { evidence: { operation: result.evidence.operation, path: result.evidence.path, environment: values.environment } } : {}),
    });
  } else if (result.operation === 'created') {
    ctx.stdout.write(
      `Registered ${model} ${version} (${record.artifact.digest}) in ${result.path} [${shortSha(result.commit)}]${result.modelCreated ? `\nNew model ${model}: models/${model}/model.yaml` : ''}${recorded}\n`,
    );
  } else {
    const what =
      result.evidence?.operation === 'recorded' ? `recorded its gate results for ${values.environment} in ${result.evidence.path}` : 'nothing changed';
    ctx.stdout.write(`${model} ${version} is already registered with identical content: ${what}\n`);
  }
  return 0;
}
