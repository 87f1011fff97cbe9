import type { z } from 'zod';
import type { CsvIssue } from './csv-issue.js';
import { squash, type CoerceSettings } from './_coerce.js';
import {
  objectKeys,
  planField,
  requiredKeys,
  splitPath,
  type Choice,
  type FieldKind,
  type FieldPlan,
} from './_schema-fields.js';
import { aliasesFor, choicesFor, keysFor, type Settings } from './_settings.js';

/** @internal A column the reader fills a field from. */
export interface ColumnPlan {
  readonly header: string;
  readonly field: FieldPlan;
  readonly coerce: CoerceSettings;
}

/** @internal What the header row says: a plan (or `null` = skip) per column, and its problems. */
export interface HeaderPlan {
  readonly columns: readonly (ColumnPlan | null)[];
  /** How many columns the header has. */
  readonly width: number;
  /** Indices of columns whose header is blank (a value under one is reported). */
  readonly blank: ReadonlySet<number>;
  readonly issues: CsvIssue[];
}

const pathKey = (path: readonly (string | number)[]): string => JSON.stringify(path);

/** A field read as one of `choices` (a list field's items, for a list). */
const withChoices = (kind: FieldKind, choices: readonly Choice[]): FieldKind =>
  kind.kind === 'list'
    ? { kind: 'list', element: withChoices(kind.element, choices) }
    : { kind: 'enum', choices };

/** @internal Reads the header row against the schema and the column options. */
export function planHeader(
  cells: readonly string[],
  headerRow: number,
  schema: z.ZodType,
  settings: Settings,
): HeaderPlan {
  const keys = objectKeys(schema) ?? [];
  const issues: CsvIssue[] = [];
  const seenHeaders = new Map<string, number>();
  const seenPaths = new Map<string, string>();
  const issue = (column: string | null, code: string, message: string): void => {
    issues.push({ row: headerRow, column, code, message });
  };

  const columns = cells.map((raw, index): ColumnPlan | null => {
    const header = raw.trim();
    if (header === '' || settings.ignore.has(header)) return null;
    const earlier = seenHeaders.get(header);
    if (earlier !== undefined) {
      issue(
        raw,
        'duplicate_header',
        `${JSON.stringify(header)} appears in columns ${earlier + 1} and ${index + 1}; the values in column ${index + 1} are ignored`,
      );
      return null;
    }
    seenHeaders.set(header, index);
    const mapped = settings.mapColumn(header);
    const key = keys.find((k) => squash(k) === squash(header));
    const target = mapped ?? key;
    if (target === undefined) {
      issue(
        raw,
        'unknown_column',
        `${JSON.stringify(header)} is not a field of this record; its values are ignored`,
      );
      return null;
    }
    const segments = typeof target === 'string' ? splitPath(target) : [...target];
    const planned = planField(schema, segments, (path) => keysFor(settings, path));
    if ('reason' in planned) {
      issue(
        raw,
        'unknown_column',
        `${JSON.stringify(header)} is not a known column: ${planned.reason}; its values are ignored`,
      );
      return null;
    }
    const choices = choicesFor(settings, planned.path);
    const field: FieldPlan =
      choices === undefined ? planned : { ...planned, kind: withChoices(planned.kind, choices) };
    const sameField = seenPaths.get(pathKey(field.path));
    if (sameField !== undefined) {
      issue(
        raw,
        'duplicate_header',
        `${JSON.stringify(header)} fills ${field.path.join('.')}, as ${JSON.stringify(sameField)} already does; the values in column ${index + 1} are ignored`,
      );
      return null;
    }
    seenPaths.set(pathKey(field.path), header);
    return {
      header: raw,
      field,
      coerce: {
        dateFormat: settings.dateFormat,
        listSeparator: settings.listSeparator,
        aliases: aliasesFor(settings, field.path),
      },
    };
  });

  const covered = new Set(columns.flatMap((c) => (c ? [String(c.field.path[0])] : [])));
  for (const key of requiredKeys(schema)) {
    if (!covered.has(key))
      issue(null, 'missing_column', `no column fills ${key}, which every row needs`);
  }
  const blank = new Set(cells.flatMap((c, i) => (c.trim() === '' ? [i] : [])));
  return { columns, width: cells.length, blank, issues };
}
