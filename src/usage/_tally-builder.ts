import { TOOL_IDS, type ToolId } from '../models/tool.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { UsageCounts, UsageTally } from './usage-tally.js';

export type MutableCounts = { -readonly [K in keyof UsageCounts]: number };

/** A group's counts, indexed by the tool's position in TOOL_IDS (undefined until tallied). */
export type CountsRow = (MutableCounts | undefined)[];

const TOOL_INDEX = new Map<ToolId, number>(TOOL_IDS.map((t, i) => [t, i]));

/** @internal Position of a tool in TOOL_IDS. */
export const toolIndex = (tool: ToolId): number => TOOL_INDEX.get(tool)!;

/**
 * @internal Accumulates counts in a Map of groups (so a group called `__proto__` is just a group,
 * and memory grows with the number of groups, not responses), each a row of counts indexed by
 * tool position; then freezes them into a plain UsageTally.
 */
export class TallyBuilder {
  private readonly groups = new Map<string, CountsRow>();
  private readonly issues: ValidationIssue[] = [];

  /** The counts row of a group, created on first use. */
  row(group: string): CountsRow {
    let row = this.groups.get(group);
    if (!row) {
      row = new Array<MutableCounts | undefined>(TOOL_IDS.length).fill(undefined);
      this.groups.set(group, row);
    }
    return row;
  }

  counts(group: string, tool: ToolId): MutableCounts {
    const row = this.row(group);
    const t = toolIndex(tool);
    return (row[t] ??= { all: 0, some: 0, none: 0, missing: 0 });
  }

  add(group: string, tool: ToolId, counts: UsageCounts): void {
    const target = this.counts(group, tool);
    target.all += counts.all;
    target.some += counts.some;
    target.none += counts.none;
    target.missing += counts.missing;
  }

  addTally(tally: UsageTally): void {
    for (const [group, tools] of Object.entries(tally.groups)) {
      for (const tool of TOOL_IDS) {
        const counts = tools[tool];
        if (counts) this.add(group, tool, counts);
      }
    }
    this.issues.push(...tally.issues);
  }

  report(issue: ValidationIssue): void {
    this.issues.push(issue);
  }

  build(): UsageTally {
    const names = [...this.groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const groups = Object.fromEntries(
      names.map((name) => {
        const row = this.groups.get(name)!;
        const entries: [ToolId, UsageCounts][] = [];
        TOOL_IDS.forEach((t, i) => {
          const counts = row[i];
          if (counts) entries.push([t, Object.freeze({ ...counts })]);
        });
        return [name, Object.freeze(Object.fromEntries(entries))];
      }),
    );
    return Object.freeze({
      groups: Object.freeze(groups),
      issues: Object.freeze(
        this.issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })),
      ),
    });
  }
}
