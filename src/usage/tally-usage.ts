import { assertOneOf, showValue } from '../_lib/args.js';
import { experienceGroupOf } from '../models/date-helpers.js';
import type { PilotId } from '../models/pilot.js';
import type { ToolId } from '../models/tool.js';
import type { WorkerSurveyResponse } from '../models/worker.js';
import { assertIterable, assertOptions, isToolId, toolsOption } from './_usage-args.js';
import { TallyBuilder, toolIndex, type CountsRow } from './_tally-builder.js';
import type { UsageTally } from './usage-tally.js';

/**
 * How {@link tallyUsage} groups responses: by a response field (`'pilot'`, `'wave'`,
 * `'employment'`), by the pilot's experience grouping (`'experienceGroup'`), or by a function
 * returning the group's name (`null` or `undefined` when the response has none).
 *
 * @category Usage
 */
export type UsageGrouping =
  | 'pilot'
  | 'experienceGroup'
  | 'wave'
  | 'employment'
  | ((response: WorkerSurveyResponse) => string | null | undefined);

/**
 * Options for {@link tallyUsage}.
 *
 * @category Usage
 */
export interface TallyUsageOptions {
  /** How to group responses; leave out for one group, `'overall'`. */
  readonly by?: UsageGrouping;
  /**
   * The tools to tally (default: all of `TOOL_IDS`). A response that leaves one of them out
   * counts as missing for it; known tools not listed here are ignored.
   */
  readonly tools?: readonly ToolId[];
}

const GROUPINGS = ['pilot', 'experienceGroup', 'wave', 'employment'] as const;

type Grouper = (response: WorkerSurveyResponse) => unknown;

const FIELD: Record<(typeof GROUPINGS)[number], Grouper> = {
  pilot: (r) => r.pilotId,
  experienceGroup: (r) => experienceGroupOf(r.pilotId as PilotId),
  wave: (r) => r.wave,
  employment: (r) => r.employment,
};

const grouperOf = (by: unknown): { name: string; group: Grouper } => {
  if (by === undefined) return { name: 'overall', group: () => 'overall' };
  if (typeof by === 'function') return { name: 'by', group: by as Grouper };
  assertOneOf('options.by', by, GROUPINGS);
  return { name: by, group: FIELD[by] };
};

/**
 * Counts the survey's usage answers (all / some / none / missing) per group and tool. Takes any
 * iterable, so a generator of responses streams through in memory proportional to the number of
 * groups. A tool left out of a response, or answered `null`, is counted as missing — never as
 * `none`.
 *
 * Bad data is reported in `issues` (path `[index, ...]`, index counting from 0 in `responses`),
 * never thrown: an unknown tool id (`unknown_tool`, otherwise ignored), an answer that is not a
 * usage level (`invalid_level`, counted as missing), or a response with no group — a `null`
 * employment, a pilot with no experience grouping, a grouping function returning `null`
 * (`missing_group`, the response is left out of the tally and named in the issue).
 *
 * @param responses - Survey responses (an array, a generator, any iterable).
 * @param options - {@link TallyUsageOptions}: `by` and `tools`.
 * @throws TypeError if `responses` is not iterable, or a grouping function returns something
 *   other than a string, `null` or `undefined`; RangeError for an unknown `by` or tool id.
 * @category Usage
 * @example
 * ```ts
 * import { tallyUsage } from 'sos-eval/usage';
 *
 * const base = { wave: 'T2', employment: 'permanent', trainingDays: 5, sosSupervision: true, confidence: 7 } as const;
 * const tally = tallyUsage([
 *   { ...base, workerId: 'SW-1', pilotId: 'brent', usage: { mapping: 'all', 'safety-planning': 'some' } },
 *   { ...base, workerId: 'SW-2', pilotId: 'brent', usage: { mapping: 'none' } },
 *   { ...base, workerId: 'SW-3', pilotId: 'wakefield', usage: { mapping: 'some', 'safety-planning': null } },
 * ], { by: 'experienceGroup', tools: ['mapping', 'safety-planning'] });
 * Object.keys(tally.groups) //=> ['new', 'two-years']
 * tally.groups['two-years']?.mapping //=> { all: 1, some: 0, none: 1, missing: 0 }
 * tally.groups['new']?.['safety-planning'] //=> { all: 0, some: 0, none: 0, missing: 1 }
 * ```
 */
export function tallyUsage(
  responses: Iterable<WorkerSurveyResponse>,
  options: TallyUsageOptions = {},
): UsageTally {
  assertIterable('responses', responses);
  const tallier = new UsageTallier(options);
  for (const response of responses) tallier.push(response);
  return tallier.build();
}

/**
 * {@link tallyUsage} for an `AsyncIterable` — a file or database cursor read as it arrives, an
 * async generator, a Node stream in object mode — or any sync iterable. Memory stays
 * proportional to the number of groups, however many responses stream through; the tally and
 * its issues are exactly those `tallyUsage` gives for the same responses in the same order.
 *
 * @param responses - Survey responses: an async iterable (or any iterable).
 * @param options - {@link TallyUsageOptions}: `by` and `tools`.
 * @returns A promise of the {@link UsageTally}.
 * @throws TypeError (as a rejected promise) if `responses` is not iterable, plus everything
 *   {@link tallyUsage} throws.
 * @category Usage
 * @example
 * ```ts
 * import { tallyUsageAsync } from 'sos-eval/usage';
 *
 * async function* survey() {
 *   const base = { pilotId: 'brent', wave: 'T2', employment: 'agency', trainingDays: 2, sosSupervision: null, confidence: null } as const;
 *   yield { ...base, workerId: 'A', usage: { mapping: 'all' } } as const;
 *   yield { ...base, workerId: 'B', usage: { mapping: 'some' } } as const;
 * }
 * (await tallyUsageAsync(survey(), { tools: ['mapping'] })).groups['overall']?.mapping //=> { all: 1, some: 1, none: 0, missing: 0 }
 * ```
 */
export async function tallyUsageAsync(
  responses: AsyncIterable<WorkerSurveyResponse> | Iterable<WorkerSurveyResponse>,
  options: TallyUsageOptions = {},
): Promise<UsageTally> {
  if (
    responses == null ||
    typeof (responses as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== 'function'
  ) {
    assertIterable('responses', responses);
  }
  const tallier = new UsageTallier(options);
  for await (const response of responses) tallier.push(response);
  return tallier.build();
}

/** @internal One pass of tallyUsage: push responses one at a time, then build. */
class UsageTallier {
  private readonly tools: readonly ToolId[];
  private readonly toolPositions: readonly number[];
  private readonly name: string;
  private readonly groupOf: Grouper;
  private readonly builder = new TallyBuilder();
  private index = 0;
  // The last group's counts row: responses often come grouped, so most lookups are skipped.
  private lastGroup: string | undefined;
  private lastRow: CountsRow | undefined;

  constructor(options: TallyUsageOptions) {
    assertOptions('options', options);
    this.tools = toolsOption('options.tools', options.tools);
    this.toolPositions = this.tools.map(toolIndex);
    const { name, group } = grouperOf(options.by);
    this.name = name;
    this.groupOf = group;
  }

  push(response: WorkerSurveyResponse): void {
    const i = this.index++;
    const { builder, name } = this;
    let group: unknown;
    try {
      group = this.groupOf(response);
    } catch (error) {
      // A pilot id with no experience grouping is bad data, not a broken argument.
      if (name !== 'experienceGroup' || !(error instanceof RangeError)) throw error;
      group = null;
    }
    if (group == null) {
      builder.report({
        path: [i, FIELD_PATH[name] ?? name],
        code: 'missing_group',
        message: `[${i}]${describeWorker(response)}: no ${name} group, so the response is left out of the tally`,
      });
      return;
    }
    if (typeof group !== 'string') {
      throw new TypeError(
        `options.by must return a string, null or undefined, got ${showValue(group)} for response ${i}`,
      );
    }
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
        if (!isToolId(key) && Object.hasOwn(usage, key)) {
          builder.report({
            path: [i, 'usage', key],
            code: 'unknown_tool',
            message: `[${i}]${describeWorker(response)}: ${JSON.stringify(key)} is not a known tool id, so its answer is not tallied`,
          });
        }
      }
    }
    let row = this.lastRow;
    if (group !== this.lastGroup || row === undefined) {
      row = builder.row(group);
      this.lastGroup = group;
      this.lastRow = row;
    }
    const { tools, toolPositions } = this;
    for (let k = 0; k < tools.length; k++) {
      const tool = tools[k]!;
      const t = toolPositions[k]!;
      const counts = (row[t] ??= { all: 0, some: 0, none: 0, missing: 0 });
      const answer = usage !== undefined && Object.hasOwn(usage, tool) ? usage[tool] : undefined;
      if (answer === 'all') counts.all += 1;
      else if (answer === 'some') counts.some += 1;
      else if (answer === 'none') counts.none += 1;
      else {
        counts.missing += 1;
        if (answer != null) {
          builder.report({
            path: [i, 'usage', tool],
            code: 'invalid_level',
            message: `[${i}]${describeWorker(response)}: usage.${tool} must be 'all', 'some', 'none' or null, got ${showValue(answer)}; counted as missing`,
          });
        }
      }
    }
  }

  build(): UsageTally {
    return this.builder.build();
  }
}

const FIELD_PATH: Record<string, string> = {
  pilot: 'pilotId',
  experienceGroup: 'pilotId',
  wave: 'wave',
  employment: 'employment',
};

const describeWorker = (response: unknown): string => {
  const id = (response as { workerId?: unknown } | null)?.workerId;
  return typeof id === 'string' ? ` (worker ${id})` : '';
};

const readUsage = (response: unknown): Record<string, unknown> | undefined => {
  const usage = (response as { usage?: unknown } | null)?.usage;
  return usage !== null && typeof usage === 'object' && !Array.isArray(usage)
    ? (usage as Record<string, unknown>)
    : undefined;
};
