import { showValue } from '../_lib/args.js';
import type { Alternative } from './alternative.js';
import type { TestResult } from './test-result.js';

/**
 * One test result as a flat row, after `broom::tidy()` for an `htest`: ready for a notebook
 * table or a data frame. Fields the test does not have are omitted, not set to `undefined`.
 *
 * @category Rendering
 */
export interface TidyTestRow {
  /** The point estimate (for a pair of group estimates, their difference as broom reports). */
  estimate?: number;
  /** The test statistic. */
  statistic?: number;
  /** The p-value. */
  pValue: number;
  /** Degrees of freedom (broom's `parameter`). */
  df?: number;
  /** Lower confidence limit. */
  confLow?: number;
  /** Upper confidence limit. */
  confHigh?: number;
  /** R's method string. */
  method: string;
  /** The alternative hypothesis. */
  alternative?: Alternative;
}

/**
 * Flattens a test result into one plain row (broom's `tidy()` for R's `htest`), omitting the
 * fields the test does not have.
 *
 * @param result - Any test result from `sos-eval/stats`.
 * @category Rendering
 * @example
 * ```ts
 * import { pairedTTest, tidy } from 'sos-eval/stats';
 * const row = tidy(pairedTTest([3, 5, 7], [2, 3, 4]));
 * row.estimate //=> 2
 * row.df //=> 2
 * row.method //=> 'Paired t-test'
 * ```
 */
export function tidy(result: TestResult): TidyTestRow {
  if (result === null || typeof result !== 'object' || typeof result.method !== 'string') {
    throw new TypeError(`result must be a test result with a method, got ${showValue(result)}`);
  }
  const row: TidyTestRow = { pValue: result.pValue, method: result.method };
  const { estimate } = result;
  if (typeof estimate === 'number') row.estimate = estimate;
  else if (Array.isArray(estimate) && estimate.length === 2)
    row.estimate = (estimate[0] as number) - (estimate[1] as number);
  if (typeof result.statistic === 'number') row.statistic = result.statistic;
  if (typeof result.df === 'number') row.df = result.df;
  if (result.confInt !== undefined) {
    row.confLow = result.confInt[0];
    row.confHigh = result.confInt[1];
  }
  if (result.alternative !== undefined) row.alternative = result.alternative;
  // Key order as broom's columns, whatever order the fields were set in.
  const order = [
    'estimate',
    'statistic',
    'pValue',
    'df',
    'confLow',
    'confHigh',
    'method',
    'alternative',
  ] as const;
  return Object.fromEntries(
    order.filter((k) => k in row).map((k) => [k, row[k]]),
  ) as unknown as TidyTestRow;
}
