import { Job, type IJob } from 'kubernetes-models/batch/v1/Job';
import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { gpuResource } from '../../src/train/kubernetes/gpu-resources.js';
import { jobName, renderJob, type KubernetesJobInputs } from '../../src/train/kubernetes/render.js';

const IMAGE = `registry.example/dialects/train@sha256:${'0f'.repeat(32)}`;
const base: KubernetesJobInputs = {
  repository: 'qcri/arabic-dialect-id',
  runId: '9876543210',
  runAttempt: 2,
  namespace: 'training',
  image: IMAGE,
  command: ['python', 'train.py', '--epochs', '3'],
};

function thrown(fn: () => unknown): DhowError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DhowError);
    return error as DhowError;
  }
  throw new Error('expected a DhowError');
}

describe('the training Job name', () => {
  it('is the same for the same repository, run and attempt, and differs for another attempt', () => {
    // sha256("qcri/arabic-dialect-id\n9876543210\n1") begins 7bfdb3e6 (computed with sha256sum).
    expect(jobName('qcri/arabic-dialect-id', '9876543210', 1)).toBe('dhow-arabic-dialect-id-9876543210-1-7bfdb3e6');
    expect(jobName('qcri/arabic-dialect-id', '9876543210', 1)).toBe(jobName('qcri/arabic-dialect-id', '9876543210', 1));
    expect(jobName('qcri/arabic-dialect-id', '9876543210', 1)).not.toBe(jobName('qcri/arabic-dialect-id', '9876543210', 2));
    expect(jobName('a/model', '1', 1)).not.toBe(jobName('b/model', '1', 1));
  });

  it('is a DNS-1123 label of at most 63 characters even for long repository names', () => {
    const name = jobName('Some-Org/A_Very_Long.Repository-Name-That-Goes-On-And-On-For-Ever-And-Ever', '12345678901234567890', 17);
    expect(name.length).toBeLessThanOrEqual(63);
    expect(name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    expect(name.startsWith('dhow-a-very-long-repository')).toBe(true);
    expect(name).toMatch(/-12345678901234567890-17-[0-9a-f]{8}$/);
  });
});

describe('rendering the training Job', () => {
  it('renders a Job that passes the Kubernetes schema, with the policy GPU, spot tolerations, queue and residency', () => {
    const job = renderJob({
      ...base,
      gpu: { count: 2, product: 'NVIDIA-H100-80GB-HBM3' },
      memory: '64Gi',
      cpu: '8',
      spot: true,
      queue: 'gpu-team-a',
      failFastExitCodes: [3, 2, 3],
      allowedRegions: ['me-central-1', 'qatarcentral'],
      activeDeadlineSeconds: 7200,
      backoffLimit: 4,
      ttlSecondsAfterFinished: 600,
      env: { WANDB_MODE: 'offline' },
    });
    expect(() => new Job(job as never).validate()).not.toThrow();
    expect(job.metadata.labels['kueue.x-k8s.io/queue-name']).toBe('gpu-team-a');
    expect(job.spec).toMatchObject({
      suspend: true,
      completions: 1,
      parallelism: 1,
      backoffLimit: 4,
      activeDeadlineSeconds: 7200,
      ttlSecondsAfterFinished: 600,
      podFailurePolicy: {
        rules: [
          { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] },
          { action: 'FailJob', onExitCodes: { containerName: 'train', operator: 'In', values: [2, 3] } },
        ],
      },
    });
    const pod = (job.spec.template as any).spec;
    expect(pod.restartPolicy).toBe('Never');
    expect(pod.nodeSelector).toEqual({ 'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3' });
    expect(pod.containers[0].resources).toEqual({ limits: { 'nvidia.com/gpu': '2', memory: '64Gi' }, requests: { cpu: '8', memory: '64Gi' } });
    expect(pod.containers[0].image).toBe(IMAGE);
    expect(pod.containers[0].command).toEqual(['python', 'train.py', '--epochs', '3']);
    expect(pod.tolerations).toEqual([
      { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'karpenter.sh/capacity-type', operator: 'Equal', value: 'spot', effect: 'NoSchedule' },
      { key: 'eks.amazonaws.com/capacityType', operator: 'Equal', value: 'SPOT', effect: 'NoSchedule' },
      { key: 'kubernetes.azure.com/scalesetpriority', operator: 'Equal', value: 'spot', effect: 'NoSchedule' },
      { key: 'cloud.google.com/gke-spot', operator: 'Equal', value: 'true', effect: 'NoSchedule' },
    ]);
    expect(pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([
      { matchExpressions: [{ key: 'topology.kubernetes.io/region', operator: 'In', values: ['me-central-1', 'qatarcentral'] }] },
    ]);
    expect(pod.containers[0].env).toContainEqual({ name: 'WANDB_MODE', value: 'offline' });
  });

  it('leaves out suspend, spot tolerations and affinity when no queue, spot or residency is configured', () => {
    const job = renderJob(base);
    expect(() => new Job(job as never).validate()).not.toThrow();
    expect(job.spec.suspend).toBeUndefined();
    const pod = (job.spec.template as any).spec;
    expect(pod.tolerations).toEqual([{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }]);
    expect(pod.affinity).toBeUndefined();
    expect(pod.containers[0].resources.limits).toEqual({ 'nvidia.com/gpu': '1' });
  });

  it('asks for a MIG device as nvidia.com/mig-<profile>', () => {
    const job = renderJob({ ...base, gpu: { count: 1, product: 'NVIDIA-A100-SXM4-80GB', migProfile: '1g.10gb' } });
    expect((job.spec.template as any).spec.containers[0].resources.limits).toEqual({ 'nvidia.com/mig-1g.10gb': '1' });
    expect(() => new Job(job as never).validate()).not.toThrow();
  });

  it('asks for a time-sliced GPU by its shared resource name', () => {
    const job = renderJob({ ...base, gpu: { count: 1, sharedResource: 'nvidia.com/gpu.shared' } });
    expect((job.spec.template as any).spec.containers[0].resources.limits).toEqual({ 'nvidia.com/gpu.shared': '1' });
  });

  it('refuses an image without a digest when the policy demands one', () => {
    const error = thrown(() => renderJob({ ...base, image: 'registry.example/dialects/train:v3' }));
    expect(error.code).toBe('refused');
    expect(error.field).toBe('image');
    expect(() => renderJob({ ...base, image: 'registry.example/dialects/train:v3', requireDigest: false })).not.toThrow();
  });

  it('names the field of a bad input', () => {
    expect(thrown(() => renderJob({ ...base, namespace: 'Not_A_Namespace' })).field).toBe('namespace');
    expect(thrown(() => renderJob({ ...base, command: [] })).field).toBe('command');
    expect(thrown(() => renderJob({ ...base, memory: 'lots' })).field).toBe('memory');
  });
});

describe('the Job against the Kubernetes API types (kubernetes-models batch/v1 Job)', () => {
  it('is, field by field, the Job the Kubernetes Job and Pod API documentation describes for these inputs', () => {
    const job = renderJob({
      ...base,
      gpu: { count: 1, product: 'NVIDIA-H100-80GB-HBM3' },
      cpu: '4',
      memory: '32Gi',
      queue: 'gpu-team-a',
      failFastExitCodes: [42],
      allowedRegions: ['me-central-1'],
      activeDeadlineSeconds: 3600,
      backoffLimit: 1,
      env: { HF_HOME: '/cache', DHOW_PARAM_EPOCHS: '3' },
      serviceAccountName: 'trainer',
    });
    // Typed by the API types: the compiler rejects a field dhow renders that the batch/v1 Job does not have,
    // or a value of the wrong type (this assignment is the check).
    const typed: IJob = job;
    // Label hash: sha256("qcri/arabic-dialect-id") begins 56351126507b34d9; name hash: sha256 of
    // "qcri/arabic-dialect-id\n9876543210\n2" begins 96aa233c (both computed with sha256sum).
    const name = 'dhow-arabic-dialect-id-9876543210-2-96aa233c';
    const podLabels = {
      'app.kubernetes.io/managed-by': 'dhow',
      'app.kubernetes.io/component': 'training',
      'dhow.dev/run-id': '9876543210',
      'dhow.dev/run-attempt': '2',
      'dhow.dev/repository-hash': '56351126507b34d9',
    };
    const expected: IJob = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name,
        namespace: 'training',
        labels: { ...podLabels, 'kueue.x-k8s.io/queue-name': 'gpu-team-a' },
        annotations: { 'dhow.dev/repository': 'qcri/arabic-dialect-id' },
      },
      spec: {
        suspend: true,
        completions: 1,
        parallelism: 1,
        backoffLimit: 1,
        activeDeadlineSeconds: 3600,
        ttlSecondsAfterFinished: 3600,
        podFailurePolicy: {
          rules: [
            { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] },
            { action: 'FailJob', onExitCodes: { containerName: 'train', operator: 'In', values: [42] } },
          ],
        },
        template: {
          metadata: { labels: podLabels },
          spec: {
            restartPolicy: 'Never',
            containers: [
              {
                name: 'train',
                image: IMAGE,
                command: ['python', 'train.py', '--epochs', '3'],
                env: [
                  { name: 'DHOW_JOB_NAME', value: name },
                  { name: 'DHOW_RUN_ID', value: '9876543210' },
                  { name: 'DHOW_RUN_ATTEMPT', value: '2' },
                  { name: 'DHOW_TERMINATION_MESSAGE_PATH', value: '/dev/termination-log' },
                  { name: 'DHOW_PARAM_EPOCHS', value: '3' },
                  { name: 'HF_HOME', value: '/cache' },
                ],
                resources: { limits: { 'nvidia.com/gpu': '1', memory: '32Gi' }, requests: { cpu: '4', memory: '32Gi' } },
                terminationMessagePath: '/dev/termination-log',
                terminationMessagePolicy: 'FallbackToLogsOnError',
              },
            ],
            nodeSelector: { 'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3' },
            tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
            affinity: {
              nodeAffinity: {
                requiredDuringSchedulingIgnoredDuringExecution: {
                  nodeSelectorTerms: [{ matchExpressions: [{ key: 'topology.kubernetes.io/region', operator: 'In', values: ['me-central-1'] }] }],
                },
              },
            },
            serviceAccountName: 'trainer',
          },
        },
      },
    };
    expect(typed).toEqual(expected);
    expect(() => new Job(typed).validate()).not.toThrow();
  });
});

describe('GPU resources', () => {
  it.each([
    ['NVIDIA-A100-SXM4-40GB', '1g.5gb', 'nvidia.com/mig-1g.5gb'],
    ['NVIDIA-A100-SXM4-80GB', '3g.40gb', 'nvidia.com/mig-3g.40gb'],
    ['NVIDIA-H100-80GB-HBM3', '1g.10gb', 'nvidia.com/mig-1g.10gb'],
  ])('accepts %s with MIG profile %s', (product, migProfile, resource) => {
    expect(gpuResource({ count: 1, product, migProfile })).toEqual({ name: resource, count: 1 });
  });

  it.each([
    ['NVIDIA-A100-SXM4-40GB', '3g.40gb', 'MIG profile "3g.40gb" does not exist on A100-40GB'],
    ['NVIDIA-H100-80GB-HBM3', '1g.5gb', 'MIG profile "1g.5gb" does not exist on H100-80GB'],
    ['Tesla-T4', '1g.5gb', 'no MIG profiles are known for GPU "Tesla-T4"'],
  ])('refuses %s with MIG profile %s', (product, migProfile, words) => {
    const error = thrown(() => gpuResource({ count: 1, product, migProfile }));
    expect(error.message).toContain(words);
  });

  it('needs the GPU product to check a MIG profile', () => {
    expect(thrown(() => gpuResource({ count: 1, migProfile: '1g.10gb' })).field).toBe('gpu.product');
  });

  it('asks for nothing when no GPU is needed', () => {
    expect(gpuResource({ count: 0 })).toBeNull();
  });
});

describe('a bad environment variable name for the Job', () => {
  it('says what is wrong with the name, not only that a record key is invalid', () => {
    expect(() => renderJob({ ...base, env: { '1BAD': 'x' } })).toThrow(/field "env.1BAD": must be an environment variable name$/);
  });
});
