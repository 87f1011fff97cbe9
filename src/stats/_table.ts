// Shared validation of contingency tables given as arrays of rows. Tables are arguments, not
// data: a ragged or negative table is a programming error, so it throws.
import { assertArray, assertCount, showValue } from '../_lib/args.js';

/**
 * A 2 × 2 table of counts as `[[a, b], [c, d]]` (for paired answers: rows Time 1 yes/no, columns
 * Time 2 yes/no).
 *
 * @category Tests
 */
export type TwoByTwo = readonly [readonly [number, number], readonly [number, number]];

/** @internal Checks that `table` is a rectangular array of rows of counts, at least `minRows` × `minCols`. */
export function readTable(name: string, table: unknown, minRows = 2, minCols = 2): number[][] {
  assertArray(name, table);
  if (table.length < minRows) {
    throw new RangeError(
      `${name} must have at least ${minRows} row${minRows === 1 ? '' : 's'}, got ${showValue(table)}`,
    );
  }
  const rows = table.map((row, i) => {
    assertArray(`${name}[${i}]`, row);
    return row;
  });
  const width = rows[0]!.length;
  if (width < minCols) {
    throw new RangeError(
      `${name} must have at least ${minCols} column${minCols === 1 ? '' : 's'}, got ${showValue(rows[0])} as row 0`,
    );
  }
  return rows.map((row, i) => {
    if (row.length !== width) {
      throw new RangeError(
        `${name} must be rectangular: row 0 has ${width} cells, row ${i} has ${row.length}`,
      );
    }
    return row.map((cell, j) => {
      assertCount(`${name}[${i}][${j}]`, cell);
      return cell;
    });
  });
}

/** @internal Checks that `table` is a 2 × 2 table of counts and returns its cells a, b, c, d. */
export function readTwoByTwo(name: string, table: unknown): [number, number, number, number] {
  assertArray(name, table);
  if (table.length !== 2 || !table.every((row) => Array.isArray(row) && row.length === 2)) {
    throw new RangeError(`${name} must be a 2 × 2 table [[a, b], [c, d]], got ${showValue(table)}`);
  }
  const t = readTable(name, table);
  return [t[0]![0]!, t[0]![1]!, t[1]![0]!, t[1]![1]!];
}

/** @internal Row and column totals and the grand total of a table. */
export function margins(table: readonly (readonly number[])[]): {
  rows: number[];
  cols: number[];
  total: number;
} {
  const rows = table.map((row) => row.reduce((s, v) => s + v, 0));
  const cols = table[0]!.map((_, j) => table.reduce((s, row) => s + row[j]!, 0));
  return { rows, cols, total: rows.reduce((s, v) => s + v, 0) };
}
