/**
 * The Alertmanager bridge: an HTTP server (node:http) that turns Alertmanager webhook notifications into
 * drift alerts and hands each to `deliver` (a repository_dispatch, or the revert itself with the local
 * forge). It answers 5xx only when a delivery failed, so Alertmanager retries exactly those; everything
 * it decided not to act on is a 2xx with the reason. Identical deliveries in flight are joined, not
 * repeated. It exposes /healthz and /metrics (its own prom-client registry) and shuts down gracefully.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DhowError, describeError } from '../errors.js';
import { jsonLogger, type JsonLogger } from '../http/log.js';
import { startHttpServer, type Exchange } from '../http/server.js';
import type { DriftAlert } from '../revert/payload.js';
import { AlertmanagerWebhook, sortAlerts } from './alertmanager.js';
import { bearerMatches, signatureMatches, SIGNATURE_HEADER, type BridgeAuth } from './auth.js';

export const ALERTMANAGER_PATH = '/alertmanager';
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/**
 * The most of a body read before its HMAC signature is checked (a bearer token is checked from the headers
 * alone, before any of the body): a forger cannot make the bridge buffer a megabyte per request.
 */
export const DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES = 256 * 1024;
/** Deliveries (a dispatch, or a revert running git) at once; the others wait their turn in order. */
export const DEFAULT_MAX_DELIVERIES = 4;
/** Connections at once; further ones are refused by the server until one closes. */
export const DEFAULT_MAX_CONNECTIONS = 64;
/**
 * Alerts in one notification. Alertmanager's webhook_config `max_alerts` truncates to fewer; a larger
 * notification is refused whole (413), since acting on part of it would hide the rest.
 */
export const DEFAULT_MAX_ALERTS = 1000;
/** Node's limits on slow clients: all headers within 15 s, the whole request within 60 s. */
export const HEADERS_TIMEOUT_MS = 15_000;
export const REQUEST_TIMEOUT_MS = 60_000;

/** What a delivery did, for the log and the response (e.g. "dispatched", "reverted 1.4.0 -> 1.3.0"). */
export type Deliver = (alert: DriftAlert) => Promise<string | void>;

export interface BridgeOptions {
  host?: string;
  port?: number;
  auth: BridgeAuth;
  deliver: Deliver;
  logger?: JsonLogger;
  maxBodyBytes?: number;
  /** The most of a body read before its signature is checked (HMAC only). */
  maxUnauthenticatedBodyBytes?: number;
  /** Deliveries running at once (default DEFAULT_MAX_DELIVERIES). */
  maxDeliveries?: number;
  /** Connections at once (default DEFAULT_MAX_CONNECTIONS). */
  maxConnections?: number;
  /** Alerts in one notification (default DEFAULT_MAX_ALERTS). */
  maxAlerts?: number;
  /** How long close() waits for deliveries in flight before cutting connections. */
  shutdownGraceMs?: number;
  /** Act only on alerts with one of these alertname labels (default: any alert naming a model version). */
  alertNames?: readonly string[];
}

export interface Bridge {
  readonly url: string;
  readonly port: number;
  readonly registry: Registry;
  close(): Promise<void>;
}

interface DeliveryReport {
  fingerprint: string;
  key: string;
  outcome: 'delivered' | 'deduplicated' | 'refused' | 'failed';
  detail: string;
}

/** Refusals are final: retrying cannot change them, so they must not turn into a 5xx. */
const PERMANENT: ReadonlySet<string> = new Set(['usage', 'invalid-input', 'invalid-name', 'not-found', 'refused', 'gate-failed']);

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  if (!options.auth.token && !options.auth.hmacSecret) {
    throw new DhowError('usage', 'the bridge needs a bearer token or an HMAC secret: it never accepts unauthenticated alerts');
  }
  const log = options.logger ?? jsonLogger(process.stderr, { component: 'bridge' });
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxUnauthenticated = Math.min(maxBody, options.maxUnauthenticatedBodyBytes ?? DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES);
  const maxDeliveries = options.maxDeliveries ?? DEFAULT_MAX_DELIVERIES;
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  const maxAlerts = options.maxAlerts ?? DEFAULT_MAX_ALERTS;
  for (const [field, value] of Object.entries({
    maxBodyBytes: maxBody,
    maxUnauthenticatedBodyBytes: maxUnauthenticated,
    maxDeliveries,
    maxConnections,
    maxAlerts,
  })) {
    if (!(Number.isSafeInteger(value) && value >= 1)) throw new DhowError('usage', `the bridge's ${field} must be a whole number of at least 1, not ${value}`);
  }
  const registry = new Registry();
  const alerts = new Counter({
    name: 'dhow_bridge_alerts_total',
    help: 'Alerts received, by outcome: delivered, deduplicated, refused, failed, resolved, ignored.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const inFlightGauge = new Gauge({
    name: 'dhow_bridge_deliveries_in_flight',
    help: 'Deliveries running now.',
    registers: [registry],
  });
  const queuedGauge = new Gauge({
    name: 'dhow_bridge_deliveries_queued',
    help: 'Deliveries waiting for a free slot (at most dhow_bridge_max_deliveries run at once).',
    registers: [registry],
  });
  // The limits themselves, so a dashboard can show how close the bridge runs to them.
  const limits = new Gauge({
    name: 'dhow_bridge_limit',
    help: 'Configured limits: max_deliveries, max_connections, max_alerts, max_body_bytes, max_unauthenticated_body_bytes, headers_timeout_seconds, request_timeout_seconds.',
    labelNames: ['limit'] as const,
    registers: [registry],
  });
  limits.set({ limit: 'max_deliveries' }, maxDeliveries);
  limits.set({ limit: 'max_connections' }, maxConnections);
  limits.set({ limit: 'max_alerts' }, maxAlerts);
  limits.set({ limit: 'max_body_bytes' }, maxBody);
  limits.set({ limit: 'max_unauthenticated_body_bytes' }, maxUnauthenticated);
  limits.set({ limit: 'headers_timeout_seconds' }, HEADERS_TIMEOUT_MS / 1000);
  limits.set({ limit: 'request_timeout_seconds' }, REQUEST_TIMEOUT_MS / 1000);
  new Gauge({
    name: 'dhow_bridge_connections',
    help: 'Open connections now.',
    registers: [registry],
    async collect() {
      this.set(await http.connections());
    },
  });
  const duration = new Histogram({
    name: 'dhow_bridge_delivery_duration_seconds',
    help: 'Time to deliver one alert (dispatch or revert).',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });

  const inFlight = new Map<string, Promise<string>>();

  // A semaphore over deliveries: one notification of 200 alerts must not start 400 git processes at once.
  let running = 0;
  const waiting: Array<() => void> = [];
  async function slot(): Promise<() => void> {
    if (running >= maxDeliveries) {
      queuedGauge.inc();
      await new Promise<void>((resolve) => waiting.push(resolve));
      queuedGauge.dec();
    } else running++;
    // The slot passes straight to the next waiter (running stays the same), or is freed.
    return () => {
      const next = waiting.shift();
      if (next) next();
      else running--;
    };
  }

  function deliverOnce(alert: DriftAlert): { promise: Promise<string>; joined: boolean } {
    const key = `${alert.environment}/${alert.model}/${alert.version}`;
    const running = inFlight.get(key);
    if (running) return { promise: running, joined: true };
    const promise = (async () => {
      const release = await slot();
      const stop = duration.startTimer();
      inFlightGauge.inc();
      try {
        return (await options.deliver(alert)) || 'delivered';
      } finally {
        stop();
        inFlightGauge.dec();
        release();
        inFlight.delete(key);
      }
    })();
    inFlight.set(key, promise);
    return { promise, joined: false };
  }

  async function deliverAll(drift: DriftAlert[]): Promise<DeliveryReport[]> {
    const started = drift.map((alert) => ({ alert, ...deliverOnce(alert) }));
    return Promise.all(
      started.map(async ({ alert, promise, joined }): Promise<DeliveryReport> => {
        const key = `${alert.environment}/${alert.model}/${alert.version}`;
        const base = { fingerprint: alert.fingerprint, key };
        try {
          const detail = await promise;
          return { ...base, outcome: joined ? 'deduplicated' : 'delivered', detail };
        } catch (error) {
          const permanent = error instanceof DhowError && PERMANENT.has(error.code);
          return { ...base, outcome: permanent ? 'refused' : 'failed', detail: describeError(error).split('\n')[0]!.slice(0, 500) };
        }
      }),
    );
  }

  async function handleAlertmanager(x: Exchange): Promise<void> {
    const { req } = x;
    const authorization = req.headers.authorization;
    const signature = req.headers[SIGNATURE_HEADER];
    const signatureHeader = Array.isArray(signature) ? signature[0] : signature;
    const bearerOk = bearerMatches(authorization, options.auth.token);
    if (!bearerOk && !(signatureHeader && options.auth.hmacSecret)) {
      log.event('warning', 'rejected a request without valid credentials', { remote: req.socket.remoteAddress ?? '' });
      return x.refuse(401, { error: 'missing or invalid credentials' }, { 'www-authenticate': 'Bearer realm="dhow-bridge"' });
    }
    // Alertmanager sends application/json; anything else is refused before the body is read.
    if (!x.requireJson()) return;
    // Until its signature is checked, a body is read only up to a small limit.
    const body = await x.readBody(bearerOk ? maxBody : maxUnauthenticated);
    if (!body) return;
    if (!bearerOk && !signatureMatches(signatureHeader, body, options.auth.hmacSecret)) {
      log.event('warning', 'rejected a request with a wrong signature', { remote: req.socket.remoteAddress ?? '' });
      return x.send(401, { error: 'missing or invalid credentials' }, { 'www-authenticate': 'Bearer realm="dhow-bridge"' });
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return x.send(400, { error: 'the body is not JSON' });
    }
    const parsed = AlertmanagerWebhook.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return x.send(400, {
        error: `not an Alertmanager webhook (version 4): field "${issue.path.map(String).join('.')}": ${issue.message}`,
      });
    }
    if (parsed.data.alerts.length > maxAlerts) {
      return x.send(413, {
        error: `the notification holds ${parsed.data.alerts.length} alerts, more than the ${maxAlerts} the bridge takes at once: set max_alerts in Alertmanager's webhook_config or raise the bridge's alert limit`,
      });
    }
    const sorted = sortAlerts(parsed.data, { alertNames: options.alertNames });
    alerts.inc({ outcome: 'resolved' }, sorted.resolved.length);
    alerts.inc({ outcome: 'ignored' }, sorted.ignored.length);
    for (const ignored of sorted.ignored) log.event('info', 'ignored alert', { fingerprint: ignored.fingerprint, reason: ignored.reason });
    const reports = await deliverAll(sorted.drift);
    for (const report of reports) {
      alerts.inc({ outcome: report.outcome });
      log.event(report.outcome === 'failed' ? 'error' : report.outcome === 'refused' ? 'warning' : 'info', `alert ${report.outcome}`, {
        fingerprint: report.fingerprint,
        release: report.key,
        group: parsed.data.groupKey,
        detail: report.detail,
      });
    }
    const failed = reports.some((r) => r.outcome === 'failed');
    x.send(failed ? 502 : 200, {
      deliveries: reports,
      resolved: sorted.resolved.length,
      ignored: sorted.ignored,
    });
  }

  const http = await startHttpServer({
    name: 'bridge',
    host: options.host,
    port: options.port,
    logger: log,
    metrics: registry,
    health: () => ({ code: 200, body: { status: 'ok' } }),
    routes: [{ method: 'POST', path: ALERTMANAGER_PATH, handle: handleAlertmanager }],
    requestsMetric: 'dhow_bridge_requests_total',
    maxConnections,
    headersTimeoutMs: HEADERS_TIMEOUT_MS,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    listeningFields: { path: ALERTMANAGER_PATH, auth: options.auth.token ? 'bearer' : 'hmac' },
  });

  return {
    url: http.url,
    port: http.port,
    registry,
    close: () => http.close({ inFlight: Promise.allSettled([...inFlight.values()]), graceMs: options.shutdownGraceMs, fields: { inFlight: inFlight.size } }),
  };
}
