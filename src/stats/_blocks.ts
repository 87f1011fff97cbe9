// Reading a blocks × treatments matrix for the repeated-measures tests (Friedman, Cochran's Q):
// an array of rows, one per block (a family), one column per treatment (a wave). As R's
// friedman.test does with a matrix (`y[complete.cases(y), ]`), a row with any missing value
// (null, undefined or NaN) is dropped whole, and the dropped rows are counted. The matrix is an
// argument, so a ragged or malformed one throws.
import { assertArray, showValue } from '../_lib/args.js';

const isMissing = (v: unknown): boolean => v == null || (typeof v === 'number' && Number.isNaN(v));

/**
 * The complete rows of a rectangular matrix of at least 1 row and 2 columns, each cell read by
 * `readCell` (which throws on a cell it refuses), the number of columns k, and the number of rows
 * dropped for a missing value. Every row may have been dropped: each test decides what that means.
 */
export function readBlocks(
  name: string,
  value: unknown,
  readCell: (where: string, cell: unknown) => number,
): { rows: number[][]; k: number; nMissing: number } {
  assertArray(name, value);
  if (value.length < 1) {
    throw new RangeError(`${name} must have at least 1 row (block), got ${showValue(value)}`);
  }
  value.forEach((row, i) => assertArray(`${name}[${i}]`, row));
  const matrix = value as readonly (readonly unknown[])[];
  const width = matrix[0]!.length;
  if (width < 2) {
    throw new RangeError(
      `${name} must have at least 2 columns (treatments), got ${showValue(matrix[0])} as row 0`,
    );
  }
  const rows: number[][] = [];
  matrix.forEach((row, i) => {
    if (row.length !== width) {
      throw new RangeError(
        `${name} must be rectangular: row 0 has ${width} cells, row ${i} has ${row.length}`,
      );
    }
    let complete = true;
    const cells = row.map((cell, j) => {
      if (isMissing(cell)) {
        complete = false;
        return NaN;
      }
      return readCell(`${name}[${i}][${j}]`, cell);
    });
    if (complete) rows.push(cells);
  });
  return { rows, k: width, nMissing: matrix.length - rows.length };
}

/** The `warning` text for rows dropped because they had a missing value (none when 0). */
export function droppedRowsWarning(nMissing: number): string[] {
  if (nMissing === 0) return [];
  return [
    nMissing === 1
      ? '1 row (block) with a missing value was dropped'
      : `${nMissing} rows (blocks) with a missing value were dropped`,
  ];
}
