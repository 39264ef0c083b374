/**
 * The registry as the evidence pack and the site see it: one commit's models, versions and releases, the
 * git history of every release file and, for each promotion, the request and its reviews. This is the only
 * module of src/evidence that reads (through the Forge); everything built from it is a pure function, so the
 * same commit always gives the same evidence. A file that breaks its schema, now or in the history, stops
 * the read with a DhowError naming it: nothing is built from half a registry.
 */
import { DhowError } from '../errors.js';
import type { Forge, Review } from '../forge/forge.js';
import { gateEvidencePath, modelPath, releasePath, TRAILERS, versionPath } from '../registry/paths.js';
import { RegistryReader } from '../registry/store.js';
import type { GateEvidenceFile, ModelFile, RegistryConfig, ReleaseFile, VersionRecord } from '../registry/schemas.js';

/** A promotion request as it stood when merged: who asked, which commit was approved, who reviewed. */
export interface RequestEvidence {
  id: string;
  url?: string;
  title: string;
  author: string;
  /** The request's head when it was merged (or now, for an open one): approvals of other commits are stale. */
  headSha: string;
  /** When the head commit was written (the request's last change), from its commit. */
  proposedAt?: string;
  reviews: Review[];
}

/** One commit that changed a release file, oldest first in EnvironmentEvidence.history. */
export interface ReleaseEvent {
  commit: string;
  date: string;
  /** The commit's author: who merged, rolled back or reverted. */
  author: string;
  subject: string;
  trailers: Record<string, string>;
  /** The release as the commit left it; null when the commit removed it. */
  release: ReleaseFile | null;
  /** The release this commit replaced (the previous event's), null for the first. */
  before: ReleaseFile | null;
  request?: RequestEvidence;
}

export interface EnvironmentEvidence {
  environment: string;
  /** What runs there now (null: never released or removed). */
  release: ReleaseFile | null;
  history: ReleaseEvent[];
}

export interface ModelEvidence {
  name: string;
  file: ModelFile;
  /** Every version, oldest registration first. */
  versions: VersionRecord[];
  /** One per environment of dhow.yaml, in promotion order. */
  environments: EnvironmentEvidence[];
  /** Gate evidence files by version, then environment (gates/<env>/<model>/<version>.yaml); absent ones left out. */
  gates: Record<string, Record<string, GateEvidenceFile>>;
}

export interface RegistrySnapshot {
  /** The commit every read was pinned to. */
  commit: string;
  config: RegistryConfig;
  models: ModelEvidence[];
}

export interface SnapshotOptions {
  /** Only this model (default: every model). */
  model?: string;
  /** Only this environment (default: every environment of dhow.yaml). */
  environment?: string;
}

/**
 * Models read at once. Each costs a few short git processes per environment (log, cat-file); one model
 * after another left the 100-model registry of site.bench.ts waiting on ~900 processes in a row. A small
 * pool overlaps them (and lets reads issued together share one cat-file) while keeping the number of git
 * processes bounded (this many models x environments).
 */
const MODELS_AT_ONCE = 8;

/** Maps `items` through `work` with at most `limit` in flight, keeping their order. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Reads the snapshot at the head of the registry's default branch. */
export async function readRegistrySnapshot(forge: Forge, options: SnapshotOptions = {}): Promise<RegistrySnapshot> {
  const reader = await RegistryReader.open(forge);
  const config = await reader.config();
  const environments = config.environments.map((e) => e.name);
  if (options.environment !== undefined && !environments.includes(options.environment)) {
    throw new DhowError('not-found', `unknown environment "${options.environment}": dhow.yaml lists ${environments.join(', ')}`);
  }
  const names = options.model === undefined ? await reader.listModels() : [options.model];
  const wanted = options.environment ? [options.environment] : environments;
  const models = await inPool(names, MODELS_AT_ONCE, (name) => readModel(reader, name, wanted));
  return { commit: reader.ref, config, models };
}

async function readModel(reader: RegistryReader<Forge>, name: string, environments: string[]): Promise<ModelEvidence> {
  const file = await reader.model(name);
  if (!file) throw new DhowError('not-found', `unknown model "${name}": ${modelPath(name)} does not exist`);
  const versionNames = await reader.listVersions(name);
  const records = await reader.readMany(
    'ModelVersion',
    versionNames.map((v) => versionPath(name, v)),
  );
  const versions = records
    .filter((r): r is VersionRecord => r !== null)
    .sort((a, b) => a['created-at'].localeCompare(b['created-at']) || a.version.localeCompare(b.version));
  const [perEnvironment, evidence] = await Promise.all([
    Promise.all(environments.map((environment) => readEnvironment(reader, name, environment))),
    reader.readMany(
      'GateEvidence',
      versions.flatMap((v) => environments.map((env) => gateEvidencePath(env, name, v.version))),
    ),
  ]);
  const gates: Record<string, Record<string, GateEvidenceFile>> = {};
  versions.forEach((v, i) => {
    const byEnvironment: Record<string, GateEvidenceFile> = {};
    environments.forEach((env, j) => {
      const found = evidence[i * environments.length + j];
      if (found) byEnvironment[env] = found;
    });
    gates[v.version] = byEnvironment;
  });
  return { name, file, versions, environments: perEnvironment, gates };
}

async function readEnvironment(reader: RegistryReader<Forge>, model: string, environment: string): Promise<EnvironmentEvidence> {
  const release = await reader.release(environment, model);
  const newestFirst = await reader.releaseHistory(environment, model);
  const history: ReleaseEvent[] = [];
  let before: ReleaseFile | null = null;
  for (const entry of [...newestFirst].reverse()) {
    const id = entry.trailers[TRAILERS.request];
    const request = id === undefined ? undefined : await readRequest(reader, id, releasePath(environment, model));
    history.push({
      commit: entry.commit,
      date: entry.date,
      author: entry.author,
      subject: entry.subject,
      trailers: entry.trailers,
      release: entry.release,
      before,
      ...(request ? { request } : {}),
    });
    before = entry.release;
  }
  return { environment, release, history };
}

async function readRequest(reader: RegistryReader<Forge>, id: string, path: string): Promise<RequestEvidence> {
  const forge = reader.forge;
  const [request, reviews] = await Promise.all([forge.getRequest(id), forge.listReviews(id)]);
  // The request's own commit of the release file says when it was proposed (the forge keeps no creation time).
  const proposed = request.headSha ? (await forge.history(path, request.headSha, { limit: 1 }))[0] : undefined;
  return {
    id: request.id,
    ...(request.url ? { url: request.url } : {}),
    title: request.title,
    author: request.author,
    headSha: request.headSha,
    ...(proposed ? { proposedAt: proposed.date } : {}),
    reviews: [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)),
  };
}
