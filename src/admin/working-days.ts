import { isIsoDate } from '../models/iso-date.js';
import { BANK_HOLIDAYS, BANK_HOLIDAY_YEARS } from './_bank-holidays.js';
import { dayNumber, weekday } from '../_lib/calendar.js';

// Cumulative working days from 1 January of the table's first year: one subtraction per query,
// which matters when a national census asks for a million durations.
const FIRST_DAY = Date.UTC(BANK_HOLIDAY_YEARS.first, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(BANK_HOLIDAY_YEARS.last, 11, 31) / 86_400_000;
let cumulative: Int32Array | undefined;

function table(): Int32Array {
  if (cumulative) return cumulative;
  const holidays = new Set<number>();
  for (const dates of Object.values(BANK_HOLIDAYS))
    for (const d of dates) holidays.add(dayNumber(d));
  const out = new Int32Array(LAST_DAY - FIRST_DAY + 1);
  let count = 0;
  for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
    const w = weekday(day);
    if (w !== 0 && w !== 6 && !holidays.has(day)) count++;
    out[day - FIRST_DAY] = count;
  }
  cumulative = out;
  return out;
}

/** @internal Working days in (start, end] on day numbers, or undefined outside the table. */
export function workingDaysOnDays(start: number, end: number): number | undefined {
  if (start < FIRST_DAY || end > LAST_DAY || end < FIRST_DAY || start > LAST_DAY) return undefined;
  const t = table();
  return t[end - FIRST_DAY]! - t[start - FIRST_DAY]!;
}

function checkDate(name: string, value: unknown): number {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new TypeError(`${name} must be an ISO date 'YYYY-MM-DD', got ${JSON.stringify(value)}`);
  }
  const day = dayNumber(value);
  if (day < FIRST_DAY || day > LAST_DAY) {
    throw new RangeError(
      `${name} must fall in ${BANK_HOLIDAY_YEARS.first}–${BANK_HOLIDAY_YEARS.last}, the years of the committed bank-holiday table, got '${value}'`,
    );
  }
  return day;
}

/**
 * Working days from `start` to `end` in England and Wales: the weekdays after `start` up to and
 * including `end` that are not bank holidays, so an assessment authorised the day it started took
 * 0 working days and one authorised the next working day took 1 (the DfE's duration bins start at
 * 0). A negative count when `end` is before `start`. Bank holidays come from a committed table of
 * gov.uk's published list for 2012–2026; a date outside those years is a `RangeError` (never a
 * silent guess), and the indicators report such an assessment as an issue instead.
 *
 * @param start - The first day, ISO `YYYY-MM-DD` (not counted).
 * @param end - The last day (counted when it is a working day).
 * @throws TypeError for a string that is not a real ISO date; RangeError outside 2012–2026.
 * @category Dates
 * @example
 * ```ts
 * import { workingDaysBetween } from 'sos-eval/admin';
 * // Thursday 28 March 2024 to Tuesday 2 April: Good Friday and Easter Monday are holidays
 * workingDaysBetween('2024-03-28', '2024-04-02') //=> 1
 * // Christmas 2023: Friday 22 to Wednesday 27 December (25th and 26th are holidays)
 * workingDaysBetween('2023-12-22', '2023-12-27') //=> 1
 * workingDaysBetween('2023-06-05', '2023-06-05') //=> 0
 * ```
 */
export function workingDaysBetween(start: string, end: string): number {
  const a = checkDate('start', start);
  const b = checkDate('end', end);
  return a <= b ? workingDaysOnDays(a, b)! : -workingDaysOnDays(b, a)!;
}

/**
 * True when `date` is a working day in England and Wales: a weekday that is not a bank holiday
 * (committed gov.uk table, 2012–2026).
 *
 * @throws TypeError for a string that is not a real ISO date; RangeError outside 2012–2026.
 * @category Dates
 * @example
 * ```ts
 * import { isWorkingDay } from 'sos-eval/admin';
 * isWorkingDay('2022-09-19') //=> false
 * isWorkingDay('2022-09-20') //=> true
 * ```
 */
export function isWorkingDay(date: string): boolean {
  const day = checkDate('date', date);
  return workingDaysOnDays(day - 1, day) === 1;
}
