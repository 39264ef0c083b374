/**
 * The Alertmanager bridge: an HTTP server (node:http) that turns Alertmanager webhook notifications into
 * drift alerts and hands each to `deliver` (a repository_dispatch, or the revert itself with the local
 * forge). It answers 5xx only when a delivery failed, so Alertmanager retries exactly those; everything
 * it decided not to act on is a 2xx with the reason. Identical deliveries in flight are joined, not
 * repeated. It exposes /healthz and /metrics (its own prom-client registry) and shuts down gracefully.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DhowError } from '../errors.js';
import { jsonLogger, type JsonLogger } from '../http/log.js';
import { startHttpServer, type Exchange } from '../http/server.js';
import { AlertmanagerWebhook, sortAlerts } from './alertmanager.js';
import { bearerMatches, signatureMatches, SIGNATURE_HEADER, type BridgeAuth } from './auth.js';
import { deliveryQueue, type Deliver, type DeliveryQueue } from './deliveries.js';

export type { Deliver, DeliveryReport } from './deliveries.js';

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

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  if (!options.auth.token && !options.auth.hmacSecret) {
    throw new DhowError('usage', 'the bridge needs a bearer token or an HMAC secret: it never accepts unauthenticated alerts');
  }
  const log = options.logger ?? jsonLogger(process.stderr, { component: 'bridge' });
  const limits = bridgeLimits(options);
  const series = bridgeSeries(limits, () => http.connections());
  const queue = deliveryQueue(options.deliver, limits.maxDeliveries, series);
  const http = await startHttpServer({
    name: 'bridge',
    host: options.host,
    port: options.port,
    logger: log,
    metrics: series.registry,
    health: () => ({ code: 200, body: { status: 'ok' } }),
    routes: [{ method: 'POST', path: ALERTMANAGER_PATH, handle: (x) => handleAlertmanager(x, { options, log, limits, series, queue }) }],
    requestsMetric: 'dhow_bridge_requests_total',
    maxConnections: limits.maxConnections,
    headersTimeoutMs: HEADERS_TIMEOUT_MS,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    listeningFields: { path: ALERTMANAGER_PATH, auth: options.auth.token ? 'bearer' : 'hmac' },
  });
  return {
    url: http.url,
    port: http.port,
    registry: series.registry,
    close() {
      const pending = queue.pending();
      return http.close({ inFlight: Promise.allSettled(pending), graceMs: options.shutdownGraceMs, fields: { inFlight: pending.length } });
    },
  };
}

type BridgeLimits = ReturnType<typeof bridgeLimits>;

/** The options' limits with their defaults, each a whole number of at least 1. */
function bridgeLimits(options: BridgeOptions) {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxUnauthenticatedBodyBytes = Math.min(maxBodyBytes, options.maxUnauthenticatedBodyBytes ?? DEFAULT_MAX_UNAUTHENTICATED_BODY_BYTES);
  const maxDeliveries = options.maxDeliveries ?? DEFAULT_MAX_DELIVERIES;
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  const maxAlerts = options.maxAlerts ?? DEFAULT_MAX_ALERTS;
  const limits = {
    maxBodyBytes,
    maxUnauthenticatedBodyBytes,
    maxDeliveries,
    maxConnections,
    maxAlerts,
  };
  for (const [field, value] of Object.entries(limits)) {
    if (!(Number.isSafeInteger(value) && value >= 1)) throw new DhowError('usage', `the bridge's ${field} must be a whole number of at least 1, not ${value}`);
  }
  return limits;
}

type BridgeSeries = ReturnType<typeof bridgeSeries>;

/** The bridge's own prom-client registry and series, the configured limits among them. */
function bridgeSeries(limits: BridgeLimits, connections: () => Promise<number>) {
  const registry = new Registry();
  const alerts = new Counter({
    name: 'dhow_bridge_alerts_total',
    help: 'Alerts received, by outcome: delivered, deduplicated, refused, failed, resolved, ignored.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'dhow_bridge_deliveries_in_flight',
    help: 'Deliveries running now.',
    registers: [registry],
  });
  const queued = new Gauge({
    name: 'dhow_bridge_deliveries_queued',
    help: 'Deliveries waiting for a free slot (at most dhow_bridge_max_deliveries run at once).',
    registers: [registry],
  });
  // The limits themselves, so a dashboard can show how close the bridge runs to them.
  const limit = new Gauge({
    name: 'dhow_bridge_limit',
    help: 'Configured limits: max_deliveries, max_connections, max_alerts, max_body_bytes, max_unauthenticated_body_bytes, headers_timeout_seconds, request_timeout_seconds.',
    labelNames: ['limit'] as const,
    registers: [registry],
  });
  limit.set({ limit: 'max_deliveries' }, limits.maxDeliveries);
  limit.set({ limit: 'max_connections' }, limits.maxConnections);
  limit.set({ limit: 'max_alerts' }, limits.maxAlerts);
  limit.set({ limit: 'max_body_bytes' }, limits.maxBodyBytes);
  limit.set({ limit: 'max_unauthenticated_body_bytes' }, limits.maxUnauthenticatedBodyBytes);
  limit.set({ limit: 'headers_timeout_seconds' }, HEADERS_TIMEOUT_MS / 1000);
  limit.set({ limit: 'request_timeout_seconds' }, REQUEST_TIMEOUT_MS / 1000);
  new Gauge({
    name: 'dhow_bridge_connections',
    help: 'Open connections now.',
    registers: [registry],
    async collect() {
      this.set(await connections());
    },
  });
  const duration = new Histogram({
    name: 'dhow_bridge_delivery_duration_seconds',
    help: 'Time to deliver one alert (dispatch or revert).',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  return { registry, alerts, inFlight, queued, duration };
}

/** POST /alertmanager: authenticate, read and check the notification, deliver its drift alerts, report each. */
async function handleAlertmanager(
  x: Exchange,
  { options, log, limits, series, queue }: { options: BridgeOptions; log: JsonLogger; limits: BridgeLimits; series: BridgeSeries; queue: DeliveryQueue },
): Promise<void> {
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
  const body = await x.readBody(bearerOk ? limits.maxBodyBytes : limits.maxUnauthenticatedBodyBytes);
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
  if (parsed.data.alerts.length > limits.maxAlerts) {
    return x.send(413, {
      error: `the notification holds ${parsed.data.alerts.length} alerts, more than the ${limits.maxAlerts} the bridge takes at once: set max_alerts in Alertmanager's webhook_config or raise the bridge's alert limit`,
    });
  }
  const sorted = sortAlerts(parsed.data, { alertNames: options.alertNames });
  series.alerts.inc({ outcome: 'resolved' }, sorted.resolved.length);
  series.alerts.inc({ outcome: 'ignored' }, sorted.ignored.length);
  for (const ignored of sorted.ignored) log.event('info', 'ignored alert', { fingerprint: ignored.fingerprint, reason: ignored.reason });
  const reports = await queue.deliverAll(sorted.drift);
  for (const report of reports) {
    series.alerts.inc({ outcome: report.outcome });
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
