import { describe, expect, it } from 'vitest';
import { formatImpact, matchComparisons } from 'sos-eval/impact';

// Two adopters (A, B) and four candidates; one indicator, pre-period 2015–2017.
const levels: Record<string, number> = { A: 10, B: 20, C: 11, D: 19, E: 30, F: 40 };
const slopes: Record<string, number> = { A: 1, B: 1, C: 1, D: 1, E: 2, F: 0 };
const rows = Object.keys(levels).flatMap((la) =>
  [2015, 2016, 2017, 2018].map((year) => ({
    la,
    year,
    adopter: la === 'A' || la === 'B',
    // Centred on 2016, so the pre-period mean is the level.
    rate: levels[la]! + slopes[la]! * (year - 2016),
  })),
);
const options = {
  unit: 'la',
  time: 'year',
  treated: 'adopter',
  indicators: ['rate'],
  before: 2018,
} as const;

describe('matchComparisons', () => {
  it('matches on standardised levels and trends and reports balance', () => {
    const m = matchComparisons(rows, options);
    expect(m.matches.map((s) => [s.unit, s.comparisons.map((c) => c.unit)])).toEqual([
      ['A', ['C']],
      ['B', ['D']],
    ]);
    expect(m.comparisonUnits).toEqual(['C', 'D']);
    expect(m.weights).toEqual([
      { unit: 'C', weight: 1 },
      { unit: 'D', weight: 1 },
    ]);
    const [level, trend] = m.balance;
    // Levels: treated 10, 20 (mean 15, variance 50); pool 11, 19, 30, 40 (mean 25, variance
    // (14² + 6² + 5² + 15²) / 3 = 482 / 3); s = √((50 + 482/3) / 2); matched C, D: mean 15.
    const s = Math.sqrt((50 + 482 / 3) / 2);
    expect(level!.feature).toBe('rate level');
    expect(level!.meanTreated).toBeCloseTo(15, 12);
    expect(level!.meanControlBefore).toBeCloseTo(25, 12);
    expect(level!.smdBefore).toBeCloseTo(-10 / s, 12);
    expect(level!.meanControlAfter).toBeCloseTo(15, 12);
    expect(level!.smdAfter).toBeCloseTo(0, 12);
    // Trends: treated 1, 1; pool 1, 1, 2, 0 (mean 1): equal means before and after.
    expect(trend!.feature).toBe('rate trend');
    expect(trend!.smdBefore).toBeCloseTo(0, 12);
    expect(trend!.smdAfter).toBeCloseTo(0, 12);
  });

  it('uses a comparison once without replacement, and k per adopter', () => {
    const near = { ...levels, B: 11.5 };
    const r2 = rows.map((r) => ({ ...r, rate: r.la === 'B' ? near.B + r.year - 2016 : r.rate }));
    const withReplacement = matchComparisons(r2, { ...options, trends: false });
    expect(withReplacement.matches.map((s) => s.comparisons[0]!.unit)).toEqual(['C', 'C']);
    expect(withReplacement.weights).toEqual([{ unit: 'C', weight: 2 }]);
    const without = matchComparisons(r2, { ...options, trends: false, replace: false });
    expect(without.matches.map((s) => s.comparisons[0]!.unit)).toEqual(['C', 'D']);
    const two = matchComparisons(rows, { ...options, k: 2 });
    expect(two.matches.every((s) => s.comparisons.length === 2)).toBe(true);
    expect(two.weights.reduce((a, w) => a + w.weight, 0)).toBe(2);
  });

  it('refuses impossible requests, naming the option', () => {
    expect(() => matchComparisons(rows, { ...options, treated: () => false })).toThrow(
      /no treated units/,
    );
    expect(() => matchComparisons(rows, { ...options, treated: () => true })).toThrow(
      /no untreated units/,
    );
    expect(() => matchComparisons(rows, { ...options, k: 3, replace: false })).toThrow(
      /options.replace/,
    );
    expect(() => matchComparisons(rows, { ...options, before: 2010 })).toThrow(/options.before/);
    expect(() => matchComparisons(rows, { ...options, indicators: [] })).toThrow(TypeError);
  });

  it('prints the matches and the balance table', () => {
    const text = formatImpact(matchComparisons(rows, options));
    expect(text).toMatch(/A\s+C\nB\s+D/);
    expect(text).toMatch(/rate level\s+15\s+25\s+15\s+-0\.9744\s+0/);
  });
});
