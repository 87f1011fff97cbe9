import { describe, expect, it } from 'vitest';
import {
  cinIndicators,
  cinIndicatorsFromSources,
  readCinCensus,
  synthesiseCinCensus,
  workingDaysBetween,
  type CinAssessment,
  type CinChild,
  type CinEpisode,
  type CinIndicatorRow,
  type CinProtectionPlan,
} from 'sos-eval/admin';
import { SOS_2017 } from 'sos-eval/reference';
import { wilsonInterval } from 'sos-eval/stats';

// Records built by hand (synthetic): an episode and a child with everything empty by default.
const episode = (over: Partial<CinEpisode>): CinEpisode => ({
  referralDate: '2022-06-01',
  referralSource: '6',
  primaryNeed: 'N1',
  closureDate: null,
  closureReason: null,
  initialCpcDate: null,
  referralNfa: false,
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
  birthDate: '2015-01-01',
  expectedBirthDate: null,
  gender: '1',
  deathDate: null,
  ethnicity: 'WBRI',
  disabilities: [],
  episodes,
  line: null,
});
const census = (year: number, children: CinChild[], authority = '999') => ({
  header: { year, referenceDate: `${year}-03-31`, authority },
  children,
});
const plan = (over: Partial<CinProtectionPlan>): CinProtectionPlan => ({
  startDate: '2022-06-01',
  endDate: null,
  initialCategory: 'NEG',
  latestCategory: 'NEG',
  previousPlans: 0,
  reviewDates: [],
  ...over,
});
const assessment = (startDate: string, authorisationDate: string | null): CinAssessment => ({
  startDate,
  internalReviewDate: null,
  authorisationDate,
  factors: [],
});
const pick = (rows: readonly CinIndicatorRow[], indicator: string, group = '999') =>
  rows.find((r) => r.indicator === indicator && r.group === group)!;

describe('cinIndicators: hand-worked cases', () => {
  it('a re-referral exactly 12 months after counts; 12 months and one day after does not', () => {
    const { rows } = cinIndicators([
      census(2023, [
        child('A', [
          episode({ referralDate: '2021-06-15', closureDate: '2021-07-01' }),
          episode({ referralDate: '2022-06-15' }),
        ]),
        child('B', [
          episode({ referralDate: '2021-06-15', closureDate: '2021-07-01' }),
          episode({ referralDate: '2022-06-16' }),
        ]),
        child('C', [
          episode({ referralDate: '2022-04-10', referralNfa: true, closureDate: '2022-04-10' }),
        ]),
      ]),
      // 29 February 2020 + 12 months is 28 February 2021: 1 March is one day late.
      census(2021, [
        child('D', [
          episode({ referralDate: '2020-02-29', closureDate: '2020-03-05' }),
          episode({ referralDate: '2021-03-01' }),
        ]),
        child('E', [
          episode({ referralDate: '2020-02-29', closureDate: '2020-03-05' }),
          episode({ referralDate: '2021-02-28' }),
        ]),
      ]),
    ]);
    const y2023 = rows.filter((r) => r.year === 2023);
    // Referrals in 1 April 2022–31 March 2023: A's and B's second, C's one.
    expect(pick(y2023, 'referrals').value).toBe(3);
    const rr = pick(y2023, 'rereferrals_12m');
    const ci = wilsonInterval(1, 3);
    expect(rr).toEqual({
      year: 2023,
      unit: 'authority',
      group: '999',
      indicator: 'rereferrals_12m',
      measure: 'proportion',
      numerator: 1,
      denominator: 3,
      value: 1 / 3,
      lower: ci.lower,
      upper: ci.upper,
    });
    expect([
      pick(y2023, 'referrals_nfa').numerator,
      pick(y2023, 'referrals_nfa').denominator,
    ]).toEqual([1, 3]);
    const y2021 = rows.filter((r) => r.year === 2021);
    expect([
      pick(y2021, 'rereferrals_12m').numerator,
      pick(y2021, 'rereferrals_12m').denominator,
    ]).toEqual([1, 2]);
    // Open episodes at 31 March 2023: A's and B's second (C's was NFA and closed).
    expect(pick(y2023, 'cin_at_31_march').value).toBe(2);
  });

  it('a plan ending on 31 March has ended in the year and is not open at 31 March', () => {
    const { rows } = cinIndicators([
      census(2023, [
        child('P', [
          episode({
            referralDate: '2021-03-01',
            protectionPlans: [plan({ startDate: '2021-03-15', endDate: '2023-03-31' })],
          }),
        ]),
        child('Q', [
          episode({
            referralDate: '2020-09-01',
            closureDate: '2021-01-20',
            protectionPlans: [plan({ startDate: '2020-10-01', endDate: '2021-01-10' })],
          }),
          episode({
            referralDate: '2022-09-20',
            protectionPlans: [plan({ startDate: '2022-10-01', previousPlans: 1 })],
          }),
        ]),
      ]),
    ]);
    expect(pick(rows, 'cpp_ended').value).toBe(1);
    // 15 March 2021 to 31 March 2023 is two years or more.
    expect([
      pick(rows, 'cpp_ended_2_years_or_more').numerator,
      pick(rows, 'cpp_ended_2_years_or_more').denominator,
    ]).toEqual([1, 1]);
    expect(pick(rows, 'cpp_at_31_march').value).toBe(1); // Q only
    expect(pick(rows, 'cpp_started').value).toBe(1);
    expect(pick(rows, 'cpp_second_or_subsequent').numerator).toBe(1);
    // Q's earlier plan ended 10 January 2021, within two years before 1 October 2022.
    expect(pick(rows, 'cpp_second_within_2_years').numerator).toBe(1);
  });

  it('assessment durations across Easter and Christmas, the 45-day share and quartiles', () => {
    const a = [
      assessment('2023-04-06', '2023-04-11'), // Easter 2023: 1 working day
      assessment('2023-12-22', '2024-01-05'), // Christmas and New Year: 7
      assessment('2023-06-05', '2023-08-07'), // 45
      assessment('2023-06-05', '2023-08-08'), // 46
      assessment('2024-03-20', '2024-04-03'), // authorised after 31 March 2024: not this year
      assessment('2024-03-25', null), // not completed
    ];
    const c = census(2024, [child('X', [episode({ referralDate: '2023-04-03', assessments: a })])]);
    const { rows } = cinIndicators([c]);
    expect(pick(rows, 'assessments_completed').value).toBe(4);
    const within = pick(rows, 'assessments_within_45_days');
    expect([within.numerator, within.denominator]).toEqual([3, 4]);
    // R: quantile(c(1, 7, 45, 46), c(.25, .5, .75)) → 5.5, 26, 45.25 (type 7)
    expect([
      pick(rows, 'assessment_days_q1').value,
      pick(rows, 'assessment_days_median').value,
      pick(rows, 'assessment_days_q3').value,
    ]).toEqual([5.5, 26, 45.25]);
    // Measured from the referral (Monday 3 April 2023) instead, each duration is longer.
    const fromReferral = cinIndicators([c], { assessmentClock: 'referral' }).rows;
    const expected = ['2023-04-11', '2024-01-05', '2023-08-07', '2023-08-08']
      .map((d) => workingDaysBetween('2023-04-03', d))
      .filter((d) => d <= 45).length;
    expect(pick(fromReferral, 'assessments_within_45_days').numerator).toBe(expected);
  });

  it('section 47s, conferences and rates per 10,000 rounded to 1 decimal place', () => {
    const s47 = {
      startDate: '2022-05-02',
      icpcTargetDate: null,
      icpcDate: '2022-05-20',
      icpcNotRequired: false,
    };
    const kids = Array.from({ length: 61 }, (_, i) =>
      child(`R${i}`, [episode({ referralDate: '2022-05-01', section47s: i === 0 ? [s47] : [] })]),
    );
    kids.push(
      child('R61', [episode({ referralDate: '2022-05-01', initialCpcDate: '2022-05-03' })]),
    );
    const { rows } = cinIndicators([census(2023, kids)], { population: { '999': 40000 } });
    expect(pick(rows, 'section47_enquiries').value).toBe(1);
    expect(pick(rows, 'initial_conferences').value).toBe(2);
    // 62 × 10,000 / 40,000 = 15.5; 1 × 10,000 / 40,000 = 0.25 → 0.3 (half up, as the DfE rounds).
    expect(pick(rows, 'referrals_rate')).toMatchObject({
      numerator: 62,
      denominator: 40000,
      value: 15.5,
    });
    expect(pick(rows, 'section47_enquiries_rate').value).toBe(0.3);
    // Without a population the rate is empty, not a guess.
    expect(pick(cinIndicators([census(2023, kids)]).rows, 'referrals_rate').value).toBeNull();
  });

  it('groups, all, and a study’s pilots are sums of their authorities', () => {
    const files = [
      census(2023, [child('A', [episode({})]), child('B', [episode({})])], '101'),
      census(2023, [child('C', [episode({})])], '102'),
      census(2023, [child('D', [episode({})])], '103'),
    ];
    const grouped = cinIndicators(files, {
      by: { groups: { north: ['101', '102'], all3: ['101', '102', '103'] } },
    }).rows;
    expect(pick(grouped, 'referrals', 'north')).toMatchObject({ unit: 'group', value: 3 });
    expect(pick(grouped, 'referrals', 'all3').value).toBe(4);
    expect(pick(cinIndicators(files, { by: 'all' }).rows, 'referrals', 'all').value).toBe(4);
    const [p1, p2] = SOS_2017.ids.pilots as [string, string];
    const byPilot = cinIndicators(files, {
      by: { study: SOS_2017, pilots: { [p1]: ['101'], [p2]: ['102', '103'] } },
    }).rows;
    expect(pick(byPilot, 'referrals', p1)).toMatchObject({ unit: 'pilot', value: 2 });
    expect(pick(byPilot, 'referrals', p2).value).toBe(2);
    expect(() =>
      cinIndicators(files, { by: { study: SOS_2017, pilots: { camden: ['101'] } } }),
    ).toThrow(/options\.by\.pilots has "camden", not a pilot of study "sos-2017"/);
    expect(() => cinIndicators(files, { by: { groups: { x: ['1'] } } })).toThrow(RangeError);
    expect(() => cinIndicators(files, { confLevel: 2 })).toThrow(RangeError);
  });

  it('a file without an LA code is reported, not counted', () => {
    const { rows, issues } = cinIndicators([
      {
        header: { year: 2023, referenceDate: null, authority: null },
        children: [child('Z', [episode({})])],
      },
    ]);
    expect(rows).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['missing_element']);
  });
});

// An independent computation of a few indicators, straight from the definitions in
// docs/indicators.md, to hold the synthetic census against.
function independent(children: readonly CinChild[], year: number) {
  const start = `${year - 1}-04-01`;
  const end = `${year}-03-31`;
  const inYear = (d: string | null) => d !== null && d >= start && d <= end;
  const plus12 = (d: string) => {
    const y = Number(d.slice(0, 4)) + 1;
    const md = d.slice(5) === '02-29' ? '02-28' : d.slice(5);
    return `${y}-${md}`;
  };
  let referrals = 0,
    rereferrals = 0,
    completed = 0,
    within45 = 0,
    cin31 = 0,
    started = 0,
    ended = 0;
  for (const c of children) {
    const dates = c.episodes.map((e) => e.referralDate);
    let open = false;
    for (const e of c.episodes) {
      if (inYear(e.referralDate)) {
        referrals++;
        if (dates.some((d) => d < e.referralDate && e.referralDate <= plus12(d))) rereferrals++;
      }
      for (const a of e.assessments) {
        if (inYear(a.authorisationDate)) {
          completed++;
          if (workingDaysBetween(a.startDate, a.authorisationDate!) <= 45) within45++;
        }
      }
      for (const p of e.protectionPlans) {
        if (inYear(p.startDate)) started++;
        if (inYear(p.endDate)) ended++;
      }
      if (
        e.referralDate <= end &&
        !(e.closureDate !== null && e.closureDate <= end) &&
        e.referralNfa !== true
      )
        open = true;
    }
    if (open) cin31++;
  }
  return { referrals, rereferrals, completed, within45, cin31, started, ended };
}

describe('cinIndicators on the synthetic census against an independent computation', () => {
  it(
    'matches, for every authority and year, from records and from a streaming pass',
    { timeout: 60_000 },
    async () => {
      const files = synthesiseCinCensus({
        seed: 11,
        authorities: ['901', '902', '903'],
        years: [2021, 2022, 2023],
        children: 150,
      });
      const censuses = await Promise.all(files.map((f) => readCinCensus(f.xml)));
      const { rows, issues } = cinIndicators(censuses);
      expect(issues).toEqual([]);
      const streamed = await cinIndicatorsFromSources(files.map((f) => Buffer.from(f.xml)));
      expect(streamed.rows).toEqual(rows);
      for (const [i, f] of files.entries()) {
        const want = independent(censuses[i]!.children, f.year);
        const got = rows.filter((r) => r.year === f.year && r.group === f.authority);
        const v = (id: string) => got.find((r) => r.indicator === id)!;
        expect(v('referrals').value).toBe(want.referrals);
        expect(v('rereferrals_12m').numerator).toBe(want.rereferrals);
        expect(v('assessments_completed').value).toBe(want.completed);
        expect(v('assessments_within_45_days').numerator).toBe(want.within45);
        expect(v('cin_at_31_march').value).toBe(want.cin31);
        expect(v('cpp_started').value).toBe(want.started);
        expect(v('cpp_ended').value).toBe(want.ended);
      }
    },
  );
});
