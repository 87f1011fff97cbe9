import { assertUnit } from '../_lib/args.js';

/**
 * Cohen's h, the effect size for a difference of two proportions on the arcsine scale:
 * h = 2·asin(√p1) − 2·asin(√p2). Cohen (1988) calls 0.2 small, 0.5 medium and 0.8 large; unlike
 * p1 − p2 it treats a change from 5% to 15% as larger than one from 45% to 55%. Same value as
 * R's `pwr::ES.h(p1, p2)`.
 *
 * @param p1 - First proportion, in [0, 1].
 * @param p2 - Second proportion, in [0, 1].
 * @returns h, between −π and π.
 * @throws TypeError or RangeError if a proportion is not a number in [0, 1].
 * @category Effect sizes
 * @example
 * ```ts
 * import { cohensH } from 'sos-eval/stats';
 * cohensH(1, 0) //=> 3.1416
 * cohensH(0.5, 0.5) //=> 0
 * ```
 */
export function cohensH(p1: number, p2: number): number {
  assertUnit('p1', p1);
  assertUnit('p2', p2);
  return 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));
}
