/**
 * Data drift, decided the way Evidently decides it: per column a statistical test chosen by
 * `_get_default_stattest` (or the one asked for), then dataset drift when the share of drifted columns
 * reaches `driftShare`. The reference is raw data (CSV or JSON Lines) or a compact profile written at
 * registration (see profile.ts). Each column's kind comes from the reference (or profile, or the caller);
 * unparsable current values are a separate data-quality finding that never counts as drift.
 * `detectDrift` is the entry point the CLI and the drift action call;
 * `renderDriftMarkdown` renders the result for a job summary.
 */
import { DhowError } from '../errors.js';
import { RefusedData } from './refused.js';
import { checkChoiceColumns, chooseTest, type ColumnChoice, type DriftTestChoice } from './choice.js';
import { readCategoricalOrder, readSide, rereadCategorical, type ColumnState, type ReadOptions } from './columns.js';
import { empiricalMmd, tvdTest } from './permutation-tests.js';
import { isProfileFile, loadProfile, profileColumnToSides, type DriftProfile } from './profile.js';
import { NumericSketch, testWeighted, weightedDefaultMethod, weightedFromSorted } from './sketch.js';
import { releaseSortScratch, sortFloat64 } from './sort.js';
import {
  THRESHOLDS,
  defaultMethod,
  distinctSortedUnion,
  isDrift,
  numericChartShares,
  populationStd,
  testCategorical,
  testNumerical,
  valueShares,
  type BinnedShares,
  type ColumnKind,
  type DriftColumnKind,
  type FrequencyTable,
  type Method,
  type TestOutcome,
} from './stattests.js';
import { readTextColumns } from './text-content-columns.js';
import { textContentDrift, TextDriftRefused, type TextMethod } from './text-content.js';

export { renderDriftMarkdown } from './report.js';
export { buildProfile, loadProfile, writeProfile, DriftProfile } from './profile.js';
export { METHODS, METHOD_RULES, type ColumnKind, type DriftColumnKind, type Method } from './stattests.js';
export type { DriftTestChoice } from './choice.js';

export const DEFAULT_DRIFT_SHARE = 0.5;
/** Below this many current values a column's result is inconclusive. */
export const DEFAULT_MIN_SAMPLE_SIZE = 30;
/** Above this share of unparsable current values in a column, the data-quality check fails. */
export const DEFAULT_MAX_INVALID_SHARE = 0.01;

/**
 * The tests and thresholds (DriftTestChoice): `method` for every column instead of Evidently's default choice,
 * `methodByKind` per kind, `methodFor` per column; thresholds likewise (default: the chosen test's own).
 */
export interface DriftOptions extends DriftTestChoice {
  /** Reference data (CSV, JSONL) or a profile JSON written by `dhow drift profile`. */
  reference: string;
  current: string;
  /** Declared kinds; 'text' (Evidently's text_features) is never detected, only declared. */
  columnTypes?: Record<string, DriftColumnKind>;
  /** Only these columns (default: all). */
  columns?: string[];
  driftShare?: number;
  minSampleSize?: number;
  /**
   * Fold the current data's numerical columns into fixed-size sketches instead of keeping every value:
   * memory stays flat at any size; results on columns with more than 2048 distinct current values become
   * approximate (marked exact: false).
   */
  sketch?: boolean;
  /** A column whose share of unparsable current values exceeds this fails the data-quality check (default 0.01). */
  maxInvalidShare?: number;
  onProgress?: ReadOptions['onProgress'];
  /** How CSV files are read (the defaults are the fast path; see CsvReading). */
  csv?: ReadOptions['csv'];
  /** How the caller's users name the options, for messages (the CLI: `--method`; an action: `input "method"`). */
  optionNames?: Partial<DriftOptionNames>;
}

/** The options' names in messages; the core's own are semantic, the edges give theirs. */
export interface DriftOptionNames {
  method: string;
  methodFor: string;
  thresholdFor: string;
  numMethod: string;
  catMethod: string;
  textMethod: string;
  columnType: string;
  driftShare: string;
  maxInvalidShare: string;
}

const SEMANTIC_NAMES: DriftOptionNames = {
  method: 'the method',
  methodFor: 'the method for a column',
  thresholdFor: 'the threshold for a column',
  numMethod: 'the method for numerical columns',
  catMethod: 'the method for categorical columns',
  textMethod: 'the method for text columns',
  columnType: 'a declared column type',
  driftShare: 'the drift share',
  maxInvalidShare: 'the maximum share of invalid values',
};

export interface DriftColumnResult {
  column: string;
  type: DriftColumnKind;
  method: Method;
  /** p-value for ks, chisquare and z; distance otherwise. null when inconclusive. */
  score: number | null;
  threshold: number;
  drifted: boolean;
  /** Too few current values to decide. */
  inconclusive: boolean;
  /** False when the score comes from a reference profile's sketch rather than the raw reference. */
  exact: boolean;
  reference_size: number;
  current_size: number;
  /** Shares per bin or value, reference and current (for the report's chart); only for drifted columns. */
  distribution?: { labels: string[]; reference: number[]; current: number[] };
  /** Text columns: the domain classifier whose ROC AUC is the score (perc: and the quantile it had to exceed). */
  domain_classifier?: { train_size: number; test_size: number; vocabulary_size: number; random_auc_quantile?: number };
}

export interface DriftResult {
  columns: DriftColumnResult[];
  drifted_columns: number;
  share: number;
  dataset_drift: boolean;
  /** True when no column could be decided (every column had too few current values). */
  inconclusive: boolean;
  drift_share: number;
  reference: { file: string; rows: number; profile: boolean };
  current: { file: string; rows: number };
  /** Methods whose results are approximate because the reference is a profile. */
  approximate_methods: Method[];
  /** Values of the current data that do not parse as their column's kind: reported, never drift. */
  data_quality: DataQuality;
}

/** One numerical column's unparsable current values. */
export interface DataQualityColumn {
  column: string;
  /** Values present but not numbers (text, a NUL byte, a comma decimal such as "0,51"). */
  invalid: number;
  /** Rows of the current data. */
  rows: number;
  /** invalid / rows (0 without rows). */
  share: number;
  /** share > max_invalid_share. */
  failed: boolean;
}

export interface DataQuality {
  max_invalid_share: number;
  /** Invalid values over every column. */
  invalid_values: number;
  /** True when some column's share of invalid values exceeds max_invalid_share. */
  failed: boolean;
  /** Every numerical column tested, in order. */
  columns: DataQualityColumn[];
}

export async function detectDrift(options: DriftOptions): Promise<DriftResult> {
  const names = { ...SEMANTIC_NAMES, ...options.optionNames };
  const driftShare = options.driftShare ?? DEFAULT_DRIFT_SHARE;
  if (!(driftShare > 0 && driftShare <= 1)) throw new DhowError('usage', `${names.driftShare} must be in (0, 1], got ${driftShare}`);
  const minSample = options.minSampleSize ?? DEFAULT_MIN_SAMPLE_SIZE;
  const declared = new Map(Object.entries(options.columnTypes ?? {}));
  // Text columns are read apart (every text kept); the numerical and categorical reader sees the other kinds.
  const textColumns = new Set([...declared].filter(([, kind]) => kind === 'text').map(([name]) => name));
  const kinds = new Map([...declared].filter((entry): entry is [string, ColumnKind] => entry[1] !== 'text'));
  const columns = new Map<string, ColumnState>();
  const readOptions: ReadOptions = { onProgress: options.onProgress, csv: options.csv };

  const profile = (await isProfileFile(options.reference)) ? await loadProfile(options.reference) : undefined;
  if (profile && textColumns.size > 0) {
    throw new DhowError('usage', `${names.columnType} declares a text column, and a profile keeps no texts; compare with the raw reference data`, {
      file: options.reference,
      field: [...textColumns][0],
    });
  }
  if (profile) {
    for (const c of profile.columns) {
      const kind = kinds.get(c.name) ?? c.type;
      if (kind !== c.type) {
        throw new DhowError('invalid-input', `the profile records the column as ${c.type}; it cannot be read as ${kind}`, {
          file: options.reference,
          field: c.name,
        });
      }
      columns.set(c.name, profileColumnToSides(c));
    }
    if (options.sketch) addSketches(columns);
    // The profile fixed every kind: text in a numerical column of the current data is counted as invalid.
    await readSide(options.current, 'current', columns, kinds, readOptions);
  } else {
    const flippedRef = await readSide(options.reference, 'reference', columns, kinds, readOptions);
    if (flippedRef.length > 0) await rereadCategorical(options.reference, 'reference', flippedRef, columns, readOptions);
    if (options.sketch) addSketches(columns);
    // Kinds are settled now: the current data only counts what does not parse (dataQuality below).
    await readSide(options.current, 'current', columns, kinds, readOptions);
  }
  for (const name of declared.keys()) {
    if (!columns.has(name)) throw new DhowError('usage', `${names.columnType} names a column that is not in the data`, { file: options.current, field: name });
  }
  checkChoiceColumns(options, (name) => columns.has(name), names, options.current);
  let selected = [...columns.values()];
  if (options.columns) {
    // A column named twice is tested once: counting it twice would skew the share of drifted columns.
    selected = [...new Set(options.columns)].map((name) => {
      const c = columns.get(name);
      if (!c) throw new DhowError('usage', 'no such column', { file: options.current, field: name });
      return c;
    });
  }

  const maxInvalidShare = options.maxInvalidShare ?? DEFAULT_MAX_INVALID_SHARE;
  if (!(maxInvalidShare >= 0 && maxInvalidShare <= 1)) throw new DhowError('usage', `${names.maxInvalidShare} must be in [0, 1], got ${maxInvalidShare}`);
  await readRowOrder(
    selected.filter((c) => !textColumns.has(c.name)),
    options,
    profile,
    names,
    readOptions,
  );
  const selectedText = selected.filter((c) => textColumns.has(c.name)).map((c) => c.name);
  const texts =
    selectedText.length > 0
      ? { reference: await readTextColumns(options.reference, selectedText), current: await readTextColumns(options.current, selectedText) }
      : undefined;
  const results = selected.map((c) =>
    textColumns.has(c.name)
      ? testTextColumn(c.name, texts!.reference.get(c.name)!, texts!.current.get(c.name)!, options, minSample, names)
      : testColumn(c, options, minSample, profile, names),
  );
  releaseSortScratch();
  const decided = results.filter((r) => !r.inconclusive);
  const drifted = decided.filter((r) => r.drifted).length;
  const share = decided.length === 0 ? 0 : drifted / results.length;
  const approximate = [...new Set(results.filter((r) => !r.exact).map((r) => r.method))];
  const first = selected[0];
  return {
    columns: results,
    drifted_columns: drifted,
    share,
    dataset_drift: decided.length > 0 && share >= driftShare,
    inconclusive: decided.length === 0,
    drift_share: driftShare,
    reference: { file: options.reference, rows: profile ? profile.rows : (first?.reference.rows ?? 0), profile: profile !== undefined },
    current: { file: options.current, rows: first?.current.rows ?? 0 },
    approximate_methods: approximate,
    data_quality: dataQuality(
      selected.filter((c) => !textColumns.has(c.name)),
      maxInvalidShare,
    ),
  };
}

/** The test a column gets when the user named one (chooseTest with this call's option names). */
function namedTest(column: ColumnState, options: DriftOptions, names: DriftOptionNames): ColumnChoice {
  return chooseTest(column.name, column.kind, options, {
    method: names.method,
    methodFor: names.methodFor,
    methodByKind: { numerical: names.numMethod, categorical: names.catMethod, text: names.textMethod },
    columnType: names.columnType,
  });
}

/** TVD permutes the rows: its columns' values are read again in row order (counting kept no order). */
async function readRowOrder(
  selected: ColumnState[],
  options: DriftOptions,
  profile: DriftProfile | undefined,
  names: DriftOptionNames,
  readOptions: ReadOptions,
): Promise<void> {
  const permuted = selected.filter((c) => c.kind === 'categorical' && namedTest(c, options, names).method === 'TVD').map((c) => c.name);
  if (permuted.length === 0) return;
  if (profile) throw new DhowError('usage', ROWS_NEEDED('TVD'), { file: options.reference, field: permuted[0] });
  await readCategoricalOrder(options.reference, 'reference', permuted, new Map(selected.map((c) => [c.name, c])), readOptions);
  await readCategoricalOrder(options.current, 'current', permuted, new Map(selected.map((c) => [c.name, c])), readOptions);
}

const ROWS_NEEDED = (method: string) => `${method} permutes the reference's rows in order; a profile keeps none: give the reference data itself`;

/**
 * The current data's values that do not parse in the numerical columns tested, per column. Kept apart from
 * the drift verdict on purpose: a broken exporter or one stray comma decimal is a data problem to fix, not
 * a reason to roll production back, so nothing here feeds `share` or `dataset_drift`.
 */
function dataQuality(selected: ColumnState[], maxInvalidShare: number): DataQuality {
  const columns: DataQualityColumn[] = [];
  let invalid = 0;
  for (const c of selected) {
    if (c.kind !== 'numerical') continue;
    const s = c.current;
    const share = s.rows === 0 ? 0 : s.invalid / s.rows;
    invalid += s.invalid;
    columns.push({ column: c.name, invalid: s.invalid, rows: s.rows, share, failed: share > maxInvalidShare });
  }
  return { max_invalid_share: maxInvalidShare, invalid_values: invalid, failed: columns.some((c) => c.failed), columns };
}

function testColumn(
  column: ColumnState,
  options: DriftOptions,
  minSample: number,
  profile: DriftProfile | undefined,
  names: DriftOptionNames,
): DriftColumnResult {
  const kind = column.kind;
  const chosen = namedTest(column, options, names);
  if (kind === 'categorical') {
    const table = frequencyTable(column);
    const base = { column: column.name, type: kind, reference_size: table.referenceTotal, current_size: table.currentTotal };
    if (table.referenceTotal === 0)
      throw new DhowError('invalid-input', 'the reference has no values in this column', { file: options.reference, field: column.name });
    let distinct = 0;
    for (let i = 0; i < table.keys.length; i++) if (table.reference[i]! > 0 || table.current[i]! > 0) distinct++;
    const method = chosen.method ?? defaultMethod(kind, table.referenceTotal, distinct);
    const threshold = chosen.threshold ?? THRESHOLDS[method];
    if (table.currentTotal < Math.max(1, minSample)) return { ...base, method, score: null, threshold, drifted: false, inconclusive: true, exact: true };
    const test = method === 'TVD' ? () => tvdOutcome(column, table) : () => testCategorical(method, table);
    return finish(base, refusing(column.name, options, test), threshold, true);
  }
  if (column.current.sketch) return testSketchedColumn(column, chosen, options, minSample, profile);
  const ref = column.reference.numbers.view();
  const cur = column.current.numbers.view();
  const refCount = column.reference.count ?? ref.length;
  const base = { column: column.name, type: kind, reference_size: refCount, current_size: cur.length };
  if (ref.length === 0)
    throw new DhowError('invalid-input', 'the reference has no numeric values in this column', { file: options.reference, field: column.name });
  // empirical_mmd permutes the rows in file order: keep that order before sorting.
  let inOrder: [Float64Array, Float64Array] | undefined;
  if (chosen.method === 'empirical_mmd') {
    if (profile) throw new DhowError('usage', ROWS_NEEDED('empirical_mmd'), { file: options.reference, field: column.name });
    inOrder = [ref.slice(), cur.slice()];
  }
  sortFloat64(ref);
  sortFloat64(cur);
  const distinct = distinctSortedUnion(ref, cur, 6);
  const method = chosen.method ?? defaultMethod(kind, refCount, distinct);
  const threshold = chosen.threshold ?? THRESHOLDS[method];
  if (cur.length < Math.max(1, minSample)) return { ...base, method, score: null, threshold, drifted: false, inconclusive: true, exact: true };
  const outcome = refusing(column.name, options, () =>
    inOrder ? mmdOutcome(inOrder[0], inOrder[1], ref, cur) : testNumerical(method, ref, cur, column.reference.std, refCount),
  );
  return finish(base, outcome, threshold, !(profile && column.reference.exact === false));
}

/** TVD on the rows in order, as indexes into the table's sorted keys. */
function tvdOutcome(column: ColumnState, table: FrequencyTable): TestOutcome {
  const keyOf = new Map(table.keys.map((k, i) => [k, i]));
  const values = column.interner.values;
  const indexes = (ids: Int32Array | undefined) => Int32Array.from(ids ?? [], (id) => keyOf.get(values[id]!)!);
  const score = tvdTest(indexes(column.reference.order), indexes(column.current.order), table.keys.length);
  return { method: 'TVD', score, exact: true, shares: valueShares(table) };
}

/** empirical_mmd on the rows in order; the chart's shares from the sorted samples, as for the other tests. */
function mmdOutcome(reference: Float64Array, current: Float64Array, sortedRef: Float64Array, sortedCur: Float64Array): TestOutcome {
  const { pvalue } = empiricalMmd(reference, current);
  let shares: BinnedShares | undefined;
  return {
    method: 'empirical_mmd',
    score: pvalue,
    exact: true,
    get shares() {
      return (shares ??= numericChartShares(sortedRef, sortedCur));
    },
  };
}

/**
 * A text column: Evidently's text-content drift, perc_text_content_drift by default (abs_ when the reference holds
 * more than 1000 texts, as _get_default_stattest chooses), on the texts that are not missing.
 */
function testTextColumn(
  column: string,
  reference: string[],
  current: string[],
  options: DriftOptions,
  minSample: number,
  names: DriftOptionNames,
): DriftColumnResult {
  const chosen = chooseTest(column, 'text', options, {
    method: names.method,
    methodFor: names.methodFor,
    methodByKind: { numerical: names.numMethod, categorical: names.catMethod, text: names.textMethod },
    columnType: names.columnType,
  });
  const method = (chosen.method ?? (reference.length > 1000 ? 'abs_text_content_drift' : 'perc_text_content_drift')) as TextMethod;
  const threshold = chosen.threshold ?? THRESHOLDS[method];
  const sizes = { reference_size: reference.length, current_size: current.length };
  if (reference.length === 0) throw new DhowError('invalid-input', 'the reference has no texts in this column', { file: options.reference, field: column });
  if (current.length < Math.max(1, minSample)) {
    return { column, type: 'text', method, score: null, threshold, drifted: false, inconclusive: true, exact: true, ...sizes };
  }
  try {
    const outcome = textContentDrift(reference, current, method, threshold);
    const classifier = { train_size: outcome.train_size, test_size: outcome.test_size, vocabulary_size: outcome.vocabulary_size };
    return {
      ...{ column, type: 'text', method, score: outcome.score, threshold, drifted: outcome.drifted, inconclusive: false, exact: true, ...sizes },
      domain_classifier: outcome.random_auc_quantile === undefined ? classifier : { ...classifier, random_auc_quantile: outcome.random_auc_quantile },
    };
  } catch (error) {
    if (error instanceof TextDriftRefused) throw new DhowError('invalid-input', error.message, { file: options.current, field: column });
    throw error;
  }
}

/** Sketch mode: every numerical column of the current data gets a sketch over the reference's range. */
function addSketches(columns: Map<string, ColumnState>): void {
  for (const column of columns.values()) {
    if (column.kind !== 'numerical') continue;
    const ref = column.reference.numbers.view();
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < ref.length; i++) {
      const v = ref[i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    column.current.sketch = ref.length > 0 ? new NumericSketch(lo, hi) : new NumericSketch(0, 1);
  }
}

function testSketchedColumn(
  column: ColumnState,
  chosen: ColumnChoice,
  options: DriftOptions,
  minSample: number,
  profile: DriftProfile | undefined,
): DriftColumnResult {
  const sketch = column.current.sketch!;
  const ref = sortFloat64(column.reference.numbers.view());
  const refCount = column.reference.count ?? ref.length;
  const base = { column: column.name, type: column.kind, reference_size: refCount, current_size: sketch.count };
  if (ref.length === 0)
    throw new DhowError('invalid-input', 'the reference has no numeric values in this column', { file: options.reference, field: column.name });
  const reference = weightedFromSorted(ref);
  reference.total = refCount;
  if (refCount !== ref.length) {
    // A profile's synthesized sample stands for refCount values.
    const scale = refCount / ref.length;
    for (let i = 0; i < reference.weights.length; i++) reference.weights[i] = reference.weights[i]! * scale;
    reference.exact = false;
  }
  const current = sketch.points();
  if (chosen.method !== undefined && !SKETCH_METHODS.includes(chosen.method)) {
    throw new DhowError('usage', `${chosen.method} needs every current value; with --sketch only ${SKETCH_METHODS.join(', ')} can test a numerical column`, {
      field: column.name,
    });
  }
  const method = chosen.method ?? (current.total === 0 ? defaultMethod('numerical', refCount, 6) : weightedDefaultMethod(reference, current));
  const threshold = chosen.threshold ?? THRESHOLDS[method];
  if (sketch.count < Math.max(1, minSample)) return { ...base, method, score: null, threshold, drifted: false, inconclusive: true, exact: true };
  const outcome = testWeighted(method, reference, current, column.reference.std ?? populationStd(ref));
  return finish(base, outcome, threshold, outcome.exactData && !(profile && column.reference.exact === false));
}

/** What a sketch of the current data can be tested with when named (testWeighted; chisquare and z only by default). */
const SKETCH_METHODS: readonly Method[] = ['ks', 'wasserstein', 'jensenshannon', 'psi'];

/** A test that refuses the data (as scipy or Evidently would raise) becomes a DhowError naming the column. */
function refusing(column: string, options: DriftOptions, test: () => TestOutcome): TestOutcome {
  try {
    return test();
  } catch (error) {
    if (error instanceof RefusedData) throw new DhowError('invalid-input', error.message, { file: options.current, field: column });
    throw error;
  }
}

function finish(
  base: Omit<DriftColumnResult, 'method' | 'score' | 'threshold' | 'drifted' | 'inconclusive' | 'exact'>,
  outcome: TestOutcome,
  threshold: number,
  exact: boolean,
): DriftColumnResult {
  const drifted = isDrift(outcome.method, outcome.score, threshold);
  const result: DriftColumnResult = {
    ...base,
    method: outcome.method,
    score: outcome.score,
    threshold,
    drifted,
    inconclusive: false,
    exact: exact && outcome.exact,
  };
  if (drifted) result.distribution = chartData(outcome.shares);
  return result;
}

/** At most 30 bars: the largest shares (categorical) or merged neighbouring bins (numerical). */
function chartData(shares: BinnedShares): { labels: string[]; reference: number[]; current: number[] } {
  const n = shares.labels.length;
  const limit = 30;
  if (n <= limit) return { labels: shares.labels, reference: [...shares.reference], current: [...shares.current] };
  if (!shares.edges) {
    const order = [...Array(n).keys()]
      .sort((a, b) => Math.max(shares.reference[b]!, shares.current[b]!) - Math.max(shares.reference[a]!, shares.current[a]!))
      .slice(0, limit - 1);
    const labels = order.map((i) => shares.labels[i]!);
    const reference = order.map((i) => shares.reference[i]!);
    const current = order.map((i) => shares.current[i]!);
    labels.push('(other)');
    reference.push(1 - reference.reduce((a, b) => a + b, 0));
    current.push(1 - current.reduce((a, b) => a + b, 0));
    return { labels, reference, current };
  }
  const group = Math.ceil(n / limit);
  const labels: string[] = [];
  const reference: number[] = [];
  const current: number[] = [];
  for (let i = 0; i < n; i += group) {
    labels.push(shares.labels[i]!);
    let r = 0;
    let c = 0;
    for (let k = i; k < Math.min(n, i + group); k++) {
      r += shares.reference[k]!;
      c += shares.current[k]!;
    }
    reference.push(r);
    current.push(c);
  }
  return { labels, reference, current };
}

function frequencyTable(column: ColumnState): FrequencyTable {
  const values = column.interner.values;
  const ids = [...values.keys()].sort((a, b) => (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : 0));
  const reference = new Float64Array(ids.length);
  const current = new Float64Array(ids.length);
  let rt = 0;
  let ct = 0;
  ids.forEach((id, k) => {
    reference[k] = column.reference.counts[id] ?? 0;
    current[k] = column.current.counts[id] ?? 0;
    rt += reference[k]!;
    ct += current[k]!;
  });
  return { keys: ids.map((id) => values[id]!), reference, current, referenceTotal: rt, currentTotal: ct };
}
