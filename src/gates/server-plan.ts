/**
 * The plan for a model server the gates measure: which argv runs (no shell), where, which URL says it is
 * ready, how long it may take, and the environment variable that carries its base URL to the policy's
 * `${NAME}` endpoints. Pure: model-server.ts starts and stops the process. Every refusal names the input
 * or flag through `ServerSettingNames`, which the edge (action or CLI) supplies.
 */
import { DhowError } from '../errors.js';
import type { GatePolicy } from './policy.js';

/** How the edge names each setting in messages: `input "server-command"` or `--server-command`. */
export interface ServerSettingNames {
  command: string;
  readyUrl: string;
  readyTimeout: string;
  urlVariable: string;
}

export interface ModelServerRequest {
  /** An argv, or a command line split here without a shell (JSON array text is an argv too). */
  command: string | string[];
  readyUrl: string;
  /** Seconds, as given (a number or its text); default 60. */
  readyTimeout?: string | number;
  /** Default DHOW_SERVER_URL. */
  urlVariable?: string;
  /** Where the command runs (the model repository). */
  cwd: string;
}

export interface ModelServerPlan {
  argv: string[];
  cwd: string;
  readyUrl: string;
  /** The ready URL's origin (http://127.0.0.1:8080), the value of `urlVariable`. */
  baseUrl: string;
  urlVariable: string;
  readyTimeoutMs: number;
  names: ServerSettingNames;
}

export const DEFAULT_SERVER_URL_VARIABLE = 'DHOW_SERVER_URL';
export const DEFAULT_READY_TIMEOUT_SECONDS = 60;
const MAX_READY_TIMEOUT_SECONDS = 3600;

// Characters a shell would give meaning to: with no shell they would reach the program as text, which is
// never what a line written with them means.
const SHELL_ONLY = /[|&;<>$`*?(){}]/;

/**
 * Splits a command line into words the way a shell does for quoting alone: '…' keeps everything,
 * "…" keeps everything but \" and \\, a backslash outside quotes escapes the next character. Nothing is
 * expanded; a character only a shell would read (a pipe, a redirection, $VAR, a glob) is refused.
 */
export function splitCommandLine(line: string, name: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new DhowError('usage', `${name} has an unclosed single quote`);
      word += line.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\')) j++;
        word += line[j];
      }
      if (j >= line.length) throw new DhowError('usage', `${name} has an unclosed double quote`);
      inWord = true;
      i = j;
    } else if (c === '\\') {
      if (i + 1 >= line.length) throw new DhowError('usage', `${name} ends with a lone backslash`);
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (SHELL_ONLY.test(c)) {
      throw new DhowError(
        'usage',
        `${name} runs with no shell, so "${c}" would reach the program as text: quote it, give the argv as a JSON array, or put the line in a script`,
      );
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

function parseArgv(command: string | string[], name: string): string[] {
  if (Array.isArray(command)) return command;
  const text = command.trim();
  if (!text.startsWith('[')) return splitCommandLine(text, name);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DhowError('usage', `${name} starts with "[" but is not a JSON array of strings`);
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new DhowError('usage', `${name} must be a JSON array of strings`);
  return value as string[];
}

function parseTimeoutMs(value: string | number | undefined, name: string): number {
  if (value === undefined || value === '') return DEFAULT_READY_TIMEOUT_SECONDS * 1000;
  const seconds = typeof value === 'number' ? value : /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds > 0 && seconds <= MAX_READY_TIMEOUT_SECONDS)) {
    throw new DhowError('usage', `${name} must be a number of seconds above 0 and at most ${MAX_READY_TIMEOUT_SECONDS}, not ${JSON.stringify(String(value))}`);
  }
  return Math.round(seconds * 1000);
}

export function planModelServer(request: ModelServerRequest, names: ServerSettingNames): ModelServerPlan {
  const argv = parseArgv(request.command, names.command);
  if (argv.length === 0 || argv[0] === '') throw new DhowError('usage', `${names.command} is empty: give the command that starts the model server`);
  let url: URL;
  try {
    url = new URL(request.readyUrl);
  } catch {
    throw new DhowError('usage', `${names.readyUrl} is not a URL: ${JSON.stringify(request.readyUrl)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DhowError('usage', `${names.readyUrl} must be http or https, not ${url.protocol}`);
  // Credentials in the URL would reach the log with every message that names it.
  if (url.username || url.password) throw new DhowError('usage', `${names.readyUrl} must not carry a user or password`);
  const urlVariable = request.urlVariable || DEFAULT_SERVER_URL_VARIABLE;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(urlVariable)) {
    throw new DhowError('usage', `${names.urlVariable} must be an environment variable name (letters, digits, _), not ${JSON.stringify(urlVariable)}`);
  }
  return {
    argv,
    cwd: request.cwd,
    readyUrl: url.href,
    baseUrl: url.origin,
    urlVariable,
    readyTimeoutMs: parseTimeoutMs(request.readyTimeout, names.readyTimeout),
    names,
  };
}

/**
 * What the server inherits: the job's environment without what belongs to the action itself (its inputs,
 * a registry token among them, its saved state and the runner's runtime tokens), as for a training command.
 */
export function serverEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const withheld = /^(INPUT_|STATE_|ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_CACHE_URL$|ACTIONS_RESULTS_URL$)/;
  return Object.fromEntries(Object.entries(env).filter(([name]) => !withheld.test(name)));
}

/** The enabled gates whose endpoint names `${variable}`: a started server nothing measures is worth a warning. */
export function gatesUsingServer(policy: GatePolicy, variable: string): string[] {
  const reference = `\${${variable}}`;
  return policy.gates
    .filter((gate) => gate.enabled)
    .filter((gate) => {
      const source = gate.source;
      if (source.kind === 'latency') return source.endpoint?.url.includes(reference) ?? false;
      if (source.kind === 'round-trip') return source.url.includes(reference);
      return false;
    })
    .map((gate) => gate.name);
}
