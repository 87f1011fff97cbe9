import type { ValidationIssue } from './validation-issue.js';

// Issue 13: one behaviour for rows that are not records, in every parser and aggregate. A row
// that is null, a number, a string or a hole (undefined) is an `invalid_type` issue at its index;
// a row whose fields cannot be read (a getter that throws, a revoked proxy) is `unreadable`. Both
// are reported and the row left out — never thrown, never counted as a value.

const show = (value: unknown): string =>
  value === null
    ? 'null'
    : value === undefined
      ? 'nothing (a missing row)'
      : typeof value === 'string'
        ? `a string`
        : typeof value;

/**
 * @internal The issue for row `index` when `value` is not an object (null, a primitive, a hole),
 * or `null` when it is one.
 */
export function notARecord(
  index: number,
  value: unknown,
  what = 'a record',
): ValidationIssue | null {
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) return null;
  return {
    path: [index],
    code: 'invalid_type',
    message: `[${index}]: expected ${what}, got ${show(value)}; the row is left out`,
  };
}

/** @internal The issue for row `index` whose fields threw `error` when read. */
export function unreadableRecord(index: number, error: unknown): ValidationIssue {
  const reason = error instanceof Error ? error.message : 'reading it threw';
  return {
    path: [index],
    code: 'unreadable',
    message: `[${index}]: the row could not be read (${reason}); the row is left out`,
  };
}
