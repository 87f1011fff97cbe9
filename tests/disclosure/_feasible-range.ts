// An intruder's view of a protected table, written independently of src/disclosure: the hidden
// cells are unknowns x ≥ 0, every published line of the table (each row, column, … of the full
// table with its margins: the inner cells of a line add up to its Total) is an equation, and a
// two-phase simplex (Bland's rule, dense tableau) finds the least and greatest value each hidden
// cell can take. Small tables only (tens of unknowns); numbers are whole, so 1e-9 tolerances do.

const EPS = 1e-9;

/** The table: sizes per axis of the inner table; `value(coords)` with coordinate `size` = Total. */
export interface IntruderTable {
  readonly sizes: readonly number[];
  /** True counts, inner cells and margins (coordinate === size means Total). */
  readonly value: (coords: readonly number[]) => number;
  /** Whether the cell is hidden in what was published. */
  readonly hidden: (coords: readonly number[]) => boolean;
}

const key = (c: readonly number[]) => c.join(',');

function* allCells(sizes: readonly number[]): Generator<number[]> {
  const c = sizes.map(() => 0);
  for (;;) {
    yield c.slice();
    let a = sizes.length - 1;
    for (; a >= 0; a--) {
      if (++c[a]! <= sizes[a]!) break;
      c[a] = 0;
    }
    if (a < 0) return;
  }
}

/** Maximises `objective · x` subject to `A x = b`, `x ≥ 0`. Returns the optimum or Infinity. */
export function simplexMax(A: number[][], b: number[], objective: number[]): number {
  const m = A.length;
  const n = objective.length;
  // Phase 1 tableau: columns 0..n-1 the unknowns, n..n+m-1 artificials, last the right side.
  const T = A.map((row, i) => {
    const sign = b[i]! < 0 ? -1 : 1;
    const r = new Array<number>(n + m + 1).fill(0);
    for (let j = 0; j < n; j++) r[j] = sign * row[j]!;
    r[n + i] = 1;
    r[n + m] = sign * b[i]!;
    return r;
  });
  const basis = A.map((_, i) => n + i);
  const pivot = (row: number, col: number, z: number[]) => {
    const p = T[row]![col]!;
    for (let j = 0; j <= n + m; j++) T[row]![j]! /= p;
    for (const r of [...T.filter((_, i) => i !== row), z]) {
      const f = r[col]!;
      if (Math.abs(f) > 0) for (let j = 0; j <= n + m; j++) r[j]! -= f * T[row]![j]!;
    }
    basis[row] = col;
  };
  // Reduced costs row z (minimising: z_j = c_j − c_B B^-1 A_j), kept in tableau form.
  const run = (z: number[], allowed: (j: number) => boolean): boolean => {
    for (let iter = 0; iter < 10_000; iter++) {
      let col = -1;
      for (let j = 0; j < n + m; j++) {
        if (allowed(j) && z[j]! < -EPS) {
          col = j;
          break; // Bland: the first improving column
        }
      }
      if (col < 0) return true;
      let row = -1;
      let best = Infinity;
      for (let i = 0; i < m; i++) {
        const a = T[i]![col]!;
        if (a > EPS) {
          const ratio = T[i]![n + m]! / a;
          if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[row]!)) {
            best = ratio;
            row = i;
          }
        }
      }
      if (row < 0) return false; // unbounded
      pivot(row, col, z);
    }
    throw new Error('simplex: too many iterations');
  };
  // Phase 1: minimise the sum of artificials.
  const z1 = new Array<number>(n + m + 1).fill(0);
  for (let j = n; j < n + m; j++) z1[j] = 1;
  for (let i = 0; i < m; i++) for (let j = 0; j <= n + m; j++) z1[j]! -= T[i]![j]!;
  run(z1, () => true);
  if (-z1[n + m]! > 1e-7) throw new Error('simplex: the published table is infeasible');
  // Drive artificials out of the basis where possible.
  for (let i = 0; i < m; i++) {
    if (basis[i]! >= n) {
      const col = T[i]!.findIndex((v, j) => j < n && Math.abs(v) > EPS);
      if (col >= 0) pivot(i, col, z1);
    }
  }
  // Phase 2: minimise −objective over the unknowns only.
  const z2 = new Array<number>(n + m + 1).fill(0);
  for (let j = 0; j < n; j++) z2[j] = -objective[j]!;
  for (let i = 0; i < m; i++) {
    const bi = basis[i]!;
    if (bi < n && z2[bi] !== 0) {
      const f = z2[bi]!;
      for (let j = 0; j <= n + m; j++) z2[j]! -= f * T[i]![j]!;
    }
  }
  const bounded = run(z2, (j) => j < n);
  // The z row reads Σ z_j x_j − z_rhs = f, so at the optimum f = −z_rhs and max objective = z_rhs.
  return bounded ? z2[n + m]! : Infinity;
}

/**
 * Each hidden cell's feasible range [min, max] given every published count and every line
 * equation of the table with its margins, by linear programming.
 */
export function feasibleRanges(table: IntruderTable): Map<string, [number, number]> {
  const { sizes } = table;
  const k = sizes.length;
  const cells = [...allCells(sizes)];
  const unknowns = cells.filter((c) => table.hidden(c));
  const at = new Map(unknowns.map((c, i) => [key(c), i]));
  const A: number[][] = [];
  const b: number[] = [];
  // Every line along axis a: fix the other coordinates (Total included), vary a.
  for (let a = 0; a < k; a++) {
    for (const c of cells) {
      if (c[a] !== 0) continue;
      const row = new Array<number>(unknowns.length).fill(0);
      let rhs = 0;
      let any = false;
      for (let l = 0; l <= sizes[a]!; l++) {
        const cell = c.slice();
        cell[a] = l;
        const coef = l === sizes[a] ? -1 : 1;
        const i = at.get(key(cell));
        if (i === undefined) rhs -= coef * table.value(cell);
        else {
          row[i]! += coef;
          any = true;
        }
      }
      if (any) {
        A.push(row);
        b.push(rhs);
      }
    }
  }
  const out = new Map<string, [number, number]>();
  unknowns.forEach((c, i) => {
    const e = unknowns.map((_, j) => (j === i ? 1 : 0));
    const max = A.length === 0 ? Infinity : simplexMax(A, b, e);
    const negMin =
      A.length === 0
        ? 0
        : simplexMax(
            A,
            b,
            e.map((v) => -v),
          );
    out.set(key(c), [negMin === Infinity ? -Infinity : -negMin, max]);
  });
  return out;
}
