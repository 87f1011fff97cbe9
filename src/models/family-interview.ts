import { z } from 'zod';
import type { Either } from 'fp-ts/lib/Either.js';
import { WAVE_WINDOWS } from '../reference/windows.js';
import { WaveIdSchema } from './cohort.js';
import { IsoDateSchema, isWithinWindow } from './iso-date.js';
import { parseWith } from './parse.js';
import type { ValidationIssue } from './validation-issue.js';
import { PseudonymousIdSchema } from './worker.js';

/**
 * How a family felt about their social worker, on the 5-point scale the interviews used, or
 * `no-response`.
 *
 * @category Families
 * @example
 * ```ts
 * import { FeelingSchema } from 'sos-eval/models';
 *
 * FeelingSchema.options.length //=> 6
 * ```
 */
export const FeelingSchema = z.enum([
  'very-positive',
  'positive',
  'neutral',
  'negative',
  'very-negative',
  'no-response',
]);

/**
 * A family's feeling about their social worker.
 *
 * @category Families
 */
export type Feeling = z.infer<typeof FeelingSchema>;

/**
 * Item responses for one outcome measure, in item order (index 0 = item 1); `null` = missing.
 * Codes are validated against the measure's definition by `sos-eval/measures`.
 *
 * @category Families
 * @example
 * ```ts
 * import { MeasureResponsesSchema } from 'sos-eval/models';
 *
 * MeasureResponsesSchema.safeParse([3, 2, null, 1, 1, 0]).success //=> true
 * ```
 */
export const MeasureResponsesSchema = z.array(z.number().int().nullable());

/**
 * A goal attainment rating: −2 much less than expected … 0 as expected … +2 much more, with an
 * optional weight.
 *
 * @category Families
 * @example
 * ```ts
 * import { GoalRatingSchema } from 'sos-eval/models';
 *
 * GoalRatingSchema.safeParse({ score: 1, weight: 2 }).success //=> true
 * GoalRatingSchema.safeParse({ score: 3 }).success //=> false
 * ```
 */
export const GoalRatingSchema = z.strictObject({
  /** Goal attainment, a whole number from −2 (much less than expected) to +2 (much more). */
  score: z.number().int().min(-2).max(2),
  /** The goal's weight, positive; 1 when left out. */
  weight: z.number().positive().optional(),
});

/**
 * A goal attainment rating.
 *
 * @category Families
 */
export type GoalRating = z.infer<typeof GoalRatingSchema>;

/**
 * One research interview with a family at one wave: the number of changes of social worker so
 * far, whether the current worker is from an agency, whether the family is still allocated a
 * worker, their feelings about the worker, and optional measure responses (keyed by measure id,
 * such as `lsns-6`) and goal ratings. The date must fall in the wave's fieldwork window.
 *
 * @category Families
 * @example
 * ```ts
 * import { FamilyInterviewSchema } from 'sos-eval/models';
 *
 * FamilyInterviewSchema.safeParse({
 *   familyId: 'F-0001', wave: 'T1', date: '2015-07-02', workerChanges: 1,
 *   agencyWorker: false, stillAllocated: true, feeling: 'positive',
 *   measures: { 'lsns-6': [3, 2, 2, 1, 1, 0] },
 * }).success //=> true
 * ```
 */
export const FamilyInterviewSchema = z
  .strictObject({
    /** Pseudonymous id of the family interviewed. */
    familyId: PseudonymousIdSchema,
    /** The wave: Time 1 or Time 2. */
    wave: WaveIdSchema,
    /** The date of the interview; it must fall in the wave's fieldwork window. */
    date: IsoDateSchema,
    /** Changes of social worker so far; `null` when not known. */
    workerChanges: z.number().int().min(0).nullable(),
    /** Whether the current worker is from an agency; `null` when not known. */
    agencyWorker: z.boolean().nullable(),
    /** Whether the family is still allocated a worker; `null` when not known. */
    stillAllocated: z.boolean().nullable(),
    /** How the family felt about their worker. */
    feeling: FeelingSchema,
    /** Item responses by measure id (such as `lsns-6`), in item order, `null` for a missing item. */
    measures: z.record(z.string().regex(/^[a-z0-9-]+$/), MeasureResponsesSchema).optional(),
    /** Goal attainment ratings, one per goal. */
    goals: z.array(GoalRatingSchema).optional(),
  })
  .superRefine((interview, ctx) => {
    const window = WAVE_WINDOWS[interview.wave];
    if (!isWithinWindow(interview.date, window)) {
      ctx.addIssue({
        code: 'custom',
        params: { code: 'outside_window' },
        path: ['date'],
        message: `${interview.date} is outside ${interview.wave}'s fieldwork window ${window.start} to ${window.end}`,
      });
    }
  });

/**
 * One interview with a family.
 *
 * @category Families
 */
export type FamilyInterview = z.infer<typeof FamilyInterviewSchema>;

/**
 * Parses one family interview record (shape, dates and ranges; use
 * `parseFamilyInterviewWithMeasures` from `sos-eval/measures` to check item codes too).
 *
 * @category Families
 * @example
 * ```ts
 * import { parseFamilyInterview } from 'sos-eval/models';
 *
 * parseFamilyInterview({
 *   familyId: 'F-0001', wave: 'T2', date: '2015-07-02', workerChanges: 1,
 *   agencyWorker: false, stillAllocated: true, feeling: 'positive',
 * })._tag //=> 'Left'
 * ```
 */
export function parseFamilyInterview(input: unknown): Either<ValidationIssue[], FamilyInterview> {
  return parseWith(FamilyInterviewSchema, input);
}
