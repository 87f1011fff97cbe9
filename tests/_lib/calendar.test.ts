// The package's one calendar (src/_lib/calendar.ts) is private, so this is the one test that
// imports a source path: dayNumber is arithmetic (no Date object) and every module's dates rest
// on it, so it is checked here against Date.UTC over all of 0000–9999, leap days included.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the private calendar, checked directly (above)
import { dayNumber, isCalendarDate, isoOfDay, weekday } from '../../src/_lib/calendar.js';

const byDate = (y: number, m: number, d: number): number => {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / 86_400_000);
};
const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe('dayNumber', () => {
  it('counts from 1970-01-01 (day 0, a Thursday)', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    // 2000 is a leap year: 30 years of 365 days and 7 leap days (1972 … 1996) to 2000-01-01.
    expect(dayNumber('2000-01-01')).toBe(30 * 365 + 7);
    expect(weekday(dayNumber('1970-01-01'))).toBe(4);
    expect(weekday(dayNumber('2024-12-25'))).toBe(3); // a Wednesday
  });

  test.prop(
    [
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    ],
    { numRuns: 20_000 },
  )('agrees with Date.UTC on every real date of 0000–9999', (y, m, d) => {
    const text = iso(y, m, d);
    if (!isCalendarDate(text)) return;
    expect(dayNumber(text)).toBe(byDate(y, m, d));
    expect(isoOfDay(dayNumber(text))).toBe(text);
  });

  it('agrees with Date.UTC on every day of 1899–2101 and around each century', () => {
    for (const [from, to] of [
      [1899, 2101],
      [0, 2],
      [99, 101],
      [399, 401],
      [1599, 1601],
      [9998, 9999],
    ] as const) {
      for (let y = from; y <= to; y++) {
        for (let m = 1; m <= 12; m++) {
          for (let d = 1; d <= 31; d++) {
            const text = iso(y, m, d);
            if (isCalendarDate(text)) expect(dayNumber(text), text).toBe(byDate(y, m, d));
          }
        }
      }
    }
  });
});
