import { defineMeasure } from './define-measure.js';
import type { MeasureBandTable, MeasureDefinition } from './measure-definition.js';
import { SDQ_PARENT_BANDS, SDQ_TEACHER_BANDS } from './sdq-bands.js';

// The SDQ is © youthinmind: item numbers and codes only, never item text.
const SCORING =
  'youthinmind, Scoring the SDQ (sdqinfo.org); Goodman R. J Child Psychol Psychiatry 1997;38:581-586';

function sdq(id: string, name: string, bands: Record<string, MeasureBandTable>): MeasureDefinition {
  return defineMeasure({
    id,
    name,
    source: SCORING,
    confidence: 'official',
    items: { count: 25, min: 0, max: 2 },
    reverseKeyed: [7, 11, 14, 21, 25],
    subscales: {
      emotional: [3, 8, 13, 16, 24],
      conduct: [5, 7, 12, 18, 22],
      hyperactivity: [2, 10, 15, 21, 25],
      peer: [6, 11, 14, 19, 23],
      prosocial: [1, 4, 9, 17, 20],
    },
    totals: {
      totalDifficulties: {
        kind: 'subscales',
        subscales: ['emotional', 'conduct', 'hyperactivity', 'peer'],
      },
      externalising: { kind: 'subscales', subscales: ['conduct', 'hyperactivity'] },
      internalising: { kind: 'subscales', subscales: ['emotional', 'peer'] },
    },
    total: 'totalDifficulties',
    missing: { kind: 'prorate', minAnswered: 3, rounding: 'half-up' },
    bands,
  });
}

/**
 * SDQ, parent report (ages 4–17): 25 items coded 0/1/2 in response order, items 7, 11, 14, 21, 25
 * reverse-keyed (2 − code) [official]. Subscales `emotional`, `conduct`, `hyperactivity`, `peer`,
 * `prosocial` (0–10) [2+ sources]; totals `totalDifficulties` (the four difficulty subscales,
 * 0–40; the headline `total`), `externalising`, `internalising`. A subscale is scored when ≥ 3 of
 * its 5 items are answered, as round-half-up(mean × 5) [official]; a total is null when any of its
 * subscales is. Bands: {@link SDQ_PARENT_BANDS} on `totalDifficulties`. The SDQ is © youthinmind;
 * this package scores item codes only and carries no item text.
 *
 * @category Instruments
 * @example
 * ```ts
 * import { scoreMeasure, SDQ_PARENT } from 'sos-eval/measures';
 * const a = [2, 1, 0, 2, 1, 0, 2, 1, 2, 1, 2, 0, 1, 2, 2, 1, 2, 0, 0, 1, 1, 0, 1, 0, 1];
 * scoreMeasure(SDQ_PARENT, a).subscales //=> { emotional: 3, conduct: 1, hyperactivity: 6, peer: 1, prosocial: 9 }
 * scoreMeasure(SDQ_PARENT, a).totals //=> { totalDifficulties: 11, externalising: 7, internalising: 4 }
 * scoreMeasure(SDQ_PARENT, a).bands //=> { totalDifficulties: 'normal' }
 * ```
 */
export const SDQ_PARENT: MeasureDefinition = sdq(
  'sdq-parent',
  'Strengths and Difficulties Questionnaire (parent report)',
  {
    totalDifficulties: SDQ_PARENT_BANDS,
  },
);

/**
 * SDQ, teacher report: scored exactly as {@link SDQ_PARENT}; bands {@link SDQ_TEACHER_BANDS} on
 * `totalDifficulties` [1 source].
 *
 * @category Instruments
 * @example
 * ```ts
 * import { scoreMeasure, SDQ_TEACHER } from 'sos-eval/measures';
 * scoreMeasure(SDQ_TEACHER, Array(25).fill(0)).bands //=> { totalDifficulties: 'close to average' }
 * ```
 */
export const SDQ_TEACHER: MeasureDefinition = sdq(
  'sdq-teacher',
  'Strengths and Difficulties Questionnaire (teacher report)',
  {
    totalDifficulties: SDQ_TEACHER_BANDS,
  },
);

/**
 * SDQ, self report (ages 11–17): scored exactly as {@link SDQ_PARENT}. No band table is shipped
 * (the published cells are unverified here): pass one through `scoreMeasure`'s `bands` option.
 *
 * @category Instruments
 * @example
 * ```ts
 * import { scoreMeasure, SDQ_SELF } from 'sos-eval/measures';
 * scoreMeasure(SDQ_SELF, Array(25).fill(0)).bands //=> {}
 * ```
 */
export const SDQ_SELF: MeasureDefinition = sdq(
  'sdq-self',
  'Strengths and Difficulties Questionnaire (self report)',
  {},
);

/**
 * The SDQ parent report, {@link SDQ_PARENT}, under its everyday name.
 *
 * @category Instruments
 * @example
 * ```ts
 * import { SDQ, SDQ_PARENT } from 'sos-eval/measures';
 * SDQ === SDQ_PARENT //=> true
 * ```
 */
export const SDQ: MeasureDefinition = SDQ_PARENT;
