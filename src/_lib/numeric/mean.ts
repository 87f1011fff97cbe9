// The one arithmetic mean in src/, computed as R's mean.default computes it (src/main/summary.c):
// the sum divided by n, then corrected by the mean of the residuals. Here both sums are
// compensated (sum.ts) and each residual x − m is carried exactly, as a rounded difference plus
// its rounding error (Knuth's TwoSum), so the correction recovers what the first division lost:
// the result is the mean correctly rounded in practice, a constant sample's mean is that constant
// exactly (so its variance is 0), and a mean that cancels to about 0 keeps its residue.
//
// R sums in x87 long double instead, so where the sum cancels its last digits differ from the
// exact mean: for tenths that cancel R gives −1.9796e-17 where the exact mean (ours) is
// −1.9825e-17. Such means are compared with R absolutely, at 1e-9 × max|x| (docs/statistics.md).
import { CompensatedSum, sum } from './sum.js';

/**
 * Arithmetic mean of `values`, or with `weights` (counts, for a sample held as distinct values
 * and how often each occurs) Σ wᵢxᵢ / Σ wᵢ. NaN for an empty sample (R's `mean(numeric(0))`).
 */
export function mean(values: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const n = values.length;
  if (weights !== undefined && weights.length !== n) {
    throw new RangeError(`weights must have one weight per value (${n}), got ${weights.length}`);
  }
  const total = weights === undefined ? n : sum(weights);
  if (!(total > 0)) return Number.NaN;
  const first = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    first.add(weights === undefined ? values[i]! : values[i]! * weights[i]!);
  }
  const m = first.value / total;
  if (!Number.isFinite(m)) return m;
  const residual = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    // x − m = d + e exactly (TwoSum).
    const d = x - m;
    const bb = d - x;
    const e = x - (d - bb) + (-m - bb);
    const w = weights === undefined ? 1 : weights[i]!;
    residual.add(w * d);
    residual.add(w * e);
  }
  return m + residual.value / total;
}
