import { assertBoolean, assertOpenUnit } from '../_lib/args.js';
import {
  chiSquareUpper,
  normalLower,
  normalQuantile,
  normalUpper,
} from '../_lib/numeric/distributions.js';
import { assertSuccesses } from './_proportion-args.js';
import { type Alternative, alternativeOption } from './alternative.js';
import { sum } from '../_lib/numeric/sum.js';

/** Options for {@link twoProportionTest}; names and defaults as R's `prop.test`. */
export interface TwoProportionTestOptions {
  /** Apply Yates' continuity correction. Default `true`, as in R. */
  readonly correct?: boolean;
  /** Alternative hypothesis for p1 − p2. Default `'two.sided'`. */
  readonly alternative?: Alternative;
  /** Confidence level for the interval of p1 − p2, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
}

/**
 * The result of {@link twoProportionTest}: R's `htest` fields.
 *
 * @category Tests
 * @example
 * ```ts
 * import { twoProportionTest } from 'sos-eval/stats';
 * twoProportionTest(15, 20, 8, 20).df //=> 1
 * ```
 */
export interface TwoProportionTestResult {
  /** R's method string, e.g. `"2-sample test for equality of proportions with continuity correction"`. */
  readonly method: string;
  /** Pearson's X-squared. */
  readonly statistic: number;
  /** Always `'X-squared'`, as R prints it. */
  readonly statisticName: 'X-squared';
  /** Degrees of freedom (always 1). */
  readonly df: number;
  /** The p-value for `alternative`. */
  readonly pValue: number;
  /** The two sample proportions [p1, p2]. */
  readonly estimate: readonly [number, number];
  /** Wald interval for p1 − p2 (with the continuity correction when `correct`), clamped to [−1, 1]. */
  readonly confInt: readonly [number, number];
  /** Confidence level of `confInt`. */
  readonly confLevel: number;
  /**
   * The alternative hypothesis tested. Like R (whose `null.value` is `NULL` here) the result has
   * no `nullValue`, so {@link formatTest} prints `alternative hypothesis: two.sided`.
   */
  readonly alternative: Alternative;
  /** R's warning `"Chi-squared approximation may be incorrect"` when an expected count is below 5. */
  readonly warning?: string;
}

/**
 * Tests whether two independent proportions x1/n1 and x2/n2 are equal — R's
 * `prop.test(c(x1, x2), c(n1, n2), correct, alternative, conf.level)`: Pearson's chi-square on
 * the 2 × 2 table with Yates' correction (capped at |p1 − p2| / (1/n1 + 1/n2) as R does); a
 * one-sided p-value uses the signed square root of the statistic as a normal deviate.
 *
 * @param x1 - Successes in group 1, 0 ≤ x1 ≤ n1.
 * @param n1 - Size of group 1, ≥ 1.
 * @param x2 - Successes in group 2, 0 ≤ x2 ≤ n2.
 * @param n2 - Size of group 2, ≥ 1.
 * @returns A frozen {@link TwoProportionTestResult}.
 * When x1 + x2 is 0 or n1 + n2 the pooled proportion is 0 or 1: as in R, the statistic and
 * p-value are NaN (an expected count is 0), the estimates and interval are still given, and
 * `warning` says why.
 *
 * @throws RangeError for invalid counts or options.
 * @category Tests
 * @example
 * ```ts
 * import { twoProportionTest } from 'sos-eval/stats';
 * // R: prop.test(c(15, 8), c(20, 20))
 * const t = twoProportionTest(15, 20, 8, 20);
 * t.statistic //=> 3.6829
 * t.pValue //=> 0.05497
 * ```
 */
export function twoProportionTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  options: TwoProportionTestOptions = {},
): TwoProportionTestResult {
  assertSuccesses('x1', x1, 'n1', n1);
  assertSuccesses('x2', x2, 'n2', n2);
  const correct = options.correct ?? true;
  const confLevel = options.confLevel ?? 0.95;
  assertBoolean('correct', correct);
  assertOpenUnit('confLevel', confLevel);
  const alternative = alternativeOption(options.alternative);
  // With x1 + x2 = 0 or n1 + n2 the pooled proportion is 0 or 1: an expected count is 0, so R's
  // statistic is 0/0 = NaN (p-value NaN) while its estimates and interval are still defined.
  // Return exactly that, with a warning saying why, rather than refuse R's answer.
  const pooled = (x1 + x2) / (n1 + n2);
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const delta = p1 - p2;
  const inverseSum = 1 / n1 + 1 / n2;
  const yates = correct ? Math.min(0.5, Math.abs(delta) / inverseSum) : 0;
  const z = normalQuantile(alternative === 'two.sided' ? (1 + confLevel) / 2 : confLevel);
  const width = z * Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2) + yates * inverseSum;
  const lower = alternative === 'less' ? -1 : Math.max(delta - width, -1);
  const upper = alternative === 'greater' ? 1 : Math.min(delta + width, 1);

  const observed = [x1, n1 - x1, x2, n2 - x2];
  const expected = [n1 * pooled, n1 * (1 - pooled), n2 * pooled, n2 * (1 - pooled)];
  const statistic = sum(
    observed.map((o, i) => (Math.abs(o - expected[i]!) - yates) ** 2 / expected[i]!),
  );
  const signed = Math.sign(delta) * Math.sqrt(statistic);
  const pValue =
    alternative === 'two.sided'
      ? chiSquareUpper(statistic, 1)
      : alternative === 'less'
        ? normalLower(signed)
        : normalUpper(signed);
  return Object.freeze({
    method: `2-sample test for equality of proportions ${yates ? 'with' : 'without'} continuity correction`,
    statistic,
    statisticName: 'X-squared',
    df: 1,
    pValue,
    estimate: Object.freeze([p1, p2] as const),
    confInt: Object.freeze([lower, upper] as const),
    confLevel,
    alternative,
    ...(pooled === 0 || pooled === 1
      ? {
          warning:
            'Chi-squared approximation may be incorrect; ' +
            `x1 + x2 = ${x1 + x2} of ${n1 + n2}, so an expected count is 0 and the statistic and p-value are undefined (NaN, as in R)`,
        }
      : expected.some((e) => e < 5)
        ? { warning: 'Chi-squared approximation may be incorrect' }
        : {}),
  });
}
