// Fisher's noncentral hypergeometric distribution of the top-left cell of a 2 × 2 table given its
// margins, as R's fisher.test (R 4.2, src/library/stats/R/fisher.test.R) defines it, in plain
// double arithmetic:
//
// - logdc is R's dhyper(support, m, n, k, log = TRUE): dbinom_raw with Loader's stirlerr and bd0
//   (src/nmath/dhyper.c, dbinom.c), the accurate textbook method for binomial and hypergeometric
//   densities; stirlerr and bd0 are the numeric core's (R's stirlerr reads a table at n ≤ 15, the
//   core computes those from log Γ, about 1e-15 away);
// - the density at an odds ratio is formed in log space, exp(logdc + x log ncp − max), and
//   normalised by its compensated sum (src/_lib/numeric/sum.ts); the mean and tail sums are
//   compensated too;
// - pnhyper(x, 1) is R's phyper (src/nmath/phyper.c), its pdhyper series summed compensated.
//
// R sums in x87 long double and V8's Math.exp and Math.log differ from glibc's in the last bit
// for a few per cent of arguments, so the objective values uniroot sees differ from R's in the
// last bits. R's estimate and limits are uniroot's answers, not the exact roots (R's default
// tolerance stops about 1e-4 short), and they are found here by the same root finder (_zeroin.ts),
// so they agree with R's to the contract's 1e-9 (docs/statistics.md).
import { showValue } from '../_lib/args.js';
import { bd0, stirlerr } from '../_lib/numeric/special-functions.js';
import { CompensatedSum, sum } from '../_lib/numeric/sum.js';
import type { Alternative } from './alternative.js';
import { uniroot } from './_zeroin.js';

const DBL_EPSILON = 2 ** -52;

// ---------------------------------------------------------------------------------------------
// R's dhyper and phyper (R 4.2's nmath). R's long decimal constants are written as the doubles
// they round to.

const M_LN_2PI = 1.8378770664093456;

/** dbinom_raw(x, n, p, q, log) for whole 0 ≤ x ≤ n (src/nmath/dbinom.c, R 4.2). */
function dbinomRaw(x: number, n: number, p: number, q: number, log: boolean): number {
  if (p === 0) return x === 0 ? (log ? 0 : 1) : log ? -Infinity : 0;
  if (q === 0) return x === n ? (log ? 0 : 1) : log ? -Infinity : 0;
  let lc: number;
  if (x === 0) {
    if (n === 0) return log ? 0 : 1;
    lc = p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q);
    return log ? lc : Math.exp(lc);
  }
  if (x === n) {
    lc = q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p);
    return log ? lc : Math.exp(lc);
  }
  if (x < 0 || x > n) return log ? -Infinity : 0;
  lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = M_LN_2PI + Math.log(x) + Math.log1p(-x / n);
  return log ? lc - 0.5 * lf : Math.exp(lc - 0.5 * lf);
}

/** dhyper(x, r, b, n, log) for whole arguments (src/nmath/dhyper.c). */
function dhyper(x: number, r: number, b: number, n: number, log: boolean): number {
  if (x < 0 || n < x || r < x || n - x > b) return log ? -Infinity : 0;
  if (n === 0) return x === 0 ? (log ? 0 : 1) : log ? -Infinity : 0;
  const p = n / (r + b);
  const q = (r + b - n) / (r + b);
  const p1 = dbinomRaw(x, r, p, q, log);
  const p2 = dbinomRaw(n - x, b, p, q, log);
  const p3 = dbinomRaw(n, r + b, p, q, log);
  return log ? p1 + p2 - p3 : (p1 * p2) / p3;
}

/** phyper(x, NR, NB, n, lower.tail) for whole arguments (src/nmath/phyper.c). */
function phyper(xIn: number, nrIn: number, nbIn: number, n: number, lowerIn: boolean): number {
  let x = Math.floor(xIn + 1e-7);
  let nr = nrIn;
  let nb = nbIn;
  let lower = lowerIn;
  if (x * (nr + nb) > n * nr) {
    // Swap tails.
    const oldNb = nb;
    nb = nr;
    nr = oldNb;
    x = n - x - 1;
    lower = !lower;
  }
  if (x < 0 || x < n - nb) return lower ? 0 : 1;
  if (x >= nr || x >= n) return lower ? 1 : 0;
  const d = dhyper(x, nr, nb, n, false);
  if (d === 0) return lower ? 0 : 1;
  // pdhyper: Σ of the ratios of P(X = x − j) to P(X = x), j ≥ 1, while a term counts.
  const series = new CompensatedSum();
  let term = 1;
  while (x > 0 && term >= DBL_EPSILON * series.value) {
    term *= (x * (nb - n + x)) / (n + 1 - x) / (nr + 1 - x);
    series.add(term);
    x--;
  }
  const pd = 1 + series.value;
  const v = d * pd;
  return lower ? v : 0.5 - v + 0.5;
}

// ---------------------------------------------------------------------------------------------

/** @internal The conditional distribution of cell a in [[a, b], [c, d]], as fisher.test has it. */
export class NoncentralHypergeometric {
  readonly lo: number;
  readonly hi: number;
  readonly x: number;
  private readonly m: number;
  private readonly n: number;
  private readonly k: number;
  private readonly support: Float64Array;
  private readonly logdc: Float64Array;

  constructor(a: number, b: number, c: number, d: number) {
    const m = a + c;
    const n = b + d;
    const k = a + b;
    this.m = m;
    this.n = n;
    this.k = k;
    this.x = a;
    this.lo = Math.max(0, k - n);
    this.hi = Math.min(k, m);
    const size = this.hi - this.lo + 1;
    this.support = new Float64Array(size);
    this.logdc = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      this.support[i] = this.lo + i;
      this.logdc[i] = dhyper(this.lo + i, m, n, k, true);
    }
  }

  /**
   * dnhyper(ncp): d <- logdc + log(ncp) * support; d <- exp(d - max(d)); d / sum(d), for
   * 0 < ncp < ∞.
   */
  density(ncp: number): Float64Array {
    // Plain loops over typed arrays: with counts near 10^5 the support has 10^5 points.
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
    for (let i = 0; i < size; i++) d[i] = Math.exp(d[i]! - max);
    const total = sum(d);
    for (let i = 0; i < size; i++) d[i] = d[i]! / total;
    return d;
  }

  /** mnhyper(ncp): sum(support * dnhyper(ncp)). */
  mean(ncp: number): number {
    if (ncp === 0) return this.lo;
    if (ncp === Infinity) return this.hi;
    const d = this.density(ncp);
    const total = new CompensatedSum();
    for (let i = 0; i < d.length; i++) total.add(this.support[i]! * d[i]!);
    return total.value;
  }

  /** pnhyper(q, ncp, upper.tail): P(X ≤ q), or P(X ≥ q) when `upper`; R's phyper at ncp = 1. */
  cdf(q: number, ncp: number, upper = false): number {
    if (ncp === 1) {
      // As fisher.test's pnhyper, which ignores q here and uses x.
      return upper
        ? phyper(this.x - 1, this.m, this.n, this.k, false)
        : phyper(this.x, this.m, this.n, this.k, true);
    }
    if (ncp === 0) return Number(upper ? q <= this.lo : q >= this.lo);
    if (ncp === Infinity) return Number(upper ? q <= this.hi : q >= this.hi);
    const d = this.density(ncp);
    // support is lo, lo + 1, …: the selected entries are a contiguous run.
    const cut = Math.min(Math.max(q - this.lo, -1), d.length - 1);
    return upper ? sum(d, Math.max(cut, 0), d.length) : sum(d, 0, cut + 1);
  }

  /** Two-sided p-value for null odds ratio `or`: probabilities ≤ that of x, with R's 1e-7 slack. */
  twoSided(or: number): number {
    if (or === 0) return Number(this.x === this.lo);
    if (or === Infinity) return Number(this.x === this.hi);
    const d = this.density(or);
    const cut = d[this.x - this.lo]! * (1 + 1e-7);
    let n = 0;
    for (let i = 0; i < d.length; i++) if (d[i]! <= cut) d[n++] = d[i]!;
    return sum(d, 0, n);
  }

  /** fisher.test's mle(x): the conditional MLE of the odds ratio, found by uniroot as in R. */
  mle(): number {
    const { x } = this;
    if (x === this.lo) return 0;
    if (x === this.hi) return Infinity;
    const mu = this.mean(1);
    if (mu > x) return uniroot((t) => this.mean(t) - x, 0, 1);
    if (mu < x) return 1 / uniroot((t) => this.mean(1 / t) - x, DBL_EPSILON, 1);
    return 1;
  }

  /** fisher.test's ncp.U(x, alpha): the odds ratio at which P(X ≤ x) = alpha, by uniroot. */
  upperLimit(alpha: number): number {
    const { x } = this;
    if (x === this.hi) return Infinity;
    const p = this.cdf(x, 1);
    if (p < alpha) return uniroot((t) => this.cdf(x, t) - alpha, 0, 1);
    if (p > alpha) return 1 / uniroot((t) => this.cdf(x, 1 / t) - alpha, DBL_EPSILON, 1);
    return 1;
  }

  /** fisher.test's ncp.L(x, alpha): the odds ratio at which P(X ≥ x) = alpha, by uniroot. */
  lowerLimit(alpha: number): number {
    const { x } = this;
    if (x === this.lo) return 0;
    const p = this.cdf(x, 1, true);
    if (p > alpha) return uniroot((t) => this.cdf(x, t, true) - alpha, 0, 1);
    if (p < alpha) return 1 / uniroot((t) => this.cdf(x, 1 / t, true) - alpha, DBL_EPSILON, 1);
    return 1;
  }
}

/**
 * @internal fisher.test's conf.int for the odds ratio, from ncp.L and ncp.U as R finds them.
 * Where the upper limit lies beyond the odds ratio 1/2^-52 that R searches to (a confLevel very
 * close to 1), uniroot finds no sign change and R stops; so does this, with a RangeError.
 */
export function conditionalInterval(
  dist: NoncentralHypergeometric,
  alternative: Alternative,
  confLevel: number,
): readonly [number, number] {
  const alpha = 1 - confLevel;
  try {
    const limits: [number, number] =
      alternative === 'less'
        ? [0, dist.upperLimit(alpha)]
        : alternative === 'greater'
          ? [dist.lowerLimit(alpha), Infinity]
          : [dist.lowerLimit(alpha / 2), dist.upperLimit(alpha / 2)];
    return Object.freeze(limits);
  } catch (error) {
    throw new RangeError(
      `confLevel ${showValue(confLevel)} is too close to 1 for this table: R's fisher.test stops ` +
        `too (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
}
