/**
 * Line-oriented input for the metrics: a file (or stdin) read in large chunks and cut at LF bytes,
 * so memory holds one chunk and one partial line whatever the file's size. Lines come back as bytes;
 * callers decode them strictly (`decodeUtf8Line`) so invalid UTF-8 is reported with its line number.
 *
 * Limits, enforced while reading (before the bytes are held): a line may hold at most `MAX_LINE_BYTES`
 * (16 MiB; one 200 MB JSON line used to abort V8 in JSON.parse) and an input at most `MAX_INPUT_BYTES`
 * (4 GiB; an endless stream such as a device stops there). Going past either is a DhowError naming the
 * file and the line.
 */
import { createReadStream } from 'node:fs';
import { DhowError } from '../errors.js';

export interface RawLine {
  /** 1-based line number. */
  number: number;
  /** The line's bytes without its LF (and without a CR before it, and without a UTF-8 BOM on line 1). */
  bytes: Buffer;
}

const LF = 0x0a;
const CR = 0x0d;

/** The most bytes one line may hold before its LF (a CR before the LF counts): 16 MiB. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** The most bytes one input may hold: 4 GiB. */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024 * 1024;

export interface LineLimits {
  /** The name errors give the input (default `<input>`). */
  file?: string;
  maxLineBytes?: number;
  maxInputBytes?: number;
}

function sizeLabel(bytes: number): string {
  if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  if (bytes >= 1024 ** 2 && bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2} MiB`;
  return `${bytes} bytes`;
}

/** Yields every line of a byte stream; a final line without LF counts, an empty tail after the last LF does not. */
export async function* splitLines(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, limits: LineLimits = {}): AsyncGenerator<RawLine> {
  const file = limits.file ?? '<input>';
  const maxLine = limits.maxLineBytes ?? MAX_LINE_BYTES;
  const maxInput = limits.maxInputBytes ?? MAX_INPUT_BYTES;
  const tooLong = (line: number) => new DhowError('invalid-input', `the line is longer than ${sizeLabel(maxLine)}, the limit for one line`, { file, line });
  // The partial line is kept as a list of copies and joined once, so a long line costs no repeated copying.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let number = 0;
  let total = 0;
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    total += chunk.length;
    if (total > maxInput) {
      throw new DhowError('invalid-input', `the input is larger than ${sizeLabel(maxInput)}, the limit for one input`, { file, line: number + 1 });
    }
    let start = 0;
    let lf = chunk.indexOf(LF, start);
    while (lf !== -1) {
      let line = chunk.subarray(start, lf);
      if (pendingBytes + line.length > maxLine) throw tooLong(number + 1);
      if (pending.length > 0) {
        line = Buffer.concat([...pending, line]);
        pending = [];
        pendingBytes = 0;
      }
      number += 1;
      yield { number, bytes: trimLine(line, number) };
      start = lf + 1;
      lf = chunk.indexOf(LF, start);
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      if (pendingBytes + rest.length > maxLine) throw tooLong(number + 1);
      // Copy: the stream may reuse its chunk buffer.
      pending.push(Buffer.from(rest));
      pendingBytes += rest.length;
    }
  }
  if (pendingBytes > 0) {
    if (pendingBytes > maxLine) throw tooLong(number + 1);
    number += 1;
    yield { number, bytes: trimLine(pending.length === 1 ? pending[0]! : Buffer.concat(pending), number) };
  }
}

function trimLine(line: Buffer, number: number): Buffer {
  let out = line;
  if (out.length > 0 && out[out.length - 1] === CR) out = out.subarray(0, out.length - 1);
  if (number === 1 && out.length >= 3 && out[0] === 0xef && out[1] === 0xbb && out[2] === 0xbf) out = out.subarray(3);
  return out;
}

/** The lines of a file, streamed; a missing or unreadable file is a DhowError naming it (as `file`, default the path). */
export async function* readFileLines(path: string, file = path, limits: Omit<LineLimits, 'file'> = {}): AsyncGenerator<RawLine> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    yield* splitLines(stream, { ...limits, file });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DhowError('not-found', 'no such file', { file, cause: error });
    if (code === 'EISDIR') throw new DhowError('invalid-input', 'is a directory, not a file', { file, cause: error });
    if (code !== undefined && !(error instanceof DhowError)) throw new DhowError('invalid-input', `cannot read: ${code}`, { file, cause: error });
    throw error;
  } finally {
    stream.destroy();
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes one line as UTF-8, or returns undefined when its bytes are not valid UTF-8. */
export function tryDecodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes one line as UTF-8, refusing invalid bytes with a DhowError that names the file and line. */
export function decodeUtf8Line(line: RawLine, file: string): string {
  const text = tryDecodeUtf8(line.bytes);
  if (text === undefined) {
    const offset = firstInvalidUtf8Offset(line.bytes);
    throw new DhowError('invalid-input', `invalid UTF-8 at byte ${offset + 1} of the line`, { file, line: line.number });
  }
  return text;
}

/** The 0-based offset of the first byte that breaks UTF-8 (the line's length when none does). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
