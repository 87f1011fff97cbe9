import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { wilcoxonSignedRankTest, type Alternative } from 'sos-eval/stats';
import { expectCloseToR, expectRWarnings, loadRFixture } from '../_support/r-fixtures.js';

const UNDEFINED_P =
  'every value is tied (or zero), so the normal approximation has zero variance and the p-value is undefined (NaN, as in R)';

interface Case {
  name: string;
  x: (number | null)[];
  y: (number | null)[] | null;
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

const fixture = loadRFixture<Case>('wilcoxon-signed-rank');

describe('wilcoxonSignedRankTest matches R wilcox.test(paired = TRUE)', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = wilcoxonSignedRankTest(c.x, c.y ?? undefined, {
      alternative: c.alternative,
      mu: c.mu,
      correct: c.correct,
      ...(c.exact === null ? {} : { exact: c.exact }),
    });
    expect(r.method).toBe(c.method);
    expect(r.exact).toBe(c.exact_used);
    expect(r.alternative).toBe(c.alternative);
    expectCloseToR(r.statistic, c.statistic, 'V');
    expectCloseToR(r.pValue, c.p_value, 'p-value');
    expectRWarnings(r.warning, c.warnings, Number.isNaN(r.pValue) ? [UNDEFINED_P] : []);
    if (Number.isNaN(r.pValue)) expect(r.warning).toContain(UNDEFINED_P);
  });

  it('covers p-values far below 1e-15 and forced exact distributions', () => {
    expect(
      Math.min(...fixture.cases.map((c) => c.p_value).filter((p) => !Number.isNaN(p))),
    ).toBeLessThan(1e-100);
    expect(fixture.cases.some((c) => c.exact === true && c.x.length >= 60)).toBe(true);
  });
});

describe('wilcoxonSignedRankTest bookkeeping', () => {
  it('reports zeros, ties and missing pairs', () => {
    // Differences 2, 0, 2, 0, 2, 0, 3, 2, −1 (the NaN pair is dropped): three zeros, |d| = 2 tied.
    const r = wilcoxonSignedRankTest(
      [7, 5, 8, 6, 9, 4, 7, 8, 1, NaN],
      [5, 5, 6, 6, 7, 4, 4, 6, 2, 3],
    );
    expect([r.n, r.zeros, r.ties, r.nMissing, r.exact]).toEqual([6, 3, true, 1, false]);
    // Ranks of |d| = 2, 2, 2, 3, 2, 1: the four 2s share ranks 2–5 (mean 3.5), 3 is rank 6, 1 is rank 1.
    // V = 4 × 3.5 + 6 = 20.
    expect(r.statistic).toBe(20);
  });

  it('gives the exact p-value of the smallest sample by hand', () => {
    // n = 3, all differences positive: V = 6, and only 1 of the 2³ sign patterns reaches 6.
    // R multiplies the count by exp(−3 ln 2) = 0.12500000000000003 (psignrank(5, 3, FALSE) in R),
    // and so do we, so the match is to the last digit or two, not exact.
    expect(
      wilcoxonSignedRankTest([1, 2, 3], undefined, { alternative: 'greater' }).pValue,
    ).toBeCloseTo(1 / 8, 15);
    // Two-sided: 2 × 1/8.
    expect(wilcoxonSignedRankTest([1, 2, 3]).pValue).toBeCloseTo(2 / 8, 15);
  });

  it('returns a frozen result and leaves its inputs alone', () => {
    const x = Object.freeze([3, 5, 1]);
    const y = Object.freeze([1, 1, 2]);
    const r = wilcoxonSignedRankTest(x, y);
    expect(Object.isFrozen(r)).toBe(true);
    expect(x).toEqual([3, 5, 1]);
  });

  it('returns NaN when every difference equals mu, as R does', () => {
    expect(wilcoxonSignedRankTest([1, 2], [1, 2]).pValue).toBeNaN();
  });
});

describe('wilcoxonSignedRankTest arguments', () => {
  it('rejects unequal lengths', () => {
    expect(() => wilcoxonSignedRankTest([1, 2, 3], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x and y must have the same length for paired data, got 3 and 2]`,
    );
  });
  it('rejects a sample with nothing left', () => {
    expect(() => wilcoxonSignedRankTest([NaN, null], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x and y must have at least 1 complete pair, got 0 (from an array of length 2)]`,
    );
  });
  it('rejects a non-array', () => {
    expect(() => wilcoxonSignedRankTest('1,2,3' as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: x must be an array, got "1,2,3"]`,
    );
  });
  it('rejects a non-number element', () => {
    expect(() => wilcoxonSignedRankTest([1, '2' as never])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: x[1] must be a number or null, got "2"]`,
    );
  });
  it('rejects bad options', () => {
    expect(() =>
      wilcoxonSignedRankTest([1, 2], undefined, { alternative: 'two-sided' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: alternative must be one of 'two.sided', 'less', 'greater', got "two-sided"]`,
    );
    expect(() =>
      wilcoxonSignedRankTest([1, 2], undefined, { mu: NaN }),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: mu must be a finite number, got NaN]`);
    expect(() =>
      wilcoxonSignedRankTest([1, 2], undefined, { exact: 1 as never }),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: exact must be true or false, got 1]`);
  });
});

const distinctPairs = fc
  .uniqueArray(
    fc.integer({ min: -400, max: 400 }).filter((d) => d !== 0),
    {
      minLength: 1,
      maxLength: 30,
      selector: (d) => Math.abs(d),
    },
  )
  .chain((d) =>
    fc.tuple(
      fc.constant(d),
      fc.array(fc.integer({ min: -50, max: 50 }), { minLength: d.length, maxLength: d.length }),
    ),
  );

describe('wilcoxonSignedRankTest laws', () => {
  test.prop([distinctPairs])(
    'swapping x and y keeps the two-sided p and gives V′ = n(n+1)/2 − V',
    ([d, y]) => {
      const x = y.map((v, i) => v + (d[i] as number));
      const a = wilcoxonSignedRankTest(x, y);
      const b = wilcoxonSignedRankTest(y, x);
      const n = d.length;
      expect(b.statistic).toBe((n * (n + 1)) / 2 - a.statistic);
      expect(Math.abs(b.pValue - a.pValue)).toBeLessThanOrEqual(1e-15 * Math.max(1, a.pValue));
    },
  );

  test.prop([distinctPairs])(
    'one-sided p-values of opposite alternatives overlap by exactly P(V = v)',
    ([d, y]) => {
      const x = y.map((v, i) => v + (d[i] as number));
      const less = wilcoxonSignedRankTest(x, y, { alternative: 'less' }).pValue;
      const greater = wilcoxonSignedRankTest(x, y, { alternative: 'greater' }).pValue;
      // P(V ≤ v) + P(V ≥ v) = 1 + P(V = v) ≥ 1.
      expect(less + greater).toBeGreaterThanOrEqual(1 - 1e-12);
    },
  );
});

// Issue 13: the exact signed-rank recursion costs n · n(n + 1)/4 steps; the limit 2.5 × 10⁹ lies
// between 2,100 differences (2.3 × 10⁹, allowed) and 2,200 (2.7 × 10⁹, refused, naming exact).
describe('wilcoxonSignedRankTest work bound', () => {
  const distinct = (n: number) =>
    Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : -1) * (i + 1));
  it('refuses an exact distribution that would take minutes, naming exact', () => {
    expect(() => wilcoxonSignedRankTest(distinct(2200), null, { exact: true })).toThrow(
      /^exact: the exact signed-rank distribution of 2200 differences would take minutes/,
    );
    expect(wilcoxonSignedRankTest(distinct(2200), null).exact).toBe(false);
  });
});
