import { averageRanks } from '../_lib/numeric/ranks.js';
import { tieSum } from '../_lib/numeric/ties.js';
import { assertSignedRankFeasible, signedRankCdf } from './_rank-distributions.js';
import {
  rankTestPValue,
  rankTestWarning,
  readRankTestOptions,
  type RankTestOptions,
} from './_rank-test-options.js';
import { assertEnough, readPairs, readSample, type SampleInput } from './_samples.js';
import {
  signedRankApproxConfInt,
  signedRankExactConfInt,
  type RankConfInt,
} from './_hodges-lehmann.js';
import type { Alternative } from './alternative.js';

/**
 * The result of {@link wilcoxonSignedRankTest}.
 *
 * @category Rank tests
 */
export interface WilcoxonSignedRankResult {
  /** R's method string, e.g. `'Wilcoxon signed rank exact test'`. */
  readonly method: string;
  /** R's V: the sum of the ranks of |d| over the positive differences d. */
  readonly statistic: number;
  /** Always `'V'`. */
  readonly statisticName: 'V';
  /** The p-value. */
  readonly pValue: number;
  /** Whether the exact distribution was used (otherwise the normal approximation). */
  readonly exact: boolean;
  /** The alternative hypothesis. */
  readonly alternative: Alternative;
  /** The hypothesised location shift `mu`. */
  readonly nullValue: number;
  /**
   * `'location shift'` for paired samples, `'location'` for one sample (R's names, which
   * `formatTest` prints: "true location is not equal to …").
   */
  readonly nullValueName: 'location shift' | 'location';
  /** Number of non-zero differences ranked. */
  readonly n: number;
  /** Number of differences equal to `mu`, dropped before ranking. */
  readonly zeros: number;
  /** Whether some |differences| were tied. */
  readonly ties: boolean;
  /** Pairs (or values) dropped because a value was missing (`null` or `NaN`). */
  readonly nMissing: number;
  /**
   * R's warnings `'cannot compute exact p-value with ties'` and `'… with zeroes'` when the exact
   * test was wanted but ties or zero differences rule it out; and, when no difference is left to
   * rank or all tie, why `pValue` is `NaN` (as in R). With `confInt`, also R's interval warnings,
   * in R's order: "requested conf.level not achievable", "cannot compute confidence interval when
   * all observations are zero or tied", "cannot compute exact confidence interval with ties" (and
   * "… with zeroes"). Absent when there is nothing to warn about.
   */
  readonly warning?: string;
  /**
   * With `confInt: true`: R's Hodges–Lehmann estimate, the median of the Walsh averages
   * (dᵢ + dⱼ)/2, i ≤ j, of the non-zero differences (exact case), or the shift at which the
   * standardised V crosses zero, found as R finds it (approximate case). `NaN` when every
   * difference equals `mu`; the midrange when every non-zero difference is the same.
   */
  readonly estimate?: number;
  /**
   * R's name for `estimate`: `'(pseudo)median'`, or `'midrange'` in the degenerate case above;
   * absent when no difference is left (R's estimate is then an unnamed `NaN`).
   */
  readonly estimateName?: '(pseudo)median' | 'midrange';
  /** With `confInt: true`: R's `conf.int`, `[lower, upper]` (one side infinite for one-sided tests). */
  readonly confInt?: readonly [number, number];
  /**
   * With `confInt: true`: the confidence level R reports for `confInt` — the requested one, or
   * the level achieved when R warns it is not achievable (0 when no interval can be computed).
   */
  readonly confLevel?: number;
}

/**
 * Wilcoxon signed-rank test on paired samples, or on one sample when `y` is omitted: R's
 * `wilcox.test(x, y, paired = TRUE)`. Differences equal to `mu` are dropped; the exact
 * distribution is used when fewer than 50 differences remain and none are tied or zero (unless
 * `exact` says otherwise), else the normal approximation with tie and continuity corrections.
 * Pairs with a missing value are dropped and counted in `nMissing`.
 *
 * With `confInt: true` (R's `conf.int = TRUE`) the result also carries R's Hodges–Lehmann
 * `estimate` of the (pseudo)median difference and a `confInt` at `confLevel`: in the exact case
 * the Walsh averages indexed by R's `qsignrank` (n(n + 1)/2 numbers, sorted); otherwise R's
 * `uniroot(tol = 1e-4)` search for the shifts where the standardised V meets the normal quantiles,
 * reproduced step by step, so the limits equal R's rather than the exact step points. Each search
 * step re-ranks the n differences (O(n log n)), so n = 10⁴ takes well under a second.
 *
 * @param x - First measurements (e.g. T1 scores); `null`/`NaN` mark missing values.
 * @param y - Second measurements, paired with `x` by position; omit (or pass `null`, R's
 *   `y = NULL`) for a one-sample test.
 * @param options - R's `alternative`, `mu`, `exact`, `correct`, `confInt` and `confLevel`.
 * @throws RangeError naming `exact` when `exact: true` asks for the exact distribution of so many
 *   differences it would take minutes (n³/4 above 2.5 × 10⁹ steps, about 2,150 differences).
 * @category Rank tests
 * @example
 * ```ts
 * import { wilcoxonSignedRankTest } from 'sos-eval/stats';
 * // Safety scores for six families at two visits. Only the smallest change (−0.5, rank 1) is
 * // negative, so V = 21 − 1 = 20; two of the 2⁶ sign patterns give V ≥ 20, so p = 2 × 2/64.
 * const r = wilcoxonSignedRankTest([5, 6, 7, 4, 8, 6.5], [3, 4.5, 7.5, 1, 4, 1]);
 * r.statistic //=> 20
 * r.method //=> 'Wilcoxon signed rank exact test'
 * r.pValue //=> 0.0625
 * ```
 * @example
 * ```ts
 * import { wilcoxonSignedRankTest } from 'sos-eval/stats';
 * // R's conf.int = TRUE for the same six families: the estimate is the median of the 21 Walsh
 * // averages (dᵢ + dⱼ)/2 of the changes. qsignrank(0.025, 6) = 1, so the 95% limits are the
 * // smallest and largest average. R: wilcox.test(x, y, paired = TRUE, conf.int = TRUE)
 * const x = [5, 6, 7, 4, 8, 6.5];
 * const y = [3, 4.5, 7.5, 1, 4, 1];
 * const r = wilcoxonSignedRankTest(x, y, { confInt: true });
 * r.estimate //=> 2.5
 * r.estimateName //=> '(pseudo)median'
 * r.confInt //=> [-0.5, 5.5]
 * // Six pairs cannot give 99%: R warns and reports the level achieved, 1 − signif(2/64, 2).
 * const r99 = wilcoxonSignedRankTest(x, y, { confInt: true, confLevel: 0.99 });
 * r99.confLevel //=> 0.969
 * r99.warning //=> 'requested conf.level not achievable'
 * ```
 */
export function wilcoxonSignedRankTest(
  x: SampleInput,
  y?: SampleInput | null,
  options: RankTestOptions = {},
): WilcoxonSignedRankResult {
  const {
    alternative,
    mu,
    exact: exactOption,
    correct,
    confInt: wantConfInt,
    confLevel,
  } = readRankTestOptions(options);
  let differences: number[];
  let nMissing: number;
  if (y === undefined || y === null) {
    ({ values: differences, nMissing } = readSample('x', x));
  } else {
    const pairs = readPairs('x', x, 'y', y);
    differences = [];
    for (let i = 0; i < pairs.x.length; i++) {
      const d = (pairs.x[i] as number) - (pairs.y[i] as number);
      // R drops NA differences after subtracting, so a pair Inf, Inf (Inf − Inf = NaN) is missing.
      if (!Number.isNaN(d)) differences.push(d);
    }
    nMissing = pairs.nMissing + (pairs.x.length - differences.length);
  }
  if (y === undefined || y === null) assertEnough('x', differences.length, 1, x);
  else assertEnough('x and y', differences.length, 1, x, 'complete pair');

  // Non-zero differences from mu as |d| (to rank) and their signs, in typed arrays.
  const size = differences.length;
  const magnitudes = new Float64Array(size);
  const positive = new Uint8Array(size);
  // R's x − mu + mu over the non-zero differences, for the confidence interval.
  const shifted = wantConfInt ? new Float64Array(size) : undefined;
  let n = 0;
  for (let i = 0; i < size; i++) {
    const d = (differences[i] as number) - mu;
    if (d === 0) continue;
    if (shifted) shifted[n] = d + mu;
    magnitudes[n] = Math.abs(d);
    positive[n] = d > 0 ? 1 : 0;
    n++;
  }
  const zeros = size - n;
  const { ranks, tieSizes } = averageRanks(magnitudes.subarray(0, n));
  let statistic = 0;
  for (let i = 0; i < n; i++) if (positive[i] === 1) statistic += ranks[i] as number;
  const ties = tieSizes.some((t) => t > 1);
  const wantedExact = exactOption ?? n < 50;
  const exact = wantedExact && !ties && zeros === 0;
  if (exact) assertSignedRankFeasible(n);

  const { method, pValue } = rankTestPValue('Wilcoxon signed rank', exact, alternative, correct, {
    statistic,
    centre: (n * (n + 1)) / 4,
    upperFrom: (v) => signedRankCdf(v - 1, n, false),
    lowerTo: (v) => signedRankCdf(v, n, true),
    sigma: () => Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieSum(tieSizes) / 48),
  });
  let ci: RankConfInt | undefined;
  if (shifted) {
    const xs = shifted.subarray(0, n);
    ci = exact
      ? signedRankExactConfInt(xs, alternative, confLevel)
      : signedRankApproxConfInt(xs, alternative, correct, confLevel);
  }

  return Object.freeze({
    method,
    statistic,
    statisticName: 'V',
    pValue,
    exact,
    alternative,
    nullValue: mu,
    // R names mu 'location' when y is NULL and 'location shift' when paired.
    nullValueName: y === undefined || y === null ? 'location' : 'location shift',
    n,
    zeros,
    ties,
    nMissing,
    ...(ci && {
      estimate: ci.estimate,
      ...(ci.estimateName !== undefined && {
        estimateName: ci.estimateName as '(pseudo)median' | 'midrange',
      }),
      confInt: Object.freeze(ci.confInt),
      confLevel: ci.confLevel,
    }),
    ...rankTestWarning(
      wantedExact,
      ties,
      zeros > 0,
      pValue,
      ci && { warnings: ci.warnings, ciTwin: 'confidence interval' },
    ),
  });
}
