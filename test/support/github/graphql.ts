/**
 * A small GraphQL parser and executor for the emulator: operations, variables, aliases, arguments and
 * inline fragments, which is all dhow's queries use. Objects are plain JS objects carrying `__typename`;
 * a field is a property (a value or a function of the arguments). A field the object does not have is
 * an error in GitHub's words ("Field 'x' doesn't exist on type 'Y'"), so a query GitHub would reject
 * fails here too.
 */

type Value = unknown;
export interface Field {
  kind: 'field';
  alias?: string;
  name: string;
  args: Record<string, ValueNode>;
  selections?: Selection[];
}
export interface Fragment {
  kind: 'fragment';
  on: string;
  selections: Selection[];
}
export type Selection = Field | Fragment;
type ValueNode =
  | { kind: 'var'; name: string }
  | { kind: 'const'; value: Value }
  | { kind: 'list'; items: ValueNode[] }
  | { kind: 'object'; fields: Record<string, ValueNode> };

export interface Operation {
  type: 'query' | 'mutation';
  name?: string;
  variables: Record<string, { type: string; defaultValue?: ValueNode }>;
  selections: Selection[];
}

export class GraphQLError extends Error {
  constructor(
    message: string,
    readonly type?: string,
    readonly path?: string[],
  ) {
    super(message);
  }
}

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  const re = /\s+|,|#[^\n]*|(\.\.\.|[!$():=@[\]{}|])|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([_A-Za-z][_0-9A-Za-z]*)/y;
  let at = 0;
  while (at < source.length) {
    re.lastIndex = at;
    const m = re.exec(source);
    if (!m) throw new GraphQLError(`Parse error on "${source.slice(at, at + 10)}"`);
    at = re.lastIndex;
    const token = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (token !== undefined) tokens.push(token);
  }
  return tokens;
}

export function parse(source: string): Operation {
  const t = tokenize(source);
  let i = 0;
  const peek = () => t[i];
  const next = () => {
    if (i >= t.length) throw new GraphQLError('Parse error: unexpected end of document');
    return t[i++]!;
  };
  const expect = (token: string) => {
    const got = next();
    if (got !== token) throw new GraphQLError(`Parse error: expected "${token}", got "${got}"`);
  };
  const name = () => {
    const n = next();
    if (!/^[_A-Za-z]/.test(n)) throw new GraphQLError(`Parse error: expected a name, got "${n}"`);
    return n;
  };
  const value = (): ValueNode => {
    const token = next();
    if (token === '$') return { kind: 'var', name: name() };
    if (token === '[') {
      const items: ValueNode[] = [];
      while (peek() !== ']') items.push(value());
      next();
      return { kind: 'list', items };
    }
    if (token === '{') {
      const fields: Record<string, ValueNode> = {};
      while (peek() !== '}') {
        const key = name();
        expect(':');
        fields[key] = value();
      }
      next();
      return { kind: 'object', fields };
    }
    if (token.startsWith('"')) return { kind: 'const', value: JSON.parse(token) };
    if (/^-?\d/.test(token)) return { kind: 'const', value: Number(token) };
    if (token === 'true' || token === 'false') return { kind: 'const', value: token === 'true' };
    if (token === 'null') return { kind: 'const', value: null };
    return { kind: 'const', value: token }; // an enum value
  };
  const typeRef = (): string => {
    let out: string;
    if (peek() === '[') {
      next();
      out = `[${typeRef()}]`;
      expect(']');
    } else out = name();
    if (peek() === '!') {
      next();
      out += '!';
    }
    return out;
  };
  const selectionSet = (): Selection[] => {
    expect('{');
    const selections: Selection[] = [];
    while (peek() !== '}') {
      if (peek() === '...') {
        next();
        expect('on');
        const on = name();
        selections.push({ kind: 'fragment', on, selections: selectionSet() });
        continue;
      }
      let fieldName = name();
      let alias: string | undefined;
      if (peek() === ':') {
        next();
        alias = fieldName;
        fieldName = name();
      }
      const args: Record<string, ValueNode> = {};
      if (peek() === '(') {
        next();
        while (peek() !== ')') {
          const key = name();
          expect(':');
          args[key] = value();
        }
        next();
      }
      const field: Field = { kind: 'field', name: fieldName, args };
      if (alias) field.alias = alias;
      if (peek() === '{') field.selections = selectionSet();
      selections.push(field);
    }
    next();
    return selections;
  };

  let type: 'query' | 'mutation' = 'query';
  let opName: string | undefined;
  const variables: Operation['variables'] = {};
  if (peek() === 'query' || peek() === 'mutation') {
    type = next() as 'query' | 'mutation';
    if (peek() !== '(' && peek() !== '{') opName = name();
    if (peek() === '(') {
      next();
      while (peek() !== ')') {
        expect('$');
        const v = name();
        expect(':');
        const vt = typeRef();
        variables[v] = { type: vt };
        if (peek() === '=') {
          next();
          variables[v]!.defaultValue = value();
        }
      }
      next();
    }
  }
  const selections = selectionSet();
  if (i !== t.length) throw new GraphQLError('Parse error: only one operation per document is supported');
  return { type, ...(opName ? { name: opName } : {}), variables, selections };
}

function evaluate(node: ValueNode, vars: Record<string, Value>): Value {
  switch (node.kind) {
    case 'var':
      if (!(node.name in vars)) throw new GraphQLError(`Variable $${node.name} is not defined`);
      return vars[node.name];
    case 'const':
      return node.value;
    case 'list':
      return node.items.map((n) => evaluate(n, vars));
    case 'object':
      return Object.fromEntries(Object.entries(node.fields).map(([k, v]) => [k, evaluate(v, vars)]));
  }
}

export type Resolved = Record<string, unknown> & { __typename: string };

/** Runs an operation against a root object; returns GitHub's `{ data, errors }` shape. */
export async function execute(
  operation: Operation,
  root: Resolved,
  variables: Record<string, Value>,
): Promise<{ data: unknown; errors?: { message: string; type?: string; path?: string[] }[] }> {
  const vars: Record<string, Value> = {};
  for (const [name, def] of Object.entries(operation.variables)) {
    if (name in variables) vars[name] = variables[name];
    else if (def.defaultValue) vars[name] = evaluate(def.defaultValue, {});
    else if (def.type.endsWith('!')) return { data: null, errors: [{ message: `Variable $${name} of type ${def.type} was provided invalid value` }] };
    else vars[name] = null;
  }
  const errors: { message: string; type?: string; path?: string[] }[] = [];

  const resolveSet = async (obj: Resolved, selections: Selection[], path: string[]): Promise<Record<string, unknown>> => {
    const out: Record<string, unknown> = {};
    for (const sel of selections) {
      if (sel.kind === 'fragment') {
        if (obj.__typename === sel.on) Object.assign(out, await resolveSet(obj, sel.selections, path));
        continue;
      }
      const key = sel.alias ?? sel.name;
      if (sel.name === '__typename') {
        out[key] = obj.__typename;
        continue;
      }
      if (!(sel.name in obj)) throw new GraphQLError(`Field '${sel.name}' doesn't exist on type '${obj.__typename}'`, 'undefinedField', [...path, key]);
      try {
        const args = Object.fromEntries(Object.entries(sel.args).map(([k, v]) => [k, evaluate(v, vars)]));
        const raw = obj[sel.name];
        const value = typeof raw === 'function' ? await (raw as (a: unknown) => unknown)(args) : raw;
        out[key] = await shape(value, sel, [...path, key]);
      } catch (error) {
        if (!(error instanceof GraphQLError) || error.type === 'undefinedField') throw error;
        errors.push({ message: error.message, ...(error.type ? { type: error.type } : {}), path: [...path, key] });
        out[key] = null;
      }
    }
    return out;
  };
  const shape = async (value: unknown, field: Field, path: string[]): Promise<unknown> => {
    if (value === null || value === undefined) return null;
    if (Array.isArray(value)) return Promise.all(value.map((v, i) => shape(v, field, [...path, String(i)])));
    if (typeof value === 'object' && '__typename' in value) {
      if (!field.selections)
        throw new GraphQLError(
          `Field must have selections (field '${field.name}' returns ${(value as Resolved).__typename} but has no selections.)`,
          'selectionMismatch',
        );
      return resolveSet(value as Resolved, field.selections, path);
    }
    if (field.selections) throw new GraphQLError(`Selections can't be made on scalars (field '${field.name}')`, 'selectionMismatch');
    return value;
  };

  try {
    const data = await resolveSet(root, operation.selections, []);
    return errors.length ? { data, errors } : { data };
  } catch (error) {
    if (error instanceof GraphQLError) {
      return { data: null, errors: [{ message: error.message, ...(error.type ? { type: error.type } : {}), ...(error.path ? { path: error.path } : {}) }] };
    }
    throw error;
  }
}

/** GitHub's node limit: "Individual calls cannot request more than 500,000 total nodes." */
export const NODE_LIMIT = 500_000;
/** "Values of first and last must be within 1-100." */
export const PAGE_LIMIT = 100;
/**
 * The emulator's stand-in for GitHub's 10-second timeout, which it cannot measure deterministically: GitHub documents no
 * count of aliased fields, but a query of thousands of aliased Git lookups is what runs past it. 150 lookups in one
 * selection set is above what a client chunking by 100 sends and below a registry's files read in one query (kept that
 * low so a test proving chunking reads few files: the emulator spends tens of ms, hundreds under load, on each).
 */
export const LOOKUP_LIMIT = 150;

export interface QueryRefusal {
  status: number;
  body: { data: null; errors: { message: string; type?: string }[] };
}

/**
 * Refuses a query GitHub refuses before running it, as GitHub answers.
 * https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#node-limit
 * A connection is a field with `first` or `last`; its nodes count `n` times every connection above it (the docs'
 * "50 repositories + 50 x 10 issues = 550"); fields without them (aliased `object(expression:)`) count nothing, as on
 * GitHub (semantic-release/github#911: 100 aliased commits x 100 pull requests x 100 labels is "1,010,000 possible nodes").
 * The wording is GitHub's answer, which the page does not quote: status 200 with
 * `{"type":"MAX_NODE_LIMIT_EXCEEDED","message":"This query requests up to 603,360 possible nodes which exceeds the maximum
 * limit of 500,000."}` and, for a page over 100, "Requesting 101 records on the `x` connection exceeds the `first` limit of
 * 100 records." (type EXCESSIVE_PAGINATION).
 * https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#timeouts
 * A query past LOOKUP_LIMIT stands for one past 10 seconds: "you will receive a timeout response and a message reporting
 * that 'We couldn't respond to your request in time'", answered 502 as GitHub does.
 */
export function refuseOverLimits(operation: Operation, variables: Record<string, Value>): QueryRefusal | null {
  const refuse = (message: string, type: string): QueryRefusal => ({ status: 200, body: { data: null, errors: [{ message, type }] } });
  let nodes = 0;
  let widest = 0;
  let pagination: QueryRefusal | null = null;
  const walk = (selections: Selection[], multiplier: number) => {
    const fields = selections.filter((s): s is Field => s.kind === 'field');
    widest = Math.max(widest, fields.filter((f) => f.alias !== undefined).length);
    for (const sel of selections) {
      if (sel.kind === 'fragment') {
        walk(sel.selections, multiplier);
        continue;
      }
      let below = multiplier;
      for (const arg of ['first', 'last'] as const) {
        const node = sel.args[arg];
        if (!node) continue;
        const n = Number(evaluate(node, variables));
        if (!Number.isInteger(n) || n < 1 || n > PAGE_LIMIT)
          pagination ??= refuse(
            `Requesting ${n} records on the \`${sel.name}\` connection exceeds the \`${arg}\` limit of ${PAGE_LIMIT} records.`,
            'EXCESSIVE_PAGINATION',
          );
        below = multiplier * n;
        nodes += below;
      }
      if (sel.selections) walk(sel.selections, below);
    }
  };
  try {
    walk(operation.selections, 1);
  } catch {
    return null; // an undefined variable: execute() answers it in GitHub's words
  }
  if (pagination) return pagination;
  if (nodes > NODE_LIMIT)
    return refuse(
      `This query requests up to ${nodes.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${NODE_LIMIT.toLocaleString('en-US')}.`,
      'MAX_NODE_LIMIT_EXCEEDED',
    );
  if (widest > LOOKUP_LIMIT)
    return {
      status: 502,
      body: {
        data: null,
        errors: [
          {
            message:
              "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.",
          },
        ],
      },
    };
  return null;
}
