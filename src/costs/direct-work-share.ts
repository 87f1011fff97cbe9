import { deepFreeze } from '../_lib/deep-freeze.js';
import type { DiarySummaryOptions } from './activity-hours.js';
import type { DiaryCheck } from './check-diaries.js';
import { grouper } from './_groups.js';
import { assertCheck, periodTotals } from './_per-period.js';
import { readBootstrap, readLevel, summarise } from './_summarise.js';
import type { MeanInterval } from './mean-interval.js';

/**
 * One row of {@link directWorkShare}.
 *
 * @category Summaries
 */
export interface DirectWorkShareRow extends MeanInterval {
  /** The group (`'all'` when not grouped). */
  readonly group: string;
}

/**
 * The share of recorded time spent in direct work (the catalogue's activities marked `direct`),
 * per diary, and its mean over each group's diaries with a t-interval (and a seeded bootstrap
 * interval when asked). Diaries with no time recorded are left out and counted in `nMissing`.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { checkDiaries, defineDiaryStudy, directWorkShare } from 'sos-eval/costs';
 * import { defineStudy } from 'sos-eval/models';
 *
 * const study = defineStudy({
 *   id: 'synthetic', title: 'Synthetic', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2016-01-01', end: '2016-12-31' } }],
 *   waves: [{ id: 'T1', label: 'Time 1' }, { id: 'T2', label: 'Time 2' }], tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * const diary = defineDiaryStudy({ study });
 * const check = checkDiaries(diary, {
 *   periods: [{ workerId: 'SW-1', pilotId: 'north', start: '2016-03-07', end: '2016-03-07' }],
 *   entries: [
 *     { workerId: 'SW-1', date: '2016-03-07', minutes: 120, activity: 'direct-work' },
 *     { workerId: 'SW-1', date: '2016-03-07', minutes: 360, activity: 'recording' },
 *   ],
 * });
 * directWorkShare(check)[0].mean //=> 0.25
 * ```
 */
export function directWorkShare(
  check: DiaryCheck,
  options: DiarySummaryOptions = {},
): readonly DirectWorkShareRow[] {
  assertCheck(check);
  const confLevel = readLevel(options.confLevel);
  const boot = readBootstrap(options.bootstrap, 'studentized');
  const group = grouper(check.diary.study, options.by);
  const direct = check.diary.activities.filter((a) => a.direct === true).map((a) => a.id);
  const values = new Map<string, { xs: number[]; missing: number }>();
  for (const p of periodTotals(check)) {
    const k = group.key(p);
    if (k === null) continue;
    const acc = values.get(k) ?? { xs: [], missing: 0 };
    values.set(k, acc);
    if (p.total === 0) {
      acc.missing++;
      continue;
    }
    let d = 0;
    for (const id of direct) d += p.minutes.get(id) ?? 0;
    acc.xs.push(d / p.total);
  }
  return deepFreeze(
    group.order(values.keys()).map((g) => {
      const { xs, missing } = values.get(g)!;
      return { group: g, ...summarise(xs, missing, confLevel, boot) };
    }),
  );
}
