/**
 * The local forge: a git repository on disk, driven through the git CLI. It is the embedded default: no
 * account, no network. Files are read at refs with plumbing; commits are built in a temporary index and
 * land with compare-and-swap on the branch (`git update-ref <ref> <new> <old>`). Promotion requests, their
 * reviews, comments and merges live in the repository itself, as JSON files committed (also with CAS) on
 * the metadata ref `refs/dhow/requests`, so a registry directory is self-contained and can be pushed anywhere
 * (`git push <remote> 'refs/*:refs/*'`). Issues dhow raises (an impossible revert) live the same way on
 * `refs/dhow/issues`.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { DhowError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { CONFIG_PATH } from '../registry/paths.js';
import { defaultRegistryConfig, type AccessPolicy, type RegistryConfig } from '../registry/schemas.js';
import { parseRegistryFile } from '../registry/files.js';
import { initialRegistryFiles, localRegistryReadme } from '../registry/bootstrap.js';
import {
  parseTrailers,
  withTrailers,
  type ChangeRequest,
  type CommitInfo,
  type CommitRequest,
  type CommitResult,
  type Forge,
  type Issue,
  type IssueInput,
  type IssueOperation,
  type MergeInput,
  type OpenRequestInput,
  type Permission,
  type RequestComment,
  type RequestOperation,
  type RequestState,
  type Review,
  type ReviewState,
} from './forge.js';
import { Git } from './local-git.js';
import { assertSafePath, buildTree, casRef, commitTree, parentsOf, treeOf, type Identity } from './local-tree.js';
import { REQUESTS_REF, RequestStore, type StoredRequest } from './local-requests.js';
import { ISSUES_REF, IssueStore, type StoredIssue } from './local-issues.js';
import { RecordStore } from './local-records.js';

export type DispatchHandler = (eventType: string, payload: Record<string, unknown>) => Promise<void>;

export interface LocalForgeOptions {
  logger?: Logger;
  /** Who commits (author and committer); default: $GIT_AUTHOR_NAME, git config user.name, $USER, "dhow". */
  identity?: { name: string; email?: string };
  /** The clock for commit dates and request timestamps (ISO 8601); default: now. */
  now?: () => string;
}

export class LocalForge implements Forge {
  readonly kind = 'local' as const;
  readonly description: string;
  private dispatchHandler: DispatchHandler | null = null;
  private readonly requests: RequestStore;
  private readonly issues: IssueStore;

  private identity: Identity | null;

  /**
   * The trees listTree read in this pass, by `<commit>:<dir>` ('' for the root): readFiles of the same files
   * (what `dhow validate` does next) reads its directories from here instead of asking git again. A commit's
   * trees never change, so an entry cannot go stale; it is kept for the pass only, to bound the memory.
   */
  private readonly listedTrees = new Map<string, { mode: string; name: string; oid: string }[]>();
  private listing = false;

  constructor(
    readonly git: Git,
    readonly dir: string,
    identity: { name: string; email?: string } | null,
    private readonly logger: Logger,
    private readonly now: () => string,
  ) {
    this.description = dir;
    this.identity = identity ? { name: identity.name, email: identity.email ?? emailFor(identity.name) } : null;
    this.requests = new RequestStore(git, () => this.committer());
    this.issues = new IssueStore(git, () => this.committer());
  }

  /** The identity and date the next commit gets. */
  async committer(): Promise<Identity> {
    this.identity ??= await defaultIdentity(this.git, process.env);
    return { ...this.identity, date: this.now() };
  }

  /** Runs `fn` for every `dispatch` on this forge (the local stand-in for repository_dispatch). */
  setDispatchHandler(fn: DispatchHandler | null): void {
    this.dispatchHandler = fn;
  }

  async defaultBranch(): Promise<string> {
    const { head } = await this.git.refs();
    if (head?.startsWith('refs/heads/')) return head.slice('refs/heads/'.length);
    // HEAD names a branch with no commit yet (a fresh registry): for-each-ref does not list it.
    const r = await this.git.run(['symbolic-ref', '--short', 'HEAD'], { okCodes: [1, 128] });
    return r.code === 0 ? r.stdout.toString().trim() : 'main';
  }

  /** A branch's commit from the pass's refs (a write drops them; see Git.beginPass). */
  async branchHead(branch: string): Promise<string | null> {
    const ref = `refs/heads/${await this.checkBranch(branch)}`;
    return (await this.git.refs()).refs.get(ref) ?? null;
  }

  /**
   * Starts a pass (a one-shot command, one bridge delivery, one controller pass): refs are read once and
   * reused until this forge writes or the next pass begins. A long-running server begins one per request,
   * so it sees commits other writers made meanwhile; without any pass every read asks git (see Git.beginPass).
   */
  beginPass(): void {
    this.git.beginPass();
    this.listing = true;
    this.listedTrees.clear();
  }

  /** Ends the pass: its refs are dropped and the registry's `git cat-file` ends once it has answered (see Git.endPass). */
  endPass(): void {
    this.git.endPass();
    this.listing = false;
    this.listedTrees.clear();
  }

  /** Ends the long-lived `git cat-file` of this registry now; reads still work after. */
  close(): void {
    this.git.close();
  }

  async readFile(path: string, ref: string): Promise<string | null> {
    const [text] = await this.readFiles([path], ref);
    return text ?? null;
  }

  /**
   * Files at one ref through the long-lived `git cat-file --batch`, asked at once. A `<commit>:<path>` spec
   * makes git inflate and scan every tree on the path for each file, so reading all 1,000 versions of a
   * model that way costs 1,000 times its versions tree: quadratic in a model's versions. A directory many
   * files are read from is therefore read once, and its files by object id; a lone file keeps the spec.
   */
  async readFiles(paths: string[], ref: string): Promise<(string | null)[]> {
    const rev = await this.rev(ref);
    const safe = paths.map((p) => assertSafePath(p));
    const perDirectory = new Map<string, number>();
    for (const path of safe) perDirectory.set(parentOf(path), (perDirectory.get(parentOf(path)) ?? 0) + 1);
    const shared = [...perDirectory].filter(([, count]) => count >= READ_DIRECTORY_AT).map(([dir]) => dir);
    const listings = await Promise.all(
      shared.map(async (dir) => this.listedTrees.get(`${rev}:${dir}`) ?? (await this.git.readTree(dir === '' ? `${rev}^{tree}` : `${rev}:${dir}`))),
    );
    const trees = new Map(shared.map((dir, i) => [dir, new Map((listings[i] ?? []).map((e) => [e.name, e]))]));
    const specs = safe.map((path) => {
      const tree = trees.get(parentOf(path));
      if (!tree) return `${rev}:${path}`;
      const entry = tree.get(path.slice(path.lastIndexOf('/') + 1));
      // A subtree or a submodule (gitlink) is no file, as the `<commit>:<path>` spec would say.
      return !entry || entry.mode === '40000' || entry.mode === '160000' ? null : entry.oid;
    });
    const asked = specs.filter((spec): spec is string => spec !== null);
    const texts = await this.git.readBlobs(asked);
    let next = 0;
    return specs.map((spec) => (spec === null ? null : texts[next++]!));
  }

  /** Every file path under `dir` (recursively; '' for the whole tree) at a ref, in one git call. */
  async listTree(dir: string, ref: string): Promise<string[]> {
    const rev = await this.rev(ref);
    const top = dir === '' || dir === '.' ? '' : assertSafePath(dir.replace(/\/$/, ''));
    const object = await this.git.readObject(top === '' ? `${rev}^{tree}` : `${rev}:${top}`);
    if (object === null) return [];
    if (object.type !== 'tree') return [top]; // as `ls-tree -r <rev> -- <file>` lists the file itself
    // Trees are read through the one cat-file process, all of a level at once, in git's tree order.
    const walk = async (prefix: string, oid: string): Promise<string[]> => {
      const entries = (await this.git.readTree(oid)) ?? [];
      if (this.listing) this.listedTrees.set(`${rev}:${prefix.slice(0, -1)}`, entries);
      const lists = await Promise.all(entries.map((e) => (e.mode === '40000' ? walk(`${prefix}${e.name}/`, e.oid) : Promise.resolve([`${prefix}${e.name}`]))));
      return lists.flat();
    };
    return walk(top === '' ? '' : `${top}/`, object.oid);
  }

  async listDirectory(path: string, ref: string): Promise<string[]> {
    const rev = await this.rev(ref);
    const spec = path === '' || path === '.' ? `${rev}^{tree}` : `${rev}:${assertSafePath(path.replace(/\/$/, ''))}`;
    return ((await this.git.readTree(spec)) ?? []).map((e) => e.name);
  }

  async history(path: string, ref: string, options: { limit?: number } = {}): Promise<CommitInfo[]> {
    const rev = await this.rev(ref);
    const args = ['log', '--first-parent', '--format=%H%x00%an%x00%aI%x00%B%x1e'];
    if (options.limit) args.push(`-n${options.limit}`);
    args.push(rev, '--', assertSafePath(path));
    return parseLog(await this.git.text(args));
  }

  /** One `git log --name-status` over `dir`: the whole registry's release history in one process. */
  async historyUnder(dir: string, ref: string): Promise<(CommitInfo & { paths: string[] })[]> {
    const rev = await this.rev(ref);
    const args = [
      'log',
      '--first-parent',
      '--no-renames',
      '--name-status',
      '-z',
      '--format=%x1e%H%x00%an%x00%aI%x00%B%x00',
      rev,
      '--',
      assertSafePath(dir.replace(/\/$/, '')),
    ];
    return parseLogWithPaths(await this.git.text(args));
  }

  async commitFiles(request: CommitRequest): Promise<CommitResult> {
    const branch = await this.checkBranch(request.branch);
    const ref = `refs/heads/${branch}`;
    // The pass's refs with this handle's own writes (outside a pass, git's refs now): a branch another
    // writer moved since is caught by the compare-and-swap below, and the next pass sees it.
    const current = (await this.git.refs()).refs.get(ref) ?? null;
    if (current !== request.expectedHead) {
      throw new DhowError('conflict', `branch ${branch} moved (expected ${short(request.expectedHead)}, found ${short(current)})`);
    }
    let parent: string | null;
    if (request.parent) parent = await this.mustResolve(request.parent);
    else if (current) parent = current;
    else if (request.from) parent = await this.mustResolve(request.from);
    else throw new DhowError('usage', `commitFiles: branch ${branch} does not exist and no "from" commit was given`);

    const tree = await buildTree(this.git, parent, request.changes);
    if (current) {
      const sameAsHead = current === parent ? tree === (await treeOf(this.git, current)) : await this.isOneCommitOn(current, parent, tree);
      if (sameAsHead) return { sha: current, changed: false };
    }
    const sha = await commitTree(this.git, tree, parent ? [parent] : [], withTrailers(request.message, request.trailers), await this.committer());
    if (!(await casRef(this.git, ref, sha, current, `dhow: ${request.message.split('\n')[0]}`))) {
      throw new DhowError('conflict', `branch ${branch} moved while committing; re-read and try again`);
    }
    this.logger.debug(`committed ${short(sha)} on ${branch}`);
    return { sha, changed: true };
  }

  async deleteBranch(branch: string): Promise<void> {
    this.git.forgetRefs();
    const ref = `refs/heads/${await this.checkBranch(branch)}`;
    const head = await this.git.resolve(ref);
    if (head && !(await casRef(this.git, ref, null, head, 'dhow: delete branch'))) {
      throw new DhowError('conflict', `branch ${branch} moved while deleting it`);
    }
  }

  async findRequest(branch: string, options: { state?: RequestState | 'all' } = {}): Promise<ChangeRequest | null> {
    const wanted = options.state ?? 'open';
    const all = (await this.completeInterruptedMerges((await this.requests.all()).filter((r) => r.branch === branch))).filter(
      (r) => wanted === 'all' || r.state === wanted,
    );
    const latest = all.sort((a, b) => Number(b.id) - Number(a.id))[0];
    return latest ? this.toChangeRequest(latest) : null;
  }

  async getRequest(id: string): Promise<ChangeRequest> {
    const [request] = await this.completeInterruptedMerges([await this.requests.get(id)]);
    return this.toChangeRequest(request!);
  }

  /** Every request, newest first (for `dhow status` and tests). */
  async listRequests(state: RequestState | 'all' = 'all'): Promise<ChangeRequest[]> {
    const all = (await this.completeInterruptedMerges(await this.requests.all())).filter((r) => state === 'all' || r.state === state);
    return Promise.all(all.sort((a, b) => Number(b.id) - Number(a.id)).map((r) => this.toChangeRequest(r)));
  }

  async openOrUpdateRequest(input: OpenRequestInput): Promise<{ request: ChangeRequest; operation: RequestOperation }> {
    await this.checkBranch(input.branch);
    if (!(await this.branchHead(input.branch))) throw new DhowError('not-found', `branch ${input.branch} does not exist`);
    let operation: RequestOperation = 'none';
    const stored = await this.requests.update(`request for ${input.branch}`, (all) => {
      const open = all.find((r) => r.branch === input.branch && r.state === 'open');
      const labels = [...(input.labels ?? [])].sort();
      if (!open) {
        operation = 'created';
        const id = String(all.reduce((max, r) => Math.max(max, Number(r.id)), 0) + 1);
        const at = this.now();
        return {
          id,
          branch: input.branch,
          base: input.base,
          title: input.title,
          body: input.body,
          state: 'open',
          author: input.author,
          labels,
          reviewers: input.reviewers ?? { users: [], teams: [] },
          createdAt: at,
          updatedAt: at,
          reviews: [],
          comments: [],
        };
      }
      const same = open.title === input.title && open.body === input.body && JSON.stringify(open.labels) === JSON.stringify(labels) && open.base === input.base;
      operation = same ? 'none' : 'updated';
      if (same) return open;
      return { ...open, title: input.title, body: input.body, labels, base: input.base, updatedAt: this.now() };
    });
    return { request: await this.toChangeRequest(stored), operation };
  }

  /** Records a review by `reviewer` on the request's current head (the local stand-in for a PR review). */
  async submitReview(id: string, input: { reviewer: string; state: Exclude<ReviewState, 'dismissed'>; body?: string }): Promise<Review> {
    const request = await this.requests.get(id);
    if (request.state !== 'open') throw new DhowError('refused', `request ${id} is ${request.state}: only open requests can be reviewed`);
    const head = await this.branchHead(request.branch);
    if (!head) throw new DhowError('not-found', `the branch of request ${id} (${request.branch}) is gone`);
    const review: Review = {
      reviewer: input.reviewer,
      state: input.state,
      commitSha: head,
      submittedAt: this.now(),
      ...(input.body ? { body: input.body } : {}),
    };
    await this.requests.update(`review of request ${id}`, (all) => {
      const current = all.find((r) => r.id === id)!;
      if (current.state !== 'open') throw new DhowError('refused', `request ${id} is ${current.state}: only open requests can be reviewed`);
      return { ...current, reviews: [...current.reviews, review], updatedAt: review.submittedAt };
    });
    return review;
  }

  async listReviews(id: string): Promise<Review[]> {
    // A local reviewer named like a GitHub app (`name[bot]`) is a bot.
    return (await this.requests.get(id)).reviews.map((r) => (r.reviewer.endsWith('[bot]') ? { ...r, bot: true } : r));
  }

  /** `git diff --name-only base...head`: what the request's branch changed since it left its base. */
  async changedFiles(id: string): Promise<string[]> {
    const request = await this.requests.get(id);
    const head = request.state === 'open' ? await this.branchHead(request.branch) : (request.headSha ?? null);
    if (!head) throw new DhowError('not-found', `the branch of request ${id} (${request.branch}) is gone`);
    const base = await this.mustResolve(request.base);
    const out = await this.git.text(['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`]);
    return out.split('\0').filter(Boolean).sort();
  }

  /**
   * A reviewer's role on a local registry: dhow.yaml `access.users`, else `access.default` (write when
   * dhow.yaml says nothing: everyone who can write to the directory can review).
   */
  async permissionOf(login: string): Promise<Permission> {
    const access = await this.access();
    const listed = Object.entries(access?.users ?? {}).find(([name]) => name.toLowerCase() === login.toLowerCase());
    return listed?.[1] ?? access?.default ?? 'write';
  }

  /** Team members on a local registry are listed in dhow.yaml `access.teams`; an unlisted team has none. */
  async isTeamMember(team: string, login: string): Promise<boolean> {
    const members = (await this.access())?.teams[team] ?? [];
    return members.some((m) => m.toLowerCase() === login.toLowerCase());
  }

  private async access(): Promise<AccessPolicy | undefined> {
    const base = await this.defaultBranch();
    const text = await this.readFile(CONFIG_PATH, base);
    return text === null ? undefined : parseRegistryFile('Registry', CONFIG_PATH, text).access;
  }

  /** A local registry keeps only dhow's own comments (one per marker), so none names an author. */
  async listComments(id: string): Promise<RequestComment[]> {
    return (await this.requests.get(id)).comments.map((c) => ({ author: null, body: c.body, marker: c.marker, updatedAt: c.updatedAt }));
  }

  async upsertComment(id: string, marker: string, body: string): Promise<void> {
    await this.requests.update(`comment on request ${id}`, (all) => {
      const current = all.find((r) => r.id === id);
      if (!current) throw new DhowError('not-found', `no request ${id}`);
      const existing = current.comments.find((c) => c.marker === marker);
      if (existing?.body === body) return current;
      const comments = existing
        ? current.comments.map((c) => (c.marker === marker ? { ...c, body, updatedAt: this.now() } : c))
        : [...current.comments, { marker, body, updatedAt: this.now() }];
      return { ...current, comments };
    });
  }

  async mergeRequest(id: string, input: MergeInput): Promise<{ sha: string }> {
    const request = await this.requests.get(id);
    if (request.state !== 'open') throw new DhowError('refused', `request ${id} is ${request.state}`);
    this.git.forgetRefs(); // a merge checks the head (and the base) as they are now
    const head = await this.branchHead(request.branch);
    if (head !== input.expectedHeadSha) {
      throw new DhowError('conflict', `request ${id} changed (head ${short(head)}, expected ${short(input.expectedHeadSha)}): review it again`);
    }
    const baseRef = `refs/heads/${await this.checkBranch(request.base)}`;
    let sha = '';
    for (let attempt = 1; ; attempt++) {
      // A lost race below dropped the refs: this reads the base as it is now.
      const base = (await this.git.refs()).refs.get(baseRef) ?? null;
      if (!base) throw new DhowError('not-found', `base branch ${request.base} does not exist`);
      const tree = await this.mergedTree(id, request.base, base, head!);
      sha = await commitTree(this.git, tree, [base, head], withTrailers(input.message, input.trailers), { ...(await this.committer()), name: input.mergedBy });
      if (await casRef(this.git, baseRef, sha, base, `dhow: merge request ${id}`)) break;
      if (attempt >= 10) throw new DhowError('conflict', `${request.base} kept moving while merging request ${id}`);
      this.logger.debug(`${request.base} moved while merging request ${id}; merging again (attempt ${attempt + 1})`);
    }
    await this.requests.update(`merge request ${id}`, (all) => {
      const current = all.find((r) => r.id === id)!;
      const at = this.now();
      return { ...current, state: 'merged', headSha: head!, mergeSha: sha, mergedBy: input.mergedBy, mergedAt: at, updatedAt: at };
    });
    // Like a pull request's "delete branch on merge": the next promotion starts a fresh request.
    await casRef(this.git, `refs/heads/${request.branch}`, null, head, `dhow: merged request ${id}`);
    return { sha };
  }

  /**
   * The tree of `head` merged into `base`. A request's branch is usually one commit on top of the base it
   * left (every revert and most promotions): the merge is then that commit's tree, read from the commit
   * itself; otherwise git merges (`merge-base`, `merge-tree`), as it always did.
   */
  private async mergedTree(id: string, baseName: string, base: string, head: string): Promise<string> {
    const commit = await this.git.commitObject(head);
    if (commit && commit.parents.length === 1 && commit.parents[0] === base) return commit.tree;
    const merged = await this.git.run(['merge-base', '--is-ancestor', head, base], { okCodes: [1] });
    if (merged.code === 0) throw new DhowError('refused', `request ${id} is already merged into ${baseName}`);
    const result = await this.git.run(['merge-tree', '--write-tree', '--name-only', '--no-messages', base, head], { okCodes: [1] });
    if (result.code === 1) {
      const files = result.stdout.toString().split('\n').slice(1).filter(Boolean);
      throw new DhowError(
        'refused',
        `request ${id} conflicts with ${baseName}${files.length ? ` in ${files.join(', ')}` : ''}: run the promotion again to refresh it`,
      );
    }
    return result.stdout.toString().split('\n')[0]!.trim();
  }

  /**
   * A merge moves three refs one after the other (the base, the request record, the branch deletion), so a
   * process killed between them leaves a request that is open although its head is in the base, or merged
   * with its branch still there. Whoever reads such a request next finishes the merge, as GitHub marks a
   * pull request merged once its head is reachable from its base: the record says merged (with the merge
   * commit that brought the head in), and the branch, if it still points at the merged head, is deleted.
   */
  private async completeInterruptedMerges(requests: StoredRequest[]): Promise<StoredRequest[]> {
    return Promise.all(requests.map((r) => this.completeInterruptedMerge(r)));
  }

  private async completeInterruptedMerge(r: StoredRequest): Promise<StoredRequest> {
    if (r.state === 'merged') {
      // Only the merged head is deleted: a branch a later promotion re-created has another head.
      if (r.headSha && (await this.branchHead(r.branch)) === r.headSha) {
        await casRef(this.git, `refs/heads/${r.branch}`, null, r.headSha, `dhow: merged request ${r.id}`);
      }
      return r;
    }
    if (r.state !== 'open') return r;
    const [head, base] = await Promise.all([this.branchHead(r.branch), this.branchHead(r.base)]);
    if (!head || !base || head === base) return r;
    const inBase = await this.git.run(['merge-base', '--is-ancestor', head, base], { okCodes: [1] });
    if (inBase.code !== 0) return r;
    const mergeSha = await this.mergeCommitOf(head, base);
    // The merge commit's author is who merged (mergeRequest writes it so).
    const mergedBy = (await this.git.text(['log', '-1', '--format=%an', mergeSha])).trim();
    this.logger.info(`request ${r.id} was merged into ${r.base} (${short(mergeSha)}) by a run that stopped before recording it: recording it now`);
    const stored = await this.requests.update(`merge request ${r.id} (completed)`, (all) => {
      const current = all.find((x) => x.id === r.id)!;
      if (current.state !== 'open') return current;
      return { ...current, state: 'merged', headSha: head, mergeSha, ...(mergedBy ? { mergedBy } : {}), mergedAt: this.now(), updatedAt: this.now() };
    });
    return this.completeInterruptedMerge(stored);
  }

  /** The first-parent commit of `base` that brought `head` in (the merge commit); `base` when none is found. */
  private async mergeCommitOf(head: string, base: string): Promise<string> {
    const lines = (await this.git.text(['rev-list', '--first-parent', '--parents', `${head}..${base}`])).split('\n');
    for (const line of lines) {
      const [sha, ...parents] = line.trim().split(' ');
      if (sha && parents.slice(1).includes(head)) return sha;
    }
    return base;
  }

  async closeRequest(id: string): Promise<void> {
    await this.requests.update(`close request ${id}`, (all) => {
      const current = all.find((r) => r.id === id);
      if (!current) throw new DhowError('not-found', `no request ${id}`);
      if (current.state !== 'open') return current;
      return { ...current, state: 'closed', updatedAt: this.now() };
    });
  }

  async raiseIssue(input: IssueInput): Promise<{ issue: Issue; operation: IssueOperation }> {
    let operation: IssueOperation = 'none';
    const stored = await this.issues.update(`raise issue: ${input.title.split('\n')[0]}`, (all) => {
      operation = 'none';
      const mine = all.filter((i) => i.marker === input.marker).sort((a, b) => Number(b.id) - Number(a.id));
      const open = mine.find((i) => i.state === 'open');
      if (open) {
        if (open.title === input.title && open.body === input.body && open.labels.includes(input.label)) return open;
        operation = 'updated';
        const labels = [...new Set([...open.labels, input.label])].sort();
        return { ...open, title: input.title, body: input.body, labels, updatedAt: this.now() };
      }
      // One a person closed is their decision: left closed, not reopened, not duplicated.
      if (mine[0]) return mine[0];
      operation = 'created';
      const at = this.now();
      return {
        id: RecordStore.nextId(all),
        marker: input.marker,
        title: input.title,
        body: input.body,
        state: 'open',
        labels: [input.label],
        createdAt: at,
        updatedAt: at,
      };
    });
    return { issue: this.toIssue(stored), operation };
  }

  /** Every issue dhow raised, newest first. */
  async listIssues(state: 'open' | 'closed' | 'all' = 'all'): Promise<Issue[]> {
    const all = (await this.issues.all()).filter((i) => state === 'all' || i.state === state);
    return all.sort((a, b) => Number(b.id) - Number(a.id)).map((i) => this.toIssue(i));
  }

  /** Closes an issue (a person saying "we know"); dhow then leaves it closed. */
  async closeIssue(id: string, by: string): Promise<void> {
    await this.issues.get(id);
    await this.issues.update(`close issue ${id}`, (all) => {
      const current = all.find((i) => i.id === id)!;
      if (current.state === 'closed') return current;
      const at = this.now();
      return { ...current, state: 'closed', closedAt: at, closedBy: by, updatedAt: at };
    });
  }

  private toIssue(i: StoredIssue): Issue {
    return { id: i.id, url: `dhow://${this.dir}/issues/${i.id}`, title: i.title, body: i.body, state: i.state, labels: i.labels };
  }

  async dispatch(eventType: string, payload: Record<string, unknown>): Promise<void> {
    if (!this.dispatchHandler) {
      this.logger.info(`dispatch ${eventType}: no handler is registered on the local forge; nothing ran`);
      return;
    }
    await this.dispatchHandler(eventType, payload);
  }

  private async toChangeRequest(r: StoredRequest): Promise<ChangeRequest> {
    const head = r.state === 'open' ? await this.branchHead(r.branch) : null;
    return {
      id: r.id,
      url: `dhow://${this.dir}/requests/${r.id}`,
      branch: r.branch,
      base: r.base,
      title: r.title,
      body: r.body,
      state: r.state,
      author: r.author,
      headSha: head ?? r.headSha ?? '',
      labels: r.labels,
      ...(r.mergeSha ? { mergeSha: r.mergeSha } : {}),
      // Local requests are branches of this very repository: there are no forks.
      headRepository: this.description,
    };
  }

  private async rev(ref: string): Promise<string> {
    if (/^[0-9a-f]{40}$/.test(ref)) return ref;
    // Branches come from the pass's refs; anything else (a tag, `main~1`) asks git.
    const { refs } = await this.git.refs();
    const cached = refs.get(ref.startsWith('refs/heads/') ? ref : `refs/heads/${ref}`);
    return cached ?? this.mustResolve(ref);
  }

  private async mustResolve(ref: string): Promise<string> {
    if (ref.startsWith('-')) throw new DhowError('invalid-input', `bad ref ${JSON.stringify(ref)}`);
    // A commit id (what a reader's ref is) is checked through the long-lived cat-file, not a rev-parse per
    // spelling; a branch spelled like one, absurd as it is, still comes first.
    if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(ref) && !(await this.git.refs()).refs.has(`refs/heads/${ref}`)) {
      if (await this.git.commitObject(ref)) return ref;
    }
    const sha = (await this.git.resolve(ref.startsWith('refs/') ? ref : `refs/heads/${ref}`)) ?? (await this.git.resolve(ref));
    if (!sha) throw new DhowError('not-found', `${ref} does not exist in ${this.dir}`);
    return sha;
  }

  /** A conservative subset of git's ref name rules, checked without spawning git. */
  private async checkBranch(branch: string): Promise<string> {
    const ok =
      branch.length > 0 &&
      branch.length <= 255 &&
      branch.split('/').every((s) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(s) && !s.endsWith('.lock') && !s.endsWith('.')) &&
      !branch.includes('..');
    if (!ok) throw new DhowError('invalid-input', `"${branch}" is not a valid branch name`);
    return branch;
  }

  private async isOneCommitOn(commit: string, parent: string | null, tree: string): Promise<boolean> {
    const parents = await parentsOf(this.git, commit);
    return parents.length === 1 && parents[0] === parent && (await treeOf(this.git, commit)) === tree;
  }
}

/** From this many files asked in one directory, the directory's tree is read once (see readFiles). */
const READ_DIRECTORY_AT = 4;

const parentOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

function short(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 8) : 'nothing';
}

function parseLog(text: string): CommitInfo[] {
  return text
    .split('\x1e')
    .map((entry) => entry.replace(/^\n/, ''))
    .filter((entry) => entry.trim() !== '')
    .map((entry) => {
      const [sha, author, date, message] = entry.split('\0') as [string, string, string, string];
      const [subject = '', ...rest] = message.split('\n');
      return { sha, author, date, subject, body: rest.join('\n').trim(), trailers: parseTrailers(message) };
    });
}

/** `parseLog` for `--name-status -z` output: after the message, `<status>\0<path>\0` pairs (no renames). */
function parseLogWithPaths(text: string): (CommitInfo & { paths: string[] })[] {
  return text
    .split('\x1e')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [sha, author, date, message, ...rest] = entry.split('\0') as [string, string, string, string, ...string[]];
      const tokens = rest.map((t) => t.replace(/^\n/, '')).filter((t) => t !== '');
      const paths = tokens.filter((_, i) => i % 2 === 1);
      const [subject = '', ...body] = message.split('\n');
      return { sha, author, date, subject, body: body.join('\n').trim(), trailers: parseTrailers(message), paths };
    });
}

async function findGitDir(dir: string): Promise<string | null> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  if (existsSync(resolve(dir, '.git'))) {
    const r = await new Git('').run(['-C', dir, 'rev-parse', '--absolute-git-dir'], { okCodes: [128], env: { GIT_DIR: undefined } });
    if (r.code === 0) return r.stdout.toString().trim();
  }
  if (existsSync(resolve(dir, 'HEAD')) && existsSync(resolve(dir, 'objects'))) return resolve(dir);
  return null;
}

const emailFor = (name: string) => `${name.replace(/[^A-Za-z0-9._-]/g, '-')}@dhow.local`;

async function defaultIdentity(git: Git, env: NodeJS.ProcessEnv): Promise<Identity> {
  const get = async (key: string) => (await git.run(['config', '--get', key], { okCodes: [1] })).stdout.toString().trim();
  const name = env.GIT_AUTHOR_NAME || (await get('user.name')) || env.USER || 'dhow';
  const email = env.GIT_AUTHOR_EMAIL || (await get('user.email')) || emailFor(name);
  return { name, email };
}

/** Opens the registry repository in `dir` (a bare registry as `dhow init` makes it, or any git repository). */
export async function openLocalForge(dir: string, options: LocalForgeOptions = {}): Promise<LocalForge> {
  const absolute = isAbsolute(dir) ? dir : resolve(dir);
  const gitDir = await findGitDir(absolute);
  if (!gitDir) throw new DhowError('not-found', `${absolute} is not a dhow registry (no git repository there): run "dhow init ${dir}" first`);
  return new LocalForge(new Git(gitDir), absolute, options.identity ?? null, options.logger ?? silentLogger, options.now ?? (() => new Date().toISOString()));
}

/**
 * Creates a registry in `dir`: a bare git repository (no working tree to fall out of date) whose `main`
 * holds the registry's first files (src/registry/bootstrap.ts says which). Refuses a directory that is not empty.
 */
export async function initRegistry(dir: string, config: RegistryConfig = defaultRegistryConfig(), options: LocalForgeOptions = {}): Promise<LocalForge> {
  const absolute = isAbsolute(dir) ? dir : resolve(dir);
  await mkdir(absolute, { recursive: true });
  const entries = await readdir(absolute);
  if (entries.length > 0) throw new DhowError('refused', `${absolute} is not empty: dhow init needs an empty or new directory`);
  await new Git(absolute).run(['init', '--quiet', '--bare', '--initial-branch=main', absolute], { env: { GIT_DIR: undefined } });
  const forge = await openLocalForge(absolute, options);
  const tree = await buildTree(forge.git, null, initialRegistryFiles(config, localRegistryReadme(REQUESTS_REF, ISSUES_REF)));
  const sha = await commitTree(forge.git, tree, [], 'Create the dhow registry\n', await forge.committer());
  if (!(await casRef(forge.git, 'refs/heads/main', sha, null, 'dhow init'))) {
    throw new DhowError('conflict', `${absolute} was initialised by someone else at the same time`);
  }
  return forge;
}
