import { z } from 'zod';
import { isCalendarDate } from '../_lib/calendar.js';

// Calendar dates are ISO strings checked by zod's own ISO date format (it knows month lengths and
// leap years), never turned into a local Date, so no answer depends on the machine's time zone: a
// local-midnight Date can shift or even vanish (Pacific/Apia skipped 30 December 2011).
const ISO_DATE = z.iso.date({
  error: (issue) =>
    issue.code === 'invalid_format'
      ? `expected a real calendar date written YYYY-MM-DD, got ${JSON.stringify(issue.input)}`
      : undefined,
});

/**
 * True when `text` is a real calendar date written `YYYY-MM-DD` (so `2015-02-30` is false).
 *
 * @category Dates
 * @example
 * ```ts
 * import { isIsoDate } from 'sos-eval/models';
 *
 * isIsoDate('2015-03-01') //=> true
 * isIsoDate('2015-02-30') //=> false
 * isIsoDate('01/03/2015') //=> false
 * ```
 */
export function isIsoDate(text: unknown): text is string {
  // The same rule as IsoDateSchema (a property test holds them together), read without zod's
  // parse machinery: readers check millions of dates.
  return typeof text === 'string' && isCalendarDate(text);
}

/**
 * An ISO calendar date `YYYY-MM-DD`, checked to exist: zod's `z.iso.date()` with a message that
 * says so (issue code `invalid_date`). Dates stay strings: they sort and compare as text, and
 * carry no time zone. A column declared with `z.iso.date()` itself is read the same way.
 *
 * @category Dates
 * @example
 * ```ts
 * import { IsoDateSchema } from 'sos-eval/models';
 *
 * IsoDateSchema.safeParse('2016-02-29').success //=> true
 * IsoDateSchema.safeParse('2015-02-29').success //=> false
 * ```
 */
export const IsoDateSchema = ISO_DATE;

/**
 * An ISO calendar date string `YYYY-MM-DD`.
 *
 * @category Dates
 */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * An inclusive window of calendar dates, such as a cohort's referral window.
 *
 * @category Dates
 * @example
 * ```ts
 * import { DateWindowSchema } from 'sos-eval/models';
 *
 * DateWindowSchema.safeParse({ start: '2015-03-01', end: '2015-05-31' }).success //=> true
 * DateWindowSchema.safeParse({ start: '2015-06-01', end: '2015-05-31' }).success //=> false
 * ```
 */
export const DateWindowSchema = z
  .strictObject({
    /** The first date in the window. */
    start: IsoDateSchema,
    /** The last date in the window (inclusive); not before `start`. */
    end: IsoDateSchema,
  })
  .refine((w) => w.start <= w.end, { message: 'start must not be after end', path: ['end'] });

/**
 * An inclusive window of calendar dates.
 *
 * @category Dates
 */
export type DateWindow = z.infer<typeof DateWindowSchema>;

/**
 * True when `date` lies in the inclusive window. ISO dates compare correctly as text.
 *
 * @category Dates
 * @example
 * ```ts
 * import { isWithinWindow } from 'sos-eval/models';
 *
 * isWithinWindow('2015-05-31', { start: '2015-03-01', end: '2015-05-31' }) //=> true
 * isWithinWindow('2015-06-01', { start: '2015-03-01', end: '2015-05-31' }) //=> false
 * ```
 */
export function isWithinWindow(date: IsoDate, window: DateWindow): boolean {
  return date >= window.start && date <= window.end;
}
