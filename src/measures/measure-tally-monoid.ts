import type { Monoid } from 'fp-ts/lib/Monoid.js';
import { MeasureTallyBuilder } from './_measure-tally-builder.js';
import type { MeasureTally } from './measure-tally.js';

const EMPTY: MeasureTally = Object.freeze({ cells: Object.freeze([]), issues: Object.freeze([]) });

const MONOID: Monoid<MeasureTally> = Object.freeze({
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

/**
 * Measure tallies form a monoid: `concat` adds the counts of matching group × measure × score
 * cells (values, missing, bands, flags) and keeps the other cells, left's first; `empty` is the
 * tally of no responses. Tallies of chunks — files, partitions, worker threads — therefore merge
 * into the tally of the whole in any grouping of the merges, and the summary of the merge equals
 * the summary of all rows at once. A measure tally names its measures in its cells, so the monoid
 * needs no catalogue; it is a function like `getUsageTallyMonoid(study)` and
 * `getScaleTallyMonoid(scale)` so every tally's monoid is found the same way.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { concatAll } from 'fp-ts/lib/Monoid.js';
 * import { getMeasureTallyMonoid, tallyMeasure, scoreMany, LSNS_6 } from 'sos-eval/measures';
 *
 * const M = getMeasureTallyMonoid();
 * const a = tallyMeasure(scoreMany(LSNS_6, [[3, 2, 2, 1, 1, 0]])); // total 9
 * const b = tallyMeasure(scoreMany(LSNS_6, [[0, 0, 0, 4, 4, 4], [3, 2, 2, 1, 1, 0]])); // 12, 9
 * concatAll(M)([a, b]).cells[0].values //=> [{ value: 9, count: 2 }, { value: 12, count: 1 }]
 * M.concat(a, M.empty).cells[0].missing //=> 0
 * ```
 */
export function getMeasureTallyMonoid(): Monoid<MeasureTally> {
  return MONOID;
}
