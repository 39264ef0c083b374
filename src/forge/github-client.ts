/**
 * The Octokit the github forge uses: @octokit/rest with the retry plugin (5xx, bounded) and the throttling
 * plugin (primary and secondary rate limits: retried a bounded number of times after the retry-after
 * GitHub sends, logged without the token). Failures become DhowErrors naming the route and status.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { DhowError } from '../errors.js';
import type { Logger } from '../logger.js';

export const GitHubOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  logger: Logger;
  /** Retries after a rate limit (default 2). */
  rateLimitRetries?: number;
  /** Retries after a 5xx (default 3). */
  serverErrorRetries?: number;
  /** Milliseconds per second of back-off (default 1000; tests make it small). */
  backoffUnitMs?: number;
  /** GitHub's pacing of writes (one per second; three seconds for notifying ones). Default true. */
  pacing?: boolean;
}

/** A limiter that lets every job through at once, for the emulator (GitHub's pacing is off). */
const unpaced = { key: () => ({ schedule: (_options: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) => fn(...args) }) };

export function createClient(options: ClientOptions): GitHubClient {
  const { logger } = options;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const unit = options.backoffUnitMs ?? 1000;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount < rateLimitRetries) {
      logger.warning(`GitHub ${kind} on ${request.method} ${request.url}: retrying after ${retryAfter}s (${retryCount + 1}/${rateLimitRetries})`);
      return true;
    }
    logger.error(`GitHub ${kind} on ${request.method} ${request.url}: giving up after ${rateLimitRetries} retries`);
    return false;
  };
  return new GitHubOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'dhow',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => logger.debug(m), error: (m: string) => logger.debug(m) },
    // Only what may pass is retried: 405 (not mergeable yet) and 409 (the head moved) are GitHub's answer, and
    // the plugin's default list would retry them three times with back-off (1 + 4 + 9 s) before failing anyway.
    retry: { retries: options.serverErrorRetries ?? 3, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 405, 409, 410, 422, 451] },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: unit,
      ...(options.pacing === false ? { write: unpaced, notifications: unpaced } : {}),
    } as never,
  });
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { data?: { message?: string; errors?: unknown[] } };
  request?: { method?: string; url?: string };
}

export function statusOf(error: unknown): number | undefined {
  return (error as RequestErrorLike)?.status;
}

/** GitHub's message and its `errors` details in one line (422s put the useful part in `errors`). */
export function messageOf(error: unknown): string {
  const e = error as RequestErrorLike;
  const data = e?.response?.data;
  const details = (data?.errors ?? [])
    .map((d) =>
      typeof d === 'string'
        ? d
        : ((d as { message?: string; code?: string; field?: string }).message ??
          [(d as { field?: string }).field, (d as { code?: string }).code].filter(Boolean).join(' ')),
    )
    .filter(Boolean);
  return [data?.message ?? e?.message ?? String(error), ...details].join(': ');
}

/** Wraps an Octokit failure into a DhowError naming what was being done. */
export function forgeError(what: string, error: unknown): DhowError {
  if (error instanceof DhowError) return error;
  const status = statusOf(error);
  let hint = '';
  if (status === 401) hint = ' (the token is invalid or expired)';
  else if (status === 403 && /GitHub Actions is not permitted to create or approve pull requests/i.test(messageOf(error))) {
    hint =
      ' (the repository setting Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests" is off: turn it on, or better use a GitHub App token, whose pull requests also start workflows)';
  } else if (status === 403 || status === 404) hint = ' (check the token can reach this repository and has the permissions the action README lists)';
  return new DhowError('forge', `GitHub: ${what} failed${status ? ` with ${status}` : ''}: ${messageOf(error)}${hint}`, { cause: error });
}
