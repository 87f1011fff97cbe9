import { differenceInCalendarDays } from 'date-fns';
import { utc, UTCDate } from '@date-fns/utc';

// Days between calendar dates, read in UTC so no answer depends on the machine's time zone
// (a local-midnight Date can shift by a day across a DST change, or vanish in Pacific/Apia).
const toUtc = (iso: string): UTCDate => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new UTCDate(y, m - 1, d);
};

/** Whole calendar days from `earlier` to `later` (negative when `later` is earlier). */
export function daysBetween(earlier: string, later: string): number {
  return differenceInCalendarDays(toUtc(later), toUtc(earlier), { in: utc });
}
