/**
 * The natural logarithm correctly rounded, for the TF-IDF weights of text-content drift. scikit-learn takes them
 * from numpy's log, which is libm's (glibc: correctly rounded on every value these weights use) except on CPUs
 * where numpy dispatches its AVX-512 log, which is not; V8's Math.log is off by one unit in the last place on
 * some ratios. One unit there changes which samples cross the modified Huber loss's corners, and SGD's weights
 * then part ways, so the log is computed in double-double arithmetic and rounded once.
 */

type DoubleDouble = [hi: number, lo: number];

function twoSum(a: number, b: number): DoubleDouble {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DoubleDouble {
  const s = a + b;
  return [s, b - (s - a)];
}

function split(a: number): DoubleDouble {
  const c = 134217729 * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): DoubleDouble {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

function mul(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function div(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const q1 = a[0] / b[0];
  let r = add(a, mul(b, [-q1, 0]));
  const q2 = r[0] / b[0];
  r = add(r, mul(b, [-q2, 0]));
  const q3 = r[0] / b[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

const LN2: DoubleDouble = [0.6931471805599453, 2.3190468138462996e-17];
const TERMS = 30;
/** 1 / (2k + 1) for the atanh series, in double-double. */
const ODD_RECIPROCALS: DoubleDouble[] = Array.from({ length: TERMS }, (_, k) => div([1, 0], [2 * k + 1, 0]));

/** ln(x) for a positive finite normal x, correctly rounded (ln m = 2 atanh((m - 1) / (m + 1)), m near 1). */
export function logCorrectlyRounded(x: number): number {
  if (!(x > 0) || !Number.isFinite(x) || x < 2.2250738585072014e-308) return Math.log(x);
  if (x === 1) return 0;
  let k = Math.floor(Math.log2(x));
  let m = x / 2 ** k;
  if (m >= Math.SQRT2) {
    m /= 2;
    k++;
  } else if (m < Math.SQRT1_2) {
    m *= 2;
    k--;
  }
  // m - 1 is exact (Sterbenz: m is within a factor of two of 1).
  const s = div([m - 1, 0], twoSum(m, 1));
  const s2 = mul(s, s);
  let series = ODD_RECIPROCALS[TERMS - 1]!;
  for (let i = TERMS - 2; i >= 0; i--) series = add(ODD_RECIPROCALS[i]!, mul(s2, series));
  const lnM = mul([2 * s[0], 2 * s[1]], series);
  const total = add(mul([k, 0], LN2), lnM);
  return total[0] + total[1];
}
