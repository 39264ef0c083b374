/**
 * Builds trees and commits without a working tree or an index: the trees on the way to each changed
 * path are read through the long-lived `git cat-file --batch`, rebuilt in memory and written bottom-up
 * into the object store (src/forge/local-objects.ts), with no process per blob or tree. Only the
 * directories that change are touched, so a commit costs the same in a registry of 100 versions as in one
 * of 10,000. A user's checkout and its index are never touched.
 */
import { DhowError } from '../errors.js';
import type { FileChange } from './forge.js';
import type { Git } from './local-git.js';

/** A registry-relative path: no leading slash, no `.`/`..` segments, no empty segments, no line breaks. */
export function assertSafePath(path: string): string {
  const segments = path.split('/');
  if (path.length === 0 || path.length > 1024 || /[\0\n\r\t\\]/.test(path) || segments.some((s) => s === '' || s === '.' || s === '..' || s === '.git')) {
    throw new DhowError('invalid-input', `unsafe registry path ${JSON.stringify(path)}`);
  }
  return path;
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

/** The tree of `parent` (a commit, or null for an empty tree) with `changes` applied. */
export async function buildTree(git: Git, parent: string | null, changes: FileChange[]): Promise<string> {
  const root = group(changes);
  // Every directory on the way to a change, read at once through the long-lived cat-file.
  const dirs: string[] = [];
  const walk = (node: DirChanges, prefix: string) => {
    dirs.push(prefix);
    for (const [name, child] of node.dirs) walk(child, prefix ? `${prefix}/${name}` : name);
  };
  walk(root, '');
  const listings = parent ? await Promise.all(dirs.map((d) => git.readTree(d === '' ? `${parent}^{tree}` : `${parent}:${d}`))) : dirs.map(() => null);
  const existing = new Map(dirs.map((d, i) => [d, new Map((listings[i] ?? []).map((e) => [e.name, e]))]));

  const objects = await git.objectWriter();
  // Blobs first, all at once.
  const blobs = new Map<string, string>();
  await Promise.all(changes.filter((c) => c.content !== null).map(async (c) => blobs.set(c.path, await objects.blob(c.content!))));

  const write = async (node: DirChanges, prefix: string): Promise<string | null> => {
    const entries = new Map(existing.get(prefix)!);
    const subtrees = await Promise.all([...node.dirs].map(async ([name, child]) => [name, await write(child, prefix ? `${prefix}/${name}` : name)] as const));
    for (const [name, oid] of subtrees) {
      if (oid === null) entries.delete(name);
      else entries.set(name, { mode: '40000', name, oid });
    }
    for (const [name, content] of node.files) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (content === null) entries.delete(name);
      else entries.set(name, { mode: '100644', name, oid: blobs.get(path)! });
    }
    if (entries.size === 0 && prefix !== '') return null;
    return objects.tree([...entries.values()]);
  };
  return (await write(root, ''))!;
}

/** The tree of a commit (the empty tree for none), read through the long-lived cat-file. */
export async function treeOf(git: Git, commit: string | null): Promise<string> {
  if (!commit) return '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
  const object = await git.commitObject(commit);
  if (!object) throw new DhowError('forge', `${commit} is not a commit`);
  return object.tree;
}

export async function parentsOf(git: Git, commit: string): Promise<string[]> {
  const object = await git.commitObject(commit);
  if (!object) throw new DhowError('forge', `${commit} is not a commit`);
  return object.parents;
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
export function casRef(git: Git, ref: string, next: string | null, expected: string | null, reason: string): Promise<boolean> {
  return git.updateRef(ref, next, expected, reason);
}
