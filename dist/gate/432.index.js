export const id = 432;
export const ids = [432];
export const modules = {

/***/ 6999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony exports streamLogger, recordingLogger */
/**
 * The small logging interface the core takes, so library code never imports @actions/core.
 * The CLI logs to stderr; actions adapt @actions/core to it; tests use a recording logger.
 */
const silentLogger = {
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


/***/ }),

/***/ 7682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kf: () => (/* binding */ MAX_REGISTRY_FILE_BYTES),
  ap: () => (/* binding */ MAX_YAML_ALIASES),
  N0: () => (/* binding */ parseRegistryFile)
});

// UNUSED EXPORTS: checkRegistryFile, describeProblem, parseYamlStrictly, serializeRegistryFile, validateRegistryObject

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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

// EXTERNAL MODULE: ./src/registry/schemas.ts + 1 modules
var schemas = __webpack_require__(9201);
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
function validateRegistryObject(kind, path, value) {
    const schema = FILE_KINDS[kind];
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const [first, ...rest] = result.error.issues;
    const field = (i) => i.path.map(String).join('.') || undefined;
    throw new DhowError('invalid-input', first.message, {
        file: path,
        field: field(first),
        reasons: rest.map((i) => describeProblem({ file: path, field: field(i), message: i.message })),
    });
}
/**
 * Deterministic YAML for a registry object: validated against the schema of its `kind` (nothing invalid
 * is ever written), keys in schema order, record keys sorted, no folded lines.
 */
function serializeRegistryFile(obj) {
    const kind = obj.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(FILE_KINDS, kind)) {
        throw new DhowError('invalid-input', `cannot serialize an object of kind ${JSON.stringify(kind ?? null)}`, { field: 'kind' });
    }
    const schema = FILE_KINDS[kind];
    const parsed = validateRegistryObject(kind, `<${kind}>`, obj);
    const text = stringify(canonical(schema, parsed), { lineWidth: 0, minContentWidth: 0, indentSeq: true, sortMapEntries: false });
    // Nothing is written that could not be read back.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES) {
        throw new DhowError('invalid-input', `the ${kind} file would be ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`, {
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


/***/ }),

/***/ 123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ru: () => (/* binding */ EnvironmentName),
  bt: () => (/* binding */ ModelName),
  gj: () => (/* binding */ VersionName),
  I1: () => (/* binding */ assertName),
  uV: () => (/* binding */ isValidName)
});

// UNUSED EXPORTS: ENVIRONMENT_PATTERN, MAX_NAME_LENGTH, NAME_PATTERN, kubernetesName, kubernetesNameClashes, kubernetesNameTakenBy

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/lazy-schema.ts
/**
 * Schemas built on first use. zod builds a schema's checks and closures when the schema is constructed, so a
 * module that declares its schemas at top level pays for every one of them when it loads, used or not: at an
 * action's start-up that is time on every step (issue 14, test/bench/startup.bench.ts). `lazySchema` defers the
 * construction to the first call and returns the same instance from then on, so zod metadata registered on it
 * (`.meta()`, the JSON Schemas for editors) stays attached to one schema as before.
 */
function lazySchema(build) {
    let schema;
    return () => (schema ??= build());
}

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
function assertName(kind, value, where = {}) {
    const problem = check(kind, value);
    if (problem)
        throw new errors/* DhowError */.Bp('invalid-name', problem, { field: where.field ?? kind, file: where.file });
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
// Built on first use (ModelName() is one schema, always the same): an action that only checks names with
// assertName never pays for zod's construction at start-up.
const ModelName = lazySchema(() => zodName('model'));
const VersionName = lazySchema(() => zodName('version'));
const EnvironmentName = lazySchema(() => zodName('environment'));
/** A Kubernetes object name (RFC 1035 label) from a model name: '.' and '_' become '-'. */
function kubernetesName(model) {
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
        const name = kubernetesName(model);
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
function kubernetesNameTakenBy(model, registered) {
    const name = kubernetesName(model);
    for (const other of registered)
        if (other !== model && kubernetesName(other) === name)
            return other;
    return null;
}


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ modelPath),
/* harmony export */   NZ: () => (/* binding */ versionsDir),
/* harmony export */   bD: () => (/* binding */ releasePath),
/* harmony export */   m5: () => (/* binding */ releasesDir),
/* harmony export */   qW: () => (/* binding */ versionPath),
/* harmony export */   tF: () => (/* binding */ CONFIG_PATH),
/* harmony export */   wr: () => (/* binding */ gateEvidencePath)
/* harmony export */ });
/* unused harmony exports profilePath, deployDir, gateEvidenceDir, promotionBranch, revertBranch, promotionStamp, TRAILERS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(123);
/** Where each file lives in a registry. Every segment is validated before it becomes a path. */


const CONFIG_PATH = 'dhow.yaml';
const modelPath = (model) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/model.yaml`;
const versionsDir = (model) => `models/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/versions`;
const versionPath = (model, version) => `${versionsDir(model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('version', version)}.yaml`;
/** A version's reference profile for drift checks (profile-file.ts). */
const profilePath = (model, version) => `models/${assertName('model', model)}/profiles/${assertName('version', version)}.json`;
const releasesDir = (environment) => `releases/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}`;
const releasePath = (environment, model) => `${releasesDir(environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}.yaml`;
const deployDir = (environment, model) => `deploy/${assertName('environment', environment)}/${assertName('model', model)}`;
/** Gate evidence of one version in one environment (schemas.ts says why it is a file of its own). */
const gateEvidenceDir = (environment) => `gates/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('environment', environment)}`;
const gateEvidencePath = (environment, model, version) => `${gateEvidenceDir(environment)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('model', model)}/${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertName */ .I1)('version', version)}.yaml`;
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
        throw new DhowError('invalid-input', `"${promotedAt}" is not a timestamp`, { field: 'promoted-at' });
    return new Date(ms)
        .toISOString()
        .replace(/\.000Z$/, 'Z')
        .replace(/[-:]/g, '')
        .replace('.', '');
}
/** Commit trailers dhow writes and reads. */
const TRAILERS = {
    model: 'Dhow-Model',
    version: 'Dhow-Version',
    environment: 'Dhow-Environment',
    alert: 'Dhow-Alert',
    revertOf: 'Revert-Of',
    request: 'Dhow-Request',
};


/***/ }),

/***/ 9201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mG: () => (/* binding */ API_VERSION),
  np: () => (/* binding */ Digest),
  Rt: () => (/* binding */ FILE_KINDS),
  Jm: () => (/* binding */ ResidencyPolicy)
});

// UNUSED EXPORTS: AccessPolicy, Artifact, DeployPolicy, Duration, EnvironmentPolicy, GateAttempt, GateEvidenceFile, GateResults, GateSummaryRow, GpuRequirement, Hold, MaterialChangePolicy, ModelFile, Region, RegistryConfig, ReleaseFile, RepositoryRole, RequiredApprovers, ResidencyLocation, RevertPolicy, Reviewers, Timestamp, VersionRecord, defaultRegistryConfig

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/registry/names.ts + 1 modules
var names = __webpack_require__(123);
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
function durationMs(duration) {
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
    stable: (0,names/* VersionName */.gj)(),
    canary: (0,names/* VersionName */.gj)(),
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



const API_VERSION = 'dhow.dev/v1';
const header = (kind) => ({
    apiVersion: schemas/* literal */.euz(API_VERSION),
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
    name: (0,names/* EnvironmentName */.Ru)(),
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
    /** KServe's deployment mode here (absent: serverless). A RawDeployment rollout renders KServe v0.20's named canary (spec.canary). */
    'kserve-mode': schemas/* enum */.k5n(['serverless', 'raw-deployment']).optional(),
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
/**
 * What makes a promotion a material change (QCB: prior approval of material changes to high-risk AI
 * systems), judged by src/policy/material.ts and flagged in the evidence pack's change records. A first
 * release is always material. Absent: retraining on other data or with other parameters is material, a
 * new artifact alone (a re-export) is not, and no metric movement is.
 */
const MaterialChangePolicy = schemas/* object */.Ikc({
    /** Training data that changed (its URI, digest or version) is material. */
    data: schemas/* boolean */.zMY().default(true),
    /** Parameters whose change is material; `*` stands for any parameter. */
    parameters: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default(['*']),
    /** A metric that moves by at least this much, either way, is material (absolute difference). */
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* number */.aig().nonnegative()).default({}),
    /** A new artifact digest is material even when nothing else changed. */
    artifact: schemas/* boolean */.zMY().default(false),
})
    .strict();
const RegistryConfig = schemas/* object */.Ikc({
    ...header('Registry'),
    /** Environments in promotion order: a version reaches environment i only after it ran in i-1. */
    environments: schemas/* array */.YOg(EnvironmentPolicy).min(1),
    /** Registry-wide gate policy (a path in the registry); per-model overrides below. */
    'gate-policy': schemas/* string */.YjP().min(1).optional(),
    models: schemas/* record */.g1P((0,names/* ModelName */.bt)(), schemas/* object */.Ikc({
        'gate-policy': schemas/* string */.YjP().min(1).optional(),
        /** Per-environment rollout policies replacing the environment's own for this model. */
        rollout: schemas/* record */.g1P((0,names/* EnvironmentName */.Ru)(), RolloutPolicy).optional(),
    })
        .strict())
        .default({}),
    residency: ResidencyPolicy.optional(),
    revert: RevertPolicy.default({ mode: 'pull-request', 'event-type': 'dhow-drift-alert' }),
    deploy: DeployPolicy.default({ runtime: 'kserve', namespace: 'models' }),
    /** Reviewer roles and team members on a local registry (ignored on GitHub, which knows both). */
    access: AccessPolicy.optional(),
    /** What makes a promotion a material change (MaterialChangePolicy); absent: its defaults. */
    'material-change': MaterialChangePolicy.optional(),
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
    name: (0,names/* ModelName */.bt)(),
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
    model: (0,names/* ModelName */.bt)(),
    version: (0,names/* VersionName */.gj)(),
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
        /** KServe's predictor minReplicas/maxReplicas; a GPU budget counts max (absent: one replica). */
        replicas: schemas/* object */.Ikc({ min: schemas/* number */.aig().int().min(0).max(1000).default(1), max: schemas/* number */.aig().int().min(1).max(1000) })
            .strict()
            .refine((r) => r.max >= r.min, { message: '"max" must be at least "min"', path: ['max'] })
            .optional(),
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
    version: (0,names/* VersionName */.gj)(),
    reason: schemas/* string */.YjP().min(1).max(2000),
    by: Person,
    at: schemas_Timestamp,
    /** The alert fingerprint, when a drift revert placed the hold. */
    alert: schemas/* string */.YjP().min(1).max(200).optional(),
})
    .strict();
const ReleaseFile = schemas/* object */.Ikc({
    ...header('Release'),
    model: (0,names/* ModelName */.bt)(),
    environment: (0,names/* EnvironmentName */.Ru)(),
    version: (0,names/* VersionName */.gj)(),
    digest: Digest,
    /** The version that ran here before this one. */
    previous: (0,names/* VersionName */.gj)().optional(),
    /** The version a revert goes back to. */
    'last-known-good': (0,names/* VersionName */.gj)().optional(),
    /** Versions that may not be promoted to this environment until a person lifts the hold. */
    holds: schemas/* array */.YOg(Hold).default([]),
    /** When this release was a revert or rollback: the version it replaced. */
    'revert-of': (0,names/* VersionName */.gj)().optional(),
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
    model: (0,names/* ModelName */.bt)(),
    version: (0,names/* VersionName */.gj)(),
    environment: (0,names/* EnvironmentName */.Ru)(),
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
        apiVersion: API_VERSION,
        kind: 'Registry',
        environments: [
            { name: 'dev', approvals: 0 },
            { name: 'staging', approvals: 1 },
            { name: 'production', approvals: 2 },
        ],
    });
}


/***/ })

};
