import type { ValidationIssue } from '../models/validation-issue.js';
import type { TestResult } from '../stats/test-result.js';
import type { MeasureKind } from './measure-kind.js';

/**
 * One comparison as a tidy row: the same columns whatever the test, `null` where a column does
 * not apply (a Kruskal–Wallis row has no estimate), ready for a notebook table.
 *
 * @category Comparisons
 */
export interface ComparisonRow {
  /** The measure's name. */
  readonly measure: string;
  /**
   * What is compared, named by the study's labels: later minus earlier (`'Twelve months -
   * Baseline'`), second cohort minus first (`'Autumn referrals - Spring referrals'`), later group
   * minus earlier, or the groups or waves of an omnibus test (`'Baseline vs Six months vs Twelve
   * months'`). A difference is always written with a plain hyphen-minus between spaces.
   */
  readonly comparison: string;
  /** The measure's kind, which chose the test. */
  readonly kind: MeasureKind;
  /** Change in proportion, median change, mean change, or difference between groups; `null` for omnibus tests. */
  readonly estimate: number | null;
  /** Lower limit of the interval for `estimate`; `null` where there is none. */
  readonly confLow: number | null;
  /** Upper limit of the interval for `estimate`; `null` where there is none. */
  readonly confHigh: number | null;
  /** The test statistic; `null` when the test could not be computed or R gives NaN (see the issues). */
  readonly statistic: number | null;
  /** Degrees of freedom; `null` for tests without them. */
  readonly df: number | null;
  /** The p-value; `null` when the test could not be computed or R gives NA or NaN (an issue says why). */
  readonly pValue: number | null;
  /** Holm-adjusted p-value for pairwise follow-ups (compareGroups, compareAcrossWaves); `null` on other rows. */
  readonly pAdjusted: number | null;
  /** An effect size beside the estimate (Cohen's d_z for paired interval measures); `null` otherwise. */
  readonly effectSize: number | null;
  /** The test's method string, after R. */
  readonly method: string;
  /** Pairs, families (across waves) or records used. */
  readonly n: number;
  /** Pairs, families or records set aside because a value (or a wave, or a group) was missing or invalid. */
  readonly nMissing: number;
}

/**
 * A {@link ComparisonRow} with the full test object from `sos-eval/stats` and the data issues
 * met in the records it used.
 *
 * @category Comparisons
 */
export interface Comparison extends ComparisonRow {
  /** The test result exactly as `sos-eval/stats` returned it; `null` when it could not be computed. */
  readonly test: TestResult | null;
  /** Invalid values (counted in `nMissing`) and tests that could not be computed. */
  readonly issues: readonly ValidationIssue[];
}
