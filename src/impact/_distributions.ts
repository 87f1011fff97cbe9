// R's two-sided p-value conventions for impact's inference, on the package's one set of
// distribution functions (src/_lib/numeric/distributions.ts).
import { normalUpper, tUpper } from '../_lib/numeric/distributions.js';

/** Two-sided p-value of t on df degrees of freedom (R `2 * pt(-abs(t), df)`). */
export function tTwoSided(t: number, df: number): number {
  if (Number.isNaN(t)) return NaN;
  return 2 * tUpper(Math.abs(t), df);
}

/** Two-sided normal p-value (R `2 * pnorm(-abs(z))`). */
export function zTwoSided(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return 2 * normalUpper(Math.abs(z));
}
