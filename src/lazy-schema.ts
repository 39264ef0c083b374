/**
 * Schemas built on first use. zod builds a schema's checks and closures when the schema is constructed, so a
 * module that declares its schemas at top level pays for every one of them when it loads, used or not: at an
 * action's start-up that is time on every step (issue 14, test/bench/startup.bench.ts). `lazySchema` defers the
 * construction to the first call and returns the same instance from then on, so zod metadata registered on it
 * (`.meta()`, the JSON Schemas for editors) stays attached to one schema as before.
 */
export function lazySchema<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}
