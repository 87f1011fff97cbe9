// Cluster-robust covariance as R's sandwich::vcovCL(fit, cluster, type = "HC1") computes it for an
// lm fit (Zeileis, Köll & Graham 2020, "Various versatile variances", J. Stat. Softw. 95(1), §3):
//   V = G/(G − 1) · (n − 1)/(n − k) · (X'X)⁻¹ [Σ_g u_g u_g'] (X'X)⁻¹,  u_g = Σ_{i∈g} x_i e_i,
// with k the rank of the full model (fixed effects included), which is what Stata's `regress,
// vce(cluster)` reports too. For a fixed-effects model estimated within, X holds the demeaned
// regressors: by Frisch–Waugh–Lovell the block of the full model's sandwich for those regressors
// is this one exactly (the rows of (X'X)⁻¹X' for them are the demeaned rows).

export function clusterVcov(
  x: Float64Array,
  residuals: Float64Array,
  cluster: Int32Array,
  nClusters: number,
  xtxInverse: Float64Array,
  n: number,
  k: number,
  rank: number,
): Float64Array {
  const u = new Float64Array(nClusters * k);
  for (let j = 0; j < k; j++) {
    const col = j * n;
    for (let i = 0; i < n; i++) u[cluster[i]! * k + j] += x[col + i]! * residuals[i]!;
  }
  // Σ_g ψ_g ψ_g' with ψ_g = (X'X)⁻¹ u_g: algebraically R's bread · meat · bread, but a sum of
  // squares on the diagonal, so a variance that is tiny next to the data (a coefficient the data
  // nearly pin down) stays ≥ 0 and accurate instead of cancelling to noise or below zero.
  const adjust = (nClusters / (nClusters - 1)) * ((n - 1) / (n - rank));
  const v = new Float64Array(k * k);
  const psi = new Float64Array(k);
  for (let g = 0; g < nClusters; g++) {
    for (let a = 0; a < k; a++) {
      let s = 0;
      for (let c = 0; c < k; c++) s += xtxInverse[a * k + c]! * u[g * k + c]!;
      psi[a] = s;
    }
    for (let a = 0; a < k; a++) for (let b = a; b < k; b++) v[a * k + b] += psi[a]! * psi[b]!;
  }
  for (let a = 0; a < k; a++)
    for (let b = a; b < k; b++) {
      v[a * k + b] = adjust * v[a * k + b]!;
      v[b * k + a] = v[a * k + b]!;
    }
  return v;
}
