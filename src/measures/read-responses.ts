import { showValue } from '../_lib/args.js';
import type { MeasureItems } from './measure-definition.js';
import type { ValidationIssue } from '../models/validation-issue.js';

/** @internal Valid codes in item order (null where missing or invalid) and the issues found. */
export interface ReadResponses {
  codes: (number | null)[];
  issues: ValidationIssue[];
}

/** @internal Whether `value` is a valid code for `items`: a whole number in range. */
export function isValidCode(value: unknown, items: MeasureItems): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= items.min && value <= items.max
  );
}

/** @internal The issue for responses that are not an array. */
export function notArrayIssue(
  measureId: string,
  items: MeasureItems,
  responses: unknown,
): ValidationIssue {
  return {
    path: [],
    code: 'not_array',
    message: `${measureId} responses must be an array of ${items.count} item codes, got ${showValue(responses)}`,
  };
}

/** @internal The issue for an array of the wrong length. */
export function wrongLengthIssue(
  measureId: string,
  items: MeasureItems,
  length: number,
): ValidationIssue {
  return {
    path: [],
    code: 'wrong_length',
    message: `${measureId} has ${items.count} items, got ${length} responses`,
  };
}

/**
 * @internal The issue for item `index` (0-based) whose value is not a valid code. Shared by
 * {@link readResponses} and scoreMeasure's compiled plan, so both word issues the same way.
 */
export function itemIssue(index: number, value: unknown, items: MeasureItems): ValidationIssue {
  const item = `item ${index + 1}`;
  if (value === null || value === undefined) {
    return { path: [index], code: 'missing', message: `${item} is missing` };
  }
  if (typeof value !== 'number') {
    return {
      path: [index],
      code: 'invalid_type',
      message: `${item} must be a number, got ${showValue(value)}`,
    };
  }
  if (!Number.isInteger(value)) {
    return {
      path: [index],
      code: 'not_integer',
      message: `${item} must be a whole number, got ${showValue(value)}`,
    };
  }
  return {
    path: [index],
    code: 'out_of_range',
    message: `${item} must be from ${items.min} to ${items.max}, got ${value}`,
  };
}

/**
 * @internal Reads raw responses against an item range. Never throws: anything that is not a
 * whole number in range becomes an issue and counts as missing.
 */
export function readResponses(
  measureId: string,
  items: MeasureItems,
  responses: unknown,
): ReadResponses {
  const issues: ValidationIssue[] = [];
  const codes: (number | null)[] = new Array<number | null>(items.count).fill(null);
  if (!Array.isArray(responses)) {
    issues.push(notArrayIssue(measureId, items, responses));
    return { codes, issues };
  }
  if (responses.length !== items.count) {
    issues.push(wrongLengthIssue(measureId, items, responses.length));
  }
  for (let i = 0; i < items.count; i++) {
    const value: unknown = i < responses.length ? responses[i] : undefined;
    // Valid codes, the common case, come first and build no message.
    if (isValidCode(value, items)) codes[i] = value;
    else issues.push(itemIssue(i, value, items));
  }
  return { codes, issues };
}
