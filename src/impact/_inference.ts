// One coefficient's t-based inference, the same way in every estimator of the module.
import { tQuantile } from '../_lib/numeric/distributions.js';
import { tTwoSided } from './_distributions.js';
import type { CoefficientRow } from './coefficient-row.js';

export function coefficientRow(
  term: string,
  estimate: number,
  se: number,
  df: number,
  confLevel: number,
): CoefficientRow {
  const statistic = estimate / se;
  const q = tQuantile(1 - (1 - confLevel) / 2, df);
  return {
    term,
    estimate,
    se,
    statistic,
    pValue: tTwoSided(statistic, df),
    confLow: estimate - q * se,
    confHigh: estimate + q * se,
  };
}
