import { TOOL_IDS, type ToolId } from '../models/tool.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { UsageCounts, UsageTally } from './usage-tally.js';

type MutableCounts = { -readonly [K in keyof UsageCounts]: number };

/**
 * @internal Accumulates counts in Maps (so a group called `__proto__` is just a group, and memory
 * grows with the number of groups, not responses), then freezes them into a plain UsageTally.
 */
export class TallyBuilder {
  private readonly groups = new Map<string, Map<ToolId, MutableCounts>>();
  private readonly issues: ValidationIssue[] = [];

  counts(group: string, tool: ToolId): MutableCounts {
    let tools = this.groups.get(group);
    if (!tools) {
      tools = new Map();
      this.groups.set(group, tools);
    }
    let counts = tools.get(tool);
    if (!counts) {
      counts = { all: 0, some: 0, none: 0, missing: 0 };
      tools.set(tool, counts);
    }
    return counts;
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
        const tools = this.groups.get(name)!;
        const entries = TOOL_IDS.filter((t) => tools.has(t)).map(
          (t) => [t, Object.freeze({ ...tools.get(t)! })] as const,
        );
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
