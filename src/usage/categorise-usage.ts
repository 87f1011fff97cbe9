import { assertCount, assertNumber, showValue } from '../_lib/args.js';
import type { AnyStudy, StudyUsageLevelId } from '../models/study/study.js';
import { studyOption, type UsageCatalogue } from './_catalogue.js';

/**
 * Options for {@link categoriseUsage}.
 *
 * @typeParam S - The study.
 * @category Usage
 */
export interface CategoriseUsageOptions<S extends AnyStudy = AnyStudy> {
  /** The study whose usage levels are given. */
  readonly study: S;
  /**
   * Where the levels between the first and the last divide, for a study with more than one such
   * level: the smallest share of families (strictly between 0 and 1, decreasing) of each but the
   * last of them. For always / often / sometimes / rarely / never, `[0.5, 0.2]` makes often ≥ 50%,
   * sometimes ≥ 20%, rarely any share below that. Leave out otherwise.
   */
  readonly cuts?: readonly number[];
}

/**
 * @internal The checked cuts of a study: one fewer than its levels between the first and last,
 * or none.
 */
export function cutsOption(value: unknown, cat: UsageCatalogue): readonly number[] {
  const between = Math.max(0, cat.levels.length - 2);
  const wanted = Math.max(0, between - 1);
  if (value === undefined) {
    if (wanted === 0) return [];
    throw new RangeError(
      `options.cuts must give ${wanted} shares dividing ${cat.name}'s levels ${cat.levels.slice(1, -1).join(', ')} (they lie between ${cat.levels[0]} and ${cat.levels.at(-1)}), got undefined`,
    );
  }
  if (!Array.isArray(value))
    throw new TypeError(`options.cuts must be an array of shares, got ${showValue(value)}`);
  if (wanted === 0 && value.length > 0)
    throw new RangeError(
      `options.cuts must be empty or left out for ${cat.name}, which has no two levels between its first and last to divide, got ${value.length} cut${value.length === 1 ? '' : 's'}`,
    );
  if (value.length !== wanted)
    throw new RangeError(
      `options.cuts must give ${wanted} share${wanted === 1 ? '' : 's'} for ${cat.name}'s ${cat.levels.length} usage levels, got ${value.length}`,
    );
  value.forEach((cut: unknown, k) => {
    assertNumber(`options.cuts[${k}]`, cut);
    const previous = k === 0 ? 1 : (value[k - 1] as number);
    if (!(cut > 0 && cut < previous))
      throw new RangeError(
        `options.cuts[${k}] must be between 0 and ${previous} (exclusive; cuts decrease), got ${showValue(cut)}`,
      );
  });
  return value as number[];
}

/** @internal The level index for checked counts (0 < caseload, usedWith ≤ caseload). */
export function levelIndexOf(
  usedWith: number,
  caseload: number,
  cat: UsageCatalogue,
  cuts: readonly number[],
): number {
  const last = cat.levels.length - 1;
  if (usedWith === 0) return last;
  // Two levels: any use is the using level.
  if (last === 1 || usedWith === caseload) return 0;
  const share = usedWith / caseload;
  let k = 0;
  while (k < cuts.length && share < cuts[k]!) k++;
  return 1 + k;
}

/**
 * A worker's usage level for one tool, from how many of the worker's families the tool was used
 * with, on the study's usage levels (most use first): every family → the first level, none → the
 * last; in between → the level between them (`all`, `some`, `none` by default). With only two
 * levels, any use is the first. With more than one level between the first and the last, say
 * where they divide with `cuts`.
 *
 * The counts must make sense together; nothing is guessed. A caseload of 0 has no level (with no
 * families, "all" and "none" are both vacuously true), so it throws rather than picking one.
 *
 * @param usedWith - Families the tool was used with, a whole number 0 ≤ usedWith ≤ caseload.
 * @param caseload - The worker's families, a whole number ≥ 1.
 * @param options - {@link CategoriseUsageOptions}: `study` (required), `cuts`.
 * @throws RangeError when a count is negative, fractional or NaN, when caseload is 0, when
 *   usedWith exceeds caseload, or for cuts missing or out of order; TypeError when a count is not
 *   a number or `options.study` is not a study.
 * @category Usage
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { categoriseUsage } from 'sos-eval/usage';
 *
 * categoriseUsage(12, 12, { study: SOS_2017 }) //=> 'all'
 * categoriseUsage(5, 12, { study: SOS_2017 }) //=> 'some'
 * categoriseUsage(0, 12, { study: SOS_2017 }) //=> 'none'
 * ```
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { categoriseUsage } from 'sos-eval/usage';
 *
 * const study = defineStudy({
 *   id: 'eastshire', title: 'Eastshire', pilots: [{ id: 'east', name: 'East' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'w1', label: 'Wave 1' }, { id: 'w2', label: 'Wave 2' }],
 *   tools: [{ id: 'wizards-and-fairies', name: 'Wizards and Fairies' }],
 *   usageLevels: [
 *     { id: 'always', uses: true }, { id: 'often', uses: true }, { id: 'sometimes', uses: true },
 *     { id: 'rarely', uses: true }, { id: 'never', uses: false },
 *   ],
 * });
 * const cuts = [0.5, 0.2]; // often ≥ 50%, sometimes ≥ 20%, rarely below
 * [10, 6, 2, 1, 0].map((n) => categoriseUsage(n, 10, { study, cuts })) //=> ['always', 'often', 'sometimes', 'rarely', 'never']
 * ```
 */
export function categoriseUsage<S extends AnyStudy>(
  usedWith: number,
  caseload: number,
  options: CategoriseUsageOptions<S>,
): StudyUsageLevelId<S> {
  assertCount('usedWith', usedWith);
  assertNumber('caseload', caseload);
  if (!Number.isInteger(caseload) || caseload < 1) {
    // With no families "all" and "none" are both vacuously true, so there is no level to give.
    throw new RangeError(`caseload must be a whole number ≥ 1, got ${showValue(caseload)}`);
  }
  if (usedWith > caseload) {
    throw new RangeError(
      `usedWith must not exceed caseload (${showValue(caseload)}), got ${showValue(usedWith)}`,
    );
  }
  const cat = studyOption(options);
  const cuts = cutsOption(options.cuts, cat);
  return cat.levels[levelIndexOf(usedWith, caseload, cat, cuts)] as StudyUsageLevelId<S>;
}
