/**
 * The projected CSV reader for metrics that count (fairness): a sink on the one CSV scanner (CsvParser in
 * src/io/csv.ts, which owns the dialect, the line numbers, the limits and the errors) that hands on only the
 * byte ranges of the few columns asked for, by slot (their position in the request). It adds the header
 * handshake (`onHeader` names the columns wanted) and refuses a row whose field count differs from the
 * header's, naming the file and line.
 */
import { open } from 'node:fs/promises';
import { DhowError } from '../errors.js';
import { CsvParser, MAX_CSV_RECORD_BYTES, readCsvFile, type CsvRecord } from '../io/csv.js';

/** One record, valid only during the callback (reused). Ranges are by slot: the position in the asked columns. */
export class ProjectedRecord {
  line = 1;
  /** Number of fields in the record (all columns, asked for or not). */
  fields = 0;
  bytes: Buffer = Buffer.alloc(0);
  start: Int32Array;
  end: Int32Array;
  /** 1 when the field was quoted and holds doubled quotes (its bytes are not its value yet). */
  escaped: Uint8Array;

  constructor(slots: number) {
    this.start = new Int32Array(slots);
    this.end = new Int32Array(slots);
    this.escaped = new Uint8Array(slots);
  }

  /** The value of a slot as a string (UTF-8, doubled quotes undone). */
  text(slot: number): string {
    const s = this.bytes.toString('utf8', this.start[slot]!, this.end[slot]!);
    return this.escaped[slot] === 1 ? s.replaceAll('""', '"') : s;
  }
}

export interface ProjectedScanOptions {
  separator?: string;
  /** The name errors give the input. */
  file?: string;
  /** The longest record accepted, in bytes (default MAX_CSV_RECORD_BYTES). */
  maxRecordBytes?: number;
}

/**
 * The sink: turns the scanner's records into projected records. `onHeader` gets the header's names and
 * returns the column indexes wanted (slots in that order); `onRecord` gets every data record.
 */
class Projection {
  /** The header's field count; -1 until the header was read. */
  width = -1;
  private columns = new Int32Array(0);
  private record = new ProjectedRecord(0);

  constructor(
    private readonly file: string,
    private readonly onHeader: (names: string[], line: number) => number[],
    private readonly onRecord: (record: ProjectedRecord) => void,
  ) {}

  /** The scanner's callback. */
  readonly take = (record: CsvRecord): void => {
    const width = this.width;
    if (width < 0) return this.header(record);
    if (record.length !== width) {
      throw new DhowError('invalid-input', `the row has ${record.length} fields, the header has ${width}`, { file: this.file, line: record.line });
    }
    const view = this.record;
    const columns = this.columns;
    const start = view.start;
    const end = view.end;
    const escaped = view.escaped;
    const starts = record.starts;
    const ends = record.ends;
    const flags = record.flags;
    for (let slot = 0; slot < columns.length; slot++) {
      const c = columns[slot]!;
      start[slot] = starts[c]!;
      end[slot] = ends[c]!;
      escaped[slot] = flags[c]!;
    }
    view.bytes = record.bytes;
    view.line = record.line;
    view.fields = record.length;
    this.onRecord(view);
  };

  private header(record: CsvRecord): void {
    const names = record.texts();
    const wanted = this.onHeader(names, record.line);
    this.columns = Int32Array.from(wanted);
    this.record = new ProjectedRecord(wanted.length);
    this.width = names.length;
  }
}

/**
 * Push-style reader over chunks: `push` them, then `finish`. `onHeader` gets the header's names and returns
 * the column indexes wanted (slots in that order); `onRecord` gets every data record.
 */
export class ProjectedCsvScanner {
  private readonly projection: Projection;
  private readonly parser: CsvParser;

  constructor(onHeader: (names: string[], line: number) => number[], onRecord: (record: ProjectedRecord) => void, options: ProjectedScanOptions = {}) {
    this.projection = new Projection(options.file ?? '<input>', onHeader, onRecord);
    this.parser = new CsvParser(this.projection.take, options);
  }

  /** True once the header was read. */
  get started(): boolean {
    return this.projection.width >= 0;
  }

  push(chunk: Buffer): void {
    this.parser.push(chunk);
  }

  finish(): void {
    this.parser.finish();
  }
}

/** Streams a file through the projection; memory stays at two reads plus one record (see readCsvFile). */
export async function scanCsvColumns(
  path: string,
  onHeader: (names: string[], line: number) => number[],
  onRecord: (record: ProjectedRecord) => void,
  options: ProjectedScanOptions = {},
): Promise<{ headerRead: boolean }> {
  const file = options.file ?? path;
  const projection = new Projection(file, onHeader, onRecord);
  await readCsvFile(path, projection.take, { ...options, file });
  return { headerRead: projection.width >= 0 };
}

/** The header line may be at most this long: a "header" without a line end for megabytes is not one. */
const MAX_HEADER_BYTES = MAX_CSV_RECORD_BYTES;

/**
 * The header's names only (reads no further than the header line, at most 4 MiB). For checking the columns
 * a caller needs before a full scan, with a message of its own.
 */
export async function readCsvHeader(path: string, options: ProjectedScanOptions = {}): Promise<string[]> {
  let names: string[] | undefined;
  const file = options.file ?? path;
  const size = 1 << 16;
  // The parser's own limit is above the header's, so that the header's message (with its reason) comes first.
  const parser = new CsvParser(
    (record) => {
      names = record.texts();
      return false; // the header is all this reader wants: data rows are the full scan's business
    },
    { ...options, file, maxRecordBytes: MAX_HEADER_BYTES + 2 * size },
  );
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file, cause: error });
  });
  try {
    const chunk = Buffer.allocUnsafe(size);
    let total = 0;
    while (names === undefined) {
      const { bytesRead } = await handle.read(chunk, 0, size, null);
      if (bytesRead === 0) {
        parser.finish();
        break;
      }
      total += bytesRead;
      parser.push(chunk.subarray(0, bytesRead));
      if (names === undefined && total > MAX_HEADER_BYTES) {
        throw new DhowError('invalid-input', `the first line is longer than ${MAX_HEADER_BYTES >> 20} MiB: not a header of column names`, { file, line: 1 });
      }
    }
  } finally {
    await handle.close();
  }
  if (names === undefined) throw new DhowError('invalid-input', 'the file is empty (no header row)', { file });
  return names;
}
