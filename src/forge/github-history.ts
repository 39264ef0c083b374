/**
 * One-pass reads of a GitHub registry for the site and the evidence pack: every file under a directory
 * (listTree) and every commit touching a directory with the paths each changed (historyUnder), in a number
 * of API calls that depends on the number of commits, and on the number of models or versions only through
 * the chunks of 100 reads a query that GitHub's limits ask for (READS_PER_QUERY in github-reads.ts).
 *
 * GraphQL has no list of a commit's changed files, and REST gives one per commit (GET /commits/{sha}). So
 * historyUnder reads the directory's history 100 commits a query, each commit with the directory's tree id
 * and first level of entries and those of its parents, then compares the trees: only subtrees whose ids
 * differ are read, all of a level for the whole page in one query (tree ids never change, so each is read
 * once). Cost: (1 + levels below the directory's first) queries per 100 commits: 2 for releases/, 3 for gates/.
 * https://docs.github.com/en/graphql/reference/objects#commit (history, file, parents)
 * https://docs.github.com/en/graphql/reference/queries#repository (Repository.object by oid or expression)
 */
import type { graphql as Graphql } from '@octokit/graphql';
import { DhowError } from '../errors.js';
import type { CommitInfo } from './forge.js';
import { parseTrailers } from './forge.js';
import type { BatchedReader, DirEntry, NestedEntry } from './github-reads.js';

/** A commit of GraphQL's history, with what a CommitInfo needs. */
export interface CommitNode {
  oid: string;
  message: string;
  committedDate: string;
  author: { name: string | null; email: string | null; date: string | null } | null;
  associatedPullRequests: { nodes: { number: number; state: string; mergedBy: { login: string } | null; mergeCommit: { oid: string } | null }[] };
}

export type MergedRequest = { number: number; mergedBy: { login: string } | null; mergeCommit: { oid: string } | null };

/**
 * How GitHub's history is read as the default branch saw it: a commit that came with pull requests counts
 * only as the newest commit (per path) of a MERGED one; commits of unmerged ones are left out. `seen` holds
 * the merged requests already counted for the path. Returns the request to report, null for a direct
 * commit, undefined to leave the commit out.
 */
export function countedAs(node: CommitNode, seen: Set<number>): MergedRequest | null | undefined {
  const pulls = node.associatedPullRequests?.nodes ?? [];
  const merged = pulls.find((p) => p.state === 'MERGED' && p.mergeCommit);
  if (pulls.length > 0 && (!merged || seen.has(merged.number))) return undefined;
  if (merged) seen.add(merged.number);
  return merged ?? null;
}

export function commitInfoOf(node: CommitNode, merged: MergedRequest | null): CommitInfo {
  const [subject = '', ...rest] = node.message.split('\n');
  return {
    ...(merged ? { request: { id: String(merged.number), mergedBy: merged.mergedBy?.login ?? '', mergeSha: merged.mergeCommit!.oid } } : {}),
    sha: node.oid,
    subject,
    body: rest.join('\n').trim(),
    trailers: parseTrailers(node.message),
    author: node.author?.name ?? '',
    date: node.author?.date ?? node.committedDate,
  };
}

const COMMIT_FIELDS =
  'oid message committedDate author { name email date } associatedPullRequests(first: 5) { nodes { number state mergedBy { login } mergeCommit { oid } } }';
const DIR_FIELD = 'file(path: $path) { oid object { ... on Tree { entries { name type oid } } } }';

interface PageNode extends CommitNode {
  file: { oid: string; object: { entries?: DirEntry[] } | null } | null;
  parents: { nodes: { oid: string; file: { oid: string; object: { entries?: DirEntry[] } | null } | null }[] };
}

/** Every file path under `dir` at `ref` (recursively): one query for the registry's depth, one more per deeper level. */
export async function listTreeAt(reads: BatchedReader, ref: string, dir: string): Promise<string[]> {
  const top = dir.replace(/^\/+|\/+$/g, '');
  const root = await reads.subtree(ref, top);
  if (!root) {
    // A file lists itself, as `git ls-tree -r` does; nothing at all lists nothing.
    return top && (await reads.file(ref, top).catch(() => 'binary')) !== null ? [top] : [];
  }
  const out: string[] = [];
  const walk = async (prefix: string, entries: NestedEntry[]): Promise<void> => {
    await Promise.all(
      entries.map(async (e) => {
        if (e.type === 'blob') out.push(`${prefix}${e.name}`);
        else if (e.type === 'tree') await walk(`${prefix}${e.name}/`, e.object?.entries ?? (await reads.treeEntries(e.oid)));
      }),
    );
  };
  await walk(top ? `${top}/` : '', root.entries);
  return out.sort();
}

/** A pair of trees to compare (null: absent), the path they sit at, and where the changed paths go. */
interface Pending {
  a: string | null;
  b: string | null;
  prefix: string;
  out: Set<string>;
}

/**
 * The file paths that differ between the trees of each pair, level by level: every tree of a level that is
 * not known yet is read in one batch (one query for the whole page of commits).
 */
async function changedPaths(reads: BatchedReader, pairs: Pending[]): Promise<void> {
  let frontier = pairs.filter((p) => p.a !== p.b);
  while (frontier.length > 0) {
    const entriesOf = new Map<string, DirEntry[]>();
    const ids = [...new Set(frontier.flatMap((p) => [p.a, p.b]).filter((id): id is string => id !== null))];
    const lists = await Promise.all(ids.map((id) => reads.treeEntries(id)));
    ids.forEach((id, i) => entriesOf.set(id, lists[i]!));
    const next: Pending[] = [];
    for (const pair of frontier) {
      const left = new Map((pair.a ? entriesOf.get(pair.a)! : []).map((e) => [e.name, e]));
      const right = new Map((pair.b ? entriesOf.get(pair.b)! : []).map((e) => [e.name, e]));
      for (const name of new Set([...left.keys(), ...right.keys()])) {
        const x = left.get(name);
        const y = right.get(name);
        if (x && y && x.oid === y.oid && x.type === y.type) continue;
        const path = `${pair.prefix}${name}`;
        const treeX = x?.type === 'tree' ? x.oid : null;
        const treeY = y?.type === 'tree' ? y.oid : null;
        if (treeX || treeY) next.push({ a: treeX, b: treeY, prefix: `${path}/`, out: pair.out });
        if ((x && x.type !== 'tree') || (y && y.type !== 'tree')) pair.out.add(path);
      }
    }
    frontier = next;
  }
}

/**
 * Every commit touching `dir` as GitHub's history of it walks them, newest first, each with the paths under
 * `dir` it changed; per path, the commits kept are those `history(path)` keeps (GitHubForge.history). A
 * merge names a path only where it differs from every parent: git's history of that path passes the merge
 * by otherwise.
 */
export async function historyUnderAt(
  graphql: typeof Graphql,
  reads: BatchedReader,
  repository: { owner: string; name: string },
  dir: string,
  ref: string,
): Promise<(CommitInfo & { paths: string[] })[]> {
  const top = dir.replace(/^\/+|\/+$/g, '');
  if (!top) throw new DhowError('usage', 'historyUnder needs a directory of the registry (releases, gates), not its root');
  const query = `query($owner: String!, $name: String!, $ref: String!, $path: String!, $after: String) { repository(owner: $owner, name: $name) { object(expression: $ref) { ... on Commit { history(path: $path, first: 100, after: $after) { nodes { ${COMMIT_FIELDS} ${DIR_FIELD} parents(first: 5) { nodes { oid ${DIR_FIELD} } } } pageInfo { hasNextPage endCursor } } } } } }`;
  // Per commit, the paths it changed against each parent (one set for a plain commit).
  const commits: { node: PageNode; perParent: Set<string>[] }[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { repository: { object: { history?: { nodes: PageNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } } =
      await graphql(query, { owner: repository.owner, name: repository.name, ref, path: top, after });
    const history = data.repository.object?.history;
    if (!history) break;
    const pairs: Pending[] = [];
    for (const node of history.nodes) {
      const remember = (file: PageNode['file']) => {
        if (file?.object?.entries) reads.rememberTree(file.oid, file.object.entries);
        return file?.object?.entries ? file.oid : null;
      };
      const mine = remember(node.file);
      const parents = node.parents.nodes.length > 0 ? node.parents.nodes : [{ oid: '', file: null }];
      // One set of changed paths per parent; a merge keeps what differs from all of them.
      const perParent = parents.map((p) => {
        const out = new Set<string>();
        pairs.push({ a: mine, b: remember(p.file), prefix: `${top}/`, out });
        return out;
      });
      commits.push({ node, perParent });
    }
    await changedPaths(reads, pairs);
    if (!history.pageInfo.hasNextPage) break;
    after = history.pageInfo.endCursor;
  }
  const seen = new Map<string, Set<number>>();
  const out: (CommitInfo & { paths: string[] })[] = [];
  for (const commit of commits) {
    const [first, ...others] = commit.perParent;
    const changed = [...first!].filter((p) => others.every((s) => s.has(p))).sort();
    let request: MergedRequest | null | undefined;
    const kept: string[] = [];
    for (const path of changed) {
      if (!seen.has(path)) seen.set(path, new Set());
      const counted = countedAs(commit.node, seen.get(path)!);
      if (counted === undefined) continue;
      request = counted;
      kept.push(path);
    }
    if (kept.length > 0) out.push({ ...commitInfoOf(commit.node, request ?? null), paths: kept });
  }
  return out;
}
