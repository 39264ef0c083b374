export const id = 40;
export const ids = [40];
export const modules = {

/***/ 1040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectRegistry: () => (/* binding */ connectRegistry)
});

// UNUSED EXPORTS: runUrl

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/forge/forge.ts
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

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/forge/github-client.ts
/**
 * The Octokit the github forge uses: @octokit/rest with the retry plugin (5xx, bounded) and the throttling
 * plugin (primary and secondary rate limits: retried a bounded number of times after the retry-after
 * GitHub sends, logged without the token). Failures become DhowErrors naming the route and status.
 */




const GitHubOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** A limiter that lets every job through at once, for the emulator (GitHub's pacing is off). */
const unpaced = { key: () => ({ schedule: (_options, fn, ...args) => fn(...args) }) };
function createClient(options) {
    const { logger } = options;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const unit = options.backoffUnitMs ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount < rateLimitRetries) {
            logger.warning(`GitHub ${kind} on ${request.method} ${request.url}: retrying after ${retryAfter}s (${retryCount + 1}/${rateLimitRetries})`);
            return true;
        }
        logger.error(`GitHub ${kind} on ${request.method} ${request.url}: giving up after ${rateLimitRetries} retries`);
        return false;
    };
    return new GitHubOctokit({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: 'dhow',
        log: { debug: () => { }, info: () => { }, warn: (m) => logger.debug(m), error: (m) => logger.debug(m) },
        // Only what may pass is retried: 405 (not mergeable yet) and 409 (the head moved) are GitHub's answer, and
        // the plugin's default list would retry them three times with back-off (1 + 4 + 9 s) before failing anyway.
        retry: { retries: options.serverErrorRetries ?? 3, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 405, 409, 410, 422, 451] },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: unit,
            ...(options.pacing === false ? { write: unpaced, notifications: unpaced } : {}),
        },
    });
}
function statusOf(error) {
    return error?.status;
}
/** GitHub's message and its `errors` details in one line (422s put the useful part in `errors`). */
function messageOf(error) {
    const e = error;
    const data = e?.response?.data;
    const details = (data?.errors ?? [])
        .map((d) => typeof d === 'string'
        ? d
        : (d.message ??
            [d.field, d.code].filter(Boolean).join(' ')))
        .filter(Boolean);
    return [data?.message ?? e?.message ?? String(error), ...details].join(': ');
}
/** Wraps an Octokit failure into a DhowError naming what was being done. */
function forgeError(what, error) {
    if (error instanceof errors/* DhowError */.Bp)
        return error;
    const status = statusOf(error);
    let hint = '';
    if (status === 401)
        hint = ' (the token is invalid or expired)';
    else if (status === 403 && /GitHub Actions is not permitted to create or approve pull requests/i.test(messageOf(error))) {
        hint =
            ' (the repository setting Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests" is off: turn it on, or better use a GitHub App token, whose pull requests also start workflows)';
    }
    else if (status === 403 || status === 404)
        hint = ' (check the token can reach this repository and has the permissions the action README lists)';
    return new errors/* DhowError */.Bp('forge', `GitHub: ${what} failed${status ? ` with ${status}` : ''}: ${messageOf(error)}${hint}`, { cause: error });
}

;// CONCATENATED MODULE: ./src/forge/github-reads.ts
/** Levels of a tree one query reads: the registry's deepest files (gates/<env>/<model>/<version>.yaml) are 4 down from the root. */
const TREE_DEPTH = 4;
/**
 * Tree entries nested `depth` levels: TreeEntry.object is the entry's Git object, a Tree's `entries` its children.
 * https://docs.github.com/en/graphql/reference/objects#tree
 * https://docs.github.com/en/graphql/reference/objects#treeentry
 */
function nestedEntries(depth) {
    return depth <= 1 ? 'entries { name type oid }' : `entries { name type oid object { ... on Tree { ${nestedEntries(depth - 1)} } } }`;
}
const isCommitId = (ref) => /^[0-9a-f]{40}$/.test(ref);
/** The registry's policy file (registry/paths CONFIG_PATH), read with every branch head. */
const CONFIG_FILE = 'dhow.yaml';
const CONFIG_FIELD = `file(path: "${CONFIG_FILE}") { object { ... on Blob { oid text } } }`;
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
const READS_PER_QUERY = 100;
class BatchedReader {
    graphql;
    owner;
    name;
    queue = [];
    scheduled = false;
    /** The query in flight (or the last one sent): the next chunk is sent after it settles. */
    sending = Promise.resolve();
    /** (commit:path) -> text (null: absent). Valid forever: a commit never changes. */
    files = new Map();
    /** (commit:path) -> blob id, from directory listings and file reads. */
    blobIds = new Map();
    /** commit -> root tree id. */
    trees = new Map();
    /** commit -> parent ids (of branch heads read). */
    parents = new Map();
    /** (commit:dir) -> entries of directories listed: a path in one that the listing lacks is absent. */
    listed = new Map();
    /** tree id -> its entries. Valid forever. */
    treesById = new Map();
    /** The repository's node id, read with every query (a scalar: no node cost); createRef names the repository by it. */
    repositoryId;
    /** The default branch: asked for once per forge, in whichever batch first needs it. */
    defaultRef;
    constructor(graphql, owner, name) {
        this.graphql = graphql;
        this.owner = owner;
        this.name = name;
    }
    /** Records what a commit is known to hold (from a query made for another reason). */
    prime(commit, path, text, oid) {
        this.files.set(`${commit}:${path}`, text);
        if (oid !== undefined)
            this.blobIds.set(`${commit}:${path}`, oid);
    }
    cachedBlobId(commit, path) {
        const known = this.blobIds.get(`${commit}:${path}`);
        if (known !== undefined)
            return known;
        const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
        return this.listed.has(`${commit}:${dir}`) ? null : undefined;
    }
    /**
     * The default branch and its head, read in the same batch as whatever else is asked for in this turn (a
     * promotion's branch head and open pull request), with the head's tree and dhow.yaml.
     */
    defaultBranch() {
        this.defaultRef ??= this.enqueue({ kind: 'default' });
        // A failed read is not kept: the next call asks again.
        this.defaultRef.catch(() => (this.defaultRef = undefined));
        return this.defaultRef;
    }
    /** What a head read brings besides the commit id: its tree, its parents and dhow.yaml. */
    primeHead(target) {
        if (target.tree?.oid) {
            this.trees.set(target.oid, target.tree.oid);
            const config = target.file?.object ?? null;
            this.prime(target.oid, CONFIG_FILE, config?.text ?? null, config?.oid ?? null);
        }
        if (target.parents)
            this.parents.set(target.oid, target.parents.nodes.map((n) => n.oid));
    }
    file(ref, path) {
        const key = `${ref}:${path}`;
        if (isCommitId(ref) && this.files.has(key))
            return Promise.resolve(this.files.get(key));
        return this.enqueue({ kind: 'file', ref, path });
    }
    dir(ref, path) {
        const known = isCommitId(ref) ? this.listed.get(`${ref}:${path}`) : undefined;
        if (known)
            return Promise.resolve(known);
        return this.enqueue({ kind: 'dir', ref, path });
    }
    /** The entries of a tree (by its id), cached forever: a tree never changes. */
    treeEntries(oid) {
        const known = this.treesById.get(oid);
        if (known)
            return Promise.resolve(known);
        return this.enqueue({ kind: 'tree', oid });
    }
    /** A directory at a ref with its entries TREE_DEPTH levels down (null when absent or not a directory). */
    subtree(ref, path) {
        return this.enqueue({ kind: 'subtree', ref, path });
    }
    /** Records the entries of a tree and of every tree nested in them. */
    rememberTree(oid, entries) {
        this.treesById.set(oid, entries.map(({ name, type, oid: id }) => ({ name, type, oid: id })));
        for (const e of entries)
            if (e.type === 'tree' && e.object?.entries)
                this.rememberTree(e.oid, e.object.entries);
    }
    head(branch) {
        return this.enqueue({ kind: 'head', branch });
    }
    pulls(branch, states) {
        return this.enqueue({ kind: 'pulls', branch, states });
    }
    history(ref, path, first, after) {
        return this.enqueue({ kind: 'history', ref, path, first, after });
    }
    enqueue(read) {
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
    flush() {
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
                .catch((error) => {
                for (const p of chunk)
                    p.reject(error);
            });
        }
        return this.sending;
    }
    /** Sends one chunk of reads as one GraphQL query and settles each read's promise. Never rejects. */
    async send(batch) {
        const vars = { owner: this.owner, name: this.name };
        const defs = ['$owner: String!', '$name: String!'];
        const fields = [];
        batch.forEach(({ read }, i) => {
            const v = (suffix, type, value) => {
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
                    fields.push(`r${i}: object(expression: ${v('e', 'String!', `${read.ref}:${read.path}`)}) { __typename oid ... on Blob { text isTruncated isBinary } }`);
                    break;
                case 'dir':
                    fields.push(`r${i}: object(expression: ${v('e', 'String!', `${read.ref}:${read.path}`)}) { __typename ... on Tree { entries { name type oid } } }`);
                    break;
                case 'tree':
                    fields.push(`r${i}: object(oid: ${v('o', 'GitObjectID!', read.oid)}) { ... on Tree { entries { name type oid } } }`);
                    break;
                case 'subtree':
                    fields.push(`r${i}: object(expression: ${v('e', 'String!', read.path ? `${read.ref}:${read.path}` : `${read.ref}:`)}) { __typename oid ... on Tree { ${nestedEntries(TREE_DEPTH)} } }`);
                    break;
                case 'head':
                    fields.push(
                    // dhow.yaml comes with every head: a reader opened on a branch reads it next, so it costs no call.
                    `r${i}: ref(qualifiedName: ${v('q', 'String!', `refs/heads/${read.branch}`)}) { target { oid ... on Commit { tree { oid } parents(first: 2) { nodes { oid } } ${CONFIG_FIELD} } } }`);
                    break;
                case 'pulls':
                    fields.push(`r${i}: pullRequests(headRefName: ${v('h', 'String!', read.branch)}, states: ${v('s', '[PullRequestState!]', read.states)}, last: 5) { nodes { ${PR_FIELDS} } }`);
                    break;
                case 'history':
                    fields.push(`r${i}: object(expression: ${v('e', 'String!', read.ref)}) { ... on Commit { history(path: ${v('p', 'String!', read.path)}, first: ${v('n', 'Int!', read.first)}, after: ${v('a', 'String', read.after)}) { nodes { oid message committedDate author { name email date } file(path: ${v('f', 'String!', read.path)}) { object { ... on Blob { text } } } associatedPullRequests(first: 5) { nodes { number state mergedBy { login } mergeCommit { oid } } } } pageInfo { hasNextPage endCursor } } } }`);
                    break;
            }
        });
        const query = `query(${defs.join(', ')}) { repository(owner: $owner, name: $name) { id ${fields.join(' ')} } }`;
        let repository;
        try {
            repository = (await this.graphql(query, vars)).repository;
            if (typeof repository?.id === 'string')
                this.repositoryId = repository.id;
        }
        catch (error) {
            for (const p of batch)
                p.reject(error);
            return;
        }
        batch.forEach(({ read, resolve }, i) => {
            const node = repository[`r${i}`];
            switch (read.kind) {
                case 'default': {
                    if (node?.target)
                        this.primeHead(node.target);
                    resolve(node?.target ? { name: node.name, oid: node.target.oid } : null);
                    return;
                }
                case 'file': {
                    const text = node?.__typename === 'Blob' && !node.isBinary && !node.isTruncated ? node.text : null;
                    if (node?.__typename === 'Blob' && (node.isBinary || node.isTruncated)) {
                        resolve(Promise.reject(new Error(`${read.path} at ${read.ref} is binary or larger than GitHub returns through GraphQL`)));
                        return;
                    }
                    if (isCommitId(read.ref))
                        this.prime(read.ref, read.path, text, node?.__typename === 'Blob' ? node.oid : null);
                    resolve(text);
                    return;
                }
                case 'dir': {
                    const entries = node?.__typename === 'Tree' ? node.entries : [];
                    if (isCommitId(read.ref)) {
                        this.listed.set(`${read.ref}:${read.path}`, entries);
                        for (const e of entries)
                            if (e.type === 'blob')
                                this.blobIds.set(`${read.ref}:${read.path}/${e.name}`, e.oid);
                    }
                    resolve(entries);
                    return;
                }
                case 'tree': {
                    const entries = node?.entries ?? [];
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
                    resolve({ oid: node.oid, entries: node.entries });
                    return;
                }
                case 'head':
                    if (node?.target)
                        this.primeHead(node.target);
                    resolve(node?.target ? { oid: node.target.oid, tree: node.target.tree?.oid } : null);
                    return;
                case 'pulls':
                    resolve(node?.nodes ?? []);
                    return;
                case 'history': {
                    const history = node?.history ?? null;
                    for (const c of (history?.nodes ?? []))
                        this.prime(c.oid, read.path, c.file?.object?.text ?? null);
                    resolve(history);
                    return;
                }
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/forge/github-history.ts


/**
 * How GitHub's history is read as the default branch saw it: a commit that came with pull requests counts
 * only as the newest commit (per path) of a MERGED one; commits of unmerged ones are left out. `seen` holds
 * the merged requests already counted for the path. Returns the request to report, null for a direct
 * commit, undefined to leave the commit out.
 */
function countedAs(node, seen) {
    const pulls = node.associatedPullRequests?.nodes ?? [];
    const merged = pulls.find((p) => p.state === 'MERGED' && p.mergeCommit);
    if (pulls.length > 0 && (!merged || seen.has(merged.number)))
        return undefined;
    if (merged)
        seen.add(merged.number);
    return merged ?? null;
}
function commitInfoOf(node, merged) {
    const [subject = '', ...rest] = node.message.split('\n');
    return {
        ...(merged ? { request: { id: String(merged.number), mergedBy: merged.mergedBy?.login ?? '', mergeSha: merged.mergeCommit.oid } } : {}),
        sha: node.oid,
        subject,
        body: rest.join('\n').trim(),
        trailers: parseTrailers(node.message),
        author: node.author?.name ?? '',
        date: node.author?.date ?? node.committedDate,
    };
}
const COMMIT_FIELDS = 'oid message committedDate author { name email date } associatedPullRequests(first: 5) { nodes { number state mergedBy { login } mergeCommit { oid } } }';
const DIR_FIELD = 'file(path: $path) { oid object { ... on Tree { entries { name type oid } } } }';
/** Every file path under `dir` at `ref` (recursively): one query for the registry's depth, one more per deeper level. */
async function listTreeAt(reads, ref, dir) {
    const top = dir.replace(/^\/+|\/+$/g, '');
    const root = await reads.subtree(ref, top);
    if (!root) {
        // A file lists itself, as `git ls-tree -r` does; nothing at all lists nothing.
        return top && (await reads.file(ref, top).catch(() => 'binary')) !== null ? [top] : [];
    }
    const out = [];
    const walk = async (prefix, entries) => {
        await Promise.all(entries.map(async (e) => {
            if (e.type === 'blob')
                out.push(`${prefix}${e.name}`);
            else if (e.type === 'tree')
                await walk(`${prefix}${e.name}/`, e.object?.entries ?? (await reads.treeEntries(e.oid)));
        }));
    };
    await walk(top ? `${top}/` : '', root.entries);
    return out.sort();
}
/**
 * The file paths that differ between the trees of each pair, level by level: every tree of a level that is
 * not known yet is read in one batch (one query for the whole page of commits).
 */
async function changedPaths(reads, pairs) {
    let frontier = pairs.filter((p) => p.a !== p.b);
    while (frontier.length > 0) {
        const entriesOf = new Map();
        const ids = [...new Set(frontier.flatMap((p) => [p.a, p.b]).filter((id) => id !== null))];
        const lists = await Promise.all(ids.map((id) => reads.treeEntries(id)));
        ids.forEach((id, i) => entriesOf.set(id, lists[i]));
        const next = [];
        for (const pair of frontier) {
            const left = new Map((pair.a ? entriesOf.get(pair.a) : []).map((e) => [e.name, e]));
            const right = new Map((pair.b ? entriesOf.get(pair.b) : []).map((e) => [e.name, e]));
            for (const name of new Set([...left.keys(), ...right.keys()])) {
                const x = left.get(name);
                const y = right.get(name);
                if (x && y && x.oid === y.oid && x.type === y.type)
                    continue;
                const path = `${pair.prefix}${name}`;
                const treeX = x?.type === 'tree' ? x.oid : null;
                const treeY = y?.type === 'tree' ? y.oid : null;
                if (treeX || treeY)
                    next.push({ a: treeX, b: treeY, prefix: `${path}/`, out: pair.out });
                if ((x && x.type !== 'tree') || (y && y.type !== 'tree'))
                    pair.out.add(path);
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
async function historyUnderAt(graphql, reads, repository, dir, ref) {
    const top = dir.replace(/^\/+|\/+$/g, '');
    if (!top)
        throw new errors/* DhowError */.Bp('usage', 'historyUnder needs a directory of the registry (releases, gates), not its root');
    const query = `query($owner: String!, $name: String!, $ref: String!, $path: String!, $after: String) { repository(owner: $owner, name: $name) { object(expression: $ref) { ... on Commit { history(path: $path, first: 100, after: $after) { nodes { ${COMMIT_FIELDS} ${DIR_FIELD} parents(first: 5) { nodes { oid ${DIR_FIELD} } } } pageInfo { hasNextPage endCursor } } } } } }`;
    // Per commit, the paths it changed against each parent (one set for a plain commit).
    const commits = [];
    let after = null;
    for (;;) {
        const data = await graphql(query, { owner: repository.owner, name: repository.name, ref, path: top, after });
        const history = data.repository.object?.history;
        if (!history)
            break;
        const pairs = [];
        for (const node of history.nodes) {
            const remember = (file) => {
                if (file?.object?.entries)
                    reads.rememberTree(file.oid, file.object.entries);
                return file?.object?.entries ? file.oid : null;
            };
            const mine = remember(node.file);
            const parents = node.parents.nodes.length > 0 ? node.parents.nodes : [{ oid: '', file: null }];
            // One set of changed paths per parent; a merge keeps what differs from all of them.
            const perParent = parents.map((p) => {
                const out = new Set();
                pairs.push({ a: mine, b: remember(p.file), prefix: `${top}/`, out });
                return out;
            });
            commits.push({ node, perParent });
        }
        await changedPaths(reads, pairs);
        if (!history.pageInfo.hasNextPage)
            break;
        after = history.pageInfo.endCursor;
    }
    const seen = new Map();
    const out = [];
    for (const commit of commits) {
        const [first, ...others] = commit.perParent;
        const changed = [...first].filter((p) => others.every((s) => s.has(p))).sort();
        let request;
        const kept = [];
        for (const path of changed) {
            if (!seen.has(path))
                seen.set(path, new Set());
            const counted = countedAs(commit.node, seen.get(path));
            if (counted === undefined)
                continue;
            request = counted;
            kept.push(path);
        }
        if (kept.length > 0)
            out.push({ ...commitInfoOf(commit.node, request ?? null), paths: kept });
    }
    return out;
}

// EXTERNAL MODULE: ./src/forge/github-text.ts
var github_text = __webpack_require__(1982);
;// CONCATENATED MODULE: ./src/forge/github-refusals.ts
/**
 * What GitHub's refusals of a ref update mean for a dhow user: branch protection and rulesets answer a
 * direct update with 422 and the rule's message. Each known rule is named with what to do about it; an
 * unknown refusal is still reported as a refusal (never as a race to retry).
 */
const THROUGH_A_PULL_REQUEST = 'change it through a pull request (for reverts: revert.mode pull-request in dhow.yaml), or add this identity to the bypass list';
const RULES = [
    {
        match: /Changes must be made through a pull request/i,
        explain: () => `it requires pull requests: ${THROUGH_A_PULL_REQUEST}`,
    },
    {
        match: /Required status checks? "?([^"]+?)"? (?:is|are) expected/i,
        explain: (m) => `it requires the status check "${m[1]}" to pass first: ${THROUGH_A_PULL_REQUEST}`,
    },
    {
        match: /At least (\d+) approving reviews? (?:is|are) required/i,
        explain: (m) => `it requires ${m[1]} approving review${m[1] === '1' ? '' : 's'}: ${THROUGH_A_PULL_REQUEST}`,
    },
    {
        match: /must have verified signatures/i,
        explain: () => 'it requires signed commits, and GitHub signs only the commits a GitHub App or GITHUB_TOKEN makes through the API without an author, never those made with a personal access token: use a GitHub App token',
    },
    {
        match: /must not contain merge commits|linear history/i,
        explain: () => "it requires a linear history (no merge commits): merge dhow's pull requests by squash or rebase (the merge-method input), or lift the rule",
    },
    {
        match: /Reference update failed|protected branch/i,
        explain: () => `a ruleset or branch protection restricts updates to it: ${THROUGH_A_PULL_REQUEST}`,
    },
];
/** The message of the DhowError('refused') for a refused update of `branch` (GitHub's `message` quoted). */
function refUpdateRefusal(branch, message) {
    const oneLine = message.replace(/\s+/g, ' ').trim();
    for (const rule of RULES) {
        const m = rule.match.exec(message);
        if (m)
            return `GitHub refused to move ${branch}: ${rule.explain(m)} (GitHub said: ${oneLine})`;
    }
    return `GitHub refused to move ${branch} (${oneLine}): check the branch's protection and rulesets, and the token's permissions`;
}

;// CONCATENATED MODULE: ./src/forge/github-commit.ts



/**
 * Headline and body as the mutation takes them: GitHub writes the message as the headline, a blank line and the
 * body, so the first line is the headline and the rest (trailers included) the body.
 * https://docs.github.com/en/graphql/reference/input-objects#commitmessage
 */
function commitMessage(message) {
    const [headline = '', ...rest] = message.trimEnd().split('\n');
    const body = rest
        .join('\n')
        .replace(/^\s*\n/, '')
        .trim();
    return body ? { headline, body } : { headline };
}
/** FileAddition.contents: RFC 4648 base64 of the file's bytes (UTF-8). */
const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');
async function commitOnBranch(graphql, c) {
    const commitInput = {
        branch: { repositoryNameWithOwner: c.nameWithOwner, branchName: c.branch },
        expectedHeadOid: c.head,
        fileChanges: {
            ...(c.additions.length ? { additions: c.additions.map((a) => ({ path: a.path, contents: base64(a.content) })) } : {}),
            ...(c.deletions.length ? { deletions: c.deletions.map((path) => ({ path })) } : {}),
        },
        message: commitMessage(c.message),
    };
    const commitField = 'commit: createCommitOnBranch(input: $commit) { commit { oid tree { oid } } }';
    const document = c.create
        ? `mutation($ref: CreateRefInput!, $commit: CreateCommitOnBranchInput!) { branch: createRef(input: $ref) { ref { name } } ${commitField} }`
        : `mutation($commit: CreateCommitOnBranchInput!) { ${commitField} }`;
    const variables = {
        commit: commitInput,
        ...(c.create ? { ref: { repositoryId: c.repositoryId, name: `refs/heads/${c.branch}`, oid: c.head } } : {}),
    };
    try {
        const data = await graphql(document, variables);
        return { ok: true, sha: data.commit.commit.oid, tree: data.commit.commit.tree.oid };
    }
    catch (error) {
        const errors = error.errors;
        const data = error.data;
        if (!Array.isArray(errors))
            return { ok: false, created: false, error: forgeError(`committing on ${c.branch}`, error) };
        // createRef may fail (the branch appeared meanwhile) while the commit still lands on the branch where it was
        // expected: the compare-and-swap held, so the commit stands.
        if (data?.commit?.commit)
            return { ok: true, sha: data.commit.commit.oid, tree: data.commit.commit.tree.oid };
        const created = Boolean(data?.branch?.ref);
        const at = (alias) => errors.find((e) => e.path?.[0] === alias);
        // A refused createRef explains the commit's failure that follows it (no such branch): report the first.
        const failed = (c.create && !created ? at('branch') : undefined) ?? at('commit') ?? errors[0];
        return { ok: false, created, error: refusalOf(c.branch, failed, error) };
    }
}
/** Rule texts of branch protection and rulesets, in GitHub's words (see src/forge/github-refusals.ts). */
const RULE_TEXT = /rule violations|protected branch|Reference update failed|Changes must be made through a pull request|approving reviews? (?:is|are) required|status checks? .* expected|verified signatures|merge commits/i;
/**
 * What a GraphQL refusal of a commit means: a moved or vanished branch (STALE_DATA, or no such branch any more) and
 * a branch created meanwhile are lost races, DhowError('conflict'), which callers answer by reading again; branch
 * protection (BRANCH_PROTECTION_RULE_VIOLATION) and rulesets (their "Repository rule violations found" text under
 * another type) are DhowError('refused'), never retried; a token without Contents: write (FORBIDDEN) and anything
 * else are forge errors naming what was refused.
 */
function refusalOf(branch, e, cause) {
    const message = e.message;
    // GitHub documents no wording for a branch that is gone; a NOT_FOUND of the commit not about the repository is that.
    if (e.type === 'STALE_DATA' || (e.path?.[0] === 'commit' && e.type === 'NOT_FOUND' && !/Repository/.test(message))) {
        return new errors/* DhowError */.Bp('conflict', `branch ${branch} moved while committing (${message}); read it again and re-plan`, { cause });
    }
    if (e.path?.[0] === 'branch' && /already exists/i.test(message)) {
        return new errors/* DhowError */.Bp('conflict', `branch ${branch} was created by someone else while committing (${message}); read it again and re-plan`, { cause });
    }
    if (e.type === 'FORBIDDEN') {
        return new errors/* DhowError */.Bp('forge', `GitHub: committing on ${branch} failed: ${message} (the token needs the Contents: write permission, or push access for a personal token)`, { cause });
    }
    if (e.type === 'BRANCH_PROTECTION_RULE_VIOLATION' || RULE_TEXT.test(message))
        return new errors/* DhowError */.Bp('refused', refUpdateRefusal(branch, message), { cause });
    return new errors/* DhowError */.Bp('forge', `GitHub: committing on ${branch} failed: ${e.type ? `${e.type}: ` : ''}${messageOf({ message })}`, { cause });
}

;// CONCATENATED MODULE: ./src/forge/github.ts
/**
 * The github forge: the registry repository on GitHub (or GitHub Enterprise Server through
 * GITHUB_API_URL) through Octokit. Reads are batched GraphQL queries (src/forge/github-reads.ts); writes
 * need no clone. A commit on the branch's head, and a new branch with its first commit, is one GraphQL call
 * (createRef and createCommitOnBranch, src/forge/github-commit.ts), compare-and-swapped on the head read. A
 * commit with another parent as well (a branch refreshed onto a base that moved) is the Git Data API: one tree
 * on the base tree with the changed files inline, one commit WITHOUT author or committer (GitHub signs it for
 * an App or GITHUB_TOKEN), then updateRef with force:false; it descends from the expected head, so a branch
 * that moved meanwhile fails the fast-forward check. Either way a lost race is a DhowError('conflict') the
 * caller answers by reading again and re-planning. Nothing is written when every file already has the planned
 * content (a force-push or a needless commit dismisses approvals).
 */









const PR_STATES = {
    open: ['OPEN'],
    closed: ['CLOSED'],
    merged: ['MERGED'],
    all: ['OPEN', 'CLOSED', 'MERGED'],
};
function createGitHubForge(options) {
    const match = github_text/* REPOSITORY */.Bw.exec(options.repository);
    if (!match)
        throw new errors/* DhowError */.Bp('usage', `registry "${options.repository}" must be owner/name`, { field: 'registry' });
    if (!options.token)
        throw new errors/* DhowError */.Bp('usage', 'a GitHub token is needed to reach the registry repository', { field: 'github-token' });
    const baseUrl = options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com';
    const clientOptions = {
        token: options.token,
        baseUrl,
        logger: options.logger,
        ...(options.backoffUnitMs !== undefined ? { backoffUnitMs: options.backoffUnitMs } : {}),
        ...(options.pacing !== undefined ? { pacing: options.pacing } : {}),
        ...(options.rateLimitRetries !== undefined ? { rateLimitRetries: options.rateLimitRetries } : {}),
        ...(options.serverErrorRetries !== undefined ? { serverErrorRetries: options.serverErrorRetries } : {}),
    };
    return new GitHubForge(createClient(clientOptions), match[1], match[2], options);
}
class GitHubForge {
    octokit;
    owner;
    repo;
    options;
    kind = 'github';
    description;
    reads;
    defaultBranchName;
    /** A head read together with the default branch name, handed to the next branchHead() of that branch. */
    primedHead;
    logger;
    constructor(octokit, owner, repo, options) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
        this.options = options;
        this.description = `${owner}/${repo}`;
        this.logger = options.logger;
        this.reads = new BatchedReader(this.octokit.graphql, owner, repo);
    }
    async call(what, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw forgeError(what, error);
        }
    }
    /**
     * The default branch, read with its head, the head's tree and dhow.yaml, in the same query as every other
     * read started in this turn (a promotion asks for its branch and open pull request alongside): a reader
     * opened next (branchHead, then the config) needs no further call.
     */
    async defaultBranch() {
        if (this.defaultBranchName)
            return this.defaultBranchName;
        const ref = await this.call('reading the default branch', () => this.reads.defaultBranch());
        if (!ref)
            throw new errors/* DhowError */.Bp('not-found', `${this.description} is empty: it has no default branch yet`);
        this.defaultBranchName = ref.name;
        this.primedHead = { branch: ref.name, oid: ref.oid };
        return ref.name;
    }
    async branchHead(branch) {
        if (this.primedHead?.branch === branch) {
            const { oid } = this.primedHead;
            this.primedHead = undefined;
            return oid;
        }
        const head = await this.call(`reading branch ${branch}`, () => this.reads.head(branch));
        return head?.oid ?? null;
    }
    readFile(path, ref) {
        return this.call(`reading ${path} at ${ref}`, () => this.reads.file(ref, path));
    }
    readFiles(paths, ref) {
        return Promise.all(paths.map((p) => this.readFile(p, ref)));
    }
    async listDirectory(path, ref) {
        const entries = await this.call(`listing ${path} at ${ref}`, () => this.reads.dir(ref, path.replace(/\/+$/, '')));
        return entries.map((e) => e.name).sort();
    }
    /**
     * Commits touching a path, newest first, as the default branch saw them: GitHub's history also walks the
     * branches merged into it, so a commit that came with a pull request counts only as the newest commit of
     * a MERGED one (reported with its number, who merged it and the merge commit); commits of pull requests
     * that were never merged, and older commits of merged ones, are left out. Direct commits stay.
     */
    async history(path, ref, options = {}) {
        const out = [];
        const seen = new Set();
        let after = null;
        for (;;) {
            const want = Math.min(100, options.limit ? options.limit - out.length : 100);
            const page = await this.call(`reading the history of ${path}`, () => this.reads.history(ref, path, want, after));
            if (!page)
                return out;
            for (const c of page.nodes) {
                const merged = countedAs(c, seen);
                if (merged !== undefined)
                    out.push(commitInfoOf(c, merged));
            }
            if (!page.pageInfo.hasNextPage || (options.limit && out.length >= options.limit))
                return out;
            after = page.pageInfo.endCursor;
        }
    }
    /** Every file under `dir` at `ref`: one query for the registry's depth (src/forge/github-history.ts). */
    listTree(dir, ref) {
        return this.call(`listing ${dir || 'the registry'} at ${ref}`, () => listTreeAt(this.reads, ref, dir));
    }
    /**
     * Every commit touching `dir`, newest first, with the paths each changed: 2 queries per 100 commits for
     * releases/, 3 for gates/, and one more per 100 trees a level of a page changed (src/forge/github-history.ts).
     */
    historyUnder(dir, ref) {
        return this.call(`reading the history of ${dir}`, () => historyUnderAt(this.octokit.graphql, this.reads, { owner: this.owner, name: this.repo }, dir, ref));
    }
    /** The root tree of a commit (cached: read with the head that named the commit). */
    async treeOf(commit) {
        const known = this.reads.trees.get(commit);
        if (known)
            return known;
        const { data } = await this.call(`reading commit ${commit}`, () => this.octokit.git.getCommit({ owner: this.owner, repo: this.repo, commit_sha: commit }));
        this.reads.trees.set(commit, data.tree.sha);
        return data.tree.sha;
    }
    /** Blob ids of paths at a commit: from the cache where a read already saw them, else one query. */
    async blobIds(commit, paths) {
        const result = new Map();
        const unknown = [];
        for (const path of paths) {
            const id = this.reads.cachedBlobId(commit, path);
            if (id === undefined)
                unknown.push(path);
            else
                result.set(path, id);
        }
        if (unknown.length > 0) {
            const texts = await this.readFiles(unknown, commit);
            unknown.forEach((path, i) => result.set(path, texts[i] === null ? null : (this.reads.cachedBlobId(commit, path) ?? (0,github_text/* gitBlobSha */.Ak)(texts[i]))));
        }
        return result;
    }
    async commitFiles(request) {
        const { branch, expectedHead } = request;
        const base = request.parent ?? expectedHead ?? request.from;
        if (!base)
            throw new errors/* DhowError */.Bp('usage', `commitFiles: branch ${branch} does not exist and no "from" commit was given`);
        const wanted = new Map(request.changes.map((c) => [c.path, c.content === null ? null : (0,github_text/* gitBlobSha */.Ak)(c.content)]));
        if (expectedHead) {
            // Same content already on the branch: write nothing, whatever the base did meanwhile.
            const there = await this.blobIds(expectedHead, [...wanted.keys()]);
            if ([...wanted].every(([path, id]) => there.get(path) === id)) {
                this.logger.debug(`${branch} already holds the planned content: nothing to write`);
                return { sha: expectedHead, changed: false };
            }
        }
        // Only what differs from the base tree goes into the new tree; deletions only of what is there.
        const inBase = await this.blobIds(base, [...wanted.keys()]);
        const entries = request.changes
            .filter((c) => inBase.get(c.path) !== wanted.get(c.path))
            .map((c) => c.content === null
            ? { path: c.path, mode: '100644', type: 'blob', sha: null }
            : { path: c.path, mode: '100644', type: 'blob', content: c.content });
        // One commit on the expected head (or, for a new branch, on the commit it starts from) whose tree is that
        // commit's tree plus the changes: one GraphQL call (src/forge/github-commit.ts). A commit that must also
        // descend from another base (a merge) or whose tree is not its parent's plus the changes (a branch refreshed
        // onto the base it sits on) takes the Git Data API below, which builds any tree and any parents.
        if (expectedHead === null || expectedHead === base)
            return this.commitOnBranch(request, base, entries);
        const baseTree = await this.treeOf(base);
        const tree = entries.length === 0
            ? baseTree
            : (await this.call('writing the tree', () => this.octokit.git.createTree({ owner: this.owner, repo: this.repo, base_tree: baseTree, tree: entries })))
                .data.sha;
        // The new commit descends from the expected head (a merge of the base when the base is another
        // commit), so updateRef with force:false only succeeds if the branch is still where we read it.
        const onBase = expectedHead !== null && (expectedHead === base || (this.reads.parents.get(expectedHead) ?? []).includes(base));
        const parents = expectedHead === null ? [base] : onBase ? [expectedHead] : [expectedHead, base];
        const commit = await this.createCommit(withTrailers(request.message, request.trailers), tree, parents);
        this.reads.trees.set(commit.sha, tree);
        try {
            if (expectedHead === null) {
                await this.octokit.git.createRef({ owner: this.owner, repo: this.repo, ref: `refs/heads/${branch}`, sha: commit.sha });
            }
            else {
                await this.octokit.git.updateRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}`, sha: commit.sha, force: false });
            }
        }
        catch (error) {
            // Only a lost race is a conflict; a protection or ruleset refusal is named and never retried (a retry
            // cannot pass it, and would spend the secondary rate limit's write budget).
            const status = statusOf(error);
            const message = messageOf(error);
            const race = status === 409 || (status === 422 && /Update is not a fast forward|Reference cannot be updated|Reference already exists/i.test(message));
            if (race)
                throw new errors/* DhowError */.Bp('conflict', `branch ${branch} moved while committing (${message}); read it again and re-plan`, { cause: error });
            // Protection and rulesets answer 422; a 403 is the token's permissions or a rate limit (forgeError says which).
            if (status === 422)
                throw new errors/* DhowError */.Bp('refused', refUpdateRefusal(branch, message), { cause: error });
            throw forgeError(`moving ${branch}`, error);
        }
        this.logger.debug(`committed ${commit.sha.slice(0, 8)} on ${branch}`);
        return { sha: commit.sha, changed: true };
    }
    /**
     * The commit through createCommitOnBranch (with createRef first for a new branch, in the same call). A refused
     * commit after a created branch leaves nothing behind: the empty branch is deleted if it still points at `base`
     * (read again first, so a branch another writer has moved meanwhile is left alone).
     */
    async commitOnBranch(request, base, entries) {
        const { branch } = request;
        const create = request.expectedHead === null;
        if (create && !this.reads.repositoryId)
            await this.call('reading the repository', () => this.reads.defaultBranch());
        const result = await commitOnBranch(this.octokit.graphql, {
            repositoryId: this.reads.repositoryId ?? '',
            nameWithOwner: this.description,
            branch,
            head: base,
            create,
            additions: entries.flatMap((e) => ('content' in e ? [{ path: e.path, content: e.content }] : [])),
            deletions: entries.flatMap((e) => ('content' in e ? [] : [e.path])),
            message: withTrailers(request.message, request.trailers),
        });
        if (result.ok) {
            this.reads.trees.set(result.sha, result.tree);
            this.logger.debug(`committed ${result.sha.slice(0, 8)} on ${branch}`);
            return { sha: result.sha, changed: true };
        }
        if (result.created) {
            try {
                const head = await this.reads.head(branch);
                if (head?.oid === base) {
                    await this.deleteBranch(branch);
                    this.logger.debug(`deleted the empty branch ${branch} the failed commit left`);
                }
            }
            catch (error) {
                this.logger.warning(`could not delete the empty branch ${branch} after the commit failed: ${messageOf(error)}`);
            }
        }
        throw result.error;
    }
    /**
     * createCommit, retried a few times on GitHub's transient 422 "Tree SHA does not exist": right after
     * createTree the new tree may not have reached the replica that serves the commit.
     */
    async createCommit(message, tree, parents) {
        const attempts = 4;
        for (let attempt = 1;; attempt++) {
            try {
                return (await this.octokit.git.createCommit({ owner: this.owner, repo: this.repo, message, tree, parents })).data;
            }
            catch (error) {
                if (attempt < attempts && statusOf(error) === 422 && /Tree SHA does not exist/i.test(messageOf(error))) {
                    this.logger.debug(`tree ${tree.slice(0, 8)} not visible yet; retrying the commit (${attempt}/${attempts - 1})`);
                    await sleep((this.options.backoffUnitMs ?? 1000) * attempt);
                    continue;
                }
                throw forgeError('writing the commit', error);
            }
        }
    }
    async deleteBranch(branch) {
        try {
            await this.octokit.git.deleteRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
        }
        catch (error) {
            if (statusOf(error) === 422 && /does not exist/i.test(messageOf(error)))
                return;
            throw forgeError(`deleting ${branch}`, error);
        }
    }
    fromNode(node) {
        const state = node.state === 'OPEN' ? 'open' : node.state === 'MERGED' ? 'merged' : 'closed';
        return {
            id: String(node.number),
            url: node.url,
            branch: node.headRefName,
            base: node.baseRefName,
            title: node.title,
            body: node.body,
            state,
            author: node.author?.login ?? '',
            headSha: node.headRefOid,
            labels: node.labels.nodes.map((l) => l.name).sort(),
            ...(node.mergeCommit ? { mergeSha: node.mergeCommit.oid } : {}),
        };
    }
    fromRest(pr) {
        const merged = pr.merged_at !== null;
        return {
            id: String(pr.number),
            url: pr.html_url,
            branch: pr.head.ref,
            base: pr.base.ref,
            title: pr.title,
            body: pr.body ?? '',
            state: merged ? 'merged' : pr.state === 'open' ? 'open' : 'closed',
            author: pr.user?.login ?? '',
            headSha: pr.head.sha,
            labels: pr.labels
                .map((l) => l.name ?? '')
                .filter(Boolean)
                .sort(),
            ...(merged && pr.merge_commit_sha ? { mergeSha: pr.merge_commit_sha } : {}),
            // A fork's head repository (or '' once the fork is deleted): never this repository.
            ...(pr.head.repo !== undefined ? { headRepository: pr.head.repo?.full_name ?? '' } : {}),
        };
    }
    async findRequest(branch, options = {}) {
        const nodes = await this.call(`finding the pull request of ${branch}`, () => this.reads.pulls(branch, PR_STATES[options.state ?? 'open']));
        const newest = [...nodes].sort((a, b) => b.number - a.number)[0];
        return newest ? this.fromNode(newest) : null;
    }
    async getRequest(id) {
        const number = pullNumber(id);
        try {
            const { data } = await this.octokit.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number });
            return this.fromRest(data);
        }
        catch (error) {
            if (statusOf(error) === 404)
                throw new errors/* DhowError */.Bp('not-found', `${this.description} has no pull request #${number}`);
            throw forgeError(`reading pull request #${number}`, error);
        }
    }
    /** dhow's pull requests (those from a dhow/ branch), newest first: what `dhow status --repository` lists. */
    async listRequests(state = 'all') {
        const pulls = await this.call(`listing the pull requests of ${this.description}`, () => this.octokit.paginate(this.octokit.pulls.list, {
            owner: this.owner,
            repo: this.repo,
            state: state === 'open' ? 'open' : state === 'all' ? 'all' : 'closed',
            per_page: 100,
        }));
        return pulls
            .filter((p) => p.head.ref.startsWith('dhow/'))
            .map((p) => this.fromRest({ ...p, body: p.body ?? null, merged_at: p.merged_at ?? null }))
            .filter((r) => state === 'all' || r.state === state)
            .sort((a, b) => Number(b.id) - Number(a.id));
    }
    /** The issues dhow raised (their body holds dhow's hidden marker), newest first. */
    async listIssues(state = 'all') {
        const issues = await this.call(`listing the issues of ${this.description}`, () => this.octokit.paginate(this.octokit.issues.listForRepo, { owner: this.owner, repo: this.repo, state, per_page: 100 }));
        // dhow's issues carry its marker AND a dhow label (raiseIssue sets both): a person's issue quoting a
        // marker is not one of them.
        return issues
            .filter((i) => !i.pull_request && (i.body ?? '').includes((0,github_text/* commentMarker */.Ql)('').slice(0, -4)))
            .map(issueFrom)
            .filter((i) => i.labels.some((label) => label.startsWith('dhow')))
            .sort((a, b) => Number(b.id) - Number(a.id));
    }
    async openOrUpdateRequest(input) {
        const body = (0,github_text/* truncateBody */.Nz)(input.body);
        let existing = input.existing !== undefined ? input.existing : await this.findRequest(input.branch, { state: 'open' });
        let operation = 'none';
        if (!existing) {
            try {
                const { data } = await this.octokit.pulls.create({
                    owner: this.owner,
                    repo: this.repo,
                    head: input.branch,
                    base: input.base,
                    title: input.title,
                    body,
                });
                existing = this.fromRest(data);
                operation = 'created';
            }
            catch (error) {
                if (!(statusOf(error) === 422 && /already exists/i.test(messageOf(error))))
                    throw forgeError(`opening a pull request for ${input.branch}`, error);
                // Another run opened it between our read and our create: find it and update it instead.
                const { data } = await this.call(`finding the pull request of ${input.branch}`, () => this.octokit.pulls.list({ owner: this.owner, repo: this.repo, head: `${this.owner}:${input.branch}`, state: 'open', per_page: 5 }));
                if (!data[0])
                    throw forgeError(`opening a pull request for ${input.branch}`, error);
                existing = this.fromRest({ ...data[0], merged_at: data[0].merged_at ?? null });
            }
        }
        if (operation !== 'created' && (existing.title !== input.title || existing.body !== body || existing.base !== input.base)) {
            const { data } = await this.call(`updating pull request #${existing.id}`, () => this.octokit.pulls.update({ owner: this.owner, repo: this.repo, pull_number: Number(existing.id), title: input.title, body, base: input.base }));
            existing = this.fromRest(data);
            operation = 'updated';
        }
        const missing = (input.labels ?? []).filter((l) => !existing.labels.includes(l));
        if (missing.length > 0) {
            const { data } = await this.call(`labelling pull request #${existing.id}`, () => this.octokit.issues.addLabels({ owner: this.owner, repo: this.repo, issue_number: Number(existing.id), labels: missing }));
            existing = { ...existing, labels: data.map((l) => l.name).sort() };
            if (operation === 'none')
                operation = 'updated';
        }
        if (operation === 'created' && input.reviewers && (input.reviewers.users.length > 0 || input.reviewers.teams.length > 0)) {
            await this.requestReviewers(Number(existing.id), input.reviewers, input.author);
        }
        return { request: existing, operation };
    }
    /**
     * Asks the policy's reviewers: users and teams in separate calls, so a team the token cannot see (always so
     * for GITHUB_TOKEN) costs only the team request, and never the pull request's author (GitHub refuses the
     * whole call for it). GitHub may not yet resolve a pull request it just created, so that is retried.
     */
    async requestReviewers(number, reviewers, author) {
        const users = reviewers.users.filter((u) => u.toLowerCase() !== author.toLowerCase());
        const teams = reviewers.teams.flatMap((t) => {
            const [org, slug] = t.split('/');
            if (org !== this.owner) {
                this.logger.warning(`team ${t} is not in ${this.owner}: GitHub only requests reviews from teams of the repository's organization; skipped`);
                return [];
            }
            return [slug];
        });
        if (users.length > 0)
            await this.askReviewers(number, { reviewers: users }, `users ${users.join(', ')}`);
        if (teams.length > 0) {
            await this.askReviewers(number, { team_reviewers: teams }, `teams ${teams.join(', ')} (the token must see them: a GitHub App with Members: read or a personal token with read:org; GITHUB_TOKEN never can)`);
        }
    }
    async askReviewers(number, who, what) {
        const attempts = this.options.reviewerAttempts ?? 4;
        for (let attempt = 1;; attempt++) {
            try {
                await this.octokit.pulls.requestReviewers({ owner: this.owner, repo: this.repo, pull_number: number, ...who });
                return;
            }
            catch (error) {
                if (statusOf(error) === 422 && /could not resolve to a node/i.test(messageOf(error)) && attempt < attempts) {
                    await sleep((this.options.backoffUnitMs ?? 1000) * attempt);
                    continue;
                }
                // Reviewers are a courtesy (the policy-check status is what blocks): warn, don't fail the promotion.
                this.logger.warning(`could not request reviews from ${what} on #${number}: ${messageOf(error)}`);
                return;
            }
        }
    }
    async listReviews(id) {
        const number = pullNumber(id);
        const reviews = await this.call(`reading the reviews of #${number}`, () => this.octokit.paginate(this.octokit.pulls.listReviews, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }));
        const states = {
            APPROVED: 'approved',
            CHANGES_REQUESTED: 'changes_requested',
            COMMENTED: 'commented',
            DISMISSED: 'dismissed',
        };
        return reviews
            .filter((r) => states[r.state] && r.user)
            .map((r) => ({
            reviewer: r.user.login,
            state: states[r.state],
            commitSha: r.commit_id ?? '',
            submittedAt: r.submitted_at ?? '',
            ...(r.body ? { body: r.body } : {}),
            ...(r.user.type === 'Bot' ? { bot: true } : {}),
        }));
    }
    /** GET /pulls/{n}/files, every page (GitHub lists at most 3,000 files; a rename names both paths). */
    async changedFiles(id) {
        const number = pullNumber(id);
        const files = await this.call(`listing the files of #${number}`, () => this.octokit.paginate(this.octokit.pulls.listFiles, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }));
        return [...new Set(files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])))].sort();
    }
    /** GET /collaborators/{login}/permission: a person's role on the registry repository (`none` for a stranger). */
    async permissionOf(login) {
        try {
            const { data } = await this.octokit.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username: login });
            // role_name carries the fine-grained role (maintain, triage); permission only admin/write/read/none.
            const role = (data.role_name ?? data.permission);
            return ['admin', 'maintain', 'write', 'triage', 'read'].find((r) => r === role) ?? data.permission;
        }
        catch (error) {
            if (statusOf(error) === 404)
                return 'none';
            throw forgeError(`reading the permission of ${login} on ${this.description}`, error);
        }
    }
    /**
     * The roles of several people in ONE GraphQL query (a Repository.collaborators alias per login), where
     * the REST route costs a call each. Someone the connection does not list has no access: `none`.
     * https://docs.github.com/en/graphql/reference/objects#repository
     */
    async permissionsOf(logins) {
        return (await this.reviewersOf(logins, [])).roles;
    }
    /**
     * Which of `logins` belong to each of `teams`, in ONE GraphQL query, where the REST route costs a call
     * per (team, person). See reviewersOf.
     */
    async teamMembersAmong(teams, logins) {
        return (await this.reviewersOf([], teams, logins)).members;
    }
    /**
     * The roles of `logins` on the registry repository and which of `members` (default `logins`) belong to
     * each of `teams`, all in ONE GraphQL query: a Repository.collaborators alias per login, an
     * Organization.team alias per team with a Team.members(query:) alias per login. Team.members lists child
     * teams' members too (membership: ALL), as the REST membership route does. A team the token may not see
     * resolves to null (REST answers 404): the group cannot be verified, and the error says what the token needs.
     * https://docs.github.com/en/graphql/reference/objects#repository
     * https://docs.github.com/en/graphql/reference/objects#organization
     * https://docs.github.com/en/graphql/reference/objects#team
     */
    async reviewersOf(logins, teams, members = logins) {
        const roles = new Map();
        const people = [...new Set(logins)];
        const named = [...new Set(teams)];
        const candidates = [...new Set(members)];
        const found = Object.fromEntries(named.map((t) => [t, []]));
        const asksTeams = named.length > 0 && candidates.length > 0;
        if (people.length === 0 && !asksTeams)
            return { roles, members: found };
        const params = [];
        const variables = {};
        const fields = [];
        if (people.length > 0) {
            params.push('$owner: String!', '$name: String!', ...people.map((_, i) => `$l${i}: String!`));
            Object.assign(variables, { owner: this.owner, name: this.repo }, Object.fromEntries(people.map((login, i) => [`l${i}`, login])));
            const perLogin = people.map((_, i) => `c${i}: collaborators(login: $l${i}, first: 1) { edges { permission node { login } } }`).join(' ');
            fields.push(`repository(owner: $owner, name: $name) { ${perLogin} }`);
        }
        if (asksTeams) {
            params.push(...named.flatMap((_, t) => [`$o${t}: String!`, `$s${t}: String!`]), ...candidates.map((_, m) => `$m${m}: String!`));
            named.forEach((team, t) => {
                const [org, slug] = team.split('/');
                variables[`o${t}`] = org ?? '';
                variables[`s${t}`] = slug ?? '';
            });
            candidates.forEach((login, m) => (variables[`m${m}`] = login));
            const perMember = candidates.map((_, m) => `m${m}: members(query: $m${m}, first: 100) { nodes { login } }`).join(' ');
            fields.push(...named.map((_, t) => `t${t}: organization(login: $o${t}) { team(slug: $s${t}) { ${perMember} } }`));
        }
        const what = [people.length ? `the roles of ${people.join(', ')}` : '', asksTeams ? `the members of ${named.join(', ')}` : '']
            .filter(Boolean)
            .join(' and ');
        let data;
        try {
            data = await this.octokit.graphql(`query(${params.join(', ')}) { ${fields.join(' ')} }`, variables);
        }
        catch (error) {
            // A team the token may not see can answer null beside an error: judge what came back.
            const partial = error.data;
            const usable = asksTeams && partial && (people.length === 0 || partial.repository) && statusOf(error) === undefined;
            // GitHub answers an integration without Members: read with "Resource not accessible by integration" (FORBIDDEN).
            const forbidden = statusOf(error) === 403 || /FORBIDDEN|not accessible by integration/i.test(JSON.stringify(error.errors ?? ''));
            if (asksTeams && forbidden) {
                throw new errors/* DhowError */.Bp('forge', `cannot read the members of team ${named.join(', ')} (403: ${messageOf(error)}): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App)`, { cause: error });
            }
            if (!usable)
                throw forgeError(`reading ${what} on ${this.description}`, error);
            data = partial;
        }
        const known = ['admin', 'maintain', 'write', 'triage', 'read'];
        people.forEach((login, i) => {
            const edge = data.repository?.[`c${i}`]?.edges?.find((e) => e.node.login.toLowerCase() === login.toLowerCase());
            const role = edge?.permission.toLowerCase();
            roles.set(login, role && known.includes(role) ? role : 'none');
        });
        if (asksTeams) {
            named.forEach((team, t) => {
                const node = data[`t${t}`]?.team;
                if (!node) {
                    throw new errors/* DhowError */.Bp('forge', `cannot read the members of team ${team} (no such team, or the token may not see it): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App); GITHUB_TOKEN cannot read teams`);
                }
                found[team] = candidates.filter((login, m) => node[`m${m}`]?.nodes?.some((n) => n.login.toLowerCase() === login.toLowerCase()));
            });
        }
        return { roles, members: found };
    }
    /** GET /issues/{n}/comments, every page; dhow's own are told by their hidden marker, which is taken out of the body. */
    async listComments(id) {
        const number = pullNumber(id);
        const comments = await this.call(`reading the comments of #${number}`, () => this.octokit.paginate(this.octokit.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: number, per_page: 100 }));
        return comments.map((c) => {
            const body = c.body ?? '';
            const marked = /^<!-- dhow:(.+?) -->\n?/.exec(body);
            return {
                author: c.user?.login ?? null,
                body: marked ? body.slice(marked[0].length) : body,
                ...(marked ? { marker: marked[1] } : {}),
                createdAt: c.created_at,
                updatedAt: c.updated_at,
                url: c.html_url,
            };
        });
    }
    async upsertComment(id, marker, body) {
        const number = pullNumber(id);
        const hidden = (0,github_text/* commentMarker */.Ql)(marker);
        const text = (0,github_text/* truncateBody */.Nz)(`${hidden}\n${body}`);
        const comments = await this.call(`reading the comments of #${number}`, () => this.octokit.paginate(this.octokit.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: number, per_page: 100 }));
        const mine = comments.find((c) => c.body?.includes(hidden));
        if (mine) {
            if (mine.body === text)
                return;
            await this.call(`updating comment ${mine.id}`, () => this.octokit.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: mine.id, body: text }));
        }
        else {
            await this.call(`commenting on #${number}`, () => this.octokit.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: number, body: text }));
        }
    }
    /**
     * One issue per marker, found among the issues carrying `label` (the REST listing, which is consistent
     * at once, unlike search). The open one is edited in place; one a person closed is left alone. Two runs
     * that both create one (no listing saw the other's) keep the older: the newer closes itself.
     */
    async raiseIssue(input) {
        const hidden = (0,github_text/* commentMarker */.Ql)(input.marker);
        const body = (0,github_text/* truncateBody */.Nz)(`${hidden}\n${input.body}`, undefined, 'see the workflow run');
        const mine = await this.issuesMarked(input.label, hidden);
        const open = mine.find((i) => i.state === 'open');
        if (open) {
            if (open.title === input.title && open.body === body)
                return { issue: open, operation: 'none' };
            const { data } = await this.call(`updating issue #${open.id}`, () => this.octokit.issues.update({ owner: this.owner, repo: this.repo, issue_number: Number(open.id), title: input.title, body }));
            return { issue: issueFrom(data), operation: 'updated' };
        }
        if (mine[0])
            return { issue: mine[0], operation: 'none' };
        const { data } = await this.call(`opening an issue in ${this.description}`, () => this.octokit.issues.create({ owner: this.owner, repo: this.repo, title: input.title, body, labels: [input.label] }));
        const created = issueFrom(data);
        const oldest = (await this.issuesMarked(input.label, hidden)).filter((i) => i.state === 'open').sort((a, b) => Number(a.id) - Number(b.id))[0];
        if (oldest && oldest.id !== created.id) {
            await this.call(`closing the duplicate issue #${created.id}`, () => this.octokit.issues.update({ owner: this.owner, repo: this.repo, issue_number: Number(created.id), state: 'closed', state_reason: 'not_planned' }));
            return { issue: oldest, operation: 'none' };
        }
        return { issue: created, operation: 'created' };
    }
    /** Issues (not pull requests) with `label` whose body holds `hidden`, newest first. */
    async issuesMarked(label, hidden) {
        const issues = await this.call(`listing the issues labelled ${label}`, () => this.octokit.paginate(this.octokit.issues.listForRepo, {
            owner: this.owner,
            repo: this.repo,
            labels: label,
            state: 'all',
            sort: 'created',
            direction: 'desc',
            per_page: 100,
        }));
        return issues.filter((i) => !i.pull_request && (i.body ?? '').includes(hidden)).map(issueFrom);
    }
    async mergeRequest(id, input) {
        const number = pullNumber(id);
        const [title = '', ...rest] = withTrailers(input.message, input.trailers).split('\n');
        try {
            const { data } = await this.octokit.pulls.merge({
                owner: this.owner,
                repo: this.repo,
                pull_number: number,
                sha: input.expectedHeadSha,
                merge_method: input.method ?? (await this.mergeMethod()),
                commit_title: title,
                commit_message: rest.join('\n').trim(),
            });
            return { sha: data.sha };
        }
        catch (error) {
            if (statusOf(error) === 409)
                throw new errors/* DhowError */.Bp('conflict', `#${number} changed while merging (${messageOf(error)}); check it again`, { cause: error });
            if (statusOf(error) === 405)
                throw new errors/* DhowError */.Bp('refused', `GitHub refused to merge #${number}: ${messageOf(error)}`, { cause: error });
            throw forgeError(`merging #${number}`, error);
        }
    }
    allowedMethod;
    /** The first merge method the repository allows (merge, squash, rebase), read once. */
    mergeMethod() {
        this.allowedMethod ??= this.call(`reading the merge settings of ${this.description}`, async () => {
            const { data } = await this.octokit.repos.get({ owner: this.owner, repo: this.repo });
            if (data.allow_merge_commit !== false)
                return 'merge';
            if (data.allow_squash_merge !== false)
                return 'squash';
            if (data.allow_rebase_merge !== false)
                return 'rebase';
            return 'merge';
        });
        return this.allowedMethod;
    }
    async closeRequest(id) {
        const number = pullNumber(id);
        await this.call(`closing #${number}`, () => this.octokit.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, state: 'closed' }));
    }
    async dispatch(eventType, payload) {
        await this.call(`sending repository_dispatch ${eventType}`, () => this.octokit.repos.createDispatchEvent({ owner: this.owner, repo: this.repo, event_type: eventType, client_payload: payload }));
    }
    /** Sets a commit status (the policy check's verdict); descriptions are cut to GitHub's 140 characters. */
    async setStatus(sha, status) {
        const description = status.description.length > 140 ? `${status.description.slice(0, 139)}…` : status.description;
        await this.call(`setting status ${status.context} on ${sha.slice(0, 8)}`, () => this.octokit.repos.createCommitStatus({
            owner: this.owner,
            repo: this.repo,
            sha,
            state: status.state,
            context: status.context,
            description,
            ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
        }));
    }
    /**
     * Whether a user is an active member of org/team. Needs `read:org` (a personal token) or Members: read
     * (a GitHub App); the error says so when the token lacks it.
     */
    async isTeamMember(team, login) {
        const [org, slug] = team.split('/');
        try {
            const { data } = await this.octokit.teams.getMembershipForUserInOrg({ org: org, team_slug: slug, username: login });
            return data.state === 'active';
        }
        catch (error) {
            const status = statusOf(error);
            if (status === 404) {
                // 404 is both "not a member" and "you may not see this team": tell them apart by the team itself.
                if (await this.canSeeTeam(org, slug))
                    return false;
                throw new errors/* DhowError */.Bp('forge', `cannot read the members of team ${team} (404: no such team, or the token may not see it): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App); GITHUB_TOKEN cannot read teams`, { cause: error });
            }
            if (status === 403) {
                throw new errors/* DhowError */.Bp('forge', `cannot read the members of team ${team} (403: ${messageOf(error)}): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App)`, { cause: error });
            }
            throw forgeError(`checking ${login} in team ${team}`, error);
        }
    }
    async canSeeTeam(org, slug) {
        try {
            await this.octokit.teams.getByName({ org, team_slug: slug });
            return true;
        }
        catch (error) {
            if (statusOf(error) === 404 || statusOf(error) === 403)
                return false;
            throw forgeError(`reading team ${org}/${slug}`, error);
        }
    }
    /**
     * Turns on auto-merge (GraphQL enablePullRequestAutoMerge). GitHub's refusals become outcomes: "clean
     * status" (nothing left to wait for) merges now at the head just read; auto-merge not allowed on the
     * repository or no rules on the base leave the pull request as it is, with a warning; a draft is an error.
     */
    async enableAutoMerge(id, method) {
        const number = pullNumber(id);
        const { data } = await this.call(`reading #${number}`, () => this.octokit.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number }));
        if (data.draft) {
            throw new errors/* DhowError */.Bp('refused', `#${number} is a draft: GitHub will not auto-merge it. Mark it ready for review, then run again`);
        }
        const chosen = method ?? (await this.mergeMethod());
        try {
            await this.octokit.graphql(`mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { pullRequest { number } } }`, 
            // "method" may not be a variable name: @octokit/graphql reserves it.
            { id: data.node_id, mergeMethod: chosen.toUpperCase() });
            return { kind: 'enabled' };
        }
        catch (error) {
            const message = messageOf(error);
            if (/clean status/i.test(message)) {
                const { sha } = await this.mergeRequest(id, { expectedHeadSha: data.head.sha, message: data.title, method: chosen, mergedBy: '' });
                this.logger.info(`#${number} had nothing left to wait for: merged it at ${data.head.sha.slice(0, 12)}`);
                return { kind: 'merged', sha };
            }
            const reason = /not allowed/i.test(message)
                ? `auto-merge is not allowed on ${this.description} (Settings > General > "Allow auto-merge")`
                : /rules not configured/i.test(message)
                    ? `${data.base.ref} has no branch protection or ruleset, so auto-merge has nothing to wait for (require the dhow/policy status on it)`
                    : undefined;
            if (reason) {
                this.logger.warning(`could not enable auto-merge on #${number}: ${reason}`);
                return { kind: 'unavailable', reason };
            }
            throw forgeError(`enabling auto-merge on #${number}`, error);
        }
    }
}
function issueFrom(data) {
    return {
        id: String(data.number),
        url: data.html_url,
        title: data.title,
        body: data.body ?? '',
        state: data.state === 'open' ? 'open' : 'closed',
        labels: data.labels
            .map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
            .filter(Boolean)
            .sort(),
    };
}
function pullNumber(id) {
    const n = Number(id.replace(/^#/, ''));
    if (!Number.isInteger(n) || n <= 0)
        throw new errors/* DhowError */.Bp('invalid-input', `"${id}" is not a pull request number`);
    return n;
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

;// CONCATENATED MODULE: ./src/forge/connect.ts
/**
 * The github forge as an action builds it: token, registry as owner/name, the API root from the
 * `api-url` input or GITHUB_API_URL (GitHub Enterprise Server). DHOW_GITHUB_PACING=off turns GitHub's
 * write pacing off, for emulators only.
 */


const INPUT_NAMES = { registry: 'input "registry"', apiUrl: 'input "api-url"' };
function connectRegistry({ token, registry, apiUrl, logger, env = process.env, names = INPUT_NAMES }) {
    // An action's errors name the input as a field; a CLI's messages name the flag already.
    const field = (name) => (names === INPUT_NAMES ? { field: name } : {});
    if (!github_text/* REPOSITORY */.Bw.test(registry))
        throw new errors/* DhowError */.Bp('usage', `${names.registry} must be owner/name, got "${registry}"`, field('registry'));
    const baseUrl = apiUrl || env.GITHUB_API_URL || 'https://api.github.com';
    // Credentials in the URL would reach logs and error messages (and are not how GitHub authenticates):
    // refused without echoing the URL.
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(baseUrl)) {
        throw new errors/* DhowError */.Bp('usage', `${names.apiUrl} must not carry a user name or password (the token goes in ${names === INPUT_NAMES ? 'the token input' : '$GITHUB_TOKEN'})`, field('api-url'));
    }
    if (!/^https?:\/\//.test(baseUrl))
        throw new errors/* DhowError */.Bp('usage', `${names.apiUrl} must be an http(s) URL, got "${baseUrl}"`, field('api-url'));
    const pacing = env.DHOW_GITHUB_PACING !== 'off';
    return createGitHubForge({ token, repository: registry, baseUrl, logger, pacing, ...(pacing ? {} : { backoffUnitMs: 20 }) });
}
/** The URL of this workflow run, for commit statuses and summaries. */
function runUrl(env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}


/***/ })

};
