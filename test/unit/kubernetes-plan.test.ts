import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import {
  maskKubeconfig,
  parseKubernetesModeSettings,
  planKubernetesTraining,
  trainingRunFromEnv,
  type KubernetesModeSettingsInput,
} from '../../src/train/kubernetes/plan.js';
import { parseTrainingJobSpec, type TrainingJobSpec } from '../../src/train/spec.js';

const IMAGE = `registry.example/train@sha256:${'ab'.repeat(32)}`;
const env = { GITHUB_REPOSITORY: 'qcri/dialects', GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2' };
const run = trainingRunFromEnv(env);
const plan = (spec: TrainingJobSpec, settings: KubernetesModeSettingsInput, namespace = 'ml') =>
  planKubernetesTraining(spec, parseKubernetesModeSettings(settings), run, namespace);

function thrown(fn: () => unknown): DhowError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DhowError);
    return error as DhowError;
  }
  throw new Error('expected a DhowError');
}

describe('the run that names the Job', () => {
  it('comes from GITHUB_REPOSITORY, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT, with local defaults outside Actions', () => {
    expect(run).toEqual({ repository: 'qcri/dialects', runId: '77', runAttempt: 2 });
    expect(trainingRunFromEnv({})).toEqual({ repository: 'local/model', runId: 'local', runAttempt: 1 });
    expect(trainingRunFromEnv({ GITHUB_RUN_ATTEMPT: 'x' }).runAttempt).toBe(1);
  });
});

describe('the Kubernetes settings', () => {
  it('default to no spot, no retries beyond the Job default, the time-sliced resource and deleting the Job', () => {
    expect(parseKubernetesModeSettings({})).toEqual({ spot: false, failFastExitCodes: [], gpuSharedResource: 'nvidia.com/gpu.shared', keepJob: false });
  });

  it('name the setting that is wrong, so each edge can name its input or flag', () => {
    expect(thrown(() => parseKubernetesModeSettings({ memory: '64 GB' })).field).toBe('memory');
    expect(thrown(() => parseKubernetesModeSettings({ namespace: 'ML_Team' })).field).toBe('namespace');
    expect(thrown(() => parseKubernetesModeSettings({ failFastExitCodes: [3, 256] }))).toMatchObject({ field: 'failFastExitCodes' });
    expect(thrown(() => parseKubernetesModeSettings({ backoffLimit: 101 })).field).toBe('backoffLimit');
    expect(thrown(() => parseKubernetesModeSettings({ queueWaitSeconds: 0 })).field).toBe('queueWaitSeconds');
    expect(thrown(() => parseKubernetesModeSettings({ queueWait: 10 })).message).toMatch(/queueWait/);
  });
});

describe('the Kubernetes Job from the shared training spec and the settings', () => {
  it('runs a command line with sh -c, passes parameters as DHOW_PARAM_* and takes the policy', () => {
    const spec = parseTrainingJobSpec({
      command: 'python train.py --epochs 3',
      image: IMAGE,
      gpu: { count: 2, product: 'NVIDIA-H100-80GB-HBM3' },
      timeout: '1h30m',
      env: { HF_HOME: '/cache' },
      parameters: { 'learning-rate': 0.0003, epochs: 3 },
      policy: { 'require-image-digest': true, 'allowed-regions': ['me-central-1'], 'allow-spot': true },
    });
    const planned = plan(spec, {
      queue: 'team-a',
      memory: '64Gi',
      failFastExitCodes: [3, 4],
      backoffLimit: 5,
      queueWaitSeconds: 90,
      imagePullGraceSeconds: 30,
    });
    expect(planned.timing).toEqual({ queueWaitMs: 90_000, imagePullGraceMs: 30_000 });
    expect(planned.keepJob).toBe(false);
    expect(planned.job).toEqual({
      repository: 'qcri/dialects',
      runId: '77',
      runAttempt: 2,
      namespace: 'ml',
      image: IMAGE,
      command: ['sh', '-c', 'python train.py --epochs 3'],
      env: { DHOW_PARAM_LEARNING_RATE: '0.0003', DHOW_PARAM_EPOCHS: '3', HF_HOME: '/cache' },
      gpu: { count: 2, product: 'NVIDIA-H100-80GB-HBM3', migProfile: undefined, sharedResource: undefined },
      cpu: undefined,
      memory: '64Gi',
      spot: true,
      queue: 'team-a',
      activeDeadlineSeconds: 5400,
      backoffLimit: 5,
      failFastExitCodes: [3, 4],
      allowedRegions: ['me-central-1'],
      requireDigest: true,
    });
  });

  it('asks for one MIG device or one shared GPU when the spec leaves the count at 0', () => {
    const mig = parseTrainingJobSpec({ command: ['python', 'train.py'], image: IMAGE, gpu: { product: 'NVIDIA-A100-SXM4-80GB', 'mig-profile': '1g.10gb' } });
    expect(plan(mig, {}).job.gpu).toEqual({
      count: 1,
      product: 'NVIDIA-A100-SXM4-80GB',
      migProfile: '1g.10gb',
      sharedResource: undefined,
    });
    const shared = parseTrainingJobSpec({ command: ['python', 'train.py'], image: IMAGE, gpu: { shared: true } });
    expect(plan(shared, {}).job.gpu).toMatchObject({ count: 1, sharedResource: 'nvidia.com/gpu.shared' });
    expect(plan(shared, { gpuSharedResource: 'nvidia.com/vgpu' }).job.gpu).toMatchObject({ count: 1, sharedResource: 'nvidia.com/vgpu' });
  });

  it('needs the image, naming the field rather than an input or a flag', () => {
    const error = thrown(() => plan(parseTrainingJobSpec({ command: 'x' }), {}));
    expect(error.field).toBe('image');
    expect(error.message).toMatch(/needs the container image/);
    expect(error.message).not.toMatch(/input|--/);
  });

  it('passes the kubeconfig and keep-job through to the launcher', () => {
    const planned = plan(parseTrainingJobSpec({ command: ['python', 'train.py'], image: IMAGE }), { kubeconfig: 'apiVersion: v1', keepJob: true });
    expect(planned).toMatchObject({ kubeconfig: 'apiVersion: v1', keepJob: true, timing: {} });
    expect(planned.job.command).toEqual(['python', 'train.py']);
  });
});

describe('masking the kubeconfig', () => {
  it('masks the whole kubeconfig and each credential on its own', () => {
    const masked: string[] = [];
    maskKubeconfig(
      [
        'users:',
        '- name: ci',
        '  user:',
        '    token: "abcd.efgh.ijkl"',
        '    client-key-data: LS0tLS1CRUdJTg==',
        'clusters:',
        '- cluster:',
        '    server: https://k8s.example:6443',
      ].join('\n'),
      (v) => masked.push(v),
    );
    expect(masked.slice(1)).toEqual(['abcd.efgh.ijkl', 'LS0tLS1CRUdJTg==']);
    expect(masked[0]).toContain('server: https://k8s.example:6443');
  });

  it('finds the credentials of a JSON kubeconfig on one line too', () => {
    const masked: string[] = [];
    const json =
      '{"apiVersion":"v1","users":[{"name":"ci","user":{"token":"tok-123456","client-key-data":"a2V5LWRhdGE="}}],"clusters":[{"name":"c","cluster":{"server":"https://k8s.example:6443"}}]}';
    maskKubeconfig(json, (v) => masked.push(v));
    expect(masked).toEqual([json, 'tok-123456', 'a2V5LWRhdGE=']);
  });

  it('masks a kubeconfig that does not parse whole, and nothing else', () => {
    const masked: string[] = [];
    maskKubeconfig('users: [token: {', (v) => masked.push(v));
    expect(masked).toEqual(['users: [token: {']);
  });
});
