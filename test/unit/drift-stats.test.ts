/**
 * Drift statistics against scipy and Evidently. Expected values are scipy's published documentation
 * examples, hand calculations (shown), or numbers printed by scipy 1.10.1 / pandas 1.5.3 running
 * Evidently's formulas on the samples below (pinned here so the tests need no Python).
 */
import { describe, expect, it } from 'vitest';
import { kolmogorovSf, ks2samp, probOutsideSquare } from '../../src/drift/kolmogorov.js';
import { sortFloat64 } from '../../src/drift/sort.js';
import { chi2Sf, gammaincc, normalCdf } from '../../src/drift/special.js';
import {
  binnedShares,
  chiSquareTest,
  defaultMethod,
  fillZeroes,
  jensenShannonDistance,
  populationStabilityIndex,
  sharesScore,
  sturgesEdges,
  wassersteinDistance,
  wassersteinNormed,
  zTest,
  type FrequencyTable,
} from '../../src/drift/stattests.js';

const sorted = (xs: number[]) => Float64Array.from(xs).sort();
const close = (actual: number, expected: number, rel = 1e-9) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-300);

// Samples drawn once with numpy (default_rng(7), default_rng(3)/(4)), rounded; scipy's results pinned below.
const A = sorted([
  0.001, 0.299, -0.274, -0.891, -0.455, -0.992, 0.06, 1.34, -0.492, -0.62, 0.49, 0.357, 0.105, -0.93, -0.029, 0.695, -1.344, -0.458, -1.901, -1.29, -1.842,
  -0.235, -1.267, 0.271, 0.157, -0.187, -2.517, -0.539, -0.049, 0.113, -1.53, -0.478, -0.979, -0.809, 1.061, -0.808, -0.033, 0.884, -0.584, -0.112, 0.11, 0.064,
  -1.225, 0.076, 1.359, -1.547, 0.859, 0.119, -0.641, 2.0, 0.762, -1.199, 0.075, 0.577, -0.189, 0.683, -0.067, 0.667, 1.439, -0.676,
]);
const B = sorted([
  0.644, -0.156, 0.553, -1.025, -0.295, 0.165, 1.479, 1.774, -1.188, -0.554, 1.176, -1.991, -0.156, 0.283, 1.908, 1.227, 0.007, -0.042, 0.1, 2.228, -0.114,
  0.036, 0.823, 0.255, 0.163, -0.937, 0.386, -0.132, 1.799, 1.184, 0.371, 1.202, -0.008, 1.663, 0.394, 1.1, -1.149, 0.816, -1.626, -2.042, 0.035, -0.68, 0.597,
  3.094, -0.598,
]);
const C = sorted([
  -0.624, 0.205, 0.493, -0.176, -0.206, 0.702, 0.52, -1.034, -0.079, 0.035, -1.054, 0.26, -0.858, 0.972, 0.193, 0.089, -0.591, -0.119, -1.998, -1.131, 0.363,
  -2.129, 0.847, -1.746, 0.757, -0.845, 0.779, 0.131, -1.537, 1.249, 1.442, -0.066, -0.274, -0.16, -0.975, 1.099, -0.543, -0.051, -0.793, -0.626, -1.278, 1.257,
  -0.154, 0.966, 0.013,
]);
const X = sorted([
  2.04, -2.56, 0.42, -0.57, -0.45, -0.22, -2.02, -0.23, -0.87, 3.32, 0.23, -0.35, -0.28, -0.67, -1.06, -0.39, 0.48, -0.24, 0.96, -0.2, 0.02, 1.55, 0.55, -0.51,
  -0.18, 0.54, 1.94, -0.27, -0.24, 1.0, -0.89, -0.29, 0.88, 0.58, 0.09, 0.67, -2.83, 1.02, -0.96, -1.67, 0.28, 0.7, -0.44, -1.08, 0.03, -0.05, 1.41, 0.75, 0.19,
  1.11, -0.21, -0.93, 0.58, 0.58, -0.21, -0.78, 0.23, -2.49, 0.69, 0.49, -1.64, 0.06, -0.96, 0.76, -2.03, -0.91, 0.71, 1.16, -2.16, -0.5, 0.33, -0.61, 1.59,
  -1.19, 0.35, -1.05, 1.41, -0.02, -0.37, -1.72, 1.68, 0.75, 0.75, 1.14, 0.35, -0.64, -0.8, -0.8, 1.37, -1.46, -0.6, -0.32, 0.22, 0.58, -1.25, -1.73, -0.0,
  1.21, 0.76, 0.22, -0.32, 0.29, -0.24, 0.82, -0.79, 0.13, -0.11, 0.54, 0.22, 2.55, 1.5, 1.5, -2.04, -0.34, -0.61, 0.53, -2.28, 1.17, 1.07, -1.3, -0.98, -0.8,
  0.04, 0.64, 2.05, -0.2, 0.77, 0.16, 1.76, 0.74, 1.37, -1.08, -0.19, -0.81, 1.5, 0.66, -0.31, -0.45, 0.48, -0.7, -0.93, 0.48, 2.46, -0.25, -0.56, -1.17, -1.34,
  0.52, 0.85, 0.01, 0.33, 0.12, 0.14, -1.53, -0.46, 0.11, -0.78, -0.48, -0.82, -0.33, 0.85, -0.41, -0.15, 0.81, 0.64, 1.7, -2.09, 0.86, -0.48, 0.13, 0.84, 1.08,
  1.04, 0.16, 1.61, -0.28, -0.14, 0.8, -0.55, 2.16, 1.02, 2.18, -0.03, -0.38, 0.17, 0.73, -0.59, 0.38, -0.02, 1.62, -0.66, 1.05, -0.64, -0.96, -0.71, -1.19,
  0.15, 1.03, 0.16, 0.62, 1.63, 0.27, 0.2, -0.28, -1.61, 0.76, -1.76, 0.65, -0.01, 1.13, -0.07, -0.82, 0.36, -0.56, -0.18, 0.04, -0.13, -0.19, -0.83, -0.19,
  -2.14, -0.16, -1.2, 1.12, 1.27, -1.95, 0.14, -0.13, -1.05, 0.53, -0.46, -1.77, -0.27, -0.15, 0.11, -1.23, 0.62, 0.74, -1.15, -0.66, -0.08, -0.57, 1.74, 0.21,
  -1.01, -0.79, -0.06, 2.3, -0.18, 0.13, 0.51, -0.04, 2.28, -0.53, 0.74, 0.16, 0.62, -1.18, 1.77, -0.12, 0.03, -0.93, -0.73, 0.56, 0.99, 0.75, 1.21, 0.71, 0.03,
  0.84, 0.59, -0.1, 0.73, 1.29, 0.23, -0.36, 0.72, 1.9, -0.21, -0.09, -0.14, 1.22, -1.84, 0.37, 1.19, -0.81, 1.49, 0.54, -0.55, 0.2, -1.53, -0.57, 1.83, -0.89,
  1.84, -0.08, 0.99, 0.04, -2.24, -0.57,
]);
const Y = sorted([
  -0.35, 0.13, 1.96, 0.96, -1.34, 0.29, -0.32, 0.45, -1.31, 0.54, 0.54, 1.88, 0.62, 0.81, -1.19, 2.55, -1.62, 1.4, -0.03, -0.58, -0.36, -0.37, 0.68, 0.19, 1.78,
  -1.53, 0.3, -0.59, 1.08, -1.82, -0.04, 0.51, -1.18, 1.29, 0.48, 1.31, 1.26, -0.68, -0.5, 0.1, 1.05, 1.15, -0.41, -0.31, -0.5, -0.28, 0.06, 0.17, 2.36, -0.21,
  0.01, 0.76, -0.65, -0.07, 0.31, 1.07, -1.02, 1.67, -0.05, 0.47, 1.15, 0.96, 1.36, 0.47, 0.28, 0.62, -0.7, 1.51, -0.48, -0.96, 2.36, 0.16, -0.88, 2.15, -0.03,
  1.36, -0.53, 0.05, -1.39, -1.61, -0.68, 0.22, 1.1, 2.73, -0.73, 1.31, -0.3, 0.15, -1.18, -1.18, -0.48, -0.89, 0.3, -0.4, 1.55, 0.45, 0.47, 1.44, 0.82, 0.26,
  0.21, 0.18, 1.38, 1.08, 0.67, 1.1, -0.24, 0.81, -1.11, 1.65, 0.39, 0.48, 0.9, 0.29, 0.05, 1.49, 0.42, -0.62, 0.74, -1.41, 1.96, 0.13, 0.35, 2.56, 2.45, 0.42,
  0.92, 1.39, 1.98, 0.17, 0.44, 1.52, 0.57, 1.05, 0.91, -0.83, -0.56, -2.34, 0.04, 1.64, -0.81, 1.53, 1.3, 0.25, 0.29, 0.38, -0.56, 0.02, 0.25, 0.91, 1.09,
  -0.44, 1.13, -0.48, 0.13, 0.67, 0.28, 0.17, 0.57, -0.25, -0.35, 0.1, 1.26, 0.2, 2.2, 0.51, -2.67, -0.14, 1.97, 0.31, -0.14, -0.57, 1.62, 1.3, 0.97, 0.73,
  1.74, 1.12, -0.93, 1.07, 0.47, 0.19, 1.06, 0.33, -2.63, 1.86, 1.34, 0.18, -0.07, 0.53, -0.98, 0.61, 0.07, -0.05, -0.62, -0.38, 1.41, 1.64, 0.8, 0.25,
]);

describe('two-sample Kolmogorov-Smirnov (scipy.stats.ks_2samp, method auto)', () => {
  it('is exact for small equal samples: D = 1 between [1,2,3] and [4,5,6] has p = 2 / C(6,3) = 0.1', () => {
    // Of the C(6,3) = 20 equally likely interleavings only "all of one sample first" (2 of them) reach D = 1.
    const r = ks2samp(sorted([1, 2, 3]), sorted([4, 5, 6]));
    expect(r.statistic).toBe(1);
    close(r.pvalue, 0.1, 1e-12);
    expect(r.method).toBe('exact');
    close(probOutsideSquare(3, 3), 0.1, 1e-12);
  });

  it('matches scipy on samples of 60 and 45 (exact, unequal sizes)', () => {
    const r = ks2samp(A, B);
    expect(r.statistic).toBe(0.26666666666666666);
    close(r.pvalue, 0.04365421878938669);
  });

  it('matches scipy on samples of 45 and 45 (exact, equal sizes)', () => {
    const r = ks2samp(B, C);
    expect(r.statistic).toBe(0.2222222222222222);
    close(r.pvalue, 0.21791883117156555);
  });

  it('matches scipy on samples of 300 and 200 with ties', () => {
    close(ks2samp(X, Y).pvalue, 0.001156189541489953);
  });

  it('switches to the asymptotic distribution above 10,000 values', () => {
    const big = new Float64Array(10001).map((_, i) => i / 10001);
    expect(ks2samp(sorted([0.1, 0.5, 0.9]), big).method).toBe('asymp');
  });

  // scipy.stats.kstwo.sf(x, n) across every branch of Simard & L'Ecuyer's selection.
  it.each([
    [10, 0.08, 0.9999978058034054],
    [10, 0.3, 0.27053557479999946],
    [10, 0.5, 0.00777741],
    [10, 0.95, 1.9531250000000172e-13],
    [50, 0.1, 0.6623112704658186],
    [50, 0.2, 0.03143877776953241],
    [50, 0.35, 5.573523514803185e-6],
    [100, 0.05, 0.9532159710635725],
    [100, 0.15, 0.019839242125643017],
    [100, 0.25, 5.408871776434847e-6],
    [500, 0.02, 0.9859871786857471],
    [500, 0.05, 0.15866260223815365],
    [500, 0.1, 8.342293067263533e-5],
    [5000, 0.01, 0.6954557253913853],
    [5000, 0.03, 0.00024159234422666817],
    [90909, 0.003, 0.3857468564468999],
    [90909, 0.006, 0.0028617062969556214],
    [200000, 0.002, 0.39995085369038097],
    [200000, 0.004, 0.003314212822560255],
    [1000, 0.0006, 1.0],
  ])('kstwo.sf(d, n=%i) at d=%f is %f', (n, x, expected) => {
    close(kolmogorovSf(n, x), expected, 1e-9);
  });
});

describe('special functions', () => {
  it('gives scipy.stats.chi2.sf (scipy docs: chisquare([16,18,16,14,12,12], f_exp=[16,16,16,16,16,8]) has p 0.62338762774958223)', () => {
    close(chi2Sf(3.5, 5), 0.62338762774958223, 1e-12);
    close(chi2Sf(2.0, 5), 0.84914503608460956, 1e-12);
    close(chi2Sf(250, 3), 6.543750030967994e-54, 1e-10);
    close(chi2Sf(0.01, 7), 0.999999999243059, 1e-12);
    close(gammaincc(1, 2), Math.exp(-2), 1e-14);
  });

  it('gives the normal CDF', () => {
    close(normalCdf(0), 0.5, 1e-15);
    close(normalCdf(1.959963984540054), 0.975, 1e-12);
    close(normalCdf(-3), 0.0013498980316300933, 1e-12);
  });
});

function table(keys: string[], reference: number[], current: number[]): FrequencyTable {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { keys, reference: Float64Array.from(reference), current: Float64Array.from(current), referenceTotal: sum(reference), currentTotal: sum(current) };
}

describe('tests on value counts, as Evidently runs them', () => {
  it('chisquare: current counts against reference shares scaled to the current size', () => {
    // reference aaaabbbccd x10 (a 40, b 30, c 20, d 10), current aabbbbcccdd x9 (a 18, b 36, c 27, d 18)
    close(chiSquareTest(table(['a', 'b', 'c', 'd'], [40, 30, 20, 10], [18, 36, 27, 18])), 5.479838562136179e-5);
  });

  it('chisquare gives p = 0 when the current data has a value the reference never had', () => {
    expect(chiSquareTest(table(['a', 'b', 'new'], [50, 50, 0], [40, 40, 20]))).toBe(0);
  });

  it('z: two proportions, 70 of 100 against 50 of 100', () => {
    close(zTest(table(['0', '1'], [30, 70], [50, 50])), 0.0038924171227785465);
  });

  it('z is 1 when both sides hold the same single value', () => {
    expect(zTest(table(['x'], [10], [20]))).toBe(1);
  });
});

describe('distances', () => {
  it('wasserstein: scipy docs, wasserstein_distance([0, 1, 3], [5, 6, 8]) = 5', () => {
    expect(wassersteinDistance(sorted([0, 1, 3]), sorted([5, 6, 8]))).toBe(5);
    close(wassersteinDistance(sorted([3.4, 3.9, 7.5, 7.8, 1, 1, 2]), sorted([4.5, 1.4, 1.4, 9])), 0.9464285714285715, 1e-14);
  });

  it('wasserstein normed by the reference population std', () => {
    close(wassersteinNormed(X, Y), 0.3013446912858995, 1e-12);
    // Floor 0.001 on the std: a constant reference [2, 2] against [3, 3] gives 1 / 0.001.
    close(wassersteinNormed(sorted([2, 2]), sorted([3, 3])), 1000, 1e-12);
  });

  it('jensenshannon: scipy docs, jensenshannon([1, 0], [0.5, 0.5]) = 0.46450140402245893 (natural log)', () => {
    close(jensenShannonDistance(Float64Array.from([1, 0]), Float64Array.from([0.5, 0.5])), 0.46450140402245893, 1e-14);
    close(jensenShannonDistance(Float64Array.from([0.2, 0.3, 0.5, 0]), Float64Array.from([0.1, 0.1, 0.4, 0.4])), 0.41960733659358984, 1e-14);
  });

  it('psi by hand: shares (0.5, 0.5) against (0.25, 0.75)', () => {
    // (0.5-0.25) ln 2 + (0.5-0.75) ln(2/3) = 0.25 (ln 2 - ln 2/3) = 0.25 ln 3
    close(populationStabilityIndex(Float64Array.from([0.5, 0.5]), Float64Array.from([0.25, 0.75])), 0.25 * Math.log(3), 1e-14);
  });

  it('fills empty shares with 0.0001, or the smallest share / 10^6 when that is at most 0.0001', () => {
    expect([...fillZeroes(Float64Array.from([0.5, 0, 0.5]))]).toEqual([0.5, 0.0001, 0.5]);
    expect([...fillZeroes(Float64Array.from([0.99995, 0, 0.00005]))]).toEqual([0.99995, 0.00005 / 1e6, 0.00005]);
  });

  it('bins numerical values with Sturges over both samples (numpy.histogram_bin_edges) for psi and jensenshannon', () => {
    const edges = sturgesEdges(X[0]!, Y.at(-1)! > X.at(-1)! ? Y.at(-1)! : X.at(-1)!, X.length + Y.length);
    expect(edges.length - 1).toBe(10);
    expect(edges[0]).toBe(-2.83);
    expect(edges.at(-1)).toBe(3.32);
    const shares = binnedShares(X, Y);
    close(sharesScore('jensenshannon', shares), 0.13359970199130472, 1e-12);
    close(sharesScore('psi', shares), 0.14621685005723067, 1e-12);
  });
});

describe('method choice (Evidently _get_default_stattest)', () => {
  it.each([
    ['numerical', 1000, 6, 'ks'],
    ['numerical', 1000, 5, 'chisquare'],
    ['numerical', 1000, 3, 'chisquare'],
    ['numerical', 1000, 2, 'z'],
    ['categorical', 1000, 3, 'chisquare'],
    ['categorical', 1000, 2, 'z'],
    ['numerical', 1001, 6, 'wasserstein'],
    ['numerical', 1001, 5, 'jensenshannon'],
    ['categorical', 1001, 50, 'jensenshannon'],
  ] as const)('%s column, %i reference rows, %i distinct values: %s', (kind, rows, distinct, method) => {
    expect(defaultMethod(kind, rows, distinct)).toBe(method);
  });
});

describe('sorting numerical columns', () => {
  it.each([
    ['few distinct values (counting)', 1, 100000],
    ['decimals with 2 fraction digits, fewer keys than values (counted keys)', 2, 300000],
    ['decimals with 3 fraction digits (integer keys, radix)', 3, 200000],
    ['decimals with 5 fraction digits (integer keys)', 5, 200000],
  ])('sorts %s exactly like Float64Array.prototype.sort, negative zeros included', (_name, digits, n) => {
    let seed = 7;
    const values = new Float64Array(n).map(() => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return Math.round((seed / 2 ** 32 - 0.5) * 200 * 10 ** digits) / 10 ** digits;
    });
    for (let i = 0; i < 50; i++) values[i * 97] = i % 2 ? -0 : 0;
    const expected = values.slice().sort();
    const actual = sortFloat64(values.slice());
    expect(actual.every((v, i) => Object.is(v, expected[i]))).toBe(true);
  });
});

describe('sorting decimal keys in place', () => {
  const decimals = (n: number, span: number, digits: number, seed: number) =>
    new Float64Array(n).map(() => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return Math.round((seed / 2 ** 32 - 0.5) * span * 10 ** digits) / 10 ** digits;
    });

  it.each([
    ['two radix passes (keys end in the lower half)', 100, 200000],
    ['three radix passes (keys end in the upper half)', 4000, 200000],
  ])('sorts with %s exactly like Float64Array.prototype.sort', (_name, span, n) => {
    const values = decimals(n, span, 5, 3);
    const expected = values.slice().sort();
    const actual = sortFloat64(values.slice());
    expect(actual.every((v, i) => Object.is(v, expected[i]))).toBe(true);
  });

  it('touches nothing outside the values it sorts (a view inside a larger buffer)', () => {
    const buffer = new Float64Array(300000).fill(7.25);
    const values = decimals(200000, 4000, 5, 9);
    buffer.set(values, 50000);
    const view = buffer.subarray(50000, 250000);
    sortFloat64(view);
    const expected = values.slice().sort();
    expect(view.every((v, i) => Object.is(v, expected[i]))).toBe(true);
    expect(buffer.subarray(0, 50000).every((v) => v === 7.25)).toBe(true);
    expect(buffer.subarray(250000).every((v) => v === 7.25)).toBe(true);
  });
});

describe('radix sort', () => {
  it('sorts like Float64Array.prototype.sort, negatives and signed zeros included', () => {
    let seed = 99;
    const values = new Float64Array(50000).map(() => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed / 2 ** 32 - 0.5) * 10 ** ((seed % 7) - 3);
    });
    values[3] = -0;
    values[4] = 0;
    values[5] = -1e308;
    const expected = values.slice().sort();
    const actual = sortFloat64(values.slice());
    expect(actual.every((v, i) => Object.is(v, expected[i]))).toBe(true);
  });
});
