import type { ValidationIssue } from '../models/validation-issue.js';
import type { ScalePointCount } from './summarise-scale.js';

/**
 * Scores on one scale held as counts: how many valid scores sit on each point, how many were
 * missing, and the issues of those that were invalid. The counts are enough for every statistic
 * of {@link summariseScale} — mean, sd, all nine R quantile types — so a tally is the sample, in
 * memory proportional to the scale's points. Made by {@link tallyScale} (or its async twin) and
 * {@link scaleTallyFromCounts}, merged by {@link getScaleTallyMonoid}, read by
 * {@link summariseScaleTally}.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { tallyScale, CONFIDENCE_SCALE } from 'sos-eval/scaling';
 * const t = tallyScale([7, 8, 8, null], CONFIDENCE_SCALE);
 * t.counts.filter((c) => c.count > 0) //=> [{ score: 7, count: 1 }, { score: 8, count: 2 }]
 * [t.missing, t.invalid] //=> [1, 0]
 * ```
 */
export interface ScaleTally {
  /** The scale's id. */
  readonly scale: string;
  /** Count of valid scores at every point of the scale, zeros included, in scale order. */
  readonly counts: readonly ScalePointCount[];
  /** Missing values (`null`, `undefined`, NaN). */
  readonly missing: number;
  /** Values that were not valid scores; one issue each in `issues`. */
  readonly invalid: number;
  /** One issue per invalid value, its path the value's index in the tallied sequence. */
  readonly issues: readonly ValidationIssue[];
}
