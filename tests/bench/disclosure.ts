// The disclosure case of `npm run bench`: protectTable (primary and hypercube secondary
// suppression, margins, audit) on a 200 × 50 table against a baseline that does the least any
// protection must do — sum the margins and apply the threshold, writing the same tidy rows — in
// plain loops. The ratio is what secondary suppression and the audit cost on top of reading the
// table; `atScale` prints the one-call time of the library alone.
import { protectTable } from 'sos-eval/disclosure';
import type { BenchCase } from './cases.js';

const ROWS = 200;
const COLS = 50;
const MIN_COUNT = 5;

interface Ctx {
  readonly rows: readonly { readonly area: string; readonly team: string; readonly n: number }[];
}

/** A seeded table with small counts in about one cell in ten (linear congruential, seed 2017). */
function table(): Ctx {
  let s = 2017;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows = [];
  for (let i = 0; i < ROWS; i++) {
    for (let j = 0; j < COLS; j++) {
      const n = next() < 0.1 ? 1 + Math.floor(next() * 4) : 5 + Math.floor(next() * 60);
      rows.push({ area: `area-${i}`, team: `team-${j}`, n });
    }
  }
  return { rows };
}

const library = ({ rows }: Ctx) =>
  protectTable(rows, { rules: { minCount: MIN_COUNT }, dimensions: ['area', 'team'], value: 'n' });

/** Margins by plain sums, then the threshold on every cell: primary suppression only. */
function baseline({ rows }: Ctx) {
  const rowTotal = new Map<string, number>();
  const colTotal = new Map<string, number>();
  let grand = 0;
  for (const r of rows) {
    rowTotal.set(r.area, (rowTotal.get(r.area) ?? 0) + r.n);
    colTotal.set(r.team, (colTotal.get(r.team) ?? 0) + r.n);
    grand += r.n;
  }
  const hide = (n: number) => n >= 1 && n < MIN_COUNT;
  const out: { area: string; team: string; n: number | string; suppressed: string | null }[] = [];
  const cell = (area: string, team: string, n: number) =>
    out.push(
      Object.freeze({ area, team, n: hide(n) ? 'c' : n, suppressed: hide(n) ? 'primary' : null }),
    );
  for (const r of rows) cell(r.area, r.team, r.n);
  for (const [area, n] of rowTotal) cell(area, 'Total', n);
  for (const [team, n] of colTotal) cell('Total', team, n);
  cell('Total', 'Total', grand);
  return out;
}

export const DISCLOSURE_CASE = {
  id: 'disclosure',
  title: `protectTable, ${ROWS} × ${COLS} table with margins (hypercube secondary suppression) vs margins + threshold in plain loops`,
  target: 30,
  setup: table,
  library,
  baseline,
  check: (lib, base) => {
    const l = lib as ReturnType<typeof library>;
    const b = base as ReturnType<typeof baseline>;
    const primaries = (rows: readonly { suppressed: unknown }[]) =>
      rows.filter((r) => r.suppressed === 'primary').length;
    if (l.rows.length !== b.length)
      throw new Error(`rows: library ${l.rows.length} vs baseline ${b.length}`);
    if (primaries(l.rows) !== primaries(b))
      throw new Error(`primary cells: library ${primaries(l.rows)} vs baseline ${primaries(b)}`);
    if (l.issues.length > 0) throw new Error(`issues: ${l.issues[0]!.message}`);
  },
  atScale: {
    label: `${ROWS} × ${COLS} with margins`,
    run: () => {
      const ctx = table();
      const t0 = performance.now();
      library(ctx);
      return performance.now() - t0;
    },
  },
} satisfies BenchCase<Ctx> as unknown as BenchCase;
