/**
 * Training uploads its artifact: `dhow train run --upload` and the train action's `upload` input put the
 * model in S3-compatible storage (the emulator in test/support/s3-emulator.ts, which verifies signatures on
 * its own) and the draft names s3://bucket/key with the digest, endpoint and region. Bad settings fail
 * before the training command runs, and no secret reaches any output.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VersionRecord } from '../../src/registry/schemas.js';
import { runActionProcess } from '../support/action.js';
import { dhow } from '../support/cli.js';
import { FakeKube, play } from '../support/kube/index.js';
import { S3Emulator } from '../support/s3-emulator.js';

const SECRET = 'train-upload-secret/Kq9+never-shown';
const TOKEN = 'train-upload-session-token-never-shown';
// The training writes "weights" as its model and marks that it ran.
const COMMAND = 'echo \'{"accuracy": 0.5}\' > "$DHOW_OUTPUT_DIR/metrics.json"; printf weights > "$DHOW_OUTPUT_DIR/model.bin"; touch "$DHOW_OUTPUT_DIR/ran"';
const WEIGHTS_DIGEST = `sha256:${createHash('sha256').update('weights').digest('hex')}`;

let s3: S3Emulator;
let dir: string;
let env: Record<string, string>;

beforeEach(async () => {
  s3 = await new S3Emulator({ region: 'me-central-1', buckets: ['models-uae'], credentials: { AKIDTRAIN: SECRET } }).start();
  dir = await mkdtemp(join(tmpdir(), 'dhow-train-upload-'));
  env = {
    DHOW_NVIDIA_SMI: join(dir, 'no-nvidia-smi'),
    DHOW_CHECKPOINT_ROOT: join(dir, 'ckpt'),
    GITHUB_RUN_ID: '',
    GITHUB_REPOSITORY: '',
    AWS_ACCESS_KEY_ID: 'AKIDTRAIN',
    AWS_SECRET_ACCESS_KEY: SECRET,
    AWS_SESSION_TOKEN: '',
    AWS_REGION: '',
    AWS_DEFAULT_REGION: '',
  };
});
afterEach(async () => {
  await s3.stop();
});

function expectNoSecret(...texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
  }
}

describe('dhow train run --upload', () => {
  it('uploads the model and records s3://bucket/key with its digest, endpoint and region', async () => {
    const result = await dhow(
      ['train', 'run', '--command', COMMAND, '--model', 'adi', '--version', '1.0.0', '--draft', 'v.yaml'].concat([
        '--upload',
        's3://models-uae/models',
        '--s3-endpoint',
        s3.url,
        '--s3-path-style',
        '--data-region',
        'me-central-1',
      ]),
      { cwd: dir, env },
    );
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    const record = VersionRecord.parse(parse(await readFile(join(dir, 'v.yaml'), 'utf8')));
    // No --s3-region: the data's region is the bucket's (in-region by default).
    expect(record.artifact).toEqual({
      uri: 's3://models-uae/models/adi/1.0.0/model.bin',
      digest: WEIGHTS_DIGEST,
      size: 7,
      format: 'binary',
      endpoint: s3.url,
      region: 'me-central-1',
    });
    expect(s3.object('models-uae', 'models/adi/1.0.0/model.bin')!.body.toString()).toBe('weights');
    expect(result.stdout).toContain('artifact  s3://models-uae/models/adi/1.0.0/model.bin');
    expectNoSecret(result.stdout, result.stderr);
  });

  it('refuses a bucket in another region, writes no draft and prints no secret', async () => {
    const result = await dhow(
      ['train', 'run', '--command', COMMAND, '--model', 'adi', '--version', '1.0.0', '--draft', 'v.yaml'].concat([
        '--upload',
        's3://models-uae/models',
        '--s3-endpoint',
        s3.url,
        '--s3-path-style',
        '--s3-region',
        'eu-west-1',
      ]),
      { cwd: dir, env: { ...env, AWS_SESSION_TOKEN: TOKEN } },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not in region eu-west-1 but in me-central-1/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'v.yaml'))).toBe(false);
    expectNoSecret(result.stdout, result.stderr);
  });

  it('fails before training when credentials or the location are missing or wrong (exit 2)', async () => {
    const noKey = await dhow(['train', 'run', '--command', COMMAND, '--upload', 's3://models-uae/m', '--s3-region', 'me-central-1'], {
      cwd: dir,
      env: { ...env, AWS_SECRET_ACCESS_KEY: '' },
    });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/set AWS_SECRET_ACCESS_KEY/);
    const badUri = await dhow(['train', 'run', '--command', COMMAND, '--upload', 'https://models-uae/m', '--s3-region', 'me-central-1'], { cwd: dir, env });
    expect(badUri.code).toBe(2);
    expect(badUri.stderr).toMatch(/--upload/);
    const noRegion = await dhow(['train', 'run', '--command', COMMAND, '--upload', 's3://models-uae/m'], { cwd: dir, env });
    expect(noRegion.code).toBe(2);
    expect(noRegion.stderr).toMatch(/--s3-region/);
    // The command never ran, so no GPU time was spent on a run that could not be recorded.
    expect(existsSync(join(dir, 'dhow-output', 'ran'))).toBe(false);
    expectNoSecret(noKey.stderr, badUri.stderr, noRegion.stderr);
  });
});

describe('the train action with upload', () => {
  it('uploads, sets artifact-uri to the object and masks the credentials', async () => {
    const run = await runActionProcess('train', {
      cwd: dir,
      env: { ...env, AWS_SESSION_TOKEN: TOKEN, HOME: dir },
      inputs: {
        command: COMMAND,
        model: 'adi',
        version: '2.0.0',
        upload: 's3://models-uae/models',
        's3-endpoint': s3.url,
        's3-region': 'me-central-1',
        's3-path-style': 'true',
        'version-file': 'dhow-version.yaml',
      },
    });
    expect(run.annotations).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['artifact-uri']).toBe('s3://models-uae/models/adi/2.0.0/model.bin');
    expect(run.outputs['artifact-digest']).toBe(WEIGHTS_DIGEST);
    const record = VersionRecord.parse(parse(await readFile(join(dir, 'dhow-version.yaml'), 'utf8')));
    expect(record.artifact).toMatchObject({ uri: 's3://models-uae/models/adi/2.0.0/model.bin', endpoint: s3.url, region: 'me-central-1' });
    expect(s3.object('models-uae', 'models/adi/2.0.0/model.bin')!.body.toString()).toBe('weights');
    // The runner hides masked values; the action must have registered both before anything printed.
    expect(run.stdout).toContain(`::add-mask::${SECRET}`);
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(run.stdout.replaceAll(`::add-mask::${SECRET}`, '').replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(SECRET);
  });

  it('names the input of a bad upload location and trains nothing', async () => {
    const run = await runActionProcess('train', {
      cwd: dir,
      env: { ...env, HOME: dir },
      inputs: { command: COMMAND, upload: 's3://Not_A_Bucket/x', 's3-region': 'me-central-1' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.join('\n')).toMatch(/train: field "upload": "Not_A_Bucket" is not a valid bucket name/);
    expect(existsSync(join(dir, 'dhow-output', 'ran'))).toBe(false);
  });
});

describe('the train action with upload in Kubernetes mode', () => {
  const IMAGE = `registry.example/dialects/train@sha256:${'0f'.repeat(32)}`;
  const URI = 's3://models-uae/models/adi/3.0.0/model.onnx';
  let kube: FakeKube;
  beforeEach(async () => {
    kube = new FakeKube({ compression: 10 });
    await kube.start();
    kube.addNode('gpu-node-1', { 'topology.kubernetes.io/region': 'me-central-1' });
  });
  afterEach(async () => {
    expect(kube.invalid).toEqual([]);
    await kube.stop();
  });

  /** A Job that has uploaded `stored` at URI itself and reports `reported` as its digest. */
  async function runJob(stored: string, reported: string, uri = URI) {
    let jobEnv: { name: string; value?: string }[] = [];
    const script = play(async (p) => {
      const pod = p.createPod();
      p.schedule(pod, 'gpu-node-1');
      p.start(pod);
      await p.sleep(1);
      s3.objects.set(`models-uae/${uri.slice('s3://models-uae/'.length)}`, { body: Buffer.from(stored), metadata: {}, etag: '"job"' });
      p.succeed(pod, { terminationMessage: JSON.stringify({ metrics: { accuracy: 0.9 }, artifact: { uri, digest: reported } }) });
    });
    kube.script = (job, fake) => {
      jobEnv =
        (job as { spec: { template: { spec: { containers: { env?: { name: string; value?: string }[] }[] } } } }).spec.template.spec.containers[0]!.env ?? [];
      return script(job, fake);
    };
    const run = await runActionProcess('train', {
      cwd: dir,
      env: { ...env, HOME: dir },
      inputs: {
        mode: 'kubernetes',
        command: 'python train.py',
        image: IMAGE,
        kubeconfig: kube.kubeconfig('ml'),
        model: 'adi',
        version: '3.0.0',
        upload: 's3://models-uae/models',
        's3-endpoint': s3.url,
        's3-region': 'me-central-1',
        's3-path-style': 'true',
        'version-file': 'dhow-version.yaml',
      },
    });
    return { run, jobEnv };
  }

  it('tells the Job where to upload, reads the object back and records it', async () => {
    const digest = `sha256:${createHash('sha256').update('onnx weights').digest('hex')}`;
    const { run, jobEnv } = await runJob('onnx weights', digest);
    expect(run.annotations).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(jobEnv).toContainEqual({ name: 'DHOW_UPLOAD_URI', value: 's3://models-uae/models/adi/3.0.0/' });
    expect(jobEnv).toContainEqual({ name: 'DHOW_S3_REGION', value: 'me-central-1' });
    // The runner's object-storage credentials never travel into the Job.
    expect(JSON.stringify(jobEnv)).not.toContain(SECRET);
    const record = VersionRecord.parse(parse(await readFile(join(dir, 'dhow-version.yaml'), 'utf8')));
    expect(record.artifact).toEqual({ uri: URI, digest, size: 12, endpoint: s3.url, region: 'me-central-1' });
  });

  it('refuses an object whose bytes are not the digest the Job reported, and writes no draft', async () => {
    const { run } = await runJob('tampered', `sha256:${createHash('sha256').update('onnx weights').digest('hex')}`);
    expect(run.exitCode).toBe(1);
    expect(run.annotations.join('\n')).toMatch(/train: .*reads back as sha256:[0-9a-f]{64}, not the sha256:[0-9a-f]{64} the Job reported/);
    expect(existsSync(join(dir, 'dhow-version.yaml'))).toBe(false);
  });

  it('refuses an artifact the Job put outside the upload location', async () => {
    const digest = `sha256:${createHash('sha256').update('x').digest('hex')}`;
    const { run } = await runJob('x', digest, 's3://models-uae/elsewhere/model.onnx');
    expect(run.exitCode).toBe(1);
    expect(run.annotations.join('\n')).toMatch(/not one object under s3:\/\/models-uae\/models\//);
  });
});
