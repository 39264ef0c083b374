/**
 * The multipart planner against S3's documented limits: parts of 5 MiB to 5 GiB (the last may be smaller),
 * at most 10,000 parts, objects of at most 5 TiB. Expected plans are worked out by hand below.
 */
import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { MIB, planUpload } from '../../src/storage/multipart.js';
import { parseS3Prefix, resolveEndpoint, objectUrl } from '../../src/storage/location.js';

describe('planUpload', () => {
  it('sends one PUT up to the threshold, the empty file included', () => {
    expect(planUpload(0)).toEqual({ kind: 'single', size: 0 });
    expect(planUpload(64 * MIB)).toEqual({ kind: 'single', size: 64 * MIB });
  });

  it('splits a file above the threshold into 16 MiB parts, the last one shorter', () => {
    const plan = planUpload(64 * MIB + 1);
    expect(plan.kind).toBe('multipart');
    if (plan.kind !== 'multipart') return;
    // 64 MiB + 1 byte = 4 parts of 16 MiB and a fifth of 1 byte.
    expect(plan.parts.map((p) => p.length)).toEqual([16 * MIB, 16 * MIB, 16 * MIB, 16 * MIB, 1]);
    expect(plan.parts.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    expect(plan.parts.map((p) => p.offset)).toEqual([0, 16 * MIB, 32 * MIB, 48 * MIB, 64 * MIB]);
  });

  it('never plans a part under 5 MiB (other than the last)', () => {
    const plan = planUpload(12 * MIB, { threshold: 1, partSize: 1 * MIB });
    if (plan.kind !== 'multipart') throw new Error('expected multipart');
    expect(plan.parts.map((p) => p.length)).toEqual([5 * MIB, 5 * MIB, 2 * MIB]);
  });

  it('grows the part size in whole MiB so 10,000 parts cover a 200 GiB file', () => {
    const size = 200 * 1024 * MIB;
    const plan = planUpload(size);
    if (plan.kind !== 'multipart') throw new Error('expected multipart');
    // 200 GiB / 10,000 = 20.48 MiB, rounded up to 21 MiB: ceil(204800 / 21) = 9753 parts.
    expect(plan.partSize).toBe(21 * MIB);
    expect(plan.parts).toHaveLength(9753);
    expect(plan.parts.reduce((sum, p) => sum + p.length, 0)).toBe(size);
  });

  it('refuses an object over 5 TiB', () => {
    expect(() => planUpload(5 * 1024 * 1024 * MIB + 1)).toThrow(DhowError);
  });
});

describe('S3 locations', () => {
  it('parses s3://bucket/prefix and refuses what S3 would', () => {
    expect(parseS3Prefix('s3://acme-models/adi/', 'upload')).toEqual({ bucket: 'acme-models', prefix: 'adi' });
    expect(parseS3Prefix('s3://acme-models', 'upload')).toEqual({ bucket: 'acme-models', prefix: '' });
    expect(() => parseS3Prefix('https://acme-models/adi', 'upload')).toThrow(/field "upload": .*not an s3:\/\/bucket\/prefix/);
    expect(() => parseS3Prefix('s3://Acme_Models/x', 'upload')).toThrow(/not a valid bucket name/);
    expect(() => parseS3Prefix('s3://acme-models/a/../b', 'upload')).toThrow(/"\.\."/);
  });

  it('defaults to the in-region AWS endpoint and addresses the bucket in the host or the path', () => {
    const aws = resolveEndpoint({ region: 'me-central-1' }, { endpoint: 's3-endpoint', region: 's3-region' });
    expect(objectUrl(aws, 'acme', 'adi/1.0.0/model.onnx').href).toBe('https://acme.s3.me-central-1.amazonaws.com/adi/1.0.0/model.onnx');
    const minio = resolveEndpoint({ endpoint: 'http://127.0.0.1:9000', region: 'me-central-1', pathStyle: true }, { endpoint: 'e', region: 'r' });
    expect(objectUrl(minio, 'acme', 'a b/c').href).toBe('http://127.0.0.1:9000/acme/a%20b/c');
  });

  it('names the flag or input of a missing region or a bad endpoint', () => {
    expect(() => resolveEndpoint({}, { endpoint: 's3-endpoint', region: 's3-region' })).toThrow(/field "s3-region"/);
    expect(() => resolveEndpoint({ region: 'x', endpoint: 'ftp://h' }, { endpoint: 's3-endpoint', region: 's3-region' })).toThrow(/field "s3-endpoint"/);
    expect(() => resolveEndpoint({ region: 'x', endpoint: 'https://k:s@h' }, { endpoint: 's3-endpoint', region: 's3-region' })).toThrow(/credentials/);
  });
});
