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

describe('fisherExactTest work bound', () => {
  // The top-left cell of [[a, b], [c, d]] ranges over max(0, a − d) … min(a + b, a + c) given the
  // margins; the exact method enumerates that range for every root-finding step.
  it('refuses a table whose top-left cell could take more than 1,000,000 values, naming table', () => {
    // max(0, 0 − 0) = 0 … min(1e6, 1e6) = 1e6: 1,000,001 values.
    expect(() =>
      fisherExactTest([
        [0, 1_000_000],
        [1_000_000, 0],
      ]),
    ).toThrow(/^table: Fisher's exact test would enumerate 1000001 possible tables/);
    // Counts of 10^8 took minutes before the bound; 10^15 threw an error that did not name table.
    for (const n of [1e8, 1e15]) {
      expect(() =>
        fisherExactTest([
          [n, n],
          [n, n],
        ]),
      ).toThrow(/^table: .*use chiSquareTest/);
    }
  });

  it('still answers huge counts whose margins leave few tables', () => {
    // [[1e8, 1], [0, 0]]: the cell can only be max(0, 1e8 − 0) = 1e8 … min(1e8 + 1, 1e8) = 1e8,
    // one table, so every alternative's p-value is 1.
    expect(
      fisherExactTest([
        [1e8, 1],
        [0, 0],
      ]).pValue,
    ).toBe(1);
  });
});
