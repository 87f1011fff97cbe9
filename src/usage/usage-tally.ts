import type { ValidationIssue } from '../models/validation-issue.js';

/**
 * Counts of answers for one group and one tool: one count per usage level of the study (for the
 * default levels `{ all, some, none, missing }`), plus `missing` for responses that left the tool
 * out, answered `null`, or gave a value that is not one of the study's levels (reported as an
 * issue too). So the counts add up to the number of responses in the group.
 *
 * @typeParam L - The study's usage level ids.
 * @category Usage
 */
export type UsageCounts<L extends string = string> = { readonly [K in L]: number } & {
  /** Workers with no usable answer for the tool. */
  readonly missing: number;
};

/**
 * A tally of survey usage answers: group → tool → {@link UsageCounts}, how the groups were made,
 * and the issues found on the way. Tools are keyed by the study's tool ids, counts by its usage
 * levels.
 *
 * Groups are listed in table order, which depends only on which groups there are: sites and waves
 * in the study's order, a grouping's levels in the grouping's order, employment as
 * `EmploymentSchema` lists it (permanent, agency), and names from a grouping function in
 * code-unit order (after any known ones). So two tallies of the same answers are deep-equal
 * however the answers were chunked. Tallies merge with {@link getUsageTallyMonoid}; read them
 * with {@link tallyRows}, {@link usageShares} or {@link toolAdoption}.
 *
 * @typeParam T - The study's tool ids.
 * @typeParam L - The study's usage level ids.
 * @category Usage
 */
export interface UsageTally<T extends string = string, L extends string = string> {
  /**
   * How the responses were grouped: `'overall'` (one group), `'pilot'`, `'wave'`,
   * `'employment'`, a grouping id of the study, or `'custom'` (a grouping function). `null` when
   * not stated — the monoid's empty tally, or counts from {@link usageTallyFromCounts} given no
   * `by` — which merges with a tally of any `by`. Tallies with different stated `by`s do not
   * merge.
   */
  readonly by: string | null;
  /** Counts by group, then by tool. Group names are plain strings (`'overall'` when ungrouped). */
  readonly groups: Readonly<Record<string, Readonly<Partial<Record<T, UsageCounts<L>>>>>>;
  /**
   * Problems found in the data: tool ids outside the study, answers that are not one of its
   * usage levels, responses that could not be grouped. Paths start with the response's index in
   * the iterable it came in.
   */
  readonly issues: readonly ValidationIssue[];
}
