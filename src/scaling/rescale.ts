import { assertFinite } from '../_lib/args.js';
import { assertScale } from './_scale-arg.js';
import type { Scale } from './scale.js';

/**
 * Maps a score linearly from one scale to another, so each scale's minimum maps to the other's
 * minimum and maximum to maximum: `(score − from.min) / (from.max − from.min) · (to.max − to.min)
 * + to.min`. The result need not sit on a step of `to`; round it yourself if you need a point.
 *
 * @throws RangeError when `score` lies outside `from`'s range; TypeError when `from` or `to` is
 *   not a scale.
 * @category Scales
 * @example
 * ```ts
 * import { rescale, SAFETY_SCALE, CONFIDENCE_SCALE } from 'sos-eval/scaling';
 *
 * rescale(5, SAFETY_SCALE, CONFIDENCE_SCALE) //=> 5.5
 * rescale(10, CONFIDENCE_SCALE, SAFETY_SCALE) //=> 10
 * ```
 */
export function rescale(score: number, from: Scale, to: Scale): number {
  assertFinite('score', score);
  assertScale('from', from);
  assertScale('to', to);
  if (score < from.min || score > from.max)
    throw new RangeError(
      `score must lie on the from scale (${from.id}: ${from.min}–${from.max}), got ${score}`,
    );
  return ((score - from.min) / (from.max - from.min)) * (to.max - to.min) + to.min;
}
