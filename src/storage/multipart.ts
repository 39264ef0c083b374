/**
 * The multipart plan of an upload: one PUT up to a threshold, else parts of a fixed size (the last one
 * shorter) within S3's documented limits ("Amazon S3 multipart upload limits": parts of 5 MiB to 5 GiB,
 * the last one excepted; at most 10,000 parts; objects of at most 5 TiB). Pure.
 */
import { DhowError } from '../errors.js';

export const MIB = 1024 * 1024;
export const S3_LIMITS = {
  minPartSize: 5 * MIB,
  maxPartSize: 5 * 1024 * MIB,
  maxParts: 10_000,
  maxObjectSize: 5 * 1024 * 1024 * MIB,
  maxSinglePut: 5 * 1024 * MIB,
} as const;

export interface UploadPlanOptions {
  /** Up to this size one PUT; above, a multipart upload (default 64 MiB). */
  threshold?: number;
  /** The preferred part size (default 16 MiB); grown when the file would need more than 10,000 parts. */
  partSize?: number;
}

export interface PlannedPart {
  /** 1-based, as S3 numbers parts. */
  number: number;
  offset: number;
  length: number;
}

export type UploadPlan = { kind: 'single'; size: number } | { kind: 'multipart'; size: number; partSize: number; parts: PlannedPart[] };

export function planUpload(size: number, options: UploadPlanOptions = {}): UploadPlan {
  if (!Number.isSafeInteger(size) || size < 0) throw new DhowError('invalid-input', `cannot upload ${size} bytes`);
  if (size > S3_LIMITS.maxObjectSize) throw new DhowError('invalid-input', `the artifact is ${size} bytes; an S3 object holds at most 5 TiB`);
  const threshold = Math.min(options.threshold ?? 64 * MIB, S3_LIMITS.maxSinglePut);
  if (size <= threshold) return { kind: 'single', size };
  let partSize = Math.max(options.partSize ?? 16 * MIB, S3_LIMITS.minPartSize);
  // Grow to whole MiB so 10,000 parts cover the file.
  if (Math.ceil(size / partSize) > S3_LIMITS.maxParts) partSize = Math.ceil(size / S3_LIMITS.maxParts / MIB) * MIB;
  partSize = Math.min(partSize, S3_LIMITS.maxPartSize);
  const parts: PlannedPart[] = [];
  for (let offset = 0, number = 1; offset < size; offset += partSize, number += 1) {
    parts.push({ number, offset, length: Math.min(partSize, size - offset) });
  }
  return { kind: 'multipart', size, partSize, parts };
}
