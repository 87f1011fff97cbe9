/**
 * How sure we are of a scoring rule, cut point or band table: `'official'` from the instrument's
 * owner, `'2+ sources'` when independent sources agree, `'1 source'`, or `'unverified'`.
 * Rules below `'official'` are data that users can override, never silent constants.
 *
 * @category Definitions
 * @example
 * ```ts
 * import { LSNS_6 } from 'sos-eval/measures';
 * LSNS_6.flags.isolated.rules['<12'].confidence //=> "1 source"
 * ```
 */
export type MeasureConfidence = 'official' | '2+ sources' | '1 source' | 'unverified';

/**
 * Every {@link MeasureConfidence} label, strongest first, for validation and pick-lists.
 *
 * @category Definitions
 * @example
 * ```ts
 * import { MEASURE_CONFIDENCES } from 'sos-eval/measures';
 * MEASURE_CONFIDENCES.length //=> 4
 * ```
 */
export const MEASURE_CONFIDENCES: readonly MeasureConfidence[] = Object.freeze([
  'official',
  '2+ sources',
  '1 source',
  'unverified',
]);
