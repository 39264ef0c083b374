/**
 * One bad cell must not look like drift (issue 11, item 2). A numerical column keeps the kind the
 * reference (or its profile, or a declared type) gave it; a value of the current data that does not parse
 * (text, a NUL byte, a comma decimal such as "0,51") is counted as a data-quality finding, reported in the
 * JSON, text and Markdown reports and on drift --serve's /metrics as series of their own, and never feeds
 * the share of drifted columns, dataset_drift or dhow_drift_share, so no alert rule reverts production.
 *
 * The data: the reference's x is the grid i / N (i = 0..N-1), the current's x the same grid moved by half a
 * step; both have the same size once the bad cells are left out, so the Wasserstein distance is exactly half
 * a step, and Evidently's score is that over the reference's population standard deviation
 * sqrt((N^2 - 1) / 12) / N (the variance of a discrete uniform grid), both by hand. Read as categories
 * instead (the fault), every value is new on one side and the column drifts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonLogger } from '../../src/http/log.js';
import { detectDrift, type DriftResult } from '../../src/drift/index.js';
import { startDriftServer, type DriftServer } from '../../src/drift/serve.js';
import { dhow } from '../support/cli.js';
import { parsePrometheusText, samplesOf, type Sample } from '../support/drift-data.js';
import { requireBinary } from '../support/monitoring.js';

const N = 10_000;
const dir = mkdtempSync(join(tmpdir(), 'dhow-data-quality-'));
const path = (name: string) => join(dir, name);
const CITIES = ['doha', 'dubai', 'riyadh'];
/** Wasserstein distance of the two grids (half a step) over the reference's population std. */
const EXPECTED_SCORE = 0.5 / N / (Math.sqrt((N * N - 1) / 12) / N);

/** CSV rows x,city; `bad` cells (raw CSV text of the x field) are inserted as extra rows after row N/2, city missing. */
function csv(offset: number, bad: string[] = []): string {
  const lines = ['x,city'];
  for (let i = 0; i < N; i++) {
    if (i === N / 2) for (const cell of bad) lines.push(`${cell},`); // city missing: that column stays as the reference
    lines.push(`${(i + offset) / N},${CITIES[i % 3]}`);
  }
  return `${lines.join('\n')}\n`;
}

function jsonl(offset: number, bad: unknown[] = []): string {
  const lines: string[] = [];
  for (let i = 0; i < N; i++) {
    if (i === N / 2) for (const x of bad) lines.push(JSON.stringify({ x, city: null }));
    lines.push(JSON.stringify({ x: (i + offset) / N, city: CITIES[i % 3] }));
  }
  return `${lines.join('\n')}\n`;
}

writeFileSync(path('reference.csv'), csv(0));
writeFileSync(path('reference.jsonl'), jsonl(0));

/** The kinds of bad cell the probe found, as CSV field text. */
const BAD_CELLS: [string, string][] = [
  ['text', 'abc'],
  ['a NUL byte', '0.5\u00001'],
  ['a comma decimal', '"0,51"'],
  ['a quoted word', '"n/a please"'],
];

function expectNoDrift(result: DriftResult, invalid: number, rows: number): void {
  const x = result.columns.find((c) => c.column === 'x')!;
  expect(x).toMatchObject({ type: 'numerical', method: 'wasserstein', drifted: false, current_size: N, reference_size: N });
  expect(x.score! / EXPECTED_SCORE).toBeCloseTo(1, 9);
  expect(result.columns.find((c) => c.column === 'city')).toMatchObject({ type: 'categorical', drifted: false, score: 0 });
  expect(result).toMatchObject({ dataset_drift: false, share: 0, drifted_columns: 0 });
  expect(result.data_quality.columns).toEqual([{ column: 'x', invalid, rows, share: invalid / rows, failed: invalid / rows > 0.01 }]);
  expect(result.data_quality.invalid_values).toBe(invalid);
}

describe('one bad cell in a numerical column of the current data', () => {
  for (const [kind, cell] of BAD_CELLS) {
    it(`(${kind}) keeps the column numerical, reports it as data quality and does not drift, through the CLI`, async () => {
      const current = path(`current-${kind.replaceAll(' ', '-')}.csv`);
      writeFileSync(current, csv(0.5, [cell]));
      const markdown = path(`report-${kind.replaceAll(' ', '-')}.md`);
      const run = await dhow(['drift', '--reference', path('reference.csv'), '--current', current, '--json', '--markdown', markdown, '--fail-on-drift']);
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout) as DriftResult;
      expectNoDrift(result, 1, N + 1);
      expect(result.data_quality).toMatchObject({ failed: false, max_invalid_share: 0.01 });
      const report = readFileSync(markdown, 'utf8');
      expect(report).toContain('Data drift not detected');
      expect(report).toContain('| x | 1 | 0.01% | no |');
      // The text report says it too, and the cell's bytes never reach the output.
      const text = await dhow(['drift', '--reference', path('reference.csv'), '--current', current]);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('no dataset drift: 0 of 2 columns drifted');
      expect(text.stdout).toContain('x: 1 of 10001 rows (share 0.0001)');
    });
  }

  it('is the same in JSON Lines: a string that is not a number, a NUL byte, a comma decimal, a boolean, an object', async () => {
    const bad = ['abc', 'ab\u0000c', '0,51', true, { x: 1 }];
    const current = path('current.jsonl');
    writeFileSync(current, jsonl(0.5, bad));
    expectNoDrift(await detectDrift({ reference: path('reference.jsonl'), current }), bad.length, N + bad.length);
  });

  it('is the same against a reference profile: the profile fixed the kind, the cell is counted, not dropped silently', async () => {
    const profile = path('profile.json');
    const written = await dhow(['drift', 'profile', '--input', path('reference.csv'), '--output', profile]);
    expect(written.code, written.stderr).toBe(0);
    const current = path('current-profile.csv');
    writeFileSync(current, csv(0.5, ['"0,51"']));
    const result = await detectDrift({ reference: profile, current });
    expect(result.columns[0]).toMatchObject({ column: 'x', type: 'numerical', drifted: false, current_size: N });
    expect(result).toMatchObject({ dataset_drift: false, share: 0 });
    expect(result.data_quality.columns).toEqual([{ column: 'x', invalid: 1, rows: N + 1, share: 1 / (N + 1), failed: false }]);
  });

  it('and a declared type, in sketch mode too', async () => {
    const current = path('current-sketch.csv');
    writeFileSync(current, csv(0.5, ['abc', '"0,51"']));
    const result = await detectDrift({ reference: path('reference.csv'), current, sketch: true, columnTypes: { x: 'numerical' } });
    expect(result.columns[0]).toMatchObject({ column: 'x', type: 'numerical', drifted: false, current_size: N });
    expect(result.data_quality.columns[0]).toMatchObject({ invalid: 2, rows: N + 2 });
  });
});

describe('the data-quality threshold', () => {
  // 300 bad cells in 10,300 rows: 2.9% of the rows.
  const current = path('current-many.csv');
  writeFileSync(
    current,
    csv(
      0.5,
      Array.from({ length: 300 }, (_, i) => (i % 2 ? 'abc' : '"0,51"')),
    ),
  );

  it('fails the check above --max-invalid-share, still without drift; only --fail-on-data-quality turns that into exit 1', async () => {
    const run = await dhow(['drift', '--reference', path('reference.csv'), '--current', current, '--json', '--fail-on-drift']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as DriftResult;
    expectNoDrift(result, 300, N + 300);
    expect(result.data_quality.failed).toBe(true);

    const failing = await dhow(['drift', '--reference', path('reference.csv'), '--current', current, '--fail-on-data-quality']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('data quality FAILED');
    const tolerant = await dhow(['drift', '--reference', path('reference.csv'), '--current', current, '--fail-on-data-quality', '--max-invalid-share', '0.05']);
    expect(tolerant.code).toBe(0);
    expect(tolerant.stdout).toContain('data quality ok');
  });

  it('refuses a share outside [0, 1], naming the flag', async () => {
    const run = await dhow(['drift', '--reference', path('reference.csv'), '--current', current, '--max-invalid-share', '2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-invalid-share must be between 0 and 1');
  });
});

describe('dhow drift --serve with bad cells', () => {
  let server: DriftServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const TARGET = { model: 'arabic-sentiment', environment: 'production', version: '1.4.0' };
  const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) => {
    const found = samplesOf(samples, name, { ...TARGET, ...labels });
    expect(found.length).toBeLessThanOrEqual(1);
    return found[0]?.value;
  };

  async function metricsFor(current: string): Promise<Sample[]> {
    server = await startDriftServer({
      target: TARGET,
      drift: { reference: path('reference.csv'), current },
      intervalMs: 3_600_000,
      pollMs: 3_600_000,
      logger: jsonLogger(new Writable({ write: (_c, _e, done) => done() })),
    });
    await server.refresh(); // joins the start computation and waits for it
    const response = await fetch(`${server.url}/metrics`);
    return parsePrometheusText(await response.text());
  }

  for (const [kind, cell] of BAD_CELLS) {
    it(`(${kind}) publishes the invalid values as their own series; the drift share stays 0`, async () => {
      const current = path(`serve-${kind.replaceAll(' ', '-')}.csv`);
      writeFileSync(current, csv(0.5, [cell]));
      const samples = await metricsFor(current);
      expect(value(samples, 'dhow_drift_up')).toBe(1);
      expect(value(samples, 'dhow_drift_share')).toBe(0);
      expect(value(samples, 'dhow_drift_dataset_drift')).toBe(0);
      expect(value(samples, 'dhow_drift_column_drifted', { column: 'x', method: 'wasserstein' })).toBe(0);
      expect(value(samples, 'dhow_drift_column_invalid_values', { column: 'x' })).toBe(1);
      expect(value(samples, 'dhow_drift_column_invalid_share', { column: 'x' })).toBeCloseTo(1 / (N + 1), 15);
      expect(value(samples, 'dhow_drift_data_quality_failed')).toBe(0);
      // Only numerical columns can hold invalid values.
      expect(value(samples, 'dhow_drift_column_invalid_values', { column: 'city' })).toBeUndefined();
    });
  }

  it('says the check failed when many cells are bad, still without drift', async () => {
    const samples = await metricsFor(path('current-many.csv'));
    expect(value(samples, 'dhow_drift_data_quality_failed')).toBe(1);
    expect(value(samples, 'dhow_drift_column_invalid_values', { column: 'x' })).toBe(300);
    expect(value(samples, 'dhow_drift_share')).toBe(0);
    expect(value(samples, 'dhow_drift_dataset_drift')).toBe(0);
  });
});

describe('the example alert rules', () => {
  it('never fire ModelDataDrift (the revert) on a data-quality failure alone (promtool test rules)', async () => {
    requireBinary('promtool');
    const rules = new URL('../../examples/drift-revert/prometheus-rules.yml', import.meta.url).pathname;
    const series = '{model="arabic-sentiment",environment="production",version="1.4.0",job="dhow-drift",instance="10.0.0.7:9097"}';
    const column = series.replace('{', '{column="x",');
    const tests = {
      rule_files: [rules],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: [
            // Every row of x is bad for an hour: the check fails, the drift share stays 0, the numbers are fresh.
            { series: `dhow_drift_share${series}`, values: '0x60' },
            { series: `dhow_drift_dataset_drift${series}`, values: '0x60' },
            { series: `dhow_drift_data_quality_failed${series}`, values: '1x60' },
            { series: `dhow_drift_column_invalid_share${column}`, values: '1x60' },
            { series: `dhow_drift_column_invalid_values${column}`, values: '10000x60' },
            { series: `dhow_drift_up${series}`, values: '1x60' },
            { series: `dhow_drift_last_success_timestamp_seconds${series}`, values: '0+60x60' },
          ],
          alert_rule_test: [
            { eval_time: '30m', alertname: 'ModelDataDrift', exp_alerts: [] },
            { eval_time: '60m', alertname: 'ModelDataDrift', exp_alerts: [] },
            { eval_time: '60m', alertname: 'ModelDriftMetricStale', exp_alerts: [] },
          ],
        },
      ],
    };
    const tmp = await mkdtemp(join(tmpdir(), 'dhow-rules-quality-'));
    try {
      await writeFile(join(tmp, 'rules.test.yml'), JSON.stringify(tests));
      const result = spawnSync('promtool', ['test', 'rules', join(tmp, 'rules.test.yml')], { encoding: 'utf8' });
      expect(`${result.stdout}${result.stderr}`).toContain('SUCCESS');
      expect(result.status).toBe(0);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
