// All date arithmetic in UTC (Date.UTC and toISOString never read the machine's time zone), so
// the dataset is byte-identical in every time zone. Dates are ISO `YYYY-MM-DD` in years 0000–9999.

const DAY = 86_400_000;

// setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
const utcTime = (date: string): number =>
  new Date(0).setUTCFullYear(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );

/** @internal Days from `a` to `b` (ISO dates). */
export const daysBetween = (a: string, b: string): number =>
  Math.round((utcTime(b) - utcTime(a)) / DAY);

/** @internal `date` plus `days`, as an ISO date. */
export const plusDays = (date: string, days: number): string =>
  new Date(utcTime(date) + days * DAY).toISOString().slice(0, 10);
