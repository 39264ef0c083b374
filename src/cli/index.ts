/**
 * The `dhow` command: dispatches to one lazily loaded module per command, so `dhow status` never
 * loads the Kubernetes client and stays fast. `main` returns the exit code and never calls process.exit,
 * so tests run it in-process.
 */
import { DhowError, describeError } from '../errors.js';
import { defaultContext, endCommand, type CliContext, type Command } from './context.js';

interface CommandEntry {
  summary: string;
  load: () => Promise<{ run: Command }>;
}

/** Every command, in the order `dhow help` lists them. */
export const COMMANDS: Record<string, CommandEntry> = {
  init: { summary: 'create a registry in DIR (default: the current directory)', load: () => import('./commands/init.js') },
  train: { summary: 'train a model on this runner or as a Kubernetes Job, and draft its version record', load: () => import('./commands/train.js') },
  register: { summary: 'record a model version in the registry', load: () => import('./commands/register.js') },
  promote: { summary: 'open or update the promotion request of a version to an environment', load: () => import('./commands/promote.js') },
  review: { summary: 'approve or request changes on a promotion request', load: () => import('./commands/review.js') },
  merge: { summary: 'merge a promotion request once the policy is met (this deploys)', load: () => import('./commands/merge.js') },
  status: { summary: 'what runs where', load: () => import('./commands/status.js') },
  history: { summary: 'the releases of a model in an environment, newest first', load: () => import('./commands/history.js') },
  hold: { summary: 'hold a version in an environment: it may not be promoted there until the hold is lifted', load: () => import('./commands/hold.js') },
  unhold: { summary: 'lift the hold on a version in an environment', load: () => import('./commands/unhold.js') },
  versions: { summary: "a model's versions with their key metrics and where each runs", load: () => import('./commands/versions.js') },
  requests: { summary: 'promotion, revert and hold requests: list them, or show one with its reviews', load: () => import('./commands/requests.js') },
  rollback: { summary: 'put an environment back on an earlier version (default: its last known good)', load: () => import('./commands/rollback.js') },
  rollout: {
    summary: 'canary, blue-green and A/B rollouts (Prometheus analysis): one step, every one, a controller (--serve), or where each stands',
    load: () => import('./commands/rollout.js'),
  },
  bridge: { summary: 'serve the Alertmanager webhook: drift alerts become repository_dispatch events or reverts', load: () => import('./commands/bridge.js') },
  revert: {
    summary: 'put an environment back on its last known good version after a drift alert (decided from state)',
    load: () => import('./commands/revert.js'),
  },
  issues: { summary: 'the issues dhow raised (a revert it could not make): list, show or close them', load: () => import('./commands/issues.js') },
  gate: { summary: 'run the gates of a policy over a candidate; exit 1 when a blocking gate fails', load: () => import('./commands/gate.js') },
  evidence: {
    summary: 'write the evidence pack: AI-system register, model cards, audit trails, test reports, material changes',
    load: () => import('./commands/evidence.js'),
  },
  site: {
    summary: 'build the registry dashboard: a static site of models, environments, histories and the audit log',
    load: () => import('./commands/site.js'),
  },
  validate: { summary: 'check every registry file against its schema and the cross-file rules', load: () => import('./commands/validate.js') },
  metrics: {
    summary: 'reference-exact metrics over files: fairness (Fairlearn), text (jiwer, sacreBLEU), latency',
    load: () => import('./commands/metrics.js'),
  },
  arabic: {
    summary: 'Arabic text: normalize (CAMeL Tools steps) or check a data file (encoding, script, bidi, digits)',
    load: () => import('./commands/arabic.js'),
  },
  drift: { summary: 'compare current data with a reference or profile, column by column, as Evidently does', load: () => import('./commands/drift.js') },
  demo: { summary: 'a narrated lifecycle on a fresh local registry', load: () => import('./commands/demo.js') },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`);
  return `usage: dhow <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun "dhow <command> --help" for a command's options.\n`;
}

export async function main(argv: string[], overrides: Partial<CliContext> = {}): Promise<number> {
  const ctx = defaultContext(overrides);
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? ctx.stderr : ctx.stdout).write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    ctx.stdout.write(`${DHOW_VERSION}\n`);
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    ctx.stderr.write(`dhow: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    const command = await entry.load();
    return await command.run(args, ctx);
  } catch (error) {
    const prefix = `dhow ${name}`;
    const message = describeCliError(error);
    // Usage errors already name their (sub)command ("dhow train run: ..."): say it once.
    ctx.stderr.write(`${message.startsWith(`${prefix}:`) || message.startsWith(`${prefix} `) ? '' : `${prefix}: `}${message}\n`);
    if (wantsJson(args)) ctx.stdout.write(`${JSON.stringify(jsonError(error), null, 2)}\n`);
    return error instanceof DhowError ? error.exitCode : 1;
  } finally {
    endCommand(ctx);
  }
}

/** Errors of the file system a user can fix (a missing directory, no permission, a directory given for a file). */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'already exists',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
};

/**
 * A user's mistake with a path (an output file in a directory that does not exist, say) is named by
 * its path, without a stack trace; anything else that is not a DhowError is a bug and keeps its stack.
 */
function describeCliError(error: unknown): string {
  if (!(error instanceof DhowError) && error instanceof Error) {
    const { code, path } = error as NodeJS.ErrnoException;
    if (code !== undefined && Object.hasOwn(FILE_ERRORS, code)) {
      // Reading a directory as a file fails without a path: the message is still the user's to act on.
      return path === undefined ? error.message : `${path.replace(/\.(tmp-\d+|\d+\.\d+\.tmp)$/, '')}: ${FILE_ERRORS[code]} (${code})`;
    }
  }
  return describeError(error);
}

/** `--json` among a command's options (not after `--`, where it would be a positional). */
function wantsJson(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).includes('--json');
}

/**
 * A failure as a script reads it under --json: `{"error": {code, message, file, field, reasons}}` on stdout,
 * whatever the command, the exit code unchanged. A bug's stack stays on stderr, never in the object.
 */
export function jsonError(error: unknown): { error: { code: string; message: string; file: string | null; field: string | null; reasons: string[] } } {
  if (error instanceof DhowError) {
    return { error: { code: error.code, message: error.message, file: error.file ?? null, field: error.field ?? null, reasons: error.reasons } };
  }
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (error instanceof Error && code !== undefined && Object.hasOwn(FILE_ERRORS, code)) {
    return {
      error: { code: 'file-system', message: describeCliError(error), file: path?.replace(/\.(tmp-\d+|\d+\.\d+\.tmp)$/, '') ?? null, field: null, reasons: [] },
    };
  }
  return { error: { code: 'internal', message: error instanceof Error ? error.message : String(error), file: null, field: null, reasons: [] } };
}

export const DHOW_VERSION = '0.1.0';
