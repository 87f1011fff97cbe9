// Reading one group's values of a measure: kept values, how many were set aside, and issues.
import type { ValidationIssue } from '../models/validation-issue.js';
import type { MeasureKind } from './measure-kind.js';
import { readCell, type Cell, type MeasureReader } from './_values.js';

export function readGroup<R>(
  records: readonly R[],
  kind: MeasureKind,
  measure: MeasureReader<R>,
  label: string,
  issues: ValidationIssue[],
  path: (i: number) => (string | number)[] = (i) => [label, i],
): { values: Cell[]; nMissing: number } {
  const values: Cell[] = [];
  records.forEach((r, i) => {
    const v = readCell(kind, measure.get(r), measure.name, path(i), issues);
    if (v !== null) values.push(v);
  });
  return { values, nMissing: records.length - values.length };
}
