import { z } from 'zod';

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
 * One research interview with a family at one of a study's waves: the number of changes of social
 * worker so far, whether the current worker is from an agency, whether the family is still
 * allocated a worker, their feelings about the worker, and optional measure responses (keyed by
 * measure id, such as `lsns-6`) and goal ratings. A study's `schemas.familyInterview` checks the
 * wave against the study and the date against the wave's fieldwork window.
 *
 * @category Families
 */
export interface FamilyInterview<W extends string = string> {
  /** Pseudonymous id of the family interviewed. */
  readonly familyId: string;
  /** The wave. */
  readonly wave: W;
  /** The date of the interview, `YYYY-MM-DD`. */
  readonly date: string;
  /** Changes of social worker so far; `null` when not known. */
  readonly workerChanges: number | null;
  /** Whether the current worker is from an agency; `null` when not known. */
  readonly agencyWorker: boolean | null;
  /** Whether the family is still allocated a worker; `null` when not known. */
  readonly stillAllocated: boolean | null;
  /** How the family felt about their worker. */
  readonly feeling: Feeling;
  /** Item responses by measure id, in item order, `null` for a missing item. */
  readonly measures?: Readonly<Record<string, readonly (number | null)[]>>;
  /** Goal attainment ratings, one per goal. */
  readonly goals?: readonly GoalRating[];
}
