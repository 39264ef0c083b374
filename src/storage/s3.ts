/**
 * A small S3 client over fetch, enough to put an artifact and read it back: PutObject, the multipart
 * upload (Create, UploadPart, Complete, Abort), HeadObject and a streamed GetObject. Every request is signed
 * with SigV4 (./sigv4.ts) including the SHA-256 of its body, so the store refuses bytes changed on the way;
 * answers 5xx (and 429) or a dropped connection are retried with backoff, re-signed each time. Failures are
 * DhowErrors that quote S3's error code and message and never the credentials.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { DhowError } from '../errors.js';
import type { Logger } from '../logger.js';
import { objectUrl, type S3Endpoint } from './location.js';
import { EMPTY_SHA256, sha256Hex, signRequest, type AwsCredentials } from './sigv4.js';

export interface S3ClientOptions {
  endpoint: S3Endpoint;
  credentials: AwsCredentials;
  logger: Logger;
  /** Attempts per request (default 4). */
  attempts?: number;
  /** The first retry's delay; each later one doubles it (default 500 ms). */
  backoffMs?: number;
  now?: () => Date;
}

export interface ObjectHead {
  size: number;
  etag?: string;
  metadata: Record<string, string>;
}

interface SendOptions {
  query?: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /** What the request does, for messages: "upload part 3 of s3://b/k". */
  what: string;
  /** Statuses that are answers, not failures (HEAD's 404). */
  accept?: number[];
}

const RETRYABLE = new Set([429, 500, 502, 503, 504]);
const MAX_ERROR_BODY = 64 * 1024;

export class S3Client {
  readonly endpoint: S3Endpoint;
  private readonly credentials: AwsCredentials;
  private readonly logger: Logger;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly now: () => Date;

  constructor(options: S3ClientOptions) {
    this.endpoint = options.endpoint;
    this.credentials = options.credentials;
    this.logger = options.logger;
    this.attempts = Math.max(1, options.attempts ?? 4);
    this.backoffMs = options.backoffMs ?? 500;
    this.now = options.now ?? (() => new Date());
  }

  async head(bucket: string, key: string): Promise<ObjectHead | undefined> {
    const response = await this.send('HEAD', bucket, key, { what: `read the head of s3://${bucket}/${key}`, accept: [404] });
    if (response.status === 404) return undefined;
    const metadata: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name.startsWith('x-amz-meta-')) metadata[name.slice('x-amz-meta-'.length)] = value;
    });
    return { size: Number(response.headers.get('content-length') ?? '0'), etag: response.headers.get('etag') ?? undefined, metadata };
  }

  async putObject(bucket: string, key: string, body: Buffer, metadata: Record<string, string>): Promise<void> {
    await this.send('PUT', bucket, key, { body, headers: metaHeaders(metadata), what: `upload s3://${bucket}/${key}` });
  }

  async createMultipartUpload(bucket: string, key: string, metadata: Record<string, string>): Promise<string> {
    const response = await this.send('POST', bucket, key, {
      query: 'uploads',
      headers: metaHeaders(metadata),
      what: `start a multipart upload of s3://${bucket}/${key}`,
    });
    const uploadId = xmlValue(await response.text(), 'UploadId');
    if (!uploadId) throw new DhowError('storage', `the store answered no UploadId when asked to start a multipart upload of s3://${bucket}/${key}`);
    return uploadId;
  }

  async uploadPart(bucket: string, key: string, uploadId: string, number: number, body: Buffer): Promise<string> {
    const response = await this.send('PUT', bucket, key, {
      query: `partNumber=${number}&uploadId=${encodeURIComponent(uploadId)}`,
      body,
      what: `upload part ${number} of s3://${bucket}/${key}`,
    });
    const etag = response.headers.get('etag');
    if (!etag) throw new DhowError('storage', `the store answered no ETag for part ${number} of s3://${bucket}/${key}`);
    return etag;
  }

  async completeMultipartUpload(bucket: string, key: string, uploadId: string, parts: { number: number; etag: string }[]): Promise<void> {
    const xml = `<CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${parts
      .map((p) => `<Part><PartNumber>${p.number}</PartNumber><ETag>${escapeXml(p.etag)}</ETag></Part>`)
      .join('')}</CompleteMultipartUpload>`;
    const response = await this.send('POST', bucket, key, {
      query: `uploadId=${encodeURIComponent(uploadId)}`,
      body: Buffer.from(xml, 'utf8'),
      headers: { 'content-type': 'application/xml' },
      what: `complete the multipart upload of s3://${bucket}/${key}`,
    });
    // CompleteMultipartUpload can fail after a 200: the error is in the body (S3 API reference).
    const text = await response.text();
    if (/<Error>/.test(text)) throw storageError(`complete the multipart upload of s3://${bucket}/${key}`, response.status, text);
  }

  async abortMultipartUpload(bucket: string, key: string, uploadId: string): Promise<void> {
    await this.send('DELETE', bucket, key, {
      query: `uploadId=${encodeURIComponent(uploadId)}`,
      what: `abort the multipart upload of s3://${bucket}/${key}`,
      accept: [404],
    });
  }

  /** Reads the object back, streamed, and returns the SHA-256 and size of the bytes the store serves. */
  async sha256OfObject(bucket: string, key: string): Promise<{ digest: string; size: number }> {
    const response = await this.send('GET', bucket, key, { what: `read back s3://${bucket}/${key}` });
    const hash = createHash('sha256');
    let size = 0;
    await eachChunk(response, (chunk) => {
      hash.update(chunk);
      size += chunk.length;
      return true;
    });
    return { digest: `sha256:${hash.digest('hex')}`, size };
  }

  private async errorBodyOf(url: URL, options: SendOptions): Promise<string> {
    const signed = signRequest(
      { method: 'GET', url, headers: { ...options.headers, 'x-amz-content-sha256': EMPTY_SHA256 }, payloadHash: EMPTY_SHA256 },
      this.credentials,
      {
        region: this.endpoint.region,
        service: 's3',
        now: this.now(),
      },
    );
    const { host: _host, ...headers } = signed.headers;
    try {
      const response = await fetch(url, { method: 'GET', headers, redirect: 'manual' });
      if (response.ok) {
        await response.body?.cancel();
        return '';
      }
      return await boundedText(response);
    } catch {
      return '';
    }
  }

  private async send(method: string, bucket: string, key: string, options: SendOptions): Promise<Response> {
    const url = objectUrl(this.endpoint, bucket, key, options.query);
    const payloadHash = options.body ? sha256Hex(options.body) : EMPTY_SHA256;
    let lastProblem = '';
    for (let attempt = 1; attempt <= this.attempts; attempt += 1) {
      if (attempt > 1) await delay(this.backoffMs * 2 ** (attempt - 2));
      const signed = signRequest({ method, url, headers: { ...options.headers, 'x-amz-content-sha256': payloadHash }, payloadHash }, this.credentials, {
        region: this.endpoint.region,
        service: 's3',
        now: this.now(),
      });
      // fetch sets Host itself, from the URL the signature covers.
      const { host: _host, ...headers } = signed.headers;
      let response: Response;
      try {
        response = await fetch(url, { method, headers, body: options.body as Uint8Array<ArrayBuffer> | undefined, redirect: 'manual' });
      } catch (error) {
        lastProblem = networkProblem(error);
        if (attempt < this.attempts) this.logger.warning(`could not ${options.what} (${lastProblem}); retrying (${attempt}/${this.attempts})`);
        continue;
      }
      if (response.ok || options.accept?.includes(response.status)) return response;
      const text = await boundedText(response);
      if (RETRYABLE.has(response.status)) {
        lastProblem = describeStatus(response.status, text);
        if (attempt < this.attempts) this.logger.warning(`could not ${options.what} (${lastProblem}); retrying (${attempt}/${this.attempts})`);
        continue;
      }
      // A HEAD answer has no body, so S3's error code is not in it: ask once with GET to read the code.
      const explained = method === 'HEAD' && !text ? await this.errorBodyOf(url, options) : text;
      throw storageError(options.what, response.status, explained, this.endpoint.region);
    }
    throw new DhowError('storage', `could not ${options.what} after ${this.attempts} attempts: ${lastProblem}`);
  }
}

/** Compares two "sha256:<hex>" digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function metaHeaders(metadata: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata).map(([name, value]) => [`x-amz-meta-${name}`, value]));
}

function xmlValue(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  return match ? unescapeXml(match[1]!) : undefined;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function boundedText(response: Response): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  await eachChunk(response, (chunk) => {
    chunks.push(Buffer.from(chunk));
    size += chunk.length;
    return size < MAX_ERROR_BODY;
  });
  return Buffer.concat(chunks).toString('utf8').slice(0, MAX_ERROR_BODY);
}

/** Reads a response body chunk by chunk until `onChunk` returns false; the rest is cancelled. */
async function eachChunk(response: Response, onChunk: (chunk: Uint8Array) => boolean): Promise<void> {
  if (!response.body) return;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (!onChunk(value)) {
        await reader.cancel();
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

function describeStatus(status: number, body: string): string {
  const code = xmlValue(body, 'Code');
  return code ? `HTTP ${status} ${code}` : `HTTP ${status}`;
}

/** S3's own words (Code and Message, nothing else: the body can echo the canonical request), made actionable. */
function storageError(what: string, status: number, body: string, region?: string): DhowError {
  const code = xmlValue(body, 'Code');
  const message = xmlValue(body, 'Message')?.slice(0, 300);
  const said = code ? `${code}${message ? `: ${message}` : ''}` : `HTTP ${status}`;
  if (code === 'AuthorizationHeaderMalformed' || code === 'PermanentRedirect' || code === 'IncorrectEndpoint' || (status >= 300 && status < 400)) {
    const expected = xmlValue(body, 'Region');
    return new DhowError(
      'refused',
      `could not ${what}: the bucket is not in region ${region ?? '(unset)'}${expected ? ` but in ${expected}` : ''}, or the endpoint is not that region's (${said}); name the bucket's region and its in-region endpoint`,
      { field: 'region' },
    );
  }
  if (code === 'SignatureDoesNotMatch' || code === 'InvalidAccessKeyId' || code === 'AccessDenied' || code === 'ExpiredToken' || status === 403) {
    return new DhowError(
      'refused',
      `could not ${what}: the store refused the credentials (${said}); check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, and that they may s3:GetObject, s3:PutObject and s3:ListBucket (without ListBucket S3 answers 403 for a missing object)`,
      {
        field: 'credentials',
      },
    );
  }
  return new DhowError('storage', `could not ${what}: ${said}`);
}

function networkProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
