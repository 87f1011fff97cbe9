import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { concatAll } from 'fp-ts/lib/Monoid.js';
import type { AnyStudy, WorkerSurveyResponse } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import {
  getUsageTallyMonoid,
  tallyRows,
  tallyUsage,
  usageTallyFromCounts,
  type UsageGrouping,
  type UsageTally,
} from 'sos-eval/usage';
import { studyArb } from '../_support/study-arbitrary.js';
import { groupingsOf, responseArb, studyResponseArb } from './arbitraries.js';
import { FIVE_LEVELS } from './five-level-study.js';

const study = SOS_2017;
const M = getUsageTallyMonoid(study);
const groupingArb = fc.constantFrom<UsageGrouping<typeof SOS_2017> | undefined>(
  undefined,
  'pilot',
  'experience',
  'wave',
  'employment',
);
const tallyArb = fc
  .tuple(fc.array(responseArb, { maxLength: 12 }), groupingArb)
  .map(([rs, by]) => tallyUsage(rs, { study, by }));
/** Three 2017 tallies grouped the same way. */
const threeTalliesArb = groupingArb.chain((by) =>
  fc
    .array(fc.array(responseArb, { maxLength: 12 }), { minLength: 3, maxLength: 3 })
    .map((chunks) => chunks.map((rs) => tallyUsage(rs, { study, by }))),
);

/** Splits `items` at the cut points into consecutive chunks (one chunk, empty, for no items). */
const chunksOf = <T>(items: readonly T[], cuts: readonly number[]): T[][] => {
  const bounds = [
    ...new Set([0, ...cuts.map((c) => Math.min(c, items.length)), items.length]),
  ].sort((a, b) => a - b);
  const chunks = bounds.slice(1).map((end, k) => items.slice(bounds[k], end));
  return chunks.length === 0 ? [[...items]] : chunks;
};

/** A random study, one way it groups, and three tallies of its responses grouped that way. */
const studyTalliesArb = studyArb.chain((s) =>
  fc
    .tuple(
      fc.constantFrom(...groupingsOf(s)),
      fc.array(fc.array(studyResponseArb(s), { maxLength: 10 }), { minLength: 3, maxLength: 3 }),
    )
    .map(([by, [a, b, c]]) => ({
      study: s,
      tallies: [a!, b!, c!].map((rs) => tallyUsage(rs, { study: s, by: by as never })),
    })),
);

/** A random study, one way it groups, its responses and cut points. */
const studyPartitionArb = studyArb.chain((s) =>
  fc.record({
    study: fc.constant<AnyStudy>(s),
    by: fc.constantFrom(...groupingsOf(s)),
    responses: fc.array(studyResponseArb(s), { maxLength: 40 }),
    cuts: fc.array(fc.nat(40), { maxLength: 4 }),
  }),
);

describe('getUsageTallyMonoid', () => {
  test.prop([
    fc.array(responseArb, { maxLength: 40 }),
    fc.array(fc.nat(40), { maxLength: 4 }),
    groupingArb,
  ])('2017: tallies of a partition merge into the tally of the whole', (responses, cuts, by) => {
    const merged = concatAll(M)(
      chunksOf(responses, cuts).map((chunk) => tallyUsage(chunk, { study, by })),
    );
    const whole = tallyUsage(responses, { study, by });
    // Counts and group order agree exactly; issues agree except for chunk-relative indices (none
    // arise here: the generated responses are all valid apart from null employment).
    expect(merged.groups).toEqual(whole.groups);
    expect(Object.keys(merged.groups)).toEqual(Object.keys(whole.groups));
    expect(merged.by).toBe(whole.by);
    expect(tallyRows(merged, { study })).toEqual(tallyRows(whole, { study }));
    expect(merged.issues.map((i) => i.code)).toEqual(whole.issues.map((i) => i.code));
  });

  test.prop([studyPartitionArb])(
    'for any study: tallies of a partition merge into the tally of the whole, groups in the same order',
    ({ study: s, by, responses, cuts }) => {
      const merged = concatAll(getUsageTallyMonoid(s))(
        chunksOf(responses, cuts).map((chunk) => tallyUsage(chunk, { study: s, by: by as never })),
      );
      const whole = tallyUsage(responses, { study: s, by: by as never });
      expect(merged.groups).toEqual(whole.groups);
      expect(Object.keys(merged.groups)).toEqual(Object.keys(whole.groups));
      expect(merged.by).toBe(whole.by);
      expect(tallyRows(merged, { study: s })).toEqual(tallyRows(whole, { study: s }));
      expect(merged.issues.map((i) => [i.code, i.path.slice(1)])).toEqual(
        whole.issues.map((i) => [i.code, i.path.slice(1)]),
      );
    },
  );

  test.prop([threeTalliesArb])('2017: is associative', ([a, b, c]) => {
    expect(M.concat(M.concat(a!, b!), c!)).toEqual(M.concat(a!, M.concat(b!, c!)));
  });

  test.prop([studyTalliesArb])('for any study: is associative', ({ study: s, tallies }) => {
    const N = getUsageTallyMonoid(s);
    const [a, b, c] = tallies as [UsageTally, UsageTally, UsageTally];
    expect(N.concat(N.concat(a, b), c)).toEqual(N.concat(a, N.concat(b, c)));
  });

  test.prop([tallyArb])('2017: has the empty tally as identity on both sides', (a) => {
    expect(M.concat(a, M.empty)).toEqual(a);
    expect(M.concat(M.empty, a)).toEqual(a);
  });

  test.prop([studyTalliesArb])(
    'for any study: has the empty tally as identity on both sides',
    ({ study: s, tallies }) => {
      const N = getUsageTallyMonoid(s);
      for (const a of tallies) {
        expect(N.concat(a, N.empty)).toEqual(a);
        expect(N.concat(N.empty, a)).toEqual(a);
      }
      expect(N.empty).toEqual({ by: null, groups: {}, issues: [] });
    },
  );

  test.prop([studyTalliesArb])('is commutative in its counts', ({ study: s, tallies }) => {
    const N = getUsageTallyMonoid(s);
    const [a, b] = tallies as [UsageTally, UsageTally];
    expect(N.concat(a, b).groups).toEqual(N.concat(b, a).groups);
    expect(Object.keys(N.concat(a, b).groups)).toEqual(Object.keys(N.concat(b, a).groups));
  });

  test.prop([threeTalliesArb])('leaves both inputs unchanged', ([a, b]) => {
    const before = [structuredClone(a), structuredClone(b)];
    M.concat(a!, b!);
    expect([a, b]).toEqual(before);
  });

  test.prop([studyTalliesArb])(
    'for any study: round-trips through tallyRows and usageTallyFromCounts',
    ({ study: s, tallies }) => {
      // Studies whose levels could clash with the row fields are not drawn (levels are level-k).
      for (const a of tallies) {
        const back = usageTallyFromCounts(tallyRows(a, { study: s }) as never, {
          study: s,
          by: a.by!,
        });
        expect(back.groups).toEqual(a.groups);
        expect(Object.keys(back.groups)).toEqual(Object.keys(a.groups));
        expect(back.by).toBe(a.by);
      }
    },
  );

  it('adds counts cell by cell and keeps groups and tools in a fixed order', () => {
    const left = usageTallyFromCounts(
      [{ group: 'b', tool: 'three-houses', all: 1, some: 2, none: 3, missing: 4 }],
      { study },
    );
    const right = usageTallyFromCounts(
      [
        { group: 'a', tool: 'mapping', all: 1, some: 0, none: 0 },
        { group: 'b', tool: 'three-houses', all: 10, some: 20, none: 30, missing: 40 },
        { group: 'b', tool: 'mapping', all: 0, some: 1, none: 0 },
      ],
      { study },
    );
    const merged = M.concat(left, right);
    // 1 + 10 = 11, 2 + 20 = 22, 3 + 30 = 33, 4 + 40 = 44.
    expect(merged.groups).toEqual({
      a: { mapping: { all: 1, some: 0, none: 0, missing: 0 } },
      b: {
        mapping: { all: 0, some: 1, none: 0, missing: 0 },
        'three-houses': { all: 11, some: 22, none: 33, missing: 44 },
      },
    });
    expect(Object.keys(merged.groups)).toEqual(['a', 'b']);
    expect(Object.keys(merged.groups.b!)).toEqual(['mapping', 'three-houses']);
    expect(M.empty).toEqual({ by: null, groups: {}, issues: [] });
  });

  it('merges five-level tallies of a tool of the study’s own, groups in the grouping’s order', () => {
    const N = getUsageTallyMonoid(FIVE_LEVELS);
    const worker = (workerId: string, pilotId: string, answer: string): WorkerSurveyResponse => ({
      workerId,
      pilotId,
      wave: 'baseline',
      employment: 'permanent',
      trainingDays: 1,
      supervisionAligned: null,
      confidence: null,
      usage: { 'wizards-and-fairies': answer },
    });
    const tools = ['wizards-and-fairies'] as const;
    // North is a late adopter, south and east early: 'late' arrives first, 'early' second.
    const a = tallyUsage([worker('A', 'north', 'often')], {
      study: FIVE_LEVELS,
      by: 'adoption',
      tools,
    });
    const b = tallyUsage([worker('B', 'south', 'often'), worker('C', 'east', 'never')], {
      study: FIVE_LEVELS,
      by: 'adoption',
      tools,
    });
    const merged = N.concat(a, b);
    expect(Object.keys(merged.groups)).toEqual(['early', 'late']);
    expect(merged.groups.early).toEqual({
      'wizards-and-fairies': { always: 0, often: 1, sometimes: 0, rarely: 0, never: 1, missing: 0 },
    });
  });

  it('refuses to merge tallies grouped differently or made for another study', () => {
    const base = {
      workerId: 'SW-1',
      pilotId: 'brent',
      wave: 'T2',
      employment: 'permanent',
      trainingDays: 1,
      supervisionAligned: null,
      confidence: null,
      usage: { mapping: 'all' },
    } as const;
    const byPilot = tallyUsage([base], { study, by: 'pilot' });
    const byWave = tallyUsage([base], { study, by: 'wave' });
    expect(() => M.concat(byPilot, byWave)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: right.by must match the tallies merged before it ('pilot'), got 'wave': tallies grouped differently do not merge (give usageTallyFromCounts the by of the tallies it joins, or leave it out)]`,
    );
    const five = usageTallyFromCounts(
      [
        {
          group: 'x',
          tool: 'wizards-and-fairies',
          always: 1,
          often: 0,
          sometimes: 0,
          rarely: 0,
          never: 0,
        },
      ],
      { study: FIVE_LEVELS },
    );
    expect(() => M.concat(M.empty, five as never)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: right.groups["x"]: "wizards-and-fairies" is not a tool of study "sos-2017" (mapping, danger-statements, safety-planning, scaling, three-houses, words-and-pictures, family-network-meetings, appreciative-inquiry); merge tallies of one study]`,
    );
    expect(() => M.concat({} as never, M.empty)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: left must be a UsageTally ({ by, groups, issues }), got object]`,
    );
    expect(() => getUsageTallyMonoid(undefined as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: study must be a study made by defineStudy (sos-eval/models), got undefined]`,
    );
  });
});
