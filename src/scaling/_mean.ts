import { compensatedSum } from '../_lib/compensated-sum.js';

// R's mean and sd. R's mean.default (summary.c) sums in long double, divides, and adds back the
// mean residual, so its answer is in practice the correctly rounded mean. A compensated
// (Neumaier) sum gets the same in double precision: a constant sample's mean is exact, so its
// sd is exactly 0 as in R (a naive sum / n gave 1.2e-13 for 10^4 scores of 0.7), and gaps that
// cancel leave R's residue (0.7 − 0.3 and 0.1 − 0.5 average −2.7755575615628914e-17 in R too).
export function meanR(x: readonly number[]): number {
  return compensatedSum(x) / x.length;
}

/** R's `sd(x)`: divisor n − 1 around the mean as R computes it; NaN below two values. */
export function sdR(x: readonly number[]): number {
  const n = x.length;
  if (n < 2) return Number.NaN;
  const m = meanR(x);
  let ss = 0;
  for (const v of x) ss += (v - m) ** 2;
  return Math.sqrt(ss / (n - 1));
}
