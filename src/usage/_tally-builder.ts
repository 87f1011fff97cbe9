import { assertCount, showValue } from '../_lib/args.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { UsageCatalogue } from './_catalogue.js';
import { orderGroups } from './_group-order.js';
import type { UsageCounts, UsageTally } from './usage-tally.js';

/**
 * @internal One cell's counts: one per usage level in the study's order, then missing
 * (`levels.length + 1` numbers).
 */
export type Cell = number[];

/** @internal A group's cells, indexed by the tool's position in the study's catalogue. */
export type CountsRow = (Cell | undefined)[];

/**
 * @internal Accumulates counts in a Map of groups (so a group called `__proto__` is just a group,
 * and memory grows with the number of groups, not responses), each a row of cells indexed by
 * tool position; then freezes them into a plain UsageTally with its groups in table order.
 */
export class TallyBuilder {
  private readonly groups = new Map<string, CountsRow>();
  private readonly issues: ValidationIssue[] = [];
  /** Numbers per cell: one per level, then missing. */
  readonly width: number;

  constructor(
    readonly cat: UsageCatalogue,
    public by: string | null,
  ) {
    this.width = cat.levels.length + 1;
  }

  /** The counts row of a group, created on first use. */
  row(group: string): CountsRow {
    let row = this.groups.get(group);
    if (!row) {
      row = new Array<Cell | undefined>(this.cat.tools.length).fill(undefined);
      this.groups.set(group, row);
    }
    return row;
  }

  /** A new cell of zeros. */
  emptyCell(): Cell {
    return new Array<number>(this.width).fill(0);
  }

  cell(group: string, tool: number): Cell {
    const row = this.row(group);
    return (row[tool] ??= this.emptyCell());
  }

  /**
   * Adds a tally made for the same study, checking it as a broken argument (a tally of another
   * study, or not a tally at all, throws).
   */
  addTally(name: string, tally: UsageTally): void {
    const { cat } = this;
    if (tally.by !== null) {
      if (typeof tally.by !== 'string')
        throw new TypeError(`${name}.by must be a string or null, got ${showValue(tally.by)}`);
      if (this.by === null) this.by = tally.by;
      else if (this.by !== tally.by)
        throw new RangeError(
          `${name}.by must match the tallies merged before it ('${this.by}'), got '${tally.by}': tallies grouped differently do not merge (give usageTallyFromCounts the by of the tallies it joins, or leave it out)`,
        );
    }
    for (const [group, tools] of Object.entries(tally.groups)) {
      const at = `${name}.groups[${JSON.stringify(group)}]`;
      if (tools === null || typeof tools !== 'object')
        throw new TypeError(`${at} must be an object of tool → counts, got ${showValue(tools)}`);
      for (const [tool, counts] of Object.entries(tools as Record<string, unknown>)) {
        const t = cat.toolIndex.get(tool);
        if (t === undefined)
          throw new RangeError(
            `${at}: ${JSON.stringify(tool)} is not a tool of ${cat.name} ${cat.toolList}; merge tallies of one study`,
          );
        this.addCell(`${at}.${tool}`, this.cell(group, t), counts);
      }
    }
    for (const issue of tally.issues) this.issues.push(issue);
  }

  private addCell(at: string, target: Cell, counts: unknown): void {
    const cell = readCell(at, counts, this.cat);
    for (let l = 0; l < cell.length; l++) target[l]! += cell[l]!;
  }

  report(issue: ValidationIssue): void {
    this.issues.push(issue);
  }

  /** The counts of a cell as a plain frozen object: the levels in order, then missing. */
  countsOf(cell: Cell): UsageCounts {
    const { levels } = this.cat;
    const entries: [string, number][] = levels.map((l, k) => [l, cell[k]!]);
    entries.push(['missing', cell[levels.length]!]);
    return Object.freeze(Object.fromEntries(entries)) as UsageCounts;
  }

  build(): UsageTally {
    const { cat } = this;
    const names = orderGroups(this.groups.keys(), this.by, cat);
    const groups = Object.fromEntries(
      names.map((name) => {
        const row = this.groups.get(name)!;
        const entries: [string, UsageCounts][] = [];
        row.forEach((cell, t) => {
          if (cell) entries.push([cat.tools[t]!, this.countsOf(cell)]);
        });
        return [name, Object.freeze(Object.fromEntries(entries))];
      }),
    );
    return Object.freeze({
      by: this.by,
      groups: Object.freeze(groups),
      issues: Object.freeze(
        this.issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })),
      ),
    });
  }
}

/**
 * @internal A tally's counts for one cell, checked against the study (a level of another study,
 * or a count that is not a whole number, throws), as numbers per level then missing.
 */
export function readCell(at: string, counts: unknown, cat: UsageCatalogue): Cell {
  const { levels } = cat;
  if (counts === null || typeof counts !== 'object')
    throw new TypeError(`${at} must be an object of counts, got ${showValue(counts)}`);
  const c = counts as Record<string, unknown>;
  for (const key of Object.keys(c)) {
    if (key !== 'missing' && !levels.includes(key))
      throw new RangeError(
        `${at}: ${JSON.stringify(key)} is not a usage level of ${cat.name} (${levels.join(', ')}); use tallies with the study they were made for`,
      );
  }
  const cell: Cell = [];
  for (let l = 0; l <= levels.length; l++) {
    const level = l < levels.length ? levels[l]! : 'missing';
    const value = c[level];
    assertCount(`${at}.${level}`, value);
    cell.push(value);
  }
  return cell;
}
