import { describe, expect, expectTypeOf, it } from 'vitest';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { z } from 'zod';
import {
  defineStudy,
  parseStudyDefinition,
  type StudyCohortId,
  type StudyDefinition,
  type StudyGroupingId,
  type StudyPilotId,
  type StudyRecord,
  type StudyToolId,
  type StudyUsageLevelId,
  type StudyWaveId,
} from 'sos-eval/models';

// Synthetic: an authority that adopted Signs of Safety in 2026 (no real people or places).
const northshire = {
  id: 'northshire-2026',
  title: 'Signs of Safety in Northshire, 2026',
  framework: 'signs-of-safety',
  pilots: [
    { id: 'north', name: 'North team', groups: { adoption: 'early', size: 'xl' } },
    { id: 'south', name: 'South team', groups: { adoption: 'late', size: 's' } },
    { id: 'east', name: 'East team', groups: { adoption: 'early' } },
  ],
  groupings: [
    {
      id: 'adoption',
      label: 'Adoption',
      levels: [
        { id: 'early', label: 'Early adopters' },
        { id: 'late', label: 'Late adopters' },
      ],
    },
    {
      id: 'size',
      label: 'Team size',
      levels: [
        { id: 's', label: 'Small' },
        { id: 'm', label: 'Medium' },
        { id: 'l', label: 'Large' },
        { id: 'xl', label: 'Very large' },
      ],
    },
  ],
  cohorts: [
    { id: 'q1', label: 'January–March', referrals: { start: '2026-01-01', end: '2026-03-31' } },
  ],
  waves: [
    { id: 'baseline', label: 'Baseline', fieldwork: { start: '2026-01-15', end: '2026-04-30' } },
    {
      id: 'six-months',
      label: 'Six months',
      fieldwork: { start: '2026-07-01', end: '2026-10-31' },
    },
    {
      id: 'twelve-months',
      label: 'Twelve months',
      fieldwork: { start: '2027-01-01', end: '2027-04-30' },
    },
  ],
  tools: [
    { id: 'mapping', name: 'Mapping', audience: 'family' },
    { id: 'three-houses', name: 'Three Houses', audience: 'child' },
    {
      id: 'wizards-and-fairies',
      name: 'Wizards and Fairies',
      audience: 'child',
      aliases: ['Fairy/Wizard'],
    },
  ],
  usageLevels: [
    { id: 'always', label: 'Always', uses: true },
    { id: 'often', label: 'Often', uses: true },
    { id: 'sometimes', label: 'Sometimes', uses: true },
    { id: 'rarely', label: 'Rarely', uses: true },
    { id: 'never', label: 'Never', uses: false },
  ],
  scorers: ['worker', 'family', 'network', 'child'],
} as const satisfies StudyDefinition;

const study = defineStudy(northshire);

const survey = {
  workerId: 'SW-1',
  pilotId: 'north',
  wave: 'six-months',
  employment: 'agency',
  trainingDays: 5,
  supervisionAligned: true,
  confidence: 7,
  usage: { mapping: 'always', 'wizards-and-fairies': 'rarely', 'three-houses': null },
};

const family = {
  id: 'F-0001',
  pilotId: 'south',
  cohort: 'q1',
  referralDate: '2026-02-14',
  previousReferrals: 0,
  previousConcerns: [],
  currentConcerns: ['neglect'],
};

const interview = {
  familyId: 'F-0001',
  wave: 'twelve-months',
  date: '2027-02-01',
  workerChanges: 2,
  agencyWorker: false,
  stillAllocated: true,
  feeling: 'neutral',
};

const codes = (r: {
  _tag: string;
  left?: readonly { code: string; path: readonly unknown[] }[];
}) => (isLeft(r as never) ? (r.left ?? []).map((i) => [i.path, i.code]) : []);

describe('defineStudy', () => {
  it('normalises the definition: labels defaulted, waves indexed, lists frozen', () => {
    expect(study.ids).toEqual({
      pilots: ['north', 'south', 'east'],
      cohorts: ['q1'],
      waves: ['baseline', 'six-months', 'twelve-months'],
      tools: ['mapping', 'three-houses', 'wizards-and-fairies'],
      usageLevels: ['always', 'often', 'sometimes', 'rarely', 'never'],
      groupings: ['adoption', 'size'],
    });
    expect(study.waves.map((w) => [w.id, w.index, w.label])).toEqual([
      ['baseline', 0, 'Baseline'],
      ['six-months', 1, 'Six months'],
      ['twelve-months', 2, 'Twelve months'],
    ]);
    expect(study.tool('wizards-and-fairies')?.aliases).toEqual(['Fairy/Wizard']);
    expect(study.tool('mapping')?.aliases).toEqual([]);
    expect(study.scales.map((s) => s.id)).toEqual(['safety', 'confidence', 'implementation']);
    expect(Object.isFrozen(study)).toBe(true);
    expect(Object.isFrozen(study.waves[0])).toBe(true);
    expect(Object.isFrozen(study.definition.pilots[0]!.groups)).toBe(true);
  });

  it('does not share state with the object it was given', () => {
    const definition = structuredClone(northshire) as unknown as {
      title: string;
      tools: { name: string }[];
    };
    const s = defineStudy(definition as unknown as StudyDefinition);
    definition.title = 'changed';
    definition.tools[0]!.name = 'changed';
    expect(s.title).toBe('Signs of Safety in Northshire, 2026');
    expect(s.tools[0]!.name).toBe('Mapping');
  });

  it('writes its definition as JSON', () => {
    expect(JSON.parse(JSON.stringify(study))).toEqual(northshire);
  });

  it('tells cohorts, waves and groups by date and site', () => {
    expect(study.cohortOf('2025-12-31')).toBeNull();
    expect(study.cohortOf('2026-03-31')).toBe('q1');
    expect(study.waveOf('2026-05-01')).toBeNull();
    expect(study.waveOf('2026-07-01')).toBe('six-months');
    expect(study.waveOf('2027-04-30')).toBe('twelve-months');
    expect(study.groupOf('north', 'size')).toBe('xl');
    expect(study.groupOf('east', 'size')).toBeNull();
  });

  it('a wave date inside two overlapping fieldwork windows belongs to neither', () => {
    const s = defineStudy({
      ...northshire,
      waves: [
        { id: 'a', label: 'A', fieldwork: { start: '2026-01-01', end: '2026-06-30' } },
        { id: 'b', label: 'B', fieldwork: { start: '2026-06-01', end: '2026-12-31' } },
      ],
    });
    expect(s.waveOf('2026-05-31')).toBe('a');
    expect(s.waveOf('2026-06-15')).toBeNull();
    expect(s.waveOf('2026-07-01')).toBe('b');
  });

  it.each([
    [1, 2],
    [4, 5],
  ])('%i cohorts and %i waves', (cohorts, waves) => {
    const s = defineStudy({
      ...northshire,
      cohorts: Array.from({ length: cohorts }, (_, i) => ({
        id: `c${i + 1}`,
        referrals: { start: `2026-0${i + 1}-01`, end: `2026-0${i + 1}-28` },
      })),
      waves: Array.from({ length: waves }, (_, i) => ({ id: `w${i + 1}`, label: `Time ${i + 1}` })),
    });
    expect(s.cohorts).toHaveLength(cohorts);
    expect(s.waves).toHaveLength(waves);
    expect(s.cohorts.map((c) => c.label)).toEqual(s.cohorts.map((c) => c.id));
    expect(s.cohortOf('2026-04-15')).toBe(cohorts >= 4 ? 'c4' : null);
    expect(
      isRight(s.parse.familyInterview({ ...interview, wave: `w${waves}`, date: '2031-01-01' })),
    ).toBe(true);
  });
});

describe("a study's records", () => {
  it('valid records parse', () => {
    expect(isRight(study.parse.workerSurveyResponse(survey))).toBe(true);
    expect(isRight(study.parse.family(family))).toBe(true);
    expect(isRight(study.parse.familyInterview(interview))).toBe(true);
    expect(
      isRight(study.parse.socialWorker({ id: 'SW-1', pilotId: 'east', employment: 'permanent' })),
    ).toBe(true);
    expect(isRight(study.parse.pilot({ id: 'east', name: 'East', groups: { size: 'm' } }))).toBe(
      true,
    );
    expect(
      isRight(
        study.parse.caseRecord({
          familyId: 'F-0001',
          auditDate: '2026-09-01',
          toolsEvidenced: ['wizards-and-fairies'],
          judgements: [{ date: '2026-03-01', scoredBy: 'child', score: 6.5 }],
        }),
      ),
    ).toBe(true);
  });

  it('ids outside the study are issues naming the field', () => {
    expect(
      codes(
        study.parse.workerSurveyResponse({
          ...survey,
          pilotId: 'wakefield',
          wave: 'T2',
          usage: { mapping: 'all', genogram: 'never' },
        }),
      ),
    ).toEqual([
      [['pilotId'], 'unknown_pilot'],
      [['wave'], 'unknown_wave'],
      [['usage', 'mapping'], 'invalid_level'],
      [['usage', 'genogram'], 'unknown_tool'],
    ]);
    expect(codes(study.parse.family({ ...family, cohort: 'cohort-1' }))).toEqual([
      [['cohort'], 'unknown_cohort'],
    ]);
    expect(
      codes(
        study.parse.pilot({ id: 'east', name: 'East', groups: { size: 'xxl', colour: 'red' } }),
      ),
    ).toEqual([
      [['groups', 'size'], 'unknown_level'],
      [['groups', 'colour'], 'unknown_grouping'],
    ]);
    expect(
      codes(
        study.parse.caseRecord({
          familyId: 'F-0001',
          auditDate: '2026-09-01',
          toolsEvidenced: ['genogram'],
          judgements: [{ date: '2026-03-01', scale: 'danger', scoredBy: 'teacher', score: 6 }],
        }),
      ),
    ).toEqual([
      [['toolsEvidenced', 0], 'unknown_tool'],
      [['judgements', 0, 'scale'], 'unknown_scale'],
      [['judgements', 0, 'scoredBy'], 'unknown_scorer'],
    ]);
  });

  it('dates outside the cohort or wave window are issues', () => {
    const r = study.parse.family({ ...family, referralDate: '2026-04-01' });
    expect(isLeft(r) && r.left).toEqual([
      {
        path: ['referralDate'],
        code: 'outside_window',
        message:
          "referralDate: 2026-04-01 is outside q1's referral window 2026-01-01 to 2026-03-31",
      },
    ]);
    expect(codes(study.parse.familyInterview({ ...interview, date: '2026-12-31' }))).toEqual([
      [['date'], 'outside_window'],
    ]);
  });

  it('parseMany keeps the valid rows and reports the others by row', () => {
    const parsed = study.parseMany.family([
      family,
      { ...family, pilotId: 'west' },
      { ...family, id: 'F-0002' },
    ]);
    expect(parsed.rows.map((r) => r.id)).toEqual(['F-0001', 'F-0002']);
    expect(parsed.indices).toEqual([0, 2]);
    expect(parsed.rejected).toBe(1);
    expect(parsed.issues.map((i) => [i.path, i.code])).toEqual([[[1, 'pilotId'], 'unknown_pilot']]);
  });

  it('extend adds columns, keeps every check, and never throws while parsing', () => {
    const Family = study.extend('family', {
      ethnicity: z.string().min(1),
      disabled: z.boolean().optional(),
    });
    expect(Family.safeParse({ ...family, ethnicity: 'White British' }).success).toBe(true);
    const outside = Family.safeParse({ ...family, referralDate: '2026-05-01', ethnicity: 'x' });
    expect(outside.success).toBe(false);
    expect(outside.error?.issues.map((i) => i.path)).toEqual([['referralDate']]);
    expect(Family.safeParse({ ...family, pilotId: 'west', ethnicity: 3 }).success).toBe(false);
    for (const junk of [null, 1, 'x', [], {}, { ...family, ethnicity: null }]) {
      expect(() => Family.safeParse(junk)).not.toThrow();
    }
    const parsed = Family.parse({ ...family, ethnicity: 'x' });
    expectTypeOf(parsed.ethnicity).toEqualTypeOf<string>();
    expectTypeOf(parsed.pilotId).toEqualTypeOf<'north' | 'south' | 'east'>();
  });

  it('extend refuses an existing field or an unknown record', () => {
    expect(() => study.extend('family', { cohort: z.string() })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: shape.cohort is already a field of family; extra columns must have new names]`,
    );
    expect(() => study.extend('household' as 'family', {})).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: record must be one of 'pilot', 'socialWorker', 'workerSurveyResponse', 'family', 'familyInterview', 'caseRecord', got "household"]`,
    );
  });

  it('a study with its own scales checks confidence and judgements on them', () => {
    const s = defineStudy({
      ...northshire,
      scales: [
        { id: 'danger', min: 1, max: 5, step: 1 },
        { id: 'confidence', min: 0, max: 100, step: 10 },
      ],
    });
    expect(isRight(s.parse.workerSurveyResponse({ ...survey, confidence: 70 }))).toBe(true);
    expect(codes(s.parse.workerSurveyResponse({ ...survey, confidence: 75 }))).toEqual([
      [['confidence'], 'not_on_step'],
    ]);
    const record = s.parse.caseRecord({
      familyId: 'F',
      auditDate: '2026-09-01',
      toolsEvidenced: [],
      judgements: [{ date: '2026-03-01', scoredBy: 'worker', score: 3 }],
    });
    // The first scale is the default.
    expect(isRight(record) && record.right.judgements[0]!.scale).toBe('danger');
  });
});

describe('broken definitions throw, naming the field', () => {
  const base: StudyDefinition = northshire;
  it.each<[string, unknown, string]>([
    ['not an object', 'northshire', 'TypeError: definition must be an object, got "northshire"'],
    [
      'one wave',
      { ...base, waves: [base.waves[0]] },
      'RangeError: definition.waves: must list at least two waves (one wave has nothing to compare)',
    ],
    [
      'a duplicate id',
      { ...base, tools: [base.tools[0], base.tools[0]] },
      'RangeError: definition.tools[1].id: tool id "mapping" is used more than once',
    ],
    [
      'waves out of order',
      { ...base, waves: [base.waves[1], base.waves[0]] },
      'RangeError: definition.waves[1].fieldwork.start: wave "baseline" starts before wave "six-months"; list waves in time order',
    ],
    [
      'overlapping cohorts',
      {
        ...base,
        cohorts: [
          base.cohorts[0],
          { id: 'q1b', referrals: { start: '2026-03-01', end: '2026-05-31' } },
        ],
      },
      `RangeError: definition.cohorts[1].referrals: cohort "q1b"'s referral window overlaps cohort "q1"'s, so a referral date could not tell them apart`,
    ],
    [
      'a group outside the groupings',
      { ...base, pilots: [{ id: 'x', name: 'X', groups: { adoption: 'middling' } }] },
      'RangeError: definition.pilots[0].groups.adoption: "middling" is not a level of grouping "adoption" (early, late)',
    ],
    [
      'no level that means use',
      {
        ...base,
        usageLevels: [
          { id: 'no', uses: false },
          { id: 'never', uses: false },
        ],
      },
      'RangeError: definition.usageLevels: must have at least one level that uses the tool',
    ],
    [
      'a level called missing',
      {
        ...base,
        usageLevels: [
          { id: 'yes', uses: true },
          { id: 'missing', uses: false },
        ],
      },
      'RangeError: definition.usageLevels[1].id: "missing" is reserved for unanswered questions; name the level otherwise',
    ],
    [
      'a level called n',
      {
        ...base,
        usageLevels: [
          { id: 'yes', uses: true },
          { id: 'n', uses: false },
        ],
      },
      'RangeError: definition.usageLevels[1].id: "n" is a column of usage tables; name the level otherwise',
    ],
    [
      'a title of the wrong type',
      { ...base, title: 42 },
      'TypeError: definition.title: Invalid input: expected string, received number',
    ],
    [
      'an id with a space',
      { ...base, waves: [base.waves[0], { id: 'six months', label: 'Six months' }] },
      'RangeError: definition.waves[1].id: must be an id of letters, digits, ".", "_" or "-" (up to 64, no spaces)',
    ],
    [
      'a scale whose step does not divide it',
      { ...base, scales: [{ id: 'x', min: 0, max: 10, step: 3 }] },
      'RangeError: definition.scales[0].step: must divide max − min (10 − 0) into whole steps',
    ],
    [
      'an unknown field',
      { ...base, colour: 'blue' },
      'RangeError: definition.colour: unknown field (not part of this record)',
    ],
  ])('%s', (_name, definition, message) => {
    let thrown: unknown;
    try {
      defineStudy(definition as StudyDefinition);
    } catch (error) {
      thrown = error;
    }
    expect(String(thrown)).toBe(message);
  });

  it('parseStudyDefinition returns the same problems as issues', () => {
    const r = parseStudyDefinition({ ...base, waves: [base.waves[1], base.waves[0]] });
    expect(isLeft(r) && r.left.map((i) => [i.path, i.code])).toEqual([
      [['waves', 1, 'fieldwork', 'start'], 'out_of_order'],
    ]);
  });

  it('arguments to the helpers are checked', () => {
    expect(() => study.cohortOf('2026-02-30')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: date must be a real calendar date written YYYY-MM-DD, got "2026-02-30"]`,
    );
    expect(() => study.groupOf('north', 'colour' as 'size')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: grouping must be one of study "northshire-2026"'s groupings ('adoption', 'size'), got "colour"]`,
    );
  });
});

describe('types come from the definition', () => {
  it('ids are literal unions', () => {
    expectTypeOf<StudyPilotId<typeof study>>().toEqualTypeOf<'north' | 'south' | 'east'>();
    expectTypeOf<StudyCohortId<typeof study>>().toEqualTypeOf<'q1'>();
    expectTypeOf<StudyWaveId<typeof study>>().toEqualTypeOf<
      'baseline' | 'six-months' | 'twelve-months'
    >();
    expectTypeOf<StudyToolId<typeof study>>().toEqualTypeOf<
      'mapping' | 'three-houses' | 'wizards-and-fairies'
    >();
    expectTypeOf<StudyUsageLevelId<typeof study>>().toEqualTypeOf<
      'always' | 'often' | 'sometimes' | 'rarely' | 'never'
    >();
    expectTypeOf<StudyGroupingId<typeof study>>().toEqualTypeOf<'adoption' | 'size'>();
    const defaults = defineStudy({ ...northshire, usageLevels: undefined });
    void defaults;
    expectTypeOf<
      StudyUsageLevelId<ReturnType<typeof defineStudy<Omit<typeof northshire, 'usageLevels'>>>>
    >().toEqualTypeOf<'all' | 'some' | 'none'>();
  });

  it('a parsed record carries the literal ids, and an id outside the study does not compile', () => {
    const r = study.parse.workerSurveyResponse(survey);
    if (isRight(r)) {
      expectTypeOf(r.right.wave).toEqualTypeOf<'baseline' | 'six-months' | 'twelve-months'>();
      expectTypeOf(r.right.usage).toEqualTypeOf<
        Readonly<
          Partial<
            Record<
              'mapping' | 'three-houses' | 'wizards-and-fairies',
              'always' | 'often' | 'sometimes' | 'rarely' | 'never' | null
            >
          >
        >
      >();
    }
    const ok: StudyRecord<typeof study, 'family'> = {
      ...family,
      pilotId: 'south',
      cohort: 'q1',
      currentConcerns: ['neglect'],
    };
    // @ts-expect-error 'west' is not a site of the study
    const badPilot: StudyPilotId<typeof study> = 'west';
    // @ts-expect-error 'T2' is not a wave of the study
    const badWave: StudyWaveId<typeof study> = 'T2';
    // @ts-expect-error 'genogram' is not a tool of the study
    const badTool: StudyToolId<typeof study> = 'genogram';
    // @ts-expect-error a grouping outside the study
    expect(() => study.groupOf('north', 'colour')).toThrow(RangeError);
    // @ts-expect-error a site outside the study
    expect(() => study.groupOf('west', 'size')).toThrow(RangeError);
    void [ok, badPilot, badWave, badTool];
  });
});
