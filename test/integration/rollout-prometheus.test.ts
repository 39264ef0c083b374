/**
 * Reading one number from the Prometheus query API, against a loopback server that answers with the
 * response shapes the API documents (https://prometheus.io/docs/prometheus/latest/querying/api/): vectors,
 * scalars, empty results, errors with errorType, and things that are not Prometheus at all.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { prometheusSource } from '../../src/rollout/prometheus.js';

const answers: Record<string, { status: number; body: string }> = {
  one: {
    status: 200,
    body: JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: { version: '1.4.0' }, value: [1764669600.5, '0.0125'] }] } }),
  },
  empty: { status: 200, body: JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } }) },
  nan: { status: 200, body: JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [1764669600.5, 'NaN'] }] } }) },
  scalar: { status: 200, body: JSON.stringify({ status: 'success', data: { resultType: 'scalar', result: [1764669600.5, '42'] } }) },
  two: {
    status: 200,
    body: JSON.stringify({
      status: 'success',
      data: {
        resultType: 'vector',
        result: [
          { metric: { version: 'a' }, value: [1, '1'] },
          { metric: { version: 'b' }, value: [1, '2'] },
        ],
      },
    }),
  },
  matrix: { status: 200, body: JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] } }) },
  bad: { status: 400, body: JSON.stringify({ status: 'error', errorType: 'bad_data', error: '1:5: parse error: unexpected "}"' }) },
  html: { status: 200, body: '<html>login</html>' },
};

let server: Server;
let base: string;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const query = url.searchParams.get('query')!;
    seen.push(`${req.method} ${url.pathname} ${query}`);
    const answer = answers[query] ?? answers.empty!;
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('prometheusSource', () => {
  it('reads the value of a one-series vector and of a scalar through GET /api/v1/query, counting queries', async () => {
    const source = prometheusSource(base);
    expect(await source('one')).toBe(0.0125);
    expect(await source('scalar')).toBe(42);
    expect(source.queries()).toBe(2);
    expect(seen).toContain('GET /api/v1/query one');
  });

  it('gives null for an empty vector and for a value that is not a finite number', async () => {
    const source = prometheusSource(base);
    expect(await source('empty')).toBeNull();
    expect(await source('nan')).toBeNull();
  });

  it.each([
    ['two', /the query "two" returned 2 series, not one: aggregate it/],
    ['matrix', /the query "matrix" returned a matrix result, not one number/],
    ['bad', /Prometheus refused the query "bad": bad_data: 1:5: parse error/],
    ['html', /answered HTTP 200 without the query API's JSON/],
  ])('refuses %s with a monitoring error that says what to do', async (query, message) => {
    const error = await prometheusSource(base)(query).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DhowError);
    expect((error as DhowError).code).toBe('monitoring');
    expect((error as DhowError).message).toMatch(message);
    expect((error as DhowError).message).not.toContain('<html>');
  });

  it('says when Prometheus cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await prometheusSource(`http://127.0.0.1:${port}`)('one').catch((e: unknown) => e);
    expect((error as DhowError).message).toMatch(new RegExp(`Prometheus at http://127.0.0.1:${port} could not be reached`));
  });
});
