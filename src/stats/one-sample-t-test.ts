import { assertEnough, readSample, type SampleInput } from './_samples.js';
import {
  assertNoInfinite,
  oneSampleInference,
  readTTestOptions,
  type TTestOptionsBase,
} from './_t-test.js';
import type { OneSampleTTestResult } from './t-test-result.js';

/**
 * Options of {@link oneSampleTTest} (R's names and defaults; `mu` is the hypothesised mean).
 *
 * @category t-tests
 */
export type OneSampleTTestOptions = TTestOptionsBase;

/**
 * One-sample t-test of the mean: R's `t.test(x, mu = …)`. The statistic is
 * t = (mean(x) − mu) / (sd(x)/√n) on n − 1 degrees of freedom, and `confInt` is the t-interval of
 * the mean. Missing values (`null`, `undefined`, NaN) are dropped and counted in `nMissing`;
 * infinite values and essentially constant data are refused, as R refuses them.
 *
 * @param x - The sample (at least 2 non-missing values).
 * @param options - R's `alternative`, `mu` and `confLevel` (`conf.level`).
 * @throws TypeError or RangeError for a broken sample or option, naming it.
 * @category t-tests
 * @example
 * ```ts
 * import { oneSampleTTest } from 'sos-eval/stats';
 * // Mean 4, SD 2 (deviations −2, 0, 2), standard error 2/√3, t = (4 − 1)/(2/√3) = 1.5√3 on 2 df.
 * const r = oneSampleTTest([2, 4, 6], { mu: 1 });
 * r.estimate //=> 4
 * r.statistic //=> 2.5981
 * r.df //=> 2
 * r.method //=> 'One Sample t-test'
 * ```
 */
export function oneSampleTTest(
  x: SampleInput,
  options: OneSampleTTestOptions = {},
): OneSampleTTestResult {
  const settings = readTTestOptions(options);
  const sample = readSample('x', x);
  assertNoInfinite('x', x);
  const n = sample.values.length;
  assertEnough('x', n, 2, x);
  const { estimate, stderr, statistic, df, pValue, confInt } = oneSampleInference(
    sample.values,
    settings,
  );
  return Object.freeze({
    method: 'One Sample t-test',
    statistic,
    statisticName: 't',
    df,
    pValue,
    estimate,
    estimateName: 'mean of x',
    confInt,
    confLevel: settings.confLevel,
    alternative: settings.alternative,
    stderr,
    nullValue: settings.mu,
    nullValueName: 'mean',
    nX: n,
    nY: 0,
    nMissing: sample.nMissing,
  });
}
