/**
 * Evidently's permutation tests (TVD, empirical_mmd) against test/fixtures/drift/evidently_permutation_tests.json,
 * which test/fixtures/drift/evidently_permutation_tests.py wrote by running Evidently's own functions (commit
 * a4aa4c2b, numpy 2.4.6) on the rows in order, empirical_mmd after np.random.seed(0). No value here comes from dhow.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { empiricalMmd, numpySum, tvdTest, totalVariationDistance } from '../../src/drift/permutation-tests.js';
import { RefusedData } from '../../src/drift/refused.js';
import { detectDrift } from '../../src/drift/index.js';

interface Case {
  name: string;
  method: 'TVD' | 'empirical_mmd';
  reference: (string | number)[];
  current: (string | number)[];
  statistic: number;
  pvalue: number;
  /** empirical_mmd: permutations that repeat the observed split, and the p-value counting them as ties. */
  repeats?: number;
  pvalue_ties_counted?: number;
}

const { cases } = JSON.parse(readFileSync(new URL('../fixtures/drift/evidently_permutation_tests.json', import.meta.url), 'utf8')) as { cases: Case[] };
const tvdCases = cases.filter((c) => c.method === 'TVD');
const mmdCases = cases.filter((c) => c.method === 'empirical_mmd');

function indexed(c: Case) {
  const keys = [...new Set([...c.reference, ...c.current].map(String))].sort();
  const at = new Map(keys.map((k, i) => [k, i]));
  const ids = (values: (string | number)[]) => Int32Array.from(values, (v) => at.get(String(v))!);
  return { keys, reference: ids(c.reference), current: ids(c.current) };
}

describe("Evidently's TVD test", () => {
  it.each(tvdCases.map((c) => [c.name, c] as const))('%s: distance and p-value bit for bit', (_name, c) => {
    const { keys, reference, current } = indexed(c);
    const count = (ids: Int32Array) => {
      const out = new Float64Array(keys.length);
      for (const id of ids) out[id]!++;
      return out;
    };
    expect(totalVariationDistance(count(reference), count(current), reference.length, current.length)).toBe(c.statistic);
    expect(tvdTest(reference, current, keys.length)).toBe(c.pvalue);
  });

  it('refuses an empty side', () => {
    expect(() => tvdTest(new Int32Array(0), Int32Array.of(0), 1)).toThrow(RefusedData);
  });
});

describe("Evidently's empirical MMD, seeded with 0", () => {
  it.each(mmdCases.map((c) => [c.name, c] as const))('%s: MMD² and p-value', (_name, c) => {
    const { mmd, pvalue } = empiricalMmd(Float64Array.from(c.reference as number[]), Float64Array.from(c.current as number[]));
    // numpy's SIMD exp and V8's Math.exp are each within an ulp of the true value but not always the same one:
    // the kernel's entries (and so MMD²) can differ in their last bits; the p-value counts and matches exactly.
    // MMD² is a difference of sums of kernel values at most 1: the error is absolute, on the scale of those terms.
    expect(Math.abs(mmd - c.statistic)).toBeLessThanOrEqual(1e-13);
    expect(pvalue).toBe(c.pvalue_ties_counted);
    if (c.repeats === 0) expect(pvalue).toBe(c.pvalue);
  });

  it('has a case where a permutation repeats the split (counted as a tie)', () => {
    expect(mmdCases.some((c) => c.repeats! > 0 && c.pvalue_ties_counted !== c.pvalue)).toBe(true);
  });

  it('refuses fewer than two values on a side, and samples larger than the kernel limit', () => {
    expect(() => empiricalMmd(Float64Array.of(1), Float64Array.of(1, 2))).toThrow(RefusedData);
    expect(() => empiricalMmd(new Float64Array(3000), new Float64Array(1001))).toThrow(/kernel matrix/);
  });
});

describe("numpy's pairwise summation", () => {
  // python3 -c "import numpy as np; a = np.array([1 / (k + 1) + (k % 5) * 1e6 / 3 for k in range(300)]);
  //   print(repr(float(np.sum(a))), repr(float(np.sum(a[:13]))))"  (a left-to-right sum gives 200000006.28266394)
  const a = Array.from({ length: 300 }, (_, k) => 1 / (k + 1) + ((k % 5) * 1e6) / 3);
  it('adds as np.sum does', () => {
    expect(numpySum(a)).toBe(200000006.28266385);
    expect(numpySum(a, 0, 13)).toBe(7666669.846800422);
  });
});

describe('TVD and empirical_mmd through detectDrift, on CSV and JSON Lines files', () => {
  const tvd = tvdCases[0]!;
  const mmd = mmdCases[0]!;
  // Both columns in one file of as many rows as the longer side: the shorter column's extra cells are missing.
  function write(dir: string, name: string, cat: (string | number)[], num: (string | number)[], jsonl: boolean): string {
    const rows = Math.max(cat.length, num.length);
    const file = join(dir, name + (jsonl ? '.jsonl' : '.csv'));
    const lines = Array.from({ length: rows }, (_, i) =>
      jsonl ? JSON.stringify({ city: cat[i] ?? null, score: num[i] ?? null }) : `${cat[i] ?? ''},${num[i] ?? ''}`,
    );
    writeFileSync(file, (jsonl ? '' : 'city,score\n') + lines.join('\n') + '\n');
    return file;
  }

  it.each([false, true])('gives the fixture p-values per column (JSON Lines: %s)', async (jsonl) => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-perm-'));
    const reference = write(dir, 'reference', tvd.reference, mmd.reference, jsonl);
    const current = write(dir, 'current', tvd.current, mmd.current, jsonl);
    const result = await detectDrift({ reference, current, methodFor: { city: 'TVD', score: 'empirical_mmd' }, columnTypes: { city: 'categorical' } });
    const byName = Object.fromEntries(result.columns.map((c) => [c.column, c]));
    expect(byName.city).toMatchObject({ method: 'TVD', score: tvd.pvalue, threshold: 0.1, drifted: tvd.pvalue < 0.1 });
    expect(byName.score).toMatchObject({ method: 'empirical_mmd', score: mmd.pvalue_ties_counted, threshold: 0.1 });
  });

  it('refuses TVD on a numerical column and empirical_mmd on a categorical one, naming the column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-perm-'));
    const reference = write(dir, 'reference', tvd.reference, mmd.reference, false);
    const current = write(dir, 'current', tvd.current, mmd.current, false);
    await expect(detectDrift({ reference, current, methodFor: { score: 'TVD' } })).rejects.toMatchObject({
      field: 'score',
      message: /TVD needs a categorical/,
    });
    await expect(detectDrift({ reference, current, methodFor: { city: 'empirical_mmd' } })).rejects.toMatchObject({
      field: 'city',
      message: /empirical_mmd needs a numerical/,
    });
  });
});
