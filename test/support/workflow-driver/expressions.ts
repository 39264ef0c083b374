/**
 * GitHub Actions expressions, as the workflow driver needs them: the `${{ }}` syntax, literals, property
 * and index dereference, `!`, comparisons, `==`/`!=` with GitHub's loose equality, `&&`/`||`, the
 * functions contains, startsWith, endsWith, format, join, toJSON, fromJSON and the status functions
 * success(), failure(), always(), cancelled(). The semantics follow
 * https://docs.github.com/en/actions/reference/workflows-and-actions/expressions (literals, operators,
 * loose equality and coercion to number, falsy values, functions, status check functions); anything
 * outside that subset is refused rather than guessed.
 */

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

/** The contexts an expression may read (github, inputs, secrets, needs, steps, env, vars, jobs, runner, matrix). */
export type Contexts = Record<string, Value>;

/** What the status functions see: whether an earlier step (or a needed job) failed or the run was cancelled. */
export interface JobStatus {
  failed: boolean;
  cancelled: boolean;
  /** A needed job was skipped: success() is false, failure() too (a job's if:). */
  skipped?: boolean;
}

const succeeded = (status: JobStatus) => !status.failed && !status.cancelled && !status.skipped;

export class ExpressionError extends Error {}

type Token = { kind: 'number'; value: number } | { kind: 'string'; value: string } | { kind: 'name'; value: string } | { kind: 'op'; value: string };

// Identifiers may hold hyphens (inputs.runs-on, steps.app-token.outputs.token).
const NAME = /^[A-Za-z_][A-Za-z0-9_-]*/;
const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', '.', ',', '*'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    if (/^\s/.test(rest)) {
      i++;
      continue;
    }
    if (rest[0] === "'") {
      // A literal single quote is written '' ("Literals").
      let value = '';
      let j = 1;
      for (;;) {
        if (j >= rest.length) throw new ExpressionError(`unterminated string in "${source}"`);
        if (rest[j] === "'") {
          if (rest[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += rest[j++];
      }
      tokens.push({ kind: 'string', value });
      i += j + 1;
      continue;
    }
    if (rest[0] === '"') throw new ExpressionError(`strings take single quotes, not double quotes, in "${source}"`);
    const previous = tokens[tokens.length - 1];
    // A leading minus belongs to a number literal (-9.2) unless it follows a value.
    const afterValue = previous !== undefined && (previous.kind !== 'op' || previous.value === ')' || previous.value === ']');
    const number = /^(-?0x[0-9a-fA-F]+|-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?)/.exec(rest);
    if (number && !(number[0].startsWith('-') && afterValue) && !(previous?.kind === 'op' && previous.value === '.')) {
      const text = number[0];
      tokens.push({ kind: 'number', value: text.startsWith('-') ? -Number(text.slice(1)) : Number(text) });
      i += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', value: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (!op) throw new ExpressionError(`unexpected "${rest[0]}" in "${source}"`);
    tokens.push({ kind: 'op', value: op });
    i += op.length;
  }
  return tokens;
}

type Node =
  | { kind: 'literal'; value: Value }
  | { kind: 'context'; name: string }
  | { kind: 'member'; object: Node; key: Node | '*' }
  | { kind: 'not'; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node }
  | { kind: 'call'; name: string; args: Node[] };

/** Precedence, lowest first ("Operators": || then && then equality then comparison). */
const BINARY = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>=']];

function parse(source: string): Node {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (value: string) => peek()?.kind === 'op' && peek()!.value === value;
  const expect = (value: string) => {
    if (!isOp(value)) throw new ExpressionError(`expected "${value}" in "${source}"`);
    at++;
  };

  const binary = (level: number): Node => {
    if (level === BINARY.length) return unary();
    let left = binary(level + 1);
    while (peek()?.kind === 'op' && BINARY[level]!.includes(String(peek()!.value))) {
      const op = tokens[at++]!.value as string;
      left = { kind: 'binary', op, left, right: binary(level + 1) };
    }
    return left;
  };
  const unary = (): Node => {
    if (isOp('!')) {
      at++;
      return { kind: 'not', operand: unary() };
    }
    return postfix(primary());
  };
  const postfix = (node: Node): Node => {
    for (;;) {
      if (isOp('.')) {
        at++;
        const next = tokens[at++];
        if (next?.kind === 'op' && next.value === '*') node = { kind: 'member', object: node, key: '*' };
        else if (next?.kind === 'name') node = { kind: 'member', object: node, key: { kind: 'literal', value: next.value } };
        else throw new ExpressionError(`expected a property name after "." in "${source}"`);
      } else if (isOp('[')) {
        at++;
        if (isOp('*')) {
          at++;
          node = { kind: 'member', object: node, key: '*' };
        } else node = { kind: 'member', object: node, key: binary(0) };
        expect(']');
      } else return node;
    }
  };
  const primary = (): Node => {
    const token = tokens[at++];
    if (!token) throw new ExpressionError(`unexpected end of "${source}"`);
    if (token.kind === 'number' || token.kind === 'string') return { kind: 'literal', value: token.value };
    if (token.kind === 'op' && token.value === '(') {
      const inner = binary(0);
      expect(')');
      return inner;
    }
    if (token.kind === 'name') {
      if (isOp('(')) {
        at++;
        const args: Node[] = [];
        if (!isOp(')')) {
          args.push(binary(0));
          while (isOp(',')) {
            at++;
            args.push(binary(0));
          }
        }
        expect(')');
        return { kind: 'call', name: token.value.toLowerCase(), args };
      }
      if (token.value === 'true' || token.value === 'false') return { kind: 'literal', value: token.value === 'true' };
      if (token.value === 'null') return { kind: 'literal', value: null };
      if (token.value === 'NaN') return { kind: 'literal', value: NaN };
      if (token.value === 'Infinity') return { kind: 'literal', value: Infinity };
      return { kind: 'context', name: token.value };
    }
    throw new ExpressionError(`unexpected "${token.value}" in "${source}"`);
  };

  const tree = binary(0);
  if (at !== tokens.length) throw new ExpressionError(`unexpected "${String(tokens[at]!.value)}" in "${source}"`);
  return tree;
}

/** Falsy: false, 0, -0, "", null (and NaN); everything else is truthy ("Literals"). */
export function truthy(value: Value): boolean {
  if (value === null || value === false || value === '') return false;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return true;
}

/** Coercion to number for loose equality and comparisons ("Operators": null 0, true 1, strings parsed as JSON numbers, else NaN). */
function toNumber(value: Value): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return 0;
    if (/^[+-]?0x[0-9a-f]+$/i.test(text)) return (text.startsWith('-') ? -1 : 1) * Number.parseInt(text.replace(/^[+-]/, ''), 16);
    if (/^[+-]?0o[0-7]+$/i.test(text)) return (text.startsWith('-') ? -1 : 1) * Number.parseInt(text.replace(/^[+-]?0o/i, ''), 8);
    if (/^[+-]?(Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)$/.test(text)) return Number(text);
    return NaN;
  }
  return NaN;
}

/** How a value becomes a string: in `${{ }}` interpolation and in string functions. */
export function toText(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return value;
  return Array.isArray(value) ? 'Array' : 'Object';
}

const kindOf = (value: Value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Loose equality: strings ignore case, differing types are coerced to numbers, arrays and objects equal only themselves. */
export function looseEquals(left: Value, right: Value): boolean {
  const kl = kindOf(left);
  const kr = kindOf(right);
  if (kl === kr) {
    if (kl === 'string') return (left as string).toUpperCase() === (right as string).toUpperCase();
    if (kl === 'number') return (left as number) === (right as number);
    return left === right;
  }
  if (kl === 'array' || kl === 'object' || kr === 'array' || kr === 'object') return false;
  return toNumber(left) === toNumber(right);
}

function compare(op: string, left: Value, right: Value): boolean {
  let a: number | string;
  let b: number | string;
  if (typeof left === 'string' && typeof right === 'string') {
    a = left.toUpperCase();
    b = right.toUpperCase();
  } else {
    if (kindOf(left) === 'array' || kindOf(left) === 'object' || kindOf(right) === 'array' || kindOf(right) === 'object') return false;
    a = toNumber(left);
    b = toNumber(right);
  }
  if (op === '<') return a < b;
  if (op === '<=') return a <= b;
  if (op === '>') return a > b;
  return a >= b;
}

function member(object: Value, key: Value): Value {
  if (Array.isArray(object)) {
    const index = toNumber(key);
    return Number.isInteger(index) && index >= 0 && index < object.length ? object[index]! : null;
  }
  if (object !== null && typeof object === 'object') {
    // Property names are case-insensitive (github.EVENT_NAME is github.event_name).
    const name = toText(key);
    if (Object.hasOwn(object, name)) return object[name]!;
    const found = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
    return found === undefined ? null : object[found]!;
  }
  return null;
}

function fromJson(text: string): Value {
  try {
    return JSON.parse(text) as Value;
  } catch {
    throw new ExpressionError(`fromJSON: "${text.slice(0, 60)}" is not JSON`);
  }
}

function call(name: string, args: Value[], status: JobStatus): Value {
  const arity = (min: number, max = min) => {
    if (args.length < min || args.length > max)
      throw new ExpressionError(`${name}() takes ${min === max ? min : `${min} to ${max}`} arguments, not ${args.length}`);
  };
  switch (name) {
    case 'success':
      arity(0);
      return succeeded(status);
    case 'failure':
      arity(0);
      return status.failed;
    case 'always':
      arity(0);
      return true;
    case 'cancelled':
      arity(0);
      return status.cancelled;
    case 'contains': {
      arity(2);
      const [search, item] = args as [Value, Value];
      if (Array.isArray(search)) return search.some((element) => looseEquals(element, item));
      return toText(search).toUpperCase().includes(toText(item).toUpperCase());
    }
    case 'startswith':
      arity(2);
      return toText(args[0]!).toUpperCase().startsWith(toText(args[1]!).toUpperCase());
    case 'endswith':
      arity(2);
      return toText(args[0]!).toUpperCase().endsWith(toText(args[1]!).toUpperCase());
    case 'format': {
      if (args.length < 1) throw new ExpressionError('format() needs a format string');
      // {N} is replaced by argument N; {{ and }} escape braces.
      return toText(args[0]!).replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index: string | undefined) => {
        if (match === '{{') return '{';
        if (match === '}}') return '}';
        const n = Number(index);
        if (n + 1 >= args.length) throw new ExpressionError(`format(): no argument {${n}}`);
        return toText(args[n + 1]!);
      });
    }
    case 'join': {
      arity(1, 2);
      const separator = args.length > 1 ? toText(args[1]!) : ',';
      return Array.isArray(args[0]) ? args[0].map(toText).join(separator) : toText(args[0]!);
    }
    case 'tojson':
      arity(1);
      return JSON.stringify(args[0], null, 2);
    case 'fromjson':
      arity(1);
      return fromJson(toText(args[0]!));
    default:
      throw new ExpressionError(`${name}() is not a function the workflow driver knows`);
  }
}

function evaluateNode(node: Node, contexts: Contexts, status: JobStatus): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'context': {
      if (!Object.hasOwn(contexts, node.name)) throw new ExpressionError(`unrecognized named-value: '${node.name}'`);
      return contexts[node.name]!;
    }
    case 'member': {
      const object = evaluateNode(node.object, contexts, status);
      if (node.key === '*') {
        // Object filter: the values of every element or property ("Object filters").
        if (Array.isArray(object)) return object;
        if (object !== null && typeof object === 'object') return Object.values(object);
        return [];
      }
      if (
        Array.isArray(object) &&
        node.object.kind === 'member' &&
        node.object.key === '*' &&
        node.key.kind === 'literal' &&
        typeof node.key.value === 'string'
      ) {
        const key = node.key.value;
        return object.map((element) => member(element, key)).filter((v) => v !== null);
      }
      return member(object, evaluateNode(node.key, contexts, status));
    }
    case 'not':
      return !truthy(evaluateNode(node.operand, contexts, status));
    case 'binary': {
      const left = evaluateNode(node.left, contexts, status);
      // && and || short-circuit and return an operand, not a boolean ("Operators").
      if (node.op === '&&') return truthy(left) ? evaluateNode(node.right, contexts, status) : left;
      if (node.op === '||') return truthy(left) ? left : evaluateNode(node.right, contexts, status);
      const right = evaluateNode(node.right, contexts, status);
      if (node.op === '==') return looseEquals(left, right);
      if (node.op === '!=') return !looseEquals(left, right);
      return compare(node.op, left, right);
    }
    case 'call':
      return call(
        node.name,
        node.args.map((arg) => evaluateNode(arg, contexts, status)),
        status,
      );
  }
}

const ALL_GOOD: JobStatus = { failed: false, cancelled: false };

/** Evaluates one expression (the text inside `${{ }}`). */
export function evaluate(expression: string, contexts: Contexts, status: JobStatus = ALL_GOOD): Value {
  return evaluateNode(parse(expression), contexts, status);
}

/**
 * Replaces each `${{ … }}` in a string. A string that is exactly one expression keeps the expression's
 * value (so `runs-on: ${{ fromJSON(inputs.runs-on) }}` is an array); otherwise the pieces join as text.
 */
export function interpolate(text: string, contexts: Contexts, status: JobStatus = ALL_GOOD): Value {
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(text);
  if (whole && !whole[1]!.includes('}}')) return evaluate(whole[1]!, contexts, status);
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, inner: string) => toText(evaluate(inner, contexts, status)));
}

const STATUS_FUNCTION = /\b(success|failure|always|cancelled)\s*\(/i;

/**
 * An `if:` condition. It may be written with or without `${{ }}`; without a status function GitHub
 * applies `success() &&` ("Status check functions": "A default status check of success() is applied
 * unless you include one of these functions").
 */
export function condition(source: string | boolean | undefined, contexts: Contexts, status: JobStatus): boolean {
  if (source === undefined) return succeeded(status);
  if (typeof source === 'boolean') return source && succeeded(status);
  const trimmed = source.trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(trimmed);
  const expression = whole ? whole[1]! : trimmed;
  const value = truthy(evaluate(expression, contexts, status));
  return STATUS_FUNCTION.test(expression) ? value : value && succeeded(status);
}
