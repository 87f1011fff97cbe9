import { assertArray, showValue } from '../_lib/args.js';
import { readBootstrap, readLevel, summarise } from './_summarise.js';

/**
 * The seeded bootstrap of a summary: how many resamples, from which seed, and which interval.
 *
 * - `'studentized'` (bootstrap-t; Efron & Tibshirani 1993, §12.5): for means, the default. It
 *   keeps its coverage for skewed data (times, costs) better than the percentile interval.
 * - `'percentile'` (Efron & Tibshirani, ch. 13): the (1 ∓ level)/2 quantiles of the resampled
 *   statistic (R's type 7 quantiles), for statistics without a standard error.
 *
 * @category Summaries
 */
export interface BootstrapOptions {
  /** The seed (a 32-bit integer): the same seed gives the same interval on every machine. */
  readonly seed: number;
  /** Resamples; default 2000. */
  readonly replicates?: number;
  /** Which interval; default `'studentized'` for means, `'percentile'` for ratios. */
  readonly method?: 'studentized' | 'percentile';
}

/**
 * A bootstrap interval and how it was made.
 *
 * @category Summaries
 */
export interface BootstrapInterval {
  /** Which interval. */
  readonly method: 'studentized' | 'percentile';
  /** The seed. */
  readonly seed: number;
  /** Resamples drawn. */
  readonly replicates: number;
  /** The interval's limits. */
  readonly confInt: readonly [number, number];
}

/**
 * A sample's mean with its t-interval (R's `t.test(x)$conf.int`) and, when asked, a seeded
 * bootstrap interval.
 *
 * @category Summaries
 */
export interface MeanInterval {
  /** Values summarised (missing ones left out). */
  readonly n: number;
  /** Values that were `null`, `undefined` or NaN, left out. */
  readonly nMissing: number;
  /** The mean. */
  readonly mean: number;
  /** The standard deviation (n − 1); NaN below 2 values. */
  readonly sd: number;
  /** The median. */
  readonly median: number;
  /** The t-interval of the mean: mean ± t(1 − α/2, n − 1) · sd/√n; NaN limits below 2 values. */
  readonly confInt: readonly [number, number];
  /** The confidence level of both intervals. */
  readonly confLevel: number;
  /** The bootstrap interval, when `options.bootstrap` was given. */
  readonly bootstrap?: BootstrapInterval;
}

/**
 * Options of {@link meanInterval}.
 *
 * @category Summaries
 */
export interface MeanIntervalOptions {
  /** Confidence level; default 0.95. */
  readonly confLevel?: number;
  /** A seeded bootstrap interval as well (see {@link BootstrapOptions}). */
  readonly bootstrap?: BootstrapOptions;
}

/**
 * The mean of a sample of times or costs with its t-interval, agreeing with R's
 * `t.test(x, conf.level = …)` at relative 1e-9, and optionally a seeded bootstrap interval
 * (studentized by default; see {@link BootstrapOptions}), which for skewed data keeps its coverage
 * better than the t-interval. `null`, `undefined` and NaN are left out and counted. A constant
 * sample's t-interval is the constant (R's t.test refuses it as "essentially constant").
 *
 * @throws TypeError or RangeError for a value that is not a finite number or a broken option.
 * @category Summaries
 * @example
 * ```ts
 * import { meanInterval } from 'sos-eval/costs';
 *
 * // Synthetic hours a week in direct work, six workers.
 * const s = meanInterval([6.5, 9, 4.25, 12, 7.5, 8]);
 * s.mean //=> 7.875
 * // R: t.test(c(6.5, 9, 4.25, 12, 7.5, 8))$conf.int
 * s.confInt //=> [5.1599, 10.5901]
 * const b = meanInterval([6.5, 9, 4.25, 12, 7.5, 8], { bootstrap: { seed: 1, replicates: 999 } });
 * b.bootstrap?.method //=> 'studentized'
 * ```
 */
export function meanInterval(
  values: readonly (number | null | undefined)[],
  options: MeanIntervalOptions = {},
): MeanInterval {
  assertArray('values', values);
  const confLevel = readLevel(options.confLevel);
  const boot = readBootstrap(options.bootstrap, 'studentized');
  const x: number[] = [];
  let nMissing = 0;
  values.forEach((v, i) => {
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) nMissing++;
    else if (typeof v !== 'number' || !Number.isFinite(v))
      throw new RangeError(`values[${i}] must be a finite number, got ${showValue(v)}`);
    else x.push(v);
  });
  return summarise(x, nMissing, confLevel, boot);
}
