/**
 * Reading one number from Prometheus' HTTP API (GET /api/v1/query, an instant query): a one-series vector or
 * a scalar gives its value, an empty vector gives null (no data: the analysis calls it inconclusive), more
 * than one series is refused (the check must aggregate). API: https://prometheus.io/docs/prometheus/latest/querying/api/
 * The query text and the server's message are named; a response body is never echoed.
 */
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

/** A MetricSource on the Prometheus at `baseUrl` (http or https); `queries` counts the queries it ran. */
export function prometheusSource(baseUrl: string, options: { timeoutMs?: number } = {}): MetricSource & { queries: () => number } {
  let count = 0;
  const base = baseUrl.replace(/\/+$/, '');
  const source = async (promql: string): Promise<number | null> => {
    count++;
    const url = `${base}/api/v1/query?${new URLSearchParams({ query: promql })}`;
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 10_000), headers: { accept: 'application/json' } });
    } catch (error) {
      const why = (error as Error).name === 'TimeoutError' ? 'did not answer in time' : `could not be reached (${(error as Error).message})`;
      throw new DhowError('monitoring', `Prometheus at ${base} ${why}`, { cause: error });
    }
    const text = await response.text();
    if (text.length > MAX_RESPONSE_BYTES)
      throw new DhowError('monitoring', `Prometheus at ${base} answered ${text.length} bytes to one query: more than one number`);
    let body: QueryResponse;
    try {
      body = JSON.parse(text) as QueryResponse;
    } catch {
      throw new DhowError('monitoring', `Prometheus at ${base} answered HTTP ${response.status} without the query API's JSON: is it Prometheus?`);
    }
    if (body.status !== 'success') {
      throw new DhowError(
        'monitoring',
        `Prometheus refused the query ${JSON.stringify(promql)}: ${body.errorType ?? `HTTP ${response.status}`}: ${String(body.error ?? '').slice(0, 300)}`,
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
