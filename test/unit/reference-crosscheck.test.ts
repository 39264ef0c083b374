/**
 * dhow's numbers against independent reference implementations. The expected values in
 * test/fixtures/reference/*.json were computed by scripts/reference/*.py with scipy 1.10, numpy 1.24,
 * scikit-learn 1.2 and pandas 1.5 (Evidently's and Fairlearn's constructions written out from their published
 * definitions; jiwer's WER/CER with an independent Levenshtein). The fixtures are the source of truth: no
 * Python runs here. Scores agree to 1e-9 relative; counts, ranks and decisions exactly.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';

const RELATIVE = 1e-9;
const dir = mkdtempSync(join(tmpdir(), 'dhow-reference-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/reference/${name}`, import.meta.url), 'utf8')) as T;
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * |actual - expected| <= 1e-9 * max(|actual|, |expected|): exact zero only matches zero. null (the fixtures'
 * and dhow's JSON spelling of NaN) only matches null.
 */
function close(actual: number | null, expected: number | null, what: string): void {
  if (expected === null || actual === null) {
    expect(actual, `${what} (NaN is null)`).toBe(expected);
    return;
  }
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  if (!(Math.abs(actual - expected) <= RELATIVE * scale)) {
    expect.fail(`${what}: dhow gives ${actual}, the reference ${expected} (relative error ${Math.abs(actual - expected) / scale})`);
  }
}

async function json(argv: string[]): Promise<any> {
  const { code, stdout, stderr } = await dhow(argv);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

interface DriftCase {
  name: string;
  column_type: 'numerical' | 'categorical';
  method: string | null;
  reference: (number | string)[];
  current: (number | string)[];
  expected: { method: string; score: number; drifted: boolean; reference_size: number; current_size: number; ks_method?: string };
}

interface DriftDataset {
  name: string;
  columns: Record<string, { column_type: 'numerical' | 'categorical'; reference: (number | string)[]; current: (number | string)[] }>;
  expected: { columns: Record<string, { method: string; score: number; drifted: boolean }>; drifted_columns: number; share: number; dataset_drift: boolean };
}

function table(columns: DriftDataset['columns'], side: 'reference' | 'current'): string {
  const names = Object.keys(columns);
  const rows = columns[names[0]!]![side].map((_, r) => names.map((n) => String(columns[n]![side][r])).join(','));
  return [names.join(','), ...rows].join('\n') + '\n';
}

describe("dhow drift against scipy with Evidently's constructions", () => {
  const { cases, datasets } = fixture<{ cases: DriftCase[]; datasets: DriftDataset[] }>('drift.json');

  it.each(datasets.map((d, i) => [d.name, i] as const))('data set: %s', async (_name, i) => {
    const d = datasets[i]!;
    const argv = [
      'drift',
      '--reference',
      file(`set-${i}-ref.csv`, table(d.columns, 'reference')),
      '--current',
      file(`set-${i}-cur.csv`, table(d.columns, 'current')),
      '--json',
    ];
    for (const [name, c] of Object.entries(d.columns)) argv.push('--column-type', `${name}=${c.column_type}`);
    const out = await json(argv);
    expect(out.columns.map((c: { column: string }) => c.column)).toEqual(Object.keys(d.expected.columns));
    for (const col of out.columns) {
      const e = d.expected.columns[col.column]!;
      expect(col.method, col.column).toBe(e.method);
      close(col.score, e.score, `${col.column} ${e.method} score`);
      expect(col.drifted, col.column).toBe(e.drifted);
    }
    expect(out.drifted_columns).toBe(d.expected.drifted_columns);
    close(out.share, d.expected.share, 'share');
    expect(out.dataset_drift).toBe(d.expected.dataset_drift);
  });

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
    const c = cases[i]!;
    const ref = file(`drift-${i}-ref.csv`, ['x', ...c.reference.map(String)].join('\n') + '\n');
    const cur = file(`drift-${i}-cur.csv`, ['x', ...c.current.map(String)].join('\n') + '\n');
    const argv = ['drift', '--reference', ref, '--current', cur, '--column-type', `x=${c.column_type}`, '--min-sample-size', '1', '--json'];
    if (c.method) argv.push('--method', c.method);
    const out = await json(argv);
    const col = out.columns[0];
    expect(col.column).toBe('x');
    expect(col.method).toBe(c.expected.method);
    expect(col.reference_size).toBe(c.expected.reference_size);
    expect(col.current_size).toBe(c.expected.current_size);
    expect(col.exact).toBe(true);
    close(col.score, c.expected.score, `${c.expected.method} score`);
    expect(col.drifted).toBe(c.expected.drifted);
  });

  // Sketch mode and profiles promise exact scores when they say exact: true (sketch: at most 2048 distinct
  // current values; profile: at most 20 distinct reference values, categorical always). Hold them to it.
  it.each(cases.map((c, i) => [c.name, i] as const))('%s, current folded into a sketch (--sketch)', async (_name, i) => {
    const c = cases[i]!;
    const ref = file(`drift-${i}-sk-ref.csv`, ['x', ...c.reference.map(String)].join('\n') + '\n');
    const cur = file(`drift-${i}-sk-cur.csv`, ['x', ...c.current.map(String)].join('\n') + '\n');
    const argv = ['drift', '--reference', ref, '--current', cur, '--column-type', `x=${c.column_type}`, '--min-sample-size', '1', '--sketch', '--json'];
    if (c.method) argv.push('--method', c.method);
    const col = (await json(argv)).columns[0];
    expect(col.method).toBe(c.expected.method);
    expect(col.current_size).toBe(c.expected.current_size);
    if (new Set(c.current).size <= 2048) expect(col.exact).toBe(true);
    if (col.exact) {
      close(col.score, c.expected.score, `${c.expected.method} score (sketch)`);
      expect(col.drifted).toBe(c.expected.drifted);
    }
  });

  it.each(cases.map((c, i) => [c.name, i] as const))('%s, reference given as a profile', async (_name, i) => {
    const c = cases[i]!;
    const ref = file(`drift-${i}-pr-ref.csv`, ['x', ...c.reference.map(String)].join('\n') + '\n');
    const cur = file(`drift-${i}-pr-cur.csv`, ['x', ...c.current.map(String)].join('\n') + '\n');
    const profile = join(dir, `drift-${i}-profile.json`);
    const made = await dhow(['drift', 'profile', '--input', ref, '--output', profile, '--column-type', `x=${c.column_type}`]);
    expect(made.code).toBe(0);
    const argv = ['drift', '--reference', profile, '--current', cur, '--column-type', `x=${c.column_type}`, '--min-sample-size', '1', '--json'];
    if (c.method) argv.push('--method', c.method);
    const col = (await json(argv)).columns[0];
    expect(col.method).toBe(c.expected.method);
    expect(col.reference_size).toBe(c.expected.reference_size);
    if (c.column_type === 'categorical' || new Set(c.reference).size <= 20) expect(col.exact).toBe(true);
    if (col.exact) {
      close(col.score, c.expected.score, `${c.expected.method} score (profile)`);
      expect(col.drifted).toBe(c.expected.drifted);
    }
  });

  it('covers both ks regimes, every method and the default choices', () => {
    const ks = cases.filter((c) => c.expected.method === 'ks').map((c) => c.expected.ks_method);
    expect(ks).toContain('exact');
    expect(ks).toContain('asymp');
    expect(new Set(cases.map((c) => c.expected.method))).toEqual(new Set(['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi']));
    expect(cases.filter((c) => c.method === null).length).toBeGreaterThanOrEqual(5);
  });
});

interface Metrics {
  selection_rate: number;
  tpr: number;
  fpr: number;
  accuracy: number;
  count: number;
}
interface FairnessCase {
  name: string;
  group: string[];
  method: string;
  agg: string;
  positive_label?: string;
  /** A key of the fixture's datasets. */
  dataset: string;
  expected: Record<string, number> & { overall: Metrics; by_group: Record<string, Metrics> };
}

const DISPARITIES = [
  'demographic_parity_difference',
  'demographic_parity_ratio',
  'equal_opportunity_difference',
  'equal_opportunity_ratio',
  'equalized_odds_difference',
  'equalized_odds_ratio',
] as const;

function closeMetrics(actual: Metrics, expected: Metrics, where: string): void {
  expect(actual.count, `${where} count`).toBe(expected.count);
  for (const k of ['selection_rate', 'tpr', 'fpr', 'accuracy'] as const) close(actual[k], expected[k], `${where} ${k}`);
}

describe("dhow metrics fairness against scikit-learn confusion matrices and Fairlearn's definitions", () => {
  type Row = { label: number | string; prediction: number | string; group: string; region: string };
  const { datasets, cases } = fixture<{ datasets: Record<string, Row[]>; cases: FairnessCase[] }>('fairness.json');
  it.each(cases.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
    const c = cases[i]!;
    const csv = file(
      `fair-${i}.csv`,
      ['label,prediction,group,region', ...datasets[c.dataset]!.map((r) => `${r.label},${r.prediction},${r.group},${r.region}`)].join('\n') + '\n',
    );
    const argv = [
      'metrics',
      'fairness',
      '--input',
      csv,
      '--label',
      'label',
      '--prediction',
      'prediction',
      '--group',
      c.group.join(','),
      '--method',
      c.method,
      '--agg',
      c.agg,
      '--json',
    ];
    if (c.positive_label !== undefined) argv.push('--positive-label', c.positive_label);
    const out = await json(argv);
    closeMetrics(out.overall, c.expected.overall, 'overall');
    expect(Object.keys(out.by_group).sort()).toEqual(Object.keys(c.expected.by_group).sort());
    for (const [g, m] of Object.entries(c.expected.by_group)) closeMetrics(out.by_group[g], m, `group ${g}`);
    for (const k of DISPARITIES) close(out[k], c.expected[k] ?? null, k);
  });

  it('includes a group with no positives (TPR 0), 0/0 ratios and intersectional groups', () => {
    expect(cases.some((c) => Object.values(c.expected.by_group).some((m) => m.tpr === 0))).toBe(true);
    expect(cases.some((c) => Object.values(c.expected.by_group).every((m) => m.fpr === 0))).toBe(true);
    expect(cases.some((c) => c.group.length === 2)).toBe(true);
  });
});

interface LatencyCase {
  name: string;
  values: number[];
  expected: { count: number; p50: number; p90: number; p95: number; p99: number; max: number; mean: number };
}

describe("dhow metrics latency against numpy.percentile(method='inverted_cdf')", () => {
  const { cases } = fixture<{ cases: LatencyCase[] }>('latency.json');
  it.each(cases.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
    const c = cases[i]!;
    const out = await json(['metrics', 'latency', '--input', file(`lat-${i}.txt`, c.values.map(String).join('\n') + '\n'), '--json']);
    expect(out.count).toBe(c.expected.count);
    // Percentiles and max are samples: equal exactly.
    for (const k of ['p50', 'p90', 'p95', 'p99', 'max'] as const) expect(out[k], k).toBe(c.expected[k]);
    close(out.mean, c.expected.mean, 'mean');
  });
});

interface TextCase {
  name: string;
  pairs: { reference: string; hypothesis: string }[];
  expected: { segments: number; wer: number; cer: number };
}

describe('dhow metrics text WER and CER against an independent Levenshtein (jiwer 4 corpus definitions)', () => {
  const { cases } = fixture<{ cases: TextCase[] }>('text.json');
  it.each(cases.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
    const c = cases[i]!;
    const input = file(`text-${i}.jsonl`, c.pairs.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const out = await json(['metrics', 'text', '--input', input, '--json']);
    expect(out.segments).toBe(c.expected.segments);
    close(out.wer, c.expected.wer, 'wer');
    close(out.cer, c.expected.cer, 'cer');
  });
});
