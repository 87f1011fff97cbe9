// What every t-test shares: its options, the one-sample arithmetic (the paired test is the
// one-sample test of the differences, as R's t.test builds it), and the tail and interval
// arithmetic, in R's order of operations.
import { assertFinite, assertOpenUnit } from '../_lib/args.js';
import { mean } from '../_lib/numeric/mean.js';
import { variance } from '../_lib/numeric/variance.js';
import { tLower, tQuantile, tUpper } from '../_lib/numeric/distributions.js';
import { alternativeOption, type Alternative } from './alternative.js';

export function tTestInference(
  tstat: number,
  df: number,
  stderr: number,
  mu: number,
  alternative: Alternative,
  confLevel: number,
): { pValue: number; confInt: readonly [number, number] } {
  let pValue: number;
  let lower: number;
  let upper: number;
  if (alternative === 'less') {
    pValue = tLower(tstat, df);
    lower = -Infinity;
    upper = tstat + tQuantile(confLevel, df);
  } else if (alternative === 'greater') {
    pValue = tUpper(tstat, df);
    lower = tstat - tQuantile(confLevel, df);
    upper = Infinity;
  } else {
    pValue = 2 * tLower(-Math.abs(tstat), df);
    const q = tQuantile(1 - (1 - confLevel) / 2, df);
    lower = tstat - q;
    upper = tstat + q;
  }
  return { pValue, confInt: Object.freeze([mu + lower * stderr, mu + upper * stderr] as const) };
}

/**
 * Options shared by the t-tests (R's names and defaults).
 *
 * @category t-tests
 */
export interface TTestOptionsBase {
  /** The alternative hypothesis; default `'two.sided'`. */
  readonly alternative?: Alternative;
  /** The difference under the null hypothesis; default 0. */
  readonly mu?: number;
  /** Confidence level of `confInt`; default 0.95. */
  readonly confLevel?: number;
}

export function readConfLevel(value: unknown): number {
  const confLevel = value ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  return confLevel;
}

/** The checked options of a t-test, R's defaults filled in. */
export interface TTestSettings {
  readonly alternative: Alternative;
  readonly mu: number;
  readonly confLevel: number;
}

export function readTTestOptions(options: TTestOptionsBase): TTestSettings {
  const alternative = alternativeOption(options.alternative);
  const mu = options.mu ?? 0;
  assertFinite('mu', mu);
  const confLevel = readConfLevel(options.confLevel);
  return { alternative, mu, confLevel };
}

/**
 * R's one-sample t.test on finite values (at least 2, the caller checks): mean, standard error
 * sd/√n, t = (mean − mu)/se on n − 1 df, p-value and interval.
 */
export function oneSampleInference(
  x: readonly number[],
  { alternative, mu, confLevel }: TTestSettings,
): {
  estimate: number;
  stderr: number;
  statistic: number;
  df: number;
  pValue: number;
  confInt: readonly [number, number];
} {
  const n = x.length;
  const estimate = mean(x);
  const stderr = Math.sqrt(variance(x) / n);
  assertNotConstant(stderr, Math.abs(estimate));
  const statistic = (estimate - mu) / stderr;
  const df = n - 1;
  const { pValue, confInt } = tTestInference(statistic, df, stderr, mu, alternative, confLevel);
  return { estimate, stderr, statistic, df, pValue, confInt };
}

export function assertNotConstant(stderr: number, scale: number): void {
  // R refuses the same case: t would be a ratio of rounding errors.
  if (stderr < 10 * Number.EPSILON * scale) {
    throw new RangeError(`data are essentially constant (standard error ${stderr})`);
  }
}

/**
 * Throws naming the first infinite value. An infinite value makes the mean infinite and the
 * standard error NaN, so t, p and the interval would all be NaN with nothing said; R's t.test stops
 * on the same data ("missing value where TRUE/FALSE needed"). Only values that enter the test are
 * checked: `used(i)` says whether element i does (in a paired test, a pair with a missing side is
 * dropped before R looks at it).
 */
export function assertNoInfinite(
  name: string,
  values: readonly unknown[],
  used: (i: number) => boolean = () => true,
): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if ((v === Infinity || v === -Infinity) && used(i)) {
      throw new RangeError(
        `${name}[${i}] is ${String(v)}: a t-test needs finite values (R's t.test stops here too); drop or recode it`,
      );
    }
  }
}
