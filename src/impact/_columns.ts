// Reading the columns an estimator needs from tidy rows: each named by a property key or an
// accessor function. A cell that is missing (null, undefined, NaN, '') or of the wrong kind drops
// its row, counted in nMissing and reported as an issue naming the row and the column; it never
// throws, because bad data are data (CONTRIBUTING).
import { assertIterable, showValue } from '../_lib/args.js';
import type { ValidationIssue } from '../models/validation-issue.js';

/**
 * A column of a row: the name of a property (`'outcome'`) or a function that reads it
 * (`(row) => row.scores.kinship`).
 *
 * @category Data
 * @example
 * ```ts
 * import type { Column } from 'sos-eval/impact';
 * const byKey: Column<{ y: number }> = 'y';
 * const byFunction: Column<{ y: number }> = (row) => row.y * 100;
 * [typeof byKey, typeof byFunction] //=> ['string', 'function']
 * ```
 */
export type Column<R> = string | ((row: R) => unknown);

/** What a column must hold. */
export type ColumnKind = 'number' | 'binary' | 'key';

export interface ColumnSpec {
  /** The option's name, for messages (`options.outcome`). */
  readonly option: string;
  /** The column as given. */
  readonly column: unknown;
  readonly kind: ColumnKind;
  /** For 'number': also allow null/undefined to mean Infinity (never treated). */
  readonly nullMeans?: number;
}

/**
 * The four columns of a staggered-adoption panel (outcome, unit, time and first treated period,
 * empty meaning never treated), as eventStudy and groupTimeEffects both read them.
 */
export function adoptionColumnSpecs(options: {
  readonly outcome: unknown;
  readonly unit: unknown;
  readonly time: unknown;
  readonly firstTreated: unknown;
}): ColumnSpec[] {
  return [
    { option: 'options.outcome', column: options.outcome, kind: 'number' },
    { option: 'options.unit', column: options.unit, kind: 'key' },
    { option: 'options.time', column: options.time, kind: 'number' },
    {
      option: 'options.firstTreated',
      column: options.firstTreated,
      kind: 'number',
      nullMeans: Infinity,
    },
  ];
}

export function accessorOf<R>(option: string, column: unknown): (row: R) => unknown {
  if (typeof column === 'function') return column as (row: R) => unknown;
  if (typeof column === 'string' && column.length > 0) {
    return (row: R) =>
      row != null && typeof row === 'object' ? (row as Record<string, unknown>)[column] : undefined;
  }
  throw new TypeError(
    `${option} must be a property name or a function of the row, got ${showValue(column)}`,
  );
}

/** A column's name for output: its key, or the function's name, or the fallback. */
export function columnName(column: unknown, fallback: string): string {
  if (typeof column === 'string') return column;
  if (typeof column === 'function' && column.name.length > 0) return column.name;
  return fallback;
}

const isMissing = (v: unknown) =>
  v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v));

/**
 * The columns of the rows that could be read, aligned with `rowIndex`: a Float64Array for each
 * number or 0/1 column (10^6 rows stay one allocation, not a million boxed values), an array of
 * keys for each key column.
 */
export interface ReadColumns {
  readonly values: (Float64Array | (string | number)[])[];
  /** The index in the input of each kept row. */
  readonly rowIndex: number[];
  readonly nMissing: number;
  readonly issues: ValidationIssue[];
}

/** Reads every column of every row; a row with any unreadable cell is dropped and reported. */
export function readColumns<R>(rows: unknown, specs: readonly ColumnSpec[]): ReadColumns {
  assertIterable('rows', rows);
  const getters = specs.map((s) => accessorOf<R>(s.option, s.column));
  const names = specs.map((s, j) => columnName(s.column, `column ${j + 1}`));
  const numeric = specs.map((s) => s.kind !== 'key');
  let capacity = Array.isArray(rows) ? Math.max(rows.length, 1) : 1024;
  let numbers = specs.map((_, j) => (numeric[j] ? new Float64Array(capacity) : null));
  const keys = specs.map((_, j) => (numeric[j] ? null : ([] as (string | number)[])));
  const rowIndex: number[] = [];
  const issues: ValidationIssue[] = [];
  const m = specs.length;
  let kept = 0;
  let nMissing = 0;
  let i = -1;
  for (const row of rows as Iterable<R>) {
    i++;
    if (kept === capacity) {
      capacity *= 2;
      numbers = numbers.map((a) => {
        if (a === null) return null;
        const b = new Float64Array(capacity);
        b.set(a);
        return b;
      });
    }
    let ok = row != null && typeof row === 'object';
    if (ok) {
      try {
        for (let j = 0; j < m; j++) {
          const cell = readCell(getters[j]!(row), specs[j]!);
          if (cell === undefined) {
            ok = false;
            break;
          }
          if (numeric[j]) numbers[j]![kept] = cell as number;
          else keys[j]![kept] = cell;
        }
      } catch {
        ok = false;
      }
    }
    if (ok) {
      rowIndex.push(i);
      kept++;
      continue;
    }
    // The slow path, only for a row that failed: say which cells and why.
    nMissing++;
    for (let j = 0; j < m; j++) {
      const spec = specs[j]!;
      let v: unknown;
      try {
        v = row != null && typeof row === 'object' ? getters[j]!(row) : undefined;
      } catch (error) {
        issues.push({
          path: [i, names[j]!],
          code: 'unreadable_value',
          message: `row ${i}: ${spec.option} (${names[j]}) could not be read: ${(error as Error).message}`,
        });
        continue;
      }
      if (readCell(v, spec) !== undefined) continue;
      const missing = isMissing(v) || row == null || typeof row !== 'object';
      issues.push({
        path: [i, names[j]!],
        code: missing ? 'missing_value' : 'invalid_value',
        message: missing
          ? `row ${i}: ${names[j]} is missing`
          : `row ${i}: ${names[j]} must be ${KIND_WORDS[spec.kind]}, got ${showValue(v)}`,
      });
    }
  }
  const values = specs.map((_, j) =>
    numeric[j] ? numbers[j]!.subarray(0, kept) : keys[j]!.slice(0, kept),
  );
  return { values, rowIndex, nMissing, issues };
}

const KIND_WORDS: Record<ColumnKind, string> = {
  number: 'a finite number (or true/false)',
  binary: 'true/false or 0/1',
  key: 'a non-empty string or a finite number',
};

function readCell(v: unknown, spec: ColumnSpec): number | string | undefined {
  switch (spec.kind) {
    case 'number':
      if (spec.nullMeans !== undefined && (v === null || v === undefined)) return spec.nullMeans;
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (spec.nullMeans !== undefined && v === Infinity) return v;
      return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
    case 'binary':
      if (v === true || v === 1) return 1;
      if (v === false || v === 0) return 0;
      return undefined;
    case 'key':
      if (typeof v === 'string' && v.length > 0) return v;
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      return undefined;
  }
}

/** Maps keys to dense integer codes 0..m−1 in order of first appearance. */
export function codesOf(keys: ArrayLike<number | string>): {
  codes: Int32Array;
  levels: (number | string)[];
} {
  const map = new Map<number | string, number>();
  const levels: (number | string)[] = [];
  const codes = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    let c = map.get(k);
    if (c === undefined) {
      c = levels.length;
      map.set(k, c);
      levels.push(k);
    }
    codes[i] = c;
  }
  return { codes, levels };
}
