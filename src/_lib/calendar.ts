// The one calendar of the package: ISO dates `YYYY-MM-DD` (years 0000–9999) as UTC day numbers,
// days since 1970-01-01. Date.UTC, setUTCFullYear and toISOString never read the machine's time
// zone, so no answer built on these depends on where it runs (a local-midnight Date can shift by
// a day across a DST change, or vanish in Pacific/Apia). Callers pass dates already checked to
// be real calendar dates (IsoDateSchema).

const MS_PER_DAY = 86_400_000;

/** Day number of an ISO date. */
export function dayNumber(iso: string): number {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  d.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round(d.getTime() / MS_PER_DAY);
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
