import { assertBoolean } from '../_lib/args.js';
import { binomialLower, binomialUpper, chiSquareUpper } from '../_lib/numeric/distributions.js';
import { readTwoByTwo, type TwoByTwo } from './_table.js';
import type { Alternative } from './alternative.js';
import { clopperPearsonInterval } from './clopper-pearson-interval.js';

/** Options for {@link mcnemarTest}. */
export interface McNemarTestOptions {
  /** Apply the continuity correction (|b − c| − 1)² (skipped when b = c, as in R). Default `true`. */
  readonly correct?: boolean;
  /** Use the exact binomial test on the discordant pairs instead of chi-square. Default `false`. */
  readonly exact?: boolean;
}

/**
 * The result of {@link mcnemarTest}. The exact variant has no `df`; it carries what R's
 * `binom.test(b, b + c)` reports instead (statistic b, the number of trials b + c, the share
 * b / (b + c) with its Clopper–Pearson interval), so {@link formatTest} prints it as R prints that
 * test.
 *
 * @category Tests
 * @example
 * ```ts
 * import { mcnemarTest } from 'sos-eval/stats';
 * mcnemarTest([[20, 12], [4, 30]]).df //=> 1
 * ```
 */
export interface McNemarTestResult {
  /** R's method string, e.g. `"McNemar's Chi-squared test with continuity correction"`. */
  readonly method: string;
  /** McNemar's chi-squared, or b (yes → no changes) for the exact test. */
  readonly statistic: number;
  /** `"McNemar's chi-squared"`, or `'number of successes'` for the exact test (as R prints them). */
  readonly statisticName: "McNemar's chi-squared" | 'number of successes';
  /** Degrees of freedom (1); absent for the exact test. */
  readonly df?: number;
  /** Exact test only: the number of discordant pairs b + c (R's `parameter`). */
  readonly parameter?: number;
  /** Exact test only: `'number of trials'`. */
  readonly parameterName?: 'number of trials';
  /** Two-sided p-value. */
  readonly pValue: number;
  /** Exact test only: b / (b + c), the share of changes that went yes → no. */
  readonly estimate?: number;
  /** Exact test only: `'probability of success'`. */
  readonly estimateName?: 'probability of success';
  /** Exact test only: Clopper–Pearson 95% interval for `estimate` (`binom.test`'s). */
  readonly confInt?: readonly [number, number];
  /** Exact test only: 0.95. */
  readonly confLevel?: number;
  /** Exact test only: always `'two.sided'`. */
  readonly alternative?: Alternative;
  /** Exact test only: 0.5, the share of yes → no changes under the null hypothesis. */
  readonly nullValue?: number;
  /** Exact test only: `'probability of success'`. */
  readonly nullValueName?: 'probability of success';
  /** Why `statistic` and `pValue` are NaN when there are no discordant pairs (b + c = 0). */
  readonly warning?: string;
}

/**
 * McNemar's test for paired yes/no answers — R's `mcnemar.test(table, correct)`. Rows are Time 1
 * (yes, no) and columns Time 2 (yes, no), so b = yes → no and c = no → yes; only these discordant
 * pairs carry information. Use it for one family's answer at T1 versus T2 (e.g. "has a safety
 * plan"). With `exact: true` the p-value is the two-sided exact binomial test of b out of b + c at
 * ½, R's `binom.test(b, b + c)$p.value`, better when b + c is small (under about 25).
 *
 * @param table - `[[a, b], [c, d]]`: a = yes/yes, b = yes/no, c = no/yes, d = no/no.
 * @returns A frozen {@link McNemarTestResult}.
 * With no discordant pairs (b + c = 0) the statistic is 0/0: as in R, it and the p-value are NaN,
 * and `warning` says why; the exact version then throws, as R's `binom.test(0, 0)` stops.
 *
 * @throws TypeError or RangeError for a table that is not 2 × 2 counts or invalid options;
 *   RangeError for `exact: true` with b + c = 0.
 * @category Tests
 * @example
 * ```ts
 * import { mcnemarTest } from 'sos-eval/stats';
 * // R: mcnemar.test(matrix(c(20, 4, 12, 30), 2))  — (|12 − 4| − 1)² / 16 = 49 / 16
 * const t = mcnemarTest([[20, 12], [4, 30]]);
 * t.statistic //=> 3.0625
 * t.pValue //=> 0.08012
 * mcnemarTest([[20, 12], [4, 30]], { exact: true }).pValue //=> 0.07681
 * ```
 */
export function mcnemarTest(table: TwoByTwo, options: McNemarTestOptions = {}): McNemarTestResult {
  const [, b, c] = readTwoByTwo('table', table);
  const correct = options.correct ?? true;
  const exact = options.exact ?? false;
  assertBoolean('correct', correct);
  assertBoolean('exact', exact);
  const n = b + c;
  if (n === 0 && exact) {
    // R's binom.test(0, 0) stops: there is no binomial test of zero trials.
    throw new RangeError(
      'table has no discordant pairs (b + c = 0), so the exact test (a binomial test of b in b + c trials) is undefined',
    );
  }
  if (exact) {
    const ci = clopperPearsonInterval(b, n);
    return Object.freeze({
      method: 'Exact McNemar test (binomial test on discordant pairs)',
      statistic: b,
      statisticName: 'number of successes',
      parameter: n,
      parameterName: 'number of trials',
      pValue: binomialTwoSidedHalf(b, n),
      estimate: b / n,
      estimateName: 'probability of success',
      confInt: Object.freeze([ci.lower, ci.upper] as const),
      confLevel: 0.95,
      alternative: 'two.sided',
      nullValue: 0.5,
      nullValueName: 'probability of success',
    });
  }
  // As R: the correction is skipped when b = c, where it would turn a statistic of 0 into 1 / n.
  const corrected = correct && b !== c;
  const statistic = (corrected ? Math.abs(b - c) - 1 : b - c) ** 2 / n;
  return Object.freeze({
    method: corrected
      ? "McNemar's Chi-squared test with continuity correction"
      : "McNemar's Chi-squared test",
    statistic,
    statisticName: "McNemar's chi-squared",
    df: 1,
    pValue: n === 0 ? Number.NaN : chiSquareUpper(statistic, 1),
    // R's mcnemar.test returns 0/0 = NaN here without a word; say why.
    ...(n === 0
      ? {
          warning:
            'no discordant pairs (b + c = 0): the statistic is 0/0, so it and the p-value are undefined (NaN, as in R)',
        }
      : {}),
  });
}

// binom.test(x, n, 0.5)$p.value: the distribution is symmetric, so the tables no more likely
// than x are the two tails beyond x and n − x.
function binomialTwoSidedHalf(x: number, n: number): number {
  const m = n / 2;
  if (x === m) return 1;
  const low = Math.min(x, n - x);
  return Math.min(1, binomialLower(low, n, 0.5) + binomialUpper(n - low, n, 0.5));
}
