import { assertArray, assertNumber, showValue } from '../_lib/args.js';
import { CompensatedSum } from '../_lib/numeric/sum.js';

/**
 * Options for {@link goalAttainmentT}.
 *
 * @category Goal attainment
 * @example
 * ```ts
 * import { goalAttainmentT, type GoalAttainmentOptions } from 'sos-eval/measures';
 * const options: GoalAttainmentOptions = { rho: 0 };
 * goalAttainmentT([-1, -1, -1], options) //=> 32.6795
 * ```
 */
export interface GoalAttainmentOptions {
  /** A positive weight per goal, in the same order as the scores; all 1 when left out. */
  readonly weights?: readonly number[];
  /** The assumed correlation between goal scores, in [0, 1); 0.3 by default, as Kiresuk and Sherman. */
  readonly rho?: number;
}

/**
 * Kiresuk–Sherman goal attainment T-score:
 * T = 50 + 10·Σwᵢxᵢ / √((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²) [2+ sources], with each goal scored −2 (much less
 * than expected) … 0 (as expected) … +2 (much more). 50 means goals were met as expected on
 * average. Scores that are not whole numbers from −2 to 2, weights that are not positive, or ρ
 * outside [0, 1) throw a RangeError (these are arguments, not survey data).
 *
 * @category Goal attainment
 * @example
 * ```ts
 * import { goalAttainmentT } from 'sos-eval/measures';
 * goalAttainmentT([-2, 0, -1, 2, 0, 1], { weights: [3, 5, 1, 4, 2, 6] }) //=> 55
 * goalAttainmentT([-1, -1, -1]) //=> 36.3069
 * goalAttainmentT([1, 2]) //=> 68.6052
 * goalAttainmentT([-1]) //=> 40
 * goalAttainmentT([-1, 1, 2], { weights: [1, 2, 3] }) //=> 65.4228
 * ```
 */
export function goalAttainmentT(
  scores: readonly number[],
  options: GoalAttainmentOptions = {},
): number {
  assertArray('scores', scores);
  if (scores.length === 0)
    throw new RangeError('scores must hold at least one goal, got an empty array');
  scores.forEach((x, i) => {
    assertNumber(`scores[${i}]`, x);
    if (!(Number.isInteger(x) && x >= -2 && x <= 2)) {
      throw new RangeError(`scores[${i}] must be a whole number from -2 to 2, got ${showValue(x)}`);
    }
  });
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  const rho = options.rho ?? 0.3;
  assertNumber('rho', rho);
  if (!(rho >= 0 && rho < 1))
    throw new RangeError(`rho must be from 0 up to (not including) 1, got ${showValue(rho)}`);
  const weights = options.weights ?? scores.map(() => 1);
  assertArray('weights', weights);
  if (weights.length !== scores.length) {
    throw new RangeError(
      `weights must have one weight per goal (${scores.length}), got ${weights.length}`,
    );
  }
  weights.forEach((w, i) => {
    assertNumber(`weights[${i}]`, w);
    if (!(w > 0 && Number.isFinite(w)))
      throw new RangeError(`weights[${i}] must be a positive number, got ${showValue(w)}`);
  });
  const weightedSum = new CompensatedSum();
  const weightSum = new CompensatedSum();
  const squaredWeightSum = new CompensatedSum();
  scores.forEach((x, i) => {
    const w = weights[i]!;
    weightedSum.add(w * x);
    weightSum.add(w);
    squaredWeightSum.add(w * w);
  });
  const sumWx = weightedSum.value;
  const sumW = weightSum.value;
  const sumW2 = squaredWeightSum.value;
  // Σw² + ρ((Σw)² − Σw²) equals the textbook denominator and keeps whole-number cases exact
  // (0.7·91 is not exact in binary; 0.3·350 rounds to 105).
  const denominator = Math.sqrt(sumW2 + rho * (sumW * sumW - sumW2));
  return 50 + (10 * sumWx) / denominator;
}
