// R's mean.default (summary.c): a first pass, then the mean of the residuals added back. R
// accumulates both passes in long double; the second pass is what keeps a constant sample's mean
// exact in double precision too, so its deviations, and its sd, are exactly 0 as in R.
export function meanR(x: readonly number[]): number {
  const n = x.length;
  let s = 0;
  for (const v of x) s += v;
  const m = s / n;
  if (!Number.isFinite(m)) return m;
  let t = 0;
  for (const v of x) t += v - m;
  return m + t / n;
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
