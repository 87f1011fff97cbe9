import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { adjustPValues, P_ADJUST_METHODS, type PAdjustMethod } from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

type Case = { name: string; p: (number | null)[] } & Record<PAdjustMethod, (number | null)[]>;

const fixture = loadRFixture<Case>('p-adjust');

describe('adjustPValues matches R p.adjust', () => {
  // This fixture predates 'hommel' and 'fdr' (differential-p-adjust covers all eight methods).
  const rows = fixture.cases.flatMap((c) =>
    P_ADJUST_METHODS.filter((m) => m in c).map((m) => [`${c.name} ${m}`, c, m] as const),
  );
  it.each(rows)('%s', (_name, c, method) => {
    const got = adjustPValues(c.p, method);
    const want = c[method];
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => {
      const g = got[i];
      if (w === null || Number.isNaN(w)) expect(g, `entry ${i}`).toBe(w);
      else expectCloseToR(g as number, w, `entry ${i}`);
    });
  });
});

describe('adjustPValues by hand', () => {
  it('Bonferroni multiplies by the number of non-missing p-values and caps at 1', () => {
    // Two non-missing values: 0.01 × 2 = 0.02, 0.6 × 2 = 1.2 → 1.
    expect(adjustPValues([0.01, null, 0.6, NaN], 'bonferroni')).toEqual([0.02, null, 1, NaN]);
  });

  it("defaults to R's method, holm", () => {
    // Sorted 0.01, 0.04 times 2 and 1: 0.02, 0.04.
    expect(adjustPValues([0.04, 0.01])).toEqual([0.04, 0.02]);
  });

  it("'fdr' is R's alias of 'BH'", () => {
    const p = [0.04, 0.01, 0.02, null, 0.3];
    expect(adjustPValues(p, 'fdr')).toEqual(adjustPValues(p, 'BH'));
  });

  it('n counts tests whose p-values are not in p', () => {
    // R: p.adjust(c(0.01, 0.03), "holm", n = 5) = 0.05 0.12: sorted p times 5 and 4.
    expect(adjustPValues([0.01, 0.03], 'holm', 5)).toEqual([0.05, 0.12]);
    // Hommel pads the family with p = 1 up to n. With n = 4: sorted 0.01, 0.03, 1, 1 give
    // min(4·0.01/1, 4·0.03/2, 4·1/3, 4·1/4) = 0.04 to start; j = 3 and 2 raise 0.03 to
    // max(0.04, min(3·0.03, 3·1/2, 3·1/3), min(2·0.03, 2·1/2)) = 0.09, as R gives.
    expect(adjustPValues([0.01, 0.03], 'hommel', 4)).toEqual([0.04, 0.09]);
    // A single p-value with n = 1 is returned as it is (R: if (n <= 1) return(p0)).
    expect(adjustPValues([0.2], 'bonferroni', 1)).toEqual([0.2]);
  });

  it('BY scales BH by q = 1 + 1/2 + … + 1/n', () => {
    // n = 2, q = 3/2. Both p = 0.01: the top rank (i = 2) gives q·n/i·p = 1.5 × 2/2 × 0.01 = 0.015,
    // the next (i = 1) gives 1.5 × 2/1 × 0.01 = 0.03, and the running minimum keeps 0.015 for both.
    const by = adjustPValues([0.01, 0.01], 'BY');
    expect(by[0]).toBeCloseTo(0.015, 15);
    expect(by[1]).toBeCloseTo(0.015, 15);
  });

  it('leaves its input alone and rejects bad arguments', () => {
    const p = Object.freeze([0.5, 0.01]);
    adjustPValues(p, 'holm');
    expect(p).toEqual([0.5, 0.01]);
    expect(() => adjustPValues([0.5, 1.2], 'holm')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: p[1] must be between 0 and 1, got 1.2]`,
    );
    expect(() => adjustPValues([0.5], 'FDR' as never)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: method must be one of 'holm', 'hochberg', 'hommel', 'bonferroni', 'BH', 'BY', 'fdr', 'none', got "FDR"]`,
    );
    expect(() => adjustPValues([0.5, 0.2], 'holm', 1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: n must be at least the number of non-missing p-values (2), got 1]`,
    );
    expect(() => adjustPValues([0.5], 'holm', 2.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: n must be a whole number ≥ 0, got 2.5]`,
    );
    expect(() => adjustPValues('0.5' as never, 'BH')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: p must be an array, got "0.5"]`,
    );
    expect(() => adjustPValues([0.5, '0.1' as never], 'BH')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: p[1] must be a number or null, got "0.1"]`,
    );
  });
});

const pValues = fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null)), {
  maxLength: 40,
});

describe('adjustPValues laws', () => {
  test.prop([pValues, fc.constantFrom(...P_ADJUST_METHODS)])(
    'adjusted p-values lie in [raw, 1]',
    (p, method) => {
      const adjusted = adjustPValues(p, method);
      p.forEach((raw, i) => {
        if (raw === null) expect(adjusted[i]).toBeNull();
        else {
          expect(adjusted[i] as number).toBeGreaterThanOrEqual(raw);
          expect(adjusted[i] as number).toBeLessThanOrEqual(1);
        }
      });
    },
  );

  test.prop([fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 })])(
    'BH is monotone in the raw order',
    (p) => {
      const adjusted = adjustPValues(p, 'BH');
      for (let i = 0; i < p.length; i++) {
        for (let j = 0; j < p.length; j++) {
          if ((p[i] as number) < (p[j] as number))
            expect(adjusted[i]).toBeLessThanOrEqual(adjusted[j] as number);
        }
      }
    },
  );
});
