/**
 * The bridge's deliveries of drift alerts: at most `max` run at once and the rest wait in order (one
 * notification of 200 alerts must not start 400 git processes at once); an identical delivery in flight
 * (same environment, model and version) is joined, not repeated; and each outcome is classified as
 * delivered, deduplicated, refused (a DhowError that retrying cannot change) or failed (worth a retry).
 */
import type { Gauge, Histogram } from 'prom-client';
import { DhowError, describeError } from '../errors.js';
import type { DriftAlert } from '../revert/payload.js';

/** What a delivery did, for the log and the response (e.g. "dispatched", "reverted 1.4.0 -> 1.3.0"). */
export type Deliver = (alert: DriftAlert) => Promise<string | void>;

export interface DeliveryReport {
  fingerprint: string;
  key: string;
  outcome: 'delivered' | 'deduplicated' | 'refused' | 'failed';
  detail: string;
}

/** The series a queue keeps up to date. */
export interface DeliverySeries {
  inFlight: Gauge;
  queued: Gauge;
  duration: Histogram;
}

export interface DeliveryQueue {
  /** Delivers each alert (joining identical ones in flight) and reports every outcome; never rejects. */
  deliverAll(alerts: DriftAlert[]): Promise<DeliveryReport[]>;
  /** The deliveries running or waiting now. */
  pending(): Promise<string>[];
}

/** Refusals are final: retrying cannot change them, so they must not turn into a 5xx. */
const PERMANENT: ReadonlySet<string> = new Set(['usage', 'invalid-input', 'invalid-name', 'not-found', 'refused', 'gate-failed']);

const keyOf = (alert: DriftAlert) => `${alert.environment}/${alert.model}/${alert.version}`;

export function deliveryQueue(deliver: Deliver, max: number, series: DeliverySeries): DeliveryQueue {
  const inFlight = new Map<string, Promise<string>>();
  let running = 0;
  const waiting: Array<() => void> = [];

  async function slot(): Promise<() => void> {
    if (running >= max) {
      series.queued.inc();
      await new Promise<void>((resolve) => waiting.push(resolve));
      series.queued.dec();
    } else running++;
    // The slot passes straight to the next waiter (running stays the same), or is freed.
    return () => {
      const next = waiting.shift();
      if (next) next();
      else running--;
    };
  }

  function deliverOnce(alert: DriftAlert): { promise: Promise<string>; joined: boolean } {
    const key = keyOf(alert);
    const joined = inFlight.get(key);
    if (joined) return { promise: joined, joined: true };
    const promise = (async () => {
      const release = await slot();
      const stop = series.duration.startTimer();
      series.inFlight.inc();
      try {
        return (await deliver(alert)) || 'delivered';
      } finally {
        stop();
        series.inFlight.dec();
        release();
        inFlight.delete(key);
      }
    })();
    inFlight.set(key, promise);
    return { promise, joined: false };
  }

  return {
    pending: () => [...inFlight.values()],
    deliverAll(alerts) {
      const started = alerts.map((alert) => ({ alert, ...deliverOnce(alert) }));
      return Promise.all(
        started.map(async ({ alert, promise, joined }): Promise<DeliveryReport> => {
          const base = { fingerprint: alert.fingerprint, key: keyOf(alert) };
          try {
            const detail = await promise;
            return { ...base, outcome: joined ? 'deduplicated' : 'delivered', detail };
          } catch (error) {
            const permanent = error instanceof DhowError && PERMANENT.has(error.code);
            return { ...base, outcome: permanent ? 'refused' : 'failed', detail: describeError(error).split('\n')[0]!.slice(0, 500) };
          }
        }),
      );
    },
  };
}
