// Reading one group's values of a measure: kept values, how many were set aside, and issues.
import { unreadableRecord } from '../models/record-guard.js';
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
  for (let i = 0; i < records.length; i++) {
    let raw: unknown;
    try {
      raw = measure.get(records[i] as R);
    } catch (error) {
      // A getter that throws or a revoked proxy: reported, counted as missing (issue 13).
      const issue = unreadableRecord(0, error);
      const at = path(i);
      issues.push({
        ...issue,
        path: at,
        message: issue.message.replace('[0]', `[${at.join('][')}]`),
      });
      continue;
    }
    const v = readCell(kind, raw, measure.name, path(i), issues);
    if (v !== null) values.push(v);
  }
  return { values, nMissing: records.length - values.length };
}
