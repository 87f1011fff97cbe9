import { z } from 'zod';
import type { Either } from 'fp-ts/lib/Either.js';
import { COHORT_WINDOWS } from '../reference/windows.js';
import { CohortIdSchema } from './cohort.js';
import { ConcernSchema } from './concern.js';
import { IsoDateSchema, isWithinWindow } from './iso-date.js';
import { PilotIdSchema } from './pilot.js';
import { parseWith } from './parse.js';
import type { ValidationIssue } from './validation-issue.js';
import { PseudonymousIdSchema } from './worker.js';

const concernList = z
  .array(ConcernSchema)
  .refine((xs) => new Set(xs).size === xs.length, { message: 'lists a concern more than once' });

/**
 * A family in the evaluation, by pseudonymous id: its pilot, cohort, referral date, number of
 * previous referrals, and previous and current concerns. The referral date must fall in the
 * cohort's referral window.
 *
 * @category Families
 * @example
 * ```ts
 * import { FamilySchema } from 'sos-eval/models';
 *
 * FamilySchema.safeParse({
 *   id: 'F-0001', pilotId: 'bristol', cohort: 'cohort-1', referralDate: '2015-04-14',
 *   previousReferrals: 2, previousConcerns: ['neglect'], currentConcerns: ['domestic-abuse'],
 * }).success //=> true
 * ```
 */
export const FamilySchema = z
  .strictObject({
    /** Pseudonymous family id, such as `F-0107`; never a name. */
    id: PseudonymousIdSchema,
    /** The pilot authority the family was referred in. */
    pilotId: PilotIdSchema,
    /** The cohort, by referral date; the referral date must fall in this cohort's window. */
    cohort: CohortIdSchema,
    /** Date of the referral, `YYYY-MM-DD`. */
    referralDate: IsoDateSchema,
    /** Number of earlier referrals (a whole number, 0 or more). */
    previousReferrals: z.number().int().min(0),
    /** Concerns at earlier referrals, each at most once; empty when there were none. */
    previousConcerns: concernList,
    /** Concerns at this referral, each at most once. */
    currentConcerns: concernList,
  })
  .superRefine((family, ctx) => {
    const window = COHORT_WINDOWS[family.cohort];
    if (!isWithinWindow(family.referralDate, window)) {
      ctx.addIssue({
        code: 'custom',
        params: { code: 'outside_window' },
        path: ['referralDate'],
        message: `${family.referralDate} is outside ${family.cohort}'s referral window ${window.start} to ${window.end}`,
      });
    }
    if (family.previousReferrals === 0 && family.previousConcerns.length > 0) {
      ctx.addIssue({
        code: 'custom',
        params: { code: 'inconsistent' },
        path: ['previousConcerns'],
        message: 'lists previous concerns but previousReferrals is 0',
      });
    }
  });

/**
 * A family in the evaluation.
 *
 * @category Families
 */
export type Family = z.infer<typeof FamilySchema>;

/**
 * Parses a family record.
 *
 * @category Families
 * @example
 * ```ts
 * import { parseFamily } from 'sos-eval/models';
 *
 * const bad = parseFamily({
 *   id: 'F-0001', pilotId: 'bristol', cohort: 'cohort-1', referralDate: '2015-02-30',
 *   previousReferrals: 0, previousConcerns: [], currentConcerns: [],
 * });
 * bad._tag //=> 'Left'
 * ```
 */
export function parseFamily(input: unknown): Either<ValidationIssue[], Family> {
  return parseWith(FamilySchema, input);
}
