import { assertBoolean } from '../_lib/args.js';
import { chiSquareUpper } from './_distributions.js';
import { margins, readTable } from './_table.js';

/** Options for {@link chiSquareTest}; names and defaults as R's `chisq.test`. */
export interface ChiSquareTestOptions {
  /** Apply Yates' continuity correction to a 2 × 2 table (ignored otherwise). Default `true`. */
  readonly correct?: boolean;
}

/**
 * The result of {@link chiSquareTest}: R's `htest` fields plus the cell-level tables.
 *
 * @category Tests
 * @example
 * ```ts
 * import { chiSquareTest } from 'sos-eval/stats';
 * chiSquareTest([[10, 20, 30], [20, 20, 10]]).df //=> 2
 * ```
 */
export interface ChiSquareTestResult {
  /** `"Pearson's Chi-squared test"`, with `" with Yates' continuity correction"` when applied. */
  readonly method: string;
  /** Pearson's X-squared. */
  readonly statistic: number;
  /** Always `'X-squared'`, as R prints it. */
  readonly statisticName: 'X-squared';
  /** Degrees of freedom, (rows − 1)(columns − 1). */
  readonly df: number;
  /** Upper-tail chi-square p-value. */
  readonly pValue: number;
  /** Expected counts under independence, row total × column total / n. */
  readonly expected: readonly (readonly number[])[];
  /** Pearson residuals (O − E) / √E. */
  readonly residuals: readonly (readonly number[])[];
  /** Standardised residuals (O − E) / √(E (1 − row share)(1 − column share)). */
  readonly stdres: readonly (readonly number[])[];
  /** R's warning `"Chi-squared approximation may be incorrect"` when an expected count is below 5. */
  readonly warning?: string;
}

const freezeRows = (rows: number[][]): readonly (readonly number[])[] =>
  Object.freeze(rows.map((row) => Object.freeze(row)));

/**
 * Pearson's chi-square test of independence for an r × c table of counts — R's
 * `chisq.test(table, correct)`. Yates' correction applies only to 2 × 2 tables and, as in R, is
 * capped at |O − E| so it never overshoots. Use it for a cross-tabulation such as tool use (all /
 * some / none) by pilot site; when expected counts are small the result carries R's warning and
 * {@link fisherExactTest} is the safer choice for a 2 × 2 table.
 *
 * @param table - Rows of whole-number counts, at least 2 × 2, rectangular.
 * @returns A frozen {@link ChiSquareTestResult}.
 * @throws TypeError or RangeError for a non-rectangular table, a cell that is not a whole number
 *   ≥ 0, or a row or column summing to 0 (an expected count of 0 makes the statistic undefined,
 *   where R returns NaN). Also a RangeError for a table with one row or one column: R's
 *   `chisq.test` runs a goodness-of-fit test of that vector against equal probabilities instead,
 *   which is not a test of independence.
 * @category Tests
 * @example
 * ```ts
 * import { chiSquareTest } from 'sos-eval/stats';
 * // R: chisq.test(matrix(c(12, 5, 7, 9), 2, byrow = TRUE))
 * const t = chiSquareTest([[12, 5], [7, 9]]);
 * t.method //=> "Pearson's Chi-squared test with Yates' continuity correction"
 * t.statistic //=> 1.4560
 * t.pValue //=> 0.2276
 * ```
 */
export function chiSquareTest(
  table: readonly (readonly number[])[],
  options: ChiSquareTestOptions = {},
): ChiSquareTestResult {
  // Fewer than 2 rows or columns throws (readTable): R's chisq.test would turn a one-row or
  // one-column matrix into a different test, goodness of fit of that vector to equal probabilities.
  const t = readTable('table', table);
  const correct = options.correct ?? true;
  assertBoolean('correct', correct);
  const { rows, cols, total } = margins(t);
  rows.forEach((r, i) => {
    if (r === 0)
      throw new RangeError(
        `table row ${i} sums to 0, so its expected counts are 0 and the test is undefined`,
      );
  });
  cols.forEach((c, j) => {
    if (c === 0)
      throw new RangeError(
        `table column ${j} sums to 0, so its expected counts are 0 and the test is undefined`,
      );
  });
  const expected = rows.map((r) => cols.map((c) => (r * c) / total));
  const deviation = t.map((row, i) => row.map((o, j) => Math.abs(o - expected[i]![j]!)));
  const isTwoByTwo = t.length === 2 && t[0]!.length === 2;
  const yates = correct && isTwoByTwo ? Math.min(0.5, ...deviation.flat()) : 0;
  let statistic = 0;
  t.forEach((row, i) =>
    row.forEach((_, j) => {
      statistic += (deviation[i]![j]! - yates) ** 2 / expected[i]![j]!;
    }),
  );
  const df = (t.length - 1) * (t[0]!.length - 1);
  const residuals = t.map((row, i) =>
    row.map((o, j) => (o - expected[i]![j]!) / Math.sqrt(expected[i]![j]!)),
  );
  const stdres = t.map((row, i) =>
    row.map((o, j) => {
      const v = (cols[j]! * rows[i]! * (total - rows[i]!) * (total - cols[j]!)) / total ** 3;
      return (o - expected[i]![j]!) / Math.sqrt(v);
    }),
  );
  return Object.freeze({
    method:
      yates > 0
        ? "Pearson's Chi-squared test with Yates' continuity correction"
        : "Pearson's Chi-squared test",
    statistic,
    statisticName: 'X-squared',
    df,
    pValue: chiSquareUpper(statistic, df),
    expected: freezeRows(expected),
    residuals: freezeRows(residuals),
    stdres: freezeRows(stdres),
    ...(expected.flat().some((e) => e < 5)
      ? { warning: 'Chi-squared approximation may be incorrect' }
      : {}),
  });
}
