import { assertOneOf, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import type { DiaryCheck } from './check-diaries.js';
import { grouper } from './_groups.js';
import type { DiaryGroupBy } from './diary-group-by.js';
import { assertCheck, periodTotals } from './_per-period.js';
import { readBootstrap, readLevel, summarise } from './_summarise.js';
import type { BootstrapOptions, MeanInterval } from './mean-interval.js';

/**
 * Options shared by the diary summaries.
 *
 * @category Summaries
 */
export interface DiarySummaryOptions {
  /**
   * What rows are grouped by: `'pilot'`, `'wave'`, a grouping id of the study (`'experience'`), or
   * a function of the diary's worker, site and wave returning a group (or `null` to leave it out).
   * Default: everything together, as group `'all'`.
   */
  readonly by?: DiaryGroupBy;
  /** Confidence level of the intervals; default 0.95. */
  readonly confLevel?: number;
  /** A seeded bootstrap interval as well (see {@link BootstrapOptions}). */
  readonly bootstrap?: BootstrapOptions;
}

/**
 * Options of {@link activityHours}.
 *
 * @category Summaries
 */
export interface ActivityHoursOptions extends DiarySummaryOptions {
  /** Days in a week of the diary: 7 (default) for calendar days, 5 for a working-week diary. */
  readonly daysPerWeek?: number;
  /**
   * Which days a diary's week is made of: `'period'` (default), every day of the period, empty
   * days counting as no time; `'recorded'`, only days with entries (when an empty day means the
   * worker did not fill the diary in, not that they did no work).
   */
  readonly days?: 'period' | 'recorded';
}

/**
 * One row of {@link activityHours}: the mean hours a week a group's workers spent on one
 * activity, with its intervals.
 *
 * @category Summaries
 */
export interface ActivityHoursRow extends MeanInterval {
  /** The group (`'all'` when not grouped). */
  readonly group: string;
  /** The activity's id. */
  readonly activity: string;
  /** The activity's label. */
  readonly label: string;
}

/**
 * Hours per worker-week spent on each activity: for each diary (worker and period), the minutes
 * recorded on the activity ÷ 60 ÷ (days ÷ days a week), then their mean over the group's diaries
 * with a t-interval (and a seeded bootstrap interval when asked). A diary without the activity
 * counts as 0 hours on it. Rows come by group, then in catalogue order.
 *
 * @throws RangeError or TypeError naming a broken option.
 * @category Summaries
 * @example
 * ```ts
 * import { activityHours, checkDiaries, defineDiaryStudy } from 'sos-eval/costs';
 * import { defineStudy } from 'sos-eval/models';
 *
 * const study = defineStudy({
 *   id: 'synthetic', title: 'Synthetic', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2016-01-01', end: '2016-12-31' } }],
 *   waves: [{ id: 'T1', label: 'Time 1' }, { id: 'T2', label: 'Time 2' }], tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * const diary = defineDiaryStudy({ study });
 * // Two workers, one week each: 10 and 14 hours of direct work.
 * const check = checkDiaries(diary, {
 *   periods: [
 *     { workerId: 'SW-1', pilotId: 'north', start: '2016-03-07', end: '2016-03-13' },
 *     { workerId: 'SW-2', pilotId: 'north', start: '2016-03-07', end: '2016-03-13' },
 *   ],
 *   entries: [
 *     { workerId: 'SW-1', date: '2016-03-07', minutes: 600, activity: 'direct-work' },
 *     { workerId: 'SW-2', date: '2016-03-08', minutes: 840, activity: 'direct-work' },
 *   ],
 * });
 * const rows = activityHours(check);
 * rows[0].activity //=> 'direct-work'
 * rows[0].mean //=> 12
 * rows[1].mean //=> 0
 * ```
 */
export function activityHours(
  check: DiaryCheck,
  options: ActivityHoursOptions = {},
): readonly ActivityHoursRow[] {
  assertCheck(check);
  const confLevel = readLevel(options.confLevel);
  const boot = readBootstrap(options.bootstrap, 'studentized');
  const daysPerWeek = options.daysPerWeek ?? 7;
  if (typeof daysPerWeek !== 'number' || !(daysPerWeek > 0 && daysPerWeek <= 7))
    throw new RangeError(
      `options.daysPerWeek must be a number in (0, 7], got ${showValue(daysPerWeek)}`,
    );
  const days = options.days ?? 'period';
  assertOneOf('options.days', days, ['period', 'recorded']);
  const group = grouper(check.diary.study, options.by);
  const periods = periodTotals(check);
  const byGroup = new Map<string, typeof periods>();
  for (const p of periods) {
    const k = group.key(p);
    if (k === null) continue;
    const list = byGroup.get(k);
    if (list === undefined) byGroup.set(k, [p]);
    else list.push(p);
  }
  const rows: ActivityHoursRow[] = [];
  for (const g of group.order(byGroup.keys())) {
    const members = byGroup.get(g)!;
    for (const activity of check.diary.activities) {
      const values: number[] = [];
      let missing = 0;
      for (const p of members) {
        const d = days === 'period' ? p.days : p.daysWithEntries;
        if (d === 0) {
          missing++;
          continue;
        }
        values.push((p.minutes.get(activity.id) ?? 0) / 60 / (d / daysPerWeek));
      }
      rows.push({
        group: g,
        activity: activity.id,
        label: activity.label,
        ...summarise(values, missing, confLevel, boot),
      });
    }
  }
  return deepFreeze(rows);
}
