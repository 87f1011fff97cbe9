import { defineMeasure } from './define-measure.js';

const LUBBEN_2006 =
  'Lubben J, Blozik E, Gillmann G, et al. Performance of an abbreviated version of the Lubben Social Network Scale among three European community-dwelling older adult populations. The Gerontologist 2006;46(4):503-513';

/**
 * Lubben Social Network Scale, 6 items (LSNS-6). Items coded 0–5 (none … nine or more), no reverse
 * keying; subscales `family` (items 1–3) and `friends` (items 4–6), 0–15 each; `total` 0–30
 * [2+ sources]. Flag `isolated`: total < 12 by default [1 source, Lubben et al. 2006]; choose
 * `≤ 12` with the `isolation` option. No missing-item rule is published, so any missing item
 * leaves its scores null; prorating is an opt-in through the `missing` option.
 *
 * @category Instruments
 * @example
 * ```ts
 * import { scoreMeasure, LSNS_6 } from 'sos-eval/measures';
 * scoreMeasure(LSNS_6, [3, 2, 2, 1, 1, 0]).total //=> 9
 * scoreMeasure(LSNS_6, [0, 0, 0, 4, 4, 4], { isolation: '<=12' }).flags.isolated //=> true
 * scoreMeasure(LSNS_6, [3, 2, null, 1, 1, 0]).subscales //=> { family: null, friends: 2 }
 * scoreMeasure(LSNS_6, [3, 2, null, 1, 1, 0], { missing: { kind: 'prorate', minAnswered: 2, rounding: 'half-up' } }).subscales.family //=> 8
 * ```
 */
export const LSNS_6 = defineMeasure({
  id: 'lsns-6',
  name: 'Lubben Social Network Scale (6 items)',
  source: LUBBEN_2006,
  confidence: '2+ sources',
  items: { count: 6, min: 0, max: 5 },
  subscales: { family: [1, 2, 3], friends: [4, 5, 6] },
  totals: { total: { kind: 'subscales', subscales: ['family', 'friends'] } },
  total: 'total',
  missing: { kind: 'none' },
  flags: {
    isolated: {
      score: 'total',
      option: 'isolation',
      defaultRule: '<12',
      rules: {
        '<12': { comparison: '<', value: 12, source: LUBBEN_2006, confidence: '1 source' },
        '<=12': {
          comparison: '<=',
          value: 12,
          source: 'used in some later studies',
          confidence: 'unverified',
        },
      },
    },
  },
});

/**
 * The cut-point rules the `isolation` option of {@link LSNS_6} accepts.
 *
 * @category Instruments
 * @example
 * ```ts
 * import { scoreMeasure, LSNS_6, type LsnsIsolationRule } from 'sos-eval/measures';
 * const rule: LsnsIsolationRule = '<12';
 * scoreMeasure(LSNS_6, [0, 0, 0, 4, 4, 4], { isolation: rule }).flags.isolated //=> false
 * ```
 */
export type LsnsIsolationRule = '<12' | '<=12';
