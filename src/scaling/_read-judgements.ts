import { showValue } from '../_lib/args.js';
import { isIsoDate } from '../models/iso-date.js';
import { unreadableRecord } from '../models/record-guard.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { readScore } from './_read-score.js';
import type { CaseJudgement } from './case-judgement.js';
import type { Scale } from './scale.js';

/** A judgement row that passed the checks; `score` is null when missing. */
export interface CheckedJudgement {
  readonly index: number;
  readonly caseId: string;
  readonly date: string;
  readonly score: number | null;
  readonly scoredBy: string;
}

/** Checks every row; rows with a bad case id, date, scorer or score become issues. */
export function checkJudgements(
  judgements: readonly CaseJudgement[],
  scale: Scale,
  scorers: readonly string[],
): { rows: CheckedJudgement[]; issues: ValidationIssue[] } {
  const rows: CheckedJudgement[] = [];
  const issues: ValidationIssue[] = [];
  // A plain loop, not forEach: a hole in a sparse array is a row and gets its issue.
  for (let index = 0; index < judgements.length; index++) {
    const raw = judgements[index];
    const problems: ValidationIssue[] = [];
    if (raw === null || typeof raw !== 'object') {
      issues.push({
        path: [index],
        code: 'invalid_type',
        message: `[${index}]: expected a judgement object, got ${showValue(raw)}`,
      });
      continue;
    }
    // Read each field once; a getter that throws or a revoked proxy makes the row unreadable.
    let j: { caseId: unknown; date: unknown; score: unknown; scoredBy: unknown };
    try {
      j = { caseId: raw.caseId, date: raw.date, score: raw.score, scoredBy: raw.scoredBy };
    } catch (error) {
      issues.push(unreadableRecord(index, error));
      continue;
    }
    if (typeof j.caseId !== 'string' || j.caseId === '')
      problems.push({
        path: [index, 'caseId'],
        code: 'invalid_type',
        message: `[${index}].caseId: expected a non-empty string, got ${showValue(j.caseId)}`,
      });
    if (!isIsoDate(j.date))
      problems.push({
        path: [index, 'date'],
        code: 'invalid_date',
        message: `[${index}].date: expected a real calendar date written YYYY-MM-DD, got ${showValue(j.date)}`,
      });
    if (!scorers.includes(j.scoredBy as string))
      problems.push({
        path: [index, 'scoredBy'],
        code: 'invalid_value',
        message: `[${index}].scoredBy: expected ${scorers.map((s) => `'${s}'`).join(', ')}, got ${showValue(j.scoredBy)}`,
      });
    const read = readScore(j.score, scale, [index, 'score']);
    if (read.kind === 'invalid') problems.push(read.issue);
    if (problems.length > 0) {
      for (const p of problems) issues.push(p);
      continue;
    }
    rows.push({
      index,
      caseId: j.caseId as string,
      date: j.date as string,
      score: read.kind === 'score' ? read.score : null,
      scoredBy: j.scoredBy as string,
    });
  }
  return { rows, issues };
}

/** Checks a list of scorers given as an option: unique non-empty strings, at least one. */
export function scorersOption(name: string, value: unknown): readonly string[] {
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    value.some((s) => typeof s !== 'string' || s === '') ||
    new Set(value).size !== value.length
  )
    throw new TypeError(
      `${name} must be a non-empty array of distinct scorer names, got ${showValue(value)}`,
    );
  return value as readonly string[];
}
