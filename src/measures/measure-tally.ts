import type { ValidationIssue } from '../models/validation-issue.js';

/**
 * How many respondents had one value of a score (one row of a {@link MeasureTallyCell}'s
 * `values`).
 *
 * @category Summaries
 * @example
 * ```ts
 * import type { MeasureValueCount } from 'sos-eval/measures';
 * const row: MeasureValueCount = { value: 9, count: 3 };
 * row.count //=> 3
 * ```
 */
export interface MeasureValueCount {
  /** A score. */
  readonly value: number;
  /** Respondents with that score. */
  readonly count: number;
}

/**
 * How often a flag was set and unset in a {@link MeasureTallyCell} (respondents whose flag was
 * `null` — not computable — are in neither).
 *
 * @category Summaries
 * @example
 * ```ts
 * import type { MeasureFlagCount } from 'sos-eval/measures';
 * const isolated: MeasureFlagCount = { set: 34, unset: 66 };
 * isolated.set / (isolated.set + isolated.unset) //=> 0.34
 * ```
 */
export interface MeasureFlagCount {
  /** Respondents with the flag `true`. */
  readonly set: number;
  /** Respondents with the flag `false`. */
  readonly unset: number;
}

/**
 * Everything {@link summariseMeasureTally} needs about one score of one measure in one group:
 * counts of each value, of missing scores, of each band and of each flag. Its size grows with the
 * number of distinct scores, never with the number of respondents.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { tallyMeasure, scoreMany, LSNS_6 } from 'sos-eval/measures';
 * const [cell] = tallyMeasure(scoreMany(LSNS_6, [[3, 2, 2, 1, 1, 0], [3, 2, 2, 1, 1, 0]])).cells;
 * cell.values //=> [{ value: 9, count: 2 }]
 * cell.flags //=> { isolated: { set: 2, unset: 0 } }
 * ```
 */
export interface MeasureTallyCell {
  /** The group label, or null when not grouped. */
  readonly group: string | null;
  /** The measure's id. */
  readonly measure: string;
  /** The score tallied (`'total'` for each respondent's headline total). */
  readonly score: string;
  /** Counts of each score value, in ascending order of value. */
  readonly values: readonly MeasureValueCount[];
  /** Respondents whose score is null. */
  readonly missing: number;
  /** Respondents in each band of the score, by band label, in order of first appearance. */
  readonly bands: Readonly<Record<string, number>>;
  /** Set and unset counts of every flag the respondents carried, by flag name. */
  readonly flags: Readonly<Record<string, MeasureFlagCount>>;
}

/**
 * A tally of measure scores: one {@link MeasureTallyCell} per group × measure × score, in order
 * of first appearance. Made by {@link tallyMeasure} (or its async twin) from scored responses, by
 * {@link measureTallyFromCounts} from counts made elsewhere, and merged by
 * {@link getMeasureTallyMonoid}; {@link summariseMeasureTally} turns it into summary rows.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { tallyMeasure, scoreMany, PEARLIN_MASTERY } from 'sos-eval/measures';
 * const tally = tallyMeasure(scoreMany(PEARLIN_MASTERY, [[2, 2, 1, 3, 2, 4, 1]]));
 * tally.cells.length //=> 1
 * ```
 */
export interface MeasureTally {
  /** One cell per group × measure × score. */
  readonly cells: readonly MeasureTallyCell[];
  /**
   * Rows left out, each with its index: a row that is not a scored response (`invalid_type`,
   * such as `null`) or cannot be read (`unreadable`). Merged tallies keep both sides' issues.
   */
  readonly issues: readonly ValidationIssue[];
}
