import { mean } from '../_lib/numeric/mean.js';
import { CompensatedSum } from '../_lib/numeric/sum.js';

/** Least-squares slope of y on x (R's `coef(lm(y ~ x))[2]`), or null when x does not vary. */
export function leastSquaresSlope(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 2) return null;
  // Centred cross-products about the two means (two passes, compensated sums).
  const mx = mean(x);
  const my = mean(y);
  const sxy = new CompensatedSum();
  const sxx = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    sxy.add(dx * (y[i]! - my));
    sxx.add(dx * dx);
  }
  return sxx.value === 0 ? null : sxy.value / sxx.value;
}
