import { assertOpenUnit } from '../_lib/args.js';
import { assertSuccesses } from './_proportion-args.js';
import { wilsonLimits } from './_wilson-limits.js';
import type { ProportionInterval } from './proportion-interval.js';

/** Options for {@link newcombeInterval}. */
export interface NewcombeOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
}

/**
 * Newcombe's hybrid score interval for a difference of independent proportions p1 − p2
 * (Newcombe 1998, method 10, no continuity correction), built from the two Wilson intervals
 * (l1, u1) and (l2, u2): lower = d − √((p1 − l1)² + (u2 − p2)²), upper = d + √((u1 − p1)² +
 * (p2 − l2)²). Good coverage even with small groups or proportions near 0 or 1, where the Wald
 * interval of `prop.test` fails. R has no base function for it.
 *
 * @param x1 - Successes in group 1, 0 ≤ x1 ≤ n1.
 * @param n1 - Size of group 1, ≥ 1.
 * @param x2 - Successes in group 2, 0 ≤ x2 ≤ n2.
 * @param n2 - Size of group 2, ≥ 1.
 * @returns A frozen {@link ProportionInterval} for p1 − p2.
 * @throws RangeError if a count is negative, fractional or x > n, or confLevel is outside (0, 1).
 * @category Proportions
 * @example
 * ```ts
 * import { newcombeInterval } from 'sos-eval/stats';
 * // Newcombe (1998) Table II, example (a): 56/70 vs 48/80
 * const ci = newcombeInterval(56, 70, 48, 80);
 * [ci.lower, ci.upper] //=> [0.0524, 0.3339]
 * ```
 */
export function newcombeInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  options: NewcombeOptions = {},
): ProportionInterval {
  assertSuccesses('x1', x1, 'n1', n1);
  assertSuccesses('x2', x2, 'n2', n2);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const [l1, u1] = wilsonLimits(x1, n1, confLevel, false);
  const [l2, u2] = wilsonLimits(x2, n2, confLevel, false);
  const d = p1 - p2;
  return Object.freeze({
    estimate: d,
    lower: d - Math.hypot(p1 - l1, u2 - p2),
    upper: d + Math.hypot(u1 - p1, p2 - l2),
    confLevel,
    method: 'Newcombe hybrid score interval',
  });
}
