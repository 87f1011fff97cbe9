import { assertArray, assertOneOf } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { mean } from '../_lib/numeric/mean.js';
import { median } from '../_lib/numeric/median.js';
import { compareWaves } from '../longitudinal/compare-waves.js';
import type { Comparison } from '../longitudinal/comparison-row.js';
import { pairWaves } from '../longitudinal/pair-waves.js';
import type { Study } from '../models/study/study.js';
import type { SelfProfilingRating } from './self-profiling-rating.js';
import { readStudy } from './_study.js';

/**
 * One row of {@link selfProfilingSummary}: a site's ratings on one dimension at one wave.
 *
 * @category Analyses
 */
export interface SelfProfilingSummaryRow {
  /** The site. */
  readonly pilot: string;
  /** The wave. */
  readonly wave: string;
  /** The dimension. */
  readonly dimension: string;
  /** Ratings. */
  readonly n: number;
  /** Their mean. */
  readonly mean: number;
  /** Their median. */
  readonly median: number;
  /** The lowest rating. */
  readonly min: number;
  /** The highest rating. */
  readonly max: number;
}

/**
 * Self-profiling scores by site over time: for every site, wave and dimension, the number of
 * ratings and their mean, median and range. Rows follow the study's order of sites and waves, then
 * dimensions in order of first appearance. Parse the ratings first (`qualitativeModels(study)
 * .parseMany.selfProfilingRating`); ratings of sites or waves the study does not have are left out.
 *
 * @param ratings - Parsed self-profiling ratings.
 * @returns Frozen rows.
 * @throws TypeError for arguments that are not ratings and a study.
 * @category Analyses
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { selfProfilingSummary } from 'sos-eval/qualitative';
 * const study = defineStudy({
 *   id: 'demo', title: 'A made-up study',
 *   pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2024-01-01', end: '2024-06-30' } }],
 *   waves: [{ id: 'start', label: 'Start' }, { id: 'end', label: 'End' }],
 *   tools: [{ id: 'plan', name: 'Safety plan' }],
 *   usageLevels: [{ id: 'yes', label: 'Yes', uses: true }, { id: 'no', label: 'No', uses: false }],
 * });
 * const r = (wave: string, rating: number) => ({ pilot: 'north', wave, dimension: 'leadership', rating });
 * const rows = selfProfilingSummary([r('end', 4), r('start', 2), r('start', 3)], { study });
 * rows.map((x) => [x.wave, x.n, x.mean]) //=> [['start', 2, 2.5], ['end', 1, 4]]
 * ```
 */
export function selfProfilingSummary(
  ratings: readonly SelfProfilingRating[],
  options: { readonly study: Study<string, string, string, string, string, string> },
): SelfProfilingSummaryRow[] {
  assertArray('ratings', ratings);
  const study = readStudy('options.study', options?.study);
  const dimensions: string[] = [];
  const groups = new Map<string, number[]>();
  for (const r of ratings) {
    if (!dimensions.includes(r.dimension)) dimensions.push(r.dimension);
    const key = JSON.stringify([r.pilot, r.wave, r.dimension]);
    groups.set(key, [...(groups.get(key) ?? []), r.rating]);
  }
  const rows: SelfProfilingSummaryRow[] = [];
  for (const pilot of study.ids.pilots) {
    for (const wave of study.ids.waves) {
      for (const dimension of dimensions) {
        const xs = groups.get(JSON.stringify([pilot, wave, dimension]));
        if (xs === undefined) continue;
        rows.push({
          pilot,
          wave,
          dimension,
          n: xs.length,
          mean: mean(xs),
          median: median(xs),
          min: xs.reduce((a, b) => Math.min(a, b)),
          max: xs.reduce((a, b) => Math.max(a, b)),
        });
      }
    }
  }
  return deepFreeze(rows);
}

/** Options for {@link selfProfilingChange}. */
export interface SelfProfilingChangeOptions {
  /** The study. */
  readonly study: Study<string, string, string, string, string, string>;
  /** The earlier wave. */
  readonly from: string;
  /** The later wave. */
  readonly to: string;
  /**
   * `'scale'` (default): Wilcoxon signed-rank test on the paired changes (ratings are ordered
   * categories); `'interval'`: paired t-test with the mean change and its interval.
   */
  readonly kind?: 'scale' | 'interval';
}

/**
 * Change in self-profiling between two waves, one row per dimension, with the longitudinal
 * module's `compareWaves`: each rating at `from` is paired with the same site's rating on the same
 * dimension at `to` — by informant when ratings carry `informantId`, else by site — and the paired
 * changes are tested (Wilcoxon signed-rank by default, R's `wilcox.test(to, from, paired = TRUE)`).
 * A key rated twice at one wave cannot be paired and is reported in the row's `issues`.
 *
 * @param ratings - Parsed self-profiling ratings.
 * @returns Frozen comparison rows; `measure` is the dimension.
 * @throws TypeError or RangeError for bad arguments (unknown waves, `from` equal to `to`).
 * @category Analyses
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { selfProfilingChange } from 'sos-eval/qualitative';
 * const study = defineStudy({
 *   id: 'demo', title: 'A made-up study',
 *   pilots: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: id.toUpperCase() })),
 *   cohorts: [{ id: 'c1', referrals: { start: '2024-01-01', end: '2024-06-30' } }],
 *   waves: [{ id: 'start', label: 'Start' }, { id: 'end', label: 'End' }],
 *   tools: [{ id: 'plan', name: 'Safety plan' }],
 *   usageLevels: [{ id: 'yes', label: 'Yes', uses: true }, { id: 'no', label: 'No', uses: false }],
 * });
 * const start = [1, 2, 2, 3, 1, 2];
 * const end = [3, 3, 4, 4, 2, 5];
 * const ratings = study.ids.pilots.flatMap((pilot, i) => [
 *   { pilot, wave: 'start', dimension: 'leadership', rating: start[i] },
 *   { pilot, wave: 'end', dimension: 'leadership', rating: end[i] },
 * ]);
 * const [row] = selfProfilingChange(ratings, { study, from: 'start', to: 'end', kind: 'interval' });
 * // Changes 2, 1, 2, 1, 1, 3: mean 10 / 6
 * [row.measure, row.comparison, row.n] //=> ['leadership', 'End - Start', 6]
 * row.estimate //=> 1.6667
 * ```
 */
export function selfProfilingChange(
  ratings: readonly SelfProfilingRating[],
  options: SelfProfilingChangeOptions,
): Comparison[] {
  assertArray('ratings', ratings);
  const study = readStudy('options.study', options?.study);
  const kind = options.kind ?? 'scale';
  assertOneOf('options.kind', kind, ['scale', 'interval']);
  const dimensions = [...new Set(ratings.map((r) => r.dimension))];
  const rows = dimensions.map((dimension) => {
    const paired = pairWaves(
      ratings.filter((r) => r.dimension === dimension),
      {
        study,
        from: options.from,
        to: options.to,
        key: (r: SelfProfilingRating) => `${r.pilot}\u0000${r.informantId ?? ''}`,
        wave: 'wave',
      },
    );
    const row = compareWaves(paired, { study, measure: 'rating', name: dimension, kind });
    return paired.issues.length === 0 ? row : { ...row, issues: [...paired.issues, ...row.issues] };
  });
  return deepFreeze(rows);
}
