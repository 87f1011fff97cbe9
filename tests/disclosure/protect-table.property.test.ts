import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { protectTable, type ProtectTableResult } from 'sos-eval/disclosure';
import { feasibleRanges } from './_feasible-range.js';

// The promise of secondary suppression, checked by an intruder written independently of the
// library (tests/disclosure/_feasible-range.ts: linear programming over everything published):
// after protectTable, no hidden cell of a 2-D or 3-D table with all its margins can be worked
// out — each one's feasible range is wider than zero — and each primary cell's range covers
// the rules' protection interval [max(0, x − p), x + p].

interface Drawn {
  readonly sizes: number[];
  readonly counts: number[];
  readonly missing: boolean[];
  readonly minCount: number;
  readonly protection: number;
  readonly suppressZeros: boolean;
}

const NAMES = ['row', 'col', 'layer'];
const level = (a: number, i: number) => `${NAMES[a]}-${i}`;

const tableArb = (k: 2 | 3): fc.Arbitrary<Drawn> =>
  fc
    .array(fc.integer({ min: 2, max: k === 2 ? 6 : 3 }), { minLength: k, maxLength: k })
    .chain((sizes) => {
      const n = sizes.reduce((p, s) => p * s, 1);
      return fc.record({
        sizes: fc.constant(sizes),
        // Mostly small counts, so that many cells are sensitive, with some large ones.
        counts: fc.array(
          fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })),
          { minLength: n, maxLength: n },
        ),
        missing: fc.constant(new Array<boolean>(n).fill(false)),
        minCount: fc.integer({ min: 2, max: 6 }),
        protection: fc.integer({ min: 1, max: 3 }),
        suppressZeros: fc.boolean(),
      });
    });

const withMissing = (k: 2 | 3): fc.Arbitrary<Drawn> =>
  tableArb(k).chain((t) =>
    fc
      .array(fc.integer({ min: 0, max: 9 }), {
        minLength: t.counts.length,
        maxLength: t.counts.length,
      })
      .map((r) => ({ ...t, missing: r.map((x) => x === 0) })),
  );

function coordsOf(sizes: number[], flat: number): number[] {
  const c: number[] = [];
  for (let a = sizes.length - 1; a >= 0; a--) {
    c[a] = flat % sizes[a]!;
    flat = Math.floor(flat / sizes[a]!);
  }
  return c;
}

function check(t: Drawn): ProtectTableResult {
  const k = t.sizes.length;
  const dims = NAMES.slice(0, k);
  const input = t.counts.flatMap((count, flat) => {
    if (t.missing[flat]) return [];
    const c = coordsOf(t.sizes, flat);
    return [Object.fromEntries([...dims.map((d, a) => [d, level(a, c[a]!)]), ['count', count]])];
  });
  const before = structuredClone(input);
  const result = protectTable(input, {
    rules: {
      minCount: t.minCount,
      suppressZeros: t.suppressZeros,
      secondary: { protection: t.protection },
    },
    dimensions: dims,
    value: 'count',
  });
  expect(input).toEqual(before);
  expect(Object.isFrozen(result.rows)).toBe(true);

  // The true table with its margins, from the input (not from the library's margin rows).
  const key = (c: readonly number[]) => c.join(',');
  const value = new Map<string, number>();
  const present = new Set<string>();
  t.counts.forEach((count, flat) => {
    if (t.missing[flat]) return;
    const c = coordsOf(t.sizes, flat);
    present.add(key(c));
    for (let mask = 0; mask < 1 << k; mask++) {
      const m = c.map((x, a) => ((mask >> a) & 1 ? t.sizes[a]! : x));
      value.set(key(m), (value.get(key(m)) ?? 0) + count);
    }
  });
  const coordOfRow = (row: Record<string, unknown>) =>
    dims.map((d, a) => (row[d] === 'Total' ? t.sizes[a]! : Number(String(row[d]).split('-')[1])));
  const hidden = new Map<string, 'primary' | 'secondary'>();
  for (const row of result.rows) {
    const c = coordOfRow(row);
    if (row.suppressed) {
      hidden.set(key(c), row.suppressed);
      expect(typeof row.count).toBe('string');
    } else {
      expect(row.count).toBe(value.get(key(c)) ?? 0);
    }
  }
  // Every cell of the input and every margin is published or hidden, no more.
  const marginCount = result.rows.filter((r) => dims.some((d) => r[d] === 'Total')).length;
  expect(result.rows.length - marginCount).toBe(present.size);

  // Primary suppression is exactly the rule.
  for (const row of result.rows) {
    const x = value.get(key(coordOfRow(row))) ?? 0;
    const sensitive = (x >= 1 && x < t.minCount) || (x === 0 && t.suppressZeros);
    expect(row.suppressed === 'primary').toBe(sensitive && present.size > 0);
  }

  const ranges = feasibleRanges({
    sizes: t.sizes,
    value: (c) => value.get(key(c)) ?? 0,
    hidden: (c) => hidden.has(key(c)),
  });
  const unmet = new Set(
    result.audit
      .filter((e) => e.protection && !e.protection.met)
      .map((e) => key(coordOfRow(e.cell))),
  );
  for (const [cell, [lo, hi]] of ranges) {
    const x = value.get(cell)!;
    expect(lo).toBeLessThanOrEqual(x + 1e-7);
    expect(hi).toBeGreaterThanOrEqual(x - 1e-7);
    // Nothing hidden can be recomputed.
    expect(hi - lo, `cell ${cell} (${x}) pinned to [${lo}, ${hi}]`).toBeGreaterThan(0.5);
    if (hidden.get(cell) === 'primary' && !unmet.has(cell)) {
      expect(lo, `cell ${cell} (${x}) lower end`).toBeLessThanOrEqual(
        Math.max(0, x - t.protection) + 1e-7,
      );
      expect(hi, `cell ${cell} (${x}) upper end`).toBeGreaterThanOrEqual(x + t.protection - 1e-7);
    }
  }
  // An inner cell can always be protected through the margins: only margins may fall short.
  for (const cell of unmet)
    expect(
      cell
        .split(',')
        .map(Number)
        .some((c, a) => c === t.sizes[a]),
    ).toBe(true);
  return result;
}

describe('protectTable: nothing hidden can be worked out from what is published', () => {
  test.prop([tableArb(2)])('2-D tables with margins', (t) => {
    const result = check(t);
    // The plain check: no line of the table with exactly one hidden cell.
    const rows = result.rows;
    const lines = new Map<string, number>();
    for (const r of rows) {
      if (!r.suppressed) continue;
      lines.set(`row ${String(r.row)}`, (lines.get(`row ${String(r.row)}`) ?? 0) + 1);
      lines.set(`col ${String(r.col)}`, (lines.get(`col ${String(r.col)}`) ?? 0) + 1);
    }
    for (const [line, n] of lines) expect(n, line).not.toBe(1);
  });

  test.prop([tableArb(3)])('3-D tables with all margins', (t) => {
    check(t);
  });

  test.prop([withMissing(2)])('2-D tables with empty cells (no row)', (t) => {
    check(t);
  });
});

// Linked tables: two or three 2-D tables of one 3-D cross-classification, released together.
// The intruder sees every published table with its margins; the inner 3-D cells are unknown.
const LINKS = [
  [
    ['row', 'layer'],
    ['col', 'layer'],
  ],
  [
    ['row', 'col'],
    ['row', 'layer'],
    ['col', 'layer'],
  ],
] as const;

function checkLinked(t: Drawn, tables: readonly (readonly string[])[]): void {
  const dims = NAMES.slice(0, 3);
  const key = (c: readonly number[]) => c.join(',');
  const input = t.counts.map((count, flat) => {
    const c = coordsOf(t.sizes, flat);
    return Object.fromEntries([...dims.map((d, a) => [d, level(a, c[a]!)]), ['count', count]]);
  });
  const result = protectTable(input, {
    rules: { minCount: t.minCount, secondary: { protection: t.protection } },
    dimensions: dims,
    value: 'count',
    tables,
  });
  const value = new Map<string, number>();
  t.counts.forEach((count, flat) => {
    const c = coordsOf(t.sizes, flat);
    for (let mask = 0; mask < 8; mask++) {
      const m = c.map((x, a) => ((mask >> a) & 1 ? t.sizes[a]! : x));
      value.set(key(m), (value.get(key(m)) ?? 0) + count);
    }
  });
  const coordOfRow = (row: Record<string, unknown>) =>
    dims.map((d, a) => (row[d] === 'Total' ? t.sizes[a]! : Number(String(row[d]).split('-')[1])));
  const shown = new Map<string, 'primary' | 'secondary' | null>();
  for (const row of result.rows) {
    const c = coordOfRow(row);
    // Only cells of a published table come back: their kept dimensions lie within one table.
    const kept = dims.filter((_, a) => c[a] !== t.sizes[a]);
    expect(tables.some((tb) => kept.every((d) => tb.includes(d)))).toBe(true);
    shown.set(key(c), row.suppressed);
    if (!row.suppressed) expect(row.count).toBe(value.get(key(c)));
  }
  const ranges = feasibleRanges({
    sizes: t.sizes,
    value: (c) => value.get(key(c)) ?? 0,
    hidden: (c) => !shown.has(key(c)) || shown.get(key(c)) !== null,
  });
  const unmet = new Set(
    result.audit
      .filter((e) => e.protection && !e.protection.met)
      .map((e) => key(coordOfRow(e.cell))),
  );
  for (const [cell, [lo, hi]] of ranges) {
    const status = shown.get(cell);
    if (!status) continue; // an unpublished cell
    const x = value.get(cell)!;
    expect(hi - lo, `cell ${cell} (${x}) pinned to [${lo}, ${hi}]`).toBeGreaterThan(0.5);
    if (status === 'primary' && !unmet.has(cell)) {
      expect(lo).toBeLessThanOrEqual(Math.max(0, x - t.protection) + 1e-7);
      expect(hi).toBeGreaterThanOrEqual(x + t.protection - 1e-7);
    }
  }
}

describe('protectTable: linked tables released together', () => {
  test.prop([tableArb(3), fc.constantFrom(...LINKS)])(
    'no table gives back a cell another hides',
    (t, tables) => {
      checkLinked(t, tables as unknown as (readonly string[])[]);
    },
  );
});
