/**
 * Action settings parsed with zod: the repository input and the parse that turns zod's first issue into an error
 * naming the input. Apart from ./runtime.ts so that gate and train, which read their inputs by hand, do not load
 * zod at start-up (issue 14); the actions that parse with zod import it from here.
 */
import { z } from 'zod';
import { DhowError } from '../errors.js';
import { REPOSITORY } from '../forge/github-text.js';
import { lazySchema } from '../lazy-schema.js';

/** A GitHub repository as inputs name it: owner/name, in the characters GitHub allows (built on first use). */
export const RepositoryInput = lazySchema(() => z.string().regex(REPOSITORY, 'must be owner/name'));

/** Parses a settings object with zod and turns the first issue into an error naming the input. */
export function parseInputs<T extends z.ZodType>(schema: T, raw: Record<string, unknown>): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.');
  throw new DhowError('usage', `input "${field}": ${issue.message}`, { field });
}
