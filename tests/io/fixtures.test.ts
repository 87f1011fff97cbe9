import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvPresets, readCsv } from 'sos-eval/io';
import { SOS_2017 } from 'sos-eval/reference';
import { FAMILY_INTERVIEW, SURVEY_RESPONSE } from '../_support/records.js';

const presets = csvPresets(SOS_2017);
const schemas = SOS_2017.schemas;

// Synthetic files laid out as Excel and case-management exports write them (see the comment at
// the top of each test for what is nasty about the file). No real people: pseudonymous ids only.
const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const where = (issues: readonly { row: number; column: string | null; code: string }[]) =>
  issues.map(({ row, column, code }) => ({ row, column, code }));

describe('worker-survey-excel.csv: BOM, CRLF, doubled quotes, a quoted CRLF, blank trailing rows', () => {
  const text = fixture('worker-survey-excel.csv');
  const result = readCsv(text, schemas.workerSurveyResponse, {
    ...presets.workerSurveyResponse,
    ignore: ['Notes'],
  });

  it('really has the nasty features it claims', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('""mapping is central""');
    expect(text).toContain('"First line\r\nsecond line, with a comma"');
    expect(text.endsWith(',,,,,,,,,,,,,,\r\n\r\n')).toBe(true);
  });

  it('keeps every good row, counting the quoted line break as part of one row', () => {
    expect(result.rows.map((r) => r.workerId)).toEqual(['SW-0001', 'SW-0002', 'SW-0005']);
    expect(result.rowNumbers).toEqual([2, 3, 6]);
    expect(result.rejected).toBe(2);
  });

  it('reads one usage column per tool into the usage object, and yes/no and empty cells', () => {
    // The file's first response is the shared valid one with five tools answered.
    expect(result.rows[0]).toEqual({
      ...SURVEY_RESPONSE,
      usage: {
        mapping: 'all',
        'danger-statements': 'some',
        'safety-planning': 'all',
        'three-houses': 'some',
        'words-and-pictures': 'none',
      },
    });
    expect(result.rows[2]).toMatchObject({
      employment: null,
      supervisionAligned: null,
      confidence: null,
    });
  });

  it('reports the unknown tool, the repeated header, text in a number column and an out-of-range score', () => {
    expect(where(result.issues)).toEqual([
      { row: 1, column: 'Usage: Genogram', code: 'unknown_column' },
      { row: 1, column: 'Confidence', code: 'duplicate_header' },
      { row: 4, column: 'Training days', code: 'invalid_number' },
      { row: 5, column: 'Confidence', code: 'too_big' },
    ]);
    expect(result.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        ""Usage: Genogram" is not a known column: "genogram" is not a key of usage (known: mapping, danger-statements, safety-planning, scaling, three-houses, words-and-pictures, family-network-meetings, appreciative-inquiry); its values are ignored",
        ""Confidence" appears in columns 7 and 15; the values in column 15 are ignored",
        "Training days: "five" is not a number",
        "Confidence: 11 is above the scale maximum 10 (scale confidence: 1–10 in steps of 1)",
      ]
    `);
  });
});

describe('families-uk-dates.csv: LF, UK and ISO dates, 31/02/2015, a short row, empty comma rows', () => {
  const result = readCsv(fixture('families-uk-dates.csv'), schemas.family, presets.family);

  it('converts dd/mm/yyyy, d/m/yyyy and ISO dates and keeps the good rows', () => {
    expect(result.rows.map((r) => [r.id, r.referralDate])).toEqual([
      ['F-0001', '2015-04-14'],
      ['F-0004', '2015-09-03'],
      ['F-0006', '2015-05-01'],
    ]);
    expect(result.rowNumbers).toEqual([2, 5, 7]);
    expect(result.rows[0]!.previousConcerns).toEqual(['neglect', 'domestic-abuse']);
    expect(result.rows[1]!.currentConcerns).toEqual(['domestic-abuse', 'neglect']);
    // Excel leaves trailing empty cells off some rows: F-0006 stops after Previous referrals.
    expect(result.rows[2]).toMatchObject({ previousConcerns: [], currentConcerns: [] });
  });

  it('gives the row, column and reason for each problem', () => {
    expect(where(result.issues)).toEqual([
      { row: 3, column: 'Referral date', code: 'invalid_date' },
      { row: 4, column: 'Previous referrals', code: 'invalid_number' },
      { row: 6, column: 'Referral date', code: 'outside_window' },
    ]);
    expect(result.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Referral date: "31/02/2015" is not a real date written dd/mm/yyyy",
        "Previous referrals: "two" is not a number",
        "Referral date: 2015-01-15 is outside cohort-2's referral window 2015-08-01 to 2015-10-31",
      ]
    `);
  });
});

describe('interviews.csv: CRLF, yes/no answers, a leap day, an ignored free-text column', () => {
  const result = readCsv(fixture('interviews.csv'), schemas.familyInterview, {
    ...presets.familyInterview,
    ignore: ['Interviewer notes'],
  });

  it('keeps the good interviews with their measure items', () => {
    expect(result.rowNumbers).toEqual([2, 4]);
    // The file's first interview is the shared valid one, typed in as a CSV row.
    expect(result.rows[0]).toEqual(FAMILY_INTERVIEW);
    expect(result.rows[1]).toMatchObject({ wave: 'T2', date: '2016-02-29', feeling: 'neutral' });
  });

  it('reports every problem in a row, not just the first', () => {
    expect(where(result.issues)).toEqual([
      { row: 3, column: 'Agency worker', code: 'invalid_boolean' },
      { row: 5, column: 'Interview date', code: 'outside_window' },
      { row: 6, column: 'Feeling', code: 'invalid_value' },
      { row: 6, column: 'LSNS-6 item 6', code: 'invalid_number' },
    ]);
    expect(result.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Agency worker: "Maybe" is not yes/no, y/n or true/false",
        "Interview date: 2015-09-30 is outside T2's fieldwork window 2016-02-01 to 2016-07-31",
        "Feeling: "Cross" is not one of very-positive, positive, neutral, negative, very-negative, no-response",
        "LSNS-6 item 6: "x" is not a number",
      ]
    `);
  });
});

describe('case-records-semicolon.csv: semicolon-delimited, wide judgement columns', () => {
  const result = readCsv(fixture('case-records-semicolon.csv'), schemas.caseRecord, {
    ...presets.caseRecord,
    delimiter: ';',
  });

  it('keeps the good record, leaving out the empty worker and the empty second judgement', () => {
    expect(result.rows).toEqual([
      {
        familyId: 'F-0002',
        auditDate: '2016-03-01',
        toolsEvidenced: ['mapping'],
        judgements: [{ date: '2015-06-10', scale: 'safety', scoredBy: 'worker', score: 4.5 }],
      },
    ]);
    expect(result.rowNumbers).toEqual([3]);
  });

  it('names the column of a decimal comma, a judgement after the audit and a score over 10', () => {
    expect(where(result.issues)).toEqual([
      { row: 2, column: 'Judgement 2 score', code: 'invalid_number' },
      { row: 4, column: 'Judgement 2 date', code: 'after_audit' },
      { row: 5, column: 'Judgement 1 score', code: 'too_big' },
    ]);
    expect(result.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Judgement 2 score: "6,5" is not a number",
        "Judgement 2 date: judgement dated 2016-04-01 is after the audit date 2016-03-01",
        "Judgement 1 score: 12 is above the scale maximum 10 (scale safety: 0–10 in steps of 0.5)",
      ]
    `);
  });
});
