import { assertOpenUnit } from '../_lib/args.js';
import { betaQuantile } from '../_lib/numeric/distributions.js';
import { assertSuccesses } from './_proportion-args.js';
import type { ProportionInterval } from './proportion-interval.js';

/** Options for {@link clopperPearsonInterval}. */
export interface ClopperPearsonOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
}

/**
 * Clopper–Pearson "exact" interval for a proportion x / n, from beta quantiles — R's
 * `binom.test(x, n)$conf.int`. Guarantees at least the nominal coverage, so it is wider than
 * Wilson; prefer it when a reviewer asks for an exact interval or n is very small.
 *
 * @param x - Number of successes, a whole number 0 ≤ x ≤ n.
 * @param n - Number of trials, a whole number ≥ 1.
 * @returns A frozen {@link ProportionInterval}.
 * @throws RangeError if a count is negative, fractional or x > n, or confLevel is outside (0, 1).
 * @category Proportions
 * @example
 * ```ts
 * import { clopperPearsonInterval } from 'sos-eval/stats';
 * const ci = clopperPearsonInterval(7, 10);
 * // R: binom.test(7, 10)$conf.int
 * [ci.lower, ci.upper] //=> [0.3475, 0.9333]
 * ```
 */
export function clopperPearsonInterval(
  x: number,
  n: number,
  options: ClopperPearsonOptions = {},
): ProportionInterval {
  assertSuccesses('x', x, 'n', n);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  const alpha = (1 - confLevel) / 2;
  return Object.freeze({
    estimate: x / n,
    lower: x === 0 ? 0 : betaQuantile(alpha, x, n - x + 1),
    upper: x === n ? 1 : betaQuantile(1 - alpha, x + 1, n - x),
    confLevel,
    method: 'Clopper-Pearson exact interval',
  });
}
