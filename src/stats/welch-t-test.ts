import { assertBoolean } from '../_lib/args.js';
import { mean } from '../_lib/numeric/mean.js';
import { variance } from '../_lib/numeric/variance.js';
import { assertEnough, readSample, type SampleInput } from './_samples.js';
import {
  assertNoInfinite,
  assertNotConstant,
  readTTestOptions,
  tTestInference,
  type TTestOptionsBase,
} from './_t-test.js';
import type { TwoSampleTTestResult } from './t-test-result.js';

/**
 * Options of {@link welchTTest} (R's names and defaults).
 *
 * @category t-tests
 */
export interface WelchTTestOptions extends TTestOptionsBase {
  /** Pool the variances (Student's test, R's `var.equal = TRUE`); default `false` (Welch). */
  readonly varEqual?: boolean;
}

/**
 * Two-sample t-test for independent samples: R's `t.test(x, y)` — Welch's test with the
 * Welch–Satterthwaite df by default, Student's pooled-variance test with `varEqual: true`. As in
 * R, `estimate` is the pair of means `[mean(x), mean(y)]` and `confInt` is for their difference,
 * which is also in `difference`. Missing values are dropped and counted.
 *
 * @param x - First sample (e.g. Cohort 1).
 * @param y - Second sample (e.g. Cohort 2).
 * @param options - R's `alternative`, `mu`, `confLevel` (`conf.level`) and `varEqual` (`var.equal`).
 * @category t-tests
 * @example
 * ```ts
 * import { welchTTest } from 'sos-eval/stats';
 * // Means 2 and 5, variances 1 and 4: standard error √(1/3 + 4/3), t = −3/√(5/3).
 * const r = welchTTest([1, 2, 3], [3, 5, 7]);
 * r.estimate //=> [2, 5]
 * r.difference //=> -3
 * r.statistic //=> -2.3238
 * // df = (5/3)² / ((1/3)²/2 + (4/3)²/2) = (25/9) / (17/18) = 50/17.
 * r.df //=> 2.9412
 * ```
 */
export function welchTTest(
  x: SampleInput,
  y: SampleInput,
  options: WelchTTestOptions = {},
): TwoSampleTTestResult {
  const { alternative, mu, confLevel } = readTTestOptions(options);
  const varEqual = options.varEqual ?? false;
  assertBoolean('varEqual', varEqual);
  const xs = readSample('x', x);
  const ys = readSample('y', y);
  assertNoInfinite('x', x);
  assertNoInfinite('y', y);
  const nX = xs.values.length;
  const nY = ys.values.length;
  assertEnough('x', nX, varEqual ? 1 : 2, x);
  assertEnough('y', nY, varEqual ? 1 : 2, y);
  if (varEqual && nX + nY < 3) {
    throw new RangeError(`x and y need at least 3 non-missing values together, got ${nX + nY}`);
  }

  const mx = mean(xs.values);
  const my = mean(ys.values);
  const vx = nX > 1 ? variance(xs.values) : 0;
  const vy = nY > 1 ? variance(ys.values) : 0;
  let df: number;
  let stderr: number;
  if (varEqual) {
    df = nX + nY - 2;
    let v = 0;
    if (nX > 1) v += (nX - 1) * vx;
    if (nY > 1) v += (nY - 1) * vy;
    v /= df;
    stderr = Math.sqrt(v * (1 / nX + 1 / nY));
  } else {
    // Welch–Satterthwaite on the squared standard errors a = s²ₓ/nₓ and b = s²ᵧ/nᵧ directly
    // (R squares √a again and raises it to the 4th power; the same number, less rounding).
    const a = vx / nX;
    const b = vy / nY;
    stderr = Math.sqrt(a + b);
    df = ((a + b) * (a + b)) / ((a * a) / (nX - 1) + (b * b) / (nY - 1));
  }
  assertNotConstant(stderr, Math.max(Math.abs(mx), Math.abs(my)));
  const statistic = (mx - my - mu) / stderr;
  const { pValue, confInt } = tTestInference(statistic, df, stderr, mu, alternative, confLevel);
  return Object.freeze({
    // R builds this with paste(NULL, "Two Sample t-test"), leaving a leading space we drop.
    method: varEqual ? 'Two Sample t-test' : 'Welch Two Sample t-test',
    statistic,
    statisticName: 't',
    df,
    pValue,
    estimate: Object.freeze([mx, my] as const),
    estimateNames: Object.freeze(['mean of x', 'mean of y'] as const),
    difference: mx - my,
    confInt,
    confLevel,
    alternative,
    stderr,
    nullValue: mu,
    nullValueName: 'difference in means',
    nX,
    nY,
    nMissing: xs.nMissing + ys.nMissing,
  });
}
