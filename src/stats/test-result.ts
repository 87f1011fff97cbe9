import type { Alternative } from './alternative.js';

/**
 * The fields a hypothesis test's result may carry, after R's `htest`. Every test in
 * `sos-eval/stats` returns an object with these names; fields that do not apply are absent.
 * {@link formatTest} and {@link tidy} read only these fields, so they work for any test.
 *
 * @category Rendering
 * @example
 * ```ts
 * import { welchTTest, type TestResult } from 'sos-eval/stats';
 * const r: TestResult = welchTTest([1, 2, 3, 4], [2, 4, 6, 8]);
 * r.method //=> 'Welch Two Sample t-test'
 * ```
 */
export interface TestResult {
  /** R's method string, e.g. `'Welch Two Sample t-test'`. */
  readonly method: string;
  /** The test statistic (R's `statistic`). */
  readonly statistic?: number;
  /** The statistic's name as R prints it (`'t'`, `'V'`, `'W'`, `'X-squared'` …). */
  readonly statisticName?: string;
  /** Degrees of freedom (R's `parameter` when it is named `df`). */
  readonly df?: number;
  /**
   * R's `parameter` when it is not degrees of freedom, e.g. the number of trials of the exact
   * McNemar test (R's `binom.test`). Absent when the result has `df`.
   */
  readonly parameter?: number;
  /** The name R prints for `parameter` (`'number of trials'`). */
  readonly parameterName?: string;
  /** The p-value. */
  readonly pValue: number;
  /** The point estimate (or, as for two proportions, the pair of group estimates). */
  readonly estimate?: number | readonly number[];
  /** What the estimate is, as R names it (`'mean difference'` …). */
  readonly estimateName?: string;
  /** Names of a pair of estimates as R prints them (`'mean of x'`, `'mean of y'`); default `prop 1`, `prop 2`. */
  readonly estimateNames?: readonly string[];
  /** Confidence interval `[lower, upper]` for the estimate. */
  readonly confInt?: readonly [number, number];
  /** Confidence level of `confInt`. */
  readonly confLevel?: number;
  /** The alternative hypothesis. */
  readonly alternative?: Alternative;
  /** The value of the parameter under the null hypothesis (R's `null.value`). */
  readonly nullValue?: number;
  /** What the null value is of, as R names it (`'location shift'`, `'difference in means'` …). */
  readonly nullValueName?: string;
}
