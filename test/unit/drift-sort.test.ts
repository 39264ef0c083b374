/**
 * sortFloat64 must give exactly Float64Array.prototype.sort's order (negative zeros before positive ones)
 * on every path (plain sort below 2048 values, decimal keys counted or radix-sorted, the give-up paths back
 * to counting distinct values or the general radix sort), and never write outside the view it is given.
 * The expectation is always Float64Array.prototype.sort on a copy.
 */
import { describe, expect, it } from 'vitest';
import { sortFloat64 } from '../../src/drift/sort.js';

function random(seed: number) {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
}

const FILL = 3.5;

/** Sorts a copy of values inside a larger buffer (at a non-zero offset when pad > 0) and checks both. */
function expectSortedLikeTypedArraySort(values: Float64Array, pad = 0): void {
  const buffer = new Float64Array(values.length + 2 * pad).fill(FILL);
  buffer.set(values, pad);
  const view = buffer.subarray(pad, pad + values.length);
  sortFloat64(view);
  const expected = values.slice().sort();
  const firstWrong = view.findIndex((v, i) => !Object.is(v, expected[i]));
  expect(firstWrong, firstWrong < 0 ? '' : `index ${firstWrong}: ${view[firstWrong]} instead of ${expected[firstWrong]}`).toBe(-1);
  expect(buffer.subarray(0, pad).every((v) => v === FILL)).toBe(true);
  expect(buffer.subarray(pad + values.length).every((v) => v === FILL)).toBe(true);
}

const make = (n: number, f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
const negativeZeros = (values: Float64Array) => values.reduce((k, v) => k + (Object.is(v, -0) ? 1 : 0), 0);

describe('sorting with signed zeros when the decimal keys give up', () => {
  it('keeps a +0 that comes before a -0 positive when the integer keys span 2^32 or more', () => {
    const r = random(1);
    // Integers (no fraction digits), +0 then -0, and one value 2^32 away: too wide for 32-bit keys.
    const values = make(4096, (i) => (i === 0 ? 0 : i === 1 ? -0 : i === 2 ? 2 ** 32 : Math.floor(r() * 100)));
    expect(negativeZeros(values)).toBe(1);
    const sorted = sortFloat64(values.slice());
    expect(negativeZeros(sorted)).toBe(1);
    expectSortedLikeTypedArraySort(values);
    expectSortedLikeTypedArraySort(values, 5);
  });

  it('keeps a +0 that comes before a -0 positive when a value late in the column needs more digits', () => {
    const r = random(2);
    // The first thousand values say "2 fraction digits"; the last one does not fit: the keys are undone.
    const values = make(5000, (i) => (i === 0 ? 0 : i === 1 ? -0 : i === 4999 ? Math.PI : Math.round(r() * 1e4) / 100));
    expect(negativeZeros(sortFloat64(values.slice()))).toBe(1);
    expectSortedLikeTypedArraySort(values);
  });

  it.each([2048, 2049, 5000, 70000])("keeps every zero's sign in columns of %i mixed zeros, decimals and wide integers", (n) => {
    const r = random(n);
    for (const wide of [false, true]) {
      const values = make(n, (i) => (i % 5 === 0 ? (i % 10 ? 0 : -0) : Math.round((r() - 0.5) * 1e7) / 100));
      if (wide) values[n - 1] = 2 ** 40;
      expectSortedLikeTypedArraySort(values);
    }
  });
});

describe('sorting decimal keys at the edges of their paths', () => {
  it('sorts integer keys spanning exactly 2^32 - 1 (radix, three passes), and 2^32 (given up)', () => {
    const r = random(3);
    for (const span of [2 ** 32 - 1, 2 ** 32]) {
      for (const low of [0, -(2 ** 31), 1e12]) {
        const values = make(10000, (i) => (i === 0 ? low : i === 1 ? low + span : low + Math.floor(r() * span)));
        expectSortedLikeTypedArraySort(values, 1);
      }
    }
  });

  it('sorts key ranges just below, at and above the counting threshold', () => {
    const r = random(4);
    // Counting below max(2^16, n / 8) keys: 2^16 decides for short columns, n / 8 for columns over 2^19 values.
    // The long column (2^19 + 2^13 values, n / 8 = 2^16 + 2^10) is short enough to sort quickly and long enough
    // that the ranges tried sit at n / 8's boundary, clear of 2^16's.
    const long = (1 << 19) + (1 << 13);
    const cases: [number, number[]][] = [
      [2048, [(1 << 16) - 1, 1 << 16, (1 << 16) + 1]],
      [70000, [(1 << 16) - 1, 1 << 16, (1 << 16) + 1]],
      [long, [(long >>> 3) - 1, long >>> 3, (long >>> 3) + 1]],
    ];
    for (const [n, ranges] of cases) {
      for (const range of ranges) {
        for (const digits of n === long ? [2] : [0, 3]) {
          const scale = 10 ** digits;
          const values = make(n, (i) => (i === 0 ? -range / 2 / scale : i === 1 ? range / 2 / scale : (Math.floor(r() * (range + 1)) - range / 2) / scale));
          values[2] = -0;
          values[3] = 0;
          expectSortedLikeTypedArraySort(values);
        }
      }
    }
  });

  it('sorts all-equal columns, all negative zeros, and columns shorter than 2048 values', () => {
    for (const n of [0, 1, 2, 2047, 2048, 2049, 100000]) {
      expectSortedLikeTypedArraySort(
        make(n, () => 4.2),
        2,
      );
      expectSortedLikeTypedArraySort(
        make(n, () => -0),
        2,
      );
      expectSortedLikeTypedArraySort(
        make(n, (i) => (i % 3 ? -0 : 0)),
        2,
      );
      expectSortedLikeTypedArraySort(
        make(n, (i) => -((i * 7919) % 13) - 0.25),
        2,
      );
    }
  });

  it('sorts large integers whose keys are exact only as differences (near 1e20 and 2^53)', () => {
    const r = random(5);
    expectSortedLikeTypedArraySort(
      make(50000, () => 1e20 + Math.floor(r() * 1000) * 16384),
      3,
    );
    expectSortedLikeTypedArraySort(
      make(50000, () => 2 ** 53 - Math.floor(r() * 100000)),
      3,
    );
    expectSortedLikeTypedArraySort(
      make(50000, (i) => (i % 2 ? -1 : 1) * (2 ** 52 + Math.floor(r() * 1000))),
      3,
    );
  });

  it('sorts 9 and 10 fraction digits (keys, then not) and values of no decimal form', () => {
    const r = random(6);
    expectSortedLikeTypedArraySort(
      make(30000, () => Math.round((r() - 0.5) * 1e9) / 1e9),
      1,
    );
    expectSortedLikeTypedArraySort(
      make(30000, () => Math.round((r() - 0.5) * 1e10) / 1e10),
      1,
    );
    expectSortedLikeTypedArraySort(
      make(30000, (i) => (i % 7 ? (r() - 0.5) * 1e-300 : i % 2 ? -0 : 0)),
      1,
    );
    expectSortedLikeTypedArraySort(
      make(30000, () => (r() - 0.5) * 1e308),
      1,
    );
  });
});
