// The one nonparametric bootstrap in src/ (Efron 1979; Efron & Tibshirani 1993, _An Introduction
// to the Bootstrap_, ch. 6 and 13): resample each sample's rows with replacement, `replicates`
// times, from a seeded xoroshiro128+ stream (pure-rand), so one seed always gives the same
// replicates on every machine. Samples given together (the arms of a comparison) are resampled
// separately, each keeping its own size: the stratified bootstrap of two-sample statistics such
// as a difference in mean cost. This file only resamples and reads percentiles; which statistic
// and which interval are the caller's. (A multiplier or wild bootstrap, which reweights instead of
// resampling, is a different building block.)
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { quantileSorted } from './quantile.js';

/**
 * Draws `replicates` bootstrap resamples of samples of the given sizes and hands each to `visit`
 * as one index array per sample (indices into that sample, drawn uniformly with replacement).
 * The arrays are reused between calls: read them inside `visit`, do not keep them. Sizes must be
 * whole numbers ≥ 1, `replicates` ≥ 1 and `seed` a 32-bit integer (the caller checks).
 */
export function resample(
  sizes: readonly number[],
  replicates: number,
  seed: number,
  visit: (indices: readonly Uint32Array[], replicate: number) => void,
): void {
  const rng = xoroshiro128plus(seed);
  const indices = sizes.map((n) => new Uint32Array(n));
  for (let r = 0; r < replicates; r++) {
    for (let s = 0; s < sizes.length; s++) {
      const idx = indices[s]!;
      const top = idx.length - 1;
      for (let i = 0; i <= top; i++) idx[i] = uniformInt(rng, 0, top);
    }
    visit(indices, r);
  }
}

/**
 * The bootstrap distribution of `statistic` over one sample: `replicates` values, each the
 * statistic of a resample of `values` drawn with {@link resample}.
 */
export function bootstrapStatistic(
  values: ArrayLike<number>,
  statistic: (sample: Float64Array) => number,
  replicates: number,
  seed: number,
): Float64Array {
  const out = new Float64Array(replicates);
  const sample = new Float64Array(values.length);
  resample([values.length], replicates, seed, ([idx], r) => {
    for (let i = 0; i < sample.length; i++) sample[i] = values[idx![i]!]!;
    out[r] = statistic(sample);
  });
  return out;
}

/**
 * The percentile interval of a bootstrap distribution: its (1 − level)/2 and (1 + level)/2
 * quantiles (R's default type 7, as `quantile(t, c(0.025, 0.975))` on `boot`'s replicates).
 * Replicates that are not numbers (NaN) are left out; NaN limits when none is left.
 */
export function percentileInterval(
  replicates: ArrayLike<number>,
  level: number,
): readonly [number, number] {
  const finite: number[] = [];
  for (let i = 0; i < replicates.length; i++) {
    const v = replicates[i]!;
    if (!Number.isNaN(v)) finite.push(v);
  }
  if (finite.length === 0) return [Number.NaN, Number.NaN];
  const sorted = Float64Array.from(finite).sort();
  return [quantileSorted(sorted, (1 - level) / 2), quantileSorted(sorted, (1 + level) / 2)];
}

/**
 * The studentized (bootstrap-t) interval of a statistic with a standard error (Efron &
 * Tibshirani 1993, ch. 12.5; Hall 1988): each resample gives t* = (θ* − θ̂) / se*, and the
 * interval is [θ̂ − t*₍₁₊ₗ₎/₂ · se, θ̂ − t*₍₁₋ₗ₎/₂ · se]. Second-order accurate where the
 * percentile interval is first-order, so it keeps its coverage better for the mean of skewed data
 * such as times and costs. `estimate` returns [θ, se] of a sample; a resample whose se is 0 gives
 * t* = NaN (left out) when θ* = θ̂, else ±Infinity.
 */
export function studentizedInterval(
  values: ArrayLike<number>,
  estimate: (sample: ArrayLike<number>) => readonly [number, number],
  replicates: number,
  seed: number,
  level: number,
): readonly [number, number] {
  const [theta, se] = estimate(values);
  const t = new Float64Array(replicates);
  const sample = new Float64Array(values.length);
  resample([values.length], replicates, seed, ([idx], r) => {
    for (let i = 0; i < sample.length; i++) sample[i] = values[idx![i]!]!;
    const [thetaStar, seStar] = estimate(sample);
    const d = thetaStar - theta;
    t[r] = seStar > 0 ? d / seStar : d === 0 ? Number.NaN : d * Infinity;
  });
  const [lo, hi] = percentileInterval(t, level);
  return [theta - hi * se, theta - lo * se];
}
