import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { VersionRecord } from '../../src/registry/schemas.js';
import { runActionProcess } from '../support/action.js';
import { FakeKube, play } from '../support/kube/index.js';

const IMAGE = `registry.example/dialects/train@sha256:${'0f'.repeat(32)}`;
const ARTIFACT = { uri: 's3://models-me-central-1/dialect-id/3/model.onnx', digest: `sha256:${'12'.repeat(32)}`, size: 4096 };

let fake: FakeKube;
beforeEach(async () => {
  fake = new FakeKube({ compression: 10 });
  await fake.start();
  fake.addNode('gpu-node-1', { 'topology.kubernetes.io/region': 'me-central-1' });
});
afterEach(async () => {
  expect(fake.invalid).toEqual([]);
  await fake.stop();
});

describe('the train action in Kubernetes mode', () => {
  it('runs the Job, masks the kubeconfig, sets the outputs and drafts the version record', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dhow-train-k8s-'));
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      p.log(pod, 'epoch 1 accuracy=0.81');
      await p.sleep(1);
      p.succeed(pod, { terminationMessage: JSON.stringify({ metrics: { accuracy: 0.86 }, artifact: ARTIFACT }) });
    });
    const run = await runActionProcess('train', {
      cwd: dir,
      inputs: {
        mode: 'kubernetes',
        command: 'python train.py --epochs 1',
        image: IMAGE,
        kubeconfig: fake.kubeconfig('ml'),
        'gpu-count': '1',
        'gpu-product': 'NVIDIA-H100-80GB-HBM3',
        parameters: 'epochs=1',
        model: 'arabic-dialect-id',
        version: '3.0.0',
        'version-file': 'dhow-version.yaml',
      },
    });
    expect(run.annotations).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.metrics!)).toEqual({ accuracy: 0.86 });
    expect(run.outputs['artifact-uri']).toBe(ARTIFACT.uri);
    expect(run.outputs['artifact-digest']).toBe(ARTIFACT.digest);
    expect(run.stdout).toContain('epoch 1 accuracy=0.81');
    // The token appears only in the runner's add-mask command, never in the log itself.
    const leaks = run.stdout.split('\n').filter((l) => l.includes(fake.token) && !l.startsWith('::add-mask::'));
    expect(leaks).toEqual([]);
    expect(run.stdout).toContain(`::add-mask::${fake.token}`);
    const record = VersionRecord.parse(parse(await readFile(join(dir, 'dhow-version.yaml'), 'utf8')));
    expect(record.training).toMatchObject({ mode: 'kubernetes', region: 'me-central-1', gpu: { count: 1, product: 'NVIDIA-H100-80GB-HBM3' } });
    expect(record.artifact).toEqual(ARTIFACT);
    const created = JSON.parse(JSON.stringify(fake.requests.find((r) => r.method === 'POST')));
    expect(created.status).toBe(201);
    expect(fake.deletions).toHaveLength(1);
    expect(run.state['kubernetes-job']).toBe(fake.deletions[0]!.name);
  });

  it('deletes the Job at once when the step is cancelled (SIGINT)', async () => {
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      p.log(pod, 'epoch 1');
      await p.sleep(6000);
    });
    const dir = await mkdtemp(join(tmpdir(), 'dhow-train-k8s-cancel-'));
    const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV'].map((n) => [n, join(dir, n)]));
    for (const file of Object.values(files)) await writeFile(file, '');
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), new URL('../../src/actions/train/index.ts', import.meta.url).pathname], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        RUNNER_TEMP: dir,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: dir,
        GITHUB_REPOSITORY: 'acme/model-repo',
        GITHUB_RUN_ID: '2002',
        GITHUB_RUN_ATTEMPT: '1',
        ...files,
        INPUT_MODE: 'kubernetes',
        INPUT_COMMAND: 'python train.py',
        INPUT_IMAGE: IMAGE,
        INPUT_KUBECONFIG: fake.kubeconfig('ml'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stdout += c));
    let closed = false;
    const exited = new Promise<number>((resolve) =>
      child.on('close', (code) => {
        closed = true;
        resolve(code ?? 137);
      }),
    );
    // A state, not a duration: the training's first line is in the step's log (a loaded machine may take a
    // minute to start the step), or the step ended without it, which the expectation below then reports.
    while (!stdout.includes('epoch 1') && !closed) await new Promise((r) => setTimeout(r, 50));
    expect(stdout).toContain('epoch 1');
    child.kill('SIGINT');
    const code = await exited;
    expect(code).not.toBe(0);
    expect(stdout).toContain('the run was cancelled; the Job was deleted');
    expect(fake.deletions.map((d) => d.propagationPolicy)).toEqual(['Background']);
    expect(fake.list('Job')).toEqual([]);
  });

  it('names the Kubernetes input that is wrong, before the cluster is touched', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dhow-train-k8s-inputs-'));
    const base = { mode: 'kubernetes', command: 'python train.py', image: IMAGE, kubeconfig: fake.kubeconfig('ml') };
    // One process per case (each costs a start-up): a setting whose name differs from its input, the edge's
    // own list parser, and the image Kubernetes mode needs. test/unit/kubernetes-plan.test.ts covers the rest.
    const cases: [Record<string, string>, string][] = [
      [{ 'fail-fast-exit-codes': '3, three' }, 'input "fail-fast-exit-codes": "three" is not a whole number'],
      [{ 'queue-wait': '0' }, 'input "queue-wait" must be at least 1 second'],
      [{ image: '' }, 'input "image" is required in Kubernetes mode'],
    ];
    for (const [inputs, message] of cases) {
      const run = await runActionProcess('train', { cwd: dir, inputs: { ...base, ...inputs } });
      expect(run.exitCode).not.toBe(0);
      expect(run.annotations.join('\n')).toMatch(/^::error::train: /);
      expect(run.annotations.join('\n')).toContain(message);
      expect(run.annotations.join('\n')).not.toMatch(/queueWait|failFast/);
      // The kubeconfig's token is masked before any input is checked.
      expect(run.stdout).toContain(`::add-mask::${fake.token}`);
    }
    expect(fake.requests).toEqual([]);
  });

  it('deletes the Job in the post step when the workflow was cancelled', async () => {
    // The main step created the Job and was cancelled; the Job is still there.
    const { trainingJobName } = await import('../../src/train/kubernetes/index.js');
    const name = trainingJobName({ repository: 'acme/model-repo', runId: '1001', runAttempt: 1 });
    const manifest = (await import('../../src/train/kubernetes/render.js')).renderJob({
      repository: 'acme/model-repo',
      runId: '1001',
      runAttempt: 1,
      namespace: 'ml',
      image: IMAGE,
      command: ['python', 'train.py'],
    });
    fake.put('Job', { ...manifest, status: { active: 1 } });
    expect(fake.get('Job', 'ml', name)).toBeDefined();
    const post = await runActionProcess('train', {
      inputs: { mode: 'kubernetes', kubeconfig: fake.kubeconfig('ml') },
      env: {
        STATE_isPost: 'true',
        STATE_mode: 'kubernetes',
        'STATE_kubernetes-namespace': 'ml',
        'STATE_kubernetes-job': name,
        'STATE_kubernetes-keep-job': 'false',
      },
    });
    expect(post.annotations).toEqual([]);
    expect(post.exitCode).toBe(0);
    expect(fake.deletions).toEqual([{ name, propagationPolicy: 'Background' }]);
    expect(fake.get('Job', 'ml', name)).toBeUndefined();
  });
});
