// The t and F distributions the impact module's inference needs. sos-eval/stats computes them
// (as R's pt, qt and pf do) but does not export them, and its _distributions.ts is private to its
// folder; rather than write a second t distribution (CONTRIBUTING: one implementation of each
// numeric building block), this one file reads the private one. The lead is asked to export
// these from sos-eval/stats (or move them to src/_lib/numeric), after which this import changes.
/* eslint-disable no-restricted-imports -- see the comment above: one t distribution in src/ */
import {
  chiSquareUpper,
  normalQuantile,
  normalUpper,
  tQuantile,
  tUpper,
} from '../stats/_distributions.js';
import { incompleteBeta } from '../stats/_special-functions.js';
/* eslint-enable no-restricted-imports */

/** Two-sided p-value of t on df degrees of freedom (R `2 * pt(-abs(t), df)`). */
export function tTwoSided(t: number, df: number): number {
  if (Number.isNaN(t)) return NaN;
  return 2 * tUpper(Math.abs(t), df);
}

/** The t quantile (R `qt(p, df)`). */
export const tQuantileOf = tQuantile;

/** P(F > f) for F ~ F(d1, d2) (R `pf(f, d1, d2, lower.tail = FALSE)`): I_x(d2/2, d1/2), x = d2/(d2 + d1 f). */
export function fUpper(f: number, d1: number, d2: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  const denominator = d2 + d1 * f;
  return incompleteBeta(d2 / denominator, (d1 * f) / denominator, d2 / 2, d1 / 2, false);
}

/** Two-sided normal p-value (R `2 * pnorm(-abs(z))`). */
export function zTwoSided(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return 2 * normalUpper(Math.abs(z));
}

/** The normal quantile (R `qnorm(p)`). */
export const normalQuantileOf = normalQuantile;

/** P(X > x) for X ~ χ²(df) (R `pchisq(x, df, lower.tail = FALSE)`). */
export const chiSquareUpperOf = chiSquareUpper;
