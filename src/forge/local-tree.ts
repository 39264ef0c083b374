/**
 * Builds trees and commits without a working tree or an index: the trees on the way to each changed
 * path are read with one `git cat-file --batch`, rebuilt in memory and written bottom-up with
 * `git mktree`. Only the directories that change are touched, so a commit costs the same in a registry
 * of 100 versions as in one of 10,000. A user's checkout and its index are never touched.
 */
import { DhowError } from '../errors.js';
import type { FileChange } from './forge.js';
import { ZERO_OID, type Git } from './local-git.js';

/** A registry-relative path: no leading slash, no `.`/`..` segments, no empty segments, no line breaks. */
export function assertSafePath(path: string): string {
  const segments = path.split('/');
  if (path.length === 0 || path.length > 1024 || /[\0\n\r\t\\]/.test(path) || segments.some((s) => s === '' || s === '.' || s === '..' || s === '.git')) {
    throw new DhowError('invalid-input', `unsafe registry path ${JSON.stringify(path)}`);
  }
  return path;
}

interface TreeEntry {
  mode: string;
  sha: string;
}

interface DirChanges {
  files: Map<string, string | null>;
  dirs: Map<string, DirChanges>;
}

function group(changes: FileChange[]): DirChanges {
  const root: DirChanges = { files: new Map(), dirs: new Map() };
  for (const change of changes) {
    const parts = assertSafePath(change.path).split('/');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      let next = node.dirs.get(part);
      if (!next) node.dirs.set(part, (next = { files: new Map(), dirs: new Map() }));
      node = next;
    }
    node.files.set(parts.at(-1)!, change.content);
  }
  return root;
}

/** Parses a raw tree object: `<mode> <name>\0<binary id>` entries. */
function parseTree(raw: Buffer, idBytes: number): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  let at = 0;
  while (at < raw.length) {
    const space = raw.indexOf(0x20, at);
    const nul = raw.indexOf(0, space);
    const mode = raw.subarray(at, space).toString();
    const name = raw.subarray(space + 1, nul).toString('utf8');
    const sha = raw.subarray(nul + 1, nul + 1 + idBytes).toString('hex');
    entries.set(name, { mode, sha });
    at = nul + 1 + idBytes;
  }
  return entries;
}

/** Reads raw trees by spec through the handle's long-lived `git cat-file --batch`; null for missing ones or non-trees. */
async function readTrees(git: Git, specs: string[]): Promise<(Buffer | null)[]> {
  const objects = await Promise.all(specs.map((s) => git.readObject(s)));
  return objects.map((o) => (o?.type === 'tree' ? o.content : null));
}

/** The tree of `parent` (a commit, or null for an empty tree) with `changes` applied. */
export async function buildTree(git: Git, parent: string | null, changes: FileChange[]): Promise<string> {
  const root = group(changes);
  const idBytes = parent && parent.length === 64 ? 32 : 20;
  // Every directory on the way to a change, read at once.
  const dirs: string[] = [];
  const walk = (node: DirChanges, prefix: string) => {
    dirs.push(prefix);
    for (const [name, child] of node.dirs) walk(child, prefix ? `${prefix}/${name}` : name);
  };
  walk(root, '');
  const raws = parent
    ? await readTrees(
        git,
        dirs.map((d) => `${parent}:${d}`),
      )
    : dirs.map(() => null);
  const existing = new Map(dirs.map((d, i) => [d, raws[i] ? parseTree(raws[i]!, idBytes) : new Map<string, TreeEntry>()]));

  // Blobs first, all in parallel.
  const blobs = new Map<string, string>();
  await Promise.all(changes.filter((c) => c.content !== null).map(async (c) => blobs.set(c.path, await git.hashBlob(c.content!))));

  const write = async (node: DirChanges, prefix: string): Promise<string | null> => {
    const entries = new Map(existing.get(prefix)!);
    const subtrees = await Promise.all([...node.dirs].map(async ([name, child]) => [name, await write(child, prefix ? `${prefix}/${name}` : name)] as const));
    for (const [name, sha] of subtrees) {
      if (sha === null) entries.delete(name);
      else entries.set(name, { mode: '40000', sha });
    }
    for (const [name, content] of node.files) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (content === null) entries.delete(name);
      else entries.set(name, { mode: '100644', sha: blobs.get(path)! });
    }
    if (entries.size === 0 && prefix !== '') return null;
    const lines = [...entries].map(([name, e]) => {
      const type = e.mode === '40000' ? 'tree' : e.mode === '160000' ? 'commit' : 'blob';
      return `${e.mode.padStart(6, '0')} ${type} ${e.sha}\t${name}`;
    });
    return (await git.text(['mktree'], { input: lines.length ? lines.join('\n') + '\n' : '' })).trim();
  };
  return (await write(root, ''))!;
}

export async function treeOf(git: Git, commit: string | null): Promise<string> {
  if (!commit) return '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
  return (await git.text(['rev-parse', `${commit}^{tree}`])).trim();
}

export async function parentsOf(git: Git, commit: string): Promise<string[]> {
  const line = (await git.text(['rev-list', '--parents', '-n', '1', commit])).trim();
  return line.split(' ').slice(1);
}

export interface Identity {
  name: string;
  email: string;
  /** ISO date for author and committer; now when absent. */
  date?: string;
}

export async function commitTree(git: Git, tree: string, parents: string[], message: string, who: Identity): Promise<string> {
  const env: Record<string, string> = {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
  };
  if (who.date) {
    env.GIT_AUTHOR_DATE = who.date;
    env.GIT_COMMITTER_DATE = who.date;
  }
  const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])];
  return (await git.text(args, { input: message, env })).trim();
}

/**
 * Compare-and-swap on a ref: succeeds only when the ref still points to `expected` (null: must not exist).
 * Returns false when it lost the race.
 */
export async function casRef(git: Git, ref: string, next: string | null, expected: string | null, reason: string): Promise<boolean> {
  const args = next === null ? ['update-ref', '-m', reason, '-d', ref, expected ?? ''] : ['update-ref', '-m', reason, ref, next, expected ?? ZERO_OID];
  const r = await git.run(args, { okCodes: [1, 128] });
  return r.code === 0;
}
