import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { WorkerSurveyResponse } from 'sos-eval/models';
import { SOS_2017, TOOL_IDS } from 'sos-eval/reference';
import { tallyRows, tallyUsage, type UsageGrouping } from 'sos-eval/usage';
import { groupingsOf, responseArb, studyResponsesArb } from './arbitraries.js';
import { FIVE_LEVELS } from './five-level-study.js';

const study = SOS_2017;

const base = {
  wave: 'T2',
  employment: 'permanent',
  trainingDays: 5,
  supervisionAligned: true,
  confidence: 7,
} as const;

const response = (
  workerId: string,
  pilotId: string,
  usage: WorkerSurveyResponse['usage'],
  extra: Partial<WorkerSurveyResponse> = {},
): WorkerSurveyResponse => ({ ...base, workerId, pilotId, usage, ...extra });

const sample: WorkerSurveyResponse[] = [
  response('SW-1', 'brent', { mapping: 'all', 'safety-planning': 'some' }),
  response('SW-2', 'suffolk', { mapping: 'none' }, { wave: 'T1', employment: 'agency' }),
  response('SW-3', 'wakefield', { mapping: 'some', 'safety-planning': null }),
  response(
    'SW-4',
    'west-sussex',
    { mapping: 'all', 'safety-planning': 'all' },
    { employment: null },
  ),
];
const tools = ['mapping', 'safety-planning'] as const;

describe('tallyUsage', () => {
  it('tallies one overall group by default, counting left-out and null answers as missing', () => {
    // mapping: all SW-1, SW-4; some SW-3; none SW-2. safety-planning: some SW-1, all SW-4,
    // null SW-3, left out SW-2 → 2 missing.
    const tally = tallyUsage(sample, { study, tools });
    expect(tally.by).toBe('overall');
    expect(tallyRows(tally, { study })).toEqual([
      { group: 'overall', tool: 'mapping', all: 2, some: 1, none: 1, missing: 0, n: 4 },
      { group: 'overall', tool: 'safety-planning', all: 1, some: 1, none: 0, missing: 2, n: 2 },
    ]);
  });

  it('groups by pilot, the experience grouping, wave, employment or a function, in the study’s order', () => {
    const groupsBy = (by: UsageGrouping<typeof SOS_2017>) =>
      Object.keys(tallyUsage(sample, { study, by, tools }).groups);
    // The pilots in SOS_2017's order (wakefield first), not alphabetical.
    expect(groupsBy('pilot')).toEqual(['wakefield', 'suffolk', 'brent', 'west-sussex']);
    // brent and suffolk are '2 years', wakefield 'new', west-sussex '2+ years' (slide 6).
    expect(groupsBy('experience')).toEqual(['new', 'two-years', 'two-years-plus']);
    expect(groupsBy('wave')).toEqual(['T1', 'T2']);
    // Employment as EmploymentSchema lists it.
    expect(groupsBy('employment')).toEqual(['permanent', 'agency']);
    expect(groupsBy((r) => (r.workerId === 'SW-1' ? 'first' : 'rest'))).toEqual(['first', 'rest']);
    const byGroup = tallyUsage(sample, { study, by: 'experience', tools });
    expect(byGroup.by).toBe('experience');
    expect(byGroup.groups['two-years']).toEqual({
      mapping: { all: 1, some: 0, none: 1, missing: 0 },
      'safety-planning': { all: 0, some: 1, none: 0, missing: 1 },
    });
    expect(tallyUsage(sample, { study, by: () => 'x' }).by).toBe('custom');
  });

  it('lists waves in the study’s order even when the later wave comes first', () => {
    const later = response('SW-5', 'north', { mapping: 'always' }, { wave: 'twelve-months' });
    const earlier = response('SW-6', 'north', { mapping: 'never' }, { wave: 'baseline' });
    const tally = tallyUsage([later, earlier], { study: FIVE_LEVELS, by: 'wave' });
    expect(Object.keys(tally.groups)).toEqual(['baseline', 'twelve-months']);
  });

  it('reports a response it cannot group and leaves it out, naming the worker', () => {
    const tally = tallyUsage(sample, { study, by: 'employment', tools });
    // SW-4 has employment null: 3 responses tallied, one issue.
    expect(tallyRows(tally, { study }).map((r) => r.n + r.missing)).toEqual([2, 2, 1, 1]);
    expect(tally.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "missing_group",
          "message": "[3] (worker SW-4): no employment group, so the response is left out of the tally",
          "path": [
            3,
            "employment",
          ],
        },
      ]
    `);
    const byFn = tallyUsage(sample, {
      study,
      by: (r) => (r.pilotId === 'brent' ? null : 'other'),
      tools,
    });
    expect(byFn.issues.map((i) => [i.code, i.path])).toEqual([['missing_group', [0, 'by']]]);
  });

  it('reports a pilot outside the study, or with no level of the grouping, instead of throwing', () => {
    const atlantis = response('SW-7', 'atlantis', { mapping: 'all' });
    const byGroup = tallyUsage([atlantis], { study, by: 'experience', tools });
    expect(byGroup.groups).toEqual({});
    expect(byGroup.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_pilot",
          "message": "[0] (worker SW-7): "atlantis" is not a site of study "sos-2017", so the response is left out of the tally",
          "path": [
            0,
            "pilotId",
          ],
        },
      ]
    `);
    expect(
      tallyUsage([atlantis], { study, by: 'pilot', tools }).issues.map((i) => [i.code, i.path]),
    ).toEqual([['unknown_pilot', [0, 'pilotId']]]);
    expect(
      tallyUsage([{ ...atlantis, pilotId: 'brent', wave: 'T3' }], {
        study,
        by: 'wave',
        tools,
      }).issues.map((i) => [i.code, i.path]),
    ).toEqual([['unknown_wave', [0, 'wave']]]);
    // South has no team size in FIVE_LEVELS.
    const south = response('SW-8', 'south', { mapping: 'often' }, { wave: 'baseline' });
    expect(tallyUsage([south], { study: FIVE_LEVELS, by: 'size' }).issues).toMatchInlineSnapshot(`
      [
        {
          "code": "missing_group",
          "message": "[0] (worker SW-8): site "south" has no level of grouping "size", so the response is left out of the tally",
          "path": [
            0,
            "pilotId",
          ],
        },
      ]
    `);
  });

  it('reports unknown tools and answers that are not levels, in the study’s words', () => {
    const odd = [
      response('SW-9', 'brent', { mapping: 'often', genogram: 'all' } as never),
      { ...response('SW-10', 'brent', {}), usage: 'lots' } as unknown as WorkerSurveyResponse,
    ];
    const tally = tallyUsage(odd, { study, tools: ['mapping'] });
    // 'often' counts as missing (and an issue); the non-object usage counts as missing too.
    expect(tally.groups).toEqual({
      overall: { mapping: { all: 0, some: 0, none: 0, missing: 2 } },
    });
    expect(tally.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_tool",
          "message": "[0] (worker SW-9): "genogram" is not a tool of study "sos-2017", so its answer is not tallied",
          "path": [
            0,
            "usage",
            "genogram",
          ],
        },
        {
          "code": "invalid_level",
          "message": "[0] (worker SW-9): usage.mapping must be 'all', 'some', 'none' or null, got "often"; counted as missing",
          "path": [
            0,
            "usage",
            "mapping",
          ],
        },
        {
          "code": "invalid_type",
          "message": "[1] (worker SW-10): usage must be an object of tool → level; every tool counted as missing",
          "path": [
            1,
            "usage",
          ],
        },
      ]
    `);
  });

  it('tallies every tool of the study by default, in catalogue order', () => {
    const tally = tallyUsage([response('SW-1', 'brent', { mapping: 'all' })], { study });
    expect(Object.keys(tally.groups.overall!)).toEqual([...TOOL_IDS]);
    expect(tally.groups.overall!.scaling).toEqual({ all: 0, some: 0, none: 0, missing: 1 });
  });

  it('counts five levels and a tool of the study’s own, and rejects 2017’s answers there', () => {
    const responses = [
      response('SW-1', 'north', { 'wizards-and-fairies': 'always', mapping: 'rarely' }),
      response('SW-2', 'south', { 'wizards-and-fairies': 'sometimes', mapping: 'all' }),
      response('SW-3', 'east', { 'wizards-and-fairies': 'never' }),
    ].map((r) => ({ ...r, wave: 'baseline' }));
    const tally = tallyUsage(responses, { study: FIVE_LEVELS, by: 'adoption' });
    expect(tally.groups).toEqual({
      early: {
        mapping: { always: 0, often: 0, sometimes: 0, rarely: 0, never: 0, missing: 2 },
        'wizards-and-fairies': {
          always: 0,
          often: 0,
          sometimes: 1,
          rarely: 0,
          never: 1,
          missing: 0,
        },
        'safety-planning': { always: 0, often: 0, sometimes: 0, rarely: 0, never: 0, missing: 2 },
      },
      late: {
        mapping: { always: 0, often: 0, sometimes: 0, rarely: 1, never: 0, missing: 0 },
        'wizards-and-fairies': {
          always: 1,
          often: 0,
          sometimes: 0,
          rarely: 0,
          never: 0,
          missing: 0,
        },
        'safety-planning': { always: 0, often: 0, sometimes: 0, rarely: 0, never: 0, missing: 1 },
      },
    });
    expect(tally.issues.map((i) => i.message)).toEqual([
      `[1] (worker SW-2): usage.mapping must be 'always', 'often', 'sometimes', 'rarely', 'never' or null, got "all"; counted as missing`,
    ]);
  });

  it('accepts a generator (any iterable), not only arrays', () => {
    let made = 0;
    function* many(count: number): Generator<WorkerSurveyResponse> {
      for (let i = 0; i < count; i++) {
        made++;
        // Levels cycle all, some, none: 30 000 responses → 10 000 of each.
        yield response(`SW-${i}`, 'norfolk', {
          mapping: (['all', 'some', 'none'] as const)[i % 3],
        });
      }
    }
    const tally = tallyUsage(many(30_000), { study, tools: ['mapping'] });
    expect(made).toBe(30_000);
    expect(tally.groups.overall!.mapping).toEqual({
      all: 10_000,
      some: 10_000,
      none: 10_000,
      missing: 0,
    });
  });

  test.prop([fc.array(responseArb, { maxLength: 30 })])(
    'all + some + none + missing is the number of responses in each group, and inputs stay unchanged',
    (responses) => {
      const copy = structuredClone(responses);
      const tally = tallyUsage(
        responses.map((r) => Object.freeze({ ...r, usage: Object.freeze(r.usage) })),
        { study, by: 'pilot' },
      );
      expect(responses).toEqual(copy);
      for (const row of tallyRows(tally, { study })) {
        expect(row.n + row.missing).toBe(responses.filter((r) => r.pilotId === row.group).length);
        expect(row.n).toBe(row.all + row.some + row.none);
      }
    },
  );

  test.prop([studyResponsesArb(), fc.nat()])(
    'for any study: every cell has a count per level plus missing, adding up to the group’s responses',
    ({ study: s, responses }, pick) => {
      const ways = groupingsOf(s);
      const by = ways[pick % ways.length];
      const tally = tallyUsage(responses, { study: s, by: by as never });
      expect(tally.by).toBe(by ?? 'overall');
      const sizes = new Map<string, number>();
      for (const r of responses) {
        const group =
          by === undefined
            ? 'overall'
            : by === 'pilot'
              ? r.pilotId
              : by === 'wave'
                ? r.wave
                : by === 'employment'
                  ? r.employment
                  : s.groupOf(r.pilotId, by);
        if (group !== null) sizes.set(group, (sizes.get(group) ?? 0) + 1);
      }
      expect(Object.keys(tally.groups).sort()).toEqual([...sizes.keys()].sort());
      for (const [group, cells] of Object.entries(tally.groups)) {
        expect(Object.keys(cells)).toEqual(s.ids.tools);
        for (const counts of Object.values(cells)) {
          expect(Object.keys(counts!)).toEqual([...s.ids.usageLevels, 'missing']);
          const total = Object.values(counts!).reduce((a, b) => a + b, 0);
          expect(total).toBe(sizes.get(group));
        }
      }
      // Responses with no group (a null employment, a site with no level) are each reported.
      expect(tally.issues.length).toBe(
        responses.length - [...sizes.values()].reduce((a, b) => a + b, 0),
      );
    },
  );

  it('rejects broken arguments, naming them', () => {
    expect(() => tallyUsage(42 as never, { study })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: responses must be an iterable (an array or generator), got 42]`,
    );
    expect(() => tallyUsage(sample, undefined as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.study must be a study made by defineStudy (sos-eval/models), got undefined]`,
    );
    expect(() => tallyUsage(sample, {} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.study must be a study made by defineStudy (sos-eval/models), got undefined]`,
    );
    expect(() =>
      tallyUsage(sample, { study, by: 'team' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.by must be 'pilot', 'wave', 'employment', one of study "sos-2017"'s groupings ('experience') or a function, got "team"]`,
    );
    // The 2017 map from pilot to group is now the study's grouping 'experience'.
    expect(() => tallyUsage(sample, { study, by: 'experienceGroup' as never })).toThrow(RangeError);
    expect(() =>
      tallyUsage(sample, { study, tools: ['genogram'] as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.tools[0] must be one of study "sos-2017"'s tools (mapping, danger-statements, safety-planning, scaling, three-houses, words-and-pictures, family-network-meetings, appreciative-inquiry), got "genogram"]`,
    );
    expect(() =>
      tallyUsage(sample, { study: FIVE_LEVELS, tools: ['three-houses'] as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.tools[0] must be one of study "fableshire-2026"'s tools (mapping, wizards-and-fairies, safety-planning), got "three-houses"]`,
    );
    expect(() =>
      tallyUsage(sample, { study, tools: ['mapping', 'mapping'] }),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: options.tools[1] repeats "mapping"]`);
    expect(() =>
      tallyUsage(sample, { study, tools: 'mapping' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.tools must be an array of tool ids, got "mapping"]`,
    );
    expect(() =>
      tallyUsage(sample, { study, by: () => 3 as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.by must return a string, null or undefined, got 3 for response 0]`,
    );
    expect(() => tallyUsage(sample, null as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options must be an options object with a study, got null]`,
    );
  });
});
