/**
 * A projected CSV scan for metrics that count: one pass over the bytes that records the byte ranges of the
 * few columns asked for and only counts the others. Same dialect and errors as `src/io/csv.ts` (RFC 4180:
 * quoted fields with separators, newlines and doubled quotes; a quote inside an unquoted field is literal;
 * BOM; LF, CRLF or lone CR; blank lines skipped; text after a closing quote, an open quote at the end and a
 * row whose field count differs from the header's are errors naming the file and line), checked against it
 * by a differential test. It exists for speed: fairness over millions of rows stays within a small factor
 * of merely reading the file (see test/bench/metrics.bench.ts).
 */
import { open } from 'node:fs/promises';
import { DhowError } from '../errors.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const NEED_MORE = -1;
const BLANK = -2;

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
}

/**
 * Push-style scanner. `onHeader` gets the header's names and returns the column indexes wanted (slots in
 * that order); `onRecord` gets every data record.
 */
export class ProjectedCsvScanner {
  private readonly sep: number;
  private readonly hi: number;
  private readonly file: string;
  private want: Int32Array = new Int32Array(0);
  private record: ProjectedRecord;
  private width = -1;
  private pending: Buffer | null = null;
  private line = 1;
  private first = true;

  constructor(
    private readonly onHeader: (names: string[], line: number) => number[],
    private readonly onRecord: (record: ProjectedRecord) => void,
    options: ProjectedScanOptions = {},
  ) {
    const separator = options.separator ?? ',';
    if (separator.length !== 1 || separator.charCodeAt(0) > 0x7f || separator === '"' || separator === '\n' || separator === '\r') {
      throw new DhowError('usage', `the CSV separator must be one ASCII character other than a quote or a line end, got ${JSON.stringify(separator)}`);
    }
    this.sep = separator.charCodeAt(0);
    // Bytes above both the separator and CR (and the quote, which only matters at a field's start) end no field.
    this.hi = Math.max(this.sep, CR);
    this.file = options.file ?? '<input>';
    this.record = new ProjectedRecord(0);
  }

  /** True once the header was read. */
  get started(): boolean {
    return this.width >= 0;
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    let buf = chunk;
    if (this.pending) {
      buf = Buffer.concat([this.pending, chunk]);
      this.pending = null;
    }
    if (this.first) {
      if (buf.length < 3 && buf[0] === 0xef) {
        this.pending = Buffer.from(buf);
        return;
      }
      this.first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    const consumed = this.scan(buf, false);
    if (consumed < buf.length) this.pending = Buffer.from(buf.subarray(consumed));
  }

  /**
   * Scans `buf` (the caller owns it and keeps the unconsumed tail); `last` when no bytes follow. Returns the
   * bytes consumed: the start of the first incomplete record. Do not mix with push/finish.
   */
  feed(buf: Buffer, last: boolean): number {
    let skip = 0;
    if (this.first) {
      if (buf.length < 3 && buf[0] === 0xef && !last) return 0;
      this.first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) skip = 3;
    }
    return skip + this.scan(skip === 0 ? buf : buf.subarray(skip), last);
  }

  finish(): void {
    let rest = this.pending;
    this.pending = null;
    if (!rest || rest.length === 0) return;
    if (this.first) {
      this.first = false;
      if (rest[0] === 0xef && rest[1] === 0xbb && rest[2] === 0xbf) rest = rest.subarray(3);
      if (rest.length === 0) return;
    }
    this.scan(rest, true);
  }

  /** Scans whole records; returns the bytes consumed. */
  private scan(buf: Buffer, last: boolean): number {
    const n = buf.length;
    let pos = 0;
    while (pos < n && this.width < 0) {
      const end = this.header(buf, pos, last);
      if (end === NEED_MORE) return pos;
      pos = end;
    }
    return pos < n ? this.records(buf, pos, last) : pos;
  }

  /**
   * The data records from pos on, in one loop (the hot path: no call per record but the callback).
   * Returns the bytes consumed: the start of the first incomplete record.
   */
  private records(buf: Buffer, from: number, last: boolean): number {
    const n = buf.length;
    const sep = this.sep;
    const hi = this.hi;
    const want = this.want;
    const wantLen = want.length;
    const view = this.record;
    const start = view.start;
    const end = view.end;
    const escaped = view.escaped;
    const width = this.width;
    const onRecord = this.onRecord;
    const dup = this.duplicates.length > 0;
    view.bytes = buf;
    let line = this.line;
    let pos = from;
    while (pos < n) {
      let i = pos;
      let field = 0;
      let lines = 0;
      for (;;) {
        const slot = field < wantLen ? want[field]! : -1;
        if (i < n && buf[i] === QUOTE) {
          const closed = this.quoted(buf, i, last, line + lines);
          if (closed === NEED_MORE) return this.stop(pos, line);
          lines += this.quotedLines;
          if (slot >= 0) {
            start[slot] = i + 1;
            end[slot] = closed;
            escaped[slot] = this.quotedDoubled;
          }
          field++;
          i = closed + 1;
          if (i >= n) {
            if (!last) return this.stop(pos, line);
            break;
          }
          const c = buf[i];
          if (c === sep) {
            i++;
            continue;
          }
          if (c === LF) {
            i++;
            break;
          }
          if (c === CR) {
            if (i + 1 >= n && !last) return this.stop(pos, line);
            i += i + 1 < n && buf[i + 1] === LF ? 2 : 1;
            break;
          }
          throw new DhowError('invalid-input', `unexpected text after a closing quote (field ${field})`, { file: this.file, line: line + lines });
        }
        const s = i;
        let c = 0;
        while (i < n) {
          c = buf[i]!;
          if (c > hi) {
            i++;
            continue;
          }
          if (c === sep || c === LF || c === CR) break;
          i++;
        }
        if (slot >= 0) {
          start[slot] = s;
          end[slot] = i;
          escaped[slot] = 0;
        }
        field++;
        if (i >= n) {
          if (!last) return this.stop(pos, line);
          break;
        }
        if (c === sep) {
          i++;
          continue;
        }
        if (c === LF) {
          i++;
          break;
        }
        if (i + 1 >= n && !last) return this.stop(pos, line);
        i += i + 1 < n && buf[i + 1] === LF ? 2 : 1;
        break;
      }
      const recordLine = line;
      line += lines + 1;
      const first = buf[pos];
      if (!(field === 1 && (first === LF || first === CR))) {
        if (field !== width) {
          throw new DhowError('invalid-input', `the row has ${field} fields, the header has ${width}`, { file: this.file, line: recordLine });
        }
        view.line = recordLine;
        view.fields = field;
        if (dup) this.copyDuplicates();
        onRecord(view);
      }
      pos = i;
    }
    this.line = line;
    return pos;
  }

  private quotedLines = 0;
  private quotedDoubled = 0;

  /**
   * A quoted field opening at i: the index of its closing quote, or NEED_MORE when the bytes end first.
   * Sets quotedLines (LFs inside) and quotedDoubled (1 when it holds doubled quotes).
   */
  private quoted(buf: Buffer, i: number, last: boolean, fieldLine: number): number {
    const n = buf.length;
    let j = i + 1;
    let doubled = 0;
    let closed = -1;
    for (;;) {
      const q = buf.indexOf(QUOTE, j);
      if (q < 0) break;
      if (q + 1 < n && buf[q + 1] === QUOTE) {
        doubled = 1;
        j = q + 2;
        continue;
      }
      if (q + 1 >= n && !last) break; // the next byte decides: wait for it
      closed = q;
      break;
    }
    if (closed < 0) {
      if (!last) return NEED_MORE;
      throw new DhowError('invalid-input', 'a quoted field is not closed before the end of the input', { file: this.file, line: fieldLine });
    }
    let lines = 0;
    for (let k = i + 1; k < closed; k++) if (buf[k] === LF) lines++;
    this.quotedLines = lines;
    this.quotedDoubled = doubled;
    return closed;
  }

  private stop(pos: number, line: number): number {
    this.line = line;
    return pos;
  }

  private copyDuplicates(): void {
    const view = this.record;
    for (const [slot, first] of this.duplicates) {
      view.start[slot] = view.start[first]!;
      view.end[slot] = view.end[first]!;
      view.escaped[slot] = view.escaped[first]!;
    }
  }

  /** Parses the header record with every column wanted; returns its end or NEED_MORE. */
  private header(buf: Buffer, pos: number, last: boolean): number {
    let view = this.headerView;
    const line = this.line;
    let end = this.parseRecord(buf, pos, last, this.headerWant, view);
    if (end === NEED_MORE) return NEED_MORE;
    if (end === BLANK) return this.lastEnd;
    if (view.fields > this.headerWant.length) {
      // A wide header: parse it again with room for every column.
      this.headerWant = Int32Array.from({ length: view.fields }, (_, k) => k);
      this.headerView = view = new ProjectedRecord(view.fields);
      this.line = line;
      end = this.parseRecord(buf, pos, last, this.headerWant, view);
    }
    const slots = this.headerWant.length;
    const names: string[] = [];
    for (let k = 0; k < Math.min(view.fields, slots); k++) names.push(view.text(k));
    this.width = view.fields;
    const wanted = this.onHeader(names, view.line);
    this.want = new Int32Array(this.width).fill(-1);
    this.record = new ProjectedRecord(wanted.length);
    wanted.forEach((col, slot) => {
      if (this.want[col] === -1) this.want[col] = slot;
    });
    // A column asked for twice shares the first slot's range: copy it after each record.
    this.duplicates = wanted.map((col, slot) => [slot, this.want[col]!] as const).filter(([slot, first]) => slot !== first);
    return end;
  }

  private duplicates: (readonly [number, number])[] = [];
  private headerWant = Int32Array.from({ length: 256 }, (_, k) => k);
  private headerView = new ProjectedRecord(256);
  /** The end of the blank line parseRecord last skipped. */
  private lastEnd = 0;

  /**
   * Parses one record at pos into view (the header; data records go through `records`). Returns the end of
   * the record, NEED_MORE when the bytes end inside it, or BLANK for a blank line (its end in this.lastEnd).
   */
  private parseRecord(buf: Buffer, pos: number, last: boolean, want: Int32Array, view: ProjectedRecord): number {
    const n = buf.length;
    const sep = this.sep;
    const hi = this.hi;
    const wantLen = want.length;
    const start = view.start;
    const end = view.end;
    const escaped = view.escaped;
    const line = this.line;
    let i = pos;
    let field = 0;
    let lines = 0;
    for (;;) {
      const slot = field < wantLen ? want[field]! : -1;
      if (i < n && buf[i] === QUOTE) {
        const fieldLine = line + lines;
        let j = i + 1;
        let doubled = 0;
        let closed = -1;
        for (;;) {
          const q = buf.indexOf(QUOTE, j);
          if (q < 0) break;
          if (q + 1 < n && buf[q + 1] === QUOTE) {
            doubled = 1;
            j = q + 2;
            continue;
          }
          if (q + 1 >= n && !last) break; // the next byte decides: wait for it
          closed = q;
          break;
        }
        if (closed < 0) {
          if (!last) return NEED_MORE;
          throw new DhowError('invalid-input', 'a quoted field is not closed before the end of the input', { file: this.file, line: fieldLine });
        }
        for (let k = i + 1; k < closed; k++) if (buf[k] === LF) lines++;
        if (slot >= 0) {
          start[slot] = i + 1;
          end[slot] = closed;
          escaped[slot] = doubled;
        }
        field++;
        i = closed + 1;
        if (i >= n) {
          if (!last) return NEED_MORE;
          break;
        }
        const c = buf[i];
        if (c === sep) {
          i++;
          continue;
        }
        if (c === LF) {
          i++;
          break;
        }
        if (c === CR) {
          if (i + 1 >= n && !last) return NEED_MORE;
          i += i + 1 < n && buf[i + 1] === LF ? 2 : 1;
          break;
        }
        throw new DhowError('invalid-input', `unexpected text after a closing quote (field ${field})`, { file: this.file, line: line + lines });
      }
      const s = i;
      let c = 0;
      while (i < n) {
        c = buf[i]!;
        if (c > hi) {
          i++;
          continue;
        }
        if (c === sep || c === LF || c === CR) break;
        i++;
      }
      if (slot >= 0) {
        start[slot] = s;
        end[slot] = i;
        escaped[slot] = 0;
      }
      field++;
      if (i >= n) {
        if (!last) return NEED_MORE;
        break;
      }
      if (c === sep) {
        i++;
        continue;
      }
      if (c === LF) {
        i++;
        break;
      }
      if (i + 1 >= n && !last) return NEED_MORE;
      i += i + 1 < n && buf[i + 1] === LF ? 2 : 1;
      break;
    }
    this.line = line + lines + 1;
    const first = buf[pos];
    if (field === 1 && (pos >= n || first === LF || first === CR)) {
      this.lastEnd = i;
      return BLANK;
    }
    view.line = line;
    view.fields = field;
    view.bytes = buf;
    return i;
  }
}

/** Streams a file through the scanner in 1 MiB reads; memory stays at one read plus one record. */
export async function scanCsvColumns(
  path: string,
  onHeader: (names: string[], line: number) => number[],
  onRecord: (record: ProjectedRecord) => void,
  options: ProjectedScanOptions = {},
): Promise<{ headerRead: boolean }> {
  const scanner = new ProjectedCsvScanner(onHeader, onRecord, options);
  const file = options.file ?? path;
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file, cause: error });
  });
  try {
    // One working buffer, reused: the unconsumed tail (part of a record) moves to its front and the next
    // read lands right after it, so no buffer is allocated per read and memory stays flat.
    const size = 1 << 20;
    let work = Buffer.allocUnsafe(2 * size);
    let have = 0;
    for (;;) {
      if (work.length - have < size) {
        const bigger = Buffer.allocUnsafe(work.length * 2);
        work.copy(bigger, 0, 0, have);
        work = bigger;
      }
      const { bytesRead } = await handle.read(work, have, size, null);
      if (bytesRead === 0) break;
      const total = have + bytesRead;
      const consumed = scanner.feed(work.subarray(0, total), false);
      work.copyWithin(0, consumed, total);
      have = total - consumed;
    }
    if (have > 0) scanner.feed(work.subarray(0, have), true);
  } finally {
    await handle.close();
  }
  return { headerRead: scanner.started };
}

/** The header line may be at most this long: a "header" without a line end for megabytes is not one. */
const MAX_HEADER_BYTES = 4 << 20;

/**
 * The header's names only (reads no further than the header line, at most 4 MiB). For checking the columns
 * a caller needs before a full scan, with a message of its own.
 */
export async function readCsvHeader(path: string, options: ProjectedScanOptions = {}): Promise<string[]> {
  let names: string[] | undefined;
  const file = options.file ?? path;
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file, cause: error });
  });
  try {
    const size = 1 << 16;
    const chunks: Buffer[] = [];
    let total = 0;
    while (names === undefined) {
      const chunk = Buffer.allocUnsafe(size);
      const { bytesRead } = await handle.read(chunk, 0, size, null);
      const last = bytesRead === 0;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > MAX_HEADER_BYTES)
        throw new DhowError('invalid-input', `the first line is longer than ${MAX_HEADER_BYTES >> 20} MiB: not a header of column names`, { file, line: 1 });
      // A fresh scanner over everything so far: the header is short, so rescanning it costs nothing.
      const probe = new ProjectedCsvScanner(
        (header) => ((names = header), []),
        () => undefined,
        { ...options, file },
      );
      try {
        probe.feed(Buffer.concat(chunks, total), last);
      } catch (error) {
        // A malformed data row after a whole header is the full scan's business, not the header's.
        if (names === undefined) throw error;
      }
      if (last) break;
    }
  } finally {
    await handle.close();
  }
  if (names === undefined) throw new DhowError('invalid-input', 'the file is empty (no header row)', { file });
  return names;
}
