import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { csvPresets, readCsv, readCsvStream } from 'sos-eval/io';
import { defineStudy } from 'sos-eval/models';

// A study nothing like 2017: three waves with word labels, a tool of its own known by an alias,
// a five-answer usage question, a grouping of sites, cohorts labelled by number.
const study = defineStudy({
  id: 'northshire-2026',
  title: 'Northshire, 2026',
  pilots: [
    { id: 'north', name: 'North team', groups: { adoption: 'early' } },
    { id: 'south', name: 'South team', groups: { adoption: 'late' } },
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
  ],
  cohorts: [
    { id: 'spring', label: 'Cohort 1', referrals: { start: '2026-01-01', end: '2026-03-31' } },
    { id: 'autumn', label: 'Cohort 2', referrals: { start: '2026-08-01', end: '2026-10-31' } },
  ],
  waves: [
    { id: 'baseline', label: 'Baseline', fieldwork: { start: '2026-04-01', end: '2026-05-31' } },
    { id: 'six-months', label: 'Six months' },
    { id: 'twelve-months', label: 'Twelve months' },
  ],
  tools: [
    { id: 'mapping', name: 'Mapping' },
    { id: 'wizards-and-fairies', name: 'Wizards and Fairies', aliases: ['Fairy/Wizard'] },
  ],
  usageLevels: [
    { id: 'always', label: 'Always', uses: true },
    { id: 'often', label: 'Often', uses: true },
    { id: 'sometimes', label: 'Sometimes', uses: true },
    { id: 'rarely', label: 'Rarely', uses: false },
    { id: 'never', label: 'Never', uses: false },
  ],
});
const presets = csvPresets(study);
const where = (issues: readonly { row: number; column: string | null; code: string }[]) =>
  issues.map(({ row, column, code }) => [row, column, code]);

describe('csvPresets(study).workerSurveyResponse', () => {
  const text = [
    'Worker ID,Local authority,Time point,Employment,Training days,Supervision aligned,Confidence,Mapping,Usage: Fairy/Wizard,Usage: Genogram',
    'SW-0001,North team,Baseline,Permanent,3,Yes,7,Always,Rarely,Always',
    'SW-0002,south,six months,Agency,1,No,5,often,,',
    'SW-0003,SOUTH-TEAM,Twelve-Months,Permanent,2,n/k,,Sometimes,never,',
    'SW-0004,North team,twelve-months,Permanent,2,Y,8,All families,Never,',
    'SW-0005,East team,Time 3,Permanent,2,Y,8,Always,Always,',
  ].join('\r\n');
  const { rows, rowNumbers, issues } = readCsv(
    text,
    study.schemas.workerSurveyResponse,
    presets.workerSurveyResponse,
  );

  it('reads waves by label, sites by name, and one column per tool by name or alias', () => {
    expect(rowNumbers).toEqual([2, 3, 4]);
    expect(rows[0]).toEqual({
      workerId: 'SW-0001',
      pilotId: 'north',
      wave: 'baseline',
      employment: 'permanent',
      trainingDays: 3,
      supervisionAligned: true,
      confidence: 7,
      usage: { mapping: 'always', 'wizards-and-fairies': 'rarely' },
    });
    expect(rows.map((r) => [r.pilotId, r.wave])).toEqual([
      ['north', 'baseline'],
      ['south', 'six-months'],
      ['south', 'twelve-months'],
    ]);
    expect(rows[1]!.usage).toEqual({ mapping: 'often', 'wizards-and-fairies': null });
    expect(rows[2]!.supervisionAligned).toBe(null);
    // The rows carry the study's own ids in their type.
    expectTypeOf(rows[0]!.wave).toEqualTypeOf<'baseline' | 'six-months' | 'twelve-months'>();
  });

  it("reports a tool, a site, a wave and an answer that are not the study's", () => {
    expect(where(issues)).toEqual([
      [1, 'Usage: Genogram', 'unknown_column'],
      [5, 'Mapping', 'invalid_value'],
      [6, 'Local authority', 'invalid_value'],
      [6, 'Time point', 'invalid_value'],
    ]);
    expect(issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        ""Usage: Genogram" is not a known column: "genogram" is not a key of usage (known: mapping, wizards-and-fairies); its values are ignored",
        "Mapping: "All families" is not one of always, often, sometimes, rarely, never",
        "Local authority: "East team" is not one of north, south",
        "Time point: "Time 3" is not one of baseline, six-months, twelve-months",
      ]
    `);
  });

  it('reads a tool headed by its name written with & and the old "SoS supervision" header', () => {
    const old = readCsv(
      'Worker ID,LA,Wave,Employment,Training days,SoS supervision,Confidence,Wizards & Fairies\nSW-0001,north,Six months,,,Yes,,Often\n',
      study.schemas.workerSurveyResponse,
      presets.workerSurveyResponse,
    );
    expect(old.issues).toEqual([]);
    expect(old.rows[0]).toMatchObject({
      supervisionAligned: true,
      usage: { 'wizards-and-fairies': 'often' },
    });
  });

  it('streams the same rows and issues', async () => {
    const items = [];
    for await (const item of readCsvStream(
      [text.slice(0, 40), text.slice(40, 41), text.slice(41)],
      study.schemas.workerSurveyResponse,
      presets.workerSurveyResponse,
    ))
      items.push(item);
    expect(items.flatMap((i) => (i.row ? [i.row] : []))).toEqual(rows);
    expect(items.flatMap((i) => i.issues)).toEqual(issues);
  });
});

describe('csvPresets(study).family with an extra column and a z.iso.date() column', () => {
  const schema = study.extend('family', {
    keyWorker: z.string(),
    firstVisit: z.iso.date().nullable(),
  });
  const text = [
    'Family ID,Local authority,Cohort,Referral date,Previous referrals,Previous concerns,Current concerns,Key worker,First visit',
    'F-0001,North team,Cohort 1,14/02/2026,0,,Neglect,SW-0001,02/03/2026',
    'F-0002,South team,2,2026-09-03,1,Neglect,"Domestic violence; Neglect",SW-0002,',
    'F-0003,north,autumn,14/02/2026,0,,Neglect,SW-0001,',
    'F-0004,north,Cohort 3,14/02/2026,0,,Neglect,,',
    'F-0005,north,1,14/02/2026,0,,Neglect,SW-0001,31/02/2026',
  ].join('\n');
  const { rows, issues } = readCsv(text, schema, presets.family);

  it('reads cohorts by label or the number a label ends in, and the extra columns', () => {
    expect(rows).toEqual([
      {
        id: 'F-0001',
        pilotId: 'north',
        cohort: 'spring',
        referralDate: '2026-02-14',
        previousReferrals: 0,
        previousConcerns: [],
        currentConcerns: ['neglect'],
        keyWorker: 'SW-0001',
        firstVisit: '2026-03-02',
      },
      {
        id: 'F-0002',
        pilotId: 'south',
        cohort: 'autumn',
        referralDate: '2026-09-03',
        previousReferrals: 1,
        previousConcerns: ['neglect'],
        currentConcerns: ['domestic-abuse', 'neglect'],
        keyWorker: 'SW-0002',
        firstVisit: null,
      },
    ]);
    expectTypeOf(rows[0]!.firstVisit).toEqualTypeOf<string | null>();
  });

  it("keeps the study's checks: the cohort's window, unknown cohorts, a missing extra value", () => {
    expect(where(issues)).toEqual([
      [4, 'Referral date', 'outside_window'],
      [5, 'Cohort', 'invalid_value'],
      [5, 'Key worker', 'missing_value'],
      [6, 'First visit', 'invalid_date'],
    ]);
  });
});

describe('csvPresets(study).familyInterview and caseRecord', () => {
  it('reads waves by label and checks the fieldwork window the study gives', () => {
    const schema = study.extend('familyInterview', { consentDate: z.iso.date().optional() });
    const text = [
      'Family ID,Wave,Interview date,Worker changes,Agency worker,Still allocated,Feeling,Consent date',
      'F-0001,Baseline,02/04/2026,0,No,Yes,Positive,01/04/2026',
      'F-0001,Twelve months,02/04/2027,1,No,Yes,No strong feelings,',
      'F-0002,baseline,02/07/2026,0,No,Yes,Positive,',
    ].join('\n');
    const { rows, issues } = readCsv(text, schema, presets.familyInterview);
    expect(rows.map((r) => [r.wave, r.date, r.feeling, r.consentDate])).toEqual([
      ['baseline', '2026-04-02', 'positive', '2026-04-01'],
      ['twelve-months', '2027-04-02', 'neutral', undefined],
    ]);
    expect(where(issues)).toEqual([[4, 'Interview date', 'outside_window']]);
  });

  it('reads tools evidenced by name or alias and scorers by their usual names', () => {
    const text = [
      'Family ID,Audit date,Worker ID,Tools evidenced,Judgement 1 date,Judgement 1 scored by,Judgement 1 score',
      'F-0001,01/06/2026,SW-0001,Fairy/Wizard; Mapping,10/05/2026,Social worker,4.5',
      'F-0002,01/06/2026,,Wizards & Fairies,10/05/2026,Family member,6',
      'F-0003,01/06/2026,,Genogram,10/05/2026,Network,6',
    ].join('\n');
    const { rows, issues } = readCsv(text, study.schemas.caseRecord, presets.caseRecord);
    expect(rows.map((r) => [r.toolsEvidenced, r.judgements[0]!.scoredBy])).toEqual([
      [['wizards-and-fairies', 'mapping'], 'worker'],
      [['wizards-and-fairies'], 'family'],
    ]);
    expect(issues).toEqual([
      {
        row: 4,
        column: 'Tools evidenced',
        code: 'invalid_value',
        message: 'Tools evidenced: "Genogram" is not one of mapping, wizards-and-fairies',
      },
    ]);
  });
});

describe('csvPresets(study).pilot and socialWorker', () => {
  it('reads sites with a column per grouping, levels by id or label', () => {
    const text = [
      'Site ID,Name,Authority type,Adoption',
      'north,North team,County,Early adopters',
      'South team,South team,,late',
      'south,South team,,',
      'north,North team,,Middling',
    ].join('\n');
    const { rows, issues } = readCsv(text, study.schemas.pilot, presets.pilot);
    expect(rows).toEqual([
      { id: 'north', name: 'North team', authorityType: 'county', groups: { adoption: 'early' } },
      { id: 'south', name: 'South team', groups: { adoption: 'late' } },
      // A site with no level of a grouping leaves it out rather than failing.
      { id: 'south', name: 'South team' },
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'Adoption: "Middling" is not one of early, late',
    ]);
  });

  it('reads social workers by site name', () => {
    const { rows } = readCsv(
      'Worker ID,Local authority,Contract\nSW-0001,South team,Locum\n',
      study.schemas.socialWorker,
      presets.socialWorker,
    );
    expect(rows).toEqual([{ id: 'SW-0001', pilotId: 'south', employment: 'agency' }]);
  });
});

describe('csvPresets', () => {
  it('knows tools whose ids hold a dot or are all digits', () => {
    const odd = defineStudy({
      id: 'odd',
      title: 'Odd ids',
      pilots: [{ id: 'p', name: 'P' }],
      cohorts: [{ id: 'c', referrals: { start: '2026-01-01', end: '2026-12-31' } }],
      waves: [
        { id: '1', label: 'First' },
        { id: '2', label: 'Second' },
      ],
      tools: [
        { id: '7', name: 'Seven' },
        { id: 'tool.b', name: 'Tool B' },
      ],
    });
    const { rows, issues } = readCsv(
      'Worker ID,Pilot,Wave,Employment,Training days,Supervision aligned,Confidence,Seven,Usage: Tool B\nSW-1,P,Second,,,,,All families,Some families\n',
      odd.schemas.workerSurveyResponse,
      csvPresets(odd).workerSurveyResponse,
    );
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ wave: '2', usage: { '7': 'all', 'tool.b': 'some' } });
  });

  it('gives the same frozen presets for the same study, and throws for anything else', () => {
    expect(csvPresets(study)).toBe(presets);
    expect(Object.isFrozen(presets.family)).toBe(true);
    expect(() => csvPresets({} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: study must be a study made by defineStudy, got object]`,
    );
    expect(() => csvPresets(null as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: study must be a study made by defineStudy, got null]`,
    );
  });
});
