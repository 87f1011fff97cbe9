// Private wrappers over @stdlib's special functions: the one place the stats module touches
// numerics it did not write. Upper tails come straight from the complemented special function
// (erfc, upper incomplete gamma, upper incomplete beta) rather than `1 - cdf`, so a p-value of
// 1e-20 keeps its relative precision instead of rounding to 0.
import betainc from '@stdlib/math-base-special-betainc';
import binomcoefln from '@stdlib/math-base-special-binomcoefln';
import erfc from '@stdlib/math-base-special-erfc';
import gammainc from '@stdlib/math-base-special-gammainc';
import betaQuantileStdlib from '@stdlib/stats-base-dists-beta-quantile';
import normalQuantileStdlib from '@stdlib/stats-base-dists-normal-quantile';
import tQuantileStdlib from '@stdlib/stats-base-dists-t-quantile';

/** P(Z ≤ z) for a standard normal Z (R `pnorm(z)`). */
export function normalLower(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** P(Z > z) for a standard normal Z (R `pnorm(z, lower.tail = FALSE)`). */
export function normalUpper(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** The standard normal quantile (R `qnorm(p)`). */
export function normalQuantile(p: number): number {
  return normalQuantileStdlib(p, 0, 1);
}

/** P(X > x) for X ~ χ²(df) (R `pchisq(x, df, lower.tail = FALSE)`). */
export function chiSquareUpper(x: number, df: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

// P(T > |t|) for Student's t, following R's pt(): the beta argument is chosen so that neither
// x nor 1 − x is formed by subtraction near 1.
function tTailAbove(t: number, df: number): number {
  const a = Math.abs(t);
  if (a === Infinity) return 0;
  const t2 = a * a;
  const tail =
    df > t2
      ? betainc(t2 / (df + t2), 0.5, df / 2, true, true)
      : betainc(df / (df + t2), df / 2, 0.5, true, false);
  return tail / 2;
}

/** P(T ≤ t) for T ~ Student's t(df) (R `pt(t, df)`). */
export function tLower(t: number, df: number): number {
  if (Number.isNaN(t)) return NaN;
  const upper = tTailAbove(t, df);
  return t <= 0 ? upper : 1 - upper;
}

/** P(T > t) for T ~ Student's t(df) (R `pt(t, df, lower.tail = FALSE)`). */
export function tUpper(t: number, df: number): number {
  if (Number.isNaN(t)) return NaN;
  const upper = tTailAbove(t, df);
  return t >= 0 ? upper : 1 - upper;
}

/** Student's t quantile (R `qt(p, df)`). */
export function tQuantile(p: number, df: number): number {
  return tQuantileStdlib(p, df);
}

/** P(X ≤ k) for X ~ Binomial(n, p) (R `pbinom(k, n, p)`). */
export function binomialLower(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return betainc(p, k + 1, n - k, true, true);
}

/** P(X ≥ k) for X ~ Binomial(n, p) (R `pbinom(k - 1, n, p, lower.tail = FALSE)`). */
export function binomialUpper(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return betainc(p, k, n - k + 1, true, false);
}

/** The beta quantile (R `qbeta(p, a, b)`). */
export function betaQuantile(p: number, a: number, b: number): number {
  return betaQuantileStdlib(p, a, b);
}

/**
 * log P(X = x) for X ~ Hypergeometric: x white balls in k draws from m white and n black
 * (R `dhyper(x, m, n, k, log = TRUE)`).
 */
export function hypergeometricLogPmf(x: number, m: number, n: number, k: number): number {
  if (x < Math.max(0, k - n) || x > Math.min(k, m)) return -Infinity;
  return binomcoefln(m, x) + binomcoefln(n, k - x) - binomcoefln(m + n, k);
}
