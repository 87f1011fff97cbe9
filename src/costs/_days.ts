// Calendar arithmetic on UTC day numbers (days since 1970-01-01): Date.UTC and toISOString never
// read the machine's time zone, so no answer here depends on where it runs.

/** @internal Day number of an ISO date `YYYY-MM-DD` (already checked to be a real date). */
export function dayNumber(iso: string): number {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  d.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round(d.getTime() / 86_400_000);
}

/** @internal The ISO date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
