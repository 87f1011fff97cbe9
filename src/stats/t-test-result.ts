import type { Alternative } from './alternative.js';

/**
 * The result of {@link pairedTTest} and {@link welchTTest}, after R's `htest` for `t.test`.
 *
 * @category t-tests
 */
export interface TTestResult {
  /** R's method string: `'Paired t-test'`, `'Welch Two Sample t-test'` or `'Two Sample t-test'`. */
  readonly method: string;
  /** The t statistic. */
  readonly statistic: number;
  /** Always `'t'`. */
  readonly statisticName: 't';
  /** Degrees of freedom (Welch–Satterthwaite for the Welch test, so not always whole). */
  readonly df: number;
  /** The p-value. */
  readonly pValue: number;
  /** Mean difference (paired) or difference in means, mean(x) − mean(y) (two-sample). */
  readonly estimate: number;
  /** `'mean difference'` or `'difference in means'`. */
  readonly estimateName: string;
  /** Confidence interval for `estimate`; one end is infinite for one-sided alternatives. */
  readonly confInt: readonly [number, number];
  /** Confidence level of `confInt`. */
  readonly confLevel: number;
  /** The alternative hypothesis. */
  readonly alternative: Alternative;
  /** Standard error of `estimate`. */
  readonly stderr: number;
  /** The hypothesised difference `mu`. */
  readonly nullValue: number;
  /** `'mean difference'` or `'difference in means'`, as R prints it. */
  readonly nullValueName: string;
  /** Complete pairs (paired) or non-missing values of `x` (two-sample). */
  readonly nX: number;
  /** Complete pairs (paired) or non-missing values of `y` (two-sample). */
  readonly nY: number;
  /** Means of `x` and `y` (R's two-sample `estimate`); absent for the paired test. */
  readonly means?: readonly [number, number];
  /** Pairs (paired) or values (two-sample) dropped because a value was missing. */
  readonly nMissing: number;
}
