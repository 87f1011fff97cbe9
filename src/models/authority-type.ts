import { z } from 'zod';

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
