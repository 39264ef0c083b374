/**
 * The reference profile: a compact JSON written when a version is registered, so the raw training data
 * never has to reach a runner. Per numerical column it keeps the count, min, max, mean, the exact
 * population standard deviation and either every distinct value with its count (at most 20 distinct
 * values: every test stays exact) or 1001 quantiles (a sketch: ks, wasserstein and binned psi /
 * jensenshannon become approximate). Per categorical column it keeps every value's count (exact).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { DhowError } from '../errors.js';
import { ByteInterner } from '../io/csv.js';
import { GrowableFloat64, newSide, readSide, rereadCategorical, type ColumnState, type ReadOptions } from './columns.js';
import { sortFloat64 } from './sort.js';
import { distinctSorted, populationStd, type ColumnKind, type Method } from './stattests.js';
import { jsonSyntaxMessage } from '../io/jsonl.js';

export const PROFILE_VERSION = 1;
/** Quantile points kept per numerical column with more than MAX_EXACT_VALUES distinct values. */
export const PROFILE_QUANTILES = 1000;
export const MAX_EXACT_VALUES = 20;
/** The synthesized reference sample is at most this long. */
const MAX_SYNTHETIC = 100_000;

/** Methods whose results are approximate when the reference is a sketched (quantile) profile column. */
export const APPROXIMATE_WITH_SKETCH: Method[] = ['ks', 'wasserstein', 'jensenshannon', 'psi', 'chisquare', 'z'];

const count = z.number().int().nonnegative();

const NumericalColumn = z
  .object({
    name: z.string().min(1),
    type: z.literal('numerical'),
    count,
    dropped: count,
    min: z.number(),
    max: z.number(),
    mean: z.number(),
    std: z.number().nonnegative(),
    /** Every distinct value and its count, when there are at most 20. */
    values: z.array(z.tuple([z.number(), z.number().int().positive()])).optional(),
    /** Quantiles at 0, 1/1000, ..., 1 (numpy's linear interpolation), when there are more. */
    quantiles: z.array(z.number()).min(2).optional(),
  })
  .strict()
  .refine((c) => (c.values === undefined) !== (c.quantiles === undefined), { message: 'a numerical column has either values or quantiles' });

const CategoricalColumn = z
  .object({
    name: z.string().min(1),
    type: z.literal('categorical'),
    count,
    dropped: count,
    counts: z.record(z.string(), z.number().int().positive()),
  })
  .strict();

export const DriftProfile = z
  .object({
    apiVersion: z.literal('dhow.dev/v1'),
    kind: z.literal('DriftProfile'),
    'profile-version': z.literal(PROFILE_VERSION),
    source: z.string(),
    rows: count,
    'created-at': z.string(),
    columns: z.array(z.union([NumericalColumn, CategoricalColumn])).min(1),
  })
  .strict();
export type DriftProfile = z.infer<typeof DriftProfile>;
export type ProfileColumn = DriftProfile['columns'][number];

/** A .json file whose kind is DriftProfile. */
export async function isProfileFile(path: string): Promise<boolean> {
  if (extname(path).toLowerCase() !== '.json') return false;
  return true;
}

export async function loadProfile(path: string): Promise<DriftProfile> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code)
      throw new DhowError('not-found', `cannot read the profile: ${(error as NodeJS.ErrnoException).code}`, { file: path, cause: error });
    throw new DhowError('invalid-input', `the profile is not valid JSON: ${jsonSyntaxMessage(error)}`, { file: path, cause: error });
  }
  const parsed = DriftProfile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DhowError('invalid-input', `not a drift profile: ${issue.message}`, { file: path, field: issue.path.join('.') || undefined });
  }
  return parsed.data;
}

export interface ProfileOptions extends ReadOptions {
  input: string;
  columnTypes?: Record<string, ColumnKind>;
  now?: Date;
}

/** Builds the profile of a data set. */
export async function buildProfile(options: ProfileOptions): Promise<DriftProfile> {
  const columns = new Map<string, ColumnState>();
  const kinds = new Map(Object.entries(options.columnTypes ?? {}));
  const flipped = await readSide(options.input, 'reference', columns, kinds, options);
  if (flipped.length > 0) await rereadCategorical(options.input, 'reference', flipped, columns, options);
  let rows = 0;
  const out: ProfileColumn[] = [];
  for (const column of columns.values()) {
    const side = column.reference;
    rows = side.rows;
    if (column.kind === 'categorical') {
      const counts: Record<string, number> = {};
      column.interner.values.forEach((value, id) => {
        const c = side.counts[id] ?? 0;
        if (c > 0) counts[value] = c;
      });
      out.push({ name: column.name, type: 'categorical', count: side.rows - side.dropped, dropped: side.dropped, counts });
      continue;
    }
    const values = sortFloat64(side.numbers.view());
    if (values.length === 0) throw new DhowError('invalid-input', 'the column has no numeric values', { file: options.input, field: column.name });
    let sum = 0;
    for (const v of values) sum += v;
    const entry = {
      name: column.name,
      type: 'numerical' as const,
      count: values.length,
      dropped: side.dropped,
      min: values[0]!,
      max: values.at(-1)!,
      mean: sum / values.length,
      std: populationStd(values),
    };
    if (distinctSorted(values, MAX_EXACT_VALUES + 1) <= MAX_EXACT_VALUES) {
      const pairs: [number, number][] = [];
      for (let i = 0; i < values.length;) {
        let j = i;
        while (j < values.length && values[j] === values[i]) j++;
        pairs.push([values[i]!, j - i]);
        i = j;
      }
      out.push({ ...entry, values: pairs });
    } else {
      const quantiles: number[] = [];
      for (let k = 0; k <= PROFILE_QUANTILES; k++) quantiles.push(quantileSorted(values, k / PROFILE_QUANTILES));
      out.push({ ...entry, quantiles });
    }
  }
  return {
    apiVersion: 'dhow.dev/v1',
    kind: 'DriftProfile',
    'profile-version': PROFILE_VERSION,
    source: options.input,
    rows,
    'created-at': (options.now ?? new Date()).toISOString(),
    columns: out,
  };
}

/** Writes a profile atomically (temporary file, then rename). */
export async function writeProfile(path: string, profile: DriftProfile): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(profile)}\n`);
  await rename(tmp, path);
}

/** numpy.quantile(values, p) with the default linear method, on a sorted sample. */
export function quantileSorted(values: Float64Array, p: number): number {
  const h = (values.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, values.length - 1);
  return values[lo]! + (h - lo) * (values[hi]! - values[lo]!);
}

/** The reference side of a column rebuilt from its profile entry. */
export function profileColumnToSides(c: ProfileColumn): ColumnState {
  const interner = new ByteInterner();
  const reference = newSide();
  reference.rows = c.count + c.dropped;
  reference.dropped = c.dropped;
  if (c.type === 'categorical') {
    for (const [value, n] of Object.entries(c.counts)) {
      const id = interner.idOfString(value);
      reference.counts[id] = n;
    }
    return { name: c.name, kind: 'categorical', fixed: true, interner, reference, current: newSide() };
  }
  reference.std = c.std;
  reference.count = c.count;
  const numbers = new GrowableFloat64();
  if (c.values) {
    for (const [value, n] of c.values) for (let k = 0; k < n; k++) numbers.push(value);
    reference.exact = true;
  } else {
    const q = c.quantiles!;
    const size = Math.max(2, Math.min(c.count, MAX_SYNTHETIC));
    const segments = q.length - 1;
    for (let j = 0; j < size; j++) {
      const t = (j / (size - 1)) * segments;
      const k = Math.min(Math.floor(t), segments - 1);
      numbers.push(q[k]! + (t - k) * (q[k + 1]! - q[k]!));
    }
    reference.exact = false;
  }
  reference.numbers = numbers;
  return { name: c.name, kind: 'numerical', fixed: true, interner, reference, current: newSide() };
}
