/**
 * A plain reader for the YAML dhow writes: block mappings and sequences, `[]` and `{}`, quoted and plain
 * one-line scalars resolved by the YAML 1.2 core schema, full-line comments. It exists for speed (`dhow
 * validate` reads every file of a registry, and the yaml library's lexer and CST cost ~20x what this does)
 * and it is allowed to be wrong only one way: anything it is not certain to read exactly as the yaml
 * library's `parse` would (anchors, tags, block scalars, multi-line scalars, flow collections, odd numbers,
 * duplicate keys, tabs) makes it answer `undefined`, and the caller parses with the yaml library instead.
 */

interface Line {
  indent: number;
  text: string;
}

/** Thrown inside the reader at the first doubt; never escapes it. */
class Doubt {}
const doubt = (): never => {
  throw new Doubt();
};

/** The value `yaml.parse(text)` gives when the text is a mapping in the subset above; undefined otherwise. */
export function parsePlainYaml(text: string): Record<string, unknown> | undefined {
  if (/[\t\r\uFEFF]/.test(text)) return undefined;
  const lines: Line[] = [];
  // Lines by hand rather than split/trimStart/trimEnd (a third of the reader's time): the indent is the run of
  // spaces, and a line that starts or ends with any other whitespace is declined (JavaScript's trim and YAML
  // disagree on what whitespace is).
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let at = start;
    while (at < end && text.charCodeAt(at) === 0x20) at++;
    if (at < end) {
      const first = text.charCodeAt(at);
      if (first !== 0x23 /* # */) {
        if (isOtherSpace(first)) return undefined;
        let last = end;
        while (last > at && text.charCodeAt(last - 1) === 0x20) last--;
        if (isOtherSpace(text.charCodeAt(last - 1))) return undefined;
        const indent = at - start;
        if (indent === 0 && (first === 0x2d /* - */ || first === 0x2e /* . */ || first === 0x25) /* % */) {
          if (text.startsWith('---', at) || text.startsWith('...', at) || first === 0x25) return undefined;
        }
        lines.push({ indent, text: text.slice(at, last) });
      }
    }
    start = end + 1;
  }
  if (lines.length === 0 || lines[0]!.indent !== 0 || isItem(lines[0]!.text)) return undefined;
  try {
    const reader = new Reader(lines);
    const value = reader.mapping(0);
    return reader.at === lines.length ? value : undefined;
  } catch (error) {
    if (error instanceof Doubt) return undefined;
    throw error;
  }
}

const isItem = (text: string) => text === '-' || text.startsWith('- ');

/** Whitespace other than the space (and the tab, CR and BOM declined up front) that JavaScript's trim removes. */
function isOtherSpace(c: number): boolean {
  return (
    (c >= 0x0a && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** A key as dhow writes them: a plain name that resolves to a string, or a double-quoted one. */
const KEY = /^(?:([A-Za-z_][A-Za-z0-9_./-]*)|("(?:[^"\\]|\\.)*")):(?: (.*))?$/;

class Reader {
  at = 0;
  constructor(private readonly lines: Line[]) {}

  /** The block node whose first line is at `this.at`, indented `indent`. */
  private block(indent: number): unknown {
    const line = this.lines[this.at]!;
    if (line.indent !== indent) doubt();
    if (isItem(line.text)) return this.sequence(indent);
    if (!KEY.test(line.text)) doubt(); // a lone scalar on its own line is a multi-line plain scalar or worse
    return this.mapping(indent);
  }

  /** The value after `key:` or `- ` on the line just consumed, with `indent` that line's indent. */
  private valueAfter(rest: string | undefined, indent: number, inSequence: boolean): unknown {
    const next = this.lines[this.at];
    if (rest?.startsWith(' ')) doubt(); // `key:  value`: the yaml library trims it; not worth the doubt
    if (rest === undefined || rest === '') {
      if (next && next.indent > indent) return this.block(next.indent);
      // `key:` followed by `- item` at the same indent: a sequence is the key's value (not after `- `).
      if (!inSequence && next && next.indent === indent && isItem(next.text)) return this.sequence(indent);
      return null;
    }
    // A deeper line after a scalar would continue it over lines: not read here.
    if (next && next.indent > indent) doubt();
    return scalar(rest);
  }

  mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent) break;
      if (line.indent > indent || isItem(line.text)) {
        if (line.indent === indent) break; // `- ` at the same indent ends a mapping that is a sequence item
        doubt();
      }
      const m = KEY.exec(line.text) ?? doubt();
      const key = m[1] !== undefined ? plainKey(m[1]) : quoted(m[2]!);
      if (key === '__proto__' || Object.hasOwn(map, key)) doubt();
      this.at++;
      map[key] = this.valueAfter(m[3], indent, false);
    }
    return map;
  }

  private sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent !== indent || !isItem(line.text)) {
        if (line.indent > indent) doubt();
        break;
      }
      const rest = line.text === '-' ? '' : line.text.slice(2);
      const body = rest.trimStart();
      if (body !== '' && (KEY.test(body) || isItem(body))) {
        // `- key: value` (or `- - x`): the item is a block whose first line starts after the dash.
        this.lines[this.at] = { indent: indent + 2 + (rest.length - body.length), text: body };
        items.push(this.block(this.lines[this.at]!.indent));
      } else {
        this.at++;
        items.push(this.valueAfter(body, indent, true));
      }
    }
    return items;
  }
}

function plainKey(key: string): string {
  // A key the core schema resolves to null or a boolean is not a string key.
  if (/^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(key)) doubt();
  return key;
}

/** A one-line scalar: `[]`, `{}`, a quoted string, or a plain scalar resolved by the core schema. */
function scalar(text: string): unknown {
  if (text === '[]') return [];
  if (text === '{}') return {};
  if (text.startsWith('"')) return quoted(text);
  if (text.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(text)) doubt();
    return text.slice(1, -1).replaceAll("''", "'");
  }
  return plain(text);
}

/** A double-quoted string with JSON's escapes only (YAML has more; those are left to the yaml library). */
function quoted(text: string): string {
  if (!/^"(?:[^"\\]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/.test(text)) doubt();
  return JSON.parse(text) as string;
}

function plain(text: string): unknown {
  // Most values start with a letter (names, URIs, digests): no core-schema number does, and the only words
  // resolved otherwise are null, true and false in their three spellings. The same answers as below, sooner.
  const first = text.charCodeAt(0);
  if ((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a)) {
    if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) doubt();
    if (text.length === 4 || text.length === 5) {
      if (/^(?:[Nn]ull|NULL)$/.test(text)) return null;
      if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
      if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
    }
    return text;
  }
  // Indicators that start something other than a plain scalar, and sequences that end one early.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/^-[0-9]/.test(text)) doubt();
  if (/: |:$| #/.test(text)) doubt();
  if (/^(?:~|[Nn]ull|NULL)$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^-?(?:0|[1-9][0-9]{0,14})$/.test(text)) return Number(text);
  if (/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+(?:e[-+]?[0-9]+)?|e[-+]?[0-9]+)$/.test(text)) return parseFloat(text);
  // Every other spelling the core schema reads as a number (`+1`, `0x1F`, `0o7`, `.5`, `1.`, `1E3`, `.inf`,
  // long integers) is left to the yaml library.
  if (
    /^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$/.test(text) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text) ||
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)
  ) {
    doubt();
  }
  return text;
}
