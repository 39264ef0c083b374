import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { jobInputsFromSpec, maskKubeconfig } from '../../src/train/kubernetes/index.js';
import { parseTrainingJobSpec } from '../../src/train/spec.js';

const IMAGE = `registry.example/train@sha256:${'ab'.repeat(32)}`;
const env = { GITHUB_REPOSITORY: 'qcri/dialects', GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2' };
const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('the Kubernetes Job from the shared training spec and the action inputs', () => {
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
    const job = jobInputsFromSpec(spec, inputs({ queue: 'team-a', memory: '64Gi', 'fail-fast-exit-codes': '3, 4', 'backoff-limit': '5' }), env, 'ml');
    expect(job).toMatchObject({
      repository: 'qcri/dialects',
      runId: '77',
      runAttempt: 2,
      namespace: 'ml',
      image: IMAGE,
      command: ['sh', '-c', 'python train.py --epochs 3'],
      env: { DHOW_PARAM_LEARNING_RATE: '0.0003', DHOW_PARAM_EPOCHS: '3', HF_HOME: '/cache' },
      gpu: { count: 2, product: 'NVIDIA-H100-80GB-HBM3' },
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
    expect(jobInputsFromSpec(mig, inputs({}), env, 'ml').gpu).toEqual({
      count: 1,
      product: 'NVIDIA-A100-SXM4-80GB',
      migProfile: '1g.10gb',
      sharedResource: undefined,
    });
    const shared = parseTrainingJobSpec({ command: ['python', 'train.py'], image: IMAGE, gpu: { shared: true } });
    expect(jobInputsFromSpec(shared, inputs({}), env, 'ml').gpu).toMatchObject({ count: 1, sharedResource: 'nvidia.com/gpu.shared' });
  });

  it('names the input that is wrong', () => {
    const spec = parseTrainingJobSpec({ command: 'x', image: IMAGE });
    const error = (() => {
      try {
        jobInputsFromSpec(spec, inputs({ 'fail-fast-exit-codes': 'three' }), env, 'ml');
      } catch (e) {
        return e as DhowError;
      }
      throw new Error('expected an error');
    })();
    expect(error.field).toBe('fail-fast-exit-codes');
    expect(() => jobInputsFromSpec(parseTrainingJobSpec({ command: 'x' }), inputs({}), env, 'ml')).toThrow(/needs the container image/);
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
