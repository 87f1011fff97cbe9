// The one sample variance in src/: the two-pass algorithm, Σ(x − m)²/(n − 1) about the mean m of
// mean.ts, the squares summed compensated (sum.ts) — the textbook stable method (Chan, Golub &
// LeVeque 1983, _The American Statistician_ 37:242–247), and the one R's var uses (src/library/
// stats/src/cov.c). No cancellation between large sums (the one-pass Σx² − (Σx)²/n loses every
// digit when the spread is small against the mean), and a constant sample has variance exactly 0,
// as in R. (The "corrected" two-pass term −(Σ(x − m))²/n is left out, as R leaves it out: it
// matters only for data constant to within a few units in the last place, where R's t.test
// refuses the data and its sd is the deviation from the rounded mean.)
import { mean } from './mean.js';
import { CompensatedSum, sum } from './sum.js';

/**
 * Sample variance with the n − 1 divisor (R's `var(x)`); with `weights` (counts) the variance of
 * the sample in which xᵢ occurs wᵢ times. NaN below two observations (R's `NA`).
 */
export function variance(values: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const n = values.length;
  const total = weights === undefined ? n : sum(weights);
  if (!(total >= 2)) return Number.NaN;
  const m = mean(values, weights);
  const squares = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const d = values[i]! - m;
    squares.add(weights === undefined ? d * d : weights[i]! * d * d);
  }
  return squares.value / (total - 1);
}

/** Sample standard deviation, √variance (R's `sd(x)`); NaN below two observations. */
export function sd(values: ArrayLike<number>, weights?: ArrayLike<number>): number {
  return Math.sqrt(variance(values, weights));
}
