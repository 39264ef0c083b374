/**
 * The local forge's object writer: blobs and trees go straight into the repository's object store as the
 * loose objects git itself writes (`<type> <size>\0<content>`, deflated, named by its SHA-1 or SHA-256 and
 * moved into place from a `tmp_obj_` file), so building a commit's trees costs no process where a revert
 * used to spawn one `hash-object` per file and one `mktree` per directory (each ~20 ms on a busy runner).
 * Chosen over `git fast-import`, which leaves one pack file per pass (a bridge would pile up thousands),
 * and over `mktree --batch`, which still needs a process per pass and one more for the blobs. Commits and
 * refs stay with git: `commit-tree` keeps git's identity, date and signing rules, `update-ref` is the
 * compare-and-swap. A repository whose objects need git's own handling (core.sharedRepository, an object
 * format other than SHA-1 or SHA-256) is written through `hash-object` and `mktree`, as before.
 */
import { createHash, randomBytes } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { DhowError } from '../errors.js';

export interface TreeEntry {
  /** As git writes it in a tree: 100644, 100755, 120000, 40000 (a tree), 160000 (a submodule). */
  mode: string;
  name: string;
  oid: string;
}

/** Writes objects into one repository; returns their ids. */
export interface ObjectWriter {
  blob(content: string): Promise<string>;
  /** A tree of these entries, in any order (written in git's order). */
  tree(entries: TreeEntry[]): Promise<string>;
}

/** Git runs a command with input and returns its standard output (the process-based writer's only need). */
export type RunGit = (args: string[], input: string) => Promise<string>;

/** Where the repository keeps its objects and how it names them, or null when only git should write them. */
export async function looseObjectStore(gitDir: string, env: NodeJS.ProcessEnv): Promise<ObjectWriter | null> {
  // A linked worktree's git directory names the repository's common directory in `commondir`.
  const common = await readFile(join(gitDir, 'commondir'), 'utf8').then(
    (text) => {
      const dir = text.trim();
      return isAbsolute(dir) ? dir : resolve(gitDir, dir);
    },
    () => gitDir,
  );
  const config = await readFile(join(common, 'config'), 'utf8').catch(() => null);
  if (config === null) return null;
  // Shared repositories need git's group permissions on every object and directory.
  if (/^\s*sharedrepository\s*=/im.test(config)) return null;
  const format = /^\s*objectformat\s*=\s*(\S+)\s*$/im.exec(config)?.[1]?.toLowerCase() ?? 'sha1';
  if (format !== 'sha1' && format !== 'sha256') return null;
  const objects = env.GIT_OBJECT_DIRECTORY ? resolve(env.GIT_OBJECT_DIRECTORY) : join(common, 'objects');
  return new LooseObjects(objects, format);
}

/** Git's order of tree entries: by name as bytes, a tree's name compared as if it ended in "/". */
function gitOrder(a: TreeEntry, b: TreeEntry): number {
  return Buffer.compare(Buffer.from(a.mode === '40000' ? `${a.name}/` : a.name), Buffer.from(b.mode === '40000' ? `${b.name}/` : b.name));
}

function checkEntry(e: TreeEntry, idLength: number): void {
  if (
    !/^(?:100644|100755|120000|40000|160000)$/.test(e.mode) ||
    e.name === '' ||
    /[/\0]/.test(e.name) ||
    e.oid.length !== idLength ||
    !/^[0-9a-f]+$/.test(e.oid)
  ) {
    throw new DhowError('forge', `cannot write a tree entry ${JSON.stringify(e.name)} (mode ${e.mode}, id ${e.oid})`);
  }
}

class LooseObjects implements ObjectWriter {
  constructor(
    private readonly objects: string,
    private readonly algorithm: 'sha1' | 'sha256',
  ) {}

  blob(content: string): Promise<string> {
    return this.write('blob', Buffer.from(content, 'utf8'));
  }

  tree(entries: TreeEntry[]): Promise<string> {
    const idLength = this.algorithm === 'sha1' ? 40 : 64;
    const parts: Buffer[] = [];
    for (const e of [...entries].sort(gitOrder)) {
      checkEntry(e, idLength);
      parts.push(Buffer.from(`${e.mode} ${e.name}\0`, 'utf8'), Buffer.from(e.oid, 'hex'));
    }
    return this.write('tree', Buffer.concat(parts));
  }

  private async write(type: 'blob' | 'tree', body: Buffer): Promise<string> {
    const header = Buffer.from(`${type} ${body.length}\0`);
    const oid = createHash(this.algorithm).update(header).update(body).digest('hex');
    const dir = join(this.objects, oid.slice(0, 2));
    const file = join(dir, oid.slice(2));
    // Objects are named by their content: one already there is this one.
    if (
      await access(file).then(
        () => true,
        () => false,
      )
    )
      return oid;
    // git prunes `tmp_obj_*` files a crash leaves behind; a whole object appears only by the rename.
    const temporary = join(dir, `tmp_obj_${process.pid}_${randomBytes(6).toString('hex')}`);
    try {
      await mkdir(dir, { recursive: true });
      await writeFile(temporary, deflateSync(Buffer.concat([header, body]), { level: 1 }), { mode: 0o444, flag: 'wx' });
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw new DhowError('forge', `cannot write a ${type} into ${this.objects}: ${(error as Error).message}`, { cause: error });
    }
    return oid;
  }
}

/** The same objects written by git (`hash-object -w`, `mktree`): for repositories the loose writer leaves to git. */
export function gitObjectWriter(run: RunGit): ObjectWriter {
  return {
    async blob(content) {
      return (await run(['hash-object', '-w', '--stdin'], content)).trim();
    },
    async tree(entries) {
      const lines = entries.map((e) => {
        const type = e.mode === '40000' ? 'tree' : e.mode === '160000' ? 'commit' : 'blob';
        return `${e.mode.padStart(6, '0')} ${type} ${e.oid}\t${e.name}`;
      });
      return (await run(['mktree'], lines.length ? lines.join('\n') + '\n' : '')).trim();
    },
  };
}
