// The one calendar of the package: ISO dates `YYYY-MM-DD` (years 0000–9999) as UTC day numbers,
// days since 1970-01-01. Date.UTC, setUTCFullYear and toISOString never read the machine's time
// zone, so no answer built on these depends on where it runs (a local-midnight Date can shift by
// a day across a DST change, or vanish in Pacific/Apia). Callers pass dates already checked to
// be real calendar dates (IsoDateSchema).

const MS_PER_DAY = 86_400_000;

/**
 * Day number of an ISO date, by the civil-from-days arithmetic of the proleptic Gregorian
 * calendar (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil): no Date
 * object, so it is cheap enough for millions of dates. tests/models check it against Date.UTC.
 */
export function dayNumber(iso: string): number {
  const y0 = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  // Years start in March, so the leap day is the last day of the year.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // 0–399
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1; // 0–365
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // 0–146096
  return era * 146_097 + doe - 719_468;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when `text` is a real calendar date written `YYYY-MM-DD` (years 0000–9999, Gregorian leap
 * years): the rule of zod's `z.iso.date()`, which tests/models check this against. Read from the
 * character codes, with no regular expression or allocation: census files hold millions of dates.
 */
export function isCalendarDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    year = year * 10 + c;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]!;
}

// Synthetic files write millions of dates drawn from a few thousand days.
const isoCache = new Map<number, string>();

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

/** Whole calendar days from `earlier` to `later` (negative when `later` is earlier). */
export function daysBetween(earlier: string, later: string): number {
  return dayNumber(later) - dayNumber(earlier);
}

/** `iso` plus `days` (any whole number), as an ISO date. */
export function plusDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The same calendar date `months` later; a day that month lacks becomes its last day
 * (29 February + 12 months → 28 February), as date-fns' addMonths does.
 */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const first = dayNumber(
    `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`,
  );
  const next =
    month === 11
      ? `${String(year + 1).padStart(4, '0')}-01-01`
      : `${String(year).padStart(4, '0')}-${String(month + 2).padStart(2, '0')}-01`;
  const last = dayNumber(next) - first;
  return isoOfDay(first + Math.min(d, last) - 1);
}

/** Whole years from a birth date to a later date (age on that date). */
export function ageInYears(birth: string, on: string): number {
  let age = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (on.slice(5) < birth.slice(5)) age -= 1;
  return age;
}
