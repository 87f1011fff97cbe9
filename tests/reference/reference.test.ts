import { describe, expect, it } from 'vitest';
import { isRight } from 'fp-ts/lib/Either.js';
import { csvPresets, readCsv } from 'sos-eval/io';
import { defineStudy, parseStudyDefinition } from 'sos-eval/models';
import {
  COHORTS,
  EVALUATION_2017,
  EXPERIENCE_GROUPING,
  PILOT_IDS,
  PILOTS,
  SOS_2017,
  SOS_TOOLS,
  TOOL_IDS,
  WAVES,
  publishedFigure,
} from 'sos-eval/reference';

describe('SOS_2017 is a study like any other', () => {
  it('its definition passes the study schema and rebuilds the same study', () => {
    expect(isRight(parseStudyDefinition(SOS_2017.definition))).toBe(true);
    const again = defineStudy(JSON.parse(JSON.stringify(SOS_2017)));
    expect(again.ids).toEqual(SOS_2017.ids);
    expect(again.pilots).toEqual(SOS_2017.pilots);
  });
  it.each(PILOTS.map((p) => [p.id, p]))('pilot %s parses as a pilot of the study', (_id, pilot) => {
    expect(isRight(SOS_2017.parse.pilot(pilot))).toBe(true);
  });
  it("the exported lists are the study's", () => {
    expect(PILOTS).toBe(SOS_2017.pilots);
    expect(COHORTS).toBe(SOS_2017.cohorts);
    expect(WAVES).toBe(SOS_2017.waves);
    expect(PILOT_IDS).toEqual(PILOTS.map((p) => p.id));
    expect(TOOL_IDS).toEqual(SOS_TOOLS.map((t) => t.id));
    expect(SOS_2017.ids.usageLevels).toEqual(['all', 'some', 'none']);
  });
  it('cohorts and waves (slide 19)', () => {
    expect(COHORTS.map((c) => [c.id, c.label, c.referrals.start, c.referrals.end])).toEqual([
      ['cohort-1', 'Cohort 1', '2015-03-01', '2015-05-31'],
      ['cohort-2', 'Cohort 2', '2015-08-01', '2015-10-31'],
    ]);
    expect(WAVES.map((w) => [w.id, w.label, w.fieldwork?.start, w.fieldwork?.end])).toEqual([
      ['T1', 'Time 1', '2015-06-01', '2015-10-31'],
      ['T2', 'Time 2', '2016-02-01', '2016-07-31'],
    ]);
  });
});

describe('pilots (slide 6)', () => {
  it('four new, three with two years, three with more', () => {
    const names = (g: string) =>
      PILOTS.filter((p) => SOS_2017.groupOf(p.id, 'experience') === g).map((p) => p.name);
    expect(names('new')).toEqual(['Wakefield', 'Norfolk', 'Wokingham', 'Bristol']);
    expect(names('two-years')).toEqual(['Suffolk', 'Lincolnshire', 'Brent']);
    expect(names('two-years-plus')).toEqual(['West Sussex', 'Leicestershire', 'Tower Hamlets']);
  });
  it('agree with the slide-6 counts', () => {
    for (const g of EXPERIENCE_GROUPING.levels) {
      expect(PILOTS.filter((p) => p.groups.experience === g.id).length).toBe(
        publishedFigure(`pilots.${g.id}`).value,
      );
    }
  });
  it('are frozen', () => {
    expect(Object.isFrozen(PILOTS)).toBe(true);
    expect(Object.isFrozen(PILOTS[0])).toBe(true);
  });
});

describe('EVALUATION_2017 figures', () => {
  const figures = EVALUATION_2017.figures;

  it('have unique ids and slides within 6–21', () => {
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    for (const f of figures) {
      expect(f.slide).toBeGreaterThanOrEqual(6);
      expect(f.slide).toBeLessThanOrEqual(21);
    }
  });

  it('usage shares for each surveyed tool sum to 100 (slides 14–17)', () => {
    expect(EVALUATION_2017.surveyedTools).toHaveLength(7);
    for (const tool of EVALUATION_2017.surveyedTools) {
      const levels = ['all', 'some', 'none'].map(
        (l) => publishedFigure(`usage.${tool}.${l}`).value,
      );
      expect(levels.reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it('marks exactly the numbers the slides do not print as derived', () => {
    const derived = figures.filter((f) => f.derived).map((f) => f.id);
    expect(derived).toEqual(['usage.family-network-meetings.none', 'feelings.no-response']);
    // 100 − 8 − 41 = 51 and 100 − 43 − 37 − 17 = 3.
    expect(publishedFigure('usage.family-network-meetings.none').value).toBe(51);
    expect(publishedFigure('feelings.no-response').value).toBe(3);
  });

  it('carries the slide denominators', () => {
    expect(publishedFigure('usage.mapping.all').denominator).toBe(165);
    expect(publishedFigure('families.previous-referrals')).toMatchObject({
      value: 204,
      denominator: 270,
    });
    expect(publishedFigure('families.t2.still-allocated')).toMatchObject({
      value: 165,
      denominator: 184,
    });
  });

  it('reads slide 7 cell by cell: 121 time diaries, 30 performance indicators, no T2 interview count', () => {
    // The slide's grid, flattened: "Time diaries completed by 121 social workers" and
    // "Analysis of 30 performance indicators" (Time 2 column).
    expect(publishedFigure('workers.t2.time-diaries')).toMatchObject({
      slide: 7,
      value: 121,
      unit: 'count',
    });
    expect(publishedFigure('performance-indicators.analysed')).toMatchObject({
      slide: 7,
      value: 30,
      unit: 'count',
    });
    expect(() => publishedFigure('workers.t2.interviewed')).toThrow(RangeError);
    expect(
      figures
        .filter((f) => f.slide === 7)
        .map((f) => f.value)
        .sort((a, b) => a - b),
    ).toEqual([30, 121, 165, 184, 185, 262, 270]);
  });

  it('rejects an unknown id with a RangeError', () => {
    expect(() => publishedFigure('usage.genogram.all')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: id must name a published figure, got "usage.genogram.all"]`,
    );
  });
});

describe('the catalogue names tools as exports spell them', () => {
  it("a 2017 survey export's older headers still read through the study's CSV presets", () => {
    const text = [
      'Worker ID,Local authority,Wave,Employment,Training days,SoS supervision,Confidence,Safety mapping,Words & Pictures,FNM,Appreciative inquiries',
      'SW-0001,Suffolk,T2,Permanent,5,Yes,8,All families,Some families,Not at all,Some families',
    ].join('\n');
    const read = readCsv(
      text,
      SOS_2017.schemas.workerSurveyResponse,
      csvPresets(SOS_2017).workerSurveyResponse,
    );
    expect(read.issues).toEqual([]);
    expect(read.rows[0]?.usage).toEqual({
      mapping: 'all',
      'words-and-pictures': 'some',
      'family-network-meetings': 'none',
      'appreciative-inquiry': 'some',
    });
  });
});
