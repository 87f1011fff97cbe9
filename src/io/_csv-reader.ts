import type { z } from 'zod';
import type { CsvIssue } from './csv-issue.js';
import type { CsvRowResult } from './csv-row-result.js';
import { coerceCell } from './_coerce.js';
import { planHeader, type ColumnPlan, type HeaderPlan } from './_header-plan.js';
import { objectKeys, requiredKeys } from './_schema-fields.js';
import { createRecordSplitter, type RawRecord } from '../_lib/csv-records.js';
import type { Settings } from './_settings.js';

/** @internal Turns pieces of CSV text into row results; readCsv and readCsvStream share it. */
export interface CsvReader<T> {
  push(chunk: string): ReaderItem<T>[];
  end(): ReaderItem<T>[];
}

/** @internal A row result, marked when it carries the header's problems rather than a data row's. */
export interface ReaderItem<T> {
  readonly result: CsvRowResult<T>;
  readonly header: boolean;
}

type Path = readonly (string | number)[];
type Tree = Record<string | number, unknown>;

const QUOTE_MESSAGES = {
  malformed_quotes:
    'a quoted cell has text after its closing quote (a quote inside a cell must be doubled)',
  unterminated_quote: 'a quoted cell is never closed, so the rest of the file was read into it',
} as const;

// Paths come from headers (planHeader refuses `__proto__`, `constructor` and `prototype`
// segments); still, only the tree's own properties are followed, and each is defined rather than
// assigned, so no path can reach or change a prototype.
function setPath(root: Tree, path: Path, value: unknown): void {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (i === path.length - 1) {
      define(node, segment, value);
      return;
    }
    let next = Object.hasOwn(node, segment) ? node[segment] : undefined;
    if (typeof next !== 'object' || next === null) {
      next = typeof path[i + 1] === 'number' ? [] : {};
      define(node, segment, next);
    }
    node = next as Tree;
  }
}

const define = (node: Tree, key: string | number, value: unknown): void => {
  Object.defineProperty(node, key, { value, writable: true, enumerable: true, configurable: true });
};

// Only arrays and plain objects are the reader's own nesting; a cell's value (a Date for a
// z.date() field) is left as it is.
const isTree = (v: unknown): v is Tree =>
  typeof v === 'object' &&
  v !== null &&
  (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype);

const isEmptyValue = (v: unknown): boolean =>
  v === null || v === undefined || (isTree(v) && Object.values(v).every(isEmptyValue));

const isBlankItem = (v: unknown): boolean => isTree(v) && isEmptyValue(v);

// Wide layouts (Judgement 1 …, Judgement 2 …) leave later groups blank; a trailing all-blank
// item is not an item, so drop those. Blank items in the middle stay and are reported.
function trimLists(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = Array.from(value, (v) => trimLists(v));
    while (items.length > 0 && isBlankItem(items.at(-1))) items.pop();
    return items.map((v) => (v === undefined ? null : v));
  }
  if (isTree(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimLists(v)]));
  }
  return value;
}

/**
 * The text of a cell {@link toCsv} neutralised: one leading `'` removed from a cell that is one
 * or more `'` followed by `=`, `+`, `-`, `@`, a tab or a carriage return (as a spreadsheet does
 * with its text marker). Any other cell is its own text.
 */
const unneutralise = (cell: string): string =>
  cell.charCodeAt(0) === 39 && NEUTRALISED.test(cell) ? cell.slice(1) : cell;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

const startsWith = (path: Path, prefix: Path): boolean =>
  prefix.length <= path.length && prefix.every((p, i) => p === path[i]);

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment))
      return undefined;
    node = (node as Tree)[segment];
  }
  return node;
}

function columnFor(plans: readonly ColumnPlan[], path: Path): string | null {
  const exact = plans.find((c) => startsWith(path, c.field.path));
  if (exact) return exact.header;
  const under = plans.filter((c) => startsWith(c.field.path, path));
  return under.length === 1 ? under[0]!.header : null;
}

function codeOf(issue: z.core.$ZodIssue): string {
  return issue.code === 'custom' && typeof issue.params?.code === 'string'
    ? issue.params.code
    : issue.code;
}

/** @internal Builds the reader for one file. */
export function createCsvReader<S extends z.ZodType>(
  schema: S,
  settings: Settings,
): CsvReader<z.output<S>> {
  const splitter = createRecordSplitter(settings.delimiter);
  let header: HeaderPlan | undefined;
  let plans: ColumnPlan[] = [];
  const required = new Set(requiredKeys(schema));
  const optionalKeys = (objectKeys(schema) ?? []).filter((k) => !required.has(k));

  const readRecord = (record: RawRecord): CsvRowResult<z.output<S>> | undefined => {
    const cells = record.cells.map((c) => c.trim());
    if (cells.every((c) => c === '')) return undefined;
    const rowNumber = record.row;
    if (header === undefined) {
      header = planHeader(record.cells, rowNumber, schema, settings);
      if (record.quoteProblem) {
        // The header's quoting is broken: its cells (and every row read into the open quote)
        // cannot be trusted, so say so first.
        header.issues.unshift({
          row: rowNumber,
          column: null,
          code: record.quoteProblem,
          message: `row ${rowNumber} (the header): ${QUOTE_MESSAGES[record.quoteProblem]}`,
        });
      }
      plans = header.columns.filter((c): c is ColumnPlan => c !== null);
      return header.issues.length > 0 ? { rowNumber, row: null, issues: header.issues } : undefined;
    }
    const issues: CsvIssue[] = [];
    const issue = (column: string | null, code: string, message: string): void => {
      issues.push({ row: rowNumber, column, code, message });
    };
    if (record.quoteProblem) {
      issue(null, record.quoteProblem, `row ${rowNumber}: ${QUOTE_MESSAGES[record.quoteProblem]}`);
      return { rowNumber, row: null, issues };
    }
    const tree: Tree = {};
    const failed: Path[] = [];
    const columns = header.columns;
    cells.forEach((cell, i) => {
      const plan = columns[i];
      if (plan === null || plan === undefined) {
        if (cell === '') return;
        if (i >= header!.width) {
          issue(
            null,
            'extra_field',
            `cell ${i + 1} (${JSON.stringify(cell)}) is beyond the ${header!.width} columns of the header`,
          );
        } else if (header!.blank.has(i)) {
          issue(
            null,
            'extra_field',
            `cell ${i + 1} (${JSON.stringify(cell)}) is in a column with no header`,
          );
        }
        return;
      }
      if (cell === '') {
        setEmpty(tree, plan);
        return;
      }
      // A quoted cell of a text field keeps its text exactly (edge spaces included); a cell
      // toCsv neutralised as a possible formula (`'=1+2`) loses the quote it was given.
      const text = unneutralise(
        plan.field.kind.kind === 'string' && record.quoted?.has(i) ? record.cells[i]! : cell,
      );
      const read = coerceCell(text, plan.field.kind, plan.coerce);
      if (read.ok) setPath(tree, plan.field.path, read.value);
      else {
        failed.push(plan.field.path);
        issue(plan.header, read.code, `${plan.header.trim()}: ${read.reason}`);
      }
    });
    // Short rows (Excel drops trailing empty cells on some rows) read as empty cells.
    for (let i = cells.length; i < columns.length; i++) {
      const plan = columns[i];
      if (plan) setEmpty(tree, plan);
    }
    const candidate = trimLists(tree) as Tree;
    // An optional list whose numbered columns are all empty (`Goal 1 score` blank) is no list,
    // as an empty cell of an optional field is no value.
    for (const key of optionalKeys) {
      const built = Object.hasOwn(tree, key) ? tree[key] : undefined;
      const kept = candidate[key];
      if (Array.isArray(built) && built.length > 0 && Array.isArray(kept) && kept.length === 0)
        delete candidate[key];
    }
    const parsed = schema.safeParse(candidate);
    if (parsed.success && issues.length === 0) return { rowNumber, row: parsed.data, issues };
    if (!parsed.success) {
      for (const z of parsed.error.issues) {
        const path = z.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        if (failed.some((f) => startsWith(path, f) || startsWith(f, path))) continue;
        const column = columnFor(plans, path);
        const label = column?.trim() ?? (path.join('.') || 'row');
        const empty = z.code === 'invalid_type' && valueAt(candidate, path) == null;
        if (empty) {
          issue(
            column,
            'missing_value',
            column === null ? `${label}: no value (no column fills it)` : `${label}: is empty`,
          );
        } else {
          issue(column, codeOf(z), `${label}: ${z.message}`);
        }
      }
    }
    return { rowNumber, row: null, issues };
  };

  const setEmpty = (tree: Tree, plan: ColumnPlan): void => {
    const empty = plan.field.empty;
    if (empty !== undefined) setPath(tree, plan.field.path, Array.isArray(empty) ? [] : empty);
  };

  const readAll = (records: RawRecord[]): ReaderItem<z.output<S>>[] => {
    const out: ReaderItem<z.output<S>>[] = [];
    for (const record of records) {
      const isHeader = header === undefined;
      const result = readRecord(record);
      if (result) out.push({ result, header: isHeader });
    }
    return out;
  };

  return {
    push: (chunk) => readAll(splitter.push(chunk)),
    end: () => {
      const out = readAll(splitter.end());
      if (header === undefined) {
        const issues = [
          { row: 1, column: null, code: 'empty_file', message: 'the file has no header row' },
        ];
        out.push({ result: { rowNumber: 1, row: null, issues }, header: true });
      }
      return out;
    },
  };
}
