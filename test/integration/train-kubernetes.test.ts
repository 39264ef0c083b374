import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contextNamespace, KubeApi, loadKubeConfig } from '../../src/train/kubernetes/client.js';
import { DhowError } from '../../src/errors.js';
import { recordingLogger } from '../../src/logger.js';
import { trainOnKubernetes, type KubernetesJobInputs, type KubernetesTiming } from '../../src/train/kubernetes/index.js';
import { FakeKube, play } from '../support/kube/index.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const IMAGE = `registry.example/dialects/train@${DIGEST}`;
const ARTIFACT_DIGEST = `sha256:${'cd'.repeat(32)}`;

const FAST: Partial<KubernetesTiming> = {
  tickMs: 10,
  retryDelayMs: 30,
  pollIntervalMs: 5_000,
  imagePullGraceMs: 1_000,
  queueWaitMs: 1_500,
  logDrainMs: 3_000,
  eventsIntervalMs: 50,
  watchTimeoutSeconds: 300,
};

function inputs(overrides: Partial<KubernetesJobInputs> = {}): KubernetesJobInputs {
  return {
    repository: 'qcri/arabic-dialect-id',
    runId: '9876543210',
    runAttempt: 1,
    namespace: 'training',
    image: IMAGE,
    command: ['python', 'train.py'],
    gpu: { count: 1, product: 'NVIDIA-H100-80GB-HBM3' },
    memory: '16Gi',
    allowedRegions: ['me-central-1'],
    ...overrides,
  };
}

let fake: FakeKube;
beforeEach(async () => {
  // Ten simulated seconds per real second: a script's sleep(1) lasts 100 ms.
  fake = new FakeKube({ compression: 10 });
  await fake.start();
  fake.addNode('gpu-node-1', { 'topology.kubernetes.io/region': 'me-central-1', 'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3' });
  fake.addNode('gpu-node-eu', { 'topology.kubernetes.io/region': 'eu-west-1', 'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3' });
});
afterEach(async () => {
  expect(fake.invalid).toEqual([]);
  expect(fake.scriptErrors).toEqual([]);
  await fake.stop();
});

async function train(overrides: Partial<KubernetesJobInputs> = {}, extra: { keepJob?: boolean; timing?: Partial<KubernetesTiming> } = {}) {
  const logger = recordingLogger();
  const lines: string[] = [];
  const run = trainOnKubernetes({
    job: inputs(overrides),
    kubeconfig: fake.kubeconfig(),
    logger,
    onLogLine: (l) => lines.push(l),
    keepJob: extra.keepJob,
    timing: { ...FAST, ...extra.timing },
  });
  return { run, logger, lines };
}

async function failure(promise: Promise<unknown>): Promise<DhowError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the training to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DhowError);
  return error as DhowError;
}

describe('training as a Kubernetes Job', () => {
  it('runs the Job to completion, streams its log, reads the termination message and deletes the Job in the background', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      await p.sleep(1);
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      p.log(pod, 'epoch 1 loss=0.61', 'epoch 2 loss=0.42');
      await p.sleep(1);
      p.log(pod, 'epoch 3 loss=0.35');
      p.succeed(pod, {
        terminationMessage: JSON.stringify({
          metrics: { accuracy: 0.91, 'macro-f1': 0.88 },
          artifact: { uri: 's3://models/dialect-id/7', digest: ARTIFACT_DIGEST },
        }),
      });
    });
    const { run, lines } = await train();
    const result = await run;
    expect(result.metrics).toEqual({ accuracy: 0.91, 'macro-f1': 0.88 });
    expect(result.metricsSource).toBe('termination-message');
    expect(result.artifact).toEqual({ uri: 's3://models/dialect-id/7', digest: ARTIFACT_DIGEST });
    expect(result.region).toBe('me-central-1');
    expect(result.nodes).toEqual(['gpu-node-1']);
    expect(lines).toEqual(['epoch 1 loss=0.61', 'epoch 2 loss=0.42', 'epoch 3 loss=0.35']);
    expect(fake.deletions).toEqual([{ name: result.jobName, propagationPolicy: 'Background' }]);
    expect(fake.list('Job')).toEqual([]);
    expect(fake.list('Pod')).toEqual([]);
  });

  it('re-attaches to the Job of the same run attempt instead of creating a second one (409)', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      await p.sleep(3);
      p.succeed(pod, { terminationMessage: '{"metrics":{"accuracy":0.5}}' });
    });
    const first = await train({}, { keepJob: true });
    // The script plays only for a Job that was created (201), so the second, answered 409, adds no pods.
    const second = await train();
    const [a, b] = await Promise.all([first.run, second.run]);
    expect(a.reattached).toBe(false);
    expect(b.reattached).toBe(true);
    expect(b.jobName).toBe(a.jobName);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([201, 409]);
    expect(b.metrics).toEqual({ accuracy: 0.5 });
  });

  it('waits through unschedulable with the autoscaler scaling up, then runs', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.unschedulable(pod, '0/3 nodes are available: 3 Insufficient nvidia.com/gpu.');
      p.event(pod, 'TriggeredScaleUp', 'pod triggered scale-up: [{eks-gpu-h100 0->1 (max: 4)}]');
      await p.sleep(3);
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      p.log(pod, 'DHOW_METRICS {"accuracy":0.8}');
      p.succeed(pod);
    });
    const { run, logger } = await train({}, { timing: { queueWaitMs: 5_000 } });
    const result = await run;
    expect(result.metrics).toEqual({ accuracy: 0.8 });
    expect(result.metricsSource).toBe('log');
    const said = logger.lines.map((l) => l.message).join('\n');
    expect(said).toContain('waiting for a GPU node: 0/3 nodes are available: 3 Insufficient nvidia.com/gpu.');
    expect(said).toContain('the cluster autoscaler is adding a node (pod triggered scale-up: [{eks-gpu-h100 0->1 (max: 4)}])');
  });

  it('fails as unschedulable after the queue-wait limit, quoting the scheduler and the autoscaler', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.unschedulable(pod, '0/3 nodes are available: 3 Insufficient nvidia.com/gpu.');
      p.event(pod, 'NotTriggerScaleUp', "pod didn't trigger scale-up: 1 max node group size reached");
    });
    const { run } = await train();
    const error = await failure(run);
    expect(error.code).toBe('kubernetes');
    expect(error.message).toContain('no node could take pod');
    expect(error.message).toContain('0/3 nodes are available: 3 Insufficient nvidia.com/gpu.');
    expect(error.message).toContain("the cluster autoscaler cannot add a node (pod didn't trigger scale-up: 1 max node group size reached)");
    expect(fake.deletions.map((d) => d.propagationPolicy)).toEqual(['Background']);
  });

  it('creates the Job suspended for Kueue and fails when admission does not come within the queue wait', async () => {
    const { run, logger } = await train({ queue: 'gpu-team-a' });
    const error = await failure(run);
    expect(error.message).toContain('Kueue did not admit the Job within 1.5 s (queue "gpu-team-a")');
    const said = logger.lines.map((l) => l.message).join('\n');
    expect(said).toContain('waiting for Kueue to admit the Job from queue "gpu-team-a"');
    const created = fake.requests.find((r) => r.method === 'POST');
    expect(created?.status).toBe(201);
  });

  it('runs a Kueue Job once it is admitted', async () => {
    fake.script = play(async (p) => {
      await p.sleep(2);
      p.admit();
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      p.succeed(pod, { terminationMessage: '{"metrics":{"wer":0.21}}' });
    });
    const { run } = await train({ queue: 'gpu-team-a' }, { timing: { queueWaitMs: 5_000 } });
    expect((await run).metrics).toEqual({ wer: 0.21 });
  });

  it('gives up on an image that cannot be pulled after the grace period (the Job never fails by itself)', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.imagePullBackOff(pod, IMAGE);
    });
    const { run } = await train();
    const error = await failure(run);
    expect(error.message).toContain(`the image cannot be pulled (ImagePullBackOff: Back-off pulling image "${IMAGE}") for 1 s`);
    expect(fake.list('Job')).toEqual([]);
  });

  it('says the training ran out of memory when the pods were OOMKilled', async () => {
    fake.script = play(async (p) => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const pod = p.createPod();
        p.schedule(pod, 'gpu-node-1');
        p.start(pod);
        await p.sleep(0.5);
        p.oomKilled(pod);
      }
      p.failJob('BackoffLimitExceeded', 'Job has reached the specified backoff limit');
    });
    const { run } = await train();
    const error = await failure(run);
    expect(error.message).toContain('the training ran out of memory');
    expect(error.message).toContain('OOMKilled at its 16Gi memory limit');
    expect(error.reasons).toContain('Job condition: BackoffLimitExceeded: Job has reached the specified backoff limit');
  });

  it('reports BackoffLimitExceeded with the last exit code', async () => {
    fake.script = play(async (p) => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const pod = p.createPod();
        p.schedule(pod, 'gpu-node-1');
        p.start(pod);
        p.log(pod, `attempt ${attempt}: Traceback (most recent call last)`);
        await p.sleep(0.5);
        p.fail(pod, 1);
      }
      p.failJob('BackoffLimitExceeded', 'Job has reached the specified backoff limit');
    });
    const { run, lines } = await train();
    const error = await failure(run);
    expect(error.message).toMatch(/the training failed more times than the Job allows \(backoffLimit 2\); last: pod \S+ exited with code 1/);
    expect(lines).toEqual([
      'attempt 0: Traceback (most recent call last)',
      'attempt 1: Traceback (most recent call last)',
      'attempt 2: Traceback (most recent call last)',
    ]);
  });

  it('reports DeadlineExceeded', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      await p.sleep(1);
      p.fail(pod, 143);
      p.failJob('DeadlineExceeded', 'Job was active longer than specified deadline');
    });
    const { run } = await train({ activeDeadlineSeconds: 7200 });
    const error = await failure(run);
    expect(error.message).toContain('the Job ran longer than its deadline (activeDeadlineSeconds 7200) and Kubernetes stopped it');
  });

  it('reports a fail-fast exit code matched by the pod failure policy', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      p.fail(pod, 3);
      p.failJob('PodFailurePolicy', `Container train for pod training/${pod} failed with exit code 3 matching FailJob rule at index 1`);
    });
    const { run } = await train({ failFastExitCodes: [3] });
    const error = await failure(run);
    expect(error.message).toContain('the training exited with code 3, which the policy marks as not worth retrying');
  });

  it('follows the new pod after a preemption and prints every line once', async () => {
    fake.script = play(async (p) => {
      const first = p.createPod();
      p.schedule(first, 'gpu-node-1');
      p.start(first);
      p.log(first, 'epoch 1', 'checkpoint saved');
      await p.sleep(1);
      p.preempt(first);
      const second = p.createPod();
      await p.sleep(1);
      p.schedule(second, 'gpu-node-1');
      p.start(second);
      p.log(second, 'resumed from checkpoint', 'epoch 2');
      await p.sleep(1);
      p.succeed(second, { terminationMessage: '{"metrics":{"accuracy":0.9}}' });
    });
    const { run, lines, logger } = await train({ spot: true });
    const result = await run;
    expect(result.preemptions).toHaveLength(1);
    expect(result.preemptions[0]!.reason).toBe('PreemptionByScheduler');
    expect(result.pods).toHaveLength(2);
    expect(lines).toEqual(['epoch 1', 'checkpoint saved', 'resumed from checkpoint', 'epoch 2']);
    expect(logger.lines.some((l) => l.level === 'warning' && l.message.includes('does not count as a failure'))).toBe(true);
  });

  it('re-follows with sinceTime when the log stream closes early, without duplicating lines', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      // Each close ends a stream dhow is reading and has read to the end, and the next lines wait until dhow
      // follows again: three closes mean three re-follows whatever the machine's load.
      for (let i = 1; i <= 3; i++) {
        await p.logFollowedToEnd(pod);
        p.log(pod, `line ${i}a`, `line ${i}b`, `line ${i}c`);
        await p.logFollowedToEnd(pod);
        p.closeLogStreams(pod);
      }
      await p.logFollowedToEnd(pod);
      p.succeed(pod, { terminationMessage: '{"metrics":{"accuracy":1}}' });
    });
    const { run, lines } = await train();
    await run;
    expect(lines).toEqual(['line 1a', 'line 1b', 'line 1c', 'line 2a', 'line 2b', 'line 2c', 'line 3a', 'line 3b', 'line 3c']);
    const logRequests = fake.requests.filter((r) => r.path.endsWith('/log'));
    expect(logRequests.length).toBeGreaterThanOrEqual(4);
    expect(logRequests.slice(1).every((r) => r.query.sinceTime !== undefined)).toBe(true);
  });

  it('re-lists on 410 Gone and reconnects after dropped connections without missing the end', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      await p.watched('Job', 'Pod'); // dhow has listed and is watching
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      p.log(pod, 'before the drop');
      await p.logFollowedToEnd(pod);
      p.kube.dropConnections();
      p.event(pod, 'Pulled', 'Container image already present on machine', 'Normal', 'kubelet');
      p.kube.compact(); // both watches are now behind the oldest resourceVersion the server keeps
      await p.sleep(1);
      p.log(pod, 'after the drop');
      p.succeed(pod, { terminationMessage: '{"metrics":{"accuracy":0.7}}' });
    });
    const { run, lines } = await train();
    const result = await run;
    expect(result.metrics).toEqual({ accuracy: 0.7 });
    expect(lines).toEqual(['before the drop', 'after the drop']);
    const lists = (kind: string) => fake.requests.filter((r) => r.path.endsWith(`/${kind}`) && !r.watch);
    expect(lists('jobs').length).toBeGreaterThanOrEqual(2);
    expect(lists('jobs').length).toBeLessThanOrEqual(4); // no relist loop
    expect(lists('pods').length).toBeGreaterThanOrEqual(2);
    // A watch from a compacted resourceVersion was answered 410 Gone, and dhow watched again after listing.
    const jobWatches = fake.requests.filter((r) => r.path.endsWith('/jobs') && r.watch);
    expect(jobWatches.some((r) => r.expired)).toBe(true);
    expect(jobWatches.at(-1)!.expired).toBeFalsy();
  });

  it('fails when the Job is deleted under it', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      await p.sleep(1);
      p.deleteJob();
    });
    const { run } = await train();
    const error = await failure(run);
    expect(error.message).toContain('the Job was deleted while dhow was waiting for it');
  });

  it('stops the Job when its pod lands on a node outside the allowed regions', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-eu');
      p.start(pod);
      await p.sleep(30);
    });
    const { run } = await train();
    const error = await failure(run);
    expect(error.message).toContain('ran on node gpu-node-eu in region eu-west-1, which the residency policy does not allow (allowed: me-central-1)');
    expect(fake.deletions).toHaveLength(1);
    expect(fake.list('Job')).toEqual([]);
  });

  it('deletes the Job and fails when the run is cancelled', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      await p.sleep(600);
    });
    const controller = new AbortController();
    const run = trainOnKubernetes({ job: inputs(), kubeconfig: fake.kubeconfig(), logger: recordingLogger(), timing: FAST, signal: controller.signal });
    while (fake.list('Pod').length === 0 || !fake.requests.some((r) => r.path.endsWith('/log'))) await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    const error = await failure(run);
    expect(error.message).toContain('the run was cancelled; the Job was deleted');
    expect(fake.deletions.map((d) => d.propagationPolicy)).toEqual(['Background']);
    expect(fake.list('Pod')).toEqual([]);
  });

  it('keeps the Job when told to', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      p.succeed(pod, { terminationMessage: '{"metrics":{"accuracy":0.6}}' });
    });
    const { run } = await train({}, { keepJob: true });
    const result = await run;
    expect(result.deleted).toBe(false);
    expect(fake.deletions).toEqual([]);
    expect(fake.list('Job')).toHaveLength(1);
  });

  it('rejects a termination message that breaks the report schema, naming the field', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      p.succeed(pod, { terminationMessage: '{"metrics":{"accuracy":"high"}}' });
    });
    const { run } = await train();
    const error = await failure(run);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('metrics.accuracy');
  });
});

describe('in-cluster configuration', () => {
  it('uses the service account token, CA and namespace when no kubeconfig is given', async () => {
    const prefix = await mkdtemp(join(tmpdir(), 'dhow-in-cluster-'));
    const dir = join(prefix, 'var/run/secrets/kubernetes.io/serviceaccount');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'token'), fake.token);
    await writeFile(join(dir, 'ca.crt'), fake.caCertificate());
    await writeFile(join(dir, 'namespace'), 'training\n');
    const kc = loadKubeConfig({ env: { KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: new URL(fake.url).port }, serviceAccountPrefix: prefix });
    expect(contextNamespace(kc)).toBe('training');
    const api = new KubeApi(kc);
    expect(await api.readJob('training', 'no-such-job')).toBeNull();
    expect(fake.requests.map((r) => r.status)).toEqual([404]); // authenticated with the token file: not 401
    await rm(prefix, { recursive: true, force: true });
  });
});

describe('bad Kubernetes input', () => {
  it('refuses a kubeconfig that does not parse, without echoing it', async () => {
    const secret = 'token-that-must-not-leak';
    const error = await failure(
      trainOnKubernetes({ job: inputs(), kubeconfig: `clusters: [\n  token: ${secret}\n  - {`, logger: recordingLogger(), timing: FAST }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('the kubeconfig does not parse as YAML');
    expect(error.message).not.toContain(secret);
    expect(fake.requests).toEqual([]);
  });

  it('refuses a kubeconfig without a current context', async () => {
    const error = await failure(
      trainOnKubernetes({ job: inputs(), kubeconfig: 'apiVersion: v1\nkind: Config\nclusters: []\n', logger: recordingLogger(), timing: FAST }),
    );
    expect(error.message).toContain('names no usable current-context');
  });

  it('says what is missing instead of falling back to localhost:8080', async () => {
    const error = await failure(trainOnKubernetes({ job: inputs(), env: {}, logger: recordingLogger(), timing: FAST }));
    expect(error.message).toContain('no Kubernetes configuration');
    expect(error.message).toContain('does not fall back to http://localhost:8080');
  });

  it('refuses a MIG profile that does not exist on the policy GPU before touching the cluster', async () => {
    const error = await failure(
      trainOnKubernetes({
        job: inputs({ gpu: { count: 1, product: 'NVIDIA-A100-SXM4-40GB', migProfile: '3g.40gb' } }),
        kubeconfig: fake.kubeconfig(),
        logger: recordingLogger(),
        timing: FAST,
      }),
    );
    expect(error.message).toContain('MIG profile "3g.40gb" does not exist on A100-40GB ("NVIDIA-A100-SXM4-40GB")');
    expect(fake.requests).toEqual([]);
  });

  it('refuses an image without a digest when the policy demands one', async () => {
    const error = await failure(
      trainOnKubernetes({
        job: inputs({ image: 'registry.example/dialects/train:latest' }),
        kubeconfig: fake.kubeconfig(),
        logger: recordingLogger(),
        timing: FAST,
      }),
    );
    expect(error.code).toBe('refused');
    expect(error.field).toBe('image');
    expect(fake.requests).toEqual([]);
  });

  it('says the credentials were refused when the token is wrong', async () => {
    const error = await failure(
      trainOnKubernetes({ job: inputs(), kubeconfig: fake.kubeconfig().replace(fake.token, 'wrong-token'), logger: recordingLogger(), timing: FAST }),
    );
    expect(error.message).toContain('HTTP 401');
    expect(error.message).not.toContain(fake.token);
  });
});
