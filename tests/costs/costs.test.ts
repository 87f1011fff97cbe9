import { describe, expect, it } from 'vitest';
import {
  IMPLEMENTATION_COST_CATEGORIES,
  caseCosts,
  checkDiaries,
  defineUnitCost,
  discountFactor,
  discountedTotal,
  implementationCosts,
} from 'sos-eval/costs';
import { SITES_DIARY, SITES_STUDY } from './_fixtures.js';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

// Synthetic (tests/costs/_fixtures.ts): the costs below are at North and South; nothing here is
// real data.
const study = SITES_STUDY;
const diary = SITES_DIARY;

describe('discounting agrees with R', () => {
  const { cases } = loadRFixture<{ amounts: number[]; rate: number; presentValue: number }>(
    'costs-discount',
  );
  it.each(cases.map((c) => [`${c.amounts.length} years at ${c.rate}`, c] as const))(
    '%s',
    (_l, c) => {
      expectCloseToR(discountedTotal(c.amounts, c.rate), c.presentValue, 'presentValue', 1e-12);
    },
  );
  it('discount factors, and broken rates named', () => {
    expect(discountFactor(0, 0.035)).toBe(1);
    expect(discountFactor(1, 0.035)).toBe(1 / 1.035);
    expect(() => discountFactor(1, -1)).toThrow('rate must be greater than −1, got -1');
    expect(() => discountedTotal([1, Number.NaN], 0.035)).toThrow(/amounts\[1\]/);
  });
});

describe('caseCosts: diary time × unit costs along the activities a case received', () => {
  const check = checkDiaries(diary, {
    periods: [
      { workerId: 'SW-1', pilotId: 'north', start: '2016-03-07', end: '2016-03-11' },
      { workerId: 'SW-2', pilotId: 'south', start: '2016-03-07', end: '2016-03-11' },
    ],
    entries: [
      {
        workerId: 'SW-1',
        date: '2016-03-07',
        minutes: 90,
        activity: 'direct-work',
        caseId: 'C-1',
        caseType: 'cp',
      },
      { workerId: 'SW-1', date: '2016-03-08', minutes: 30, activity: 'recording', caseId: 'C-1' },
      { workerId: 'SW-2', date: '2016-03-08', minutes: 120, activity: 'assessment', caseId: 'C-1' },
      {
        workerId: 'SW-2',
        date: '2016-03-09',
        minutes: 60,
        activity: 'direct-work',
        caseId: 'C-2',
        caseType: 'cin',
      },
      { workerId: 'SW-2', date: '2016-03-09', minutes: 60, activity: 'supervision' },
    ],
  });

  it('one rate: hours × £/hour, by activity; time without a case is not case time', () => {
    const { cases, summary } = caseCosts(check, { rate: 40 });
    // C-1: 1.5 h + 0.5 h + 2 h = 4 h × £40 = £160.
    expect(cases[0]).toEqual({
      caseId: 'C-1',
      caseType: 'cp',
      pilotId: 'north',
      hours: 4,
      cost: 160,
      byActivity: { 'direct-work': 60, assessment: 80, recording: 20 },
    });
    expect(cases[1]!.cost).toBe(40);
    expect(summary.map((s) => [s.group, s.mean])).toEqual([
      ['cp', 160],
      ['cin', 40],
    ]);
  });
  it('rates by site, from unit costs per hour or per client hour', () => {
    const north = defineUnitCost({ salary: 45600, onCosts: 0, hoursPerYear: 1520 }); // £30 an hour
    const south = defineUnitCost({
      salary: 60800,
      onCosts: 0,
      hoursPerYear: 1520,
      indirectPerDirect: 0.5,
    }); // £40, £60
    const rate = (d: { pilotId: string }) => (d.pilotId === 'north' ? north : south);
    const { cases } = caseCosts(check, { rate });
    // C-1: 2 h at north's £30 + 2 h at south's £40 = £140.
    expect(cases[0]!.cost).toBeCloseTo(140, 10);
    const client = caseCosts(check, { rate, per: 'clientHour' });
    // 2 h × £30 + 2 h × £60 = £180.
    expect(client.cases[0]!.cost).toBeCloseTo(180, 10);
    expect(caseCosts(check, { rate: 40, by: 'pilot' }).summary.map((s) => s.group)).toEqual([
      'north',
      'south',
    ]);
  });
  it('names a broken rate', () => {
    expect(() => caseCosts(check, { rate: -5 })).toThrow(
      'options.rate must be a finite number ≥ 0 (£ an hour) or a unit cost, got -5',
    );
    expect(() => caseCosts(check, { rate: () => Number.NaN })).toThrow(/options\.rate\(diary\)/);
  });
});

describe('implementationCosts by the 2020 categories', () => {
  it('lists the five categories', () => {
    expect(IMPLEMENTATION_COST_CATEGORIES.map((c) => c.label)).toEqual([
      'Staffing and training',
      'Other direct costs',
      'Indirect costs',
      'Management input',
      'Ongoing costs',
    ]);
  });
  const items = [
    { pilotId: 'north', year: 2015, category: 'staffing-and-training', amount: 100000 },
    { pilotId: 'north', year: 2016, category: 'ongoing', amount: 60000 },
    { pilotId: 'north', year: 2017, category: 'ongoing', amount: 40000 },
    { pilotId: 'south', year: 2016, category: 'management-input', amount: 20700 },
    { pilotId: 'west', year: 2016, category: 'ongoing', amount: 1 },
    { pilotId: 'south', year: 2016, category: 'catering', amount: 1 },
    { pilotId: 'south', year: 2016.5, category: 'ongoing', amount: 1 },
  ];
  const costs = implementationCosts(items, {
    study,
    discountRate: 0.035,
    denominators: {
      north: { childrenInNeed: 2000, socialWorkers: 100 },
      south: { childrenInNeed: 500 },
    },
  });
  it('per authority: by category, by year, total and present value at the earliest year', () => {
    const north = costs.rows[0]!;
    expect(north.byCategory).toEqual({
      'staffing-and-training': 100000,
      'other-direct': 0,
      indirect: 0,
      'management-input': 0,
      ongoing: 100000,
    });
    expect(north.byYear).toEqual({ 2015: 100000, 2016: 60000, 2017: 40000 });
    expect(north.total).toBe(200000);
    // Same stream as R's first discount case: 100000 + 60000/1.035 + 40000/1.035².
    const r = loadRFixture<{ presentValue: number }>('costs-discount').cases[0]!.presentValue;
    expectCloseToR(north.presentValue, r, 'presentValue', 1e-12);
    expect(north.perChildInNeed).toBeCloseTo(r / 2000, 9);
    expect(north.perSocialWorker).toBeCloseTo(r / 100, 9);
    // South: 20700 in 2016 → 20700/1.035 = 20000 at 2015 prices; no social-worker count → NaN.
    const south = costs.rows[1]!;
    expect(south.presentValue).toBeCloseTo(20000, 9);
    expect(south.perChildInNeed).toBeCloseTo(40, 9);
    expect(south.perSocialWorker).toBeNaN();
    expect(costs.rows[2]!.pilotId).toBe('all');
    expect(costs.rows[2]!.total).toBe(220700);
    expect(costs.baseYear).toBe(2015);
  });
  it('bad items are issues, not throws; the rest are kept', () => {
    expect(costs.issues.map((i) => [i.path[0], i.code])).toEqual([
      [4, 'unknown_pilot'],
      [5, 'unknown_category'],
      [6, 'invalid_type'],
    ]);
  });
  it('a base year of the analysis, and broken options named', () => {
    const later = implementationCosts(items.slice(0, 1), {
      study,
      discountRate: 0.035,
      baseYear: 2014,
    });
    expect(later.rows[0]!.presentValue).toBeCloseTo(100000 / 1.035, 9);
    expect(() => implementationCosts(items, { study, discountRate: Number.NaN })).toThrow(
      /options\.discountRate/,
    );
  });
});
