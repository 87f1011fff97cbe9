import { defineMeasure } from './define-measure.js';
import type { MeasureDefinition } from './measure-definition.js';
import { readResponses } from './read-responses.js';
import type { ValidationIssue } from '../models/validation-issue.js';

/**
 * Checks one respondent's item codes against a measure definition and returns the issues — not an
 * array, wrong length, missing items, codes that are not whole numbers or out of range — with
 * paths `[itemIndex]` (0-based). An empty list means every item is present and valid. Never throws
 * on the responses; a broken definition throws as in {@link defineMeasure}.
 *
 * @category Validation
 * @example
 * ```ts
 * import { validateMeasureResponses, LSNS_6 } from 'sos-eval/measures';
 * validateMeasureResponses(LSNS_6, [3, 2, 2, 1, 1, 0]) //=> []
 * validateMeasureResponses(LSNS_6, [3, 2, 9, 1, 1, null]).map((i) => i.code) //=> ['out_of_range', 'missing']
 * ```
 */
export function validateMeasureResponses(
  definition: MeasureDefinition,
  responses: unknown,
): ValidationIssue[] {
  const def = defineMeasure(definition);
  return readResponses(def.id, def.items, responses).issues;
}
