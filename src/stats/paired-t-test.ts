import { assertEnough, readPairs, type SampleInput } from './_samples.js';
import {
  assertNoInfinite,
  oneSampleInference,
  readTTestOptions,
  type TTestOptionsBase,
} from './_t-test.js';
import type { PairedTTestResult } from './t-test-result.js';

/**
 * Options of {@link pairedTTest} (R's names and defaults).
 *
 * @category t-tests
 */
export type PairedTTestOptions = TTestOptionsBase;

/**
 * Paired t-test on the differences x − y: R's `t.test(x, y, paired = TRUE)`, which is the
 * one-sample test ({@link oneSampleTTest}) of the differences. Pairs with a missing value are
 * dropped and counted in `nMissing`.
 *
 * @param x - First measurements (e.g. T1).
 * @param y - Second measurements, paired with `x` by position.
 * @param options - R's `alternative`, `mu` and `confLevel` (`conf.level`).
 * @category t-tests
 * @example
 * ```ts
 * import { pairedTTest } from 'sos-eval/stats';
 * // Differences 1, 2, 3: mean 2, SD 1, standard error 1/√3, t = 2√3 on 2 df.
 * const r = pairedTTest([3, 5, 7], [2, 3, 4]);
 * r.estimate //=> 2
 * r.statistic //=> 3.4641
 * r.df //=> 2
 * ```
 */
export function pairedTTest(
  x: SampleInput,
  y: SampleInput,
  options: PairedTTestOptions = {},
): PairedTTestResult {
  const settings = readTTestOptions(options);
  const pairs = readPairs('x', x, 'y', y);
  const complete = (i: number): boolean =>
    x[i] != null && y[i] != null && !Number.isNaN(x[i]) && !Number.isNaN(y[i]);
  assertNoInfinite('x', x, complete);
  assertNoInfinite('y', y, complete);
  const d = pairs.x.map((v, i) => v - (pairs.y[i] as number));
  assertEnough('x and y', d.length, 2, x, 'complete pair');

  const n = d.length;
  const { estimate, stderr, statistic, df, pValue, confInt } = oneSampleInference(d, settings);
  return Object.freeze({
    method: 'Paired t-test',
    statistic,
    statisticName: 't',
    df,
    pValue,
    estimate,
    estimateName: 'mean difference',
    confInt,
    confLevel: settings.confLevel,
    alternative: settings.alternative,
    stderr,
    nullValue: settings.mu,
    nullValueName: 'mean difference',
    nX: n,
    nY: n,
    nMissing: pairs.nMissing,
  });
}
