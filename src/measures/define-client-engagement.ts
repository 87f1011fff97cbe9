import { CLIENT_ENGAGEMENT, type ClientEngagementDimension } from './client-engagement.js';
import { defineMeasure } from './define-measure.js';
import type {
  MeasureDefinition,
  MeasureItems,
  MeasureMissingPolicy,
} from './measure-definition.js';

/**
 * What {@link defineClientEngagement} needs from your licensed copy of the scale.
 *
 * @category Instruments
 * @example
 * ```ts
 * import type { ClientEngagementSetup } from 'sos-eval/measures';
 * const setup: ClientEngagementSetup = {
 *   items: { count: 5, min: 1, max: 5 }, reverseKeyed: [],
 *   dimensions: { receptivity: [1], expectancy: [2], investment: [3], workingRelationship: [4], mistrust: [5] },
 * };
 * setup.items.count //=> 5
 * ```
 */
export interface ClientEngagementSetup {
  /** Item count and response range (19 items coded 1–5 fits the printed total of 95, unverified). */
  readonly items: MeasureItems;
  /** 1-based item numbers of each dimension; every dimension is required, no item in two. */
  readonly dimensions: Readonly<Record<ClientEngagementDimension, readonly number[]>>;
  /** 1-based numbers of the reverse-keyed items. */
  readonly reverseKeyed: readonly number[];
  /** Missing-item policy; any missing item leaves a score null by default. */
  readonly missing?: MeasureMissingPolicy;
}

/**
 * Builds a scoring definition of the Yatchmenoff Client Engagement Scale from an item map you
 * supply. The item-to-dimension map and reverse keys are not public (the scale is distributed by
 * its author), so nothing beyond the published structure ({@link CLIENT_ENGAGEMENT}) is
 * hard-coded: guessing them would produce plausible but wrong scores. The definition has the five
 * dimensions as subscales, `buyIn` = expectancy + investment, and `total` = the sum of all items
 * after reverse keying (the headline total).
 *
 * @category Instruments
 * @example
 * ```ts
 * import { defineClientEngagement, scoreMeasure } from 'sos-eval/measures';
 * const mine = defineClientEngagement({
 *   items: { count: 10, min: 1, max: 5 }, reverseKeyed: [9, 10],
 *   dimensions: { receptivity: [1, 2], expectancy: [3, 4], investment: [5, 6], workingRelationship: [7, 8], mistrust: [9, 10] },
 * });
 * scoreMeasure(mine, [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]).totals //=> { buyIn: 14, total: 38 }
 * ```
 */
export function defineClientEngagement(setup: ClientEngagementSetup): MeasureDefinition {
  if (setup === null || typeof setup !== 'object')
    throw new TypeError(`setup must be an object, got ${typeof setup}`);
  const { dimensions } = setup;
  if (dimensions === null || typeof dimensions !== 'object') {
    throw new TypeError(`setup.dimensions must be an object, got ${typeof dimensions}`);
  }
  const names = CLIENT_ENGAGEMENT.dimensions.map((d) => d.name);
  for (const key of Object.keys(dimensions)) {
    if (!names.includes(key as ClientEngagementDimension)) {
      throw new RangeError(
        `setup.dimensions.${key} is not a dimension; the dimensions are ${names.join(', ')}`,
      );
    }
  }
  const owner = new Map<number, string>();
  const subscales: Record<string, readonly number[]> = {};
  for (const name of names) {
    const items = dimensions[name];
    if (!Array.isArray(items))
      throw new TypeError(
        `setup.dimensions.${name} must be an array of item numbers, got ${typeof items}`,
      );
    for (const item of items as number[]) {
      const other = owner.get(item);
      if (other !== undefined && other !== name) {
        throw new RangeError(`setup.dimensions.${name}: item ${item} is already in ${other}`);
      }
      owner.set(item, name);
    }
    subscales[name] = items;
  }
  return defineMeasure({
    id: CLIENT_ENGAGEMENT.id,
    name: CLIENT_ENGAGEMENT.name,
    source: `${CLIENT_ENGAGEMENT.source}; item map supplied by the user`,
    confidence: 'unverified',
    items: setup.items,
    reverseKeyed: setup.reverseKeyed,
    subscales,
    totals: {
      buyIn: { kind: 'subscales', subscales: CLIENT_ENGAGEMENT.buyIn.dimensions },
      total: { kind: 'all-items' },
    },
    total: 'total',
    missing: setup.missing ?? { kind: 'none' },
  });
}
