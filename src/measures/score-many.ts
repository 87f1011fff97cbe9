import { assertArray } from '../_lib/args.js';
import type { MeasureDefinition } from './measure-definition.js';
import { compileScorer, type MeasureScore, type ScoreMeasureOptions } from './score-measure.js';

/**
 * Scores many respondents on one measure: {@link scoreMeasure} on each row, in order. Issue paths
 * stay relative to each row. Throws a TypeError when `rows` is not an array.
 *
 * @category Scoring
 * @example
 * ```ts
 * import { scoreMany, LSNS_6 } from 'sos-eval/measures';
 * scoreMany(LSNS_6, [[3, 2, 2, 1, 1, 0], [5, 5, 5, 5, 5, 5], null]).map((s) => s.total) //=> [9, 30, null]
 * ```
 */
export function scoreMany(
  definition: MeasureDefinition,
  rows: readonly unknown[],
  options?: ScoreMeasureOptions,
): MeasureScore[] {
  assertArray('rows', rows);
  // One compiled plan for the batch: the definition is checked and the options parsed once.
  const score = compileScorer(definition, options);
  return rows.map((row) => score(row));
}
