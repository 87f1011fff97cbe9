import type { CsvDateFormat } from './csv-date-format.js';

/**
 * Maps a header, as written in the file, to the field it fills: a dotted path through the schema
 * (`'workerId'`, `'usage.mapping'`, `'judgements.0.date'`; numbers index lists), or the path's
 * segments as an array (`['usage', 'tool.1']`, for keys holding a dot or made of digits). Return
 * `undefined` to fall back to matching the header against the schema's own field names.
 *
 * @category CSV
 */
export type CsvColumnMapper = (header: string) => string | readonly (string | number)[] | undefined;

/**
 * The most items any list field read from CSV may have (1000): a column numbering an item beyond
 * it (`Goal 5000 score`, `LSNS-6 item 50000000`) is reported as `index_out_of_range` and its
 * values ignored, so a header cannot make the reader build a huge list. `options.maxItems` can
 * lower it per field.
 *
 * @category CSV
 * @example
 * ```ts
 * import { MAX_ITEMS, readCsv } from 'sos-eval/io';
 * import { z } from 'zod';
 *
 * MAX_ITEMS //=> 1000
 * const schema = z.object({ id: z.string(), goals: z.array(z.object({ score: z.number() })).optional() });
 * const { issues } = readCsv('id,Goal 5000\nF-1,3\n', schema, { columns: { 'Goal 5000': 'goals.4999.score' } });
 * issues[0].code //=> 'index_out_of_range'
 * ```
 */
export const MAX_ITEMS = 1000;

/**
 * Options for {@link readCsv} and {@link readCsvStream}. Every option is optional; the presets
 * {@link csvPresets} builds from a study are values of this type that can be spread and
 * overridden.
 *
 * @category CSV
 */
export interface ReadCsvOptions {
  /** How dates are written (default `'dd/MM/yyyy'`, which also reads `d/M/yyyy` and ISO dates). */
  readonly dateFormat?: CsvDateFormat;
  /** The field delimiter, one character (default `,`; `;` and tab are common in European exports). */
  readonly delimiter?: string;
  /**
   * Header → field path, as a table (`{ 'Worker ID': 'workerId' }`, matched ignoring case, spaces
   * and punctuation) or a function. Headers it does not map are matched to the schema's top-level
   * field names the same loose way, so `Worker ID`, `worker_id` and `workerId` all fill `workerId`.
   */
  readonly columns?: Readonly<Record<string, string>> | CsvColumnMapper;
  /** Headers to skip without reporting them as unknown (such as a free-text `Notes` column). */
  readonly ignore?: readonly string[];
  /**
   * Extra spellings of values, per field path (`*` stands for any one segment, as in `'usage.*'`
   * or `'judgements.*.scoredBy'`): cell text, matched ignoring case, → the value to use.
   */
  readonly values?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /**
   * The values a field may take, per field path (`*` as in `values`; for a list field, its
   * items), when its schema cannot say (a study's ids are checked by the study, not listed in
   * the schema). Either a list of values, or each value with other names a cell may give it:
   * `{ wave: { baseline: ['Baseline'], 'twelve-months': ['Twelve months', '12 months'] } }`. A
   * cell is matched to the value, then to a name ignoring case, then to either ignoring spaces
   * and punctuation (`West Sussex` → `west-sussex`); any other cell is reported as
   * `invalid_value`. A zod enum's options are used without this.
   */
  readonly choices?: Readonly<
    Record<string, readonly string[] | Readonly<Record<string, readonly string[]>>>
  >;
  /**
   * The keys a record field may have, per field path (`{ usage: ['mapping', 'three-houses'] }`),
   * when its schema accepts any string: a column mapped to another key (`Usage: Genogram` →
   * `usage.genogram`) is reported once as an `unknown_column` instead of failing every row.
   */
  readonly keys?: Readonly<Record<string, readonly string[]>>;
  /**
   * The most items a list field may have, per field path (`*` as in `values`):
   * `{ 'measures.lsns-6': 6, goals: 20 }`. A header whose item number is beyond it (`LSNS-6 item
   * 7`) is reported as `index_out_of_range` and its values are ignored, as are item numbers
   * beyond {@link MAX_ITEMS} (1000) for any list; a number in a header is never used as an index
   * unchecked. {@link csvPresets} sets it from the item counts of the study's measures.
   */
  readonly maxItems?: Readonly<Record<string, number>>;
  /** Characters that separate items in a list cell such as `Neglect; Domestic abuse` (default `';|,'`). */
  readonly listSeparators?: string;
  /** Text encoding of byte chunks given to {@link readCsvStream} (default `'utf-8'`; Excel often writes `'windows-1252'`). */
  readonly encoding?: string;
}
