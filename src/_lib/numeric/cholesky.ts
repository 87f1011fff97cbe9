// Solving a small symmetric positive-definite system by Cholesky factorisation (Golub & Van Loan
// 2013, §4.2): for Wald statistics b'V⁻¹b on a handful of coefficients, where V is a covariance
// matrix and forming V⁻¹ explicitly would only lose digits.

/**
 * Solves A x = b for a symmetric positive-definite `a` (k × k, row-major; only the lower triangle
 * is read). Returns null when A is not numerically positive definite (a pivot ≤ 1e-14 × the
 * largest diagonal entry), so the caller can say why in its own words.
 */
export function solveSymmetric(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  k: number,
): Float64Array | null {
  if (a.length !== k * k)
    throw new RangeError(`a must hold k × k = ${k * k} values, got ${a.length}`);
  if (b.length !== k) throw new RangeError(`b must hold k = ${k} values, got ${b.length}`);
  let scale = 0;
  for (let i = 0; i < k; i++) scale = Math.max(scale, Math.abs(a[i * k + i]!));
  const l = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    let d = a[j * k + j]!;
    for (let c = 0; c < j; c++) d -= l[j * k + c]! * l[j * k + c]!;
    if (!(d > 1e-14 * scale)) return null;
    const ljj = Math.sqrt(d);
    l[j * k + j] = ljj;
    for (let i = j + 1; i < k; i++) {
      let s = a[i * k + j]!;
      for (let c = 0; c < j; c++) s -= l[i * k + c]! * l[j * k + c]!;
      l[i * k + j] = s / ljj;
    }
  }
  const z = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s = b[i]!;
    for (let c = 0; c < i; c++) s -= l[i * k + c]! * z[c]!;
    z[i] = s / l[i * k + i]!;
  }
  const x = new Float64Array(k);
  for (let i = k - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let c = i + 1; c < k; c++) s -= l[c * k + i]! * x[c]!;
    x[i] = s / l[i * k + i]!;
  }
  return x;
}
