// Fisher's noncentral hypergeometric distribution of the top-left cell of a 2 × 2 table given its
// margins, as R's fisher.test builds it: densities are normalised in log space, so tail sums keep
// their relative precision far into the tails.
import { hypergeometricLogPmf } from './_distributions.js';
import type { Alternative } from './alternative.js';

const EPSILON = 2 ** -52;

// Bisection for an increasing or decreasing f on (lo, hi) with f changing sign; stops when the
// bracket is 1e-15 of its upper end, so tiny roots (which the callers invert) stay accurate.
function bisect(f: (t: number) => number, lo: number, hi: number): number {
  const increasing = f(hi) > f(lo);
  for (let i = 0; i < 2000 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (f(mid) < 0 === increasing) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** @internal The conditional distribution of cell a in [[a, b], [c, d]]. */
export class NoncentralHypergeometric {
  readonly lo: number;
  readonly hi: number;
  readonly x: number;
  private readonly support: number[];
  private readonly logdc: number[];

  constructor(a: number, b: number, c: number, d: number) {
    const m = a + c;
    const n = b + d;
    const k = a + b;
    this.x = a;
    this.lo = Math.max(0, k - n);
    this.hi = Math.min(k, m);
    this.support = Array.from({ length: this.hi - this.lo + 1 }, (_, i) => this.lo + i);
    this.logdc = this.support.map((s) => hypergeometricLogPmf(s, m, n, k));
  }

  /** Probabilities over the support for odds ratio `ncp` (0 < ncp < ∞). */
  density(ncp: number): Float64Array {
    // Plain loops, not Math.max(...d) and map/reduce: with counts near 10^5 the support has 10^5
    // points, where spreading them into Math.max overflows the call stack and each of the ~150
    // evaluations per test took tens of milliseconds. Same operations in the same order as before.
    const logNcp = Math.log(ncp);
    const { logdc, support } = this;
    const size = logdc.length;
    const d = new Float64Array(size);
    let max = -Infinity;
    for (let i = 0; i < size; i++) {
      const v = logdc[i]! + logNcp * support[i]!;
      d[i] = v;
      if (v > max) max = v;
    }
    let sum = 0;
    for (let i = 0; i < size; i++) {
      const e = Math.exp(d[i]! - max);
      d[i] = e;
      sum += e;
    }
    for (let i = 0; i < size; i++) d[i] = d[i]! / sum;
    return d;
  }

  /** Mean of the distribution. */
  mean(ncp: number): number {
    if (ncp === 0) return this.lo;
    if (ncp === Infinity) return this.hi;
    const d = this.density(ncp);
    let s = 0;
    for (let i = 0; i < d.length; i++) s += d[i]! * this.support[i]!;
    return s;
  }

  /** P(X ≤ q), or P(X ≥ q) when `upper`. */
  cdf(q: number, ncp: number, upper = false): number {
    if (ncp === 0) return Number(upper ? q <= this.lo : q >= this.lo);
    if (ncp === Infinity) return Number(upper ? q <= this.hi : q >= this.hi);
    const d = this.density(ncp);
    let s = 0;
    for (let i = 0; i < d.length; i++) {
      if (upper ? this.support[i]! >= q : this.support[i]! <= q) s += d[i]!;
    }
    return s;
  }

  /** Two-sided p-value for null odds ratio `or`: probabilities ≤ that of x, with R's 1e-7 slack. */
  twoSided(or: number): number {
    if (or === 0) return Number(this.x === this.lo);
    if (or === Infinity) return Number(this.x === this.hi);
    const d = this.density(or);
    const cut = d[this.x - this.lo]! * (1 + 1e-7);
    let s = 0;
    for (let i = 0; i < d.length; i++) if (d[i]! <= cut) s += d[i]!;
    return s;
  }

  /** Conditional maximum-likelihood estimate of the odds ratio. */
  mle(): number {
    const { x } = this;
    if (x === this.lo) return 0;
    if (x === this.hi) return Infinity;
    const mu = this.mean(1);
    if (mu > x) return bisect((t) => this.mean(t) - x, 0, 1);
    if (mu < x) return 1 / bisect((t) => this.mean(1 / t) - x, EPSILON, 1);
    return 1;
  }

  /** Upper confidence limit: the odds ratio at which P(X ≤ x) = alpha. */
  upperLimit(alpha: number): number {
    const { x } = this;
    if (x === this.hi) return Infinity;
    const p = this.cdf(x, 1);
    if (p < alpha) return bisect((t) => this.cdf(x, t) - alpha, 0, 1);
    if (p > alpha) return 1 / bisect((t) => this.cdf(x, 1 / t) - alpha, EPSILON, 1);
    return 1;
  }

  /** Lower confidence limit: the odds ratio at which P(X ≥ x) = alpha. */
  lowerLimit(alpha: number): number {
    const { x } = this;
    if (x === this.lo) return 0;
    const p = this.cdf(x, 1, true);
    if (p > alpha) return bisect((t) => this.cdf(x, t, true) - alpha, 0, 1);
    if (p < alpha) return 1 / bisect((t) => this.cdf(x, 1 / t, true) - alpha, EPSILON, 1);
    return 1;
  }
}

/** @internal The exact conditional interval for the odds ratio, as fisher.test computes it. */
export function conditionalInterval(
  dist: NoncentralHypergeometric,
  alternative: Alternative,
  confLevel: number,
): readonly [number, number] {
  const alpha = 1 - confLevel;
  const limits: [number, number] =
    alternative === 'less'
      ? [0, dist.upperLimit(alpha)]
      : alternative === 'greater'
        ? [dist.lowerLimit(alpha), Infinity]
        : [dist.lowerLimit(alpha / 2), dist.upperLimit(alpha / 2)];
  return Object.freeze(limits);
}
