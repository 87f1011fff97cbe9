import { describe, expect, it } from 'vitest';
import { cohensH, cohensKappa, oddsRatio } from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface KappaCase {
  table: number[][];
  confLevel: number;
  kappa: number;
  se: number;
  confInt: [number, number];
  n: number;
  observedAgreement: number;
  expectedAgreement: number;
}
interface EffectSizes {
  cohensH: { p1: number; p2: number; h: number }[];
  woolf: {
    table: [[number, number], [number, number]];
    confLevel: number;
    estimate: number;
    confInt: [number, number];
  }[];
}

const effects = loadRFixture<never>('effect-sizes').cases as unknown as EffectSizes;

describe('cohensKappa matches vcd::Kappa and its confint', () => {
  for (const c of loadRFixture<KappaCase>('cohens-kappa').cases) {
    it(`${JSON.stringify(c.table)} confLevel=${c.confLevel}`, () => {
      const r = cohensKappa(c.table, { confLevel: c.confLevel });
      expectCloseToR(r.kappa, c.kappa, 'kappa');
      expectCloseToR(r.se, c.se, 'se');
      expectCloseToR(r.confInt[0], c.confInt[0], 'lower');
      expectCloseToR(r.confInt[1], c.confInt[1], 'upper');
      expect(r.n).toBe(c.n);
      expectCloseToR(r.observedAgreement, c.observedAgreement, 'po');
      expectCloseToR(r.expectedAgreement, c.expectedAgreement, 'pe');
    });
  }

  it('rejects non-square, empty or degenerate tables', () => {
    expect(() =>
      cohensKappa([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table must be square (k × k), got 2 rows and 3 columns]`,
    );
    expect(() =>
      cohensKappa([
        [0, 0],
        [0, 0],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table must contain at least one rating, got total 0]`,
    );
    expect(() =>
      cohensKappa([
        [9, 0],
        [0, 0],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: chance agreement is 1 (every rating in one category), so kappa is undefined]`,
    );
    expect(() =>
      cohensKappa(
        [
          [9, 1],
          [1, 9],
        ],
        { confLevel: -0.5 },
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: confLevel must be between 0 and 1 (exclusive), got -0.5]`,
    );
  });
});

describe('cohensH', () => {
  for (const c of effects.cohensH) {
    it(`h(${c.p1}, ${c.p2}) = 2 asin √p1 − 2 asin √p2`, () => {
      expectCloseToR(cohensH(c.p1, c.p2), c.h, 'h');
    });
  }

  it('rejects values outside [0, 1]', () => {
    expect(() => cohensH(1.2, 0.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: p1 must be between 0 and 1, got 1.2]`,
    );
    expect(() => cohensH(0.5, NaN)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: p2 must be between 0 and 1, got NaN]`,
    );
  });
});

describe("oddsRatio with Woolf's interval matches exp(log OR ± z·SE) in R", () => {
  for (const c of effects.woolf) {
    it(`${JSON.stringify(c.table)} confLevel=${c.confLevel}`, () => {
      const r = oddsRatio(c.table, { confLevel: c.confLevel });
      expect(r.method).toBe('woolf');
      expectCloseToR(r.estimate, c.estimate, 'estimate');
      expectCloseToR(r.confInt[0], c.confInt[0], 'lower');
      expectCloseToR(r.confInt[1], c.confInt[1], 'upper');
    });
  }

  it('rejects a zero cell for Woolf and an unknown method', () => {
    expect(() =>
      oddsRatio([
        [0, 5],
        [3, 4],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table has a zero cell ([[0, 5], [3, 4]]), so Woolf's interval is undefined; use method: 'conditional']`,
    );
    expect(() =>
      oddsRatio(
        [
          [1, 5],
          [3, 4],
        ],
        { method: 'exact' as 'woolf' },
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: method must be one of 'woolf', 'conditional', got "exact"]`,
    );
  });
});
