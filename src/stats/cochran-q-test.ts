import { showValue } from '../_lib/args.js';
import { droppedRowsWarning, readBlocks } from './_blocks.js';
import { chiSquareUpper } from '../_lib/numeric/distributions.js';

/**
 * The result of {@link cochranQTest}.
 *
 * @category Tests
 */
export interface CochranQTestResult {
  /** Always `"Cochran's Q test"`. */
  readonly method: "Cochran's Q test";
  /** Cochran's Q. */
  readonly statistic: number;
  /** Always `"Cochran's Q"`. */
  readonly statisticName: "Cochran's Q";
  /** Degrees of freedom: number of treatments (columns) − 1. */
  readonly df: number;
  /** Upper χ² tail of Q. */
  readonly pValue: number;
  /** Complete rows (blocks) tested. */
  readonly n: number;
  /** Rows (blocks) dropped because they had a missing value (`null`, `undefined` or `NaN`). */
  readonly nMissing: number;
  /**
   * How many rows were dropped for a missing value, and why `statistic` and `pValue` are `NaN`
   * when every row is all 0 or all 1 (or none is complete); `'; '`-separated.
   */
  readonly warning?: string;
}

const readOutcome = (where: string, cell: unknown): number => {
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  const message = `${where} must be 0, 1, true or false (or null for missing), got ${showValue(cell)}`;
  if (typeof cell !== 'number') throw new TypeError(message);
  if (cell !== 0 && cell !== 1) throw new RangeError(message);
  return cell;
};

/**
 * Cochran's Q test that k paired yes/no outcomes (a family's answer at each of k waves) have the
 * same probability of a yes. With Cⱼ the yes count of column j, Rᵢ that of row i and N the total
 * over the n complete rows, Q = (k − 1)(k ΣCⱼ² − N²)/(kN − ΣRᵢ²), referred to χ² with k − 1 df
 * (upper tail). Base R has no Cochran test; the R reference values are this formula evaluated in
 * R, and agree with `friedman.test` on the same 0/1 matrix (Friedman's tie-corrected statistic on
 * binary data is Q) and, for k = 2, with McNemar's test without continuity correction.
 *
 * Rows with a missing value (`null`, `undefined` or `NaN`) are dropped whole, as
 * {@link friedmanTest} drops them; the result counts them in `nMissing` and says so in `warning`.
 * Rows that are all 0 or all 1 carry no information (they add nothing to the numerator or the
 * denominator); when every row is such a row, or none is complete, Q is 0/0 and it and the p-value
 * are `NaN`, with a `warning` saying why.
 *
 * @param x - The blocks × treatments matrix as an array of rows, one per block, all of the same
 *   length k ≥ 2; each cell `true`/`false` or `1`/`0`, or `null`, `undefined` or `NaN` for missing.
 * @returns A frozen {@link CochranQTestResult}.
 * @throws TypeError for an `x` that is not an array of arrays, or a cell that is neither a boolean,
 *   a number nor missing; RangeError for an empty or ragged `x`, fewer than 2 columns, or a number
 *   other than 0 and 1.
 * @category Tests
 * @example
 * ```ts
 * import { cochranQTest } from 'sos-eval/stats';
 * // Has a safety plan (1) or not (0) at three waves, for twelve families.
 * const plan = [
 *   [0, 1, 1], [0, 0, 1], [1, 1, 1], [0, 1, 1], [0, 0, 0], [1, 1, 1],
 *   [0, 1, 0], [0, 1, 1], [1, 0, 1], [0, 0, 1], [0, 1, 1], [1, 1, 1],
 * ];
 * // R: (k - 1) * (k * sum(colSums(x)^2) - sum(x)^2) / (k * sum(x) - sum(rowSums(x)^2))
 * const q = cochranQTest(plan);
 * q.statistic //=> 7
 * q.df //=> 2
 * q.pValue //=> 0.03020
 * ```
 */
export function cochranQTest(
  x: readonly (readonly (boolean | number | null | undefined)[])[],
): CochranQTestResult {
  const { rows, k, nMissing } = readBlocks('x', x, readOutcome);
  const n = rows.length;
  const colSums = new Array<number>(k).fill(0);
  let total = 0;
  let rowSquares = 0;
  let constantRows = 0;
  for (const row of rows) {
    let r = 0;
    for (let j = 0; j < k; j++) {
      colSums[j]! += row[j]!;
      r += row[j]!;
    }
    total += r;
    rowSquares += r * r;
    if (r === 0 || r === k) constantRows++;
  }
  let colSquares = 0;
  for (const c of colSums) colSquares += c * c;
  // Whole numbers throughout (exact below 2^53): only the division rounds.
  const statistic = ((k - 1) * (k * colSquares - total * total)) / (k * total - rowSquares);
  const df = k - 1;
  const warnings = droppedRowsWarning(nMissing);
  if (n === 0) {
    warnings.push(
      'no complete row (block) is left, so the statistic and p-value are undefined (NaN)',
    );
  } else if (constantRows === n) {
    warnings.push(
      'every row (block) is all 0 or all 1, so the statistic and p-value are undefined (NaN)',
    );
  }
  return Object.freeze({
    method: "Cochran's Q test",
    statistic,
    statisticName: "Cochran's Q",
    df,
    pValue: chiSquareUpper(statistic, df),
    n,
    nMissing,
    ...(warnings.length > 0 ? { warning: warnings.join('; ') } : {}),
  });
}
