import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dhow } from '../support/cli.js';
import { FakeKube, play } from '../support/kube/index.js';

const IMAGE = `registry.example/dialects/train@sha256:${'0f'.repeat(32)}`;

/** `dhow train <sub> ...` through the real dispatcher (`dhow train` hands render and kubernetes to train-kubernetes.ts). */
function dhowTrain(args: string[], env: NodeJS.ProcessEnv = {}) {
  return dhow(['train', ...args], { env: { KUBECONFIG: '', GITHUB_REPOSITORY: '', GITHUB_RUN_ID: '', GITHUB_RUN_ATTEMPT: '', ...env } });
}

let dir: string;
let fake: FakeKube;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dhow-kube-cli-'));
  fake = new FakeKube({ compression: 10 });
  await fake.start();
  fake.addNode('gpu-node-1', { 'topology.kubernetes.io/region': 'qatarcentral' });
});
afterEach(async () => {
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('dhow train render', () => {
  it('prints a valid Job with the residency policy of the registry', async () => {
    await writeFile(
      join(dir, 'dhow.yaml'),
      'apiVersion: dhow.dev/v1\nkind: Registry\nenvironments:\n  - name: dev\n    approvals: 0\nresidency:\n  allowed-regions: [qatarcentral]\n',
    );
    const result = await dhowTrain(
      [
        'render',
        '--image',
        IMAGE,
        '--namespace',
        'ml',
        '--repository',
        'qcri/dialects',
        '--run-id',
        '42',
        '--gpu-product',
        'NVIDIA-A100-SXM4-80GB',
        '--mig-profile',
        '1g.10gb',
        '--spot',
        '--registry',
        dir,
        '--',
        'python',
        'train.py',
      ],
      {},
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const job = parse(result.stdout);
    expect(() => new Job(job).validate()).not.toThrow();
    expect(job.metadata.namespace).toBe('ml');
    expect(job.spec.template.spec.containers[0].resources.limits).toEqual({ 'nvidia.com/mig-1g.10gb': '1' });
    expect(job.spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values).toEqual(
      ['qatarcentral'],
    );
  });

  it('reads the residency policy of a bare registry as dhow init makes it (the README example)', async () => {
    const registry = join(dir, 'registry');
    expect((await dhow(['init', registry], { cwd: dir })).code).toBe(0);
    // The policy is on main of the bare repository: there is no dhow.yaml file in the directory itself.
    const config = 'apiVersion: dhow.dev/v1\nkind: Registry\nenvironments:\n  - name: dev\n    approvals: 0\nresidency:\n  allowed-regions: [uaenorth]\n';
    const blob = execFileSync('git', ['--git-dir', registry, 'hash-object', '-w', '--stdin'], { input: config }).toString().trim();
    const tree = execFileSync('git', ['--git-dir', registry, 'mktree'], { input: `100644 blob ${blob}\tdhow.yaml\n` })
      .toString()
      .trim();
    const head = execFileSync('git', ['--git-dir', registry, 'rev-parse', 'main']).toString().trim();
    const commit = execFileSync('git', [
      '--git-dir',
      registry,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.invalid',
      'commit-tree',
      tree,
      '-p',
      head,
      '-m',
      'residency',
    ])
      .toString()
      .trim();
    execFileSync('git', ['--git-dir', registry, 'update-ref', 'refs/heads/main', commit, head]);
    const result = await dhowTrain(['render', '--image', IMAGE, '--registry', registry, '--', 'python', 'train.py'], {});
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const job = parse(result.stdout);
    expect(job.spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values).toEqual(
      ['uaenorth'],
    );
  });

  it('names --registry when it is neither a registry nor a directory holding dhow.yaml', async () => {
    const result = await dhowTrain(['render', '--image', IMAGE, '--registry', join(dir, 'nothing-here'), '--', 'python', 'train.py'], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nothing-here.*no registry here/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a tag-only image and a MIG profile the GPU lacks', async () => {
    const tag = await dhowTrain(['render', '--image', 'registry.example/train:latest', '--', 'python', 'train.py']);
    expect(tag.code).toBe(1);
    expect(tag.stderr).toContain('not pinned by digest');
    const mig = await dhowTrain(['render', '--image', IMAGE, '--gpu-product', 'NVIDIA-H100-80GB-HBM3', '--mig-profile', '1g.6gb', '--', 'python', 'train.py']);
    expect(mig.code).toBe(1);
    expect(mig.stderr).toContain('MIG profile "1g.6gb" does not exist on H100-80GB ("NVIDIA-H100-80GB-HBM3")');
  });

  it('prints the same Job as JSON with --json', async () => {
    const args = ['render', '--image', IMAGE, '--run-id', '7', '--gpu-product', 'NVIDIA-A100-SXM4-80GB', '--', 'python', 'train.py'];
    const yaml = await dhowTrain(args);
    const json = await dhowTrain([...args.slice(0, -3), '--json', '--', 'python', 'train.py']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(parse(yaml.stdout));
  });

  it('refuses the options only dhow train kubernetes uses, instead of ignoring them', async () => {
    const result = await dhowTrain(['render', '--image', IMAGE, '--keep-job', '--', 'python', 'train.py']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('dhow train render: --keep-job is for dhow train kubernetes; render only prints the Job');
    expect(result.stdout).toBe('');
  });

  it('takes --gpu-shared without a resource, as its help says, before another option or the command', async () => {
    for (const args of [
      ['render', '--image', IMAGE, '--gpu-shared', '--spot', '--', 'python', 'train.py'],
      ['render', '--image', IMAGE, '--gpu-shared', '--', 'python', 'train.py'],
    ]) {
      const result = await dhowTrain(args);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(parse(result.stdout).spec.template.spec.containers[0].resources.limits).toEqual({ 'nvidia.com/gpu.shared': '1' });
    }
    const named = await dhowTrain(['render', '--image', IMAGE, '--gpu-shared', 'nvidia.com/gpu.slice', '--', 'python', 'train.py']);
    expect(parse(named.stdout).spec.template.spec.containers[0].resources.limits).toEqual({ 'nvidia.com/gpu.slice': '1' });
  });

  it('names the flag when the settings schema refuses its value, as the action names its input', async () => {
    // KubernetesModeSettings caps backoffLimit at 100; the training spec takes POSIX environment variable names.
    const backoff = await dhowTrain(['render', '--image', IMAGE, '--backoff-limit', '500', '--', 'python', 'train.py']);
    expect(backoff.code).toBe(2);
    expect(backoff.stdout).toBe('');
    expect(backoff.stderr.trim()).toBe('dhow train: --backoff-limit: must be at most 100');
    const env = await dhowTrain(['render', '--image', IMAGE, '--env', '1BAD=x', '--', 'python', 'train.py']);
    expect(env.code).toBe(2);
    expect(env.stderr.trim()).toBe('dhow train: --env: must be a valid environment variable name');
  });

  it('asks for the training command', async () => {
    const result = await dhowTrain(['render', '--image', IMAGE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('give the training command after "--"');
  });
});

describe('dhow train kubernetes', () => {
  it('runs the Job against the cluster in $KUBECONFIG and prints its metrics', async () => {
    const kubeconfig = join(dir, 'kubeconfig');
    await writeFile(kubeconfig, fake.kubeconfig('ml'));
    fake.script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      p.log(pod, 'hello from the cluster');
      await p.sleep(1);
      p.succeed(pod, { terminationMessage: '{"metrics":{"accuracy":0.93}}' });
    });
    const result = await dhowTrain(['kubernetes', '--image', IMAGE, '--run-id', '7', '--json', '--', 'python', 'train.py'], { KUBECONFIG: kubeconfig });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.metrics).toEqual({ accuracy: 0.93 });
    expect(out.namespace).toBe('ml');
    expect(result.stderr).toContain('hello from the cluster');
    expect(result.stderr).not.toContain(fake.token);
  });

  it('refuses a kubeconfig file that does not parse', async () => {
    const kubeconfig = join(dir, 'kubeconfig');
    await writeFile(kubeconfig, 'clusters: [\n  - {');
    const result = await dhowTrain(['kubernetes', '--image', IMAGE, '--kubeconfig', kubeconfig, '--', 'python', 'train.py']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${kubeconfig}`);
    expect(result.stderr).toContain('does not parse as YAML');
  });
});
