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
  const meat = new Float64Array(k * k);
  for (let g = 0; g < nClusters; g++) {
    for (let a = 0; a < k; a++) {
      const ua = u[g * k + a]!;
      for (let b = a; b < k; b++) meat[a * k + b] += ua * u[g * k + b]!;
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) meat[a * k + b] = meat[b * k + a]!;
  const adjust = (nClusters / (nClusters - 1)) * ((n - 1) / (n - rank));
  const half = new Float64Array(k * k); // (X'X)⁻¹ · meat
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++) {
      let s = 0;
      for (let c = 0; c < k; c++) s += xtxInverse[a * k + c]! * meat[c * k + b]!;
      half[a * k + b] = s;
    }
  const v = new Float64Array(k * k);
  for (let a = 0; a < k; a++)
    for (let b = a; b < k; b++) {
      let s = 0;
      for (let c = 0; c < k; c++) s += half[a * k + c]! * xtxInverse[c * k + b]!;
      v[a * k + b] = adjust * s;
      v[b * k + a] = adjust * s;
    }
  return v;
}
