import { describe, expect, it } from 'vitest';
import { defineStudy } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import { getUsageTallyMonoid, tallyRows, tallyUsage, usageTallyFromCounts } from 'sos-eval/usage';
import { FIVE_LEVELS } from './five-level-study.js';

const study = SOS_2017;

describe('usageTallyFromCounts', () => {
  it('adds rows for the same group and tool, and accepts any iterable', () => {
    function* rows() {
      yield { group: 'new', tool: 'mapping' as const, all: 1, some: 2, none: 3 };
      yield { group: 'new', tool: 'mapping' as const, all: 4, some: 5, none: 6, missing: 7 };
    }
    // 1 + 4 = 5, 2 + 5 = 7, 3 + 6 = 9; n = 5 + 7 + 9 = 21.
    const tally = usageTallyFromCounts(rows(), { study, by: 'experience' });
    expect(tally.by).toBe('experience');
    expect(tallyRows(tally, { study })).toEqual([
      { group: 'new', tool: 'mapping', all: 5, some: 7, none: 9, missing: 7, n: 21 },
    ]);
  });

  it('orders groups as tallyUsage does for the same by, and equals its tally', () => {
    const rows = [
      { group: 'T2', tool: 'mapping' as const, all: 1, some: 0, none: 0 },
      { group: 'T1', tool: 'mapping' as const, all: 0, some: 1, none: 0 },
    ];
    expect(Object.keys(usageTallyFromCounts(rows, { study, by: 'wave' }).groups)).toEqual([
      'T1',
      'T2',
    ]);
    // Names of one's own are in code-unit order.
    expect(Object.keys(usageTallyFromCounts(rows, { study, by: 'custom' }).groups)).toEqual([
      'T1',
      'T2',
    ]);
    const base = {
      pilotId: 'brent',
      employment: 'permanent',
      trainingDays: 1,
      supervisionAligned: null,
      confidence: null,
    } as const;
    const records = [
      { ...base, workerId: 'A', wave: 'T2', usage: { mapping: 'all' } },
      { ...base, workerId: 'B', wave: 'T1', usage: { mapping: 'some' } },
    ] as const;
    expect(usageTallyFromCounts(rows, { study, by: 'wave' })).toEqual(
      tallyUsage(records, { study, by: 'wave', tools: ['mapping'] }),
    );
  });

  it('with no by, merges with tallies of any by and takes their order', () => {
    const M = getUsageTallyMonoid(study);
    const counts = usageTallyFromCounts(
      [
        { group: 'wakefield', tool: 'mapping', all: 0, some: 1, none: 0 },
        { group: 'brent', tool: 'mapping', all: 2, some: 0, none: 0 },
      ],
      { study },
    );
    expect(counts.by).toBeNull();
    expect(Object.keys(counts.groups)).toEqual(['brent', 'wakefield']);
    const record = {
      workerId: 'A',
      pilotId: 'norfolk',
      wave: 'T2',
      employment: 'permanent',
      trainingDays: 1,
      supervisionAligned: null,
      confidence: null,
      usage: { mapping: 'none' },
    } as const;
    const byPilot = tallyUsage([record], { study, by: 'pilot', tools: ['mapping'] });
    const merged = M.concat(counts, byPilot);
    expect(merged.by).toBe('pilot');
    // Wakefield, Norfolk, Brent: the study's order of the pilots.
    expect(Object.keys(merged.groups)).toEqual(['wakefield', 'norfolk', 'brent']);
    expect(merged.groups.brent?.mapping).toEqual({ all: 2, some: 0, none: 0, missing: 0 });
    // A stated by of one's own names does not merge with a tally by pilot.
    expect(() => M.concat(usageTallyFromCounts([], { study, by: 'custom' }), byPilot)).toThrow(
      RangeError,
    );
  });

  it('takes a count per level of the study, custom tools included', () => {
    const tally = usageTallyFromCounts(
      [
        {
          group: 'late',
          tool: 'wizards-and-fairies',
          always: 1,
          often: 2,
          sometimes: 3,
          rarely: 4,
          never: 5,
          n: 15,
        },
      ],
      { study: FIVE_LEVELS, by: 'adoption' },
    );
    expect(tally.groups).toEqual({
      late: {
        'wizards-and-fairies': {
          always: 1,
          often: 2,
          sometimes: 3,
          rarely: 4,
          never: 5,
          missing: 0,
        },
      },
    });
  });

  it('keeps a group called __proto__ as an ordinary group', () => {
    const tally = usageTallyFromCounts(
      [{ group: '__proto__', tool: 'mapping', all: 1, some: 0, none: 0 }],
      { study },
    );
    expect(Object.keys(tally.groups)).toEqual(['__proto__']);
    expect(tallyRows(tally, { study })[0]!.group).toBe('__proto__');
  });

  it('throws on broken counts, naming the row and field', () => {
    const ok = { group: 'g', tool: 'mapping' as const, all: 1, some: 1, none: 1 };
    expect(() =>
      usageTallyFromCounts([ok, { ...ok, all: -1 }], { study }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[1].all must be a whole number ≥ 0, got -1]`,
    );
    expect(() =>
      usageTallyFromCounts([{ ...ok, missing: 0.5 }], { study }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[0].missing must be a whole number ≥ 0, got 0.5]`,
    );
    expect(() =>
      usageTallyFromCounts([{ ...ok, tool: 'genogram' as never }], { study }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[0].tool must be a tool of study "sos-2017" (mapping, danger-statements, safety-planning, scaling, three-houses, words-and-pictures, family-network-meetings, appreciative-inquiry), got "genogram"]`,
    );
    expect(() =>
      usageTallyFromCounts([{ ...ok, n: 4 }], { study }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[0].n must equal all + some + none (3), got 4]`,
    );
    expect(() =>
      usageTallyFromCounts([{ ...ok, group: 3 as never }], { study }),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: rows[0].group must be a string, got 3]`);
    expect(() =>
      usageTallyFromCounts([null as never], { study }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: rows[0] must be an object of counts, got null]`,
    );
    expect(() =>
      usageTallyFromCounts(undefined as never, { study }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: rows must be an iterable (an array or generator), got undefined]`,
    );
    // The 2017 counts against the five-level study: 'always' is missing from the row.
    expect(() =>
      usageTallyFromCounts([ok as never], { study: FIVE_LEVELS }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: rows[0].always must be a number, got undefined]`,
    );
  });

  it('checks groups against by, and by against the study', () => {
    const ok = { group: 'g', tool: 'mapping' as const, all: 1, some: 1, none: 1 };
    expect(() =>
      usageTallyFromCounts([ok], { study, by: 'pilot' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[0].group must be one of by 'pilot''s groups (wakefield, norfolk, wokingham, bristol, suffolk, lincolnshire, brent, west-sussex, leicestershire, tower-hamlets), got "g"]`,
    );
    expect(() =>
      usageTallyFromCounts([ok], { study, by: 'overall' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[0].group must be one of by 'overall''s groups (overall), got "g"]`,
    );
    expect(() =>
      usageTallyFromCounts([ok], { study, by: 'team' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.by must be 'pilot', 'wave', 'employment', 'overall', 'custom' or one of study "sos-2017"'s groupings ('experience'), got "team"]`,
    );
    expect(() =>
      usageTallyFromCounts([ok] as never, {} as never),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.study must be a study made by defineStudy (sos-eval/models), got undefined]`,
    );
  });

  it('cannot meet a study whose level has the name of a row field: defineStudy refuses it', () => {
    // Since models refuses usage levels called group, tool, n or missing (the wide rows' columns),
    // no study reaches usageTallyFromCounts with one.
    expect(() =>
      defineStudy({
        ...FIVE_LEVELS.definition,
        usageLevels: [
          { id: 'y', uses: true },
          { id: 'n', uses: false },
        ],
      }),
    ).toThrow(RangeError);
  });
});
