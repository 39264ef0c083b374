/** What every CLI command gets: its streams, environment and working directory, so tests run it in-process. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DhowError } from '../errors.js';
import { streamLogger, type Logger } from '../logger.js';
import { assertName, type NameKind } from '../registry/names.js';

export interface CliContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  logger: Logger;
  /** True when stdout is a terminal (progress bars, colour). */
  interactive: boolean;
}

export type Command = (args: string[], ctx: CliContext) => Promise<number>;

export function defaultContext(overrides: Partial<CliContext> = {}): CliContext {
  const stderr = overrides.stderr ?? process.stderr;
  return {
    stdout: process.stdout,
    stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    logger: streamLogger(stderr, Boolean(process.env.DHOW_DEBUG)),
    interactive: Boolean(process.stdout.isTTY),
    ...overrides,
  };
}

const commandEnds = new WeakMap<CliContext, (() => void)[]>();

/** Runs `end` when the command run with `ctx` returns: a registry it opened ends its pass (and its git reader) there. */
export function atCommandEnd(ctx: CliContext, end: () => void): void {
  const ends = commandEnds.get(ctx) ?? [];
  ends.push(end);
  commandEnds.set(ctx, ends);
}

/** What atCommandEnd asked for, once the command has returned or failed. */
export function endCommand(ctx: CliContext): void {
  for (const end of commandEnds.get(ctx)?.splice(0) ?? []) end();
}

/** node:util parseArgs in strict mode, turning its errors into usage errors that name the command. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(command: string, args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    throw new DhowError('usage', `dhow ${command}: ${(error as Error).message}`);
  }
}

/** Prints a command's help on stdout; its exit code is 0. */
export function printHelp(ctx: CliContext, text: string): number {
  ctx.stdout.write(text);
  return 0;
}

/**
 * The help of a command with subcommands: with none given, the usage goes to stderr and the exit code is 2;
 * `help`, `--help` or `-h` print it on stdout and exit 0. Returns undefined when `sub` is to be run.
 */
export function subcommandHelp(sub: string | undefined, ctx: CliContext, usage: string): number | undefined {
  if (sub === undefined) {
    ctx.stderr.write(usage);
    return 2;
  }
  if (sub === 'help' || sub === '--help' || sub === '-h') return printHelp(ctx, usage);
  return undefined;
}

/** The registry directory: --registry, then $DHOW_REGISTRY, then the current directory. */
export function registryDir(flag: string | undefined, ctx: CliContext): string {
  return flag ?? ctx.env.DHOW_REGISTRY ?? ctx.cwd;
}

export function requireOption<T>(command: string, name: string, value: T | undefined): T {
  if (value === undefined || value === '') throw new DhowError('usage', `dhow ${command}: --${name} is required`);
  return value;
}

/** A required option holding a registry name (model, version, environment), checked as one; errors name the flag. */
export function requireName(command: string, kind: NameKind, name: string, value: string | undefined): string {
  return assertName(kind, requireOption(command, name, value), { field: `--${name}` });
}

/** HOST:PORT, [IPv6]:PORT or :PORT (loopback) for a server's listen address; errors name the command's flag. */
export function parseHostPort(value: string, command: string, flag: string, examplePort: number): { host: string; port: number } {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(value.trim());
  const port = match ? Number(match[3]) : NaN;
  if (!match || port > 65535) throw new DhowError('usage', `dhow ${command}: ${flag} must be HOST:PORT (e.g. 127.0.0.1:${examplePort}), not "${value}"`);
  return { host: match[1] ?? (match[2] || '127.0.0.1'), port };
}

export function writeJson(ctx: CliContext, value: unknown): void {
  ctx.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
