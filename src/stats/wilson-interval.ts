import { assertBoolean, assertOpenUnit } from '../_lib/args.js';
import { assertSuccesses } from './_proportion-args.js';
import { wilsonLimits } from './_wilson-limits.js';
import type { ProportionInterval } from './proportion-interval.js';

/** Options for {@link wilsonInterval}. */
export interface WilsonOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
  /** Apply the continuity correction, as R's `prop.test(correct = TRUE)`. Default `false`. */
  readonly correct?: boolean;
}

/**
 * Wilson score interval for a proportion x / n — the interval R's `prop.test(x, n, correct)`
 * reports. Unlike the Wald interval it stays inside [0, 1] and keeps its coverage for small n or
 * proportions near 0 or 1. With `correct: true` R shrinks the correction to |x − n/2| when that
 * is smaller than ½ and sets a limit to 0 or 1 when the corrected proportion passes it; both
 * quirks are reproduced.
 *
 * @param x - Number of successes, a whole number 0 ≤ x ≤ n.
 * @param n - Number of trials, a whole number ≥ 1.
 * @returns A frozen {@link ProportionInterval}.
 * @throws RangeError if a count is negative, fractional or x > n, or confLevel is outside (0, 1).
 * @category Proportions
 * @example
 * ```ts
 * import { wilsonInterval } from 'sos-eval/stats';
 * // 2017 report: 42% of 165 social workers used safety planning with all families (69 / 165)
 * const ci = wilsonInterval(69, 165);
 * ci.estimate //=> 0.4182
 * // R: prop.test(69, 165, correct = FALSE)$conf.int
 * [ci.lower, ci.upper] //=> [0.3456, 0.4945]
 * ```
 */
export function wilsonInterval(
  x: number,
  n: number,
  options: WilsonOptions = {},
): ProportionInterval {
  assertSuccesses('x', x, 'n', n);
  const confLevel = options.confLevel ?? 0.95;
  const correct = options.correct ?? false;
  assertOpenUnit('confLevel', confLevel);
  assertBoolean('correct', correct);
  const [lower, upper] = wilsonLimits(x, n, confLevel, correct);
  return Object.freeze({
    estimate: x / n,
    lower,
    upper,
    confLevel,
    method: correct ? 'Wilson score interval with continuity correction' : 'Wilson score interval',
  });
}
