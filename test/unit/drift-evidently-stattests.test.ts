/**
 * The tests dhow adds from Evidently's registry (t_test, mannw, ed, hellinger, kl_div, g_test, fisher_exact),
 * against test/fixtures/drift/evidently_stattests.json. That file was written by
 * test/fixtures/drift/evidently_stattests.py (scipy 1.17.1, numpy 2.4.6), which calls scipy the way Evidently's
 * stattests/*.py call it at commit a4aa4c2b (e.g. `stats.mannwhitneyu(x=ref, y=cur, alternative='less')[1]`,
 * `stats.power_divergence(cur_counts, ref_counts, lambda_='log-likelihood')[1]`, `stats.entropy(*get_binned_data(...))`),
 * and follows Evidently's own histogram and table code where it has some. No value here comes from dhow.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RefusedData } from '../../src/drift/refused.js';
import { testCategorical, testNumerical, type FrequencyTable, type Method } from '../../src/drift/stattests.js';
import { betainc, studentTTwoSided } from '../../src/drift/special.js';

interface Case {
  name: string;
  method: Method;
  column_type: 'numerical' | 'categorical';
  reference: (number | string)[];
  current: (number | string)[];
  score: number;
}

const { cases } = JSON.parse(readFileSync(new URL('../fixtures/drift/evidently_stattests.json', import.meta.url), 'utf8')) as { cases: Case[] };

function close(actual: number, expected: number, relative = 1e-9): void {
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  if (!(Math.abs(actual - expected) <= relative * scale))
    expect.fail(`dhow gives ${actual}, scipy ${expected} (relative error ${Math.abs(actual - expected) / scale})`);
}

const sorted = (values: (number | string)[]) => Float64Array.from(values as number[]).sort();

function table(reference: (number | string)[], current: (number | string)[]): FrequencyTable {
  const keys = [...new Set([...reference, ...current])].sort();
  const count = (values: (number | string)[]) => Float64Array.from(keys, (k) => values.filter((v) => v === k).length);
  return { keys, reference: count(reference), current: count(current), referenceTotal: reference.length, currentTotal: current.length };
}

describe("Evidently's further stattests, against scipy", () => {
  it('cover every test the fixture script computes', () => {
    expect(new Set(cases.map((c) => c.method))).toEqual(
      new Set(['t_test', 'mannw', 'ed', 'hellinger', 'kl_div', 'g_test', 'fisher_exact', 'anderson', 'cramer_von_mises', 'es']),
    );
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const outcome =
      c.column_type === 'numerical'
        ? testNumerical(c.method, sorted(c.reference), sorted(c.current))
        : testCategorical(c.method, table(c.reference, c.current));
    expect(outcome.method).toBe(c.method);
    close(outcome.score, c.score);
  });
});

describe('special functions for the t-test', () => {
  // scipy.special.betainc(a, b, x), printed by scipy 1.17.1: python3 -c "from scipy import special; print(repr(special.betainc(a, b, x)))"
  it.each([
    [0.5, 0.5, 0.3, 0.36901011956554536],
    [2, 3, 0.4, 0.5247999999999999],
    [10, 0.5, 0.95, 0.31715157546554495],
    [150, 0.5, 0.9, 1.9377263808363785e-8],
  ])('betainc(%d, %d, %d) = %d', (a, b, x, expected) => close(betainc(a, b, x), expected, 1e-12));

  // 2 * scipy.stats.t.sf(abs(t), df)
  it.each([
    [2.0, 10, 0.07338803477074037],
    [-0.5, 3, 0.651447964848151],
    [12.0, 500, 2.4864512784618514e-29],
  ])('two-sided p of t = %d with %d degrees of freedom', (t, df, expected) => close(studentTTwoSided(t, df), expected, 1e-11));
});

describe('data the tests refuse, as scipy or Evidently raise on it', () => {
  it('g_test needs as many current values as reference values (scipy power_divergence raises otherwise)', () => {
    expect(() => testCategorical('g_test', table(['a', 'b', 'a'], ['a', 'b']))).toThrow(RefusedData);
  });

  it('fisher_exact needs a binary column of equal sizes', () => {
    expect(() => testCategorical('fisher_exact', table(['a', 'b', 'c'], ['a', 'b', 'c']))).toThrow(/binary/);
    expect(() => testCategorical('fisher_exact', table(['a', 'b', 'a'], ['a', 'b']))).toThrow(/as many/);
  });
});
