import { assertArray, showValue } from '../_lib/args.js';

/**
 * Options for {@link toCsv}.
 *
 * @category CSV
 */
export interface ToCsvOptions {
  /** Columns in order (default: every key of the rows, in the order first seen). */
  readonly columns?: readonly string[];
  /** Field delimiter, one character (default `,`). */
  readonly delimiter?: string;
  /** Line end (default `'\r\n'`, as RFC 4180 and Excel use; `'\n'` for Unix tools). */
  readonly newline?: '\r\n' | '\n';
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    return value.map((v) => (v === null || v === undefined ? '' : String(v))).join('; ');
  }
  return JSON.stringify(value);
}

/**
 * Writes rows of plain objects as RFC 4180 CSV text with a header line: cells holding the
 * delimiter, a quote, a line break or edge spaces are quoted (quotes doubled), numbers are
 * written unformatted (`String(x)`), `null` and `undefined` as empty cells, lists of plain values
 * joined with `; ` (as {@link readCsv} reads them back) and other objects as JSON. Every line,
 * the last included, ends with `options.newline`.
 *
 * @throws TypeError when `rows` is not an array of objects; RangeError for a broken option.
 * @category CSV
 * @example
 * ```ts
 * import { toCsv } from 'sos-eval/io';
 *
 * toCsv([{ tool: 'mapping', share: 0.38, note: 'said "yes", mostly' }, { tool: 'three-houses', share: null }], { newline: '\n' }) //=> 'tool,share,note\nmapping,0.38,"said ""yes"", mostly"\nthree-houses,,\n'
 * ```
 */
export function toCsv(rows: readonly object[], options?: ToCsvOptions): string {
  assertArray('rows', rows);
  rows.forEach((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw new TypeError(`rows[${i}] must be a plain object, got ${showValue(row)}`);
    }
  });
  const delimiter = options?.delimiter ?? ',';
  if (typeof delimiter !== 'string' || delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new RangeError(
      `options.delimiter must be one character other than a quote or line break, got ${showValue(delimiter)}`,
    );
  }
  const newline = options?.newline ?? '\r\n';
  if (newline !== '\r\n' && newline !== '\n') {
    throw new RangeError(`options.newline must be '\\r\\n' or '\\n', got ${showValue(newline)}`);
  }
  const columns = options?.columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  assertArray('options.columns', columns);
  const quote = (text: string): string =>
    text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim()
      ? `"${text.replace(/"/g, '""')}"`
      : text;
  const line = (cells: readonly string[]): string => cells.map(quote).join(delimiter) + newline;
  return (
    line(columns.map(String)) +
    rows
      .map((row) => line(columns.map((c) => cellText((row as Record<string, unknown>)[c]))))
      .join('')
  );
}
