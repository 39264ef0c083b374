/**
 * `dhow drift --serve`: the drift of one model version's production data as Prometheus metrics. An HTTP
 * server (node:http, its own prom-client registry) that runs `detectDrift` on start, every interval and
 * whenever the reference or current file changes on disk (a cheap stat poll: mtime, size, inode), never
 * two computations at once. A failed computation (a file missing or half-written, a bad row) is logged with
 * the file and the reason and counted; the last good values stay published but `dhow_drift_up` drops to 0
 * so alert rules can tell stale numbers from fresh ones. Unparsable current values are published as their own
 * data-quality series, never as drift. It serves /metrics and /healthz and shuts down
 * gracefully.
 */
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { jsonLogger, type JsonLogger } from '../bridge/log.js';
import { DhowError, describeError } from '../errors.js';
import { closeGracefully } from '../http-shutdown.js';
import { assertName } from '../registry/names.js';
import { detectDrift, type DriftOptions, type DriftResult } from './index.js';

export const DEFAULT_SERVE_INTERVAL_MS = 60_000;
export const DEFAULT_POLL_INTERVAL_MS = 2_000;
/** The longest a Node.js timer waits (2^31 - 1 ms, 24.8 days): a longer one fires after 1 ms instead. */
export const MAX_TIMER_MS = 2_147_483_647;

/** The labels every series carries: which model version, live where, this drift is about. */
export interface DriftTarget {
  model: string;
  environment: string;
  version: string;
}

export interface DriftServerOptions {
  host?: string;
  port?: number;
  target: DriftTarget;
  /** What to compare (reference, current, method, thresholds ...), as `dhow drift` takes it. */
  drift: Omit<DriftOptions, 'onProgress'>;
  /** Recompute at least this often, changed files or not (default 60 s). */
  intervalMs?: number;
  /** How often the files are stat'ed to notice a change (default 2 s). */
  pollMs?: number;
  logger?: JsonLogger;
  /** How long close() waits for a computation in flight before closing anyway. */
  shutdownGraceMs?: number;
}

/** Why a computation ran, for the log. */
export type Trigger = 'start' | 'interval' | 'changed' | 'requested';

export interface DriftServerState {
  /** The last successful result, kept (and still published) when later computations fail. */
  result: DriftResult | undefined;
  /** When the last success finished (ms since the epoch). */
  lastSuccessAt: number | undefined;
  /** The last computation's error, until a computation succeeds again. */
  lastError: string | undefined;
  computations: number;
  failures: number;
}

export interface DriftServer {
  readonly url: string;
  readonly port: number;
  readonly registry: Registry;
  state(): DriftServerState;
  /** Runs a computation now (or joins the one running and the one queued after it) and waits for it. */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

/** Checks the labels with the registry's name rules; the error names the option (`--model` ...). */
export function checkTarget(target: DriftTarget, optionPrefix = '--'): DriftTarget {
  for (const kind of ['model', 'environment', 'version'] as const) {
    try {
      assertName(kind, target[kind], { field: `${optionPrefix}${kind}` });
    } catch (error) {
      throw new DhowError('usage', (error as Error).message);
    }
  }
  return target;
}

export async function startDriftServer(options: DriftServerOptions): Promise<DriftServer> {
  const target = checkTarget(options.target);
  const intervalMs = options.intervalMs ?? DEFAULT_SERVE_INTERVAL_MS;
  const pollMs = options.pollMs ?? DEFAULT_POLL_INTERVAL_MS;
  if (!(intervalMs > 0) || !(pollMs > 0)) throw new DhowError('usage', 'the drift server needs a positive interval and poll interval');
  if (intervalMs > MAX_TIMER_MS || pollMs > MAX_TIMER_MS) {
    throw new DhowError('usage', `the drift server's interval and poll interval must be at most ${MAX_TIMER_MS} ms (24 days), got ${intervalMs} and ${pollMs}`);
  }
  const log = options.logger ?? jsonLogger(process.stderr, { component: 'drift' });
  const files = [options.drift.reference, options.drift.current];

  const registry = new Registry();
  const labelNames = ['model', 'environment', 'version'] as const;
  const columnLabelNames = [...labelNames, 'column', 'method'] as const;
  const gauge = (name: string, help: string) => new Gauge({ name, help, labelNames, registers: [registry] });
  const columnGauge = (name: string, help: string) => new Gauge({ name, help, labelNames: columnLabelNames, registers: [registry] });
  const share = gauge('dhow_drift_share', 'Share of the columns that drifted (drifted / all columns) in the last successful computation.');
  const datasetDrift = gauge('dhow_drift_dataset_drift', '1 when the share of drifted columns reached --drift-share in the last successful computation.');
  const inconclusive = gauge('dhow_drift_inconclusive', '1 when every column had fewer current values than --min-sample-size (nothing could be decided).');
  const driftedColumns = gauge('dhow_drift_drifted_columns', 'Columns that drifted in the last successful computation.');
  const columnCount = gauge('dhow_drift_columns', 'Columns tested in the last successful computation.');
  const currentRows = gauge('dhow_drift_current_rows', 'Rows of the current data in the last successful computation.');
  const up = gauge('dhow_drift_up', '1 when the last computation succeeded; 0 before the first success and after a failure (the other values are then stale).');
  const lastSuccess = gauge('dhow_drift_last_success_timestamp_seconds', 'When the last successful computation finished (Unix time).');
  const columnScore = columnGauge(
    'dhow_drift_column_score',
    "A column's test score: p-value for ks, chisquare and z, distance otherwise (absent when inconclusive).",
  );
  const columnDrifted = columnGauge('dhow_drift_column_drifted', '1 when the column drifted; inconclusive columns are 0.');
  const columnInconclusive = columnGauge('dhow_drift_column_inconclusive', '1 when the column had fewer current values than --min-sample-size.');
  // Data quality, apart from the drift series on purpose: an alert on dhow_drift_share never sees it, so
  // unparsable values alone never revert anything.
  const dataColumnLabelNames = [...labelNames, 'column'] as const;
  const invalidValues = new Gauge({
    name: 'dhow_drift_column_invalid_values',
    help: 'Values of the current data that are not numbers in a numerical column (left out of its test; not drift).',
    labelNames: dataColumnLabelNames,
    registers: [registry],
  });
  const invalidShare = new Gauge({
    name: 'dhow_drift_column_invalid_share',
    help: "A numerical column's invalid values over the current data's rows.",
    labelNames: dataColumnLabelNames,
    registers: [registry],
  });
  const qualityFailed = gauge(
    'dhow_drift_data_quality_failed',
    '1 when some column holds more invalid values than --max-invalid-share allows (a data problem, not drift).',
  );
  const computations = new Counter({
    name: 'dhow_drift_computations_total',
    help: 'Drift computations run, failed or not.',
    labelNames,
    registers: [registry],
  });
  const failures = new Counter({
    name: 'dhow_drift_computation_failures_total',
    help: 'Drift computations that failed (file missing, unreadable or malformed); the last good values stay published.',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'dhow_drift_computation_duration_seconds',
    help: 'Time one drift computation took, failed or not.',
    labelNames,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers: [registry],
  });
  up.set(target, 0);
  computations.inc(target, 0);
  failures.inc(target, 0);

  const state: DriftServerState = { result: undefined, lastSuccessAt: undefined, lastError: undefined, computations: 0, failures: 0 };
  let closing = false;

  function publish(result: DriftResult): void {
    share.set(target, result.share);
    datasetDrift.set(target, result.dataset_drift ? 1 : 0);
    inconclusive.set(target, result.inconclusive ? 1 : 0);
    driftedColumns.set(target, result.drifted_columns);
    columnCount.set(target, result.columns.length);
    currentRows.set(target, result.current.rows);
    // A column's method can change between runs (its number of distinct values moved): drop old series.
    columnScore.reset();
    columnDrifted.reset();
    columnInconclusive.reset();
    qualityFailed.set(target, result.data_quality.failed ? 1 : 0);
    invalidValues.reset();
    invalidShare.reset();
    for (const c of result.data_quality.columns) {
      invalidValues.set({ ...target, column: c.column }, c.invalid);
      invalidShare.set({ ...target, column: c.column }, c.share);
    }
    for (const c of result.columns) {
      const labels = { ...target, column: c.column, method: c.method };
      if (c.score !== null && !c.inconclusive) columnScore.set(labels, c.score);
      columnDrifted.set(labels, c.drifted && !c.inconclusive ? 1 : 0);
      columnInconclusive.set(labels, c.inconclusive ? 1 : 0);
    }
  }

  // --- one computation at a time: a request while one runs queues exactly one more after it
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  /** The files' signatures as the running (or last) computation saw them before reading. */
  let computedSignature = '';

  async function signature(): Promise<string> {
    const parts = await Promise.all(
      files.map(async (file) => {
        try {
          const s = await stat(file);
          return `${s.ino}:${s.size}:${s.mtimeMs}`;
        } catch (error) {
          return `missing:${(error as NodeJS.ErrnoException).code ?? 'error'}`;
        }
      }),
    );
    return parts.join('|');
  }

  async function computeOnce(trigger: Trigger): Promise<void> {
    computedSignature = await signature();
    const stop = duration.startTimer(target);
    const started = performance.now();
    computations.inc(target);
    state.computations++;
    try {
      const result = await detectDrift(options.drift);
      stop();
      publish(result);
      state.result = result;
      state.lastSuccessAt = Date.now();
      state.lastError = undefined;
      up.set(target, 1);
      lastSuccess.set(target, state.lastSuccessAt / 1000);
      log.event('info', 'drift computed', {
        trigger,
        share: result.share,
        dataset_drift: result.dataset_drift,
        inconclusive: result.inconclusive,
        drifted_columns: result.columns.filter((c) => c.drifted && !c.inconclusive).map((c) => c.column),
        columns: result.columns.length,
        current_rows: result.current.rows,
        invalid_values: result.data_quality.invalid_values,
        data_quality_failed: result.data_quality.failed,
        duration_ms: Math.round(performance.now() - started),
      });
    } catch (error) {
      stop();
      failures.inc(target);
      state.failures++;
      up.set(target, 0);
      const reason = describeError(error).split('\n')[0]!.slice(0, 1000);
      state.lastError = reason;
      log.event('error', 'drift computation failed; the last good values stay published, marked stale (dhow_drift_up 0)', {
        trigger,
        file: error instanceof DhowError && error.file ? error.file : options.drift.current,
        reason,
        stale_since: state.lastSuccessAt === undefined ? null : new Date(state.lastSuccessAt).toISOString(),
      });
    }
  }

  function compute(trigger: Trigger): Promise<void> {
    if (closing) return running ?? Promise.resolve();
    if (!running) {
      running = computeOnce(trigger).finally(() => {
        running = undefined;
      });
      return running;
    }
    queued ??= running.then(() => {
      queued = undefined;
      return compute(trigger);
    });
    return queued;
  }

  // --- the stat poll: a change is acted on once the files have stayed the same for one poll, so a file
  // being written is read when its writer is done, not half-way.
  let lastPolled = '';
  let polling = false;
  function pollFiles(): void {
    if (polling || closing) return;
    polling = true;
    void signature()
      .then((now) => {
        if (now === lastPolled && now !== computedSignature && !running && !queued) void compute('changed');
        lastPolled = now;
      })
      .finally(() => {
        polling = false;
      });
  }

  function send(req: IncomingMessage, res: ServerResponse, code: number, body: unknown, headers: Record<string, string> = {}) {
    const text = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`;
    res.writeHead(code, {
      'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      ...(closing ? { connection: 'close' } : {}),
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  }

  function health(): { code: number; body: Record<string, unknown> } {
    if (closing) return { code: 503, body: { status: 'shutting-down' } };
    if (state.result === undefined) {
      return {
        code: 503,
        body: state.lastError
          ? { status: 'no-data', reason: `no drift computation has succeeded yet; the last one failed: ${state.lastError}` }
          : { status: 'starting', reason: 'the first drift computation has not finished yet' },
      };
    }
    const base = { share: state.result.share, dataset_drift: state.result.dataset_drift, last_success: new Date(state.lastSuccessAt!).toISOString() };
    // Still 200 when stale: the last good values are being served, and /metrics says they are stale.
    return { code: 200, body: state.lastError ? { status: 'stale', reason: state.lastError, ...base } : { status: 'ok', ...base } };
  }

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    (async () => {
      const readOnly = req.method === 'GET' || req.method === 'HEAD';
      if (path === '/healthz' && readOnly) {
        const { code, body } = health();
        return send(req, res, code, body);
      }
      if (path === '/metrics' && readOnly) {
        return send(req, res, 200, await registry.metrics(), { 'content-type': registry.contentType });
      }
      if (path === '/healthz' || path === '/metrics')
        return send(req, res, 405, { error: `method ${req.method} not allowed on ${path}` }, { allow: 'GET, HEAD' });
      return send(req, res, 404, { error: 'not found: this server has /metrics and /healthz' });
    })().catch((error: unknown) => {
      log.event('error', 'request failed', { path, error: describeError(error).split('\n')[0] });
      if (!res.headersSent) send(req, res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DhowError('usage', `cannot listen on ${options.host ?? '127.0.0.1'}:${options.port ?? 0}: ${code ?? (error as Error).message}`, { cause: error });
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  log.event('info', 'drift server listening', {
    url,
    ...target,
    reference: options.drift.reference,
    current: options.drift.current,
    interval_s: intervalMs / 1000,
    poll_s: pollMs / 1000,
  });
  void compute('start');
  // The timers start only now, with the start computation under way: listening can take a while (a host name
  // is looked up on the thread pool), and a tick or a poll before it would compute first, as 'interval' or as
  // a file change against no signature at all, and swallow the start computation into its queue.
  const poll = setInterval(pollFiles, pollMs);
  poll.unref();
  const tick = setInterval(() => void compute('interval'), intervalMs);
  tick.unref();

  let closed: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    registry,
    state: () => ({ ...state }),
    refresh: () => compute('requested'),
    close() {
      closed ??= (async () => {
        closing = true;
        clearInterval(poll);
        clearInterval(tick);
        log.event('info', 'drift server shutting down', { computing: running !== undefined });
        await closeGracefully(server, running, options.shutdownGraceMs ?? 10_000);
        log.event('info', 'drift server stopped');
      })();
      return closed;
    },
  };
}
