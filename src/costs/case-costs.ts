import { showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import type { DiaryCheck } from './check-diaries.js';
import type { DiaryPeriod } from './define-diary-study.js';
import { entryMinutes } from './define-diary-study.js';
import type { DiaryGroupBy } from './diary-group-by.js';
import { grouper } from './_groups.js';
import { assertCheck } from './_per-period.js';
import { readBootstrap, readLevel, summarise } from './_summarise.js';
import type { BootstrapOptions, MeanInterval } from './mean-interval.js';
import type { UnitCost } from './unit-cost.js';

/**
 * The price of an hour of a diary's time: a number of pounds, a {@link UnitCost}, or a function of
 * the diary (worker, site, wave) giving either, for rates that differ by site or grade.
 *
 * @category Case costs
 */
export type HourlyRate = number | UnitCost | ((diary: DiaryPeriod) => number | UnitCost);

/**
 * Options of {@link caseCosts}.
 *
 * @category Case costs
 */
export interface CaseCostOptions {
  /** The price of an hour. */
  readonly rate: HourlyRate;
  /**
   * Which hour a {@link UnitCost} prices: `'hour'` (default), its cost per working hour, right
   * when the diary records every hour spent on the case, recording and travel included;
   * `'clientHour'`, its cost per client-related hour, when the diary records only the client-related
   * time and the indirect time must be added through the unit cost. Using `'clientHour'` on a
   * diary that records indirect time too would count it twice.
   */
  readonly per?: 'hour' | 'clientHour';
  /** How the summary groups cases: `'caseType'` (default) or a {@link DiaryGroupBy}. */
  readonly by?: 'caseType' | DiaryGroupBy;
  /** Confidence level; default 0.95. */
  readonly confLevel?: number;
  /** A seeded bootstrap interval as well (studentized by default). */
  readonly bootstrap?: BootstrapOptions;
}

/**
 * One case's cost.
 *
 * @category Case costs
 */
export interface CaseCostRow {
  /** The case. */
  readonly caseId: string;
  /** Its type or stage (the first an entry gave), or `null`. */
  readonly caseType: string | null;
  /** The site of the first diary with time for it. */
  readonly pilotId: string;
  /** Hours recorded for it. */
  readonly hours: number;
  /** Its cost in pounds (unrounded). */
  readonly cost: number;
  /** Cost by activity id (activities with time only). */
  readonly byActivity: Readonly<Record<string, number>>;
}

/**
 * A group's mean cost per case.
 *
 * @category Case costs
 */
export interface CaseCostSummaryRow extends MeanInterval {
  /** The group (`'unknown'` for cases without a type). */
  readonly group: string;
}

/**
 * The cost of a case from time diaries: each diary entry for a case, hours × the hourly rate of
 * its worker, summed along the activities the case received; then the mean cost per case by case
 * type (or any grouping) with a t-interval and, when asked, a seeded bootstrap interval. Costs are
 * unrounded pounds ({@link roundPence} for display).
 *
 * @throws RangeError or TypeError for a broken rate or option.
 * @category Case costs
 * @example
 * ```ts
 * import { caseCosts, checkDiaries, defineDiaryStudy } from 'sos-eval/costs';
 * import { defineStudy } from 'sos-eval/models';
 *
 * const study = defineStudy({
 *   id: 'synthetic', title: 'Synthetic', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2016-01-01', end: '2016-12-31' } }],
 *   waves: [{ id: 'T1', label: 'Time 1' }, { id: 'T2', label: 'Time 2' }], tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * const check = checkDiaries(defineDiaryStudy({ study }), {
 *   periods: [{ workerId: 'SW-1', pilotId: 'north', start: '2016-03-07', end: '2016-03-11' }],
 *   entries: [
 *     { workerId: 'SW-1', date: '2016-03-07', minutes: 90, activity: 'direct-work', caseId: 'C-1' },
 *     { workerId: 'SW-1', date: '2016-03-08', minutes: 45, activity: 'recording', caseId: 'C-1' },
 *   ],
 * });
 * // £40 an hour (New Economy's social worker, 2013/14 prices): 2.25 h × £40 = £90.
 * caseCosts(check, { rate: 40 }).cases[0].cost //=> 90
 * ```
 */
export function caseCosts(
  check: DiaryCheck,
  options: CaseCostOptions,
): {
  /** One row per case, in order of first entry. */
  readonly cases: readonly CaseCostRow[];
  /** Mean cost per case by group. */
  readonly summary: readonly CaseCostSummaryRow[];
} {
  assertCheck(check);
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object with a rate, got ${showValue(options)}`);
  const per = options.per ?? 'hour';
  if (per !== 'hour' && per !== 'clientHour')
    throw new RangeError(`options.per must be one of 'hour', 'clientHour', got ${showValue(per)}`);
  const confLevel = readLevel(options.confLevel);
  const boot = readBootstrap(options.bootstrap, 'studentized');
  const price = (value: unknown, where: string): number => {
    const v =
      typeof value === 'object' && value !== null && 'costPerHour' in value
        ? per === 'hour'
          ? (value as UnitCost).costPerHour
          : (value as UnitCost).costPerClientHour
        : value;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new RangeError(
        `${where} must be a finite number ≥ 0 (£ an hour) or a unit cost, got ${showValue(v)}`,
      );
    return v;
  };
  const rate = options.rate;
  const rates = new Map<number, number>();
  const rateOf = (periodIndex: number): number => {
    let r = rates.get(periodIndex);
    if (r === undefined) {
      r =
        typeof rate === 'function'
          ? price(rate(check.periods[periodIndex]!), 'options.rate(diary)')
          : price(rate, 'options.rate');
      rates.set(periodIndex, r);
    }
    return r;
  };
  if (typeof rate !== 'function') price(rate, 'options.rate');

  const by = options.by ?? 'caseType';
  const group = by === 'caseType' ? null : grouper(check.diary.study, by);
  const cases = new Map<
    string,
    {
      caseType: string | null;
      period: DiaryPeriod;
      minutes: number;
      cost: number;
      byActivity: Map<string, number>;
    }
  >();
  check.entries.forEach((e, k) => {
    if (e.caseId === undefined) return;
    const pi = check.entryPeriods[k]!;
    let c = cases.get(e.caseId);
    if (c === undefined) {
      c = {
        caseType: null,
        period: check.periods[pi]!,
        minutes: 0,
        cost: 0,
        byActivity: new Map(),
      };
      cases.set(e.caseId, c);
    }
    if (c.caseType === null && e.caseType !== undefined) c.caseType = e.caseType;
    const m = entryMinutes(e);
    const cost = (m / 60) * rateOf(pi);
    c.minutes += m;
    c.cost += cost;
    c.byActivity.set(e.activity, (c.byActivity.get(e.activity) ?? 0) + cost);
  });
  const rows: CaseCostRow[] = [];
  const groups = new Map<string, number[]>();
  for (const [caseId, c] of cases) {
    const byActivity: Record<string, number> = {};
    for (const a of check.diary.activityIds) {
      const v = c.byActivity.get(a);
      if (v !== undefined) byActivity[a] = v;
    }
    rows.push({
      caseId,
      caseType: c.caseType,
      pilotId: c.period.pilotId,
      hours: c.minutes / 60,
      cost: c.cost,
      byActivity,
    });
    const key = group === null ? (c.caseType ?? 'unknown') : group.key(c.period);
    if (key === null) continue;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [c.cost]);
    else list.push(c.cost);
  }
  const order = group === null ? [...groups.keys()] : group.order(groups.keys());
  return deepFreeze({
    cases: rows,
    summary: order.map((g) => ({ group: g, ...summarise(groups.get(g)!, 0, confLevel, boot) })),
  });
}
