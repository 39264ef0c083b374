/**
 * The `train` action: reads its inputs into a training job spec, trains on this runner or as a Kubernetes
 * Job, and sets the outputs register needs (metrics, artifact digest and URI, the version-record draft,
 * peak GPU memory). The post step lets Kubernetes mode delete its Job when the workflow is cancelled.
 */
import * as core from '../runner.js';
import { join, resolve } from 'node:path';
import { DhowError } from '../../errors.js';
import { loadKubernetesMode, type TrainingOutcome } from '../../train/mode.js';
import type { RunnerTrainingOptions } from '../../train/runner/run.js';
import type { TrainingJobSpec } from '../../train/spec.js';
import type { ArtifactVerifier, S3UploadSettings } from '../../storage/index.js';
import type { KubernetesModeSettings } from '../../train/kubernetes/plan.js';
import { actionsLogger, booleanInput, listInput, maskSecret, optionalInput, runAction, stringInput, workspaceDir } from '../runtime.js';

const ACTION = 'train';

/** The inputs, read once: what runner mode takes as they are, plus the mode, the draft's path and the summary switch. */
type TrainSettings = Pick<RunnerTrainingOptions, 'spec' | 'outputDir' | 'artifact' | 'artifactUri' | 'model' | 'version' | 'checkpointRoot' | 'upload'> & {
  mode: 'runner' | 'kubernetes';
  /** Kubernetes mode's settings, read and checked with the other inputs (absent in runner mode). */
  kubernetes?: KubernetesModeSettings;
  verify?: ArtifactVerifier;
  versionFile: string;
  summary: boolean;
};

/** Each Kubernetes setting and the input it comes from, so that an error names what the user typed. */
const KUBERNETES_INPUTS: Record<keyof KubernetesModeSettings, string> = {
  kubeconfig: 'kubeconfig',
  namespace: 'namespace',
  cpu: 'cpu',
  memory: 'memory',
  spot: 'spot',
  queue: 'queue',
  backoffLimit: 'backoff-limit',
  failFastExitCodes: 'fail-fast-exit-codes',
  gpuSharedResource: 'gpu-shared-resource',
  keepJob: 'keep-job',
  queueWaitSeconds: 'queue-wait',
  imagePullGraceSeconds: 'image-pull-grace',
};

function wholeNumber(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new DhowError('usage', `input "${name}": "${value}" is not a whole number`, { field: name });
  return Number(value);
}

function optionalWholeNumber(name: string): number | undefined {
  const value = stringInput(name);
  return value === '' ? undefined : wholeNumber(name, value);
}

/** Kubernetes mode's inputs, read into the typed settings the core takes; the kubeconfig's credentials are masked first. */
async function kubernetesInputs(): Promise<KubernetesModeSettings> {
  // The settings' schema (zod, yaml) loads only in Kubernetes mode: runner mode starts without it.
  const { maskKubeconfig, parseKubernetesModeSettings } = await import('../../train/kubernetes/plan.js');
  const kubeconfig = optionalInput('kubeconfig');
  if (kubeconfig) maskKubeconfig(kubeconfig, (value) => core.setSecret(value));
  const raw = {
    kubeconfig,
    namespace: optionalInput('namespace'),
    cpu: optionalInput('cpu'),
    memory: optionalInput('memory'),
    spot: booleanInput('spot', false),
    queue: optionalInput('queue'),
    backoffLimit: optionalWholeNumber('backoff-limit'),
    failFastExitCodes: stringInput('fail-fast-exit-codes')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((code) => wholeNumber('fail-fast-exit-codes', code)),
    gpuSharedResource: optionalInput('gpu-shared-resource'),
    keepJob: booleanInput('keep-job', false),
    queueWaitSeconds: optionalWholeNumber('queue-wait'),
    imagePullGraceSeconds: optionalWholeNumber('image-pull-grace'),
  };
  try {
    return parseKubernetesModeSettings(raw);
  } catch (error) {
    const field = error instanceof DhowError && error.field ? (KUBERNETES_INPUTS as Record<string, string>)[error.field] : undefined;
    if (!field) throw error;
    // Name the input, not the setting's key the core's message starts with.
    throw new DhowError('usage', `input "${field}" ${(error as DhowError).message.replace(/^field "[^"]*": /, '')}`, { field });
  }
}

async function getInputs(): Promise<TrainSettings> {
  const workspace = workspaceDir();
  const mode = stringInput('mode') || 'runner';
  if (mode !== 'runner' && mode !== 'kubernetes') {
    throw new DhowError('usage', `input "mode" must be runner or kubernetes, got "${mode}"`, { field: 'mode' });
  }
  const kubernetes = mode === 'kubernetes' ? await kubernetesInputs() : undefined;
  // Runner mode ignores a kubeconfig, but it is a secret all the same.
  if (!kubernetes) maskSecret(stringInput('kubeconfig'));
  // The object-storage credentials come from the step's env (train.yml maps its DHOW_S3_* secrets there).
  maskSecret(process.env.AWS_SECRET_ACCESS_KEY?.trim());
  maskSecret(process.env.AWS_SESSION_TOKEN?.trim());

  const specFile = optionalInput('spec');
  // The spec's reader and schemas (yaml, zod) load when a spec file is named or once the command is known.
  const raw: Record<string, unknown> = specFile ? await (await import('../../train/spec.js')).readTrainingSpecFile(resolve(workspace, specFile), 'spec') : {};
  const command = stringInput('command');
  if (command) raw.command = command;
  if (raw.command === undefined) throw new DhowError('usage', 'input "command" is required (or a spec file with a command)', { field: 'command' });
  const { overlaySpecMapping, parsePairs, parseParameters, parseTrainingJobSpec } = await import('../../train/spec.js');
  const image = stringInput('image');
  if (image) raw.image = image;
  const timeout = stringInput('timeout');
  if (timeout) raw.timeout = timeout;

  const gpu = overlaySpecMapping(raw, 'gpu');
  const count = stringInput('gpu-count');
  if (count && !(count === '0' && gpu.count !== undefined)) {
    if (!/^\d+$/.test(count)) throw new DhowError('usage', `input "gpu-count" must be a whole number, got "${count}"`, { field: 'gpu-count' });
    gpu.count = Number(count);
  }
  const product = stringInput('gpu-product');
  if (product) gpu.product = product;
  const mig = stringInput('mig-profile');
  if (mig) gpu['mig-profile'] = mig;
  if (booleanInput('gpu-shared', false)) gpu.shared = true;
  raw.gpu = gpu;
  if (booleanInput('require-gpu', false)) raw.policy = overlaySpecMapping(raw, 'policy', { 'require-gpu': true });
  const parameters = listInput('parameters');
  if (parameters.length) raw.parameters = overlaySpecMapping(raw, 'parameters', parseParameters(parameters, 'parameters'));
  const env = listInput('env');
  if (env.length) raw.env = overlaySpecMapping(raw, 'env', parsePairs(env, 'env'));
  const region = stringInput('region');
  if (region) raw.region = region;
  const data: Record<string, unknown> = {};
  for (const key of ['uri', 'digest', 'version', 'region'] as const) {
    const value = stringInput(`data-${key}`);
    if (value) data[key] = value;
  }
  if (Object.keys(data).length > 0) raw.data = overlaySpecMapping(raw, 'data', data);

  let spec: TrainingJobSpec;
  try {
    spec = parseTrainingJobSpec(raw, { file: specFile });
  } catch (error) {
    // Name the action input, not the spec's key, when the value came from an input.
    if (error instanceof DhowError && !specFile && error.field) {
      const gpuInputs: Record<string, string> = {
        'gpu.count': 'gpu-count',
        'gpu.product': 'gpu-product',
        'gpu.mig-profile': 'mig-profile',
        'gpu.shared': 'gpu-shared',
      };
      const lineageInputs: Record<string, string> = {
        'data.uri': 'data-uri',
        'data.digest': 'data-digest',
        'data.version': 'data-version',
        'data.region': 'data-region',
      };
      const input = gpuInputs[error.field] ?? lineageInputs[error.field] ?? error.field.split('.')[0]!;
      throw new DhowError('usage', error.message.replace(/^field "[^"]*": /, ''), { field: input });
    }
    throw error;
  }

  if (mode === 'kubernetes' && !spec.image)
    throw new DhowError('usage', 'input "image" is required in Kubernetes mode (the container image, pinned as name@sha256:...)', { field: 'image' });

  const model = optionalInput('model');
  const version = optionalInput('version');
  if ((model === undefined) !== (version === undefined))
    throw new DhowError('usage', 'inputs "model" and "version" go together', { field: model ? 'version' : 'model' });
  // The name rules load here, not at start-up: names.ts carries the zod name schemas too.
  const { assertName } = await import('../../registry/names.js');
  if (model) assertName('model', model, { field: 'model' });
  if (version) assertName('version', version, { field: 'version' });

  const location = optionalInput('upload');
  if (location && optionalInput('artifact-uri'))
    throw new DhowError('usage', 'inputs "upload" and "artifact-uri" both name the artifact; give one', { field: 'upload' });
  // Built before training, so a bad location or missing credentials cost no GPU time.
  const storage: S3UploadSettings | undefined = location
    ? {
        location,
        endpoint: optionalInput('s3-endpoint'),
        region: optionalInput('s3-region'),
        fallbackRegion: spec.data.region ?? spec.region,
        pathStyle: booleanInput('s3-path-style', false),
        fields: { location: 'upload', endpoint: 's3-endpoint', region: 's3-region' },
      }
    : undefined;
  const s3 = storage ? await import('../../storage/index.js') : undefined;
  const upload = storage && mode === 'runner' ? s3!.s3ArtifactUploader(storage, process.env, actionsLogger()) : undefined;
  // Kubernetes mode: the Job uploads the model itself (with the cluster's own identity) where
  // DHOW_UPLOAD_URI says, and this step reads it back to check the digest the Job reports.
  const verify = storage && mode === 'kubernetes' ? s3!.s3ArtifactVerifier(storage, process.env, actionsLogger()) : undefined;
  if (storage && verify) {
    const prefix = [storage.location.replace(/\/+$/, ''), model, version].filter(Boolean).join('/');
    spec.env = {
      ...spec.env,
      DHOW_UPLOAD_URI: `${prefix}/`,
      DHOW_S3_REGION: storage.region ?? storage.fallbackRegion ?? '',
      DHOW_S3_ENDPOINT: storage.endpoint ?? '',
    };
  }

  return {
    mode,
    kubernetes,
    upload,
    verify,
    spec,
    outputDir: resolve(workspace, stringInput('output-dir') || 'dhow-output'),
    artifact: optionalInput('artifact'),
    artifactUri: optionalInput('artifact-uri'),
    model,
    version,
    versionFile: resolve(workspace, stringInput('version-file') || join(process.env.RUNNER_TEMP ?? workspace, 'dhow-version.yaml')),
    checkpointRoot: optionalInput('checkpoint-root'),
    summary: booleanInput('summary', true),
  };
}

export async function run(): Promise<void> {
  await runAction(ACTION, async () => {
    const settings = await getInputs();
    const logger = actionsLogger();
    core.saveState('mode', settings.mode);
    let outcome: TrainingOutcome;
    if (settings.mode === 'runner') {
      const { runRunnerTraining } = await import('../../train/runner/run.js');
      const result = await runRunnerTraining({
        spec: settings.spec,
        outputDir: settings.outputDir,
        artifact: settings.artifact,
        optionNames: { artifact: 'input "artifact"' },
        artifactUri: settings.artifactUri,
        upload: settings.upload,
        model: settings.model,
        version: settings.version,
        draftPath: settings.versionFile,
        cwd: workspaceDir(),
        env: process.env,
        logger,
        checkpointRoot: settings.checkpointRoot,
      });
      outcome = {
        metrics: result.metrics,
        artifact: result.artifact,
        draft: result.draft,
        draftPath: result.draftPath,
        peakGpuMemoryMiB: result.memory.peakGpuMemoryMiB,
        durationSeconds: result.durationSeconds,
      };
    } else {
      const kubernetes = await loadKubernetesMode();
      outcome = await kubernetes.runKubernetesTraining({
        spec: settings.spec,
        settings: settings.kubernetes!,
        kubeconfigOrigin: 'input "kubeconfig"',
        env: process.env,
        cwd: workspaceDir(),
        logger,
        model: settings.model,
        version: settings.version,
        // With an upload to check, the draft is written only once the object is checked.
        draftPath: settings.verify ? undefined : settings.versionFile,
        saveState: (name, value) => core.saveState(name, value),
      });
      if (settings.verify) {
        const checked = await settings.verify({ uri: outcome.artifact.uri, digest: outcome.artifact.digest });
        const draft = { ...outcome.draft, artifact: { ...outcome.draft.artifact, size: checked.size, endpoint: checked.endpoint, region: checked.region } };
        await (await import('../../train/draft.js')).writeVersionDraft(settings.versionFile, draft);
        outcome = { ...outcome, artifact: { ...outcome.artifact, size: checked.size }, draft, draftPath: settings.versionFile };
      }
    }

    core.setOutput('metrics', JSON.stringify(outcome.metrics));
    core.setOutput('artifact-digest', outcome.artifact.digest);
    core.setOutput('artifact-uri', outcome.artifact.uri);
    core.setOutput('version-file', outcome.draftPath ?? '');
    core.setOutput('peak-gpu-memory-mib', outcome.peakGpuMemoryMiB === null ? '' : String(outcome.peakGpuMemoryMiB));
    if (settings.summary) await writeSummary(settings, outcome);
  });
}

async function writeSummary(settings: TrainSettings, outcome: TrainingOutcome): Promise<void> {
  const name = settings.model && settings.version ? `${settings.model} ${settings.version}` : 'model';
  core.summary
    .addHeading(`Trained ${name} (${settings.mode})`, 2)
    .addTable([
      [
        { data: 'Metric', header: true },
        { data: 'Value', header: true },
      ],
      ...Object.entries(outcome.metrics).map(([metric, value]) => [metric, String(value)]),
    ])
    .addTable([
      [
        { data: 'Artifact', header: true },
        { data: 'Digest', header: true },
        { data: 'Peak GPU memory', header: true },
        { data: 'Duration', header: true },
      ],
      [
        outcome.artifact.uri,
        `<code>${outcome.artifact.digest}</code>`,
        outcome.peakGpuMemoryMiB === null ? 'no GPU' : `${outcome.peakGpuMemoryMiB} MiB`,
        `${outcome.durationSeconds.toFixed(1)} s`,
      ],
    ]);
  await core.summary.write();
}

/** The post step: Kubernetes mode deletes a Job the main step left behind (cancelled workflow). */
export async function post(): Promise<void> {
  try {
    if (core.getState('mode') !== 'kubernetes') return;
    // The post step reads only the kubeconfig: the Job's namespace and name were saved by the main step.
    const kubeconfig = optionalInput('kubeconfig');
    if (kubeconfig) (await import('../../train/kubernetes/plan.js')).maskKubeconfig(kubeconfig, (value) => core.setSecret(value));
    const kubernetes = await loadKubernetesMode();
    await kubernetes.cleanupKubernetesTraining?.({ kubeconfig, getState: (name) => core.getState(name), env: process.env, logger: actionsLogger() });
  } catch (error) {
    // Cleanup problems are warnings: the main step's result stands.
    core.warning(`${ACTION}: cleanup: ${(error as Error).message}`);
  }
}
