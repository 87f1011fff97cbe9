// Reading one group's values of a measure: kept values, how many were set aside, and issues.
import { notARecord, unreadableRecord } from '../models/record-guard.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { MeasureKind } from './measure-kind.js';
import { readCell, type Cell, type MeasureReader } from './_values.js';

/**
 * One record's value of a measure, as every comparison reads it (issue 13): a record that is not
 * an object (null, a primitive, a hole in a hand-made list) is an `invalid_type` issue at its path
 * and missing; an accessor that throws (a getter, a revoked proxy) is `unreadable` and missing;
 * otherwise the value as {@link readCell} reads it for the kind.
 */
export function readRecordCell<R>(
  kind: MeasureKind,
  record: unknown,
  measure: MeasureReader<R>,
  at: readonly (string | number)[],
  issues: ValidationIssue[],
): Cell | null {
  const where = at.map((p) => `[${p}]`).join('');
  if (notARecord(0, record) !== null) {
    const issue = notARecord(0, record) as ValidationIssue;
    issues.push({ ...issue, path: [...at], message: issue.message.replace('[0]', where) });
    return null;
  }
  let raw: unknown;
  try {
    raw = measure.get(record as R);
  } catch (error) {
    const issue = unreadableRecord(0, error);
    issues.push({ ...issue, path: [...at], message: issue.message.replace('[0]', where) });
    return null;
  }
  return readCell(kind, raw, measure.name, at, issues);
}

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
    const v = readRecordCell(kind, records[i], measure, path(i), issues);
    if (v !== null) values.push(v);
  }
  return { values, nMissing: records.length - values.length };
}
