// Calendar arithmetic on UTC day numbers, so no answer depends on the machine's time zone.

const MS_PER_DAY = 86_400_000;

/** @internal Days since 1970-01-01 of a valid ISO date `YYYY-MM-DD`. */
export function dayNumber(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
    MS_PER_DAY
  );
}

/** @internal The ISO date of a day number. */
export function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}
// Synthetic files write millions of dates drawn from a few thousand days.
const isoCache = new Map<number, string>();

/** @internal Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * @internal The same calendar date `months` later; a day that month lacks becomes its last day
 * (29 February + 12 months → 28 February), as date-fns' addMonths does.
 */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoOfDay(Date.UTC(year, month, Math.min(d, last)) / MS_PER_DAY);
}

/** @internal Whole years between a birth date and a later date (age at that date). */
export function ageInYears(birth: string, on: string): number {
  let age = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (on.slice(5) < birth.slice(5)) age -= 1;
  return age;
}
