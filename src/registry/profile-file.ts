/**
 * A version's reference profile in the registry: `models/<model>/profiles/<version>.json`, the drift
 * profile (drift/profile.ts's DriftProfile) of the data the version was trained or validated on, written
 * with the version at register time so that a scheduled drift check compares production data against it
 * without the training data ever reaching a runner. Like the version record it is immutable. This module
 * checks a profile's text (for register and validate) and decides what registering one does.
 */
import type { FileProblem } from './files.js';

/**
 * The problems of a profile's text: not JSON, or not a DriftProfile (the first schema issue, by field).
 * The drift schema loads on first use: most registry work never meets a profile.
 */
export async function checkProfileText(path: string, text: string): Promise<FileProblem[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [{ file: path, message: 'not valid JSON: a reference profile is the JSON dhow drift profile writes' }];
  }
  const { DriftProfile } = await import('../drift/profile.js');
  const parsed = DriftProfile.safeParse(raw);
  if (parsed.success) return [];
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.');
  return [{ file: path, message: `not a drift profile: ${issue.message}`, ...(field ? { field } : {}) }];
}

/** The profile's bytes as the registry keeps them: parsed and written back with two-space indents. */
export function canonicalProfile(text: string): string {
  return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}

export type ProfileDecision = { kind: 'write'; content: string } | { kind: 'unchanged' } | { kind: 'refused'; reason: string };

/** A profile is written once per version: the same bytes again change nothing, other bytes are refused. */
export function decideProfile(existing: string | null, text: string): ProfileDecision {
  const content = canonicalProfile(text);
  if (existing === null) return { kind: 'write', content };
  if (existing === content) return { kind: 'unchanged' };
  return { kind: 'refused', reason: 'a different reference profile is already registered for this version: profiles are immutable, register a new version' };
}
