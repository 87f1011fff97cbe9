import { showValue } from '../_lib/args.js';
import type { MeasureItems } from './measure-definition.js';
import type { ValidationIssue } from '../models/validation-issue.js';

/** @internal Valid codes in item order (null where missing or invalid) and the issues found. */
export interface ReadResponses {
  codes: (number | null)[];
  issues: ValidationIssue[];
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
    issues.push({
      path: [],
      code: 'not_array',
      message: `${measureId} responses must be an array of ${items.count} item codes, got ${showValue(responses)}`,
    });
    return { codes, issues };
  }
  if (responses.length !== items.count) {
    issues.push({
      path: [],
      code: 'wrong_length',
      message: `${measureId} has ${items.count} items, got ${responses.length} responses`,
    });
  }
  for (let i = 0; i < items.count; i++) {
    const value: unknown = i < responses.length ? responses[i] : undefined;
    // Valid codes, the common case, come first and build no message.
    if (
      typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= items.min &&
      value <= items.max
    ) {
      codes[i] = value;
      continue;
    }
    const item = `item ${i + 1}`;
    if (value === null || value === undefined) {
      issues.push({ path: [i], code: 'missing', message: `${item} is missing` });
    } else if (typeof value !== 'number') {
      issues.push({
        path: [i],
        code: 'invalid_type',
        message: `${item} must be a number, got ${showValue(value)}`,
      });
    } else if (!Number.isInteger(value)) {
      issues.push({
        path: [i],
        code: 'not_integer',
        message: `${item} must be a whole number, got ${showValue(value)}`,
      });
    } else if (value < items.min || value > items.max) {
      issues.push({
        path: [i],
        code: 'out_of_range',
        message: `${item} must be from ${items.min} to ${items.max}, got ${value}`,
      });
    } else {
      codes[i] = value;
    }
  }
  return { codes, issues };
}
