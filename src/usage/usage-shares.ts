import { assertOpenUnit } from '../_lib/args.js';
import type { ToolId, UsageLevel } from '../models/tool.js';
import { assertOptions, assertTally } from './_usage-args.js';
import { percentInterval } from './_percent-interval.js';
import { largestRemainderPercents } from './largest-remainder-percents.js';
import { tallyCells } from './tally-rows.js';
import type { UsageTally } from './usage-tally.js';

/**
 * Options for {@link usageShares}.
 *
 * @category Usage
 */
export interface UsageSharesOptions {
  /** Decimal places of `percent`, a whole number 0–10. Default 0, as on the slides. */
  readonly decimals?: number;
  /** Confidence level of the Wilson intervals, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
}

/**
 * One tidy row of {@link usageShares}: the share of a group's answering workers at one usage
 * level of one tool.
 *
 * @category Usage
 */
export interface UsageShareRow {
  /** The group's name. */
  readonly group: string;
  /** The tool. */
  readonly tool: ToolId;
  /** The usage level. */
  readonly level: UsageLevel;
  /** Workers at this level. */
  readonly count: number;
  /** Workers who answered for this tool (all + some + none): the denominator. */
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

const LEVELS = ['all', 'some', 'none'] as const;

/**
 * The share of workers at each usage level, per group × tool, as tidy rows (three per cell, in
 * the order all, some, none). Percentages are rounded by the largest-remainder method (see
 * {@link largestRemainderPercents}: ties go to the larger count, then to all, some, none), so the
 * three rows of a cell add up to exactly 100 at `decimals` places, as published tables do.
 * Each share has a Wilson score interval (R's `prop.test(count, n, correct = FALSE)`), in
 * percent and unrounded. Missing answers are left out of the denominator and reported in each
 * row's `missing`; a cell where nobody answered gets `null` percentages.
 *
 * @param tally - A {@link UsageTally}.
 * @param options - {@link UsageSharesOptions}: `decimals`, `confLevel`.
 * @throws RangeError for decimals outside 0–10 or confLevel outside (0, 1); TypeError if
 *   `tally` is not a tally.
 * @category Usage
 * @example
 * ```ts
 * import { usageShares, usageTallyFromCounts } from 'sos-eval/usage';
 *
 * // Safety planning, slide 14: counts nearest 42 / 56 / 2% of 165 workers
 * const tally = usageTallyFromCounts([{ group: 'overall', tool: 'safety-planning', all: 69, some: 93, none: 3 }]);
 * usageShares(tally).map((r) => r.percent) //=> [42, 56, 2]
 * // R: prop.test(69, 165, correct = FALSE)$conf.int * 100
 * const first = usageShares(tally)[0]!;
 * [first.lower, first.upper] //=> [34.56, 49.45]
 * usageShares(tally, { decimals: 1 }).map((r) => r.percent) //=> [41.8, 56.4, 1.8]
 * ```
 */
export function usageShares(tally: UsageTally, options: UsageSharesOptions = {}): UsageShareRow[] {
  assertTally('tally', tally);
  assertOptions('options', options);
  const decimals = options.decimals ?? 0;
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('options.confLevel', confLevel);
  // Checked here too so a bad `decimals` throws even for a tally with no answers.
  largestRemainderPercents([1], decimals);
  return tallyCells(tally).flatMap((cell) => {
    const counts = LEVELS.map((level) => cell[level]);
    const percents = cell.n === 0 ? [null, null, null] : largestRemainderPercents(counts, decimals);
    return LEVELS.map((level, k) =>
      Object.freeze({
        group: cell.group,
        tool: cell.tool,
        level,
        count: counts[k]!,
        n: cell.n,
        missing: cell.missing,
        percent: percents[k]!,
        ...percentInterval(counts[k]!, cell.n, confLevel),
      }),
    );
  });
}
