import { assertArray, assertOneOf, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { quantileSorted } from '../_lib/numeric/quantile.js';
import type { DiaryCheck } from './check-diaries.js';
import { entryMinutes } from './define-diary-study.js';
import { assertCheck } from './_per-period.js';

/**
 * Options of {@link compareActivityTime}.
 *
 * @category Summaries
 */
export interface CompareActivityTimeOptions {
  /** The activity compared (an id of the catalogue), such as `'assessment'`. */
  readonly activity: string;
  /** The wave of the earlier diaries. */
  readonly before: string;
  /** The wave of the later diaries. */
  readonly after: string;
  /**
   * What "the time it takes" is: `'case'` (default), the activity's hours per case it was
   * recorded for (the time one assessment takes); `'week'`, its hours per diary week (7 days).
   */
  readonly per?: 'case' | 'week';
  /** A ratio within [1/(1 + t), 1 + t] counts as "stayed"; default 0.1 (10%). */
  readonly tolerance?: number;
  /**
   * Ratio breaks of the "by how much" table, ascending; default `[0.5, 1, 2, 3]`. A ratio on a
   * break falls in the band farther from 1 (exactly 0.5 is "halved", exactly 3 "trebled").
   */
  readonly breaks?: readonly number[];
}

/**
 * What {@link compareActivityTime} returns.
 *
 * @category Summaries
 */
export interface ActivityTimeComparison {
  /** One row per worker with diaries at both waves and time on the activity at both. */
  readonly workers: readonly {
    /** The worker. */
    readonly workerId: string;
    /** The worker's site (at the later wave). */
    readonly pilotId: string;
    /** Hours before. */
    readonly before: number;
    /** Hours after. */
    readonly after: number;
    /** after ÷ before. */
    readonly ratio: number;
  }[];
  /** Workers with a diary at only one wave, or no time on the activity at one: left out. */
  readonly unpaired: number;
  /** The share of paired workers whose time fell, stayed (within the tolerance) and rose. */
  readonly changes: readonly {
    /** Which way. */
    readonly change: 'fell' | 'stayed' | 'rose';
    /** Workers. */
    readonly n: number;
    /** Share of paired workers. */
    readonly share: number;
  }[];
  /** By how much: workers per ratio band, lowest first. */
  readonly bands: readonly {
    /** Lower end of the band (0 for the first). */
    readonly from: number;
    /** Upper end (Infinity for the last). */
    readonly to: number;
    /** Workers. */
    readonly n: number;
    /** Share of paired workers. */
    readonly share: number;
  }[];
  /** The ratios' distribution (R's type 7 quantiles) and geometric mean; NaN when none. */
  readonly ratio: {
    /** Smallest ratio. */
    readonly min: number;
    /** Lower quartile. */
    readonly q1: number;
    /** Median. */
    readonly median: number;
    /** Upper quartile. */
    readonly q3: number;
    /** Largest ratio. */
    readonly max: number;
    /** exp(mean(log ratio)): the typical proportional change. */
    readonly geometricMean: number;
  };
}

/**
 * Before and after: how the time an activity takes changed for each worker who kept diaries at
 * two waves, as ratios (after ÷ before) with their distribution: the shares whose time fell,
 * stayed and rose, a table of by how much (halving … trebling, by default), the quartiles and
 * the geometric mean. The 2017 evaluation's workers described assessment times under Signs of
 * Safety from halving to trebling; this is that finding as a table, from diaries.
 *
 * @throws RangeError naming a broken option (an unknown activity or wave, unsorted breaks).
 * @category Summaries
 * @example
 * ```ts
 * import { checkDiaries, compareActivityTime, defineDiaryStudy } from 'sos-eval/costs';
 * import { defineStudy } from 'sos-eval/models';
 *
 * const study = defineStudy({
 *   id: 'synthetic', title: 'Synthetic', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2016-01-01', end: '2016-12-31' } }],
 *   waves: [{ id: 'T1', label: 'Time 1' }, { id: 'T2', label: 'Time 2' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * const diary = defineDiaryStudy({ study });
 * const p = (workerId: string, wave: string, start: string) => ({ workerId, pilotId: 'north', wave, start, end: start });
 * const a = (workerId: string, date: string, minutes: number, caseId: string) => ({ workerId, date, minutes, caseId, activity: 'assessment' });
 * const check = checkDiaries(diary, {
 *   periods: [p('SW-1', 'T1', '2016-01-04'), p('SW-1', 'T2', '2016-06-06'),
 *             p('SW-2', 'T1', '2016-01-04'), p('SW-2', 'T2', '2016-06-06')],
 *   // SW-1: 4 h per assessment, then 2 h (halved); SW-2: 2 h, then 6 h (trebled).
 *   entries: [a('SW-1', '2016-01-04', 240, 'C-1'), a('SW-1', '2016-06-06', 120, 'C-2'),
 *             a('SW-2', '2016-01-04', 120, 'C-3'), a('SW-2', '2016-06-06', 360, 'C-4')],
 * });
 * const t = compareActivityTime(check, { activity: 'assessment', before: 'T1', after: 'T2' });
 * t.workers.map((w) => w.ratio) //=> [0.5, 3]
 * t.changes.map((c) => c.n) //=> [1, 0, 1]
 * t.bands.map((b) => b.n) //=> [1, 0, 0, 0, 1]
 * ```
 */
export function compareActivityTime(
  check: DiaryCheck,
  options: CompareActivityTimeOptions,
): ActivityTimeComparison {
  assertCheck(check);
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  const { activity, before, after } = options;
  assertOneOf('options.activity', activity, check.diary.activityIds);
  assertOneOf('options.before', before, check.diary.study.ids.waves);
  assertOneOf('options.after', after, check.diary.study.ids.waves);
  const per = options.per ?? 'case';
  assertOneOf('options.per', per, ['case', 'week']);
  const tolerance = options.tolerance ?? 0.1;
  if (typeof tolerance !== 'number' || !(tolerance >= 0) || !Number.isFinite(tolerance))
    throw new RangeError(`options.tolerance must be a number ≥ 0, got ${showValue(tolerance)}`);
  const breaks = options.breaks ?? [0.5, 1, 2, 3];
  assertArray('options.breaks', breaks);
  breaks.forEach((b, i) => {
    if (
      typeof b !== 'number' ||
      !(b > 0) ||
      !Number.isFinite(b) ||
      (i > 0 && !(b > breaks[i - 1]!))
    )
      throw new RangeError(
        `options.breaks must be increasing positive numbers, got ${showValue(b)} at [${i}]`,
      );
  });

  // Per worker and wave: minutes on the activity, the cases it was for, and the diary days.
  interface Acc {
    minutes: number;
    cases: Set<string>;
    days: number;
    pilotId: string;
  }
  const acc = new Map<string, Acc>();
  const keyOf = (worker: string, wave: string) => `${worker}\u0000${wave}`;
  check.periods.forEach((p, i) => {
    if (p.wave !== before && p.wave !== after) return;
    const key = keyOf(p.workerId, p.wave);
    const a = acc.get(key) ?? { minutes: 0, cases: new Set<string>(), days: 0, pilotId: p.pilotId };
    a.days += check.coverage[i]!.days;
    a.pilotId = p.pilotId;
    acc.set(key, a);
  });
  check.entries.forEach((e, k) => {
    if (e.activity !== activity) return;
    const p = check.periods[check.entryPeriods[k]!]!;
    if (p.wave !== before && p.wave !== after) return;
    const a = acc.get(keyOf(p.workerId, p.wave))!;
    a.minutes += entryMinutes(e);
    if (e.caseId !== undefined) a.cases.add(e.caseId);
  });
  const hours = (a: Acc | undefined): number => {
    if (a === undefined || a.minutes === 0) return Number.NaN;
    if (per === 'week') return a.minutes / 60 / (a.days / 7);
    return a.cases.size === 0 ? Number.NaN : a.minutes / 60 / a.cases.size;
  };

  const workerIds = [...new Set(check.periods.map((p) => p.workerId))];
  const workers: ActivityTimeComparison['workers'][number][] = [];
  let unpaired = 0;
  for (const w of workerIds) {
    const b = acc.get(keyOf(w, before));
    const a = acc.get(keyOf(w, after));
    if (b === undefined && a === undefined) continue;
    const hb = hours(b);
    const ha = hours(a);
    if (Number.isNaN(hb) || Number.isNaN(ha)) {
      unpaired++;
      continue;
    }
    workers.push({ workerId: w, pilotId: a!.pilotId, before: hb, after: ha, ratio: ha / hb });
  }

  const n = workers.length;
  const share = (k: number) => (n === 0 ? Number.NaN : k / n);
  let fell = 0;
  let rose = 0;
  for (const w of workers) {
    if (w.ratio < 1 / (1 + tolerance)) fell++;
    else if (w.ratio > 1 + tolerance) rose++;
  }
  const stayed = n - fell - rose;
  const edges = [0, ...breaks, Infinity];
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const w of workers) {
    // Below 1 a band is (from, to]; from 1 up it is [from, to): a break goes away from 1.
    let band = 0;
    for (let j = 0; j < edges.length - 1; j++) {
      const from = edges[j]!;
      const to = edges[j + 1]!;
      const inside =
        w.ratio < 1 ? w.ratio > from && w.ratio <= to : w.ratio >= from && w.ratio < to;
      if (inside) {
        band = j;
        break;
      }
    }
    counts[band]!++;
  }
  const sorted = Float64Array.from(workers.map((w) => w.ratio)).sort();
  const q = (p: number) => (n === 0 ? Number.NaN : quantileSorted(sorted, p));
  let logSum = 0;
  for (const w of workers) logSum += Math.log(w.ratio);
  return deepFreeze({
    workers,
    unpaired,
    changes: [
      { change: 'fell' as const, n: fell, share: share(fell) },
      { change: 'stayed' as const, n: stayed, share: share(stayed) },
      { change: 'rose' as const, n: rose, share: share(rose) },
    ],
    bands: counts.map((c, j) => ({ from: edges[j]!, to: edges[j + 1]!, n: c, share: share(c) })),
    ratio: {
      min: q(0),
      q1: q(0.25),
      median: q(0.5),
      q3: q(0.75),
      max: q(1),
      geometricMean: n === 0 ? Number.NaN : Math.exp(logSum / n),
    },
  });
}
