/**
 * One gate's decision, with the semantics of MLflow's MetricThreshold (mlflow.models.MetricThreshold and
 * mlflow/models/evaluation/validation.py `_validate`):
 * - `threshold`: the value must be >= threshold when greater is better, <= threshold otherwise;
 * - `min-absolute-change`: value >= baseline + change (greater is better) or value <= baseline - change;
 * - `min-relative-change`: (value - baseline) / baseline >= change (greater is better) or
 *   (baseline - value) / baseline >= change; when the baseline is 0, value >= baseline + 1e-10
 *   (or value <= baseline - 1e-10);
 * - a change check whose live version lacks the metric fails ("missing baseline"), as in MLflow.
 * dhow adds: with no version live in the target environment the change checks do not apply (a first
 * release has nothing to regress against), `min-samples` makes a gate inconclusive, and `severity` turns
 * a failure into a warning.
 */

export type Verdict = 'pass' | 'fail' | 'warn' | 'inconclusive';

export interface ThresholdSpec {
  threshold?: number;
  'min-absolute-change'?: number;
  'min-relative-change'?: number;
  'greater-is-better': boolean;
  severity?: 'block' | 'warn';
  'min-samples'?: number;
}

/** What the version live in the target environment says about this metric. */
export type Baseline = { kind: 'no-live-version' } | { kind: 'missing'; version: string } | { kind: 'value'; version: string; value: number };

export interface Measurement {
  /** null when the metric could not be computed (e.g. a ratio with nothing to divide by). */
  value: number | null;
  /** How many samples the value rests on, when known. */
  samples?: number;
}

export interface Decision {
  verdict: Verdict;
  /** True when this row stops the promotion: a blocking failure, or inconclusive under an inconclusive-blocks policy. */
  blocking: boolean;
  reasons: string[];
}

/** The checks of MLflow's `_validate` for one metric; returns the failures, empty when it passes. */
export function thresholdFailures(value: number, spec: ThresholdSpec, baseline: Baseline): string[] {
  const greater = spec['greater-is-better'];
  const better = (a: number, b: number) => (greater ? a >= b : a <= b);
  const op = greater ? '>=' : '<=';
  const failures: string[] = [];

  if (spec.threshold !== undefined && !better(value, spec.threshold)) {
    failures.push(`${fmt(value)} is not ${op} threshold ${fmt(spec.threshold)}`);
  }
  const absolute = spec['min-absolute-change'];
  const relative = spec['min-relative-change'];
  if (absolute === undefined && relative === undefined) return failures;
  if (baseline.kind === 'no-live-version') return failures;
  if (baseline.kind === 'missing') {
    failures.push(`the live version ${baseline.version} has no value for this metric to compare with`);
    return failures;
  }
  const base = baseline.value;
  if (absolute !== undefined) {
    const bound = greater ? base + absolute : base - absolute;
    if (!better(value, bound)) {
      failures.push(`${fmt(value)} is not ${op} ${fmt(bound)} (live ${baseline.version}: ${fmt(base)} ${greater ? '+' : '-'} ${fmt(absolute)})`);
    }
  }
  if (relative !== undefined) {
    if (base === 0) {
      const bound = greater ? base + 1e-10 : base - 1e-10;
      if (!better(value, bound)) {
        failures.push(`${fmt(value)} is not better than the live ${baseline.version}'s 0 (relative change undefined at 0)`);
      }
    } else {
      const change = greater ? (value - base) / base : (base - value) / base;
      if (change < relative) {
        failures.push(`relative change ${fmt(change)} against live ${baseline.version} (${fmt(base)}) is below ${fmt(relative)}`);
      }
    }
  }
  return failures;
}

/** The verdict of one gate from its measurement, its baseline and the policy's inconclusive rule. */
export function decide(spec: ThresholdSpec, measurement: Measurement, baseline: Baseline, inconclusive: 'block' | 'warn' = 'block'): Decision {
  const blockingSeverity = (spec.severity ?? 'block') === 'block';
  const inconclusiveDecision = (reason: string): Decision => ({
    verdict: 'inconclusive',
    blocking: blockingSeverity && inconclusive === 'block',
    reasons: [reason],
  });
  const { value, samples } = measurement;
  const minSamples = spec['min-samples'];
  if (minSamples !== undefined) {
    if (samples === undefined) return inconclusiveDecision(`the number of samples is unknown (min-samples ${minSamples})`);
    if (samples < minSamples) return inconclusiveDecision(`${samples} samples, fewer than min-samples ${minSamples}`);
  }
  if (value === null || !Number.isFinite(value)) return inconclusiveDecision('the metric has no finite value');

  const failures = thresholdFailures(value, spec, baseline);
  if (failures.length === 0) {
    const reasons: string[] = [];
    if (baseline.kind === 'no-live-version' && (spec['min-absolute-change'] !== undefined || spec['min-relative-change'] !== undefined)) {
      reasons.push('no version is live in the target environment: change checks do not apply');
    }
    return { verdict: 'pass', blocking: false, reasons };
  }
  return blockingSeverity ? { verdict: 'fail', blocking: true, reasons: failures } : { verdict: 'warn', blocking: false, reasons: failures };
}

/** Numbers in reasons: up to 6 significant digits, no exponent for ordinary sizes. */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}
