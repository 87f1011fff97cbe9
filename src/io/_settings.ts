import { assertOneOf, showValue } from '../_lib/args.js';
import { CSV_DATE_FORMATS, type CsvDateFormat } from './csv-date-format.js';
import type { CsvColumnMapper, ReadCsvOptions } from './read-csv-options.js';
import { squash } from './_coerce.js';
import type { Choice } from './_schema-fields.js';

/** @internal Options checked and given their defaults. */
export interface Settings {
  readonly dateFormat: CsvDateFormat;
  readonly delimiter: string;
  readonly mapColumn: CsvColumnMapper;
  readonly ignore: ReadonlySet<string>;
  readonly values: readonly { readonly path: string; readonly map: ReadonlyMap<string, unknown> }[];
  readonly choices: readonly { readonly path: string; readonly choices: readonly Choice[] }[];
  readonly keys: readonly { readonly path: string; readonly keys: readonly string[] }[];
  readonly maxItems: readonly { readonly path: string; readonly max: number }[];
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
    // Maps, not the object: a header such as `toString` or `__proto__` must not find
    // Object.prototype's members.
    const exact = new Map<string, unknown>(Object.entries(columns));
    const table = new Map<string, unknown>();
    for (const [h, path] of exact) if (!table.has(squash(h))) table.set(squash(h), path);
    mapColumn = (header) =>
      (exact.get(header) ?? table.get(squash(header))) as ReturnType<CsvColumnMapper>;
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
  const choices = Object.entries(checkTable('options.choices', o.choices)).map(([path, c]) => ({
    path,
    choices: readChoices(`options.choices[${JSON.stringify(path)}]`, c),
  }));
  const keys = Object.entries(checkTable('options.keys', o.keys)).map(([path, k]) => {
    const name = `options.keys[${JSON.stringify(path)}]`;
    if (!Array.isArray(k) || !k.every((x) => typeof x === 'string'))
      throw new TypeError(`${name} must be an array of strings, got ${showValue(k)}`);
    return { path, keys: [...(k as string[])] };
  });
  const maxItems = Object.entries(checkTable('options.maxItems', o.maxItems)).map(([path, max]) => {
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 0)
      throw new RangeError(
        `options.maxItems[${JSON.stringify(path)}] must be a whole number from 0, got ${showValue(max)}`,
      );
    return { path, max };
  });
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
    choices,
    keys,
    maxItems,
    listSeparator: new RegExp(`[${escape(separators)}]`),
    encoding,
  };
}

function checkTable(name: string, table: unknown): Readonly<Record<string, unknown>> {
  if (table === undefined) return {};
  if (typeof table !== 'object' || table === null || Array.isArray(table))
    throw new TypeError(`${name} must be an object keyed by field path, got ${showValue(table)}`);
  return table as Record<string, unknown>;
}

/** A field's choices as given: a list of values, or values each with their other spellings. */
function readChoices(name: string, given: unknown): Choice[] {
  if (Array.isArray(given)) {
    if (!given.every((v) => typeof v === 'string'))
      throw new TypeError(`${name} must list strings, got ${showValue(given)}`);
    return given.map((value: string) => ({ value, spellings: [] }));
  }
  const table = checkTable(name, given);
  return Object.entries(table).map(([value, spellings]) => {
    if (!Array.isArray(spellings) || !spellings.every((x) => typeof x === 'string'))
      throw new TypeError(
        `${name}[${JSON.stringify(value)}] must be an array of spellings, got ${showValue(spellings)}`,
      );
    return { value, spellings: [...(spellings as string[])] };
  });
}

type Path = readonly (string | number)[];

/**
 * Whether a field path matches a pattern such as `usage.*` (`*` is any one segment). Segments are
 * compared one by one, so `usage.*` also matches a key holding a dot (`['usage', 'tool.1']`);
 * a pattern written out in full (`'usage.tool.1'`) matches the path joined with dots.
 */
function matches(pattern: string, path: Path): boolean {
  const parts = pattern.split('.');
  if (parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i])))
    return true;
  const joined = path.join('.');
  return new RegExp(`^${parts.map((p) => (p === '*' ? '[^.]+' : escape(p))).join('\\.')}$`).test(
    joined,
  );
}

/** @internal The choices given for a field path (`usage.*` matches `usage.mapping`), if any. */
export function choicesFor(settings: Settings, path: Path): readonly Choice[] | undefined {
  const found = settings.choices.filter((c) => matches(c.path, path));
  return found.length === 0 ? undefined : found.flatMap((c) => c.choices);
}

/** @internal The keys the options allow a record field at `path` to have, if they say. */
export function keysFor(settings: Settings, path: Path): readonly string[] | undefined {
  const found = settings.keys.filter((k) => matches(k.path, path));
  return found.length === 0 ? undefined : found.flatMap((k) => k.keys);
}

/** @internal The most items `options.maxItems` allows a list at `path`, if it says (the least of those that match). */
export function maxItemsFor(settings: Settings, path: Path): number | undefined {
  let max: number | undefined;
  for (const m of settings.maxItems) {
    if (matches(m.path, path)) max = max === undefined ? m.max : Math.min(max, m.max);
  }
  return max;
}

/** @internal The value spellings that apply to a field path (`usage.*` matches `usage.mapping`). */
export function aliasesFor(
  settings: Settings,
  path: Path,
): ReadonlyMap<string, unknown> | undefined {
  const found = settings.values.filter((v) => matches(v.path, path));
  if (found.length === 0) return undefined;
  return new Map(found.flatMap((v) => [...v.map]));
}
