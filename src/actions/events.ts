/**
 * The GitHub events dhow's actions accept, read from GITHUB_EVENT_PATH and validated with zod: only the
 * fields dhow uses, so an unexpected event or a payload missing one of them is a clear error instead of
 * an `undefined` deep inside the core.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DhowError } from '../errors.js';

const Sha = z.string().regex(/^[0-9a-f]{40}$/, 'must be a 40-hex commit id');
const Login = z.object({ login: z.string().min(1) }).passthrough();
const Repository = z.object({ full_name: z.string().regex(/^[^/\s]+\/[^/\s]+$/), default_branch: z.string().min(1).optional() }).passthrough();

const PullRequest = z
  .object({
    number: z.number().int().positive(),
    state: z.enum(['open', 'closed']),
    html_url: z.string().optional(),
    user: Login.nullable(),
    head: z.object({ ref: z.string().min(1), sha: Sha }).passthrough(),
    base: z.object({ ref: z.string().min(1), sha: Sha.optional() }).passthrough(),
  })
  .passthrough();

export const PullRequestEvent = z
  .object({
    action: z.string().min(1),
    number: z.number().int().positive().optional(),
    pull_request: PullRequest,
    repository: Repository,
    sender: Login.optional(),
  })
  .passthrough();

export const PullRequestReviewEvent = z
  .object({
    action: z.enum(['submitted', 'edited', 'dismissed']),
    review: z
      .object({
        id: z.number().int(),
        user: Login.nullable(),
        state: z.string().min(1),
        commit_id: Sha.optional(),
      })
      .passthrough(),
    pull_request: PullRequest,
    repository: Repository,
    sender: Login.optional(),
  })
  .passthrough();

export const RepositoryDispatchEvent = z
  .object({
    action: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, 'must be an event type of letters, digits, ".", "_" or "-"'),
    client_payload: z.record(z.string(), z.unknown()).default({}),
    repository: Repository,
    sender: Login.optional(),
  })
  .passthrough();

export const WorkflowDispatchEvent = z
  .object({
    inputs: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .nullable()
      .default({}),
    ref: z.string().min(1),
    repository: Repository,
    sender: Login.optional(),
  })
  .passthrough();

export const PushEvent = z
  .object({
    ref: z.string().min(1),
    after: Sha,
    repository: Repository,
    sender: Login.optional(),
  })
  .passthrough();

export const EVENT_SCHEMAS = {
  push: PushEvent,
  pull_request: PullRequestEvent,
  pull_request_target: PullRequestEvent,
  pull_request_review: PullRequestReviewEvent,
  repository_dispatch: RepositoryDispatchEvent,
  workflow_dispatch: WorkflowDispatchEvent,
} as const;
export type EventName = keyof typeof EVENT_SCHEMAS;

/** Validates an event payload; the error names the event file and the field. */
export function parseEvent<K extends EventName>(
  name: K,
  payload: unknown,
  file = 'the event payload',
): { name: K; payload: z.infer<(typeof EVENT_SCHEMAS)[K]> } {
  const result = EVENT_SCHEMAS[name].safeParse(payload);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DhowError('invalid-input', `${name} event: ${issue.message}`, { file, field: issue.path.map(String).join('.') });
  }
  return { name, payload: result.data as z.infer<(typeof EVENT_SCHEMAS)[K]> };
}

/** Reads GITHUB_EVENT_NAME and GITHUB_EVENT_PATH; refuses an event that is not among `accepted`. */
export async function readEvent<K extends EventName>(
  accepted: readonly K[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ name: K; payload: z.infer<(typeof EVENT_SCHEMAS)[K]> }> {
  const name = env.GITHUB_EVENT_NAME;
  if (!name || !(accepted as readonly string[]).includes(name)) {
    throw new DhowError('usage', `this action runs on ${accepted.join(' or ')} events, not on "${name ?? '(none)'}": check the workflow's "on:"`);
  }
  const path = env.GITHUB_EVENT_PATH;
  if (!path) throw new DhowError('usage', 'GITHUB_EVENT_PATH is not set: run this action in a workflow');
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new DhowError('invalid-input', `cannot read the event payload: ${(error as Error).message}`, { file: path });
  }
  return parseEvent(name as K, payload, path);
}
