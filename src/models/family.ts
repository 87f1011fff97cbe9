import type { Concern } from './concern.js';

/**
 * A family referred in one of a study's sites, by pseudonymous id. A study's `schemas.family`
 * checks the site and cohort against the study and the referral date against the cohort's window.
 *
 * @category Families
 */
export interface Family<P extends string = string, C extends string = string> {
  /** Pseudonymous family id, such as `F-0107`; never a name. */
  readonly id: string;
  /** The site the family was referred in. */
  readonly pilotId: P;
  /** The cohort, by referral date; the referral date falls in this cohort's window. */
  readonly cohort: C;
  /** Date of the referral, `YYYY-MM-DD`. */
  readonly referralDate: string;
  /** Number of earlier referrals (a whole number, 0 or more). */
  readonly previousReferrals: number;
  /** Concerns at earlier referrals, each at most once; empty when there were none. */
  readonly previousConcerns: readonly Concern[];
  /** Concerns at this referral, each at most once. */
  readonly currentConcerns: readonly Concern[];
}
