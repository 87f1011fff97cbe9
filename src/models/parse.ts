import type { z } from 'zod';
import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from 'fp-ts/lib/Either.js';
import { unreadableRecord } from './record-guard.js';
import { fromZodIssues, type ValidationIssue } from './validation-issue.js';

/**
 * Parses one record with any schema: `Right(value)` or `Left(issues)`. Never throws on data.
 *
 * @category Validation
 * @example
 * ```ts
 * import { parseWith, EmploymentSchema } from 'sos-eval/models';
 *
 * parseWith(EmploymentSchema, 'agency') //=> { _tag: 'Right', right: 'agency' }
 * parseWith(EmploymentSchema, 'locum')._tag //=> 'Left'
 * ```
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): Either<ValidationIssue[], z.output<S>> {
  const result = schema.safeParse(input);
  return result.success ? right(result.data) : left(fromZodIssues(result.error.issues));
}

/** What {@link parseMany} returns: every valid row, and an issue for every problem in the others. */
export interface ParsedRows<T> {
  /** The rows that passed, in input order. */
  readonly rows: T[];
  /** The input index of each kept row (so `rows[i]` came from `input[indices[i]]`). */
  readonly indices: number[];
  /** One issue per problem; each path starts with the row's index in the input. */
  readonly issues: ValidationIssue[];
  /** How many input rows were rejected (each has at least one issue). */
  readonly rejected: number;
}

/**
 * Parses a list of records, keeping the valid ones and reporting every problem in the rest with
 * its row index first in the path. Nothing is thrown and nothing is dropped silently: every input
 * row is either in `rows` or has an issue.
 *
 * @category Validation
 * @example
 * ```ts
 * import { parseMany, EmploymentSchema } from 'sos-eval/models';
 *
 * const parsed = parseMany(EmploymentSchema, ['permanent', 'locum', 'agency']);
 * parsed.rows //=> ['permanent', 'agency']
 * parsed.issues[0].path //=> [1]
 * ```
 */
export function parseMany<S extends z.ZodType>(
  schema: S,
  input: readonly unknown[],
): ParsedRows<z.output<S>> {
  if (!Array.isArray(input)) {
    return {
      rows: [],
      indices: [],
      issues: [{ path: [], code: 'invalid_type', message: 'record: expected an array of rows' }],
      rejected: 0,
    };
  }
  const rows: z.output<S>[] = [];
  const indices: number[] = [];
  const issues: ValidationIssue[] = [];
  let rejected = 0;
  // A plain loop, not forEach: a hole in a sparse array is a row (undefined) and gets its issue.
  const n = input.length;
  for (let i = 0; i < n; i++) {
    let result: z.ZodSafeParseResult<z.output<S>>;
    try {
      result = schema.safeParse(input[i]);
    } catch (error) {
      // A getter that throws or a revoked proxy: the row cannot be read, so it is reported.
      rejected++;
      issues.push(unreadableRecord(i, error));
      continue;
    }
    if (result.success) {
      rows.push(result.data);
      indices.push(i);
    } else {
      rejected++;
      for (const issue of fromZodIssues(result.error.issues, [i])) issues.push(issue);
    }
  }
  return { rows, indices, issues, rejected };
}
