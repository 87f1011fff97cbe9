import { assertOneOf, showValue } from '../_lib/args.js';
import { CSV_DATE_FORMATS, type CsvDateFormat } from './csv-date-format.js';
import type { CsvColumnMapper, ReadCsvOptions } from './read-csv-options.js';
import { squash } from './_coerce.js';

/** @internal Options checked and given their defaults. */
export interface Settings {
  readonly dateFormat: CsvDateFormat;
  readonly delimiter: string;
  readonly mapColumn: CsvColumnMapper;
  readonly ignore: ReadonlySet<string>;
  readonly values: readonly { readonly path: string; readonly map: ReadonlyMap<string, unknown> }[];
  readonly listSeparator: RegExp;
  readonly encoding: string;
}

const escape = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** @internal Checks the options (broken ones throw, naming the option) and fills in defaults. */
export function resolveSettings(options: ReadCsvOptions | undefined): Settings {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  }
  const o = options ?? {};
  const dateFormat = o.dateFormat ?? 'dd/MM/yyyy';
  assertOneOf('options.dateFormat', dateFormat, CSV_DATE_FORMATS);
  const delimiter = o.delimiter ?? ',';
  if (typeof delimiter !== 'string' || delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new RangeError(
      `options.delimiter must be one character other than a quote or line break, got ${showValue(delimiter)}`,
    );
  }
  const separators = o.listSeparators ?? ';|,';
  if (typeof separators !== 'string' || separators.length === 0) {
    throw new TypeError(
      `options.listSeparators must be a non-empty string, got ${showValue(separators)}`,
    );
  }
  const columns = o.columns;
  let mapColumn: CsvColumnMapper;
  if (columns === undefined) mapColumn = () => undefined;
  else if (typeof columns === 'function') mapColumn = columns;
  else if (typeof columns === 'object' && columns !== null) {
    const table = new Map(Object.entries(columns).map(([h, path]) => [squash(h), path]));
    mapColumn = (header) => columns[header] ?? table.get(squash(header));
  } else {
    throw new TypeError(
      `options.columns must be an object or a function, got ${showValue(columns)}`,
    );
  }
  const ignore = o.ignore ?? [];
  if (!Array.isArray(ignore))
    throw new TypeError(`options.ignore must be an array, got ${showValue(ignore)}`);
  const values = Object.entries(o.values ?? {}).map(([path, table]) => ({
    path,
    map: new Map(Object.entries(table).map(([cell, value]) => [cell.toLowerCase(), value])),
  }));
  const encoding = o.encoding ?? 'utf-8';
  if (typeof encoding !== 'string') {
    throw new TypeError(`options.encoding must be a string, got ${showValue(encoding)}`);
  }
  return {
    dateFormat,
    delimiter,
    mapColumn,
    ignore: new Set(ignore.map((h) => h.trim())),
    values,
    listSeparator: new RegExp(`[${escape(separators)}]`),
    encoding,
  };
}

const pathPattern = (pattern: string): RegExp =>
  new RegExp(`^${pattern.split('*').map(escape).join('[^.]+')}$`);

/** @internal The value spellings that apply to a field path (`usage.*` matches `usage.mapping`). */
export function aliasesFor(
  settings: Settings,
  path: string,
): ReadonlyMap<string, unknown> | undefined {
  const found = settings.values.filter((v) => pathPattern(v.path).test(path));
  if (found.length === 0) return undefined;
  return new Map(found.flatMap((v) => [...v.map]));
}
