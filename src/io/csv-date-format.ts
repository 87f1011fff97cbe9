/**
 * How dates are written in a CSV file. `'dd/MM/yyyy'` (UK spreadsheets) also reads `d/M/yyyy`;
 * `'MM/dd/yyyy'` is the US order; `'dd-MM-yyyy'` and `'dd.MM.yyyy'` use other separators. Every
 * format also accepts ISO `yyyy-MM-dd`, which cannot be mistaken for any of them; `'iso'` accepts
 * only that. Two-digit years are never guessed.
 *
 * @category CSV
 * @example
 * ```ts
 * import { CSV_DATE_FORMATS } from 'sos-eval/io';
 *
 * CSV_DATE_FORMATS.includes('dd/MM/yyyy') //=> true
 * ```
 */
export const CSV_DATE_FORMATS = Object.freeze([
  'iso',
  'dd/MM/yyyy',
  'MM/dd/yyyy',
  'dd-MM-yyyy',
  'dd.MM.yyyy',
] as const);

/**
 * One of {@link CSV_DATE_FORMATS}.
 *
 * @category CSV
 */
export type CsvDateFormat = (typeof CSV_DATE_FORMATS)[number];
