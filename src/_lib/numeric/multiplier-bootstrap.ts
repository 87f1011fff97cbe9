// A seeded multiplier bootstrap of influence functions, as R's did::mboot does it for
// simultaneous confidence bands (Callaway & Sant'Anna 2021, J. Econometrics 225(2), §4.1; Kline &
// Santos 2012): each draw multiplies every unit's influence-function row by one Mammen (1993)
// weight, the standard errors come from the draws' interquartile range, and the critical value is
// the 1 − α quantile (type 1) of the largest |draw / se| across the k estimates. Draws come from
// xoroshiro128+ (pure-rand), so a seed gives the same bands on every platform; R's did draws its
// own, so the two agree in distribution, not digit for digit.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { quantileSorted } from './quantile.js';

const SQRT5 = Math.sqrt(5);
const MAMMEN_LOW = (1 - SQRT5) / 2;
const MAMMEN_HIGH = (1 + SQRT5) / 2;
const MAMMEN_P_LOW = (SQRT5 + 1) / (2 * SQRT5);
// qnorm(0.75) − qnorm(0.25): the interquartile range of the standard normal.
const NORMAL_IQR = 1.3489795003921634;

export interface MultiplierBootstrap {
  /** Bootstrap standard errors of the k estimates (IQR / 1.349, divided by √n). */
  readonly se: Float64Array;
  /** The critical value for simultaneous bands at level 1 − alpha. */
  readonly criticalValue: number;
}

/**
 * `influence` is n × k column-major (unit i's influence on estimate j at j·n + i, scaled as did
 * scales them: the estimate's variance is Σᵢ ψᵢⱼ² / n²). Estimates whose bootstrap spread is 0 are
 * left out of the maximum (did: `na.rm`).
 */
export function multiplierBootstrap(
  influence: Float64Array,
  n: number,
  k: number,
  iterations: number,
  seed: number,
  alpha: number,
): MultiplierBootstrap {
  const rng = xoroshiro128plus(seed);
  const draws = new Float64Array(iterations * k); // draw b, estimate j at b·k + j
  const xi = new Float64Array(n);
  const rootN = Math.sqrt(n);
  for (let b = 0; b < iterations; b++) {
    for (let i = 0; i < n; i++)
      xi[i] = uniformFloat64(rng) < MAMMEN_P_LOW ? MAMMEN_LOW : MAMMEN_HIGH;
    for (let j = 0; j < k; j++) {
      let s = 0;
      const col = j * n;
      for (let i = 0; i < n; i++) s += xi[i]! * influence[col + i]!;
      draws[b * k + j] = s / rootN; // √n · (1/n) Σ ξᵢψᵢ
    }
  }
  const sigma = new Float64Array(k);
  const column = new Float64Array(iterations);
  for (let j = 0; j < k; j++) {
    for (let b = 0; b < iterations; b++) column[b] = draws[b * k + j]!;
    column.sort();
    sigma[j] = (quantileSorted(column, 0.75, 1) - quantileSorted(column, 0.25, 1)) / NORMAL_IQR;
  }
  const maxima = new Float64Array(iterations);
  for (let b = 0; b < iterations; b++) {
    let m = -Infinity;
    for (let j = 0; j < k; j++) {
      if (!(sigma[j]! > 0)) continue;
      m = Math.max(m, Math.abs(draws[b * k + j]! / sigma[j]!));
    }
    maxima[b] = m;
  }
  maxima.sort();
  const se = sigma.map((s) => s / rootN);
  return { se, criticalValue: quantileSorted(maxima, 1 - alpha, 1) };
}
