/**
 * A small S3 emulator on loopback (path-style addressing) for the upload tests. It verifies every request's
 * AWS Signature Version 4 itself, written here from AWS's description ("Authenticating Requests: Using the
 * Authorization Header", sig-v4-header-based-auth.html) and not with dhow's signer, and answers as S3 does
 * (error codes, statuses and messages from the S3 API reference "Error responses"):
 *   - unknown access key: 403 InvalidAccessKeyId; wrong signature: 403 SignatureDoesNotMatch;
 *   - a credential scope in another region: 400 AuthorizationHeaderMalformed, naming the expected Region;
 *   - a body whose SHA-256 is not the signed x-amz-content-sha256: 400 XAmzContentSHA256Mismatch;
 *   - a missing bucket: 404 NoSuchBucket; a missing key: 404 NoSuchKey (HEAD: a bare 404);
 *   - a multipart part under 5 MiB that is not the last: 400 EntityTooSmall; a wrong ETag: 400 InvalidPart.
 * Objects live in memory. Faults: answer the next requests with a 5xx, or corrupt what the next write stores.
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredObject {
  body: Buffer;
  metadata: Record<string, string>;
  etag: string;
}

export interface S3EmulatorOptions {
  region: string;
  buckets: string[];
  credentials: Record<string, string>;
  /** Multipart parts other than the last must be at least this big (S3: 5 MiB). */
  minPartSize?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
}

interface Fault {
  remaining: number;
  status: number;
  match: (method: string, query: URLSearchParams) => boolean;
}

export class S3Emulator {
  readonly objects = new Map<string, StoredObject>();
  readonly requests: RecordedRequest[] = [];
  private readonly uploads = new Map<string, { key: string; metadata: Record<string, string>; parts: Map<number, { body: Buffer; etag: string }> }>();
  private readonly faults: Fault[] = [];
  private corruptNextWrite = false;
  private inFlight = 0;
  /** The most requests handled at once: an upper bound on what a client keeps in flight (and in memory). */
  maxInFlight = 0;
  private server?: Server;
  url = '';

  constructor(readonly options: S3EmulatorOptions) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    // Idle keep-alive connections stay open for the test's life (stop() closes them): with Node's 5 s default a
    // client on a loaded machine can send on a connection in the instant the server closes it (ECONNRESET).
    this.server.keepAliveTimeout = 600_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Answers the next `count` requests that match with `status` (an S3 InternalError or SlowDown). */
  failNext(count: number, status = 500, match: Fault['match'] = () => true): void {
    this.faults.push({ remaining: count, status, match });
  }

  /** Flips a byte of the next object stored (a PUT or a completed multipart upload). */
  corruptTheNextWrite(): void {
    this.corruptNextWrite = true;
  }

  object(bucket: string, key: string): StoredObject | undefined {
    return this.objects.get(`${bucket}/${key}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    res.on('close', () => (this.inFlight -= 1));
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const target = new URL(req.url ?? '/', 'http://emulator');
    const rawPath = (req.url ?? '/').split('?')[0]!;
    const rawQuery = (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?') + 1) : '';
    const record = (status: number) => this.requests.push({ method: req.method ?? '', path: target.pathname, query: rawQuery, status });
    const send = (status: number, headers: Record<string, string> = {}, payload: string | Buffer = '') => {
      record(status);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : payload);
    };
    const error = (status: number, code: string, message: string, extra = '') =>
      send(
        status,
        { 'content-type': 'application/xml' },
        `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>${randomUUID()}</RequestId></Error>`,
      );

    const fault = this.faults.find((f) => f.remaining > 0 && f.match(req.method ?? '', target.searchParams));
    if (fault) {
      fault.remaining -= 1;
      return error(fault.status, fault.status === 503 ? 'SlowDown' : 'InternalError', 'We encountered an internal error. Please try again.');
    }

    const auth = this.verify(req, rawPath, rawQuery, body);
    if (auth) return error(auth.status, auth.code, auth.message, auth.extra ?? '');

    const [, bucket = '', ...keyParts] = rawPath.split('/').map((s) => decodeURIComponent(s));
    const key = keyParts.join('/');
    if (!this.options.buckets.includes(bucket)) return error(404, 'NoSuchBucket', 'The specified bucket does not exist');
    const id = `${bucket}/${key}`;
    const q = target.searchParams;
    const method = req.method ?? '';

    if (method === 'HEAD' || method === 'GET') {
      const object = this.objects.get(id);
      if (!object) return method === 'HEAD' ? send(404) : error(404, 'NoSuchKey', 'The specified key does not exist.');
      const meta = Object.fromEntries(Object.entries(object.metadata).map(([k, v]) => [`x-amz-meta-${k}`, v]));
      return send(200, { 'content-length': String(object.body.length), etag: object.etag, ...meta }, object.body);
    }
    if (method === 'POST' && q.has('uploads')) {
      const uploadId = randomUUID();
      this.uploads.set(uploadId, { key: id, metadata: metadataOf(req), parts: new Map() });
      return send(
        200,
        { 'content-type': 'application/xml' },
        `<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`,
      );
    }
    if (q.has('uploadId')) {
      const upload = this.uploads.get(q.get('uploadId')!);
      if (!upload || upload.key !== id) return error(404, 'NoSuchUpload', 'The specified upload does not exist.');
      if (method === 'PUT') {
        const etag = `"${createHash('md5').update(body).digest('hex')}"`;
        upload.parts.set(Number(q.get('partNumber')), { body, etag });
        return send(200, { etag });
      }
      if (method === 'DELETE') {
        this.uploads.delete(q.get('uploadId')!);
        return send(204);
      }
      if (method === 'POST') {
        const listed = [...body.toString('utf8').matchAll(/<Part><PartNumber>(\d+)<\/PartNumber><ETag>([^<]*)<\/ETag><\/Part>/g)].map((m) => ({
          number: Number(m[1]),
          etag: m[2]!.replace(/&quot;/g, '"'),
        }));
        if (listed.length === 0)
          return error(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema.');
        const pieces: Buffer[] = [];
        for (const [index, part] of listed.entries()) {
          const stored = upload.parts.get(part.number);
          if (!stored || stored.etag !== part.etag)
            return error(
              400,
              'InvalidPart',
              "One or more of the specified parts could not be found. The part might not have been uploaded, or the specified entity tag might not have matched the part's entity tag.",
            );
          if (index > 0 && part.number <= listed[index - 1]!.number) return error(400, 'InvalidPartOrder', 'The list of parts was not in ascending order.');
          if (index < listed.length - 1 && stored.body.length < (this.options.minPartSize ?? 5 * 1024 * 1024))
            return error(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed object size.');
          pieces.push(stored.body);
        }
        this.uploads.delete(q.get('uploadId')!);
        this.store(id, Buffer.concat(pieces), upload.metadata, `"multipart-${listed.length}"`);
        return send(200, { 'content-type': 'application/xml' }, `<CompleteMultipartUploadResult><Key>${key}</Key></CompleteMultipartUploadResult>`);
      }
    }
    if (method === 'PUT' && rawQuery === '') {
      this.store(id, body, metadataOf(req), `"${createHash('md5').update(body).digest('hex')}"`);
      return send(200, { etag: this.objects.get(id)!.etag });
    }
    return error(501, 'NotImplemented', 'A header or query you provided implies functionality that is not implemented.');
  }

  private store(id: string, body: Buffer, metadata: Record<string, string>, etag: string): void {
    const copy = Buffer.from(body);
    if (this.corruptNextWrite && copy.length > 0) {
      copy[copy.length - 1] = copy[copy.length - 1]! ^ 0xff;
      this.corruptNextWrite = false;
    }
    this.objects.set(id, { body: copy, metadata, etag });
  }

  /** SigV4 verification, from the documented steps; undefined when the request is authentic. */
  private verify(
    req: IncomingMessage,
    rawPath: string,
    rawQuery: string,
    body: Buffer,
  ): { status: number; code: string; message: string; extra?: string } | undefined {
    const header = String(req.headers.authorization ?? '');
    const parsed = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/.exec(
      header,
    );
    if (!parsed) return { status: 403, code: 'AccessDenied', message: 'Access Denied' };
    const [, accessKey, date, region, signedHeaderList, signature] = parsed as unknown as [string, string, string, string, string, string];
    const secret = this.options.credentials[accessKey];
    if (secret === undefined) return { status: 403, code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.' };
    if (region !== this.options.region)
      return {
        status: 400,
        code: 'AuthorizationHeaderMalformed',
        message: `The authorization header is malformed; the region '${region}' is wrong; expecting '${this.options.region}'`,
        extra: `<Region>${this.options.region}</Region>`,
      };
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    if (!amzDate.startsWith(date))
      return { status: 403, code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided.' };
    const signed = signedHeaderList.split(';');
    if (!signed.includes('host') || !signed.includes('x-amz-date') || !signed.includes('x-amz-content-sha256'))
      return { status: 403, code: 'AccessDenied', message: 'host, x-amz-date and x-amz-content-sha256 must be signed' };
    const contentHash = String(req.headers['x-amz-content-sha256'] ?? '');
    if (contentHash !== 'UNSIGNED-PAYLOAD' && contentHash !== createHash('sha256').update(body).digest('hex'))
      return { status: 400, code: 'XAmzContentSHA256Mismatch', message: "The provided 'x-amz-content-sha256' header does not match what was computed." };

    // Step 1: the canonical request. Path and query values are percent-encoded per RFC 3986 (unreserved
    // characters kept), each path segment once; query pairs sorted by name.
    const encode = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    const path = rawPath
      .split('/')
      .map((segment) => encode(decodeURIComponent(segment)))
      .join('/');
    const query = rawQuery
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [name = '', value = ''] = pair.split(/=(.*)/s);
        return `${encode(decodeURIComponent(name))}=${encode(decodeURIComponent(value))}`;
      })
      .sort()
      .join('&');
    const headerLines = signed.map((name) => {
      const value = req.headers[name];
      return `${name}:${(Array.isArray(value) ? value.join(',') : String(value ?? '')).trim().replace(/\s+/g, ' ')}\n`;
    });
    const canonical = `${req.method}\n${path}\n${query}\n${headerLines.join('')}\n${signedHeaderList}\n${contentHash}`;
    // Step 2: the string to sign. Step 3: the signing key, HMACs of date, region, service and "aws4_request".
    const scope = `${date}/${region}/s3/aws4_request`;
    const toSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${createHash('sha256').update(canonical).digest('hex')}`;
    let key: Buffer = createHmac('sha256', `AWS4${secret}`).update(date).digest();
    for (const part of [region, 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
    const expected = createHmac('sha256', key).update(toSign).digest('hex');
    if (!timingSafeEqual(Buffer.from(expected), Buffer.from(signature)))
      return {
        status: 403,
        code: 'SignatureDoesNotMatch',
        message: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      };
    return undefined;
  }
}

function metadataOf(req: IncomingMessage): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (name.startsWith('x-amz-meta-')) metadata[name.slice('x-amz-meta-'.length)] = String(value);
  return metadata;
}
