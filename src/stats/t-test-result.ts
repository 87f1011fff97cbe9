import type { Alternative } from './alternative.js';

/**
 * The result of {@link oneSampleTTest}, {@link pairedTTest} and {@link welchTTest}, after R's
 * `htest` for `t.test`.
 *
 * @category t-tests
 */
export interface TTestResult {
  /**
   * R's method string: `'One Sample t-test'`, `'Paired t-test'`, `'Welch Two Sample t-test'` or
   * `'Two Sample t-test'`.
   */
  readonly method: string;
  /** The t statistic. */
  readonly statistic: number;
  /** Always `'t'`. */
  readonly statisticName: 't';
  /** Degrees of freedom (Welch–Satterthwaite for the Welch test, so not always whole). */
  readonly df: number;
  /** The p-value. */
  readonly pValue: number;
  /**
   * As R's `estimate`: the mean (one-sample), the mean difference (paired), or the pair of means
   * `[mean(x), mean(y)]` (two-sample).
   */
  readonly estimate: number | readonly [number, number];
  /**
   * `'mean of x'` (one-sample) or `'mean difference'` (paired); absent for two samples, whose
   * estimates are named in `estimateNames`.
   */
  readonly estimateName?: string;
  /** `['mean of x', 'mean of y']` for two samples, as R prints them. */
  readonly estimateNames?: readonly [string, string];
  /** mean(x) − mean(y) for two samples (what `confInt` is an interval for); absent when paired. */
  readonly difference?: number;
  /**
   * Confidence interval for the mean, mean difference or difference in means; one end is infinite
   * for one-sided alternatives.
   */
  readonly confInt: readonly [number, number];
  /** Confidence level of `confInt`. */
  readonly confLevel: number;
  /** The alternative hypothesis. */
  readonly alternative: Alternative;
  /** Standard error of `estimate`. */
  readonly stderr: number;
  /** The hypothesised mean or difference `mu`. */
  readonly nullValue: number;
  /** `'mean'`, `'mean difference'` or `'difference in means'`, as R prints it. */
  readonly nullValueName: string;
  /** Non-missing values of `x` (one-sample, two-sample) or complete pairs (paired). */
  readonly nX: number;
  /** Non-missing values of `y` (two-sample), complete pairs (paired), 0 (one-sample: no `y`). */
  readonly nY: number;
  /** Values (one-sample, two-sample) or pairs (paired) dropped because a value was missing. */
  readonly nMissing: number;
}

/**
 * The result of {@link oneSampleTTest}: `estimate` is the mean of `x`.
 *
 * @category t-tests
 */
export interface OneSampleTTestResult extends TTestResult {
  /** The mean of x. */
  readonly estimate: number;
  /** `'mean of x'`. */
  readonly estimateName: string;
}

/**
 * The result of {@link pairedTTest}: `estimate` is the mean difference.
 *
 * @category t-tests
 */
export interface PairedTTestResult extends TTestResult {
  /** The mean of the differences x − y. */
  readonly estimate: number;
  /** `'mean difference'`. */
  readonly estimateName: string;
}

/**
 * The result of {@link welchTTest}: `estimate` is the pair of means, as in R, and `difference`
 * their difference, which `confInt` is an interval for.
 *
 * @category t-tests
 */
export interface TwoSampleTTestResult extends TTestResult {
  /** `[mean(x), mean(y)]`. */
  readonly estimate: readonly [number, number];
  /** `['mean of x', 'mean of y']`. */
  readonly estimateNames: readonly [string, string];
  /** mean(x) − mean(y). */
  readonly difference: number;
}
