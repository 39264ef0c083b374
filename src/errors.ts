/**
 * The one error family of dhow. A DhowError is something a user can act on (bad input, a refusal by
 * policy, a lost race that could not be recovered); anything else that escapes is a bug.
 */

export type DhowErrorCode =
  | 'usage' // wrong command-line or action usage: exit 2
  | 'invalid-input' // a file, payload or input that breaks its schema
  | 'invalid-name' // a model, version or environment name that may not become a path
  | 'not-found' // something named does not exist
  | 'refused' // policy says no (approvals missing, environment skipped, held version ...)
  | 'conflict' // compare-and-swap lost and could not be retried
  | 'forge' // the registry's host failed (GitHub API, git)
  | 'kubernetes' // the cluster failed or the Job failed
  | 'storage' // the object store (S3-compatible) failed or refused
  | 'gate-failed' // a blocking gate failed
  | 'timeout'
  | 'monitoring' // Prometheus could not answer a query (unreachable, refused the query, more than one series)
  | 'training-failed'; // the training command exited non-zero or was killed

export interface DhowErrorOptions {
  /** The file the problem is in, when there is one. */
  file?: string;
  /** The field, key, column or input name, when there is one. */
  field?: string;
  /** 1-based line number, for line-oriented inputs. */
  line?: number;
  /** Reasons, one per line, for refusals that have several. */
  reasons?: string[];
  cause?: unknown;
}

export class DhowError extends Error {
  readonly code: DhowErrorCode;
  readonly file?: string;
  readonly field?: string;
  readonly line?: number;
  readonly reasons: string[];

  constructor(code: DhowErrorCode, message: string, options: DhowErrorOptions = {}) {
    super(formatMessage(message, options), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DhowError';
    this.code = code;
    this.file = options.file;
    this.field = options.field;
    this.line = options.line;
    this.reasons = options.reasons ?? [];
  }

  /** Usage errors exit 2 (as the CLI contract says); every other refusal or failure exits 1. */
  get exitCode(): number {
    return this.code === 'usage' ? 2 : 1;
  }
}

function formatMessage(message: string, { file, field, line }: DhowErrorOptions): string {
  const where = [file && (line ? `${file}:${line}` : file), field && `field "${field}"`].filter(Boolean).join(', ');
  return where ? `${where}: ${message}` : message;
}

/** A message for any thrown value, without a stack for DhowErrors (they are meant for users). */
export function describeError(error: unknown): string {
  if (error instanceof DhowError) {
    return error.reasons.length > 0 ? `${error.message}\n${error.reasons.map((r) => `  - ${r}`).join('\n')}` : error.message;
  }
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

/** A YAML parser's message without its code frame and position: the DhowError names the line itself. */
export function yamlSyntaxMessage(error: { message: string }): string {
  return error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** One problem a schema found in a value (the shape of a zod issue, so this module needs no zod). */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * The first problem of a value that broke its schema, as an invalid-input DhowError naming the file and the
 * field path (e.g. `artifact.digest`; `field` when the value itself is wrong). `what` says what the value
 * was meant to be ("not a dhow gate report"), `hint` what would be right.
 */
export function schemaError(issues: readonly SchemaIssue[], where: { file?: string; field?: string; what?: string; hint?: string } = {}): DhowError {
  const issue = issues[0]!;
  const message = `${where.what ? `${where.what}: ` : ''}${issue.message}${where.hint ?? ''}`;
  return new DhowError('invalid-input', message, { file: where.file, field: issue.path.map(String).join('.') || where.field });
}
