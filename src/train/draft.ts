/**
 * The version-record draft a training run hands to `dhow register --from FILE.yaml`: the VersionRecord
 * shape of src/registry/schemas.ts, filled from the run (artifact, metrics, parameters, GPU memory,
 * duration, lineage from the GITHUB_* variables). Without a model and version it is a partial record
 * the register step completes.
 */
import { stringify } from 'yaml';
import { writeFileAtomic } from '../atomic-file.js';
import { readBoundedFile } from '../bounded-file.js';
import { DhowError, schemaError } from '../errors.js';
import { MAX_REGISTRY_FILE_BYTES, parseYamlStrictly } from '../registry/files.js';
import { API_VERSION, VersionRecord } from '../registry/schemas.js';

export interface VersionDraftInput {
  model?: string;
  version?: string;
  /** size is absent when a Kubernetes Job reports only the URI and digest. */
  artifact: { uri: string; digest: string; size?: number; format?: string; endpoint?: string; region?: string };
  metrics: Record<string, number>;
  parameters: Record<string, string | number | boolean>;
  /** The training data's lineage (uri, digest, version) and the region that holds it. */
  data?: { uri?: string; digest?: string; version?: string; region?: string };
  training: {
    mode: 'runner' | 'kubernetes';
    cluster?: string;
    region?: string;
    gpu?: { count: number; product?: string; 'mig-profile'?: string };
    peakGpuMemoryMiB?: number | null;
    durationSeconds: number;
  };
  env: NodeJS.ProcessEnv;
  now: Date;
  /** Who the record names as its creator; default $GITHUB_ACTOR, then $USER. */
  createdBy?: string;
}

/** A VersionRecord without model and version, when those are not known yet. */
export const VersionDraft = VersionRecord.partial({ model: true, version: true });
export type VersionDraft = ReturnType<typeof VersionDraft.parse>;

/** The lineage GitHub's default variables give: repository, commit, run URL and attempt. */
export function sourceFromEnv(env: NodeJS.ProcessEnv): VersionRecord['source'] {
  const source: VersionRecord['source'] = {};
  if (env.GITHUB_REPOSITORY) source.repository = env.GITHUB_REPOSITORY;
  if (env.GITHUB_SHA && /^[0-9a-f]{7,64}$/.test(env.GITHUB_SHA)) source.commit = env.GITHUB_SHA;
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    const base = `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    source['run-url'] = Number.isInteger(attempt) && attempt > 0 ? `${base}/attempts/${attempt}` : base;
  }
  if (Number.isInteger(attempt) && attempt > 0) source['run-attempt'] = attempt;
  return source;
}

export function buildVersionDraft(input: VersionDraftInput): VersionDraft {
  const training: VersionRecord['training'] = {
    mode: input.training.mode,
    'duration-seconds': Math.round(input.training.durationSeconds * 1000) / 1000,
  };
  if (input.training.cluster) training.cluster = input.training.cluster;
  if (input.training.region) training.region = input.training.region;
  if (input.training.gpu) training.gpu = input.training.gpu;
  if (input.training.peakGpuMemoryMiB !== undefined && input.training.peakGpuMemoryMiB !== null) {
    training['peak-gpu-memory-mib'] = input.training.peakGpuMemoryMiB;
  }
  const artifact: VersionRecord['artifact'] = { uri: input.artifact.uri, digest: input.artifact.digest, size: input.artifact.size };
  if (input.artifact.format) artifact.format = input.artifact.format;
  if (input.artifact.endpoint) artifact.endpoint = input.artifact.endpoint;
  if (input.artifact.region) artifact.region = input.artifact.region;
  const draft = {
    apiVersion: API_VERSION,
    kind: 'ModelVersion' as const,
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
  const parsed = (input.model && input.version ? VersionRecord : VersionDraft).safeParse(draft);
  if (!parsed.success) throw schemaError(parsed.error.issues, { what: 'the version record would be invalid' });
  return parsed.data;
}

function dataLineage(data: VersionDraftInput['data']): VersionRecord['data'] | undefined {
  if (!data) return undefined;
  const lineage: VersionRecord['data'] = {};
  if (data.uri) lineage.uri = data.uri;
  if (data.digest) lineage.digest = data.digest;
  if (data.version) lineage.version = data.version;
  return Object.keys(lineage).length > 0 ? lineage : undefined;
}

/** Writes the draft as YAML, whole or not at all. */
export async function writeVersionDraft(path: string, draft: VersionDraft): Promise<void> {
  await writeFileAtomic(path, stringify(draft, { lineWidth: 0 }));
}

/**
 * A draft file as `dhow register --from` and the register action's `version-file` take it: the mapping of
 * ModelVersion fields their flags or inputs complete. Errors name the file and `field`, what named it.
 */
export async function readVersionDraftFile(path: string, field: string): Promise<Record<string, unknown>> {
  const text = await readBoundedFile(path, MAX_REGISTRY_FILE_BYTES, 'the version record');
  // As strict as a registry file: size, UTF-8, tags, duplicate keys and aliases.
  const parsed = parseYamlStrictly(path, text);
  if (!parsed.ok) throw new DhowError('invalid-input', parsed.problems[0]!.message, { file: path, field, line: parsed.problems[0]!.line });
  const data = parsed.data;
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new DhowError('invalid-input', 'expected a mapping of ModelVersion fields', { file: path, field });
  return data as Record<string, unknown>;
}
