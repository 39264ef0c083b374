/**
 * The random numbers text-content drift needs, drawn exactly as Python draws them for Evidently: numpy's legacy
 * `RandomState` (MT19937 seeded with `init_genrand`; `rand`, `randint` by masked rejection, `permutation` by the
 * legacy Fisher-Yates shuffle) and scikit-learn's `our_rand_r` (the xorshift its SGD uses to shuffle samples).
 * A minimal copy kept with text-content drift; another branch adds src/drift/numpy-random.ts for TVD, and the two
 * belong in one module once both have landed.
 */

const N = 624;
const M = 397;

/** numpy.random.RandomState(seed) for an integer seed in [0, 2^32): the legacy generator, draw for draw. */
export class LegacyRandomState {
  private readonly key = new Uint32Array(N);
  private pos = N;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be an integer in [0, 2^32), got ${seed}`);
    // numpy's mt19937_seed: Knuth's multiplier, as in the reference init_genrand.
    let s = seed >>> 0;
    for (let i = 0; i < N; i++) {
      this.key[i] = s;
      s = (Math.imul(1812433253, (s ^ (s >>> 30)) >>> 0) + i + 1) >>> 0;
    }
  }

  private generate(): void {
    const mt = this.key;
    for (let i = 0; i < N; i++) {
      const y = (mt[i]! & 0x80000000) | (mt[(i + 1) % N]! & 0x7fffffff);
      mt[i] = (mt[(i + M) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
    }
    this.pos = 0;
  }

  /** mt19937_next32: the next tempered 32-bit output. */
  nextUint32(): number {
    if (this.pos === N) this.generate();
    let y = this.key[this.pos++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random_sample / rand: 53 bits from two outputs, (a >> 5) * 2^26 + (b >> 6), over 2^53. */
  rand(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  /** A value in [0, max] by masked rejection (numpy's random_interval and bounded masked uint32; max < 2^32). */
  private masked(max: number): number {
    if (max === 0) return 0;
    let mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask >>>= 0;
    for (;;) {
      const value = (this.nextUint32() & mask) >>> 0;
      if (value <= max) return value;
    }
  }

  /** randint(low, high): an integer in [low, high) (legacy, masked; the range must fit 32 bits). */
  randint(low: number, high: number): number {
    const range = high - 1 - low;
    if (!(range >= 0 && range <= 0xffffffff)) throw new RangeError(`randint range [${low}, ${high}) is empty or wider than 2^32`);
    return low + this.masked(range);
  }

  /** permutation(n): arange(n) shuffled by the legacy Fisher-Yates (from the last element down). */
  permutation(n: number): number[] {
    const out = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i >= 1; i--) {
      const j = this.masked(i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

/** scikit-learn's our_rand_r (sklearn/utils/_random.pxd): xorshift on a 32-bit state, reduced to 31 bits. */
export function ourRandR(state: { seed: number }): number {
  let s = state.seed >>> 0;
  if (s === 0) s = 1;
  s = (s ^ (s << 13)) >>> 0;
  s = (s ^ (s >>> 17)) >>> 0;
  s = (s ^ (s << 5)) >>> 0;
  state.seed = s;
  return s % 0x80000000;
}
