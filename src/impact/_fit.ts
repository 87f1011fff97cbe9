// OLS by QR plus cluster-robust inference, shared by the regression estimators. A collinear column
// becomes a RangeError naming its term.
import { CollinearColumnError, leastSquares } from '../_lib/numeric/least-squares.js';
import { clusterVcov } from './_cluster-vcov.js';
import { coefficientRow } from './_inference.js';
import type { CoefficientRow } from './coefficient-row.js';

export interface ClusteredFit {
  readonly coefficients: CoefficientRow[];
  readonly vcov: Float64Array;
  readonly residuals: Float64Array;
  readonly xtxInverse: Float64Array;
}

/**
 * `rank` is the full model's rank for the small-sample factor (k plus the absorbed fixed effects);
 * `what` names the option to blame when a column is collinear.
 */
export function fitClustered(
  x: Float64Array,
  y: Float64Array,
  cluster: Int32Array,
  nClusters: number,
  n: number,
  k: number,
  rank: number,
  terms: readonly string[],
  confLevel: number,
  what: string,
): ClusteredFit {
  let fit;
  try {
    fit = leastSquares(x, y, n, k);
  } catch (error) {
    if (error instanceof CollinearColumnError) {
      const term = terms[error.column] ?? `term ${error.column + 1}`;
      throw new RangeError(
        `${what}: ${term} is collinear with the other terms (a linear combination of them, or constant within the model's groups); drop it`,
        { cause: error },
      );
    }
    throw error;
  }
  if (!(n > rank)) {
    throw new RangeError(`${n} rows cannot fit ${rank} parameters: need more rows than parameters`);
  }
  const vcov = clusterVcov(x, fit.residuals, cluster, nClusters, fit.xtxInverse, n, k, rank);
  const df = nClusters - 1;
  const coefficients = terms.map((term, j) =>
    coefficientRow(term, fit.coefficients[j]!, Math.sqrt(vcov[j * k + j]!), df, confLevel),
  );
  return { coefficients, vcov, residuals: fit.residuals, xtxInverse: fit.xtxInverse };
}
