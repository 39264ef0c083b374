/**
 * What a training run leaves behind and how dhow checks it: `metrics.json` (schema below), the model
 * artifact (sha256 and size, streamed), and optional `parameters.json`. Shared by both training modes.
 *
 * metrics.json is one JSON object; each key is a metric name, each value either a finite number or
 * `{ "value": <number>, "steps": [{ "step": <int>, "value": <number> }, ...] }` (a curve whose final
 * value is `value`). Example: `{ "accuracy": 0.91, "loss": { "value": 0.23, "steps": [{ "step": 1, "value": 0.9 }] } }`.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { z } from 'zod';
import { DhowError, schemaError } from '../errors.js';
import { sha256File } from '../registry/digest.js';
import { jsonSyntaxMessage } from '../io/jsonl.js';

export const MetricName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_./-]{0,127}$/, 'metric names are letters, digits, "_", ".", "/" and "-"');
const FiniteNumber = z.number().refine(Number.isFinite, 'must be a finite number');

export const MetricCurve = z
  .object({
    value: FiniteNumber,
    steps: z.array(z.object({ step: z.number().int().nonnegative(), value: FiniteNumber }).strict()).default([]),
  })
  .strict();

export const MetricsFile = z.record(MetricName, z.union([FiniteNumber, MetricCurve]));
export type MetricsFile = z.infer<typeof MetricsFile>;

export const ParametersFile = z.record(z.string().min(1), z.union([z.string(), z.number(), z.boolean()]));

/** Reads and validates metrics.json; returns the flat name -> value the version record holds. */
export async function readMetrics(path: string): Promise<Record<string, number>> {
  const raw = await readJson(path, 'metrics');
  const result = MetricsFile.safeParse(raw);
  if (!result.success) {
    const hint = result.error.issues[0]!.code === 'invalid_key' ? '' : ' (each metric is a finite number or {"value": number, "steps": [...]})';
    throw schemaError(result.error.issues, { file: path, hint });
  }
  const metrics: Record<string, number> = {};
  for (const [name, value] of Object.entries(result.data)) metrics[name] = typeof value === 'number' ? value : value.value;
  if (Object.keys(metrics).length === 0) throw new DhowError('invalid-input', 'holds no metrics', { file: path });
  return metrics;
}

export async function readParameters(path: string): Promise<Record<string, string | number | boolean>> {
  const result = ParametersFile.safeParse(await readJson(path, 'parameters'));
  if (!result.success) throw schemaError(result.error.issues, { file: path, hint: ' (parameters are strings, numbers or booleans)' });
  return result.data;
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new DhowError('not-found', `the training did not write ${what} (expected ${basename(path)} in DHOW_OUTPUT_DIR)`, { file: path });
    }
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const nonFinite = /(^|[^"\w])(-?Infinity|NaN)\b/.exec(text);
    if (nonFinite) {
      const line = text.slice(0, nonFinite.index).split('\n').length;
      throw new DhowError(
        'invalid-input',
        `${nonFinite[2]} is not JSON: every metric must be a finite number (Python's json.dump writes NaN and Infinity for non-finite floats)`,
        {
          file: path,
          line,
        },
      );
    }
    throw new DhowError('invalid-input', `is not JSON: ${jsonSyntaxMessage(error)}`, { file: path });
  }
}

export interface HashedArtifact {
  path: string;
  /** "sha256:<hex>"; for a directory, the sha256 of its manifest (see hashArtifact). */
  digest: string;
  size: number;
  format?: string;
}

const FORMATS: Record<string, string> = {
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
export async function hashArtifact(path: string, field = 'artifact'): Promise<HashedArtifact> {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new DhowError('not-found', 'the training did not write its artifact', { file: path, field });
    }
    throw error;
  }
  if (info.isSymbolicLink()) throw new DhowError('invalid-input', 'the artifact is a symbolic link; write the file itself', { file: path, field });
  if (info.isFile()) {
    const { digest, size } = await sha256File(path);
    return { path, digest, size, format: FORMATS[extname(path).toLowerCase()] };
  }
  if (!info.isDirectory()) throw new DhowError('invalid-input', 'the artifact is neither a file nor a directory', { file: path, field });
  const files = await listFiles(path, path, field);
  if (files.length === 0) throw new DhowError('invalid-input', 'the artifact directory is empty', { file: path, field });
  const manifest = createHash('sha256');
  let size = 0;
  for (const file of files.sort()) {
    const hashed = await sha256File(join(path, file));
    size += hashed.size;
    manifest.update(`${hashed.digest.slice('sha256:'.length)}  ${file}\n`);
  }
  return { path, digest: `sha256:${manifest.digest('hex')}`, size, format: 'directory' };
}

async function listFiles(root: string, dir: string, field: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink()) throw new DhowError('invalid-input', 'the artifact holds a symbolic link', { file: full, field });
    if (entry.isDirectory()) out.push(...(await listFiles(root, full, field)));
    else if (entry.isFile()) out.push(relative(root, full).split('\\').join('/'));
  }
  return out;
}

/**
 * The artifact when none was named: the one `model` or `model.*` entry in the output directory.
 * `artifactOption` is how the caller's users name the artifact (the CLI: `--artifact`; the action: `input "artifact"`).
 */
export async function findDefaultArtifact(outputDir: string, artifactOption = 'the artifact option'): Promise<string> {
  let names: string[];
  try {
    names = await readdir(outputDir);
  } catch {
    throw new DhowError('not-found', 'the output directory does not exist', { file: outputDir });
  }
  const candidates = names.filter((name) => name === 'model' || name.startsWith('model.'));
  if (candidates.length === 1) return join(outputDir, candidates[0]!);
  throw new DhowError(
    'not-found',
    candidates.length === 0
      ? `the training wrote no artifact: write DHOW_OUTPUT_DIR/model (or model.<ext>), or name it with ${artifactOption}`
      : `several artifacts (${candidates.join(', ')}): name one with ${artifactOption}`,
    { file: outputDir, field: 'artifact' },
  );
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
