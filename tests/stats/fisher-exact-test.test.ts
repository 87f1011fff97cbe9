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
}

// fisher.test finds its estimate and limits with uniroot's default tolerance,
// .Machine$double.eps^0.25 = 1.22e-4, so its values can differ from the exact roots of its
// equations by that much on the scale uniroot solves (the odds ratio below 1, its reciprocal
// above). fisherExactTest runs the same uniroot on the same arithmetic, so R's values themselves
// are checked to a relative 1e-9 (the worst case over this fixture is about 1e-14).
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
      expectCloseToR(r.estimate, c.estimate, 'estimate');
      expectCloseToR(r.confInt[0], c.confInt[0], 'lower');
      expectCloseToR(r.confInt[1], c.confInt[1], 'upper');
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

  it('stops where fisher.test stops: an upper limit beyond the odds ratio 2^52', () => {
    // R: fisher.test(matrix(c(1000, 1, 1, 1000), 2), conf.level = 1 - 1e-12) stops with
    // "f() values at end points not of opposite sign" (uniroot in ncp.U).
    expect(() =>
      fisherExactTest(
        [
          [1000, 1],
          [1, 1000],
        ],
        { confLevel: 1 - 1e-12 },
      ),
    ).toThrow(/confLevel 0\.999999999999 is too close to 1 for this table/);
  });
});
