import { describe, expect, it } from 'vitest';
import {
  defineClientEngagement,
  parseFamilyInterviewWithMeasures,
  MEASURES,
} from 'sos-eval/measures';

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
    const r = parseFamilyInterviewWithMeasures({
      ...interview,
      measures: { 'lsns-6': [3, 2, null, 1, 1, 0], 'pearlin-mastery': [1, 2, 3, 4, 1, 2, 3] },
    });
    expect(r._tag).toBe('Right');
  });

  it('reports out-of-range codes, wrong lengths and unknown measures with full paths', () => {
    const r = parseFamilyInterviewWithMeasures({
      ...interview,
      measures: { 'lsns-6': [3, 2, 6, 1, 1, 0], 'sdq-parent': [0, 1], 'gad-7': [1] },
    });
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
    const r = parseFamilyInterviewWithMeasures({ ...interview, wave: 'T9' });
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
      defs,
    );
    expect(ok._tag).toBe('Right');
    const bad = parseFamilyInterviewWithMeasures(
      { ...interview, measures: { 'client-engagement': [0, 2, 3, 4, 5] } },
      defs,
    );
    expect(bad._tag).toBe('Left');
  });
});
