/**
 * `dhow rollout --serve`: the long-running rollout controller. On start and then every interval it reads the
 * registry, finds every release with a rollout under way and takes one step of each through `stepRollout`
 * (the same planner and compare-and-swap commit as `dhow rollout step`), never two passes at once. It keeps no
 * state of its own: the release files are the state, so a restarted controller resumes where they say and a
 * second controller beside it loses the compare-and-swap and re-plans instead of committing a step twice.
 * A rollout whose step fails (Prometheus down, a bad query) is logged and counted; the others still step.
 * It serves its own Prometheus metrics, /healthz and graceful shutdown through src/http/server.ts.
 */
import { Counter, Gauge, Registry } from 'prom-client';
import { DhowError, describeError } from '../errors.js';
import type { Forge } from '../forge/forge.js';
import { jsonLogger, type JsonLogger } from '../http/log.js';
import { startHttpServer, type Health } from '../http/server.js';
import { RegistryReader } from '../registry/store.js';
import { stepRollout, type ManifestRenderer } from './execute.js';
import type { RolloutAction } from './plan.js';
import type { MetricSource } from './prometheus.js';

export const DEFAULT_CONTROLLER_INTERVAL_MS = 15_000;

export interface RolloutControllerOptions {
  forge: Forge;
  /** The Prometheus the checks are measured in; `queries` counts what it was asked. */
  metrics: MetricSource & { queries: () => number };
  render: ManifestRenderer;
  /** Who the commits are by. */
  by: string;
  /** The clock (ISO 8601). */
  now: () => string;
  /** Time between two passes over the registry (default 15 s); keep it at most the shortest analysis interval. */
  intervalMs?: number;
  host?: string;
  port?: number;
  logger?: JsonLogger;
  /** How long close() lets a pass in flight finish (a commit under way is atomic either way). */
  shutdownGraceMs?: number;
  /** Told of every step as it ends (a benchmark times the commits with it). */
  onStep?: (report: RolloutStepReport) => void;
}

/** What one pass did to one rollout. */
export interface RolloutStepReport {
  model: string;
  environment: string;
  action: RolloutAction | 'error';
  /** The canary's weight after the step (100 once promoted, 0 once aborted; absent after an error). */
  weight?: number;
  sha?: string;
  queries: number;
  error?: string;
}

export interface RolloutControllerState {
  passes: number;
  /** When the last pass finished (ISO 8601), failed or not. */
  lastPassAt: string | undefined;
  /** Why the last pass could not read the registry, until one can. */
  lastError: string | undefined;
  last: RolloutStepReport[];
}

export interface RolloutController {
  readonly url: string;
  readonly port: number;
  readonly registry: Registry;
  state(): RolloutControllerState;
  /** Runs a pass now (or waits for the one running) and returns what it did. */
  pass(): Promise<RolloutStepReport[]>;
  close(): Promise<void>;
}

/** The controller's own series, in their own registry. */
function controllerSeries() {
  const registry = new Registry();
  const labelNames = ['model', 'environment'] as const;
  return {
    registry,
    steps: new Counter({
      name: 'dhow_rollout_steps_total',
      help: 'Rollout steps taken, by outcome (none, wait, advance, promote, abort, error).',
      labelNames: [...labelNames, 'outcome'] as const,
      registers: [registry],
    }),
    commits: new Counter({ name: 'dhow_rollout_commits_total', help: 'Commits the controller made to the registry.', labelNames, registers: [registry] }),
    queries: new Counter({ name: 'dhow_rollout_prometheus_queries_total', help: 'Prometheus queries the steps made.', labelNames, registers: [registry] }),
    passQueries: new Gauge({
      name: 'dhow_rollout_pass_queries',
      help: 'Prometheus queries the last pass made for a rollout (constant in the number of past steps).',
      labelNames,
      registers: [registry],
    }),
    lastDecision: new Gauge({
      name: 'dhow_rollout_last_decision_timestamp_seconds',
      help: 'When the controller last decided on a rollout (Unix time), whatever it decided.',
      labelNames,
      registers: [registry],
    }),
    weight: new Gauge({
      name: 'dhow_rollout_canary_weight_percent',
      help: "The canary's share of traffic after the last step (100 once promoted, 0 once aborted).",
      labelNames,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'dhow_rollout_errors_total',
      help: 'Rollout steps that failed (Prometheus unreachable, a bad query, a registry problem); the rollout is tried again next pass.',
      labelNames,
      registers: [registry],
    }),
    passFailures: new Counter({
      name: 'dhow_rollout_pass_failures_total',
      help: 'Passes that could not read the registry at all.',
      registers: [registry],
    }),
    passes: new Counter({ name: 'dhow_rollout_passes_total', help: 'Passes over the registry.', registers: [registry] }),
    up: new Gauge({ name: 'dhow_rollout_up', help: '1 when the last pass could read the registry, 0 otherwise.', registers: [registry] }),
  };
}

export async function startRolloutController(options: RolloutControllerOptions): Promise<RolloutController> {
  const intervalMs = options.intervalMs ?? DEFAULT_CONTROLLER_INTERVAL_MS;
  if (!(intervalMs > 0) || intervalMs > 2_147_483_647) {
    throw new DhowError('usage', `the rollout controller's interval must be positive and at most 24 days, got ${intervalMs} ms`);
  }
  const log = options.logger ?? jsonLogger(process.stderr, { component: 'rollout' });
  const series = controllerSeries();
  series.passFailures.inc(0);
  series.up.set(0);
  const state: RolloutControllerState = { passes: 0, lastPassAt: undefined, lastError: undefined, last: [] };

  async function stepOne(model: string, environment: string): Promise<RolloutStepReport> {
    const labels = { model, environment };
    const before = options.metrics.queries();
    try {
      const result = await stepRollout(forge, labels, { by: options.by, now: options.now, metrics: options.metrics, render: options.render, logger: log });
      const queries = options.metrics.queries() - before;
      const { decision, release } = result;
      series.steps.inc({ ...labels, outcome: decision.action });
      series.lastDecision.set(labels, Date.now() / 1000);
      const weight = release.rollout ? release.rollout.weight : decision.action === 'abort' ? 0 : 100;
      series.weight.set(labels, weight);
      if (result.sha) series.commits.inc(labels);
      log.event(result.sha ? 'info' : 'debug', `rollout ${decision.action}`, {
        ...labels,
        version: release.version,
        weight: release.rollout?.weight ?? null,
        commit: result.sha ?? null,
        queries,
        reasons: decision.reasons,
      });
      return { ...labels, action: decision.action, weight, queries, ...(result.sha ? { sha: result.sha } : {}) };
    } catch (error) {
      const queries = options.metrics.queries() - before;
      const reason = describeError(error).split('\n')[0]!.slice(0, 1000);
      series.steps.inc({ ...labels, outcome: 'error' });
      series.errors.inc(labels);
      log.event('error', 'rollout step failed; it is tried again next pass', {
        ...labels,
        reason,
        ...(error instanceof DhowError && error.file ? { file: error.file } : {}),
        ...(error instanceof DhowError && error.field ? { field: error.field } : {}),
      });
      return { ...labels, action: 'error', queries, error: reason };
    } finally {
      series.queries.inc(labels, options.metrics.queries() - before);
      series.passQueries.set(labels, options.metrics.queries() - before);
    }
  }

  async function runPass(): Promise<RolloutStepReport[]> {
    series.passes.inc();
    state.passes++;
    let rollouts: Array<{ model: string; environment: string }>;
    try {
      // Each pass reads the registry as it is now, with the commits other writers made since the last one.
      forge.beginPass?.();
      const reader = await RegistryReader.open(forge);
      rollouts = (await reader.listReleases()).filter((r) => r.rollout).map((r) => ({ model: r.model, environment: r.environment }));
      state.lastError = undefined;
      series.up.set(1);
    } catch (error) {
      state.lastError = describeError(error).split('\n')[0]!.slice(0, 1000);
      state.lastPassAt = options.now();
      series.passFailures.inc();
      series.up.set(0);
      log.event('error', 'cannot read the registry; trying again next pass', { reason: state.lastError });
      forge.endPass?.();
      return [];
    }
    // One rollout after the other: each is a few queries and at most one commit, and sequential steps keep
    // the commits of one pass from racing each other on the same branch.
    const reports: RolloutStepReport[] = [];
    for (const r of rollouts) {
      if (server.closing) break;
      const report = await stepOne(r.model, r.environment);
      reports.push(report);
      options.onStep?.(report);
    }
    forge.endPass?.();
    state.last = reports;
    state.lastPassAt = options.now();
    return reports;
  }

  let running: Promise<RolloutStepReport[]> | undefined;
  const pass = (): Promise<RolloutStepReport[]> => {
    if (running) return running;
    if (server.closing) return Promise.resolve([]);
    running = runPass().finally(() => {
      running = undefined;
    });
    return running;
  };

  const forge = options.forge;
  const server = await startHttpServer({
    name: 'rollout controller',
    host: options.host,
    port: options.port,
    logger: log,
    metrics: series.registry,
    health: () => health(state),
    listeningFields: { interval_s: intervalMs / 1000, by: options.by },
  });
  void pass();
  // A tick while a pass runs joins it: the next tick starts the next one, so passes never pile up.
  const tick = setInterval(() => void pass(), intervalMs);
  tick.unref();

  return {
    url: server.url,
    port: server.port,
    registry: series.registry,
    state: () => ({ ...state, last: [...state.last] }),
    pass,
    close() {
      clearInterval(tick);
      return server.close({ inFlight: running, graceMs: options.shutdownGraceMs, fields: { stepping: running !== undefined } });
    },
  };
}

/** /healthz: 503 until the first pass has read the registry or while it cannot; 200 otherwise. */
function health(state: RolloutControllerState): Health {
  if (state.lastPassAt === undefined) return { code: 503, body: { status: 'starting', reason: 'the first pass over the registry has not finished yet' } };
  if (state.lastError !== undefined) return { code: 503, body: { status: 'no-registry', reason: state.lastError, last_pass: state.lastPassAt } };
  const failing = state.last.filter((r) => r.action === 'error').map((r) => `${r.model}/${r.environment}`);
  // Still 200 when some rollouts fail to step: the controller works, and /metrics counts the errors.
  return { code: 200, body: { status: failing.length ? 'degraded' : 'ok', last_pass: state.lastPassAt, rollouts: state.last.length, failing } };
}
