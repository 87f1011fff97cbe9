import { showValue } from '../_lib/args.js';
import type { AnyStudy } from '../models/study/study.js';
import { defineMeasure } from './define-measure.js';
import type { MeasureDefinition, MeasureDefinitionInput } from './measure-definition.js';
import { MEASURES } from './measures-registry.js';

/**
 * The measure definitions of a study, by id: each id the study lists is looked up among the
 * built-in {@link MEASURES}, each definition it gives is made with {@link defineMeasure}. A study
 * that lists no measures has the built-in ones.
 *
 * @param study - A study made by `defineStudy`.
 * @returns The study's measure definitions by id.
 * @throws RangeError naming a listed id that is not a built-in measure; whatever
 *   {@link defineMeasure} throws for a broken definition.
 * @category Validation
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { studyMeasures } from 'sos-eval/measures';
 *
 * const study = defineStudy({
 *   id: 's', title: 'S', pilots: [{ id: 'a', name: 'A' }],
 *   cohorts: [{ id: 'c', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'w1', label: 'Baseline' }, { id: 'w2', label: 'Six months' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 *   measures: ['lsns-6', 'pearlin-mastery'],
 * });
 * Object.keys(studyMeasures(study)) //=> ['lsns-6', 'pearlin-mastery']
 * ```
 */
export function studyMeasures(study: AnyStudy): Readonly<Record<string, MeasureDefinition>> {
  if (study === null || typeof study !== 'object' || !Array.isArray(study.measures))
    throw new TypeError(`study must be a study made by defineStudy, got ${showValue(study)}`);
  if (study.measures.length === 0) return MEASURES;
  const builtIn = MEASURES as Readonly<Record<string, MeasureDefinition>>;
  const entries = study.measures.map((m): [string, MeasureDefinition] => {
    if (typeof m !== 'string') return [m.id, defineMeasure(m as unknown as MeasureDefinitionInput)];
    const found = Object.hasOwn(builtIn, m) ? builtIn[m] : undefined;
    if (found === undefined)
      throw new RangeError(
        `study.measures lists ${JSON.stringify(m)}, which is not a built-in measure (${Object.keys(builtIn).join(', ')}); give its definition instead`,
      );
    return [m, found];
  });
  return Object.freeze(Object.fromEntries(entries));
}
