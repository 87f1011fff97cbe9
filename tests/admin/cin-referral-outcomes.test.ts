import { describe, expect, it } from 'vitest';
import {
  cinReferralOutcomes,
  readCinCensus,
  synthesiseCinCensus,
  type CinChild,
  type CinEpisode,
} from 'sos-eval/admin';

const episode = (over: Partial<CinEpisode>): CinEpisode => ({
  referralDate: '2022-06-01',
  referralSource: '6',
  primaryNeed: null,
  closureDate: null,
  closureReason: null,
  initialCpcDate: null,
  referralNfa: true,
  assessments: [],
  cinPlans: [],
  section47s: [],
  protectionPlans: [],
  ...over,
});
const child = (id: string, episodes: CinEpisode[]): CinChild => ({
  laChildId: id,
  upn: null,
  formerUpn: null,
  upnUnknown: 'UN1',
  birthDate: '2012-08-31',
  expectedBirthDate: null,
  gender: '2',
  deathDate: null,
  ethnicity: 'WBRI',
  disabilities: ['NONE'],
  episodes,
  line: null,
});
const header = (year: number) => ({ year, referenceDate: `${year}-03-31`, authority: '999' });
const plan = {
  startDate: '2022-12-01',
  endDate: null,
  initialCategory: 'NEG',
  latestCategory: 'NEG',
  previousPlans: 0,
  reviewDates: [],
};

describe('cinReferralOutcomes: hand-worked', () => {
  it('re-referral within 6 and 12 months after an NFA, escalation, censoring, cross-year merge', () => {
    const nfa = episode({ referralDate: '2021-05-10', closureDate: '2021-05-10' });
    // Re-referred 7 months after the NFA (10 December 2021): within 12 months, not within 6.
    const second = episode({
      referralDate: '2021-12-10',
      referralNfa: false,
      closureDate: '2022-03-01',
      protectionPlans: [{ ...plan, startDate: '2022-01-05', endDate: '2022-02-20' }],
    });
    const third = episode({ referralDate: '2022-11-01', closureDate: '2022-11-01' });
    const { rows, issues } = cinReferralOutcomes([
      // The 2022 file; then the 2023 file, which repeats no closed episode but adds the third.
      { header: header(2022), children: [child('K1', [nfa, { ...second, closureDate: null }])] },
      { header: header(2023), children: [child('K1', [second, third])] },
    ]);
    expect(issues).toEqual([]);
    expect(
      rows.map((r) => [
        r.referralDate,
        r.anchorDate,
        r.rereferral6m,
        r.rereferral12m,
        r.rereferralEscalatedToPlan,
        r.isRereferral,
      ]),
    ).toEqual([
      ['2021-05-10', '2021-05-10', false, true, true, false],
      // Closed 1 March 2022, next referral 1 November 2022: 8 months.
      ['2021-12-10', '2022-03-01', false, true, false, true],
      // Closed 1 November 2022: 6 months is 1 May 2023, after the data end (31 March 2023). It
      // is itself a DfE re-referral: within 12 months of the referral of 10 December 2021.
      ['2022-11-01', '2022-11-01', null, null, null, true],
    ]);
    expect(rows[0]).toMatchObject({
      authority: '999',
      childId: 'K1',
      referralYear: 2022,
      ageAtReferral: 8,
      gender: '2',
      disabled: false,
      previousReferrals: 0,
      nextReferralDate: '2021-12-10',
      followUpEnd: '2023-03-31',
    });
    // The 2023 file's closure replaced the 2022 file's open episode.
    expect(rows[1]!.closureDate).toBe('2022-03-01');
    expect(rows[1]!.protectionPlan).toBe(true);
  });

  it('a re-referral at 6 months exactly is within 6 months', () => {
    const { rows } = cinReferralOutcomes([
      {
        header: header(2023),
        children: [
          child('K2', [
            episode({ referralDate: '2021-08-31', closureDate: '2021-08-31' }),
            // 31 August + 6 months is 28 February 2022 (no 31 February).
            episode({ referralDate: '2022-02-28', closureDate: '2022-02-28' }),
            episode({ referralDate: '2022-03-01', closureDate: '2022-03-01' }),
          ]),
        ],
      },
    ]);
    expect(rows.map((r) => r.rereferral6m)).toEqual([true, true, false]);
  });

  it('skips a file without an LA code, with an issue', () => {
    const { rows, issues } = cinReferralOutcomes([
      {
        header: { year: 2023, referenceDate: '2023-03-31', authority: null },
        children: [child('K3', [episode({})])],
      },
    ]);
    expect([rows.length, issues.map((i) => i.code)]).toEqual([0, ['missing_element']]);
  });
});

describe('synthesiseCinCensus: the built-in effect is what the rows show', () => {
  it(
    're-referral within 12 months of closure is 0.25 without the framework and 0.18 with it',
    { timeout: 60_000 },
    async () => {
      const files = synthesiseCinCensus({
        seed: 21,
        authorities: ['901', '902', '903'],
        years: [2020, 2021, 2022, 2023],
        children: 500,
      });
      const { rows } = cinReferralOutcomes(
        await Promise.all(files.map((f) => readCinCensus(f.xml))),
      );
      const adoption = new Map(files.map((f) => [f.authority, f.adoptionYear]));
      const tally = { with: [0, 0], without: [0, 0] };
      for (const r of rows) {
        if (r.rereferral12m === null) continue;
        const y = adoption.get(r.authority);
        const t = y != null && r.anchorDate! >= `${y - 1}-04-01` ? tally.with : tally.without;
        t[0] += r.rereferral12m ? 1 : 0;
        t[1]++;
      }
      const share = (t: number[]) => t[0]! / t[1]!;
      // Binomial standard errors are about 0.005 here; 4 of them, less a little for the children
      // who turn 18 before a drawn re-referral (the simulation stops them).
      expect(Math.abs(share(tally.without) - 0.25)).toBeLessThan(0.02);
      expect(Math.abs(share(tally.with) - 0.18)).toBeLessThan(0.02);
      expect(share(tally.without) - share(tally.with)).toBeGreaterThan(0.04);
    },
  );

  it('is seeded, staggers adoption, writes files that read without issues, and checks its options', async () => {
    const a = synthesiseCinCensus({
      seed: 9,
      authorities: ['901', '902', '903', '904'],
      years: [2017, 2018, 2019],
      children: 10,
    });
    const b = synthesiseCinCensus({
      seed: 9,
      authorities: ['901', '902', '903', '904'],
      years: [2017, 2018, 2019],
      children: 10,
    });
    expect(a).toEqual(b);
    expect(
      synthesiseCinCensus({ seed: 10, authorities: ['901'], years: [2017], children: 10 })[0]!.xml,
    ).not.toBe(a[0]!.xml);
    expect([...new Map(a.map((f) => [f.authority, f.adoptionYear]))]).toEqual([
      ['901', 2018],
      ['902', 2019],
      ['903', 2018],
      ['904', null],
    ]);
    for (const f of a) expect((await readCinCensus(f.xml)).issues).toEqual([]);
    const explicit = synthesiseCinCensus({
      seed: 1,
      authorities: [{ code: '905', adoptionYear: 2019 }],
      years: [2018, 2019],
      children: 5,
      effect: 0,
    });
    expect(explicit.map((f) => f.treated)).toEqual([false, true]);
    expect(() =>
      synthesiseCinCensus({ seed: 1, authorities: ['9'], years: [2020], children: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      synthesiseCinCensus({ seed: 1, authorities: ['901'], years: [2016], children: 1 }),
    ).toThrow('options.years[0] must be a CIN schema year 2017–2024, got 2016');
    expect(() =>
      synthesiseCinCensus({
        seed: 1,
        authorities: ['901'],
        years: [2020],
        children: 1,
        effect: -0.3,
      }),
    ).toThrow(RangeError);
    expect(() =>
      synthesiseCinCensus({ seed: 1.5, authorities: ['901'], years: [2020], children: 1 }),
    ).toThrow(RangeError);
  });
});
