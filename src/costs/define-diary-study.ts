import { z } from 'zod';
import { IsoDateSchema } from '../models/iso-date.js';
import { PseudonymousIdSchema } from '../models/worker.js';
import { parseMany, type ParsedRows } from '../models/parse.js';
import type { AnyStudy } from '../models/study/study.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { assertArray, showValue } from '../_lib/args.js';
import { DEFAULT_DIARY_ACTIVITIES, type DiaryActivity } from './diary-activity.js';

/**
 * One row of a time diary: a stretch of a worker's day spent on one activity, given either as
 * clock times (`start`, `end`, `'HH:MM'`, `end` up to `'24:00'`) or as `minutes`, or both (then
 * they must agree), and the case it was for when it was for one case.
 *
 * @category Time diaries
 */
export interface DiaryEntry<A extends string = string> {
  /** Pseudonymous id of the worker who kept the diary. */
  readonly workerId: string;
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Clock time the activity started, `'HH:MM'` or `'H:MM'` (24-hour). */
  readonly start?: string;
  /** Clock time it ended, `'HH:MM'`, after `start`; `'24:00'` is midnight at the day's end. */
  readonly end?: string;
  /** Its length in minutes (> 0, at most 1440), when clock times are not given. */
  readonly minutes?: number;
  /** The activity: an id of the diary study's catalogue. */
  readonly activity: A;
  /** Pseudonymous id of the case (child or family) the time was for, when it was for one. */
  readonly caseId?: string;
  /** The kind or stage of that case (`'child-protection'`, `'assessment'`, …), free text. */
  readonly caseType?: string;
}

/**
 * The days a worker kept a diary: an inclusive window of dates, the worker's site, and the wave
 * (a {@link AnyStudy | study}'s wave id) when diaries were kept more than once (before and after).
 *
 * @category Time diaries
 */
export interface DiaryPeriod {
  /** Pseudonymous id of the worker. */
  readonly workerId: string;
  /** The site the worker works in: an id of the study's sites. */
  readonly pilotId: string;
  /** The first day of the diary. */
  readonly start: string;
  /** The last day (inclusive). */
  readonly end: string;
  /** The wave the diary belongs to, when the study has waves and diaries were kept at several. */
  readonly wave?: string;
}

/**
 * A time-diary study made by {@link defineDiaryStudy}: the {@link AnyStudy | study} whose sites,
 * groupings and waves diaries are summarised by, its activity catalogue, and zod schemas for
 * entries and periods that check ids against both.
 *
 * @category Time diaries
 */
export interface DiaryStudy<A extends string = string> {
  /** The study (sites, groupings, waves). */
  readonly study: AnyStudy;
  /** The activity catalogue, in order. */
  readonly activities: readonly DiaryActivity<A>[];
  /** The activities' ids, in order. */
  readonly activityIds: readonly A[];
  /** An activity by id, or `undefined`. */
  activity(id: string): DiaryActivity<A> | undefined;
  /** zod schemas of a diary entry and a diary period. */
  readonly schemas: {
    /** A {@link DiaryEntry}: an unknown activity fails with code `unknown_activity`. */
    readonly entry: z.ZodType<DiaryEntry<A>>;
    /** A {@link DiaryPeriod}: an unknown site fails with `unknown_pilot`, a wave with `unknown_wave`. */
    readonly period: z.ZodType<DiaryPeriod>;
  };
  /** Parsers of many rows (never throw): the valid rows, their indices, an issue per problem. */
  readonly parseMany: {
    /** Diary entries. */
    readonly entry: (input: readonly unknown[]) => ParsedRows<DiaryEntry<A>>;
    /** Diary periods. */
    readonly period: (input: readonly unknown[]) => ParsedRows<DiaryPeriod>;
  };
}

/**
 * Options of {@link defineDiaryStudy}.
 *
 * @category Time diaries
 */
export interface DiaryStudyOptions<A extends string = string> {
  /** The study whose sites, groupings and waves the diaries belong to (`defineStudy`). */
  readonly study: AnyStudy;
  /** The activity catalogue; default {@link DEFAULT_DIARY_ACTIVITIES}. */
  readonly activities?: readonly DiaryActivity<A>[];
}

// H:MM or HH:MM, 00:00 to 23:59, and 24:00 for midnight at the day's end (spreadsheets often
// drop the leading zero).
const TIME = /^(?:([01]?\d|2[0-3]):([0-5]\d)|24:00)$/;

/**
 * Minutes after midnight of a clock time `'HH:MM'` (`'24:00'` is 1440), or NaN when it is not
 * one.
 *
 * @category Time diaries
 * @example
 * ```ts
 * import { clockMinutes } from 'sos-eval/costs';
 *
 * clockMinutes('09:30') //=> 570
 * clockMinutes('24:00') //=> 1440
 * clockMinutes('9:05') //=> 545
 * clockMinutes('25:00') //=> NaN
 * ```
 */
export function clockMinutes(time: string): number {
  // By character codes rather than TIME.test: diaries run to hundreds of thousands of rows and
  // each time is read several times. Accepts exactly what TIME does.
  if (typeof time !== 'string') return Number.NaN;
  const n = time.length;
  if ((n !== 4 && n !== 5) || time.charCodeAt(n - 3) !== 58) return Number.NaN;
  const digit = (i: number): number => {
    const c = time.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : Number.NaN;
  };
  const hours = n === 5 ? digit(0) * 10 + digit(1) : digit(0);
  const tens = digit(n - 2);
  const minutes = tens * 10 + digit(n - 1);
  if (!(tens <= 5) || Number.isNaN(minutes) || !(hours <= 24)) return Number.NaN;
  if (hours === 24 && minutes !== 0) return Number.NaN;
  return hours * 60 + minutes;
}

/**
 * The minutes a diary entry covers: `minutes` when given, else `end − start`.
 *
 * @category Time diaries
 * @example
 * ```ts
 * import { entryMinutes } from 'sos-eval/costs';
 *
 * entryMinutes({ workerId: 'SW-1', date: '2016-03-01', start: '09:00', end: '10:15', activity: 'recording' }) //=> 75
 * entryMinutes({ workerId: 'SW-1', date: '2016-03-01', minutes: 40, activity: 'travel' }) //=> 40
 * ```
 */
export function entryMinutes(entry: DiaryEntry): number {
  if (entry.minutes !== undefined) return entry.minutes;
  return clockMinutes(entry.end ?? '') - clockMinutes(entry.start ?? '');
}

const custom = (
  ctx: z.core.$RefinementCtx<unknown>,
  path: (string | number)[],
  code: string,
  message: string,
): void => {
  ctx.addIssue({ code: 'custom', params: { code }, path, message });
};

const list = (ids: readonly string[]): string =>
  ids.length <= 12 ? ids.join(', ') : `${ids.slice(0, 12).join(', ')} and ${ids.length - 12} more`;

function checkActivities(activities: unknown): asserts activities is readonly DiaryActivity[] {
  assertArray('options.activities', activities);
  if (activities.length === 0) throw new RangeError('options.activities must not be empty');
  const seen = new Set<string>();
  activities.forEach((a, i) => {
    const id = (a as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '')
      throw new TypeError(
        `options.activities[${i}].id must be a non-empty string, got ${showValue(id)}`,
      );
    if (seen.has(id))
      throw new RangeError(`options.activities[${i}].id ${JSON.stringify(id)} is listed twice`);
    seen.add(id);
    if (typeof (a as { label?: unknown }).label !== 'string')
      throw new TypeError(`options.activities[${i}].label must be a string`);
  });
}

/**
 * Defines a time-diary study: a {@link AnyStudy | study} (its sites, groupings and waves) and an
 * activity catalogue (default {@link DEFAULT_DIARY_ACTIVITIES}), with schemas that check diary
 * entries and periods against both. Entries give clock times or minutes; an activity outside the
 * catalogue is an issue (`unknown_activity`), never a throw. Checks across rows (a day over 24
 * hours, overlaps, dates outside the diary period, gaps) are {@link checkDiaries}'.
 *
 * @throws TypeError or RangeError for a missing study or a broken catalogue (an empty list, an
 * activity without an id, an id listed twice).
 * @category Time diaries
 * @example
 * ```ts
 * import { defineDiaryStudy } from 'sos-eval/costs';
 * import { defineStudy } from 'sos-eval/models';
 *
 * const study = defineStudy({
 *   id: 'synthetic-diaries', title: 'A synthetic diary study',
 *   pilots: [{ id: 'north', name: 'North' }, { id: 'south', name: 'South' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2016-01-01', end: '2016-12-31' } }],
 *   waves: [{ id: 'before', label: 'Before' }, { id: 'after', label: 'After' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * const diary = defineDiaryStudy({ study });
 * diary.activityIds.length //=> 8
 * const parsed = diary.parseMany.entry([
 *   { workerId: 'SW-1', date: '2016-03-01', start: '09:00', end: '10:30', activity: 'direct-work', caseId: 'C-1' },
 *   { workerId: 'SW-1', date: '2016-03-01', minutes: 30, activity: 'gardening' },
 * ]);
 * parsed.rows.length //=> 1
 * parsed.issues[0].code //=> 'unknown_activity'
 * ```
 */
export function defineDiaryStudy<A extends string = string>(
  options: DiaryStudyOptions<A>,
): DiaryStudy<A> {
  const study = options?.study;
  if (study === null || typeof study !== 'object' || !Array.isArray(study.pilots)) {
    throw new TypeError(
      `options.study must be a study made by defineStudy, got ${showValue(study)}`,
    );
  }
  const activities = (options.activities ?? DEFAULT_DIARY_ACTIVITIES) as readonly DiaryActivity[];
  checkActivities(activities);
  const catalogue = deepFreeze(
    activities.map((a) => ({ ...a, aliases: [...(a.aliases ?? [])] })),
  ) as unknown as readonly DiaryActivity<A>[];
  const activityIds = Object.freeze(catalogue.map((a) => a.id));
  const byId = new Map(catalogue.map((a) => [a.id as string, a]));
  const pilots = new Set(study.ids.pilots);
  const waves = new Set(study.ids.waves);

  const entry = z
    .strictObject({
      workerId: PseudonymousIdSchema,
      date: IsoDateSchema,
      start: z.string().regex(TIME, "must be a clock time 'HH:MM' (00:00–24:00)").optional(),
      end: z.string().regex(TIME, "must be a clock time 'HH:MM' (00:00–24:00)").optional(),
      minutes: z.number().positive().max(1440).optional(),
      activity: z.string(),
      caseId: PseudonymousIdSchema.optional(),
      caseType: z.string().min(1).optional(),
    })
    .superRefine((e, ctx) => {
      if (!byId.has(e.activity)) {
        custom(
          ctx,
          ['activity'],
          'unknown_activity',
          `activity: ${JSON.stringify(e.activity)} is not in the diary's catalogue (${list(activityIds)})`,
        );
      }
      const timed = e.start !== undefined || e.end !== undefined;
      if (timed && (e.start === undefined || e.end === undefined)) {
        custom(
          ctx,
          [e.start === undefined ? 'start' : 'end'],
          'incomplete_times',
          'give both start and end, or minutes alone',
        );
        return;
      }
      if (!timed && e.minutes === undefined) {
        custom(ctx, ['minutes'], 'missing_duration', 'give start and end, or minutes');
        return;
      }
      const span = timed ? clockMinutes(e.end!) - clockMinutes(e.start!) : Number.NaN;
      if (!Number.isNaN(span)) {
        if (span <= 0) {
          custom(ctx, ['end'], 'end_before_start', `end ${e.end} is not after start ${e.start}`);
        } else if (e.minutes !== undefined && e.minutes !== span) {
          custom(
            ctx,
            ['minutes'],
            'duration_mismatch',
            `minutes ${e.minutes} disagree with ${e.start}–${e.end} (${span} minutes)`,
          );
        }
      }
    }) as unknown as z.ZodType<DiaryEntry<A>>;

  const period = z
    .strictObject({
      workerId: PseudonymousIdSchema,
      pilotId: z.string(),
      start: IsoDateSchema,
      end: IsoDateSchema,
      wave: z.string().optional(),
    })
    .superRefine((p, ctx) => {
      if (!pilots.has(p.pilotId)) {
        custom(
          ctx,
          ['pilotId'],
          'unknown_pilot',
          `pilotId: ${JSON.stringify(p.pilotId)} is not a site of study ${JSON.stringify(study.id)} (${list(study.ids.pilots)})`,
        );
      }
      if (p.wave !== undefined && !waves.has(p.wave)) {
        custom(
          ctx,
          ['wave'],
          'unknown_wave',
          `wave: ${JSON.stringify(p.wave)} is not a wave of study ${JSON.stringify(study.id)} (${list(study.ids.waves)})`,
        );
      }
      if (p.end < p.start) custom(ctx, ['end'], 'end_before_start', 'end must not be before start');
    }) as unknown as z.ZodType<DiaryPeriod>;

  return Object.freeze({
    study,
    activities: catalogue,
    activityIds,
    activity: (id: string) => byId.get(id) as DiaryActivity<A> | undefined,
    schemas: Object.freeze({ entry, period }),
    parseMany: Object.freeze({
      entry: (input: readonly unknown[]) => parseMany(entry, input),
      period: (input: readonly unknown[]) => parseMany(period, input),
    }),
  });
}
