import { z } from 'zod';
import { PseudonymousIdSchema } from '../models/worker.js';

/**
 * The quality of evidence on one EMMIE dimension, EMMIE-Q's 0 (no evidence) to 4 (strong).
 *
 * @category Models
 * @example
 * ```ts
 * import { EmmieQualitySchema } from 'sos-eval/qualitative';
 * EmmieQualitySchema.safeParse(4).success //=> true
 * EmmieQualitySchema.safeParse(5).success //=> false
 * ```
 */
export const EmmieQualitySchema = z.number().int().min(0).max(4);

const dimension = z.strictObject({
  /** Quality of the evidence, 0–4. */
  quality: EmmieQualitySchema,
  /** What the evidence says. */
  summary: z.string().max(100_000).optional(),
});

/**
 * The EMMIE dimensions, in order: effect, mechanisms, moderators, implementation, economics.
 *
 * @category Models
 * @example
 * ```ts
 * import { EMMIE_DIMENSIONS } from 'sos-eval/qualitative';
 * EMMIE_DIMENSIONS.length //=> 5
 * ```
 */
export const EMMIE_DIMENSIONS = Object.freeze([
  'effect',
  'mechanisms',
  'moderators',
  'implementation',
  'economics',
] as const);

/**
 * An EMMIE rating of one intervention for a synthesis (Johnson, Tilley & Bowers 2015, "Introducing
 * EMMIE", _Journal of Experimental Criminology_ 11:459–473): for the **e**ffect, **m**echanisms,
 * **m**oderators, **i**mplementation and **e**conomics, the quality of the evidence (EMMIE-Q, 0–4)
 * and a summary, plus the direction of the effect.
 *
 * @category Models
 * @example
 * ```ts
 * import { EmmieRatingSchema } from 'sos-eval/qualitative';
 * const q = (quality: number) => ({ quality });
 * EmmieRatingSchema.safeParse({
 *   id: 'framework', direction: 'positive',
 *   effect: q(2), mechanisms: q(3), moderators: q(1), implementation: q(3), economics: q(0),
 * }).success //=> true
 * ```
 */
export const EmmieRatingSchema = z.strictObject({
  /** The intervention (or study) rated. */
  id: PseudonymousIdSchema,
  /** Direction of the effect found. */
  direction: z.enum(['positive', 'negative', 'mixed', 'none', 'unclear']),
  /** Effect. */
  effect: dimension,
  /** Mechanisms. */
  mechanisms: dimension,
  /** Moderators (contexts). */
  moderators: dimension,
  /** Implementation. */
  implementation: dimension,
  /** Economics (costs). */
  economics: dimension,
  /** Who rated, when recorded. */
  rater: PseudonymousIdSchema.optional(),
});

/**
 * An EMMIE rating.
 *
 * @category Models
 */
export type EmmieRating = z.infer<typeof EmmieRatingSchema>;
