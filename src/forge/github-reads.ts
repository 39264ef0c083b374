/**
 * Reads of the github forge, batched: every read asked for in the same turn of the event loop (a
 * planner's Promise.all over the model file, its releases, a version record, a release history, a deploy
 * directory, a branch head and its open pull request) goes out as ONE GraphQL query. What a commit holds
 * never changes, so file texts and blob ids are cached by (commit, path): reading the same snapshot twice
 * costs nothing. A branch head comes with its dhow.yaml, which a reader opened on it asks for next. This is what keeps a promotion's API calls constant as the registry grows.
 * A batch larger than READS_PER_QUERY goes out in chunks, one query after the other: ceil(reads / 100) queries.
 */
import type { graphql as Graphql } from '@octokit/graphql';

export interface PullRequestNode {
  number: number;
  url: string;
  title: string;
  body: string;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  headRefName: string;
  baseRefName: string;
  headRefOid: string;
  author: { login: string } | null;
  labels: { nodes: { name: string }[] };
  mergeCommit: { oid: string } | null;
}

export interface HistoryNode {
  oid: string;
  message: string;
  committedDate: string;
  author: { name: string | null; email: string | null; date: string | null } | null;
  file: { object: { text: string | null } | null } | null;
  associatedPullRequests: { nodes: { number: number; state: string; mergedBy: { login: string } | null; mergeCommit: { oid: string } | null }[] };
}

type Read =
  | { kind: 'default' }
  | { kind: 'file'; ref: string; path: string }
  | { kind: 'dir'; ref: string; path: string }
  | { kind: 'tree'; oid: string }
  | { kind: 'subtree'; ref: string; path: string }
  | { kind: 'head'; branch: string }
  | { kind: 'pulls'; branch: string; states: string[] }
  | { kind: 'history'; ref: string; path: string; first: number; after: string | null };

interface Pending {
  read: Read;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** The default branch with its head commit, the head's root tree and dhow.yaml (null text: absent). */
export interface DefaultBranch {
  name: string;
  oid: string;
}

export interface DirEntry {
  name: string;
  type: string;
  oid: string;
}

/** A tree entry with the entries of the tree it is, as far down as one query reads (TREE_DEPTH levels). */
export interface NestedEntry extends DirEntry {
  object?: { entries?: NestedEntry[] } | null;
}

/** Levels of a tree one query reads: the registry's deepest files (gates/<env>/<model>/<version>.yaml) are 4 down from the root. */
export const TREE_DEPTH = 4;
/**
 * Tree entries nested `depth` levels: TreeEntry.object is the entry's Git object, a Tree's `entries` its children.
 * https://docs.github.com/en/graphql/reference/objects#tree
 * https://docs.github.com/en/graphql/reference/objects#treeentry
 */
export function nestedEntries(depth: number): string {
  return depth <= 1 ? 'entries { name type oid }' : `entries { name type oid object { ... on Tree { ${nestedEntries(depth - 1)} } } }`;
}

const isCommitId = (ref: string) => /^[0-9a-f]{40}$/.test(ref);
/** The registry's policy file (registry/paths CONFIG_PATH), read with every branch head. */
export const CONFIG_FILE = 'dhow.yaml';
export const CONFIG_FIELD = `file(path: "${CONFIG_FILE}") { object { ... on Blob { oid text } } }`;
const PR_FIELDS = 'number url title body state headRefName baseRefName headRefOid author { login } labels(first: 50) { nodes { name } } mergeCommit { oid }';

/**
 * Reads in one GraphQL query, at most. GitHub refuses a query over 500,000 possible nodes (a history read of 100 commits
 * with 5 pull requests each is 600) and ends one it cannot answer within 10 seconds ("We couldn't respond to your request
 * in time"); a query with thousands of aliased Git object lookups risks the timeout. 100 reads keep a history chunk at
 * 60,000 nodes and a file chunk small, while a promotion's reads (under 20) still go out in one query.
 * https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#node-limit
 * https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#timeouts
 * Chunks go one after the other, never at once: "Make requests serially instead of concurrently" (secondary rate limits).
 * https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#avoid-concurrent-requests
 */
export const READS_PER_QUERY = 100;

export class BatchedReader {
  private queue: Pending[] = [];
  private scheduled = false;
  /** The query in flight (or the last one sent): the next chunk is sent after it settles. */
  private sending: Promise<void> = Promise.resolve();
  /** (commit:path) -> text (null: absent). Valid forever: a commit never changes. */
  private readonly files = new Map<string, string | null>();
  /** (commit:path) -> blob id, from directory listings and file reads. */
  readonly blobIds = new Map<string, string | null>();
  /** commit -> root tree id. */
  readonly trees = new Map<string, string>();
  /** commit -> parent ids (of branch heads read). */
  readonly parents = new Map<string, string[]>();
  /** (commit:dir) -> entries of directories listed: a path in one that the listing lacks is absent. */
  private readonly listed = new Map<string, DirEntry[]>();
  /** tree id -> its entries. Valid forever. */
  private readonly treesById = new Map<string, DirEntry[]>();
  /** The repository's node id, read with every query (a scalar: no node cost); createRef names the repository by it. */
  repositoryId: string | undefined;
  /** The default branch: asked for once per forge, in whichever batch first needs it. */
  private defaultRef: Promise<DefaultBranch | null> | undefined;

  constructor(
    private readonly graphql: typeof Graphql,
    private readonly owner: string,
    private readonly name: string,
  ) {}

  /** Records what a commit is known to hold (from a query made for another reason). */
  prime(commit: string, path: string, text: string | null, oid?: string | null): void {
    this.files.set(`${commit}:${path}`, text);
    if (oid !== undefined) this.blobIds.set(`${commit}:${path}`, oid);
  }

  cachedBlobId(commit: string, path: string): string | null | undefined {
    const known = this.blobIds.get(`${commit}:${path}`);
    if (known !== undefined) return known;
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    return this.listed.has(`${commit}:${dir}`) ? null : undefined;
  }

  /**
   * The default branch and its head, read in the same batch as whatever else is asked for in this turn (a
   * promotion's branch head and open pull request), with the head's tree and dhow.yaml.
   */
  defaultBranch(): Promise<DefaultBranch | null> {
    this.defaultRef ??= this.enqueue({ kind: 'default' }) as Promise<DefaultBranch | null>;
    // A failed read is not kept: the next call asks again.
    this.defaultRef.catch(() => (this.defaultRef = undefined));
    return this.defaultRef;
  }

  /** What a head read brings besides the commit id: its tree, its parents and dhow.yaml. */
  private primeHead(target: {
    oid: string;
    tree?: { oid: string };
    parents?: { nodes: { oid: string }[] };
    file?: { object: { oid: string; text: string | null } | null } | null;
  }): void {
    if (target.tree?.oid) {
      this.trees.set(target.oid, target.tree.oid);
      const config = target.file?.object ?? null;
      this.prime(target.oid, CONFIG_FILE, config?.text ?? null, config?.oid ?? null);
    }
    if (target.parents)
      this.parents.set(
        target.oid,
        target.parents.nodes.map((n) => n.oid),
      );
  }

  file(ref: string, path: string): Promise<string | null> {
    const key = `${ref}:${path}`;
    if (isCommitId(ref) && this.files.has(key)) return Promise.resolve(this.files.get(key)!);
    return this.enqueue({ kind: 'file', ref, path }) as Promise<string | null>;
  }

  dir(ref: string, path: string): Promise<DirEntry[]> {
    const known = isCommitId(ref) ? this.listed.get(`${ref}:${path}`) : undefined;
    if (known) return Promise.resolve(known);
    return this.enqueue({ kind: 'dir', ref, path }) as Promise<DirEntry[]>;
  }

  /** The entries of a tree (by its id), cached forever: a tree never changes. */
  treeEntries(oid: string): Promise<DirEntry[]> {
    const known = this.treesById.get(oid);
    if (known) return Promise.resolve(known);
    return this.enqueue({ kind: 'tree', oid }) as Promise<DirEntry[]>;
  }

  /** A directory at a ref with its entries TREE_DEPTH levels down (null when absent or not a directory). */
  subtree(ref: string, path: string): Promise<{ oid: string; entries: NestedEntry[] } | null> {
    return this.enqueue({ kind: 'subtree', ref, path }) as Promise<{ oid: string; entries: NestedEntry[] } | null>;
  }

  /** Records the entries of a tree and of every tree nested in them. */
  rememberTree(oid: string, entries: NestedEntry[]): void {
    this.treesById.set(
      oid,
      entries.map(({ name, type, oid: id }) => ({ name, type, oid: id })),
    );
    for (const e of entries) if (e.type === 'tree' && e.object?.entries) this.rememberTree(e.oid, e.object.entries);
  }

  head(branch: string): Promise<{ oid: string; tree: string } | null> {
    return this.enqueue({ kind: 'head', branch }) as Promise<{ oid: string; tree: string } | null>;
  }

  pulls(branch: string, states: string[]): Promise<PullRequestNode[]> {
    return this.enqueue({ kind: 'pulls', branch, states }) as Promise<PullRequestNode[]>;
  }

  history(
    ref: string,
    path: string,
    first: number,
    after: string | null,
  ): Promise<{ nodes: HistoryNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null> {
    return this.enqueue({ kind: 'history', ref, path, first, after }) as Promise<never>;
  }

  private enqueue(read: Read): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ read, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate runs after every promise continuation of this turn: all reads a Promise.all starts
        // land in the same batch.
        setImmediate(() => void this.flush());
      }
    });
  }

  private flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.scheduled = false;
    // One query at a time per reader, chunk after chunk: a batch read in one turn may be thousands of reads (a site over
    // 10,000 versions), and GitHub refuses or times out a query that large (see READS_PER_QUERY).
    for (let at = 0; at < batch.length; at += READS_PER_QUERY) {
      const chunk = batch.slice(at, at + READS_PER_QUERY);
      // A chunk that fails in a way send() did not foresee fails its own reads, never the chunks queued after it.
      this.sending = this.sending
        .then(() => this.send(chunk))
        .catch((error: unknown) => {
          for (const p of chunk) p.reject(error);
        });
    }
    return this.sending;
  }

  /** Sends one chunk of reads as one GraphQL query and settles each read's promise. Never rejects. */
  private async send(batch: Pending[]): Promise<void> {
    const vars: Record<string, unknown> = { owner: this.owner, name: this.name };
    const defs = ['$owner: String!', '$name: String!'];
    const fields: string[] = [];
    batch.forEach(({ read }, i) => {
      const v = (suffix: string, type: string, value: unknown) => {
        vars[`v${i}${suffix}`] = value;
        defs.push(`$v${i}${suffix}: ${type}`);
        return `$v${i}${suffix}`;
      };
      switch (read.kind) {
        case 'default':
          // https://docs.github.com/en/graphql/reference/objects#repository (defaultBranchRef: "The Ref associated with the repository's default branch")
          fields.push(`r${i}: defaultBranchRef { name target { oid ... on Commit { tree { oid } parents(first: 2) { nodes { oid } } ${CONFIG_FIELD} } } }`);
          break;
        case 'file':
          fields.push(
            `r${i}: object(expression: ${v('e', 'String!', `${read.ref}:${read.path}`)}) { __typename oid ... on Blob { text isTruncated isBinary } }`,
          );
          break;
        case 'dir':
          fields.push(`r${i}: object(expression: ${v('e', 'String!', `${read.ref}:${read.path}`)}) { __typename ... on Tree { entries { name type oid } } }`);
          break;
        case 'tree':
          fields.push(`r${i}: object(oid: ${v('o', 'GitObjectID!', read.oid)}) { ... on Tree { entries { name type oid } } }`);
          break;
        case 'subtree':
          fields.push(
            `r${i}: object(expression: ${v('e', 'String!', read.path ? `${read.ref}:${read.path}` : `${read.ref}:`)}) { __typename oid ... on Tree { ${nestedEntries(TREE_DEPTH)} } }`,
          );
          break;
        case 'head':
          fields.push(
            // dhow.yaml comes with every head: a reader opened on a branch reads it next, so it costs no call.
            `r${i}: ref(qualifiedName: ${v('q', 'String!', `refs/heads/${read.branch}`)}) { target { oid ... on Commit { tree { oid } parents(first: 2) { nodes { oid } } ${CONFIG_FIELD} } } }`,
          );
          break;
        case 'pulls':
          fields.push(
            `r${i}: pullRequests(headRefName: ${v('h', 'String!', read.branch)}, states: ${v('s', '[PullRequestState!]', read.states)}, last: 5) { nodes { ${PR_FIELDS} } }`,
          );
          break;
        case 'history':
          fields.push(
            `r${i}: object(expression: ${v('e', 'String!', read.ref)}) { ... on Commit { history(path: ${v('p', 'String!', read.path)}, first: ${v('n', 'Int!', read.first)}, after: ${v('a', 'String', read.after)}) { nodes { oid message committedDate author { name email date } file(path: ${v('f', 'String!', read.path)}) { object { ... on Blob { text } } } associatedPullRequests(first: 5) { nodes { number state mergedBy { login } mergeCommit { oid } } } } pageInfo { hasNextPage endCursor } } } }`,
          );
          break;
      }
    });
    const query = `query(${defs.join(', ')}) { repository(owner: $owner, name: $name) { id ${fields.join(' ')} } }`;
    let repository: Record<string, any>;
    try {
      repository = ((await this.graphql(query, vars)) as { repository: Record<string, unknown> }).repository;
      if (typeof repository?.id === 'string') this.repositoryId = repository.id;
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    batch.forEach(({ read, resolve }, i) => {
      const node = repository[`r${i}`];
      switch (read.kind) {
        case 'default': {
          if (node?.target) this.primeHead(node.target);
          resolve(node?.target ? { name: node.name as string, oid: node.target.oid as string } : null);
          return;
        }
        case 'file': {
          const text = node?.__typename === 'Blob' && !node.isBinary && !node.isTruncated ? (node.text as string) : null;
          if (node?.__typename === 'Blob' && (node.isBinary || node.isTruncated)) {
            resolve(Promise.reject(new Error(`${read.path} at ${read.ref} is binary or larger than GitHub returns through GraphQL`)));
            return;
          }
          if (isCommitId(read.ref)) this.prime(read.ref, read.path, text, node?.__typename === 'Blob' ? node.oid : null);
          resolve(text);
          return;
        }
        case 'dir': {
          const entries: DirEntry[] = node?.__typename === 'Tree' ? node.entries : [];
          if (isCommitId(read.ref)) {
            this.listed.set(`${read.ref}:${read.path}`, entries);
            for (const e of entries) if (e.type === 'blob') this.blobIds.set(`${read.ref}:${read.path}/${e.name}`, e.oid);
          }
          resolve(entries);
          return;
        }
        case 'tree': {
          const entries: DirEntry[] = node?.entries ?? [];
          this.treesById.set(read.oid, entries);
          resolve(entries);
          return;
        }
        case 'subtree': {
          if (node?.__typename !== 'Tree') {
            resolve(null);
            return;
          }
          this.rememberTree(node.oid, node.entries);
          resolve({ oid: node.oid as string, entries: node.entries as NestedEntry[] });
          return;
        }
        case 'head':
          if (node?.target) this.primeHead(node.target);
          resolve(node?.target ? { oid: node.target.oid, tree: node.target.tree?.oid } : null);
          return;
        case 'pulls':
          resolve(node?.nodes ?? []);
          return;
        case 'history': {
          const history = node?.history ?? null;
          for (const c of (history?.nodes ?? []) as HistoryNode[]) this.prime(c.oid, read.path, c.file?.object?.text ?? null);
          resolve(history);
          return;
        }
      }
    });
  }
}
