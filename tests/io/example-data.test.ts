import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvPresets, readCsv } from 'sos-eval/io';
import { SOS_2017 } from 'sos-eval/reference';

const presets = csvPresets(SOS_2017);
const schemas = SOS_2017.schemas;

// examples/data holds synthetic exports with one deliberate mistake each; examples/read-csv.ts
// prints them. This pins what each file should give, so the example cannot rot silently.
const load = (name: string): string =>
  readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8');
const where = (issues: readonly { row: number; column: string | null; code: string }[]) =>
  issues.map(({ row, column, code }) => [row, column, code]);

describe('examples/data', () => {
  it('worker-survey.csv: six workers, "two" training days on row 7', () => {
    const r = readCsv(
      load('worker-survey.csv'),
      schemas.workerSurveyResponse,
      presets.workerSurveyResponse,
    );
    expect(r.rowNumbers).toEqual([2, 3, 4, 5, 6]);
    expect(where(r.issues)).toEqual([[7, 'Training days', 'invalid_number']]);
    // SW-0005 left appreciative inquiry blank: a missing answer, not "none".
    expect(r.rows[4]!.usage['appreciative-inquiry']).toBe(null);
  });

  it('families.csv: 31/09/2015 on row 5 is not a date', () => {
    const r = readCsv(load('families.csv'), schemas.family, presets.family);
    expect(r.rows.map((f) => f.id)).toEqual(['F-0001', 'F-0002', 'F-0003', 'F-0005']);
    expect(where(r.issues)).toEqual([[5, 'Referral date', 'invalid_date']]);
  });

  it('family-interviews.csv: a T2 interview on row 6 falls after the fieldwork window', () => {
    const r = readCsv(load('family-interviews.csv'), schemas.familyInterview, {
      ...presets.familyInterview,
      ignore: ['Interviewer notes'],
    });
    expect(r.rowNumbers).toEqual([2, 3, 4, 5]);
    expect(where(r.issues)).toEqual([[6, 'Interview date', 'outside_window']]);
  });

  it('case-records.csv: a judgement on row 4 is dated after its audit', () => {
    const r = readCsv(load('case-records.csv'), schemas.caseRecord, presets.caseRecord);
    expect(r.rows.map((c) => c.familyId)).toEqual(['F-0001', 'F-0002', 'F-0005']);
    expect(where(r.issues)).toEqual([[4, 'Judgement 2 date', 'after_audit']]);
  });

  it('says the data are synthetic', () => {
    expect(load('README.md')).toMatch(/\*\*synthetic\*\*/);
  });
});
