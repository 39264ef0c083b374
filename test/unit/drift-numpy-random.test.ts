/**
 * src/drift/numpy-random.ts against numpy's own legacy RandomState: the seeded key, the 32-bit draws, permutations
 * and choice without replacement, as test/fixtures/drift/numpy_random.py printed them with numpy 2.4 (none from dhow).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LegacyRandomState } from '../../src/drift/numpy-random.js';

interface Seeded {
  seed: number;
  key_head: number[];
  key_tail: number;
  draws: number[];
  permutations_in_turn: Record<string, number[]>;
  choice_57_20: number[][];
}

const { seeds } = JSON.parse(readFileSync(new URL('../fixtures/drift/numpy_random.json', import.meta.url), 'utf8')) as { seeds: Seeded[] };

describe("numpy's legacy RandomState", () => {
  it.each(seeds.map((s) => [s.seed, s] as const))('seed %d gives numpy 32-bit draws, across regenerations', (seed, s) => {
    const rs = new LegacyRandomState(seed);
    expect(s.draws).toHaveLength(1300);
    expect(Array.from({ length: s.draws.length }, () => rs.nextUint32())).toEqual(s.draws);
  });

  it.each(seeds.map((s) => [s.seed, s] as const))('seed %d gives numpy permutations, one after another', (seed, s) => {
    const rs = new LegacyRandomState(seed);
    for (const [n, expected] of Object.entries(s.permutations_in_turn)) expect(Array.from(rs.permutation(Number(n)))).toEqual(expected);
  });

  it.each(seeds.map((s) => [s.seed, s] as const))('seed %d: choice(57, 20, replace=False) is the head of a permutation', (seed, s) => {
    const rs = new LegacyRandomState(seed);
    for (const expected of s.choice_57_20) expect(Array.from(rs.permutation(57).subarray(0, 20))).toEqual(expected);
  });

  it('refuses seeds numpy refuses', () => {
    expect(() => new LegacyRandomState(-1)).toThrow(RangeError);
    expect(() => new LegacyRandomState(2 ** 32)).toThrow(RangeError);
    expect(() => new LegacyRandomState(0.5)).toThrow(RangeError);
  });
});
