/**
 * What every demo step gets: the registry directory, a narration writer and a `dhow(argv)` runner that
 * calls the CLI in-process and echoes the command like a shell transcript, plus a clock that moves a few
 * minutes per command so the history reads like a real day. The CLI is injected (`DemoIO.run`) rather
 * than imported: the CLI runs the demo (`dhow demo`), so the demo must not load the CLI back.
 */
import { DhowError } from '../errors.js';

/** What one in-process CLI run printed and returned (the shape of src/cli/captured.ts's result). */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dhow <argv>` in-process with its streams captured (src/cli/captured.ts's `runCliCaptured`). */
export type CliRunner = (argv: string[], options: { env: NodeJS.ProcessEnv; cwd: string }) => Promise<CliRun>;

export interface DemoContext {
  /** The registry directory (a fresh temporary one unless the user named one). */
  registry: string;
  /** A scratch directory for files steps create (metrics, training output ...). */
  workDir: string;
  /** Prose between commands. */
  narrate(text: string): void;
  /** A section heading. */
  heading(text: string): void;
  /**
   * Runs `dhow <argv>` in-process as `as` (default: the step's narrator), echoing `$ dhow …` and its
   * output. Throws when the exit code is not `expect` (default 0): a demo that goes wrong stops loudly.
   */
  dhow(argv: string[], options?: { as?: string; expect?: number | number[]; quiet?: boolean; minutes?: number }): Promise<CliRun>;
  /**
   * The demo clock, ISO 8601; it moves on by the command's `minutes` (default 7) after every dhow
   * command; a command that changes nothing in the registry (rendering, a read) can take 0.
   */
  now(): string;
  advance(minutes: number): void;
  /**
   * Every dhow command run so far with the demo time it ran at ($DHOW_NOW) and its exit code: a check reads
   * a command's time here instead of counting the commands before it.
   */
  commands: DemoCommand[];
  /** Data steps share (a request id, a version name ...). */
  shared: Record<string, unknown>;
  env: NodeJS.ProcessEnv;
}

export interface DemoCommand {
  argv: string[];
  at: string;
  code: number;
}

export interface DemoStep {
  title: string;
  run(ctx: DemoContext): Promise<void>;
}

export interface DemoIO {
  out: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Colours and bold on a terminal. */
  color: boolean;
  /** The CLI every `dhow(argv)` of a step runs. */
  run: CliRunner;
}

/** Lines of a template literal without the common indentation and blank edges. */
function dedent(text: string): string[] {
  const lines = text
    .replace(/^\s*\n/, '')
    .trimEnd()
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent));
}

const shellQuote = (arg: string) => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

export function createDemoContext(registry: string, workDir: string, io: DemoIO, start = '2026-11-22T08:00:00Z'): DemoContext {
  let clock = Date.parse(start);
  const style = (code: string, text: string) => (io.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const write = (text: string) => io.out.write(text);
  const ctx: DemoContext = {
    registry,
    workDir,
    shared: {},
    commands: [],
    env: io.env,
    narrate: (text) =>
      write(
        `${dedent(text)
          .map((l) => `  ${l}`.trimEnd())
          .join('\n')}\n\n`,
      ),
    heading: (text) => write(`\n${style('1', `━━ ${text} `.padEnd(78, '━'))}\n\n`),
    now: () => new Date(clock).toISOString().replace('.000Z', 'Z'),
    advance: (minutes) => {
      clock += minutes * 60_000;
    },
    async dhow(argv, options = {}) {
      const as = options.as;
      const full = as ? [...argv, '--as', as] : argv;
      const shown = ['dhow', ...full].map(shellQuote).join(' ').replace(registry, '$DHOW_REGISTRY');
      write(`${style('2', '$')} ${style('1', shown)}\n`);
      const env = { ...io.env, DHOW_REGISTRY: registry, DHOW_NOW: ctx.now(), GIT_AUTHOR_NAME: as ?? io.env.GIT_AUTHOR_NAME ?? 'dhow-demo' };
      const { code, stdout, stderr } = await io.run(full, { env, cwd: io.cwd });
      ctx.commands.push({ argv: full, at: env.DHOW_NOW, code });
      if (!options.quiet) {
        const shownOut = stdout.replaceAll(registry, '$DHOW_REGISTRY');
        if (shownOut) write(shownOut.replace(/^/gm, '  ').replace(/ +$/gm, '') + (shownOut.endsWith('\n') ? '' : '\n'));
        if (stderr)
          write(style('33', stderr.replaceAll(registry, '$DHOW_REGISTRY').replace(/^/gm, '  ').replace(/ +$/gm, '')) + (stderr.endsWith('\n') ? '' : '\n'));
        write('\n');
      }
      ctx.advance(options.minutes ?? 7);
      const expected = [options.expect ?? 0].flat();
      if (!expected.includes(code)) {
        // The command's own message is above; a stack trace would add nothing a user can act on.
        throw new DhowError('refused', `the demo stopped: "${shown}" exited ${code}, expected ${expected.join(' or ')}`, {
          reasons: stderr.trim() ? stderr.trim().split('\n').slice(0, 5) : [],
        });
      }
      return { code, stdout, stderr };
    },
  };
  return ctx;
}
