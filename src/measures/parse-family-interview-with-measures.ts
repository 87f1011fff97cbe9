import type { Either } from 'fp-ts/lib/Either.js';
import { isLeft, left } from 'fp-ts/lib/Either.js';
import { showValue } from '../_lib/args.js';
import type { AnyStudy, StudyRecord } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { MeasureDefinition } from './measure-definition.js';
import { studyMeasures } from './study-measures.js';
import { validateMeasureResponses } from './validate-measure-responses.js';

/**
 * Options for {@link parseFamilyInterviewWithMeasures}.
 *
 * @category Validation
 */
export interface ParseInterviewWithMeasuresOptions<S extends AnyStudy = AnyStudy> {
  /** The study whose interview schema checks the record (wave, date window, measure ids). */
  readonly study: S;
  /** Measure definitions by id (default: the study's, see {@link studyMeasures}). */
  readonly definitions?: Readonly<Record<string, MeasureDefinition>>;
}

/**
 * Parses a family interview with a study's schema (as `study.parse.familyInterview`) and also
 * checks its measure responses against their definitions: each key of `measures` must name a
 * definition (the study's, see {@link studyMeasures}; pass your own, e.g. one made with
 * `defineClientEngagement`), and every code must be a whole number in the item range, with one
 * response per item. Missing items (`null`) are allowed — they are data, scored under the
 * measure's missing-item policy. Issue paths start `['measures', id, itemIndex]`.
 *
 * @category Validation
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { parseFamilyInterviewWithMeasures } from 'sos-eval/measures';
 * const interview = {
 *   familyId: 'F-0001', wave: 'T1', date: '2015-07-02', workerChanges: 1,
 *   agencyWorker: false, stillAllocated: true, feeling: 'positive',
 * };
 * const options = { study: SOS_2017 };
 * parseFamilyInterviewWithMeasures({ ...interview, measures: { 'lsns-6': [3, 2, null, 1, 1, 0] } }, options)._tag //=> "Right"
 * const bad = parseFamilyInterviewWithMeasures({ ...interview, measures: { 'lsns-6': [3, 2, 9, 1, 1, 0] } }, options);
 * bad._tag === 'Left' && bad.left[0].path //=> ['measures', 'lsns-6', 2]
 * ```
 */
export function parseFamilyInterviewWithMeasures<S extends AnyStudy>(
  input: unknown,
  options: ParseInterviewWithMeasuresOptions<S>,
): Either<ValidationIssue[], StudyRecord<S, 'familyInterview'>> {
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object with a study, got ${showValue(options)}`);
  const { study } = options;
  if (
    study === null ||
    typeof study !== 'object' ||
    typeof study.parse?.familyInterview !== 'function'
  )
    throw new TypeError(
      `options.study must be a study made by defineStudy, got ${showValue(study)}`,
    );
  const definitions = options.definitions ?? studyMeasures(study);
  if (definitions === null || typeof definitions !== 'object') {
    throw new TypeError(
      `options.definitions must be an object of measure definitions by id, got ${showValue(definitions)}`,
    );
  }
  const parsed = study.parse.familyInterview(input) as Either<
    ValidationIssue[],
    StudyRecord<S, 'familyInterview'>
  >;
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
