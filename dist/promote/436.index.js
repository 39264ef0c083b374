export const id = 436;
export const ids = [436];
export const modules = {

/***/ 8436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  requestPromotion: () => (/* binding */ requestPromotion)
});

// UNUSED EXPORTS: DEFAULT_ATTEMPTS, PROMOTION_LABEL, alreadyLive, openPromotion, openRequestOnBranch, refused, rollback, withRetry

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/registry/plain-yaml.ts
/**
 * A plain reader for the YAML dhow writes: block mappings and sequences, `[]` and `{}`, quoted and plain
 * one-line scalars resolved by the YAML 1.2 core schema, full-line comments. It exists for speed (`dhow
 * validate` reads every file of a registry, and the yaml library's lexer and CST cost ~20x what this does)
 * and it is allowed to be wrong only one way: anything it is not certain to read exactly as the yaml
 * library's `parse` would (anchors, tags, block scalars, multi-line scalars, flow collections, odd numbers,
 * duplicate keys, tabs) makes it answer `undefined`, and the caller parses with the yaml library instead.
 */
/** Thrown inside the reader at the first doubt; never escapes it. */
class Doubt {
}
const doubt = () => {
    throw new Doubt();
};
/** The value `yaml.parse(text)` gives when the text is a mapping in the subset above; undefined otherwise. */
function parsePlainYaml(text) {
    if (/[\t\r\uFEFF]/.test(text))
        return undefined;
    const lines = [];
    // Lines by hand rather than split/trimStart/trimEnd (a third of the reader's time): the indent is the run of
    // spaces, and a line that starts or ends with any other whitespace is declined (JavaScript's trim and YAML
    // disagree on what whitespace is).
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        let at = start;
        while (at < end && text.charCodeAt(at) === 0x20)
            at++;
        if (at < end) {
            const first = text.charCodeAt(at);
            if (first !== 0x23 /* # */) {
                if (isOtherSpace(first))
                    return undefined;
                let last = end;
                while (last > at && text.charCodeAt(last - 1) === 0x20)
                    last--;
                if (isOtherSpace(text.charCodeAt(last - 1)))
                    return undefined;
                const indent = at - start;
                if (indent === 0 && (first === 0x2d /* - */ || first === 0x2e /* . */ || first === 0x25) /* % */) {
                    if (text.startsWith('---', at) || text.startsWith('...', at) || first === 0x25)
                        return undefined;
                }
                lines.push({ indent, text: text.slice(at, last) });
            }
        }
        start = end + 1;
    }
    if (lines.length === 0 || lines[0].indent !== 0 || isItem(lines[0].text))
        return undefined;
    try {
        const reader = new Reader(lines);
        const value = reader.mapping(0);
        return reader.at === lines.length ? value : undefined;
    }
    catch (error) {
        if (error instanceof Doubt)
            return undefined;
        throw error;
    }
}
const isItem = (text) => text === '-' || text.startsWith('- ');
/** Whitespace other than the space (and the tab, CR and BOM declined up front) that JavaScript's trim removes. */
function isOtherSpace(c) {
    return ((c >= 0x0a && c <= 0x0d) ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000);
}
/** A key as dhow writes them: a plain name that resolves to a string, or a double-quoted one. */
const KEY = /^(?:([A-Za-z_][A-Za-z0-9_./-]*)|("(?:[^"\\]|\\.)*")):(?: (.*))?$/;
class Reader {
    lines;
    at = 0;
    constructor(lines) {
        this.lines = lines;
    }
    /** The block node whose first line is at `this.at`, indented `indent`. */
    block(indent) {
        const line = this.lines[this.at];
        if (line.indent !== indent)
            doubt();
        if (isItem(line.text))
            return this.sequence(indent);
        if (!KEY.test(line.text))
            doubt(); // a lone scalar on its own line is a multi-line plain scalar or worse
        return this.mapping(indent);
    }
    /** The value after `key:` or `- ` on the line just consumed, with `indent` that line's indent. */
    valueAfter(rest, indent, inSequence) {
        const next = this.lines[this.at];
        if (rest?.startsWith(' '))
            doubt(); // `key:  value`: the yaml library trims it; not worth the doubt
        if (rest === undefined || rest === '') {
            if (next && next.indent > indent)
                return this.block(next.indent);
            // `key:` followed by `- item` at the same indent: a sequence is the key's value (not after `- `).
            if (!inSequence && next && next.indent === indent && isItem(next.text))
                return this.sequence(indent);
            return null;
        }
        // A deeper line after a scalar would continue it over lines: not read here.
        if (next && next.indent > indent)
            doubt();
        return scalar(rest);
    }
    mapping(indent) {
        const map = {};
        while (this.at < this.lines.length) {
            const line = this.lines[this.at];
            if (line.indent < indent)
                break;
            if (line.indent > indent || isItem(line.text)) {
                if (line.indent === indent)
                    break; // `- ` at the same indent ends a mapping that is a sequence item
                doubt();
            }
            const m = KEY.exec(line.text) ?? doubt();
            const key = m[1] !== undefined ? plainKey(m[1]) : quoted(m[2]);
            if (key === '__proto__' || Object.hasOwn(map, key))
                doubt();
            this.at++;
            map[key] = this.valueAfter(m[3], indent, false);
        }
        return map;
    }
    sequence(indent) {
        const items = [];
        while (this.at < this.lines.length) {
            const line = this.lines[this.at];
            if (line.indent !== indent || !isItem(line.text)) {
                if (line.indent > indent)
                    doubt();
                break;
            }
            const rest = line.text === '-' ? '' : line.text.slice(2);
            const body = rest.trimStart();
            if (body !== '' && (KEY.test(body) || isItem(body))) {
                // `- key: value` (or `- - x`): the item is a block whose first line starts after the dash.
                this.lines[this.at] = { indent: indent + 2 + (rest.length - body.length), text: body };
                items.push(this.block(this.lines[this.at].indent));
            }
            else {
                this.at++;
                items.push(this.valueAfter(body, indent, true));
            }
        }
        return items;
    }
}
function plainKey(key) {
    // A key the core schema resolves to null or a boolean is not a string key.
    if (/^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(key))
        doubt();
    return key;
}
/** A one-line scalar: `[]`, `{}`, a quoted string, or a plain scalar resolved by the core schema. */
function scalar(text) {
    if (text === '[]')
        return [];
    if (text === '{}')
        return {};
    if (text.startsWith('"'))
        return quoted(text);
    if (text.startsWith("'")) {
        if (!/^'(?:[^']|'')*'$/.test(text))
            doubt();
        return text.slice(1, -1).replaceAll("''", "'");
    }
    return plain(text);
}
/** A double-quoted string with JSON's escapes only (YAML has more; those are left to the yaml library). */
function quoted(text) {
    if (!/^"(?:[^"\\]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/.test(text))
        doubt();
    return JSON.parse(text);
}
function plain(text) {
    // Most values start with a letter (names, URIs, digests): no core-schema number does, and the only words
    // resolved otherwise are null, true and false in their three spellings. The same answers as below, sooner.
    const first = text.charCodeAt(0);
    if ((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a)) {
        if (text.includes(': ') || text.endsWith(':') || text.includes(' #'))
            doubt();
        if (text.length === 4 || text.length === 5) {
            if (/^(?:[Nn]ull|NULL)$/.test(text))
                return null;
            if (/^(?:[Tt]rue|TRUE)$/.test(text))
                return true;
            if (/^(?:[Ff]alse|FALSE)$/.test(text))
                return false;
        }
        return text;
    }
    // Indicators that start something other than a plain scalar, and sequences that end one early.
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/^-[0-9]/.test(text))
        doubt();
    if (/: |:$| #/.test(text))
        doubt();
    if (/^(?:~|[Nn]ull|NULL)$/.test(text))
        return null;
    if (/^(?:[Tt]rue|TRUE)$/.test(text))
        return true;
    if (/^(?:[Ff]alse|FALSE)$/.test(text))
        return false;
    if (/^-?(?:0|[1-9][0-9]{0,14})$/.test(text))
        return Number(text);
    if (/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+(?:e[-+]?[0-9]+)?|e[-+]?[0-9]+)$/.test(text))
        return parseFloat(text);
    // Every other spelling the core schema reads as a number (`+1`, `0x1F`, `0o7`, `.5`, `1.`, `1E3`, `.inf`,
    // long integers) is left to the yaml library.
    if (/^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$/.test(text) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text) ||
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
        doubt();
    }
    return text;
}

// EXTERNAL MODULE: ./src/registry/schemas.ts
var schemas = __webpack_require__(9843);
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
 * takes. The yaml library's lexer and CST parser are ~200 us of a ~210 us check (zod ~12 us), so the YAML dhow
 * writes is read by the plain reader (src/registry/plain-yaml.ts); what it declines, the yaml library reads.
 */
function acceptQuickly(kind, text) {
    if (Buffer.byteLength(text, 'utf8') > MAX_REGISTRY_FILE_BYTES || text.includes('\uFFFD'))
        return undefined;
    let data = parsePlainYaml(text);
    if (data === undefined) {
        const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true });
        if (doc.errors.length > 0 || doc.warnings.length > 0)
            return undefined;
        try {
            data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
        }
        catch {
            return undefined;
        }
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data) || data.kind !== kind)
        return undefined;
    const result = schemas/* FILE_KINDS */.Rt[kind].safeParse(data);
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
    const schema = schemas/* FILE_KINDS */.Rt[kind];
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
    throw new errors/* DhowError */.Bp('invalid-input', first.message, {
        file: path,
        field: first.field,
        line: first.line,
        reasons: rest.map(describeProblem),
    });
}
/** Validates an object about to be written; the same DhowError as parseRegistryFile, without lines. */
function files_validateRegistryObject(kind, path, value) {
    const schema = schemas/* FILE_KINDS */.Rt[kind];
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const [first, ...rest] = result.error.issues;
    const field = (i) => i.path.map(String).join('.') || undefined;
    throw new errors/* DhowError */.Bp('invalid-input', first.message, {
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
    if (typeof kind !== 'string' || !Object.hasOwn(schemas/* FILE_KINDS */.Rt, kind)) {
        throw new errors/* DhowError */.Bp('invalid-input', `cannot serialize an object of kind ${JSON.stringify(kind ?? null)}`, { field: 'kind' });
    }
    const schema = schemas/* FILE_KINDS */.Rt[kind];
    const parsed = files_validateRegistryObject(kind, `<${kind}>`, obj);
    const text = (0,dist/* stringify */.As)(canonical(schema, parsed), { lineWidth: 0, minContentWidth: 0, indentSeq: true, sortMapEntries: false });
    // Nothing is written that could not be read back.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES) {
        throw new errors/* DhowError */.Bp('invalid-input', `the ${kind} file would be ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`, {
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

// EXTERNAL MODULE: ./src/registry/names.ts
var registry_names = __webpack_require__(1815);
;// CONCATENATED MODULE: ./src/registry/paths.ts
/** Where each file lives in a registry. Every segment is validated before it becomes a path. */


const paths_CONFIG_PATH = 'dhow.yaml';
const paths_modelPath = (model) => `models/${(0,registry_names/* assertName */.I1)('model', model)}/model.yaml`;
const versionsDir = (model) => `models/${(0,registry_names/* assertName */.I1)('model', model)}/versions`;
const paths_versionPath = (model, version) => `${versionsDir(model)}/${(0,registry_names/* assertName */.I1)('version', version)}.yaml`;
/** A version's reference profile for drift checks (profile-file.ts). */
const paths_profilePath = (model, version) => `models/${assertName('model', model)}/profiles/${assertName('version', version)}.json`;
const releasesDir = (environment) => `releases/${(0,registry_names/* assertName */.I1)('environment', environment)}`;
const releasePath = (environment, model) => `${releasesDir(environment)}/${(0,registry_names/* assertName */.I1)('model', model)}.yaml`;
const deployDir = (environment, model) => `deploy/${(0,registry_names/* assertName */.I1)('environment', environment)}/${(0,registry_names/* assertName */.I1)('model', model)}`;
/** Gate evidence of one version in one environment (schemas.ts says why it is a file of its own). */
const gateEvidenceDir = (environment) => `gates/${(0,registry_names/* assertName */.I1)('environment', environment)}`;
const paths_gateEvidencePath = (environment, model, version) => `${gateEvidenceDir(environment)}/${(0,registry_names/* assertName */.I1)('model', model)}/${(0,registry_names/* assertName */.I1)('version', version)}.yaml`;
/** Deterministic branch names, one per purpose. */
const promotionBranch = (environment, model) => `dhow/promote/${(0,registry_names/* assertName */.I1)('environment', environment)}/${(0,registry_names/* assertName */.I1)('model', model)}`;
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
        throw new DhowError('invalid-input', `"${promotedAt}" is not a timestamp`, { field: 'promoted-at' });
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
class store_RegistryReader {
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
            throw new errors/* DhowError */.Bp('not-found', `${forge.description} has no branch ${name}: is it a dhow registry? ("dhow init" creates one)`);
        return new store_RegistryReader(forge, head);
    }
    config() {
        this.configCache ??= this.read('Registry', paths_CONFIG_PATH).then((config) => {
            if (!config)
                throw new errors/* DhowError */.Bp('not-found', `${paths_CONFIG_PATH} is missing in ${this.forge.description}: is it a dhow registry? ("dhow init" creates one)`);
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
            body: c.body,
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
            if (!(0,registry_names/* isValidName */.uV)(kind, name)) {
                throw new errors/* DhowError */.Bp('invalid-input', `"${entry}" is not a valid ${kind} file name (run dhow validate)`, { file: `${dir}/${entry}` });
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
    const profileFile = options.profile === undefined ? undefined : profilePath(valid.model, valid.version);
    if (options.profile) {
        const [problem] = await checkProfileText(options.profile.file, options.profile.text);
        if (problem)
            throw new DhowError('invalid-input', problem.message, { file: problem.file, field: problem.field });
    }
    const branch = await forge.defaultBranch();
    const attempts = options.attempts ?? 40;
    for (let attempt = 1;; attempt++) {
        const reader = await store_RegistryReader.open(forge, branch);
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
        const profile = options.profile && profileFile ? decideProfile(await reader.readText(profileFile), options.profile.text) : undefined;
        if (profile?.kind === 'refused')
            throw new DhowError('refused', profile.reason, { file: profileFile });
        const profileResult = profile && profileFile ? { profile: { operation: profile.kind === 'write' ? 'recorded' : 'unchanged', path: profileFile } } : {};
        if (existing) {
            logger.info(`${valid.model} ${valid.version} is already registered with identical content: nothing to do`);
            if (evidence)
                logger.info(evidence.result.message);
            if (!evidence?.content && profile?.kind !== 'write')
                return { operation: 'unchanged', path, commit: reader.ref, modelCreated: false, ...profileResult, ...(evidence ? { evidence: evidence.result } : {}) };
        }
        const changes = existing ? [] : [{ path, content }];
        if (evidence?.content)
            changes.push({ path: evidence.result.path, content: evidence.content });
        if (profile?.kind === 'write' && profileFile)
            changes.push({ path: profileFile, content: profile.content });
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
                    ? evidence?.content
                        ? `Record the gate results of ${valid.model} ${valid.version} in ${environment}`
                        : `Record the reference profile of ${valid.model} ${valid.version}`
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
                ...profileResult,
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
        const reader = await store_RegistryReader.open(forge, branch);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/registry/rollout-render.ts
/**
 * What a rollout under way changes in the rendered KServe InferenceService, in the environment's KServe mode.
 *
 * Serverless (Knative): the predictor points at the canary's artifact (the release's version) and
 * `canaryTrafficPercent` sends that share of traffic to it, KServe keeping the rest on the last revision that
 * had all traffic; removing the field promotes. 0% is a blue-green preview. Tag routing gives the canary and
 * the stable revision their own URLs so each can be analysed on its own.
 * Docs: https://kserve.github.io/website/docs/model-serving/predictive-inference/rollout-strategies/canary
 *
 * RawDeployment (KServe's Standard mode, v0.20 and later): there are no revisions, so the predictor stays the
 * stable version and the canary is one named entry of `spec.canary` (its predictor's `name` makes its own
 * Deployment and Service, `<isvc>-<name>-predictor`) with `trafficPercent`; KServe weights the route (Gateway
 * API HTTPRoute backendRefs, or an OpenShift Route's alternateBackends) once the canary is ready. A promotion
 * drops the entry and points the predictor at the canary's artifact (the stable Deployment rolls to it); an
 * abort drops the entry (KServe deletes the canary's Deployment). Source: kserve/kserve
 * pkg/apis/serving/v1beta1/inference_service.go (CanarySpec) and inference_service_validation.go
 * (validateCanarySpecs), added by kserve/kserve#5672.
 * Imports only registry types and the kernel, so it can move with the renderer.
 */



/** KServe's annotation that exposes the latest and previous revisions at tagged URLs (latest-…, prev-…). */
const TAG_ROUTING_ANNOTATION = 'serving.kserve.io/enable-tag-routing';
function withRolloutAnnotations(service, annotations) {
    const metadata = service.metadata;
    return { ...service, metadata: { ...metadata, annotations: { ...metadata.annotations, ...annotations } } };
}
/** Serverless: the InferenceService with the release's rollout applied (unchanged when no rollout is under way). */
function withRolloutTraffic(release, service) {
    const rollout = release.rollout;
    if (!rollout)
        return service;
    const spec = service.spec;
    const annotated = withRolloutAnnotations(service, {
        [TAG_ROUTING_ANNOTATION]: 'true',
        'dhow.dev/rollout': rollout.strategy,
        'dhow.dev/stable-version': rollout.stable,
    });
    return { ...annotated, spec: { ...spec, predictor: { ...spec.predictor, canaryTrafficPercent: rollout.weight } } };
}
/** KServe's name for the model server's container (pkg/constants InferenceServiceContainerName). */
const MODEL_CONTAINER = 'kserve-container';
/** KServe's pattern for a predictor's name (the CRD's `predictor.name`): a DNS-1035 label. */
const PREDICTOR_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** Kubernetes Service names are DNS-1035 labels of at most 63 characters. */
const SERVICE_NAME_LENGTH = 63;
/**
 * The canary predictor's name for a version: `v` and the version with dots and underscores as dashes
 * (1.4.0 -> v1-4-0), so `kubectl get deploy` says which version runs. When that would make the canary's
 * Service name (`<isvc>-<name>-predictor`) longer than Kubernetes allows, a short digest of the version.
 */
function canaryPredictorName(service, version) {
    const readable = `v${version.replace(/[._]/g, '-')}`.replace(/-+$/, '');
    if (PREDICTOR_NAME.test(readable) && `${service}-${readable}-predictor`.length <= SERVICE_NAME_LENGTH)
        return readable;
    return `v-${(0,external_node_crypto_.createHash)('sha256').update(version).digest('hex').slice(0, 8)}`;
}
/**
 * RawDeployment: the InferenceService whose predictor is the stable version's and whose one named canary is
 * the release's version at the rollout's weight. `stable` is the predictor rendered from the stable version's
 * record; `canary` the one rendered from the release's version.
 */
function withRawCanary(release, service, predictors) {
    const rollout = release.rollout;
    if (!rollout)
        return service;
    if (!predictors.stable) {
        throw new errors/* DhowError */.Bp('not-found', `cannot render the RawDeployment canary of ${release.model}: the version record of the stable version ${rollout.stable} is missing`, {
            file: releasePath(release.environment, release.model),
            field: 'rollout.stable',
        });
    }
    const metadata = service.metadata;
    const spec = service.spec;
    // KServe refuses autoscaling on a canary (fixed replicas: minReplicas, or the stable's share by weight) and
    // a minReplicas above the stable's (absent: 1).
    const { minReplicas: _min, maxReplicas: _max, ...canary } = predictors.canary;
    // The canary's model is a whole container spec in KServe's CRD, whose `name` it requires (the stable
    // predictor's is relaxed); KServe's model server container is named kserve-container.
    const model = { name: MODEL_CONTAINER, ...canary.model };
    const stableMin = typeof predictors.stable.minReplicas === 'number' ? predictors.stable.minReplicas : 1;
    // At 0% (a blue-green preview) KServe's share by weight is no pod at all: one replica to analyse, if the stable allows it.
    const preview = rollout.weight === 0 && stableMin >= 1 ? { minReplicas: 1 } : {};
    const annotated = withRolloutAnnotations(service, { 'dhow.dev/rollout': rollout.strategy, 'dhow.dev/stable-version': rollout.stable });
    return {
        ...annotated,
        spec: {
            ...spec,
            predictor: predictors.stable,
            canary: [{ predictor: { name: canaryPredictorName(metadata.name, rollout.canary), ...canary, model, ...preview }, trafficPercent: rollout.weight }],
        },
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

/** The predictor of one version: its model (format, runtime, artifact, resources), replicas and GPU product. */
function predictorFor(record) {
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
    if (serving.replicas)
        Object.assign(predictor, { minReplicas: serving.replicas.min, maxReplicas: serving.replicas.max });
    if (serving.gpu?.product)
        predictor.nodeSelector = { 'nvidia.com/gpu.product': serving.gpu.product };
    return predictor;
}
/** Whether rendering this release needs the record of its rollout's stable version (a RawDeployment canary runs both). */
function rendersStableVersion(release, config) {
    return release.rollout !== undefined && config.environments.find((e) => e.name === release.environment)?.['kserve-mode'] === 'raw-deployment';
}
/**
 * The InferenceService of a release. `stable` is the record of the rollout's stable version, which a
 * RawDeployment environment renders beside the canary (see rendersStableVersion); Serverless needs only `record`.
 */
function renderInferenceService(release, record, config, stable) {
    const environment = config.environments.find((e) => e.name === release.environment);
    const namespace = environment?.namespace ?? config.deploy.namespace;
    const raw = environment?.['kserve-mode'] === 'raw-deployment';
    const predictor = predictorFor(record);
    const service = {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: {
            name: (0,registry_names/* kubernetesName */.gg)(release.model),
            namespace,
            labels: {
                'app.kubernetes.io/name': (0,registry_names/* kubernetesName */.gg)(release.model),
                'app.kubernetes.io/version': release.version,
                'app.kubernetes.io/managed-by': 'dhow',
                'dhow.dev/model': release.model,
                'dhow.dev/version': release.version,
                'dhow.dev/environment': release.environment,
            },
            annotations: {
                // https://kserve.github.io/website/docs/admin-guide/kubernetes-deployment: the mode is chosen per InferenceService.
                ...(raw ? { 'serving.kserve.io/deploymentMode': 'RawDeployment' } : {}),
                'dhow.dev/artifact-digest': record.artifact.digest,
                ...(release['revert-of'] ? { 'dhow.dev/revert-of': release['revert-of'] } : {}),
            },
        },
        spec: { predictor },
    };
    // A rollout under way sends only its weight to this version (rollout-render.ts), the way the KServe mode allows.
    if (raw)
        return withRawCanary(release, service, { canary: predictor, ...(stable ? { stable: predictorFor(stable) } : {}) });
    return withRolloutTraffic(release, service);
}
/** Every file of deploy/<environment>/<model>/ for a release, as file changes (deterministic YAML) a Forge commits. */
function renderDeployManifests(release, record, config, stable) {
    const header = `# Rendered by dhow from releases/${release.environment}/${release.model}.yaml: do not edit by hand.\n`;
    return [
        {
            path: `${deployDir(release.environment, release.model)}/${INFERENCE_SERVICE_FILE}`,
            content: header + (0,dist/* stringify */.As)(renderInferenceService(release, record, config, stable), { lineWidth: 0 }),
        },
    ];
}

;// CONCATENATED MODULE: ./src/rollout/gpu-budget.ts
const NO_GPU = { gpus: 0, mig: {} };
function gpuDemandOf(record) {
    const gpu = record.serving.gpu;
    if (!gpu || gpu.count === 0)
        return NO_GPU;
    const replicas = record.serving.replicas?.max ?? 1;
    const profile = gpu['mig-profile'];
    const demand = profile ? { gpus: 0, mig: { [profile]: gpu.count * replicas } } : { gpus: gpu.count * replicas, mig: {} };
    return replicas === 1 ? demand : { ...demand, replicas };
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
    // "(3 replicas of 2)": how many the canary can scale to, and what each takes.
    const counted = (total) => (adds.replicas ? ` (${adds.replicas} replicas of ${total / adds.replicas})` : '');
    if (budget.gpus !== undefined && adds.gpus > 0 && inUse.gpus + adds.gpus > budget.gpus) {
        const need = inUse.gpus + adds.gpus;
        reasons.push(`the canary adds ${plural(adds.gpus, 'GPU', 'GPUs')}${counted(adds.gpus)} to the ${inUse.gpus} ${environment} uses: ${need} is over its budget of ${budget.gpus} by ${need - budget.gpus}`);
    }
    for (const [profile, count] of Object.entries(adds.mig)) {
        const limit = budget.mig?.[profile];
        if (limit === undefined)
            continue;
        const used = inUse.mig[profile] ?? 0;
        if (used + count > limit) {
            reasons.push(`the canary adds ${plural(count, `${profile} MIG slice`, `${profile} MIG slices`)}${counted(count)} to the ${used} ${environment} uses: ${used + count} is over its budget of ${limit} by ${used + count - limit}`);
        }
    }
    return reasons;
}

// EXTERNAL MODULE: ./src/registry/rollout-schemas.ts
var rollout_schemas = __webpack_require__(6039);
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
        return { weight: 0, soakMs: (0,rollout_schemas/* durationMs */.pc)(policy.preview ?? '1s'), last: true };
    if (strategy === 'ab')
        return { weight: policy.ab?.weight ?? 50, soakMs: policy.ab ? (0,rollout_schemas/* durationMs */.pc)(policy.ab.duration) : 0, last: true };
    const steps = policy.steps ?? [];
    const current = steps[Math.min(step, steps.length - 1)];
    return { weight: current?.weight ?? 0, soakMs: step < steps.length && current ? (0,rollout_schemas/* durationMs */.pc)(current.soak) : 0, last: step >= steps.length - 1 };
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

const ALL_AT_ONCE = rollout_schemas/* RolloutPolicy */.m4.parse({});
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
    // A rollout that keeps its stable version beside the canary (RawDeployment) renders both.
    const manifests = renderDeployManifests(release, record, policy, release.rollout ? state.versions[release.rollout.stable] : undefined);
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
    const owner = (0,registry_names/* kubernetesNameTakenBy */.g$)(model, state.modelsIn?.[environment] ?? []);
    if (owner) {
        reasons.push(`model "${model}" would deploy in ${environment} as the Kubernetes object "${(0,registry_names/* kubernetesName */.gg)(model)}", which model "${owner}" already uses there: rename one of them`);
    }
    if (reasons.length > 0)
        return { ok: false, reasons };
    const release = {
        apiVersion: schemas/* API_VERSION */.mG,
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
function plan_planRollback(state, model, environment, options) {
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
        apiVersion: API_VERSION,
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


async function state_loadModelState(reader, model, options = {}) {
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
    // A RawDeployment rollout renders its stable version beside the canary: the version running there now (a
    // rollout's stable is the version it starts beside, or the one it keeps). One more read, for these only.
    const stableOf = deployEnvs
        .filter((env) => config.environments.find((e) => e.name === env)?.['kserve-mode'] === 'raw-deployment')
        .map((env) => releases[envs.indexOf(env)])
        .flatMap((r) => (r ? [r.rollout?.stable ?? r.version] : []))
        .filter((v) => !versions[v]);
    for (const record of await Promise.all([...new Set(stableOf)].map((v) => reader.version(model, v))))
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
    return [...models].filter((m) => (0,registry_names/* isValidName */.uV)('model', m)).sort();
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

;// CONCATENATED MODULE: ./src/rollout/gpu-usage.ts

async function environmentGpuInUse(reader, environment, promoting) {
    const releases = await reader.listReleases(environment);
    const running = releases.flatMap((r) => {
        if (r.model === promoting)
            return [[r.model, r.rollout?.stable ?? r.version]];
        return r.rollout ? [[r.model, r.version], [r.model, r.rollout.stable]] : [[r.model, r.version]];
    });
    const records = await Promise.all(running.map(([model, version]) => reader.version(model, version)));
    return addDemands(...records.flatMap((record) => (record ? [gpuDemandOf(record)] : [])));
}

;// CONCATENATED MODULE: ./src/promote/execute.ts
/**
 * Carrying out promotions, merges and rollbacks through a Forge: read a snapshot, plan purely, write with
 * compare-and-swap, and on a lost race read again and re-plan (never write a plan made on a stale state).
 */








/** The label of every dhow promotion request, beside env:<environment>. */
const PROMOTION_LABEL = 'dhow';
/**
 * Attempts when the registry moves under a writer. Each lost race means another writer landed, so N writers
 * at once finish within N attempts in the worst case; 40 covers a crowd, and the backoff spreads them out.
 */
const DEFAULT_ATTEMPTS = 40;
async function withRetry(what, attempts, logger, fn) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (error) {
            if (!(error instanceof errors/* DhowError */.Bp && error.code === 'conflict') || attempt >= attempts)
                throw error;
            logger.debug(`${what}: the registry moved (${error.message}); reading it again (attempt ${attempt + 1})`);
            // Exponential backoff with full jitter (capped at 2 s): writers that collided do not collide again in step.
            await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 10))));
        }
    }
}
function refused(what, reasons) {
    return new errors/* DhowError */.Bp('refused', `${what} refused`, { reasons });
}
/**
 * Opens (or updates) the request of a branch this run wrote. When the forge refuses the request itself (a
 * repository setting, a missing permission: GITHUB_TOKEN where Actions may not open pull requests) and
 * this run created the branch, the branch is deleted again, so a refused run leaves nothing that looks
 * like a request in progress. A lost race keeps the branch: the run re-plans on top of it.
 */
async function openRequestOnBranch(forge, input, wrote, logger) {
    try {
        return await forge.openOrUpdateRequest(input);
    }
    catch (error) {
        const race = error instanceof errors/* DhowError */.Bp && error.code === 'conflict';
        if (wrote.createdBranch && !race && (await forge.branchHead(input.branch).catch(() => null)) === wrote.sha) {
            await forge.deleteBranch(input.branch).catch((cleanup) => {
                logger.warning(`could not delete ${input.branch} after the request was refused: ${cleanup instanceof Error ? cleanup.message : String(cleanup)}`);
            });
        }
        throw error;
    }
}
/**
 * Opens (or updates) the promotion request of `version` to `environment`: one request per model and
 * environment, on branch dhow/promote/<env>/<model>, holding exactly one commit on the current default
 * branch. Running it again with nothing new is a no-op (`operation: 'none'`). A version that already runs
 * in the environment is refused: there is no request to open. The CLI and the action call requestPromotion.
 */
async function openPromotion(forge, input, options) {
    const outcome = await requestPromotion(forge, input, options);
    if (outcome.live)
        throw refused(`promotion of ${input.model} ${input.version} to ${input.environment}`, [outcome.message]);
    return outcome;
}
/** The title (and commit subject) of a promotion request: how a merged one is recognised later. */
const promotionTitle = (model, version, environment) => `Promote ${model} ${version} to ${environment}`;
/** Whether `version` is what runs in `environment` now: then a promotion has nothing to do. */
function alreadyLive(release, version) {
    return release?.version === version;
}
/**
 * openPromotion for workflows that run again: promote.yml's promote job re-run after its request was
 * merged (or `dhow promote` in an idempotent script) finds the version live and does nothing, naming the
 * merged request when the forge finds it, instead of being refused.
 */
async function requestPromotion(forge, input, options) {
    const logger = options.logger ?? logger_silentLogger;
    const { model, version, environment } = input;
    const branch = promotionBranch(environment, model);
    let created = false;
    return withRetry(`promote ${model} ${version} to ${environment}`, options.attempts ?? DEFAULT_ATTEMPTS, logger, async () => {
        // Read together: a forge that batches (github) answers the default branch with its head and dhow.yaml,
        // the promotion branch and its open request in one round trip, and the model's state in a second.
        const [base, branchHead, existing] = await Promise.all([forge.defaultBranch(), forge.branchHead(branch), forge.findRequest(branch, { state: 'open' })]);
        const reader = await store_RegistryReader.open(forge, base);
        const config = await reader.config();
        const envs = config.environments.map((e) => e.name);
        const before = environmentBefore(envs, environment);
        const [state, onBranch] = await Promise.all([
            state_loadModelState(reader, model, { versions: [version], historyOf: before ? [before] : [], deployOf: [environment] }),
            branchHead && existing ? readOnBranch(forge, branchHead, environment, model) : null,
        ]);
        const live = state.releases[environment];
        if (alreadyLive(live, version)) {
            // The newest merged request of the branch, if it carried this very version (the branch is reused by later promotions).
            const merged = await forge.findRequest(branch, { state: 'merged' });
            const request = merged && merged.title === promotionTitle(model, version, environment) ? merged : null;
            const message = `${model} ${version} already runs in ${environment}: nothing to do`;
            logger.debug(request ? `${message} (merged in ${request.url ?? `request ${request.id}`})` : message);
            return { live: true, operation: 'none', release: live, request, message };
        }
        // Keep the promotion time of an otherwise identical request, so a repeated promote changes nothing.
        let at = options.at ?? new Date().toISOString();
        let by = options.by;
        if (onBranch?.version === version) {
            at = onBranch['promoted-at'];
            by = onBranch['promoted-by'];
        }
        const budgeted = config.environments.find((e) => e.name === environment)?.['gpu-budget'];
        const gpuInUse = budgeted ? await environmentGpuInUse(reader, environment, model) : undefined;
        const plan = planPromotion(gpuInUse ? { ...state, gpuInUse } : state, model, version, environment, config, { by, at });
        if (!plan.ok)
            throw refused(`promotion of ${model} ${version} to ${environment}`, plan.reasons);
        const trailers = { [paths_TRAILERS.model]: model, [paths_TRAILERS.version]: version, [paths_TRAILERS.environment]: environment };
        const commit = await forge.commitFiles({
            branch,
            expectedHead: branchHead,
            from: reader.ref,
            parent: reader.ref,
            changes: plan.changes,
            message: promotionTitle(model, version, environment),
            trailers,
        });
        const envPolicy = config.environments.find((e) => e.name === environment);
        const title = promotionTitle(model, version, environment);
        const body = promotionBody(plan.release, envPolicy.approvals, before);
        const opened = await openRequestOnBranch(forge, { branch, base, title, body, labels: [PROMOTION_LABEL, `env:${environment}`], reviewers: envPolicy.reviewers, author: options.by, existing }, { createdBranch: branchHead === null, sha: commit.sha }, logger);
        created ||= opened.operation === 'created'; // kept across a retry below
        if (opened.request.headSha !== commit.sha) {
            // Another run moved the branch after we wrote it: its request text may not match the branch. Re-plan.
            throw new errors/* DhowError */.Bp('conflict', `${branch} moved to ${opened.request.headSha.slice(0, 8)} while its request was being updated`);
        }
        // Another promoter may have moved the branch between our commit and the request update: then the
        // request's title would not describe its content. Re-plan and write again (the last writer wins whole).
        // A run that wrote nothing leaves consistency to the writer (and keeps an unchanged re-run read-only and cheap).
        // A request this run just created took its head from the branch as it was then (checked above), and a
        // writer that moves the branch later updates the request itself: only an update, whose head GitHub
        // refreshes after a push, needs the branch read again.
        const wrote = commit.changed || opened.operation !== 'none';
        if (wrote && opened.operation !== 'created' && (await forge.branchHead(branch)) !== commit.sha) {
            throw new errors/* DhowError */.Bp('conflict', `${branch} moved while its request was being updated`);
        }
        const operation = created ? 'created' : commit.changed || opened.operation === 'updated' ? 'updated' : 'none';
        logger.debug(`request ${opened.request.id}: ${operation}`);
        return { live: false, request: opened.request, operation, release: plan.release };
    });
}
/**
 * The release file on an open request's branch, read with the model's state. The deploy listing lets a
 * forge compare the planned files with the branch without reading them again.
 */
async function readOnBranch(forge, head, environment, model) {
    const [text] = await Promise.all([forge.readFile(releasePath(environment, model), head), forge.listDirectory(deployDir(environment, model), head)]);
    return text ? parseRegistryFile('Release', releasePath(environment, model), text) : null;
}
function promotionBody(release, approvals, before) {
    const lines = [
        `Promotes **${release.model} ${release.version}** (\`${release.digest}\`) to **${release.environment}**.`,
        '',
        `- replaces: ${release.previous ?? 'nothing (first release here)'}`,
        `- last known good after merge: ${release['last-known-good'] ?? 'none'}`,
        before ? `- ran in ${before} before` : '- first environment in the promotion order',
        `- needs ${approvals} approval${approvals === 1 ? '' : 's'} from reviewers other than the author`,
        ...(release.rollout
            ? [
                `- after merge: a ${release.rollout.strategy} rollout beside ${release.rollout.stable}, starting at ${release.rollout.weight}% of traffic (dhow rollout step)`,
            ]
            : []),
    ];
    return lines.join('\n');
}
/** Rolls an environment back (default: to its last known good) with one direct commit carrying Revert-Of. */
async function rollback(forge, input, options) {
    const logger = options.logger ?? silentLogger;
    const { model, environment } = input;
    return withRetry(`roll back ${model} in ${environment}`, options.attempts ?? DEFAULT_ATTEMPTS, logger, async () => {
        const branch = await forge.defaultBranch();
        const reader = await RegistryReader.open(forge, branch);
        // The release file comes with the state; only a default target (its last-known-good) needs one more read.
        const loaded = await loadModelState(reader, model, { versions: input.to ? [input.to] : [], historyOf: [environment], deployOf: [environment] });
        const target = input.to ?? loaded.releases[environment]?.['last-known-good'];
        const record = target && !input.to ? await reader.version(model, target) : null;
        const state = record ? { ...loaded, versions: { ...loaded.versions, [record.version]: record } } : loaded;
        const plan = planRollback(state, model, environment, { ...input, by: options.by, at: options.at ?? new Date().toISOString() });
        if (!plan.ok)
            throw refused(`rollback of ${model} in ${environment}`, plan.reasons);
        const { sha } = await forge.commitFiles({
            branch,
            expectedHead: reader.ref,
            changes: plan.changes,
            message: `Roll back ${model} in ${environment} to ${plan.release.version}\n\n${input.reason}`,
            trailers: {
                [TRAILERS.model]: model,
                [TRAILERS.version]: plan.release.version,
                [TRAILERS.environment]: environment,
                [TRAILERS.revertOf]: plan.release['revert-of'],
            },
        });
        return { sha, release: plan.release };
    });
}


/***/ })

};
