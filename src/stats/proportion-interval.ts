/**
 * A confidence interval for one proportion, or for a difference of two.
 *
 * @category Proportions
 * @example
 * ```ts
 * import { wilsonInterval } from 'sos-eval/stats';
 * const ci = wilsonInterval(7, 10);
 * ci.method //=> "Wilson score interval"
 * ```
 */
export interface ProportionInterval {
  /** The sample proportion x / n, or p1 − p2 for a difference. */
  readonly estimate: number;
  /** Lower confidence limit. */
  readonly lower: number;
  /** Upper confidence limit. */
  readonly upper: number;
  /** The confidence level the limits were computed for, e.g. 0.95. */
  readonly confLevel: number;
  /** Which interval this is, e.g. `"Wilson score interval"`. */
  readonly method: string;
}
