import type { Monoid } from 'fp-ts/lib/Monoid.js';
import { MeasureTallyBuilder } from './_measure-tally-builder.js';
import type { MeasureTally } from './measure-tally.js';

const EMPTY: MeasureTally = Object.freeze({ cells: Object.freeze([]), issues: Object.freeze([]) });

/**
 * Measure tallies form a monoid: `concat` adds the counts of matching group × measure × score
 * cells (values, missing, bands, flags) and keeps the other cells, left's first; `empty` is the
 * tally of no responses. Tallies of chunks — files, partitions, worker threads — therefore merge
 * into the tally of the whole in any grouping of the merges, and the summary of the merge equals
 * the summary of all rows at once.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { concatAll } from 'fp-ts/lib/Monoid.js';
 * import { MeasureTallyMonoid, tallyMeasure, scoreMany, LSNS_6 } from 'sos-eval/measures';
 *
 * const a = tallyMeasure(scoreMany(LSNS_6, [[3, 2, 2, 1, 1, 0]])); // total 9
 * const b = tallyMeasure(scoreMany(LSNS_6, [[0, 0, 0, 4, 4, 4], [3, 2, 2, 1, 1, 0]])); // 12, 9
 * concatAll(MeasureTallyMonoid)([a, b]).cells[0].values //=> [{ value: 9, count: 2 }, { value: 12, count: 1 }]
 * MeasureTallyMonoid.concat(a, MeasureTallyMonoid.empty).cells[0].missing //=> 0
 * ```
 */
export const MeasureTallyMonoid: Monoid<MeasureTally> = Object.freeze({
  concat: (left: MeasureTally, right: MeasureTally): MeasureTally => {
    const builder = new MeasureTallyBuilder();
    for (const cell of left.cells) builder.addCell(cell);
    for (const cell of right.cells) builder.addCell(cell);
    builder.addIssues(left.issues);
    builder.addIssues(right.issues);
    return builder.build();
  },
  empty: EMPTY,
});
