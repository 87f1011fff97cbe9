import type { MeasureDefinition } from './measure-definition.js';
import { LSNS_6 } from './lsns-6.js';
import { PEARLIN_MASTERY } from './pearlin-mastery.js';
import { SDQ_PARENT, SDQ_SELF, SDQ_TEACHER } from './sdq.js';

/**
 * Ids of the built-in measure definitions in {@link MEASURES}.
 *
 * @category Instruments
 * @example
 * ```ts
 * import type { BuiltInMeasureId } from 'sos-eval/measures';
 * const id: BuiltInMeasureId = 'sdq-parent';
 * id //=> "sdq-parent"
 * ```
 */
export type BuiltInMeasureId =
  'lsns-6' | 'pearlin-mastery' | 'sdq-parent' | 'sdq-teacher' | 'sdq-self';

/**
 * The built-in definitions by id, so records (such as family interviews) can name a measure by
 * id. The Client Engagement Scale is absent: its item map must be supplied by the user
 * (`defineClientEngagement`).
 *
 * @category Instruments
 * @example
 * ```ts
 * import { MEASURES, scoreMeasure } from 'sos-eval/measures';
 * Object.keys(MEASURES) //=> ['lsns-6', 'pearlin-mastery', 'sdq-parent', 'sdq-teacher', 'sdq-self']
 * scoreMeasure(MEASURES['pearlin-mastery'], [1, 1, 1, 1, 1, 1, 1]).total //=> 22
 * ```
 */
export const MEASURES: Readonly<Record<BuiltInMeasureId, MeasureDefinition>> = Object.freeze({
  'lsns-6': LSNS_6,
  'pearlin-mastery': PEARLIN_MASTERY,
  'sdq-parent': SDQ_PARENT,
  'sdq-teacher': SDQ_TEACHER,
  'sdq-self': SDQ_SELF,
});
