export const id = 59;
export const ids = [59];
export const modules = {

/***/ 4059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/actions/runner.ts
/**
 * The runner's side of a JavaScript action, without @actions/core: inputs from INPUT_* variables, outputs and
 * state through the runner's file commands, log lines and masks through workflow commands, and the job summary.
 * @actions/core loads undici through its OIDC client at start (about 1 MB of bundle, some 200 ms per action
 * start-up measured by test/bench/startup.bench.ts); the actions use none of that, so this module speaks the
 * documented protocol itself, byte for byte as @actions/core 3.0 writes it (MIT, github.com/actions/toolkit).
 * Protocol: https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 * Only src/actions/* imports this.
 */





function commandValue(input) {
    if (input === null || input === undefined)
        return '';
    return typeof input === 'string' ? input : JSON.stringify(input);
}
// Workflow command escaping: "::name key=value::message", with %, CR and LF escaped in data, and : and , too in
// property values.
const escapeData = (s) => commandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${escapeProperty(v)}`);
    process.stdout.write(`::${command}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Appends `name<<delimiter ... delimiter` to the file $GITHUB_<command> names (outputs, state). */
function issueFileCommand(command, name, value) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        return issueCommand(command === 'OUTPUT' ? 'set-output' : 'save-state', { name }, commandValue(value));
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // A fresh random delimiter per value, as the runner's docs ask, so a value cannot end the block early.
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const text = commandValue(value);
    if (name.includes(delimiter) || text.includes(delimiter))
        throw new Error('Unexpected input: the value contains the delimiter');
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${text}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** An input as the runner passes it (INPUT_<NAME>, spaces as _), trimmed; '' when absent. */
function getInput(name, options = {}) {
    const value = (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    if (options.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return value;
}
/** One entry per non-empty line, each trimmed. */
function getMultilineInput(name) {
    return getInput(name)
        .split('\n')
        .filter((x) => x !== '')
        .map((x) => x.trim());
}
/** YAML 1.2 core-schema booleans only, as @actions/core accepts them; anything else throws. */
function getBooleanInput(name) {
    const value = getInput(name);
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
    if (!process.env.GITHUB_OUTPUT)
        process.stdout.write(external_node_os_.EOL);
    issueFileCommand('OUTPUT', name, value);
}
function saveState(name, value) {
    issueFileCommand('STATE', name, value);
}
/** State a main step saved, as the runner hands it to the post step (STATE_<name>). */
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function warning(message) {
    issueCommand('warning', {}, message instanceof Error ? message.toString() : message);
}
function error(message) {
    issueCommand('error', {}, message instanceof Error ? message.toString() : message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
async function group(name, fn) {
    issueCommand('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** The job summary ($GITHUB_STEP_SUMMARY, Markdown and HTML), buffered until write(). */
class Summary {
    buffer = '';
    wrap(tag, content, attrs = {}) {
        const html = Object.entries(attrs)
            .map(([k, v]) => ` ${k}="${v}"`)
            .join('');
        return content ? `<${tag}${html}>${content}</${tag}>` : `<${tag}${html}>`;
    }
    addRaw(text, addEOL = false) {
        this.buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    addEOL() {
        return this.addRaw(external_node_os_.EOL);
    }
    addHeading(text, level = 1) {
        const tag = `h${level}`;
        return this.addRaw(this.wrap(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1', text)).addEOL();
    }
    addTable(rows) {
        const body = rows
            .map((row) => this.wrap('tr', row
            .map((cell) => {
            if (typeof cell === 'string')
                return this.wrap('td', cell);
            const { header, data, colspan, rowspan } = cell;
            return this.wrap(header ? 'th' : 'td', data, { ...(colspan && { colspan }), ...(rowspan && { rowspan }) });
        })
            .join('')))
            .join('');
        return this.addRaw(this.wrap('table', body)).addEOL();
    }
    stringify() {
        return this.buffer;
    }
    async write(options = {}) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        try {
            await (0,promises_.access)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        await (options.overwrite ? promises_.writeFile : promises_.appendFile)(file, this.buffer, { encoding: 'utf8' });
        this.buffer = '';
        return this;
    }
}
const summary = new Summary();

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The one error family of dhow. A DhowError is something a user can act on (bad input, a refusal by
 * policy, a lost race that could not be recovered); anything else that escapes is a bug.
 */
class errors_DhowError extends Error {
    code;
    file;
    field;
    line;
    reasons;
    constructor(code, message, options = {}) {
        super(formatMessage(message, options), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'DhowError';
        this.code = code;
        this.file = options.file;
        this.field = options.field;
        this.line = options.line;
        this.reasons = options.reasons ?? [];
    }
    /** Usage errors exit 2 (as the CLI contract says); every other refusal or failure exits 1. */
    get exitCode() {
        return this.code === 'usage' ? 2 : 1;
    }
}
function formatMessage(message, { file, field, line }) {
    const where = [file && (line ? `${file}:${line}` : file), field && `field "${field}"`].filter(Boolean).join(', ');
    return where ? `${where}: ${message}` : message;
}
/** A message for any thrown value, without a stack for DhowErrors (they are meant for users). */
function describeError(error) {
    if (error instanceof errors_DhowError) {
        return error.reasons.length > 0 ? `${error.message}\n${error.reasons.map((r) => `  - ${r}`).join('\n')}` : error.message;
    }
    if (error instanceof Error)
        return error.stack ?? error.message;
    return String(error);
}
/** A YAML parser's message without its code frame and position: the DhowError names the line itself. */
function yamlSyntaxMessage(error) {
    return error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/**
 * The first problem of a value that broke its schema, as an invalid-input DhowError naming the file and the
 * field path (e.g. `artifact.digest`; `field` when the value itself is wrong). `what` says what the value
 * was meant to be ("not a dhow gate report"), `hint` what would be right.
 */
function schemaError(issues, where = {}) {
    const issue = issues[0];
    const message = `${where.what ? `${where.what}: ` : ''}${issue.message}${where.hint ?? ''}`;
    return new errors_DhowError('invalid-input', message, { file: where.file, field: issue.path.map(String).join('.') || where.field });
}

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
    if (error instanceof errors_DhowError)
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
    return new errors_DhowError('forge', `GitHub: ${what} failed${status ? ` with ${status}` : ''}: ${messageOf(error)}${hint}`, { cause: error });
}

;// CONCATENATED MODULE: ./src/forge/github-reads.ts
const isCommitId = (ref) => /^[0-9a-f]{40}$/.test(ref);
/** The registry's policy file (registry/paths CONFIG_PATH), read with every branch head. */
const CONFIG_FILE = 'dhow.yaml';
const CONFIG_FIELD = `file(path: "${CONFIG_FILE}") { object { ... on Blob { oid text } } }`;
const PR_FIELDS = 'number url title body state headRefName baseRefName headRefOid author { login } labels(first: 50) { nodes { name } } mergeCommit { oid }';
class BatchedReader {
    graphql;
    owner;
    name;
    queue = [];
    scheduled = false;
    /** (commit:path) -> text (null: absent). Valid forever: a commit never changes. */
    files = new Map();
    /** (commit:path) -> blob id, from directory listings and file reads. */
    blobIds = new Map();
    /** commit -> root tree id. */
    trees = new Map();
    /** commit -> parent ids (of branch heads read). */
    parents = new Map();
    /** (commit:dir) of directories listed: a path in one that the listing lacks is absent. */
    listed = new Set();
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
    file(ref, path) {
        const key = `${ref}:${path}`;
        if (isCommitId(ref) && this.files.has(key))
            return Promise.resolve(this.files.get(key));
        return this.enqueue({ kind: 'file', ref, path });
    }
    dir(ref, path) {
        return this.enqueue({ kind: 'dir', ref, path });
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
    async flush() {
        const batch = this.queue;
        this.queue = [];
        this.scheduled = false;
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
                case 'file':
                    fields.push(`r${i}: object(expression: ${v('e', 'String!', `${read.ref}:${read.path}`)}) { __typename oid ... on Blob { text isTruncated isBinary } }`);
                    break;
                case 'dir':
                    fields.push(`r${i}: object(expression: ${v('e', 'String!', `${read.ref}:${read.path}`)}) { __typename ... on Tree { entries { name type oid } } }`);
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
        const query = `query(${defs.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
        let repository;
        try {
            repository = (await this.graphql(query, vars)).repository;
        }
        catch (error) {
            for (const p of batch)
                p.reject(error);
            return;
        }
        batch.forEach(({ read, resolve }, i) => {
            const node = repository[`r${i}`];
            switch (read.kind) {
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
                        this.listed.add(`${read.ref}:${read.path}`);
                        for (const e of entries)
                            if (e.type === 'blob')
                                this.blobIds.set(`${read.ref}:${read.path}/${e.name}`, e.oid);
                    }
                    resolve(entries);
                    return;
                }
                case 'head':
                    if (node?.target?.tree?.oid) {
                        this.trees.set(node.target.oid, node.target.tree.oid);
                        const config = node.target.file?.object ?? null;
                        this.prime(node.target.oid, CONFIG_FILE, config?.text ?? null, config?.oid ?? null);
                    }
                    if (node?.target?.parents)
                        this.parents.set(node.target.oid, node.target.parents.nodes.map((n) => n.oid));
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

;// CONCATENATED MODULE: ./src/forge/github-text.ts
/** Text rules of GitHub that the github forge follows: blob ids, body limits, comment markers. */

/** owner/name as GitHub allows them: an owner of letters, digits and inner hyphens; a name of letters, digits, '.', '_', '-'. */
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;
/** Git's object id of a blob holding `text` (UTF-8): sha1("blob <bytes>\0<content>"). */
function gitBlobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** GitHub refuses pull request and comment bodies over 65,536 characters. */
const BODY_LIMIT = 65_536;
/**
 * Cuts a Markdown body to fit under `limit` characters: at a line boundary (never inside a table row or
 * a surrogate pair), closing an open code fence, with a note saying what was left out.
 */
function truncateBody(body, limit = BODY_LIMIT, note = 'the rest is in the registry commit') {
    if (body.length <= limit)
        return body;
    const notice = `\n\n> **Truncated**: this text was longer than GitHub allows (${limit.toLocaleString('en-US')} characters); ${note}.\n`;
    const budget = limit - notice.length - '\n```'.length;
    let cut = body.slice(0, Math.max(0, budget));
    // Never end between the two halves of a surrogate pair.
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        cut = cut.slice(0, -1);
    // End on a whole line: a half table row breaks the table, a half line may break a link.
    const newline = cut.lastIndexOf('\n');
    if (newline > 0)
        cut = cut.slice(0, newline);
    const fences = (cut.match(/^```/gm) ?? []).length;
    if (fences % 2 === 1)
        cut += '\n```';
    return cut + notice;
}
/** The hidden marker that identifies dhow's sticky comment for one purpose. */
function commentMarker(purpose) {
    return `<!-- dhow:${purpose} -->`;
}

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

;// CONCATENATED MODULE: ./src/forge/github.ts
/**
 * The github forge: the registry repository on GitHub (or GitHub Enterprise Server through
 * GITHUB_API_URL) through Octokit. Reads are batched GraphQL queries (src/forge/github-reads.ts); writes
 * are the Git Data API without a clone: one tree on the base tree with the changed files inline, one
 * commit WITHOUT author or committer (GitHub signs it for an App or GITHUB_TOKEN), then createRef or
 * updateRef with force:false. The new commit always descends from the expected head, so a branch that
 * moved meanwhile fails the fast-forward check: GitHub's updateRef becomes a compare-and-swap, and a lost
 * race is a DhowError('conflict') the caller answers by reading again and re-planning. Nothing is written
 * when every file already has the planned content (a force-push or a needless commit dismisses approvals).
 */







const PR_STATES = {
    open: ['OPEN'],
    closed: ['CLOSED'],
    merged: ['MERGED'],
    all: ['OPEN', 'CLOSED', 'MERGED'],
};
function createGitHubForge(options) {
    const match = REPOSITORY.exec(options.repository);
    if (!match)
        throw new errors_DhowError('usage', `registry "${options.repository}" must be owner/name`, { field: 'registry' });
    if (!options.token)
        throw new errors_DhowError('usage', 'a GitHub token is needed to reach the registry repository', { field: 'github-token' });
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
     * The default branch, read with its head, the head's tree and dhow.yaml in the same query: a reader
     * opened next (branchHead, then the config) needs no further call.
     */
    async defaultBranch() {
        if (this.defaultBranchName)
            return this.defaultBranchName;
        const data = await this.call('reading the default branch', () => this.octokit.graphql(`query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { defaultBranchRef { name target { oid ... on Commit { tree { oid } ${CONFIG_FIELD} } } } } }`, { owner: this.owner, name: this.repo }));
        const ref = data.repository.defaultBranchRef;
        if (!ref)
            throw new errors_DhowError('not-found', `${this.description} is empty: it has no default branch yet`);
        this.defaultBranchName = ref.name;
        this.primedHead = { branch: ref.name, oid: ref.target.oid };
        if (ref.target.tree)
            this.reads.trees.set(ref.target.oid, ref.target.tree.oid);
        const config = ref.target.file?.object ?? null;
        this.reads.prime(ref.target.oid, CONFIG_FILE, config?.text ?? null, config?.oid ?? null);
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
                const pulls = c.associatedPullRequests?.nodes ?? [];
                const merged = pulls.find((p) => p.state === 'MERGED' && p.mergeCommit);
                if (pulls.length > 0 && (!merged || seen.has(merged.number)))
                    continue;
                if (merged)
                    seen.add(merged.number);
                const [subject = '', ...rest] = c.message.split('\n');
                out.push({
                    ...(merged ? { request: { id: String(merged.number), mergedBy: merged.mergedBy?.login ?? '', mergeSha: merged.mergeCommit.oid } } : {}),
                    sha: c.oid,
                    subject,
                    body: rest.join('\n').trim(),
                    trailers: parseTrailers(c.message),
                    author: c.author?.name ?? '',
                    date: c.author?.date ?? c.committedDate,
                });
            }
            if (!page.pageInfo.hasNextPage || (options.limit && out.length >= options.limit))
                return out;
            after = page.pageInfo.endCursor;
        }
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
            unknown.forEach((path, i) => result.set(path, texts[i] === null ? null : (this.reads.cachedBlobId(commit, path) ?? gitBlobSha(texts[i]))));
        }
        return result;
    }
    async commitFiles(request) {
        const { branch, expectedHead } = request;
        const base = request.parent ?? expectedHead ?? request.from;
        if (!base)
            throw new errors_DhowError('usage', `commitFiles: branch ${branch} does not exist and no "from" commit was given`);
        const wanted = new Map(request.changes.map((c) => [c.path, c.content === null ? null : gitBlobSha(c.content)]));
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
                throw new errors_DhowError('conflict', `branch ${branch} moved while committing (${message}); read it again and re-plan`, { cause: error });
            // Protection and rulesets answer 422; a 403 is the token's permissions or a rate limit (forgeError says which).
            if (status === 422)
                throw new errors_DhowError('refused', refUpdateRefusal(branch, message), { cause: error });
            throw forgeError(`moving ${branch}`, error);
        }
        this.logger.debug(`committed ${commit.sha.slice(0, 8)} on ${branch}`);
        return { sha: commit.sha, changed: true };
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
                throw new errors_DhowError('not-found', `${this.description} has no pull request #${number}`);
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
            .filter((i) => !i.pull_request && (i.body ?? '').includes(commentMarker('').slice(0, -4)))
            .map(issueFrom)
            .filter((i) => i.labels.some((label) => label.startsWith('dhow')))
            .sort((a, b) => Number(b.id) - Number(a.id));
    }
    async openOrUpdateRequest(input) {
        const body = truncateBody(input.body);
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
                throw new errors_DhowError('forge', `cannot read the members of team ${named.join(', ')} (403: ${messageOf(error)}): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App)`, { cause: error });
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
                    throw new errors_DhowError('forge', `cannot read the members of team ${team} (no such team, or the token may not see it): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App); GITHUB_TOKEN cannot read teams`);
                }
                found[team] = candidates.filter((login, m) => node[`m${m}`]?.nodes?.some((n) => n.login.toLowerCase() === login.toLowerCase()));
            });
        }
        return { roles, members: found };
    }
    async upsertComment(id, marker, body) {
        const number = pullNumber(id);
        const hidden = commentMarker(marker);
        const text = truncateBody(`${hidden}\n${body}`);
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
        const hidden = commentMarker(input.marker);
        const body = truncateBody(`${hidden}\n${input.body}`, undefined, 'see the workflow run');
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
                throw new errors_DhowError('conflict', `#${number} changed while merging (${messageOf(error)}); check it again`, { cause: error });
            if (statusOf(error) === 405)
                throw new errors_DhowError('refused', `GitHub refused to merge #${number}: ${messageOf(error)}`, { cause: error });
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
                throw new errors_DhowError('forge', `cannot read the members of team ${team} (404: no such team, or the token may not see it): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App); GITHUB_TOKEN cannot read teams`, { cause: error });
            }
            if (status === 403) {
                throw new errors_DhowError('forge', `cannot read the members of team ${team} (403: ${messageOf(error)}): the token needs read:org (a personal access token) or the Members: read permission (a GitHub App)`, { cause: error });
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
            throw new errors_DhowError('refused', `#${number} is a draft: GitHub will not auto-merge it. Mark it ready for review, then run again`);
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
        throw new errors_DhowError('invalid-input', `"${id}" is not a pull request number`);
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
    if (!REPOSITORY.test(registry))
        throw new errors_DhowError('usage', `${names.registry} must be owner/name, got "${registry}"`, field('registry'));
    const baseUrl = apiUrl || env.GITHUB_API_URL || 'https://api.github.com';
    // Credentials in the URL would reach logs and error messages (and are not how GitHub authenticates):
    // refused without echoing the URL.
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(baseUrl)) {
        throw new errors_DhowError('usage', `${names.apiUrl} must not carry a user name or password (the token goes in ${names === INPUT_NAMES ? 'the token input' : '$GITHUB_TOKEN'})`, field('api-url'));
    }
    if (!/^https?:\/\//.test(baseUrl))
        throw new errors_DhowError('usage', `${names.apiUrl} must be an http(s) URL, got "${baseUrl}"`, field('api-url'));
    const pacing = env.DHOW_GITHUB_PACING !== 'off';
    return createGitHubForge({ token, repository: registry, baseUrl, logger, pacing, ...(pacing ? {} : { backoffUnitMs: 20 }) });
}
/** The URL of this workflow run, for commit statuses and summaries. */
function runUrl(env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

;// CONCATENATED MODULE: ./src/actions/events.ts
/**
 * The GitHub events dhow's actions accept, read from GITHUB_EVENT_PATH and validated with zod: only the
 * fields dhow uses, so an unexpected event or a payload missing one of them is a clear error instead of
 * an `undefined` deep inside the core.
 */



const Sha = schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/, 'must be a 40-hex commit id');
const Login = schemas/* object */.Ikc({ login: schemas/* string */.YjP().min(1) }).passthrough();
const Repository = schemas/* object */.Ikc({ full_name: schemas/* string */.YjP().regex(/^[^/\s]+\/[^/\s]+$/), default_branch: schemas/* string */.YjP().min(1).optional() }).passthrough();
const PullRequest = schemas/* object */.Ikc({
    number: schemas/* number */.aig().int().positive(),
    state: schemas/* enum */.k5n(['open', 'closed']),
    html_url: schemas/* string */.YjP().optional(),
    user: Login.nullable(),
    head: schemas/* object */.Ikc({ ref: schemas/* string */.YjP().min(1), sha: Sha }).passthrough(),
    base: schemas/* object */.Ikc({ ref: schemas/* string */.YjP().min(1), sha: Sha.optional() }).passthrough(),
})
    .passthrough();
const PullRequestEvent = schemas/* object */.Ikc({
    action: schemas/* string */.YjP().min(1),
    number: schemas/* number */.aig().int().positive().optional(),
    pull_request: PullRequest,
    repository: Repository,
    sender: Login.optional(),
})
    .passthrough();
const PullRequestReviewEvent = schemas/* object */.Ikc({
    action: schemas/* enum */.k5n(['submitted', 'edited', 'dismissed']),
    review: schemas/* object */.Ikc({
        id: schemas/* number */.aig().int(),
        user: Login.nullable(),
        state: schemas/* string */.YjP().min(1),
        commit_id: Sha.optional(),
    })
        .passthrough(),
    pull_request: PullRequest,
    repository: Repository,
    sender: Login.optional(),
})
    .passthrough();
const RepositoryDispatchEvent = schemas/* object */.Ikc({
    action: schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]{1,100}$/, 'must be an event type of letters, digits, ".", "_" or "-"'),
    client_payload: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).default({}),
    repository: Repository,
    sender: Login.optional(),
})
    .passthrough();
const WorkflowDispatchEvent = schemas/* object */.Ikc({
    inputs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]))
        .nullable()
        .default({}),
    ref: schemas/* string */.YjP().min(1),
    repository: Repository,
    sender: Login.optional(),
})
    .passthrough();
const PushEvent = schemas/* object */.Ikc({
    ref: schemas/* string */.YjP().min(1),
    after: Sha,
    repository: Repository,
    sender: Login.optional(),
})
    .passthrough();
const EVENT_SCHEMAS = {
    push: PushEvent,
    pull_request: PullRequestEvent,
    pull_request_target: PullRequestEvent,
    pull_request_review: PullRequestReviewEvent,
    repository_dispatch: RepositoryDispatchEvent,
    workflow_dispatch: WorkflowDispatchEvent,
};
/** Validates an event payload; the error names the event file and the field. */
function parseEvent(name, payload, file = 'the event payload') {
    const result = EVENT_SCHEMAS[name].safeParse(payload);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new errors_DhowError('invalid-input', `${name} event: ${issue.message}`, { file, field: issue.path.map(String).join('.') });
    }
    return { name, payload: result.data };
}
/** Reads GITHUB_EVENT_NAME and GITHUB_EVENT_PATH; refuses an event that is not among `accepted`. */
async function readEvent(accepted, env = process.env) {
    const name = env.GITHUB_EVENT_NAME;
    if (!name || !accepted.includes(name)) {
        throw new errors_DhowError('usage', `this action runs on ${accepted.join(' or ')} events, not on "${name ?? '(none)'}": check the workflow's "on:"`);
    }
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        throw new errors_DhowError('usage', 'GITHUB_EVENT_PATH is not set: run this action in a workflow');
    let payload;
    try {
        payload = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new errors_DhowError('invalid-input', `cannot read the event payload: ${error.message}`, { file: path });
    }
    return parseEvent(name, payload, path);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/registry/names.ts
/**
 * Names that become paths: models, versions, environments. Nothing from outside becomes a path in the
 * registry without passing through here. A name must be valid in EVERY place it becomes: a path segment,
 * a branch and ref segment (git refuses a component ending in "." or ".lock", or holding ".."), and a
 * Kubernetes label value (letters or digits at both ends, at most 63 characters), so a name that registers
 * can always be promoted, reverted and deployed.
 */


/**
 * Lower-case letters, digits, '.', '_' and '-', starting and ending with a letter or digit (a Kubernetes
 * label value; git refuses a ref component ending in '.'), at most 63 characters.
 */
const NAME_PATTERN = /^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$/;
/** Environments are also Kubernetes label values and branch segments: no dots or underscores. */
const ENVIRONMENT_PATTERN = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/;
/** The longest name of each kind. */
const MAX_NAME_LENGTH = { model: 63, version: 63, environment: 32 };
function check(kind, value) {
    if (value.length === 0)
        return `${kind} name is empty`;
    const max = MAX_NAME_LENGTH[kind];
    if (value.length > max)
        return `${kind} name "${printable(value.slice(0, 20))}…" is longer than ${max} characters`;
    const pattern = kind === 'environment' ? ENVIRONMENT_PATTERN : NAME_PATTERN;
    if (!pattern.test(value) || value.includes('..')) {
        return kind === 'environment'
            ? `environment name "${printable(value)}" must be lower-case letters, digits and '-', starting and ending with a letter or digit, at most ${max} characters`
            : `${kind} name "${printable(value)}" must be lower-case letters, digits, '.', '_' and '-', start and end with a letter or digit, contain no "..", and be at most ${max} characters`;
    }
    // git refuses a ref component ending in ".lock" (its lock files), so such a name could never be promoted.
    if (value.endsWith('.lock'))
        return `${kind} name "${value}" must not end in ".lock": git refuses it in a branch name`;
    return null;
}
/** A name as it may appear in a message: control characters and quotes escaped, so a hostile name cannot forge output. */
function printable(value) {
    return JSON.stringify(value).slice(1, -1);
}
/** Throws a DhowError('invalid-name') naming the field (and file, when given) unless `value` is a valid name. */
function names_assertName(kind, value, where = {}) {
    const problem = check(kind, value);
    if (problem)
        throw new errors_DhowError('invalid-name', problem, { field: where.field ?? kind, file: where.file });
    return value;
}
function isValidName(kind, value) {
    return check(kind, value) === null;
}
const zodName = (kind) => schemas/* string */.YjP()
    .superRefine((value, ctx) => {
    const problem = check(kind, value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
})
    // The JSON Schemas for editors carry the same rule (the refinement itself is not representable).
    .meta({ pattern: (kind === 'environment' ? ENVIRONMENT_PATTERN : NAME_PATTERN).source, description: `a ${kind} name` });
const ModelName = zodName('model');
const VersionName = zodName('version');
const EnvironmentName = zodName('environment');
/** A Kubernetes object name (RFC 1035 label) from a model name: '.' and '_' become '-'. */
function names_kubernetesName(model) {
    const name = model.replace(/[._]/g, '-').replace(/-+$/, '').slice(0, 63).replace(/-+$/, '');
    return /^[a-z]/.test(name) ? name : `m-${name}`.slice(0, 63);
}
/**
 * Models whose manifests would render the same Kubernetes object name (fraud.detect and fraud-detect,
 * 1abc and m-1abc): each such name with the models that map to it. Argo CD would let one overwrite the
 * other's deployment, so a registry refuses a second model on a taken name and `dhow validate` lists them.
 */
function kubernetesNameClashes(models) {
    const byName = new Map();
    for (const model of new Set(models)) {
        const name = names_kubernetesName(model);
        byName.set(name, [...(byName.get(name) ?? []), model]);
    }
    for (const [name, owners] of byName) {
        if (owners.length < 2)
            byName.delete(name);
        else
            owners.sort();
    }
    return byName;
}
/** The registered model that already renders as `model` would, or null when the name is free. */
function names_kubernetesNameTakenBy(model, registered) {
    const name = names_kubernetesName(model);
    for (const other of registered)
        if (other !== model && names_kubernetesName(other) === name)
            return other;
    return null;
}

;// CONCATENATED MODULE: ./src/registry/rollout-schemas.ts
/**
 * The registry format of progressive delivery: the rollout policy dhow.yaml declares per environment (and
 * per model), the GPU budget of an environment, and the rollout state a release file records while a
 * canary, blue-green or A/B rollout is under way. Every field is optional or defaulted, so registries
 * written before rollouts existed stay valid. Semantics of the analysis limits follow Argo Rollouts'
 * AnalysisTemplate (https://argo-rollouts.readthedocs.io/en/stable/features/analysis/).
 */


/** A duration as `30s`, `5m`, `24h` or `7d` (rollout intervals and soaks are often seconds or minutes). */
const RolloutDuration = schemas/* string */.YjP().regex(/^[1-9][0-9]{0,5}(s|m|h|d)$/, 'must be a whole number of seconds, minutes, hours or days, e.g. 30s, 5m, 1h');
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Milliseconds of a RolloutDuration (or of a registry Duration, which is a subset). */
function rollout_schemas_durationMs(duration) {
    const match = /^([0-9]+)([smhd])$/.exec(duration);
    if (!match)
        throw new RangeError(`not a duration: ${duration}`);
    return Number(match[1]) * UNIT_MS[match[2]];
}
const CheckName = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes');
/** A PromQL query; `{{model}}`, `{{environment}}`, `{{version}}` and `{{namespace}}` are filled in before it runs. */
const PromQL = schemas/* string */.YjP().min(1).max(4000);
/**
 * One analysis check. `canary` (and `stable`, for a relative comparison) are PromQL queries returning one
 * number; `samples` returns how many observations the canary's number rests on. Exactly one of `threshold`
 * (absolute) and `tolerance` (relative to stable, a fraction: 0.1 lets the canary be 10% worse) is given.
 */
const AnalysisCheck = schemas/* object */.Ikc({
    name: CheckName,
    canary: PromQL,
    stable: PromQL.optional(),
    samples: PromQL.optional(),
    /** Fewer samples than this make a measurement inconclusive, never a pass. */
    'min-samples': schemas/* number */.aig().int().min(0).default(0),
    direction: schemas/* enum */.k5n(['lower-is-better', 'higher-is-better']),
    threshold: schemas/* number */.aig().optional(),
    tolerance: schemas/* number */.aig().min(0).max(100).optional(),
    /** Time between two measurements; the first is taken one interval after a step begins. */
    interval: RolloutDuration.default('1m'),
    /** Argo Rollouts' failureLimit: the analysis fails when failed measurements exceed it; -1: never. */
    'failure-limit': schemas/* number */.aig().int().min(-1).default(0),
    /** Argo Rollouts' inconclusiveLimit: inconclusive measurements beyond it abort the rollout; -1: never. */
    'inconclusive-limit': schemas/* number */.aig().int().min(-1).default(0),
})
    .strict()
    .superRefine((check, ctx) => {
    if ((check.threshold === undefined) === (check.tolerance === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'give exactly one of "threshold" (absolute) and "tolerance" (relative to stable)' });
    }
    if (check.tolerance !== undefined && check.stable === undefined) {
        ctx.addIssue({ code: 'custom', path: ['stable'], message: 'a relative check ("tolerance") needs a "stable" query to compare with' });
    }
    if (check['min-samples'] > 0 && check.samples === undefined) {
        ctx.addIssue({ code: 'custom', path: ['samples'], message: '"min-samples" needs a "samples" query that counts the observations' });
    }
});
const CanaryStep = schemas/* object */.Ikc({ weight: schemas/* number */.aig().int().min(1).max(99), soak: RolloutDuration }).strict();
/**
 * The A/B decision: a fixed split held for `duration`, then a test on the primary metric. `rate`: PromQL
 * for successes and trials per arm (two-proportion z-test); `mean`: PromQL for the mean, standard deviation
 * and count per arm (Welch's t-test). Queries are templated like analysis checks, `{{version}}` naming the arm.
 */
const AbTest = schemas/* object */.Ikc({
    weight: schemas/* number */.aig().int().min(1).max(99).default(50),
    duration: RolloutDuration,
    metric: schemas/* discriminatedUnion */.gMt('kind', [
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('rate'), name: CheckName, successes: PromQL, trials: PromQL }).strict(),
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('mean'), name: CheckName, mean: PromQL, stddev: PromQL, count: PromQL }).strict(),
    ]),
    direction: schemas/* enum */.k5n(['lower-is-better', 'higher-is-better']),
    alpha: schemas/* number */.aig().gt(0).lt(1).default(0.05),
    /** Observations each arm needs; fewer make the decision inconclusive (the stable version stays). */
    'min-samples': schemas/* number */.aig().int().min(2).default(100),
})
    .strict();
const RolloutPolicy = schemas/* object */.Ikc({
    strategy: schemas/* enum */.k5n(['all-at-once', 'canary', 'blue-green', 'ab']).default('all-at-once'),
    /** canary: traffic weights in increasing order, each held for its soak; 100% follows the last. */
    steps: schemas/* array */.YOg(CanaryStep).max(20).optional(),
    /** blue-green: how long the new version runs beside the old with no traffic before it takes all. */
    preview: RolloutDuration.optional(),
    ab: AbTest.optional(),
    analysis: schemas/* array */.YOg(AnalysisCheck).max(20).default([]),
})
    .strict()
    .superRefine((policy, ctx) => {
    if (policy.strategy === 'canary') {
        if (!policy.steps || policy.steps.length === 0)
            ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a canary rollout needs at least one step' });
        policy.steps?.forEach((step, i) => {
            if (i > 0 && step.weight <= policy.steps[i - 1].weight) {
                ctx.addIssue({ code: 'custom', path: ['steps', i, 'weight'], message: 'step weights must increase' });
            }
        });
    }
    if (policy.strategy === 'blue-green' && !policy.preview) {
        ctx.addIssue({ code: 'custom', path: ['preview'], message: 'a blue-green rollout needs a "preview" duration' });
    }
    if (policy.strategy === 'ab' && !policy.ab)
        ctx.addIssue({ code: 'custom', path: ['ab'], message: 'an ab rollout needs an "ab" test' });
    const seen = new Set();
    policy.analysis.forEach((check, i) => {
        if (seen.has(check.name))
            ctx.addIssue({ code: 'custom', path: ['analysis', i, 'name'], message: `check "${check.name}" is listed twice` });
        seen.add(check.name);
    });
});
/** The GPUs an environment may use across all its models: whole GPUs, and MIG slices by profile. */
const GpuBudget = schemas/* object */.Ikc({
    gpus: schemas/* number */.aig().int().min(0).optional(),
    mig: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^\d+g\.\d+gb$/, 'must be a MIG profile such as 1g.10gb'), schemas/* number */.aig().int().min(0)).optional(),
})
    .strict();
const Timestamp = iso/* datetime */.w$({ offset: true });
/**
 * A rollout under way, in the release file: the release's `version` is the canary (what the manifests
 * render, with its traffic weight), `stable` the version serving the rest. Counters are measurements that
 * failed or were inconclusive, per check, since the rollout began.
 */
const RolloutState = schemas/* object */.Ikc({
    strategy: schemas/* enum */.k5n(['canary', 'blue-green', 'ab']),
    stable: VersionName,
    canary: VersionName,
    weight: schemas/* number */.aig().int().min(0).max(99),
    step: schemas/* number */.aig().int().min(0),
    'started-at': Timestamp,
    'step-started-at': Timestamp,
    failures: schemas/* record */.g1P(CheckName, schemas/* number */.aig().int().min(1)).default({}),
    inconclusive: schemas/* record */.g1P(CheckName, schemas/* number */.aig().int().min(1)).default({}),
    /** When each check's last recorded (failed or inconclusive) measurement was taken. */
    'measured-at': schemas/* record */.g1P(CheckName, Timestamp).default({}),
})
    .strict();

;// CONCATENATED MODULE: ./src/registry/schemas.ts
/**
 * The registry format, v1: one zod schema per file kind. Every file carries `apiVersion: dhow.dev/v1`
 * and `kind`; keys are kebab-case. These schemas are the source of the JSON Schemas in policies/schemas/.
 */



const schemas_API_VERSION = 'dhow.dev/v1';
const header = (kind) => ({
    apiVersion: schemas/* literal */.euz(schemas_API_VERSION),
    kind: schemas/* literal */.euz(kind),
});
/** `sha256:<64 hex>`: the only digest form dhow writes or accepts. */
const Digest = schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lower-case hex digits');
const schemas_Timestamp = iso/* datetime */.w$({ offset: true });
/** A region identifier as the cloud or cluster names it (e.g. me-central-1, qatarcentral, uaenorth). */
const Region = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case region identifier');
const Person = schemas/* string */.YjP().min(1).max(200);
// ---------------------------------------------------------------------------------------------
// dhow.yaml
const TeamName = schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be "org/team-slug"');
const Reviewers = schemas/* object */.Ikc({
    users: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    teams: schemas/* array */.YOg(TeamName).default([]),
})
    .strict();
/** A role on the registry repository, as GitHub names them (its "repository roles"), weakest last. */
const RepositoryRole = schemas/* enum */.k5n(['admin', 'maintain', 'write', 'triage', 'read']);
/** A group of which at least `count` must approve: a team, or a list of users. */
const RequiredApprovers = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ team: TeamName, count: schemas/* number */.aig().int().min(1).max(20).default(1) }).strict(),
    schemas/* object */.Ikc({ users: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1), count: schemas/* number */.aig().int().min(1).max(20).default(1) }).strict(),
]);
/** A duration as `30m`, `24h` or `7d`. */
const Duration = schemas/* string */.YjP().regex(/^[1-9][0-9]{0,5}(m|h|d)$/, 'must be a whole number of minutes, hours or days, e.g. 30m, 24h, 7d');
const EnvironmentPolicy = schemas/* object */.Ikc({
    name: EnvironmentName,
    /** Distinct approving reviewers needed, not counting the author or the bot. */
    approvals: schemas/* number */.aig().int().min(0).max(20),
    reviewers: Reviewers.default({ users: [], teams: [] }),
    /** Enable auto-merge on promotion pull requests once the policy is satisfied (github forge). */
    'auto-merge': schemas/* boolean */.zMY().default(false),
    /** Gate policy for this environment: a path in the registry, overriding the registry-wide one. */
    'gate-policy': schemas/* string */.YjP().min(1).optional(),
    /** Kubernetes namespace the deploy manifests target. */
    namespace: schemas/* string */.YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .optional(),
    /** Groups each of which must approve (beside `approvals` in all), e.g. one of team org/model-risk. */
    'required-approvers': schemas/* array */.YOg(RequiredApprovers).optional(),
    /** How long a version must have run in the environment before this one before it may come here. */
    soak: Duration.optional(),
    /** How a merged promotion reaches traffic here (default all-at-once); see docs/rollouts.md. */
    rollout: RolloutPolicy.optional(),
    /** The GPUs this environment's models may use together: a rollout that would exceed it does not start. */
    'gpu-budget': GpuBudget.optional(),
})
    .strict();
/**
 * Who may approve on a local registry (GitHub knows this itself): every reviewer has `default` unless
 * listed, and the members of teams named by `reviewers` or `required-approvers`.
 */
const AccessPolicy = schemas/* object */.Ikc({
    default: RepositoryRole.default('write'),
    users: schemas/* record */.g1P(schemas/* string */.YjP().min(1), RepositoryRole).default({}),
    teams: schemas/* record */.g1P(TeamName, schemas/* array */.YOg(schemas/* string */.YjP().min(1))).default({}),
})
    .strict();
const ResidencyLocation = schemas/* object */.Ikc({
    /** A URI prefix (s3://bucket/, gs://bucket/, https://account.blob.core.windows.net/) or a cluster name. */
    prefix: schemas/* string */.YjP().min(1),
    region: Region,
})
    .strict();
const ResidencyPolicy = schemas/* object */.Ikc({
    'allowed-regions': schemas/* array */.YOg(Region).min(1),
    locations: schemas/* array */.YOg(ResidencyLocation).default([]),
    clusters: schemas/* record */.g1P(schemas/* string */.YjP().min(1), Region).default({}),
})
    .strict();
const RevertPolicy = schemas/* object */.Ikc({
    mode: schemas/* enum */.k5n(['direct', 'pull-request']).default('pull-request'),
    'event-type': schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9_.-]{1,100}$/)
        .default('dhow-drift-alert'),
})
    .strict();
const DeployPolicy = schemas/* object */.Ikc({
    runtime: schemas/* enum */.k5n(['kserve']).default('kserve'),
    namespace: schemas/* string */.YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .default('models'),
})
    .strict();
const RegistryConfig = schemas/* object */.Ikc({
    ...header('Registry'),
    /** Environments in promotion order: a version reaches environment i only after it ran in i-1. */
    environments: schemas/* array */.YOg(EnvironmentPolicy).min(1),
    /** Registry-wide gate policy (a path in the registry); per-model overrides below. */
    'gate-policy': schemas/* string */.YjP().min(1).optional(),
    models: schemas/* record */.g1P(ModelName, schemas/* object */.Ikc({
        'gate-policy': schemas/* string */.YjP().min(1).optional(),
        /** Per-environment rollout policies replacing the environment's own for this model. */
        rollout: schemas/* record */.g1P(EnvironmentName, RolloutPolicy).optional(),
    })
        .strict())
        .default({}),
    residency: ResidencyPolicy.optional(),
    revert: RevertPolicy.default({ mode: 'pull-request', 'event-type': 'dhow-drift-alert' }),
    deploy: DeployPolicy.default({ runtime: 'kserve', namespace: 'models' }),
    /** Reviewer roles and team members on a local registry (ignored on GitHub, which knows both). */
    access: AccessPolicy.optional(),
})
    .strict()
    .superRefine((config, ctx) => {
    const seen = new Set();
    config.environments.forEach((env, i) => {
        if (seen.has(env.name)) {
            ctx.addIssue({ code: 'custom', path: ['environments', i, 'name'], message: `environment "${env.name}" is listed twice` });
        }
        seen.add(env.name);
    });
    for (const [model, entry] of Object.entries(config.models)) {
        for (const env of Object.keys(entry.rollout ?? {})) {
            if (!seen.has(env))
                ctx.addIssue({ code: 'custom', path: ['models', model, 'rollout', env], message: `no environment "${env}" in "environments"` });
        }
    }
});
// ---------------------------------------------------------------------------------------------
// models/<model>/model.yaml
const ModelFile = schemas/* object */.Ikc({
    ...header('Model'),
    name: ModelName,
    owners: schemas/* array */.YOg(Person).default([]),
    task: schemas/* string */.YjP().min(1).max(100).optional(),
    language: schemas/* array */.YOg(schemas/* string */.YjP().min(2).max(35)).default([]),
    description: schemas/* string */.YjP().max(10_000).optional(),
    /** For the AI-system register and model cards (dhow evidence, dhow site); all optional. */
    purpose: schemas/* string */.YjP().min(1).max(10_000).optional(),
    /** The risk tier the owner's governance assigns (e.g. QCB's or the EU AI Act's high-risk). */
    'risk-tier': schemas/* enum */.k5n(['minimal', 'limited', 'high', 'unacceptable']).optional(),
    /** Who regulators and users contact about the model: an e-mail address or a URL. */
    'owner-contact': schemas/* string */.YjP()
        .min(3)
        .max(320)
        .regex(/^(\S+@\S+\.\S+|https?:\/\/\S+)$/, 'must be an e-mail address or an http(s) URL')
        .optional(),
    limitations: schemas/* string */.YjP().min(1).max(10_000).optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// models/<model>/versions/<version>.yaml
const Artifact = schemas/* object */.Ikc({
    uri: schemas/* string */.YjP().min(1),
    digest: Digest,
    size: schemas/* number */.aig().int().nonnegative().optional(),
    format: schemas/* string */.YjP().min(1).max(100).optional(),
    /** Where an uploaded artifact is served from: the object store's endpoint and the bucket's region. */
    endpoint: schemas/* string */.YjP().url().optional(),
    region: schemas/* string */.YjP().min(1).max(64).optional(),
})
    .strict();
const GpuRequirement = schemas/* object */.Ikc({
    count: schemas/* number */.aig().int().min(0).max(64).default(1),
    product: schemas/* string */.YjP().min(1).optional(),
    /** A MIG profile such as 1g.10gb; mutually exclusive with whole GPUs of count > 1. */
    'mig-profile': schemas/* string */.YjP()
        .regex(/^\d+g\.\d+gb$/)
        .optional(),
})
    .strict();
const GateSummaryRow = schemas/* object */.Ikc({
    gate: schemas/* string */.YjP().min(1),
    metric: schemas/* string */.YjP().min(1).optional(),
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'warn', 'inconclusive']),
    value: schemas/* number */.aig().nullable().optional(),
    threshold: schemas/* number */.aig().nullable().optional(),
    baseline: schemas/* number */.aig().nullable().optional(),
})
    .strict();
/** The gate results of one run: what a version record's `gates` holds, and each attempt of a GateEvidence file. */
const GateResults = schemas/* object */.Ikc({
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'warn', 'inconclusive']),
    'policy-digest': Digest,
    'report-digest': Digest.optional(),
    summary: schemas/* array */.YOg(GateSummaryRow).default([]),
})
    .strict();
const VersionRecord = schemas/* object */.Ikc({
    ...header('ModelVersion'),
    model: ModelName,
    version: VersionName,
    artifact: Artifact,
    source: schemas/* object */.Ikc({
        repository: schemas/* string */.YjP().min(1).optional(),
        commit: schemas/* string */.YjP()
            .regex(/^[0-9a-f]{7,64}$/)
            .optional(),
        'run-url': schemas/* string */.YjP().url().optional(),
        'run-attempt': schemas/* number */.aig().int().positive().optional(),
    })
        .strict()
        .default({}),
    data: schemas/* object */.Ikc({
        uri: schemas/* string */.YjP().min(1).optional(),
        digest: Digest.optional(),
        version: schemas/* string */.YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    training: schemas/* object */.Ikc({
        mode: schemas/* enum */.k5n(['runner', 'kubernetes', 'external']).default('external'),
        cluster: schemas/* string */.YjP().min(1).optional(),
        region: Region.optional(),
        gpu: GpuRequirement.optional(),
        'peak-gpu-memory-mib': schemas/* number */.aig().nonnegative().optional(),
        'duration-seconds': schemas/* number */.aig().nonnegative().optional(),
    })
        .strict()
        .default({ mode: 'external' }),
    parameters: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).default({}),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* number */.aig()).default({}),
    /**
     * Gate results recorded with the version by registries older than per-environment evidence
     * (gates/<environment>/<model>/<version>.yaml): still read, for every environment without evidence.
     */
    gates: GateResults.optional(),
    serving: schemas/* object */.Ikc({
        gpu: GpuRequirement.optional(),
        /** Kubernetes quantity, e.g. 8Gi. */
        memory: schemas/* string */.YjP()
            .regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/)
            .optional(),
        'latency-slo-ms': schemas/* record */.g1P(schemas/* enum */.k5n(['p50', 'p90', 'p95', 'p99']), schemas/* number */.aig().positive()).optional(),
        'model-format': schemas/* string */.YjP().min(1).optional(),
        runtime: schemas/* string */.YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    /** Where the version's training data is held (data residency). */
    region: Region.optional(),
    'created-by': Person,
    'created-at': schemas_Timestamp,
})
    .strict();
// ---------------------------------------------------------------------------------------------
// releases/<environment>/<model>.yaml
const Hold = schemas/* object */.Ikc({
    version: VersionName,
    reason: schemas/* string */.YjP().min(1).max(2000),
    by: Person,
    at: schemas_Timestamp,
    /** The alert fingerprint, when a drift revert placed the hold. */
    alert: schemas/* string */.YjP().min(1).max(200).optional(),
})
    .strict();
const ReleaseFile = schemas/* object */.Ikc({
    ...header('Release'),
    model: ModelName,
    environment: EnvironmentName,
    version: VersionName,
    digest: Digest,
    /** The version that ran here before this one. */
    previous: VersionName.optional(),
    /** The version a revert goes back to. */
    'last-known-good': VersionName.optional(),
    /** Versions that may not be promoted to this environment until a person lifts the hold. */
    holds: schemas/* array */.YOg(Hold).default([]),
    /** When this release was a revert or rollback: the version it replaced. */
    'revert-of': VersionName.optional(),
    request: schemas/* object */.Ikc({ id: schemas/* string */.YjP().min(1), url: schemas/* string */.YjP().url().optional() })
        .strict()
        .optional(),
    'promoted-by': Person,
    'promoted-at': schemas_Timestamp,
    /** A canary, blue-green or A/B rollout under way (absent: the version takes all traffic). */
    rollout: RolloutState.optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// gates/<environment>/<model>/<version>.yaml
//
// Gate evidence lives in a file of its own per (version, environment), written on the default branch by
// register before any promotion request exists, rather than carried in the promotion request: the version
// record stays immutable, the policy engine reads evidence from the base branch (which a request's author
// cannot edit: a request that touches gates/ is refused as unplanned), and the evidence outlives the request
// (a revert, a closed request or a re-promotion keep it). The file is append-only history: each run of the
// gates that counts is one attempt, and the last attempt is the one the policy engine judges.
const GateAttempt = GateResults.extend({
    /** The workflow run that ran the gates, and its attempt (a "Re-run" keeps the URL and adds one). */
    'run-url': schemas/* string */.YjP().url().optional(),
    'run-attempt': schemas/* number */.aig().int().positive().optional(),
    'recorded-by': Person,
    'recorded-at': schemas_Timestamp,
}).strict();
const GateEvidenceFile = schemas/* object */.Ikc({
    ...header('GateEvidence'),
    model: ModelName,
    version: VersionName,
    environment: EnvironmentName,
    /** Oldest first; never rewritten, only appended to. The last one counts. */
    attempts: schemas/* array */.YOg(GateAttempt).min(1).max(1000),
})
    .strict();
/** Every file kind the registry holds, by `kind`. */
const FILE_KINDS = {
    Registry: RegistryConfig,
    Model: ModelFile,
    ModelVersion: VersionRecord,
    Release: ReleaseFile,
    GateEvidence: GateEvidenceFile,
};
/** The default dhow.yaml `dhow init` writes: dev -> staging -> production with 0, 1, 2 approvals. */
function defaultRegistryConfig() {
    return RegistryConfig.parse({
        apiVersion: schemas_API_VERSION,
        kind: 'Registry',
        environments: [
            { name: 'dev', approvals: 0 },
            { name: 'staging', approvals: 1 },
            { name: 'production', approvals: 2 },
        ],
    });
}

;// CONCATENATED MODULE: ./src/registry/files.ts
/**
 * Reading and writing registry files: YAML in, zod-validated objects out, and back to YAML with
 * deterministic bytes (keys in schema order, records sorted, no line folding), so the same object always
 * produces the same file and a re-registration of identical content is a byte-for-byte no-op.
 */



/**
 * The largest registry file dhow reads or writes. A version record is a few kilobytes; a 50 MB one would
 * cost gigabytes to parse on every later read, so anything larger is refused before it is parsed.
 */
const MAX_REGISTRY_FILE_BYTES = 1024 * 1024;
/**
 * YAML aliases allowed per document. Registry files have no use for them beyond a few; a "billion laughs"
 * document expands exponentially through them, so they are capped (the yaml library then refuses it).
 */
const MAX_YAML_ALIASES = 100;
function describeProblem(p) {
    const where = [p.line ? `${p.file}:${p.line}` : p.file, p.field && `field "${p.field}"`].filter(Boolean).join(', ');
    return `${where}: ${p.message}`;
}
/**
 * Every problem of a file's text against the schema of `kind` (empty when valid), with the value when valid.
 * Unlike parseRegistryFile it never throws: `dhow validate` lists every problem.
 */
function checkRegistryFile(kind, path, text) {
    const value = acceptQuickly(kind, text);
    if (value !== undefined)
        return { value, problems: [] };
    return checkWithLines(kind, path, text);
}
/**
 * The fast path of checkRegistryFile: the value of a file that passes every check, parsed without line
 * tracking, or undefined at the first doubt. Line numbers only matter in problems, so a file with any is parsed
 * again by checkWithLines, which alone words them: the messages are those of one path, whichever path a file
 * takes. Measured, dropping the LineCounter saves only ~3% CPU per file: the yaml library's lexer and CST parser
 * are ~200 us of a ~210 us check (zod ~12 us), so a faster parser for valid files belongs here.
 */
function acceptQuickly(kind, text) {
    if (Buffer.byteLength(text, 'utf8') > MAX_REGISTRY_FILE_BYTES || text.includes('\uFFFD'))
        return undefined;
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0 || doc.warnings.length > 0)
        return undefined;
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch {
        return undefined;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data) || data.kind !== kind)
        return undefined;
    const result = FILE_KINDS[kind].safeParse(data);
    return result.success ? result.data : undefined;
}
/** checkRegistryFile with line tracking: every problem of the file, each with its line where it has one. */
function checkWithLines(kind, path, text) {
    const parsed = parseYamlStrictly(path, text);
    if (!parsed.ok)
        return { value: null, problems: parsed.problems };
    const { doc, lineCounter, data } = parsed;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return { value: null, problems: [{ file: path, message: `expected a mapping with apiVersion and kind "${kind}"` }] };
    }
    const declared = data.kind;
    if (declared !== kind) {
        return {
            value: null,
            problems: [
                { file: path, field: 'kind', line: lineOf(doc, lineCounter, ['kind']), message: `expected "${kind}", found ${JSON.stringify(declared ?? null)}` },
            ],
        };
    }
    const schema = FILE_KINDS[kind];
    const result = schema.safeParse(data);
    if (result.success)
        return { value: result.data, problems: [] };
    return {
        value: null,
        problems: result.error.issues.map((issue) => {
            const fieldPath = issue.path.map(String);
            const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
            const field = [...fieldPath, ...(keys.length === 1 ? keys : [])].join('.') || undefined;
            return { file: path, field, line: lineOf(doc, lineCounter, [...issue.path, ...(keys.length === 1 ? keys : [])]), message: issue.message };
        }),
    };
}
/**
 * Parses YAML from outside strictly: size-capped before parsing, valid UTF-8 (a decoded U+FFFD marks bytes
 * that were not), no unknown tags (`!foo` would otherwise be read as a plain string), duplicate keys
 * refused, aliases capped. Every refusal is a problem naming the file (and line where there is one), never
 * an exception from the parser.
 */
function parseYamlStrictly(path, text) {
    const refuse = (message, line) => ({ ok: false, problems: [{ file: path, ...(line ? { line } : {}), message }] });
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES)
        return refuse(`is ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`);
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0)
        return refuse('is not valid UTF-8 (or holds the replacement character U+FFFD)', text.slice(0, bad).split('\n').length);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    // An unresolved tag is only a warning to the yaml library; here it is an error, like any other.
    const errors = [...doc.errors, ...doc.warnings];
    if (errors.length > 0) {
        return {
            ok: false,
            problems: errors.map((e) => ({
                file: path,
                line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
                message: `malformed YAML: ${e.message.split('\n')[0]}`,
            })),
        };
    }
    try {
        return { ok: true, doc, lineCounter, data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
    }
    catch (error) {
        // The yaml library throws (a ReferenceError) on excessive aliases: a resource-exhaustion attempt.
        const reason = /alias/i.test(error.message)
            ? `uses more than ${MAX_YAML_ALIASES} YAML aliases (refused: it could expand without bound)`
            : 'malformed YAML';
        return refuse(reason);
    }
}
/**
 * Parses a registry file of `kind`. Throws DhowError('invalid-input') naming the file, the field path
 * (e.g. `artifact.digest`) and the line; every further problem is listed in `reasons`.
 */
function parseRegistryFile(kind, path, text) {
    const checked = checkRegistryFile(kind, path, text);
    if (checked.value !== null)
        return checked.value;
    const [first, ...rest] = checked.problems;
    throw new errors_DhowError('invalid-input', first.message, {
        file: path,
        field: first.field,
        line: first.line,
        reasons: rest.map(describeProblem),
    });
}
/** Validates an object about to be written; the same DhowError as parseRegistryFile, without lines. */
function files_validateRegistryObject(kind, path, value) {
    const schema = FILE_KINDS[kind];
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const [first, ...rest] = result.error.issues;
    const field = (i) => i.path.map(String).join('.') || undefined;
    throw new errors_DhowError('invalid-input', first.message, {
        file: path,
        field: field(first),
        reasons: rest.map((i) => describeProblem({ file: path, field: field(i), message: i.message })),
    });
}
/**
 * Deterministic YAML for a registry object: validated against the schema of its `kind` (nothing invalid
 * is ever written), keys in schema order, record keys sorted, no folded lines.
 */
function files_serializeRegistryFile(obj) {
    const kind = obj.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(FILE_KINDS, kind)) {
        throw new errors_DhowError('invalid-input', `cannot serialize an object of kind ${JSON.stringify(kind ?? null)}`, { field: 'kind' });
    }
    const schema = FILE_KINDS[kind];
    const parsed = files_validateRegistryObject(kind, `<${kind}>`, obj);
    const text = (0,dist/* stringify */.As)(canonical(schema, parsed), { lineWidth: 0, minContentWidth: 0, indentSeq: true, sortMapEntries: false });
    // Nothing is written that could not be read back.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES) {
        throw new errors_DhowError('invalid-input', `the ${kind} file would be ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`, {
            file: `<${kind}>`,
        });
    }
    return text;
}
/** Orders object keys as the schema declares them and sorts record keys, recursively. */
function canonical(schema, value) {
    const s = unwrap(schema);
    if (Array.isArray(value)) {
        const element = s?._zod.def.type === 'array' ? s._zod.def.element : undefined;
        return value.map((v) => canonical(element, v));
    }
    if (value === null || typeof value !== 'object')
        return value;
    const input = value;
    const out = {};
    const def = s?._zod.def;
    if (def?.type === 'object' && def.shape) {
        for (const key of Object.keys(def.shape))
            if (input[key] !== undefined)
                out[key] = canonical(def.shape[key], input[key]);
        for (const key of Object.keys(input).sort())
            if (!(key in out) && input[key] !== undefined)
                out[key] = canonical(undefined, input[key]);
        return out;
    }
    for (const key of Object.keys(input).sort())
        if (input[key] !== undefined)
            out[key] = canonical(def?.type === 'record' ? def.valueType : undefined, input[key]);
    return out;
}
function unwrap(schema) {
    let s = schema;
    for (let i = 0; s && i < 10; i++) {
        const def = s._zod.def;
        if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType)
            s = def.innerType;
        else if (def.type === 'pipe' && def.in)
            s = def.in;
        else
            break;
    }
    return s;
}
/** The 1-based line of the node at `path` (or its nearest existing parent) in a parsed document. */
function lineOf(doc, counter, path) {
    for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        const range = node?.range;
        if (node && range && (n === 0 || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) || typeof node === 'object')) {
            return counter.linePos(range[0]).line;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/paths.ts
/** Where each file lives in a registry. Every segment is validated before it becomes a path. */


const paths_CONFIG_PATH = 'dhow.yaml';
const paths_modelPath = (model) => `models/${names_assertName('model', model)}/model.yaml`;
const versionsDir = (model) => `models/${names_assertName('model', model)}/versions`;
const paths_versionPath = (model, version) => `${versionsDir(model)}/${names_assertName('version', version)}.yaml`;
const releasesDir = (environment) => `releases/${names_assertName('environment', environment)}`;
const releasePath = (environment, model) => `${releasesDir(environment)}/${names_assertName('model', model)}.yaml`;
const deployDir = (environment, model) => `deploy/${names_assertName('environment', environment)}/${names_assertName('model', model)}`;
/** Gate evidence of one version in one environment (schemas.ts says why it is a file of its own). */
const gateEvidenceDir = (environment) => `gates/${names_assertName('environment', environment)}`;
const paths_gateEvidencePath = (environment, model, version) => `${gateEvidenceDir(environment)}/${names_assertName('model', model)}/${names_assertName('version', version)}.yaml`;
/** Deterministic branch names, one per purpose. */
const promotionBranch = (environment, model) => `dhow/promote/${assertName('environment', environment)}/${assertName('model', model)}`;
/**
 * The revert of ONE promotion: the version and when it was promoted (`promoted-at` of the release it
 * undoes). A version re-promoted after a revert is a new promotion, so drifting again opens a new revert
 * instead of finding the first one merged. A suffix rather than a deeper segment, so the branch never
 * clashes with a branch of the older `dhow/revert/<env>/<model>/<version>` form still in a repository.
 */
const revertBranch = (environment, model, version, promotedAt) => `dhow/revert/${assertName('environment', environment)}/${assertName('model', model)}/${assertName('version', version)}-promoted-${promotionStamp(promotedAt)}`;
/** A release's promoted-at as a ref-safe UTC stamp (20261122T083000Z; milliseconds only when present). */
function promotionStamp(promotedAt) {
    const ms = Date.parse(promotedAt);
    if (Number.isNaN(ms))
        throw new errors_DhowError('invalid-input', `"${promotedAt}" is not a timestamp`, { field: 'promoted-at' });
    return new Date(ms)
        .toISOString()
        .replace(/\.000Z$/, 'Z')
        .replace(/[-:]/g, '')
        .replace('.', '');
}
/** Commit trailers dhow writes and reads. */
const paths_TRAILERS = {
    model: 'Dhow-Model',
    version: 'Dhow-Version',
    environment: 'Dhow-Environment',
    alert: 'Dhow-Alert',
    revertOf: 'Revert-Of',
    request: 'Dhow-Request',
};

;// CONCATENATED MODULE: ./src/promote/hold-plan.ts


function common(state, input) {
    const reasons = [];
    const envs = state.config.environments.map((e) => e.name);
    if (!envs.includes(input.environment))
        reasons.push(`unknown environment "${input.environment}": dhow.yaml lists ${envs.join(', ')}`);
    if (!state.modelKnown || state.model !== input.model)
        reasons.push(`unknown model "${input.model}"`);
    else if (!state.versionKnown)
        reasons.push(`unknown version "${input.version}" of ${input.model}`);
    if (reasons.length === 0 && !state.release) {
        reasons.push(`${input.model} has never been released to ${input.environment}: a hold is kept in its release file (${releasePath(input.environment, input.model)}), which does not exist yet`);
    }
    return reasons;
}
function withHolds(release, holds) {
    const next = { ...release, holds };
    return { release: next, changes: [{ path: releasePath(release.environment, release.model), content: files_serializeRegistryFile(next) }] };
}
/** Holds `version` in `environment`: it may not be promoted there (nor rolled back to) until the hold is lifted. */
function planHold(state, input, options) {
    const reasons = common(state, input);
    if (!input.reason.trim())
        reasons.push('a hold needs a reason');
    if (reasons.length > 0)
        return { ok: false, reasons };
    const release = state.release;
    const existing = release.holds.find((h) => h.version === input.version);
    if (existing)
        return { ok: true, change: 'none', release, changes: [], hold: existing };
    const hold = { version: input.version, reason: input.reason.trim(), by: options.by, at: options.at };
    return { ok: true, change: 'held', hold, ...withHolds(release, [...release.holds, hold]) };
}
/** Lifts the hold on `version` in `environment`; the version may be promoted there again. */
function planUnhold(state, input) {
    const reasons = common(state, input);
    if (reasons.length > 0)
        return { ok: false, reasons };
    const release = state.release;
    const existing = release.holds.find((h) => h.version === input.version);
    if (!existing)
        return { ok: true, change: 'none', release, changes: [] };
    return {
        ok: true,
        change: 'lifted',
        hold: existing,
        ...withHolds(release, release.holds.filter((h) => h.version !== input.version)),
    };
}

;// CONCATENATED MODULE: ./src/registry/rollout-render.ts
/** KServe's annotation that exposes the latest and previous revisions at tagged URLs (latest-…, prev-…). */
const TAG_ROUTING_ANNOTATION = 'serving.kserve.io/enable-tag-routing';
/** The InferenceService with the release's rollout applied (unchanged when no rollout is under way). */
function withRolloutTraffic(release, service) {
    const rollout = release.rollout;
    if (!rollout)
        return service;
    const metadata = service.metadata;
    const spec = service.spec;
    return {
        ...service,
        metadata: {
            ...metadata,
            annotations: {
                ...metadata.annotations,
                [TAG_ROUTING_ANNOTATION]: 'true',
                'dhow.dev/rollout': rollout.strategy,
                'dhow.dev/stable-version': rollout.stable,
            },
        },
        spec: { ...spec, predictor: { ...spec.predictor, canaryTrafficPercent: rollout.weight } },
    };
}

;// CONCATENATED MODULE: ./src/registry/render.ts
/**
 * Renders the Kubernetes manifests of a release: a KServe InferenceService (serving.kserve.io/v1beta1)
 * whose storageUri is the version's artifact. Argo CD or Flux sync deploy/<environment>/<model>/; dhow
 * owns every file in that directory. It lives with the registry format because `dhow validate` checks
 * that deploy/ is what this renders, and promotion writes it; a rollout's canary render belongs beside it.
 */




/** The file name of the InferenceService in deploy/<environment>/<model>/. */
const INFERENCE_SERVICE_FILE = 'inferenceservice.yaml';
// The model -> object name mapping lives with the names (the registry refuses clashes at register time).

function renderInferenceService(release, record, config) {
    const environment = config.environments.find((e) => e.name === release.environment);
    const namespace = environment?.namespace ?? config.deploy.namespace;
    const serving = record.serving;
    const resources = {};
    const add = (name, value) => {
        (resources.requests ??= {})[name] = value;
        (resources.limits ??= {})[name] = value;
    };
    if (serving.memory)
        add('memory', serving.memory);
    if (serving.gpu && serving.gpu.count > 0) {
        const mig = serving.gpu['mig-profile'];
        add(mig ? `nvidia.com/mig-${mig}` : 'nvidia.com/gpu', String(serving.gpu.count));
    }
    const format = serving['model-format'] ?? record.artifact.format ?? 'custom';
    const model = { modelFormat: { name: format } };
    if (serving.runtime)
        model.runtime = serving.runtime;
    model.storageUri = record.artifact.uri;
    if (Object.keys(resources).length > 0)
        model.resources = resources;
    const predictor = { model };
    if (serving.gpu?.product)
        predictor.nodeSelector = { 'nvidia.com/gpu.product': serving.gpu.product };
    // A rollout under way sends only its weight to this version (rollout-render.ts).
    return withRolloutTraffic(release, {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: {
            name: names_kubernetesName(release.model),
            namespace,
            labels: {
                'app.kubernetes.io/name': names_kubernetesName(release.model),
                'app.kubernetes.io/version': release.version,
                'app.kubernetes.io/managed-by': 'dhow',
                'dhow.dev/model': release.model,
                'dhow.dev/version': release.version,
                'dhow.dev/environment': release.environment,
            },
            annotations: {
                'dhow.dev/artifact-digest': record.artifact.digest,
                ...(release['revert-of'] ? { 'dhow.dev/revert-of': release['revert-of'] } : {}),
            },
        },
        spec: { predictor },
    });
}
/** Every file of deploy/<environment>/<model>/ for a release, as file changes (deterministic YAML) a Forge commits. */
function renderDeployManifests(release, record, config) {
    const header = `# Rendered by dhow from releases/${release.environment}/${release.model}.yaml: do not edit by hand.\n`;
    return [
        {
            path: `${deployDir(release.environment, release.model)}/${INFERENCE_SERVICE_FILE}`,
            content: header + (0,dist/* stringify */.As)(renderInferenceService(release, record, config), { lineWidth: 0 }),
        },
    ];
}

;// CONCATENATED MODULE: ./src/rollout/gpu-budget.ts
const NO_GPU = { gpus: 0, mig: {} };
function gpuDemandOf(record) {
    const gpu = record.serving.gpu;
    if (!gpu || gpu.count === 0)
        return NO_GPU;
    const profile = gpu['mig-profile'];
    return profile ? { gpus: 0, mig: { [profile]: gpu.count } } : { gpus: gpu.count, mig: {} };
}
function addDemands(...demands) {
    const total = { gpus: 0, mig: {} };
    for (const d of demands) {
        total.gpus += d.gpus;
        for (const [profile, count] of Object.entries(d.mig))
            total.mig[profile] = (total.mig[profile] ?? 0) + count;
    }
    return total;
}
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
/**
 * Reasons the rollout's extra demand does not fit (empty: it fits, or the environment declares no budget).
 * `inUse` is what the environment's releases use now, the stable version included.
 */
function gpuBudgetProblems(environment, budget, inUse, adds) {
    if (!budget)
        return [];
    const reasons = [];
    if (budget.gpus !== undefined && adds.gpus > 0 && inUse.gpus + adds.gpus > budget.gpus) {
        const need = inUse.gpus + adds.gpus;
        reasons.push(`the canary adds ${plural(adds.gpus, 'GPU', 'GPUs')} to the ${inUse.gpus} ${environment} uses: ${need} is over its budget of ${budget.gpus} by ${need - budget.gpus}`);
    }
    for (const [profile, count] of Object.entries(adds.mig)) {
        const limit = budget.mig?.[profile];
        if (limit === undefined)
            continue;
        const used = inUse.mig[profile] ?? 0;
        if (used + count > limit) {
            reasons.push(`the canary adds ${plural(count, `${profile} MIG slice`, `${profile} MIG slices`)} to the ${used} ${environment} uses: ${used + count} is over its budget of ${limit} by ${used + count - limit}`);
        }
    }
    return reasons;
}

;// CONCATENATED MODULE: ./src/rollout/plan.ts
/**
 * The rollout planner, pure: from a release (with the rollout it records), the measurements just taken and
 * the rollout policy, at a given time, to one decision: wait, advance to the next traffic step, promote to
 * 100%, or abort (roll back to the stable version, holding the canary when it failed). The state lives only
 * in the release file, so a restarted controller resumes where the file says and a repeated step plans the
 * same thing again. Analysis semantics are Argo Rollouts': a check fails the rollout once its failed
 * measurements exceed its failure limit, and aborts it once its inconclusive ones exceed the inconclusive limit.
 */




/** Whether a decision changes the release file (wait changes it only to record a counted measurement). */
function decisionChangesRelease(decision) {
    return decision.action === 'advance' || decision.action === 'promote' || decision.action === 'abort' || decision.rollout !== undefined;
}
/** The traffic weight and hold time of a step of a strategy (a step past the last canary step soaks for 0). */
function stepOf(policy, strategy, step) {
    if (strategy === 'blue-green')
        return { weight: 0, soakMs: rollout_schemas_durationMs(policy.preview ?? '1s'), last: true };
    if (strategy === 'ab')
        return { weight: policy.ab?.weight ?? 50, soakMs: policy.ab ? rollout_schemas_durationMs(policy.ab.duration) : 0, last: true };
    const steps = policy.steps ?? [];
    const current = steps[Math.min(step, steps.length - 1)];
    return { weight: current?.weight ?? 0, soakMs: step < steps.length && current ? rollout_schemas_durationMs(current.soak) : 0, last: step >= steps.length - 1 };
}
/** The rollout a promotion starts, if any: refused when the canary would take the environment over its GPU budget. */
function planRolloutStart(input) {
    const { policy, current, canary, now, environment } = input;
    if (policy.strategy === 'all-at-once')
        return { ok: true, rollout: undefined, reasons: [`${environment} takes new versions all at once`] };
    if (!current)
        return { ok: true, rollout: undefined, reasons: [`nothing runs in ${environment} yet: ${canary} takes all traffic at once`] };
    // A promotion during a rollout replaces the canary; the version that had all traffic stays the stable one.
    const stable = current.rollout?.stable ?? current.version;
    if (stable === canary)
        return { ok: true, rollout: undefined, reasons: [`${canary} is the stable version of ${environment}: it takes all traffic back`] };
    if (input.gpu) {
        const problems = gpuBudgetProblems(environment, input.gpu.budget, input.gpu.inUse, input.gpu.adds);
        if (problems.length > 0)
            return { ok: false, reasons: problems };
    }
    const first = stepOf(policy, policy.strategy, 0);
    return {
        ok: true,
        reasons: [`${policy.strategy} rollout of ${canary} beside ${stable} begins at ${first.weight}% of traffic`],
        rollout: {
            strategy: policy.strategy,
            stable,
            canary,
            weight: first.weight,
            step: 0,
            'started-at': now,
            'step-started-at': now,
            failures: {},
            inconclusive: {},
            'measured-at': {},
        },
    };
}
/**
 * The checks to measure now: each one interval after its last recorded measurement (or the step's start),
 * and each once when the soak ends, so leaving a step always rests on a fresh measurement of every check.
 */
function dueChecks(release, policy, now) {
    const rollout = release.rollout;
    if (!rollout || rollout.strategy !== policy.strategy)
        return [];
    const t = Date.parse(now);
    const stepStart = Date.parse(rollout['step-started-at']);
    const soakEnd = stepStart + stepOf(policy, rollout.strategy, rollout.step).soakMs;
    return policy.analysis
        .filter((check) => {
        const recorded = rollout['measured-at'][check.name];
        const last = recorded === undefined ? -Infinity : Date.parse(recorded);
        if (t >= soakEnd && last < soakEnd)
            return true;
        return t - Math.max(stepStart, last) >= durationMs(check.interval);
    })
        .map((check) => check.name);
}
/** Whether the A/B metric is due: the split has run for its whole duration. */
function abDue(release, policy, now) {
    const rollout = release.rollout;
    if (!rollout || rollout.strategy !== 'ab' || policy.strategy !== 'ab')
        return false;
    return Date.parse(now) - Date.parse(rollout['step-started-at']) >= stepOf(policy, 'ab', rollout.step).soakMs;
}
const over = (count, limit) => limit >= 0 && count > limit;
function planRolloutStep(release, results, policy, now) {
    const rollout = release.rollout;
    const where = `${release.model} in ${release.environment}`;
    if (!rollout)
        return { action: 'none', reasons: [`no rollout is under way for ${where}`], outcomes: [] };
    if (rollout.strategy !== policy.strategy) {
        return {
            action: 'wait',
            reasons: [`the rollout of ${rollout.canary} is a ${rollout.strategy} rollout but the policy now says ${policy.strategy}: promote or roll back by hand`],
            outcomes: [],
        };
    }
    // A person (or a drift revert's hold) stopped the canary: go back to stable, keeping their hold as it is.
    const held = release.holds.find((h) => h.version === rollout.canary);
    if (held)
        return { action: 'abort', hold: false, outcomes: [], reasons: [`${rollout.canary} was put on hold during its rollout: ${held.reason} (by ${held.by})`] };
    const t = Date.parse(now);
    const step = stepOf(policy, rollout.strategy, rollout.step);
    const elapsed = t - Date.parse(rollout['step-started-at']);
    const soakOver = elapsed >= step.soakMs;
    // Judge the due measurements; a measurement of a check that is not due (or not in the policy) is not counted.
    const due = new Set(dueChecks(release, policy, now));
    const checks = new Map(policy.analysis.map((c) => [c.name, c]));
    const outcomes = [];
    for (const m of results.checks) {
        const check = checks.get(m.check);
        if (check && due.has(m.check) && !outcomes.some((o) => o.check === m.check))
            outcomes.push(evaluateCheck(check, m));
    }
    const next = {
        ...rollout,
        failures: { ...rollout.failures },
        inconclusive: { ...rollout.inconclusive },
        'measured-at': { ...rollout['measured-at'] },
    };
    let counted = false;
    for (const o of outcomes) {
        if (o.verdict === 'pass')
            continue;
        const counters = o.verdict === 'fail' ? next.failures : next.inconclusive;
        counters[o.check] = (counters[o.check] ?? 0) + 1;
        next['measured-at'][o.check] = now;
        counted = true;
    }
    const failed = policy.analysis.filter((c) => over(next.failures[c.name] ?? 0, c['failure-limit']));
    if (failed.length > 0) {
        return {
            action: 'abort',
            hold: true,
            outcomes,
            reasons: [
                ...failed.map((c) => `${c.name} failed ${next.failures[c.name]} time(s), over its failure limit of ${c['failure-limit']}`),
                ...outcomes.filter((o) => o.verdict === 'fail').map((o) => o.reason),
            ],
        };
    }
    const unproven = policy.analysis.filter((c) => over(next.inconclusive[c.name] ?? 0, c['inconclusive-limit']));
    if (unproven.length > 0) {
        return {
            action: 'abort',
            hold: true,
            outcomes,
            reasons: [
                ...unproven.map((c) => `${c.name} was inconclusive ${next.inconclusive[c.name]} time(s), over its inconclusive limit of ${c['inconclusive-limit']}`),
                ...outcomes.filter((o) => o.verdict === 'inconclusive').map((o) => o.reason),
            ],
        };
    }
    const recorded = counted ? { rollout: next } : {};
    const wait = (reasons) => ({ action: 'wait', reasons: [...reasons, ...outcomes.map((o) => o.reason)], outcomes, ...recorded });
    if (!soakOver) {
        const left = Math.ceil((step.soakMs - elapsed) / 1000);
        return wait([`step ${rollout.step + 1} (${rollout.weight}% to ${rollout.canary}) soaks for ${left}s more`]);
    }
    const unmeasured = policy.analysis.filter((c) => !outcomes.some((o) => o.check === c.name)).map((c) => c.name);
    if (unmeasured.length > 0)
        return wait([`the soak is over but ${unmeasured.join(', ')} ${unmeasured.length === 1 ? 'has' : 'have'} not been measured`]);
    const notPassed = outcomes.filter((o) => o.verdict !== 'pass');
    if (notPassed.length > 0)
        return wait([`the soak is over but not every check passed: measuring again after the interval`]);
    if (rollout.strategy === 'ab') {
        if (!results.ab || !policy.ab)
            return wait(['the split has run its course; the A/B metric has not been measured']);
        const decision = decideAb(policy.ab, results.ab);
        const reasons = [decision.reason, ...outcomes.map((o) => o.reason)];
        if (decision.outcome === 'canary-better')
            return { action: 'promote', reasons, outcomes, ab: decision };
        // The stable version stays unless the canary proved better; it is held only when it proved worse.
        return { action: 'abort', hold: decision.outcome === 'canary-worse', reasons, outcomes, ab: decision };
    }
    const passed = outcomes.map((o) => o.reason);
    if (step.last)
        return { action: 'promote', reasons: [`${rollout.canary} passed its last step: it takes all traffic`, ...passed], outcomes };
    const following = stepOf(policy, rollout.strategy, rollout.step + 1);
    return {
        action: 'advance',
        outcomes,
        reasons: [`${rollout.canary} passed step ${rollout.step + 1}: ${following.weight}% of traffic next`, ...passed],
        rollout: { ...next, step: rollout.step + 1, weight: following.weight, 'step-started-at': now },
    };
}

;// CONCATENATED MODULE: ./src/rollout/policy.ts
/**
 * Which rollout policy governs a model in an environment: the model's own override in dhow.yaml when it
 * has one (it replaces the environment's policy whole, so a reader never merges two in their head), else
 * the environment's, else all-at-once.
 */

const ALL_AT_ONCE = RolloutPolicy.parse({});
function rolloutPolicyFor(config, model, environment) {
    const override = Object.hasOwn(config.models, model) ? config.models[model].rollout : undefined;
    if (override && Object.hasOwn(override, environment))
        return override[environment];
    return config.environments.find((e) => e.name === environment)?.rollout ?? ALL_AT_ONCE;
}

;// CONCATENATED MODULE: ./src/promote/plan.ts








const isHeld = (release, version) => release?.holds.find((h) => h.version === version);
/** Versions that are or were released in an environment, with the digest they ran with. */
function ranIn(state, environment, version) {
    const current = state.releases[environment];
    if (current?.version === version)
        return current;
    return (state.history[environment] ?? []).find((r) => r.version === version);
}
function environmentNames(policy) {
    return policy.environments.map((e) => e.name);
}
function finish(state, release, record, policy) {
    const manifests = renderDeployManifests(release, record, policy);
    const keep = new Set(manifests.map((m) => m.path));
    const stale = (state.deployFiles[release.environment] ?? [])
        .map((f) => (f.includes('/') ? f : `${deployDir(release.environment, release.model)}/${f}`))
        .filter((p) => !keep.has(p))
        .map((path) => ({ path, content: null }));
    return {
        ok: true,
        release,
        changes: [{ path: releasePath(release.environment, release.model), content: files_serializeRegistryFile(release) }, ...manifests, ...stale],
    };
}
function planPromotion(state, model, version, environment, policy, options = { by: 'dhow', at: new Date().toISOString() }) {
    const reasons = [];
    const envs = environmentNames(policy);
    const index = envs.indexOf(environment);
    if (index < 0)
        reasons.push(`unknown environment "${environment}": dhow.yaml lists ${envs.join(', ')}`);
    if (!state.modelFile || state.model !== model)
        reasons.push(`unknown model "${model}": register a version first (dhow register)`);
    const record = state.versions[version];
    if (!record)
        reasons.push(`unknown version "${version}" of ${model}: register it first (dhow register)`);
    if (reasons.length > 0)
        return { ok: false, reasons };
    const current = state.releases[environment];
    const hold = isHeld(current, version);
    if (hold)
        reasons.push(`${model} ${version} is held in ${environment}: ${hold.reason} (by ${hold.by}, ${hold.at})`);
    if (current?.version === version)
        reasons.push(`${model} ${version} already runs in ${environment}`);
    if (record.model !== model || record.version !== version) {
        reasons.push(`the version record says ${record.model} ${record.version}, not ${model} ${version}`);
    }
    if (index > 0) {
        const before = envs[index - 1];
        const there = ranIn(state, before, version);
        if (!there) {
            reasons.push(`${model} ${version} has not run in ${before}: promote it to ${before} first (a version reaches ${environment} only after it ran in ${before})`);
        }
        else if (there.digest !== record.artifact.digest) {
            reasons.push(`digest mismatch: ${model} ${version} ran in ${before} as ${there.digest} but its version record says ${record.artifact.digest}`);
        }
    }
    // Register refuses a look-alike name, but a hand-made commit can still bring one in: Argo CD would then
    // let this promotion overwrite the other model's InferenceService.
    const owner = names_kubernetesNameTakenBy(model, state.modelsIn?.[environment] ?? []);
    if (owner) {
        reasons.push(`model "${model}" would deploy in ${environment} as the Kubernetes object "${names_kubernetesName(model)}", which model "${owner}" already uses there: rename one of them`);
    }
    if (reasons.length > 0)
        return { ok: false, reasons };
    const release = {
        apiVersion: schemas_API_VERSION,
        kind: 'Release',
        model,
        environment,
        version,
        digest: record.artifact.digest,
        ...(current ? { previous: current.version } : {}),
        ...lastKnownGood(current),
        holds: current?.holds ?? [],
        ...(options.request ? { request: options.request } : {}),
        'promoted-by': options.by,
        'promoted-at': options.at,
    };
    // A canary, blue-green or A/B policy starts a rollout with the merge (issue 15); over the GPU budget it is refused.
    const envPolicy = policy.environments[index];
    const gpu = state.gpuInUse ? { budget: envPolicy['gpu-budget'], inUse: state.gpuInUse, adds: gpuDemandOf(record) } : undefined;
    const start = planRolloutStart({ environment, current, canary: version, policy: rolloutPolicyFor(policy, model, environment), now: options.at, gpu });
    if (!start.ok)
        return { ok: false, reasons: start.reasons };
    if (start.rollout)
        release.rollout = start.rollout;
    return finish(state, release, record, policy);
}
function lastKnownGood(current) {
    if (!current)
        return {};
    if (!isHeld(current, current.version))
        return { 'last-known-good': current.version };
    return current['last-known-good'] ? { 'last-known-good': current['last-known-good'] } : {};
}
/**
 * Puts an environment back on an earlier version: the same machinery as a promotion, pointed at a version
 * that already ran in this environment. The new release records `revert-of` and `previous` (the version
 * replaced); its `last-known-good` is what it was when the target last ran here.
 */
function planRollback(state, model, environment, options) {
    const policy = state.config;
    const reasons = [];
    const envs = environmentNames(policy);
    if (!envs.includes(environment))
        reasons.push(`unknown environment "${environment}": dhow.yaml lists ${envs.join(', ')}`);
    if (!state.modelFile || state.model !== model)
        reasons.push(`unknown model "${model}"`);
    const current = state.releases[environment];
    if (reasons.length === 0 && !current)
        reasons.push(`${model} has never been released to ${environment}: nothing to roll back`);
    if (reasons.length > 0)
        return { ok: false, reasons };
    const target = options.to ?? current['last-known-good'];
    if (!target)
        return {
            ok: false,
            reasons: [
                `${environment} has no last known good version of ${model} recorded: ${options.toOption ? `name one with ${options.toOption}` : 'name the version to roll back to'}`,
            ],
        };
    const record = state.versions[target];
    if (target === current.version)
        reasons.push(`${model} ${target} already runs in ${environment}`);
    if (!record)
        reasons.push(`unknown version "${target}" of ${model}`);
    const hold = isHeld(current, target);
    if (hold)
        reasons.push(`${model} ${target} is held in ${environment}: ${hold.reason} (by ${hold.by}, ${hold.at})`);
    const before = (state.history[environment] ?? []).find((r) => r.version === target);
    if (!before && target !== current.version)
        reasons.push(`${model} ${target} never ran in ${environment}: a rollback only goes back to a version that ran there`);
    if (record && before && before.digest !== record.artifact.digest) {
        reasons.push(`digest mismatch: ${model} ${target} ran in ${environment} as ${before.digest} but its version record says ${record.artifact.digest}`);
    }
    if (reasons.length > 0)
        return { ok: false, reasons };
    const holds = [...current.holds];
    if (options.hold && !holds.some((h) => h.version === options.hold.version)) {
        holds.push({
            version: options.hold.version,
            reason: options.hold.reason,
            by: options.hold.by,
            at: options.at,
            ...(options.hold.alert ? { alert: options.hold.alert } : {}),
        });
    }
    const lkg = before?.['last-known-good'];
    const release = {
        apiVersion: schemas_API_VERSION,
        kind: 'Release',
        model,
        environment,
        version: target,
        digest: record.artifact.digest,
        previous: current.version,
        ...(lkg && lkg !== target && !holds.some((h) => h.version === lkg) ? { 'last-known-good': lkg } : {}),
        holds,
        'revert-of': options.revertOf ?? current.version,
        ...(options.request ? { request: options.request } : {}),
        'promoted-by': options.by,
        'promoted-at': options.at,
    };
    return finish(state, release, record, policy);
}

;// CONCATENATED MODULE: ./src/promote/state.ts
/** Loads the snapshot a plan needs for one model: only its own files, never every version in the registry. */


async function loadModelState(reader, model, options = {}) {
    const config = await reader.config();
    const envs = config.environments.map((e) => e.name);
    const deployEnvs = (options.deployOf ?? envs).filter((e) => envs.includes(e));
    const [modelFile, releases, records, histories, deployFiles, modelsIn] = await Promise.all([
        reader.model(model),
        reader.readMany('Release', envs.map((env) => releasePath(env, model))),
        Promise.all((options.versions ?? []).map((v) => reader.version(model, v))),
        Promise.all((options.historyOf ?? []).filter((e) => envs.includes(e)).map(async (env) => [env, await reader.releaseHistory(env, model)])),
        Promise.all(deployEnvs.map(async (env) => [env, (await reader.listFiles(deployDir(env, model))).map((f) => `${deployDir(env, model)}/${f}`)])),
        Promise.all(deployEnvs.map(async (env) => [env, await modelsReleasedOrDeployed(reader, env)])),
    ]);
    const versions = {};
    for (const record of records)
        if (record)
            versions[record.version] = record;
    const current = {};
    envs.forEach((env, i) => {
        if (releases[i])
            current[env] = releases[i];
    });
    const history = {};
    for (const [env, entries] of histories)
        history[env] = entries.map((e) => e.release).filter((r) => r !== null);
    return {
        config,
        model,
        modelFile,
        versions,
        releases: current,
        history,
        deployFiles: Object.fromEntries(deployFiles),
        modelsIn: Object.fromEntries(modelsIn),
    };
}
/**
 * Every model with a release file or a deploy directory in an environment: what its Kubernetes namespace
 * holds (or is about to), whichever of the two a hand-made commit left behind.
 */
async function modelsReleasedOrDeployed(reader, environment) {
    const [released, deployed] = await Promise.all([reader.listFiles(releasesDir(environment)), reader.listFiles(`deploy/${environment}`)]);
    const models = new Set([...released.filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)), ...deployed]);
    return [...models].filter((m) => isValidName('model', m)).sort();
}
/** The environment before `environment` in promotion order, or undefined for the first. */
function environmentBefore(envs, environment) {
    const i = envs.indexOf(environment);
    return i > 0 ? envs[i - 1] : undefined;
}
/**
 * Adds the release history of `environment` to the state unless `version` is live there now (then the
 * history cannot change a plan's answer): promotions along the usual path never read history.
 */
async function withHistoryIfNeeded(reader, state, environment, version) {
    if (!environment || state.releases[environment]?.version === version || state.history[environment])
        return state;
    const entries = await reader.releaseHistory(environment, state.model);
    return { ...state, history: { ...state.history, [environment]: entries.map((e) => e.release).filter((r) => r !== null) } };
}

;// CONCATENATED MODULE: ./src/logger.ts
/**
 * The small logging interface the core takes, so library code never imports @actions/core.
 * The CLI logs to stderr; actions adapt @actions/core to it; tests use a recording logger.
 */
const logger_silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
};
function streamLogger(stream = process.stderr, verbose = false) {
    return {
        debug: (m) => {
            if (verbose)
                stream.write(`debug: ${m}\n`);
        },
        info: (m) => void stream.write(`${m}\n`),
        warning: (m) => void stream.write(`warning: ${m}\n`),
        error: (m) => void stream.write(`error: ${m}\n`),
        group: async (name, fn) => {
            stream.write(`== ${name}\n`);
            return fn();
        },
    };
}
/** A logger that keeps every line, for tests. */
function recordingLogger() {
    const lines = [];
    return {
        lines,
        debug: (message) => void lines.push({ level: 'debug', message }),
        info: (message) => void lines.push({ level: 'info', message }),
        warning: (message) => void lines.push({ level: 'warning', message }),
        error: (message) => void lines.push({ level: 'error', message }),
        group: async (message, fn) => {
            lines.push({ level: 'group', message });
            return fn();
        },
    };
}

;// CONCATENATED MODULE: ./src/registry/gate-evidence.ts
/**
 * Gate evidence per (version, environment): the pure rule that decides whether a run of the gates adds an
 * attempt to gates/<environment>/<model>/<version>.yaml, changes nothing, or is refused. Writing it is
 * store.ts's job (in the same commit as the version record, when there is one).
 *
 * The file is append-only history, as an auditor reads it: what ran, under which policy, from which run,
 * with which result, in order. The rule, against the last recorded attempt:
 * 1. the same results (verdict, policy digest, report digest, summary): nothing to record;
 * 2. the same run (same run URL, or both without one: the CLI on one machine) re-run:
 *    - the last attempt passed: nothing to record. The decision was made and the promotion may rest on it;
 *      "Re-run all jobs" re-measures the gates, but a re-measurement of a decided gate is no new evidence;
 *    - it did not pass: the new results are appended (a re-run of a failed gate can record its pass);
 *    - an attempt older than the one recorded (a late job of an earlier attempt) is refused;
 * 3. a different policy digest: appended (the policy engine asks for a run under the current policy);
 * 4. anything else, another run with other results under the same policy, is refused: evidence is
 *    written once per version, environment and policy, so nobody can shop for a better run.
 */

const passed = (results) => results.verdict === 'pass' || results.verdict === 'warn';
/** The results of a run without its provenance, in a form two runs can be compared by. */
function resultsKey(a) {
    return JSON.stringify([
        a.verdict,
        a['policy-digest'],
        a['report-digest'] ?? null,
        a.summary.map((r) => [r.gate, r.metric ?? null, r.verdict, r.value ?? null, r.threshold ?? null, r.baseline ?? null]),
    ]);
}
function sameGateResults(a, b) {
    return resultsKey(a) === resultsKey(b);
}
function runOf(attempt) {
    return attempt['run-url'] ? `run ${attempt['run-url']}${attempt['run-attempt'] ? ` (attempt ${attempt['run-attempt']})` : ''}` : 'a run without a URL';
}
/** What recording `attempt` for `target` does to the evidence already there (null: none yet). */
function gate_evidence_decideGateEvidence(existing, target, attempt) {
    const what = `${target.model} ${target.version} in ${target.environment}`;
    if (!existing) {
        return {
            kind: 'record',
            file: { apiVersion: API_VERSION, kind: 'GateEvidence', ...target, attempts: [attempt] },
            message: `recorded the gate results of ${what} (${attempt.verdict})`,
        };
    }
    const last = existing.attempts[existing.attempts.length - 1];
    const append = (message) => ({ kind: 'record', file: { ...existing, attempts: [...existing.attempts, attempt] }, message });
    if (sameGateResults(last, attempt))
        return { kind: 'unchanged', message: `the gate results of ${what} are already recorded: nothing to do` };
    const sameRun = (last['run-url'] ?? null) === (attempt['run-url'] ?? null);
    if (sameRun) {
        if (last['run-attempt'] !== undefined && attempt['run-attempt'] !== undefined && attempt['run-attempt'] < last['run-attempt']) {
            return {
                kind: 'refused',
                reasons: [`attempt ${attempt['run-attempt']} of the run is older than attempt ${last['run-attempt']}, whose gate results ${what} already records`],
            };
        }
        if (passed(last)) {
            return {
                kind: 'unchanged',
                message: `${what} already passed its gates in ${runOf(last)} ("${last.verdict}"): a re-run of that run records nothing new`,
            };
        }
        return append(`recorded a re-run of the gates of ${what}: "${last.verdict}" then "${attempt.verdict}"`);
    }
    if (last['policy-digest'] !== attempt['policy-digest']) {
        return append(`recorded the gate results of ${what} under a new gate policy (${attempt.verdict})`);
    }
    return {
        kind: 'refused',
        reasons: [
            `${what} already has gate results from ${runOf(last)} ("${last.verdict}") under the same gate policy: evidence is written once per version, environment and policy, and only a re-run of that run adds to it; register a new version`,
        ],
    };
}
/** The results the policy engine judges: the last attempt. */
function currentGateResults(file) {
    return file.attempts[file.attempts.length - 1];
}
/**
 * The gate results of a version per environment, by the policy engine's rule (policy/engine.ts gateReasons:
 * the environment's evidence file, its last attempt, else the record's `gates`, which older registries
 * wrote once for every environment). Environments with neither are left out; the order is `environments`'.
 * Every reader (dhow versions, the evidence pack, model cards, the site) shows this, never a copy of the rule.
 */
function gateResultsByEnvironment(environments, evidence, record) {
    const out = [];
    for (const environment of environments) {
        const file = evidence[environment];
        if (file)
            out.push({ environment, results: currentGateResults(file), source: 'evidence', attempts: file.attempts });
        else if (record?.gates)
            out.push({ environment, results: record.gates, source: 'record', attempts: [] });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/registry/store.ts
/**
 * Reading the registry at one commit, and registering versions. A RegistryReader pins a commit when it
 * is created, so everything it returns is one consistent snapshot, and it reads only what is asked for:
 * `dhow status` reads dhow.yaml and the release files, never the version records.
 */







/**
 * `S` is what the reader was opened on: any RegistrySource; a use case that opened it on a Forge gets the
 * Forge back as `reader.forge` (a RegistryReader<Forge>).
 */
class RegistryReader {
    forge;
    ref;
    configCache;
    /** `ref` should be a commit id, so every read sees the same snapshot (see RegistryReader.open). */
    constructor(forge, ref) {
        this.forge = forge;
        this.ref = ref;
    }
    /** A reader pinned to the current head of `branch` (default: the registry's default branch). */
    static async open(forge, branch) {
        const name = branch ?? (await forge.defaultBranch());
        const head = await forge.branchHead(name);
        if (!head)
            throw new errors_DhowError('not-found', `${forge.description} has no branch ${name}: is it a dhow registry? ("dhow init" creates one)`);
        return new RegistryReader(forge, head);
    }
    config() {
        this.configCache ??= this.read('Registry', paths_CONFIG_PATH).then((config) => {
            if (!config)
                throw new errors_DhowError('not-found', `${paths_CONFIG_PATH} is missing in ${this.forge.description}: is it a dhow registry? ("dhow init" creates one)`);
            return config;
        });
        return this.configCache;
    }
    model(model) {
        return this.read('Model', paths_modelPath(model));
    }
    version(model, version) {
        return this.read('ModelVersion', paths_versionPath(model, version));
    }
    release(environment, model) {
        return this.read('Release', releasePath(environment, model));
    }
    /** The gate evidence of a version in one environment (gates/<env>/<model>/<version>.yaml). */
    gateEvidence(environment, model, version) {
        return this.read('GateEvidence', paths_gateEvidencePath(environment, model, version));
    }
    /** The gate evidence of a version in each of `environments` that has some, read in one batch. */
    async gateEvidenceByEnvironment(model, version, environments) {
        const files = await this.readMany('GateEvidence', environments.map((env) => paths_gateEvidencePath(env, model, version)));
        const out = {};
        environments.forEach((env, i) => {
            if (files[i])
                out[env] = files[i];
        });
        return out;
    }
    /** A file's text at this snapshot, unparsed (a gate policy that dhow.yaml names); null when absent. */
    readText(path) {
        return this.forge.readFile(path, this.ref);
    }
    async listModels() {
        return this.names('models', '', 'model');
    }
    async listVersions(model) {
        return this.names(versionsDir(model), '.yaml', 'version');
    }
    /** Every release file, of one environment or of every environment dhow.yaml lists (in its order). */
    async listReleases(environment) {
        const environments = environment ? [environment] : (await this.config()).environments.map((e) => e.name);
        const perEnvironment = this.forge.listTree && environments.length > 1
            ? await this.releaseEntriesFromTree(environments)
            : await Promise.all(environments.map(async (env) => this.forge.listDirectory(releasesDir(env), this.ref)));
        const paths = environments.flatMap((env, i) => this.namesOf(releasesDir(env), perEnvironment[i], '.yaml', 'model').map((m) => releasePath(env, m)));
        return (await this.readMany('Release', paths)).filter((r) => r !== null);
    }
    /** The releases of a model in an environment, newest first, from the history of its release file. */
    async releaseHistory(environment, model, options = {}) {
        const path = releasePath(environment, model);
        const commits = await this.forge.history(path, this.ref, options);
        const texts = await Promise.all(commits.map((c) => this.forge.readFile(path, c.sha)));
        return commits.map((c, i) => ({
            commit: c.sha,
            date: c.date,
            author: c.author,
            subject: c.subject,
            trailers: c.trailers,
            ...(c.request ? { request: c.request } : {}),
            release: texts[i] == null ? null : parseRegistryFile('Release', `${path}@${c.sha.slice(0, 8)}`, texts[i]),
        }));
    }
    /** Files directly under a registry directory (for deploy/<env>/<model>/). */
    async listFiles(dir) {
        return this.forge.listDirectory(dir, this.ref);
    }
    /** Reads and validates one file; null when absent. */
    async read(kind, path) {
        const text = await this.forge.readFile(path, this.ref);
        return text === null ? null : parseRegistryFile(kind, path, text);
    }
    async readMany(kind, paths) {
        const texts = this.forge.readFiles ? await this.forge.readFiles(paths, this.ref) : await Promise.all(paths.map((p) => this.forge.readFile(p, this.ref)));
        return texts.map((text, i) => (text == null ? null : parseRegistryFile(kind, paths[i], text)));
    }
    /**
     * The entries directly under each environment's releases directory, as listDirectory gives them, from one
     * listing of releases/ (one git process where the forge lists trees, not one per environment): a path
     * deeper than releases/<env>/<entry> counts as its <entry>, once, as a directory does there.
     */
    async releaseEntriesFromTree(environments) {
        const byDir = new Map(environments.map((env) => [`${releasesDir(env)}/`, new Set()]));
        for (const path of await this.forge.listTree('releases', this.ref)) {
            const slash = path.indexOf('/', 'releases/'.length);
            const entries = slash < 0 ? undefined : byDir.get(path.slice(0, slash + 1));
            if (entries)
                entries.add(path.slice(slash + 1).split('/')[0]);
        }
        return environments.map((env) => [...byDir.get(`${releasesDir(env)}/`)]);
    }
    async names(dir, suffix, kind) {
        return this.namesOf(dir, await this.forge.listDirectory(dir, this.ref), suffix, kind);
    }
    namesOf(dir, entries, suffix, kind) {
        const names = [];
        for (const entry of entries) {
            if (!entry.endsWith(suffix))
                continue;
            const name = suffix ? entry.slice(0, -suffix.length) : entry;
            if (!isValidName(kind, name)) {
                throw new errors_DhowError('invalid-input', `"${entry}" is not a valid ${kind} file name (run dhow validate)`, { file: `${dir}/${entry}` });
            }
            names.push(name);
        }
        return names.sort();
    }
}
/** The evidence file `evidence` would add to (null: none yet), read in the same round trip as `also`. */
async function readWithEvidence(reader, target, evidence, also) {
    if (!evidence)
        return [await also, null];
    return Promise.all([also, reader.gateEvidence(evidence.environment, target.model, target.version)]);
}
/** A change of gate evidence to write, or none, against one snapshot; throws when the rule refuses it. */
function planEvidence(config, target, evidence, existing) {
    if (!evidence)
        return undefined;
    const { environment, attempt } = evidence;
    const path = gateEvidencePath(environment, target.model, target.version);
    if (!config.environments.some((e) => e.name === environment)) {
        throw new DhowError('not-found', `environment "${environment}" is not in ${CONFIG_PATH} (it has ${config.environments.map((e) => e.name).join(', ')}): no gate evidence is recorded for it`, { field: 'environment', file: CONFIG_PATH });
    }
    const decision = decideGateEvidence(existing, { model: target.model, version: target.version, environment }, attempt);
    if (decision.kind === 'refused') {
        throw new DhowError('refused', `gate evidence of ${target.model} ${target.version} for ${environment} refused`, { file: path, reasons: decision.reasons });
    }
    if (decision.kind === 'unchanged')
        return { result: { operation: 'unchanged', path, message: decision.message }, content: null };
    return { result: { operation: 'recorded', path, message: decision.message }, content: serializeRegistryFile(decision.file) };
}
async function backoff(attempt) {
    // Exponential backoff with full jitter: a crowd of writers spreads out instead of colliding in step.
    await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 10))));
}
/**
 * Registers a version. Version records are immutable: registering identical content again is a no-op.
 * What is not compared: the registration's own `created-by`/`created-at`, the run that registered it
 * (`source.run-url`, `source.run-attempt`: promote.yml registers again from each environment's run and
 * each re-run) and, when `evidence` is given, `gates` (they then live in gates/). Different content under the
 * same version is refused. With `evidence`, the environment's gate results are recorded (gate-evidence.ts
 * decides how) in the same commit, so the version and its evidence land together or not at all. New
 * models get a model.yaml in the same commit. The commit lands with compare-and-swap on the default
 * branch and is recomputed from the new state on a lost race.
 */
async function registerVersion(forge, record, options = {}) {
    const logger = options.logger ?? silentLogger;
    const path = versionPath(record.model, record.version);
    const valid = validateRegistryObject('ModelVersion', path, record);
    const content = serializeRegistryFile(valid);
    if (options.evidence)
        assertName('environment', options.evidence.environment, { field: 'environment' });
    const branch = await forge.defaultBranch();
    const attempts = options.attempts ?? 40;
    for (let attempt = 1;; attempt++) {
        const reader = await RegistryReader.open(forge, branch);
        const config = await reader.config();
        const [existing, recorded] = await readWithEvidence(reader, valid, options.evidence, reader.version(valid.model, valid.version));
        const ignoreGates = options.evidence !== undefined;
        if (existing && !sameVersionContent(existing, valid, ignoreGates)) {
            throw new DhowError('refused', `${valid.model} ${valid.version} is already registered with different content: versions are immutable, register a new version`, {
                file: path,
                reasons: differences(existing, valid, ignoreGates).map((f) => `field "${f}" differs`),
            });
        }
        const evidence = planEvidence(config, valid, options.evidence, recorded);
        if (existing) {
            logger.info(`${valid.model} ${valid.version} is already registered with identical content: nothing to do`);
            if (evidence)
                logger.info(evidence.result.message);
            if (!evidence?.content)
                return { operation: 'unchanged', path, commit: reader.ref, modelCreated: false, ...(evidence ? { evidence: evidence.result } : {}) };
        }
        const changes = existing ? [] : [{ path, content }];
        if (evidence?.content)
            changes.push({ path: evidence.result.path, content: evidence.content });
        const modelFile = existing ? null : await reader.model(valid.model);
        if (!existing && !modelFile) {
            const clash = kubernetesNameTakenBy(valid.model, await reader.listModels());
            if (clash) {
                throw new DhowError('refused', `model "${valid.model}" would deploy as the Kubernetes object "${kubernetesName(valid.model)}", which model "${clash}" already uses: choose another name`, {
                    field: 'model',
                });
            }
            const model = { apiVersion: API_VERSION, kind: 'Model', name: valid.model, owners: [options.by ?? valid['created-by']], language: [] };
            changes.push({ path: modelPath(valid.model), content: serializeRegistryFile(model) });
        }
        const environment = options.evidence?.environment;
        try {
            const result = await forge.commitFiles({
                branch,
                expectedHead: reader.ref,
                changes,
                message: existing
                    ? `Record the gate results of ${valid.model} ${valid.version} in ${environment}`
                    : `Register ${valid.model} ${valid.version}\n\nArtifact ${valid.artifact.uri} (${valid.artifact.digest}).`,
                trailers: {
                    [TRAILERS.model]: valid.model,
                    [TRAILERS.version]: valid.version,
                    ...(evidence?.content && environment ? { [TRAILERS.environment]: environment } : {}),
                },
            });
            logger.debug(`registered ${valid.model} ${valid.version} (${result.sha.slice(0, 8)})`);
            return {
                operation: existing ? 'unchanged' : 'created',
                path,
                commit: result.sha,
                modelCreated: !existing && !modelFile,
                ...(evidence ? { evidence: evidence.result } : {}),
            };
        }
        catch (error) {
            if (error instanceof DhowError && error.code === 'conflict' && attempt < attempts) {
                logger.debug(`registry moved while registering ${valid.model} ${valid.version}; retrying (${attempt})`);
                await backoff(attempt);
                continue;
            }
            throw error;
        }
    }
}
/**
 * Records a registered version's gate results for one environment, without registering anything: the
 * version must exist. Same rule and same compare-and-swap as registerVersion's `evidence`.
 */
async function recordGateEvidence(forge, target, options = {}) {
    const logger = options.logger ?? silentLogger;
    assertName('model', target.model, { field: 'model' });
    assertName('version', target.version, { field: 'version' });
    assertName('environment', target.environment, { field: 'environment' });
    const branch = await forge.defaultBranch();
    const attempts = options.attempts ?? 40;
    for (let attempt = 1;; attempt++) {
        const reader = await RegistryReader.open(forge, branch);
        const config = await reader.config();
        const evidenceOption = { environment: target.environment, attempt: target.attempt };
        const [record, recorded] = await readWithEvidence(reader, target, evidenceOption, reader.version(target.model, target.version));
        if (!record) {
            throw new DhowError('not-found', `${target.model} ${target.version} is not registered: gate evidence is recorded only for a registered version`, {
                file: versionPath(target.model, target.version),
                field: 'version',
            });
        }
        const evidence = planEvidence(config, target, evidenceOption, recorded);
        logger.info(evidence.result.message);
        if (!evidence.content)
            return { ...evidence.result, commit: reader.ref };
        try {
            const result = await forge.commitFiles({
                branch,
                expectedHead: reader.ref,
                changes: [{ path: evidence.result.path, content: evidence.content }],
                message: `Record the gate results of ${target.model} ${target.version} in ${target.environment}`,
                trailers: { [TRAILERS.model]: target.model, [TRAILERS.version]: target.version, [TRAILERS.environment]: target.environment },
            });
            return { ...evidence.result, commit: result.sha };
        }
        catch (error) {
            if (error instanceof DhowError && error.code === 'conflict' && attempt < attempts) {
                await backoff(attempt);
                continue;
            }
            throw error;
        }
    }
}
/**
 * The record without what a registration may change: who and when, and the registering run. With
 * per-environment evidence also `gates`, which then live in gates/ (a version registered before with
 * its first environment's gates in the record is the same version).
 */
function withoutRegistration(record, ignoreGates) {
    const { ['created-at']: _at, ['created-by']: _by, gates, source, training, ...rest } = record;
    const { ['run-url']: _url, ['run-attempt']: _attempt, ...origin } = source;
    // How long this run trained and its peak GPU memory are measurements of the run, like its URL: a re-run
    // that trains again to the same artifact (same digest) registers the same version.
    const { ['duration-seconds']: _seconds, ['peak-gpu-memory-mib']: _peak, ...how } = training;
    return { ...rest, source: origin, training: how, ...(gates && !ignoreGates ? { gates } : {}) };
}
function sameVersionContent(a, b, ignoreGates) {
    return serializeForCompare(withoutRegistration(a, ignoreGates)) === serializeForCompare(withoutRegistration(b, ignoreGates));
}
function serializeForCompare(value) {
    return JSON.stringify(value, (_k, v) => v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v);
}
/** Top-level (and artifact) fields that differ, for the refusal message. */
function differences(a, b, ignoreGates) {
    const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out = [];
    const [left, right] = [withoutRegistration(a, ignoreGates), withoutRegistration(b, ignoreGates)];
    for (const f of [...fields].sort()) {
        const x = left[f];
        const y = right[f];
        if (serializeForCompare(x) === serializeForCompare(y))
            continue;
        if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x)) {
            for (const k of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
                if (serializeForCompare(x[k]) !== serializeForCompare(y[k]))
                    out.push(`${f}.${k}`);
            }
        }
        else
            out.push(f);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/residency.ts
/** The scheme and authority compare case-insensitively (hosts and schemes are); the path does not. */
function canonicalUri(uri) {
    const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/]*)(.*)$/s.exec(uri.trim());
    return match ? `${match[1].toLowerCase()}${match[2].toLowerCase()}${match[3]}` : uri.trim();
}
/**
 * The region of a URI: the longest location prefix it falls under. A prefix matches only at a boundary,
 * so `s3://models` does not claim `s3://models-eu/...`.
 */
function regionOfUri(uri, policy) {
    const target = canonicalUri(uri);
    let best;
    for (const location of policy.locations) {
        const prefix = canonicalUri(location.prefix);
        const inside = target === prefix || (target.startsWith(prefix) && (prefix.endsWith('/') || target[prefix.length] === '/'));
        if (inside && (!best || prefix.length > best.prefix.length))
            best = { region: location.region, prefix: location.prefix };
    }
    return best;
}
function checkResidency(subject, policy) {
    const allowed = new Set(policy['allowed-regions']);
    const findings = [];
    const place = (what, label, region, subjectText, how) => {
        if (region === undefined) {
            findings.push({ what, subject: subjectText, region: null, ok: false, why: `${label}: ${how}` });
        }
        else if (!allowed.has(region)) {
            findings.push({ what, subject: subjectText, region, ok: false, why: `${label} is in ${region}, not an allowed region (${[...allowed].join(', ')})` });
        }
        else {
            findings.push({ what, subject: subjectText, region, ok: true, why: `${label} is in ${region}` });
        }
    };
    for (const [what, key] of [
        ['artifact', 'artifact-uri'],
        ['data', 'data-uri'],
    ]) {
        const uri = subject[key];
        if (uri === undefined || uri.trim() === '') {
            place(what, `the ${what} URI`, undefined, null, 'not given, so its region is unknown');
            continue;
        }
        const found = regionOfUri(uri, policy);
        place(what, `the ${what} URI ${uri}`, found?.region, uri, 'no residency location covers it, so its region is unknown');
    }
    const cluster = subject['training-cluster'];
    const declared = subject['training-region'];
    const clusterRegion = cluster !== undefined && Object.hasOwn(policy.clusters, cluster) ? policy.clusters[cluster] : undefined;
    if (declared !== undefined && clusterRegion !== undefined && declared !== clusterRegion) {
        findings.push({
            what: 'training',
            subject: cluster ?? null,
            region: declared,
            ok: false,
            why: `training declares region ${declared} but cluster ${cluster} is in ${clusterRegion}`,
        });
    }
    else if (declared !== undefined) {
        place('training', 'training', declared, cluster ?? declared, '');
    }
    else if (cluster !== undefined) {
        place('training', `training cluster ${cluster}`, clusterRegion, cluster, 'the cluster is not in the residency policy, so its region is unknown');
    }
    else {
        place('training', 'training', undefined, null, 'neither a training region nor a known cluster is given, so its region is unknown');
    }
    const dataRegion = subject['data-region'];
    if (dataRegion !== undefined)
        place('data-region', 'the declared data region', dataRegion, dataRegion, '');
    return { violations: findings.filter((f) => !f.ok).length, findings };
}

;// CONCATENATED MODULE: ./src/promote/approvals.ts
const key = (name) => name.trim().toLowerCase();
function evaluateApprovals({ reviews, author, headSha, required, ignore = [] }) {
    const excluded = new Set([key(author), ...ignore.map(key)]);
    const ordered = reviews
        .map((review, index) => ({ review, index }))
        .sort((a, b) => a.review.submittedAt.localeCompare(b.review.submittedAt) || a.index - b.index);
    const latest = new Map();
    for (const { review } of ordered) {
        if (review.state === 'commented')
            continue;
        const who = key(review.reviewer);
        if (excluded.has(who))
            continue;
        latest.set(who, review);
    }
    const approvers = [];
    const stale = [];
    const blocking = [];
    for (const review of latest.values()) {
        if (review.state === 'approved') {
            if (review.commitSha === headSha)
                approvers.push(review.reviewer);
            else
                stale.push(review.reviewer);
        }
        else if (review.state === 'changes_requested')
            blocking.push(review.reviewer);
    }
    const missing = [];
    for (const who of blocking)
        missing.push(`${who} requested changes: they must approve (or the review be dismissed) before a merge`);
    if (approvers.length < required) {
        const need = required - approvers.length;
        const have = approvers.length === 0 ? 'none yet' : `${approvers.length} so far: ${approvers.join(', ')}`;
        missing.push(`${need} more approval${need === 1 ? '' : 's'} from reviewers other than the author ${author} (needs ${required}; ${have})`);
        for (const who of stale)
            missing.push(`${who} approved an earlier commit of the request: approve the current one`);
    }
    return { satisfied: missing.length === 0, approvers, missing };
}

;// CONCATENATED MODULE: ./src/policy/engine.ts



const WRITE = new Set(['admin', 'maintain', 'write']);
const engine_key = (login) => login.trim().toLowerCase();
/** Milliseconds in a dhow.yaml duration (`30m`, `24h`, `7d`). */
function engine_durationMs(text) {
    const match = /^([0-9]+)(m|h|d)$/.exec(text);
    if (!match)
        throw new RangeError(`not a duration: ${text}`);
    return Number(match[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2]];
}
function evidenceOfResults(results) {
    return {
        verdict: results.verdict,
        policyDigest: results['policy-digest'],
        failed: results.summary.filter((g) => g.verdict !== 'pass' && g.verdict !== 'warn').map((g) => g.gate),
    };
}
/** The gate evidence a version record carries (registries older than gates/: one for every environment). */
function gateEvidenceOf(record) {
    return record?.gates ? evidenceOfResults(record.gates) : null;
}
/** The evidence an environment's evidence file holds: its last attempt. */
function gateEvidenceOfFile(file) {
    return evidenceOfResults(currentGateResults(file));
}
function originReasons(request) {
    if (request.headRepository === request.baseRepository)
        return [];
    return [
        {
            code: 'fork',
            message: `#${request.id} comes from ${request.headRepository || 'a deleted repository'}, not from ${request.baseRepository}: dhow requests are made in the registry repository itself`,
        },
    ];
}
function list(paths, most = 5) {
    return paths.length <= most ? paths.join(', ') : `${paths.slice(0, most).join(', ')} and ${paths.length - most} more`;
}
function changeSetReasons(planned, request, change) {
    const reasons = [];
    const wanted = new Set(planned.map((c) => c.path));
    const changed = new Set(request.changedFiles);
    const extra = request.changedFiles.filter((p) => !wanted.has(p)).sort();
    if (extra.length) {
        reasons.push({
            code: 'unplanned-files',
            message: `#${request.id} changes ${list(extra)}, which the ${change.kind} of ${change.model} ${change.version} to ${change.environment} does not: a dhow request changes exactly its planned files`,
        });
    }
    const missing = planned.filter((c) => !changed.has(c.path) && (request.files[c.path] ?? null) !== c.content).map((c) => c.path);
    const differs = planned.filter((c) => changed.has(c.path) && (request.files[c.path] ?? null) !== c.content).map((c) => c.path);
    if (missing.length)
        reasons.push({
            code: 'missing-files',
            message: `#${request.id} lacks ${list(missing)} of the planned ${change.kind}: run it again to refresh the request`,
        });
    if (differs.length) {
        reasons.push({
            code: 'differs-from-plan',
            message: `${list(differs)} on #${request.id} differ from the ${change.kind} planned on today's ${change.environment}: the request is out of date or was edited; run it again to refresh it`,
        });
    }
    return reasons;
}
function gateReasons(input, environment) {
    const { config, change } = input;
    const recorded = input.evidence ?? {};
    const evidence = input.gates !== undefined ? input.gates : (recorded[change.environment] ?? gateEvidenceOf(input.record));
    const configured = Boolean(environment['gate-policy'] ?? config.models[change.model]?.['gate-policy'] ?? config['gate-policy']);
    // A version whose gates ran for another environment is gated: each environment then needs its own
    // results (the gates differ per environment: baseline, overrides), even where dhow.yaml names no policy.
    const elsewhere = Object.keys(recorded)
        .filter((env) => env !== change.environment)
        .sort();
    const what = `${change.model} ${change.version}`;
    if (!evidence) {
        if (!configured && elsewhere.length === 0)
            return [];
        const why = configured ? 'which has a gate policy' : `though its gates ran for ${elsewhere.join(', ')}: each environment needs its own`;
        return [
            {
                code: 'gates-missing',
                message: `${what} has no gate results for ${change.environment}, ${why}; run the gates for ${change.environment} and register again (promote.yml does both)`,
            },
        ];
    }
    const reasons = [];
    if (evidence.verdict === 'fail' || evidence.verdict === 'inconclusive') {
        reasons.push({
            code: 'gates-failing',
            message: `the gates of ${what} recorded "${evidence.verdict}"${evidence.failed.length ? ` (${evidence.failed.join(', ')})` : ''}`,
        });
    }
    if (input.expectedPolicyDigest && evidence.policyDigest !== input.expectedPolicyDigest) {
        reasons.push({
            code: 'gates-policy',
            message: `the gates of ${what} ran under policy ${evidence.policyDigest.slice(0, 19)}…, not ${change.environment}'s ${input.expectedPolicyDigest.slice(0, 19)}…: run the gates again`,
        });
    }
    return reasons;
}
function residencyReasons(record, config) {
    if (!config.residency || !record)
        return [];
    const result = checkResidency({
        'artifact-uri': record.artifact.uri,
        ...(record.data.uri ? { 'data-uri': record.data.uri } : {}),
        ...(record.training.region ? { 'training-region': record.training.region } : {}),
        ...(record.training.cluster ? { 'training-cluster': record.training.cluster } : {}),
        ...(record.region ? { 'data-region': record.region } : {}),
    }, config.residency);
    return result.findings.filter((f) => !f.ok).map((f) => ({ code: 'residency', message: `residency: ${f.why}` }));
}
function soakReasons(input, environment) {
    if (!environment.soak || input.change.kind !== 'promotion')
        return [];
    const envs = input.config.environments.map((e) => e.name);
    const before = envs[envs.indexOf(environment.name) - 1];
    if (!before)
        return [];
    const need = engine_durationMs(environment.soak);
    const now = Date.parse(input.now);
    // The longest stint counts: a version that soaked once and was replaced by a hotfix has still soaked.
    let longest = 0;
    for (const stint of input.previousStints) {
        if (stint.version !== input.change.version)
            continue;
        longest = Math.max(longest, (stint.until ? Date.parse(stint.until) : now) - Date.parse(stint.since));
    }
    if (longest >= need)
        return [];
    const hours = (ms) => `${Math.floor(ms / 3_600_000)}h${String(Math.floor((ms % 3_600_000) / 60_000)).padStart(2, '0')}m`;
    return [
        {
            code: 'soak',
            message: `${input.change.model} ${input.change.version} has run ${hours(Math.max(0, longest))} in ${before}; ${environment.name} needs ${environment.soak} there first (${hours(need - longest)} to go)`,
        },
    ];
}
/** Who may approve: the reasons others' reviews do not count, by reviewer. */
function eligibility(input, environment) {
    const { request, change } = input;
    const excluded = new Map();
    const requesters = new Set([engine_key(request.author), engine_key(change.promotedBy)]);
    const ignored = new Set((input.ignore ?? []).map(engine_key));
    const listedUsers = new Set(environment.reviewers.users.map(engine_key));
    const listedTeams = environment.reviewers.teams;
    const restricted = listedUsers.size > 0 || listedTeams.length > 0;
    const inTeam = (team, login) => (input.teams[team] ?? []).some((m) => engine_key(m) === engine_key(login));
    for (const review of request.reviews) {
        const who = engine_key(review.reviewer);
        if (excluded.has(who))
            continue;
        if (requesters.has(who))
            excluded.set(who, `${review.reviewer} asked for this ${change.kind}`);
        else if (review.bot || who.endsWith('[bot]') || ignored.has(who))
            excluded.set(who, `${review.reviewer} is a bot or dhow's own automation`);
        else if (review.permission !== undefined && !WRITE.has(review.permission)) {
            excluded.set(who, `${review.reviewer} has ${review.permission === 'none' ? 'no' : `only ${review.permission}`} access to ${request.baseRepository}, and approvals need write access or above`);
        }
        else if (restricted && !listedUsers.has(who) && !listedTeams.some((t) => inTeam(t, who))) {
            excluded.set(who, `${environment.name} takes approvals from ${[...environment.reviewers.users, ...listedTeams].join(', ')}`);
        }
    }
    return { excluded };
}
function groupName(group) {
    return 'team' in group ? `team ${group.team}` : group.users.join(', ');
}
function groupReasons(input, environment, approvers) {
    const reasons = [];
    for (const group of environment['required-approvers'] ?? []) {
        const members = new Set(('team' in group ? (input.teams[group.team] ?? []) : group.users).map(engine_key));
        const have = approvers.filter((a) => members.has(engine_key(a)));
        if (have.length < group.count) {
            const need = group.count - have.length;
            reasons.push({
                code: 'required-approvers',
                message: `${environment.name} needs ${need} more approval${need === 1 ? '' : 's'} from ${groupName(group)}${have.length ? ` (so far: ${have.join(', ')})` : ''}`,
            });
        }
    }
    return reasons;
}
function approvalReasons(input, environment) {
    const { request, change } = input;
    const { excluded } = eligibility(input, environment);
    const counted = request.reviews.filter((r) => !excluded.has(engine_key(r.reviewer)));
    const outcome = evaluateApprovals({ reviews: counted, author: change.promotedBy, headSha: request.headSha, required: environment.approvals });
    const reasons = outcome.missing.map((message) => ({
        code: message.includes('requested changes')
            ? 'changes-requested'
            : message.includes('earlier commit')
                ? 'stale-approval'
                : 'approvals',
        message,
    }));
    reasons.push(...groupReasons(input, environment, outcome.approvers));
    // Say why an approval on the head did not count, when approvals are what is missing.
    if (reasons.length > 0) {
        const approvedHead = new Set(request.reviews.filter((r) => r.state === 'approved' && r.commitSha === request.headSha).map((r) => engine_key(r.reviewer)));
        for (const review of request.reviews) {
            const who = engine_key(review.reviewer);
            const why = excluded.get(who);
            if (why && approvedHead.delete(who))
                reasons.push({ code: 'not-eligible', message: `approvals by ${review.reviewer} do not count: ${why}` });
        }
    }
    return { reasons, approvers: outcome.approvers };
}
/** Judges a request against the policy: every reason it may not merge now, or none. */
function evaluatePolicy(input) {
    const { change, config, request } = input;
    const base = { environment: change.environment, model: change.model, version: change.version, kind: change.kind };
    const reasons = [...originReasons(request)];
    const environment = config.environments.find((e) => e.name === change.environment);
    if (!change.plan.ok || !environment) {
        reasons.push(...(change.plan.ok ? [] : change.plan.reasons).map((message) => ({ code: 'plan', message })));
        if (!environment)
            reasons.push({ code: 'plan', message: `environment ${change.environment} is not in dhow.yaml` });
        return { ...base, satisfied: false, reasons, approvers: [] };
    }
    reasons.push(...changeSetReasons(change.plan.changes, request, change));
    // A rollback goes back to a version that already ran here under this policy: it needs no approval,
    // gate or soak (the drift revert must land unattended), only to be exactly the planned rollback.
    // A hold only makes things safer (a version may not go live): it needs no approval either.
    if (change.kind === 'rollback' || change.kind === 'hold')
        return { ...base, satisfied: reasons.length === 0, reasons, approvers: [] };
    if (change.kind === 'unhold') {
        // Lifting a hold re-allows a version: the environment's approvals, as for putting one live. Gates,
        // residency and soak are the promotion's business when the version is promoted later.
        const approvals = approvalReasons(input, environment);
        const ordered = [...approvals.reasons, ...reasons];
        return { ...base, satisfied: ordered.length === 0, reasons: ordered, approvers: approvals.approvers };
    }
    reasons.push(...gateReasons(input, environment), ...residencyReasons(input.record, config), ...soakReasons(input, environment));
    const approvals = approvalReasons(input, environment);
    // Approvals first: they are what people act on most often, and what the status description shows.
    const ordered = [...approvals.reasons, ...reasons];
    return { ...base, satisfied: ordered.length === 0, reasons: ordered, approvers: approvals.approvers };
}

;// CONCATENATED MODULE: ./src/policy/request.ts
/**
 * Judging one request through any Forge: gathers what the policy engine needs (the request, its changed
 * files, its reviews with the roles of those whose review could count, the registry on the request's
 * base, the release history of the environment before) with as few reads as the forge allows, re-makes
 * the plan on the base and calls evaluatePolicy. The local `dhow merge` and GitHub's `policy-check` both
 * call this, so they refuse the same things. A request that is neither a promotion nor a revert is judged
 * by the files it touches: none of the registry's governed files, or it is refused.
 */








const PROMOTION_BRANCH = /^dhow\/promote\/([^/]+)\/([^/]+)$/;
/** dhow/hold/<env>/<model>/<version> and dhow/unhold/... (holdBranch). */
const HOLD_BRANCH = /^dhow\/(hold|unhold)\/([^/]+)\/([^/]+)\/([^/]+)$/;
/** dhow/revert/<env>/<model>/<version>-promoted-<stamp> (revertBranch); the older form had no stamp. */
const REVERT_BRANCH = /^dhow\/revert\/([^/]+)\/([^/]+)\/([^/]+?)(?:-promoted-(\d{8}T\d{6}(?:\d{1,3})?Z))?$/;
/** What a request is, from its branch name: a dhow promotion, revert, hold or unhold, or anything else. */
function request_requestKindOf(branch) {
    const promotion = PROMOTION_BRANCH.exec(branch);
    if (promotion)
        return { kind: 'promotion', environment: promotion[1], model: promotion[2] };
    const revert = REVERT_BRANCH.exec(branch);
    if (revert)
        return { kind: 'rollback', environment: revert[1], model: revert[2], version: revert[3], ...(revert[4] ? { promoted: revert[4] } : {}) };
    const hold = HOLD_BRANCH.exec(branch);
    if (hold)
        return { kind: hold[1] === 'hold' ? 'hold' : 'unhold', environment: hold[2], model: hold[3], version: hold[4] };
    return { kind: 'other' };
}
/** Files only dhow's own requests may change: releases, manifests, version records, gate evidence, the policy, workflows. */
function governedFiles(paths) {
    return paths.filter((p) => p === paths_CONFIG_PATH || /^(releases|deploy|gates|\.github)\//.test(p) || /^models\/[^/]+\/versions\//.test(p)).sort();
}
const request_key = (login) => login.trim().toLowerCase();
/** Each reviewer's latest review that is not a plain comment (the one GitHub counts). */
function latestDecisive(reviews) {
    const latest = new Map();
    const ordered = reviews.map((r, i) => ({ r, i })).sort((a, b) => a.r.submittedAt.localeCompare(b.r.submittedAt) || a.i - b.i);
    for (const { r } of ordered)
        if (r.state !== 'commented')
            latest.set(request_key(r.reviewer), r);
    return [...latest.values()];
}
/** Stints of a version in an environment from its release history (newest first). */
function stintsOf(history) {
    const stints = [];
    // Walk oldest to newest: a stint starts at the first commit that made the version live and ends at the
    // first one that made another version (or nothing) live.
    const chronological = [...history].reverse();
    let open;
    for (const entry of chronological) {
        const version = entry.release?.version;
        if (open && open.version !== version) {
            open.until = entry.date;
            stints.push(open);
            open = undefined;
        }
        if (version && !open)
            open = { version, since: entry.date };
    }
    if (open)
        stints.push(open);
    return stints.reverse();
}
async function readAll(forge, paths, ref) {
    return forge.readFiles ? forge.readFiles(paths, ref) : Promise.all(paths.map((p) => forge.readFile(p, ref)));
}
/** Reviewers whose role could matter: their latest review approves the head, or blocks. */
function rolesWanted(reviews, headSha, skip) {
    return latestDecisive(reviews)
        .filter((r) => !skip.has(request_key(r.reviewer)) && !r.bot && ((r.state === 'approved' && r.commitSha === headSha) || r.state === 'changes_requested'))
        .map((r) => r.reviewer);
}
/** Reviewers whose latest review approves the head: the only ones whose team membership could count. */
function headApprovers(reviews, headSha, skip) {
    return latestDecisive(reviews)
        .filter((r) => !skip.has(request_key(r.reviewer)) && r.state === 'approved' && r.commitSha === headSha && !r.bot)
        .map((r) => r.reviewer);
}
/** Every team an environment names, as a listed reviewer or a required approver group. */
function namedTeams(environment) {
    return [...new Set([...environment.reviewers.teams, ...(environment['required-approvers'] ?? []).flatMap((g) => ('team' in g ? [g.team] : []))])];
}
function withRoles(reviews, roles) {
    const byKey = new Map([...roles].map(([login, role]) => [request_key(login), role]));
    return reviews.map((r) => {
        const permission = byKey.get(request_key(r.reviewer));
        return permission === undefined ? r : { ...r, permission };
    });
}
/** Looks up roles only for reviewers whose latest review could count (approves the head, or blocks). */
async function withPermissions(forge, reviews, headSha, skip) {
    const wanted = rolesWanted(reviews, headSha, skip);
    const roles = new Map();
    if (forge.permissionsOf && wanted.length > 0) {
        // One query for every reviewer: the cost stays constant in the number of reviews.
        for (const [login, role] of await forge.permissionsOf(wanted))
            roles.set(login, role);
    }
    else
        await Promise.all(wanted.map(async (login) => roles.set(login, await forge.permissionOf(login))));
    return withRoles(reviews, roles);
}
/** Members (among the reviewers who approved the head) of every team the environment names. */
async function teamMembers(teams, named, reviews, headSha, skip) {
    if (named.length === 0)
        return {};
    const candidates = headApprovers(reviews, headSha, skip);
    // One query for every (team, approver) where the forge can: the cost stays constant in the number of reviews.
    if (teams.teamMembersAmong)
        return candidates.length ? teams.teamMembersAmong(named, candidates) : Object.fromEntries(named.map((t) => [t, []]));
    const members = {};
    await Promise.all(named.map(async (team) => {
        const found = [];
        for (const login of candidates)
            if (await teams.isTeamMember(team, login))
                found.push(login);
        members[team] = found;
    }));
    return members;
}
/**
 * The reviewers' roles and the teams' members among the approvers. Where the same token reads both and
 * the forge can, one query answers both (issue 10: a policy check costs the same whatever the reviews).
 */
async function rolesAndTeams(forge, teamReader, named, reviews, headSha, skip) {
    if (named.length > 0 && teamReader === forge && forge.reviewersOf) {
        const both = await forge.reviewersOf(rolesWanted(reviews, headSha, skip), named, headApprovers(reviews, headSha, skip));
        return { judged: withRoles(reviews, both.roles), teams: both.members };
    }
    const judged = await withPermissions(forge, reviews, headSha, skip);
    return { judged, teams: await teamMembers(teamReader, named, reviews, headSha, skip) };
}
function releaseOnHead(request, path, text) {
    return text === null ? null : parseRegistryFile('Release', `${request.branch}:${path}`, text);
}
/**
 * The plan of a hold change re-made on the base: today's release with exactly that one hold added (its
 * reason, who and when as the request's head states them: they are the requester's to say) or removed.
 */
function planHoldChange(action, state, version, head, id) {
    const input = { model: state.model, environment: head.environment, version, reason: '' };
    if (action === 'unhold') {
        const plan = planUnhold(state, input);
        if (plan.ok && plan.change === 'none')
            return { ok: false, reasons: [`${state.model} ${version} is not held in ${input.environment}: there is no hold to lift`] };
        return plan.ok ? { ok: true, changes: plan.changes, release: plan.release } : plan;
    }
    const asked = head.holds.find((h) => h.version === version);
    if (!asked)
        return { ok: false, reasons: [`#${id} does not hold ${version} in ${releasePath(input.environment, state.model)}: it is not the hold its branch names`] };
    const plan = planHold(state, { ...input, reason: asked.reason }, { by: asked.by, at: asked.at });
    if (!plan.ok)
        return plan;
    if (plan.change === 'none')
        return { ok: false, reasons: [`${state.model} ${version} is already held in ${input.environment}: there is nothing to add`] };
    const release = { ...state.release, holds: [...state.release.holds, asked] };
    return { ok: true, release, changes: [{ path: releasePath(input.environment, state.model), content: files_serializeRegistryFile(release) }] };
}
/** Judges request `id` of `forge` against the registry's policy on the request's base. */
async function judgeRequest(forge, id, options) {
    const request = await forge.getRequest(id);
    if (request.state !== 'open')
        throw new errors_DhowError('refused', `request ${id} is ${request.state}: nothing to judge`);
    const kind = request_requestKindOf(request.branch);
    const registry = forge.description;
    const origin = request.headRepository ?? registry;
    if (kind.kind === 'other') {
        const changed = await forge.changedFiles(id);
        const governed = governedFiles(changed);
        const reasons = governed.length
            ? [
                {
                    code: 'unplanned-files',
                    message: `#${id} changes ${governed.slice(0, 5).join(', ')}${governed.length > 5 ? ` and ${governed.length - 5} more` : ''}: only dhow's promotion and revert requests may change releases, deploy manifests, version records, dhow.yaml or .github`,
                },
            ]
            : [];
        return { request, kind, satisfied: reasons.length === 0, reasons, approvers: [] };
    }
    const { environment, model } = kind;
    const path = releasePath(environment, model);
    const [reviews, changedFiles, reader, [headText]] = await Promise.all([
        forge.listReviews(id),
        forge.changedFiles(id),
        RegistryReader.open(forge, request.base),
        readAll(forge, [path], request.headSha),
    ]);
    const release = releaseOnHead(request, path, headText);
    const config = await reader.config();
    const environmentPolicy = config.environments.find((e) => e.name === environment);
    const envs = config.environments.map((e) => e.name);
    const atHead = new Map();
    const prefetch = async (paths) => {
        const texts = paths.length ? await readAll(forge, paths, request.headSha) : [];
        paths.forEach((p, i) => atHead.set(p, texts[i] ?? null));
    };
    let plan;
    let state;
    let history = [];
    let evidence;
    if (!release) {
        plan = { ok: false, reasons: [`#${id} does not hold ${path}: it is not a ${kind.kind} dhow made`] };
    }
    else if (kind.kind === 'promotion') {
        const before = environmentBefore(envs, environment);
        // The request's own files are read in the same round trip as the base's state (a batching forge
        // answers both in one query); a planned path the request does not change is read later, if ever.
        // Gate evidence is read on the base: a request cannot bring its own (it would change gates/, unplanned).
        const [loaded, recorded] = await Promise.all([
            loadModelState(reader, model, { versions: [release.version], deployOf: [environment] }),
            reader.gateEvidenceByEnvironment(model, release.version, envs),
            prefetch(changedFiles),
        ]);
        evidence = Object.fromEntries(Object.entries(recorded).map(([env, file]) => [env, gateEvidenceOfFile(file)]));
        // The history of the environment before: for the order (a version no longer live there) and for soak.
        const needHistory = before && (environmentPolicy?.soak || loaded.releases[before]?.version !== release.version);
        history = needHistory ? await reader.releaseHistory(before, model) : [];
        state = before && needHistory ? { ...loaded, history: { [before]: history.map((e) => e.release).filter((r) => r !== null) } } : loaded;
        plan = planPromotion(state, model, release.version, environment, config, { by: release['promoted-by'], at: release['promoted-at'] });
    }
    else if (kind.kind === 'hold' || kind.kind === 'unhold') {
        const [current, modelFile, record] = await Promise.all([
            reader.release(environment, model),
            reader.model(model),
            reader.version(model, kind.version),
            prefetch(changedFiles),
        ]);
        plan = planHoldChange(kind.kind, { config, model, modelKnown: modelFile !== null, versionKnown: record !== null, release: current ?? undefined }, kind.version, release, id);
    }
    else {
        const [current] = await Promise.all([reader.release(environment, model), prefetch(changedFiles)]);
        const target = current?.['last-known-good'];
        state = await loadModelState(reader, model, { versions: target ? [target] : [], historyOf: [environment], deployOf: [environment] });
        const hold = release.holds.find((h) => h.version === kind.version);
        if (!current || current.version !== kind.version)
            plan = { ok: false, reasons: [`${environment} runs ${current?.version ?? 'nothing'} of ${model}, not ${kind.version}: there is nothing to revert`] };
        else if (kind.promoted && promotionStamp(current['promoted-at']) !== kind.promoted) {
            // The request undoes an earlier promotion of the same version (reverted, then promoted again).
            plan = {
                ok: false,
                reasons: [
                    `#${id} undoes the promotion of ${model} ${kind.version} made at ${kind.promoted}, but the one live in ${environment} was made at ${current['promoted-at']}: a new alert opens a new revert request`,
                ],
            };
        }
        else if (!target)
            plan = { ok: false, reasons: [`${environment} has no last known good version of ${model} to revert to`] };
        else if (release.version !== target)
            plan = { ok: false, reasons: [`#${id} puts ${release.version} live, not ${environment}'s last known good version ${target}`] };
        else {
            // A revert always holds the version it replaces: one without the hold differs from the plan.
            const held = hold ?? { version: kind.version, reason: `reverted by #${id}`, by: release['promoted-by'] };
            plan = planRollback(state, model, environment, {
                to: target,
                by: release['promoted-by'],
                at: release['promoted-at'],
                reason: held.reason,
                revertOf: kind.version,
                hold: { version: held.version, reason: held.reason, by: held.by, ...(hold?.alert ? { alert: hold.alert } : {}) },
            });
        }
    }
    const plannedPaths = plan.ok ? plan.changes.map((c) => c.path) : [];
    await prefetch(plannedPaths.filter((p) => !atHead.has(p)));
    const files = Object.fromEntries(plannedPaths.map((p) => [p, atHead.get(p) ?? null]));
    // A hold change leaves promoted-by as it was (someone else's promotion): its requester is the author.
    const holdChange = kind.kind === 'hold' || kind.kind === 'unhold';
    const promotedBy = holdChange ? request.author : (release?.['promoted-by'] ?? request.author);
    const requesters = new Set([request_key(request.author), request_key(promotedBy), ...(options.ignore ?? []).map(request_key)]);
    // Roles matter only where approvals do: a revert or a hold needs none, so it costs no lookups.
    const approved = kind.kind === 'promotion' || kind.kind === 'unhold';
    const { judged, teams } = approved
        ? await rolesAndTeams(forge, options.teams ?? forge, environmentPolicy ? namedTeams(environmentPolicy) : [], reviews, request.headSha, requesters)
        : { judged: reviews, teams: {} };
    const version = kind.kind === 'hold' || kind.kind === 'unhold' ? kind.version : (release?.version ?? (kind.kind === 'rollback' ? kind.version : '?'));
    const verdict = evaluatePolicy({
        change: { kind: kind.kind, environment, model, version, promotedBy, plan },
        config,
        ...(state?.versions[version] ? { record: state.versions[version] } : {}),
        ...(evidence ? { evidence } : {}),
        request: { id, headSha: request.headSha, headRepository: origin, baseRepository: registry, author: request.author, changedFiles, files, reviews: judged },
        teams,
        previousStints: stintsOf(history),
        now: options.now,
        ...(options.ignore ? { ignore: options.ignore } : {}),
    });
    return {
        request,
        kind,
        satisfied: verdict.satisfied,
        reasons: verdict.reasons,
        approvers: verdict.approvers,
        verdict,
        ...(release ? { release } : {}),
        ...(environmentPolicy ? { environmentPolicy } : {}),
    };
}

;// CONCATENATED MODULE: ./src/policy/check.ts

const POLICY_CONTEXT = 'dhow/policy';
/** Whether a pull request branch is a dhow promotion, and of what. */
function promotionOf(branch) {
    const kind = requestKindOf(branch);
    return kind.kind === 'promotion' ? { environment: kind.environment, model: kind.model } : null;
}
/** One line under 140 characters: the first thing missing, and how many more there are. */
function statusDescription(missing, approvers, kind = 'promotion') {
    if (missing.length === 0) {
        const text = kind === 'other'
            ? 'Changes no file dhow governs'
            : kind === 'rollback'
                ? 'Exactly the planned rollback to the last known good version'
                : kind === 'hold'
                    ? 'Exactly the planned hold; a hold needs no approval'
                    : kind === 'unhold'
                        ? `Exactly the planned lifting of a hold; approved by ${approvers.join(', ') || 'nobody (none needed)'}`
                        : approvers.length
                            ? `Approved by ${approvers.join(', ')}; order, gates, holds and residency hold`
                            : 'No approval needed; order, gates, holds and residency hold';
        return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
    }
    const more = missing.length > 1 ? ` (+${missing.length - 1} more)` : '';
    const room = 140 - more.length;
    const first = missing[0].length <= room ? missing[0] : `${missing[0].slice(0, room - 1)}…`;
    return first + more;
}
const APPROVAL_CODES = new Set(['approvals', 'changes-requested', 'stale-approval', 'not-eligible', 'required-approvers']);
/** Judges any open pull request of the registry repository: promotions, reverts and hand-made ones. */
async function checkRequestPolicy(forge, id, options) {
    const judgement = await judgeRequest(forge, id, {
        now: options.now ?? new Date().toISOString(),
        ignore: ['github-actions[bot]', ...(options.ignore ?? [])],
        ...(options.teams ? { teams: options.teams } : {}),
    });
    const missing = judgement.reasons.map((r) => r.message);
    const { kind } = judgement;
    const approvalMissing = judgement.reasons.filter((r) => APPROVAL_CODES.has(r.code)).map((r) => r.message);
    options.logger.info(missing.length === 0 ? `#${id}: the policy is satisfied` : `#${id}: ${missing.length} thing(s) missing:\n  - ${missing.join('\n  - ')}`);
    return {
        request: judgement.request,
        kind: kind.kind,
        environment: kind.kind === 'other' ? '' : kind.environment,
        model: kind.kind === 'other' ? '' : kind.model,
        version: judgement.verdict?.version ?? judgement.release?.version ?? '',
        satisfied: judgement.satisfied,
        approvals: { satisfied: approvalMissing.length === 0, approvers: judgement.approvers, missing: approvalMissing },
        reasons: judgement.reasons,
        missing,
        description: statusDescription(missing, judgement.approvers, kind.kind),
        ...(judgement.environmentPolicy ? { environmentPolicy: judgement.environmentPolicy } : {}),
    };
}
/** The verdict on a dhow promotion pull request, or null for any other pull request. */
async function checkPromotionPolicy(forge, id, options) {
    const request = await forge.getRequest(id);
    if (!promotionOf(request.branch))
        return null;
    return checkRequestPolicy(forge, id, options);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/actions/runtime.ts
/**
 * The edge between GitHub Actions and the core: inputs, outputs, summaries and failure through the runner's
 * protocol (./runner.ts). Only src/actions/* imports this (the core never imports @actions/*).
 */





/** A GitHub repository as inputs name it: owner/name, in the characters GitHub allows. */
const RepositoryInput = schemas/* string */.YjP().regex(REPOSITORY, 'must be owner/name');
/** A Logger over @actions/core: groups become collapsible log groups on the runner. */
function actionsLogger() {
    return {
        debug: (m) => debug(m),
        info: (m) => info(m),
        warning: (m) => warning(m),
        error: (m) => error(m),
        group: (name, fn) => group(name, fn),
    };
}
/** Masks a secret before anything else can print it; empty values are ignored. */
function maskSecret(value) {
    if (value)
        setSecret(value);
}
/** A string input, trimmed; '' when absent and not required. */
function stringInput(name, options = {}) {
    const value = getInput(name, { required: false }).trim();
    if (options.required && value === '')
        throw new errors_DhowError('usage', `input "${name}" is required`, { field: name });
    return value;
}
/** A secret input (a token), masked before anything else can print it; '' when absent. */
function secretInput(name) {
    const value = stringInput(name);
    maskSecret(value);
    return value;
}
/** A string input that may be left out: undefined when absent or blank. */
function optionalInput(name) {
    return stringInput(name) || undefined;
}
/** The checkout the workflow runs in ($GITHUB_WORKSPACE), where relative paths in inputs start. */
function workspaceDir() {
    return process.env.GITHUB_WORKSPACE ?? process.cwd();
}
/** A path an input names, resolved from the workspace. */
function workspacePath(path) {
    return resolve(workspaceDir(), path);
}
function booleanInput(name, fallback) {
    if (core.getInput(name).trim() === '')
        return fallback;
    try {
        return core.getBooleanInput(name);
    }
    catch {
        throw new DhowError('usage', `input "${name}" must be true or false`, { field: name });
    }
}
/** One value per line; blank lines and surrounding spaces ignored. */
function listInput(name) {
    return getMultilineInput(name)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Parses a settings object with zod and turns the first issue into an error naming the input. */
function parseInputs(schema, raw) {
    const result = schema.safeParse(raw);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const field = issue.path.map(String).join('.');
    throw new errors_DhowError('usage', `input "${field}": ${issue.message}`, { field });
}
/** Runs an action's body; any error becomes `core.setFailed("<action>: <message>")`. */
async function runAction(action, body) {
    try {
        await body();
    }
    catch (error) {
        setFailed(`${action}: ${describeError(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/actions/policy-check/main.ts
/**
 * The `policy-check` action: runs in the registry repository on pull_request, pull_request_review and
 * push events and sets the commit status `dhow/policy` on EVERY pull request's head (a ruleset requires
 * it): promotions and reverts are judged by the policy engine, a hand-made pull request passes only when
 * it changes no governed file. On a push to the default branch it judges every open pull request again (a
 * hold a revert put on main turns an earlier success into failure). The verdict comes from state, read
 * just before the status is written; the event only says which pull request to look at. Optionally turns
 * on auto-merge once the policy is satisfied.
 */






const ACTION = 'policy-check';
const Settings = schemas/* object */.Ikc({
    'github-token': schemas/* string */.YjP().min(1, 'is required'),
    'team-token': schemas/* string */.YjP().optional(),
    registry: RepositoryInput,
    'api-url': schemas/* string */.YjP().optional(),
    'auto-merge': schemas/* enum */.k5n(['policy', 'true', 'false']),
    'merge-method': schemas/* enum */.k5n(['merge', 'squash', 'rebase']).optional(),
    'ignore-reviewers': schemas/* array */.YOg(schemas/* string */.YjP().min(1)),
    context: schemas/* string */.YjP().min(1).max(100),
});
function getInputs() {
    const token = secretInput('github-token');
    const teamToken = secretInput('team-token');
    return parseInputs(Settings, {
        'github-token': token,
        'team-token': teamToken || undefined,
        registry: stringInput('registry') || process.env.GITHUB_REPOSITORY || '',
        'api-url': optionalInput('api-url'),
        'auto-merge': stringInput('auto-merge') || 'policy',
        'merge-method': stringInput('merge-method') || undefined,
        'ignore-reviewers': listInput('ignore-reviewers'),
        context: stringInput('context') || POLICY_CONTEXT,
    });
}
/** Judges one pull request from a head read just before the status is written, and writes it on that head. */
async function judgeAndSetStatus(forge, id, settings, options) {
    let verdict = await checkRequestPolicy(forge, id, options);
    // A push or a review can land while we judge: judge again until the head we judged is still the head.
    for (let attempt = 1; attempt < 3; attempt++) {
        const now = await forge.getRequest(id);
        if (now.headSha === verdict.request.headSha || now.state !== 'open')
            break;
        verdict = await checkRequestPolicy(forge, id, options);
    }
    const state = verdict.satisfied ? 'success' : 'failure';
    const target = runUrl();
    await forge.setStatus(verdict.request.headSha, {
        state,
        context: settings.context,
        description: verdict.description,
        ...(target ? { targetUrl: target } : {}),
    });
    return verdict;
}
function summarize(settings, verdicts) {
    const rows = verdicts.map((v) => [
        `#${v.request.id}`,
        v.kind === 'other' ? v.request.branch : `${v.kind} ${v.model} ${v.version} to ${v.environment}`,
        v.satisfied ? 'success' : 'failure',
        v.approvals.approvers.join(', ') || '-',
        v.missing.join('<br>') || '-',
    ]);
    summary.addHeading(`${settings.context}`, 2).addTable([
        [
            { data: 'Pull request', header: true },
            { data: 'What', header: true },
            { data: 'Status', header: true },
            { data: 'Approved by', header: true },
            { data: 'Missing', header: true },
        ],
        ...rows,
    ]);
}
async function run() {
    await runAction(ACTION, async () => {
        const settings = getInputs();
        const logger = actionsLogger();
        const event = await readEvent(['pull_request', 'pull_request_target', 'pull_request_review', 'push']);
        const forge = connectRegistry({ token: settings['github-token'], registry: settings.registry, apiUrl: settings['api-url'], logger });
        const teams = settings['team-token']
            ? connectRegistry({ token: settings['team-token'], registry: settings.registry, apiUrl: settings['api-url'], logger })
            : forge;
        const options = { logger, ignore: settings['ignore-reviewers'], teams };
        if (event.name === 'push') {
            // main moved (a merge, a revert's hold): every open dhow pull request's verdict may have changed.
            const push = event.payload;
            const base = await forge.defaultBranch();
            if (push.ref !== `refs/heads/${base}`) {
                logger.info(`a push to ${push.ref}, not to ${base}: nothing to check`);
                setOutput('state', 'skipped');
                return;
            }
            const open = (await forge.listRequests('open')).filter((r) => r.base === base);
            const verdicts = [];
            for (const request of open)
                verdicts.push(await judgeAndSetStatus(forge, request.id, settings, options));
            setOutput('state', verdicts.every((v) => v.satisfied) ? 'success' : 'failure');
            setOutput('checked', JSON.stringify(verdicts.map((v) => ({ number: Number(v.request.id), state: v.satisfied ? 'success' : 'failure', description: v.description }))));
            summarize(settings, verdicts);
            await summary.write();
            return;
        }
        const pull = event.payload.pull_request;
        setOutput('pull-request-number', String(pull.number));
        if (pull.state !== 'open') {
            logger.info(`#${pull.number} is closed: nothing to check`);
            setOutput('state', 'skipped');
            return;
        }
        let verdict;
        try {
            verdict = await judgeAndSetStatus(forge, String(pull.number), settings, options);
        }
        catch (error) {
            // The event is a snapshot: a request merged or closed since (a revert dhow merged at once, a re-run
            // after the merge) has nothing left to judge, which is no failure of the policy.
            const now = await forge.getRequest(String(pull.number)).catch(() => undefined);
            if (!now || now.state === 'open')
                throw error;
            logger.info(`#${pull.number} is ${now.state} since the event: nothing to check`);
            setOutput('state', 'skipped');
            return;
        }
        const state = verdict.satisfied ? 'success' : 'failure';
        setOutput('state', state);
        setOutput('description', verdict.description);
        setOutput('missing', JSON.stringify(verdict.missing));
        const wanted = settings['auto-merge'] === 'true' ||
            (settings['auto-merge'] === 'policy' && verdict.kind === 'promotion' && Boolean(verdict.environmentPolicy?.['auto-merge']));
        let autoMerged = false;
        if (verdict.satisfied && verdict.kind !== 'other' && wanted) {
            // Not allowed / no rules: the forge warned; the status stands and a person merges.
            const outcome = await forge.enableAutoMerge(verdict.request.id, settings['merge-method']);
            autoMerged = outcome.kind !== 'unavailable';
            if (outcome.kind === 'enabled')
                logger.info(`auto-merge enabled on #${verdict.request.id}`);
            if (outcome.kind === 'merged')
                logger.info(`#${verdict.request.id} could merge at once: merged as ${outcome.sha.slice(0, 12)}`);
        }
        setOutput('auto-merge', String(autoMerged));
        summarize(settings, [verdict]);
        await summary.write();
    });
}


/***/ })

};
