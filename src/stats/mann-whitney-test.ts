import { averageRanks } from '../_lib/numeric/ranks.js';
import { tieSum } from '../_lib/numeric/ties.js';
import { assertRankSumFeasible, rankSumCdf } from './_rank-distributions.js';
import {
  rankTestPValue,
  rankTestWarning,
  readRankTestOptions,
  type RankTestOptions,
} from './_rank-test-options.js';
import { assertEnough, readSample, type SampleInput } from './_samples.js';
import { rankSumApproxConfInt, rankSumExactConfInt, type RankConfInt } from './_hodges-lehmann.js';
import type { Alternative } from './alternative.js';

/**
 * The result of {@link mannWhitneyTest}.
 *
 * @category Rank tests
 */
export interface MannWhitneyResult {
  /** R's method string, e.g. `'Wilcoxon rank sum exact test'`. */
  readonly method: string;
  /** R's W: the rank sum of `x` minus its minimum n₁(n₁ + 1)/2 (pairs with x > y, ties half). */
  readonly statistic: number;
  /** Always `'W'`. */
  readonly statisticName: 'W';
  /** The p-value. */
  readonly pValue: number;
  /** Whether the exact distribution was used (otherwise the normal approximation). */
  readonly exact: boolean;
  /** The alternative hypothesis. */
  readonly alternative: Alternative;
  /** The hypothesised location shift `mu`. */
  readonly nullValue: number;
  /** Always `'location shift'`. */
  readonly nullValueName: 'location shift';
  /** Non-missing values in `x`. */
  readonly nX: number;
  /** Non-missing values in `y`. */
  readonly nY: number;
  /** Whether some values were tied across the pooled sample. */
  readonly ties: boolean;
  /** Values dropped from `x` and `y` together because they were missing (`null` or `NaN`). */
  readonly nMissing: number;
  /**
   * R's warning `'cannot compute exact p-value with ties'` when the exact test was wanted but
   * ties rule it out; and, when every value is tied, why `pValue` is `NaN` (as in R). With
   * `confInt`, also R's "Requested conf.level not achievable" (R's capital R) before them and
   * "cannot compute exact confidence intervals with ties" after the p-value warning.
   * Absent when there is nothing to warn about.
   */
  readonly warning?: string;
  /**
   * With `confInt: true`: R's Hodges–Lehmann estimate of the shift, the median of the n₁n₂
   * differences xᵢ − yⱼ (exact case), or the shift at which the standardised W crosses zero,
   * found as R finds it (approximate case).
   */
  readonly estimate?: number;
  /** With `confInt: true`: always `'difference in location'` (R's name). */
  readonly estimateName?: 'difference in location';
  /** With `confInt: true`: R's `conf.int`, `[lower, upper]` (one side infinite for one-sided tests). */
  readonly confInt?: readonly [number, number];
  /**
   * With `confInt: true`: the confidence level R reports for `confInt` — the requested one, or
   * 1 − the achieved α when R warns it is not achievable.
   */
  readonly confLevel?: number;
}

/**
 * Mann–Whitney U test (Wilcoxon rank-sum test) for two independent samples: R's
 * `wilcox.test(x, y)`. Exact when both samples have fewer than 50 values and there are no ties
 * (unless `exact` says otherwise), else the normal approximation with tie and continuity
 * corrections. Missing values are dropped and counted in `nMissing`.
 *
 * With `confInt: true` (R's `conf.int = TRUE`) the result also carries R's Hodges–Lehmann
 * `estimate` of the difference in location and a `confInt` at `confLevel`: in the exact case the
 * n₁n₂ differences xᵢ − yⱼ indexed by R's `qwilcox`; otherwise R's `uniroot(tol = 1e-4)` search
 * for the shifts where the standardised W meets the normal quantiles, reproduced step by step, so
 * the limits equal R's rather than the exact step points. Each search step re-ranks the pooled
 * sample (O(n log n)), so 10⁴ against 10⁴ values takes well under a second. Where every
 * difference x − y is the same, R stops, and this throws a `RangeError`.
 *
 * @param x - First sample (e.g. Cohort 1 confidence ratings).
 * @param y - Second sample.
 * @param options - R's `alternative`, `mu`, `exact`, `correct`, `confInt` and `confLevel`.
 * @throws RangeError naming `exact` when `exact: true` asks for the exact distribution of samples
 *   so large it would take minutes (m²n²/2 above 4 × 10⁸ steps, about 160 values each).
 * @category Rank tests
 * @example
 * ```ts
 * import { mannWhitneyTest } from 'sos-eval/stats';
 * // Every x exceeds every y: W = 3 × 3 = 9, the most extreme of C(6, 3) = 20 arrangements.
 * const r = mannWhitneyTest([7, 8, 9], [4, 5, 6], { alternative: 'greater' });
 * r.statistic //=> 9
 * r.pValue //=> 0.05
 * ```
 * @example
 * ```ts
 * import { mannWhitneyTest } from 'sos-eval/stats';
 * // R's conf.int = TRUE, exact: the estimate is the median of the 12 differences xᵢ − yⱼ.
 * // R: wilcox.test(x, y, conf.int = TRUE, conf.level = 0.9)
 * const options = { confInt: true, confLevel: 0.9 };
 * const exact = mannWhitneyTest([7.5, 8.25, 9.1], [4, 5.5, 6.2, 7], options);
 * exact.estimate //=> 2.425
 * exact.confInt //=> [0.5, 5.1]
 * // Confidence ratings with ties: the normal approximation, solved as R solves it with
 * // uniroot(tol = 1e-4), so the limits are R's 2.050262e-06 and 3.999979, not 0 and 4.
 * const r = mannWhitneyTest([7, 8, 6, 9, 7, 8, 10, 5], [5, 6, 6, 7, 4, 5, 6], { confInt: true });
 * r.estimate //=> 2.000
 * r.confInt //=> [2.050262e-6, 3.999979]
 * r.warning //=> 'cannot compute exact p-value with ties; cannot compute exact confidence intervals with ties'
 * ```
 */
export function mannWhitneyTest(
  x: SampleInput,
  y: SampleInput,
  options: RankTestOptions = {},
): MannWhitneyResult {
  const {
    alternative,
    mu,
    exact: exactOption,
    correct,
    confInt: wantConfInt,
    confLevel,
  } = readRankTestOptions(options);
  const xs = readSample('x', x);
  const ys = readSample('y', y);
  assertEnough('x', xs.values.length, 1, x);
  assertEnough('y', ys.values.length, 1, y);
  const nX = xs.values.length;
  const nY = ys.values.length;

  const pooled = new Float64Array(nX + nY);
  for (let i = 0; i < nX; i++) pooled[i] = (xs.values[i] as number) - mu;
  pooled.set(ys.values, nX);
  const { ranks, tieSizes } = averageRanks(pooled);
  let rankSumX = 0;
  for (let i = 0; i < nX; i++) rankSumX += ranks[i] as number;
  const statistic = rankSumX - (nX * (nX + 1)) / 2;
  const ties = tieSizes.some((t) => t > 1);
  const wantedExact = exactOption ?? (nX < 50 && nY < 50);
  const exact = wantedExact && !ties;
  if (exact) assertRankSumFeasible(nX, nY);

  const total = nX + nY;
  const { method, pValue } = rankTestPValue('Wilcoxon rank sum', exact, alternative, correct, {
    statistic,
    centre: (nX * nY) / 2,
    upperFrom: (w) => rankSumCdf(w - 1, nX, nY, false),
    lowerTo: (w) => rankSumCdf(w, nX, nY, true),
    sigma: () =>
      Math.sqrt(((nX * nY) / 12) * (total + 1 - tieSum(tieSizes) / (total * (total - 1)))),
  });
  let ci: RankConfInt | undefined;
  if (wantConfInt) {
    ci = exact
      ? rankSumExactConfInt(xs.values, ys.values, alternative, confLevel)
      : rankSumApproxConfInt(xs.values, ys.values, alternative, correct, confLevel);
  }

  return Object.freeze({
    method,
    statistic,
    statisticName: 'W',
    pValue,
    exact,
    alternative,
    nullValue: mu,
    nullValueName: 'location shift',
    nX,
    nY,
    ties,
    nMissing: xs.nMissing + ys.nMissing,
    ...(ci && {
      estimate: ci.estimate,
      estimateName: 'difference in location' as const,
      confInt: Object.freeze(ci.confInt),
      confLevel: ci.confLevel,
    }),
    ...rankTestWarning(
      wantedExact,
      ties,
      false,
      pValue,
      ci && { warnings: ci.warnings, ciTwin: 'confidence intervals' },
    ),
  });
}
