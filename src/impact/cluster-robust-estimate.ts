import type { ValidationIssue } from '../models/validation-issue.js';
import type { TestResult } from '../stats/test-result.js';
import type { CoefficientRow } from './coefficient-row.js';

/**
 * One coefficient of a regression on tidy rows, with its cluster-robust test: what
 * {@link DifferenceInDifferencesResult} and {@link TwoWayFixedEffectsResult} have in common. Shaped
 * like R's `htest` ({@link TestResult}), so `formatTest` from `sos-eval/stats` prints it, with the
 * model's coefficients as tidy rows and the rows left out as issues.
 *
 * @category Results
 */
export interface ClusterRobustEstimate extends TestResult {
  readonly method: string;
  /**
   * The coefficient of interest: the `treated:post` interaction (difference-in-differences) or
   * the treatment's (two-way fixed effects).
   */
  readonly estimate: number;
  /** Its term: `'treated:post'`, or the treatment column's name. */
  readonly estimateName: string;
  /**
   * Cluster-robust standard error (HC1, as R's `sandwich::vcovCL(fit, cluster, type = "HC1")` on
   * the dummy-variable `lm`).
   */
  readonly se: number;
  /** t = estimate / se. */
  readonly statistic: number;
  readonly statisticName: string;
  /** Degrees of freedom: clusters − 1. */
  readonly df: number;
  /** Two-sided p-value from t on df. */
  readonly pValue: number;
  readonly confInt: readonly [number, number];
  readonly confLevel: number;
  /**
   * The model's coefficients with cluster-robust inference, in R's order: every one
   * (difference-in-differences), or the treatment and covariates (two-way fixed effects, whose
   * fixed effects are absorbed).
   */
  readonly coefficients: readonly CoefficientRow[];
  /** Rows used. */
  readonly n: number;
  /** Clusters among the rows used. */
  readonly nClusters: number;
  /** Rows left out because a cell was missing or unreadable (each reported in `issues`). */
  readonly nMissing: number;
  /** One issue per unreadable cell. */
  readonly issues: readonly ValidationIssue[];
}
