import { addDays, differenceInCalendarDays, format } from 'date-fns';
import { utc, UTCDate } from '@date-fns/utc';

// All date arithmetic in UTC so the dataset is byte-identical in every time zone.

/** @internal Days from `a` to `b` (ISO dates). */
export const daysBetween = (a: string, b: string): number =>
  differenceInCalendarDays(new UTCDate(b), new UTCDate(a), { in: utc });

/** @internal `date` plus `days`, as an ISO date. */
export const plusDays = (date: string, days: number): string =>
  format(addDays(new UTCDate(date), days, { in: utc }), 'yyyy-MM-dd', { in: utc });
