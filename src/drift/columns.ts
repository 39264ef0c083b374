/**
 * Reading a data set (CSV or JSON Lines) into drift columns without per-row objects: numerical values go
 * into growable Float64Arrays (NaN and infinities dropped and counted), categorical values are interned
 * from their bytes and only counted. A column's kind comes from the reference (or its profile, or the
 * caller's declared kind) and never changes after: it is numerical when every non-missing reference value
 * parses as a number; a reference column that turns out not to be numerical after its numbers were kept is
 * re-read as categorical (rare: it costs one more pass over that file). A value of the current data that
 * does not parse in a numerical column is a data-quality finding (counted in `invalid`), never a reason to
 * change the column's kind: one bad cell must not turn a column categorical and look like drift.
 */
import { extname } from 'node:path';
import { stat } from 'node:fs/promises';
import { DhowError } from '../errors.js';
import { ByteInterner, mayBeMissing, readCsvFile, type CategorySink, type CsvFileOptions, type CsvParser, type CsvRecord, type NumberSink } from '../io/csv.js';
import { readJsonlFile } from '../io/jsonl.js';
import type { NumericSketch } from './sketch.js';
import type { ColumnKind } from './stattests.js';

/** A Float64Array that grows by doubling. */
export class GrowableFloat64 {
  data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
  /**
   * Makes room for `capacity` values at once (no copies while they arrive). Pages never written are never
   * touched (the allocation is zero-filled lazily), so an estimate on the high side costs address space only.
   */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Float64Array(capacity);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}

/**
 * Sketch mode's number column: values gather here (the parser's direct mode writes them in place, as into
 * a GrowableFloat64) and are folded into the sketch 65,536 at a time, so memory stays flat.
 */
export class SketchBuffer {
  data = new Float64Array(1 << 16);
  length = 0;
  constructor(readonly sketch: NumericSketch) {}
  push(v: number): void {
    if (this.length === this.data.length) this.flush();
    this.data[this.length++] = v;
  }
  flush(): void {
    this.sketch.addAll(this.data, this.length);
    this.length = 0;
  }
}

/**
 * Counts a categorical column's values as the CSV parser hands them over, hashed during the scan, in a
 * typed array of its own (`flush` adds them to the side's counts).
 */
class CategoryCounter implements CategorySink {
  private counts = new Float64Array(64);
  constructor(
    private readonly interner: ByteInterner,
    private readonly side: ColumnSide,
  ) {}
  add(bytes: Uint8Array, start: number, end: number, hash: number): boolean {
    // Possibly missing values go the slow way (the record callback checks the tokens).
    if (mayBeMissing(bytes, start, end)) return false;
    const id = this.interner.idHashed(bytes, start, end, hash);
    if (id >= this.counts.length) {
      const next = new Float64Array(Math.max(id + 1, this.counts.length * 2));
      next.set(this.counts);
      this.counts = next;
    }
    this.counts[id]!++;
    return true;
  }
  flush(): void {
    const counts = this.side.counts;
    const mine = this.counts;
    for (let id = 0; id < mine.length; id++) if (mine[id]! > 0) counts[id] = (counts[id] ?? 0) + mine[id]!;
    // Zeroed in place: a new array here would change a field V8 treats as constant in the compiled parser.
    mine.fill(0);
  }
}

/** One side (reference or current) of one column. */
export interface ColumnSide {
  /** Finite numbers, when the column is (still) numerical. */
  numbers: GrowableFloat64;
  /** Counts per interned value id, when the column is categorical. */
  counts: number[];
  /** Values dropped: missing, NaN, +-inf, and the invalid ones. */
  dropped: number;
  /** Values present but not numbers in a column whose kind is numerical (counted in `dropped` too). */
  invalid: number;
  rows: number;
  /** False when the numbers were synthesized from a profile's quantile sketch. */
  exact?: boolean;
  /** The exact population standard deviation, when a profile recorded it. */
  std?: number;
  /** The true number of values, when a profile's synthesized sample is smaller. */
  count?: number;
  /** In sketch mode (current side): numbers are folded here instead of kept in `numbers`. */
  sketch?: NumericSketch;
  /** A categorical column's interned value ids row by row (missing left out), read only for a test that permutes rows (TVD). */
  order?: Int32Array;
}

export interface ColumnState {
  name: string;
  kind: ColumnKind;
  /** True when the kind was given by the caller (no detection). */
  fixed: boolean;
  interner: ByteInterner;
  reference: ColumnSide;
  current: ColumnSide;
}

export type Side = 'reference' | 'current';

export function newSide(): ColumnSide {
  return { numbers: new GrowableFloat64(), counts: [], dropped: 0, invalid: 0, rows: 0 };
}

export type Format = 'csv' | 'jsonl';

export function formatOf(file: string): Format {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  throw new DhowError('invalid-input', `unknown data format "${ext}" (expected .csv, .tsv, .jsonl or .ndjson)`, { file });
}

export interface ReadOptions {
  onProgress?: (file: string, done: number, total: number) => void;
  csv?: CsvReading;
}

/**
 * How a CSV file's bytes reach the scanner. The defaults are the fast path; the others exist so that a
 * check can show every path gives the same columns (the scanner's direct mode against its general path,
 * at any cut of the input into chunks).
 */
export interface CsvReading {
  /** The file's bytes as these chunks instead of reading the file. */
  chunks?: (file: string) => Iterable<Buffer>;
  /** False keeps every record on the scanner's general path (no direct mode). */
  direct?: boolean;
  /** Called with each scanner made (its `directRecords` tells how many records took the direct path). */
  onParser?: (parser: CsvParser) => void;
}

/** readCsvFile's options for a file read with these settings. */
function csvFileOptions(file: string, options: ReadOptions): CsvFileOptions {
  const csv = options.csv ?? {};
  return {
    separator: extname(file).toLowerCase() === '.tsv' ? '\t' : ',',
    onProgress: options.onProgress && ((done, total) => options.onProgress!(file, done, total)),
    chunks: csv.chunks?.(file),
  };
}

/**
 * Reads one side into the column states. `columns` is created from the first file's header when empty;
 * the second file must have the same columns (in any order). Returns the reference columns that turned
 * categorical after numbers were kept (to re-read); reading the current side never changes a kind.
 */
export async function readSide(
  file: string,
  side: Side,
  columns: Map<string, ColumnState>,
  kinds: Map<string, ColumnKind>,
  options: ReadOptions = {},
): Promise<string[]> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    const why = error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message);
    throw new DhowError('not-found', `cannot read the ${side} data: ${why}`, { file, cause: error });
  });
  if (info.isDirectory()) throw new DhowError('invalid-input', `the ${side} data is a directory, not a file`, { file });
  const size = info.size;
  if (size === 0) throw new DhowError('invalid-input', `the ${side} data is empty`, { file });
  const format = formatOf(file);
  const flipped = format === 'csv' ? await readCsvSide(file, side, columns, kinds, options) : await readJsonlSide(file, side, columns, kinds, options);
  return flipped;
}

function headerColumns(file: string, side: Side, header: string[], columns: Map<string, ColumnState>, kinds: Map<string, ColumnKind>): ColumnState[] {
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw new DhowError('invalid-input', 'the column appears twice in the header', { file, field: name, line: 1 });
    seen.add(name);
  }
  if (columns.size === 0) {
    for (const name of header) {
      const kind = kinds.get(name);
      columns.set(name, { name, kind: kind ?? 'numerical', fixed: kind !== undefined, interner: new ByteInterner(), reference: newSide(), current: newSide() });
    }
  } else {
    for (const name of columns.keys()) {
      if (!seen.has(name)) throw new DhowError('invalid-input', `the column is missing from the ${side} data`, { file, field: name });
    }
    for (const name of header) {
      if (!columns.has(name)) throw new DhowError('invalid-input', `the column is only in the ${side} data`, { file, field: name });
    }
  }
  return header.map((name) => columns.get(name)!);
}

async function readCsvSide(
  file: string,
  side: Side,
  columns: Map<string, ColumnState>,
  kinds: Map<string, ColumnKind>,
  options: ReadOptions,
): Promise<string[]> {
  let order: ColumnState[] | undefined;
  let sides: ColumnSide[] = [];
  let width = 0;
  const flipped: string[] = [];
  let numeric = new Uint8Array(0);
  let rows = 0;
  let parser: CsvParser | undefined;
  let sinks: (NumberSink | undefined)[] = [];
  let categorySinks: (CategoryCounter | undefined)[] = [];
  let categorical = new Uint8Array(0);
  const size = (await stat(file)).size;
  const direct = options.csv?.direct !== false;
  await readCsvFile(
    file,
    (record: CsvRecord) => {
      if (!order) {
        const header = record.texts();
        order = headerColumns(file, side, header, columns, kinds);
        sides = order.map((c) => c[side]);
        width = header.length;
        numeric = Uint8Array.from(order.map((c) => (c.kind === 'numerical' ? 1 : 0)));
        // The parser computes these columns' numbers while scanning and pushes them straight into the
        // column (or its sketch); a column that flips is cleared from both arrays.
        sinks = order.map((c, k) => {
          if (numeric[k] !== 1) return undefined;
          const sketch = c[side].sketch;
          return sketch ? new SketchBuffer(sketch) : c[side].numbers;
        });
        parser?.expectNumbers(numeric, sinks);
        // Categorical columns are counted by the parser too (values hashed while scanned).
        categorical = Uint8Array.from(order.map((c) => (c.kind === 'categorical' ? 1 : 0)));
        categorySinks = order.map((c, k) => (categorical[k] === 1 ? new CategoryCounter(c.interner, c[side]) : undefined));
        parser?.expectCategories(categorical, categorySinks);
        // The rest of the first chunk shows how long a row is: size the number columns for the whole file
        // now, then let plain rows go straight into them (direct mode) from the first data row on.
        reserveRows(sides, numeric, size, record.bytes, record.end(width - 1));
        if (direct) directMode(parser!, sinks, categorySinks);
        return;
      }
      if (record.length !== width) {
        throw new DhowError('invalid-input', `the row has ${record.length} fields, the header has ${width}`, { file, line: record.line });
      }
      rows++;
      if (record.allTaken) return;
      for (let c = 0; c < width; c++) {
        const s = sides[c]!;
        if (numeric[c] === 1) {
          if (record.taken(c)) continue;
          const v = record.number(c);
          if (v - v === 0) {
            if (s.sketch) s.sketch.add(v);
            else s.numbers.push(v);
          } else {
            if (v !== v && !record.missing(c)) {
              const column = order[c]!;
              if (!column.fixed && side === 'reference') {
                // Not a number in the reference: the column is categorical after all; its numbers so far
                // are re-read, unless nothing was read from it yet (text from the first row on).
                column.kind = 'categorical';
                numeric[c] = 0;
                sinks[c] = undefined;
                flushSketches(sinks); // so that untouched() sees every value read so far
                if (untouched(s)) {
                  categorical[c] = 1;
                  categorySinks[c] = new CategoryCounter(column.interner, s);
                } else flipped.push(column.name);
                s.numbers = new GrowableFloat64();
                s.sketch = undefined;
                if (direct) directMode(parser!, sinks, categorySinks);
                countCategory(column, s, record, c);
                continue;
              }
              // The kind is settled (declared, or decided by the reference): a data-quality finding.
              s.invalid++;
            }
            s.dropped++;
          }
        } else if (!record.taken(c)) countCategory(order[c]!, s, record, c); // a value its counter took is counted already
      }
    },
    {
      ...csvFileOptions(file, options),
      withParser: (p) => {
        parser = p;
        options.csv?.onParser?.(p);
      },
    },
  );
  if (!order) throw new DhowError('invalid-input', `the ${side} data has no header row`, { file });
  for (const sink of categorySinks) sink?.flush();
  flushSketches(sinks);
  rows += parser!.directRecords;
  for (const s of sides) s.rows = rows;
  return flipped;
}

function flushSketches(sinks: (NumberSink | undefined)[]): void {
  for (const sink of sinks) if (sink instanceof SketchBuffer) sink.flush();
}

/**
 * Lets the parser write records straight into the columns (CsvParser.expectDirect) when every column has
 * a place to go: a number column (kept, or a sketch's buffer) or a category counter; otherwise every
 * record goes through the callback.
 */
function directMode(parser: CsvParser, sinks: (NumberSink | undefined)[], categorySinks: (CategoryCounter | undefined)[]): void {
  const numbers: (GrowableFloat64 | SketchBuffer | undefined)[] = [];
  for (let c = 0; c < sinks.length; c++) {
    const sink = sinks[c];
    if (sink !== undefined && !(sink instanceof GrowableFloat64) && !(sink instanceof SketchBuffer)) return parser.expectDirect(undefined);
    if (sink === undefined && categorySinks[c] === undefined) return parser.expectDirect(undefined);
    numbers.push(sink);
  }
  parser.expectDirect({ numbers, categories: categorySinks });
}

/** True when nothing was read into a side yet (no value, not even a missing one). */
function untouched(s: ColumnSide): boolean {
  return s.numbers.length === 0 && s.dropped === 0 && s.rows === 0 && s.counts.length === 0 && (s.sketch === undefined || s.sketch.count === 0);
}

/**
 * Sizes the numeric columns for the whole file from the rows in the rest of the first chunk (`bytes`
 * after `headerEnd`): their line ends give the length of a row. With a margin: a short estimate only means
 * the arrays grow by doubling again, as without it; a long one (line ends inside quotes) costs address
 * space only, as pages never written are never touched.
 */
function reserveRows(sides: ColumnSide[], numeric: Uint8Array, size: number, bytes: Uint8Array, headerEnd: number): void {
  const start = bytes.indexOf(0x0a, headerEnd); // the header's own line end
  if (start < 0) return;
  let rows = 0;
  let last = start;
  for (let at = bytes.indexOf(0x0a, start + 1); at >= 0; at = bytes.indexOf(0x0a, at + 1)) {
    rows++;
    last = at;
  }
  if (rows === 0) return;
  const perRow = (last - start) / rows;
  const estimate = Math.ceil(((size - start) / perRow) * 1.05) + 1024;
  for (let c = 0; c < sides.length; c++) if (numeric[c] === 1 && !sides[c]!.sketch) sides[c]!.numbers.reserve(estimate);
}

function countCategory(column: ColumnState, s: ColumnSide, record: CsvRecord, c: number): void {
  if (record.missing(c)) {
    s.dropped++;
    return;
  }
  const id = column.interner.idOfField(record, c);
  s.counts[id] = (s.counts[id] ?? 0) + 1;
}

/** Re-reads the named columns of a CSV side as categorical (after detection found text in them). */
export async function rereadCategorical(
  file: string,
  side: Side,
  names: string[],
  columns: Map<string, ColumnState>,
  options: ReadOptions = {},
): Promise<void> {
  if (formatOf(file) === 'jsonl') return rereadJsonlCategorical(file, side, names, columns);
  let indexes: number[] = [];
  let targets: ColumnState[] = [];
  let first = true;
  for (const name of names) {
    const s = columns.get(name)![side];
    s.counts = [];
    s.dropped = 0;
    s.invalid = 0;
    s.rows = 0;
    s.numbers = new GrowableFloat64();
  }
  await readCsvFile(
    file,
    (record) => {
      if (first) {
        first = false;
        const header = record.texts();
        indexes = names.map((n) => header.indexOf(n));
        targets = names.map((n) => columns.get(n)!);
        return;
      }
      for (let k = 0; k < indexes.length; k++) {
        const column = targets[k]!;
        column[side].rows++;
        countCategory(column, column[side], record, indexes[k]!);
      }
    },
    { ...csvFileOptions(file, { csv: options.csv }), withParser: options.csv?.onParser },
  );
}

/**
 * Reads the named categorical columns' values of one side again, in row order, into `order` (interned ids, the
 * same ids the counts use; missing values left out as Evidently drops them). Only TVD needs it: a second pass
 * over the file for those columns keeps the scanner's counting paths as they are.
 */
export async function readCategoricalOrder(
  file: string,
  side: Side,
  names: string[],
  columns: Map<string, ColumnState>,
  options: ReadOptions = {},
): Promise<void> {
  const targets = names.map((n) => columns.get(n)!);
  const ids = targets.map(() => new GrowableFloat64());
  if (formatOf(file) === 'jsonl') {
    await readJsonlFile(file, (value) => {
      const row = value as Record<string, unknown>;
      targets.forEach((column, k) => {
        const v = row[column.name];
        if (!isMissing(v)) ids[k]!.push(column.interner.idOfString(jsonText(v)));
      });
    });
  } else {
    let indexes: number[] | undefined;
    await readCsvFile(
      file,
      (record) => {
        if (!indexes) {
          const header = record.texts();
          indexes = names.map((n) => header.indexOf(n));
          return;
        }
        targets.forEach((column, k) => {
          const c = indexes![k]!;
          if (!record.missing(c)) ids[k]!.push(column.interner.idOfField(record, c));
        });
      },
      { ...csvFileOptions(file, { csv: options.csv }), withParser: options.csv?.onParser },
    );
  }
  targets.forEach((column, k) => (column[side].order = Int32Array.from(ids[k]!.view())));
}

// ---------------------------------------------------------------------------------------------------
// JSON Lines: one object per line; numbers (or numeric strings) are numbers, null or an absent key is missing.

function jsonNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    if (!Number.isNaN(n)) return n;
    const t = value.trim().toLowerCase();
    if (t === 'nan') return NaN;
    if (t === 'inf' || t === '+inf' || t === 'infinity') return Infinity;
    if (t === '-inf' || t === '-infinity') return -Infinity;
  }
  return undefined;
}

function jsonText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isMissing(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

async function readJsonlSide(
  file: string,
  side: Side,
  columns: Map<string, ColumnState>,
  kinds: Map<string, ColumnKind>,
  options: ReadOptions,
): Promise<string[]> {
  let order: ColumnState[] | undefined;
  const flipped: string[] = [];
  await readJsonlFile(
    file,
    (value, line) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new DhowError('invalid-input', 'each line must be a JSON object of column values', { file, line });
      }
      const row = value as Record<string, unknown>;
      if (!order) order = headerColumns(file, side, Object.keys(row), columns, kinds);
      for (const key of Object.keys(row)) {
        if (!columns.has(key)) throw new DhowError('invalid-input', `the column is only in the ${side} data`, { file, field: key, line });
      }
      for (const column of order) {
        const s = column[side];
        s.rows++;
        const v = row[column.name];
        if (isMissing(v)) {
          s.dropped++;
          continue;
        }
        if (column.kind === 'numerical') {
          const n = jsonNumber(v);
          if (n !== undefined) {
            if (!Number.isFinite(n)) s.dropped++;
            else if (s.sketch) s.sketch.add(n);
            else s.numbers.push(n);
            continue;
          }
          if (column.fixed || side === 'current') {
            // The kind is settled (declared, or decided by the reference): a data-quality finding.
            s.invalid++;
            s.dropped++;
            continue;
          }
          column.kind = 'categorical';
          flipped.push(column.name);
          s.numbers = new GrowableFloat64();
          s.sketch = undefined;
        }
        const id = column.interner.idOfString(jsonText(v));
        s.counts[id] = (s.counts[id] ?? 0) + 1;
      }
    },
    { onProgress: options.onProgress && ((done, total) => options.onProgress!(file, done, total)) },
  );
  if (!order) throw new DhowError('invalid-input', `the ${side} data has no rows`, { file });
  return flipped;
}

async function rereadJsonlCategorical(file: string, side: Side, names: string[], columns: Map<string, ColumnState>): Promise<void> {
  const targets = names.map((n) => columns.get(n)!);
  for (const t of targets) t[side] = newSide();
  await readJsonlFile(file, (value) => {
    const row = value as Record<string, unknown>;
    for (const column of targets) {
      const s = column[side];
      s.rows++;
      const v = row[column.name];
      if (isMissing(v)) {
        s.dropped++;
        continue;
      }
      const id = column.interner.idOfString(jsonText(v));
      s.counts[id] = (s.counts[id] ?? 0) + 1;
    }
  });
}
