/**
 * Regression against production: the baseline of every change check is the record of the version live in
 * the target environment. A gate's baseline is, in order: the live record's metric named by
 * `baseline-metric`; the value the live version's own gate run recorded under the same gate name (so
 * latency, fairness and other computed gates compare like with like); the live record's metric of the
 * gate's name for it (`key` or `metric`).
 */
import type { VersionRecord } from '../registry/schemas.js';
import type { Gate } from './policy.js';
import type { Baseline } from './threshold.js';

/** What the gates need of the live version. */
export interface LiveVersion {
  version: string;
  metrics: Record<string, number>;
  /** The live version's own gate results, by gate name. */
  gateValues: Record<string, number>;
}

export function liveVersionOf(record: Pick<VersionRecord, 'version' | 'metrics'> & { gates?: VersionRecord['gates'] }): LiveVersion {
  const gateValues: Record<string, number> = {};
  for (const row of record.gates?.summary ?? []) {
    if (typeof row.value === 'number' && Number.isFinite(row.value)) gateValues[row.gate] = row.value;
  }
  return { version: record.version, metrics: { ...record.metrics }, gateValues };
}

export function baselineFor(gate: Pick<Gate, 'name' | 'metric' | 'source' | 'baseline-metric'>, live: LiveVersion | null): Baseline {
  if (live === null) return { kind: 'no-live-version' };
  const has = (key: string) => Object.hasOwn(live.metrics, key) && Number.isFinite(live.metrics[key]);
  const explicit = gate['baseline-metric'];
  if (explicit !== undefined) {
    return has(explicit) ? { kind: 'value', version: live.version, value: live.metrics[explicit]! } : { kind: 'missing', version: live.version };
  }
  if (Object.hasOwn(live.gateValues, gate.name)) return { kind: 'value', version: live.version, value: live.gateValues[gate.name]! };
  const key = gate.source.kind === 'candidate' ? (gate.source.key ?? gate.metric) : gate.metric;
  return has(key) ? { kind: 'value', version: live.version, value: live.metrics[key]! } : { kind: 'missing', version: live.version };
}
