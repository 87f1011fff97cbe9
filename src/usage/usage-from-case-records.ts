import { showValue } from '../_lib/args.js';
import type { CaseRecord } from '../models/case-record.js';
import type { ToolId, UsageLevel } from '../models/tool.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { assertIterable, assertOptions, isToolId, toolsOption } from './_usage-args.js';
import { categoriseUsage } from './categorise-usage.js';

/**
 * Options for {@link usageFromCaseRecords}.
 *
 * @category Usage
 */
export interface UsageFromCaseRecordsOptions {
  /**
   * The worker a record belongs to (default: the record's `workerId`). Return `null` or
   * `undefined` when it is not known.
   */
  readonly workerOf?: (record: CaseRecord) => string | null | undefined;
  /** The tools to derive levels for (default: all of `TOOL_IDS`). */
  readonly tools?: readonly ToolId[];
}

/**
 * One tidy row of {@link usageFromCaseRecords}: a worker × tool with the evidence behind the level.
 *
 * @category Usage
 */
export interface CaseRecordUsageRow {
  /** The worker. */
  readonly workerId: string;
  /** The tool. */
  readonly tool: ToolId;
  /** The worker's distinct families with a record. */
  readonly families: number;
  /** Of those, families whose records evidence the tool. */
  readonly evidencedIn: number;
  /** The level {@link categoriseUsage} gives for evidencedIn of families. */
  readonly level: UsageLevel;
}

/**
 * What {@link usageFromCaseRecords} returns: tidy rows, the same levels shaped like a survey
 * response's `usage` (worker → tool → level), and the issues found.
 *
 * @category Usage
 */
export interface CaseRecordUsage {
  /** One row per worker × tool, workers in order of first appearance, tools in `TOOL_IDS` order. */
  readonly rows: readonly CaseRecordUsageRow[];
  /** The levels by worker, shaped like `WorkerSurveyResponse['usage']`. */
  readonly usage: Readonly<Record<string, Readonly<Partial<Record<ToolId, UsageLevel>>>>>;
  /** Records with no known worker (`unknown_worker`, left out) and unknown tool ids (`unknown_tool`). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Derives each worker's usage level per tool from per-family case-file audits — the record-level
 * counterpart of the survey question: a tool evidenced in the records of all the worker's
 * families → `all`, of some → `some`, of none → `none`. A family audited more than once counts
 * once, with the tools evidenced in any of its records.
 *
 * Records whose worker is not known are reported as `unknown_worker` issues and left out (never
 * guessed); unknown tool ids in `toolsEvidenced` are reported as `unknown_tool`, and the family
 * still counts. Issue paths start with the record's index in `records`.
 *
 * @param records - Case records (an array or any iterable).
 * @param options - {@link UsageFromCaseRecordsOptions}: `workerOf`, `tools`.
 * @throws TypeError if `records` is not iterable or `workerOf` is not a function; RangeError
 *   for an unknown or repeated tool in `tools`.
 * @category Usage
 * @example
 * ```ts
 * import { usageFromCaseRecords } from 'sos-eval/usage';
 *
 * const audit = (familyId: string, workerId: string | undefined, toolsEvidenced: ('mapping' | 'safety-planning')[]) =>
 *   ({ familyId, auditDate: '2016-03-01', ...(workerId ? { workerId } : {}), toolsEvidenced, judgements: [] });
 * const result = usageFromCaseRecords([
 *   audit('F-1', 'SW-1', ['mapping', 'safety-planning']),
 *   audit('F-2', 'SW-1', ['mapping']),
 *   audit('F-3', undefined, ['mapping']),
 * ], { tools: ['mapping', 'safety-planning'] });
 * result.usage['SW-1'] //=> { mapping: 'all', 'safety-planning': 'some' }
 * result.issues.map((i) => i.code) //=> ['unknown_worker']
 * ```
 */
export function usageFromCaseRecords(
  records: Iterable<CaseRecord>,
  options: UsageFromCaseRecordsOptions = {},
): CaseRecordUsage {
  assertIterable('records', records);
  assertOptions('options', options);
  const tools = toolsOption('options.tools', options.tools);
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
    const worker = workerOf(record);
    if (typeof worker !== 'string' || worker.length === 0) {
      issues.push({
        path: [i, 'workerId'],
        code: 'unknown_worker',
        message: `[${i}] (family ${showValue(record.familyId)}): no known worker, so the record is left out`,
      });
      continue;
    }
    const tooled = Array.isArray(record.toolsEvidenced) ? record.toolsEvidenced : [];
    tooled.forEach((tool: unknown, j) => {
      if (!isToolId(tool)) {
        issues.push({
          path: [i, 'toolsEvidenced', j],
          code: 'unknown_tool',
          message: `[${i}].toolsEvidenced[${j}]: ${showValue(tool)} is not a known tool id`,
        });
      }
    });
    let families = evidence.get(worker);
    if (!families) {
      families = new Map();
      evidence.set(worker, families);
    }
    const seen = families.get(record.familyId) ?? new Set<string>();
    tooled.forEach((tool) => seen.add(tool));
    families.set(record.familyId, seen);
  }
  const rows: CaseRecordUsageRow[] = [];
  const usage: [string, Partial<Record<ToolId, UsageLevel>>][] = [];
  for (const [workerId, families] of evidence) {
    const levels: [ToolId, UsageLevel][] = tools.map((tool) => {
      const evidencedIn = [...families.values()].filter((s) => s.has(tool)).length;
      const level = categoriseUsage(evidencedIn, families.size);
      rows.push(Object.freeze({ workerId, tool, families: families.size, evidencedIn, level }));
      return [tool, level];
    });
    usage.push([workerId, Object.freeze(Object.fromEntries(levels))]);
  }
  return Object.freeze({
    rows: Object.freeze(rows),
    usage: Object.freeze(Object.fromEntries(usage)),
    issues: Object.freeze(issues.map((x) => Object.freeze({ ...x, path: Object.freeze(x.path) }))),
  });
}
