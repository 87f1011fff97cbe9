import { isIsoDate } from '../models/iso-date.js';
import type { CsvDateFormat } from './csv-date-format.js';
import type { FieldKind } from './_schema-fields.js';

/** @internal A cell read as a value, or why it could not be. */
export type Coerced =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: string; readonly reason: string };

/** @internal What the cell readers need from the options. */
export interface CoerceSettings {
  readonly dateFormat: CsvDateFormat;
  readonly listSeparator: RegExp;
  /** Extra spellings for a field's values: cell text (lower-cased) → value. */
  readonly aliases: ReadonlyMap<string, unknown> | undefined;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE = new Set(['yes', 'y', 'true', 't', '1']);
const FALSE = new Set(['no', 'n', 'false', 'f', '0']);

const SEPARATORS: Record<Exclude<CsvDateFormat, 'iso'>, { sep: string; dayFirst: boolean }> = {
  'dd/MM/yyyy': { sep: '/', dayFirst: true },
  'MM/dd/yyyy': { sep: '/', dayFirst: false },
  'dd-MM-yyyy': { sep: '-', dayFirst: true },
  'dd.MM.yyyy': { sep: '.', dayFirst: true },
};

const pad = (n: string): string => n.padStart(2, '0');

/** @internal Loose spelling used to match enum options and headers: lower case, letters and digits only. */
export const squash = (text: string): string =>
  text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');

function readDate(cell: string, format: CsvDateFormat): Coerced {
  // The calendar check is isIsoDate's (date-fns in UTC), so no machine time zone is involved.
  let iso: string | undefined = /^\d{4}-\d{2}-\d{2}$/.test(cell) ? cell : undefined;
  if (iso === undefined && format !== 'iso') {
    const { sep, dayFirst } = SEPARATORS[format];
    const parts = cell.split(sep);
    if (parts.length === 3 && parts.every((p, i) => (i === 2 ? /^\d{4}$/ : /^\d{1,2}$/).test(p))) {
      const [a, b, year] = parts as [string, string, string];
      iso = `${year}-${pad(dayFirst ? b : a)}-${pad(dayFirst ? a : b)}`;
    }
  }
  const written = format === 'iso' ? 'yyyy-mm-dd' : format.toLowerCase();
  if (iso !== undefined && isIsoDate(iso)) return { ok: true, value: iso };
  return {
    ok: false,
    code: 'invalid_date',
    reason: `${JSON.stringify(cell)} is not a real date written ${written}`,
  };
}

function readScalar(cell: string, kind: FieldKind, settings: CoerceSettings): Coerced {
  // A list's spellings apply to its items, not to the whole cell.
  const alias = kind.kind === 'list' ? undefined : settings.aliases?.get(cell.toLowerCase());
  if (alias !== undefined) return { ok: true, value: alias };
  switch (kind.kind) {
    case 'date':
      return readDate(cell, settings.dateFormat);
    case 'number':
      return NUMBER.test(cell)
        ? { ok: true, value: Number(cell) }
        : { ok: false, code: 'invalid_number', reason: `${JSON.stringify(cell)} is not a number` };
    case 'boolean': {
      const lower = cell.toLowerCase();
      if (TRUE.has(lower)) return { ok: true, value: true };
      if (FALSE.has(lower)) return { ok: true, value: false };
      return {
        ok: false,
        code: 'invalid_boolean',
        reason: `${JSON.stringify(cell)} is not yes/no, y/n or true/false`,
      };
    }
    case 'enum': {
      // "West Sussex", "Cohort 1" and "Very positive" name the options west-sussex, cohort-1 and very-positive.
      const match =
        kind.options.find((o) => o === cell) ??
        kind.options.find((o) => squash(o) === squash(cell));
      return match !== undefined
        ? { ok: true, value: match }
        : {
            ok: false,
            code: 'invalid_value',
            reason: `${JSON.stringify(cell)} is not one of ${kind.options.join(', ')}`,
          };
    }
    case 'list':
      return readList(cell, kind.element, settings);
    case 'string':
      return { ok: true, value: cell };
  }
}

function readList(cell: string, element: FieldKind, settings: CoerceSettings): Coerced {
  const values: unknown[] = [];
  for (const part of cell.split(settings.listSeparator)) {
    const item = part.trim();
    if (item === '') continue;
    const read = readScalar(item, element, settings);
    if (!read.ok) return read;
    values.push(read.value);
  }
  return { ok: true, value: values };
}

/** @internal Reads one non-empty, trimmed cell as the schema expects. */
export function coerceCell(cell: string, kind: FieldKind, settings: CoerceSettings): Coerced {
  return readScalar(cell, kind, settings);
}
