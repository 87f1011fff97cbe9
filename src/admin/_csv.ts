import { createRecordSplitter } from '../_lib/csv-records.js';

/**
 * @internal CSV text as records of fields, read by the package's one splitter
 * (src/_lib/csv-records.ts: RFC 4180 as papaparse reads it, CRLF or LF line ends, a leading BOM
 * dropped). Returns the records, and where the text ended inside a quoted field (that last record
 * is then dropped: it is cut short).
 */
export interface CsvSplit {
  readonly records: readonly (readonly string[])[];
  /** 1-based number of the record an unterminated quoted field began in, or `null`. */
  readonly truncatedAt: number | null;
}

/** @internal Splits CSV text into records of fields. */
export function splitCsv(text: string): CsvSplit {
  const splitter = createRecordSplitter(',');
  const raw = splitter.push(text).concat(splitter.end());
  const last = raw.at(-1);
  // Only the last record can be unterminated: an open quote runs to the end of the text.
  const truncated = last?.quoteProblem === 'unterminated_quote';
  const kept = truncated ? raw.slice(0, -1) : raw;
  return { records: kept.map((r) => r.cells), truncatedAt: truncated ? last.row : null };
}

/** @internal One CSV cell: quoted when needed; text a spreadsheet would run as a formula gets a leading `'`. */
export function csvCell(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** @internal The text of a cell {@link csvCell} neutralised: the leading `'` it was given removed. */
export function uncell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
