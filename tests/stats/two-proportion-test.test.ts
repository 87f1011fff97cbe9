import { describe, expect, it } from 'vitest';
import { type Alternative, twoProportionTest } from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface Case {
  x1: number;
  n1: number;
  x2: number;
  n2: number;
  correct: boolean;
  alternative: Alternative;
  confLevel: number;
  method: string;
  statistic: number;
  df: number;
  pValue: number;
  estimate: [number, number];
  confInt: [number, number];
  warned: boolean;
}

describe('twoProportionTest matches prop.test(c(x1, x2), c(n1, n2))', () => {
  for (const c of loadRFixture<Case>('prop-test').cases) {
    it(`${c.x1}/${c.n1} vs ${c.x2}/${c.n2} ${c.alternative} correct=${c.correct} confLevel=${c.confLevel}`, () => {
      const r = twoProportionTest(c.x1, c.n1, c.x2, c.n2, {
        correct: c.correct,
        alternative: c.alternative,
        confLevel: c.confLevel,
      });
      expect(r.method).toBe(c.method);
      expect(r.alternative).toBe(c.alternative);
      expectCloseToR(r.statistic, c.statistic, 'statistic');
      expect(r.df).toBe(c.df);
      expectCloseToR(r.pValue, c.pValue, 'pValue');
      expectCloseToR(r.estimate[0], c.estimate[0], 'p1');
      expectCloseToR(r.estimate[1], c.estimate[1], 'p2');
      expectCloseToR(r.confInt[0], c.confInt[0], 'lower');
      expectCloseToR(r.confInt[1], c.confInt[1], 'upper');
      expect(r.warning).toBe(c.warned ? 'Chi-squared approximation may be incorrect' : undefined);
      expect(Object.isFrozen(r)).toBe(true);
    });
  }

  it('keeps relative precision for a p-value near 1e-19', () => {
    // R: prop.test(c(600, 400), c(1000, 1000))$p.value = 5.607329e-19
    const r = twoProportionTest(600, 1000, 400, 1000);
    expect(Math.abs(r.pValue - 5.607329e-19) / 5.607329e-19).toBeLessThan(1e-6);
  });

  it("gives R's NaN statistic, and its interval, when the pooled proportion is 0 or 1", () => {
    // R: prop.test(c(0, 0), c(10, 20)) and prop.test(c(10, 20), c(10, 20)): X-squared = NaN,
    // p-value = NaN, conf.int 0 0 (two.sided), -1 0 (less), 0 1 (greater); Yates' correction is
    // capped at |p1 - p2| / (1/n1 + 1/n2) = 0, so the method says "without".
    for (const [x1, x2] of [
      [0, 0],
      [10, 20],
    ] as const) {
      const intervals = { 'two.sided': [0, 0], less: [-1, 0], greater: [0, 1] } as const;
      for (const alternative of ['two.sided', 'less', 'greater'] as const) {
        const r = twoProportionTest(x1, 10, x2, 20, { alternative });
        expect(r.statistic).toBeNaN();
        expect(r.pValue).toBeNaN();
        expect(r.confInt).toEqual(intervals[alternative]);
        expect(r.method).toBe(
          '2-sample test for equality of proportions without continuity correction',
        );
        expect(r.warning).toMatch(/^Chi-squared approximation may be incorrect; x1 \+ x2 = /);
      }
    }
  });

  it('rejects broken arguments', () => {
    expect(() => twoProportionTest(3, 10, 21, 20)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x2 must be at most n2 (20), got 21]`,
    );
    expect(() =>
      twoProportionTest(3, 10, 2, 20, { alternative: 'two-sided' as Alternative }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: alternative must be one of 'two.sided', 'less', 'greater', got "two-sided"]`,
    );
    expect(() =>
      twoProportionTest(3, 10, 2, 20, { confLevel: NaN }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: confLevel must be between 0 and 1 (exclusive), got NaN]`,
    );
  });
});
