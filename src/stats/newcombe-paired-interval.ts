import { assertOpenUnit } from '../_lib/args.js';
import { readTwoByTwo, type TwoByTwo } from './_table.js';
import { wilsonLimits } from './_wilson-limits.js';
import type { ProportionInterval } from './proportion-interval.js';

/** Options for {@link newcombePairedInterval}. */
export interface NewcombePairedOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
}

/**
 * Newcombe's hybrid score interval for the difference of two **paired** proportions — the same
 * people answering yes/no at Time 1 and Time 2 (Newcombe 1998, "Improved confidence intervals for
 * the difference between binomial proportions based on paired data", _Statistics in Medicine_
 * 17:2635–2650, method 10, no continuity correction). It combines the Wilson intervals of the two
 * margins, (l1, u1) for p1 = (a + b)/n and (l2, u2) for p2 = (a + c)/n, with the correlation φ of
 * the table, corrected for continuity as Newcombe does: (ad − bc − n/2)/√(margins) when
 * ad − bc > n/2, 0 when 0 ≤ ad − bc ≤ n/2, (ad − bc)/√(margins) when ad − bc < 0, and 0 when any
 * margin is 0. Unlike the Wald interval it stays inside [−1, 1] and does not collapse to a point
 * when nobody changed. R has no base function for it.
 *
 * **Sign:** the estimate is p2 − p1 = (c − b)/n, **Time 2 minus Time 1**, so a rise in the share
 * answering yes is positive. Newcombe (and most R packages) report p1 − p2; their interval
 * (L, U) is (−upper, −lower) here.
 *
 * @param table - `[[a, b], [c, d]]`, rows Time 1 yes/no, columns Time 2 yes/no: a = yes/yes,
 *   b = yes → no, c = no → yes, d = no/no (the layout of {@link mcnemarTest}).
 * @param options - `confLevel`.
 * @returns A frozen {@link ProportionInterval} for p2 − p1.
 * @throws TypeError or RangeError for a table that is not 2 × 2 counts, a table with no pairs, or
 *   a confLevel outside (0, 1).
 * @category Proportions
 * @example
 * ```ts
 * import { newcombePairedInterval } from 'sos-eval/stats';
 * // Fagerland, Lydersen & Laake (2017), ch. 8: complete response before and after consolidation
 * // therapy (Cavo et al. 2012), 161 patients. They report p1 − p2 = −0.0621 (−0.1186 to −0.0046).
 * const ci = newcombePairedInterval([[59, 6], [16, 80]]);
 * ci.estimate //=> 0.0621
 * [ci.lower, ci.upper] //=> [0.0046, 0.1186]
 * ```
 */
export function newcombePairedInterval(
  table: TwoByTwo,
  options: NewcombePairedOptions = {},
): ProportionInterval {
  const [a, b, c, d] = readTwoByTwo('table', table);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  const n = a + b + c + d;
  if (n === 0) throw new RangeError('table has no pairs (all four cells are 0)');
  const p1 = (a + b) / n;
  const p2 = (a + c) / n;
  const [l1, u1] = wilsonLimits(a + b, n, confLevel, false);
  const [l2, u2] = wilsonLimits(a + c, n, confLevel, false);
  const phi = correctedPhi(a, b, c, d, n);
  // (c − b)/n rather than p2 − p1: exact, and exactly antisymmetric when T1 and T2 are swapped.
  const estimate = (c - b) / n;
  const dl1 = p1 - l1;
  const du1 = u1 - p1;
  const dl2 = p2 - l2;
  const du2 = u2 - p2;
  // Newcombe's (L, U) for p1 − p2, negated: lower = −U, upper = −L. |φ| ≤ 1 keeps each sum ≥ 0;
  // the max only absorbs rounding.
  const below = Math.sqrt(Math.max(0, dl2 * dl2 - 2 * phi * dl2 * du1 + du1 * du1));
  const above = Math.sqrt(Math.max(0, du2 * du2 - 2 * phi * du2 * dl1 + dl1 * dl1));
  return Object.freeze({
    estimate,
    lower: estimate - below,
    upper: estimate + above,
    confLevel,
    method: 'Newcombe hybrid score interval for paired proportions',
  });
}

// Newcombe's continuity-corrected phi: a positive ad − bc is reduced by n/2 (to no less than 0).
function correctedPhi(a: number, b: number, c: number, d: number, n: number): number {
  const margins = (a + b) * (c + d) * (a + c) * (b + d);
  if (margins === 0) return 0;
  const adbc = a * d - b * c;
  const corrected = adbc > n / 2 ? adbc - n / 2 : adbc >= 0 ? 0 : adbc;
  return corrected / Math.sqrt(margins);
}
