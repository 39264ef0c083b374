/** A dhow registry seeded into an emulated GitHub repository, and ways to look at it with git. */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { serializeRegistryFile } from '../../../src/registry/files.js';
import { API_VERSION, RegistryConfig } from '../../../src/registry/schemas.js';
import type { GitHubEmulator } from './index.js';

export const digestOf = (model: string, version: string) => `sha256:${createHash('sha256').update(`${model}/${version}`).digest('hex')}`;

export function versionFile(model: string, version: string, extra: Record<string, unknown> = {}): string {
  return serializeRegistryFile({
    apiVersion: API_VERSION,
    kind: 'ModelVersion',
    model,
    version,
    artifact: { uri: `s3://models-me/${model}/${version}`, digest: digestOf(model, version) },
    'created-by': 'data-scientist',
    'created-at': '2026-11-01T10:00:00Z',
    ...extra,
  });
}

export function releaseFile(environment: string, model: string, version: string, extra: Record<string, unknown> = {}): string {
  return serializeRegistryFile({
    apiVersion: API_VERSION,
    kind: 'Release',
    model,
    environment,
    version,
    digest: digestOf(model, version),
    holds: [],
    'promoted-by': 'data-scientist',
    'promoted-at': '2026-11-01T11:00:00Z',
    ...extra,
  });
}

export interface SeedOptions {
  /** model -> versions to register; each also released in dev so it may go to staging. */
  models: Record<string, string[]>;
  /** Extra registered versions per model, not released anywhere (bench: a big registry). */
  extraVersions?: number;
  config?: Partial<Record<string, unknown>>;
  stagingReviewers?: { users?: string[]; teams?: string[] };
}

export function registryConfig(options: Pick<SeedOptions, 'config' | 'stagingReviewers'> = {}): string {
  return serializeRegistryFile(
    RegistryConfig.parse({
      apiVersion: API_VERSION,
      kind: 'Registry',
      environments: [
        { name: 'dev', approvals: 0 },
        { name: 'staging', approvals: 1, reviewers: { users: options.stagingReviewers?.users ?? [], teams: options.stagingReviewers?.teams ?? [] } },
        { name: 'production', approvals: 2 },
      ],
      ...options.config,
    }),
  );
}

/** Writes dhow.yaml, the models, their versions and their dev releases in one commit on main. */
export async function seedRegistry(gh: GitHubEmulator, repository: string, options: SeedOptions): Promise<string> {
  const files: Record<string, string> = { 'dhow.yaml': registryConfig(options) };
  for (const [model, versions] of Object.entries(options.models)) {
    files[`models/${model}/model.yaml`] = serializeRegistryFile({
      apiVersion: API_VERSION,
      kind: 'Model',
      name: model,
      owners: ['data-scientist'],
      language: ['ar'],
    });
    for (const version of versions) files[`models/${model}/versions/${version}.yaml`] = versionFile(model, version);
    for (let i = 0; i < (options.extraVersions ?? 0); i++) files[`models/${model}/versions/0.0.${i}.yaml`] = versionFile(model, `0.0.${i}`);
    const last = versions[versions.length - 1];
    if (last) files[`releases/dev/${model}.yaml`] = releaseFile('dev', model, last);
  }
  return gh.seed(repository, files, { message: 'Seed the registry' });
}

/** Marks `version` as having run in dev (a merged dev promotion), so it may go to staging. */
export function releaseInDev(gh: GitHubEmulator, repository: string, model: string, version: string, previous?: string): Promise<string> {
  return gh.seed(repository, {
    [`models/${model}/versions/${version}.yaml`]: versionFile(model, version),
    [`releases/dev/${model}.yaml`]: releaseFile('dev', model, version, previous ? { previous } : {}),
  });
}

export function bareGit(gh: GitHubEmulator, repository: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', gh.barePath(repository), ...args], { encoding: 'utf8' }).trim();
}

/** Every ref with its commit: equal snapshots mean nothing was written. */
export function refs(gh: GitHubEmulator, repository: string): string {
  return bareGit(gh, repository, ['for-each-ref', '--format=%(refname) %(objectname)']);
}
