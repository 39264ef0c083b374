import { describe, expect, it } from 'vitest';
import { decide, thresholdFailures, type Baseline, type ThresholdSpec } from '../../../src/gates/threshold.js';

const live = (value: number): Baseline => ({ kind: 'value', version: '1.0.0', value });
const none: Baseline = { kind: 'no-live-version' };

// Each row is worked out by hand from MLflow's documented MetricThreshold rules:
//   threshold:            greater-is-better -> value >= t;  otherwise value <= t
//   min_absolute_change:  greater -> value >= base + c;      otherwise value <= base - c
//   min_relative_change:  greater -> (value - base)/base >= r; otherwise (base - value)/base >= r
//                         base == 0 -> value >= base + 1e-10 (greater) or value <= base - 1e-10
describe('MLflow MetricThreshold semantics', () => {
  const table: { name: string; spec: ThresholdSpec; value: number; baseline: Baseline; passes: boolean }[] = [
    { name: 'threshold, greater is better, above', spec: { threshold: 0.8, 'greater-is-better': true }, value: 0.85, baseline: none, passes: true },
    {
      name: 'threshold, greater is better, exactly at it passes (>=)',
      spec: { threshold: 0.8, 'greater-is-better': true },
      value: 0.8,
      baseline: none,
      passes: true,
    },
    { name: 'threshold, greater is better, below', spec: { threshold: 0.8, 'greater-is-better': true }, value: 0.79, baseline: none, passes: false },
    { name: 'threshold, lower is better, below', spec: { threshold: 250, 'greater-is-better': false }, value: 240, baseline: none, passes: true },
    {
      name: 'threshold, lower is better, exactly at it passes (<=)',
      spec: { threshold: 250, 'greater-is-better': false },
      value: 250,
      baseline: none,
      passes: true,
    },
    { name: 'threshold, lower is better, above', spec: { threshold: 250, 'greater-is-better': false }, value: 250.5, baseline: none, passes: false },
    // 0.80 + 0.05 = 0.85: 0.86 >= 0.85 passes, 0.84 fails
    {
      name: 'absolute change, greater: 0.86 vs 0.80 + 0.05',
      spec: { 'min-absolute-change': 0.05, 'greater-is-better': true },
      value: 0.86,
      baseline: live(0.8),
      passes: true,
    },
    {
      name: 'absolute change, greater: 0.84 vs 0.80 + 0.05',
      spec: { 'min-absolute-change': 0.05, 'greater-is-better': true },
      value: 0.84,
      baseline: live(0.8),
      passes: false,
    },
    // MLflow adds in binary floating point before comparing: 0.8 + 0.05 is 0.8500000000000001, so 0.85 fails
    {
      name: 'absolute change, greater: 0.85 vs 0.8 + 0.05 in floating point (as MLflow)',
      spec: { 'min-absolute-change': 0.05, 'greater-is-better': true },
      value: 0.85,
      baseline: live(0.8),
      passes: false,
    },
    {
      name: 'absolute change, greater: 0.9 vs 0.8 + 0.1 = 0.9 exactly',
      spec: { 'min-absolute-change': 0.1, 'greater-is-better': true },
      value: 0.9,
      baseline: live(0.8),
      passes: true,
    },
    // 0.30 - 0.02 = 0.28: WER 0.27 passes, 0.29 fails
    {
      name: 'absolute change, lower: WER 0.27 vs 0.30 - 0.02',
      spec: { 'min-absolute-change': 0.02, 'greater-is-better': false },
      value: 0.27,
      baseline: live(0.3),
      passes: true,
    },
    {
      name: 'absolute change, lower: WER 0.29 vs 0.30 - 0.02',
      spec: { 'min-absolute-change': 0.02, 'greater-is-better': false },
      value: 0.29,
      baseline: live(0.3),
      passes: false,
    },
    // (90 - 80) / 80 = 0.125 >= 0.1 passes; (87 - 80) / 80 = 0.0875 < 0.1 fails
    {
      name: 'relative change, greater: 90 vs 80, needs 10%',
      spec: { 'min-relative-change': 0.1, 'greater-is-better': true },
      value: 90,
      baseline: live(80),
      passes: true,
    },
    {
      name: 'relative change, greater: 87 vs 80, needs 10%',
      spec: { 'min-relative-change': 0.1, 'greater-is-better': true },
      value: 87,
      baseline: live(80),
      passes: false,
    },
    // (200 - 170) / 200 = 0.15 >= 0.1 passes; (200 - 190) / 200 = 0.05 fails
    {
      name: 'relative change, lower: p99 170 ms vs 200 ms, needs 10%',
      spec: { 'min-relative-change': 0.1, 'greater-is-better': false },
      value: 170,
      baseline: live(200),
      passes: true,
    },
    {
      name: 'relative change, lower: p99 190 ms vs 200 ms, needs 10%',
      spec: { 'min-relative-change': 0.1, 'greater-is-better': false },
      value: 190,
      baseline: live(200),
      passes: false,
    },
    // relative change 0 allows "not worse": equal passes, slightly worse fails
    {
      name: 'relative change 0, greater: equal passes',
      spec: { 'min-relative-change': 0, 'greater-is-better': true },
      value: 0.5,
      baseline: live(0.5),
      passes: true,
    },
    {
      name: 'relative change 0, greater: worse fails',
      spec: { 'min-relative-change': 0, 'greater-is-better': true },
      value: 0.49,
      baseline: live(0.5),
      passes: false,
    },
    // baseline 0: falls back to value >= 1e-10 / value <= -1e-10
    {
      name: 'relative change, baseline 0, greater: 0 is not better',
      spec: { 'min-relative-change': 0.5, 'greater-is-better': true },
      value: 0,
      baseline: live(0),
      passes: false,
    },
    {
      name: 'relative change, baseline 0, greater: 0.001 is better',
      spec: { 'min-relative-change': 0.5, 'greater-is-better': true },
      value: 0.001,
      baseline: live(0),
      passes: true,
    },
    {
      name: 'relative change, baseline 0, lower: 0 is not better',
      spec: { 'min-relative-change': 0.5, 'greater-is-better': false },
      value: 0,
      baseline: live(0),
      passes: false,
    },
    {
      name: 'relative change, baseline 0, lower: -0.5 is better',
      spec: { 'min-relative-change': 0.5, 'greater-is-better': false },
      value: -0.5,
      baseline: live(0),
      passes: true,
    },
    // all three together: each must hold
    {
      name: 'all three hold',
      spec: { threshold: 0.8, 'min-absolute-change': 0.01, 'min-relative-change': 0.01, 'greater-is-better': true },
      value: 0.9,
      baseline: live(0.85),
      passes: true,
    },
    {
      name: 'threshold holds, absolute change does not',
      spec: { threshold: 0.8, 'min-absolute-change': 0.1, 'greater-is-better': true },
      value: 0.9,
      baseline: live(0.85),
      passes: false,
    },
    // change checks need a value from the live version (MLflow: missing baseline fails) ...
    {
      name: 'live version lacks the metric',
      spec: { 'min-absolute-change': 0.01, 'greater-is-better': true },
      value: 0.9,
      baseline: { kind: 'missing', version: '1.0.0' },
      passes: false,
    },
    // ... and do not apply when nothing is live yet (first release)
    {
      name: 'nothing live: only the threshold counts',
      spec: { threshold: 0.8, 'min-absolute-change': 0.5, 'greater-is-better': true },
      value: 0.81,
      baseline: none,
      passes: true,
    },
  ];

  it.each(table)('$name', ({ spec, value, baseline, passes }) => {
    expect(thresholdFailures(value, spec, baseline).length === 0).toBe(passes);
  });

  it('names every failed check, not only the first', () => {
    const failures = thresholdFailures(0.7, { threshold: 0.8, 'min-absolute-change': 0.05, 'min-relative-change': 0.1, 'greater-is-better': true }, live(0.75));
    expect(failures).toHaveLength(3);
    expect(failures[0]).toContain('threshold 0.8');
    expect(failures[1]).toContain('0.8'); // 0.75 + 0.05
  });
});

describe('gate decisions', () => {
  const spec: ThresholdSpec = { threshold: 100, 'greater-is-better': false, 'min-samples': 50 };

  it('passes within the threshold', () => {
    expect(decide(spec, { value: 90, samples: 60 }, none)).toEqual({ verdict: 'pass', blocking: false, reasons: [] });
  });

  it('fails and blocks with severity block (the default)', () => {
    const d = decide(spec, { value: 120, samples: 60 }, none);
    expect(d.verdict).toBe('fail');
    expect(d.blocking).toBe(true);
    expect(d.reasons[0]).toBe('120 is not <= threshold 100');
  });

  it('warns without blocking with severity warn', () => {
    expect(decide({ ...spec, severity: 'warn' }, { value: 120, samples: 60 }, none)).toMatchObject({ verdict: 'warn', blocking: false });
  });

  it('is inconclusive below min-samples, and blocks when the policy says inconclusive blocks', () => {
    expect(decide(spec, { value: 10, samples: 49 }, none, 'block')).toEqual({
      verdict: 'inconclusive',
      blocking: true,
      reasons: ['49 samples, fewer than min-samples 50'],
    });
    expect(decide(spec, { value: 10, samples: 49 }, none, 'warn')).toMatchObject({ verdict: 'inconclusive', blocking: false });
  });

  it('is inconclusive (never blocking) for a warn-severity gate even when inconclusive blocks', () => {
    expect(decide({ ...spec, severity: 'warn' }, { value: 10, samples: 1 }, none, 'block').blocking).toBe(false);
  });

  it('is inconclusive when the sample count is unknown but min-samples is set', () => {
    expect(decide(spec, { value: 10 }, none).verdict).toBe('inconclusive');
  });

  it('is inconclusive when the metric is not a finite number', () => {
    expect(decide({ threshold: 1, 'greater-is-better': true }, { value: null }, none).verdict).toBe('inconclusive');
    expect(decide({ threshold: 1, 'greater-is-better': true }, { value: Number.NaN }, none).verdict).toBe('inconclusive');
  });

  it('says why change checks were skipped on a first release', () => {
    expect(decide({ 'min-relative-change': 0.1, 'greater-is-better': true }, { value: 1 }, none).reasons[0]).toMatch(/no version is live/);
  });
});
