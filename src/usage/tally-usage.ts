import { showValue } from '../_lib/args.js';
import type {
  AnyStudy,
  StudyGroupingId,
  StudyToolId,
  StudyUsageLevelId,
} from '../models/study/study.js';
import { notARecord, unreadableRecord } from '../models/record-guard.js';
import type { WorkerSurveyResponse } from '../models/worker.js';
import { studyOption, toolsOption, type UsageCatalogue } from './_catalogue.js';
import { assertByName, kindOf, type ByKind } from './_group-order.js';
import { TallyBuilder, type CountsRow } from './_tally-builder.js';
import { assertIterable } from './_usage-args.js';
import type { UsageTally } from './usage-tally.js';

/**
 * How {@link tallyUsage} groups responses: by a response field (`'pilot'`, `'wave'`,
 * `'employment'`), by one of the study's groupings of its sites (its id, such as `'experience'`
 * for the 2017 study), or by a function returning the group's name (`null` or `undefined` when the
 * response has none). The field names win over a grouping with the same id.
 *
 * @typeParam S - The study.
 * @typeParam R - The responses' type, which a grouping function receives.
 * @category Usage
 */
export type UsageGrouping<
  S extends AnyStudy = AnyStudy,
  R extends WorkerSurveyResponse = WorkerSurveyResponse,
> =
  | 'pilot'
  | 'wave'
  | 'employment'
  | StudyGroupingId<S>
  | ((response: R) => string | null | undefined);

/**
 * Options for {@link tallyUsage} and {@link tallyUsageAsync}.
 *
 * @typeParam S - The study.
 * @typeParam R - The responses' type.
 * @category Usage
 */
export interface TallyUsageOptions<
  S extends AnyStudy = AnyStudy,
  R extends WorkerSurveyResponse = WorkerSurveyResponse,
> {
  /** The study whose tools and usage levels are tallied (made by `defineStudy`). */
  readonly study: S;
  /** How to group responses; leave out for one group, `'overall'`. */
  readonly by?: UsageGrouping<S, R>;
  /**
   * The tools to tally (default: the study's whole catalogue), each a tool of the study. A
   * response that leaves one of them out counts as missing for it; the study's tools not listed
   * here are ignored.
   */
  readonly tools?: readonly StudyToolId<S>[];
}

/**
 * Counts the survey's usage answers per group and tool: one count per usage level of the study
 * (`all`, `some`, `none` by default) plus `missing`. Takes any iterable, so a generator of
 * responses streams through in memory proportional to the number of groups. A tool left out of a
 * response, or answered `null`, is counted as missing — never as the lowest level.
 *
 * Groups come in table order (sites and waves in the study's order, a grouping's levels in its
 * order; see {@link UsageTally}), and the tally records its `by`, so tallies of chunks merge
 * with {@link getUsageTallyMonoid} into exactly the tally of the whole.
 *
 * Bad data is reported in `issues` (path `[index, ...]`, index counting from 0 in `responses`),
 * never thrown: a tool outside the study (`unknown_tool`, otherwise ignored), an answer that is
 * not one of the study's usage levels (`invalid_level`, counted as missing), a response with no
 * group — a `null` employment, a site with no level of the grouping, a grouping function
 * returning `null` (`missing_group`) — or a site or wave outside the study when grouping by it
 * (`unknown_pilot`, `unknown_wave`); a response that cannot be grouped is left out of the tally
 * and named in the issue. Records are not otherwise checked: parse them with the study's
 * `parseMany.workerSurveyResponse` first.
 *
 * @param responses - Survey responses (an array, a generator, any iterable).
 * @param options - {@link TallyUsageOptions}: `study` (required), `by` and `tools`.
 * @throws TypeError if `responses` is not iterable, `options.study` is not a study, or a grouping
 *   function returns something other than a string, `null` or `undefined`; RangeError for an
 *   unknown `by` or a tool outside the study.
 * @category Usage
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { tallyUsage } from 'sos-eval/usage';
 *
 * const study = defineStudy({
 *   id: 'northshire', title: 'Northshire',
 *   pilots: [{ id: 'north', name: 'North', groups: { adoption: 'early' } }, { id: 'south', name: 'South', groups: { adoption: 'late' } }],
 *   groupings: [{ id: 'adoption', label: 'Adoption', levels: [{ id: 'early', label: 'Early' }, { id: 'late', label: 'Late' }] }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'baseline', label: 'Baseline' }, { id: 'follow-up', label: 'Follow-up' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }, { id: 'wizards-and-fairies', name: 'Wizards and Fairies' }],
 * });
 * const base = { wave: 'baseline', employment: 'permanent', trainingDays: 5, supervisionAligned: true, confidence: 7 } as const;
 * const tally = tallyUsage([
 *   { ...base, workerId: 'SW-1', pilotId: 'south', usage: { mapping: 'all', 'wizards-and-fairies': 'some' } },
 *   { ...base, workerId: 'SW-2', pilotId: 'south', usage: { mapping: 'none' } },
 *   { ...base, workerId: 'SW-3', pilotId: 'north', usage: { mapping: 'some', 'wizards-and-fairies': null } },
 * ], { study, by: 'adoption' });
 * Object.keys(tally.groups) //=> ['early', 'late']
 * tally.groups['late']?.mapping //=> { all: 1, some: 0, none: 1, missing: 0 }
 * tally.groups['early']?.['wizards-and-fairies'] //=> { all: 0, some: 0, none: 0, missing: 1 }
 * ```
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { tallyUsage } from 'sos-eval/usage';
 *
 * // The 2017 study: group by its experience grouping of the ten pilots.
 * const base = { wave: 'T2', employment: 'permanent', trainingDays: 5, supervisionAligned: true, confidence: 7 } as const;
 * const tally = tallyUsage([
 *   { ...base, workerId: 'SW-1', pilotId: 'brent', usage: { mapping: 'all' } },
 *   { ...base, workerId: 'SW-2', pilotId: 'wakefield', usage: { mapping: 'none' } },
 * ], { study: SOS_2017, by: 'experience', tools: ['mapping'] });
 * Object.keys(tally.groups) //=> ['new', 'two-years']
 * tally.groups['two-years']?.mapping //=> { all: 1, some: 0, none: 0, missing: 0 }
 * ```
 */
export function tallyUsage<
  S extends AnyStudy,
  R extends WorkerSurveyResponse = WorkerSurveyResponse,
>(
  responses: Iterable<R>,
  options: TallyUsageOptions<S, R>,
): UsageTally<StudyToolId<S>, StudyUsageLevelId<S>> {
  assertIterable('responses', responses);
  const tallier = new UsageTallier(options as unknown as TallyUsageOptions);
  for (const response of responses) tallier.push(response);
  return tallier.build() as UsageTally<StudyToolId<S>, StudyUsageLevelId<S>>;
}

/**
 * {@link tallyUsage} for an `AsyncIterable` — a file or database cursor read as it arrives, an
 * async generator, a Node stream in object mode — or any sync iterable. Memory stays
 * proportional to the number of groups, however many responses stream through; the tally and
 * its issues are exactly those `tallyUsage` gives for the same responses in the same order.
 *
 * @param responses - Survey responses: an async iterable (or any iterable).
 * @param options - {@link TallyUsageOptions}: `study` (required), `by` and `tools`.
 * @returns A promise of the {@link UsageTally}.
 * @throws TypeError (as a rejected promise) if `responses` is not iterable, plus everything
 *   {@link tallyUsage} throws.
 * @category Usage
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { tallyUsageAsync } from 'sos-eval/usage';
 *
 * async function* survey() {
 *   const base = { pilotId: 'brent', wave: 'T2', employment: 'agency', trainingDays: 2, supervisionAligned: null, confidence: null } as const;
 *   yield { ...base, workerId: 'A', usage: { mapping: 'all' } } as const;
 *   yield { ...base, workerId: 'B', usage: { mapping: 'some' } } as const;
 * }
 * const tally = await tallyUsageAsync(survey(), { study: SOS_2017, tools: ['mapping'] });
 * tally.groups['overall']?.mapping //=> { all: 1, some: 1, none: 0, missing: 0 }
 * ```
 */
export async function tallyUsageAsync<
  S extends AnyStudy,
  R extends WorkerSurveyResponse = WorkerSurveyResponse,
>(
  responses: AsyncIterable<R> | Iterable<R>,
  options: TallyUsageOptions<S, R>,
): Promise<UsageTally<StudyToolId<S>, StudyUsageLevelId<S>>> {
  if (
    responses == null ||
    typeof (responses as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== 'function'
  ) {
    assertIterable('responses', responses);
  }
  const tallier = new UsageTallier(options as unknown as TallyUsageOptions);
  for await (const response of responses) tallier.push(response);
  return tallier.build() as UsageTally<StudyToolId<S>, StudyUsageLevelId<S>>;
}

type Grouper = (response: WorkerSurveyResponse) => unknown;

/** `options.by` gave a value that is not a group: a broken argument, thrown, never reported. */
class ByArgumentError extends TypeError {
  override name = 'TypeError';
}

/** @internal One pass of tallyUsage: push responses one at a time, then build. */
class UsageTallier {
  private readonly cat: UsageCatalogue;
  private readonly tools: readonly number[];
  private readonly toolIds: readonly string[];
  private readonly levels: readonly string[];
  private readonly kind: ByKind;
  private readonly grouping: string;
  private readonly groupOf: Grouper | undefined;
  /** Sites (or waves) of the study, and for a grouping each site's level or null. */
  private readonly known: ReadonlyMap<string, string | null>;
  private readonly builder: TallyBuilder;
  private index = 0;
  /** One response's answers, one per tool (reused). */
  private readonly answers: unknown[] = [];
  // The last group's counts row: responses often come grouped, so most lookups are skipped.
  private lastGroup: string | undefined;
  private lastRow: CountsRow | undefined;
  // The last site (or wave) read and its group.
  private lastKey: string | undefined;
  private lastKeyGroup: string | undefined;

  constructor(options: TallyUsageOptions) {
    const cat = studyOption(options);
    this.cat = cat;
    this.tools = toolsOption('options.tools', options.tools, cat);
    this.toolIds = this.tools.map((t) => cat.tools[t]!);
    this.levels = cat.levels;
    const { by } = options;
    const study = cat.study;
    let name: string;
    if (by === undefined) {
      this.kind = 'overall';
      name = 'overall';
    } else if (typeof by === 'function') {
      this.kind = 'custom';
      name = 'custom';
      this.groupOf = by as Grouper;
    } else {
      assertByName('options.by', by, cat);
      this.kind = kindOf(by, cat);
      name = by;
    }
    this.grouping = name;
    this.known =
      this.kind === 'pilot'
        ? new Map(study.ids.pilots.map((p) => [p, p]))
        : this.kind === 'wave'
          ? new Map(study.ids.waves.map((w) => [w, w]))
          : this.kind === 'grouping'
            ? new Map(study.ids.pilots.map((p) => [p, study.groupOf(p, name)]))
            : new Map();
    this.builder = new TallyBuilder(cat, name);
  }

  /** The response's group, or undefined after reporting why it has none. */
  private groupOfResponse(response: WorkerSurveyResponse, i: number): string | undefined {
    switch (this.kind) {
      case 'overall':
        return 'overall';
      case 'pilot':
      case 'grouping':
      case 'wave': {
        const value: unknown = this.kind === 'wave' ? response?.wave : response?.pilotId;
        // Responses often come sorted, so the last site's group is usually the one.
        if (value === this.lastKey && value !== undefined) return this.lastKeyGroup;
        const group = typeof value === 'string' ? this.known.get(value) : undefined;
        if (typeof group === 'string') {
          this.lastKey = value as string;
          this.lastKeyGroup = group;
          return group;
        }
        this.reportUngrouped(response, i, value, group);
        return undefined;
      }
      case 'employment': {
        const value: unknown = response?.employment;
        if (typeof value === 'string') return value;
        this.reportUngrouped(response, i, value, undefined);
        return undefined;
      }
      default: {
        const group = this.groupOf!(response);
        if (typeof group === 'string') return group;
        if (group != null) {
          throw new ByArgumentError(
            `options.by must return a string, null or undefined, got ${showValue(group)} for response ${i}`,
          );
        }
        this.reportUngrouped(response, i, group, undefined);
        return undefined;
      }
    }
  }

  /** Reports why a response has no group (`value` is what it was grouped on). */
  private reportUngrouped(
    response: WorkerSurveyResponse,
    i: number,
    value: unknown,
    group: string | null | undefined,
  ): void {
    const { kind } = this;
    const at = `[${i}]${describeWorker(response)}`;
    const leftOut = 'so the response is left out of the tally';
    const report = (field: string, code: string, message: string) =>
      this.builder.report({ path: [i, field], code, message: `${at}: ${message}` });
    if (kind === 'employment') {
      if (value == null) report('employment', 'missing_group', `no employment group, ${leftOut}`);
      else
        report(
          'employment',
          'invalid_type',
          `employment must be a string or null, got ${showValue(value)}; ${leftOut}`,
        );
    } else if (kind === 'custom') {
      report('by', 'missing_group', `options.by gave no group, ${leftOut}`);
    } else {
      const field = kind === 'wave' ? 'wave' : 'pilotId';
      const what = kind === 'wave' ? 'wave' : 'site';
      if (value == null) report(field, 'missing_group', `no ${what}, ${leftOut}`);
      else if (group === undefined)
        report(
          field,
          kind === 'wave' ? 'unknown_wave' : 'unknown_pilot',
          `${showValue(value)} is not a ${what} of ${this.cat.name}, ${leftOut}`,
        );
      else
        report(
          field,
          'missing_group',
          `site ${showValue(value)} has no level of grouping ${JSON.stringify(this.grouping)}, ${leftOut}`,
        );
    }
  }

  push(response: WorkerSurveyResponse): void {
    const i = this.index++;
    const { builder } = this;
    // A row that is not a record (null, a number, a hole) is reported with its index and left out,
    // as in every aggregate; so is one whose fields throw when read (issue 13).
    const notRecord = notARecord(i, response, 'a survey response');
    if (notRecord !== null) {
      builder.report(notRecord);
      return;
    }
    const { answers } = this;
    let group: string | undefined;
    try {
      group = this.groupOfResponse(response, i);
      if (group === undefined) return;
      this.readAnswers(response, i, answers);
    } catch (error) {
      if (error instanceof ByArgumentError) throw error;
      builder.report(unreadableRecord(i, error));
      return;
    }
    this.count(response, i, group, answers);
  }

  /** Reads the response's usage into `answers` (one per tool), reporting unknown tools. */
  private readAnswers(response: WorkerSurveyResponse, i: number, answers: unknown[]): void {
    const { builder, cat, toolIds } = this;
    const usage = readUsage(response);
    if (usage === undefined) {
      builder.report({
        path: [i, 'usage'],
        code: 'invalid_type',
        message: `[${i}]${describeWorker(response)}: usage must be an object of tool → level; every tool counted as missing`,
      });
    } else {
      // for…in walks the enumeration cache without allocating a key array; an inherited key is
      // skipped, as Object.keys would.
      for (const key in usage) {
        if (!cat.toolIndex.has(key) && Object.hasOwn(usage, key)) {
          builder.report({
            path: [i, 'usage', key],
            code: 'unknown_tool',
            message: `[${i}]${describeWorker(response)}: ${JSON.stringify(key)} is not a tool of ${cat.name}, so its answer is not tallied`,
          });
        }
      }
    }
    for (let k = 0; k < toolIds.length; k++) {
      const tool = toolIds[k]!;
      answers[k] = usage !== undefined && Object.hasOwn(usage, tool) ? usage[tool] : undefined;
    }
  }

  /** Adds one read response to its group's counts. */
  private count(
    response: WorkerSurveyResponse,
    i: number,
    group: string,
    answers: readonly unknown[],
  ): void {
    const { builder, cat } = this;
    let row = this.lastRow;
    if (group !== this.lastGroup || row === undefined) {
      row = builder.row(group);
      this.lastGroup = group;
      this.lastRow = row;
    }
    const { tools, toolIds, levels } = this;
    const width = levels.length;
    for (let k = 0; k < tools.length; k++) {
      const tool = toolIds[k]!;
      const t = tools[k]!;
      const counts = (row[t] ??= builder.emptyCell());
      const answer = answers[k];
      let l = 0;
      while (l < width && answer !== levels[l]) l++;
      counts[l]! += 1;
      if (l === width && answer != null) {
        builder.report({
          path: [i, 'usage', tool],
          code: 'invalid_level',
          message: `[${i}]${describeWorker(response)}: usage.${tool} must be ${cat.levelChoice}, got ${showValue(answer)}; counted as missing`,
        });
      }
    }
  }

  build(): UsageTally {
    return this.builder.build();
  }
}

const describeWorker = (response: unknown): string => {
  try {
    const id = (response as { workerId?: unknown } | null)?.workerId;
    return typeof id === 'string' ? ` (worker ${id})` : '';
  } catch {
    return ''; // a getter that throws: the message goes without the worker's id
  }
};

const readUsage = (response: unknown): Record<string, unknown> | undefined => {
  const usage = (response as { usage?: unknown } | null)?.usage;
  return usage !== null && typeof usage === 'object' && !Array.isArray(usage)
    ? (usage as Record<string, unknown>)
    : undefined;
};
