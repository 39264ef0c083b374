/** Where each file lives in a registry. Every segment is validated before it becomes a path. */
import { DhowError } from '../errors.js';
import { assertName } from './names.js';

export const CONFIG_PATH = 'dhow.yaml';

export const modelPath = (model: string) => `models/${assertName('model', model)}/model.yaml`;
export const versionsDir = (model: string) => `models/${assertName('model', model)}/versions`;
export const versionPath = (model: string, version: string) => `${versionsDir(model)}/${assertName('version', version)}.yaml`;
/** A version's reference profile for drift checks (profile-file.ts). */
export const profilePath = (model: string, version: string) => `models/${assertName('model', model)}/profiles/${assertName('version', version)}.json`;
export const releasesDir = (environment: string) => `releases/${assertName('environment', environment)}`;
export const releasePath = (environment: string, model: string) => `${releasesDir(environment)}/${assertName('model', model)}.yaml`;
export const deployDir = (environment: string, model: string) => `deploy/${assertName('environment', environment)}/${assertName('model', model)}`;
/** Gate evidence of one version in one environment (schemas.ts says why it is a file of its own). */
export const gateEvidenceDir = (environment: string) => `gates/${assertName('environment', environment)}`;
export const gateEvidencePath = (environment: string, model: string, version: string) =>
  `${gateEvidenceDir(environment)}/${assertName('model', model)}/${assertName('version', version)}.yaml`;

/** Deterministic branch names, one per purpose. */
export const promotionBranch = (environment: string, model: string) => `dhow/promote/${assertName('environment', environment)}/${assertName('model', model)}`;
/**
 * The revert of ONE promotion: the version and when it was promoted (`promoted-at` of the release it
 * undoes). A version re-promoted after a revert is a new promotion, so drifting again opens a new revert
 * instead of finding the first one merged. A suffix rather than a deeper segment, so the branch never
 * clashes with a branch of the older `dhow/revert/<env>/<model>/<version>` form still in a repository.
 */
export const revertBranch = (environment: string, model: string, version: string, promotedAt: string) =>
  `dhow/revert/${assertName('environment', environment)}/${assertName('model', model)}/${assertName('version', version)}-promoted-${promotionStamp(promotedAt)}`;

/** A release's promoted-at as a ref-safe UTC stamp (20261122T083000Z; milliseconds only when present). */
export function promotionStamp(promotedAt: string): string {
  const ms = Date.parse(promotedAt);
  if (Number.isNaN(ms)) throw new DhowError('invalid-input', `"${promotedAt}" is not a timestamp`, { field: 'promoted-at' });
  return new Date(ms)
    .toISOString()
    .replace(/\.000Z$/, 'Z')
    .replace(/[-:]/g, '')
    .replace('.', '');
}

/** Commit trailers dhow writes and reads. */
export const TRAILERS = {
  model: 'Dhow-Model',
  version: 'Dhow-Version',
  environment: 'Dhow-Environment',
  alert: 'Dhow-Alert',
  revertOf: 'Revert-Of',
  request: 'Dhow-Request',
} as const;
