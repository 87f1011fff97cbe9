import { assertOpenUnit } from '../_lib/args.js';
import type { AnyStudy, StudyToolId } from '../models/study/study.js';
import { studyOption } from './_catalogue.js';
import { assertTally } from './_usage-args.js';
import { percentInterval } from './_percent-interval.js';
import { tallyCells } from './tally-rows.js';
import type { UsageTally } from './usage-tally.js';

/**
 * Options for {@link toolAdoption}.
 *
 * @typeParam S - The study.
 * @category Usage
 */
export interface ToolAdoptionOptions<S extends AnyStudy = AnyStudy> {
  /** The study the tally was made for: its levels with `uses: true` count as using a tool. */
  readonly study: S;
  /** Confidence level of the Wilson intervals, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
}

/**
 * One tidy row of {@link toolAdoption}: how many of a group's answering workers use a tool at
 * all — at a usage level of the study that counts as using it.
 *
 * @typeParam T - The study's tool ids.
 * @category Usage
 */
export interface ToolAdoptionRow<T extends string = string> {
  /** The group's name. */
  readonly group: string;
  /** The tool. */
  readonly tool: T;
  /** Workers at a level that uses the tool (with all or some families, by default). */
  readonly using: number;
  /** Workers who answered (at any level): the denominator. */
  readonly n: number;
  /** Workers with no answer, outside the denominator. */
  readonly missing: number;
  /** using / n in percent, unrounded; `null` when n is 0. */
  readonly percent: number | null;
  /** Lower Wilson limit, in percent; `null` when n is 0. */
  readonly lower: number | null;
  /** Upper Wilson limit, in percent; `null` when n is 0. */
  readonly upper: number | null;
}

/**
 * Adoption of each tool per group: the percentage of answering workers at a usage level that
 * counts as using it (the study's levels with `uses: true`; by default all + some), with a
 * Wilson score interval (R's `prop.test(using, n, correct = FALSE)`). Missing answers are
 * outside the denominator and reported as `missing`. Rows come in the order of
 * {@link tallyRows}.
 *
 * @param tally - A {@link UsageTally} made for `options.study`.
 * @param options - {@link ToolAdoptionOptions}: `study` (required), `confLevel`.
 * @throws RangeError for confLevel outside (0, 1) or a tally with a tool or level outside the
 *   study; TypeError if `tally` is not a tally or `options.study` not a study.
 * @category Usage
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { toolAdoption, usageTallyFromCounts } from 'sos-eval/usage';
 *
 * // Family network meetings, slide 17: 13 + 68 of 165 workers use them at all (49%)
 * const study = SOS_2017;
 * const tally = usageTallyFromCounts([{ group: 'overall', tool: 'family-network-meetings', all: 13, some: 68, none: 84 }], { study });
 * const row = toolAdoption(tally, { study })[0]!;
 * [row.using, row.n] //=> [81, 165]
 * row.percent //=> 49.09
 * // R: prop.test(81, 165, correct = FALSE)$conf.int * 100
 * [row.lower, row.upper] //=> [41.57, 56.65]
 * ```
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { toolAdoption, usageTallyFromCounts } from 'sos-eval/usage';
 *
 * // Only 'always' and 'often' count as using the tool in this study.
 * const study = defineStudy({
 *   id: 'eastshire', title: 'Eastshire', pilots: [{ id: 'east', name: 'East' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'w1', label: 'Wave 1' }, { id: 'w2', label: 'Wave 2' }],
 *   tools: [{ id: 'wizards-and-fairies', name: 'Wizards and Fairies' }],
 *   usageLevels: [{ id: 'always', uses: true }, { id: 'often', uses: true }, { id: 'rarely', uses: false }, { id: 'never', uses: false }],
 * });
 * const tally = usageTallyFromCounts([{ group: 'overall', tool: 'wizards-and-fairies', always: 2, often: 3, rarely: 4, never: 1 }], { study });
 * toolAdoption(tally, { study }).map((r) => [r.using, r.n, r.percent]) //=> [[5, 10, 50]]
 * ```
 */
export function toolAdoption<S extends AnyStudy>(
  tally: UsageTally,
  options: ToolAdoptionOptions<S>,
): ToolAdoptionRow<StudyToolId<S>>[] {
  assertTally('tally', tally);
  const cat = studyOption(options);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('options.confLevel', confLevel);
  return tallyCells(tally, cat).map((cell) => {
    let using = 0;
    cell.counts.forEach((c, k) => {
      if (cat.uses[k]) using += c;
    });
    return Object.freeze({
      group: cell.group,
      tool: cell.tool as StudyToolId<S>,
      using,
      n: cell.n,
      missing: cell.missing,
      percent: cell.n === 0 ? null : (100 * using) / cell.n,
      ...percentInterval(using, cell.n, confLevel),
    });
  });
}
