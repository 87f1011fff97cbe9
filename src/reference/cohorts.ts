import type { Cohort, Wave } from '../models/cohort.js';
import { COHORT_WINDOWS, WAVE_WINDOWS } from './windows.js';

/**
 * The evaluation's two cohorts of families, defined by referral date (slide 19): Cohort 1
 * referred March–May 2015, Cohort 2 August–October 2015. Windows are inclusive.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { COHORTS } from 'sos-eval/reference';
 *
 * COHORTS[0].referralWindow //=> { start: '2015-03-01', end: '2015-05-31' }
 * ```
 */
export const COHORTS: readonly Cohort[] = Object.freeze([
  Object.freeze({ id: 'cohort-1', label: 'Cohort 1', referralWindow: COHORT_WINDOWS['cohort-1'] }),
  Object.freeze({ id: 'cohort-2', label: 'Cohort 2', referralWindow: COHORT_WINDOWS['cohort-2'] }),
] as const);

/**
 * The two interview waves (slide 19): Time 1 June–October 2015, Time 2 February–July 2016,
 * about six months apart. Windows are inclusive.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { WAVES } from 'sos-eval/reference';
 *
 * WAVES.map((w) => w.id) //=> ['T1', 'T2']
 * WAVES[1].fieldworkWindow.end //=> '2016-07-31'
 * ```
 */
export const WAVES: readonly Wave[] = Object.freeze([
  Object.freeze({ id: 'T1', label: 'Time 1', fieldworkWindow: WAVE_WINDOWS.T1 }),
  Object.freeze({ id: 'T2', label: 'Time 2', fieldworkWindow: WAVE_WINDOWS.T2 }),
] as const);
