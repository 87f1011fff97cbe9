import { describe, expect, it } from 'vitest';
import { isWorkingDay, workingDaysBetween } from 'sos-eval/admin';

// Easter Sunday by the Anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8),
// written here independently of the committed table.
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const dow = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const lastMonday = (year: number, month: number) => {
  let d = new Date(Date.UTC(year, month, 0));
  while (d.getUTCDay() !== 1) d = new Date(d.getTime() - 86_400_000);
  return d.toISOString().slice(0, 10);
};

describe('the bank-holiday table, 2012–2026', () => {
  it.each(Array.from({ length: 15 }, (_, i) => 2012 + i))(
    '%i: Good Friday, Easter Monday and the summer holiday are not working days',
    (year) => {
      const easter = easterSunday(year);
      expect(isWorkingDay(shift(easter, -2))).toBe(false);
      expect(isWorkingDay(shift(easter, 1))).toBe(false);
      // The Thursday before Good Friday and the Tuesday after Easter Monday are.
      expect(isWorkingDay(shift(easter, -3))).toBe(true);
      expect(isWorkingDay(shift(easter, 2))).toBe(true);
      expect(isWorkingDay(lastMonday(year, 8))).toBe(false);
      // Christmas Day and Boxing Day, or their substitutes, take two weekdays from 25–28 December.
      const days = ['25', '26', '27', '28'].map((d) => `${year}-12-${d}`);
      const weekdays = days.filter((d) => dow(d) !== 0 && dow(d) !== 6);
      expect(weekdays.filter((d) => !isWorkingDay(d))).toHaveLength(2);
    },
  );

  it('one-off and moved holidays', () => {
    for (const d of [
      '2012-06-05',
      '2020-05-08',
      '2022-06-02',
      '2022-06-03',
      '2022-09-19',
      '2023-05-08',
    ]) {
      expect(isWorkingDay(d)).toBe(false);
    }
    // The usual early May and spring holidays those years moved from.
    for (const d of ['2020-05-04', '2022-05-30', '2012-05-28']) expect(isWorkingDay(d)).toBe(true);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the start up to the end (hand-worked)', () => {
    // Thu 6 April 2023 → Tue 11 April: Good Friday 7, weekend, Easter Monday 10; only the 11th.
    expect(workingDaysBetween('2023-04-06', '2023-04-11')).toBe(1);
    // Fri 22 Dec 2023 → Fri 5 Jan 2024: 27, 28, 29 Dec and 2, 3, 4, 5 Jan (25, 26 Dec, 1 Jan off).
    expect(workingDaysBetween('2023-12-22', '2024-01-05')).toBe(7);
    // 2016: Christmas fell on a Sunday, so Tuesday 27 December was the substitute day.
    expect(workingDaysBetween('2016-12-23', '2016-12-28')).toBe(1);
    // Mon 5 June → Mon 7 August 2023: 19 days in June, 21 in July, 5 in August.
    expect(workingDaysBetween('2023-06-05', '2023-08-07')).toBe(45);
    expect(workingDaysBetween('2023-08-07', '2023-06-05')).toBe(-45);
    expect(workingDaysBetween('2023-06-05', '2023-06-05')).toBe(0);
    // A Saturday start: Monday is the first working day after it.
    expect(workingDaysBetween('2023-06-03', '2023-06-05')).toBe(1);
  });

  it('refuses dates outside the table and strings that are not dates', () => {
    expect(() => workingDaysBetween('2011-12-30', '2012-01-03')).toThrow(
      "start must fall in 2012–2026, the years of the committed bank-holiday table, got '2011-12-30'",
    );
    expect(() => workingDaysBetween('2026-12-30', '2027-01-04')).toThrow(RangeError);
    expect(() => workingDaysBetween('2023-02-30', '2023-03-01')).toThrow(TypeError);
    expect(() => isWorkingDay(20230101 as never)).toThrow(TypeError);
  });
});
