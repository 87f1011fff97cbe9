/** @internal Mean, SD (n − 1) and median (R's quantile type 7) of finite numbers; nulls when too few. */
export function sampleSummary(values: readonly number[]): {
  mean: number | null;
  sd: number | null;
  median: number | null;
} {
  const n = values.length;
  if (n === 0) return { mean: null, sd: null, median: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  // Two passes: summing squared deviations from the mean avoids the cancellation of Σx² − n·mean².
  const ss = values.reduce((a, x) => a + (x - mean) ** 2, 0);
  const sorted = [...values].sort((a, b) => a - b);
  const h = (n - 1) * 0.5;
  const lo = Math.floor(h);
  const median = sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, n - 1)] ?? 0) - sorted[lo]!);
  return { mean, sd: n < 2 ? null : Math.sqrt(ss / (n - 1)), median };
}
