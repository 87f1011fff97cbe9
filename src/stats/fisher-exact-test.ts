import { assertNumber, assertOpenUnit, showValue } from '../_lib/args.js';
import { conditionalInterval, NoncentralHypergeometric } from './_noncentral-hypergeometric.js';
import { readTwoByTwo, type TwoByTwo } from './_table.js';
import { type Alternative, alternativeOption } from './alternative.js';

/** Options for {@link fisherExactTest}; names and defaults as R's `fisher.test`. */
export interface FisherExactTestOptions {
  /** Alternative hypothesis for the odds ratio. Default `'two.sided'`. */
  readonly alternative?: Alternative;
  /** Confidence level for the odds-ratio interval, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
  /** Odds ratio under the null hypothesis, finite and ≥ 0. Default 1. */
  readonly or?: number;
}

/**
 * The result of {@link fisherExactTest}: R's `htest` fields.
 *
 * @category Tests
 * @example
 * ```ts
 * import { fisherExactTest } from 'sos-eval/stats';
 * fisherExactTest([[3, 1], [1, 3]]).method //=> "Fisher's Exact Test for Count Data"
 * ```
 */
export interface FisherExactTestResult {
  /** `"Fisher's Exact Test for Count Data"`. */
  readonly method: string;
  /** The exact p-value for `alternative`. */
  readonly pValue: number;
  /**
   * Conditional maximum-likelihood estimate of the odds ratio (0 or Infinity at the edges), as
   * R's `uniroot` finds it.
   */
  readonly estimate: number;
  /** Always `'odds ratio'`, as R names the estimate. */
  readonly estimateName: 'odds ratio';
  /** Conditional (exact) confidence interval for the odds ratio, limits as `uniroot` finds them. */
  readonly confInt: readonly [number, number];
  /** Confidence level of `confInt`. */
  readonly confLevel: number;
  /** The alternative hypothesis tested. */
  readonly alternative: Alternative;
  /** The odds ratio under the null hypothesis (the `or` option, default 1). */
  readonly nullValue: number;
  /** Always `'odds ratio'`, as R prints it. */
  readonly nullValueName: 'odds ratio';
}

// The work bound: the exact method holds and sums the whole support of the top-left cell for every
// step of three root searches, about 2 µs per value per search here, so 10^6 values take about two
// seconds and 10^8 several minutes and over a gigabyte. Beyond this the answer is a RangeError.
const MAX_SUPPORT = 1_000_000;

/**
 * Fisher's exact test for a 2 × 2 table — R's `fisher.test(table, alternative, conf.level, or)`.
 * Conditions on both margins, so it is valid for any sample size; use it instead of
 * {@link chiSquareTest} when expected counts are small (for example a comparison of two pilot
 * sites with a dozen families each). The two-sided p-value sums the probabilities of all tables
 * no more likely than the observed one (with R's relative slack of 1e-7); the estimate is the
 * conditional MLE and the interval inverts the one-sided tests. Both are found as R finds them,
 * with a port of `uniroot` and its default tolerance, so they are R's printed values rather than
 * the exact roots, from which they can differ by up to about 1e-4 on the scale uniroot solves
 * (the odds ratio below 1, its reciprocal above 1).
 *
 * @param table - `[[a, b], [c, d]]` of whole-number counts.
 * @returns A frozen {@link FisherExactTestResult}.
 * @throws TypeError or RangeError for a table that is not 2 × 2 counts, or invalid options;
 * RangeError where R's fisher.test stops too: a `confLevel` so close to 1 that the upper limit
 * lies beyond the odds ratio 2^52 that R's `uniroot` searches to. RangeError (naming `table`)
 * where the top-left cell could take more than 1,000,000 values given the margins: the exact
 * method enumerates them all for every root-finding step, about two seconds at the limit and
 * minutes (with gigabytes) at counts of 10^8 — at such counts {@link chiSquareTest} is the test to
 * use, and agrees with the exact p-value to many digits.
 * @category Tests
 * @example
 * ```ts
 * import { fisherExactTest } from 'sos-eval/stats';
 * // R: fisher.test(matrix(c(3, 1, 1, 3), 2)) (Fisher's tea-tasting table)
 * const r = fisherExactTest([[3, 1], [1, 3]]);
 * r.pValue //=> 0.4857
 * r.estimate //=> 6.408309
 * r.confInt //=> [0.2117329, 621.9337505]
 * // R: fisher.test(matrix(c(60, 1, 1, 60), 2))$estimate, where the exact root is 2174.31
 * fisherExactTest([[60, 1], [1, 60]]).estimate //=> 2201.128
 * ```
 */
export function fisherExactTest(
  table: TwoByTwo,
  options: FisherExactTestOptions = {},
): FisherExactTestResult {
  const [a, b, c, d] = readTwoByTwo('table', table);
  const alternative = alternativeOption(options.alternative);
  const confLevel = options.confLevel ?? 0.95;
  const or = options.or ?? 1;
  assertOpenUnit('confLevel', confLevel);
  assertNumber('or', or);
  if (!(or >= 0 && Number.isFinite(or)))
    throw new RangeError(`or must be a finite number ≥ 0, got ${showValue(or)}`);
  const support = Math.min(a + b, a + c) - Math.max(0, a - d) + 1;
  if (support > MAX_SUPPORT) {
    throw new RangeError(
      `table: Fisher's exact test would enumerate ${support} possible tables, more than its limit of ${MAX_SUPPORT} (counts this large take minutes exactly); use chiSquareTest, which agrees closely at such counts`,
    );
  }
  const dist = new NoncentralHypergeometric(a, b, c, d);
  const pValue =
    alternative === 'less'
      ? dist.cdf(a, or)
      : alternative === 'greater'
        ? dist.cdf(a, or, true)
        : dist.twoSided(or);
  return Object.freeze({
    method: "Fisher's Exact Test for Count Data",
    pValue: Math.min(1, pValue),
    estimate: dist.mle(),
    estimateName: 'odds ratio',
    confInt: conditionalInterval(dist, alternative, confLevel),
    confLevel,
    alternative,
    nullValue: or,
    nullValueName: 'odds ratio',
  });
}
