// Accumulates measure tallies cell by cell; shared by tallyMeasure, the monoid and fromCounts so
// that all three build the same frozen shape.
import type { ValidationIssue } from '../models/validation-issue.js';
import type { MeasureFlagCount, MeasureTally, MeasureTallyCell } from './measure-tally.js';

interface OpenCell {
  readonly group: string | null;
  readonly measure: string;
  readonly score: string;
  readonly values: Map<number, number>;
  missing: number;
  readonly bands: Map<string, number>;
  readonly flags: Map<string, { set: number; unset: number }>;
}

export class MeasureTallyBuilder {
  private readonly cells = new Map<string, OpenCell>();
  private readonly issues: ValidationIssue[] = [];

  /** Reports a row left out of the tally. */
  report(issue: ValidationIssue): void {
    this.issues.push(issue);
  }

  /** Adds a built tally's issues (a tally made before tallies carried issues has none). */
  addIssues(issues: readonly ValidationIssue[] | undefined): void {
    for (const issue of issues ?? []) this.issues.push(issue);
  }

  cell(group: string | null, measure: string, score: string): OpenCell {
    const key = JSON.stringify([group, measure, score]);
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = {
        group,
        measure,
        score,
        values: new Map(),
        missing: 0,
        bands: new Map(),
        flags: new Map(),
      };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Adds `count` respondents with one value (null = missing), band and set of flags. */
  add(
    cell: OpenCell,
    value: number | null,
    count: number,
    band: string | null,
    flags: Readonly<Record<string, boolean | null>>,
  ): void {
    if (value === null) cell.missing += count;
    else cell.values.set(value, (cell.values.get(value) ?? 0) + count);
    if (band !== null) cell.bands.set(band, (cell.bands.get(band) ?? 0) + count);
    for (const name of Object.keys(flags)) {
      const f = flagCount(cell, name);
      const v = flags[name];
      if (v === true) f.set += count;
      else if (v === false) f.unset += count;
    }
  }

  /** Adds a built cell's counts. */
  addCell(c: MeasureTallyCell): void {
    const cell = this.cell(c.group, c.measure, c.score);
    cell.missing += c.missing;
    for (const { value, count } of c.values) {
      cell.values.set(value, (cell.values.get(value) ?? 0) + count);
    }
    for (const [band, count] of Object.entries(c.bands)) {
      cell.bands.set(band, (cell.bands.get(band) ?? 0) + count);
    }
    for (const [name, { set, unset }] of Object.entries(c.flags)) {
      const f = flagCount(cell, name);
      f.set += set;
      f.unset += unset;
    }
  }

  build(): MeasureTally {
    const cells = [...this.cells.values()].map((c): MeasureTallyCell =>
      Object.freeze({
        group: c.group,
        measure: c.measure,
        score: c.score,
        values: Object.freeze(
          [...c.values]
            .sort((a, b) => a[0] - b[0])
            .map(([value, count]) => Object.freeze({ value, count })),
        ),
        missing: c.missing,
        bands: Object.freeze(Object.fromEntries(c.bands)),
        flags: Object.freeze(
          Object.fromEntries(
            [...c.flags].map(([name, f]): [string, MeasureFlagCount] => [
              name,
              Object.freeze({ set: f.set, unset: f.unset }),
            ]),
          ),
        ),
      }),
    );
    return Object.freeze({ cells: Object.freeze(cells), issues: Object.freeze([...this.issues]) });
  }
}

function flagCount(cell: OpenCell, name: string): { set: number; unset: number } {
  let f = cell.flags.get(name);
  if (f === undefined) {
    f = { set: 0, unset: 0 };
    cell.flags.set(name, f);
  }
  return f;
}
