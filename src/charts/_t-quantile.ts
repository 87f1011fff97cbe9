import { pairedTTest } from '../stats/paired-t-test.js';

// R's qt((1 + level) / 2, df), read from sos-eval/stats' t interval rather than written again (one
// implementation of each distribution in the package): the paired t-test of d = (1, -1, 0, …, 0)
// against zeros has mean 0, so its interval is ±qt · stderr and qt is the upper limit over the
// standard error. Cached: a chart asks for a handful of degrees of freedom.
const cache = new Map<string, number>();

/** @internal The two-sided t quantile for a confidence level and degrees of freedom ≥ 1. */
export function tQuantileFor(confLevel: number, df: number): number {
  const key = `${confLevel}:${df}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const d = Array.from({ length: df + 1 }, (_, i) => (i === 0 ? 1 : i === 1 ? -1 : 0));
  const zeros = d.map(() => 0);
  const t = pairedTTest(d, zeros, { confLevel });
  const q = t.confInt[1] / t.stderr;
  cache.set(key, q);
  return q;
}
