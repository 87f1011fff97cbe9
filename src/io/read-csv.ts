import type { z } from 'zod';
import type { CsvIssue } from './csv-issue.js';
import type { ReadCsvOptions } from './read-csv-options.js';
import { assertObjectSchema } from './_assert-schema.js';
import { createCsvReader } from './_csv-reader.js';
import { resolveSettings } from './_settings.js';
import { showValue } from '../_lib/args.js';

/**
 * What {@link readCsv} returns: every valid row, and an issue for every problem in the others.
 *
 * @category CSV
 */
export interface CsvRead<T> {
  /** The rows the schema accepted, in file order. */
  readonly rows: T[];
  /** The spreadsheet row number of each kept row (`rows[i]` came from row `rowNumbers[i]`). */
  readonly rowNumbers: number[];
  /** Every problem found, in file order; each rejected row has at least one. */
  readonly issues: CsvIssue[];
  /** How many data rows were rejected. */
  readonly rejected: number;
}

/**
 * Reads CSV text into records checked by a zod object schema — a study's own
 * (`study.schemas.family`, or one with extra columns from `study.extend`) or any other. Copes with what spreadsheets and
 * case-management exports produce: a byte-order mark, CRLF or LF line ends, quoted cells holding
 * delimiters, doubled quotes and line breaks, blank trailing rows, and rows Excel left short.
 *
 * Each header is matched to a field (through `options.columns`, else loosely by name: `Worker ID`
 * fills `workerId`), and each cell is read as the schema expects there: empty cells become `null`
 * (left out for optional fields, `[]` for lists), numbers and yes/no answers are converted, dates
 * written as `options.dateFormat` (default `dd/MM/yyyy`) become ISO `YYYY-MM-DD` strings wherever
 * the schema declares an ISO date (`IsoDateSchema`, `z.iso.date()`, or either made optional,
 * nullable, refined or piped; a `z.date()` field gets the day at midnight UTC), enum values and
 * `options.choices` match ignoring case and spacing (`West Sussex` → `west-sussex`), and list
 * cells split on `;`, `|` or `,`. {@link csvPresets} gives the options for a study's records. Good rows are kept; every problem is an issue with the spreadsheet row number
 * and the header as written. Nothing is thrown for bad data.
 *
 * @throws TypeError when `text` is not a string or `schema` not a zod object schema; RangeError or
 * TypeError for a broken option.
 * @category CSV
 * @example
 * ```ts
 * import { csvPresets, readCsv } from 'sos-eval/io';
 * import { SOS_2017 } from 'sos-eval/reference';
 *
 * const text = [
 *   'Family ID,Local authority,Cohort,Referral date,Previous referrals,Previous concerns,Current concerns',
 *   'F-0001,Bristol,Cohort 1,14/04/2015,2,Neglect,Domestic abuse',
 *   'F-0002,Norfolk,Cohort 1,31/02/2015,0,,Neglect',
 * ].join('\r\n');
 * const { rows, issues } = readCsv(text, SOS_2017.schemas.family, csvPresets(SOS_2017).family);
 * rows[0].referralDate //=> '2015-04-14'
 * rows[0].pilotId //=> 'bristol'
 * issues //=> [{ row: 3, column: 'Referral date', code: 'invalid_date', message: 'Referral date: "31/02/2015" is not a real date written dd/mm/yyyy' }]
 * ```
 */
export function readCsv<S extends z.ZodType>(
  text: string,
  schema: S,
  options?: ReadCsvOptions,
): CsvRead<z.output<S>> {
  if (typeof text !== 'string')
    throw new TypeError(`text must be a string, got ${showValue(text)}`);
  assertObjectSchema(schema);
  const reader = createCsvReader(schema, resolveSettings(options));
  const rows: z.output<S>[] = [];
  const rowNumbers: number[] = [];
  const issues: CsvIssue[] = [];
  let rejected = 0;
  const items = reader.push(text);
  for (const item of reader.end()) items.push(item);
  for (const { result, header } of items) {
    for (const issue of result.issues) issues.push(issue);
    if (result.row !== null) {
      rows.push(result.row);
      rowNumbers.push(result.rowNumber);
    } else if (!header) {
      rejected++;
    }
  }
  return { rows, rowNumbers, issues, rejected };
}
