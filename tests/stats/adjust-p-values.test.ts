import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { adjustPValues, P_ADJUST_METHODS, type PAdjustMethod } from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

type Case = { name: string; p: (number | null)[] } & Record<PAdjustMethod, (number | null)[]>;

const fixture = loadRFixture<Case>('p-adjust');

describe('adjustPValues matches R p.adjust', () => {
  const rows = fixture.cases.flatMap((c) =>
    P_ADJUST_METHODS.map((m) => [`${c.name} ${m}`, c, m] as const),
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
    expect(() => adjustPValues([0.5], 'fdr' as never)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: method must be one of 'holm', 'bonferroni', 'BH', 'hochberg', 'BY', 'none', got "fdr"]`,
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
