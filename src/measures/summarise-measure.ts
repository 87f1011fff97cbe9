import { showValue } from '../_lib/args.js';
import type { MeasureScore } from './score-measure.js';
import {
  summariseMeasureTally,
  type MeasureSummaryRow,
  type SummariseMeasureTallyOptions,
} from './summarise-measure-tally.js';
import { tallyMeasure, type TallyMeasureOptions } from './tally-measure.js';

/**
 * Options for {@link summariseMeasure}.
 *
 * @category Summaries
 * @example
 * ```ts
 * import type { SummariseMeasureOptions } from 'sos-eval/measures';
 * const options: SummariseMeasureOptions = { score: 'family', by: ['a', 'b'] };
 * options.score //=> "family"
 * ```
 */
export interface SummariseMeasureOptions
  extends TallyMeasureOptions, SummariseMeasureTallyOptions {}

/**
 * Summarises one score over many scored respondents as tidy rows, one per group and measure
 * (groups in order of first appearance): n, missing, mean, SD (n − 1), median (R's type 7),
 * band shares and the percentage flagged (e.g. isolated on LSNS-6). Percentages are 0–100.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { summariseMeasure, scoreMany, LSNS_6 } from 'sos-eval/measures';
 * const scored = scoreMany(LSNS_6, [[1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3], null]);
 * const [row] = summariseMeasure(scored);
 * [row.n, row.missing, row.mean, row.median] //=> [3, 1, 12, 12]
 * row.sd //=> 6
 * row.belowCut //=> 33.3333
 * summariseMeasure(scored, { score: 'family', by: ['a', 'a', 'b', 'b'] }).map((r) => [r.group, r.mean]) //=> [['a', 4.5], ['b', 9]]
 * ```
 */
export function summariseMeasure(
  scored: Iterable<MeasureScore>,
  options: SummariseMeasureOptions = {},
): MeasureSummaryRow[] {
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  return summariseMeasureTally(tallyMeasure(scored, options), options);
}
