/**
 * One problem found while reading a CSV file, located the way a spreadsheet user would find it:
 * `row` counts the header as row 1 and the first data row as 2 (a cell holding a line break is
 * still one row, and blank rows count as rows), and `column` is the header exactly as written in
 * the file (`null` when the problem belongs to no single column, such as a missing column).
 *
 * Codes from reading cells: `invalid_date`, `invalid_number`, `invalid_boolean`, `invalid_value`,
 * `missing_value`; from the header: `unknown_column`, `duplicate_header`, `missing_column`,
 * `empty_file`; from the text: `malformed_quotes`, `unterminated_quote`, `extra_field`; and any
 * code of the schema's own issues (such as `too_big` or `outside_window`).
 *
 * @category CSV
 * @example
 * ```ts
 * import { readCsv } from 'sos-eval/io';
 * import { z } from 'zod';
 *
 * const { issues } = readCsv('Age\nten\n', z.object({ age: z.number() }));
 * issues //=> [{ row: 2, column: 'Age', code: 'invalid_number', message: 'Age: "ten" is not a number' }]
 * ```
 */
export interface CsvIssue {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  readonly row: number;
  /** The header as written in the file, or `null` when the problem has no single column. */
  readonly column: string | null;
  /** A stable machine-readable kind of problem, e.g. `invalid_date`. */
  readonly code: string;
  /** A sentence naming the column and what was wrong. */
  readonly message: string;
}
