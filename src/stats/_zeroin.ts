// R's root finder, as `uniroot(f, c(lower, upper))` runs it with its defaults: a line-for-line port
// of R_zeroin2 in R's src/library/stats/src/zeroin.c (Brent's method, from netlib's zeroin.c),
// called the way uniroot (src/library/stats/R/nlm.R) and its C entry zeroin2
// (src/library/stats/src/optimize.c) call it. fisherExactTest uses it to reproduce R's printed
// estimate and confidence limits, which differ from the exact roots by up to uniroot's tolerance.

const DBL_EPSILON = 2 ** -52;
const DBL_MAX = Number.MAX_VALUE;

/** uniroot's default `tol`, `.Machine$double.eps^0.25`. */
export const UNIROOT_TOL = DBL_EPSILON ** 0.25;

/**
 * @internal `uniroot(f, c(lower, upper))$root` with uniroot's defaults (`tol =
 * .Machine$double.eps^0.25`, `maxiter = 1000`, `extendInt = "no"`). As in R, `f(lower)` is
 * evaluated before `f(upper)`, and both are passed to the iteration as they are; later values of
 * f that are not finite are replaced as R's fcn2 replaces them (-Inf by -DBL_MAX, anything else by
 * DBL_MAX). Throws, as uniroot stops, when f(lower) and f(upper) do not bracket a root or either
 * is NaN. Running out of iterations returns the last approximation (uniroot warns).
 */
export function uniroot(
  f: (x: number) => number,
  lower: number,
  upper: number,
  tol = UNIROOT_TOL,
  maxiter = 1000,
): number {
  if (!(lower < upper)) throw new RangeError('uniroot: lower < upper is not fulfilled');
  const fLower = f(lower);
  const fUpper = f(upper);
  if (Number.isNaN(fLower)) throw new RangeError('uniroot: f.lower = f(lower) is NA');
  if (Number.isNaN(fUpper)) throw new RangeError('uniroot: f.upper = f(upper) is NA');
  if (!(Math.sign(fLower) * Math.sign(fUpper) <= 0))
    throw new RangeError('uniroot: f() values at end points not of opposite sign');
  return zeroin2(
    (x) => {
      const v = f(x);
      if (Number.isFinite(v)) return v;
      return v === -Infinity ? -DBL_MAX : DBL_MAX;
    },
    lower,
    upper,
    fLower,
    fUpper,
    tol,
    maxiter,
  );
}

/** R_zeroin2: a root of f in [ax, bx], given fa = f(ax) and fb = f(bx) of opposite signs. */
function zeroin2(
  f: (x: number) => number,
  ax: number,
  bx: number,
  faIn: number,
  fbIn: number,
  tol: number,
  maxitIn: number,
): number {
  let a = ax;
  let b = bx;
  let fa = faIn;
  let fb = fbIn;
  let c = a;
  let fc = fa;
  let maxit = maxitIn + 1;

  // First test if we have found a root at an endpoint.
  if (fa === 0) return a;
  if (fb === 0) return b;

  while (maxit-- > 0) {
    // Distance from the last but one to the last approximation.
    const prevStep = b - a;
    if (Math.abs(fc) < Math.abs(fb)) {
      // Swap data for b to be the best approximation.
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolAct = 2 * DBL_EPSILON * Math.abs(b) + tol / 2;
    let newStep = (c - b) / 2;

    if (Math.abs(newStep) <= tolAct || fb === 0) return b; // Acceptable approximation found.

    // Decide if the interpolation can be tried: if prev_step was large enough and was in the
    // true direction.
    if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
      let p: number;
      let q: number;
      const cb = c - b;
      if (a === c) {
        // Only two distinct points: linear interpolation.
        const t1 = fb / fa;
        p = cb * t1;
        q = 1.0 - t1;
      } else {
        // Inverse quadratic interpolation.
        q = fa / fc;
        const t1 = fb / fc;
        const t2 = fb / fa;
        p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
        q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
      }
      // p was calculated with the opposite sign; make p positive and give q the minus.
      if (p > 0) q = -q;
      else p = -p;

      // Accept b + p/q if it falls in [b, c] and is not too large; otherwise bisect.
      if (p < 0.75 * cb * q - Math.abs(tolAct * q) / 2 && p < Math.abs((prevStep * q) / 2))
        newStep = p / q;
    }

    // Adjust the step to be not less than the tolerance.
    if (Math.abs(newStep) < tolAct) newStep = newStep > 0 ? tolAct : -tolAct;

    // Save the previous approximation and step to the new one.
    a = b;
    fa = fb;
    b += newStep;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      // Adjust c for it to have a sign opposite to that of b.
      c = a;
      fc = fa;
    }
  }
  // Failed to converge in maxit iterations: uniroot warns and returns the last b.
  return b;
}
