import type { z } from 'zod';

/**
 * One problem found in a record: where it is, what kind of problem, and a sentence a person can
 * act on. This is sos-eval's own shape, built from zod's issues, so the public API does not change
 * when zod's error formatting does.
 *
 * @category Validation
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 *
 * const result = SOS_2017.parse.pilot({ id: 'camden', name: 'Camden' });
 * result._tag === 'Left' && result.left[0] //=> {
 * //   path: ['id'], code: 'unknown_pilot',
 * //   message: 'id: "camden" is not a site of study "sos-2017" (wakefield, norfolk, wokingham, bristol, suffolk, lincolnshire, brent, west-sussex, leicestershire, tower-hamlets)' }
 * ```
 */
export interface ValidationIssue {
  /** Where the problem is: property names and array indices from the record's root (a list's row index first). */
  readonly path: readonly (string | number)[];
  /** A stable machine-readable kind, e.g. `invalid_type`, `too_big`, `unrecognized_keys`, `invalid_date`. */
  readonly code: string;
  /** A readable sentence naming the field and what was wrong. */
  readonly message: string;
}

const describePath = (path: readonly (string | number)[]): string =>
  path.length === 0
    ? 'record'
    : path
        .map((p) => (typeof p === 'number' ? `[${p}]` : p))
        .join('.')
        .replace(/\.\[/g, '[');

/**
 * @internal Maps zod issues to ValidationIssues, prefixing each path (e.g. with a row index).
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[] = [],
): ValidationIssue[] {
  return issues.flatMap((issue): ValidationIssue[] => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    // One issue per unknown field, pointing at it, so a CSV reader can name the column.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key],
        code: issue.code,
        message: `${describePath([...path, key])}: unknown field (not part of this record)`,
      }));
    }
    // zod's ISO date format is reported as invalid_date, the code the package has always used.
    const code =
      issue.code === 'custom' && typeof issue.params?.code === 'string'
        ? issue.params.code
        : issue.code === 'invalid_format' && issue.format === 'date'
          ? 'invalid_date'
          : issue.code;
    return [{ path, code, message: `${describePath(path)}: ${issue.message}` }];
  });
}
