import { deepFreeze } from '../_lib/deep-freeze.js';
import type { DiaryCheck } from './check-diaries.js';
import { entryMinutes } from './define-diary-study.js';
import type { DiaryGroupBy } from './diary-group-by.js';
import { grouper } from './_groups.js';
import { assertCheck } from './_per-period.js';
import { readBootstrap, readLevel, summarise } from './_summarise.js';
import type { BootstrapOptions, MeanInterval } from './mean-interval.js';

/**
 * The diary time recorded for one case.
 *
 * @category Summaries
 */
export interface CaseHoursRow {
  /** The case. */
  readonly caseId: string;
  /** Its type or stage (the first an entry gave), or `null` when no entry gave one. */
  readonly caseType: string | null;
  /** The site of the first diary that recorded time for it. */
  readonly pilotId: string;
  /** The wave of that diary, when given. */
  readonly wave?: string;
  /** How many workers recorded time for it. */
  readonly workers: number;
  /** Hours recorded for it in all. */
  readonly hours: number;
  /** Hours by activity id (activities with time only). */
  readonly byActivity: Readonly<Record<string, number>>;
}

/**
 * One row of {@link caseHours}' summary: the mean hours per case in a group.
 *
 * @category Summaries
 */
export interface CaseHoursSummaryRow extends MeanInterval {
  /** The group (a case type, a site, …; `'all'` when not grouped). */
  readonly group: string;
}

/**
 * Options of {@link caseHours}.
 *
 * @category Summaries
 */
export interface CaseHoursOptions {
  /**
   * What the summary groups cases by: `'caseType'` (default), or any {@link DiaryGroupBy} (read
   * from the first diary that recorded time for the case).
   */
  readonly by?: 'caseType' | DiaryGroupBy;
  /** Confidence level; default 0.95. */
  readonly confLevel?: number;
  /** A seeded bootstrap interval as well. */
  readonly bootstrap?: BootstrapOptions;
}

/**
 * Hours per case from time diaries: the entries that name a case, summed per case (over every
 * worker who recorded time for it), and their mean per case type (or any grouping) with a
 * t-interval and, when asked, a seeded bootstrap interval. Entries without a case id are not
 * case time and are left out here. Cases with no type are grouped as `'unknown'`.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { caseHours, checkDiaries, defineDiaryStudy } from 'sos-eval/costs';
 * import { defineStudy } from 'sos-eval/models';
 *
 * const study = defineStudy({
 *   id: 'synthetic', title: 'Synthetic', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2016-01-01', end: '2016-12-31' } }],
 *   waves: [{ id: 'T1', label: 'Time 1' }, { id: 'T2', label: 'Time 2' }], tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * const diary = defineDiaryStudy({ study });
 * const check = checkDiaries(diary, {
 *   periods: [{ workerId: 'SW-1', pilotId: 'north', start: '2016-03-07', end: '2016-03-11' }],
 *   entries: [
 *     { workerId: 'SW-1', date: '2016-03-07', minutes: 90, activity: 'direct-work', caseId: 'C-1', caseType: 'cp' },
 *     { workerId: 'SW-1', date: '2016-03-08', minutes: 60, activity: 'recording', caseId: 'C-1' },
 *     { workerId: 'SW-1', date: '2016-03-08', minutes: 30, activity: 'assessment', caseId: 'C-2', caseType: 'cp' },
 *   ],
 * });
 * const { cases, summary } = caseHours(check);
 * cases[0] //=> { caseId: 'C-1', caseType: 'cp', pilotId: 'north', workers: 1, hours: 2.5,
 * //   byActivity: { 'direct-work': 1.5, recording: 1 } }
 * summary[0].mean //=> 1.5
 * ```
 */
export function caseHours(
  check: DiaryCheck,
  options: CaseHoursOptions = {},
): {
  /** One row per case, in order of first entry. */
  readonly cases: readonly CaseHoursRow[];
  /** Mean hours per case by group. */
  readonly summary: readonly CaseHoursSummaryRow[];
} {
  assertCheck(check);
  const confLevel = readLevel(options.confLevel);
  const boot = readBootstrap(options.bootstrap, 'studentized');
  const by = options.by ?? 'caseType';
  const group = by === 'caseType' ? null : grouper(check.diary.study, by);
  const cases = new Map<
    string,
    {
      caseType: string | null;
      pilotId: string;
      wave?: string;
      workers: Set<string>;
      minutes: number;
      byActivity: Map<string, number>;
    }
  >();
  check.entries.forEach((e, k) => {
    if (e.caseId === undefined) return;
    const period = check.periods[check.entryPeriods[k]!]!;
    let c = cases.get(e.caseId);
    if (c === undefined) {
      c = {
        caseType: null,
        pilotId: period.pilotId,
        ...(period.wave === undefined ? {} : { wave: period.wave }),
        workers: new Set(),
        minutes: 0,
        byActivity: new Map(),
      };
      cases.set(e.caseId, c);
    }
    if (c.caseType === null && e.caseType !== undefined) c.caseType = e.caseType;
    c.workers.add(e.workerId);
    const m = entryMinutes(e);
    c.minutes += m;
    c.byActivity.set(e.activity, (c.byActivity.get(e.activity) ?? 0) + m);
  });
  const rows: CaseHoursRow[] = [];
  const groups = new Map<string, number[]>();
  for (const [caseId, c] of cases) {
    const byActivity: Record<string, number> = {};
    for (const a of check.diary.activityIds) {
      const m = c.byActivity.get(a);
      if (m !== undefined) byActivity[a] = m / 60;
    }
    const row: CaseHoursRow = {
      caseId,
      caseType: c.caseType,
      pilotId: c.pilotId,
      ...(c.wave === undefined ? {} : { wave: c.wave }),
      workers: c.workers.size,
      hours: c.minutes / 60,
      byActivity,
    };
    rows.push(row);
    const key =
      group === null
        ? (c.caseType ?? 'unknown')
        : group.key({
            workerId: '',
            pilotId: c.pilotId,
            ...(c.wave === undefined ? {} : { wave: c.wave }),
          });
    if (key === null) continue;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [row.hours]);
    else list.push(row.hours);
  }
  const order = group === null ? [...groups.keys()] : group.order(groups.keys());
  const summary = order.map((g) => ({
    group: g,
    ...summarise(groups.get(g)!, 0, confLevel, boot),
  }));
  return deepFreeze({ cases: rows, summary });
}
