// The special functions behind distributions.ts: log-gamma, the regularised incomplete beta and
// gamma functions and the normal tail, written here from the published methods named at each
// function (CONTRIBUTING, "Hand-written numerics", says why they are not a dependency). Every
// tail is computed directly, never as 1 − (the other tail) when it is the small one, and its
// prefactor x^a (1 − x)^b / B(a, b) or x^a e^−x / Γ(a) stays in log space until one final exp,
// so a p-value of 1e-300 keeps its relative precision. They agree with R's nmath to about 1e-14
// relative wherever R's results are normal doubles.

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const INV_SQRT_2PI = 1 / SQRT_2PI;
const EPS = Number.EPSILON;
// Lentz's algorithm replaces a zero denominator by this (Press et al., Numerical Recipes §5.2).
const LENTZ_TINY = 1e-300;
// Continued fractions and series converge in O(√max(a, b)) steps near the mean: about 6 million
// for the incomplete gamma function at a = 5e11 (χ² with 1e12 degrees of freedom). This bound is
// only there to stop a loop that cannot converge (a ≳ 1e13, far beyond any count a study produces).
const MAX_TERMS = 10_000_000;

// ---------------------------------------------------------------------------------------------
// Stirling's series, log Γ, log B.

/**
 * The error of Stirling's formula, log Γ(n + 1) − ((n + ½) log n − n + log √(2π)) (Loader 2000,
 * "Fast and accurate computation of binomial probabilities"). Above 15 the asymptotic series
 * 1/(12n) − 1/(360n³) + 1/(1260n⁵) − 1/(1680n⁷) + 1/(1188n⁹), cut where the next term is below
 * 1e-16 (the cut-offs R's stirlerr uses); below, from log Γ.
 */
export function stirlerr(n: number): number {
  if (n > 15) {
    const nn = n * n;
    if (n > 500) return (1 / 12 - 1 / 360 / nn) / n;
    if (n > 80) return (1 / 12 - (1 / 360 - 1 / 1260 / nn) / nn) / n;
    if (n > 35) return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / 1680 / nn) / nn) / nn) / n;
    return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / nn) / nn) / nn) / nn) / n;
  }
  return lgamma(n + 1) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
}

/**
 * log Γ(x) for x > 0: Stirling's formula with the series of {@link stirlerr} above 15, and
 * Γ(x) = Γ(x + k) / (x (x + 1) … (x + k − 1)) below. Absolute error about 1e-15 for x ≤ 15,
 * relative about 1e-16 above.
 */
export function lgamma(x: number): number {
  if (Number.isNaN(x) || x <= 0) return NaN;
  if (x === Infinity) return Infinity;
  if (x > 15) return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlerr(x);
  let shifted = x;
  let product = 1;
  while (shifted <= 15) {
    product *= shifted;
    shifted += 1;
  }
  return lgamma(shifted) - Math.log(product);
}

/**
 * log B(p, q) for p, q > 0. With Stirling's formula for both (or the larger) argument the large
 * terms of log Γ cancel algebraically rather than in floating point:
 * log B = (p − ½) log(p/s) + (q − ½) log1p(−p/s) − ½ log s + log √(2π) + ω(p) + ω(q) − ω(s),
 * s = p + q, ω = stirlerr.
 */
export function lbeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  const s = p + q;
  if (p > 15) {
    return (
      (p - 0.5) * Math.log(p / s) +
      (q - 0.5) * Math.log1p(-p / s) -
      0.5 * Math.log(s) +
      LN_SQRT_2PI +
      (stirlerr(p) + stirlerr(q) - stirlerr(s))
    );
  }
  if (q > 15) {
    // log Γ(q) − log Γ(s) = (q − ½) log1p(−p/s) − p log s + p + ω(q) − ω(s)
    return (
      lgamma(p) + (q - 0.5) * Math.log1p(-p / s) - p * Math.log(s) + p + (stirlerr(q) - stirlerr(s))
    );
  }
  return lgamma(p) + lgamma(q) - lgamma(s);
}

/**
 * bd0(x, m) = x log(x/m) + m − x for x, m > 0, the deviance term of Loader's saddle-point
 * densities. Near m it is the series in v = (x − m)/(x + m), which avoids the cancellation of the
 * naive formula; the caller passes d = x − m computed without cancellation, since m may be too
 * large to carry it (m = (a + b)x with b ≫ a).
 */
export function bd0(x: number, m: number, d = x - m): number {
  if (Math.abs(d) < 0.1 * (x + m)) {
    let v = d / (x + m);
    let s = d * v;
    if (Math.abs(s) < 2.2250738585072014e-308) return s;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
  }
  return x * Math.log(x / m) + m - x;
}

/**
 * log(x^a y^b / B(a, b)) for a, b > 0, 0 ≤ x ≤ 1 and y = 1 − x, in Loader's saddle-point form:
 * with n = a + b, x^a y^b / B(a, b) = (ab/n) · Γ(n + 1)/(Γ(a + 1) Γ(b + 1)) x^a y^b, and that
 * binomial-like term is exp(ω(n) − ω(a) − ω(b) − bd0(a, nx) − bd0(b, ny)) · √(n / (2π a b)).
 * Accurate to about 1e-15 however large a and b are (where log Γ would lose |log Γ(n)| · 1e-16).
 */
export function logBetaPowerTerm(x: number, y: number, a: number, b: number): number {
  if (x <= 0 || y <= 0) return -Infinity;
  const n = a + b;
  // a − nx = b − ny with its sign changed = ay − bx, which keeps its precision when nx does not
  const d = a * y - b * x;
  const lc = stirlerr(n) - stirlerr(a) - stirlerr(b) - bd0(a, n * x, d) - bd0(b, n * y, -d);
  return lc + 0.5 * (Math.log(a) + Math.log(b) - Math.log(n)) - LN_SQRT_2PI;
}

// ---------------------------------------------------------------------------------------------
// The incomplete beta function.

// B₂ₙ / (2n (2n)!) for n = 1…7 (B₂ₙ the Bernoulli numbers): log(sinh(u)/u) = Σ these · (2u)²ⁿ.
const SINH_LOG_COEFFICIENTS = [
  1 / 24,
  -1 / 2880,
  1 / 181440,
  -1 / 9676800,
  1 / 479001600,
  -691 / 15692092416000,
  1 / 1046139494400,
];

/**
 * I_x(a, b) for x close to 1 (y = 1 − x < 0.01) on the near side of the mean, which makes a large
 * and b ≤ 0.01 (a + b + 2): there the continued fraction's terms approach −1 and cancel, losing
 * ~1e-16/y, so this uses Temme's expansion in incomplete gamma functions, the method of DiDonato
 * & Morris's BGRAT (ACM TOMS 708, 1992). With x = e^−s, s₀ = −log1p(−y) and T = a + (b − 1)/2,
 * (1 − e^−s)^(b−1) = s^(b−1) e^(−(b−1)s/2) (sinh(s/2)/(s/2))^(b−1), and the last factor is a
 * power series Σ eₖ s^2k, so
 *   I_x(a, b) = Γ(a + b)/(Γ(a) T^b) · Σₖ eₖ (b)₂ₖ / T^2k · Q(b + 2k, T s₀),
 * with Q the regularised upper incomplete gamma function, stepped up by
 * Q(c + 1, z) = Q(c, z) + z^c e^−z / Γ(c + 1). The terms fall like (s₀ + 2k/T)^2k.
 */
function betaNearOne(x: number, y: number, a: number, b: number): number {
  const t = a + (b - 1) / 2;
  const s0 = -Math.log1p(-y);
  const z = t * s0;
  // log(Γ(a + b)/(Γ(a) T^b)) by Stirling's formula, the large terms cancelled algebraically
  const logFactor =
    (a + b - 0.5) * Math.log1p((b + 1) / 2 / t) -
    (a - 0.5) * Math.log1p(-(b - 1) / 2 / t) -
    b +
    (stirlerr(a + b) - stirlerr(a));
  const eta = SINH_LOG_COEFFICIENTS.map((c) => (b - 1) * c);
  const e = [1];
  let q = incompleteGamma(z, b, true);
  let poisson = Math.exp(-stirlerr(b) - bd0(b, z) - 0.5 * Math.log(2 * Math.PI * b));
  let rising = 1;
  let sum = q;
  for (let k = 1; k <= 40; k++) {
    q += poisson;
    poisson *= z / (b + 2 * k - 1);
    q += poisson;
    poisson *= z / (b + 2 * k);
    rising *= ((b + 2 * k - 2) * (b + 2 * k - 1)) / (t * t);
    let ek = 0;
    for (let n = 1; n <= Math.min(k, eta.length); n++) ek += n * eta[n - 1]! * e[k - n]!;
    ek /= k;
    e.push(ek);
    const term = ek * rising * q;
    sum += term;
    if (Math.abs(term) <= 1e-17 * sum) break;
  }
  return Math.exp(logFactor + Math.log(sum));
}

/**
 * I_x(a, b) on the side where its continued fraction converges fast, x < (a + 1)/(a + b + 2):
 * the prefactor x^a y^b / (a B(a, b)) times Wall's continued fraction 1/(1 + d₁/(1 + d₂/(1 + …)))
 * with d₂ₘ₊₁ = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)), d₂ₘ = m(b − m)x / ((a + 2m − 1)(a + 2m))
 * (Abramowitz & Stegun 26.5.8), evaluated by the modified Lentz algorithm.
 */
function betaContinuedFraction(x: number, y: number, a: number, b: number): number {
  if (y < 0.01) return betaNearOne(x, y, a, b);
  const logTerm = logBetaPowerTerm(x, y, a, b);
  if (logTerm === -Infinity) return 0;
  const apb = a + b;
  let c = 1;
  let d = 1 - (apb * x) / (a + 1);
  if (Math.abs(d) < LENTZ_TINY) d = LENTZ_TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < LENTZ_TINY) d = LENTZ_TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < LENTZ_TINY) c = LENTZ_TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (apb + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < LENTZ_TINY) d = LENTZ_TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < LENTZ_TINY) c = LENTZ_TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPS) break;
  }
  return Math.exp(logTerm + Math.log(h / a));
}

/**
 * The regularised incomplete beta function I_x(a, b) (R `pbeta(x, a, b)`), or its upper tail
 * 1 − I_x(a, b) when `upper`, for a, b > 0, given x and y = 1 − x (pass y when it is known more
 * precisely than 1 − x). The tail on the near side of the mean comes from the continued fraction
 * (with I_x(a, b) = 1 − I_y(b, a) for the far side), the other as 1 minus it.
 */
export function incompleteBeta(x: number, y: number, a: number, b: number, upper: boolean): number {
  if (Number.isNaN(x) || Number.isNaN(y) || Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (!(a > 0 && b > 0)) return NaN;
  if (x <= 0) return upper ? 1 : 0;
  if (y <= 0) return upper ? 0 : 1;
  if (x < (a + 1) / (a + b + 2)) {
    const lower = betaContinuedFraction(x, y, a, b);
    return upper ? 1 - lower : lower;
  }
  const tail = betaContinuedFraction(y, x, b, a);
  return upper ? tail : 1 - tail;
}

/** The beta density x^(a−1) (1 − x)^(b−1) / B(a, b), in log (R `dbeta(x, a, b, log = TRUE)`). */
export function logBetaDensity(x: number, y: number, a: number, b: number): number {
  return logBetaPowerTerm(x, y, a, b) - Math.log(x) - Math.log(y);
}

// ---------------------------------------------------------------------------------------------
// The incomplete gamma function.

/**
 * The regularised incomplete gamma function P(a, x) (R `pgamma(x, a)`), or Q(a, x) = 1 − P when
 * `upper`, for a > 0. Below x = a + 1 the series P = x^a e^−x / Γ(a + 1) · Σ xⁿ / ((a + 1)…(a + n))
 * (A&S 6.5.29), above it Legendre's continued fraction for Q (A&S 6.5.31) by the modified Lentz
 * algorithm; the prefactor x^a e^−x / Γ(a + 1) is Loader's exp(−ω(a) − bd0(a, x)) / √(2πa).
 */
export function incompleteGamma(x: number, a: number, upper: boolean): number {
  if (Number.isNaN(x) || Number.isNaN(a)) return NaN;
  if (!(a > 0)) return NaN;
  if (x <= 0) return upper ? 1 : 0;
  if (x === Infinity) return upper ? 0 : 1;
  const logPoisson = -stirlerr(a) - bd0(a, x) - 0.5 * Math.log(2 * Math.PI * a);
  if (x < a + 1) {
    let term = 1;
    let sum = 1;
    for (let n = 1; n <= MAX_TERMS; n++) {
      term *= x / (a + n);
      sum += term;
      if (term <= sum * (EPS / 2)) break;
    }
    const lower = Math.exp(logPoisson + Math.log(sum));
    return upper ? 1 - lower : lower;
  }
  let bn = x + 1 - a;
  let c = 1 / LENTZ_TINY;
  let d = 1 / bn;
  let h = d;
  for (let i = 1; i <= MAX_TERMS; i++) {
    const an = -i * (i - a);
    bn += 2;
    d = an * d + bn;
    if (Math.abs(d) < LENTZ_TINY) d = LENTZ_TINY;
    c = bn + an / c;
    if (Math.abs(c) < LENTZ_TINY) c = LENTZ_TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPS) break;
  }
  // x^a e^−x / Γ(a) = a · x^a e^−x / Γ(a + 1)
  const tail = Math.exp(logPoisson + Math.log(a * h));
  return upper ? tail : 1 - tail;
}

// ---------------------------------------------------------------------------------------------
// The normal distribution.

/** Up to this |z|, Φ(z) − ½ comes from its series; beyond, the small tail from its continued fraction. */
export const NORMAL_CENTRAL = 2;

/**
 * The standard normal density φ(z) = e^(−z²/2) / √(2π), with z² split as z₀² + (z − z₀)(z + z₀),
 * z₀ = z rounded down to a sixteenth, so that z₀² is exact and e^(−z²/2) keeps its relative
 * precision out to z ≈ 38 (Cody's device, as R's pnorm uses it).
 */
export function normalDensity(z: number): number {
  const z0 = Math.trunc(z * 16) / 16;
  const del = (z - z0) * (z + z0);
  return Math.exp(-z0 * z0 * 0.5) * Math.exp(-del * 0.5) * INV_SQRT_2PI;
}

/**
 * Φ(z) − ½ for |z| ≤ NORMAL_CENTRAL by Marsaglia's series φ(z) · (z + z³/3 + z⁵/(3·5) + …) ("Evaluating the
 * normal distribution", J. Stat. Software 2004): every term has the sign of z, so the sum keeps its
 * relative precision, and so does Φ(z) − ½ near z = 0.
 */
export function normalCentral(z: number): number {
  const z2 = z * z;
  let term = z;
  let sum = z;
  for (let k = 3; k < 1000; k += 2) {
    term *= z2 / k;
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  return sum * normalDensity(z);
}

/**
 * The Mills ratio P(Z > z)/φ(z) for z > NORMAL_CENTRAL, by its continued fraction
 * 1/(z + 1/(z + 2/(z + 3/(z + …)))) (Laplace; A&S 26.2.14) and the modified Lentz algorithm.
 */
export function millsRatio(z: number): number {
  let f = LENTZ_TINY;
  let c = f;
  let d = 0;
  for (let j = 1; j <= 10_000; j++) {
    const aj = j === 1 ? 1 : j - 1;
    d = z + aj * d;
    if (Math.abs(d) < LENTZ_TINY) d = LENTZ_TINY;
    c = z + aj / c;
    if (Math.abs(c) < LENTZ_TINY) c = LENTZ_TINY;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) <= EPS) break;
  }
  return f;
}

/** P(Z > z) for z ≥ 0, with relative precision in the tail. */
export function normalUpperTail(z: number): number {
  return z <= NORMAL_CENTRAL ? 0.5 - normalCentral(z) : normalDensity(z) * millsRatio(z);
}
