import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mannWhitneyTest, type Alternative } from 'sos-eval/stats';
import { expectCloseToR, expectRWarnings, loadRFixture } from '../_support/r-fixtures.js';

const UNDEFINED_P =
  'every value is tied (or zero), so the normal approximation has zero variance and the p-value is undefined (NaN, as in R)';

interface Case {
  name: string;
  x: (number | null)[];
  y: (number | null)[];
  alternative: Alternative;
  mu: number;
  exact: boolean | null;
  correct: boolean;
  method: string;
  statistic: number;
  p_value: number;
  exact_used: boolean;
  warnings: string[];
}

const fixture = loadRFixture<Case>('mann-whitney');

describe('mannWhitneyTest matches R wilcox.test(x, y)', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = mannWhitneyTest(c.x, c.y, {
      alternative: c.alternative,
      mu: c.mu,
      correct: c.correct,
      ...(c.exact === null ? {} : { exact: c.exact }),
    });
    expect(r.method).toBe(c.method);
    expect(r.exact).toBe(c.exact_used);
    expectCloseToR(r.statistic, c.statistic, 'W');
    expectCloseToR(r.pValue, c.p_value, 'p-value');
    expectRWarnings(r.warning, c.warnings, Number.isNaN(r.pValue) ? [UNDEFINED_P] : []);
    if (Number.isNaN(r.pValue)) expect(r.warning).toContain(UNDEFINED_P);
  });
});

describe('mannWhitneyTest bookkeeping', () => {
  it('counts missing values and ties', () => {
    // Pooled 1, 2, 2, 3 → ranks 1, 2.5, 2.5, 4; x = {2, 3} has rank sum 6.5, W = 6.5 − 3 = 3.5.
    const r = mannWhitneyTest([2, 3, null], [1, 2, NaN, NaN]);
    expect([r.statistic, r.nX, r.nY, r.nMissing, r.ties, r.exact]).toEqual([
      3.5,
      2,
      2,
      3,
      true,
      false,
    ]);
  });

  it('gives the exact p-value of a small complete separation by hand', () => {
    // x all above y with sizes 2 and 3: W = 6 is 1 of C(5, 2) = 10 arrangements.
    expect(mannWhitneyTest([8, 9], [1, 2, 3], { alternative: 'greater' }).pValue).toBeCloseTo(
      1 / 10,
      15,
    );
    expect(mannWhitneyTest([8, 9], [1, 2, 3], { alternative: 'less' }).pValue).toBe(1);
  });

  it('rejects empty samples and non-arrays', () => {
    expect(() => mannWhitneyTest([], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x must have at least 1 non-missing value, got 0 (from an array of length 0)]`,
    );
    expect(() => mannWhitneyTest([1], [NaN])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: y must have at least 1 non-missing value, got 0 (from an array of length 1)]`,
    );
    expect(() => mannWhitneyTest([1], 3 as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: y must be an array, got 3]`,
    );
    expect(() =>
      mannWhitneyTest([1], [2], { correct: 'yes' as never }),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: correct must be true or false, got "yes"]`);
  });
});

const sample = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 25 });

describe('mannWhitneyTest laws', () => {
  test.prop([sample, sample])(
    'swapping x and y gives W′ = n₁n₂ − W and the same two-sided p',
    (x, y) => {
      const a = mannWhitneyTest(x, y);
      const b = mannWhitneyTest(y, x);
      expect(b.statistic).toBe(x.length * y.length - a.statistic);
      // When every value ties, both p-values are NaN (zero variance), as R's are.
      if (Number.isNaN(a.pValue)) expect(b.pValue).toBeNaN();
      else expect(Math.abs(b.pValue - a.pValue)).toBeLessThanOrEqual(1e-12);
    },
  );

  test.prop([
    fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 40 }),
    fc.integer({ min: 1, max: 39 }),
  ])(
    'exact one-sided p-values are probabilities and overlap by at least P(W = w)',
    (values, cut) => {
      const k = Math.min(cut, values.length - 1);
      const x = values.slice(0, k);
      const y = values.slice(k);
      const less = mannWhitneyTest(x, y, { alternative: 'less' }).pValue;
      const greater = mannWhitneyTest(x, y, { alternative: 'greater' }).pValue;
      expect(less).toBeLessThanOrEqual(1 + 1e-12);
      expect(greater).toBeGreaterThan(0);
      expect(less + greater).toBeGreaterThanOrEqual(1 - 1e-12);
    },
  );
});

// Issue 13: an explicit exact: true on large samples ran for minutes (the exact rank-sum
// recursion costs m · n · mn/2 steps: 1,000 values each is 5 × 10¹¹). It is refused, naming exact;
// the limit 4 × 10⁸ steps lies between 150 each (2.5 × 10⁸, allowed) and 170 each (4.2 × 10⁸).
describe('mannWhitneyTest work bound', () => {
  const spread = (n: number, shift: number) => Array.from({ length: n }, (_, i) => i * 2 + shift);
  it('refuses an exact distribution that would take minutes, naming exact', () => {
    expect(() => mannWhitneyTest(spread(1000, 0), spread(1000, 1), { exact: true })).toThrow(
      /^exact: the exact rank-sum distribution of 1000 and 1000 values would take minutes/,
    );
    expect(() => mannWhitneyTest(spread(170, 0), spread(170, 1), { exact: true })).toThrow(
      /^exact: /,
    );
    // The normal approximation answers at once, and the default never asks for exact at this size.
    expect(mannWhitneyTest(spread(1000, 0), spread(1000, 1)).exact).toBe(false);
  });
});
