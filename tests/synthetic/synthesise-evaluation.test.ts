import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SOS_2017, SURVEY_USAGE_COUNTS_2017, publishedFigure } from 'sos-eval/reference';
import { SYNTHETIC_NOTICE, synthesiseEvaluation } from 'sos-eval/synthetic';

const data = synthesiseEvaluation({ seed: 2017 });
const pct = (k: number, n: number) => Math.round((100 * k) / n);
const count = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.filter(f).length;

describe('synthesiseEvaluation', () => {
  it('says it is synthetic', () => {
    expect(data.synthetic).toBe(true);
    expect(data.notice).toBe(SYNTHETIC_NOTICE);
    expect(SYNTHETIC_NOTICE).toMatch(/^SYNTHETIC DATA/);
  });

  it('has the published numbers of records (slides 7 and 19)', () => {
    expect(data.pilots).toHaveLength(10);
    expect(data.workers).toHaveLength(publishedFigure('workers.t2.surveyed').value);
    expect(data.surveyResponses).toHaveLength(165);
    expect(data.families).toHaveLength(publishedFigure('families.t1').value);
    expect(data.interviewsT1).toHaveLength(270);
    expect(data.interviewsT2).toHaveLength(publishedFigure('families.t2').value);
    expect(data.caseRecords).toHaveLength(publishedFigure('families.case-records-consented').value);
  });

  it('every record passes its schema', () => {
    const p = SOS_2017.parseMany;
    expect(p.pilot(data.pilots).issues).toEqual([]);
    expect(p.socialWorker(data.workers).issues).toEqual([]);
    expect(p.workerSurveyResponse(data.surveyResponses).issues).toEqual([]);
    expect(p.family(data.families).issues).toEqual([]);
    expect(p.familyInterview(data.interviewsT1).issues).toEqual([]);
    expect(p.familyInterview(data.interviewsT2).issues).toEqual([]);
    expect(p.caseRecord(data.caseRecords).issues).toEqual([]);
    // And with the study's own zod schemas, record by record.
    expect(
      data.surveyResponses.every((r) => SOS_2017.schemas.workerSurveyResponse.safeParse(r).success),
    ).toBe(true);
    expect(data.caseRecords.every((r) => SOS_2017.schemas.caseRecord.safeParse(r).success)).toBe(
      true,
    );
  });

  it('usage counts per tool are the derived survey counts exactly', () => {
    for (const row of SURVEY_USAGE_COUNTS_2017) {
      const levels = data.surveyResponses.map((r) => r.usage[row.tool]);
      expect([
        count(levels, (l) => l === 'all'),
        count(levels, (l) => l === 'some'),
        count(levels, (l) => l === 'none'),
      ]).toEqual([row.all, row.some, row.none]);
    }
  });

  it("the pilots are the study's, and interviews fall in the waves' fieldwork", () => {
    expect(data.pilots).toBe(SOS_2017.pilots);
    expect(data.interviewsT1.every((i) => SOS_2017.waveOf(i.date) === 'T1')).toBe(true);
    expect(data.interviewsT2.every((i) => SOS_2017.waveOf(i.date) === 'T2')).toBe(true);
    expect(data.families.every((f) => SOS_2017.cohortOf(f.referralDate) === f.cohort)).toBe(true);
  });

  it('grouping patterns hold (slides 14, 17, 18)', () => {
    const group = (r: (typeof data.surveyResponses)[number]) =>
      SOS_2017.groupOf(r.pilotId, 'experience');
    const neverPlan = data.surveyResponses.filter((r) => r.usage['safety-planning'] === 'none');
    expect(neverPlan.length).toBeGreaterThan(0);
    expect(neverPlan.every((r) => group(r) === 'new')).toBe(true);

    const inGroup = (g: string) => data.surveyResponses.filter((r) => group(r) === g);
    expect(inGroup('two-years').every((r) => r.supervisionAligned === true)).toBe(true);
    expect(
      pct(
        count(data.surveyResponses, (r) => r.supervisionAligned === true),
        165,
      ),
    ).toBe(publishedFigure('supervision.overall').value);
    // "4 out of 5" in new and "half" in 2+: within 0.05 and 0.1 of the fractions the slide gives.
    const share = (g: string) =>
      count(inGroup(g), (r) => r.supervisionAligned === true) / inGroup(g).length;
    expect(Math.abs(share('new') - 4 / 5)).toBeLessThan(0.05);
    expect(Math.abs(share('two-years-plus') - 1 / 2)).toBeLessThan(0.1);

    // Family network meetings not used: a quarter in 2 years, two-thirds in new and 2+.
    const fnmNone = (g: string) =>
      count(inGroup(g), (r) => r.usage['family-network-meetings'] === 'none') / inGroup(g).length;
    expect(Math.abs(fnmNone('two-years') - 1 / 4)).toBeLessThan(0.02);
    expect(Math.abs(fnmNone('new') - 2 / 3)).toBeLessThan(0.02);
    expect(Math.abs(fnmNone('two-years-plus') - 2 / 3)).toBeLessThan(0.02);

    // Appreciative inquiry used most in 2 years; confidence highest there (slides 13, 15).
    const aiUse = (g: string) =>
      count(inGroup(g), (r) => r.usage['appreciative-inquiry'] !== 'none') / inGroup(g).length;
    expect(aiUse('two-years')).toBeGreaterThan(Math.max(aiUse('new'), aiUse('two-years-plus')));
    const meanConfidence = (g: string) => {
      const xs = inGroup(g).flatMap((r) => (r.confidence === null ? [] : [r.confidence]));
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(meanConfidence('two-years')).toBeGreaterThan(
      Math.max(meanConfidence('new'), meanConfidence('two-years-plus')),
    );
  });

  it('family marginals match the published integer percentages (slides 19–21)', () => {
    const f = data.families;
    expect(count(f, (x) => x.previousReferrals > 0)).toBe(
      publishedFigure('families.previous-referrals').value,
    );
    expect(
      pct(
        count(f, (x) => x.previousConcerns.includes('domestic-abuse')),
        270,
      ),
    ).toBe(publishedFigure('families.previous.domestic-abuse').value);
    expect(
      pct(
        count(f, (x) => x.previousConcerns.includes('neglect')),
        270,
      ),
    ).toBe(publishedFigure('families.previous.neglect').value);
    expect(
      pct(
        count(f, (x) => x.currentConcerns.includes('neglect')),
        270,
      ),
    ).toBe(publishedFigure('families.current.neglect').value);
    expect(
      pct(
        count(f, (x) => x.currentConcerns.includes('domestic-abuse')),
        270,
      ),
    ).toBe(publishedFigure('families.current.domestic-abuse').value);

    const t1 = data.interviewsT1;
    expect(
      pct(
        count(t1, (i) => (i.workerChanges ?? 0) >= 1),
        270,
      ),
    ).toBe(publishedFigure('families.t1.changed-worker').value);
    expect(
      pct(
        count(t1, (i) => (i.workerChanges ?? 0) >= 2),
        270,
      ),
    ).toBe(publishedFigure('families.t1.three-workers').value);
    expect(count(t1, (i) => i.agencyWorker === true) / 270).toBe(
      publishedFigure('families.t1.agency-worker').value,
    );
    const positive = count(t1, (i) => i.feeling === 'positive' || i.feeling === 'very-positive');
    const negative = count(t1, (i) => i.feeling === 'negative' || i.feeling === 'very-negative');
    expect(pct(positive, 270)).toBe(publishedFigure('feelings.positive').value);
    expect(pct(negative, 270)).toBe(publishedFigure('feelings.negative').value);
    expect(
      pct(
        count(t1, (i) => i.feeling === 'neutral'),
        270,
      ),
    ).toBe(publishedFigure('feelings.neutral').value);

    const t2 = data.interviewsT2;
    expect(count(t2, (i) => i.stillAllocated === true)).toBe(
      publishedFigure('families.t2.still-allocated').value,
    );
    const t1ById = new Map(t1.map((i) => [i.familyId, i]));
    const changedSinceT1 = count(
      t2,
      (i) => i.workerChanges! > t1ById.get(i.familyId)!.workerChanges!,
    );
    expect(Math.round((3 * changedSinceT1) / 184)).toBe(1); // "1 in 3"
  });

  it('parents measured as often as appendix I reports (n at T1 and T2)', () => {
    const has = (xs: typeof data.interviewsT1, id: string) =>
      count(xs, (i) => i.measures?.[id] !== undefined);
    expect([has(data.interviewsT1, 'lsns-6'), has(data.interviewsT2, 'lsns-6')]).toEqual([
      210, 136,
    ]);
    expect([
      has(data.interviewsT1, 'pearlin-mastery'),
      has(data.interviewsT2, 'pearlin-mastery'),
    ]).toEqual([235, 141]);
  });

  it('T2 interviews are of T1 families, and case records of known families', () => {
    const ids = new Set(data.families.map((f) => f.id));
    expect(data.interviewsT2.every((i) => ids.has(i.familyId))).toBe(true);
    expect(new Set(data.interviewsT2.map((i) => i.familyId)).size).toBe(184);
    expect(data.caseRecords.every((c) => ids.has(c.familyId))).toBe(true);
  });

  it('tool use in case records rises from Cohort 1 to Cohort 2 (slide 15)', () => {
    const cohortOf = new Map(data.families.map((f) => [f.id, f.cohort]));
    for (const tool of ['safety-planning', 'mapping', 'danger-statements'] as const) {
      const rate = (c: string) => {
        const rs = data.caseRecords.filter((r) => cohortOf.get(r.familyId) === c);
        return count(rs, (r) => r.toolsEvidenced.includes(tool)) / rs.length;
      };
      expect(rate('cohort-2')).toBeGreaterThan(rate('cohort-1'));
    }
  });
});

describe('determinism and scale', () => {
  it('is the dataset it was before the study refactor (seed 2017)', () => {
    // The digest of the output of commit efea21e, with `sosSupervision` renamed
    // `supervisionAligned` and the pilots written as SOS_2017 writes them.
    const digest = createHash('sha256').update(JSON.stringify(data)).digest('hex');
    expect(digest).toBe('14e98d50d589213eea45a9cd167eb53170f139c758c40db13b4f78c889d6612f');
  });

  it('the same seed gives byte-identical output', () => {
    expect(JSON.stringify(synthesiseEvaluation({ seed: 2017 }))).toBe(JSON.stringify(data));
  });

  it('different seeds give different records with the same marginals', () => {
    const other = synthesiseEvaluation({ seed: 2018 });
    expect(JSON.stringify(other.families)).not.toBe(JSON.stringify(data.families));
    expect(JSON.stringify(other.surveyResponses)).not.toBe(JSON.stringify(data.surveyResponses));
    for (const row of SURVEY_USAGE_COUNTS_2017) {
      expect(count(other.surveyResponses, (r) => r.usage[row.tool] === 'all')).toBe(row.all);
    }
    expect(count(other.families, (f) => f.previousReferrals > 0)).toBe(204);
  });

  it('scale multiplies every count and keeps every share', () => {
    const big = synthesiseEvaluation({ seed: 7, scale: 3 });
    expect([
      big.workers.length,
      big.families.length,
      big.interviewsT2.length,
      big.caseRecords.length,
    ]).toEqual([495, 810, 552, 786]);
    for (const row of SURVEY_USAGE_COUNTS_2017) {
      expect(count(big.surveyResponses, (r) => r.usage[row.tool] === 'none')).toBe(3 * row.none);
    }
    expect(new Set(big.workers.map((w) => w.id)).size).toBe(495);
  });

  it('rejects bad options with errors naming them', () => {
    expect(() => synthesiseEvaluation({ seed: 1.5 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: seed must be a 32-bit integer, got 1.5]`,
    );
    expect(() => synthesiseEvaluation({ seed: 1, scale: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: scale must be a whole number ≥ 1, got 0]`,
    );
    expect(() =>
      synthesiseEvaluation({ seed: '1' as unknown as number }),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: seed must be a number, got "1"]`);
  });
});
