import { assertIterable, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { coordinatesOf, makeGrid, sumMargins, type Grid } from './_grid.js';
import {
  hypercube,
  PRIMARY,
  PUBLISHED as PUBLISHED_CELL,
  SECONDARY,
  UNPUBLISHED,
} from './_hypercube.js';
import {
  defineDisclosureRules,
  type DisclosureRules,
  type DisclosureRulesInput,
} from './disclosure-rules.js';

/**
 * Whether a protected row's count is hidden, and why: `'primary'` (the rules make it sensitive),
 * `'secondary'` (hidden so that a primary cell cannot be worked out from the totals) or `null`
 * (published).
 *
 * @category Disclosure
 */
export type Suppression = 'primary' | 'secondary' | null;

/**
 * Options for {@link protectTable}.
 *
 * @typeParam R - The input rows.
 * @category Disclosure
 */
export interface ProtectTableOptions<R = Record<string, unknown>> {
  /** The rules: a {@link DisclosureRules} (a preset or one from {@link defineDisclosureRules}), or the input to it. */
  readonly rules: DisclosureRules | DisclosureRulesInput;
  /** The keys naming the classifying columns (one to six), e.g. `['group', 'tool', 'level']`. */
  readonly dimensions: readonly string[];
  /**
   * The count: a key of the rows (the protected rows keep that key), or a function of a row (the
   * protected rows then carry the count as `value`).
   */
  readonly value: string | ((row: R) => unknown);
  /**
   * Whether the table is published with its margins (default `true`): then a row is added for
   * every total (each dimension's value `'Total'`, or `total`), the margins pass through the rules
   * like any other count, and secondary suppression makes sure no hidden cell can be worked out
   * from them. With `false` no totals are added and no secondary suppression is needed; do not
   * then publish totals of the table anywhere else.
   */
  readonly margins?: boolean;
  /**
   * Tables of the same data released together, each named by the dimensions it keeps (the others
   * totalled), for protecting them jointly so that no table gives back a cell another hides: with
   * `dimensions: ['pilot', 'experience', 'tool', 'level']`,
   * `tables: [['pilot', 'tool', 'level'], ['experience', 'tool', 'level']]` publishes the pilot
   * table and the experience table, each with all its margins (their rows carry `'Total'` for the
   * dimension left out); the cross-classification itself is neither published nor returned, and
   * since every published row is then a margin, `derived` and `keep` values are `null` on them.
   * Default: the one table of all `dimensions`. Needs `margins: true`.
   */
  readonly tables?: readonly (readonly string[])[];
  /**
   * Keys of values derived from the count (percentages, interval limits, test statistics):
   * shown as the suppression symbol on a hidden row, and `null` on margin rows.
   */
  readonly derived?: readonly string[];
  /**
   * The dimension the derived values are shares over (e.g. `'level'` for usage shares, whose
   * percentages are of the total over the levels). A published row's percentage and count give
   * that total away, so when the total is hidden (or, with `margins: false`, when any cell
   * sharing it is hidden) the derived values of every row under it are hidden too.
   */
  readonly denominator?: string;
  /**
   * Other keys copied unchanged onto the inner rows (`null` on margin rows). Every other key is
   * dropped, since a denominator or a sample size left on a row can give a hidden count away.
   */
  readonly keep?: readonly string[];
  /** The label of a margin (default `'Total'`). */
  readonly total?: string;
  /**
   * Each row's contributions (e.g. families per worker in the cell), for the dominance rule: a
   * key or a function giving an array of numbers ≥ 0 that add up to the count. Required when
   * `rules.dominance` is set.
   */
  readonly contributions?: string | ((row: R) => unknown);
}

/**
 * One row of a protected table: the dimensions, the count (a number, or the symbol when hidden),
 * the derived values (the symbol when hidden), the kept keys, and `suppressed`.
 *
 * @category Disclosure
 */
export interface ProtectedRow {
  readonly [key: string]: unknown;
  /** Whether the count is hidden and why. */
  readonly suppressed: Suppression;
}

/**
 * Why a cell is hidden: below the minimum count, a suppressed zero, dominated by its largest
 * contributors, or a complement chosen by secondary suppression.
 *
 * @category Disclosure
 */
export type SuppressionReason = 'min-count' | 'zero' | 'dominance' | 'complement';

/**
 * One cell of a table, by its dimension values (`'Total'` for a margin).
 *
 * @category Disclosure
 */
export type TableCell = Readonly<Record<string, unknown>>;

/**
 * One line of the audit of {@link protectTable}: a hidden cell, its true count and why it is
 * hidden. The audit holds the true counts: it is for the analyst and must not be published.
 *
 * @category Disclosure
 */
export interface DisclosureAuditEntry {
  /** The cell. */
  readonly cell: TableCell;
  /** Its true count. */
  readonly value: number;
  /** Primary or secondary. */
  readonly suppressed: 'primary' | 'secondary';
  /** Why. */
  readonly reason: SuppressionReason;
  /**
   * For a primary cell with secondary suppression: the range of counts its box of suppressed
   * cells (see docs/disclosure.md) alone makes consistent with everything published (`upper`
   * `null` when unbounded), whether that meets the rules' protection interval, and the other
   * corners of the box. Otherwise `null`.
   */
  readonly protection: {
    /** The least count the box allows. */
    readonly lower: number;
    /** The greatest count the box allows, or `null` when nothing bounds it. */
    readonly upper: number | null;
    /** Whether [lower, upper] covers the rules' protection interval. */
    readonly met: boolean;
    /** The box's other corners. */
    readonly box: readonly TableCell[];
  } | null;
  /** For a secondary cell, the primary cells whose boxes it belongs to; otherwise empty. */
  readonly protects: readonly TableCell[];
}

/**
 * What {@link protectTable} returns.
 *
 * @category Disclosure
 */
export interface ProtectTableResult {
  /** The protected rows: every cell in dimension order, each margin after its parts. */
  readonly rows: readonly ProtectedRow[];
  /** Every hidden cell and why (holds the true counts: keep it private). */
  readonly audit: readonly DisclosureAuditEntry[];
  /** Rows left out (not an object, a missing dimension, a bad count, a duplicate cell, a row labelled with the margin label) and primary cells whose protection interval could not be met. */
  readonly issues: readonly ValidationIssue[];
}

const MAX_DIMENSIONS = 6;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkKeys(name: string, value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (
    !Array.isArray(value) ||
    !value.every((k) => typeof k === 'string' && k.length > 0) ||
    new Set(value).size !== value.length
  ) {
    throw new TypeError(
      `${name} must be an array of distinct non-empty strings, got ${showValue(value)}`,
    );
  }
  return value as string[];
}

function accessor<R>(name: string, value: unknown): (row: R) => unknown {
  if (typeof value === 'function') return value as (row: R) => unknown;
  if (typeof value === 'string' && value.length > 0)
    return (row) => (row as Record<string, unknown>)[value];
  throw new TypeError(
    `${name} must be a key (a non-empty string) or a function of a row, got ${showValue(value)}`,
  );
}

/**
 * Protects a table of counts for publication: primary suppression by the rules (counts from 1
 * to `minCount − 1`, zeros if asked, dominated cells), then secondary suppression by the
 * hypercube method so that no hidden cell can be worked out from what is published, the margins
 * included: every primary cell gets a box of hidden cells around which counts can be moved
 * without changing any published total, far enough for the rules' protection interval. Works on
 * tidy rows with one to six dimensions (2-D and 3-D tables with all their margins are the usual
 * case): the margins (`'Total'`) are added as rows and pass through the rules too; counts hidden
 * show the rules' symbol, as do the row's derived values (`derived`); published counts are
 * rounded if the rules say so. Never mutates its input and never throws on data: rows that cannot
 * be used come back as issues. See docs/disclosure.md for the method and what it cannot promise.
 *
 * @param rows - Tidy rows, one per cell (a combination with no row is an empty, unpublished cell).
 * @param options - {@link ProtectTableOptions}: `rules`, `dimensions`, `value` (required), `margins`, `tables`, `derived`, `denominator`, `keep`, `total`, `contributions`.
 * @returns {@link ProtectTableResult}: `{ rows, audit, issues }`, frozen.
 * @throws RangeError or TypeError for bad options (naming the option), never for bad rows.
 * @category Disclosure
 * @example
 * ```ts
 * import { protectTable } from 'sos-eval/disclosure';
 *
 * // Synthetic: workers by site and answer. 'b never' is 2, below 5: hidden ('primary'). Site b's
 * // total would give it back (9 − 7), so a box of three more cells is hidden with it: a's two
 * // cells and 'b often' (12 + 8 + 7 = 27 hidden, less than c's 15 + 9 + 7 = 31).
 * const rows = [
 *   { site: 'a', answer: 'often', n: 12 }, { site: 'a', answer: 'never', n: 8 },
 *   { site: 'b', answer: 'often', n: 7 },  { site: 'b', answer: 'never', n: 2 },
 *   { site: 'c', answer: 'often', n: 15 }, { site: 'c', answer: 'never', n: 9 },
 * ];
 * const { rows: out } = protectTable(rows, { rules: { minCount: 5 }, dimensions: ['site', 'answer'], value: 'n' });
 * out.map((r) => `${r.site} ${r.answer} ${r.n}`) //=> [
 * //   'a often c', 'a never c', 'a Total 20', 'b often c', 'b never c', 'b Total 9',
 * //   'c often 15', 'c never 9', 'c Total 24', 'Total often 34', 'Total never 19', 'Total Total 53']
 * out.filter((r) => r.suppressed === 'primary').length //=> 1
 * ```
 */
export function protectTable<R>(
  rows: Iterable<R>,
  options: ProtectTableOptions<R>,
): ProtectTableResult {
  assertIterable('rows', rows);
  if (!isPlainObject(options))
    throw new TypeError(
      `options must be an object with rules, dimensions and value, got ${showValue(options)}`,
    );
  const rules = defineDisclosureRules(options.rules as DisclosureRulesInput);
  const dims = checkKeys('options.dimensions', options.dimensions);
  if (options.dimensions === undefined || dims.length === 0 || dims.length > MAX_DIMENSIONS)
    throw new RangeError(
      `options.dimensions must name 1 to ${MAX_DIMENSIONS} keys, got ${showValue(options.dimensions)}`,
    );
  const getValue = accessor<R>('options.value', options.value);
  const valueKey = typeof options.value === 'string' ? options.value : 'value';
  const margins = options.margins ?? true;
  if (typeof margins !== 'boolean')
    throw new TypeError(`options.margins must be true or false, got ${showValue(margins)}`);
  const derived = checkKeys('options.derived', options.derived);
  let tableMasks: number[] | null = null;
  if (options.tables !== undefined) {
    const tables: unknown = options.tables;
    if (!Array.isArray(tables) || tables.length === 0)
      throw new TypeError(
        `options.tables must be a non-empty array of lists of dimensions, got ${showValue(tables)}`,
      );
    if (!margins)
      throw new RangeError(
        'options.tables needs options.margins to be true (each table is published with its margins)',
      );
    tableMasks = tables.map((t: unknown, i) => {
      const keys = checkKeys(`options.tables[${i}]`, t);
      let mask = 0;
      for (const key of keys) {
        const a = dims.indexOf(key);
        if (a < 0)
          throw new RangeError(
            `options.tables[${i}] must name dimensions of options.dimensions, got ${JSON.stringify(key)}`,
          );
        mask |= 1 << a;
      }
      if (keys.length === 0)
        throw new RangeError(`options.tables[${i}] must name at least one dimension`);
      return mask;
    });
  }
  const denominator = options.denominator;
  if (denominator !== undefined && !dims.includes(denominator))
    throw new RangeError(
      `options.denominator must be one of options.dimensions (${dims.map((d) => JSON.stringify(d)).join(', ')}), got ${showValue(denominator)}`,
    );
  const keep = checkKeys('options.keep', options.keep);
  const total = options.total ?? 'Total';
  if (typeof total !== 'string' || total.length === 0)
    throw new TypeError(`options.total must be a non-empty string, got ${showValue(total)}`);
  const taken = new Set<string>(['suppressed', valueKey]);
  for (const [name, keys] of [
    ['options.dimensions', dims],
    ['options.derived', derived],
    ['options.keep', keep],
  ] as const) {
    for (const key of keys) {
      if (taken.has(key))
        throw new RangeError(
          `${name} must not repeat the key ${JSON.stringify(key)} (used as a dimension, the value, 'suppressed' or in another list)`,
        );
      taken.add(key);
    }
  }
  const getContributions =
    options.contributions === undefined
      ? null
      : accessor<R>('options.contributions', options.contributions);
  if (rules.dominance && !getContributions)
    throw new TypeError(
      `options.contributions is required when rules.dominance is set (rules "${rules.name}")`,
    );

  // ---- read the rows ------------------------------------------------------------------------
  const issues: ValidationIssue[] = [];
  const levels = dims.map(() => new Map<unknown, number>());
  const kept: {
    row: Record<string, unknown>;
    at: number;
    coords: number[];
    value: number;
    top: number[];
  }[] = [];
  let index = -1;
  for (const row of rows) {
    index++;
    if (!isPlainObject(row)) {
      issues.push({
        path: [index],
        code: 'not_an_object',
        message: `[${index}]: a row must be an object, got ${showValue(row)}`,
      });
      continue;
    }
    let ok = true;
    for (const d of dims) {
      const v = row[d];
      if (!(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') || v === '') {
        issues.push({
          path: [index, d],
          code: 'missing_dimension',
          message: `[${index}].${d}: a dimension value must be a non-empty string, a number or a boolean, got ${showValue(v)}; row left out`,
        });
        ok = false;
      } else if (margins && v === total) {
        issues.push({
          path: [index, d],
          code: 'total_in_input',
          message: `[${index}].${d}: ${JSON.stringify(total)} is the margin label; margins are computed from the other rows, so this row is left out`,
        });
        ok = false;
      }
    }
    const value = getValue(row as R);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      issues.push({
        path: [index, valueKey],
        code: 'invalid_count',
        message: `[${index}].${valueKey}: a count must be a whole number ≥ 0, got ${showValue(value)}; row left out`,
      });
      ok = false;
    }
    let top: number[] = [];
    if (ok && rules.dominance && getContributions) {
      const c = getContributions(row as R);
      const good =
        Array.isArray(c) && c.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0);
      const sum = good ? (c as number[]).reduce((s, x) => s + x, 0) : NaN;
      if (!good || Math.abs(sum - (value as number)) > 1e-9 * Math.max(1, value as number)) {
        issues.push({
          path: [
            index,
            typeof options.contributions === 'string' ? options.contributions : 'contributions',
          ],
          code: 'invalid_contributions',
          message: `[${index}]: contributions must be numbers ≥ 0 adding up to the count ${showValue(value)}, got ${showValue(c)}; row left out`,
        });
        ok = false;
      } else
        top = (c as number[])
          .slice()
          .sort((a, b) => b - a)
          .slice(0, rules.dominance.n);
    }
    if (!ok) continue;
    const coords = dims.map((d, a) => {
      const v = row[d];
      let at = levels[a]!.get(v);
      if (at === undefined) levels[a]!.set(v, (at = levels[a]!.size));
      return at;
    });
    kept.push({ row, at: index, coords, value: value as number, top });
  }

  // ---- the grid -----------------------------------------------------------------------------
  const grid: Grid = makeGrid(
    levels.map((l) => l.size),
    margins,
  );
  const rowAt = new Map<number, Record<string, unknown>>();
  const topAt = new Map<number, number[]>();
  for (const { row, at, coords, value, top } of kept) {
    const flat = coords.reduce((s, c, a) => s + c * grid.strides[a]!, 0);
    if (rowAt.has(flat)) {
      issues.push({
        path: [at],
        code: 'duplicate_cell',
        message: `[${at}]: ${dims.map((d) => `${d} ${showValue(row[d])}`).join(', ')} appears twice; the first row is kept`,
      });
      continue;
    }
    rowAt.set(flat, row);
    grid.values[flat] = value;
    grid.present[flat] = 1;
    if (rules.dominance) topAt.set(flat, top);
  }
  if (rowAt.size > 0) sumMargins(grid);
  if (rules.dominance && margins && rowAt.size > 0) mergeTops(grid, topAt, rules.dominance.n);

  // ---- primary suppression ------------------------------------------------------------------
  const state = new Uint8Array(grid.values.length);
  if (tableMasks) {
    // A cell is published when the dimensions it does not total are all kept by some table.
    for (let flat = 0; flat < grid.values.length; flat++) {
      if (!grid.present[flat]) continue;
      const coords = coordinatesOf(grid, flat);
      let kept = 0;
      coords.forEach((c, a) => {
        if (c !== grid.totalAt[a]) kept |= 1 << a;
      });
      if (!tableMasks.some((m) => (kept & ~m) === 0)) state[flat] = UNPUBLISHED;
    }
  }
  const reason = new Map<number, SuppressionReason>();
  const primaries: number[] = [];
  for (let flat = 0; flat < grid.values.length; flat++) {
    if (!grid.present[flat] || rowAt.size === 0 || state[flat] === UNPUBLISHED) continue;
    const x = grid.values[flat]!;
    let why: SuppressionReason | null = null;
    if (x >= 1 && x < rules.minCount) why = 'min-count';
    else if (x === 0 && rules.suppressZeros) why = 'zero';
    else if (rules.dominance && x > 0) {
      const top = topAt.get(flat) ?? [];
      if (top.reduce((s, v) => s + v, 0) > (rules.dominance.k / 100) * x) why = 'dominance';
    }
    if (why) {
      state[flat] = PRIMARY;
      reason.set(flat, why);
      primaries.push(flat);
    }
  }

  // ---- secondary suppression ----------------------------------------------------------------
  const boxes =
    rules.secondary && margins && primaries.length > 0
      ? hypercube(grid, state, primaries, rules.secondary.protection)
      : [];

  // ---- output -------------------------------------------------------------------------------
  const levelValues = levels.map((l) => [...l.keys()]);
  const cellOf = (flat: number): TableCell => {
    const coords = coordinatesOf(grid, flat);
    const cell: Record<string, unknown> = {};
    dims.forEach((d, a) => {
      cell[d] = coords[a] === grid.totalAt[a] ? total : levelValues[a]![coords[a]!];
    });
    return cell;
  };
  const describe = (cell: TableCell) => dims.map((d) => `${d} ${showValue(cell[d])}`).join(', ');

  const protects = new Map<number, TableCell[]>();
  const protectionOf = new Map<number, DisclosureAuditEntry['protection']>();
  for (const box of boxes) {
    const x = grid.values[box.cell]!;
    const cell = cellOf(box.cell);
    protectionOf.set(box.cell, {
      lower: x - box.down,
      upper: box.up === Infinity ? null : x + box.up,
      met: box.met,
      box: box.corners.map(cellOf),
    });
    for (const corner of box.corners) {
      if (state[corner] === SECONDARY) {
        if (!protects.has(corner)) protects.set(corner, []);
        protects.get(corner)!.push(cell);
      }
    }
    if (!box.met) {
      const p = rules.secondary!.protection;
      issues.push({
        path: [],
        code: 'protection_not_met',
        message: `cell ${describe(cell)}: no box of cells gives the protection interval of ${p} (best: the count could be from ${x - box.down} to ${box.up === Infinity ? 'any higher value' : x + box.up}); consider merging categories`,
      });
    }
  }

  const symbols = rules.symbols;
  const rounding = rules.rounding;
  const out: ProtectedRow[] = [];
  const audit: DisclosureAuditEntry[] = [];
  const k = dims.length;
  // Shares over a hidden total are hidden (see options.denominator).
  const d = denominator === undefined ? -1 : dims.indexOf(denominator);
  const hiddenShare = new Set<number>();
  if (d >= 0 && derived.length > 0) {
    for (let flat = 0; flat < grid.values.length; flat++) {
      if (state[flat] === PUBLISHED_CELL || state[flat] === UNPUBLISHED || !grid.present[flat])
        continue;
      const c = coordinatesOf(grid, flat)[d]!;
      // The slice under one total: every level of axis d, the other coordinates fixed.
      const start = flat - c * grid.strides[d]!;
      const levelsOnAxis = levels[d]!.size;
      if (margins && c !== grid.totalAt[d]) continue;
      for (let l = 0; l < levelsOnAxis; l++) hiddenShare.add(start + l * grid.strides[d]!);
    }
  }
  const coords = new Array<number>(k).fill(0);
  for (let flat = 0; flat < grid.values.length && rowAt.size > 0; flat++) {
    if (grid.present[flat] && state[flat] !== UNPUBLISHED) {
      const s = state[flat]!;
      const suppressed: Suppression =
        s === PRIMARY ? 'primary' : s === SECONDARY ? 'secondary' : null;
      const symbol = s === PRIMARY ? symbols.primary : symbols.secondary;
      const x = grid.values[flat]!;
      const source = rowAt.get(flat);
      let shown: number | string = x;
      if (suppressed) shown = symbol;
      else if (rounding && (rounding.cells === 'all' || !source)) {
        shown = Math.floor(x / rounding.base + 0.5) * rounding.base;
        if (shown === 0 && x > 0 && symbols.low !== null) shown = symbols.low;
      }
      const row: Record<string, unknown> = {};
      for (let a = 0; a < k; a++)
        row[dims[a]!] = coords[a] === grid.totalAt[a] ? total : levelValues[a]![coords[a]!];
      row[valueKey] = shown;
      for (const key of derived)
        row[key] = !source
          ? null
          : suppressed
            ? symbol
            : hiddenShare.has(flat)
              ? symbols.secondary
              : (source[key] ?? null);
      for (const key of keep) row[key] = source ? (source[key] ?? null) : null;
      row.suppressed = suppressed;
      // Rows are flat: freezing each here spares deepFreeze a walk over every value.
      out.push(Object.freeze(row) as ProtectedRow);
      if (suppressed) {
        audit.push({
          cell: cellOf(flat),
          value: x,
          suppressed,
          reason: reason.get(flat) ?? 'complement',
          protection: protectionOf.get(flat) ?? null,
          protects: protects.get(flat) ?? [],
        });
      }
    }
    for (let a = k - 1; a >= 0; a--) {
      if (++coords[a]! < grid.sizes[a]!) break;
      coords[a] = 0;
    }
  }
  return deepFreeze({ rows: out, audit, issues });
}

/** Each margin's n largest contributions, merged from the inner cells below it. */
function mergeTops(grid: Grid, topAt: Map<number, number[]>, n: number): void {
  const k = grid.sizes.length;
  const inner = [...topAt.entries()];
  for (const [flat, top] of inner) {
    const coords = coordinatesOf(grid, flat);
    for (let mask = 1; mask < 1 << k; mask++) {
      let target = 0;
      for (let a = 0; a < k; a++)
        target += ((mask >> a) & 1 ? grid.totalAt[a]! : coords[a]!) * grid.strides[a]!;
      const merged = (topAt.get(target) ?? []).concat(top).sort((a, b) => b - a);
      topAt.set(target, merged.slice(0, n));
    }
  }
}
