import { assertOneOf } from '../_lib/args.js';

/**
 * The alternative hypothesis, spelt as in R's `alternative =` argument.
 *
 * @category Options
 */
export type Alternative = 'two.sided' | 'less' | 'greater';

/**
 * Every value {@link Alternative} may take, for validation and pick-lists.
 *
 * @category Options
 * @example
 * ```ts
 * import { ALTERNATIVES } from 'sos-eval/stats';
 *
 * ALTERNATIVES //=> ['two.sided', 'less', 'greater']
 * ```
 */
export const ALTERNATIVES: readonly Alternative[] = Object.freeze(['two.sided', 'less', 'greater']);

/** @internal Validates an `alternative` option, defaulting to R's `'two.sided'`. */
export function alternativeOption(value: unknown): Alternative {
  const alt = value ?? 'two.sided';
  assertOneOf('alternative', alt, ALTERNATIVES);
  return alt;
}
