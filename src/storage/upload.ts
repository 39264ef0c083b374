/**
 * Uploads a trained artifact (a file, or a directory file by file) to `s3://bucket/prefix/<model>/<version>/`
 * and proves it arrived whole: each object is read back and its SHA-256 compared with the file's, and a
 * directory's manifest digest is rebuilt from what the store serves. Versions are immutable: an object
 * already at the key with the same SHA-256 (a re-run) is kept, one with other content is refused.
 * Memory stays bounded: a single PUT holds at most the threshold, a multipart upload one part per worker.
 */
import { createHash } from 'node:crypto';
import { open, readdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { DhowError } from '../errors.js';
import type { Logger } from '../logger.js';
import { sha256File } from '../registry/digest.js';
import { artifactKey, type S3Prefix } from './location.js';
import { planUpload, type UploadPlanOptions } from './multipart.js';
import { sameDigest, type S3Client } from './s3.js';

export interface ArtifactUploadRequest {
  client: S3Client;
  location: S3Prefix;
  /** The artifact on disk and its digest (a file's SHA-256, or a directory's manifest digest). */
  path: string;
  digest: string;
  isDirectory: boolean;
  /** Key segments between the prefix and the artifact's name, e.g. [model, version]. */
  under: string[];
  logger: Logger;
  plan?: UploadPlanOptions;
  /** Parts uploaded at once (default 4). */
  concurrency?: number;
}

export interface UploadedArtifact {
  /** s3://bucket/key (a directory: s3://bucket/key/). */
  uri: string;
  digest: string;
  size: number;
  endpoint: string;
  region: string;
  /** Objects written now; 0 when every one was already there with the same content. */
  written: number;
}

/** The metadata key that carries each object's SHA-256 (returned by HEAD on every S3-compatible store). */
export const SHA256_METADATA = 'dhow-sha256';

export async function uploadArtifact(request: ArtifactUploadRequest): Promise<UploadedArtifact> {
  const { client, location } = request;
  const base = artifactKey(location, [...request.under, basename(request.path)]);
  const files = request.isDirectory ? (await listFiles(request.path)).sort() : [''];
  let size = 0;
  let written = 0;
  const manifest = createHash('sha256');
  let lastDigest = '';
  for (const file of files) {
    const path = file ? join(request.path, file) : request.path;
    const key = file ? `${base}/${file}` : base;
    const uploaded = await uploadFile(request, path, key);
    size += uploaded.size;
    if (uploaded.written) written += 1;
    lastDigest = uploaded.digest;
    manifest.update(`${uploaded.digest.slice('sha256:'.length)}  ${file}\n`);
  }
  // The digest of what the store now serves, computed the way the artifact's digest was.
  const served = request.isDirectory ? `sha256:${manifest.digest('hex')}` : lastDigest;
  if (!sameDigest(served, request.digest)) {
    throw new DhowError(
      'storage',
      `the artifact uploaded to s3://${location.bucket}/${base}${request.isDirectory ? '/' : ''} has digest ${served}, not ${request.digest}: it changed after training; nothing was recorded`,
    );
  }
  return {
    uri: `s3://${location.bucket}/${base}${request.isDirectory ? '/' : ''}`,
    digest: request.digest,
    size,
    endpoint: client.endpoint.url.origin,
    region: client.endpoint.region,
    written,
  };
}

/** Uploads one file unless the same content is there, then reads it back and compares the SHA-256. */
async function uploadFile(request: ArtifactUploadRequest, path: string, key: string): Promise<{ digest: string; size: number; written: boolean }> {
  const { client, location, logger } = request;
  const { bucket } = location;
  const local = await sha256File(path);
  const hex = local.digest.slice('sha256:'.length);
  const existing = await client.head(bucket, key);
  let written = false;
  if (existing) {
    if (existing.metadata[SHA256_METADATA] !== hex || existing.size !== local.size) {
      throw new DhowError(
        'refused',
        `s3://${bucket}/${key} already holds a different object (${existing.size} bytes${existing.metadata[SHA256_METADATA] ? `, sha256 ${existing.metadata[SHA256_METADATA]}` : ''}); a version's artifact is never overwritten: name a new version or another prefix`,
        { field: 'upload' },
      );
    }
    logger.info(`s3://${bucket}/${key} already holds this content (sha256 ${hex}); checking it`);
  } else {
    await putFile(request, path, key, local.size, { [SHA256_METADATA]: hex });
    written = true;
  }
  const served = await client.sha256OfObject(bucket, key);
  if (!sameDigest(served.digest, local.digest) || served.size !== local.size) {
    throw new DhowError(
      'storage',
      `s3://${bucket}/${key} reads back as ${served.digest} (${served.size} bytes), not ${local.digest} (${local.size} bytes): the store holds other bytes than were uploaded; nothing was recorded`,
    );
  }
  logger.info(`${written ? 'uploaded' : 'kept'} s3://${bucket}/${key} (${local.size} bytes, sha256 checked after upload)`);
  return { ...local, written };
}

async function putFile(request: ArtifactUploadRequest, path: string, key: string, size: number, metadata: Record<string, string>): Promise<void> {
  const { client } = request;
  const { bucket } = request.location;
  const plan = planUpload(size, request.plan);
  const handle = await open(path, 'r');
  try {
    if (plan.kind === 'single') {
      await client.putObject(bucket, key, await readRange(handle, 0, size), metadata);
      return;
    }
    const uploadId = await client.createMultipartUpload(bucket, key, metadata);
    try {
      const etags: { number: number; etag: string }[] = [];
      const queue = [...plan.parts];
      const worker = async () => {
        for (let part = queue.shift(); part; part = queue.shift()) {
          const body = await readRange(handle, part.offset, part.length);
          etags.push({ number: part.number, etag: await client.uploadPart(bucket, key, uploadId, part.number, body) });
        }
      };
      await Promise.all(Array.from({ length: Math.min(request.concurrency ?? 4, plan.parts.length) }, worker));
      await client.completeMultipartUpload(
        bucket,
        key,
        uploadId,
        etags.sort((a, b) => a.number - b.number),
      );
    } catch (error) {
      // Leave no half upload billed in the bucket; the original failure is the one to report.
      await client.abortMultipartUpload(bucket, key, uploadId).catch((abortError: unknown) => {
        request.logger.warning(`could not abort the multipart upload of s3://${bucket}/${key}: ${(abortError as Error).message}`);
      });
      throw error;
    }
  } finally {
    await handle.close();
  }
}

async function readRange(handle: Awaited<ReturnType<typeof open>>, offset: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled);
    if (bytesRead === 0) throw new DhowError('storage', 'the artifact became shorter during the upload', { file: '(artifact)' });
    filled += bytesRead;
  }
  return buffer;
}

async function listFiles(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink()) throw new DhowError('invalid-input', 'the artifact holds a symbolic link', { file: full, field: 'artifact' });
    if (entry.isDirectory()) out.push(...(await listFiles(root, full)));
    else if (entry.isFile()) out.push(relative(root, full).split('\\').join('/'));
  }
  return out;
}
