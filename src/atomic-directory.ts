/**
 * Writing a directory of generated files whole or not at all (the evidence pack, the site): everything is
 * written into a temporary directory beside the target and renamed into place only once complete, so a
 * failure leaves the target as it was. A target that already holds output of the same generator (its
 * marker file says so) is replaced; any other non-empty directory is refused rather than deleted.
 */
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DhowError } from './errors.js';

export interface DirectoryOutput {
  /** Relative path (forward slashes, no `..`) -> content. */
  files: Map<string, string>;
  /** A file among `files` whose presence marks a directory as this generator's output (e.g. manifest.json). */
  marker: string;
  /** Checks that an existing marker file is this generator's (its content). */
  isOurs(markerContent: string): boolean;
  /** How to name the target in a refusal, e.g. "--out". */
  flag: string;
}

export async function writeDirectoryAtomic(target: string, output: DirectoryOutput): Promise<void> {
  const existing = await stat(target).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(e)));
  if (existing && !existing.isDirectory()) throw new DhowError('usage', `${target}: ${output.flag} names a file, not a directory`, { field: output.flag });
  let replace = false;
  if (existing && (await readdir(target)).length > 0) {
    const marker = await readFile(join(target, output.marker), 'utf8').catch(() => null);
    if (marker === null || !output.isOurs(marker)) {
      throw new DhowError('usage', `${target}: ${output.flag} is not empty and was not written by dhow: give a new or empty directory`, { field: output.flag });
    }
    replace = true;
  }
  await mkdir(dirname(target), { recursive: true });
  const temporary = await mkdtemp(join(dirname(target), `.${basename(target)}.tmp-`));
  try {
    // mkdtemp makes the directory private (0700); the output is meant to be read (served, shared) like any other.
    await chmod(temporary, 0o755);
    for (const [path, content] of output.files) {
      if (path.startsWith('/') || path.split('/').some((p) => p === '..' || p === '' || p === '.')) throw new Error(`unsafe output path ${path}`);
      const file = join(temporary, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content, 'utf8');
    }
    if (replace) {
      // Two renames: the old output moves aside, the new one takes its place, then the old one goes.
      const old = `${temporary}.old`;
      await rename(target, old);
      await rename(temporary, target);
      await rm(old, { recursive: true, force: true });
    } else {
      if (existing) await rmdir(target);
      await rename(temporary, target);
    }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}
