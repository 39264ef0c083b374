export const id = 651;
export const ids = [651,975];
export const modules = {

/***/ 62717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readBoundedFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * Reading a small file from outside (an alert payload, a version record, a metrics file) with its size
 * limit enforced WHILE reading: a regular file only (a FIFO, a device such as /dev/zero or a directory is
 * refused before a byte is read), and never more than the limit plus one byte, whatever stat said (a file
 * can grow between stat and read, and /proc files report size 0).
 */



async function readBoundedFile(path, limit, what) {
    let handle;
    try {
        // O_NONBLOCK: opening a FIFO with no writer must not hang before we can see it is not a regular file.
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('not-found', `${what} does not exist`, { file: path });
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `is a directory: give ${what}`, { file: path });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `cannot read ${what} (${code ?? 'error'})`, { file: path });
    }
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `is a directory: give ${what}`, { file: path });
        if (!info.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `${what} is not a regular file (a device, FIFO or socket is refused)`, { file: path });
        if (info.size > limit)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `${what} is ${info.size} bytes; at most ${limit} are allowed`, { file: path });
        const buffer = Buffer.alloc(limit + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > limit)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `${what} is larger than the ${limit} bytes allowed`, { file: path });
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `${what} is not valid UTF-8`, { file: path });
        }
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 60651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/names.ts + 1 modules
var names = __webpack_require__(50123);
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
var external_node_crypto_ = __webpack_require__(77598);
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
function s3_sameDigest(a, b) {
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
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/registry/digest.ts
var registry_digest = __webpack_require__(35035);
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
    if (!s3_sameDigest(served, request.digest)) {
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
    const local = await (0,registry_digest/* sha256File */.Q)(path);
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
    if (!s3_sameDigest(served.digest, local.digest) || served.size !== local.size) {
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
            throw new DhowError('refused', `the Job reported its artifact at ${uri}, which is not one object under ${root}: upload the model file under $DHOW_UPLOAD_URI`, {
                field: 'artifact',
            });
        const key = uri.slice(`s3://${location.bucket}/`.length);
        const served = await client.sha256OfObject(location.bucket, key);
        if (!sameDigest(served.digest, digest))
            throw new DhowError('storage', `${uri} reads back as ${served.digest}, not the ${digest} the Job reported; nothing was recorded`, { field: 'artifact' });
        logger.info(`checked ${uri} (${served.size} bytes): its sha256 is the one the Job reported`);
        return { uri, digest, size: served.size, endpoint: client.endpoint.url.origin, region: client.endpoint.region, written: 0 };
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/gpu/nvidia-smi.ts
var nvidia_smi = __webpack_require__(87777);
// EXTERNAL MODULE: ./src/gpu/sampler.ts
var sampler = __webpack_require__(70886);
// EXTERNAL MODULE: ./src/train/draft.ts
var train_draft = __webpack_require__(34501);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/io/jsonl.ts
var jsonl = __webpack_require__(58426);
;// CONCATENATED MODULE: ./src/train/outputs.ts
/**
 * What a training run leaves behind and how dhow checks it: `metrics.json` (schema below), the model
 * artifact (sha256 and size, streamed), and optional `parameters.json`. Shared by both training modes.
 *
 * metrics.json is one JSON object; each key is a metric name, each value either a finite number or
 * `{ "value": <number>, "steps": [{ "step": <int>, "value": <number> }, ...] }` (a curve whose final
 * value is `value`). Example: `{ "accuracy": 0.91, "loss": { "value": 0.23, "steps": [{ "step": 1, "value": 0.9 }] } }`.
 */







const MetricName = schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_./-]{0,127}$/, 'metric names are letters, digits, "_", ".", "/" and "-"');
const FiniteNumber = schemas/* number */.aig().refine(Number.isFinite, 'must be a finite number');
const MetricCurve = schemas/* object */.Ikc({
    value: FiniteNumber,
    steps: schemas/* array */.YOg(schemas/* object */.Ikc({ step: schemas/* number */.aig().int().nonnegative(), value: FiniteNumber }).strict()).default([]),
})
    .strict();
const MetricsFile = schemas/* record */.g1P(MetricName, schemas/* union */.KCZ([FiniteNumber, MetricCurve]));
const ParametersFile = schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]));
/** Reads and validates metrics.json; returns the flat name -> value the version record holds. */
async function readMetrics(path) {
    const raw = await readJson(path, 'metrics');
    const result = MetricsFile.safeParse(raw);
    if (!result.success) {
        const hint = result.error.issues[0].code === 'invalid_key' ? '' : ' (each metric is a finite number or {"value": number, "steps": [...]})';
        throw (0,errors/* schemaError */.g$)(result.error.issues, { file: path, hint });
    }
    const metrics = {};
    for (const [name, value] of Object.entries(result.data))
        metrics[name] = typeof value === 'number' ? value : value.value;
    if (Object.keys(metrics).length === 0)
        throw new errors/* DhowError */.Bp('invalid-input', 'holds no metrics', { file: path });
    return metrics;
}
async function readParameters(path) {
    const result = ParametersFile.safeParse(await readJson(path, 'parameters'));
    if (!result.success)
        throw (0,errors/* schemaError */.g$)(result.error.issues, { file: path, hint: ' (parameters are strings, numbers or booleans)' });
    return result.data;
}
async function readJson(path, what) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new errors/* DhowError */.Bp('not-found', `the training did not write ${what} (expected ${(0,external_node_path_.basename)(path)} in DHOW_OUTPUT_DIR)`, { file: path });
        }
        throw error;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const nonFinite = /(^|[^"\w])(-?Infinity|NaN)\b/.exec(text);
        if (nonFinite) {
            const line = text.slice(0, nonFinite.index).split('\n').length;
            throw new errors/* DhowError */.Bp('invalid-input', `${nonFinite[2]} is not JSON: every metric must be a finite number (Python's json.dump writes NaN and Infinity for non-finite floats)`, {
                file: path,
                line,
            });
        }
        throw new errors/* DhowError */.Bp('invalid-input', `is not JSON: ${(0,jsonl/* jsonSyntaxMessage */.lJ)(error)}`, { file: path });
    }
}
const FORMATS = {
    '.onnx': 'onnx',
    '.safetensors': 'safetensors',
    '.pt': 'pytorch',
    '.pth': 'pytorch',
    '.bin': 'binary',
    '.gguf': 'gguf',
    '.pkl': 'pickle',
    '.joblib': 'joblib',
    '.json': 'json',
    '.tar': 'tar',
    '.gz': 'gzip',
    '.zip': 'zip',
};
/**
 * Hashes the artifact, streaming. A file: sha256 of its bytes. A directory: sha256 of its manifest, the
 * lines "<hex sha256>  <relative path>\n" of every file, sorted by path (the `sha256sum` format), so the
 * same tree always has the same digest. Symbolic links are refused: they could point anywhere.
 */
async function hashArtifact(path, field = 'artifact') {
    let info;
    try {
        info = await (0,promises_.lstat)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new errors/* DhowError */.Bp('not-found', 'the training did not write its artifact', { file: path, field });
        }
        throw error;
    }
    if (info.isSymbolicLink())
        throw new errors/* DhowError */.Bp('invalid-input', 'the artifact is a symbolic link; write the file itself', { file: path, field });
    if (info.isFile()) {
        const { digest, size } = await (0,registry_digest/* sha256File */.Q)(path);
        return { path, digest, size, format: FORMATS[(0,external_node_path_.extname)(path).toLowerCase()] };
    }
    if (!info.isDirectory())
        throw new errors/* DhowError */.Bp('invalid-input', 'the artifact is neither a file nor a directory', { file: path, field });
    const files = await outputs_listFiles(path, path, field);
    if (files.length === 0)
        throw new errors/* DhowError */.Bp('invalid-input', 'the artifact directory is empty', { file: path, field });
    const manifest = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for (const file of files.sort()) {
        const hashed = await (0,registry_digest/* sha256File */.Q)((0,external_node_path_.join)(path, file));
        size += hashed.size;
        manifest.update(`${hashed.digest.slice('sha256:'.length)}  ${file}\n`);
    }
    return { path, digest: `sha256:${manifest.digest('hex')}`, size, format: 'directory' };
}
async function outputs_listFiles(root, dir, field) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isSymbolicLink())
            throw new errors/* DhowError */.Bp('invalid-input', 'the artifact holds a symbolic link', { file: full, field });
        if (entry.isDirectory())
            out.push(...(await outputs_listFiles(root, full, field)));
        else if (entry.isFile())
            out.push((0,external_node_path_.relative)(root, full).split('\\').join('/'));
    }
    return out;
}
/**
 * The artifact when none was named: the one `model` or `model.*` entry in the output directory.
 * `artifactOption` is how the caller's users name the artifact (the CLI: `--artifact`; the action: `input "artifact"`).
 */
async function findDefaultArtifact(outputDir, artifactOption = 'the artifact option') {
    let names;
    try {
        names = await (0,promises_.readdir)(outputDir);
    }
    catch {
        throw new errors/* DhowError */.Bp('not-found', 'the output directory does not exist', { file: outputDir });
    }
    const candidates = names.filter((name) => name === 'model' || name.startsWith('model.'));
    if (candidates.length === 1)
        return (0,external_node_path_.join)(outputDir, candidates[0]);
    throw new errors/* DhowError */.Bp('not-found', candidates.length === 0
        ? `the training wrote no artifact: write DHOW_OUTPUT_DIR/model (or model.<ext>), or name it with ${artifactOption}`
        : `several artifacts (${candidates.join(', ')}): name one with ${artifactOption}`, { file: outputDir, field: 'artifact' });
}
async function isDirectory(path) {
    try {
        return (await stat(path)).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/train/spec.ts
var train_spec = __webpack_require__(90975);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/train/runner/checkpoint.ts
/**
 * Checkpoints that survive a failed attempt: one directory per workflow run (repository + GITHUB_RUN_ID),
 * shared by its attempts, so "Re-run failed jobs" resumes instead of starting over. It lives outside
 * RUNNER_TEMP, which the runner empties at the start of every job: $DHOW_CHECKPOINT_ROOT, else
 * $XDG_CACHE_HOME/dhow/checkpoints, else ~/.cache/dhow/checkpoints. A successful run removes its directory;
 * those of failed runs nobody re-ran are removed after RETENTION_DAYS (GitHub lets a run be re-run for 30
 * days; a runner's disk is usually the tighter limit).
 */



const MARKER = '.dhow-attempt';
const RETENTION_DAYS = 14;
/** The run's identity from GitHub's variables (DHOW_RUN_ID / DHOW_RUN_ATTEMPT override them). */
function runIdentity(env) {
    const attempt = Number(env.DHOW_RUN_ATTEMPT ?? env.GITHUB_RUN_ATTEMPT ?? '1');
    return {
        repository: env.GITHUB_REPOSITORY || undefined,
        runId: env.DHOW_RUN_ID ?? (env.GITHUB_RUN_ID || undefined),
        attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    };
}
function checkpointRoot(env, configured) {
    if (configured)
        return configured;
    if (env.DHOW_CHECKPOINT_ROOT)
        return env.DHOW_CHECKPOINT_ROOT;
    const cache = env.XDG_CACHE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.tmpdir)(), '.cache');
    return (0,external_node_path_.join)(cache, 'dhow', 'checkpoints');
}
const segment = (value) => value
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 100);
async function prepareCheckpoints(root, run, options = {}) {
    if (!run.runId) {
        return { dir: await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'dhow-checkpoints-')), resume: false, persistent: false };
    }
    const repositoryDir = (0,external_node_path_.join)(root, segment(run.repository ?? 'local'));
    const dir = (0,external_node_path_.join)(repositoryDir, segment(run.runId));
    await (0,promises_.mkdir)(dir, { recursive: true });
    await pruneStale(repositoryDir, dir, (options.retentionDays ?? RETENTION_DAYS) * 86_400_000, (options.now ?? new Date()).getTime());
    const previous = Number((await (0,promises_.readFile)((0,external_node_path_.join)(dir, MARKER), 'utf8').catch(() => '')).trim()) || undefined;
    const hasCheckpoints = (await (0,promises_.readdir)(dir)).some((name) => name !== MARKER);
    const resume = hasCheckpoints && previous !== undefined && previous < run.attempt;
    if (hasCheckpoints && !resume) {
        // Left by this same attempt or by an unknown writer: not something to resume from.
        for (const name of await (0,promises_.readdir)(dir))
            await (0,promises_.rm)((0,external_node_path_.join)(dir, name), { recursive: true, force: true });
    }
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, MARKER), `${run.attempt}\n`);
    return { dir, resume, persistent: true, ...(resume ? { resumedFromAttempt: previous } : {}) };
}
/** After a successful run the checkpoints are no longer needed. */
async function releaseCheckpoints(plan) {
    await (0,promises_.rm)(plan.dir, { recursive: true, force: true });
}
/** Removes the run directories of this repository whose last attempt started longer ago than maxAgeMs. */
async function pruneStale(repositoryDir, keep, maxAgeMs, now) {
    for (const name of await (0,promises_.readdir)(repositoryDir)) {
        const dir = (0,external_node_path_.join)(repositoryDir, name);
        if (dir === keep)
            continue;
        const marker = await (0,promises_.stat)((0,external_node_path_.join)(dir, MARKER)).catch(() => (0,promises_.stat)(dir).catch(() => null));
        if (marker && now - marker.mtimeMs > maxAgeMs)
            await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/train/runner/run.ts
/**
 * Runner mode: runs the training command on this machine (a self-hosted GPU runner), the way the
 * `train` action and `dhow train run` do it:
 *   1. detect GPUs with nvidia-smi and refuse to start when the spec or policy needs one that is not there;
 *   2. prepare the output and checkpoint directories (resuming an earlier attempt of the same run);
 *   3. run the command with DHOW_* variables, streaming its log in a group, sampling its memory, under a timeout;
 *   4. validate what it wrote (metrics.json, the artifact, parameters.json) and build the version-record draft.
 * Any failure is a DhowError and nothing is written for registration.
 */











/** Checks the GPU the spec asks for against what nvidia-smi lists (pure). */
function checkGpuRequirement(spec, detection) {
    const wanted = spec.gpu.count;
    const required = spec.policy['require-gpu'] || wanted > 0 || spec.gpu['mig-profile'] !== undefined;
    if (!required)
        return;
    if (!detection.available) {
        throw new errors/* DhowError */.Bp('refused', `the policy requires a GPU and this runner has none (${detection.message}); run on a GPU runner (e.g. runs-on: [self-hosted, gpu])`, {
            field: 'gpu',
        });
    }
    const profile = spec.gpu['mig-profile'];
    if (profile) {
        const devices = detection.gpus.flatMap((gpu) => gpu.mig.filter((m) => m.profile === profile).map(() => gpu.name));
        if (devices.length === 0) {
            const present = detection.gpus.flatMap((gpu) => gpu.mig.map((m) => m.profile));
            throw new errors/* DhowError */.Bp('refused', `the job needs a MIG ${profile} device and this runner has ${present.length ? present.join(', ') : 'no MIG devices'}`, {
                field: 'gpu.mig-profile',
            });
        }
        return;
    }
    if (wanted > detection.gpus.length) {
        throw new errors/* DhowError */.Bp('refused', `the job needs ${wanted} GPUs and this runner has ${detection.gpus.length}`, { field: 'gpu.count' });
    }
    const product = spec.gpu.product;
    if (product && !detection.gpus.some((gpu) => sameProduct(gpu.name, product))) {
        throw new errors/* DhowError */.Bp('refused', `the job needs a ${product} and this runner has ${[...new Set(detection.gpus.map((g) => g.name))].join(', ')}`, {
            field: 'gpu.product',
        });
    }
}
/** "NVIDIA-H100-80GB-HBM3" (the Kubernetes label) names the same GPU as "NVIDIA H100 80GB HBM3". */
function sameProduct(a, b) {
    const n = (s) => s.toUpperCase().replace(/[\s_-]+/g, '-');
    return n(a) === n(b);
}
/**
 * What the training command inherits: the runner's environment without what belongs to the action
 * itself (its inputs, such as a kubeconfig, its saved state, and the runtime tokens the runner gives
 * JavaScript actions but never gives \`run:\` steps).
 */
function inheritedEnvironment(env) {
    const withheld = /^(INPUT_|STATE_|ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_CACHE_URL$|ACTIONS_RESULTS_URL$|DHOW_NVIDIA_SMI$)/;
    return Object.fromEntries(Object.entries(env).filter(([name]) => !withheld.test(name)));
}
function describeCommand(command) {
    return typeof command === 'string' ? command : command.join(' ');
}
async function runRunnerTraining(options) {
    const { spec, logger, env } = options;
    const now = options.now ?? (() => new Date());
    const nvidiaSmi = options.nvidiaSmi ?? env.DHOW_NVIDIA_SMI ?? undefined;
    const gpus = await (0,nvidia_smi/* detectGpus */.RK)({ path: nvidiaSmi, env });
    if (gpus.available)
        logger.info(`GPUs: ${gpus.gpus.map((g) => `${g.index}: ${g.name}${g.mig.length ? ` (MIG ${g.mig.map((m) => m.profile).join(', ')})` : ''}`).join('; ')}`);
    else
        logger.info(`no GPU: ${gpus.message}`);
    checkGpuRequirement(spec, gpus);
    const outputDir = (0,external_node_path_.resolve)(options.cwd, options.outputDir);
    await (0,promises_.mkdir)(outputDir, { recursive: true }).catch((error) => {
        if (error.code === 'EEXIST' || error.code === 'ENOTDIR') {
            throw new errors/* DhowError */.Bp('invalid-input', 'the output directory is a file: name a directory (new or existing)', { file: outputDir, field: 'output-dir' });
        }
        throw error;
    });
    // What the output directory already holds: a file the command does not rewrite must not pass as its output.
    const leftovers = await outputStamps(outputDir);
    const run = runIdentity(env);
    const checkpoints = await prepareCheckpoints(checkpointRoot(env, options.checkpointRoot), run);
    if (checkpoints.resume)
        logger.info(`resuming from the checkpoints of attempt ${checkpoints.resumedFromAttempt} in ${checkpoints.dir}`);
    const childEnv = {
        ...inheritedEnvironment(env),
        ...spec.env,
        DHOW_OUTPUT_DIR: outputDir,
        DHOW_CHECKPOINT_DIR: checkpoints.dir,
        DHOW_RESUME: checkpoints.resume ? '1' : '0',
        DHOW_RUN_ATTEMPT: String(run.attempt),
        DHOW_PARAMETERS: JSON.stringify(spec.parameters),
    };
    for (const [name, value] of Object.entries(spec.parameters))
        childEnv[(0,train_spec/* parameterEnvName */.E5)(name)] = String(value);
    const [command, args] = typeof spec.command === 'string' ? ['sh', ['-c', spec.command]] : [spec.command[0], spec.command.slice(1)];
    const started = now();
    const measured = await logger.group(`Training: ${describeCommand(spec.command)}`, () => (0,sampler/* measureCommand */.W)({
        command,
        args,
        env: childEnv,
        cwd: options.cwd,
        intervalMs: options.sampleIntervalMs ?? 1000,
        nvidiaSmi,
        logger,
        detection: gpus,
        timeoutMs: spec.timeout * 1000,
        killGraceMs: options.killGraceMs,
        onLine: (line) => logger.info(line),
        stopOn: options.stopOn ?? ['SIGINT', 'SIGTERM'],
    }));
    const durationSeconds = (now().getTime() - started.getTime()) / 1000;
    if (measured.memory.gpuMemoryUnknown) {
        logger.warning('nvidia-smi did not report the GPU memory of some training processes ([N/A] or [Insufficient Permissions], usual on MIG devices): the peak GPU memory undercounts');
    }
    if (measured.stoppedBy) {
        throw new errors/* DhowError */.Bp('training-failed', `dhow received ${measured.stoppedBy} (the workflow was cancelled?) and stopped the training; its checkpoints are kept in ${checkpoints.dir}`, {
            field: 'command',
        });
    }
    if (measured.timedOut) {
        throw new errors/* DhowError */.Bp('timeout', `the training passed its timeout of ${formatSeconds(spec.timeout)} and was stopped (SIGTERM, then SIGKILL); its checkpoints are kept in ${checkpoints.dir}, so a re-run of this workflow run resumes`, {
            field: 'timeout',
        });
    }
    if (measured.exitCode !== 0) {
        const tail = measured.stderrTail.filter((l) => l.trim() !== '').slice(-5);
        if (typeof spec.command === 'string' && measured.exitCode === 127 && tail.some((l) => /not found|No such file/i.test(l))) {
            throw new errors/* DhowError */.Bp('not-found', `the training command was not found: ${tail.at(-1)}`, { field: 'command' });
        }
        const how = measured.exitCode === null ? `was killed by ${measured.signal}` : `exited with code ${measured.exitCode}`;
        throw new errors/* DhowError */.Bp('training-failed', `the training command ${how}; nothing was registered`, { field: 'command', reasons: tail });
    }
    refuseLeftover(leftovers, await outputStamps(outputDir), 'metrics.json', 'metrics.json', outputDir);
    const metrics = await readMetrics((0,external_node_path_.join)(outputDir, 'metrics.json'));
    const artifactPath = options.artifact
        ? (0,external_node_path_.isAbsolute)(options.artifact)
            ? options.artifact
            : (0,external_node_path_.resolve)(outputDir, options.artifact)
        : await findDefaultArtifact(outputDir, options.optionNames?.artifact);
    if (options.artifact && !(0,external_node_fs_.existsSync)(artifactPath) && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(options.cwd, options.artifact))) {
        throw new errors/* DhowError */.Bp('invalid-input', `the artifact must be inside the output directory ${outputDir}`, { field: 'artifact', file: options.artifact });
    }
    const artifactName = (0,external_node_path_.relative)(outputDir, artifactPath);
    if (!artifactName.startsWith('..') && !(0,external_node_path_.isAbsolute)(artifactName))
        refuseLeftover(leftovers, await outputStamps(outputDir), artifactName, 'the artifact', outputDir);
    const hashed = await hashArtifact(artifactPath);
    let artifact = { ...hashed, uri: options.artifactUri ?? (0,external_node_url_.pathToFileURL)(artifactPath).href };
    if (options.upload) {
        // Unnamed drafts go under their digest, so two runs never share a key.
        const under = options.model && options.version ? [options.model, options.version] : [hashed.digest.replace(':', '-')];
        const uploaded = await options.upload({ path: artifactPath, digest: hashed.digest, isDirectory: hashed.format === 'directory', under });
        artifact = { ...hashed, uri: uploaded.uri, endpoint: uploaded.endpoint, region: uploaded.region };
    }
    const written = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(outputDir, 'parameters.json')) ? await readParameters((0,external_node_path_.join)(outputDir, 'parameters.json')) : {};
    const parameters = { ...spec.parameters, ...written };
    const gpu = gpus.available && (spec.gpu.count > 0 || spec.gpu['mig-profile'] || spec.policy['require-gpu'])
        ? {
            count: spec.gpu['mig-profile'] ? 1 : Math.max(spec.gpu.count, 1),
            product: gpus.gpus[0].name,
            ...(spec.gpu['mig-profile'] ? { 'mig-profile': spec.gpu['mig-profile'] } : {}),
        }
        : undefined;
    const draft = (0,train_draft/* buildVersionDraft */.e8)({
        model: options.model,
        version: options.version,
        artifact,
        metrics,
        parameters,
        data: spec.data,
        training: { mode: 'runner', region: options.region ?? spec.region, gpu, peakGpuMemoryMiB: measured.memory.peakGpuMemoryMiB, durationSeconds },
        env,
        now: options.createdAt ?? now(),
        createdBy: options.createdBy,
    });
    if (options.draftPath)
        await (0,train_draft/* writeVersionDraft */.HK)((0,external_node_path_.resolve)(options.cwd, options.draftPath), draft);
    if (!options.keepCheckpoints)
        await releaseCheckpoints(checkpoints);
    return {
        metrics,
        artifact,
        parameters,
        memory: measured.memory,
        durationSeconds,
        resumed: checkpoints.resume,
        checkpointDir: checkpoints.dir,
        gpus,
        draft,
        ...(options.draftPath ? { draftPath: (0,external_node_path_.resolve)(options.cwd, options.draftPath) } : {}),
    };
}
const MAX_STAMPED = 100_000;
/** Every file under the output directory (relative path -> inode, size and mtime), bounded. */
async function outputStamps(dir) {
    const stamps = new Map();
    const walk = async (sub) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)((0,external_node_path_.join)(dir, sub), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (stamps.size >= MAX_STAMPED)
                return;
            const rel = sub ? `${sub}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                await walk(rel);
            else {
                const st = await (0,promises_.lstat)((0,external_node_path_.join)(dir, rel), { bigint: true }).catch(() => null);
                if (st)
                    stamps.set(rel, `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`);
            }
        }
    };
    await walk('');
    return stamps;
}
/**
 * Refuses an output (a file, or every file of a directory artifact) that was there before the command ran and
 * that the command left untouched: it belongs to an earlier run, and recording it would register that run's
 * model or metrics under this run's lineage.
 */
function refuseLeftover(before, after, name, what, outputDir) {
    const prefix = `${name}/`;
    const files = [...after.keys()].filter((k) => k === name || k.startsWith(prefix));
    if (files.length === 0 || !files.every((f) => before.get(f) === after.get(f)))
        return;
    throw new errors/* DhowError */.Bp('invalid-input', `${what} (${name}) is left over from an earlier run: the training command did not write it this time. Have the command write it to $DHOW_OUTPUT_DIR, or start from an empty output directory`, { file: (0,external_node_path_.join)(outputDir, name), field: 'output-dir' });
}
function formatSeconds(seconds) {
    if (seconds % 3600 === 0)
        return `${seconds / 3600}h`;
    if (seconds % 60 === 0)
        return `${seconds / 60}m`;
    return `${seconds}s`;
}

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(16931);
// EXTERNAL MODULE: ./src/cli/registry.ts
var registry = __webpack_require__(56611);
;// CONCATENATED MODULE: ./src/cli/commands/train.ts
/**
 * `dhow train`: `run` trains on this machine (runner mode) and drafts the version record for
 * `dhow register --from`; `render` and `kubernetes` belong to Kubernetes mode (./train-kubernetes.ts).
 */








const USAGE = `usage: dhow train <subcommand> [options]

subcommands:
  run          run the training command on this machine (runner mode)
  render       print the Kubernetes Job the training would submit
  kubernetes   run the training as a Kubernetes Job and wait for it

dhow train run --command "CMD" [options]
  --command CMD          the training command line (run with sh -c)
  --spec FILE            a training job spec (YAML: command, gpu, timeout, env, parameters, policy); flags override it
  --output-dir DIR       where the command writes metrics.json and its artifact (DHOW_OUTPUT_DIR; default dhow-output)
  --artifact PATH        the artifact, relative to the output directory (default: the one model or model.* there)
  --artifact-uri URI     the URI the version record names (default: a file:// URI)
  --upload s3://B/P      upload the artifact to P/<model>/<version>/ in bucket B (S3-compatible), read it back to
                         check its digest, and record s3://B/<key>; credentials from AWS_ACCESS_KEY_ID,
                         AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN
  --s3-endpoint URL      the S3-compatible endpoint in the data's region (default https://s3.<region>.amazonaws.com)
  --s3-region R          the bucket's region (default $AWS_REGION, then --data-region, then --region)
  --s3-path-style        address the bucket in the path (endpoint/bucket/key), as most S3-compatible stores need
  --require-gpu          refuse to start without a GPU
  --gpus N               GPUs the job needs (default 0)
  --gpu-product NAME     the GPU model it needs, e.g. "NVIDIA H100 80GB HBM3"
  --mig-profile P        a MIG device it needs, e.g. 1g.10gb
  --timeout DURATION     stop it after this long (e.g. 30m, 2h; default 6h)
  --param NAME=VALUE     a hyper-parameter (repeatable): recorded, and passed as DHOW_PARAM_<NAME>
  --env NAME=VALUE       an environment variable for the command (repeatable)
  --model M --version V  name the version; the draft is then a complete version record
  --region R             the region this runner is in (recorded as training.region; the residency gate checks it)
  --data-uri URI         where the training data is (recorded as data.uri), e.g. s3://bucket/datasets/adi/2026-11/
  --data-digest D        the data's sha256:<hex> digest      --data-version V   its version or snapshot id
  --data-region R        the region that holds the data (default: --region)
  --draft FILE           write the version-record draft (YAML) for dhow register --from FILE
  --checkpoint-root DIR  where per-run checkpoints live (default $DHOW_CHECKPOINT_ROOT or ~/.cache/dhow/checkpoints)
  --nvidia-smi PATH      the nvidia-smi to use (default $DHOW_NVIDIA_SMI or nvidia-smi on PATH)
  --as NAME              who the version record names as its creator (default $GITHUB_ACTOR or $USER)
  --json                 print the result as JSON
`;
async function run(args, ctx) {
    const [sub, ...rest] = args;
    const help = (0,context/* subcommandHelp */.BE)(sub, ctx, USAGE);
    if (help !== undefined)
        return help;
    if (sub === 'run')
        return runOnRunner(rest, ctx);
    if (sub === 'render' || sub === 'kubernetes')
        return kubernetes(sub, rest, ctx);
    throw new errors/* DhowError */.Bp('usage', `dhow train: unknown subcommand "${sub}" (run, render, kubernetes)`);
}
/** Kubernetes mode lives in ./train-kubernetes.ts (`run(args, ctx)`, args starting with the subcommand). */
async function kubernetes(sub, args, ctx) {
    let module;
    try {
        module = await Promise.all(/* import() */[__webpack_require__.e(5482), __webpack_require__.e(8560)]).then(__webpack_require__.bind(__webpack_require__, 78560));
    }
    catch (error) {
        if (error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('train-kubernetes')) {
            throw new errors/* DhowError */.Bp('usage', `dhow train ${sub}: Kubernetes mode is not available in this build of dhow`);
        }
        throw error;
    }
    return module.run([sub, ...args], ctx);
}
/** Parses the spec; a bad value that came from a lineage flag is named by that flag, not by the spec's key. */
function specNamingFlags(raw, file) {
    try {
        return (0,train_spec/* parseTrainingJobSpec */.Ug)(raw, { file: file ?? 'command line' });
    }
    catch (error) {
        const flag = error instanceof errors/* DhowError */.Bp && error.field ? LINEAGE_FLAGS[error.field] : undefined;
        if (flag && !file)
            throw new errors/* DhowError */.Bp('usage', `dhow train run: --${flag} ${error instanceof errors/* DhowError */.Bp ? error.message.replace(/^.*field "[^"]*": /, '') : ''}`.trim());
        throw error;
    }
}
const LINEAGE_FLAGS = {
    region: 'region',
    'data.uri': 'data-uri',
    'data.digest': 'data-digest',
    'data.version': 'data-version',
    'data.region': 'data-region',
};
async function runOnRunner(args, ctx) {
    const { values } = (0,context/* parseCommandArgs */.Qx)('train run', args, {
        command: { type: 'string' },
        spec: { type: 'string' },
        'output-dir': { type: 'string' },
        artifact: { type: 'string' },
        'artifact-uri': { type: 'string' },
        upload: { type: 'string' },
        's3-endpoint': { type: 'string' },
        's3-region': { type: 'string' },
        's3-path-style': { type: 'boolean' },
        'require-gpu': { type: 'boolean' },
        gpus: { type: 'string' },
        'gpu-product': { type: 'string' },
        'mig-profile': { type: 'string' },
        timeout: { type: 'string' },
        param: { type: 'string', multiple: true },
        env: { type: 'string', multiple: true },
        model: { type: 'string' },
        version: { type: 'string' },
        region: { type: 'string' },
        'data-uri': { type: 'string' },
        'data-digest': { type: 'string' },
        'data-version': { type: 'string' },
        'data-region': { type: 'string' },
        draft: { type: 'string' },
        'checkpoint-root': { type: 'string' },
        'nvidia-smi': { type: 'string' },
        as: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help)
        return (0,context/* printHelp */.FR)(ctx, USAGE);
    if ((values.model === undefined) !== (values.version === undefined)) {
        throw new errors/* DhowError */.Bp('usage', 'dhow train run: --model and --version go together');
    }
    if (values.model)
        (0,names/* assertName */.I1)('model', values.model, { field: 'model' });
    if (values.version)
        (0,names/* assertName */.I1)('version', values.version, { field: 'version' });
    const base = values.spec ? await (0,train_spec/* readTrainingSpecFile */.gY)((0,external_node_path_.resolve)(ctx.cwd, values.spec)) : {};
    const raw = { ...base };
    if (values.command !== undefined)
        raw.command = values.command;
    if (!values.spec)
        (0,context/* requireOption */.Ve)('train run', 'command', values.command);
    if (values.timeout !== undefined) {
        if ((0,train_spec.parseDurationSeconds)(values.timeout) === null) {
            throw new errors/* DhowError */.Bp('usage', `dhow train run: --timeout "${values.timeout}" is not a duration (e.g. 90s, 30m, 1h30m, or seconds)`);
        }
        raw.timeout = values.timeout;
    }
    const gpu = (0,train_spec/* overlaySpecMapping */.On)(base, 'gpu');
    if (values.gpus !== undefined) {
        if (!/^\d+$/.test(values.gpus))
            throw new errors/* DhowError */.Bp('usage', `dhow train run: --gpus must be a whole number, got "${values.gpus}"`);
        gpu.count = Number(values.gpus);
    }
    if (values['gpu-product'] !== undefined)
        gpu.product = values['gpu-product'];
    if (values['mig-profile'] !== undefined)
        gpu['mig-profile'] = values['mig-profile'];
    if (Object.keys(gpu).length > 0)
        raw.gpu = gpu;
    if (values['require-gpu'])
        raw.policy = (0,train_spec/* overlaySpecMapping */.On)(base, 'policy', { 'require-gpu': true });
    if (values.param)
        raw.parameters = (0,train_spec/* overlaySpecMapping */.On)(base, 'parameters', (0,train_spec/* parseParameters */._A)(values.param, 'param'));
    if (values.env)
        raw.env = (0,train_spec/* overlaySpecMapping */.On)(base, 'env', (0,train_spec/* parsePairs */.xg)(values.env, 'env'));
    if (values.region !== undefined)
        raw.region = values.region;
    const data = {};
    for (const key of ['uri', 'digest', 'version', 'region'])
        if (values[`data-${key}`] !== undefined)
            data[key] = values[`data-${key}`];
    if (Object.keys(data).length > 0)
        raw.data = (0,train_spec/* overlaySpecMapping */.On)(base, 'data', data);
    const spec = specNamingFlags(raw, values.spec);
    if (values.upload !== undefined && values['artifact-uri'] !== undefined)
        throw new errors/* DhowError */.Bp('usage', 'dhow train run: --upload and --artifact-uri both name the artifact; give one');
    // Built before training, so a bad location or missing credentials cost no GPU time.
    const upload = values.upload === undefined
        ? undefined
        : s3ArtifactUploader({
            location: values.upload,
            endpoint: values['s3-endpoint'],
            region: values['s3-region'],
            fallbackRegion: spec.data.region ?? spec.region,
            pathStyle: values['s3-path-style'] ?? false,
            fields: { location: '--upload', endpoint: '--s3-endpoint', region: '--s3-region' },
        }, ctx.env, ctx.logger);
    const result = await runRunnerTraining({
        upload,
        spec,
        outputDir: values['output-dir'] ?? 'dhow-output',
        artifact: values.artifact,
        optionNames: { artifact: '--artifact' },
        artifactUri: values['artifact-uri'],
        model: values.model,
        version: values.version,
        draftPath: values.draft,
        cwd: ctx.cwd,
        env: ctx.env,
        logger: ctx.logger,
        nvidiaSmi: values['nvidia-smi'],
        checkpointRoot: values['checkpoint-root'],
        createdBy: values.as ?? ctx.env.GITHUB_ACTOR ?? ctx.env.DHOW_ACTOR,
        ...(ctx.env.DHOW_NOW ? { createdAt: new Date((0,registry/* now */.tB)(ctx)) } : {}),
    });
    if (values.json) {
        (0,context/* writeJson */.GF)(ctx, {
            metrics: result.metrics,
            artifact: {
                uri: result.artifact.uri,
                digest: result.artifact.digest,
                size: result.artifact.size,
                format: result.artifact.format,
                ...(result.artifact.endpoint ? { endpoint: result.artifact.endpoint, region: result.artifact.region } : {}),
            },
            parameters: result.parameters,
            peakGpuMemoryMiB: result.memory.peakGpuMemoryMiB,
            peakRssBytes: result.memory.peakRssBytes,
            durationSeconds: result.durationSeconds,
            resumed: result.resumed,
            draft: result.draft,
            ...(result.draftPath ? { draftPath: result.draftPath } : {}),
        });
        return 0;
    }
    const lines = [
        `trained in ${result.durationSeconds.toFixed(1)}s${result.resumed ? ' (resumed from checkpoints)' : ''}`,
        `artifact  ${result.artifact.uri}`,
        `digest    ${result.artifact.digest} (${result.artifact.size} bytes)`,
        `metrics   ${Object.entries(result.metrics)
            .map(([k, v]) => `${k}=${Number(v.toPrecision(4))}`)
            .join(' ')}`,
        `memory    ${result.memory.peakGpuMemoryMiB === null ? 'no GPU' : `peak GPU ${result.memory.peakGpuMemoryMiB} MiB`}, peak RSS ${(result.memory.peakRssBytes / 2 ** 20).toFixed(1)} MiB`,
    ];
    if (result.draftPath)
        lines.push(`draft     ${result.draftPath} (dhow register --from ${values.draft})`);
    ctx.stdout.write(`${lines.join('\n')}\n`);
    return 0;
}


/***/ }),

/***/ 56611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   JI: () => (/* binding */ WHERE_OPTIONS),
/* harmony export */   Me: () => (/* binding */ openRegistry),
/* harmony export */   Pz: () => (/* binding */ refuseRepository),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   _T: () => (/* binding */ helpRequested),
/* harmony export */   eN: () => (/* binding */ actor),
/* harmony export */   tB: () => (/* binding */ now),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   ys: () => (/* binding */ openForge)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _forge_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21295);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9843);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16931);
/**
 * What the registry commands share: opening the local registry named by --registry / $DHOW_REGISTRY /
 * the working directory, who is acting (--as, $DHOW_ACTOR, git config user.name, $USER) and the clock
 * ($DHOW_NOW, for reproducible demos and tests, else now).
 */






function now(ctx) {
    const fixed = ctx.env.DHOW_NOW;
    if (fixed) {
        if (!_registry_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .Timestamp */ .Dc.safeParse(fixed).success)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `$DHOW_NOW must be an ISO 8601 time with an offset, e.g. 2026-11-22T08:00:00Z (got "${fixed}")`);
        return fixed;
    }
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function actor(ctx, as) {
    const name = as ?? ctx.env.DHOW_ACTOR ?? gitUserName(ctx) ?? ctx.env.USER ?? ctx.env.USERNAME;
    if (!name || !name.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'who is acting? pass --as NAME (or set $DHOW_ACTOR or git config user.name)');
    if (name.length > 200 || /[\n\r\0]/.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', '--as must be one line of at most 200 characters', { field: '--as' });
    return name.trim();
}
function gitUserName(ctx) {
    try {
        return ((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['config', '--get', 'user.name'], { cwd: ctx.cwd, env: ctx.env, stdio: ['ignore', 'pipe', 'ignore'] })
            .toString()
            .trim() || undefined);
    }
    catch {
        return undefined;
    }
}
async function openRegistry(ctx, flag, as) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .registryDir */ .zr)(flag, ctx));
    // Commits are authored by the acting person; without --as the forge asks git config when it first commits.
    const name = as ?? ctx.env.DHOW_ACTOR;
    const forge = await (0,_forge_local_js__WEBPACK_IMPORTED_MODULE_3__.openLocalForge)(dir, { logger: ctx.logger, ...(name ? { identity: { name } } : {}), now: () => now(ctx) });
    // A command is one pass: its refs are read once. A server among the commands begins its own per request.
    forge.beginPass();
    (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .atCommandEnd */ .WB)(ctx, () => forge.endPass());
    return forge;
}
/** The options of a command that reads or writes the registry either locally (--registry) or on GitHub (--repository). */
const WHERE_OPTIONS = {
    registry: { type: 'string' },
    repository: { type: 'string' },
    'api-url': { type: 'string' },
};
/**
 * The registry a command works on: the repository on GitHub named by --repository (the token from
 * $GITHUB_TOKEN, the API root from --api-url, then $GITHUB_API_URL, then GitHub's), set up as the
 * actions set it up (connectRegistry); otherwise the local one (openRegistry).
 */
async function openForge(ctx, command, where, as) {
    if (where.repository === undefined) {
        if (where['api-url'] !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --api-url goes with --repository OWNER/NAME (a registry on GitHub)`);
        return openRegistry(ctx, where.registry, as);
    }
    if (where.registry !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --registry DIR (a local registry) and --repository OWNER/NAME (one on GitHub) exclude each other: pass one`);
    }
    const token = ctx.env.GITHUB_TOKEN;
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --repository needs a GitHub token in $GITHUB_TOKEN (one that can read ${where.repository}, and write to it for commands that change it)`);
    }
    const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(5053), __webpack_require__.e(397)]).then(__webpack_require__.bind(__webpack_require__, 90397));
    return connectRegistry({
        token,
        registry: where.repository,
        ...(where['api-url'] !== undefined ? { apiUrl: where['api-url'] } : {}),
        logger: ctx.logger,
        env: ctx.env,
        names: { registry: '--repository', apiUrl: '--api-url (or $GITHUB_API_URL)' },
    });
}
/**
 * Commands that only make sense on a local registry refuse --repository (before their options are parsed,
 * so the refusal says what to do instead rather than "unknown option").
 */
function refuseRepository(command, args, instead) {
    if (args.some((a) => a === '--repository' || a.startsWith('--repository=') || a === '--api-url' || a.startsWith('--api-url='))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: works on a local registry only (--registry DIR), not with --repository: ${instead}`);
    }
}
/** A plain-text table: a header row and aligned columns, two spaces apart. */
function table(headers, rows) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(headers), ...rows.map(line)].join('\n') + '\n';
}
const shortDigest = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
const shortSha = (sha) => sha.slice(0, 8);
/** `--help`/`-h` anywhere: print the command's usage and succeed. */
function helpRequested(args, ctx, usage) {
    if (!args.includes('--help') && !args.includes('-h'))
        return false;
    ctx.stdout.write(`${usage.trim()}\n\n--registry defaults to $DHOW_REGISTRY, then the current directory. --repository OWNER/NAME works on a registry on GitHub instead (token from $GITHUB_TOKEN; --api-url or $GITHUB_API_URL for GitHub Enterprise Server) where the usage shows it. Exit codes: 0 done, 1 refused or failed, 2 usage error.\n`);
    return true;
}


/***/ }),

/***/ 35035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/** Content digests as the registry records them (the `Digest` schema): "sha256:" and 64 lower-case hex digits. */


/** The digest of a text's UTF-8 bytes. */
function sha256Digest(text) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
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

/***/ 34501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ writeVersionDraft),
/* harmony export */   e8: () => (/* binding */ buildVersionDraft),
/* harmony export */   kt: () => (/* binding */ readVersionDraftFile)
/* harmony export */ });
/* unused harmony exports VersionDraft, sourceFromEnv */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _atomic_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93549);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62717);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _registry_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47682);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9843);
/**
 * The version-record draft a training run hands to `dhow register --from FILE.yaml`: the VersionRecord
 * shape of src/registry/schemas.ts, filled from the run (artifact, metrics, parameters, GPU memory,
 * duration, lineage from the GITHUB_* variables). Without a model and version it is a partial record
 * the register step completes.
 */






/** A VersionRecord without model and version, when those are not known yet. */
const VersionDraft = _registry_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .VersionRecord */ .iJ.partial({ model: true, version: true });
/** The lineage GitHub's default variables give: repository, commit, run URL and attempt. */
function sourceFromEnv(env) {
    const source = {};
    if (env.GITHUB_REPOSITORY)
        source.repository = env.GITHUB_REPOSITORY;
    if (env.GITHUB_SHA && /^[0-9a-f]{7,64}$/.test(env.GITHUB_SHA))
        source.commit = env.GITHUB_SHA;
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
        const base = `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
        source['run-url'] = Number.isInteger(attempt) && attempt > 0 ? `${base}/attempts/${attempt}` : base;
    }
    if (Number.isInteger(attempt) && attempt > 0)
        source['run-attempt'] = attempt;
    return source;
}
function buildVersionDraft(input) {
    const training = {
        mode: input.training.mode,
        'duration-seconds': Math.round(input.training.durationSeconds * 1000) / 1000,
    };
    if (input.training.cluster)
        training.cluster = input.training.cluster;
    if (input.training.region)
        training.region = input.training.region;
    if (input.training.gpu)
        training.gpu = input.training.gpu;
    if (input.training.peakGpuMemoryMiB !== undefined && input.training.peakGpuMemoryMiB !== null) {
        training['peak-gpu-memory-mib'] = input.training.peakGpuMemoryMiB;
    }
    const artifact = { uri: input.artifact.uri, digest: input.artifact.digest, size: input.artifact.size };
    if (input.artifact.format)
        artifact.format = input.artifact.format;
    if (input.artifact.endpoint)
        artifact.endpoint = input.artifact.endpoint;
    if (input.artifact.region)
        artifact.region = input.artifact.region;
    const draft = {
        apiVersion: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .API_VERSION */ .mG,
        kind: 'ModelVersion',
        ...(input.model ? { model: input.model } : {}),
        ...(input.version ? { version: input.version } : {}),
        artifact,
        source: sourceFromEnv(input.env),
        training,
        ...(dataLineage(input.data) ? { data: dataLineage(input.data) } : {}),
        parameters: input.parameters,
        metrics: input.metrics,
        // Where the data is held: declared, else the training region (data trained on in a region sits there).
        ...((input.data?.region ?? input.training.region) ? { region: input.data?.region ?? input.training.region } : {}),
        'created-by': input.createdBy || input.env.GITHUB_ACTOR || input.env.USER || 'dhow',
        'created-at': input.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    const parsed = (input.model && input.version ? _registry_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .VersionRecord */ .iJ : VersionDraft).safeParse(draft);
    if (!parsed.success)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaError */ .g$)(parsed.error.issues, { what: 'the version record would be invalid' });
    return parsed.data;
}
function dataLineage(data) {
    if (!data)
        return undefined;
    const lineage = {};
    if (data.uri)
        lineage.uri = data.uri;
    if (data.digest)
        lineage.digest = data.digest;
    if (data.version)
        lineage.version = data.version;
    return Object.keys(lineage).length > 0 ? lineage : undefined;
}
/** Writes the draft as YAML, whole or not at all. */
async function writeVersionDraft(path, draft) {
    await (0,_atomic_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)(path, (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(draft, { lineWidth: 0 }));
}
/**
 * A draft file as `dhow register --from` and the register action's `version-file` take it: the mapping of
 * ModelVersion fields their flags or inputs complete. Errors name the file and `field`, what named it.
 */
async function readVersionDraftFile(path, field) {
    const text = await (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoundedFile */ .M)(path, _registry_files_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REGISTRY_FILE_BYTES */ .kf, 'the version record');
    // As strict as a registry file: size, UTF-8, tags, duplicate keys and aliases.
    const parsed = (0,_registry_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlStrictly */ .Tl)(path, text);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DhowError */ .Bp('invalid-input', parsed.problems[0].message, { file: path, field, line: parsed.problems[0].line });
    const data = parsed.data;
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DhowError */ .Bp('invalid-input', 'expected a mapping of ModelVersion fields', { file: path, field });
    return data;
}


/***/ }),

/***/ 90975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ parameterEnvName),
/* harmony export */   On: () => (/* binding */ overlaySpecMapping),
/* harmony export */   Ug: () => (/* binding */ parseTrainingJobSpec),
/* harmony export */   _A: () => (/* binding */ parseParameters),
/* harmony export */   bg: () => (/* binding */ issueMessage),
/* harmony export */   gY: () => (/* binding */ readTrainingSpecFile),
/* harmony export */   parseDurationSeconds: () => (/* binding */ parseDurationSeconds),
/* harmony export */   xg: () => (/* binding */ parsePairs)
/* harmony export */ });
/* unused harmony exports Duration, TrainingGpu, TrainingPolicy, TrainingData, TrainingJobSpec */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9843);
/**
 * The training job spec both modes share (runner and Kubernetes): what to run, on what GPU, for how
 * long, with which environment, and the policy's requirements. Keys are kebab-case, like the registry's
 * files; the action and the CLI build one of these from their inputs, and each mode reads what it needs.
 */





const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 };
/**
 * "90s", "30m", "1h30m", "2h", "1d" or a bare number of seconds -> seconds. Returns null for anything
 * else, so callers can name the field.
 */
function parseDurationSeconds(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text > 0 ? text : null;
    const value = text.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Number(value) > 0 ? Number(value) : null;
    if (!/^(\d+(\.\d+)?[smhd])+$/.test(value))
        return null;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) {
        total += Number(amount) * UNIT_SECONDS[unit];
    }
    return total > 0 ? total : null;
}
/** A duration as a string ("30m") or seconds, parsed to seconds. */
const Duration = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()]).transform((value, ctx) => {
    const seconds = parseDurationSeconds(value);
    if (seconds === null) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a duration (e.g. 90s, 30m, 1h30m, or seconds)` });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return seconds;
});
/** Environment variable names as POSIX shells accept them. */
const EnvName = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a valid environment variable name');
const TrainingGpu = _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .GpuRequirement */ .qS.extend({
    count: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(0).max(64).default(0),
    /** Time-sliced (shared) GPU: the device plugin's `nvidia.com/gpu.shared` resource on Kubernetes. */
    shared: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
})
    .strict()
    .superRefine((gpu, ctx) => {
    if (gpu['mig-profile'] && gpu.count > 1) {
        ctx.addIssue({ code: 'custom', path: ['mig-profile'], message: 'a MIG profile takes one MIG device: count must be 0 or 1' });
    }
    if (gpu['mig-profile'] && gpu.shared) {
        ctx.addIssue({ code: 'custom', path: ['shared'], message: 'a MIG device and a time-sliced GPU are exclusive' });
    }
});
/** What the policy demands of a training job (dhow.yaml or the gate policy can set these). */
const TrainingPolicy = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** Refuse to start without a GPU (runner mode: nvidia-smi must list one). */
    'require-gpu': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
    /** Kubernetes mode: the image must be pinned as name@sha256:... */
    'require-image-digest': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
    /** Regions the job may run in (data residency); empty = anywhere. */
    'allowed-regions': zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).default([]),
    /** Kubernetes mode: tolerate spot/preemptible nodes. */
    'allow-spot': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
})
    .strict();
const TrainingData = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** Where the training data is, e.g. s3://bucket/datasets/adi/2026-11/ (the residency gate checks it). */
    uri: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(2000).optional(),
    digest: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Digest */ .np.optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(200).optional(),
    /** The region that holds the data, when the URI alone does not say (the record's top-level `region`). */
    region: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Region */ .Tp.optional(),
})
    .strict();
const TrainingJobSpec = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** A shell command line (run with `sh -c` on a runner) or an argv list. */
    command: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).min(1)], {
        error: (issue) => `${issue.input === undefined ? 'is missing: give ' : 'must be '}a command line (a string, quoted in YAML when it looks like a number or true/false) or a list of arguments`,
    }),
    /** Container image; required in Kubernetes mode, ignored on a runner. */
    image: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional(),
    gpu: TrainingGpu.default({ count: 0, shared: false }),
    /** Wall-clock limit; the job is stopped when it passes. Default 6h, like a GitHub-hosted job. */
    timeout: Duration.default(6 * 3600),
    env: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(EnvName, zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).default({}),
    /** Hyper-parameters, recorded in the version record and passed as DHOW_PARAM_<NAME>. */
    parameters: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()])).default({}),
    policy: TrainingPolicy.default({ 'require-gpu': false, 'require-image-digest': false, 'allowed-regions': [], 'allow-spot': false }),
    /**
     * The training data's lineage, recorded in the version record (`data`, and `region` where the data is
     * held): without it the residency gate cannot prove where the data lives.
     */
    data: TrainingData.default({}),
    /**
     * Runner mode: the region this runner is in, recorded as `training.region` (Kubernetes mode reads it from
     * the node's topology.kubernetes.io/region label instead).
     */
    region: _registry_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .Region */ .Tp.optional(),
})
    .strict();
/** Parses a spec, turning the first zod issue into a DhowError that names the field (and file). */
function parseTrainingJobSpec(raw, where = {}) {
    const result = TrainingJobSpec.safeParse(raw);
    if (result.success)
        return result.data;
    // A misspelt key is named before what its absence caused ("comand:" also leaves "command" missing).
    const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0];
    if (issue.code === 'unrecognized_keys') {
        const parent = issue.path.map(String).join('.');
        const known = Object.keys(SPEC_KEYS[parent] ?? {});
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `unknown key${known.length ? `; the keys are ${known.join(', ')}` : ''}`, {
            file: where.file,
            field: [parent, issue.keys[0]].filter(Boolean).join('.'),
        });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', issueMessage(issue), { file: where.file, field: issue.path.map(String).join('.') || undefined });
}
/** zod reports a bad record key as "Invalid key in record"; the key's own issue says what is wrong with it. */
function issueMessage(issue) {
    if (issue.code === 'invalid_key' && issue.issues[0])
        return issue.issues[0].message;
    return issue.message;
}
/** The keys a spec may hold, by the path of the mapping that holds them. */
const SPEC_KEYS = {
    '': TrainingJobSpec.shape,
    gpu: TrainingGpu.shape,
    policy: TrainingPolicy.shape,
};
/** "K=V" pairs (from --env or an action input) -> strings, as written. */
function parsePairs(pairs, field) {
    const result = {};
    for (const pair of pairs) {
        const at = pair.indexOf('=');
        if (at <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `"${pair}" is not NAME=VALUE`, { field });
        result[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
    }
    return result;
}
/** "K=V" pairs (from --param or an action input) -> parameters; numbers and booleans are typed. */
function parseParameters(pairs, field = 'param') {
    const parameters = {};
    for (const [name, value] of Object.entries(parsePairs(pairs, field))) {
        parameters[name] = value === 'true' ? true : value === 'false' ? false : /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(value) ? Number(value) : value;
    }
    return parameters;
}
/** The environment name a parameter is passed under: learning-rate -> DHOW_PARAM_LEARNING_RATE. */
function parameterEnvName(name) {
    return `DHOW_PARAM_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
/** One mapping of a spec (gpu, policy, parameters, env) with the entries of flags or inputs laid over it. */
function overlaySpecMapping(spec, key, entries = {}) {
    return { ...(spec[key] ?? {}), ...entries };
}
/**
 * A training spec file as the mapping the action's inputs or the CLI's flags are laid over; errors name the
 * file (and `field`, the input or flag that named it, when it does not exist) and the line of bad YAML.
 */
async function readTrainingSpecFile(path, field) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'is a directory: give the training spec file (YAML)', { file: path });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('not-found', 'the training spec file does not exist', { file: path, field });
    }
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        const linePos = error.linePos;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', `is not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlSyntaxMessage */ .iC)(error)}${linePos ? ` (column ${linePos[0].col})` : ''}`, {
            file: path,
            ...(linePos ? { line: linePos[0].line } : {}),
        });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('invalid-input', 'must be a mapping', { file: path });
    return value;
}


/***/ })

};
