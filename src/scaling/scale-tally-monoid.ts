import type { Monoid } from 'fp-ts/lib/Monoid.js';
import { ScaleTallyBuilder } from './_scale-tally-builder.js';
import { assertScale } from './_scale-arg.js';
import type { Scale } from './scale.js';
import type { ScaleTally } from './scale-tally.js';

/**
 * The monoid of tallies on one scale: `concat` adds the counts at each point, the missing and
 * invalid counts, and appends the issues (left's first); `empty` is the tally of no scores. Tallies
 * of chunks — files, partitions, worker threads — merge into the tally of the whole in any
 * grouping, and its summary is the summary of all the scores at once. Merging a tally made on
 * another scale throws a RangeError. Issue paths keep the indices of the chunk they came from.
 *
 * @param scale - The scale every merged tally is on.
 * @throws TypeError when `scale` is not a scale.
 * @category Summaries
 * @example
 * ```ts
 * import { concatAll } from 'fp-ts/lib/Monoid.js';
 * import { getScaleTallyMonoid, summariseScaleTally, tallyScale, SAFETY_SCALE } from 'sos-eval/scaling';
 *
 * const M = getScaleTallyMonoid(SAFETY_SCALE);
 * const whole = concatAll(M)([tallyScale([2, 4], SAFETY_SCALE), tallyScale([4.5, 7], SAFETY_SCALE)]);
 * summariseScaleTally(whole, SAFETY_SCALE).mean //=> 4.375
 * M.concat(whole, M.empty).counts.find((c) => c.score === 4.5) //=> { score: 4.5, count: 1 }
 * ```
 */
export function getScaleTallyMonoid(scale: Scale): Monoid<ScaleTally> {
  assertScale('scale', scale);
  const empty = new ScaleTallyBuilder(scale).build();
  return Object.freeze({
    concat: (left: ScaleTally, right: ScaleTally): ScaleTally => {
      const builder = new ScaleTallyBuilder(scale);
      builder.addTally(left);
      builder.addTally(right);
      return builder.build();
    },
    empty,
  });
}
