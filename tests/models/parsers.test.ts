import { describe, expect, it } from 'vitest';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { parseMany, type ValidationIssue } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import { FAMILY_INTERVIEW, SURVEY_RESPONSE } from '../_support/records.js';

const family = {
  id: 'F-0001',
  pilotId: 'bristol',
  cohort: 'cohort-1',
  referralDate: '2015-04-14',
  previousReferrals: 2,
  previousConcerns: ['neglect'],
  currentConcerns: ['domestic-abuse', 'neglect'],
};

const survey = {
  ...SURVEY_RESPONSE,
  usage: { ...SURVEY_RESPONSE.usage, 'appreciative-inquiry': null },
};

const interview = { ...FAMILY_INTERVIEW, goals: [{ score: 1 }, { score: -1, weight: 2 }] };

const caseRecord = {
  familyId: 'F-0001',
  auditDate: '2016-03-01',
  workerId: 'SW-0001',
  toolsEvidenced: ['mapping'],
  judgements: [{ date: '2015-06-10', scale: 'safety', scoredBy: 'worker', score: 4.5 }],
};

function issuesOf<T>(result: Either<ValidationIssue[], T>): ValidationIssue[] {
  if (isRight(result)) throw new Error('expected Left');
  return result.left;
}

describe('valid records parse to Right', () => {
  it.each<[string, Either<ValidationIssue[], unknown>]>([
    ['family', SOS_2017.parse.family(family)],
    ['survey response', SOS_2017.parse.workerSurveyResponse(survey)],
    ['interview', SOS_2017.parse.familyInterview(interview)],
    ['case record', SOS_2017.parse.caseRecord(caseRecord)],
    [
      'social worker',
      SOS_2017.parse.socialWorker({ id: 'SW-0001', pilotId: 'brent', employment: 'agency' }),
    ],
    [
      'pilot',
      SOS_2017.parse.pilot({
        id: 'west-sussex',
        name: 'West Sussex',
        groups: { experience: 'two-years-plus' },
      }),
    ],
  ])('%s', (_name, result) => {
    expect(isRight(result)).toBe(true);
  });

  it('case record judgements default their scale to safety', () => {
    const { scale: _scale, ...judgement } = caseRecord.judgements[0]!;
    const result = SOS_2017.parse.caseRecord({ ...caseRecord, judgements: [judgement] });
    expect(isRight(result) && result.right.judgements[0]!.scale).toBe('safety');
  });
});

describe('every kind of bad input is a Left with a path and a readable message', () => {
  it('wrong type', () => {
    const issues = issuesOf(SOS_2017.parse.family({ ...family, previousReferrals: 'two' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['previousReferrals']);
    expect(issues[0]!.code).toBe('invalid_type');
    expect(issues[0]!.message).toMatch(/^previousReferrals: /);
  });

  it('a score out of range', () => {
    const issues = issuesOf(SOS_2017.parse.workerSurveyResponse({ ...survey, confidence: 11 }));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['confidence'], 'too_big']]);
  });

  it('a safety score that is not a half point', () => {
    const bad = { ...caseRecord, judgements: [{ ...caseRecord.judgements[0], score: 4.3 }] };
    const issues = issuesOf(SOS_2017.parse.caseRecord(bad));
    expect(issues[0]!.path).toEqual(['judgements', 0, 'score']);
    expect(issues[0]!.code).toBe('not_on_step');
    expect(issues[0]!.message).toBe(
      'judgements[0].score: 4.3 is not on a step of 0.5 from 0 (scale safety: 0–10 in steps of 0.5)',
    );
  });

  it('an impossible date', () => {
    const issues = issuesOf(SOS_2017.parse.family({ ...family, referralDate: '2015-02-30' }));
    expect(issues[0]).toEqual({
      path: ['referralDate'],
      code: 'invalid_date',
      message: 'referralDate: expected a real calendar date written YYYY-MM-DD, got "2015-02-30"',
    });
  });

  it('a date outside the cohort window', () => {
    const issues = issuesOf(SOS_2017.parse.family({ ...family, referralDate: '2015-07-01' }));
    expect(issues).toEqual([
      {
        path: ['referralDate'],
        code: 'outside_window',
        message:
          "referralDate: 2015-07-01 is outside cohort-1's referral window 2015-03-01 to 2015-05-31",
      },
    ]);
  });

  it('an interview outside its wave', () => {
    const issues = issuesOf(SOS_2017.parse.familyInterview({ ...interview, wave: 'T2' }));
    expect(issues.map((i) => i.code)).toEqual(['outside_window']);
  });

  it('an unknown pilot id', () => {
    const issues = issuesOf(SOS_2017.parse.family({ ...family, pilotId: 'camden' }));
    expect(issues[0]!.path).toEqual(['pilotId']);
    expect(issues[0]!.code).toBe('unknown_pilot');
    expect(issues[0]!.message).toBe(
      'pilotId: "camden" is not a site of study "sos-2017" (wakefield, norfolk, wokingham, bristol, suffolk, lincolnshire, brent, west-sussex, leicestershire, tower-hamlets)',
    );
  });

  it('an unknown tool id', () => {
    const issues = issuesOf(
      SOS_2017.parse.workerSurveyResponse({ ...survey, usage: { genogram: 'all' } }),
    );
    expect(issues[0]!.path).toEqual(['usage', 'genogram']);
    const caseIssues = issuesOf(
      SOS_2017.parse.caseRecord({ ...caseRecord, toolsEvidenced: ['mapping', 'genogram'] }),
    );
    expect(caseIssues[0]!.path).toEqual(['toolsEvidenced', 1]);
  });

  it('a missing required field', () => {
    const { cohort: _cohort, ...rest } = family;
    const issues = issuesOf(SOS_2017.parse.family(rest));
    expect(issues[0]!.path).toEqual(['cohort']);
    expect(issues[0]!.code).toBe('invalid_type');
    expect(issues[0]!.message).toBe('cohort: Invalid input: expected string, received undefined');
  });

  it('extra unknown fields', () => {
    const issues = issuesOf(SOS_2017.parse.family({ ...family, name: 'Jane' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual({
      path: ['name'],
      code: 'unrecognized_keys',
      message: 'name: unknown field (not part of this record)',
    });
  });

  it('a name where a pseudonymous id belongs', () => {
    const issues = issuesOf(SOS_2017.parse.family({ ...family, id: 'Jane Smith' }));
    expect(issues[0]!.message).toBe(
      'id: must be a pseudonymous id of letters, digits, ".", "_" or "-" (no spaces, never a name)',
    );
  });

  it('a judgement after the audit date', () => {
    const bad = {
      ...caseRecord,
      judgements: [{ ...caseRecord.judgements[0], date: '2016-03-02' }],
    };
    expect(issuesOf(SOS_2017.parse.caseRecord(bad)).map((i) => i.code)).toEqual(['after_audit']);
  });

  it('not an object at all', () => {
    for (const input of [null, undefined, 42, 'family', []]) {
      const issues = issuesOf(SOS_2017.parse.family(input));
      expect(issues[0]!.path).toEqual([]);
      expect(issues[0]!.message).toMatch(/^record: /);
    }
  });
});

describe('parseMany', () => {
  it('keeps valid rows and reports each problem with its row index first', () => {
    const rows = [
      family,
      { ...family, id: 'F-0002', previousReferrals: -1 },
      { ...family, id: 'F-0003' },
      'junk',
    ];
    const parsed = parseMany(SOS_2017.schemas.family, rows);
    expect(parsed.rows.map((r) => r.id)).toEqual(['F-0001', 'F-0003']);
    expect(parsed.indices).toEqual([0, 2]);
    expect(parsed.rejected).toBe(2);
    expect(parsed.issues.map((i) => i.path)).toEqual([[1, 'previousReferrals'], [3]]);
    expect(parsed.issues[0]!.message).toMatch(/^\[1\]\.previousReferrals: /);
  });

  it('answers a non-array with an issue rather than throwing', () => {
    const parsed = parseMany(SOS_2017.schemas.family, 'oops' as unknown as unknown[]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.issues[0]!.code).toBe('invalid_type');
  });

  it('every input row is kept or has an issue', () => {
    const rows = [family, {}, family, null];
    const parsed = parseMany(SOS_2017.schemas.family, rows);
    const withIssue = new Set(parsed.issues.map((i) => i.path[0]));
    for (let i = 0; i < rows.length; i++) {
      expect(parsed.indices.includes(i) !== withIssue.has(i)).toBe(true);
    }
  });
});

it('isLeft agrees for bad input', () => {
  expect(isLeft(SOS_2017.parse.pilot({ id: 'Bad Slug', name: 'x', experienceGroup: 'new' }))).toBe(
    true,
  );
});
