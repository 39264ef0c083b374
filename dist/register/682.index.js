export const id = 682;
export const ids = [682];
export const modules = {

/***/ 7682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kf: () => (/* binding */ MAX_REGISTRY_FILE_BYTES),
  N0: () => (/* binding */ parseRegistryFile),
  Tl: () => (/* binding */ parseYamlStrictly),
  cF: () => (/* binding */ serializeRegistryFile),
  validateRegistryObject: () => (/* binding */ validateRegistryObject)
});

// UNUSED EXPORTS: MAX_YAML_ALIASES, checkRegistryFile, describeProblem

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
function serializeRegistryFile(obj) {
    const kind = obj.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(schemas/* FILE_KINDS */.Rt, kind)) {
        throw new errors/* DhowError */.Bp('invalid-input', `cannot serialize an object of kind ${JSON.stringify(kind ?? null)}`, { field: 'kind' });
    }
    const schema = schemas/* FILE_KINDS */.Rt[kind];
    const parsed = validateRegistryObject(kind, `<${kind}>`, obj);
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


/***/ })

};
