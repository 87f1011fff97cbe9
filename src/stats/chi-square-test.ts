import { assertBoolean } from '../_lib/args.js';
import { chiSquareUpper } from '../_lib/numeric/distributions.js';
import { sum } from '../_lib/numeric/sum.js';
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
  /**
   * `"Pearson's Chi-squared test"`, with `" with Yates' continuity correction"` when applied;
   * `"Chi-squared test for given probabilities"` for a one-row or one-column table.
   */
  readonly method: string;
  /** Pearson's X-squared. */
  readonly statistic: number;
  /** Always `'X-squared'`, as R prints it. */
  readonly statisticName: 'X-squared';
  /** Degrees of freedom, (rows − 1)(columns − 1); cells − 1 for a one-row or one-column table. */
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
 * @param table - Rows of whole-number counts, rectangular.
 * @returns A frozen {@link ChiSquareTestResult}.
 * A table with one row or one column is, as in R, a vector of counts: the result is R's
 * goodness-of-fit test of equal probabilities (`chisq.test(c(…))`, method `"Chi-squared test for
 * given probabilities"`, df = cells − 1), not a test of independence.
 *
 * @throws TypeError or RangeError for a non-rectangular table, a cell that is not a whole number
 *   ≥ 0, or a row or column summing to 0 (an expected count of 0 makes the statistic undefined,
 *   where R returns NaN); a RangeError for a single cell (R: "'x' must at least have 2
 *   elements") or a one-row table of zeros.
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
  const t = readTable('table', table, 1, 1);
  const correct = options.correct ?? true;
  assertBoolean('correct', correct);
  // R: `if (min(dim(x)) == 1L) x <- as.vector(x)`, then a goodness-of-fit test of that vector.
  if (t.length === 1 || t[0]!.length === 1) return goodnessOfFit(t);
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
  let yates = 0;
  if (correct && isTwoByTwo) {
    yates = 0.5;
    for (const row of deviation) for (const d of row) yates = Math.min(yates, d);
  }
  const statistic = sum(
    t.flatMap((row, i) => row.map((_, j) => (deviation[i]![j]! - yates) ** 2 / expected[i]![j]!)),
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

// R's chisq.test on a vector with the default p = rep(1/k, k): E = n p, V = n p (1 − p).
function goodnessOfFit(t: readonly (readonly number[])[]): ChiSquareTestResult {
  const cells = t.flat();
  const k = cells.length;
  if (k < 2) {
    throw new RangeError(
      `table must have at least 2 cells, got ${k} (R: 'x' must at least have 2 elements)`,
    );
  }
  const n = cells.reduce((a, b) => a + b, 0);
  if (n === 0) {
    throw new RangeError('table sums to 0, so its expected counts are 0 and the test is undefined');
  }
  const p = 1 / k;
  const e = n * p;
  const v = n * p * (1 - p);
  const statistic = sum(cells.map((o) => (o - e) ** 2 / e));
  const df = k - 1;
  const shape = (f: (o: number) => number) => freezeRows(t.map((row) => row.map(f)));
  return Object.freeze({
    method: 'Chi-squared test for given probabilities',
    statistic,
    statisticName: 'X-squared',
    df,
    pValue: chiSquareUpper(statistic, df),
    expected: shape(() => e),
    residuals: shape((o) => (o - e) / Math.sqrt(e)),
    stdres: shape((o) => (o - e) / Math.sqrt(v)),
    ...(e < 5 ? { warning: 'Chi-squared approximation may be incorrect' } : {}),
  });
}
