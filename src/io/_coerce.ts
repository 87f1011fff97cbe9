import { isIsoDate } from '../models/iso-date.js';
import type { CsvDateFormat } from './csv-date-format.js';
import type { Choice, FieldKind } from './_schema-fields.js';

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

/** The ISO date a cell writes in `format`, or why it is not one. */
function readIsoDate(cell: string, format: CsvDateFormat): Coerced {
  // The calendar check is isIsoDate's (zod's z.iso.date()), so no machine time zone is involved.
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

/**
 * @internal Finds the choice a cell names, trying in turn: the value itself, the value ignoring
 * case, a spelling ignoring case, then the value and the spellings ignoring case, spaces and
 * punctuation (`West Sussex` → `west-sussex`). Earlier tries win, so an id is never shadowed by
 * another choice's label that squashes to it.
 */
export function choiceMatcher(choices: readonly Choice[]): (cell: string) => Choice | undefined {
  const exact = new Map<string, Choice>();
  const lower = new Map<string, Choice>();
  const spelt = new Map<string, Choice>();
  const squashed = new Map<string, Choice>();
  const squashedSpelt = new Map<string, Choice>();
  const add = (map: Map<string, Choice>, key: string, choice: Choice): void => {
    if (key !== '' && !map.has(key)) map.set(key, choice);
  };
  for (const choice of choices) {
    const text = String(choice.value);
    add(exact, text, choice);
    add(lower, text.toLowerCase(), choice);
    add(squashed, squash(text), choice);
    for (const s of choice.spellings) {
      add(spelt, s.trim().toLowerCase(), choice);
      add(squashedSpelt, squash(s), choice);
    }
  }
  return (cell) => {
    const low = cell.toLowerCase();
    const sq = squash(cell);
    return (
      exact.get(cell) ??
      lower.get(low) ??
      spelt.get(low) ??
      squashed.get(sq) ??
      squashedSpelt.get(sq)
    );
  };
}

const matchers = new WeakMap<readonly Choice[], (cell: string) => Choice | undefined>();

function readChoice(cell: string, choices: readonly Choice[]): Coerced {
  let match = matchers.get(choices);
  if (match === undefined) {
    match = choiceMatcher(choices);
    matchers.set(choices, match);
  }
  const found = match(cell);
  return found !== undefined
    ? { ok: true, value: found.value }
    : {
        ok: false,
        code: 'invalid_value',
        reason: `${JSON.stringify(cell)} is not one of ${choices.map((c) => String(c.value)).join(', ')}`,
      };
}

function readScalar(cell: string, kind: FieldKind, settings: CoerceSettings): Coerced {
  // A list's spellings apply to its items, not to the whole cell.
  const alias = kind.kind === 'list' ? undefined : settings.aliases?.get(cell.toLowerCase());
  if (alias !== undefined) return { ok: true, value: alias };
  switch (kind.kind) {
    case 'date':
      return readIsoDate(cell, settings.dateFormat);
    case 'js-date': {
      // z.date() wants a Date: the calendar day at midnight UTC, the same in every time zone.
      const read = readIsoDate(cell, settings.dateFormat);
      return read.ok ? { ok: true, value: new Date(`${String(read.value)}T00:00:00Z`) } : read;
    }
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
    case 'enum':
      return readChoice(cell, kind.choices);
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
