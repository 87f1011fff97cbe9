import { describe, expect, it } from 'vitest';
import { kruskalWallisTest } from 'sos-eval/stats';
import { expectCloseToR, expectRWarnings, loadRFixture } from '../_support/r-fixtures.js';

interface Case {
  name: string;
  groups: (number | null)[][];
  method: string;
  statistic: number;
  df: number;
  p_value: number;
  warnings: string[];
}

const fixture = loadRFixture<Case>('kruskal-wallis');

describe('kruskalWallisTest matches R kruskal.test(list)', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = kruskalWallisTest(c.groups);
    expect(r.method).toBe(c.method);
    expect(r.df).toBe(c.df);
    expectCloseToR(r.statistic, c.statistic, 'H');
    expectCloseToR(r.pValue, c.p_value, 'p-value');
    const allTied = 'every value is tied, so the statistic and p-value are undefined (NaN)';
    expectRWarnings(r.warning, c.warnings, Number.isNaN(r.statistic) ? [allTied] : []);
    if (Number.isNaN(r.statistic)) expect(r.warning).toBe(allTied);
  });
});

describe('kruskalWallisTest', () => {
  it('computes H by hand for separated groups', () => {
    // Ranks 1–2, 3–4, 5–6: Σ Rᵢ²/nᵢ = (3² + 7² + 11²)/2 = 89.5; H = 12 × 89.5/(6 × 7) − 3 × 7 = 32/7.
    const r = kruskalWallisTest([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(r.statistic).toBeCloseTo(32 / 7, 14);
    // χ²(2) upper tail is exp(−H/2).
    expect(r.pValue).toBeCloseTo(Math.exp(-16 / 7), 14);
  });

  it('reports group sizes and missing values, frozen', () => {
    const r = kruskalWallisTest([[1, null, 3], [NaN, 5], [2]]);
    expect([r.n, r.nMissing]).toEqual([[2, 1, 1], 2]);
    expect(Object.isFrozen(r) && Object.isFrozen(r.n)).toBe(true);
  });

  it('rejects fewer than two groups, empty groups and non-arrays', () => {
    expect(() => kruskalWallisTest([[1, 2, 3]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: groups must hold at least 2 samples, got 1]`,
    );
    expect(() => kruskalWallisTest([[1, 2], [NaN]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: groups[1] must have at least 1 non-missing value, got 0 (from an array of length 1)]`,
    );
    expect(() => kruskalWallisTest([[1, 2], 'abc' as never])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: groups[1] must be an array, got "abc"]`,
    );
    expect(() => kruskalWallisTest({} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: groups must be an array, got object]`,
    );
  });
});
