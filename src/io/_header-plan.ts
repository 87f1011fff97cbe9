import type { z } from 'zod';
import type { CsvIssue } from './csv-issue.js';
import { squash, type CoerceSettings } from './_coerce.js';
import { showValue } from '../_lib/args.js';
import { MAX_ITEMS } from './read-csv-options.js';
import {
  objectKeys,
  planField,
  requiredKeys,
  splitPath,
  type Choice,
  type FieldKind,
  type FieldPlan,
} from './_schema-fields.js';
import { aliasesFor, choicesFor, keysFor, maxItemsFor, type Settings } from './_settings.js';

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

/** The segments of a mapped path, or undefined when the mapper gave something else. */
function pathOf(target: unknown): (string | number)[] | undefined {
  if (typeof target === 'string') return splitPath(target);
  if (!Array.isArray(target)) return undefined;
  const segments: (string | number)[] = [];
  for (const s of target as unknown[]) {
    if (typeof s !== 'string' && typeof s !== 'number') return undefined;
    segments.push(s);
  }
  return segments;
}

/**
 * The first item number in a path beyond what its list may hold (`options.maxItems`, a measure's
 * declared item count, and never more than {@link MAX_ITEMS}): a header's number is never used
 * as an index unchecked, so `Goal 4294967296 score` cannot drop its value or exhaust memory.
 */
function beyondCap(
  path: readonly (string | number)[],
  settings: Settings,
): { index: number; list: string; max: number } | undefined {
  for (let i = 0; i < path.length; i++) {
    const index = path[i];
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) continue;
    const max = Math.min(MAX_ITEMS, maxItemsFor(settings, path.slice(0, i)) ?? MAX_ITEMS);
    if (index >= max) return { index, list: path.slice(0, i).join('.') || 'the record', max };
  }
  return undefined;
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
    // A dotted path whose first segment is a field (`usage.mapping`, `goals.0.score`), as
    // toCsv writes nested values with { nested: 'columns' }.
    const dotted =
      header.includes('.') && keys.includes(header.slice(0, header.indexOf('.')))
        ? header
        : undefined;
    const target = mapped ?? key ?? dotted;
    if (target === undefined) {
      issue(
        raw,
        'unknown_column',
        `${JSON.stringify(header)} is not a field of this record; its values are ignored`,
      );
      return null;
    }
    const segments = pathOf(target);
    if (segments === undefined) {
      issue(
        raw,
        'unknown_column',
        `${JSON.stringify(header)} is mapped to ${showValue(target)}, which is not a field path; its values are ignored`,
      );
      return null;
    }
    const planned = planField(schema, segments, (path) => keysFor(settings, path));
    if ('reason' in planned) {
      issue(
        raw,
        'unknown_column',
        `${JSON.stringify(header)} is not a known column: ${planned.reason}; its values are ignored`,
      );
      return null;
    }
    const tooFar = beyondCap(planned.path, settings);
    if (tooFar !== undefined) {
      issue(
        raw,
        'index_out_of_range',
        `${JSON.stringify(header)} names item ${tooFar.index + 1} of ${tooFar.list}, which has at most ${tooFar.max}; its values are ignored`,
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
