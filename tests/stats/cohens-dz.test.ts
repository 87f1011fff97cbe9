import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cohensDz, pairedTTest } from 'sos-eval/stats';

describe('cohensDz', () => {
  it('is mean(d)/sd(d), shown by hand', () => {
    // x − y = 2, 0, 2, 0, 2, 0, 3, 2 (scores at T1 and T2).
    // Mean = 11/8 = 1.375. Squared deviations: 4 × 0.625² + 3 × 1.375² + 1.625²
    //   = 4 × 0.390625 + 3 × 1.890625 + 2.640625 = 1.5625 + 5.671875 + 2.640625 = 9.875.
    // Variance = 9.875/7, so d_z = 1.375/√(9.875/7).
    const dz = cohensDz([7, 5, 8, 6, 9, 4, 7, 8], [5, 5, 6, 6, 7, 4, 4, 6]);
    expect(dz).toBeCloseTo(1.375 / Math.sqrt(9.875 / 7), 14);
  });

  it('drops incomplete pairs and rejects unusable input', () => {
    expect(cohensDz([3, 5, null, 7], [2, 3, 1, 4])).toBeCloseTo(2, 14);
    expect(() => cohensDz([1, 2], [1])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x and y must have the same length for paired data, got 2 and 1]`,
    );
    expect(() => cohensDz([1, NaN], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x and y must have at least 2 complete pairs, got 1 (from an array of length 2)]`,
    );
  });

  test.prop([
    fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })), {
      minLength: 3,
      maxLength: 50,
    }),
  ])('equals t/√n of the paired t-test', (pairs) => {
    const x = pairs.map(([a]) => a);
    const y = pairs.map(([, b]) => b);
    const d = x.map((v, i) => v - (y[i] as number));
    fc.pre(new Set(d).size > 1);
    const t = pairedTTest(x, y).statistic;
    expect(cohensDz(x, y)).toBeCloseTo(t / Math.sqrt(pairs.length), 10);
  });
});
