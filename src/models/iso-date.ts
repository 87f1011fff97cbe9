import { z } from 'zod';
import { isValid, parse } from 'date-fns';
import { utc, UTCDate } from '@date-fns/utc';

// Calendar dates are read in UTC (date-fns 4's `in: utc` context) so no answer depends on the
// machine's time zone: a local-midnight Date can shift or even vanish (Pacific/Apia skipped
// 30 December 2011).
const REFERENCE = new UTCDate(2000, 0, 1);
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

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
  return (
    typeof text === 'string' &&
    ISO_SHAPE.test(text) &&
    isValid(parse(text, 'yyyy-MM-dd', REFERENCE, { in: utc }))
  );
}

/**
 * An ISO calendar date `YYYY-MM-DD`, checked to exist. Dates stay strings: they sort and compare
 * as text, and carry no time zone.
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
export const IsoDateSchema = z.string().check((ctx) => {
  if (!isIsoDate(ctx.value)) {
    ctx.issues.push({
      code: 'custom',
      params: { code: 'invalid_date' },
      message: `expected a real calendar date written YYYY-MM-DD, got ${JSON.stringify(ctx.value)}`,
      input: ctx.value,
    });
  }
});

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
