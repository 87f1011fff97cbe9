/**
 * A key informant's self-profiling of how far implementation has gone at their site on one
 * dimension (such as "leadership" or "training"), on a rating scale the study defines. A study's
 * `schemas.selfProfilingRating` (from {@link qualitativeModels}) checks site, wave, dimension and
 * the rating against the scale.
 *
 * @category Models
 */
export interface SelfProfilingRating {
  /** The site rated. */
  readonly pilot: string;
  /** The wave. */
  readonly wave: string;
  /** Pseudonymous id of the informant who rated, when recorded. */
  readonly informantId?: string;
  /** The implementation dimension. */
  readonly dimension: string;
  /** The rating, on the study's scale. */
  readonly rating: number;
}
