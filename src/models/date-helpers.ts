import { COHORT_WINDOWS, WAVE_WINDOWS } from '../reference/windows.js';
import { PILOT_GROUPS } from '../reference/pilot-groups.js';
import { showValue } from '../_lib/args.js';
import type { CohortId, WaveId } from './cohort.js';
import type { ExperienceGroup } from './experience-group.js';
import { isIsoDate, isWithinWindow } from './iso-date.js';
import type { PilotId } from './pilot.js';

function assertIsoDate(name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string')
    throw new TypeError(`${name} must be an ISO date string, got ${showValue(value)}`);
  if (!isIsoDate(value))
    throw new RangeError(
      `${name} must be a real calendar date written YYYY-MM-DD, got ${showValue(value)}`,
    );
}

/**
 * The cohort whose referral window contains `date` (Cohort 1: March–May 2015; Cohort 2:
 * August–October 2015), or `null` for a date in neither. Works on calendar dates, so the answer
 * never depends on the machine's time zone.
 *
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` date.
 * @category Dates
 * @example
 * ```ts
 * import { cohortOfReferral } from 'sos-eval/models';
 *
 * cohortOfReferral('2015-03-01') //=> 'cohort-1'
 * cohortOfReferral('2015-10-31') //=> 'cohort-2'
 * cohortOfReferral('2015-07-15') //=> null
 * ```
 */
export function cohortOfReferral(date: string): CohortId | null {
  assertIsoDate('date', date);
  for (const id of Object.keys(COHORT_WINDOWS) as CohortId[]) {
    if (isWithinWindow(date, COHORT_WINDOWS[id])) return id;
  }
  return null;
}

/**
 * The interview wave whose fieldwork window contains `date` (T1: June–October 2015; T2:
 * February–July 2016), or `null`.
 *
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` date.
 * @category Dates
 * @example
 * ```ts
 * import { waveOfInterview } from 'sos-eval/models';
 *
 * waveOfInterview('2015-06-01') //=> 'T1'
 * waveOfInterview('2016-07-31') //=> 'T2'
 * waveOfInterview('2016-01-15') //=> null
 * ```
 */
export function waveOfInterview(date: string): WaveId | null {
  assertIsoDate('date', date);
  for (const id of Object.keys(WAVE_WINDOWS) as WaveId[]) {
    if (isWithinWindow(date, WAVE_WINDOWS[id])) return id;
  }
  return null;
}

/**
 * The experience grouping of one of the ten pilots.
 *
 * @throws RangeError for an id that is not one of the ten pilots.
 * @category Pilots
 * @example
 * ```ts
 * import { experienceGroupOf } from 'sos-eval/models';
 *
 * experienceGroupOf('brent') //=> 'two-years'
 * experienceGroupOf('tower-hamlets') //=> 'two-years-plus'
 * ```
 */
export function experienceGroupOf(pilotId: PilotId): ExperienceGroup {
  const group = (PILOT_GROUPS as Record<string, ExperienceGroup | undefined>)[pilotId];
  if (group === undefined)
    throw new RangeError(`pilotId must be one of the ten pilots' ids, got ${showValue(pilotId)}`);
  return group;
}
