/**
 * Where an artifact goes in S3-compatible object storage: the `s3://bucket/prefix` a user names, the object
 * key under it, the endpoint (in the bucket's region) and how a request addresses the bucket. Pure.
 */
import { DhowError } from '../errors.js';

export interface S3Prefix {
  bucket: string;
  /** The key prefix without leading or trailing slashes; '' for the bucket's root. */
  prefix: string;
}

export interface S3Endpoint {
  /** The endpoint's origin, e.g. https://s3.me-central-1.amazonaws.com. */
  url: URL;
  region: string;
  /** endpoint/bucket/key instead of bucket.endpoint/key. */
  pathStyle: boolean;
}

// Bucket names as S3 allows them (lower-case letters, digits, dots and hyphens, 3-63), which also keeps
// them safe in a host name.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Parses `s3://bucket/prefix`; `field` names the flag or input in errors. */
export function parseS3Prefix(uri: string, field: string): S3Prefix {
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(uri.trim());
  if (!match) throw new DhowError('usage', `"${uri}" is not an s3://bucket/prefix location`, { field });
  const bucket = match[1]!;
  if (!BUCKET.test(bucket) || bucket.includes('..'))
    throw new DhowError('usage', `"${bucket}" is not a valid bucket name (3-63 lower-case letters, digits, dots and hyphens)`, { field });
  const prefix = (match[2] ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix.split('/').some((segment) => segment === '.' || segment === '..' || (segment === '' && prefix !== '')))
    throw new DhowError('usage', `the key prefix "${prefix}" holds an empty, "." or ".." segment`, { field });
  if (Buffer.byteLength(prefix) > 512) throw new DhowError('usage', 'the key prefix is longer than 512 bytes', { field });
  return { bucket, prefix };
}

/** Resolves the endpoint: the one given, else AWS's regional endpoint for the region (in-region by construction). */
export function resolveEndpoint(
  options: { endpoint?: string; region?: string; pathStyle?: boolean },
  fields: { endpoint: string; region: string },
): S3Endpoint {
  const region = options.region?.trim();
  if (!region) throw new DhowError('usage', 'the bucket region is required to sign requests (or set AWS_REGION)', { field: fields.region });
  if (!REGION.test(region)) throw new DhowError('usage', `"${region}" is not a region name`, { field: fields.region });
  let url: URL;
  try {
    url = new URL(options.endpoint?.trim() || `https://s3.${region}.amazonaws.com`);
  } catch {
    throw new DhowError('usage', `"${options.endpoint}" is not a URL`, { field: fields.endpoint });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new DhowError('usage', `the endpoint must be an http(s) URL, got ${url.protocol}`, { field: fields.endpoint });
  if (url.username || url.password) throw new DhowError('usage', 'the endpoint must not carry credentials', { field: fields.endpoint });
  if ((url.pathname !== '/' && url.pathname !== '') || url.search)
    throw new DhowError('usage', 'the endpoint is an origin only (scheme, host, port)', { field: fields.endpoint });
  return { url: new URL(url.origin), region, pathStyle: options.pathStyle ?? false };
}

/** The object key for a file of an artifact: `<prefix>/<model>/<version>/<name>` (model and version when known). */
export function artifactKey(prefix: S3Prefix, parts: string[]): string {
  return [prefix.prefix, ...parts].filter((part) => part !== '').join('/');
}

/** The URL of an object (or of the bucket when key is ''), with the key's segments encoded. */
export function objectUrl(endpoint: S3Endpoint, bucket: string, key: string, query = ''): URL {
  const path = key
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  const url = endpoint.pathStyle
    ? new URL(`${endpoint.url.origin}/${bucket}/${path}`)
    : new URL(`${endpoint.url.protocol}//${bucket}.${endpoint.url.host}/${path}`);
  if (query) url.search = query;
  return url;
}
