import type { CohortId, WaveId } from '../models/cohort.js';
import type { DateWindow } from '../models/iso-date.js';

// Kept apart from the richer COHORTS/WAVES records so models can validate dates against the
// windows without importing the reference catalogue. Source: slide 19.

/** @internal Referral windows of the two cohorts (inclusive). */
export const COHORT_WINDOWS: Readonly<Record<CohortId, DateWindow>> = Object.freeze({
  'cohort-1': Object.freeze({ start: '2015-03-01', end: '2015-05-31' }),
  'cohort-2': Object.freeze({ start: '2015-08-01', end: '2015-10-31' }),
});

/** @internal Fieldwork windows of the two interview waves (inclusive). */
export const WAVE_WINDOWS: Readonly<Record<WaveId, DateWindow>> = Object.freeze({
  T1: Object.freeze({ start: '2015-06-01', end: '2015-10-31' }),
  T2: Object.freeze({ start: '2016-02-01', end: '2016-07-31' }),
});
