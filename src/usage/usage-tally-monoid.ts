import type { Monoid } from 'fp-ts/lib/Monoid.js';
import type { AnyStudy, StudyToolId, StudyUsageLevelId } from '../models/study/study.js';
import { catalogueOf } from './_catalogue.js';
import { TallyBuilder } from './_tally-builder.js';
import { assertTally } from './_usage-args.js';
import type { UsageTally } from './usage-tally.js';

/**
 * The monoid of a study's usage tallies: `concat` adds the counts of matching group × tool
 * cells (level by level, and `missing`) and appends the issues (left's first); `empty` is the
 * tally of no responses. So tallies of chunks — files, database partitions, worker threads —
 * merge into the tally of the whole, in any grouping of the merges, with the groups in the same
 * table order (see {@link UsageTally}).
 *
 * Merge tallies made with the same `by` (the tally records it; the empty tally's `by` is `null`
 * and merges with any) and the same `tools`: a tool tallied on one side only has its missing
 * answers counted on that side only. Issue paths keep the indices of the chunk they came from.
 *
 * @param study - The study the tallies were made for (made by `defineStudy`).
 * @returns A `Monoid<UsageTally>` whose `concat` throws a RangeError for tallies grouped
 *   differently, or with a tool or usage level outside the study.
 * @throws TypeError if `study` is not a study.
 * @category Usage
 * @example
 * ```ts
 * import { concatAll } from 'fp-ts/lib/Monoid.js';
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { getUsageTallyMonoid, tallyUsage } from 'sos-eval/usage';
 *
 * const study = SOS_2017;
 * const M = getUsageTallyMonoid(study);
 * const base = { pilotId: 'brent', wave: 'T2', employment: 'agency', trainingDays: 2, supervisionAligned: null, confidence: null } as const;
 * const chunkA = tallyUsage([{ ...base, workerId: 'A', usage: { mapping: 'all' } }], { study, tools: ['mapping'] });
 * const chunkB = tallyUsage([{ ...base, workerId: 'B', usage: { mapping: 'some' } }], { study, tools: ['mapping'] });
 * concatAll(M)([chunkA, chunkB]).groups['overall']?.mapping //=> { all: 1, some: 1, none: 0, missing: 0 }
 * M.concat(chunkA, M.empty).groups['overall']?.mapping //=> { all: 1, some: 0, none: 0, missing: 0 }
 * M.empty //=> { by: null, groups: {}, issues: [] }
 * ```
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { getUsageTallyMonoid, tallyUsage } from 'sos-eval/usage';
 *
 * // Chunks grouped by wave merge with the waves in the study's order.
 * const study = defineStudy({
 *   id: 'northshire', title: 'Northshire', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'baseline', label: 'Baseline' }, { id: 'follow-up', label: 'Follow-up' }],
 *   tools: [{ id: 'wizards-and-fairies', name: 'Wizards and Fairies' }],
 *   usageLevels: [{ id: 'often', uses: true }, { id: 'never', uses: false }],
 * });
 * const M = getUsageTallyMonoid(study);
 * const base = { workerId: 'SW-1', pilotId: 'north', employment: 'permanent', trainingDays: 1, supervisionAligned: null, confidence: null } as const;
 * const later = tallyUsage([{ ...base, wave: 'follow-up', usage: { 'wizards-and-fairies': 'often' } }], { study, by: 'wave' });
 * const earlier = tallyUsage([{ ...base, wave: 'baseline', usage: { 'wizards-and-fairies': 'never' } }], { study, by: 'wave' });
 * Object.keys(M.concat(later, earlier).groups) //=> ['baseline', 'follow-up']
 * ```
 */
export function getUsageTallyMonoid<S extends AnyStudy>(
  study: S,
): Monoid<UsageTally<StudyToolId<S>, StudyUsageLevelId<S>>> {
  const cat = catalogueOf('study', study);
  const empty = new TallyBuilder(cat, null).build() as UsageTally<
    StudyToolId<S>,
    StudyUsageLevelId<S>
  >;
  return Object.freeze({
    concat: (
      left: UsageTally<StudyToolId<S>, StudyUsageLevelId<S>>,
      right: UsageTally<StudyToolId<S>, StudyUsageLevelId<S>>,
    ) => {
      assertTally('left', left);
      assertTally('right', right);
      const builder = new TallyBuilder(cat, null);
      builder.addTally('left', left);
      builder.addTally('right', right);
      return builder.build() as UsageTally<StudyToolId<S>, StudyUsageLevelId<S>>;
    },
    empty,
  });
}
