export const id = 429;
export const ids = [429];
export const modules = {

/***/ 6576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ parseTrailers),
/* harmony export */   j: () => (/* binding */ withTrailers)
/* harmony export */ });
/**
 * The Forge is the only door to the registry repository. Two implementations: `local` (a git
 * repository on disk through the git CLI, the embedded default) and `github` (Octokit).
 * Everything above this interface (promote, revert, policy checks) is shared by both.
 */
/** Formats commit trailers the way git interpret-trailers reads them. */
function withTrailers(message, trailers = {}) {
    const lines = Object.entries(trailers).map(([k, v]) => `${k}: ${v.replace(/\s*\n\s*/g, ' ')}`);
    return lines.length === 0 ? message.trimEnd() + '\n' : `${message.trimEnd()}\n\n${lines.join('\n')}\n`;
}
/** Reads trailers from the last paragraph of a commit message. */
function parseTrailers(message) {
    const paragraphs = message.trimEnd().split(/\n\s*\n/);
    const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : '';
    const trailers = {};
    for (const line of last.split('\n')) {
        const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
        if (!match)
            return {};
        trailers[match[1]] = match[2];
    }
    return trailers;
}


/***/ }),

/***/ 9429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openLocalForge: () => (/* binding */ openLocalForge)
});

// UNUSED EXPORTS: LocalForge, initRegistry

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/logger.ts
var logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/schemas.ts + 1 modules
var schemas = __webpack_require__(9201);
// EXTERNAL MODULE: ./src/registry/files.ts + 1 modules
var files = __webpack_require__(7682);
;// CONCATENATED MODULE: ./src/registry/bootstrap.ts
/**
 * What a new registry holds: dhow.yaml and a README of the registry layout. A local registry gets both in
 * its first commit (`initialRegistryFiles`, written by the local forge's `initRegistry`); a registry
 * repository that already exists (on GitHub) gets each only when missing, in one commit (`planBootstrap`).
 * Pure: given what the default branch holds, the changes to commit, or a refusal when dhow.yaml is there
 * with other content (never overwritten). The layout is the registry's, so its README lives here; only
 * the last paragraph (where requests and reviews live) differs between forges.
 */


const CONFIG_FILE = 'dhow.yaml';
const README_FILE = 'README.md';
/** The registry's README: the layout, then `requestsNote`, a paragraph on where requests and reviews live. */
function registryReadme(requestsNote) {
    return `# Model registry

This repository is a dhow model registry: every file is validated by \`dhow validate\`.

- \`dhow.yaml\`: environments in promotion order and the approvals each needs
- \`models/<model>/model.yaml\`, \`models/<model>/versions/<version>.yaml\`: models and their immutable versions
- \`releases/<environment>/<model>.yaml\`: what runs where (its history is \`git log\` of the file)
- \`deploy/<environment>/<model>/\`: the Kubernetes manifests Argo CD or Flux sync

${requestsNote}
`;
}
const GITHUB_REGISTRY_README = registryReadme('Promotions and reverts are pull requests labelled `dhow`; reviews are the approvals, a merge is the deployment.');
/** The README of a local registry, whose requests and issues are committed on metadata refs of the repository. */
function bootstrap_localRegistryReadme(requestsRef, issuesRef) {
    return registryReadme(`Promotion requests and reviews live on \`${requestsRef}\`; issues dhow raises (a revert it could not
make) on \`${issuesRef}\`.`);
}
/** The files of a new registry's first commit. */
function bootstrap_initialRegistryFiles(config, readme) {
    return [
        { path: CONFIG_FILE, content: serializeRegistryFile(config) },
        { path: README_FILE, content: readme },
    ];
}
/**
 * A README counts as missing when there is none, or it is only what GitHub's "Add a README" writes: a
 * title line and at most one line of description.
 */
function placeholderReadme(text) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.length <= 2 && (lines.length === 0 || lines[0].startsWith('# '));
}
function planBootstrap(existing, config, where) {
    const wanted = serializeRegistryFile(config);
    const changes = [];
    if (existing.config === null)
        changes.push({ path: CONFIG_FILE, content: wanted });
    else if (existing.config !== wanted) {
        throw new DhowError('refused', `${where} already has a ${CONFIG_FILE} with other content than dhow init writes: dhow init never overwrites it (edit it by pull request, or use another repository)`, { file: CONFIG_FILE });
    }
    if (existing.readme === null || (placeholderReadme(existing.readme) && existing.readme !== GITHUB_REGISTRY_README)) {
        changes.push({ path: README_FILE, content: GITHUB_REGISTRY_README });
    }
    return { changes };
}

// EXTERNAL MODULE: ./src/forge/forge.ts
var forge = __webpack_require__(6576);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/forge/cat-file.ts
/**
 * One long-lived `git cat-file --batch` per repository handle: every blob and tree a command reads goes
 * through the same process instead of one spawn per read (a spawn costs ~10-20 ms; a batched read, well
 * under one). Started on the first read, it holds the event loop only while a read is pending. Within a
 * pass (see Git.beginPass) it lives until the pass ends, however long the pass waits between reads: a
 * wall-clock idle timer restarted it in the middle of a revert on a loaded machine. Outside any pass an
 * idle process closes itself after a short while. It is killed (the pending reads rejected with a
 * DhowError) on close or if git fails; as its input is a pipe from this process, it also ends when this
 * process dies, however it dies. Callers ask for objects by object id (`<oid>`, `<oid>:<path>`), never by
 * ref name, so a long-lived process can never answer from a stale ref.
 */


/**
 * The answers a process owes, first asked first: an array with a moving head, since `shift()` on an array
 * of 100,000 pending reads copies the rest every time (V8 cannot trim arrays that large in place).
 */
class Queue {
    items = [];
    head = 0;
    get length() {
        return this.items.length - this.head;
    }
    push(item) {
        this.items.push(item);
    }
    shift() {
        if (this.head === this.items.length)
            return undefined;
        const item = this.items[this.head];
        this.items[this.head++] = undefined; // the answered read can be collected
        if (this.head === this.items.length) {
            this.items = [];
            this.head = 0;
        }
        else if (this.head >= 4096 && this.head * 2 >= this.items.length) {
            this.items = this.items.slice(this.head);
            this.head = 0;
        }
        return item;
    }
    drain() {
        const rest = this.items.slice(this.head);
        this.items = [];
        this.head = 0;
        return rest;
    }
}
/** Outside a pass, how long an idle process is kept for the next read before it is closed. */
const IDLE_CLOSE_MS = 500;
const HEADER = /^([0-9a-f]+) (\w+) (\d+)$/;
class CatFile {
    env;
    session = null;
    idleTimer = null;
    /** True within a pass: an idle process is kept until release() or close(), not closed by a timer. */
    keepWhileIdle = false;
    constructor(env) {
        this.env = env;
    }
    /**
     * Starts the process now, before anything is asked (a pass starts it while its refs are read, so git's start
     * overlaps for-each-ref). An idle process holds nothing: the event loop may end, and release() ends it.
     */
    warm() {
        if (this.session)
            return;
        hold(this.start().child, false);
    }
    /** The object a spec names, or null when it is missing (or ambiguous). */
    read(spec) {
        if (/[\n\r]/.test(spec))
            return Promise.reject(new errors/* DhowError */.Bp('invalid-input', `a path may not contain a line break: ${JSON.stringify(spec)}`));
        return new Promise((resolve, reject) => {
            this.ask([{ answer: (o) => resolve(o && { ...o, content: Buffer.from(o.content) }), reject }], `${spec}\n`);
        });
    }
    /**
     * The text of each blob the specs name (null for a missing object or one that is no blob), asked in one
     * write and answered without a promise or a copy per object: reading a whole registry is one pass over
     * git's output.
     */
    readTexts(specs) {
        const bad = specs.find((spec) => /[\n\r]/.test(spec));
        if (bad !== undefined)
            return Promise.reject(new errors/* DhowError */.Bp('invalid-input', `a path may not contain a line break: ${JSON.stringify(bad)}`));
        if (specs.length === 0)
            return Promise.resolve([]);
        return new Promise((resolve, reject) => {
            const texts = new Array(specs.length).fill(null);
            let next = 0;
            let failed = false;
            const pending = {
                answer: (o) => {
                    if (o?.type === 'blob')
                        texts[next] = o.content.toString('utf8');
                    if (++next === specs.length)
                        resolve(texts);
                },
                reject: (error) => {
                    if (!failed)
                        reject(error);
                    failed = true;
                },
            };
            // The same entry once per spec: answers come back in the order asked.
            this.ask(specs.map(() => pending), `${specs.join('\n')}\n`);
        });
    }
    ask(reads, input) {
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = null;
        const session = this.start();
        for (const read of reads)
            session.pending.push(read);
        session.child.stdin.write(input);
    }
    /**
     * Ends the process now: its input is closed and it is killed, so it cannot outlive the handle, and any
     * read still waiting is rejected with a DhowError rather than left hanging. A later read starts a new one.
     */
    close() {
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = null;
        const session = this.session;
        if (!session)
            return;
        this.session = null;
        this.fail(session, new errors/* DhowError */.Bp('forge', 'the registry was closed while a read was under way'));
        session.child.stdin.end();
        if (session.child.exitCode === null && session.child.signalCode === null)
            session.child.kill();
    }
    /**
     * Lets the process go once it has answered what it was asked (the end of a pass): its input ends, so git
     * answers every read already written and exits; a later read starts a new process.
     */
    release() {
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = null;
        const session = this.session;
        if (!session)
            return;
        this.session = null;
        session.child.stdin.end();
    }
    /** An idle process ends on end of input; one that was asked again meanwhile is kept. */
    closeIdle(session) {
        if (this.session !== session || session.pending.length > 0)
            return;
        this.session = null;
        this.idleTimer = null;
        session.child.stdin.end();
    }
    start() {
        if (this.session) {
            if (this.session.pending.length === 0)
                hold(this.session.child, true);
            return this.session;
        }
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { env: this.env(), stdio: ['pipe', 'pipe', 'pipe'] });
        const session = { child, pending: new Queue(), chunks: [], bytes: 0, needs: 0, stderr: '' };
        this.session = session;
        child.stdout.on('data', (chunk) => this.onData(session, chunk));
        child.stderr.on('data', (chunk) => (session.stderr += chunk.toString()));
        child.stdin.on('error', () => { }); // an early exit is reported by 'close'
        child.on('error', (error) => this.fail(session, new errors/* DhowError */.Bp('forge', `git cat-file: ${error.message}`, { cause: error })));
        child.on('close', (code) => this.fail(session, new errors/* DhowError */.Bp('forge', `git cat-file --batch exited (${code ?? 'signal'}): ${session.stderr.trim()}`)));
        return session;
    }
    fail(session, error) {
        if (this.session === session)
            this.session = null;
        const pending = session.pending.drain();
        if (pending.length > 0 && session.child.exitCode === null)
            session.child.kill();
        for (const p of pending)
            p.reject(error);
    }
    onData(session, chunk) {
        session.chunks.push(chunk);
        session.bytes += chunk.length;
        // A large object arrives in many chunks: they are joined once, when the whole answer is there.
        if (session.bytes < session.needs)
            return;
        let buffered = session.chunks.length === 1 ? session.chunks[0] : Buffer.concat(session.chunks, session.bytes);
        let at = 0;
        session.needs = 0;
        while (session.pending.length > 0) {
            const nl = buffered.indexOf(0x0a, at);
            if (nl < 0)
                break;
            const m = HEADER.exec(buffered.toString('latin1', at, nl));
            if (!m) {
                // "<spec> missing" or "<spec> ambiguous"
                at = nl + 1;
                session.pending.shift().answer(null);
                continue;
            }
            const end = nl + 1 + Number(m[3]);
            if (buffered.length < end + 1) {
                session.needs = end + 1 - at;
                break;
            }
            const read = session.pending.shift();
            const content = buffered.subarray(nl + 1, end);
            at = end + 1;
            read.answer({ oid: m[1], type: m[2], content });
        }
        buffered = buffered.subarray(at);
        session.chunks = buffered.length > 0 ? [buffered] : [];
        session.bytes = buffered.length;
        if (session.pending.length === 0) {
            hold(session.child, false);
            if (this.session === session && !this.keepWhileIdle) {
                this.idleTimer = setTimeout(() => this.closeIdle(session), IDLE_CLOSE_MS);
                this.idleTimer.unref();
            }
        }
    }
}
/** Keeps the event loop alive only while an answer is awaited, so an idle reader never holds a process open. */
function hold(child, on) {
    for (const handle of [child, child.stdin, child.stdout, child.stderr]) {
        if (on)
            handle.ref?.();
        else
            handle.unref?.();
    }
}
/** The entries of a tree object: `<mode> <name>\0<20-byte oid>` repeated (SHA-1 repositories). */
function parseTree(content, oidBytes = 20) {
    const entries = [];
    let at = 0;
    while (at < content.length) {
        const space = content.indexOf(0x20, at);
        const nul = content.indexOf(0x00, space);
        if (space < 0 || nul < 0)
            throw new errors/* DhowError */.Bp('forge', 'git cat-file returned a malformed tree');
        entries.push({
            mode: content.subarray(at, space).toString(),
            name: content.subarray(space + 1, nul).toString('utf8'),
            oid: content.subarray(nul + 1, nul + 1 + oidBytes).toString('hex'),
        });
        at = nul + 1 + oidBytes;
    }
    return entries;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/forge/local-objects.ts
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





/** Where the repository keeps its objects and how it names them, or null when only git should write them. */
async function looseObjectStore(gitDir, env) {
    // A linked worktree's git directory names the repository's common directory in `commondir`.
    const common = await (0,promises_.readFile)((0,external_node_path_.join)(gitDir, 'commondir'), 'utf8').then((text) => {
        const dir = text.trim();
        return (0,external_node_path_.isAbsolute)(dir) ? dir : (0,external_node_path_.resolve)(gitDir, dir);
    }, () => gitDir);
    const config = await (0,promises_.readFile)((0,external_node_path_.join)(common, 'config'), 'utf8').catch(() => null);
    if (config === null)
        return null;
    // Shared repositories need git's group permissions on every object and directory.
    if (/^\s*sharedrepository\s*=/im.test(config))
        return null;
    const format = /^\s*objectformat\s*=\s*(\S+)\s*$/im.exec(config)?.[1]?.toLowerCase() ?? 'sha1';
    if (format !== 'sha1' && format !== 'sha256')
        return null;
    const objects = env.GIT_OBJECT_DIRECTORY ? (0,external_node_path_.resolve)(env.GIT_OBJECT_DIRECTORY) : (0,external_node_path_.join)(common, 'objects');
    return new LooseObjects(objects, format);
}
/** Git's order of tree entries: by name as bytes, a tree's name compared as if it ended in "/". */
function gitOrder(a, b) {
    return Buffer.compare(Buffer.from(a.mode === '40000' ? `${a.name}/` : a.name), Buffer.from(b.mode === '40000' ? `${b.name}/` : b.name));
}
function checkEntry(e, idLength) {
    if (!/^(?:100644|100755|120000|40000|160000)$/.test(e.mode) ||
        e.name === '' ||
        /[/\0]/.test(e.name) ||
        e.oid.length !== idLength ||
        !/^[0-9a-f]+$/.test(e.oid)) {
        throw new errors/* DhowError */.Bp('forge', `cannot write a tree entry ${JSON.stringify(e.name)} (mode ${e.mode}, id ${e.oid})`);
    }
}
class LooseObjects {
    objects;
    algorithm;
    constructor(objects, algorithm) {
        this.objects = objects;
        this.algorithm = algorithm;
    }
    blob(content) {
        return this.write('blob', Buffer.from(content, 'utf8'));
    }
    tree(entries) {
        const idLength = this.algorithm === 'sha1' ? 40 : 64;
        const parts = [];
        for (const e of [...entries].sort(gitOrder)) {
            checkEntry(e, idLength);
            parts.push(Buffer.from(`${e.mode} ${e.name}\0`, 'utf8'), Buffer.from(e.oid, 'hex'));
        }
        return this.write('tree', Buffer.concat(parts));
    }
    async write(type, body) {
        const header = Buffer.from(`${type} ${body.length}\0`);
        const oid = (0,external_node_crypto_.createHash)(this.algorithm).update(header).update(body).digest('hex');
        const dir = (0,external_node_path_.join)(this.objects, oid.slice(0, 2));
        const file = (0,external_node_path_.join)(dir, oid.slice(2));
        // Objects are named by their content: one already there is this one.
        if (await (0,promises_.access)(file).then(() => true, () => false))
            return oid;
        // git prunes `tmp_obj_*` files a crash leaves behind; a whole object appears only by the rename.
        const temporary = (0,external_node_path_.join)(dir, `tmp_obj_${process.pid}_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        try {
            await (0,promises_.mkdir)(dir, { recursive: true });
            await (0,promises_.writeFile)(temporary, (0,external_node_zlib_.deflateSync)(Buffer.concat([header, body]), { level: 1 }), { mode: 0o444, flag: 'wx' });
            await (0,promises_.rename)(temporary, file);
        }
        catch (error) {
            await (0,promises_.rm)(temporary, { force: true });
            throw new errors/* DhowError */.Bp('forge', `cannot write a ${type} into ${this.objects}: ${error.message}`, { cause: error });
        }
        return oid;
    }
}
/** The same objects written by git (`hash-object -w`, `mktree`): for repositories the loose writer leaves to git. */
function gitObjectWriter(run) {
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

;// CONCATENATED MODULE: ./src/forge/local-git.ts
/**
 * The git CLI, spawned: the only way the local forge touches a repository. No libraries, no working tree:
 * every command runs against the git directory with plumbing (cat-file, ls-tree, commit-tree, update-ref).
 */




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
class local_git_Git {
    gitDir;
    objects = null;
    writer = null;
    refSnapshot = null;
    inPass = false;
    constructor(gitDir) {
        this.gitDir = gitDir;
    }
    env(extra) {
        const env = { ...process.env, GIT_DIR: this.gitDir, ...extra };
        // Never let an ambient GIT_INDEX_FILE or GIT_WORK_TREE reach a user's checkout.
        if (!extra?.GIT_INDEX_FILE)
            delete env.GIT_INDEX_FILE;
        delete env.GIT_WORK_TREE;
        return env;
    }
    async run(args, options = {}) {
        const readsSymref = args[0] === 'symbolic-ref' && (args.length === 2 || args.includes('--short'));
        const movesRefs = !READ_ONLY.has(args[0] ?? '') && !readsSymref;
        if (movesRefs)
            this.forgetRefs();
        try {
            return await this.spawnGit(args, options);
        }
        finally {
            // Also after: a ref read that ran alongside the command may have seen the ref before it moved.
            if (movesRefs)
                this.forgetRefs();
        }
    }
    /** One git process, the refs of the pass left alone (updateRef keeps them itself). */
    spawnGit(args, options = {}) {
        const env = this.env(options.env);
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)('git', args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
            const out = [];
            let stderr = '';
            child.stdout.on('data', (c) => out.push(c));
            child.stderr.on('data', (c) => (stderr += c.toString()));
            child.on('error', (error) => reject(new errors/* DhowError */.Bp('forge', `git ${args[0]}: ${error.message}`, { cause: error })));
            child.on('close', (code) => {
                const result = { code: code ?? 1, stdout: Buffer.concat(out), stderr };
                if (result.code === 0 || options.okCodes?.includes(result.code))
                    resolve(result);
                else
                    reject(new errors/* DhowError */.Bp('forge', `git ${args.join(' ').slice(0, 200)} failed (${result.code}): ${stderr.trim()}`));
            });
            child.stdin.on('error', () => { }); // git may exit before reading all input; its exit code says why
            child.stdin.end(options.input ?? '');
        });
    }
    async text(args, options = {}) {
        return (await this.run(args, options)).stdout.toString('utf8');
    }
    /**
     * Starts a pass: a one-shot command, one delivery of the bridge, one pass of the rollout controller. Refs
     * are then read once (one `for-each-ref`) and reused until this handle runs a command that may move a ref
     * or the next pass begins. Outside any pass every ref read asks git, so a handle that lives long and never
     * begins a pass can be slow but never stale. Objects by id need no pass: they never change, but the
     * cat-file process that reads them lives for the pass: the previous pass's one goes, once it has answered.
     */
    beginPass() {
        this.inPass = true;
        this.refSnapshot = null;
        this.objects?.release();
        if (this.objects)
            this.objects.keepWhileIdle = true;
    }
    /**
     * Ends the pass: its refs are dropped and its cat-file process ends once it has answered what it was
     * asked. Reads after it work as outside any pass (a new process, closed when idle).
     */
    endPass() {
        this.inPass = false;
        this.refSnapshot = null;
        this.objects?.release();
        if (this.objects)
            this.objects.keepWhileIdle = false;
    }
    /** All refs and HEAD's branch: the pass's snapshot, or (outside a pass) the repository as it is now. */
    refs() {
        if (!this.inPass)
            return this.readRefs();
        if (this.refSnapshot)
            return this.refSnapshot;
        // A pass reads objects after its refs: git cat-file starts meanwhile rather than after.
        this.catFile().warm();
        const snapshot = this.readRefs();
        this.refSnapshot = snapshot;
        // A failed read is not kept: the next caller asks git again.
        snapshot.catch(() => {
            if (this.refSnapshot === snapshot)
                this.refSnapshot = null;
        });
        return snapshot;
    }
    async readRefs() {
        const out = await this.text(['for-each-ref', '--format=%(objectname) %(HEAD) %(refname)']);
        const refs = new Map();
        let head = null;
        for (const line of out.split('\n')) {
            const m = /^([0-9a-f]+) ([* ]) (.+)$/.exec(line);
            if (!m)
                continue;
            refs.set(m[3], m[1]);
            if (m[2] === '*')
                head = m[3];
        }
        return { refs, head };
    }
    /** Drops the pass's refs: the next read sees the repository as it is now. */
    forgetRefs() {
        this.refSnapshot = null;
    }
    /** An object by id or `<oid>:<path>`, through this handle's long-lived `git cat-file --batch`; null when missing. */
    readObject(spec) {
        return this.catFile().read(spec);
    }
    catFile() {
        if (!this.objects) {
            this.objects = new CatFile(() => this.env());
            this.objects.keepWhileIdle = this.inPass;
        }
        return this.objects;
    }
    /** The entries of the tree a spec names; null when it is missing or not a tree. */
    async readTree(spec) {
        const object = await this.readObject(spec);
        return object?.type === 'tree' ? parseTree(object.content, object.oid.length / 2) : null;
    }
    /** Ends the long-lived cat-file process now (outside a pass it also ends itself when idle). */
    close() {
        this.objects?.close();
    }
    /** The commit a ref names, or null. */
    async resolve(ref) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1, 128] });
        return r.code === 0 ? r.stdout.toString().trim() : null;
    }
    /**
     * Reads many objects (`<oid>`, `<rev>:<path>`) through the long-lived `git cat-file --batch`, asked at once:
     * text per spec, null when missing or not a blob.
     */
    async readBlobs(specs) {
        return this.catFile().readTexts(specs);
    }
    /** Where this handle writes blobs and trees: the object store itself, or git where it must (src/forge/local-objects.ts). */
    objectWriter() {
        this.writer ??= looseObjectStore(this.gitDir, this.env()).then((store) => store ?? gitObjectWriter(async (args, input) => this.text(args, { input })));
        return this.writer;
    }
    /** A commit's tree and parents through the long-lived cat-file (no rev-parse, no rev-list); null when it is no commit. */
    async commitObject(oid) {
        const object = await this.readObject(oid);
        if (object?.type !== 'commit')
            return null;
        const text = object.content.toString('utf8');
        const headers = text.slice(0, text.indexOf('\n\n') < 0 ? text.length : text.indexOf('\n\n')).split('\n');
        const tree = headers.find((h) => h.startsWith('tree '))?.slice(5);
        if (!tree)
            throw new errors/* DhowError */.Bp('forge', `commit ${oid} has no tree`);
        return { tree, parents: headers.filter((h) => h.startsWith('parent ')).map((h) => h.slice(7)) };
    }
    /**
     * Compare-and-swap on a ref with `git update-ref <ref> <new> <old>`: succeeds only when the ref still
     * points to `expected` (null: must not exist; `next` null deletes it). Returns false when it lost the race.
     * A pass's refs learn the new value of a ref this handle moved, so a write costs no re-read of every ref;
     * a lost race drops them, since another writer moved something.
     */
    async updateRef(ref, next, expected, reason) {
        const args = next === null ? ['update-ref', '-m', reason, '-d', ref, expected ?? ''] : ['update-ref', '-m', reason, ref, next, expected ?? ZERO_OID];
        const r = await this.spawnGit(args, { okCodes: [1, 128] });
        if (r.code !== 0) {
            this.forgetRefs();
            return false;
        }
        const snapshot = this.refSnapshot;
        if (snapshot) {
            const learned = snapshot.then((s) => {
                if (next === null)
                    s.refs.delete(ref);
                else
                    s.refs.set(ref, next);
                return s;
            });
            this.refSnapshot = learned;
            learned.catch(() => {
                if (this.refSnapshot === learned)
                    this.refSnapshot = null;
            });
        }
        return true;
    }
}
const ZERO_OID = '0000000000000000000000000000000000000000';

;// CONCATENATED MODULE: ./src/forge/local-tree.ts
/**
 * Builds trees and commits without a working tree or an index: the trees on the way to each changed
 * path are read through the long-lived `git cat-file --batch`, rebuilt in memory and written bottom-up
 * into the object store (src/forge/local-objects.ts), with no process per blob or tree. Only the
 * directories that change are touched, so a commit costs the same in a registry of 100 versions as in one
 * of 10,000. A user's checkout and its index are never touched.
 */

/** A registry-relative path: no leading slash, no `.`/`..` segments, no empty segments, no line breaks. */
function assertSafePath(path) {
    const segments = path.split('/');
    if (path.length === 0 || path.length > 1024 || /[\0\n\r\t\\]/.test(path) || segments.some((s) => s === '' || s === '.' || s === '..' || s === '.git')) {
        throw new errors/* DhowError */.Bp('invalid-input', `unsafe registry path ${JSON.stringify(path)}`);
    }
    return path;
}
function group(changes) {
    const root = { files: new Map(), dirs: new Map() };
    for (const change of changes) {
        const parts = assertSafePath(change.path).split('/');
        let node = root;
        for (const part of parts.slice(0, -1)) {
            let next = node.dirs.get(part);
            if (!next)
                node.dirs.set(part, (next = { files: new Map(), dirs: new Map() }));
            node = next;
        }
        node.files.set(parts.at(-1), change.content);
    }
    return root;
}
/** The tree of `parent` (a commit, or null for an empty tree) with `changes` applied. */
async function local_tree_buildTree(git, parent, changes) {
    const root = group(changes);
    // Every directory on the way to a change, read at once through the long-lived cat-file.
    const dirs = [];
    const walk = (node, prefix) => {
        dirs.push(prefix);
        for (const [name, child] of node.dirs)
            walk(child, prefix ? `${prefix}/${name}` : name);
    };
    walk(root, '');
    const listings = parent ? await Promise.all(dirs.map((d) => git.readTree(d === '' ? `${parent}^{tree}` : `${parent}:${d}`))) : dirs.map(() => null);
    const existing = new Map(dirs.map((d, i) => [d, new Map((listings[i] ?? []).map((e) => [e.name, e]))]));
    const objects = await git.objectWriter();
    // Blobs first, all at once.
    const blobs = new Map();
    await Promise.all(changes.filter((c) => c.content !== null).map(async (c) => blobs.set(c.path, await objects.blob(c.content))));
    const write = async (node, prefix) => {
        const entries = new Map(existing.get(prefix));
        const subtrees = await Promise.all([...node.dirs].map(async ([name, child]) => [name, await write(child, prefix ? `${prefix}/${name}` : name)]));
        for (const [name, oid] of subtrees) {
            if (oid === null)
                entries.delete(name);
            else
                entries.set(name, { mode: '40000', name, oid });
        }
        for (const [name, content] of node.files) {
            const path = prefix ? `${prefix}/${name}` : name;
            if (content === null)
                entries.delete(name);
            else
                entries.set(name, { mode: '100644', name, oid: blobs.get(path) });
        }
        if (entries.size === 0 && prefix !== '')
            return null;
        return objects.tree([...entries.values()]);
    };
    return (await write(root, ''));
}
/** The tree of a commit (the empty tree for none), read through the long-lived cat-file. */
async function treeOf(git, commit) {
    if (!commit)
        return '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
    const object = await git.commitObject(commit);
    if (!object)
        throw new errors/* DhowError */.Bp('forge', `${commit} is not a commit`);
    return object.tree;
}
async function parentsOf(git, commit) {
    const object = await git.commitObject(commit);
    if (!object)
        throw new errors/* DhowError */.Bp('forge', `${commit} is not a commit`);
    return object.parents;
}
async function local_tree_commitTree(git, tree, parents, message, who) {
    const env = {
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
function local_tree_casRef(git, ref, next, expected, reason) {
    return git.updateRef(ref, next, expected, reason);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var classic_schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/io/jsonl.ts
var jsonl = __webpack_require__(8426);
;// CONCATENATED MODULE: ./src/forge/local-records.ts



class RecordStore {
    git;
    who;
    options;
    constructor(git, who, options) {
        this.git = git;
        this.who = who;
        this.options = options;
    }
    /** The records' commit from the pass's refs (one read per pass, not one rev-parse per lookup). */
    async head() {
        return (await this.git.refs()).refs.get(this.options.ref) ?? null;
    }
    fileOf(id) {
        return `${this.options.folder}/${id}.json`;
    }
    async all(at) {
        const { folder } = this.options;
        const head = at === undefined ? await this.head() : at;
        if (!head)
            return [];
        // The folder's listing through the long-lived cat-file, as ls-tree would list it.
        const entries = await this.git.readTree(`${head}:${folder}`);
        if (entries === null)
            return [];
        const names = entries.map((e) => e.name).filter((n) => /^[1-9][0-9]*\.json$/.test(n));
        const texts = await this.git.readBlobs(names.map((n) => `${head}:${folder}/${n}`));
        return texts.map((text, i) => this.parse(names[i], text));
    }
    async get(id) {
        const { noun, field } = this.options;
        if (!/^[1-9][0-9]*$/.test(id))
            throw new errors/* DhowError */.Bp('invalid-input', `"${id}" is not a ${noun} id (a positive number)`, { field });
        const head = await this.head();
        const [text] = head ? await this.git.readBlobs([`${head}:${this.fileOf(id)}`]) : [null];
        if (!text)
            throw new errors/* DhowError */.Bp('not-found', `no ${noun} ${id}`);
        return this.parse(`${id}.json`, text);
    }
    /** The next free id among `all` (ids are 1, 2, 3, ... and never reused). */
    static nextId(all) {
        return String(all.reduce((max, r) => Math.max(max, Number(r.id)), 0) + 1);
    }
    /**
     * Applies `change` to the current records and commits the record it returns (nothing is written when it
     * returns a record unchanged). On a lost race the change is recomputed from the new state, never applied
     * to a stale one.
     */
    async update(what, change) {
        const { ref, schema } = this.options;
        for (let attempt = 1; attempt <= 50; attempt++) {
            // A lost race below moved the ref: the pass's refs are dropped, so this reads it as it is now.
            const head = await this.head();
            const all = await this.all(head);
            const stored = schema.parse(change(all));
            const existing = all.find((r) => r.id === stored.id);
            if (existing && JSON.stringify(existing) === JSON.stringify(stored))
                return existing;
            const tree = await local_tree_buildTree(this.git, head, [{ path: this.fileOf(stored.id), content: `${JSON.stringify(stored, null, 2)}\n` }]);
            const sha = await local_tree_commitTree(this.git, tree, head ? [head] : [], `${what}\n`, await this.who());
            if (await local_tree_casRef(this.git, ref, sha, head, `dhow: ${what}`))
                return stored;
            await new Promise((r) => setTimeout(r, Math.random() * 20 * Math.min(attempt, 5)));
        }
        throw new errors/* DhowError */.Bp('conflict', `${what}: the ${this.options.noun} metadata kept changing; try again`);
    }
    parse(name, text) {
        const file = `${this.options.ref}:${this.options.folder}/${name}`;
        if (text === null)
            throw new errors/* DhowError */.Bp('not-found', `${file} is missing`);
        let json;
        try {
            json = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* DhowError */.Bp('invalid-input', `not JSON: ${(0,jsonl/* jsonSyntaxMessage */.lJ)(error)}`, { file });
        }
        const result = this.options.schema.safeParse(json);
        if (!result.success)
            throw (0,errors/* schemaError */.g$)(result.error.issues, { file });
        return result.data;
    }
}

;// CONCATENATED MODULE: ./src/forge/local-requests.ts
/**
 * Promotion requests of the local forge, stored in the registry repository itself: one JSON file per
 * request (with its reviews and comments) in the tree of the metadata ref `refs/dhow/requests`, written
 * with compare-and-swap (src/forge/local-records.ts), so concurrent reviewers and promoters never lose
 * each other's updates.
 */


const local_requests_REQUESTS_REF = 'refs/dhow/requests';
const StoredReview = classic_schemas/* object */.Ikc({
    reviewer: classic_schemas/* string */.YjP(),
    state: classic_schemas/* enum */.k5n(['approved', 'changes_requested', 'commented', 'dismissed']),
    commitSha: classic_schemas/* string */.YjP(),
    submittedAt: classic_schemas/* string */.YjP(),
    body: classic_schemas/* string */.YjP().optional(),
});
const StoredRequest = classic_schemas/* object */.Ikc({
    id: classic_schemas/* string */.YjP().regex(/^[1-9][0-9]*$/),
    branch: classic_schemas/* string */.YjP(),
    base: classic_schemas/* string */.YjP(),
    title: classic_schemas/* string */.YjP(),
    body: classic_schemas/* string */.YjP(),
    state: classic_schemas/* enum */.k5n(['open', 'merged', 'closed']),
    author: classic_schemas/* string */.YjP(),
    labels: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()),
    reviewers: classic_schemas/* object */.Ikc({ users: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()), teams: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()) }),
    createdAt: classic_schemas/* string */.YjP(),
    updatedAt: classic_schemas/* string */.YjP(),
    reviews: classic_schemas/* array */.YOg(StoredReview),
    comments: classic_schemas/* array */.YOg(classic_schemas/* object */.Ikc({ marker: classic_schemas/* string */.YjP(), body: classic_schemas/* string */.YjP(), updatedAt: classic_schemas/* string */.YjP() })),
    headSha: classic_schemas/* string */.YjP().optional(),
    mergeSha: classic_schemas/* string */.YjP().optional(),
    mergedBy: classic_schemas/* string */.YjP().optional(),
    mergedAt: classic_schemas/* string */.YjP().optional(),
});
/** The local forge's promotion requests, one JSON file each under `requests/` on REQUESTS_REF. */
class RequestStore extends RecordStore {
    constructor(git, who) {
        super(git, who, { ref: local_requests_REQUESTS_REF, folder: 'requests', schema: StoredRequest, noun: 'promotion request', field: 'request' });
    }
}

;// CONCATENATED MODULE: ./src/forge/local-issues.ts
/**
 * Issues of the local forge: what dhow has to tell people when there is no request to comment on (a
 * revert that is impossible). One JSON file per issue under `issues/` on the metadata ref
 * `refs/dhow/issues`, written with compare-and-swap, so two runs raising the same issue at once still
 * make one. `git show refs/dhow/issues:issues/<id>.json` reads one; `dhow`'s LocalForge lists them.
 */


const local_issues_ISSUES_REF = 'refs/dhow/issues';
const StoredIssue = classic_schemas/* object */.Ikc({
    id: classic_schemas/* string */.YjP().regex(/^[1-9][0-9]*$/),
    /** The purpose the issue is found by (one issue per marker). */
    marker: classic_schemas/* string */.YjP().min(1),
    title: classic_schemas/* string */.YjP(),
    body: classic_schemas/* string */.YjP(),
    state: classic_schemas/* enum */.k5n(['open', 'closed']),
    labels: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()),
    createdAt: classic_schemas/* string */.YjP(),
    updatedAt: classic_schemas/* string */.YjP(),
    closedAt: classic_schemas/* string */.YjP().optional(),
    closedBy: classic_schemas/* string */.YjP().optional(),
});
class IssueStore extends RecordStore {
    constructor(git, who) {
        super(git, who, { ref: local_issues_ISSUES_REF, folder: 'issues', schema: StoredIssue, noun: 'issue', field: 'issue' });
    }
}

;// CONCATENATED MODULE: ./src/forge/local.ts
/**
 * The local forge: a git repository on disk, driven through the git CLI. It is the embedded default: no
 * account, no network. Files are read at refs with plumbing; commits are built in a temporary index and
 * land with compare-and-swap on the branch (`git update-ref <ref> <new> <old>`). Promotion requests, their
 * reviews, comments and merges live in the repository itself, as JSON files committed (also with CAS) on
 * the metadata ref `refs/dhow/requests`, so a registry directory is self-contained and can be pushed anywhere
 * (`git push <remote> 'refs/*:refs/*'`). Issues dhow raises (an impossible revert) live the same way on
 * `refs/dhow/issues`.
 */















class LocalForge {
    git;
    dir;
    logger;
    now;
    kind = 'local';
    description;
    dispatchHandler = null;
    requests;
    issues;
    identity;
    /**
     * The trees listTree read in this pass, by `<commit>:<dir>` ('' for the root): readFiles of the same files
     * (what `dhow validate` does next) reads its directories from here instead of asking git again. A commit's
     * trees never change, so an entry cannot go stale; it is kept for the pass only, to bound the memory.
     */
    listedTrees = new Map();
    listing = false;
    constructor(git, dir, identity, logger, now) {
        this.git = git;
        this.dir = dir;
        this.logger = logger;
        this.now = now;
        this.description = dir;
        this.identity = identity ? { name: identity.name, email: identity.email ?? emailFor(identity.name) } : null;
        this.requests = new RequestStore(git, () => this.committer());
        this.issues = new IssueStore(git, () => this.committer());
    }
    /** The identity and date the next commit gets. */
    async committer() {
        this.identity ??= await defaultIdentity(this.git, process.env);
        return { ...this.identity, date: this.now() };
    }
    /** Runs `fn` for every `dispatch` on this forge (the local stand-in for repository_dispatch). */
    setDispatchHandler(fn) {
        this.dispatchHandler = fn;
    }
    async defaultBranch() {
        const { head } = await this.git.refs();
        if (head?.startsWith('refs/heads/'))
            return head.slice('refs/heads/'.length);
        // HEAD names a branch with no commit yet (a fresh registry): for-each-ref does not list it.
        const r = await this.git.run(['symbolic-ref', '--short', 'HEAD'], { okCodes: [1, 128] });
        return r.code === 0 ? r.stdout.toString().trim() : 'main';
    }
    /** A branch's commit from the pass's refs (a write drops them; see Git.beginPass). */
    async branchHead(branch) {
        const ref = `refs/heads/${await this.checkBranch(branch)}`;
        return (await this.git.refs()).refs.get(ref) ?? null;
    }
    /**
     * Starts a pass (a one-shot command, one bridge delivery, one controller pass): refs are read once and
     * reused until this forge writes or the next pass begins. A long-running server begins one per request,
     * so it sees commits other writers made meanwhile; without any pass every read asks git (see Git.beginPass).
     */
    beginPass() {
        this.git.beginPass();
        this.listing = true;
        this.listedTrees.clear();
    }
    /** Ends the pass: its refs are dropped and the registry's `git cat-file` ends once it has answered (see Git.endPass). */
    endPass() {
        this.git.endPass();
        this.listing = false;
        this.listedTrees.clear();
    }
    /** Ends the long-lived `git cat-file` of this registry now; reads still work after. */
    close() {
        this.git.close();
    }
    async readFile(path, ref) {
        const [text] = await this.readFiles([path], ref);
        return text ?? null;
    }
    /**
     * Files at one ref through the long-lived `git cat-file --batch`, asked at once. A `<commit>:<path>` spec
     * makes git inflate and scan every tree on the path for each file, so reading all 1,000 versions of a
     * model that way costs 1,000 times its versions tree: quadratic in a model's versions. A directory many
     * files are read from is therefore read once, and its files by object id; a lone file keeps the spec.
     */
    async readFiles(paths, ref) {
        const rev = await this.rev(ref);
        const safe = paths.map((p) => assertSafePath(p));
        const perDirectory = new Map();
        for (const path of safe)
            perDirectory.set(parentOf(path), (perDirectory.get(parentOf(path)) ?? 0) + 1);
        const shared = [...perDirectory].filter(([, count]) => count >= READ_DIRECTORY_AT).map(([dir]) => dir);
        const listings = await Promise.all(shared.map(async (dir) => this.listedTrees.get(`${rev}:${dir}`) ?? (await this.git.readTree(dir === '' ? `${rev}^{tree}` : `${rev}:${dir}`))));
        const trees = new Map(shared.map((dir, i) => [dir, new Map((listings[i] ?? []).map((e) => [e.name, e]))]));
        const specs = safe.map((path) => {
            const tree = trees.get(parentOf(path));
            if (!tree)
                return `${rev}:${path}`;
            const entry = tree.get(path.slice(path.lastIndexOf('/') + 1));
            // A subtree or a submodule (gitlink) is no file, as the `<commit>:<path>` spec would say.
            return !entry || entry.mode === '40000' || entry.mode === '160000' ? null : entry.oid;
        });
        const asked = specs.filter((spec) => spec !== null);
        const texts = await this.git.readBlobs(asked);
        let next = 0;
        return specs.map((spec) => (spec === null ? null : texts[next++]));
    }
    /** Every file path under `dir` (recursively; '' for the whole tree) at a ref, in one git call. */
    async listTree(dir, ref) {
        const rev = await this.rev(ref);
        const top = dir === '' || dir === '.' ? '' : assertSafePath(dir.replace(/\/$/, ''));
        const object = await this.git.readObject(top === '' ? `${rev}^{tree}` : `${rev}:${top}`);
        if (object === null)
            return [];
        if (object.type !== 'tree')
            return [top]; // as `ls-tree -r <rev> -- <file>` lists the file itself
        // Trees are read through the one cat-file process, all of a level at once, in git's tree order.
        const walk = async (prefix, oid) => {
            const entries = (await this.git.readTree(oid)) ?? [];
            if (this.listing)
                this.listedTrees.set(`${rev}:${prefix.slice(0, -1)}`, entries);
            const lists = await Promise.all(entries.map((e) => (e.mode === '40000' ? walk(`${prefix}${e.name}/`, e.oid) : Promise.resolve([`${prefix}${e.name}`]))));
            return lists.flat();
        };
        return walk(top === '' ? '' : `${top}/`, object.oid);
    }
    async listDirectory(path, ref) {
        const rev = await this.rev(ref);
        const spec = path === '' || path === '.' ? `${rev}^{tree}` : `${rev}:${assertSafePath(path.replace(/\/$/, ''))}`;
        return ((await this.git.readTree(spec)) ?? []).map((e) => e.name);
    }
    async history(path, ref, options = {}) {
        const rev = await this.rev(ref);
        const args = ['log', '--first-parent', '--format=%H%x00%an%x00%aI%x00%B%x1e'];
        if (options.limit)
            args.push(`-n${options.limit}`);
        args.push(rev, '--', assertSafePath(path));
        return parseLog(await this.git.text(args));
    }
    /** One `git log --name-status` over `dir`: the whole registry's release history in one process. */
    async historyUnder(dir, ref) {
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
    async commitFiles(request) {
        const branch = await this.checkBranch(request.branch);
        const ref = `refs/heads/${branch}`;
        // The pass's refs with this handle's own writes (outside a pass, git's refs now): a branch another
        // writer moved since is caught by the compare-and-swap below, and the next pass sees it.
        const current = (await this.git.refs()).refs.get(ref) ?? null;
        if (current !== request.expectedHead) {
            throw new errors/* DhowError */.Bp('conflict', `branch ${branch} moved (expected ${local_short(request.expectedHead)}, found ${local_short(current)})`);
        }
        let parent;
        if (request.parent)
            parent = await this.mustResolve(request.parent);
        else if (current)
            parent = current;
        else if (request.from)
            parent = await this.mustResolve(request.from);
        else
            throw new errors/* DhowError */.Bp('usage', `commitFiles: branch ${branch} does not exist and no "from" commit was given`);
        const tree = await local_tree_buildTree(this.git, parent, request.changes);
        if (current) {
            const sameAsHead = current === parent ? tree === (await treeOf(this.git, current)) : await this.isOneCommitOn(current, parent, tree);
            if (sameAsHead)
                return { sha: current, changed: false };
        }
        const sha = await local_tree_commitTree(this.git, tree, parent ? [parent] : [], (0,forge/* withTrailers */.j)(request.message, request.trailers), await this.committer());
        if (!(await local_tree_casRef(this.git, ref, sha, current, `dhow: ${request.message.split('\n')[0]}`))) {
            throw new errors/* DhowError */.Bp('conflict', `branch ${branch} moved while committing; re-read and try again`);
        }
        this.logger.debug(`committed ${local_short(sha)} on ${branch}`);
        return { sha, changed: true };
    }
    async deleteBranch(branch) {
        this.git.forgetRefs();
        const ref = `refs/heads/${await this.checkBranch(branch)}`;
        const head = await this.git.resolve(ref);
        if (head && !(await local_tree_casRef(this.git, ref, null, head, 'dhow: delete branch'))) {
            throw new errors/* DhowError */.Bp('conflict', `branch ${branch} moved while deleting it`);
        }
    }
    async findRequest(branch, options = {}) {
        const wanted = options.state ?? 'open';
        const all = (await this.completeInterruptedMerges((await this.requests.all()).filter((r) => r.branch === branch))).filter((r) => wanted === 'all' || r.state === wanted);
        const latest = all.sort((a, b) => Number(b.id) - Number(a.id))[0];
        return latest ? this.toChangeRequest(latest) : null;
    }
    async getRequest(id) {
        const [request] = await this.completeInterruptedMerges([await this.requests.get(id)]);
        return this.toChangeRequest(request);
    }
    /** Every request, newest first (for `dhow status` and tests). */
    async listRequests(state = 'all') {
        const all = (await this.completeInterruptedMerges(await this.requests.all())).filter((r) => state === 'all' || r.state === state);
        return Promise.all(all.sort((a, b) => Number(b.id) - Number(a.id)).map((r) => this.toChangeRequest(r)));
    }
    async openOrUpdateRequest(input) {
        await this.checkBranch(input.branch);
        if (!(await this.branchHead(input.branch)))
            throw new errors/* DhowError */.Bp('not-found', `branch ${input.branch} does not exist`);
        let operation = 'none';
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
            if (same)
                return open;
            return { ...open, title: input.title, body: input.body, labels, base: input.base, updatedAt: this.now() };
        });
        return { request: await this.toChangeRequest(stored), operation };
    }
    /** Records a review by `reviewer` on the request's current head (the local stand-in for a PR review). */
    async submitReview(id, input) {
        const request = await this.requests.get(id);
        if (request.state !== 'open')
            throw new errors/* DhowError */.Bp('refused', `request ${id} is ${request.state}: only open requests can be reviewed`);
        const head = await this.branchHead(request.branch);
        if (!head)
            throw new errors/* DhowError */.Bp('not-found', `the branch of request ${id} (${request.branch}) is gone`);
        const review = {
            reviewer: input.reviewer,
            state: input.state,
            commitSha: head,
            submittedAt: this.now(),
            ...(input.body ? { body: input.body } : {}),
        };
        await this.requests.update(`review of request ${id}`, (all) => {
            const current = all.find((r) => r.id === id);
            if (current.state !== 'open')
                throw new errors/* DhowError */.Bp('refused', `request ${id} is ${current.state}: only open requests can be reviewed`);
            return { ...current, reviews: [...current.reviews, review], updatedAt: review.submittedAt };
        });
        return review;
    }
    async listReviews(id) {
        // A local reviewer named like a GitHub app (`name[bot]`) is a bot.
        return (await this.requests.get(id)).reviews.map((r) => (r.reviewer.endsWith('[bot]') ? { ...r, bot: true } : r));
    }
    /** `git diff --name-only base...head`: what the request's branch changed since it left its base. */
    async changedFiles(id) {
        const request = await this.requests.get(id);
        const head = request.state === 'open' ? await this.branchHead(request.branch) : (request.headSha ?? null);
        if (!head)
            throw new errors/* DhowError */.Bp('not-found', `the branch of request ${id} (${request.branch}) is gone`);
        const base = await this.mustResolve(request.base);
        const out = await this.git.text(['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`]);
        return out.split('\0').filter(Boolean).sort();
    }
    /**
     * A reviewer's role on a local registry: dhow.yaml `access.users`, else `access.default` (write when
     * dhow.yaml says nothing: everyone who can write to the directory can review).
     */
    async permissionOf(login) {
        const access = await this.access();
        const listed = Object.entries(access?.users ?? {}).find(([name]) => name.toLowerCase() === login.toLowerCase());
        return listed?.[1] ?? access?.default ?? 'write';
    }
    /** Team members on a local registry are listed in dhow.yaml `access.teams`; an unlisted team has none. */
    async isTeamMember(team, login) {
        const members = (await this.access())?.teams[team] ?? [];
        return members.some((m) => m.toLowerCase() === login.toLowerCase());
    }
    async access() {
        const base = await this.defaultBranch();
        const text = await this.readFile(paths/* CONFIG_PATH */.tF, base);
        return text === null ? undefined : (0,files/* parseRegistryFile */.N0)('Registry', paths/* CONFIG_PATH */.tF, text).access;
    }
    /** A local registry keeps only dhow's own comments (one per marker), so none names an author. */
    async listComments(id) {
        return (await this.requests.get(id)).comments.map((c) => ({ author: null, body: c.body, marker: c.marker, updatedAt: c.updatedAt }));
    }
    async upsertComment(id, marker, body) {
        await this.requests.update(`comment on request ${id}`, (all) => {
            const current = all.find((r) => r.id === id);
            if (!current)
                throw new errors/* DhowError */.Bp('not-found', `no request ${id}`);
            const existing = current.comments.find((c) => c.marker === marker);
            if (existing?.body === body)
                return current;
            const comments = existing
                ? current.comments.map((c) => (c.marker === marker ? { ...c, body, updatedAt: this.now() } : c))
                : [...current.comments, { marker, body, updatedAt: this.now() }];
            return { ...current, comments };
        });
    }
    async mergeRequest(id, input) {
        const request = await this.requests.get(id);
        if (request.state !== 'open')
            throw new errors/* DhowError */.Bp('refused', `request ${id} is ${request.state}`);
        this.git.forgetRefs(); // a merge checks the head (and the base) as they are now
        const head = await this.branchHead(request.branch);
        if (head !== input.expectedHeadSha) {
            throw new errors/* DhowError */.Bp('conflict', `request ${id} changed (head ${local_short(head)}, expected ${local_short(input.expectedHeadSha)}): review it again`);
        }
        const baseRef = `refs/heads/${await this.checkBranch(request.base)}`;
        let sha = '';
        for (let attempt = 1;; attempt++) {
            // A lost race below dropped the refs: this reads the base as it is now.
            const base = (await this.git.refs()).refs.get(baseRef) ?? null;
            if (!base)
                throw new errors/* DhowError */.Bp('not-found', `base branch ${request.base} does not exist`);
            const tree = await this.mergedTree(id, request.base, base, head);
            sha = await local_tree_commitTree(this.git, tree, [base, head], (0,forge/* withTrailers */.j)(input.message, input.trailers), { ...(await this.committer()), name: input.mergedBy });
            if (await local_tree_casRef(this.git, baseRef, sha, base, `dhow: merge request ${id}`))
                break;
            if (attempt >= 10)
                throw new errors/* DhowError */.Bp('conflict', `${request.base} kept moving while merging request ${id}`);
            this.logger.debug(`${request.base} moved while merging request ${id}; merging again (attempt ${attempt + 1})`);
        }
        await this.requests.update(`merge request ${id}`, (all) => {
            const current = all.find((r) => r.id === id);
            const at = this.now();
            return { ...current, state: 'merged', headSha: head, mergeSha: sha, mergedBy: input.mergedBy, mergedAt: at, updatedAt: at };
        });
        // Like a pull request's "delete branch on merge": the next promotion starts a fresh request.
        await local_tree_casRef(this.git, `refs/heads/${request.branch}`, null, head, `dhow: merged request ${id}`);
        return { sha };
    }
    /**
     * The tree of `head` merged into `base`. A request's branch is usually one commit on top of the base it
     * left (every revert and most promotions): the merge is then that commit's tree, read from the commit
     * itself; otherwise git merges (`merge-base`, `merge-tree`), as it always did.
     */
    async mergedTree(id, baseName, base, head) {
        const commit = await this.git.commitObject(head);
        if (commit && commit.parents.length === 1 && commit.parents[0] === base)
            return commit.tree;
        const merged = await this.git.run(['merge-base', '--is-ancestor', head, base], { okCodes: [1] });
        if (merged.code === 0)
            throw new errors/* DhowError */.Bp('refused', `request ${id} is already merged into ${baseName}`);
        const result = await this.git.run(['merge-tree', '--write-tree', '--name-only', '--no-messages', base, head], { okCodes: [1] });
        if (result.code === 1) {
            const files = result.stdout.toString().split('\n').slice(1).filter(Boolean);
            throw new errors/* DhowError */.Bp('refused', `request ${id} conflicts with ${baseName}${files.length ? ` in ${files.join(', ')}` : ''}: run the promotion again to refresh it`);
        }
        return result.stdout.toString().split('\n')[0].trim();
    }
    /**
     * A merge moves three refs one after the other (the base, the request record, the branch deletion), so a
     * process killed between them leaves a request that is open although its head is in the base, or merged
     * with its branch still there. Whoever reads such a request next finishes the merge, as GitHub marks a
     * pull request merged once its head is reachable from its base: the record says merged (with the merge
     * commit that brought the head in), and the branch, if it still points at the merged head, is deleted.
     */
    async completeInterruptedMerges(requests) {
        return Promise.all(requests.map((r) => this.completeInterruptedMerge(r)));
    }
    async completeInterruptedMerge(r) {
        if (r.state === 'merged') {
            // Only the merged head is deleted: a branch a later promotion re-created has another head.
            if (r.headSha && (await this.branchHead(r.branch)) === r.headSha) {
                await local_tree_casRef(this.git, `refs/heads/${r.branch}`, null, r.headSha, `dhow: merged request ${r.id}`);
            }
            return r;
        }
        if (r.state !== 'open')
            return r;
        const [head, base] = await Promise.all([this.branchHead(r.branch), this.branchHead(r.base)]);
        if (!head || !base || head === base)
            return r;
        const inBase = await this.git.run(['merge-base', '--is-ancestor', head, base], { okCodes: [1] });
        if (inBase.code !== 0)
            return r;
        const mergeSha = await this.mergeCommitOf(head, base);
        // The merge commit's author is who merged (mergeRequest writes it so).
        const mergedBy = (await this.git.text(['log', '-1', '--format=%an', mergeSha])).trim();
        this.logger.info(`request ${r.id} was merged into ${r.base} (${local_short(mergeSha)}) by a run that stopped before recording it: recording it now`);
        const stored = await this.requests.update(`merge request ${r.id} (completed)`, (all) => {
            const current = all.find((x) => x.id === r.id);
            if (current.state !== 'open')
                return current;
            return { ...current, state: 'merged', headSha: head, mergeSha, ...(mergedBy ? { mergedBy } : {}), mergedAt: this.now(), updatedAt: this.now() };
        });
        return this.completeInterruptedMerge(stored);
    }
    /** The first-parent commit of `base` that brought `head` in (the merge commit); `base` when none is found. */
    async mergeCommitOf(head, base) {
        const lines = (await this.git.text(['rev-list', '--first-parent', '--parents', `${head}..${base}`])).split('\n');
        for (const line of lines) {
            const [sha, ...parents] = line.trim().split(' ');
            if (sha && parents.slice(1).includes(head))
                return sha;
        }
        return base;
    }
    async closeRequest(id) {
        await this.requests.update(`close request ${id}`, (all) => {
            const current = all.find((r) => r.id === id);
            if (!current)
                throw new errors/* DhowError */.Bp('not-found', `no request ${id}`);
            if (current.state !== 'open')
                return current;
            return { ...current, state: 'closed', updatedAt: this.now() };
        });
    }
    async raiseIssue(input) {
        let operation = 'none';
        const stored = await this.issues.update(`raise issue: ${input.title.split('\n')[0]}`, (all) => {
            operation = 'none';
            const mine = all.filter((i) => i.marker === input.marker).sort((a, b) => Number(b.id) - Number(a.id));
            const open = mine.find((i) => i.state === 'open');
            if (open) {
                if (open.title === input.title && open.body === input.body && open.labels.includes(input.label))
                    return open;
                operation = 'updated';
                const labels = [...new Set([...open.labels, input.label])].sort();
                return { ...open, title: input.title, body: input.body, labels, updatedAt: this.now() };
            }
            // One a person closed is their decision: left closed, not reopened, not duplicated.
            if (mine[0])
                return mine[0];
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
    async listIssues(state = 'all') {
        const all = (await this.issues.all()).filter((i) => state === 'all' || i.state === state);
        return all.sort((a, b) => Number(b.id) - Number(a.id)).map((i) => this.toIssue(i));
    }
    /** Closes an issue (a person saying "we know"); dhow then leaves it closed. */
    async closeIssue(id, by) {
        await this.issues.get(id);
        await this.issues.update(`close issue ${id}`, (all) => {
            const current = all.find((i) => i.id === id);
            if (current.state === 'closed')
                return current;
            const at = this.now();
            return { ...current, state: 'closed', closedAt: at, closedBy: by, updatedAt: at };
        });
    }
    toIssue(i) {
        return { id: i.id, url: `dhow://${this.dir}/issues/${i.id}`, title: i.title, body: i.body, state: i.state, labels: i.labels };
    }
    async dispatch(eventType, payload) {
        if (!this.dispatchHandler) {
            this.logger.info(`dispatch ${eventType}: no handler is registered on the local forge; nothing ran`);
            return;
        }
        await this.dispatchHandler(eventType, payload);
    }
    async toChangeRequest(r) {
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
    async rev(ref) {
        if (/^[0-9a-f]{40}$/.test(ref))
            return ref;
        // Branches come from the pass's refs; anything else (a tag, `main~1`) asks git.
        const { refs } = await this.git.refs();
        const cached = refs.get(ref.startsWith('refs/heads/') ? ref : `refs/heads/${ref}`);
        return cached ?? this.mustResolve(ref);
    }
    async mustResolve(ref) {
        if (ref.startsWith('-'))
            throw new errors/* DhowError */.Bp('invalid-input', `bad ref ${JSON.stringify(ref)}`);
        // A commit id (what a reader's ref is) is checked through the long-lived cat-file, not a rev-parse per
        // spelling; a branch spelled like one, absurd as it is, still comes first.
        if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(ref) && !(await this.git.refs()).refs.has(`refs/heads/${ref}`)) {
            if (await this.git.commitObject(ref))
                return ref;
        }
        const sha = (await this.git.resolve(ref.startsWith('refs/') ? ref : `refs/heads/${ref}`)) ?? (await this.git.resolve(ref));
        if (!sha)
            throw new errors/* DhowError */.Bp('not-found', `${ref} does not exist in ${this.dir}`);
        return sha;
    }
    /** A conservative subset of git's ref name rules, checked without spawning git. */
    async checkBranch(branch) {
        const ok = branch.length > 0 &&
            branch.length <= 255 &&
            branch.split('/').every((s) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(s) && !s.endsWith('.lock') && !s.endsWith('.')) &&
            !branch.includes('..');
        if (!ok)
            throw new errors/* DhowError */.Bp('invalid-input', `"${branch}" is not a valid branch name`);
        return branch;
    }
    async isOneCommitOn(commit, parent, tree) {
        const parents = await parentsOf(this.git, commit);
        return parents.length === 1 && parents[0] === parent && (await treeOf(this.git, commit)) === tree;
    }
}
/** From this many files asked in one directory, the directory's tree is read once (see readFiles). */
const READ_DIRECTORY_AT = 4;
const parentOf = (path) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
function local_short(sha) {
    return sha ? sha.slice(0, 8) : 'nothing';
}
function parseLog(text) {
    return text
        .split('\x1e')
        .map((entry) => entry.replace(/^\n/, ''))
        .filter((entry) => entry.trim() !== '')
        .map((entry) => {
        const [sha, author, date, message] = entry.split('\0');
        const [subject = '', ...rest] = message.split('\n');
        return { sha, author, date, subject, body: rest.join('\n').trim(), trailers: (0,forge/* parseTrailers */.a)(message) };
    });
}
/** `parseLog` for `--name-status -z` output: after the message, `<status>\0<path>\0` pairs (no renames). */
function parseLogWithPaths(text) {
    return text
        .split('\x1e')
        .filter((entry) => entry !== '')
        .map((entry) => {
        const [sha, author, date, message, ...rest] = entry.split('\0');
        const tokens = rest.map((t) => t.replace(/^\n/, '')).filter((t) => t !== '');
        const paths = tokens.filter((_, i) => i % 2 === 1);
        const [subject = '', ...body] = message.split('\n');
        return { sha, author, date, subject, body: body.join('\n').trim(), trailers: (0,forge/* parseTrailers */.a)(message), paths };
    });
}
async function findGitDir(dir) {
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory())
        return null;
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(dir, '.git'))) {
        const r = await new local_git_Git('').run(['-C', dir, 'rev-parse', '--absolute-git-dir'], { okCodes: [128], env: { GIT_DIR: undefined } });
        if (r.code === 0)
            return r.stdout.toString().trim();
    }
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(dir, 'HEAD')) && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(dir, 'objects')))
        return (0,external_node_path_.resolve)(dir);
    return null;
}
const emailFor = (name) => `${name.replace(/[^A-Za-z0-9._-]/g, '-')}@dhow.local`;
async function defaultIdentity(git, env) {
    const get = async (key) => (await git.run(['config', '--get', key], { okCodes: [1] })).stdout.toString().trim();
    const name = env.GIT_AUTHOR_NAME || (await get('user.name')) || env.USER || 'dhow';
    const email = env.GIT_AUTHOR_EMAIL || (await get('user.email')) || emailFor(name);
    return { name, email };
}
/** Opens the registry repository in `dir` (a bare registry as `dhow init` makes it, or any git repository). */
async function openLocalForge(dir, options = {}) {
    const absolute = (0,external_node_path_.isAbsolute)(dir) ? dir : (0,external_node_path_.resolve)(dir);
    const gitDir = await findGitDir(absolute);
    if (!gitDir)
        throw new errors/* DhowError */.Bp('not-found', `${absolute} is not a dhow registry (no git repository there): run "dhow init ${dir}" first`);
    return new LocalForge(new local_git_Git(gitDir), absolute, options.identity ?? null, options.logger ?? logger/* silentLogger */.qq, options.now ?? (() => new Date().toISOString()));
}
/**
 * Creates a registry in `dir`: a bare git repository (no working tree to fall out of date) whose `main`
 * holds the registry's first files (src/registry/bootstrap.ts says which). Refuses a directory that is not empty.
 */
async function initRegistry(dir, config = defaultRegistryConfig(), options = {}) {
    const absolute = isAbsolute(dir) ? dir : resolve(dir);
    await mkdir(absolute, { recursive: true });
    const entries = await readdir(absolute);
    if (entries.length > 0)
        throw new DhowError('refused', `${absolute} is not empty: dhow init needs an empty or new directory`);
    await new Git(absolute).run(['init', '--quiet', '--bare', '--initial-branch=main', absolute], { env: { GIT_DIR: undefined } });
    const forge = await openLocalForge(absolute, options);
    const tree = await buildTree(forge.git, null, initialRegistryFiles(config, localRegistryReadme(REQUESTS_REF, ISSUES_REF)));
    const sha = await commitTree(forge.git, tree, [], 'Create the dhow registry\n', await forge.committer());
    if (!(await casRef(forge.git, 'refs/heads/main', sha, null, 'dhow init'))) {
        throw new DhowError('conflict', `${absolute} was initialised by someone else at the same time`);
    }
    return forge;
}


/***/ }),

/***/ 8426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lJ: () => (/* binding */ jsonSyntaxMessage)
/* harmony export */ });
/* unused harmony exports JsonlParser, parseJsonlBuffer, readJsonlFile, jsonlValues */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/**
 * JSON Lines reader: one JSON value per line, read from a file in chunks. Each line is decoded as
 * strict UTF-8 (an invalid byte is an error, not a replacement character) and parsed on its own, so an
 * error names the file and the line. Blank lines (and a trailing CR) are ignored, a UTF-8 byte order
 * mark at the start is skipped.
 */


const LF = 0x0a;
const CR = 0x0d;
/** Push-style: feed chunks, get `onValue(value, line)` for each line. Returning false stops. */
class JsonlParser {
    onValue;
    decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    file;
    pending = null;
    line = 1;
    first = true;
    stopped = false;
    constructor(onValue, options = {}) {
        this.onValue = onValue;
        this.file = options.file ?? '<input>';
    }
    get done() {
        return this.stopped;
    }
    push(chunk) {
        if (this.stopped || chunk.length === 0)
            return;
        let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
        this.pending = null;
        if (this.first) {
            if (buf.length < 3 && buf[0] === 0xef) {
                this.pending = Buffer.from(buf);
                return;
            }
            this.first = false;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                buf = buf.subarray(3);
        }
        let pos = 0;
        for (;;) {
            const nl = buf.indexOf(LF, pos);
            if (nl < 0)
                break;
            this.emit(buf, pos, nl);
            pos = nl + 1;
            if (this.stopped)
                return;
        }
        if (pos < buf.length)
            this.pending = Buffer.from(buf.subarray(pos));
    }
    finish() {
        if (this.stopped)
            return;
        const rest = this.pending;
        this.pending = null;
        if (!rest || rest.length === 0)
            return;
        const skip = this.first && rest[0] === 0xef && rest[1] === 0xbb && rest[2] === 0xbf ? 3 : 0;
        this.first = false;
        this.emit(rest, skip, rest.length);
    }
    emit(buf, start, end) {
        const line = this.line++;
        if (end > start && buf[end - 1] === CR)
            end--;
        let blank = true;
        for (let k = start; k < end; k++) {
            const c = buf[k];
            if (c !== 0x20 && c !== 0x09) {
                blank = false;
                break;
            }
        }
        if (blank)
            return;
        let text;
        try {
            text = this.decoder.decode(buf.subarray(start, end));
        }
        catch (error) {
            throw new DhowError('invalid-input', 'the line is not valid UTF-8', { file: this.file, line, cause: error });
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new DhowError('invalid-input', `the line is not valid JSON: ${jsonSyntaxMessage(error)}`, { file: this.file, line, cause: error });
        }
        if (this.onValue(value, line) === false)
            this.stopped = true;
    }
}
function parseJsonlBuffer(buffer, onValue, options = {}) {
    const parser = new JsonlParser(onValue, options);
    parser.push(buffer);
    parser.finish();
}
/** Streams a JSON Lines file; memory stays at one chunk plus one line. */
async function readJsonlFile(path, onValue, options = {}) {
    const parser = new JsonlParser(onValue, { file: path, ...options });
    const handle = await open(path, 'r').catch((error) => {
        throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
    });
    try {
        const total = (await handle.stat()).size;
        const size = options.chunkSize ?? 1 << 20;
        const chunk = Buffer.allocUnsafe(size);
        let done = 0;
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, size, null);
            if (bytesRead === 0)
                break;
            done += bytesRead;
            parser.push(chunk.subarray(0, bytesRead));
            options.onProgress?.(done, total);
            if (parser.done)
                return;
        }
        parser.finish();
    }
    finally {
        await handle.close();
    }
}
/** Async iteration over a JSON Lines file: `{ value, line }` per non-blank line. */
async function* jsonlValues(path, options = {}) {
    const queue = [];
    const parser = new JsonlParser((value, line) => void queue.push({ value, line }), { file: path, ...options });
    const handle = await open(path, 'r').catch((error) => {
        throw new DhowError('not-found', `cannot open the file: ${error.code ?? error.message}`, { file: path, cause: error });
    });
    try {
        const size = options.chunkSize ?? 1 << 20;
        const chunk = Buffer.allocUnsafe(size);
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, size, null);
            if (bytesRead === 0)
                break;
            parser.push(chunk.subarray(0, bytesRead));
            while (queue.length > 0)
                yield queue.shift();
        }
        parser.finish();
        while (queue.length > 0)
            yield queue.shift();
    }
    finally {
        await handle.close();
    }
}
/**
 * Where JSON.parse stopped, without the text it quotes: V8's messages repeat the start of the input
 * (`Unexpected token 'G', "GITHUB_TOK"... is not valid JSON`), and the input may be a secret (an environment
 * dump given as a data file). Only the position survives.
 */
function jsonSyntaxMessage(error) {
    const text = error instanceof Error ? error.message : '';
    if (/Unexpected end of JSON input/i.test(text))
        return 'it ends before the JSON value is complete';
    const lineColumn = /\(line (\d+) column (\d+)\)/.exec(text);
    if (lineColumn)
        return `unexpected text at line ${lineColumn[1]}, column ${lineColumn[2]} of the JSON`;
    const position = /at position (\d+)/.exec(text);
    if (position)
        return `unexpected text at character ${Number(position[1]) + 1} of the JSON`;
    return 'unexpected text in the JSON';
}


/***/ })

};
