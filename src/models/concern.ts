import { z } from 'zod';

/**
 * A concern recorded on a referral: domestic abuse, neglect, emotional, physical or sexual abuse,
 * or other.
 *
 * @category Families
 * @example
 * ```ts
 * import { ConcernSchema } from 'sos-eval/models';
 *
 * ConcernSchema.safeParse('neglect').success //=> true
 * ```
 */
export const ConcernSchema = z.enum([
  'domestic-abuse',
  'neglect',
  'emotional',
  'physical',
  'sexual',
  'other',
]);

/**
 * A referral concern.
 *
 * @category Families
 */
export type Concern = z.infer<typeof ConcernSchema>;

/**
 * Children in Need census assessment factor codes for a concern, with how sure we are of them.
 *
 * @category Families
 */
export interface CinFactorMapping {
  /** The concern. */
  readonly concern: Concern;
  /** The census factor codes that record it (empty where this package does not record one). */
  readonly codes: readonly string[];
  /** Where the mapping comes from and how far to trust it. */
  readonly source: string;
}

/**
 * The Children in Need census factor codes this package maps concerns to. Only codes named in
 * the project's domain brief are given; where none is recorded the list is empty, so callers map
 * their own rather than trust a guess (census guidance changes between years).
 *
 * @category Families
 * @example
 * ```ts
 * import { CIN_FACTOR_CODES } from 'sos-eval/models';
 *
 * CIN_FACTOR_CODES['domestic-abuse'].codes //=> ['3A', '3B', '3C']
 * CIN_FACTOR_CODES.sexual.codes //=> []
 * ```
 */
export const CIN_FACTOR_CODES: Readonly<Record<Concern, CinFactorMapping>> = Object.freeze({
  'domestic-abuse': Object.freeze({
    concern: 'domestic-abuse',
    codes: Object.freeze(['3A', '3B', '3C']),
    source:
      'DfE Children in Need census assessment factors (domestic violence: child, parent, other person)',
  }),
  neglect: Object.freeze({
    concern: 'neglect',
    codes: Object.freeze(['16A']),
    source:
      'Project domain brief; unverified against the census guide for a given year — check before use',
  }),
  emotional: Object.freeze({
    concern: 'emotional',
    codes: Object.freeze([]),
    source: 'not recorded here',
  }),
  physical: Object.freeze({
    concern: 'physical',
    codes: Object.freeze([]),
    source: 'not recorded here',
  }),
  sexual: Object.freeze({
    concern: 'sexual',
    codes: Object.freeze([]),
    source: 'not recorded here',
  }),
  other: Object.freeze({ concern: 'other', codes: Object.freeze([]), source: 'not recorded here' }),
}) as Readonly<Record<Concern, CinFactorMapping>>;
