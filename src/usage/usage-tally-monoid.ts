import type { Monoid } from 'fp-ts/lib/Monoid.js';
import { TallyBuilder } from './_tally-builder.js';
import type { UsageTally } from './usage-tally.js';

const EMPTY: UsageTally = Object.freeze({
  groups: Object.freeze({}),
  issues: Object.freeze([]),
});

/**
 * Usage tallies form a monoid: `concat` adds the counts of matching group × tool cells and
 * appends the issues (left's first); `empty` is the tally of no responses. So tallies of chunks
 * — files, database partitions, worker threads — merge into the tally of the whole, in any
 * grouping of the merges. Merge tallies made with the same `by` and `tools`: a tool tallied on
 * one side only has its missing answers counted on that side only. Issue paths keep the indices
 * of the chunk they came from.
 *
 * @category Usage
 * @example
 * ```ts
 * import { concatAll } from 'fp-ts/lib/Monoid.js';
 * import { tallyUsage, UsageTallyMonoid } from 'sos-eval/usage';
 *
 * const base = { pilotId: 'brent', wave: 'T2', employment: 'agency', trainingDays: 2, sosSupervision: null, confidence: null } as const;
 * const chunkA = tallyUsage([{ ...base, workerId: 'A', usage: { mapping: 'all' } }], { tools: ['mapping'] });
 * const chunkB = tallyUsage([{ ...base, workerId: 'B', usage: { mapping: 'some' } }], { tools: ['mapping'] });
 * concatAll(UsageTallyMonoid)([chunkA, chunkB]).groups['overall']?.mapping //=> { all: 1, some: 1, none: 0, missing: 0 }
 * UsageTallyMonoid.concat(chunkA, UsageTallyMonoid.empty).groups['overall']?.mapping //=> { all: 1, some: 0, none: 0, missing: 0 }
 * ```
 */
export const UsageTallyMonoid: Monoid<UsageTally> = Object.freeze({
  concat: (left: UsageTally, right: UsageTally): UsageTally => {
    const builder = new TallyBuilder();
    builder.addTally(left);
    builder.addTally(right);
    return builder.build();
  },
  empty: EMPTY,
});
