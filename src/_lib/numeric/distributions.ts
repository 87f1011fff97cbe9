// The distribution functions of the package (sos-eval/stats' tests, impact's inference, costs'
// intervals), agreeing with R's (pnorm, qnorm, pchisq, pt, qt, pf, pbinom, qbeta) to a relative
// 1e-11 or better (typically 1e-14), on the special functions in special-functions.ts. They live
// in the numeric core so that every module uses the same ones.
// Upper tails are computed as tails rather than `1 - cdf`, so a p-value of 1e-300 keeps its
// relative precision instead of rounding to 0. Where R deliberately returns something else than
// the exact value (pnorm's cut-offs at ±37.5193, pt's formula for huge |t|), so do these.
import {
  incompleteBeta,
  incompleteGamma,
  lbeta,
  logBetaDensity,
  millsRatio,
  NORMAL_CENTRAL,
  normalCentral,
  normalDensity,
  normalUpperTail,
} from './special-functions.js';

// R's pnorm returns exactly 0 (or 1) beyond these: the tail below −37.5193 is under the smallest
// normal double, and above 8.2924 the lower tail rounds to 1.
const NORMAL_TAIL_CUTOFF = 37.5193;
const NORMAL_ONE_CUTOFF = 8.2924;
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** P(Z ≤ z) for a standard normal Z (R `pnorm(z)`). */
export function normalLower(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z <= -NORMAL_TAIL_CUTOFF) return 0;
  if (z >= NORMAL_ONE_CUTOFF) return 1;
  if (Math.abs(z) <= NORMAL_CENTRAL) return 0.5 + normalCentral(z);
  return z < 0 ? normalUpperTail(-z) : 1 - normalUpperTail(z);
}

/** P(Z > z) for a standard normal Z (R `pnorm(z, lower.tail = FALSE)`). */
export function normalUpper(z: number): number {
  return normalLower(-z);
}

/**
 * The standard normal quantile (R `qnorm(p)`): within |p − ½| ≤ 0.425, Halley's iteration on
 * Φ(x) − ½ = p − ½ (p − ½ is exact there, and so is the series for Φ − ½); beyond, Newton's on
 * log Q(y) = log min(p, 1 − p), started from Abramowitz & Stegun 26.2.23 (error below 4.5e-4).
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    // Solve Φ(x) − ½ = q; Halley's step for f = Φ − ½ − q, f' = φ, f'' = −xφ is e/(1 + xe/2).
    let x = q * Math.sqrt(2 * Math.PI);
    for (let i = 0; i < 50; i++) {
      const e = (normalCentral(x) - q) / normalDensity(x);
      const step = e / (1 + (x * e) / 2);
      x -= step;
      if (Math.abs(step) <= 1e-15 * Math.abs(x)) break;
    }
    return x;
  }
  const alpha = q < 0 ? p : 1 - p; // exact for p ≥ ½
  const logAlpha = Math.log(alpha);
  const t = Math.sqrt(-2 * logAlpha);
  let y =
    t -
    (2.515517 + t * (0.802853 + t * 0.010328)) /
      (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
  for (let i = 0; i < 50; i++) {
    // Newton on log Q(y) = log α, in logs so that a tail below the smallest normal double (p down
    // to 5e-324) keeps its precision: the step is (log Q − log α) · Q/φ, Q/φ the Mills ratio.
    let logTail: number;
    let ratio: number;
    if (y > NORMAL_CENTRAL) {
      ratio = millsRatio(y);
      logTail = -0.5 * y * y - LN_SQRT_2PI + Math.log(ratio);
    } else {
      const tail = 0.5 - normalCentral(y);
      logTail = Math.log(tail);
      ratio = tail / normalDensity(y);
    }
    const step = (logTail - logAlpha) * ratio;
    y += step;
    if (!(Math.abs(step) > 1e-15 * y)) break;
  }
  return q < 0 ? -y : y;
}

/** P(X > x) for X ~ χ²(df) (R `pchisq(x, df, lower.tail = FALSE)`). */
export function chiSquareUpper(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df)) return NaN;
  if (!(df >= 0)) return NaN;
  // R's pgamma with shape 0 is a point mass at 0.
  if (df === 0) return x > 0 ? 0 : 1;
  return incompleteGamma(x / 2, df / 2, true);
}

// P(T > |t|) for T ~ t(df), as R's pt computes it: the beta argument is t²/(df + t²) (upper tail
// of Beta(½, df/2)) while df > t², else 1/(1 + t²/df) (lower tail of Beta(df/2, ½)), so that
// neither is formed as 1 minus something near 1; beyond 1 + t²/df = 1e100, R's closed form.
function tTailAbove(t: number, df: number): number {
  if (Math.abs(t) === Infinity) return 0;
  if (df === Infinity) return normalUpper(Math.abs(t));
  const nx = 1 + (t / df) * t;
  if (nx > 1e100) {
    const logTail =
      -0.5 * df * (2 * Math.log(Math.abs(t)) - Math.log(df)) -
      lbeta(0.5 * df, 0.5) -
      Math.log(0.5 * df);
    return Math.exp(logTail) / 2;
  }
  const t2 = t * t;
  if (df > t2) {
    const x = t2 / (df + t2);
    return incompleteBeta(x, 0.5 - x + 0.5, 0.5, df / 2, true) / 2;
  }
  const x = 1 / nx;
  return incompleteBeta(x, 0.5 - x + 0.5, df / 2, 0.5, false) / 2;
}

/** P(T ≤ t) for T ~ Student's t(df) (R `pt(t, df)`). */
export function tLower(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df)) return NaN;
  if (!(df > 0)) return NaN;
  const upper = tTailAbove(t, df);
  return t <= 0 ? upper : 0.5 - upper + 0.5;
}

/** P(T > t) for T ~ Student's t(df) (R `pt(t, df, lower.tail = FALSE)`). */
export function tUpper(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df)) return NaN;
  if (!(df > 0)) return NaN;
  const upper = tTailAbove(t, df);
  return t > 0 ? upper : 0.5 - upper + 0.5;
}

// log of the t density: −½ log df − log B(df/2, ½) − (df + 1)/2 · log(1 + t²/df).
function tLogDensity(t: number, df: number): number {
  return -0.5 * Math.log(df) - lbeta(df / 2, 0.5) - ((df + 1) / 2) * Math.log1p((t / df) * t);
}

/**
 * Student's t quantile (R `qt(p, df)`): Newton's method on log P(T > y) = log α for the tail
 * α = min(p, 1 − p), inside a bracket that falls back to bisection, started from the exact
 * quantile for df = 1 and 2 and from the Cornish–Fisher expansion about the normal quantile
 * (Abramowitz & Stegun 26.7.5) otherwise; like R, the normal quantile when df > 1e20.
 */
export function tQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || Number.isNaN(df)) return NaN;
  if (!(df > 0) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df > 1e20) return normalQuantile(p);
  const alpha = p < 0.5 ? p : 1 - p; // exact for p ≥ ½
  let y: number;
  if (df === 1) {
    y = 1 / Math.tan(Math.PI * alpha);
  } else if (df === 2) {
    y = Math.sqrt(2 / (4 * alpha * (1 - alpha)) - 2);
  } else {
    const z = -normalQuantile(alpha);
    const z2 = z * z;
    y =
      z +
      (z * (z2 + 1)) / (4 * df) +
      (z * (3 + z2 * (16 + 5 * z2))) / (96 * df * df) +
      (z * (-15 + z2 * (17 + z2 * (19 + 3 * z2)))) / (384 * df * df * df);
    if (!(y > 0) || !Number.isFinite(y)) y = z > 0 ? z : 1;
  }
  const logAlpha = Math.log(alpha);
  y = solveTail(
    y,
    (v) => tTailAbove(v, df),
    (v) => tLogDensity(v, df),
    logAlpha,
    0,
    Infinity,
    false,
  );
  return p < 0.5 ? -y : y;
}

/**
 * The root of log S(v) = logTarget for a monotone tail function S on (lo, hi) (increasing in v when
 * `increasing`, as a lower tail is), by Newton's method on log S, whose derivative is ±density/S.
 * Every evaluation shrinks a bracket around the root; a step leaving it is replaced by bisection
 * (geometric where the bracket is positive and spans more than a factor of 2, doubling while it is
 * unbounded above).
 */
function solveTail(
  start: number,
  tail: (v: number) => number,
  logDensity: (v: number) => number,
  logTarget: number,
  lo: number,
  hi: number,
  increasing: boolean,
): number {
  let v = start;
  for (let i = 0; i < 500; i++) {
    const s = tail(v);
    const g = Math.log(s) - logTarget;
    if (g === 0) return v;
    if (g > 0 === increasing) hi = v;
    else lo = v;
    const step = (increasing ? -g : g) * Math.exp(Math.log(s) - logDensity(v));
    let next = v + step;
    if (!(next > lo && next < hi)) {
      if (hi === Infinity) next = 2 * Math.max(v, 1);
      else if (lo > 0 && hi > 2 * lo) next = Math.sqrt(lo * hi);
      else next = lo + (hi - lo) / 2;
    }
    if (Math.abs(next - v) <= 1e-15 * Math.abs(next) || next === lo || next === hi) return next;
    v = next;
  }
  return v;
}

/** P(X ≤ k) for X ~ Binomial(n, p) (R `pbinom(k, n, p)`): the upper tail of Beta(k + 1, n − k). */
export function binomialLower(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return incompleteBeta(p, 0.5 - p + 0.5, k + 1, n - k, true);
}

/** P(X ≥ k) for X ~ Binomial(n, p) (R `pbinom(k - 1, n, p, lower.tail = FALSE)`). */
export function binomialUpper(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return incompleteBeta(p, 0.5 - p + 0.5, k, n - k + 1, false);
}

/**
 * The beta quantile (R `qbeta(p, a, b)`): Newton's method on the log of the smaller tail, inside a
 * bracket with bisection as fallback, started from the approximation of AS 109 (Cran, Martin &
 * Thomas 1977: Abramowitz & Stegun 26.5.22 for a, b > 1, a χ² approximation otherwise).
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (Number.isNaN(p) || Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (!(a > 0 && b > 0) || p < 0 || p > 1) return NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const upper = p > 0.5;
  const alpha = upper ? 1 - p : p; // exact for p > ½
  const start = betaQuantileStart(alpha, upper ? b : a, upper ? a : b);
  const x0 = upper ? 1 - start : start;
  return solveTail(
    clampOpen(x0),
    (x) => incompleteBeta(x, 0.5 - x + 0.5, a, b, upper),
    (x) => logBetaDensity(x, 0.5 - x + 0.5, a, b),
    Math.log(alpha),
    0,
    1,
    !upper,
  );
}

const clampOpen = (x: number): number =>
  Number.isFinite(x) ? Math.min(Math.max(x, Number.MIN_VALUE), 1 - Number.EPSILON / 2) : 0.5;

// AS 109's starting value for I_x(pp, qq) = α, α ≤ ½.
function betaQuantileStart(alpha: number, pp: number, qq: number): number {
  const r0 = Math.sqrt(-2 * Math.log(alpha));
  const y = r0 - (2.30753 + 0.27061 * r0) / (1 + (0.99229 + 0.04481 * r0) * r0);
  const logBeta = lbeta(pp, qq);
  if (pp > 1 && qq > 1) {
    const r = (y * y - 3) / 6;
    const s = 1 / (pp + pp - 1);
    const t = 1 / (qq + qq - 1);
    const h = 2 / (s + t);
    const w = (y * Math.sqrt(h + r)) / h - (t - s) * (r + 5 / 6 - 2 / (3 * h));
    return pp / (pp + qq * Math.exp(w + w));
  }
  const r = qq + qq;
  let t = 1 / (9 * qq);
  t = r * Math.pow(1 - t + y * Math.sqrt(t), 3);
  if (t <= 0) return 1 - Math.exp((Math.log1p(-alpha) + Math.log(qq) + logBeta) / qq);
  t = (4 * pp + r - 2) / t;
  if (t <= 1) return Math.exp((Math.log(alpha * pp) + logBeta) / pp);
  return 1 - 2 / (t + 1);
}

/** P(F > f) for F ~ F(d1, d2) (R `pf(f, d1, d2, lower.tail = FALSE)`): I_x(d2/2, d1/2), x = d2/(d2 + d1 f). */
export function fUpper(f: number, d1: number, d2: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  const denominator = d2 + d1 * f;
  return incompleteBeta(d2 / denominator, (d1 * f) / denominator, d2 / 2, d1 / 2, false);
}
