/**
 * What kind of values a measure takes, which decides the test: `binary` (yes/no: `true`/`false`
 * or 1/0), `categorical` (unordered labels), `ordinal` (ordered codes such as a 5-point feeling),
 * `scale` (a 0–10 scaling judgement) or `interval` (a score with equal steps, such as an LSNS-6
 * total, where means are meaningful).
 *
 * @category Comparisons
 */
export type MeasureKind = 'binary' | 'categorical' | 'ordinal' | 'scale' | 'interval';

/**
 * Every {@link MeasureKind}, for validation and pick-lists.
 *
 * @category Comparisons
 * @example
 * ```ts
 * import { MEASURE_KINDS } from 'sos-eval/longitudinal';
 *
 * MEASURE_KINDS //=> ['binary', 'categorical', 'ordinal', 'scale', 'interval']
 * ```
 */
export const MEASURE_KINDS: readonly MeasureKind[] = Object.freeze([
  'binary',
  'categorical',
  'ordinal',
  'scale',
  'interval',
]);

/**
 * How {@link compareWaves}, {@link compareAcrossWaves}, {@link compareCohorts} and
 * {@link compareGroups} read a measure: a property name, or a function of the record. `null` and
 * `undefined` are missing (counted); `NaN` and values of the wrong type are reported as issues and
 * counted as missing.
 *
 * @category Comparisons
 */
export type MeasureOption<R> = (keyof R & string) | ((record: R) => unknown);
