// R's `wilcox.test(conf.int = TRUE)`: the Hodges–Lehmann estimate and confidence interval of both
// Wilcoxon tests, line for line as wilcox.test.default computes them (R 4.2).
//
// Exact case: the sorted Walsh averages (signed rank) or pairwise differences x − y (rank sum),
// indexed by qsignrank / qwilcox, with R's achieved-level check. Approximate case: R root-finds
// the standardised statistic of x − d (as a function of the shift d) against normal quantiles with
// uniroot(tol = 1e-4) over [min, max], and the estimate with one more uniroot at zero; we run the
// same objective through our port of R_zeroin2, so the limits are R's (within its tolerance of the
// exact step points, as R's are), not the exact crossing points. Each evaluation of the objective
// re-ranks n values (O(n log n)); no n² array is formed.
import { median, medianOfSorted } from '../_lib/numeric/median.js';
import { averageRanks } from '../_lib/numeric/ranks.js';
import { tieSum } from '../_lib/numeric/ties.js';
import {
  rankSumCdf,
  rankSumQuantile,
  signedRankCdf,
  signedRankQuantile,
} from './_rank-distributions.js';
import { normalQuantile } from '../_lib/numeric/distributions.js';
import { uniroot } from './_zeroin.js';
import type { Alternative } from './alternative.js';

/** What the tests add to their result when `confInt` is true. */
export interface RankConfInt {
  readonly estimate: number;
  /** R's name for the estimate; undefined where R's estimate is an unnamed NaN. */
  readonly estimateName: string | undefined;
  readonly confInt: readonly [number, number];
  readonly confLevel: number;
  /** R's warnings raised while computing the interval, in R's order. */
  readonly warnings: readonly string[];
}

// wilcox.test's tol.root.
const TOL_ROOT = 1e-4;

// qnorm(p) and qnorm(p, lower.tail = FALSE).
const qnormLower = (p: number): number => normalQuantile(p);
const qnormUpper = (p: number): number => -normalQuantile(p);

// R's signif(x, 2) for 0 < x < 1 (fprec: nearbyint(x · 10^e) / 10^e, ties to even).
function signif2(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const e = 2 - 1 - Math.floor(Math.log10(Math.abs(x)));
  if (e > 0) {
    const p = 10 ** e;
    return roundHalfEven(x * p) / p;
  }
  const p = 10 ** -e;
  return roundHalfEven(x / p) * p;
}

function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function exactLimits(
  sorted: Float64Array,
  alternative: Alternative,
  confLevel: number,
  quantile: (p: number) => number,
  lowerCdf: (q: number) => number,
): { confInt: [number, number]; achievedAlpha: number } {
  const alpha = 1 - confLevel;
  const top = sorted.length;
  const at = (i: number) => sorted[i - 1] as number; // R's 1-based diffs[i]
  if (alternative === 'two.sided') {
    let qu = quantile(alpha / 2);
    if (qu === 0) qu = 1;
    const ql = top - qu;
    return { confInt: [at(qu), at(ql + 1)], achievedAlpha: 2 * lowerCdf(Math.trunc(qu) - 1) };
  }
  let qu = quantile(alpha);
  if (qu === 0) qu = 1;
  const achievedAlpha = lowerCdf(Math.trunc(qu) - 1);
  if (alternative === 'greater') return { confInt: [at(qu), Infinity], achievedAlpha };
  return { confInt: [-Infinity, at(top - qu + 1)], achievedAlpha };
}

/**
 * Signed rank, exact: `x` the non-zero differences from mu with mu added back (R's `x + mu`).
 */
export function signedRankExactConfInt(
  x: Float64Array,
  alternative: Alternative,
  confLevel: number,
): RankConfInt {
  const n = x.length;
  const walsh = new Float64Array((n * (n + 1)) / 2);
  let k = 0;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i <= j; i++) walsh[k++] = ((x[i] as number) + (x[j] as number)) / 2;
  }
  walsh.sort();
  const alpha = 1 - confLevel;
  const { confInt, achievedAlpha } = exactLimits(
    walsh,
    alternative,
    confLevel,
    (p) => signedRankQuantile(p, n),
    (q) => signedRankCdf(q, n, true),
  );
  const warnings: string[] = [];
  let level = confLevel;
  if (achievedAlpha - alpha > alpha / 2) {
    warnings.push('requested conf.level not achievable');
    level = 1 - signif2(achievedAlpha);
  }
  return {
    estimate: medianOfSorted(walsh),
    estimateName: '(pseudo)median',
    confInt,
    confLevel: level,
    warnings,
  };
}

/** Rank sum, exact: R's sorted outer(x, y, "-"). */
export function rankSumExactConfInt(
  x: readonly number[],
  y: readonly number[],
  alternative: Alternative,
  confLevel: number,
): RankConfInt {
  const nX = x.length;
  const nY = y.length;
  const diffs = new Float64Array(nX * nY);
  let k = 0;
  for (let j = 0; j < nY; j++) {
    for (let i = 0; i < nX; i++) diffs[k++] = (x[i] as number) - (y[j] as number);
  }
  diffs.sort();
  const alpha = 1 - confLevel;
  const { confInt, achievedAlpha } = exactLimits(
    diffs,
    alternative,
    confLevel,
    (p) => rankSumQuantile(p, nX, nY),
    (q) => rankSumCdf(q, nX, nY, true),
  );
  const warnings: string[] = [];
  let level = confLevel;
  if (achievedAlpha - alpha > alpha / 2) {
    warnings.push('Requested conf.level not achievable');
    level = 1 - achievedAlpha;
  }
  return {
    estimate: medianOfSorted(diffs),
    estimateName: 'difference in location',
    confInt,
    confLevel: level,
    warnings,
  };
}

function continuity(correct: boolean, alternative: Alternative, z: number): number {
  if (!correct) return 0;
  if (alternative === 'two.sided') return Math.sign(z) * 0.5;
  return alternative === 'greater' ? 0.5 : -0.5;
}

/**
 * Signed rank, normal approximation: `x` the non-zero differences from mu with mu added back.
 */
export function signedRankApproxConfInt(
  x: Float64Array,
  alternative: Alternative,
  correctIn: boolean,
  confLevel: number,
): RankConfInt {
  const n = x.length;
  const warnings: string[] = [];
  let correct = correctIn;
  const magnitudes = new Float64Array(n);
  const positive = new Uint8Array(n);
  // R's W(d): the standardised V of x − d, zeros dropped.
  const W = (d: number): number => {
    let nx = 0;
    for (let i = 0; i < n; i++) {
      const v = (x[i] as number) - d;
      if (v === 0) continue;
      magnitudes[nx] = Math.abs(v);
      positive[nx] = v > 0 ? 1 : 0;
      nx++;
    }
    const { ranks, tieSizes } = averageRanks(magnitudes.subarray(0, nx));
    let sum = 0;
    for (let i = 0; i < nx; i++) if (positive[i] === 1) sum += ranks[i] as number;
    const zd = sum - (nx * (nx + 1)) / 4;
    const sigma = Math.sqrt((nx * (nx + 1) * (2 * nx + 1)) / 24 - tieSum(tieSizes) / 48);
    if (sigma === 0) {
      warnings.push('cannot compute confidence interval when all observations are zero or tied');
    }
    return (zd - continuity(correct, alternative, zd)) / sigma;
  };
  let alpha = 1 - confLevel;
  let level = confLevel;
  let mumin = NaN;
  let mumax = NaN;
  let wMin = NaN;
  let wMax = NaN;
  if (n > 0) {
    mumin = Infinity;
    mumax = -Infinity;
    for (const v of x) {
      if (v < mumin) mumin = v;
      if (v > mumax) mumax = v;
    }
    wMin = W(mumin);
    wMax = Number.isFinite(wMin) ? W(mumax) : NaN;
  }
  if (n === 0 || !Number.isFinite(wMax)) {
    return {
      estimate: n > 0 ? (mumin + mumax) / 2 : NaN,
      estimateName: n > 0 ? 'midrange' : undefined,
      confInt: [
        alternative === 'less' ? -Infinity : NaN,
        alternative === 'greater' ? Infinity : NaN,
      ],
      confLevel: 0,
      warnings,
    };
  }
  const root = (zq: number) => uniroot((d) => W(d) - zq, mumin, mumax, TOL_ROOT);
  const notAchievable = () => {
    if (alpha >= 1 || 1 - confLevel < alpha * 0.75) {
      level = 1 - Math.min(1, alpha);
      warnings.push('requested conf.level not achievable');
    }
  };
  let confInt: [number, number];
  if (alternative === 'two.sided') {
    while (wMin - qnormUpper(alpha / 2) < 0 || wMax - qnormLower(alpha / 2) > 0) alpha *= 2;
    notAchievable();
    if (alpha < 1) {
      const l = root(qnormUpper(alpha / 2));
      const u = root(qnormLower(alpha / 2));
      confInt = [l, u];
    } else {
      const m = median(x);
      confInt = [m, m];
    }
  } else if (alternative === 'greater') {
    while (wMin - qnormUpper(alpha) < 0) alpha *= 2;
    notAchievable();
    confInt = [alpha < 1 ? root(qnormUpper(alpha)) : median(x), Infinity];
  } else {
    // R tests qnorm(alpha/2) here but solves at qnorm(alpha); we follow it.
    while (wMax - qnormLower(alpha / 2) > 0) alpha *= 2;
    notAchievable();
    confInt = [-Infinity, alpha < 1 ? root(qnormLower(alpha)) : median(x)];
  }
  // R sets correct <- FALSE before the estimate, and W reads it when called.
  correct = false;
  const estimate = uniroot(W, mumin, mumax, TOL_ROOT);
  return { estimate, estimateName: '(pseudo)median', confInt, confLevel: level, warnings };
}

/** Rank sum, normal approximation. */
export function rankSumApproxConfInt(
  x: readonly number[],
  y: readonly number[],
  alternative: Alternative,
  correctIn: boolean,
  confLevel: number,
): RankConfInt {
  const nX = x.length;
  const nY = y.length;
  const warnings: string[] = [];
  let correct = correctIn;
  const pooled = new Float64Array(nX + nY);
  pooled.set(y, nX);
  const total = nX + nY;
  // R's W(d): the standardised W of (x − d, y).
  const W = (d: number): number => {
    for (let i = 0; i < nX; i++) pooled[i] = (x[i] as number) - d;
    const { ranks, tieSizes } = averageRanks(pooled);
    let sum = 0;
    for (let i = 0; i < nX; i++) sum += ranks[i] as number;
    const dz = sum - (nX * (nX + 1)) / 2 - (nX * nY) / 2;
    const sigma = Math.sqrt(
      ((nX * nY) / 12) * (total + 1 - tieSum(tieSizes) / (total * (total - 1))),
    );
    if (sigma === 0) {
      warnings.push('cannot compute confidence interval when all observations are tied');
    }
    return (dz - continuity(correct, alternative, dz)) / sigma;
  };
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const v of x) {
    if (v < minX) minX = v;
    if (v > maxX) maxX = v;
  }
  for (const v of y) {
    if (v < minY) minY = v;
    if (v > maxY) maxY = v;
  }
  const mumin = minX - maxY;
  const mumax = maxX - minY;
  const wMin = W(mumin);
  const wMax = W(mumax);
  const root = (zq: number): number => {
    const fLower = wMin - zq;
    if (Number.isNaN(fLower)) throw degenerate();
    if (fLower <= 0) return mumin;
    const fUpper = wMax - zq;
    if (Number.isNaN(fUpper)) throw degenerate();
    if (fUpper >= 0) return mumax;
    return uniroot((d) => W(d) - zq, mumin, mumax, TOL_ROOT);
  };
  const alpha = 1 - confLevel;
  let confInt: [number, number];
  if (alternative === 'two.sided') {
    const l = root(qnormUpper(alpha / 2));
    const u = root(qnormLower(alpha / 2));
    confInt = [l, u];
  } else if (alternative === 'greater') {
    confInt = [root(qnormUpper(alpha)), Infinity];
  } else {
    confInt = [-Infinity, root(qnormLower(alpha))];
  }
  correct = false;
  if (!(mumin < mumax)) throw degenerate();
  const estimate = uniroot(W, mumin, mumax, TOL_ROOT);
  return { estimate, estimateName: 'difference in location', confInt, confLevel, warnings };
}

// Where R's wilcox.test stops: every x − y difference is the same, so there is no range to search.
function degenerate(): RangeError {
  return new RangeError(
    'cannot compute a confidence interval: every difference x − y is the same, so there is no range to search (R stops too)',
  );
}
