/**
 * What the registry commands share: opening the local registry named by --registry / $DHOW_REGISTRY /
 * the working directory, who is acting (--as, $DHOW_ACTOR, git config user.name, $USER) and the clock
 * ($DHOW_NOW, for reproducible demos and tests, else now).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DhowError } from '../errors.js';
import type { Forge } from '../forge/forge.js';
import { openLocalForge, type LocalForge } from '../forge/local.js';
import { Timestamp } from '../registry/schemas.js';
import { atCommandEnd, registryDir, type CliContext } from './context.js';

export function now(ctx: CliContext): string {
  const fixed = ctx.env.DHOW_NOW;
  if (fixed) {
    if (!Timestamp.safeParse(fixed).success)
      throw new DhowError('usage', `$DHOW_NOW must be an ISO 8601 time with an offset, e.g. 2026-11-22T08:00:00Z (got "${fixed}")`);
    return fixed;
  }
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function actor(ctx: CliContext, as: string | undefined): string {
  const name = as ?? ctx.env.DHOW_ACTOR ?? gitUserName(ctx) ?? ctx.env.USER ?? ctx.env.USERNAME;
  if (!name || !name.trim()) throw new DhowError('usage', 'who is acting? pass --as NAME (or set $DHOW_ACTOR or git config user.name)');
  if (name.length > 200 || /[\n\r\0]/.test(name)) throw new DhowError('usage', '--as must be one line of at most 200 characters', { field: '--as' });
  return name.trim();
}

function gitUserName(ctx: CliContext): string | undefined {
  try {
    return (
      execFileSync('git', ['config', '--get', 'user.name'], { cwd: ctx.cwd, env: ctx.env, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() || undefined
    );
  } catch {
    return undefined;
  }
}

export async function openRegistry(ctx: CliContext, flag: string | undefined, as?: string): Promise<LocalForge> {
  const dir = resolve(ctx.cwd, registryDir(flag, ctx));
  // Commits are authored by the acting person; without --as the forge asks git config when it first commits.
  const name = as ?? ctx.env.DHOW_ACTOR;
  const forge = await openLocalForge(dir, { logger: ctx.logger, ...(name ? { identity: { name } } : {}), now: () => now(ctx) });
  // A command is one pass: its refs are read once. A server among the commands begins its own per request.
  forge.beginPass();
  atCommandEnd(ctx, () => forge.endPass());
  return forge;
}

/** The options of a command that reads or writes the registry either locally (--registry) or on GitHub (--repository). */
export const WHERE_OPTIONS = {
  registry: { type: 'string' },
  repository: { type: 'string' },
  'api-url': { type: 'string' },
} as const;

export interface Where {
  registry?: string;
  repository?: string;
  'api-url'?: string;
}

/**
 * The registry a command works on: the repository on GitHub named by --repository (the token from
 * $GITHUB_TOKEN, the API root from --api-url, then $GITHUB_API_URL, then GitHub's), set up as the
 * actions set it up (connectRegistry); otherwise the local one (openRegistry).
 */
export async function openForge(ctx: CliContext, command: string, where: Where, as?: string): Promise<Forge> {
  if (where.repository === undefined) {
    if (where['api-url'] !== undefined) throw new DhowError('usage', `dhow ${command}: --api-url goes with --repository OWNER/NAME (a registry on GitHub)`);
    return openRegistry(ctx, where.registry, as);
  }
  if (where.registry !== undefined) {
    throw new DhowError('usage', `dhow ${command}: --registry DIR (a local registry) and --repository OWNER/NAME (one on GitHub) exclude each other: pass one`);
  }
  const token = ctx.env.GITHUB_TOKEN;
  if (!token) {
    throw new DhowError(
      'usage',
      `dhow ${command}: --repository needs a GitHub token in $GITHUB_TOKEN (one that can read ${where.repository}, and write to it for commands that change it)`,
    );
  }
  const { connectRegistry } = await import('../forge/connect.js');
  return connectRegistry({
    token,
    registry: where.repository,
    ...(where['api-url'] !== undefined ? { apiUrl: where['api-url'] } : {}),
    logger: ctx.logger,
    env: ctx.env,
    names: { registry: '--repository', apiUrl: '--api-url (or $GITHUB_API_URL)' },
  });
}

/**
 * Commands that only make sense on a local registry refuse --repository (before their options are parsed,
 * so the refusal says what to do instead rather than "unknown option").
 */
export function refuseRepository(command: string, args: string[], instead: string): void {
  if (args.some((a) => a === '--repository' || a.startsWith('--repository=') || a === '--api-url' || a.startsWith('--api-url='))) {
    throw new DhowError('usage', `dhow ${command}: works on a local registry only (--registry DIR), not with --repository: ${instead}`);
  }
}

/** A plain-text table: a header row and aligned columns, two spaces apart. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

export const shortDigest = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);
export const shortSha = (sha: string) => sha.slice(0, 8);

/** `--help`/`-h` anywhere: print the command's usage and succeed. */
export function helpRequested(args: string[], ctx: CliContext, usage: string): boolean {
  if (!args.includes('--help') && !args.includes('-h')) return false;
  ctx.stdout.write(
    `${usage.trim()}\n\n--registry defaults to $DHOW_REGISTRY, then the current directory. --repository OWNER/NAME works on a registry on GitHub instead (token from $GITHUB_TOKEN; --api-url or $GITHUB_API_URL for GitHub Enterprise Server) where the usage shows it. Exit codes: 0 done, 1 refused or failed, 2 usage error.\n`,
  );
  return true;
}
