// Assembling a Comparison from a test result, so every function fills the same columns the same way.
import type { ValidationIssue } from '../models/validation-issue.js';
import type { TestResult } from '../stats/test-result.js';
import type { Comparison } from './comparison-row.js';
import type { MeasureKind } from './measure-kind.js';

export interface RowParts {
  measure: string;
  comparison: string;
  kind: MeasureKind;
  estimate: number | null;
  confLow: number | null;
  confHigh: number | null;
  test: TestResult | null;
  /** The method to name when the test could not be run. */
  plannedMethod: string;
  effectSize?: number | null;
  pAdjusted?: number | null;
  n: number;
  nMissing: number;
  issues: readonly ValidationIssue[];
}

/**
 * A row's number, with NaN as `null`: where R answers NaN (a paired t-test whose differences are
 * all zero, Kruskal–Wallis with every value tied) the row says "not computable" the one way it
 * says so everywhere else. The raw `test` keeps R's NaN.
 */
export const numberOrNull = (x: number | null | undefined): number | null =>
  x === null || x === undefined || Number.isNaN(x) ? null : x;

export function comparisonOf(p: RowParts): Comparison {
  // R reports NA here (say a signed-rank test where every difference is zero): say so, as data.
  const undefinedP = p.test !== null && Number.isNaN(p.test.pValue);
  const issues = undefinedP
    ? [
        ...p.issues,
        {
          path: [],
          code: 'test_undefined',
          message: `${p.test?.method ?? p.plannedMethod} gives no p-value for these data (R: NA)`,
        },
      ]
    : p.issues;
  return {
    measure: p.measure,
    comparison: p.comparison,
    kind: p.kind,
    estimate: numberOrNull(p.estimate),
    confLow: numberOrNull(p.confLow),
    confHigh: numberOrNull(p.confHigh),
    statistic: numberOrNull(p.test?.statistic),
    df: numberOrNull(p.test?.df),
    pValue: numberOrNull(p.test?.pValue),
    pAdjusted: numberOrNull(p.pAdjusted),
    effectSize: numberOrNull(p.effectSize),
    method: p.test?.method ?? p.plannedMethod,
    n: p.n,
    nMissing: p.nMissing,
    test: p.test,
    issues,
  };
}
