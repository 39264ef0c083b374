import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { fairnessFromArrays, fairnessFromCounts, fairnessFromCsv, groupKey } from '../../src/metrics/fairness.js';
import { dhow } from '../support/cli.js';

// The arrays of Fairlearn's user guide ("Common fairness metrics", "Performing a fairness assessment",
// "Intersecting groups"), with the values its doctests print.
const Y_TRUE = [0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1];
const Y_PRED = [0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0];
const SF = ['b', 'b', 'a', 'b', 'b', 'c', 'c', 'c', 'a', 'a', 'c', 'a', 'b', 'c', 'c', 'b', 'c', 'c'];
const G2 = [8, 6, 8, 8, 8, 8, 6, 6, 6, 8, 6, 6, 6, 6, 8, 6, 6, 6];

const dir = mkdtempSync(join(tmpdir(), 'dhow-fairness-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("fairness with Fairlearn's definitions", () => {
  it("reproduces the user guide's MetricFrame: overall and by group", () => {
    const r = fairnessFromArrays(Y_TRUE, Y_PRED, SF);
    // mf.overall: tpr 0.5, fpr 0.666667, sel 0.555556, count 18
    expect(r.overall.tpr).toBe(0.5);
    expect(r.overall.fpr).toBeCloseTo(2 / 3, 15);
    expect(r.overall.selection_rate).toBeCloseTo(10 / 18, 15);
    expect(r.overall.count).toBe(18);
    // mf.by_group: a 0.5 1.0 0.75 4; b 0.6 0.0 0.50 6; c 0.4 0.666667 0.50 8
    expect(r.by_group.a).toMatchObject({ tpr: 0.5, fpr: 1, selection_rate: 0.75, count: 4 });
    expect(r.by_group.b).toMatchObject({ tpr: 0.6, fpr: 0, selection_rate: 0.5, count: 6 });
    expect(r.by_group.c!.tpr).toBeCloseTo(0.4, 15);
    expect(r.by_group.c!.fpr).toBeCloseTo(2 / 3, 15);
    expect(r.by_group.c).toMatchObject({ selection_rate: 0.5, count: 8 });
    // Accuracy from the published confusion matrices a [[0,2],[1,1]], b [[1,0],[2,3]], c [[1,2],[3,2]]:
    // (tn + tp) / n = 1/4, 4/6, 3/8; overall [[2,4],[6,6]] -> 8/18.
    expect(r.by_group.a!.accuracy).toBe(1 / 4);
    expect(r.by_group.b!.accuracy).toBe(4 / 6);
    expect(r.by_group.c!.accuracy).toBe(3 / 8);
    expect(r.overall.accuracy).toBe(8 / 18);
  });

  it('gives the documented disparities between groups: DP 0.25 / 0.666..., EO 1.0 / 0.0', () => {
    const r = fairnessFromArrays(Y_TRUE, Y_PRED, SF);
    expect(r.demographic_parity_difference).toBe(0.25);
    expect(r.demographic_parity_ratio).toBeCloseTo(2 / 3, 15);
    expect(r.equalized_odds_difference).toBe(1);
    expect(r.equalized_odds_ratio).toBe(0);
    // mf.difference(): tpr 0.20; mf.ratio(): tpr 0.666667
    expect(r.equal_opportunity_difference).toBeCloseTo(0.2, 15);
    expect(r.equal_opportunity_ratio).toBeCloseTo(2 / 3, 15);
  });

  it('gives the documented disparities to overall', () => {
    const r = fairnessFromArrays(Y_TRUE, Y_PRED, SF, { method: 'to_overall' });
    // mf.difference(method='to_overall'): tpr 0.1, fpr 0.666667, sel 0.194444
    expect(r.equal_opportunity_difference).toBeCloseTo(0.1, 15);
    expect(r.demographic_parity_difference).toBeCloseTo(0.75 - 10 / 18, 15);
    expect(r.equalized_odds_difference).toBeCloseTo(2 / 3, 15);
    // mf.ratio(method='to_overall'): tpr 0.8, fpr 0.0, sel 0.740741
    expect(r.equal_opportunity_ratio).toBeCloseTo(0.8, 15);
    // sel: a 0.75 / 0.5556 = 1.35 folds to 1/1.35 = 0.740741, below b's 0.5 / 0.5556 = 0.9.
    expect(r.demographic_parity_ratio).toBeCloseTo(10 / 18 / 0.75, 15);
    expect(r.equalized_odds_ratio).toBe(0);
  });

  it('averages the TPR and FPR disparities with agg mean', () => {
    const r = fairnessFromArrays(Y_TRUE, Y_PRED, SF, { agg: 'mean' });
    // between groups: TPR difference 0.2, FPR difference 1.0 -> mean 0.6;
    // ratios TPR 0.4/0.6 = 2/3, FPR 0/1 = 0 -> mean 1/3.
    expect(r.equalized_odds_difference).toBeCloseTo(0.6, 15);
    expect(r.equalized_odds_ratio).toBeCloseTo(1 / 3, 15);
  });

  it('forms intersectional groups from several columns, as the intersecting-groups guide shows', () => {
    const r = fairnessFromArrays(
      Y_TRUE,
      Y_PRED,
      SF.map((s, i) => [s, G2[i]!]),
    );
    // metric_2sf.by_group recall: a/6 0.0, a/8 1.0, b/6 0.666667, b/8 0.5, c/6 0.5, c/8 0.0; counts 2 2 3 3 6 2
    const tpr = Object.fromEntries(Object.entries(r.by_group).map(([k, v]) => [k, v.tpr]));
    expect(Object.keys(tpr).sort()).toEqual(['a,6', 'a,8', 'b,6', 'b,8', 'c,6', 'c,8']);
    expect(tpr['a,6']).toBe(0);
    expect(tpr['a,8']).toBe(1);
    expect(tpr['b,6']).toBeCloseTo(2 / 3, 15);
    expect(tpr['b,8']).toBe(0.5);
    expect(tpr['c,6']).toBe(0.5);
    expect(tpr['c,8']).toBe(0);
    expect(Object.values(r.by_group).map((g) => g.count)).toEqual([2, 2, 3, 3, 6, 2]);
    expect(r.overall.tpr).toBe(0.5);
  });

  it('gives a group with no positives TPR 0 (not NaN), and one with no negatives FPR 0', () => {
    // Group x: labels 0 0, predictions 1 0 -> no positives: TPR 0, FPR 1/2.
    // Group y: labels 1 1, predictions 1 0 -> no negatives: FPR 0, TPR 1/2.
    const r = fairnessFromArrays([0, 0, 1, 1], [1, 0, 1, 0], ['x', 'x', 'y', 'y']);
    expect(r.by_group.x).toEqual({ selection_rate: 0.5, tpr: 0, fpr: 0.5, accuracy: 0.5, count: 2 });
    expect(r.by_group.y).toEqual({ selection_rate: 0.5, tpr: 0.5, fpr: 0, accuracy: 0.5, count: 2 });
    // TPR: 0.5 - 0 = 0.5, FPR: 0.5 - 0 = 0.5 -> equalized odds difference 0.5; ratios 0/0.5 = 0.
    expect(r.equalized_odds_difference).toBe(0.5);
    expect(r.equal_opportunity_ratio).toBe(0);
  });

  it('returns NaN (JSON null) for a ratio of 0/0, as pandas does', () => {
    // Nobody is selected anywhere: selection rates 0 and 0 -> ratio 0/0.
    const r = fairnessFromArrays([0, 1, 0, 1], [0, 0, 0, 0], ['x', 'x', 'y', 'y']);
    expect(r.demographic_parity_difference).toBe(0);
    expect(Number.isNaN(r.demographic_parity_ratio)).toBe(true);
    expect(JSON.parse(JSON.stringify(r)).demographic_parity_ratio).toBeNull();
    // Both TPR and FPR ratios are 0/0: worst case keeps the first NaN (Python's min), mean is NaN too.
    expect(Number.isNaN(r.equalized_odds_ratio)).toBe(true);
    expect(Number.isNaN(fairnessFromArrays([0, 1, 0, 1], [0, 0, 0, 0], ['x', 'x', 'y', 'y'], { agg: 'mean' }).equalized_odds_ratio)).toBe(true);
  });

  it('reads 1/0 as well as true/false and 1.0/0.0 labels, and any two labels with a positive label', () => {
    const base = fairnessFromArrays(Y_TRUE, Y_PRED, SF);
    const bools = fairnessFromArrays(
      Y_TRUE.map((v) => v === 1),
      Y_PRED.map((v) => (v ? 'True' : 'False')),
      SF,
    );
    expect(bools).toEqual(base);
    const words = fairnessFromArrays(
      Y_TRUE.map((v) => (v ? 'yes' : 'no')),
      Y_PRED.map((v) => (v ? 'yes' : 'no')),
      SF,
      { positiveLabel: 'yes' },
    );
    expect(words).toEqual(base);
    expect(() => fairnessFromArrays(['yes', 'no'], ['yes', 'no'], ['a', 'b'])).toThrow(/give the positive label$/);
    expect(() => fairnessFromArrays([0, 1, 2], [0, 1, 1], ['a', 'b', 'c'])).toThrow(/at most two values/);
    expect(() => fairnessFromArrays(['yes', 'no'], ['yes', 'no'], ['a', 'b'], { positiveLabel: 'maybe' })).toThrow(/not one of the labels/);
  });

  it('enforces a minimum group size: an error by default, a flag on request', () => {
    expect(() => fairnessFromArrays(Y_TRUE, Y_PRED, SF, { minGroupSize: 5 })).toThrow(DhowError);
    try {
      fairnessFromArrays(Y_TRUE, Y_PRED, SF, { minGroupSize: 5 });
    } catch (error) {
      expect((error as DhowError).reasons).toEqual(['group "a": 4 rows']);
    }
    const flagged = fairnessFromArrays(Y_TRUE, Y_PRED, SF, { minGroupSize: 7, smallGroups: 'flag' });
    expect(flagged.small_groups).toEqual(['a', 'b']);
    expect(flagged.demographic_parity_difference).toBe(0.25);
  });

  it('escapes "," and "\\\\" inside intersectional key values', () => {
    expect(groupKey(['a,b', 'c\\d'])).toBe('a\\,b,c\\\\d');
    expect(groupKey(['only, one'])).toBe('only, one');
  });

  it('refuses an empty set of rows', () => {
    expect(() => fairnessFromCounts(new Map())).toThrow(/no rows/);
  });
});

describe('fairness over a streamed CSV', () => {
  const header = 'id,label,pred,dialect,gender\r\n';
  const rows = Y_TRUE.map((t, i) => `${i},${t},${Y_PRED[i]},${SF[i]},${G2[i]}`).join('\r\n');

  it('handles a BOM, CRLF and quoted fields with separators, newlines and doubled quotes', async () => {
    const lines = Y_TRUE.map((t, i) => `"row ${i},\n""quoted"""` + `,${t},"${Y_PRED[i]}","${SF[i]}",${G2[i]}`);
    const path = file('quoted.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${header}${lines.join('\r\n')}\r\n`)]));
    const r = await fairnessFromCsv(path, { label: 'label', prediction: 'pred', group: ['dialect'] });
    expect(r).toEqual(fairnessFromArrays(Y_TRUE, Y_PRED, SF));
    expect(r.demographic_parity_difference).toBe(0.25);
  });

  it('forms intersectional groups from --group a,b', async () => {
    const path = file('plain.csv', `${header}${rows}\n`);
    const r = await fairnessFromCsv(path, { label: 'label', prediction: 'pred', group: ['dialect', 'gender'] });
    expect(Object.keys(r.by_group)).toEqual(['a,6', 'a,8', 'b,6', 'b,8', 'c,6', 'c,8']);
  });

  it('names the file, line and column of bad input', async () => {
    const path = file('plain2.csv', `${header}${rows}\n`);
    await expect(fairnessFromCsv(path, { label: 'y', prediction: 'pred', group: ['dialect'] })).rejects.toThrow(
      /plain2\.csv:1, field "y": no column "y" \(given by the label column\); the columns are "id", "label"/,
    );
    // The core names options semantically; an edge names them as its users typed them.
    await expect(fairnessFromCsv(path, { label: 'y', prediction: 'pred', group: ['dialect'], givenBy: { label: '--label' } })).rejects.toThrow(
      /no column "y" \(given by --label\)/,
    );
    const empty = file('empty-cell.csv', 'label,pred,g\n1,1,a\n0,,b\n');
    await expect(fairnessFromCsv(empty, { label: 'label', prediction: 'pred', group: ['g'] })).rejects.toThrow(
      /empty-cell\.csv:3, field "pred": column 2 is empty/,
    );
    // A quoted field spanning two lines moves the line numbers of the records after it.
    const multi = file('multi-line.csv', 'label,pred,g\n1,1,"a\nb"\n0,,c\n');
    await expect(fairnessFromCsv(multi, { label: 'label', prediction: 'pred', group: ['g'] })).rejects.toThrow(/multi-line\.csv:4, field "pred"/);
    const nan = file('nan.csv', 'label,pred,g\n1,1,a\nNaN,1,b\n');
    await expect(fairnessFromCsv(nan, { label: 'label', prediction: 'pred', group: ['g'] })).rejects.toThrow(
      /nan\.csv:3, field "label": empty or missing value "NaN"/,
    );
    const nanGroup = file('nan-group.csv', 'label,pred,g\n1,1,a\n0,1,NA\n');
    await expect(fairnessFromCsv(nanGroup, { label: 'label', prediction: 'pred', group: ['g'] })).rejects.toThrow(
      /nan-group\.csv:3, field "g": column 3 holds a missing value/,
    );
    const words = file('words.csv', 'label,pred,g\nyes,no,a\nno,no,b\n');
    await expect(fairnessFromCsv(words, { label: 'label', prediction: 'pred', group: ['g'] })).rejects.toThrow(
      /words\.csv:2, field "label": labels are not binary/,
    );
    const third = file('third.csv', 'label,pred,g\n1,0,a\n0,2,b\n');
    await expect(fairnessFromCsv(third, { label: 'label', prediction: 'pred', group: ['g'] })).rejects.toThrow(
      /third\.csv:3, field "pred": labels and predictions must take at most two values/,
    );
    const ragged = file('ragged.csv', 'label,pred,g\n1,0,a\n0,1\n');
    await expect(fairnessFromCsv(ragged, { label: 'label', prediction: 'pred', group: ['g'] })).rejects.toThrow(/ragged\.csv:3: the row has 2 fields/);
    await expect(fairnessFromCsv(file('nothing.csv', ''), { label: 'label', prediction: 'pred', group: ['g'] })).rejects.toThrow(
      /nothing\.csv: the file is empty/,
    );
    await expect(fairnessFromCsv(file('header-only.csv', 'label,pred,g\n'), { label: 'label', prediction: 'pred', group: ['g'] })).rejects.toThrow(
      /header but no rows/,
    );
    await expect(fairnessFromCsv(join(dir, 'absent.csv'), { label: 'label', prediction: 'pred', group: ['g'] })).rejects.toThrow(/absent\.csv/);
  });
});

describe('dhow metrics fairness', () => {
  it('prints the exact JSON keys with Fairlearn values', async () => {
    const path = file('cli.csv', `label,pred,dialect\n${Y_TRUE.map((t, i) => `${t},${Y_PRED[i]},${SF[i]}`).join('\n')}\n`);
    const { code, stdout, stderr } = await dhow([
      'metrics',
      'fairness',
      '--input',
      path,
      '--label',
      'label',
      '--prediction',
      'pred',
      '--group',
      'dialect',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual([
      'overall',
      'by_group',
      'demographic_parity_difference',
      'demographic_parity_ratio',
      'equal_opportunity_difference',
      'equal_opportunity_ratio',
      'equalized_odds_difference',
      'equalized_odds_ratio',
      'small_groups',
    ]);
    expect(Object.keys(out.overall)).toEqual(['selection_rate', 'tpr', 'fpr', 'accuracy', 'count']);
    expect(out.demographic_parity_difference).toBe(0.25);
    expect(out.equalized_odds_difference).toBe(1);
    const toOverall = JSON.parse(
      (
        await dhow([
          'metrics',
          'fairness',
          '--input',
          path,
          '--label',
          'label',
          '--prediction',
          'pred',
          '--group',
          'dialect',
          '--method',
          'to_overall',
          '--json',
        ])
      ).stdout,
    );
    expect(toOverall.equal_opportunity_ratio).toBeCloseTo(0.8, 15);
    const human = await dhow(['metrics', 'fairness', '--input', path, '--label', 'label', '--prediction', 'pred', '--group', 'dialect']);
    expect(human.stdout).toContain('demographic parity   difference 0.2500  ratio 0.6667');
  });

  it('refuses small groups by default once a minimum is set, and bad options as usage errors', async () => {
    const path = file('cli2.csv', `label,pred,dialect\n${Y_TRUE.map((t, i) => `${t},${Y_PRED[i]},${SF[i]}`).join('\n')}\n`);
    const small = await dhow([
      'metrics',
      'fairness',
      '--input',
      path,
      '--label',
      'label',
      '--prediction',
      'pred',
      '--group',
      'dialect',
      '--min-group-size',
      '5',
      '--json',
    ]);
    expect(small.code).toBe(1);
    expect(small.stderr).toContain('group "a": 4 rows');
    const method = await dhow([
      'metrics',
      'fairness',
      '--input',
      path,
      '--label',
      'label',
      '--prediction',
      'pred',
      '--group',
      'dialect',
      '--method',
      'pairwise',
    ]);
    expect(method.code).toBe(2);
  });
});

describe('fairness inputs named by the caller', () => {
  it('names the input as the caller asks in errors (a gate gives the path its policy wrote)', async () => {
    const path = file('named.csv', 'label,pred,g\n1,1,a\n0,,b\n');
    await expect(fairnessFromCsv(path, { label: 'label', prediction: 'pred', group: ['g'], file: 'data/eval.csv' })).rejects.toThrow(
      /^data\/eval\.csv:3, field "pred": column 2 is empty/,
    );
  });

  it('keys three group columns by their joined values', async () => {
    const path = file('three.csv', 'label,pred,a,b,c\n1,1,x,y,z\n0,1,x,y,z\n1,0,x,q,z\n');
    const r = await fairnessFromCsv(path, { label: 'label', prediction: 'pred', group: ['a', 'b', 'c'] });
    expect(Object.keys(r.by_group)).toEqual(['x,q,z', 'x,y,z']);
    // x,y,z: labels 1 0, predictions 1 1 -> TPR 1, FPR 1, selection 1; x,q,z: label 1 predicted 0 -> TPR 0.
    expect(r.by_group['x,y,z']).toEqual({ selection_rate: 1, tpr: 1, fpr: 1, accuracy: 0.5, count: 2 });
    expect(r.by_group['x,q,z']).toEqual({ selection_rate: 0, tpr: 0, fpr: 0, accuracy: 0, count: 1 });
  });
});

describe('fairness over a file larger than one read', () => {
  it('gives the in-memory result when quoted multi-line fields straddle the 1 MiB reads', async () => {
    const n = 70_000;
    const yTrue: number[] = [];
    const yPred: number[] = [];
    const groups: string[][] = [];
    const lines = ['\ufeffid,note,label,pred,dialect,region'];
    for (let i = 0; i < n; i++) {
      const t = (i * 7) % 3 === 0 ? 1 : 0;
      const p = (i * 11) % 5 < 2 ? 1 : 0;
      const d = ['gulf', 'levantine', 'egyptian'][i % 3]!;
      const r = ['qa', 'ae'][(i >> 2) % 2]!;
      yTrue.push(t);
      yPred.push(p);
      groups.push([d, r]);
      const note = i % 7 === 0 ? `"line one\r\nline ""two"", ${i}"` : `plain ${i}`;
      lines.push(`${i},${note},${t},"${p}",${d},${r}`);
    }
    const path = file('large.csv', `${lines.join('\r\n')}\r\n`);
    const r = await fairnessFromCsv(path, { label: 'label', prediction: 'pred', group: ['dialect', 'region'] });
    expect(r).toEqual(fairnessFromArrays(yTrue, yPred, groups));
    expect(r.overall.count).toBe(n);
    // By hand: label 1 iff i % 3 = 0 (23 334 rows), prediction 1 iff i % 5 < 2 (28 000 rows); both iff
    // i % 15 is 0 or 6 (4 667 rows each). TPR 9 334 / 23 334, FPR (28 000 - 9 334) / (70 000 - 23 334).
    expect(r.overall.selection_rate).toBe(0.4);
    expect(r.overall.tpr).toBeCloseTo(9334 / 23334, 15);
    expect(r.overall.fpr).toBeCloseTo(18666 / 46666, 15);
    expect(Object.keys(r.by_group)).toHaveLength(6);
  });
});
