/**
 * The load generator of the latency gate, against an HTTP endpoint (the served model).
 *
 * constant-rate: request i is scheduled at start + i/rate whatever happened before, and its latency counts
 * from that scheduled time, not from when it was actually sent. A server that stalls therefore shows the
 * stall in every request that had to wait for it, as users would see it; a closed loop (send, wait,
 * send) hides the stall behind the one request that met it ("coordinated omission", Gil Tene).
 * closed-loop: N connections, each sending its next request when the previous answer arrived; the
 * latency is the request's own round trip. Useful for throughput, optimistic for tails.
 *
 * Requests started in the warm-up are sent but not measured. Failed requests (connection errors,
 * timeouts, non-2xx) are counted, not measured.
 */
import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { DhowError } from '../errors.js';

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST' | 'PUT';
  body?: string | Record<string, unknown>;
  headers?: Record<string, string>;
  mode: 'constant-rate' | 'closed-loop';
  /** Requests per second (constant-rate). */
  rate?: number;
  /** Connections (closed-loop). */
  connections?: number;
  durationSeconds: number;
  warmupSeconds?: number;
  timeoutMs?: number;
}

export interface LoadResult {
  mode: LoadOptions['mode'];
  /** Latencies of the measured, successful requests, in milliseconds, in completion order. */
  latenciesMs: number[];
  /** Measured requests that failed. */
  errors: number;
  /** The first few distinct failure reasons. */
  errorReasons: string[];
  /** Requests sent in the warm-up (not measured). */
  warmupRequests: number;
  /** Wall time of the measured part, in seconds. */
  elapsedSeconds: number;
}

interface Target {
  client: typeof http | typeof https;
  agent: http.Agent;
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
  timeoutMs: number;
}

function target(options: LoadOptions, sockets: number): Target {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new DhowError('invalid-input', `"${options.url}" is not a URL`, { field: 'source.endpoint.url' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DhowError('invalid-input', `the latency endpoint must be http or https, not ${url.protocol}`, { field: 'source.endpoint.url' });
  }
  const client = url.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = { ...options.headers };
  let body: Buffer | undefined;
  if (options.body !== undefined) {
    body = Buffer.from(typeof options.body === 'string' ? options.body : JSON.stringify(options.body), 'utf8');
    if (typeof options.body !== 'string') headers['content-type'] ??= 'application/json; charset=utf-8';
    headers['content-length'] = String(body.length);
  }
  return {
    client,
    agent: new client.Agent({ keepAlive: true, maxSockets: sockets }),
    url,
    method: options.method ?? (body ? 'POST' : 'GET'),
    headers,
    body,
    timeoutMs: options.timeoutMs ?? 10_000,
  };
}

/** One request; resolves (never rejects) with an error reason or null, once the whole answer is read. */
function send(t: Target): Promise<string | null> {
  return new Promise((resolve) => {
    const request = t.client.request(t.url, { method: t.method, headers: t.headers, agent: t.agent, signal: AbortSignal.timeout(t.timeoutMs) }, (response) => {
      response.on('data', () => {});
      response.on('error', (error) => resolve(error.message));
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        resolve(status >= 200 && status < 300 ? null : `HTTP ${status}`);
      });
    });
    request.on('error', (error) => resolve(error.name === 'TimeoutError' || error.name === 'AbortError' ? `timed out after ${t.timeoutMs} ms` : error.message));
    request.end(t.body);
  });
}

export async function generateLoad(options: LoadOptions): Promise<LoadResult> {
  if (!(options.durationSeconds > 0)) throw new DhowError('invalid-input', 'the load duration must be positive', { field: 'duration-seconds' });
  const warmupMs = (options.warmupSeconds ?? 0) * 1000;
  const latenciesMs: number[] = [];
  const errorReasons = new Set<string>();
  let errors = 0;
  let warmupRequests = 0;
  const record = (measured: boolean, latency: number, error: string | null) => {
    if (!measured) {
      warmupRequests++;
    } else if (error === null) {
      latenciesMs.push(latency);
    } else {
      errors++;
      if (errorReasons.size < 5) errorReasons.add(error);
    }
  };
  /** What was measured since `start`, the warm-up left out. */
  const result = (start: number): LoadResult => ({
    mode: options.mode,
    latenciesMs,
    errors,
    errorReasons: [...errorReasons],
    warmupRequests,
    elapsedSeconds: (performance.now() - start - warmupMs) / 1000,
  });

  if (options.mode === 'constant-rate') {
    const rate = options.rate ?? 10;
    const interval = 1000 / rate;
    const total = Math.floor(((warmupMs + options.durationSeconds * 1000) / 1000) * rate);
    // Enough sockets that the client is never the bottleneck; beyond them requests queue in the agent,
    // still measured from their scheduled time.
    const t = target(options, 512);
    const inFlight = new Set<Promise<void>>();
    const start = performance.now();
    let i = 0;
    try {
      while (i < total) {
        const wait = start + i * interval - performance.now();
        if (wait > 0) await sleep(wait);
        // Fire everything that is due, so a late timer never thins the schedule out.
        const now = performance.now();
        while (i < total && start + i * interval <= now) {
          const scheduled = start + i * interval;
          // Compared as offsets: (start + x) - start is not always x in floating point.
          const measured = i * interval >= warmupMs;
          const p = send(t).then((error) => record(measured, performance.now() - scheduled, error));
          inFlight.add(p);
          void p.finally(() => inFlight.delete(p));
          i++;
        }
      }
      await Promise.all(inFlight);
    } finally {
      t.agent.destroy();
    }
    return result(start);
  }

  const connections = options.connections ?? 1;
  const t = target(options, connections);
  const start = performance.now();
  const end = start + warmupMs + options.durationSeconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < end) {
          const sent = performance.now();
          const error = await send(t);
          record(sent - start >= warmupMs, performance.now() - sent, error);
        }
      }),
    );
  } finally {
    t.agent.destroy();
  }
  return result(start);
}
