/**
 * `dhow bridge`: runs the Alertmanager bridge until SIGTERM or SIGINT. With `--forge github` each drift
 * alert becomes a repository_dispatch on the registry repository (the revert action does the rest);
 * with `--forge local` the bridge runs the revert itself on a local registry.
 * Secrets come from the environment or files, never from the command line (it shows in `ps`).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DhowError } from '../../errors.js';
import type { Forge } from '../../forge/forge.js';
import { jsonLogger } from '../../http/log.js';
import {
  DEFAULT_MAX_ALERTS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_MAX_DELIVERIES,
  DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES,
  startBridge,
  type BridgeOptions,
  type Deliver,
} from '../../bridge/server.js';
import { executeRevert } from '../../revert/execute.js';
import { parseCommandArgs, parseHostPort, printHelp, registryDir, type CliContext } from '../context.js';

const HELP = `usage: dhow bridge [--listen HOST:PORT] [--forge local|github] [options]

Takes Alertmanager webhook notifications on POST /alertmanager and, for each firing alert whose labels
name model, environment and version, sends a repository_dispatch (github) or runs the revert (local).
Also serves /healthz and /metrics. Stops gracefully on SIGTERM.

  --listen HOST:PORT        where to listen (default 127.0.0.1:9095)
  --forge local|github      where alerts go (default local)
  --registry DIR            the local registry (default $DHOW_REGISTRY or the current directory)
  --repository OWNER/NAME   the registry repository on GitHub (default $GITHUB_REPOSITORY)
  --api-url URL             the GitHub API (default $GITHUB_API_URL or GitHub's)
  --event-type TYPE         the repository_dispatch event type (default: dhow.yaml revert.event-type)
  --token-file FILE         the bearer token Alertmanager sends (default $DHOW_BRIDGE_TOKEN)
  --hmac-secret-file FILE   a secret for X-Dhow-Signature-256 HMAC signatures (default $DHOW_BRIDGE_HMAC_SECRET)
  --max-body-bytes N        larger bodies get 413 (default ${DEFAULT_MAX_BODY_BYTES})
  --max-unauthenticated-body-bytes N
                            the most of a body read before its HMAC signature is checked
                            (default ${DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES}; at most --max-body-bytes)
  --max-deliveries N        deliveries (dispatches or reverts) running at once; the rest wait in order
                            (default ${DEFAULT_MAX_DELIVERIES})
  --max-connections N       open connections at once (default ${DEFAULT_MAX_CONNECTIONS})
  --max-alerts N            alerts in one notification; a larger one gets 413 (default ${DEFAULT_MAX_ALERTS});
                            set Alertmanager's webhook_config max_alerts to at most this
  --by NAME                 who the revert is recorded as (local; default dhow-bridge)
  --alertname NAME          act only on alerts with this alertname label (repeatable; default: any
                            firing alert whose labels name model, environment and version)
Each --max-* flag may also come from the environment: $DHOW_BRIDGE_MAX_BODY_BYTES, ...,
$DHOW_BRIDGE_MAX_ALERTS (the flag wins). The GitHub token is read from $GITHUB_TOKEN.
`;

type LimitOption = 'maxBodyBytes' | 'maxUnauthenticatedBodyBytes' | 'maxDeliveries' | 'maxConnections' | 'maxAlerts';

/** The bridge's limits as flags: each with its environment variable and the range it may take. */
export const BRIDGE_LIMIT_FLAGS: ReadonlyArray<{ flag: string; env: string; option: LimitOption; default: number; min: number; max: number }> = [
  { flag: 'max-body-bytes', env: 'DHOW_BRIDGE_MAX_BODY_BYTES', option: 'maxBodyBytes', default: DEFAULT_MAX_BODY_BYTES, min: 1024, max: 64 * 1024 * 1024 },
  {
    flag: 'max-unauthenticated-body-bytes',
    env: 'DHOW_BRIDGE_MAX_UNAUTHENTICATED_BODY_BYTES',
    option: 'maxUnauthenticatedBodyBytes',
    default: DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES,
    min: 1024,
    max: 64 * 1024 * 1024,
  },
  { flag: 'max-deliveries', env: 'DHOW_BRIDGE_MAX_DELIVERIES', option: 'maxDeliveries', default: DEFAULT_MAX_DELIVERIES, min: 1, max: 256 },
  { flag: 'max-connections', env: 'DHOW_BRIDGE_MAX_CONNECTIONS', option: 'maxConnections', default: DEFAULT_MAX_CONNECTIONS, min: 1, max: 65_536 },
  { flag: 'max-alerts', env: 'DHOW_BRIDGE_MAX_ALERTS', option: 'maxAlerts', default: DEFAULT_MAX_ALERTS, min: 1, max: 100_000 },
];

/**
 * The limits from flags, else the environment, else the defaults; a bad value is refused naming the flag
 * or the variable it came from (the value itself is not repeated).
 */
export function parseBridgeLimits(flags: Record<string, unknown>, env: NodeJS.ProcessEnv): Required<Pick<BridgeOptions, LimitOption>> {
  const limits = {} as Required<Pick<BridgeOptions, LimitOption>>;
  for (const limit of BRIDGE_LIMIT_FLAGS) {
    const fromFlag = typeof flags[limit.flag] === 'string' ? (flags[limit.flag] as string) : undefined;
    const fromEnv = env[limit.env]?.trim() || undefined;
    const source = fromFlag !== undefined ? `--${limit.flag}` : `$${limit.env}`;
    const text = fromFlag ?? fromEnv;
    if (text === undefined) {
      limits[limit.option] = limit.default;
      continue;
    }
    const value = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
    if (!Number.isSafeInteger(value) || value < limit.min) throw new DhowError('usage', `dhow bridge: ${source} must be an integer >= ${limit.min}`);
    if (value > limit.max) throw new DhowError('usage', `dhow bridge: ${source} must be at most ${limit.max}`);
    limits[limit.option] = value;
  }
  if (limits.maxUnauthenticatedBodyBytes > limits.maxBodyBytes) {
    throw new DhowError(
      'usage',
      `dhow bridge: --max-unauthenticated-body-bytes (${limits.maxUnauthenticatedBodyBytes}) must not exceed --max-body-bytes (${limits.maxBodyBytes})`,
    );
  }
  return limits;
}

export function parseListen(value: string): { host: string; port: number } {
  return parseHostPort(value, 'bridge', '--listen', 9095);
}

async function secret(file: string | undefined, envValue: string | undefined, what: string, cwd: string): Promise<string | undefined> {
  if (file) {
    const text = (
      await readFile(resolve(cwd, file), 'utf8').catch(() => {
        throw new DhowError('not-found', `cannot read the ${what}`, { file });
      })
    ).trim();
    if (!text) throw new DhowError('invalid-input', `the ${what} file is empty`, { file });
    return text;
  }
  return envValue?.trim() || undefined;
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('bridge', args, {
    listen: { type: 'string', default: '127.0.0.1:9095' },
    forge: { type: 'string', default: 'local' },
    registry: { type: 'string' },
    repository: { type: 'string' },
    'api-url': { type: 'string' },
    'event-type': { type: 'string' },
    'token-file': { type: 'string' },
    'hmac-secret-file': { type: 'string' },
    ...Object.fromEntries(BRIDGE_LIMIT_FLAGS.map((l) => [l.flag, { type: 'string' as const }])),
    by: { type: 'string', default: 'dhow-bridge' },
    alertname: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return printHelp(ctx, HELP);
  const { host, port } = parseListen(values.listen!);
  // Usage first: a mistyped --forge is named before the missing credentials are.
  if (values.forge !== 'local' && values.forge !== 'github') {
    throw new DhowError('usage', `dhow bridge: --forge must be "local" or "github", not "${values.forge}"`);
  }
  const limits = parseBridgeLimits(values as Record<string, unknown>, ctx.env);
  const token = await secret(values['token-file'], ctx.env.DHOW_BRIDGE_TOKEN, 'bridge token', ctx.cwd);
  const hmacSecret = await secret(values['hmac-secret-file'], ctx.env.DHOW_BRIDGE_HMAC_SECRET, 'HMAC secret', ctx.cwd);
  if (!token && !hmacSecret) {
    throw new DhowError(
      'usage',
      'dhow bridge: set $DHOW_BRIDGE_TOKEN (or --token-file) or $DHOW_BRIDGE_HMAC_SECRET (or --hmac-secret-file): the bridge never accepts unauthenticated alerts',
    );
  }

  const logger = jsonLogger(ctx.stderr, { component: 'bridge', verbose: Boolean(ctx.env.DHOW_DEBUG) });
  let forge: Forge;
  let deliver: Deliver;
  let closeForge = () => {};
  if (values.forge === 'local') {
    const { openLocalForge } = await import('../../forge/local.js');
    const local = await openLocalForge(resolve(ctx.cwd, registryDir(values.registry, ctx)), { logger });
    forge = local;
    closeForge = () => local.close();
    const by = values.by!;
    deliver = async (alert) => {
      // Each delivery reads the registry as it is now, not as the bridge found it at its last delivery.
      local.beginPass();
      try {
        const outcome = await executeRevert(local, alert, { by, logger });
        return `${outcome.outcome}: ${outcome.message}`;
      } finally {
        local.endPass();
      }
    };
  } else {
    const repository = values.repository ?? ctx.env.GITHUB_REPOSITORY;
    if (!repository) throw new DhowError('usage', 'dhow bridge: --repository OWNER/NAME (or $GITHUB_REPOSITORY) is required with --forge github');
    const githubToken = ctx.env.GITHUB_TOKEN;
    if (!githubToken) throw new DhowError('usage', 'dhow bridge: $GITHUB_TOKEN is required with --forge github (a token that may send repository_dispatch)');
    const { createGitHubForge } = await import('../../forge/github.js');
    const baseUrl = values['api-url'] ?? ctx.env.GITHUB_API_URL;
    forge = createGitHubForge({ token: githubToken, repository, ...(baseUrl ? { baseUrl } : {}), logger });
    const eventType = values['event-type'] ?? (await eventTypeOf(forge));
    deliver = async (alert) => {
      await forge.dispatch(eventType, { ...alert });
      return `dispatched ${eventType} to ${repository}`;
    };
  }

  const bridge = await startBridge({
    host,
    port,
    auth: { ...(token ? { token } : {}), ...(hmacSecret ? { hmacSecret } : {}) },
    deliver,
    logger,
    ...limits,
    ...(values.alertname ? { alertNames: values.alertname } : {}),
  });
  ctx.stdout.write(`dhow bridge listening on ${bridge.url}/alertmanager (forge ${forge.kind}: ${forge.description})\n`);
  const signal = await new Promise<string>((done) => {
    process.once('SIGTERM', () => done('SIGTERM'));
    process.once('SIGINT', () => done('SIGINT'));
  });
  logger.event('info', `received ${signal}`);
  await bridge.close();
  closeForge();
  return 0;
}

/** dhow.yaml's revert.event-type, read once at start. */
async function eventTypeOf(forge: Forge): Promise<string> {
  const { RegistryReader } = await import('../../registry/store.js');
  try {
    const reader = await RegistryReader.open(forge);
    return (await reader.config()).revert['event-type'];
  } catch (error) {
    throw new DhowError(
      'forge',
      `cannot read dhow.yaml from ${forge.description} to learn the revert event type (or pass --event-type): ${(error as Error).message}`,
    );
  }
}
