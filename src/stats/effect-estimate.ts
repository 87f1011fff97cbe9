/**
 * An effect size with its confidence interval and the method that produced the interval.
 *
 * @category Effect sizes
 * @example
 * ```ts
 * import { riskDifference } from 'sos-eval/stats';
 * riskDifference(56, 70, 48, 80).method //=> "newcombe"
 * ```
 */
export interface EffectEstimate {
  /** The point estimate. */
  readonly estimate: number;
  /** The confidence interval [lower, upper]. */
  readonly confInt: readonly [number, number];
  /** Which interval method was used (the option value, e.g. `"newcombe"` or `"woolf"`). */
  readonly method: string;
}
