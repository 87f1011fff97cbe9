import type { ValidationIssue } from '../models/validation-issue.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { assertArray } from '../_lib/args.js';
import { dayNumber, isoOfDay as isoDate } from '../_lib/calendar.js';
import {
  clockMinutes,
  entryMinutes,
  type DiaryEntry,
  type DiaryPeriod,
  type DiaryStudy,
} from './define-diary-study.js';

/**
 * A problem found in time diaries: a {@link ValidationIssue} whose path starts with `'entries'`
 * or `'periods'` and the input row, and `rows`, every input row the problem involves (both rows
 * of an overlap, every entry of a day over 24 hours).
 *
 * @category Time diaries
 */
export interface DiaryIssue extends ValidationIssue {
  /** The input rows (indices into `entries`, or into `periods` for a period's issue) involved. */
  readonly rows: readonly number[];
}

/**
 * One diary day of one worker: the minutes recorded, and the minutes between the first and last
 * clock time that no entry covers (a gap, counted and never filled).
 *
 * @category Time diaries
 */
export interface DiaryDay {
  /** The worker. */
  readonly workerId: string;
  /** The worker's site. */
  readonly pilotId: string;
  /** The diary's wave, when its period gives one. */
  readonly wave?: string;
  /** The day. */
  readonly date: string;
  /** How many entries the day has (0 for an empty diary day). */
  readonly entries: number;
  /** Minutes recorded (the sum of the entries' minutes; overlaps counted twice, as written). */
  readonly minutes: number;
  /** Minutes between the day's first start and last end covered by no timed entry. */
  readonly gapMinutes: number;
}

/**
 * How completely one diary period was kept.
 *
 * @category Time diaries
 */
export interface DiaryCoverage {
  /** The worker. */
  readonly workerId: string;
  /** The worker's site. */
  readonly pilotId: string;
  /** The diary's wave, when given. */
  readonly wave?: string;
  /** Days in the period (inclusive). */
  readonly days: number;
  /** Days with at least one entry. */
  readonly daysWithEntries: number;
  /** Days with none: counted, never filled in. */
  readonly emptyDays: number;
  /** Minutes recorded over the period. */
  readonly minutes: number;
  /** Gap minutes inside recorded days (see {@link DiaryDay}). */
  readonly gapMinutes: number;
}

/**
 * What {@link checkDiaries} returns: the entries and periods kept, every problem, and each diary
 * day and period's coverage.
 *
 * @category Time diaries
 */
export interface DiaryCheck<A extends string = string> {
  /** The diary study the entries were checked against. */
  readonly diary: DiaryStudy<A>;
  /** Entries that passed the schema and fall inside one of their worker's periods. */
  readonly entries: readonly DiaryEntry<A>[];
  /** The input row of each kept entry. */
  readonly entryRows: readonly number[];
  /** The period each kept entry falls in (index into `periods`). */
  readonly entryPeriods: readonly number[];
  /** Periods that passed the schema and do not overlap an earlier period of the same worker. */
  readonly periods: readonly DiaryPeriod[];
  /** Every problem, entries' first (by row), then periods'. */
  readonly issues: readonly DiaryIssue[];
  /** Every diary day of every kept period, by period then date. */
  readonly days: readonly DiaryDay[];
  /** One row per kept period. */
  readonly coverage: readonly DiaryCoverage[];
}

const MINUTES_PER_DAY = 24 * 60;

const hoursAndMinutes = (minutes: number): string => {
  const h = Math.floor(minutes / 60);
  const m = minutes - 60 * h;
  return m === 0 ? `${h} h` : `${h} h ${Number(m.toFixed(2))} min`;
};

/**
 * Checks time diaries against their diary study and against themselves, keeping every good row
 * and reporting every problem (never throwing on data):
 *
 * - rows the schemas reject (`unknown_activity`, a bad date or clock time, …);
 * - periods of one worker that overlap (`overlapping_periods`; the later is left out);
 * - entries of a worker with no period (`no_diary_period`) or dated outside their worker's
 *   periods (`outside_diary_period`); these are left out;
 * - a worker's day whose entries add up to more than 24 hours (`day_over_24_hours`, naming every
 *   entry of the day; exactly 24 hours is a full day, not a problem);
 * - timed entries of one day that overlap (`overlapping_entries`, one issue per pair naming both
 *   rows; touching entries, 09:00–10:00 and 10:00–11:00, do not overlap). Past 100 pairs in a day
 *   the rest are counted in one more issue naming every row of the day, so a file of thousands of
 *   identical rows gives a readable report in n log n time.
 *
 * Entries of over-long days and overlapping entries are kept (which one is wrong is the
 * evaluator's call). Gaps are counted, never filled: each diary day carries its recorded and gap
 * minutes, and `coverage` counts each period's empty days.
 *
 * @param diary - The diary study ({@link defineDiaryStudy}).
 * @param data - Raw entry and period rows (as read from CSV or JSON).
 * @category Time diaries
 * @example
 * ```ts
 * import { checkDiaries, defineDiaryStudy } from 'sos-eval/costs';
 * import { defineStudy } from 'sos-eval/models';
 *
 * const study = defineStudy({
 *   id: 'synthetic', title: 'Synthetic', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2016-01-01', end: '2016-12-31' } }],
 *   waves: [{ id: 'T1', label: 'Time 1' }, { id: 'T2', label: 'Time 2' }], tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * const diary = defineDiaryStudy({ study });
 * const check = checkDiaries(diary, {
 *   periods: [{ workerId: 'SW-1', pilotId: 'north', start: '2016-03-01', end: '2016-03-02' }],
 *   entries: [
 *     { workerId: 'SW-1', date: '2016-03-01', start: '09:00', end: '11:00', activity: 'direct-work' },
 *     { workerId: 'SW-1', date: '2016-03-01', start: '10:30', end: '12:00', activity: 'recording' },
 *     { workerId: 'SW-1', date: '2016-03-09', minutes: 60, activity: 'travel' },
 *   ],
 * });
 * check.issues.map((i) => [i.code, i.rows]) //=> [['overlapping_entries', [0, 1]], ['outside_diary_period', [2]]]
 * check.entries.length //=> 2
 * check.coverage[0].emptyDays //=> 1
 * ```
 */
export function checkDiaries<A extends string>(
  diary: DiaryStudy<A>,
  data: {
    /** Diary entries, raw. */
    readonly entries: readonly unknown[];
    /** Diary periods, raw. */
    readonly periods: readonly unknown[];
  },
): DiaryCheck<A> {
  if (diary === null || typeof diary !== 'object' || diary.schemas === undefined) {
    throw new TypeError('diary must be a diary study made by defineDiaryStudy');
  }
  assertArray('data.entries', data?.entries);
  assertArray('data.periods', data.periods);
  const entryIssues: DiaryIssue[] = [];
  const periodIssues: DiaryIssue[] = [];

  const parsedPeriods = diary.parseMany.period(data.periods);
  for (const issue of parsedPeriods.issues) {
    const row = issue.path[0] as number;
    periodIssues.push({ ...issue, path: ['periods', ...issue.path], rows: [row] });
  }
  // Periods by worker; a period overlapping an earlier one of the same worker is left out.
  const periods: DiaryPeriod[] = [];
  const byWorker = new Map<string, { index: number; from: number; to: number }[]>();
  parsedPeriods.rows.forEach((p, k) => {
    const row = parsedPeriods.indices[k]!;
    const from = dayNumber(p.start);
    const to = dayNumber(p.end);
    const own = byWorker.get(p.workerId) ?? [];
    // A worker's kept periods never overlap, so sorted by start they are sorted by end too: the
    // only ones a new period can meet are its neighbours in that order.
    const at = firstStartingAfter(own, from);
    const clash = [own[at - 1], own[at]].find(
      (o) => o !== undefined && from <= o.to && o.from <= to,
    );
    if (clash !== undefined) {
      const earlier = periods[clash.index]!;
      periodIssues.push({
        path: ['periods', row],
        code: 'overlapping_periods',
        message: `periods[${row}]: worker ${p.workerId}'s diary ${p.start}–${p.end} overlaps their diary ${earlier.start}–${earlier.end}; left out`,
        rows: [row],
      });
      return;
    }
    own.splice(at, 0, { index: periods.length, from, to });
    byWorker.set(p.workerId, own);
    periods.push(p);
  });

  const parsedEntries = diary.parseMany.entry(data.entries);
  for (const issue of parsedEntries.issues) {
    const row = issue.path[0] as number;
    entryIssues.push({ ...issue, path: ['entries', ...issue.path], rows: [row] });
  }
  const entries: DiaryEntry<A>[] = [];
  const entryRows: number[] = [];
  const entryPeriods: number[] = [];
  parsedEntries.rows.forEach((e, k) => {
    const row = parsedEntries.indices[k]!;
    const own = byWorker.get(e.workerId);
    if (own === undefined) {
      entryIssues.push({
        path: ['entries', row, 'workerId'],
        code: 'no_diary_period',
        message: `entries[${row}]: worker ${e.workerId} has no diary period; left out`,
        rows: [row],
      });
      return;
    }
    const day = dayNumber(e.date);
    const before = own[firstStartingAfter(own, day) - 1];
    const period = before !== undefined && day <= before.to ? before : undefined;
    if (period === undefined) {
      entryIssues.push({
        path: ['entries', row, 'date'],
        code: 'outside_diary_period',
        message: `entries[${row}]: ${e.date} is outside worker ${e.workerId}'s diary period${own.length > 1 ? 's' : ''} (${own
          .slice(0, 3)
          .map((o) => `${periods[o.index]!.start}–${periods[o.index]!.end}`)
          .join(', ')}${own.length > 3 ? ` and ${own.length - 3} more` : ''}); left out`,
        rows: [row],
      });
      return;
    }
    entries.push(e);
    entryRows.push(row);
    entryPeriods.push(period.index);
  });

  // Group kept entries by period and day.
  const dayEntries = new Map<string, number[]>();
  entries.forEach((e, k) => {
    const key = `${entryPeriods[k]}\u0000${e.date}`;
    const list = dayEntries.get(key);
    if (list === undefined) dayEntries.set(key, [k]);
    else list.push(k);
  });

  const days: DiaryDay[] = [];
  const coverage: DiaryCoverage[] = [];
  periods.forEach((p, index) => {
    const from = dayNumber(p.start);
    const to = dayNumber(p.end);
    let withEntries = 0;
    let periodMinutes = 0;
    let periodGaps = 0;
    for (let d = from; d <= to; d++) {
      const date = isoDate(d);
      const ks = dayEntries.get(`${index}\u0000${date}`) ?? [];
      let minutes = 0;
      for (const k of ks) minutes += entryMinutes(entries[k]!);
      const gapMinutes = checkDay(ks, entries, entryRows, p, date, minutes, entryIssues);
      if (ks.length > 0) withEntries++;
      periodMinutes += minutes;
      periodGaps += gapMinutes;
      days.push({
        workerId: p.workerId,
        pilotId: p.pilotId,
        ...(p.wave === undefined ? {} : { wave: p.wave }),
        date,
        entries: ks.length,
        minutes,
        gapMinutes,
      });
    }
    coverage.push({
      workerId: p.workerId,
      pilotId: p.pilotId,
      ...(p.wave === undefined ? {} : { wave: p.wave }),
      days: to - from + 1,
      daysWithEntries: withEntries,
      emptyDays: to - from + 1 - withEntries,
      minutes: periodMinutes,
      gapMinutes: periodGaps,
    });
  });

  entryIssues.sort((a, b) => a.rows[0]! - b.rows[0]! || a.rows.length - b.rows.length);
  return deepFreeze({
    diary,
    entries,
    entryRows,
    entryPeriods,
    periods,
    issues: [...entryIssues, ...periodIssues],
    days,
    coverage,
  }) as DiaryCheck<A>;
}

/** Reports a day over 24 hours and overlapping pairs; returns the day's gap minutes. */
function checkDay(
  ks: readonly number[],
  entries: readonly DiaryEntry[],
  entryRows: readonly number[],
  period: DiaryPeriod,
  date: string,
  minutes: number,
  issues: DiaryIssue[],
): number {
  if (minutes > MINUTES_PER_DAY) {
    const rows = ks.map((k) => entryRows[k]!);
    issues.push({
      path: ['entries', rows[0]!],
      code: 'day_over_24_hours',
      message: `worker ${period.workerId} on ${date}: entries total ${hoursAndMinutes(minutes)}, more than 24 hours (rows ${rows.join(', ')})`,
      rows,
    });
  }
  const timed = ks
    .filter((k) => entries[k]!.start !== undefined)
    .map((k) => ({
      row: entryRows[k]!,
      from: clockMinutes(entries[k]!.start!),
      to: clockMinutes(entries[k]!.end!),
    }))
    .sort((a, b) => a.from - b.from || a.row - b.row);
  // Every overlapping pair, up to MAX_OVERLAPS a day: each entry against the earlier-starting
  // ones still running (the active list holds only those, so the work is the pairs reported).
  // Past the cap the rest are counted, not listed — an entry overlaps as many earlier ones as
  // entries have started before it minus those that ended by its start — so a file of thousands
  // of identical rows costs n log n, not n².
  const ends = Float64Array.from(timed, (t) => t.to).sort();
  let reported = 0;
  let more = 0;
  let active: typeof timed = [];
  for (let j = 0; j < timed.length; j++) {
    const b = timed[j]!;
    if (reported >= MAX_OVERLAPS) {
      more += j - upperBound(ends, b.from);
      continue;
    }
    active = active.filter((a) => a.to > b.from);
    for (const a of active) {
      if (reported >= MAX_OVERLAPS) {
        more++;
        continue;
      }
      reported++;
      const rows = [Math.min(a.row, b.row), Math.max(a.row, b.row)];
      const [first, second] = a.row < b.row ? [a, b] : [b, a];
      issues.push({
        path: ['entries', rows[1]!],
        code: 'overlapping_entries',
        message: `worker ${period.workerId} on ${date}: rows ${rows[0]} (${clock(first.from)}–${clock(first.to)}) and ${rows[1]} (${clock(second.from)}–${clock(second.to)}) overlap`,
        rows,
      });
    }
    active.push(b);
  }
  if (more > 0) {
    const rows = timed.map((t) => t.row).sort((x, y) => x - y);
    issues.push({
      path: ['entries', rows[0]!],
      code: 'overlapping_entries',
      message: `worker ${period.workerId} on ${date}: ${more} more overlapping pairs (only the first ${MAX_OVERLAPS} are listed)`,
      rows,
    });
  }
  // Gap minutes: the span from the first start to the last end not covered by the union.
  let gap = 0;
  let reach = Number.NaN;
  for (const t of timed) {
    if (Number.isNaN(reach)) reach = t.to;
    else {
      if (t.from > reach) gap += t.from - reach;
      if (t.to > reach) reach = t.to;
    }
  }
  return gap;
}

/** The most overlapping pairs listed one by one for a day; the rest are counted in one issue. */
const MAX_OVERLAPS = 100;

/** Index of the first of `sorted` (ascending by `from`) that starts after `day`. */
function firstStartingAfter(sorted: readonly { from: number }[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.from <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the ascending `values` are ≤ x. */
function upperBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const clock = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
