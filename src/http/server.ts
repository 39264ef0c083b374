/**
 * The HTTP server skeleton of dhow's long-running servers (the Alertmanager bridge, `dhow drift --serve`,
 * the rollout controller to come), on node:http. It owns what each of them needs, so a server is only its
 * routes and its state:
 *
 * - routes by exact path and method; `/healthz` (GET, HEAD) answered from `health()` and `/metrics`
 *   (GET, HEAD) from a prom-client registry are built in; a known path with another method gets 405 with
 *   `Allow`, an unknown path 404, both without reading the body;
 * - `Exchange.send` (JSON, or text for a string; content-length; `connection: close` while shutting down)
 *   and `Exchange.refuse` (an answer before the body is read: the rest is discarded, bounded in time);
 * - body limits: `Exchange.requireJson()` answers 415 for any Content-Type but application/json, and
 *   `Exchange.readBody(limit)` answers 413 when the declared or the actual size is over the limit;
 * - Node's slow-client timeouts (headers, whole request) and a cap on connections;
 * - one JSON log line per answer (debug below 400, warning for 4xx, error for 5xx; probes always debug)
 *   and, when `requestsMetric` names one, a counter of answers by path and code;
 * - graceful shutdown: from `close()` on, /healthz answers 503 "shutting-down", routes 503 with
 *   retry-after, idle connections close, and the work in flight gets `graceMs` to finish.
 *
 *   const http = await startHttpServer({
 *     name: 'bridge', logger, metrics, health: () => ({ code: 200, body: { status: 'ok' } }),
 *     routes: [{ method: 'POST', path: '/alertmanager', handle: async (x) => x.send(200, { ok: true }) }],
 *   });
 *   await http.close({ inFlight: work, graceMs: 10_000 });
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, type Registry } from 'prom-client';
import { DhowError, describeError } from '../errors.js';
import type { JsonLogger, LogFields } from './log.js';
import { closeGracefully } from './shutdown.js';

export const DEFAULT_HEADERS_TIMEOUT_MS = 15_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** How long a refused request's body is drained before its connection is cut. */
const DRAIN_MS = 2000;

/** One request being answered, with the means to answer it. */
export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** The route's path: the label of the log line and of the requests counter. */
  readonly path: string;
  /** Answers: JSON for an object, text for a string (a `content-type` header overrides either). */
  send(code: number, body: unknown, headers?: Record<string, string>): void;
  /** Answers before the body is read: asks the client to close and throws the rest of the body away. */
  refuse(code: number, body: unknown, headers?: Record<string, string>): void;
  /** True for an application/json body; otherwise answers 415 and returns false. */
  requireJson(): boolean;
  /** The body, at most `limit` bytes; over it, answers 413 and returns undefined. */
  readBody(limit: number): Promise<Buffer | undefined>;
}

export interface Route {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  handle(exchange: Exchange): Promise<void> | void;
}

export interface Health {
  code: number;
  body: unknown;
}

export interface HttpServerOptions {
  /** What the log lines call the server ("bridge" -> "bridge listening", "bridge stopped"). */
  name: string;
  host?: string;
  port?: number;
  logger: JsonLogger;
  /** Served on /metrics. */
  metrics: Registry;
  /** The answer of /healthz while the server is not shutting down. */
  health(): Health | Promise<Health>;
  routes?: readonly Route[];
  /** A counter of answers by path and code is registered under this name in `metrics` (none when absent). */
  requestsMetric?: string;
  maxConnections?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** More fields for the "listening" log line. */
  listeningFields?: LogFields;
}

export interface HttpServer {
  readonly url: string;
  readonly port: number;
  /** True from the moment close() is called. */
  readonly closing: boolean;
  /** Open connections now. */
  connections(): Promise<number>;
  /** Stops gracefully (once; later calls return the same promise): see the module comment. */
  close(options?: { inFlight?: Promise<unknown>; graceMs?: number; fields?: LogFields }): Promise<void>;
}

const PROBES = ['/healthz', '/metrics'];

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const { logger: log, metrics, name } = options;
  const routes = options.routes ?? [];
  const allowed = new Map<string, string[]>(PROBES.map((p) => [p, ['GET', 'HEAD']]));
  for (const route of routes) allowed.set(route.path, [...(allowed.get(route.path) ?? []), ...(route.method === 'GET' ? ['GET', 'HEAD'] : [route.method])]);
  const requests = options.requestsMetric
    ? new Counter({
        name: options.requestsMetric,
        help: `HTTP requests answered by the ${name}, by path and status code.`,
        labelNames: ['path', 'code'] as const,
        registers: [metrics],
      })
    : undefined;
  let closing = false;

  function exchange(req: IncomingMessage, res: ServerResponse, path: string): Exchange {
    const x: Exchange = {
      req,
      res,
      path,
      send(code, body, headers = {}) {
        requests?.inc({ path, code: String(code) });
        const text = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`;
        res.writeHead(code, {
          'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
          'content-length': String(Buffer.byteLength(text)),
          ...(closing ? { connection: 'close' } : {}),
          ...headers,
        });
        res.end(req.method === 'HEAD' ? undefined : text);
        const level = PROBES.includes(path) ? 'debug' : code >= 500 ? 'error' : code >= 400 ? 'warning' : 'debug';
        log.event(level, 'request', { method: req.method ?? '', path, code, remote: req.socket.remoteAddress ?? '' });
      },
      refuse(code, body, headers = {}) {
        x.send(code, body, { connection: 'close', ...headers });
        req.resume();
        setTimeout(() => req.destroy(), DRAIN_MS).unref();
      },
      requireJson() {
        const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (type === 'application/json') return true;
        x.refuse(415, { error: `Content-Type must be application/json${type ? `, not ${type.slice(0, 100)}` : ''}` }, { accept: 'application/json' });
        return false;
      },
      async readBody(limit) {
        const tooLarge = () => x.refuse(413, { error: `the body is larger than ${limit} bytes` });
        const declared = Number(req.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > limit) return void tooLarge();
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of req) {
          size += (chunk as Buffer).length;
          if (size > limit) return void tooLarge();
          chunks.push(chunk as Buffer);
        }
        return Buffer.concat(chunks);
      },
    };
    return x;
  }

  async function answer(x: Exchange): Promise<void> {
    const { req, path } = x;
    const methods = allowed.get(path);
    if (!methods) return x.refuse(404, { error: `not found: this server has ${[...allowed.keys()].join(', ')}` });
    if (!methods.includes(req.method ?? '')) {
      return x.refuse(405, { error: `method ${req.method} not allowed on ${path}` }, { allow: methods.join(', ') });
    }
    if (path === '/healthz') {
      const { code, body } = closing ? { code: 503, body: { status: 'shutting-down' } } : await options.health();
      return x.send(code, body);
    }
    if (path === '/metrics') return x.send(200, await metrics.metrics(), { 'content-type': metrics.contentType });
    if (closing) return x.refuse(503, { error: `the ${name} is shutting down; retry` }, { 'retry-after': '1' });
    // HEAD is answered by the GET route (Node drops the body).
    const route = routes.find((r) => r.path === path && (r.method === req.method || (req.method === 'HEAD' && r.method === 'GET')))!;
    await route.handle(x);
  }

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const x = exchange(req, res, allowed.has(path) ? path : 'other');
    answer(x).catch((error: unknown) => {
      log.event('error', 'request failed', { path: x.path, error: describeError(error).split('\n')[0] });
      if (!res.headersSent) x.send(500, { error: 'internal error' });
      else res.destroy();
    });
  });
  server.headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  server.requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  if (options.maxConnections !== undefined) server.maxConnections = options.maxConnections;

  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DhowError('usage', `cannot listen on ${host}:${options.port ?? 0}: ${code ?? (error as Error).message}`, { cause: error });
  }
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  log.event('info', `${name} listening`, { url, ...options.listeningFields });

  let closed: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    get closing() {
      return closing;
    },
    connections: () => new Promise<number>((resolve) => server.getConnections((_error, count) => resolve(count ?? 0))),
    close(work = {}) {
      closed ??= (async () => {
        closing = true;
        log.event('info', `${name} shutting down`, work.fields);
        await closeGracefully(server, work.inFlight, work.graceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
        log.event('info', `${name} stopped`);
      })();
      return closed;
    },
  };
}
