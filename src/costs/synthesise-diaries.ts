import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { assertArray, assertCount, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { isIsoDate } from '../models/iso-date.js';
import { dayNumber, isoOfDay as isoDate } from '../_lib/calendar.js';
import type { DiaryEntry, DiaryPeriod, DiaryStudy } from './define-diary-study.js';

/**
 * Options of {@link synthesiseDiaries}.
 *
 * @category Synthetic data
 */
export interface SynthesiseDiariesOptions {
  /** The seed (a 32-bit integer): the same seed gives the same diaries. */
  readonly seed: number;
  /** How many workers keep diaries; default 121. */
  readonly workers?: number;
  /** The first diary day; default `'2016-03-07'` (a Monday). */
  readonly start?: string;
  /** Diary days per period; default 5 (a working week). */
  readonly days?: number;
  /**
   * Two wave ids of the study, before and after: each worker keeps a diary at both, 26 weeks
   * apart, and their time per assessment changes by a factor drawn per worker (`change`). Default:
   * one diary per worker, no wave.
   */
  readonly waves?: readonly [string, string];
  /** How the time an activity takes changes between the waves, per worker: lognormal. */
  readonly change?: {
    /** The activity whose time changes; default `'assessment'` (when the catalogue has it). */
    readonly activity?: string;
    /** The median ratio after ÷ before; default 1.2. */
    readonly median?: number;
    /** The standard deviation of the log ratio; default 0.45. */
    readonly sdLog?: number;
  };
  /** The case types drawn for cases; default child in need, child protection, looked after. */
  readonly caseTypes?: readonly string[];
  /** Relative weight of each activity id (default: a plausible social-work week; 1 for others). */
  readonly weights?: Readonly<Record<string, number>>;
}

const DEFAULT_WEIGHTS: Readonly<Record<string, number>> = {
  'direct-work': 22,
  assessment: 12,
  recording: 25,
  meetings: 13,
  supervision: 5,
  travel: 12,
  training: 4,
  other: 7,
};
const CASE_ACTIVITIES = new Set(['direct-work', 'assessment', 'recording', 'meetings', 'travel']);

const clock = (m: number): string =>
  m >= 1440
    ? '24:00'
    : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Synthetic time diaries for a diary study, from a seeded generator (xoroshiro128+, `pure-rand`):
 * `workers` social workers spread over the study's sites in turn, each keeping a diary for `days`
 * days (at two waves, 26 weeks apart, when `waves` is given). Each day runs from about 08:00 to
 * 16:00–17:30 in entries of 15 minutes to 2½ hours with the odd unrecorded gap; activities are
 * drawn by weight; direct work, assessment, recording, meetings and travel are mostly for one of
 * the worker's cases. At the second wave one activity's time (assessment by default) is scaled
 * per worker by a lognormal ratio. Nothing here is anyone's real diary, and the default weights
 * and ratios are illustrations, not findings. The rows pass {@link checkDiaries} without issues.
 *
 * @throws RangeError or TypeError naming a broken option.
 * @category Synthetic data
 * @example
 * ```ts
 * import { checkDiaries, defineDiaryStudy, synthesiseDiaries } from 'sos-eval/costs';
 * import { defineStudy } from 'sos-eval/models';
 *
 * const study = defineStudy({
 *   id: 'synthetic', title: 'Synthetic', pilots: [{ id: 'north', name: 'North' }, { id: 'south', name: 'South' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2016-01-01', end: '2016-12-31' } }],
 *   waves: [{ id: 'T1', label: 'Time 1' }, { id: 'T2', label: 'Time 2' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * const diary = defineDiaryStudy({ study });
 * const data = synthesiseDiaries(diary, { seed: 7, workers: 10, waves: ['T1', 'T2'] });
 * data.periods.length //=> 20
 * checkDiaries(diary, data).issues //=> []
 * ```
 */
export function synthesiseDiaries(
  diary: DiaryStudy,
  options: SynthesiseDiariesOptions,
): {
  /** One period per worker (and wave). */
  readonly periods: readonly DiaryPeriod[];
  /** The entries, by worker, period and time. */
  readonly entries: readonly DiaryEntry[];
} {
  if (diary === null || typeof diary !== 'object' || !Array.isArray(diary.activities))
    throw new TypeError('diary must be a diary study made by defineDiaryStudy');
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object with a seed, got ${showValue(options)}`);
  const seed = options.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 32)
    throw new RangeError(`options.seed must be a 32-bit integer, got ${showValue(seed)}`);
  const nWorkers = options.workers ?? 121;
  assertCount('options.workers', nWorkers);
  const days = options.days ?? 5;
  assertCount('options.days', days);
  if (days < 1) throw new RangeError(`options.days must be ≥ 1, got ${days}`);
  const start = options.start ?? '2016-03-07';
  if (!isIsoDate(start))
    throw new RangeError(
      `options.start must be a date written YYYY-MM-DD, got ${showValue(start)}`,
    );
  const waves = options.waves;
  if (waves !== undefined) {
    assertArray('options.waves', waves);
    if (waves.length !== 2 || waves.some((w) => !diary.study.ids.waves.includes(w)))
      throw new RangeError(
        `options.waves must be two wave ids of the study (${diary.study.ids.waves.join(', ')}), got ${JSON.stringify(waves)}`,
      );
  }
  const caseTypes = options.caseTypes ?? ['child-in-need', 'child-protection', 'looked-after'];
  assertArray('options.caseTypes', caseTypes);
  const changeActivity =
    options.change?.activity ??
    (diary.activityIds.includes('assessment') ? 'assessment' : undefined);
  if (changeActivity !== undefined && !diary.activityIds.includes(changeActivity))
    throw new RangeError(
      `options.change.activity must be an activity of the catalogue, got ${showValue(changeActivity)}`,
    );
  const medianRatio = options.change?.median ?? 1.2;
  const sdLog = options.change?.sdLog ?? 0.45;
  if (!(medianRatio > 0) || !(sdLog >= 0))
    throw new RangeError('options.change.median must be > 0 and options.change.sdLog ≥ 0');
  const weights = diary.activities.map((a) => {
    const w = options.weights?.[a.id] ?? DEFAULT_WEIGHTS[a.id] ?? 1;
    if (typeof w !== 'number' || !(w >= 0) || !Number.isFinite(w))
      throw new RangeError(`options.weights.${a.id} must be a number ≥ 0, got ${showValue(w)}`);
    return w;
  });
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  if (!(totalWeight > 0)) throw new RangeError('options.weights must give some activity a weight');

  const rng = xoroshiro128plus(seed);
  const float = () => uniformFloat64(rng);
  const int = (lo: number, hi: number) => uniformInt(rng, lo, hi);
  const normal = () => Math.sqrt(-2 * Math.log(1 - float())) * Math.cos(2 * Math.PI * float());
  const pickActivity = (): string => {
    let u = float() * totalWeight;
    for (let i = 0; i < weights.length; i++) {
      if (u < weights[i]!) return diary.activityIds[i]!;
      u -= weights[i]!;
    }
    return diary.activityIds[weights.findLastIndex((w) => w > 0)]!;
  };

  const pilots = diary.study.ids.pilots;
  const width = String(nWorkers).length < 3 ? 3 : String(nWorkers).length;
  const periods: DiaryPeriod[] = [];
  const entries: DiaryEntry[] = [];
  const first = dayNumber(start);
  for (let w = 0; w < nWorkers; w++) {
    const workerId = `SW-${String(w + 1).padStart(width, '0')}`;
    const pilotId = pilots[w % pilots.length]!;
    const caseload = int(8, 20);
    const cases = Array.from({ length: caseload }, (_, k) => ({
      id: `${workerId}-C${String(k + 1).padStart(2, '0')}`,
      type: caseTypes.length > 0 ? caseTypes[int(0, caseTypes.length - 1)]! : undefined,
    }));
    const ratio = medianRatio * Math.exp(sdLog * normal());
    const rounds = waves === undefined ? [undefined] : waves;
    rounds.forEach((wave, r) => {
      const from = first + r * 182;
      periods.push({
        workerId,
        pilotId,
        start: isoDate(from),
        end: isoDate(from + days - 1),
        ...(wave === undefined ? {} : { wave }),
      });
      for (let d = 0; d < days; d++) {
        const date = isoDate(from + d);
        let t = 8 * 60 + 5 * int(0, 12);
        const finish = 16 * 60 + 5 * int(0, 18);
        while (t < finish) {
          if (float() < 0.08) t += 5 * int(3, 9); // an unrecorded gap
          const activity = pickActivity();
          let minutes =
            5 * Math.max(3, Math.min(30, Math.round(Math.exp(3.6 + 0.6 * normal()) / 5)));
          if (r === 1 && activity === changeActivity)
            minutes = 5 * Math.max(1, Math.round((minutes * ratio) / 5));
          const end = Math.min(t + minutes, 1440);
          if (end <= t) break;
          const c =
            CASE_ACTIVITIES.has(activity) && float() < 0.8
              ? cases[int(0, caseload - 1)]!
              : undefined;
          entries.push({
            workerId,
            date,
            start: clock(t),
            end: clock(end),
            activity,
            ...(c === undefined
              ? {}
              : { caseId: c.id, ...(c.type === undefined ? {} : { caseType: c.type }) }),
          });
          t = end;
        }
      }
    });
  }
  return deepFreeze({ periods, entries });
}
