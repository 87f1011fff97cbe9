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
  density(ncp: number): number[] {
    const logNcp = Math.log(ncp);
    const d = this.logdc.map((l, i) => l + logNcp * this.support[i]!);
    const max = Math.max(...d);
    const e = d.map((v) => Math.exp(v - max));
    const sum = e.reduce((s, v) => s + v, 0);
    return e.map((v) => v / sum);
  }

  /** Mean of the distribution. */
  mean(ncp: number): number {
    if (ncp === 0) return this.lo;
    if (ncp === Infinity) return this.hi;
    return this.density(ncp).reduce((s, p, i) => s + p * this.support[i]!, 0);
  }

  /** P(X ≤ q), or P(X ≥ q) when `upper`. */
  cdf(q: number, ncp: number, upper = false): number {
    if (ncp === 0) return Number(upper ? q <= this.lo : q >= this.lo);
    if (ncp === Infinity) return Number(upper ? q <= this.hi : q >= this.hi);
    return this.density(ncp).reduce(
      (s, p, i) => ((upper ? this.support[i]! >= q : this.support[i]! <= q) ? s + p : s),
      0,
    );
  }

  /** Two-sided p-value for null odds ratio `or`: probabilities ≤ that of x, with R's 1e-7 slack. */
  twoSided(or: number): number {
    if (or === 0) return Number(this.x === this.lo);
    if (or === Infinity) return Number(this.x === this.hi);
    const d = this.density(or);
    const cut = d[this.x - this.lo]! * (1 + 1e-7);
    return d.reduce((s, p) => (p <= cut ? s + p : s), 0);
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
