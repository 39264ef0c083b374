/**
 * The drift alert as it travels to the registry: the `client_payload` of a `repository_dispatch` event,
 * the file `dhow revert --alert` reads, and what the bridge builds from an Alertmanager alert.
 * GitHub caps `client_payload` at 10 top-level properties; we also cap its size, so a forged or runaway
 * payload is refused before anything reads it further.
 */
import { z } from 'zod';
import { DhowError } from '../errors.js';
import { EnvironmentName, ModelName, VersionName } from '../registry/names.js';
import { Timestamp } from '../registry/schemas.js';

export const MAX_PAYLOAD_KEYS = 10;
export const MAX_PAYLOAD_BYTES = 64 * 1024;

export const DriftAlert = z
  .object({
    model: ModelName(),
    environment: EnvironmentName(),
    version: VersionName(),
    /** Identifies the alert (Alertmanager's fingerprint); recorded in the hold and the Dhow-Alert trailer. */
    fingerprint: z.string().regex(/^[A-Za-z0-9._:-]{1,200}$/, 'must be 1 to 200 letters, digits, ".", "_", ":" or "-"'),
    /** When the alert started: an alert that started before the version was promoted is about an earlier deployment. */
    'starts-at': Timestamp,
    summary: z.string().max(2000).optional(),
    /** Who raised it: a URL (Prometheus' generatorURL, a workflow run) or a short name. */
    source: z.string().min(1).max(1000).optional(),
  })
  .strict();
export type DriftAlert = z.infer<typeof DriftAlert>;

/**
 * Validates a payload from outside. `where` names it in errors (a file path, or "client_payload").
 * Throws DhowError('invalid-input') naming the first offending key.
 */
export function parseDriftAlert(raw: unknown, where = 'client_payload'): DriftAlert {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new DhowError('invalid-input', 'the alert payload must be a JSON object', { file: where });
  }
  const keys = Object.keys(raw);
  if (keys.length > MAX_PAYLOAD_KEYS) {
    throw new DhowError('invalid-input', `the alert payload has ${keys.length} top-level keys; at most ${MAX_PAYLOAD_KEYS} are allowed`, {
      file: where,
    });
  }
  const bytes = Buffer.byteLength(JSON.stringify(raw), 'utf8');
  if (bytes >= MAX_PAYLOAD_BYTES) {
    throw new DhowError('invalid-input', `the alert payload is ${bytes} bytes; it must be under ${MAX_PAYLOAD_BYTES}`, { file: where });
  }
  const result = DriftAlert.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    const field = issue.path.map(String).join('.');
    return issue.code === 'invalid_type' && issue.input === undefined ? `"${field}" is missing` : `"${field}": ${issue.message}`;
  });
  const first = result.error.issues[0]!;
  const field = first.code === 'unrecognized_keys' ? first.keys[0] : first.path.map(String).join('.');
  throw new DhowError('invalid-input', `invalid alert payload: ${issues.join('; ')}`, { file: where, field });
}
