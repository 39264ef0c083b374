/**
 * Reading the registry at one commit, and registering versions. A RegistryReader pins a commit when it
 * is created, so everything it returns is one consistent snapshot, and it reads only what is asked for:
 * `dhow status` reads dhow.yaml and the release files, never the version records.
 */
import { DhowError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { parseRegistryFile, serializeRegistryFile, validateRegistryObject, type FileKindTypes } from './files.js';
import { decideGateEvidence } from './gate-evidence.js';
import { assertName, isValidName, kubernetesName, kubernetesNameTakenBy } from './names.js';
import { CONFIG_PATH, gateEvidencePath, modelPath, profilePath, releasePath, releasesDir, versionPath, versionsDir, TRAILERS } from './paths.js';
import { checkProfileText, decideProfile } from './profile-file.js';
import {
  API_VERSION,
  type FileKind,
  type GateAttempt,
  type GateEvidenceFile,
  type ModelFile,
  type RegistryConfig,
  type ReleaseFile,
  type VersionRecord,
} from './schemas.js';
import type { RegistryRepository, RegistrySource } from './repository.js';

/** A past state of a release file: the commit that wrote it and what it said. */
export interface ReleaseHistoryEntry {
  commit: string;
  date: string;
  author: string;
  subject: string;
  /** The commit message after its subject (a drift revert's report), trailers included. */
  body?: string;
  trailers: Record<string, string>;
  /** The merged pull request that brought it, where the forge knows (github). */
  request?: { id: string; mergedBy: string; mergeSha: string };
  /** The release as that commit left it; null when the commit removed the file. */
  release: ReleaseFile | null;
}

/**
 * `S` is what the reader was opened on: any RegistrySource; a use case that opened it on a Forge gets the
 * Forge back as `reader.forge` (a RegistryReader<Forge>).
 */
export class RegistryReader<S extends RegistrySource = RegistrySource> {
  private configCache: Promise<RegistryConfig> | undefined;

  /** `ref` should be a commit id, so every read sees the same snapshot (see RegistryReader.open). */
  constructor(
    readonly forge: S,
    readonly ref: string,
  ) {}

  /** A reader pinned to the current head of `branch` (default: the registry's default branch). */
  static async open<S extends RegistrySource>(forge: S, branch?: string): Promise<RegistryReader<S>> {
    const name = branch ?? (await forge.defaultBranch());
    const head = await forge.branchHead(name);
    if (!head) throw new DhowError('not-found', `${forge.description} has no branch ${name}: is it a dhow registry? ("dhow init" creates one)`);
    return new RegistryReader(forge, head);
  }

  config(): Promise<RegistryConfig> {
    this.configCache ??= this.read('Registry', CONFIG_PATH).then((config) => {
      if (!config) throw new DhowError('not-found', `${CONFIG_PATH} is missing in ${this.forge.description}: is it a dhow registry? ("dhow init" creates one)`);
      return config;
    });
    return this.configCache;
  }

  model(model: string): Promise<ModelFile | null> {
    return this.read('Model', modelPath(model));
  }

  version(model: string, version: string): Promise<VersionRecord | null> {
    return this.read('ModelVersion', versionPath(model, version));
  }

  release(environment: string, model: string): Promise<ReleaseFile | null> {
    return this.read('Release', releasePath(environment, model));
  }

  /** The gate evidence of a version in one environment (gates/<env>/<model>/<version>.yaml). */
  gateEvidence(environment: string, model: string, version: string): Promise<GateEvidenceFile | null> {
    return this.read('GateEvidence', gateEvidencePath(environment, model, version));
  }

  /** The gate evidence of a version in each of `environments` that has some, read in one batch. */
  async gateEvidenceByEnvironment(model: string, version: string, environments: string[]): Promise<Record<string, GateEvidenceFile>> {
    const files = await this.readMany(
      'GateEvidence',
      environments.map((env) => gateEvidencePath(env, model, version)),
    );
    const out: Record<string, GateEvidenceFile> = {};
    environments.forEach((env, i) => {
      if (files[i]) out[env] = files[i]!;
    });
    return out;
  }

  /** A file's text at this snapshot, unparsed (a gate policy that dhow.yaml names); null when absent. */
  readText(path: string): Promise<string | null> {
    return this.forge.readFile(path, this.ref);
  }

  async listModels(): Promise<string[]> {
    return this.names('models', '', 'model');
  }

  async listVersions(model: string): Promise<string[]> {
    return this.names(versionsDir(model), '.yaml', 'version');
  }

  /** Every release file, of one environment or of every environment dhow.yaml lists (in its order). */
  async listReleases(environment?: string): Promise<ReleaseFile[]> {
    const environments = environment ? [environment] : (await this.config()).environments.map((e) => e.name);
    const perEnvironment =
      this.forge.listTree && environments.length > 1
        ? await this.releaseEntriesFromTree(environments)
        : await Promise.all(environments.map(async (env) => this.forge.listDirectory(releasesDir(env), this.ref)));
    const paths = environments.flatMap((env, i) => this.namesOf(releasesDir(env), perEnvironment[i]!, '.yaml', 'model').map((m) => releasePath(env, m)));
    return (await this.readMany('Release', paths)).filter((r): r is ReleaseFile => r !== null);
  }

  /** The releases of a model in an environment, newest first, from the history of its release file. */
  async releaseHistory(environment: string, model: string, options: { limit?: number } = {}): Promise<ReleaseHistoryEntry[]> {
    const path = releasePath(environment, model);
    const commits = await this.forge.history(path, this.ref, options);
    const texts = await Promise.all(commits.map((c) => this.forge.readFile(path, c.sha)));
    return commits.map((c, i) => ({
      commit: c.sha,
      date: c.date,
      author: c.author,
      subject: c.subject,
      body: c.body,
      trailers: c.trailers,
      ...(c.request ? { request: c.request } : {}),
      release: texts[i] == null ? null : parseRegistryFile('Release', `${path}@${c.sha.slice(0, 8)}`, texts[i]!),
    }));
  }

  /** Files directly under a registry directory (for deploy/<env>/<model>/). */
  async listFiles(dir: string): Promise<string[]> {
    return this.forge.listDirectory(dir, this.ref);
  }

  /** Reads and validates one file; null when absent. */
  async read<K extends FileKind>(kind: K, path: string): Promise<FileKindTypes[K] | null> {
    const text = await this.forge.readFile(path, this.ref);
    return text === null ? null : parseRegistryFile(kind, path, text);
  }

  async readMany<K extends FileKind>(kind: K, paths: string[]): Promise<(FileKindTypes[K] | null)[]> {
    const texts = this.forge.readFiles ? await this.forge.readFiles(paths, this.ref) : await Promise.all(paths.map((p) => this.forge.readFile(p, this.ref)));
    return texts.map((text, i) => (text == null ? null : parseRegistryFile(kind, paths[i]!, text)));
  }

  /**
   * The entries directly under each environment's releases directory, as listDirectory gives them, from one
   * listing of releases/ (one git process where the forge lists trees, not one per environment): a path
   * deeper than releases/<env>/<entry> counts as its <entry>, once, as a directory does there.
   */
  private async releaseEntriesFromTree(environments: string[]): Promise<string[][]> {
    const byDir = new Map(environments.map((env) => [`${releasesDir(env)}/`, new Set<string>()]));
    for (const path of await this.forge.listTree!('releases', this.ref)) {
      const slash = path.indexOf('/', 'releases/'.length);
      const entries = slash < 0 ? undefined : byDir.get(path.slice(0, slash + 1));
      if (entries) entries.add(path.slice(slash + 1).split('/')[0]!);
    }
    return environments.map((env) => [...byDir.get(`${releasesDir(env)}/`)!]);
  }

  private async names(dir: string, suffix: string, kind: 'model' | 'version'): Promise<string[]> {
    return this.namesOf(dir, await this.forge.listDirectory(dir, this.ref), suffix, kind);
  }

  private namesOf(dir: string, entries: string[], suffix: string, kind: 'model' | 'version'): string[] {
    const names: string[] = [];
    for (const entry of entries) {
      if (!entry.endsWith(suffix)) continue;
      const name = suffix ? entry.slice(0, -suffix.length) : entry;
      if (!isValidName(kind, name)) {
        throw new DhowError('invalid-input', `"${entry}" is not a valid ${kind} file name (run dhow validate)`, { file: `${dir}/${entry}` });
      }
      names.push(name);
    }
    return names.sort();
  }
}

export interface RegisterOptions {
  logger?: Logger;
  /** Who registers (the model file's first owner when the model is new). */
  by?: string;
  /** Attempts on a lost compare-and-swap race before giving up (default 10). */
  attempts?: number;
  /** Gate results for one environment, recorded as its evidence in the same commit as the version. */
  evidence?: { environment: string; attempt: GateAttempt };
  /**
   * The version's reference profile (a DriftProfile's JSON text) for drift checks, written with the version
   * to models/<model>/profiles/<version>.json (profile-file.ts); `file` names it in messages.
   */
  profile?: { text: string; file: string };
}

export interface EvidenceResult {
  /** `recorded`: a first attempt or one more was written; `unchanged`: nothing new to record. */
  operation: 'recorded' | 'unchanged';
  path: string;
  message: string;
}

export interface RegisterResult {
  /** `created`: written now; `unchanged`: an identical record was already there. */
  operation: 'created' | 'unchanged';
  path: string;
  commit: string;
  modelCreated: boolean;
  /** What became of the reference profile, when one was given. */
  profile?: { operation: 'recorded' | 'unchanged'; path: string };
  /** What became of the environment's gate evidence, when some was given. */
  evidence?: EvidenceResult;
}

/** The evidence file `evidence` would add to (null: none yet), read in the same round trip as `also`. */
async function readWithEvidence<T>(
  reader: RegistryReader,
  target: { model: string; version: string },
  evidence: RegisterOptions['evidence'],
  also: Promise<T>,
): Promise<[T, GateEvidenceFile | null]> {
  if (!evidence) return [await also, null];
  return Promise.all([also, reader.gateEvidence(evidence.environment, target.model, target.version)]);
}

/** A change of gate evidence to write, or none, against one snapshot; throws when the rule refuses it. */
function planEvidence(
  config: RegistryConfig,
  target: { model: string; version: string },
  evidence: RegisterOptions['evidence'],
  existing: GateEvidenceFile | null,
): { result: EvidenceResult; content: string | null } | undefined {
  if (!evidence) return undefined;
  const { environment, attempt } = evidence;
  const path = gateEvidencePath(environment, target.model, target.version);
  if (!config.environments.some((e) => e.name === environment)) {
    throw new DhowError(
      'not-found',
      `environment "${environment}" is not in ${CONFIG_PATH} (it has ${config.environments.map((e) => e.name).join(', ')}): no gate evidence is recorded for it`,
      { field: 'environment', file: CONFIG_PATH },
    );
  }
  const decision = decideGateEvidence(existing, { model: target.model, version: target.version, environment }, attempt);
  if (decision.kind === 'refused') {
    throw new DhowError('refused', `gate evidence of ${target.model} ${target.version} for ${environment} refused`, { file: path, reasons: decision.reasons });
  }
  if (decision.kind === 'unchanged') return { result: { operation: 'unchanged', path, message: decision.message }, content: null };
  return { result: { operation: 'recorded', path, message: decision.message }, content: serializeRegistryFile(decision.file) };
}

async function backoff(attempt: number): Promise<void> {
  // Exponential backoff with full jitter: a crowd of writers spreads out instead of colliding in step.
  await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 10))));
}

/**
 * Registers a version. Version records are immutable: registering identical content again is a no-op.
 * What is not compared: the registration's own `created-by`/`created-at`, the run that registered it
 * (`source.run-url`, `source.run-attempt`: promote.yml registers again from each environment's run and
 * each re-run) and, when `evidence` is given, `gates` (they then live in gates/). Different content under the
 * same version is refused. With `evidence`, the environment's gate results are recorded (gate-evidence.ts
 * decides how) in the same commit, so the version and its evidence land together or not at all. New
 * models get a model.yaml in the same commit. The commit lands with compare-and-swap on the default
 * branch and is recomputed from the new state on a lost race.
 */
export async function registerVersion(forge: RegistryRepository, record: VersionRecord, options: RegisterOptions = {}): Promise<RegisterResult> {
  const logger = options.logger ?? silentLogger;
  const path = versionPath(record.model, record.version);
  const valid = validateRegistryObject('ModelVersion', path, record);
  const content = serializeRegistryFile(valid);
  if (options.evidence) assertName('environment', options.evidence.environment, { field: 'environment' });
  const profileFile = options.profile === undefined ? undefined : profilePath(valid.model, valid.version);
  if (options.profile) {
    const [problem] = await checkProfileText(options.profile.file, options.profile.text);
    if (problem) throw new DhowError('invalid-input', problem.message, { file: problem.file, field: problem.field });
  }
  const branch = await forge.defaultBranch();
  const attempts = options.attempts ?? 40;
  for (let attempt = 1; ; attempt++) {
    const reader = await RegistryReader.open(forge, branch);
    const config = await reader.config();
    const [existing, recorded] = await readWithEvidence(reader, valid, options.evidence, reader.version(valid.model, valid.version));
    const ignoreGates = options.evidence !== undefined;
    if (existing && !sameVersionContent(existing, valid, ignoreGates)) {
      throw new DhowError(
        'refused',
        `${valid.model} ${valid.version} is already registered with different content: versions are immutable, register a new version`,
        {
          file: path,
          reasons: differences(existing, valid, ignoreGates).map((f) => `field "${f}" differs`),
        },
      );
    }
    const evidence = planEvidence(config, valid, options.evidence, recorded);
    const profile = options.profile && profileFile ? decideProfile(await reader.readText(profileFile), options.profile.text) : undefined;
    if (profile?.kind === 'refused') throw new DhowError('refused', profile.reason, { file: profileFile });
    const profileResult =
      profile && profileFile ? { profile: { operation: profile.kind === 'write' ? ('recorded' as const) : ('unchanged' as const), path: profileFile } } : {};
    if (existing) {
      logger.info(`${valid.model} ${valid.version} is already registered with identical content: nothing to do`);
      if (evidence) logger.info(evidence.result.message);
      if (!evidence?.content && profile?.kind !== 'write')
        return { operation: 'unchanged', path, commit: reader.ref, modelCreated: false, ...profileResult, ...(evidence ? { evidence: evidence.result } : {}) };
    }
    const changes = existing ? [] : [{ path, content }];
    if (evidence?.content) changes.push({ path: evidence.result.path, content: evidence.content });
    if (profile?.kind === 'write' && profileFile) changes.push({ path: profileFile, content: profile.content });
    const modelFile = existing ? null : await reader.model(valid.model);
    if (!existing && !modelFile) {
      const clash = kubernetesNameTakenBy(valid.model, await reader.listModels());
      if (clash) {
        throw new DhowError(
          'refused',
          `model "${valid.model}" would deploy as the Kubernetes object "${kubernetesName(valid.model)}", which model "${clash}" already uses: choose another name`,
          {
            field: 'model',
          },
        );
      }
      const model: ModelFile = { apiVersion: API_VERSION, kind: 'Model', name: valid.model, owners: [options.by ?? valid['created-by']], language: [] };
      changes.push({ path: modelPath(valid.model), content: serializeRegistryFile(model) });
    }
    const environment = options.evidence?.environment;
    try {
      const result = await forge.commitFiles({
        branch,
        expectedHead: reader.ref,
        changes,
        message: existing
          ? evidence?.content
            ? `Record the gate results of ${valid.model} ${valid.version} in ${environment}`
            : `Record the reference profile of ${valid.model} ${valid.version}`
          : `Register ${valid.model} ${valid.version}\n\nArtifact ${valid.artifact.uri} (${valid.artifact.digest}).`,
        trailers: {
          [TRAILERS.model]: valid.model,
          [TRAILERS.version]: valid.version,
          ...(evidence?.content && environment ? { [TRAILERS.environment]: environment } : {}),
        },
      });
      logger.debug(`registered ${valid.model} ${valid.version} (${result.sha.slice(0, 8)})`);
      return {
        operation: existing ? 'unchanged' : 'created',
        path,
        commit: result.sha,
        modelCreated: !existing && !modelFile,
        ...profileResult,
        ...(evidence ? { evidence: evidence.result } : {}),
      };
    } catch (error) {
      if (error instanceof DhowError && error.code === 'conflict' && attempt < attempts) {
        logger.debug(`registry moved while registering ${valid.model} ${valid.version}; retrying (${attempt})`);
        await backoff(attempt);
        continue;
      }
      throw error;
    }
  }
}

/**
 * Records a registered version's gate results for one environment, without registering anything: the
 * version must exist. Same rule and same compare-and-swap as registerVersion's `evidence`.
 */
export async function recordGateEvidence(
  forge: RegistryRepository,
  target: { model: string; version: string; environment: string; attempt: GateAttempt },
  options: Pick<RegisterOptions, 'logger' | 'attempts'> = {},
): Promise<EvidenceResult & { commit: string }> {
  const logger = options.logger ?? silentLogger;
  assertName('model', target.model, { field: 'model' });
  assertName('version', target.version, { field: 'version' });
  assertName('environment', target.environment, { field: 'environment' });
  const branch = await forge.defaultBranch();
  const attempts = options.attempts ?? 40;
  for (let attempt = 1; ; attempt++) {
    const reader = await RegistryReader.open(forge, branch);
    const config = await reader.config();
    const evidenceOption = { environment: target.environment, attempt: target.attempt };
    const [record, recorded] = await readWithEvidence(reader, target, evidenceOption, reader.version(target.model, target.version));
    if (!record) {
      throw new DhowError('not-found', `${target.model} ${target.version} is not registered: gate evidence is recorded only for a registered version`, {
        file: versionPath(target.model, target.version),
        field: 'version',
      });
    }
    const evidence = planEvidence(config, target, evidenceOption, recorded)!;
    logger.info(evidence.result.message);
    if (!evidence.content) return { ...evidence.result, commit: reader.ref };
    try {
      const result = await forge.commitFiles({
        branch,
        expectedHead: reader.ref,
        changes: [{ path: evidence.result.path, content: evidence.content }],
        message: `Record the gate results of ${target.model} ${target.version} in ${target.environment}`,
        trailers: { [TRAILERS.model]: target.model, [TRAILERS.version]: target.version, [TRAILERS.environment]: target.environment },
      });
      return { ...evidence.result, commit: result.sha };
    } catch (error) {
      if (error instanceof DhowError && error.code === 'conflict' && attempt < attempts) {
        await backoff(attempt);
        continue;
      }
      throw error;
    }
  }
}

/**
 * The record without what a registration may change: who and when, and the registering run. With
 * per-environment evidence also `gates`, which then live in gates/ (a version registered before with
 * its first environment's gates in the record is the same version).
 */
function withoutRegistration(record: VersionRecord, ignoreGates: boolean): Partial<VersionRecord> {
  const { ['created-at']: _at, ['created-by']: _by, gates, source, training, ...rest } = record;
  const { ['run-url']: _url, ['run-attempt']: _attempt, ...origin } = source;
  // How long this run trained and its peak GPU memory are measurements of the run, like its URL: a re-run
  // that trains again to the same artifact (same digest) registers the same version.
  const { ['duration-seconds']: _seconds, ['peak-gpu-memory-mib']: _peak, ...how } = training;
  return { ...rest, source: origin, training: how, ...(gates && !ignoreGates ? { gates } : {}) };
}

function sameVersionContent(a: VersionRecord, b: VersionRecord, ignoreGates: boolean): boolean {
  return serializeForCompare(withoutRegistration(a, ignoreGates)) === serializeForCompare(withoutRegistration(b, ignoreGates));
}

function serializeForCompare(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v,
  );
}

/** Top-level (and artifact) fields that differ, for the refusal message. */
function differences(a: VersionRecord, b: VersionRecord, ignoreGates: boolean): string[] {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out: string[] = [];
  const [left, right] = [withoutRegistration(a, ignoreGates), withoutRegistration(b, ignoreGates)];
  for (const f of [...fields].sort()) {
    const x = (left as Record<string, unknown>)[f];
    const y = (right as Record<string, unknown>)[f];
    if (serializeForCompare(x) === serializeForCompare(y)) continue;
    if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x)) {
      for (const k of [...new Set([...Object.keys(x), ...Object.keys(y as object)])].sort()) {
        if (serializeForCompare((x as Record<string, unknown>)[k]) !== serializeForCompare((y as Record<string, unknown>)[k])) out.push(`${f}.${k}`);
      }
    } else out.push(f);
  }
  return out;
}
