/**
 * Reading a small file from outside (an alert payload, a version record, a metrics file) with its size
 * limit enforced WHILE reading: a regular file only (a FIFO, a device such as /dev/zero or a directory is
 * refused before a byte is read), and never more than the limit plus one byte, whatever stat said (a file
 * can grow between stat and read, and /proc files report size 0).
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { DhowError } from './errors.js';

export async function readBoundedFile(path: string, limit: number, what: string): Promise<string> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not hang before we can see it is not a regular file.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DhowError('not-found', `${what} does not exist`, { file: path });
    if (code === 'EISDIR') throw new DhowError('invalid-input', `is a directory: give ${what}`, { file: path });
    throw new DhowError('invalid-input', `cannot read ${what} (${code ?? 'error'})`, { file: path });
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new DhowError('invalid-input', `is a directory: give ${what}`, { file: path });
    if (!info.isFile()) throw new DhowError('invalid-input', `${what} is not a regular file (a device, FIFO or socket is refused)`, { file: path });
    if (info.size > limit) throw new DhowError('invalid-input', `${what} is ${info.size} bytes; at most ${limit} are allowed`, { file: path });
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw new DhowError('invalid-input', `${what} is larger than the ${limit} bytes allowed`, { file: path });
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      throw new DhowError('invalid-input', `${what} is not valid UTF-8`, { file: path });
    }
  } finally {
    await handle.close();
  }
}
