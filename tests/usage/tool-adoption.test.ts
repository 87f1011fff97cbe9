import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SOS_2017 } from 'sos-eval/reference';
import { tallyRows, tallyUsage, toolAdoption, usageTallyFromCounts } from 'sos-eval/usage';
import { studyResponsesArb } from './arbitraries.js';
import { FIVE_LEVELS } from './five-level-study.js';

const study = SOS_2017;

// Wilson limits are R's: prop.test(x, n, correct = FALSE, conf.level)$conf.int * 100.
describe('toolAdoption', () => {
  const tally = usageTallyFromCounts(
    [
      { group: 'overall', tool: 'danger-statements', all: 79, some: 84, none: 2 },
      {
        group: 'overall',
        tool: 'family-network-meetings',
        all: 13,
        some: 68,
        none: 84,
        missing: 3,
      },
      { group: 'overall', tool: 'scaling', all: 0, some: 0, none: 0, missing: 165 },
    ],
    { study, by: 'overall' },
  );

  it('counts workers using a tool with at least some families, out of those who answered', () => {
    const rows = toolAdoption(tally, { study });
    // 79 + 84 = 163 of 165; 13 + 68 = 81 of 165 (3 missing, outside the denominator).
    expect(rows.map((r) => [r.tool, r.using, r.n, r.missing])).toEqual([
      ['danger-statements', 163, 165, 0],
      ['scaling', 0, 0, 165],
      ['family-network-meetings', 81, 165, 3],
    ]);
    // 100 × 163 / 165 = 98.7878…; 100 × 81 / 165 = 49.0909…
    expect(rows[0]!.percent).toBeCloseTo((100 * 163) / 165, 12);
    expect(rows[2]!.percent).toBeCloseTo((100 * 81) / 165, 12);
    // R: prop.test(163, 165, correct = FALSE) → 95.688765873593624 99.666960809020765
    expect(rows[0]!.lower).toBeCloseTo(95.688765873593624, 10);
    expect(rows[0]!.upper).toBeCloseTo(99.666960809020765, 10);
    // R: prop.test(81, 165, correct = FALSE) → 41.570949524930498 56.652235692163636
    expect(rows[2]!.lower).toBeCloseTo(41.570949524930498, 10);
    expect(rows[2]!.upper).toBeCloseTo(56.652235692163636, 10);
    expect(rows[1]).toMatchObject({ percent: null, lower: null, upper: null });
  });

  it('honours confLevel', () => {
    // R: prop.test(81, 165, correct = FALSE, conf.level = 0.9) → 42.755879461260292 55.455270904904474
    const row = toolAdoption(tally, { study, confLevel: 0.9 })[2]!;
    expect(row.lower).toBeCloseTo(42.755879461260292, 10);
    expect(row.upper).toBeCloseTo(55.455270904904474, 10);
  });

  it('counts every level with uses: true as using, on a five-level scale', () => {
    const five = usageTallyFromCounts(
      [
        {
          group: 'overall',
          tool: 'wizards-and-fairies',
          always: 10,
          often: 20,
          sometimes: 30,
          rarely: 40,
          never: 65,
        },
      ],
      { study: FIVE_LEVELS, by: 'overall' },
    );
    // Always to rarely all use the tool: 10 + 20 + 30 + 40 = 100 of 165.
    const [row] = toolAdoption(five, { study: FIVE_LEVELS });
    expect([row!.tool, row!.using, row!.n]).toEqual(['wizards-and-fairies', 100, 165]);
    // R: prop.test(100, 165, correct = FALSE)$conf.int * 100 → 52.990569639668941 67.738936160899414
    expect(row!.lower).toBeCloseTo(52.990569639668941, 10);
    expect(row!.upper).toBeCloseTo(67.738936160899414, 10);
  });

  test.prop([studyResponsesArb()])(
    'for any study, using is the sum of the counts at levels that use the tool',
    ({ study: s, responses }) => {
      const t = tallyUsage(responses, { study: s, by: 'wave' });
      const rows = toolAdoption(t, { study: s });
      const using = s.usageLevels.filter((l) => l.uses).map((l) => l.id);
      tallyRows(t, { study: s }).forEach((cells, k) => {
        const c = cells as unknown as Record<string, number>;
        expect(rows[k]!.using).toBe(using.reduce((sum, l) => sum + c[l]!, 0));
        expect(rows[k]!.n).toBe(cells.n);
        expect(rows[k]!.percent === null).toBe(cells.n === 0);
      });
    },
  );

  it('rejects broken arguments, naming them', () => {
    expect(() => toolAdoption(tally, { study, confLevel: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.confLevel must be between 0 and 1 (exclusive), got 0]`,
    );
    expect(() => toolAdoption(null as never, { study })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: tally must be a UsageTally ({ by, groups, issues }), got null]`,
    );
    expect(() => toolAdoption(tally, {} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.study must be a study made by defineStudy (sos-eval/models), got undefined]`,
    );
    // A 2017 tally read with another study's catalogue.
    expect(() => toolAdoption(tally, { study: FIVE_LEVELS })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tally.groups["overall"]: "danger-statements" is not a tool of study "fableshire-2026" (mapping, wizards-and-fairies, safety-planning); read a tally with the study it was made for]`,
    );
  });
});
