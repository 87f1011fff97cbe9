import { showValue } from '../_lib/args.js';
import { droppedRowsWarning, readBlocks } from './_blocks.js';
import { chiSquareUpper } from '../_lib/numeric/distributions.js';
import { averageRanks } from '../_lib/numeric/ranks.js';
import { tieSum } from '../_lib/numeric/ties.js';
import { sum } from '../_lib/numeric/sum.js';
import type { SampleInput } from './_samples.js';

/**
 * The result of {@link friedmanTest}.
 *
 * @category Rank tests
 */
export interface FriedmanTestResult {
  /** Always `'Friedman rank sum test'`. */
  readonly method: 'Friedman rank sum test';
  /** Friedman's χ² statistic with R's tie correction. */
  readonly statistic: number;
  /** Always `'Friedman chi-squared'`. */
  readonly statisticName: 'Friedman chi-squared';
  /** Degrees of freedom: number of treatments (columns) − 1. */
  readonly df: number;
  /** Upper χ² tail of the statistic. */
  readonly pValue: number;
  /** Complete rows (blocks) tested. */
  readonly n: number;
  /** Rows (blocks) dropped because they had a missing value (`null`, `undefined` or `NaN`). */
  readonly nMissing: number;
  /**
   * How many rows were dropped for a missing value, and why `statistic` and `pValue` are `NaN`
   * (as in R) when every row is tied or none is complete; `'; '`-separated.
   */
  readonly warning?: string;
}

const readValue = (where: string, cell: unknown): number => {
  if (typeof cell !== 'number') {
    throw new TypeError(`${where} must be a number or null, got ${showValue(cell)}`);
  }
  return cell;
};

/**
 * Friedman's rank sum test that k treatments (waves) have the same effect, with each row a block
 * (a family measured at every wave): R's `friedman.test(y)` for a matrix. Values are ranked within
 * each row (ties get mid-ranks); with Rⱼ the rank sum of column j over the n complete rows,
 * χ² = 12 Σ (Rⱼ − n(k + 1)/2)² / (nk(k + 1) − Σ(t³ − t)/(k − 1)), the sum in the denominator
 * over the tie groups t of every row, referred to χ² with k − 1 df (upper tail).
 *
 * As R does, a row with any missing value (`null`, `undefined` or `NaN`) is dropped whole; the
 * result counts the dropped rows in `nMissing` and says so in `warning`. Where every remaining
 * row is tied (or none remains) the statistic is 0/0, and as in R it and the p-value are `NaN`,
 * with a `warning` saying why.
 *
 * @param y - The blocks × treatments matrix as an array of rows, one per block, all of the same
 *   length k ≥ 2; numbers, with `null`, `undefined` or `NaN` for a missing value.
 * @returns A frozen {@link FriedmanTestResult}.
 * @throws TypeError for a `y` that is not an array of arrays of numbers (or missing values);
 *   RangeError for an empty or ragged `y`, fewer than 2 columns, or exactly one complete row,
 *   where R's `friedman.test` stops.
 * @category Rank tests
 * @example
 * ```ts
 * import { friedmanTest } from 'sos-eval/stats';
 * // ?friedman.test: seconds to round first base by 3 methods, 22 players (Hollander & Wolfe).
 * const roundingTimes = [
 *   [5.4, 5.5, 5.55], [5.85, 5.7, 5.75], [5.2, 5.6, 5.5], [5.55, 5.5, 5.4], [5.9, 5.85, 5.7],
 *   [5.45, 5.55, 5.6], [5.4, 5.4, 5.35], [5.45, 5.5, 5.35], [5.25, 5.15, 5.0], [5.85, 5.8, 5.7],
 *   [5.25, 5.2, 5.1], [5.65, 5.55, 5.45], [5.6, 5.35, 5.45], [5.05, 5.0, 4.95], [5.5, 5.5, 5.4],
 *   [5.45, 5.55, 5.5], [5.55, 5.55, 5.35], [5.45, 5.5, 5.55], [5.5, 5.45, 5.25],
 *   [5.65, 5.6, 5.4], [5.7, 5.65, 5.55], [6.3, 6.3, 6.25],
 * ];
 * // R: friedman.test(RoundingTimes)
 * const r = friedmanTest(roundingTimes);
 * r.statistic //=> 11.143
 * r.df //=> 2
 * r.pValue //=> 0.003805
 * // A family missing a wave is dropped, as R drops incomplete rows.
 * friedmanTest([...roundingTimes, [5.5, null, 5.3]]).nMissing //=> 1
 * ```
 */
export function friedmanTest(y: readonly SampleInput[]): FriedmanTestResult {
  const { rows, k, nMissing } = readBlocks('y', y, readValue);
  const n = rows.length;
  if (n === 1) {
    // R: y[complete.cases(y), ] drops a single complete row to a vector and apply() stops.
    throw new RangeError(
      'y must have at least 2 complete rows (blocks), got 1: R friedman.test stops with one complete block',
    );
  }
  const colSums = new Array<number>(k).fill(0);
  let ties = 0;
  let tiedRows = 0;
  for (const row of rows) {
    const { ranks, tieSizes } = averageRanks(row);
    for (let j = 0; j < k; j++) colSums[j]! += ranks[j]!; // half-integers: exact
    ties += tieSum(tieSizes);
    if (tieSizes.length === 1) tiedRows++;
  }
  const centre = (n * (k + 1)) / 2;
  const squares = sum(colSums.map((c) => (c - centre) ** 2));
  const statistic = (12 * squares) / (n * k * (k + 1) - ties / (k - 1));
  const df = k - 1;
  const warnings = droppedRowsWarning(nMissing);
  if (n === 0) {
    warnings.push(
      'no complete row (block) is left, so the statistic and p-value are undefined (NaN)',
    );
  } else if (tiedRows === n) {
    // 0/0: each fully tied row takes k(k + 1) off the denominator.
    warnings.push('every row (block) is tied, so the statistic and p-value are undefined (NaN)');
  }
  return Object.freeze({
    method: 'Friedman rank sum test',
    statistic,
    statisticName: 'Friedman chi-squared',
    df,
    pValue: chiSquareUpper(statistic, df),
    n,
    nMissing,
    ...(warnings.length > 0 ? { warning: warnings.join('; ') } : {}),
  });
}
