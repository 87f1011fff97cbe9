import { showValue } from '../_lib/args.js';
import { orderStatistic, sortCounts } from '../_lib/numeric/counts.js';
import { mean as meanOf } from '../_lib/numeric/mean.js';
import { quantileAt } from '../_lib/numeric/quantile.js';
import { sd as sdOf } from '../_lib/numeric/variance.js';
import { assertScale } from './_scale-arg.js';
import { quantileTypeOption } from './_quantile-type-option.js';
import type { Scale } from './scale.js';
import type { ScaleTally } from './scale-tally.js';
import type { ScaleSummary, SummariseScaleOptions } from './summarise-scale.js';

/**
 * The {@link ScaleSummary} of a {@link ScaleTally}: the same n, missing, invalid, mean, sd (n − 1),
 * median and quartiles (any of R's nine quantile types, default 7), min, max, counts and issues
 * that {@link summariseScale} gives for the scores themselves. Every order statistic of counted
 * scores is an order statistic of the sample, so quantiles are exact, and the summary of merged
 * chunk tallies is the summary of all their scores.
 *
 * @param tally - From {@link tallyScale}, {@link tallyScaleAsync}, {@link scaleTallyFromCounts}
 *   or {@link getScaleTallyMonoid}.
 * @param scale - The scale the tally is on.
 * @param options - R's quantile `type`.
 * @throws TypeError when `tally` is not a tally or `scale` not a scale; RangeError when the tally
 *   is on another scale or `type` is not 1–9.
 * @category Summaries
 * @example
 * ```ts
 * import { scaleTallyFromCounts, summariseScaleTally, CONFIDENCE_SCALE } from 'sos-eval/scaling';
 *
 * // Ratings 5, 5, 7, 9: R's quantile(c(5, 5, 7, 9), type = 7) gives 5, 6 and 7.5.
 * const t = scaleTallyFromCounts([{ score: 5, count: 2 }, { score: 7, count: 1 }, { score: 9, count: 1 }], CONFIDENCE_SCALE);
 * const s = summariseScaleTally(t, CONFIDENCE_SCALE);
 * [s.q1, s.median, s.q3, s.mean] //=> [5, 6, 7.5, 6.5]
 * ```
 */
export function summariseScaleTally(
  tally: ScaleTally,
  scale: Scale,
  options: SummariseScaleOptions = {},
): ScaleSummary {
  assertScale('scale', scale);
  if (tally === null || typeof tally !== 'object' || !Array.isArray(tally.counts)) {
    throw new TypeError(`tally must be a ScaleTally, got ${showValue(tally)}`);
  }
  if (tally.scale !== scale.id || tally.counts.length !== scale.points.length) {
    throw new RangeError(
      `tally is on scale ${JSON.stringify(tally.scale)}, not ${JSON.stringify(scale.id)}`,
    );
  }
  const type = quantileTypeOption(options);
  const counts = sortCounts(tally.counts.map((c) => [c.score, c.count] as const));
  const { n } = counts;
  const mean = n === 0 ? null : meanOf(counts.values, counts.counts);
  const q = (p: number): number | null =>
    n === 0 ? null : quantileAt((k) => orderStatistic(counts, k), n, p, type);
  return {
    scale: scale.id,
    type,
    n,
    missing: tally.missing,
    invalid: tally.invalid,
    mean,
    sd: n < 2 ? null : sdOf(counts.values, counts.counts),
    median: q(0.5),
    q1: q(0.25),
    q3: q(0.75),
    min: n === 0 ? null : counts.values[0]!,
    max: n === 0 ? null : counts.values[counts.values.length - 1]!,
    counts: tally.counts,
    issues: tally.issues,
  };
}
