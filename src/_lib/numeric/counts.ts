// A sample held as distinct values with counts rather than as one entry per observation. Scores
// on a scale or a measure take few distinct values, so a tally of them is as good as the sample:
// the mean and variance (mean.ts and variance.ts with the counts as weights) and every order
// statistic, hence every R quantile type (quantileAt in quantile.ts), can be read from it exactly,
// in memory proportional to the number of distinct values. This is what lets summaries stream
// and merge (monoids, counts from SQL).

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
  for (const [, c] of kept) cumulative.push((n += c)); // whole counts: exact below 2^53
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
