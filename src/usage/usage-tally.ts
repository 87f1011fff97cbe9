import type { ToolId } from '../models/tool.js';
import type { ValidationIssue } from '../models/validation-issue.js';

/**
 * Counts of answers for one group and one tool. `missing` counts responses that left the tool
 * out, answered `null`, or gave a value that is not a usage level (reported as an issue too), so
 * all + some + none + missing is the number of responses in the group.
 *
 * @category Usage
 */
export interface UsageCounts {
  /** Workers using the tool with all their families. */
  readonly all: number;
  /** Workers using the tool with some of their families. */
  readonly some: number;
  /** Workers not using the tool at all. */
  readonly none: number;
  /** Workers with no usable answer for the tool. */
  readonly missing: number;
}

/**
 * A tally of survey usage answers: group → tool → {@link UsageCounts}, plus the issues found on
 * the way. Groups are listed in code-unit order and tools in `TOOL_IDS` order, so two tallies of
 * the same answers are deep-equal however the answers were chunked. Tallies merge with
 * {@link UsageTallyMonoid}; read them with {@link tallyRows}, {@link usageShares} or
 * {@link toolAdoption}.
 *
 * @category Usage
 */
export interface UsageTally {
  /** Counts by group, then by tool. Group names are plain strings (`'overall'` when ungrouped). */
  readonly groups: Readonly<Record<string, Readonly<Partial<Record<ToolId, UsageCounts>>>>>;
  /**
   * Problems found in the data: unknown tool ids, answers that are not a usage level, responses
   * that could not be grouped. Paths start with the response's index in the iterable it came in.
   */
  readonly issues: readonly ValidationIssue[];
}
