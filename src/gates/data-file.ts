/**
 * Where a gate policy may read its data from. A policy can come from the registry's dhow.yaml, written by
 * someone other than the person running the gate, so its `source.input` / `source.file` must not reach
 * anything on the runner: the path is resolved (symlinks included) and must lie inside one of the data
 * roots (the workspace, the policy file's directory, roots the caller allows), must be a regular file,
 * and never one of the kernel's special file systems (/proc, /sys, /dev), whose "files" hold the process
 * environment and its secrets. Messages name the path the policy wrote, never anything read from it.
 */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { DhowError } from '../errors.js';

/** Kernel file systems that hold process state and devices rather than data. */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

export interface DataFileRules {
  /** Relative paths are resolved from here. */
  cwd: string;
  /** Absolute directories the data may come from (a root that does not exist allows nothing). */
  roots: string[];
  /** The policy field that named the path, for messages (e.g. gates[name=x].source.input). */
  field: string;
  /** The policy file that holds the field, when known. */
  file?: string;
}

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function isSpecial(path: string): boolean {
  return SPECIAL_ROOTS.some((root) => inside(path, root));
}

function kindOf(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * The real path of a policy's data file, once it is known to be a regular file inside a data root;
 * otherwise a DhowError naming the field and the path as written.
 */
export async function confineDataFile(written: string, rules: DataFileRules): Promise<string> {
  const where = { field: rules.field, ...(rules.file ? { file: rules.file } : {}) };
  const shown = JSON.stringify(written.length > 200 ? `${written.slice(0, 200)}…` : written);
  const requested = resolve(rules.cwd, written);
  // Refused before anything is touched: not even a stat of /proc/self/... on the policy's say-so.
  if (isSpecial(requested))
    throw new DhowError('invalid-input', `the data file ${shown} is on a special file system (/proc, /sys, /dev); a gate reads data files only`, where);
  let real: string;
  try {
    real = await realpath(requested);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DhowError('not-found', `cannot read the data file ${shown}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}`, {
      ...where,
      cause: error,
    });
  }
  if (isSpecial(real))
    throw new DhowError('invalid-input', `the data file ${shown} leads to a special file system (/proc, /sys, /dev); a gate reads data files only`, where);
  const roots = await Promise.all(rules.roots.map((root) => realpath(root).catch(() => undefined)));
  if (!roots.some((root) => root !== undefined && inside(real, root))) {
    const allowed = rules.roots.map((r) => JSON.stringify(r)).join(', ');
    throw new DhowError(
      'invalid-input',
      `the data file ${shown} is outside the data roots (${allowed}), symbolic links resolved; move it there or allow its directory as a data root`,
      where,
    );
  }
  const info = await stat(real);
  if (!info.isFile()) throw new DhowError('invalid-input', `the data file ${shown} is ${kindOf(info)}, not a file`, where);
  return real;
}
