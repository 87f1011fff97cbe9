// The one sample quantile in src/: R's quantile.default (stats package, R 4.x) for one
// probability, all nine of Hyndman and Fan's (1996) types, transcribed branch for branch (type 7
// has its own path in R; types 1–3 are discontinuous; 4–9 interpolate between order statistics
// with R's (a, b) plotting positions and fuzz).

/**
 * One of R's nine sample quantile definitions (`quantile(x, type = …)`, Hyndman and Fan 1996).
 * Type 7 is R's default (linear interpolation between order statistics at `1 + (n − 1)p`); type 6
 * is what SPSS and Minitab report; types 1–3 return observed values only.
 *
 * @category Summaries
 */
export type QuantileType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

const FUZZ = 4 * Number.EPSILON;
const AB: Record<4 | 5 | 6 | 8 | 9, readonly [number, number]> = {
  4: [0, 1],
  5: [0.5, 0.5],
  6: [0, 0],
  8: [1 / 3, 1 / 3],
  9: [3 / 8, 3 / 8],
};

/** R's `quantile(x, p, type = type)` for sorted (ascending), non-empty `x` and `p` in [0, 1]. */
export function quantileSorted(x: ArrayLike<number>, p: number, type: QuantileType = 7): number {
  return quantileAt((k) => x[k]!, x.length, p, type);
}

/**
 * The same for a sorted sample of size n > 0 read through `at(k)`, its k-th smallest value
 * (0-based): lets a tally of counts (counts.ts) stand in for the sample without expanding it.
 */
export function quantileAt(
  at: (k: number) => number,
  n: number,
  p: number,
  type: QuantileType = 7,
): number {
  if (type === 7) {
    const index = 1 + (n - 1) * p;
    const lo = Math.floor(index);
    const hi = Math.ceil(index);
    const qs = at(lo - 1);
    const xhi = at(hi - 1);
    if (index > lo && xhi !== qs) {
      const h = index - lo;
      return (1 - h) * qs + h * xhi;
    }
    return qs;
  }
  let j: number;
  let h: number;
  if (type <= 3) {
    const nppm = type === 3 ? n * p - 0.5 : n * p;
    j = Math.floor(nppm);
    if (type === 1) h = nppm > j ? 1 : 0;
    else if (type === 2) h = ((nppm > j ? 1 : 0) + 1) / 2;
    else h = nppm !== j || ((j % 2) + 2) % 2 === 1 ? 1 : 0;
  } else {
    const [a, b] = AB[type as 4 | 5 | 6 | 8 | 9];
    const nppm = a + p * (n + 1 - a - b);
    j = Math.floor(nppm + FUZZ);
    h = nppm - j;
    if (Math.abs(h) < FUZZ) h = 0;
  }
  // R pads the sorted sample as c(x[1], x[1], x, x[n], x[n]) and reads x[j + 2] and x[j + 3].
  const padded = (k: number): number => at(Math.min(Math.max(k - 3, 0), n - 1));
  const left = padded(j + 2);
  const right = padded(j + 3);
  if (h === 1) return right;
  if (h > 0 && h < 1 && left !== right) return (1 - h) * left + h * right;
  return left;
}
