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
  /**
   * What to do with text a spreadsheet would run as a formula (CSV injection, as OWASP
   * describes it): by default (`'neutralise'`) a text cell starting with `=`, `+`, `-`, `@`, a
   * tab or a carriage return is written with a `'` in front (`'=HYPERLINK(…)`), as is one that
   * already starts with `'` followed by one of those, and {@link readCsv} takes that quote off
   * again. Numbers are never changed (`-3` stays `-3`). `'keep'` writes text as it is, for
   * programs that are not spreadsheets.
   */
  readonly formulas?: 'neutralise' | 'keep';
  /**
   * How nested values are written: `'json'` (default) writes lists of plain values joined with
   * `; ` and other objects as JSON; `'columns'` gives each nested field a column named by its
   * dotted path (`usage.mapping`, `goals.0.score`, `measures.lsns-6.0`, `judgements.1.date`),
   * keeps lists of text in one cell (`neglect; physical`), and is what {@link readCsv}
   * reads back, so `readCsv(toCsv(records, { nested: 'columns' }), schema, preset)` gives back
   * the records of every kind a study's presets read. Keys holding a dot cannot be read back, and
   * CSV cannot tell an optional list or measure left out from one whose every cell is empty.
   */
  readonly nested?: 'json' | 'columns';
}

const FORMULA = /^'*[=+\-@\t\r]/;

/** A plain object (not a Date, Map or class instance): its fields become columns. */
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/**
 * The cells of one row by dotted path: nested objects, and lists of anything but text (numbers,
 * empty values, objects), spread over numbered columns; lists of text (ids) kept whole, written
 * joined with `; `; an empty list is an empty cell.
 */
function flatten(row: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const visit = (prefix: string, value: unknown): void => {
    if (isPlainObject(value)) {
      for (const key of Object.keys(value)) visit(`${prefix}.${key}`, value[key]);
    } else if (Array.isArray(value) && !value.every((v) => typeof v === 'string')) {
      for (let i = 0; i < value.length; i++) visit(`${prefix}.${i}`, value[i] as unknown);
    } else out.set(prefix, value);
  };
  for (const key of Object.keys(row)) visit(key, row[key]);
  return out;
}

function cellText(value: unknown, neutralise: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  let text: string;
  if (typeof value === 'string') text = value;
  else if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    text = value.map((v) => (v === null || v === undefined ? '' : String(v))).join('; ');
  } else text = JSON.stringify(value) ?? '';
  return neutralise && FORMULA.test(text) ? `'${text}` : text;
}

/**
 * Writes rows of plain objects as RFC 4180 CSV text with a header line: cells holding the
 * delimiter, a quote, a line break or edge spaces are quoted (quotes doubled), numbers are
 * written unformatted (`String(x)`), `null` and `undefined` as empty cells, lists of plain values
 * joined with `; ` (as {@link readCsv} reads them back) and other objects as JSON, or as a column
 * per nested field with `{ nested: 'columns' }`. Text a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, carriage return first) is written with a `'` in front unless
 * `options.formulas` is `'keep'`. Every line, the last included, ends with `options.newline`.
 *
 * `readCsv(toCsv(records, { nested: 'columns' }), schema, options)` gives back the records: text
 * exactly as it was (quoted cells of text fields are not trimmed, neutralised formulas lose
 * their `'`), except that line breaks come back as `\n` and text of spaces alone as empty.
 *
 * @throws TypeError when `rows` is not an array of objects; RangeError for a broken option.
 * @category CSV
 * @example
 * ```ts
 * import { toCsv } from 'sos-eval/io';
 *
 * toCsv([{ tool: 'mapping', share: 0.38, note: 'said "yes", mostly' }, { tool: 'three-houses', share: null }], { newline: '\n' }) //=> 'tool,share,note\nmapping,0.38,"said ""yes"", mostly"\nthree-houses,,\n'
 *
 * // A formula in a cell is written as text; a negative number stays a number.
 * toCsv([{ note: '=HYPERLINK("http://x")', change: -3 }], { newline: '\n' }) //=> 'note,change\n"\'=HYPERLINK(""http://x"")",-3\n'
 *
 * // Nested fields as columns, which readCsv reads back.
 * toCsv([{ id: 'F-1', usage: { mapping: 'all' }, goals: [{ score: 4 }] }], { nested: 'columns', newline: '\n' }) //=> 'id,usage.mapping,goals.0.score\nF-1,all,4\n'
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
  const formulas = options?.formulas ?? 'neutralise';
  if (formulas !== 'neutralise' && formulas !== 'keep') {
    throw new RangeError(
      `options.formulas must be 'neutralise' or 'keep', got ${showValue(formulas)}`,
    );
  }
  const nested = options?.nested ?? 'json';
  if (nested !== 'json' && nested !== 'columns') {
    throw new RangeError(`options.nested must be 'json' or 'columns', got ${showValue(nested)}`);
  }
  const neutralise = formulas === 'neutralise';
  const cellsOf: (row: object) => ReadonlyMap<string, unknown> | Record<string, unknown> =
    nested === 'columns'
      ? (row) => flatten(row as Record<string, unknown>)
      : (row) => row as Record<string, unknown>;
  const flat = rows.map(cellsOf);
  let columns: readonly string[];
  if (options?.columns !== undefined) {
    columns = options.columns;
    assertArray('options.columns', columns);
  } else {
    const seen = new Set<string>();
    for (const cells of flat) {
      for (const key of cells instanceof Map ? cells.keys() : Object.keys(cells)) seen.add(key);
    }
    // A list written empty in one row and as numbered columns in another (`goals`, `goals.0.score`)
    // is only the numbered columns: their empty cells read back as the empty list.
    const parents = new Set<string>();
    for (const c of seen) {
      for (let dot = c.indexOf('.'); dot !== -1; dot = c.indexOf('.', dot + 1))
        parents.add(c.slice(0, dot));
    }
    columns = Array.from(seen).filter((c) => !parents.has(c));
  }
  const get = (
    cells: ReadonlyMap<string, unknown> | Record<string, unknown>,
    c: string,
  ): unknown =>
    cells instanceof Map
      ? cells.get(c)
      : Object.hasOwn(cells, c)
        ? (cells as Record<string, unknown>)[c]
        : undefined;
  const quote = (text: string): string =>
    text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim()
      ? `"${text.replace(/"/g, '""')}"`
      : text;
  const line = (cells: readonly string[]): string => cells.map(quote).join(delimiter) + newline;
  let out = line(columns.map((c) => cellText(String(c), neutralise)));
  for (const cells of flat) out += line(columns.map((c) => cellText(get(cells, c), neutralise)));
  return out;
}
