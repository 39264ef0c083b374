/**
 * GitHub's published OpenAPI description (from the installed @octokit/openapi package) as the judge of
 * every request the emulator receives and every response it sends. Only the operations the emulator
 * serves are compiled (lazily, cached). OpenAPI 3.0 `nullable` is rewritten into JSON Schema before
 * ajv sees it. `complete()` fills the fields a response schema requires but the emulator does not model
 * (a repository object has ~90 of them) with type-correct placeholders, so responses stay valid while
 * every field the emulator does model is still checked against the description.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = any;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const BASE = 'https://openapi.emulator.invalid/api.github.com.json';

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  parameters: { name: string; in: string; required: boolean; schema: Json; multiSegment: boolean }[];
  requestBody?: Json;
  responses: Record<string, Json>;
}

export interface OpenApi {
  operation(operationId: string): Operation;
  /** Errors (empty when valid) of a request's path and query parameters and body. */
  validateRequest(op: Operation, params: Record<string, string>, query: Record<string, string>, body: unknown): string[];
  /** Errors of a response body for a status code; statuses the description does not list are an error. */
  validateResponse(op: Operation, status: number, body: unknown): string[];
  /** The response schema, with placeholders for required fields the value lacks. */
  complete(op: Operation, status: number, value: unknown): unknown;
}

let cached: OpenApi | undefined;

export function loadOpenApi(): OpenApi {
  cached ??= build();
  return cached;
}

function build(): OpenApi {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const components = rewrite(raw.components);
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ $id: BASE, components });

  const operations = new Map<string, Operation>();
  for (const [template, item] of Object.entries<Json>(raw.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      if (typeof op !== 'object' || !op.operationId) continue;
      operations.set(op.operationId, {
        operationId: op.operationId,
        method: method.toUpperCase(),
        template,
        parameters: (op.parameters ?? []).map((p: Json) => {
          const param = p.$ref ? resolvePointer(raw, p.$ref) : p;
          return {
            name: param.name,
            in: param.in,
            required: Boolean(param.required),
            schema: rewrite(param.schema ?? {}),
            multiSegment: Boolean(param['x-multi-segment']),
          };
        }),
        requestBody: op.requestBody?.content?.['application/json']?.schema ? rewrite(op.requestBody.content['application/json'].schema) : undefined,
        responses: Object.fromEntries(
          Object.entries<Json>(op.responses ?? {}).map(([status, r]) => {
            const response = r.$ref ? resolvePointer(raw, r.$ref) : r;
            const schema = response.content?.['application/json']?.schema;
            return [status, schema ? rewrite(schema) : null];
          }),
        ),
      });
    }
  }

  const validators = new Map<string, ValidateFunction>();
  const compile = (key: string, schema: Json) => {
    let fn = validators.get(key);
    if (!fn) {
      fn = ajv.compile(schema);
      validators.set(key, fn);
    }
    return fn;
  };
  const errorsOf = (fn: ValidateFunction, where: string) =>
    (fn.errors ?? []).slice(0, 5).map((e) => `${where}${e.instancePath || ''} ${e.message ?? ''}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);

  const componentsRoot = { components };
  const deref = (schema: Json): Json => {
    let current = schema;
    while (current && typeof current === 'object' && typeof current.$ref === 'string') {
      current = resolvePointer(componentsRoot, current.$ref.slice(BASE.length));
    }
    return current;
  };

  return {
    operation(operationId) {
      const op = operations.get(operationId);
      if (!op) throw new Error(`GitHub's OpenAPI description has no operation ${operationId}`);
      return op;
    },
    validateRequest(op, params, query, body) {
      const errors: string[] = [];
      for (const p of op.parameters) {
        const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? query[p.name] : undefined;
        if (p.in !== 'path' && p.in !== 'query') continue;
        if (value === undefined) {
          if (p.required) errors.push(`${p.in} parameter "${p.name}" is required`);
          continue;
        }
        const fn = compile(`${op.operationId}:param:${p.name}`, p.schema);
        if (!fn(coerce(value, p.schema, deref))) errors.push(...errorsOf(fn, `${p.in} parameter "${p.name}"`));
      }
      const known = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
      for (const name of Object.keys(query)) {
        if (!known.has(name)) errors.push(`query parameter "${name}" is not in the description of ${op.operationId}`);
      }
      if (op.requestBody) {
        const fn = compile(`${op.operationId}:body`, op.requestBody);
        if (!fn(body)) errors.push(...errorsOf(fn, 'body'));
        // The description seldom says additionalProperties: false, but a field GitHub does not know is
        // silently ignored by GitHub: exactly the mistake this check is for.
        const props = flatten(op.requestBody, deref)?.properties;
        if (props && body && typeof body === 'object' && !Array.isArray(body)) {
          for (const name of Object.keys(body)) {
            if (!(name in props)) errors.push(`body field "${name}" is not in the description of ${op.operationId}`);
          }
        }
      } else if (body !== undefined && body !== null && !(typeof body === 'object' && Object.keys(body).length === 0)) {
        errors.push(`${op.operationId} takes no request body`);
      }
      return errors;
    },
    validateResponse(op, status, body) {
      if (!(String(status) in op.responses)) {
        // GitHub documents only some error statuses; 5xx, 403 rate limits and 404 apply to every route.
        if (status >= 500 || status === 403 || status === 404 || status === 401) return [];
        return [`status ${status} is not a documented response of ${op.operationId}`];
      }
      const schema = op.responses[String(status)];
      if (!schema) return [];
      const fn = compile(`${op.operationId}:response:${status}`, schema);
      return fn(body) ? [] : errorsOf(fn, `response ${status}`);
    },
    complete(op, status, value) {
      const schema = op.responses[String(status)];
      return schema ? complete(schema, value, deref) : value;
    },
  };
}

/** Rewrites local $refs to absolute ones and OpenAPI 3.0 `nullable` into JSON Schema. */
function rewrite(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewrite);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries<Json>(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out.$ref = BASE + value;
    else out[key] = rewrite(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else {
      return { anyOf: [out, { type: 'null' }] };
    }
  } else if ('nullable' in out) {
    delete out.nullable;
  }
  return out;
}

function resolvePointer(root: Json, pointer: string): Json {
  const parts = pointer
    .replace(/^#\//, '')
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = root;
  for (const part of parts) node = node?.[part];
  if (node === undefined) throw new Error(`unresolved OpenAPI reference ${pointer}`);
  return node;
}

function typesOf(schema: Json): string[] {
  return Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
}

function coerce(value: string, schema: Json, deref: (s: Json) => Json): unknown {
  const types = typesOf(deref(schema));
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** Merges allOf branches into one object schema. */
function flatten(schema: Json, deref: (s: Json) => Json): Json {
  schema = deref(schema);
  if (!schema?.allOf) return schema;
  const merged: Json = { type: 'object', properties: {}, required: [] };
  for (const part of [schema, ...schema.allOf.map((s: Json) => flatten(s, deref))]) {
    Object.assign(merged.properties, part.properties ?? {});
    merged.required.push(...(part.required ?? []));
  }
  return merged;
}

function placeholder(schema: Json, deref: (s: Json) => Json, depth = 0): unknown {
  schema = flatten(schema, deref);
  if (!schema || depth > 12) return null;
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    if (branches.some((b: Json) => typesOf(deref(b)).includes('null'))) return null;
    return placeholder(branches[0], deref, depth + 1);
  }
  const types = typesOf(schema);
  if (types.includes('null')) return null;
  if (schema.enum) return schema.enum[0];
  switch (types[0] ?? (schema.properties ? 'object' : 'string')) {
    case 'string':
      if (schema.format === 'date-time') return '2026-01-01T00:00:00Z';
      if (schema.format === 'uri') return 'https://github.emulator.invalid/';
      if (schema.format === 'email') return 'nobody@example.invalid';
      return '';
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    default: {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) out[name] = placeholder(schema.properties?.[name] ?? {}, deref, depth + 1);
      return out;
    }
  }
}

function complete(schema: Json, value: unknown, deref: (s: Json) => Json, depth = 0): unknown {
  if (value === undefined) return placeholder(schema, deref, depth);
  if (value === null || depth > 20) return value;
  schema = flatten(schema, deref);
  if (!schema) return value;
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const kind = Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value;
    const pick = branches
      .map((b: Json) => flatten(b, deref))
      .find((b: Json) => {
        const types = typesOf(b);
        return types.includes(kind) || (kind === 'number' && types.includes('integer')) || (kind === 'object' && !!b.properties);
      });
    return pick ? complete(pick, value, deref, depth + 1) : value;
  }
  if (Array.isArray(value)) return schema.items ? value.map((v) => complete(schema.items, v, deref, depth + 1)) : value;
  if (typeof value === 'object') {
    const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const props = schema.properties ?? {};
    for (const name of schema.required ?? []) if (!(name in out)) out[name] = placeholder(props[name] ?? {}, deref, depth + 1);
    for (const [name, v] of Object.entries(out)) if (props[name]) out[name] = complete(props[name], v, deref, depth + 1);
    return out;
  }
  return value;
}
