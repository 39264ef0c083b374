/**
 * `dhow train render` prints the Job Kubernetes mode would submit (for teams that commit it);
 * `dhow train kubernetes` submits it and waits. Reached from `dhow train` (args start with the subcommand).
 * `render` never loads the Kubernetes client; `kubernetes` loads it by dynamic import. Flags are read into the
 * same typed inputs the `train` action builds (the shared training spec, `KubernetesModeSettings`, the run)
 * and planned by the same pure `planKubernetesTraining`: one builder, one set of defaults; errors from the
 * schemas name the flag.
 */
import { readFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { DhowError } from '../../errors.js';
import { openLocalForge } from '../../forge/local.js';
import { parseRegistryFile } from '../../registry/files.js';
import { RegistryReader } from '../../registry/store.js';
import { parseKubernetesModeSettings, planKubernetesTraining, trainingRunFromEnv, type KubernetesModeSettingsInput } from '../../train/kubernetes/plan.js';
import { renderJob } from '../../train/kubernetes/render.js';
import { parseTrainingJobSpec, type TrainingJobSpecInput } from '../../train/spec.js';
import { parseCommandArgs, printHelp, writeJson, type CliContext } from '../context.js';

const USAGE = `usage: dhow train render     [options] -- COMMAND [ARG...]
       dhow train kubernetes [options] -- COMMAND [ARG...]

  --image IMAGE            container image, pinned as name@sha256:<digest>
  --namespace NS           namespace of the Job (default: the kubeconfig context's, else "default")
  --repository OWNER/NAME  names the Job with the run (default: $GITHUB_REPOSITORY)
  --run-id ID              (default: $GITHUB_RUN_ID, else "local")
  --run-attempt N          (default: $GITHUB_RUN_ATTEMPT, else 1)
  --gpus N                 whole GPUs, MIG devices or shares (default 1)
  --gpu-product PRODUCT    node label nvidia.com/gpu.product, e.g. NVIDIA-H100-80GB-HBM3
  --mig-profile PROFILE    a MIG device instead of a whole GPU, e.g. 1g.10gb (checked against the product)
  --gpu-shared [RESOURCE]  a time-sliced GPU (default resource nvidia.com/gpu.shared)
  --cpu Q  --memory Q      requests (memory is also the limit)
  --env NAME=VALUE         (repeatable)
  --spot                   tolerate each cloud's spot taint
  --queue NAME             Kueue LocalQueue (the Job is created suspended)
  --timeout DURATION       activeDeadlineSeconds: seconds, or 90s, 30m, 1h30m (default 6h)
  --backoff-limit N        failed pods tolerated (default 2; preemptions do not count)
  --fail-exit-code N       exit code that fails the Job at once (repeatable)
  --allowed-region REGION  nodes must be in this region (repeatable; adds to the registry's residency policy)
  --registry DIR           read residency from DIR/dhow.yaml
  --allow-unpinned-image   accept an image without a digest
  --json                   print the Job (render) or the result (kubernetes) as JSON
kubernetes only:
  --kubeconfig FILE        (default: the first file of $KUBECONFIG, else in-cluster)
  --keep-job               do not delete the Job when it ends
  --queue-wait SECONDS     how long to wait for a node or for Kueue (default 1800)
`;

const OPTIONS = {
  image: { type: 'string' },
  namespace: { type: 'string' },
  repository: { type: 'string' },
  'run-id': { type: 'string' },
  'run-attempt': { type: 'string' },
  gpus: { type: 'string' },
  'gpu-product': { type: 'string' },
  'mig-profile': { type: 'string' },
  'gpu-shared': { type: 'string' },
  cpu: { type: 'string' },
  memory: { type: 'string' },
  env: { type: 'string', multiple: true },
  spot: { type: 'boolean' },
  queue: { type: 'string' },
  timeout: { type: 'string' },
  'backoff-limit': { type: 'string' },
  'fail-exit-code': { type: 'string', multiple: true },
  'allowed-region': { type: 'string', multiple: true },
  registry: { type: 'string' },
  'allow-unpinned-image': { type: 'boolean' },
  kubeconfig: { type: 'string' },
  'keep-job': { type: 'boolean' },
  'queue-wait': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function integer(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new DhowError('usage', `--${name} must be a whole number of at least ${min}, got "${value}"`, { field: name });
  return Number(value);
}

/** The flag of each Kubernetes setting (KubernetesModeSettings' keys), for the schema's messages. */
const SETTING_FLAGS: Record<string, string> = {
  kubeconfig: 'kubeconfig',
  namespace: 'namespace',
  cpu: 'cpu',
  memory: 'memory',
  spot: 'spot',
  queue: 'queue',
  backoffLimit: 'backoff-limit',
  failFastExitCodes: 'fail-exit-code',
  gpuSharedResource: 'gpu-shared',
  keepJob: 'keep-job',
  queueWaitSeconds: 'queue-wait',
};

/** The flag of each field of the training spec the flags fill (a path, or its first key). */
const SPEC_FLAGS: Record<string, string> = {
  command: 'command',
  image: 'image',
  'gpu.count': 'gpus',
  'gpu.product': 'gpu-product',
  'gpu.mig-profile': 'mig-profile',
  'gpu.shared': 'gpu-shared',
  gpu: 'gpus',
  timeout: 'timeout',
  env: 'env',
  'policy.allowed-regions': 'allowed-region',
};

/** Runs a parse of the core whose DhowError names a field, and names the flag instead. */
function withFlags<T>(flags: Record<string, string>, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const field = error instanceof DhowError ? error.field : undefined;
    const flag = field === undefined ? undefined : (flags[field] ?? flags[field.split('.')[0]!]);
    if (flag === undefined) throw error;
    // The flag leads the message, so the error carries no field (the message would name it twice).
    throw new DhowError('usage', `--${flag}: ${(error as DhowError).message.replace(/^field "[^"]*": /, '')}`);
  }
}

/**
 * The residency policy's regions of the registry `--registry` names, read the way every other command reads a
 * registry (a bare one as `dhow init` makes it, or a checkout: dhow.yaml on its default branch); a plain
 * directory that merely holds a dhow.yaml (not a git repository) is read as it is.
 */
async function registryRegions(dir: string | undefined, ctx: CliContext): Promise<string[]> {
  if (!dir) return [];
  const absolute = resolve(ctx.cwd, dir);
  const forge = await openLocalForge(absolute, { logger: ctx.logger }).catch((error: unknown) => {
    if (error instanceof DhowError && error.code === 'not-found') return null;
    throw error;
  });
  if (forge) {
    const reader = await RegistryReader.open(forge);
    return (await reader.config()).residency?.['allowed-regions'] ?? [];
  }
  const file = join(absolute, 'dhow.yaml');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new DhowError(
      'not-found',
      `no registry here: neither a git repository nor a dhow.yaml (--registry names a registry as dhow init makes it, or a checkout of one)`,
      { file: absolute, field: 'registry' },
    );
  }
  return parseRegistryFile('Registry', file, text).residency?.['allowed-regions'] ?? [];
}

/**
 * `--gpu-shared [RESOURCE]`: node:util parseArgs has no optional values, so a bare `--gpu-shared` (last,
 * or before another option or `--`) is rewritten to `--gpu-shared=` (the default resource).
 */
function withBareGpuShared(args: string[]): string[] {
  const end = args.indexOf('--');
  return args.map((arg, i) => {
    if (arg !== '--gpu-shared' || (end !== -1 && i > end)) return arg;
    const next = args[i + 1];
    return next === undefined || next.startsWith('-') ? '--gpu-shared=' : arg;
  });
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const [sub, ...rest] = args;
  const command = `train ${sub}`;
  const { values, positionals } = parseCommandArgs(command, withBareGpuShared(rest), OPTIONS, true);
  if (values.help) return printHelp(ctx, USAGE);
  if (sub !== 'render' && sub !== 'kubernetes') throw new DhowError('usage', `dhow train: unknown subcommand "${sub}"`);
  if (sub === 'render') {
    const misplaced = (['kubeconfig', 'keep-job', 'queue-wait'] as const).find((name) => values[name] !== undefined);
    if (misplaced) throw new DhowError('usage', `dhow train render: --${misplaced} is for dhow train kubernetes; render only prints the Job`);
  }
  if (!values.image) throw new DhowError('usage', `dhow ${command}: --image is required`, { field: 'image' });
  if (positionals.length === 0)
    throw new DhowError('usage', `dhow ${command}: give the training command after "--", e.g. -- python train.py`, { field: 'command' });

  const env: Record<string, string> = {};
  for (const pair of values.env ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new DhowError('usage', `--env "${pair}" is not NAME=VALUE`, { field: 'env' });
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const regions = [...new Set([...(await registryRegions(values.registry, ctx)), ...(values['allowed-region'] ?? [])])];
  const shared = values['gpu-shared'];
  const kubeconfigFile = values.kubeconfig ?? ctx.env.KUBECONFIG?.split(delimiter).find((f) => f !== '');
  const kubeconfig = sub === 'kubernetes' && kubeconfigFile ? await readKubeconfig(kubeconfigFile) : undefined;

  // The inputs the train action builds, from flags: the shared spec, the Kubernetes settings and the run.
  const specInput: TrainingJobSpecInput = {
    command: positionals,
    image: values.image,
    gpu: { count: integer('gpus', values.gpus, 0) ?? 1, product: values['gpu-product'], 'mig-profile': values['mig-profile'], shared: shared !== undefined },
    env,
    policy: { 'allowed-regions': regions, 'require-image-digest': !values['allow-unpinned-image'] },
  };
  if (values.timeout !== undefined) specInput.timeout = values.timeout;
  const spec = withFlags(SPEC_FLAGS, () => parseTrainingJobSpec(specInput));
  const settingsInput: KubernetesModeSettingsInput = {
    kubeconfig,
    namespace: values.namespace,
    cpu: values.cpu,
    memory: values.memory,
    spot: values.spot ?? false,
    queue: values.queue,
    backoffLimit: integer('backoff-limit', values['backoff-limit'], 0),
    failFastExitCodes: (values['fail-exit-code'] ?? []).map((c) => integer('fail-exit-code', c, 1)!),
    gpuSharedResource: shared || undefined,
    keepJob: values['keep-job'] ?? false,
    queueWaitSeconds: integer('queue-wait', values['queue-wait'], 1),
  };
  const settings = withFlags(SETTING_FLAGS, () => parseKubernetesModeSettings(settingsInput));
  const fromEnv = trainingRunFromEnv(ctx.env);
  const run = {
    repository: values.repository ?? fromEnv.repository,
    runId: values['run-id'] ?? fromEnv.runId,
    runAttempt: integer('run-attempt', values['run-attempt'], 1) ?? fromEnv.runAttempt,
  };
  const namespace = settings.namespace ?? (kubeconfig ? await namespaceOf(kubeconfig) : undefined) ?? 'default';
  const plan = withFlags(SPEC_FLAGS, () => planKubernetesTraining(spec, settings, run, namespace));

  if (sub === 'render') {
    const job = renderJob(plan.job);
    if (values.json) writeJson(ctx, job);
    else ctx.stdout.write(stringify(job));
    return 0;
  }

  const { trainOnKubernetes } = await (await import('../../train/mode.js')).loadKubernetesMode();
  const result = await trainOnKubernetes({
    ...plan,
    kubeconfigOrigin: kubeconfigFile,
    env: ctx.env,
    logger: ctx.logger,
    onLogLine: (line) => ctx.stderr.write(`${line}\n`),
  });
  if (values.json) writeJson(ctx, result);
  else
    ctx.stdout.write(
      `Job ${result.namespace}/${result.jobName} succeeded: ${JSON.stringify(result.metrics)}${result.artifact ? ` ${result.artifact.uri} ${result.artifact.digest}` : ''}\n`,
    );
  return 0;
}

async function readKubeconfig(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new DhowError('not-found', 'the kubeconfig file cannot be read', { file, field: 'kubeconfig' });
  }
}

/** The current context's namespace, read without the Kubernetes client. */
async function namespaceOf(kubeconfig: string): Promise<string | undefined> {
  try {
    const doc = parseYaml(kubeconfig) as { 'current-context'?: string; contexts?: { name?: string; context?: { namespace?: string } }[] };
    return doc?.contexts?.find((c) => c.name === doc['current-context'])?.context?.namespace;
  } catch {
    return undefined; // the client reports the parse error with its position
  }
}
