import { mean } from '../_lib/numeric/mean.js';
import { variance } from '../_lib/numeric/variance.js';
import { assertEnough, readPairs, type SampleInput } from './_samples.js';

/**
 * Cohen's d_z for paired data: the mean of the differences x − y divided by their standard
 * deviation (n − 1 denominator). It equals t/√n from {@link pairedTTest}. Pairs with a missing
 * value are dropped. Constant differences give ±Infinity (or NaN when all are zero).
 *
 * @param x - First measurements (e.g. T1).
 * @param y - Second measurements, paired with `x` by position.
 * @category Effect sizes
 * @example
 * ```ts
 * import { cohensDz } from 'sos-eval/stats';
 * // Differences 1, 2, 3: mean 2, SD 1.
 * cohensDz([3, 5, 7], [2, 3, 4]) //=> 2
 * ```
 */
export function cohensDz(x: SampleInput, y: SampleInput): number {
  const pairs = readPairs('x', x, 'y', y);
  const d = pairs.x.map((v, i) => v - (pairs.y[i] as number));
  assertEnough('x and y', d.length, 2, x, 'complete pair');
  return mean(d) / Math.sqrt(variance(d));
}
