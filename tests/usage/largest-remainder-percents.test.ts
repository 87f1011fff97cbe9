import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { largestRemainderPercents } from 'sos-eval/usage';

describe('largestRemainderPercents', () => {
  test.prop([
    fc.array(fc.nat(10_000), { minLength: 1, maxLength: 8 }),
    fc.integer({ min: 0, max: 2 }),
  ])('sums to exactly 100 at any decimals 0–2, for any counts', (counts, decimals) => {
    fc.pre(counts.some((c) => c > 0));
    const percents = largestRemainderPercents(counts, decimals);
    const scale = 10 ** decimals;
    // Compare in whole units of 10^-decimals so floating point cannot blur the total.
    const units = percents.map((p) => Math.round(p * scale));
    units.forEach((u, i) => expect(u / scale).toBe(percents[i]));
    expect(units.reduce((a, b) => a + b, 0)).toBe(100 * scale);
  });

  test.prop([
    fc.array(fc.nat(10_000), { minLength: 1, maxLength: 8 }),
    fc.integer({ min: 0, max: 2 }),
  ])(
    'each share is its exact percentage cut down, or that plus one unit (the Hamilton quota rule)',
    (counts, decimals) => {
      const total = counts.reduce((a, b) => a + b, 0);
      fc.pre(total > 0);
      const scale = 10 ** decimals;
      largestRemainderPercents(counts, decimals).forEach((p, i) => {
        const floor = Math.floor((counts[i]! * 100 * scale) / total);
        expect([floor, floor + 1]).toContain(Math.round(p * scale));
      });
    },
  );

  test.prop([fc.array(fc.nat(1000), { minLength: 1, maxLength: 6 })])(
    'does not touch its input',
    (counts) => {
      fc.pre(counts.some((c) => c > 0));
      const frozen = Object.freeze([...counts]);
      largestRemainderPercents(frozen);
      expect(frozen).toEqual(counts);
    },
  );

  it('rounds the way the doc says, with ties to the larger count, then the earlier position', () => {
    // 1, 1, 1 of 3: 33 each with remainder 1/3 — all tied; first position wins the one unit.
    expect(largestRemainderPercents([1, 1, 1])).toEqual([34, 33, 33]);
    // 2, 1, 1, 2 of 6: 33 r1/3, 16 r4/6, 16 r4/6, 33 r1/3 → floors 98, two units short.
    // Remainders 200 mod 6 = 2, 100 mod 6 = 4: the two 16s get them.
    expect(largestRemainderPercents([2, 1, 1, 2])).toEqual([33, 17, 17, 33]);
    // 69, 93, 3 of 165: 6900 mod 165 = 135, 9300 mod 165 = 60, 300 mod 165 = 135. Floors 41 + 56 + 1
    // = 98; the tied remainders (135) go first to the larger count (69), then to 3.
    expect(largestRemainderPercents([69, 93, 3])).toEqual([42, 56, 2]);
    // 1 of 8 at two decimals: 12.5 exactly, no remainder.
    expect(largestRemainderPercents([1, 7], 2)).toEqual([12.5, 87.5]);
    // A zero count stays 0 unless it has to take a unit: it has remainder 0, so it never does.
    expect(largestRemainderPercents([0, 3])).toEqual([0, 100]);
  });

  it('rejects broken arguments, naming them', () => {
    expect(() => largestRemainderPercents([0, 0])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: counts must not all be 0 (no denominator), got 2 zeros]`,
    );
    expect(() => largestRemainderPercents([1, -1])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: counts[1] must be a whole number ≥ 0, got -1]`,
    );
    expect(() => largestRemainderPercents([1.5])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: counts[0] must be a whole number ≥ 0, got 1.5]`,
    );
    expect(() => largestRemainderPercents([1], 11)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: decimals must be a whole number from 0 to 10, got 11]`,
    );
    expect(() => largestRemainderPercents([1], 0.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: decimals must be a whole number from 0 to 10, got 0.5]`,
    );
    expect(() => largestRemainderPercents('1' as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: counts must be an array, got "1"]`,
    );
  });
});
