import type { CsvIssue } from './csv-issue.js';

/**
 * One item from {@link readCsvStream}: a data row's spreadsheet row number, the parsed record (or
 * `null` when the row was rejected), and the row's issues. Problems with the header come first,
 * as an item with `row: null` and the header's row number.
 *
 * @category CSV
 */
export interface CsvRowResult<T> {
  /** Spreadsheet row number of the row (the header is row 1). */
  readonly rowNumber: number;
  /** The record, or `null` when the row was rejected (it then has at least one issue). */
  readonly row: T | null;
  /** Every problem found in the row (or, for the header item, in the header). */
  readonly issues: readonly CsvIssue[];
}
