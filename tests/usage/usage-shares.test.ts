import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { usageShares, usageTallyFromCounts } from 'sos-eval/usage';
import { levelCountsArb } from './arbitraries.js';

// Wilson limits below are R's: prop.test(x, n, correct = FALSE, conf.level)$conf.int * 100.
const closeTo = (got: number | null, want: number) => {
  expect(got).not.toBeNull();
  expect(got!).toBeCloseTo(want, 10);
};

describe('usageShares', () => {
  it('rounds by largest remainder and gives each share a Wilson interval (R prop.test)', () => {
    // Safety planning, slide 14: 69 / 93 / 3 of 165 → 41.8 / 56.4 / 1.8% → 42 / 56 / 2.
    const tally = usageTallyFromCounts([
      { group: 'overall', tool: 'safety-planning', all: 69, some: 93, none: 3, missing: 5 },
    ]);
    const rows = usageShares(tally);
    expect(rows.map(({ lower: _l, upper: _u, ...rest }) => rest)).toEqual([
      {
        group: 'overall',
        tool: 'safety-planning',
        level: 'all',
        count: 69,
        n: 165,
        missing: 5,
        percent: 42,
      },
      {
        group: 'overall',
        tool: 'safety-planning',
        level: 'some',
        count: 93,
        n: 165,
        missing: 5,
        percent: 56,
      },
      {
        group: 'overall',
        tool: 'safety-planning',
        level: 'none',
        count: 3,
        n: 165,
        missing: 5,
        percent: 2,
      },
    ]);
    // R: prop.test(69, 165, correct = FALSE) → 34.561802528487611 49.446864425359664
    closeTo(rows[0]!.lower, 34.561802528487611);
    closeTo(rows[0]!.upper, 49.446864425359664);
    // R: prop.test(93, 165, correct = FALSE) → 48.736921548244453 63.700781932096554
    closeTo(rows[1]!.lower, 48.736921548244453);
    closeTo(rows[1]!.upper, 63.700781932096554);
    // R: prop.test(3, 165, correct = FALSE) → 0.62024105495363546 5.20857545103588837
    closeTo(rows[2]!.lower, 0.62024105495363546);
    closeTo(rows[2]!.upper, 5.20857545103588837);
  });

  it('honours decimals and confLevel', () => {
    const tally = usageTallyFromCounts([{ group: 'g', tool: 'mapping', all: 1, some: 1, none: 1 }]);
    // 33.333…% each at two decimals: 33.33 × 3 = 99.99, the one unit goes to 'all' (tie → first).
    expect(usageShares(tally, { decimals: 2 }).map((r) => r.percent)).toEqual([
      33.34, 33.33, 33.33,
    ]);
    // R: prop.test(1, 3, correct = FALSE) → 6.1491944720396292 79.234039919795237
    closeTo(usageShares(tally)[0]!.lower, 6.1491944720396292);
    closeTo(usageShares(tally)[0]!.upper, 79.234039919795237);
    const ninety = usageTallyFromCounts([
      { group: 'g', tool: 'mapping', all: 2, some: 1, none: 0 },
    ]);
    // R: prop.test(2, 3, correct = FALSE, conf.level = 0.9) → 25.353386828122421 92.173427366627152
    closeTo(usageShares(ninety, { confLevel: 0.9 })[0]!.lower, 25.353386828122421);
    closeTo(usageShares(ninety, { confLevel: 0.9 })[0]!.upper, 92.173427366627152);
  });

  it('gives null shares where nobody answered, and keeps the missing count', () => {
    const tally = usageTallyFromCounts([
      { group: 'g', tool: 'scaling', all: 0, some: 0, none: 0, missing: 165 },
    ]);
    expect(usageShares(tally)).toEqual(
      ['all', 'some', 'none'].map((level) => ({
        group: 'g',
        tool: 'scaling',
        level,
        count: 0,
        n: 0,
        missing: 165,
        percent: null,
        lower: null,
        upper: null,
      })),
    );
  });

  test.prop([levelCountsArb, fc.integer({ min: 0, max: 2 })])(
    'each group × tool sums to exactly 100 at any decimals 0–2',
    ([all, some, none], decimals) => {
      const tally = usageTallyFromCounts([{ group: 'g', tool: 'mapping', all, some, none }]);
      const scale = 10 ** decimals;
      const units = usageShares(tally, { decimals }).map((r) => Math.round(r.percent! * scale));
      expect(units.reduce((a, b) => a + b, 0)).toBe(100 * scale);
    },
  );

  test.prop([levelCountsArb])('each interval contains its share', ([all, some, none]) => {
    const tally = usageTallyFromCounts([{ group: 'g', tool: 'mapping', all, some, none }]);
    for (const row of usageShares(tally, { decimals: 2 })) {
      const exact = (100 * row.count) / row.n;
      expect(row.lower!).toBeLessThanOrEqual(exact + 1e-9);
      expect(row.upper!).toBeGreaterThanOrEqual(exact - 1e-9);
    }
  });

  it('rejects broken arguments, naming them', () => {
    const tally = usageTallyFromCounts([]);
    expect(() => usageShares(tally, { decimals: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: decimals must be a whole number from 0 to 10, got -1]`,
    );
    expect(() => usageShares(tally, { confLevel: 1.5 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.confLevel must be between 0 and 1 (exclusive), got 1.5]`,
    );
    expect(() => usageShares({} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: tally must be a UsageTally ({ groups, issues }), got object]`,
    );
  });
});
