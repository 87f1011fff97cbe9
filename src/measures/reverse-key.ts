import { assertFinite } from '../_lib/args.js';

/**
 * Reverses a response code on a `min`…`max` scale: `max + min − code`, so the scale's ends swap
 * and its midpoint stays put. Applying it twice gives the code back.
 *
 * @category Scoring
 * @example
 * ```ts
 * import { reverseKey } from 'sos-eval/measures';
 * reverseKey(1, 1, 4) //=> 4
 * reverseKey(0, 0, 2) //=> 2
 * reverseKey(reverseKey(3, 1, 5), 1, 5) //=> 3
 * ```
 */
export function reverseKey(code: number, min: number, max: number): number {
  assertFinite('code', code);
  assertFinite('min', min);
  assertFinite('max', max);
  return max + min - code;
}
