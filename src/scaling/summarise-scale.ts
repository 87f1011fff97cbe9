import { assertIterable } from '../_lib/args.js';
import { quantileTypeOption } from './_quantile-type-option.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { mean as meanOf } from '../_lib/numeric/mean.js';
import { quantileSorted } from '../_lib/numeric/quantile.js';
import { sd as sdOf } from '../_lib/numeric/variance.js';
import { readScore } from './_read-score.js';
import { assertScale } from './_scale-arg.js';
import { stepIndex } from '../_lib/on-scale.js';
import type { QuantileType } from '../_lib/numeric/quantile.js';
import type { Scale } from './scale.js';

/**
 * How many valid scores sit on one point of a scale: one tidy row per point.
 *
 * @category Summaries
 */
export interface ScalePointCount {
  /** The point on the scale. */
  readonly score: number;
  /** How many valid scores equal it. */
  readonly count: number;
}

/**
 * Summary of a set of scores on one scale. Statistics use the valid scores only; they are `null`
 * when there are none (and `sd` when there is only one, as R's `sd` gives `NA`).
 *
 * @category Summaries
 */
export interface ScaleSummary {
  /** The scale's id. */
  readonly scale: string;
  /** The quantile type used for `median`, `q1` and `q3`. */
  readonly type: QuantileType;
  /** Number of valid scores (on the scale) used in the statistics. */
  readonly n: number;
  /** Number of missing values (`null`, `undefined` or NaN). */
  readonly missing: number;
  /** Number of values that were not valid scores (off the scale, not on a step, not a number); see `issues`. */
  readonly invalid: number;
  /** Arithmetic mean. */
  readonly mean: number | null;
  /** Standard deviation with divisor n − 1 (R's `sd`). */
  readonly sd: number | null;
  /** Median: the 0.5 quantile of the chosen type. */
  readonly median: number | null;
  /** First quartile: the 0.25 quantile of the chosen type. */
  readonly q1: number | null;
  /** Third quartile: the 0.75 quantile of the chosen type. */
  readonly q3: number | null;
  /** Smallest valid score. */
  readonly min: number | null;
  /** Largest valid score. */
  readonly max: number | null;
  /** Count of valid scores at every point of the scale, zeros included, in scale order. */
  readonly counts: readonly ScalePointCount[];
  /** One issue per invalid value, its path the value's index. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Options for `summariseScale`.
 *
 * @category Summaries
 */
export interface SummariseScaleOptions {
  /** R quantile type for the median and quartiles (default 7, R's default). */
  readonly type?: QuantileType;
}

/**
 * Summarises scores on a scale: n, missing, mean, sd (n − 1), median and quartiles (R's
 * `quantile(x, type = 7)` by default; all nine R types are supported), min, max and the count at
 * every point of the scale. Missing values (`null`, `undefined`, NaN) are counted in `missing`;
 * values off the scale are reported in `issues`, counted in `invalid` and left out of the
 * statistics. Never throws on bad data. `scores` may be any iterable; it holds the valid scores
 * while it works — for constant memory over a long stream, or to merge chunks and counts made
 * elsewhere, use {@link tallyScale} and {@link summariseScaleTally}, which give the same summary.
 *
 * @throws TypeError when `scores` is not iterable or `scale` is not a scale; RangeError when
 *   `type` is not 1–9.
 * @category Summaries
 * @example
 * ```ts
 * import { summariseScale, SAFETY_SCALE } from 'sos-eval/scaling';
 *
 * const s = summariseScale([2, 4, 4.5, null, 7, 12], SAFETY_SCALE);
 * [s.n, s.missing, s.invalid] //=> [4, 1, 1]
 * [s.mean, s.median, s.q1, s.q3] //=> [4.375, 4.25, 3.5, 5.125]
 * s.sd //=> 2.0565
 * s.issues[0].code //=> 'too_big'
 * summariseScale([2, 4, 4.5, 7], SAFETY_SCALE, { type: 6 }).q3 //=> 6.375
 * ```
 */
export function summariseScale(
  scores: Iterable<number | null | undefined>,
  scale: Scale,
  options: SummariseScaleOptions = {},
): ScaleSummary {
  assertIterable('scores', scores);
  assertScale('scale', scale);
  const quantileType = quantileTypeOption(options);

  const valid: number[] = [];
  const issues: ValidationIssue[] = [];
  let missing = 0;
  let i = 0;
  for (const value of scores) {
    const read = readScore(value, scale, [i++]);
    if (read.kind === 'score') valid.push(read.score);
    else if (read.kind === 'missing') missing++;
    else issues.push(read.issue);
  }

  const tally = scale.points.map(() => 0);
  for (const s of valid) tally[stepIndex(s, scale.min, scale.step)]!++;
  const counts = scale.points.map((score, k) => ({ score, count: tally[k]! }));

  const n = valid.length;
  const sorted = [...valid].sort((a, b) => a - b);
  // Compensated, two-pass (src/_lib/numeric): a naive sum / n left 10^4 scores of 0.7 with sd
  // 1.2e-13 where R gives 0.
  const mean = n === 0 ? null : meanOf(valid);
  const sd = n < 2 ? null : sdOf(valid);
  const q = (p: number): number | null =>
    n === 0 ? null : quantileSorted(sorted, p, quantileType);

  return {
    scale: scale.id,
    type: quantileType,
    n,
    missing,
    invalid: issues.length,
    mean,
    sd,
    median: q(0.5),
    q1: q(0.25),
    q3: q(0.75),
    min: n === 0 ? null : sorted[0]!,
    max: n === 0 ? null : sorted[n - 1]!,
    counts,
    issues,
  };
}
