export const id = 785;
export const ids = [785];
export const modules = {

/***/ 5035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* unused harmony export sha256Digest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/** Content digests as the registry records them (the `Digest` schema): "sha256:" and 64 lower-case hex digits. */


/** The digest of a text's UTF-8 bytes. */
function sha256Digest(text) {
    return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
/** The digest and size of a file, read as a stream (artifacts can be large). */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { digest: `sha256:${hash.digest('hex')}`, size };
}


/***/ }),

/***/ 8785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  credentialsFromEnv: () => (/* binding */ credentialsFromEnv),
  s3ArtifactUploader: () => (/* binding */ s3ArtifactUploader),
  s3ArtifactVerifier: () => (/* binding */ s3ArtifactVerifier)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/storage/location.ts
/**
 * Where an artifact goes in S3-compatible object storage: the `s3://bucket/prefix` a user names, the object
 * key under it, the endpoint (in the bucket's region) and how a request addresses the bucket. Pure.
 */

// Bucket names as S3 allows them (lower-case letters, digits, dots and hyphens, 3-63), which also keeps
// them safe in a host name.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** Parses `s3://bucket/prefix`; `field` names the flag or input in errors. */
function parseS3Prefix(uri, field) {
    const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(uri.trim());
    if (!match)
        throw new errors/* DhowError */.Bp('usage', `"${uri}" is not an s3://bucket/prefix location`, { field });
    const bucket = match[1];
    if (!BUCKET.test(bucket) || bucket.includes('..'))
        throw new errors/* DhowError */.Bp('usage', `"${bucket}" is not a valid bucket name (3-63 lower-case letters, digits, dots and hyphens)`, { field });
    const prefix = (match[2] ?? '').replace(/^\/+|\/+$/g, '');
    if (prefix.split('/').some((segment) => segment === '.' || segment === '..' || (segment === '' && prefix !== '')))
        throw new errors/* DhowError */.Bp('usage', `the key prefix "${prefix}" holds an empty, "." or ".." segment`, { field });
    if (Buffer.byteLength(prefix) > 512)
        throw new errors/* DhowError */.Bp('usage', 'the key prefix is longer than 512 bytes', { field });
    return { bucket, prefix };
}
/** Resolves the endpoint: the one given, else AWS's regional endpoint for the region (in-region by construction). */
function resolveEndpoint(options, fields) {
    const region = options.region?.trim();
    if (!region)
        throw new errors/* DhowError */.Bp('usage', 'the bucket region is required to sign requests (or set AWS_REGION)', { field: fields.region });
    if (!REGION.test(region))
        throw new errors/* DhowError */.Bp('usage', `"${region}" is not a region name`, { field: fields.region });
    let url;
    try {
        url = new URL(options.endpoint?.trim() || `https://s3.${region}.amazonaws.com`);
    }
    catch {
        throw new errors/* DhowError */.Bp('usage', `"${options.endpoint}" is not a URL`, { field: fields.endpoint });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* DhowError */.Bp('usage', `the endpoint must be an http(s) URL, got ${url.protocol}`, { field: fields.endpoint });
    if (url.username || url.password)
        throw new errors/* DhowError */.Bp('usage', 'the endpoint must not carry credentials', { field: fields.endpoint });
    if ((url.pathname !== '/' && url.pathname !== '') || url.search)
        throw new errors/* DhowError */.Bp('usage', 'the endpoint is an origin only (scheme, host, port)', { field: fields.endpoint });
    return { url: new URL(url.origin), region, pathStyle: options.pathStyle ?? false };
}
/** The object key for a file of an artifact: `<prefix>/<model>/<version>/<name>` (model and version when known). */
function artifactKey(prefix, parts) {
    return [prefix.prefix, ...parts].filter((part) => part !== '').join('/');
}
/** The URL of an object (or of the bucket when key is ''), with the key's segments encoded. */
function objectUrl(endpoint, bucket, key, query = '') {
    const path = key
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
    const url = endpoint.pathStyle
        ? new URL(`${endpoint.url.origin}/${bucket}/${path}`)
        : new URL(`${endpoint.url.protocol}//${bucket}.${endpoint.url.host}/${path}`);
    if (query)
        url.search = query;
    return url;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/storage/sigv4.ts
/**
 * AWS Signature Version 4 for request headers, as AWS documents it ("Create a signed AWS API request" and,
 * for S3, "Signature Calculations for the Authorization Header"): canonical request, string to sign,
 * derived signing key, signature. Pure and written with node:crypto only, so dhow needs no AWS SDK.
 * S3 flavour: the path is URI-encoded once, never normalised (S3 keys may hold "//" or "."), and every
 * header handed in is signed.
 */

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - _ . ~ is %XX (upper-case hex). */
function uriEncode(value, encodeSlash = true) {
    let out = '';
    for (const byte of Buffer.from(value, 'utf8')) {
        const c = String.fromCharCode(byte);
        if (/[A-Za-z0-9\-_.~]/.test(c) || (c === '/' && !encodeSlash))
            out += c;
        else
            out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/** The path of an S3 request: each segment decoded from the URL, then encoded once. */
function canonicalPath(url) {
    const path = url.pathname || '/';
    return path
        .split('/')
        .map((segment) => uriEncode(safeDecode(segment)))
        .join('/');
}
/** The query, sorted by encoded name then value; "?lifecycle" signs as "lifecycle=". `+` stays a plus. */
function canonicalQuery(url) {
    const raw = url.search.startsWith('?') ? url.search.slice(1) : url.search;
    if (!raw)
        return '';
    const pairs = raw
        .split('&')
        .filter((part) => part !== '')
        .map((part) => {
        const eq = part.indexOf('=');
        const [name, value] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
        return [uriEncode(safeDecode(name)), uriEncode(safeDecode(value))];
    });
    pairs.sort(([an, av], [bn, bv]) => (an < bn ? -1 : an > bn ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
    return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** The UTC time as SigV4 writes it: 20130524T000000Z. */
function amzDate(now) {
    return now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}Z$/, 'Z');
}
function signingKey(secretAccessKey, date, region, service) {
    const kDate = hmac(`AWS4${secretAccessKey}`, date);
    const kRegion = hmac(kDate, region);
    const kService = hmac(kRegion, service);
    return hmac(kService, 'aws4_request');
}
function hmac(key, data) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(data, 'utf8').digest();
}
/** Signs the request's headers; the caller sends exactly `headers` of the result. */
function signRequest(request, credentials, scope) {
    const timestamp = amzDate(scope.now);
    const date = timestamp.slice(0, 8);
    const headers = {};
    for (const [name, value] of Object.entries(request.headers))
        headers[name.toLowerCase()] = value;
    headers.host ??= request.url.host;
    headers['x-amz-date'] = timestamp;
    if (credentials.sessionToken)
        headers['x-amz-security-token'] = credentials.sessionToken;
    const names = Object.keys(headers).sort();
    const canonicalHeaders = names.map((name) => `${name}:${headers[name].trim().replace(/\s+/g, ' ')}\n`).join('');
    const signedHeaders = names.join(';');
    const canonicalRequest = [
        request.method.toUpperCase(),
        canonicalPath(request.url),
        canonicalQuery(request.url),
        canonicalHeaders,
        signedHeaders,
        request.payloadHash,
    ].join('\n');
    const credentialScope = `${date}/${scope.region}/${scope.service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', timestamp, credentialScope, sha256Hex(canonicalRequest)].join('\n');
    const signature = (0,external_node_crypto_.createHmac)('sha256', signingKey(credentials.secretAccessKey, date, scope.region, scope.service))
        .update(stringToSign, 'utf8')
        .digest('hex');
    headers.authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
    return { headers, canonicalRequest, stringToSign, signature };
}

;// CONCATENATED MODULE: ./src/storage/s3.ts
/**
 * A small S3 client over fetch, enough to put an artifact and read it back: PutObject, the multipart
 * upload (Create, UploadPart, Complete, Abort), HeadObject and a streamed GetObject. Every request is signed
 * with SigV4 (./sigv4.ts) including the SHA-256 of its body, so the store refuses bytes changed on the way;
 * answers 5xx (and 429) or a dropped connection are retried with backoff, re-signed each time. Failures are
 * DhowErrors that quote S3's error code and message and never the credentials.
 */




const RETRYABLE = new Set([429, 500, 502, 503, 504]);
const MAX_ERROR_BODY = 64 * 1024;
class S3Client {
    endpoint;
    credentials;
    logger;
    attempts;
    backoffMs;
    now;
    constructor(options) {
        this.endpoint = options.endpoint;
        this.credentials = options.credentials;
        this.logger = options.logger;
        this.attempts = Math.max(1, options.attempts ?? 4);
        this.backoffMs = options.backoffMs ?? 500;
        this.now = options.now ?? (() => new Date());
    }
    async head(bucket, key) {
        const response = await this.send('HEAD', bucket, key, { what: `read the head of s3://${bucket}/${key}`, accept: [404] });
        if (response.status === 404)
            return undefined;
        const metadata = {};
        response.headers.forEach((value, name) => {
            if (name.startsWith('x-amz-meta-'))
                metadata[name.slice('x-amz-meta-'.length)] = value;
        });
        return { size: Number(response.headers.get('content-length') ?? '0'), etag: response.headers.get('etag') ?? undefined, metadata };
    }
    async putObject(bucket, key, body, metadata) {
        await this.send('PUT', bucket, key, { body, headers: metaHeaders(metadata), what: `upload s3://${bucket}/${key}` });
    }
    async createMultipartUpload(bucket, key, metadata) {
        const response = await this.send('POST', bucket, key, {
            query: 'uploads',
            headers: metaHeaders(metadata),
            what: `start a multipart upload of s3://${bucket}/${key}`,
        });
        const uploadId = xmlValue(await response.text(), 'UploadId');
        if (!uploadId)
            throw new errors/* DhowError */.Bp('storage', `the store answered no UploadId when asked to start a multipart upload of s3://${bucket}/${key}`);
        return uploadId;
    }
    async uploadPart(bucket, key, uploadId, number, body) {
        const response = await this.send('PUT', bucket, key, {
            query: `partNumber=${number}&uploadId=${encodeURIComponent(uploadId)}`,
            body,
            what: `upload part ${number} of s3://${bucket}/${key}`,
        });
        const etag = response.headers.get('etag');
        if (!etag)
            throw new errors/* DhowError */.Bp('storage', `the store answered no ETag for part ${number} of s3://${bucket}/${key}`);
        return etag;
    }
    async completeMultipartUpload(bucket, key, uploadId, parts) {
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
        if (/<Error>/.test(text))
            throw storageError(`complete the multipart upload of s3://${bucket}/${key}`, response.status, text);
    }
    async abortMultipartUpload(bucket, key, uploadId) {
        await this.send('DELETE', bucket, key, {
            query: `uploadId=${encodeURIComponent(uploadId)}`,
            what: `abort the multipart upload of s3://${bucket}/${key}`,
            accept: [404],
        });
    }
    /** Reads the object back, streamed, and returns the SHA-256 and size of the bytes the store serves. */
    async sha256OfObject(bucket, key) {
        const response = await this.send('GET', bucket, key, { what: `read back s3://${bucket}/${key}` });
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        await eachChunk(response, (chunk) => {
            hash.update(chunk);
            size += chunk.length;
            return true;
        });
        return { digest: `sha256:${hash.digest('hex')}`, size };
    }
    async errorBodyOf(url, options) {
        const signed = signRequest({ method: 'GET', url, headers: { ...options.headers, 'x-amz-content-sha256': EMPTY_SHA256 }, payloadHash: EMPTY_SHA256 }, this.credentials, {
            region: this.endpoint.region,
            service: 's3',
            now: this.now(),
        });
        const { host: _host, ...headers } = signed.headers;
        try {
            const response = await fetch(url, { method: 'GET', headers, redirect: 'manual' });
            if (response.ok) {
                await response.body?.cancel();
                return '';
            }
            return await boundedText(response);
        }
        catch {
            return '';
        }
    }
    async send(method, bucket, key, options) {
        const url = objectUrl(this.endpoint, bucket, key, options.query);
        const payloadHash = options.body ? sha256Hex(options.body) : EMPTY_SHA256;
        let lastProblem = '';
        for (let attempt = 1; attempt <= this.attempts; attempt += 1) {
            if (attempt > 1)
                await delay(this.backoffMs * 2 ** (attempt - 2));
            const signed = signRequest({ method, url, headers: { ...options.headers, 'x-amz-content-sha256': payloadHash }, payloadHash }, this.credentials, {
                region: this.endpoint.region,
                service: 's3',
                now: this.now(),
            });
            // fetch sets Host itself, from the URL the signature covers.
            const { host: _host, ...headers } = signed.headers;
            let response;
            try {
                response = await fetch(url, { method, headers, body: options.body, redirect: 'manual' });
            }
            catch (error) {
                lastProblem = networkProblem(error);
                if (attempt < this.attempts)
                    this.logger.warning(`could not ${options.what} (${lastProblem}); retrying (${attempt}/${this.attempts})`);
                continue;
            }
            if (response.ok || options.accept?.includes(response.status))
                return response;
            const text = await boundedText(response);
            if (RETRYABLE.has(response.status)) {
                lastProblem = describeStatus(response.status, text);
                if (attempt < this.attempts)
                    this.logger.warning(`could not ${options.what} (${lastProblem}); retrying (${attempt}/${this.attempts})`);
                continue;
            }
            // A HEAD answer has no body, so S3's error code is not in it: ask once with GET to read the code.
            const explained = method === 'HEAD' && !text ? await this.errorBodyOf(url, options) : text;
            throw storageError(options.what, response.status, explained, this.endpoint.region);
        }
        throw new errors/* DhowError */.Bp('storage', `could not ${options.what} after ${this.attempts} attempts: ${lastProblem}`);
    }
}
/** Compares two "sha256:<hex>" digests in constant time. */
function sameDigest(a, b) {
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(Buffer.from(a), Buffer.from(b));
}
function metaHeaders(metadata) {
    return Object.fromEntries(Object.entries(metadata).map(([name, value]) => [`x-amz-meta-${name}`, value]));
}
function xmlValue(xml, tag) {
    const match = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
    return match ? unescapeXml(match[1]) : undefined;
}
function escapeXml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function unescapeXml(text) {
    return text
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}
async function boundedText(response) {
    const chunks = [];
    let size = 0;
    await eachChunk(response, (chunk) => {
        chunks.push(Buffer.from(chunk));
        size += chunk.length;
        return size < MAX_ERROR_BODY;
    });
    return Buffer.concat(chunks).toString('utf8').slice(0, MAX_ERROR_BODY);
}
/** Reads a response body chunk by chunk until `onChunk` returns false; the rest is cancelled. */
async function eachChunk(response, onChunk) {
    if (!response.body)
        return;
    const reader = response.body.getReader();
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                return;
            if (!onChunk(value)) {
                await reader.cancel();
                return;
            }
        }
    }
    finally {
        reader.releaseLock();
    }
}
function describeStatus(status, body) {
    const code = xmlValue(body, 'Code');
    return code ? `HTTP ${status} ${code}` : `HTTP ${status}`;
}
/** S3's own words (Code and Message, nothing else: the body can echo the canonical request), made actionable. */
function storageError(what, status, body, region) {
    const code = xmlValue(body, 'Code');
    const message = xmlValue(body, 'Message')?.slice(0, 300);
    const said = code ? `${code}${message ? `: ${message}` : ''}` : `HTTP ${status}`;
    if (code === 'AuthorizationHeaderMalformed' || code === 'PermanentRedirect' || code === 'IncorrectEndpoint' || (status >= 300 && status < 400)) {
        const expected = xmlValue(body, 'Region');
        return new errors/* DhowError */.Bp('refused', `could not ${what}: the bucket is not in region ${region ?? '(unset)'}${expected ? ` but in ${expected}` : ''}, or the endpoint is not that region's (${said}); name the bucket's region and its in-region endpoint`, { field: 'region' });
    }
    if (code === 'SignatureDoesNotMatch' || code === 'InvalidAccessKeyId' || code === 'AccessDenied' || code === 'ExpiredToken' || status === 403) {
        return new errors/* DhowError */.Bp('refused', `could not ${what}: the store refused the credentials (${said}); check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, and that they may s3:GetObject, s3:PutObject and s3:ListBucket (without ListBucket S3 answers 403 for a missing object)`, {
            field: 'credentials',
        });
    }
    return new errors/* DhowError */.Bp('storage', `could not ${what}: ${said}`);
}
function networkProblem(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? error.message;
}
function delay(ms) {
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/registry/digest.ts
var digest = __webpack_require__(5035);
;// CONCATENATED MODULE: ./src/storage/multipart.ts
/**
 * The multipart plan of an upload: one PUT up to a threshold, else parts of a fixed size (the last one
 * shorter) within S3's documented limits ("Amazon S3 multipart upload limits": parts of 5 MiB to 5 GiB,
 * the last one excepted; at most 10,000 parts; objects of at most 5 TiB). Pure.
 */

const MIB = 1024 * 1024;
const S3_LIMITS = {
    minPartSize: 5 * MIB,
    maxPartSize: 5 * 1024 * MIB,
    maxParts: 10_000,
    maxObjectSize: 5 * 1024 * 1024 * MIB,
    maxSinglePut: 5 * 1024 * MIB,
};
function planUpload(size, options = {}) {
    if (!Number.isSafeInteger(size) || size < 0)
        throw new errors/* DhowError */.Bp('invalid-input', `cannot upload ${size} bytes`);
    if (size > S3_LIMITS.maxObjectSize)
        throw new errors/* DhowError */.Bp('invalid-input', `the artifact is ${size} bytes; an S3 object holds at most 5 TiB`);
    const threshold = Math.min(options.threshold ?? 64 * MIB, S3_LIMITS.maxSinglePut);
    if (size <= threshold)
        return { kind: 'single', size };
    let partSize = Math.max(options.partSize ?? 16 * MIB, S3_LIMITS.minPartSize);
    // Grow to whole MiB so 10,000 parts cover the file.
    if (Math.ceil(size / partSize) > S3_LIMITS.maxParts)
        partSize = Math.ceil(size / S3_LIMITS.maxParts / MIB) * MIB;
    partSize = Math.min(partSize, S3_LIMITS.maxPartSize);
    const parts = [];
    for (let offset = 0, number = 1; offset < size; offset += partSize, number += 1) {
        parts.push({ number, offset, length: Math.min(partSize, size - offset) });
    }
    return { kind: 'multipart', size, partSize, parts };
}

;// CONCATENATED MODULE: ./src/storage/upload.ts
/**
 * Uploads a trained artifact (a file, or a directory file by file) to `s3://bucket/prefix/<model>/<version>/`
 * and proves it arrived whole: each object is read back and its SHA-256 compared with the file's, and a
 * directory's manifest digest is rebuilt from what the store serves. Versions are immutable: an object
 * already at the key with the same SHA-256 (a re-run) is kept, one with other content is refused.
 * Memory stays bounded: a single PUT holds at most the threshold, a multipart upload one part per worker.
 */








/** The metadata key that carries each object's SHA-256 (returned by HEAD on every S3-compatible store). */
const SHA256_METADATA = 'dhow-sha256';
async function uploadArtifact(request) {
    const { client, location } = request;
    const base = artifactKey(location, [...request.under, (0,external_node_path_.basename)(request.path)]);
    const files = request.isDirectory ? (await listFiles(request.path)).sort() : [''];
    let size = 0;
    let written = 0;
    const manifest = (0,external_node_crypto_.createHash)('sha256');
    let lastDigest = '';
    for (const file of files) {
        const path = file ? (0,external_node_path_.join)(request.path, file) : request.path;
        const key = file ? `${base}/${file}` : base;
        const uploaded = await uploadFile(request, path, key);
        size += uploaded.size;
        if (uploaded.written)
            written += 1;
        lastDigest = uploaded.digest;
        manifest.update(`${uploaded.digest.slice('sha256:'.length)}  ${file}\n`);
    }
    // The digest of what the store now serves, computed the way the artifact's digest was.
    const served = request.isDirectory ? `sha256:${manifest.digest('hex')}` : lastDigest;
    if (!sameDigest(served, request.digest)) {
        throw new errors/* DhowError */.Bp('storage', `the artifact uploaded to s3://${location.bucket}/${base}${request.isDirectory ? '/' : ''} has digest ${served}, not ${request.digest}: it changed after training; nothing was recorded`);
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
async function uploadFile(request, path, key) {
    const { client, location, logger } = request;
    const { bucket } = location;
    const local = await (0,digest/* sha256File */.Q)(path);
    const hex = local.digest.slice('sha256:'.length);
    const existing = await client.head(bucket, key);
    let written = false;
    if (existing) {
        if (existing.metadata[SHA256_METADATA] !== hex || existing.size !== local.size) {
            throw new errors/* DhowError */.Bp('refused', `s3://${bucket}/${key} already holds a different object (${existing.size} bytes${existing.metadata[SHA256_METADATA] ? `, sha256 ${existing.metadata[SHA256_METADATA]}` : ''}); a version's artifact is never overwritten: name a new version or another prefix`, { field: 'upload' });
        }
        logger.info(`s3://${bucket}/${key} already holds this content (sha256 ${hex}); checking it`);
    }
    else {
        await putFile(request, path, key, local.size, { [SHA256_METADATA]: hex });
        written = true;
    }
    const served = await client.sha256OfObject(bucket, key);
    if (!sameDigest(served.digest, local.digest) || served.size !== local.size) {
        throw new errors/* DhowError */.Bp('storage', `s3://${bucket}/${key} reads back as ${served.digest} (${served.size} bytes), not ${local.digest} (${local.size} bytes): the store holds other bytes than were uploaded; nothing was recorded`);
    }
    logger.info(`${written ? 'uploaded' : 'kept'} s3://${bucket}/${key} (${local.size} bytes, sha256 checked after upload)`);
    return { ...local, written };
}
async function putFile(request, path, key, size, metadata) {
    const { client } = request;
    const { bucket } = request.location;
    const plan = planUpload(size, request.plan);
    const handle = await (0,promises_.open)(path, 'r');
    try {
        if (plan.kind === 'single') {
            await client.putObject(bucket, key, await readRange(handle, 0, size), metadata);
            return;
        }
        const uploadId = await client.createMultipartUpload(bucket, key, metadata);
        try {
            const etags = [];
            const queue = [...plan.parts];
            const worker = async () => {
                for (let part = queue.shift(); part; part = queue.shift()) {
                    const body = await readRange(handle, part.offset, part.length);
                    etags.push({ number: part.number, etag: await client.uploadPart(bucket, key, uploadId, part.number, body) });
                }
            };
            await Promise.all(Array.from({ length: Math.min(request.concurrency ?? 4, plan.parts.length) }, worker));
            await client.completeMultipartUpload(bucket, key, uploadId, etags.sort((a, b) => a.number - b.number));
        }
        catch (error) {
            // Leave no half upload billed in the bucket; the original failure is the one to report.
            await client.abortMultipartUpload(bucket, key, uploadId).catch((abortError) => {
                request.logger.warning(`could not abort the multipart upload of s3://${bucket}/${key}: ${abortError.message}`);
            });
            throw error;
        }
    }
    finally {
        await handle.close();
    }
}
async function readRange(handle, offset, length) {
    const buffer = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled);
        if (bytesRead === 0)
            throw new errors/* DhowError */.Bp('storage', 'the artifact became shorter during the upload', { file: '(artifact)' });
        filled += bytesRead;
    }
    return buffer;
}
async function listFiles(root, dir = root) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isSymbolicLink())
            throw new errors/* DhowError */.Bp('invalid-input', 'the artifact holds a symbolic link', { file: full, field: 'artifact' });
        if (entry.isDirectory())
            out.push(...(await listFiles(root, full)));
        else if (entry.isFile())
            out.push((0,external_node_path_.relative)(root, full).split('\\').join('/'));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/storage/index.ts
/**
 * The object-storage door the edges use: turns the upload settings (location, endpoint, region, path style)
 * and the environment's credentials into an artifact uploader. Credentials come only from AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN; no message ever holds their values.
 */




function credentialsFromEnv(env) {
    const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
    const missing = [!accessKeyId && 'AWS_ACCESS_KEY_ID', !secretAccessKey && 'AWS_SECRET_ACCESS_KEY'].filter(Boolean);
    if (missing.length > 0) {
        throw new errors/* DhowError */.Bp('usage', `uploading the artifact needs object-storage credentials: set ${missing.join(' and ')} (train.yml passes the DHOW_S3_ACCESS_KEY_ID and DHOW_S3_SECRET_ACCESS_KEY secrets)`, { field: 'credentials' });
    }
    const sessionToken = env.AWS_SESSION_TOKEN?.trim();
    return { accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
function clientFor(settings, env, logger) {
    const location = parseS3Prefix(settings.location, settings.fields.location);
    const endpoint = resolveEndpoint({
        endpoint: settings.endpoint,
        region: settings.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || settings.fallbackRegion,
        pathStyle: settings.pathStyle,
    }, settings.fields);
    const credentials = credentialsFromEnv(env);
    return { location, client: new S3Client({ endpoint, credentials, logger, attempts: settings.attempts, backoffMs: settings.backoffMs }) };
}
/**
 * Checks the settings and the credentials at once (before any training runs: a typo must not cost a
 * training run) and returns the uploader.
 */
function s3ArtifactUploader(settings, env, logger) {
    const { location, client } = clientFor(settings, env, logger);
    return (artifact) => logger.group(`Upload to s3://${location.bucket}/${location.prefix}`, () => uploadArtifact({ client, location, logger, plan: settings.plan, concurrency: settings.concurrency, ...artifact }));
}
/**
 * For an artifact uploaded by someone else (a Kubernetes Job): it must lie under the location, be one object
 * (a directory's manifest cannot be rebuilt from a URI alone) and read back with the reported digest.
 */
function s3ArtifactVerifier(settings, env, logger) {
    const { location, client } = clientFor(settings, env, logger);
    const root = `s3://${location.bucket}/${location.prefix ? `${location.prefix}/` : ''}`;
    return async ({ uri, digest }) => {
        if (!uri.startsWith(root) || uri.endsWith('/') || uri.length === root.length)
            throw new errors/* DhowError */.Bp('refused', `the Job reported its artifact at ${uri}, which is not one object under ${root}: upload the model file under $DHOW_UPLOAD_URI`, {
                field: 'artifact',
            });
        const key = uri.slice(`s3://${location.bucket}/`.length);
        const served = await client.sha256OfObject(location.bucket, key);
        if (!sameDigest(served.digest, digest))
            throw new errors/* DhowError */.Bp('storage', `${uri} reads back as ${served.digest}, not the ${digest} the Job reported; nothing was recorded`, { field: 'artifact' });
        logger.info(`checked ${uri} (${served.size} bytes): its sha256 is the one the Job reported`);
        return { uri, digest, size: served.size, endpoint: client.endpoint.url.origin, region: client.endpoint.region, written: 0 };
    };
}


/***/ })

};
