import { z } from 'zod';
import type { Either } from 'fp-ts/lib/Either.js';
import { ExperienceGroupSchema } from './experience-group.js';
import { parseWith } from './parse.js';
import type { ValidationIssue } from './validation-issue.js';

/**
 * Ids of the ten pilot local authorities of the 2014–16 Signs of Safety project.
 *
 * @category Pilots
 * @example
 * ```ts
 * import { PILOT_IDS } from 'sos-eval/models';
 *
 * PILOT_IDS.length //=> 10
 * ```
 */
export const PILOT_IDS = [
  'wakefield',
  'norfolk',
  'wokingham',
  'bristol',
  'suffolk',
  'lincolnshire',
  'brent',
  'west-sussex',
  'leicestershire',
  'tower-hamlets',
] as const;

/**
 * A pilot's id: one of {@link PILOT_IDS}. Records naming any other authority are rejected.
 *
 * @category Pilots
 * @example
 * ```ts
 * import { PilotIdSchema } from 'sos-eval/models';
 *
 * PilotIdSchema.safeParse('brent').success //=> true
 * PilotIdSchema.safeParse('camden').success //=> false
 * ```
 */
export const PilotIdSchema = z.enum(PILOT_IDS);

/**
 * One of the ten pilots' ids.
 *
 * @category Pilots
 */
export type PilotId = z.infer<typeof PilotIdSchema>;

/**
 * The kind of English local authority.
 *
 * @category Pilots
 * @example
 * ```ts
 * import { AuthorityTypeSchema } from 'sos-eval/models';
 *
 * AuthorityTypeSchema.safeParse('london-borough').success //=> true
 * ```
 */
export const AuthorityTypeSchema = z.enum([
  'county',
  'unitary',
  'metropolitan-district',
  'london-borough',
]);

/**
 * A kind of English local authority.
 *
 * @category Pilots
 */
export type AuthorityType = z.infer<typeof AuthorityTypeSchema>;

/**
 * A pilot local authority: id (a slug), name, authority type where known, experience grouping.
 *
 * @category Pilots
 * @example
 * ```ts
 * import { PilotSchema } from 'sos-eval/models';
 *
 * PilotSchema.safeParse({ id: 'brent', name: 'Brent', authorityType: 'london-borough', experienceGroup: 'two-years' }).success //=> true
 * ```
 */
export const PilotSchema = z.strictObject({
  /** Lower-case slug of the authority, such as `west-sussex`. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "west-sussex"'),
  /** The authority's name as published, such as "West Sussex". */
  name: z.string().min(1),
  /** The kind of council, when known. */
  authorityType: AuthorityTypeSchema.optional(),
  /** How long the authority had used Signs of Safety (the evaluation's grouping). */
  experienceGroup: ExperienceGroupSchema,
});

/**
 * A pilot local authority.
 *
 * @category Pilots
 */
export type Pilot = z.infer<typeof PilotSchema>;

/**
 * Parses a pilot record.
 *
 * @category Pilots
 * @example
 * ```ts
 * import { parsePilot } from 'sos-eval/models';
 *
 * parsePilot({ id: 'norfolk', name: 'Norfolk', experienceGroup: 'new' })._tag //=> 'Right'
 * parsePilot({ id: 'norfolk', name: 'Norfolk', experienceGroup: 'old' })._tag //=> 'Left'
 * ```
 */
export function parsePilot(input: unknown): Either<ValidationIssue[], Pilot> {
  return parseWith(PilotSchema, input);
}
