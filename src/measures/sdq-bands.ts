import type { MeasureBandTable } from './measure-definition.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * SDQ parent-report total difficulties, original three bands: 0–13 `normal`, 14–16
 * `borderline`, 17–40 `abnormal` [2+ sources]. Bands for the other parent scores are not shipped
 * (unverified): pass your own through `scoreMeasure`'s `bands` option.
 *
 * @category Instruments
 * @example
 * ```ts
 * import { SDQ_PARENT_BANDS } from 'sos-eval/measures';
 * SDQ_PARENT_BANDS.bands.map((b) => b.label) //=> ['normal', 'borderline', 'abnormal']
 * ```
 */
export const SDQ_PARENT_BANDS: MeasureBandTable = deepFreeze({
  source:
    'Goodman R. The Strengths and Difficulties Questionnaire: a research note. J Child Psychol Psychiatry 1997;38:581-586; youthinmind, Scoring the SDQ (sdqinfo.org)',
  confidence: '2+ sources',
  bands: [
    { label: 'normal', min: 0, max: 13 },
    { label: 'borderline', min: 14, max: 16 },
    { label: 'abnormal', min: 17, max: 40 },
  ],
});

/**
 * SDQ teacher-report total difficulties, four bands: 0–11 `close to average`, 12–15 `slightly
 * raised`, 16–18 `high`, 19–40 `very high` [1 source].
 *
 * @category Instruments
 * @example
 * ```ts
 * import { SDQ_TEACHER_BANDS } from 'sos-eval/measures';
 * SDQ_TEACHER_BANDS.bands[3] //=> { label: 'very high', min: 19, max: 40 }
 * ```
 */
export const SDQ_TEACHER_BANDS: MeasureBandTable = deepFreeze({
  source: 'youthinmind, Scoring the SDQ: four-band categorisation (sdqinfo.org)',
  confidence: '1 source',
  bands: [
    { label: 'close to average', min: 0, max: 11 },
    { label: 'slightly raised', min: 12, max: 15 },
    { label: 'high', min: 16, max: 18 },
    { label: 'very high', min: 19, max: 40 },
  ],
});
