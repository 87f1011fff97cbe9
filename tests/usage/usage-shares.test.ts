import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SOS_2017 } from 'sos-eval/reference';
import { tallyRows, tallyUsage, usageShares, usageTallyFromCounts } from 'sos-eval/usage';
import { groupingsOf, levelCountsArb, studyResponsesArb } from './arbitraries.js';
import { FIVE_LEVELS } from './five-level-study.js';

const study = SOS_2017;

// Wilson limits below are R's: prop.test(x, n, correct = FALSE, conf.level)$conf.int * 100.
const closeTo = (got: number | null, want: number) => {
  expect(got).not.toBeNull();
  expect(got!).toBeCloseTo(want, 10);
};

describe('usageShares', () => {
  it('rounds by largest remainder and gives each share a Wilson interval (R prop.test)', () => {
    // Safety planning, slide 14: 69 / 93 / 3 of 165 → 41.8 / 56.4 / 1.8% → 42 / 56 / 2.
    const tally = usageTallyFromCounts(
      [{ group: 'overall', tool: 'safety-planning', all: 69, some: 93, none: 3, missing: 5 }],
      { study, by: 'overall' },
    );
    const rows = usageShares(tally, { study });
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
    const tally = usageTallyFromCounts(
      [{ group: 'g', tool: 'mapping', all: 1, some: 1, none: 1 }],
      { study },
    );
    // 33.333…% each at two decimals: 33.33 × 3 = 99.99, the one unit goes to 'all' (tie → first).
    expect(usageShares(tally, { study, decimals: 2 }).map((r) => r.percent)).toEqual([
      33.34, 33.33, 33.33,
    ]);
    // R: prop.test(1, 3, correct = FALSE) → 6.1491944720396292 79.234039919795237
    closeTo(usageShares(tally, { study })[0]!.lower, 6.1491944720396292);
    closeTo(usageShares(tally, { study })[0]!.upper, 79.234039919795237);
    const ninety = usageTallyFromCounts(
      [{ group: 'g', tool: 'mapping', all: 2, some: 1, none: 0 }],
      { study },
    );
    // R: prop.test(2, 3, correct = FALSE, conf.level = 0.9) → 25.353386828122421 92.173427366627152
    closeTo(usageShares(ninety, { study, confLevel: 0.9 })[0]!.lower, 25.353386828122421);
    closeTo(usageShares(ninety, { study, confLevel: 0.9 })[0]!.upper, 92.173427366627152);
  });

  it('gives null shares where nobody answered, and keeps the missing count', () => {
    const tally = usageTallyFromCounts(
      [{ group: 'g', tool: 'scaling', all: 0, some: 0, none: 0, missing: 165 }],
      { study },
    );
    expect(usageShares(tally, { study })).toEqual(
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
      const tally = usageTallyFromCounts([{ group: 'g', tool: 'mapping', all, some, none }], {
        study,
      });
      const scale = 10 ** decimals;
      const units = usageShares(tally, { study, decimals }).map((r) =>
        Math.round(r.percent! * scale),
      );
      expect(units.reduce((a, b) => a + b, 0)).toBe(100 * scale);
    },
  );

  test.prop([levelCountsArb])('each interval contains its share', ([all, some, none]) => {
    const tally = usageTallyFromCounts([{ group: 'g', tool: 'mapping', all, some, none }], {
      study,
    });
    for (const row of usageShares(tally, { study, decimals: 2 })) {
      const exact = (100 * row.count) / row.n;
      expect(row.lower!).toBeLessThanOrEqual(exact + 1e-9);
      expect(row.upper!).toBeGreaterThanOrEqual(exact - 1e-9);
    }
  });

  it('gives one row per level of a five-level scale, adding up to 100, ties to more use', () => {
    const tally = usageTallyFromCounts(
      [
        {
          group: 'early',
          tool: 'wizards-and-fairies',
          always: 1,
          often: 2,
          sometimes: 2,
          rarely: 1,
          never: 0,
          missing: 4,
        },
      ],
      { study: FIVE_LEVELS, by: 'adoption' },
    );
    const rows = usageShares(tally, { study: FIVE_LEVELS });
    // 1, 2, 2, 1, 0 of 6: 16.67, 33.33, 33.33, 16.67, 0 → floors 16 + 33 + 33 + 16 = 98; the two
    // units go to the largest remainders (2/3 for the 1s) → 17, 33, 33, 17, 0.
    expect(rows.map((r) => [r.group, r.tool, r.level, r.count, r.n, r.missing, r.percent])).toEqual(
      [
        ['early', 'wizards-and-fairies', 'always', 1, 6, 4, 17],
        ['early', 'wizards-and-fairies', 'often', 2, 6, 4, 33],
        ['early', 'wizards-and-fairies', 'sometimes', 2, 6, 4, 33],
        ['early', 'wizards-and-fairies', 'rarely', 1, 6, 4, 17],
        ['early', 'wizards-and-fairies', 'never', 0, 6, 4, 0],
      ],
    );
    // R: prop.test(2, 6, correct = FALSE)$conf.int * 100 → 9.6771411105780452 70.000668486160805
    closeTo(rows[1]!.lower, 9.6771411105780452);
    closeTo(rows[1]!.upper, 70.000668486160805);
  });

  test.prop([studyResponsesArb(40), fc.nat(), fc.integer({ min: 0, max: 2 })])(
    'for any study, each group × tool with answers sums to exactly 100, one row per level in order',
    ({ study: s, responses }, pick, decimals) => {
      const ways = groupingsOf(s);
      const tally = tallyUsage(responses, { study: s, by: ways[pick % ways.length] as never });
      const rows = usageShares(tally, { study: s, decimals });
      const cells = tallyRows(tally, { study: s });
      expect(rows).toHaveLength(cells.length * s.usageLevels.length);
      const scale = 10 ** decimals;
      cells.forEach((cell, k) => {
        const mine = rows.slice(k * s.usageLevels.length, (k + 1) * s.usageLevels.length);
        expect(mine.map((r) => [r.group, r.tool, r.level])).toEqual(
          s.ids.usageLevels.map((l) => [cell.group, cell.tool, l]),
        );
        if (cell.n === 0) {
          expect(mine.every((r) => r.percent === null)).toBe(true);
        } else {
          const units = mine.map((r) => Math.round(r.percent! * scale));
          expect(units.reduce((a, b) => a + b, 0)).toBe(100 * scale);
          expect(mine.reduce((a, r) => a + r.count, 0)).toBe(cell.n);
        }
      });
    },
  );

  it('rejects broken arguments, naming them', () => {
    const tally = usageTallyFromCounts([], { study });
    expect(() => usageShares(tally, { study, decimals: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: decimals must be a whole number from 0 to 10, got -1]`,
    );
    expect(() => usageShares(tally, { study, confLevel: 1.5 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.confLevel must be between 0 and 1 (exclusive), got 1.5]`,
    );
    expect(() => usageShares({} as never, { study })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: tally must be a UsageTally ({ by, groups, issues }), got object]`,
    );
    expect(() => usageShares(tally, undefined as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.study must be a study made by defineStudy (sos-eval/models), got undefined]`,
    );
    // A tally of the five-level study read as a 2017 one: its levels are not 2017's.
    const five = usageTallyFromCounts(
      [{ group: 'g', tool: 'mapping', always: 1, often: 0, sometimes: 0, rarely: 0, never: 0 }],
      { study: FIVE_LEVELS },
    );
    expect(() => usageShares(five, { study })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tally.groups["g"].mapping: "always" is not a usage level of study "sos-2017" (all, some, none); use tallies with the study they were made for]`,
    );
  });
});
