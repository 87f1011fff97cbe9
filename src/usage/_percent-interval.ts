import { wilsonInterval } from '../stats/wilson-interval.js';

/** @internal Wilson limits on the percent scale, or nulls when nobody answered. */
export function percentInterval(
  x: number,
  n: number,
  confLevel: number,
): { lower: number | null; upper: number | null } {
  if (n === 0) return { lower: null, upper: null };
  const ci = wilsonInterval(x, n, { confLevel });
  return { lower: 100 * ci.lower, upper: 100 * ci.upper };
}
