// The one median in src/, R's median.default: the middle value of the sorted sample, or the mean
// of the two middle values for an even count.

/** Median of an already sorted sample (ascending); NaN when it is empty. */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const half = n >> 1;
  if (n % 2 === 1) return sorted[half]!;
  const a = sorted[half - 1]!;
  const b = sorted[half]!;
  // (a + b)/2 is the correctly rounded mean of two doubles; halve first only where a + b overflows.
  const m = (a + b) / 2;
  return Number.isFinite(m) ? m : a / 2 + b / 2;
}

/** Median of `values` (R's `median(x)`), from a sorted copy; NaN when empty. */
export function median(values: ArrayLike<number>): number {
  return medianOfSorted(Float64Array.from(values).sort());
}
