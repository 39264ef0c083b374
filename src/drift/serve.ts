/**
 * `dhow drift --serve`: the drift of one model version's production data as Prometheus metrics. An HTTP
 * server (node:http, its own prom-client registry) that runs `detectDrift` on start, every interval and
 * whenever the reference or current file changes on disk (a cheap stat poll: mtime, size, inode), never
 * two computations at once. A failed computation (a file missing or half-written, a bad row) is logged with
 * the file and the reason and counted; the last good values stay published but `dhow_drift_up` drops to 0
 * so alert rules can tell stale numbers from fresh ones. Unparsable current values are published as their own
 * data-quality series, never as drift. It serves /metrics and /healthz and shuts down gracefully through
 * the HTTP skeleton (src/http/server.ts).
 */
import { stat } from 'node:fs/promises';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DhowError, describeError } from '../errors.js';
import { jsonLogger, type JsonLogger } from '../http/log.js';
import { startHttpServer, type Health } from '../http/server.js';
import { assertName } from '../registry/names.js';
import { detectDrift, type DriftOptions, type DriftResult } from './index.js';

import { DEFAULT_POLL_INTERVAL_MS, DEFAULT_SERVE_INTERVAL_MS, MAX_TIMER_MS } from './serve-defaults.js';

export { DEFAULT_POLL_INTERVAL_MS, DEFAULT_SERVE_INTERVAL_MS, MAX_TIMER_MS };

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

  const series = driftSeries(target);

  const state: DriftServerState = { result: undefined, lastSuccessAt: undefined, lastError: undefined, computations: 0, failures: 0 };
  // The server is up before the first computation starts, so computations always find it.
  const closing = () => server.closing;

  /** The files' signatures as the running (or last) computation saw them before reading. */
  let computedSignature = '';
  const computations = oneAtATime(async (trigger) => {
    computedSignature = await filesSignature(files);
    await computeDrift(trigger, options.drift, series, state, log);
  }, closing);
  const compute = computations.compute;

  // --- the stat poll: a change is acted on once the files have stayed the same for one poll, so a file
  // being written is read when its writer is done, not half-way.
  let lastPolled = '';
  let polling = false;
  function pollFiles(): void {
    if (polling || closing()) return;
    polling = true;
    void filesSignature(files)
      .then((now) => {
        if (now === lastPolled && now !== computedSignature && computations.idle()) void compute('changed');
        lastPolled = now;
      })
      .finally(() => {
        polling = false;
      });
  }

  const server = await startHttpServer({
    name: 'drift server',
    host: options.host,
    port: options.port,
    logger: log,
    metrics: series.registry,
    health: () => health(state),
    listeningFields: {
      ...target,
      reference: options.drift.reference,
      current: options.drift.current,
      interval_s: intervalMs / 1000,
      poll_s: pollMs / 1000,
    },
  });
  void compute('start');
  // The timers start only now, with the start computation under way: listening can take a while (a host name
  // is looked up on the thread pool), and a tick or a poll before it would compute first, as 'interval' or as
  // a file change against no signature at all, and swallow the start computation into its queue.
  const poll = setInterval(pollFiles, pollMs);
  poll.unref();
  const tick = setInterval(() => void compute('interval'), intervalMs);
  tick.unref();

  return {
    url: server.url,
    port: server.port,
    registry: series.registry,
    state: () => ({ ...state }),
    refresh: () => compute('requested'),
    close() {
      clearInterval(poll);
      clearInterval(tick);
      const running = computations.running();
      return server.close({ inFlight: running, graceMs: options.shutdownGraceMs, fields: { computing: running !== undefined } });
    },
  };
}

type DriftSeries = ReturnType<typeof driftSeries>;

/**
 * The series `dhow drift --serve` publishes, in their own registry: a computation starts a timer, and its
 * result or its failure sets them (a failure keeps the last good values and drops dhow_drift_up to 0).
 */
function driftSeries(target: DriftTarget) {
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

  return {
    registry,
    /** Counts a computation and times it: call the returned function when it ends. */
    started: () => {
      computations.inc(target);
      return duration.startTimer(target);
    },
    succeeded(result: DriftResult, at: number): void {
      publish(result);
      up.set(target, 1);
      lastSuccess.set(target, at / 1000);
    },
    failed(): void {
      failures.inc(target);
      up.set(target, 0);
    },
  };
}

/** The files' identity as a stat sees it (inode, size, mtime): a change of any means a new computation. */
async function filesSignature(files: string[]): Promise<string> {
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

/** /healthz: 503 until a computation has succeeded; then 200, saying so when the values are stale. */
function health(state: DriftServerState): Health {
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

/** One drift computation: its result published, or its failure logged with the file and counted. */
async function computeDrift(
  trigger: Trigger,
  drift: DriftServerOptions['drift'],
  series: DriftSeries,
  state: DriftServerState,
  log: JsonLogger,
): Promise<void> {
  const stop = series.started();
  const started = performance.now();
  state.computations++;
  try {
    const result = await detectDrift(drift);
    stop();
    state.result = result;
    state.lastSuccessAt = Date.now();
    state.lastError = undefined;
    series.succeeded(result, state.lastSuccessAt);
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
    series.failed();
    state.failures++;
    const reason = describeError(error).split('\n')[0]!.slice(0, 1000);
    state.lastError = reason;
    log.event('error', 'drift computation failed; the last good values stay published, marked stale (dhow_drift_up 0)', {
      trigger,
      file: error instanceof DhowError && error.file ? error.file : drift.current,
      reason,
      stale_since: state.lastSuccessAt === undefined ? null : new Date(state.lastSuccessAt).toISOString(),
    });
  }
}

/**
 * Runs computations one at a time: a call while one runs queues exactly one more after it, which every
 * later call joins; once `stopped`, nothing new starts.
 */
function oneAtATime(run: (trigger: Trigger) => Promise<void>, stopped: () => boolean) {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  function compute(trigger: Trigger): Promise<void> {
    if (stopped()) return running ?? Promise.resolve();
    if (!running) {
      running = run(trigger).finally(() => {
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
  return { compute, running: () => running, idle: () => !running && !queued };
}
