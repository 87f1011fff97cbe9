import { describe, expect, it } from 'vitest';
import { type Alternative, fisherExactTest, oddsRatio } from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface Case {
  table: [[number, number], [number, number]];
  alternative: Alternative;
  confLevel: number;
  or: number;
  pValue: number;
  estimate: number;
  confInt: [number, number];
  tightEstimate: number;
  tightConfInt: [number, number];
}

// fisher.test finds its estimate and limits with uniroot's default tolerance,
// .Machine$double.eps^0.25 = 1.22e-4, on t = OR when OR < 1 and on t = 1/OR otherwise. So R's own
// values are only checked to 2.5e-4 on that scale; the same equations solved in R with
// tol = 1e-13 (tightEstimate, tightConfInt) are checked to a relative 1e-9.
function closeToUniroot(actual: number, expected: number): void {
  if (!Number.isFinite(expected) || expected === 0) {
    expect(actual).toBe(expected);
    return;
  }
  const scale = (v: number): number => (v < 1 ? v : 1 / v);
  expect(Math.abs(scale(actual) - scale(expected))).toBeLessThanOrEqual(2.5e-4);
}

describe('fisherExactTest matches fisher.test(table, alternative, conf.level, or)', () => {
  for (const c of loadRFixture<Case>('fisher-test').cases) {
    it(`${JSON.stringify(c.table)} ${c.alternative} confLevel=${c.confLevel} or=${c.or}`, () => {
      const r = fisherExactTest(c.table, {
        alternative: c.alternative,
        confLevel: c.confLevel,
        or: c.or,
      });
      expect(r.method).toBe("Fisher's Exact Test for Count Data");
      expect(r.alternative).toBe(c.alternative);
      expectCloseToR(r.pValue, c.pValue, 'pValue');
      closeToUniroot(r.estimate, c.estimate);
      closeToUniroot(r.confInt[0], c.confInt[0]);
      closeToUniroot(r.confInt[1], c.confInt[1]);
      expectCloseToR(r.estimate, c.tightEstimate, 'estimate');
      expectCloseToR(r.confInt[0], c.tightConfInt[0], 'lower');
      expectCloseToR(r.confInt[1], c.tightConfInt[1], 'upper');
      if (c.alternative === 'two.sided' && c.or === 1) {
        const conditional = oddsRatio(c.table, { method: 'conditional', confLevel: c.confLevel });
        expect(conditional).toEqual({
          estimate: r.estimate,
          confInt: r.confInt,
          method: 'conditional',
        });
      }
    });
  }

  it('rejects tables that are not 2 × 2 counts and bad options', () => {
    expect(() =>
      fisherExactTest([
        [1, 2, 3],
        [4, 5, 6],
      ] as never),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table must be a 2 × 2 table [[a, b], [c, d]], got an array of length 2]`,
    );
    expect(() =>
      fisherExactTest([
        [1, 2],
        [3, 4.5],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table[1][1] must be a whole number ≥ 0, got 4.5]`,
    );
    expect(() =>
      fisherExactTest(
        [
          [1, 2],
          [3, 4],
        ],
        { or: -1 },
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: or must be a finite number ≥ 0, got -1]`);
    expect(() =>
      fisherExactTest(
        [
          [1, 2],
          [3, 4],
        ],
        { or: Infinity },
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: or must be a finite number ≥ 0, got Infinity]`,
    );
    expect(() =>
      fisherExactTest(
        [
          [1, 2],
          [3, 4],
        ],
        { confLevel: 95 },
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: confLevel must be between 0 and 1 (exclusive), got 95]`,
    );
  });
});
