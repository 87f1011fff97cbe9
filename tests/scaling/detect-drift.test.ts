import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { detectDrift, judgementsFromCaseRecords, type CaseJudgement } from 'sos-eval/scaling';
import { deepFreeze } from './_deep-freeze.js';

const w = (caseId: string, date: string, score: number | null): CaseJudgement => ({
  caseId,
  date,
  score,
  scoredBy: 'worker',
});

// Case A: R: d <- as.Date(c("2015-06-01","2015-07-15","2015-09-02","2015-12-20","2016-02-29"));
// s <- c(3, 3.5, 3, 4, 3.5); days <- as.numeric(d - d[1])  → 0 44 93 202 273
// coef(lm(s ~ days))[2] * 30 → 0.06804654846576684
const CASE_A = [
  w('A', '2015-09-02', 3),
  w('A', '2015-06-01', 3),
  w('A', '2016-02-29', 3.5),
  w('A', '2015-07-15', 3.5),
  w('A', '2015-12-20', 4),
];

describe('detectDrift', () => {
  it('gives the trajectory of a drifting case, its slope matching R lm', () => {
    const report = detectDrift(CASE_A);
    const a = report.cases[0]!;
    expect(a).toMatchObject({
      caseId: 'A',
      status: 'drift',
      flagged: true,
      reason: null,
      reviews: 5,
      missing: 0,
      firstDate: '2015-06-01',
      lastDate: '2016-02-29',
      firstScore: 3,
      lastScore: 3.5,
      spanDays: 273,
      range: 1, // 4 − 3
    });
    expect(a.slopePer30Days).toBeCloseTo(0.06804654846576684, 13);
    expect(report.flagged).toEqual(['A']);
  });

  it('separates drift, moving and not-assessable cases, and counts what it leaves out', () => {
    const report = detectDrift([
      ...CASE_A,
      // moving: range 6 − 2 = 4 > 1 over 2015-06-01 → 2015-12-01 (183 days)
      w('B', '2015-06-01', 2),
      w('B', '2015-09-01', 4),
      w('B', '2015-12-01', 6),
      // too few reviews: two scored, one missing
      w('C', '2015-06-01', 5),
      w('C', '2015-12-01', 5),
      w('C', '2015-09-01', null),
      // too short: 2015-06-01 → 2015-08-29 is 30 + 31 + 28 = 89 days
      w('D', '2015-06-01', 5),
      w('D', '2015-07-01', 5),
      w('D', '2015-08-29', 5),
      // only missing scores
      w('E', '2015-06-01', null),
      // other scorers are not the worker's trajectory
      { caseId: 'A', date: '2015-06-01', score: 9, scoredBy: 'family' },
      // bad rows
      w('F', '2015-02-30', 5),
      w('', '2015-06-01', 5),
      w('G', '2015-06-01', 10.5),
    ]);
    expect(report.cases.map((c) => [c.caseId, c.status, c.reason])).toEqual([
      ['A', 'drift', null],
      ['B', 'moving', null],
      ['C', 'not-assessable', '2 scored reviews, fewer than 3'],
      ['D', 'not-assessable', 'reviews span 89 days, fewer than 90'],
      ['E', 'not-assessable', 'no scored reviews'],
    ]);
    expect(report.totals).toEqual({ cases: 5, drift: 1, moving: 1, notAssessable: 3 });
    expect(report.otherScorers).toBe(1);
    expect(report.missing).toBe(2);
    expect(report.issues.map((i) => [i.path, i.code])).toEqual([
      [[16, 'date'], 'invalid_date'],
      [[17, 'caseId'], 'invalid_type'],
      [[18, 'score'], 'too_big'],
    ]);
    expect(report.issues[0]?.message).toMatchInlineSnapshot(
      `"[16].date: expected a real calendar date written YYYY-MM-DD, got "2015-02-30""`,
    );
    // B: days 0, 92, 183; R: coef(lm(c(2, 4, 6) ~ c(0, 92, 183)))[2] * 30 → 0.65573117808655479
    expect(report.cases[1]?.slopePer30Days).toBeCloseTo(0.65573117808655479, 13);
  });

  it('follows the options: scorer, minimum reviews and days, allowed movement', () => {
    const js: CaseJudgement[] = [
      { caseId: 'A', date: '2015-06-01', score: 6, scoredBy: 'family' },
      { caseId: 'A', date: '2015-07-01', score: 8, scoredBy: 'family' },
    ];
    const r = detectDrift(js, { scoredBy: 'family', minReviews: 2, minDays: 30, maxMovement: 2 });
    expect(r.rule).toEqual({ minReviews: 2, minDays: 30, maxMovement: 2, scoredBy: 'family' });
    expect(r.flagged).toEqual(['A']);
    // (8 − 6) / 30 days × 30 = 2
    expect(r.cases[0]?.slopePer30Days).toBeCloseTo(2, 14);
    expect(
      detectDrift(js, { scoredBy: 'family', minReviews: 2, minDays: 30, maxMovement: 1.5 }).flagged,
    ).toEqual([]);
  });

  it('gives a null slope when every review shares one date', () => {
    const r = detectDrift([
      w('A', '2015-06-01', 3),
      w('A', '2015-06-01', 4),
      w('A', '2015-06-01', 3),
    ]);
    expect(r.cases[0]).toMatchObject({
      spanDays: 0,
      slopePer30Days: null,
      firstScore: 3,
      lastScore: 4,
    });
  });

  it('throws for broken arguments', () => {
    expect(() => detectDrift([], { minReviews: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: minReviews must be at least 2, got 1]`,
    );
    expect(() => detectDrift([], { minDays: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: minDays must be a whole number ≥ 0, got -1]`,
    );
    expect(() => detectDrift([], { maxMovement: -0.5 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: maxMovement must be 0 or more, got -0.5]`,
    );
    expect(() =>
      detectDrift([], { scoredBy: 'manager' as 'worker' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: scoredBy must be one of 'worker', 'family', 'network', got "manager"]`,
    );
  });

  const judgement = fc.record({
    caseId: fc.constantFrom('A', 'B', 'C', 'D'),
    date: fc
      .integer({ min: 0, max: 400 })
      .map((d) => new Date(Date.UTC(2015, 0, 1 + d)).toISOString().slice(0, 10)),
    score: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 20 }).map((k) => k / 2) },
      { weight: 1, arbitrary: fc.constantFrom(null, 12) },
    ),
    scoredBy: fc.constantFrom('worker' as const, 'worker' as const, 'family' as const),
  });

  test.prop([
    fc
      .array(judgement, { maxLength: 40 })
      .chain((js) =>
        fc.tuple(
          fc.constant(js),
          fc.shuffledSubarray(js, { minLength: js.length, maxLength: js.length }),
        ),
      ),
  ])('flags and trajectories do not depend on the order of the judgements', ([js, shuffled]) => {
    const a = detectDrift(js, { maxMovement: 2 });
    const b = detectDrift(shuffled, { maxMovement: 2 });
    expect(b.flagged).toEqual(a.flagged);
    expect(b.totals).toEqual(a.totals);
    expect(b.cases).toEqual(a.cases);
  });

  test.prop([fc.array(judgement, { maxLength: 30 })])(
    'leaves frozen input unchanged and does not throw',
    (js) => {
      const copy = structuredClone(js);
      detectDrift(deepFreeze(js));
      expect(js).toEqual(copy);
    },
  );
});

describe('judgementsFromCaseRecords', () => {
  it('flattens case records with caseId = familyId, in record then judgement order', () => {
    const records = deepFreeze([
      {
        familyId: 'F-0001',
        auditDate: '2016-03-01',
        toolsEvidenced: [],
        judgements: [
          { date: '2015-06-10', scale: 'safety' as const, scoredBy: 'worker' as const, score: 4 },
          { date: '2015-06-10', scale: 'safety' as const, scoredBy: 'family' as const, score: 6 },
        ],
      },
      { familyId: 'F-0002', auditDate: '2016-03-01', toolsEvidenced: [], judgements: [] },
    ]);
    expect(judgementsFromCaseRecords(records)).toEqual([
      { caseId: 'F-0001', date: '2015-06-10', score: 4, scoredBy: 'worker' },
      { caseId: 'F-0001', date: '2015-06-10', score: 6, scoredBy: 'family' },
    ]);
  });
});
