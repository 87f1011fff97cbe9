import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DIARY_ACTIVITIES,
  checkDiaries,
  clockMinutes,
  defineDiaryStudy,
  entryMinutes,
} from 'sos-eval/costs';
import { SITES_DIARY, SITES_STUDY } from './_fixtures.js';

// Synthetic (tests/costs/_fixtures.ts); nothing here is anyone's real diary.
const study = SITES_STUDY;
const diary = SITES_DIARY;
const period = { workerId: 'SW-1', pilotId: 'north', start: '2016-03-01', end: '2016-03-07' };
const entry = (e: Record<string, unknown>) => ({
  workerId: 'SW-1',
  date: '2016-03-01',
  activity: 'direct-work',
  ...e,
});

describe('defineDiaryStudy', () => {
  it('takes the catalogue as data (default: the eight activities of the issue)', () => {
    expect(diary.activityIds).toEqual([
      'direct-work',
      'assessment',
      'recording',
      'meetings',
      'supervision',
      'travel',
      'training',
      'other',
    ]);
    const own = defineDiaryStudy({
      study,
      activities: [
        { id: 'visits', label: 'Home visits', direct: true },
        { id: 'desk', label: 'Desk work' },
      ],
    });
    expect(own.activityIds).toEqual(['visits', 'desk']);
    expect(own.activity('visits')?.direct).toBe(true);
    expect(Object.isFrozen(own.activities[0])).toBe(true);
    expect(DEFAULT_DIARY_ACTIVITIES).toHaveLength(8);
  });

  it('refuses broken arguments naming them', () => {
    expect(() => defineDiaryStudy({ study, activities: [] })).toThrow(
      'options.activities must not be empty',
    );
    expect(() =>
      defineDiaryStudy({
        study,
        activities: [
          { id: 'a', label: 'A' },
          { id: 'a', label: 'A again' },
        ],
      }),
    ).toThrow(/options\.activities\[1\]\.id "a" is listed twice/);
    expect(() => defineDiaryStudy({ study: null as never })).toThrow(TypeError);
  });

  it('reads clock times and minutes', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('23:59')).toBe(23 * 60 + 59);
    expect(clockMinutes('24:00')).toBe(1440);
    expect(clockMinutes('24:01')).toBeNaN();
    expect(clockMinutes('9:00')).toBe(540);
    expect(clockMinutes('9:0')).toBeNaN();
    expect(clockMinutes('09:60')).toBeNaN();
    expect(entryMinutes(entry({ start: '08:45', end: '17:15' }) as never)).toBe(8 * 60 + 30);
  });

  it('rejects rows by rule, with codes', () => {
    const parsed = diary.parseMany.entry([
      entry({ minutes: 30, activity: 'gardening' }),
      entry({ start: '10:00' }),
      entry({}),
      entry({ start: '10:00', end: '09:00' }),
      entry({ start: '09:00', end: '10:00', minutes: 45 }),
      entry({ start: '09:00', end: '10:00', minutes: 60 }),
      entry({ minutes: 1441 }),
      entry({ minutes: 0 }),
    ]);
    expect(parsed.indices).toEqual([5]);
    expect(parsed.issues.map((i) => [i.path[0], i.code])).toEqual([
      [0, 'unknown_activity'],
      [1, 'incomplete_times'],
      [2, 'missing_duration'],
      [3, 'end_before_start'],
      [4, 'duration_mismatch'],
      [6, 'too_big'],
      [7, 'too_small'],
    ]);
    expect(parsed.issues[0]!.message).toMatch(/"gardening" is not in the diary's catalogue/);
    const periods = diary.parseMany.period([
      { ...period, pilotId: 'west' },
      { ...period, wave: 'later' },
      { ...period, end: '2016-02-01' },
    ]);
    expect(periods.issues.map((i) => i.code)).toEqual([
      'unknown_pilot',
      'unknown_wave',
      'end_before_start',
    ]);
  });
});

describe('checkDiaries: the rules, by hand', () => {
  it('a day of exactly 24 hours is valid; 24 h 1 min is not', () => {
    // 00:00–12:00 (720) + 12:00–24:00 (720) = 1440 minutes = 24 h exactly.
    const full = checkDiaries(diary, {
      periods: [period],
      entries: [
        entry({ start: '00:00', end: '12:00' }),
        entry({ start: '12:00', end: '24:00', activity: 'other' }),
      ],
    });
    expect(full.issues).toEqual([]);
    expect(full.days[0]).toMatchObject({ date: '2016-03-01', minutes: 1440, gapMinutes: 0 });
    // 1440 + 1 minute more on the same day (untimed, so no overlap is reported).
    const over = checkDiaries(diary, {
      periods: [period],
      entries: [
        entry({ start: '00:00', end: '12:00' }),
        entry({ start: '12:00', end: '24:00', activity: 'other' }),
        entry({ minutes: 1, activity: 'recording' }),
      ],
    });
    expect(over.issues).toEqual([
      {
        path: ['entries', 0],
        code: 'day_over_24_hours',
        message:
          'worker SW-1 on 2016-03-01: entries total 24 h 1 min, more than 24 hours (rows 0, 1, 2)',
        rows: [0, 1, 2],
      },
    ]);
    // Kept: which entry is wrong is the evaluator's call.
    expect(over.entries).toHaveLength(3);
  });

  it('overlapping entries are reported with both rows; touching ones are not', () => {
    const check = checkDiaries(diary, {
      periods: [period],
      entries: [
        entry({ start: '09:00', end: '10:00' }),
        entry({ start: '10:00', end: '11:00', activity: 'recording' }), // touches row 0
        entry({ start: '10:59', end: '12:00', activity: 'travel' }), // overlaps row 1 by 1 min
        entry({ date: '2016-03-02', start: '09:00', end: '17:00' }),
        entry({ date: '2016-03-02', start: '12:00', end: '13:00', activity: 'other' }),
        entry({ date: '2016-03-02', start: '12:30', end: '12:45', activity: 'travel' }),
      ],
    });
    expect(check.issues.map((i) => [i.code, i.rows])).toEqual([
      ['overlapping_entries', [1, 2]],
      ['overlapping_entries', [3, 4]],
      ['overlapping_entries', [3, 5]],
      ['overlapping_entries', [4, 5]],
    ]);
    expect(check.issues[0]!.message).toBe(
      'worker SW-1 on 2016-03-01: rows 1 (10:00–11:00) and 2 (10:59–12:00) overlap',
    );
    expect(check.entries).toHaveLength(6);
  });

  it('entries outside the diary period, or of a worker with none, are reported and left out', () => {
    const check = checkDiaries(diary, {
      periods: [period],
      entries: [
        entry({ date: '2016-02-29', minutes: 60 }),
        entry({ date: '2016-03-07', minutes: 60 }),
        entry({ date: '2016-03-08', minutes: 60 }),
        entry({ workerId: 'SW-2', minutes: 60 }),
      ],
    });
    expect(check.issues.map((i) => [i.code, i.rows, i.path])).toEqual([
      ['outside_diary_period', [0], ['entries', 0, 'date']],
      ['outside_diary_period', [2], ['entries', 2, 'date']],
      ['no_diary_period', [3], ['entries', 3, 'workerId']],
    ]);
    expect(check.entryRows).toEqual([1]);
  });

  it('unknown activities are issues, never throws, and other rows are kept', () => {
    const check = checkDiaries(diary, {
      periods: [period],
      entries: [entry({ minutes: 30, activity: 'gardening' }), entry({ minutes: 30 })],
    });
    expect(check.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_activity', ['entries', 0, 'activity']],
    ]);
    expect(check.entryRows).toEqual([1]);
  });

  it('gaps are counted, not filled', () => {
    // Seven diary days, entries on two: 5 empty days. Day 1: 09:00–10:00, 11:00–12:30 → a
    // 60-minute gap; recorded 60 + 90 = 150 minutes plus 30 untimed.
    const check = checkDiaries(diary, {
      periods: [period],
      entries: [
        entry({ start: '09:00', end: '10:00' }),
        entry({ start: '11:00', end: '12:30', activity: 'recording' }),
        entry({ minutes: 30, activity: 'travel' }),
        entry({ date: '2016-03-04', minutes: 420 }),
      ],
    });
    expect(check.issues).toEqual([]);
    expect(check.days).toHaveLength(7);
    expect(check.days[0]).toMatchObject({ minutes: 180, gapMinutes: 60, entries: 3 });
    expect(check.days[1]).toMatchObject({ minutes: 0, gapMinutes: 0, entries: 0 });
    expect(check.coverage).toEqual([
      {
        workerId: 'SW-1',
        pilotId: 'north',
        days: 7,
        daysWithEntries: 2,
        emptyDays: 5,
        minutes: 600,
        gapMinutes: 60,
      },
    ]);
  });

  it('overlapping periods of one worker: the later is reported and left out', () => {
    const check = checkDiaries(diary, {
      periods: [
        period,
        { ...period, start: '2016-03-07', end: '2016-03-10' },
        { ...period, workerId: 'SW-2' },
      ],
      entries: [],
    });
    expect(check.issues.map((i) => [i.code, i.rows])).toEqual([['overlapping_periods', [1]]]);
    expect(check.periods).toHaveLength(2);
  });

  it('thousands of identical rows: 100 pairs listed, the rest counted in one issue', () => {
    const n = 3000;
    const rows = Array.from({ length: n }, () => entry({ start: '09:00', end: '10:00' }));
    const check = checkDiaries(diary, { periods: [period], entries: rows });
    const overlaps = check.issues.filter((i) => i.code === 'overlapping_entries');
    expect(overlaps).toHaveLength(101);
    // n(n − 1)/2 pairs in all, 100 of them listed.
    const summary = overlaps.find((i) => i.rows.length === n)!;
    expect(summary.message).toBe(
      `worker SW-1 on 2016-03-01: ${(n * (n - 1)) / 2 - 100} more overlapping pairs (only the first 100 are listed)`,
    );
    expect(check.issues.filter((i) => i.code === 'day_over_24_hours')).toHaveLength(1);
  });

  it('a worker with many diary periods: each entry finds its own, overlaps found by neighbours', () => {
    // 400 one-day periods on alternate days, given in reverse order, plus one overlapping period.
    const periods = Array.from({ length: 400 }, (_, k) => {
      const d = new Date(Date.UTC(2016, 0, 1 + 2 * (399 - k))).toISOString().slice(0, 10);
      return { ...period, start: d, end: d };
    });
    periods.push({ ...period, start: '2016-01-02', end: '2016-01-03' });
    const check = checkDiaries(diary, {
      periods,
      entries: [
        entry({ date: '2016-01-01', minutes: 5 }),
        entry({ date: '2016-01-02', minutes: 5 }),
        entry({ date: '2016-03-01', minutes: 5 }),
        entry({ date: '2018-01-01', minutes: 5 }),
      ],
    });
    expect(check.issues.map((i) => [i.code, i.rows])).toEqual([
      ['outside_diary_period', [1]],
      ['outside_diary_period', [3]],
      ['overlapping_periods', [400]],
    ]);
    expect(check.issues[0]!.message).toMatch(/and 397 more\); left out$/);
    // 2016-03-01 is day 60 of 2016, an even offset from 1 January: a diary day.
    expect(check.entryRows).toEqual([0, 2]);
  });

  it('never throws on data and freezes its result', () => {
    const check = checkDiaries(diary, {
      periods: [null, 3, { ...period }],
      entries: [undefined, 'x', { ...entry({ minutes: 5 }), extra: 1 }],
    });
    expect(check.issues.length).toBeGreaterThanOrEqual(5);
    expect(Object.isFrozen(check)).toBe(true);
    expect(Object.isFrozen(check.days)).toBe(true);
  });

  it('dates crossing month and leap days are counted on the calendar', () => {
    const check = checkDiaries(diary, {
      periods: [{ ...period, start: '2016-02-27', end: '2016-03-02' }],
      entries: [],
    });
    expect(check.days.map((d) => d.date)).toEqual([
      '2016-02-27',
      '2016-02-28',
      '2016-02-29',
      '2016-03-01',
      '2016-03-02',
    ]);
  });
});
