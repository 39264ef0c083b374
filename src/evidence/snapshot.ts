/**
 * The registry as the evidence pack and the site see it: one commit's models, versions and releases, the
 * git history of every release file and, for each promotion, the request and its reviews. This is the only
 * module of src/evidence that reads (through the Forge); everything built from it is a pure function, so the
 * same commit always gives the same evidence. A file that breaks its schema, now or in the history, or a
 * release naming a version the registry does not hold, stops the read with a DhowError naming the file:
 * nothing is built from half a registry.
 */
import { DhowError } from '../errors.js';
import type { Forge, Review } from '../forge/forge.js';
import { parseRegistryFile } from '../registry/files.js';
import { isValidName } from '../registry/names.js';
import { gateEvidencePath, modelPath, releasePath, TRAILERS, versionPath } from '../registry/paths.js';
import type { CommitInfo } from '../registry/repository.js';
import { RegistryReader, type ReleaseHistoryEntry } from '../registry/store.js';
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
  /** The message after the subject: a drift revert's report (the alert's summary) is here. */
  body: string;
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
  /** The commits that wrote each gate evidence file, oldest first, by version then environment (as `gates`). */
  gateCommits: Record<string, Record<string, string[]>>;
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
 * Requests read at once (each a few forge calls). The registry itself is read in a fixed number of passes,
 * whatever its size: one listing of models/, one batch of model files, one of version records, one of
 * gate evidence, one history of releases/ and one batch of the release files it names (where the forge
 * can: the local forge does each in one git process). Reading per model cost ~9 git processes per model.
 */
const REQUESTS_AT_ONCE = 8;

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
  const wanted = options.environment ? [options.environment] : environments;
  const layout = await listModelsAndVersions(reader, options.model);
  const names = [...layout.keys()];
  const files = await reader.readMany('Model', names.map(modelPath));
  files.forEach((file, i) => {
    if (!file) throw new DhowError('not-found', `unknown model "${names[i]}": ${modelPath(names[i]!)} does not exist`);
  });
  const versionPaths = names.flatMap((name) => layout.get(name)!.map((v) => versionPath(name, v)));
  const releasePaths = names.flatMap((name) => wanted.map((env) => releasePath(env, name)));
  const [records, current, histories, evidence] = await Promise.all([
    reader.readMany('ModelVersion', versionPaths),
    reader.readMany('Release', releasePaths),
    releaseHistories(reader, releasePaths),
    readGateEvidence(reader, names, layout, wanted),
  ]);
  const evidenceCommits = await commitsOf(reader, 'gates', [...evidence.keys()]);
  // By path, not by the record's own model field: a record sits in its model's folder.
  const byModel = new Map<string, VersionRecord[]>();
  let at = 0;
  for (const name of names) {
    const count = layout.get(name)!.length;
    byModel.set(
      name,
      records.slice(at, at + count).filter((r): r is VersionRecord => r !== null),
    );
    at += count;
  }
  const requests = await readRequests(reader, [...histories.entries()]);
  const models = names.map((name, m): ModelEvidence => {
    const versions = byModel.get(name)!.sort((a, b) => a['created-at'].localeCompare(b['created-at']) || a.version.localeCompare(b.version));
    const registered = new Set(versions.map((v) => v.version));
    const perEnvironment = wanted.map((environment, j) => {
      const path = releasePaths[m * wanted.length + j]!;
      const release = current[m * wanted.length + j] ?? null;
      // A release is evidence of what runs: one naming a version without its record would give a register
      // row, a model card and a test report about nothing. Refused, like dhow validate refuses it.
      if (release && !registered.has(release.version)) {
        throw new DhowError(
          'invalid-input',
          `names ${name} ${release.version}, which ${versionPath(name, release.version)} does not hold (run dhow validate)`,
          {
            file: path,
            field: 'version',
          },
        );
      }
      return environmentEvidence(environment, release, histories.get(path) ?? [], requests);
    });
    const gates: Record<string, Record<string, GateEvidenceFile>> = {};
    const gateCommits: Record<string, Record<string, string[]>> = {};
    for (const v of versions) {
      const byEnvironment: Record<string, GateEvidenceFile> = {};
      const commitsByEnvironment: Record<string, string[]> = {};
      for (const env of wanted) {
        const path = gateEvidencePath(env, name, v.version);
        const found = evidence.get(path);
        if (found) {
          byEnvironment[env] = found;
          commitsByEnvironment[env] = evidenceCommits.get(path) ?? [];
        }
      }
      gates[v.version] = byEnvironment;
      gateCommits[v.version] = commitsByEnvironment;
    }
    return { name, file: files[m]!, versions, environments: perEnvironment, gates, gateCommits };
  });
  return { commit: reader.ref, config, models };
}

/**
 * Each model (all, or `only`) with its version names, sorted. One listing of models/ where the forge lists
 * trees; the same names, and the same refusal of a badly named entry, as listModels and listVersions give.
 */
async function listModelsAndVersions(reader: RegistryReader<Forge>, only: string | undefined): Promise<Map<string, string[]>> {
  const layout = new Map<string, string[]>();
  if (!reader.forge.listTree) {
    for (const name of only === undefined ? await reader.listModels() : [only]) layout.set(name, await reader.listVersions(name));
    return layout;
  }
  const checked = (kind: 'model' | 'version', name: string, entry: string, file: string) => {
    if (!isValidName(kind, name)) throw new DhowError('invalid-input', `"${entry}" is not a valid ${kind} file name (run dhow validate)`, { file });
    return name;
  };
  for (const path of await reader.forge.listTree('models', reader.ref)) {
    const [, model, dir, file, ...deeper] = path.split('/');
    if (model === undefined) continue;
    checked('model', model, model, `models/${model}`);
    if (only !== undefined && model !== only) continue;
    if (!layout.has(model)) layout.set(model, []);
    if (dir === 'versions' && file !== undefined && deeper.length === 0 && file.endsWith('.yaml')) {
      layout.get(model)!.push(checked('version', file.slice(0, -'.yaml'.length), file, `models/${model}/versions/${file}`));
    }
  }
  if (only !== undefined && !layout.has(only)) layout.set(only, []);
  for (const versions of layout.values()) versions.sort();
  return new Map([...layout].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The gate evidence files of these versions in these environments, by path: only those that exist are read. */
async function readGateEvidence(
  reader: RegistryReader<Forge>,
  names: string[],
  layout: Map<string, string[]>,
  environments: string[],
): Promise<Map<string, GateEvidenceFile>> {
  let paths = names.flatMap((name) => layout.get(name)!.flatMap((v) => environments.map((env) => gateEvidencePath(env, name, v))));
  if (reader.forge.listTree) {
    const present = new Set(await reader.forge.listTree('gates', reader.ref));
    paths = paths.filter((p) => present.has(p));
  }
  const files = await reader.readMany('GateEvidence', paths);
  const out = new Map<string, GateEvidenceFile>();
  paths.forEach((p, i) => {
    if (files[i]) out.set(p, files[i]!);
  });
  return out;
}

/**
 * The history of each release file, newest first, as RegistryReader.releaseHistory gives it: from one
 * history of releases/ and one batch of reads where the forge can, one history per file otherwise.
 */
async function releaseHistories(reader: RegistryReader<Forge>, paths: string[]): Promise<Map<string, ReleaseHistoryEntry[]>> {
  const forge = reader.forge;
  const out = new Map<string, ReleaseHistoryEntry[]>();
  if (!forge.historyUnder) {
    const entries = await inPool(paths, REQUESTS_AT_ONCE, (path) => {
      const [, environment, file] = path.split('/');
      return reader.releaseHistory(environment!, file!.slice(0, -'.yaml'.length));
    });
    paths.forEach((p, i) => out.set(p, entries[i]!));
    return out;
  }
  const wanted = new Set(paths);
  const commits = wanted.size === 0 ? [] : await forge.historyUnder('releases', reader.ref);
  const reads: { path: string; commit: CommitInfo }[] = [];
  for (const commit of commits) for (const path of commit.paths) if (wanted.has(path)) reads.push({ path, commit });
  // Issued together, so the local forge answers them with one `git cat-file --batch`.
  const texts = await Promise.all(reads.map((r) => forge.readFile(r.path, r.commit.sha)));
  reads.forEach(({ path, commit: c }, i) => {
    const text = texts[i];
    const entry: ReleaseHistoryEntry = {
      commit: c.sha,
      date: c.date,
      author: c.author,
      subject: c.subject,
      body: c.body,
      trailers: c.trailers,
      ...(c.request ? { request: c.request } : {}),
      release: text == null ? null : parseRegistryFile('Release', `${path}@${c.sha.slice(0, 8)}`, text),
    };
    out.set(path, [...(out.get(path) ?? []), entry]);
  });
  return out;
}

/** The commits that changed each of `paths` (under `dir`), oldest first: one history of `dir` where the forge can. */
async function commitsOf(reader: RegistryReader<Forge>, dir: string, paths: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (paths.length === 0) return out;
  const forge = reader.forge;
  if (forge.historyUnder) {
    const wanted = new Set(paths);
    for (const commit of await forge.historyUnder(dir, reader.ref))
      for (const path of commit.paths) if (wanted.has(path)) out.set(path, [commit.sha, ...(out.get(path) ?? [])]);
    return out;
  }
  const histories = await inPool(paths, REQUESTS_AT_ONCE, (path) => forge.history(path, reader.ref));
  paths.forEach((p, i) => out.set(p, histories[i]!.map((c) => c.sha).reverse()));
  return out;
}

/** Every request a release commit names, read once each: by id. */
async function readRequests(reader: RegistryReader<Forge>, histories: [string, ReleaseHistoryEntry[]][]): Promise<Map<string, RequestEvidence>> {
  const wanted = new Map<string, string>();
  for (const [path, entries] of histories)
    for (const entry of entries) {
      const id = entry.trailers[TRAILERS.request];
      if (id !== undefined && !wanted.has(id)) wanted.set(id, path);
    }
  const ids = [...wanted.keys()].sort();
  const read = await inPool(ids, REQUESTS_AT_ONCE, (id) => readRequest(reader, id, wanted.get(id)!));
  return new Map(ids.map((id, i) => [id, read[i]!]));
}

function environmentEvidence(
  environment: string,
  release: ReleaseFile | null,
  newestFirst: ReleaseHistoryEntry[],
  requests: Map<string, RequestEvidence>,
): EnvironmentEvidence {
  const history: ReleaseEvent[] = [];
  let before: ReleaseFile | null = null;
  for (const entry of [...newestFirst].reverse()) {
    const id = entry.trailers[TRAILERS.request];
    const request = id === undefined ? undefined : requests.get(id);
    history.push({
      commit: entry.commit,
      date: entry.date,
      author: entry.author,
      subject: entry.subject,
      body: entry.body ?? '',
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
