import { assertOpenUnit } from '../_lib/args.js';
import type { AnyStudy, StudyToolId, StudyUsageLevelId } from '../models/study/study.js';
import { studyOption } from './_catalogue.js';
import { assertTally } from './_usage-args.js';
import { percentInterval } from './_percent-interval.js';
import { largestRemainderPercents } from './largest-remainder-percents.js';
import { tallyCells } from './tally-rows.js';
import type { UsageTally } from './usage-tally.js';

/**
 * Options for {@link usageShares}.
 *
 * @typeParam S - The study.
 * @category Usage
 */
export interface UsageSharesOptions<S extends AnyStudy = AnyStudy> {
  /** The study the tally was made for: its usage levels, in order, are the rows of each cell. */
  readonly study: S;
  /** Decimal places of `percent`, a whole number 0–10. Default 0, as on the slides. */
  readonly decimals?: number;
  /** Confidence level of the Wilson intervals, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
}

/**
 * One tidy row of {@link usageShares}: the share of a group's answering workers at one usage
 * level of one tool.
 *
 * @typeParam T - The study's tool ids.
 * @typeParam L - The study's usage level ids.
 * @category Usage
 */
export interface UsageShareRow<T extends string = string, L extends string = string> {
  /** The group's name. */
  readonly group: string;
  /** The tool. */
  readonly tool: T;
  /** The usage level. */
  readonly level: L;
  /** Workers at this level. */
  readonly count: number;
  /** Workers who answered for this tool (at any level): the denominator. */
  readonly n: number;
  /** Workers in the group with no answer for this tool, outside the denominator. */
  readonly missing: number;
  /** count / n as a percentage, largest-remainder rounded to `decimals`; `null` when n is 0. */
  readonly percent: number | null;
  /** Lower Wilson limit of the share, in percent and unrounded; `null` when n is 0. */
  readonly lower: number | null;
  /** Upper Wilson limit of the share, in percent and unrounded; `null` when n is 0. */
  readonly upper: number | null;
}

/**
 * The share of workers at each usage level, per group × tool, as tidy rows: one per usage level
 * of the study in its order (all, some, none by default), groups in table order and tools in
 * catalogue order. Percentages are rounded by the largest-remainder method (see
 * {@link largestRemainderPercents}: ties go to the larger count, then to the level of more use),
 * so the rows of a cell add up to exactly 100 at `decimals` places, as published tables do.
 * Each share has a Wilson score interval (R's `prop.test(count, n, correct = FALSE)`), in
 * percent and unrounded. Missing answers are left out of the denominator and reported in each
 * row's `missing`; a cell where nobody answered gets `null` percentages.
 *
 * @param tally - A {@link UsageTally} made for `options.study`.
 * @param options - {@link UsageSharesOptions}: `study` (required), `decimals`, `confLevel`.
 * @throws RangeError for decimals outside 0–10, confLevel outside (0, 1), or a tally with a tool
 *   or level outside the study; TypeError if `tally` is not a tally or `options.study` not a study.
 * @category Usage
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { usageShares, usageTallyFromCounts } from 'sos-eval/usage';
 *
 * // Safety planning, slide 14: counts nearest 42 / 56 / 2% of 165 workers
 * const study = SOS_2017;
 * const tally = usageTallyFromCounts([{ group: 'overall', tool: 'safety-planning', all: 69, some: 93, none: 3 }], { study });
 * usageShares(tally, { study }).map((r) => r.percent) //=> [42, 56, 2]
 * // R: prop.test(69, 165, correct = FALSE)$conf.int * 100
 * const first = usageShares(tally, { study })[0]!;
 * [first.lower, first.upper] //=> [34.56, 49.45]
 * usageShares(tally, { study, decimals: 1 }).map((r) => r.percent) //=> [41.8, 56.4, 1.8]
 * ```
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { usageShares, usageTallyFromCounts } from 'sos-eval/usage';
 *
 * // Five answers, from always to never: five rows per cell, adding up to 100.
 * const study = defineStudy({
 *   id: 'eastshire', title: 'Eastshire', pilots: [{ id: 'east', name: 'East' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'w1', label: 'Wave 1' }, { id: 'w2', label: 'Wave 2' }],
 *   tools: [{ id: 'wizards-and-fairies', name: 'Wizards and Fairies' }],
 *   usageLevels: [
 *     { id: 'always', uses: true }, { id: 'often', uses: true }, { id: 'sometimes', uses: true },
 *     { id: 'rarely', uses: true }, { id: 'never', uses: false },
 *   ],
 * });
 * const tally = usageTallyFromCounts([
 *   { group: 'overall', tool: 'wizards-and-fairies', always: 1, often: 1, sometimes: 1, rarely: 0, never: 0 },
 * ], { study, by: 'overall' });
 * usageShares(tally, { study }).map((r) => `${r.level} ${r.percent}`) //=> ['always 34', 'often 33', 'sometimes 33', 'rarely 0', 'never 0']
 * ```
 */
export function usageShares<S extends AnyStudy>(
  tally: UsageTally,
  options: UsageSharesOptions<S>,
): UsageShareRow<StudyToolId<S>, StudyUsageLevelId<S>>[] {
  assertTally('tally', tally);
  const cat = studyOption(options);
  const decimals = options.decimals ?? 0;
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('options.confLevel', confLevel);
  // Checked here too so a bad `decimals` throws even for a tally with no answers.
  largestRemainderPercents([1], decimals);
  const nulls = cat.levels.map(() => null);
  return tallyCells(tally, cat).flatMap((cell) => {
    const { counts } = cell;
    const percents = cell.n === 0 ? nulls : largestRemainderPercents(counts, decimals);
    return cat.levels.map((level, k) =>
      Object.freeze({
        group: cell.group,
        tool: cell.tool as StudyToolId<S>,
        level: level as StudyUsageLevelId<S>,
        count: counts[k]!,
        n: cell.n,
        missing: cell.missing,
        percent: percents[k]!,
        ...percentInterval(counts[k]!, cell.n, confLevel),
      }),
    );
  });
}
