/**
 * One coefficient of a fitted model as a tidy row, after R's `broom::tidy(lmtest::coeftest(fit,
 * vcov))` with `conf.int = TRUE`: the estimate, its cluster-robust standard error, t, the
 * two-sided p-value on the result's `df`, and the confidence limits at the result's `confLevel`.
 *
 * @category Results
 * @example
 * ```ts
 * import { differenceInDifferences, type CoefficientRow } from 'sos-eval/impact';
 * // Synthetic: four clusters, treated 1 and 2, outcome up by 2 after for the treated only.
 * const rows = [1, 2, 3, 4].flatMap((c) =>
 *   [0, 1].map((post) => ({ c, treated: c <= 2, post: post === 1, y: c + post + (c <= 2 ? 2 * post : 0) })),
 * );
 * const fit = differenceInDifferences(rows, { outcome: 'y', treated: 'treated', post: 'post', cluster: 'c' });
 * const row: CoefficientRow = fit.coefficients.at(-1)!;
 * [row.term, row.estimate] //=> ['treated:post', 2.0]
 * ```
 */
export interface CoefficientRow {
  /** The term, as R's `lm` names it (`'(Intercept)'`, `'treated'`, `'treated:post'`, a covariate). */
  readonly term: string;
  /** The coefficient. */
  readonly estimate: number;
  /** Its cluster-robust standard error. */
  readonly se: number;
  /** estimate / se. */
  readonly statistic: number;
  /** Two-sided p-value from t on the result's df. */
  readonly pValue: number;
  /** Lower confidence limit. */
  readonly confLow: number;
  /** Upper confidence limit. */
  readonly confHigh: number;
}
