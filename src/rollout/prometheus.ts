/**
 * Reading one number from Prometheus' HTTP API (GET /api/v1/query, an instant query): a one-series vector or
 * a scalar gives its value, an empty vector gives null (no data: the analysis calls it inconclusive), more
 * than one series is refused (the check must aggregate). API: https://prometheus.io/docs/prometheus/latest/querying/api/
 * A Prometheus behind authentication takes a bearer token or basic auth (Prometheus' own web config,
 * https://prometheus.io/docs/prometheus/latest/configuration/https/, or a proxy in front of it), and one on
 * https with a private CA takes that CA. The query text and the server's message are named; a response body
 * is never echoed, and the credentials never appear in a message: anything the server or the network says
 * back is scrubbed of them first.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { DhowError } from '../errors.js';

/** Runs one PromQL query and returns its number (null: no series, or a value that is not a finite number). */
export type MetricSource = (promql: string) => Promise<number | null>;

const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

interface QueryResponse {
  status?: string;
  errorType?: string;
  error?: string;
  data?: { resultType?: string; result?: unknown };
}

const numberOf = (value: unknown): number | null => {
  if (!Array.isArray(value) || typeof value[1] !== 'string') return null;
  const x = Number(value[1]);
  return Number.isFinite(x) ? x : null;
};

/** How dhow reaches a Prometheus that asks for credentials or serves a private CA's certificate. */
export interface PrometheusAccess {
  /** Sent as `Authorization: Bearer <token>`. */
  bearerToken?: string;
  /** Sent as `Authorization: Basic …` (Prometheus' web config `basic_auth_users`). */
  basicAuth?: { username: string; password: string };
  /** PEM certificates trusted for an https Prometheus, instead of the system's. */
  ca?: string;
  timeoutMs?: number;
}

/** Replaces every credential in a text (a server's error, a network error) before it can reach a message. */
function scrubber(access: PrometheusAccess): (text: string) => string {
  const secrets = [
    access.bearerToken,
    access.basicAuth?.password,
    access.basicAuth && Buffer.from(`${access.basicAuth.username}:${access.basicAuth.password}`).toString('base64'),
  ]
    .filter((x): x is string => typeof x === 'string' && x.length > 0)
    .sort((a, b) => b.length - a.length);
  return (text) => secrets.reduce((t, secret) => t.split(secret).join('***'), text);
}

interface Answer {
  status: number;
  text: string;
}

/** One GET with node:http(s), which (unlike fetch) takes a CA of its own; the body is read up to the limit. */
function get(url: URL, headers: Record<string, string>, access: PrometheusAccess): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const options = { headers, timeout: access.timeoutMs ?? 10_000, ...(access.ca ? { ca: access.ca } : {}) };
    const onResponse = (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          response.destroy();
          reject(new DhowError('monitoring', `Prometheus at ${url.origin} answered more than ${MAX_RESPONSE_BYTES} bytes to one query: more than one number`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    };
    const req = url.protocol === 'https:' ? httpsRequest(url, options, onResponse) : httpRequest(url, options, onResponse);
    req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { name: 'TimeoutError' })));
    req.on('error', reject);
    req.end();
  });
}

/** A MetricSource on the Prometheus at `baseUrl` (http or https); `queries` counts the queries it ran. */
export function prometheusSource(baseUrl: string, access: PrometheusAccess = {}): MetricSource & { queries: () => number } {
  let count = 0;
  const base = baseUrl.replace(/\/+$/, '');
  const scrub = scrubber(access);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (access.bearerToken) headers.authorization = `Bearer ${access.bearerToken}`;
  else if (access.basicAuth) headers.authorization = `Basic ${Buffer.from(`${access.basicAuth.username}:${access.basicAuth.password}`).toString('base64')}`;
  const source = async (promql: string): Promise<number | null> => {
    count++;
    const url = new URL(`${base}/api/v1/query?${new URLSearchParams({ query: promql })}`);
    let response: Answer;
    try {
      response = await get(url, headers, access);
    } catch (error) {
      if (error instanceof DhowError) throw error;
      const why = (error as Error).name === 'TimeoutError' ? 'did not answer in time' : `could not be reached (${scrub((error as Error).message)})`;
      // The cause is left out: it may carry the request, and with it the Authorization header.
      throw new DhowError('monitoring', `Prometheus at ${base} ${why}`);
    }
    if (response.status === 401 || response.status === 403) {
      const given = access.bearerToken ? 'the bearer token' : access.basicAuth ? `the password of "${access.basicAuth.username}"` : undefined;
      throw new DhowError(
        'monitoring',
        given
          ? `Prometheus at ${base} refused ${given} (HTTP ${response.status}): check the credentials dhow is given`
          : `Prometheus at ${base} asks for credentials (HTTP ${response.status}): give dhow a bearer token or a user name and password`,
      );
    }
    const text = response.text;
    let body: QueryResponse;
    try {
      body = JSON.parse(text) as QueryResponse;
    } catch {
      throw new DhowError('monitoring', `Prometheus at ${base} answered HTTP ${response.status} without the query API's JSON: is it Prometheus?`);
    }
    if (body.status !== 'success') {
      throw new DhowError(
        'monitoring',
        `Prometheus refused the query ${JSON.stringify(promql)}: ${body.errorType ?? `HTTP ${response.status}`}: ${scrub(String(body.error ?? '')).slice(0, 300)}`,
      );
    }
    const { resultType, result } = body.data ?? {};
    if (resultType === 'scalar') return numberOf(result);
    if (resultType === 'vector' && Array.isArray(result)) {
      if (result.length === 0) return null;
      if (result.length > 1) {
        throw new DhowError(
          'monitoring',
          `the query ${JSON.stringify(promql)} returned ${result.length} series, not one: aggregate it (sum, avg, max) to one number`,
        );
      }
      return numberOf((result[0] as { value?: unknown }).value);
    }
    throw new DhowError('monitoring', `the query ${JSON.stringify(promql)} returned a ${resultType ?? 'malformed'} result, not one number`);
  };
  return Object.assign(source, { queries: () => count });
}
