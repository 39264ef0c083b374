/**
 * `dhow train`: `run` trains on this machine (runner mode) and drafts the version record for
 * `dhow register --from`; `render` and `kubernetes` belong to Kubernetes mode (./train-kubernetes.ts).
 */
import { resolve } from 'node:path';
import { DhowError } from '../../errors.js';
import { assertName } from '../../registry/names.js';
import { s3ArtifactUploader } from '../../storage/index.js';
import { runRunnerTraining } from '../../train/runner/run.js';
import { overlaySpecMapping, parseDurationSeconds, parsePairs, parseParameters, parseTrainingJobSpec, readTrainingSpecFile } from '../../train/spec.js';
import { parseCommandArgs, printHelp, requireOption, subcommandHelp, writeJson, type CliContext } from '../context.js';
import { now } from '../registry.js';

const USAGE = `usage: dhow train <subcommand> [options]

subcommands:
  run          run the training command on this machine (runner mode)
  render       print the Kubernetes Job the training would submit
  kubernetes   run the training as a Kubernetes Job and wait for it

dhow train run --command "CMD" [options]
  --command CMD          the training command line (run with sh -c)
  --spec FILE            a training job spec (YAML: command, gpu, timeout, env, parameters, policy); flags override it
  --output-dir DIR       where the command writes metrics.json and its artifact (DHOW_OUTPUT_DIR; default dhow-output)
  --artifact PATH        the artifact, relative to the output directory (default: the one model or model.* there)
  --artifact-uri URI     the URI the version record names (default: a file:// URI)
  --upload s3://B/P      upload the artifact to P/<model>/<version>/ in bucket B (S3-compatible), read it back to
                         check its digest, and record s3://B/<key>; credentials from AWS_ACCESS_KEY_ID,
                         AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN
  --s3-endpoint URL      the S3-compatible endpoint in the data's region (default https://s3.<region>.amazonaws.com)
  --s3-region R          the bucket's region (default $AWS_REGION, then --data-region, then --region)
  --s3-path-style        address the bucket in the path (endpoint/bucket/key), as most S3-compatible stores need
  --require-gpu          refuse to start without a GPU
  --gpus N               GPUs the job needs (default 0)
  --gpu-product NAME     the GPU model it needs, e.g. "NVIDIA H100 80GB HBM3"
  --mig-profile P        a MIG device it needs, e.g. 1g.10gb
  --timeout DURATION     stop it after this long (e.g. 30m, 2h; default 6h)
  --param NAME=VALUE     a hyper-parameter (repeatable): recorded, and passed as DHOW_PARAM_<NAME>
  --env NAME=VALUE       an environment variable for the command (repeatable)
  --model M --version V  name the version; the draft is then a complete version record
  --region R             the region this runner is in (recorded as training.region; the residency gate checks it)
  --data-uri URI         where the training data is (recorded as data.uri), e.g. s3://bucket/datasets/adi/2026-11/
  --data-digest D        the data's sha256:<hex> digest      --data-version V   its version or snapshot id
  --data-region R        the region that holds the data (default: --region)
  --draft FILE           write the version-record draft (YAML) for dhow register --from FILE
  --checkpoint-root DIR  where per-run checkpoints live (default $DHOW_CHECKPOINT_ROOT or ~/.cache/dhow/checkpoints)
  --nvidia-smi PATH      the nvidia-smi to use (default $DHOW_NVIDIA_SMI or nvidia-smi on PATH)
  --as NAME              who the version record names as its creator (default $GITHUB_ACTOR or $USER)
  --json                 print the result as JSON
`;

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const [sub, ...rest] = args;
  const help = subcommandHelp(sub, ctx, USAGE);
  if (help !== undefined) return help;
  if (sub === 'run') return runOnRunner(rest, ctx);
  if (sub === 'render' || sub === 'kubernetes') return kubernetes(sub, rest, ctx);
  throw new DhowError('usage', `dhow train: unknown subcommand "${sub}" (run, render, kubernetes)`);
}

/** Kubernetes mode lives in ./train-kubernetes.ts (`run(args, ctx)`, args starting with the subcommand). */
async function kubernetes(sub: string, args: string[], ctx: CliContext): Promise<number> {
  let module: { run: (args: string[], ctx: CliContext) => Promise<number> };
  try {
    module = await import('./train-kubernetes.js');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes('train-kubernetes')) {
      throw new DhowError('usage', `dhow train ${sub}: Kubernetes mode is not available in this build of dhow`);
    }
    throw error;
  }
  return module.run([sub, ...args], ctx);
}

/** Parses the spec; a bad value that came from a lineage flag is named by that flag, not by the spec's key. */
function specNamingFlags(raw: Record<string, unknown>, file: string | undefined) {
  try {
    return parseTrainingJobSpec(raw, { file: file ?? 'command line' });
  } catch (error) {
    const flag = error instanceof DhowError && error.field ? LINEAGE_FLAGS[error.field] : undefined;
    if (flag && !file)
      throw new DhowError('usage', `dhow train run: --${flag} ${error instanceof DhowError ? error.message.replace(/^.*field "[^"]*": /, '') : ''}`.trim());
    throw error;
  }
}

const LINEAGE_FLAGS: Record<string, string> = {
  region: 'region',
  'data.uri': 'data-uri',
  'data.digest': 'data-digest',
  'data.version': 'data-version',
  'data.region': 'data-region',
};

async function runOnRunner(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('train run', args, {
    command: { type: 'string' },
    spec: { type: 'string' },
    'output-dir': { type: 'string' },
    artifact: { type: 'string' },
    'artifact-uri': { type: 'string' },
    upload: { type: 'string' },
    's3-endpoint': { type: 'string' },
    's3-region': { type: 'string' },
    's3-path-style': { type: 'boolean' },
    'require-gpu': { type: 'boolean' },
    gpus: { type: 'string' },
    'gpu-product': { type: 'string' },
    'mig-profile': { type: 'string' },
    timeout: { type: 'string' },
    param: { type: 'string', multiple: true },
    env: { type: 'string', multiple: true },
    model: { type: 'string' },
    version: { type: 'string' },
    region: { type: 'string' },
    'data-uri': { type: 'string' },
    'data-digest': { type: 'string' },
    'data-version': { type: 'string' },
    'data-region': { type: 'string' },
    draft: { type: 'string' },
    'checkpoint-root': { type: 'string' },
    'nvidia-smi': { type: 'string' },
    as: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printHelp(ctx, USAGE);
  if ((values.model === undefined) !== (values.version === undefined)) {
    throw new DhowError('usage', 'dhow train run: --model and --version go together');
  }
  if (values.model) assertName('model', values.model, { field: 'model' });
  if (values.version) assertName('version', values.version, { field: 'version' });

  const base: Record<string, unknown> = values.spec ? await readTrainingSpecFile(resolve(ctx.cwd, values.spec)) : {};
  const raw: Record<string, unknown> = { ...base };
  if (values.command !== undefined) raw.command = values.command;
  if (!values.spec) requireOption('train run', 'command', values.command);
  if (values.timeout !== undefined) {
    if (parseDurationSeconds(values.timeout) === null) {
      throw new DhowError('usage', `dhow train run: --timeout "${values.timeout}" is not a duration (e.g. 90s, 30m, 1h30m, or seconds)`);
    }
    raw.timeout = values.timeout;
  }
  const gpu = overlaySpecMapping(base, 'gpu');
  if (values.gpus !== undefined) {
    if (!/^\d+$/.test(values.gpus)) throw new DhowError('usage', `dhow train run: --gpus must be a whole number, got "${values.gpus}"`);
    gpu.count = Number(values.gpus);
  }
  if (values['gpu-product'] !== undefined) gpu.product = values['gpu-product'];
  if (values['mig-profile'] !== undefined) gpu['mig-profile'] = values['mig-profile'];
  if (Object.keys(gpu).length > 0) raw.gpu = gpu;
  if (values['require-gpu']) raw.policy = overlaySpecMapping(base, 'policy', { 'require-gpu': true });
  if (values.param) raw.parameters = overlaySpecMapping(base, 'parameters', parseParameters(values.param, 'param'));
  if (values.env) raw.env = overlaySpecMapping(base, 'env', parsePairs(values.env, 'env'));
  if (values.region !== undefined) raw.region = values.region;
  const data: Record<string, unknown> = {};
  for (const key of ['uri', 'digest', 'version', 'region'] as const) if (values[`data-${key}`] !== undefined) data[key] = values[`data-${key}`];
  if (Object.keys(data).length > 0) raw.data = overlaySpecMapping(base, 'data', data);
  const spec = specNamingFlags(raw, values.spec);
  if (values.upload !== undefined && values['artifact-uri'] !== undefined)
    throw new DhowError('usage', 'dhow train run: --upload and --artifact-uri both name the artifact; give one');
  // Built before training, so a bad location or missing credentials cost no GPU time.
  const upload =
    values.upload === undefined
      ? undefined
      : s3ArtifactUploader(
          {
            location: values.upload,
            endpoint: values['s3-endpoint'],
            region: values['s3-region'],
            fallbackRegion: spec.data.region ?? spec.region,
            pathStyle: values['s3-path-style'] ?? false,
            fields: { location: '--upload', endpoint: '--s3-endpoint', region: '--s3-region' },
          },
          ctx.env,
          ctx.logger,
        );

  const result = await runRunnerTraining({
    upload,
    spec,
    outputDir: values['output-dir'] ?? 'dhow-output',
    artifact: values.artifact,
    optionNames: { artifact: '--artifact' },
    artifactUri: values['artifact-uri'],
    model: values.model,
    version: values.version,
    draftPath: values.draft,
    cwd: ctx.cwd,
    env: ctx.env,
    logger: ctx.logger,
    nvidiaSmi: values['nvidia-smi'],
    checkpointRoot: values['checkpoint-root'],
    createdBy: values.as ?? ctx.env.GITHUB_ACTOR ?? ctx.env.DHOW_ACTOR,
    ...(ctx.env.DHOW_NOW ? { createdAt: new Date(now(ctx)) } : {}),
  });

  if (values.json) {
    writeJson(ctx, {
      metrics: result.metrics,
      artifact: {
        uri: result.artifact.uri,
        digest: result.artifact.digest,
        size: result.artifact.size,
        format: result.artifact.format,
        ...(result.artifact.endpoint ? { endpoint: result.artifact.endpoint, region: result.artifact.region } : {}),
      },
      parameters: result.parameters,
      peakGpuMemoryMiB: result.memory.peakGpuMemoryMiB,
      peakRssBytes: result.memory.peakRssBytes,
      durationSeconds: result.durationSeconds,
      resumed: result.resumed,
      draft: result.draft,
      ...(result.draftPath ? { draftPath: result.draftPath } : {}),
    });
    return 0;
  }
  const lines = [
    `trained in ${result.durationSeconds.toFixed(1)}s${result.resumed ? ' (resumed from checkpoints)' : ''}`,
    `artifact  ${result.artifact.uri}`,
    `digest    ${result.artifact.digest} (${result.artifact.size} bytes)`,
    `metrics   ${Object.entries(result.metrics)
      .map(([k, v]) => `${k}=${Number(v.toPrecision(4))}`)
      .join(' ')}`,
    `memory    ${result.memory.peakGpuMemoryMiB === null ? 'no GPU' : `peak GPU ${result.memory.peakGpuMemoryMiB} MiB`}, peak RSS ${(result.memory.peakRssBytes / 2 ** 20).toFixed(1)} MiB`,
  ];
  if (result.draftPath) lines.push(`draft     ${result.draftPath} (dhow register --from ${values.draft})`);
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
