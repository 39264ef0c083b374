/**
 * Graceful shutdown for the HTTP skeleton (src/http/server.ts): no new connections, idle
 * keep-alive connections closed at once, the work in flight given up to `graceMs` to finish, then one more
 * second for responses being written before the remaining connections are cut.
 */
import type { Server } from 'node:http';

export async function closeGracefully(server: Server, inFlight: Promise<unknown> | undefined, graceMs: number): Promise<void> {
  const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  if (inFlight) {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([inFlight, grace]);
    clearTimeout(timer);
  }
  server.closeIdleConnections();
  const forced = setTimeout(() => server.closeAllConnections(), 1000);
  await stopped;
  clearTimeout(forced);
}
