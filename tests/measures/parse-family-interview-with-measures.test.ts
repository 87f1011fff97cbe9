import { describe, expect, it } from 'vitest';
import {
  defineClientEngagement,
  parseFamilyInterviewWithMeasures,
  MEASURES,
} from 'sos-eval/measures';
import { defineStudy } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';

const options = { study: SOS_2017 };

const interview = {
  familyId: 'F-0001',
  wave: 'T1',
  date: '2015-07-02',
  workerChanges: 1,
  agencyWorker: false,
  stillAllocated: true,
  feeling: 'positive',
};

describe('parseFamilyInterviewWithMeasures', () => {
  it('accepts valid codes and missing items', () => {
    const r = parseFamilyInterviewWithMeasures(
      {
        ...interview,
        measures: { 'lsns-6': [3, 2, null, 1, 1, 0], 'pearlin-mastery': [1, 2, 3, 4, 1, 2, 3] },
      },
      options,
    );
    expect(r._tag).toBe('Right');
  });

  it('reports out-of-range codes, wrong lengths and unknown measures with full paths', () => {
    const r = parseFamilyInterviewWithMeasures(
      {
        ...interview,
        measures: { 'lsns-6': [3, 2, 6, 1, 1, 0], 'sdq-parent': [0, 1], 'gad-7': [1] },
      },
      options,
    );
    expect(r._tag).toBe('Left');
    const issues = r._tag === 'Left' ? r.left : [];
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['measures', 'lsns-6', 2], 'out_of_range'],
      [['measures', 'sdq-parent'], 'wrong_length'],
      [['measures', 'gad-7'], 'unknown_measure'],
    ]);
    expect(issues[0]!.message).toBe('measures.lsns-6: item 3 must be from 0 to 5, got 6');
  });

  it('passes on shape errors from the models parser', () => {
    const r = parseFamilyInterviewWithMeasures({ ...interview, wave: 'T9' }, options);
    expect(r._tag).toBe('Left');
  });

  it('takes user definitions', () => {
    const engagement = defineClientEngagement({
      items: { count: 5, min: 1, max: 5 },
      dimensions: {
        receptivity: [1],
        expectancy: [2],
        investment: [3],
        workingRelationship: [4],
        mistrust: [5],
      },
      reverseKeyed: [5],
    });
    const defs = { ...MEASURES, 'client-engagement': engagement };
    const ok = parseFamilyInterviewWithMeasures(
      { ...interview, measures: { 'client-engagement': [1, 2, 3, 4, 5] } },
      { study: SOS_2017, definitions: defs },
    );
    expect(ok._tag).toBe('Right');
    const bad = parseFamilyInterviewWithMeasures(
      { ...interview, measures: { 'client-engagement': [0, 2, 3, 4, 5] } },
      { study: SOS_2017, definitions: defs },
    );
    expect(bad._tag).toBe('Left');
  });

  it("checks measure ids against a study that lists its measures, and takes the study's definitions", () => {
    const study = defineStudy({
      id: 'northshire',
      title: 'Northshire',
      pilots: [{ id: 'north', name: 'North' }],
      cohorts: [{ id: 'spring', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
      waves: [
        { id: 'baseline', label: 'Baseline' },
        { id: 'six-months', label: 'Six months' },
        { id: 'twelve-months', label: 'Twelve months' },
      ],
      tools: [{ id: 'mapping', name: 'Mapping' }],
      measures: ['lsns-6'],
    });
    const base = { ...interview, wave: 'twelve-months', date: '2027-01-10' };
    expect(
      parseFamilyInterviewWithMeasures(
        { ...base, measures: { 'lsns-6': [3, 2, 2, 1, 1, 0] } },
        { study },
      )._tag,
    ).toBe('Right');
    const r = parseFamilyInterviewWithMeasures(
      { ...base, measures: { 'pearlin-mastery': [1, 2, 3, 4, 1, 2, 3] } },
      { study },
    );
    expect(r._tag === 'Left' && r.left.map((i) => [i.path, i.code])).toEqual([
      [['measures', 'pearlin-mastery'], 'unknown_measure'],
    ]);
  });

  it('names a missing study', () => {
    expect(() =>
      parseFamilyInterviewWithMeasures(interview, {} as never),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.study must be a study made by defineStudy, got undefined]`,
    );
  });
});
