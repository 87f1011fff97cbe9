// The wild cluster restricted (WCR) bootstrap p-value for one coefficient (Cameron, Gelbach &
// Miller 2008, Rev. Econ. Stat. 90(3); MacKinnon & Webb 2017): with few clusters, cluster-robust t
// tests over-reject, and this is the accepted remedy. The null β_j = 0 is imposed: y* = ỹ + v_g ẽ
// with ỹ, ẽ the fit and residuals of the model without column j and one Rademacher weight v_g = ±1
// per cluster; each y* is refitted and its cluster-robust t* = β*_j / se*_j computed, and the p-value
// is the share of |t*| above |t| (ties within 1e-10 relative do not count, so the draw that
// reproduces the data does not decide the answer through rounding). With 2^G at most the number of
// draws asked for, every sign vector is used once (exact, no seed needed), as R's boottest and
// fwildclusterboot do. Each replicate costs O(G²), not a refit: β* and the cluster scores are
// linear in v ("Fast and wild", Roodman, MacKinnon, Nielsen & Webb 2019, Stata J. 19(1)).
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { leastSquares } from '../_lib/numeric/least-squares.js';

export interface WildBootstrapResult {
  readonly pValue: number;
  readonly iterations: number;
  readonly enumerated: boolean;
}

export function wildClusterBootstrap(
  x: Float64Array,
  y: Float64Array,
  cluster: Int32Array,
  nClusters: number,
  n: number,
  k: number,
  j: number,
  xtxInverse: Float64Array,
  iterations: number,
  seed: number,
): WildBootstrapResult {
  const G = nClusters;
  // Restricted fit: every column but j.
  const xr = new Float64Array(n * (k - 1));
  for (let c = 0, r = 0; c < k; c++) if (c !== j) xr.set(x.subarray(c * n, (c + 1) * n), r++ * n);
  const restricted = leastSquares(xr, y, n, k - 1);
  const e = restricted.residuals;
  // Per cluster: f_g = X_g'ỹ_g, w_g = X_g'ẽ_g, S_g = X_g'X_g.
  const f = new Float64Array(G * k);
  const w = new Float64Array(G * k);
  const s = new Float64Array(G * k * k);
  for (let i = 0; i < n; i++) {
    const g = cluster[i]!;
    const fitted = y[i]! - e[i]!;
    for (let a = 0; a < k; a++) {
      const xa = x[a * n + i]!;
      f[g * k + a] += xa * fitted;
      w[g * k + a] += xa * e[i]!;
      for (let b = 0; b < k; b++) s[(g * k + a) * k + b] += xa * x[b * n + i]!;
    }
  }
  const aj = xtxInverse.subarray(j * k, (j + 1) * k); // row j of (X'X)⁻¹
  const dot = (u: ArrayLike<number>, uo: number, v: ArrayLike<number>, vo: number) => {
    let acc = 0;
    for (let a = 0; a < k; a++) acc += u[uo + a]! * v[vo + a]!;
    return acc;
  };
  const times = (m: Float64Array, v: ArrayLike<number>, vo: number) => {
    const out = new Float64Array(k);
    for (let a = 0; a < k; a++) out[a] = dot(m, a * k, v, vo);
    return out;
  };
  const F = new Float64Array(k);
  for (let g = 0; g < G; g++) for (let a = 0; a < k; a++) F[a] += f[g * k + a]!;
  const AF = times(xtxInverse, F, 0);
  const Aw = Array.from({ length: G }, (_, g) => times(xtxInverse, w, g * k));
  const alpha = new Float64Array(G); // a_j·f_h
  const gamma = new Float64Array(G); // a_j·w_h
  const m = new Float64Array(G); // r_h·A F, r_h = a_j S_h
  const M = new Float64Array(G * G); // r_h·A w_g
  for (let h = 0; h < G; h++) {
    alpha[h] = dot(aj, 0, f, h * k);
    gamma[h] = dot(aj, 0, w, h * k);
    const rh = new Float64Array(k);
    for (let b = 0; b < k; b++) {
      let acc = 0;
      for (let a = 0; a < k; a++) acc += aj[a]! * s[(h * k + a) * k + b]!;
      rh[b] = acc;
    }
    m[h] = dot(rh, 0, AF, 0);
    for (let g = 0; g < G; g++) M[h * G + g] = dot(rh, 0, Aw[g]!, 0);
  }
  const betaJ0 = dot(aj, 0, F, 0);
  const v = new Float64Array(G);
  const tStar = () => {
    let beta = betaJ0;
    for (let g = 0; g < G; g++) beta += v[g]! * gamma[g]!;
    let ss = 0;
    for (let h = 0; h < G; h++) {
      let sh = alpha[h]! + v[h]! * gamma[h]! - m[h]!;
      for (let g = 0; g < G; g++) sh -= M[h * G + g]! * v[g]!;
      ss += sh * sh;
    }
    // The small-sample factor cancels between t and t*: both use the same one.
    return beta / Math.sqrt(ss);
  };
  // All weights +1 reproduce the data: t on the same unscaled footing, β̂_j / √(Σ_h (a_j·u_h)²).
  v.fill(1);
  const threshold = Math.abs(tStar()) * (1 + 1e-10);
  const enumerate = G < 31 && 2 ** G <= iterations;
  let above = 0;
  const count = enumerate ? 2 ** G : iterations;
  if (enumerate) {
    for (let code = 0; code < count; code++) {
      for (let g = 0; g < G; g++) v[g] = (code >>> g) & 1 ? -1 : 1;
      if (Math.abs(tStar()) > threshold) above++;
    }
  } else {
    const rng = xoroshiro128plus(seed);
    for (let b = 0; b < iterations; b++) {
      for (let g = 0; g < G; g++) v[g] = uniformInt(rng, 0, 1) === 1 ? 1 : -1;
      if (Math.abs(tStar()) > threshold) above++;
    }
  }
  return { pValue: above / count, iterations: count, enumerated: enumerate };
}
