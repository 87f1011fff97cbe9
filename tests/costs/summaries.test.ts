import { describe, expect, it } from 'vitest';
import {
  activityHours,
  caseHours,
  checkDiaries,
  compareActivityTime,
  directWorkShare,
  meanInterval,
} from 'sos-eval/costs';
import { SITES_DIARY } from './_fixtures.js';

// Synthetic: three sites in two size groups, two waves (tests/costs/_fixtures.ts).
const diary = SITES_DIARY;
const week = (workerId: string, pilotId: string, wave = 'T1', start = '2016-03-07') => ({
  workerId,
  pilotId,
  wave,
  start,
  end: new Date(Date.UTC(2016, Number(start.slice(5, 7)) - 1, Number(start.slice(8)) + 6))
    .toISOString()
    .slice(0, 10),
});
const e = (
  workerId: string,
  date: string,
  minutes: number,
  activity: string,
  caseId?: string,
  caseType?: string,
) => ({
  workerId,
  date,
  minutes,
  activity,
  ...(caseId === undefined ? {} : { caseId }),
  ...(caseType === undefined ? {} : { caseType }),
});

// One week each. Direct work: SW-1 600 min (10 h), SW-2 840 (14 h), SW-3 300 (5 h);
// recording: SW-1 600 (10 h), SW-2 360 (6 h), SW-3 900 (15 h).
const check = checkDiaries(diary, {
  periods: [week('SW-1', 'north'), week('SW-2', 'south'), week('SW-3', 'east')],
  entries: [
    e('SW-1', '2016-03-07', 600, 'direct-work', 'C-1', 'child-protection'),
    e('SW-1', '2016-03-08', 600, 'recording', 'C-1'),
    e('SW-2', '2016-03-07', 840, 'direct-work', 'C-2', 'child-in-need'),
    e('SW-2', '2016-03-09', 360, 'recording'),
    e('SW-3', '2016-03-10', 300, 'direct-work', 'C-3', 'child-protection'),
    e('SW-3', '2016-03-11', 900, 'recording', 'C-1'),
  ],
});

describe('activityHours', () => {
  it('hours per worker-week by activity; a diary without the activity counts 0', () => {
    const rows = activityHours(check);
    expect(rows).toHaveLength(8);
    const direct = rows.find((r) => r.activity === 'direct-work')!;
    // (10 + 14 + 5) / 3 = 29/3; its t-interval is meanInterval's (checked against R elsewhere).
    expect(direct.mean).toBeCloseTo(29 / 3, 12);
    expect(direct.confInt).toEqual(meanInterval([10, 14, 5]).confInt);
    expect(rows.find((r) => r.activity === 'travel')!.mean).toBe(0);
  });
  it('by pilot, by a grouping of the study and by a function', () => {
    const bySize = activityHours(check, { by: 'size' }).filter((r) => r.activity === 'recording');
    expect(bySize.map((r) => [r.group, r.n, r.mean])).toEqual([
      ['small', 1, 10],
      ['large', 2, 10.5], // (6 + 15) / 2
    ]);
    const byPilot = activityHours(check, { by: 'pilot' });
    expect([...new Set(byPilot.map((r) => r.group))]).toEqual(['north', 'south', 'east']);
    const byFn = activityHours(check, { by: (d) => (d.workerId === 'SW-2' ? null : 'rest') });
    expect(byFn.find((r) => r.activity === 'direct-work')!.n).toBe(2);
  });
  it('per working week (5 days) and over recorded days only', () => {
    // SW-1: 600 min over 7 days → 10 h a week; per 5-day week: 600/60 / (7/5) = 50/7.
    const five = activityHours(check, { daysPerWeek: 5, by: 'pilot' });
    expect(five.find((r) => r.group === 'north' && r.activity === 'direct-work')!.mean).toBeCloseTo(
      50 / 7,
      12,
    );
    // Recorded days only: SW-1 recorded on 2 days → 10 h / (2/7) = 35 h a week.
    const rec = activityHours(check, { days: 'recorded', by: 'pilot' });
    expect(rec.find((r) => r.group === 'north' && r.activity === 'direct-work')!.mean).toBeCloseTo(
      35,
      12,
    );
  });
  it('names broken options', () => {
    expect(() => activityHours(check, { by: 'region' })).toThrow(
      /options\.by must be 'pilot', 'wave', a grouping of study "synthetic-diaries" \(size\)/,
    );
    expect(() => activityHours(check, { daysPerWeek: 0 })).toThrow(/options\.daysPerWeek/);
    expect(() => activityHours({} as never)).toThrow(TypeError);
  });
});

describe('directWorkShare', () => {
  it('the share of recorded time in direct work, per diary, then its mean', () => {
    // SW-1 600/1200 = 0.5, SW-2 840/1200 = 0.7, SW-3 300/1200 = 0.25.
    const [all] = directWorkShare(check);
    expect(all!.mean).toBeCloseTo((0.5 + 0.7 + 0.25) / 3, 12);
    const bySize = directWorkShare(check, { by: 'size' });
    expect(bySize.map((r) => [r.group, r.n])).toEqual([
      ['small', 1],
      ['large', 2],
    ]);
  });
});

describe('caseHours', () => {
  it('sums a case over workers and summarises by case type', () => {
    const { cases, summary } = caseHours(check);
    // C-1: SW-1 600 + 600 and SW-3 900 = 2100 min = 35 h, two workers.
    expect(cases[0]).toEqual({
      caseId: 'C-1',
      caseType: 'child-protection',
      pilotId: 'north',
      wave: 'T1',
      workers: 2,
      hours: 35,
      byActivity: { 'direct-work': 10, recording: 25 },
    });
    expect(summary.map((s) => [s.group, s.n, s.mean])).toEqual([
      ['child-protection', 2, 20], // C-1 35 h, C-3 5 h
      ['child-in-need', 1, 14],
    ]);
    expect(caseHours(check, { by: 'size' }).summary.map((s) => s.group)).toEqual([
      'small',
      'large',
    ]);
  });
});

describe('compareActivityTime: halving to trebling as a table', () => {
  // Five workers, assessment hours per case at T1 and T2: ratios 0.5, 1, 1.05, 2, 3, plus one
  // worker with diaries only at T1 (unpaired).
  const hoursPairs: [number, number][] = [
    [4, 2],
    [3, 3],
    [2, 2.1],
    [1.5, 3],
    [2, 6],
  ];
  const periods = hoursPairs.flatMap((_, i) => [
    week(`SW-${i}`, 'north', 'T1', '2016-01-04'),
    week(`SW-${i}`, 'north', 'T2', '2016-06-06'),
  ]);
  periods.push(week('SW-9', 'south', 'T1', '2016-01-04'));
  const entries = hoursPairs.flatMap(([b, a], i) => [
    e(`SW-${i}`, '2016-01-05', b * 60, 'assessment', `A-${i}`),
    e(`SW-${i}`, '2016-06-07', a * 60, 'assessment', `B-${i}`),
  ]);
  entries.push(e('SW-9', '2016-01-05', 60, 'assessment', 'A-9'));
  const c2 = checkDiaries(diary, { periods, entries });
  const t = compareActivityTime(c2, { activity: 'assessment', before: 'T1', after: 'T2' });

  it('ratios per worker, unpaired counted', () => {
    expect(t.workers.map((w) => w.ratio)).toEqual([0.5, 1, 1.05, 2, 3]);
    expect(t.unpaired).toBe(1);
  });
  it('fell, stayed (within 10%), rose', () => {
    expect(t.changes).toEqual([
      { change: 'fell', n: 1, share: 0.2 },
      { change: 'stayed', n: 2, share: 0.4 },
      { change: 'rose', n: 2, share: 0.4 },
    ]);
  });
  it('by how much: a ratio on a break goes to the band farther from 1', () => {
    expect(t.bands.map((b) => [b.from, b.to, b.n])).toEqual([
      [0, 0.5, 1],
      [0.5, 1, 0],
      [1, 2, 2],
      [2, 3, 1],
      [3, Infinity, 1],
    ]);
  });
  it('quartiles (type 7) and geometric mean', () => {
    expect(t.ratio).toMatchObject({ min: 0.5, q1: 1, median: 1.05, q3: 2, max: 3 });
    // (0.5 · 1 · 1.05 · 2 · 3)^(1/5) = 3.15^(1/5)
    expect(t.ratio.geometricMean).toBeCloseTo(3.15 ** 0.2, 12);
  });
  it('names a wave the study does not have', () => {
    expect(() =>
      compareActivityTime(c2, { activity: 'assessment', before: 'T0', after: 'T2' }),
    ).toThrow(/options\.before must be one of 'T1', 'T2', got "T0"/);
  });
});
