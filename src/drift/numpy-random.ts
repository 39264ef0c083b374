/**
 * numpy's legacy RandomState, as far as Evidently's permutation tests use it: MT19937 seeded the legacy way
 * (`np.random.seed(int)`: init_genrand), `rand` and `randint` (scikit-learn's seeding and splits draw these), `random_interval` (draws of 32 bits masked to the bound's bit width,
 * rejected above it) and `shuffle` / `permutation` of a 1-d array (Fisher-Yates from the last index down), so
 * that `np.random.seed(0); np.random.permutation(n)` gives the same indices here as in numpy (numpy/random/
 * mtrand.pyx `shuffle`, _common `_shuffle_raw`, src/distributions/distributions.c `random_interval`,
 * src/mt19937/mt19937.c `mt19937_seed` / `mt19937_gen`). Pure: the state lives in the object.
 */

const N = 624;
const M = 397;

export class LegacyRandomState {
  private readonly key = new Uint32Array(N);
  private pos = N;

  /** np.random.seed(seed) with an integer seed in [0, 2^32). */
  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError('seed must be an integer in [0, 2^32)');
    let s = seed >>> 0;
    for (let i = 0; i < N; i++) {
      this.key[i] = s;
      // 1812433253 * (s ^ (s >> 30)) + i + 1, modulo 2^32.
      s = (Math.imul(1812433253, s ^ (s >>> 30)) + i + 1) >>> 0;
    }
  }

  /** The next 32-bit draw (genrand_int32). */
  nextUint32(): number {
    if (this.pos >= N) this.generate();
    let y = this.key[this.pos++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  private generate(): void {
    const key = this.key;
    const twist = (a: number, b: number, far: number) => {
      const y = (a & 0x80000000) | (b & 0x7fffffff);
      return far ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    };
    let i = 0;
    for (; i < N - M; i++) key[i] = twist(key[i]!, key[i + 1]!, key[i + M]!);
    for (; i < N - 1; i++) key[i] = twist(key[i]!, key[i + 1]!, key[i + M - N]!);
    key[N - 1] = twist(key[N - 1]!, key[0]!, key[M - 1]!);
    this.pos = 0;
  }

  /** random_sample / rand: 53 bits from two outputs, (a >> 5) * 2^26 + (b >> 6), over 2^53. */
  rand(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  /** randint(low, high): an integer in [low, high) (legacy, masked as random_interval; the range must fit 32 bits). */
  randint(low: number, high: number): number {
    const range = high - 1 - low;
    if (!(range >= 0 && range <= 0xffffffff)) throw new RangeError(`randint range [${low}, ${high}) is empty or wider than 2^32`);
    return low + this.interval(range);
  }

  /** random_interval(max): uniform in [0, max], for max below 2^32 (the only bound a shuffle here needs). */
  interval(max: number): number {
    if (max === 0) return 0;
    if (max > 0xffffffff) throw new RangeError('interval bounds of 2^32 and above are not implemented');
    let mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask >>>= 0;
    let value: number;
    do value = (this.nextUint32() & mask) >>> 0;
    while (value > max);
    return value;
  }

  /** shuffle(x) of a 1-d array, in place. */
  shuffle<T>(x: { length: number; [index: number]: T }): void {
    for (let i = x.length - 1; i >= 1; i--) {
      const j = this.interval(i);
      const t = x[i]!;
      x[i] = x[j]!;
      x[j] = t;
    }
  }

  /**
   * permutation(n) into `out` (its first n entries): arange(n), shuffled. The same draws as shuffle, with the
   * generator inlined: a permutation test takes hundreds of millions of them.
   */
  permutationInto(out: Int32Array, n = out.length): Int32Array {
    for (let i = 0; i < n; i++) out[i] = i;
    const key = this.key;
    let pos = this.pos;
    let mask = 0;
    for (let i = n - 1; i >= 1; i--) {
      // The mask only shrinks as i falls: recompute it when i drops below half of it.
      if (mask === 0 || i <= mask >>> 1) {
        mask = i;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
      }
      let j: number;
      do {
        if (pos >= N) {
          this.generate();
          pos = 0;
        }
        let y = key[pos++]!;
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        j = (y & mask) >>> 0;
      } while (j > i);
      const t = out[i]!;
      out[i] = out[j]!;
      out[j] = t;
    }
    this.pos = pos;
    return out;
  }

  /** permutation(n): arange(n), shuffled. */
  permutation(n: number): Int32Array {
    return this.permutationInto(new Int32Array(n));
  }
}
