import { assertCount, showValue } from '../_lib/args.js';
import type { AnyStudy, StudyToolId, StudyUsageLevelId } from '../models/study/study.js';
import { assertWideRows, studyOption } from './_catalogue.js';
import { assertByName, knownGroups, kindOf } from './_group-order.js';
import { TallyBuilder } from './_tally-builder.js';
import { assertIterable } from './_usage-args.js';
import type { UsageTally } from './usage-tally.js';

/**
 * One row of counts aggregated elsewhere (an SQL `GROUP BY`, a worker thread, a published table)
 * for {@link usageTallyFromCounts}: a group × tool with a count per usage level of the study
 * (`all`, `some`, `none` by default). The rows of {@link tallyRows} have this shape.
 *
 * @typeParam T - The study's tool ids.
 * @typeParam L - The study's usage level ids.
 * @category Usage
 */
export type UsageCountRow<T extends string = string, L extends string = string> = {
  /** The group's name. */
  readonly group: string;
  /** The tool. */
  readonly tool: T;
} & { readonly [K in L]: number } & {
  /** Workers with no answer (default 0). */
  readonly missing?: number;
  /** Optional check: when given it must equal the sum of the level counts. */
  readonly n?: number;
};

/**
 * Options for {@link usageTallyFromCounts}.
 *
 * @typeParam S - The study.
 * @category Usage
 */
export interface UsageTallyFromCountsOptions<S extends AnyStudy = AnyStudy> {
  /** The study the counts are of: its tools and usage levels. */
  readonly study: S;
  /**
   * What the groups are, as {@link tallyUsage}'s `by` names them, so the tally orders them and
   * merges with tallies made by `tallyUsage`: `'overall'`, `'pilot'`, `'wave'`, `'employment'`
   * or a grouping id of the study (groups must then be its sites, waves or levels), or
   * `'custom'` for names of your own. Left out, the tally's `by` is `null` (not stated): it
   * merges with tallies of any `by`, taking their order, and alone lists its groups in code-unit
   * order.
   */
  readonly by?: string;
}

/**
 * Builds a {@link UsageTally} from counts aggregated elsewhere, so they merge with
 * {@link getUsageTallyMonoid} like any other tally. Rows for the same group and tool are added
 * together. Counts are the caller's arithmetic, not survey data, so a broken count throws.
 *
 * @param rows - {@link UsageCountRow}s, in any order (an array or any iterable): one count per
 *   usage level of the study.
 * @param options - {@link UsageTallyFromCountsOptions}: `study` (required) and `by`.
 * @throws TypeError if `rows` is not iterable, a group is not a string or `options.study` is not
 *   a study; RangeError naming the row and field for a count that is negative or fractional, a
 *   tool outside the study, a group that is not one of `by`'s, or an `n` that is not the sum of
 *   the level counts; RangeError for an unknown `by`.
 * @category Usage
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { tallyRows, usageTallyFromCounts } from 'sos-eval/usage';
 *
 * const study = SOS_2017;
 * const tally = usageTallyFromCounts([
 *   { group: 'T2', tool: 'mapping', all: 40, some: 60, none: 4 },
 *   { group: 'T2', tool: 'mapping', all: 23, some: 36, none: 2, missing: 1 },
 * ], { study, by: 'wave' });
 * tallyRows(tally, { study }) //=> [{ group: 'T2', tool: 'mapping', all: 63, some: 96, none: 6, missing: 1, n: 165 }]
 * ```
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { usageTallyFromCounts } from 'sos-eval/usage';
 *
 * const study = defineStudy({
 *   id: 'westshire', title: 'Westshire', pilots: [{ id: 'west', name: 'West' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'w1', label: 'Wave 1' }, { id: 'w2', label: 'Wave 2' }],
 *   tools: [{ id: 'wizards-and-fairies', name: 'Wizards and Fairies' }],
 *   usageLevels: [{ id: 'yes', uses: true }, { id: 'no', uses: false }],
 * });
 * const tally = usageTallyFromCounts([{ group: 'team A', tool: 'wizards-and-fairies', yes: 3, no: 1 }], { study });
 * tally.groups['team A'] //=> { 'wizards-and-fairies': { yes: 3, no: 1, missing: 0 } }
 * tally.by //=> null
 * ```
 */
export function usageTallyFromCounts<S extends AnyStudy>(
  rows: Iterable<UsageCountRow<StudyToolId<S>, StudyUsageLevelId<S>>>,
  options: UsageTallyFromCountsOptions<S>,
): UsageTally<StudyToolId<S>, StudyUsageLevelId<S>> {
  assertIterable('rows', rows);
  const cat = studyOption(options);
  assertWideRows(cat);
  const by = options.by ?? null;
  if (by !== null) assertByName('options.by', by, cat, ['overall', 'custom']);
  const kind = kindOf(by, cat);
  // Groups must be ones `tallyUsage` could have made with this `by`; employment is free text.
  const allowed =
    kind === 'overall'
      ? ['overall']
      : kind === 'custom' || kind === 'employment'
        ? undefined
        : knownGroups(by, cat);
  const builder = new TallyBuilder(cat, by);
  const { levels } = cat;
  let i = 0;
  for (const row of rows as Iterable<Record<string, unknown>>) {
    const at = `rows[${i++}]`;
    if (row === null || typeof row !== 'object') {
      throw new TypeError(`${at} must be an object of counts, got ${showValue(row)}`);
    }
    const group = row.group;
    if (typeof group !== 'string') {
      throw new TypeError(`${at}.group must be a string, got ${showValue(group)}`);
    }
    if (allowed !== undefined && !allowed.includes(group)) {
      throw new RangeError(
        `${at}.group must be one of by '${by}''s groups (${allowed.join(', ')}), got ${showValue(group)}`,
      );
    }
    const t = typeof row.tool === 'string' ? cat.toolIndex.get(row.tool) : undefined;
    if (t === undefined) {
      throw new RangeError(
        `${at}.tool must be a tool of ${cat.name} ${cat.toolList}, got ${showValue(row.tool)}`,
      );
    }
    const missing = row.missing ?? 0;
    let answered = 0;
    const counts = levels.map((level) => {
      const value = row[level];
      assertCount(`${at}.${level}`, value);
      answered += value;
      return value;
    });
    assertCount(`${at}.missing`, missing);
    if (row.n !== undefined && row.n !== answered) {
      throw new RangeError(
        `${at}.n must equal ${levels.join(' + ')} (${answered}), got ${showValue(row.n)}`,
      );
    }
    const cell = builder.cell(group, t);
    counts.forEach((c, k) => (cell[k]! += c));
    cell[levels.length]! += missing;
  }
  return builder.build() as UsageTally<StudyToolId<S>, StudyUsageLevelId<S>>;
}
