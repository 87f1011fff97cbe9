import { showValue } from '../_lib/args.js';
import type { AnyStudy, StudyToolId, StudyUsageLevelId } from '../models/study/study.js';
import { assertWideRows, studyOption, type UsageCatalogue } from './_catalogue.js';
import { orderGroups } from './_group-order.js';
import { readCell } from './_tally-builder.js';
import { assertTally } from './_usage-args.js';
import type { UsageTally } from './usage-tally.js';

/**
 * One tidy row of a usage tally: a group × tool with one count per usage level of the study
 * (`all`, `some`, `none` by default), `missing`, and `n` = the sum of the level counts (the
 * workers who answered; `missing` is outside it).
 *
 * @typeParam T - The study's tool ids.
 * @typeParam L - The study's usage level ids.
 * @category Usage
 */
export type UsageTallyRow<T extends string = string, L extends string = string> = {
  /** The group's name. */
  readonly group: string;
  /** The tool. */
  readonly tool: T;
} & { readonly [K in L]: number } & {
  /** Workers with no answer. */
  readonly missing: number;
  /** Workers who answered: the sum of the level counts. */
  readonly n: number;
};

/**
 * Options of the functions that read a tally ({@link tallyRows}).
 *
 * @typeParam S - The study.
 * @category Usage
 */
export interface TallyRowsOptions<S extends AnyStudy = AnyStudy> {
  /** The study the tally was made for. */
  readonly study: S;
}

/** @internal One group × tool cell of a tally: counts per level in the study's order. */
export interface TallyCell {
  readonly group: string;
  readonly tool: string;
  readonly counts: readonly number[];
  readonly missing: number;
  readonly n: number;
}

/**
 * @internal Each group × tool cell of a tally, groups in table order (as the tally's `by` orders
 * them), tools in catalogue order. A tool or level outside the study throws: the tally is not
 * one of this study's.
 */
export function tallyCells(tally: UsageTally, cat: UsageCatalogue): TallyCell[] {
  const { levels } = cat;
  return orderGroups(Object.keys(tally.groups), tally.by, cat).flatMap((group) => {
    const tools = tally.groups[group] as Readonly<Record<string, unknown>> | null;
    const at = `tally.groups[${JSON.stringify(group)}]`;
    if (tools === null || typeof tools !== 'object')
      throw new TypeError(`${at} must be an object of tool → counts, got ${showValue(tools)}`);
    for (const tool of Object.keys(tools)) {
      if (!cat.toolIndex.has(tool))
        throw new RangeError(
          `${at}: ${JSON.stringify(tool)} is not a tool of ${cat.name} ${cat.toolList}; read a tally with the study it was made for`,
        );
    }
    return cat.tools.flatMap((tool) => {
      if (!Object.hasOwn(tools, tool)) return [];
      const cell = readCell(`${at}.${tool}`, tools[tool], cat);
      const counts = cell.slice(0, levels.length);
      const missing = cell[levels.length]!;
      return [{ group, tool, counts, missing, n: counts.reduce((a, b) => a + b, 0) }];
    });
  });
}

/**
 * A tally as tidy rows, one per group × tool, ready for a notebook table: groups in table order
 * (see {@link UsageTally}), tools in the study's catalogue order, and a column per usage level.
 *
 * @param tally - A {@link UsageTally} made for `options.study`.
 * @param options - {@link TallyRowsOptions}: `study` (required).
 * @throws TypeError if `tally` is not a tally or `options.study` is not a study; RangeError if
 *   the tally has a tool or level outside the study, or a usage level of the study is called
 *   `group`, `tool` or `n` (its column would clash; read such a tally with {@link usageShares}).
 * @category Usage
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { tallyRows, tallyUsage } from 'sos-eval/usage';
 *
 * const base = { pilotId: 'norfolk', wave: 'T2', employment: 'permanent', trainingDays: 5, supervisionAligned: true, confidence: 6 } as const;
 * const tally = tallyUsage([
 *   { ...base, workerId: 'SW-1', usage: { 'three-houses': 'some' } },
 *   { ...base, workerId: 'SW-2', usage: {} },
 * ], { study: SOS_2017, tools: ['three-houses'] });
 * tallyRows(tally, { study: SOS_2017 }) //=> [{ group: 'overall', tool: 'three-houses', all: 0, some: 1, none: 0, missing: 1, n: 1 }]
 * ```
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { tallyRows, usageTallyFromCounts } from 'sos-eval/usage';
 *
 * // A study with its own answers to the usage question: a column per level.
 * const study = defineStudy({
 *   id: 'westshire', title: 'Westshire', pilots: [{ id: 'west', name: 'West' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'w1', label: 'Wave 1' }, { id: 'w2', label: 'Wave 2' }],
 *   tools: [{ id: 'wizards-and-fairies', name: 'Wizards and Fairies' }],
 *   usageLevels: [{ id: 'often', uses: true }, { id: 'rarely', uses: true }, { id: 'never', uses: false }],
 * });
 * const tally = usageTallyFromCounts([{ group: 'w1', tool: 'wizards-and-fairies', often: 4, rarely: 5, never: 1 }], { study, by: 'wave' });
 * tallyRows(tally, { study }) //=> [{ group: 'w1', tool: 'wizards-and-fairies', often: 4, rarely: 5, never: 1, missing: 0, n: 10 }]
 * ```
 */
export function tallyRows<S extends AnyStudy>(
  tally: UsageTally,
  options: TallyRowsOptions<S>,
): UsageTallyRow<StudyToolId<S>, StudyUsageLevelId<S>>[] {
  assertTally('tally', tally);
  const cat = studyOption(options);
  assertWideRows(cat);
  return tallyCells(tally, cat).map(
    (cell) =>
      Object.freeze(
        Object.fromEntries([
          ['group', cell.group],
          ['tool', cell.tool],
          ...cat.levels.map((level, k) => [level, cell.counts[k]!]),
          ['missing', cell.missing],
          ['n', cell.n],
        ]),
      ) as UsageTallyRow<StudyToolId<S>, StudyUsageLevelId<S>>,
  );
}
