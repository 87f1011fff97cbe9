import { describe, expect, it } from 'vitest';
import { detectDrift, type CaseJudgement } from 'sos-eval/scaling';

// Run once per time zone (UTC, Australia/Sydney, America/Sao_Paulo, Pacific/Apia). The dates
// straddle days that local-time arithmetic gets wrong: Pacific/Apia skipped 30 December 2011,
// Sao Paulo's DST began at midnight on 18 October 2015 (local midnight did not exist), Sydney's
// DST ended on 3 April 2016.
const w = (date: string, score: number): CaseJudgement => ({
  caseId: 'A',
  date,
  score,
  scoredBy: 'worker',
});

describe(`detectDrift in ${process.env.TZ ?? 'the default zone'}`, () => {
  it('counts calendar days the same in every zone', () => {
    const report = detectDrift(
      [
        w('2011-12-29', 5),
        w('2011-12-31', 5.5),
        w('2015-10-17', 5),
        w('2015-10-19', 6),
        w('2016-04-02', 5.5),
        w('2016-04-04', 5),
      ],
      { minDays: 0 },
    );
    const a = report.cases[0]!;
    // R: d <- as.Date(c("2011-12-29","2011-12-31","2015-10-17","2015-10-19","2016-04-02","2016-04-04"))
    // as.numeric(d - d[1]) → 0 2 1388 1390 1556 1558
    expect(a.spanDays).toBe(1558);
    // R: coef(lm(c(5, 5.5, 5, 6, 5.5, 5) ~ as.numeric(d - d[1])))[2] * 30 → 0.0021012757794772905
    expect(a.slopePer30Days).toBeCloseTo(0.0021012757794772905, 15);
    expect(a.status).toBe('drift');
  });

  it('sees the two days across the Apia gap as two days', () => {
    const report = detectDrift([w('2011-12-29', 5), w('2011-12-31', 5)], {
      minReviews: 2,
      minDays: 2,
    });
    // R: as.numeric(as.Date("2011-12-31") - as.Date("2011-12-29")) → 2
    expect(report.cases[0]?.spanDays).toBe(2);
    expect(report.flagged).toEqual(['A']);
  });
});
