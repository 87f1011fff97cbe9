// Dense least squares by Householder QR, as R's lm.fit does it (LINPACK dqrdc2 with tolerance
// 1e-7; Golub & Van Loan 2013, _Matrix Computations_, 4th ed., §5.2 and §5.3). QR rather than the
// normal equations because the normal equations square the condition number: a design with a
// covariate on the scale of 10^4 next to a 0/1 dummy loses eight digits through X'X and would miss
// R's coefficients at the 1e-8 the impact module promises. Columns are held column-major in one
// Float64Array (n rows, k columns), so 10^6 rows × a handful of columns stay one allocation each.

/** A least-squares fit of y on the k columns of X. */
export interface LeastSquaresFit {
  /** The k coefficients. */
  readonly coefficients: Float64Array;
  /** y − Xb, one per row. */
  readonly residuals: Float64Array;
  /** (X'X)⁻¹, k × k row-major, from R⁻¹R⁻ᵀ (never from X'X). */
  readonly xtxInverse: Float64Array;
}

/** Raised by {@link leastSquares} when column `column` is (numerically) a combination of earlier ones. */
export class CollinearColumnError extends Error {
  constructor(readonly column: number) {
    super(`column ${column} is a linear combination of the columns before it`);
  }
}

/**
 * Least squares of `y` (n values) on `x` (n × k, column-major). Throws {@link CollinearColumnError}
 * when a column's norm left after projecting out the earlier columns falls below `tolerance` times
 * its own norm (R's `lm` would give that coefficient NA; here the caller names the column).
 */
export function leastSquares(
  x: Float64Array,
  y: ArrayLike<number>,
  n: number,
  k: number,
  tolerance = 1e-7,
): LeastSquaresFit {
  if (x.length !== n * k)
    throw new RangeError(`x must hold n × k = ${n * k} values, got ${x.length}`);
  if (y.length !== n) throw new RangeError(`y must hold n = ${n} values, got ${y.length}`);
  if (n < k) throw new CollinearColumnError(n);
  const a = Float64Array.from(x);
  const qty = Float64Array.from(y);
  const r = new Float64Array(k * k); // upper triangle, row-major
  for (let j = 0; j < k; j++) {
    const col = j * n;
    let original = 0;
    for (let i = 0; i < n; i++) original += x[col + i]! * x[col + i]!;
    original = Math.sqrt(original);
    let norm = 0;
    for (let i = j; i < n; i++) norm += a[col + i]! * a[col + i]!;
    norm = Math.sqrt(norm);
    if (!(norm > tolerance * original) || original === 0) throw new CollinearColumnError(j);
    // Householder vector v = a_j[j:] + sign·‖a_j[j:]‖ e₁, stored in place; R[j][j] = −sign·norm.
    const alpha = a[col + j]! >= 0 ? -norm : norm;
    a[col + j] = a[col + j]! - alpha;
    let vv = 0;
    for (let i = j; i < n; i++) vv += a[col + i]! * a[col + i]!;
    r[j * k + j] = alpha;
    const reflect = (target: Float64Array, offset: number) => {
      let dot = 0;
      for (let i = j; i < n; i++) dot += a[col + i]! * target[offset + i]!;
      const f = (2 * dot) / vv;
      for (let i = j; i < n; i++) target[offset + i] = target[offset + i]! - f * a[col + i]!;
    };
    for (let c = j + 1; c < k; c++) {
      reflect(a, c * n);
      r[j * k + c] = a[c * n + j]!;
    }
    reflect(qty, 0);
  }
  // Back substitution R b = (Q'y)[0:k].
  const coefficients = new Float64Array(k);
  for (let j = k - 1; j >= 0; j--) {
    let s = qty[j]!;
    for (let c = j + 1; c < k; c++) s -= r[j * k + c]! * coefficients[c]!;
    coefficients[j] = s / r[j * k + j]!;
  }
  const residuals = new Float64Array(n);
  for (let i = 0; i < n; i++) residuals[i] = y[i]!;
  for (let j = 0; j < k; j++) {
    const b = coefficients[j]!;
    const col = j * n;
    for (let i = 0; i < n; i++) residuals[i] = residuals[i]! - b * x[col + i]!;
  }
  // R⁻¹ (upper triangular), then (X'X)⁻¹ = R⁻¹ R⁻ᵀ.
  const rinv = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    rinv[j * k + j] = 1 / r[j * k + j]!;
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let c = i + 1; c <= j; c++) s += r[i * k + c]! * rinv[c * k + j]!;
      rinv[i * k + j] = -s / r[i * k + i]!;
    }
  }
  const xtxInverse = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      let s = 0;
      for (let c = j; c < k; c++) s += rinv[i * k + c]! * rinv[j * k + c]!;
      xtxInverse[i * k + j] = s;
      xtxInverse[j * k + i] = s;
    }
  }
  return { coefficients, residuals, xtxInverse };
}
