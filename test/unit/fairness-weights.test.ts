import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fairnessFromCsv } from '../../src/metrics/fairness.js';
import { dhow } from '../support/cli.js';

// Expected values: Fairlearn's test/unit/metrics/test_selection_rate.py (github.com/fairlearn/fairlearn at
// commit ebf8fa75381b112a75d0bd15f13927de7824bccf) and an independent numpy calculation of Fairlearn's
// definitions, test/fixtures/metrics/fairness-weighted-control.py, whose output (.csv, .json) is committed.

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'metrics');
const csv = join(fixtures, 'fairness-weighted-control.csv');
const expected = JSON.parse(readFileSync(join(fixtures, 'fairness-weighted-control.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'dhow-fairness-weights-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Expected = Record<string, Record<string, number>> & { overall: Record<string, number>; by_group: Record<string, Record<string, number>> };

function expectReport(actual: Record<string, unknown>, want: Expected, method: 'between_groups' | 'to_overall'): void {
  const overall = actual.overall as Record<string, number>;
  for (const k of ['selection_rate', 'tpr', 'fpr', 'accuracy']) expect(overall[k]).toBeCloseTo(want.overall[k]!, 12);
  expect(overall.count).toBe(want.overall.count);
  const byGroup = actual.by_group as Record<string, Record<string, number>>;
  expect(Object.keys(byGroup)).toEqual(Object.keys(want.by_group));
  for (const [g, m] of Object.entries(want.by_group)) {
    for (const k of ['selection_rate', 'tpr', 'fpr', 'accuracy']) expect(byGroup[g]![k]).toBeCloseTo(m[k]!, 12);
    expect(byGroup[g]!.count).toBe(m.count);
  }
  for (const k of [
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'equal_opportunity_difference',
    'equal_opportunity_ratio',
    'equalized_odds_difference',
  ]) {
    expect(actual[k] as number).toBeCloseTo(want[k]![method]!, 12);
  }
}

describe("Fairlearn's sample_weight and control_features", () => {
  it('weights the selection rate (test_selection_rate_weighted: 0.3125)', async () => {
    const path = join(dir, 'sr.csv');
    const pred = [0, 1, 1, 0, 0, 0, 0, 0];
    const weight = [1, 2, 3, 4, 1, 2, 1, 2];
    writeFileSync(path, `label,prediction,g,w\n${pred.map((p, i) => `0,${p},a,${weight[i]}`).join('\n')}\n`);
    const report = await fairnessFromCsv(path, { label: 'label', prediction: 'prediction', group: ['g'], weight: 'w' });
    expect(report.overall.selection_rate).toBe(0.3125);
    // count is rows, as Fairlearn's count() takes no weight.
    expect(report.overall.count).toBe(8);
  });

  for (const method of ['between_groups', 'to_overall'] as const) {
    it(`matches the numpy calculation with weights and a control feature (${method})`, async () => {
      const { code, stdout, stderr } = await dhow([
        'metrics',
        'fairness',
        '--input',
        csv,
        '--label',
        'label',
        '--prediction',
        'prediction',
        '--group',
        'dialect',
        '--weight',
        'weight',
        '--control',
        'channel',
        '--method',
        method,
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const out = JSON.parse(stdout);
      expectReport(out, expected.whole, method);
      expect(Object.keys(out.by_control)).toEqual(['phone', 'studio']);
      for (const stratum of ['phone', 'studio']) expectReport(out.by_control[stratum], expected.by_control[stratum], method);
    });
  }

  it('gives the unweighted figures when every weight is 1, and rows stay the count', async () => {
    const path = join(dir, 'ones.csv');
    const rows = ['label,prediction,g,w', '1,1,a,1', '0,1,a,1', '1,0,b,1', '0,0,b,1', '1,1,b,1'];
    writeFileSync(path, `${rows.join('\n')}\n`);
    const plain = await fairnessFromCsv(path, { label: 'label', prediction: 'prediction', group: ['g'] });
    const weighted = await fairnessFromCsv(path, { label: 'label', prediction: 'prediction', group: ['g'], weight: 'w' });
    expect(weighted).toEqual(plain);
  });

  it('refuses a negative or non-numeric weight and a missing control column, naming file, line and column', async () => {
    const path = join(dir, 'bad.csv');
    writeFileSync(path, 'label,prediction,g,w\n1,1,a,1\n0,1,a,-2\n');
    const base = ['metrics', 'fairness', '--input', path, '--label', 'label', '--prediction', 'prediction', '--group', 'g'];
    let r = await dhow([...base, '--weight', 'w']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.csv:3, field "w": column 4 must be a number >= 0/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    r = await dhow([...base, '--control', 'region']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no column "region" \(given by --control\)/);
    r = await dhow([...base, '--control', ',']);
    expect(r.code).toBe(2);
  });
});
