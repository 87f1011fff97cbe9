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

export function comparisonOf(p: RowParts): Comparison {
  return {
    measure: p.measure,
    comparison: p.comparison,
    kind: p.kind,
    estimate: p.estimate,
    confLow: p.confLow,
    confHigh: p.confHigh,
    statistic: p.test?.statistic ?? null,
    df: p.test?.df ?? null,
    pValue: p.test?.pValue ?? null,
    pAdjusted: p.pAdjusted ?? null,
    effectSize: p.effectSize ?? null,
    method: p.test?.method ?? p.plannedMethod,
    n: p.n,
    nMissing: p.nMissing,
    test: p.test,
    issues: p.issues,
  };
}
