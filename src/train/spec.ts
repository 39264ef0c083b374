/**
 * The training job spec both modes share (runner and Kubernetes): what to run, on what GPU, for how
 * long, with which environment, and the policy's requirements. Keys are kebab-case, like the registry's
 * files; the action and the CLI build one of these from their inputs, and each mode reads what it needs.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DhowError, yamlSyntaxMessage } from '../errors.js';
import { Digest, GpuRequirement, Region } from '../registry/schemas.js';

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/**
 * "90s", "30m", "1h30m", "2h", "1d" or a bare number of seconds -> seconds. Returns null for anything
 * else, so callers can name the field.
 */
export function parseDurationSeconds(text: string | number): number | null {
  if (typeof text === 'number') return Number.isFinite(text) && text > 0 ? text : null;
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) > 0 ? Number(value) : null;
  if (!/^(\d+(\.\d+)?[smhd])+$/.test(value)) return null;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) {
    total += Number(amount) * UNIT_SECONDS[unit as keyof typeof UNIT_SECONDS];
  }
  return total > 0 ? total : null;
}

/** A duration as a string ("30m") or seconds, parsed to seconds. */
export const Duration = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const seconds = parseDurationSeconds(value);
  if (seconds === null) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a duration (e.g. 90s, 30m, 1h30m, or seconds)` });
    return z.NEVER;
  }
  return seconds;
});

/** Environment variable names as POSIX shells accept them. */
const EnvName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a valid environment variable name');

export const TrainingGpu = GpuRequirement.extend({
  count: z.number().int().min(0).max(64).default(0),
  /** Time-sliced (shared) GPU: the device plugin's `nvidia.com/gpu.shared` resource on Kubernetes. */
  shared: z.boolean().default(false),
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
export type TrainingGpu = z.infer<typeof TrainingGpu>;

/** What the policy demands of a training job (dhow.yaml or the gate policy can set these). */
export const TrainingPolicy = z
  .object({
    /** Refuse to start without a GPU (runner mode: nvidia-smi must list one). */
    'require-gpu': z.boolean().default(false),
    /** Kubernetes mode: the image must be pinned as name@sha256:... */
    'require-image-digest': z.boolean().default(false),
    /** Regions the job may run in (data residency); empty = anywhere. */
    'allowed-regions': z.array(z.string().min(1)).default([]),
    /** Kubernetes mode: tolerate spot/preemptible nodes. */
    'allow-spot': z.boolean().default(false),
  })
  .strict();
export type TrainingPolicy = z.infer<typeof TrainingPolicy>;

export const TrainingData = z
  .object({
    /** Where the training data is, e.g. s3://bucket/datasets/adi/2026-11/ (the residency gate checks it). */
    uri: z.string().min(1).max(2000).optional(),
    digest: Digest.optional(),
    version: z.string().min(1).max(200).optional(),
    /** The region that holds the data, when the URI alone does not say (the record's top-level `region`). */
    region: Region.optional(),
  })
  .strict();
export type TrainingData = z.infer<typeof TrainingData>;

export const TrainingJobSpec = z
  .object({
    /** A shell command line (run with `sh -c` on a runner) or an argv list. */
    command: z.union([z.string().min(1), z.array(z.string()).min(1)], {
      error: (issue) =>
        `${issue.input === undefined ? 'is missing: give ' : 'must be '}a command line (a string, quoted in YAML when it looks like a number or true/false) or a list of arguments`,
    }),
    /** Container image; required in Kubernetes mode, ignored on a runner. */
    image: z.string().min(1).optional(),
    gpu: TrainingGpu.default({ count: 0, shared: false }),
    /** Wall-clock limit; the job is stopped when it passes. Default 6h, like a GitHub-hosted job. */
    timeout: Duration.default(6 * 3600),
    env: z.record(EnvName, z.string()).default({}),
    /** Hyper-parameters, recorded in the version record and passed as DHOW_PARAM_<NAME>. */
    parameters: z.record(z.string().min(1), z.union([z.string(), z.number(), z.boolean()])).default({}),
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
    region: Region.optional(),
  })
  .strict();
export type TrainingJobSpec = z.infer<typeof TrainingJobSpec>;
export type TrainingJobSpecInput = z.input<typeof TrainingJobSpec>;

/** Parses a spec, turning the first zod issue into a DhowError that names the field (and file). */
export function parseTrainingJobSpec(raw: unknown, where: { file?: string } = {}): TrainingJobSpec {
  const result = TrainingJobSpec.safeParse(raw);
  if (result.success) return result.data;
  // A misspelt key is named before what its absence caused ("comand:" also leaves "command" missing).
  const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const parent = issue.path.map(String).join('.');
    const known = Object.keys(SPEC_KEYS[parent] ?? {});
    throw new DhowError('invalid-input', `unknown key${known.length ? `; the keys are ${known.join(', ')}` : ''}`, {
      file: where.file,
      field: [parent, issue.keys[0]].filter(Boolean).join('.'),
    });
  }
  throw new DhowError('invalid-input', issueMessage(issue), { file: where.file, field: issue.path.map(String).join('.') || undefined });
}

/** zod reports a bad record key as "Invalid key in record"; the key's own issue says what is wrong with it. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_key' && issue.issues[0]) return issue.issues[0].message;
  return issue.message;
}

/** The keys a spec may hold, by the path of the mapping that holds them. */
const SPEC_KEYS: Record<string, Record<string, unknown>> = {
  '': TrainingJobSpec.shape,
  gpu: TrainingGpu.shape,
  policy: TrainingPolicy.shape,
};

/** "K=V" pairs (from --env or an action input) -> strings, as written. */
export function parsePairs(pairs: string[], field: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new DhowError('usage', `"${pair}" is not NAME=VALUE`, { field });
    result[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return result;
}

/** "K=V" pairs (from --param or an action input) -> parameters; numbers and booleans are typed. */
export function parseParameters(pairs: string[], field = 'param'): Record<string, string | number | boolean> {
  const parameters: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(parsePairs(pairs, field))) {
    parameters[name] = value === 'true' ? true : value === 'false' ? false : /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(value) ? Number(value) : value;
  }
  return parameters;
}

/** The environment name a parameter is passed under: learning-rate -> DHOW_PARAM_LEARNING_RATE. */
export function parameterEnvName(name: string): string {
  return `DHOW_PARAM_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

/** One mapping of a spec (gpu, policy, parameters, env) with the entries of flags or inputs laid over it. */
export function overlaySpecMapping(spec: Record<string, unknown>, key: string, entries: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...((spec[key] as Record<string, unknown> | undefined) ?? {}), ...entries };
}

/**
 * A training spec file as the mapping the action's inputs or the CLI's flags are laid over; errors name the
 * file (and `field`, the input or flag that named it, when it does not exist) and the line of bad YAML.
 */
export async function readTrainingSpecFile(path: string, field?: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new DhowError('invalid-input', 'is a directory: give the training spec file (YAML)', { file: path });
    throw new DhowError('not-found', 'the training spec file does not exist', { file: path, field });
  }
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    const linePos = (error as { linePos?: [{ line: number; col: number }] }).linePos;
    throw new DhowError('invalid-input', `is not valid YAML: ${yamlSyntaxMessage(error as Error)}${linePos ? ` (column ${linePos[0].col})` : ''}`, {
      file: path,
      ...(linePos ? { line: linePos[0].line } : {}),
    });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new DhowError('invalid-input', 'must be a mapping', { file: path });
  return value as Record<string, unknown>;
}
