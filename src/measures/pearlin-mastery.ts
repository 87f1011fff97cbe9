import { defineMeasure } from './define-measure.js';

/**
 * Pearlin–Schooler Mastery Scale, 7 items coded 1 (strongly disagree) … 4 (strongly agree).
 * Items 1, 2, 3, 5 and 7 are reverse-keyed (5 − code); `total` 7–28, higher = more mastery
 * [2+ sources]. Public domain. Any missing item leaves the total null unless a prorating policy
 * is passed as the `missing` option.
 *
 * @category Instruments
 * @example
 * ```ts
 * import { scoreMeasure, PEARLIN_MASTERY } from 'sos-eval/measures';
 * scoreMeasure(PEARLIN_MASTERY, [2, 2, 1, 3, 2, 4, 1]).total //=> 24
 * scoreMeasure(PEARLIN_MASTERY, [4, 4, 4, 4, 4, 4, 4]).total //=> 13
 * ```
 */
export const PEARLIN_MASTERY = defineMeasure({
  id: 'pearlin-mastery',
  name: 'Pearlin–Schooler Mastery Scale',
  source:
    'Pearlin LI, Schooler C. The structure of coping. Journal of Health and Social Behavior 1978;19(1):2-21',
  confidence: '2+ sources',
  items: { count: 7, min: 1, max: 4 },
  reverseKeyed: [1, 2, 3, 5, 7],
  totals: { total: { kind: 'all-items' } },
  total: 'total',
  missing: { kind: 'none' },
});
