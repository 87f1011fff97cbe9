import { showValue } from '../_lib/args.js';
import type { CaseRecord } from '../models/case-record.js';
import { notARecord, unreadableRecord } from '../models/record-guard.js';
import type { AnyStudy, StudyToolId, StudyUsageLevelId } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { studyOption, toolsOption } from './_catalogue.js';
import { assertIterable } from './_usage-args.js';
import { cutsOption, levelIndexOf } from './categorise-usage.js';

/**
 * Options for {@link usageFromCaseRecords}.
 *
 * @typeParam S - The study.
 * @typeParam R - The records' type, which `workerOf` receives.
 * @category Usage
 */
export interface UsageFromCaseRecordsOptions<
  S extends AnyStudy = AnyStudy,
  R extends CaseRecord = CaseRecord,
> {
  /** The study: its tools and usage levels. */
  readonly study: S;
  /**
   * The worker a record belongs to (default: the record's `workerId`). Return `null` or
   * `undefined` when it is not known.
   */
  readonly workerOf?: (record: R) => string | null | undefined;
  /** The tools to derive levels for (default: the study's whole catalogue). */
  readonly tools?: readonly StudyToolId<S>[];
  /** Where the levels between the first and last divide, as {@link categoriseUsage} takes them. */
  readonly cuts?: readonly number[];
}

/**
 * One tidy row of {@link usageFromCaseRecords}: a worker × tool with the evidence behind the level.
 *
 * @typeParam T - The study's tool ids.
 * @typeParam L - The study's usage level ids.
 * @category Usage
 */
export interface CaseRecordUsageRow<T extends string = string, L extends string = string> {
  /** The worker. */
  readonly workerId: string;
  /** The tool. */
  readonly tool: T;
  /** The worker's distinct families with a record. */
  readonly families: number;
  /** Of those, families whose records evidence the tool. */
  readonly evidencedIn: number;
  /** The level {@link categoriseUsage} gives for evidencedIn of families. */
  readonly level: L;
}

/**
 * What {@link usageFromCaseRecords} returns: tidy rows, the same levels shaped like a survey
 * response's `usage` (worker → tool → level), and the issues found.
 *
 * @typeParam T - The study's tool ids.
 * @typeParam L - The study's usage level ids.
 * @category Usage
 */
export interface CaseRecordUsage<T extends string = string, L extends string = string> {
  /** One row per worker × tool, workers in order of first appearance, tools in catalogue order. */
  readonly rows: readonly CaseRecordUsageRow<T, L>[];
  /** The levels by worker, shaped like `WorkerSurveyResponse['usage']`. */
  readonly usage: Readonly<Record<string, Readonly<Partial<Record<T, L>>>>>;
  /** Records with no known worker (`unknown_worker`, left out) and tools outside the study (`unknown_tool`). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Derives each worker's usage level per tool from per-family case-file audits — the record-level
 * counterpart of the survey question, on the study's usage levels as {@link categoriseUsage}
 * gives them: a tool evidenced in the records of all the worker's families → the first level
 * (`all`), of none → the last (`none`), of some → a level between (`some`). A family audited more
 * than once counts once, with the tools evidenced in any of its records.
 *
 * Records whose worker is not known are reported as `unknown_worker` issues and left out (never
 * guessed); tool ids outside the study in `toolsEvidenced` are reported as `unknown_tool`, and
 * the family still counts. A record without a `toolsEvidenced` list is reported (`invalid_type`)
 * and left out — missing is not "no tool" — as is a row that is not a record (`invalid_type`) or
 * cannot be read (`unreadable`). Issue paths start with the record's index in `records`.
 *
 * @param records - Case records (an array or any iterable).
 * @param options - {@link UsageFromCaseRecordsOptions}: `study` (required), `workerOf`, `tools`,
 *   `cuts`.
 * @throws TypeError if `records` is not iterable, `workerOf` is not a function or
 *   `options.study` is not a study; RangeError for a tool outside the study or repeated in
 *   `tools`, or for cuts {@link categoriseUsage} refuses.
 * @category Usage
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { usageFromCaseRecords } from 'sos-eval/usage';
 *
 * const audit = (familyId: string, workerId: string | undefined, toolsEvidenced: ('mapping' | 'safety-planning')[]) =>
 *   ({ familyId, auditDate: '2016-03-01', ...(workerId ? { workerId } : {}), toolsEvidenced, judgements: [] });
 * const result = usageFromCaseRecords([
 *   audit('F-1', 'SW-1', ['mapping', 'safety-planning']),
 *   audit('F-2', 'SW-1', ['mapping']),
 *   audit('F-3', undefined, ['mapping']),
 * ], { study: SOS_2017, tools: ['mapping', 'safety-planning'] });
 * result.usage['SW-1'] //=> { mapping: 'all', 'safety-planning': 'some' }
 * result.issues.map((i) => i.code) //=> ['unknown_worker']
 * ```
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { usageFromCaseRecords } from 'sos-eval/usage';
 *
 * const study = defineStudy({
 *   id: 'westshire', title: 'Westshire', pilots: [{ id: 'west', name: 'West' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'w1', label: 'Wave 1' }, { id: 'w2', label: 'Wave 2' }],
 *   tools: [{ id: 'wizards-and-fairies', name: 'Wizards and Fairies' }],
 *   usageLevels: [{ id: 'used', uses: true }, { id: 'not-used', uses: false }],
 * });
 * const audit = (familyId: string, toolsEvidenced: string[]) =>
 *   ({ familyId, workerId: 'SW-1', auditDate: '2026-03-01', toolsEvidenced, judgements: [] });
 * const result = usageFromCaseRecords([audit('F-1', ['wizards-and-fairies']), audit('F-2', ['genogram'])], { study });
 * result.usage['SW-1'] //=> { 'wizards-and-fairies': 'used' }
 * result.issues.map((i) => [i.code, i.path]) //=> [['unknown_tool', [1, 'toolsEvidenced', 0]]]
 * ```
 */
export function usageFromCaseRecords<S extends AnyStudy, R extends CaseRecord = CaseRecord>(
  records: Iterable<R>,
  options: UsageFromCaseRecordsOptions<S, R>,
): CaseRecordUsage<StudyToolId<S>, StudyUsageLevelId<S>> {
  assertIterable('records', records);
  const cat = studyOption(options);
  const tools = toolsOption('options.tools', options.tools, cat).map((t) => cat.tools[t]!);
  const cuts = cutsOption(options.cuts, cat);
  const workerOf = options.workerOf ?? ((r: CaseRecord) => r.workerId);
  if (typeof workerOf !== 'function') {
    throw new TypeError(`options.workerOf must be a function, got ${showValue(workerOf)}`);
  }
  // worker → family → tools evidenced in any of that family's records
  const evidence = new Map<string, Map<string, Set<string>>>();
  const issues: ValidationIssue[] = [];
  let i = -1;
  for (const record of records) {
    i += 1;
    const notRecord = notARecord(i, record, 'a case record');
    if (notRecord !== null) {
      issues.push(notRecord);
      continue;
    }
    let worker: unknown;
    let familyId: unknown;
    let evidenced: unknown;
    try {
      worker = workerOf(record);
      familyId = record.familyId;
      evidenced = record.toolsEvidenced;
      if (Array.isArray(evidenced)) evidenced = Array.from(evidenced);
    } catch (error) {
      issues.push(unreadableRecord(i, error));
      continue;
    }
    if (typeof worker !== 'string' || worker.length === 0) {
      issues.push({
        path: [i, 'workerId'],
        code: 'unknown_worker',
        message: `[${i}] (family ${showValue(familyId)}): no known worker, so the record is left out`,
      });
      continue;
    }
    // Missing stays missing: a record that does not say which tools it evidenced is not a
    // record of no tools (that would count the family as `none`), so it is reported and left out.
    if (!Array.isArray(evidenced)) {
      issues.push({
        path: [i, 'toolsEvidenced'],
        code: 'invalid_type',
        message: `[${i}].toolsEvidenced (family ${showValue(familyId)}): expected a list of tools, got ${showValue(evidenced)}; the record is left out`,
      });
      continue;
    }
    const tooled: readonly unknown[] = evidenced;
    tooled.forEach((tool, j) => {
      if (typeof tool !== 'string' || !cat.toolIndex.has(tool)) {
        issues.push({
          path: [i, 'toolsEvidenced', j],
          code: 'unknown_tool',
          message: `[${i}].toolsEvidenced[${j}]: ${showValue(tool)} is not a tool of ${cat.name}`,
        });
      }
    });
    let families = evidence.get(worker);
    if (!families) {
      families = new Map();
      evidence.set(worker, families);
    }
    const seen = families.get(familyId as string) ?? new Set<string>();
    tooled.forEach((tool) => {
      if (typeof tool === 'string') seen.add(tool);
    });
    families.set(familyId as string, seen);
  }
  const rows: CaseRecordUsageRow[] = [];
  const usage: [string, Readonly<Record<string, string>>][] = [];
  for (const [workerId, families] of evidence) {
    const levels: [string, string][] = tools.map((tool) => {
      const evidencedIn = [...families.values()].filter((s) => s.has(tool)).length;
      const level = cat.levels[levelIndexOf(evidencedIn, families.size, cat, cuts)]!;
      rows.push(Object.freeze({ workerId, tool, families: families.size, evidencedIn, level }));
      return [tool, level];
    });
    usage.push([workerId, Object.freeze(Object.fromEntries(levels))]);
  }
  return Object.freeze({
    rows: Object.freeze(rows),
    usage: Object.freeze(Object.fromEntries(usage)),
    issues: Object.freeze(issues.map((x) => Object.freeze({ ...x, path: Object.freeze(x.path) }))),
  }) as CaseRecordUsage<StudyToolId<S>, StudyUsageLevelId<S>>;
}
