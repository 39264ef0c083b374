/**
 * The object-storage door the edges use: turns the upload settings (location, endpoint, region, path style)
 * and the environment's credentials into an artifact uploader. Credentials come only from AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN; no message ever holds their values.
 */
import { DhowError } from '../errors.js';
import type { Logger } from '../logger.js';
import { parseS3Prefix, resolveEndpoint } from './location.js';
import type { UploadPlanOptions } from './multipart.js';
import { S3Client, sameDigest } from './s3.js';
import type { AwsCredentials } from './sigv4.js';
import { uploadArtifact, type UploadedArtifact } from './upload.js';

export type { UploadedArtifact } from './upload.js';

export interface S3UploadSettings {
  /** s3://bucket/prefix */
  location: string;
  endpoint?: string;
  region?: string;
  /** The region when neither `region` nor AWS_REGION names one: the data's or the training's (in-region by default). */
  fallbackRegion?: string;
  pathStyle?: boolean;
  /** The names the edge gives each setting in messages (flags or inputs). */
  fields: { location: string; endpoint: string; region: string };
  plan?: UploadPlanOptions;
  /** Parts in flight at once (default 4): memory holds at most this many parts. */
  concurrency?: number;
  attempts?: number;
  backoffMs?: number;
}

/** What the training modes call once the artifact is hashed. */
export type ArtifactUploader = (artifact: { path: string; digest: string; isDirectory: boolean; under: string[] }) => Promise<UploadedArtifact>;

export function credentialsFromEnv(env: NodeJS.ProcessEnv): AwsCredentials {
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
  const missing = [!accessKeyId && 'AWS_ACCESS_KEY_ID', !secretAccessKey && 'AWS_SECRET_ACCESS_KEY'].filter(Boolean);
  if (missing.length > 0) {
    throw new DhowError(
      'usage',
      `uploading the artifact needs object-storage credentials: set ${missing.join(' and ')} (train.yml passes the DHOW_S3_ACCESS_KEY_ID and DHOW_S3_SECRET_ACCESS_KEY secrets)`,
      { field: 'credentials' },
    );
  }
  const sessionToken = env.AWS_SESSION_TOKEN?.trim();
  return { accessKeyId: accessKeyId!, secretAccessKey: secretAccessKey!, ...(sessionToken ? { sessionToken } : {}) };
}

/** What the Kubernetes mode calls with the artifact a Job uploaded itself: reads it back and checks its digest. */
export type ArtifactVerifier = (artifact: { uri: string; digest: string }) => Promise<UploadedArtifact>;

function clientFor(settings: S3UploadSettings, env: NodeJS.ProcessEnv, logger: Logger) {
  const location = parseS3Prefix(settings.location, settings.fields.location);
  const endpoint = resolveEndpoint(
    {
      endpoint: settings.endpoint,
      region: settings.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || settings.fallbackRegion,
      pathStyle: settings.pathStyle,
    },
    settings.fields,
  );
  const credentials = credentialsFromEnv(env);
  return { location, client: new S3Client({ endpoint, credentials, logger, attempts: settings.attempts, backoffMs: settings.backoffMs }) };
}

/**
 * Checks the settings and the credentials at once (before any training runs: a typo must not cost a
 * training run) and returns the uploader.
 */
export function s3ArtifactUploader(settings: S3UploadSettings, env: NodeJS.ProcessEnv, logger: Logger): ArtifactUploader {
  const { location, client } = clientFor(settings, env, logger);
  return (artifact) =>
    logger.group(`Upload to s3://${location.bucket}/${location.prefix}`, () =>
      uploadArtifact({ client, location, logger, plan: settings.plan, concurrency: settings.concurrency, ...artifact }),
    );
}

/**
 * For an artifact uploaded by someone else (a Kubernetes Job): it must lie under the location, be one object
 * (a directory's manifest cannot be rebuilt from a URI alone) and read back with the reported digest.
 */
export function s3ArtifactVerifier(settings: S3UploadSettings, env: NodeJS.ProcessEnv, logger: Logger): ArtifactVerifier {
  const { location, client } = clientFor(settings, env, logger);
  const root = `s3://${location.bucket}/${location.prefix ? `${location.prefix}/` : ''}`;
  return async ({ uri, digest }) => {
    if (!uri.startsWith(root) || uri.endsWith('/') || uri.length === root.length)
      throw new DhowError(
        'refused',
        `the Job reported its artifact at ${uri}, which is not one object under ${root}: upload the model file under $DHOW_UPLOAD_URI`,
        {
          field: 'artifact',
        },
      );
    const key = uri.slice(`s3://${location.bucket}/`.length);
    const served = await client.sha256OfObject(location.bucket, key);
    if (!sameDigest(served.digest, digest))
      throw new DhowError('storage', `${uri} reads back as ${served.digest}, not the ${digest} the Job reported; nothing was recorded`, { field: 'artifact' });
    logger.info(`checked ${uri} (${served.size} bytes): its sha256 is the one the Job reported`);
    return { uri, digest, size: served.size, endpoint: client.endpoint.url.origin, region: client.endpoint.region, written: 0 };
  };
}
