/**
 * `dhow drift` with a test and a threshold per column and per kind of column, as Evidently's options take
 * them (per_column_stattest, num_stattest / cat_stattest, stattest, and the same for thresholds; precedence
 * from evidently/legacy/utils/data_drift_utils.py at commit a4aa4c2b). The expected scores were printed by
 * scipy 1.17.1 on the fixture columns, with the functions of test/fixtures/drift/evidently_stattests.py:
 *   score (numerical)  stats.mannwhitneyu(x=ref, y=cur, alternative='less')[1]   0.0004932079621765212
 *   score (numerical)  stats.ttest_ind(ref, cur)[1]                               0.0012459795496122857
 *   grade              hellinger(ref, cur, 'categorical')                         0.17071148477083659
 *   grade              stats.entropy(*binned(ref, cur, 'categorical'))            0.12428013796053264
 *   answer, in short   psi over binned(ref, cur, 'categorical')                   0.11552453009332421
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'drift');
const reference = join(fixtures, 'reference.csv');
const current = join(fixtures, 'current.csv');
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * expected);

interface Column {
  column: string;
  method: string;
  score: number;
  threshold: number;
  drifted: boolean;
}

async function drift(...args: string[]): Promise<Column[]> {
  const run = await dhow(['drift', '--reference', reference, '--current', current, '--json', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { columns: Column[] }).columns;
}

describe('dhow drift: tests and thresholds per column', () => {
  it('takes a column’s test over its kind’s, and its kind’s over the global one; thresholds likewise', async () => {
    const [score, grade, answer] = await drift(
      ...['--method', 'psi', '--num-method', 'mannw', '--method-for', 'grade=hellinger'],
      ...['--threshold', '0.2', '--cat-threshold', '0.01', '--threshold-for', 'grade=0.5'],
    );
    expect([score!.method, score!.threshold, score!.drifted]).toEqual(['mannw', 0.2, true]);
    close(score!.score, 0.0004932079621765212);
    expect([grade!.method, grade!.threshold, grade!.drifted]).toEqual(['hellinger', 0.5, false]);
    close(grade!.score, 0.17071148477083659);
    expect([answer!.method, answer!.threshold, answer!.drifted]).toEqual(['psi', 0.01, true]);
    close(answer!.score, 0.11552453009332421);
  });

  it('gives each test Evidently’s default threshold when none is set', async () => {
    const [score, grade, answer] = await drift('--num-method', 't_test', '--method-for', 'grade=kl_div');
    expect([score!.method, score!.threshold, score!.drifted]).toEqual(['t_test', 0.05, true]);
    close(score!.score, 0.0012459795496122857);
    expect([grade!.method, grade!.threshold, grade!.drifted]).toEqual(['kl_div', 0.1, true]);
    close(grade!.score, 0.12428013796053264);
    // Not named: Evidently's default choice, a z-test for two values.
    expect(answer!.method).toBe('z');
  });

  it('runs Evidently’s permutation tests on the rows in file order (TVD; empirical_mmd seeded with 0)', async () => {
    // Expected: test/fixtures/drift/evidently_permutation_tests.py, which runs Evidently's own functions on these columns.
    const expected = JSON.parse(readFileSync(join(fixtures, 'evidently_permutation_tests.json'), 'utf8')) as {
      cases: { name: string; pvalue: number; pvalue_ties_counted?: number }[];
    };
    const of = (name: string) => expected.cases.find((c) => c.name.startsWith(name))!;
    const [score, , answer] = await drift('--method-for', 'answer, in short=TVD', '--method-for', 'score=empirical_mmd');
    expect([score!.method, score!.threshold, score!.score]).toEqual(['empirical_mmd', 0.1, of('empirical_mmd, score of').pvalue_ties_counted]);
    expect([answer!.method, answer!.threshold, answer!.score]).toEqual(['TVD', 0.1, of('TVD, "answer, in short"').pvalue]);
    expect([score!.drifted, answer!.drifted]).toEqual([true, true]);
  });

  it('refuses TVD and empirical_mmd against a profile, which keeps no rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-drift-profile-'));
    const profile = join(dir, 'profile.json');
    expect((await dhow(['drift', 'profile', '--input', reference, '--output', profile])).code).toBe(0);
    try {
      for (const [args, column] of [
        [['--method-for', 'grade=TVD'], 'grade'],
        [['--method-for', 'score=empirical_mmd'], 'score'],
      ] as const) {
        const run = await dhow(['drift', '--reference', profile, '--current', current, ...args]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(`field "${column}"`);
        expect(run.stderr).toContain('a profile keeps none');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['--method-for', 'score=chisquare'], '--method-for score=chisquare'],
    [['--num-method', 'z'], '--num-method z'],
    [['--method', 'chisquare'], '--method chisquare'],
  ])('refuses a test Evidently does not allow on a numerical column (%j), naming the column', async (args, says) => {
    const run = await dhow(['drift', '--reference', reference, '--current', current, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('field "score"');
    expect(run.stderr).toContain(`${says} needs a categorical column`);
    expect(run.stderr).toContain('StatTestInvalidFeatureTypeError');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a numerical test on a categorical column, naming the column', async () => {
    const run = await dhow(['drift', '--reference', reference, '--current', current, '--cat-method', 'mannw']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/field "grade": --cat-method mannw needs a numerical column/);
  });

  it('refuses data the test cannot take, as scipy would (g_test on 300 against 200 values)', async () => {
    const run = await dhow(['drift', '--reference', reference, '--current', current, '--method-for', 'grade=g_test']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('field "grade"');
    expect(run.stderr).toContain('g_test needs as many current values as reference values');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a test that needs every current value in sketch mode, naming the column', async () => {
    const run = await dhow(['drift', '--reference', reference, '--current', current, '--sketch', '--method-for', 'score=mannw']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/field "score": mannw needs every current value; with --sketch only ks, wasserstein/);
  });

  it.each([
    [['--method-for', 'nosuch=psi'], /--method-for names a column that is not in the data/],
    [['--threshold-for', 'nosuch=0.2'], /--threshold-for names a column that is not in the data/],
    [['--threshold-for', 'grade=abc'], /--threshold-for must be a number, got "abc"/],
    [['--method-for', 'grade'], /--method-for takes COLUMN=VALUE, got "grade"/],
    [['--method-for', 'grade=psi', '--method-for', 'grade=z'], /--method-for names the column "grade" twice/],
    [['--num-method', 'ttest'], /--num-method must be one of ks, chisquare/],
  ])('refuses malformed per-column options (%j)', async (args, says) => {
    const run = await dhow(['drift', '--reference', reference, '--current', current, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(says);
  });
});
