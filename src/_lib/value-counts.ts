// Summaries of a sample held as distinct values with counts rather than as one entry per
// observation. Scores on a scale or a measure take few distinct values, so a tally of them is as
// good as the sample itself: the mean, sd and every order statistic (hence every R quantile type)
// can be read from it exactly, in memory proportional to the number of distinct values. This is
// what lets summaries stream and merge (monoids, counts from SQL).

/** Distinct values in ascending order, their counts, and running totals of the counts. */
export interface SortedCounts {
  readonly values: readonly number[];
  readonly counts: readonly number[];
  /** cumulative[i] = counts[0] + … + counts[i]. */
  readonly cumulative: readonly number[];
  /** Total count. */
  readonly n: number;
}

/** Sorts value → count pairs (counts of 0 are dropped). */
export function sortCounts(pairs: Iterable<readonly [number, number]>): SortedCounts {
  const kept = [...pairs].filter(([, c]) => c > 0).sort((a, b) => a[0] - b[0]);
  const cumulative: number[] = [];
  let n = 0;
  for (const [, c] of kept) cumulative.push((n += c));
  return {
    values: kept.map(([v]) => v),
    counts: kept.map(([, c]) => c),
    cumulative,
    n,
  };
}

/** The k-th smallest observation, 0-based (k in [0, n)). */
export function orderStatistic(s: SortedCounts, k: number): number {
  // The first distinct value whose running count exceeds k.
  let lo = 0;
  let hi = s.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s.cumulative[mid]! > k) hi = mid;
    else lo = mid + 1;
  }
  return s.values[lo]!;
}

/**
 * The mean as R computes it: the plain mean, then corrected by the mean of the residuals (R's
 * mean.default does the same second pass), here weighted by the counts. Null when n = 0.
 */
export function meanOfCounts(s: SortedCounts): number | null {
  if (s.n === 0) return null;
  let sum = 0;
  for (let i = 0; i < s.values.length; i++) sum += s.values[i]! * s.counts[i]!;
  let mean = sum / s.n;
  let residual = 0;
  for (let i = 0; i < s.values.length; i++) residual += (s.values[i]! - mean) * s.counts[i]!;
  mean += residual / s.n;
  return mean;
}

/** Sample standard deviation (divisor n − 1), two-pass about the mean; null when n < 2. */
export function sdOfCounts(s: SortedCounts, mean: number | null): number | null {
  if (s.n < 2 || mean === null) return null;
  let ss = 0;
  for (let i = 0; i < s.values.length; i++) ss += s.counts[i]! * (s.values[i]! - mean) ** 2;
  return Math.sqrt(ss / (s.n - 1));
}

/** R's `quantile(x, p, type = 7)`: interpolate between the order statistics around 1 + (n − 1)p. */
export function quantileType7OfCounts(s: SortedCounts, p: number): number | null {
  if (s.n === 0) return null;
  const h = (s.n - 1) * p;
  const lo = Math.floor(h);
  const below = orderStatistic(s, lo);
  if (h === lo) return below;
  const above = orderStatistic(s, Math.min(lo + 1, s.n - 1));
  return above === below ? below : (1 - (h - lo)) * below + (h - lo) * above;
}
