/**
 * Uploading an artifact to S3-compatible storage, against the emulator in test/support/s3-emulator.ts (which
 * checks every signature on its own): single and multipart uploads arrive byte for byte, 5xx answers are
 * retried, bytes the store changed are caught by the read-back, a wrong region and wrong credentials are
 * refused without a secret in the message, and a version's object is never overwritten.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { s3ArtifactUploader, type S3UploadSettings } from '../../src/storage/index.js';
import { MIB } from '../../src/storage/multipart.js';
import { hashArtifact } from '../../src/train/outputs.js';
import { S3Emulator } from '../support/s3-emulator.js';

const SECRET = 'emulator-secret-Zq8v/+never-printed';
const env = { AWS_ACCESS_KEY_ID: 'AKIDDHOWTEST', AWS_SECRET_ACCESS_KEY: SECRET };
let s3: S3Emulator;
let dir: string;

beforeEach(async () => {
  s3 = await new S3Emulator({ region: 'me-central-1', buckets: ['models-uae'], credentials: { AKIDDHOWTEST: SECRET } }).start();
  dir = await mkdtemp(join(tmpdir(), 'dhow-s3-'));
});
afterEach(async () => {
  await s3.stop();
  await rm(dir, { recursive: true, force: true });
});

function settings(overrides: Partial<S3UploadSettings> = {}): S3UploadSettings {
  return {
    location: 's3://models-uae/adi',
    endpoint: s3.url,
    region: 'me-central-1',
    pathStyle: true,
    fields: { location: 'upload', endpoint: 's3-endpoint', region: 's3-region' },
    backoffMs: 0,
    ...overrides,
  };
}

async function artifact(name: string, bytes: Buffer) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const hashed = await hashArtifact(path);
  return { path, digest: hashed.digest, isDirectory: false, under: ['adi', '1.0.0'] };
}

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** Bytes that differ from part to part, so a misplaced part would change the object. */
function pattern(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i + 4 <= size; i += 4) bytes.writeUInt32LE(i >>> 2, i);
  return bytes;
}

async function failure(promise: Promise<unknown>): Promise<DhowError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DhowError) return error;
    throw error;
  }
  throw new Error('expected a DhowError');
}

describe('artifact upload to S3-compatible storage', () => {
  it('puts a small file in one request and records s3://bucket/key, endpoint and region', async () => {
    const bytes = Buffer.from('weights of a small model\n');
    const uploaded = await s3ArtifactUploader(settings(), env, silentLogger)(await artifact('model.onnx', bytes));
    expect(uploaded).toEqual({
      uri: 's3://models-uae/adi/adi/1.0.0/model.onnx',
      digest: sha256(bytes),
      size: bytes.length,
      endpoint: s3.url,
      region: 'me-central-1',
      written: 1,
    });
    expect(s3.object('models-uae', 'adi/adi/1.0.0/model.onnx')!.body.equals(bytes)).toBe(true);
    expect(s3.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('uploads a large file in parts that reassemble byte for byte', async () => {
    const bytes = pattern(11 * MIB + 3);
    const uploaded = await s3ArtifactUploader(
      settings({ plan: { threshold: 5 * MIB, partSize: 5 * MIB } }),
      env,
      silentLogger,
    )(await artifact('model.bin', bytes));
    expect(uploaded.digest).toBe(sha256(bytes));
    const stored = s3.object('models-uae', 'adi/adi/1.0.0/model.bin')!.body;
    expect(sha256(stored)).toBe(sha256(bytes));
    // 11 MiB + 3 bytes in 5 MiB parts: 5, 5 and 1 MiB + 3 bytes.
    expect(s3.requests.filter((r) => r.method === 'PUT' && r.query.includes('partNumber')).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(s3.requests.some((r) => r.method === 'POST' && r.query === 'uploads')).toBe(true);
  });

  it('keeps at most `concurrency` parts in flight, so memory holds at most that many parts', async () => {
    const bytes = pattern(26 * MIB);
    const upload = s3ArtifactUploader(settings({ plan: { threshold: 5 * MIB, partSize: 5 * MIB }, concurrency: 2 }), env, silentLogger);
    await upload(await artifact('model.bin', bytes));
    // 26 MiB in 5 MiB parts: six parts, never more than two at once.
    expect(s3.requests.filter((r) => r.method === 'PUT' && r.query.includes('partNumber'))).toHaveLength(6);
    expect(s3.maxInFlight).toBeLessThanOrEqual(2);
    expect(sha256(s3.object('models-uae', 'adi/adi/1.0.0/model.bin')!.body)).toBe(sha256(bytes));
  });

  it('retries requests answered 5xx and succeeds', async () => {
    s3.failNext(2, 503, (method) => method === 'PUT');
    s3.failNext(1, 500, (method) => method === 'GET');
    const bytes = Buffer.from('retried');
    const uploaded = await s3ArtifactUploader(settings(), env, silentLogger)(await artifact('model.onnx', bytes));
    expect(uploaded.digest).toBe(sha256(bytes));
    expect(s3.requests.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('gives up after four attempts and says what failed', async () => {
    s3.failNext(4, 500, (method) => method === 'PUT');
    const error = await failure(s3ArtifactUploader(settings(), env, silentLogger)(await artifact('model.onnx', Buffer.from('x'))));
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/could not upload s3:\/\/models-uae\/adi\/adi\/1\.0\.0\/model\.onnx after 4 attempts: HTTP 500 InternalError/);
  });

  it('aborts a multipart upload whose part keeps failing', async () => {
    s3.failNext(4, 500, (method, query) => method === 'PUT' && query.get('partNumber') === '2');
    const upload = s3ArtifactUploader(settings({ plan: { threshold: 5 * MIB, partSize: 5 * MIB } }), env, silentLogger);
    await failure(upload(await artifact('model.bin', pattern(11 * MIB))));
    expect(s3.requests.some((r) => r.method === 'DELETE' && r.query.startsWith('uploadId='))).toBe(true);
    expect(s3.object('models-uae', 'adi/adi/1.0.0/model.bin')).toBeUndefined();
  });

  it('refuses an object that reads back with another digest', async () => {
    s3.corruptTheNextWrite();
    const bytes = Buffer.from('the bytes that should be stored');
    const error = await failure(s3ArtifactUploader(settings(), env, silentLogger)(await artifact('model.onnx', bytes)));
    expect(error.code).toBe('storage');
    expect(error.message).toContain(`not ${sha256(bytes)}`);
    expect(error.message).toContain('nothing was recorded');
  });

  it('refuses a region the bucket is not in, naming both', async () => {
    const error = await failure(s3ArtifactUploader(settings({ region: 'us-east-1' }), env, silentLogger)(await artifact('model.onnx', Buffer.from('x'))));
    expect(error.code).toBe('refused');
    expect(error.field).toBe('region');
    expect(error.message).toMatch(/not in region us-east-1 but in me-central-1/);
    expect(s3.objects.size).toBe(0);
  });

  it('refuses wrong credentials without printing the secret', async () => {
    const wrong = { AWS_ACCESS_KEY_ID: 'AKIDDHOWTEST', AWS_SECRET_ACCESS_KEY: `${SECRET}-wrong`, AWS_SESSION_TOKEN: 'session-token-secret' };
    const error = await failure(s3ArtifactUploader(settings(), wrong, silentLogger)(await artifact('model.onnx', Buffer.from('x'))));
    expect(error.message).toContain('SignatureDoesNotMatch');
    for (const secret of [SECRET, 'session-token-secret']) expect(`${error.message}\n${error.stack}`).not.toContain(secret);
  });

  it('refuses to start without credentials, naming the variables and not their values', () => {
    expect(() => s3ArtifactUploader(settings(), { AWS_ACCESS_KEY_ID: 'AKIDDHOWTEST' }, silentLogger)).toThrow(/set AWS_SECRET_ACCESS_KEY/);
  });

  it('keeps an object already there with the same content and refuses different content', async () => {
    const upload = s3ArtifactUploader(settings(), env, silentLogger);
    const first = await artifact('model.onnx', Buffer.from('version one'));
    expect((await upload(first)).written).toBe(1);
    expect((await upload(first)).written).toBe(0);
    const changed = await artifact('model.onnx', Buffer.from('version one, retrained'));
    const error = await failure(upload(changed));
    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/already holds a different object .* never overwritten/);
    expect(s3.object('models-uae', 'adi/adi/1.0.0/model.onnx')!.body.toString()).toBe('version one');
  });

  it('uploads a directory file by file; its manifest digest is rebuilt from the store', async () => {
    const model = join(dir, 'model');
    await mkdir(join(model, 'tokenizer'), { recursive: true });
    await writeFile(join(model, 'weights.safetensors'), 'w');
    await writeFile(join(model, 'tokenizer', 'vocab.txt'), 'v');
    const hashed = await hashArtifact(model);
    // The manifest digest by hand: sha256sum lines of each file, sorted by path.
    const manifest = `${createHash('sha256').update('v').digest('hex')}  tokenizer/vocab.txt\n${createHash('sha256').update('w').digest('hex')}  weights.safetensors\n`;
    expect(hashed.digest).toBe(sha256(Buffer.from(manifest)));
    const uploaded = await s3ArtifactUploader(
      settings(),
      env,
      silentLogger,
    )({ path: model, digest: hashed.digest, isDirectory: true, under: ['adi', '2.0.0'] });
    expect(uploaded.uri).toBe('s3://models-uae/adi/adi/2.0.0/model/');
    expect(uploaded.digest).toBe(hashed.digest);
    expect([...s3.objects.keys()].sort()).toEqual(['models-uae/adi/adi/2.0.0/model/tokenizer/vocab.txt', 'models-uae/adi/adi/2.0.0/model/weights.safetensors']);
  });
});
