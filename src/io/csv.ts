/**
 * CSV readers over the scanner (src/io/csv-scanner.ts, which owns the dialect, line numbers, limits and
 * errors): a whole buffer, a file streamed in chunks (`readCsvFile`), rows as strings of selected columns
 * (`csvRows`); and what readers share: column selection, header and data quoting for messages (an error
 * must not print what it read), and byte interning (`ByteInterner`).
 */
import { open } from 'node:fs/promises';
import { DhowError } from '../errors.js';
import { CsvParser, FNV_OFFSET, FNV_PRIME, type CsvOptions, type CsvRecord } from './csv-scanner.js';

export * from './csv-scanner.js';

/** Parses a whole buffer. */
export function parseCsvBuffer(buffer: Buffer, onRecord: (record: CsvRecord) => void | boolean, options: CsvOptions = {}): void {
  const parser = new CsvParser(onRecord, options);
  parser.push(buffer);
  parser.finish();
}

export interface CsvFileOptions extends CsvOptions {
  /** Called now and then with bytes read and the file's size. */
  onProgress?: (done: number, total: number) => void;
  /** Read size in bytes (default 1 MiB). */
  chunkSize?: number;
  /** Receives the parser before the first chunk (to call `expectNumbers` once the header is known). */
  withParser?: (parser: CsvParser) => void;
  /** The file's bytes already in memory, cut as given: the file is not opened (data that is not a file, tests). */
  chunks?: Iterable<Buffer>;
}

/** Room before each read for the record the previous read cut (a longer one is joined by a copy). */
const READ_RESERVE = 1 << 16;

/** Streams a file through the parser in chunks; memory stays at two chunks plus one record. */
export async function readCsvFile(path: string, onRecord: (record: CsvRecord) => void | boolean, options: CsvFileOptions = {}): Promise<void> {
  const file = options.file ?? path;
  const parser = new CsvParser(onRecord, { ...options, file });
  options.withParser?.(parser);
  if (options.chunks) {
    let done = 0;
    for (const chunk of options.chunks) {
      parser.push(chunk);
      options.onProgress?.((done += chunk.length), done);
      if (parser.done) return;
    }
    return parser.finish();
  }
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file, cause: error });
  });
  // Two buffers, taking turns: the next chunk is read (on libuv's thread pool) while this one is parsed.
  // Each read lands after a reserve; the record the previous chunk cut is copied into the reserve, right
  // before the read's bytes, so only that record's bytes are copied, never a whole chunk.
  let next: Promise<{ bytesRead: number }> | undefined;
  try {
    const total = (await handle.stat()).size;
    const size = options.chunkSize ?? 1 << 20;
    let chunk = Buffer.allocUnsafe(READ_RESERVE + size);
    let spare = Buffer.allocUnsafe(READ_RESERVE + size);
    let rest: Buffer = Buffer.alloc(0); // unparsed bytes of the previous input, in the spare buffer
    let done = 0;
    next = handle.read(chunk, READ_RESERVE, size, null);
    for (;;) {
      const { bytesRead }: { bytesRead: number } = await next;
      next = undefined;
      if (bytesRead === 0) break;
      done += bytesRead;
      let input: Buffer;
      if (rest.length <= READ_RESERVE) {
        rest.copy(chunk, READ_RESERVE - rest.length);
        input = chunk.subarray(READ_RESERVE - rest.length, READ_RESERVE + bytesRead);
      } else input = Buffer.concat([rest, chunk.subarray(READ_RESERVE, READ_RESERVE + bytesRead)]); // a long record
      if (bytesRead === size) next = handle.read(spare, READ_RESERVE, size, null);
      const consumed = parser.feed(input, false);
      options.onProgress?.(done, total);
      if (parser.done) return;
      rest = input.subarray(consumed);
      if (!next) next = handle.read(spare, READ_RESERVE, size, null);
      [chunk, spare] = [spare, chunk];
    }
    parser.feed(rest, true);
  } finally {
    // A read still in flight (the parser stopped or threw) must end before the file is closed.
    await next?.catch(() => undefined);
    await handle.close();
  }
}

export interface CsvTable {
  header: string[];
  /** Selected columns' indexes into the header. */
  indexes: number[];
}

/**
 * Reads a CSV file with a header and yields, for each data row, the selected columns as strings.
 * Convenient, and allocates per row: prefer `readCsvFile` with a `CsvRecord` for large inputs.
 */
export async function* csvRows(
  path: string,
  options: CsvFileOptions & { columns?: string[] } = {},
): AsyncGenerator<{ line: number; values: string[]; header: string[] }> {
  const queue: { line: number; values: string[] }[] = [];
  let header: string[] | undefined;
  let indexes: number[] = [];
  // A bad record stops the parse; the rows before it are still yielded, then the error is thrown.
  let failure: unknown;
  const parser = new CsvParser(
    (record) => {
      try {
        if (!header) {
          header = record.texts();
          indexes = selectColumns(header, options.columns, path);
          return;
        }
        checkWidth(record, header.length, path);
        queue.push({ line: record.line, values: indexes.map((i) => record.text(i)) });
      } catch (error) {
        failure = error;
        return false;
      }
    },
    { file: path, ...options },
  );
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
  });
  try {
    const size = options.chunkSize ?? 1 << 20;
    const chunk = Buffer.allocUnsafe(size);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, size, null);
      if (bytesRead === 0) break;
      parser.push(chunk.subarray(0, bytesRead));
      while (queue.length > 0) yield { ...queue.shift()!, header: header! };
      if (failure) throw failure;
    }
    parser.finish();
    while (queue.length > 0) yield { ...queue.shift()!, header: header! };
    if (failure) throw failure;
    if (!header) throw new DhowError('invalid-input', 'the file is empty (no header row)', { file: path });
  } finally {
    await handle.close();
  }
}

/** Indexes of the named columns in a header (all columns when names is undefined); unknown names are errors. */
export function selectColumns(header: string[], names: string[] | undefined, file: string): number[] {
  if (!names) return header.map((_, i) => i);
  return names.map((name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new DhowError('invalid-input', `no such column ${quoteData(name)}; ${describeHeader(header)}`, { file, field: name });
    return i;
  });
}

/** A column name as a header of data would spell it: letters, digits, marks and a little punctuation. */
const PLAIN_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}\p{M} _.\-()%#/]{0,63}$/u;
const MAX_NAMES_SHOWN = 50;

/**
 * The header's names for an error message, only when it looks like a header of column names (at most 50
 * plain names, none with "=", control characters or the like). Anything else may be a file that was never
 * data (an environment listing, a key) and is not repeated: an error must not print what it read.
 */
export function describeHeader(names: readonly string[]): string {
  if (names.length === 0 || names.length > MAX_NAMES_SHOWN || !names.every((n) => PLAIN_NAME.test(n))) {
    return 'the first line does not look like a header of column names, so it is not repeated here';
  }
  return `the columns are ${names.map((n) => JSON.stringify(n)).join(', ')}`;
}

/** Text from a data file or a policy for a message: cut to `max` characters and JSON-escaped (quotes, control bytes). */
export function quoteData(text: string, max = 64): string {
  const chars = [...text];
  return JSON.stringify(chars.length > max ? `${chars.slice(0, max).join('')}…` : text);
}

/** A data record must have as many fields as the header. */
export function checkWidth(record: CsvRecord, width: number, file: string): void {
  if (record.length !== width) {
    throw new DhowError('invalid-input', `the row has ${record.length} fields, the header has ${width}`, { file, line: record.line });
  }
}

/**
 * Maps byte strings to dense integer ids without building a string per occurrence: an open-addressing
 * hash table (FNV-1a) over a byte arena. `values[id]` is the decoded string, built once per distinct value.
 */
export class ByteInterner {
  readonly values: string[] = [];
  private arena = new Uint8Array(4096);
  private arenaUsed = 0;
  private offsets = new Int32Array(64);
  private lengths = new Int32Array(64);
  private hashes = new Int32Array(64);
  private table = new Int32Array(128).fill(-1);
  private scratch = Buffer.alloc(256);

  get size(): number {
    return this.values.length;
  }

  /** The id of field i of a record (doubled quotes undone). */
  idOfField(record: CsvRecord, i: number): number {
    const s = record.start(i);
    const e = record.end(i);
    if (!record.escaped(i)) return this.id(record.bytes, s, e);
    const text = record.text(i);
    const len = Buffer.byteLength(text);
    if (len > this.scratch.length) this.scratch = Buffer.alloc(len * 2);
    this.scratch.write(text, 0, 'utf8');
    return this.id(this.scratch, 0, len);
  }

  /** The id of a string value. */
  idOfString(text: string): number {
    const bytes = Buffer.from(text, 'utf8');
    return this.id(bytes, 0, bytes.length);
  }

  /** The id of bytes [start, end). */
  id(bytes: Uint8Array, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k]!, FNV_PRIME);
    return this.idHashed(bytes, start, end, h);
  }

  /** The id of bytes [start, end) whose FNV-1a hash (as the CSV parser computes it) is h. */
  idHashed(bytes: Uint8Array, start: number, end: number, h: number): number {
    const table = this.table;
    const mask = table.length - 1;
    const len = end - start;
    let slot = h & mask;
    for (;;) {
      const id = table[slot]!;
      if (id < 0) break;
      if (this.hashes[id] === h && this.lengths[id] === len) {
        const off = this.offsets[id]!;
        let k = 0;
        while (k < len && this.arena[off + k] === bytes[start + k]) k++;
        if (k === len) return id;
      }
      slot = (slot + 1) & mask;
    }
    return this.insert(bytes, start, end, h, slot);
  }

  private insert(bytes: Uint8Array, start: number, end: number, h: number, slot: number): number {
    const id = this.values.length;
    const len = end - start;
    if (this.arenaUsed + len > this.arena.length) {
      const a = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + len));
      a.set(this.arena);
      this.arena = a;
    }
    this.arena.set(bytes.subarray(start, end), this.arenaUsed);
    if (id === this.offsets.length) {
      this.offsets = growInt32(this.offsets);
      this.lengths = growInt32(this.lengths);
      this.hashes = growInt32(this.hashes);
    }
    this.offsets[id] = this.arenaUsed;
    this.lengths[id] = len;
    this.hashes[id] = h;
    this.arenaUsed += len;
    this.values.push(Buffer.from(bytes.buffer, bytes.byteOffset + start, len).toString('utf8'));
    this.table[slot] = id;
    if ((id + 1) * 2 > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let id = 0; id < this.values.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = id;
    }
    this.table = table;
  }
}

function growInt32(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
