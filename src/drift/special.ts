/**
 * Special functions the drift tests need: log-gamma, the regularized incomplete gamma functions (for the
 * chi-square survival function) and the normal CDF, computed as scipy's cephes does where the rounding
 * matters (ndtr's 1 - erfc/2 for positive arguments).
 */

// log-gamma and the incomplete beta function live in src/math/special.ts (the rollout's Welch test uses them too).
import { betainc, logGamma } from '../math/special.js';

export { betainc, logGamma };

const EPS = 1e-16;
const TINY = 1e-300;

/** Regularized lower incomplete gamma P(a, x) by its series (x < a + 1). */
function gammaSeries(a: number, x: number): number {
  let sum = 1 / a;
  let term = sum;
  let ap = a;
  for (let n = 0; n < 100000; n++) {
    ap += 1;
    term *= x / ap;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Regularized upper incomplete gamma Q(a, x) by Lentz's continued fraction (x >= a + 1). */
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Q(a, x) = Γ(a, x) / Γ(a), scipy.special.gammaincc. */
export function gammaincc(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < a + 1) return 1 - gammaSeries(a, x);
  return gammaContinuedFraction(a, x);
}

/** Survival function of the chi-square distribution with df degrees of freedom (scipy.stats.chi2.sf). */
export function chi2Sf(x: number, df: number): number {
  if (x <= 0) return 1;
  return gammaincc(df / 2, x / 2);
}

/** erfc(x) for x >= 0, as Q(1/2, x^2), accurate in relative terms far into the tail. */
function erfcPositive(x: number): number {
  return gammaincc(0.5, x * x);
}

/** The standard normal CDF, rounded the way cephes ndtr rounds it. */
export function normalCdf(a: number): number {
  const x = a * Math.SQRT1_2;
  const z = Math.abs(x);
  if (z < Math.SQRT1_2) {
    const erf = x < 0 ? -(1 - erfcPositive(z)) : 1 - erfcPositive(z);
    return 0.5 + 0.5 * erf;
  }
  const y = 0.5 * erfcPositive(z);
  return x > 0 ? 1 - y : y;
}

/** numpy's round: half to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** log of the binomial coefficient C(n, k) for 0 <= k <= n. */
export function logBinomial(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/** Two-sided p-value of Student's t with df degrees of freedom: 2 * scipy.stats.t.sf(|t|, df). */
export function studentTTwoSided(t: number, df: number): number {
  if (Number.isNaN(t)) return NaN;
  if (!Number.isFinite(t)) return 0;
  return betainc(df / 2, 0.5, df / (df + t * t));
}

/**
 * The modified Bessel function of the second kind K_nu(x) for x > 0 (scipy.special.kv), from
 * K_nu(x) = integral over t >= 0 of exp(-x cosh t) cosh(nu t): the trapezoid rule converges exponentially
 * fast on such an integrand, to full double precision at this step.
 */
export function besselK(nu: number, x: number): number {
  const step = 1 / 32;
  let sum = 0.5 * Math.exp(-x);
  for (let i = 1; i < 1_000_000; i++) {
    const t = i * step;
    const term = Math.exp(-x * Math.cosh(t)) * Math.cosh(nu * t);
    sum += term;
    if (term < sum * 1e-18) break;
  }
  return sum * step;
}
