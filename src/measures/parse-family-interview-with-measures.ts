import type { Either } from 'fp-ts/lib/Either.js';
import { isLeft, left } from 'fp-ts/lib/Either.js';
import { showValue } from '../_lib/args.js';
import { parseFamilyInterview, type FamilyInterview } from '../models/family-interview.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { MeasureDefinition } from './measure-definition.js';
import { MEASURES } from './measures-registry.js';
import { validateMeasureResponses } from './validate-measure-responses.js';

/**
 * Parses a family interview (as `parseFamilyInterview` from `sos-eval/models`) and also checks its
 * measure responses against their definitions: each key of `measures` must name a definition
 * (the built-in {@link MEASURES} by default; pass your own, e.g. one made with
 * `defineClientEngagement`), and every code must be a whole number in the item range, with one
 * response per item. Missing items (`null`) are allowed — they are data, scored under the
 * measure's missing-item policy. Issue paths start `['measures', id, itemIndex]`.
 *
 * @category Validation
 * @example
 * ```ts
 * import { parseFamilyInterviewWithMeasures } from 'sos-eval/measures';
 * const interview = {
 *   familyId: 'F-0001', wave: 'T1', date: '2015-07-02', workerChanges: 1,
 *   agencyWorker: false, stillAllocated: true, feeling: 'positive',
 * };
 * parseFamilyInterviewWithMeasures({ ...interview, measures: { 'lsns-6': [3, 2, null, 1, 1, 0] } })._tag //=> "Right"
 * const bad = parseFamilyInterviewWithMeasures({ ...interview, measures: { 'lsns-6': [3, 2, 9, 1, 1, 0] } });
 * bad._tag === 'Left' && bad.left[0].path //=> ['measures', 'lsns-6', 2]
 * ```
 */
export function parseFamilyInterviewWithMeasures(
  input: unknown,
  definitions: Readonly<Record<string, MeasureDefinition>> = MEASURES,
): Either<ValidationIssue[], FamilyInterview> {
  if (definitions === null || typeof definitions !== 'object') {
    throw new TypeError(
      `definitions must be an object of measure definitions by id, got ${showValue(definitions)}`,
    );
  }
  const parsed = parseFamilyInterview(input);
  if (isLeft(parsed)) return parsed;
  const issues: ValidationIssue[] = [];
  for (const [id, responses] of Object.entries(parsed.right.measures ?? {})) {
    const definition = Object.hasOwn(definitions, id) ? definitions[id] : undefined;
    if (definition === undefined) {
      issues.push({
        path: ['measures', id],
        code: 'unknown_measure',
        message: `measures.${id}: no measure definition has this id (known: ${Object.keys(definitions).join(', ')})`,
      });
      continue;
    }
    for (const issue of validateMeasureResponses(definition, responses)) {
      if (issue.code === 'missing') continue;
      issues.push({
        ...issue,
        path: ['measures', id, ...issue.path],
        message: `measures.${id}: ${issue.message}`,
      });
    }
  }
  return issues.length > 0 ? left(issues) : parsed;
}
