/**
 * The timings of `dhow drift --serve`, apart from the server itself (./serve.ts) so the one-shot command can
 * name them in its help and check its flags without loading node:http and prom-client.
 */
export const DEFAULT_SERVE_INTERVAL_MS = 60_000;
export const DEFAULT_POLL_INTERVAL_MS = 2_000;
/** The longest a Node.js timer waits (2^31 - 1 ms, 24.8 days): a longer one fires after 1 ms instead. */
export const MAX_TIMER_MS = 2_147_483_647;
