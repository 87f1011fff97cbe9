import { describe, expect, it } from 'vitest';
import { mcnemarTest } from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface Case {
  table: [[number, number], [number, number]];
  correct: boolean;
  exact: boolean;
  method: string;
  statistic: number;
  df: number | null;
  pValue: number;
}

describe('mcnemarTest matches mcnemar.test and binom.test(b, b + c)', () => {
  for (const c of loadRFixture<Case>('mcnemar-test').cases) {
    it(`${JSON.stringify(c.table)} correct=${c.correct} exact=${c.exact}`, () => {
      const r = mcnemarTest(c.table, { correct: c.correct, exact: c.exact });
      if (c.exact) {
        expect(r.method).toBe('Exact McNemar test (binomial test on discordant pairs)');
        expect(r).not.toHaveProperty('df');
      } else {
        expect(r.method).toBe(c.method);
        expect(r.df).toBe(c.df);
      }
      expectCloseToR(r.statistic, c.statistic, 'statistic');
      expectCloseToR(r.pValue, c.pValue, 'pValue');
      expect(Object.isFrozen(r)).toBe(true);
    });
  }

  it("gives R's NaN without discordant pairs, and says why", () => {
    // R: mcnemar.test(matrix(c(5, 0, 0, 7), 2)): statistic 0/0 = NaN, p-value NaN, and no
    // continuity correction (R applies it only when the table is not symmetric).
    for (const correct of [true, false]) {
      const r = mcnemarTest(
        [
          [5, 0],
          [0, 7],
        ],
        { correct },
      );
      expect([r.statistic, r.pValue, r.df, r.method]).toEqual([
        NaN,
        NaN,
        1,
        "McNemar's Chi-squared test",
      ]);
      expect(r.warning).toMatch(/b \+ c = 0/);
    }
  });

  it('rejects the exact test without discordant pairs (binom.test(0, 0) stops), and bad options', () => {
    expect(() =>
      mcnemarTest(
        [
          [5, 0],
          [0, 7],
        ],
        { exact: true },
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table has no discordant pairs (b + c = 0), so the exact test (a binomial test of b in b + c trials) is undefined]`,
    );
    expect(() =>
      mcnemarTest(
        [
          [5, 1],
          [2, 7],
        ],
        { exact: 1 as unknown as boolean },
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: exact must be true or false, got 1]`);
    expect(() => mcnemarTest([[5, 1]] as never)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table must be a 2 × 2 table [[a, b], [c, d]], got an array of length 1]`,
    );
  });
});
