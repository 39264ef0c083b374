/**
 * The registry's port to the repository that holds it: what reading the registry at a commit
 * (`RegistrySource`) and registering into it (`RegistryRepository`: one atomic commit with compare-and-swap)
 * need, and nothing about requests, reviews or issues. The registry layer owns it so the registry format
 * never imports a forge; every `Forge` (src/forge/forge.ts) is a RegistryRepository.
 */

/** A file to write (`content` as UTF-8 text) or delete (`content: null`). Paths are registry-relative. */
export interface FileChange {
  path: string;
  content: string | null;
}

export interface CommitRequest {
  branch: string;
  /**
   * Compare-and-swap: the head the branch must still have, or `null` when the branch must not exist yet
   * (it is then created from `from`). A moved head throws DhowError('conflict'); callers re-plan and retry.
   */
  expectedHead: string | null;
  /** The commit a new branch starts from (required when `expectedHead` is null). */
  from?: string;
  /**
   * The parent of the new commit when it is not the branch head: a request branch is refreshed onto the
   * current base this way (the branch is moved, still compare-and-swapped on `expectedHead`). When the head
   * already is one commit on `parent` with the same tree, nothing is written (`changed: false`).
   */
  parent?: string;
  changes: FileChange[];
  /** Subject and body; trailers are appended as `Key: value` lines. */
  message: string;
  trailers?: Record<string, string>;
}

export interface CommitResult {
  sha: string;
  /** False when every change matched what was already there: nothing was written. */
  changed: boolean;
}

export interface CommitInfo {
  sha: string;
  subject: string;
  body: string;
  trailers: Record<string, string>;
  author: string;
  date: string;
  /** The merged pull request that brought the commit (github): its number, who merged it, its merge commit. */
  request?: { id: string; mergedBy: string; mergeSha: string };
}

/** Reading a registry's files and their history at refs (branches or commits). */
export interface RegistrySource {
  /** A human description for logs: a path or owner/name. */
  readonly description: string;

  defaultBranch(): Promise<string>;
  /** The commit a branch points to, or null when the branch does not exist. */
  branchHead(branch: string): Promise<string | null>;
  /** A file's text at a ref (branch or commit), or null when absent. */
  readFile(path: string, ref: string): Promise<string | null>;
  /** Several files at one ref in one round trip where the forge can (optional; readFile otherwise). */
  readFiles?(paths: string[], ref: string): Promise<(string | null)[]>;
  /** Every file path under a directory ('' for all), recursively, where the forge can list a tree at once (optional). */
  listTree?(dir: string, ref: string): Promise<string[]>;
  /** Names of the entries directly under a directory at a ref (files and directories), [] when absent. */
  listDirectory(path: string, ref: string): Promise<string[]>;
  /** Commits touching a path, newest first. */
  history(path: string, ref: string, options?: { limit?: number }): Promise<CommitInfo[]>;
  /**
   * Every commit touching a path under `dir`, newest first, with the paths each added, changed or deleted
   * (against its first parent), in one read where the forge can (optional; one `history` per path otherwise).
   * For each path, the commits naming it are exactly what `history(path, ref)` returns.
   */
  historyUnder?(dir: string, ref: string): Promise<(CommitInfo & { paths: string[] })[]>;
}

/** A registry source that also takes commits: what registering a version needs. */
export interface RegistryRepository extends RegistrySource {
  /** One atomic commit of several files with compare-and-swap on the branch head. */
  commitFiles(request: CommitRequest): Promise<CommitResult>;
}
