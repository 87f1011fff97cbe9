import type { MeasureDefinition } from './measure-definition.js';

/**
 * The lowest and highest value a subscale or total of a measure can take, from the item range
 * and the number of items (reverse keying keeps the range). Throws a RangeError for an unknown
 * score name.
 *
 * @category Definitions
 * @example
 * ```ts
 * import { measureScoreRange, SDQ_PARENT, PEARLIN_MASTERY } from 'sos-eval/measures';
 * measureScoreRange(SDQ_PARENT, 'totalDifficulties') //=> { min: 0, max: 40 }
 * measureScoreRange(PEARLIN_MASTERY, 'total') //=> { min: 7, max: 28 }
 * ```
 */
export function measureScoreRange(
  definition: Pick<MeasureDefinition, 'id' | 'items' | 'subscales' | 'totals'>,
  score: string,
): {
  /** The lowest possible value. */
  min: number;
  /** The highest possible value. */
  max: number;
} {
  const { count, min, max } = definition.items;
  const ofItems = (n: number) => ({ min: n * min, max: n * max });
  if (Object.hasOwn(definition.subscales, score))
    return ofItems(definition.subscales[score]!.length);
  if (Object.hasOwn(definition.totals, score)) {
    const rule = definition.totals[score]!;
    if (rule.kind === 'all-items') return ofItems(count);
    const n = rule.subscales.reduce(
      (sum, name) => sum + (definition.subscales[name]?.length ?? 0),
      0,
    );
    return ofItems(n);
  }
  throw new RangeError(
    `score must name a subscale or total of ${definition.id} (${scoreNames(definition).join(', ')}), got ${JSON.stringify(score)}`,
  );
}

/** @internal Names of every subscale and total of a definition, subscales first. */
export function scoreNames(definition: Pick<MeasureDefinition, 'subscales' | 'totals'>): string[] {
  return [...Object.keys(definition.subscales), ...Object.keys(definition.totals)];
}
