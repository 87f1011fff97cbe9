import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { TOOL_IDS, type WorkerSurveyResponse } from 'sos-eval/models';
import { tallyRows, tallyUsage } from 'sos-eval/usage';
import { responseArb } from './arbitraries.js';

const base = {
  wave: 'T2',
  employment: 'permanent',
  trainingDays: 5,
  sosSupervision: true,
  confidence: 7,
} as const;

const response = (
  workerId: string,
  pilotId: WorkerSurveyResponse['pilotId'],
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
    expect(tallyRows(tallyUsage(sample, { tools }))).toEqual([
      { group: 'overall', tool: 'mapping', all: 2, some: 1, none: 1, missing: 0, n: 4 },
      { group: 'overall', tool: 'safety-planning', all: 1, some: 1, none: 0, missing: 2, n: 2 },
    ]);
  });

  it('groups by pilot, experience grouping, wave, employment or a function', () => {
    const groupsBy = (by: Parameters<typeof tallyUsage>[1]) =>
      Object.keys(tallyUsage(sample, { ...by, tools }).groups);
    expect(groupsBy({ by: 'pilot' })).toEqual(['brent', 'suffolk', 'wakefield', 'west-sussex']);
    // brent and suffolk are '2 years', wakefield 'new', west-sussex '2+ years' (slide 6).
    expect(groupsBy({ by: 'experienceGroup' })).toEqual(['new', 'two-years', 'two-years-plus']);
    expect(groupsBy({ by: 'wave' })).toEqual(['T1', 'T2']);
    expect(groupsBy({ by: 'employment' })).toEqual(['agency', 'permanent']);
    expect(groupsBy({ by: (r) => (r.workerId === 'SW-1' ? 'first' : 'rest') })).toEqual([
      'first',
      'rest',
    ]);
    const byGroup = tallyUsage(sample, { by: 'experienceGroup', tools });
    expect(byGroup.groups['two-years']).toEqual({
      mapping: { all: 1, some: 0, none: 1, missing: 0 },
      'safety-planning': { all: 0, some: 1, none: 0, missing: 1 },
    });
  });

  it('reports a response it cannot group and leaves it out, naming the worker', () => {
    const tally = tallyUsage(sample, { by: 'employment', tools });
    // SW-4 has employment null: 3 responses tallied, one issue.
    expect(tallyRows(tally).map((r) => r.n + r.missing)).toEqual([1, 1, 2, 2]);
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
    const byFn = tallyUsage(sample, { by: (r) => (r.pilotId === 'brent' ? null : 'other'), tools });
    expect(byFn.issues.map((i) => [i.code, i.path])).toEqual([['missing_group', [0, 'by']]]);
    const unknownPilot = { ...sample[0]!, pilotId: 'atlantis' } as unknown as WorkerSurveyResponse;
    const byGroup = tallyUsage([unknownPilot], { by: 'experienceGroup', tools });
    expect(byGroup.groups).toEqual({});
    expect(byGroup.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_group', [0, 'pilotId']],
    ]);
  });

  it('reports unknown tools and answers that are not levels, never silently dropping them', () => {
    const odd = [
      response('SW-9', 'brent', { mapping: 'often', genogram: 'all' } as never),
      { ...response('SW-10', 'brent', {}), usage: 'lots' } as unknown as WorkerSurveyResponse,
    ];
    const tally = tallyUsage(odd, { tools: ['mapping'] });
    // 'often' counts as missing (and an issue); the non-object usage counts as missing too.
    expect(tally.groups).toEqual({
      overall: { mapping: { all: 0, some: 0, none: 0, missing: 2 } },
    });
    expect(tally.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_tool",
          "message": "[0] (worker SW-9): "genogram" is not a known tool id, so its answer is not tallied",
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

  it('tallies every known tool by default', () => {
    const tally = tallyUsage([response('SW-1', 'brent', { mapping: 'all' })]);
    expect(Object.keys(tally.groups.overall!)).toEqual([...TOOL_IDS]);
    expect(tally.groups.overall!.scaling).toEqual({ all: 0, some: 0, none: 0, missing: 1 });
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
    const tally = tallyUsage(many(30_000), { tools: ['mapping'] });
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
        {
          by: 'pilot',
        },
      );
      expect(responses).toEqual(copy);
      for (const row of tallyRows(tally)) {
        expect(row.n + row.missing).toBe(responses.filter((r) => r.pilotId === row.group).length);
        expect(row.n).toBe(row.all + row.some + row.none);
      }
    },
  );

  it('rejects broken arguments, naming them', () => {
    expect(() => tallyUsage(42 as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: responses must be an iterable (an array or generator), got 42]`,
    );
    expect(() => tallyUsage(sample, { by: 'team' as never })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.by must be one of 'pilot', 'experienceGroup', 'wave', 'employment', got "team"]`,
    );
    expect(() =>
      tallyUsage(sample, { tools: ['genogram'] as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.tools[0] must be one of the tool ids (mapping, danger-statements, safety-planning, scaling, three-houses, words-and-pictures, family-network-meetings, appreciative-inquiry), got "genogram"]`,
    );
    expect(() =>
      tallyUsage(sample, { tools: ['mapping', 'mapping'] }),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: options.tools[1] repeats "mapping"]`);
    expect(() =>
      tallyUsage(sample, { tools: 'mapping' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.tools must be an array of tool ids, got "mapping"]`,
    );
    expect(() => tallyUsage(sample, { by: () => 3 as never })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.by must return a string, null or undefined, got 3 for response 0]`,
    );
    expect(() => tallyUsage(sample, null as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options must be an options object, got null]`,
    );
  });
});
