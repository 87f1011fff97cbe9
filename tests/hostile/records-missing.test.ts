import { describe, expect, it } from 'vitest';
import { EmploymentSchema, parseMany } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import { usageFromCaseRecords } from 'sos-eval/usage';
import { FAMILY_INTERVIEW, SURVEY_RESPONSE } from '../_support/records.js';

// Issue 13: missing never becomes a value, and no row vanishes without an issue.

const survey = SURVEY_RESPONSE;
const interview = FAMILY_INTERVIEW;
/** The record as JSON.parse gives it: `__proto__` an own key, as from a file. */
const withOwnProto = <T extends object>(record: T, at: keyof T, value: unknown): unknown => {
  const json = JSON.stringify(record);
  const parsed = JSON.parse(json) as Record<string, Record<string, unknown>>;
  const inner = JSON.parse(`{"__proto__": ${JSON.stringify(value)}}`) as Record<string, unknown>;
  Object.assign(inner, parsed[at as string]);
  parsed[at as string] = inner;
  return parsed;
};

describe('parseMany on sparse arrays', () => {
  it('reports each hole as a row with its index', () => {
    // eslint-disable-next-line no-sparse-arrays
    const input = ['permanent', , 'agency', ,];
    const parsed = parseMany(EmploymentSchema, input);
    expect(parsed.rows).toEqual(['permanent', 'agency']);
    expect(parsed.rejected).toBe(2);
    expect(parsed.issues.map((i) => i.path)).toEqual([[1], [3]]);
    expect(parsed.rows.length + parsed.rejected).toBe(input.length);
  });

  it('a study parser counts a new Array(3) as three rejected rows', () => {
    const parsed = SOS_2017.parseMany.workerSurveyResponse(new Array(3));
    expect(parsed.rejected).toBe(3);
    expect(parsed.issues.map((i) => i.path[0])).toEqual([0, 1, 2]);
  });
});

describe('a __proto__ key in usage or measures', () => {
  it('is reported in usage like any other unknown key, not dropped', () => {
    const record = withOwnProto(survey, 'usage', 'all');
    expect(Object.hasOwn((record as typeof survey).usage, '__proto__')).toBe(true);
    const parsed = SOS_2017.parseMany.workerSurveyResponse([record]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.issues.map((i) => [i.path, i.code])).toEqual([
      [[0, 'usage', '__proto__'], 'forbidden_key'],
    ]);
  });

  it('is reported in measures', () => {
    const record = withOwnProto(interview, 'measures', [1, 2, 3]);
    const parsed = SOS_2017.parseMany.familyInterview([record]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.issues.map((i) => [i.path, i.code])).toContainEqual([
      [0, 'measures', '__proto__'],
      'forbidden_key',
    ]);
  });

  it('a record without one still parses', () => {
    expect(SOS_2017.parseMany.workerSurveyResponse([survey]).rows).toHaveLength(1);
    expect(SOS_2017.parseMany.familyInterview([interview]).rows).toHaveLength(1);
  });
});

describe('usageFromCaseRecords', () => {
  const audit = (familyId: string, toolsEvidenced?: string[]) => ({
    familyId,
    workerId: 'SW-1',
    auditDate: '2016-03-01',
    judgements: [],
    ...(toolsEvidenced === undefined ? {} : { toolsEvidenced }),
  });

  it('reports a record with no toolsEvidenced and leaves it out, not counting it as no tool', () => {
    const result = usageFromCaseRecords([audit('F-1', ['mapping']), audit('F-2')] as never[], {
      study: SOS_2017,
      tools: ['mapping'],
    });
    // Only F-1 counts: mapping in all of the worker's (one) audited families.
    expect(result.usage['SW-1']).toEqual({ mapping: 'all' });
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      [[1, 'toolsEvidenced'], 'invalid_type'],
    ]);
  });

  it('reports null and non-object records with their index', () => {
    const result = usageFromCaseRecords([null, 3, audit('F-1', ['mapping']), 'x'] as never[], {
      study: SOS_2017,
      tools: ['mapping'],
    });
    expect(result.usage['SW-1']).toEqual({ mapping: 'all' });
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      [[0], 'invalid_type'],
      [[1], 'invalid_type'],
      [[3], 'invalid_type'],
    ]);
  });
});
