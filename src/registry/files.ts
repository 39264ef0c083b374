/**
 * Reading and writing registry files: YAML in, zod-validated objects out, and back to YAML with
 * deterministic bytes (keys in schema order, records sorted, no line folding), so the same object always
 * produces the same file and a re-registration of identical content is a byte-for-byte no-op.
 */
import { isMap, isSeq, LineCounter, parseDocument, stringify, type Document } from 'yaml';
import type { z } from 'zod';
import { DhowError } from '../errors.js';
import { parsePlainYaml } from './plain-yaml.js';
import { FILE_KINDS, type FileKind, type GateEvidenceFile, type ModelFile, type RegistryConfig, type ReleaseFile, type VersionRecord } from './schemas.js';

export interface FileKindTypes {
  Registry: RegistryConfig;
  Model: ModelFile;
  ModelVersion: VersionRecord;
  Release: ReleaseFile;
  GateEvidence: GateEvidenceFile;
}

/**
 * The largest registry file dhow reads or writes. A version record is a few kilobytes; a 50 MB one would
 * cost gigabytes to parse on every later read, so anything larger is refused before it is parsed.
 */
export const MAX_REGISTRY_FILE_BYTES = 1024 * 1024;

/**
 * YAML aliases allowed per document. Registry files have no use for them beyond a few; a "billion laughs"
 * document expands exponentially through them, so they are capped (the yaml library then refuses it).
 */
export const MAX_YAML_ALIASES = 100;

/** One problem in one file, as `dhow validate` lists them. */
export interface FileProblem {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

export function describeProblem(p: FileProblem): string {
  const where = [p.line ? `${p.file}:${p.line}` : p.file, p.field && `field "${p.field}"`].filter(Boolean).join(', ');
  return `${where}: ${p.message}`;
}

/**
 * Every problem of a file's text against the schema of `kind` (empty when valid), with the value when valid.
 * Unlike parseRegistryFile it never throws: `dhow validate` lists every problem.
 */
export function checkRegistryFile<K extends FileKind>(
  kind: K,
  path: string,
  text: string,
): { value: FileKindTypes[K]; problems: [] } | { value: null; problems: FileProblem[] } {
  const value = acceptQuickly(kind, text);
  if (value !== undefined) return { value, problems: [] };
  return checkWithLines(kind, path, text);
}

/**
 * The fast path of checkRegistryFile: the value of a file that passes every check, parsed without line
 * tracking, or undefined at the first doubt. Line numbers only matter in problems, so a file with any is parsed
 * again by checkWithLines, which alone words them: the messages are those of one path, whichever path a file
 * takes. The yaml library's lexer and CST parser are ~200 us of a ~210 us check (zod ~12 us), so the YAML dhow
 * writes is read by the plain reader (src/registry/plain-yaml.ts); what it declines, the yaml library reads.
 */
function acceptQuickly<K extends FileKind>(kind: K, text: string): FileKindTypes[K] | undefined {
  if (Buffer.byteLength(text, 'utf8') > MAX_REGISTRY_FILE_BYTES || text.includes('\uFFFD')) return undefined;
  let data: unknown = parsePlainYaml(text);
  if (data === undefined) {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
    try {
      data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch {
      return undefined;
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as Record<string, unknown>).kind !== kind) return undefined;
  const result = (FILE_KINDS[kind] as unknown as z.ZodType<FileKindTypes[K]>).safeParse(data);
  return result.success ? result.data : undefined;
}

/** checkRegistryFile with line tracking: every problem of the file, each with its line where it has one. */
function checkWithLines<K extends FileKind>(
  kind: K,
  path: string,
  text: string,
): { value: FileKindTypes[K]; problems: [] } | { value: null; problems: FileProblem[] } {
  const parsed = parseYamlStrictly(path, text);
  if (!parsed.ok) return { value: null, problems: parsed.problems };
  const { doc, lineCounter, data } = parsed;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { value: null, problems: [{ file: path, message: `expected a mapping with apiVersion and kind "${kind}"` }] };
  }
  const declared = (data as Record<string, unknown>).kind;
  if (declared !== kind) {
    return {
      value: null,
      problems: [
        { file: path, field: 'kind', line: lineOf(doc, lineCounter, ['kind']), message: `expected "${kind}", found ${JSON.stringify(declared ?? null)}` },
      ],
    };
  }
  const schema = FILE_KINDS[kind] as unknown as z.ZodType<FileKindTypes[K]>;
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
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
export function parseYamlStrictly(
  path: string,
  text: string,
): { ok: true; doc: Document; lineCounter: LineCounter; data: unknown } | { ok: false; problems: FileProblem[] } {
  const refuse = (message: string, line?: number) => ({ ok: false as const, problems: [{ file: path, ...(line ? { line } : {}), message }] });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_REGISTRY_FILE_BYTES) return refuse(`is ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) return refuse('is not valid UTF-8 (or holds the replacement character U+FFFD)', text.slice(0, bad).split('\n').length);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
  } catch (error) {
    // The yaml library throws (a ReferenceError) on excessive aliases: a resource-exhaustion attempt.
    const reason = /alias/i.test((error as Error).message)
      ? `uses more than ${MAX_YAML_ALIASES} YAML aliases (refused: it could expand without bound)`
      : 'malformed YAML';
    return refuse(reason);
  }
}

/**
 * Parses a registry file of `kind`. Throws DhowError('invalid-input') naming the file, the field path
 * (e.g. `artifact.digest`) and the line; every further problem is listed in `reasons`.
 */
export function parseRegistryFile<K extends FileKind>(kind: K, path: string, text: string): FileKindTypes[K] {
  const checked = checkRegistryFile(kind, path, text);
  if (checked.value !== null) return checked.value;
  const [first, ...rest] = checked.problems;
  throw new DhowError('invalid-input', first!.message, {
    file: path,
    field: first!.field,
    line: first!.line,
    reasons: rest.map(describeProblem),
  });
}

/** Validates an object about to be written; the same DhowError as parseRegistryFile, without lines. */
export function validateRegistryObject<K extends FileKind>(kind: K, path: string, value: unknown): FileKindTypes[K] {
  const schema = FILE_KINDS[kind] as unknown as z.ZodType<FileKindTypes[K]>;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  const field = (i: z.core.$ZodIssue) => i.path.map(String).join('.') || undefined;
  throw new DhowError('invalid-input', first!.message, {
    file: path,
    field: field(first!),
    reasons: rest.map((i) => describeProblem({ file: path, field: field(i), message: i.message })),
  });
}

/**
 * Deterministic YAML for a registry object: validated against the schema of its `kind` (nothing invalid
 * is ever written), keys in schema order, record keys sorted, no folded lines.
 */
export function serializeRegistryFile(obj: FileKindTypes[FileKind] | Record<string, unknown>): string {
  const kind = (obj as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !Object.hasOwn(FILE_KINDS, kind)) {
    throw new DhowError('invalid-input', `cannot serialize an object of kind ${JSON.stringify(kind ?? null)}`, { field: 'kind' });
  }
  const schema = FILE_KINDS[kind as FileKind] as unknown as z.ZodType;
  const parsed = validateRegistryObject(kind as FileKind, `<${kind}>`, obj);
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
function canonical(schema: z.ZodType | undefined, value: unknown): unknown {
  const s = unwrap(schema);
  if (Array.isArray(value)) {
    const element = s?._zod.def.type === 'array' ? (s._zod.def as unknown as { element: z.ZodType }).element : undefined;
    return value.map((v) => canonical(element, v));
  }
  if (value === null || typeof value !== 'object') return value;
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const def = s?._zod.def as { type?: string; shape?: Record<string, z.ZodType>; valueType?: z.ZodType } | undefined;
  if (def?.type === 'object' && def.shape) {
    for (const key of Object.keys(def.shape)) if (input[key] !== undefined) out[key] = canonical(def.shape[key], input[key]);
    for (const key of Object.keys(input).sort()) if (!(key in out) && input[key] !== undefined) out[key] = canonical(undefined, input[key]);
    return out;
  }
  for (const key of Object.keys(input).sort())
    if (input[key] !== undefined) out[key] = canonical(def?.type === 'record' ? def.valueType : undefined, input[key]);
  return out;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (let i = 0; s && i < 10; i++) {
    const def = s._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else break;
  }
  return s;
}

/** The 1-based line of the node at `path` (or its nearest existing parent) in a parsed document. */
function lineOf(doc: Document, counter: LineCounter, path: PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (node && range && (n === 0 || isMap(node) || isSeq(node) || typeof node === 'object')) {
      return counter.linePos(range[0]).line;
    }
  }
  return undefined;
}
