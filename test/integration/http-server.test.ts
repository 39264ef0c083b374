/**
 * The HTTP server skeleton (src/http/server.ts) on loopback, through real requests: built-in probes,
 * routing answers (404, 405 with Allow, HEAD), the body limits (413, 415), the requests counter and log
 * lines, listen errors, and a graceful shutdown that still answers the request in flight.
 */
import { request } from 'node:http';
import { PassThrough } from 'node:stream';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { jsonLogger } from '../../src/http/log.js';
import { startHttpServer, type HttpServer, type Route } from '../../src/http/server.js';

function logSink() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c) => (text += c));
  return {
    logger: jsonLogger(stream, { verbose: true }),
    lines: () =>
      text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** A raw request, so nothing adds or hides headers (a chunked body has no content-length). */
function raw(url: string, options: { method: string; path: string; headers?: Record<string, string>; body?: string; chunked?: boolean }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(`${url}${options.path}`, { method: options.method, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.chunked) req.setHeader('transfer-encoding', 'chunked');
    req.end(options.body);
  });
}

describe('the HTTP server skeleton', () => {
  let http: HttpServer;
  const sink = logSink();
  const metrics = new Registry();
  const echo: Route = {
    method: 'POST',
    path: '/echo',
    async handle(x) {
      if (!x.requireJson()) return;
      const body = await x.readBody(16);
      if (body) x.send(200, { got: body.toString('utf8') });
    },
  };
  const hello: Route = { method: 'GET', path: '/hello', handle: (x) => x.send(200, 'hello') };

  beforeAll(async () => {
    http = await startHttpServer({
      name: 'test server',
      logger: sink.logger,
      metrics,
      health: () => ({ code: 200, body: { status: 'ok' } }),
      routes: [echo, hello],
      requestsMetric: 'test_requests_total',
      listeningFields: { purpose: 'tests' },
    });
  });
  afterAll(() => http.close());

  it('logs where it listens', () => {
    expect(sink.lines()[0]).toMatchObject({ level: 'info', msg: 'test server listening', url: http.url, purpose: 'tests' });
    expect(http.url).toBe(`http://127.0.0.1:${http.port}`);
  });

  it('answers /healthz from health() and /metrics from the registry, to GET and HEAD', async () => {
    const health = await raw(http.url, { method: 'GET', path: '/healthz' });
    expect([health.status, JSON.parse(health.body)]).toEqual([200, { status: 'ok' }]);
    const head = await raw(http.url, { method: 'HEAD', path: '/healthz' });
    expect([head.status, head.body]).toEqual([200, '']);
    const scraped = await raw(http.url, { method: 'GET', path: '/metrics' });
    expect(scraped.status).toBe(200);
    expect(scraped.headers['content-type']).toBe(metrics.contentType);
    expect(scraped.body).toContain('# TYPE test_requests_total counter');
  });

  it('routes by path and method: 404 names the paths, 405 says what is allowed, HEAD follows GET', async () => {
    const missing = await raw(http.url, { method: 'GET', path: '/nope?x=1' });
    expect([missing.status, JSON.parse(missing.body)]).toEqual([404, { error: 'not found: this server has /healthz, /metrics, /echo, /hello' }]);
    expect(missing.headers.connection).toBe('close');
    const wrong = await raw(http.url, { method: 'GET', path: '/echo' });
    expect([wrong.status, wrong.headers.allow, JSON.parse(wrong.body)]).toEqual([405, 'POST', { error: 'method GET not allowed on /echo' }]);
    const post = await raw(http.url, { method: 'POST', path: '/metrics' });
    expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
    const hi = await raw(http.url, { method: 'GET', path: '/hello' });
    expect([hi.status, hi.headers['content-type'], hi.body]).toEqual([200, 'text/plain; charset=utf-8', 'hello']);
    const head = await raw(http.url, { method: 'HEAD', path: '/hello' });
    expect([head.status, head.headers['content-length'], head.body]).toEqual([200, '5', '']);
  });

  it('refuses another Content-Type with 415 and a body over the limit with 413, declared or streamed', async () => {
    const text = await raw(http.url, { method: 'POST', path: '/echo', headers: { 'content-type': 'text/plain' }, body: '"x"' });
    expect([text.status, text.headers.accept, JSON.parse(text.body)]).toEqual([
      415,
      'application/json',
      { error: 'Content-Type must be application/json, not text/plain' },
    ]);
    const json = { 'content-type': 'application/json; charset=utf-8' };
    const declared = await raw(http.url, { method: 'POST', path: '/echo', headers: json, body: `"${'x'.repeat(20)}"` });
    expect([declared.status, JSON.parse(declared.body)]).toEqual([413, { error: 'the body is larger than 16 bytes' }]);
    const streamed = await raw(http.url, { method: 'POST', path: '/echo', headers: json, body: `"${'y'.repeat(20)}"`, chunked: true });
    expect([streamed.status, JSON.parse(streamed.body)]).toEqual([413, { error: 'the body is larger than 16 bytes' }]);
    const fits = await raw(http.url, { method: 'POST', path: '/echo', headers: json, body: '"fits"' });
    expect([fits.status, JSON.parse(fits.body)]).toEqual([200, { got: '"fits"' }]);
  });

  it('counts every answer by path and code, unknown paths as "other", and logs one line each', async () => {
    const before = (await metrics.getSingleMetric('test_requests_total')!.get()).values;
    const count = (path: string, code: string) => before.find((v) => v.labels.path === path && v.labels.code === code)?.value;
    expect(count('other', '404')).toBe(1);
    expect(count('/echo', '413')).toBe(2);
    expect(count('/echo', '415')).toBe(1);
    expect(count('/echo', '405')).toBe(1);
    const requests = sink.lines().filter((l) => l.msg === 'request');
    expect(requests.find((l) => l.code === 415)).toMatchObject({ level: 'warning', method: 'POST', path: '/echo', remote: '127.0.0.1' });
    expect(requests.find((l) => l.path === '/hello' && l.code === 200)).toMatchObject({ level: 'debug' });
  });

  it('names the address it cannot listen on', async () => {
    const error = await startHttpServer({
      name: 'twin',
      port: http.port,
      logger: logSink().logger,
      metrics: new Registry(),
      health: () => ({ code: 200, body: {} }),
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DhowError);
    expect((error as DhowError).message).toBe(`cannot listen on 127.0.0.1:${http.port}: EADDRINUSE`);
  });
});

describe('the HTTP server skeleton shutting down', () => {
  it('answers the request in flight, says it is closing, then stops and logs both', async () => {
    const sink = logSink();
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const work: Route = {
      method: 'POST',
      path: '/work',
      async handle(x) {
        entered();
        await gate;
        x.send(200, { done: true });
      },
    };
    const http = await startHttpServer({
      name: 'worker',
      logger: sink.logger,
      metrics: new Registry(),
      health: () => ({ code: 200, body: {} }),
      routes: [work],
    });
    const response = raw(http.url, { method: 'POST', path: '/work' });
    await inside;
    const closed = http.close({ inFlight: gate, graceMs: 60_000, fields: { working: 1 } });
    expect(http.closing).toBe(true);
    expect(http.close()).toBe(closed); // once
    open();
    const answered = await response;
    expect([answered.status, JSON.parse(answered.body), answered.headers.connection]).toEqual([200, { done: true }, 'close']);
    await closed;
    await expect(raw(http.url, { method: 'GET', path: '/healthz' })).rejects.toThrow(/ECONNREFUSED/);
    const messages = sink.lines().filter((l) => String(l.msg).startsWith('worker '));
    expect(messages.map((l) => [l.msg, l.working])).toEqual([
      ['worker listening', undefined],
      ['worker shutting down', 1],
      ['worker stopped', undefined],
    ]);
  });
});
