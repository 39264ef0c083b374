/**
 * The git CLI, spawned: the only way the local forge touches a repository. No libraries, no working tree:
 * every command runs against the git directory with plumbing (cat-file, ls-tree, commit-tree, update-ref).
 */
import { spawn } from 'node:child_process';
import { DhowError } from '../errors.js';
import { CatFile, parseTree, type GitObject } from './cat-file.js';
import { gitObjectWriter, looseObjectStore, type ObjectWriter } from './local-objects.js';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface GitOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  /** Exit codes that are answers rather than failures (e.g. 1 for "conflict"); others throw. */
  okCodes?: number[];
}

/** Git commands that never move a ref; any other command run through this handle drops the cached refs. */
const READ_ONLY = new Set([
  'cat-file',
  'ls-tree',
  'log',
  'rev-parse',
  'rev-list',
  'merge-base',
  'diff',
  'for-each-ref',
  'config',
  'hash-object',
  'mktree',
  'commit-tree',
  'merge-tree',
  'read-tree',
  'write-tree',
  'update-index',
]);

/** Every ref of the repository read at one moment, and the branch HEAD names. */
export interface RefSnapshot {
  refs: Map<string, string>;
  head: string | null;
}

/** A commit's tree and parents, read from the commit object. */
export interface CommitObject {
  tree: string;
  parents: string[];
}

export class Git {
  private objects: CatFile | null = null;
  private writer: Promise<ObjectWriter> | null = null;
  private refSnapshot: Promise<RefSnapshot> | null = null;
  private inPass = false;

  constructor(readonly gitDir: string) {}

  private env(extra?: Record<string, string | undefined>): NodeJS.ProcessEnv {
    const env: Record<string, string | undefined> = { ...process.env, GIT_DIR: this.gitDir, ...extra };
    // Never let an ambient GIT_INDEX_FILE or GIT_WORK_TREE reach a user's checkout.
    if (!extra?.GIT_INDEX_FILE) delete env.GIT_INDEX_FILE;
    delete env.GIT_WORK_TREE;
    return env as NodeJS.ProcessEnv;
  }

  async run(args: string[], options: GitOptions = {}): Promise<GitResult> {
    const readsSymref = args[0] === 'symbolic-ref' && (args.length === 2 || args.includes('--short'));
    const movesRefs = !READ_ONLY.has(args[0] ?? '') && !readsSymref;
    if (movesRefs) this.forgetRefs();
    try {
      return await this.spawnGit(args, options);
    } finally {
      // Also after: a ref read that ran alongside the command may have seen the ref before it moved.
      if (movesRefs) this.forgetRefs();
    }
  }

  /** One git process, the refs of the pass left alone (updateRef keeps them itself). */
  private spawnGit(args: string[], options: GitOptions = {}): Promise<GitResult> {
    const env = this.env(options.env);
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('error', (error) => reject(new DhowError('forge', `git ${args[0]}: ${error.message}`, { cause: error })));
      child.on('close', (code) => {
        const result = { code: code ?? 1, stdout: Buffer.concat(out), stderr };
        if (result.code === 0 || options.okCodes?.includes(result.code)) resolve(result);
        else reject(new DhowError('forge', `git ${args.join(' ').slice(0, 200)} failed (${result.code}): ${stderr.trim()}`));
      });
      child.stdin.on('error', () => {}); // git may exit before reading all input; its exit code says why
      child.stdin.end(options.input ?? '');
    });
  }

  async text(args: string[], options: GitOptions = {}): Promise<string> {
    return (await this.run(args, options)).stdout.toString('utf8');
  }

  /**
   * Starts a pass: a one-shot command, one delivery of the bridge, one pass of the rollout controller. Refs
   * are then read once (one `for-each-ref`) and reused until this handle runs a command that may move a ref
   * or the next pass begins. Outside any pass every ref read asks git, so a handle that lives long and never
   * begins a pass can be slow but never stale. Objects by id need no pass: they never change, but the
   * cat-file process that reads them lives for the pass: the previous pass's one goes, once it has answered.
   */
  beginPass(): void {
    this.inPass = true;
    this.refSnapshot = null;
    this.objects?.release();
    if (this.objects) this.objects.keepWhileIdle = true;
  }

  /**
   * Ends the pass: its refs are dropped and its cat-file process ends once it has answered what it was
   * asked. Reads after it work as outside any pass (a new process, closed when idle).
   */
  endPass(): void {
    this.inPass = false;
    this.refSnapshot = null;
    this.objects?.release();
    if (this.objects) this.objects.keepWhileIdle = false;
  }

  /** All refs and HEAD's branch: the pass's snapshot, or (outside a pass) the repository as it is now. */
  refs(): Promise<RefSnapshot> {
    if (!this.inPass) return this.readRefs();
    if (this.refSnapshot) return this.refSnapshot;
    // A pass reads objects after its refs: git cat-file starts meanwhile rather than after.
    this.catFile().warm();
    const snapshot = this.readRefs();
    this.refSnapshot = snapshot;
    // A failed read is not kept: the next caller asks git again.
    snapshot.catch(() => {
      if (this.refSnapshot === snapshot) this.refSnapshot = null;
    });
    return snapshot;
  }

  private async readRefs(): Promise<RefSnapshot> {
    const out = await this.text(['for-each-ref', '--format=%(objectname) %(HEAD) %(refname)']);
    const refs = new Map<string, string>();
    let head: string | null = null;
    for (const line of out.split('\n')) {
      const m = /^([0-9a-f]+) ([* ]) (.+)$/.exec(line);
      if (!m) continue;
      refs.set(m[3]!, m[1]!);
      if (m[2] === '*') head = m[3]!;
    }
    return { refs, head };
  }

  /** Drops the pass's refs: the next read sees the repository as it is now. */
  forgetRefs(): void {
    this.refSnapshot = null;
  }

  /** An object by id or `<oid>:<path>`, through this handle's long-lived `git cat-file --batch`; null when missing. */
  readObject(spec: string): Promise<GitObject | null> {
    return this.catFile().read(spec);
  }

  private catFile(): CatFile {
    if (!this.objects) {
      this.objects = new CatFile(() => this.env());
      this.objects.keepWhileIdle = this.inPass;
    }
    return this.objects;
  }

  /** The entries of the tree a spec names; null when it is missing or not a tree. */
  async readTree(spec: string): Promise<{ mode: string; name: string; oid: string }[] | null> {
    const object = await this.readObject(spec);
    return object?.type === 'tree' ? parseTree(object.content, object.oid.length / 2) : null;
  }

  /** Ends the long-lived cat-file process now (outside a pass it also ends itself when idle). */
  close(): void {
    this.objects?.close();
  }

  /** The commit a ref names, or null. */
  async resolve(ref: string): Promise<string | null> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1, 128] });
    return r.code === 0 ? r.stdout.toString().trim() : null;
  }

  /**
   * Reads many objects (`<oid>`, `<rev>:<path>`) through the long-lived `git cat-file --batch`, asked at once:
   * text per spec, null when missing or not a blob.
   */
  async readBlobs(specs: string[]): Promise<(string | null)[]> {
    return this.catFile().readTexts(specs);
  }

  /** Where this handle writes blobs and trees: the object store itself, or git where it must (src/forge/local-objects.ts). */
  objectWriter(): Promise<ObjectWriter> {
    this.writer ??= looseObjectStore(this.gitDir, this.env()).then((store) => store ?? gitObjectWriter(async (args, input) => this.text(args, { input })));
    return this.writer;
  }

  /** A commit's tree and parents through the long-lived cat-file (no rev-parse, no rev-list); null when it is no commit. */
  async commitObject(oid: string): Promise<CommitObject | null> {
    const object = await this.readObject(oid);
    if (object?.type !== 'commit') return null;
    const text = object.content.toString('utf8');
    const headers = text.slice(0, text.indexOf('\n\n') < 0 ? text.length : text.indexOf('\n\n')).split('\n');
    const tree = headers.find((h) => h.startsWith('tree '))?.slice(5);
    if (!tree) throw new DhowError('forge', `commit ${oid} has no tree`);
    return { tree, parents: headers.filter((h) => h.startsWith('parent ')).map((h) => h.slice(7)) };
  }

  /**
   * Compare-and-swap on a ref with `git update-ref <ref> <new> <old>`: succeeds only when the ref still
   * points to `expected` (null: must not exist; `next` null deletes it). Returns false when it lost the race.
   * A pass's refs learn the new value of a ref this handle moved, so a write costs no re-read of every ref;
   * a lost race drops them, since another writer moved something.
   */
  async updateRef(ref: string, next: string | null, expected: string | null, reason: string): Promise<boolean> {
    const args = next === null ? ['update-ref', '-m', reason, '-d', ref, expected ?? ''] : ['update-ref', '-m', reason, ref, next, expected ?? ZERO_OID];
    const r = await this.spawnGit(args, { okCodes: [1, 128] });
    if (r.code !== 0) {
      this.forgetRefs();
      return false;
    }
    const snapshot = this.refSnapshot;
    if (snapshot) {
      const learned = snapshot.then((s) => {
        if (next === null) s.refs.delete(ref);
        else s.refs.set(ref, next);
        return s;
      });
      this.refSnapshot = learned;
      learned.catch(() => {
        if (this.refSnapshot === learned) this.refSnapshot = null;
      });
    }
    return true;
  }
}

export const ZERO_OID = '0000000000000000000000000000000000000000';
