/**
 * Alertmanager's webhook notification, payload version 4, and what the bridge takes from it: one drift
 * alert per FIRING alert whose labels name model, environment and version. Resolved alerts and alerts
 * about something else are ignored (and said so), never an error: Alertmanager must not retry them.
 */
import { z } from 'zod';
import { describeError } from '../errors.js';
import { parseDriftAlert, type DriftAlert } from '../revert/payload.js';

const Labels = z.record(z.string(), z.string());

export const AlertmanagerAlert = z.looseObject({
  status: z.enum(['firing', 'resolved']),
  labels: Labels,
  annotations: Labels.default({}),
  startsAt: z.string(),
  endsAt: z.string().optional(),
  generatorURL: z.string().optional(),
  fingerprint: z.string(),
});
export type AlertmanagerAlert = z.infer<typeof AlertmanagerAlert>;

/** Newer Alertmanagers may add fields; version "4" is the contract we check. */
export const AlertmanagerWebhook = z.looseObject({
  version: z.literal('4'),
  groupKey: z.string(),
  truncatedAlerts: z.number().int().nonnegative().optional(),
  status: z.enum(['firing', 'resolved']),
  receiver: z.string(),
  groupLabels: Labels.default({}),
  commonLabels: Labels.default({}),
  commonAnnotations: Labels.default({}),
  externalURL: z.string().default(''),
  // How many alerts one notification may carry is the bridge's limit (maxAlerts), checked after parsing.
  alerts: z.array(AlertmanagerAlert),
});
export type AlertmanagerWebhook = z.infer<typeof AlertmanagerWebhook>;

export interface IgnoredAlert {
  fingerprint: string;
  reason: string;
}

export interface SortedAlerts {
  drift: DriftAlert[];
  resolved: IgnoredAlert[];
  ignored: IgnoredAlert[];
}

export interface SortOptions {
  /**
   * Only alerts with one of these `alertname` labels revert anything (when given): a rule that happens to
   * carry model, environment and version labels (a latency alert, say) then cannot roll a release back.
   */
  alertNames?: readonly string[];
}

/** Turns each firing alert about a model version into the payload the revert takes. */
export function sortAlerts(webhook: AlertmanagerWebhook, options: SortOptions = {}): SortedAlerts {
  const sorted: SortedAlerts = { drift: [], resolved: [], ignored: [] };
  const names = options.alertNames && options.alertNames.length > 0 ? new Set(options.alertNames) : undefined;
  for (const alert of webhook.alerts) {
    if (alert.status === 'resolved') {
      sorted.resolved.push({ fingerprint: alert.fingerprint, reason: 'resolved alerts are ignored' });
      continue;
    }
    if (names && !names.has(alert.labels.alertname ?? '')) {
      const name = alert.labels.alertname === undefined ? 'no alertname label' : `alertname "${alert.labels.alertname}"`;
      sorted.ignored.push({ fingerprint: alert.fingerprint, reason: `${name}: the bridge acts only on ${[...names].map((n) => `"${n}"`).join(', ')}` });
      continue;
    }
    const missing = ['model', 'environment', 'version'].filter((label) => !alert.labels[label]);
    if (missing.length > 0) {
      sorted.ignored.push({ fingerprint: alert.fingerprint, reason: `no ${missing.join(', ')} label(s): not a model drift alert` });
      continue;
    }
    const summary = alert.annotations.summary ?? alert.annotations.description;
    const source = alert.generatorURL || webhook.externalURL || undefined;
    try {
      sorted.drift.push(
        parseDriftAlert(
          {
            model: alert.labels.model,
            environment: alert.labels.environment,
            version: alert.labels.version,
            fingerprint: alert.fingerprint,
            'starts-at': alert.startsAt,
            ...(summary ? { summary: summary.slice(0, 2000) } : {}),
            ...(source ? { source: source.slice(0, 1000) } : {}),
          },
          `alert ${alert.fingerprint}`,
        ),
      );
    } catch (error) {
      sorted.ignored.push({ fingerprint: alert.fingerprint, reason: describeError(error) });
    }
  }
  return sorted;
}
