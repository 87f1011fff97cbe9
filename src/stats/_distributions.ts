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
  if (x === Infinity) return 0;
  // @stdlib's gammainc loses digits in two places where R's pchisq does not: for df above about
  // 200 (relative error ~1e-3 at df = 300, even for p = 0.02) and for tails below about 1e-280,
  // which it flushes to 0 (pchisq(1500, 25, lower.tail = FALSE) = 1.6e-301, a 6 × 6 table in the R
  // sweep). There the tail is computed here, with its prefactor in log space.
  if (df > 200) return gammaUpper(x / 2, df / 2);
  const upper = gammainc(x / 2, df / 2, true, true);
  return upper < TINY_TAIL ? gammaUpper(x / 2, df / 2) : upper;
}

// Tails below this are recomputed in log space (see chiSquareUpper and binomialTail).
const TINY_TAIL = 1e-280;

// ln Γ(a) for a whole or half-whole a > 0 (a = df / 2): exact sums of logs for small a, the
// Stirling series (error below 1e-17 relative for a ≥ 15) above.
function lnGammaHalf(a: number): number {
  if (a >= 15) {
    const a2 = a * a;
    return (
      (a - 0.5) * Math.log(a) -
      a +
      0.5 * Math.log(2 * Math.PI) +
      (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * a2)) / a2) / a2) / a
    );
  }
  let sum = Number.isInteger(a) ? 0 : 0.5 * Math.log(Math.PI);
  for (let k = Number.isInteger(a) ? 1 : 0.5; k < a; k++) sum += Math.log(k);
  return sum;
}

// Q(a, x), the regularised upper incomplete gamma function (Numerical Recipes §6.2): the Legendre
// continued fraction (modified Lentz) for x > a + 1, else 1 − the power series. The prefactor
// x^a e^−x / Γ(a) stays in log space so a tiny tail underflows only at the end.
function gammaUpper(x: number, a: number): number {
  const logPrefix = -x + a * Math.log(x) - lnGammaHalf(a);
  if (x <= a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 100000 && term > sum * 1e-17; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return 1 - Math.exp(logPrefix + Math.log(sum));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(logPrefix + Math.log(h));
}

// P(X ≤ k), or P(X ≥ k) when `upper`, for X ~ Binomial(n, p) far in the tail: the pmf at k in log
// space times the sum of the ratios of the terms beyond it (which shrink geometrically there).
function binomialTail(k: number, n: number, p: number, upper: boolean): number {
  const q = 1 - p;
  const logPmf = binomcoefln(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
  let sum = 1;
  let term = 1;
  if (upper) {
    for (let i = k; i < n && term > 1e-17 * sum; i++) {
      term *= ((n - i) / (i + 1)) * (p / q);
      sum += term;
    }
  } else {
    for (let i = k; i > 0 && term > 1e-17 * sum; i--) {
      term *= (i / (n - i + 1)) * (q / p);
      sum += term;
    }
  }
  return Math.exp(logPmf + Math.log(sum));
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
  const lower = betainc(p, k + 1, n - k, true, true);
  // @stdlib's betainc gives 0 for some tails R's pbinom returns (pbinom(32, 1145, 0.5) =
  // 4.0e-283, seen as McNemar's exact p-value in the R sweep): recompute tiny tails in log space.
  return lower < TINY_TAIL && p > 0 && p < 1 ? binomialTail(k, n, p, false) : lower;
}

/** P(X ≥ k) for X ~ Binomial(n, p) (R `pbinom(k - 1, n, p, lower.tail = FALSE)`). */
export function binomialUpper(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const upper = betainc(p, k, n - k + 1, true, false);
  return upper < TINY_TAIL && p > 0 && p < 1 ? binomialTail(k, n, p, true) : upper;
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
