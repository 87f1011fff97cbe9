import { assertOpenUnit } from '../_lib/args.js';
import type { ToolId } from '../models/tool.js';
import { assertOptions, assertTally } from './_usage-args.js';
import { percentInterval } from './_percent-interval.js';
import { tallyCells } from './tally-rows.js';
import type { UsageTally } from './usage-tally.js';

/**
 * Options for {@link toolAdoption}.
 *
 * @category Usage
 */
export interface ToolAdoptionOptions {
  /** Confidence level of the Wilson intervals, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
}

/**
 * One tidy row of {@link toolAdoption}: how many of a group's answering workers use a tool with
 * at least some of their families.
 *
 * @category Usage
 */
export interface ToolAdoptionRow {
  /** The group's name. */
  readonly group: string;
  /** The tool. */
  readonly tool: ToolId;
  /** Workers using the tool with all or some families. */
  readonly using: number;
  /** Workers who answered (all + some + none): the denominator. */
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
 * Adoption of each tool per group: the percentage of answering workers who use it with at least
 * some families, (all + some) / n, with a Wilson score interval (R's `prop.test(all + some, n,
 * correct = FALSE)`). Missing answers are outside the denominator and reported as `missing`.
 *
 * @param tally - A {@link UsageTally}.
 * @param options - {@link ToolAdoptionOptions}: `confLevel`.
 * @throws RangeError for confLevel outside (0, 1); TypeError if `tally` is not a tally.
 * @category Usage
 * @example
 * ```ts
 * import { toolAdoption, usageTallyFromCounts } from 'sos-eval/usage';
 *
 * // Family network meetings, slide 17: 13 + 68 of 165 workers use them at all (49%)
 * const tally = usageTallyFromCounts([{ group: 'overall', tool: 'family-network-meetings', all: 13, some: 68, none: 84 }]);
 * const row = toolAdoption(tally)[0]!;
 * [row.using, row.n] //=> [81, 165]
 * row.percent //=> 49.09
 * // R: prop.test(81, 165, correct = FALSE)$conf.int * 100
 * [row.lower, row.upper] //=> [41.57, 56.65]
 * ```
 */
export function toolAdoption(
  tally: UsageTally,
  options: ToolAdoptionOptions = {},
): ToolAdoptionRow[] {
  assertTally('tally', tally);
  assertOptions('options', options);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('options.confLevel', confLevel);
  return tallyCells(tally).map((cell) => {
    const using = cell.all + cell.some;
    return Object.freeze({
      group: cell.group,
      tool: cell.tool,
      using,
      n: cell.n,
      missing: cell.missing,
      percent: cell.n === 0 ? null : (100 * using) / cell.n,
      ...percentInterval(using, cell.n, confLevel),
    });
  });
}
